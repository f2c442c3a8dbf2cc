"""Nepali pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_places, assert_py3langid_says

NEW = [
    # Nepal's own acts: the Council of Ministers' ban, the regulator's order, a fine, the registration order
    (
        "नेपालमा टिकटक बन्द गर्ने सरकारको निर्णय",
        "सोमबार बसेको मन्त्रिपरिषद् बैठकले सामाजिक सद्भाव बिथोलिएको भन्दै टिकटकमाथि प्रतिबन्ध लगाउने निर्णय गरेको छ ।",
        "ban_national",
        "NP",
    ),
    (
        "सरकारले टिकटकमाथि प्रतिबन्ध लगायो",
        "मन्त्रिपरिषद्ले सञ्चार तथा सूचना प्रविधि मन्त्रालयलाई कार्यान्वयन गर्न भनेको छ ।",
        "ban_national",
        "NP",
    ),
    (
        "नेपाल दूरसञ्चार प्राधिकरणले टिकटक बन्द गर्न निर्देशन दियो",
        "प्राधिकरणले सबै इन्टरनेट सेवा प्रदायकलाई पत्र पठाएको छ ।",
        "ban_national",
        "NP",
    ),
    (
        "सरकारले टिकटकलाई सात दिनभित्र दर्ता हुन निर्देशन दियो",
        "सञ्चार मन्त्रालयले सबै सामाजिक सञ्जाललाई सूचीकृत हुन म्याद दिएको छ ।",
        "regulatory_order",
        "NP",
    ),
    (
        "सरकारले टिकटकलाई ५ लाख रुपैयाँ जरिवाना गर्‍यो",
        "नियम उल्लङ्घन गरेको भन्दै प्राधिकरणले रकम तोकेको हो ।",
        "fine_or_penalty",
        "NP",
    ),
    (
        "सामान्य प्रशासन मन्त्रालयले कार्यालय समयमा टिकटक चलाउन रोक लगायो",
        "सरकारी कर्मचारीले कार्यालयको पोसाकमा भिडियो बनाउन पाउने छैनन् ।",
        "ban_government_devices",
        "NP",
    ),
    # a town acts for itself, on its own staff
    (
        "काठमाडौं महानगरपालिकाले कार्यालयमा टिकटक प्रयोगमा रोक लगायो",
        "महानगरका कर्मचारीले कार्यालय समयमा एप चलाउन पाउने छैनन् ।",
        "ban_government_devices",
        "NP",
    ),
    # foreign governments as Nepali news names them
    ("भारतले टिकटकसहित ५९ चिनियाँ एपमा प्रतिबन्ध लगायो", "भारत सरकारले देशभर ती एप ब्लक गरेको छ ।", "ban_national", "IN"),
    ("भियतनामी सरकारले टिकटकमाथि प्रतिबन्ध लगायो", "सूचना मन्त्रालयले यसको घोषणा गर्‍यो ।", "ban_national", "VN"),
    (
        "अस्ट्रेलियाले सरकारी उपकरणमा टिकटक प्रतिबन्ध लगायो",
        "सबै सरकारी कर्मचारीले आधिकारिक फोनबाट एप हटाउनुपर्नेछ ।",
        "ban_government_devices",
        "AU",
    ),
    (
        "युरोपेली आयोगले टिकटकलाई ५३ करोड युरो जरिवाना गर्‍यो",
        "आयोगले प्रयोगकर्ताको विवरण चीन पठाएको ठहर गरेको छ ।",
        "fine_or_penalty",
        "EU",
    ),
    (
        "आयरल्यान्डको डाटा संरक्षण आयोगले टिकटकलाई जरिवाना गर्‍यो",
        "टिकटकले युरोपेली प्रयोगकर्ताको डाटा चीन पठाएको पाइएको छ ।",
        "fine_or_penalty",
        "IE",
    ),
    (
        "युरोपेली आयोगले टिकटकविरुद्ध औपचारिक अनुसन्धान सुरु गर्‍यो",
        "आयोगले डिजिटल सेवा ऐन उल्लङ्घन भएको हो कि भनेर जाँच गर्नेछ ।",
        "investigation_opened",
        "EU",
    ),
    ("भियतनामले टिकटकविरुद्ध छानबिन सुरु गर्‍यो", "सूचना मन्त्रालयले हानिकारक सामग्रीबारे जाँच गर्ने जनाएको छ ।", "investigation_opened", "VN"),
    (
        "क्यानडाले टिकटकलाई देशभित्रको कारोबार समेट्न आदेश दियो",
        "क्यानडा सरकारले राष्ट्रिय सुरक्षाको कारण देखाएको छ ।",
        "business_wind_up_order",
        "CA",
    ),
    (
        "टेक्सासले टिकटकविरुद्ध मुद्दा दायर गर्‍यो",
        "राज्यका महान्यायाधिवक्ताले बालबालिकाको गोपनीयता उल्लङ्घन गरेको आरोप लगाएका छन् ।",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("अमेरिकी सरकारले टिकटकलाई बेच्न आदेश दियो", "बाइटडान्सलाई ९० दिनको समय दिइएको छ ।", "divestiture_order", "US"),
    (
        "बाइडेनले टिकटक बेच्नुपर्ने कानुनमा हस्ताक्षर गरे",
        "अमेरिकी राष्ट्रपतिले बुधबार विधेयकमा हस्ताक्षर गरेका हुन् ।",
        "law_enacted",
        "US",
    ),
    (
        "पाकिस्तानले टिकटकमाथि फेरि प्रतिबन्ध लगायो",
        "पाकिस्तान दूरसञ्चार प्राधिकरणले अश्लील सामग्रीको कारण देखाउँदै एप ब्लक गरेको छ ।",
        "ban_national",
        "PK",
    ),
    ("अल्बानियाले टिकटक एक वर्षका लागि बन्द गर्‍यो", "प्रधानमन्त्री एडी रामाले यो निर्णय घोषणा गरेका हुन् ।", "ban_national", "AL"),
]

NOT_NEW = [
    # proposals and threats (twins: the Council's ban, Trump's signature)
    (
        "सरकार टिकटकमाथि प्रतिबन्ध लगाउने तयारीमा",
        "सञ्चार मन्त्रालयले यसबारे प्रस्ताव मन्त्रिपरिषद्मा लैजाने तयारी गरेको छ ।",
        "proposed_or_threatened",
    ),
    ("सांसदहरूले टिकटक बन्द गर्नुपर्ने माग गरे", "उनीहरूले संसद्मा यो विषय उठाएका हुन् ।", "proposed_or_threatened"),
    ("ट्रम्पले टिकटकमाथि प्रतिबन्ध लगाउने धम्की दिए", "अमेरिकी राष्ट्रपतिले ह्वाइट हाउसमा यस्तो बताएका हुन् ।", "proposed_or_threatened"),
    ("सरकारले टिकटकमाथि प्रतिबन्ध लगाउन सक्ने", "सञ्चारमन्त्रीले नियम नमाने कारबाही हुने बताए ।", "proposed_or_threatened"),
    ("अमेरिकी प्रतिनिधिसभाले टिकटक विधेयक पारित गर्‍यो", "विधेयक अब सिनेटमा जानेछ ।", "proposed_or_threatened"),
    ("टिकटकमाथि प्रतिबन्ध लगाउन संसदीय समितिको सिफारिस", "समितिले सरकारलाई निर्देशन दिएको छ ।", "proposed_or_threatened"),
    # the 2025 social-media bill: tabled, not passed
    (
        "टिकटकको भविष्य के होला?",
        "सरकारले सामाजिक सञ्जाल नियमन विधेयक संसदमा दर्ता गरेको छ । विधेयकमा टिकटक जस्ता प्लेटफर्मलाई दर्ता अनिवार्य गरिएको छ ।",
        "proposed_or_threatened",
    ),
    # the August 2024 lifting, and Trump's delays of the US ban
    ("सरकारले टिकटकमाथिको प्रतिबन्ध हटायो", "बिहीबार बसेको मन्त्रिपरिषद् बैठकले प्रतिबन्ध फुकुवा गर्ने निर्णय गरेको हो ।", "not_action"),
    ("ओली सरकारले टिकटकमाथिको प्रतिबन्ध हटायो", "दस महिनापछि टिकटक फेरि चल्न थालेको छ ।", "not_action"),
    ("ट्रम्पले टिकटक प्रतिबन्ध कार्यान्वयन ७५ दिन स्थगित गरे", "राष्ट्रपतिले कार्यकारी आदेशमा हस्ताक्षर गरेका छन् ।", "not_action"),
    # an act against another company (twin: the Commission fines TikTok)
    ("युरोपेली आयोगले मेटालाई जरिवाना गर्‍यो", "फेसबुकले ८० करोड युरो तिर्नुपर्नेछ । टिकटकमाथि पनि नजर छ ।", "not_action"),
    # the 2025 registration rule: the unregistered platforms are shut, TikTok (registered) is not
    ("फेसबुक, एक्ससहित २६ सामाजिक सञ्जाल बन्द", "दर्ता भइसकेका टिकटक र भाइबर भने चलिरहनेछन् ।", "not_action"),
    (None, "काठमाडौं । सरकारले टिकटक र भाइबरबाहेक अन्य प्लेटफर्म बन्द गर्ने निर्णय गरेको छ ।", "not_action"),
    # negation (twin: the government bans it)
    ("सरकारले टिकटकमाथि प्रतिबन्ध नलगाउने", "सञ्चारमन्त्रीले टिकटक बन्द गरिने छैन भने ।", "not_action"),
    ("टिकटक बन्द गरिने छैन : सञ्चारमन्त्री", "सरकारले नियमन मात्र गर्नेछ ।", "not_action"),
    # a past ban recalled (in Devanagari digits, which the engine's year rule does not read; the pluperfect)
    ("टिकटकले सर्जकहरूका लागि नयाँ सुविधा ल्यायो", "भारतमा सन् २०२० देखि प्रतिबन्धित यो एप अझै बढिरहेको छ ।", "background_only"),
    ("टिकटकमा नयाँ फिचर", "सन् २०२० मा भारतले टिकटकमाथि प्रतिबन्ध लगाएको थियो ।", "background_only"),
    ("टिकटकको लोकप्रियता बढ्दो", "यसअघि तत्कालीन सरकारले टिकटक बन्द गरेको थियो ।", "background_only"),
    # courts: blocking, and a writ against the ban (twin: the US Supreme Court upholds the law)
    ("अमेरिकी अदालतले मोन्टानाको टिकटक प्रतिबन्धमा रोक लगायो", "संघीय न्यायाधीशले कानुन कार्यान्वयनमा रोक लगाएका छन् ।", "court_blocks_action"),
    ("टिकटक प्रतिबन्धविरुद्ध सर्वोच्चमा रिट दायर", "अधिवक्ताहरूले सरकारको निर्णय खारेज गर्न माग गरेका छन् ।", "tiktok_challenges_action"),
    (
        "सर्वोच्च अदालतले टिकटक प्रतिबन्धविरुद्धको रिटमा अन्तरिम आदेश दिन अस्वीकार गर्‍यो",
        "अब पूर्ण सुनुवाइ हुनेछ ।",
        "tiktok_challenges_action",
    ),
    # TikTok goes to court (twin: Texas sues TikTok)
    ("टिकटकले मोन्टानाविरुद्ध मुद्दा दायर गर्‍यो", "कम्पनीले संघीय अदालतमा कानुनलाई चुनौती दिएको छ ।", "tiktok_challenges_action"),
    # a list of countries, and a user's arrest, are not news of an act
    ("टिकटक प्रतिबन्ध लगाउने देशहरू", "भारत, अफगानिस्तान र नेपालले टिकटकमाथि प्रतिबन्ध लगाएका छन् ।", "not_action"),
    ("प्रहरीले टिकटकमा अश्लील भिडियो राख्ने युवकलाई पक्राउ गर्‍यो", "साइबर ब्युरोले अनुसन्धान सुरु गरेको छ ।", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ne", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("ne", title, text, label)


def test_court_upholding_the_law_is_an_act() -> None:
    assert_new_action("ne", "अमेरिकाको सर्वोच्च अदालतले टिकटक प्रतिबन्ध कानुन सदर गर्‍यो", "अब बाइटडान्सले एप बेच्नुपर्नेछ ।", code="US", stage="upheld")


def test_actors_are_named_in_english() -> None:
    a = analyze_article("नेपाल दूरसञ्चार प्राधिकरणले टिकटक बन्द गर्न निर्देशन दियो", "प्राधिकरणले पत्र पठाएको छ ।", "2025-03-01", None, "ne")
    assert a.actions[0].actor == "Nepal Telecommunications Authority"
    town = analyze_article(
        "धरान उपमहानगरपालिकाले टिकटक प्रयोगमा रोक लगायो", "कर्मचारीले कार्यालय समयमा एप चलाउन पाउने छैनन् ।", "2025-03-01", None, "ne"
    )
    assert (town.actions[0].type, town.actions[0].jurisdiction, town.actions[0].actor) == (
        "ban_government_devices",
        "NP",
        "धरान Municipality (Nepal)",
    )


# Python's \w does not match Devanagari vowel signs, so a word start can be found inside a word
# ("परियोजना" holds "योजना" after "ि"; "दिमाग" holds "माग"): the pack guards those fragments.
@pytest.mark.parametrize(
    ("inside", "alone"),
    [
        ("सरकारले टिकटकमाथि प्रतिबन्ध लगायो, परियोजना अघि बढ्नेछ", "सरकारले टिकटकमाथि प्रतिबन्ध लगाउने योजना बनायो"),
        ("दिमागमा असर गर्ने भन्दै सरकारले टिकटकमाथि प्रतिबन्ध लगायो", "अभिभावकले टिकटकमाथि प्रतिबन्ध लगाउन माग गरे"),
    ],
)
def test_word_start_inside_a_devanagari_word(inside: str, alone: str) -> None:
    assert analyze_article(inside, "मन्त्रिपरिषद्ले निर्णय गर्‍यो ।", "2025-03-01", None, "ne").label == "new_action"
    assert analyze_article(alone, "यसबारे छलफल भइरहेको छ ।", "2025-03-01", None, "ne").label == "proposed_or_threatened"


@pytest.mark.parametrize(
    "title",
    [
        "बन्दाबन्दीमा टिकटक प्रयोग बढ्यो",  # the lockdown is no ban
        "निषेधाज्ञाका बेला टिकटकमा भिडियो बढे",  # a curfew order is no ban
        "टिकटकरले सरकारको आलोचना गरे, प्रतिबन्धित सामग्री राखेको आरोप",  # a creator, not the app
    ],
)
def test_words_that_only_look_like_acts(title: str) -> None:
    assert_label("ne", title, "यसबारे धेरैले चासो राखेका छन् ।", "not_action")


def test_foreign_government_is_not_nepal() -> None:
    assert_places("ne", "भारतले र अमेरिकामा नेपालको", ["IN", "US", "NP"])
    a = analyze_article("अमेरिकी संघीय सरकारले सरकारी उपकरणमा टिकटक प्रतिबन्ध लगायो", "सबै निकायले एप हटाउनुपर्नेछ ।", "2025-03-01", None, "ne")
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "US")


def test_language_is_identified_as_nepali() -> None:
    assert_py3langid_says("ne", "नेपाल सरकारले टिकटकमाथि प्रतिबन्ध लगाउने निर्णय गरेको छ।")


def test_a_country_name_inside_a_word_or_a_common_word_is_no_place() -> None:
    assert_places("ne", "महाभारत कथा", [])  # "भारत" (India) inside "महाभारत" (the epic)
    assert_places("ne", "दशैं ठूलो चाड हो", [])  # "चाड" is "festival", not Chad
    assert_places("ne", "भारत सरकारले", ["IN"])
