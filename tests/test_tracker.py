"""The action tracker: the current stage of each action, from its events' reports.

The transition rules are tested on event documents written out here (pure functions), then on
events the real pipeline built from a newsroom feed written for this project (``run_cycle``
against the real Elasticsearch): a ban enacted, challenged, blocked, then upheld on appeal,
with another state's act whose event the court ruling was attached to.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from monitor.delivery import ConsoleSender
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE
from monitor.tracker import STAGES, TRANSITIONS, Report, fold_steps, load_actions, next_stage, select, track
from tests.fakes.newsroom import Newsroom, montana_saga

NOW = datetime(2026, 3, 31, 12, tzinfo=UTC)


def day(n: int) -> str:
    return (NOW - timedelta(days=n)).isoformat()


def event(event_id: str, jurisdiction: str, action_type: str, first: int, *, stage: str = "enacted", **kw: Any) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "jurisdiction": jurisdiction,
        "action_type": action_type,
        "actor": kw.pop("actor", f"Government of {jurisdiction}"),
        "title": kw.pop("title", f"{jurisdiction} {action_type}"),
        "stage": stage,
        "first_published": day(first),
        "best_url": f"https://news.example/{event_id}",
        "urls": [f"https://news.example/{event_id}"],
        "article_ids": [f"{event_id}-a"],
        "developments": [],
        **kw,
    }


def development(event: dict[str, Any], article_id: str, stage: str, days_ago: int) -> None:
    event["developments"].append(
        {
            "article_id": article_id,
            "stage": stage,
            "url": f"https://court.example/{article_id}",
            "title": f"{stage} {article_id}",
            "seen": day(days_ago),
        }
    )
    event["article_ids"].append(article_id)  # events list a development's article too


def article(article_id: str, stage: str, days_ago: int, *, jurisdiction: str = "", governments: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "url": f"https://court.example/{article_id}",
        "title": f"{stage} {article_id}",
        "published": day(days_ago),
        "actions": [{"stage": stage, "jurisdiction": jurisdiction}],
        "entities": {"governments": list(governments)},
    }


def stages(actions: list[Any]) -> dict[str, str]:
    return {a.event_id: a.stage for a in actions}


# --------------------------------------------------------------------------- the rules


def test_the_transition_table():
    assert set(TRANSITIONS) == {None, *STAGES}
    assert next_stage(None, "proposed") == "proposed"
    assert next_stage("proposed", "enacted") == "enacted"
    assert next_stage("enacted", "challenged") == "challenged"
    assert next_stage("challenged", "blocked") == "blocked"
    assert next_stage("blocked", "upheld") == "upheld"  # a higher court reinstates the act
    assert next_stage("upheld", "challenged") == "challenged"  # a further appeal
    assert next_stage("enacted", "lifted") == "lifted"
    # coverage of a step already taken changes nothing
    assert next_stage("blocked", "enacted") is None
    assert next_stage("challenged", "challenged") is None
    assert next_stage("blocked", "challenged") is None  # an appeal against a block: still blocked
    assert next_stage("enacted", "proposed") is None
    assert all(next_stage("lifted", s) is None for s in STAGES)  # lifted is final


def test_steps_follow_publication_order_and_keep_the_first_article_of_each_move():
    reports = [
        Report("blocked", day(5), "b", "https://x/b", "blocked", "x"),
        Report("enacted", day(20), "e", "https://x/e", "enacted", "x"),
        Report("enacted", day(2), "late", "https://x/late", "a write-up of the law", "x"),
        Report("blocked", day(4), "b2", "https://x/b2", "a second report of the block", "x"),
        Report("challenged", day(10), "c", "https://x/c", "challenged", "x"),
    ]
    steps = fold_steps(reports)
    assert [(s.stage, s.article_id, s.date) for s in steps] == [
        ("enacted", "e", day(20)),
        ("challenged", "c", day(10)),
        ("blocked", "b", day(5)),
    ]


def test_a_ban_enacted_challenged_blocked_then_upheld_on_appeal():
    ban = event("mt", "US-MT", "ban_regional", 40)
    development(ban, "sue", "challenged", 30)
    development(ban, "block", "blocked", 12)
    articles = {
        "mt-a": {"url": "https://news.example/mt", "title": "Montana signs ban", "published": day(40), "actions": [{"stage": "enacted"}]},
        "sue": article("sue", "challenged", 30, governments=("US-MT",)),
        "block": article("block", "blocked", 12, jurisdiction="US", governments=("US", "US-MT")),
    }
    # The appeal ruling arrives as news: an event of its own, folded into the ban.
    ruling = event("appeal", "US-MT", "other", 3, stage="upheld", actor="Appeals court")
    articles["appeal-a"] = article("appeal-a", "upheld", 3, jurisdiction="US-MT")
    (action,) = track([ban, ruling], articles)
    assert action.event_id == "mt" and action.merged_event_ids == ("appeal",)
    assert [(s.stage, s.day, s.article_id) for s in action.steps] == [
        ("enacted", day(40)[:10], "mt-a"),
        ("challenged", day(30)[:10], "sue"),
        ("blocked", day(12)[:10], "block"),
        ("upheld", day(3)[:10], "appeal-a"),
    ]
    assert action.stage == "upheld" and action.stage_date == day(3) and action.first_date == day(40)
    assert action.steps[2].url == "https://court.example/block"


def test_a_court_blocking_one_states_law_changes_that_state_and_not_another():
    montana = event("mt", "US-MT", "ban_regional", 40)
    texas = event("tx", "US-TX", "ban_government_devices", 20)
    # An event stored by an earlier version, which attached developments by country and recency.
    development(texas, "block", "blocked", 12)
    articles = {"block": article("block", "blocked", 12, jurisdiction="US", governments=("US", "US-MT"))}
    assert stages(track([montana, texas], articles)) == {"mt": "blocked", "tx": "enacted"}
    # With no Montana action tracked, the ruling is left out, never shown on Texas's.
    assert stages(track([texas], articles)) == {"tx": "enacted"}
    # A ruling that names Texas stays with Texas.
    articles["block"] = article("block", "blocked", 12, jurisdiction="US-TX")
    assert stages(track([montana, texas], articles)) == {"mt": "enacted", "tx": "blocked"}


def test_a_ruling_without_a_known_action_is_shown_on_its_own_and_not_folded_across_places():
    texas = event("tx", "US-TX", "ban_government_devices", 20)
    ruling = event("ut", "US-UT", "other", 3, stage="upheld")
    actions = track([texas, ruling])
    assert stages(actions) == {"tx": "enacted", "ut": "upheld"}
    assert next(a for a in actions if a.event_id == "ut").merged_event_ids == ()


def test_a_proposal_enacted_later_and_a_lifted_action_stays_lifted():
    bill = event("bill", "US-UT", "ban_regional", 50, stage="proposed", article_ids=["p1", "p2"], urls=["u1", "u2"])
    articles = {
        "p1": {"url": "u1", "title": "bill", "published": day(50), "actions": [{"stage": "proposed"}]},
        "p2": {"url": "u2", "title": "signed", "published": day(45), "actions": [{"stage": "enacted"}]},
    }
    development(bill, "repeal", "lifted", 10)
    development(bill, "suit", "challenged", 5)  # after the repeal: changes nothing
    articles["repeal"] = article("repeal", "lifted", 10, jurisdiction="US-UT")
    articles["suit"] = article("suit", "challenged", 5, governments=("US-UT",))
    (action,) = track([bill], articles)
    assert [s.stage for s in action.steps] == ["proposed", "enacted", "lifted"]
    assert action.steps[1].title == "signed"


def test_without_articles_the_events_own_fields_are_used():
    ban = event("ng", "NG", "ban_national", 10)
    ban["developments"].append({"article_id": "x", "stage": "lifted", "seen": day(1), "url": "https://x", "title": "lifted"})
    (action,) = track([ban])
    assert action.stage == "lifted" and action.stage_date == day(1) and action.first_date == day(10)


def test_official_source_and_best_source():
    official = event("ca", "CA", "business_wind_up_order", 5, best_official=True, best_url="https://canada.ca/order")
    press = event("ie", "IE", "fine_or_penalty", 5, article_ids=["n", "o"], urls=["https://n", "https://dpc.ie/fine"])
    articles = {"o": {"url": "https://dpc.ie/fine", "official": True, "published": day(4), "actions": [{"stage": "enacted"}]}}
    by_id = {a.event_id: a for a in track([official, press], articles)}
    assert by_id["ca"].official_url == "https://canada.ca/order"
    assert by_id["ie"].official_url == "https://dpc.ie/fine" and by_id["ie"].source_url == "https://news.example/ie"
    assert by_id["ie"].jurisdiction_name == "Ireland" and by_id["ie"].act == "fine"


def test_filters():
    events = [event("mt", "US-MT", "ban_regional", 40), event("us", "US", "divestiture_order", 30), event("ca", "CA", "fine_or_penalty", 2)]
    development(events[0], "b", "blocked", 1)
    actions = track(events)
    ids = lambda xs: sorted(a.event_id for a in xs)  # noqa: E731
    assert ids(select(actions, jurisdictions=["US"])) == ["mt", "us"]
    assert ids(select(actions, jurisdictions=["us-*"])) == ["mt"]
    assert ids(select(actions, jurisdictions=["US-MT", "CA"])) == ["ca", "mt"]
    assert ids(select(actions, stages=["blocked"])) == ["mt"]
    assert ids(select(actions, types=["fine_or_penalty", "divestiture_order"])) == ["ca", "us"]
    assert ids(select(actions, since=NOW - timedelta(days=7))) == ["ca", "mt"]


# --------------------------------------------------------------------------- through the real pipeline


@pytest.fixture
def newsroom(server):
    return Newsroom(server, name="Tracker newsroom")


def test_the_saga_through_the_real_pipeline(es, settings, newsroom):
    """Each step is news in its own cycle; the ruling on Montana's ban lands on Montana's
    action, though Texas's is newer, and each state keeps its own stage."""
    saga = montana_saga(datetime.now(UTC).replace(microsecond=0))
    rules = load_rules(DEFAULT_RULES_FILE)
    for batch in (["enacted"], ["challenged", "texas"], ["blocked"], ["upheld"]):
        newsroom.publish(*(saga[k] for k in batch))
        run_cycle(es, settings, ConsoleSender(lambda line: None), feeds=[newsroom.feed], rules=rules, min_interval=0, all_feeds=True)
    actions = {a.jurisdiction: a for a in load_actions(es, settings)}
    assert set(actions) == {"US-MT", "US-TX"}
    montana, texas = actions["US-MT"], actions["US-TX"]
    assert [(s.stage, s.url) for s in montana.steps] == [
        (stage, newsroom.url(saga[stage])) for stage in ("enacted", "challenged", "blocked", "upheld")
    ]
    assert montana.stage == "upheld" and montana.act == "regional ban"
    assert montana.stage_date[:10] == saga["upheld"].published.date().isoformat()
    assert [s.stage for s in texas.steps] == ["enacted"] and texas.act == "government-device ban"
