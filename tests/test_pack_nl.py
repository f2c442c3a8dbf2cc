"""Dutch pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "India verbiedt TikTok en 58 andere Chinese apps",
        "De Indiase regering heeft de app in het hele land geblokkeerd.",
        "ban_national",
        "IN",
    ),
    (
        "Ierse privacywaakhond legt TikTok boete van 530 miljoen euro op",
        "De DPC stelt dat de app gegevens van Europese gebruikers naar China doorstuurde.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Europese Commissie opent formeel onderzoek naar TikTok",
        "Brussel wil weten of het platform de Digital Services Act heeft overtreden.",
        "investigation_opened",
        "EU",
    ),
    (
        "Canada beveelt TikTok zijn kantoren te sluiten",
        "De Canadese regering heeft de opheffing van de Canadese dochter van het bedrijf bevolen.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas klaagt TikTok aan om kinderprivacy",
        "De procureur-generaal van Texas heeft een rechtszaak tegen het platform aangespannen.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Biden ondertekent wet die TikTok dwingt te verkopen", "De Amerikaanse president heeft de wet ondertekend.", "law_enacted", "US"),
    (
        "Nederlandse ambtenaren mogen TikTok niet meer op werktelefoon hebben",
        "Het kabinet verbiedt apps uit landen met een offensief cyberprogramma op diensttelefoons van rijksambtenaren.",
        "ban_government_devices",
        "NL",
    ),
    (
        "Autoriteit Persoonsgegevens start onderzoek naar TikTok",
        "De privacywaakhond onderzoekt of de app kinderen voldoende beschermt.",
        "investigation_opened",
        "NL",
    ),
]

NEW_MORE = [
    (
        "Huis van Afgevaardigden verbiedt TikTok op telefoons medewerkers",
        "Personeel moet de app van hun werktelefoons verwijderen.",
        "ban_government_devices",
        "US",
    ),
    (
        "Gemeente Nijmegen weert TikTok van werktelefoons",
        "Ambtenaren mogen de app uit angst voor Chinese spionage niet meer gebruiken.",
        "ban_government_devices",
        "NL",
    ),
]
NEW += NEW_MORE

NOT_NEW = [
    ("Kamerleden willen TikTok-verbod voor ambtenaren", "Een motie daarover wordt volgende week besproken.", "proposed_or_threatened"),
    ("Trump dreigt met verbod op TikTok", "De president overweegt de app te blokkeren.", "proposed_or_threatened"),
    ("Huis van Afgevaardigden stemt voor wetsvoorstel tegen TikTok", "De Senaat moet nog stemmen.", "proposed_or_threatened"),
    ("Albanië heft TikTok-verbod op", "De regering in Tirana heeft de blokkade opgeheven.", "not_action"),
    (
        "EU beboet Meta voor 800 miljoen euro",
        "De Europese Commissie legt Facebook een boete op. Ook TikTok ligt onder vuur.",
        "not_action",
    ),
    ("TikTok lanceert nieuwe functie voor makers", "De app, die in India sinds 2020 verboden is, groeit nog steeds.", "background_only"),
    ("Rechter blokkeert TikTok-verbod in Montana", "Een federale rechter heeft het verbod tijdelijk opgeschort.", "court_blocks_action"),
    ("TikTok stapt naar de rechter tegen verbod in Montana", "Het bedrijf vecht de wet aan.", "tiktok_challenges_action"),
    ("Brussel ziet af van boete voor TikTok", "Het platform heeft toezeggingen gedaan.", "not_action"),
    # TikTok deleting accounts is its own decision, not a ban
    ("Strengere regels bij TikTok: accounts van kinderen verwijderd", "De app controleert leeftijden beter.", "not_action"),
    (
        "TikTok riskeert miljoenenboete van Britse toezichthouder",
        "De waakhond wil het bedrijf een boete opleggen.",
        "proposed_or_threatened",
    ),
    ("Boete hangt TikTok boven het hoofd", "Een definitief besluit volgt later.", "proposed_or_threatened"),
    (
        "Ambtenaren mogen ook geen Chinese winkelapp meer gebruiken",
        "TikTok was al verboden op hun werktelefoons, nu volgen andere apps.",
        "background_only",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("nl", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("nl", title, text, label)


# Round 2: private plaintiffs are no government act; an earlier administration's law is background.
ROUND2 = [
    (
        "Ouders van drie scholieren klagen TikTok aan om schadelijke filmpjes",
        "De gezinnen hebben bij de rechtbank een rechtszaak tegen het platform aangespannen.",
        "not_action",
    ),
    (
        "Stichting eist miljoenen van TikTok namens jonge gebruikers",
        "De claimstichting heeft het bedrijf gedagvaard.",
        "not_action",
    ),
    (
        "TikTok weer te downloaden in Amerikaanse winkels",
        "Volgens de wet die de vorige president ondertekende, had het bedrijf de app moeten verkopen.",
        "background_only",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND2)
def test_round2_negatives(title: str, text: str, label: str) -> None:
    assert_label("nl", title, text, label)


def test_government_lawsuit_still_an_act() -> None:
    assert_new_action(
        "nl",
        "Staat Utah klaagt TikTok aan om verslavende app",
        "De procureur-generaal van Utah heeft een rechtszaak tegen het bedrijf aangespannen.",
        "lawsuit_by_government",
    )


ROUND3_NEGATIVES = [
    # a demand voiced by a party or parliament, not an act
    (
        "Partij wil app weg van telefoons van Kamerleden",
        '"TikTok moet worden geweerd op alle werktelefoons van politici", zei de fractievoorzitter.',
        "proposed_or_threatened",
    ),
    (
        "Europarlementariërs kritisch op Brussel",
        "De Europese Commissie moet strenger optreden tegen platforms als TikTok en X, vinden zij.",
        "proposed_or_threatened",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND3_NEGATIVES)
def test_round3_negatives(title: str, text: str, label: str) -> None:
    assert_label("nl", title, text, label)


def test_round3_formal_dialogue_is_an_investigation() -> None:
    assert_new_action(
        "nl",
        "Brussel onderneemt actie tegen videoapp",
        "De Europese Commissie is een formele dialoog met TikTok begonnen over verborgen reclame.",
        "investigation_opened",
        "EU",
    )


# Round 4: a ban 'om de hoek' (in the offing) and a vote in a lower house ('lagerhuis') are
# proposals, not acts.
@pytest.mark.parametrize(
    "title",
    [
        "In Denemarken loert een TikTok-verbod om de hoek",
        "Japans lagerhuis keurt wet goed die tot TikTok-verbod kan leiden",
    ],
)
def test_round4_offing_and_one_chamber_are_proposals(title: str) -> None:
    assert_label("nl", title, "Het laatste woord is nog niet gezegd.", "proposed_or_threatened")


# Round 5: "ondanks het verbod" (despite the ban) makes the ban the backdrop; a fresh ban stays an act.
def test_round5_despite_the_ban_is_background() -> None:
    assert_no_new_action(
        "nl",
        "Ondanks het verbod houden wethouders hun TikTok-account",
        "De gemeente verbood de app vorige maand op werktelefoons.",
        published="2025-06-01",
    )


def test_round5_fresh_ban_still_an_act() -> None:
    assert_new_action(
        "nl",
        "Gemeente Utrecht verbiedt TikTok op werktelefoons",
        "Ambtenaren moeten de app deze week verwijderen.",
        "ban_government_devices",
        published="2025-06-01",
    )


# Round 7: a cabinet telling civil servants not to use the app on work phones is a device ban;
# foundations taking TikTok to court and a fine still to come are no government acts.
def test_round7_discouraging_staff_use_is_a_device_ban() -> None:
    assert_new_action(
        "nl",
        "Kabinet ontraadt TikTok voor ambtenaren",
        "De maatregel geldt per direct voor alle ministeries.",
        "ban_government_devices",
        "NL",
        published="2025-06-01",
    )


def test_round7_judiciary_council_names_the_netherlands() -> None:
    assert_new_action(
        "nl",
        None,
        "De Raad voor de Rechtspraak ontraadt medewerkers TikTok op hun werktelefoon te gebruiken.",
        code="NL",
        published="2025-06-01",
    )


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Claimstichting daagt TikTok voor de rechter", "De stichting eist schadevergoeding namens ouders."),
        ("TikTok wacht miljoenenboete in Ierland", "De toezichthouder zou het besluit later deze maand nemen."),
        ("Advies: TikTok hoort niet op de telefoon van je kind", "Een ouderplatform geeft tips aan gezinnen."),
    ],
)
def test_round7_no_government_act(title: str | None, lead: str) -> None:
    assert_no_new_action("nl", title, lead, published="2025-06-01")
