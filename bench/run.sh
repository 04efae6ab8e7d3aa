#!/usr/bin/env bash
# Build benchmark: installs the anchors (Hugo, GNU time, Pagefind 1.6.0 from bench/package.json) when missing,
# then runs
#   java bench/BuildBenchmark.java "$@"
# from the repository root. Needs target/fristad.jar (mvn -q package -DskipTests).
# Examples:  bash bench/run.sh                          # 10,000 pages x 3 languages, 1 run
#            bash bench/run.sh --pages 2000             # quick
#            bash bench/run.sh --runs 3                 # median of 3
#            bash bench/run.sh --typed --pages 10000    # issue #11: against Hugo + Pagefind
#            bash bench/run.sh --linear                 # issue #11: Fristad at 2,000 and 10,000 x 3, per page
set -euo pipefail
cd "$(dirname "$0")/.."

anchors=1
pagefind=1
for a in "$@"; do
  case "$a" in
    --no-anchors|--linear|--linear=*) anchors=0 ;;
    --no-hugo|--no-pagefind) pagefind=0 ;;
    --pagefind|--pagefind=*) pagefind=0 ;; # the caller's own Pagefind
  esac
done

if [ "$anchors" = 1 ] && [ "$pagefind" = 1 ] && [ ! -x bench/node_modules/.bin/pagefind ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "run.sh: installing Pagefind (cd bench && npm ci)" >&2
    (cd bench && npm ci --no-audit --no-fund) >&2 || echo "run.sh: npm ci failed; the benchmark runs without Pagefind" >&2
  else
    echo "run.sh: no npm, so no Pagefind (install Node.js, then cd bench && npm ci)" >&2
  fi
fi

missing=()
[ "$anchors" = 0 ] || command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "run.sh: installing ${missing[*]} (apt-get)" >&2
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"; } >&2; then
    echo "run.sh: could not install ${missing[*]}; the benchmark runs without them (Fristad figures only)" >&2
  fi
fi

exec java bench/BuildBenchmark.java "$@"
