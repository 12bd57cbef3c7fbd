#!/usr/bin/env bash
# Benchmark: `seogen library index` on COUNT generated documents of about 1,000 words (Markdown with front
# matter), as a user runs it, with a 512 MB heap: wall time, peak heap (the most used before a collection,
# from the GC log), peak RSS (the ONNX Runtime that embeds lives outside the heap) and the index's size. Then
# search latency in one JVM (median, p95, the query's embedding included), one `library search` as a user
# runs it (JVM start and model load included), and a re-index after changing one document.
#   bench/library-10k.sh [COUNT]        # default 10000; embedding dominates, about 7 passages a document
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
cd "$root"
# package, not install: the jar and the test classes are built in this reactor, and ~/.m2 is left alone.
mvn -B -q -pl cli -am package -DskipTests -Dmaven.test.skip.exec=true >/dev/null
mvn -B -q -pl library -am test-compile >/dev/null

vocabulary=$(python3 - "$work/docs" "$count" <<'PY'
import os, random, sys
folder, count = sys.argv[1], int(sys.argv[2])
random.seed(5)
roots = ("cache resolver record server client packet route address network protocol header field key cipher "
         "certificate token session request response queue message broker stream buffer index query table row "
         "column schema commit branch merge build image container volume cluster node shard replica lease lock "
         "timeout retry backoff limit quota policy domain zone mail sender filter spam page layout style font "
         "render frame pixel color vector matrix model layer weight gradient batch epoch loss metric log trace "
         "span alert dashboard deploy release version patch signal thread process memory heap stack pointer").split()
words = roots + [r + s for r in roots for s in ("s", "ing", "ed", "er")]
fillers = "the a of to and in is that it for on with as by this from at be are or which when how".split()
for i in range(count):
    sub = os.path.join(folder, "topic%02d" % (i % 50))
    os.makedirs(sub, exist_ok=True)
    out = ["---", "title: Document %d about %s and %s" % (i, random.choice(roots), random.choice(roots)),
           "url: https://docs.example.com/%d" % i, "---", ""]
    for section in range(5):
        out.append("## Section %d on %s" % (section, random.choice(roots)))
        out.append("")
        for paragraph in range(2):
            sentence = []
            for w in range(100):
                sentence.append(random.choice(words) if w % 3 else random.choice(fillers))
                if w % 14 == 13:
                    sentence[-1] += "."
            out.append(" ".join(sentence) + ".")
            out.append("")
    with open(os.path.join(sub, "doc%05d.md" % i), "w") as f:
        f.write("\n".join(out))
print(",".join(roots))
PY
)
echo "library-10k: $count documents of $(wc -w < "$work/docs/topic00/doc00000.md") words each in $(du -sh "$work/docs" | cut -f1)"

run() { # run NAME ARGS…: seogen with -Xmx512m, timed, with a GC log
  /usr/bin/time -f "%e %M" -o "$work/$1.time" java -Xmx512m "-Xlog:gc:file=$work/$1.gc" -jar "$root/cli/target/seogen.jar" \
    "${@:2}" > "$work/$1.out" 2>&1
  read -r seconds rss < "$work/$1.time"
  heap=$(grep -oE '[0-9]+M->' "$work/$1.gc" | tr -d 'M>-' | sort -n | tail -1)
  printf "library-10k: %-9s %7.1f s, peak heap %s MB, peak RSS %d MB: %s\n" "$1" "$seconds" "${heap:-?}" $((rss / 1024)) \
    "$(tail -n 1 "$work/$1.out")"
}
cd "$work"
run index library index --library docs
echo "library-10k: index size $(du -sh "$work/.seogen/library" | cut -f1)"
java -Xmx512m -cp "$root/cli/target/seogen.jar:$root/library/target/test-classes" dev.seogen.library.SearchLatency \
  "$work/.seogen/library" 200 "$vocabulary"
run search library search "how does a resolver cache records" --library docs --top 5
sed -i 's/^## Section 0 on/## Section zero on/' docs/topic07/doc00007.md
run reindex library index --library docs
