#!/usr/bin/env bash
# Installs what the tests need on a Debian/Ubuntu machine: Chromium (browser
# tests, Playwright's own download is skipped) and poppler-utils (pdftotext and
# pdfinfo, for the PDF tests) through apt when missing, then the npm packages.
# Used by the README's test command and by .ci/run.
set -euo pipefail

cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
{ command -v pdftotext && command -v pdfinfo; } >/dev/null 2>&1 || missing+=(poppler-utils)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing with apt-get: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "Need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# `npm ci` fails with npm 11 + Next 16 (the lockfile lacks Next's compiler
# packages for other platforms), so install, never ci.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund
