"""Latvian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_label, assert_new_action

NEW = [
    ("Indija aizliedz TikTok un vēl 58 Ķīnas lietotnes", "Indijas valdība bloķēja lietotni visā valstī.", "ban_national", "IN"),
    (
        "Īrijas regulators uzliek TikTok 530 miljonu eiro naudassodu",
        "DPC secināja, ka lietotne sūtīja Eiropas lietotāju datus uz Ķīnu.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Eiropas Komisija sāk formālu izmeklēšanu pret TikTok",
        "Brisele pārbaudīs, vai platforma ievēro Digitālo pakalpojumu aktu.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanāda liek likvidēt TikTok meitasuzņēmumu",
        "Valdība Otavā uzdeva slēgt birojus Toronto un Vankūverā.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Teksasa iesūdz TikTok tiesā par bērnu datu vākšanu",
        "Štata ģenerālprokurors iesniedza prasību pret platformu.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "ASV Tieslietu ministrija iesūdz TikTok par bērnu privātuma pārkāpumiem",
        "Prasība iesniegta federālajā tiesā Kalifornijā.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Baidens parakstīja likumu, kas liek ByteDance pārdot TikTok",
        "ASV prezidents likumu parakstīja trešdien.",
        "law_enacted",
        "US",
    ),
    (
        "Latvijas valdība aizliedz izmantot TikTok dienesta tālruņos",
        "Ierēdņi lietotni vairs nedrīkstēs instalēt.",
        "ban_government_devices",
        "LV",
    ),
    (
        "Ārlietu ministrija aizliedz TikTok darba ierīcēs",
        "Lietotne jānoņem no visiem viedtālruņiem, kuros ir piekļuve ministrijas e-pastam.",
        "ban_government_devices",
        "LV",
    ),
    (
        "Datu valsts inspekcija piemēro TikTok sodu",
        "Inspekcija konstatēja, ka platforma nepietiekami aizsargā bērnu datus.",
        "fine_or_penalty",
        "LV",
    ),
    (
        "Saeima galīgajā lasījumā pieņēma likumu, kas ierobežo TikTok lietošanu skolās",
        "Likums stāsies spēkā 1. septembrī.",
        "law_enacted",
        "LV",
    ),
    ("Nepāla bloķē TikTok", "Valdība norāda, ka lietotne grauj sociālo harmoniju.", "ban_national", "NP"),
    ("Montānā aizliegts TikTok", "Lietotņu veikaliem tā jāizņem no piedāvājuma.", "ban_regional", "US-MT"),
    (
        "NEPLP uzdod TikTok izņemt naida runas video",
        "Padome pieprasīja platformai rīkoties divu dienu laikā.",
        "regulatory_order",
        "LV",
    ),
    (
        "PTAC sāk pārbaudi par TikTok reklāmām",
        "Centrs vērtēs, vai ietekmētāji marķē reklāmu.",
        "investigation_opened",
        "LV",
    ),
    (
        "Eiropas Komisija: TikTok pārkāpis Digitālo pakalpojumu aktu",
        "Komisijas sākotnējie secinājumi liecina, ka reklāmu repozitorijs ir nepilnīgs.",
        "other",
        "EU",
    ),
    # an EU fine over children's data is the Irish regulator's
    (
        "ES sodīs TikTok par bērnu datu pārkāpumiem",
        "Īrijas datu aizsardzības komisija uzlika 345 miljonu eiro sodu.",
        "fine_or_penalty",
        "IE",
    ),
    ("Lietuva ierobežo piekļuvi TikTok valsts iestādēs", "Lēmumu pieņēma valdība.", "ban_government_devices", "LT"),
    # a suspension of the app in the country is a ban; an order to close down is a wind-up
    ("Albānija uz gadu aptur TikTok darbību", "Premjerministrs Edi Rama paziņoja par lēmumu.", "ban_national", "AL"),
    ("Kanāda pavēl TikTok slēgt darbību valstī", "Lēmumu pieņēma pēc drošības pārbaudes.", "business_wind_up_order", "CA"),
    # the name in quotes, as Latvian news writes it: a claim against TikTok is the state's
    ('Teksasa iesniedza prasību pret "TikTok"', "Štats apgalvo, ka platforma maldina vecākus.", "lawsuit_by_government", "US-TX"),
    (
        "Eiropas Komisija izmeklēs, vai TikTok aizsargā bērnus",
        "Komisija sāka formālu procesu.",
        "investigation_opened",
        "EU",
    ),
    # "the government's devices" after the act are the devices, not Latvia's government
    ("ASV aizliedz TikTok valdības ierīcēs", "Lēmums attiecas uz federālajām aģentūrām.", "ban_government_devices", "US"),
    # officials as the source of the news are not whose phones; officials as whom the ban binds are
    ("ASV ierēdņi: TikTok tiks aizliegts svētdien", "Baltais nams apstiprināja termiņu.", "ban_national", "US"),
    ("ASV aizliedz TikTok federālajiem ierēdņiem", "Lietotne jādzēš 30 dienu laikā.", "ban_government_devices", "US"),
    # a town bans the app on its own devices
    ("Rīgas dome aizliedz TikTok darbinieku ierīcēs", "Lēmums stājas spēkā nekavējoties.", "ban_government_devices", "LV"),
]

NOT_NEW = [
    ("Deputāti vēlas aizliegt TikTok Latvijā", "Likumprojekts tiks izskatīts nākammēnes.", "proposed_or_threatened"),
    ("Tramps draud aizliegt TikTok", "Prezidents apsver lietotnes bloķēšanu.", "proposed_or_threatened"),
    ("Valdība apsver iespēju aizliegt TikTok", "Premjerministre sacīja, ka lēmums vēl nav pieņemts.", "proposed_or_threatened"),
    (
        "Saeima pirmajā lasījumā atbalsta TikTok ierobežojumus bērniem",
        "Likumprojekts vēl jāapstiprina divos lasījumos.",
        "proposed_or_threatened",
    ),
    ("Indija atceļ TikTok aizliegumu", "Lietotne atkal pieejama.", "not_action"),
    ("TikTok atgriežas Indijā", "Valdība atcēla aizliegumu.", "not_action"),
    ("TikTok Latvijā netiks aizliegts, paziņo ministrs", "Valdība šādu lēmumu neplāno.", "not_action"),
    ("Eiropas Komisija uzliek sodu Meta", "Komisija sodīja Facebook. Arī TikTok ir uzmanības lokā.", "not_action"),
    ("Latvijas valdība aizliedz Telegram dienesta tālruņos", "Ierēdņi lietotni vairs nedrīkstēs instalēt.", "not_action"),
    (
        "TikTok ievieš jaunu funkciju satura veidotājiem",
        "Lietotne, kas Indijā aizliegta kopš 2020. gada, turpina augt.",
        "background_only",
    ),
    (
        "Mūziķis reaģē uz TikTok tendenci",
        "Kā jau ziņots, ASV pērn pieņēma likumu, kas liek ByteDance pārdot TikTok.",
        "background_only",
    ),
    ("Tiesa bloķē TikTok aizliegumu Montānā", "Federālais tiesnesis apturēja likuma piemērošanu.", "court_blocks_action"),
    (
        "Satversmes tiesa atzīst TikTok aizliegumu par antikonstitucionālu",
        "Lēmums ir galīgs.",
        "court_blocks_action",
    ),
    ("TikTok iesūdz Montānas štatu par aizliegumu", "Uzņēmums iesniedza prasību federālajā tiesā.", "tiktok_challenges_action"),
    ('"TikTok" iesūdz Montānas štatu par aizliegumu', "Uzņēmums vērsās federālajā tiesā.", "tiktok_challenges_action"),
    ("TikTok pārsūdz Eiropas Komisijas lēmumu", "Uzņēmums vērsās ES Vispārējā tiesā.", "tiktok_challenges_action"),
    # a suit by parents is no act of government
    ("Vecāki iesūdz TikTok tiesā pēc meitas nāves", "Prasība iesniegta tiesā Pensilvānijā.", "not_action"),
    # TikTok deleting accounts or blocking profiles is its own moderation
    ("TikTok izdzēsa simtiem viltotu kontu pirms vēlēšanām", "Uzņēmums bloķēja arī citus profilus.", "not_action"),
    # a deadline pushed back is no ban
    (
        "Trampa administrācija atliek TikTok aizlieguma termiņu",
        "Prezidents parakstīja rīkojumu, kas pagarina termiņu par 75 dienām.",
        "not_action",
    ),
    # Beijing criticising an earlier ban takes no act
    ("Ķīnas Ārlietu ministrija kritizē ASV aizliegumu TikTok", "Pekina to nosauca par negodīgu.", "background_only"),
    # the police investigating a death or threats posted on the app, or a creator fined: no act against TikTok
    ("Policija izmeklē TikTok izaicinājumā cietušā zēna nāvi", "Zēns tika nogādāts slimnīcā.", "not_action"),
    ("Valsts policija sāk kriminālprocesu par draudiem TikTok video", "Policija noskaidro video autoru.", "not_action"),
    ("TikTok zvaigzne sodīta par ātruma pārsniegšanu", "Policija viņai piesprieda 300 eiro sodu.", "not_action"),
    ("TikTok saņēma 345 miljonu eiro sodu pirms diviem gadiem", "Tagad uzņēmums maina noteikumus.", "background_only"),
    ("Saeimas deputāts: TikTok jābloķē", "Viņš uzskata, ka platforma apdraud drošību.", "proposed_or_threatened"),
    ("Aptauja: vairums latviešu atbalsta TikTok aizliegumu", "Aptaujā piedalījās 1000 respondentu.", "not_action"),
    ("Kurās valstīs TikTok ir aizliegts?", "Skaidrojam, kur lietotne bloķēta.", "not_action"),
    # the platform's own rules and features are no government act
    ("TikTok aizliedz politiskās reklāmas pirms vēlēšanām", "Uzņēmums paziņoja par jauniem noteikumiem.", "not_action"),
    ("TikTok ierobežo piekļuvi nepilngadīgajiem vakaros", "Platforma ievieš jaunas funkcijas.", "not_action"),
    ("TikTok sāk pārbaudīt lietotāju vecumu", "Uzņēmums ievieš jaunu rīku.", "not_action"),
    # a call for a ban is not a ban
    ("Ministrs: TikTok ir jāaizliedz", "Viņš aicina valdību rīkoties.", "proposed_or_threatened"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("lv", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("lv", title, text, label)


def test_the_government_under_a_headline_says_who_acted() -> None:
    text = "Valdība otrdien aizliedza lietotni visās ministriju ierīcēs. Lēmums stājas spēkā nekavējoties."
    a = analyze_article("Jaunas ziņas par TikTok", text, "2025-03-01", None, "lv")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction, a.actions[0].actor) == (
        "ban_government_devices",
        "LV",
        "Government of Latvia",
    )


def test_a_foreign_ministry_is_not_latvias() -> None:
    a = analyze_article("ASV Tieslietu ministrija iesūdz TikTok", "Prasība iesniegta Kalifornijā.", "2025-03-01", None, "lv")
    assert a.actions[0].actor == "US Department of Justice"


def test_the_pronoun_es_is_not_the_eu() -> None:
    pack = load_pack("lv")
    assert all(code != "EU" for _, code in pack.find_places("Es domāju, ka tas ir bīstami."))
    assert any(code == "EU" for _, code in pack.find_places("ES dalībvalstis vienojās."))


def test_a_date_does_not_end_the_sentence() -> None:
    text = "Ministru kabinets 2025. gada 4. martā aizliedza TikTok visās valsts pārvaldes ierīcēs."
    a = analyze_article(None, text, "2025-03-05", None, "lv")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "LV")
