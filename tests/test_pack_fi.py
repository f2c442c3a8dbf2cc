"""Finnish pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action, assert_places, assert_twins

NEW = [
    ("Nepal kieltää TikTokin koko maassa", "Nepalin hallitus määräsi operaattorit estämään pääsyn sovellukseen.", "ban_national", "NP"),
    (
        "Irlannin tietosuojaviranomainen määräsi TikTokille 530 miljoonan euron sakot",
        "Viranomaisen mukaan sovellus siirsi eurooppalaisten käyttäjien tietoja Kiinaan.",
        "fine_or_penalty",
        "IE",
    ),
    # "the EU fined" under the GDPR: Ireland's regulator acted
    (
        "EU sakotti TikTokia 530 miljoonalla eurolla",
        "Sakko liittyy käyttäjätietojen siirtämiseen Kiinaan tietosuoja-asetuksen vastaisesti.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Euroopan komissio aloitti virallisen menettelyn TikTokia vastaan",
        "Komissio selvittää, onko palvelu rikkonut digipalvelusäädöstä.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada määräsi TikTokin lopettamaan toimintansa maassa",
        "Ottawan hallitus käski yhtiötä sulkemaan toimistonsa Torontossa ja Vancouverissa.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas haastoi TikTokin oikeuteen lasten suojelun laiminlyönnistä",
        "Osavaltion oikeusministeri nosti kanteen yhtiötä vastaan.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # the passive: TikTok was sued (not TikTok suing)
    ("TikTok haastettiin oikeuteen Texasissa", "Osavaltion syyttäjä nosti kanteen tiistaina.", "lawsuit_by_government", "US-TX"),
    (
        "Biden allekirjoitti lain, joka pakottaa ByteDancen myymään TikTokin",
        "Presidentti vahvisti lain keskiviikkona.",
        "law_enacted",
        "US",
    ),
    (
        "Eduskunta hyväksyi lain, joka kieltää TikTokin kaltaiset palvelut alle 15-vuotiailta",
        "Laki tulee voimaan ensi vuoden alussa.",
        "law_enacted",
        "FI",
    ),
    (
        "Trumpin hallinto määräsi ByteDancen myymään TikTokin",
        "Määräyksen mukaan kaupan on oltava valmis 90 päivässä.",
        "divestiture_order",
        "US",
    ),
    ("Traficom määräsi TikTokille uhkasakon", "Viraston mukaan palvelu ei ole noudattanut velvoitteitaan.", "regulatory_order", "FI"),
    (
        "Komissio määräsi TikTokin keskeyttämään TikTok Lite -sovelluksen palkkio-ohjelman",
        "Päätös on voimassa tutkinnan ajan.",
        "regulatory_order",
        "EU",
    ),
    (
        "Tietosuojavaltuutetun seuraamuskollegio määräsi TikTokille seuraamusmaksun",
        "Päätös koskee alaikäisten käyttäjien tietojen käsittelyä.",
        "fine_or_penalty",
        "FI",
    ),
    (
        "Tietosuojavaltuutettu aloitti selvityksen TikTokin tiedonsiirroista",
        "Selvitys koskee suomalaisten käyttäjien tietoja.",
        "investigation_opened",
        "FI",
    ),
    ("Ulkoministeriö kielsi TikTokin virkapuhelimissa", "Kielto koskee kaikkia ministeriön työntekijöitä.", "ban_government_devices", "FI"),
    (
        "Eduskunta estää TikTokin käytön kansanedustajien työpuhelimissa",
        "Sovellus on poistettava laitteilta helmikuun loppuun mennessä.",
        "ban_government_devices",
        "FI",
    ),
    (
        "Hallitus kieltää TikTokin ministeriöiden puhelimissa",
        "Valtioneuvoston kanslia ohjeisti virkamiehiä poistamaan sovelluksen.",
        "ban_government_devices",
        "FI",
    ),
    (
        "Valtioneuvosto ohjeisti poistamaan TikTokin virkapuhelimista",
        "Ohje koskee ministereitä ja ministeriöiden henkilökuntaa.",
        "ban_government_devices",
        "FI",
    ),
    ("Puolustusvoimat kielsi TikTokin varusmiehiltä", "Kielto koskee palvelusaikaa.", "ban_government_devices", "FI"),
    # a headline ban, and the first lead sentence says whose devices
    ("Tanska kieltää TikTokin", "Sovellusta ei saa enää asentaa puolustusministeriön työpuhelimiin.", "ban_government_devices", "DK"),
    # a foreign ministry named with its country's genitive is that country's
    ("Ruotsin ulkoministeriö kielsi TikTokin työpuhelimissa", "Päätös tuli voimaan heti.", "ban_government_devices", "SE"),
    # the passive with a place in the locative
    ("Albaniassa kiellettiin TikTok vuodeksi", "Pääministeri Edi Rama perusteli päätöstä nuorten väkivallalla.", "ban_national", "AL"),
    ("Montana kielsi TikTokin koko osavaltiossa", "Kuvernööri allekirjoitti lain keskiviikkona.", "ban_regional", "US-MT"),
    ("Kirgisia estää TikTokin", "Kulttuuriministeriön mukaan sovellus haittaa lasten kehitystä.", "ban_national", "KG"),
    (
        "Italian kilpailuviranomainen sakotti TikTokia 10 miljoonalla eurolla",
        "Päätös koskee vaarallisia haasteita.",
        "fine_or_penalty",
        "IT",
    ),
    ("Utahin osavaltio haastoi TikTokin oikeuteen", "Syytteen mukaan sovellus koukuttaa lapsia.", "lawsuit_by_government", "US-UT"),
    (
        "Komissio: TikTok rikkoi digipalvelusäädöstä",
        "Komission alustavien havaintojen mukaan mainoskirjasto on puutteellinen.",
        "other",
        "EU",
    ),
    # a supreme court keeping the law in force is an act of its own
    ("Yhdysvaltain korkein oikeus pysytti TikTok-lain voimassa", "Laki astuu voimaan sunnuntaina.", "other", "US"),
]

NOT_NEW = [
    # proposals, threats, bills, a vote to come, the conditional mood, a question
    ("Hallitus harkitsee TikTokin kieltämistä virkapuhelimissa", "Päätös voi tulla kevään aikana.", "proposed_or_threatened"),
    ("Kansanedustajat vaativat TikTok-kieltoa Suomessa", "Lakialoite on tarkoitus jättää eduskunnalle syksyllä.", "proposed_or_threatened"),
    ("Trump uhkaa kieltää TikTokin", "Presidentti harkitsee sovelluksen estämistä.", "proposed_or_threatened"),
    ("TikTokia uhkaa jättisakko EU:ssa", "Komissio voi määrätä sakon, joka on kuusi prosenttia liikevaihdosta.", "proposed_or_threatened"),
    ("Laki kieltäisi TikTokin alaikäisiltä", "Esitys menee eduskunnan käsittelyyn keväällä.", "proposed_or_threatened"),
    ("Kielletäänkö TikTok Suomessa?", "Asiasta keskustellaan eduskunnassa.", "proposed_or_threatened"),
    ("Eduskunta äänestää TikTok-kiellosta ensi viikolla", "Kiellon kannattajia on kaikissa puolueissa.", "proposed_or_threatened"),
    (
        "Edustajainhuone hyväksyi TikTokin myyntipakkoa koskevan lakiesityksen",
        "Senaatti äänestää asiasta myöhemmin.",
        "proposed_or_threatened",
    ),
    # lifted, postponed, back in the stores
    ("Intia kumosi TikTok-kiellon", "Sovellus on jälleen ladattavissa.", "not_action"),
    ("Nepalin hallitus kumosi TikTok-kiellon", "Sovellus on jälleen käytettävissä.", "not_action"),
    ("TikTok palaa Yhdysvaltoihin", "Trump lykkäsi kiellon voimaantuloa 75 päivällä.", "not_action"),
    ("Trump allekirjoitti toimeenpanomääräyksen, joka lykkää TikTok-kieltoa", "Määräys antaa lisäaikaa 75 päivää.", "not_action"),
    # an act against another company
    (
        "Komissio sakotti Metaa 800 miljoonalla eurolla",
        "Facebookin emoyhtiö rikkoi kilpailusääntöjä. Myös TikTok on komission tarkkailussa.",
        "not_action",
    ),
    (
        "Venäjä esti Telegramin",
        "Roskomnadzorin mukaan palvelu ei poistanut laitonta sisältöä. TikTok on edelleen käytettävissä maassa.",
        "not_action",
    ),
    # a past ban recalled, bans listed, a reaction to a ban already in force
    ("TikTok julkaisi uuden ominaisuuden", "Intiassa vuodesta 2020 kielletty sovellus kasvaa edelleen muualla.", "background_only"),
    ("TikTok kielletty jo useissa maissa", "Sovellus on poistettu monien hallitusten puhelimista.", "background_only"),
    ("Kiina tuomitsi Yhdysvaltain TikTok-kiellon", "Ulkoministeriön mukaan kielto on epäreilu.", "background_only"),
    ("Monet maat ovat kieltäneet TikTokin viranomaisten laitteilla", "Suomessa kieltoa ei ole.", "not_action"),
    # a court blocks the act; TikTok goes to court or refuses
    ("Tuomari esti Montanan TikTok-kiellon", "Liittovaltion tuomioistuin keskeytti lain täytäntöönpanon.", "court_blocks_action"),
    ("TikTok haastoi Montanan oikeuteen kiellosta", "Yhtiön mukaan laki rikkoo sananvapautta.", "tiktok_challenges_action"),
    ("TikTok valittaa 345 miljoonan euron sakosta", "Yhtiö vie päätöksen Irlannin korkeimpaan oikeuteen.", "tiktok_challenges_action"),
    ("TikTok vetosi korkeimpaan oikeuteen", "Yhtiö pyytää oikeutta keskeyttämään lain.", "tiktok_challenges_action"),
    ("TikTok kieltäytyi maksamasta sakkoa", "Yhtiö valittaa päätöksestä.", "tiktok_challenges_action"),
    # negation, denial, moderation, private plaintiffs, opinion
    ("Suomi ei aio kieltää TikTokia", "Ministerin mukaan kieltoon ei ole perusteita.", "not_action"),
    ("TikTok kielsi luovuttaneensa tietoja Kiinan hallitukselle", "Yhtiön mukaan väitteet ovat perättömiä.", "not_action"),
    ("TikTok poisti tuhansia valetilejä ennen vaaleja", "Palvelu sulki myös useita profiileja.", "not_action"),
    (
        "Vanhemmat haastoivat TikTokin oikeuteen Ranskassa",
        "Perheiden mukaan sovellus altisti lapset haitalliselle sisällölle.",
        "not_action",
    ),
    ("Kolumni: Suomen pitää kieltää TikTok virkapuhelimissa", "Sovellus on turvallisuusriski.", "not_action"),
    # researchers and newsrooms investigate TikTok too; a security service warning is no act
    ("Tutkijat tutkivat TikTokin vaikutusta nuoriin", "Tulokset julkaistaan keväällä.", "not_action"),
    ("Yle tutki TikTokin algoritmia", "Selvityksen mukaan sovellus suosii ääripään sisältöä.", "not_action"),
    ("Supo varoittaa TikTokin käytöstä", "Suojelupoliisin mukaan tietoja voi päätyä Kiinaan.", "not_action"),
    # "kieltä" is the partitive of "kieli" (language), not a ban
    ("TikTok lisää palveluunsa saamen kieltä", "Uudistus koskee myös suomen kieltä ja ruotsin kielten tekstitystä.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("fi", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("fi", title, text, label)


# Each hard negative next to its positive twin: the same story, with the one word that decides.
TWINS = [
    # proposal / adopted
    ("Hallitus harkitsee TikTokin kieltämistä virkapuhelimissa", "Hallitus kielsi TikTokin virkapuhelimissa"),
    # lifted / imposed
    ("Intia kumosi TikTok-kiellon", "Intia asetti TikTok-kiellon"),
    # another company / TikTok
    ("Komissio sakotti Metaa 800 miljoonalla eurolla", "Komissio sakotti TikTokia 800 miljoonalla eurolla"),
    # court blocks / court upholds
    ("Tuomari esti Montanan TikTok-kiellon", "Tuomari pysytti Montanan TikTok-kiellon"),
    # TikTok sues / a state sues
    ("TikTok haastoi Montanan oikeuteen kiellosta", "Montana haastoi TikTokin oikeuteen"),
    # negated / done
    ("Suomi ei aio kieltää TikTokia", "Suomi kieltää TikTokin virkapuhelimissa"),
]


@pytest.mark.parametrize(("negative", "positive"), TWINS)
def test_each_negative_has_a_positive_twin(negative: str, positive: str) -> None:
    assert_twins("fi", negative, positive)


def test_a_past_ban_recalled_in_the_body_and_the_same_ban_as_news() -> None:
    title = "TikTok julkaisi uuden ominaisuuden"
    recalled = analyze_article(title, "Intiassa vuodesta 2020 kielletty sovellus kasvaa muualla.", "2025-03-01", None, "fi")
    assert recalled.label == "background_only", recalled.actions
    news = analyze_article(title, "Nepal kielsi TikTokin maanantaina koko maassa.", "2025-03-01", None, "fi")
    assert news.label == "new_action", news.actions
    assert news.actions[0].jurisdiction == "NP"


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("Helsingin kaupunki kielsi TikTokin työntekijöidensä puhelimissa", "Municipality of Helsinki"),
        ("Tampereen kaupunki kielsi TikTokin työpuhelimissa", "Municipality of Tampere"),
        ("Nurmijärven kunta kieltää TikTokin työpuhelimista", "Municipality of Nurmijärvi"),
        ("Espoon kaupunki kieltää TikTokin", "Municipality of Espoo"),
    ],
)
def test_a_municipality_acts_for_itself_on_its_own_devices(title: str, actor: str) -> None:
    # the town is named in the genitive; where its stem changes ("Helsingin", "Tampereen", "Nurmijärven")
    # the actor is still its nominative
    assert_new_action("fi", title, "Päätös koskee kaikkia työntekijöitä.", "ban_government_devices", "FI", actor=actor)


def test_two_towns_are_two_actors() -> None:
    first = analyze_article("Oulun kaupunki kielsi TikTokin työpuhelimissa", "", "2025-03-01", None, "fi")
    second = analyze_article("Kuopion kaupunki kielsi TikTokin työpuhelimissa", "", "2025-03-01", None, "fi")
    assert first.actions[0].actor != second.actions[0].actor


def test_finlands_plural_municipalities_are_no_town() -> None:
    a = analyze_article("Suomen kunnat harkitsevat TikTok-kieltoa", "Päätöksiä odotetaan kevään aikana.", "2025-03-01", None, "fi")
    assert a.label == "proposed_or_threatened"
    assert "Suome" not in a.actions[0].actor


def test_a_ministry_quoted_as_a_source_is_not_finlands_actor() -> None:
    # "Ulkoministeriön mukaan" (according to the foreign ministry) in a story about another country
    assert_new_action("fi", None, "Ulkoministeriön mukaan Nepal kielsi TikTokin maanantaina.", code="NP")


def test_officials_as_a_source_do_not_make_a_device_ban() -> None:
    assert_new_action("fi", "Nepal kielsi TikTokin", "Virkamiesten mukaan kielto tuli voimaan heti.", "ban_national")


def test_a_poll_is_not_an_act() -> None:
    assert_no_new_action("fi", "Kysely: joka toinen suomalainen kieltäisi TikTokin", "Kannatus on suurinta vanhempien keskuudessa.")


def test_the_pack_loads_and_reads_inflected_country_names() -> None:
    assert_places("fi", "Yhdysvalloissa, Suomessa, Intiassa ja Irlannin", ["US", "FI", "IN", "IE"])
