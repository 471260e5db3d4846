"""A real JSON-LD processor (pyld) reads graphbuild's output with remote contexts refused."""
import pytest
from pyld import jsonld

from conftest import load, needs_shared

GB = "https://graphbuild.dev/ns#"


def refuse_remote(url, options=None):
    raise jsonld.JsonLdError(f"remote context refused: {url}", "loading document failed")


def triples(path):
    doc = load(path)
    options = {"documentLoader": refuse_remote}
    expanded = jsonld.expand(doc, options)
    assert expanded, "expansion gave nothing"
    dataset = jsonld.to_rdf(doc, options)
    quads = dataset["@default"]
    names, spo = {}, set()
    for q in quads:
        s, p, o = q["subject"]["value"], q["predicate"]["value"], q["object"]
        if p == "https://schema.org/name" and o.get("language") == "uk":
            names[s] = o["value"]
        if p.startswith(GB) and o["type"] == "IRI":
            spo.add((s, p[len(GB):], o["value"]))
    return quads, spo, names


def named(spo, names):
    return {(names.get(s, s), p, names.get(o, o)) for s, p, o in spo}


def test_samples_convert_to_rdf(samples_graph):
    quads, spo, names = triples(samples_graph)
    assert len(quads) > 100
    t = named(spo, names)
    assert ("Дональд Туск", "leaderOf", "Польща") in t
    assert any(p == "imposedSanctionsOn" for _, p, _ in t)
    # Every IRI is absolute.
    for q in quads:
        for part in (q["subject"], q["predicate"], q["object"]):
            if part["type"] == "IRI":
                assert part["value"].startswith("http"), part


@needs_shared
def test_seeds_rdf_holds_the_must_relations(seeds_graph):
    _, spo, names = triples(seeds_graph)
    t = named(spo, names)
    for s, p, o in [
        ("Олександр Лукашенко", "leaderOf", "Білорусь"),
        ("Дональд Трамп", "leaderOf", "США"),
        ("Джон Коул", "envoyTo", "Білорусь"),
        ("Джон Коул", "appointedBy", "Дональд Трамп"),
        ("США", "liftedSanctionsOn", "Белавіа"),
        ("Європейський Союз", "imposedSanctionsOn", "Білорусь"),
    ]:
        assert (s, p, o) in t, (s, p, o)
