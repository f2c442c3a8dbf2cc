"""Croatian pack (also read for Bosnian, Montenegrin and Serbian in Latin script): phrasings written
for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    # bans, national and regional
    (
        "Indija zabranila TikTok i još 58 kineskih aplikacija",
        "Indijska vlada blokirala je aplikaciju u cijeloj zemlji.",
        "ban_national",
        "IN",
    ),
    ("Vlada Srbije zabranila TikTok", "Aplikacija je blokirana zbog širenja lažnih vesti.", "ban_national", "RS"),
    ("Albanija je zatvorila TikTok na godinu dana", "Premijer Edi Rama rekao je da će pristup biti onemogućen.", "ban_national", "AL"),
    ("RATEL naložio operaterima da blokiraju TikTok", "Pristup aplikaciji biće onemogućen od ponedeljka.", "ban_national", "RS"),
    ("TikTok zabranjen u Nepalu", "Odluku je donijela nepalska vlada u četvrtak.", "ban_national", "NP"),
    (
        "Montana postala prva američka savezna država koja je zabranila TikTok",
        "Guverner Greg Gianforte potpisao je zakon u srijedu.",
        "ban_regional",
        "US-MT",
    ),
    # device bans, in the four countries and abroad
    (
        "Hrvatska vlada zabranila TikTok na službenim telefonima",
        "Državni službenici ministarstava ne smiju koristiti aplikaciju.",
        "ban_government_devices",
        "HR",
    ),
    (
        "Vlada Srbije zabranila TikTok na službenim uređajima",
        "Zaposleni u državnim organima moraju da uklone aplikaciju sa telefona.",
        "ban_government_devices",
        "RS",
    ),
    (
        "Vijeće ministara BiH zabranilo TikTok na službenim telefonima",
        "Odluka se odnosi na sve državne institucije.",
        "ban_government_devices",
        "BA",
    ),
    ("Vlada Crne Gore zabranila TikTok na službenim uređajima", "Mjera stupa na snagu odmah.", "ban_government_devices", "ME"),
    (
        "Evropska komisija zabranila zaposlenima korišćenje TikToka na službenim telefonima",
        "Osoblje mora da ukloni aplikaciju do 15. marta.",
        "ban_government_devices",
        "EU",
    ),
    (
        "SAD: TikTok zabranjen na uređajima savezne vlade",
        "Bela kuća dala je agencijama 30 dana da uklone aplikaciju.",
        "ban_government_devices",
        "US",
    ),
    # fines: a GDPR fine credited to "the EU" is Ireland's regulator's
    (
        "Irski regulator kaznio TikTok s 530 milijuna eura",
        "DPC tvrdi da je platforma prenosila podatke europskih korisnika u Kinu.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "EU kaznila TikTok sa 345 miliona evra zbog podataka dece",
        "Kazna se odnosi na obradu ličnih podataka maloletnika.",
        "fine_or_penalty",
        "IE",
    ),
    ("HAKOM kaznio TikTok s 50.000 eura", "Regulator je kaznu izrekao zbog kršenja pravila o oglašavanju.", "fine_or_penalty", "HR"),
    ("TikTok kažnjen u Hrvatskoj", "AZOP je izrekao upravnu novčanu kaznu od 200.000 eura.", "fine_or_penalty", "HR"),
    # lawsuits by governments, in Croatian and in Serbian spelling
    (
        "Teksas tužio TikTok zbog zaštite djece",
        "Državni odvjetnik te savezne države podnio je tužbu protiv platforme.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Juta tužila TikTok", "Savezna država tvrdi da platforma iskorišćava decu.", "lawsuit_by_government", "US-UT"),
    # investigations
    (
        "Europska komisija pokrenula formalni postupak protiv TikToka",
        "Bruxelles će ispitati krši li platforma Akt o digitalnim uslugama.",
        "investigation_opened",
        "EU",
    ),
    (
        "AZOP pokrenuo postupak nadzora nad TikTokom",
        "Agencija će provjeriti obrađuje li platforma podatke djece u skladu s GDPR-om.",
        "investigation_opened",
        "HR",
    ),
    (
        "Tužilaštvo za visokotehnološki kriminal pokrenulo istragu o TikToku",
        "Tužioci ispituju širenje opasnih izazova.",
        "investigation_opened",
        "RS",
    ),
    (
        "Francusko tužiteljstvo otvorilo istragu protiv TikToka",
        "Istragu vodi policijski odjel za kibernetički kriminal.",
        "investigation_opened",
        "FR",
    ),
    # wind-up and divestiture orders
    (
        "Kanada naložila gašenje kanadske podružnice TikToka",
        "Vlada u Ottawi naredila je zatvaranje ureda u Torontu i Vancouveru.",
        "business_wind_up_order",
        "CA",
    ),
    ("Kongres prisilio ByteDance na prodaju TikToka", "Predsjednik je zakon potpisao u srijedu.", "divestiture_order", "US"),
    # laws
    (
        "Biden potpisao zakon koji prisiljava ByteDance da proda TikTok",
        "Američki predsjednik zakon je potpisao u srijedu.",
        "law_enacted",
        "US",
    ),
    (
        "Sabor izglasao zakon o zabrani TikToka za djecu mlađu od 15 godina",
        "Zakon stupa na snagu 1. siječnja.",
        "law_enacted",
        "HR",
    ),
    (
        "Narodna skupština Srbije usvojila zakon o zabrani TikToka za maloletnike",
        "Zakon stupa na snagu za mesec dana.",
        "law_enacted",
        "RS",
    ),
    # regulatory orders and the Commission's preliminary findings
    (
        "Europska komisija naložila TikToku da ukloni funkciju nagrađivanja",
        "Platforma mora obustaviti program TikTok Lite u EU.",
        "regulatory_order",
        "EU",
    ),
    (
        "Evropska komisija formalno optužila TikTok za kršenje DSA",
        "Kompaniji preti kazna do šest posto prometa.",
        "other",
        "EU",
    ),
]

NOT_NEW = [
    # proposals and threats (twins: the device ban, the Trump order, the Serbian ban above)
    ("Zastupnici traže zabranu TikToka u Hrvatskoj", "Prijedlog zakona bit će raspravljen idući mjesec.", "proposed_or_threatened"),
    ("Trump prijeti zabranom TikToka", "Predsjednik razmatra blokadu aplikacije.", "proposed_or_threatened"),
    ("Tramp preti zabranom TikToka", "Predsednik razmatra blokiranje aplikacije.", "proposed_or_threatened"),
    ("Vlada Srbije razmatra zabranu TikToka", "Ministar je rekao da odluka još nije donesena.", "proposed_or_threatened"),
    ("Albanija bi mogla zabraniti TikTok", "Premijer je rekao da razmišlja o tome.", "proposed_or_threatened"),
    # lifted or put off
    ("Indija ukinula zabranu TikToka", "Aplikacija je ponovno dostupna.", "not_action"),
    ("Tramp odložio zabranu TikToka za 75 dana", "Predsednik je potpisao izvršnu naredbu.", "not_action"),
    # a negated act
    ("Vlada neće zabraniti TikTok", "Ministar je rekao da za to nema razloga.", "not_action"),
    # an act against another company
    ("Europska komisija kaznila Metu", "Komisija je kaznila Facebook. I TikTok je pod povećalom.", "not_action"),
    ("Vlada Srbije zabranila Telegram", "Aplikacija je blokirana zbog širenja lažnih vesti. I TikTok je pod lupom.", "not_action"),
    # a past act recalled as background
    (
        "TikTok pokreće novu funkciju za kreatore",
        "Aplikacija, koja je u Indiji zabranjena od 2020. godine, i dalje raste.",
        "background_only",
    ),
    (
        "Hrvatska vlada prošle godine zabranila je TikTok na službenim telefonima",
        "Ministarstva su tada dobila upute.",
        "background_only",
    ),
    (None, "Prošle godine Kanada je naredila zatvaranje ureda TikToka u Torontu.", "background_only"),
    ("Kina osudila američku zabranu TikToka", "Peking tvrdi da je odluka politički motivisana.", "background_only"),
    # a court blocks the act; TikTok goes to court
    ("Sud blokirao zabranu TikToka u Montani", "Savezni sudac privremeno je zaustavio primjenu zakona.", "court_blocks_action"),
    ("Sudija blokirao zabranu TikToka u Montani", "Savezni sud je suspendovao primenu zakona.", "court_blocks_action"),
    ("TikTok tužio Montanu zbog zabrane", "Kompanija je podnijela tužbu saveznom sudu.", "tiktok_challenges_action"),
    (
        "TikTok podneo tužbu protiv Montane zbog zabrane aplikacije",
        "Kompanija tvrdi da zakon krši Prvi amandman.",
        "tiktok_challenges_action",
    ),
    ("TikTok se žalio na odluku AZOP-a", "Kompanija osporava kaznu pred Upravnim sudom.", "tiktok_challenges_action"),
    # a police inquiry into a crime seen on TikTok is not one against TikTok (twin: the French inquiry above)
    ("TikTok: policija istražuje kazneno djelo", "Tužiteljstvo je zaprimilo prijavu protiv maloljetnika.", "not_action"),
    # TikTok's own moderation is no ban
    ("TikTok izbrisao stotine lažnih računa uoči izbora", "Kompanija je blokirala i druge profile.", "not_action"),
    ("TikTok uklonio videe koji šire dezinformacije", "Platforma je to objavila u svom izvješću.", "not_action"),
    # private plaintiffs, polls and lists of countries
    ("Obitelji tuže TikTok zbog smrti djece", "Sedam obitelji podnijelo je tužbu u Parizu.", "not_action"),
    ("Anketa: većina građana podržava zabranu TikToka", "Istraživanje je provedeno prošlog tjedna.", "not_action"),
    ("Koje su zemlje zabranile TikTok?", "Pregled država koje su ograničile aplikaciju.", "not_action"),
    # a creator called "tiktoker" is not the platform
    ("Mladi tiktoker kažnjen zbog lažnih vijesti", "Sud u Splitu kaznio je tiktokera s 2.000 eura.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("hr", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("hr", title, text, label)


# "SAD" (the United States) is written in capitals; "sad" is the adverb "now"
def test_sad_in_lower_case_is_not_the_united_states() -> None:
    a = analyze_article("TikTok sad ima novu funkciju", "Aplikacija je sad dostupna i u Hrvatskoj.", "2025-03-01", None, "hr")
    assert a.label == "not_action"
    assert "US" not in a.entities["governments"]


# "BiH" (Bosnia and Herzegovina) is not the conditional "bih" ("ja bih zabranio" is an opinion)
def test_bih_and_the_conditional_bih() -> None:
    said = analyze_article("Ja bih zabranio TikTok, kaže ministar", "Ministar je to rekao u intervjuu.", "2025-03-01", None, "hr")
    assert said.label == "proposed_or_threatened"
    done = analyze_article("Vijeće ministara BiH zabranilo TikTok", "Odluka vrijedi odmah.", "2025-03-01", None, "hr")
    assert done.label == "new_action" and done.actions[0].jurisdiction == "BA", (done.label, done.actions)


# Republika Srpska is an entity of Bosnia and Herzegovina, not Serbia
@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("Vlada Republike Srpske zabranila TikTok u školama", "Government of Republika Srpska"),
        ("Narodna skupština Republike Srpske usvojila zakon o TikToku", "National Assembly of Republika Srpska"),
    ],
)
def test_republika_srpska_is_bosnia(title: str, actor: str) -> None:
    assert_new_action("hr", title, "Odluka važi od ponedeljka.", code="BA", actor=actor)


# a town acts for itself, on its own devices; "Predstavnički dom" unqualified is the US House
@pytest.mark.parametrize(
    ("title", "code", "actor"),
    [
        ("Grad Zagreb zabranio TikTok na službenim mobitelima", "HR", "Zagreb City Hall"),
        ("Opština Budva zabranila TikTok na službenim telefonima", "ME", "Municipality of Budva"),
    ],
)
def test_a_town_bans_the_app_on_its_own_devices(title: str, code: str, actor: str) -> None:
    assert_new_action("hr", title, "Odluka je donesena u ponedjeljak.", "ban_government_devices", code, actor=actor)


def test_the_house_of_representatives_is_the_us_house() -> None:
    text = "Aplikacija mora biti uklonjena sa svih službenih telefona Predstavničkog doma."
    a = analyze_article("Predstavnički dom zabranio TikTok", text, "2025-03-01", None, "hr")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "US")


# "mali" (small) is also CLDR's Croatian name of Mali: a count of countries is background, not Mali's act
def test_a_small_number_of_countries_is_not_mali() -> None:
    assert_no_new_action("hr", "Mali broj zemalja zabranio je TikTok", "Među njima su Indija i Nepal.")


def test_a_european_country_is_not_the_eu() -> None:
    a = analyze_article("Ova europska zemlja prva je uvela potpunu zabranu TikToka",
                        "Vlada Albanije zabranila je TikTok na godinu dana.", "2025-03-15", language="hr")
    assert a.new_action and a.actions[0].jurisdiction == "AL", a.actions
