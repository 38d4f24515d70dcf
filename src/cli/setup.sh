#!/usr/bin/env bash
# Installs what Krachtwijzer needs on a fresh Debian machine, and nothing twice.
#   setup.sh          npm packages (including Node.js 24, as an npm package)
#   setup.sh --tests  also Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/../.."

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.krachtwijzer-lock 2>/dev/null)" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.krachtwijzer-lock
fi

if [ "${1:-}" = "--tests" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "The browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' once." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium > /dev/null
fi
