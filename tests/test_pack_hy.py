"""Armenian pack: phrasings written for this file (headline, lead), not taken from any outlet.

Armenian joins case endings and the article to the noun ("TikTok-ը", "TikTok-ի դեմ", "Հայաստանում")
and builds tenses with an auxiliary ("արգելել է", "դատի է տվել"): TikTok as the subject that
goes to court is a challenge, "TikTok-ի դեմ" (against TikTok) is a government's suit; TikTok's own
3rd-singular act ("TikTok-ը կասեցրել է") is no government act; "the deal closed" is no ban.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_py3langid_says

NEW = [
    # bans, national and by a named body, in the forms Armenian news uses
    ("Նեպալն արգելել է TikTok-ը", "Կառավարության որոշումն ուժի մեջ է մտնում անմիջապես։", "ban_national", "NP"),
    (
        "Ալբանիան մեկ տարով արգելափակում է TikTok-ը",
        "Վարչապետ Էդի Ռաման հայտարարել է, որ հարթակը կանջատվի ամբողջ երկրում։",
        "ban_national",
        "AL",
    ),
    (
        "Հայաստանում արգելափակվել է TikTok-ը",
        "ԱԱԾ-ն ժամանակավորապես սահմանափակել է մուտքը սոցցանց։",
        "ban_national",
        "AM",
    ),
    (
        "Ադրբեջանում սահմանափակվել է TikTok-ի հասանելիությունը",
        "Ադրբեջանի պետական անվտանգության ծառայությունը որոշել է ժամանակավորապես սահմանափակել հարթակի աշխատանքը։",
        "ban_national",
        "AZ",
    ),
    ("Իրանի իշխանությունները արգելափակել են TikTok-ը", "Հավելվածն անհասանելի է դարձել ամբողջ երկրում։", "ban_national", "IR"),
    ("ՆԵՊԱԼԸ ԱՐԳԵԼԵԼ Է TIKTOK-Ը", "Որոշումն ուժի մեջ է մտնում այսօր։", "ban_national", "NP"),
    ("Մոնտանա նահանգը արգելել է TikTok-ը", "Նահանգապետը ստորագրել է որոշումը չորեքշաբթի։", "ban_regional", "US-MT"),
    # device bans
    (
        "Կանադան արգելել է TikTok-ը պետական սարքերում",
        "Կառավարության աշխատակիցները պետք է հեռացնեն հավելվածը ծառայողական հեռախոսներից։",
        "ban_government_devices",
        "CA",
    ),
    (
        "Մեծ Բրիտանիան արգելել է TikTok-ը կառավարական հեռախոսներում",
        "Նախարարները պետք է հեռացնեն հավելվածը։",
        "ban_government_devices",
        "GB",
    ),
    # fines: a GDPR fine credited to the EU is the Irish regulator's
    (
        "Իռլանդիայի կարգավորողը 530 միլիոն եվրո տուգանել է TikTok-ին",
        "Տվյալների պաշտպանության հանձնաժողովը պարզել է, որ օգտատերերի տվյալները փոխանցվել են Չինաստան։",
        "fine_or_penalty",
        "IE",
    ),
    (
        "ԵՄ-ն տուգանել է TikTok-ին 530 միլիոն եվրոյով",
        "Տուգանքը վերաբերում է եվրոպացիների անձնական տվյալների փոխանցմանը Չինաստան։",
        "fine_or_penalty",
        "IE",
    ),
    ("ՀԾԿՀ-ն տուգանել է TikTok-ին", "Հանձնաժողովը պարզել է, որ հարթակը խախտել է օրենքը։", "fine_or_penalty", "AM"),
    (
        "Մոսկվայի դատարանը տուգանել է TikTok-ին 3 միլիոն ռուբլով",
        "Հարթակը չի հեռացրել արգելված բովանդակությունը։",
        "fine_or_penalty",
        "RU",
    ),
    # suits by a government: TikTok after "դեմ" (against) or in the accusative after the subject
    (
        "Տեխասը հայց է ներկայացրել TikTok-ի դեմ",
        "Նահանգի գլխավոր դատախազը մեղադրում է ընկերությանը երեխաների տվյալները չպաշտպանելու մեջ։",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Տեխասի գլխավոր դատախազը TikTok-ը դատի է տվել",
        "Հայցում ասվում է, որ հավելվածը վնասում է երեխաներին։",
        "lawsuit_by_government",
        "US-TX",
    ),
    # investigations
    (
        "Եվրահանձնաժողովը պաշտոնական վարույթ է սկսել TikTok-ի դեմ",
        "Բրյուսելը կստուգի, թե արդյոք հարթակը խախտել է թվային ծառայությունների մասին օրենքը։",
        "investigation_opened",
        "EU",
    ),
    (
        "Անձնական տվյալների պաշտպանության գործակալությունը ուսումնասիրություն է սկսել TikTok-ի նկատմամբ",
        "Գործակալությունը կստուգի, թե ինչպես են մշակվում անչափահասների տվյալները։",
        "investigation_opened",
        "AM",
    ),
    # laws, divestiture and wind-up orders
    (
        "Բայդենը ստորագրել է օրենք, որը պարտավորեցնում է ByteDance-ին վաճառել TikTok-ը",
        "Նախագահը ստորագրել է փաստաթուղթը չորեքշաբթի։",
        "law_enacted",
        "US",
    ),
    ("Վրաստանի խորհրդարանը ընդունել է TikTok-ի մասին օրենք", "Օրենքը պահանջում է հարթակներից գրանցվել։", "law_enacted", "GE"),
    ("ԱՄՆ-ը պահանջել է ByteDance-ից վաճառել TikTok-ը", "Վաշինգտոնը ընկերությանը 90 օր է տվել։", "divestiture_order", "US"),
    (
        "Ռուսաստանը հրամայել է TikTok-ին փակել գրասենյակը Մոսկվայում",
        "Ընկերությունը պետք է դադարեցնի գործունեությունը։",
        "business_wind_up_order",
        "RU",
    ),
    # regulatory orders
    (
        "Ռոսկոմնադզորը պահանջել է TikTok-ից հեռացնել տեսանյութերը",
        "Գերատեսչությունը ընկերությանը մեկ օր է տվել։",
        "regulatory_order",
        "RU",
    ),
]

NOT_NEW = [
    # proposals, threats, bills, a question
    (
        "Պատգամավորներն առաջարկել են արգելել TikTok-ը Հայաստանում",
        "Օրինագիծը կներկայացվի Ազգային ժողով հաջորդ ամիս։",
        "proposed_or_threatened",
    ),
    ("Թրամփը սպառնացել է արգելել TikTok-ը", "Նախագահը քննարկում է հավելվածի արգելափակման հնարավորությունը։", "proposed_or_threatened"),
    (
        "Եվրահանձնաժողովը կարող է տուգանել TikTok-ին",
        "Հանձնաժողովը շարունակում է ուսումնասիրել հարթակի աշխատանքը։",
        "proposed_or_threatened",
    ),
    ("Նախարարը կոչ է արել արգելել TikTok-ը", "Նա նամակ է ուղարկել կառավարությանը։", "proposed_or_threatened"),
    ("Կարգելվի՞ TikTok-ը Հայաստանում", "Փորձագետները տարբեր կարծիքներ ունեն։", "proposed_or_threatened"),
    # lifted, eased, postponed, negated
    ("Հնդկաստանը հանել է TikTok-ի արգելքը", "Հավելվածը կրկին հասանելի է։", "not_action"),
    ("Թրամփը երկարաձգել է TikTok-ի արգելքի ժամկետը", "Հավելվածը կշարունակի աշխատել ևս 75 օր։", "not_action"),
    (
        "Հայաստանի կառավարությունը չի պատրաստվում արգելել TikTok-ը",
        "Վարչապետը հայտարարել է, որ խոսքի ազատությունը կարևոր է։",
        "not_action",
    ),
    # another company is the target; TikTok only mentioned
    (
        "Եվրահանձնաժողովը տուգանել է Meta-ին",
        "Ընկերությունը կվճարի 800 միլիոն եվրո։ TikTok-ը նույնպես ուշադրության կենտրոնում է։",
        "not_action",
    ),
    ("TikTok-ը շարունակում է աճել", "Ռոսկոմնադզորը արգելափակել է Telegram-ը։", "not_action"),
    # a past ban recalled as background
    (
        "TikTok-ը նոր գործառույթ է գործարկել",
        "Հավելվածը, որը 2020 թվականից ի վեր արգելված է Հնդկաստանում, շարունակում է աճել։",
        "background_only",
    ),
    # a court blocks the act; TikTok goes to court
    ("Դատարանը կասեցրել է TikTok-ի արգելքը Մոնտանայում", "Դաշնային դատավորը կասեցրել է օրենքի կիրառումը։", "court_blocks_action"),
    (
        "TikTok-ը հայց է ներկայացրել Մոնտանայի արգելքի դեմ",
        "Ընկերությունը վիճարկում է օրենքը դաշնային դատարանում։",
        "tiktok_challenges_action",
    ),
    (
        "TikTok-ը դատի է տվել ԱՄՆ կառավարությանը",
        "Ընկերությունը պնդում է, որ օրենքը հակասում է Սահմանադրությանը։",
        "tiktok_challenges_action",
    ),
    # a private suit
    ("Ծնողները դատի են տվել TikTok-ին", "Նրանք պնդում են, որ հավելվածը վնասել է իրենց երեխաներին։", "not_action"),
    # TikTok's own moderation and steps; a deal closing
    ("TikTok-ը արգելափակել է 500 հազար հաշիվ", "Ընկերությունը հրապարակել է թափանցիկության զեկույց։", "not_action"),
    ("TikTok-ը կասեցրել է ուղիղ եթերները Ռուսաստանում", "Ընկերությունը պատճառաբանել է նոր օրենքով։", "not_action"),
    ("TikTok-ի գործարքը փակվել է", "Ամերիկյան ներդրողները ստացել են բաժնետոմսերը։", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("hy", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("hy", title, text, label)


def test_named_bodies_act() -> None:
    a = analyze_article(
        "Ադրբեջանն արգելափակել է TikTok-ը",
        "Ադրբեջանի պետական անվտանգության ծառայությունը հայտնել է, որ որոշումը ժամանակավոր է։",
        "2025-03-01",
        None,
        "hy",
    )
    assert a.label == "new_action"
    assert a.actions[0].jurisdiction == "AZ"
    a = analyze_article("ՀԾԿՀ-ն տուգանել է TikTok-ին", "Հանձնաժողովը պարզել է խախտում։", "2025-03-01", None, "hy")
    assert a.actions[0].actor == "Public Services Regulatory Commission (Armenia)"


def test_court_upholding_the_law_is_an_act() -> None:
    a = analyze_article(
        "ԱՄՆ Գերագույն դատարանը ուժի մեջ է թողել TikTok-ի արգելքի մասին օրենքը",
        "Դատավորները միաձայն են եղել։",
        "2025-03-01",
        None,
        "hy",
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert a.actions[0].jurisdiction == "US"
    # a court dismissing TikTok's appeal is no challenge
    a = analyze_article("Դատարանը մերժել է TikTok-ի բողոքը", "Ընկերությունը պետք է վաճառի ամերիկյան բիզնեսը։", "2025-03-01", None, "hy")
    assert a.label != "tiktok_challenges_action", (a.label, a.actions)


def test_municipality_bans_on_its_own_devices() -> None:
    assert_new_action(
        "hy",
        "Երևանի քաղաքապետարանը արգելել է TikTok-ը աշխատակիցների հեռախոսներում",
        "Որոշումն ընդունվել է երեկ։",
        "ban_government_devices",
        "AM",
        actor="Municipality of Երևան",
    )


def test_country_names_inflect() -> None:
    """Case endings on place names still give the country ("Ֆրանսիայում", "Ղրղզստանում", "ԱՄՆ-ում")."""
    a = analyze_article(
        "Ղրղզստանում արգելափակվել է TikTok-ը", "Որոշումը կայացվել է երեխաներին պաշտպանելու նպատակով։", "2025-03-01", None, "hy"
    )
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "KG")
    a = analyze_article(
        "Ֆրանսիայում արգելվել է TikTok-ը պաշտոնյաների հեռախոսներում", "Որոշումը վերաբերում է նախարարներին։", "2025-03-01", None, "hy"
    )
    assert (a.label, a.actions[0].type, a.actions[0].jurisdiction) == ("new_action", "ban_government_devices", "FR")
    a = analyze_article("ԱՄՆ-ում արգելվել է TikTok-ը", "Օրենքն ուժի մեջ է մտել կիրակի։", "2025-03-01", None, "hy")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "US")


def test_language_identified_as_armenian() -> None:
    assert_py3langid_says("hy", "Հայաստանի կառավարությունը արգելել է TikTok-ը պետական ծառայողների հեռախոսներում։")


def test_armenian_spellings_of_the_name() -> None:
    a = analyze_article("«Տիկ Տոկ»-ը արգելափակվեց", "Հավելվածը Հայաստանում ժամանակավորապես անջատված է։", "2025-03-01", None, "hy")
    assert (a.label, a.actions[0].type, a.actions[0].jurisdiction) == ("new_action", "ban_national", "AM")
    a = analyze_article("Թիքթոքը արգելվել է Ալբանիայում", "Որոշումը կայացրել է կառավարությունը։", "2025-03-01", None, "hy")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "AL")


@pytest.mark.parametrize(
    ("title", "label"),
    [
        # a criminal case over a video posted on TikTok is about its author
        ("Ոստիկանությունը քրեական վարույթ է նախաձեռնել TikTok-ում տարածված տեսանյութի առթիվ", "not_action"),
        ("TikTok-ում տարածված տեսանյութի առթիվ քրեական վարույթ է նախաձեռնվել", "not_action"),
        # the twin: a criminal case against TikTok itself
        ("Ռուսաստանում քրեական գործ է հարուցվել TikTok-ի դեմ", "new_action"),
    ],
)
def test_criminal_case_over_a_video_is_not_against_tiktok(title: str, label: str) -> None:
    assert_label("hy", title, "Մանրամասները հայտնի չեն։", label)


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        # the police warning the public about scams on TikTok is no act against it
        ("TikTok-ի միջոցով խարդախություն. ոստիկանությունը զգուշացնում է", "Ոստիկանությունը կոչ է անում զգոն լինել։", "not_action"),
        # a minister asked to study the app's effect has ordered nothing against it
        ("Փաշինյանը հանձնարարել է ուսումնասիրել TikTok-ի ազդեցությունը երեխաների վրա", "Խումբը կներկայացնի առաջարկներ։", "not_action"),
        # the twin: a regulator's warning addressed to TikTok
        ("Ռոսկոմնադզորը TikTok-ին զգուշացում է ուղարկել", "Հարթակը պետք է հեռացնի տեսանյութերը։", "new_action"),
    ],
)
def test_warnings_and_instructions(title: str, text: str, label: str) -> None:
    assert_label("hy", title, text, label)
