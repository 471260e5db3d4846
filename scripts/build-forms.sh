#!/usr/bin/env bash
# Builds data/forms.bin, the precomputed dictionary knowledge of the 200,000 most frequent
# Ukrainian words (wordfreq), unless it is there and current. A speed-up only: tagging gives
# the same without it. Run after the build; takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/graphbuild}
$bin build-forms --check && exit 0
python3 -m pip install --quiet --no-deps wordfreq==3.1.1 msgpack==1.2.4
list=$(mktemp)
trap 'rm -f "$list"' EXIT
python3 scripts/build-forms.py 200000 > "$list"
$bin build-forms "$list"
