#!/usr/bin/env python3
"""Scores the relations graphbuild draws against a batch of the real-news development set
(Tests/DevSet/relations/batchN.tsv), article by article:

    python3 scripts/score-relations.py Tests/DevSet/relations/batch1.tsv
    python3 scripts/score-relations.py BATCH --graph G.jsonld   # score a graph already made
    python3 scripts/score-relations.py BATCH --json             # figures only, for programs

It copies the batch's articles out of ../shared into a scratch folder, extracts them with the
built binary (--binary, default .build/release/graphbuild), and compares, per article:
- found: every relation with evidence in the article that it asserts (a hedged one, drawn
  dashed as a possibility, is not asserted: it is counted and listed apart, with `~`);
- correct: found relations that a line of the batch names, `must` or `may`;
- recalled: `must` lines that a found relation matches.
A name matches an entity when, lower-cased, without quotes and a leading legal form (ТОВ, ПАТ,
...), it equals one of the entity's names or one of its mentions in that article. Symmetric
relations match either way round. The summary goes to stderr, then one tab-separated line a
miss (`-`) or a wrong relation (`+`) with its sentence; `--json` prints the figures instead.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SYMMETRIC = {"negotiatesWith", "allyOf", "associatedWith"}
LEGAL_FORMS = {"тов", "пат", "прат", "пп", "кп", "квп", "дп", "дтго", "нак", "ат", "зат", "ват", "тзов", "фпг", "спп"}
QUOTES = re.compile(r"[«»\"“”„‘’ʼ`]")


def normalise(name):
    words = QUOTES.sub(" ", name.replace("’", "'").replace("ʼ", "'")).lower().split()
    while len(words) > 1 and words[0].strip(".") in LEGAL_FORMS:
        words = words[1:]
    return " ".join(words)


def read_batch(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            doc, subject, relation, obj, status = line.rstrip("\n").split("\t")
            rows.append((doc, {normalise(s) for s in subject.split("|")}, relation,
                         {normalise(o) for o in obj.split("|")}, status, subject.split("|")[0], obj.split("|")[0]))
    return rows


def source(shared, doc):
    corpus, name = doc.split("/", 1)
    if corpus == "ng":
        return os.path.join(shared, "ner-uk/v2.0/train/ng", name + ".txt")
    if corpus == "bruk":
        return os.path.join(shared, "corpora/bruk/good", name)
    if corpus == "bruk-so-so":
        return os.path.join(shared, "corpora/bruk/so-so", name)
    sys.exit(f"unknown corpus in document {doc!r}: use ng/ID, bruk/FILE or bruk-so-so/FILE")


def values(node, key):
    v = node.get(key, [])
    v = v if isinstance(v, list) else [v]
    return [x.get("@value", "") if isinstance(x, dict) else str(x) for x in v]


def listed(node, key):
    v = node.get(key, [])
    return v if isinstance(v, list) else [v]


def read_graph(path, doc_of_file):
    with open(path, encoding="utf-8") as f:
        nodes = json.load(f)["@graph"]
    doc_of_id = {n["@id"]: doc_of_file.get(os.path.basename(n.get("gb:path", "")))
                 for n in nodes if n.get("@type") == "schema:NewsArticle"}
    names, label = {}, {}
    for n in nodes:
        if "/entity/" not in n["@id"]:
            continue
        own = {normalise(s) for s in values(n, "schema:name") + values(n, "schema:alternateName")}
        label[n["@id"]] = (values(n, "schema:name") or [n["@id"]])[0]
        per_doc = {}
        for m in listed(n, "gb:mention"):
            d = doc_of_id.get(m["gb:document"]["@id"])
            per_doc.setdefault(d, set(own)).add(normalise(m.get("gb:text", "")))
        names[n["@id"]] = (own, per_doc)
    found = {}
    for n in nodes:
        if n.get("@type") != "gb:RelationRecord":
            continue
        pred = n["gb:predicate"]["@id"].removeprefix("gb:")
        for e in listed(n, "gb:evidence"):
            d = doc_of_id.get(e["gb:document"]["@id"])
            key = (n["gb:subject"]["@id"], pred, n["gb:object"]["@id"])
            found.setdefault(d, {}).setdefault(key, (" ".join(e.get("gb:sentence", "").split()), bool(n.get("gb:hedged"))))
    return names, label, found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("batch")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../shared"))
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "../.build/release/graphbuild"))
    ap.add_argument("--graph", help="score this graph instead of extracting the batch")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = read_batch(args.batch)
    docs = sorted({r[0] for r in gold})
    doc_of_file = {d.replace("/", "__") + ("" if d.endswith(".txt") else ".txt"): d for d in docs}
    scratch = tempfile.mkdtemp(prefix="score-relations-")
    try:
        graph = args.graph
        if not graph:
            folder = os.path.join(scratch, "articles")
            os.mkdir(folder)
            for file, d in doc_of_file.items():
                path = source(args.shared, d)
                if not os.path.exists(path):
                    sys.exit(f"{path}: not found; the development set needs ../shared beside the checkout (--shared DIR)")
                shutil.copy(path, os.path.join(folder, file))
            graph = os.path.join(scratch, "graph.jsonld")
            subprocess.run([args.binary, "extract", folder, "--out", graph], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        names, label, found = read_graph(graph, doc_of_file)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def matches(entity, wanted, doc):
        own, per_doc = names.get(entity, (set(), {}))
        return bool(wanted & per_doc.get(doc, own))

    def hit(row, key, doc):
        s, p, o = key
        if p != row[2]:
            return False
        if matches(s, row[1], doc) and matches(o, row[3], doc):
            return True
        return p in SYMMETRIC and matches(o, row[1], doc) and matches(s, row[3], doc)

    total = {"found": 0, "correct": 0, "hedged": 0, "must": 0, "recalled": 0}
    lines = []
    for d in docs:
        rows = [r for r in gold if r[0] == d]
        here = found.get(d, {})
        for key, (sentence, hedged) in sorted(here.items()):
            if hedged:
                total["hedged"] += 1
                lines.append(("~", d, label.get(key[0], key[0]), key[1], label.get(key[2], key[2]), sentence))
                continue
            total["found"] += 1
            if any(hit(r, key, d) for r in rows):
                total["correct"] += 1
            else:
                lines.append(("+", d, label.get(key[0], key[0]), key[1], label.get(key[2], key[2]), sentence))
        asserted = [key for key, (_, hedged) in here.items() if not hedged]
        for r in rows:
            if r[4] != "must":
                continue
            total["must"] += 1
            if any(hit(r, key, d) for key in asserted):
                total["recalled"] += 1
            else:
                lines.append(("-", d, r[5], r[2], r[6], ""))
    precision = total["correct"] / max(total["found"], 1)
    recall = total["recalled"] / max(total["must"], 1)
    if args.json:
        print(json.dumps(dict(total, precision=round(precision, 3), recall=round(recall, 3), articles=len(docs))))
        return
    print(f"{len(docs)} articles: {total['found']} asserted ({total['hedged']} more hedged), {total['correct']} correct "
          f"(precision {precision:.3f}); {total['recalled']} of {total['must']} must relations (recall {recall:.3f})",
          file=sys.stderr)
    for line in lines:
        print("\t".join(line))


if __name__ == "__main__":
    main()
