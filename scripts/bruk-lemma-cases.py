#!/usr/bin/env python3
"""Writes base-form test sets from BRUK's gold lemmas and tags, for `graphbuild eval-lemmas`:

    python3 scripts/bruk-lemma-cases.py adjective-names > /tmp/adjective-names.tsv
    python3 scripts/bruk-lemma-cases.py unknown-nouns > /tmp/unknown-nouns.tsv
    graphbuild eval-lemmas /tmp/adjective-names.tsv --misses

adjective-names takes every phrase in ../shared/corpora/bruk/disambig of one or two adjectives, the first
capitalised and not opening the sentence, then a singular noun, all in one oblique case
("Полтавської обласної ради"), and writes `org<TAB>phrase<TAB>nominative`. The nominative is
the gold adjective lemmas put in the noun's gender and the noun's gold lemma, each capitalised
as written. Hyphenated, apostrophed and upper-case phrases are left out: BRUK's lemmas lower-case
a hyphenated name's second part and every letter of a capitalised word, which a name keeps.

unknown-nouns takes every singular inanimate noun of eight letters or more that the Hunspell
dictionary does not know (the `hunspell` command decides), with its gold lemma capitalised as
written: compounds and loanwords, which the lemmatiser declines by their ending or their tail.

The text stays in ../shared (CC BY-NC-SA); only this script is in the project.
"""
import argparse
import glob
import html
import pathlib
import re
import shutil
import subprocess
import sys

TOKEN = re.compile(r'<token value="([^"]*)" lemma="([^"]*)" tags="([^"]*)"')
ENDINGS = {False: {"m": "ий", "f": "а", "n": "е"}, True: {"m": "ій", "f": "я", "n": "є"}}


def is_adjective(tags):
    return tags.startswith("adj") and ":pron" not in tags and ":numr" not in tags


def nominative(adjective_lemma, gender, written):
    if adjective_lemma.endswith("ий"):
        word = adjective_lemma[:-2] + ENDINGS[False][gender]
    elif adjective_lemma.endswith("ій"):
        word = adjective_lemma[:-2] + ENDINGS[True][gender]
    else:
        return None
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def phrases(sentence):
    i = 1
    while i < len(sentence):
        form, _, tags = sentence[i]
        if not (is_adjective(tags) and form[:1].isupper() and ":v_naz" not in tags):
            i += 1
            continue
        j = i
        while j < len(sentence) and is_adjective(sentence[j][2]):
            j += 1
        if j < len(sentence) and j - i <= 2 and sentence[j][2].startswith("noun"):
            noun_form, noun_lemma, noun_tags = sentence[j]
            case = re.search(r"v_[a-z]+", noun_tags)
            gender = re.search(r":([mfnp]):", noun_tags + ":")
            if case and gender and gender.group(1) != "p" and all(case.group() in sentence[k][2] for k in range(i, j)):
                words = [nominative(sentence[k][1], gender.group(1), sentence[k][0]) for k in range(i, j)]
                if noun_form[:1].isupper() and not noun_lemma[:1].isupper():
                    noun_lemma = noun_lemma[:1].upper() + noun_lemma[1:]
                text = " ".join(t[0] for t in sentence[i:j + 1])
                if None not in words and not re.search(r"[-'’]", text) and text != text.upper():
                    yield text, " ".join(words + [noun_lemma])
        i = j + 1


def unknown_nouns(files):
    lemmas = {}
    for f in files:
        for form, lemma, tags in TOKEN.findall(pathlib.Path(f).read_text(encoding="utf-8")):
            form, lemma = html.unescape(form), html.unescape(lemma)
            if (tags.startswith("noun") and ":inanim" in tags and ":p:" not in tags + ":" and ":abbr" not in tags
                    and len(form) >= 8 and form.isalpha()):
                lemmas.setdefault(form, lemma)
    if not shutil.which("hunspell"):
        sys.exit("unknown-nouns needs the hunspell command (apt-get install -y hunspell)")
    p = subprocess.run(["hunspell", "-d", "uk_UA", "-l", "-i", "utf-8"], input="\n".join(lemmas),
                       capture_output=True, text=True, check=True)
    print("# class\tform\tlemma (built by scripts/bruk-lemma-cases.py unknown-nouns from BRUK's gold lemmas)")
    for form in sorted(set(p.stdout.split())):
        lemma = lemmas[form]
        if form[:1].isupper() and not lemma[:1].isupper():
            lemma = lemma[:1].upper() + lemma[1:]
        print(f"org\t{form}\t{lemma}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=["adjective-names", "unknown-nouns"])
    ap.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parent.parent.parent / "shared"))
    args = ap.parse_args()
    files = sorted(glob.glob(str(pathlib.Path(args.shared) / "corpora" / "bruk" / "disambig" / "*.xml")))
    if not files:
        sys.exit(f"{args.shared}/corpora/bruk/disambig: no BRUK fragments there; give --shared DIR")
    if args.kind == "unknown-nouns":
        return unknown_nouns(files)
    seen = set()
    print("# class\tform\tlemma (built by scripts/bruk-lemma-cases.py adjective-names from BRUK's gold lemmas)")
    for f in files:
        text = pathlib.Path(f).read_text(encoding="utf-8")
        for body in re.findall(r"<sentence>(.*?)</sentence>", text, re.S):
            sentence = [tuple(html.unescape(x) for x in m) for m in TOKEN.findall(body)]
            for form, lemma in phrases(sentence):
                if form not in seen:
                    seen.add(form)
                    print(f"org\t{form}\t{lemma}")


if __name__ == "__main__":
    main()
