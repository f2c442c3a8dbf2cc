"""How sure a finding is: where an article states its act, the calibrated confidence, the rules
that ask for a minimum, and what an alert says about it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor import calibration
from monitor.alert_render import how_sure, language_name, render_parent
from monitor.analyze import analyze_article
from monitor.errors import ConfigError
from monitor.events import EventStore, group_articles
from monitor.models import HEADLINE_AND_LEAD, HEADLINE_ONLY, LEAD_ONLY, LEAD_TWICE
from monitor.packs import file_version, knowledge_version
from monitor.pipeline import index_articles
from monitor.rules import Rule, load_rules, match_rules
from tests.helpers import article_doc

# --------------------------------------------------------------------------- where the act is stated


@pytest.mark.parametrize(
    ("lang", "title", "text", "support"),
    [
        (
            "en",
            "Kenya orders TikTok to shut its Nairobi office",
            "Kenya's trade ministry on Monday ordered TikTok to close its office in the capital within 60 days. "
            "Officials cited national security.",
            HEADLINE_AND_LEAD,
        ),
        (
            "fr",
            "Le Canada ordonne la fermeture des bureaux de TikTok",
            "Le gouvernement canadien a ordonné mercredi la dissolution de la filiale canadienne de TikTok. "
            "L'application reste disponible.",
            HEADLINE_AND_LEAD,
        ),
        (
            "fr",
            "Le Canada ordonne la fermeture des bureaux de TikTok",
            "Les créateurs se demandent ce que cela change pour eux. Beaucoup continuent de publier.",
            HEADLINE_ONLY,
        ),
        (
            "es",
            None,
            "El gobierno de Chile multó este martes a TikTok con 200 millones de pesos por fallas en la protección de "
            "datos de menores. La agencia de datos de Chile sancionó a TikTok tras una investigación de seis meses.",
            LEAD_TWICE,
        ),
    ],
)
def test_analysis_says_where_the_act_is_stated(lang: str, title: str | None, text: str, support: str) -> None:
    a = analyze_article(title, text, "2025-03-01", None, lang)
    assert a.new_action, a
    assert a.support == support


def test_no_new_act_states_nothing() -> None:
    a = analyze_article(
        "Kenya weighs a TikTok ban",
        "Lawmakers in Kenya said on Monday they may propose a bill to ban TikTok next year.",
        "2025-03-01",
        None,
        "en",
    )
    assert not a.new_action and a.support == ""


# --------------------------------------------------------------------------- calibrated confidence


def test_an_act_in_headline_and_lead_is_surer_than_one_stated_once() -> None:
    for lang in ("en", "de"):
        both = calibration.confidence(lang, HEADLINE_AND_LEAD)
        assert both > calibration.confidence(lang, HEADLINE_ONLY)
        assert both > calibration.confidence(lang, LEAD_ONLY)
        assert 0.0 < calibration.confidence(lang, LEAD_ONLY) < both <= 1.0
    # every pack shares the packs' figures; an unknown place gives the engine's overall share
    assert calibration.confidence("ko", LEAD_ONLY) == calibration.confidence("fr", LEAD_ONLY)
    overall = calibration.confidence("fr", "")
    assert calibration.confidence("fr", "somewhere else") == overall
    assert calibration.confidence("fr", LEAD_ONLY) < overall < calibration.confidence("fr", HEADLINE_AND_LEAD)


def test_the_news_carries_the_calibrated_confidence_and_the_calibration_is_versioned() -> None:
    a = analyze_article(
        "Le Canada ordonne la fermeture des bureaux de TikTok",
        "Le gouvernement canadien a ordonné mercredi la dissolution de la filiale canadienne de TikTok.",
        "2025-03-01",
        None,
        "fr",
    )
    assert a.actions[0].confidence == calibration.confidence("fr", HEADLINE_AND_LEAD)
    version = file_version(calibration.CALIBRATION_FILE)
    assert version == "2" and f"calibration {version}" in knowledge_version()


def test_an_unreadable_calibration_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "calibration.yaml"
    broken.write_text("version: 1\nengines: {en: {headline and lead: {right: many}}}\n", encoding="utf-8")
    monkeypatch.setattr(calibration, "CALIBRATION_FILE", broken)
    calibration._table.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"calibration\.yaml"):
            calibration.confidence("en", HEADLINE_AND_LEAD)
    finally:
        calibration._table.cache_clear()


# --------------------------------------------------------------------------- rules that ask for a minimum


@pytest.mark.parametrize("value", ["high", 1.5, -0.1, True])
def test_min_confidence_must_be_a_number_from_0_to_1(tmp_path: Path, value: object) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(f"rules: [{{name: strict, filters: {{min_confidence: {value!r}}}}}]".replace("'", ""), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\(strict\)\.filters\.min_confidence"):
        load_rules(path)


def test_a_rule_with_min_confidence_matches_only_surer_articles(es, settings) -> None:
    now = datetime.now(UTC)
    sure = article_doc("https://c.example/sure", "Freedonia bans TikTok", published=now)
    unsure = article_doc("https://c.example/unsure", "Ruritania bans TikTok", published=now, jurisdiction="RU")
    sure["confidence"], sure["support"] = 0.91, HEADLINE_AND_LEAD
    unsure["confidence"], unsure["support"] = 0.64, LEAD_ONLY
    index_articles(es, settings, [sure, unsure])
    strict = Rule(name="strict", new_action=True, min_confidence=0.85)
    broad = Rule(name="broad", new_action=True)
    result = match_rules(es, settings, [strict, broad], [{"term": {"matched": False}}])
    assert [h["title"] for h in result.hits["strict"]] == ["Freedonia bans TikTok"]
    assert sorted(h["title"] for h in result.hits["broad"]) == ["Freedonia bans TikTok", "Ruritania bans TikTok"]
    # the in-memory twin used for dry runs agrees
    assert strict.accepts(sure) and not strict.accepts(unsure) and broad.accepts(unsure)


# --------------------------------------------------------------------------- events and alerts


def test_an_event_keeps_its_surest_report(es, settings) -> None:
    now = datetime.now(UTC)
    first = article_doc("https://d.example/1", "Canada orders TikTok wind-up", published=now)
    later = article_doc("https://e.example/2", "Ottawa tells TikTok to close Canadian offices", published=now)
    first["confidence"], first["support"] = 0.64, HEADLINE_ONLY
    later["confidence"], later["support"] = 0.91, HEADLINE_AND_LEAD
    store = EventStore(es, settings)
    updates = group_articles(store, "r", [first, later], now)
    event = updates[-1].event
    assert event["article_count"] == 2
    assert (event["confidence"], event["support"]) == (0.91, HEADLINE_AND_LEAD)


def test_the_alert_says_how_sure_and_in_which_languages() -> None:
    event = {
        "jurisdiction": "CA",
        "action_type": "business_wind_up_order",
        "actor": "Government of Canada",
        "title": "Ottawa orders TikTok to wind up",
        "best_url": "https://news.example/a",
        "evidence": "The government ordered TikTok to wind up its business.",
        "first_published": "2024-11-06T00:00:00+00:00",
        "languages": ["en", "fr", "unknown", "ko"],
        "confidence": 0.91,
        "support": HEADLINE_AND_LEAD,
    }
    context = render_parent(event, {"name": "r"}).blocks[1]["elements"][0]["text"]
    assert "🗣️ English, French, Korean" in context
    assert "🎯 confidence 0.91, stated in the headline and the lead" in context
    assert how_sure({"confidence": 0.64, "support": LEAD_ONLY}) == "confidence 0.64, stated in the lead only"
    assert how_sure({}) == "" and how_sure({"confidence": "high"}) == ""
    assert language_name("sr-Latn") == "Serbian" and language_name("zz") == "zz"
