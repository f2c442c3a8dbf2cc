"""The feed registry and polling.

``load_feeds`` reads ``feeds.yaml`` (or an OPML export) and validates every entry with
an error naming the file and entry. ``poll_feed`` makes one conditional GET for a feed
and turns the answer into :class:`~monitor.models.Entry` values and a new
:class:`FeedState`; it never raises for a bad feed: the failure is recorded in the state.
"""

from __future__ import annotations

import calendar
import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx
import yaml

from monitor.errors import ConfigError, FeedError, FetchError
from monitor.fetch import fetch
from monitor.models import Entry, Feed
from monitor.settings import Settings
from monitor.urls import canonical_url

log = logging.getLogger(__name__)

MAX_ENTRIES_PER_POLL = 500
MAX_BACKOFF = timedelta(hours=6)
DISABLE_AFTER_FAILURES = 10
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FEED_KEYS = {"name", "url", "enabled", "interval", "interval_minutes", "tags", "language", "jurisdiction", "official"}


# --------------------------------------------------------------------------- registry


def load_feeds(path: Path) -> list[Feed]:
    """Load and validate a feeds file, YAML or OPML (chosen by content)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc}") from exc
    if raw.lstrip().startswith(b"<"):
        return _load_opml(raw, path)
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    items = data.get("feeds") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ConfigError(f"{path}: expected a top-level 'feeds:' list")
    feeds = [_feed_from_mapping(item, f"{path}: feeds[{i}]") for i, item in enumerate(items)]
    _check_unique(feeds, path)
    return feeds


def _feed_from_mapping(item: Any, where: str) -> Feed:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping with at least 'url'")
    unknown = set(item) - _FEED_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}")
    url = item.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
        raise ConfigError(f"{where}: 'url' must be an http(s) URL, got {url!r}")
    interval = item.get("interval_minutes", item.get("interval", 10))
    if not isinstance(interval, int | float) or interval <= 0:
        raise ConfigError(f"{where}: 'interval' must be a positive number of minutes")
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConfigError(f"{where}: 'tags' must be a list of strings")
    enabled = item.get("enabled", True)
    official = item.get("official", False)
    if not isinstance(enabled, bool) or not isinstance(official, bool):
        raise ConfigError(f"{where}: 'enabled' and 'official' must be true or false")
    return Feed(
        name=str(item.get("name") or url),
        url=url,
        enabled=enabled,
        interval_minutes=int(interval),
        tags=tuple(tags),
        language=item.get("language"),
        jurisdiction=item.get("jurisdiction"),
        official=official,
    )


def _load_opml(raw: bytes, path: Path) -> list[Feed]:
    if _ENTITY_DECL.search(raw):
        raise ConfigError(f"{path}: OPML declares XML entities; refusing to parse")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ConfigError(f"{path}: not valid OPML: {exc}") from exc
    feeds = []
    for i, outline in enumerate(root.iter("outline")):
        url = outline.get("xmlUrl")
        if not url:
            continue
        tags = [t for t in (outline.get("category") or "").replace("/", ",").split(",") if t]
        feeds.append(
            _feed_from_mapping(
                {"name": outline.get("title") or outline.get("text") or url, "url": url, "tags": tags},
                f"{path}: outline[{i}]",
            )
        )
    _check_unique(feeds, path)
    return feeds


def _check_unique(feeds: list[Feed], path: Path) -> None:
    seen: set[str] = set()
    for feed in feeds:
        if feed.url in seen:
            raise ConfigError(f"{path}: feed URL listed twice: {feed.url}")
        seen.add(feed.url)


def export_opml(feeds: list[Feed]) -> str:
    """The registry as OPML 2.0, for feed readers."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "TikTok action monitor feeds"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        ET.SubElement(body, "outline", type="rss", text=feed.name, title=feed.name, xmlUrl=feed.url, category=",".join(feed.tags))
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


# --------------------------------------------------------------------------- polling


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
    def from_doc(cls, doc: dict[str, Any]) -> FeedState:
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


def poll_feed(client: httpx.Client, feed: Feed, state: FeedState | None, settings: Settings, now: datetime | None = None) -> PollResult:
    """Poll one feed with a conditional GET; record success or failure in the new state."""
    now = now or datetime.now(UTC)
    state = state or FeedState(url=feed.url, name=feed.name)
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    polled = replace(state, name=feed.name, last_poll=now.isoformat())
    try:
        result = fetch(client, feed.url, settings, headers=headers)
        if result.not_modified:
            return PollResult(feed, _succeeded(polled, feed, now, result.headers, None), (), not_modified=True)
        if result.status >= 400:
            retry_after = _retry_after(result.headers.get("retry-after"), now)
            raise FetchError(f"HTTP {result.status}" + (f" (retry after {retry_after:%H:%M:%S})" if retry_after else ""))
        entries, ttl = parse_feed(result.content, feed, result.headers)
    except (FetchError, FeedError) as exc:
        message = f"{type(exc).__name__}: {exc}"
        log.warning("feed %s failed: %s", feed.url, message)
        return PollResult(feed, _failed(polled, now, message), (), error=message)
    new_state = _succeeded(polled, feed, now, result.headers, ttl)
    new_state = replace(
        new_state,
        etag=result.headers.get("etag") or None,
        last_modified=result.headers.get("last-modified") or None,
        items=len(entries),
    )
    log.info("feed %s: %d entries", feed.url, len(entries))
    return PollResult(feed, new_state, tuple(entries))


def _succeeded(state: FeedState, feed: Feed, now: datetime, headers: Any, ttl_minutes: int | None) -> FeedState:
    interval = timedelta(minutes=feed.interval_minutes)
    max_age = re.search(r"max-age=(\d+)", headers.get("cache-control", "") if headers else "")
    if max_age:
        interval = max(interval, timedelta(seconds=min(int(max_age.group(1)), 6 * 3600)))
    if ttl_minutes:
        interval = max(interval, timedelta(minutes=min(ttl_minutes, 360)))
    return replace(state, last_success=now.isoformat(), last_error=None, failures=0, next_poll=(now + interval).isoformat())


def _failed(state: FeedState, now: datetime, message: str) -> FeedState:
    failures = state.failures + 1
    backoff = min(timedelta(minutes=2 ** min(failures, 10)), MAX_BACKOFF)
    disabled = f"disabled after {failures} consecutive failures; last: {message}" if failures >= DISABLE_AFTER_FAILURES else None
    return replace(state, last_error=message, failures=failures, next_poll=(now + backoff).isoformat(), disabled_reason=disabled)


def _retry_after(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    if value.strip().isdigit():
        return now + timedelta(seconds=int(value))
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def parse_feed(content: bytes, feed: Feed, headers: Any = None) -> tuple[list[Entry], int | None]:
    """Parse feed bytes into entries. Rejects XML that declares entities before parsing."""
    head = content[:4096]
    if _ENTITY_DECL.search(head) or (b"<!DOCTYPE" in head.upper() and _ENTITY_DECL.search(content)):
        raise FeedError("feed declares XML entities (possible entity expansion attack); refused")
    response_headers = {"content-type": headers.get("content-type", "")} if headers else None
    parsed = feedparser.parse(content, response_headers=response_headers, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries and parsed.get("bozo") and not parsed.get("feed"):
        raise FeedError(f"not a feed: {parsed.get('bozo_exception')}")
    ttl = parsed.feed.get("ttl") if parsed.get("feed") else None
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in parsed.entries[:MAX_ENTRIES_PER_POLL]:
        link = item.get("link") or (item.get("id") if str(item.get("id", "")).startswith("http") else None)
        if not link:
            continue
        canon = canonical_url(link)
        if canon in seen:
            continue
        seen.add(canon)
        entries.append(
            Entry(
                feed=feed.name,
                url=link,
                canonical_url=canon,
                title=_clean_text(item.get("title", "")),
                summary=_clean_text(item.get("summary", "")),
                published=_entry_date(item),
                guid=item.get("id"),
                official=feed.official,
            )
        )
    return entries, int(ttl) if isinstance(ttl, str) and ttl.isdigit() else None


def _entry_date(item: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = item.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _clean_text(value: str) -> str:
    import html

    return _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", value or ""))).strip()
