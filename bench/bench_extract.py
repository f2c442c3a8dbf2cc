"""Extraction quality and speed on the 181 real pages with gold text.

Compares, in one process on the already-downloaded pages:

* ``trafilatura`` as the baseline calls it (``bare_extraction`` comparing its own result
  with its fallback extractors on every page);
* :func:`monitor.extract.extract_article`: trafilatura's fast pass first, the comparison only
  when the fast pass finds fewer than ``FAST_ENOUGH`` characters;
* the same with ``light_metadata``, as the pipeline calls it when the feed entry already gives
  the title and date (the page's meta tags only, no search of the page for a date or byline).

Quality is token overlap with the gold article body (``ground-truth.json``): mean precision
and recall over pages, plus the pages where nothing was extracted. Usage::

    python bench/bench_extract.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.extract import decode_html, extract_article  # noqa: E402

PAGES_DIR = ROOT.parent / "shared" / "data" / "pages"
_WORD = re.compile(r"\w+")


def load() -> list[tuple[str, str, str]]:
    """(html, url, gold text) of every page."""
    truth = json.loads((PAGES_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (decode_html(gzip.decompress((PAGES_DIR / "html" / f"{key}.html.gz").read_bytes())), truth[key]["url"], truth[key]["articleBody"])
        for key in sorted(truth)
    ]


def overlap(gold: str, got: str) -> tuple[float, float]:
    """Token precision and recall of ``got`` against ``gold``."""
    g, e = Counter(_WORD.findall(gold.lower())), Counter(_WORD.findall(got.lower()))
    common = sum((g & e).values())
    return common / max(1, sum(e.values())), common / max(1, sum(g.values()))


def baseline(html: str, url: str) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    if doc is None:
        return ""
    return str((doc if isinstance(doc, dict) else doc.as_dict()).get("text") or "")


def ours(html: str, url: str) -> str:
    return extract_article(html, url).text or ""


def ours_light(html: str, url: str) -> str:
    return extract_article(html, url, light_metadata=True).text or ""


def measure(fn: Callable[[str, str], str], pages: list[tuple[str, str, str]], repeat: int) -> tuple[float, float, float, int]:
    fn(pages[0][0], pages[0][1])  # imports and lazy set-up are not per-page costs
    rates, texts = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        texts = [fn(html, url) for html, url, _ in pages]
        rates.append(len(pages) / (time.perf_counter() - start))
    scores = [overlap(gold, text) for (_, _, gold), text in zip(pages, texts, strict=True)]
    return (statistics.median(rates), statistics.mean(p for p, _ in scores), statistics.mean(r for _, r in scores),
            sum(1 for t in texts if not t.strip()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median rate is reported (default 3)")
    args = parser.parse_args(argv)
    pages = load()
    print(f"{len(pages)} pages")
    print(f"{'extraction':38} {'pages/s':>8} {'precision':>10} {'recall':>7} {'empty':>6}")
    runs = (
        ("trafilatura, comparing every page", baseline),
        ("monitor: fast pass, compare if short", ours),
        ("monitor, light (feed has title+date)", ours_light),
    )
    for name, fn in runs:
        rate, p, r, empty = measure(fn, pages, args.repeat)
        print(f"{name:38} {rate:8.1f} {p:10.3f} {r:7.3f} {empty:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
