"""Polish pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "Indie zakazują TikToka i 58 innych chińskich aplikacji",
        "Rząd w Nowym Delhi zablokował aplikację w całym kraju.",
        "ban_national",
        "IN",
    ),
    (
        "Irlandzki regulator nałożył na TikToka 530 mln euro kary",
        "DPC uznała, że aplikacja przesyłała dane europejskich użytkowników do Chin.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Komisja Europejska wszczyna formalne postępowanie wobec TikToka",
        "Bruksela sprawdzi, czy platforma naruszyła akt o usługach cyfrowych.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada nakazuje likwidację kanadyjskiej spółki TikToka",
        "Rząd w Ottawie polecił zamknięcie biur w Toronto i Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Teksas pozywa TikToka za naruszanie prywatności dzieci",
        "Prokurator generalny stanu złożył pozew przeciwko platformie.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Biden podpisał ustawę wymuszającą sprzedaż TikToka",
        "Prezydent USA podpisał ustawę, która zmusza ByteDance do sprzedaży.",
        "law_enacted",
        "US",
    ),
    (
        "Polska zakazuje TikToka na służbowych telefonach urzędników",
        "Od poniedziałku urzędnicy administracji rządowej nie mogą instalować aplikacji.",
        "ban_government_devices",
        "PL",
    ),
    ("UOKiK nałożył karę na TikToka", "Urząd uznał, że platforma wprowadzała konsumentów w błąd.", "fine_or_penalty", "PL"),
    (
        "Utah pozywa TikToka za szkodzenie nastolatkom",
        "Prokurator generalny stanu złożył pozew w sądzie w Salt Lake City.",
        "lawsuit_by_government",
        "US-UT",
    ),
    (
        "Brytyjski regulator bada, jak TikTok przetwarza dane nastolatków",
        "Urząd sprawdzi też weryfikację wieku w aplikacji.",
        "investigation_opened",
        "GB",
    ),
    (
        "Komisja Europejska zarzuca TikTokowi łamanie przepisów o reklamach",
        "Według Brukseli repozytorium reklam platformy jest niekompletne.",
        "other",
        "EU",
    ),
    ("TikTok zablokowany w Montanie od stycznia", "Sklepy z aplikacjami muszą go wycofać.", "ban_regional", "US-MT"),
    (
        # a modal inside a relative clause does not make the act a proposal
        "KE wszczyna postępowanie w sprawie filmów na TikToku",
        "Chodzi o nagrania, które mogą szerzyć dezinformację przed wyborami.",
        "investigation_opened",
        "EU",
    ),
]

NOT_NEW = [
    ("Posłowie chcą zakazu TikToka w Polsce", "Projekt ustawy trafi do Sejmu w przyszłym miesiącu.", "proposed_or_threatened"),
    ("Trump grozi zakazem TikToka", "Prezydent rozważa zablokowanie aplikacji.", "proposed_or_threatened"),
    (
        "Rada ds. Cyfryzacji rekomenduje zakaz TikToka na urządzeniach służbowych",
        "Decyzja nie jest wiążąca.",
        "proposed_or_threatened",
    ),
    ("Indie znoszą zakaz TikToka", "Aplikacja jest ponownie dostępna w sklepach.", "not_action"),
    ("KE nałożyła karę na Metę", "Komisja Europejska ukarała Facebooka grzywną. TikTok również jest pod lupą.", "not_action"),
    (
        "TikTok wprowadza nową funkcję dla twórców",
        "Aplikacja, która w Indiach jest zakazana od 2020 roku, wciąż rośnie.",
        "background_only",
    ),
    ("Sąd zablokował zakaz TikToka w Montanie", "Sędzia federalny wstrzymał wejście w życie ustawy.", "court_blocks_action"),
    ("TikTok pozwał stan Montana", "Firma zaskarżyła zakaz do sądu federalnego.", "tiktok_challenges_action"),
    # a lawsuit by parents is not an act of government
    ("Rodzice pozwali TikToka po śmierci córki", "Pozew trafił do sądu w Pensylwanii.", "not_action"),
    # TikTok removing videos is not a ban
    ("TikTok usunął nagrania europosła", "Platforma ograniczyła też zasięgi jego konta.", "not_action"),
    (
        "Trump znów przesuwa termin dla TikToka",
        "Zgodnie z ustawą podpisaną jeszcze za kadencji Bidena ByteDance musi sprzedać amerykańską część aplikacji.",
        "background_only",
    ),
    (
        "Zakaz TikToka w USA coraz bliżej",
        "W przyszłym tygodniu odbędzie się głosowanie w Izbie Reprezentantów.",
        "proposed_or_threatened",
    ),
    ("Minister o ewentualnej blokadzie TikToka w Polsce", "Rząd nie podjął żadnej decyzji.", "proposed_or_threatened"),
    ("Stany Zjednoczone idą w kierunku zakazania TikToka", "Senatorowie złożyli projekt ustawy.", "proposed_or_threatened"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("pl", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("pl", title, text, label)


# Round 2: an Irish regulator named without "data" and Canadian privacy commissioners say who
# acted; private plaintiffs are no government act; an earlier president's law is background.
ROUND2_NEW = [
    (
        "Unia Europejska karze TikToka",
        "Irlandzki regulator ochrony prywatności nałożył na platformę karę 200 mln euro.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Śledztwo wobec TikToka",
        "Dochodzenie wszczęli komisarze ds. prywatności z Ottawy, Quebecu i Ontario.",
        "investigation_opened",
        "CA",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), ROUND2_NEW)
def test_round2_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("pl", title, text, type_, code)


ROUND2 = [
    (
        "Rodziny nastolatków pozywają TikToka za szkodliwe treści",
        "Pozew złożono w sądzie cywilnym w imieniu kilkunastu rodzin.",
        "not_action",
    ),
    (
        "Pozew zbiorowy przeciwko TikTokowi w Holandii",
        "Fundacja domaga się odszkodowań dla młodych użytkowników.",
        "not_action",
    ),
    (
        "TikTok znów dostępny w amerykańskich sklepach",
        "Ustawa podpisana przez poprzedniego prezydenta zakazywała aplikacji bez sprzedaży.",
        "background_only",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND2)
def test_round2_negatives(title: str, text: str, label: str) -> None:
    assert_label("pl", title, text, label)


# Round 3: "już" is news unless it recalls the past, a state's suits named after the attorney
# general, lists of countries and a reaction to an earlier ruling.
ROUND3_NEW = [
    (None, "Decyzja już zapadła: Nepal zakazuje TikToka w całym kraju.", "ban_national", "NP"),
    (None, "Od poniedziałku TikTok jest już zablokowany w Albanii, zdecydował rząd.", "ban_national", "AL"),
    (None, "Wcześniej w tym tygodniu Kanada nakazała likwidację biur TikToka.", "business_wind_up_order", "CA"),
    (
        "Kolejne kłopoty TikToka w USA",
        "Prokurator generalny Indiany skierował przeciwko platformie dwa pozwy, jak poinformowało jego biuro.",
        "lawsuit_by_government",
        "US-IN",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), ROUND3_NEW)
def test_round3_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("pl", title, text, type_, code)


ROUND3 = [
    # a ban recalled with a past marker
    (None, "Indie już w 2020 roku zakazały TikToka i kilkudziesięciu innych aplikacji.", "background_only"),
    # lists and explainers
    ("W jakich krajach TikTok jest zakazany?", "Przegląd decyzji rządów z ostatnich lat.", "not_action"),
    # attempts that failed
    (None, "W USA były próby nałożenia sankcji na TikToka, ale platforma działa dalej.", "proposed_or_threatened"),
    # the news is TikTok's reaction, the ruling came before
    (
        None,
        "To reakcja na piątkową decyzję sądu, który podtrzymał ustawę zakazującą TikToka.",
        "background_only",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND3)
def test_round3_negatives(title: str, text: str, label: str) -> None:
    assert_label("pl", title, text, label)


# Round 5: a ban on the devices a chamber issues is an act (the House is not only a chamber
# voting bills); "no plans" and a bill that "would allow" a ban are no act.
def test_round5_chamber_devices_ban_is_an_act() -> None:
    assert_new_action(
        "pl",
        "Telefony pracowników bez TikToka: aplikacja zablokowana przez amerykańską Izbę Reprezentantów",
        "Zakaz obejmuje wszystkie urządzenia wydane przez Izbę jej pracownikom.",
        "ban_government_devices",
        "US",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Rząd nie prowadzi żadnych prac nad zakazem TikToka", "Minister zapewnił, że decyzje mogą zapaść tylko w Brukseli."),
        ("Ministerstwo: nie ma planów blokowania TikToka", "Resort odpowiedział na pytania dziennikarzy."),
        (None, "Biały Dom z zadowoleniem przyjął projekt, który pozwoli zakazać TikToka w całym kraju."),
    ],
)
def test_round5_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("pl", title, text)


# Round 7: a politician demanding a probe is no probe; an old opening recalled after "od 2021 r."
# stays in the past even though the year abbreviation ends with a dot; a fresh ban stays an act.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Poseł żąda śledztwa w sprawie TikToka", "Parlamentarzysta skierował pismo do prokuratury."),
        (None, "Sprawa ciągnie się od 2022 r. kiedy to regulator wszczął postępowanie wobec TikToka."),
    ],
)
def test_round7_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("pl", title, text)


def test_round7_fresh_ban_still_an_act() -> None:
    assert_new_action("pl", None, "Rząd Nepalu zakazał TikToka ze skutkiem natychmiastowym.", code="NP")
