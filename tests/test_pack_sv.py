"""Swedish pack (Sweden and Finland's Swedish-language press): phrasings written for this file
(headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action

NEW = [
    (
        "Indien förbjuder Tiktok och 58 andra kinesiska appar",
        "Den indiska regeringen har blockerat appen i hela landet.",
        "ban_national",
        "IN",
    ),
    ("Nepal förbjuder Tiktok", "Myndigheterna anser att appen stör samhällsordningen.", "ban_national", "NP"),
    ("Albanien stänger av Tiktok i ett år", "Premiärminister Edi Rama meddelade beslutet på fredagen.", "ban_national", "AL"),
    (
        "Irländsk tillsynsmyndighet bötfäller Tiktok med 530 miljoner euro",
        "DPC anser att appen skickade europeiska användares uppgifter till Kina.",
        "fine_or_penalty",
        "IE",
    ),
    # an "EU fine" over children's data is the Irish regulator's under the GDPR
    (
        "Tiktok får miljardböter i EU för brister i barns dataskydd",
        "Böterna gäller hur plattformen hanterade tonåringars uppgifter.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "EU-kommissionen inleder formellt förfarande mot Tiktok",
        "Bryssel ska granska om plattformen har brutit mot DSA.",
        "investigation_opened",
        "EU",
    ),
    (
        "IMY inleder tillsyn av Tiktok",
        "Integritetsskyddsmyndigheten vill veta hur appen behandlar barns personuppgifter.",
        "investigation_opened",
        "SE",
    ),
    ("Konkurrensverket granskar Tiktok", "Myndigheten undersöker om bolaget har missbrukat sin ställning.", "investigation_opened", "SE"),
    (
        "Kanada beordrar Tiktok att avveckla sin verksamhet i landet",
        "Regeringen i Ottawa kräver att kontoren i Toronto och Vancouver stängs.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas stämmer Tiktok för brister i skyddet av barn",
        "Delstatens justitieminister har lämnat in en stämningsansökan mot plattformen.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Tiktok stäms av delstaten Utah", "Delstaten anklagar bolaget för att göra barn beroende.", "lawsuit_by_government", "US-UT"),
    (
        "USA:s justitiedepartement stämmer Tiktok",
        "Myndigheten anklagar bolaget för att ha samlat in uppgifter om barn.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Biden skriver under lagen som tvingar Bytedance att sälja Tiktok",
        "Presidenten undertecknade lagen på onsdagen.",
        "law_enacted",
        "US",
    ),
    ("Montana blir första delstat att förbjuda Tiktok", "Guvernören skrev under lagen på onsdagen.", "ban_regional", "US-MT"),
    (
        "Kommissionen: Tiktok bröt mot DSA",
        "I sina preliminära slutsatser anser kommissionen att plattformen inte skyddar minderåriga.",
        "other",
        "EU",
    ),
]

DEVICE_BANS = [
    # the Swedish state: agencies, the Government Offices, the armed forces
    (
        "Försvarsmakten förbjuder Tiktok i tjänstetelefonerna",
        "Anställda måste avinstallera appen senast på fredag.",
        "SE",
        "Swedish Armed Forces",
    ),
    (
        "Anställda på Försvarsmakten får inte längre ha Tiktok i jobbtelefonen",
        "Beslutet motiveras med underrättelsehotet.",
        "SE",
        "Swedish Armed Forces",
    ),
    (
        "Regeringskansliet: Tiktok ska raderas från jobbmobilerna",
        "De anställda har fått besked om att appen inte längre får finnas på telefonerna.",
        "SE",
        "Government of Sweden",
    ),
    (
        "I dag förbjuder regeringen Tiktok på departementens telefoner",
        "Beslutet gäller alla anställda i Regeringskansliet.",
        "SE",
        "Government of Sweden",
    ),
    # municipalities and regions act for themselves
    ("Halmstads kommun förbjuder Tiktok på jobbmobiler", "Beslutet gäller alla anställda i kommunen.", "SE", "Municipality of Halmstad"),
    ("Borås kommun förbjuder Tiktok", "Appen ska bort från alla jobbmobiler.", "SE", "Municipality of Borås"),
    (
        "Region Uppsala stoppar Tiktok i arbetsmobiler och surfplattor",
        "Beslutet fattades av digitaliseringsdirektören.",
        "SE",
        "Region Uppsala",
    ),
    # Finland, as its Swedish-language press writes it
    ("Sibbo kommun förbjuder Tiktok på kommunens enheter", "Kommunen hänvisar till risker för dataskyddet.", "FI", "Municipality of Sibbo"),
    ("Raseborgs stad förbjuder Tiktok", "Appen ska bort från alla jobbmobiler.", "FI", "Municipality of Raseborg"),
    (
        "Riksdagen i Helsingfors förbjuder Tiktok på sina enheter",
        "Appen ska raderas från alla telefoner och datorer som ägs av riksdagen före månadens slut.",
        "FI",
        "Parliament of Finland (Eduskunta)",
    ),
    (
        "Statsrådet: Tiktok ska bort från ministeriernas telefoner",
        "Statsrådets kansli har gett ministerierna besked om att appen ska avinstalleras.",
        "FI",
        "Government of Finland",
    ),
    # other governments, as Swedish news names them
    (
        "Brittiska regeringen förbjuder Tiktok på tjänstetelefoner",
        "Ministrar och tjänstemän ska radera appen.",
        "GB",
        "Government of the United Kingdom",
    ),
    (
        "Danmark förbjuder Tiktok för försvarets anställda",
        "Försvarsministeriet har beordrat att appen tas bort.",
        "DK",
        "Government of Denmark",
    ),
]

NOT_NEW = [
    # proposals and threats
    (
        "Riksdagsledamöter vill förbjuda Tiktok för statligt anställda",
        "En motion om saken behandlas nästa månad.",
        "proposed_or_threatened",
    ),
    ("Trump hotar med att förbjuda Tiktok", "Presidenten överväger att blockera appen.", "proposed_or_threatened"),
    (
        "Regeringen öppnar för ett förbud mot Tiktok",
        "Civilministern utesluter inte att appen portas från statliga telefoner.",
        "proposed_or_threatened",
    ),
    (
        "Regeringen utreder om Tiktok ska förbjudas på myndigheternas telefoner",
        "Ett beslut väntas i höst.",
        "proposed_or_threatened",
    ),
    ("Representanthuset röstar för lagförslag mot Tiktok", "Senaten ska nu ta ställning.", "proposed_or_threatened"),
    ("Tiktok riskerar miljardböter från EU", "Kommissionen kan komma att bötfälla bolaget.", "proposed_or_threatened"),
    ("Blir Tiktok förbjudet i Sverige?", "Debatten tar fart.", "proposed_or_threatened"),
    # lifted, postponed, back
    ("Indien häver förbudet mot Tiktok", "Appen är tillgänglig igen.", "not_action"),
    ("Albanien lyfter förbudet mot Tiktok", "Regeringen i Tirana har upphävt blockeringen.", "not_action"),
    ("Trump skjuter upp förbudet mot Tiktok", "Presidenten ger Bytedance ytterligare 75 dagar.", "not_action"),
    ("Tiktok är tillbaka i USA", "Trump har lovat att skjuta upp förbudet.", "not_action"),
    # an act against another company
    ("EU bötfäller Meta med 800 miljoner euro", "Kommissionen straffar Facebook. Även Tiktok granskas.", "not_action"),
    ("Telegram blockeras i Vietnam", "Myndigheterna stänger av appen. Tiktok påverkas inte.", "not_action"),
    # a past ban recalled as background
    (
        "Tiktok lanserar ny funktion för kreatörer",
        "Appen, som har varit förbjuden i Indien sedan 2020, fortsätter att växa.",
        "background_only",
    ),
    ("Tiktok växer i Sverige", "Appen förbjöds redan i fjol på Försvarsmaktens telefoner.", "background_only"),
    # courts and TikTok's own challenge
    ("Domstol stoppar förbudet mot Tiktok i Montana", "En federal domare har tillfälligt fryst lagen.", "court_blocks_action"),
    ("Tiktok stämmer Montana över förbudet", "Bolaget har lämnat in en stämning vid en federal domstol.", "tiktok_challenges_action"),
    ("Tiktok överklagar EU-böterna", "Bolaget menar att beslutet saknar grund.", "tiktok_challenges_action"),
    # negation, the platform's own moderation, private plaintiffs, journalism, explainers
    ("Regeringen förbjuder inte Tiktok", "Civilministern säger att det saknas skäl.", "not_action"),
    ("Inget förbud mot Tiktok i Sverige", "Regeringen avvaktar.", "not_action"),
    ("Tiktok raderar tusentals falska konton inför valet", "Plattformen blockerar även fler profiler.", "not_action"),
    ("Tiktok stängde ned tusentals konton", "Bolaget säger att det handlar om falska profiler.", "not_action"),
    ("Föräldrar stämmer Tiktok efter dotterns död", "Familjerna har lämnat in en stämning mot plattformen.", "not_action"),
    ("SVT granskar Tiktok: algoritmen pushar farligt innehåll", "Granskningen visar att unga får se våld.", "not_action"),
    ("Tiktok-förbudet i USA: vad händer nu?", "Frågorna är många.", "not_action"),
    # "det stämmer" is "it is right", not a lawsuit
    ("Det stämmer att Tiktok växer", "Appen är populär bland unga.", "not_action"),
    ("Säpo varnar: Tiktok kan användas för spionage", "Säkerhetspolisen vill inte kommentera enskilda appar.", "not_action"),
]

# each hard negative above has a twin that is a new act
TWINS = [
    ("Vietnam blockerar Tiktok", "Myndigheterna stänger av appen i hela landet.", "ban_national", "VN"),
    ("Domstol godkänner förbudet mot Tiktok i Montana", "Domaren avslog Tiktoks begäran.", "other", "US-MT"),
    ("EU-domstolen avslår Bytedances överklagande", "Tribunalen fastställer att Tiktok är en grindvakt.", "other", "EU"),
    ("Albanien stänger av Tiktok", "Regeringen i Tirana har beslutat att blockera appen.", "ban_national", "AL"),
    ("Kommissionen bötfäller Tiktok", "Plattformen har brutit mot DSA, anser Bryssel.", "fine_or_penalty", "EU"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW + TWINS)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("sv", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "code", "actor"), DEVICE_BANS)
def test_device_bans_name_who_acted(title: str, text: str, code: str, actor: str) -> None:
    assert_new_action("sv", title, text, "ban_government_devices", code, actor=actor)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("sv", title, text, label)


def test_a_body_sentence_ban_needs_who_took_it() -> None:
    # under a headline about something else, a ban nobody is named for is not news of an act
    a = analyze_article("En vecka med Tiktok", "Appen har förbjudits på många telefoner.", "2025-03-01", None, "sv")
    assert a.label != "new_action", (a.label, a.actions)
    # the same sentence with its actor as the subject is news
    b = analyze_article("En vecka med Tiktok", "Nepal har förbjudit Tiktok i hela landet.", "2025-03-01", None, "sv")
    assert b.label == "new_action", (b.label, b.actions)
    assert b.actions[0].jurisdiction == "NP"


def test_a_foreign_government_is_not_swedens() -> None:
    # "den danska regeringen" and "Nepals regering" are not Sweden's bare "regeringen"
    for title, code in [("Den danska regeringen förbjuder Tiktok", "DK"), ("Nepals regering förbjuder Tiktok", "NP")]:
        a = analyze_article(title, "Beslutet gäller från i dag.", "2025-03-01", None, "sv")
        assert a.label == "new_action", (a.label, a.actions)
        assert a.actions[0].jurisdiction == code
