"""A corpus extracted in parts (extract --shard, Spark tasks) and merged, then asked through a
SPARQL server: the same graph and the same answers as one local run."""
import importlib.util
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import BIN, REPO, run

SAMPLES = REPO / "data" / "samples"
needs_spark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="needs pyspark (pinned in scripts/test.sh) and a Java runtime")
needs_oxigraph = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="needs the oxigraph server (PyPI oxigraph)")


def one_run(tmp_path):
    out = tmp_path / "one.jsonld"
    run("extract", SAMPLES, "--out", out)
    return out


def test_shards_merge_into_the_graph_of_one_run_in_any_order(tmp_path):
    parts = []
    for i in (1, 2, 3):
        part = tmp_path / f"part{i}.jsonld"
        run("extract", SAMPLES, "--shard", f"{i}/3", "--out", part)
        parts.append(part)
    # Five parts of four articles: one part holds none and is still written.
    empty = tmp_path / "empty.jsonld"
    p = run("extract", SAMPLES, "--shard", "5/5", "--out", empty)
    assert "none of the 4 files" in p.stderr and empty.exists()
    one = one_run(tmp_path)
    for name, order in (("a", parts + [empty]), ("b", [parts[2], empty, parts[0], parts[1]])):
        merged = tmp_path / f"merged-{name}.jsonld"
        run("merge", *order, "--out", merged)
        assert merged.read_bytes() == one.read_bytes()


def test_a_bad_shard_or_part_is_refused_and_nothing_is_written(tmp_path):
    for bad in ("0/3", "4/3", "3"):
        p = run("extract", SAMPLES, "--shard", bad, "--out", tmp_path / "x.jsonld", check=False)
        assert p.returncode != 0 and "shard" in p.stderr and not (tmp_path / "x.jsonld").exists()
    good = one_run(tmp_path)
    broken = tmp_path / "broken.jsonld"
    broken.write_text('{"@graph": [', encoding="utf-8")
    out = tmp_path / "merged.jsonld"
    out.write_bytes(good.read_bytes())
    p = run("merge", good, broken, "--out", out, check=False)
    assert p.returncode == 1 and "broken.jsonld" in p.stderr
    assert out.read_bytes() == good.read_bytes()


@needs_spark
def test_spark_tasks_make_the_parts_and_the_merge_is_one_runs_graph(tmp_path):
    out = tmp_path / "spark.jsonld"
    p = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "spark-extract.py"), str(SAMPLES), "--parts", "3",
         "--master", "local[2]", "--out", str(out), "--bin", BIN],
        capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    assert len(list((tmp_path / "spark.jsonld.parts").glob("part-*-of-3.jsonld"))) == 3
    assert out.read_bytes() == one_run(tmp_path).read_bytes()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def sparql_server(tmp_path):
    """An Oxigraph server on loopback, in memory; stopped after the test."""
    port = free_port()
    server = subprocess.Popen(["oxigraph", "serve", "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@needs_oxigraph
def test_queries_through_sparql_answer_as_the_local_graph(tmp_path, sparql_server):
    graph = one_run(tmp_path)
    put = urllib.request.Request(sparql_server + "/store?default", data=graph.read_bytes(), method="PUT",
                                 headers={"Content-Type": "application/ld+json"})
    assert urllib.request.urlopen(put, timeout=30).status in (200, 201, 204)
    endpoint = sparql_server + "/query"
    questions = [
        ["neighbors", "Tusk"], ["neighbors", "Туска", "--hops", "2"], ["neighbors", "Польща", "--relation", "leaderOf"],
        ["neighbors", "Лукашенко", "--hops", "99"], ["show", "Євросоюз"], ["show", "tusk"], ["path", "Tusk", "Makron"],
        ["path", "Лукашенко", "Туск"], ["neighbors", "Zelnskiy"],
    ]
    for q in questions:
        for form in ([], ["--json"]):
            local = run("query", *q, *form, "--in", graph, check=False)
            remote = run("query", *q, *form, "--endpoint", endpoint, check=False)
            assert (remote.returncode, remote.stdout, remote.stderr) == (local.returncode, local.stdout, local.stderr), q + form
    assert "relations" in run("query", "show", "Tusk", "--endpoint", endpoint).stdout


def test_an_endpoint_that_is_not_there_is_named(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/query"
    p = run("query", "neighbors", "Tusk", "--endpoint", url, check=False)
    assert p.returncode == 1 and url in p.stderr and "SPARQL server" in p.stderr
    p = run("query", "neighbors", "Tusk", "--endpoint", "file:///etc/passwd", check=False)
    assert p.returncode != 0 and "http" in p.stderr
