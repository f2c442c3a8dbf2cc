"""Chinese pack (Simplified and Traditional) on phrasings written for the project.

None is taken from any outlet. New acts with their jurisdiction, and the hard negatives
Chinese news often carries: a bill passed by a legislature awaiting signature, a suit filed
by a government against TikTok (not TikTok's challenge), users suing, a suit TikTok only
announces, a fine only possible, explainers, an act against another app.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("加拿大下令关停TikTok当地业务，TikTok称将起诉",
     "加拿大政府周三以国家安全为由，下令解散TikTok在加拿大的子公司。", "business_wind_up_order", "CA"),
    (None, "加拿大政府基於國家安全考慮，發布命令要求TikTok在加拿大的業務停止運營。", "business_wind_up_order", "CA"),
    ("美国司法部起诉TikTok", "美国司法部周五对TikTok及其母公司字节跳动提起诉讼，指控其违反儿童隐私法。",
     "lawsuit_by_government", "US"),
    ("台灣公部門禁用抖音", "行政院宣布，公務人員不得在公務設備上使用抖音。", "ban_government_devices", "TW"),
    ("阿尔巴尼亚宣布开始禁TikTok", "阿尔巴尼亚当局表示，将在一周内关闭TikTok。", "ban_national", "AL"),
]

NOT_NEW = [
    # a bill passed, not yet signed
    ("州議會通過法案全面禁TikTok", "美國某州議會通過法案禁止TikTok，一旦州長簽署，禁令明年生效。", "proposed_or_threatened"),
    (None, "某州立法者周五通过禁止TikTok的法案，目前将提交给州长签署。", "proposed_or_threatened"),
    # a fine that may come
    (None, "TikTok预留资金，以应对欧洲可能的罚款。", "proposed_or_threatened"),
    # TikTok goes to court
    ("TikTok起诉美国政府", "TikTok周二向联邦法院提起诉讼，称剥离法案违宪。", "tiktok_challenges_action"),
]

NOT_ACTION = [
    # users, not TikTok nor a government, go to court
    ("五名用户提起诉讼", "数名TikTok用户在州法院提起诉讼，试图阻止新法生效。"),
    # explainers
    ("TikTok禁令：你需要知道的一切", "多个国家已经禁止TikTok。印度于2020年禁止了该应用。"),
    ("各国禁止TikTok现状追踪", "超过30个国家对TikTok实施了全面或部分禁令。"),
    # the act is against another app
    (None, "内政部宣布封锁小红书一年。TikTok目前不受影响。"),
    # a deadline extended
    ("川普再度延长TikTok禁令期限", "川普签署行政命令，将TikTok禁令的执行期限延长90天。"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("zh", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_stage_other_than_new(title: str | None, text: str, label: str) -> None:
    assert_label("zh", title, text, label, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), NOT_ACTION)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("zh", title, text, published="2025-06-01")


def test_round3_state_accusing_tiktok_is_a_government_suit() -> None:
    assert_new_action("zh", "俄亥俄州控TikTok誘使兒童沉迷 提告求償", "州檢察長表示，將要求法院判處罰款。", "lawsuit_by_government")


def test_round3_uninstall_order_is_a_device_ban() -> None:
    assert_new_action("zh", "白宮限政府機構30日內卸載TikTok", "所有聯邦設備都不得再保留這款應用。", "ban_government_devices")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the lower house alone, abbreviated as in Hong Kong and Taiwan headlines
        ("美眾院通過議案 要求字節跳動出售TikTok", "議案將交由參議院審議。"),
        # officials backing another state's ban in court are not acting themselves
        ("多州檢察長聯名支持某州禁用TikTok", "他們敦促法院駁回相關訴訟。"),
        # a framework deal between governments
        ("美中就TikTok達成框架共識 不賣就禁或有轉機", "具體協議仍待兩國元首通話確認。"),
    ],
)
def test_round3_not_a_new_act(title: str, text: str) -> None:
    assert_no_new_action("zh", title, text)


# Round 5: short headline bans naming who may no longer use the app ("禁公務員用"),
# devices of public bodies, and US states named in Chinese.
@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        ("美國馬里蘭州禁政府設備用TikTok", "州長下令各機關即日起刪除該應用程式。", "US-MD"),
        ("南卡州禁公務員用抖音", "州政府表示，違者將依規定懲處。", "US-SC"),
        (None, "威斯康辛州州長下令，禁止在公用機構電話上使用TikTok。", "US-WI"),
    ],
)
def test_round5_state_device_bans(title: str | None, text: str, code: str) -> None:
    assert_new_action("zh", title, text, "ban_government_devices", code)


def test_round5_state_planning_a_ban_is_a_proposal() -> None:
    assert_no_new_action("zh", None, "北卡州州長辦公室表示，計劃下令禁止公務員在政府設備上使用TikTok。")


@pytest.mark.parametrize(
    ("title", "text", "type_", "code"),
    [
        # a state governor acts for the state even when the President is named before him
        ("川普批評聲浪下 加州州長下令審查TikTok", "州長辦公室表示，已啟動審查，以確定該平台是否違反州法。",
         "investigation_opened", "US-CA"),
        ("明尼蘇達州起訴TikTok", "明尼蘇達州檢察長周二在州法院對該公司提起訴訟，指其讓青少年成癮。",
         "lawsuit_by_government", "US-MN"),
        (None, "佛州州长周一宣布，州政府设备一律不得安装TikTok。", "ban_government_devices", "US-FL"),
    ],
)
def test_round8_state_actors(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("zh", title, text, type_, code, published="2025-06-01")


def test_round8_mississippi_river_is_no_state() -> None:
    assert_no_new_action("zh", None, "密西西比河畔的小镇居民热衷于在抖音上分享生活。", published="2025-06-01")
