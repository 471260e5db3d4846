#!/usr/bin/env bash
# Runs the whole test suite: Swift unit tests, then end-to-end tests of the built binary
# (pyld reads the JSON-LD, headless Chromium draws the SVG, NetworkX, Oxigraph,
# rdflib and followthemoney load the exports; Spark makes a graph in parts and an Oxigraph server
# answers queries on it). Installs what they need.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh libgraphviz-dev libhunspell-dev libsqlite3-dev hunspell-uk pkg-config chromium chromium-driver fonts-dejavu-core openjdk-17-jre-headless
python3 -c "import pyld, PIL, pytest" 2>/dev/null || python3 -m pip install --quiet pyld pillow pytest
# The consumers the exports are loaded into, and the engines of the sharded path (Spark, an
# Oxigraph SPARQL server), pinned.
{ python3 -c "import networkx, rdflib, pyoxigraph, followthemoney, kuzu, selenium, pyspark" 2>/dev/null && command -v oxigraph >/dev/null; } \
  || python3 -m pip install --quiet networkx==3.6.1 rdflib==7.6.0 pyoxigraph==0.5.13 followthemoney==4.11.2 kuzu==0.11.3 selenium==4.38.0 \
    pyspark==4.3.0 oxigraph==0.5.13
scripts/build-word-lists.sh
scripts/fetch-encoder.sh || echo "encoder not fetched (see above): its tests are skipped" >&2

swift build -c release --product graphbuild
swift build -c release --product graphbuild-fuzz
scripts/build-forms.sh || echo "form table not built (see above): tagging gives the same, more slowly" >&2
swift test
GRAPHBUILD_BIN="$PWD/.build/release/graphbuild" GRAPHBUILD_FUZZ="$PWD/.build/release/graphbuild-fuzz" python3 -m pytest -q Tests/EndToEnd
