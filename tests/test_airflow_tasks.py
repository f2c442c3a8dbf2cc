"""The Airflow task bodies do what `monitor run` does, step by step (no Airflow needed to call them)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from monitor.airflow_tasks import poll_task, process_task, save_feed_states_task
from tests.fakes.http import Reply

PAGE = (
    b"<html><body><article><h1>Order</h1><p>The federal government of Canada on Wednesday ordered TikTok to wind up its "
    b"Canadian business after a national security review.</p><p>The company said it would challenge the order in court, "
    b"and that its offices in Toronto and Vancouver employ hundreds of people.</p></article></body></html>"
)


def test_poll_task_updates_edited_titles_like_the_cli(es, settings, server, tmp_path):
    server.routes["/order.html"] = Reply(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})

    def feed(title: str, guid: str) -> Reply:
        body = (
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>{title}</title>"
            f"<link>{server.url('/order.html')}?utm_source=rss</link><guid>{guid}</guid>"
            f"<pubDate>{format_datetime(datetime.now(UTC))}</pubDate></item></channel></rss>"
        ).encode()
        return Reply(200, body, {"Content-Type": "application/rss+xml"})

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: Outlet, url: '{server.url('/feed.xml')}'}}\n", encoding="utf-8")
    s = settings.with_(feeds_file=feeds)
    server.routes["/feed.xml"] = feed("Canada orders TikTok to wind up its business", "g-1")
    polled = poll_task(s)
    assert [len(b) for b in polled["batches"]] == [1]
    assert process_task(polled["batches"][0], "run-1", s)["created"] == 1
    assert save_feed_states_task(polled["states"], s) == 1

    server.routes["/feed.xml"] = feed("Canada orders TikTok to shut its Canadian offices", "g-2")  # an edited headline
    again = poll_task(s, all_feeds=True)  # the feed is not due yet: --all-feeds, as an operator would
    assert again["batches"] == []
    es.indices.refresh(index=s.index("articles"))
    docs = es.search(index=s.index("articles"))["hits"]["hits"]
    assert len(docs) == 1 and docs[0]["_source"]["title"] == "Canada orders TikTok to shut its Canadian offices"
    assert server.hits("/feed.xml") == 2
