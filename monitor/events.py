"""Events: one record per real-world action, however many outlets report it, in whatever language.

A rule-matched article joins the open event of the same rule that reports the same action
(same government, compatible act, close in time: the rules are in :mod:`monitor.identity`),
whose coverage is recent (``EVENT_WINDOW``); otherwise it opens a new event. Later
developments of the same action (TikTok challenges it, a court blocks, upholds or lifts it)
attach to the most recent event of that jurisdiction within ``DEVELOPMENT_WINDOW``.

Articles are grouped oldest first (``group_articles``), so the same articles make the same
events whether they arrive in one cycle or over many. Event ids are deterministic (rule +
jurisdiction + action type + first article), writes use optimistic concurrency, and adding an
article twice is a no-op, so a re-run after a crash converges to the same events.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

from elasticsearch import ApiError, ConflictError, Elasticsearch, NotFoundError, TransportError

from monitor.errors import StoreError
from monitor.identity import Match, Report, actor_keys, amounts, context_keys, match, ruling_stage, text_words
from monitor.jurisdictions import display_actor
from monitor.settings import Settings

log = logging.getLogger(__name__)

EVENT_WINDOW = timedelta(days=21)
# The same named body, the same act: a write-up a few weeks later joins. Longer windows merged a
# regulator's next act into its last one (a second proceeding, a second suit, a referral).
NAMED_ACTOR_WINDOW = timedelta(days=30)
CANDIDATES = 100  # open events an article is compared with (newest coverage first)
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


def parse_time(value: Any) -> datetime | None:
    """A stored ISO timestamp as an aware datetime (naive ones are UTC); ``None`` if absent or bad."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def article_time(article: dict[str, Any], now: datetime) -> datetime:
    return parse_time(article.get("published")) or parse_time(article.get("fetched")) or now


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

    def _search(self, query: dict[str, Any], size: int = 5) -> list[tuple[str, dict[str, Any], int, int]]:
        try:
            response = self.es.search(
                index=self.index, query=query, size=size, sort=[{"last_seen": "desc"}, {"event_id": "asc"}], seq_no_primary_term=True
            )
        except (TransportError, ApiError) as exc:
            raise StoreError(f"event lookup failed: {exc}") from exc
        return [(h["_id"], h["_source"], h["_seq_no"], h["_primary_term"]) for h in response["hits"]["hits"]]

    def find_candidates(
        self, rule: str, jurisdiction: str, when: datetime, fine_amounts: Iterable[str] = ()
    ) -> list[tuple[str, dict[str, Any], int, int]]:
        """Events of ``rule`` whose coverage is within ``EVENT_WINDOW`` of ``when``, in the
        article's place, its country or parts, or of unknown place, or fines of the same amount
        anywhere (identity decides which join)."""
        filters: list[dict[str, Any]] = [
            {"term": {"rule": rule}},
            {"range": {"last_seen": {"gte": (when - NAMED_ACTOR_WINDOW).isoformat()}}},
            {"range": {"first_published": {"lte": (when + NAMED_ACTOR_WINDOW).isoformat()}}},
        ]
        if jurisdiction:
            country = jurisdiction.split("-")[0]
            places = [{"terms": {"jurisdiction": sorted({jurisdiction, country, ""})}}, {"prefix": {"jurisdiction": f"{country}-"}}]
            if fine_amounts:
                same_fine = [{"term": {"action_type": "fine_or_penalty"}}, {"terms": {"amounts": sorted(fine_amounts)}}]
                places.append({"bool": {"filter": same_fine}})
            filters.append({"bool": {"should": places, "minimum_should_match": 1}})
        return self._search({"bool": {"filter": filters}}, size=CANDIDATES)

    def find_for_development(
        self, jurisdiction: str, action_type: str | None, when: datetime
    ) -> list[tuple[str, dict[str, Any], int, int]]:
        # The action in the very place named comes first. A ruling about a state ("US-MT")
        # may concern its country's action ("US") but never another state's ("US-TX"); one
        # reported only at country level ("US") may concern any of its states. Within a
        # place, an action of the same type comes first, then the most recently seen.
        country = jurisdiction.split("-")[0]
        wider: dict[str, Any] = (
            {"term": {"jurisdiction": country}} if "-" in jurisdiction else {"prefix": {"jurisdiction": f"{country}-"}}
        )
        window = {"range": {"first_published": {"gte": (when - DEVELOPMENT_WINDOW).isoformat(), "lte": when.isoformat()}}}
        for place in ({"term": {"jurisdiction": jurisdiction}}, wider):
            for same_type in ([{"term": {"action_type": action_type}}] if action_type else [], []):
                found = self._search({"bool": {"filter": [place, window, *same_type]}})
                if found:
                    return found
        return []

    def containing(self, rule: str, article_id: str) -> tuple[str, dict[str, Any]] | None:
        """The event of ``rule`` that already holds the article, if any."""
        hits = self._search({"bool": {"filter": [{"term": {"rule": rule}}, {"term": {"article_ids": article_id}}]}}, size=1)
        return (hits[0][0], hits[0][1]) if hits else None

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
        "action_types": [action.get("type") or "other"],
        "actor_keys": sorted(actor_keys(str(action.get("actor") or ""))),
        "context_keys": sorted(context_keys(article.get("entities"))),
        "languages": [str(article.get("language") or "unknown")],
        "amounts": sorted(amounts(article.get("title"), action.get("evidence"))),
        # how sure the surest report is (monitor.calibration), and where it states the act
        "confidence": article.get("confidence"),
        "support": article.get("support"),
    }


def _union(current: Iterable[str] | None, more: Iterable[str]) -> list[str]:
    return sorted({*(current or []), *more})


def article_report(article: dict[str, Any]) -> Report:
    action = main_action(article)
    return Report(
        jurisdiction=str(action.get("jurisdiction") or ""),
        action_type=str(action.get("type") or "other"),
        actor_keys=actor_keys(str(action.get("actor") or "")),
        context_keys=context_keys(article.get("entities")),
        words=text_words(article.get("title"), action.get("evidence")),
        stage=ruling_stage(str(action.get("stage") or "enacted"), str(action.get("actor") or "")),
        amounts=amounts(article.get("title"), action.get("evidence")),
        published=parse_time(article.get("published")),
    )


def event_report(event: dict[str, Any]) -> Report:
    keys = event.get("actor_keys")
    return Report(
        jurisdiction=str(event.get("jurisdiction") or ""),
        action_type=str(event.get("action_type") or "other"),
        actor_keys=frozenset(keys) if keys is not None else actor_keys(str(event.get("actor") or "")),
        context_keys=frozenset(event.get("context_keys") or []),
        words=text_words(event.get("title"), event.get("evidence")),
        stage=ruling_stage(str(event.get("stage") or "enacted"), str(event.get("actor") or "")),
        amounts=frozenset(event.get("amounts") or []) or amounts(event.get("title"), event.get("evidence")),
        published=parse_time(event.get("first_published")),
    )


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
    last = parse_time(event.get("last_seen"))
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
    else:
        action = main_action(article)
        event["action_types"] = _union(event.get("action_types"), [str(action.get("type") or "other")])
        event["actor_keys"] = _union(event.get("actor_keys"), actor_keys(str(action.get("actor") or "")))
        event["context_keys"] = _union(event.get("context_keys"), context_keys(article.get("entities")))
        event["languages"] = _union(event.get("languages"), [str(article.get("language") or "unknown")])
        event["amounts"] = _union(event.get("amounts"), amounts(article.get("title"), action.get("evidence")))
        if not event.get("jurisdiction") and action.get("jurisdiction"):
            # Joined on a shared named actor: the event now knows its place.
            event["jurisdiction"] = action["jurisdiction"]
            event["actor"] = display_actor(str(event.get("actor") or action.get("actor") or ""), str(action["jurisdiction"]))
        if float(article.get("confidence") or 0.0) > float(event.get("confidence") or 0.0):
            event["confidence"], event["support"] = article.get("confidence"), article.get("support")
        if _better_source(event, article):
            event["best_url"] = article.get("url")
            event["best_official"] = True
            event["official"] = True
    return True


def _in_time(m: Match, event: dict[str, Any], when: datetime) -> bool:
    """Within ``EVENT_WINDOW`` of the event's coverage; within ``NAMED_ACTOR_WINDOW`` when the
    article names the same body and the same act (a write-up weeks later of one fine)."""
    first = parse_time(event.get("first_published")) or when
    last = parse_time(event.get("last_seen")) or first
    window = NAMED_ACTOR_WINDOW if m.same_named_act else EVENT_WINDOW
    return first - window <= when <= last + window


def group_articles(store: EventStore, rule: str, articles: Iterable[dict[str, Any]], now: datetime) -> list[EventUpdate]:
    """Put a rule's matched articles into events, oldest first (then by id), so that the same
    articles make the same events whether they come in one cycle or over many."""
    ordered = sorted(articles, key=lambda a: (article_time(a, now), str(a["id"])))
    return [u for a in ordered if (u := assign_article(store, rule, a, now)) is not None]


def assign_article(store: EventStore, rule: str, article: dict[str, Any], now: datetime) -> EventUpdate | None:
    """Put a rule-matched article into its event (opening one if needed).

    The article joins the closest open event that reports the same action (see
    :mod:`monitor.identity`); an article already in an event (a re-run) stays where it is."""
    action = main_action(article)
    jurisdiction = str(action.get("jurisdiction") or "")
    action_type = str(action.get("type") or "other")
    when = article_time(article, now)
    report = article_report(article)
    for _attempt in range(5):
        held = store.containing(rule, article["id"])
        if held is not None:
            event_id, doc = held
            first = (doc.get("article_ids") or [None])[0]
            return EventUpdate(event_id, "new" if first == article["id"] else "coverage", article, doc, False)
        scored = [
            (m.rank, c)
            for c in store.find_candidates(rule, jurisdiction, when, report.amounts if action_type == "fine_or_penalty" else ())
            if (m := match(report, event_report(c[1]))) and _in_time(m, c[1], when)
        ]
        if not scored:
            event_id = event_id_for(rule, jurisdiction, action_type, article["id"])
            doc = _new_event(event_id, rule, article, action, now)
            if store.create(event_id, doc):
                return EventUpdate(event_id, "new", article, doc, True)
            continue  # created meanwhile (another worker, or an interrupted run): look again
        # The closest: same place, a shared named actor, the same type, then the closest wording.
        _rank, (event_id, doc, seq_no, term) = max(scored, key=lambda s: (s[0], str(s[1][1].get("last_seen")), s[1][0]))
        if not _add_article(doc, article, now, development=False):
            continue
        if store.replace(event_id, doc, seq_no, term):
            return EventUpdate(event_id, "coverage", article, doc, True)
    raise StoreError(f"could not attach article {article['id']} to an event after 5 attempts")


def attach_development(store: EventStore, article: dict[str, Any], now: datetime) -> EventUpdate | None:
    """Attach a development (challenge, court ruling, lifting) to the action it concerns, if known."""
    action = main_action(article)
    # A challenge often names no government as its actor ("TikTok sued ..."): use the place the article is about.
    governments = [str(g) for g in (article.get("entities") or {}).get("governments") or []]
    jurisdiction = action.get("jurisdiction") or (governments[0] if governments else None)
    if jurisdiction and "-" not in jurisdiction:
        # a federal court ruling on a state's law is reported as the country's: the state the
        # article names is the action it concerns
        jurisdiction = next((g for g in governments if g.startswith(f"{jurisdiction}-")), jurisdiction)
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
