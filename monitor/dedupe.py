"""Duplicates that URLs miss: one story, one document, however often its feed churns links.

Feeds re-issue the same story under new GUIDs and URLs (session or tracking parameters we
do not know, AMP and mobile editions, a CMS moving it). Canonical URLs catch most of it;
two more keys catch the rest, both **within one source** (the same feed and the same outlet,
``outlet_of``: the site's host without ``www.``/``m.``/``amp.``) and **over the last 7
days**, as Media Cloud does:

* the **normalised title** (:func:`title_key`: case, accents' composition, punctuation and
  spacing folded), checked before the page is fetched (:func:`drop_same_story`);
* a **content fingerprint** of the extracted text (:func:`text_fingerprint`), checked before
  indexing (:func:`drop_duplicate_docs`), for the same text under an edited headline.

The same story on *another* outlet (a syndicated wire copy), or from another feed, is
another source and stays its own article, which events then group with the rest of the
coverage. (Within one aggregator feed, each outlet it lists is a source of its own.) Titles too
short or generic to identify a story (fewer than :data:`MIN_TITLE_WORDS` words) and texts
shorter than :data:`MIN_FINGERPRINT_CHARS` get no key.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError

from monitor.errors import StoreError
from monitor.models import Entry
from monitor.settings import Settings
from monitor.urls import google_news_id, outlet_of

log = logging.getLogger(__name__)

WINDOW = timedelta(days=7)
MIN_TITLE_WORDS = 4
MIN_FINGERPRINT_CHARS = 300
_WORD = re.compile(r"\w+")


def entry_outlet(entry: Entry) -> str:
    """The outlet an entry's article belongs to: its URL's site, or for an aggregator link
    that was not resolved, the site (else the name) its ``<source>`` gives."""
    if google_news_id(entry.url):
        return outlet_of(entry.outlet_url) or (entry.outlet or "").strip().lower() or outlet_of(entry.url)
    return outlet_of(entry.url)


def title_key(title: str | None) -> str | None:
    """A key equal for the same headline written with other case, punctuation or spacing."""
    words = _WORD.findall(unicodedata.normalize("NFKC", title or "").casefold())
    if len(words) < MIN_TITLE_WORDS:
        return None
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


def text_fingerprint(text: str | None) -> str | None:
    """A key equal for the same article text, whatever its markup, case or spacing."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())
    if sum(len(w) + 1 for w in words) < MIN_FINGERPRINT_CHARS:
        return None
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


Key = tuple[str, str, str]  # (feed, outlet, title key or fingerprint)


def _known(es: Elasticsearch, settings: Settings, field: str, keys: set[Key], now: datetime) -> dict[Key, str]:
    """Which ``(feed, outlet, key)`` an article indexed in the window already has: key -> its id."""
    if not keys:
        return {}
    query = {
        "bool": {
            "filter": [
                {"terms": {field: sorted({k for _f, _o, k in keys})}},
                {"terms": {"feed": sorted({f for f, _o, _k in keys})}},
                {"range": {"indexed": {"gte": (now - WINDOW).isoformat()}}},
            ]
        }
    }
    try:
        response = es.search(index=settings.index("articles"), query=query, size=10000, source_includes=["feed", "outlet", field])
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot look for duplicate stories in {settings.index('articles')} before the bulk write: {exc}") from exc
    found: dict[Key, str] = {}
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        key = (str(source.get("feed")), str(source.get("outlet")), str(source.get(field)))
        if key in keys:
            found.setdefault(key, hit["_id"])
    return found


def drop_same_story(es: Elasticsearch, settings: Settings, entries: Sequence[Entry], now: datetime) -> tuple[list[Entry], int]:
    """``entries`` without those whose source (feed and outlet) already has an article with the
    same normalised title in the last 7 days (stored, or earlier in ``entries``). Returns
    (kept, how many were dropped)."""
    keyed = [((e.feed, entry_outlet(e), k) if (k := title_key(e.title)) else None) for e in entries]
    known = _known(es, settings, "title_key", {k for k in keyed if k}, now)
    kept: list[Entry] = []
    seen: set[Key] = set(known)
    for entry, key in zip(entries, keyed, strict=True):
        if key is not None and key in seen:
            log.info("entry %s skipped: same title as another article of %s in %s", entry.url, key[1], key[0])
            continue
        if key is not None:
            seen.add(key)
        kept.append(entry)
    return kept, len(entries) - len(kept)


def drop_duplicate_docs(
    es: Elasticsearch, settings: Settings, docs: Sequence[Mapping[str, Any]], now: datetime
) -> tuple[list[Mapping[str, Any]], list[tuple[str, str]]]:
    """``docs`` without those whose source (feed and outlet) already has an article with the
    same text in the last 7 days. Returns (kept, [(dropped id, id of the article it repeats)])."""
    pairs = [((str(d.get("feed")), str(d.get("outlet")), str(d["fingerprint"])) if d.get("fingerprint") else None) for d in docs]
    known = _known(es, settings, "fingerprint", {p for p in pairs if p}, now)
    kept: list[Mapping[str, Any]] = []
    dropped: list[tuple[str, str]] = []
    first: dict[Key, str] = dict(known)
    for doc, pair in zip(docs, pairs, strict=True):
        if pair is not None and pair in first and first[pair] != doc["id"]:
            dropped.append((str(doc["id"]), first[pair]))
            continue
        if pair is not None:
            first.setdefault(pair, str(doc["id"]))
        kept.append(doc)
    for doc_id, original in dropped:
        log.info("article %s not indexed: same text as %s", doc_id, original)
    return kept, dropped
