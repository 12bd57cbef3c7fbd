#!/usr/bin/env bash
# Benchmark: does a site in three languages publish as many pages a second as a site in one? The same COUNT
# articles (the demo's, copied as bench/publish-10k.sh does) as two projects: all in English, and as COUNT/3
# articles in en, fr and de (each page with its hreflang set, a tree per language). Each is published from
# scratch ROUNDS times, the two in turn, with a 512 MB heap through ./seogen: this machine's speed drifts with
# its neighbours by a third from one minute to the next, so only runs side by side compare. Prints each run,
# then the median files per second of each and their ratio (three languages / one).
#   bench/publish-languages.sh [COUNT] [ROUNDS]     # default 9000 articles, 5 rounds
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-9000}"
rounds="${2:-5}"
work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
"$root/seogen" --version > /dev/null # builds the jar and its class-data archive when missing
for project in one three; do
  "$root/seogen" demo --out "$work/$project" > /dev/null 2>&1
done
python3 "$root/bench/copy-drafts.py" "$work/one/drafts" "$count"
LANGUAGES=en,fr,de python3 "$root/bench/copy-drafts.py" "$work/three/drafts" "$count"

publish() { # publish PROJECT: a full publish into an empty site folder; prints files per second
  cd "$work/$1"
  rm -rf site .seogen/publish
  sync
  SEOGEN_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$root/seogen" publish \
    --drafts drafts --site site --base-url https://example.com > "$work/out.txt" 2>&1
  read -r seconds user system < "$work/time.txt"
  files=$(find site -type f | wc -l)
  awk -v f="$files" -v s="$seconds" 'BEGIN{printf "%.0f", f/s}' > "$work/rate.txt"
  echo "publish-languages: $1 language(s), round $2: $files files in $seconds s ($(cat "$work/rate.txt") files/s;" \
    "CPU $user s user, $system s system)" >&2
  cat "$work/rate.txt"
}
one=()
three=()
for round in $(seq "$rounds"); do
  if ((round % 2)); then # each goes first in every other round
    one+=("$(publish one "$round")")
    three+=("$(publish three "$round")")
  else
    three+=("$(publish three "$round")")
    one+=("$(publish one "$round")")
  fi
done
median() { printf "%s\n" "$@" | sort -n | awk '{a[NR]=$1} END{print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m1=$(median "${one[@]}")
m3=$(median "${three[@]}")
echo "publish-languages: median of $rounds: one language $m1 files/s, three languages $m3 files/s:" \
  "$(awk -v a="$m3" -v b="$m1" 'BEGIN{printf "%.2f", a/b}') × the one-language figure"
