"""Turkish pack on phrasings written for the project (none taken from any outlet).

New acts, and the hard negatives Turkish news often carries: explainers on which countries
ban the app, a president who "could" extend a deadline, a ban "on the agenda".
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("İrlanda'dan TikTok'a 345 milyon euro ceza",
     "İrlanda Veri Koruma Komisyonu, çocukların verilerini koruyamadığı gerekçesiyle TikTok'a para cezası verdi.",
     "fine_or_penalty", "IE"),
    ("Kanada, TikTok'un ofislerini kapatıyor", "Kanada hükümeti, ulusal güvenlik gerekçesiyle TikTok'un ticari faaliyetlerini yasakladı.",
     "business_wind_up_order", "CA"),
]

NOT_NEW = [
    ("TikTok hangi ülkelerde yasak?", "Birçok ülke TikTok'u yasakladı. Hindistan uygulamayı 2020'de yasaklamıştı."),
    ("TikTok kaç ülkede yasaklandı?", "Pek çok devlet TikTok'un kullanımını yasakladı."),
    ("Yasaklı ülkeler listesi", "İşte TikTok'u yasaklayan ülkeler listesi: Hindistan, Nepal ve Afganistan."),
    (None, "Trump, satış olmazsa yasaklanmasını öngören yasanın tarihini uzatabileceğini söyledi."),
    (None, "ABD'de kapatılması gündemde olan TikTok ile ilgili yeni bir gelişme yaşandı."),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("tr", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), NOT_NEW)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("tr", title, text, published="2025-06-01")


def test_round3_regulator_accusing_a_breach_is_an_adverse_finding() -> None:
    assert_new_action(
        "tr",
        "TikTok, AB dijital kurallarını ihlal etmekle suçlanıyor",
        "Komisyon, platformun reklam arşivinde yeterli bilgi sunmadığını açıkladı.",
        code="EU",
        published="2025-06-01",
    )


def test_round3_tiktok_appointing_a_representative_is_its_own_step() -> None:
    assert_no_new_action(
        "tr",
        "TikTok Türkiye'ye temsilci atayacak",
        "Şirket, sosyal medya yasasının gerektirdiği temsilciyi atayacağını duyurdu.",
        published="2025-06-01",
    )


# Round 5: "cannot be stopped" is no suspension order, and a ban promised on a condition
# ("satılmaması durumunda yasaklayacak") is a threat; a ban decided stays an act.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("TikTok'un yükselişi durdurulamıyor", "Platform bu yıl Avrupa'da kullanıcı sayısını ikiye katladı."),
        ("Başkan, TikTok satılmaması durumunda uygulamayı yasaklayacak", "Beyaz Saray şirkete bir ay süre tanıdı."),
    ],
)
def test_round5_not_a_new_act(title: str, text: str) -> None:
    assert_no_new_action("tr", title, text)


def test_round5_suspension_is_still_an_act() -> None:
    assert_new_action("tr", "TikTok'un canlı yayın hizmeti BTK kararıyla durduruldu", "Karar bugün yürürlüğe girdi.")


# Round 8: suits reported in the passive, TikTok as the object of a suit, and private plaintiffs.
def test_round8_sued_in_the_passive_by_a_ministry_is_a_government_suit() -> None:
    assert_new_action(
        "tr",
        "TikTok yeniden dava edildi",
        "Platform, ABD Adalet Bakanlığı tarafından çocuk verileri gerekçesiyle dava edildi.",
        "lawsuit_by_government",
    )


def test_round8_prosecutors_suing_the_platform_is_no_challenge() -> None:
    assert_new_action("tr", None, "Birkaç eyaletin başsavcıları, TikTok platformuna bağımlılık gerekçesiyle dava açtı.")


def test_round8_tiktok_suing_the_government_is_still_its_challenge() -> None:
    assert_label("tr", None, "TikTok, satış yasası nedeniyle ABD hükümetini dava etti.", "tiktok_challenges_action")


def test_round8_users_suing_is_no_government_act() -> None:
    assert_no_new_action("tr", None, "TikTok, bir grup kullanıcı tarafından dava edildi.")
