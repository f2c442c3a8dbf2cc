"""Kazakh pack: phrasings written for this file (headline, lead), not taken from any outlet.

Kazakh is agglutinative, so the cases turn on suffixes: TikTok in the accusative is sued
("TikTok-ты сотқа берді"), in the nominative it sues; the verbal noun in -у ("бұғаттау") is no
negation, the finite negative is ("бұғаттамайды"); "-мақшы" is an intention, not an act.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "Қазақстанда TikTok бұғатталды",
        "Мәдениет және ақпарат министрлігі әлеуметтік желіге кіруді уақытша шектеді.",
        "ban_national",
        "KZ",
    ),
    # the name in Cyrillic, the ministry under its long name
    (
        "ТикТок Қазақстанда бұғатталды",
        "Шешімді Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі қабылдады.",
        "ban_national",
        "KZ",
    ),
    (
        "Жасанды интеллект және цифрлық даму министрлігі TikTok-тың жұмысын уақытша тоқтатты",
        "Шектеу бүгіннен бастап күшінде.",
        "ban_national",
        "KZ",
    ),
    # a ban by a court's order is an act, not a court blocking one
    (
        "Сот шешімімен TikTok жұмысы тоқтатылды",
        "Алматы аудандық соты платформаның қызметін тоқтатты.",
        "ban_national",
        "KZ",
    ),
    (
        "Қырғызстан TikTok-қа тыйым салды",
        "Қырғызстанның Мәдениет министрлігі шешімді балалардың денсаулығын қорғау үшін қабылдады.",
        "ban_national",
        "KG",
    ),
    ("Непал TikTok-ты бұғаттады", "Үкімет шешімі қоғамдағы татулықты сақтау мақсатында шығарылды.", "ban_national", "NP"),
    (
        "Албания TikTok-ты бір жылға жапты",
        "Премьер-министр Эди Рама шешімді мектептегі төбелестен кейін жариялады.",
        "ban_national",
        "AL",
    ),
    (
        "Қазақстан үкіметі мемлекеттік қызметшілердің қызметтік телефондарында TikTok-қа тыйым салды",
        "Шешім бірден күшіне енеді.",
        "ban_government_devices",
        "KZ",
    ),
    (
        "Ұлыбритания үкіметтік телефондарда TikTok-қа тыйым салды",
        "Министрлер мен шенеуніктерге қосымшаны жұмыс құрылғыларынан өшіру тапсырылды.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Дания парламенті депутаттардың телефондарында TikTok-қа тыйым салды",
        "Шешім бірден күшіне енеді.",
        "ban_government_devices",
        "DK",
    ),
    (
        "Ирландия реттеушісі TikTok-қа 530 млн еуро айыппұл салды",
        "DPC платформа еуропалықтардың деректерін Қытайға жібергенін анықтады.",
        "fine_or_penalty",
        "IE",
    ),
    # a GDPR fine credited to "the EU" is the Irish regulator's
    (
        "Еуроодақ TikTok-қа 345 млн еуро айыппұл салды",
        "Айыппұл балалардың дербес деректерін қорғауға қатысты.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Мәдениет және ақпарат министрлігі TikTok-қа 2 млн теңге айыппұл салды",
        "Министрлік платформада заңсыз жарнама таралғанын анықтады.",
        "fine_or_penalty",
        "KZ",
    ),
    (
        "Еурокомиссия TikTok-қа қатысты ресми тергеу бастады",
        "Брюссель платформа Цифрлық қызметтер туралы заңды бұзған-бұзбағанын тексереді.",
        "investigation_opened",
        "EU",
    ),
    (
        "ҚР Бас прокуратурасы TikTok-тағы бейнелерге қатысты қылмыстық іс қозғады",
        "Тергеу жалғасуда.",
        "investigation_opened",
        "KZ",
    ),
    (
        "Канада TikTok-тың елдегі кеңселерін жабуды бұйырды",
        "Оттава үкіметі ұлттық қауіпсіздікке қатер барын айтты.",
        "business_wind_up_order",
        "CA",
    ),
    # TikTok in the accusative, or "компаниясын", is the one sued
    (
        "Техас TikTok-ты сотқа берді",
        "Штаттың бас прокуроры платформаны балалардың деректерін қорғамады деп айыптайды.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Техас TikTok компаниясын сотқа берді",
        "Бас прокурор талап арызды штат сотына тапсырды.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Флорида бас прокуроры TikTok-қа қарсы талап арыз түсірді",
        "Штат платформаны балаларды алдады деп санайды.",
        "lawsuit_by_government",
        "US-FL",
    ),
    # sued in the passive by a ministry
    (
        "TikTok АҚШ Әділет министрлігі тарапынан сотқа берілді",
        "Талап арыз балалардың деректерін жинауға қатысты.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Байден TikTok-ты сатуды талап ететін заңға қол қойды",
        "АҚШ президенті құжатқа сәрсенбі күні қол қойды.",
        "law_enacted",
        "US",
    ),
    (
        "Мәжіліс балалардың TikTok пайдалануын шектейтін заңды қабылдады",
        "Заң ресми жарияланған күннен бастап күшіне енеді.",
        "law_enacted",
        "KZ",
    ),
    (
        "Тоқаев TikTok сияқты платформаларды реттейтін заңға қол қойды",
        "Заң ресми жарияланған күннен бастап күшіне енеді.",
        "law_enacted",
        "KZ",
    ),
    (
        "Трамп ByteDance-ті TikTok-ты сатуға мәжбүрлейтін жарлыққа қол қойды",
        "Компанияға 90 күн мерзім берілді.",
        "divestiture_order",
        "US",
    ),
    (
        "Цифрлық даму министрлігі TikTok-қа зиянды бейнелерді өшіруді талап ететін нұсқама жолдады",
        "Платформа бір апта ішінде жауап беруі тиіс.",
        "regulatory_order",
        "KZ",
    ),
    (
        "Еурокомиссия TikTok жарнама ережелерін бұзды деп айыптады",
        "Бұл Комиссияның алдын ала қорытындысы.",
        "other",
        "EU",
    ),
]

NOT_NEW = [
    # proposals, threats, "may be banned", a question, a demand, a conditional, an intention, a bill
    (
        "Мәжіліс депутаттары TikTok-қа тыйым салуды ұсынды",
        "Заң жобасы келесі айда талқыланады.",
        "proposed_or_threatened",
    ),
    (
        "Трамп TikTok-қа тыйым саламын деп қорқытты",
        "Президент қосымшаны бұғаттау мәселесін қарастырып жатыр.",
        "proposed_or_threatened",
    ),
    ("Қазақстанда TikTok-қа тыйым салынуы мүмкін", "Министр мәселе қарастырылып жатқанын айтты.", "proposed_or_threatened"),
    ("Қазақстанда TikTok бұғаттала ма?", "Министрлік жауап берді.", "proposed_or_threatened"),
    ("Депутат: TikTok бұғатталуы керек", "Ол балалардың қауіпсіздігін алға тартты.", "proposed_or_threatened"),
    ("АҚШ TikTok сатылмаса, оны бұғаттайды", "Ақ үй компанияға соңғы мерзім берді.", "proposed_or_threatened"),
    ("Үкімет TikTok-ты бұғаттамақшы", "Бұл туралы министр мәлімдеді.", "proposed_or_threatened"),
    ("Мәжіліс TikTok-қа қатысты заң жобасын мақұлдады", "Құжат енді Сенатқа жолданады.", "proposed_or_threatened"),
    (
        "Еурокомиссия TikTok-қа қатысты тергеу бастауды жоспарлап отыр",
        "Комиссия алғашқы деректерді зерделеуде.",
        "proposed_or_threatened",
    ),
    # lifted, delayed
    ("Қырғызстанда TikTok-қа салынған тыйым алынды", "Әлеуметтік желі қайта қолжетімді болды.", "not_action"),
    ("АҚШ-та TikTok-ты сату мерзімі тағы ұзартылды", "Трамп тиісті жарлыққа қол қойды.", "not_action"),
    ("TikTok-қа 75 күн мерзім берілді: Трамп тыйымды кейінге қалдырды", "Ақ үй бұл туралы хабарлады.", "not_action"),
    # another company's fine or block
    (
        "Еурокомиссия Meta компаниясына айыппұл салды",
        "Facebook 800 млн еуро төлейді. TikTok та назарда.",
        "not_action",
    ),
    ("Қазақстанда Telegram бұғатталды", "TikTok әзірге қолжетімді.", "not_action"),
    # a past ban recalled
    (
        "TikTok авторлар үшін жаңа мүмкіндік ұсынды",
        "2020 жылдан бері Үндістанда тыйым салынған қосымша өсуін жалғастыруда.",
        "background_only",
    ),
    (
        "TikTok жаңа функцияны сынақтан өткізуде",
        "Еске салайық, TikTok-қа 2022 жылы Қырғызстанда тыйым салынған еді.",
        "background_only",
    ),
    # a court blocks the ban; TikTok goes to court (TikTok in the nominative sues)
    (
        "Сот Монтанадағы TikTok-қа тыйымды тоқтата тұрды",
        "Федералдық судья заңның күшіне енуін бұғаттады.",
        "court_blocks_action",
    ),
    (
        "TikTok Монтанадағы тыйымға қарсы сотқа жүгінді",
        "Компания заңды федералдық сотта дауласуда.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok АҚШ үкіметін сотқа берді",
        "Компания сату туралы заңды Конституцияға қайшы деп санайды.",
        "tiktok_challenges_action",
    ),
    # negation, TikTok's own steps, private plaintiffs
    ("Министр: Қазақстан TikTok-ты бұғаттамайды", "Бұғаттау мәселесі күн тәртібінде жоқ.", "not_action"),
    ("Қазақстан TikTok-ты бұғаттамайтынын мәлімдеді", "Министрлік бұл туралы хабарлады.", "not_action"),
    (
        "TikTok сайлау алдында мыңдаған жалған аккаунтты бұғаттады",
        "Компания бұл туралы есебінде хабарлады.",
        "not_action",
    ),
    ("TikTok Ресейде қызметін тоқтатты", "Компания жаңа заңды себеп етті.", "not_action"),
    ("Ата-аналар TikTok-ты сотқа берді", "Отбасылар платформа балаларға зиян келтірді дейді.", "not_action"),
    # TikTok's own limits for young users, its own exit
    ("TikTok 16 жасқа толмағандарға жас шектеуін енгізді", "Жаңа ереже барлық елдерде қолданылады.", "not_action"),
    ("TikTok Үндістанда жұмысын тоқтатты", "Компания қызметкерлерін қысқартты.", "not_action"),
    # a poll, a research study
    (
        "Сауалнама: қазақстандықтардың жартысы TikTok-қа тыйым салуды қолдайды",
        "Сауалнамаға мың адам қатысты.",
        "not_action",
    ),
    (
        "Жаңа зерттеу: TikTok жасөспірімдердің ұйқысына әсер етеді",
        "Ғалымдар 2 мың жасөспірімнен сауалнама алды.",
        "not_action",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("kk", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("kk", title, text, label)


def test_explainer_of_countries_is_no_new_act() -> None:
    assert_no_new_action("kk", "TikTok қай елдерде тыйым салынған? Тізім", "Әлемнің 19 елінде TikTok-қа шектеу бар.")


def test_supreme_court_upholding_the_ban_is_an_act() -> None:
    assert_new_action(
        "kk",
        "АҚШ Жоғарғы соты TikTok-қа тыйым салатын заңды күшінде қалдырды",
        "Компанияның шағымы қанағаттандырусыз қалды.",
        code="US",
        published="2025-01-17",
    )


def test_verbal_noun_is_no_negation() -> None:
    # "бұғаттау туралы шешім қабылдады" (decided on the blocking) is an act, not "does not block"
    assert_new_action("kk", None, "Мәдениет және ақпарат министрлігі TikTok-ты бұғаттау туралы шешім қабылдады.", "ban_national", "KZ")


def test_sentence_is_identified_as_kazakh() -> None:
    assert_identified("kk", "Қазақстанда TikTok бұғатталды", "Мәдениет және ақпарат министрлігі әлеуметтік желіге кіруді шектеді.")


def test_akimat_bans_on_its_own_devices() -> None:
    a = analyze_article(
        "Алматы әкімдігі қызметкерлерге TikTok-ты пайдалануға тыйым салды", "Шешім бүгіннен күшіне енді.", "2025-03-01", None, "kk"
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "KZ")
    assert "Алматы" in a.actions[0].actor


def test_banned_content_is_no_ban_but_a_fine_over_it_is_a_fine() -> None:
    a = analyze_article(
        "TikTok-та тыйым салынған контент таралуда", "Сарапшылар ата-аналарды сақ болуға шақырады.", "2025-03-01", None, "kk"
    )
    assert a.label != "new_action", (a.label, a.actions)
    b = analyze_article(
        "Ресейде TikTok тыйым салынған контентті өшірмегені үшін айыппұл төлейді",
        "Сот платформаға 3 млн рубль айыппұл салды.",
        "2025-03-01",
        None,
        "kk",
    )
    assert b.label == "new_action", (b.label, b.actions)
    assert (b.actions[0].type, b.actions[0].jurisdiction) == ("fine_or_penalty", "RU")
