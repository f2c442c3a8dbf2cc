"""A local farm of many RSS feeds and article pages, with faults, for load and crash tests.

``FeedFarm.generate(n_feeds, items_per_feed, ...)`` builds a deterministic catalogue: most
items are ordinary news (some mention TikTok without any government action), a few are
synthetic government actions ("The government of Kenya on Tuesday banned TikTok ...").
Faults are chosen by a seeded RNG and recorded, so a test can compute exact expectations:

* ``feed_faults``: feed name → HTTP status (the whole feed fails);
* ``page_faults``: page slug → ``"404"``, ``"timeout"`` (the server sits on the request
  longer than the client's budget) or ``"slow"`` (answers after ``slow_seconds``).

Feeds answer conditional GETs (ETag / ``If-None-Match`` → 304) like real servers, so a
second cycle sees "not modified". All times are relative to ``anchor`` so items are fresh.
"""

from __future__ import annotations

import hashlib
import random
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

from monitor.models import Feed

# (country, verb phrase, expected action type): texts monitor.analyze flags as new actions.
ACTIONS = [
    ("Kenya", "banned TikTok nationwide, citing the spread of harmful content", "ban_national"),
    ("Nepal", "banned TikTok nationwide, citing social harmony", "ban_national"),
    ("Jordan", "fined TikTok 2 million dollars over data protection failures", "fine_or_penalty"),
    ("Brazil", "ordered TikTok to wind up its local business within 90 days", "business_wind_up_order"),
    ("Pakistan", "banned TikTok nationwide after complaints about immoral content", "ban_national"),
    ("Senegal", "banned TikTok nationwide, the communications minister said", "ban_national"),
    ("Albania", "banned TikTok nationwide for one year after a fatal stabbing", "ban_national"),
    ("Vietnam", "fined TikTok 5 billion dong for breaching consumer protection rules", "fine_or_penalty"),
]

TOPICS = [
    "The city council met on {day} to discuss the budget for parks, libraries and road repairs in the {n}th district.",
    "A new bakery opened on Main Street on {day}; the owners hope to sell bread and cakes to neighbours in block {n}.",
    "Rain is expected across the region on {day}, with temperatures around {n} degrees and strong winds by the evening.",
    "The local football club won its {n}th match of the season on {day} after a late goal from the substitute striker.",
    "Creators on TikTok shared videos of the harvest festival on {day}, and the {n}th parade drew a large crowd downtown.",
    "The museum unveiled a restored painting on {day}; conservators spent {n} months cleaning the varnish and the frame.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@dataclass
class Item:
    slug: str
    title: str
    summary: str
    paragraphs: list[str]
    minutes_ago: int
    action: tuple[str, str] | None = None  # (country, action type)


@dataclass
class FarmFeed:
    name: str
    items: list[Item] = field(default_factory=list)


def action_item(slug: str, country: str, phrase: str, action_type: str, minutes_ago: int) -> Item:
    lead = f"The government of {country} on Tuesday {phrase}."
    return Item(
        slug=slug,
        title=f"{country} acts against TikTok",
        summary=lead,
        paragraphs=[
            lead,
            f"Officials in {country} said the decision followed months of review by the authorities and would be enforced immediately.",
            "The company said it was studying the decision and would keep working with regulators to address their concerns.",
        ],
        minutes_ago=minutes_ago,
        action=(country, action_type),
    )


def plain_item(slug: str, n: int, minutes_ago: int) -> Item:
    rng = random.Random(n)
    picks = [rng.choice(TOPICS).format(day=rng.choice(DAYS), n=n + k) for k in range(4)]
    return Item(slug=slug, title=f"Local news {n}: {picks[0][:40]}", summary=picks[0], paragraphs=picks, minutes_ago=minutes_ago)


class FeedFarm:
    def __init__(self, anchor: datetime | None = None, hang_seconds: float = 8.0, slow_seconds: float = 0.3) -> None:
        self.anchor = anchor or datetime.now(UTC).replace(microsecond=0)
        self.feeds: dict[str, FarmFeed] = {}
        self.pages: dict[str, Item] = {}
        self.feed_faults: dict[str, int] = {}
        self.page_faults: dict[str, str] = {}
        self.hang_seconds = hang_seconds
        self.slow_seconds = slow_seconds
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                with outer._lock:
                    outer.hits[path] = outer.hits.get(path, 0) + 1
                status, body, ctype = outer.answer(path)
                if status == 0:
                    self.close_connection = True
                    return  # the connection was held and dropped
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if status == 200:
                    self.send_header("ETag", etag)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256
            daemon_threads = True

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # ------------------------------------------------------------------ catalogue

    @classmethod
    def generate(cls, n_feeds: int, items_per_feed: int, *, n_actions: int = 0, coverage: int = 1, shared: int = 0,
                 feed_fault_rate: float = 0.0, page_404_rate: float = 0.0, page_timeout_rate: float = 0.0,
                 page_slow_rate: float = 0.0, seed: int = 7, **kwargs: Any) -> FeedFarm:
        """``n_actions`` distinct actions, each reported by ``coverage`` feeds; ``shared`` items
        appear in two feeds each (the same URL twice: one article)."""
        farm = cls(**kwargs)
        rng = random.Random(seed)
        names = [f"feed{i:04d}" for i in range(n_feeds)]
        for name in names:
            farm.feeds[name] = FarmFeed(name)
        n = 0
        for name in names:
            for j in range(items_per_feed):
                item = plain_item(f"{name}-item{j:03d}", n, minutes_ago=5 + (n % 600))
                n += 1
                farm.feeds[name].items.append(item)
                farm.pages[item.slug] = item
        # Actions replace plain items: each action's reports are in distinct feeds (never failing
        # ones: faults are chosen among the other feeds afterwards).
        action_feeds: list[str] = []
        slots: dict[str, int] = {}
        for a in range(n_actions):
            country, phrase, action_type = ACTIONS[a % len(ACTIONS)]
            for c, name in enumerate(rng.sample(names, min(n_feeds, coverage))):
                feed = farm.feeds[name]
                pos = slots.get(name, 0)
                slots[name] = pos + 1
                item = action_item(f"{name}-action{a:02d}-{c}", country, phrase, action_type, minutes_ago=20 + 10 * c)
                del farm.pages[feed.items[pos].slug]
                feed.items[pos] = item
                farm.pages[item.slug] = item
                action_feeds.append(name)
        others = [f for f in names if f not in action_feeds]
        n_failing = round(n_feeds * feed_fault_rate)
        failing = rng.sample(others, min(len(others), n_failing))
        for f in failing:
            farm.feed_faults[f] = 500
        # Shared items: an item of one healthy feed is also listed by another healthy feed.
        healthy = [f for f in names if f not in failing]
        for k in range(shared):
            src, dst = rng.sample(healthy, 2)
            item = farm.feeds[src].items[-1 - k % (items_per_feed - 1)]
            farm.feeds[dst].items.append(item)
        plain_slugs = sorted(s for s, it in farm.pages.items() if it.action is None)
        rng.shuffle(plain_slugs)
        total = len(farm.pages)
        cut1 = round(total * page_404_rate)
        cut2 = cut1 + round(total * page_timeout_rate)
        cut3 = cut2 + round(total * page_slow_rate)
        for slug in plain_slugs[:cut1]:
            farm.page_faults[slug] = "404"
        for slug in plain_slugs[cut1:cut2]:
            farm.page_faults[slug] = "timeout"
        for slug in plain_slugs[cut2:cut3]:
            farm.page_faults[slug] = "slow"
        return farm

    # ------------------------------------------------------------------ expectations

    def reachable_items(self) -> dict[str, Item]:
        """Unique items (by slug) listed by at least one feed that answers."""
        out: dict[str, Item] = {}
        for name, feed in self.feeds.items():
            if name in self.feed_faults:
                continue
            for item in feed.items:
                out[item.slug] = item
        return out

    def action_items(self) -> list[Item]:
        return [i for i in self.reachable_items().values() if i.action]

    # ------------------------------------------------------------------ serving

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def page_url(self, slug: str) -> str:
        return f"{self.base}/news/{slug}.html"

    def feed_list(self) -> list[Feed]:
        return [Feed(name=name, url=f"{self.base}/feeds/{name}.xml", interval_minutes=10) for name in self.feeds]

    def render_feed(self, feed: FarmFeed) -> bytes:
        items = []
        for item in feed.items:
            published = self.anchor - timedelta(minutes=item.minutes_ago)
            items.append(
                f"<item><title>{escape(item.title)}</title><link>{escape(self.page_url(item.slug))}</link>"
                f"<guid isPermaLink=\"false\">{escape(item.slug)}</guid><pubDate>{format_datetime(published)}</pubDate>"
                f"<description>{escape(item.summary)}</description></item>"
            )
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{feed.name}</title>'
                f"<link>{self.base}/</link><description>farm</description>{''.join(items)}</channel></rss>\n").encode()

    @staticmethod
    def render_page(item: Item) -> bytes:
        paras = "".join(f"<p>{escape(p)}</p>" for p in item.paragraphs)
        return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(item.title)}</title></head><body>"
                f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{escape(item.title)}</h1>{paras}</article>"
                "<footer>Copyright the farm</footer></body></html>").encode()

    def answer(self, path: str) -> tuple[int, bytes, str]:
        if path.startswith("/feeds/") and path.endswith(".xml"):
            name = path[len("/feeds/") : -len(".xml")]
            if name in self.feed_faults:
                return self.feed_faults[name], b"feed broken", "text/plain"
            if name in self.feeds:
                return 200, self.render_feed(self.feeds[name]), "application/rss+xml; charset=utf-8"
        if path.startswith("/news/") and path.endswith(".html"):
            slug = path[len("/news/") : -len(".html")]
            fault = self.page_faults.get(slug)
            if fault == "404":
                return 404, b"not found", "text/plain"
            if fault == "timeout":
                self._stopping.wait(self.hang_seconds)
                return 0, b"", ""
            if fault == "slow":
                self._stopping.wait(self.slow_seconds)
            if slug in self.pages:
                return 200, self.render_page(self.pages[slug]), "text/html; charset=utf-8"
        return 404, b"not found", "text/plain"

    def start(self) -> FeedFarm:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FeedFarm:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
