"""Indonesian pack on phrasings written for the project (none taken from any outlet).

New acts with their jurisdiction, and the hard negatives Indonesian news often carries: a
freeze lifted, a ban postponed by decree, TikTok closing a service because of a rule, a
rule recalled as background, a threat, lists of countries that ban the app.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("Komdigi bekukan sementara TDPSE TikTok",
     "Kementerian Komunikasi dan Digital membekukan sementara tanda daftar TikTok karena data yang diminta tidak diserahkan.",
     "regulatory_order", "ID"),
    ("Izin TikTok dibekukan pemerintah", "Pemerintah resmi membekukan izin operasional TikTok mulai hari ini.", "regulatory_order", "ID"),
    (None, "TikTok Nusantara (SG) Pte. Ltd. resmi dijatuhi denda Rp10 miliar oleh KPPU karena telat melapor akuisisi.",
     "fine_or_penalty", "ID"),
    ("Aturan terbit, TikTok dilarang berjualan", "Pemerintah mulai melarang media sosial memfasilitasi transaksi jual beli hari ini.",
     "ban_national", "ID"),
    ("Presiden AS sahkan UU TikTok",
     "Presiden Amerika Serikat menandatangani undang-undang yang mewajibkan TikTok dijual dalam sembilan bulan.",
     "law_enacted", "US"),
    ("Albania blokir TikTok selama setahun", "Pemerintah Albania mengumumkan pemblokiran TikTok selama satu tahun.", "ban_national", "AL"),
]

NOT_NEW = [
    ("Komdigi cabut pembekuan TDPSE TikTok",
     "Komdigi mencabut status pembekuan sementara tanda daftar TikTok setelah data diserahkan lengkap."),
    ("TikTok kembali normal", "Kementerian mengaktifkan kembali status TikTok sebagai penyelenggara sistem elektronik terdaftar."),
    ("Pelarangan TikTok di AS ditunda lagi", "Presiden menunda pelarangan TikTok selama 90 hari melalui perintah eksekutif."),
    (None, "TikTok seharusnya dilarang di Amerika Serikat pekan ini. Namun presiden memberi waktu tambahan."),
    ("TikTok Shop tutup sore ini",
     "TikTok menghentikan layanan belanjanya akibat aturan Kementerian Perdagangan yang melarang transaksi di media sosial. "
     "Perusahaan menyatakan menghormati peraturan yang berlaku."),
    (None, "Menteri menyebut TikTok melanggar izin. Pemerintah memang resmi melarang transaksi di media sosial sejak aturan baru terbit."),
    ("Daftar negara yang melarang TikTok", "Sejumlah negara telah memblokir TikTok. India melarang aplikasi itu sejak 2020."),
    ("Negara yang blokir TikTok bertambah", "Beberapa negara kini memblokir TikTok di perangkat pemerintah."),
    # the freeze ended: the measure named first, then the passive verb
    ("Kementerian aktifkan kembali pendaftaran TikTok, pembekuan dicabut",
     "Kementerian mengaktifkan lagi status pendaftaran aplikasi itu setelah datanya diserahkan."),
    (None, "Larangan terhadap TikTok Shop resmi dicabut setelah perusahaan memisahkan layanan belanjanya."),
]

PROPOSED = [
    ("Mendag ancam blokir TikTok", "Menteri Perdagangan mengancam akan memblokir TikTok jika masih memfasilitasi transaksi."),
    ("Presiden siap teken RUU TikTok", "Presiden mengatakan akan menandatangani RUU yang bisa melarang TikTok jika disetujui DPR AS."),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("id", title, text, type_, code, published="2025-10-04")


@pytest.mark.parametrize(("title", "text"), NOT_NEW)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("id", title, text, published="2025-10-04")


@pytest.mark.parametrize(("title", "text"), PROPOSED)
def test_threats_and_bills(title: str, text: str) -> None:
    assert_label("id", title, text, "proposed_or_threatened", published="2025-10-04")


def test_threat_word_alone_is_not_a_proposal() -> None:
    # "a law that threatens TikTok's existence" is an enacted law, not a threat by someone
    assert_new_action(
        "id",
        None,
        "Presiden Amerika Serikat telah menandatangani undang-undang baru yang mengancam keberadaan TikTok.",
        "law_enacted",
        published="2024-04-25",
    )


def test_a_freeze_is_still_an_act() -> None:
    assert_new_action(
        "id",
        "Komdigi bekukan tanda daftar TikTok",
        "Komdigi membekukan sementara tanda daftar TikTok karena data yang diminta tidak lengkap.",
        "regulatory_order",
        "ID",
        published="2025-10-04",
    )


ROUND3_NEGATIVES = [
    # a conditional threat by a minister
    (
        "Menteri: TikTok akan diblokir jika tetap berjualan",
        "Pemerintah memperingatkan TikTok agar segera memisahkan fitur belanja dari media sosial.",
        "proposed_or_threatened",
    ),
    # an inquiry announced for later, not yet opened
    (
        "Brussel akan menyelidiki TikTok",
        "Komisi Eropa disebut sedang menyiapkan berkas terhadap aplikasi itu.",
        "proposed_or_threatened",
    ),
    # the news is that no sanction follows
    (
        "Kementerian pastikan TikTok tidak kena sanksi",
        "Seperti diketahui, peraturan baru terbit bulan lalu dan TikTok sudah mematuhinya.",
        "background_only",
    ),
    (
        "Menko: pemerintah tidak membatasi penggunaan TikTok",
        "Yang diatur hanya transaksi jual beli di media sosial, katanya.",
        "not_action",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND3_NEGATIVES)
def test_round3_negatives(title: str, text: str, label: str) -> None:
    assert_label("id", title, text, label)


def test_round3_restriction_by_rule_is_an_act() -> None:
    assert_new_action(
        "id",
        "Pemerintah resmi membatasi transaksi di TikTok Shop",
        "Aturan baru Kementerian Perdagangan hanya mengizinkan promosi di media sosial.",
        code="ID",
    )


# Round 5: lawmakers backing or reacting to a freeze already imposed are background; the
# freeze itself stays an act.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Komisi I Dukung Langkah Komdigi Membekukan TikTok", "Anggota dewan meminta platform itu lebih kooperatif."),
        (None, "Seorang anggota DPR meminta pemerintah berhati-hati setelah Komdigi membekukan izin TikTok pekan ini."),
    ],
)
def test_round5_reactions_are_not_the_act(title: str | None, text: str) -> None:
    assert_no_new_action("id", title, text, published="2025-10-05")


def test_round5_the_freeze_is_still_an_act() -> None:
    text = "Kementerian membekukan TDPSE TikTok karena data tidak lengkap."
    a = analyze_article("Komdigi bekukan izin TikTok", text, "2025-10-05", None, "id")
    assert a.label == "new_action", (a.label, a.actions)


# Round 7: the company going to court, with a date in between or in the passive, is its
# challenge; a state suing the company stays a government suit.
@pytest.mark.parametrize(
    "text",
    [
        "TikTok pada Kamis (8/6/2023) mengajukan gugatan terhadap negara bagian itu atas larangan aplikasinya.",
        "Gugatan dilayangkan ByteDance sepekan setelah undang-undang pelarangan diteken.",
    ],
)
def test_round7_company_suing_is_a_challenge(text: str) -> None:
    assert_label("id", None, text, "tiktok_challenges_action", published="2025-06-10")


def test_round7_state_suing_is_still_an_act() -> None:
    text = "Jaksa Agung Texas menggugat TikTok karena membagikan data anak tanpa izin orang tua."
    a = analyze_article(None, text, "2025-06-10", None, "id")
    assert a.new_action, a
    assert a.actions[0].type == "lawsuit_by_government"


# Round 7: a sanction that is a freeze of the registration is a regulatory order, not a fine;
# a sanction that is a fine stays a fine.
def test_round7_sanction_as_freeze_is_an_order() -> None:
    text = "Kementerian menjatuhkan sanksi berupa pembekuan sementara tanda daftar TikTok pada Jumat."
    a = analyze_article(None, text, "2025-10-04", None, "id")
    assert a.new_action, a
    assert a.actions[0].type == "regulatory_order"


def test_round7_sanction_as_fine_stays_a_fine() -> None:
    assert_new_action(
        "id",
        None,
        "KPPU menjatuhkan sanksi denda Rp10 miliar kepada TikTok karena terlambat melapor.",
        "fine_or_penalty",
        published="2025-10-04",
    )
