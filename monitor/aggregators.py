"""Aggregator links resolved to the publisher's article, once, through our own client.

Google News items link to ``news.google.com/rss/articles/CBMi…``. Since 2024 that id no
longer decodes offline and the link is no HTTP redirect: Google's own pages resolve it with
two calls, which is the protocol the ``googlenewsdecoder`` package implements and we follow:

1. ``GET {base}/rss/articles/{id}?hl=…&gl=…&ceid=…`` answers an HTML page whose
   ``c-wiz > div[jscontroller]`` carries a signature ``data-n-a-sg`` and a timestamp
   ``data-n-a-ts`` (locale copied from the item's link, ``en-US``/``US``/``US:en`` else);
2. ``POST {base}/_/DotsSplashUi/data/batchexecute`` with the form field ``f.req``: one
   ``["Fbv4je", "[\\"garturlreq\\", <context>, id, ts, sig]", null, "<request id>"]``
   envelope per article (many per POST); the answer, after the ``)]}'`` guard, holds rows
   ``["wrb.fr", "Fbv4je", "[\\"garturlres\\", \\"<publisher URL>\\", 1]", …, "<request id>"]``.

Every request goes through :func:`monitor.fetch.fetch` (address guard, total deadline, byte
cap) and the per-host scheduler (``per_host`` in flight, ``host_spacing`` apart on the
Google News host), and a cycle spends at most ``settings.resolve_budget`` seconds on it.

Each outcome is stored in ``monitor-links`` (id: hash of the Google News article id), so a
link is asked at most once when it resolves, and at most :data:`MAX_ATTEMPTS` times, no
sooner than :data:`RETRY_FAILED_AFTER` apart, when it does not. An entry that is not
resolved is kept: it is indexed from its feed summary under the outlet its ``<source>``
names, with the reason in ``resolution_error``. An entry already indexed under its Google
News link (an earlier failure) is not asked again. Bing News ``apiclick.aspx`` and Google
``/url?url=`` links carry their target and are unwrapped offline (:mod:`monitor.urls`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
from elasticsearch import ApiError, Elasticsearch, TransportError

from monitor.errors import FetchError, StoreError
from monitor.fetch import fetch
from monitor.index import bulk_write, existing_ids
from monitor.models import Entry
from monitor.scheduler import HostLimiter, host_of, run_per_host
from monitor.settings import Settings
from monitor.urls import article_id, canonical_url, google_news_id

log = logging.getLogger(__name__)

BATCHEXECUTE_PATH = "/_/DotsSplashUi/data/batchexecute"
BATCH_SIZE = 20  # articles per batchexecute POST
MAX_ATTEMPTS = 3
RETRY_FAILED_AFTER = timedelta(hours=6)
RESOLVE_WORKERS = 8
MAX_PAGE_BYTES = 2 * 1024 * 1024
_SIGNATURE = re.compile(r'data-n-a-sg="([^"]+)"')
_TIMESTAMP = re.compile(r'data-n-a-ts="([^"]+)"')
_CONTEXT: list[Any] = [
    ["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1, None, None, None, None, None, 0, 1],
    "X", "X", 1, [1, 1, 1], 1, 1, None, 0, 0, None, 0,
]  # fmt: skip


@dataclass
class ResolveReport:
    resolved: int = 0  # asked this cycle, and answered
    cached: int = 0  # answered from monitor-links
    failed: list[tuple[str, str]] = field(default_factory=list)  # (link, why), asked or stored
    deferred: int = 0  # not asked: the cycle's budget was spent

    def summary(self) -> str:
        return f"{self.resolved} resolved, {self.cached} known, {len(self.failed)} not resolvable, {self.deferred} left for later"


def link_doc_id(article: str) -> str:
    return hashlib.sha256(f"google_news:{article}".encode()).hexdigest()[:40]


def params_url(base: str, article: str, link: str) -> str:
    """The page that carries the decoding signature, with the link's own locale."""
    query = parse_qs(urlsplit(link).query)
    hl, gl, ceid = (query.get(k, [d])[0] for k, d in (("hl", "en-US"), ("gl", "US"), ("ceid", "US:en")))
    return f"{base}/rss/articles/{article}?hl={quote(hl, safe='')}&gl={quote(gl, safe='')}&ceid={quote(ceid, safe='')}"


def parse_signature(html: str) -> tuple[str, str] | None:
    sig, ts = _SIGNATURE.search(html), _TIMESTAMP.search(html)
    return (sig.group(1), ts.group(1)) if sig and ts else None


def batchexecute_body(items: Sequence[tuple[str, str, str, str]]) -> bytes:
    """``f.req=…`` for ``(request id, article id, timestamp, signature)`` items."""
    envelopes = []
    for request_id, article, ts, sig in items:
        inner = ["garturlreq", _CONTEXT, article, int(ts) if ts.isdigit() else ts, sig]
        envelopes.append(["Fbv4je", json.dumps(inner, separators=(",", ":")), None, request_id])
    return f"f.req={quote(json.dumps([envelopes], separators=(',', ':')))}".encode()


def parse_batchexecute(text: str) -> dict[str, str]:
    """``{request id: publisher URL}`` from a batchexecute answer (``)]}'`` guard, then either
    one JSON array of rows or length-prefixed chunks of them)."""
    body = text.lstrip()
    if body.startswith(")]}'"):
        body = body[4:]
    chunks: list[Any] = []
    try:
        chunks.append(json.loads(body))
    except ValueError:
        for line in body.splitlines():
            line = line.strip()
            if line.startswith("["):
                try:
                    chunks.append(json.loads(line))
                except ValueError:
                    continue
    found: dict[str, str] = {}
    for rows in chunks:
        for row in rows if isinstance(rows, list) else []:
            if not (isinstance(row, list) and len(row) >= 3 and row[0] == "wrb.fr" and row[1] == "Fbv4je"):
                continue
            payload = row[2]
            try:
                payload = json.loads(payload) if isinstance(payload, str) else payload
            except ValueError:
                continue
            if isinstance(payload, list) and len(payload) > 1 and payload[0] == "garturlres" and isinstance(payload[1], str):
                request_id = next((str(c) for c in reversed(row[3:]) if c is not None), "")
                found[request_id] = payload[1]
    return found


def resolve_entries(
    es: Elasticsearch,
    settings: Settings,
    client: httpx.Client,
    entries: Sequence[Entry],
    now: datetime,
    *,
    limiter: HostLimiter | None = None,
) -> tuple[list[Entry], ResolveReport]:
    """``entries`` with Google News links replaced by their publisher's URL (the link kept in
    ``via``), or with ``resolution_error`` set when that cannot be had. Order is kept."""
    report = ResolveReport()
    out = list(entries)
    wanted = {i: a for i, e in enumerate(out) if (a := google_news_id(e.url))}
    if not wanted:
        return out, report
    if not settings.resolve_aggregators:
        for i in wanted:
            out[i] = replace(out[i], resolution_error="not resolved: aggregator resolution is off (MONITOR_RESOLVE_AGGREGATORS)")
        return out, report
    stored = _stored(es, settings, set(wanted.values()))
    to_ask: dict[str, str] = {}  # article id -> link
    for i, article in wanted.items():
        doc = stored.get(article)
        if doc and doc.get("status") == "ok":
            out[i] = _resolved(out[i], str(doc["resolved_url"]))
            report.cached += 1
        elif doc and (int(doc.get("attempts") or 0) >= MAX_ATTEMPTS or str(doc.get("retry_after") or "") > now.isoformat()):
            out[i] = replace(out[i], resolution_error=f"not resolved: {doc.get('error')}")
            report.failed.append((out[i].url, str(doc.get("error"))))
        else:
            to_ask.setdefault(article, out[i].url)
    # An item indexed under its Google News link by an earlier cycle is not new: do not ask.
    if to_ask:
        known = existing_ids(es, settings.index("articles"), [article_id(link) for link in to_ask.values()])
        to_ask = {a: link for a, link in to_ask.items() if article_id(link) not in known}
    answers = _ask(settings, client, to_ask, limiter) if to_ask else {}
    docs = []
    for article, answer in answers.items():
        previous = stored.get(article) or {}
        record: dict[str, Any] = {
            "link": to_ask[article],
            "kind": "google_news",
            "article_id": article,
            "attempts": int(previous.get("attempts") or 0) + 1,
            "first_tried": previous.get("first_tried") or now.isoformat(),
            "last_tried": now.isoformat(),
        }
        if answer.startswith(("http://", "https://")):
            record.update(status="ok", resolved_url=answer, error=None, retry_after=None)
            report.resolved += 1
        else:
            record.update(status="failed", resolved_url=None, error=answer, retry_after=(now + RETRY_FAILED_AFTER).isoformat())
        docs.append((link_doc_id(article), record))
    if docs:
        written = bulk_write(es, settings.index("links"), docs, op_type="index")
        if written.failed:
            raise StoreError(f"cannot store resolved links: {written.failed[0][1]}")
    for i, article in wanted.items():
        if article not in to_ask:
            continue
        asked = answers.get(article)
        if asked is None:
            report.deferred += 1
            why = f"not resolved this cycle: the resolution budget of {settings.resolve_budget:g}s was spent"
            out[i] = replace(out[i], resolution_error=why)
        elif asked.startswith(("http://", "https://")):
            out[i] = _resolved(out[i], asked)
        else:
            out[i] = replace(out[i], resolution_error=f"not resolved: {asked}")
            report.failed.append((out[i].url, asked))
    if wanted:
        log.info("aggregator links: %s", report.summary())
    return out, report


def _resolved(entry: Entry, url: str) -> Entry:
    return replace(entry, url=url, canonical_url=canonical_url(url), via=entry.url, resolution_error=None)


def _stored(es: Elasticsearch, settings: Settings, articles: set[str]) -> dict[str, dict[str, Any]]:
    ids = {link_doc_id(a): a for a in articles}
    try:
        response = es.mget(index=settings.index("links"), ids=list(ids))
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read {settings.index('links')}: {exc}") from exc
    return {ids[d["_id"]]: d["_source"] for d in response["docs"] if d.get("found")}


def _ask(settings: Settings, client: httpx.Client, to_ask: dict[str, str], limiter: HostLimiter | None) -> dict[str, str]:
    """Ask Google News for each article: ``{article id: publisher URL or the reason}``.
    Articles not reached within the budget are missing from the answer."""
    base = settings.google_news_url.rstrip("/")
    host = host_of(base)
    limiter = limiter or HostLimiter(settings.per_host, settings.host_spacing)
    stop_at = time.monotonic() + settings.resolve_budget
    items = list(to_ask.items())

    def signature(item: tuple[str, str], left: float | None) -> tuple[str, str] | str:
        article, link = item
        deadline = settings.fetch_timeout if left is None else max(0.1, min(settings.fetch_timeout, left))
        try:
            result = fetch(client, params_url(base, article, link), settings, deadline=deadline, max_bytes=MAX_PAGE_BYTES)
        except FetchError as exc:
            return f"{type(exc).__name__}: {exc}"
        if result.status != 200:
            return f"Google News answered HTTP {result.status} for the article page"
        if host_of(result.url) != host:
            return f"Google News sent the article page to {host_of(result.url)} (rate limit or consent page)"
        found = parse_signature(result.content.decode("utf-8", "replace"))
        return found or "no decoding signature in the Google News article page"

    signed = run_per_host(
        [(host, item) for item in items],
        signature,
        lambda item, exc: f"internal error: {type(exc).__name__}: {exc}",
        limiter=limiter,
        workers=RESOLVE_WORKERS,
        budget=settings.resolve_budget,
        name="resolve",
    )
    answers: dict[str, str] = {}
    ready: list[tuple[str, str, str, str]] = []
    for n, outcome in signed.items():
        article = items[n][0]
        if isinstance(outcome, str):
            answers[article] = outcome
        else:
            ready.append((str(n), article, outcome[1], outcome[0]))
    for start in range(0, len(ready), BATCH_SIZE):
        # Signatures in hand are decoded even when the budget is nearly spent: one POST per
        # BATCH_SIZE articles, each within what is left of the budget (at least a second).
        batch = ready[start : start + BATCH_SIZE]
        deadline = min(settings.fetch_timeout, max(1.0, stop_at - time.monotonic()))
        answers.update(_batchexecute(settings, client, base, host, batch, limiter, deadline))
    return answers


def _batchexecute(
    settings: Settings,
    client: httpx.Client,
    base: str,
    host: str,
    batch: Sequence[tuple[str, str, str, str]],
    limiter: HostLimiter,
    deadline: float,
) -> dict[str, str]:
    headers = {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", "Accept": "*/*"}
    try:
        with limiter.slot(host, timeout=deadline):
            result = fetch(client, base + BATCHEXECUTE_PATH, settings, headers=headers, data=batchexecute_body(batch), deadline=deadline)
    except TimeoutError:
        return {article: "no free slot on the Google News host in time" for _r, article, _t, _s in batch}
    except FetchError as exc:
        return {article: f"decoding call failed: {type(exc).__name__}: {exc}" for _r, article, _t, _s in batch}
    if result.status != 200:
        return {article: f"decoding call answered HTTP {result.status}" for _r, article, _t, _s in batch}
    try:
        found = parse_batchexecute(result.content.decode("utf-8", "replace"))
    except Exception as exc:  # an answer in a shape nobody foresaw
        return {article: f"decoding answer unreadable: {type(exc).__name__}: {exc}" for _r, article, _t, _s in batch}
    answers = {}
    for request_id, article, _ts, _sig in batch:
        url = found.get(request_id, "")
        if url.startswith(("http://", "https://")) and google_news_id(url) is None:
            answers[article] = url
        else:
            answers[article] = "the decoding answer has no publisher URL for this article"
    return answers
