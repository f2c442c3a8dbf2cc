"""Hindi pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"

NEW = [
    # India's 2020 order under Section 69A, in the words Hindi outlets use for it
    (
        "भारत ने टिकटॉक समेत 59 चीनी ऐप्स पर लगाया प्रतिबंध",
        "इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय ने आईटी अधिनियम की धारा 69ए के तहत आदेश जारी किया।",
        "ban_national",
        "IN",
    ),
    ("केंद्र सरकार ने टिकटॉक को किया ब्लॉक", "सरकार के मुताबिक ये ऐप देश की संप्रभुता के लिए खतरा हैं।", "ban_national", "IN"),
    ("मद्रास हाईकोर्ट ने टिकटॉक पर प्रतिबंध लगाने का आदेश दिया", "अदालत ने केंद्र से ऐप की डाउनलोडिंग रोकने को कहा।", "ban_national", "IN"),
    ("नेपाल में टिकटॉक बैन", "नेपाल सरकार ने मंत्रिमंडल की बैठक में यह फैसला लिया।", "ban_national", "NP"),
    ("पाकिस्तान में फिर ब्लॉक हुआ टिकटॉक", "पीटीए ने अश्लील सामग्री के कारण ऐप को ब्लॉक करने का आदेश दिया।", "ban_national", "PK"),
    ("अल्बानिया ने एक साल के लिए टिकटॉक बंद किया", "प्रधानमंत्री एडी रामा ने स्कूल में हिंसा के बाद यह फैसला लिया।", "ban_national", "AL"),
    (
        "आयरलैंड के डेटा संरक्षण आयोग ने टिकटॉक पर 53 करोड़ यूरो का जुर्माना लगाया",
        "नियामक के अनुसार कंपनी ने यूरोपीय यूजर्स का डेटा चीन भेजा।",
        "fine_or_penalty",
        "IE",
    ),
    ("रूस की अदालत ने टिकटॉक पर 30 लाख रूबल का जुर्माना लगाया", "कंपनी ने प्रतिबंधित सामग्री नहीं हटाई।", "fine_or_penalty", "RU"),
    (
        "यूरोपीय आयोग ने टिकटॉक के खिलाफ औपचारिक जांच शुरू की",
        "आयोग देखेगा कि क्या प्लेटफॉर्म ने डिजिटल सेवा अधिनियम का उल्लंघन किया।",
        "investigation_opened",
        "EU",
    ),
    ("दिल्ली पुलिस ने टिकटॉक के खिलाफ एफआईआर दर्ज की", "आरोप है कि कंपनी ने मांगी गई जानकारी नहीं दी।", "investigation_opened", "IN"),
    (
        "कनाडा ने टिकटॉक को देश में अपना कारोबार बंद करने का आदेश दिया",
        "ओटावा के मुताबिक यह कदम राष्ट्रीय सुरक्षा की समीक्षा के बाद उठाया गया।",
        "business_wind_up_order",
        "CA",
    ),
    (
        "टेक्सास ने टिकटॉक पर मुकदमा दायर किया",
        "राज्य के अटॉर्नी जनरल का आरोप है कि ऐप बच्चों की निजता का उल्लंघन करता है।",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("इंडियाना ने टिकटॉक के खिलाफ दो मुकदमे दायर किए", "राज्य का आरोप है कि ऐप उपभोक्ताओं को गुमराह करता है।", "lawsuit_by_government", "US-IN"),
    (
        "बाइडेन ने टिकटॉक को बेचने के लिए मजबूर करने वाले कानून पर हस्ताक्षर किए",
        "अब बाइटडांस के पास नौ महीने का समय है।",
        "law_enacted",
        "US",
    ),
    ("ट्रंप ने बाइटडांस को टिकटॉक का अमेरिकी कारोबार बेचने का आदेश दिया", "राष्ट्रपति ने कार्यकारी आदेश पर दस्तखत किए।", "divestiture_order", "US"),
    ("आईटी मंत्रालय ने टिकटॉक को नोटिस भेजा, 24 सवालों के जवाब मांगे", "मंत्रालय ने कंपनी से एक हफ्ते में जवाब देने को कहा।", "regulatory_order", "IN"),
    ("ब्रिटेन ने सरकारी फोन पर टिकटॉक के इस्तेमाल पर रोक लगाई", "मंत्रियों और अधिकारियों को ऐप हटाना होगा।", "ban_government_devices", "GB"),
    ("सरकारी उपकरणों से टिकटॉक हटाने का आदेश", "ऑस्ट्रेलियाई सरकार ने सुरक्षा कारणों से यह निर्देश दिया।", "ban_government_devices", "AU"),
    ("सेनेगल ने टिकटॉक को निलंबित किया", "सरकार ने हिंसक संदेशों के प्रसार का हवाला दिया।", "ban_national", "SN"),
    # an EU fine over data sent to China is the Irish regulator's
    ("यूरोपीय संघ ने टिकटॉक पर 60 करोड़ यूरो का जुर्माना लगाया", "जुर्माना यूरोपीय यूजर्स का डेटा चीन भेजने के मामले में लगा।", "fine_or_penalty", "IE"),
    # under a headline about something else, a lead sentence that names who acted
    (
        "टिकटॉक पर फिर संकट",
        "अमेरिकी न्याय विभाग ने टिकटॉक और बाइटडांस के खिलाफ मुकदमा दायर किया है। विभाग का आरोप है कि कंपनी ने बच्चों का डेटा जुटाया।",
        "lawsuit_by_government",
        "US",
    ),
    # the headline says banned, the first lead sentence says whose phones
    ("अमेरिकी संसद में टिकटॉक पर प्रतिबंध", "सांसदों और कर्मचारियों के फोन पर अब यह ऐप नहीं चलेगा।", "ban_government_devices", "US"),
    # a supreme court keeping a ban in force is news of the ban
    ("अमेरिकी सुप्रीम कोर्ट ने टिकटॉक पर प्रतिबंध वाले कानून को बरकरार रखा", "रविवार से ऐप पर रोक लागू हो जाएगी।", "other", "US"),
]

NOT_NEW = [
    ("सांसदों ने टिकटॉक पर प्रतिबंध लगाने की मांग की", "इस बारे में एक विधेयक अगले सत्र में पेश किया जा सकता है।", "proposed_or_threatened"),
    ("ट्रंप ने टिकटॉक पर प्रतिबंध लगाने की धमकी दी", "राष्ट्रपति ऐप को ब्लॉक करने पर विचार कर रहे हैं।", "proposed_or_threatened"),
    ("सरकार टिकटॉक को बैन कर सकती है", "सूत्रों के मुताबिक गृह मंत्रालय ने सिफारिश भेजी है।", "proposed_or_threatened"),
    ("अमेरिकी संसद ने टिकटॉक बैन विधेयक पारित किया", "अब सीनेट इस पर मतदान करेगी।", "proposed_or_threatened"),
    ("क्या भारत की तरह अमेरिका भी टिकटॉक पर बैन लगाएगा?", "अमेरिकी सांसद इस पर बहस कर रहे हैं।", "proposed_or_threatened"),
    ("नेपाल ने टिकटॉक से प्रतिबंध हटाया", "नौ महीने बाद ऐप फिर से उपलब्ध है।", "not_action"),
    ("अमेरिका में टिकटॉक पर बैन की समय सीमा 75 दिन बढ़ाई गई", "ट्रंप ने कार्यकारी आदेश पर हस्ताक्षर किए।", "not_action"),
    ("टिकटॉक के लिए अच्छी खबर", "ट्रंप ने प्रतिबंध लागू करने की समयसीमा 75 दिन के लिए टाल दी।", "not_action"),
    ("सरकार टिकटॉक पर प्रतिबंध नहीं लगाएगी", "मंत्री ने संसद में कहा कि ऐसी कोई योजना नहीं है।", "not_action"),
    ("टिकटॉक पर नहीं लगेगा बैन", "सरकार ने साफ किया कि फिलहाल ऐसा कोई फैसला नहीं है।", "not_action"),
    # an act against another company, TikTok only named after it
    ("यूरोपीय आयोग ने मेटा पर जुर्माना लगाया", "आयोग ने फेसबुक को दंडित किया। टिकटॉक पर भी नजर है।", "not_action"),
    ("भारत में टेलीग्राम पर प्रतिबंध", "सरकार ने टेलीग्राम को ब्लॉक करने का आदेश दिया। टिकटॉक जैसे ऐप्स पर नजर रखी जा रही है।", "not_action"),
    # a past ban recalled
    ("टिकटॉक ने क्रिएटर्स के लिए नया फीचर पेश किया", "2020 से भारत में प्रतिबंधित यह ऐप दुनिया में तेजी से बढ़ रहा है।", "background_only"),
    ("टिकटॉक की पैरेंट कंपनी ने नया ऐप उतारा", "भारत सरकार ने पिछले साल इसकी कई सेवाओं पर रोक लगा दी थी।", "background_only"),
    ("टिकटॉक बैन के बाद भारतीय ऐप्स की बढ़त", "देसी शॉर्ट वीडियो ऐप्स के यूजर तेजी से बढ़े।", "background_only"),
    ("टिकटॉक की पैरेंट कंपनी का मुनाफा बढ़ा", "भारत ने जून 2020 में टिकटॉक पर प्रतिबंध लगाया था।", "background_only"),
    # a court stops the act; TikTok goes to court
    ("अदालत ने मोंटाना में टिकटॉक बैन पर रोक लगाई", "संघीय न्यायाधीश ने कहा कि कानून अभिव्यक्ति की आज़ादी का उल्लंघन करता है।", "court_blocks_action"),
    ("टिकटॉक ने मोंटाना के प्रतिबंध के खिलाफ मुकदमा दायर किया", "कंपनी ने संघीय अदालत में कानून को चुनौती दी।", "tiktok_challenges_action"),
    ("टिकटॉक ने भारत सरकार के प्रतिबंध को अदालत में चुनौती दी", "कंपनी ने कहा कि उसने कोई नियम नहीं तोड़ा।", "tiktok_challenges_action"),
    # a private suit is no government's
    ("तीन परिवारों ने टिकटॉक पर मुकदमा दायर किया", "परिवारों का आरोप है कि ऐप की वजह से बच्चों की मौत हुई।", "not_action"),
    # the company's own steps, police work on a clip, a user's FIR
    ("टिकटॉक ने भारत में अपना कारोबार बंद किया", "कंपनी ने कर्मचारियों को इसकी जानकारी दी।", "not_action"),
    ("पुलिस कर रही टिकटॉक वीडियो की जांच", "वीडियो में हथियार दिखाए गए थे।", "not_action"),
    ("टिकटॉक स्टार पर केस दर्ज", "युवक ने सड़क पर खतरनाक स्टंट का वीडियो डाला था।", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("hi", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("hi", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("नेपाल सरकार टिकटॉक पर प्रतिबंध लगाने पर विचार कर रही है", "नेपाल सरकार ने टिकटॉक पर प्रतिबंध लगा दिया", "NP"),
    # lifted / imposed
    ("पाकिस्तान ने टिकटॉक पर लगा प्रतिबंध हटा लिया", "पाकिस्तान ने टिकटॉक पर प्रतिबंध लगा दिया", "PK"),
    # another company / TikTok
    ("यूरोपीय आयोग ने एक्स के खिलाफ औपचारिक जांच शुरू की", "यूरोपीय आयोग ने टिकटॉक के खिलाफ औपचारिक जांच शुरू की", "EU"),
    # a past ban recalled / the ban itself
    ("भारत ने 2020 में टिकटॉक पर प्रतिबंध लगाया था", "भारत ने टिकटॉक पर प्रतिबंध लगाया", "IN"),
    # a court blocks the ban / the state bans
    ("संघीय अदालत ने मोंटाना के टिकटॉक प्रतिबंध पर रोक लगा दी", "मोंटाना ने टिकटॉक पर प्रतिबंध लगा दिया", "US-MT"),
    # TikTok appeals / the government fines
    ("टिकटॉक ने इटली के जुर्माने के खिलाफ अदालत में अपील की", "इटली ने टिकटॉक पर एक करोड़ यूरो का जुर्माना लगाया", "IT"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("hi", negative, positive, code)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("टिकटॉक को बड़ा झटका", "नई दिल्ली: केंद्र ने टिकटॉक और 58 अन्य चीनी ऐप्स पर प्रतिबंध लगा दिया है।", DATE, None, "hi")
    assert a.label == "new_action"
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of India")
    a = analyze_article("आईटी मंत्रालय ने टिकटॉक को नोटिस भेजा", "", DATE, None, "hi")
    assert a.actions[0].actor == "MeitY"
    # a Pakistani high court is not an Indian one
    a = analyze_article("पेशावर हाईकोर्ट ने टिकटॉक पर प्रतिबंध लगाया", "", DATE, None, "hi")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Peshawar High Court")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # a demonym with a vowel sign on the end of the country's name
        ("नेपाली सरकार ने टिकटॉक पर लगाई पाबंदी", "NP"),
        ("अमेरिकी प्रशासन ने टिकटॉक पर जुर्माना लगाया", "US"),
        # "Latin America" is not the United States; Indiana is not India
        ("लैटिन अमेरिका के दौरे पर ब्राजील ने टिकटॉक पर जुर्माना लगाया", "BR"),
        ("इंडियाना ने टिकटॉक पर मुकदमा दायर किया", "US-IN"),
    ],
)
def test_places(title: str, code: str) -> None:
    assert_new_action("hi", title, "", code=code)


# Devanagari and word matching: Python's \w does not match vowel signs, so the pack guards every
# fragment against a Devanagari character before it.
def test_a_fragment_is_not_read_after_a_vowel_sign() -> None:
    # "न" (not) at the end of "पाकिस्तान" must not negate the block that follows
    a = analyze_article("पाकिस्तान में फिर ब्लॉक हुआ टिकटॉक", "पीटीए ने ऐप को ब्लॉक करने का आदेश दिया।", DATE, None, "hi")
    assert a.label == "new_action", (a.label, a.actions)
    # the pack's own names carry the guard: "भारत" is not read inside "महाभारत" (CLDR's names, added by the
    # engine, have no such guard)
    places = load_pack("hi").place_patterns
    assert places is not None and places.search("महाभारत की कहानी") is None
    assert places.search("भारतीय सरकार") is not None


def test_a_trigger_is_not_read_inside_a_longer_word() -> None:
    # "दंड" (penalty) inside "मापदंड" (standard)
    assert analyze_article("टिकटॉक ने सुरक्षा के नए मापदंड तय किए", "", DATE, None, "hi").label == "not_action"
    # "रोक" only as "रोक लगाई" or "पर रोक": "रोकथाम" (prevention) is none
    assert analyze_article("टिकटॉक ने नशे की रोकथाम के लिए अभियान चलाया", "", DATE, None, "hi").label == "not_action"


@pytest.mark.parametrize(
    "title",
    [
        "सरकार ने टिकटॉक पर जुर्माना लगाया",  # no nukta
        "सरकार ने टिकटॉक पर ज\u093cुर्माना लगाया",  # nukta as a combining sign
        "सरकार ने टिकटॉक पर \u095bुर्माना लगाया",  # precomposed ज़
    ],
)
def test_nukta_spellings(title: str) -> None:
    a = analyze_article(title, "", DATE, None, "hi")
    assert a.actions and a.actions[0].type == "fine_or_penalty"


def test_spellings_of_the_target() -> None:
    for name in ("टिकटॉक", "टिक टॉक", "टिकटोक", "टिकटाॅक", "बाइटडांस"):
        assert analyze_article(f"नेपाल ने {name} पर प्रतिबंध लगाया", "", DATE, None, "hi").label == "new_action", name
    # a creator ("टिकटॉकर") is not the app
    assert analyze_article("नेपाल ने टिकटॉकर पर प्रतिबंध लगाया", "", DATE, None, "hi").label == "not_action"


def test_the_danda_ends_a_sentence() -> None:
    text = "केंद्र ने टिकटॉक पर प्रतिबंध लगाया।यह फैसला सोमवार को कैबिनेट की बैठक में हुआ। कंपनी ने कहा कि वह जवाब देगी."
    assert_sentences(
        "hi",
        text,
        [
            "केंद्र ने टिकटॉक पर प्रतिबंध लगाया।",
            "यह फैसला सोमवार को कैबिनेट की बैठक में हुआ।",
            "कंपनी ने कहा कि वह जवाब देगी.",
        ],
    )


def test_hindi_is_identified() -> None:
    assert_identified("hi", "भारत सरकार ने टिकटॉक समेत 59 चीनी ऐप्स पर प्रतिबंध लगा दिया है", "")
