"""The feed registry and polling.

``load_feeds`` reads ``feeds.yaml`` (or an OPML export) and validates every entry; all
problems are reported at once, each naming the file and the entry. ``poll_feed`` makes one
conditional GET for a feed and turns the answer into :class:`~monitor.models.Entry` values
and a new :class:`FeedState`; it never raises for a bad feed: the failure is recorded in
the state. Concurrent polling of many feeds with per-host limits is in
:mod:`monitor.polling`.

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

import calendar
import difflib
import html
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import httpx
import yaml

from monitor.errors import ConfigError, FeedError, FetchError
from monitor.fetch import content_type_charset, fetch
from monitor.models import Entry, Feed
from monitor.settings import Settings
from monitor.urls import canonical_url, is_feed_tracker, outlet_of, unwrap_redirect

log = logging.getLogger(__name__)

MAX_ENTRIES_PER_POLL = 500
MAX_INTERVAL = timedelta(hours=6)
MAX_BACKOFF = timedelta(hours=6)
MAX_RETRY_AFTER = timedelta(hours=24)
DISABLE_AFTER_FAILURES = 10
MAX_INTERVAL_MINUTES = 7 * 24 * 60
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'][A-Za-z0-9._:-]+["']""")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_FEED_KEYS = ("name", "url", "enabled", "interval", "interval_minutes", "tags", "language", "jurisdiction", "official")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_JURISDICTION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")


# --------------------------------------------------------------------------- registry


def load_feeds(path: Path) -> list[Feed]:
    """Load and validate a feeds file, YAML or OPML (chosen by content).

    YAML: a top-level ``feeds:`` list (or a bare list), and optionally ``defaults:`` whose
    keys apply to every entry that does not set them. Raises :class:`ConfigError` listing
    every invalid entry (``file: feeds[3] 'name': problem``).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc}") from exc
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return _load_opml(raw, path)
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    defaults: dict[str, Any] = {}
    if isinstance(data, dict):
        unknown = set(data) - {"feeds", "defaults"}
        if unknown:
            raise ConfigError(f"{path}: unknown top-level key(s) {sorted(unknown)}; expected 'feeds' and optionally 'defaults'")
        defaults = data.get("defaults") or {}
        if not isinstance(defaults, dict):
            raise ConfigError(f"{path}: 'defaults' must be a mapping")
        bad = sorted(set(defaults) - (set(_FEED_KEYS) - {"name", "url"}))
        if bad:
            raise ConfigError(f"{path}: defaults: unknown or per-feed-only field(s) {bad}")
        items = data.get("feeds")
    else:
        items = data
    if not isinstance(items, list):
        raise ConfigError(f"{path}: expected a top-level 'feeds:' list")
    feeds: list[Feed] = []
    errors: list[str] = []
    for i, item in enumerate(items):
        where = f"{path}: feeds[{i}]"
        if isinstance(item, dict):
            where += f" {item.get('name') or item.get('url')!r}"
            item = {**defaults, **item}
        try:
            feeds.append(_feed_from_mapping(item, where))
        except ConfigError as exc:
            errors.append(str(exc))
    errors.extend(_duplicates(feeds, path))
    if errors:
        raise ConfigError(f"{len(errors)} problem(s) in feeds file:\n  " + "\n  ".join(errors))
    return feeds


def _feed_from_mapping(item: Any, where: str) -> Feed:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping with at least 'url', got {type(item).__name__}")
    problems: list[str] = []
    for key in sorted(set(item) - set(_FEED_KEYS), key=str):
        close = difflib.get_close_matches(str(key), _FEED_KEYS, n=1)
        problems.append(f"unknown field {key!r}" + (f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(_FEED_KEYS)}"))
    url = item.get("url")
    if not isinstance(url, str) or not _URL.match(url.strip()):
        problems.append(f"'url' must be an http(s) URL, got {url!r}")
    name = item.get("name", url)
    if not isinstance(name, str) or not name.strip():
        problems.append(f"'name' must be a non-empty string, got {name!r}")
    interval = item.get("interval_minutes", item.get("interval", 10))
    if isinstance(interval, bool) or not isinstance(interval, int | float) or not 1 <= interval <= MAX_INTERVAL_MINUTES:
        problems.append(f"'interval' must be a number of minutes between 1 and {MAX_INTERVAL_MINUTES}, got {interval!r}")
    tags = item.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        problems.append(f"'tags' must be a list of strings, got {tags!r}")
    for key in ("enabled", "official"):
        if not isinstance(item.get(key, False), bool):
            problems.append(f"'{key}' must be true or false, got {item.get(key)!r}")
    language = item.get("language")
    if language is not None and (not isinstance(language, str) or not _LANGUAGE.match(language)):
        problems.append(f"'language' must be a language code like 'en' or 'pt-BR', got {language!r}")
    jurisdiction = item.get("jurisdiction")
    if jurisdiction is not None and (not isinstance(jurisdiction, str) or not _JURISDICTION.match(jurisdiction.upper())):
        problems.append(f"'jurisdiction' must be an ISO 3166 code like 'US', 'US-MT' or 'EU', got {jurisdiction!r}")
    if problems:
        raise ConfigError(f"{where}: " + "; ".join(problems))
    assert isinstance(url, str) and isinstance(name, str) and isinstance(interval, int | float)
    return Feed(
        name=name.strip(),
        url=url.strip(),
        enabled=item.get("enabled", True),
        interval_minutes=max(1, round(interval)),
        tags=tuple(t.strip() for t in tags),
        language=language,
        jurisdiction=jurisdiction.upper() if isinstance(jurisdiction, str) else None,
        official=item.get("official", False),
    )


def _load_opml(raw: bytes, path: Path) -> list[Feed]:
    if _ENTITY_DECL.search(raw.replace(b"\x00", b"")):
        raise ConfigError(f"{path}: OPML declares XML entities; refusing to parse")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ConfigError(f"{path}: not valid OPML: {exc}") from exc
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ConfigError(f"{path}: not OPML (expected <opml><body>)")
    feeds: list[Feed] = []
    errors: list[str] = []
    counter = 0

    def walk(node: ET.Element, folders: tuple[str, ...]) -> None:
        nonlocal counter
        for outline in node.findall("outline"):
            url = outline.get("xmlUrl")
            label = outline.get("title") or outline.get("text") or ""
            if not url:  # a folder: its name becomes a tag of the feeds inside
                walk(outline, (*folders, label) if label else folders)
                continue
            counter += 1
            tags = [t.strip() for t in re.split(r"[,/]", outline.get("category") or "") if t.strip()]
            item: dict[str, Any] = {"name": label or url, "url": url, "tags": list(dict.fromkeys([*folders, *tags]))}
            for key in ("language", "jurisdiction"):
                if outline.get(key):
                    item[key] = outline.get(key)
            for key in ("official", "enabled"):
                if outline.get(key) is not None:
                    item[key] = {"true": True, "false": False}.get(str(outline.get(key)).lower(), outline.get(key))
            if outline.get("interval"):
                value = str(outline.get("interval"))
                item["interval"] = float(value) if re.fullmatch(r"\d+(\.\d+)?", value) else value
            try:
                feeds.append(_feed_from_mapping(item, f"{path}: outline {counter} {label!r}"))
            except ConfigError as exc:
                errors.append(str(exc))

    walk(body, ())
    errors.extend(_duplicates(feeds, path))
    if errors:
        raise ConfigError(f"{len(errors)} problem(s) in OPML file:\n  " + "\n  ".join(errors))
    return feeds


def _duplicates(feeds: list[Feed], path: Path) -> list[str]:
    problems = []
    seen_urls: dict[str, str] = {}
    seen_names: set[str] = set()
    for feed in feeds:
        key = canonical_url(feed.url)
        if key in seen_urls:
            problems.append(f"{path}: feed URL listed twice: {feed.url} ({seen_urls[key]!r} and {feed.name!r})")
        seen_urls[key] = feed.name
        if feed.name in seen_names:
            problems.append(f"{path}: feed name used twice: {feed.name!r} (names identify feeds in articles)")
        seen_names.add(feed.name)
    return problems


def export_opml(feeds: Iterable[Feed]) -> str:
    """The registry as OPML 2.0, for feed readers. Our options ride along as extra outline
    attributes (``language``, ``jurisdiction``, ``official``, ``interval``, ``enabled``), so
    ``load_feeds`` reads an export back unchanged."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "TikTok action monitor feeds"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        if feed.language:
            attrs["language"] = feed.language
        if feed.jurisdiction:
            attrs["jurisdiction"] = feed.jurisdiction
        attrs.update(official=str(feed.official).lower(), enabled=str(feed.enabled).lower(), interval=str(feed.interval_minutes))
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


# --------------------------------------------------------------------------- state


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


# --------------------------------------------------------------------------- polling


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
        new_state = _succeeded(polled, feed, now, result.headers, None)
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
        _succeeded(polled, feed, now, result.headers, ttl),
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
    return PollResult(feed, _failed(state, feed, now, message, retry_at=retry_at, disable=disable), (), error=message)


def _http_failure(feed: Feed, state: FeedState, now: datetime, status: int, headers: Mapping[str, str]) -> PollResult:
    retry_at = _retry_after(headers.get("retry-after"), now) if status in (429, 503) else None
    if retry_at is not None:
        message = f"HTTP {status}; server asked to retry after {retry_at.isoformat(timespec='seconds')}"
        return _failure(feed, state, now, message, retry_at=retry_at)
    if status == 410:
        message = "HTTP 410 Gone: the server says this feed was removed"
        return _failure(feed, state, now, message, disable=message)
    return _failure(feed, state, now, f"HTTP {status}")


def _succeeded(state: FeedState, feed: Feed, now: datetime, headers: Mapping[str, str] | None, ttl_minutes: int | None) -> FeedState:
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


def _failed(
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


def _retry_after(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=min(int(value), int(MAX_RETRY_AFTER.total_seconds())))
    return _http_date(value)


# --------------------------------------------------------------------------- parsing


def check_no_entities(content: bytes) -> None:
    """Refuse XML that declares entities (billion laughs, quadratic blow-up, external
    entities), before any parser sees it. NUL bytes are ignored in the search, so a
    UTF-16/UTF-32 document is caught as well."""
    if _ENTITY_DECL.search(content) or (b"\x00" in content[:4] and _ENTITY_DECL.search(content.replace(b"\x00", b""))):
        raise FeedError("feed declares XML entities (possible entity expansion attack); refused")


def _parser_headers(content: bytes, headers: Mapping[str, str] | None) -> dict[str, str] | None:
    """The response headers feedparser sees: only ``Content-Type``. A document that names
    its own encoding (byte-order mark or XML declaration) is trusted over the HTTP
    ``charset``: servers often send a default ``ISO-8859-1`` that would turn any other text
    into mojibake. (No ``Content-Location``: feedparser would resolve opaque GUIDs such as
    ``opaque-123`` against it into made-up article URLs; relative links are resolved here.)"""
    content_type = (headers or {}).get("content-type", "")
    if not content_type:
        return None
    if content_type_charset(content_type) and (content.startswith(_BOMS) or _XML_DECL_ENCODING.match(content)):
        content_type = "application/xml"
    return {"content-type": content_type}


def parse_feed(content: bytes, feed: Feed, headers: Mapping[str, str] | None = None) -> tuple[list[Entry], int | None]:
    """Parse feed bytes into entries, one per article, and the feed's ``<ttl>`` in minutes.

    feedparser only ever gets bytes (it must never fetch a URL or read a file itself).
    XML that declares entities is refused before parsing. An article's address is its
    link, with redirector links (Google Alerts) unwrapped; when the link goes through a
    feed click-tracker and the GUID is a permalink, the GUID. Entries without any address
    are skipped; entries with the same canonical URL, or the same GUID and title, are one.
    """
    if not isinstance(content, bytes):
        raise TypeError("parse_feed takes the response bytes")
    if not content.strip():
        raise FeedError("empty response body")
    check_no_entities(content)
    base = (headers or {}).get("content-location") or feed.url
    parsed = feedparser.parse(content, response_headers=_parser_headers(content, headers), sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries and parsed.get("bozo") and not parsed.get("feed", {}).get("title"):
        raise FeedError(f"not a feed: {parsed.get('bozo_exception')}")
    ttl = parsed.feed.get("ttl") if parsed.get("feed") else None
    # the registry's language wins; else the channel's own <language> / xml:lang
    channel_language = parsed.feed.get("language") if parsed.get("feed") else None
    language = feed.language or (channel_language if isinstance(channel_language, str) and channel_language.strip() else None)
    entries: list[Entry] = []
    seen_urls: set[str] = set()
    seen_guids: set[tuple[str, str]] = set()
    skipped = 0
    for item in parsed.entries:
        if len(entries) >= MAX_ENTRIES_PER_POLL:
            log.warning("feed %s: %d entries, keeping the first %d", feed.url, len(parsed.entries), MAX_ENTRIES_PER_POLL)
            break
        link = _entry_link(item, base)
        if not link:
            skipped += 1
            continue
        canon = canonical_url(link)
        guid = str(item.get("id") or "").strip() or None
        outlet, outlet_url = entry_source(item)
        title = strip_outlet(_clean_text(item.get("title", "")), outlet)
        if canon in seen_urls or (guid and (guid, title) in seen_guids):
            continue
        seen_urls.add(canon)
        if guid:
            seen_guids.add((guid, title))
        entries.append(
            Entry(
                feed=feed.name,
                url=link,
                canonical_url=canon,
                title=title,
                summary=_clean_text(item.get("summary", "")),
                published=_entry_date(item),
                guid=guid,
                official=feed.official,
                language=language,
                outlet=outlet,
                outlet_url=outlet_url,
            )
        )
    if skipped:
        log.info("feed %s: %d entries without a link skipped", feed.url, skipped)
    return entries, int(ttl) if isinstance(ttl, str) and ttl.strip().isdigit() else None


def entry_source(item: Any) -> tuple[str | None, str | None]:
    """The publisher an aggregator's item names: RSS ``<source url="…">Name</source>``, Atom
    ``<source><title/><link/></source>``, Bing's ``<News:Source>``. ``(name, site URL)``."""
    source = item.get("source")
    name: str | None = None
    url: str | None = None
    if isinstance(source, Mapping):
        name = _clean_text(str(source.get("title") or "")) or None
        for candidate in (source.get("href"), source.get("link")):
            if _is_http(candidate):
                url = str(candidate).strip()
                break
    if name is None and isinstance(item.get("news_source"), str):
        name = _clean_text(item["news_source"]) or None
    if name is None and url is not None:
        name = outlet_of(url) or None
    return name, url


def strip_outlet(title: str, outlet: str | None) -> str:
    """``"Headline - Reuters"`` → ``"Headline"`` when the item names Reuters as its source
    (aggregators append the outlet to every headline)."""
    if outlet:
        for separator in (" - ", " – ", " | "):
            suffix = separator + outlet
            if title.endswith(suffix) and len(title) > len(suffix):
                return title[: -len(suffix)].rstrip()
    return title


def _is_http(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def _entry_link(item: Any, base: str) -> str | None:
    """The article's address: link (resolved against the feed's address when relative),
    else an alternate link, else a GUID that is a URL."""
    guid = item.get("id")
    candidates = [item.get("link")] + [a.get("href") for a in item.get("links") or [] if a.get("rel", "alternate") == "alternate"]
    for candidate in candidates:
        if not isinstance(candidate, str) or not candidate.strip():
            continue
        if candidate == guid and not _is_http(guid):
            continue  # feedparser copies a permalink GUID into the link, even "opaque-123"
        link = urljoin(base, candidate.strip())
        if not _is_http(link):
            continue
        link = unwrap_redirect(link)
        if is_feed_tracker(link):
            # FeedBurner and Pheedo keep the real address in <feedburner:origLink> etc.
            originals = [v for k, v in item.items() if k.endswith("_origlink") and _is_http(v)]
            if originals:
                return str(originals[0]).strip()
            if _is_http(guid):
                return str(guid).strip()
            if (urlsplit(link).hostname or "").startswith("ads."):
                return None  # an advertisement slotted between the items
        return link
    return str(guid).strip() if _is_http(guid) else None


# Day and month names some feeds write in their own language in RFC 822 dates
# ("Seg, 24 Set 2018 19:42:40 -0300"), Portuguese, Spanish, French, German, Italian, Dutch;
# translated to English before feedparser's own RFC 822 parser runs.
_LOCAL_DAYS = {
    "seg": "Mon", "ter": "Tue", "qua": "Wed", "qui": "Thu", "sex": "Fri", "sáb": "Sat", "sab": "Sat", "dom": "Sun",
    "lun": "Mon", "mar": "Tue", "mié": "Wed", "mie": "Wed", "jue": "Thu", "vie": "Fri", "mer": "Wed", "jeu": "Thu",
    "ven": "Fri", "sam": "Sat", "mo": "Mon", "di": "Tue", "mi": "Wed", "do": "Thu", "fr": "Fri", "sa": "Sat", "so": "Sun",
    "gio": "Thu", "wo": "Wed", "vr": "Fri", "za": "Sat", "zo": "Sun", "ma": "Mon",
}  # fmt: skip
_LOCAL_MONTHS = {
    "fev": "Feb", "abr": "Apr", "mai": "May", "ago": "Aug", "set": "Sep", "out": "Oct", "dez": "Dec", "ene": "Jan",
    "dic": "Dec", "janv": "Jan", "févr": "Feb", "fevr": "Feb", "mars": "Mar", "avr": "Apr", "juin": "Jun", "juil": "Jul",
    "août": "Aug", "aout": "Aug", "sept": "Sep", "déc": "Dec", "mär": "Mar", "mrz": "Mar", "okt": "Oct", "gen": "Jan",
    "giu": "Jun", "lug": "Jul", "ott": "Oct", "mrt": "Mar", "mei": "May",
}  # fmt: skip
_LOCAL_DATE = re.compile(r"^\s*(?:([^\W\d_]+)\.?\s*,\s*)?(\d{1,2})\s+([^\W\d_]+)\.?\s+(.*)$")


def _parse_localized_rfc822(value: str) -> Any:
    """feedparser date handler: an RFC 822 date with non-English day or month names."""
    from feedparser.datetimes.rfc822 import _parse_date_rfc822

    match = _LOCAL_DATE.match(value)
    if not match:
        return None
    day, number, month, rest = match.groups()
    english_month = _LOCAL_MONTHS.get(month.lower(), month)
    english_day = _LOCAL_DAYS.get(day.lower(), day) if day else None
    if english_month == month and english_day == day:
        return None
    return _parse_date_rfc822(f"{english_day + ', ' if english_day else ''}{number} {english_month} {rest}")


feedparser.registerDateHandler(_parse_localized_rfc822)


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
    return _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", value or ""))).strip()
