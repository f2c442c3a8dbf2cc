"""The alert lifecycle against the real Elasticsearch and the fake Slack Web API."""

from __future__ import annotations

import itertools
import json
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from monitor.alerts import ConsoleSender, Dispatcher, SlackSender, escape, headline, render_parent, safe_link
from monitor.events import EventStore, assign_article, event_id_for
from monitor.pipeline import index_articles, match_and_plan
from monitor.rules import Rule
from monitor.settings import Settings
from tests.fakes.slack import FakeSlack
from tests.helpers import article_doc

RULE = Rule(
    name="tiktok-government-action", description="New government action against TikTok", query="tiktok", new_action=True, severity="high"
)


def slack_settings(settings: Settings, slack: FakeSlack) -> Settings:
    return settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)


def cycle(es: Any, settings: Settings, docs: list[dict[str, Any]], sender: Any, rules: list[Rule] | None = None) -> Any:
    if docs:
        index_articles(es, settings, docs)
    match_and_plan(es, settings, rules or [RULE])
    return Dispatcher(es, settings, sender, min_interval=0).dispatch()


def outlets(n: int, start: datetime) -> list[dict[str, Any]]:
    return [
        article_doc(
            f"https://outlet{i}.example/news/canada-tiktok-{i}",
            f"Canada orders TikTok to wind up Canadian business ({i})",
            published=start + timedelta(minutes=10 * i),
        )
        for i in range(n)
    ]


def test_eight_outlets_make_one_message_and_seven_replies_then_a_court_block_is_a_reply(es, settings, slack):
    s = slack_settings(settings, slack)
    sender = SlackSender(s)
    start = datetime.now(UTC) - timedelta(days=8)  # the court ruling below comes a week later
    docs = outlets(8, start)
    cycle(es, s, docs[:3], sender)
    cycle(es, s, docs[3:], sender)  # later coverage arrives in the next cycle

    parents = slack.parents("C0ALERTS")
    assert len(parents) == 1
    parent = parents[0]
    assert len(slack.replies(parent.ts)) == 7
    assert "Canada" in parent.text and "business wind-up order" in parent.text
    assert "8 outlets" in json.dumps(parent.blocks)  # the parent's count was updated in place
    assert parent.edits >= 1
    for reply, doc in zip(slack.replies(parent.ts), docs[1:], strict=True):
        assert doc["url"] in json.dumps(reply.blocks)  # every reply links the article it reports

    block = article_doc(
        "https://courts.example/tiktok-canada-injunction",
        "Court blocks Canada's order against TikTok",
        published=datetime.now(UTC) - timedelta(minutes=5),
        new_action=False,
        label="court_blocks_action",
        stage="blocked",
        evidence="A federal judge blocked the wind-up order pending review.",
    )
    cycle(es, s, [block], sender)
    assert len(slack.parents("C0ALERTS")) == 1
    replies = slack.replies(parent.ts)
    assert len(replies) == 8
    assert "Development: blocked" in json.dumps(replies[-1].blocks)

    es.indices.refresh(index=s.index("events"))
    events = es.search(index=s.index("events"), query={"match_all": {}})["hits"]["hits"]
    assert len(events) == 1
    assert events[0]["_source"]["outlet_count"] == 9
    assert events[0]["_source"]["developments"][0]["stage"] == "blocked"


def test_rerun_never_duplicates(es, settings, slack):
    s = slack_settings(settings, slack)
    docs = outlets(3, datetime.now(UTC) - timedelta(hours=1))
    cycle(es, s, docs, SlackSender(s))
    before = len(slack.messages)
    report = cycle(es, s, docs, SlackSender(s))  # same articles again: create-only ids
    assert len(slack.messages) == before == 3
    assert report.posted == []


def test_crash_after_slack_accepted_then_rerun_posts_once(es, settings, slack):
    s = slack_settings(settings, slack)
    slack.fail("chat.postMessage", "reset_after")  # Slack stores the message, the answer is lost
    first = cycle(es, s, outlets(1, datetime.now(UTC) - timedelta(hours=1)), SlackSender(s))
    assert len(slack.messages) == 1 and first.posted == [] and len(first.deferred) == 1
    status = es.search(index=s.index("alerts"), query={"match_all": {}})["hits"]["hits"][0]["_source"]["status"]
    assert status == "posting"  # uncertain, not lost

    second = Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert len(slack.messages) == 1  # found by its metadata, not posted again
    assert len(second.reconciled) == 1 and second.posted == []
    es.indices.refresh(index=s.index("alerts"))
    doc = es.search(index=s.index("alerts"), query={"match_all": {}})["hits"]["hits"][0]["_source"]
    assert doc["status"] == "posted" and doc["slack_ts"] == slack.messages[0].ts


def test_reset_before_slack_accepted_then_rerun_posts_once(es, settings, slack):
    s = slack_settings(settings, slack)
    slack.fail("chat.postMessage", "reset_before")
    cycle(es, s, outlets(1, datetime.now(UTC) - timedelta(hours=1)), SlackSender(s))
    assert slack.messages == []
    report = Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert len(slack.messages) == 1
    assert len(report.posted) == 1
    assert slack.messages[0].metadata["event_payload"]["alert_id"] == report.posted[0]


def test_server_error_leaves_alert_for_the_next_run(es, settings, slack):
    s = slack_settings(settings, slack)
    slack.fail("chat.postMessage", "500")
    first = cycle(es, s, outlets(1, datetime.now(UTC) - timedelta(hours=1)), SlackSender(s))
    assert slack.messages == [] and len(first.deferred) == 1
    Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert len(slack.messages) == 1


def test_429_twice_then_success_honours_retry_after(es, settings, slack):
    s = slack_settings(settings, slack)
    slack.fail("chat.postMessage", "429:1", times=2)
    report = cycle(es, s, outlets(1, datetime.now(UTC) - timedelta(hours=1)), SlackSender(s))
    assert len(slack.messages) == 1 and len(report.posted) == 1
    calls = [t for m, t in slack.calls if m == "chat.postMessage"]
    assert len(calls) == 3
    assert calls[1] - calls[0] >= 1.0 and calls[2] - calls[1] >= 1.0  # Retry-After: 1 was honoured each time


@pytest.mark.parametrize("hostile", ["<!channel> TikTok banned", "Breaking <!here> & more", "cc <@U123> <https://evil.example|click>"])
def test_hostile_titles_produce_no_live_mention(es, settings, slack, hostile):
    s = slack_settings(settings, slack)
    doc = article_doc(
        "https://outlet.example/a",
        hostile,
        published=datetime.now(UTC) - timedelta(minutes=5),
        evidence=f"Quote: {hostile}",
        actor="<!everyone>",
    )
    cycle(es, s, [doc], SlackSender(s))
    assert len(slack.messages) == 1
    payload = json.dumps({"text": slack.messages[0].text, "blocks": slack.messages[0].blocks})
    for live in ("<!channel>", "<!here>", "<@U123>", "<!everyone>", "<https://evil.example"):
        assert live not in payload
    assert "&lt;!channel&gt;" in payload or "&lt;!here&gt;" in payload or "&lt;@U123&gt;" in payload


def test_backfill_of_old_articles_posts_nothing(es, settings, slack):
    s = slack_settings(settings, slack).with_(freshness_hours=48)
    old = [
        article_doc(
            f"https://archive.example/{d}",
            f"Canada orders TikTok wind-up, day {d}",
            published=datetime.now(UTC) - timedelta(days=d),
            jurisdiction=["CA", "US", "GB", "IE", "FR"][d % 5],
        )
        for d in range(3, 30)
    ]
    report = cycle(es, s, old, SlackSender(s))
    assert slack.messages == [] and report.posted == []
    es.indices.refresh(index=s.index("articles"))
    assert es.count(index=s.index("articles"))["count"] == len(old)  # indexed, never alerted
    assert es.count(index=s.index("alerts"))["count"] == 0


def test_silenced_rule_posts_nothing(es, settings, slack):
    from dataclasses import replace

    s = slack_settings(settings, slack)
    silenced = replace(RULE, silenced_until=datetime.now(UTC) + timedelta(hours=2))
    cycle(es, s, outlets(2, datetime.now(UTC) - timedelta(hours=1)), SlackSender(s), rules=[silenced])
    assert slack.messages == []


def test_many_events_at_once_become_a_digest(es, settings, slack):
    s = slack_settings(settings, slack)
    now = datetime.now(UTC)
    docs = [
        article_doc(f"https://o{i}.example/x", f"Action {i}", published=now - timedelta(minutes=i), jurisdiction=code)
        for i, code in enumerate(["CA", "US", "GB", "IE", "FR", "DE", "IT", "NL", "BE", "AT", "PL", "ES"])
    ]
    index_articles(es, s, docs)
    match_and_plan(es, s, [RULE])
    report = Dispatcher(es, s, SlackSender(s), min_interval=0, digest_threshold=10).dispatch()
    assert len(slack.messages) == 1 and len(report.digested) == 12
    assert "12 new government actions" in slack.messages[0].text


def test_pacing_spaces_posts_per_channel(es, settings, slack):
    s = slack_settings(settings, slack)
    now = datetime.now(UTC)
    docs = [
        article_doc(f"https://p{i}.example/x", f"Action {i}", published=now - timedelta(minutes=i), jurisdiction=c)
        for i, c in enumerate(["CA", "US", "GB"])
    ]
    index_articles(es, s, docs)
    match_and_plan(es, s, [RULE])
    Dispatcher(es, s, SlackSender(s), min_interval=0.3).dispatch()
    times = [t for m, t in slack.calls if m == "chat.postMessage"]
    assert len(times) == 3
    assert all(b - a >= 0.29 for a, b in itertools.pairwise(times))


def test_console_sender_prints_one_line_per_alert(es, settings):
    lines: list[str] = []
    cycle(es, settings, outlets(2, datetime.now(UTC) - timedelta(hours=1)), ConsoleSender(lines.append))
    assert len(lines) == 2
    assert lines[0].startswith("🔔 ALERT") and "Canada · business wind-up order · Government of Canada" in lines[0]
    assert lines[1].lstrip().startswith("↳")


def test_render_respects_slack_limits_without_cutting_links():
    long_title = "TikTok " * 2000
    event = {
        "jurisdiction": "US-MT",
        "action_type": "ban_regional",
        "actor": "Montana Legislature",
        "title": long_title,
        "best_url": "https://example.com/" + "a" * 500,
        "evidence": "x " * 5000,
        "outlet_count": 3,
        "first_published": "2023-05-17T00:00:00+00:00",
    }
    message = render_parent(event, {"name": "r", "severity": "high", "mention": "none"})
    assert len(message.blocks) <= 50
    for block in message.blocks:
        text = block.get("text", {}).get("text", "")
        assert len(text) <= 3000
        assert len(re.findall(r"<[^<>]+>", text)) == text.count("<")  # every link is whole
    assert event["best_url"] in json.dumps(message.blocks)
    assert headline(event).startswith("🇺🇸 Montana (United States) · regional ban")


def test_escaping_helpers():
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"
    assert safe_link("javascript:alert(1)", "x") == "x"
    assert safe_link("https://a.example/p?q=1|2>", "t|<b>") == "<https://a.example/p?q=1%7C2%3E|t¦&lt;b&gt;>"


def test_dispatch_is_fast_enough_without_pacing(es, settings, slack):
    s = slack_settings(settings, slack)
    started = time.monotonic()
    cycle(es, s, outlets(3, datetime.now(UTC) - timedelta(hours=1)), SlackSender(s))
    assert len(slack.messages) == 3
    assert time.monotonic() - started < 30


def test_a_federal_ruling_and_a_company_challenge_thread_under_a_state_action(es, settings, slack):
    s = slack_settings(settings, slack)
    now = datetime.now(UTC)
    ban = article_doc(
        "https://mt.example/ban",
        "Montana governor signs TikTok ban",
        published=now - timedelta(hours=5),
        jurisdiction="US-MT",
        action_type="ban_regional",
        actor="Governor of Montana",
    )
    challenge = article_doc(
        "https://mt.example/suit",
        "TikTok sues Montana over ban",
        published=now - timedelta(hours=2),
        new_action=False,
        label="tiktok_challenges_action",
        stage="challenged",
        jurisdiction="",
        actor="",
        action_type="ban_regional",
    )
    challenge["entities"] = {"targets": ["TikTok"], "governments": ["US-MT"]}
    ruling = article_doc(
        "https://mt.example/ruling",
        "Judge blocks Montana's TikTok ban",
        published=now - timedelta(hours=1),
        new_action=False,
        label="court_blocks_action",
        stage="blocked",
        jurisdiction="US",
        actor="Judge",
        action_type="ban_national",
    )
    cycle(es, s, [ban], SlackSender(s))
    cycle(es, s, [challenge, ruling], SlackSender(s))
    [parent] = slack.parents("C0ALERTS")
    replies = slack.replies(parent.ts)
    assert [("challenged" in json.dumps(r.blocks), "blocked" in json.dumps(r.blocks)) for r in replies] == [(True, False), (False, True)]


def test_more_unmatched_articles_than_a_page_are_all_matched_and_alerted(es, settings, slack, monkeypatch):
    import monitor.pipeline

    monkeypatch.setattr(monitor.pipeline, "MATCH_PAGE", 3)
    s = slack_settings(settings, slack)
    now = datetime.now(UTC)
    codes = ["CA", "US", "GB", "IE", "FR", "DE", "IT"]
    docs = [
        article_doc(f"https://pg{i}.example/x", f"Action {i}", published=now - timedelta(minutes=i), jurisdiction=c)
        for i, c in enumerate(codes)
    ]
    docs += [article_doc(f"https://pg-n{i}.example/x", f"Product news {i}", new_action=False, label="not_action") for i in range(5)]
    index_articles(es, s, docs)
    matches, new_events, _updated, queued = match_and_plan(es, s, [RULE])
    assert (matches, new_events, queued) == (7, 7, 7)
    es.indices.refresh(index=s.index("articles"))
    assert es.count(index=s.index("articles"), query={"term": {"matched": False}})["count"] == 0
    Dispatcher(es, s, SlackSender(s), min_interval=0).dispatch()
    assert len(slack.parents("C0ALERTS")) == 7


def test_headline_names_the_government_for_generic_actors_and_capitals():
    from monitor.jurisdictions import display_actor

    assert display_actor("federal government", "CA") == "Government of Canada"
    assert display_actor("Ottawa", "CA") == "Government of Canada"  # the capital standing for the government
    assert display_actor("Washington", "US") == "Government of the United States"
    assert display_actor("", "US-TX") == "State of Texas"
    assert display_actor("Data Protection Commission", "IE") == "Data Protection Commission"
    event = {"jurisdiction": "CA", "action_type": "business_wind_up_order", "actor": display_actor("Ottawa", "CA")}
    assert headline(event) == "🇨🇦 Canada · business wind-up order · Government of Canada"


def test_two_open_actions_of_one_kind_and_place_keep_their_own_coverage(es, settings, slack):
    s = slack_settings(settings, slack)
    now = datetime.now(UTC)
    doj = article_doc(
        "https://a.example/doj",
        "Justice Department sues TikTok over children's privacy violations",
        published=now - timedelta(hours=6),
        jurisdiction="US",
        action_type="lawsuit_by_government",
        evidence="The Justice Department sued TikTok over children's privacy.",
    )
    ftc = article_doc(
        "https://b.example/ftc",
        "FTC sues TikTok alleging deceptive advertising claims",
        published=now - timedelta(hours=5),
        jurisdiction="US",
        action_type="lawsuit_by_government",
        evidence="The FTC sued TikTok over deceptive advertising claims.",
    )
    store = EventStore(es, s)
    first = assign_article(store, RULE.name, doj, now)
    es.indices.refresh(index=s.index("events"))
    # An unrelated event of the same kind is open too (created directly, as a different action would be).
    other = event_id_for(RULE.name, "US", "lawsuit_by_government", ftc["id"])
    store.create(
        other,
        {
            **first.event,
            "event_id": other,
            "title": ftc["title"],
            "evidence": ftc["actions"][0]["evidence"],
            "article_ids": [ftc["id"]],
            "last_seen": (now - timedelta(hours=4)).isoformat(),
        },
    )
    follow_up = article_doc(
        "https://c.example/doj2",
        "Justice Department lawsuit says TikTok violated children's privacy law",
        published=now - timedelta(hours=1),
        jurisdiction="US",
        action_type="lawsuit_by_government",
        evidence="The Justice Department lawsuit says TikTok collected children's data.",
    )
    update = assign_article(store, RULE.name, follow_up, now)
    assert update is not None and update.event_id == first.event_id and update.kind == "coverage"
