"""Hungarian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_sentences

NEW = [
    (
        "India betiltotta a TikTokot és további 58 kínai alkalmazást",
        "Az indiai kormány az egész országban letiltotta az alkalmazást.",
        "ban_national",
        "IN",
    ),
    # the place in a case ending ("Nepálban"), the verb in the impersonal plural
    ("Nepálban betiltották a TikTokot", "A kormány szerint az alkalmazás rontja a társadalmi harmóniát.", "ban_national", "NP"),
    # the verb first, the country after it
    ("Betiltotta a TikTokot Albánia", "Edi Rama miniszterelnök egy évre szóló tilalmat jelentett be.", "ban_national", "AL"),
    (
        "Az ír adatvédelmi hatóság 530 millió eurós bírságot szabott ki a TikTokra",
        "A DPC szerint a platform kínai szerverekre továbbította az európai felhasználók adatait.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Az Európai Bizottság hivatalos eljárást indított a TikTok ellen",
        "Brüsszel azt vizsgálja, megsértette-e a platform a digitális szolgáltatásokról szóló rendeletet.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada elrendelte a TikTok kanadai leányvállalatának felszámolását",
        "Az ottawai kormány a torontói és vancouveri irodák bezárására kötelezte a céget.",
        "business_wind_up_order",
        "CA",
    ),
    # the prefix split off in the subjunctive: "számolja fel"
    (
        "Ottawa utasította a TikTokot, hogy számolja fel kanadai jelenlétét",
        "A döntés nemzetbiztonsági felülvizsgálat után született.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas beperelte a TikTokot a gyermekek védelme miatt",
        "Az állam főügyésze keresetet nyújtott be a platform ellen.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Biden aláírta a törvényt, amely a TikTok eladására kötelezi a ByteDance-t",
        "Az amerikai elnök szerdán írta alá a jogszabályt.",
        "law_enacted",
        "US",
    ),
    (
        "Trump elrendelte, hogy a ByteDance adja el a TikTok amerikai üzletágát",
        "Az elnök kilencven napot adott a tranzakcióra.",
        "divestiture_order",
        "US",
    ),
    (
        "A magyar kormány betiltotta a TikTokot a szolgálati telefonokon",
        "A minisztériumok dolgozói nem telepíthetik többé az alkalmazást.",
        "ban_government_devices",
        "HU",
    ),
    (
        "Az Európai Bizottság megtiltotta munkatársainak a TikTok használatát",
        "A tilalom a hivatali eszközökre vonatkozik.",
        "ban_government_devices",
        "EU",
    ),
    ("Montana állam betiltotta a TikTokot", "A kormányzó hétfőn jelentette be a döntést.", "ban_regional", "US-MT"),
    ("Az NMHH kötelezte a TikTokot a káros videók eltávolítására", "A hatóság nyolc napot adott a cégnek.", "regulatory_order", "HU"),
    (
        "Az amerikai Legfelsőbb Bíróság helybenhagyta a TikTok-törvényt",
        "A bírák szerint a jogszabály nem korlátozza aránytalanul a szólásszabadságot.",
        "other",
        "US",
    ),
    (
        "Brüsszel előzetes megállapítása szerint a TikTok megsértette az uniós szabályokat",
        "A platform reagálhat a kifogásokra.",
        "other",
        "EU",
    ),
]

# Hungarian bodies, each with the name an alert shows.
HUNGARIAN = [
    (
        "Az NMHH 20 millió forintos bírsággal sújtotta a TikTokot",
        "A médiahatóság szerint a platform nem védte megfelelően a kiskorúakat.",
        "fine_or_penalty",
        "Hungarian Media Authority (NMHH)",
    ),
    (
        "Versenyfelügyeleti eljárást indított a GVH a TikTok ellen",
        "A versenyhivatal szerint a videómegosztó félrevezethette a fiatal felhasználókat.",
        "investigation_opened",
        "Hungarian Competition Authority (GVH)",
    ),
    (
        "A NAIH vizsgálatot indított a TikTok adatkezelése miatt",
        "A hatóság a kiskorúak adatainak kezelését ellenőrzi.",
        "investigation_opened",
        "Hungarian Data Protection Authority (NAIH)",
    ),
    (
        "Az Országgyűlés elfogadta a törvényt, amely korlátozza a TikTok használatát a kiskorúak körében",
        "A jogszabály szeptemberben lép hatályba.",
        "law_enacted",
        "National Assembly of Hungary",
    ),
    # under a headline with no act, the lead names who acted: "the competition authority"
    (
        "Lecsapott a GVH a TikTokra",
        "A versenyhivatal egymilliárd forintos bírságot szabott ki a cégre.",
        "fine_or_penalty",
        "Hungarian Competition Authority (GVH)",
    ),
]

NOT_NEW = [
    # proposals, threats and possibilities: the potential "-hat/-het" and the conditional "-ná/-né"
    (
        "Képviselők a TikTok betiltását javasolják Magyarországon",
        "A törvényjavaslatot a jövő hónapban tárgyalhatja az Országgyűlés.",
        "proposed_or_threatened",
    ),
    ("Trump a TikTok betiltásával fenyegetőzik", "Az elnök fontolgatja az alkalmazás letiltását.", "proposed_or_threatened"),
    ("Akár már a hétvégén betilthatják a TikTokot az Egyesült Államokban", "A döntés a bíróságon múlik.", "proposed_or_threatened"),
    (
        "Az új szabály betiltaná a TikTokot a 16 év alattiak számára",
        "A javaslatról jövő héten szavaz a parlament.",
        "proposed_or_threatened",
    ),
    ("Jöhet a TikTok-tilalom Magyarországon", "Egy kormánypárti politikus szerint a kérdés napirendre kerülhet.", "proposed_or_threatened"),
    ("Vélemény: be kell tiltani a TikTokot", "A szerző szerint az alkalmazás árt a gyerekeknek.", "proposed_or_threatened"),
    ("Betiltják a TikTokot Magyarországon?", "Egyre több politikus beszél a kérdésről.", "proposed_or_threatened"),
    # lifted, eased or deferred
    ("India feloldotta a TikTok tilalmát", "Az alkalmazás ismét elérhető az országban.", "not_action"),
    ("Trump 75 nappal elhalasztotta a TikTok-tilalom hatályba lépését", "Az elnök rendeletet írt alá hétfőn.", "not_action"),
    # negated: the prefix after the verb, "nem tervezi"
    ("A kormány nem tiltja be a TikTokot", "A miniszter szerint erre nincs szükség.", "not_action"),
    ("A magyar kormány nem tervezi a TikTok betiltását", "Gulyás Gergely a kormányinfón beszélt erről.", "not_action"),
    ("Nem lesz TikTok-tilalom Magyarországon", "A kormányszóvivő cáfolta a sajtóértesüléseket.", "not_action"),
    # an act against another company, TikTok only mentioned
    (
        "Az Európai Bizottság megbírságolta a Metát",
        "A Bizottság a Facebookot is megbüntette. A TikTok is a célkeresztben van.",
        "not_action",
    ),
    ("Oroszország blokkolta a Telegramot", "A Roszkomnadzor közölte, hogy a TikTok továbbra is elérhető marad.", "not_action"),
    # a past act recalled as background
    ("A TikTok új funkciót vezetett be az alkotóknak", "Az Indiában 2020 óta tiltott alkalmazás tovább növekszik.", "background_only"),
    (
        "A TikTok új irodát nyit Dublinban",
        "A céget tavaly 345 millió eurós bírsággal sújtotta az ír adatvédelmi hatóság.",
        "background_only",
    ),
    ("Az EU már tavaly betiltotta a TikTokot a Bizottság telefonjain", "Most új szabályok jönnek.", "background_only"),
    ("Egyre több ország tiltja be a TikTokot", "Legutóbb Nepál döntött így.", "background_only"),
    # a court stops the act; TikTok goes to court or appeals
    (
        "Bíróság felfüggesztette a montanai TikTok-tilalmat",
        "A szövetségi bíró szerint a törvény sértheti a szólásszabadságot.",
        "court_blocks_action",
    ),
    ("Ideiglenesen felfüggesztette egy szövetségi bíró a TikTok-tilalmat", "A döntés ellen fellebbezni lehet.", "court_blocks_action"),
    ("A TikTok beperelte Montanát a tilalom miatt", "A cég keresetet nyújtott be a szövetségi bíróságon.", "tiktok_challenges_action"),
    ("A TikTok fellebbez az ír hatóság bírsága ellen", "A vállalat szerint a döntés aránytalan.", "tiktok_challenges_action"),
    ("Bíróságon támadja meg a TikTok az amerikai törvényt", "A cég szerint a jogszabály sérti az alkotmányt.", "tiktok_challenges_action"),
    ("A TikTok szerint a tilalom alkotmányellenes", "A vállalat jogi lépéseket fontolgat.", "tiktok_challenges_action"),
    # the platform's own moderation, private plaintiffs, explainers
    ("A TikTok letiltott több száz hamis fiókot a választások előtt", "A platform további profilokat is törölt.", "not_action"),
    ("Szülők beperelték a TikTokot Franciaországban", "A családok szerint az alkalmazás ártott a gyerekeiknek.", "not_action"),
    ("Melyik országokban tilos a TikTok?", "Összegyűjtöttük, hol korlátozzák az alkalmazást.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("hu", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "type_", "actor"), HUNGARIAN)
def test_hungarian_bodies(title: str, text: str, type_: str, actor: str) -> None:
    assert_new_action("hu", title, text, type_, "HU", actor=actor)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("hu", title, text, label)


def test_a_town_bans_the_app_on_its_own_devices() -> None:
    assert_new_action(
        "hu",
        "Debrecen önkormányzata letiltotta a TikTokot a hivatali eszközökön",
        "",
        "ban_government_devices",
        "HU",
        actor="Municipality of Debrecen",
    )


def test_two_towns_are_two_actors() -> None:
    debrecen = analyze_article("Debrecen önkormányzata betiltotta a TikTokot", "", "2025-03-01", None, "hu")
    szeged = analyze_article("Szeged önkormányzata betiltotta a TikTokot", "", "2025-03-01", None, "hu")
    assert debrecen.actions[0].actor != szeged.actions[0].actor


def test_a_foreign_media_authority_is_not_hungarys() -> None:
    assert_new_action("hu", "A román médiahatóság vizsgálatot indított a TikTok ellen", "", code="RO")


def test_dates_and_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "Az Európai Bizottság 2024. február 19-én eljárást indított a TikTok ellen. "
        "A vizsgálat kb. 5 millió felhasználót érint. Dr. Kovács szerint ez csak a kezdet."
    )
    assert_sentences(
        "hu",
        text,
        [
            "Az Európai Bizottság 2024. február 19-én eljárást indított a TikTok ellen.",
            "A vizsgálat kb. 5 millió felhasználót érint.",
            "Dr. Kovács szerint ez csak a kezdet.",
        ],
    )


def test_an_act_in_an_earlier_year_is_background() -> None:
    assert_label(
        "hu", "A TikTok új irodát nyit Dublinban", "2023 szeptemberében az ír hatóság megbírságolta a TikTokot.", "background_only"
    )
