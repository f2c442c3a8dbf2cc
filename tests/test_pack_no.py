"""Norwegian pack (Bokmål, with common Nynorsk forms): phrasings written for this file
(headline, lead), not taken from any outlet. Each hard negative has a positive twin."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action


def _analyze(title: str | None, text: str, language: str = "no"):
    return analyze_article(title, text, "2025-03-01", None, language)


NEW = [
    ("Nepal forbyr TikTok i hele landet", "Regjeringen i Katmandu sier appen skaper splid.", "ban_national", "NP"),
    ("India forbyr TikTok og 58 andre kinesiske apper", "Myndighetene i New Delhi viser til nasjonal sikkerhet.", "ban_national", "IN"),
    ("USA forbyr TikTok", "Appen fjernes fra App Store og Google Play søndag.", "ban_national", "US"),
    ("Albania stenger TikTok i ett år", "Statsminister Edi Rama sier appen blir utilgjengelig fra mars.", "ban_national", "AL"),
    ("Delstaten Montana forbyr TikTok", "Guvernøren skrev under onsdag kveld.", "ban_regional", "US-MT"),
    (
        "Regjeringen forbyr TikTok på tjenestetelefoner",
        "Statsråder og statssekretærer må slette appen fra jobbmobilen innen fredag.",
        "ban_government_devices",
        "NO",
    ),
    (
        "Justisdepartementet fraråder TikTok på tjenestetelefoner",
        "Alle departementene får et brev om at appen ikke skal installeres på jobbtelefoner.",
        "ban_government_devices",
        "NO",
    ),
    (
        "Stortinget forbyr TikTok på representantenes telefoner",
        "Stortingets administrasjon sier appen må slettes.",
        "ban_government_devices",
        "NO",
    ),
    (
        "EU-kommisjonen forbyr TikTok på ansattes telefoner",
        "Alle ansatte må fjerne appen innen 15. mars.",
        "ban_government_devices",
        "EU",
    ),
    (
        "Det irske datatilsynet gir TikTok en bot på 530 millioner euro",
        "Tilsynet mener selskapet sendte opplysninger om europeiske brukere til Kina.",
        "fine_or_penalty",
        "IE",
    ),
    ("EU-kommisjonen gir TikTok bot på 500 millioner euro", "Kommisjonen viser til DSA.", "fine_or_penalty", "EU"),
    (
        "Forbrukertilsynet gir TikTok overtredelsesgebyr",
        "Tilsynet mener appen har skjult reklame rettet mot barn.",
        "fine_or_penalty",
        "NO",
    ),
    ("Italia gir TikTok bot på 10 millioner euro", "AGCM mener appen ikke beskytter mindreårige.", "fine_or_penalty", "IT"),
    ("Utah saksøker TikTok", "Delstaten hevder appen gjør barn avhengige.", "lawsuit_by_government", "US-UT"),
    (
        "Texas saksøker TikTok for å villede foreldre",
        "Delstatens justisminister har levert søksmålet i en domstol i Texas.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "EU-kommisjonen åpner formell sak mot TikTok",
        "Brussel vil finne ut om plattformen har brutt reglene i DSA.",
        "investigation_opened",
        "EU",
    ),
    (
        "Datatilsynet åpner tilsyn med TikTok",
        "Tilsynet undersøker om appen behandler barns opplysninger lovlig.",
        "investigation_opened",
        "NO",
    ),
    (
        "Medietilsynet starter gransking av TikTok",
        "Tilsynet vil se på hvordan appen beskytter barn.",
        "investigation_opened",
        "NO",
    ),
    (
        "Canada beordrer TikTok å legge ned virksomheten i landet",
        "Den kanadiske regjeringen krever at kontorene i Toronto og Vancouver stenges.",
        "business_wind_up_order",
        "CA",
    ),
    ("USA pålegger ByteDance å selge TikTok", "Selskapet får 270 dager på seg.", "divestiture_order", "US"),
    ("Biden signerer lov som tvinger ByteDance til å selge TikTok", "Presidenten skrev under på loven onsdag.", "law_enacted", "US"),
    ("Biden signerte lovforslaget om TikTok", "Nå har ByteDance ett år på å selge.", "law_enacted", "US"),
    (
        "Stortinget vedtok loven om aldersgrense for sosiale medier som TikTok",
        "Loven trer i kraft neste år.",
        "law_enacted",
        "NO",
    ),
    # Nynorsk
    (
        "Regjeringa forbyr TikTok på tenestetelefonane",
        "Statsrådane må sletta appen frå jobbmobilen.",
        "ban_government_devices",
        "NO",
    ),
    (
        "Datatilsynet opnar sak mot TikTok",
        "Tilsynet vil sjå på korleis appen handsamar opplysningar om born.",
        "investigation_opened",
        "NO",
    ),
    ("Kommunen har forbode TikTok for alle tilsette", "Vestland fylkeskommune gjer det same.", "ban_government_devices", "NO"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("no", title, text, type_, code)


NOT_NEW = [
    # proposals and threats (twins: the government's device ban, "USA forbyr TikTok")
    ("KrF vil forby TikTok i Norge", "Partiet har fremmet et forslag på Stortinget.", "proposed_or_threatened"),
    ("Trump truer med å forby TikTok", "Presidenten vurderer å stenge appen i USA.", "proposed_or_threatened"),
    (
        "Regjeringen vurderer forbud mot TikTok på tjenestetelefoner",
        "En beslutning kommer etter påske.",
        "proposed_or_threatened",
    ),
    ("Representantenes hus vedtok lovforslag om TikTok", "Lovforslaget går nå videre til Senatet.", "proposed_or_threatened"),
    (
        "Regjeringen sender lovforslag om aldersgrense for TikTok på høring",
        "Høringsfristen er i september.",
        "proposed_or_threatened",
    ),
    ("Blir TikTok forbudt i Norge?", "Eksperter er uenige.", "proposed_or_threatened"),
    (
        "Regjeringa vil forby TikTok og andre sosiale medium for born under 15 år",
        "Lovframlegget skal ut på høyring i haust.",
        "proposed_or_threatened",
    ),
    # lifted or postponed (twins: Albania's ban, the Supreme Court's ruling)
    ("Albania opphever forbudet mot TikTok", "Appen er tilgjengelig igjen fra mandag.", "not_action"),
    ("Trump utsetter TikTok-forbudet med 75 dager", "Presidenten signerte en ordre mandag.", "not_action"),
    # negated (twin: the government's device ban)
    ("Regjeringen forbyr ikke TikTok", "Statsministeren sier det ikke er aktuelt nå.", "not_action"),
    ("Datatilsynet: – Ikke aktuelt å forby TikTok", "Direktøren sier det mangler grunnlag.", "not_action"),
    # an act against another company (twins: the Commission's TikTok fine, the ministry's TikTok advice)
    (
        "EU-kommisjonen gir Meta bot på 800 millioner euro",
        "Kommisjonen straffer Facebook for brudd på konkurransereglene. Også TikTok er under lupen.",
        "not_action",
    ),
    ("Brussel bøtelegger X for brudd på DSA", "TikTok er også under gransking.", "not_action"),
    (
        "Regjeringen forbyr Telegram på tjenestetelefoner",
        "Appen eies av russiske interesser. TikTok ble forbudt på de samme telefonene i fjor.",
        "background_only",
    ),
    # a past ban recalled (twins: India's and Nepal's bans)
    ("TikTok lanserer ny funksjon for skapere", "Appen, som har vært forbudt i India siden 2020, vokser fortsatt.", "background_only"),
    ("TikTok åpner nytt kontor i Oslo", "Appen, som ble forbudt i Nepal i 2023, satser i Norden.", "background_only"),
    # a court blocks the act (twin: Montana's ban)
    ("Dommer stanser TikTok-forbudet i Montana", "En føderal dommer har satt loven på vent.", "court_blocks_action"),
    # TikTok goes to court (twins: Utah's lawsuit, the Irish fine, Canada's wind-up order)
    ("TikTok saksøker Montana over forbudet", "Selskapet har gått til søksmål i en føderal domstol.", "tiktok_challenges_action"),
    ("TikTok anker boten fra det irske datatilsynet", "Selskapet mener beløpet er altfor høyt.", "tiktok_challenges_action"),
    ("TikTok går til retten mot Canadas vedtak", "Selskapet mener nedleggelsen av kontorene er urimelig.", "tiktok_challenges_action"),
    # private plaintiffs are no government (twin: Texas's lawsuit)
    ("Foreldre saksøker TikTok etter datterens død", "Familien har gått til sak mot selskapet i Pennsylvania.", "not_action"),
    ("TikTok må betale 92 millioner dollar i erstatning til brukere", "Forliket ble godkjent av en domstol i Illinois.", "not_action"),
    # TikTok's own moderation, the police looking into a video, a survey (twins: the Datatilsynet and Medietilsynet cases)
    ("TikTok sletter tusenvis av falske kontoer før valget", "Selskapet sier det har blokkert nettverk av kontoer.", "not_action"),
    ("Politiet etterforsker truende video på TikTok", "En mann er pågrepet etter videoen.", "not_action"),
    ("Ny undersøkelse: Barn bruker TikTok tre timer om dagen", "Medietilsynet har spurt 3000 barn.", "not_action"),
    # opinion and claims, and a school phone ban (twin: the Storting's device ban)
    ("Ropstad mener TikTok-forbud er riktig vei å gå", "KrF-politikeren viser til USA.", "not_action"),
    ("TikTok bryter norsk lov, mener Forbrukerrådet", "Rådet har sendt en klage til Forbrukertilsynet.", "not_action"),
    ("Skolen innfører mobilforbud – elevene savner TikTok", "Rektor sier roen har senket seg.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("no", title, text, label)


ACCOUNTS_AND_REACTIONS = [
    # an account blocked on the app is moderation, not a ban on it (twin: "Albania stenger TikTok")
    ("Kontoen til NRK ble sperret på TikTok", "Kanalen fikk beskjed om brudd på retningslinjene."),
    ("TikTok-kontoen til partiet ble stengt", "Partiet klager på avgjørelsen."),
    ("Influenceren blokkerte meg på TikTok", "Nå forteller hun hvorfor."),
    # a minister reacting to Ireland's fine is no new Norwegian act (twin: the Irish fine)
    (
        "Digitaliseringsminister Karianne Tung kaller inn TikTok til møte etter milliardboten",
        "Ministeren vil ha svar om personvernet.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ACCOUNTS_AND_REACTIONS)
def test_accounts_and_reactions_are_not_acts(title: str, text: str) -> None:
    assert_no_new_action("no", title, text)


def test_capital_names_the_country() -> None:
    assert_new_action("no", "Regjeringen i Kabul forbyr TikTok", "Talsmannen bekrefter vedtaket.", "ban_national", "AF")


def test_court_upholding_the_ban_is_news() -> None:
    assert_new_action(
        "no",
        "Høyesterett gir grønt lys for TikTok-forbudet i USA",
        "Dommerne mener loven ikke bryter med ytringsfriheten.",
        code="US",
        stage="upheld",
    )


def test_municipalities_act_for_themselves() -> None:
    oslo = _analyze("Oslo kommune forbyr TikTok og Telegram på tjenesteenheter", "Ansatte må fjerne appene innen mandag.")
    bergen = _analyze("Bergen kommune forbyr TikTok for sine ansatte", "Alle som har appen på en kommunal telefon, må fjerne den.")
    for a, town in ((oslo, "Oslo"), (bergen, "Bergen")):
        assert a.label == "new_action", (a.label, a.actions)
        assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "NO")
        assert town in a.actions[0].actor


def test_foreign_government_is_not_read_as_norways() -> None:
    # "regjeringen i Katmandu", "Canadas regjering": the bare word "regjeringen" is Norway's only on its own
    assert_new_action(
        "no", "Canadas regjering forbyr TikTok på statlige telefoner", "Forbudet gjelder fra tirsdag.", "ban_government_devices", "CA"
    )


def test_pack_file_named_no_loads_as_norwegian() -> None:
    # YAML 1.1 reads a bare `no` as false: the file quotes its language and every "NO" code
    pack = load_pack("no")
    assert pack.language == "no"
    assert pack.name == "Norwegian"
    assert any(gov.code == "NO" for gov, _ in pack.governments)
    assert any(code == "NO" for _, code in pack.find_places("Norges regjering"))


@pytest.mark.parametrize("declared", ["nb", "nn", "no", "nb-NO"])
def test_bokmal_and_nynorsk_feeds_use_the_pack(declared: str) -> None:
    a = _analyze("Regjeringa forbyr TikTok på tenestetelefonane", "Statsrådane må sletta appen.", declared)
    assert a.language == "no"
    assert a.label == "new_action", (a.label, a.actions)
