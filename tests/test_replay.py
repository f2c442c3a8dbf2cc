"""Replay after an analyzer or rule change: dry run writes nothing; a real run re-matches without flooding Slack."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.pipeline import index_articles, match_and_plan
from monitor.replay import replay
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE
from tests.helpers import article_doc

ORDER_TEXT = (
    "The federal government on Wednesday ordered TikTok Technology Canada to wind up its Canadian business after a national "
    "security review under the Investment Canada Act, the innovation minister said."
)


def stale_docs(now):
    # Stored with findings from an older analyzer that missed the order.
    missed = article_doc(
        "https://r.example/order",
        "Ottawa orders TikTok to wind up its Canadian business",
        published=now - timedelta(days=10),
        new_action=False,
        label="not_action",
        text=ORDER_TEXT,
    )
    missed.update(actions=[], action_types=[], jurisdictions=[], stages=[])
    unrelated = article_doc(
        "https://r.example/fares",
        "Transit fares frozen",
        published=now - timedelta(days=9),
        new_action=False,
        label="not_action",
        text="Councillors voted to keep bus fares at their current level.",
    )
    unrelated.update(actions=[], action_types=[], jurisdictions=[], stages=[])
    return [missed, unrelated]


def test_dry_run_reports_changes_and_writes_nothing(es, settings):
    now = datetime.now(UTC)
    index_articles(es, settings, stale_docs(now))
    rules = load_rules(DEFAULT_RULES_FILE)
    report = replay(es, settings, rules, now - timedelta(days=30), now, dry_run=True)
    assert report.articles == 2
    assert [c["title"] for c in report.changed] == ["Ottawa orders TikTok to wind up its Canadian business"]
    assert report.changed[0]["after"]["new_action"] is True and report.changed[0]["after"]["jurisdictions"] == ["CA"]
    assert [h["title"] for h in report.would_fire["tiktok-government-action"]] == ["Ottawa orders TikTok to wind up its Canadian business"]
    stored = es.get(index=settings.index("articles"), id=report.changed[0]["id"])["_source"]
    assert stored["new_action"] is False  # untouched


def test_real_replay_updates_findings_and_old_articles_are_not_alerted(es, settings):
    now = datetime.now(UTC)
    rules = load_rules(DEFAULT_RULES_FILE)
    index_articles(es, settings, stale_docs(now))
    match_and_plan(es, settings, rules)  # the first pass: nothing matched
    s = settings.with_(freshness_hours=48)
    report = replay(es, s, rules, now - timedelta(days=30), now, dry_run=False)
    assert len(report.changed) == 1
    stored = es.get(index=s.index("articles"), id=report.changed[0]["id"])["_source"]
    assert stored["new_action"] is True and stored["matched"] is False
    matches, new_events, _updated, queued = match_and_plan(es, s, rules)
    assert matches == 1 and new_events == 1
    assert queued == 0  # ten days old: indexed and grouped, never alerted
