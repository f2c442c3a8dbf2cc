"""The Estonian pack: new acts of each type, and the hard negatives next to their positive twins.

Every phrasing here was written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action, assert_places, assert_twins

NEW = [
    ("Nepal keelas TikToki kogu riigis", "Nepali valitsus käskis operaatoritel rakendusele juurdepääsu tõkestada.", "ban_national", "NP"),
    (
        "Iiri andmekaitsekomisjon määras TikTokile 530 miljoni euro suuruse trahvi",
        "Komisjoni hinnangul saatis rakendus Euroopa kasutajate andmeid Hiinasse.",
        "fine_or_penalty",
        "IE",
    ),
    # "the EU fined" under the GDPR: Ireland's regulator acted
    ("EL trahvis TikToki 345 miljoni euroga", "Trahv puudutab laste isikuandmete töötlemist.", "fine_or_penalty", "IE"),
    (
        "Euroopa Komisjon algatas TikToki suhtes ametliku menetluse",
        "Komisjon uurib, kas platvorm on rikkunud digiteenuste määrust.",
        "investigation_opened",
        "EU",
    ),
    (
        "Andmekaitse Inspektsioon algatas TikToki suhtes järelevalvemenetluse",
        "Menetlus puudutab Eesti kasutajate andmete töötlemist.",
        "investigation_opened",
        "EE",
    ),
    (
        "Kanada kohustas TikToki lõpetama tegevuse riigis",
        "Ottawa käskis ettevõttel sulgeda oma kontorid Torontos ja Vancouveris.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas kaebas TikToki kohtusse laste andmete pärast",
        "Osariigi peaprokurör esitas ettevõtte vastu hagi.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # the passive: TikTok was sued (not TikTok suing)
    ("TikTok kaevati Texases kohtusse", "Osariigi prokurör esitas hagi teisipäeval.", "lawsuit_by_government", "US-TX"),
    ("Utah' osariik kaebas TikToki kohtusse", "Hagi kohaselt tekitab rakendus lastes sõltuvust.", "lawsuit_by_government", "US-UT"),
    (
        "Biden allkirjastas seaduse, mis sunnib ByteDance'i TikToki maha müüma",
        "President kinnitas seaduse kolmapäeval.",
        "law_enacted",
        "US",
    ),
    (
        "Riigikogu võttis vastu seaduse, mis keelab TikToki-laadsed platvormid alla 15-aastastele",
        "Seadus jõustub järgmise aasta alguses.",
        "law_enacted",
        "EE",
    ),
    (
        "Trumpi administratsioon käskis ByteDance'il TikToki maha müüa",
        "Korralduse järgi peab tehing olema tehtud 90 päeva jooksul.",
        "divestiture_order",
        "US",
    ),
    ("TTJA tegi TikTokile ettekirjutuse", "Ameti hinnangul pole platvorm oma kohustusi täitnud.", "regulatory_order", "EE"),
    (
        "Euroopa Komisjon kohustas TikToki peatama TikTok Lite'i tasustamisprogrammi",
        "Otsus kehtib menetluse ajaks.",
        "regulatory_order",
        "EU",
    ),
    (
        "Andmekaitse Inspektsioon määras TikTokile trahvi",
        "Otsus puudutab alaealiste kasutajate andmete töötlemist.",
        "fine_or_penalty",
        "EE",
    ),
    ("Välisministeerium keelas TikToki töötelefonides", "Keeld puudutab kõiki ministeeriumi töötajaid.", "ban_government_devices", "EE"),
    (
        "Riigikogu keelab TikToki kasutamise saadikute tööseadmetes",
        "Rakendus tuleb telefonidest eemaldada veebruari lõpuks.",
        "ban_government_devices",
        "EE",
    ),
    (
        "Valitsus keelas TikToki riigiametnike telefonides",
        "Riigi Infosüsteemi Amet eemaldab rakenduse tsentraalselt hallatavatest seadmetest.",
        "ban_government_devices",
        "EE",
    ),
    ("Kaitsevägi keelas ajateenijatel TikToki kasutamise", "Keeld puudutab kogu teenistusaega.", "ban_government_devices", "EE"),
    ("USA apellatsioonikohus kinnitas TikToki keelu", "", "other", "US"),
    # a headline ban, and the first lead sentence says whose devices
    ("Taani keelab TikToki", "Rakendust ei tohi enam paigaldada kaitseministeeriumi töötelefonidesse.", "ban_government_devices", "DK"),
    # a foreign ministry named with its country's name is that country's
    ("Läti välisministeerium keelas TikToki töötelefonides", "Otsus jõustus kohe.", "ban_government_devices", "LV"),
    ("Saksa kaitseministeerium keelas TikToki ametitelefonides", "Otsus jõustus kohe.", "ban_government_devices", "DE"),
    # the passive with a place in the inessive
    ("Albaanias keelati TikTok aastaks", "Peaminister Edi Rama põhjendas otsust noortevahelise vägivallaga.", "ban_national", "AL"),
    ("Montana keelas TikToki kogu osariigis", "Kuberner allkirjastas seaduse kolmapäeval.", "ban_regional", "US-MT"),
    ("Kõrgõzstan blokeeris TikToki", "Kultuuriministeeriumi sõnul kahjustab rakendus laste arengut.", "ban_national", "KG"),
    (
        "Itaalia konkurentsiamet trahvis TikToki 10 miljoni euroga",
        "Otsus puudutab ohtlikke väljakutseid.",
        "fine_or_penalty",
        "IT",
    ),
    (
        "Komisjon: TikTok rikkus digiteenuste määrust",
        "Komisjoni esialgsete järelduste kohaselt on reklaamiregister puudulik.",
        "other",
        "EU",
    ),
    ("Albaania valitsus sulges TikToki aastaks", "Otsus jõustus esmaspäeval.", "ban_national", "AL"),
    ("Texas keelab TikToki osariigi seadmetes", "Keeld puudutab kõiki osariigi töötajaid.", "ban_government_devices", "US-TX"),
    ("USA justiitsministeerium kaebas TikToki kohtusse", "Hagi puudutab laste andmete kogumist.", "lawsuit_by_government", "US"),
    (
        "Justiitsministeerium esitas TikToki vastu hagi",
        "Ministeeriumi hinnangul rikub platvorm tarbijakaitseseadust.",
        "lawsuit_by_government",
        "EE",
    ),
    (
        "Kaitseminister Hanno Pevkur keelas TikToki kaitseministeeriumi telefonides",
        "Keeld jõustus kohe.",
        "ban_government_devices",
        "EE",
    ),
    ("Konkurentsiamet alustas TikToki uurimist", "Amet kontrollib reklaamitingimusi.", "investigation_opened", "EE"),
    ("Euroopa Komisjon saatis TikTokile teabenõude", "Komisjon soovib andmeid valimisriskide kohta.", "regulatory_order", "EU"),
    # the court turning down TikTok's own suit keeps the act in force
    ("Euroopa Liidu Kohus lükkas tagasi TikToki hagi", "Kohtu otsus on lõplik.", "other", "EU"),
    # a law "that may ban" TikTok, signed: the signing is the act
    ("Biden allkirjastas seaduse, mis võib TikToki keelata", "", "law_enacted", "US"),
    # a supreme court keeping the law in force is an act of its own
    ("USA ülemkohus jättis TikToki seaduse jõusse", "Seadus jõustub pühapäeval.", "other", "US"),
]

NOT_NEW = [
    # proposals, threats, bills, a vote to come, the conditional, a question
    ("Valitsus kaalub TikToki keelamist riigiametnike telefonides", "Otsus võib tulla kevadel.", "proposed_or_threatened"),
    ("Riigikogu liikmed nõuavad TikToki keelustamist Eestis", "Eelnõu plaanitakse esitada sügisel.", "proposed_or_threatened"),
    ("Trump ähvardab TikToki keelata", "President kaalub rakenduse blokeerimist.", "proposed_or_threatened"),
    (
        "TikTokile võib EL-is tulla hiigeltrahv",
        "Komisjon võib määrata trahvi, mis ulatub kuue protsendini käibest.",
        "proposed_or_threatened",
    ),
    ("Seadus keelaks TikToki alaealistel", "Eelnõu jõuab Riigikogu saali kevadel.", "proposed_or_threatened"),
    ("Kas Eesti keelab TikToki?", "Teemat arutatakse Riigikogus.", "proposed_or_threatened"),
    ("Riigikogu hääletab TikToki keelu üle järgmisel nädalal", "Keelu pooldajaid on kõigis erakondades.", "proposed_or_threatened"),
    ("Esindajatekoda kiitis heaks TikToki sundmüügi eelnõu", "Senat hääletab eelnõu üle hiljem.", "proposed_or_threatened"),
    # lifted, postponed, back in the stores
    ("India tühistas TikToki keelu", "Rakendus on taas alla laaditav.", "not_action"),
    ("Nepali valitsus tühistas TikToki keelu", "Rakendus on jälle kasutatav.", "not_action"),
    ("TikTok naaseb USA-sse", "Trump lükkas keelu jõustumise 75 päeva võrra edasi.", "not_action"),
    ("Trump allkirjastas korralduse, mis lükkab TikToki keelu edasi", "Korraldus annab ettevõttele 75 päeva lisaaega.", "not_action"),
    # an act against another company
    (
        "Komisjon trahvis Metat 800 miljoni euroga",
        "Facebooki emaettevõte rikkus konkurentsireegleid. Ka TikTok on komisjoni vaatluse all.",
        "not_action",
    ),
    (
        "Venemaa blokeeris Telegrami",
        "Roskomnadzori sõnul ei eemaldanud teenus ebaseaduslikku sisu. TikTok on riigis endiselt kasutatav.",
        "not_action",
    ),
    # a past ban recalled, bans listed, a reaction to a ban already in force
    ("TikTok avaldas uue funktsiooni", "Indias alates 2020. aastast keelatud rakendus kasvab mujal edasi.", "background_only"),
    ("TikTok on juba mitmes riigis keelatud", "Rakendus on eemaldatud paljude valitsuste telefonidest.", "background_only"),
    ("Hiina mõistis USA TikToki keelu hukka", "Välisministeeriumi sõnul on keeld ebaõiglane.", "background_only"),
    # a court blocks the act; TikTok goes to court or refuses
    ("Kohtunik peatas Montana TikToki keelu", "Föderaalkohus peatas seaduse jõustumise.", "court_blocks_action"),
    ("TikTok kaebas Montana keelu pärast kohtusse", "Ettevõtte sõnul rikub seadus sõnavabadust.", "tiktok_challenges_action"),
    (
        "TikTok kaebab 345 miljoni euro suuruse trahvi edasi",
        "Ettevõte viib otsuse Iirimaa kõrgemasse kohtusse.",
        "tiktok_challenges_action",
    ),
    ("TikTok keeldus trahvi maksmast", "Ettevõte kaebab otsuse edasi.", "tiktok_challenges_action"),
    ("TikTok vaidlustas USA keelu kohtus", "Ettevõte palub kohtul seaduse jõustumise peatada.", "tiktok_challenges_action"),
    # negation, moderation, private plaintiffs, opinion
    ("Eesti ei kavatse TikToki keelata", "Ministri sõnul pole keelamiseks alust.", "not_action"),
    ("TikTok blokeeris enne valimisi tuhandeid võltskontosid", "Platvorm kustutas ka mitu profiili.", "not_action"),
    ("TikTok keelab poliitilised reklaamid", "Uus reegel jõustub järgmisel kuul.", "not_action"),
    (
        "Vanemad kaebasid TikToki Prantsusmaal kohtusse",
        "Perede sõnul puutusid lapsed rakenduses kokku kahjuliku sisuga.",
        "not_action",
    ),
    ("Arvamus: Eesti peab TikToki riigitelefonides keelama", "Rakendus on julgeolekurisk.", "not_action"),
    # a class action is a private suit
    ("Hollandis esitati TikToki vastu ühishagi", "Hagi esitajad nõuavad kahjutasu.", "not_action"),
    # researchers and newsrooms investigate TikTok too; a security service warning is no act
    ("Teadlased uurivad TikToki mõju noortele", "Tulemused avaldatakse kevadel.", "not_action"),
    ("ERR uuris TikToki algoritmi", "Uuringu järgi eelistab rakendus äärmuslikku sisu.", "not_action"),
    ("Kaitsepolitsei hoiatab TikToki kasutamise eest", "KAPO sõnul võivad andmed jõuda Hiinasse.", "not_action"),
    # "keel" is also "language": "keelt", "keelte", "keelde" are not a ban
    ("TikTok lisab eesti keele toe", "Uuendus toob ka läti keelt ja vene keelde tõlgitud subtiitrid mitmes keeles.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("et", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("et", title, text, label)


# Each hard negative next to its positive twin: the same story, with the one word that decides.
TWINS = [
    # proposal / adopted
    ("Valitsus kaalub TikToki keelamist riigiametnike telefonides", "Valitsus keelas TikToki riigiametnike telefonides"),
    # lifted / imposed
    ("India tühistas TikToki keelu", "India kehtestas TikToki keelu"),
    # another company / TikTok
    ("Komisjon trahvis Metat 800 miljoni euroga", "Komisjon trahvis TikToki 800 miljoni euroga"),
    # court blocks / court upholds
    ("Kohtunik peatas Montana TikToki keelu", "Kohtunik jättis Montana TikToki keelu jõusse"),
    # TikTok sues / a state sues
    ("TikTok kaebas Montana kohtusse", "Montana kaebas TikToki kohtusse"),
    # negated / done
    ("Eesti ei kavatse TikToki keelata", "Eesti keelab TikToki riigiametnike telefonides"),
    # a past ban recalled / a ban as news
    ("TikTok on juba mitmes riigis keelatud", "TikTok keelati Nepalis"),
    # the platform's own rule / a government's ban
    ("TikTok keelab poliitilised reklaamid", "Valitsus keelab TikToki"),
]


@pytest.mark.parametrize(("negative", "positive"), TWINS)
def test_each_negative_has_a_positive_twin(negative: str, positive: str) -> None:
    assert_twins("et", negative, positive)


def test_a_past_ban_recalled_in_the_body_and_the_same_ban_as_news() -> None:
    title = "TikTok avaldas uue funktsiooni"
    recalled = analyze_article(title, "Indias alates 2020. aastast keelatud rakendus kasvab mujal.", "2025-03-01", None, "et")
    assert recalled.label == "background_only", recalled.actions
    news = analyze_article(title, "Nepal keelas esmaspäeval TikToki kogu riigis.", "2025-03-01", None, "et")
    assert news.label == "new_action", news.actions
    assert news.actions[0].jurisdiction == "NP"


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("Tallinna linnavalitsus keelas TikToki töötajate telefonides", "Municipality of Tallinn"),
        ("Tartu linnavalitsus keelas TikToki töötelefonides", "Municipality of Tartu"),
        ("Viimsi vallavalitsus keelab TikToki", "Municipality of Viimsi"),
        ("Pärnu linn keelas TikToki ametnike telefonides", "Municipality of Pärnu"),
    ],
)
def test_a_municipality_acts_for_itself_on_its_own_devices(title: str, actor: str) -> None:
    assert_new_action("et", title, "Otsus puudutab kõiki töötajaid.", "ban_government_devices", "EE", actor=actor)


def test_two_towns_are_two_actors() -> None:
    first = analyze_article("Narva linnavalitsus keelas TikToki töötelefonides", "", "2025-03-01", None, "et")
    second = analyze_article("Rakvere linnavalitsus keelas TikToki töötelefonides", "", "2025-03-01", None, "et")
    assert first.actions[0].actor != second.actions[0].actor


def test_a_ministry_quoted_as_a_source_is_not_estonias_actor() -> None:
    # "välisministeeriumi teatel" (according to the foreign ministry) in a story about another country
    assert_new_action("et", None, "Välisministeeriumi teatel keelas Nepal esmaspäeval TikToki.", code="NP")


def test_officials_as_a_source_do_not_make_a_device_ban() -> None:
    assert_new_action("et", "Nepal keelas TikToki", "Ametnike sõnul jõustus keeld kohe.", "ban_national")


def test_a_poll_is_not_an_act() -> None:
    assert_no_new_action("et", "Küsitlus: iga teine eestlane keelaks TikToki", "Toetus on suurim lapsevanemate seas.")


def test_the_pack_loads_and_reads_inflected_country_names() -> None:
    assert_places("et", "USA-s, Eestis, Indias, Iirimaa ja Ühendriikidest", ["US", "EE", "IN", "IE", "US"])
