"""Kyrgyz pack: phrasings written for this file (headline, lead), not taken from any outlet.

Kyrgyz is agglutinative, so the cases turn on suffixes: TikTok in the accusative is sued
("TikTok'ту сотко берди"), in the nominative it sues; the verbal noun in -уу/-өө ("бөгөттөө",
"тыюу салуу") is no negation, the finite negative is ("бөгөттөбөйт", "тыюу салган жок");
"-мөкчү/-макчы" is an intention, not an act.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "Кыргызстанда TikTok бөгөттөлдү",
        "Маданият, маалымат, спорт жана жаштар саясаты министрлиги социалдык тармакка кирүүнү убактылуу чектеди.",
        "ban_national",
        "KG",
    ),
    # the decision to ban, with the verbal noun "тыюу салуу"
    (
        "Маданият министрлиги TikTok'ко тыюу салуу чечимин кабыл алды",
        "Чечим балдардын психикалык ден соолугун коргоо максатында чыгарылды.",
        "ban_national",
        "KG",
    ),
    # the name in Cyrillic, closed rather than blocked
    (
        "ТикТок Кыргызстанда жабылды",
        "Санариптик өнүктүрүү министрлиги провайдерлерге платформаны бөгөттөөнү тапшырды.",
        "ban_national",
        "KG",
    ),
    (
        "УКМК TikTok'ту бөгөттөдү",
        "Атайын кызмат провайдерлерге кат жөнөттү.",
        "ban_national",
        "KG",
    ),
    ("Непал TikTok'ту бөгөттөдү", "Өкмөттүн чечими коомдогу ынтымакты сактоо максатында чыгарылды.", "ban_national", "NP"),
    (
        "Албания TikTok'ко бир жылга тыюу салды",
        "Премьер-министр Эди Рама чечимди мектептеги мушташтан кийин жарыялады.",
        "ban_national",
        "AL",
    ),
    (
        "Кыргызстан өкмөтү мамлекеттик кызматчылардын кызматтык телефондорунда TikTok'ко тыюу салды",
        "Чечим ушул жумадан тартып аткарылат.",
        "ban_government_devices",
        "KG",
    ),
    (
        "Улуу Британия өкмөттүк телефондордо TikTok'ко тыюу салды",
        "Министрлер жана аткаминерлер тиркемени жумуш түзмөктөрүнөн өчүрүштү.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Ирландиянын жөнгө салуучусу TikTok'ко 530 млн евро айып пул салды",
        "DPC платформа европалыктардын маалыматтарын Кытайга жөнөткөнүн аныктады.",
        "fine_or_penalty",
        "IE",
    ),
    # a GDPR fine credited to "the EU" is the Irish regulator's
    (
        "Евробиримдик TikTok'ко 345 млн евро айып пул салды",
        "Айып пул балдардын жеке маалыматтарын коргоого байланыштуу.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Маданият министрлиги TikTok'ко 500 миң сом айып пул салды",
        "Министрлик платформада мыйзамсыз жарнама таралганын аныктады.",
        "fine_or_penalty",
        "KG",
    ),
    (
        "Еврокомиссия TikTok'ко карата расмий иликтөө баштады",
        "Брюссель платформанын Санариптик кызматтар жөнүндөгү эрежелерди сактаган-сактабаганын текшерет.",
        "investigation_opened",
        "EU",
    ),
    (
        "КР Башкы прокуратурасы TikTok'тогу видеолор боюнча кылмыш ишин козгоду",
        "Тергөө уланууда.",
        "investigation_opened",
        "KG",
    ),
    (
        "Канада TikTok'тун өлкөдөгү кеңселерин жабууну буйруду",
        "Оттава улуттук коопсуздукка коркунуч бар экенин айтты.",
        "business_wind_up_order",
        "CA",
    ),
    # TikTok in the accusative, or "компаниясын", is the one sued
    (
        "Техас TikTok'ту сотко берди",
        "Штаттын башкы прокурору платформаны балдардын маалыматтарын коргобойт деп айыптайт.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Техас TikTok компаниясын сотко берди",
        "Башкы прокурор доо арызды штаттын сотуна тапшырды.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Флорида штатынын башкы прокурору TikTok'ко каршы доо арыз берди",
        "Штат платформаны балдарды алдады деп эсептейт.",
        "lawsuit_by_government",
        "US-FL",
    ),
    # sued in the passive by a ministry
    (
        "TikTok АКШнын Юстиция министрлиги тарабынан сотко берилди",
        "Доо арыз балдардын маалыматтарын чогултууга байланыштуу.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Байден TikTok'ту сатууну талап кылган мыйзамга кол койду",
        "АКШ президенти документке шаршемби күнү кол койду.",
        "law_enacted",
        "US",
    ),
    (
        "Жогорку Кеңеш балдардын TikTok колдонуусун чектеген мыйзамды кабыл алды",
        "Мыйзам расмий жарыяланган күндөн тартып күчүнө кирет.",
        "law_enacted",
        "KG",
    ),
    (
        "Президент Садыр Жапаров TikTok сыяктуу платформаларды жөнгө салуучу мыйзамга кол койду",
        "Мыйзам расмий жарыяланган күндөн тартып күчүнө кирет.",
        "law_enacted",
        "KG",
    ),
    (
        "Трамп ByteDance'ти TikTok'ту сатууга мажбурлаган жарлыкка кол койду",
        "Компанияга 90 күн мөөнөт берилди.",
        "divestiture_order",
        "US",
    ),
    (
        "Санариптик өнүктүрүү министрлиги TikTok'ко зыяндуу видеолорду өчүрүүнү талап кылган көрсөтмө жөнөттү",
        "Платформа бир жуманын ичинде жооп бериши керек.",
        "regulatory_order",
        "KG",
    ),
    (
        "Еврокомиссия TikTok жарнама эрежелерин бузду деп айыптады",
        "Бул Комиссиянын алдын ала корутундусу.",
        "other",
        "EU",
    ),
    # a ban by a court's order is an act, not a court blocking one
    (
        "Соттун чечими менен TikTok'тун иши токтотулду",
        "Бишкектин Биринчи май райондук соту платформанын ишин токтотту.",
        "ban_national",
        "KG",
    ),
    # neighbours, as Kyrgyz news names them
    (
        "Тажикстан TikTok'ко тыюу салды",
        "Тажикстандын Байланыш кызматы тиркемени бөгөттөгөнүн билдирди.",
        "ban_national",
        "TJ",
    ),
    (
        "Өзбекстанда TikTok бөгөттөлдү",
        "Өзбекстандын Санариптик технологиялар министрлиги тиркемеге кирүүнү чектеди.",
        "ban_national",
        "UZ",
    ),
    (
        "Роскомнадзор TikTok'ко 3 млн рубль айып пул салды",
        "Платформа тыюу салынган маалыматты өчүрбөгөн.",
        "fine_or_penalty",
        "RU",
    ),
]

NOT_NEW = [
    # proposals, threats, "may be banned", a question, a demand, a conditional, an intention, a bill
    (
        "Жогорку Кеңештин депутаттары TikTok'ко тыюу салууну сунушташты",
        "Мыйзам долбоору кийинки айда талкууланат.",
        "proposed_or_threatened",
    ),
    (
        "Трамп TikTok'ко тыюу салам деп коркутту",
        "Президент тиркемени бөгөттөө маселесин карап жатат.",
        "proposed_or_threatened",
    ),
    ("Кыргызстанда TikTok'ко тыюу салынышы мүмкүн", "Министр маселе каралып жатканын айтты.", "proposed_or_threatened"),
    ("Кыргызстанда TikTok бөгөттөлөбү?", "Министрлик жооп берди.", "proposed_or_threatened"),
    ("Депутат: TikTok бөгөттөлүшү керек", "Ал балдардын коопсуздугун алдыга тартты.", "proposed_or_threatened"),
    ("Депутат: TikTok жабылсын", "Ал балдардын коопсуздугун алдыга тартты.", "proposed_or_threatened"),
    ("АКШ: TikTok сатылбаса, бөгөттөлөт", "Ак үй компанияга акыркы мөөнөт берди.", "proposed_or_threatened"),
    ("Өкмөт TikTok'ту бөгөттөмөкчү", "Бул тууралуу министр билдирди.", "proposed_or_threatened"),
    ("Жогорку Кеңеш TikTok боюнча мыйзам долбоорун жактырды", "Документ эми президентке жөнөтүлөт.", "proposed_or_threatened"),
    (
        "Еврокомиссия TikTok'ко карата иликтөө баштоону пландап жатат",
        "Комиссия алгачкы маалыматтарды изилдөөдө.",
        "proposed_or_threatened",
    ),
    # lifted, delayed
    ("Кыргызстанда TikTok'ко салынган тыюу алынды", "Социалдык тармак кайра жеткиликтүү болду.", "not_action"),
    ("Кыргызстанда TikTok бөгөттөн чыгарылды", "Колдонуучулар платформага VPN'сиз кире алышат.", "not_action"),
    ("АКШда TikTok'ту сатуу мөөнөтү дагы узартылды", "Трамп тиешелүү жарлыкка кол койду.", "not_action"),
    ("TikTok'ко 75 күн мөөнөт берилди: Трамп тыюуну кийинкиге калтырды", "Ак үй бул тууралуу билдирди.", "not_action"),
    # another company's fine or block
    (
        "Еврокомиссия Meta компаниясына айып пул салды",
        "Facebook 800 млн евро төлөйт. TikTok да көзөмөлдө.",
        "not_action",
    ),
    ("Кыргызстанда Telegram бөгөттөлдү", "TikTok азырынча жеткиликтүү.", "not_action"),
    # a past ban recalled
    (
        "TikTok авторлор үчүн жаңы мүмкүнчүлүк сунуштады",
        "2020-жылдан бери Индияда тыюу салынган тиркеме өсүүсүн улантууда.",
        "background_only",
    ),
    (
        "TikTok жаңы функцияны сынап жатат",
        "Эске салсак, TikTok'ко 2023-жылы Кыргызстанда тыюу салынган эле.",
        "background_only",
    ),
    # a court blocks the ban; TikTok goes to court (TikTok in the nominative sues)
    (
        "Сот Монтанадагы TikTok'ко тыюуну токтото турду",
        "Федералдык судья мыйзамдын күчүнө кирүүсүн бөгөттөдү.",
        "court_blocks_action",
    ),
    (
        "TikTok Монтанадагы тыюуга каршы сотко кайрылды",
        "Компания мыйзамды федералдык сотто талашууда.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok АКШ өкмөтүн сотко берди",
        "Компания сатуу тууралуу мыйзамды Конституцияга каршы деп эсептейт.",
        "tiktok_challenges_action",
    ),
    # negation, TikTok's own steps, private plaintiffs
    ("Министр: Кыргызстан TikTok'ту бөгөттөбөйт", "Бөгөттөө маселеси күн тартибинде жок.", "not_action"),
    ("Кыргызстан TikTok'ко тыюу салбай турганын билдирди", "Министрлик бул тууралуу маалымдады.", "not_action"),
    ("Министрлик TikTok'ко тыюу салган жок", "Маселе дагы эле талкууланууда.", "not_action"),
    (
        "TikTok шайлоо алдында миңдеген жасалма аккаунттарды бөгөттөдү",
        "Компания бул тууралуу отчетунда билдирди.",
        "not_action",
    ),
    ("TikTok Орусияда ишин токтотту", "Компания жаңы мыйзамды себеп кылып көрсөттү.", "not_action"),
    ("Ата-энелер TikTok'ту сотко беришти", "Үй-бүлөлөр платформа балдарга зыян келтирди дешет.", "not_action"),
    ("TikTok 16 жашка чыга электерге курак чектөөсүн киргизди", "Жаңы эреже бардык өлкөлөрдө колдонулат.", "not_action"),
    # a poll, a research study
    (
        "Сурамжылоо: кыргызстандыктардын жарымы TikTok'ко тыюу салууну колдойт",
        "Сурамжылоого миң адам катышты.",
        "not_action",
    ),
    (
        "Жаңы изилдөө: TikTok өспүрүмдөрдүн уйкусуна таасир этет",
        "Окумуштуулар 2 миң өспүрүмдөн сурамжылоо алышты.",
        "not_action",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ky", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ky", title, text, label)


def test_explainer_of_countries_is_no_new_act() -> None:
    assert_no_new_action("ky", "TikTok кайсы өлкөлөрдө тыюу салынган? Тизме", "Дүйнөнүн 19 өлкөсүндө TikTok'ко чектөө бар.")


def test_supreme_court_upholding_the_ban_is_an_act() -> None:
    assert_new_action(
        "ky",
        "АКШнын Жогорку соту TikTok'ко тыюу салган мыйзамды күчүндө калтырды",
        "Компаниянын даттануусу канааттандырылбай калды.",
        code="US",
        published="2025-01-17",
    )


def test_verbal_noun_is_no_negation() -> None:
    # "бөгөттөө тууралуу чечим кабыл алды" (decided on the blocking) is an act, not "does not block"
    assert_new_action("ky", None, "Маданият министрлиги TikTok'ту бөгөттөө тууралуу чечим кабыл алды.", "ban_national", "KG")


def test_access_restricted_is_a_ban_not_a_possibility() -> None:
    # "кирүү мүмкүнчүлүгүн чектөө" (restricting access) holds "мүмкүн" (may) only as a stem
    assert_new_action("ky", "УКМК TikTok'ко кирүү мүмкүнчүлүгүн чектеди", "Провайдерлер талапты аткарышты.", "ban_national", "KG")


def test_sentence_is_identified_as_kyrgyz() -> None:
    # py3langid tells Kyrgyz from Kazakh and Russian on a headline and a lead
    assert_identified(
        "ky",
        "Кыргызстанда TikTok бөгөттөлдү",
        "Маданият, маалымат, спорт жана жаштар саясаты министрлиги социалдык тармакка кирүүнү чектеди.",
    )


def test_city_hall_bans_on_its_own_devices() -> None:
    a = analyze_article(
        "Бишкек мэриясы кызматкерлерге TikTok'ту колдонууга тыюу салды", "Чечим бүгүндөн тартып аткарылат.", "2025-03-01", None, "ky"
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "KG")
    assert "Бишкек" in a.actions[0].actor


def test_banned_content_is_no_ban() -> None:
    assert_no_new_action("ky", "TikTok'то тыюу салынган контент таралууда", "Адистер ата-энелерди этият болууга чакырышат.")


def test_qatar_is_not_read_in_the_word_row() -> None:
    # "катар" (along with) is no country: the act stays Kyrgyzstan's
    assert_new_action("ky", None, "Ушуну менен катар, Кыргызстандын Маданият министрлиги TikTok'ко тыюу салды.", code="KG")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a user or a creator fined or prosecuted over a video is no act against TikTok
        ("TikTok'то видео жарыялаган блогерге айып пул салынды", "Ал 10 миң сом төлөйт."),
        ("TikTok'то видео жарыялаган жаранга карата кылмыш иши козголду", "Тергөө уланууда."),
        # "тиктокер" (a creator) is not TikTok
        ("Тиктокер жоопкерчиликке тартылды", "Милиция анын видеосун текшерди."),
        # "although it has been blocked": the block is the setting of the story
        ("ТикТок бөгөттөлгөнүнө карабай жаштар аны VPN аркылуу колдонушат", "Адистер муну көйгөй катары баалашат."),
    ],
)
def test_not_an_act_against_tiktok(title: str, text: str) -> None:
    assert_no_new_action("ky", title, text)


def test_consumer_agency_fine_is_no_proposal() -> None:
    # "керектөөчү" (consumer) is not "керек" (needed)
    assert_new_action(
        "ky",
        "Италиянын керектөөчүлөрдүн укуктарын коргоо органы TikTok'ко 10 млн евро айып пул салды",
        "Платформа коркунучтуу челленджерди көзөмөлдөгөн эмес.",
        "fine_or_penalty",
        "IT",
    )


def test_the_2023_decision_of_the_culture_ministry_is_a_new_ban() -> None:
    a = analyze_article(
        "Маданият, маалымат, спорт жана жаштар саясаты министрлиги TikTok'ту бөгөттөө чечимин кабыл алды",
        "Министрлик чечимди аткаруу үчүн Санариптик өнүктүрүү министрлигине кайрылды.",
        "2023-08-31",
        None,
        "ky",
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_national", "KG")
    assert "Culture" in a.actions[0].actor


def test_a_ban_taking_effect_is_a_ban_not_a_law() -> None:
    # "күчүнө кирди" (took effect) alone names no law
    assert_new_action(
        "ky", "Кыргызстанда TikTok'ко тыюу салуу чечими күчүнө кирди", "Провайдерлер платформаны бөгөттөй башташты.", "ban_national", "KG"
    )


def test_osh_city_hall_bans_on_its_own_devices() -> None:
    a = analyze_article(
        "Ош шаарынын мэриясы кызматкерлердин жумуш телефондорунда TikTok'ко тыюу салды",
        "Буйрук бүгүн жарыяланды.",
        "2025-03-01",
        None,
        "ky",
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "KG")
    assert "Ош" in a.actions[0].actor


def test_a_state_named_in_the_lead_is_the_regional_actor() -> None:
    assert_new_action(
        "ky",
        "АКШнын бир штаты TikTok'ко расмий түрдө тыюу салды",
        "АКШнын Монтана штатында социалдык тармакка мыйзам тарабынан тыюу салынды.",
        "ban_regional",
        "US-MT",
    )


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        # a bill passed in a first reading is still a bill
        (
            "Жогорку Кеңеш TikTok'ко тыюу салуучу мыйзамды биринчи окууда жактырды",
            "Документ дагы эки окуудан өтүшү керек.",
            "proposed_or_threatened",
        ),
        ("Конгресс TikTok боюнча мыйзам долбоорун кабыл алууга даярданууда", "Ак үй демилгени колдойт.", "proposed_or_threatened"),
        # a ban annulled
        ("Маданият министрлиги TikTok'ко тыюуну жокко чыгарды", "Платформа кайра жеткиликтүү.", "not_action"),
    ],
)
def test_more_stages(title: str, text: str, label: str) -> None:
    assert_label("ky", title, text, label)


def test_blocked_with_the_russian_loan_word() -> None:
    assert_new_action("ky", "Кыргызстанда TikTok блоктолду", "Провайдерлер УКМКнын талабын аткарышты.", "ban_national", "KG")
