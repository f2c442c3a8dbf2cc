"""Floods: a digest that stays intact, goes through the outbox, and lets events out when they have news."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.alerts import Dispatcher, SlackSender
from monitor.pipeline import index_articles, match_and_plan
from monitor.rules import Rule
from monitor.settings import Settings
from tests.fakes.slack import FakeSlack
from tests.helpers import article_doc

RULE = Rule(
    name="tiktok-government-action", description="New government action against TikTok", query="tiktok", new_action=True, severity="high"
)
PLACES = [
    ("CA", "business_wind_up_order", "Government of Canada"),
    ("US", "lawsuit_by_government", "Department of Justice"),
    ("GB", "ban_government_devices", "Cabinet Office"),
    ("IE", "fine_or_penalty", "Data Protection Commission"),
    ("FR", "fine_or_penalty", "CNIL"),
]


def cycle(es: Any, settings: Settings, docs: list[dict[str, Any]]) -> Any:
    if docs:
        index_articles(es, settings, docs)
    match_and_plan(es, settings, [RULE])
    return Dispatcher(es, settings, SlackSender(settings), min_interval=0).dispatch()


def alerts(es: Any, settings: Settings) -> list[dict[str, Any]]:
    es.indices.refresh(index=settings.index("alerts"))
    return [h["_source"] for h in es.search(index=settings.index("alerts"), size=100)["hits"]["hits"]]


def action(i: int, url: str, published: datetime, **kw: Any) -> dict[str, Any]:
    code, kind, actor = PLACES[i]
    return article_doc(url, f"TikTok action {code} {kind}", published=published, jurisdiction=code, action_type=kind, actor=actor, **kw)


def test_settings_read_the_digest_threshold():
    assert Settings.from_env({"MONITOR_DIGEST_THRESHOLD": "3"}).digest_threshold == 3
    assert Settings.from_env({}).digest_threshold == 10


def test_a_flood_digest_stays_intact_while_its_events_get_their_own_threads(es, settings, slack: FakeSlack):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url, digest_threshold=3)
    start = datetime.now(UTC) - timedelta(hours=10)
    first = [action(i, f"https://first{i}.example/news/{i}", start + timedelta(minutes=i)) for i in range(5)]
    first.append(action(0, "https://second0.example/news/ca", start + timedelta(minutes=30)))  # Canada: two outlets already
    report = cycle(es, s, first)

    [digest] = slack.messages  # five events > K=3: one digest and nothing else
    assert len(report.digested) == 5 and len(report.posted) == 1
    listed = json.dumps(digest.blocks)
    for doc in first[:5]:
        assert doc["url"] in listed  # every event, with a link to its best source
    for name in ("Canada", "United States", "United Kingdom", "Ireland", "France"):
        assert name in digest.text
    assert digest.metadata["event_payload"]["alert_id"] == report.posted[0]  # through the outbox, like every post
    snapshot = (digest.text, json.dumps(digest.blocks))
    statuses = sorted((a["kind"], a["status"]) for a in alerts(es, s))
    assert statuses == [("digest", "posted"), *[("parent", "digested")] * 5, ("reply", "digested")]

    # News for three of them: coverage from a new outlet (US), a development (GB), and a second
    # story from an outlet the digest already counted (Canada: no news).
    later = start + timedelta(hours=2)
    news = [
        action(1, "https://third1.example/news/us", later),
        article_doc(
            "https://court.example/gb",
            "Court blocks UK TikTok device ban",
            published=later,
            new_action=False,
            label="court_blocks_action",
            stage="blocked",
            jurisdiction="GB",
            action_type="ban_government_devices",
            actor="High Court",
        ),
        action(0, "https://second0.example/news/ca-again", later),
    ]
    report = cycle(es, s, news)
    assert len(report.promoted) == 2
    parents = [m for m in slack.parents("C0ALERTS") if m.ts != digest.ts]
    assert len(parents) == 2
    us, gb = sorted(parents, key=lambda m: "United Kingdom" in m.text)
    assert "United States" in us.text and "United Kingdom" in gb.text
    assert [news[0]["url"] in json.dumps(r.blocks) for r in slack.replies(us.ts)] == [True]
    assert ["Development: blocked" in json.dumps(r.blocks) for r in slack.replies(gb.ts)] == [True]
    assert not any("Canada" in m.text for m in parents)  # same outlet again: folded into the digest

    # More coverage of the promoted US event threads under its own message; the digest is untouched.
    report = cycle(es, s, [action(1, "https://fourth1.example/news/us", later + timedelta(hours=1))])
    assert len(slack.replies(us.ts)) == 2 and us.edits >= 1 and "3 outlets" in json.dumps(us.blocks)
    assert (digest.text, json.dumps(digest.blocks)) == snapshot and digest.edits == 0
    assert slack.replies(digest.ts) == []
    assert slack.count("chat.update") >= 1

    before = len(slack.messages)
    rerun = cycle(es, s, [])
    assert len(slack.messages) == before and rerun.posted == [] and rerun.promoted == []


def test_a_digest_interrupted_after_slack_accepted_it_is_found_not_posted_again(es, settings, slack: FakeSlack):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url, digest_threshold=2)
    now = datetime.now(UTC) - timedelta(hours=1)
    slack.fail("chat.postMessage", "reset_after")  # Slack stores the digest, the answer is lost
    first = cycle(es, s, [action(i, f"https://d{i}.example/x", now + timedelta(minutes=i)) for i in range(4)])
    assert len(slack.messages) == 1 and first.posted == [] and len(first.deferred) == 1
    open_ = sorted((a["kind"], a["status"]) for a in alerts(es, s))
    assert open_ == [("digest", "posting"), *[("parent", "pending")] * 4]  # members wait for their digest

    slack.add_history("C0ALERTS", 5)
    second = cycle(es, s, [])
    assert len(second.reconciled) == 1 and second.posted == []
    assert len(slack.parents("C0ALERTS")) == 6  # the one digest and the chatter: no parent posted on its own
    assert sorted((a["kind"], a["status"]) for a in alerts(es, s)) == [("digest", "posted"), *[("parent", "digested")] * 4]


def test_a_digest_slack_refuses_for_good_falls_back_to_one_message_per_event(es, settings, slack: FakeSlack):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url, digest_threshold=2)
    now = datetime.now(UTC) - timedelta(hours=1)
    slack.fail("chat.postMessage", "error:invalid_blocks")
    report = cycle(es, s, [action(i, f"https://f{i}.example/x", now + timedelta(minutes=i)) for i in range(3)])
    assert len(report.failed) == 1
    assert len(slack.parents("C0ALERTS")) == 3  # nothing lost: each event got its own message
