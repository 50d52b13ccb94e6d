#!/usr/bin/env bash
# Renders the main window (Chinese and English, each tab) under Xvfb into docs/screenshots/,
# the pictures the README shows. Needs a build: scripts/dev.sh test (build-test) or any
# build folder given as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
out="$(pwd)/docs/screenshots"
mkdir -p "$out"
MCPAY_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/ui/tst_screenshots"
ls -l "$out"
