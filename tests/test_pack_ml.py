"""Malayalam pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"
ZWJ, ZWNJ = "\u200d", "\u200c"

NEW = [
    # India's 2020 order, the Centre and MeitY, in the suffixed forms Malayalam uses
    (
        "ടിക്ടോക് ഉൾപ്പെടെ 59 ചൈനീസ് ആപ്പുകൾ ഇന്ത്യ നിരോധിച്ചു",
        "ഇലക്ട്രോണിക്സ്, ഐടി മന്ത്രാലയം ഐടി നിയമത്തിലെ 69എ വകുപ്പ് പ്രകാരമാണ് ഉത്തരവിറക്കിയത്.",
        "ban_national",
        "IN",
    ),
    ("ടിക്‌ടോക്കിന് കേന്ദ്ര സർക്കാർ നിരോധനം ഏർപ്പെടുത്തി", "രാജ്യസുരക്ഷയ്ക്ക് ഭീഷണിയാണെന്ന് സർക്കാർ വ്യക്തമാക്കി.", "ban_national", "IN"),
    # a High Court's order (Madras, 2019)
    (
        "ടിക്ടോക് നിരോധനം: മദ്രാസ് ഹൈക്കോടതി ഉത്തരവ്",
        "ആപ്പ് ഡൗൺലോഡ് ചെയ്യുന്നത് തടയാൻ കോടതി കേന്ദ്രത്തോട് നിർദേശിച്ചു.",
        "ban_national",
        "IN",
    ),
    ("ടിക്ക് ടോക്കിന് പൂട്ടിട്ട് നേപ്പാൾ", "നേപ്പാൾ സർക്കാർ മന്ത്രിസഭാ യോഗത്തിലാണ് തീരുമാനമെടുത്തത്.", "ban_national", "NP"),
    (
        "പാകിസ്ഥാനിൽ ടിക്ടോക് വീണ്ടും ബ്ലോക്ക് ചെയ്തു",
        "പാകിസ്ഥാൻ ടെലികമ്മ്യൂണിക്കേഷൻ അതോറിറ്റിയാണ് ആപ്പ് ബ്ലോക്ക് ചെയ്യാൻ ഉത്തരവിട്ടത്.",
        "ban_national",
        "PK",
    ),
    ("കുവൈത്തിൽ ടിക്ടോക് നിരോധിച്ചു", "കുവൈത്ത് സർക്കാർ തീരുമാനം വ്യാഴാഴ്ച പ്രാബല്യത്തിൽ വന്നു.", "ban_national", "KW"),
    ("അൽബേനിയയിൽ ടിക്ടോക്കിന് ഒരു വർഷത്തേക്ക് വിലക്ക്", "പ്രധാനമന്ത്രി എഡി റാമയാണ് തീരുമാനം പ്രഖ്യാപിച്ചത്.", "ban_national", "AL"),
    ("ടിക്ടോകിന് യുഎസിൽ നിരോധനം", "ജനുവരി 19 മുതൽ ആപ്പ് പ്രവർത്തിക്കില്ല.", "ban_national", "US"),
    # device bans
    ("ഔദ്യോഗിക ഫോണുകളിൽ ടിക്ടോക് നിരോധിച്ച് ബ്രിട്ടൻ", "മന്ത്രിമാരും ഉദ്യോഗസ്ഥരും ആപ്പ് നീക്കം ചെയ്യണം.", "ban_government_devices", "GB"),
    (
        "സർക്കാർ ജീവനക്കാരുടെ ഫോണുകളിൽ ടിക്ടോക്കിന് വിലക്കേർപ്പെടുത്തി കാനഡ",
        "തിങ്കളാഴ്ച മുതൽ നിരോധനം പ്രാബല്യത്തിൽ വരും.",
        "ban_government_devices",
        "CA",
    ),
    # fines
    (
        "ടിക്ടോക്കിന് 530 ദശലക്ഷം യൂറോ പിഴ ചുമത്തി അയർലൻഡ്",
        "ഐറിഷ് ഡാറ്റാ പ്രൊട്ടക്ഷൻ കമ്മീഷനാണ് പിഴയിട്ടത്.",
        "fine_or_penalty",
        "IE",
    ),
    # an "EU fine" over children's data is the Irish regulator's
    ("കുട്ടികളുടെ ഡാറ്റ: ടിക്ടോക്കിന് യൂറോപ്യൻ യൂണിയൻ പിഴ", "വിവര സംരക്ഷണ നിയമം ലംഘിച്ചതിനാണ് നടപടി.", "fine_or_penalty", "IE"),
    ("ടിക്ടോക്കിന് യുഎഇയിൽ പിഴ", "ടിഡിആർഎ ആണ് പിഴ ചുമത്തിയത്.", "fine_or_penalty", "AE"),
    # investigations
    (
        "ടിക്ടോക്കിനെതിരെ യൂറോപ്യൻ കമ്മീഷൻ ഔപചാരിക അന്വേഷണം ആരംഭിച്ചു",
        "ഡിജിറ്റൽ സേവന നിയമം ലംഘിച്ചോ എന്നാണ് പരിശോധിക്കുന്നത്.",
        "investigation_opened",
        "EU",
    ),
    (
        "ടിക്ടോക്കിനെതിരെ അന്വേഷണം പ്രഖ്യാപിച്ച് ബ്രിട്ടൻ",
        "ഇൻഫർമേഷൻ കമ്മീഷണേഴ്സ് ഓഫീസാണ് അന്വേഷണം നടത്തുക.",
        "investigation_opened",
        "GB",
    ),
    ("ടിക്ടോക്കിനെതിരെ കേരള പൊലീസ് കേസെടുത്തു", "ആവശ്യപ്പെട്ട വിവരങ്ങൾ കമ്പനി നൽകിയില്ല.", "investigation_opened", "IN"),
    # wind-up, lawsuit, law, divestiture
    (
        "ടിക്ടോക്കിന്റെ ഓഫീസുകൾ അടച്ചുപൂട്ടാൻ കാനഡ ഉത്തരവിട്ടു",
        "ദേശീയ സുരക്ഷാ അവലോകനത്തിന് ശേഷമാണ് ഒട്ടാവയുടെ നടപടി.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "ടിക്ടോക്കിനെതിരെ കേസ് ഫയൽ ചെയ്ത് ടെക്സസ്",
        "കുട്ടികളുടെ സ്വകാര്യത ലംഘിച്ചെന്നാണ് സംസ്ഥാനത്തിന്റെ ആരോപണം.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "ടിക്ടോക് വിൽക്കാൻ നിർബന്ധിതരാക്കുന്ന നിയമത്തിൽ ബൈഡൻ ഒപ്പുവെച്ചു",
        "ബൈറ്റ്ഡാൻസിന് ഒമ്പത് മാസത്തെ സമയമുണ്ട്.",
        "law_enacted",
        "US",
    ),
    (
        "ടിക്ടോക്കിന്റെ യുഎസ് ബിസിനസ് വിൽക്കാൻ ട്രംപ് ഉത്തരവിട്ടു",
        "പ്രസിഡന്റ് എക്സിക്യൂട്ടീവ് ഉത്തരവിൽ ഒപ്പുവച്ചു.",
        "divestiture_order",
        "US",
    ),
    # Kerala's government on its own offices; a decision and an order to ban report the act
    (
        "സർക്കാർ ഓഫീസുകളിൽ ടിക്ടോക് ഉപയോഗം വിലക്കി കേരള സർക്കാർ",
        "ഉത്തരവ് എല്ലാ വകുപ്പുകൾക്കും ബാധകം.",
        "ban_government_devices",
        "IN",
    ),
    ("ടിക്ടോക്കിനെ നിരോധിക്കാൻ കേന്ദ്രം തീരുമാനിച്ചു", "ഉത്തരവ് ഇന്ന് പുറത്തിറങ്ങും.", "ban_national", "IN"),
    ("ടിക്ടോക് നിരോധന ബില്ലിൽ ബൈഡൻ ഒപ്പുവെച്ചു", "നിയമം ഉടൻ പ്രാബല്യത്തിൽ.", "law_enacted", "US"),
    # a regulatory order from MeitY
    (
        "ടിക്ടോക് ഉള്ളടക്കം നീക്കം ചെയ്യാൻ ഐടി മന്ത്രാലയം ഉത്തരവിട്ടു",
        "48 മണിക്കൂറിനകം നടപടി വേണം.",
        "regulatory_order",
        "IN",
    ),
    ("ടിക്ടോക്കിനെതിരെ ഇന്ത്യാന വീണ്ടും കേസ് നൽകി", "ആപ്പ് കുട്ടികളെ വഴിതെറ്റിക്കുന്നുവെന്ന് സംസ്ഥാനം.", "lawsuit_by_government", "US-IN"),
    ("നിരോധിത ഉള്ളടക്കം നീക്കാത്തതിന് ടിക്ടോക്കിന് റഷ്യൻ കോടതി പിഴ ചുമത്തി", "", "fine_or_penalty", "RU"),
    # a supreme court upholding the law is an act of its own
    ("ടിക്ടോക് നിരോധന നിയമം യുഎസ് സുപ്രീം കോടതി ശരിവെച്ചു", "ഞായറാഴ്ച മുതൽ നിയമം പ്രാബല്യത്തിൽ വരും.", "other", "US"),
    ("ടിക്ടോക്കിന്റെ അപ്പീൽ യുഎസ് സുപ്രീം കോടതി തള്ളി", "നിരോധനം നിലനിൽക്കും.", "other", "US"),
]

NOT_NEW = [
    # proposals and threats
    ("ടിക്ടോക് നിരോധിക്കാൻ ആലോചിക്കുന്നതായി കേന്ദ്രം", "ഇക്കാര്യത്തിൽ അന്തിമ തീരുമാനമായിട്ടില്ല.", "proposed_or_threatened"),
    ("ടിക്ടോക് നിരോധിക്കണമെന്ന് ആവശ്യപ്പെട്ട് എംപിമാർ", "പാർലമെന്റിൽ ബിൽ അവതരിപ്പിച്ചു.", "proposed_or_threatened"),
    ("ടിക്ടോക് നിരോധിക്കുമെന്ന് ട്രംപിന്റെ ഭീഷണി", "ആപ്പ് വിൽക്കാൻ 45 ദിവസത്തെ സമയം നൽകി.", "proposed_or_threatened"),
    ("ടിക്ടോക് നിരോധന ബിൽ യുഎസ് ജനപ്രതിനിധി സഭ പാസാക്കി", "ബിൽ ഇനി സെനറ്റിന്റെ പരിഗണനയ്ക്ക് പോകും.", "proposed_or_threatened"),
    ("ടിക്ടോക് നിരോധിക്കാൻ ഇന്തോനേഷ്യ", "സർക്കാർ ഒരുങ്ങുന്നു.", "proposed_or_threatened"),
    ("ടിക്ടോക് ബിൽ: നിരോധനം ഉടനെന്ന് റിപ്പോർട്ട്", "ആപ്പ് നിരോധിച്ചേക്കും.", "proposed_or_threatened"),
    # lifted, negated
    ("ടിക്ടോക്കിനുള്ള നിരോധനം നീക്കി നേപ്പാൾ", "ആപ്പ് വീണ്ടും ലഭ്യമായി.", "not_action"),
    ("ടിക്ടോക് നിരോധിക്കില്ലെന്ന് കേന്ദ്ര സർക്കാർ", "അത്തരമൊരു നിർദേശം പരിഗണനയിലില്ലെന്ന് മന്ത്രി പറഞ്ഞു.", "not_action"),
    ("ടിക്ടോക്കിന്റെ ഓഫീസുകൾ കാനഡ അടച്ചുപൂട്ടില്ല", "സർക്കാർ വ്യക്തമാക്കി.", "not_action"),
    # another company
    ("ടെലിഗ്രാമിന് പിഴ ചുമത്തി യൂറോപ്യൻ കമ്മീഷൻ", "ടിക്ടോക്കിനെക്കുറിച്ചും പരാതികളുണ്ട്.", "not_action"),
    # a past ban recalled, in a year or in the pluperfect
    ("ടിക്ടോക് പുതിയ ഫീച്ചർ അവതരിപ്പിച്ചു", "2020-ൽ ഇന്ത്യ നിരോധിച്ച ആപ്പ് ലോകമെമ്പാടും വളരുകയാണ്.", "background_only"),
    ("ടിക്ടോക് പുതിയ ഫീച്ചർ അവതരിപ്പിച്ചു", "ഇന്ത്യ നേരത്തെ ടിക്ടോക് നിരോധിച്ചിരുന്നു.", "background_only"),
    # a court blocks; TikTok goes to court
    (
        "മൊണ്ടാനയിലെ ടിക്ടോക് നിരോധനം ഫെഡറൽ കോടതി തടഞ്ഞു",
        "നിയമം നടപ്പാക്കുന്നത് ജഡ്ജി താൽക്കാലികമായി സ്റ്റേ ചെയ്തു.",
        "court_blocks_action",
    ),
    ("ടിക്ടോക് നിരോധനം കോടതി സ്റ്റേ ചെയ്തു", "നിരോധന ഉത്തരവ് നടപ്പാക്കുന്നത് ഹൈക്കോടതി തടഞ്ഞു.", "court_blocks_action"),
    ("നിരോധനത്തിനെതിരെ ടിക്ടോക് കോടതിയെ സമീപിച്ചു", "നിയമം ഭരണഘടനാവിരുദ്ധമാണെന്ന് കമ്പനി വാദിക്കുന്നു.", "tiktok_challenges_action"),
    ("ടിക്ടോക് അപ്പീൽ നൽകി", "നിരോധനത്തിനെതിരെ കമ്പനി ഫെഡറൽ കോടതിയെ സമീപിച്ചു.", "tiktok_challenges_action"),
    # a private suit is no government's
    ("രക്ഷിതാക്കൾ ടിക്ടോക്കിനെതിരെ കേസ് ഫയൽ ചെയ്തു", "കുട്ടികളെ ആസക്തരാക്കുന്നുവെന്നാണ് പരാതി.", "not_action"),
    # a police case against a TikTok star, or against a user over a clip, is not against the app
    ("ടിക്ടോക് വീഡിയോ: യുവാവിനെതിരെ പോലീസ് അന്വേഷണം", "വീഡിയോയിൽ ആയുധങ്ങൾ കാണിച്ചിരുന്നു.", "not_action"),
    ("ടിക്ടോക് വീഡിയോ ചിത്രീകരണത്തിനിടെ അപകടം; യുവാവിനെതിരെ കേസ്", "പോലീസ് സംഭവസ്ഥലത്തെത്തി.", "not_action"),
    ("ടിക്ടോക് താരത്തിനെതിരെ പോലീസ് കേസെടുത്തു", "യുവതിയുടെ പരാതിയിലാണ് നടപടി.", "not_action"),
    # a petition asking for a ban, dismissed, is no ban; a ban that stays in force is no new one
    ("ടിക്ടോക് നിരോധിക്കണമെന്ന ഹർജി ഹൈക്കോടതി തള്ളി", "ഹർജിക്കാരന്റെ വാദം കോടതി അംഗീകരിച്ചില്ല.", "not_action"),
    ("ടിക്ടോക്കിന് ഇന്ത്യയിൽ നിരോധനം തുടരും", "ആപ്പ് തിരികെ വരില്ലെന്ന് കേന്ദ്രം.", "background_only"),
    # a list of countries is an explainer
    ("ടിക്ടോക് നിരോധിച്ച രാജ്യങ്ങൾ ഏതെല്ലാം", "ഇന്ത്യ, നേപ്പാൾ, അഫ്ഗാനിസ്ഥാൻ എന്നീ രാജ്യങ്ങൾ ആപ്പ് നിരോധിച്ചു.", "not_action"),
    # words that only look like acts: a discount ("വിലക്കുറവ്"), a mistake ("പിഴവ്")
    ("ടിക്ടോക് ഉപയോക്താക്കൾക്ക് വിലക്കുറവ്", "ആപ്പിൽ പുതിയ ഓഫറുകൾ.", "not_action"),
    ("ടിക്ടോക് അൽഗോരിതത്തിൽ പിഴവ്", "കമ്പനി പ്രശ്നം പരിഹരിച്ചു.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ml", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ml", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("നേപ്പാൾ സർക്കാർ ടിക്ടോക് നിരോധിക്കാൻ ആലോചിക്കുന്നു", "നേപ്പാൾ സർക്കാർ ടിക്ടോക് നിരോധിച്ചു", "NP"),
    ("ടിക്ടോക്കിന് പിഴ ചുമത്തിയേക്കുമെന്ന് യൂറോപ്യൻ കമ്മീഷൻ", "ടിക്ടോക്കിന് പിഴ ചുമത്തി യൂറോപ്യൻ കമ്മീഷൻ", "EU"),
    # lifted / imposed
    ("പാകിസ്ഥാൻ ടിക്ടോക്കിനുള്ള വിലക്ക് പിൻവലിച്ചു", "പാകിസ്ഥാൻ ടിക്ടോക്കിന് വിലക്കേർപ്പെടുത്തി", "PK"),
    # another company / TikTok
    ("യൂറോപ്യൻ കമ്മീഷൻ എക്സിനെതിരെ അന്വേഷണം ആരംഭിച്ചു", "യൂറോപ്യൻ കമ്മീഷൻ ടിക്ടോക്കിനെതിരെ അന്വേഷണം ആരംഭിച്ചു", "EU"),
    # a past ban recalled / the ban itself
    ("2020-ൽ ഇന്ത്യ ടിക്ടോക് നിരോധിച്ചിരുന്നു", "ഇന്ത്യ ടിക്ടോക് നിരോധിച്ചു", "IN"),
    # a court blocks the ban / the state bans
    ("മൊണ്ടാനയുടെ ടിക്ടോക് നിരോധനം ഫെഡറൽ കോടതി തടഞ്ഞു", "മൊണ്ടാന ടിക്ടോക് നിരോധിച്ചു", "US-MT"),
    # TikTok appeals / the government fines
    ("ഇറ്റലിയുടെ പിഴയ്ക്കെതിരെ ടിക്ടോക് അപ്പീൽ നൽകി", "ഇറ്റലി ടിക്ടോക്കിന് ഒരു കോടി യൂറോ പിഴ ചുമത്തി", "IT"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("ml", negative, positive, code)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("ടിക്ടോക്കിന് വീണ്ടും തിരിച്ചടി", "ന്യൂഡൽഹി: കേന്ദ്രം ടിക്ടോക് ഉൾപ്പെടെയുള്ള ആപ്പുകൾ നിരോധിച്ചു.", DATE, None, "ml")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of India")
    a = analyze_article("കേന്ദ്ര ഐടി മന്ത്രാലയം ടിക്ടോക്കിന് നോട്ടീസ് അയച്ചു", "", DATE, None, "ml")
    assert (a.actions[0].type, a.actions[0].actor) == ("regulatory_order", "Ministry of Electronics & IT (MeitY)")
    # a Pakistani high court is not an Indian one; Kerala's is
    a = analyze_article("പെഷവാർ ഹൈക്കോടതി ടിക്ടോക് നിരോധിച്ചു", "", DATE, None, "ml")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Peshawar High Court")
    a = analyze_article("കേരള ഹൈക്കോടതി ടിക്ടോക്കിനെതിരെ അന്വേഷണത്തിന് ഉത്തരവിട്ടു", "", DATE, None, "ml")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Kerala High Court")
    a = analyze_article("സർക്കാർ ഓഫീസുകളിൽ ടിക്ടോക് ഉപയോഗം വിലക്കി കേരള സർക്കാർ", "", DATE, None, "ml")
    assert a.actions[0].actor == "Government of Kerala"
    a = analyze_article("ടിക്ടോക്കിനെതിരെ സൗദി അധികൃതർ അന്വേഷണം ആരംഭിച്ചു", "", DATE, None, "ml")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("SA", "Government of Saudi Arabia")


# Case endings join the noun, and a word-final chillu turns back into its consonant before them:
# "നേപ്പാൾ" -> "നേപ്പാളിൽ", "ബ്രിട്ടൻ" -> "ബ്രിട്ടനിൽ", "ഖത്തർ" -> "ഖത്തറിൽ".
@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("ഇന്ത്യയിൽ ടിക്ടോക് നിരോധിച്ചു", "IN"),
        ("നേപ്പാളിൽ ടിക്ടോക് നിരോധിച്ചു", "NP"),
        ("ബ്രിട്ടനിൽ ടിക്ടോക്കിന് പിഴ", "GB"),
        ("ഖത്തറിൽ ടിക്ടോക് നിരോധിച്ചു", "QA"),
        ("യുഎസിൽ ടിക്ടോക് നിരോധിച്ചു", "US"),
        ("കാനഡയിൽ ടിക്ടോക് നിരോധിച്ചു", "CA"),
        ("ഒമാനിൽ ടിക്ടോക് നിരോധിച്ചു", "OM"),
        ("സൗദി അറേബ്യയിൽ ടിക്ടോക് നിരോധിച്ചു", "SA"),
        ("യുഎഇയിൽ ടിക്ടോക് നിരോധിച്ചു", "AE"),
        ("ബഹ്റൈനിൽ ടിക്ടോക് നിരോധിച്ചു", "BH"),
        ("അഫ്ഗാനിസ്ഥാനിൽ ടിക്ടോക് നിരോധിച്ചു", "AF"),
        # Indiana is not India
        ("ഇന്ത്യാന ടിക്ടോക്കിനെതിരെ കേസ് ഫയൽ ചെയ്തു", "US-IN"),
    ],
)
def test_places_with_case_endings(title: str, code: str) -> None:
    assert_new_action("ml", title, "", code=code)


def test_verb_forms_are_matched_as_stems() -> None:
    # "നിരോധി-" (ban) in its past, perfect, adverbial and noun forms; "വിലക്ക്-" likewise
    for title in (
        "നേപ്പാൾ ടിക്ടോക് നിരോധിച്ചു",
        "നേപ്പാൾ ടിക്ടോക് നിരോധിച്ചതായി പ്രഖ്യാപിച്ചു",
        "ടിക്ടോക് നിരോധിച്ച് നേപ്പാൾ",
        "ടിക്ടോക്കിന് നിരോധനമേർപ്പെടുത്തി നേപ്പാൾ",
        "ടിക്ടോക്കിന് നേപ്പാളിൽ നിരോധനം",
        "നേപ്പാൾ ടിക്ടോക്കിനെ വിലക്കി",
        "ടിക്ടോക്കിന് വിലക്കേർപ്പെടുത്തി നേപ്പാൾ",
        "നേപ്പാൾ ടിക്ടോക് ബാൻ ചെയ്തു",
    ):
        a = analyze_article(title, "", DATE, None, "ml")
        assert a.label == "new_action", (title, a.label)
        assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_national", "NP"), title


# The same word in the three ways it is encoded: atomic chillu, the old chillu (consonant +
# virama + ZWJ), and the old chillu with its ZWJ lost in copying; ZWNJ or ZWJ after a virama.
@pytest.mark.parametrize(
    "title",
    [
        "ടിക്ടോക്കിന് നിരോധനം ഏർപ്പെടുത്തി കേന്ദ്ര സർക്കാർ",
        f"ടിക്{ZWNJ}ടോക്കിന് നിരോധനം ഏര്{ZWJ}പ്പെടുത്തി കേന്ദ്ര സര്{ZWJ}ക്കാര്{ZWJ}",
        "ടിക്ടോക്കിന് നിരോധനം ഏര്പ്പെടുത്തി കേന്ദ്ര സര്ക്കാര്",
        f"ടിക്{ZWJ}ടോക്കിന് നിരോധനം ഏർപ്പെടുത്തി കേന്ദ്രസർക്കാർ",
    ],
)
def test_encodings_of_the_script(title: str) -> None:
    assert_new_action("ml", title, "", "ban_national", actor="Government of India")


def test_legacy_chillu_in_place_names() -> None:
    places = load_pack("ml").find_places
    assert [c for _, c in places(f"നേപ്പാള്{ZWJ} സര്{ZWJ}ക്കാര്{ZWJ}")] == ["NP"]
    assert [c for _, c in places(f"ബ്രിട്ടന്{ZWJ} തീരുമാനിച്ചു")] == ["GB"]
    assert [c for _, c in places("ബ്രിട്ടനിലെ മന്ത്രി")] == ["GB"]


def test_a_fragment_is_not_read_inside_a_word() -> None:
    places = load_pack("ml").find_places
    # "ഭാരത" is not read inside "മഹാഭാരതം"; "യുഎസ്ബി" (USB) is not the United States
    assert places("മഹാഭാരതം പരമ്പര") == []
    assert places("യുഎസ്ബി കേബിൾ") == []
    assert [c for _, c in places("ഭാരത സർക്കാർ")] == ["IN"]


def test_spellings_of_the_target() -> None:
    for name in ("ടിക്ടോക്", "ടിക് ടോക്", "ടിക്ക് ടോക്ക്", "ടിക്ക്ടോക്ക്", f"ടിക്{ZWNJ}ടോക്", "TikTok", "ബൈറ്റ്ഡാൻസ്"):
        assert analyze_article(f"നേപ്പാൾ {name} നിരോധിച്ചു", "", DATE, None, "ml").label == "new_action", name
    # a creator ("ടിക്ടോക്കർ") or a star is not the app
    assert analyze_article("നേപ്പാൾ ടിക്ടോക്കറെ വിലക്കി", "", DATE, None, "ml").label == "not_action"
    assert analyze_article("ടിക്ടോക് താരത്തിന് പിഴ", "", DATE, None, "ml").label == "not_action"


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "യു.എസ്. സർക്കാർ ടിക്ടോക് നിരോധിച്ചു. യു.എ.ഇ. അധികൃതർ പ്രതികരിച്ചില്ല. ആപ്പ് ലഭ്യമല്ല."
    assert_sentences(
        "ml",
        text,
        [
            "യു.എസ്. സർക്കാർ ടിക്ടോക് നിരോധിച്ചു.",
            "യു.എ.ഇ. അധികൃതർ പ്രതികരിച്ചില്ല.",
            "ആപ്പ് ലഭ്യമല്ല.",
        ],
    )
    a = analyze_article(None, text, DATE, None, "ml")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "US")


def test_malayalam_is_identified() -> None:
    assert_identified("ml", "ഇന്ത്യയിൽ ടിക്ടോക് ഉൾപ്പെടെ 59 ചൈനീസ് ആപ്പുകൾക്ക് കേന്ദ്ര സർക്കാർ നിരോധനം ഏർപ്പെടുത്തി", "")
