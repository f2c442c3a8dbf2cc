"""Watch rules: validation with clear errors, one _msearch for all rules, `rules test`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.pipeline import index_articles
from monitor.rules import Rule, active_rules, load_rules, match_rules, silence_rule, sync_rules
from monitor.settings import DEFAULT_RULES_FILE
from tests.helpers import article_doc


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_rules_load():
    rules = load_rules(DEFAULT_RULES_FILE)
    assert [r.name for r in rules] == ["tiktok-government-action"]
    assert rules[0].new_action is True


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("rules: [{name: 'bad name!'}]", "rules[0].name"),
        ("rules: [{name: a, severity: urgent}]", "(a).severity"),
        ("rules: [{name: a, filters: {colour: red}}]", "unknown filter(s) ['colour']"),
        ("rules: [{name: a, mention: everyone}]", "(a).mention"),
        ("rules: [{name: a}, {name: a}]", "used twice"),
        ("rules: [{name: a, silenced_until: tomorrow}]", "silenced_until"),
        ("nope: 1", "top-level 'rules:'"),
    ],
)
def test_invalid_rules_name_file_rule_and_field(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as info:
        load_rules(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_all_rules_match_in_one_msearch(es, settings, monkeypatch):
    now = datetime.now(UTC)
    index_articles(
        es,
        settings,
        [
            article_doc("https://a.example/1", "Canada orders TikTok wind-up", published=now),
            article_doc("https://a.example/2", "Montana bans TikTok", jurisdiction="US-MT", action_type="ban_regional", published=now),
            article_doc("https://a.example/3", "TikTok launches a feature", new_action=False, label="not_action", published=now),
        ],
    )
    rules = [
        Rule(name="all-new", query="tiktok", new_action=True),
        Rule(name="us-states", new_action=True, jurisdictions=("US-*",)),
        Rule(name="bans", action_types=("ban_regional", "ban_national")),
        Rule(name="off", enabled=False),
    ]
    calls = []
    original = es.msearch
    monkeypatch.setattr(es, "msearch", lambda **kw: calls.append(kw) or original(**kw))
    result = match_rules(es, settings, rules, [{"term": {"matched": False}}])
    assert len(calls) == 1
    assert sorted(h["title"] for h in result.hits["all-new"]) == ["Canada orders TikTok wind-up", "Montana bans TikTok"]
    assert [h["title"] for h in result.hits["us-states"]] == ["Montana bans TikTok"]
    assert [h["title"] for h in result.hits["bans"]] == ["Montana bans TikTok"]
    assert "off" not in result.hits


def test_rules_test_over_a_window_lists_what_would_fire(es, settings):
    now = datetime.now(UTC)
    index_articles(
        es,
        settings,
        [
            article_doc("https://b.example/recent", "Recent order", published=now - timedelta(days=3)),
            article_doc("https://b.example/old", "Old order", published=now - timedelta(days=90)),
        ],
    )
    rule = load_rules(DEFAULT_RULES_FILE)[0]
    found = match_rules(es, settings, [rule], [{"range": {"published": {"gte": (now - timedelta(days=30)).isoformat()}}}])
    assert [h["title"] for h in found.hits[rule.name]] == ["Recent order"]


def test_silence_survives_a_sync(es, settings, tmp_path):
    path = write(tmp_path, "rules: [{name: r1, query: tiktok}]")
    s = settings.with_(rules_file=path)
    sync_rules(es, s, load_rules(path))
    until = datetime.now(UTC) + timedelta(hours=2)
    silence_rule(es, s, "r1", until)
    sync_rules(es, s, load_rules(path))
    [rule] = active_rules(es, s)
    assert rule.silenced(datetime.now(UTC)) and not rule.silenced(until + timedelta(seconds=1))


def test_the_bundled_rule_finds_an_action_reported_without_the_latin_name(es, settings):
    """The detector reads TikTok in any script, so the bundled rule asks for its target, not a word."""
    from monitor.pipeline import article_findings
    from tests.helpers import article_id

    now = datetime.now(UTC)
    rows = [
        ("https://kr.example/1", "정부, 틱톡에 과징금 10억 원 부과",
         "개인정보보호위원회는 3일 틱톡에 과징금 10억 원을 부과했다고 밝혔다.", "ko"),
        ("https://jp.example/1", "政府、ティックトックの公用端末での利用を禁止",
         "政府は3日、公用端末でのティックトックの利用を禁止すると発表した。", "ja"),
        ("https://kr.example/2", "틱톡, 새 기능 출시", "틱톡은 3일 새로운 편집 기능을 출시했다고 밝혔다.", "ko"),
    ]  # fmt: skip
    docs = []
    for url, title, text, lang in rows:
        found = article_findings(title, text, now, url, lang)
        docs.append({**article_doc(url, title, published=now), **found, "id": article_id(url), "text": text, "matched": False})
    assert [d["new_action"] for d in docs] == [True, True, False]
    assert all("tiktok" not in (d["title"] + d["text"]).lower() for d in docs)
    index_articles(es, settings, docs)
    rules = load_rules(DEFAULT_RULES_FILE)
    result = match_rules(es, settings, rules, [{"term": {"matched": False}}])
    assert sorted(h["url"] for h in result.hits["tiktok-government-action"]) == ["https://jp.example/1", "https://kr.example/1"]
    assert all(rules[0].accepts(d) == d["new_action"] for d in docs)
