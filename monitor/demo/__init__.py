"""Bundled demo content and a local server for it, so the pipeline runs offline.

``DemoServer`` serves RSS feeds generated from ``catalog.yaml`` (publication times relative
to when the server started, so the demo is always fresh) and the article pages under
``pages/``, on 127.0.0.1. The texts are written for this project.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml

from monitor.models import Feed

DEMO_DIR = Path(__file__).resolve().parent


def render_feed(name: str, spec: dict[str, Any], base: str, anchor: datetime) -> bytes:
    items = []
    for item in spec["items"]:
        link = f"{base}/news/{item['page']}.html?utm_source=rss&utm_medium=demo"
        published = anchor - timedelta(minutes=int(item["minutes_ago"]))
        items.append(
            "<item>"
            f"<title>{escape(item['title'])}</title><link>{escape(link)}</link>"
            f'<guid isPermaLink="false">demo-{escape(item["page"])}</guid>'
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<description>{escape(item.get('summary', ''))}</description>"
            "</item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(spec['title'])}</title><link>{base}/</link><description>Demo feed {escape(name)}</description>"
        f"{''.join(items)}</channel></rss>\n"
    )
    return xml.encode("utf-8")


class DemoServer:
    """Serves the demo feeds and pages on ``127.0.0.1`` (an ephemeral port unless given)."""

    def __init__(self, port: int = 0, anchor: datetime | None = None) -> None:
        self.anchor = anchor or datetime.now(UTC).replace(microsecond=0)
        self.catalog = yaml.safe_load((DEMO_DIR / "catalog.yaml").read_text(encoding="utf-8"))["feeds"]
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                body, ctype = outer.lookup(self.path.split("?")[0])
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def lookup(self, path: str) -> tuple[bytes | None, str]:
        if path.startswith("/feeds/") and path.endswith(".xml"):
            name = path[len("/feeds/") : -len(".xml")]
            if name in self.catalog:
                return render_feed(name, self.catalog[name], self.base, self.anchor), "application/rss+xml; charset=utf-8"
        if path.startswith("/news/") and path.endswith(".html"):
            page = DEMO_DIR / "pages" / Path(path).name
            if page.is_file():
                return page.read_bytes(), "text/html; charset=utf-8"
        return None, "text/plain"

    def feeds(self) -> list[Feed]:
        """The demo feed registry with this server's address filled in."""
        import tempfile

        from monitor.feeds import load_feeds

        text = (DEMO_DIR / "feeds.yaml").read_text(encoding="utf-8").replace("{base}", self.base)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "feeds.yaml"
            path.write_text(text, encoding="utf-8")
            return load_feeds(path)

    def start(self) -> DemoServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
