"""End to end: demo feeds on a local server → real Elasticsearch → fake Slack."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.alerts import SlackSender
from monitor.demo import DemoServer
from monitor.models import Feed
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE
from tests.fakes.http import Reply


@pytest.fixture
def demo():
    with DemoServer() as server:
        yield server


def test_demo_cycle_raises_exactly_one_alert_and_a_rerun_adds_nothing(es, settings, slack, demo):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    rules = load_rules(DEFAULT_RULES_FILE)
    first = run_cycle(es, s, SlackSender(s), feeds=demo.feeds(), rules=rules, min_interval=0)
    assert first.feeds_failed == []
    assert first.new_entries == 5 and len(first.indexed.created) == 5
    assert first.pages_fetched == 5
    assert len(slack.messages) == 1
    message = slack.messages[0]
    assert "🇨🇦 Canada · business wind-up order · Government of Canada" in message.text
    assert "ottawa-orders-tiktok-wind-up" in json.dumps(message.blocks)

    es.indices.refresh(index=s.index("articles"))
    docs = {h["_source"]["title"]: h["_source"] for h in es.search(index=s.index("articles"), size=20)["hits"]["hits"]}
    order = docs["Ottawa orders TikTok to wind up its Canadian business"]
    assert order["new_action"] is True and order["jurisdictions"] == ["CA"] and order["action_types"] == ["business_wind_up_order"]
    assert "wind up" in order["evidence"]
    background = docs["Canadian creators weigh their next steps on short-video apps"]
    assert background["new_action"] is False
    assert all(not d["new_action"] for title, d in docs.items() if title != order["title"])

    same_minute = run_cycle(es, s, SlackSender(s), feeds=demo.feeds(), rules=rules, min_interval=0)
    assert same_minute.feeds_polled == 0  # not due yet: each feed has its interval

    later = datetime.now(UTC) + timedelta(minutes=11)
    second = run_cycle(es, s, SlackSender(s), feeds=demo.feeds(), rules=rules, min_interval=0, now=later)
    assert second.feeds_polled == 2
    assert second.new_entries == 0 and second.indexed.created == []
    assert es.count(index=s.index("articles"))["count"] == 5
    assert len(slack.messages) == 1
    assert second.feeds_not_modified == 2  # conditional GET with the stored ETag


def test_failed_feed_is_reported_and_others_complete(es, settings, server, demo):
    server.routes["/broken.xml"] = Reply(500, b"oops")
    feeds = [*demo.feeds(), Feed(name="broken", url=server.url("/broken.xml"))]
    lines: list[str] = []
    from monitor.alerts import ConsoleSender

    report = run_cycle(es, settings, ConsoleSender(lines.append), feeds=feeds, rules=load_rules(DEFAULT_RULES_FILE), min_interval=0)
    assert [url for url, _ in report.feeds_failed] == [server.url("/broken.xml")]
    assert "HTTP 500" in report.feeds_failed[0][1]
    assert len(report.indexed.created) == 5
    assert len([line for line in lines if line.startswith("🔔")]) == 1
    es.indices.refresh(index=settings.index("feeds"))
    states = {h["_source"]["url"]: h["_source"] for h in es.search(index=settings.index("feeds"))["hits"]["hits"]}
    assert states[server.url("/broken.xml")]["failures"] == 1


def test_unreachable_page_falls_back_to_the_feed_summary(es, settings, server):
    item = (
        "<item><title>Brussels fines TikTok over children's data</title><link>{u}</link>"
        "<pubDate>{d}</pubDate><description>The European Commission fined TikTok 345 million euros.</description></item>"
    )
    from email.utils import format_datetime

    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        + item.format(u=server.url("/gone.html"), d=format_datetime(datetime.now(UTC)))
        + "</channel></rss>"
    ).encode()
    server.routes["/feed.xml"] = Reply(200, body, {"Content-Type": "application/rss+xml"})
    report = run_cycle(es, settings, _Silent(), feeds=[Feed(name="f", url=server.url("/feed.xml"))], rules=[], min_interval=0)
    assert report.summary_fallbacks == 1
    es.indices.refresh(index=settings.index("articles"))
    doc = es.search(index=settings.index("articles"))["hits"]["hits"][0]["_source"]
    assert doc["source"] == "feed" and "345 million" in doc["text"] and "404" in doc["extraction_error"]


class _Silent:
    def post(self, *a, **k):  # pragma: no cover - nothing should be posted
        raise AssertionError("no alert expected")

    def find_posted(self, *a, **k):
        return None

    def update(self, *a, **k):
        pass


def test_settings_come_from_the_documented_environment(tmp_path: Path):
    from monitor.settings import Settings

    s = Settings.from_env(
        {
            "ELASTICSEARCH_URL": "https://es.example:9243",
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_API_URL": "http://127.0.0.1:1/api/",
            "SLACK_CHANNEL": "C1",
            "MONITOR_FEEDS": str(tmp_path / "f.opml"),
            "MONITOR_ALLOW_HOSTS": "127.0.0.1, Intranet.local",
            "MONITOR_FRESHNESS_HOURS": "6",
        }
    )
    assert s.elasticsearch_url == "https://es.example:9243" and s.slack_channel == "C1"
    assert s.allow_hosts == frozenset({"127.0.0.1", "intranet.local"})
    assert s.freshness_hours == 6 and s.feeds_file.name == "f.opml"
    assert "xoxb" not in repr(s)  # secrets never end up in logs
    from monitor.errors import ConfigError

    with pytest.raises(ConfigError, match="MONITOR_FRESHNESS_HOURS"):
        Settings.from_env({"MONITOR_FRESHNESS_HOURS": "soon"})


def test_an_edited_headline_updates_the_article_without_a_new_alert(es, settings, server, slack):
    from email.utils import format_datetime

    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    page = (
        "<html><body><article><h1>Order</h1><p>" + "The federal government of Canada on Wednesday ordered TikTok to wind up its "
        "Canadian business after a national security review. " * 3 + "</p></article></body></html>"
    ).encode()
    server.routes["/order.html"] = Reply(200, page, {"Content-Type": "text/html; charset=utf-8"})

    def feed(title: str) -> bytes:
        return (
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>{title}</title>"
            f"<link>{server.url('/order.html')}?utm_source=rss</link><guid>g-{len(title)}</guid>"
            f"<pubDate>{format_datetime(datetime.now(UTC))}</pubDate></item></channel></rss>"
        ).encode()

    rules = load_rules(DEFAULT_RULES_FILE)
    feeds = [Feed(name="f", url=server.url("/feed.xml"))]
    server.routes["/feed.xml"] = Reply(200, feed("Canada orders TikTok to wind up its business"), {"Content-Type": "application/rss+xml"})
    run_cycle(es, s, SlackSender(s), feeds=feeds, rules=rules, min_interval=0)
    assert len(slack.messages) == 1
    # The outlet edits its headline and changes the GUID; the link differs only by tracking parameters.
    server.routes["/feed.xml"] = Reply(
        200, feed("Canada orders TikTok to shut its Canadian offices"), {"Content-Type": "application/rss+xml"}
    )
    report = run_cycle(es, s, SlackSender(s), feeds=feeds, rules=rules, min_interval=0, now=datetime.now(UTC) + timedelta(minutes=11))
    assert report.new_entries == 0 and report.titles_updated == 1
    assert es.count(index=s.index("articles"))["count"] == 1
    doc = es.search(index=s.index("articles"))["hits"]["hits"][0]["_source"]
    assert doc["title"] == "Canada orders TikTok to shut its Canadian offices"
    assert len(slack.messages) == 1


def test_pages_disallowed_by_robots_txt_are_not_fetched(es, settings, server):
    from email.utils import format_datetime

    server.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    body = "<p>" + "The regulator ordered TikTok to pay a fine over its handling of children's data. " * 5 + "</p>"
    for path in ("/private/a.html", "/public/b.html"):
        server.routes[path] = Reply(200, f"<html><body><article>{body}</article></body></html>".encode(), {"Content-Type": "text/html"})
    items = "".join(
        f"<item><title>{t}</title><link>{server.url(p)}</link><pubDate>{format_datetime(datetime.now(UTC))}</pubDate>"
        f"<description>Summary of {t}.</description></item>"
        for t, p in (("Private", "/private/a.html"), ("Public", "/public/b.html"))
    )
    server.routes["/feed.xml"] = Reply(200, f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>".encode())
    report = run_cycle(es, settings, _Silent(), feeds=[Feed(name="f", url=server.url("/feed.xml"))], rules=[], min_interval=0)
    assert report.pages_fetched == 1 and report.summary_fallbacks == 1
    assert server.hits("/private/a.html") == 0 and server.hits("/public/b.html") == 1
    assert server.hits("/robots.txt") == 1  # fetched once per host, then cached
    es.indices.refresh(index=settings.index("articles"))
    docs = {h["_source"]["title"]: h["_source"] for h in es.search(index=settings.index("articles"))["hits"]["hits"]}
    assert docs["Private"]["source"] == "feed" and "robots.txt" in docs["Private"]["extraction_error"]
    assert docs["Public"]["source"] == "page"


def test_pages_are_extracted_and_analyzed_in_the_worker_processes(settings, server, monkeypatch):
    import monitor.pipeline as pipeline
    from monitor.extract import Extractor, machine_cpus
    from monitor.models import Entry

    page = (
        b"<html><body><article><h1>Order</h1><p>The federal government of Canada on Wednesday ordered TikTok to wind up its "
        b"Canadian business after a national security review.</p><p>The company said it would challenge the order in court, "
        b"and that its offices in Toronto and Vancouver employ hundreds of people.</p></article></body></html>"
    )
    server.routes["/order.html"] = Reply(200, page, {"Content-Type": "text/html; charset=utf-8"})
    now = datetime.now(UTC)
    entries = [
        Entry("f", server.url("/order.html"), server.url("/order.html"), "Canada orders TikTok to wind up", "Short.", now),
        Entry("f", server.url("/gone.html"), server.url("/gone.html"), "Brussels fines TikTok",
              "The European Commission fined TikTok 345 million euros on Friday.", now),
    ]  # fmt: skip
    in_this_process: list[str] = []
    real = pipeline.article_findings

    def spy(title, *args, **kwargs):
        in_this_process.append(title)
        return real(title, *args, **kwargs)

    monkeypatch.setattr(pipeline, "article_findings", spy)  # the worker processes import their own, unpatched
    docs, from_page = pipeline.process_entries(settings, entries, "c1")
    assert from_page == 1
    assert docs[0]["source"] == "page" and docs[0]["new_action"] is True and "business_wind_up_order" in docs[0]["action_types"]
    assert docs[1]["source"] == "feed" and docs[1]["action_types"] == ["fine_or_penalty"]
    assert in_this_process == ["Brussels fines TikTok"]  # only the page that could not be had was analyzed here
    assert Extractor().processes == machine_cpus() >= 1


def test_the_page_is_searched_for_a_date_only_when_the_feed_gives_none():
    from monitor.models import Entry
    from monitor.pipeline import analyze_page, build_article

    page = (
        b'<html><head><meta property="article:published_time" content="2024-11-06T09:00:00Z">'
        b'<meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>Order</h1>'
        b"<p>The federal government of Canada on Wednesday ordered TikTok to wind up its Canadian business after a "
        b"national security review, the industry minister said.</p><p>The company said it would challenge the order "
        b"in court, and that its offices in Toronto and Vancouver employ hundreds of people.</p></article></body></html>"
    )
    url = "https://news.example.org/order.html"
    dated = Entry("f", url, url, "Canada orders TikTok to wind up", "", datetime(2024, 11, 7, tzinfo=UTC))
    undated = Entry("f", url, url, "Canada orders TikTok to wind up", "", None)
    with_date, without_date = analyze_page(page, url, dated), analyze_page(page, url, undated)
    assert with_date.date is None and without_date.date == "2024-11-06"  # only the undated entry asked the page
    assert with_date.text == without_date.text and with_date.site == without_date.site == "Harbour Gazette"
    now = datetime.now(UTC)
    assert build_article(dated, page.decode(), with_date, now, "c")["published"].startswith("2024-11-07")
    assert build_article(undated, page.decode(), without_date, now, "c")["published"].startswith("2024-11-06")
