"""Lithuanian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action

NEW = [
    (
        "Indija uždraudė „TikTok“ ir dar 58 kinų programėles",
        "Indijos vyriausybė užblokavo programėlę visoje šalyje.",
        "ban_national",
        "IN",
    ),
    (
        "Airijos reguliuotojas skyrė „TikTok“ 530 mln. eurų baudą",
        "DPC nustatė, kad programėlė perdavė europiečių duomenis į Kiniją.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Europos Komisija pradeda oficialų tyrimą prieš „TikTok“",
        "Briuselis tikrins, ar platforma laikosi Skaitmeninių paslaugų akto.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada įsakė likviduoti „TikTok“ dukterinę bendrovę",
        "Vyriausybė Otavoje nurodė uždaryti biurus Toronte ir Vankuveryje.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Teksasas padavė „TikTok“ į teismą dėl vaikų duomenų",
        "Valstijos generalinis prokuroras pateikė ieškinį prieš platformą.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "JAV teisingumo departamentas padavė „TikTok“ į teismą",
        "Ieškinys pateiktas federaliniame teisme Kalifornijoje.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Bidenas pasirašė įstatymą, verčiantį „ByteDance“ parduoti „TikTok“",
        "JAV prezidentas įstatymą pasirašė trečiadienį.",
        "law_enacted",
        "US",
    ),
    (
        "Lietuvos Vyriausybė uždraudė naudoti „TikTok“ tarnybiniuose telefonuose",
        "Valstybės tarnautojai nebegalės įsidiegti programėlės.",
        "ban_government_devices",
        "LT",
    ),
    (
        "Krašto apsaugos ministerija uždraudė „TikTok“ darbo įrenginiuose",
        "Programėlė turi būti pašalinta iš visų telefonų, turinčių prieigą prie ministerijos pašto.",
        "ban_government_devices",
        "LT",
    ),
    (
        "Valstybinė duomenų apsaugos inspekcija skyrė „TikTok“ baudą",
        "Inspekcija nustatė, kad platforma netinkamai saugo vaikų duomenis.",
        "fine_or_penalty",
        "LT",
    ),
    (
        "Seimas priėmė įstatymą, ribojantį „TikTok“ naudojimą mokyklose",
        "Įstatymas įsigalios rugsėjo 1 d.",
        "law_enacted",
        "LT",
    ),
    ("Nepalas užblokavo „TikTok“", "Vyriausybė teigia, kad programėlė kenkia socialinei darnai.", "ban_national", "NP"),
    ("Montanoje uždraustas „TikTok“", "Programėlių parduotuvės turės ją pašalinti.", "ban_regional", "US-MT"),
    (
        "LRTK įpareigojo „TikTok“ pašalinti neapykantą kurstančius vaizdo įrašus",
        "Komisija pareikalavo platformos veikti per dvi dienas.",
        "regulatory_order",
        "LT",
    ),
    (
        "VVTAT pradėjo „TikTok“ reklamos patikrinimą",
        "Tarnyba vertins, ar nuomonės formuotojai žymi reklamą.",
        "investigation_opened",
        "LT",
    ),
    (
        "Europos Komisija: „TikTok“ pažeidė Skaitmeninių paslaugų aktą",
        "Komisijos preliminarios išvados rodo, kad reklamų saugykla neišsami.",
        "other",
        "EU",
    ),
    # an EU fine over children's data is the Irish regulator's
    (
        "ES nubaus „TikTok“ už vaikų duomenų pažeidimus",
        "Airijos duomenų apsaugos komisija skyrė 345 mln. eurų baudą.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Latvija riboja prieigą prie „TikTok“ valstybės institucijose",
        "Sprendimą priėmė vyriausybė.",
        "ban_government_devices",
        "LV",
    ),
    # a suspension of the app in the country is a ban; an order to end its business is a wind-up
    ("Albanija metams sustabdė „TikTok“ veiklą", "Premjeras Edi Rama paskelbė apie sprendimą.", "ban_national", "AL"),
    ("Kanada įsakė „TikTok“ nutraukti veiklą šalyje", "Sprendimas priimtas po saugumo peržiūros.", "business_wind_up_order", "CA"),
    ("Teksasas pateikė ieškinį prieš „TikTok“", "Valstija teigia, kad platforma klaidina tėvus.", "lawsuit_by_government", "US-TX"),
    (
        "Europos Komisija ištirs, ar „TikTok“ apsaugo vaikus",
        "Komisija pradėjo oficialią procedūrą.",
        "investigation_opened",
        "EU",
    ),
    # "the government's devices" after the act are the devices, not Lithuania's government
    (
        "JAV uždraudė „TikTok“ vyriausybės įrenginiuose",
        "Sprendimas taikomas federalinėms agentūroms.",
        "ban_government_devices",
        "US",
    ),
    # officials as the source of the news are not whose phones; officials as whom the ban binds are
    ("JAV pareigūnai: „TikTok“ bus uždraustas sekmadienį", "Baltieji rūmai patvirtino terminą.", "ban_national", "US"),
    (
        "JAV uždraudė „TikTok“ federaliniams pareigūnams",
        "Programėlę reikia ištrinti per 30 dienų.",
        "ban_government_devices",
        "US",
    ),
    # a town bans the app on its own devices
    (
        "Vilniaus miesto savivaldybė uždraudė „TikTok“ darbuotojų įrenginiuose",
        "Sprendimas įsigalioja nedelsiant.",
        "ban_government_devices",
        "LT",
    ),
    # the name without quotes, inflected
    ("Teksasas padavė TikToką į teismą", "Valstija teigia, kad programėlė klaidina tėvus.", "lawsuit_by_government", "US-TX"),
]

NOT_NEW = [
    ("Seimo nariai nori uždrausti „TikTok“ Lietuvoje", "Įstatymo projektas bus svarstomas kitą mėnesį.", "proposed_or_threatened"),
    ("Trumpas grasina uždrausti „TikTok“", "Prezidentas svarsto programėlės blokavimą.", "proposed_or_threatened"),
    (
        "Vyriausybė svarsto galimybę uždrausti „TikTok“",
        "Premjerė sakė, kad sprendimas dar nepriimtas.",
        "proposed_or_threatened",
    ),
    (
        "Seimas po pateikimo pritarė „TikTok“ draudimui vaikams",
        "Projektas dar bus svarstomas komitetuose.",
        "proposed_or_threatened",
    ),
    ("Ministras: „TikTok“ reikėtų uždrausti", "Jis ragina Vyriausybę imtis veiksmų.", "proposed_or_threatened"),
    ("Indija panaikino „TikTok“ draudimą", "Programėlė vėl prieinama.", "not_action"),
    ("„TikTok“ grįžta į Indiją", "Vyriausybė panaikino draudimą.", "not_action"),
    ("„TikTok“ Lietuvoje nebus uždraustas, teigia ministras", "Vyriausybė tokio sprendimo neplanuoja.", "not_action"),
    (
        "Europos Komisija skyrė baudą „Meta“",
        "Komisija nubaudė „Facebook“. „TikTok“ taip pat yra akiratyje.",
        "not_action",
    ),
    (
        "Lietuvos Vyriausybė uždraudė „Telegram“ tarnybiniuose telefonuose",
        "Valstybės tarnautojai nebegalės įsidiegti programėlės.",
        "not_action",
    ),
    (
        "„TikTok“ pristato naują funkciją kūrėjams",
        "Programėlė, Indijoje uždrausta nuo 2020 m., toliau auga.",
        "background_only",
    ),
    (
        "Muzikantas reaguoja į „TikTok“ tendenciją",
        "Kaip jau skelbta, JAV pernai priėmė įstatymą, verčiantį „ByteDance“ parduoti „TikTok“.",
        "background_only",
    ),
    ("Teismas užblokavo „TikTok“ draudimą Montanoje", "Federalinis teisėjas sustabdė įstatymo taikymą.", "court_blocks_action"),
    (
        "Konstitucinis Teismas pripažino „TikTok“ draudimą prieštaraujančiu Konstitucijai",
        "Sprendimas galutinis.",
        "court_blocks_action",
    ),
    (
        "„TikTok“ padavė Montanos valstiją į teismą dėl draudimo",
        "Bendrovė pateikė ieškinį federaliniam teismui.",
        "tiktok_challenges_action",
    ),
    ("„TikTok“ apskundė Europos Komisijos sprendimą", "Bendrovė kreipėsi į ES Bendrąjį Teismą.", "tiktok_challenges_action"),
    # a suit by parents is no act of government
    ("Tėvai padavė „TikTok“ į teismą po dukters mirties", "Ieškinys pateiktas teismui Pensilvanijoje.", "not_action"),
    # TikTok deleting accounts, banning ads or limiting minors is its own moderation
    ("„TikTok“ ištrynė šimtus netikrų paskyrų prieš rinkimus", "Bendrovė užblokavo ir kitus profilius.", "not_action"),
    ("„TikTok“ uždraudė politines reklamas prieš rinkimus", "Bendrovė paskelbė naujas taisykles.", "not_action"),
    ("„TikTok“ riboja prieigą nepilnamečiams vakarais", "Platforma diegia naujas funkcijas.", "not_action"),
    # a deadline pushed back is no ban
    (
        "D. Trumpo administracija atidėjo „TikTok“ draudimo terminą",
        "Prezidentas pasirašė įsaką, pratęsiantį terminą 75 dienoms.",
        "not_action",
    ),
    # Beijing criticising an earlier ban takes no act
    (
        "Kinijos užsienio reikalų ministerija sukritikavo JAV „TikTok“ draudimą",
        "Pekinas jį pavadino nesąžiningu.",
        "background_only",
    ),
    # the police investigating a death or threats posted on the app, or a creator fined: no act against TikTok
    ("Policija tiria „TikTok“ iššūkio aukos mirtį", "Berniukas atvežtas į ligoninę.", "not_action"),
    ("Pradėtas ikiteisminis tyrimas dėl grasinimų „TikTok“ platformoje", "Policija ieško įrašo autoriaus.", "not_action"),
    ("„TikTok“ žvaigždė nubausta už greičio viršijimą", "Policija skyrė 300 eurų baudą.", "not_action"),
    # "tyrimas" is also a study: a study's findings are no investigation
    (
        "Naujas tyrimas: lietuviai „TikTok“ praleidžia dvi valandas per dieną",
        "Atlikto tyrimo duomenimis, jaunimas programėle naudojasi kasdien.",
        "not_action",
    ),
    ("„TikTok“ prieš dvejus metus gavo 345 mln. eurų baudą", "Dabar bendrovė keičia taisykles.", "background_only"),
    ("Apklausa: dauguma lietuvių pritaria „TikTok“ draudimui", "Apklausoje dalyvavo 1000 respondentų.", "not_action"),
    ("Kuriose šalyse „TikTok“ uždraustas?", "Aiškinamės, kur programėlė užblokuota.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("lt", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("lt", title, text, label)


def test_the_government_under_a_headline_says_who_acted() -> None:
    text = "Vyriausybė antradienį uždraudė programėlę visų ministerijų įrenginiuose. Sprendimas įsigalioja nedelsiant."
    a = analyze_article("Naujienos apie „TikTok“", text, "2025-03-01", None, "lt")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction, a.actions[0].actor) == (
        "ban_government_devices",
        "LT",
        "Government of Lithuania",
    )


def test_a_foreign_ministry_is_not_lithuanias() -> None:
    a = analyze_article("JAV teisingumo departamentas padavė „TikTok“ į teismą", "Ieškinys pateiktas.", "2025-03-01", None, "lt")
    assert a.actions[0].actor == "US Department of Justice"


def test_a_date_and_an_initial_do_not_end_the_sentence() -> None:
    text = "2025 m. kovo 4 d. G. Paluckas pranešė: Vyriausybė uždraudė „TikTok“ visuose valstybės tarnautojų telefonuose."
    a = analyze_article(None, text, "2025-03-05", None, "lt")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "LT")
