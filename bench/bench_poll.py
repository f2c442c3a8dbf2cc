"""Benchmark: poll 1,000 feeds concurrently, twice; print the second run's wall time.

A local server (in its own process, so it does not compete with the pollers for the GIL)
serves 1,000 feeds spread over 50 loopback addresses (127.0.0.1 to 127.0.0.50, so the
per-host limits act as they would across real hosts: 20 feeds per host). 90% of the feeds
answer ``304 Not Modified`` to a conditional request with the ETag they gave; the other
10% change on every request and send a full feed each time. The first run primes the
ETags; the second run is the one a real cycle looks like, and is the one timed.

Loopback addresses are refused by the fetcher unless allow-listed; the benchmark builds
its settings with ``allow_hosts`` = those 50 addresses (the equivalent of
``MONITOR_ALLOW_HOSTS=127.0.0.1,127.0.0.2,...``). Nothing leaves the machine.

Run::

    /tmp/venv/bin/python bench/bench_poll.py [--feeds 1000] [--hosts 50] [--workers 48]

Prints figures only; no assertions (target: second run within 20 s on 2 cores).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.fetch import make_client
from monitor.models import Feed
from monitor.polling import PollPolicy, poll_feeds
from monitor.settings import Settings

PORT_BASE = 0  # each host gets a free port of its own


def _feed_body(n: int, version: int) -> bytes:
    items = "".join(
        f"<item><title>Feed {n} story {i} v{version}</title><link>https://news{n % 97}.example.com/{n}/{version}/{i}</link>"
        f"<guid>https://news{n % 97}.example.com/{n}/{version}/{i}</guid>"
        f"<description>Story {i} of feed {n}, about a regulator and TikTok.</description>"
        f"<pubDate>Mon, 01 Jan 2024 00:{i:02d}:00 GMT</pubDate></item>"
        for i in range(10)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>{items}</channel></rss>'.encode()


def _serve(hosts: list[str], ready: Any, ports: Any) -> None:
    counter = [0]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            n = int(self.path.rsplit("/", 1)[-1])
            changing = n % 10 == 0
            with lock:
                counter[0] += 1
                version = counter[0] if changing else 1
            etag = f'"{n}-{version}"'
            if not changing and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = _feed_body(n, version)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    servers = []
    for i, host in enumerate(hosts):
        httpd = ThreadingHTTPServer((host, PORT_BASE), Handler)
        httpd.daemon_threads = True
        ports[i] = httpd.server_address[1]
        servers.append(httpd)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
    ready.set()
    threading.Event().wait()  # until terminated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--workers", type=int, default=48)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--spacing", type=float, default=0.05, help="seconds between request starts on one host")
    args = parser.parse_args()

    hosts = [f"127.0.0.{i + 1}" for i in range(args.hosts)]
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    ports = ctx.Array("i", args.hosts)
    server = ctx.Process(target=_serve, args=(hosts, ready, ports), daemon=True)
    server.start()
    if not ready.wait(30):
        raise SystemExit("server did not start")
    try:
        settings = Settings(allow_hosts=frozenset(hosts), fetch_timeout=10.0)
        feeds = [
            Feed(name=f"feed-{n}", url=f"http://{hosts[n % args.hosts]}:{ports[n % args.hosts]}/feed/{n}", interval_minutes=10)
            for n in range(args.feeds)
        ]
        policy = PollPolicy(workers=args.workers, per_host=args.per_host, host_spacing=args.spacing)
        now = datetime.now(UTC)
        with make_client(settings, max_connections=max(64, args.workers)) as client:
            started = time.monotonic()
            first = poll_feeds(client, feeds, {}, settings, now, policy=policy)
            first_time = time.monotonic() - started
            states = {r.feed.url: r.state for r in first}
            started = time.monotonic()
            second = poll_feeds(client, feeds, states, settings, now + timedelta(minutes=10), policy=policy)
            second_time = time.monotonic() - started
    finally:
        server.terminate()
        server.join(5)

    def summary(results: list[Any]) -> str:
        kinds = Counter("error" if r.error else "304" if r.not_modified else "200" for r in results)
        entries = sum(len(r.entries) for r in results)
        return f"{len(results)} polled: {kinds['200']} full, {kinds['304']} not modified, {kinds['error']} errors, {entries} entries"

    print(f"machine: {os.cpu_count()} CPUs; {args.feeds} feeds on {args.hosts} hosts ({args.feeds // args.hosts} per host)")
    print(f"policy: {args.workers} workers, {args.per_host} per host, {args.spacing:g}s spacing")
    print(f"allow_hosts: the {args.hosts} loopback addresses (MONITOR_ALLOW_HOSTS=127.0.0.1,...,127.0.0.{args.hosts})")
    print(f"run 1 (priming ETags): {first_time:6.2f} s  {summary(first)}")
    print(f"run 2 (conditional):   {second_time:6.2f} s  {summary(second)}  -> {len(second) / second_time:.0f} feeds/s")
    errors = [r.error for r in [*first, *second] if r.error]
    if errors:
        print("first errors:", *errors[:5], sep="\n  ")


if __name__ == "__main__":
    main()
