"""Benchmark: two full cycles over 1,000 feeds on 50 hosts at the default politeness.

A local server (in its own process) serves 1,000 feeds and their article pages from 50
loopback addresses (127.0.0.1 to 127.0.0.50, each on a port of its own), so per-host
politeness acts as it would across 50 real publishers: 20 feeds and, in the first cycle,
20 new pages per host. Each feed lists one article, on the feed's own host.

* cycle 1: every feed is new, every page is new: 1,000 polls, 1,000 pages fetched,
  extracted, analyzed and indexed into a real Elasticsearch (target <= 90 s);
* cycle 2, ten minutes later: 90% of the feeds answer ``304 Not Modified`` to their ETag,
  the other 100 (two on each host) list one new article each (target <= 20 s).

Politeness is the default (2 requests in flight and 0.5 s between request starts per
host), robots.txt is honoured (the server has none: 404, everything allowed). The
loopback addresses are allow-listed, as ``MONITOR_ALLOW_HOSTS`` would. Nothing leaves
the machine; the indices are deleted at the end.

Run::

    .venv/bin/python bench/bench_pages.py [--feeds 1000] [--hosts 50]

Prints figures only; no assertions.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing as mp
import os
import random
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.alerts import ConsoleSender
from monitor.models import Feed
from monitor.pipeline import run_cycle
from monitor.settings import Settings
from monitor.store import INDICES, make_es, setup

WORDS = [
    "council", "regulator", "minister", "parliament", "budget", "court", "hearing", "company", "platform", "users", "video",
    "data", "privacy", "market", "investment", "school", "teachers", "rain", "harvest", "festival", "museum", "club", "season",
    "election", "committee", "report", "agency", "review", "policy", "city", "region", "business", "workers", "transport",
    "energy", "prices", "bank", "growth", "exports", "trade", "talks", "summit",
]  # fmt: skip


def _page(n: int, version: int) -> bytes:
    rng = random.Random(n * 1000 + version)
    paragraphs = []
    for _ in range(6):
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 22)))
        paragraphs.append(f"<p>{sentence.capitalize()}. {' '.join(rng.choice(WORDS) for _ in range(15))}.</p>")
    title = f"Story {n}.{version}: the {rng.choice(WORDS)} and the {rng.choice(WORDS)}"
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{''.join(paragraphs)}</article>"
        "<footer>Copyright the bench</footer></body></html>"
    ).encode()


def _feed(n: int, version: int, base: str) -> bytes:
    link = f"{base}/page/{n}/{version}"
    item = (
        f"<item><title>Story {n}.{version}</title><link>{link}</link><guid>{link}</guid>"
        f"<description>Story {n} version {version}.</description><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>"
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>{item}</channel></rss>'.encode()


def _serve(hosts: list[str], ready: Any, ports: Any, cycle: Any) -> None:
    n_hosts = len(hosts)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = self.path.split("?")[0].strip("/").split("/")
            if parts[0] == "feed":
                n = int(parts[1])
                # 10% of the feeds (two on every host) get a new article each cycle
                version = cycle.value if (n // n_hosts) % 10 == 0 else 1
                etag = f'"{n}-{version}"'
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", "application/rss+xml", etag)
                    return
                base = f"http://{self.headers.get('Host')}"
                self._send(200, _feed(n, version, base), "application/rss+xml; charset=utf-8", etag)
            elif parts[0] == "page":
                self._send(200, _page(int(parts[1]), int(parts[2])), "text/html; charset=utf-8")
            else:
                self._send(404, b"not found", "text/plain")

    for i, host in enumerate(hosts):
        httpd = ThreadingHTTPServer((host, 0), Handler)
        httpd.daemon_threads = True
        httpd.request_queue_size = 128
        ports[i] = httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
    ready.set()
    threading.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--es", default=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200"))
    args = parser.parse_args()

    hosts = [f"127.0.0.{i + 1}" for i in range(args.hosts)]
    ctx = mp.get_context("spawn")
    ready, ports, cycle = ctx.Event(), ctx.Array("i", args.hosts), ctx.Value("i", 1)
    server = ctx.Process(target=_serve, args=(hosts, ready, ports, cycle), daemon=True)
    server.start()
    if not ready.wait(30):
        raise SystemExit("server did not start")
    settings = Settings(elasticsearch_url=args.es, index_prefix=f"bench-pages-{uuid.uuid4().hex[:6]}", allow_hosts=frozenset(hosts))
    es = make_es(settings)
    setup(es, settings)
    feeds = [
        Feed(name=f"feed-{n}", url=f"http://{hosts[n % args.hosts]}:{ports[n % args.hosts]}/feed/{n}", interval_minutes=10)
        for n in range(args.feeds)
    ]
    print(f"machine: {os.cpu_count()} CPUs; {args.feeds} feeds on {args.hosts} hosts ({args.feeds // args.hosts} per host)")
    print(f"politeness: {settings.per_host} per host, {settings.host_spacing:g}s spacing; robots.txt honoured: {settings.respect_robots}")
    now = datetime.now(UTC)
    try:
        for label, when, version in (("cycle 1 (all new)", now, 1), ("cycle 2 (90% 304)", now + timedelta(minutes=11), 2)):
            cycle.value = version
            stages: list[tuple[str, float]] = []
            started = time.monotonic()
            report = run_cycle(
                es, settings, ConsoleSender(lambda line: None), feeds=feeds, rules=[], now=when,
                on_stage=lambda name, marks=stages: marks.append((name, time.monotonic())),
            )  # fmt: skip
            total = time.monotonic() - started
            marks = [*stages, ("end", time.monotonic())]
            split = ", ".join(f"{a} {b1 - a1:.1f}s" for (a, a1), (_b, b1) in itertools.pairwise(marks))
            print(f"{label}: {total:6.1f} s  ({split})")
            print(f"    feeds {report.feeds_polled} polled, {report.feeds_not_modified} not modified, {len(report.feeds_failed)} failed;"
                  f" {report.new_entries} new entries; {report.pages_fetched} pages extracted, {report.summary_fallbacks} from summary;"
                  f" index: {report.indexed.summary()}")  # fmt: skip
    finally:
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{settings.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
