"""Throughput of monitor.analyze.analyze_article on one core, per language.

Builds a mixed-language stream from the three labelled files (English, and the twenty
languages of ``multilingual.jsonl``), repeated to about ``--n`` articles in a shuffled
order, analyses it once with the language given (as a feed that declares its language
does) and once with the language identified, and prints articles per second overall and
per language. Usage::

    python bench/bench_analyze.py [--n 3000] [--dir ../shared/data/articles]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.analyze import analyze_article  # noqa: E402
from monitor.gazetteer import load_gazetteer  # noqa: E402
from monitor.pack_engine import _governments_in, _places_in  # noqa: E402
from monitor.packs import available_languages, load_pack  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "articles"
FILES = ("labelled.jsonl", "labelled-more.jsonl", "multilingual.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="number of articles to analyse per pass (default 3000)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of the labelled JSON Lines files")
    args = parser.parse_args(argv)
    rows = []
    for name in FILES:
        path = args.dir / name
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        print("no articles", file=sys.stderr)
        return 1
    load_gazetteer()  # loading the knowledge once is not part of the per-article cost
    for lang in available_languages():
        load_pack(lang)
    analyze_article("warm-up", "TikTok", None, None, None)
    stream = [rows[i % len(rows)] for i in range(args.n)]
    random.Random(7).shuffle(stream)
    chars = sum(len(r.get("text") or "") for r in stream)
    print(f"{args.n} articles, {len({r.get('lang', 'en') for r in stream})} languages, {chars / args.n:.0f} characters on average")
    for mode in ("declared", "identified"):
        per_lang: dict[str, list[float]] = defaultdict(list)
        start = time.perf_counter()
        for r in stream:
            declared = (r.get("lang") or "en") if mode == "declared" else None
            # the stream repeats articles: per-sentence caches must not turn repeats into free hits
            _governments_in.cache_clear()
            _places_in.cache_clear()
            t0 = time.perf_counter()
            analyze_article(r.get("title"), r.get("text") or "", r.get("published"), None, declared)
            per_lang[r.get("lang") or "en"].append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        print(f"\nlanguage {mode}: {args.n / elapsed:.0f} articles/s on one core ({elapsed:.2f} s)")
        big = sorted(per_lang, key=lambda lg: -len(per_lang[lg]))
        for lg in big:
            times = per_lang[lg]
            if len(times) < 20:
                continue
            print(f"  {lg:<4} {len(times):>5} articles  {len(times) / sum(times):>7.0f} articles/s")
        rest = [t for lg in big if len(per_lang[lg]) < 20 for t in per_lang[lg]]
        if rest:
            print(f"  rest {len(rest):>5} articles  {len(rest) / sum(rest):>7.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
