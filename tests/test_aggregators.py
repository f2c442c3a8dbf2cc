"""Google News links resolved through our own client against a local fake of the decoding
endpoint; the outlet from <source>; one document per article whatever the route it came by."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from monitor.aggregators import batchexecute_body, params_url, parse_batchexecute, resolve_entries
from monitor.alerts import ConsoleSender
from monitor.fetch import make_client
from monitor.models import Entry, Feed
from monitor.pipeline import run_cycle
from monitor.urls import article_id
from tests.fakes.google_news import FakeGoogleNews
from tests.fakes.http import LocalServer, Reply

GN = "https://news.google.com/rss/articles/{}?oc=5"
OK, SLOW, REFUSED, LATE = "CBMiVWh0dHBzOi8vb2s", "CBMiVWh0dHBzOi8vc2xvdw", "CBMiVWh0dHBzOi8vcmVm", "CBMiVWh0dHBzOi8vbGF0ZQ"
STORY = "Ottawa orders TikTok to wind up its Canadian business"
ARTICLE = (
    "<html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
    + "<p>The federal government ordered TikTok to wind up its Canadian business after a national security review, "
    "the industry minister said on Wednesday. The company said it would challenge the order in court.</p>" * 3
    + "</article></body></html>"
)


@pytest.fixture
def google() -> Iterator[FakeGoogleNews]:
    fake = FakeGoogleNews().start()
    yield fake
    fake.stop()


def rss(items: list[tuple[str, str, str, str]]) -> Reply:
    """items: (title, link, source name, source url); empty source name: no <source>."""
    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link><guid isPermaLink='false'>{escape(link)}</guid>"
        f"<pubDate>{format_datetime(datetime.now(UTC))}</pubDate><description>{escape(title)}: the summary.</description>"
        + (f"<source url='{escape(src_url)}'>{escape(src)}</source>" if src else "")
        + "</item>"
        for title, link, src, src_url in items
    )
    xml = f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{body}</channel></rss>"
    return Reply(200, xml.encode(), {"Content-Type": "application/rss+xml"})


def articles(es, settings) -> dict[str, dict]:
    es.indices.refresh(index=settings.index("articles"))
    hits = es.search(index=settings.index("articles"), size=50)["hits"]["hits"]
    return {h["_id"]: h["_source"] for h in hits}


def test_google_news_links_resolve_once_and_a_failure_keeps_the_item(es, settings, server: LocalServer, google: FakeGoogleNews):
    publisher_url = server.url("/news/ottawa-wind-up.html")
    server.routes["/news/ottawa-wind-up.html"] = Reply(200, ARTICLE.format(t=STORY).encode(), {"Content-Type": "text/html"})
    google.articles = {OK: publisher_url, SLOW: server.url("/news/slow.html"), REFUSED: server.url("/news/refused.html")}
    google.slow = {SLOW: 3.0}  # longer than the deadline below
    google.refuse = {REFUSED}
    server.routes["/gn.xml"] = rss(
        [
            (f"{STORY} - Reuters", GN.format(OK), "Reuters", "https://www.reuters.com"),
            ("Brussels fines TikTok - AP News", GN.format(SLOW), "AP News", "https://apnews.com"),
            ("Tokyo reviews TikTok - BBC", GN.format(REFUSED), "BBC", "https://www.bbc.co.uk"),
        ]
    )
    # the publisher's own feed lists the same article, with a tracking parameter
    server.routes["/publisher.xml"] = rss([(STORY, publisher_url + "?utm_source=rss", "", "")])
    feeds = [Feed(name="google news", url=server.url("/gn.xml")), Feed(name="publisher", url=server.url("/publisher.xml"))]
    s = settings.with_(google_news_url=google.base, fetch_timeout=1.5)

    report = run_cycle(es, s, ConsoleSender(lambda line: None), feeds=feeds, rules=[], min_interval=0)

    assert report.links.resolved == 1 and len(report.links.failed) == 2
    docs = articles(es, s)
    assert len(docs) == 3  # the resolved article once, though two feeds listed it
    story = docs[article_id(publisher_url)]
    assert story["url"] == publisher_url and story["via"] == GN.format(OK)
    assert story["source"] == "page" and "national security review" in story["text"]
    assert story["title"] == STORY  # " - Reuters" taken off
    slow = docs[article_id(GN.format(SLOW))]
    assert slow["source"] == "feed" and slow["text"] == "Brussels fines TikTok - AP News: the summary."
    assert slow["outlet"] == "apnews.com" and slow["site"] == "AP News" and slow["title"] == "Brussels fines TikTok"
    assert "DeadlineError" in slow["resolution_error"]
    refused = docs[article_id(GN.format(REFUSED))]
    assert refused["outlet"] == "bbc.co.uk" and "no publisher URL" in refused["resolution_error"]
    es.indices.refresh(index=s.index("links"))
    links = {h["_source"]["article_id"]: h["_source"] for h in es.search(index=s.index("links"), size=10)["hits"]["hits"]}
    assert {a: d["status"] for a, d in links.items()} == {OK: "ok", SLOW: "failed", REFUSED: "failed"}
    assert links[OK]["resolved_url"] == publisher_url and links[SLOW]["attempts"] == 1
    asked = (len(google.page_requests), google.posts)
    assert google.page_requests.count(OK) == 1 and google.decoded.count(OK) == 1

    later = datetime.now(UTC) + timedelta(minutes=11)
    again = run_cycle(es, s, ConsoleSender(lambda line: None), feeds=feeds, rules=[], min_interval=0, now=later)
    assert (len(google.page_requests), google.posts) == asked  # nothing asked twice
    assert again.new_entries == 0 and again.links.cached == 1 and len(articles(es, s)) == 3


def test_publisher_first_then_google_news_is_one_document(es, settings, server: LocalServer, google: FakeGoogleNews):
    publisher_url = server.url("/news/ottawa-wind-up.html")
    server.routes["/news/ottawa-wind-up.html"] = Reply(200, ARTICLE.format(t=STORY).encode(), {"Content-Type": "text/html"})
    google.articles = {OK: publisher_url}
    server.routes["/publisher.xml"] = rss([(STORY, publisher_url, "", "")])
    server.routes["/gn.xml"] = rss([(f"{STORY} - Reuters", GN.format(OK), "Reuters", "https://www.reuters.com")])
    s = settings.with_(google_news_url=google.base)
    quiet = ConsoleSender(lambda line: None)
    run_cycle(es, s, quiet, feeds=[Feed(name="publisher", url=server.url("/publisher.xml"))], rules=[], min_interval=0)
    second = run_cycle(es, s, quiet, feeds=[Feed(name="google news", url=server.url("/gn.xml"))], rules=[], min_interval=0)
    assert second.links.resolved == 1 and second.new_entries == 0
    assert list(articles(es, s)) == [article_id(publisher_url)]


def test_budget_spent_leaves_the_rest_for_later(es, settings, server: LocalServer, google: FakeGoogleNews):
    google.articles = {OK: server.url("/a.html"), LATE: server.url("/b.html")}
    google.slow = {OK: 1.2, LATE: 1.2}
    entries = [
        Entry(feed="g", url=GN.format(a), canonical_url=GN.format(a), title=a, summary="", published=None) for a in (OK, LATE)
    ]
    s = settings.with_(google_news_url=google.base, per_host=1, resolve_budget=2.0, fetch_timeout=5.0)
    with make_client(s) as client:
        out, report = resolve_entries(es, s, client, entries, datetime.now(UTC))
    # one article page fits in the budget; the second is not started with under 1 s left
    assert report.deferred == 1 and "budget" in (out[1].resolution_error or "")
    assert out[0].url == server.url("/a.html") and report.resolved == 1
    es.indices.refresh(index=s.index("links"))
    stored = {h["_source"]["article_id"] for h in es.search(index=s.index("links"))["hits"]["hits"]}
    assert LATE not in stored  # a deferred link is asked again later, not recorded as failed


def test_batchexecute_answers_are_read_in_both_shapes() -> None:
    row = '["wrb.fr","Fbv4je","[\\"garturlres\\",\\"https://example.com/a\\",1]",null,null,null,"7"]'
    plain = ")]}'\n\n[" + row + ',["di",27],["af.httprm",26,"-1",2]]'
    chunked = ")]}'\n\n123\n[" + row + ']\n25\n[["di",27],["af.httprm",26,"-1",2]]\n'
    assert parse_batchexecute(plain) == {"7": "https://example.com/a"}
    assert parse_batchexecute(chunked) == {"7": "https://example.com/a"}
    assert parse_batchexecute(")]}'\n\n[[\"wrb.fr\",\"Fbv4je\",null,null,null,[3],\"generic\"]]") == {}
    assert b"garturlreq" in batchexecute_body([("0", OK, "1730000000", "sig")])
    assert params_url("https://news.google.com", OK, GN.format(OK) + "&hl=fr&gl=FR&ceid=FR:fr").endswith("?hl=fr&gl=FR&ceid=FR%3Afr")
