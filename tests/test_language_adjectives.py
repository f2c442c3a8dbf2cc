"""Demonyms made from CLDR's language names: "the Swedish army" names Sweden in every pack that
declares ``language_adjectives``, without a hand-typed entry for Sweden."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.analyze import analyze_article
from monitor.errors import ConfigError
from monitor.packs import PACK_DIR, PackFile, _adjective_demonyms, _load, file_version, knowledge_version


def _found(text: str, language: str) -> list[tuple[str, str, str]]:
    analysis = analyze_article(None, text, None, None, language)
    return [(a.stage, a.type, a.jurisdiction) for a in analysis.actions]


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("it", "L'esercito svedese ha vietato TikTok sui telefoni di servizio.", "SE"),
        ("it", "Il governo estone ha vietato TikTok sui telefoni dei funzionari.", "EE"),
        ("de", "Die estnische Regierung verbietet TikTok auf den Diensthandys ihrer Beamten.", "EE"),
        ("cs", "Švédská armáda zakázala TikTok na služebních telefonech.", "SE"),
        ("ru", "Эстонское правительство запретило TikTok на служебных телефонах.", "EE"),
        ("pl", "Estoński rząd zakazał TikToka na służbowych telefonach.", "EE"),
        ("es", "El gobierno estonio prohibió TikTok en los teléfonos de los funcionarios.", "EE"),
    ],
)
def test_a_peoples_adjective_names_its_country(language: str, text: str, code: str) -> None:
    assert ("enacted", "ban_government_devices", code) in _found(text, language)


def test_a_packs_own_entry_wins_and_chinese_is_never_an_actor() -> None:
    spec = PackFile.model_validate(yaml.safe_load((PACK_DIR / "it.yaml").read_text(encoding="utf-8")))
    made = _adjective_demonyms(spec, "it.yaml")
    assert "SE" in made and "EE" in made
    assert "US" not in made and "CN" not in made  # English and Chinese are left out on purpose
    assert "FR" not in made  # it.yaml lists "frances[ei]" itself
    # "the Chinese app" is TikTok, not China acting
    assert all(j != "CN" for _s, _t, j in _found("Il governo estone ha vietato l'app cinese TikTok sui telefoni di servizio.", "it"))


def test_short_stems_are_not_made_into_places() -> None:
    spec = PackFile.model_validate(yaml.safe_load((PACK_DIR / "es.yaml").read_text(encoding="utf-8")))
    made = _adjective_demonyms(spec, "es.yaml")
    assert "FI" not in made  # "finés" would leave "fin" (end), a common word
    assert "SE" in made and made["SE"][0].startswith("suec")


def test_a_pack_without_the_rule_gets_nothing() -> None:
    spec = PackFile.model_validate(yaml.safe_load((PACK_DIR / "ja.yaml").read_text(encoding="utf-8")))
    assert spec.language_adjectives is None and _adjective_demonyms(spec, "ja.yaml") == {}


def test_a_bad_rule_is_a_clear_error(tmp_path: Path) -> None:
    raw = yaml.safe_load((PACK_DIR / "it.yaml").read_text(encoding="utf-8"))
    raw["language_adjectives"] = {"strip": "[oe]", "add": "(?:o|a"}
    bad = tmp_path / "it.yaml"
    bad.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="language_adjectives"):
        _load(bad)


def test_the_list_is_versioned_with_the_knowledge() -> None:
    version = file_version(PACK_DIR.parent / "language_adjectives.yaml")
    assert version != "?" and f"adjectives {version}" in knowledge_version()
