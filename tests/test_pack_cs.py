"""Czech pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("Indie zakázala TikTok a dalších 58 čínských aplikací", "Indická vláda zablokovala aplikaci v celé zemi.", "ban_national", "IN"),
    (
        "Irský regulátor uložil TikToku pokutu 530 milionů eur",
        "DPC tvrdí, že aplikace předávala data evropských uživatelů do Číny.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Evropská komise zahájila formální řízení proti TikToku",
        "Brusel prověří, zda platforma porušila akt o digitálních službách.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada nařídila likvidaci kanadské pobočky TikToku",
        "Vláda v Ottawě nařídila uzavření kanceláří v Torontu a Vancouveru.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas zažaloval TikTok kvůli ochraně dětí",
        "Generální prokurátor státu podal žalobu proti platformě.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Biden podepsal zákon, který nutí ByteDance prodat TikTok", "Americký prezident podepsal zákon ve středu.", "law_enacted", "US"),
    (
        "Česká vláda zakázala TikTok na služebních telefonech",
        "Úředníci ministerstev nesmějí aplikaci používat.",
        "ban_government_devices",
        "CZ",
    ),
    (
        "Česká ministerstva nařizují úředníkům odstranit TikTok ze služebních telefonů",
        "Aplikaci musí smazat do konce týdne všichni zaměstnanci úřadu.",
        "ban_government_devices",
        "CZ",
    ),
]

NOT_NEW = [
    ("Poslanci chtějí zakázat TikTok v Česku", "Návrh zákona bude projednán příští měsíc.", "proposed_or_threatened"),
    ("Trump hrozí zákazem TikToku", "Prezident zvažuje zablokování aplikace.", "proposed_or_threatened"),
    ("Indie zrušila zákaz TikToku", "Aplikace je opět dostupná.", "not_action"),
    ("Evropská komise uložila pokutu Metě", "Komise potrestala Facebook. Také TikTok je pod drobnohledem.", "not_action"),
    ("TikTok spouští novou funkci pro tvůrce", "Aplikace, která je v Indii zakázána od roku 2020, stále roste.", "background_only"),
    ("Soud zablokoval zákaz TikToku v Montaně", "Federální soudce pozastavil účinnost zákona.", "court_blocks_action"),
    ("TikTok zažaloval Montanu kvůli zákazu", "Společnost podala žalobu k federálnímu soudu.", "tiktok_challenges_action"),
    # TikTok deleting accounts or videos is its own moderation, not a ban
    ("TikTok smazal stovky falešných účtů před volbami", "Společnost zablokovala i další profily.", "not_action"),
    ("TikTok odstranil videa šířící dezinformace", "Platforma to oznámila ve své zprávě.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("cs", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("cs", title, text, label)


# Round 5: the perfective future "zakáže" is a ban, a city hall is a Czech body, and a
# "potential ban" is no act.
def test_round5_will_ban_is_an_act() -> None:
    title = "Slovensko zakáže TikTok na služebních telefonech"
    a = analyze_article(title, "Vláda rozhodla na středečním zasedání.", "2025-03-01", None, "cs")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "SK")


def test_round5_city_hall_is_a_czech_body() -> None:
    text = "Brněnský magistrát? Ne: pražský magistrát zakázal úředníkům čínskou aplikaci TikTok na služebních mobilech."
    a = analyze_article(None, text, "2025-03-01", None, "cs")
    assert a.label == "new_action", (a.label, a.actions)
    assert a.actions[0].jurisdiction == "CZ"


def test_round5_potential_ban_is_not_an_act() -> None:
    assert_no_new_action("cs", None, "TikTok se ohradil proti svému potenciálnímu zákazu v Kanadě.")
