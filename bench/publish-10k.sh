#!/usr/bin/env bash
# Benchmark: publish 10,000 articles of about 800 words (the demo's eight, copied under new slugs) with a
# 512 MB heap, through ./seogen as a user runs it; then again after changing one article; then Hugo on the
# same 10,000 Markdown files with a minimal theme, on the same machine in the same run (apt-get install hugo).
#   bench/publish-10k.sh [COUNT]
#   APPROVED=1 bench/publish-10k.sh   the drafts are approved, not yet published: the first publish also
#                                     marks the 10,000 drafts published (each written to disk, durably)
#   LANGUAGES=en,fr,de bench/publish-10k.sh 9000
#                                     the articles in three languages, each three drafts one article in
#                                     three versions (a key): a tree per language, hreflang on every page
# Prints wall time, pages per second and peak memory of each.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
cd "$root"
"$root/seogen" --version > /dev/null # builds the jar and its class-data archive when missing

"$root/seogen" demo --out "$work/demo" > /dev/null 2>&1
python3 "$root/bench/copy-drafts.py" "$work/demo/drafts" "$count"
cd "$work/demo"
# Each timed run starts with the files written before it on disk (sync), so that it is not charged for them.
run() { sync; SEOGEN_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$work/gc.log" /usr/bin/time -f "%e %M" -o "$work/time.txt" "$root/seogen" publish --drafts drafts --site site --base-url https://example.com > "$work/out.txt" 2>&1; tail -n 1 "$work/time.txt"; }
read -r seconds rss < <(run)
files=$(find site -type f | wc -l)
# The heap in use when a collection started, at its highest: "GC(3) Pause Young (…) 219M->118M(365M)".
heap=$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -n 1 || true) # none: no collection
echo "seogen publish${LANGUAGES:+ (languages $LANGUAGES)}: $count articles, $files files in $seconds s ($(awk -v f="$files" -v s="$seconds" 'BEGIN{printf "%.0f", f/s}') pages/s), -Xmx512m, peak heap ${heap:-?} MB, peak RSS $((rss / 1024)) MB"
for n in 1 2 3; do # three articles, one at a time, each followed by a re-publish
  draft=$(find drafts -name '*.md' | sort | sed -n "$((n * count / 4 + 1))p")
  echo "An edited last sentence." >> "$draft"
  read -r seconds rss < <(run)
  echo "seogen publish after changing one article ($n of 3): $seconds s, $(grep -o '[0-9]* new or changed' "$work/out.txt"), peak RSS $((rss / 1024)) MB"
done

if command -v hugo > /dev/null; then
  mkdir -p "$work/hugo/layouts/_default" "$work/hugo/content"
  cp -r drafts/* "$work/hugo/content/"
  cat > "$work/hugo/hugo.toml" <<'TOML'
baseURL = "https://example.com/"
title = "Hugo"
disableKinds = ["taxonomy", "term"]
TOML
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>' > "$work/hugo/layouts/_default/single.html"
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' > "$work/hugo/layouts/_default/list.html"
  cd "$work/hugo"
  sync
  /usr/bin/time -f "%e %M" -o "$work/time.txt" hugo --quiet --destination public > /dev/null 2>&1 || true
  read -r seconds rss < <(tail -n 1 "$work/time.txt")
  files=$(find public -type f | wc -l)
  echo "hugo $(hugo version | cut -d' ' -f2): $files files in $seconds s ($(awk -v f="$files" -v s="$seconds" 'BEGIN{printf "%.0f", f/s}') pages/s), peak RSS $((rss / 1024)) MB"
else
  echo "hugo: not installed (apt-get install hugo) — no comparison"
fi
