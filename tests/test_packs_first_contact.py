"""Phrasings that the first real articles in newly packed languages showed were misread.

Each pack in these languages was written from the language alone; its first scoring on real
articles showed a few plain gaps in vocabulary. The cases here are written for the project,
each wrong reading beside its twin that must stay as it was."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label

TA_LEAD = "உலகளவில் பிரபலமான வீடியோ செயலியாக டிக் டாக் விளங்கி வருகிறது."


@pytest.mark.parametrize(
    ("lang", "title", "text", "label"),
    [
        # Telugu: states "who asked" for a ban ("నిషేధించాలని కోరిన") propose it
        ("te", "టిక్‌టాక్‌ను నిషేధించాలని కేంద్రాన్ని కోరిన తెలంగాణ", "తెలంగాణ ప్రభుత్వం కేంద్రానికి లేఖ రాసింది.", "proposed_or_threatened"),
        ("te", "తెలంగాణలో టిక్‌టాక్‌ను నిషేధించిన ప్రభుత్వం", "తెలంగాణ ప్రభుత్వం సోమవారం ఉత్తర్వులు జారీ చేసింది.", "new_action"),
        # Malayalam: the court that withdrew the ban may stand between the ban and the verb
        ("ml", "ടിക് ടോക്ക് നിരോധനം മദ്രാസ് ഹൈക്കോടതി പിൻവലിച്ചു", "ടിക് ടോക്ക് നൽകിയ ഹർജി പരിഗണിച്ചാണ് തീരുമാനം.", "not_action"),
        ("ml", "ടിക് ടോക്ക് നിരോധനം മദ്രാസ് ഹൈക്കോടതി ശരിവെച്ചു", "കോടതി ഹർജി തള്ളി.", "new_action"),
        # Malayalam: "indications that" a ban is coming only forecasts it
        ("ml", None, "സിഡ്നി: ഓസ്ട്രേലിയയും ടിക്ടോക് നിരോധിക്കുന്നതായി സൂചന. അടുത്ത ആഴ്ച പ്രഖ്യാപനം ഉണ്ടാകും.", "proposed_or_threatened"),
        ("ml", None, "സിഡ്നി: ഓസ്ട്രേലിയൻ സർക്കാർ ടിക്ടോക് നിരോധിച്ചു. ഔദ്യോഗിക ഫോണുകളിൽ നിന്ന് ആപ്പ് നീക്കണം.", "new_action"),
        # Kazakh: the question particle before a comma asks, as before a question mark
        ("kk", "Қазақстанда TikTok бұғаттала ма, министрлік түсініктеме берді",
         "Вице-министр бұл мәселе күн тәртібінде жоқ екенін айтты.", "proposed_or_threatened"),
        ("kk", "Қазақстанда TikTok бұғатталды, министрлік түсініктеме берді", "Министрлік шешімді бүгін жариялады.", "new_action"),
        # Lithuanian: "does not rule out" a ban is no ban
        ("lt", "Seimo komiteto pirmininkas neatmeta, kad bus uždrausta naudotis „TikTok“",
         "Sprendimas dar nepriimtas.", "proposed_or_threatened"),
        ("lt", "Vyriausybė uždraudė naudotis „TikTok“ tarnybiniuose telefonuose", "Sprendimas priimtas trečiadienį.", "new_action"),
        # Marathi: a court "giving relief" to TikTok stops the act; the Centre's directions to the stores are an order
        ("mr", "टिकटॉकला न्यायालयाचा दिलासा", "अमेरिकेतील न्यायाधीशांनी टिकटॉकला दिलासा देत बंदीचा आदेश रोखला.", "court_blocks_action"),
        ("mr", "टिकटॉक ॲप डिलीट करा; केंद्र सरकारचे गुगल आणि ॲपलला निर्देश", "केंद्र सरकारने मंगळवारी हे निर्देश दिले.", "new_action"),
        # Tamil: the Sri Lankan spelling of "application" refers back to TikTok
        ("ta", None, TA_LEAD + " இந்த அப்பிளிக்கேஷனிற்கு அமெரிக்காவின் Federal Trade Commission 5.7 மில்லியன் டொலர் அபராதம் விதித்துள்ளது.",
         "new_action"),
        ("ta", None, TA_LEAD + " இந்த அப்பிளிக்கேஷனிற்கு அபராதம் விதிக்க வேண்டும் என கோரிக்கை எழுந்துள்ளது.", "proposed_or_threatened"),
    ],
)  # fmt: skip
def test_first_contact_phrasings(lang: str, title: str | None, text: str, label: str) -> None:
    assert_label(lang, title, text, label, published="2024-03-01")


@pytest.mark.parametrize(
    ("lang", "relief", "label", "twin"),
    [
        ("hi", "टिकटॉक पर प्रतिबंध: हाईकोर्ट ने कंपनी को दी राहत", "court_blocks_action", "टिकटॉक पर प्रतिबंध: हाईकोर्ट से कंपनी को राहत नहीं"),
        ("hi", "टिकटॉक को प्रतिबंध से मिली राहत", "not_action", "सरकार ने टिकटॉक पर प्रतिबंध लगाया"),
        ("ne", "टिकटकमाथिको प्रतिबन्ध: सर्वोच्च अदालतबाट कम्पनीलाई राहत", "court_blocks_action",
         "टिकटकमाथिको प्रतिबन्ध: सर्वोच्च अदालतबाट कम्पनीलाई राहत छैन"),
        ("pa", "ਟਿਕਟੌਕ ਨੂੰ ਬੈਨ ਤੋਂ ਮੁੜ ਰਾਹਤ ਮਿਲੀ", "not_action", "ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਬੈਨ ਲਗਾਇਆ"),
        ("gu", "ટિકટોક પર પ્રતિબંધ: કોર્ટે કંપનીને રાહત આપી", "court_blocks_action", "ટિકટોક પર પ્રતિબંધ: કોર્ટે કંપનીને રાહત ના આપી"),
        ("bn", "টিকটক নিষেধাজ্ঞা: আদালতে স্বস্তি পেল কোম্পানি", "court_blocks_action", "টিকটক নিষেধাজ্ঞা: আদালতে স্বস্তি মেলেনি কোম্পানির"),
        ("ur", "ٹک ٹاک پر پابندی: عدالت سے کمپنی کو ریلیف مل گیا", "court_blocks_action", "حکومت نے ٹک ٹاک پر پابندی لگا دی"),
        ("ta", "டிக்டாக் தடை: நீதிமன்றத்தால் நிறுவனத்துக்கு நிம்மதி", "court_blocks_action", "டிக்டாக் தடை: நீதிமன்றத்தால் நிறுவனத்துக்கு நிம்மதி கிடைக்கவில்லை"),
        ("kn", "ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದ ಸರ್ಕಾರ: ಹೈಕೋರ್ಟ್‌ನಿಂದ ಕಂಪನಿಗೆ ರಿಲೀಫ್", "court_blocks_action", "ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದ ಸರ್ಕಾರ"),
        ("ml", "ടിക് ടോക്ക് നിരോധനം: കോടതിയിൽ നിന്ന് കമ്പനിക്ക് ആശ്വാസം", "court_blocks_action", "ടിക് ടോക്ക് നിരോധനം: കോടതിയിൽ നിന്ന് കമ്പനിക്ക് ആശ്വാസമില്ല"),
    ],
)  # fmt: skip
def test_relief_for_tiktok_stops_the_act_unless_it_is_denied(lang: str, relief: str, label: str, twin: str) -> None:
    """A court giving TikTok "relief" (a Marathi article taught it; a Punjabi one confirmed it) stops the act:
    the same idiom in the other Indic packs; "no relief" or a plain act stays a new act."""
    assert analyze_article(relief, "", "2020-09-28", language=lang).label == label
    assert analyze_article(twin, "", "2020-09-28", language=lang).label == "new_action"


@pytest.mark.parametrize(
    ("lang", "headline", "label", "twin"),
    [
        # a ban called a rumour is no act
        ("bn", "বাংলাদেশে টিকটক নিষিদ্ধের খবরটি গুজব, বলছে বিটিআরসি", "not_action", "বাংলাদেশে টিকটক নিষিদ্ধ করল বিটিআরসি"),
        ("hi", "टिकटॉक बंद होने की खबर अफवाह, मंत्रालय ने किया साफ", "not_action", "मंत्रालय ने टिकटॉक पर प्रतिबंध लगाया"),
        ("ur", "ٹک ٹاک پر پابندی کی خبر افواہ نکلی", "not_action", "پی ٹی اے نے ٹک ٹاک پر پابندی لگا دی"),
        ("ta", "டிக்டாக் தடை என்பது வதந்தி: அமைச்சகம்", "not_action", "டிக்டாக் செயலிக்கு தடை விதித்தது அமைச்சகம்"),
        ("te", "టిక్‌టాక్ నిషేధంపై వదంతులు నమ్మవద్దు", "not_action", "టిక్‌టాక్‌ను నిషేధించిన కేంద్రం"),
        ("ne", "टिकटक प्रतिबन्धको अफवाह फैलियो", "not_action", "सरकारले टिकटकमाथि प्रतिबन्ध लगायो"),
        # a petition or writ against the ban is a challenge, not the ban
        ("ta", "டிக்டாக் தடையை எதிர்த்து உயர்நீதிமன்றத்தில் மனு", "tiktok_challenges_action", "டிக்டாக் செயலிக்கு தடை விதித்தது அரசு"),
        ("ne", "टिकटक प्रतिबन्धविरुद्ध सर्वोच्चमा अर्को रिट", "tiktok_challenges_action", "सरकारले टिकटकमाथि प्रतिबन्ध लगायो"),
        ("ur", "ٹک ٹاک پر پابندی کو ہائیکورٹ میں چیلنج کر دیا گیا", "tiktok_challenges_action", "پی ٹی اے نے ٹک ٹاک پر پابندی لگا دی"),
        ("bn", "টিকটক নিষেধাজ্ঞার বিরুদ্ধে হাইকোর্টে রিট", "tiktok_challenges_action", "নেপালে টিকটক নিষিদ্ধ করল সরকার"),
    ],
)  # fmt: skip
def test_a_rumoured_ban_is_no_act_and_a_writ_against_it_is_a_challenge(lang: str, headline: str, label: str, twin: str) -> None:
    """Round 20 found rumours of a ban read as the ban, and petitions against one read as the ban, in South
    Asian languages; the words for "rumour" and for a writ against the ban now say what the news is."""
    assert_label(lang, headline, "", label, published="2024-01-20")
    assert_label(lang, twin, "", "new_action", published="2024-01-20")
