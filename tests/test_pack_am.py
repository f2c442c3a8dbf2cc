"""Amharic pack: phrasings written for this file (headline, lead), not taken from any outlet.

Amharic glues prepositions and the genitive to the next word ("በኬንያ", "የቲክቶክ"), marks the object with
a suffix ("ቲክቶክን") and builds every verb form around one stem ("አገደች", "ታግዷል", "ሊያግድ", "አላገደም"), so
the pack matches fragments anywhere (`substring`) and country names must start and end where their word
does, after at most a glued preposition and before at most a case or demonym ending.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.packs import PACK_DIR, _load, load_pack
from tests.pack_cases import (
    assert_label,
    assert_new_action,
    assert_places,
    assert_py3langid_says,
    assert_sentences,
    assert_twins,
)

NEW = [
    # bans: the Horn of Africa, Nepal, Kyrgyzstan, a US state
    ("ኬንያ ቲክቶክን አገደች", "የኬንያ መንግሥት ውሳኔው ከዛሬ ጀምሮ ተግባራዊ እንደሚሆን ገልጿል።", "ban_national", "KE"),
    (
        "ሶማሊያ ቲክቶክን፣ ቴሌግራምን እና 1XBETን አገደች",
        "የሶማሊያ የኮሙኒኬሽን ሚኒስትር የኢንተርኔት አቅራቢዎች መተግበሪያዎቹን እንዲዘጉ አዘዋል።",
        "ban_national",
        "SO",
    ),
    ("ቲክቶክ በኔፓል ታገደ", "የኔፓል መንግሥት መተግበሪያው ማኅበራዊ መስተጋብርን ያናጋል ብሏል።", "ban_national", "NP"),
    ("ኪርጊስታን ቲክቶክን ሙሉ በሙሉ አገደች", "የአገሪቱ ዲጂታል ሚኒስቴር ውሳኔው ልጆችን ለመጠበቅ ነው ብሏል።", "ban_national", "KG"),
    ("አልባኒያ ቲክቶክን ለአንድ ዓመት ዘጋች", "ጠቅላይ ሚኒስትር ኤዲ ራማ ውሳኔው ተማሪዎችን ለመጠበቅ ነው ብለዋል።", "ban_national", "AL"),
    ("የሞንታና ግዛት ቲክቶክን አገደች", "የግዛቱ ገዥ ሕጉን ፈርመዋል።", "ban_regional", "US-MT"),
    # Ethiopia's own bodies
    ("የኢትዮጵያ መገናኛ ብዙኃን ባለሥልጣን ቲክቶክን ለጊዜው አገደ", "ባለሥልጣኑ ውሳኔውን ያሳለፈው ትናንት ነው።", "ban_national", "ET"),
    ("ኢትዮ ቴሌኮም በመላ አገሪቱ ቲክቶክን ዘጋ", "ተጠቃሚዎች መተግበሪያውን መክፈት አልቻሉም።", "ban_national", "ET"),
    (
        "የኢትዮጵያ መንግሥት ቲክቶክን፣ ቴሌግራምንና ፌስቡክን ዘጋ",
        "መንግሥቱ ውሳኔውን ያሳለፈው በጸጥታ ምክንያት ነው።",
        "ban_national",
        "ET",
    ),
    # government devices and staff
    ("ዴንማርክ የመከላከያ ሠራዊቷ ቲክቶክን እንዳይጠቀም ከለከለች", "", "ban_government_devices", "DK"),
    ("ካናዳ በመንግሥት ስልኮች ላይ ቲክቶክን ከለከለች", "የመንግሥት ሠራተኞች መተግበሪያውን መጠቀም አይችሉም።", "ban_government_devices", "CA"),
    ("የአውሮፓ ፓርላማ ሠራተኞቹ ቲክቶክን እንዳይጠቀሙ ከለከለ", "", "ban_government_devices", "EU"),
    ("የዩናይትድ ኪንግደም መንግሥት በሚኒስትሮች ስልኮች ላይ ቲክቶክን ከለከለ", "", "ban_government_devices", "GB"),
    # fines, investigations, suits
    (
        "የአየርላንድ የመረጃ ጥበቃ ኮሚሽን በቲክቶክ ላይ 530 ሚሊዮን ዩሮ ቅጣት ጣለ",
        "ኮሚሽኑ ኩባንያው የአውሮፓውያንን የግል መረጃ ወደ ቻይና አስተላልፏል ብሏል።",
        "fine_or_penalty",
        "IE",
    ),
    # "the EU" fining TikTok over children's data: the Irish regulator's fine
    ("የአውሮፓ ሕብረት በቲክቶክ ላይ የገንዘብ ቅጣት ጣለ", "ቅጣቱ የተጣለው የልጆችን የግል መረጃ በአግባቡ ባለመጠበቁ ነው።", "fine_or_penalty", "IE"),
    (
        "ቬኔዙዌላ ቲክቶክን በ10 ሚሊዮን ዶላር ቀጣች",
        "የአገሪቱ ጠቅላይ ፍርድ ቤት ውሳኔውን ያሳለፈው ሦስት ታዳጊዎች ከሞቱ በኋላ ነው።",
        "fine_or_penalty",
        "VE",
    ),
    ("የአውሮፓ ኮሚሽን በቲክቶክ ላይ ምርመራ ከፈተ", "ኮሚሽኑ ኩባንያው ልጆችን በበቂ ሁኔታ አልጠበቀም የሚል ስጋት አለው።", "investigation_opened", "EU"),
    ("የቴክሳስ ዐቃቤ ሕግ ቲክቶክን ከሰሱ", "ክሱ የተመሰረተው ልጆችን በተመለከተ ነው።", "lawsuit_by_government", "US-TX"),
    # laws, orders to sell, to close offices, to remove content
    (
        "ፕሬዝዳንት ባይደን ቲክቶክ እንዲሸጥ የሚያስገድደውን ሕግ ፈረሙ",
        "ባይትዳንስ ድርሻውን በዘጠኝ ወራት ውስጥ መሸጥ አለበት።",
        "law_enacted",
        "US",
    ),
    ("ዩናይትድ ስቴትስ ቲክቶክን ሊያግድ የሚችል ህግ አፀደቀች", "ፕሬዝዳንት ባይደን ረቂቅ ህጉን ረቡዕ በፊርማቸው አፅድቀዋል።", "law_enacted", "US"),
    ("አሜሪካ ባይትዳንስ ቲክቶክን እንዲሸጥ አዘዘች", "", "divestiture_order", "US"),
    (
        "ካናዳ ቲክቶክ በአገሪቱ ያሉትን ቢሮዎቹን እንዲዘጋ አዘዘች",
        "የካናዳ መንግሥት የብሔራዊ ደኅንነት ግምገማ ማድረጉን ገልጿል።",
        "business_wind_up_order",
        "CA",
    ),
    ("ኢንሳ ቲክቶክ በኢትዮጵያ ቢሮ እንዲከፍት ትዕዛዝ ሰጠ", "ድርጅቱ ለትዕዛዙ ሦስት ወር ተሰጥቶታል።", "regulatory_order", "ET"),
    # a court keeping an act in force is an act of its own
    ("ባይትዳንስ በአውሮፓ ፍርድ ቤት የቀረበውን ክርክር ተረታ", "የኮሚሽኑ ውሳኔ ጸንቷል።", "other", "EU"),
    ("የአሜሪካ ጠቅላይ ፍርድ ቤት ቲክቶክን የሚያግደውን ሕግ አጸና", "ዳኞቹ የቲክቶክን ይግባኝ ውድቅ አድርገዋል።", "other", "US"),
    # the named body in a body sentence under a neutral headline says who acted
    ("የቴክኖሎጂ ዜናዎች", "የኡጋንዳ መንግሥት ቲክቶክን ዘግቷል።", "ban_national", "UG"),
    # a state agency's dateline, with its Ethiopian-calendar year, is no recollection of a past year
    ("የዓለም ዜና", "አዲስ አበባ፣ ህዳር 3፣ 2016 (ኤፍ ቢ ሲ) ኔፓል ቲክቶክን ማገዷን አስታወቀች።", "ban_national", "NP"),
]

NOT_NEW = [
    # proposals: a plan, a threat, "about to", a request, a bill, the House alone, the future
    ("የኬንያ መንግሥት ቲክቶክን ለማገድ አቅዷል", "የመረጃ ሚኒስትሩ ውይይቱ እንደቀጠለ ተናግረዋል።", "proposed_or_threatened"),
    ("ትራምፕ ቲክቶክን እንደሚያግዱ ዛቱ", "", "proposed_or_threatened"),
    ("ኔፓል ቲክቶክን ልታግድ ነው", "", "proposed_or_threatened"),
    ("የምክር ቤት አባላት ቲክቶክ እንዲታገድ ጠየቁ", "አባላቱ መተግበሪያው የወጣቶችን ሥነ ምግባር እያበላሸ ነው ብለዋል።", "proposed_or_threatened"),
    (
        "የአሜሪካ የሕዝብ ተወካዮች ምክር ቤት ቲክቶክን ሊያግድ የሚችል አዋጅ አጸደቀ",
        "አዋጁ አሁን ወደ ሴኔቱ ይላካል።",
        "proposed_or_threatened",
    ),
    ("የኬንያ ፓርላማ ቲክቶክን የሚያግድ ረቂቅ ሕግ ላይ እየተወያየ ነው", "", "proposed_or_threatened"),
    ("ሶማሊያ ቲክቶክን ከሰኞ ጀምሮ ታግዳለች", "", "proposed_or_threatened"),
    ("ቲክቶክ በኢትዮጵያ እንዲታገድ የሚጠይቅ ፊርማ ማሰባሰብ ተጀመረ", "", "proposed_or_threatened"),  # a petition
    ("የኮሚሽኑ ሊቀመንበር ቲክቶክን ለማገድ ለካቢኔው ሐሳብ አቀረቡ", "", "proposed_or_threatened"),  # a request to the cabinet
    # a ban lifted, put off, or a deal in TikTok's favour
    ("ሕንድ በቲክቶክ ላይ የጣለችውን እገዳ አነሳች", "መተግበሪያው በአገሪቱ ዳግም ተከፍቷል።", "not_action"),
    ("ትራምፕ የቲክቶክ እገዳን ለ75 ቀናት አራዘሙ", "", "not_action"),
    ("ትራምፕ የቲክቶክ የሽያጭ ስምምነትን ፈረሙ", "መተግበሪያው በአሜሪካ ሥራውን ይቀጥላል።", "not_action"),
    # an act against another company
    ("ሜታ በአውሮፓ ሕብረት ተቀጣ", "ፌስቡክ 800 ሚሊዮን ዩሮ ይከፍላል። ቲክቶክ ግን አልተነካም።", "not_action"),
    ("ታንዛኒያ ኤክስን ዘጋች", "መተግበሪያው በአገሪቱ አይሰራም። ቲክቶክ ግን አሁንም ይሰራል።", "not_action"),
    # a past ban recalled as background
    ("ቲክቶክ ለፈጣሪዎች አዲስ አገልግሎት ጀመረ", "በ2020 በሕንድ የታገደው መተግበሪያው በዓለም ዙሪያ እያደገ ነው።", "background_only"),
    ("ቲክቶክ በምሥራቅ አፍሪካ ተጠቃሚዎቹን አበራከተ", "ባለፈው ዓመት ሶማሊያ መተግበሪያውን አግዳ ነበር።", "background_only"),
    ("በአሜሪካ ቲክቶክን የሚያግደው ሕግ ሥራ ላይ ዋለ", "ተጠቃሚዎች መልዕክት እያዩ ነው።", "background_only"),
    ("ቲክቶክ በአሜሪካ እንዲታገድ የሚያስገድደው ሕግ ዛሬ ተግባራዊ ይሆናል", "", "background_only"),
    ("ቲክቶክ አዲስ የግላዊነት ቅንብር አስተዋወቀ", "በርካታ አገሮች መተግበሪያውን በመንግሥት ስልኮች ላይ አግደዋል።", "background_only"),  # a trend
    # a court blocking the act
    ("የሞንታና ፍርድ ቤት የቲክቶክ እገዳን አገደ", "የፌዴራል ዳኛው ሕጉ ሕገ መንግሥቱን ይጥሳል ብለዋል።", "court_blocks_action"),
    ("ፍርድ ቤቱ የቲክቶክን እገዳ ሻረ", "", "court_blocks_action"),
    # TikTok goes to court
    ("ቲክቶክ የአሜሪካን መንግሥት ከሰሰ", "ኩባንያው ሕጉ የመናገር ነጻነትን ይጥሳል ሲል ክስ መስርቷል።", "tiktok_challenges_action"),
    ("ቲክቶክ በአውሮፓ ኮሚሽን ቅጣት ላይ ይግባኝ ጠየቀ", "", "tiktok_challenges_action"),
    # negation, denials, rumours
    ("የኢትዮጵያ መንግሥት ቲክቶክን አላገደም", "ሚኒስትሩ እገዳ የለም ብለዋል።", "not_action"),
    ("ቲክቶክ በኢትዮጵያ ታግዷል የሚለው መረጃ ሐሰት ነው", "ኢትዮ ቴሌኮም ቲክቶክ እንዳልታገደ አስታውቋል።", "not_action"),
    ("መንግሥት ቲክቶክን ማገድ አስፈላጊ አይደለም አለ", "ሚኒስትሩ እገዳ ለማድረግ ምንም ምክንያት የለም ብለዋል።", "not_action"),
    # a reaction to another government's ban, a refused petition, a sale someone will not allow
    ("የቻይና ውጭ ጉዳይ ሚኒስቴር የአሜሪካን የቲክቶክ እገዳ ተቃወመ", "", "not_action"),
    ("የኬንያ ፓርላማ ቲክቶክ እንዲታገድ የቀረበለትን አቤቱታ ውድቅ አደረገ", "", "not_action"),
    ("ቻይና ቲክቶክ እንዲሸጥ እንደማትፈቅድ አስታወቀች", "", "not_action"),
    # opinion
    ("አስተያየት: ኢትዮጵያ ቲክቶክን ማገድ አለባት?", "", "not_action"),
    # users and creators, accounts and videos: not the app
    ("የቲክቶክ ተጠቃሚዎች በአዲስ አበባ ታሰሩ", "ፖሊስ ወጣቶቹን በቁጥጥር ሥር ያዋላቸው ተገቢ ያልሆኑ ቪዲዮዎችን በማሰራጨታቸው ነው።", "not_action"),
    ("ባለሥልጣኑ በቲክቶክ ላይ የሚገኙ 200 አካውንቶችን ዘጋ", "", "not_action"),
    ("መንግሥት ቲክቶክ ቪዲዮዎችን እንዲያስወግድ አዘዘ", "", "not_action"),
    # TikTok itself limiting a service: the platform's own step
    ("ቲክቶክ በሩሲያ የቀጥታ ስርጭት አገልግሎቱን አገደ", "", "not_action"),
    # a newsroom's investigation is no authority's
    ("የቢቢሲ ምርመራ ቲክቶክ ልጆችን እንደሚበዘብዝ አጋለጠ", "ጋዜጠኞቹ ባደረጉት ምርመራ ብዙ ማስረጃ ተገኝቷል።", "not_action"),
    # an unnamed step in a body sentence under a neutral headline
    ("የቴክኖሎጂ ዜናዎች", "መተግበሪያው ለጊዜው ታግዷል። ቲክቶክ አስተያየት አልሰጠም።", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("am", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("am", title, text, label)


# One stem with its prefixes and suffixes: every form of "ban" is the same act.
@pytest.mark.parametrize(
    "headline",
    [
        "የኬንያ መንግሥት ቲክቶክን አገደ",  # perfective
        "የኬንያ መንግሥት ቲክቶክን አግዷል",  # present perfect
        "ኬንያ ቲክቶክን አግዳለች",  # present perfect, a country (feminine)
        "ቲክቶክ በኬንያ መንግሥት ታገደ",  # passive
        "ቲክቶክ በኬንያ ታግዷል",  # passive present perfect
        "የኬንያ መንግሥት ቲክቶክ እንዲታገድ ወሰነ",  # "decided that it be banned"
        "የኬንያ መንግሥት በቲክቶክ ላይ እገዳ ጣለ",  # "imposed a ban"
        "የኬንያ መንግሥት ቲክቶክን ከለከለ",  # "prohibited"
    ],
)
def test_verb_forms_of_a_ban(headline: str) -> None:
    assert_new_action("am", headline, "ውሳኔው ዛሬ ይፋ ሆኗል።", "ban_national", "KE")


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("የኬንያ መንግሥት ቲክቶክን ሊያግድ ነው", "proposed_or_threatened"),  # "is about to ban"
        ("ቲክቶክ በኬንያ ሊታገድ ይችላል", "proposed_or_threatened"),  # "may be banned"
        ("የኬንያ መንግሥት ቲክቶክን ያግዳል", "proposed_or_threatened"),  # "will ban"
        ("የኬንያ መንግሥት ቲክቶክን አላገደም", "not_action"),  # "did not ban"
        ("ቲክቶክ በኬንያ አይታገድም", "not_action"),  # "will not be banned"
        ("የኬንያ መንግሥት ቲክቶክን ላለማገድ ወሰነ", "not_action"),  # "decided not to ban"
    ],
)
def test_future_and_negative_forms(headline: str, label: str) -> None:
    assert_label("am", headline, "ውሳኔው ዛሬ ይፋ ሆኗል።", label)


@pytest.mark.parametrize(
    ("negative", "positive", "code"),
    [
        ("ኬንያ ቲክቶክን ልታግድ ነው", "ኬንያ ቲክቶክን አገደች", "KE"),  # about to ban / banned
        ("ሕንድ በቲክቶክ ላይ የጣለችውን እገዳ አነሳች", "ሕንድ በቲክቶክ ላይ እገዳ ጣለች", "IN"),  # lifted / imposed
        ("የአውሮፓ ኮሚሽን በቲክቶክ ላይ ምርመራ ለመክፈት እያሰበ ነው", "የአውሮፓ ኮሚሽን በቲክቶክ ላይ ምርመራ ከፈተ", "EU"),
        ("ፍርድ ቤቱ የሶማሊያን የቲክቶክ እገዳ ሻረ", "የሶማሊያ መንግሥት ቲክቶክን አገደ", "SO"),  # a court annuls / the ban
        ("ቲክቶክ በኢትዮጵያ አልታገደም", "ቲክቶክ በኢትዮጵያ ታግዷል", "ET"),  # not banned / banned
        ("ቲክቶክ በሩሲያ አገልግሎቱን አገደ", "ሩሲያ ቲክቶክን አገደች", "RU"),  # TikTok's own step / Russia's ban
    ],
)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("am", negative, positive, code)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("በኬንያ እና በኢትዮጵያ", ["KE", "KE", "ET", "ET"]),  # the name, and its word with the preposition
        ("የአሜሪካ ፕሬዝዳንት", ["US"]),
        ("ኬንያዊ ዜጎች እና ኢትዮጵያውያን", ["KE", "ET"]),  # demonyms
        ("ከሶማሊያ ወደ ጅቡቲ", ["SO", "SO", "DJ"]),
        ("የሞንታና ግዛት", ["US-MT"]),
        ("በአውሮፓ ህብረት", ["EU"]),
        ("በሰሜን አሜሪካ", []),  # North America is no country
        ("በአውሮፓውያኑ 2024", []),  # the Gregorian calendar, not the EU
        ("የህንድ ውቅያኖስ", []),  # the Indian Ocean
        ("የኩባንያው ማሊያ", []),  # "company" holds Cuba, "jersey" Mali: neither is a word of its own
        ("የመንግሥት ውሳኔ", []),  # "government" begins with Yemen's name
    ],
)
def test_places(text: str, codes: list[str]) -> None:
    assert_places("am", text, codes)


def test_a_place_compared_with_is_not_the_actor() -> None:
    """Canada "following the US" banned TikTok: Canada acts; Kenya "following the attack" banned it: Kenya."""
    assert_new_action("am", "ካናዳ አሜሪካን ተከትላ ቲክቶክን በመንግሥት ስልኮች ላይ አገደች", "", "ban_government_devices", "CA")
    assert_new_action("am", "ኬንያ ጥቃቱን ተከትሎ ቲክቶክን አገደች", "", "ban_national", "KE")
    assert_new_action("am", "እንደ አሜሪካ ሁሉ ኔፓልም ቲክቶክን አገደች", "", "ban_national", "NP")


def test_sentences_end_at_the_ethiopic_full_stop() -> None:
    """The Ethiopic full stop (also "::") ends a sentence, "ዓ.ም." does not, and an agency's dateline is cut off."""
    assert_sentences(
        "am",
        "ኬንያ ቲክቶክን አገደች። ውሳኔው በ2017 ዓ.ም. የወጣውን የማኅበራዊ ሚዲያ ደንብ ተከትሎ የተላለፈ መሆኑን ሚኒስቴሩ ገልጿል:: ሚኒስትሩ ተናግረዋል።",
        ["ኬንያ ቲክቶክን አገደች።", "ውሳኔው በ2017 ዓ.ም. የወጣውን የማኅበራዊ ሚዲያ ደንብ ተከትሎ የተላለፈ መሆኑን ሚኒስቴሩ ገልጿል::", "ሚኒስትሩ ተናግረዋል።"],
    )
    assert_sentences(
        "am",
        "አዲስ አበባ፣ ህዳር 3፣ 2016 (ኤፍ ቢ ሲ) ኔፓል ቲክቶክን ማገዷን አስታወቀች።",
        ["ኔፓል ቲክቶክን ማገዷን አስታወቀች።"],
    )


def test_substring_matching_is_the_right_mode(tmp_path: Path) -> None:
    """`substring`, with names that start and end where their word does: the same pack as `word` would not
    read TikTok in "የቲክቶክ" (TikTok's) nor Ghana (a name from CLDR) in "በጋና" (in Ghana), since a preposition
    is glued to them."""
    pack = load_pack("am")
    assert pack.matching == "substring"
    assert pack.target.search("የቲክቶክ እገዳ")
    assert [code for _, code in pack.find_places("በጋና")] == ["GH"]
    text = (PACK_DIR / "am.yaml").read_text(encoding="utf-8").replace("matching: substring", "matching: word")
    (tmp_path / "am.yaml").write_text(text, encoding="utf-8")
    word = _load(tmp_path / "am.yaml")
    assert not word.target.search("የቲክቶክ እገዳ")
    assert word.find_places("በጋና") == []


def test_pack_language_is_identified() -> None:
    assert_py3langid_says("am", "የኬንያ መንግሥት ቲክቶክን በመላ አገሪቱ ማገዱን ዛሬ አስታውቋል።")
