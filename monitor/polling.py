"""Concurrent polling of many feeds, polite to every host and fair to every feed.

:func:`poll_feeds` polls every enabled, due feed with a pool of worker threads sharing one
HTTP client. A :class:`HostLimiter` keeps at most ``per_host`` requests in flight per host
and at least ``host_spacing`` seconds between request starts on one host, so a thousand
Google News searches do not hammer one server while a thousand different hosts run at
full width.

Fairness: no feed can cost another its turn.

* Every fetch has its own total deadline (``settings.fetch_timeout``), so a hanging or
  dripping server holds one worker for at most that long, and at most ``per_host``
  workers for its host.
* Workers never wait on a host that is busy or must be spaced: they take the next feed of
  another host.
* Feeds are started most-overdue first (never polled, then oldest ``next_poll``), and when
  a ``budget`` for the whole run is set, feeds not started by then are left due, so they
  are first in line next cycle. No fetch outlives the budget: each gets
  ``min(fetch_timeout, time left)``.
* ``poll_feed`` records every failure in the feed's state; an unexpected exception in one
  feed becomes that feed's error, not the run's.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from monitor.feeds import FeedState, PollResult, is_due, poll_feed
from monitor.models import Feed
from monitor.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 32
DEFAULT_PER_HOST = 2
DEFAULT_HOST_SPACING = 0.5  # seconds between request starts on one host
MIN_TIME_TO_START = 1.0  # with a budget, a feed is not started with less time than this left


@dataclass(frozen=True)
class PollPolicy:
    """How wide and how polite a polling run is.

    ``host_overrides`` maps a host name to its own ``(per_host, host_spacing)``, e.g. more
    room for a host that serves hundreds of your feeds and says it can take it.
    """

    workers: int = DEFAULT_WORKERS
    per_host: int = DEFAULT_PER_HOST
    host_spacing: float = DEFAULT_HOST_SPACING
    budget: float | None = None
    host_overrides: Mapping[str, tuple[int, float]] = field(default_factory=dict)


def host_of(url: str) -> str:
    """The politeness key of a URL: its lower-case host name."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class HostLimiter:
    """Per-host concurrency and spacing, shared by threads.

    :meth:`slot` is the blocking form (e.g. for article page fetches); the polling
    scheduler uses :meth:`try_acquire` and :meth:`release` under :attr:`cond`, so it can
    move on to another host instead of waiting.
    """

    def __init__(
        self,
        per_host: int = DEFAULT_PER_HOST,
        spacing: float = DEFAULT_HOST_SPACING,
        overrides: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        self.per_host = max(1, per_host)
        self.spacing = max(0.0, spacing)
        self.overrides = {k.lower(): v for k, v in (overrides or {}).items()}
        self.cond = threading.Condition()
        self._active: dict[str, int] = {}
        self._last_start: dict[str, float] = {}

    def limits(self, host: str) -> tuple[int, float]:
        per_host, spacing = self.overrides.get(host, (self.per_host, self.spacing))
        return max(1, per_host), max(0.0, spacing)

    def available_in(self, host: str, now: float) -> float:
        """0.0 when a request to ``host`` may start now, else how long until spacing allows
        one (``inf`` while every slot is taken). Call with :attr:`cond` held."""
        per_host, spacing = self.limits(host)
        if self._active.get(host, 0) >= per_host:
            return math.inf
        last = self._last_start.get(host)
        if last is not None and now < last + spacing:
            return last + spacing - now
        return 0.0

    def try_acquire(self, host: str, now: float) -> float:
        """Take a slot for ``host`` if one is free now (returns 0.0), else return
        :meth:`available_in`. Call with :attr:`cond` held."""
        wait = self.available_in(host, now)
        if wait:
            return wait
        self._active[host] = self._active.get(host, 0) + 1
        self._last_start[host] = now
        return 0.0

    def release(self, host: str) -> None:
        """Give back a slot. Call with :attr:`cond` held."""
        self._active[host] = max(0, self._active.get(host, 0) - 1)
        self.cond.notify_all()

    @contextmanager
    def slot(self, host: str, timeout: float | None = None) -> Iterator[None]:
        """Wait for a slot on ``host`` (at most ``timeout`` seconds, then ``TimeoutError``)."""
        give_up = None if timeout is None else time.monotonic() + timeout
        with self.cond:
            while True:
                now = time.monotonic()
                wait = self.try_acquire(host, now)
                if wait == 0.0:
                    break
                if give_up is not None:
                    if now >= give_up:
                        raise TimeoutError(f"no free slot for {host} within {timeout}s")
                    wait = min(wait, give_up - now)
                self.cond.wait(None if math.isinf(wait) else wait)
        try:
            yield
        finally:
            with self.cond:
                self.release(host)


def _priority(feed: Feed, state: FeedState | None) -> tuple[int, str]:
    """Sort key: never polled first, then the most overdue."""
    if state is None or state.next_poll is None:
        return (0, "")
    return (1, datetime.fromisoformat(state.next_poll).astimezone(UTC).isoformat())


def poll_feeds(
    client: httpx.Client,
    feeds: Sequence[Feed],
    states: Mapping[str, FeedState | None],
    settings: Settings,
    now: datetime | None = None,
    *,
    policy: PollPolicy | None = None,
) -> list[PollResult]:
    """Poll every enabled, due feed concurrently, with per-host limits.

    ``states`` maps feed URL to its stored state (missing: never polled). Returns one
    :class:`PollResult` per feed polled, in the order of ``feeds``; feeds not due, disabled
    or not reached within ``policy.budget`` are not in it (their state is unchanged).
    The client's connection pool should have room for ``policy.workers`` connections
    (:func:`monitor.fetch.make_client` has 64).
    """
    policy = policy or PollPolicy()
    now = now or datetime.now(UTC)
    due = [(i, f) for i, f in enumerate(feeds) if f.enabled and is_due(states.get(f.url), now)]
    if not due:
        return []
    ordered = sorted(due, key=lambda pair: _priority(pair[1], states.get(pair[1].url)))
    rank = {i: r for r, (i, _f) in enumerate(ordered)}
    queues: dict[str, deque[tuple[int, Feed]]] = {}
    for i, feed in ordered:
        queues.setdefault(host_of(feed.url), deque()).append((i, feed))
    limiter = HostLimiter(policy.per_host, policy.host_spacing, policy.host_overrides)
    started = time.monotonic()
    stop_at = None if policy.budget is None else started + policy.budget
    results: dict[int, PollResult] = {}
    pending = [len(due)]

    def next_feed() -> tuple[int, Feed, str] | None:
        with limiter.cond:
            while True:
                clock = time.monotonic()
                if pending[0] == 0 or (stop_at is not None and clock > stop_at - MIN_TIME_TO_START):
                    return None
                best: tuple[int, str] | None = None
                wait = math.inf
                for host, queue in queues.items():
                    if not queue:
                        continue
                    available_in = limiter.available_in(host, clock)
                    if available_in:
                        wait = min(wait, available_in)
                        continue
                    head = rank[queue[0][0]]
                    if best is None or head < best[0]:
                        best = (head, host)
                if best is not None:
                    host = best[1]
                    acquired = limiter.try_acquire(host, clock)
                    assert acquired == 0.0
                    index, feed = queues[host].popleft()
                    pending[0] -= 1
                    return index, feed, host
                if stop_at is not None:
                    wait = min(wait, max(0.0, stop_at - MIN_TIME_TO_START - clock))
                limiter.cond.wait(None if math.isinf(wait) else wait)

    def worker() -> None:
        while True:
            picked = next_feed()
            if picked is None:
                return
            index, feed, host = picked
            feed_settings = settings
            if stop_at is not None:
                left = stop_at - time.monotonic()
                feed_settings = settings.with_(fetch_timeout=max(0.1, min(settings.fetch_timeout, left)))
            try:
                result = poll_feed(client, feed, states.get(feed.url), feed_settings, now)
            except Exception as exc:  # poll_feed records failures itself; this is a bug guard
                log.exception("feed %s: poll crashed", feed.url)
                state = states.get(feed.url) or FeedState(url=feed.url, name=feed.name)
                message = f"internal error: {type(exc).__name__}: {exc}"
                result = PollResult(feed, replace(state, last_error=message, last_poll=now.isoformat()), (), error=message)
            finally:
                with limiter.cond:
                    limiter.release(host)
            with limiter.cond:
                results[index] = result

    threads = [threading.Thread(target=worker, name=f"poll-{n}", daemon=True) for n in range(max(1, min(policy.workers, len(due))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    skipped = len(due) - len(results)
    elapsed = time.monotonic() - started
    failed = sum(1 for r in results.values() if r.error)
    log.info("polled %d feeds in %.1fs (%d failed, %d not modified, %d left for the next run)",
             len(results), elapsed, failed, sum(1 for r in results.values() if r.not_modified), skipped)  # fmt: skip
    return [results[i] for i in sorted(results)]
