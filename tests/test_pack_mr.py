"""Marathi pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"

NEW = [
    # India's 2020 order under Section 69A, in the words Marathi outlets use for it
    (
        "भारत सरकारने टिकटॉकसह ५९ चिनी अ‍ॅप्सवर बंदी घातली",
        "इलेक्ट्रॉनिक्स आणि माहिती तंत्रज्ञान मंत्रालयाने आयटी कायद्याच्या कलम ६९ए अंतर्गत हा आदेश जारी केला.",
        "ban_national",
        "IN",
    ),
    ("केंद्र सरकारने टिकटॉक ब्लॉक केले", "हे अ‍ॅप देशाच्या सार्वभौमत्वाला धोका असल्याचे सरकारने म्हटले आहे.", "ban_national", "IN"),
    ("मद्रास उच्च न्यायालयाने टिकटॉकवर बंदी घालण्याचे आदेश दिले", "न्यायालयाने केंद्राला अ‍ॅपचे डाउनलोड थांबवण्यास सांगितले.", "ban_national", "IN"),
    ("महाराष्ट्र सरकारने टिकटॉकवर बंदी घालण्याचा निर्णय घेतला", "", "ban_national", "IN"),
    ("नेपाळमध्ये टिकटॉकवर बंदी", "नेपाळ सरकारने मंत्रिमंडळाच्या बैठकीत हा निर्णय घेतला.", "ban_national", "NP"),
    ("पाकिस्तानात टिकटॉक पुन्हा ब्लॉक", "पीटीएने अश्लील मजकुरामुळे अ‍ॅप ब्लॉक करण्याचे आदेश दिले.", "ban_national", "PK"),
    ("अल्बानियाने वर्षभरासाठी टिकटॉक बंद केले", "पंतप्रधान एडी रामा यांनी शाळेतील हिंसाचारानंतर हा निर्णय घेतला.", "ban_national", "AL"),
    ("सेनेगलने टिकटॉक निलंबित केले", "हिंसक संदेश पसरत असल्याचे कारण सरकारने दिले.", "ban_national", "SN"),
    # the passive, and the ending joined to the country's name
    ("अमेरिकेत टिकटॉकवर बंदी घालण्यात आली", "", "ban_national", "US"),
    ("मोंटानाने टिकटॉकवर बंदी घातली", "", "ban_regional", "US-MT"),
    (
        "आयर्लंडच्या डेटा संरक्षण आयोगाने टिकटॉकला ५३ कोटी युरोचा दंड ठोठावला",
        "कंपनीने युरोपियन वापरकर्त्यांचा डेटा चीनला पाठवल्याचे नियामकाने म्हटले.",
        "fine_or_penalty",
        "IE",
    ),
    ("रशियाच्या न्यायालयाने टिकटॉकला ३० लाख रुबलचा दंड केला", "कंपनीने प्रतिबंधित मजकूर हटवला नाही.", "fine_or_penalty", "RU"),
    # an EU fine over data sent to China is the Irish regulator's
    (
        "युरोपियन युनियनने टिकटॉकला ६० कोटी युरोचा दंड ठोठावला",
        "युरोपियन वापरकर्त्यांचा डेटा चीनला पाठवल्याप्रकरणी हा दंड झाला.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "युरोपियन कमिशनने टिकटॉकविरोधात औपचारिक चौकशी सुरू केली",
        "प्लॅटफॉर्मने डिजिटल सेवा कायद्याचे उल्लंघन केले का, याची तपासणी होईल.",
        "investigation_opened",
        "EU",
    ),
    ("मुंबई पोलिसांनी टिकटॉकविरोधात गुन्हा दाखल केला", "कंपनीने मागितलेली माहिती दिली नाही, असा आरोप आहे.", "investigation_opened", "IN"),
    (
        "कॅनडाने टिकटॉकला देशातील कामकाज बंद करण्याचे आदेश दिले",
        "राष्ट्रीय सुरक्षा आढाव्यानंतर ओटावाने हे पाऊल उचलले.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "टेक्सासने टिकटॉकविरोधात खटला दाखल केला",
        "राज्याच्या ॲटर्नी जनरलनी मुलांच्या गोपनीयतेचे उल्लंघन झाल्याचा आरोप केला.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("इंडियानाने टिकटॉकवर दोन खटले दाखल केले", "अ‍ॅप ग्राहकांची दिशाभूल करत असल्याचा राज्याचा आरोप आहे.", "lawsuit_by_government", "US-IN"),
    (
        "बायडेन यांनी टिकटॉक विकण्यास भाग पाडणाऱ्या कायद्यावर स्वाक्षरी केली",
        "आता बाइटडान्सकडे नऊ महिन्यांचा कालावधी आहे.",
        "law_enacted",
        "US",
    ),
    (
        "ट्रम्प यांनी बाइटडान्सला टिकटॉकचा अमेरिकेतील व्यवसाय विकण्याचे आदेश दिले",
        "राष्ट्राध्यक्षांनी कार्यकारी आदेशावर स्वाक्षरी केली.",
        "divestiture_order",
        "US",
    ),
    (
        "आयटी मंत्रालयाने टिकटॉकला नोटीस बजावली, २४ प्रश्नांची उत्तरे मागवली",
        "मंत्रालयाने कंपनीला आठवडाभरात उत्तर देण्यास सांगितले.",
        "regulatory_order",
        "IN",
    ),
    ("ब्रिटनने सरकारी फोनवर टिकटॉकवर बंदी घातली", "मंत्री आणि अधिकाऱ्यांना अ‍ॅप काढून टाकावे लागेल.", "ban_government_devices", "GB"),
    ("सरकारी उपकरणांमधून टिकटॉक हटवण्याचे आदेश", "ऑस्ट्रेलिया सरकारने सुरक्षेच्या कारणास्तव हा निर्देश दिला.", "ban_government_devices", "AU"),
    # under a headline about something else, a lead sentence that names who acted
    (
        "टिकटॉकसमोर पुन्हा संकट",
        "अमेरिकेच्या न्याय विभागाने टिकटॉक आणि बाइटडान्सविरोधात खटला दाखल केला आहे. कंपनीने मुलांची माहिती गोळा केल्याचा विभागाचा आरोप आहे.",
        "lawsuit_by_government",
        "US",
    ),
    # the headline says banned, the first lead sentence says whose phones ("ऱ" written both ways)
    ("अमेरिकन संसदेत टिकटॉकवर बंदी", "खासदार आणि कर्मचाऱ्यांच्या फोनवर आता हे अ‍ॅप चालणार नाही.", "ban_government_devices", "US"),
    ("अमेरिकेच्या प्रतिनिधीगृहात टिकटॉकवर बंदी", "कर्मचार्\u200dयांच्या फोनवरून हे ॲप काढावे लागेल.", "ban_government_devices", "US"),
    # a supreme court keeping a ban in force is news of the ban
    ("अमेरिकेच्या सर्वोच्च न्यायालयाने टिकटॉक बंदीचा कायदा कायम ठेवला", "रविवारपासून अ‍ॅपवर बंदी लागू होईल.", "other", "US"),
]

NOT_NEW = [
    ("खासदारांनी टिकटॉकवर बंदी घालण्याची मागणी केली", "याबाबतचे विधेयक पुढील अधिवेशनात मांडले जाऊ शकते.", "proposed_or_threatened"),
    ("ट्रम्प यांनी टिकटॉकवर बंदी घालण्याची धमकी दिली", "राष्ट्राध्यक्ष अ‍ॅप ब्लॉक करण्याचा विचार करत आहेत.", "proposed_or_threatened"),
    ("सरकार टिकटॉकवर बंदी घालू शकते", "गृह मंत्रालयाने शिफारस पाठवल्याचे सूत्रांनी सांगितले.", "proposed_or_threatened"),
    ("अमेरिकन संसदेने टिकटॉक बंदी विधेयक मंजूर केले", "आता सिनेट यावर मतदान करेल.", "proposed_or_threatened"),
    ("भारताप्रमाणे अमेरिकाही टिकटॉकवर बंदी घालणार?", "अमेरिकी खासदार यावर चर्चा करत आहेत.", "proposed_or_threatened"),
    ("अमेरिकेत टिकटॉकवर बंदी घालण्याची शक्यता", "", "proposed_or_threatened"),
    ("टिकटॉकवर बंदी घालावी, अशी मागणी खासदारांनी केली", "", "proposed_or_threatened"),
    # lifted, eased, postponed
    ("नेपाळने टिकटॉकवरील बंदी उठवली", "नऊ महिन्यांनंतर अ‍ॅप पुन्हा उपलब्ध झाले आहे.", "not_action"),
    ("अमेरिकेत टिकटॉक बंदीची मुदत ७५ दिवसांनी वाढवली", "ट्रम्प यांनी कार्यकारी आदेशावर स्वाक्षरी केली.", "not_action"),
    ("ट्रम्प यांनी टिकटॉक बंदीची अंमलबजावणी स्थगित केली", "", "not_action"),
    # negated
    ("सरकार टिकटॉकवर बंदी घालणार नाही", "अशी कोणतीही योजना नसल्याचे मंत्र्यांनी संसदेत सांगितले.", "not_action"),
    ("टिकटॉकवर बंदी घालण्यास सरकारचा नकार", "", "not_action"),
    ("टिकटॉकवर दंड नाही, सरकारचे स्पष्टीकरण", "", "not_action"),
    # an act against another company, TikTok only named after it
    ("युरोपियन कमिशनने मेटाला दंड ठोठावला", "आयोगाने फेसबुकला दंडित केले. टिकटॉकवरही लक्ष आहे.", "not_action"),
    ("भारतात टेलिग्रामवर बंदी", "सरकारने टेलिग्राम ब्लॉक करण्याचे आदेश दिले. टिकटॉकसारख्या अ‍ॅप्सवर नजर ठेवली जात आहे.", "not_action"),
    # a past ban recalled (years in Devanagari digits, which the engine's year rule does not read)
    ("टिकटॉकने क्रिएटर्ससाठी नवे फीचर आणले", "२०२० पासून भारतात बंदी असलेले हे अ‍ॅप जगभरात वेगाने वाढत आहे.", "background_only"),
    ("टिकटॉक बंदीनंतर भारतीय अ‍ॅप्सची चलती", "देशी शॉर्ट व्हिडिओ अ‍ॅप्सचे वापरकर्ते वेगाने वाढले.", "background_only"),
    ("बाइटडान्सचा नफा वाढला", "भारताने जून २०२० मध्ये टिकटॉकवर बंदी घातली होती.", "background_only"),
    ("भारतात अजूनही टिकटॉकवर बंदी आहे", "", "background_only"),
    # a court stops the act; TikTok goes to court
    (
        "न्यायालयाने मोंटानातील टिकटॉक बंदीला स्थगिती दिली",
        "हा कायदा अभिव्यक्ती स्वातंत्र्याचे उल्लंघन करतो, असे संघीय न्यायाधीशांनी म्हटले.",
        "court_blocks_action",
    ),
    ("टिकटॉकने मोंटानाच्या बंदीविरोधात खटला दाखल केला", "कंपनीने संघीय न्यायालयात कायद्याला आव्हान दिले.", "tiktok_challenges_action"),
    ("टिकटॉकने भारत सरकारच्या बंदीला न्यायालयात आव्हान दिले", "कंपनीने कोणताही नियम मोडला नसल्याचे म्हटले.", "tiktok_challenges_action"),
    # a private suit is no government's
    ("तीन कुटुंबांनी टिकटॉकविरोधात खटला दाखल केला", "अ‍ॅपमुळे मुलांचा मृत्यू झाल्याचा कुटुंबांचा आरोप आहे.", "not_action"),
    # the company's own steps, police work on a clip, a case against a creator
    ("टिकटॉकने भारतातील आपला व्यवसाय बंद केला", "कंपनीने कर्मचाऱ्यांना याची माहिती दिली.", "not_action"),
    ("पोलीस टिकटॉक व्हिडिओचा तपास करत आहेत", "व्हिडिओत शस्त्रे दाखवण्यात आली होती.", "not_action"),
    ("टिकटॉक स्टारविरोधात गुन्हा दाखल", "तरुणाने रस्त्यावर धोकादायक स्टंटचा व्हिडिओ टाकला होता.", "not_action"),
    # opinion, and a list of countries
    ("मत: टिकटॉकवर बंदी घालणे योग्य आहे का?", "", "not_action"),
    ("कोणत्या देशांमध्ये टिकटॉकवर बंदी आहे?", "", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("mr", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("mr", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("नेपाळ सरकार टिकटॉकवर बंदी घालण्याचा विचार करत आहे", "नेपाळ सरकारने टिकटॉकवर बंदी घातली", "NP"),
    # lifted / imposed
    ("पाकिस्तानने टिकटॉकवरील बंदी हटवली", "पाकिस्तानने टिकटॉकवर बंदी घातली", "PK"),
    # another company / TikTok
    ("युरोपियन कमिशनने एक्सविरोधात औपचारिक चौकशी सुरू केली", "युरोपियन कमिशनने टिकटॉकविरोधात औपचारिक चौकशी सुरू केली", "EU"),
    # a past ban recalled / the ban itself
    ("भारताने २०२० मध्ये टिकटॉकवर बंदी घातली होती", "भारताने टिकटॉकवर बंदी घातली", "IN"),
    ("भारताने 2020 मध्ये टिकटॉकवर बंदी घातली होती", "भारतात टिकटॉकवर बंदी घालण्यात आली", "IN"),
    # a court blocks the ban / the state bans
    ("संघीय न्यायालयाने मोंटानाच्या टिकटॉक बंदीला स्थगिती दिली", "मोंटानाने टिकटॉकवर बंदी घातली", "US-MT"),
    # TikTok appeals / the government fines
    ("टिकटॉकने इटलीच्या दंडाविरोधात न्यायालयात अपील केले", "इटलीने टिकटॉकला एक कोटी युरोचा दंड ठोठावला", "IT"),
    # negated / imposed
    ("भारत सरकार टिकटॉकवर बंदी घालणार नाही", "भारत सरकारने टिकटॉकवर बंदी घातली आहे", "IN"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("mr", negative, positive, code)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("टिकटॉकला मोठा धक्का", "नवी दिल्ली: केंद्राने टिकटॉकसह ५८ चिनी अ‍ॅप्सवर बंदी घातली आहे.", DATE, None, "mr")
    assert a.label == "new_action"
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of India")
    a = analyze_article("आयटी मंत्रालयाने टिकटॉकला नोटीस बजावली", "", DATE, None, "mr")
    assert a.actions[0].actor == "MeitY"
    a = analyze_article("मुंबई उच्च न्यायालयाने टिकटॉकला नोटीस बजावली", "", DATE, None, "mr")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Bombay High Court")
    a = analyze_article("गुजरात सरकारने टिकटॉकवर बंदी घातली", "", DATE, None, "mr")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of Gujarat")
    # "the Supreme Court" alone is India's; the US one is named with its country
    a = analyze_article("सर्वोच्च न्यायालयाने टिकटॉकवरील बंदी कायम ठेवली", "", DATE, None, "mr")
    assert (a.label, a.actions[0].actor) == ("new_action", "Supreme Court of India")
    a = analyze_article("अमेरिकेच्या सर्वोच्च न्यायालयाने टिकटॉक बंदीचा कायदा कायम ठेवला", "", DATE, None, "mr")
    assert a.actions[0].actor == "US Supreme Court"
    a = analyze_article("व्हेनेझुएलाच्या सर्वोच्च न्यायालयाने टिकटॉकला १ कोटी डॉलरचा दंड ठोठावला", "", DATE, None, "mr")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "VE")
    # a Pakistani high court is not an Indian one
    a = analyze_article("पेशावर उच्च न्यायालयाने टिकटॉकवर बंदी घातली", "", DATE, None, "mr")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Peshawar High Court")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # a country's name with a case ending joined to it, its last vowel changed
        ("अमेरिकेने टिकटॉकवर बंदी घातली", "US"),
        ("भारतात टिकटॉकवर बंदी घालण्यात आली", "IN"),
        ("नेपाळी सरकारने टिकटॉकवर बंदी घातली", "NP"),
        ("अमेरिकी प्रशासनाने टिकटॉकला दंड ठोठावला", "US"),
        # "Latin America" is not the United States; Indiana is not India
        ("लॅटिन अमेरिका दौऱ्यादरम्यान ब्राझीलने टिकटॉकला दंड ठोठावला", "BR"),
        ("इंडियानाने टिकटॉकविरोधात खटला दाखल केला", "US-IN"),
    ],
)
def test_places(title: str, code: str) -> None:
    assert_new_action("mr", title, "", code=code)


# Word matching with endings joined to the word: a stem matches its suffixed forms, and never starts
# inside another word (the engine counts Devanagari vowel signs as letters).
@pytest.mark.parametrize(
    ("title", "type_"),
    [
        ("नेपाळने टिकटॉकवर बंदी घातली", "ban_national"),  # -वर on the target
        ("नेपाळने टिकटॉक बंदीचा आदेश काढला", "ban_national"),  # -चा on the trigger
        ("नेपाळने टिकटॉकला दंड ठोठावला", "fine_or_penalty"),
        ("नेपाळने टिकटॉकवर दंडात्मक कारवाई केली", "fine_or_penalty"),
        ("नेपाळने टिकटॉकच्या चौकशीचे आदेश दिले", "investigation_opened"),
    ],
)
def test_suffixed_forms_match(title: str, type_: str) -> None:
    assert_new_action("mr", title, "", type_)


def test_a_fragment_is_not_read_inside_a_longer_word() -> None:
    # "दंड" (penalty) inside "मापदंड" (standard)
    assert analyze_article("टिकटॉकने सुरक्षेचे नवे मापदंड ठरवले", "", DATE, None, "mr").label == "not_action"
    # "बंदी" inside "नाकाबंदी" (a road block) and "जमावबंदी" (a curfew order)
    assert analyze_article("पोलिसांची नाकाबंदी; टिकटॉक व्हिडिओ व्हायरल", "", DATE, None, "mr").label == "not_action"
    assert analyze_article("जमावबंदीतही टिकटॉक व्हिडिओ बनवले", "", DATE, None, "mr").label == "not_action"
    # "भारत" is not read inside "महाभारत"; a stem with an ending is read
    places = load_pack("mr").place_patterns
    assert places is not None and places.search("महाभारत मालिका") is None
    assert places.search("भारताच्या निर्णयानंतर") is not None
    assert places.search("अमेरिकेच्या निर्णयानंतर") is not None


def test_spellings_of_the_target() -> None:
    for name in ("टिकटॉक", "टिक टॉक", "टिक-टॉक", "टिकटोक", "टिकटाॅक", "बाईटडान्स", "बाइटडान्स"):
        assert analyze_article(f"नेपाळने {name}वर बंदी घातली", "", DATE, None, "mr").label == "new_action", name
    # creators ("टिकटॉकर्स") are not the app
    assert analyze_article("नेपाळने टिकटॉकर्सवर बंदी घातली", "", DATE, None, "mr").label == "not_action"


def test_spellings_of_app() -> None:
    # अ‍ॅप (with a zero-width joiner), अॅप, ॲप and अँप all refer back to TikTok
    for app in ("अ\u200dॅप", "अॅप", "ॲप", "अँप"):
        a = analyze_article("टिकटॉकबाबत मोठी बातमी", f"नेपाळ सरकारने या {app}वर बंदी घातली आहे.", DATE, None, "mr")
        assert a.label == "new_action", (app, a.label, a.actions)


def test_the_danda_and_the_full_stop_end_a_sentence() -> None:
    text = "केंद्राने टिकटॉकवर बंदी घातली।हा निर्णय सोमवारी मंत्रिमंडळाच्या बैठकीत झाला. कंपनीने उत्तर देणार असल्याचे सांगितले."
    assert_sentences(
        "mr",
        text,
        [
            "केंद्राने टिकटॉकवर बंदी घातली।",
            "हा निर्णय सोमवारी मंत्रिमंडळाच्या बैठकीत झाला.",
            "कंपनीने उत्तर देणार असल्याचे सांगितले.",
        ],
    )


def test_marathi_is_identified() -> None:
    assert_identified("mr", "भारत सरकारने टिकटॉकसह ५९ चिनी अ‍ॅप्सवर बंदी घातली असून याबाबतचा आदेश जारी केला आहे", "")
