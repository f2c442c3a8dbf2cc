"""Telugu pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_places, assert_twins, load_word_pack

DATE = "2025-03-01"

NEW = [
    # India: the Centre and MeitY, a High Court, the Telugu states, the police
    ("కేంద్ర ప్రభుత్వం టిక్‌టాక్‌ను నిషేధించింది", "జాతీయ భద్రతకు ముప్పు ఉందని ఐటీ మంత్రిత్వ శాఖ తెలిపింది.", "ban_national", "IN"),
    (
        "టిక్‌టాక్ సహా 59 చైనా యాప్‌లపై భారత్‌ నిషేధం",
        "ఎలక్ట్రానిక్స్, ఐటీ మంత్రిత్వ శాఖ ఐటీ చట్టంలోని సెక్షన్ 69ఏ కింద ఉత్తర్వులు జారీ చేసింది.",
        "ban_national",
        "IN",
    ),
    ("టిక్‌టాక్‌ను నిషేధించిన మద్రాస్ హైకోర్టు", "యాప్ డౌన్‌లోడ్‌లను నిలిపివేయాలని కేంద్రాన్ని ఆదేశించింది.", "ban_national", "IN"),
    ("తెలంగాణ హైకోర్టు టిక్‌టాక్‌పై నిషేధం విధించాలని కేంద్రాన్ని ఆదేశించింది", "", "ban_national", "IN"),
    ("ఏపీ ప్రభుత్వం ప్రభుత్వ ఉద్యోగుల ఫోన్లలో టిక్‌టాక్‌ను నిషేధించింది", "", "ban_government_devices", "IN"),
    ("టిక్‌టాక్‌కు ఐటీ మంత్రిత్వ శాఖ నోటీసులు జారీ చేసింది", "వారం రోజుల్లో సమాధానం ఇవ్వాలని శాఖ కోరింది.", "regulatory_order", "IN"),
    ("హైదరాబాద్ సైబర్ క్రైమ్ పోలీసులు టిక్‌టాక్‌పై కేసు నమోదు చేశారు", "సంస్థ సమాచారం ఇవ్వలేదని ఆరోపణ.", "investigation_opened", "IN"),
    # neighbours
    ("నేపాల్‌లో టిక్‌టాక్‌పై నిషేధం", "నేపాల్ ప్రభుత్వం మంత్రివర్గ సమావేశంలో ఈ నిర్ణయం తీసుకుంది.", "ban_national", "NP"),
    ("పాకిస్తాన్‌లో మళ్లీ టిక్‌టాక్ బ్లాక్", "పీటీఏ అభ్యంతరకర కంటెంట్ కారణంగా యాప్‌ను బ్లాక్ చేసింది.", "ban_national", "PK"),
    ("టిక్ టాక్ పై నిషేధం విధించిన అఫ్ఘానిస్తాన్", "తాలిబన్ ప్రభుత్వం యువతను తప్పుదారి పట్టిస్తోందని పేర్కొంది.", "ban_national", "AF"),
    ("టిక్‌టాక్‌ను 24 గంటల్లో అభ్యంతరకర వీడియోలు తొలగించాలని పీటీఏ ఆదేశించింది", "", "regulatory_order", "PK"),
    # Europe
    (
        "టిక్‌టాక్‌కు ఐర్లాండ్ డేటా ప్రొటెక్షన్ కమిషన్ 53 కోట్ల యూరోల జరిమానా",
        "యూరోపియన్ వినియోగదారుల డేటాను చైనాకు పంపినట్లు నియంత్రణ సంస్థ తేల్చింది.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "యూరోపియన్ కమిషన్ టిక్‌టాక్‌పై అధికారిక దర్యాప్తు ప్రారంభించింది",
        "డిజిటల్ సేవల చట్టాన్ని ఉల్లంఘించిందా అనేది కమిషన్ పరిశీలిస్తుంది.",
        "investigation_opened",
        "EU",
    ),
    # an EU fine over data sent to China is the Irish regulator's
    (
        "యూరోపియన్ యూనియన్ టిక్‌టాక్‌కు 60 కోట్ల యూరోల జరిమానా విధించింది",
        "యూరోపియన్ వినియోగదారుల డేటాను చైనాకు బదిలీ చేసినందుకు ఈ జరిమానా పడింది.",
        "fine_or_penalty",
        "IE",
    ),
    ("ప్రభుత్వ ఫోన్లలో టిక్‌టాక్ వాడకంపై బ్రిటన్ నిషేధం", "మంత్రులు, అధికారులు తక్షణమే యాప్‌ను తొలగించాలి.", "ban_government_devices", "GB"),
    ("అల్బేనియాలో ఏడాది పాటు టిక్‌టాక్ బ్యాన్", "పాఠశాలలో హింస తర్వాత ప్రధాని ఎడి రామా ఈ నిర్ణయం ప్రకటించారు.", "ban_national", "AL"),
    ("రష్యా కోర్టు టిక్‌టాక్‌కు 30 లక్షల రూబుళ్ల జరిమానా విధించింది", "", "fine_or_penalty", "RU"),
    # North America and elsewhere
    (
        "దేశంలో కార్యాలయాలను మూసివేయాలని టిక్‌టాక్‌ను కెనడా ఆదేశించింది",
        "జాతీయ భద్రత సమీక్ష తర్వాత ఒట్టావా ఈ నిర్ణయం తీసుకుంది.",
        "business_wind_up_order",
        "CA",
    ),
    ("టెక్సాస్ టిక్‌టాక్‌పై దావా వేసింది", "పిల్లల గోప్యతను యాప్ ఉల్లంఘిస్తోందని రాష్ట్ర అటార్నీ జనరల్ ఆరోపించారు.", "lawsuit_by_government", "US-TX"),
    ("టిక్‌టాక్‌ను విక్రయించాలని బైట్‌డాన్స్‌ను ట్రంప్ ఆదేశించారు", "అధ్యక్షుడు కార్యనిర్వాహక ఉత్తర్వుపై సంతకం చేశారు.", "divestiture_order", "US"),
    ("టిక్‌టాక్ విక్రయ చట్టంపై బైడెన్ సంతకం", "బైట్‌డాన్స్‌కు ఇప్పుడు తొమ్మిది నెలల గడువు ఉంది.", "law_enacted", "US"),
    ("టిక్‌టాక్‌పై మోంటానా నిషేధం", "రాష్ట్ర గవర్నర్ బిల్లుపై సంతకం చేశారు.", "ban_regional", "US-MT"),
    ("ప్రభుత్వ పరికరాల నుంచి టిక్‌టాక్‌ను తొలగించాలని ఆదేశం", "ఆస్ట్రేలియా ప్రభుత్వం భద్రతా కారణాలతో ఈ ఆదేశాలిచ్చింది.", "ban_government_devices", "AU"),
    ("సెనెగల్ టిక్‌టాక్‌ను సస్పెండ్ చేసింది", "హింసను ప్రేరేపించే సందేశాలు వ్యాపిస్తున్నాయని ప్రభుత్వం తెలిపింది.", "ban_national", "SN"),
    ("అమెరికాలో టిక్‌టాక్‌పై వేటు", "యాప్ స్టోర్ల నుంచి టిక్‌టాక్ తొలగించారు.", "ban_national", "US"),
    # a supreme court keeping a ban in force is news of the ban
    ("అమెరికా సుప్రీంకోర్టు టిక్‌టాక్ నిషేధ చట్టాన్ని సమర్థించింది", "ఆదివారం నుంచి యాప్‌పై నిషేధం అమల్లోకి వస్తుంది.", "other", "US"),
    # under a headline about something else, a lead sentence that names who acted
    (
        "టిక్‌టాక్‌కు మరో షాక్",
        "అమెరికా న్యాయ శాఖ టిక్‌టాక్, బైట్‌డాన్స్‌పై దావా వేసింది. పిల్లల డేటాను సంస్థ సేకరించిందని ఆరోపించింది.",
        "lawsuit_by_government",
        "US",
    ),
    ("టిక్‌టాక్‌కు భారీ షాక్", "న్యూఢిల్లీ: టిక్‌టాక్ సహా 58 చైనా యాప్‌లపై కేంద్రం నిషేధం విధించింది.", "ban_national", "IN"),
    # the headline says banned, the first lead sentence says whose phones
    ("అమెరికా చట్టసభలో టిక్‌టాక్‌పై నిషేధం", "ఎంపీలు, సిబ్బంది ఫోన్లలో ఇకపై ఈ యాప్ పనిచేయదు.", "ban_government_devices", "US"),
]

NOT_NEW = [
    # proposals, threats, plans, questions
    ("టిక్‌టాక్‌ను నిషేధించాలని ఎంపీలు డిమాండ్ చేశారు", "వచ్చే సమావేశాల్లో బిల్లు ప్రవేశపెట్టే అవకాశం ఉంది.", "proposed_or_threatened"),
    ("టిక్‌టాక్‌పై నిషేధం విధిస్తామని ట్రంప్ హెచ్చరిక", "యాప్‌ను బ్లాక్ చేసే అంశాన్ని అధ్యక్షుడు పరిశీలిస్తున్నారు.", "proposed_or_threatened"),
    ("ప్రభుత్వం టిక్‌టాక్‌ను బ్యాన్ చేయొచ్చు", "హోం శాఖ సిఫార్సు పంపినట్లు సమాచారం.", "proposed_or_threatened"),
    ("టిక్‌టాక్ నిషేధ బిల్లును అమెరికా ప్రతినిధుల సభ ఆమోదించింది", "ఇప్పుడు సెనేట్ దీనిపై ఓటింగ్ జరపనుంది.", "proposed_or_threatened"),
    ("టిక్‌టాక్ నిషేధానికి అమెరికా సెనేట్ ఆమోదం", "అధ్యక్షుడు బైడెన్ బిల్లుపై సంతకం చేయనున్నారు.", "proposed_or_threatened"),
    ("భారత్ లాగే అమెరికా కూడా టిక్‌టాక్‌ను నిషేధిస్తుందా?", "అమెరికా చట్టసభ సభ్యులు దీనిపై చర్చిస్తున్నారు.", "proposed_or_threatened"),
    ("టిక్‌టాక్‌ను నిషేధించనున్న అమెరికా", "", "proposed_or_threatened"),
    ("కెనడా టిక్‌టాక్‌ను నిషేధించబోతోంది", "", "proposed_or_threatened"),
    ("టిక్‌టాక్‌ను నిషేధించాలి: ఎంపీ", "", "proposed_or_threatened"),
    # lifted, deferred, denied
    ("టిక్‌టాక్‌పై నిషేధాన్ని ఎత్తివేసిన నేపాల్", "తొమ్మిది నెలల తర్వాత యాప్ మళ్లీ అందుబాటులోకి వచ్చింది.", "not_action"),
    ("అమెరికాలో టిక్‌టాక్ నిషేధం గడువును 75 రోజులు పొడిగించారు", "ట్రంప్ కార్యనిర్వాహక ఉత్తర్వుపై సంతకం చేశారు.", "not_action"),
    ("టిక్‌టాక్‌కు ఊరట", "నిషేధం అమలు గడువును ట్రంప్ 75 రోజులు వాయిదా వేశారు.", "not_action"),
    ("ప్రభుత్వం టిక్‌టాక్‌ను నిషేధించదు", "అలాంటి ఆలోచనే లేదని మంత్రి పార్లమెంటులో చెప్పారు.", "not_action"),
    ("టిక్‌టాక్‌పై నిషేధం లేదు: కేంద్రం", "ఇప్పటికిప్పుడు అలాంటి నిర్ణయం ఏదీ లేదని ప్రభుత్వం స్పష్టం చేసింది.", "not_action"),
    # an act against another company, TikTok only named after it
    ("యూరోపియన్ కమిషన్ మెటాకు జరిమానా విధించింది", "ఫేస్‌బుక్ నిబంధనలు ఉల్లంఘించిందని కమిషన్ తెలిపింది. టిక్‌టాక్‌పైనా నిఘా ఉంది.", "not_action"),
    (
        "భారత్‌లో టెలిగ్రామ్‌పై నిషేధం",
        "టెలిగ్రామ్‌ను బ్లాక్ చేయాలని ప్రభుత్వం ఆదేశించింది. టిక్‌టాక్ వంటి యాప్‌లపైనా దృష్టి పెట్టారు.",
        "not_action",
    ),
    # a past ban recalled
    ("క్రియేటర్ల కోసం టిక్‌టాక్ కొత్త ఫీచర్", "2020 నుంచి భారత్‌లో నిషేధంలో ఉన్న ఈ యాప్ ప్రపంచవ్యాప్తంగా వేగంగా విస్తరిస్తోంది.", "background_only"),
    ("బైట్‌డాన్స్ కొత్త యాప్ విడుదల", "భారత ప్రభుత్వం గత ఏడాది దాని పలు సేవలపై నిషేధం విధించింది.", "background_only"),
    ("టిక్‌టాక్ నిషేధం తర్వాత భారతీయ యాప్‌లకు ఆదరణ", "దేశీ షార్ట్ వీడియో యాప్‌ల వినియోగదారులు పెరిగారు.", "background_only"),
    ("టిక్‌టాక్ బ్యాన్‌తో భారత క్రియేటర్లకు నష్టం", "2020లో కేంద్రం విధించిన నిషేధంతో వేలాది మంది ఉపాధి కోల్పోయారు.", "background_only"),
    ("టిక్‌టాక్ భారత్‌లోకి తిరిగి రాదు: కేంద్రం", "నిషేధం కొనసాగుతుందని ఐటీ మంత్రిత్వ శాఖ స్పష్టం చేసింది.", "background_only"),
    ("బైట్‌డాన్స్ లాభాలు పెరిగాయి", "భారత్ జూన్ 2020లో టిక్‌టాక్‌ను నిషేధించింది.", "background_only"),
    ("భారత్ టిక్‌టాక్‌ను నిషేధించిన సంగతి తెలిసిందే", "", "background_only"),
    # a court stops the act; TikTok goes to court
    ("మోంటానా టిక్‌టాక్ నిషేధంపై కోర్టు స్టే", "చట్టం భావ ప్రకటనా స్వేచ్ఛను ఉల్లంఘిస్తోందని ఫెడరల్ న్యాయమూర్తి పేర్కొన్నారు.", "court_blocks_action"),
    ("మోంటానా నిషేధాన్ని సవాల్ చేస్తూ టిక్‌టాక్ కోర్టును ఆశ్రయించింది", "ఫెడరల్ కోర్టులో సంస్థ దావా దాఖలు చేసింది.", "tiktok_challenges_action"),
    ("భారత ప్రభుత్వ నిషేధాన్ని టిక్‌టాక్ సుప్రీంకోర్టులో సవాల్ చేసింది", "తాము ఎలాంటి నిబంధనలు ఉల్లంఘించలేదని సంస్థ తెలిపింది.", "tiktok_challenges_action"),
    # a private suit is no government's
    ("మూడు కుటుంబాలు టిక్‌టాక్‌పై దావా వేశాయి", "యాప్ కారణంగా పిల్లలు చనిపోయారని కుటుంబాలు ఆరోపించాయి.", "not_action"),
    # the company's own step, police work on a clip, a case against a creator
    ("భారత్‌లో టిక్‌టాక్ తన సేవలను నిలిపివేసింది", "సంస్థ ఉద్యోగులకు ఈ విషయం తెలిపింది.", "not_action"),
    ("టిక్‌టాక్ వీడియోపై పోలీసుల దర్యాప్తు", "వీడియోలో ఆయుధాలు చూపించారు.", "not_action"),
    ("టిక్‌టాక్ స్టార్‌పై కేసు నమోదు", "యువకుడు రోడ్డుపై ప్రమాదకర స్టంట్ వీడియో పోస్ట్ చేశాడు.", "not_action"),
    ("టిక్‌టాక్ ఖాతాను బ్లాక్ చేసిన నటి", "ట్రోలింగ్ కారణంగా ఆమె ఈ నిర్ణయం తీసుకున్నారు.", "not_action"),
    # an explainer
    ("టిక్‌టాక్‌ను ఏయే దేశాలు నిషేధించాయి?", "", "not_action"),
    # the case heard in court; TikTok, the subject of a relative clause, as the plaintiff
    ("టిక్‌టాక్ నిషేధం: అమెరికా సుప్రీంకోర్టులో విచారణ", "టిక్‌టాక్ వాదనలను న్యాయమూర్తులు విన్నారు.", "tiktok_challenges_action"),
    ("ప్రభుత్వంపై దావా వేసిన టిక్‌టాక్", "నిషేధ చట్టం రాజ్యాంగానికి విరుద్ధమని సంస్థ వాదిస్తోంది.", "tiktok_challenges_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("te", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("te", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("నేపాల్ ప్రభుత్వం టిక్‌టాక్‌ను నిషేధించే యోచనలో ఉంది", "నేపాల్ ప్రభుత్వం టిక్‌టాక్‌ను నిషేధించింది", "NP"),
    ("పాకిస్తాన్ టిక్‌టాక్‌ను నిషేధించనుంది", "పాకిస్తాన్ టిక్‌టాక్‌ను నిషేధించింది", "PK"),
    # lifted / imposed
    ("పాకిస్తాన్ టిక్‌టాక్‌పై నిషేధాన్ని ఎత్తివేసింది", "పాకిస్తాన్ టిక్‌టాక్‌పై నిషేధం విధించింది", "PK"),
    # negated / imposed
    ("కేంద్రం టిక్‌టాక్‌పై నిషేధం విధించలేదు", "కేంద్రం టిక్‌టాక్‌పై నిషేధం విధించింది", "IN"),
    # another company / TikTok
    ("యూరోపియన్ కమిషన్ ఎక్స్‌పై అధికారిక దర్యాప్తు ప్రారంభించింది", "యూరోపియన్ కమిషన్ టిక్‌టాక్‌పై అధికారిక దర్యాప్తు ప్రారంభించింది", "EU"),
    # a past ban recalled / the ban itself
    ("భారత్ 2020లోనే టిక్‌టాక్‌ను నిషేధించింది", "భారత్ టిక్‌టాక్‌ను నిషేధించింది", "IN"),
    # a court blocks the ban / the state bans
    ("మోంటానా టిక్‌టాక్ నిషేధాన్ని ఫెడరల్ కోర్టు నిలిపివేసింది", "మోంటానా టిక్‌టాక్‌ను నిషేధించింది", "US-MT"),
    # TikTok appeals / the government fines
    ("ఇటలీ జరిమానాపై టిక్‌టాక్ అప్పీల్ చేసింది", "ఇటలీ టిక్‌టాక్‌కు కోటి యూరోల జరిమానా విధించింది", "IT"),
    # a private suit / a state's suit
    ("తల్లిదండ్రులు టిక్‌టాక్‌పై దావా వేశారు", "ఇండియానా టిక్‌టాక్‌పై దావా వేసింది", "US-IN"),
    # the case ending says who sues whom: TikTok sues the government / the government sues TikTok
    ("అమెరికా ప్రభుత్వంపై టిక్‌టాక్ దావా", "టిక్‌టాక్ పై అమెరికా ప్రభుత్వం దావా", "US"),
    # a ban that looks unavoidable / a ban imposed
    ("టిక్‌టాక్‌పై నిషేధం తప్పేలా లేదు: అమెరికా", "టిక్‌టాక్‌పై నిషేధం విధించిన అమెరికా", "US"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("te", negative, positive, code)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("టిక్‌టాక్‌కు భారీ షాక్", "న్యూఢిల్లీ: కేంద్రం టిక్‌టాక్ సహా 58 చైనా యాప్‌లపై నిషేధం విధించింది.", DATE, None, "te")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of India")
    assert analyze_article("టిక్‌టాక్‌కు ఐటీ మంత్రిత్వ శాఖ నోటీసులు", "", DATE, None, "te").actions[0].actor == "MeitY"
    a = analyze_article("తెలంగాణ ప్రభుత్వం టిక్‌టాక్‌పై దర్యాప్తుకు ఆదేశించింది", "", DATE, None, "te")
    assert (a.actions[0].type, a.actions[0].actor) == ("investigation_opened", "Government of Telangana")
    # the subject after the verb, as Telugu headlines put it
    a = analyze_article("టిక్‌టాక్‌పై నిషేధం విధించిన ఆంధ్రప్రదేశ్ హైకోర్టు", "", DATE, None, "te")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Andhra Pradesh High Court")
    # a Pakistani high court is not an Indian one
    a = analyze_article("పెషావర్ హైకోర్టు టిక్‌టాక్‌ను నిషేధించింది", "", DATE, None, "te")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Peshawar High Court")
    # an unqualified "సుప్రీంకోర్టు" is not taken for India's: the place decides
    a = analyze_article("అమెరికాలో టిక్‌టాక్ నిషేధ చట్టాన్ని సుప్రీంకోర్టు సమర్థించింది", "", DATE, None, "te")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "US")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # a country name with a case ending joined to it, with or without the zero-width non-joiner
        ("కెనడాలో టిక్‌టాక్‌పై నిషేధం", "CA"),
        ("ఫ్రాన్స్‌లో టిక్‌టాక్‌కు జరిమానా", "FR"),
        ("భారత్‌లో టిక్‌టాక్‌పై నిషేధం", "IN"),
        ("భారత్లో టిక్‌టాక్‌పై నిషేధం", "IN"),
        ("అమెరికన్ ప్రభుత్వం టిక్‌టాక్‌కు జరిమానా విధించింది", "US"),
        ("యునైటెడ్ కింగ్‌డమ్ టిక్‌టాక్‌ను నిషేధించింది", "GB"),
        # "Latin America" is not the United States; Indiana is not India; Bharti (a name) is not Bharat
        ("లాటిన్ అమెరికా పర్యటనలో ఉండగా బ్రెజిల్ టిక్‌టాక్‌కు జరిమానా విధించింది", "BR"),
        ("ఇండియానా టిక్‌టాక్‌పై దావా వేసింది", "US-IN"),
        ("భారతి ఎయిర్‌టెల్ వేదికగా టిక్‌టాక్‌పై బ్రిటన్ నిషేధం", "GB"),
    ],
)
def test_places(title: str, code: str) -> None:
    assert_new_action("te", title, "", code=code)


@pytest.mark.parametrize(
    "title",
    [
        "నేపాల్ టిక్‌టాక్‌ను నిషేధించింది",  # with the zero-width non-joiners
        "నేపాల్ టిక్టాక్ను నిషేధించింది",  # without them
        "నేపాల్ టిక్ టాక్ ను నిషేధించింది",  # a space for each
        "నేపాల్ టిక్‌ టాక్‌ను నిషేధించింది",  # both
        "నేపాల్ టిక్‌టాక్‌ని బ్యాన్ చేసింది",
        "నేపాల్ టిక్‌టాక్‌పై నిషేధం విధించారు",
        "టిక్టాక్ను నిషేదించిన నేపాల్",  # "నిషేధ" typed with ద
        "నేపాల్ బైట్‌డ్యాన్స్‌పై నిషేధం విధించింది",
    ],
)
def test_spellings_and_suffixes(title: str) -> None:
    assert_new_action("te", title, "", "ban_national", "NP")


def test_the_act_compared_with_is_not_the_news() -> None:
    # "గతంలో భారత్ ... విధించగా, తాజాగా నేపాల్ ...": whereas India banned it before, Nepal now has
    assert_new_action("te", "గతంలో భారత్ టిక్‌టాక్‌పై నిషేధం విధించగా, తాజాగా నేపాల్ కూడా టిక్‌టాక్‌ను నిషేధించింది", "", code="NP")


def test_government_phones_are_not_the_government() -> None:
    # "కెనడా ప్రభుత్వ ఫోన్లు" (Canada's government phones) names the devices, not a body that acts
    a = analyze_article("కెనడా ప్రభుత్వ ఫోన్లలో టిక్‌టాక్‌ను నిషేధించారు", "", DATE, None, "te")
    assert (a.label, a.actions[0].type, a.actions[0].jurisdiction) == ("new_action", "ban_government_devices", "CA")
    assert "Government of Canada" not in a.entities["agencies"]


def test_a_creator_is_not_the_app() -> None:
    assert_label("te", "టిక్‌టాకర్‌పై నిషేధం విధించిన నేపాల్", "", "not_action")


# Word matching with an agglutinative script: a stem matches every suffixed form from a word start, and
# the engine counts the Telugu vowel signs and virama as letters, so no fragment starts inside a word.
def test_stems_match_suffixed_forms_from_a_word_start() -> None:
    pack = load_word_pack("te")
    for text in ("టిక్‌టాక్‌ను", "టిక్‌టాక్‌పై", "టిక్టాక్కు", "టిక్ టాక్ పై"):
        assert pack.target.search(text), text
    ban = dict(pack.actions)["ban_national"]
    for text in ("నిషేధించింది", "నిషేధం విధించారు", "నిషేధాన్ని", "నిషేధంపై"):
        assert ban.search(text), text
    assert_places("te", "అమెరికాలో టిక్‌టాక్", ["US"])
    assert_places("te", "కెనడాకు చెందిన", ["CA"])


def test_names_and_triggers_are_not_read_inside_longer_words() -> None:
    # "భారత" inside "మహాభారతం", "పాక్" inside "పాక్షికంగా", Mali (మాలి, a gardener) dropped from CLDR's names
    assert_places("te", "మహాభారతం కథ", [])
    assert_places("te", "పాక్షికంగా అమల్లోకి", [])
    assert_places("te", "మాలి తోటలో పని చేస్తున్నాడు", [])
    # a banner and black money are no ban; a data centre is not the Centre
    assert analyze_article("టిక్‌టాక్ బ్యానర్‌తో బ్లాక్ మనీపై ప్రచారం", "", DATE, None, "te").label == "not_action"
    assert analyze_article("టిక్‌టాక్ డేటా కేంద్రం ప్రారంభం", "", DATE, None, "te").label == "not_action"


def test_a_court_refusing_a_stay_keeps_the_ban() -> None:
    assert_new_action("te", "టిక్‌టాక్ నిషేధంపై స్టే ఇచ్చేందుకు అమెరికా సుప్రీంకోర్టు నిరాకరించింది", "", code="US")


def test_telugu_is_identified() -> None:
    assert_identified("te", "భారత ప్రభుత్వం టిక్‌టాక్ సహా 59 చైనా యాప్‌లపై నిషేధం విధించింది", "")
