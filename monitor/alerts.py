"""Alerts: one top-level Slack message per event, later coverage as thread replies, floods as digests.

The parts live in their own modules, each readable alone:

* :mod:`monitor.alert_render`: Block Kit messages (parent, reply, digest), escaped and clipped;
* :mod:`monitor.outbox`: the ``monitor-alerts`` records, planned create-only before posting;
* :mod:`monitor.delivery`: posting one record exactly once (claim, Slack-history check, record);
* :mod:`monitor.pacing`: spacing posts per channel.

This module holds what ties them together, the :class:`Dispatcher`'s state machine, run once
per cycle:

1. A digest planned by an earlier, interrupted dispatch goes out first.
2. A flood: when more than ``MONITOR_DIGEST_THRESHOLD`` new events would reach one channel,
   one digest record is created (listing their parent records and the replies already
   planned) and delivered like any other record. Once Slack has it, its members become
   ``digested`` and each event remembers the digest, never as its own thread.
3. Parents are posted; each event records its message's ts.
4. Replies are posted in their event's thread. An event listed in a digest gets its own
   parent message first, as soon as it has news: a development, or coverage from an outlet
   not yet listed (its parent record goes ``digested`` → ``posting`` → ``posted``).
5. Each parent that gained replies is re-rendered (outlet count, latest development). Only an
   event's own message is ever updated: a digest is never edited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from elasticsearch import Elasticsearch

from monitor.alert_render import DIGEST_MAX_EVENTS, Message, escape, headline, render_digest, render_parent, render_reply, safe_link
from monitor.delivery import (
    METADATA_EVENT_TYPE,
    ConsoleSender,
    DispatchReport,
    Sender,
    SlackSender,
    TransientSlackError,
    deliver,
    make_sender,
)
from monitor.errors import AlertError
from monitor.events import EventStore, outlet_of
from monitor.outbox import OPEN, Outbox, Record, alert_id_for, digest_id_for, is_fresh, plan_alerts
from monitor.pacing import DEFAULT_MIN_INTERVAL, Pacer
from monitor.settings import Settings

__all__ = [
    "METADATA_EVENT_TYPE",
    "ConsoleSender",
    "DispatchReport",
    "Dispatcher",
    "Message",
    "Sender",
    "SlackSender",
    "TransientSlackError",
    "alert_id_for",
    "escape",
    "headline",
    "is_fresh",
    "make_sender",
    "plan_alerts",
    "render_digest",
    "render_parent",
    "render_reply",
    "safe_link",
]

log = logging.getLogger(__name__)

REPLY_KINDS = ("reply", "development")
SEVERITIES = ("low", "medium", "high", "critical")


class Dispatcher:
    def __init__(
        self,
        es: Elasticsearch,
        settings: Settings,
        sender: Sender,
        *,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        digest_threshold: int | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.now = now or (lambda: datetime.now(UTC))
        self.sender = sender
        self.outbox = Outbox(es, settings, self.now)
        self.events = EventStore(es, settings)
        self.pacer = Pacer(min_interval)
        self.digest_threshold = settings.digest_threshold if digest_threshold is None else digest_threshold

    def dispatch(self) -> DispatchReport:
        report = DispatchReport()
        held: set[str] = set()  # records that a digest not yet in Slack stands for: never posted on their own
        for record in self.outbox.open_records():
            if record.kind == "digest" and not self._send_digest(record, report) and record.status in OPEN:
                held.update(record.doc["payload"]["members"])
        held |= self._digest_floods(report)
        for record in self.outbox.open_records():
            if record.kind == "parent" and record.alert_id not in held:
                self._dispatch_parent(record, report)
        threads_grown: dict[str, dict[str, Any]] = {}  # event id -> the rule of its parent message
        for record in self.outbox.open_records():  # read again: parents posted above have threads now
            if record.kind in REPLY_KINDS and record.alert_id not in held and self._dispatch_reply(record, report):
                threads_grown[record.event_id] = record.doc["payload"]["rule"]
        for event_id, rule in threads_grown.items():
            self._refresh_parent(event_id, rule)  # once per event, however many replies it got
        return report

    # -- digests

    def _digest_floods(self, report: DispatchReport) -> set[str]:
        """Channels about to get more than ``digest_threshold`` new events get digests instead."""
        records = self.outbox.open_records()
        by_channel: dict[str, list[Record]] = {}
        for record in records:
            if record.kind == "parent" and record.status == "pending":  # "posting" ones may be in Slack already
                by_channel.setdefault(record.channel, []).append(record)
        held: set[str] = set()
        for channel, parents in by_channel.items():
            if len(parents) <= self.digest_threshold:
                continue
            for start in range(0, len(parents), DIGEST_MAX_EVENTS):
                chunk = parents[start : start + DIGEST_MAX_EVENTS]
                events = {p.event_id for p in chunk}
                replies = [r for r in records if r.kind in REPLY_KINDS and r.status == "pending" and r.event_id in events]
                members = [p.alert_id for p in chunk] + [r.alert_id for r in replies]
                digest = self.outbox.create(digest_id_for(channel, [p.alert_id for p in chunk]), self._digest_doc(channel, chunk, members))
                if digest.status not in OPEN or self._send_digest(digest, report) or digest.status not in OPEN:
                    continue  # in Slack; or refused for good, and then its events are posted one by one
                held.update(digest.doc["payload"]["members"])
        return held

    def _digest_doc(self, channel: str, parents: Sequence[Record], members: Sequence[str]) -> dict[str, Any]:
        now = self.now().isoformat()
        digest_id = digest_id_for(channel, [p.alert_id for p in parents])
        return {
            "alert_id": digest_id,
            "kind": "digest",
            "rule": ",".join(sorted({str(p.doc.get("rule")) for p in parents})),
            "channel": channel,
            "severity": max((str(p.doc.get("severity") or "medium") for p in parents), key=_severity_rank),
            "status": "pending",
            "attempts": 0,
            "created": now,
            "updated": now,
            "published": min(str(p.doc.get("published") or now) for p in parents),
            "title": f"{len(parents)} new government actions against TikTok",
            "payload": {
                "parents": [p.alert_id for p in parents],
                "event_ids": [p.event_id for p in parents],
                "members": list(members),
            },
        }

    def _send_digest(self, record: Record, report: DispatchReport) -> bool:
        """Deliver a digest record; once Slack has it, its members are ``digested``. True when in Slack."""
        payload = record.doc["payload"]
        events: list[dict[str, Any]] = []
        for event_id in payload["event_ids"]:
            found = self.events.get(event_id)
            if found is not None:
                events.append(found[0])

        def mark_members(ts: str) -> None:
            outlets = {p: sorted(e.get("outlets") or []) for p, e in zip(payload["parents"], events, strict=False)}
            self.outbox.mark_digested(payload["members"], record.alert_id, ts, outlets)
            for event_id in payload["event_ids"]:
                self.events.set_digest(event_id, record.channel, record.alert_id, ts)

        ts = deliver(self.outbox, self.sender, self.pacer, record, render_digest(events), None, report, before_recording=mark_members)
        if ts is None:
            log.warning("digest %s for %s not in Slack yet: its %d events wait for it", record.alert_id, record.channel, len(events))
            return False
        report.digested.extend(payload["parents"])
        return True

    # -- parents and replies

    def _dispatch_parent(self, record: Record, report: DispatchReport) -> str | None:
        found = self.events.get(record.event_id)
        if found is None:
            report.failed.append((record.alert_id, "event missing"))
            return None
        event = found[0]
        if event.get("slack_ts") and record.status == "pending":
            # The event already has its own thread; nothing more to post for it.
            record.doc.update(status="posted", slack_ts=event["slack_ts"], posted_at=self.now().isoformat())
            self.outbox.write(record)
            return str(event["slack_ts"])
        channel = record.channel
        return deliver(
            self.outbox,
            self.sender,
            self.pacer,
            record,
            render_parent(event, record.doc["payload"]["rule"]),
            None,
            report,
            before_recording=lambda ts: self.events.set_slack(record.event_id, channel, ts),
        )

    def _dispatch_reply(self, record: Record, report: DispatchReport) -> bool:
        """Post one thread reply; True when it was posted."""
        found = self.events.get(record.event_id)
        if found is not None and not found[0].get("slack_ts") and found[0].get("digest_ts"):
            if not self._promote(record, found[0], report):
                return False
            found = self.events.get(record.event_id)
        if found is None or not found[0].get("slack_ts"):
            report.deferred.append(record.alert_id)  # parent not posted yet
            return False
        event = found[0]
        article = record.doc["payload"]["article"]
        if article.get("id") == (event.get("article_ids") or [None])[0] and record.kind == "reply":
            record.doc.update(status="posted", slack_ts=event["slack_ts"], posted_at=self.now().isoformat())  # it is the parent itself
            self.outbox.write(record)
            return False
        message = render_reply(article, record.kind)
        return deliver(self.outbox, self.sender, self.pacer, record, message, str(event["slack_ts"]), report) is not None

    def _promote(self, reply: Record, event: dict[str, Any], report: DispatchReport) -> bool:
        """An event listed in a digest has news: post its own parent message. True when it has one now.

        Coverage from an outlet the digest already counted is not news: that reply is folded
        into the digest (``digested``) instead."""
        parent_id = alert_id_for(str(reply.doc.get("rule")), reply.event_id, None)
        parent = self.outbox.records([parent_id]).get(parent_id)
        if parent is None or parent.status != "digested":
            report.deferred.append(reply.alert_id)
            return False
        listed = set(parent.doc["payload"].get("digest_outlets") or [])
        article = reply.doc["payload"]["article"]
        if reply.kind == "reply" and outlet_of(article) in listed:
            reply.doc.update(status="digested", digest_id=parent.doc.get("digest_id"), digest_ts=parent.doc.get("digest_ts"))
            self.outbox.write(reply)
            return False
        channel = parent.channel
        ts = deliver(
            self.outbox,
            self.sender,
            self.pacer,
            parent,
            render_parent(event, parent.doc["payload"]["rule"]),
            None,
            report,
            before_recording=lambda ts: self.events.set_slack(parent.event_id, channel, ts),
        )
        if ts is None:
            return False
        report.promoted.append(parent_id)
        log.info("event %s, listed in digest %s, has news: promoted to its own message", reply.event_id, parent.doc.get("digest_id"))
        return True

    def _refresh_parent(self, event_id: str, rule: dict[str, Any]) -> None:
        """Re-render an event's own parent message with its current outlet count and latest development."""
        found = self.events.get(event_id)
        if found is None or not found[0].get("slack_ts"):
            return
        event = found[0]
        if event["slack_ts"] == event.get("digest_ts"):
            log.error("event %s: refusing to edit digest %s", event_id, event["slack_ts"])  # never overwrite a digest
            return
        try:
            self.sender.update(str(event.get("slack_channel")), str(event["slack_ts"]), render_parent(event, rule))
        except (TransientSlackError, AlertError) as exc:
            log.warning("could not refresh the parent of event %s: %s", event_id, exc)


def _severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else 1
