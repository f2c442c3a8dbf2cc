"""Delivery checks that scale: an uncertain post is looked for through the whole history since its claim."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.alerts import Dispatcher, SlackSender
from monitor.pacing import Pacer
from monitor.pipeline import index_articles, match_and_plan
from monitor.rules import Rule
from tests.fakes.slack import FakeSlack
from tests.helpers import article_doc

RULE = Rule(name="r", description="New government action against TikTok", query="tiktok", new_action=True, severity="high")


def statuses(es: Any, settings: Any) -> list[tuple[str, str]]:
    es.indices.refresh(index=settings.index("alerts"))
    return sorted((h["_source"]["kind"], h["_source"]["status"]) for h in es.search(index=settings.index("alerts"))["hits"]["hits"])


def test_an_uncertain_parent_is_found_behind_more_than_200_newer_messages(es, settings, slack: FakeSlack):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    index_articles(es, s, [article_doc("https://a.example/ca", "Canada orders TikTok to wind up", published=datetime.now(UTC))])
    match_and_plan(es, s, [RULE])
    slack.fail("chat.postMessage", "reset_after")
    Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert statuses(es, s) == [("parent", "posting")] and len(slack.messages) == 1
    es.indices.refresh(index=s.index("alerts"))
    claimed = es.search(index=s.index("alerts"))["hits"]["hits"][0]["_source"]["claimed_at"]
    assert datetime.fromisoformat(claimed) <= datetime.now(UTC)

    slack.add_history("C0ALERTS", 450)  # a busy channel: the alert's message is now behind three pages
    report = Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert len(report.reconciled) == 1 and report.posted == []
    assert len([m for m in slack.messages if m.metadata]) == 1  # not posted twice
    history = [n for method, n in slack.pages if method == "conversations.history"]
    assert len(history) >= 3 and history[0] == 200  # paged through with cursors, 200 at a time
    assert statuses(es, s) == [("parent", "posted")]


def test_an_uncertain_reply_is_found_in_a_long_thread(es, settings, slack: FakeSlack):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    now = datetime.now(UTC)
    index_articles(es, s, [article_doc("https://a.example/ca", "Canada orders TikTok to wind up", published=now - timedelta(hours=2))])
    match_and_plan(es, s, [RULE])
    Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    [parent] = slack.parents()
    slack.add_history("C0ALERTS", 230, thread_ts=parent.ts)  # the thread was busy before the reply too
    later = article_doc("https://b.example/ca", "Ottawa tells TikTok to close its offices", published=now - timedelta(hours=1))
    index_articles(es, s, [later])
    match_and_plan(es, s, [RULE])
    slack.fail("chat.postMessage", "reset_after")
    Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    slack.add_history("C0ALERTS", 230, thread_ts=parent.ts)
    report = Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert len(report.reconciled) == 1 and report.posted == []
    assert len([m for m in slack.replies(parent.ts) if m.metadata]) == 1
    assert len([n for method, n in slack.pages if method == "conversations.replies"]) >= 2


def test_pacer_spaces_posts_per_channel_only():
    clock = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    pacer = Pacer(1.0, clock=lambda: clock[0], sleep=sleep)
    pacer.wait("A")
    pacer.wait("B")  # another channel does not wait
    clock[0] += 0.25
    pacer.wait("A")
    assert slept == [0.75]
