"""Slovenian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says

NEW = [
    # bans, national and regional
    (
        "Indija prepovedala TikTok in še 58 kitajskih aplikacij",
        "Indijska vlada je aplikacijo blokirala po vsej državi.",
        "ban_national",
        "IN",
    ),
    ("TikTok prepovedan v Nepalu", "Odločitev je v četrtek sprejela nepalska vlada.", "ban_national", "NP"),
    ("Albanija za eno leto zaprla TikTok", "Premier Edi Rama je dejal, da bo dostop do aplikacije onemogočen.", "ban_national", "AL"),
    (
        "Montana kot prva ameriška zvezna država prepovedala TikTok",
        "Guverner Greg Gianforte je zakon podpisal v sredo.",
        "ban_regional",
        "US-MT",
    ),
    # device bans, at home, next door and abroad
    (
        "Slovenska vlada prepovedala TikTok na službenih telefonih",
        "Javni uslužbenci ministrstev aplikacije ne smejo več uporabljati.",
        "ban_government_devices",
        "SI",
    ),
    (
        "Hrvaška vlada prepovedala TikTok na službenih telefonih",
        "Državni uslužbenci ga ne smejo več uporabljati.",
        "ban_government_devices",
        "HR",
    ),
    (
        "Avstrija prepovedala TikTok na službenih telefonih",
        "Notranji minister je dejal, da prepoved velja za vsa ministrstva.",
        "ban_government_devices",
        "AT",
    ),
    (
        "Evropska komisija prepovedala uporabo TikToka na službenih napravah",
        "Zaposleni morajo aplikacijo odstraniti do 15. marca.",
        "ban_government_devices",
        "EU",
    ),
    (
        "ZDA: TikTok prepovedan na napravah zvezne vlade",
        "Bela hiša je agencijam dala 30 dni, da aplikacijo odstranijo.",
        "ban_government_devices",
        "US",
    ),
    # fines: a GDPR fine credited to "the EU" is Ireland's regulator's
    (
        "Irski regulator oglobil TikTok s 530 milijoni evrov",
        "DPC trdi, da je platforma podatke evropskih uporabnikov pošiljala na Kitajsko.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "EU kaznovala TikTok s 345 milijoni evrov zaradi podatkov otrok",
        "Globa se nanaša na obdelavo osebnih podatkov mladoletnikov.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Informacijski pooblaščenec naložil TikToku globo",
        "Pooblaščenec je izrekel globo v višini 200.000 evrov.",
        "fine_or_penalty",
        "SI",
    ),
    ("AKOS oglobil TikTok", "Agencija je izrekla globo zaradi kršitve pravil o oglaševanju.", "fine_or_penalty", "SI"),
    (
        "AVK TikToku naložila globo zaradi zlorabe prevladujočega položaja",
        "Agencija za varstvo konkurence je izrekla sankcijo.",
        "fine_or_penalty",
        "SI",
    ),
    (
        "Britanski informacijski pooblaščenec oglobil TikTok z 12,7 milijona funtov",
        "Platforma je zbirala podatke otrok brez soglasja staršev.",
        "fine_or_penalty",
        "GB",
    ),
    (
        "Italijanski AGCM oglobil TikTok z 10 milijoni evrov",
        "Regulator je ugotovil nepoštene poslovne prakse.",
        "fine_or_penalty",
        "IT",
    ),
    # lawsuits by governments
    (
        "Teksas tožil TikTok zaradi zaščite otrok",
        "Generalni državni tožilec zvezne države je vložil tožbo proti platformi.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Ameriško pravosodno ministrstvo toži TikTok",
        "Tožba se nanaša na zbiranje podatkov otrok.",
        "lawsuit_by_government",
        "US",
    ),
    # investigations
    (
        "Evropska komisija je uvedla preiskavo proti TikToku",
        "Bruselj bo preveril, ali platforma krši akt o digitalnih storitvah.",
        "investigation_opened",
        "EU",
    ),
    (
        "Informacijski pooblaščenec uvedel inšpekcijski nadzor nad TikTokom",
        "Preverili bodo, ali platforma obdeluje podatke otrok v skladu z GDPR.",
        "investigation_opened",
        "SI",
    ),
    (
        "Informacijski pooblaščenec v Združenem kraljestvu preiskuje TikTok",
        "Urad preverja, ali platforma varuje podatke otrok.",
        "investigation_opened",
        "GB",
    ),
    # wind-up and divestiture orders
    (
        "Kanada odredila zaprtje kanadske podružnice TikToka",
        "Vlada v Ottawi je ukazala zaprtje pisarn v Torontu in Vancouvru.",
        "business_wind_up_order",
        "CA",
    ),
    ("Kongres prisilil ByteDance k prodaji TikToka", "Predsednik je zakon podpisal v sredo.", "divestiture_order", "US"),
    # laws
    (
        "Biden podpisal zakon, ki ByteDance sili k prodaji TikToka",
        "Ameriški predsednik je zakon podpisal v sredo.",
        "law_enacted",
        "US",
    ),
    (
        "Državni zbor sprejel zakon o prepovedi TikToka za otroke, mlajše od 15 let",
        "Zakon začne veljati 1. januarja.",
        "law_enacted",
        "SI",
    ),
    (
        "Hrvaški Sabor sprejel zakon o prepovedi TikToka za otroke",
        "Zakon začne veljati 1. januarja.",
        "law_enacted",
        "HR",
    ),
    # regulatory orders, preliminary findings and the Commission's formal charges
    (
        "AKOS od TikToka zahteva odstranitev nezakonitih vsebin",
        "Platforma ima za to 48 ur.",
        "regulatory_order",
        "SI",
    ),
    (
        "Evropska komisija: TikTok krši akt o digitalnih storitvah",
        "Komisija je v predhodnih ugotovitvah ugotovila, da platforma ne varuje mladoletnikov.",
        "other",
        "EU",
    ),
    (
        "Evropska komisija TikToku naložila, naj odstrani funkcijo nagrajevanja",
        "Platforma mora ustaviti program TikTok Lite v EU.",
        "regulatory_order",
        "EU",
    ),
    (
        "Evropska komisija uradno obtožila TikTok kršitve DSA",
        "Podjetju grozi kazen do šest odstotkov prometa.",
        "other",
        "EU",
    ),
]

NOT_NEW = [
    # proposals and threats (twins: the Slovenian device ban, the Trump order, the Albanian ban above)
    ("Poslanci zahtevajo prepoved TikToka v Sloveniji", "Predlog zakona bo obravnavan prihodnji mesec.", "proposed_or_threatened"),
    ("Trump grozi s prepovedjo TikToka", "Predsednik razmišlja o blokadi aplikacije.", "proposed_or_threatened"),
    ("TikToku grozi prepoved v ZDA", "Kongres obravnava zakon.", "proposed_or_threatened"),
    ("Vlada razmišlja o prepovedi TikToka", "Minister je dejal, da odločitev še ni sprejeta.", "proposed_or_threatened"),
    ("Albanija bi lahko prepovedala TikTok", "Premier je dejal, da o tem razmišlja.", "proposed_or_threatened"),
    ("Nemčija preučuje prepoved TikToka", "Ministrstvo za notranje zadeve pripravlja analizo.", "proposed_or_threatened"),
    ("Vlada je zavrnila predlog za prepoved TikToka", "Ministrica je dejala, da za to ni razlogov.", "proposed_or_threatened"),
    # the US House passing a bill (twin: the law Biden signed above)
    (
        "Predstavniški dom izglasoval zakon o prepovedi TikToka",
        "Zakon mora potrditi še senat.",
        "proposed_or_threatened",
    ),
    # lifted or put off
    ("Indija odpravila prepoved TikToka", "Aplikacija je spet na voljo.", "not_action"),
    ("Nepal ukinil prepoved TikToka", "Aplikacija je ponovno dostopna.", "not_action"),
    ("Trump odložil prepoved TikToka za 75 dni", "Predsednik je podpisal izvršni ukaz.", "not_action"),
    # a negated act
    ("Vlada ne bo prepovedala TikToka", "Minister je dejal, da za to ni razloga.", "not_action"),
    # an act against another company (twins: the Commission's fine and the Serbian-style ban above)
    ("Evropska komisija kaznovala Meto", "Komisija je oglobila Facebook. Tudi TikTok je pod drobnogledom.", "not_action"),
    (
        "Vlada Srbije prepovedala Telegram",
        "Aplikacija je blokirana zaradi širjenja lažnih novic. Tudi TikTok je pod drobnogledom.",
        "not_action",
    ),
    # a past act recalled as background
    (
        "TikTok uvaja novo funkcijo za ustvarjalce",
        "Aplikacija, ki je v Indiji prepovedana od leta 2020, še naprej raste.",
        "background_only",
    ),
    (
        "Slovenska vlada je lani prepovedala TikTok na službenih telefonih",
        "Ministrstva so takrat dobila navodila.",
        "background_only",
    ),
    (None, "Lani je Kanada odredila zaprtje pisarn TikToka v Torontu.", "background_only"),
    ("Kitajska obsodila ameriško prepoved TikToka", "Peking trdi, da je odločitev politično motivirana.", "background_only"),
    # a court blocks the act; TikTok goes to court
    ("Sodišče blokiralo prepoved TikToka v Montani", "Zvezni sodnik je začasno zadržal izvajanje zakona.", "court_blocks_action"),
    ("Sodnik zadržal prepoved TikToka v Montani", "Zvezno sodišče je ustavilo izvajanje zakona.", "court_blocks_action"),
    ("TikTok tožil Montano zaradi prepovedi", "Podjetje je vložilo tožbo na zveznem sodišču.", "tiktok_challenges_action"),
    (
        "TikTok se je pritožil na odločbo informacijskega pooblaščenca",
        "Podjetje globo izpodbija pred upravnim sodiščem.",
        "tiktok_challenges_action",
    ),
    ("TikTok bo odločitev izpodbijal na sodišču", "Podjetje meni, da je globa nesorazmerna.", "tiktok_challenges_action"),
    # a police inquiry into a crime seen on TikTok is not one against TikTok (twin: the Commission's inquiry above)
    ("TikTok: policija preiskuje kaznivo dejanje", "Tožilstvo je prejelo ovadbo zoper mladoletnika.", "not_action"),
    # a person fined over a video is not TikTok fined (twin: the AKOS fine above)
    ("Policija oglobila voznika, ki je snemal TikTok", "Voznik mora plačati 300 evrov.", "not_action"),
    # TikTok's own moderation is no ban
    ("TikTok izbrisal na stotine lažnih računov pred volitvami", "Podjetje je blokiralo tudi druge profile.", "not_action"),
    # private plaintiffs, polls and lists of countries
    ("Družine tožijo TikTok zaradi smrti otrok", "Sedem družin je vložilo tožbo v Parizu.", "not_action"),
    ("Anketa: večina državljanov podpira prepoved TikToka", "Raziskava je bila izvedena prejšnji teden.", "not_action"),
    ("Katere države so prepovedale TikTok?", "Pregled držav, ki so omejile aplikacijo.", "not_action"),
    # a creator called "tiktoker" is not the platform
    ("Mladi tiktoker kaznovan zaradi lažnih novic", "Sodišče v Mariboru ga je kaznovalo z 2.000 evri.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("sl", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("sl", title, text, label)


# the project's language identifier must send these phrasings to this pack
@pytest.mark.parametrize(
    "sentence",
    [
        "Vlada je prepovedala uporabo TikToka na službenih telefonih.",
        "Informacijski pooblaščenec je TikToku naložil globo v višini 200.000 evrov.",
        "Evropska komisija je uvedla preiskavo proti TikToku.",
        "Državni zbor je sprejel zakon o prepovedi TikToka za otroke.",
    ],
)
def test_py3langid_reads_slovenian(sentence: str) -> None:
    assert_py3langid_says("sl", sentence)


# a town acts for itself, on its own devices
@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("Mestna občina Ljubljana prepovedala TikTok na službenih telefonih", "Ljubljana City Hall"),
        ("Občina Piran prepovedala TikTok na službenih telefonih", "Municipality of Piran"),
    ],
)
def test_a_town_bans_the_app_on_its_own_devices(title: str, actor: str) -> None:
    assert_new_action("sl", title, "Odločitev je bila sprejeta v ponedeljek.", "ban_government_devices", "SI", actor=actor)


# "Vlada je potrdila prepoved" is the government adopting the ban; a court confirming it is its ruling
def test_the_government_confirming_a_ban_is_the_ban() -> None:
    a = analyze_article("Vlada je potrdila prepoved TikToka na službenih napravah", "Sklep velja za vsa ministrstva.",
                        "2025-03-01", None, "sl")
    assert a.label == "new_action" and a.actions[0].type == "ban_government_devices", (a.label, a.actions)


# "kaznivo dejanje" (a crime) and "kazenski" (criminal) are not a fine; "globalni" is not "globa"
@pytest.mark.parametrize(
    "title",
    ["TikTok in kaznivo dejanje: kaj pravi kazenski zakonik", "TikTok je globalni fenomen med mladimi"],
)
def test_criminal_law_and_global_are_not_fines(title: str) -> None:
    assert_label("sl", title, "Platforma ima več kot milijardo uporabnikov.", "not_action")


# "tožilstvo" (the prosecution) is not "tožiti" (to sue)
def test_the_prosecution_is_not_a_lawsuit() -> None:
    assert_label("sl", "Tožilstvo o posnetku na TikToku", "Tožilec je dejal, da primer še proučujejo.", "not_action")


# "Mali" (Mali in CLDR) is "small": a small number of countries is background, not Mali's act
def test_a_small_number_of_countries_is_not_mali() -> None:
    a = analyze_article("Mali krog držav je prepovedal TikTok", "Med njimi sta Indija in Nepal.", "2025-03-01", None, "sl")
    assert "ML" not in a.entities["governments"], (a.label, a.actions)


# a foreign constitutional court is named with its country's adjective; the bare name is Slovenia's
def test_a_foreign_constitutional_court_is_not_slovenias() -> None:
    a = analyze_article("Romunsko ustavno sodišče razveljavilo odločitev o TikToku", "Sodba je dokončna.", "2025-03-01", None, "sl")
    assert "SI" not in a.entities["governments"], (a.label, a.actions)
