"""Alerts: the outbox in Elasticsearch, Block Kit rendering, and exactly-once delivery to Slack.

Flow for every rule-matched event update:

1. ``plan_alerts`` writes an outbox record to ``monitor-alerts`` with a deterministic id and
   create-only semantics (one parent per rule and event, one reply per article), so planning
   twice never doubles anything. Articles first published before the freshness window are
   never planned: a backfill or an outage cannot flood Slack.
2. ``dispatch_alerts`` claims each pending record (``pending`` → ``posting``), posts it with
   message metadata naming the alert id, then records ``posted`` and Slack's ``ts``.
   A record found in ``posting`` was interrupted after the claim: before posting again the
   dispatcher looks for a message carrying that alert id in the channel (or thread), so a
   crash between Slack accepting a post and us recording it does not post twice.
   429s are retried by slack_sdk's ``RateLimitErrorRetryHandler`` honouring ``Retry-After``;
   connection errors are *not* blindly retried (the post may have landed).
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from elasticsearch import ApiError, ConflictError, Elasticsearch, TransportError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.models.blocks import ContextBlock, DividerBlock, MarkdownTextObject, SectionBlock

from monitor.errors import AlertError, StoreError
from monitor.events import EventStore, EventUpdate, article_time, main_action, outlet_of
from monitor.index import bulk_write
from monitor.jurisdictions import flag, jurisdiction_name
from monitor.rules import Rule
from monitor.settings import Settings

log = logging.getLogger(__name__)

METADATA_EVENT_TYPE = "monitor_alert"
SECTION_LIMIT = 3000
FALLBACK_LIMIT = 4000
EVIDENCE_LIMIT = 900
DIGEST_THRESHOLD = 10
ACTION_LABELS = {
    "ban_national": "national ban",
    "ban_regional": "regional ban",
    "ban_government_devices": "government-device ban",
    "divestiture_order": "divestiture order",
    "business_wind_up_order": "business wind-up order",
    "fine_or_penalty": "fine",
    "lawsuit_by_government": "government lawsuit",
    "investigation_opened": "investigation opened",
    "law_enacted": "law enacted",
    "regulatory_order": "regulatory order",
    "other": "government action",
}
STAGE_ICONS = {"challenged": "⚖️", "blocked": "⛔", "upheld": "✅", "lifted": "↩️"}


# --------------------------------------------------------------------------- escaping


def escape(text: Any) -> str:
    """Escape an untrusted string for Slack mrkdwn: ``&``, ``<`` and ``>`` become entities,
    so ``<!channel>``, ``<@U123>`` or a fake link in a headline stay inert text."""
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_link(url: Any, label: Any) -> str:
    """A mrkdwn link ``<url|label>`` with both parts neutralised; non-http URLs become text."""
    url = str(url or "")
    if not re.match(r"^https?://", url):
        return escape(label or url)
    quoted = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    text = escape(label or url).replace("|", "¦")
    return f"<{quoted}|{text}>"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def mention_markup(mention: str) -> str:
    """Trusted mention markup from a rule's (validated) mention policy."""
    if mention == "here":
        return "<!here> "
    if mention == "channel":
        return "<!channel> "
    if mention.startswith("S"):
        return f"<!subteam^{mention}> "
    if mention[:1] in ("U", "W"):
        return f"<@{mention}> "
    return ""


# --------------------------------------------------------------------------- rendering


def headline(event: dict[str, Any]) -> str:
    """``🇨🇦 Canada · business wind-up order · Government of Canada`` (unescaped)."""
    code = str(event.get("jurisdiction") or "")
    parts = [f"{flag(code)} {jurisdiction_name(code)}".strip(), ACTION_LABELS.get(str(event.get("action_type")), "government action")]
    if event.get("actor"):
        parts.append(str(event["actor"]))
    return " · ".join(parts)


def _date(value: Any) -> str:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).strftime("%d %b %Y")
    except ValueError:
        return "date unknown"


@dataclass(frozen=True)
class Message:
    text: str  # the fallback text (notifications, screen readers)
    blocks: list[dict[str, Any]]


def render_parent(event: dict[str, Any], rule: dict[str, Any]) -> Message:
    title = event.get("title") or "(no title)"
    head = headline(event)
    lines = [
        f"{mention_markup(str(rule.get('mention', 'none')))}*{escape(head)}*",
        safe_link(event.get("best_url"), _clip(str(title), 300)),
    ]
    if event.get("evidence"):
        lines.append("> " + escape(_clip(str(event["evidence"]), EVIDENCE_LIMIT)))
    outlets = int(event.get("outlet_count") or 1)
    context = [
        f"📅 {_date(event.get('first_published'))}",
        f"📰 {outlets} outlet{'s' if outlets != 1 else ''}",
        f"🔔 rule *{escape(rule.get('name'))}* ({escape(rule.get('severity', 'medium'))})",
    ]
    if event.get("official"):
        context.insert(0, "🏛️ official source")
    developments = event.get("developments") or []
    if developments:
        last = developments[-1]
        context.append(f"{STAGE_ICONS.get(str(last.get('stage')), '•')} latest: {escape(last.get('stage'))}")
    kind = escape(ACTION_LABELS.get(str(event.get("action_type")), "action"))
    why = f"Why: {escape(rule.get('description') or rule.get('name'))}; the article reports an adopted government action ({kind})."
    blocks = [
        SectionBlock(text=MarkdownTextObject(text=_clip_section("\n".join(lines)))).to_dict(),
        ContextBlock(elements=[MarkdownTextObject(text=" · ".join(context))]).to_dict(),
        ContextBlock(elements=[MarkdownTextObject(text=_clip(why, SECTION_LIMIT))]).to_dict(),
    ]
    fallback = (
        f"{escape(head)}: {escape(_clip(str(title), 300))} ({outlets} outlet{'s' if outlets != 1 else ''}) {event.get('best_url') or ''}"
    )
    return Message(text=_clip(fallback, FALLBACK_LIMIT), blocks=blocks)


def render_reply(article: dict[str, Any], kind: str) -> Message:
    title = _clip(str(article.get("title") or "(no title)"), 300)
    outlet = outlet_of(article)
    if kind == "development":
        action = main_action(article)
        stage = str(action.get("stage") or "update")
        lines = [f"{STAGE_ICONS.get(stage, '•')} *Development: {escape(stage)}* · {escape(outlet)}", safe_link(article.get("url"), title)]
        if action.get("evidence"):
            lines.append("> " + escape(_clip(str(action["evidence"]), EVIDENCE_LIMIT)))
        fallback = f"Development ({escape(stage)}): {escape(title)} {article.get('url') or ''}"
    else:
        lines = [f"📰 Also reported by *{escape(outlet)}*: {safe_link(article.get('url'), title)}"]
        fallback = f"Also reported by {escape(outlet)}: {escape(title)} {article.get('url') or ''}"
    blocks = [SectionBlock(text=MarkdownTextObject(text=_clip_section("\n".join(lines)))).to_dict()]
    return Message(text=_clip(fallback, FALLBACK_LIMIT), blocks=blocks)


def render_digest(alerts: Sequence[dict[str, Any]]) -> Message:
    """One message standing in for many parents when a channel would be flooded."""
    blocks: list[dict[str, Any]] = [
        SectionBlock(text=MarkdownTextObject(text=f"*{len(alerts)} new government actions against TikTok*")).to_dict(),
        DividerBlock().to_dict(),
    ]
    for alert in alerts[:45]:
        payload = alert.get("payload") or {}
        event = payload.get("event") or {}
        line = f"*{escape(headline(event))}*\n{safe_link(event.get('best_url'), _clip(str(event.get('title') or ''), 200))}"
        blocks.append(SectionBlock(text=MarkdownTextObject(text=_clip_section(line))).to_dict())
    if len(alerts) > 45:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=f"…and {len(alerts) - 45} more in Kibana")]).to_dict())
    return Message(text=f"{len(alerts)} new government actions against TikTok", blocks=blocks)


def _clip_section(text: str) -> str:
    """Keep a section under Slack's 3,000 characters by dropping whole trailing lines
    (a link or an entity is never cut in half)."""
    lines = text.split("\n")
    while len("\n".join(lines)) > SECTION_LIMIT and len(lines) > 1:
        lines.pop()
    joined = "\n".join(lines)
    return joined if len(joined) <= SECTION_LIMIT else _clip(re.sub(r"<[^>]*$", "", joined[:SECTION_LIMIT]), SECTION_LIMIT)


# --------------------------------------------------------------------------- senders


class Sender(Protocol):
    """Where alerts go: Slack, or the terminal when no bot token is configured."""

    def post(self, channel: str, message: Message, thread_ts: str | None, metadata: dict[str, Any]) -> str: ...

    def find_posted(self, channel: str, alert_id: str, thread_ts: str | None, oldest: datetime) -> str | None: ...

    def update(self, channel: str, ts: str, message: Message) -> None: ...


class TransientSlackError(Exception):
    """The post may or may not have landed (connection reset, 5xx, exhausted 429 retries)."""


class SlackSender:
    """Posts through ``slack_sdk.WebClient``; only 429s are retried automatically."""

    def __init__(self, settings: Settings, client: WebClient | None = None, max_429_retries: int = 5) -> None:
        self.client = client or WebClient(
            token=settings.slack_bot_token,
            base_url=settings.slack_api_url,
            timeout=15,
            retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=max_429_retries)],
        )

    def _call(self, fn: Callable[..., Any], **kwargs: Any) -> dict[str, Any]:
        try:
            response = fn(**kwargs)
        except SlackApiError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            error = exc.response.get("error") if exc.response is not None else str(exc)
            if (
                status >= 500
                or status == 429
                or error in ("internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited")
            ):
                raise TransientSlackError(f"Slack {status}: {error}") from exc
            raise AlertError(f"Slack refused the request: {error}") from exc
        except (OSError, TimeoutError) as exc:  # URLError, ConnectionResetError, RemoteDisconnected
            raise TransientSlackError(f"{type(exc).__name__}: {exc}") from exc
        data: dict[str, Any] = response.data if isinstance(response.data, dict) else {}
        return data

    def post(self, channel: str, message: Message, thread_ts: str | None, metadata: dict[str, Any]) -> str:
        data = self._call(
            self.client.chat_postMessage,
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            thread_ts=thread_ts,
            metadata={"event_type": METADATA_EVENT_TYPE, "event_payload": metadata},
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(data["ts"])

    def find_posted(self, channel: str, alert_id: str, thread_ts: str | None, oldest: datetime) -> str | None:
        kwargs: dict[str, Any] = {"channel": channel, "oldest": f"{oldest.timestamp():.6f}", "include_all_metadata": True, "limit": 200}
        if thread_ts:
            data = self._call(self.client.conversations_replies, ts=thread_ts, **kwargs)
        else:
            data = self._call(self.client.conversations_history, **kwargs)
        for msg in data.get("messages", []):
            meta = msg.get("metadata") or {}
            if meta.get("event_type") == METADATA_EVENT_TYPE and (meta.get("event_payload") or {}).get("alert_id") == alert_id:
                return str(msg["ts"])
        return None

    def update(self, channel: str, ts: str, message: Message) -> None:
        self._call(self.client.chat_update, channel=channel, ts=ts, text=message.text, blocks=message.blocks)


class ConsoleSender:
    """Prints alerts to the terminal (used when ``SLACK_BOT_TOKEN`` is not set)."""

    def __init__(self, echo: Callable[[str], None] = print) -> None:
        self.echo = echo
        self.count = 0

    def post(self, channel: str, message: Message, thread_ts: str | None, metadata: dict[str, Any]) -> str:
        self.count += 1
        prefix = "  ↳ " if thread_ts else "🔔 ALERT "
        self.echo(f"{prefix}[{channel}] {_unescape(message.text)}")
        return f"console.{self.count:06d}"

    def find_posted(self, channel: str, alert_id: str, thread_ts: str | None, oldest: datetime) -> str | None:
        return None

    def update(self, channel: str, ts: str, message: Message) -> None:
        pass


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# --------------------------------------------------------------------------- outbox


def alert_id_for(rule: str, event_id: str, article_id: str | None) -> str:
    key = f"{rule}|{event_id}|{article_id or 'parent'}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def is_fresh(article: dict[str, Any], settings: Settings, now: datetime) -> bool:
    published = article_time(article, now)
    return published >= now - timedelta(hours=settings.freshness_hours)


def plan_alerts(es: Elasticsearch, settings: Settings, rule: Rule, updates: Sequence[EventUpdate], now: datetime) -> list[str]:
    """Create outbox records for event updates (create-only); returns the ids created."""
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
            docs.append(
                (
                    reply_id,
                    {
                        **base,
                        "alert_id": reply_id,
                        "kind": "development" if update.kind == "development" else "reply",
                        "article_id": article["id"],
                    },
                )
            )
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


@dataclass
class DispatchReport:
    posted: list[str] = field(default_factory=list)
    reconciled: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    digested: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.posted)} posted, {len(self.reconciled)} found already posted, {len(self.digested)} in digests, "
            f"{len(self.deferred)} deferred, {len(self.failed)} failed"
        )


class Dispatcher:
    def __init__(
        self,
        es: Elasticsearch,
        settings: Settings,
        sender: Sender,
        *,
        min_interval: float = 1.0,
        digest_threshold: int = DIGEST_THRESHOLD,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.es = es
        self.settings = settings
        self.sender = sender
        self.index = settings.index("alerts")
        self.events = EventStore(es, settings)
        self.min_interval = min_interval
        self.digest_threshold = digest_threshold
        self.now = now or (lambda: datetime.now(UTC))
        self._last_post: dict[str, float] = {}

    # -- outbox access

    def _pending(self) -> list[tuple[str, dict[str, Any], int, int]]:
        try:
            self.es.indices.refresh(index=self.index)
            response = self.es.search(
                index=self.index,
                query={"terms": {"status": ["pending", "posting"]}},
                size=1000,
                sort=[{"created": "asc"}, {"published": "asc"}, {"alert_id": "asc"}],
                seq_no_primary_term=True,
            )
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read the alert outbox: {exc}") from exc
        return [(h["_id"], h["_source"], h["_seq_no"], h["_primary_term"]) for h in response["hits"]["hits"]]

    def _write(self, alert_id: str, doc: dict[str, Any], seq_no: int, term: int) -> tuple[int, int] | None:
        doc["updated"] = self.now().isoformat()
        try:
            r = self.es.index(index=self.index, id=alert_id, document=doc, if_seq_no=seq_no, if_primary_term=term, refresh=True)
        except ConflictError:
            return None
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot update alert {alert_id}: {exc}") from exc
        return r["_seq_no"], r["_primary_term"]

    # -- delivery

    def _pace(self, channel: str) -> None:
        last = self._last_post.get(channel)
        if last is not None and self.min_interval > 0:
            wait = self.min_interval - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_post[channel] = time.monotonic()

    def _deliver(
        self, alert_id: str, doc: dict[str, Any], seq_no: int, term: int, message: Message, thread_ts: str | None, report: DispatchReport
    ) -> str | None:
        channel = str(doc["channel"])
        if doc["status"] == "posting":
            created = datetime.fromisoformat(str(doc["created"]))
            try:
                found = self.sender.find_posted(channel, alert_id, thread_ts, created - timedelta(minutes=5))
            except TransientSlackError as exc:
                report.deferred.append(alert_id)
                log.warning("alert %s: cannot check Slack history yet (%s)", alert_id, exc)
                return None
            if found:
                doc.update(status="posted", slack_ts=found, thread_ts=thread_ts, posted_at=self.now().isoformat(), error=None)
                self._write(alert_id, doc, seq_no, term)
                report.reconciled.append(alert_id)
                log.info("alert %s was already in Slack (ts %s): recorded, not re-posted", alert_id, found)
                return found
        doc.update(status="posting", attempts=int(doc.get("attempts", 0)) + 1)
        claimed = self._write(alert_id, doc, seq_no, term)
        if claimed is None:
            report.deferred.append(alert_id)  # another dispatcher took it
            return None
        seq_no, term = claimed
        self._pace(channel)
        try:
            ts = self.sender.post(
                channel, message, thread_ts, {"alert_id": alert_id, "event_id": doc.get("event_id"), "rule": doc.get("rule")}
            )
        except TransientSlackError as exc:
            doc["error"] = str(exc)
            self._write(alert_id, doc, seq_no, term)  # stays "posting": checked against Slack next time
            report.deferred.append(alert_id)
            log.warning("alert %s: delivery uncertain (%s); will check Slack before retrying", alert_id, exc)
            return None
        except AlertError as exc:
            doc.update(status="failed", error=str(exc))
            self._write(alert_id, doc, seq_no, term)
            report.failed.append((alert_id, str(exc)))
            log.error("alert %s failed permanently: %s", alert_id, exc)
            return None
        doc.update(status="posted", slack_ts=ts, thread_ts=thread_ts, posted_at=self.now().isoformat(), error=None)
        self._write(alert_id, doc, seq_no, term)
        report.posted.append(alert_id)
        log.info("alert %s posted to %s (ts %s)", alert_id, channel, ts)
        return ts

    def dispatch(self) -> DispatchReport:
        report = DispatchReport()
        pending = self._pending()
        parents = [p for p in pending if p[1]["kind"] == "parent" and p[1]["status"] == "pending"]
        by_channel: dict[str, list[tuple[str, dict[str, Any], int, int]]] = {}
        for item in parents:
            by_channel.setdefault(item[1]["channel"], []).append(item)
        for channel, items in by_channel.items():
            if len(items) > self.digest_threshold:
                self._digest(channel, items, report)
        for alert_id, doc, seq_no, term in self._pending():
            if doc["kind"] == "parent":
                self._dispatch_parent(alert_id, doc, seq_no, term, report)
        threads_grown: dict[str, dict[str, Any]] = {}  # event id -> the rule of its parent message
        for alert_id, doc, seq_no, term in self._pending():
            if doc["kind"] != "parent" and self._dispatch_reply(alert_id, doc, seq_no, term, report):
                threads_grown[str(doc["event_id"])] = doc["payload"]["rule"]
        for event_id, rule in threads_grown.items():
            self._refresh_parent(event_id, rule)  # once per event, however many replies it got
        return report

    def _refresh_parent(self, event_id: str, rule: dict[str, Any]) -> None:
        """Re-render a parent message with the event's current outlet count and latest development."""
        found = self.events.get(event_id)
        if found is None or not found[0].get("slack_ts"):
            return
        event = found[0]
        try:
            self.sender.update(str(event.get("slack_channel")), str(event["slack_ts"]), render_parent(event, rule))
        except (TransientSlackError, AlertError) as exc:
            log.warning("could not refresh the parent of event %s: %s", event_id, exc)

    def _dispatch_parent(self, alert_id: str, doc: dict[str, Any], seq_no: int, term: int, report: DispatchReport) -> None:
        found = self.events.get(str(doc["event_id"]))
        if found is None:
            report.failed.append((alert_id, "event missing"))
            return
        event = found[0]
        if event.get("slack_ts") and doc["status"] == "pending":
            # The event already has a thread (e.g. a digest); nothing more to post for it.
            doc.update(status="posted", slack_ts=event["slack_ts"], posted_at=self.now().isoformat())
            self._write(alert_id, doc, seq_no, term)
            return
        message = render_parent(event, doc["payload"]["rule"])
        ts = self._deliver(alert_id, doc, seq_no, term, message, None, report)
        if ts:
            self.events.set_slack(str(doc["event_id"]), str(doc["channel"]), ts)

    def _dispatch_reply(self, alert_id: str, doc: dict[str, Any], seq_no: int, term: int, report: DispatchReport) -> bool:
        """Post one thread reply; True when it was posted."""
        found = self.events.get(str(doc["event_id"]))
        if found is None or not found[0].get("slack_ts"):
            report.deferred.append(alert_id)  # parent not posted yet
            return False
        event = found[0]
        article = doc["payload"]["article"]
        if article.get("id") == (event.get("article_ids") or [None])[0] and doc["kind"] == "reply":
            doc.update(status="posted", slack_ts=event["slack_ts"], posted_at=self.now().isoformat())  # it is the parent itself
            self._write(alert_id, doc, seq_no, term)
            return False
        return self._deliver(alert_id, doc, seq_no, term, render_reply(article, doc["kind"]), str(event["slack_ts"]), report) is not None

    def _digest(self, channel: str, items: list[tuple[str, dict[str, Any], int, int]], report: DispatchReport) -> None:
        docs = []
        for _alert_id, doc, _s, _t in items:
            event = self.events.get(str(doc["event_id"]))
            docs.append({**doc, "payload": {**doc["payload"], "event": event[0] if event else {}}})
        digest_id = alert_id_for("digest", channel, ",".join(i[0] for i in items))
        self._pace(channel)
        try:
            ts = self.sender.post(channel, render_digest(docs), None, {"alert_id": digest_id, "digest_of": len(items)})
        except (TransientSlackError, AlertError) as exc:
            log.warning("digest for %s not posted (%s); alerts stay pending", channel, exc)
            return
        for alert_id, doc, seq_no, term in items:
            doc.update(status="posted", slack_ts=ts, posted_at=self.now().isoformat(), kind="parent", error=None)
            self._write(alert_id, doc, seq_no, term)
            self.events.set_slack(str(doc["event_id"]), channel, ts)
            report.digested.append(alert_id)


def make_sender(settings: Settings, echo: Callable[[str], None] = print) -> Sender:
    """Slack when a bot token is configured, the terminal otherwise."""
    if settings.slack_bot_token:
        return SlackSender(settings)
    return ConsoleSender(echo)
