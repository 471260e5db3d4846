"""Each export loaded by the tools its users have: NetworkX (GraphML, GEXF), Oxigraph and rdflib
(N-Quads), followthemoney (FtM), Python's csv reader as a spreadsheet would (the edge table), with
the counts of entities, relations and evidence equal to graphbuild's own."""
import csv
import json
import subprocess

import pytest

from conftest import REPO, run, load


def own_counts(graph_path):
    g = load(graph_path)["@graph"]
    ents = [n for n in g if "gb:mention" in n]
    rels = [n for n in g if n.get("@type") == "gb:RelationRecord"]
    return ents, rels, sum(len(r["gb:evidence"]) for r in rels)


def export(graph, fmt, tmp_path):
    out = tmp_path / f"g.{fmt}"
    run("export", "--format", fmt, "--in", graph, "--out", out)
    return out


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_graphml_and_gexf_with_nothing_lost(samples_graph, tmp_path, fmt):
    nx = pytest.importorskip("networkx")
    ents, rels, evidence = own_counts(samples_graph)
    path = export(samples_graph, fmt, tmp_path)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert g.number_of_nodes() == len(ents) and g.number_of_edges() == len(rels)
    assert sum(int(d["evidence"]) for _, _, d in g.edges(data=True)) == evidence
    names = {d.get("label") for _, d in g.nodes(data=True)}
    assert "Дональд Туск" in names
    relations = {d["relation"] for _, _, d in g.edges(data=True)}
    assert relations == {r["gb:predicate"]["@id"].split(":")[1] for r in rels}
    assert all(d["sentence"] for _, _, d in g.edges(data=True))


def test_graphml_and_gexf_share_their_attribute_names(samples_graph, tmp_path):
    nx = pytest.importorskip("networkx")
    a = nx.read_graphml(export(samples_graph, "graphml", tmp_path))
    b = nx.read_gexf(export(samples_graph, "gexf", tmp_path))
    edge_keys = lambda g: set().union(*(d.keys() for _, _, d in g.edges(data=True)))
    assert {"relation", "evidence", "sentence", "document", "date_precision"} <= edge_keys(a) & edge_keys(b)


def test_gexf_is_dynamic_with_full_dates(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2025-11-26\nУ вересні Канада запровадила санкції проти Білорусі. 22 листопада прем'єр-міністр Польщі Дональд Туск провів переговори з президентом України Володимиром Зеленським.\n", encoding="utf-8")
    graph = tmp_path / "g.jsonld"
    run("extract", d, "--out", graph)
    text = export(graph, "gexf", tmp_path).read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    import re
    starts = re.findall(r'start="([^"]+)"', text)
    assert starts and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) for s in starts)


def rdf_export(graph, fmt, tmp_path):
    """The graph's counts, the exported file, and an Oxigraph store holding it."""
    pyoxigraph = pytest.importorskip("pyoxigraph")
    pytest.importorskip("rdflib")
    path = export(graph, fmt, tmp_path)
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS if fmt == "nquads" else pyoxigraph.RdfFormat.TURTLE)
    return own_counts(graph), path, store


def test_oxigraph_and_rdflib_load_nquads_with_one_graph_per_document(samples_graph, tmp_path):
    import rdflib
    (ents, rels, evidence), path, store = rdf_export(samples_graph, "nquads", tmp_path)
    gb = "https://graphbuild.dev/ns#"

    def one(q):
        return int(next(iter(store.query(q)))[0].value)

    assert one(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e <{gb}mention>? ?x . ?e a ?t FILTER(STRSTARTS(STR(?t), 'https://schema.org/') && ?t != <https://schema.org/NewsArticle>) }}") == len(ents)
    assert one(f"SELECT (COUNT(?r) AS ?n) WHERE {{ ?r a <{gb}RelationRecord> }}") == len(rels)
    assert one(f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH ?d {{ ?r <{gb}evidence> ?e }} }}") == evidence
    docs = {str(n["@id"]) for n in load(samples_graph)["@graph"] if n.get("@type") == "schema:NewsArticle"}
    graphs = {g.value for g in store.named_graphs()}
    assert graphs <= docs and graphs
    # The neighbour question, asked in SPARQL, answered as graphbuild query answers it.
    tusk = "https://graphbuild.dev/entity/person/donald-tusk"
    sparql = {row[0].value for row in store.query(
        f"SELECT DISTINCT ?o WHERE {{ GRAPH ?d {{ {{ <{tusk}> ?p ?o }} UNION {{ ?o ?p <{tusk}> }} }} FILTER(STRSTARTS(STR(?p), '{gb}') && ?p != <{gb}evidence>) }}")}
    ours = {n["entity"] for n in json.loads(run("query", "neighbors", "Tusk", "--json", "--in", samples_graph).stdout)["neighbors"]}
    assert sparql == ours
    ds = rdflib.Dataset()
    ds.parse(str(path), format="nquads")
    assert len(list(ds.quads())) == len(store)


def test_followthemoney_reads_every_line(samples_graph, tmp_path):
    ftm = pytest.importorskip("followthemoney")
    from followthemoney import model
    ents, rels, evidence = own_counts(samples_graph)
    path = export(samples_graph, "ftm", tmp_path)
    by_schema = {}
    mentions = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)
        assert data["id"].startswith("gb-")
        # Nothing dropped by FtM's own cleaning of each value.
        for prop, values in data["properties"].items():
            assert sorted(proxy.get(prop)) == sorted(values), (data["schema"], prop)
        by_schema[proxy.schema.name] = by_schema.get(proxy.schema.name, 0) + 1
    mapped = {"Person", "GovernmentOrganization", "Corporation", "Airline", "Organization", "NewsMediaOrganization", "Country", "City", "Place", "Event"}
    expected = [e for e in ents if e["@type"].split(":")[1] in mapped]
    lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]
    of_entities = [l for l in lines if any(u.startswith("https://graphbuild.dev/entity/") for u in l["properties"].get("sourceUrl", []))]
    assert len(of_entities) == len(expected)
    assert {l["schema"] for l in of_entities} <= {"Person", "Company", "Organization", "PublicBody", "Address", "Event"}
    assert by_schema["Documentation"] == evidence
    assert by_schema["Mention"] == sum(len(e["gb:mention"]) for e in expected)
    assert by_schema.get("Sanction", 0) >= 1 and by_schema["Article"] == 4
    events = [n for n in load(samples_graph)["@graph"] if n.get("@type") == "schema:Event" and "gb:eventKind" in n]
    assert sum(1 for l in path.read_text(encoding="utf-8").splitlines() if json.loads(l)["schema"] == "Event" and "summary" in json.loads(l)["properties"]) == len(events)
    for command in (["export-rdf"], ["export-gexf"]):
        p = subprocess.run(["ftm", *command, "-i", str(path), "-o", str(tmp_path / ("out-" + command[0]))], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        assert (tmp_path / ("out-" + command[0])).stat().st_size > 0


def test_lifted_sanctions_follow_the_opensanctions_convention(samples_graph, tmp_path):
    pytest.importorskip("followthemoney")
    lines = [json.loads(l) for l in export(samples_graph, "ftm", tmp_path).read_text(encoding="utf-8").splitlines()]
    sanctions = [l for l in lines if l["schema"] == "Sanction"]
    lifted = [s for s in sanctions if s["properties"].get("status") == ["lifted"]]
    assert lifted, "the samples lift a sanction"
    for s in lifted:
        assert "startDate" not in s["properties"]


def test_edge_table_has_a_row_for_every_piece_of_evidence(samples_graph, tmp_path):
    ents, rels, evidence = own_counts(samples_graph)
    path = export(samples_graph, "csv", tmp_path)
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == evidence
    assert len({(r["source_name"], r["relation"], r["target_name"]) for r in rows}) == len(rels)
    assert {r["source_type"] for r in rows} | {r["target_type"] for r in rows} <= {"maltego.Person", "maltego.Company", "maltego.Organization", "maltego.Location"}
    assert all(r["quote"] for r in rows)


def test_export_never_overwrites_the_graph(samples_graph, tmp_path):
    import shutil
    g = tmp_path / "g.jsonld"
    shutil.copy(samples_graph, g)
    before = g.read_bytes()
    p = run("export", "--format", "graphml", "--in", g, "--out", g, check=False)
    assert p.returncode == 1 and g.read_bytes() == before
    p = run("export", "--format", "nope", "--in", g, check=False)
    assert p.returncode == 64 and "ftm" in p.stderr


def test_kuzu_loads_the_neo4j_csvs_and_answers_the_neighbour_question(samples_graph, tmp_path):
    kuzu = pytest.importorskip("kuzu")
    ents, rels, evidence = own_counts(samples_graph)
    out = tmp_path / "neo4j"
    run("export", "--format", "neo4j", "--in", samples_graph, "--out", out)
    assert {p.name for p in out.iterdir()} == {"entities.csv", "documents.csv", "relations.csv", "mentions.csv", "import.cypher"}
    db = kuzu.Database(str(tmp_path / "kz"))
    c = kuzu.Connection(db)
    c.execute("CREATE NODE TABLE Entity(id STRING, labels STRING, name STRING, latin STRING, aliases STRING, type STRING, country STRING, PRIMARY KEY(id))")
    c.execute("CREATE NODE TABLE Document(id STRING, labels STRING, path STRING, published STRING, PRIMARY KEY(id))")
    c.execute("CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, relation STRING, document STRING, sentence STRING, start INT64, `end` INT64, quote STRING, date STRING, date_precision STRING, stance STRING, hedged BOOLEAN)")
    c.execute("CREATE REL TABLE MentionedIn(FROM Entity TO Document, type STRING, text STRING, start INT64, `end` INT64)")
    for table, name in [("Entity", "entities"), ("Document", "documents"), ("Rel", "relations"), ("MentionedIn", "mentions")]:
        c.execute(f"COPY {table} FROM '{out / (name + '.csv')}' (header=true)")

    def rows(q):
        r, found = c.execute(q), []
        while r.has_next():
            found.append(r.get_next())
        return found

    assert rows("MATCH (e:Entity) RETURN count(*)")[0][0] == len(ents)
    assert rows("MATCH ()-[r:Rel]->() RETURN count(*)")[0][0] == evidence
    assert len(rows("MATCH (a:Entity)-[r:Rel]->(b:Entity) RETURN DISTINCT a.id, r.relation, b.id")) == len(rels)
    assert rows("MATCH ()-[m:MentionedIn]->() RETURN count(*)")[0][0] == sum(len(e["gb:mention"]) for e in ents)
    kz = {(r[0], r[1]) for r in rows("MATCH (a:Entity)-[r:Rel]-(b:Entity) WHERE a.id = 'https://graphbuild.dev/entity/person/donald-tusk' RETURN DISTINCT b.id, r.relation")}
    ours = {(n["entity"], n["relation"]) for n in json.loads(run("query", "neighbors", "Tusk", "--json", "--in", samples_graph).stdout)["neighbors"]}
    assert kz == ours
    assert "MERGE (n:Entity:Person" in (out / "import.cypher").read_text(encoding="utf-8")


def test_rdflib_and_oxigraph_read_turtle_with_nothing_lost(samples_graph, tmp_path):
    import rdflib
    (ents, rels, evidence), path, store = rdf_export(samples_graph, "turtle", tmp_path)
    g = rdflib.Graph()
    g.parse(str(path), format="turtle")
    gb = rdflib.Namespace("https://graphbuild.dev/ns#")
    assert len(set(g.subjects(rdflib.RDF.type, gb.RelationRecord))) == len(rels)
    assert len(list(g.triples((None, gb.evidence, None)))) == evidence
    typed = {s for s, t in g.subject_objects(rdflib.RDF.type) if str(t).startswith("https://schema.org/") and str(t) != "https://schema.org/NewsArticle"}
    assert len(typed) == len(ents)
    assert len(store) == len(g)
