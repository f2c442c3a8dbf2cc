"""A local stand-in for Google News' article decoding, answering as news.google.com does.

* ``GET /rss/articles/<id>?hl=…&gl=…&ceid=…``: an HTML page whose ``c-wiz > div[jscontroller]``
  carries ``data-n-a-sg`` (signature) and ``data-n-a-ts`` (timestamp); 404 for an id it
  does not know. An id in ``slow`` is answered after that many seconds.
* ``POST /_/DotsSplashUi/data/batchexecute`` with ``f.req``: for every ``Fbv4je``
  envelope whose signature and timestamp match, a ``wrb.fr`` row with
  ``["garturlres", "<publisher URL>", 1]``; for an id in ``refuse`` (or a bad signature)
  the error row Google sends (``[..., null, null, null, [3], "generic"]``). The answer
  starts with the ``)]}'`` guard, as the real one does.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class FakeGoogleNews:
    def __init__(self) -> None:
        self.articles: dict[str, str] = {}  # article id -> publisher URL
        self.slow: dict[str, float] = {}  # article id -> seconds before the article page answers
        self.refuse: set[str] = set()  # ids batchexecute answers with an error row
        self.page_requests: list[str] = []  # article ids whose page was asked for
        self.decoded: list[str] = []  # article ids asked for in batchexecute calls
        self.posts = 0
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                segments = parts.path.split("/")
                if len(segments) != 4 or segments[1:3] != ["rss", "articles"]:
                    self._reply(404, b"not found", "text/plain")
                    return
                article = segments[3]
                with outer.lock:
                    outer.page_requests.append(article)
                if article in outer.slow:
                    time.sleep(outer.slow[article])  # a slow server
                if article not in outer.articles:
                    self._reply(404, b"<html><body>Not found</body></html>", "text/html")
                    return
                html = (
                    "<!doctype html><html><head><title>Google News</title></head><body><c-wiz>"
                    f'<div jscontroller="aLI87" data-n-a-sg="{outer.signature(article)}" data-n-a-ts="{outer.timestamp(article)}"'
                    ' data-n-a-id="x"></div></c-wiz></body></html>'
                )
                self._reply(200, html.encode(), "text/html; charset=utf-8")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                if urlsplit(self.path).path != "/_/DotsSplashUi/data/batchexecute":
                    self._reply(404, b"not found", "text/plain")
                    return
                try:
                    envelopes = json.loads(parse_qs(body)["f.req"][0])[0]
                except (KeyError, IndexError, ValueError):
                    self._reply(400, b")]}'\n\n[[\"er\",null,null,null,null,400]]", "application/json; charset=utf-8")
                    return
                rows: list[Any] = []
                with outer.lock:
                    outer.posts += 1
                for rpc, inner, _none, request_id in envelopes:
                    _tag, _ctx, article, ts, sig = json.loads(inner)
                    with outer.lock:
                        outer.decoded.append(article)
                    good = rpc == "Fbv4je" and sig == outer.signature(article) and str(ts) == outer.timestamp(article)
                    if good and article in outer.articles and article not in outer.refuse:
                        payload = json.dumps(["garturlres", outer.articles[article], 1])
                        rows.append(["wrb.fr", "Fbv4je", payload, None, None, None, request_id])
                    else:
                        rows.append(["wrb.fr", "Fbv4je", None, None, None, [3], request_id])
                rows += [["di", 27], ["af.httprm", 26, "-2748378208712245734", 2]]
                self._reply(200, (")]}'\n\n" + json.dumps(rows)).encode(), "application/json; charset=utf-8")

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @staticmethod
    def signature(article: str) -> str:
        return "AU_yqL" + article[-6:]

    @staticmethod
    def timestamp(article: str) -> str:
        return str(1730000000 + len(article))

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> FakeGoogleNews:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
