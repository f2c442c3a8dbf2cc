"""Languages: identification, dispatch to the right engine, the unsupported flag, pack files.

The pipeline test runs a real cycle (local feed server, real Elasticsearch): the French
feed's article alerts, the Icelandic one is indexed and flagged, and `monitor feeds status`
counts it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.alerts import ConsoleSender
from monitor.analyze import analyze_article
from monitor.errors import ConfigError
from monitor.index import language_counts
from monitor.language import detect_language, normalise_language
from monitor.models import UNSUPPORTED, Feed
from monitor.packs import PACK_DIR, _load, available_languages, knowledge_version, load_pack
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE
from tests.fakes.http import Reply

IS_TITLE = "Alþingi samþykkir fjárlög næsta árs"
IS_TEXT = (
    "Alþingi samþykkti í gær fjárlög fyrir næsta ár eftir langar umræður. "
    "Ríkisstjórnin segir að útgjöld til heilbrigðismála aukist verulega á komandi ári."
)
FR_TITLE = "Le gouvernement canadien ordonne la dissolution de la filiale de TikTok"
FR_TEXT = (
    "Ottawa a ordonné mercredi la liquidation des activités canadiennes de TikTok à l'issue d'un examen de sécurité "
    "nationale, a annoncé le ministre de l'Industrie. L'application reste accessible aux utilisateurs du pays."
)


@pytest.mark.parametrize(
    ("title", "text", "declared", "expected"),
    [
        ("Fines for late trains", "The regulator fined the operator after a year of delays on the coastal line.", None, "en"),
        ("Le tribunal rend sa décision", "La cour d'appel a rendu mercredi une décision très attendue par les syndicats.", None, "fr"),
        ("Neue Regeln für Radfahrer", "Die Stadt hat am Dienstag neue Regeln für den Radverkehr beschlossen.", None, "de"),
        ("정부, 새 규제 발표", "정부는 화요일 새로운 규제를 발표했다.", None, "ko"),
        ("政府が新たな規制を発表", "政府は火曜日、新たな規制を発表した。", None, "ja"),
        ("政府宣布新规定", "政府周二宣布了新的规定，将于下月实施。", None, "zh"),
        ("Anything at all", "Whatever the words say.", "pt-BR", "pt"),
        ("Anything at all", "", "EN", "en"),
    ],
)
def test_detect_language(title: str, text: str, declared: str | None, expected: str) -> None:
    assert detect_language(title, text, declared) == expected


def test_normalise_language_rejects_junk() -> None:
    assert normalise_language("pt_BR") == "pt"
    assert normalise_language("fil-PH") == "tl" and normalise_language("in") == "id"
    assert normalise_language("") is None
    assert normalise_language("not a code") is None


def test_english_and_packs_are_dispatched_and_versioned() -> None:
    en = analyze_article(
        "Ottawa orders TikTok to wind up its Canadian business",
        "The federal government on Wednesday ordered TikTok to wind up its Canadian business after a national security review.",
        "2024-11-06",
    )
    fr = analyze_article(FR_TITLE, FR_TEXT, "2024-11-06", language="fr")
    assert en.language == "en" and en.detection == "ok" and en.new_action
    assert fr.language == "fr" and fr.detection == "ok" and fr.new_action
    assert fr.actions[0].type == "business_wind_up_order" and fr.actions[0].jurisdiction == "CA"
    assert fr.knowledge_version == en.knowledge_version == knowledge_version()
    assert knowledge_version().startswith("gazetteer ") and " fr " in f" {knowledge_version()}"


def test_language_without_a_pack_is_flagged_never_silently_negative() -> None:
    result = analyze_article(IS_TITLE, IS_TEXT, "2024-11-06")
    assert result.language == "is"
    assert result.detection == UNSUPPORTED
    assert result.new_action is False and result.actions == ()
    assert result.to_dict()["detection"] == UNSUPPORTED


def test_every_shipped_pack_loads_and_names_its_own_language() -> None:
    assert "fr" in available_languages()
    for lang in sorted(available_languages()):
        pack = load_pack(lang)
        assert pack.language == lang, f"{lang}.yaml declares language {pack.language}"
        assert pack.actions, f"{lang}.yaml lists no actions"
        assert pack.target.search("TikTok"), f"{lang}.yaml does not find 'TikTok'"


def test_pack_country_names_come_from_cldr() -> None:
    pack = load_pack("fr")
    codes = {code for _, code in pack.find_places("L'Allemagne, le Japon et la Nouvelle-Zélande")}
    assert {"DE", "JP", "NZ"} <= codes


def test_a_packs_own_place_names_match_whole_words_only(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load((PACK_DIR / "it.yaml").read_text(encoding="utf-8"))
    data["countries"] = {"US": ["usa", "americ\\w*"], "RO": ["roma"]}  # no word end written
    path = tmp_path / "it.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pack = _load(path)
    # "usare" (to use) is not the USA, "romanzo" (novel) is not Romania: names end where words end
    assert [code for _, code in pack.find_places("Il governo vieta di usare TikTok, come nel romanzo")] == []
    assert {code for _, code in pack.find_places("Negli USA e a Roma, gli americani")} == {"US", "RO"}


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda d: d.update(actions={"ban_everything": ["x"]}), "unknown action types"),
        (lambda d: d.update(cues={"maybe": ["x"]}), "unknown cues"),
        (lambda d: d.update(countries={False: ["norsk"]}), "quote ISO codes"),
        (lambda d: d.update(schema=2), "schema 2"),
        (lambda d: d.update(local_bodies=[{"pattern": "[Vv]ille de ([A-Z]", "display": "City"}]), "local_bodies: bad pattern"),
        (lambda d: d.update(local_bodies=[{"pattern": "[Vv]ille de [A-Z]\\w+", "display": "City of {name}"}]), "captures no name"),
        (lambda d: d.update(actions={"ban_national": ["(unclosed"]}), "bad pattern"),
        (lambda d: d.update(surprise=True), "surprise"),
    ],
)
def test_a_bad_pack_is_refused_with_the_file_and_field(tmp_path: Path, mutation, message: str) -> None:
    import yaml

    data = yaml.safe_load((PACK_DIR / "fr.yaml").read_text(encoding="utf-8"))
    mutation(data)
    path = tmp_path / "xx.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        _load(path)
    assert "xx.yaml" in str(err.value) and message in str(err.value)


def _rss(items: list[tuple[str, str, str]], language: str | None = None) -> bytes:
    lang = f"<language>{language}</language>" if language else ""
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><description>{d}</description>"
        "<pubDate>Wed, 02 Dec 2026 08:00:00 GMT</pubDate></item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>f</title>{lang}{body}</channel></rss>'.encode()


def _page(title: str, text: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article></body></html>".encode()


def test_cycle_stores_language_and_flags_unreadable_articles(es, settings, server, monkeypatch, tmp_path) -> None:
    fr_link, is_link = server.url("/fr/dissolution"), server.url("/is/fjarlog")
    server.routes["/fr.xml"] = Reply(200, _rss([(FR_TITLE, fr_link, FR_TEXT)]), {"Content-Type": "application/rss+xml"})
    server.routes["/is.xml"] = Reply(200, _rss([(IS_TITLE, is_link, IS_TEXT)]), {"Content-Type": "application/rss+xml"})
    server.routes["/fr/dissolution"] = Reply(200, _page(FR_TITLE, FR_TEXT), {"Content-Type": "text/html; charset=utf-8"})
    server.routes["/is/fjarlog"] = Reply(200, _page(IS_TITLE, IS_TEXT), {"Content-Type": "text/html; charset=utf-8"})
    feeds = [Feed(name="Le Fil", url=server.url("/fr.xml"), language="fr"), Feed(name="Frettir", url=server.url("/is.xml"))]
    lines: list[str] = []
    report = run_cycle(es, settings, ConsoleSender(lines.append), feeds=feeds, rules=load_rules(DEFAULT_RULES_FILE), min_interval=0)
    assert len(report.indexed.created) == 2
    es.indices.refresh(index=settings.index("articles"))
    docs = {h["_source"]["feed"]: h["_source"] for h in es.search(index=settings.index("articles"), size=10)["hits"]["hits"]}
    assert docs["Le Fil"]["language"] == "fr" and docs["Le Fil"]["detection"] == "ok" and docs["Le Fil"]["new_action"] is True
    assert docs["Frettir"]["language"] == "is" and docs["Frettir"]["detection"] == UNSUPPORTED
    assert docs["Le Fil"]["knowledge_version"] == knowledge_version()
    assert len([line for line in lines if line.startswith("🔔")]) == 1  # the French action alerts

    counts = language_counts(es, settings.index("articles"))
    assert counts["Frettir"] == {"is": 1, "unsupported_language": 1}
    assert counts["Le Fil"] == {"fr": 1, "unsupported_language": 0}

    # the operator's view: `monitor feeds status --json` carries the same counts
    from monitor import cli

    feeds_file = tmp_path / "feeds.yaml"
    monkeypatch.setenv("ELASTICSEARCH_URL", settings.elasticsearch_url)
    monkeypatch.setenv("MONITOR_INDEX_PREFIX", settings.index_prefix)
    monkeypatch.setattr(cli, "_settings", lambda: settings.with_(feeds_file=feeds_file))
    feeds_file.write_text(
        "feeds:\n"
        f"  - {{name: Le Fil, url: '{server.url('/fr.xml')}', language: fr}}\n"
        f"  - {{name: Frettir, url: '{server.url('/is.xml')}'}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli.app, ["feeds", "status", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in map(json.loads, result.output.splitlines())}
    assert rows["Frettir"]["unsupported_language"] == 1 and rows["Frettir"]["languages"] == {"is": 1}
    assert rows["Le Fil"]["unsupported_language"] == 0


def test_nynorsk_identified_without_a_declared_language_is_read_as_norwegian() -> None:
    text = "Regjeringa har forbode TikTok på tenestetelefonane til dei tilsette i departementa, opplyste statsråden måndag."
    assert detect_language(None, text) == "no"


def test_bosnian_and_montenegrin_identified_as_bs_are_read_by_the_croatian_pack() -> None:
    text = "Vlada Crne Gore zabranila je TikTok na službenim telefonima državnih službenika, saopštilo je ministarstvo."
    assert detect_language(None, text) == "hr"
    assert normalise_language("bs") == "hr"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ur", "پاکستان میں جمعرات کی شام ٹک ٹاک بند کر دیا گیا"),  # "شام" is "evening", not Syria
        ("hr", "Samo mali broj zemalja zabranio je TikTok"),  # "mali" is "small", not Mali
        ("hi", "माली ने कहा कि भारत में टिकटॉक बंद है"),  # "माली" is "gardener", not Mali
    ],
)
def test_a_common_word_that_cldr_also_names_as_a_country_is_no_place(lang: str, text: str) -> None:
    codes = [code for _, code in load_pack(lang).find_places(text)]
    assert "SY" not in codes and "ML" not in codes, codes


def test_every_place_a_pack_names_has_a_display_name() -> None:
    """An act with no named body reads "Government of Tamil Nadu", never "Government of IN-TN"."""
    import yaml

    from monitor.actors import government_of

    for path in sorted(PACK_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        codes = {str(g["code"]) for g in data.get("governments") or []} | {str(c) for c in data.get("countries") or {}}
        for code in codes:
            assert code not in government_of(code), f"{path.name}: no display name for {code}"
