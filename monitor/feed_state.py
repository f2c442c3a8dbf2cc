"""Feed state between polls (stored in ``monitor-feeds``), when a feed is polled next, and
its health.

When a feed is polled next (``FeedState.next_poll``):

* after a success: the feed's ``interval``, lengthened (never shortened) by the server's
  ``Cache-Control: max-age`` or ``Expires`` and the RSS ``<ttl>``, at most
  :data:`MAX_INTERVAL`;
* after a ``429``/``503`` with ``Retry-After``: when the server said (at most
  :data:`MAX_RETRY_AFTER`); this does not count towards disabling, the server is only busy;
* after any other failure: exponential back-off, ``interval * 2**(failures-1)``, at most
  :data:`MAX_BACKOFF`; after :data:`DISABLE_AFTER_FAILURES` consecutive failures (or at once
  on ``410 Gone``) the feed is disabled with a reason, until :func:`reenable`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from monitor.models import Entry, Feed

log = logging.getLogger(__name__)

MAX_INTERVAL = timedelta(hours=6)
MAX_BACKOFF = timedelta(hours=6)
MAX_RETRY_AFTER = timedelta(hours=24)
DISABLE_AFTER_FAILURES = 10


@dataclass(frozen=True)
class FeedState:
    """What we remember about a feed between polls (stored in ``monitor-feeds``)."""

    url: str
    name: str = ""
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: str | None = None
    items: int = 0
    disabled_reason: str | None = None

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> FeedState:
        known = {k: v for k, v in doc.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class PollResult:
    feed: Feed
    state: FeedState
    entries: tuple[Entry, ...]
    error: str | None = None
    not_modified: bool = False


def is_due(state: FeedState | None, now: datetime) -> bool:
    """Whether a feed should be polled now (not disabled, next poll time reached)."""
    if state is None:
        return True
    if state.disabled_reason:
        return False
    return state.next_poll is None or datetime.fromisoformat(state.next_poll) <= now


def reenable(state: FeedState, now: datetime | None = None) -> FeedState:
    """A disabled (or backing-off) feed made due again: failures reset, reason cleared.
    The last error is kept so the status still shows what went wrong before."""
    now = now or datetime.now(UTC)
    return replace(state, disabled_reason=None, failures=0, next_poll=now.isoformat())


def feed_status_rows(
    feeds: Iterable[Feed], states: Mapping[str, FeedState] | Iterable[FeedState], now: datetime | None = None
) -> list[dict[str, Any]]:
    """One row per registry feed for ``monitor feeds status``: status, last success, last
    error, failures, next poll, items, disabled reason. ``states`` maps feed URL to state
    (or is any iterable of states). Status is one of ``off`` (``enabled: false`` in the
    registry), ``disabled``, ``never polled``, ``failing``, ``ok``; ``due`` tells whether
    the next run would poll it."""
    now = now or datetime.now(UTC)
    by_url = dict(states) if isinstance(states, Mapping) else {s.url: s for s in states}
    rows = []
    for feed in feeds:
        state = by_url.get(feed.url)
        if not feed.enabled:
            status = "off"
        elif state is None or state.last_poll is None:
            status = "never polled"
        elif state.disabled_reason:
            status = "disabled"
        elif state.failures:
            status = "failing"
        else:
            status = "ok"
        rows.append(
            {
                "name": feed.name,
                "url": feed.url,
                "official": feed.official,
                "tags": list(feed.tags),
                "language": feed.language,
                "jurisdiction": feed.jurisdiction,
                "status": status,
                "due": feed.enabled and is_due(state, now),
                "last_poll": state.last_poll if state else None,
                "last_success": state.last_success if state else None,
                "last_error": state.last_error if state else None,
                "failures": state.failures if state else 0,
                "next_poll": state.next_poll if state else None,
                "items": state.items if state else 0,
                "disabled_reason": state.disabled_reason if state else None,
            }
        )
    return rows


HEALTH = ("healthy", "failing", "disabled", "never polled")


def feed_health(state: FeedState | None, enabled: bool = True) -> str:
    """One of :data:`HEALTH`: ``disabled`` covers both a feed disabled after failures and
    one switched off in the registry."""
    if not enabled or (state is not None and state.disabled_reason):
        return "disabled"
    if state is None or state.last_poll is None:
        return "never polled"
    return "failing" if state.failures else "healthy"


def feed_health_counts(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Feeds healthy / failing / disabled / never polled per language and per jurisdiction,
    with the latest success in each group, from :func:`feed_status_rows` rows:
    ``{"language": {"ko": {"healthy": 0, "failing": 3, ..., "last_success": None}}, "jurisdiction": {...}}``.
    A feed without a language or jurisdiction counts under ``"none"``."""
    by_status = {"ok": "healthy", "failing": "failing", "disabled": "disabled", "off": "disabled", "never polled": "never polled"}
    out: dict[str, dict[str, dict[str, Any]]] = {"language": {}, "jurisdiction": {}}
    for row in rows:
        health = by_status.get(str(row["status"]), "failing")
        for dimension in out:
            group = out[dimension].setdefault(str(row.get(dimension) or "none"), {**dict.fromkeys(HEALTH, 0), "last_success": None})
            group[health] += 1
            if row.get("last_success") and (group["last_success"] is None or row["last_success"] > group["last_success"]):
                group["last_success"] = row["last_success"]
    return {d: dict(sorted(groups.items())) for d, groups in out.items()}


def succeeded(state: FeedState, feed: Feed, now: datetime, headers: Mapping[str, str] | None, ttl_minutes: int | None) -> FeedState:
    interval = timedelta(minutes=feed.interval_minutes)
    hint = _cache_lifetime(headers or {}, now)
    if hint is not None:
        interval = max(interval, min(hint, MAX_INTERVAL))
    if ttl_minutes:
        interval = max(interval, min(timedelta(minutes=ttl_minutes), MAX_INTERVAL))
    return replace(state, last_success=now.isoformat(), last_error=None, failures=0, next_poll=(now + interval).isoformat())


def _cache_lifetime(headers: Mapping[str, str], now: datetime) -> timedelta | None:
    """``Cache-Control: max-age`` (``s-maxage`` for shared caches is not ours), else ``Expires``."""
    cache_control = headers.get("cache-control", "").lower()
    if "no-cache" in cache_control or "no-store" in cache_control:
        return None
    max_age = re.search(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", cache_control)
    if max_age:
        return timedelta(seconds=int(max_age.group(1)))
    expires = _http_date(headers.get("expires"))
    if expires is not None and expires > now:
        return expires - now
    return None


def failed(
    state: FeedState, feed: Feed, now: datetime, message: str, *, retry_at: datetime | None = None, disable: str | None = None
) -> FeedState:
    if retry_at is not None:
        # The server told us when to come back: that is not the feed failing.
        next_poll = min(max(retry_at, now), now + MAX_RETRY_AFTER)
        return replace(state, last_error=message, next_poll=next_poll.isoformat())
    failures = state.failures + 1
    backoff = min(timedelta(minutes=feed.interval_minutes) * 2 ** min(failures - 1, 20), MAX_BACKOFF)
    disabled = disable
    if disabled is None and failures >= DISABLE_AFTER_FAILURES:
        disabled = f"disabled after {failures} consecutive failures; last: {message}"
    if disabled:
        log.error("feed %s disabled: %s", feed.url, disabled)
    return replace(state, last_error=message, failures=failures, next_poll=(now + backoff).isoformat(), disabled_reason=disabled)


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def retry_after(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=min(int(value), int(MAX_RETRY_AFTER.total_seconds())))
    return _http_date(value)
