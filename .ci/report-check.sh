#!/usr/bin/env bash
# CI, part "report" (issue 10): writes the report of the sample-corpus run and checks it in a real browser.
# Installs Debian's chromium when it is missing (no browser is ever downloaded by npm), installs the pinned
# playwright-core and csv-parse from .ci/package-lock.json, then runs .ci/report-test.mjs headless: the
# network's nodes and edges against actors.csv/dyads.csv, a dyad's evidence sentences, the pruning control,
# the documents table; screenshots go to target/report-shots/ (refresh docs/img/ with --shots docs/img).
#   usage: .ci/report-check.sh [RUN_DIR]     (default: target/ci-out, as written by .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
run="${1:-target/ci-out}"

if [ ! -x /usr/bin/chromium ]; then
  echo "ci: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium
fi
command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "ci: Node.js 20 or later and npm are needed for the report's browser test" >&2; exit 2; }
(cd .ci && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

./entente report --run "$run"
test -s "$run/report.html"
node .ci/report-test.mjs --run "$run" --shots target/report-shots --name sample --check
