"""Sinhala pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"
ZWJ = "\u200d"

NEW = [
    # Sri Lanka: the government, the regulator told to block
    (
        "ශ්‍රී ලංකා රජය ටික්ටොක් යෙදුම තහනම් කරයි",
        "විදුලි සංදේශ නියාමන කොමිෂන් සභාව අන්තර්ජාල සේවා සපයන්නන්ට යෙදුම අවහිර කරන ලෙස උපදෙස් දුන්නේය.",
        "ban_national",
        "LK",
    ),
    # the same without the ZWJ in "ශ්‍රී", as text copied from the web often is
    ("ශ්රී ලංකා රජය ටික්ටොක් තහනම් කර ඇත", "", "ban_national", "LK"),
    (
        "ඉන්දියාව ටික්ටොක් ඇතුළු චීන යෙදුම් 59ක් තහනම් කළා",
        "ඉන්දියානු තොරතුරු තාක්ෂණ අමාත්‍යාංශය මේ පිළිබඳ නියෝගය නිකුත් කළේය.",
        "ban_national",
        "IN",
    ),
    ("නේපාලයේ ටික්ටොක් තහනම් කෙරේ", "නේපාල කැබිනට් මණ්ඩලය සඳුදා රැස්වීමේදී මෙම තීරණය ගත්තේය.", "ban_national", "NP"),
    ("නේපාල කැබිනට් මණ්ඩලය ටික්ටොක් තහනම් කිරීමට තීරණය කළා", "", "ban_national", "NP"),
    (
        "පාකිස්තානය ටික්ටොක් යළි අවහිර කරයි",
        "පාකිස්තාන විදුලි සංදේශ අධිකාරිය අශෝභන අන්තර්ගතය හේතුවෙන් යෙදුම අවහිර කළේය.",
        "ban_national",
        "PK",
    ),
    ("බංග්ලාදේශ රජය ටික්ටොක් තාවකාලිකව අවහිර කළා", "", "ban_national", "BD"),
    ("එක්සත් ජනපදයේ ටික්ටොක් තහනම ඉරිදා සිට ක්‍රියාත්මක වේ", "", "ban_national", "US"),
    ("ඇල්බේනියාව TikTok වසරකට තහනම් කරයි", "", "ban_national", "AL"),
    # a court's order
    ("මදුරාසි මහාධිකරණය ටික්ටොක් තහනම් කරයි", "", "ban_national", "IN"),
    # a supreme court keeping the law in force is news of the ban
    ("ඇමරිකානු ශ්‍රේෂ්ඨාධිකරණය ටික්ටොක් තහනම් කිරීමේ පනත තහවුරු කළා", "", "other", "US"),
    # November ("නොවැම්බර්") is no negation
    ("නේපාල රජය ටික්ටොක් තහනම් කළේ නොවැම්බර් 13 වැනිදාය", "", "ban_national", "NP"),
    # device bans
    (
        "බ්‍රිතාන්‍යය රජයේ උපාංගවල ටික්ටොක් භාවිතය තහනම් කරයි",
        "අමාත්‍යවරුන්ගේ නිල දුරකථනවලින් යෙදුම ඉවත් කළ යුතුය.",
        "ban_government_devices",
        "GB",
    ),
    ("කැනඩාව රජයේ ජංගම දුරකථනවල ටික්ටොක් තහනම් කළා", "", "ban_government_devices", "CA"),
    # officials and soldiers barred from the app
    ("ඇමරිකාව ෆෙඩරල් සේවකයින්ට ටික්ටොක් භාවිතය තහනම් කරයි", "", "ban_government_devices", "US"),
    ("ඉන්දියාව හමුදා සාමාජිකයින්ට ටික්ටොක් තහනම් කරයි", "", "ban_government_devices", "IN"),
    # "officially" ("නිල වශයෙන්") and mobile app stores ("ජංගම යෙදුම් ගබඩා") are no government devices
    ("ඉන්දියාව ටික්ටොක් නිල වශයෙන් ජංගම යෙදුම් ගබඩාවලින් ඉවත් කර තහනම් කළා", "", "ban_national", "IN"),
    ("මොන්ටානා ප්‍රාන්තය ටික්ටොක් තහනම් කරයි", "", "ban_regional", "US-MT"),
    # a headline ban whose lead names the government's devices
    ("කැනඩාව ටික්ටොක් තහනම් කරයි", "රජයේ සියලු ජංගම දුරකථනවලින් යෙදුම ඉවත් කෙරේ.", "ban_government_devices", "CA"),
    # fines
    (
        "අයර්ලන්තයේ දත්ත ආරක්ෂණ කොමිෂන් සභාව ටික්ටොක් සමාගමට යුරෝ මිලියන 530ක දඩයක් නියම කළා",
        "",
        "fine_or_penalty",
        "IE",
    ),
    ("බ්‍රිතාන්‍ය තොරතුරු කොමසාරිස් කාර්යාලය ටික්ටොක් වලට පවුම් මිලියන 12.7ක දඩයක් පනවයි", "", "fine_or_penalty", "GB"),
    ("ඉතාලිය ටික්ටොක් සමාගමට යුරෝ මිලියනයක දඩයක් නියම කළා", "", "fine_or_penalty", "IT"),
    # lawsuits by governments
    (
        "ඇමරිකානු අධිකරණ දෙපාර්තමේන්තුව ටික්ටොක් සමාගමට එරෙහිව නඩු පවරයි",
        "ළමුන්ගේ පෞද්ගලිකත්වය ආරක්ෂා කරන නීතිය කඩ කළ බවට චෝදනා කෙරේ.",
        "lawsuit_by_government",
        "US",
    ),
    ("ටෙක්සාස් ප්‍රාන්තය ටික්ටොක් සමාගමට එරෙහිව නඩුවක් ගොනු කළා", "", "lawsuit_by_government", "US-TX"),
    # investigations
    ("යුරෝපා කොමිෂන් සභාව ටික්ටොක් සම්බන්ධයෙන් විධිමත් විමර්ශනයක් ආරම්භ කළා", "", "investigation_opened", "EU"),
    ("මාර්ගගත ආරක්ෂණ කොමිෂන් සභාව ටික්ටොක් සම්බන්ධයෙන් විමර්ශනයක් ආරම්භ කරයි", "", "investigation_opened", "LK"),
    # orders to sell or wind up
    ("ට්‍රම්ප් ටික්ටොක් දින 90ක් ඇතුළත විකුණන ලෙස නියෝග කරයි", "", "divestiture_order", "US"),
    ("කැනඩාව ටික්ටොක් හි කැනේඩියානු ව්‍යාපාරය වසා දමන ලෙස නියෝග කළා", "", "business_wind_up_order", "CA"),
    # laws signed or passed
    ("මොන්ටානා ආණ්ඩුකාරවරයා ටික්ටොක් තහනම් කිරීමේ පනතට අත්සන් තැබීය", "", "law_enacted", "US-MT"),
    ("ටික්ටොක් ඇතුළු සමාජ මාධ්‍යවලට ළමුන්ගේ ප්‍රවේශය සීමා කරන පනත ඕස්ට්‍රේලියාවේ සම්මත විය", "", "law_enacted", "AU"),
    # regulatory orders: show cause, an explanation demanded
    ("ඉන්දියානු රජය ටික්ටොක් සමාගමට හේතු දක්වන ලෙස දැනුම් දුන්නා", "", "regulatory_order", "IN"),
    ("නේපාල රජය ටික්ටොක් සමාගමෙන් පැහැදිලි කිරීමක් ඉල්ලා සිටියි", "", "regulatory_order", "NP"),
    # a request to take content down is the order itself, not a call
    ("නේපාල රජය ටික්ටොක් සමාගමෙන් අශෝභන වීඩියෝ ඉවත් කරන ලෙස ඉල්ලා සිටියි", "", "regulatory_order", "NP"),
    ("ටික්ටොක් ඇතුළු සමාජ මාධ්‍ය ජාල ලියාපදිංචි වන ලෙස නේපාල රජය නියෝග කරයි", "", "regulatory_order", "NP"),
    # a proposal the Cabinet approved is the decision
    ("ටික්ටොක් තහනම් කිරීමේ යෝජනාවට කැබිනට් අනුමැතිය", "", "ban_national", "LK"),
    # the ban's agent after it (a passive), and a regulator named only as "that country's"
    ("ටික්ටොක් තහනම් කිරීමට ශ්‍රී ලංකා රජය තීරණය කරයි", "", "ban_national", "LK"),
    (
        "පාකිස්ථානයේ Tik Tok තහනම් කරයි",
        "අශෝභන අන්තර්ගතය පාලනය කිරීමට නොහැකි වීම නිසා එරට විදුලි සංදේශ අධිකාරිය යෙදුම තහනම් කිරීමට තීරණය කර තිබේ.",
        "ban_national",
        "PK",
    ),
    # banned for non-compliance ("නොපිළිපැදීම") is no negation
    ("ටික්ටොක් තහනම් කළේ නීති නොපිළිපැදීම නිසා: නේපාල රජය", "", "ban_national", "NP"),
    ("ශ්‍රී ලංකා පොලිසිය ටික්ටොක් සමාගම සම්බන්ධයෙන් විමර්ශනයක් සිදු කරයි", "", "investigation_opened", "LK"),
    # content on TikTok ordered removed is an order to TikTok
    ("ටික්ටොක් ගිණුම් 1000ක් ඉවත් කරන ලෙස නේපාල රජය නියෝග කරයි", "", "regulatory_order", "NP"),
    ("යුරෝපා සංගමය TikTok සමාගමට දඩයක් නියම කරයි", "පරිශීලකයින්ගේ පුද්ගලික දත්ත චීනයට යැවීම නිසා මෙම දඩය පනවා ඇත.", "fine_or_penalty", "IE"),
]

NOT_NEW = [
    # proposals, plans, calls, threats, "may", "will", bills, questions
    ("ටික්ටොක් තහනම් කිරීම ගැන රජය සලකා බලයි", "", "proposed_or_threatened"),
    ("ශ්‍රී ලංකාවේ ටික්ටොක් තහනම් කරයිද?", "", "proposed_or_threatened"),
    ("ශ්‍රී ලංකාවේ ටික්ටොක් තහනම් කරයිද", "", "proposed_or_threatened"),
    (
        "ඇමරිකාවේ ටික්ටොක් තහනම් කිරීමේ පනත් කෙටුම්පත නියෝජිත මන්ත්‍රී මණ්ඩලයේ සම්මත විය",
        "එය නීතියක් වීමට සෙනෙට් සභාවේ අනුමැතිය අවශ්‍යයි.",
        "proposed_or_threatened",
    ),
    ("ටික්ටොක් තහනම් කරන බවට ට්‍රම්ප් තර්ජනය කරයි", "", "proposed_or_threatened"),
    ("පාර්ලිමේන්තු මන්ත්‍රීවරු ටික්ටොක් තහනම් කරන ලෙස ඉල්ලා සිටිති", "", "proposed_or_threatened"),
    ("ඉන්දියාවේ ටික්ටොක් තහනම් කළ හැකියි", "", "proposed_or_threatened"),
    ("ටික්ටොක් තහනම් කරනු ඇතැයි බයිඩන් පවසයි", "", "proposed_or_threatened"),
    ("ටික්ටොක් තහනම් කළ යුතුයි - හිටපු ඇමති", "", "proposed_or_threatened"),
    ("ජනාධිපති ටික්ටොක් පනත් කෙටුම්පතට අත්සන් තැබීමට සූදානම්", "", "proposed_or_threatened"),
    ("ඇමෙරිකාව TikTok තහනම් කරන්න කෙටුම්පතක් සම්මත කරයි", "", "proposed_or_threatened"),
    ("ටික්ටොක් ඉදිරි දින කිහිපය තුළ තහනම් කෙරේ", "", "proposed_or_threatened"),
    # a condition: "if it is banned"
    ("ශ්‍රී ලංකාවේ ටික්ටොක් තහනම් කළොත් තරුණයින්ට කුමක් වේද", "", "proposed_or_threatened"),
    # someone asks a court to ban TikTok, and the court turns the petition down: no act
    ("ශ්‍රී ලංකාවේ ටික්ටොක් තහනම් කරන ලෙස ඉල්ලා ශ්‍රේෂ්ඨාධිකරණයට පෙත්සමක්", "", "proposed_or_threatened"),
    ("ටික්ටොක් තහනම් කරන ලෙස ඉල්ලා ගොනු කළ පෙත්සම ශ්‍රේෂ්ඨාධිකරණය ප්‍රතික්ෂේප කරයි", "", "proposed_or_threatened"),
    # lifted, eased, deadline extended
    ("නේපාල රජය ටික්ටොක් තහනම ඉවත් කළා", "මාස නවයකට පසු යෙදුම යළි භාවිතයට ලබා ගත හැකියි.", "not_action"),
    ("පාකිස්තානය ටික්ටොක් තහනම ලිහිල් කරයි", "", "not_action"),
    ("TikTok තහනම වාණිජ්‍ය දෙපාර්තමේන්තුව අත්හිටුවයි", "", "not_action"),
    ("ට්‍රම්ප් ටික්ටොක් තහනම දින 75කින් කල් දමයි", "", "not_action"),
    ("ටික්ටොක් යෙදුම තහනමෙන් නිදහස් වෙයි: නේපාලය", "", "not_action"),
    ("ටික්ටොක් තහනම ක්‍රියාත්මක කිරීමේ කාල සීමාව ට්‍රම්ප් දින 75කින් දීර්ඝ කළා", "", "not_action"),
    # negated
    ("ටික්ටොක් තහනම් නොකරන බව ජනමාධ්‍ය අමාත්‍යවරයා පවසයි", "", "not_action"),
    ("ශ්‍රී ලංකාවේ ටික්ටොක් තහනමක් නැත", "", "not_action"),
    ("මැලේසියානු රජය ටික්ටොක් තහනම් කර නැහැ", "", "not_action"),
    ("ටික්ටොක් තහනම් කරන්න එපා - පරිශීලකයින්", "", "not_action"),
    # no intention to ban, whichever side of the act it is said
    ("ටික්ටොක් තහනම් කිරීමට රජයේ අදහසක් නැහැ", "", "not_action"),
    ("ශ්‍රී ලංකා රජයට අදහසක් නැහැ ටික්ටොක් තහනම් කරන්න", "", "not_action"),
    # an act against another company, TikTok only named after it
    (
        "යුරෝපා කොමිෂන් සභාව එක්ස් සමාගමට දඩ නියම කළා",
        "එක්ස් නීති කඩ කළ බව කොමිෂන් සභාව පැවසීය. ටික්ටොක් පිළිබඳ විමර්ශනය තවමත් සිදු වේ.",
        "not_action",
    ),
    # a past ban recalled
    (
        "ටික්ටොක් නව විශේෂාංගයක් හඳුන්වා දෙයි",
        "2020 සිට ඉන්දියාවේ තහනම් කර ඇති මෙම යෙදුම ලොව පුරා ව්‍යාප්ත වේ.",
        "background_only",
    ),
    ("බයිට්ඩාන්ස් නව යෙදුමක් නිකුත් කරයි", "ඉන්දියානු රජය පසුගිය වසරේ ටික්ටොක් තහනම් කර තිබුණි.", "background_only"),
    ("ටික්ටොක් ආදායම ඉහළ යයි", "ඉන්දියාව 2020 ජූනි මාසයේදී ටික්ටොක් තහනම් කළා.", "background_only"),
    ("ඉන්දියාවේ ටික්ටොක් තහනම තවදුරටත් ක්‍රියාත්මක බව රජය පවසයි", "", "background_only"),
    ("ටික්ටොක් නව වෙළඳසැලක් විවෘත කරයි", "ඉන්දියාව ඇතුළු රටවල් කිහිපයක ටික්ටොක් තහනම් කර තිබෙනවා.", "background_only"),
    # a court stops the act; TikTok goes to court
    (
        "මොන්ටානා ටික්ටොක් තහනම් පනතට ෆෙඩරල් විනිසුරුවරයෙක් අතුරු තහනම් නියෝගයක් නිකුත් කළා",
        "පනත භාෂණ නිදහස උල්ලංඝනය කරන බව විනිසුරුවරයා පැවසීය.",
        "court_blocks_action",
    ),
    ("මොන්ටානා තහනමට එරෙහිව ටික්ටොක් සමාගම නඩු පවරයි", "", "tiktok_challenges_action"),
    ("ඉන්දියානු රජයේ තහනමට එරෙහිව ටික්ටොක් ශ්‍රේෂ්ඨාධිකරණයට අභියාචනා කළා", "", "tiktok_challenges_action"),
    ("යුරෝපා සංගමයේ දඩයට එරෙහිව ටික්ටොක් අභියාචනා කරයි", "", "tiktok_challenges_action"),
    ("ටික්ටොක් සමාගම තහනම ඉවත් කරන ලෙස ඉල්ලා පෙත්සමක් ගොනු කරයි", "", "tiktok_challenges_action"),
    ("ටික්ටොක් සමාගම විසින් අභියාචනයක් ගොනු කරයි", "", "tiktok_challenges_action"),
    # a private suit is no government's
    (
        "ටික්ටොක් සමාගමට එරෙහිව පවුල් තුනක් නඩු පවරයි",
        "භයානක අභියෝග නිසා තම දරුවන් මියගිය බව දෙමාපියන් චෝදනා කරයි.",
        "not_action",
    ),
    # the company's own step, police looking into a clip, a user fined for a post, a list, an adjective
    ("ටික්ටොක් සමාගම ඉන්දියාවේ සිය කාර්යාලය වසා දැමීය", "", "not_action"),
    ("ටික්ටොක් වීඩියෝවක් සම්බන්ධයෙන් පොලිසිය විමර්ශන ආරම්භ කරයි", "වීඩියෝවේ ආයුධ පෙන්වා තිබුණි.", "not_action"),
    ("ටික්ටොක් හරහා අසභ්‍ය වීඩියෝ පළ කළ තරුණියකට දඩ", "", "not_action"),
    ("ටික්ටොක් වීඩියෝ ගැන පොලිසිය විමර්ශන ආරම්භ කරයි", "", "not_action"),
    # a hearing adjourned is no suspension of the app
    ("ටික්ටොක් නඩුවේ විභාගය අත්හිටුවයි", "", "not_action"),
    # the platform's own removals, with TikTok as the agent ("විසින්")
    ("ටික්ටොක් විසින් ගිණුම් මිලියනයක් අත්හිටුවයි", "", "not_action"),
    ("ටික්ටොක් සමාගම විසින් අසභ්‍ය වීඩියෝ ඉවත් කරයි", "", "not_action"),
    ("ටික්ටොක් ගිණුමක් හරහා අසභ්‍ය දර්ශන පළ කළ තරුණයෙක් අත්අඩංගුවට", "", "not_action"),
    ("ටික්ටොක් තහනම් කළ රටවල් ලැයිස්තුව", "", "not_action"),
    ("තහනම් මත්ද්‍රව්‍ය ටික්ටොක් හි ප්‍රචාරය කළ තරුණයා අත්අඩංගුවට", "", "not_action"),
    # explainers, reactions, an anniversary
    ("ටික්ටොක් තහනම: ඔබ දැනගත යුතු දේ", "", "not_action"),
    ("ටික්ටොක් තහනම ඔබට බලපාන්නේ කෙසේද", "", "not_action"),
    ("ඉන්දියාවේ ටික්ටොක් තහනමට වසර පහක්", "", "background_only"),
    # a sale agreed by the company is no order
    ("ටික්ටොක් ඇමරිකානු ව්‍යාපාරය ඔරකල් සමාගමට විකුණයි", "", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("si", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("si", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("නේපාල රජය ටික්ටොක් තහනම් කිරීමට සැලසුම් කරයි", "නේපාල රජය ටික්ටොක් තහනම් කළා", "NP"),
    # lifted / imposed
    ("පාකිස්තාන රජය ටික්ටොක් තහනම ඉවත් කළා", "පාකිස්තාන රජය ටික්ටොක් තහනම් කළා", "PK"),
    # negated / imposed
    ("මැලේසියානු රජය ටික්ටොක් අවහිර කළේ නැත", "මැලේසියානු රජය ටික්ටොක් අවහිර කළා", "MY"),
    # another company / TikTok
    (
        "යුරෝපා කොමිෂන් සභාව එක්ස් සමාගම සම්බන්ධයෙන් විධිමත් විමර්ශනයක් ආරම්භ කළා",
        "යුරෝපා කොමිෂන් සභාව ටික්ටොක් සම්බන්ධයෙන් විධිමත් විමර්ශනයක් ආරම්භ කළා",
        "EU",
    ),
    # a past ban recalled / the ban itself
    ("ඉන්දියාව 2020 දී ටික්ටොක් තහනම් කර තිබුණි", "ඉන්දියාව ටික්ටොක් තහනම් කළා", "IN"),
    # a court blocks the ban / the state bans
    ("මොන්ටානා ටික්ටොක් තහනම අධිකරණය විසින් අත්හිටුවයි", "මොන්ටානා ප්‍රාන්තය ටික්ටොක් තහනම් කරයි", "US-MT"),
    # TikTok appeals / the government fines
    ("ඉතාලියේ දඩයට එරෙහිව ටික්ටොක් අභියාචනා කරයි", "ඉතාලිය ටික්ටොක් සමාගමට යුරෝ මිලියනයක දඩයක් නියම කළා", "IT"),
    # TikTok sues / a government sues TikTok
    ("ටික්ටොක් සමාගම ඇමරිකානු රජයට එරෙහිව නඩු පවරයි", "ඇමරිකානු රජය ටික්ටොක් සමාගමට එරෙහිව නඩු පවරයි", "US"),
    # a clip on TikTok / TikTok itself
    ("ටික්ටොක් වීඩියෝවක් ගැන ශ්‍රී ලංකා පොලිසිය විමර්ශනයක් ආරම්භ කළා", "ශ්‍රී ලංකා පොලිසිය ටික්ටොක් සමාගම ගැන විමර්ශනයක් ආරම්භ කළා", "LK"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("si", negative, positive, code)


@pytest.mark.parametrize(
    ("title", "actor", "code"),
    [
        ("ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව ටික්ටොක් අවහිර කරයි", "Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", "LK"),
        ("TRCSL ආයතනය ටික්ටොක් අවහිර කළා", "Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", "LK"),
        ("මාර්ගගත ආරක්ෂණ කොමිෂන් සභාව ටික්ටොක් සමාගමට දඩ නියම කළා", "Online Safety Commission (Sri Lanka)", "LK"),
        # the short form "කොමිසම" (commission)
        ("විදුලි සංදේශ නියාමන කොමිසම ටික්ටොක් අවහිර කරයි", "Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", "LK"),
        ("යුරෝපීය කොමිසම ටික්ටොක් ගැන විධිමත් විමර්ශනයක් ආරම්භ කරයි", "European Commission", "EU"),
        ("ෆ්ලොරිඩා ප්‍රාන්තය ටික්ටොක් සමාගමට එරෙහිව නඩු පවරයි", "State of Florida", "US-FL"),
        ("අපරාධ පරීක්ෂණ දෙපාර්තමේන්තුව ටික්ටොක් සමාගම ගැන විමර්ශනයක් ආරම්භ කළා", "Criminal Investigation Department (Sri Lanka)", "LK"),
        ("ශ්‍රේෂ්ඨාධිකරණය ටික්ටොක් තහනම් කරයි", "Supreme Court of Sri Lanka", "LK"),
        ("අභියාචනාධිකරණය ටික්ටොක් අවහිර කරන ලෙස නියෝග කළා", "Court of Appeal (Sri Lanka)", "LK"),
        ("ශ්‍රී ලංකා පාර්ලිමේන්තුව ටික්ටොක් තහනම් කිරීමේ පනත සම්මත කළා", "Parliament (Sri Lanka)", "LK"),
        ("ජනාධිපති අනුර කුමාර දිසානායක ටික්ටොක් තහනම් කළා", "President of Sri Lanka", "LK"),
        # the Cabinet is shown as the government
        ("කැබිනට් මණ්ඩලය ටික්ටොක් තහනම් කිරීමට අනුමැතිය දුන්නේය", "Government of Sri Lanka", "LK"),
        ("ආරක්ෂක අමාත්‍යාංශය ටික්ටොක් අවහිර කරයි", "Ministry of Defence (Sri Lanka)", "LK"),
        ("ජනමාධ්‍ය අමාත්‍යාංශය ටික්ටොක් සමාගමට හේතු දක්වන ලෙස දැනුම් දුන්නා", "Ministry of Mass Media (Sri Lanka)", "LK"),
        ("ඉන්දියානු රජය ටික්ටොක් තහනම් කළා", "Government of India", "IN"),
        ("නේපාල රජය ටික්ටොක් තහනම් කළා", "Government of Nepal", "NP"),
        ("පාකිස්තාන විදුලි සංදේශ අධිකාරිය ටික්ටොක් අවහිර කළා", "Pakistan Telecommunication Authority", "PK"),
        ("පෙෂාවර් මහාධිකරණය ටික්ටොක් තහනම් කරයි", "Peshawar High Court", "PK"),
        # a foreign court is named with its country, which is read before the bare (Sri Lankan) court name
        ("නේපාල ශ්‍රේෂ්ඨාධිකරණය ටික්ටොක් තහනම තහවුරු කරයි", "Supreme Court of Nepal", "NP"),
        ("අමෙරිකා ශ්‍රේෂ්ඨාධිකරණය ටික්ටොක් තහනම් පනත තහවුරු කරයි", "US Supreme Court", "US"),
        ("බංග්ලාදේශ මහාධිකරණය ටික්ටොක් අවහිර කරන ලෙස නියෝග කරයි", "Supreme Court of Bangladesh", "BD"),
        ("ඇමරිකානු ෆෙඩරල් වෙළඳ කොමිෂන් සභාව ටික්ටොක් සමාගමට දඩ නියම කළා", "Federal Trade Commission (US)", "US"),
        ("ජනාධිපති ට්‍රම්ප් ටික්ටොක් විකුණන ලෙස නියෝග කළා", "President Trump", "US"),
        ("කැනේඩියානු රජය ටික්ටොක් තහනම් කළා", "Government of Canada", "CA"),
        ("ඕස්ට්‍රේලියානු රජය ටික්ටොක් තහනම් කළා", "Government of Australia", "AU"),
    ],
)
def test_named_bodies_are_the_actors(title: str, actor: str, code: str) -> None:
    assert_new_action("si", title, "", code=code, actor=actor)


# Case endings join the noun or follow it as a word; the light verb takes every tense and voice.
# `word` matching with stems ending in \S* reads them all.
@pytest.mark.parametrize(
    "target",
    ["ටික්ටොක්", "ටික්ටොක් වලට", "ටික්ටොක්වලට", "ටික්ටොක් යෙදුම", "ටික් ටොක් යෙදුමට", "ටික්-ටොක්", "ටික්ටෝක්", "TikTok", "TikTok යෙදුම"],
)
@pytest.mark.parametrize(
    "verb",
    ["තහනම් කළා", "තහනම් කරයි", "තහනම් කර ඇත", "තහනම් කර තිබේ", "තහනම් කෙරේ", "තහනම් කළේය", "තහනමක් පනවයි", "අවහිර කළා", "අවහිර කරයි"],
)
def test_suffixed_target_and_verb_forms(target: str, verb: str) -> None:
    assert_new_action("si", f"නේපාල රජය {target} {verb}", "", "ban_national", "NP")


@pytest.mark.parametrize(
    ("place", "code"),
    [
        # case endings on the name, which CLDR's bare names (word-end bound) do not reach
        ("ඉන්දියාවේ", "IN"),
        ("ඉන්දියාවට", "IN"),
        ("ඇමරිකාවේ", "US"),
        ("අමෙරිකාවේ", "US"),
        ("එක්සත් ජනපදයේ", "US"),
        ("නේපාලයේ", "NP"),
        ("ශ්‍රී ලංකාවේ", "LK"),
        ("ශ්රී ලංකාවේ", "LK"),
        ("පාකිස්තානයේ", "PK"),
        ("පාකිස්ථානයේ", "PK"),
        ("බංග්ලාදේශයේ", "BD"),
        ("කැනඩාවේ", "CA"),
        ("බ්‍රිතාන්‍යයේ", "GB"),
        ("එක්සත් රාජධානියේ", "GB"),
        ("ඕස්ට්‍රේලියාවේ", "AU"),
        ("ප්‍රංශයේ", "FR"),
        ("යුරෝපා සංගමයේ", "EU"),
    ],
)
def test_places_with_case_endings(place: str, code: str) -> None:
    assert_new_action("si", f"{place} ටික්ටොක් තහනම් කෙරේ", "", code=code)


def test_places_read_from_a_word_start() -> None:
    pack = load_pack("si")
    # "ඉන්දියා" (India) is not read inside "ඉන්දියානා" (Indiana); South America is not the US
    assert pack.find_places("ඉන්දියානා ප්‍රාන්තය") == [(0, "US-IN")]
    assert pack.find_places("දකුණු ඇමරිකාවේ රටවල්") == []
    # "මාලි" (Mali) is a name; the newspaper Lankadeepa is not Sri Lanka
    assert pack.find_places("මාලි මහත්මිය ලංකාදීප පුවත්පතට") == []
    # the adjective is the country
    assert [c for _, c in pack.find_places("ඇමරිකානු ජනාධිපති, ඉන්දියානු රජය, ශ්‍රී ලාංකික පරිශීලකයින්")] == ["US", "IN", "LK"]


@pytest.mark.parametrize("joiner", ["", ZWJ])
def test_zero_width_joiners_either_way(joiner: str) -> None:
    # "ශ්‍රී", "ව්‍යාපාර", "ක්‍රියාත්මක" are written with or without the ZWJ after the virama
    sri = f"ශ්{joiner}රී"
    a = analyze_article(f"{sri} ලංකා රජය ටික්ටොක් තහනම් කළා", "", DATE, None, "si")
    assert (a.label, a.actions[0].jurisdiction, a.actions[0].actor) == ("new_action", "LK", "Government of Sri Lanka")
    a = analyze_article(f"කැනඩාව ටික්ටොක් හි ව්{joiner}යාපාරය වසා දමන ලෙස නියෝග කළා", "", DATE, None, "si")
    assert a.actions[0].type == "business_wind_up_order"


def test_zwj_before_the_virama() -> None:
    # repaya and touching letters put the ZWJ before the virama in some encodings ("ර\u200d්")
    assert_new_action("si", "යුරෝපා කොමිෂන් සභාව ටික්ටොක් සම්බන්ධයෙන් විමර\u200d්ශනයක් ආරම්භ කළා", "", "investigation_opened")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # a body named bare is Sri Lanka's; with another country's word before it, it is that country's
        ("ටික්ටොක් සමාගමට ඩොලර් මිලියන 10ක දඩ: වෙනිසියුලා ශ්‍රේෂ්ඨාධිකරණය", "VE"),
        ("බ්‍රසීලයේ මහාධිකරණය ටික්ටොක් අවහිර කරයි", "BR"),
        ("බ්රසීලයේ මහාධිකරණය ටික්ටොක් අවහිර කරයි", "BR"),
        ("ඕස්ට්‍රේලියානු පාර්ලිමේන්තු කාරක සභාව ටික්ටොක් නියෝජිතයින් කැඳවයි", "AU"),
        ("ඇමරිකානු ආරක්ෂක අමාත්‍යාංශය ටික්ටොක් අවහිර කරයි", "US"),
        ("ආරක්ෂක අමාත්‍යාංශය ටික්ටොක් අවහිර කරයි", "LK"),
        ("පාර්ලිමේන්තු කාරක සභාව ටික්ටොක් නියෝජිතයින් කැඳවයි", "LK"),
    ],
)
def test_a_foreign_body_is_not_sri_lankas(title: str, code: str) -> None:
    assert_new_action("si", title, "", code=code)


def test_that_countrys_court_is_not_sri_lankas() -> None:
    # "එරට ශ්‍රේෂ්ඨාධිකරණය" (that country's supreme court): the country is the one the sentence names
    assert_new_action("si", "ඇමරිකාවේ ටික්ටොක් තහනම් පනත එරට ශ්‍රේෂ්ඨාධිකරණය තහවුරු කරයි", "", code="US")


def test_spellings_of_the_target() -> None:
    for name in ("ටික්ටොක්", "ටික් ටොක්", "ටික්-ටොක්", "ටික්ටෝක්", "TikTok", "Tik Tok", "බයිට්ඩාන්ස්", "බයිට් ඩාන්ස්"):
        assert analyze_article(f"නේපාල රජය {name} සමාගම තහනම් කළා", "", DATE, None, "si").label == "new_action", name
    # a creator ("ටික්ටොකර්", "ටික්ටොක්කරුවා") or a star is not the app
    assert analyze_article("නේපාල රජය ටික්ටොකර්වරයෙකුට දඩ නියම කළා", "", DATE, None, "si").label == "not_action"
    assert analyze_article("නේපාල පොලිසිය ටික්ටොක් තරුවකට දඩ නියම කළා", "", DATE, None, "si").label == "not_action"


def test_a_fragment_is_not_read_inside_a_word() -> None:
    # "දඩයම" (hunting) is no fine; the platform "වේදිකාව" is no question ("වේද")
    assert analyze_article("ටික්ටොක් හි දඩයම් වීඩියෝ ජනප්‍රිය වෙයි", "", DATE, None, "si").label == "not_action"
    a = analyze_article("නේපාල රජය ටික්ටොක් වේදිකාව අවහිර කළා", "", DATE, None, "si")
    assert a.label == "new_action", (a.label, a.actions)


def test_a_sentence_ends_at_a_full_stop_but_not_inside_initials() -> None:
    text = "කොමිෂන් සභාවේ සභාපති ආර්.එම්. රත්නායක ටික්ටොක් ගැන කතා කළා. ඔහු ප්‍රකාශයක් නිකුත් කළේය. පසුව රැස්වීම අවසන් විය."
    assert_sentences(
        "si",
        text,
        [
            "කොමිෂන් සභාවේ සභාපති ආර්.එම්. රත්නායක ටික්ටොක් ගැන කතා කළා.",
            "ඔහු ප්‍රකාශයක් නිකුත් කළේය.",
            "පසුව රැස්වීම අවසන් විය.",
        ],
    )


def test_sinhala_is_identified() -> None:
    assert_identified("si", "ශ්‍රී ලංකා රජය ටික්ටොක් සමාජ මාධ්‍ය යෙදුම තහනම් කිරීමට තීරණය කර ඇත", "")
