"""The outbox: ``monitor-alerts`` records, one per message that must be (or was) posted.

An alert record is created before anything is posted, with a deterministic id and create-only
semantics, so planning twice never doubles anything:

* ``parent``: one per rule and event (the event's own top-level message);
* ``reply`` / ``development``: one per later article of the event (a thread reply);
* ``digest``: one message standing in for many parents when a channel would be flooded; its
  ``payload.members`` lists the parent and reply records it stands for.

Status: ``pending`` → ``posting`` (claimed; the post may or may not have landed) → ``posted``,
or ``failed`` (Slack refused it for good). A parent or reply listed in a posted digest is
``digested``; a digested parent goes on to ``posting`` → ``posted`` when its event gets news
(it is *promoted* to its own message). Every status change is a write conditional on the
record's sequence number, so two dispatchers never both claim one record.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from elasticsearch import ApiError, ConflictError, Elasticsearch, NotFoundError, TransportError

from monitor.errors import StoreError
from monitor.events import EventUpdate, article_time
from monitor.index import bulk_write
from monitor.rules import Rule
from monitor.settings import Settings

log = logging.getLogger(__name__)

OPEN = ("pending", "posting")
PAGE = 1000

def alert_id_for(rule: str, event_id: str, article_id: str | None) -> str:
    key = f"{rule}|{event_id}|{article_id or 'parent'}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def digest_id_for(channel: str, member_ids: Sequence[str]) -> str:
    return alert_id_for("digest", channel, ",".join(sorted(member_ids)))


def is_fresh(article: dict[str, Any], settings: Settings, now: datetime) -> bool:
    published = article_time(article, now)
    return published >= now - timedelta(hours=settings.freshness_hours)


@dataclass
class Record:
    """One outbox record as read, with what a conditional write needs."""

    alert_id: str
    doc: dict[str, Any]
    seq_no: int
    term: int

    @property
    def kind(self) -> str:
        return str(self.doc.get("kind"))

    @property
    def status(self) -> str:
        return str(self.doc.get("status"))

    @property
    def channel(self) -> str:
        return str(self.doc.get("channel"))

    @property
    def event_id(self) -> str:
        return str(self.doc.get("event_id"))


class Outbox:
    """Reads and writes ``monitor-alerts``."""

    def __init__(self, es: Elasticsearch, settings: Settings, now: Callable[[], datetime]) -> None:
        self.es = es
        self.index = settings.index("alerts")
        self.now = now

    def open_records(self) -> list[Record]:
        """Every record still to be posted (``pending``) or in doubt (``posting``), oldest first."""
        return list(self._search({"terms": {"status": list(OPEN)}}))

    def records(self, ids: Sequence[str]) -> dict[str, Record]:
        if not ids:
            return {}
        try:
            response = self.es.mget(index=self.index, ids=list(dict.fromkeys(ids)))
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read the alert outbox: {exc}") from exc
        return {d["_id"]: Record(d["_id"], d["_source"], d["_seq_no"], d["_primary_term"]) for d in response["docs"] if d.get("found")}

    def _search(self, query: dict[str, Any]) -> Iterator[Record]:
        try:
            self.es.indices.refresh(index=self.index)
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read the alert outbox: {exc}") from exc
        after: list[Any] | None = None
        while True:
            kwargs: dict[str, Any] = {"search_after": after} if after else {}
            try:
                response = self.es.search(
                    index=self.index,
                    query=query,
                    size=PAGE,
                    sort=[{"created": "asc"}, {"published": "asc"}, {"alert_id": "asc"}],
                    seq_no_primary_term=True,
                    **kwargs,
                )
            except (TransportError, ApiError) as exc:
                raise StoreError(f"cannot read the alert outbox: {exc}") from exc
            hits = response["hits"]["hits"]
            for h in hits:
                yield Record(h["_id"], h["_source"], h["_seq_no"], h["_primary_term"])
            if len(hits) < PAGE:
                return
            after = hits[-1]["sort"]

    def write(self, record: Record) -> bool:
        """Store ``record.doc`` if nobody changed the record since it was read; False otherwise."""
        record.doc["updated"] = self.now().isoformat()
        try:
            r = self.es.index(
                index=self.index,
                id=record.alert_id,
                document=record.doc,
                if_seq_no=record.seq_no,
                if_primary_term=record.term,
                refresh=True,
            )
        except ConflictError:
            return False
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot update alert {record.alert_id}: {exc}") from exc
        record.seq_no, record.term = r["_seq_no"], r["_primary_term"]
        return True

    def create(self, alert_id: str, doc: dict[str, Any]) -> Record:
        """Create a record (create-only); an existing one with that id is returned as it is."""
        try:
            r = self.es.create(index=self.index, id=alert_id, document=doc, refresh=True)
            return Record(alert_id, doc, r["_seq_no"], r["_primary_term"])
        except ConflictError:
            pass
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot create alert {alert_id}: {exc}") from exc
        try:
            d = self.es.get(index=self.index, id=alert_id)
        except NotFoundError as exc:
            raise StoreError(f"alert {alert_id} vanished") from exc
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read alert {alert_id}: {exc}") from exc
        return Record(alert_id, d["_source"], d["_seq_no"], d["_primary_term"])

    def mark_digested(self, member_ids: Sequence[str], digest_id: str, ts: str, outlets: dict[str, list[str]]) -> None:
        """Members of a posted digest that are still open become ``digested`` (idempotent).

        ``outlets`` maps a parent record to the outlets its event had when the digest was posted:
        coverage from one of those later is no news (see :mod:`monitor.alerts`)."""
        operations: list[dict[str, Any]] = []
        for record in self.records(member_ids).values():
            if record.status not in OPEN:
                continue
            record.doc.update(status="digested", digest_id=digest_id, digest_ts=ts, updated=self.now().isoformat(), error=None)
            if record.alert_id in outlets:
                record.doc["payload"]["digest_outlets"] = outlets[record.alert_id]
            operations.append(
                {"index": {"_index": self.index, "_id": record.alert_id, "if_seq_no": record.seq_no, "if_primary_term": record.term}}
            )
            operations.append(record.doc)
        if not operations:
            return
        try:
            response = self.es.bulk(operations=operations, refresh=True)
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot record the members of digest {digest_id}: {exc}") from exc
        for item in response["items"]:
            result = item["index"]
            if result.get("status") == 409:
                log.warning("alert %s changed while digest %s was recorded: left as it is", result["_id"], digest_id)
            elif result.get("error"):
                raise StoreError(f"cannot record the members of digest {digest_id}: {result['error']}")


def plan_alerts(es: Elasticsearch, settings: Settings, rule: Rule, updates: Sequence[EventUpdate], now: datetime) -> list[str]:
    """Create outbox records for event updates (create-only); returns the ids created.

    Articles first published before the freshness window are never planned: a backfill, a
    replay or an outage cannot flood Slack.
    """
    if rule.silenced(now):
        log.info("rule %s silenced until %s: no alerts planned", rule.name, rule.silenced_until)
        return []
    channel = rule.channel or settings.slack_channel
    docs: list[tuple[str, dict[str, Any]]] = []
    parent_ids = [alert_id_for(rule.name, u.event_id, None) for u in updates]
    parent_article = _parent_articles(es, settings, parent_ids)
    for update in updates:
        article = update.article
        if not is_fresh(article, settings, now):
            log.info("article %s is older than the freshness window: indexed, not alerted", article.get("id"))
            continue
        base = {
            "rule": rule.name,
            "event_id": update.event_id,
            "channel": channel,
            "severity": rule.severity,
            "status": "pending",
            "attempts": 0,
            "created": now.isoformat(),
            "updated": now.isoformat(),
            "published": article_time(article, now).isoformat(),
            "title": article.get("title"),
            "url": article.get("url"),
            "jurisdiction": update.event.get("jurisdiction"),
            "action_type": update.event.get("action_type"),
            "payload": {
                "rule": {"name": rule.name, "description": rule.description, "severity": rule.severity, "mention": rule.mention},
                "article": {k: article.get(k) for k in ("id", "url", "title", "outlet", "site", "published", "actions", "official")},
            },
        }
        parent_id = alert_id_for(rule.name, update.event_id, None)
        if parent_id not in parent_article and update.kind != "development":
            # The first fresh article of an event gets the parent message; the rest are replies.
            docs.append((parent_id, {**base, "alert_id": parent_id, "kind": "parent", "article_id": article["id"]}))
            parent_article[parent_id] = article["id"]
        elif parent_id in parent_article and parent_article[parent_id] != article["id"]:
            reply_id = alert_id_for(rule.name, update.event_id, article["id"])
            kind = "development" if update.kind == "development" else "reply"
            docs.append((reply_id, {**base, "alert_id": reply_id, "kind": kind, "article_id": article["id"]}))
    if not docs:
        return []
    report = bulk_write(es, settings.index("alerts"), docs, op_type="create", refresh=True)
    if report.failed:
        raise StoreError(f"{len(report.failed)} alerts could not be queued: {report.failed[0][1]}")
    return list(report.created)


def _parent_articles(es: Elasticsearch, settings: Settings, parent_ids: Sequence[str]) -> dict[str, str]:
    """Which parent alerts exist already, and the article each one reports."""
    if not parent_ids:
        return {}
    try:
        response = es.mget(index=settings.index("alerts"), ids=list(dict.fromkeys(parent_ids)), source=["article_id"])
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read the alert outbox: {exc}") from exc
    return {d["_id"]: str(d["_source"].get("article_id")) for d in response["docs"] if d.get("found")}
