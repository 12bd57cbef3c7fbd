#!/usr/bin/env bash
# Benchmark: the review server's queue page over 10,000 drafts of about 800 words.
# Target: under 300 ms once warm.   bench/review-queue-10k.sh [-Ddrafts=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl review-server -am test-compile surefire:test -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx1g" "$@" | grep 'review-queue-10k:'
