"""Russian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "Индия запретила TikTok и еще 58 китайских приложений",
        "Правительство Индии заблокировало приложение по всей стране.",
        "ban_national",
        "IN",
    ),
    (
        "Ирландский регулятор оштрафовал TikTok на 530 млн евро",
        "DPC установила, что приложение передавало данные европейцев в Китай.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Еврокомиссия начала официальное расследование в отношении TikTok",
        "Брюссель проверит, нарушила ли платформа Закон о цифровых услугах.",
        "investigation_opened",
        "EU",
    ),
    (
        "Техас подал иск против TikTok",
        "Генеральный прокурор штата обвиняет платформу в нарушении закона.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Байден подписал закон, обязывающий ByteDance продать TikTok", "Президент США подписал закон в среду.", "law_enacted", "US"),
    ("Роскомнадзор ограничил доступ к TikTok", "Ведомство заблокировало сервис на территории России.", "ban_national", "RU"),
    ("Суд в Москве оштрафовал TikTok на 3 млн рублей", "Платформа не удалила запрещенный контент.", "fine_or_penalty", "RU"),
    (
        "Госслужащим Канады запретили пользоваться TikTok на служебных телефонах",
        "Правительство Канады объявило о запрете.",
        "ban_government_devices",
        "CA",
    ),
    (
        "Роскомнадзор направил TikTok требование удалить ролики о зацеперах",
        "Ведомство дало соцсети сутки на исполнение.",
        "regulatory_order",
        "RU",
    ),
]

NOT_NEW = [
    ("Депутаты предложили запретить TikTok в России", "Законопроект внесут в Госдуму в следующем месяце.", "proposed_or_threatened"),
    ("Трамп пригрозил запретить TikTok", "Президент рассматривает возможность блокировки приложения.", "proposed_or_threatened"),
    ("На TikTok составили протокол", "Компании грозит штраф до 4 млн рублей.", "proposed_or_threatened"),
    ("Индия отменила запрет на TikTok", "Приложение снова доступно.", "not_action"),
    ("Еврокомиссия оштрафовала Meta", "Компания заплатит 800 млн евро. TikTok тоже под прицелом.", "not_action"),
    (
        "TikTok запустил новую функцию для авторов",
        "Приложение, которое запрещено в Индии с 2020 года, продолжает расти.",
        "background_only",
    ),
    ("Суд заблокировал запрет TikTok в Монтане", "Федеральный судья приостановил действие закона.", "court_blocks_action"),
    ("TikTok подал иск против запрета в Монтане", "Компания оспаривает закон в федеральном суде.", "tiktok_challenges_action"),
    # TikTok deleting or blocking videos is its own moderation, not a ban
    ("TikTok удалил ролики с призывами к протестам", "Компания блокирует такие видео и хэштеги.", "not_action"),
    ("Соцсеть TikTok заблокировала аккаунты ботов", "Платформа сообщила об этом в отчёте.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ru", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ru", title, text, label)


# Round 5: TikTok's own steps ("TikTok приостановил ...") are no government act, and a
# petition asking the president to ban the app is a proposal; a court fine stays an act.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("TikTok приостановил прямые эфиры в России", "Компания объяснила решение новыми поправками к законам."),
        ("Соцсеть TikTok временно ограничивает публикацию роликов", "Пользователи по-прежнему могут смотреть старые видео."),
        ("Президента просят запретить TikTok", "Автор обращения собирает подписи на сайте администрации."),
    ],
)
def test_round5_not_a_new_act(title: str, text: str) -> None:
    assert_no_new_action("ru", title, text)


def test_round5_court_fine_is_still_an_act() -> None:
    assert_new_action("ru", "Суд оштрафовал TikTok на 3 млн рублей", "Мировой судья признал компанию виновной.", "fine_or_penalty")


# Round 7: "calls" to join a protest as the content a fine punishes are no proposal; an official
# calling for a ban still is one.
def test_round7_fine_over_protest_calls_is_an_act() -> None:
    assert_new_action(
        "ru",
        "TikTok выплатит 3 млн рублей за неудаление призывов к акциям протеста",
        "Решение вынес мировой суд в Москве.",
        "fine_or_penalty",
    )


def test_round7_official_calling_for_ban_is_a_proposal() -> None:
    assert_no_new_action("ru", "Сенатор призвал заблокировать TikTok", "Он направил письмо в надзорное ведомство.")
