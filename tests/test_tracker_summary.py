"""The daily tracker run: page written, current stages stored, a Slack summary only of what
changed, exactly once (through the outbox, against the fake Slack Web API)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.airflow_tasks import tracker_task
from monitor.alerts import SlackSender
from monitor.pipeline import index_articles, match_and_plan
from monitor.rules import Rule
from monitor.tracker_summary import KIND, publish_tracker
from tests.helpers import article_doc

RULE = Rule(name="actions", description="New government action against TikTok", query="tiktok", new_action=True, severity="high")
NOW = datetime.now(UTC).replace(microsecond=0)


def ban(days_ago: float) -> dict[str, Any]:
    return article_doc(
        "https://news.example/mt-ban",
        "Montana governor signs law banning TikTok",
        published=NOW - timedelta(days=days_ago),
        action_type="ban_regional",
        jurisdiction="US-MT",
        actor="Montana Governor Greg Gianforte",
        evidence="Montana Governor Greg Gianforte signed a law banning TikTok statewide on Wednesday.",
    )


def ruling(slug: str, stage: str, days_ago: float) -> dict[str, Any]:
    d = article_doc(
        f"https://court.example/{slug}",
        f"Court: Montana's TikTok ban {stage}",
        published=NOW - timedelta(days=days_ago),
        new_action=False,
        label="court_blocks_action",
        action_type="ban_national",
        jurisdiction="US",
        actor="Court (United States)",
        stage=stage,
        evidence=f"A federal judge {stage} Montana's TikTok ban.",
    )
    d["entities"]["governments"] = ["US", "US-MT"]
    return d


def run(es, settings, slack, tmp_path: Path, **kw: Any):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    return publish_tracker(es, s, SlackSender(s), tmp_path / "tracker.html", NOW, min_interval=0, **kw)


def test_a_summary_of_new_steps_once_and_nothing_when_nothing_changed(es, settings, slack, tmp_path):
    index_articles(es, settings, [ban(20)])
    match_and_plan(es, settings, [RULE])
    quiet = run(es, settings, slack, tmp_path)
    assert quiet.actions == 1 and quiet.changes == [] and slack.messages == []  # the ban is 20 days old: nothing new
    assert "Montana" in (tmp_path / "tracker.html").read_text(encoding="utf-8")

    index_articles(es, settings, [ruling("block", "blocked", 2)])
    match_and_plan(es, settings, [RULE])
    first = run(es, settings, slack, tmp_path)
    assert len(first.changes) == 1 and len(slack.messages) == 1
    message = slack.messages[0]
    assert "Montana" in message.text and "blocked by a court" in message.text and "court.example/block" in message.text
    assert message.metadata and message.metadata["event_payload"]["alert_id"]

    again = run(es, settings, slack, tmp_path)
    assert again.changes == [] and len(slack.messages) == 1  # nothing changed since: nothing posted

    es.indices.refresh(index=settings.index("events"))
    (event,) = [h["_source"] for h in es.search(index=settings.index("events"))["hits"]["hits"]]
    assert event["current_stage"] == "blocked" and event["stage_since"][:10] == (NOW - timedelta(days=2)).date().isoformat()
    assert event["stage"] == "enacted"  # the event's own opening stage is left as it was


def test_a_crash_after_slack_accepted_the_summary_does_not_post_it_twice(es, settings, slack, tmp_path):
    index_articles(es, settings, [ban(3)])
    match_and_plan(es, settings, [RULE])
    slack.fail("chat.postMessage", "reset_after")  # Slack stores it, the answer never arrives
    interrupted = run(es, settings, slack, tmp_path)
    assert interrupted.dispatch.deferred and len(slack.messages) == 1
    resumed = run(es, settings, slack, tmp_path)
    assert resumed.dispatch.reconciled and resumed.changes == []
    assert len(slack.messages) == 1
    es.indices.refresh(index=settings.index("alerts"))
    (record,) = [h["_source"] for h in es.search(index=settings.index("alerts"), query={"term": {"kind": KIND}})["hits"]["hits"]]
    assert record["status"] == "posted" and record["slack_ts"] == slack.messages[0].ts


def test_the_airflow_task_writes_the_page_without_slack(es, settings, tmp_path):
    index_articles(es, settings, [ban(1)])
    match_and_plan(es, settings, [RULE])
    page = tmp_path / "reports" / "tracker.html"
    result = tracker_task(str(page), settings=settings)  # no bot token: the summary is printed
    assert result["actions"] == 1 and result["changes"] == 1 and result["posted"] == 1
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert tracker_task(str(page), settings=settings)["changes"] == 0


def test_the_kibana_panel_and_search_read_the_stored_stages(es, settings, slack, tmp_path):
    from monitor.kibana import load_objects

    objects = {o["id"]: o for o in load_objects()}
    lens = objects["monitor-lens-actions-by-stage"]["attributes"]
    (layer,) = lens["state"]["datasourceStates"]["formBased"]["layers"].values()
    assert {c.get("sourceField") for c in layer["columns"].values()} == {"jurisdiction", "current_stage", "___records___"}
    search = objects["monitor-search-actions-by-stage"]["attributes"]
    assert "current_stage" in search["columns"] and "jurisdiction" in search["columns"]

    index_articles(es, settings, [ban(20), ruling("block", "blocked", 2)])
    match_and_plan(es, settings, [RULE])
    run(es, settings, slack, tmp_path)
    # What the panel asks Elasticsearch: actions per jurisdiction, split by current stage.
    aggs = {"place": {"terms": {"field": "jurisdiction"}, "aggs": {"stage": {"terms": {"field": "current_stage"}}}}}
    response = es.search(index=settings.index("events"), size=0, query={"query_string": {"query": "current_stage:*"}}, aggs=aggs)
    buckets = {b["key"]: {s["key"]: s["doc_count"] for s in b["stage"]["buckets"]} for b in response["aggregations"]["place"]["buckets"]}
    assert buckets == {"US-MT": {"blocked": 1}}
