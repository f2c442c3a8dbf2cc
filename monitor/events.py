"""Events: one record per real-world action, however many outlets report it.

An article that a rule matched joins the open event of the same rule, jurisdiction and
action type whose coverage is recent (``EVENT_WINDOW``); otherwise it opens a new event.
Later developments of the same action (TikTok challenges it, a court blocks, upholds or
lifts it) attach to the most recent event of that jurisdiction within ``DEVELOPMENT_WINDOW``.

Event ids are deterministic (rule + jurisdiction + action type + first article), writes use
optimistic concurrency, and adding an article twice is a no-op, so a re-run after a crash
converges to the same events.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

from elasticsearch import ApiError, ConflictError, Elasticsearch, NotFoundError, TransportError

from monitor.errors import StoreError
from monitor.jurisdictions import display_actor
from monitor.settings import Settings

log = logging.getLogger(__name__)

EVENT_WINDOW = timedelta(days=21)
DEVELOPMENT_WINDOW = timedelta(days=400)
DEVELOPMENT_STAGES = ("challenged", "blocked", "upheld", "lifted")

Kind = Literal["new", "coverage", "development"]


@dataclass(frozen=True)
class EventUpdate:
    """What happened to an event because of one article."""

    event_id: str
    kind: Kind
    article: dict[str, Any]
    event: dict[str, Any]
    changed: bool  # False when the article was already part of the event (re-run)


def outlet_of(article: dict[str, Any]) -> str:
    """The outlet's name for counting: the site name, or the URL's host without ``www.``."""
    site = article.get("outlet") or article.get("site")
    if site:
        return str(site)
    host = urlsplit(str(article.get("url", ""))).hostname or "unknown"
    return host.removeprefix("www.")


def main_action(article: dict[str, Any]) -> dict[str, Any]:
    actions = article.get("actions") or []
    return dict(actions[0]) if actions else {}


def _parse(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def article_time(article: dict[str, Any], now: datetime) -> datetime:
    return _parse(article.get("published")) or _parse(article.get("fetched")) or now


_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "over",
        "its",
        "has",
        "have",
        "are",
        "was",
        "were",
        "will",
        "into",
        "after",
        "says",
        "said",
        "tiktok",
        "bytedance",
        "app",
    ]
)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def similarity(article: dict[str, Any], event: dict[str, Any]) -> float:
    """Jaccard similarity of the article's title and evidence with the event's (0..1)."""
    a = _words(f"{article.get('title') or ''} {main_action(article).get('evidence') or ''}")
    b = _words(f"{event.get('title') or ''} {event.get('evidence') or ''}")
    return len(a & b) / len(a | b) if a and b else 0.0


def event_id_for(rule: str, jurisdiction: str, action_type: str, article_id: str) -> str:
    key = f"{rule}|{jurisdiction}|{action_type}|{article_id}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _better_source(current: dict[str, Any], article: dict[str, Any]) -> bool:
    """Official sources win; otherwise the earliest report stays the best one."""
    return bool(article.get("official")) and not current.get("best_official")


class EventStore:
    """Reads and writes ``monitor-events`` for one cycle."""

    def __init__(self, es: Elasticsearch, settings: Settings) -> None:
        self.es = es
        self.index = settings.index("events")

    def _search(self, query: dict[str, Any]) -> list[tuple[str, dict[str, Any], int, int]]:
        try:
            response = self.es.search(index=self.index, query=query, size=5, sort=[{"last_seen": "desc"}], seq_no_primary_term=True)
        except (TransportError, ApiError) as exc:
            raise StoreError(f"event lookup failed: {exc}") from exc
        return [(h["_id"], h["_source"], h["_seq_no"], h["_primary_term"]) for h in response["hits"]["hits"]]

    def find_open(self, rule: str, jurisdiction: str, action_type: str, when: datetime) -> list[tuple[str, dict[str, Any], int, int]]:
        return self._search(
            {
                "bool": {
                    "filter": [
                        {"term": {"rule": rule}},
                        {"term": {"jurisdiction": jurisdiction}},
                        {"term": {"action_type": action_type}},
                        {"range": {"last_seen": {"gte": (when - EVENT_WINDOW).isoformat()}}},
                        {"range": {"first_published": {"lte": (when + EVENT_WINDOW).isoformat()}}},
                    ]
                }
            }
        )

    def find_for_development(
        self, jurisdiction: str, action_type: str | None, when: datetime
    ) -> list[tuple[str, dict[str, Any], int, int]]:
        # A ruling reported as "US" may concern a state's action ("US-MT"), and the reverse.
        country = jurisdiction.split("-")[0]
        same_place = [
            {"term": {"jurisdiction": jurisdiction}},
            {"term": {"jurisdiction": country}},
            {"prefix": {"jurisdiction": f"{country}-"}},
        ]
        filters: list[dict[str, Any]] = [
            {"bool": {"should": same_place, "minimum_should_match": 1}},
            {"range": {"first_published": {"gte": (when - DEVELOPMENT_WINDOW).isoformat(), "lte": when.isoformat()}}},
        ]
        if action_type:
            preferred = self._search({"bool": {"filter": [*filters, {"term": {"action_type": action_type}}]}})
            if preferred:
                return preferred
        return self._search({"bool": {"filter": filters}})

    def create(self, event_id: str, doc: dict[str, Any]) -> bool:
        try:
            self.es.create(index=self.index, id=event_id, document=doc, refresh=True)
            return True
        except ConflictError:
            return False
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot create event {event_id}: {exc}") from exc

    def get(self, event_id: str) -> tuple[dict[str, Any], int, int] | None:
        try:
            doc = self.es.get(index=self.index, id=event_id)
        except NotFoundError:
            return None
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read event {event_id}: {exc}") from exc
        return doc["_source"], doc["_seq_no"], doc["_primary_term"]

    def replace(self, event_id: str, doc: dict[str, Any], seq_no: int, primary_term: int) -> bool:
        try:
            self.es.index(index=self.index, id=event_id, document=doc, if_seq_no=seq_no, if_primary_term=primary_term, refresh=True)
            return True
        except ConflictError:
            return False
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot update event {event_id}: {exc}") from exc

    def set_slack(self, event_id: str, channel: str, ts: str) -> None:
        try:
            self.es.update(index=self.index, id=event_id, doc={"slack_channel": channel, "slack_ts": ts}, refresh=True, retry_on_conflict=5)
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot record Slack thread of event {event_id}: {exc}") from exc

    def set_digest(self, event_id: str, channel: str, digest_id: str, ts: str) -> None:
        """Record the digest that lists the event (never its own thread: ``slack_ts`` stays unset)."""
        try:
            self.es.update(
                index=self.index,
                id=event_id,
                doc={"digest_channel": channel, "digest_id": digest_id, "digest_ts": ts},
                refresh=True,
                retry_on_conflict=5,
            )
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot record the digest of event {event_id}: {exc}") from exc


def _new_event(event_id: str, rule: str, article: dict[str, Any], action: dict[str, Any], now: datetime) -> dict[str, Any]:
    published = article_time(article, now)
    return {
        "event_id": event_id,
        "rule": rule,
        "title": article.get("title") or "",
        "jurisdiction": action.get("jurisdiction") or "",
        "action_type": action.get("type") or "other",
        "actor": display_actor(str(action.get("actor") or ""), str(action.get("jurisdiction") or "")),
        "stage": action.get("stage") or "enacted",
        "evidence": action.get("evidence") or "",
        "best_url": article.get("url"),
        "best_official": bool(article.get("official")),
        "official": bool(article.get("official")),
        "first_published": published.isoformat(),
        "first_seen": now.isoformat(),
        "last_seen": published.isoformat(),
        "article_ids": [article["id"]],
        "urls": [article.get("url")],
        "outlets": [outlet_of(article)],
        "outlet_count": 1,
        "article_count": 1,
        "developments": [],
    }


def _add_article(event: dict[str, Any], article: dict[str, Any], now: datetime, development: bool) -> bool:
    if article["id"] in event.get("article_ids", []):
        return False
    event["article_ids"] = [*event.get("article_ids", []), article["id"]]
    event["urls"] = [*event.get("urls", []), article.get("url")]
    outlets = set(event.get("outlets", []))
    outlets.add(outlet_of(article))
    event["outlets"] = sorted(outlets)
    event["outlet_count"] = len(outlets)
    event["article_count"] = len(event["article_ids"])
    published = article_time(article, now)
    last = _parse(event.get("last_seen"))
    if last is None or published > last:
        event["last_seen"] = published.isoformat()
    if development:
        action = main_action(article)
        event["developments"] = [
            *event.get("developments", []),
            {
                "article_id": article["id"],
                "stage": action.get("stage"),
                "url": article.get("url"),
                "title": article.get("title"),
                "evidence": action.get("evidence"),
                "seen": now.isoformat(),
            },
        ]
    elif _better_source(event, article):
        event["best_url"] = article.get("url")
        event["best_official"] = True
        event["official"] = True
    return True


def assign_article(store: EventStore, rule: str, article: dict[str, Any], now: datetime) -> EventUpdate | None:
    """Put a rule-matched article into its event (opening one if needed)."""
    action = main_action(article)
    jurisdiction = action.get("jurisdiction") or ""
    action_type = action.get("type") or "other"
    when = article_time(article, now)
    for _attempt in range(5):
        candidates = store.find_open(rule, jurisdiction, action_type, when)
        if not candidates:
            event_id = event_id_for(rule, jurisdiction, action_type, article["id"])
            doc = _new_event(event_id, rule, article, action, now)
            if store.create(event_id, doc):
                return EventUpdate(event_id, "new", article, doc, True)
            existing = store.get(event_id)  # created by an earlier, interrupted run
            if existing and article["id"] in existing[0].get("article_ids", []):
                return EventUpdate(event_id, "new", article, existing[0], False)
            continue
        # Several open events of the same kind and place: the one whose wording is closest.
        event_id, doc, seq_no, term = max(candidates, key=lambda c: similarity(article, c[1]))
        first = (doc.get("article_ids") or [None])[0]
        if not _add_article(doc, article, now, development=False):
            return EventUpdate(event_id, "new" if first == article["id"] else "coverage", article, doc, False)
        if store.replace(event_id, doc, seq_no, term):
            return EventUpdate(event_id, "coverage", article, doc, True)
    raise StoreError(f"could not attach article {article['id']} to an event after 5 attempts")


def attach_development(store: EventStore, article: dict[str, Any], now: datetime) -> EventUpdate | None:
    """Attach a development (challenge, court ruling, lifting) to the action it concerns, if known."""
    action = main_action(article)
    # A challenge often names no government as its actor ("TikTok sued ..."): use the place the article is about.
    governments = (article.get("entities") or {}).get("governments") or []
    jurisdiction = action.get("jurisdiction") or (governments[0] if governments else None)
    if not jurisdiction or action.get("stage") not in DEVELOPMENT_STAGES:
        return None
    when = article_time(article, now)
    for _attempt in range(5):
        candidates = store.find_for_development(jurisdiction, action.get("type"), when)
        if not candidates:
            return None
        event_id, doc, seq_no, term = candidates[0]
        if not _add_article(doc, article, now, development=True):
            return EventUpdate(event_id, "development", article, doc, False)
        if store.replace(event_id, doc, seq_no, term):
            return EventUpdate(event_id, "development", article, doc, True)
    raise StoreError(f"could not attach development {article['id']} after 5 attempts")
