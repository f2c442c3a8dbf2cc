"""The daily tracker run: write the page, store each event's current stage, post what changed.

:func:`publish_tracker` is what the ``monitor_tracker`` DAG's task calls:

1. the actions (:func:`monitor.tracker.load_actions`) are written as the page
   (:func:`monitor.tracker_page.write_page`);
2. each event's current stage and its date are copied into ``current_stage`` and
   ``stage_since`` of ``monitor-events`` (for the Kibana saved search and panel; the tracker
   itself always recomputes them);
3. the steps taken in the last ``RECENT`` days that no earlier summary listed are posted as one
   Slack message, and nothing is posted when there are none.

The summary goes through the alert outbox like every other message (:mod:`monitor.outbox`,
:mod:`monitor.delivery`): a ``tracker`` record, create-only, whose id comes from the channel
and the steps it lists, and whose ``payload.changes`` names them; it is claimed, posted with
its alert id in Slack message metadata and, after an interruption, looked for in the
channel's history before it is posted again. A step listed in any earlier ``tracker`` record
(posted, or still in doubt and delivered first) is never listed again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError

from monitor.alert_render import Message, escape, safe_link
from monitor.delivery import DispatchReport, Sender, deliver
from monitor.errors import StoreError
from monitor.index import bulk_write
from monitor.outbox import OPEN, Outbox, alert_id_for
from monitor.pacing import Pacer
from monitor.settings import Settings
from monitor.tracker import RECENT, STAGE_LABELS, Action, Step, load_actions, recent_changes, step_key
from monitor.tracker_page import write_page

log = logging.getLogger(__name__)

KIND = "tracker"
LOOKBACK = timedelta(days=30)  # earlier summaries read to know which steps were listed (> RECENT)
MAX_LINES = 40  # lines in one summary; the rest are counted ("and 12 more")


@dataclass
class TrackerReport:
    actions: int = 0
    page: str = ""
    stages_stored: int = 0
    changes: list[str] = field(default_factory=list)  # step keys listed in the summary posted now
    dispatch: DispatchReport = field(default_factory=DispatchReport)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actions": self.actions,
            "page": self.page,
            "stages_stored": self.stages_stored,
            "changes": len(self.changes),
            "posted": len(self.dispatch.posted),
            "reconciled": len(self.dispatch.reconciled),
            "deferred": len(self.dispatch.deferred),
            "failed": len(self.dispatch.failed),
        }


def render_summary(changes: Sequence[tuple[Action, Step]]) -> Message:
    """One Slack message listing the steps, newest first; titles escaped, links neutralised."""
    lines = [
        f"{a.flag} *{escape(a.jurisdiction_name)}* · {escape(a.act)} → *{escape(STAGE_LABELS.get(s.stage, s.stage))}* "
        f"({escape(s.day)}): {safe_link(s.url, s.title or s.url)}"
        for a, s in changes[:MAX_LINES]
    ]
    if len(changes) > MAX_LINES:
        lines.append(f"… and {len(changes) - MAX_LINES} more (see the tracker page)")
    head = f":scales: TikTok action tracker: {len(changes)} change{'s' if len(changes) != 1 else ''} since the last summary"
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": head}}]
    for start in range(0, len(lines), 10):  # sections stay far below Slack's 3,000 characters
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines[start : start + 10])}})
    text = head + "\n" + "\n".join(lines)
    return Message(text=text[:3900], blocks=blocks)


def store_stages(es: Elasticsearch, settings: Settings, actions: Sequence[Action]) -> int:
    """Copy each action's current stage into its event (and events folded into it)."""
    docs = [
        (event_id, {"current_stage": a.stage, "stage_since": a.stage_date or None})
        for a in actions
        for event_id in (a.event_id, *a.merged_event_ids)
    ]
    if not docs:
        return 0
    report = bulk_write(es, settings.index("events"), docs, op_type="update", refresh=True)
    if report.failed:
        raise StoreError(f"cannot store current stages: {report.failed[0][1]}")
    return len(docs)


def _earlier(es: Elasticsearch, settings: Settings, now: datetime) -> list[dict[str, Any]]:
    query = {"bool": {"filter": [{"term": {"kind": KIND}}, {"range": {"created": {"gte": (now - LOOKBACK).isoformat()}}}]}}
    try:
        es.indices.refresh(index=settings.index("alerts"))
        hits = es.search(index=settings.index("alerts"), query=query, size=1000, sort=[{"created": "asc"}])["hits"]["hits"]
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read earlier tracker summaries: {exc}") from exc
    return [dict(h["_source"], alert_id=h["_id"]) for h in hits]


def publish_tracker(
    es: Elasticsearch,
    settings: Settings,
    sender: Sender,
    path: Path,
    now: datetime,
    *,
    channel: str | None = None,
    recent: timedelta = RECENT,
    min_interval: float = 1.0,
) -> TrackerReport:
    """Write the page, store current stages, post a summary of new steps (only if any)."""
    report = TrackerReport()
    actions = load_actions(es, settings)
    report.actions = len(actions)
    report.page = str(write_page(path, actions, now, recent=recent))
    report.stages_stored = store_stages(es, settings, actions)
    channel = channel or settings.slack_channel
    outbox = Outbox(es, settings, lambda: now)
    pacer = Pacer(min_interval)
    by_key = {step_key(a, s): (a, s) for a in actions for s in a.steps}
    listed: set[str] = set()
    for doc in _earlier(es, settings, now):
        keys = [str(k) for k in (doc.get("payload") or {}).get("changes") or []]
        if doc.get("status") in OPEN:  # an interrupted run: finish it first (checked against Slack)
            record = outbox.records([doc["alert_id"]]).get(doc["alert_id"])
            if record is not None:
                changes = [by_key[k] for k in keys if k in by_key]
                deliver(outbox, sender, pacer, record, render_summary(changes), None, report.dispatch)
        if doc.get("status") != "failed":
            listed.update(keys)
    changes = [(a, s) for a, s in recent_changes(actions, now - recent) if step_key(a, s) not in listed]
    if not changes:
        log.info("tracker: %d actions, nothing changed since the last summary", len(actions))
        return report
    keys = sorted(step_key(a, s) for a, s in changes)
    alert_id = alert_id_for(KIND, channel, ",".join(keys))
    record = outbox.create(alert_id, _record_doc(alert_id, channel, keys, changes, now))
    if record.status in OPEN:
        deliver(outbox, sender, pacer, record, render_summary(changes), None, report.dispatch)
    report.changes = keys
    log.info("tracker: %d actions, %d new steps summarised in %s", len(actions), len(keys), channel)
    return report


def _record_doc(alert_id: str, channel: str, keys: list[str], changes: Sequence[tuple[Action, Step]], now: datetime) -> dict[str, Any]:
    return {
        "alert_id": alert_id,
        "kind": KIND,
        "rule": KIND,
        "channel": channel,
        "severity": "medium",
        "status": "pending",
        "attempts": 0,
        "created": now.isoformat(),
        "updated": now.isoformat(),
        "published": max(s.date for _a, s in changes),
        "title": f"{len(changes)} changes in the action tracker",
        "payload": {"changes": keys},
    }
