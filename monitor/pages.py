"""Fetching article pages, interleaved across hosts within per-host politeness.

:func:`fetch_pages` runs every page fetch through the same per-host scheduler as the
feed polls (:func:`monitor.scheduler.run_per_host`): a pool of workers, each taking the
most overdue page among the hosts that may take a request now. A publisher whose feed
lists fifty new articles gets its two slots and its spacing; the workers it cannot use
fetch the other hosts' pages meanwhile, so the stage takes about as long as the longest
per-host queue (``pages on that host * host_spacing``), not the sum of them.

Most overdue first: the page of the entry published longest ago (undated entries first,
they may be the oldest) goes first, so a backlog drains in order.

robots.txt is asked first, one job per origin not in the cache (the cache lives across
cycles, see :mod:`monitor.robots`), under the same limits, so the page that follows on
that host is spaced from it like any other request. A page robots.txt disallows, or that
cannot be had, comes back as the reason (a string); the caller falls back to the summary.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import httpx

from monitor.errors import FetchError
from monitor.fetch import FetchResult, fetch
from monitor.models import Entry
from monitor.robots import RobotsPolicy, origin_of
from monitor.scheduler import HostLimiter, host_of, run_per_host
from monitor.settings import Settings

log = logging.getLogger(__name__)

PAGE_WORKERS = 32
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
_OLDEST = datetime.min.replace(tzinfo=UTC)


def page_order(entries: Sequence[Entry]) -> list[int]:
    """Indices of ``entries`` most overdue first (oldest published; undated first; then as given)."""
    return sorted(range(len(entries)), key=lambda i: (entries[i].published or _OLDEST, i))


def fetch_pages(
    client: httpx.Client,
    settings: Settings,
    entries: Sequence[Entry],
    *,
    workers: int = PAGE_WORKERS,
    limiter: HostLimiter | None = None,
    on_fetched: Callable[[int, FetchResult | str], None] | None = None,
) -> list[FetchResult | str]:
    """Fetch each entry's page; a failure is returned as its reason. Results keep the
    order of ``entries``. ``on_fetched(index, result)`` is called from the fetching thread as
    each page arrives, so the caller can start extracting it while the rest are fetched."""
    if not entries:
        return []
    limiter = limiter or HostLimiter(settings.per_host, settings.host_spacing)
    robots = RobotsPolicy(client, settings) if settings.respect_robots else None
    if robots is not None:
        origins = sorted({o for e in entries if (o := origin_of(e.url)) is not None and robots.needs_fetch(o)})
        if origins:
            run_per_host(
                [(host_of(o), o) for o in origins],
                lambda origin, _left: robots.load(origin),
                lambda origin, exc: None,
                limiter=limiter,
                workers=workers,
                name="robots",
            )

    def get(entry: Entry) -> FetchResult | str:
        if robots is not None and not robots.allowed(entry.url):
            return "robots.txt disallows fetching this page"
        try:
            result = fetch(client, entry.url, settings, headers={"Accept": PAGE_ACCEPT})
        except FetchError as exc:
            log.warning("page %s not fetched: %s", entry.url, exc)
            return f"{type(exc).__name__}: {exc}"
        if result.status != 200:
            return f"HTTP {result.status}"
        return result

    def done(index: int, result: FetchResult | str) -> FetchResult | str:
        if on_fetched is not None:
            on_fetched(index, result)
        return result

    def one(index: int, _left: float | None) -> FetchResult | str:
        return done(index, get(entries[index]))

    def crashed(index: int, exc: Exception) -> FetchResult | str:
        return done(index, f"internal error: {type(exc).__name__}: {exc}")

    order = page_order(entries)
    by_rank = run_per_host([(host_of(entries[i].url), i) for i in order], one, crashed, limiter=limiter, workers=workers, name="page")
    results: list[FetchResult | str] = ["not fetched"] * len(entries)
    for rank, result in by_rank.items():
        results[order[rank]] = result
    return results
