#!/usr/bin/env python3
"""Times one question, an entity's neighbours by its name, asked three ways of the same graph,
each as a whole process, as a user would run it:

    graphbuild query neighbors NAME --in GRAPH      (reads graph.index beside the graph)
    rdflib: parse GRAPH (JSON-LD), then SPARQL
    Oxigraph: open a store on disk made from GRAPH once before, then SPARQL

    python3 scripts/bench-rdf.py out/graph.jsonld Tusk [--binary .build/release/graphbuild] [--runs 5]

The SPARQL asks for the exact name only (`schema:name`), with no inflected form, spelling or
typo, so it does less than graphbuild's lookup. Prints one line a way: median wall seconds and
the number of neighbours found; `--json` prints them as JSON. Needs rdflib and pyoxigraph
(scripts/test.sh installs the pinned versions).
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

QUERY = """PREFIX gb: <https://graphbuild.dev/ns#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?o WHERE {
  ?e schema:name ?n . FILTER(STR(?n) = %s)
  { ?r gb:subject ?e ; gb:object ?o } UNION { ?r gb:object ?e ; gb:subject ?o }
}"""

RDFLIB = """
import sys, rdflib
g = rdflib.Graph(); g.parse(sys.argv[1], format="json-ld")
print(len(list(g.query(sys.argv[2]))))
"""

OXIGRAPH = """
import sys, pyoxigraph
store = pyoxigraph.Store.read_only(sys.argv[1])
print(len(list(store.query(sys.argv[2]))))
"""


def timed(cmd, runs, cwd=None):
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=cwd).stdout
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph")
    ap.add_argument("name")
    ap.add_argument("--binary", default=".build/release/graphbuild")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    graph = os.path.abspath(args.graph)
    query = QUERY % json.dumps(args.name, ensure_ascii=False)
    results = {}

    # graphbuild: one run first writes the index if it is missing or stale.
    cmd = [os.path.abspath(args.binary), "query", "neighbors", args.name, "--in", graph, "--json"]
    subprocess.run(cmd, capture_output=True, check=False)
    secs, out = timed(cmd, args.runs)
    found = json.loads(out) if out.strip() else {}
    results["graphbuild"] = {"seconds": secs, "neighbours": len(found.get("neighbors", found.get("entities", [])))}

    secs, out = timed([sys.executable, "-c", RDFLIB, graph, query], max(1, min(args.runs, 3)))
    results["rdflib"] = {"seconds": secs, "neighbours": int(out)}

    import pyoxigraph
    with tempfile.TemporaryDirectory() as store_dir:
        t = time.perf_counter()
        store = pyoxigraph.Store(store_dir)
        store.bulk_load(path=graph, format=pyoxigraph.RdfFormat.JSON_LD)
        store.flush()
        del store
        results["oxigraph load (once)"] = {"seconds": time.perf_counter() - t}
        secs, out = timed([sys.executable, "-c", OXIGRAPH, store_dir, query], args.runs)
        results["oxigraph"] = {"seconds": secs, "neighbours": int(out)}

    if args.json:
        print(json.dumps(results, indent=2))
        return
    for way, r in results.items():
        print(f"{way}\t{r['seconds']:.3f} s" + (f"\t{r['neighbours']} neighbours" if "neighbours" in r else ""))


if __name__ == "__main__":
    main()
