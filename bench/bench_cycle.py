"""End-to-end offline cycle over the 181 real pages, against trafilatura alone on the same pages.

The pages of ``../shared/data/pages/html/*.html.gz`` are served on 127.0.0.1 three times
over (543 pages a cycle; each copy through its own 10 generated RSS feeds, so no copy is a
duplicate of another in its source); one ``run_cycle`` polls, fetches, extracts (in the
Extractor's worker processes), analyses, indexes into Elasticsearch, matches and dispatches
(to a silent sender). The baseline is ``trafilatura.bare_extraction`` with the settings of
``monitor.extract.extract_article`` in one process, on the already-decoded pages: what the
extraction alone costs. Prints pages/s for both and their ratio (target ≥ 1.5), plus the
baseline run in a pool with as many processes as the Extractor uses. The cycles are timed
in a warm process, after one untimed warm-up cycle (whose time is printed too).

Needs Elasticsearch (``ELASTICSEARCH_URL``, default http://127.0.0.1:9200). Each run uses a
fresh index prefix and deletes its indices afterwards. Usage::

    python bench/bench_cycle.py [--repeat 3] [--feeds 10] [--copies 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import os
import statistics
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.extract import Extractor  # noqa: E402
from monitor.models import Feed  # noqa: E402
from monitor.pipeline import run_cycle  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from monitor.store import INDICES, make_es, setup  # noqa: E402

PAGES_DIR = ROOT.parent / "shared" / "data" / "pages"


def load_pages() -> dict[str, bytes]:
    truth = json.loads((PAGES_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for page_id in sorted(truth):
        pages[page_id] = gzip.decompress((PAGES_DIR / "html" / f"{page_id}.html.gz").read_bytes())
    return pages


class PageServer:
    """Serves ``copies`` copies of every page (``/pages/<id>-<k>.html``), copy ``k`` listed in
    its own ``n_feeds`` feeds: each copy is a separate article of a separate source, as the same
    story syndicated to other outlets would be, so none is dropped as a duplicate."""

    def __init__(self, pages: dict[str, bytes], n_feeds: int, copies: int = 1) -> None:
        self.pages = pages
        ids = sorted(pages)
        self.groups = [[f"{pid}-{k}" for pid in ids[i::n_feeds]] for k in range(copies) for i in range(n_feeds)]
        anchor = datetime.now(UTC)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                body, ctype = b"not found", "text/plain"
                status = 404
                if path.startswith("/feeds/feed") and path.endswith(".xml"):
                    n = int(path[len("/feeds/feed") : -len(".xml")])
                    items = "".join(
                        f"<item><title>Page {pid[:10]} {pid[-2:]}</title><link>{outer.base}/pages/{pid}.html</link>"
                        f"<guid>{pid}</guid><pubDate>{format_datetime(anchor - timedelta(minutes=k))}</pubDate>"
                        f"<description>{escape('Summary of page ' + pid[:10])}</description></item>"
                        for k, pid in enumerate(outer.groups[n])
                    )
                    body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>f{n}</title>{items}</channel></rss>".encode()
                    status, ctype = 200, "application/rss+xml"
                elif path.startswith("/pages/") and path[len("/pages/") : -len(".html")].rsplit("-", 1)[0] in outer.pages:
                    page_id = path[len("/pages/") : -len(".html")].rsplit("-", 1)[0]
                    body, status, ctype = outer.pages[page_id], 200, "text/html; charset=utf-8"
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def feeds(self) -> list[Feed]:
        return [Feed(name=f"bench{n}", url=f"{self.base}/feeds/feed{n}.xml") for n in range(len(self.groups))]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Silent:
    def post(self, *a: Any, **k: Any) -> str:
        return "0"

    def find_posted(self, *a: Any, **k: Any) -> None:
        return None

    def update(self, *a: Any, **k: Any) -> None:
        pass


def trafilatura_one(item: tuple[str, str]) -> int:
    import trafilatura

    html, url = item
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    return 0 if doc is None else len((doc if isinstance(doc, dict) else doc.as_dict()).get("text") or "")


def bench_trafilatura(pages: dict[str, bytes]) -> float:
    items = [(html.decode("utf-8", "replace"), f"http://127.0.0.1/pages/{pid}.html") for pid, html in pages.items()]
    trafilatura_one(items[0])  # imports and lazy set-up are not per-page costs
    start = time.perf_counter()
    for item in items:
        trafilatura_one(item)
    return len(items) / (time.perf_counter() - start)


def bench_trafilatura_pool(pages: dict[str, bytes], processes: int) -> float:
    items = [(html.decode("utf-8", "replace"), f"http://127.0.0.1/pages/{pid}.html") for pid, html in pages.items()]
    ctx = mp.get_context("forkserver")
    with ctx.Pool(processes) as pool:
        pool.map(trafilatura_one, items[:processes])  # warm the workers
        start = time.perf_counter()
        pool.map(trafilatura_one, items, chunksize=1)
        return len(items) / (time.perf_counter() - start)


def bench_cycle(pages: dict[str, bytes], n_feeds: int, es_url: str, copies: int) -> tuple[float, dict[str, Any]]:
    server = PageServer(pages, n_feeds, copies)
    settings = Settings(elasticsearch_url=es_url, index_prefix=f"bench{uuid.uuid4().hex[:8]}", allow_hosts=frozenset({"127.0.0.1"}),
                        freshness_hours=24 * 365 * 30,
                        per_host=8, host_spacing=0.0)  # all pages on one local host: politeness off (see README)
    es = make_es(settings)
    setup(es, settings)
    try:
        start = time.perf_counter()
        report = run_cycle(es, settings, Silent(), feeds=server.feeds(), rules=[], min_interval=0)
        elapsed = time.perf_counter() - start
        info = {"indexed": len(report.indexed.created), "from_page": report.pages_fetched, "fallbacks": report.summary_fallbacks,
                "failed_feeds": len(report.feeds_failed), "seconds": elapsed}
        return len(report.indexed.created) / elapsed, info
    finally:
        server.stop()
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{settings.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the median is reported (default 3)")
    parser.add_argument("--feeds", type=int, default=10, help="feeds each copy of the pages is spread over (default 10)")
    parser.add_argument("--copies", type=int, default=3, help="times each page is served, each copy in its own feeds (default 3)")
    args = parser.parse_args(argv)
    es_url = os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
    pages = load_pages()
    processes = Extractor().processes
    print(f"{len(pages)} pages, {sum(map(len, pages.values())) / 1e6:.1f} MB, each served {args.copies} times; {os.cpu_count()} CPUs; "
          f"Extractor uses {processes} processes")
    # A warm-up cycle first, as the trafilatura baseline is warmed: the extraction fork server
    # loads the analyzer's knowledge once per process (about 3 s), after which every cycle of a
    # long-running `monitor run` forks its workers warm. The cold first cycle is printed too.
    _rate, info = bench_cycle(pages, args.feeds, es_url, args.copies)
    print(f"  cold first cycle (fork server starting): {info['seconds']:.2f}s")
    # Each cycle is paired with a run of the one-process baseline just before it, and the ratio
    # is taken per pair: this machine's speed drifts by a third over minutes, which would
    # otherwise decide the ratio more than the code does.
    cycles, traf, ratios = [], [], []
    for _ in range(args.repeat):
        t = bench_trafilatura(pages)
        rate, info = bench_cycle(pages, args.feeds, es_url, args.copies)
        traf.append(t)
        cycles.append(rate)
        ratios.append(rate / t)
        print(f"  trafilatura alone {t:5.1f} pages/s; cycle: {info['seconds']:.2f}s, {info['indexed']} indexed ({info['from_page']} "
              f"from the page, {info['fallbacks']} from the feed summary), {info['failed_feeds']} feeds failed: {rate:5.1f} pages/s, "
              f"ratio {rate / t:.2f}")
    # The pool baseline after the cycles: a process has one fork server, and the first pool to
    # start it decides what it preloads (the cycle's workers must fork from one with the analyzer).
    traf_pool = [bench_trafilatura_pool(pages, processes) for _ in range(args.repeat)]
    t, tp, c = statistics.median(traf), statistics.median(traf_pool), statistics.median(cycles)
    print(f"trafilatura alone, 1 process:            {t:7.1f} pages/s")
    print(f"trafilatura alone, pool of {processes}:            {tp:7.1f} pages/s")
    print(f"end-to-end cycle (poll→…→alert):         {c:7.1f} pages/s")
    print(f"ratio cycle / trafilatura (1 process):   {statistics.median(ratios):7.2f}   (median of the paired runs; target ≥ 1.5)")
    print(f"ratio cycle / trafilatura (pool of {processes}):   {c / tp:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
