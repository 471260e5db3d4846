#!/usr/bin/env python3
"""Writes data/names.tsv: first names, surnames, patronymics and abbreviations of VESUM.

Source: the Ukrainian dictionary of pymorphy3 (PyPI `pymorphy3-dicts-uk`, compiled from the
dict_uk / VESUM project of lang-uk). One line per lexeme:

    lemma<TAB>classes<TAB>form form form ...

classes: N first name, S surname, P patronymic, A abbreviation. Lines are sorted, so running the
script again on the same dictionary version gives the same file.

    pip install pymorphy3 pymorphy3-dicts-uk && python3 scripts/build-lexicon.py
"""
import collections
import importlib.metadata
import os
import sys

import pymorphy3

CLASSES = {"Name": "N", "Surn": "S", "Patr": "P", "Abbr": "A"}


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "names.tsv")
    analyzer = pymorphy3.MorphAnalyzer(lang="uk")
    lexemes = collections.defaultdict(lambda: (set(), set()))
    for word, tag, normal, para, _ in analyzer.dictionary.iter_known_words():
        classes = {letter for grammeme, letter in CLASSES.items() if grammeme in tag.grammemes}
        if not classes:
            continue
        entry = lexemes[(normal, para)]
        entry[0].update(classes)
        entry[1].add(word)
    merged = collections.defaultdict(lambda: (set(), set()))
    for (lemma, _), (classes, forms) in lexemes.items():
        merged[lemma][0].update(classes)
        merged[lemma][1].update(forms)
    lines = [
        f"{lemma}\t{''.join(sorted(classes))}\t{' '.join(sorted(forms))}"
        for lemma, (classes, forms) in sorted(merged.items())
    ]
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("# VESUM names via pymorphy3-dicts-uk " + importlib.metadata.version("pymorphy3-dicts-uk") + "; built by scripts/build-lexicon.py\n")
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, out)
    print(f"{out}: {len(lines)} lexemes", file=sys.stderr)


if __name__ == "__main__":
    main()
