"""The page stage: pages interleave across hosts within per-host limits; robots.txt is cached across cycles."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import pytest

from monitor.extract import Extractor
from monitor.fetch import FetchResult, make_client
from monitor.models import Entry
from monitor.pages import fetch_pages, page_order
from monitor.pipeline import analyze_page, process_entries
from monitor.robots import MAX_CACHE_SECONDS, MIN_CACHE_SECONDS, cache_lifetime
from monitor.settings import Settings
from tests.fakes.http import Handler, LocalServer, Reply

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
PAGE = b"<html><body><article><p>" + b"Some text. " * 40 + b"</p></article></body></html>"


class StartLog:
    """Request starts across several servers, in the order they arrived."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.starts: list[str] = []  # host of each request, in arrival order
        self.active: dict[str, int] = {}
        self.peak: dict[str, int] = {}

    def route(self, host: str, hold: float = 0.0) -> Handler:
        def handle(request: BaseHTTPRequestHandler) -> Reply:
            with self.lock:
                self.starts.append(host)
                self.active[host] = self.active.get(host, 0) + 1
                self.peak[host] = max(self.peak.get(host, 0), self.active[host])
            try:
                if hold:
                    time.sleep(hold)  # a slow server
                return Reply(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
            finally:
                with self.lock:
                    self.active[host] -= 1

        return handle


@pytest.fixture
def hosts() -> Iterator[list[LocalServer]]:
    servers = [LocalServer(f"127.0.0.{n}").start() for n in range(2, 8)]
    yield servers
    for srv in servers:
        srv.stop()


def entry(url: str, minutes_ago: int) -> Entry:
    return Entry(feed="f", url=url, canonical_url=url, title=url, summary="", published=NOW - timedelta(minutes=minutes_ago))


def test_a_busy_host_does_not_stall_the_others(hosts: list[LocalServer], settings: Settings) -> None:
    busy, others = hosts[0], hosts[1:]
    log = StartLog()
    s = settings.with_(allow_hosts=frozenset(srv.host for srv in hosts), per_host=2, host_spacing=0.05, respect_robots=False)
    entries = []
    for n in range(24):  # the busy host's pages are the most overdue: they are first in line
        busy.routes[f"/p/{n}"] = log.route(busy.host, hold=0.2)
        entries.append(entry(busy.url(f"/p/{n}"), minutes_ago=100 + n))
    for srv in others:
        srv.routes["/only"] = log.route(srv.host)
        entries.append(entry(srv.url("/only"), minutes_ago=5))
    with make_client(s) as client:
        results = fetch_pages(client, s, entries, workers=4)
    assert all(isinstance(r, FetchResult) and r.status == 200 for r in results)
    assert [r.url for r in results if isinstance(r, FetchResult)] == [e.url for e in entries]  # order of the input
    busy_before = [h for h in log.starts[: max(i for i, h in enumerate(log.starts) if h != busy.host) + 1] if h == busy.host]
    # every other host's page started before the busy host's queue was half done
    assert len(busy_before) < 12, log.starts
    assert log.peak[busy.host] == 2  # ... and the busy host still never had more than its two slots
    assert sorted(log.starts) == sorted([busy.host] * 24 + [srv.host for srv in others])


def test_robots_txt_is_cached_across_cycles(hosts: list[LocalServer], settings: Settings) -> None:
    srv = hosts[0]
    s = settings.with_(allow_hosts=frozenset({srv.host}))
    srv.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    srv.routes["/news/1"] = Reply(200, PAGE, {"Content-Type": "text/html"})
    srv.routes["/private/2"] = Reply(200, PAGE, {"Content-Type": "text/html"})
    for _cycle in range(2):  # two cycles, each with its own client as run_cycle has
        with make_client(s) as client:
            first, second = fetch_pages(client, s, [entry(srv.url("/news/1"), 1), entry(srv.url("/private/2"), 1)])
        assert isinstance(first, FetchResult)
        assert second == "robots.txt disallows fetching this page"
    assert srv.hits("/robots.txt") == 1
    assert srv.hits("/private/2") == 0 and srv.hits("/news/1") == 2


def test_robots_lifetime_follows_the_server_within_bounds() -> None:
    assert cache_lifetime({"cache-control": "public, max-age=3600"}) == 3600
    assert cache_lifetime({"cache-control": "max-age=5"}) == MIN_CACHE_SECONDS
    assert cache_lifetime({"cache-control": "max-age=9999999"}) == MAX_CACHE_SECONDS
    assert cache_lifetime({"cache-control": "no-store"}) == MIN_CACHE_SECONDS


def test_pages_go_most_overdue_first() -> None:
    entries = [entry("https://a.example/1", 5), entry("https://a.example/2", 50), Entry("f", "https://a.example/3", "", "", "", None)]
    assert page_order(entries) == [2, 1, 0]


def test_pages_are_extracted_while_a_slow_host_is_still_answering(hosts: list[LocalServer], settings: Settings) -> None:
    fast, slow = hosts[0], hosts[1]
    order: list[str] = []
    extracting = threading.Event()

    def slow_page(request: BaseHTTPRequestHandler) -> Reply:
        extracting.wait(30)  # answers only once a page has gone to extraction (or after 30 s without overlap)
        order.append("slow page served")
        return Reply(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})

    class Recording(Extractor):
        def extract_many(self, pages):  # type: ignore[no-untyped-def]
            order.extend(f"extract {page[1]}" for page in pages)
            extracting.set()
            return super().extract_many(pages)

    fast.routes["/p/1"] = lambda request: Reply(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
    slow.routes["/p/2"] = slow_page
    s = settings.with_(allow_hosts=frozenset({fast.host, slow.host}), respect_robots=False, host_spacing=0.0)
    entries = [entry(fast.url("/p/1"), 5), entry(slow.url("/p/2"), 4)]
    with make_client(s) as client, Recording(processes=1, worker=analyze_page) as extractor:
        docs, from_page = process_entries(s, entries, "c1", client=client, extractor=extractor)
    assert order == [f"extract {fast.url('/p/1')}", "slow page served", f"extract {slow.url('/p/2')}"]
    assert from_page == 2 and [d["url"] for d in docs] == [fast.url("/p/1"), slow.url("/p/2")]
