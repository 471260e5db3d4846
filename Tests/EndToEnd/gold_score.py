"""Scores a graphbuild JSON-LD graph against a gold.json such as ../shared/seeds/gold.json.

Matching follows gold.json's own rules: a node matches an entity when its Ukrainian name or any
Latin name, lower-cased with quotes and punctuation removed, equals one of the entity's names.
Usage: python3 gold_score.py out/graph.jsonld ../shared/seeds/gold.json
"""
import json
import re
import sys

COMPANY = {"Corporation", "Airline", "Company"}
ORGS = {"Organization", "GovernmentOrganization", "NewsMediaOrganization", "Corporation", "Airline"}


def norm(s):
    s = s.lower().replace("’", "'").replace("ʼ", "'")
    s = re.sub(r"[«»\"“”„'.,:;!?()]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def load_graph(path):
    data = json.load(open(path, encoding="utf-8"))
    nodes, triples = {}, set()
    for n in data["@graph"]:
        t = n.get("@type", "")
        if not t.startswith("schema:") or t in ("schema:NewsArticle", "schema:Event"):
            continue
        names = [v["@value"] for v in n.get("schema:name", [])]
        nodes[n["@id"]] = {"type": t.split(":", 1)[1], "names": names, "aliases": [v["@value"] for v in n.get("schema:alternateName", [])]}
        for k, v in n.items():
            if k.startswith("gb:") and k != "gb:mention" and isinstance(v, list):
                for o in v:
                    if isinstance(o, dict) and "@id" in o:
                        triples.add((n["@id"], k[3:], o["@id"]))
    events = [n for n in data["@graph"] if n.get("@type") == "schema:Event"]
    return nodes, triples, events


def type_ok(gold_type, node_type):
    if gold_type == node_type:
        return True
    if gold_type == "Company":
        return node_type in COMPANY
    if gold_type == "Organization":
        return node_type in ORGS
    if gold_type == "Thing":
        return True
    return False


def score(graph_path, gold_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    nodes, triples, events = load_graph(graph_path)
    key_of = {}
    for e in gold["entities"]:
        for name in e["names"] + [e["uk"], e["en"]]:
            key_of.setdefault(norm(name), e["key"])
    node_key = {}
    for nid, n in nodes.items():
        for name in n["names"]:
            k = key_of.get(norm(name))
            if k:
                node_key[nid] = k
                break
    entities = {e["key"]: e for e in gold["entities"]}
    must = [e for e in gold["entities"] if e["tier"] == "must"]
    found_must, wrong_type = [], []
    for e in must:
        ids = [nid for nid, k in node_key.items() if k == e["key"]]
        if ids:
            found_must.append(e["key"])
            if not any(type_ok(e["type"], nodes[i]["type"]) for i in ids):
                wrong_type.append((e["key"], [nodes[i]["type"] for i in ids]))
    spurious = [nodes[nid]["names"][0] for nid in nodes if nid not in node_key]
    counts = {}
    for nid, k in node_key.items():
        counts[k] = counts.get(k, 0) + 1
    duplicates = [k for k, c in counts.items() if c > 1]
    symmetric = set(gold["symmetric"])
    keyed = {(node_key.get(s), p, node_key.get(o)) for s, p, o in triples}

    def listify(x):
        return x if isinstance(x, list) else [x]

    def rel_found(r):
        for s in listify(r["subject"]):
            for p in listify(r["predicate"]):
                for o in listify(r["object"]):
                    if (s, p, o) in keyed or (p in symmetric and (o, p, s) in keyed):
                        return True
        return False

    rel = {"must": [], "should": []}
    missing = []
    for r in gold["relations"]:
        ok = rel_found(r)
        rel[r["tier"]].append(ok)
        if not ok:
            missing.append((r["tier"], r["subject"], r["predicate"], r["object"]))
    gold_triples = set()
    for r in gold["relations"] + gold.get("tolerated", []):
        for s in listify(r["subject"]):
            for p in listify(r["predicate"]):
                for o in listify(r["object"]):
                    gold_triples.add((s, p, o))
                    if p in symmetric:
                        gold_triples.add((o, p, s))
    unmatched = sorted(
        (nodes.get(s, {}).get("names", [s])[0], p, nodes.get(o, {}).get("names", [o])[0])
        for s, p, o in triples
        if (node_key.get(s), p, node_key.get(o)) not in gold_triples
    )
    return {
        "must_entities": len(found_must),
        "must_entities_total": len(must),
        "missing_entities": sorted(set(e["key"] for e in must) - set(found_must)),
        "wrong_type": wrong_type,
        "spurious": spurious,
        "duplicates": duplicates,
        "must_relations": sum(rel["must"]),
        "must_relations_total": len(rel["must"]),
        "should_relations": sum(rel["should"]),
        "should_relations_total": len(rel["should"]),
        "missing_relations": missing,
        "relations_not_in_gold": unmatched,
        "events": [(e.get("gb:eventKind"), e.get("gb:count"), e.get("schema:startDate")) for e in events],
    }


if __name__ == "__main__":
    print(json.dumps(score(sys.argv[1], sys.argv[2]), ensure_ascii=False, indent=1))
