import json
import os
import re
import shutil
import sqlite3
import pathlib

from conftest import REPO, run, load


def test_help_lists_the_commands():
    p = run("--help")
    for cmd in ("extract", "render", "query", "mentions", "eval-ner", "train-ner"):
        assert cmd in p.stdout


def test_bad_option_exits_64():
    assert run("query", "neighbors", "X", "--hops", "0", check=False).returncode == 64


def test_extract_prints_summary_and_json(tmp_path):
    out = tmp_path / "g.jsonld"
    p = run("extract", REPO / "data" / "samples", "--out", out, "--json")
    summary = json.loads(p.stdout)
    assert summary["documents"] == 4 and summary["entities"] > 10 and summary["relations"] > 5
    p = run("extract", REPO / "data" / "samples" / "01_sanctions.txt", "--out", out)
    assert "documents" in p.stderr and "relations" in p.stderr and p.stdout == ""


def test_reextracting_does_not_duplicate(tmp_path):
    out = tmp_path / "g.jsonld"
    run("extract", REPO / "data" / "samples", "--out", out)
    first = load(out)
    run("extract", REPO / "data" / "samples", "--out", out)
    second = load(out)
    assert len(first["@graph"]) == len(second["@graph"])
    assert sorted(n["@id"] for n in first["@graph"]) == sorted(n["@id"] for n in second["@graph"])


def test_missing_path_and_empty_folder(tmp_path):
    p = run("extract", tmp_path / "nope", "--out", tmp_path / "g.jsonld", check=False)
    assert p.returncode == 1 and "nope" in p.stderr and "no such file" in p.stderr
    (tmp_path / "empty").mkdir()
    p = run("extract", tmp_path / "empty", "--out", tmp_path / "g.jsonld", check=False)
    assert p.returncode == 1 and "no .txt or .md files" in p.stderr
    assert not (tmp_path / "g.jsonld").exists()


def test_binary_file_is_skipped_and_others_processed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "photo.txt").write_bytes(bytes([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]))
    (tmp_path / "in" / "news.txt").write_text("Президент Франції Емманюель Макрон прибув до Києва.", encoding="utf-8")
    (tmp_path / "in" / "old.txt").write_bytes("Канцлер Німеччини Олаф Шольц прибув до Варшави.".encode("cp1251"))
    p = run("extract", tmp_path / "in", "--out", tmp_path / "g.jsonld")
    assert "photo.txt" in p.stderr and "binary" in p.stderr
    names = {n["schema:name"][0]["@value"] for n in load(tmp_path / "g.jsonld")["@graph"] if "schema:name" in n}
    assert "Емманюель Макрон" in names and "Олаф Шольц" in names


def test_invalid_existing_graph_is_never_overwritten(tmp_path):
    out = tmp_path / "g.jsonld"
    out.write_text('{"not": "ours"}')
    p = run("extract", REPO / "data" / "samples", "--out", out, check=False)
    assert p.returncode == 1 and "left untouched" in p.stderr
    assert out.read_text() == '{"not": "ours"}'


def test_mentions_json_offsets_are_code_points(tmp_path):
    f = tmp_path / "a.txt"
    text = "😀 Президент Франції Емманюель Макрон зустрівся з Олафом Шольцом у Берліні."
    f.write_text(text, encoding="utf-8")
    rows = [json.loads(l) for l in run("mentions", f, "--json").stdout.splitlines()]
    assert rows, "no mentions"
    for r in rows:
        assert set(r) >= {"file", "start", "end", "text", "type", "lemma", "entity"}
        assert text[r["start"]:r["end"]] == r["text"]
    by_text = {r["text"]: r for r in rows}
    assert by_text["Олафом Шольцом"]["lemma"] == "Олаф Шольц" and by_text["Олафом Шольцом"]["type"] == "Person"
    assert by_text["Франції"]["type"] == "Country" and by_text["Франції"]["lemma"] == "Франція"


def test_queries(samples_graph):
    p = run("query", "neighbors", "Tusk", "--in", samples_graph)
    assert "Польща" in p.stdout and "leaderOf" in p.stdout
    j = json.loads(run("query", "neighbors", "Туска", "--json", "--in", samples_graph).stdout)
    assert any(n["relation"] == "leaderOf" and n["name"] == "Польща" for n in j["neighbors"])
    assert all(n["evidence"][0]["sentence"] for n in j["neighbors"])
    p = run("query", "path", "Tusk", "Zelenskyi", "--in", samples_graph)
    assert "negotiatesWith" in p.stdout
    p = run("query", "show", "Barnier", "--in", samples_graph)
    assert "Мішель Барньє" in p.stdout and "appointedBy" in p.stdout
    p = run("query", "show", "Nobody Atall", "--in", samples_graph, check=False)
    assert p.returncode == 1 and "no such entity" in p.stderr and "did you mean" in p.stderr


def test_render_connected_only_leaves_out_isolated_entities(samples_graph, tmp_path):
    full, connected = tmp_path / "all.dot", tmp_path / "connected.dot"
    run("render", "--dot", "--in", samples_graph, "--out", full)
    run("render", "--dot", "--connected-only", "--in", samples_graph, "--out", connected)

    def node_ids(path):
        return set(re.findall(r'\bid="(https://graphbuild\.dev/entity/[^"]+)"', path.read_text(encoding="utf-8")))

    kept, drawn = node_ids(connected), node_ids(full)
    linked = set()
    for node in load(samples_graph)["@graph"]:
        if node.get("@type") == "gb:RelationRecord":
            linked.update(node[k]["@id"] for k in ("gb:subject", "gb:object") if isinstance(node.get(k), dict))
    assert kept and kept < drawn
    assert linked and kept <= linked


def test_missing_word_lists_say_how_to_build_them(tmp_path):
    import shutil
    import subprocess
    from conftest import BIN
    data = tmp_path / "data"
    data.mkdir()
    for name in ("gazetteer.json", "relations.json", "ner-uk.model"):
        shutil.copy(REPO / "data" / name, data / name)
    article = tmp_path / "a.txt"
    article.write_text("Президент Франції Емманюель Макрон прибув до Варшави.", encoding="utf-8")
    p = subprocess.run([BIN, "mentions", article], capture_output=True, text=True, env={**os.environ, "GRAPHBUILD_DATA": str(data)})
    assert p.returncode == 1
    assert "build-word-lists.sh" in p.stderr


def test_every_help_ends_with_an_example():
    for args in ([], ["extract"], ["render"], ["query"], ["query", "neighbors"], ["query", "path"], ["query", "show"],
                 ["mentions"], ["eval-ner"], ["eval-lemmas"], ["eval-lookup"], ["train-ner"], ["build-forms"]):
        p = run(*args, "--help")
        tail = p.stdout.rstrip().split("\n")
        assert tail[-2] == "EXAMPLE:" and tail[-1].strip().startswith("graphbuild " + (args[0] if args else "")), args


def test_any_number_of_jobs_gives_the_same_graph_and_mentions(tmp_path):
    folder = REPO / "Tests" / "Fixtures" / "relations"
    graphs, mentions = [], []
    for jobs in (1, 2):
        out = tmp_path / f"g{jobs}.jsonld"
        run("extract", folder, "--out", out, "--jobs", jobs)
        graphs.append(out.read_bytes())
        mentions.append(run("mentions", folder, "--jobs", jobs).stdout)
    assert len(graphs[0]) > 10_000 and graphs[0] == graphs[1]
    assert mentions[0].count("\n") > 100 and mentions[0] == mentions[1]
    assert run("extract", folder, "--out", tmp_path / "g0.jsonld", "--jobs", "0", check=False).returncode == 64
    assert not (tmp_path / "g0.jsonld").exists()


QUESTIONS = [
    ["neighbors", "Tusk", "--json"],
    ["neighbors", "Макрона", "--hops", "2", "--json"],
    ["neighbors", "Європейський Союз", "--relation", "imposedSanctionsOn", "--json"],
    ["show", "Barnier", "--json"],
    ["path", "Макрон", "Туск", "--json"],
    ["neighbors", "Makrn"],
]


def test_the_index_answers_as_the_graph_does(samples_graph, tmp_path):
    """extract writes graph.index, an SQLite file; queries read it and answer exactly as the
    graph read whole does (a missing index makes the query read the graph and write it again)."""
    graph = tmp_path / "graph.jsonld"
    shutil.copy(samples_graph, graph)
    index = samples_graph.with_suffix(".index")
    assert index.exists()
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM entity").fetchone()[0] == len(
            [n for n in load(samples_graph)["@graph"] if str(n.get("@id", "")).startswith("https://graphbuild.dev/entity/")])
    for question in QUESTIONS:
        (tmp_path / "graph.index").unlink(missing_ok=True)
        whole = run("query", *question, "--in", graph)
        assert (tmp_path / "graph.index").exists()
        indexed = run("query", *question, "--in", graph)
        assert indexed.stdout == whole.stdout and indexed.stdout.strip(), question


def test_a_graph_changed_by_another_program_is_not_answered_from_its_old_index(samples_graph, tmp_path):
    graph = tmp_path / "graph.jsonld"
    shutil.copy(samples_graph, graph)
    shutil.copy(samples_graph.with_suffix(".index"), tmp_path / "graph.index")
    assert run("query", "neighbors", "Tusk", "--in", graph).returncode == 0
    doc = load(graph)
    doc["@graph"] = [n for n in doc["@graph"] if "Туск" not in json.dumps(n, ensure_ascii=False)]
    graph.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    p = run("query", "neighbors", "Дональд Туск", "--in", graph, check=False)
    assert "Туск" not in p.stdout
