"""Vietnamese pack on phrasings written for the project (none taken from any outlet).

New acts with their jurisdiction (including the ambiguous "Anh", which is the UK only as
the actor, and a Vietnamese regulator named in a text that also says "pháp luật"), and hard
negatives: lists of countries that ban the app, a ban postponed, a fine on a user.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("Anh phạt TikTok 12,7 triệu bảng", "Cơ quan bảo vệ dữ liệu đã phạt TikTok vì dùng dữ liệu trẻ em không có sự đồng ý của cha mẹ.",
     "fine_or_penalty", "GB"),
    ("TikTok bị phạt 500 triệu đồng",
     "Ủy ban Cạnh tranh Quốc gia đã quyết định xử phạt TikTok vì vi phạm quy định của pháp luật về bảo vệ người tiêu dùng.",
     "fine_or_penalty", "VN"),
    ("Thêm một bang cấm TikTok trên thiết bị công", "Bang Maryland cấm sử dụng TikTok trên thiết bị của cơ quan nhà nước.",
     "ban_government_devices", "US-MD"),
]

NOT_NEW = [
    ("17 quốc gia cấm TikTok", "Nhiều quốc gia đã ban hành lệnh cấm đối với TikTok vì lo ngại an ninh."),
    ("Quốc gia nào đang cấm TikTok?", "Afghanistan đã cấm TikTok từ năm 2022."),
    ("Ông Trump tiếp tục hoãn lệnh cấm TikTok", "Tổng thống ký sắc lệnh hoãn thực hiện lệnh cấm TikTok thêm 90 ngày."),
    (None, "Anh Nguyễn Văn B bị xử phạt 5 triệu đồng vì đăng video sai sự thật lên TikTok."),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("vi", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), NOT_NEW)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("vi", title, text, published="2025-06-01")


# Round 5: a deadline pushed back ("lùi hạn chót") is no new act; a state ban stays one.
def test_round5_deadline_pushed_back_is_not_an_act() -> None:
    text = "Tổng thống ký sắc lệnh để ứng dụng tiếp tục hoạt động thêm 90 ngày."
    a = analyze_article("Mỹ lại lùi thời hạn cấm TikTok", text, "2025-03-01", None, "vi")
    assert a.label != "new_action", (a.label, a.actions)


def test_round5_state_ban_is_still_an_act() -> None:
    assert_new_action("vi", "Bang Texas cấm TikTok trên thiết bị nhà nước", "Thống đốc bang đã ký lệnh cấm.")


# Round 6: suspending the platform's registration is a regulatory order; restoring it is no new act.
def test_round6_registration_suspended_is_an_order() -> None:
    assert_new_action(
        "vi",
        None,
        "Bộ Truyền thông Indonesia hôm thứ Sáu đã tạm ngừng hiệu lực đăng ký của TikTok vì không nộp đủ dữ liệu.",
        "regulatory_order",
        published="2025-10-04",
    )


def test_round6_registration_restored_is_no_act() -> None:
    assert_no_new_action(
        "vi", None, "Bộ Truyền thông Indonesia đã khôi phục hiệu lực đăng ký của TikTok sau một ngày tạm ngừng.", published="2025-10-05"
    )


# Round 8: TikTok's suit reported in the progressive, a step toward a ban, a question headline
# listing countries, and the app's own on-screen notice are no new acts; real acts still are.
def test_round8_tiktok_suing_in_progressive_is_its_challenge() -> None:
    text = "TikTok đang kiện chính quyền liên bang vì đạo luật buộc công ty mẹ phải bán ứng dụng."
    a = analyze_article(None, text, "2025-03-01", None, "vi")
    assert a.label == "tiktok_challenges_action", (a.label, a.actions)


def test_round8_moving_toward_a_ban_is_a_proposal() -> None:
    assert_label(
        "vi",
        "Úc tiến gần hơn tới lệnh cấm TikTok trên điện thoại công vụ",
        "Một ủy ban của thượng viện vừa thông qua văn bản.",
        "proposed_or_threatened",
    )


def test_round8_which_countries_headline_is_an_explainer() -> None:
    assert_no_new_action("vi", "Những nước nào đã cấm TikTok?", "Ấn Độ cấm ứng dụng này từ mấy năm nay.")


def test_round8_app_notice_is_not_the_act() -> None:
    text = ("Ứng dụng không còn hiển thị trên các cửa hàng trực tuyến. "
            "Người dùng tại Mỹ mở ứng dụng sẽ thấy một thông báo rằng lệnh cấm đã được áp dụng.")
    a = analyze_article("TikTok ngừng hoạt động tại Mỹ", text, "2025-01-20", None, "vi")
    assert a.label != "new_action", (a.label, a.actions)


def test_round8_ban_decided_by_a_government_is_still_an_act() -> None:
    assert_new_action(
        "vi", "Chính phủ Albania chặn TikTok trong một năm", "Thủ tướng Rama cho biết quyết định có hiệu lực từ tuần này.", code="AL"
    )


def test_a_leader_saying_he_will_ban_is_a_pre_announcement() -> None:
    assert_label("vi", "Thủ tướng tuyên bố sẽ cấm TikTok", "Ông nói với báo giới rằng ông sẽ cấm ứng dụng này.", "proposed_or_threatened")


def test_a_will_with_a_start_date_is_an_announced_decision() -> None:
    assert_new_action(
        "vi",
        "Chính phủ Albania tuyên bố sẽ chặn TikTok từ ngày 1/3",
        "Thủ tướng Rama cho biết quyết định có hiệu lực từ ngày 1/3.",
        published="2025-02-20",
    )
