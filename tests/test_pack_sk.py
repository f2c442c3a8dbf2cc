"""Slovak pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

NEW = [
    ("India zakázala TikTok a ďalších 58 čínskych aplikácií", "Indická vláda zablokovala aplikáciu v celej krajine.", "ban_national", "IN"),
    (
        "Írsky regulátor uložil TikToku pokutu 530 miliónov eur",
        "DPC tvrdí, že aplikácia posielala údaje európskych používateľov do Číny.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Európska komisia začala formálne konanie proti TikToku",
        "Brusel preverí, či platforma porušila akt o digitálnych službách.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada nariadila likvidáciu kanadskej pobočky TikToku",
        "Vláda v Ottawe nariadila zatvorenie kancelárií v Toronte a Vancouveri.",
        "business_wind_up_order",
        "CA",
    ),
    ("Biden podpísal zákon, ktorý núti ByteDance predať TikTok", "Americký prezident podpísal zákon v stredu.", "law_enacted", "US"),
    (
        "Slovenská vláda zakázala TikTok na služobných telefónoch",
        "Úradníci ministerstiev nesmú aplikáciu používať.",
        "ban_government_devices",
        "SK",
    ),
    ("Jordánsko dočasne zablokovalo TikTok", "Vláda v Ammáne zamedzila prístup k platforme po protestoch.", "ban_national", "JO"),
    (
        "Slovenský úrad vlády nariadil odstrániť TikTok zo služobných telefónov",
        "Aplikáciu musia zmazať všetci zamestnanci ministerstiev.",
        "ban_government_devices",
        "SK",
    ),
]

NOT_NEW = [
    ("Poslanci chcú zakázať TikTok na Slovensku", "Návrh zákona prerokuje parlament budúci mesiac.", "proposed_or_threatened"),
    ("Trump hrozí zákazom TikToku", "Prezident zvažuje zablokovanie aplikácie.", "proposed_or_threatened"),
    ("India zrušila zákaz TikToku", "Aplikácia je opäť dostupná.", "not_action"),
    ("Európska komisia uložila pokutu Mete", "Komisia potrestala Facebook. Aj TikTok je pod lupou.", "not_action"),
    ("TikTok spúšťa novú funkciu pre tvorcov", "Aplikácia, ktorá je v Indii zakázaná od roku 2020, stále rastie.", "background_only"),
    ("Súd zablokoval zákaz TikToku v Montane", "Federálny sudca pozastavil účinnosť zákona.", "court_blocks_action"),
    ("TikTok zažaloval Montanu pre zákaz", "Spoločnosť podala žalobu na federálny súd.", "tiktok_challenges_action"),
    # TikTok deleting accounts or videos is its own moderation, not a ban
    ("TikTok zmazal tisíce falošných účtov", "Spoločnosť zablokovala aj ďalšie profily.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("sk", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("sk", title, text, label)


# Round 5: a block across a parliament office's network is a device ban, not a national one;
# a national block stays national.
def test_round5_parliament_network_block_is_a_device_ban() -> None:
    assert_new_action(
        "sk", "TikTok bude zablokovaný v celej sieti Kancelárie NR SR", "Vedúci kancelárie to oznámil v liste.", "ban_government_devices"
    )


def test_round5_national_block_stays_national() -> None:
    assert_new_action("sk", "Nepál zablokoval TikTok v celej krajine", "Vláda rozhodla na zasadnutí.", "ban_national")
