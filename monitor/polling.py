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
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import httpx

from monitor.feeds import FeedState, PollResult, is_due, poll_feed
from monitor.models import Feed
from monitor.scheduler import DEFAULT_HOST_SPACING, DEFAULT_PER_HOST, MIN_TIME_TO_START, HostLimiter, host_of, run_per_host
from monitor.settings import Settings

__all__ = ["DEFAULT_HOST_SPACING", "DEFAULT_PER_HOST", "HostLimiter", "PollPolicy", "host_of", "poll_feeds"]

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 32


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


def _wanted(state: FeedState | None, now: datetime, force: bool) -> bool:
    if force:
        return state is None or not state.disabled_reason
    return is_due(state, now)


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
    force: bool = False,
) -> list[PollResult]:
    """Poll every enabled, due feed concurrently, with per-host limits.

    ``states`` maps feed URL to its stored state (missing: never polled). Returns one
    :class:`PollResult` per feed polled, in the order of ``feeds``; feeds not due, disabled
    or not reached within ``policy.budget`` are not in it (their state is unchanged).
    ``force`` polls every enabled feed whatever its next poll time (feeds disabled after
    repeated failures stay disabled until ``monitor feeds enable``).
    The client's connection pool should have room for ``policy.workers`` connections
    (:func:`monitor.fetch.make_client` has 64).
    """
    policy = policy or PollPolicy()
    now = now or datetime.now(UTC)
    due = [(i, f) for i, f in enumerate(feeds) if f.enabled and _wanted(states.get(f.url), now, force)]
    if not due:
        return []
    ordered = sorted(due, key=lambda pair: _priority(pair[1], states.get(pair[1].url)))
    limiter = HostLimiter(policy.per_host, policy.host_spacing, policy.host_overrides)
    started = time.monotonic()

    def work(feed: Feed, left: float | None) -> PollResult:
        feed_settings = settings
        if left is not None:
            feed_settings = settings.with_(fetch_timeout=max(0.1, min(settings.fetch_timeout, left)))
        return poll_feed(client, feed, states.get(feed.url), feed_settings, now)

    def crashed(feed: Feed, exc: Exception) -> PollResult:
        state = states.get(feed.url) or FeedState(url=feed.url, name=feed.name)
        message = f"internal error: {type(exc).__name__}: {exc}"
        return PollResult(feed, replace(state, last_error=message, last_poll=now.isoformat()), (), error=message)

    by_rank = run_per_host(
        [(host_of(f.url), f) for _i, f in ordered],
        work,
        crashed,
        limiter=limiter,
        workers=policy.workers,
        budget=policy.budget,
        min_time_to_start=MIN_TIME_TO_START,
        name="poll",
    )
    results = {ordered[rank][0]: result for rank, result in by_rank.items()}
    skipped = len(due) - len(results)
    elapsed = time.monotonic() - started
    failed = sum(1 for r in results.values() if r.error)
    log.info("polled %d feeds in %.1fs (%d failed, %d not modified, %d left for the next run)",
             len(results), elapsed, failed, sum(1 for r in results.values() if r.not_modified), skipped)  # fmt: skip
    return [results[i] for i in sorted(results)]
