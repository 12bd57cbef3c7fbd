#!/usr/bin/env bash
# Benchmark: 400 model calls at concurrency 8 against WireMock answering after 200 ms, through the whole
# adapter (LangChain4j, retries, rate limiter, concurrency bound). Target: within 1.1× of the ideal 10 s.
#   bench/llm-throughput.sh [-Dcalls=400 -Dconcurrency=8 -DlatencyMs=200]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl llm-adapter -am install -DskipTests
mvn -B -q -pl llm-adapter surefire:test -Dtest=LlmThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep 'llm-throughput:'
