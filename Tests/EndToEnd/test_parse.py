"""graphbuild parse: CoNLL-U in, the same tokens out with tags, lemmas and trees."""
import json

import pytest

from conftest import REPO, SHARED, run

FIXTURE = REPO / "Tests" / "Fixtures" / "syntax" / "sentences.conllu"
DEV = SHARED / "corpora" / "ud-uk-iu" / "uk_iu-ud-dev.conllu"


def word_rows(text):
    return [l.split("\t") for l in text.splitlines() if l and not l.startswith("#") and l.split("\t")[0].isdigit()]


def test_parse_keeps_tokens_and_fills_every_column():
    given = FIXTURE.read_text(encoding="utf-8")
    out = run("parse", FIXTURE).stdout
    # Comments, multiword tokens and MISC stay as given.
    assert [l for l in out.splitlines() if l.startswith("#") or "-" in l.split("\t")[0]] == \
        [l for l in given.splitlines() if l.startswith("#") or "-" in l.split("\t")[0]]
    rows, gold = word_rows(out), word_rows(given)
    assert [r[1] for r in rows] == [r[1] for r in gold]
    assert [r[9] for r in rows] == [r[9] for r in gold]
    for r in rows:
        assert r[2] != "_" and r[3] != "_" and r[4] != "_" and r[7] != "_"
    # Each sentence has one root, and every head is a word of the sentence.
    for sentence in out.strip().split("\n\n"):
        words = word_rows(sentence)
        assert sum(1 for w in words if w[6] == "0") == 1
        assert all(0 <= int(w[6]) <= len(words) for w in words)
    by_form = {r[1]: r for r in rows}
    assert by_form["підписав"][3] == "VERB" and by_form["підписав"][6] == "0"
    assert by_form["Макроном"][2] == "Макрон" and "Case=Ins" in by_form["Макроном"][5]
    assert by_form["угоду"][7] == "obj"


def test_score_compares_with_the_files_trees():
    p = run("parse", FIXTURE, "--score", "--json")
    score = json.loads(p.stdout)
    assert score["words"] == 12
    assert 0.5 <= score["uas"] <= 1 and score["las"] <= score["uas"]


def test_a_broken_file_is_named_with_its_line(tmp_path):
    bad = tmp_path / "bad.conllu"
    bad.write_text("# x\n1\tслово\tслово\n", encoding="utf-8")
    p = run("parse", bad, check=False)
    assert p.returncode == 1 and "bad.conllu" in p.stderr and "line 2" in p.stderr and p.stdout == ""


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/corpora beside the checkout")
def test_attachment_scores_on_the_ud_dev_set():
    score = json.loads(run("parse", DEV, "--score", "--json").stdout)
    assert score["words"] > 12000
    assert score["uas"] >= 0.80 and score["las"] >= 0.76


def test_an_article_is_parsed_with_its_names(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Раніше Петро Гайовий був директором ТОВ «Левада». Компанія працює в Києві.\n", encoding="utf-8")
    out = run("parse", article).stdout
    sentences = [s for s in out.strip().split("\n\n") if s]
    assert len(sentences) == 2
    assert any(l.startswith("# text = Раніше Петро Гайовий") for l in sentences[0].splitlines())
    rows = word_rows(sentences[0])
    by_form = {r[1]: r for r in rows}
    # The person's words carry their label, take a name's tag and hang together.
    assert by_form["Петро"][9] == "NER=B-PERS" and by_form["Гайовий"][9] == "NER=I-PERS"
    assert by_form["Гайовий"][3] == "PROPN" and by_form["Гайовий"][6] == by_form["Петро"][0]
    assert by_form["Левада"][9] == "NER=I-ORG"
    assert sum(1 for r in rows if r[6] == "0") == 1


def test_an_article_cannot_be_scored(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Петро Гайовий працює в Києві.\n", encoding="utf-8")
    p = run("parse", article, "--score", check=False)
    assert p.returncode != 0 and "CoNLL-U" in p.stderr
