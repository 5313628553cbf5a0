#!/usr/bin/env node
/**
 * Sums the test runners' JSON reports into one line, `N passed, N failed`,
 * printed last, and exits non-zero if anything failed.
 *
 * A check that produced no evidence of passing counts as a failure, so an
 * empty or crashed run cannot pass unnoticed:
 *   - a missing or unreadable report: 1 failed;
 *   - a runner that ran no tests: 1 failed;
 *   - a runner that exited non-zero with no failed test recorded
 *     (a file that failed to load, an unhandled error, the web server not starting): 1 failed;
 *   - typecheck or lint exiting non-zero: 1 failed each (they add nothing to "passed").
 *
 * Usage: node scripts/count-results.mjs --typecheck RC --lint RC --vitest RC --playwright RC [--lighthouse RC]
 *        [--vitest-json PATH] [--playwright-json PATH]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    typecheck: { type: 'string' },
    lint: { type: 'string' },
    vitest: { type: 'string' },
    playwright: { type: 'string' },
    lighthouse: { type: 'string' },
    'vitest-json': { type: 'string', default: '.ci-results/vitest.json' },
    'playwright-json': { type: 'string', default: '.ci-results/playwright.json' },
  },
});

/** An exit code as given; a check that was not run at all counts as failed. */
function exitCode(value) {
  const code = Number(value);
  return value === undefined || value === '' || !Number.isInteger(code) ? 1 : code;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** @returns {{ passed: number, failed: number, notes: string[] }} */
function countVitest(report, code) {
  if (!report || typeof report.numPassedTests !== 'number') {
    return { passed: 0, failed: 1, notes: ['no readable JSON report'] };
  }
  const notes = [];
  const passed = report.numPassedTests;
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      failed += 1;
      notes.push(`file failed to run: ${file.name}`);
    }
  }
  if (report.numTotalTests === 0) {
    failed += 1;
    notes.push('no tests ran');
  }
  if (code !== 0 && failed === 0) {
    failed += 1;
    notes.push(`exited with code ${code}`);
  }
  return { passed, failed, notes };
}

/** @returns {{ passed: number, failed: number, notes: string[] }} */
function countPlaywright(report, code) {
  const stats = report?.stats;
  if (!stats || typeof stats.expected !== 'number') {
    return { passed: 0, failed: 1, notes: ['no readable JSON report'] };
  }
  const notes = [];
  // Retries are off (playwright.config.ts), so "flaky" only appears if someone turns them on.
  const passed = stats.expected + (stats.flaky ?? 0);
  let failed = stats.unexpected ?? 0;
  const errors = report.errors ?? [];
  if (errors.length > 0 && failed === 0) {
    failed += 1;
    notes.push(`run error: ${String(errors[0]?.message ?? '').split('\n')[0]}`);
  }
  if (passed + failed === 0) {
    failed += 1;
    notes.push('no tests ran');
  }
  if (code !== 0 && failed === 0) {
    failed += 1;
    notes.push(`exited with code ${code}`);
  }
  return { passed, failed, notes };
}

function countMeasure(code) {
  return code === 0 ? { passed: 1, failed: 0, notes: ['within budget'] } : { passed: 0, failed: 1, notes: [`exited with code ${code}`] };
}

function countCheck(code) {
  return code === 0 ? { passed: 0, failed: 0, notes: ['ok'] } : { passed: 0, failed: 1, notes: [`exited with code ${code}`] };
}

const results = {
  typecheck: countCheck(exitCode(values.typecheck)),
  lint: countCheck(exitCode(values.lint)),
  vitest: countVitest(readJson(values['vitest-json']), exitCode(values.vitest)),
  playwright: countPlaywright(readJson(values['playwright-json']), exitCode(values.playwright)),
  // A measured budget (scripts/lighthouse.mjs): one passed or one failed, when the runner gives it.
  ...(values.lighthouse !== undefined && { lighthouse: countMeasure(exitCode(values.lighthouse)) }),
};

let passed = 0;
let failed = 0;
for (const [name, result] of Object.entries(results)) {
  passed += result.passed;
  failed += result.failed;
  console.log(`  ${name}: ${result.passed} passed, ${result.failed} failed${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
