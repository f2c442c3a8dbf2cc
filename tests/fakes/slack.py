"""A local stand-in for the Slack Web API, spoken to over HTTP by ``slack_sdk.WebClient``.

It implements the methods the monitor uses (``auth.test``, ``chat.postMessage``,
``chat.update``, ``conversations.history``, ``conversations.replies``), stores every
message with its thread and metadata, and injects faults on demand:

* ``"429"``: answer ``ratelimited`` with a ``Retry-After`` header;
* ``"500"``: an internal error, message not stored;
* ``"error:CODE"``: Slack refuses the call for good (``{"ok": false, "error": CODE}``);
* ``"reset_before"``: drop the connection before storing the message;
* ``"reset_after"``: store the message, then drop the connection without answering.

History calls page like Slack's (``limit``, ``has_more``, ``response_metadata.next_cursor``),
and ``add_history`` fills a channel with other people's messages.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Message:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    thread_ts: str | None
    metadata: dict[str, Any] | None
    raw: dict[str, Any] = field(default_factory=dict)
    edits: int = 0


class FakeSlack:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.calls: list[tuple[str, float]] = []
        self.faults: dict[str, deque[tuple[str, int]]] = {}
        self.pages: list[tuple[str, int]] = []  # (history method, messages returned) per call
        self._lock = threading.Lock()
        self._ts = 1_700_000_000_000_100
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _params(self) -> dict[str, Any]:
                query = dict(parse_qsl(urlsplit(self.path).query))
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                ctype = self.headers.get("Content-Type", "")
                if body and "json" in ctype:
                    query.update(json.loads(body))
                elif body:
                    query.update(dict(parse_qsl(body.decode())))
                return query

            def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _reset(self) -> None:
                self.close_connection = True
                try:
                    import socket

                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            def _handle(self) -> None:
                method = urlsplit(self.path).path.rstrip("/").split("/")[-1]
                params = self._params()
                with outer._lock:
                    outer.calls.append((method, time.monotonic()))
                    queue = outer.faults.get(method)
                    fault = None
                    if queue:
                        kind, left = queue[0]
                        fault = kind
                        if left <= 1:
                            queue.popleft()
                        else:
                            queue[0] = (kind, left - 1)
                if fault and fault.startswith("429"):
                    retry_after = fault.split(":")[1] if ":" in fault else "1"
                    self._send(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": retry_after})
                    return
                if fault and fault.startswith("error:"):
                    self._send(200, {"ok": False, "error": fault.split(":", 1)[1]})
                    return
                if fault == "500":
                    self._send(500, {"ok": False, "error": "internal_error"})
                    return
                if fault == "reset_before":
                    self._reset()
                    return
                result = outer._dispatch(method, params)
                if fault == "reset_after":
                    self._reset()
                    return
                self._send(200, result)

            do_GET = _handle
            do_POST = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # ------------------------------------------------------------------ control

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def start(self) -> FakeSlack:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail(self, method: str, kind: str, times: int = 1) -> None:
        """Inject ``kind`` into the next ``times`` calls of ``method``."""
        with self._lock:
            self.faults.setdefault(method, deque()).append((kind, times))

    def parents(self, channel: str | None = None) -> list[Message]:
        return [m for m in self.messages if m.thread_ts is None and (channel is None or m.channel == channel)]

    def replies(self, thread_ts: str) -> list[Message]:
        return [m for m in self.messages if m.thread_ts == thread_ts]

    def count(self, method: str) -> int:
        return sum(1 for m, _ in self.calls if m == method)

    def add_history(self, channel: str, n: int, thread_ts: str | None = None) -> list[Message]:
        """``n`` messages from other people (no metadata), as a busy channel has."""
        with self._lock:
            added = [Message(channel, self._next_ts(), f"chatter {i}", [], thread_ts, None) for i in range(n)]
            self.messages.extend(added)
        return added

    # ------------------------------------------------------------------ API

    def _history(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        """Like Slack: ``conversations.history`` newest first, ``conversations.replies`` the parent
        then its replies oldest first; ``oldest`` exclusive unless ``inclusive``; at most ``limit``
        messages (default 100) per call, the rest behind ``response_metadata.next_cursor``."""
        channel = p.get("channel")
        oldest = float(p.get("oldest") or 0)
        inclusive = str(p.get("inclusive", "")).lower() in ("1", "true")
        found = [m for m in self.messages if m.channel == channel and (float(m.ts) > oldest or (inclusive and float(m.ts) == oldest))]
        if method == "conversations.replies":
            found = sorted((m for m in found if m.ts == p.get("ts") or m.thread_ts == p.get("ts")), key=lambda m: float(m.ts))
        else:
            found = sorted((m for m in found if m.thread_ts is None or m.raw.get("reply_broadcast")), key=lambda m: -float(m.ts))
        limit = max(1, min(int(p.get("limit") or 100), 999))
        cursor = str(p.get("cursor") or "")
        start = int(cursor.removeprefix("next:")) if cursor.startswith("next:") else 0
        page = found[start : start + limit]
        include = str(p.get("include_all_metadata", "")).lower() in ("1", "true")
        out = []
        for m in page:
            item: dict[str, Any] = {"type": "message", "ts": m.ts, "text": m.text}
            if m.thread_ts:
                item["thread_ts"] = m.thread_ts
            if include and m.metadata:
                item["metadata"] = m.metadata
            out.append(item)
        has_more = start + limit < len(found)
        self.pages.append((method, len(out)))
        return {
            "ok": True,
            "messages": out,
            "has_more": has_more,
            "response_metadata": {"next_cursor": f"next:{start + limit}" if has_more else ""},
        }

    def _next_ts(self) -> str:
        # Like Slack's: epoch seconds with microseconds, unique and increasing.
        self._ts = max(self._ts + 1, int(time.time() * 1_000_000))
        return f"{self._ts // 1_000_000}.{self._ts % 1_000_000:06d}"

    def _dispatch(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if method == "auth.test":
                return {"ok": True, "user_id": "UBOT", "team": "test"}
            if method == "chat.postMessage":
                if not p.get("channel"):
                    return {"ok": False, "error": "channel_not_found"}
                blocks = p.get("blocks") or []
                if isinstance(blocks, str):
                    blocks = json.loads(blocks)
                metadata = p.get("metadata")
                if isinstance(metadata, str):
                    metadata = json.loads(metadata)
                if len(blocks) > 50:
                    return {"ok": False, "error": "invalid_blocks"}
                msg = Message(p["channel"], self._next_ts(), p.get("text", ""), blocks, p.get("thread_ts"), metadata, raw=p)
                self.messages.append(msg)
                return {"ok": True, "channel": msg.channel, "ts": msg.ts, "message": {"text": msg.text, "ts": msg.ts}}
            if method == "chat.update":
                for msg in self.messages:
                    if msg.channel == p.get("channel") and msg.ts == p.get("ts"):
                        msg.text = p.get("text", msg.text)
                        blocks = p.get("blocks")
                        msg.blocks = json.loads(blocks) if isinstance(blocks, str) else (blocks or msg.blocks)
                        msg.edits += 1
                        return {"ok": True, "channel": msg.channel, "ts": msg.ts}
                return {"ok": False, "error": "message_not_found"}
            if method in ("conversations.history", "conversations.replies"):
                return self._history(method, p)
            return {"ok": False, "error": "unknown_method"}
