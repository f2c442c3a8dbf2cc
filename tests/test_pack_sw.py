"""Swahili pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.packs import PACK_DIR, _load
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says, load_word_pack

NEW = [
    ("Serikali ya Kenya yapiga marufuku TikTok", "Waziri wa ICT amesema agizo hilo linaanza mara moja.", "ban_national", "KE"),
    (
        "Somalia yaifungia TikTok na Telegram",
        "Wizara ya mawasiliano nchini Somalia imewaagiza watoa huduma za intaneti kuzuia programu hizo.",
        "ban_national",
        "SO",
    ),
    ("TCRA imeifungia TikTok kwa siku 30", "Mamlaka hiyo imesema jukwaa hilo lilikiuka kanuni za maudhui mtandaoni.", "ban_national", "TZ"),
    ("TikTok imepigwa marufuku Nepal", "Serikali ya Nepal imesema programu hiyo inavuruga maelewano ya kijamii.", "ban_national", "NP"),
    ("Rwanda yaifungia TikTok", "RURA imesema jukwaa hilo limekiuka masharti ya leseni.", "ban_national", "RW"),
    ("Serikali ya Burundi yazuia matumizi ya TikTok", "Msemaji wa serikali amesema hatua hiyo inalinda vijana.", "ban_national", "BI"),
    ("DRC yapiga marufuku TikTok", "Serikali ya Kongo imesema uamuzi huo unaanza leo.", "ban_national", "CD"),
    ("Senegal yasitisha matumizi ya TikTok", "Serikali ya Senegal imesema jukwaa hilo linatumika kueneza chuki.", "ban_national", "SN"),
    ("Jimbo la Montana lapiga marufuku TikTok", "Gavana wa jimbo hilo ametia saini sheria hiyo.", "ban_regional", "US-MT"),
    (
        "Uingereza yapiga marufuku TikTok kwenye simu za serikali",
        "Mawaziri na watumishi wa umma hawaruhusiwi tena kuitumia.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Amerika yapiga marufuku TikTok kwenye vifaa vya serikali",
        "Mashirika yote ya shirikisho yamepewa siku 30 kuiondoa programu hiyo.",
        "ban_government_devices",
        "US",
    ),
    (
        "Tume ya Ulaya imepiga marufuku TikTok kwenye vifaa vya wafanyakazi wake",
        "Wafanyakazi wametakiwa kuiondoa programu hiyo.",
        "ban_government_devices",
        "EU",
    ),
    (
        "Tume ya Ulinzi wa Data ya Ireland yaitoza TikTok faini ya euro milioni 530",
        "Mdhibiti huo umesema kampuni ilihamisha data za Wazungu kwenda China.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Kamishna wa Data aitoza TikTok faini ya shilingi milioni 5",
        "ODPC imesema kampuni ilikiuka sheria ya ulinzi wa data.",
        "fine_or_penalty",
        "KE",
    ),
    (
        "TikTok yapigwa faini Uingereza",
        "ICO imeitoza kampuni hiyo pauni milioni 12.7 kwa kutumia vibaya data za watoto.",
        "fine_or_penalty",
        "GB",
    ),
    (
        "Tume ya Ulaya yaanzisha uchunguzi dhidi ya TikTok",
        "Brussels inachunguza iwapo jukwaa hilo linawalinda watoto ipasavyo.",
        "investigation_opened",
        "EU",
    ),
    (None, "Serikali ya Kenya imeanzisha uchunguzi dhidi ya TikTok kuhusu ulinzi wa watoto mtandaoni.", "investigation_opened", "KE"),
    (
        "Jimbo la Texas laishtaki TikTok kwa kuwapotosha wazazi",
        "Mwanasheria mkuu wa jimbo hilo amefungua kesi mahakamani.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Biden atia saini sheria inayolazimisha ByteDance kuuza TikTok",
        "Rais wa Marekani alisaini muswada huo kuwa sheria siku ya Jumatano.",
        "law_enacted",
        "US",
    ),
    ("Marekani yailazimisha ByteDance kuiuza TikTok", "Agizo hilo linaipa kampuni siku 90.", "divestiture_order", "US"),
    (
        "Canada yaamuru TikTok ifunge ofisi zake nchini humo",
        "Serikali ya Kanada imesema kampuni hiyo lazima isitishe shughuli zake Toronto na Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Mamlaka ya Mawasiliano ya Kenya yaiagiza TikTok iondoe video za ngono",
        "CA imetoa siku saba kwa kampuni hiyo.",
        "regulatory_order",
        "KE",
    ),
    ("Uganda: UCC yaitaka TikTok kusajili ofisi nchini", "Tume hiyo imetoa agizo hilo Jumatatu.", "regulatory_order", "UG"),
    # a court keeping an act in force is an act of its own
    (
        "Mahakama ya Juu ya Marekani yaunga mkono sheria ya TikTok",
        "Majaji wametupilia mbali rufaa ya TikTok.",
        "other",
        "US",
    ),
    # the named body in a body sentence under a neutral headline says who acted
    ("Habari za teknolojia wiki hii", "Serikali ya Uganda imeifungia TikTok kwa madai ya kuchochea vurugu.", "ban_national", "UG"),
]

NOT_NEW = [
    # proposals: a plan, a threat, a petition, a bill, the future tense, a subjunctive
    ("Serikali ya Kenya inapanga kupiga marufuku TikTok", "Waziri amesema mjadala unaendelea.", "proposed_or_threatened"),
    ("Trump atishia kuipiga marufuku TikTok", "Rais huyo amesema huenda akachukua hatua.", "proposed_or_threatened"),
    (
        "Bunge la Kenya lapokea ombi la kupiga marufuku TikTok",
        "Spika Wetang'ula amesema ombi hilo limepelekwa kwa kamati.",
        "proposed_or_threatened",
    ),
    (
        "Bunge la Marekani lapitisha muswada wa kuipiga marufuku TikTok",
        "Muswada huo sasa unapelekwa kwa Baraza la Seneti.",
        "proposed_or_threatened",
    ),
    ("Marekani itapiga marufuku TikTok Januari 19", "Sheria hiyo inaanza kutumika wiki ijayo.", "proposed_or_threatened"),
    (
        "Wabunge wataka TikTok ipigwe marufuku Tanzania",
        "Baadhi ya wabunge wamesema jukwaa hilo linaharibu maadili.",
        "proposed_or_threatened",
    ),
    # a ban lifted or put off
    ("India yaondoa marufuku ya TikTok", "Programu hiyo inapatikana tena nchini humo.", "not_action"),
    ("Serikali ya Somalia yaondoa marufuku dhidi ya TikTok", "Watumiaji sasa wanaweza kuitumia tena.", "not_action"),
    ("Trump aahirisha marufuku ya TikTok kwa siku 75", "Rais ametia saini agizo kuu la kuchelewesha utekelezaji wa sheria.", "not_action"),
    # an act against another company
    ("Tume ya Ulaya yaitoza Meta faini", "Facebook italipa euro milioni 800. TikTok nayo inafuatiliwa.", "not_action"),
    ("Tanzania yaifungia X", "Mtandao huo haupatikani nchini humo. TikTok bado inapatikana.", "not_action"),
    (
        "TCRA yaifungia JamiiForums kwa siku 90",
        "Mamlaka hiyo imesema jukwaa hilo limechapisha maudhui ya kupotosha. TikTok haikuathirika.",
        "not_action",
    ),
    # a past ban recalled as background
    (
        "TikTok yazindua kipengele kipya kwa wabunifu",
        "Programu hiyo, iliyopigwa marufuku India tangu 2020, inaendelea kukua.",
        "background_only",
    ),
    ("TikTok yaendelea kukua Afrika Mashariki", "Mwaka jana Somalia ilipiga marufuku programu hiyo.", "background_only"),
    # a court blocking the act
    (
        "Mahakama yazuia marufuku ya TikTok jimboni Montana",
        "Jaji wa shirikisho amesimamisha utekelezaji wa sheria hiyo.",
        "court_blocks_action",
    ),
    (
        "Mahakama Kuu ya Kenya yasimamisha agizo la kuifungia TikTok",
        "Jaji amesema uamuzi wa serikali ulikiuka katiba.",
        "court_blocks_action",
    ),
    # TikTok goes to court
    ("TikTok yaishtaki serikali ya Marekani", "Kampuni hiyo imefungua kesi ikipinga sheria mahakamani.", "tiktok_challenges_action"),
    (
        "TikTok yakata rufaa dhidi ya faini ya Tume ya Ulaya",
        "Kampuni hiyo imewasilisha rufaa mahakamani Luxembourg.",
        "tiktok_challenges_action",
    ),
    # negation: "has not banned", "will not block"
    ("Serikali haijapiga marufuku TikTok, asema waziri", "Waziri wa ICT amesema hakuna mpango wa kuifungia.", "not_action"),
    (
        "Serikali ya Tanzania haitaifungia TikTok, asema Waziri Silaa",
        "Waziri amesema serikali inapendelea mazungumzo na kampuni hiyo.",
        "not_action",
    ),
    # opinion and polls
    ("Maoni: Je, Kenya inapaswa kupiga marufuku TikTok?", "Wataalamu wanatofautiana kuhusu hatua hiyo.", "not_action"),
    ("Kura ya maoni: Wakenya wengi wanaunga mkono marufuku ya TikTok", "Utafiti umefanywa na shirika moja la Nairobi.", "not_action"),
    # creators charged by the police are no lawsuit against TikTok ("wa-meshtakiwa", people)
    (
        "Watengeneza maudhui wa TikTok washtakiwa Kilifi",
        "Vijana wanne walifikishwa mahakamani kwa kuchapisha habari za uongo.",
        "not_action",
    ),
    # a newsroom's investigation is no authority's
    (
        "Uchunguzi wa BBC wabaini TikTok inawanyonya watoto",
        "Shirika hilo la habari limegundua kuwa watoto wanatumiwa vibaya.",
        "not_action",
    ),
    # an unnamed step in a body sentence under a neutral headline
    ("Habari za teknolojia wiki hii", "Programu ya TikTok imefungiwa kwa siku kadhaa.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("sw", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("sw", title, text, label)


# Subject, tense and object prefixes on one verb stem: every form is the same act.
@pytest.mark.parametrize(
    "headline",
    [
        "Serikali ya Uganda imeifungia TikTok",  # i-me-i-fungia: it has blocked it
        "Serikali ya Uganda yaifungia TikTok",  # headline "ya-" form
        "Serikali ya Uganda ilifungia TikTok jana",  # i-li-: past
        "TikTok imefungiwa na Serikali ya Uganda",  # passive -wa
        "Serikali ya Uganda imeipiga marufuku TikTok",
        "TikTok yapigwa marufuku na Serikali ya Uganda",
    ],
)
def test_prefixed_verb_forms(headline: str) -> None:
    assert_new_action("sw", headline, "Uamuzi huo unaanza leo.", "ban_national", "UG")


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Serikali ya Uganda itaifungia TikTok", "proposed_or_threatened"),  # i-ta-: future
        ("Serikali ya Uganda haijaifungia TikTok", "not_action"),  # ha-ija-: not yet
        ("Serikali ya Uganda haitaipiga marufuku TikTok", "not_action"),  # ha-ita-: will not
    ],
)
def test_tense_and_negative_prefixes(headline: str, label: str) -> None:
    assert_label("sw", headline, "Uamuzi huo umetangazwa leo.", label)


def test_word_matching_is_the_right_mode(tmp_path: Path) -> None:
    """`matching: word`, with the prefixes written into the stems, reads places only as whole words; the
    same pack as `substring` would read Cuba ("Kuba") inside "imekubali" (has agreed) and India inside "Indiana"."""
    pack = load_word_pack("sw")
    assert {c for _, c in pack.find_places("Romania na Indiana")} == {"RO", "US-IN"}
    assert pack.find_places("mali ya kampuni") == []  # "mali" is property, not Mali
    text = (PACK_DIR / "sw.yaml").read_text(encoding="utf-8").replace("matching: word", "matching: substring")
    (tmp_path / "sw.yaml").write_text(text, encoding="utf-8")
    substring = _load(tmp_path / "sw.yaml")
    assert {"CU", "IN"} <= {c for _, c in substring.find_places("TikTok imekubali masharti ya Indiana")}
    assert pack.find_places("TikTok imekubali masharti") == []


def test_pack_language_is_identified() -> None:
    assert_py3langid_says("sw", "Serikali ya Kenya imepiga marufuku TikTok nchini kote baada ya mjadala bungeni.")
