#!/usr/bin/env bash
# Benchmark: a whole `seogen generate` batch against a fake OpenAI-compatible endpoint (WireMock, canned
# answers, a fixed latency per call), in its own JVM with a fixed heap. Prints wall time against the ideal
# (calls × latency / concurrency), and peak memory. The model settings are the defaults (no client-side rate
# limit), as a user runs it.
#   bench/generate-batch.sh TOPICS LATENCY_MS CONCURRENCY HEAP
#   bench/generate-batch.sh 100 300 8 512m       # throughput: target within 1.15× of the ideal
#   bench/generate-batch.sh 100000 0 8 512m      # memory: 100,000 topics within a 512 MB heap
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
topics="${1:-100}"; latency="${2:-300}"; concurrency="${3:-8}"; heap="${4:-512m}"
port="${PORT:-18089}"
work="$(mktemp -d)"
cleanup() { [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cd "$root"
mvn -B -q -DskipTests install
mvn -B -q -pl cli dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -Xmx1g -cp "cli/target/test-classes:$(cat "$work/cp.txt")" dev.seogen.cli.FakeOpenAiServer "$port" "$latency" \
  > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q "fake OpenAI endpoint" "$work/server.log" && break; sleep 0.2; done

awk -v n="$topics" 'BEGIN {
  split("DNS SMTP LLM CSS HTTP TLS IPv6 BGP Docker SQL", cats, " ");
  print "topics:";
  for (i = 1; i <= n; i++) printf "  - {category: %s, question: \"How does feature %d work?\", words: 600}\n", cats[(i % 10) + 1], i;
}' > "$work/topics.yaml"

cd "$work"
/usr/bin/time -f "%e %M" -o "$work/time.txt" java "-Xmx$heap" -jar "$root/cli/target/seogen.jar" generate \
  --topics topics.yaml --base-url "http://127.0.0.1:$port/v1" --model bench --no-cache \
  --concurrency "$concurrency" > "$work/out.txt" 2>&1 || true
read -r seconds rss < <(tail -n 1 "$work/time.txt")
grep -E "^Generated" "$work/out.txt"
calls=$(grep -oE "[0-9,]+ model calls" "$work/out.txt" | tr -d ',' | cut -d' ' -f1)
awk -v s="$seconds" -v c="$calls" -v l="$latency" -v k="$concurrency" -v m="$rss" -v h="$heap" 'BEGIN {
  ideal = c * l / 1000 / k;
  printf "generate-batch: %d calls in %.1f s", c, s;
  if (l > 0) printf " (ideal %.1f s, ratio %.2f, target <= 1.15)", ideal, s / ideal;
  printf "; -Xmx%s, peak RSS %d MB\n", h, m / 1024;
}'
