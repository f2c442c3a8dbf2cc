"""Gujarati pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"

NEW = [
    # India's 2020 order under Section 69A, in the words Gujarati outlets use for it
    (
        "ભારત સરકારે ટિકટોક સહિત 59 ચીની એપ્સ પર પ્રતિબંધ મૂક્યો",
        "ઇલેક્ટ્રોનિક્સ અને માહિતી ટેક્નોલોજી મંત્રાલયે આઇટી એક્ટની કલમ 69A હેઠળ આ આદેશ જારી કર્યો.",
        "ban_national",
        "IN",
    ),
    ("કેન્દ્ર સરકારે ટિકટોકને બ્લોક કર્યું", "સરકારે કહ્યું કે આ એપ દેશની સાર્વભૌમત્વ માટે જોખમરૂપ છે.", "ban_national", "IN"),
    ("મદ્રાસ હાઈકોર્ટે ટિકટોક પર પ્રતિબંધ મૂકવાનો આદેશ આપ્યો", "કોર્ટે કેન્દ્રને એપના ડાઉનલોડ અટકાવવા જણાવ્યું.", "ban_national", "IN"),
    ("ગુજરાત સરકારે ટિકટોક પર પ્રતિબંધ મૂકવાનો નિર્ણય લીધો", "", "ban_national", "IN"),
    ("નેપાળમાં ટિકટોક પર પ્રતિબંધ", "નેપાળ સરકારે કેબિનેટ બેઠકમાં આ નિર્ણય લીધો.", "ban_national", "NP"),
    ("પાકિસ્તાનમાં ફરી ટિકટોક બ્લોક", "પીટીએએ અશ્લીલ સામગ્રીને કારણે એપ બ્લોક કરવાનો આદેશ આપ્યો.", "ban_national", "PK"),
    ("અલ્બેનિયાએ એક વર્ષ માટે ટિકટોક બંધ કર્યું", "વડાપ્રધાન એડી રામાએ શાળામાં થયેલી હિંસા બાદ આ નિર્ણય લીધો.", "ban_national", "AL"),
    ("સેનેગલે ટિકટોકને સસ્પેન્ડ કર્યું", "સરકારે હિંસક સંદેશાના ફેલાવાનું કારણ આપ્યું.", "ban_national", "SN"),
    # the passive, the agent "-એ" joined to a name, "બેન" as a ban
    ("અમેરિકામાં ટિકટોક પર પ્રતિબંધ મૂકવામાં આવ્યો", "", "ban_national", "US"),
    ("અમેરિકાએ ટિકટોક બેન કર્યું", "", "ban_national", "US"),
    ("મોન્ટાનાએ ટિકટોક પર પ્રતિબંધ મૂક્યો", "", "ban_regional", "US-MT"),
    (
        "આયર્લેન્ડના ડેટા પ્રોટેક્શન કમિશને ટિકટોકને 53 કરોડ યુરોનો દંડ ફટકાર્યો",
        "નિયમનકારે કહ્યું કે કંપનીએ યુરોપિયન યુઝર્સનો ડેટા ચીન મોકલ્યો.",
        "fine_or_penalty",
        "IE",
    ),
    ("રશિયાની કોર્ટે ટિકટોકને 30 લાખ રુબલનો દંડ કર્યો", "કંપનીએ પ્રતિબંધિત સામગ્રી હટાવી ન હતી.", "fine_or_penalty", "RU"),
    # an EU fine over data sent to China is the Irish regulator's
    (
        "યુરોપિયન યુનિયને ટિકટોકને 60 કરોડ યુરોનો દંડ ફટકાર્યો",
        "યુરોપિયન યુઝર્સનો ડેટા ચીન મોકલવાના મામલે આ દંડ થયો.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "યુરોપિયન કમિશને ટિકટોક સામે ઔપચારિક તપાસ શરૂ કરી",
        "પ્લેટફોર્મે ડિજિટલ સર્વિસ એક્ટનો ભંગ કર્યો છે કે કેમ તે તપાસાશે.",
        "investigation_opened",
        "EU",
    ),
    ("અમદાવાદ પોલીસે ટિકટોક સામે ફરિયાદ દાખલ કરી", "કંપનીએ માગેલી માહિતી ન આપી હોવાનો આરોપ છે.", "investigation_opened", "IN"),
    (
        "કેનેડાએ ટિકટોકને દેશમાં કામકાજ બંધ કરવાનો આદેશ આપ્યો",
        "રાષ્ટ્રીય સુરક્ષા સમીક્ષા બાદ ઓટાવાએ આ પગલું ભર્યું.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "ટેક્સાસે ટિકટોક સામે કેસ દાખલ કર્યો",
        "રાજ્યના એટર્ની જનરલે બાળકોની ગોપનીયતાના ભંગનો આરોપ મૂક્યો.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("ઇન્ડિયાનાએ ટિકટોક સામે બે કેસ દાખલ કર્યા", "રાજ્યનો આરોપ છે કે એપ ગ્રાહકોને ગેરમાર્ગે દોરે છે.", "lawsuit_by_government", "US-IN"),
    (
        "બાઇડને ટિકટોકને વેચવા મજબૂર કરતા કાયદા પર હસ્તાક્ષર કર્યા",
        "હવે બાઇટડાન્સ પાસે નવ મહિનાનો સમય છે.",
        "law_enacted",
        "US",
    ),
    (
        "ટ્રમ્પે બાઇટડાન્સને ટિકટોકનો અમેરિકી કારોબાર વેચવાનો આદેશ આપ્યો",
        "રાષ્ટ્રપતિએ કાર્યકારી આદેશ પર સહી કરી.",
        "divestiture_order",
        "US",
    ),
    (
        "આઇટી મંત્રાલયે ટિકટોકને નોટિસ ફટકારી, 24 સવાલોના જવાબ માગ્યા",
        "મંત્રાલયે કંપનીને એક સપ્તાહમાં જવાબ આપવા કહ્યું.",
        "regulatory_order",
        "IN",
    ),
    ("બ્રિટને સરકારી ફોન પર ટિકટોક પર પ્રતિબંધ મૂક્યો", "મંત્રીઓ અને અધિકારીઓએ એપ હટાવવી પડશે.", "ban_government_devices", "GB"),
    ("સરકારી ઉપકરણોમાંથી ટિકટોક હટાવવાનો આદેશ", "ઓસ્ટ્રેલિયા સરકારે સુરક્ષાના કારણોસર આ નિર્દેશ આપ્યો.", "ban_government_devices", "AU"),
    # under a headline about something else, a lead sentence that names who acted
    (
        "ટિકટોક સામે ફરી મુશ્કેલી",
        "અમેરિકાના ન્યાય વિભાગે ટિકટોક અને બાઇટડાન્સ સામે કેસ દાખલ કર્યો છે. વિભાગનો આરોપ છે કે કંપનીએ બાળકોનો ડેટા એકત્ર કર્યો.",
        "lawsuit_by_government",
        "US",
    ),
    # the headline says banned, the first lead sentence says whose phones
    ("અમેરિકી સંસદમાં ટિકટોક પર પ્રતિબંધ", "સાંસદો અને કર્મચારીઓના ફોન પર હવે આ એપ નહીં ચાલે.", "ban_government_devices", "US"),
    # a supreme court keeping a ban in force is news of the ban
    ("અમેરિકાની સુપ્રીમ કોર્ટે ટિકટોક પર પ્રતિબંધનો કાયદો યથાવત રાખ્યો", "રવિવારથી એપ પર પ્રતિબંધ લાગુ થશે.", "other", "US"),
    # Gujarati news reports the day's act in the past perfect: "હતો" alone does not make it a recollection
    ("અમેરિકાએ ટિકટોક પર પ્રતિબંધ મૂક્યો હતો", "", "ban_national", "US"),
]

NOT_NEW = [
    ("સાંસદોએ ટિકટોક પર પ્રતિબંધ મૂકવાની માગ કરી", "આ અંગેનું બિલ આગામી સત્રમાં રજૂ થઈ શકે છે.", "proposed_or_threatened"),
    ("ટ્રમ્પે ટિકટોક પર પ્રતિબંધ મૂકવાની ધમકી આપી", "રાષ્ટ્રપતિ એપને બ્લોક કરવા અંગે વિચાર કરી રહ્યા છે.", "proposed_or_threatened"),
    ("ભારતની જેમ અમેરિકા પણ ટિકટોક પર પ્રતિબંધ લગાવી શકે છે", "", "proposed_or_threatened"),
    ("અમેરિકી સંસદે ટિકટોક પ્રતિબંધ ખરડો પસાર કર્યો", "હવે સેનેટ તેના પર મતદાન કરશે.", "proposed_or_threatened"),
    ("શું અમેરિકા પણ ટિકટોક પર પ્રતિબંધ મૂકશે?", "", "proposed_or_threatened"),
    # lifted, extended, postponed
    ("નેપાળે ટિકટોક પરનો પ્રતિબંધ હટાવ્યો", "નવ મહિના બાદ એપ ફરી ઉપલબ્ધ છે.", "not_action"),
    ("અમેરિકામાં ટિકટોક પ્રતિબંધની સમયમર્યાદા 75 દિવસ લંબાવાઈ", "ટ્રમ્પે કાર્યકારી આદેશ પર સહી કરી.", "not_action"),
    ("ટ્રમ્પે ટિકટોક પ્રતિબંધનો અમલ 75 દિવસ માટે મુલતવી રાખ્યો", "", "not_action"),
    # negated, in both word orders
    ("સરકાર ટિકટોક પર પ્રતિબંધ નહીં મૂકે", "મંત્રીએ સંસદમાં કહ્યું કે આવી કોઈ યોજના નથી.", "not_action"),
    ("ટિકટોક પર નહીં લાગે પ્રતિબંધ", "", "not_action"),
    ("ટિકટોક પર પ્રતિબંધ મૂકવાનો સરકારનો ઇનકાર", "", "not_action"),
    # an act against another company, TikTok only named after it
    ("યુરોપિયન કમિશને મેટાને દંડ ફટકાર્યો", "કમિશને ફેસબુકને દંડિત કર્યું. ટિકટોક પર પણ નજર છે.", "not_action"),
    ("ભારતમાં ટેલિગ્રામ પર પ્રતિબંધ", "સરકારે ટેલિગ્રામને બ્લોક કરવાનો આદેશ આપ્યો. ટિકટોક જેવી એપ્સ પર નજર રખાઈ રહી છે.", "not_action"),
    # a past ban recalled
    ("ટિકટોકે ક્રિએટર્સ માટે નવું ફીચર રજૂ કર્યું", "2020થી ભારતમાં પ્રતિબંધિત આ એપ વિશ્વભરમાં ઝડપથી વધી રહી છે.", "background_only"),
    ("ટિકટોક પ્રતિબંધ બાદ ભારતીય એપ્સને ફાયદો", "દેશી શોર્ટ વીડિયો એપ્સના યુઝર્સ ઝડપથી વધ્યા.", "background_only"),
    ("બાઇટડાન્સનો નફો વધ્યો", "ભારતે જૂન 2020માં ટિકટોક પર પ્રતિબંધ મૂક્યો હતો.", "background_only"),
    ("ભારતમાં હજી પણ ટિકટોક પર પ્રતિબંધ છે", "", "background_only"),
    # a court stops the act; TikTok goes to court
    (
        "કોર્ટે મોન્ટાનામાં ટિકટોક પ્રતિબંધ પર સ્ટે મૂક્યો",
        "ફેડરલ ન્યાયાધીશે કહ્યું કે કાયદો અભિવ્યક્તિની સ્વતંત્રતાનો ભંગ કરે છે.",
        "court_blocks_action",
    ),
    ("ટિકટોકે મોન્ટાનાના પ્રતિબંધ સામે કેસ દાખલ કર્યો", "કંપનીએ ફેડરલ કોર્ટમાં કાયદાને પડકાર્યો.", "tiktok_challenges_action"),
    ("ટિકટોકે ભારત સરકારના પ્રતિબંધને કોર્ટમાં પડકાર્યો", "કંપનીએ કહ્યું કે તેણે કોઈ નિયમ તોડ્યો નથી.", "tiktok_challenges_action"),
    # a private suit is no government's
    ("ત્રણ પરિવારોએ ટિકટોક સામે કેસ દાખલ કર્યો", "પરિવારોનો આરોપ છે કે એપને કારણે બાળકોના મોત થયા.", "not_action"),
    # the company's own steps, police work on a clip, a case against a creator
    ("ટિકટોકે ભારતમાં પોતાનો કારોબાર બંધ કર્યો", "કંપનીએ કર્મચારીઓને તેની જાણ કરી.", "not_action"),
    ("પોલીસ ટિકટોક વીડિયોની તપાસ કરી રહી છે", "વીડિયોમાં હથિયારો દેખાડવામાં આવ્યા હતા.", "not_action"),
    ("ટિકટોક સ્ટાર સામે ગુનો દાખલ", "યુવકે રસ્તા પર જોખમી સ્ટંટનો વીડિયો મૂક્યો હતો.", "not_action"),
    # opinion, and a list of countries
    ("અભિપ્રાય: ટિકટોક પર પ્રતિબંધ યોગ્ય છે?", "", "not_action"),
    ("કયા દેશોમાં ટિકટોક પર પ્રતિબંધ છે?", "", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("gu", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("gu", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("નેપાળ સરકાર ટિકટોક પર પ્રતિબંધ મૂકવા અંગે વિચારણા કરી રહી છે", "નેપાળ સરકારે ટિકટોક પર પ્રતિબંધ મૂક્યો", "NP"),
    # lifted / imposed
    ("પાકિસ્તાને ટિકટોક પરથી પ્રતિબંધ ઉઠાવી લીધો", "પાકિસ્તાને ટિકટોક પર પ્રતિબંધ મૂક્યો", "PK"),
    # another company / TikTok
    ("યુરોપિયન કમિશને એક્સ સામે ઔપચારિક તપાસ શરૂ કરી", "યુરોપિયન કમિશને ટિકટોક સામે ઔપચારિક તપાસ શરૂ કરી", "EU"),
    # a past ban recalled (also in Gujarati digits) / the ban itself
    ("ભારતે ૨૦૨૦માં ટિકટોક પર પ્રતિબંધ મૂક્યો હતો", "ભારતે ટિકટોક પર પ્રતિબંધ મૂક્યો", "IN"),
    ("ભારતે 2020માં ટિકટોક પર પ્રતિબંધ મૂક્યો હતો", "ભારતમાં ટિકટોક પર પ્રતિબંધ મૂકવામાં આવ્યો", "IN"),
    # a court blocks the ban / the state bans
    ("ફેડરલ કોર્ટે મોન્ટાનાના ટિકટોક પ્રતિબંધ પર રોક લગાવી", "મોન્ટાનાએ ટિકટોક પર પ્રતિબંધ મૂક્યો", "US-MT"),
    # TikTok appeals / the government fines
    ("ટિકટોકે ઇટાલીના દંડ સામે કોર્ટમાં અપીલ કરી", "ઇટાલીએ ટિકટોકને 1 કરોડ યુરોનો દંડ ફટકાર્યો", "IT"),
    # negated / imposed
    ("ભારત સરકાર ટિકટોક પર પ્રતિબંધ નહીં મૂકે", "ભારત સરકારે ટિકટોક પર પ્રતિબંધ મૂક્યો છે", "IN"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("gu", negative, positive, code)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("ટિકટોકને મોટો ઝટકો", "નવી દિલ્હી: કેન્દ્ર સરકારે ટિકટોક અને અન્ય 58 ચીની એપ્સ પર પ્રતિબંધ મૂક્યો છે.", DATE, None, "gu")
    assert a.label == "new_action"
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of India")
    a = analyze_article("આઇટી મંત્રાલયે ટિકટોકને નોટિસ ફટકારી", "", DATE, None, "gu")
    assert a.actions[0].actor == "MeitY"
    # the Gujarat High Court, also as "વડી અદાલત"
    for court in ("ગુજરાત હાઈકોર્ટે", "ગુજરાત વડી અદાલતે"):
        a = analyze_article(f"{court} ટિકટોકને નોટિસ પાઠવી", "", DATE, None, "gu")
        assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Gujarat High Court"), court
    a = analyze_article("મહારાષ્ટ્ર સરકારે ટિકટોક પર પ્રતિબંધ મૂક્યો", "", DATE, None, "gu")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of Maharashtra")
    # "the Supreme Court" alone is India's; another country's is named with its country
    a = analyze_article("સુપ્રીમ કોર્ટે ટિકટોક પરનો પ્રતિબંધ યથાવત રાખ્યો", "", DATE, None, "gu")
    assert (a.label, a.actions[0].actor) == ("new_action", "Supreme Court of India")
    a = analyze_article("અમેરિકાની સુપ્રીમ કોર્ટે ટિકટોક પર પ્રતિબંધનો કાયદો યથાવત રાખ્યો", "", DATE, None, "gu")
    assert a.actions[0].actor == "US Supreme Court"
    a = analyze_article("વેનેઝુએલાની સુપ્રીમ કોર્ટે ટિકટોકને 1 કરોડ ડોલરનો દંડ ફટકાર્યો", "", DATE, None, "gu")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "VE")
    # a Pakistani high court is not an Indian one
    a = analyze_article("પેશાવર હાઈકોર્ટે ટિકટોક પર પ્રતિબંધ મૂક્યો", "", DATE, None, "gu")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Peshawar High Court")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # a country's name with an ending joined to it
        ("ભારતે ટિકટોક પર પ્રતિબંધ મૂક્યો", "IN"),
        ("ભારતમાં ટિકટોક પર પ્રતિબંધ મૂકવામાં આવ્યો", "IN"),
        ("નેપાળી સરકારે ટિકટોક પર પ્રતિબંધ લગાવ્યો", "NP"),
        ("અમેરિકી પ્રશાસને ટિકટોકને દંડ ફટકાર્યો", "US"),
        # "Latin America" is not the United States; Indiana is not India
        ("લેટિન અમેરિકાના પ્રવાસ દરમિયાન બ્રાઝિલે ટિકટોકને દંડ ફટકાર્યો", "BR"),
        ("ઇન્ડિયાનાએ ટિકટોક સામે કેસ દાખલ કર્યો", "US-IN"),
    ],
)
def test_places(title: str, code: str) -> None:
    assert_new_action("gu", title, "", code=code)


# Word matching with endings joined to the word: a stem matches its suffixed forms, and never starts
# inside another word (the engine counts Gujarati vowel signs as letters).
@pytest.mark.parametrize(
    ("title", "type_"),
    [
        ("નેપાળે ટિકટોક પ્રતિબંધનો આદેશ જારી કર્યો", "ban_national"),  # -નો on the trigger
        ("નેપાળે ટિકટોકને દંડ ફટકાર્યો", "fine_or_penalty"),  # -ને on the target
        ("નેપાળે ટિકટોક પર દંડાત્મક કાર્યવાહી કરી", "fine_or_penalty"),
        ("નેપાળે ટિકટોકની તપાસના આદેશ આપ્યા", "investigation_opened"),
    ],
)
def test_suffixed_forms_match(title: str, type_: str) -> None:
    assert_new_action("gu", title, "", type_)


def test_a_fragment_is_not_read_inside_a_longer_word() -> None:
    # "દંડ" (penalty) inside "માપદંડ" (standard)
    assert analyze_article("ટિકટોકે સુરક્ષાના નવા માપદંડ નક્કી કર્યા", "", DATE, None, "gu").label == "not_action"
    # "ભારત" is not read inside "મહાભારત"; a stem with an ending is read
    places = load_pack("gu").place_patterns
    assert places is not None and places.search("મહાભારત સિરિયલ") is None
    assert places.search("ભારતમાં") is not None
    assert places.search("અમેરિકાએ") is not None


def test_ben_is_a_ban_only_as_one() -> None:
    # "બેન" is also "sister"
    assert analyze_article("મારી બેન ટિકટોક પર વીડિયો બનાવે છે", "", DATE, None, "gu").label == "not_action"
    a = analyze_article("નેપાળમાં ટિકટોક બેન", "", DATE, None, "gu")
    assert (a.label, a.actions[0].type) == ("new_action", "ban_national")


def test_spellings_of_the_target() -> None:
    for name in ("ટિકટોક", "ટિક ટોક", "ટિકટૉક", "ટીકટોક", "બાઇટડાન્સ", "બાઈટડાન્સ"):
        assert analyze_article(f"નેપાળે {name} પર પ્રતિબંધ મૂક્યો", "", DATE, None, "gu").label == "new_action", name
    # creators ("ટિકટોકર્સ") are not the app
    assert analyze_article("નેપાળે ટિકટોકર્સ પર પ્રતિબંધ મૂક્યો", "", DATE, None, "gu").label == "not_action"


def test_spellings_of_app() -> None:
    for app in ("એપ", "ઍપ", "એપ્લિકેશન"):
        a = analyze_article("ટિકટોક અંગે મોટા સમાચાર", f"નેપાળ સરકારે આ {app} પર પ્રતિબંધ મૂક્યો છે.", DATE, None, "gu")
        assert a.label == "new_action", (app, a.label, a.actions)


def test_the_full_stop_ends_a_sentence() -> None:
    text = "કેન્દ્ર સરકારે ટિકટોક પર પ્રતિબંધ મૂક્યો. આ નિર્ણય સોમવારે કેબિનેટ બેઠકમાં લેવાયો. કંપનીએ જવાબ આપવાની વાત કરી."
    assert_sentences(
        "gu",
        text,
        [
            "કેન્દ્ર સરકારે ટિકટોક પર પ્રતિબંધ મૂક્યો.",
            "આ નિર્ણય સોમવારે કેબિનેટ બેઠકમાં લેવાયો.",
            "કંપનીએ જવાબ આપવાની વાત કરી.",
        ],
    )


def test_gujarati_is_identified() -> None:
    assert_identified("gu", "ભારત સરકારે ટિકટોક સહિત 59 ચીની એપ્સ પર પ્રતિબંધ મૂક્યો છે", "")
