#!/usr/bin/env bash
# Benchmark: 400 model calls at concurrency 8 against WireMock answering after 300 ms, through the whole
# adapter (LangChain4j, retries, rate limiter, concurrency bound), with the default settings. Prints the wall
# time over the ideal calls × latency / concurrency (15 s). Target: a ratio of at most 1.15.
#   bench/llm-throughput.sh [-Dcalls=400 -Dconcurrency=8 -DlatencyMs=300]
set -euo pipefail
cd "$(dirname "$0")/.."
# test, not install: the modules it needs are built in the same reactor, and ~/.m2 is left alone.
mvn -B -q -pl llm-adapter -am test -Dtest=LlmThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep 'llm-throughput:'
