"""One monitoring cycle, stage by stage: poll → fetch → extract → analyze → index → match → alert.

Each stage is a plain function so the CLI, the tests and the Airflow DAG call the same code;
``run_cycle`` chains them for one process. State lives in Elasticsearch only, so the stages
can run on different workers.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from elasticsearch import ApiError, Elasticsearch, TransportError

from monitor import __version__
from monitor.aggregators import ResolveReport, resolve_entries
from monitor.alerts import Dispatcher, DispatchReport, Sender, plan_alerts
from monitor.analyze import analyze_article
from monitor.dedupe import drop_duplicate_docs, drop_same_story, entry_outlet, text_fingerprint, title_key
from monitor.errors import StoreError
from monitor.events import EventStore, EventUpdate, attach_development, group_articles
from monitor.extract import Extractor, ExtractResult, Page, extract_article
from monitor.feeds import FeedState, PollResult, feed_health, load_feeds
from monitor.fetch import FetchResult, make_client
from monitor.index import BulkReport, bulk_write, existing_ids
from monitor.models import Entry, Feed
from monitor.pages import fetch_pages
from monitor.polling import PollPolicy
from monitor.polling import poll_feeds as poll_due_feeds
from monitor.rules import Rule, load_rules, match_rules
from monitor.settings import Settings
from monitor.urls import article_id

log = logging.getLogger(__name__)

POLL_WORKERS = 32

__all__ = ["fetch_pages"]  # re-exported: the page stage lives in monitor.pages


@dataclass
class CycleReport:
    cycle_id: str
    feeds_polled: int = 0
    feeds_failed: list[tuple[str, str]] = field(default_factory=list)
    feeds_not_modified: int = 0
    entries: int = 0
    new_entries: int = 0
    titles_updated: int = 0
    same_story: int = 0
    links: ResolveReport = field(default_factory=ResolveReport)
    pages_fetched: int = 0
    summary_fallbacks: int = 0
    indexed: BulkReport = field(default_factory=BulkReport)
    matched: int = 0
    events_new: int = 0
    events_updated: int = 0
    alerts_planned: int = 0
    dispatch: DispatchReport = field(default_factory=DispatchReport)

    def lines(self) -> list[str]:
        return [
            f"cycle {self.cycle_id}",
            f"feeds: {self.feeds_polled} polled, {self.feeds_not_modified} not modified, {len(self.feeds_failed)} failed",
            *[f"  feed failed: {url}: {error}" for url, error in self.feeds_failed],
            f"entries: {self.entries} seen, {self.new_entries} new, {self.titles_updated} with an edited title"
            + (f", {self.same_story} already indexed under another URL" if self.same_story else ""),
            *([f"aggregator links: {self.links.summary()}"] if self.links.resolved or self.links.cached or self.links.failed
              or self.links.deferred else []),
            f"pages: {self.pages_fetched} extracted from the page, {self.summary_fallbacks} from the feed summary",
            f"index: {self.indexed.summary()}",
            f"match: {self.matched} rule matches, {self.events_new} new events, {self.events_updated} events updated",
            f"alerts: {self.alerts_planned} queued; {self.dispatch.summary()}",
        ]


# --------------------------------------------------------------------------- poll


def feed_doc_id(url: str) -> str:
    return article_id(url)


def load_feed_states(es: Elasticsearch, settings: Settings, feeds: Sequence[Feed]) -> dict[str, FeedState]:
    if not feeds:
        return {}
    try:
        response = es.mget(index=settings.index("feeds"), ids=[feed_doc_id(f.url) for f in feeds])
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read feed state: {exc}") from exc
    states = {}
    for doc in response["docs"]:
        if doc.get("found"):
            state = FeedState.from_doc(doc["_source"])
            states[state.url] = state
    return states


def feed_state_docs(results: Iterable[PollResult]) -> list[tuple[str, dict[str, Any]]]:
    """``monitor-feeds`` documents for polled feeds: their new state plus registry fields."""
    return [
        (
            feed_doc_id(r.feed.url),
            {
                **r.state.to_doc(),
                "tags": list(r.feed.tags),
                "official": r.feed.official,
                "enabled": r.feed.enabled,
                # for Kibana: feeds healthy / failing / disabled per language and jurisdiction
                "language": r.feed.language or "none",
                "jurisdiction": r.feed.jurisdiction or "none",
                "health": feed_health(r.state, r.feed.enabled),
            },
        )
        for r in results
    ]


def store_feed_states(es: Elasticsearch, settings: Settings, docs: Sequence[tuple[str, dict[str, Any]]]) -> None:
    report = bulk_write(es, settings.index("feeds"), docs, op_type="index")
    if report.failed:
        raise StoreError(f"cannot save feed state: {report.failed[0][1]}")


def save_feed_states(es: Elasticsearch, settings: Settings, results: Iterable[PollResult]) -> None:
    store_feed_states(es, settings, feed_state_docs(results))


def poll_feeds(
    es: Elasticsearch,
    settings: Settings,
    client: httpx.Client,
    feeds: Sequence[Feed],
    now: datetime,
    *,
    save: bool = True,
    force: bool = False,
) -> list[PollResult]:
    """Poll every enabled, due feed concurrently with per-host limits and (unless ``save`` is
    false) store their new state.

    The new state carries the feed's ETag/Last-Modified, so once it is stored the next poll may
    get ``304 Not Modified``: store it only when the entries themselves are safe (``run_cycle``
    saves it after indexing).
    """
    states = load_feed_states(es, settings, feeds)
    policy = PollPolicy(workers=POLL_WORKERS, per_host=settings.per_host, host_spacing=settings.host_spacing)
    results = poll_due_feeds(client, feeds, states, settings, now, policy=policy, force=force)
    if save:
        save_feed_states(es, settings, results)
    return results


def new_entries(es: Elasticsearch, settings: Settings, entries: Iterable[Entry]) -> list[Entry]:
    """Entries whose article is not indexed yet, one per canonical URL."""
    unique: dict[str, Entry] = {}
    for entry in entries:
        unique.setdefault(article_id(entry.url), entry)
    known = existing_ids(es, settings.index("articles"), list(unique))
    return [e for i, e in unique.items() if i not in known]


def update_edited_titles(es: Elasticsearch, settings: Settings, entries: Iterable[Entry], now: datetime) -> int:
    """Outlets edit headlines: update the stored title of already-indexed articles whose feed
    title changed. The article keeps its id, its events and its alerts (no new alert)."""
    by_id: dict[str, Entry] = {}
    for entry in entries:
        if entry.title:
            by_id.setdefault(article_id(entry.url), entry)
    if not by_id:
        return 0
    try:
        response = es.mget(index=settings.index("articles"), ids=list(by_id), source_includes=["title"])
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read {settings.index('articles')}: {exc}") from exc
    edited = [
        (d["_id"], {"title": by_id[d["_id"]].title, "updated": now.isoformat()})
        for d in response["docs"]
        if d.get("found") and d["_source"].get("title") != by_id[d["_id"]].title
    ]
    if not edited:
        return 0
    report = bulk_write(es, settings.index("articles"), edited, op_type="update", refresh=True)
    if report.failed:
        raise StoreError(f"cannot update edited titles: {report.failed[0][1]}")
    log.info("%d edited titles updated", len(edited))
    return len(edited)


@dataclass
class Collected:
    """What the poll step of a cycle found: the polled feeds (state not stored yet), every
    entry (aggregator links resolved) and the new ones among them."""

    polled: list[PollResult]
    entries: list[Entry]
    fresh: list[Entry]
    titles_updated: int
    links: ResolveReport
    same_story: int = 0  # new URLs of stories their outlet already has (same normalised title, 7 days)


def collect_entries(
    es: Elasticsearch, settings: Settings, client: httpx.Client, feeds: Sequence[Feed], now: datetime, *, all_feeds: bool = False
) -> Collected:
    """The poll step, the same for ``monitor run`` and the Airflow ``poll`` task: poll the due
    feeds (every enabled one with ``all_feeds``), resolve aggregator links, keep the entries
    not indexed yet (by canonical URL, then by normalised title within their outlet over 7
    days), and update the stored title of known articles whose headline was edited.
    The feeds' new state is not stored: call :func:`save_feed_states` once the new entries
    are indexed."""
    polled = poll_feeds(es, settings, client, feeds, now, save=False, force=all_feeds)
    entries = [e for r in polled for e in r.entries]
    entries, links = resolve_entries(es, settings, client, entries, now)
    fresh = new_entries(es, settings, entries)
    fresh_ids = {article_id(e.url) for e in fresh}
    titles_updated = update_edited_titles(es, settings, [e for e in entries if article_id(e.url) not in fresh_ids], now)
    fresh, same_story = drop_same_story(es, settings, fresh, now)
    return Collected(polled, entries, fresh, titles_updated, links, same_story)


# --------------------------------------------------------------------------- fetch + extract + analyze


@dataclass(frozen=True)
class _Basis:
    use_page: bool
    text: str
    title: str
    published: datetime | None
    language: str | None


def _basis(entry: Entry, extracted: ExtractResult | None) -> _Basis:
    """What an article is made of: the page's text when it is at least as long as the feed's
    summary, else the summary; the feed's title, else the page's; the feed's date, else the
    page's; the feed's declared language first, then the page's own (html lang)."""
    use_page = extracted is not None and extracted.ok and len(extracted.text) >= max(80, len(entry.summary))
    text = extracted.text if use_page and extracted else entry.summary
    title = entry.title or (extracted.title if extracted else None) or ""
    published = entry.published
    if published is None and extracted and extracted.date:
        try:
            published = datetime.fromisoformat(extracted.date).replace(tzinfo=UTC)
        except ValueError:
            published = None
    return _Basis(use_page, text, title, published, entry.language or (extracted.language if extracted else None))


def analyze_page(html: bytes | str, url: str | None, entry: Entry) -> ExtractResult:
    """What an extraction worker process runs for one page: extraction, then the analysis of
    the text the article will carry, within the same per-page time and memory budget, so
    both use every core (see :class:`monitor.extract.Extractor`)."""
    try:
        # a feed that gives the title and date spares the search of the page for them
        result = extract_article(html, url, light_metadata=bool(entry.title) and entry.published is not None)
    except MemoryError:
        return ExtractResult(error="MemoryError: page exceeded the extraction memory budget")
    basis = _basis(entry, result)
    return replace(result, findings=article_findings(basis.title, basis.text, basis.published, entry.url, basis.language))


def build_article(entry: Entry, page: FetchResult | str, extracted: ExtractResult | None, now: datetime, cycle_id: str) -> dict[str, Any]:
    """The ``monitor-articles`` document for one entry, with the analyzer's findings (made by
    the extraction worker when it had the page, else here)."""
    error = page if isinstance(page, str) else (extracted.error if extracted else "not extracted")
    basis = _basis(entry, extracted)
    use_page, text, title, published = basis.use_page, basis.text, basis.title, basis.published
    findings = extracted.findings if extracted is not None and extracted.findings is not None else None
    if findings is None:
        findings = article_findings(title, text, published, entry.url, basis.language)
    host = (urlsplit(entry.url).hostname or "").removeprefix("www.")
    return {
        "id": article_id(entry.url),
        "url": entry.url,
        "canonical_url": entry.canonical_url,
        "feed": entry.feed,
        "guid": entry.guid,
        "title": title,
        "text": text,
        "summary": entry.summary,
        "published": published.isoformat() if published else None,
        "fetched": now.isoformat(),
        "indexed": now.isoformat(),
        "source": "page" if use_page else "feed",
        "site": extracted.site if extracted and extracted.site else entry.outlet or host,
        "outlet": entry_outlet(entry),  # an unresolved aggregator link counts for its <source>
        "title_key": title_key(title),
        "fingerprint": text_fingerprint(text),
        "via": entry.via,
        "resolution_error": entry.resolution_error,
        "author": extracted.author if extracted else None,
        "official": entry.official,
        "extraction_error": None if use_page else error,
        "cycle_id": cycle_id,
        "matched": False,
        **findings,
    }


def article_findings(title: str, text: str, published: Any, url: str | None, language: str | None = None) -> dict[str, Any]:
    """The analyzer's findings as the article fields analysts filter on (also used by replay)."""
    analysis = analyze_article(title, text, published, url, language)
    actions = [a.to_dict() for a in analysis.actions]
    main = actions[0] if actions else {}
    return {
        "new_action": analysis.new_action,
        "label": analysis.label,
        "actions": actions,
        "action_types": sorted({a["type"] for a in actions}),
        "jurisdictions": sorted({a["jurisdiction"] for a in actions if a["jurisdiction"]}),
        "actors": sorted({a["actor"] for a in actions if a["actor"]}),
        "stages": sorted({a["stage"] for a in actions}),
        "evidence": main.get("evidence"),
        "confidence": main.get("confidence"),
        "support": analysis.support or None,
        "entities": analysis.entities,
        "language": analysis.language,
        "detection": analysis.detection,
        "knowledge_version": analysis.knowledge_version,
        "analyzer_version": __version__,
    }


def process_entries(
    settings: Settings,
    entries: Sequence[Entry],
    cycle_id: str,
    client: httpx.Client | None = None,
    extractor: Extractor | None = None,
    now: datetime | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """Fetch, extract and analyze entries; returns the article documents and how many pages were used.

    Extraction and analysis run together in the extractor's worker processes, one per CPU
    (``Extractor(worker=analyze_page)``), each page within the per-page time and memory
    budget. A given ``extractor`` must run a worker that takes the entry as a third argument."""
    now = now or datetime.now(UTC)
    own_client = client is None
    client = client or make_client(settings)
    own_extractor = extractor is None
    extractor = extractor or Extractor(worker=analyze_page, preload=["monitor.warmup"])
    try:
        pages, extracted = _fetch_and_extract(settings, entries, client, extractor)
    finally:
        if own_client:
            client.close()
        if own_extractor:
            extractor.close()
    docs = [build_article(e, pages[i], extracted.get(i), now, cycle_id) for i, e in enumerate(entries)]
    return docs, sum(1 for d in docs if d["source"] == "page")


EXTRACT_BATCH = 64  # pages handed to the extraction pool at once while the rest are fetched


def _fetch_and_extract(
    settings: Settings, entries: Sequence[Entry], client: httpx.Client, extractor: Extractor
) -> tuple[list[FetchResult | str], dict[int, ExtractResult]]:
    """Fetch every page (in a thread, through the per-host scheduler) and extract each as it
    arrives, so the extraction pool works while slow or distant hosts are still answering."""
    arrived: queue.SimpleQueue[tuple[int, FetchResult | str] | None] = queue.SimpleQueue()
    outcome: list[list[FetchResult | str] | BaseException] = []

    def fetch_all() -> None:
        try:
            outcome.append(fetch_pages(client, settings, entries, on_fetched=lambda i, r: arrived.put((i, r))))
        except BaseException as exc:  # re-raised below, in the cycle's thread
            outcome.append(exc)
        finally:
            arrived.put(None)

    fetcher = threading.Thread(target=fetch_all, name="page-fetch", daemon=True)
    fetcher.start()
    extracted: dict[int, ExtractResult] = {}
    fetching = True
    while fetching:
        batch = [arrived.get()]
        while len(batch) < EXTRACT_BATCH:
            try:  # whatever else has arrived; a short wait so one page does not hold the pool alone
                batch.append(arrived.get(timeout=0.05) if len(batch) < extractor.processes else arrived.get_nowait())
            except queue.Empty:
                break
        fetching = None not in batch  # None: the fetcher is done
        ready = [(i, p) for i, p in filter(None, batch) if isinstance(p, FetchResult)]
        if ready:
            work: list[Page] = [(p.content, p.url, p.charset, entries[i]) for i, p in ready]
            extracted.update((i, r) for (i, _), r in zip(ready, extractor.extract_many(work), strict=True))
    fetcher.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0], extracted


def index_articles(es: Elasticsearch, settings: Settings, docs: Sequence[dict[str, Any]]) -> BulkReport:
    """Create-only bulk indexing into ``monitor-articles``; an article whose outlet already has
    the same text (another URL, last 7 days) is not indexed and is listed in ``duplicates``."""
    kept, duplicates = drop_duplicate_docs(es, settings, docs, datetime.now(UTC))
    report = bulk_write(es, settings.index("articles"), [(str(d["id"]), dict(d)) for d in kept], op_type="create", refresh=True)
    report.duplicates = duplicates
    return report


# --------------------------------------------------------------------------- match + events + outbox


UNMATCHED = {"term": {"matched": False}}


MATCH_PAGE = 500


def match_and_plan(es: Elasticsearch, settings: Settings, rules: Sequence[Rule], now: datetime | None = None) -> tuple[int, int, int, int]:
    """Match every rule against the unmatched articles, group into events, queue alerts, then mark
    the articles matched. Returns (matches, new events, updated events, alerts queued).

    Unmatched articles are taken in pages of ``MATCH_PAGE`` (oldest first); each page is marked
    matched only after its alerts are queued, so a crash in between repeats that page on the next
    cycle, where create-only ids make the repeat harmless, and no article is ever marked without
    having been matched.
    """
    now = now or datetime.now(UTC)
    try:
        es.indices.refresh(index=settings.index("articles"))
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot refresh {settings.index('articles')}: {exc}") from exc
    store = EventStore(es, settings)
    by_name = {r.name: r for r in rules}
    totals = [0, 0, 0, 0]
    while True:
        page = _unmatched_page(es, settings)
        if not page:
            break
        in_page = [{"ids": {"values": page}}]
        result = match_rules(es, settings, rules, in_page, size=len(page))
        updates_by_rule: dict[str, list[EventUpdate]] = {}
        matched_ids: set[str] = set()
        for rule_name, hits in result.hits.items():
            updates_by_rule[rule_name] = group_articles(store, rule_name, hits, now)  # oldest first, whatever the batch
            matched_ids.update(article["id"] for article in hits)
        # Developments (court rulings, challenges) of known actions, whatever rule they fall under.
        for article in _developments(es, settings, in_page, exclude=matched_ids):
            update = attach_development(store, article, now)
            if update is not None and update.event.get("rule") in by_name:
                updates_by_rule.setdefault(str(update.event["rule"]), []).append(update)
        for rule_name, updates in updates_by_rule.items():
            totals[3] += len(plan_alerts(es, settings, by_name[rule_name], updates, now))
        _mark_matched(es, settings, page, now)
        all_updates = [u for us in updates_by_rule.values() for u in us]
        totals[0] += result.total()
        totals[1] += sum(1 for u in all_updates if u.kind == "new" and u.changed)
        totals[2] += sum(1 for u in all_updates if u.kind != "new" and u.changed)
    return totals[0], totals[1], totals[2], totals[3]


def _unmatched_page(es: Elasticsearch, settings: Settings) -> list[str]:
    try:
        response = es.search(
            index=settings.index("articles"),
            query=UNMATCHED,
            size=MATCH_PAGE,
            source=False,
            sort=[{"published": {"order": "asc", "missing": "_last"}}, {"id": "asc"}],
        )
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot list unmatched articles: {exc}") from exc
    return [h["_id"] for h in response["hits"]["hits"]]


def _developments(es: Elasticsearch, settings: Settings, in_page: list[dict[str, Any]], exclude: set[str]) -> list[dict[str, Any]]:
    query = {
        "bool": {
            "filter": [*in_page, {"terms": {"stages": ["challenged", "blocked", "upheld", "lifted"]}}, {"term": {"new_action": False}}]
        }
    }
    try:
        response = es.search(
            index=settings.index("articles"), size=MATCH_PAGE, query=query, sort=[{"published": {"order": "asc", "missing": "_last"}}]
        )
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot search developments: {exc}") from exc
    return [dict(h["_source"], id=h["_id"]) for h in response["hits"]["hits"] if h["_id"] not in exclude]


def _mark_matched(es: Elasticsearch, settings: Settings, ids: Sequence[str], now: datetime) -> None:
    """Set ``matched`` on the given articles."""
    doc = {"matched": True, "matched_at": now.isoformat()}
    report = bulk_write(es, settings.index("articles"), [(i, doc) for i in ids], op_type="update", refresh=True)
    if report.failed:
        raise StoreError(f"cannot mark articles matched: {report.failed[0][1]}")


# --------------------------------------------------------------------------- the whole cycle


def run_cycle(
    es: Elasticsearch,
    settings: Settings,
    sender: Sender,
    *,
    feeds: Sequence[Feed] | None = None,
    rules: Sequence[Rule] | None = None,
    now: datetime | None = None,
    min_interval: float = 1.0,
    on_stage: Callable[[str], None] | None = None,
    all_feeds: bool = False,
) -> CycleReport:
    """Run one full cycle in this process and return what happened. ``all_feeds`` polls
    every enabled feed whatever its next poll time (``monitor run --once --all-feeds``)."""
    now = now or datetime.now(UTC)
    report = CycleReport(cycle_id=f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}")
    feeds = list(feeds) if feeds is not None else load_feeds(settings.feeds_file)
    rules = list(rules) if rules is not None else load_rules(settings.rules_file)
    stage = on_stage or (lambda name: None)
    with make_client(settings) as client:
        stage("poll")
        collected = collect_entries(es, settings, client, feeds, now, all_feeds=all_feeds)
        polled, fresh = collected.polled, collected.fresh
        report.feeds_polled = len(polled)
        report.feeds_failed = [(r.feed.url, r.error) for r in polled if r.error]
        report.feeds_not_modified = sum(1 for r in polled if r.not_modified)
        report.entries = len(collected.entries)
        report.new_entries = len(fresh)
        report.titles_updated = collected.titles_updated
        report.same_story = collected.same_story
        report.links = collected.links
        stage("fetch+extract+analyze")
        docs, from_page = process_entries(settings, fresh, report.cycle_id, client=client, now=now) if fresh else ([], 0)
        report.pages_fetched = from_page
        report.summary_fallbacks = len(docs) - from_page
    stage("index")
    report.indexed = index_articles(es, settings, docs)
    # Only now that the entries are stored may the feeds' ETags be: a crash or an outage before
    # this point leaves the old state, so the next cycle polls the same entries again.
    save_feed_states(es, settings, polled)
    stage("match")
    report.matched, report.events_new, report.events_updated, report.alerts_planned = match_and_plan(es, settings, rules, now)
    stage("alert")
    report.dispatch = Dispatcher(es, settings, sender, min_interval=min_interval).dispatch()
    return report
