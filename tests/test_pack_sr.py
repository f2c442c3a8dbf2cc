"""Serbian pack (Cyrillic, with the Latin transliteration of every fragment): phrasings written for this
file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says

NEW = [
    # bans, with TikTok in Latin, in Cyrillic, split, and with a case ending
    ("Непал забранио Тик Ток", "Непалска влада блокирала је апликацију у целој земљи.", "ban_national", "NP"),
    ("Албанија затворила TikTok на годину дана", "Премијер Еди Рама рекао је да ће приступ бити онемогућен.", "ban_national", "AL"),
    ("РАТЕЛ наложио операторима да блокирају ТикТок", "Приступ апликацији биће онемогућен од понедељка.", "ban_national", "RS"),
    (
        "Монтана прва америчка савезна држава која је забранила TikTok",
        "Гувернер је потписао закон у среду.",
        "ban_regional",
        "US-MT",
    ),
    # device bans: Serbia, Republika Srpska (ijekavian), a town
    (
        "Влада Србије забранила TikTok на службеним телефонима",
        "Државни службеници не смеју да користе апликацију.",
        "ban_government_devices",
        "RS",
    ),
    (
        "Влада Републике Српске забранила ТикТок на службеним уређајима",
        "Мјера ступа на снагу одмах.",
        "ban_government_devices",
        "BA",
    ),
    # fines: the Irish DPC, a GDPR fine credited to "the EU"
    ("Ирска комисија казнила TikTok са 530 милиона евра", "Платформа је преносила податке Европљана у Кину.", "fine_or_penalty", "IE"),
    ("ЕУ казнила ТикТок због личних података деце", "Казна износи 345 милиона евра.", "fine_or_penalty", "IE"),
    # investigations: the Serbian data commissioner, the Commission
    (
        "Повереник за информације покренуо поступак против TikTok-а",
        "Повереник је затражио од компаније податке о деци.",
        "investigation_opened",
        "RS",
    ),
    (
        "Европска комисија покренула формалну истрагу против ТикТока",
        "Брисел ће проверити да ли је платформа прекршила правила.",
        "investigation_opened",
        "EU",
    ),
    # a lawsuit by a US state
    ("Тексас тужио TikTok због заштите деце", "Државни тужилац поднео је тужбу пред савезним судом.", "lawsuit_by_government", "US-TX"),
    # laws signed or passed
    (
        "Бајден потписао закон којим ByteDance мора да прода TikTok",
        "Председник САД потписао је документ у среду.",
        "law_enacted",
        "US",
    ),
    (
        "Народна скупштина усвојила закон о забрани ТикТока за децу",
        "Закон ступа на снагу 1. јула.",
        "law_enacted",
        "RS",
    ),
    # orders to sell, to wind up, to act; a court upholding the law
    ("Вашингтон наредио компанији ByteDance да прода TikTok", "Компанија има 90 дана да нађе купца.", "divestiture_order", "US"),
    (
        "Канада наредила затварање канцеларија ТикТока",
        "Влада Канаде затражила је од компаније да обустави пословање у Торонту.",
        "business_wind_up_order",
        "CA",
    ),
    ("РЕМ наложио ТикТоку да уклони садржаје", "Регулатор је дао рок од 48 сати.", "regulatory_order", "RS"),
    ("Врховни суд САД потврдио закон о TikTok-у", "Закон ступа на снагу у недељу.", "other", "US"),
    # the neighbours; a device ban said in the first lead sentence
    ("Влада Косова забранила ТикТок у институцијама", "Одлука се односи на све службене уређаје.", "ban_government_devices", "XK"),
    ("Влада Црне Горе забранила ТикТок на годину дана", "Одлука је донета на седници.", "ban_national", "ME"),
    (
        "Бела кућа дала агенцијама 30 дана да уклоне ТикТок са телефона",
        "Мера се односи на све савезне уређаје.",
        "ban_government_devices",
        "US",
    ),
    ("ЕК отворила поступак против ТикТока због Румуније", "Комисија сумња на мешање у изборе.", "investigation_opened", "EU"),
    ("ЕУ оптужила ТикТок за кршење правила", "Комисија је објавила прелиминарне налазе.", "other", "EU"),
    # the same acts in Latin script, from a feed that declares "sr"
    (
        "Vlada Srbije zabranila TikTok na službenim telefonima",
        "Državni službenici ne smeju da koriste aplikaciju.",
        "ban_government_devices",
        "RS",
    ),
    ("REM naložio TikTok-u da ukloni sadržaje", "Regulator je dao rok od 48 sati.", "regulatory_order", "RS"),
    ("Ирска комисија казнила TikTok", "Kazna iznosi 345 miliona evra.", "fine_or_penalty", "IE"),
]

NOT_NEW = [
    # proposals, threats, a bill, a warning, a question
    ("Посланици предлажу забрану ТикТока у Србији", "Предлог закона биће упућен скупштини.", "proposed_or_threatened"),
    ("Трамп запретио да ће забранити TikTok", "Председник разматра блокирање апликације.", "proposed_or_threatened"),
    ("Немачка разматра забрану ТикТока", "Влада у Берлину могла би да следи пример САД.", "proposed_or_threatened"),
    ("Да ли ће ТикТок бити забрањен у Србији?", "Посланици расправљају о нацрту закона.", "proposed_or_threatened"),
    (
        "Вучић: ТикТок ће бити забрањен ако не уклони лажне вести",
        "Председник Србије је рекао да чека одговор.",
        "proposed_or_threatened",
    ),
    ("Poslanici predlažu zabranu TikToka u Srbiji", "Predlog zakona biće upućen skupštini.", "proposed_or_threatened"),
    ("ТикТок суочен са казном од милијарду евра", "Брисел наставља истрагу.", "proposed_or_threatened"),
    ("Представнички дом изгласао закон о продаји TikTok-а", "Предлог иде у Сенат.", "proposed_or_threatened"),
    # lifted, postponed, negated
    ("Индија укинула забрану ТикТока", "Апликација је поново доступна.", "not_action"),
    ("Трамп одложио забрану TikTok-а за још 75 дана", "Председник је потписао извршну наредбу.", "not_action"),
    ("Министарство неће забранити ТикТок", "Министар је рекао да мера није потребна.", "not_action"),
    ("Indija ukinula zabranu TikToka", "Aplikacija je ponovo dostupna.", "not_action"),
    ("Мацут: Влада неће забранити ТикТок", "Премијер је рекао да је забрана лоше решење.", "not_action"),
    ("Тик Ток поново доступан у Албанији", "Влада је укинула забрану после годину дана.", "not_action"),
    # another company is the target
    ("Европска комисија казнила Мету", "Фејсбук ће платити 800 милиона евра. И ТикТок је под лупом.", "not_action"),
    ("РАТЕЛ блокирао Telegram", "Апликација није поштовала правила. ТикТок се такође проверава.", "not_action"),
    # a past ban recalled
    (
        "ТикТок увео нову функцију за креаторе",
        "Апликација, забрањена у Индији од 2020. године, наставља да расте.",
        "background_only",
    ),
    ("Индија је већ раније забранила ТикТок", "Сада влада циља друге апликације.", "background_only"),
    # a court blocks the act; TikTok goes to court
    ("Суд блокирао забрану TikTok-а у Монтани", "Савезни судија зауставио је примену закона.", "court_blocks_action"),
    ("ТикТок уложио жалбу на забрану у Монтани", "Компанија оспорава закон пред савезним судом.", "tiktok_challenges_action"),
    ("ТикТок тужи Монтану", "Компанија тврди да закон крши слободу говора.", "tiktok_challenges_action"),
    # private plaintiffs are no government
    ("Седам породица тужи ТикТок у Француској", "Родитељи оптужују платформу за смрт деце.", "not_action"),
    # TikTok's own moderation; a poll; a list of countries; a police inquiry; a study
    ("ТикТок блокирао налоге ботова", "Платформа је обрисала хиљаде видео снимака.", "not_action"),
    ("Анкета: Да ли ТикТок треба забранити у Србији?", "Мишљења су подељена.", "not_action"),
    ("Које земље су забраниле ТикТок", "Списак расте.", "not_action"),
    ("Полиција покренула истрагу о смрти дечака после изазова на ТикТоку", "Тужилаштво прати случај.", "not_action"),
    ("Истраживање: млади проводе три сата на ТикТоку", "Студија је обухватила 1.000 ученика.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("sr", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("sr", title, text, label)


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Општина Врачар забранила ТикТок у администрацији", "Врачар"),
        ("Град Ниш забранио ТикТок запосленима", "Ниш"),
        ("Скупштина града Београда забранила ТикТок", "Belgrade"),
        ("Grad Beograd zabranio TikTok zaposlenima", "Belgrade"),
    ],
)
def test_town_acts_for_itself(title: str, place: str) -> None:
    a = analyze_article(title, "Мера важи за све запослене.", "2025-03-01", None, "sr")
    assert a.label == "new_action"
    assert a.actions[0].type == "ban_government_devices"
    assert place in a.actions[0].actor


def test_the_prosecutor_is_no_lawsuit() -> None:
    # "тужилаштво" (the prosecution) opening an inquiry is an investigation, not a suit
    assert_new_action(
        "sr",
        "Тужилаштво за високотехнолошки криминал покренуло истрагу против ТикТока",
        "Истрага се води због садржаја.",
        "investigation_opened",
        "RS",
    )


def test_republika_srpska_is_in_bosnia() -> None:
    a = analyze_article("Република Српска забранила ТикТок", "Одлука важи од понедјељка.", "2025-03-01", None, "sr")
    assert a.actions[0].jurisdiction == "BA"


def test_creator_is_not_the_target() -> None:
    assert_label("sr", "Тиктокер кажњен због брзе вожње", "Полиција је поднела пријаву.", "not_action")


def test_language_identified() -> None:
    # Cyrillic Serbian is "sr"; Latin Serbian is "hr" and goes to the Croatian pack unless its feed declares "sr"
    assert_py3langid_says("sr", "Влада Србије је забранила TikTok на службеним телефонима.")
    assert_py3langid_says("hr", "Vlada Srbije je zabranila TikTok na službenim telefonima.")
