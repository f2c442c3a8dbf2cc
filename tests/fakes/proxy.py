"""A fault-injecting HTTP proxy on 127.0.0.1 in front of Elasticsearch.

It understands just enough HTTP/1.1 (``Content-Length`` and chunked bodies, keep-alive) to
act per request. Modes, switchable at any time from the test:

* ``pass()``: forward every request and relay the answer;
* ``down()``: stop listening and drop every open connection, so the client sees
  ``connection refused``; ``up()`` listens again on the same port;
* ``delay(seconds)``: hold each request that long before forwarding it (a slow cluster);
* ``cut(paths=("_bulk",), times=n)``: forward the request, let Elasticsearch apply it, read
  its answer, then close the client's connection without replying (the client cannot
  know whether the write happened);
* ``bulk_faults(plan)``: answer ``_bulk`` requests with a crafted mixed-result body. For
  every item ``plan(request_no, doc_id, op)`` returns a status to fake (``429``, ``503``,
  ``400``, ``409``, ``201`` ...) or ``None`` to really send the item to Elasticsearch; the
  real and the crafted item results are merged back in request order.

``requests`` records ``(method, path)`` of every request that reached the proxy,
``bulk_ids`` the document ids of every ``_bulk`` request and ``bulk_ops`` their
``(op, id)`` pairs, in order.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

BulkPlan = Callable[[int, str, str], int | None]

ERROR_TYPES = {
    400: ("mapper_parsing_exception", "failed to parse field [published] of type [date]"),
    409: ("version_conflict_engine_exception", "document already exists"),
    429: ("es_rejected_execution_exception", "rejected execution of coordinating operation"),
    503: ("unavailable_shards_exception", "primary shard is not active"),
}
PRODUCT_HEADERS = [("X-Elastic-Product", "Elasticsearch"), ("Content-Type", "application/vnd.elasticsearch+json;compatible-with=9")]
MAX_HEADER_BYTES = 64 * 1024


class _Closed(Exception):
    pass


def _read_line(f: Any) -> bytes:
    line = f.readline(MAX_HEADER_BYTES)
    if not line:
        raise _Closed()
    return bytes(line)


def read_message(f: Any, *, head_request: bool = False) -> tuple[bytes, list[tuple[str, str]], bytes]:
    """One HTTP message from a buffered socket file: start line, headers, de-chunked body."""
    start = _read_line(f).rstrip(b"\r\n")
    while not start:  # tolerate stray CRLF between messages
        start = _read_line(f).rstrip(b"\r\n")
    headers: list[tuple[str, str]] = []
    for _ in range(200):
        line = _read_line(f)
        if line in (b"\r\n", b"\n"):
            break
        key, _, value = line.decode("latin-1").partition(":")
        headers.append((key.strip(), value.strip()))
    names = {k.lower(): v for k, v in headers}
    body = b""
    if head_request or start.split(b" ")[1:2] in ([b"204"], [b"304"]):
        return start, headers, body
    if "chunked" in names.get("transfer-encoding", "").lower():
        parts = []
        for _ in range(1_000_000):
            size = int(_read_line(f).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while _read_line(f) not in (b"\r\n", b"\n"):
                    pass
                break
            parts.append(f.read(size))
            f.read(2)
        body = b"".join(parts)
    elif "content-length" in names:
        body = f.read(int(names["content-length"]))
    return start, headers, body


def write_message(sock: socket.socket, start: bytes, headers: list[tuple[str, str]], body: bytes) -> None:
    skip = {"content-length", "transfer-encoding"}
    lines = [start.decode("latin-1")] + [f"{k}: {v}" for k, v in headers if k.lower() not in skip]
    lines.append(f"Content-Length: {len(body)}")
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


class EsProxy:
    def __init__(self, upstream: str = "127.0.0.1:9200") -> None:
        host, _, port = upstream.removeprefix("http://").rstrip("/").partition(":")
        self.upstream = (host, int(port or 9200))
        self.mode = "pass"
        self.delay_s = 0.0
        self.cut_paths: tuple[str, ...] = ()
        self.cut_left: int | None = None
        self.plan: BulkPlan | None = None
        self.requests: list[tuple[str, str]] = []
        self.bulk_ids: list[list[str]] = []
        self.bulk_ops: list[list[tuple[str, str]]] = []
        self.cuts = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self.port = 0

    # ------------------------------------------------------------------ control

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> EsProxy:
        self._listen()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.down()

    def __enter__(self) -> EsProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def pass_(self) -> None:
        with self._lock:
            self.mode, self.delay_s, self.plan, self.cut_left = "pass", 0.0, None, None

    def down(self) -> None:
        """Refuse connections: close the listener and every open connection."""
        with self._lock:
            self.mode = "down"
            listener, self._listener = self._listener, None
            conns = list(self._conns)
        if listener is not None:
            listener.close()
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()

    def up(self) -> None:
        with self._lock:
            self.mode = "pass"
        if self._listener is None:
            self._listen()

    def delay(self, seconds: float) -> None:
        with self._lock:
            self.mode, self.delay_s = "delay", seconds

    def cut(self, paths: tuple[str, ...] = ("_bulk",), times: int | None = 1) -> None:
        with self._lock:
            self.mode, self.cut_paths, self.cut_left = "cut", paths, times

    def bulk_faults(self, plan: BulkPlan) -> None:
        with self._lock:
            self.mode, self.plan = "bulk", plan

    def count(self, path_part: str) -> int:
        with self._lock:
            return sum(1 for _, p in self.requests if path_part in p)

    # ------------------------------------------------------------------ serving

    def _listen(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(64)
        self.port = sock.getsockname()[1]
        with self._lock:
            self._listener = sock
        threading.Thread(target=self._accept, args=(sock,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return  # listener closed
            with self._lock:
                if self.mode == "down":
                    conn.close()
                    continue
                self._conns.add(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        upstream: socket.socket | None = None
        up_file = None
        f = conn.makefile("rb")
        try:
            while not self._stopping.is_set():
                try:
                    start, headers, body = read_message(f)
                except (_Closed, OSError, ValueError):
                    return
                method, path = start.decode("latin-1").split(" ")[:2]
                with self._lock:
                    self.requests.append((method, path))
                    mode, delay_s, plan = self.mode, self.delay_s, self.plan
                    cut = mode == "cut" and any(p in path for p in self.cut_paths) and (self.cut_left is None or self.cut_left > 0)
                    if cut and self.cut_left is not None:
                        self.cut_left -= 1
                if mode == "down":
                    return
                if "/_bulk" in path:
                    ops = _bulk_ops(body)
                    with self._lock:
                        self.bulk_ids.append([i for _, i in ops])
                        self.bulk_ops.append(ops)
                if mode == "delay":
                    deadline = time.monotonic() + delay_s
                    while time.monotonic() < deadline and not self._stopping.is_set():
                        time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
                if upstream is None:
                    upstream = socket.create_connection(self.upstream, timeout=120)
                    up_file = upstream.makefile("rb")
                if mode == "bulk" and plan is not None and "/_bulk" in path:
                    with self._lock:
                        request_no = sum(1 for _, p in self.requests if "/_bulk" in p)
                    reply = self._crafted_bulk(method, path, headers, body, plan, request_no, upstream, up_file)
                else:
                    write_message(upstream, start, headers, body)
                    reply = read_message(up_file, head_request=method == "HEAD")
                if cut:
                    with self._lock:
                        self.cuts += 1
                    return  # Elasticsearch did the work; the client never hears of it
                write_message(conn, *reply)
        except OSError:
            return
        finally:
            with self._lock:
                self._conns.discard(conn)
            for s in (upstream, conn):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass

    def _crafted_bulk(self, method: str, path: str, headers: list[tuple[str, str]], body: bytes, plan: BulkPlan, request_no: int,
                      upstream: socket.socket, up_file: Any) -> tuple[bytes, list[tuple[str, str]], bytes]:
        items = _bulk_items(body)
        default_index = path.split("?")[0].strip("/").split("/")[0] if not path.startswith("/_bulk") else ""
        fake: dict[int, int] = {}
        for i, (op, meta, _lines) in enumerate(items):
            status = plan(request_no, str(meta.get("_id")), op)
            if status is not None:
                fake[i] = status
        real_items: list[dict[str, Any]] = []
        answer_headers = list(PRODUCT_HEADERS)
        forward = [lines for i, (_op, _meta, lines) in enumerate(items) if i not in fake]
        if forward:
            sub = b"".join(line + b"\n" for lines in forward for line in lines)
            fwd_headers = [(k, v) for k, v in headers if k.lower() not in ("accept-encoding", "content-encoding")]
            write_message(upstream, f"{method} {path} HTTP/1.1".encode(), fwd_headers, sub)
            start, answer_headers, answer = read_message(up_file)
            if any(k.lower() == "content-encoding" and "gzip" in v for k, v in answer_headers):
                answer = gzip.decompress(answer)
                answer_headers = [(k, v) for k, v in answer_headers if k.lower() != "content-encoding"]
            if b" 200 " not in start + b" ":
                return start, answer_headers, answer
            real_items = json.loads(answer)["items"]
        merged: list[dict[str, Any]] = []
        real = iter(real_items)
        for i, (op, meta, _lines) in enumerate(items):
            if i not in fake:
                merged.append(next(real))
                continue
            status = fake[i]
            result: dict[str, Any] = {"_index": meta.get("_index", default_index), "_id": meta.get("_id"), "status": status}
            if status < 300:
                result.update(result="created" if status == 201 else "updated", _version=1, _seq_no=0, _primary_term=1,
                              _shards={"total": 1, "successful": 1, "failed": 0})
            else:
                kind, reason = ERROR_TYPES.get(status, ("exception", f"injected {status}"))
                result["error"] = {"type": kind, "reason": f"{reason} (injected by proxy)"}
            merged.append({op: result})
        out = json.dumps({"errors": any(next(iter(m.values()))["status"] >= 300 for m in merged), "took": 1, "items": merged}).encode()
        return b"HTTP/1.1 200 OK", [(k, v) for k, v in answer_headers if k.lower() != "content-length"], out


def _bulk_items(body: bytes) -> list[tuple[str, dict[str, Any], list[bytes]]]:
    lines = [line for line in body.split(b"\n") if line.strip()]
    items: list[tuple[str, dict[str, Any], list[bytes]]] = []
    i = 0
    while i < len(lines):
        action = json.loads(lines[i])
        op, meta = next(iter(action.items()))
        if op == "delete":
            items.append((op, meta, [lines[i]]))
            i += 1
        else:
            items.append((op, meta, [lines[i], lines[i + 1]]))
            i += 2
    return items


def _bulk_ops(body: bytes) -> list[tuple[str, str]]:
    try:
        return [(op, str(meta.get("_id"))) for op, meta, _ in _bulk_items(body)]
    except (ValueError, IndexError):
        return []
