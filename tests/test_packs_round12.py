"""Pack phrasings written for this file after the twelfth and thirteenth rounds of fresh articles (not outlet text).

Each new act has its hard negative or twin: a preliminary inquiry is an investigation, a regulator
forcing changes is an order, a ministry designating the platform under a law is an order, while a
regulator calling on another body to investigate proposes, and a headline ban that the lead says a
court has stopped is the court's block.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

NEW = [
    (
        "de",
        "Paris: Vorermittlungen gegen TikTok",
        "Die Staatsanwaltschaft in Paris hat Vorermittlungen gegen die Plattform wegen ihres Algorithmus eingeleitet.",
        "investigation_opened",
        "FR",
    ),
    (
        "de",
        "EU-Kommission zwingt TikTok zu Änderungen an seiner Lite-App",
        "Das Prämienprogramm muss nach einer Entscheidung aus Brüssel dauerhaft verschwinden.",
        "regulatory_order",
        "EU",
    ),
    (
        "ja",
        None,
        "経済産業省は10日、透明化法の規制対象としてTikTokの運営会社を新たに指定したと発表した。",
        "regulatory_order",
        "JP",
    ),
    # the suspected wrong ("wegen möglichen Ausspähens", "wegens mogelijke schending") does not hedge the act
    (
        "de",
        None,
        "Das Justizministerium ermittelt wegen möglichen Datenmissbrauchs gegen TikTok, teilte die Behörde in Wien mit.",
        "investigation_opened",
        "AT",
    ),
    (
        "nl",
        None,
        "De Autoriteit Persoonsgegevens is een onderzoek gestart naar TikTok wegens mogelijke schending van de privacy van kinderen.",
        "investigation_opened",
        "NL",
    ),
    # a court leaving the ban in place upholds it, though the ban "stays" in force
    ("fr", "Le Conseil d’État refuse de trancher : TikTok reste bloqué", "Le juge a statué jeudi.", "other", "FR"),
    # the twin of a kept ban: the ban itself
    ("fr", "Le Mali interdit TikTok", "Le gouvernement a suspendu le réseau social jeudi.", "ban_national", "ML"),
    ("pl", None, "Rząd Senegalu wprowadził zakaz TikToka w poniedziałek.", "ban_national", "SN"),
]

NOT_NEW = [
    # a ban its government will not enforce is eased, not taken
    ("de", "Die Regierung wird das TikTok-Verbot am Sonntag nicht durchsetzen", "", "not_action"),
    ("fr", "Le gouvernement n'appliquera pas l'interdiction de TikTok dimanche", "", "not_action"),
    ("es", "El gobierno no aplicará la prohibición de TikTok el domingo", "", "not_action"),
    ("it", "Il governo non applicherà il divieto di TikTok domenica", "", "not_action"),
    ("pt", "O governo não vai aplicar a proibição do TikTok no domingo", "", "not_action"),
    ("nl", "De regering zal het TikTok-verbod zondag niet handhaven", "", "not_action"),
    ("pl", "Rząd nie będzie egzekwować zakazu TikToka w niedzielę", "", "not_action"),
    # a ban kept in force, or "still" in force, is the old act
    ("fr", "Au Mali, les autorités maintiennent leur interdiction de TikTok", "Le réseau reste suspendu depuis mars.", "background_only"),
    ("es", None, "El gobierno de Nicaragua mantiene la prohibición de TikTok un año después.", "background_only"),
    ("it", None, "In Albania TikTok resta vietato: il governo non ha cambiato idea.", "background_only"),
    ("pt", None, "TikTok continua proibido no Nepal, segundo o governo.", "background_only"),
    ("de", None, "Die Regierung in Kabul hält das TikTok-Verbot weiterhin aufrecht.", "background_only"),
    ("nl", None, "De regering van Somalië handhaaft het verbod op TikTok.", "background_only"),
    ("pl", None, "Rząd Senegalu utrzymuje zakaz TikToka.", "background_only"),
    # TikTok obtaining an injunction, or filing an action, is a development of the act
    ("pt", "TikTok obtém liminar e evita proibição em Utah", "Um juiz federal concedeu uma liminar nesta sexta.", "court_blocks_action"),
    ("pt", "TikTok apresenta ação contra proibição em Utah", "A empresa diz que a lei viola a Constituição.", "tiktok_challenges_action"),
    # but a possible ban is still a possibility
    ("nl", None, "Het kabinet onderzoekt een mogelijk verbod op TikTok voor ambtenaren.", "proposed_or_threatened"),
    ("de", None, "Die Bundesregierung prüft ein mögliches Verbot von TikTok auf Diensthandys.", "proposed_or_threatened"),
    # a regulator calling on the Commission to investigate has opened nothing
    (
        "ro",
        None,
        "Autoritatea de reglementare a lansat un apel către Comisia Europeană pentru o investigație privind TikTok.",
        "proposed_or_threatened",
    ),
    # the headline names the ban; the lead says a judge has stopped it
    (
        "zh",
        "TikTok歡迎禁令被暫緩 用戶可繼續使用",
        "美國聯邦法官裁定禁令違憲,初步禁制執行TikTok禁令。",
        "court_blocks_action",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), NEW)
def test_round12_new_acts(lang: str, title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, text, type_, code, published="2025-06-20")


@pytest.mark.parametrize(("lang", "title", "text", "label"), NOT_NEW)
def test_round12_hard_negatives(lang: str, title: str | None, text: str, label: str) -> None:
    assert_label(lang, title, text, label, published="2025-06-20")


# Local governments named in the pack's language act for themselves: two towns are two actors.
@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("nl", "De gemeente Zoetermeer verbiedt TikTok op de werktelefoons van haar ambtenaren.", "Municipality of Zoetermeer"),
        ("nl", "Leidse ambtenaren mogen TikTok niet meer gebruiken op hun werktelefoon.", "Leidse municipality"),
        ("nl", "De provincie Drenthe verbiedt TikTok op zakelijke telefoons.", "Province of Drenthe"),
        ("de", "Die Stadt Augsburg verbietet TikTok auf Diensthandys.", "City of Augsburg"),
        ("fr", "La ville de Nantes interdit TikTok sur les téléphones professionnels de ses agents.", "City of Nantes"),
        ("it", "Il Comune di Bergamo vieta TikTok sui telefoni di servizio.", "Municipality of Bergamo"),
    ],
)
def test_a_local_government_is_named_and_bans_on_its_own_devices(lang: str, text: str, actor: str) -> None:
    assert_new_action(lang, None, text, "ban_government_devices", actor=actor, published="2023-05-25")


def test_two_towns_are_two_actors_and_the_government_is_neither() -> None:
    from monitor.identity import actor_keys

    assert actor_keys("Municipality of Zoetermeer") != actor_keys("Municipality of Groningen")
    assert actor_keys("Municipality of Zoetermeer") != frozenset() and actor_keys("Government of the Netherlands") == frozenset()
