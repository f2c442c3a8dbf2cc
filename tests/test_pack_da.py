"""Danish pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action, assert_places, assert_sentences


def _run(title: str | None, lead: str):
    return analyze_article(title, lead, "2025-03-01", None, "da")


# (headline, lead, action type, jurisdiction): one new act of each type, and Danish bodies
NEW = [
    (
        "Indien forbyder TikTok og 58 andre kinesiske apps",
        "Den indiske regering har blokeret appen i hele landet.",
        "ban_national",
        "IN",
    ),
    (
        "Irsk datatilsyn giver TikTok bøde på 530 mio. euro",
        "DPC mener, at appen sendte europæiske brugeres data til Kina.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "EU-Kommissionen indleder formel undersøgelse af TikTok",
        "Bruxelles vil finde ud af, om platformen har overtrådt forordningen om digitale tjenester.",
        "investigation_opened",
        "EU",
    ),
    (
        "Canada beordrer TikTok til at lukke sine kontorer",
        "Den canadiske regering kræver, at selskabets canadiske datterselskab afvikles.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas sagsøger TikTok for at svigte børn",
        "Delstatens justitsminister har anlagt sag mod platformen ved en domstol i Texas.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Biden underskriver lov, der tvinger ByteDance til at sælge TikTok",
        "Den amerikanske præsident skrev under onsdag.",
        "law_enacted",
        "US",
    ),
    (
        "TikTok skal sælges eller lukkes i USA",
        "Kongressen har givet ByteDance ni måneder til at finde en køber.",
        "divestiture_order",
        "US",
    ),
    (
        "Forsvarsministeriet forbyder TikTok på tjenestetelefoner",
        "Ansatte skal slette appen hurtigst muligt.",
        "ban_government_devices",
        "DK",
    ),
    (
        "Datatilsynet undersøger TikToks behandling af børns data",
        "Tilsynet har bedt selskabet om en redegørelse.",
        "investigation_opened",
        "DK",
    ),
    (
        "Konkurrence- og Forbrugerstyrelsen giver TikTok påbud om skjult reklame",
        "Styrelsen kræver, at platformen mærker annoncer tydeligt.",
        "regulatory_order",
        "DK",
    ),
    (
        "Folketinget forbyder TikTok på arbejdstelefoner",
        "Politikere og ansatte skal fjerne appen inden mandag.",
        "ban_government_devices",
        "DK",
    ),
    (
        "Grønlands selvstyre forbyder TikTok på arbejdstelefoner",
        "Naalakkersuisut begrunder beslutningen med sikkerhedshensyn.",
        "ban_government_devices",
        "GL",
    ),
    (
        "Nepal lukker for TikTok i hele landet",
        "Regeringen i Kathmandu har bedt teleselskaberne spærre appen.",
        "ban_national",
        "NP",
    ),
    (
        "Repræsentanternes Hus forbyder TikTok på ansattes telefoner",
        "Medarbejderne skal fjerne appen fra deres arbejdsmobiler.",
        "ban_government_devices",
        "US",
    ),
    (
        "Montana bliver første delstat til at forbyde TikTok",
        "Guvernøren har underskrevet loven, som gælder fra januar.",
        "ban_regional",
        "US-MT",
    ),
    (
        "Britisk regering forbyder TikTok på ministres telefoner",
        "Forbuddet træder i kraft med øjeblikkelig virkning.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Italiens konkurrencemyndighed giver TikTok bøde på 10 mio. euro",
        "AGCM mener, at platformen ikke beskyttede mindreårige.",
        "fine_or_penalty",
        "IT",
    ),
    (
        "Datatilsynet udtaler alvorlig kritik af TikTok",
        "Tilsynet finder, at selskabet har behandlet børns oplysninger i strid med reglerne.",
        "other",
        "DK",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("da", title, text, type_, code)


# Hard negatives, each with a positive twin above or below: a proposal, a threat, a lifted ban,
# an act against another company, a past ban recalled, a court blocking, TikTok in court.
NOT_NEW = [
    (
        "Politikere vil forbyde TikTok i Danmark",
        "Et beslutningsforslag skal behandles i Folketinget næste måned.",
        "proposed_or_threatened",
    ),
    ("Trump truer med at forbyde TikTok", "Præsidenten overvejer at blokere appen.", "proposed_or_threatened"),
    ("Repræsentanternes Hus stemmer for lovforslag om TikTok", "Senatet skal nu behandle forslaget.", "proposed_or_threatened"),
    ("TikTok risikerer millionbøde fra EU", "Kommissionen overvejer at give selskabet en bøde.", "proposed_or_threatened"),
    ("Skal TikTok forbydes i Danmark?", "Eksperter er uenige om et forbud.", "proposed_or_threatened"),
    ("Danmark vil forbyde TikTok for børn", "Regeringen fremsætter lovforslag til efteråret.", "proposed_or_threatened"),
    ("Flere kommuner overvejer TikTok-forbud", "Aarhus Kommune vil forbyde appen på medarbejdernes telefoner.", "proposed_or_threatened"),
    ("Albanien ophæver forbuddet mod TikTok", "Regeringen i Tirana har fjernet blokeringen af appen.", "not_action"),
    ("Trump udskyder TikTok-forbuddet igen", "Præsidenten giver ByteDance yderligere 90 dage.", "not_action"),
    ("TikTok er tilbage i USA's appbutikker", "Apple og Google har igen gjort appen tilgængelig.", "not_action"),
    ("EU giver Meta bøde på 800 mio. euro", "EU-Kommissionen straffer Facebook. Også TikTok er under pres.", "not_action"),
    ("Telegram blokeres i Kenya", "Myndighederne lukker for appen under eksamener.", "not_action"),
    ("EU åbner sag mod X for brud på DSA", "Kommissionen har også tidligere kigget på TikTok.", "not_action"),
    ("TikTok lancerer ny funktion til skabere", "Appen, som har været forbudt i Indien siden 2020, vokser fortsat.", "background_only"),
    (
        "Ansatte må heller ikke bruge kinesisk shoppingapp",
        "TikTok har allerede været forbudt på deres arbejdstelefoner siden 2023.",
        "background_only",
    ),
    ("Kinesisk app under pres i Europa", "Canada har allerede forbudt TikTok på regeringens telefoner.", "background_only"),
    ("Indiens forbud mod TikTok står ved magt", "Appen har været blokeret i landet siden 2020.", "background_only"),
    ("Dommer blokerer TikTok-forbud i Montana", "En forbundsdommer har sat forbuddet på pause.", "court_blocks_action"),
    ("Forbundsdommer stopper forbud mod TikTok i Montana", "Dommeren mener, at loven krænker ytringsfriheden.", "court_blocks_action"),
    ("TikTok sagsøger Montana over forbud", "Selskabet har anlagt sag ved en forbundsdomstol.", "tiktok_challenges_action"),
    ("TikTok anker bøde fra irsk datatilsyn", "Selskabet er uenigt i afgørelsen.", "tiktok_challenges_action"),
    (
        "TikTok går rettens vej mod canadisk lukningsordre",
        "Selskabet vil have ordren om at afvikle sin canadiske forretning omstødt.",
        "tiktok_challenges_action",
    ),
    # the platform's own moderation: accounts and profiles it blocks are no government ban
    ("TikTok sletter tusindvis af falske konti før valget", "Platformen spærrer også flere profiler.", "not_action"),
    # a government saying no, and one that has not (yet) acted
    ("Regeringen vil ikke forbyde TikTok", "Digitaliseringsministeren siger, at et forbud ikke er på vej.", "not_action"),
    ("-", "Den danske regering har endnu ikke forbudt TikTok på statens telefoner.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("da", None if title == "-" else title, text, label)


# Twins of the negatives: the same subject, but the act taken
@pytest.mark.parametrize(
    ("title", "text", "type_", "code"),
    [
        # twin of the lifted ban
        ("Albanien lukker TikTok i et år", "Edi Rama meddelte beslutningen lørdag.", "ban_national", "AL"),
        # twin of the other company: the same regulator, with TikTok as the target
        ("EU giver TikTok bøde på 600 mio. euro for at sende data til Kina", "Bøden handler om brud på GDPR.", "fine_or_penalty", "IE"),
        # twin of the background ban: a fresh one, "already from today" is no recollection
        (
            "Forsvarsministeriet forbyder TikTok på tjenestetelefoner",
            "Forbuddet gælder allerede fra i dag for alle ansatte.",
            "ban_government_devices",
            "DK",
        ),
        # twin of the proposal: the municipality has decided
        (
            "Aarhus Kommune bandlyser TikTok på medarbejdernes telefoner",
            "Kommunens ansatte må ikke længere have appen på arbejdsmobilen.",
            "ban_government_devices",
            "DK",
        ),
        # twin of TikTok suing a state: a state suing TikTok
        ("Stævning: Utah trækker TikTok i retten", "Delstaten mener, at appen gør børn afhængige.", "lawsuit_by_government", "US-UT"),
    ],
)
def test_positive_twins(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("da", title, text, type_, code)


def test_a_court_upholding_the_act_is_news() -> None:
    # twin of the court blocking: the court lets the act stand
    assert_new_action(
        "da",
        "USA's højesteret stadfæster loven om tvangssalg af TikTok",
        "Dommerne afviste selskabets argumenter om ytringsfrihed.",
        code="US",
        stage="upheld",
    )


def test_a_court_dismissing_tiktoks_appeal_is_not_tiktoks_challenge() -> None:
    assert_new_action("da", "Retten afviser TikToks klage over forbud", "Forbuddet står ved magt.")


@pytest.mark.parametrize(
    ("title", "lead", "actor"),
    [
        # a municipality acts for itself, and its ban is one on its own devices
        ("Aarhus Kommune bandlyser TikTok på medarbejdernes telefoner", "Beslutningen gælder fra næste uge.", "Municipality of Aarhus"),
        (None, "Frederiksberg Kommune har forbudt TikTok på alle kommunens arbejdstelefoner.", "Municipality of Frederiksberg"),
        (None, "Københavns Kommune har forbudt TikTok på alle arbejdstelefoner.", "Municipality of Copenhagen"),
    ],
)
def test_a_municipality_acts_for_itself(title: str | None, lead: str, actor: str) -> None:
    assert_new_action("da", title, lead, "ban_government_devices", "DK", actor=actor)


def test_advice_against_the_app_on_staff_phones_is_a_device_ban() -> None:
    assert_new_action(
        "da",
        "Center for Cybersikkerhed fraråder statsansatte at bruge TikTok på tjenstlige enheder",
        "Rådet gælder alle ministerier.",
        "ban_government_devices",
        "DK",
    )


def test_a_fine_proposed_by_the_danish_dpa_is_not_yet_a_fine() -> None:
    # in Denmark the courts fine: Datatilsynet reports the company and recommends a fine
    assert_label("da", "Datatilsynet indstiller TikTok til bøde", "Tilsynet har politianmeldt selskabet.", "proposed_or_threatened")


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # private plaintiffs suing TikTok: no government act
        ("Forældre sagsøger TikTok efter datters død", "Familien har anlagt sag ved en domstol i Pennsylvania."),
        # opinion about an act is not the news of it
        ("Kommentar: Regeringen forbyder TikTok på statens telefoner – og det er klogt", "Beslutningen kommer sent."),
        # the platform's own rules and a study about the app are no government act
        ("TikTok forbyder reklamer for slankeprodukter", "Platformen strammer sine retningslinjer."),
        ("TikTok blokerer søgninger på farlig udfordring", "Appen viser i stedet en advarsel."),
        ("Ny undersøgelse: TikTok viser skadeligt indhold til børn", "Forskere har undersøgt algoritmen."),
        # a political deal on a social-media age limit is not yet a law
        (
            "Danmark forbyder sociale medier for børn under 15",
            "Regeringen har indgået en politisk aftale om forbuddet, som også rammer TikTok.",
        ),
    ],
)
def test_no_government_act(title: str, lead: str) -> None:
    assert_no_new_action("da", title, lead)


@pytest.mark.parametrize(
    ("lead", "label"),
    [
        # under a headline about something else, a body act must say who took it
        ("Nogle konti er blevet spærret, og videoer er fjernet ved en fejl.", "not_action"),
        ("Nepal har forbudt TikTok i hele landet mandag.", "new_action"),
        ("Datatilsynet har indledt en undersøgelse af appens brug af persondata.", "new_action"),
    ],
)
def test_a_body_act_must_say_who_took_it(lead: str, label: str) -> None:
    assert_label("da", "En travl uge for TikTok", lead, label)


def test_states_suing_together_are_american() -> None:
    assert_new_action(
        "da", "TikTok sagsøgt af 14 delstater", "Anklagerne mener, at appen skader unges mentale helbred.", "lawsuit_by_government", "US"
    )


def test_a_foreign_minister_is_not_denmarks() -> None:
    # "Delstatens justitsminister" is Texas's attorney general, not Denmark's minister of justice
    a = _run("Texas sagsøger TikTok", "Delstatens justitsminister har anlagt sag mod platformen.")
    assert {x.jurisdiction for x in a.actions} == {"US-TX"}, a


def test_genitive_country_names_and_dates_in_the_lead() -> None:
    assert_places("da", "Danmarks og Kinas regeringer, Indiens forbud og USA's lov", ["DK", "CN", "IN", "US"])
    # "den 15. marts" and "530 mio. euro" do not end a sentence
    body = "Ansatte skal slette appen inden den 15. marts. Bøden er på 530 mio. euro i alt."
    assert_sentences("da", body, ["Ansatte skal slette appen inden den 15. marts.", "Bøden er på 530 mio. euro i alt."])
