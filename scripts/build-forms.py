#!/usr/bin/env python3
"""Prints the most frequent Ukrainian word forms, one per line, for `graphbuild build-forms`.

Source: wordfreq's "large" Ukrainian list (wordfreq 3.1.1, data CC BY-SA 4.0: Wikipedia,
subtitles, news, web text), read from the package's data file so that wordfreq's own imports
are not needed. The list is lower-case with ' for the apostrophe; each word is printed as listed
and capitalised (names, sentence starts), short ones also in capitals (abbreviations: МНС,
ДПІ), and with the apostrophes news uses (’ and ʼ).

    pip install wordfreq==3.1.1 msgpack && python3 scripts/build-forms.py 200000 > forms.txt
"""
import gzip
import importlib.util
import os
import sys

import msgpack

APOSTROPHES = ["'", "\u2019", "\u02bc"]


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    spec = importlib.util.find_spec("wordfreq")
    if spec is None:
        sys.exit("build-forms.py: wordfreq is not installed: pip install wordfreq==3.1.1")
    path = os.path.join(os.path.dirname(spec.origin), "data", "large_uk.msgpack.gz")
    with gzip.open(path) as f:
        bands = msgpack.load(f, raw=False)
    # bands[0] is the header; then words by frequency band, most frequent first.
    words = [w for band in bands[1:] for w in band if w.isalpha() or "'" in w][:limit]
    out = sys.stdout
    for w in words:
        for a in APOSTROPHES if "'" in w else ["'"]:
            form = w.replace("'", a)
            out.write(form + "\n")
            out.write(form[:1].upper() + form[1:] + "\n")
            if len(form) <= 5:
                out.write(form.upper() + "\n")


if __name__ == "__main__":
    main()
