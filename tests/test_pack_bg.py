"""Bulgarian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says

NEW = [
    # bans, with TikTok in Latin, in Cyrillic and in mixed letters
    (
        "Индия забрани TikTok и още 58 китайски приложения",
        "Правителството на Индия блокира приложението в цялата страна.",
        "ban_national",
        "IN",
    ),
    ("Непал блокира достъпа до ТикТок", "Правителството в Катманду посочи, че платформата вреди на обществото.", "ban_national", "NP"),
    ("От днес TикTок е забранен в Албания", "Албанският премиер Еди Рама обяви решението през декември.", "ban_national", "AL"),
    ("Щатът Монтана забрани TikTok", "Губернаторът подписа документа в сряда.", "ban_regional", "US-MT"),
    ("КРС разпореди блокиране на TikTok", "Операторите имат 24 часа.", "ban_national", "BG"),
    # a caretaker cabinet ("служебното правителство") is no official device
    ("Служебното правителство забрани TikTok", "Решението е в сила от днес.", "ban_national", "BG"),
    # device bans: the Council of Ministers, a foreign parliament, Bulgarian towns
    (
        "Министерският съвет забрани TikTok на служебните телефони на държавните служители",
        "Служителите в министерствата вече не могат да инсталират приложението.",
        "ban_government_devices",
        "BG",
    ),
    (
        'Парламентът на Чехия забрани на депутатите да използват "Тик Ток"',
        "Приложението трябва да бъде премахнато от служебните устройства.",
        "ban_government_devices",
        "CZ",
    ),
    (
        "Столичната община забрани TikTok на служебните компютри",
        "Решението засяга всички общински служители.",
        "ban_government_devices",
        "BG",
    ),
    ("Община Варна забрани TikTok на служебните устройства", "Мярката е по препоръка на ДАНС.", "ban_government_devices", "BG"),
    # the Bulgarian town of Montana is not the US state
    ("Община Монтана забрани TikTok на служебните телефони", "Решението е взето от кмета.", "ban_government_devices", "BG"),
    # fines: the Irish DPC, the Bulgarian data protection commission, the Commission, the Italian AGCM
    (
        "Ирландският регулатор глоби TikTok с 530 млн. евро",
        "DPC установи, че приложението е прехвърляло данни на европейци в Китай.",
        "fine_or_penalty",
        "IE",
    ),
    ('КЗЛД глоби "ТикТок" с 200 000 лева', "Комисията установи нарушения при обработката на лични данни на деца.", "fine_or_penalty", "BG"),
    ("ЕС глоби TikTok заради личните данни на децата", "Глобата е 345 млн. евро.", "fine_or_penalty", "IE"),
    ("Еврокомисията глоби TikTok с 500 млн. евро заради рекламите", "Брюксел прилага Акта за цифровите услуги.", "fine_or_penalty", "EU"),
    ("Италианският антитръстов орган глоби TikTok с 10 млн. евро", "AGCM установи нелоялни търговски практики.", "fine_or_penalty", "IT"),
    # "the decision may be appealed" is no appeal by TikTok
    (
        "КЗЛД глоби TikTok с 200 000 лева",
        "Решението подлежи на обжалване пред Административния съд.",
        "fine_or_penalty",
        "BG",
    ),
    # lawsuits by a government, a US state and a Bulgarian commission
    (
        "Тексас съди TikTok заради защитата на децата",
        "Главният прокурор на щата заведе дело във федерален съд.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Щатът Юта съди TikTok", "Главният прокурор на щата подаде иск.", "lawsuit_by_government", "US-UT"),
    (
        "Комисията за защита на потребителите съди TikTok",
        "КЗП твърди, че платформата заблуждава потребителите.",
        "lawsuit_by_government",
        "BG",
    ),
    # investigations: the Commission, CEM, the prosecutors, the competition commission
    (
        "Еврокомисията откри официално разследване срещу ТикТок",
        "Брюксел ще провери дали платформата е нарушила Акта за цифровите услуги.",
        "investigation_opened",
        "EU",
    ),
    (
        "СЕМ започна проверка на ТикТок за съдържание, насочено към деца",
        "Регулаторът изпрати искане за информация до платформата.",
        "investigation_opened",
        "BG",
    ),
    (
        "Прокуратурата се самосезира заради опасно предизвикателство в TikTok",
        "Образувано е досъдебно производство.",
        "investigation_opened",
        "BG",
    ),
    (
        "КЗК образува производство срещу TikTok",
        "Комисията ще провери дали платформата злоупотребява с положението си.",
        "investigation_opened",
        "BG",
    ),
    # laws signed or passed finally
    (
        "Байдън подписа закона, който задължава ByteDance да продаде TikTok",
        "Президентът на САЩ подписа документа в сряда.",
        "law_enacted",
        "US",
    ),
    (
        "Народното събрание прие окончателно закона, който забранява TikTok за деца под 15 години",
        "Промените влизат в сила от 1 юли.",
        "law_enacted",
        "BG",
    ),
    # orders to sell, to wind up, to act; a court upholding the law
    ("Вашингтон нареди на ByteDance да продаде TikTok", "Компанията има 90 дни, за да намери купувач.", "divestiture_order", "US"),
    (
        "Канада нареди закриването на канадския клон на TikTok",
        "Правителството в Отава задължи компанията да затвори офисите си в Торонто и Ванкувър.",
        "business_wind_up_order",
        "CA",
    ),
    ("Румъния: ANCOM поиска от TikTok информация за изборите", "Регулаторът даде срок от 48 часа.", "regulatory_order", "RO"),
    ("Върховният съд на САЩ потвърди закона за TikTok", "Законът влиза в сила в неделя.", "other", "US"),
]

NOT_NEW = [
    # proposals, threats, a bill at first reading, a question
    ("Депутати предлагат забрана на TikTok в България", "Законопроектът ще бъде внесен в Народното събрание.", "proposed_or_threatened"),
    ("Тръмп заплаши да забрани TikTok", "Президентът обмисля блокиране на приложението.", "proposed_or_threatened"),
    ("Германия обмисля забрана на TikTok", "Правителството в Берлин може да последва примера на САЩ.", "proposed_or_threatened"),
    (
        "Народното събрание прие на първо четене законопроект за забрана на TikTok за деца",
        "Второто гласуване се очаква следващия месец.",
        "proposed_or_threatened",
    ),
    ("Румънският регулатор ANCOM поиска спиране на TikTok", "Искането е изпратено до Еврокомисията.", "proposed_or_threatened"),
    ("Ще бъде ли забранен TikTok в България?", "Депутатите обсъждат законопроект.", "proposed_or_threatened"),
    # lifted, postponed, negated
    ("Индия отмени забраната на TikTok", "Приложението отново е достъпно.", "not_action"),
    ("Правителството на Непал вдигна забраната за TikTok", "Приложението отново работи в страната.", "not_action"),
    ("Тръмп отложи забраната на TikTok с още 75 дни", "Президентът подписа указ.", "not_action"),
    ("Тръмп удължи срока за продажбата на TikTok", "Президентът подписа указ в сряда.", "not_action"),
    ("Министерството няма да забранява TikTok", "Министърът заяви, че мярката не е необходима.", "not_action"),
    ("Полша не планира да забранява TikTok", "Министърът на цифровизацията заяви, че няма такива планове.", "not_action"),
    # another company is the target
    ("Еврокомисията глоби Meta", "Facebook ще плати 800 млн. евро. И ТикТок е под наблюдение.", "not_action"),
    ("КЗЛД глоби Telegram", "Приложението не е спазило правилата. TikTok също е проверяван.", "not_action"),
    # a past ban recalled
    (
        "TikTok пусна нова функция за създателите на съдържание",
        "Приложението, забранено в Индия от 2020 г., продължава да расте.",
        "background_only",
    ),
    ("Индия вече забрани TikTok", "Сега правителството се насочва към други приложения.", "background_only"),
    # a court blocks the act; TikTok goes to court
    ("Съдът блокира забраната на TikTok в Монтана", "Федерален съдия спря прилагането на закона.", "court_blocks_action"),
    ("TikTok обжалва забраната в Монтана", "Компанията оспорва закона пред федералния съд.", "tiktok_challenges_action"),
    ("TikTok съди щата Монтана", "Компанията твърди, че законът нарушава свободата на словото.", "tiktok_challenges_action"),
    # private plaintiffs and a class settlement are no government's act
    ("Седем семейства съдят TikTok във Франция", "Родителите обвиняват платформата за смъртта на децата си.", "not_action"),
    ("TikTok ще плати 92 млн. долара по колективен иск в САЩ", "Потребителите обвиняваха компанията.", "not_action"),
    # TikTok's own moderation; a poll; a list of countries
    ("TikTok изтри видеа с пропаганда", "Платформата блокира акаунтите на ботове.", "not_action"),
    ("Анкета: Трябва ли да бъде забранен TikTok в България?", "Мненията са разделени.", "not_action"),
    ("Кои държави забраниха TikTok", "Списъкът расте.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("bg", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("bg", title, text, label)


def test_town_acts_for_itself() -> None:
    a = analyze_article(
        "Кметът на Пловдив забрани TikTok в общинската администрация", "Мярката важи за всички служители.", "2025-03-01", None, "bg"
    )
    assert a.label == "new_action"
    assert a.actions[0].type == "ban_government_devices"
    assert "Пловдив" in a.actions[0].actor


def test_abbreviations_do_not_split_the_lead() -> None:
    # "2023 г." and "млн." end no sentence: the act and its year stay in one sentence
    assert_label(
        "bg",
        None,
        "Министерството на електронното управление забрани TikTok на служебните устройства през 2023 г. след препоръка на ДАНС.",
        "background_only",
    )


def test_creator_is_not_the_target() -> None:
    # "тиктокър" is a creator, not the app
    assert_label("bg", "Тиктокър глобен за опасно шофиране", "Полицията състави акт.", "not_action")


def test_language_identified() -> None:
    assert_py3langid_says("bg", "Комисията за защита на личните данни наложи глоба на платформата.")
