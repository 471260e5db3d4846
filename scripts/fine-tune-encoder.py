#!/usr/bin/env python3
"""Fine-tunes the encoder (multilingual-e5-small, the 4-bit file scripts/fetch-encoder.sh keeps)
as a name tagger on NER-UK, with JAX on the CPU, and scores it on a held-out fold.

    python3 -m venv .venv-train && .venv-train/bin/pip install jax==0.10.2 jaxlib==0.10.2 optax==0.2.8 numpy
    .venv-train/bin/python scripts/fine-tune-encoder.py ../shared/ner-uk/v1.0/train \
        --extra ../shared/ner-uk/v2.0/train/ng --fold 0 --out /tmp/tuned.npz

The folds are graphbuild eval-ner's (documents sorted by path, document i in fold i % K), so the
score compares with `graphbuild eval-ner DIR --folds K`'s line for the same fold. The weights are
dequantised to Float32 (the same arithmetic graphbuild's encoder does); the lower --frozen layers
run once over the corpus and are kept, the layers above and a linear head over BIO labels are
trained (AdamW, warm-up then linear decay, dropout 0.1 on the last states). Words are the
tokens of `\\w+(?:[-'’ʼ]\\w+)*|[^\\w\\s]`, each cut into pieces on its own with the metaspace in
front; a word's label is read from its first piece. Deterministic for a machine: fixed seeds.
"""
import argparse, glob, os, re, struct, sys, time, math, random
import numpy as np
TYPES = ["PERS", "ORG", "LOC", "MISC"]
MAP = {"PERS": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "ART": "MISC", "DOC": "MISC"}
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in "BI"]
Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


def read_model(path):
    b = open(path, "rb").read()
    o = 0
    def take(fmt):
        nonlocal o
        v = struct.unpack_from("<" + fmt, b, o); o += struct.calcsize("<" + fmt); return v
    assert b[:4] == b"E5S1"; o = 8
    H, NL, NH, FF, VOC, MAXP, TVS = take("7i"); eps, = take("f"); qk, = take("i")
    npieces, bos, eos, pad, unk = take("5i"); bloblen, = take("Q")
    offs = np.frombuffer(b, "<u4", npieces + 1, o); o += 4 * (npieces + 1)
    scores = np.frombuffer(b, "<f4", npieces, o); o += 4 * npieces
    blob = b[o:o + bloblen]; o += bloblen
    nnorm, nbytes = take("iI"); p = o; norm = {}
    for _ in range(nnorm):
        cp, cnt = struct.unpack_from("<IB", b, p); p += 5
        norm[cp] = list(struct.unpack_from(f"<{cnt}I", b, p)); p += 4 * cnt
    o += nbytes
    ndir, = take("i"); tensors = {}
    for _ in range(ndir):
        nl, = take("H"); name = b[o:o + nl].decode(); o += nl
        dt = b[o]; o += 1; n, off, nb = take("IQQ")
        if dt == 0:
            tensors[name] = np.frombuffer(b, "<f4", n, off).copy()
        else:
            blk = np.frombuffer(b, Q4, n // 32, off)
            q = blk["qs"]
            lo = (q & 0x0F).astype(np.int8) - 8; hi = (q >> 4).astype(np.int8) - 8
            w = np.concatenate([lo, hi], axis=1).astype(np.float32) * blk["d"].astype(np.float32)[:, None]
            tensors[name] = w.reshape(-1)
    pieces = {blob[offs[i]:offs[i + 1]].decode("utf-8", "replace"): i for i in range(npieces)}
    return dict(H=H, NL=NL, NH=NH, FF=FF, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk,
                scores=scores, pieces=pieces, norm=norm, tensors=tensors, maxp=MAXP)


class Tok:
    def __init__(self, m):
        self.p = m["pieces"]; self.s = m["scores"]; self.norm = m["norm"]; self.unk = m["unk"]
        self.unks = float(self.s.min()) - 10; self.longest = max(len(k) for k in self.p)
        self.cache = {}

    def word(self, w):
        if w in self.cache: return self.cache[w]
        cps = []
        for ch in w:
            cps.extend(chr(c) for c in self.norm.get(ord(ch), [ord(ch)]))
        t = "\u2581" + "".join(c if c != " " else "\u2581" for c in cps)
        n = len(t); best = [-1e30] * (n + 1); bp = [None] * (n + 1); best[0] = 0
        for i in range(n):
            if best[i] <= -1e29: continue
            for e in range(i + 1, min(n, i + self.longest) + 1):
                idx = self.p.get(t[i:e])
                if idx is not None and idx != self.unk:
                    sc = best[i] + self.s[idx]
                    if sc > best[e]: best[e] = sc; bp[e] = (i, idx)
            us = best[i] + self.unks
            if us > best[i + 1]: best[i + 1] = us; bp[i + 1] = (i, self.unk)
        ids = []; i = n
        while i > 0:
            j, idx = bp[i]; ids.append(idx); i = j
        ids.reverse()
        self.cache[w] = ids
        return ids


WORD = re.compile(r"\w+(?:[-'’ʼ]\w+)*|[^\w\s]")


def load_docs(folder):
    docs = []
    for ann in sorted(glob.glob(os.path.join(folder, "**", "*.ann"), recursive=True)):
        txt = ann[:-4] + ".txt"
        text = open(txt, encoding="utf-8").read()
        spans = []
        for line in open(ann, encoding="utf-8"):
            if not line.startswith("T"): continue
            f = line.rstrip("\n").split("\t")
            if " " in f[1]:
                parts = f[1].split(" "); lab = parts[0]; s = int(parts[1]); e = int(parts[-1].split(";")[-1])
            else:
                lab = f[1]; s = int(f[2]); e = int(f[3].split(";")[-1])
            if lab in MAP and e > s: spans.append((s, e, MAP[lab]))
        docs.append((ann, text, spans))
    return docs


def sentences(text):
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(); base = m.start(); cur = []
        for w in WORD.finditer(line):
            cur.append((w.group(), base + w.start(), base + w.end()))
            if w.group() in ".!?" and len(cur) > 1:
                out.append(cur); cur = []
        if cur: out.append(cur)
    return out


def labels_for(sent, spans):
    labs = []
    for (_, s, e) in sent:
        lab = "O"
        for (a, b, t) in spans:
            if s >= a and e <= b:
                lab = ("B-" if s == a else "I-") + t; break
        labs.append(LABELS.index(lab))
    return labs


def encode(docs, tok, cap=254):
    items = []
    for di, (_, text, spans) in enumerate(docs):
        for sent in sentences(text):
            labs = labels_for(sent, spans)
            ids, first, wl, words = [], [], [], []
            for (w, s, e), l in zip(sent, labs):
                p = tok.word(w)
                if len(ids) + len(p) > cap:
                    items.append((di, ids, first, wl, words)); ids, first, wl, words = [], [], [], []
                first.append(len(ids) + 1); ids.extend(p); wl.append(l); words.append((s, e))
            if ids: items.append((di, ids, first, wl, words))
    return items


def batches(items, maxtok, shuffle, rng):
    order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
    groups, cur, curmax = [], [], 0
    for i in order:
        L = len(items[i][1]) + 2
        bucket = 16
        while bucket < L: bucket *= 2
        if cur and (max(curmax, bucket) * (len(cur) + 1) > maxtok or bucket != curmax):
            groups.append((cur, curmax)); cur = []
        cur.append(i); curmax = bucket
    if cur: groups.append((cur, curmax))
    if shuffle: rng.shuffle(groups)
    return groups


def make_batch(items, idxs, L, m, maxtok=2048):
    B = max(len(idxs), maxtok // L)
    ids = np.full((B, L), m["pad"], np.int32); mask = np.zeros((B, L), np.float32)
    lab = np.zeros((B, L), np.int32); lm = np.zeros((B, L), np.float32)
    for r, i in enumerate(idxs):
        _, p, first, wl, _ = items[i]
        seq = [m["bos"]] + p + [m["eos"]]
        ids[r, :len(seq)] = seq; mask[r, :len(seq)] = 1
        for f, l in zip(first, wl): lab[r, f] = l; lm[r, f] = 1
    return ids, mask, lab, lm


def note(*a):
    print(*a, file=sys.stderr, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="a brat folder (NER-UK v1.0 or v2.0 layout)")
    ap.add_argument("--extra", action="append", default=[], help="another brat folder added to the training data, not scored")
    ap.add_argument("--model", default=os.path.join(os.path.dirname(__file__), "..", "data", "encoder", "e5-small-q4.bin"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fold", type=int, default=0, help="the fold held out and scored; -1 trains on everything")
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--frozen", type=int, default=8, help="lower layers kept as they are")
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--out", help="write the trained layers and head here (.npz)")
    args = ap.parse_args()
    import jax, jax.numpy as jnp, optax
    fold, folds, epochs, lr, frozen = args.fold, args.folds, args.epochs, args.lr, args.frozen
    m = read_model(args.model); tok = Tok(m); T = m["tensors"]; H, NH = m["H"], m["NH"]; hd = H // NH
    nlayers = m["NL"]
    docs = load_docs(args.corpus); extra = [d for x in args.extra for d in load_docs(x)]
    test = [d for i, d in enumerate(docs) if i % folds == fold]
    train = [d for i, d in enumerate(docs) if i % folds != fold] + extra
    t0 = time.time(); tr = encode(train, tok); te = encode(test, tok)
    note(f"encoded {len(tr)} training and {len(te)} held-out sequences, {sum(len(x[1]) for x in tr)} pieces, {time.time()-t0:.0f} s")
    word = jnp.asarray(T["emb.word"].reshape(-1, H)); pos = jnp.asarray(T["emb.pos"].reshape(-1, H)); typ = jnp.asarray(T["emb.type"][:H])
    def st(name, shape): return jnp.stack([jnp.asarray(T[f"l{l}.{name}"].reshape(shape)) for l in range(nlayers)])
    params = dict(eln_w=jnp.asarray(T["emb.ln.w"]), eln_b=jnp.asarray(T["emb.ln.b"]),
                  L={k: st(k, s) for k, s in [("q.w", (H, H)), ("q.b", (H,)), ("k.w", (H, H)), ("k.b", (H,)), ("v.w", (H, H)), ("v.b", (H,)),
                                              ("ao.w", (H, H)), ("ao.b", (H,)), ("aln.w", (H,)), ("aln.b", (H,)), ("fi.w", (m["FF"], H)),
                                              ("fi.b", (m["FF"],)), ("fo.w", (H, m["FF"])), ("fo.b", (H,)), ("oln.w", (H,)), ("oln.b", (H,))]},
                  cw=jnp.asarray(np.random.RandomState(0).normal(0, 0.02, (H, len(LABELS))).astype(np.float32)), cb=jnp.zeros(len(LABELS)))
    eps = m["eps"]
    def ln(x, w, b):
        mu = x.mean(-1, keepdims=True); v = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) * jax.lax.rsqrt(v + eps) * w + b
    def layers(x, stack, mask):
        B, L, _ = x.shape
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        def layer(x, ly):
            q = (x @ ly["q.w"].T + ly["q.b"]).reshape(B, L, NH, hd)
            k = (x @ ly["k.w"].T + ly["k.b"]).reshape(B, L, NH, hd)
            v = (x @ ly["v.w"].T + ly["v.b"]).reshape(B, L, NH, hd)
            a = jax.nn.softmax(jnp.einsum("blhd,bmhd->bhlm", q, k) / math.sqrt(hd) + bias, -1)
            c = jnp.einsum("bhlm,bmhd->blhd", a, v).reshape(B, L, H)
            x = ln(x + c @ ly["ao.w"].T + ly["ao.b"], ly["aln.w"], ly["aln.b"])
            h = jax.nn.gelu(x @ ly["fi.w"].T + ly["fi.b"], approximate=False)
            return ln(x + h @ ly["fo.w"].T + ly["fo.b"], ly["oln.w"], ly["oln.b"]), None
        x, _ = jax.lax.scan(layer, x, stack)
        return x
    bottom = jax.tree_util.tree_map(lambda a: a[:frozen], params["L"])
    top = dict(L=jax.tree_util.tree_map(lambda a: a[frozen:], params["L"]), cw=params["cw"], cb=params["cb"])
    @jax.jit
    def base(ids, mask):
        L = ids.shape[1]
        x = ln(word[ids] + pos[:L][None] + typ, params["eln_w"], params["eln_b"])
        return layers(x, bottom, mask) if frozen else x
    def cache(items):
        out = [None] * len(items)
        for idxs, L in batches(items, 4096, False, random.Random(0)):
            ids, mask, _, _ = make_batch(items, idxs, L, m, 4096)
            x = np.asarray(base(ids, mask))
            for r, i in enumerate(idxs): out[i] = x[r, :len(items[i][1]) + 2].astype(np.float16)
        return out
    t0 = time.time(); ctr = cache(tr); cte = cache(te); note(f"ran the lower {frozen} layers once: {time.time()-t0:.0f} s")
    def xbatch(c, rows, idxs, L):
        x = np.zeros((rows, L, H), np.float32)
        for r, i in enumerate(idxs): x[r, :len(c[i])] = c[i]
        return x
    def fwd(p, x, mask, key, train):
        x = layers(x, p["L"], mask)
        if train:
            keep = jax.random.bernoulli(key, 0.9, x.shape); x = jnp.where(keep, x / 0.9, 0)
        return x @ p["cw"] + p["cb"]
    def loss(p, x, mask, lab, lm, key):
        lg = fwd(p, x, mask, key, True)
        ce = optax.softmax_cross_entropy_with_integer_labels(lg, lab)
        return (ce * lm).sum() / jnp.maximum(lm.sum(), 1)
    rng = random.Random(1)
    steps_per_epoch = len(batches(tr, 2048, False, rng))
    total = int(steps_per_epoch * epochs)
    def sched(peak): return optax.join_schedules([optax.linear_schedule(0, peak, max(1, total // 10)), optax.linear_schedule(peak, 0, total - total // 10)], [total // 10])
    headlr = args.head_lr
    opt = optax.multi_transform({"enc": optax.adamw(sched(lr), weight_decay=0.01), "head": optax.adamw(sched(headlr), weight_decay=0.01)},
                                dict(L=jax.tree_util.tree_map(lambda _: "enc", top["L"]), cw="head", cb="head"))
    params = top; state = opt.init(params)
    @jax.jit
    def step(p, s, x, mask, lab, lm, key):
        l, g = jax.value_and_grad(loss)(p, x, mask, lab, lm, key)
        u, s = opt.update(g, s, p); return optax.apply_updates(p, u), s, l
    pred = jax.jit(lambda p, x, mask: fwd(p, x, mask, None, False))
    key = jax.random.PRNGKey(0); n = 0; t0 = time.time()
    while n < total:
        for idxs, L in batches(tr, 2048, True, rng):
            if n >= total: break
            ids, mask, lab, lm = make_batch(tr, idxs, L, m)
            key, sub = jax.random.split(key)
            params, state, l = step(params, state, xbatch(ctr, mask.shape[0], idxs, L), mask, lab, lm, sub); n += 1
            if n % 50 == 0: note(f"step {n}/{total}, loss {float(l):.4f}, {time.time()-t0:.0f} s")
    # evaluate: word BIO -> spans in scalars
    gold = {(di, s, e, t) for di, (_, _, spans) in enumerate(test) for (s, e, t) in spans}
    found = set()
    for idxs, L in batches(te, 4096, False, rng):
        ids, mask, _, _ = make_batch(te, idxs, L, m, 4096)
        lg = np.asarray(pred(params, xbatch(cte, mask.shape[0], idxs, L), mask))
        for r, i in enumerate(idxs):
            di, _, first, _, words = te[i]
            labs = [LABELS[int(np.argmax(lg[r, f]))] for f in first]
            cur = None
            for j, lab in enumerate(labs + ["O"]):
                t = lab[2:] if lab != "O" else None
                if cur and (lab == "O" or lab.startswith("B-") or t != cur[2]):
                    found.add((di, cur[0], cur[1], cur[2])); cur = None
                if t and cur is None: cur = [words[j][0], words[j][1], t]
                elif t: cur[1] = words[j][1]
    tp = len(gold & found); P = tp / max(1, len(found)); R = tp / max(1, len(gold)); F = 2 * P * R / max(1e-9, P + R)
    if args.out:
        np.savez(args.out, **{jax.tree_util.keystr(path): np.asarray(v) for path, v in jax.tree_util.tree_leaves_with_path(params)})
    if not te:
        return
    print(f"fold {fold+1}: P {P:.3f} R {R:.3f} F1 {F:.3f}")
    for t in TYPES:
        g = {x for x in gold if x[3] == t}; f = {x for x in found if x[3] == t}; tp = len(g & f)
        p = tp / max(1, len(f)); r = tp / max(1, len(g)); print(t, f"{2*p*r/max(1e-9,p+r):.3f}", len(g))



if __name__ == "__main__":
    main()
