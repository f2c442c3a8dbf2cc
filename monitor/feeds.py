"""Feeds: polling one feed, and the one import for everything about feeds.

``poll_feed`` makes one conditional GET for a feed and turns the answer into
:class:`~monitor.models.Entry` values and a new :class:`FeedState`; it never raises for a
bad feed: the failure is recorded in the state. The other jobs live in their own modules
and are re-exported here:

* :mod:`monitor.feed_registry`: ``load_feeds`` (``feeds.yaml``, validated);
* :mod:`monitor.opml`: OPML in and out (``export_opml``);
* :mod:`monitor.feed_state`: ``FeedState``, ``PollResult``, when a feed is next due,
  back-off and disabling, ``feed_status_rows`` and health counts;
* :mod:`monitor.feed_parsing`: ``parse_feed`` (bytes to entries);
* :mod:`monitor.polling`: many feeds at once, polite to every host.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime

import httpx

from monitor.errors import FeedError, FetchError
from monitor.feed_parsing import MAX_ENTRIES_PER_POLL, check_no_entities, entry_source, parse_feed, strip_outlet
from monitor.feed_registry import MAX_INTERVAL_MINUTES, load_feeds
from monitor.feed_state import (
    DISABLE_AFTER_FAILURES,
    HEALTH,
    MAX_BACKOFF,
    MAX_INTERVAL,
    MAX_RETRY_AFTER,
    FeedState,
    PollResult,
    failed,
    feed_health,
    feed_health_counts,
    feed_status_rows,
    is_due,
    reenable,
    retry_after,
    succeeded,
)
from monitor.fetch import fetch
from monitor.models import Feed
from monitor.opml import export_opml
from monitor.settings import Settings

__all__ = [
    "DISABLE_AFTER_FAILURES", "FEED_ACCEPT", "HEALTH", "MAX_BACKOFF", "MAX_ENTRIES_PER_POLL", "MAX_INTERVAL",
    "MAX_INTERVAL_MINUTES", "MAX_RETRY_AFTER", "FeedState", "PollResult", "check_no_entities", "entry_source",
    "export_opml", "feed_health", "feed_health_counts", "feed_status_rows", "is_due", "load_feeds", "parse_feed",
    "poll_feed", "reenable", "strip_outlet",
]  # fmt: skip

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def poll_feed(client: httpx.Client, feed: Feed, state: FeedState | None, settings: Settings, now: datetime | None = None) -> PollResult:
    """Poll one feed with a conditional GET; record success or failure in the new state.

    Never raises for anything the feed or its server does: the error is in
    ``PollResult.error`` and ``state.last_error``.
    """
    now = now or datetime.now(UTC)
    state = state or FeedState(url=feed.url, name=feed.name)
    headers = {"Accept": FEED_ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    polled = replace(state, name=feed.name, last_poll=now.isoformat())
    try:
        result = fetch(client, feed.url, settings, headers=headers)
    except FetchError as exc:
        return _failure(feed, polled, now, f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug of ours must not end the run for every other feed
        log.exception("feed %s: unexpected error while fetching", feed.url)
        return _failure(feed, polled, now, f"internal error: {type(exc).__name__}: {exc}")
    if result.not_modified:
        new_state = succeeded(polled, feed, now, result.headers, None)
        new_state = replace(new_state, etag=result.headers.get("etag") or state.etag)
        log.info("feed %s: not modified", feed.url)
        return PollResult(feed, new_state, (), not_modified=True)
    if result.status >= 400 or result.status < 200:
        return _http_failure(feed, polled, now, result.status, result.headers)
    try:
        entries, ttl = parse_feed(result.content, feed, result.headers)
    except FeedError as exc:
        return _failure(feed, polled, now, f"FeedError: {exc}")
    except Exception as exc:  # feedparser on input nobody foresaw
        log.exception("feed %s: unexpected error while parsing", feed.url)
        return _failure(feed, polled, now, f"FeedError: parser failed: {type(exc).__name__}: {exc}")
    new_state = replace(
        succeeded(polled, feed, now, result.headers, ttl),
        etag=result.headers.get("etag") or None,
        last_modified=result.headers.get("last-modified") or None,
        items=len(entries),
    )
    log.info("feed %s: %d entries", feed.url, len(entries))
    return PollResult(feed, new_state, tuple(entries))


def _failure(
    feed: Feed, state: FeedState, now: datetime, message: str, *, retry_at: datetime | None = None, disable: str | None = None
) -> PollResult:
    log.warning("feed %s failed: %s", feed.url, message)
    return PollResult(feed, failed(state, feed, now, message, retry_at=retry_at, disable=disable), (), error=message)


def _http_failure(feed: Feed, state: FeedState, now: datetime, status: int, headers: Mapping[str, str]) -> PollResult:
    retry_at = retry_after(headers.get("retry-after"), now) if status in (429, 503) else None
    if retry_at is not None:
        message = f"HTTP {status}; server asked to retry after {retry_at.isoformat(timespec='seconds')}"
        return _failure(feed, state, now, message, retry_at=retry_at)
    if status == 410:
        message = "HTTP 410 Gone: the server says this feed was removed"
        return _failure(feed, state, now, message, disable=message)
    return _failure(feed, state, now, f"HTTP {status}")
