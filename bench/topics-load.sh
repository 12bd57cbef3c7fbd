#!/usr/bin/env bash
# Benchmark: load and validate a list of 100,000 topics (YAML and CSV) with a 256 MB heap.
# Target (issue "Foundation"): under 5 s each. Prints wall time and peak resident memory.
#   bench/topics-load.sh [COUNT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$root/cli/target/seogen.jar" ]] || (cd "$root" && mvn -B -q -DskipTests package)

awk -v n="$count" 'BEGIN {
  split("DNS SMTP LLM CSS HTTP TLS IPv6 BGP Docker SQL", cats, " ");
  print "defaults:\n  language: en\n  words: 800\ntopics:";
  for (i = 1; i <= n; i++) {
    c = cats[(i % 10) + 1];
    printf "  - category: %s\n    question: \"How does feature %d of %s work, and when should you use it?\"\n    keywords: [%s, feature-%d, guide]\n", c, i, c, tolower(c), i;
  }
}' > "$work/topics.yaml"
awk -v n="$count" 'BEGIN {
  split("DNS SMTP LLM CSS HTTP TLS IPv6 BGP Docker SQL", cats, " ");
  print "category,question,keywords,language,words";
  for (i = 1; i <= n; i++) {
    c = cats[(i % 10) + 1];
    printf "%s,\"How does feature %d of %s work, and when should you use it?\",%s;feature-%d;guide,en,800\n", c, i, c, tolower(c), i;
  }
}' > "$work/topics.csv"

for format in yaml csv; do
  size=$(du -h "$work/topics.$format" | cut -f1)
  /usr/bin/time -f "$format ($size, $count topics, -Xmx256m): %e s wall, %M KB peak RSS" \
    java -Xmx256m -jar "$root/cli/target/seogen.jar" generate --topics "$work/topics.$format" --dry-run > "$work/out.txt"
  grep "would be drafted" "$work/out.txt"
done
