"""Macedonian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says

NEW = [
    # bans, with TikTok in Latin, in Cyrillic and split
    ("Непал го забрани ТикТок", "Владата на Непал одлучи апликацијата да се блокира во целата земја.", "ban_national", "NP"),
    ("Албанија на една година го затвори TikTok", "Премиерот Еди Рама рече дека пристапот ќе биде оневозможен.", "ban_national", "AL"),
    ("Агенцијата за електронски комуникации го блокира Тик Ток", "Операторите имаат рок од 24 часа.", "ban_national", "MK"),
    ("Сојузната држава Монтана го забрани TikTok", "Гувернерот го потпиша документот во средата.", "ban_regional", "US-MT"),
    # device bans: the government of North Macedonia, the Commission, a foreign parliament, a municipality
    (
        "Владата на Северна Македонија го забрани ТикТок на службените телефони",
        "Државните службеници веќе не смеат да ја користат апликацијата.",
        "ban_government_devices",
        "MK",
    ),
    (
        "Европската комисија им забрани на вработените да користат TikTok",
        "Апликацијата мора да се отстрани од службените уреди до 15 март.",
        "ban_government_devices",
        "EU",
    ),
    (
        "Парламентот на Данска го забрани ТикТок за пратениците",
        "Апликацијата не смее да се користи на службените телефони.",
        "ban_government_devices",
        "DK",
    ),
    # fines: the Irish DPC, a GDPR fine credited to "the EU", the Macedonian data agency, the Commission
    (
        "Ирската регулаторна агенција го казни TikTok со 530 милиони евра",
        "Платформата пренесувала податоци на Европејците во Кина.",
        "fine_or_penalty",
        "IE",
    ),
    ("ЕУ го казни ТикТок поради личните податоци на децата", "Казната изнесува 345 мил. евра.", "fine_or_penalty", "IE"),
    (
        "Агенцијата за заштита на личните податоци изрече казна за ТикТок",
        "Платформата мора да плати 20.000 евра.",
        "fine_or_penalty",
        "MK",
    ),
    ("Европската комисија го казни TikTok со 500 милиони евра", "Брисел го примени Законот за дигитални услуги.", "fine_or_penalty", "EU"),
    # lawsuits by a US state and by a government
    (
        "Тексас го тужи TikTok поради заштитата на децата",
        "Државниот правобранител поднесе тужба пред федерален суд.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Канада поднесе тужба против ТикТок", "Владата на Канада бара обештетување.", "lawsuit_by_government", "CA"),
    # investigations: the Commission, the Macedonian media agency, the prosecution
    (
        "Европската комисија отвори формална истрага против ТикТок",
        "Брисел ќе провери дали платформата го прекршила Законот за дигитални услуги.",
        "investigation_opened",
        "EU",
    ),
    (
        "ААВМУ покрена постапка против ТикТок поради содржини за деца",
        "Агенцијата побара информации од платформата.",
        "investigation_opened",
        "MK",
    ),
    (
        "Јавното обвинителство отвори предмет и започна истрага за ТикТок",
        "Обвинителите ќе ги испитаат опасните предизвици.",
        "investigation_opened",
        "MK",
    ),
    # laws signed or passed
    (
        "Бајден го потпиша законот со кој ByteDance мора да го продаде TikTok",
        "Претседателот на САД го потпиша документот во средата.",
        "law_enacted",
        "US",
    ),
    (
        "Собранието на Северна Македонија го усвои законот за забрана на ТикТок за деца",
        "Законот стапува во сила од 1 јули.",
        "law_enacted",
        "MK",
    ),
    # the neighbours
    (
        "Владата на Косово го забрани ТикТок на службените телефони",
        "Одлуката важи за сите институции.",
        "ban_government_devices",
        "XK",
    ),
    ("Србија го блокира ТикТок", "РАТЕЛ им нареди на операторите да го прекинат пристапот.", "ban_national", "RS"),
    ("Хрватска ги казни ТикТок и Мета", "Агенцијата изрече казни од по 100.000 евра.", "fine_or_penalty", "HR"),
    (
        "Агенцијата за заштита на личните податоци отвори постапка за ТикТок",
        "АЗЛП побара одговор од компанијата.",
        "investigation_opened",
        "MK",
    ),
    # the Commission's preliminary findings
    ("ЕУ ја обвини ТикТок за кршење на правилата", "Комисијата ги објави прелиминарните наоди.", "other", "EU"),
    # orders to sell, to wind up, to act
    ("Вашингтон му нареди на ByteDance да го продаде TikTok", "Компанијата има 90 дена да најде купувач.", "divestiture_order", "US"),
    (
        "Канада нареди затворање на канцелариите на ТикТок",
        "Владата на Канада побара компанијата да го прекине работењето во Торонто и Ванкувер.",
        "business_wind_up_order",
        "CA",
    ),
    ("АЕК му наложи на ТикТок да отстрани содржини", "Регулаторот даде рок од 48 часа.", "regulatory_order", "MK"),
    ("Врховниот суд на САД го потврди законот за TikTok", "Законот стапува во сила во недела.", "other", "US"),
]

NOT_NEW = [
    # proposals, threats, a bill, a warning, a question (twins of the bans above)
    (
        "Министерот Андоновски: ТикТок ќе се забрани ако инцидентите станат пракса",
        "Министерството ги следи предизвиците.",
        "proposed_or_threatened",
    ),
    ("Пратеници предлагаат забрана на ТикТок во Македонија", "Предлог-законот ќе биде доставен до Собранието.", "proposed_or_threatened"),
    ("Трамп се закани дека ќе го забрани TikTok", "Претседателот размислува за блокирање на апликацијата.", "proposed_or_threatened"),
    ("Германија разгледува забрана на ТикТок", "Владата во Берлин може да го следи примерот на САД.", "proposed_or_threatened"),
    ("Дали ТикТок ќе биде забранет во Македонија?", "Пратениците дебатираат за нацрт-законот.", "proposed_or_threatened"),
    ("ТикТок ќе биде забранет за деца под 15 години во Франција", "Макрон најави закон до крајот на годината.", "proposed_or_threatened"),
    # lifted, postponed, negated
    ("Индија ја укина забраната за ТикТок", "Апликацијата повторно е достапна.", "not_action"),
    ("Албанија ја укина забраната и ТикТок се врати", "Апликацијата повторно работи во земјата.", "not_action"),
    ("Трамп ја одложи забраната на TikTok за уште 75 дена", "Претседателот потпиша извршна наредба.", "not_action"),
    ("Министерството нема да го забрани ТикТок", "Министерот рече дека мерката не е потребна.", "not_action"),
    # another company is the target
    ("Европската комисија ја казни Мета", "Фејсбук ќе плати 800 милиони евра. И ТикТок е под лупа.", "not_action"),
    ("АЕК го блокира Telegram", "Апликацијата не ги почитувала правилата. ТикТок исто така е проверуван.", "not_action"),
    # a past ban recalled
    (
        "ТикТок воведе нова функција за креаторите",
        "Апликацијата, забранета во Индија од 2020 година, продолжува да расте.",
        "background_only",
    ),
    ("Индија веќе го забрани ТикТок", "Сега владата се насочува кон други апликации.", "background_only"),
    # a court blocks the act; TikTok goes to court
    ("Судот ја блокира забраната на TikTok во Монтана", "Федерален судија го запре спроведувањето на законот.", "court_blocks_action"),
    (
        "ТикТок поднесе жалба против забраната во Монтана",
        "Компанијата го оспорува законот пред федералниот суд.",
        "tiktok_challenges_action",
    ),
    ("ТикТок ја тужи државата Монтана", "Компанијата тврди дека законот ја крши слободата на говор.", "tiktok_challenges_action"),
    ("ТикТок: Ќе ја оспориме забраната пред суд", "Компанијата рече дека одлуката е неуставна.", "tiktok_challenges_action"),
    # a police inquiry into a death seen on TikTok is not one against TikTok
    ("Полицијата отвори истрага за смртта на момче по предизвик на ТикТок", "Обвинителството го следи случајот.", "not_action"),
    ("Андоновски: Не планираме забрана на ТикТок", "Министерот рече дека родителите треба да внимаваат.", "not_action"),
    ("ТикТок се соочува со казна од милијарда евра", "Одлуката се очекува наесен.", "proposed_or_threatened"),
    # private plaintiffs are no government
    ("Седум семејства го тужат ТикТок во Франција", "Родителите ја обвинуваат платформата за смртта на децата.", "not_action"),
    # TikTok's own moderation; a poll; a list of countries; a study
    ("ТикТок ги блокира профилите на ботовите", "Платформата избриша илјадници видеа.", "not_action"),
    ("Анкета: Дали ТикТок треба да се забрани во Македонија?", "Мислењата се поделени.", "not_action"),
    ("Кои земји го забранија ТикТок", "Списокот расте.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("mk", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("mk", title, text, label)


def test_municipality_acts_for_itself() -> None:
    a = analyze_article("Општина Битола го забрани ТикТок во администрацијата", "Мерката важи за сите вработени.", "2025-03-01", None, "mk")
    assert a.label == "new_action"
    assert a.actions[0].type == "ban_government_devices"
    assert "Битола" in a.actions[0].actor


def test_a_study_is_not_an_investigation() -> None:
    # "истражување" is a study or a poll, not an inquiry
    assert_label("mk", "Истражување: младите поминуваат три часа на ТикТок", "Студијата опфати 1.000 ученици.", "not_action")


def test_abbreviations_do_not_split_the_lead() -> None:
    # "2023 г." and "мил." end no sentence: the act and its year stay in one sentence
    assert_label(
        "mk", None, "Владата на Северна Македонија го забрани ТикТок на службените уреди во 2023 г. по препорака на АНБ.", "background_only"
    )


def test_creator_is_not_the_target() -> None:
    assert_label("mk", "Тиктокер казнет за брзо возење", "Полицијата поднесе пријава.", "not_action")


def test_language_identified() -> None:
    assert_py3langid_says("mk", "Агенцијата за заштита на личните податоци изрече казна на платформата.")
