"""Tamil pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"

NEW = [
    # India's 2020 order, in the words Tamil outlets use for it
    (
        "இந்திய அரசு டிக்டாக் உள்ளிட்ட 59 சீனச் செயலிகளுக்குத் தடை விதித்தது",
        "மத்திய மின்னணு மற்றும் தகவல் தொழில்நுட்ப அமைச்சகம் இதற்கான உத்தரவைப் பிறப்பித்தது.",
        "ban_national",
        "IN",
    ),
    # "அச்சுறுத்தல்" (a threat) is the ban's reason, not a threat to ban
    ("தேசிய பாதுகாப்புக்கு அச்சுறுத்தல் எனக் கூறி ஒன்றிய அரசு டிக்டாக்கை தடை செய்தது", "", "ban_national", "IN"),
    (
        "சென்னை உயர் நீதிமன்ற மதுரைக் கிளை டிக்டாக் செயலிக்குத் தடை விதித்தது",
        "செயலியைப் பதிவிறக்கம் செய்வதைத் தடுக்குமாறு மத்திய அரசுக்கு நீதிபதிகள் உத்தரவிட்டனர்.",
        "ban_national",
        "IN",
    ),
    ("நேபாளத்தில் டிக்டாக்கிற்குத் தடை", "நேபாள அரசு அமைச்சரவைக் கூட்டத்தில் இந்த முடிவை எடுத்தது.", "ban_national", "NP"),
    (
        "பாகிஸ்தானில் டிக்டாக் செயலி மீண்டும் முடக்கப்பட்டது",
        "ஆபாச உள்ளடக்கத்தைக் காரணம் காட்டி பாகிஸ்தான் தொலைத்தொடர்பு ஆணையம் இந்த உத்தரவைப் பிறப்பித்தது.",
        "ban_national",
        "PK",
    ),
    (
        "இலங்கையில் டிக்டொக் செயலிக்கு தடை விதிக்கப்பட்டுள்ளது",
        "தொலைத்தொடர்பு ஒழுங்குபடுத்தல் ஆணைக்குழு இந்த அறிவிப்பை வெளியிட்டது.",
        "ban_national",
        "LK",
    ),
    ("அல்பேனியா ஓராண்டுக்கு டிக்டாக்கை முடக்கியது", "பள்ளி மாணவர் ஒருவர் கொல்லப்பட்ட பின் பிரதமர் எடி ராமா இதை அறிவித்தார்.", "ban_national", "AL"),
    ("செனகல் அரசு டிக்டாக்கை இடைநீக்கம் செய்தது", "வன்முறையைத் தூண்டும் பதிவுகள் பரவியதை அரசு சுட்டிக்காட்டியது.", "ban_national", "SN"),
    ("சிங்கப்பூர் அரசு ஊழியர்களின் கைபேசிகளில் டிக்டாக் பயன்படுத்தத் தடை", "", "ban_government_devices", "SG"),
    (
        "பிரிட்டன் அரசு அலுவலகக் கைபேசிகளில் டிக்டாக் பயன்படுத்தத் தடை விதித்தது",
        "அமைச்சர்களும் அதிகாரிகளும் இந்தச் செயலியை உடனடியாக அகற்ற வேண்டும்.",
        "ban_government_devices",
        "GB",
    ),
    # the headline says banned, the first lead sentence says whose phones
    (
        "கனடாவில் டிக்டாக்கிற்குத் தடை",
        "அரசுக்குச் சொந்தமான கைபேசிகளில் இனி இந்தச் செயலி இருக்கக் கூடாது என பிரதமர் ட்ரூடோ அறிவித்தார்.",
        "ban_government_devices",
        "CA",
    ),
    (
        "மலேசிய தொடர்பு, பல்லூடக ஆணையம் டிக்டாக் நிறுவனத்திற்கு அபராதம் விதித்தது",
        "தவறான தகவல்களை நீக்கத் தவறியதே காரணம் என ஆணையம் கூறியது.",
        "fine_or_penalty",
        "MY",
    ),
    (
        "அயர்லாந்தின் தரவு பாதுகாப்பு ஆணையம் டிக்டாக்கிற்கு 53 கோடி யூரோ அபராதம் விதித்தது",
        "ஐரோப்பிய பயனர்களின் தரவுகள் சீனாவுக்கு அனுப்பப்பட்டதே காரணம்.",
        "fine_or_penalty",
        "IE",
    ),
    # an EU fine over children's data is the Irish regulator's
    (
        "ஐரோப்பிய ஒன்றியம் டிக்டாக்கிற்கு 34 கோடி யூரோ அபராதம்",
        "குழந்தைகளின் தனிப்பட்ட தரவுகளைப் பாதுகாக்கத் தவறியதற்காக இந்த அபராதம் விதிக்கப்பட்டது.",
        "fine_or_penalty",
        "IE",
    ),
    ("பிரிட்டனின் தகவல் ஆணையம் டிக்டாக்கிற்கு 1.27 கோடி பவுண்ட் அபராதம் விதித்தது", "", "fine_or_penalty", "GB"),
    (
        "ஐரோப்பிய ஆணையம் டிக்டாக் மீது முறையான விசாரணையைத் தொடங்கியது",
        "டிஜிட்டல் சேவைகள் சட்டத்தை நிறுவனம் மீறியதா என ஆணையம் ஆராயும்.",
        "investigation_opened",
        "EU",
    ),
    ("டிக்டாக் மீது மலேசிய காவல்துறை விசாரணை தொடங்கியது", "", "investigation_opened", "MY"),
    # headline-ese without a verb, and proceedings ("நடவடிக்கைகள்") opened
    ("ருமேனிய தேர்தல்: டிக்டாக் மீது ஐரோப்பிய ஒன்றியம் விசாரணை", "", "investigation_opened", "EU"),
    (
        "டிக்டாக் மீது ஐரோப்பிய ஆணையம் நடவடிக்கை",
        "ஐரோப்பிய ஆணையம் டிஜிட்டல் சேவைகள் சட்டத்தின் கீழ் முறையான நடவடிக்கைகளைத் தொடங்கியுள்ளது.",
        "investigation_opened",
        "EU",
    ),
    (
        "டெக்சாஸ் மாநிலம் டிக்டாக் மீது வழக்குத் தொடர்ந்தது",
        "குழந்தைகளின் தனியுரிமையைச் செயலி மீறுவதாக மாநில அட்டர்னி ஜெனரல் குற்றம் சாட்டினார்.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # under a headline about something else, a lead sentence that names who acted
    (
        "டிக்டாக்கிற்கு புதிய சிக்கல்",
        "அமெரிக்க நீதித்துறை டிக்டாக் மற்றும் பைட்டான்ஸ் நிறுவனங்கள் மீது வழக்குத் தொடர்ந்துள்ளது. "
        "குழந்தைகளின் தரவுகளை அனுமதியின்றி சேகரித்ததாகக் குற்றம் சாட்டப்பட்டுள்ளது.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "கனடாவில் உள்ள டிக்டாக் அலுவலகங்களை மூடுமாறு கனடா அரசு உத்தரவிட்டது",
        "தேசிய பாதுகாப்பு மதிப்பாய்வுக்குப் பின் இந்த முடிவு எடுக்கப்பட்டது.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "டிக்டாக்கை விற்க வேண்டும் அல்லது தடை என்ற சட்டத்தில் அதிபர் பைடன் கையெழுத்திட்டார்",
        "பைட்டான்ஸ் நிறுவனம் புதிய உரிமையாளரைத் தேட வேண்டும்.",
        "law_enacted",
        "US",
    ),
    ("டிக்டாக்கின் அமெரிக்க வணிகத்தை விற்குமாறு பைட்டான்ஸுக்கு டிரம்ப் உத்தரவிட்டார்", "", "divestiture_order", "US"),
    (
        "மத்திய தகவல் தொழில்நுட்ப அமைச்சகம் டிக்டாக்கிற்கு நோட்டீஸ் அனுப்பியது",
        "24 கேள்விகளுக்குப் பதில் அளிக்குமாறு நிறுவனத்திடம் கோரப்பட்டுள்ளது.",
        "regulatory_order",
        "IN",
    ),
    ("மொன்டானா மாநிலம் டிக்டாக்கிற்குத் தடை விதித்தது", "", "ban_regional", "US-MT"),
    # Malaysian outlets write the name in Latin letters with a Tamil ending after it
    ("TikTok நிறுவனத்திற்கு மலேசிய தொடர்பு பல்லூடக ஆணையம் அபராதம் விதித்தது", "", "fine_or_penalty", "MY"),
    ("வியட்நாம் அரசு டிக்டாக் மீது ஆய்வு நடத்த உத்தரவிட்டது", "", "investigation_opened", "VN"),
    ("டிக்டாக்கில் உள்ள 1000 வீடியோக்களை நீக்குமாறு நேபாள அரசு உத்தரவு", "", "regulatory_order", "NP"),
    # a supreme court keeping the law in force is news of the ban
    ("டிக்டாக் தடைச் சட்டத்தை அமெரிக்க உச்ச நீதிமன்றம் உறுதி செய்தது", "", "other", "US"),
    # a court refusing to stay the law upholds it
    ("டிக்டாக் தடைச் சட்டத்துக்குத் தடை விதிக்க அமெரிக்க உச்ச நீதிமன்றம் மறுப்பு", "", "other", "US"),
]

NOT_NEW = [
    (
        "டிக்டாக்கிற்கு தடை விதிக்க வேண்டும் என எம்.பி.க்கள் கோரிக்கை",
        "இது தொடர்பான மசோதா அடுத்த கூட்டத்தொடரில் தாக்கல் செய்யப்படலாம்.",
        "proposed_or_threatened",
    ),
    ("டிக்டாக்கைத் தடை செய்வது குறித்து அரசு பரிசீலித்து வருகிறது", "", "proposed_or_threatened"),
    ("அமெரிக்காவில் டிக்டாக் தடை செய்யப்படலாம்", "", "proposed_or_threatened"),
    ("டிக்டாக் தடை மசோதா பிரதிநிதிகள் சபையில் நிறைவேற்றம்", "அடுத்து செனட் சபை இதன் மீது வாக்களிக்கும்.", "proposed_or_threatened"),
    ("டிக்டாக்கிற்குத் தடை விதிக்கப் போவதாக டிரம்ப் எச்சரிக்கை", "", "proposed_or_threatened"),
    ("அதிபர் பைடன் டிக்டாக் மசோதாவில் கையெழுத்திடத் தயாராகி வருகிறார்", "", "proposed_or_threatened"),
    ("அமெரிக்காவிலும் டிக்டாக் தடையா?", "", "proposed_or_threatened"),
    # the question clitic -ஆ asks, with or without "?"
    ("இலங்கையில் டிக்டொக் தடைப்படுமா", "", "proposed_or_threatened"),
    ("மலேசிய அரசு டிக்டாக்கிற்குத் தடை விதிக்குமா", "", "proposed_or_threatened"),
    # a state minister's promise is no act yet
    ("டிக்டாக் செயலியைத் தடை செய்ய நடவடிக்கை எடுக்கப்படும் என தமிழக அமைச்சர் உறுதி", "", "proposed_or_threatened"),
    ("தமிழக சட்டப்பேரவையில் டிக்டாக் தடைத் தீர்மானம் நிறைவேற்றம்", "", "proposed_or_threatened"),
    ("நேபாள அரசு டிக்டாக் மீதான தடையை நீக்கியது", "ஒன்பது மாதங்களுக்குப் பிறகு செயலி மீண்டும் கிடைக்கிறது.", "not_action"),
    ("டிக்டாக் தடைக்கான காலக்கெடுவை டிரம்ப் 75 நாட்கள் நீட்டித்தார்", "", "not_action"),
    ("டிக் டாக் செயலிக்கு விதிக்கப்பட்ட தடையை சில நிபந்தனைகளுடன் நீக்கி உயர்நீதிமன்ற மதுரைக் கிளை உத்தரவு", "", "not_action"),
    ("டிக்டாக்கிற்குத் தடை விதிக்கப்படாது என அமைச்சர் உறுதி", "", "not_action"),
    ("இலங்கையில் டிக்டொக் செயலிக்கு தடை இல்லை", "", "not_action"),
    ("டிக்டாக்கிற்கு தடை விதிக்கவில்லை என மலேசிய அரசு விளக்கம்", "", "not_action"),
    ("டிக்டாக்கிற்கு தடை விதிக்க மலேசிய அரசு மறுப்பு", "", "not_action"),
    # an act against another company, TikTok only named after it
    (
        "டெலிகிராம் செயலிக்கு இந்திய அரசு தடை விதித்தது",
        "டெலிகிராம் மீது பல புகார்கள் வந்தன. டிக்டாக் போன்ற செயலிகளும் கண்காணிக்கப்படுகின்றன.",
        "not_action",
    ),
    (
        "ஐரோப்பிய ஆணையம் எக்ஸ் தளத்திற்கு அபராதம் விதித்தது",
        "எக்ஸ் நிறுவனம் விதிகளை மீறியதாக ஆணையம் கூறியது. டிக்டாக் மீதான விசாரணையும் தொடர்கிறது.",
        "not_action",
    ),
    # a past ban recalled
    (
        "டிக்டாக் புதிய அம்சத்தை அறிமுகப்படுத்தியது",
        "இந்தியாவில் 2020-ஆம் ஆண்டு முதல் தடை செய்யப்பட்டுள்ள இந்தச் செயலி உலகம் முழுவதும் வளர்ந்து வருகிறது.",
        "background_only",
    ),
    ("பைட்டான்ஸ் நிறுவனம் புதிய செயலியை வெளியிட்டது", "இந்திய அரசு கடந்த ஆண்டு டிக்டாக்கிற்குத் தடை விதித்திருந்தது.", "background_only"),
    ("டிக்டாக் தடைக்குப் பிறகு இந்தியச் செயலிகளின் வளர்ச்சி", "உள்நாட்டு குறும்பட செயலிகளின் பயனர்கள் அதிகரித்துள்ளனர்.", "background_only"),
    ("டிக்டாக்கின் வருவாய் உயர்வு", "இந்தியா ஜூன் 2020-இல் டிக்டாக்கை தடை செய்தது.", "background_only"),
    # the ban stays: no new act
    ("இந்தியாவில் டிக்டாக் மீதான தடை தொடரும் என மத்திய அரசு அறிவிப்பு", "", "background_only"),
    # a court stops the act; TikTok goes to court
    (
        "மொன்டானாவின் டிக்டாக் தடைச் சட்டத்திற்கு நீதிமன்றம் இடைக்காலத் தடை விதித்தது",
        "இந்தச் சட்டம் பேச்சுரிமையை மீறுவதாக நீதிபதி தெரிவித்தார்.",
        "court_blocks_action",
    ),
    ("மொன்டானா தடையை எதிர்த்து டிக்டாக் நிறுவனம் வழக்குத் தொடர்ந்தது", "", "tiktok_challenges_action"),
    ("இந்திய அரசின் தடையை எதிர்த்து டிக்டாக் உச்ச நீதிமன்றத்தில் மேல்முறையீடு செய்தது", "", "tiktok_challenges_action"),
    ("ஐரோப்பிய ஒன்றிய அபராதத்தை எதிர்த்து டிக்டாக் மேல்முறையீடு", "", "tiktok_challenges_action"),
    # a private suit is no government's
    (
        "டிக்டாக் மீது மூன்று குடும்பங்கள் வழக்குத் தொடர்ந்தன",
        "செயலியின் ஆபத்தான சவால்களால் தங்கள் குழந்தைகள் உயிரிழந்ததாகப் பெற்றோர் குற்றம் சாட்டினர்.",
        "not_action",
    ),
    # the company's own step, police looking into a clip, a creator, a court hearing, a list
    ("டிக்டாக் நிறுவனம் இந்தியாவில் தனது அலுவலகத்தை மூடியது", "ஊழியர்களுக்கு இது குறித்துத் தெரிவிக்கப்பட்டது.", "not_action"),
    ("டிக்டாக் வீடியோ குறித்து போலீசார் விசாரணை", "காணொளியில் ஆயுதங்கள் காட்டப்பட்டிருந்தன.", "not_action"),
    ("டிக்டாக் பிரபலம் மீது வழக்குப் பதிவு", "", "not_action"),
    # "on TikTok" (the locative) is where a user posted: the act is against the user
    ("டிக்டாக்கில் ஆபாச வீடியோ வெளியிட்ட பெண்ணுக்கு அபராதம்", "", "not_action"),
    ("டிக் டாகில் வீடியோ பதிவிட்ட இளைஞர் மீது வழக்குத் தொடர்ந்தது காவல்துறை", "", "not_action"),
    ("டிக்டாக் வழக்கு இன்று விசாரணைக்கு வந்தது", "", "not_action"),
    ("டிக்டாக்கை தடை செய்துள்ள நாடுகள் பட்டியல்", "", "not_action"),
    # the participle before a noun describes ("banned tobacco"), and "தடையை மீறி" is defying a curfew
    ("தடை செய்யப்பட்ட புகையிலைப் பொருட்களை டிக்டாக்கில் விளம்பரம் செய்த இளைஞர் கைது", "", "not_action"),
    ("ஊரடங்கு தடையை மீறி டிக்டாக் வீடியோ எடுத்த இளைஞர்கள் கைது", "", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ta", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ta", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("நேபாள அரசு டிக்டாக்கிற்குத் தடை விதிக்கத் திட்டமிட்டுள்ளது", "நேபாள அரசு டிக்டாக்கிற்குத் தடை விதித்தது", "NP"),
    # lifted / imposed
    ("பாகிஸ்தான் அரசு டிக்டாக் மீதான தடையை நீக்கியது", "பாகிஸ்தான் அரசு டிக்டாக்கிற்குத் தடை விதித்தது", "PK"),
    # negated / imposed
    ("மலேசிய அரசு டிக்டாக்கை முடக்கவில்லை", "மலேசிய அரசு டிக்டாக்கை முடக்கியது", "MY"),
    # another company / TikTok
    ("ஐரோப்பிய ஆணையம் எக்ஸ் தளத்தின் மீது முறையான விசாரணையைத் தொடங்கியது", "ஐரோப்பிய ஆணையம் டிக்டாக் மீது முறையான விசாரணையைத் தொடங்கியது", "EU"),
    # a past ban recalled / the ban itself
    ("இந்தியா 2020-இல் டிக்டாக்கை தடை செய்திருந்தது", "இந்தியா டிக்டாக்கை தடை செய்தது", "IN"),
    # a court blocks the ban / the state bans
    ("மொன்டானாவின் டிக்டாக் தடைக்கு நீதிமன்றம் தடை விதித்தது", "மொன்டானா மாநிலம் டிக்டாக்கிற்குத் தடை விதித்தது", "US-MT"),
    # TikTok appeals / the government fines
    ("இத்தாலியின் அபராதத்தை எதிர்த்து டிக்டாக் மேல்முறையீடு செய்தது", "இத்தாலி டிக்டாக்கிற்கு ஒரு கோடி யூரோ அபராதம் விதித்தது", "IT"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("ta", negative, positive, code)


@pytest.mark.parametrize(
    ("title", "actor", "code"),
    [
        ("சென்னை உயர் நீதிமன்ற மதுரைக் கிளை டிக்டாக் செயலிக்குத் தடை விதித்தது", "Madras High Court", "IN"),
        ("மத்திய தகவல் தொழில்நுட்ப அமைச்சகம் டிக்டாக்கிற்கு நோட்டீஸ் அனுப்பியது", "MeitY", "IN"),
        ("ஒன்றிய அரசு டிக்டாக் செயலியை முடக்கியது", "Government of India", "IN"),
        ("தமிழக அரசு டிக்டாக் நிறுவனத்திற்கு நோட்டீஸ் அனுப்பியது", "Government of Tamil Nadu", "IN-TN"),
        (
            "இலங்கை தொலைத்தொடர்பு ஒழுங்குபடுத்தல் ஆணைக்குழு டிக்டொக்கை முடக்கியது",
            "Telecommunications Regulatory Commission of Sri Lanka (TRCSL)",
            "LK",
        ),
        ("தகவல் தொடர்பு ஊடக மேம்பாட்டு ஆணையம் டிக்டாக்கிற்கு அபராதம் விதித்தது", "Infocomm Media Development Authority (Singapore)", "SG"),
        ("எம்சிஎம்சி டிக்டாக் நிறுவனத்துக்கு அபராதம் விதித்தது", "Malaysian Communications & Multimedia Commission", "MY"),
        ("பாகிஸ்தான் தொலைத்தொடர்பு ஆணையம் டிக்டாக்கை முடக்கியது", "Pakistan Telecommunication Authority", "PK"),
        ("பாதுகாப்பு அமைச்சின் அறிவுறுத்தலின்படி டிக்டொக் முடக்கப்பட்டுள்ளது", "Ministry of Defence (Sri Lanka)", "LK"),
        # a Pakistani high court is not an Indian one
        ("பெஷாவர் உயர் நீதிமன்றம் டிக்டாக்கிற்குத் தடை விதித்தது", "Peshawar High Court", "PK"),
        ("அமெரிக்க மத்திய வர்த்தக ஆணையம் டிக்டாக்கிற்கு அபராதம் விதித்தது", "Federal Trade Commission (US)", "US"),
    ],
)
def test_named_bodies_are_the_actors(title: str, actor: str, code: str) -> None:
    assert_new_action("ta", title, "", code=code, actor=actor)


# Agglutination: the case endings on TikTok and on the country, and the verb's tense and voice, are
# all written inside one word. `word` matching with stems ending in \S* reads every form.
@pytest.mark.parametrize(
    "target",
    ["டிக்டாக்கிற்குத்", "டிக்டாக்குக்கு", "டிக்டாக் செயலிக்கு", "டிக் டாக் செயலிக்குத்", "டிக்-டாக்கிற்கு", "டிக்டொக்கிற்கு", "டிக்டோக்கிற்கு"],
)
@pytest.mark.parametrize(
    "verb",
    ["தடை விதித்தது", "தடை விதித்துள்ளது", "தடை விதிக்கப்பட்டுள்ளது", "தடைவிதித்தது", "தடை விதித்து உத்தரவிட்டது"],
)
def test_suffixed_target_and_verb_forms(target: str, verb: str) -> None:
    assert_new_action("ta", f"நேபாள அரசு {target} {verb}", "", "ban_national", "NP")


@pytest.mark.parametrize(
    "title",
    ["இந்தியா டிக்டாக்கைத் தடை செய்தது", "இந்தியா டிக்டாக்கை தடைசெய்துள்ளது", "இந்தியாவில் டிக்டாக் செயலி தடை செய்யப்பட்டது"],
)
def test_the_other_ban_verb(title: str) -> None:
    assert_new_action("ta", title, "", "ban_national", "IN")


@pytest.mark.parametrize(
    ("place", "code"),
    [
        # case endings on the name, which CLDR's bare names (word-end bound) do not reach
        ("இந்தியாவில்", "IN"),
        ("அமெரிக்காவில்", "US"),
        ("நேபாளத்தில்", "NP"),  # the stem changes: நேபாளம் -> நேபாளத்-
        ("இலங்கையில்", "LK"),
        ("சிங்கப்பூரில்", "SG"),
        ("மலேசியாவில்", "MY"),
        ("பாகிஸ்தானில்", "PK"),
        ("கனடாவில்", "CA"),
        ("பிரிட்டனில்", "GB"),
        ("இங்கிலாந்தில்", "GB"),
        ("ஆஸ்திரேலியாவில்", "AU"),
        ("அவுஸ்திரேலியாவில்", "AU"),
        ("பிரான்சில்", "FR"),
        ("ஐரோப்பிய ஒன்றியத்தில்", "EU"),
        ("வங்கதேசத்தில்", "BD"),
    ],
)
def test_places_with_case_endings(place: str, code: str) -> None:
    assert_new_action("ta", f"{place} டிக்டாக்கிற்குத் தடை விதிக்கப்பட்டது", "", code=code)


def test_places_read_from_a_word_start() -> None:
    pack = load_pack("ta")
    # "மாலி" (Mali) is not read inside "சோமாலியா"; "இந்தியா" not inside "இந்தியானா"; "தென் அமெரிக்க" is no US
    assert pack.find_places("சோமாலியாவில்") == [(0, "SO")]
    assert pack.find_places("இந்தியானா மாநிலம்") == [(0, "US-IN")]
    assert pack.find_places("தென் அமெரிக்க நாடுகள்") == []
    # CLDR names that are common words: "பெரு" (great), "கானா" (a song genre)
    assert pack.find_places("பெரு நிறுவனங்கள் கானா பாடல்") == []
    # the adjective without the final vowel is the country
    assert [c for _, c in pack.find_places("அமெரிக்க அதிபர், இந்திய அரசு, மலேசிய அமைச்சு")] == ["US", "IN", "MY"]


def test_cannot_is_no_negation() -> None:
    # "முடியாது" (can no longer) reports the ban's effect, it does not negate it
    a = analyze_article("நேபாள அரசு டிக்டாக்கிற்குத் தடை விதித்தது, இனி பயன்படுத்த முடியாது", "", DATE, None, "ta")
    assert a.label == "new_action", (a.label, a.actions)
    a = analyze_article("டிக்டாக் தடை காரணமாக பயன்படுத்த முடியாது: நேபாள அரசு", "", DATE, None, "ta")
    assert a.label == "new_action", (a.label, a.actions)


def test_a_fragment_is_not_read_inside_a_word() -> None:
    # "சீன" (Chinese) is not read inside "சீனிவாசன்" (a name), nor "தடை" as "தடையின்றி" (without hindrance)
    assert load_pack("ta").find_places("சீனிவாசன்") == []
    assert analyze_article("டிக்டாக் சேவை தடையின்றி தொடர்கிறது", "", DATE, None, "ta").label == "not_action"
    # "போன்ற" (such as) is not "போன்" (phone): the ban stays national
    a = analyze_article("அரசு டிக்டாக் போன்ற செயலிகளுக்குத் தடை விதித்தது", "இந்தியாவில் இந்த உத்தரவு அமலுக்கு வந்தது.", DATE, None, "ta")
    assert a.actions and a.actions[0].type == "ban_national"


def test_spellings_of_the_target() -> None:
    for name in ("டிக்டாக்", "டிக் டாக்", "டிக்-டாக்", "டிக் – டாக்", "டிக்டொக்", "டிக்டோக்", "TikTok", "பைட்டான்ஸ்", "பைட் டான்ஸ்"):
        assert analyze_article(f"நேபாள அரசு {name} நிறுவனத்திற்குத் தடை விதித்தது", "", DATE, None, "ta").label == "new_action", name
    # a creator ("டிக்டாக்கர்") is not the app, nor a ticket ("டிக்கெட்")
    assert analyze_article("நேபாள அரசு டிக்டாக்கருக்குத் தடை விதித்தது", "", DATE, None, "ta").label == "not_action"
    assert analyze_article("நேபாள அரசு டிக்கெட் விற்பனைக்குத் தடை விதித்தது", "", DATE, None, "ta").label == "not_action"


def test_a_sentence_ends_at_a_full_stop_but_not_after_an_initial() -> None:
    text = "முதல்வர் மு.க. ஸ்டாலின் டிக்டாக் குறித்து பேசினார். அமைச்சர் எம். மணிகண்டன் பதில் அளித்தார். பின்னர் அவை ஒத்திவைக்கப்பட்டது."
    assert_sentences(
        "ta",
        text,
        [
            "முதல்வர் மு.க. ஸ்டாலின் டிக்டாக் குறித்து பேசினார்.",
            "அமைச்சர் எம். மணிகண்டன் பதில் அளித்தார்.",
            "பின்னர் அவை ஒத்திவைக்கப்பட்டது.",
        ],
    )


def test_tamil_is_identified() -> None:
    assert_identified("ta", "இந்திய அரசு டிக்டாக் உள்ளிட்ட 59 சீனச் செயலிகளுக்குத் தடை விதித்துள்ளது", "")
