#!/usr/bin/env python3
"""The demo's drafts, copied COUNT times under new slugs, ids and questions (the originals removed): the articles
of the publish benchmarks. With LANGUAGES=en,fr,de in the environment, each run of three drafts is one article in
three languages (a key); else every draft is in English.
    bench/copy-drafts.py DRAFTS_FOLDER COUNT"""
import os, sys, glob, hashlib
drafts, count = sys.argv[1], int(sys.argv[2])
languages = [l for l in os.environ.get("LANGUAGES", "").split(",") if l]
originals = sorted(glob.glob(drafts + "/*/*.md"))
texts = [open(f, encoding="utf-8").read() for f in originals]
for f in originals:
    os.remove(f)
for i in range(count):
    src, text = originals[i % len(originals)], texts[i % len(originals)]
    folder, name = os.path.split(src)
    slug = name[:-3] + "-" + str(i)
    lines = []
    for line in text.split("\n"):
        if line.startswith("id: "):
            line = 'id: "' + hashlib.sha1(slug.encode()).hexdigest()[:10] + '"'
            if languages: line += "\nkey: k" + str(i // len(languages))
        elif line.startswith("language: "): # the demo's French version too: one language unless asked
            line = "language: " + (languages[i % len(languages)] if languages else "en")
        elif line.startswith("key: "): continue # the demo's own key: versions come from LANGUAGES only
        elif line.startswith("slug: "): line = "slug: " + slug
        elif line in ("status: published", "status: draft"): # the demo leaves two drafts for review
            line = "status: approved" if os.environ.get("APPROVED") else "status: published"
        elif line.startswith("question: "):
            line = line[:-1] + " (" + str(i) + ")\"" if line.endswith('"') else line + " (" + str(i) + ")"
        lines.append(line)
    open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8").write("\n".join(lines))
