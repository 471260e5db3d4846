#!/usr/bin/env python3
"""Lists the relations one graph has and another lacks, each with its first evidence sentence,
to read what a change to the relation stage added or lost:

    graphbuild extract DIR --out before.jsonld     # with the old binary
    graphbuild extract DIR --out after.jsonld      # with the new one
    python3 scripts/compare-relations.py before.jsonld after.jsonld

Reads graphbuild's own JSON-LD (compacted, as it writes it); prints the counts, then one
tab-separated line a relation: + or -, subject, predicate, object, trigger, sentence.
"""
import json
import sys


def relations(path):
    with open(path, encoding="utf-8") as f:
        nodes = json.load(f)["@graph"]
    by_id = {n["@id"]: n for n in nodes}

    def name(i):
        names = by_id.get(i, {}).get("schema:name", i)
        first = names[0] if isinstance(names, list) else names
        return first.get("@value", i) if isinstance(first, dict) else str(first)

    out = {}
    for n in nodes:
        if n.get("@type") != "gb:RelationRecord":
            continue
        evidence = n.get("gb:evidence", [])
        evidence = evidence if isinstance(evidence, list) else [evidence]
        first = evidence[0] if evidence else {}
        out[n["@id"]] = (name(n["gb:subject"]["@id"]), n["gb:predicate"]["@id"].removeprefix("gb:"),
                         name(n["gb:object"]["@id"]), first.get("gb:trigger", ""),
                         " ".join(first.get("gb:sentence", "").split()))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: compare-relations.py BEFORE.jsonld AFTER.jsonld")
    before, after = relations(sys.argv[1]), relations(sys.argv[2])
    added = [after[k] for k in sorted(after) if k not in before]
    lost = [before[k] for k in sorted(before) if k not in after]
    print(f"{len(before)} -> {len(after)} relations: {len(added)} added, {len(lost)} lost", file=sys.stderr)
    for sign, rows in (("+", added), ("-", lost)):
        for row in rows:
            print("\t".join((sign,) + row))


if __name__ == "__main__":
    main()
