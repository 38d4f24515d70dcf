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

# Installs one of Debian's packages, which needs root; otherwise says what to run, and why.
install_debian_package() {
  if [ "$(id -u)" != 0 ]; then
    echo "$2: run 'sudo apt-get install -y $1' once." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$1" > /dev/null
}

if [ "${1:-}" = "--tests" ] && [ ! -x /usr/bin/chromium ]; then
  install_debian_package chromium "The browser tests need Debian's chromium"
fi

# The storage tests run on SQLite and on PostgreSQL. They use KRACHTWIJZER_TEST_DATABASE_URL or a server on
# 127.0.0.1:5432; where neither is there, the test run starts a throwaway cluster of its own with Debian's
# postgresql programs (src/server/db/testing/postgres-server.ts), so those are installed here. The package may start
# a cluster of its own as well; the tests do not rely on it.
pg_answers() {
  local url="${KRACHTWIJZER_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
  node -e 'const c = new (require("pg").Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query("SELECT 1")).then(() => process.exit(0), () => process.exit(1));' "$url" 2> /dev/null
}
if [ "${1:-}" = "--tests" ] && ! pg_answers && ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
  install_debian_package postgresql "The storage tests need PostgreSQL (or set KRACHTWIJZER_TEST_DATABASE_URL)"
fi

# The two-instance test (tests/instances) puts Debian's nginx in front of two portal processes.
if [ "${1:-}" = "--tests" ] && [ ! -x /usr/sbin/nginx ]; then
  install_debian_package nginx "The two-instance test needs Debian's nginx"
fi
