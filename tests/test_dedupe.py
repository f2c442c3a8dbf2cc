"""Duplicates URLs miss: a feed that churns GUIDs and URLs indexes each story once; a
syndicated copy on another outlet stays its own article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from monitor.alerts import ConsoleSender
from monitor.dedupe import text_fingerprint, title_key
from monitor.models import Feed
from monitor.pipeline import run_cycle
from tests.fakes.http import LocalServer, Reply

STORY = "Ottawa orders TikTok to wind up its Canadian business"
BODY = (
    "<html><head><title>t</title></head><body><article><h1>{t}</h1>"
    + "<p>The federal government ordered TikTok to wind up its Canadian business after a national security review, "
    "the industry minister said on Wednesday.</p><p>The company said it would challenge the order in court and that its "
    "Canadian offices employ hundreds of people.</p><p>The app itself stays available to Canadians, the minister added, "
    "since the order concerns the business and not the use of the application.</p></article></body></html>"
)
QUIET = ConsoleSender(lambda line: None)


def feed(items: list[tuple[str, str, str]]) -> Reply:
    """items: (title, link, guid)"""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid isPermaLink='false'>{escape(g)}</guid>"
        f"<pubDate>{format_datetime(datetime.now(UTC))}</pubDate><description>{escape(t)}.</description></item>"
        for t, link, g in items
    )
    return Reply(200, f"<?xml version='1.0'?><rss version='2.0'><channel><title>c</title>{body}</channel></rss>".encode(),
                 {"Content-Type": "application/rss+xml"})  # fmt: skip


def count(es, settings) -> int:
    es.indices.refresh(index=settings.index("articles"))
    return int(es.count(index=settings.index("articles"))["count"])


def test_guid_and_url_churn_index_the_story_once(es, settings, server: LocalServer):
    for path in ("/news/wind-up", "/amp/news/wind-up", "/news/wind-up-2", "/story/8841"):
        server.routes[path] = Reply(200, BODY.format(t=STORY).encode(), {"Content-Type": "text/html"})
    feeds = [Feed(name="outlet", url=server.url("/feed.xml"))]
    server.routes["/feed.xml"] = feed([(STORY, server.url("/news/wind-up"), "guid-1")])
    first = run_cycle(es, settings, QUIET, feeds=feeds, rules=[], min_interval=0)
    assert first.new_entries == 1 and count(es, settings) == 1

    # the feed re-issues the story: new GUIDs, an AMP URL, a session parameter, different title case and punctuation
    server.routes["/feed.xml"] = feed(
        [
            (STORY, server.url("/amp/news/wind-up"), "guid-2"),
            (STORY.upper() + "!", server.url("/news/wind-up-2?session=9f8e"), "guid-3"),
        ]
    )
    later = datetime.now(UTC) + timedelta(minutes=11)
    second = run_cycle(es, settings, QUIET, feeds=feeds, rules=[], min_interval=0, now=later)
    assert second.entries == 2 and second.new_entries == 0 and second.same_story == 2
    assert count(es, settings) == 1

    # the same text under an edited headline and yet another URL: the content fingerprint
    server.routes["/feed.xml"] = feed([("Canada tells TikTok to close its offices in the country", server.url("/story/8841"), "guid-4")])
    third = run_cycle(es, settings, QUIET, feeds=feeds, rules=[], min_interval=0, now=later + timedelta(minutes=11))
    assert third.new_entries == 1 and len(third.indexed.duplicates) == 1 and third.indexed.created == []
    assert count(es, settings) == 1


def test_a_syndicated_copy_from_another_source_stays_separate(es, settings, server: LocalServer):
    for path in ("/news/wind-up", "/wire/wind-up"):
        server.routes[path] = Reply(200, BODY.format(t=STORY).encode(), {"Content-Type": "text/html"})
    server.routes["/a.xml"] = feed([(STORY, server.url("/news/wind-up"), "a-1")])
    # the same wire story, same title and text, on another outlet (host) ...
    server.routes["/b.xml"] = feed([(STORY, f"http://localhost:{server.port}/news/wind-up", "b-1")])
    # ... and in another feed (a local stand-in for another publisher on a shared host)
    server.routes["/c.xml"] = feed([(STORY, server.url("/wire/wind-up"), "c-1")])
    feeds = [
        Feed(name="a", url=server.url("/a.xml")),
        Feed(name="b", url=f"http://localhost:{server.port}/b.xml"),
        Feed(name="c", url=server.url("/c.xml")),
    ]
    report = run_cycle(es, settings, QUIET, feeds=feeds, rules=[], min_interval=0)
    assert report.new_entries == 3 and len(report.indexed.created) == 3 and report.indexed.duplicates == []
    es.indices.refresh(index=settings.index("articles"))
    sources = sorted((h["_source"]["feed"], h["_source"]["outlet"]) for h in es.search(index=settings.index("articles"))["hits"]["hits"])
    assert sources == [("a", "127.0.0.1"), ("b", "localhost"), ("c", "127.0.0.1")]


def test_keys_fold_presentation_and_refuse_generic_titles() -> None:
    assert title_key("Ottawa orders TikTok to wind up!") == title_key("  ottawa ORDERS tiktok, to wind   up ")
    assert title_key("Ottawa orders TikTok to wind up") != title_key("Ottawa orders TikTok to sell up")
    assert title_key("Live updates") is None and title_key("") is None
    text = "word " * 100
    assert text_fingerprint(text) == text_fingerprint(text.upper().replace(" ", "\n  ")) is not None
    assert text_fingerprint("too short to identify anything") is None
