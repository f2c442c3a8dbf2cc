"""Delivery: posting one outbox record to Slack exactly once, reconciling after a crash.

:func:`deliver` claims a record (``posting``, a conditional write), posts it with message
metadata naming the alert id, then records ``posted`` and Slack's ``ts``. A record found in
``posting`` was interrupted after the claim: before posting again, the channel (or thread)
history since the claim is paged through for a message carrying that alert id, so a crash
between Slack accepting a post and us recording it does not post twice.

429s are retried by slack_sdk's ``RateLimitErrorRetryHandler`` honouring ``Retry-After``;
connection errors are *not* blindly retried (the post may have landed): the record stays
``posting`` and the next dispatch checks Slack first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from monitor.alert_render import Message
from monitor.errors import AlertError
from monitor.outbox import Outbox, Record
from monitor.pacing import Pacer
from monitor.settings import Settings

log = logging.getLogger(__name__)

METADATA_EVENT_TYPE = "monitor_alert"
HISTORY_PAGE = 200  # messages per conversations.history / .replies call
HISTORY_MAX_PAGES = 500  # 100,000 messages since the claim: beyond that, give up for now (never assume "not posted")
CLOCK_SKEW = timedelta(minutes=5)  # Slack's clock and ours may differ: look a little before the claim


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
        """The ts of the message carrying ``alert_id`` posted since ``oldest``, paging through the
        whole history since then (``cursor``); None when there is none."""
        kwargs: dict[str, Any] = {
            "channel": channel,
            "oldest": f"{oldest.timestamp():.6f}",
            "include_all_metadata": True,
            "limit": HISTORY_PAGE,
        }
        fn = self.client.conversations_replies if thread_ts else self.client.conversations_history
        if thread_ts:
            kwargs["ts"] = thread_ts
        cursor = ""
        for _page in range(HISTORY_MAX_PAGES):
            data = self._call(fn, **kwargs, **({"cursor": cursor} if cursor else {}))
            for msg in data.get("messages", []):
                meta = msg.get("metadata") or {}
                if meta.get("event_type") == METADATA_EVENT_TYPE and (meta.get("event_payload") or {}).get("alert_id") == alert_id:
                    return str(msg["ts"])
            cursor = str((data.get("response_metadata") or {}).get("next_cursor") or "")
            if not data.get("has_more") or not cursor:
                return None
        raise TransientSlackError(f"more than {HISTORY_MAX_PAGES * HISTORY_PAGE} messages since the claim: cannot tell yet")

    def update(self, channel: str, ts: str, message: Message) -> None:
        self._call(self.client.chat_update, channel=channel, ts=ts, text=message.text, blocks=message.blocks)


class ConsoleSender:
    """Prints alerts (no Slack token configured): the demo and dry runs."""

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


def make_sender(settings: Settings, echo: Callable[[str], None] = print) -> Sender:
    """Slack when a bot token is configured, the terminal otherwise."""
    if settings.slack_bot_token:
        return SlackSender(settings)
    return ConsoleSender(echo)


@dataclass
class DispatchReport:
    posted: list[str] = field(default_factory=list)
    reconciled: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    digested: list[str] = field(default_factory=list)  # parent alerts listed in a digest instead of posted
    promoted: list[str] = field(default_factory=list)  # parents of digested events posted on news

    def summary(self) -> str:
        return (
            f"{len(self.posted)} posted, {len(self.reconciled)} found already posted, {len(self.digested)} in digests, "
            f"{len(self.deferred)} deferred, {len(self.failed)} failed"
        )


def _claimed_at(doc: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(doc.get("claimed_at") or doc["created"]))


def deliver(
    outbox: Outbox,
    sender: Sender,
    pacer: Pacer,
    record: Record,
    message: Message,
    thread_ts: str | None,
    report: DispatchReport,
    *,
    before_recording: Callable[[str], None] | None = None,
) -> str | None:
    """Post ``record`` once; returns Slack's ts, or None when it was not (or not yet) posted.

    ``before_recording(ts)`` runs after Slack has the message and before the record says
    ``posted`` (a digest marks its members there): if the process dies in between, the record
    is still ``posting``, so the next dispatch finds the message and runs it again.
    """
    doc = record.doc
    alert_id = record.alert_id
    channel = record.channel
    now = outbox.now
    if record.status == "posting":
        try:
            found = sender.find_posted(channel, alert_id, thread_ts, _claimed_at(doc) - CLOCK_SKEW)
        except TransientSlackError as exc:
            report.deferred.append(alert_id)
            log.warning("alert %s: cannot check Slack history yet (%s)", alert_id, exc)
            return None
        if found:
            if before_recording is not None:
                before_recording(found)
            doc.update(status="posted", slack_ts=found, thread_ts=thread_ts, posted_at=now().isoformat(), error=None)
            outbox.write(record)
            report.reconciled.append(alert_id)
            log.info("alert %s was already in Slack (ts %s): recorded, not re-posted", alert_id, found)
            return found
    doc.update(status="posting", attempts=int(doc.get("attempts", 0)) + 1)
    if not doc.get("claimed_at"):
        doc["claimed_at"] = now().isoformat()  # the first claim: the earliest a message can be in Slack
    if not outbox.write(record):
        report.deferred.append(alert_id)  # another dispatcher took it
        return None
    pacer.wait(channel)
    try:
        ts = sender.post(channel, message, thread_ts, {"alert_id": alert_id, "event_id": doc.get("event_id"), "rule": doc.get("rule")})
    except TransientSlackError as exc:
        doc["error"] = str(exc)
        outbox.write(record)  # stays "posting": checked against Slack next time
        report.deferred.append(alert_id)
        log.warning("alert %s: delivery uncertain (%s); will check Slack before retrying", alert_id, exc)
        return None
    except AlertError as exc:
        doc.update(status="failed", error=str(exc))
        outbox.write(record)
        report.failed.append((alert_id, str(exc)))
        log.error("alert %s failed permanently: %s", alert_id, exc)
        return None
    if before_recording is not None:
        before_recording(ts)
    doc.update(status="posted", slack_ts=ts, thread_ts=thread_ts, posted_at=now().isoformat(), error=None)
    outbox.write(record)
    report.posted.append(alert_id)
    log.info("alert %s posted to %s (ts %s)", alert_id, channel, ts)
    return ts
