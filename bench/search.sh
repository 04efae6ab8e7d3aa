#!/usr/bin/env bash
# Search benchmark: Fristad's static search index against Pagefind 1.6.0 (pinned in bench/package.json), on
# synthetic Swedish sites of 2,000 and 10,000 pages, bytes counted in Debian's Chromium. Installs what is missing
# (chromium from apt, pagefind from npm), then runs bench/SearchBenchmark.java with Playwright on the class path.
# Examples:  bash bench/search.sh                      # 2,000 and 10,000 pages
#            bash bench/search.sh --pages 2000         # quick
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
fi
[ -x bench/node_modules/.bin/pagefind ] || (cd bench && npm ci --no-audit --no-fund)
[ -f target/fristad.jar ] || mvn -q package -DskipTests
# Playwright and its kin, from the search component (the module without project dependencies of its own)
mvn -q -pl search-index dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath" -Dmdep.includeScope=test >/dev/null
exec java -cp "$(cat target/bench.classpath)" bench/SearchBenchmark.java "$@"
