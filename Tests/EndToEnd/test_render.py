"""The SVG drawn through libgvc holds a labelled node for every entity, and a browser shows it."""
import html
import re
import subprocess

from PIL import Image

from conftest import load, run


def entity_names(graph):
    return [n["schema:name"][0]["@value"] for n in load(graph)["@graph"]
            if "schema:name" in n and n["@type"] not in ("schema:NewsArticle", "schema:Event")]


def test_svg_has_a_labelled_node_for_every_entity(samples_graph, tmp_path):
    svg = tmp_path / "g.svg"
    p = run("render", "--svg", "--in", samples_graph, "--out", svg)
    assert "engine dot" in p.stderr
    text = html.unescape(svg.read_text(encoding="utf-8"))
    labels = set(re.findall(r"<text[^>]*>([^<]*)</text>", text))
    for name in entity_names(samples_graph):
        assert name in labels, name
    assert "Legend" in labels
    assert "<title>" in text and "xlink:title" in text  # tooltips


def test_other_formats_and_focus(samples_graph, tmp_path):
    run("render", "--png", "--in", samples_graph, "--out", tmp_path / "g.png")
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"
    run("render", "--pdf", "--in", samples_graph, "--out", tmp_path / "g.pdf")
    assert (tmp_path / "g.pdf").read_bytes()[:4] == b"%PDF"
    run("render", "--dot", "--in", samples_graph, "--out", tmp_path / "g.dot")
    assert (tmp_path / "g.dot").read_text(encoding="utf-8").startswith("digraph")
    run("render", "--svg", "--focus", "Tusk", "--hops", "1", "--in", samples_graph, "--out", tmp_path / "f.svg")
    focus = html.unescape((tmp_path / "f.svg").read_text(encoding="utf-8"))
    assert "Дональд Туск" in focus and "Шольц" not in focus
    p = run("render", "--svg", "--engine", "sfdp", "--in", samples_graph, "--out", tmp_path / "s.svg")
    assert "engine sfdp" in p.stderr


def test_headless_chromium_shows_a_picture(samples_graph, tmp_path):
    svg = tmp_path / "g.svg"
    run("render", "--svg", "--in", samples_graph, "--out", svg)
    shot = tmp_path / "shot.png"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--screenshot={shot}", "--window-size=1600,1000", svg.as_uri()],
        check=True, capture_output=True, timeout=120)
    img = Image.open(shot).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 20) or []
    # Not blank: many colours, and a good share of pixels that are not the white background.
    assert len(colours) > 20
    non_white = sum(c for c, rgb in colours if rgb != (255, 255, 255))
    assert non_white > img.width * img.height * 0.02
