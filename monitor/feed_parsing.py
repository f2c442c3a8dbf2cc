"""Parsing feed bytes into entries, one per article.

feedparser only ever gets bytes (it never fetches a URL or reads a file itself), XML that
declares entities is refused first, and every entry gets the article's real address
(redirectors unwrapped, click-trackers replaced by the permalink), its outlet when an
aggregator names one, its date (also in a few languages' own RFC 822 day and month names)
and clean text.
"""

from __future__ import annotations

import calendar
import html
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from monitor.errors import FeedError
from monitor.fetch import content_type_charset
from monitor.models import Entry, Feed
from monitor.urls import canonical_url, is_feed_tracker, outlet_of, unwrap_redirect

log = logging.getLogger(__name__)

MAX_ENTRIES_PER_POLL = 500
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'][A-Za-z0-9._:-]+["']""")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


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
