"""Persian pack (Iran's Farsi and Afghanistan's Dari): phrasings written for this file (headline,
lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action, assert_py3langid_says, load_word_pack

NEW = [
    # bans: Afghanistan's Taliban government (2022), Iran's filtering committee, Nepal, a US state
    (
        "طالبان تیک‌تاک و پابجی را در افغانستان ممنوع کردند",
        "وزارت مخابرات به شرکت‌های اینترنتی دستور داد دسترسی به این اپلیکیشن را قطع کنند.",
        "ban_national",
        "AF",
    ),
    # Dari: "بند کرد" (closed), the name written without the ZWNJ
    ("حکومت طالبان تیکتاک را در افغانستان بند کرد", "سخنگوی طالبان گفت این برنامه جوانان را گمراه می‌کند.", "ban_national", "AF"),
    ("ذبیح‌الله مجاهد: استفاده از تیک‌تاک در افغانستان منع شد", "این تصمیم به دستور رهبر طالبان گرفته شد.", "ban_national", "AF"),
    (
        "کارگروه تعیین مصادیق محتوای مجرمانه تیک‌تاک را فیلتر کرد",
        "دسترسی کاربران ایرانی به این اپلیکیشن از امروز قطع شد.",
        "ban_national",
        "IR",
    ),
    ("شورای عالی فضای مجازی دسترسی به تیک تاک را مسدود کرد", "این تصمیم از ساعت ۱۲ اجرایی شد.", "ban_national", "IR"),
    ("دولت نپال تیک‌تاک را ممنوع کرد", "وزیر ارتباطات نپال گفت این اپ هماهنگی اجتماعی را بر هم می‌زند.", "ban_national", "NP"),
    # a nominal headline, and the name with the Arabic letters ي and ك
    ("ممنوعیت تيك‌تاك در پاکستان", "اداره مخابرات پاکستان این تصمیم را به دلیل محتوای غیراخلاقی گرفت.", "ban_national", "PK"),
    ("ایالت مونتانا تیک‌تاک را ممنوع کرد", "فرماندار این ایالت قانون را امضا کرد.", "ban_regional", "US-MT"),
    ("تیک‌تاک رسماً در آمریکا از دسترس خارج شد", "این اپ از فروشگاه‌های اپل و گوگل حذف شد.", "ban_national", "US"),
    # device bans
    (
        "دولت بریتانیا استفاده از تیک‌تاک را در گوشی‌های دولتی ممنوع کرد",
        "وزیران و کارمندان دولت نباید این اپ را نصب کنند.",
        "ban_government_devices",
        "GB",
    ),
    ("استرالیا تیک‌تاک را از دستگاه‌های دولتی حذف کرد", "دولت استرالیا این تصمیم را به دلایل امنیتی گرفت.", "ban_government_devices", "AU"),
    # fines: a GDPR fine credited to "the EU" is Ireland's regulator's
    (
        "کمیسیون حفاظت از داده‌های ایرلند تیک‌تاک را ۵۳۰ میلیون یورو جریمه کرد",
        "این نهاد گفت داده‌های کاربران اروپایی به چین منتقل شده است.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "اتحادیه اروپا تیک‌تاک را ۶۰۰ میلیون دلار جریمه کرد",
        "این جریمه به دلیل انتقال داده‌های کاربران اروپایی به چین اعمال شد.",
        "fine_or_penalty",
        "IE",
    ),
    ("ترکیه تیک‌تاک را جریمه کرد", "نهاد ناظر رسانه‌ای ترکیه مبلغ جریمه را اعلام نکرد.", "fine_or_penalty", "TR"),
    # a lawsuit by a government
    (
        "دادستان کل تگزاس از تیک‌تاک شکایت کرد",
        "به گفته او این شبکه اجتماعی از حریم خصوصی کودکان محافظت نکرده است.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "وزارت دادگستری آمریکا علیه تیک‌تاک شکایت کرد",
        "دولت آمریکا می‌گوید این شرکت داده‌های کودکان را جمع کرده است.",
        "lawsuit_by_government",
        "US",
    ),
    # investigations
    (
        "کمیسیون اروپا تحقیقات رسمی علیه تیک‌تاک را آغاز کرد",
        "بروکسل بررسی می‌کند که آیا این پلتفرم قانون خدمات دیجیتال را نقض کرده است.",
        "investigation_opened",
        "EU",
    ),
    ("دادستانی تهران علیه تیک‌تاک پرونده قضایی تشکیل داد", "این پرونده به دادسرای جرایم رایانه‌ای رفت.", "investigation_opened", "IR"),
    # orders to sell or to wind up
    ("ترامپ با فرمانی بایت‌دنس را ملزم به فروش تیک‌تاک کرد", "کاخ سفید برای این کار مهلت ۹۰ روزه تعیین کرد.", "divestiture_order", "US"),
    (
        "کانادا دستور انحلال دفتر تیک‌تاک در این کشور را صادر کرد",
        "دولت کانادا گفت این تصمیم به دلایل امنیت ملی گرفته شده است.",
        "business_wind_up_order",
        "CA",
    ),
    # laws
    ("بایدن قانون فروش اجباری تیک‌تاک را امضا کرد", "بر اساس این قانون بایت‌دنس نُه ماه فرصت دارد.", "law_enacted", "US"),
    ("رئیس‌جمهور آمریکا لایحه ممنوعیت یا فروش تیکتاک را امضا کرد", "این لایحه با امضای بایدن به قانون تبدیل شد.", "law_enacted", "US"),
    # a suspension, a court keeping a ban, preliminary findings
    ("آلبانی تیک‌تاک را برای یک سال تعلیق کرد", "ادی راما گفت این تصمیم پس از قتل یک نوجوان گرفته شد.", "regulatory_order", "AL"),
    ("دیوان عالی آمریکا قانون ممنوعیت تیک‌تاک را تأیید کرد", "این قانون از یکشنبه اجرایی می‌شود.", "other", "US"),
    ("کمیسیون اروپا: تیک‌تاک قانون خدمات دیجیتال را نقض کرده است", "این نتایج اولیه تحقیقات بروکسل است.", "other", "EU"),
]

NOT_NEW = [
    # proposals and threats (twins: the bans and the signed law above)
    ("نمایندگان مجلس خواستار ممنوعیت تیک‌تاک شدند", "طرح آنها ماه آینده بررسی می‌شود.", "proposed_or_threatened"),
    ("ترامپ تهدید کرد که تیک‌تاک را ممنوع می‌کند", "رئیس‌جمهور آمریکا گفت این موضوع در حال بررسی است.", "proposed_or_threatened"),
    ("مجلس نمایندگان آمریکا لایحه ممنوعیت تیک‌تاک را تصویب کرد", "این لایحه اکنون به سنا می‌رود.", "proposed_or_threatened"),
    ("ممنوعیت تیک‌تاک در آمریکا؟", "کارشناسان درباره آینده این اپ اختلاف نظر دارند.", "proposed_or_threatened"),
    ("کمیسیون اروپا ممکن است تیک‌تاک را جریمه کند", "بروکسل هنوز تصمیم نهایی را نگرفته است.", "proposed_or_threatened"),
    # lifted, extended, negated
    ("هند ممنوعیت تیک‌تاک را لغو کرد", "این اپلیکیشن دوباره در دسترس است.", "not_action"),
    ("آیا تیک‌تاک در ایران رفع فیلتر می‌شود؟", "وزیر ارتباطات گفت این موضوع در شورای عالی فضای مجازی بررسی می‌شود.", "not_action"),
    ("دولت ترامپ مهلت فروش تیک‌تاک را ۷۵ روز تمدید کرد", "ترامپ فرمان اجرایی جدیدی امضا کرد.", "not_action"),
    ("دولت ایران تیک‌تاک را ممنوع نکرد", "وزیر ارتباطات گفت برنامه‌ای برای فیلتر این اپ وجود ندارد.", "not_action"),
    # an act against another company (twin: the Commission's fine on TikTok)
    ("کمیسیون اروپا متا را جریمه کرد", "فیس‌بوک باید ۸۰۰ میلیون یورو بپردازد. تیک‌تاک نیز زیر نظر است.", "not_action"),
    ("روسیه تلگرام را مسدود کرد", "تیک‌تاک هم ممکن است مسدود شود.", "proposed_or_threatened"),
    # a past ban recalled (twins: Nepal's and the Taliban's bans above)
    (
        "تیک‌تاک قابلیت جدیدی برای سازندگان محتوا عرضه کرد",
        "این اپلیکیشن که از سال ۲۰۲۰ در هند ممنوع است، همچنان رشد می‌کند.",
        "background_only",
    ),
    ("تیک‌تاک سرویس خرید جدیدی راه‌اندازی کرد", "طالبان در سال ۲۰۲۲ این اپلیکیشن را در افغانستان ممنوع کردند.", "background_only"),
    ("تیک‌تاک در ایران همچنان فیلتر است", "کاربران با فیلترشکن از آن استفاده می‌کنند.", "background_only"),
    # a court blocking the act, and TikTok going to court (twins: Montana's ban, Texas's suit)
    ("قاضی فدرال اجرای قانون ممنوعیت تیک‌تاک در مونتانا را متوقف کرد", "این قانون قرار بود از ژانویه اجرا شود.", "court_blocks_action"),
    ("تیک‌تاک از ایالت مونتانا شکایت کرد", "این شرکت می‌گوید قانون ممنوعیت مغایر قانون اساسی است.", "tiktok_challenges_action"),
    ("تیک‌تاک به جریمه کمیسیون ایرلند اعتراض کرد", "این شرکت درخواست تجدیدنظر داده است.", "tiktok_challenges_action"),
    # a private suit, TikTok's own moderation, an opinion poll
    ("والدین چند نوجوان فرانسوی از تیک‌تاک شکایت کردند", "آنها می‌گویند این اپ به فرزندانشان آسیب زده است.", "not_action"),
    ("تیک‌تاک ۲۰۰ هزار حساب کاربری جعلی را مسدود کرد", "این شرکت گفت حساب‌های دیگری هم حذف شده است.", "not_action"),
    ("نظرسنجی: بیشتر آمریکایی‌ها از ممنوعیت تیک‌تاک حمایت می‌کنند", "این نظرسنجی در ماه مارس انجام شد.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("fa", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("fa", title, text, label)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("کارگروه تعیین مصادیق تیک‌تاک را فیلتر کرد", "این تصمیم امروز اجرا شد.", "2025-03-01", None, "fa")
    assert a.actions[0].actor == "Committee for Determining Instances of Criminal Content (Iran)"
    a = analyze_article("وزارت مخابرات طالبان: تیک‌تاک تا یک ماه دیگر مسدود می‌شود", "", "2022-04-21", None, "fa")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "AF")
    assert a.actions[0].actor == "Ministry of Communications (Afghanistan)"


@pytest.mark.parametrize("name", ["تیک‌تاک", "تیک تاک", "تیکتاک", "تيك‌تاك", "تیک‌توک"])
def test_spellings_of_the_name(name: str) -> None:
    """With the ZWNJ, a space, nothing, or the Arabic letters some sites use."""
    assert_new_action("fa", f"دولت نپال {name} را ممنوع کرد", "", code="NP")


def test_a_creator_is_not_the_app() -> None:
    assert_label("fa", "تیک‌تاکرها در ایران ممنوع‌الخروج شدند", "", "not_action")


def test_a_body_sentence_under_a_headline_needs_its_actor() -> None:
    title = "تیک‌تاک با مشکلات تازه روبه‌رو است"
    named = analyze_article(title, "کمیسیون اروپا روز سه‌شنبه تحقیقات رسمی درباره این پلتفرم را آغاز کرد.", "2025-03-01", None, "fa")
    assert (named.label, named.actions[0].type) == ("new_action", "investigation_opened")
    assert analyze_article(title, "تحقیقات رسمی درباره این پلتفرم آغاز شد.", "2025-03-01", None, "fa").label == "not_action"


def test_news_agency_dateline_does_not_act() -> None:
    """ "به گزارش خبرگزاری فرانسه" (AFP reports) names France; the country that acts is nearer the trigger."""
    a = analyze_article("به گزارش خبرگزاری فرانسه، نپال تیک‌تاک را ممنوع کرد", "", "2025-03-01", None, "fa")
    assert a.actions[0].jurisdiction == "NP"


def test_trumps_return_is_not_tiktoks() -> None:
    assert_new_action("fa", "تیک‌تاک پس از بازگشت ترامپ به کاخ سفید ممنوع شد", "", code="US")


def test_language_is_identified_as_persian() -> None:
    assert_py3langid_says("fa", "طالبان استفاده از تیک‌تاک را در افغانستان ممنوع کردند و وزارت مخابرات آن را مسدود کرد.")
    a = analyze_article("دولت نپال تیک‌تاک را ممنوع کرد", "وزیر ارتباطات نپال این تصمیم را اعلام کرد.", "2025-03-01")
    assert (a.language, a.label) == ("fa", "new_action")


def test_pack_loads() -> None:
    assert load_word_pack("fa").version >= 1


def test_a_common_word_that_cldr_names_as_a_country_is_no_place() -> None:
    # "مالی" (financial) is also CLDR's Persian name for Mali: the pack lists it under not_places
    a = analyze_article(None, "دولت ایران تیک‌تاک را به پرداخت جریمه مالی محکوم کرد.", "2024-05-01", language="fa")
    assert a.actions and a.actions[0].jurisdiction == "IR", a.actions


def test_a_further_deadline_given_puts_the_act_off() -> None:
    assert_no_new_action(
        "fa", "ترامپ ۷۵ روز دیگر به تیک تاک مهلت داد", "رئیس‌جمهور آمریکا اجرای قانون را به تعویق انداخت.", published="2025-04-05"
    )
