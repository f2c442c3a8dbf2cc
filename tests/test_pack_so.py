"""Somali pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.packs import PACK_DIR, _load
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says, load_word_pack

NEW = [
    # the federal government's ban of TikTok, Telegram and 1XBet, as the headline and the lead word it
    ("Soomaaliya oo mamnuucday TikTok, Telegram iyo 1XBet", "Go'aanka ayaa dhaqan galaya toddobaadka soo socda.", "ban_national", "SO"),
    (
        "Dowladda Soomaaliya oo dalka ka xireysa TikTok",
        "Hay'adda Isgaarsiinta Qaranka ayaa shirkadaha internetka faray inay xiraan barnaamijka.",
        "ban_national",
        "SO",
    ),
    (
        "DF oo xireysa saddex ka mid ah baraha bulshada",
        "Muqdisho – Dowladda Soomaaliya ayaa shaacisay inay dalka ka xireyso TikTok, Telegram iyo 1XBet.",
        "ban_national",
        "SO",
    ),
    (
        "Nebaal oo mamnuucday TikTok",
        "Dowladda Nebaal ayaa sheegtay in barnaamijku uu wiiqayo wada noolaanshaha bulshada.",
        "ban_national",
        "NP",
    ),
    (
        "TikTok oo laga mamnuucay Afgaanistaan",
        "Maamulka Daalibaan ayaa sheegay in barnaamijku dhallinyarada marin habaabinayo.",
        "ban_national",
        "AF",
    ),
    (
        "Sinigaal oo hakisay adeegga TikTok",
        "Wasiirka Isgaarsiinta Sinigaal ayaa sheegay in barnaamijka loo adeegsaday nacayb.",
        "ban_national",
        "SN",
    ),
    ("Urdun oo xannibtay TikTok", "Dowladda Urdun ayaa sheegtay in barnaamijka loo adeegsaday kicinta rabshado.", "ban_national", "JO"),
    (
        "Albaaniya oo TikTok mamnuucday muddo sannad ah",
        "Ra'iisul wasaare Edi Rama ayaa sheegay in go'aanku ka dambeeyay dil arday.",
        "ban_national",
        "AL",
    ),
    # Somaliland and Puntland act for themselves (code SO, their own names)
    (
        "Somaliland oo xannibtay TikTok",
        "Wasaaradda Isgaarsiinta Somaliland ayaa shirkadaha internetka ku amartay inay joojiyaan adeegga.",
        "ban_national",
        "SO",
    ),
    ("Puntland oo mamnuucday TikTok", "Golaha Wasiirada Puntland ayaa go'aankan ku gaaray kulan ka dhacay Garoowe.", "ban_regional", "SO"),
    # devices
    (
        "Ingiriiska oo TikTok ka mamnuucay taleefannada dowladda",
        "Wasiirada iyo shaqaalaha dowladda looma oggola inay barnaamijka ku shubtaan qalabka shaqada.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Maraykanka oo TikTok ka mamnuucay qalabka dowladda federaalka",
        "Hay'adaha dowladda waxaa la siiyay 30 maalmood inay ka tirtiraan barnaamijka.",
        "ban_government_devices",
        "US",
    ),
    (
        "Guddiga Midowga Yurub oo TikTok ka mamnuucay taleefannada shaqaalaha",
        "Shaqaalaha guddiga ayaa la faray inay barnaamijka ka saaraan moobaylada shaqada.",
        "ban_government_devices",
        "EU",
    ),
    # fines, investigations, suits
    (
        "Ayrlaand oo TikTok ku ganaaxday 345 milyan oo yuuro",
        "Guddiga Ilaalinta Xogta ee Ireland ayaa sheegay in shirkaddu si khaldan u maamushay xogta carruurta.",
        "fine_or_penalty",
        "IE",
    ),
    # an EU fine over users' data is the Irish regulator's
    (
        "Midowga Yurub oo TikTok ku ganaaxay 530 milyan oo yuuro",
        "Go'aanka ayaa la xiriira u gudbinta xogta isticmaalayaasha reer Yurub ee Shiinaha.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Guddiga Midowga Yurub oo baaritaan ku furay TikTok",
        "Guddiga ayaa eegaya haddii barnaamijku uu si ku filan u ilaaliyo carruurta.",
        "investigation_opened",
        "EU",
    ),
    (
        "Gobolka Texas oo dacweeyay TikTok",
        "Xeer ilaaliyaha guud ee gobolka ayaa sheegay in shirkaddu ay waalidiinta marin habaabisay.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Gobolka Texas oo TikTok maxkamad u qaaday",
        "Xeer ilaaliyaha guud ayaa sheegay in shirkaddu jebisay sharciga ilaalinta macaamiisha.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # a law signed, an order to sell, an order to wind up, a regulator's order
    (
        "Biden oo saxiixay sharciga ku khasbaya ByteDance inay iibiso TikTok",
        "Madaxweynaha Maraykanka ayaa sharciga saxiixay Arbacadii.",
        "law_enacted",
        "US",
    ),
    ("Maraykanka oo ByteDance ku amray inay iibiso TikTok", "Amarka ayaa shirkadda siinaya 90 maalmood.", "divestiture_order", "US"),
    (
        "Kanada oo TikTok ku amartay inay xirto xafiisyadeeda",
        "Dowladda Kanada ayaa sheegtay in shirkaddu ay joojiso hawlaheeda Toronto iyo Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Hay'adda Isgaarsiinta Qaranka oo TikTok ku amartay inay furto xafiis Muqdisho",
        "Hay'adda ayaa shirkadda siisay lix bilood.",
        "regulatory_order",
        "SO",
    ),
    # a court keeping an act in force is an act of its own
    (
        "Maxkamadda Sare ee Maraykanka oo ansixisay sharciga TikTok",
        "Garsoorayaasha ayaa diiday racfaanka TikTok.",
        "other",
        "US",
    ),
    (
        "Guddiga Midowga Yurub oo ganaaxay TikTok iyo Meta",
        "Labada shirkadood ayaa jebiyay sharciga adeegyada dhijitaalka.",
        "fine_or_penalty",
        "EU",
    ),
    # a place the act is compared with is not who acted ("Hindiya kadib", after India; "sida", like)
    ("Hindiya kadib, Maraykanka oo mamnuucay TikTok", "Go'aanka ayaa dhaqan galay maanta.", "ban_national", "US"),
    (
        "Kanada oo TikTok ka mamnuucay taleefannada dowladda sida Maraykanka",
        "Shaqaalaha dowladda ayaa la faray inay barnaamijka tirtiraan.",
        "ban_government_devices",
        "CA",
    ),
    # the named body in a body sentence under a neutral headline says who acted; a lead with no headline
    ("Warar kooban oo tiknoolajiyadda ah", "Dowladda Kenya ayaa xannibtay TikTok muddo toddobaad ah.", "ban_national", "KE"),
    (None, "Dowladda Ugaanda ayaa maanta dalka ka mamnuucday barnaamijka TikTok.", "ban_national", "UG"),
]

ACTORS = [
    (
        "Wasiirka Isgaarsiinta oo amar ku bixiyay in la xiro TikTok",
        "Amarka ayaa shirkadaha siinaya afar maalmood.",
        "Ministry of Communications and Technology (Somalia)",
    ),
    ("Somaliland oo xannibtay TikTok", "Go'aanka ayaa dhaqan galay maanta.", "Government of Somaliland"),
    ("Puntland oo mamnuucday TikTok", "Go'aanka ayaa dhaqan galay maanta.", "Government of Puntland"),
    ("Gobolka Texas oo dacweeyay TikTok", "Dacwadda ayaa laga gudbiyay maxkamad gobol.", "State of Texas"),
]

NOT_NEW = [
    # proposals: a plan, a threat, a call, a bill, the future with "doon-"
    (
        "Dowladda Kenya oo qorshaynaysa inay mamnuucdo TikTok",
        "Wasiirka ayaa sheegay in dood ka socoto golaha wasiirada.",
        "proposed_or_threatened",
    ),
    (
        "Trump oo ugu hanjabay inuu mamnuuci doono TikTok",
        "Madaxweynaha ayaa sheegay in laga yaabo inuu tallaabo qaado.",
        "proposed_or_threatened",
    ),
    (
        "Xildhibaanno oo ku baaqay in TikTok laga mamnuuco Soomaaliya",
        "Xildhibaannada ayaa sheegay in barnaamijku uu dhaqanka wax u dhimayo.",
        "proposed_or_threatened",
    ),
    (
        "Aqalka Wakiilada Maraykanka oo ansixiyay hindise sharci oo lagu mamnuucayo TikTok",
        "Hindisaha ayaa hadda loo gudbinayaa Aqalka Sare.",
        "proposed_or_threatened",
    ),
    ("Maraykanka oo TikTok mamnuuci doona 19-ka Janaayo", "Sharciga ayaa dhaqan geli doona usbuuca soo socda.", "proposed_or_threatened"),
    (
        "TikTok oo wajahaysa cadaadis",
        "Xildhibaanno ka tirsan Golaha Shacabka ayaa ku baaqay in barnaamijka laga mamnuuco dalka.",
        "proposed_or_threatened",
    ),
    # a ban lifted, put off, or rejected by a member state
    ("Hindiya oo ka qaaday mamnuucista TikTok", "Barnaamijka ayaa mar kale laga heli karaa dalka.", "not_action"),
    ("Dowladda Soomaaliya oo ka qaaday xayiraadda TikTok", "Isticmaalayaasha ayaa hadda dib u isticmaali kara.", "not_action"),
    (
        "Trump oo dib u dhigay mamnuucista TikTok 75 maalmood",
        "Madaxweynaha ayaa saxiixay amar fulineed oo hakinaya fulinta sharciga.",
        "not_action",
    ),
    (
        "Maamulka Puntland oo ka horyimid go'aanka xiritaanka TikTok",
        "Wasiirka Warfaafinta Puntland ayaa sheegay in amarka federaalka aan lagu fulin doonin gobolladooda.",
        "not_action",
    ),
    # an act against another company
    (
        "Guddiga Midowga Yurub oo ganaaxay Meta",
        "Facebook waxay bixin doontaa 800 milyan oo yuuro. TikTok-na waa la la socdaa.",
        "not_action",
    ),
    ("Tansaaniya oo xannibtay X", "Barnaamijkaas lagama heli karo dalka. TikTok weli waa shaqeynayaa.", "not_action"),
    # a past ban recalled as background
    (
        "TikTok oo soo bandhigtay qaab cusub oo loogu talagalay sameeyayaasha",
        "Barnaamijka, oo Hindiya looga mamnuucay tan iyo 2020, ayaa sii kordhaya.",
        "background_only",
    ),
    ("TikTok oo ku sii fidaya Geeska Afrika", "Sannadkii hore Soomaaliya ayaa mamnuucday barnaamijkan.", "background_only"),
    # a court blocking the act
    (
        "Maxkamad oo hakisay mamnuucista TikTok ee Montana",
        "Garsoore federaal ah ayaa joojiyay fulinta sharciga.",
        "court_blocks_action",
    ),
    (
        "Maxkamadda Sare ee Kenya oo joojisay amarka lagu xirayo TikTok",
        "Garsooraha ayaa sheegay in go'aanka dowladdu uu ka soo horjeedo dastuurka.",
        "court_blocks_action",
    ),
    # TikTok goes to court
    (
        "TikTok oo dacweysay dowladda Maraykanka",
        "Shirkadda ayaa dacwad ka gudbisay maxkamad federaal ah iyadoo ka soo horjeeda sharciga.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok oo maxkamad u qaaday dowladda Maraykanka",
        "Shirkadda ayaa sheegtay in sharcigu uu jebinayo xorriyadda hadalka.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok oo racfaan ka qaadatay ganaaxa Guddiga Midowga Yurub",
        "Shirkadda ayaa racfaanka u gudbisay maxkamadda Luxembourg.",
        "tiktok_challenges_action",
    ),
    # negation: "has not banned", "will not close", "was not closed"
    (
        "Dowladda ma mamnuucin TikTok, ayuu yiri wasiirku",
        "Wasiirka Isgaarsiinta ayaa sheegay in aan la qorsheyn xiritaanka barnaamijka.",
        "not_action",
    ),
    (
        "Dowladda Tansaaniya ma xiri doonto TikTok, ayuu yiri wasiirku",
        "Wasiirka ayaa sheegay in dowladdu doorbidayso wada hadal.",
        "not_action",
    ),
    ("Wasiirka oo beeniyay warar la isla dhex marayo", "Wasiirka Isgaarsiinta ayaa sheegay in TikTok aan la xirin.", "not_action"),
    # opinion and polls
    ("Faallo: Soomaaliya ma u baahan tahay inay mamnuucdo TikTok?", "Khubarada ayaa ku kala aragti duwan tallaabadan.", "not_action"),
    (
        "Codbixin: Inta badan Soomaalida waxay taageersan yihiin mamnuucista TikTok",
        "Sahanka waxaa sameeyay hay'ad ku taal Muqdisho.",
        "not_action",
    ),
    # users arrested, not the app closed ("xiray" is also "arrested"); a newsroom's investigation
    (
        "Booliska Kenya oo xiray dhallinyaro TikTok ku baahiyay muuqaallo",
        "Dhallinyarada ayaa lagu eedeeyay inay ku istaageen calanka.",
        "not_action",
    ),
    ("Baaritaan BBC: TikTok oo ka faa'iideysanaya carruurta", "Idaacadda ayaa ogaatay in carruur la dhibaateeyay.", "not_action"),
    # an unnamed step in a body sentence under a neutral headline
    ("Warar kooban oo tiknoolajiyadda ah", "Barnaamijka TikTok ayaa la xannibay dhowr maalmood.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("so", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "actor"), ACTORS)
def test_actors(title: str, text: str, actor: str) -> None:
    assert_new_action("so", title, text, actor=actor)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("so", title, text, label)


# One act, the word orders of headline and body and the verb's forms: every form is the same act.
@pytest.mark.parametrize(
    "headline",
    [
        "Dowladda Ugaanda oo mamnuucday TikTok",  # headline "oo" form, feminine past
        "Dowladda Ugaanda ayaa mamnuucday TikTok",  # body "ayaa" form
        "TikTok oo ay mamnuucday dowladda Ugaanda",  # the object first
        "TikTok waxaa mamnuucday dowladda Ugaanda",  # "waxaa" focus
        "Dowladda Ugaanda oo xannibtay TikTok",  # another verb
        "Dowladda Ugaanda oo TikTok ka xirtay dalka",  # "xir", close
        "Dowladda Ugaanda oo joojisay adeegga TikTok",  # "jooji", stop the service
        "Dowladda Ugaanda oo go'aansatay in TikTok la xiro",  # decided that it be closed
        "TikTok-ga oo laga xiray Ugaanda",  # impersonal "laga", the article on the name
    ],
)
def test_verb_forms_and_word_orders(headline: str) -> None:
    assert_new_action("so", headline, "Go'aanka ayaa dhaqan galay maanta.", "ban_national", "UG")


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Dowladda Ugaanda waxay mamnuuci doontaa TikTok", "proposed_or_threatened"),  # future with "doon-"
        ("Dowladda Ugaanda oo doonaysa inay mamnuucdo TikTok", "proposed_or_threatened"),  # wants to
        ("Dowladda Ugaanda ma mamnuucin TikTok", "not_action"),  # negative past
        ("Dowladda Ugaanda ma mamnuuci doonto TikTok", "not_action"),  # negative future
    ],
)
def test_future_and_negative_forms(headline: str, label: str) -> None:
    assert_label("so", headline, "Wasiirka ayaa arrintan ka warbixiyay maanta.", label)


def test_word_matching_is_the_right_mode(tmp_path: Path) -> None:
    """`matching: word` with the article endings (`name_endings`) reads "Jarmalka", "Turkigu" and "Maraykanka"
    as countries and "Af-Ingiriis" (English, the language), "jaadka" (khat) and "qadar" (an amount) as none;
    the same pack as `substring` would read Ghana ("Gaana") inside "degaanadooda" (their areas)."""
    pack = load_word_pack("so")
    assert [c for _, c in pack.find_places("Jarmalka, Turkigu iyo Maraykanka")] == ["DE", "TR", "US"]
    assert [c for _, c in pack.find_places("Af-Ingiriis iyo Ingiriiska")] == ["GB"]
    assert pack.find_places("jaadka iyo qadar lacag ah") == []
    assert pack.find_places("Puntland iyo degaanadooda") == []
    text = (PACK_DIR / "so.yaml").read_text(encoding="utf-8").replace("matching: word", "matching: substring")
    (tmp_path / "so.yaml").write_text(text, encoding="utf-8")
    substring = _load(tmp_path / "so.yaml")
    assert "GH" in {c for _, c in substring.find_places("Puntland iyo degaanadooda")}


def test_pack_language_is_identified() -> None:
    assert_py3langid_says("so", "Dowladda Soomaaliya ayaa dalka ka mamnuucday barnaamijka TikTok kadib shir ay yeelatay wasaaraddu.")
