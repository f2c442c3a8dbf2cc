"""Hostile servers and pages, for checking that every budget really holds.

Each function returns a route for :class:`tests.fakes.http.LocalServer` (a fixed
:class:`Reply` or a handler that writes to the socket itself), or the hostile bytes. The
``*_worker`` functions stand in for the extraction function inside the real worker
processes of :class:`monitor.extract.Extractor` (they must be importable by path).
"""

from __future__ import annotations

import functools
import gzip
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler

from monitor.extract import ExtractResult
from tests.fakes.http import Handler, LocalServer, Reply

MB = 1024 * 1024


# --------------------------------------------------------------------------- bodies


@functools.lru_cache(maxsize=4)
def gzip_bomb_bytes(decompressed_mb: int = 1024) -> bytes:
    """A gzip stream of ``decompressed_mb`` MiB of zeros (about 1 KiB per MiB compressed)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MB)
    parts = [z.compress(block) for _ in range(decompressed_mb)]
    parts.append(z.flush())
    return b"".join(parts)


def billion_laughs() -> bytes:
    """The classic exponential entity expansion (10^9 'lol's), in an RSS envelope."""
    entities = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
        '<rss version="2.0"><channel><title>laughs</title>'
        "<item><title>&lol9;</title><link>https://example.com/a</link></item></channel></rss>"
    ).encode()


def quadratic_blowup(entity_kb: int = 100, refs: int = 50_000) -> bytes:
    """One large entity referenced many times: no nesting, still gigabytes once expanded."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "{"x" * (entity_kb * 1024)}">]>\n'
        '<rss version="2.0"><channel><title>quadratic</title>'
        f"<item><title>t</title><description>{'&a;' * refs}</description><link>https://example.com/q</link></item>"
        "</channel></rss>"
    ).encode()


def external_entity() -> bytes:
    """XXE: an external entity pointing at a local file."""
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<rss version="2.0"><channel><title>xxe</title><item><title>&xxe;</title><link>https://example.com/x</link></item></channel></rss>'
    )


def utf16_laughs() -> bytes:
    """The billion laughs in UTF-16, where a byte search for ``<!ENTITY`` finds nothing."""
    return billion_laughs().decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")


def big_feed(n: int = 10_000, base: str = "https://example.com/big") -> bytes:
    """A valid RSS feed with ``n`` entries (about 190 bytes each)."""
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}/{i}</link><guid>{base}/{i}</guid>"
        f"<description>Entry {i} of a very long feed</description><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    head = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title><link>{base}</link>'
    return (head + items + "</channel></rss>").encode()


def small_feed(name: str, base: str, n: int = 3) -> bytes:
    items = "".join(
        f"<item><title>{name} item {i}</title><link>{base}/{name}/{i}</link><guid>{base}/{name}/{i}</guid>"
        f"<description>Summary {i}</description><pubDate>Mon, 01 Jan 2024 0{i}:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>{items}</channel></rss>'.encode()


def slow_page(paragraphs: int = 40_000) -> bytes:
    """A real, valid article page big enough (about 3.5 MB, under the 5 MiB fetch cap) that
    trafilatura needs several seconds on it: no hook, just a page over the time budget."""
    body = "".join(
        f"<p>Paragraph {i}: the regulator said the platform must answer questions about data transfers.</p>" for i in range(paragraphs)
    )
    return f"<!doctype html><html><head><title>Long</title></head><body><article><h1>Long</h1>{body}</article></body></html>".encode()


# --------------------------------------------------------------------------- routes


def gzip_bomb(decompressed_mb: int = 1024) -> Reply:
    return Reply(200, gzip_bomb_bytes(decompressed_mb), {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"})


def feed_reply(body: bytes, content_type: str = "application/rss+xml", **headers: str) -> Reply:
    return Reply(200, body, {"Content-Type": content_type, **headers})


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": location})


def redirect_loop(server: LocalServer, prefix: str = "/loop") -> None:
    """``{prefix}/a`` -> ``{prefix}/b`` -> ``{prefix}/a`` ..."""
    server.routes[f"{prefix}/a"] = redirect(f"{prefix}/b")
    server.routes[f"{prefix}/b"] = redirect(f"{prefix}/a")


def redirect_chain(prefix: str = "/chain") -> Handler:
    """``{prefix}/N`` -> ``{prefix}/N+1``, without end and never repeating a URL."""

    def handle(request: BaseHTTPRequestHandler) -> Reply:
        n = int(request.path.rsplit("/", 1)[-1] or 0)
        return redirect(f"{prefix}/{n + 1}")

    return handle


def drip(interval: float = 1.0, headers_too: bool = False, give_up_after: float = 120.0) -> Handler:
    """A server that sends one byte every ``interval`` seconds: the body (after complete
    headers), or the status line and headers themselves with ``headers_too``. It stops
    when the client hangs up."""

    def handle(request: BaseHTTPRequestHandler) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n"
        payload = head + b"<rss>" + b" " * 99_995 if headers_too else b"<rss>" + b" " * 99_995
        if not headers_too:
            request.wfile.write(head)
            request.wfile.flush()
        started = time.monotonic()
        try:
            for byte in payload:
                request.wfile.write(bytes([byte]))
                request.wfile.flush()
                if time.monotonic() - started > give_up_after:
                    break
                time.sleep(interval)
        except OSError:  # the client gave up: what we want
            pass
        request.close_connection = True

    return handle


class Counter:
    """Counts requests to a route from handler threads (for concurrency assertions)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.starts: list[float] = []

    def wrap(self, reply: Reply, hold: float = 0.0) -> Handler:
        def handle(request: BaseHTTPRequestHandler) -> Reply:
            with self.lock:
                self.active += 1
                self.peak = max(self.peak, self.active)
                self.starts.append(time.monotonic())
            try:
                if hold:
                    time.sleep(hold)  # a slow server, not synchronisation
                return reply
            finally:
                with self.lock:
                    self.active -= 1

        return handle


# --------------------------------------------------------------------------- extraction workers


def hang_worker(html: bytes | str, url: str | None) -> ExtractResult:
    """Never returns: spins like trafilatura on a pathological page."""
    x = 0
    while True:
        x = (x * 31 + 7) % 1_000_003


def memory_hog_worker(html: bytes | str, url: str | None) -> ExtractResult:
    """Allocates until the worker's memory limit stops it (MemoryError). Gives up at 8 GiB
    with a result that makes the test fail, rather than take the machine down, if no limit
    was applied."""
    blocks = []
    for _ in range(128):
        blocks.append(bytearray(64 * MB))
    return ExtractResult(text="allocated 8 GiB: no memory limit in the worker")


HANG_MARK = "<!-- hostile:hang -->"
HOG_MARK = "<!-- hostile:hog -->"


def marked_worker(html: bytes | str, url: str | None) -> ExtractResult:
    """Real extraction, except for pages carrying a mark: those hang or hog memory. Lets
    one batch mix hostile pages with ordinary ones."""
    from monitor.extract import extract_article

    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    if HANG_MARK in text:
        return hang_worker(html, url)
    if HOG_MARK in text:
        return memory_hog_worker(html, url)
    return extract_article(html, url)


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body)
