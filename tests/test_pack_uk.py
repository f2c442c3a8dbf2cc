"""Ukrainian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("Індія заборонила TikTok та ще 58 китайських застосунків", "Уряд Індії заблокував застосунок по всій країні.", "ban_national", "IN"),
    (
        "Ірландський регулятор оштрафував TikTok на 530 млн євро",
        "DPC встановила, що застосунок передавав дані європейців до Китаю.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Єврокомісія відкрила офіційне розслідування щодо TikTok",
        "Брюссель перевірить, чи порушила платформа Акт про цифрові послуги.",
        "investigation_opened",
        "EU",
    ),
    (
        "Канада наказала ліквідувати канадський підрозділ TikTok",
        "Уряд Канади зобов'язав компанію закрити офіси в Торонто та Ванкувері.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Техас подав позов проти TikTok",
        "Генеральний прокурор штату звинувачує платформу в порушенні закону.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Байден підписав закон, який зобов'язує ByteDance продати TikTok", "Президент США підписав закон у середу.", "law_enacted", "US"),
    (
        "Кабмін заборонив TikTok на службових телефонах держслужбовців",
        "Посадовці не можуть встановлювати застосунок.",
        "ban_government_devices",
        "UA",
    ),
    (
        "Міноборони України зобов'язало військових видалити TikTok зі службових телефонів",
        "Застосунок мають прибрати до кінця місяця.",
        "ban_government_devices",
        "UA",
    ),
]

NOT_NEW = [
    ("Депутати пропонують заборонити TikTok в Україні", "Законопроєкт зареєстрували у Верховній Раді.", "proposed_or_threatened"),
    ("Трамп погрожує заборонити TikTok", "Президент розглядає можливість блокування застосунку.", "proposed_or_threatened"),
    ("Індія скасувала заборону TikTok", "Застосунок знову доступний.", "not_action"),
    ("Єврокомісія оштрафувала Meta", "Компанія Facebook заплатить 800 млн євро. TikTok теж під прицілом.", "not_action"),
    (
        "TikTok запустив нову функцію для авторів",
        "Застосунок, який заборонений в Індії з 2020 року, продовжує зростати.",
        "background_only",
    ),
    ("Суд заблокував заборону TikTok у Монтані", "Федеральний суддя призупинив дію закону.", "court_blocks_action"),
    ("TikTok подав позов проти заборони в Монтані", "Компанія оскаржує закон у федеральному суді.", "tiktok_challenges_action"),
    # TikTok deleting or blocking videos is its own moderation, not a ban
    ("TikTok видалив відео з пропагандою", "Платформа заблокувала акаунти ботів.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("uk", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("uk", title, text, label)


# Round 5: TikTok's own steps ("TikTok призупиняє ...") are no government act; a petition
# asking to ban the app is a proposal.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("TikTok призупиняє трансляції в Росії", "Компанія пояснила рішення новим законом."),
        ("Соцмережа TikTok тимчасово обмежує завантаження відео", "Обмін повідомленнями працюватиме."),
        ("Президента просять заборонити TikTok", "Петиція збирає підписи."),
    ],
)
def test_round5_not_a_new_act(title: str, text: str) -> None:
    assert_no_new_action("uk", title, text)
