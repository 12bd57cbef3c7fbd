#!/usr/bin/env bash
# Benchmark: check 10,000 drafts × 5 sources (2 DOIs, 1 arXiv id, 2 URLs on 10 hosts) against a local
# stand-in registry answering after 50 ms, then again with the warm cache (which must make no request).
# Prints wall time and requests per host per second.
#   bench/source-check.sh [-Ddrafts=10000 -DlatencyMs=50 -Dconcurrency=8 -DperHost=8 -DspacingMs=0]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl source-check -am install -DskipTests
mvn -B -q -pl source-check surefire:test -Dtest=SourceCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep 'source-check'
