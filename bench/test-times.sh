#!/usr/bin/env bash
# The slowest tests of the last run, from the JUnit reports Maven wrote (surefire: unit tests, failsafe: *IT):
#   bash bench/test-times.sh [how many, default 10]
# Run after `bash .ci/run` (or any mvn verify). Times are the `time=` attributes of each <testcase>, in seconds.
# A class's first test may carry work shared with later ones (PageSweep runs inside whichever of AccessibilityIT,
# SecurityIT and TextZoomIT comes first), so the per-class totals are printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10}
reports=$(ls target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml \
  search-index/target/surefire-reports/TEST-*.xml search-index/target/failsafe-reports/TEST-*.xml 2>/dev/null || true)
if [ -z "$reports" ]; then echo "no reports under target/*-reports: run the tests first" >&2; exit 1; fi
echo "slowest $n tests (s):"
cat $reports | grep -o '<testcase [^>]*' \
  | sed -E 's/.*name="([^"]*)".*classname="([^"]*)".*time="([^"]*)".*/\3 \2.\1/' \
  | sed -E 's/ se\.fristad\./ /' | sort -rn | head -n "$n" | awk '{printf "  %8.1f  %s\n", $1, $2}'
echo "slowest $n classes (s):"
cat $reports | grep -o '<testsuite [^>]*' \
  | sed -E 's/.*name="([^"]*)".*time="([^"]*)".*/\2 \1/' \
  | sed -E 's/ se\.fristad\./ /' | sort -rn | head -n "$n" | awk '{printf "  %8.1f  %s\n", $1, $2}'
