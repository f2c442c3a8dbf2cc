"""Throughput of monitor.analyze.analyze_article on one core.

Runs the detector over the labelled articles' titles and texts, repeated to about 2000
articles, and prints articles per second. Usage::

    python bench/bench_analyze.py [--n 2000] [--path ../shared/data/articles/labelled.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.analyze import analyze_article  # noqa: E402
from monitor.gazetteer import load_gazetteer  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "data" / "articles" / "labelled.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of articles to analyse (default 2000)")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="labelled JSON Lines file")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        print("no articles", file=sys.stderr)
        return 1
    load_gazetteer()  # loading the gazetteer once is not part of the per-article cost
    items = [(rows[i % len(rows)].get("title"), rows[i % len(rows)].get("text") or "", rows[i % len(rows)].get("published"))
             for i in range(args.n)]
    chars = sum(len(t) for _, t, _ in items)
    start = time.perf_counter()
    for title, text, published in items:
        analyze_article(title, text, published)
    elapsed = time.perf_counter() - start
    print(f"{args.n} articles ({chars / args.n:.0f} chars on average) in {elapsed:.2f} s: "
          f"{args.n / elapsed:.0f} articles/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
