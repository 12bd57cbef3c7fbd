#!/usr/bin/env bash
# Benchmark: lint 10,000 drafts of about 800 words, every rule including near-duplicate detection.
# Target: under 30 s.   bench/lint-10k.sh [-Ddrafts=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl generator-core install -DskipTests
mvn -B -q -pl generator-core surefire:test -Dtest=LintBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx1g" "$@" | grep 'lint-10k:'
