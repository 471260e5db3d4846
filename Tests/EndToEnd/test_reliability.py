"""The binary under hostile conditions: concurrent writers, other JSON-LD forms of the graph,
links and modes, odd files and encodings, huge inputs, control characters, a full disk."""
import fcntl
import json
import os
import pathlib
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from conftest import BIN, REPO, SHARED, run, load

SAMPLES = REPO / "data" / "samples"
ARTICLE = "Прем'єр-міністр Польщі Дональд Туск провів переговори з президентом України Володимиром Зеленським у Варшаві.\n"
OTHER = "Канцлер Німеччини Фрідріх Мерц зустрівся з президентом Франції Емманюелем Макроном у Берліні.\n"


def documents(path):
    return sorted(n["gb:path"] for n in load(path)["@graph"] if n.get("@type") == "schema:NewsArticle")


def folder(tmp_path, name, files):
    d = tmp_path / name
    d.mkdir()
    for fname, text in files.items():
        (d / fname).write_text(text, encoding="utf-8")
    return d


# Data loss: concurrent writers.

def test_two_extracts_at_once_keep_both_runs(tmp_path):
    a = folder(tmp_path, "a", {f"a{i}.txt": ARTICLE.replace("Варшаві", f"Варшаві {i}") for i in range(6)})
    b = folder(tmp_path, "b", {f"b{i}.txt": OTHER.replace("Берліні", f"Берліні {i}") for i in range(6)})
    out = tmp_path / "g.jsonld"
    procs = [subprocess.Popen([BIN, "extract", d, "--out", out], stderr=subprocess.PIPE, text=True) for d in (a, b)]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    assert len(documents(out)) == 12


def test_a_held_lock_makes_no_wait_stop_and_a_waiter_merge(tmp_path):
    out = tmp_path / "g.jsonld"
    run("extract", SAMPLES / "01_sanctions.txt", "--out", out)
    art = folder(tmp_path, "new", {"n.txt": ARTICLE})
    with open(str(out) + ".lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        p = run("extract", art, "--out", out, "--no-wait", check=False)
        assert p.returncode == 1 and "being written by another run" in p.stderr
        waiter = subprocess.Popen([BIN, "extract", art, "--out", out], stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        assert waiter.poll() is None, "the second writer must wait for the lock"
        fcntl.flock(lock, fcntl.LOCK_UN)
    assert waiter.wait(timeout=120) == 0
    assert "waiting" in waiter.stderr.read()
    assert len(documents(out)) == 2
    # Readers take no lock.
    with open(str(out) + ".lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        assert run("query", "show", "Tusk", "--in", out).returncode == 0


# Data loss: other JSON-LD forms of the same graph.

@pytest.mark.parametrize("form", ["expanded", "compacted", "flattened", "other-prefixes"])
def test_other_jsonld_forms_read_as_the_same_graph(tmp_path, samples_graph, form):
    from pyld import jsonld
    g = load(samples_graph)
    ctx = g["@context"]
    if form == "expanded":
        doc = jsonld.expand(g)
    elif form == "compacted":
        doc = jsonld.compact(jsonld.expand(g), ctx)
    elif form == "flattened":
        doc = jsonld.flatten(g, ctx)
    else:
        doc = jsonld.compact(jsonld.expand(g), {"s": "http://schema.org/", "g": ctx["gb"], "label": {"@id": "https://schema.org/name"}})
    art = folder(tmp_path, "new", {"n.txt": OTHER})
    ours, theirs = tmp_path / "ours.jsonld", tmp_path / "theirs.jsonld"
    shutil.copy(samples_graph, ours)
    theirs.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    run("extract", art, "--out", ours)
    run("extract", art, "--out", theirs)
    assert ours.read_bytes() == theirs.read_bytes()


def test_bare_types_single_values_and_plain_strings(tmp_path, samples_graph):
    g = load(samples_graph)
    for n in g["@graph"]:
        n["@type"] = [n["@type"]]
        if "schema:name" in n:
            n["schema:name"] = [v if v["@language"] != "uk" else v["@value"] for v in n["schema:name"]]
        for k, v in list(n.items()):
            if isinstance(v, list) and len(v) == 1 and k != "schema:name":
                n[k] = v[0]
    variant = tmp_path / "v.jsonld"
    variant.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    a = json.loads(run("query", "show", "Tusk", "--json", "--in", samples_graph).stdout)
    b = json.loads(run("query", "show", "Tusk", "--json", "--in", variant).stdout)
    assert a == b


def test_duplicate_ids_are_merged_and_disagreeing_ones_refused(tmp_path, samples_graph):
    g = load(samples_graph)
    person = next(n for n in g["@graph"] if n.get("@type") == "schema:Person" and len(n["gb:mention"]) >= 1)
    first = dict(person, **{"gb:mention": person["gb:mention"][:1]})
    rest = {"@id": person["@id"], "@type": person["@type"], "gb:mention": person["gb:mention"][1:]}
    g["@graph"] = [n for n in g["@graph"] if n is not person] + [first, rest]
    split = tmp_path / "split.jsonld"
    split.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    name = person["schema:name"][1]["@value"]
    a = json.loads(run("query", "show", name, "--json", "--in", samples_graph).stdout)
    b = json.loads(run("query", "show", name, "--json", "--in", split).stdout)
    assert a["mentions"] == b["mentions"]
    rest["@type"] = "schema:Organization"
    split.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    before = split.read_bytes()
    p = run("extract", SAMPLES / "01_sanctions.txt", "--out", split, check=False)
    assert p.returncode == 1 and "several classes" in p.stderr
    assert split.read_bytes() == before


def test_unknown_property_is_refused_not_dropped(tmp_path, samples_graph):
    g = load(samples_graph)
    g["@graph"][-1]["schema:description"] = "added by hand"
    g["@graph"][0]["schema:comment"] = "a note the user keeps"
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    p = run("extract", SAMPLES / "01_sanctions.txt", "--out", path, check=False)
    assert p.returncode == 1 and "would not write back" in p.stderr and "left untouched" in p.stderr
    assert path.read_bytes() == before


def test_an_entity_of_class_event_survives_a_second_extract(tmp_path):
    art = folder(tmp_path, "a", {"f.txt": "У Львові відбувся фестиваль «Ніч у Львові», який відвідав мер Львова Андрій Садовий.\n"})
    out = tmp_path / "g.jsonld"
    run("extract", art, "--out", out)
    g = load(out)
    g["@graph"].append({
        "@id": "https://graphbuild.dev/entity/thing/festival", "@type": "schema:Event",
        "schema:name": [{"@value": "Фестиваль", "@language": "uk"}, {"@value": "Festyval", "@language": "uk-Latn"}],
        "gb:mention": [],
    })
    out.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    run("extract", folder(tmp_path, "b", {"n.txt": OTHER}), "--out", out)
    assert any(n["@id"] == "https://graphbuild.dev/entity/thing/festival" for n in load(out)["@graph"])


def extract_stepwise_and_together(tmp_path, parts):
    """Extracts each folder in turn onto one graph, and all of them in one run onto another."""
    stepwise, together = tmp_path / "s.jsonld", tmp_path / "t.jsonld"
    for part in parts:
        run("extract", part, "--out", stepwise)
    run("extract", *parts, "--out", together)
    return stepwise, together


def test_extracting_a_then_b_equals_a_and_b_together(tmp_path):
    a = folder(tmp_path, "a", {
        "a.txt": "У Києві відкрився І Конгрес ветеранів спорту України. Конгрес триватиме два дні.\n",
        "c.txt": "Суддя Попова розглянула справу. Рішення Попової оскаржили. З Поповою погодилися колеги.\n",
        "e.txt": "Громадська організація «Наші гроші» оприлюднила звіт. Завод у Миколаєві зупинив роботу.\n",
    })
    b = folder(tmp_path, "b", {
        "b.txt": "Конгрес ухвалив закон про допомогу Україні. Спікер Палати представників Майк Джонсон підписав його.\n",
        "d.txt": "Колишній мер міста Олександр Попов очолив раду директорів. Попов відмовився від коментарів.\n",
        "f.txt": "Мер Миколаєва Олександр Сєнкевич заявив про ремонт. Представники «Наших грошей» це підтвердили.\n",
    })
    stepwise, together = extract_stepwise_and_together(tmp_path, [a, b])
    assert stepwise.read_bytes() == together.read_bytes()


@pytest.mark.skipif(not (SHARED / "ner-uk").exists(), reason="needs ../shared/ner-uk beside the checkout")
def test_news_extracted_in_two_runs_gives_the_graph_of_one_run(tmp_path):
    news = sorted((SHARED / "ner-uk/v2.0/train/ng").glob("*.txt"))
    halves = [folder(tmp_path, "first", {}), folder(tmp_path, "second", {})]
    for i, f in enumerate(news):
        (halves[i * 2 // len(news)] / f.name).symlink_to(f)
    stepwise, together = extract_stepwise_and_together(tmp_path, halves)
    assert len(load(together)["@graph"]) > 3000
    assert stepwise.read_bytes() == together.read_bytes()


# Data loss: render --out, links and modes.

def test_render_refuses_to_overwrite_what_is_not_a_picture(tmp_path, samples_graph):
    graph = tmp_path / "g.jsonld"
    shutil.copy(samples_graph, graph)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for target in (graph, article):
        before = target.read_bytes()
        p = run("render", "--svg", "--in", graph, "--out", target, check=False)
        assert p.returncode == 1 and "--force" in p.stderr and "left untouched" in p.stderr
        assert target.read_bytes() == before
    svg = tmp_path / "g.svg"
    run("render", "--svg", "--in", graph, "--out", svg)
    run("render", "--svg", "--in", graph, "--out", svg)  # an earlier picture is replaced
    p = run("render", "--dot", "--in", graph, "--out", svg, check=False)
    assert p.returncode == 1
    run("render", "--dot", "--in", graph, "--out", article, "--force")
    assert article.read_text().startswith("digraph")


def test_a_symlinked_graph_is_written_through_and_modes_are_kept(tmp_path):
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    real = real_dir / "g.jsonld"
    run("extract", SAMPLES / "01_sanctions.txt", "--out", real)
    os.chmod(real, 0o600)
    link = tmp_path / "link.jsonld"
    link.symlink_to(real)
    run("extract", folder(tmp_path, "n", {"n.txt": ARTICLE}), "--out", link)
    assert link.is_symlink() and len(documents(real)) == 2
    assert (real.stat().st_mode & 0o777) == 0o600
    os.chmod(real, 0o444)
    run("extract", folder(tmp_path, "m", {"m.txt": OTHER}), "--out", real)
    assert (real.stat().st_mode & 0o777) == 0o444 and len(documents(real)) == 3


def test_a_hard_linked_graph_is_refused_before_the_work(tmp_path):
    g = tmp_path / "g.jsonld"
    run("extract", SAMPLES / "01_sanctions.txt", "--out", g)
    os.link(g, tmp_path / "other-name.jsonld")
    before = g.read_bytes()
    p = run("extract", folder(tmp_path, "n", {"n.txt": ARTICLE}), "--out", g, check=False)
    assert p.returncode == 1 and "hard links" in p.stderr
    assert g.read_bytes() == before


# Articles not read are named.

def test_every_file_not_read_is_named(tmp_path):
    root = folder(tmp_path, "in", {"ok.txt": ARTICLE})
    (root / "loop").symlink_to(root)
    (root / "linked").symlink_to(folder(tmp_path, "elsewhere", {"far.txt": OTHER}))
    os.mkfifo(root / "pipe.txt")
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    bad = os.fsencode(str(root)) + b"/\xcf\xf0\xe8\xe2\xb3\xf2.txt"
    with open(bad, "wb") as f:
        f.write(ARTICLE.encode())
    # A path longer than the system's limit, made one folder at a time.
    fd = os.open(root, os.O_RDONLY)
    for _ in range(40):
        os.mkdir("d" * 120, dir_fd=fd)
        nfd = os.open("d" * 120, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
    with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "w") as f:
        f.write(ARTICLE)
    os.close(fd)
    linkdir = tmp_path / "given-as-link"
    linkdir.symlink_to(root)
    out = tmp_path / "g.jsonld"
    p = run("extract", linkdir, "--out", out)
    docs = documents(out)
    assert any(d.endswith("ok.txt") for d in docs) and any(d.endswith("far.txt") for d in docs)
    assert len(docs) == 2  # the loop is followed once
    for what in ("pipe.txt", "FIFO", "dangling.txt", "not UTF-8", "too long"):
        assert what in p.stderr, what


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run as another user")
def test_an_unreadable_folder_is_named():
    import tempfile
    base = pathlib.Path(tempfile.mkdtemp(prefix="graphbuild-perm-"))
    os.chmod(base, 0o777)
    root = folder(base, "in", {"ok.txt": ARTICLE})
    locked = folder(root, "locked", {"secret.txt": OTHER})
    os.chmod(locked, 0)
    out = base / "g.jsonld"

    def as_nobody():
        os.setgid(65534)
        os.setuid(65534)

    p = subprocess.run([BIN, "extract", root, "--out", out], capture_output=True, text=True, preexec_fn=as_nobody,
                       env=dict(os.environ, GRAPHBUILD_DATA=str(REPO / "data")))
    try:
        assert p.returncode == 0, p.stderr
        assert "locked" in p.stderr and "permission denied" in p.stderr
    finally:
        os.chmod(locked, 0o755)
        shutil.rmtree(base)


# Encodings.

@pytest.mark.parametrize("codec,name", [("koi8_u", "KOI8-U"), ("utf-16", "UTF-16LE"), ("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE"), ("cp1251", "Windows-1251")])
def test_legacy_and_utf16_encodings_are_decoded_and_named(tmp_path, codec, name):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_bytes((ARTICLE * 3).encode(codec))
    out = tmp_path / "g.jsonld"
    p = run("extract", d, "--out", out)
    assert name in p.stderr
    g = load(out)["@graph"]
    names = {n["schema:name"][0]["@value"] for n in g if "schema:name" in n}
    assert "Дональд Туск" in names
    assert next(n for n in g if n.get("@type") == "schema:NewsArticle")["gb:encoding"] == name


# Hangs and cost.

def test_a_large_article_extracts_in_bounded_time(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text((ARTICLE + OTHER) * 9000, encoding="utf-8")  # about 2 MB
    p = subprocess.run([BIN, "extract", big, "--out", tmp_path / "g.jsonld"], capture_output=True, text=True, timeout=240)
    assert p.returncode == 0, p.stderr


def test_mentions_streams_a_long_article_part_by_part(tmp_path):
    text = "".join(f.read_text(encoding="utf-8") + "\n" for f in sorted(SAMPLES.glob("*.txt")))
    big = tmp_path / "big.txt"
    big.write_text(text * 450, encoding="utf-8")  # about 3 MB: a batch of parts is done well before the end
    p = subprocess.Popen([BIN, "mentions", big], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = p.stdout.readline()
    assert first and p.poll() is None, "the first lines came only when the whole article was done"
    lines = [first] + p.stdout.read().splitlines()
    assert p.wait(timeout=240) == 0
    whole = big.read_text(encoding="utf-8")
    rows = [json.loads(l) for l in lines]
    assert len(rows) > 10000
    assert all(whole[r["start"]:r["end"]] == r["text"] for r in rows)
    assert len({r["start"] for r in rows}) == len(rows)


@pytest.mark.parametrize("command", [["query", "neighbors", "Tusk"], ["render", "--dot", "--focus", "Tusk"]])
def test_huge_hops_return(tmp_path, samples_graph, command):
    extra = ["--out", tmp_path / "x.dot"] if command[0] == "render" else []
    p = subprocess.run([BIN, *command, "--hops", str(2**63 - 1), "--in", samples_graph, *extra], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr


def test_very_long_names_are_answered_at_once(samples_graph):
    for q in ("Зеленський" * 1000, "x" * 10000, "Tusk " * 2000):
        p = subprocess.run([BIN, "query", "show", q, "--in", samples_graph], capture_output=True, text=True, timeout=20)
        assert p.returncode == 1 and "no such entity" in p.stderr and len(p.stderr) < 1000


# Wrong answers and injection.

def test_names_that_match_nothing_well_exit_1(samples_graph):
    for q in ("Zzzzqqq", "🙂🙂", "+++", "1 + 1", "Qwxzv Jjjkl"):
        p = run("query", "show", q, "--in", samples_graph, check=False)
        assert p.returncode == 1 and "no such entity" in p.stderr, q


def test_a_fuzzy_answer_says_it_is_a_guess(samples_graph):
    p = run("query", "show", "Tuskk", "--in", samples_graph)
    assert "Туск" in p.stdout
    p = run("query", "show", "Donald Tosk", "--in", samples_graph)
    assert "no exact match" in p.stderr and "closest" in p.stderr


HOSTILE = "Президент Польщі \x1b]0;owned\x07Анджей Дуда\x1b[2J провів переговори з прем'єр-міністром Литви Інгрідою Шимоніте.\x0b\x0c &lt;b&gt; &#x1; \uffff\n"


def test_control_characters_never_reach_terminal_store_or_svg(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "h.txt").write_text(HOSTILE * 2, encoding="utf-8")
    out = tmp_path / "g.jsonld"
    run("extract", d, "--out", out)
    stored = out.read_text(encoding="utf-8")
    assert "\\u001b" not in stored.lower() and "\x1b" not in stored and "\\u000b" not in stored.lower()
    for cmd in (["query", "show", "Шимоніте"], ["query", "neighbors", "Шимоніте"]):
        p = run(*cmd, "--in", out)
        assert "\x1b" not in p.stdout and "\x07" not in p.stdout
    svg = tmp_path / "g.svg"
    run("render", "--svg", "--in", out, "--out", svg)
    ET.parse(svg)  # well-formed XML
    text = svg.read_text(encoding="utf-8")
    assert "<b>" not in text and "&amp;lt;b&amp;gt;" in text


def test_control_characters_in_a_graph_file_are_escaped_on_output(tmp_path, samples_graph):
    g = load(samples_graph)
    tusk = next(n for n in g["@graph"] if n.get("schema:name", [{}])[0].get("@value") == "Дональд Туск")
    tusk["schema:alternateName"] = [{"@value": "Tusk\x1b[2J\x1b]0;x\x07", "@language": "uk"}]
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    p = run("query", "show", "Туск", "--in", path)
    assert "\x1b" not in p.stdout and "\\x1B[2J" in p.stdout
    svg = tmp_path / "g.svg"
    run("render", "--svg", "--in", path, "--out", svg)
    ET.parse(svg)


def test_dot_output_is_readable_by_graphviz_for_huge_strings(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    sentence = "Прем'єр-міністр Польщі Дональд Туск провів переговори з президентом України Володимиром Зеленським " + "дуже " * 6000 + "у Варшаві.\n"
    (d / "long.txt").write_text(sentence, encoding="utf-8")
    out = tmp_path / "g.jsonld"
    run("extract", d, "--out", out)
    dot = tmp_path / "g.dot"
    run("render", "--dot", "--in", out, "--out", dot)
    text = dot.read_text(encoding="utf-8")
    assert "\x00" not in text
    import re
    assert max(len(s.encode()) for s in re.findall(r'"(?:[^"\\]|\\.)*"', text)) < 16384
    run("render", "--svg", "--in", out, "--out", tmp_path / "g.svg")


# Errors a user can act on.

def test_a_full_disk_names_the_graph_and_leaves_no_temporary_file(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mnt)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        out = mnt / "g.jsonld"
        p = run("extract", SAMPLES, "--out", out, check=False)
        assert p.returncode == 1 and "disk is full" in p.stderr and str(out) in p.stderr
        assert "NSCocoaErrorDomain" not in p.stderr
        assert [f.name for f in mnt.iterdir() if f.name.endswith(".tmp")] == []
        p = run("render", "--svg", "--in", tmp_path / "none.jsonld", "--out", mnt / "g.svg", check=False)
        assert p.returncode == 1
    finally:
        subprocess.run(["umount", str(mnt)])


def test_a_killed_run_leaves_no_temporary_file_behind(tmp_path):
    out = tmp_path / "g.jsonld"
    stale = tmp_path / ".g.jsonld.999999.tmp"
    stale.write_text("partial")
    run("extract", SAMPLES / "01_sanctions.txt", "--out", out)
    assert not stale.exists()
    p = subprocess.Popen([BIN, "extract", SAMPLES, "--out", out])
    time.sleep(0.8)
    p.kill()
    p.wait()
    load(out)  # the graph is whole, old or new
    run("extract", SAMPLES / "01_sanctions.txt", "--out", out)
    assert [f.name for f in tmp_path.iterdir() if f.name.endswith(".tmp")] == []


def test_rough_edges(tmp_path, samples_graph):
    a_file = tmp_path / "file"
    a_file.write_text("x")
    p = run("extract", SAMPLES, "--out", a_file / "g.jsonld", check=False)
    assert p.returncode == 1 and "not a folder" in p.stderr
    bin_only = tmp_path / "bin"
    bin_only.mkdir()
    (bin_only / "x.txt").write_bytes(b"\x00\x01\x02")
    p = run("extract", bin_only, "--out", tmp_path / "none.jsonld", check=False)
    assert p.returncode == 1 and not (tmp_path / "none.jsonld").exists()
    p = run("mentions", bin_only, check=False)
    assert p.returncode == 1
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    p = run("extract", fifo, "--out", tmp_path / "f.jsonld", check=False)
    assert p.returncode == 1 and "FIFO" in p.stderr
    p = run("query", "neighbors", "Tusk", "--hops", "-1", "--in", samples_graph, check=False)
    assert p.returncode == 64 and "Missing value" not in p.stderr and "1 or more" in p.stderr
    p = run("query", "neighbors", "Tusk", "--relation", "UNKNOWN", "--in", samples_graph, check=False)
    assert p.returncode == 1 and "leaderOf" in p.stderr
    p = run("query", "path", "Tusk", "Tusk", "--in", samples_graph)
    assert "same entity" in p.stdout
    p = run("extract", SAMPLES, "--date", "2025-13-45", "--out", tmp_path / "d.jsonld", check=False)
    assert p.returncode == 64
    p = run("query", "show", "Tusk", "--in", tmp_path / "missing.jsonld", check=False)
    assert p.returncode == 1 and "--in" in p.stderr and "--out" not in p.stderr


# Keep it so: a short fuzz run of each reader (the README gives a long one).

FUZZ = os.environ.get("GRAPHBUILD_FUZZ", str(REPO / ".build" / "release" / "graphbuild-fuzz"))


@pytest.mark.skipif(not os.path.exists(FUZZ), reason="needs the graphbuild-fuzz binary (swift build -c release --product graphbuild-fuzz)")
@pytest.mark.parametrize("target,runs", [("text", 20000), ("graph", 5000)])
def test_a_short_fuzz_run_finds_no_crash_hang_or_bad_json(tmp_path, target, runs):
    p = subprocess.run([FUZZ, target, "--runs", str(runs), "--seed", "7", "--max-ms", "2000"], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert p.returncode == 0, p.stderr
    assert "no crash" in p.stdout
