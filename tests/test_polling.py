"""Concurrent polling: hostile feeds cost nobody else their turn, hosts are treated politely."""

from __future__ import annotations

import itertools
import resource
import time
from datetime import UTC, datetime, timedelta

from monitor.feeds import FeedState
from monitor.fetch import make_client
from monitor.models import Feed
from monitor.polling import HostLimiter, PollPolicy, poll_feeds
from monitor.settings import Settings
from tests.fakes import hostile
from tests.fakes.http import Handler, LocalServer, Reply

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_hostile_feeds_do_not_cost_the_others_their_turn(server: LocalServer, settings: Settings) -> None:
    run = settings.with_(fetch_timeout=2.0, max_bytes=3 * hostile.MB)
    hostile_routes: dict[str, Reply | Handler] = {
        "/h/drip": hostile.drip(interval=0.2),
        "/h/drip-headers": hostile.drip(interval=0.2, headers_too=True),
        "/h/bomb": hostile.gzip_bomb(1024),
        "/h/laughs": hostile.feed_reply(hostile.billion_laughs()),
        "/h/quadratic": hostile.feed_reply(hostile.quadratic_blowup()),
        "/h/metadata": hostile.redirect("http://169.254.169.254/latest/meta-data/"),
        "/h/big": hostile.feed_reply(hostile.big_feed(10_000)),
        "/h/broken": Reply(500, b"oops"),
    }
    server.routes.update(hostile_routes)
    hostile.redirect_loop(server, "/h/loop")
    normal = []
    for n in range(30):
        path = f"/ok/{n}"
        server.routes[path] = hostile.feed_reply(hostile.small_feed(f"f{n}", "https://news.example.com"))
        host = "127.0.0.1" if n % 2 else "localhost"
        normal.append(Feed(name=f"ok-{n}", url=f"http://{host}:{server.port}{path}"))
    bad = [Feed(name=p, url=server.url(p)) for p in [*hostile_routes, "/h/loop/a"]]
    feeds = [*bad[:4], *normal, *bad[4:]]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    started = time.monotonic()
    with make_client(run) as client:
        results = poll_feeds(client, feeds, {}, run, NOW, policy=PollPolicy(workers=8, per_host=2, host_spacing=0))
    elapsed = time.monotonic() - started
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) * 1024
    by_name = {r.feed.name: r for r in results}
    assert len(results) == len(feeds)
    for feed in normal:
        r = by_name[feed.name]
        assert r.error is None and len(r.entries) == 3, (feed.name, r.error)
    errors = {name: by_name[name].error or "" for name in [*hostile_routes, "/h/loop/a"]}
    assert errors["/h/drip"].startswith("DeadlineError")
    assert errors["/h/drip-headers"].startswith("DeadlineError")
    assert errors["/h/bomb"].startswith("TooLargeError")
    assert errors["/h/laughs"].startswith("FeedError: feed declares XML entities")
    assert errors["/h/quadratic"].startswith("FeedError: feed declares XML entities")
    assert errors["/h/metadata"].startswith("UnsafeURLError")
    assert errors["/h/loop/a"].startswith("FetchError") and "redirect loop" in errors["/h/loop/a"]
    assert errors["/h/broken"] == "HTTP 500"
    assert errors["/h/big"] == "" and len(by_name["/h/big"].entries) == 500
    for name in errors:
        if errors[name]:
            assert by_name[name].state.last_error == errors[name] and by_name[name].state.failures == 1
    assert elapsed < 15, elapsed  # the drips cost their 2 s deadline, in parallel with the rest
    assert rss_growth < 200 * hostile.MB, f"peak memory grew by {rss_growth / hostile.MB:.0f} MiB"


def test_per_host_concurrency(server: LocalServer, settings: Settings) -> None:
    counters = {"127.0.0.1": hostile.Counter(), "localhost": hostile.Counter()}
    feeds = []
    for host, counter in counters.items():
        for n in range(6):
            path = f"/{host}/{n}"
            server.routes[path] = counter.wrap(hostile.feed_reply(hostile.small_feed(f"{host}{n}", "https://e.example")), hold=0.2)
            feeds.append(Feed(name=f"{host}-{n}", url=f"http://{host}:{server.port}{path}"))
    with make_client(settings) as client:
        results = poll_feeds(client, feeds, {}, settings, NOW, policy=PollPolicy(workers=16, per_host=2, host_spacing=0))
    assert all(r.error is None for r in results) and len(results) == 12
    assert [c.peak for c in counters.values()] == [2, 2]


def test_host_spacing(server: LocalServer, settings: Settings) -> None:
    counter = hostile.Counter()
    feeds = []
    for n in range(5):
        server.routes[f"/s/{n}"] = counter.wrap(hostile.feed_reply(hostile.small_feed(f"s{n}", "https://e.example")))
        feeds.append(Feed(name=f"s{n}", url=server.url(f"/s/{n}")))
    with make_client(settings) as client:
        poll_feeds(client, feeds, {}, settings, NOW, policy=PollPolicy(workers=5, per_host=5, host_spacing=0.2))
    starts = sorted(counter.starts)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(starts) == 5 and min(gaps) > 0.15, gaps


def test_most_overdue_first_within_a_budget(server: LocalServer, settings: Settings) -> None:
    feeds, states = [], {}
    for n in range(6):
        path = f"/b/{n}"
        server.routes[path] = hostile.Counter().wrap(hostile.feed_reply(hostile.small_feed(f"b{n}", "https://e.example")), hold=0.5)
        feed = Feed(name=f"b{n}", url=server.url(path))
        feeds.append(feed)
        # b5 is the most overdue, b0 the least.
        states[feed.url] = FeedState(url=feed.url, last_poll=NOW.isoformat(), next_poll=(NOW - timedelta(minutes=n)).isoformat())
    started = time.monotonic()
    with make_client(settings) as client:
        results = poll_feeds(client, feeds, states, settings, NOW, policy=PollPolicy(workers=4, per_host=1, host_spacing=0, budget=2.2))
    polled = {r.feed.name for r in results}
    assert time.monotonic() - started < 4
    assert 1 <= len(polled) < 6
    assert polled == {f"b{n}" for n in range(5, 5 - len(polled), -1)}, polled  # the most overdue ones


def test_only_enabled_due_feeds_are_polled(server: LocalServer, settings: Settings) -> None:
    server.routes["/f"] = hostile.feed_reply(hostile.small_feed("f", "https://e.example"))
    url = server.url("/f")
    feeds = [
        Feed("due", url + "?a"),
        Feed("later", url + "?b"),
        Feed("disabled", url + "?c"),
        Feed("off", url + "?d", enabled=False),
    ]
    states = {
        url + "?b": FeedState(url + "?b", next_poll=(NOW + timedelta(minutes=5)).isoformat()),
        url + "?c": FeedState(url + "?c", disabled_reason="disabled after 10 consecutive failures"),
    }
    with make_client(settings) as client:
        results = poll_feeds(client, feeds, states, settings, NOW)
    assert [r.feed.name for r in results] == ["due"]
    assert server.hits("/f") == 1


def test_host_limiter_slot_blocks_and_times_out() -> None:
    limiter = HostLimiter(per_host=1, spacing=0)
    with limiter.slot("a.example"), limiter.slot("b.example"):
        started = time.monotonic()
        try:
            with limiter.slot("a.example", timeout=0.2):
                raise AssertionError("second slot on a full host")
        except TimeoutError:
            pass
        assert 0.15 < time.monotonic() - started < 2
    with limiter.slot("a.example", timeout=0.2):
        pass
