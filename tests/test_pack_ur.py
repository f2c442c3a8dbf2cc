"""Urdu pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.models import Analysis
from monitor.packs import load_pack
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says

DATE = "2025-03-01"


def _run(title: str | None, text: str) -> Analysis:
    return analyze_article(title, text, DATE, None, "ur")


NEW = [
    # Pakistan: the regulator, the high courts, the federal government
    (
        "پی ٹی اے نے ٹک ٹاک پر ملک بھر میں پابندی عائد کر دی",
        "پاکستان ٹیلی کمیونیکیشن اتھارٹی کے مطابق ایپ پر غیر اخلاقی مواد کے خلاف شکایات کا ازالہ نہیں کیا گیا۔",
        "ban_national",
        "PK",
        "Pakistan Telecommunication Authority",
    ),
    (
        "پشاور ہائی کورٹ نے ملک بھر میں ٹک ٹاک بند کرنے کا حکم دے دیا",
        "چیف جسٹس نے ریمارکس دیے کہ ایپ پر نامناسب ویڈیوز معاشرے کے لیے نقصان دہ ہیں۔",
        "ban_national",
        "PK",
        "Peshawar High Court",
    ),
    (
        "سندھ ہائیکورٹ نے ٹک ٹاک کو معطل کرنے کا حکم جاری کر دیا",
        "عدالت نے اٹارنی جنرل سے بھی جواب مانگا۔",
        "ban_national",
        "PK",
        "Sindh High Court",
    ),
    (
        "پی ٹی اے نے ٹک ٹاک کو غیر اخلاقی مواد ہٹانے کی ہدایت جاری کر دی",
        "اتھارٹی نے کمپنی سے فوری عمل درآمد کا کہا۔",
        "regulatory_order",
        "PK",
        "Pakistan Telecommunication Authority",
    ),
    (
        "ایف آئی اے نے ٹک ٹاک کے خلاف تحقیقات کا آغاز کر دیا",
        "ادارے کے سائبر کرائم ونگ نے ایپ سے متعلق شکایات جمع کیں۔",
        "investigation_opened",
        "PK",
        "Federal Investigation Agency",
    ),
    (
        "پنجاب حکومت نے سرکاری ملازمین کے ٹک ٹاک استعمال پر پابندی عائد کر دی",
        "محکمے کے مطابق دفتری اوقات میں ویڈیوز بنانا بھی ممنوع ہو گا۔",
        "ban_government_devices",
        "PK",
        "Government of Punjab (Pakistan)",
    ),
    # foreign governments as Urdu news names them
    (
        "بھارت نے ٹک ٹاک سمیت 59 چینی ایپس پر پابندی لگا دی",
        "بھارتی حکومت نے قومی سلامتی کو وجہ قرار دیا۔",
        "ban_national",
        "IN",
        "Government of India",
    ),
    (
        "برطانوی حکومت نے سرکاری فونز پر ٹک ٹاک کے استعمال پر پابندی لگا دی",
        "وزرا اور سرکاری ملازمین اب یہ ایپ استعمال نہیں کر سکیں گے۔",
        "ban_government_devices",
        "GB",
        "Government of the United Kingdom",
    ),
    (
        "آئرلینڈ کے ڈیٹا پروٹیکشن کمیشن نے ٹک ٹاک پر 53 کروڑ یورو جرمانہ عائد کر دیا",
        "ادارے کے مطابق یورپی صارفین کا ڈیٹا چین منتقل کیا گیا۔",
        "fine_or_penalty",
        "IE",
        "Data Protection Commission (Ireland)",
    ),
    (
        "امریکی ریاست ٹیکساس نے ٹک ٹاک کے خلاف مقدمہ دائر کر دیا",
        "ریاست کے اٹارنی جنرل کا کہنا ہے کہ ایپ بچوں کی معلومات کا تحفظ نہیں کرتی۔",
        "lawsuit_by_government",
        "US-TX",
        "State of Texas",
    ),
    (
        "یورپی کمیشن نے ٹک ٹاک کے خلاف باضابطہ تحقیقات شروع کر دیں",
        "کمیشن دیکھے گا کہ آیا پلیٹ فارم نے ڈیجیٹل سروسز ایکٹ کی خلاف ورزی کی۔",
        "investigation_opened",
        "EU",
        "European Commission",
    ),
    (
        "امریکی حکومت نے بائٹ ڈانس کو ٹک ٹاک فروخت کرنے کا حکم دے دیا",
        "کمپنی کو اس کے لیے 90 دن دیے گئے ہیں۔",
        "divestiture_order",
        "US",
        "Government of the United States",
    ),
    (
        "کینیڈا نے ٹک ٹاک کو ملک میں اپنے دفاتر بند کرنے کا حکم دے دیا",
        "حکومت نے قومی سلامتی کے جائزے کے بعد یہ فیصلہ کیا۔",
        "business_wind_up_order",
        "CA",
        "Government of Canada",
    ),
    (
        "صدر بائیڈن نے ٹک ٹاک سے متعلق قانون پر دستخط کر دیے",
        "اس قانون کے تحت بائٹ ڈانس کو ایپ بیچنی ہو گی۔",
        "law_enacted",
        "US",
        "President Biden",
    ),
    (
        "نیپال کی حکومت نے ٹک ٹاک پر پابندی عائد کر دی",
        "کابینہ کے اجلاس میں یہ فیصلہ کیا گیا۔",
        "ban_national",
        "NP",
        "Government of Nepal",
    ),
    (
        "طالبان حکومت نے افغانستان میں ٹک ٹاک پر پابندی عائد کر دی",
        "حکام کا کہنا ہے کہ ایپ نوجوانوں کو گمراہ کر رہی ہے۔",
        "ban_national",
        "AF",
        "Taliban government (Afghanistan)",
    ),
    (
        "امریکی ریاست مونٹانا نے ٹک ٹاک پر پابندی لگا دی",
        "گورنر نے بدھ کے روز قانون پر دستخط کیے۔",
        "ban_regional",
        "US-MT",
        "State of Montana",
    ),
    (
        "بھارتی فوج نے اہلکاروں کو ٹک ٹاک سمیت 89 ایپس فون سے ہٹانے کا حکم دے دیا",
        "فوجی اہلکاروں کو 15 جولائی تک یہ ایپس ڈیلیٹ کرنا ہوں گی۔",
        "ban_government_devices",
        "IN",
        "Government of India",
    ),
]

NOT_NEW = [
    # a proposal, a threat, a bill that one chamber passed (twins: the PTA ban, the signed law)
    (
        "حکومت ٹک ٹاک پر پابندی لگانے پر غور کر رہی ہے",
        "وفاقی کابینہ کے آئندہ اجلاس میں یہ معاملہ زیر بحث آئے گا۔",
        "proposed_or_threatened",
    ),
    ("پی ٹی اے کی ٹک ٹاک کو پابندی کی دھمکی", "اتھارٹی نے کمپنی سے جواب مانگ لیا۔", "proposed_or_threatened"),
    ("امریکی ایوان نمائندگان نے ٹک ٹاک سے متعلق بل منظور کر لیا", "اب یہ بل سینیٹ میں پیش کیا جائے گا۔", "proposed_or_threatened"),
    ("کیا پاکستان میں ٹک ٹاک پر پابندی لگے گی؟", "ماہرین اس بارے میں مختلف رائے رکھتے ہیں۔", "proposed_or_threatened"),
    # a citizen's petition asking a court for a ban (twin: the Peshawar High Court's order)
    ("لاہور ہائی کورٹ میں ٹک ٹاک پر پابندی کے لیے درخواست دائر", "درخواست گزار نے پی ٹی اے کو فریق بنایا ہے۔", "proposed_or_threatened"),
    # a ban lifted, services restored (twin: the PTA ban)
    ("پی ٹی اے نے ٹک ٹاک پر عائد پابندی ختم کر دی", "کمپنی کی یقین دہانی کے بعد ایپ کی سروسز بحال کر دی گئیں۔", "not_action"),
    ("ٹک ٹاک کی سروسز دوبارہ بحال", "پی ٹی اے نے دس دن بعد پابندی ہٹا دی۔", "not_action"),
    # an act against another company (twin: the PTA ban)
    ("پی ٹی اے نے ٹیلی گرام پر پابندی لگا دی", "حکام کے مطابق ٹک ٹاک اور یوٹیوب کے بارے میں ابھی کوئی فیصلہ نہیں ہوا۔", "not_action"),
    # a past ban recalled (twin: the PTA ban)
    ("ٹک ٹاک نے پاکستان میں نیا فیچر متعارف کرا دیا", "یاد رہے کہ پی ٹی اے نے 2020 میں ایپ پر پابندی عائد کی تھی۔", "background_only"),
    ("ٹک ٹاک صارفین کے لیے نیا فیچر", "2020 میں پی ٹی اے نے ٹک ٹاک پر پابندی لگائی تھی۔", "background_only"),
    # a court stopping the ban (twin: the Peshawar High Court's order)
    (
        "اسلام آباد ہائی کورٹ نے ٹک ٹاک پر پابندی کا پی ٹی اے کا حکم معطل کر دیا",
        "عدالت نے اتھارٹی سے وضاحت طلب کر لی۔",
        "court_blocks_action",
    ),
    (
        "سندھ ہائی کورٹ نے ٹک ٹاک پر پابندی کا حکم واپس لے لیا",
        "عدالت نے پی ٹی اے کو شکایات پر فیصلہ کرنے کی ہدایت کی۔",
        "court_blocks_action",
    ),
    (
        "امریکی جج نے ٹرمپ کی جانب سے ٹک ٹاک پر پابندی کا حکم روک دیا",
        "جج نے کہا کہ انتظامیہ نے اختیارات سے تجاوز کیا۔",
        "court_blocks_action",
    ),
    # TikTok going to court (twin: the Montana ban)
    ("ٹک ٹاک نے پابندی کے خلاف عدالت سے رجوع کر لیا", "کمپنی کا کہنا ہے کہ فیصلہ آئین کے منافی ہے۔", "tiktok_challenges_action"),
    ("ٹک ٹاک امریکی پابندی کے خلاف عدالت پہنچ گیا", "کمپنی نے قانون کو غیر آئینی قرار دینے کی استدعا کی۔", "tiktok_challenges_action"),
    (
        "ٹک ٹاک نے مونٹانا کے قانون کو وفاقی عدالت میں چیلنج کر دیا",
        "کمپنی کا موقف ہے کہ قانون آزادی اظہار کے خلاف ہے۔",
        "tiktok_challenges_action",
    ),
    ("ٹِک ٹاک نے پابندی پر ٹرمپ انتظامیہ پر مقدمہ کردیا", "کمپنی نے وفاقی عدالت سے پابندی روکنے کی استدعا کی۔", "tiktok_challenges_action"),
    # a fine TikTok "may face" is a threat
    ("ٹک ٹاک کو بھاری جرمانے کا سامنا کرنا پڑ سکتا ہے", "یورپی حکام معاملے کا جائزہ لے رہے ہیں۔", "proposed_or_threatened"),
    # negated acts, and a court turning a ban petition down
    ("حکومت کا ٹک ٹاک پر پابندی عائد کرنے کا کوئی ارادہ نہیں", "وفاقی وزیر نے پریس کانفرنس میں وضاحت کی۔", "not_action"),
    ("ٹک ٹاک پر پابندی نہیں لگائی جائے گی: وزیر اطلاعات", "انہوں نے کہا کہ کمپنی سے مذاکرات جاری ہیں۔", "not_action"),
    ("لاہور ہائی کورٹ نے ٹک ٹاک پر پابندی کی درخواست مسترد کر دی", "عدالت نے کہا کہ یہ معاملہ پی ٹی اے کا ہے۔", "not_action"),
    # TikTok's own moderation, a creator, a police case, a rule on filming in police stations
    ("ٹک ٹاک نے ہزاروں اکاؤنٹس بلاک کر دیے", "کمپنی کے مطابق یہ اکاؤنٹس قواعد کی خلاف ورزی کر رہے تھے۔", "not_action"),
    ("معروف ٹک ٹاکر پر جرمانہ عائد", "عدالت نے ملزم کو دس ہزار روپے ادا کرنے کا حکم دیا۔", "not_action"),
    ("ٹک ٹاک ویڈیو بنانے پر نوجوان کے خلاف مقدمہ درج", "پولیس نے ملزم کو گرفتار کر لیا۔", "not_action"),
    ("پولیس افسران کے تھانوں میں ٹک ٹاک بنانے پر پابندی", "آئی جی نے اہلکاروں کو ہدایت جاری کی۔", "not_action"),
    # a private suit is no government's (twin: Texas)
    ("والدین کے ایک گروپ نے ٹک ٹاک کے خلاف مقدمہ دائر کر دیا", "امریکا میں متاثرہ خاندانوں نے ہرجانے کا مطالبہ کیا ہے۔", "not_action"),
    # a poll
    ("سروے: اکثریت ٹک ٹاک پر پابندی کے حق میں", "ایک نجی ادارے کے جائزے میں شہریوں سے رائے لی گئی۔", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code", "actor"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str, actor: str) -> None:
    assert_new_action("ur", title, text, type_, code, actor=actor)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ur", title, text, label)


def test_language_is_identified_as_urdu() -> None:
    assert_py3langid_says("ur", "پاکستان ٹیلی کمیونیکیشن اتھارٹی نے ٹک ٹاک پر پابندی عائد کر دی ہے۔")


# Urdu typing: a postposition glued to the next word after a non-joining letter, a diacritic
# inside the name, TikTok in Latin script, and a full stop "۔" with no space after it.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("پاکستان میں ٹک ٹاک پرپابندی لگا دی گئی", "حکام نے ایپ تک رسائی روک دی۔"),
        ("پی ٹی اے نےٹِک ٹاک بلاک کر دیا", "ملک بھر میں صارفین کو ایپ کھولنے میں مشکل کا سامنا ہے۔"),
        ("پی ٹی اے نے TikTok پر پابندی عائد کر دی", "اتھارٹی نے ایپ کو متعدد بار وارننگ دی تھی۔"),
        ("پی ٹی اے نے ٹک ٹوک کی بندش کا اعلان کر دیا", "اتھارٹی کے مطابق فیصلہ فوری نافذ ہو گا۔"),
    ],
)
def test_urdu_typing_habits(title: str, text: str) -> None:
    assert_new_action("ur", title, text, code="PK")


def test_glued_full_stop_splits_sentences() -> None:
    pack = load_pack("ur")
    parts = pack.sentence_end.split("پی ٹی اے نے ٹک ٹاک بلاک کر دیا۔اتھارٹی کے ترجمان نے تصدیق کی۔")
    assert [p for p in parts if p] == ["پی ٹی اے نے ٹک ٹاک بلاک کر دیا۔", "اتھارٹی کے ترجمان نے تصدیق کی۔"]


def test_body_only_lead_with_glued_full_stop() -> None:
    assert_new_action(
        "ur",
        None,
        "پی ٹی اے نے جمعرات کو ٹک ٹاک بلاک کر دیا۔اتھارٹی کے ترجمان نے بتایا کہ ایپ پر غیر اخلاقی مواد موجود تھا۔",
        "ban_national",
        actor="Pakistan Telecommunication Authority",
    )


def test_word_matching_keeps_names_and_triggers_inside_words_apart() -> None:
    pack = load_pack("ur")
    # "شمالی" (northern) holds "مالی" (Mali); "بھارتی" is India, not a longer word's tail
    assert pack.find_places("شمالی وزیرستان میں") == []
    assert [c for _, c in pack.find_places("بھارتی حکومت")] == ["IN"]
    # "پابند کر" (obliged) holds "بند کر" (closed): no ban
    a = _run("عدالت نے ٹک ٹاک کو مقامی قوانین کا پابند کر دیا", "فیصلہ سماعت کے بعد سنایا گیا۔")
    assert a.label == "not_action", (a.label, a.actions)


def test_creators_are_not_the_target() -> None:
    pack = load_pack("ur")
    assert pack.target.search("ٹک ٹاکرز کی ویڈیوز") is None
    assert pack.target.search("ٹک ٹاک کی ویڈیوز") is not None
    assert pack.target.search("بائٹ ڈانس کی ملکیت") is not None


def test_court_keeping_its_ban_is_not_a_lift() -> None:
    # "the ban will not be lifted until the content is removed": the court's order stands
    assert_new_action(
        "ur", "پشاور ہائی کورٹ نے ٹک ٹاک بند کرنے کا حکم دے دیا", "چیف جسٹس نے کہا کہ مواد ہٹائے جانے تک پابندی نہیں ہٹائی جائے گی۔"
    )


def test_court_upholding_a_ban_is_an_act() -> None:
    assert_new_action(
        "ur",
        "امریکی سپریم کورٹ نے ٹک ٹاک پر پابندی کا قانون برقرار رکھا",
        "ججوں نے کمپنی کی اپیل مسترد کر دی۔",
        code="US",
        actor="US Supreme Court",
        stage="upheld",
    )


def test_ban_in_a_body_sentence_needs_its_actor() -> None:
    # under a headline about something else, an unattributed act in the lead is no news
    a = _run("ٹک ٹاک چیلنج میں حصہ لینے والا نوجوان زخمی", "پولیس نے واقعے کی تحقیقات شروع کر دیں۔")
    assert a.label == "not_action", (a.label, a.actions)
    a = _run("ٹک ٹاک سے متعلق اہم خبر", "پاکستان ٹیلی کمیونیکیشن اتھارٹی نے ٹک ٹاک کو حتمی وارننگ جاری کر دی۔")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("regulatory_order", "PK")


def test_eu_fine_over_data_goes_to_ireland() -> None:
    assert_new_action(
        "ur",
        "یورپی یونین نے ٹک ٹاک پر 60 کروڑ یورو جرمانہ کر دیا",
        "یہ جرمانہ صارفین کا ڈیٹا چین بھیجنے پر کیا گیا۔",
        "fine_or_penalty",
        "IE",
    )


# "نے" marks who acted: TikTok suing is a challenge, a state suing TikTok (however the words fall) is a suit
@pytest.mark.parametrize(
    ("title", "text", "type_", "code"),
    [
        (
            "ٹک ٹاک کیخلاف ٹیکساس نے مقدمہ دائر کر دیا",
            "ریاست کا کہنا ہے کہ ایپ بچوں کی معلومات کا تحفظ نہیں کرتی۔",
            "lawsuit_by_government",
            "US-TX",
        ),
        ("ٹک ٹاک پر امریکہ نے پابندی لگا دی", "امریکی حکومت نے قومی سلامتی کو وجہ بتایا۔", "ban_national", "US"),
        (
            "یورپی کمیشن نے ٹک ٹاک کو 24 گھنٹوں میں رپورٹ پیش کرنے کا حکم دے دیا",
            "کمیشن نے کہا کہ ایپ کے نئے فیچر کے خطرات کا جائزہ ضروری ہے۔",
            "regulatory_order",
            "EU",
        ),
    ],
)
def test_who_acted_is_read_from_the_ergative(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ur", title, text, type_, code)


def test_short_headline_forms() -> None:
    # "بند" on its own, and the English loan "بین" (ban), are bans; "بین الاقوامی" (international) and a closed room are not
    a = _run("پاکستان میں ٹک ٹاک ایک بار پھر بند", "پی ٹی اے نے غیر اخلاقی مواد کی شکایات پر فیصلہ کیا۔")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "PK"), (a.label, a.actions)
    a = _run("بھارت میں ٹک ٹاک سمیت 59 چینی ایپس بین کر دی گئیں", "بھارتی حکومت نے فیصلے کا اعلان کیا۔")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "IN"), (a.label, a.actions)
    assert _run("ٹک ٹاک کی بین الاقوامی مقبولیت میں اضافہ", "کمپنی نے نئے اعداد و شمار جاری کیے۔").label == "not_action"
    assert _run("ٹک ٹاک بند کمرے کے اجلاس میں زیر بحث", "حکام نے کمپنی کے نمائندوں سے ملاقات کی۔").label == "not_action"


def test_explainer_is_not_news() -> None:
    assert_label("ur", "ٹک ٹاک پر پابندی کیوں لگی؟ جانیے", "پی ٹی اے نے ایپ پر پابندی کی وجوہات بتائیں۔", "not_action")
