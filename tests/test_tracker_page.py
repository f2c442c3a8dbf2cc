"""The tracker page in a real browser, built from events the real pipeline made.

The bundled demo (Ottawa's wind-up order) runs first. Then a newsroom written for this project
(``tests/fakes/newsroom.py``) publishes, cycle by cycle, a Montana ban enacted, challenged,
blocked and upheld on appeal, a Texas device ban in between, and a Nepal ban whose headline
carries markup; ``run_cycle`` indexes and groups them in the real Elasticsearch. ``monitor
tracker`` (the CLI, in process) prints the table and the JSON and writes the page; headless
Chromium opens the page from disk, with every network request recorded over the DevTools
protocol, and keeps a screenshot in ``artifacts/tracker.png``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from monitor import cli
from monitor.delivery import ConsoleSender
from monitor.demo import DemoServer
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE, Settings
from monitor.store import INDICES, make_es, setup
from monitor.tracker import Action, Step, track
from monitor.tracker_page import render_page
from tests.chromium import Chromium
from tests.conftest import ROOT
from tests.fakes.http import LocalServer
from tests.fakes.newsroom import Newsroom, Story, montana_saga

ARTIFACTS = ROOT / "artifacts"
SCREENSHOT = ARTIFACTS / "tracker.png"
HOSTILE = 'Nepal bans TikTok <script>alert(1)</script> "onload=alert(2) <img src=x onerror=alert(3)>'


@dataclass
class Built:
    settings: Settings
    newsroom: Newsroom
    saga: dict[str, Story]
    page: Path
    table: str
    data: dict[str, Any]


def _cli(settings: Settings, *args: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(cli, "console", Console(width=400, color_system=None, soft_wrap=False))
    env = {"ELASTICSEARCH_URL": settings.elasticsearch_url, "MONITOR_INDEX_PREFIX": settings.index_prefix}
    result = CliRunner().invoke(cli.app, ["tracker", *args], env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def built(es_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    settings = Settings(
        elasticsearch_url=es_url,
        index_prefix=f"t{uuid.uuid4().hex[:10]}",
        allow_hosts=frozenset({"127.0.0.1"}),
        freshness_hours=24 * 365,
        per_host=8,
        host_spacing=0.0,
    )
    es = make_es(settings)
    setup(es, settings)
    server = LocalServer().start()
    monkeypatch = pytest.MonkeyPatch()
    try:
        newsroom = Newsroom(server, name="Tracker newsroom")
        now = datetime.now(UTC).replace(microsecond=0)
        saga = montana_saga(now)
        hostile = Story(
            "nepal-ban",
            HOSTILE,
            (
                "Nepal's government on Monday banned TikTok nationwide, citing social harmony.",
                "Internet providers were told to block the app.",
            ),
            now - timedelta(days=2),
        )
        rules = load_rules(DEFAULT_RULES_FILE)
        with DemoServer() as demo:  # the bundled demo: Ottawa's wind-up order and its background lines
            run_cycle(es, settings, ConsoleSender(lambda line: None), feeds=demo.feeds(), rules=rules, min_interval=0, all_feeds=True)
        for batch in ([saga["enacted"]], [saga["challenged"], saga["texas"]], [saga["blocked"]], [saga["upheld"], hostile]):
            newsroom.publish(*batch)
            run_cycle(es, settings, ConsoleSender(lambda line: None), feeds=[newsroom.feed], rules=rules, min_interval=0, all_feeds=True)
        page = tmp_path_factory.mktemp("tracker") / "tracker.html"
        table = _cli(settings, monkeypatch=monkeypatch)
        data = json.loads(_cli(settings, "--json", monkeypatch=monkeypatch))
        _cli(settings, "--html", str(page), monkeypatch=monkeypatch)
        yield Built(settings, newsroom, saga, page, table, data)
    finally:
        monkeypatch.undo()
        server.stop()
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{settings.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    chromium = Chromium()
    yield chromium
    chromium.close()


ROWS = """[...document.querySelectorAll('#actions tr.action')].map(tr => ({
  event_id: tr.dataset.eventId, jurisdiction: tr.dataset.jurisdiction, stage: tr.dataset.stage,
  act: tr.querySelector('.act').textContent, title: tr.querySelector('.title').textContent,
  since: tr.querySelector('[data-field=since]').textContent, first: tr.querySelector('[data-field=first]').textContent,
  links: [...tr.querySelectorAll('a')].map(a => [a.textContent, a.href]),
  place: tr.closest('tbody').querySelectorAll('tr.place').length }))"""


def test_the_page_renders_offline_and_agrees_with_the_cli_and_the_json(built, browser):
    try:
        browser.open(built.page.as_uri())
        rows = browser.js(ROWS)
        timeline = browser.js("[...document.querySelectorAll('#timeline li')].map(li => [li.dataset.stage, li.textContent])")
        changed = browser.js("[...document.querySelectorAll('#changed li')].map(li => li.textContent)")
        groups = browser.js("[...document.querySelectorAll('#actions tr.place')].map(tr => tr.dataset.jurisdiction)")
        resources = browser.js("performance.getEntriesByType('resource').length")
        external = browser.js(
            "[...document.querySelectorAll('script, link, img, iframe, object, embed, video, audio, source, [style*=\"url(\"]')].length"
        )
    finally:
        browser.screenshot(SCREENSHOT)

    # Nothing but the page itself was requested: no scripts, fonts, images or style sheets.
    assert browser.requests == [built.page.as_uri()]
    assert resources == 0 and external == 0

    # The table: grouped by jurisdiction, one group per place.
    assert groups == ["CA", "US-MT", "NP", "US-TX"]
    by_place = {r["jurisdiction"]: r for r in rows}
    montana, texas, nepal, canada = by_place["US-MT"], by_place["US-TX"], by_place["NP"], by_place["CA"]
    assert canada["act"] == "business wind-up order" and canada["stage"] == "enacted"  # the demo: one action, not its background
    assert montana["stage"] == "upheld" and montana["act"] == "regional ban"
    assert montana["since"] == built.saga["upheld"].published.date().isoformat()
    assert montana["first"] == built.saga["enacted"].published.date().isoformat()
    assert texas["stage"] == "enacted" and nepal["stage"] == "enacted"
    assert montana["links"] == [["best source", built.newsroom.url(built.saga["enacted"])]]

    # The CLI table, the JSON and the page say the same.
    actions = built.data["actions"]
    assert {(a["jurisdiction"], a["stage"], a["act"], a["stage_date"][:10], a["first_date"][:10]) for a in actions} == {
        (r["jurisdiction"], r["stage"], r["act"], r["since"], r["first"]) for r in rows
    }
    lines = {a["jurisdiction"]: next(line for line in built.table.splitlines() if f" {a['jurisdiction']} " in line) for a in actions}
    for a in actions:
        for cell in (a["jurisdiction_name"], a["act"], a["stage"], a["stage_date"][:10], a["first_date"][:10]):
            assert cell in lines[a["jurisdiction"]], (cell, lines[a["jurisdiction"]])

    # The timeline: every step, newest first; Montana's four steps in order.
    json_steps = sorted((s["date"], s["stage"]) for a in actions for s in a["steps"])
    assert [stage for stage, _ in timeline] == [stage for _, stage in reversed(json_steps)]
    assert [stage for stage, text in timeline if "Montana" in text] == ["upheld", "blocked", "challenged", "enacted"]
    assert all("Texas" not in text for stage, text in timeline if stage != "enacted")  # the ruling on Montana stays with Montana

    # Changed in the last 7 days: the demo's order, the appeal ruling and Nepal's ban, not the block 12 days ago.
    assert len(changed) == 3 and all(any(place in line for line in changed) for place in ("Canada", "Montana", "Nepal"))
    assert len(built.data["changed_recently"]) == 3

    # Hostile headline: the feed stage drops its tags; the quote and the handler name stay, as text.
    stored = next(a["title"] for a in actions if a["jurisdiction"] == "NP")
    assert '"onload=alert(2)' in stored and nepal["title"] == stored
    assert browser.js("document.querySelectorAll('script, img, [onload], [onerror]').length") == 0
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and SCREENSHOT.stat().st_size > 10_000


def test_the_cli_filters(built, monkeypatch):
    stages = json.loads(_cli(built.settings, "--json", "--stage", "upheld", monkeypatch=monkeypatch))["actions"]
    assert [a["jurisdiction"] for a in stages] == ["US-MT"]
    states = json.loads(_cli(built.settings, "--json", "--jurisdiction", "US-*", monkeypatch=monkeypatch))["actions"]
    assert sorted(a["jurisdiction"] for a in states) == ["US-MT", "US-TX"]
    recent = json.loads(_cli(built.settings, "--json", "--since", "7d", "--type", "ban_national", monkeypatch=monkeypatch))["actions"]
    assert [a["jurisdiction"] for a in recent] == ["NP"]
    table = _cli(built.settings, "--type", "ban_government_devices", monkeypatch=monkeypatch)
    assert "Texas" in table and "Montana" not in table


def test_hostile_names_and_urls_are_escaped():
    step = Step("enacted", "2026-03-01T00:00:00+00:00", "a", "javascript:alert(1)", '<b onmouseover="x">', "<i>")
    action = Action(
        event_id='e"><script>',
        jurisdiction='X"><svg onload=1>',
        jurisdiction_name="<svg/onload=alert(1)>",
        flag="🏛️",
        action_type="other",
        act="<u>act</u>",
        actor='"onload=alert(1)',
        title="</td><script>alert(1)</script>",
        stage="enacted",
        stage_date=step.date,
        first_date=step.date,
        steps=(step,),
        source_url='https://x.example/"onmouseover="alert(1)',
        official_url="data:text/html,<script>alert(1)</script>",
        outlet_count=1,
        article_count=1,
    )
    page = render_page([action], datetime(2026, 3, 2, tzinfo=UTC))
    body = page.split("</style>", 1)[1]
    assert "<script" not in body and "<svg" not in body and "<u>" not in body and "<b " not in body
    assert "javascript:" not in body.split("href=")[1] if "href=" in body else True
    assert 'href="https://x.example/&quot;onmouseover=&quot;alert(1)"' in body
    assert "data:text/html" not in page.split("<body>")[1].split("official source")[0] or 'href="data:' not in page
    assert "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_the_page_of_actions_built_without_the_store():
    events = [
        {"event_id": "a", "jurisdiction": "CA", "action_type": "business_wind_up_order", "stage": "enacted",
         "first_published": "2026-03-01T10:00:00+00:00", "best_url": "https://gc.ca/order", "best_official": True, "title": "Order"},
    ]  # fmt: skip
    page = render_page(track(events), datetime(2026, 3, 3, tzinfo=UTC))
    assert 'href="https://gc.ca/order" rel="noopener noreferrer">official source</a>' in page
    assert "best source" not in page  # the official source is the best one: one link
    assert "Canada" in page and "business wind-up order" in page
