"""Hebrew pack: phrasings written for this file (headline, lead), not taken from any outlet.

Hebrew joins prefixes to the word ("ובארה"ב", "שהממשלה", "לאסור"), so the pack matches
fragments anywhere (`substring`) and names of places must end where their word ends; the
last tests pin that down: prefixed names are found, and words that merely contain a name
or a stem ("יהודים", "סיפרו", "מאסר", "טיקטוקרית") are not read as one.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.language import normalise_language
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_places

NEW = [
    # bans, national and on government devices
    ("הודו אוסרת על טיקטוק ועל עשרות אפליקציות סיניות", "ממשלת הודו הודיעה על חסימת האפליקציה בכל רחבי המדינה.", "ban_national", "IN"),
    ("נפאל חוסמת את טיקטוק", "הממשלה בקטמנדו הודיעה כי האפליקציה פוגעת בהרמוניה החברתית.", "ban_national", "NP"),
    ("פקיסטן חוסמת את טיקטוק", "רשות התקשורת הפקיסטנית הודיעה על חסימת האפליקציה.", "ban_national", "PK"),
    (
        "הממשלה אסרה על התקנת טיקטוק בטלפונים של עובדי המדינה",
        "משרדי הממשלה קיבלו הנחיה להסיר את האפליקציה מכל המכשירים.",
        "ban_government_devices",
        "IL",
    ),
    (
        'צה"ל אוסר על חיילים להשתמש בטיקטוק בזמן שירות',
        "ההנחיה החדשה של אגף התקשוב חלה על כל הטלפונים הצבאיים.",
        "ban_government_devices",
        "IL",
    ),
    (
        None,
        "ממשלת ישראל הודיעה כי שרים וסגני שרים לא יוכלו להתקין את טיקטוק בטלפונים הרשמיים.",
        "ban_government_devices",
        "IL",
    ),
    # "the government's devices" of a foreign country: not Israel's government
    ("בריטניה אוסרת על טיקטוק במכשירי הממשלה", "השרים נדרשו להסיר את האפליקציה.", "ban_government_devices", "GB"),
    ("מושל טקסס חסם את טיקטוק במכשירי המדינה", "ההוראה חלה על כל עובדי המדינה.", "ban_government_devices", "US-TX"),
    # fines
    (
        "הרגולטור האירי הטיל על טיקטוק קנס של 530 מיליון יורו",
        "נציבות הגנת המידע קבעה כי החברה העבירה מידע של משתמשים אירופאים לסין.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "הרשות להגנת הפרטיות הטילה עיצום כספי על טיקטוק",
        "הרשות קבעה כי החברה לא שמרה כראוי על מידע של משתמשים ישראלים.",
        "fine_or_penalty",
        "IL",
    ),
    ("רוסיה קנסה את טיקטוק ב-3 מיליון רובל", "בית משפט במוסקבה קבע כי הרשת לא הסירה תכנים אסורים.", "fine_or_penalty", "RU"),
    # investigations
    (
        "הנציבות האירופית פתחה בחקירה רשמית נגד טיקטוק",
        "בבריסל בודקים אם הרשת הפרה את חוק השירותים הדיגיטליים.",
        "investigation_opened",
        "EU",
    ),
    (
        "הרשות להגנת הפרטיות פתחה בבדיקה נגד טיקטוק",
        "הרשות בודקת אם החברה אוספת מידע על ילדים ישראלים.",
        "investigation_opened",
        "IL",
    ),
    # lawsuits by governments
    ("טקסס תובעת את טיקטוק בשל פגיעה בפרטיות ילדים", "התובע הכללי של המדינה הגיש תביעה בבית משפט מחוזי.", "lawsuit_by_government", "US-TX"),
    (
        None,
        "ועדת הסחר הפדרלית ומשרד המשפטים האמריקאי הגישו תביעה נגד טיקטוק בשל הפרת פרטיות ילדים.",
        "lawsuit_by_government",
        "US",
    ),
    # orders to wind up or to sell
    (
        "קנדה הורתה לטיקטוק לסגור את משרדיה במדינה",
        "ממשלת קנדה החליטה על פירוק פעילותה העסקית של החברה בטורונטו ובוונקובר.",
        "business_wind_up_order",
        "CA",
    ),
    (
        'טראמפ חתם על צו המחייב את ביטדאנס למכור את פעילות טיקטוק בארה"ב',
        "הצו נכנס לתוקף מיד.",
        "divestiture_order",
        "US",
    ),
    # laws
    ("ביידן חתם על החוק המחייב את בייטדאנס למכור את טיקטוק", 'נשיא ארה"ב חתם על החוק ביום רביעי.', "law_enacted", "US"),
    (
        "הכנסת אישרה בקריאה שנייה ושלישית את הצעת החוק לאיסור טיקטוק בטלפונים של שרים",
        "החוק ייכנס לתוקף בעוד חודש.",
        "law_enacted",
        "IL",
    ),
    # a supreme court keeping the law in force is an act of its own
    ('בית המשפט העליון בארה"ב אישר את החוק נגד טיקטוק', "השופטים דחו פה אחד את ערעור החברה.", "other", "US"),
]

NOT_NEW = [
    # proposals, threats, recommendations (twins: the Knesset's third reading, the government's ban, Pakistan's block)
    ("הכנסת תדון בהצעת חוק לאסור את טיקטוק לבני נוער", "חברי הכנסת צפויים להצביע על ההצעה בשבוע הבא.", "proposed_or_threatened"),
    (
        "הכנסת אישרה בקריאה ראשונה הצעת חוק לאיסור טיקטוק בטלפונים של שרים",
        "ההצעה תחזור לוועדה להכנה לקריאה שנייה ושלישית.",
        "proposed_or_threatened",
    ),
    ('ח"כ פרקש-הכהן: יש לאסור את טיקטוק בטלפונים של שרים', "היא הגישה הצעת חוק בנושא.", "proposed_or_threatened"),
    ("מערך הסייבר ממליץ להסיר את טיקטוק מטלפונים ממשלתיים", "ההמלצה נשלחה למשרדי הממשלה.", "proposed_or_threatened"),
    ("טראמפ מאיים לחסום את טיקטוק", "הנשיא שוקל צו נשיאותי נגד האפליקציה.", "proposed_or_threatened"),
    ("בית הנבחרים אישר את החוק לאיסור טיקטוק", "ההצבעה עברה ברוב גדול.", "proposed_or_threatened"),
    ("האם ישראל תאסור את טיקטוק?", "הדיון בכנסת נמשך.", "proposed_or_threatened"),
    # lifted or postponed (twin: Pakistan blocks)
    ("פקיסטן הסירה את החסימה של טיקטוק", "האפליקציה שוב זמינה במדינה.", "not_action"),
    ("טראמפ האריך שוב את המועד לאיסור טיקטוק", "הנשיא חתם על צו נוסף.", "not_action"),
    ("טראמפ חתם על צו נשיאותי הדוחה את האיסור על טיקטוק ב-75 יום", "הממשל לא יאכוף את החוק בתקופה זו.", "not_action"),
    ('טיקטוק חוזרת לפעול בארה"ב', "לאחר שנחסמה לכמה שעות, האפליקציה שוב זמינה.", "not_action"),
    # negated (twin: the government's device ban)
    ("השר: ישראל לא תחסום את טיקטוק", "לדבריו, אין כוונה לפגוע בחופש הביטוי.", "not_action"),
    # an act against another company (twins: the fines and the bans above)
    ("הנציבות האירופית הטילה קנס על X", "הרשת של אילון מאסק תשלם 120 מיליון יורו. טיקטוק אינה חלק מההחלטה.", "not_action"),
    ("רוסיה חוסמת את טלגרם", "הרגולטור הרוסי הודיע על חסימת האפליקציה. טיקטוק ממשיכה לפעול כרגיל.", "not_action"),
    # a past ban recalled (twin: India bans)
    ("טיקטוק משיקה תכונה חדשה ליוצרים", "האפליקציה, שנאסרה בהודו בשנת 2020, ממשיכה לצמוח.", "background_only"),
    ("טיקטוק מרחיבה את פעילותה בישראל", 'כזכור, ארה"ב אסרה את השימוש באפליקציה במכשירים ממשלתיים.', "background_only"),
    (None, 'בעקבות האיסור בארה"ב, גם ישראל שוקלת לאסור את טיקטוק בטלפונים ממשלתיים.', "background_only"),
    # a court blocking the act (twin: the Supreme Court upholding the law)
    ("שופט פדרלי חסם את האיסור על טיקטוק במונטנה", "בית המשפט הקפיא את החוק לפני כניסתו לתוקף.", "court_blocks_action"),
    ('ארה"ב: שופט חסם את צו טראמפ נגד טיקטוק', "בית המשפט הפדרלי הוציא צו מניעה.", "court_blocks_action"),
    # TikTok goes to court (twins: Texas sues, the Irish fine)
    ("טיקטוק תבעה את מדינת מונטנה", "החברה טוענת שהחוק פוגע בחופש הביטוי.", "tiktok_challenges_action"),
    ('טיקטוק הגישה תביעה נגד ממשלת ארה"ב', "החברה טוענת שהחוק מפר את התיקון הראשון לחוקה.", "tiktok_challenges_action"),
    ("טיקטוק תערער על הקנס של הנציבות", "החברה טוענת שההחלטה שגויה.", "tiktok_challenges_action"),
    # private plaintiffs, not a government (twin: the FTC's suit)
    ("תביעה ייצוגית הוגשה נגד טיקטוק בבית המשפט המחוזי בתל אביב", "התובעים טוענים שהאפליקציה אוספת מידע על ילדים.", "not_action"),
    (None, "חמישה יוצרי תוכן הגישו תביעה נגד מדינת מונטנה בשל האיסור על טיקטוק.", "not_action"),
    # a poll
    ("סקר: רוב הישראלים תומכים באיסור על טיקטוק", "כך עולה מסקר חדש.", "not_action"),
    # a creator, a prison term: words that contain the target or a ban stem
    ("טיקטוקרית ישראלית נעצרה", "המשטרה חוקרת את האירוע.", "not_action"),
    ("נאשם נידון למאסר בשל סרטון בטיקטוק", "בית המשפט גזר עליו שנתיים מאסר.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("he", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("he", title, text, label)


def test_named_bodies() -> None:
    """Who acted, as the alert shows it: Israeli bodies, the IDF, a town in English."""
    cases = [
        ('צה"ל אוסר על חיילים להשתמש בטיקטוק', "Israel Defense Forces"),
        ("הרשות להגנת הפרטיות פתחה בבדיקה נגד טיקטוק", "Privacy Protection Authority (Israel)"),
        ("עיריית תל אביב אסרה על שימוש בטיקטוק במחשבי העירייה", "Municipality of Tel Aviv-Yafo"),
        ("הנציבות האירופית פתחה בחקירה רשמית נגד טיקטוק", "European Commission"),
    ]
    for title, actor in cases:
        a = analyze_article(title, "", "2025-03-01", None, "he")
        assert a.actions and a.actions[0].actor == actor, (title, a.actions)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ('הוחלט בארה"ב ובבריטניה', ["US", "GB"]),
        ("ובישראל, כמו מסין ולהודו", ["IL", "CN", "IN"]),
        ("הממשלה הקנדית והרגולטור האירי", ["CA", "IE"]),
        ("בארה״ב ובאיחוד האירופי", ["US", "EU"]),
        ("רוב הישראלים והסינים", ["IL", "CN"]),
        # words that only end like a name: "they told" (Peru), "normal" (Mali), Jews (Indian)
        ("הם סיפרו שזה נורמאלי לגמרי", []),
        ("שני יהודים ישבו", []),
    ],
)
def test_places_with_prefixes(text: str, codes: list[str]) -> None:
    assert_places("he", text, codes)


def test_prefixed_triggers() -> None:
    """A stem with its prefixes is a trigger; a word that contains it is not."""
    pack = load_pack("he")
    ban = dict(pack.actions)["ban_national"]
    for word in ("ושאסרה", "לאסור", "והאיסור", "שחסמה", "ייחסם", "מהחסימה"):
        assert ban.search(word), word
    for word in ("מאסר", "במאסר", "אסירים", "מחסום"):
        assert not ban.search(word), word
    assert pack.target.search("ובטיקטוק") and pack.target.search("לטיק טוק")
    assert not pack.target.search("הטיקטוקרית")


def test_language_code() -> None:
    assert_identified("he", None, "ממשלת ישראל אסרה על השימוש בטיקטוק בטלפונים של עובדי המדינה.")
    assert normalise_language("iw") == "he"


def test_the_court_abbreviated_rejecting_the_appeal_upholds() -> None:
    a = analyze_article('ביהמ"ש דחה את הערעור – גורל טיקטוק בארה"ב תלוי כעת בנשיא',
                        'הדחייה משאירה על כנו את החוק שמחייב את בייטדאנס למכור את טיקטוק.', "2024-12-07", language="he")
    assert a.new_action and a.actions[0].stage == "upheld", a.actions
