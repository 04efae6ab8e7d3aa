#!/usr/bin/env bash
# Build benchmark: installs the anchors (Hugo, GNU time) when missing, then runs
#   java bench/BuildBenchmark.java "$@"
# from the repository root. Needs target/fristad.jar (mvn -q package -DskipTests).
# Examples:  bash bench/run.sh                # 10,000 pages x 3 languages, 1 run
#            bash bench/run.sh --pages 2000   # quick
#            bash bench/run.sh --runs 3       # median of 3
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
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
