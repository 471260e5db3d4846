"""End-to-end tests of the built graphbuild binary (GRAPHBUILD_BIN, else .build/release)."""
import json
import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("GRAPHBUILD_BIN", str(REPO / ".build" / "release" / "graphbuild"))
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/seeds beside the checkout")


def run(*args, check=True, cwd=None):
    p = subprocess.run([BIN, *map(str, args)], capture_output=True, text=True, cwd=cwd or REPO)
    if check and p.returncode != 0:
        raise AssertionError(f"graphbuild {' '.join(map(str, args))} failed ({p.returncode}): {p.stderr}")
    return p


@pytest.fixture(scope="package")
def samples_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples") / "graph.jsonld"
    run("extract", REPO / "data" / "samples", "--out", out)
    return out


@pytest.fixture(scope="package")
def seeds_graph(tmp_path_factory):
    if not SEEDS.exists():
        pytest.skip("needs ../shared/seeds beside the checkout")
    out = tmp_path_factory.mktemp("seeds") / "graph.jsonld"
    run("extract", SEEDS, "--out", out)
    return out


def load(path):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
