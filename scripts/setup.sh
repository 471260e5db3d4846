#!/usr/bin/env bash
# Installs what is missing (Debian packages), builds graphbuild, and runs it on the project's
# own sample articles: extract -> render -> query. Idempotent; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh libgraphviz-dev libhunspell-dev libsqlite3-dev hunspell hunspell-uk pkg-config
scripts/build-word-lists.sh
scripts/fetch-encoder.sh || echo "encoder not fetched (see above): its tests are skipped" >&2

swift build -c release --product graphbuild
scripts/build-forms.sh || echo "form table not built (see above): tagging gives the same, more slowly" >&2
bin=.build/release/graphbuild
rm -f out/samples.jsonld
$bin extract data/samples --out out/samples.jsonld
$bin render --svg --in out/samples.jsonld --out out/samples.svg
$bin query neighbors Tusk --in out/samples.jsonld
echo "graph: out/samples.jsonld  picture: out/samples.svg  binary: $bin"
