"""Malay pack on phrasings written for the project (none taken from any outlet).

New acts of each type with their jurisdiction (Malaysia's licensing regime and age limit, Brunei,
and foreign governments as Malay news names them), and the hard negatives, each with a positive
twin: a proposal, a lifted or postponed ban, an act against another company, a past ban recalled,
a court blocking a ban, TikTok going to court, a denial, a licence granted, an act against a
person who posts on TikTok, the platform's own step, a fake claim, a list of countries.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.models import Analysis
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

DATE = "2025-03-01"


def _run(title: str | None, text: str, date: str = DATE) -> Analysis:
    return analyze_article(title, text, date, None, "ms")


NEW = [
    # bans
    (
        "Nepal haramkan TikTok",
        "Kerajaan Nepal memutuskan dalam mesyuarat kabinet bahawa aplikasi itu menjejaskan keharmonian sosial.",
        "ban_national",
        "NP",
    ),
    (
        "Amerika Syarikat sekat TikTok di seluruh negara",
        "Aplikasi itu tidak lagi boleh dimuat turun oleh pengguna baharu.",
        "ban_national",
        "US",
    ),
    # device bans
    (
        "Kerajaan Kanada larang TikTok pada peranti kerajaan",
        "Penjawat awam persekutuan perlu memadam aplikasi itu serta-merta.",
        "ban_government_devices",
        "CA",
    ),
    (
        "Brunei larang penjawat awam guna TikTok pada telefon kerja",
        "Arahan itu terpakai kepada semua kementerian.",
        "ban_government_devices",
        "BN",
    ),
    # an age limit for accounts, decided by the Cabinet
    (
        "Kanak-kanak bawah 16 tahun dilarang buka akaun TikTok",
        "Jemaah Menteri memutuskan platform media sosial mesti menyekat pendaftaran pengguna bawah umur.",
        "ban_national",
        "MY",
    ),
    # fines
    (
        "Ireland denda TikTok 345 juta euro",
        "Suruhanjaya Perlindungan Data mendapati data kanak-kanak tidak dilindungi dengan sewajarnya.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "SKMM kenakan kompaun RM500,000 terhadap TikTok",
        "Suruhanjaya itu berkata platform berkenaan lewat menurunkan kandungan judi.",
        "fine_or_penalty",
        "MY",
    ),
    # lawsuits by a government
    (
        "Texas saman TikTok atas isu privasi kanak-kanak",
        "Peguam Negara negeri itu memfailkan tuntutan di mahkamah negeri.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # investigations
    (
        "Suruhanjaya Eropah buka siasatan rasmi terhadap TikTok",
        "Brussels mahu mengetahui sama ada platform itu melanggar Akta Perkhidmatan Digital.",
        "investigation_opened",
        "EU",
    ),
    (None, "SKMM membuka siasatan terhadap TikTok kerana gagal menurunkan kandungan judi dalam talian.", "investigation_opened", "MY"),
    # wind-up and divestiture orders
    (
        "Kanada arah TikTok tutup pejabat dan hentikan operasi",
        "Kerajaan di Ottawa mengarahkan pembubaran anak syarikat tempatan TikTok atas alasan keselamatan negara.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Washington paksa ByteDance jual operasi TikTok",
        "Syarikat itu diberi tempoh sembilan bulan untuk mencari pembeli.",
        "divestiture_order",
        "US",
    ),
    # laws
    (
        "Biden tandatangani undang-undang yang paksa ByteDance jual TikTok",
        "Presiden AS menandatangani akta itu pada Rabu.",
        "law_enacted",
        "US",
    ),
    (
        "Pelesenan media sosial berkuat kuasa hari ini, TikTok antara platform terlibat",
        "Kerangka pelesenan SKMM terpakai kepada platform yang mempunyai sekurang-kurangnya lapan juta pengguna.",
        "law_enacted",
        "MY",
    ),
    (
        "Parlimen Australia lulus undang-undang larang kanak-kanak bawah 16 tahun guna TikTok",
        "Platform yang gagal mematuhinya berdepan denda yang besar.",
        "law_enacted",
        "AU",
    ),
    # regulatory orders: the licensing requirement, a takedown order, a licence suspended
    (None, "SKMM mewajibkan TikTok dan platform lain memohon lesen kelas pemberi perkhidmatan aplikasi.", "regulatory_order", "MY"),
    (
        "SKMM arah TikTok turunkan kandungan judi dalam tempoh 24 jam",
        "Arahan itu dikeluarkan di bawah Akta Komunikasi dan Multimedia.",
        "regulatory_order",
        "MY",
    ),
    (
        "Lesen TikTok digantung",
        "SKMM menggantung lesen kelas platform itu kerana gagal mematuhi syarat pelesenan.",
        "regulatory_order",
        "MY",
    ),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("ms", title, text, type_, code)


NOT_NEW = [
    # a proposal (twin: "Nepal haramkan TikTok")
    ("Kerajaan pertimbang haramkan TikTok", "Menteri berkata semua pilihan sedang dikaji.", "proposed_or_threatened"),
    # an age limit still being planned (twin: the Cabinet's decision)
    (
        "Kerajaan bercadang naikkan had umur pengguna TikTok kepada 16 tahun",
        "Perkara itu akan dibincangkan dengan pihak platform.",
        "proposed_or_threatened",
    ),
    # a bill passed by one chamber (twin: the Australian law)
    (
        "Dewan Rakyat lulus RUU yang bakal mengawal TikTok",
        "Rang undang-undang itu akan dibentangkan di Dewan Negara minggu depan.",
        "proposed_or_threatened",
    ),
    # a threat with a condition, and legal action that may come
    (
        "Menteri: TikTok akan disekat jika gagal patuh undang-undang",
        "Kerajaan memberi platform itu tempoh sebulan.",
        "proposed_or_threatened",
    ),
    (
        "Kerajaan mungkin ambil tindakan undang-undang terhadap TikTok",
        "Platform itu didakwa lambat bertindak terhadap kandungan penipuan.",
        "proposed_or_threatened",
    ),
    # a ban lifted, a ban postponed
    ("Indonesia tarik balik larangan TikTok Shop", "Perkhidmatan itu kembali beroperasi selepas bergabung dengan Tokopedia.", "not_action"),
    (
        "Trump tangguhkan larangan TikTok selama 75 hari",
        "Presiden menandatangani perintah eksekutif untuk memberi lebih masa kepada ByteDance.",
        "not_action",
    ),
    # an act against another company (twin: the MCMC compound on TikTok)
    ("SKMM saman Telegram", "Platform lain termasuk TikTok tidak terlibat dalam tindakan itu.", "not_action"),
    # a past ban recalled
    (
        "TikTok lancar ciri baharu untuk peniaga",
        "Aplikasi itu, yang diharamkan di India sejak 2020, terus berkembang di Asia Tenggara.",
        "background_only",
    ),
    # a court blocking a ban
    (
        "Hakim persekutuan sekat larangan TikTok di Montana",
        "Mahkamah mendapati undang-undang negeri itu mungkin melanggar kebebasan bersuara.",
        "court_blocks_action",
    ),
    # TikTok going to court (twin: Texas suing TikTok)
    ("TikTok saman negeri Montana", "Syarikat itu mencabar undang-undang yang mengharamkan aplikasinya.", "tiktok_challenges_action"),
    (None, "TikTok pada Isnin memfailkan saman terhadap kerajaan negeri itu berhubung larangan aplikasinya.", "tiktok_challenges_action"),
    # a denial
    (
        "Fahmi: Kerajaan tidak berhasrat haramkan TikTok",
        "Kerajaan mahu kerjasama yang lebih baik dengan platform media sosial.",
        "not_action",
    ),
    # a licence granted is not an act against the platform (twin: the licence suspended)
    (
        "SKMM: TikTok terima lesen untuk beroperasi di Malaysia",
        "Platform itu antara yang pertama memperoleh lesen kelas di bawah kerangka baharu.",
        "not_action",
    ),
    # an investigation of a person who posts on TikTok (twin: the investigation of TikTok)
    ("SKMM siasat pemilik akaun TikTok yang sebar berita palsu", "Individu itu dipanggil untuk memberi keterangan.", "not_action"),
    (
        "Polis buka kertas siasatan terhadap lelaki yang muat naik video di TikTok",
        "Suspek ditahan di rumahnya petang semalam.",
        "not_action",
    ),
    # the platform's own step
    ("TikTok sekat akaun pengguna bawah 13 tahun", "Syarikat itu berkata langkah tersebut mematuhi garis panduan komuniti.", "not_action"),
    # a fake claim about an act
    (
        "SKMM: Dakwaan TikTok akan ditutup di Malaysia adalah palsu",
        "Orang ramai diminta menyemak maklumat sebelum berkongsi.",
        "not_action",
    ),
    # a list of countries
    ("Senarai negara yang haramkan TikTok", "India mengharamkan aplikasi itu sejak 2020.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("ms", title, text, label)


def test_a_court_upholding_the_law_is_an_act() -> None:
    assert_new_action(
        "ms", "Mahkamah Agung AS kekalkan undang-undang yang boleh haramkan TikTok", "Keputusan itu dibuat sebulat suara.", code="US"
    )


def test_a_state_government_acts_for_itself() -> None:
    assert_new_action(
        "ms",
        "Kerajaan Negeri Kedah larang kakitangan guna TikTok pada waktu pejabat",
        "Arahan itu berkuat kuasa serta-merta.",
        "ban_government_devices",
        "MY",
        actor="State Government of Kedah",
    )


def test_the_indonesian_ministry_is_not_malaysias() -> None:
    text = "Kementerian Komunikasi dan Digital (Komdigi) Indonesia menggantung lesen operasi TikTok buat sementara waktu."
    a = _run(None, text)
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("regulatory_order", "ID")


def test_nepals_minister_is_not_malaysias() -> None:
    assert_new_action("ms", None, "Menteri Komunikasi Nepal berkata kerajaan mengharamkan TikTok berkuat kuasa serta-merta.", code="NP")


def test_a_dateline_does_not_hide_the_actor() -> None:
    assert_new_action(
        "ms",
        None,
        "KUALA LUMPUR: Amerika Syarikat mengharamkan TikTok pada peranti milik kerajaan persekutuan.",
        "ban_government_devices",
        "US",
    )


def test_a_court_dismissing_tiktoks_appeal_is_not_tiktoks_challenge() -> None:
    assert_new_action(
        "ms", "Mahkamah Persekutuan AS tolak rayuan TikTok", "Undang-undang yang mewajibkan penjualan aplikasi itu kekal.", code="US"
    )


def test_the_age_limit_named_in_the_lead_with_the_minister() -> None:
    assert_new_action(
        "ms",
        "Kanak-kanak bawah 16 tahun tidak dibenarkan buka akaun media sosial mulai 2026",
        "Larangan itu termasuk TikTok, Facebook dan Instagram, kata Fahmi.",
        "ban_national",
        "MY",
        published="2025-11-24",
    )


@pytest.mark.parametrize(
    ("title", "text", "type_", "code"),
    [
        # a licence or registration frozen by Indonesia's ministry is a regulatory order, not a ban
        ("Indonesia bekukan lesen TikTok", "Kementerian Komunikasi dan Digital Indonesia membekukan pendaftaran platform itu.",
         "regulatory_order", "ID"),
        ("Komdigi gantung permit TikTok", "Langkah itu diambil selepas data yang diminta tidak diserahkan.", "regulatory_order", "ID"),
    ],
)  # fmt: skip
def test_a_frozen_licence_is_an_order(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ms", title, text, type_, code)


def test_a_licence_that_will_not_be_revoked_is_not_an_act() -> None:
    assert_no_new_action("ms", "Lesen TikTok tidak akan dibatalkan, kata SKMM", "Platform itu diberi masa untuk memperbaiki kelemahan.")
