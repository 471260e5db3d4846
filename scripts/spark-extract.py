#!/usr/bin/env python3
"""Extract articles as N parts on Apache Spark, then merge the parts into one graph.

    python3 scripts/spark-extract.py ARTICLES... --parts 8 --out out/graph.jsonld
    python3 scripts/spark-extract.py /shared/news --parts 64 --master spark://head:7077 \
        --bin /shared/graphbuild/.build/release/graphbuild --out /shared/out/graph.jsonld

Each Spark task runs `graphbuild extract ARTICLES --shard i/N --out PARTS/part-i-of-N.jsonld`
with one thread; the driver then runs `graphbuild merge` on the parts. On a cluster the
articles, the binary (with its data/ folder) and the parts folder must be at the same paths on
every worker: a shared file system. The merged graph is the same for any --parts and any order
in which the tasks finish.
"""
import argparse
import os
import pathlib
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="+", help="files or folders of articles")
    ap.add_argument("--parts", type=int, default=os.cpu_count() or 2, help="Spark tasks, one part each")
    ap.add_argument("--out", default="out/graph.jsonld", help="the merged graph (merged into if it exists)")
    ap.add_argument("--parts-dir", help="where the parts go (default: OUT.parts/)")
    ap.add_argument("--master", default="local[*]", help="Spark master URL (default: local[*])")
    ap.add_argument("--bin", default=str(pathlib.Path(__file__).resolve().parents[1] / ".build" / "release" / "graphbuild"))
    args = ap.parse_args()
    if args.parts < 1:
        sys.exit("--parts must be at least 1")
    articles = [str(pathlib.Path(a).resolve()) for a in args.articles]
    parts_dir = pathlib.Path(args.parts_dir or args.out + ".parts").resolve()
    parts_dir.mkdir(parents=True, exist_ok=True)
    n, binary = args.parts, args.bin

    def extract_part(i):
        part = parts_dir / f"part-{i}-of-{n}.jsonld"
        # A part is made afresh: extract merges into an existing graph.
        for old in (part, part.with_suffix(".index")):
            old.unlink(missing_ok=True)
        p = subprocess.run([binary, "extract", *articles, "--shard", f"{i}/{n}", "--out", str(part), "--jobs", "1"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"part {i}/{n} failed ({p.returncode}): {p.stderr.strip()[-2000:]}")
        return str(part)

    from pyspark.sql import SparkSession  # imported here so that --help works without Spark

    spark = SparkSession.builder.master(args.master).appName("graphbuild extract").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        parts = spark.sparkContext.parallelize(range(1, n + 1), n).map(extract_part).collect()
    finally:
        spark.stop()
    print(f"{n} parts in {parts_dir}", file=sys.stderr)
    sys.exit(subprocess.run([binary, "merge", *sorted(parts), "--out", args.out]).returncode)


if __name__ == "__main__":
    main()
