"""Korean pack on phrasings written for the project (none taken from any outlet).

New acts with their jurisdiction, and hard negatives: a deadline extended by decree, a
ban the president only considers suspending, a trend piece, a ban lifted, a decision
taken after deliberation (not itself a proposal).
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    # "정부가" alone in Korean news is the Korean government
    (None, "정부가 아동 개인정보를 동의 없이 수집한 중국 SNS 틱톡에 과징금 2억원을 부과했다.", "fine_or_penalty", "KR"),
    # deliberation that ends in a decision is the decision
    (None, "방통위는 전체회의에서 논의한 뒤 틱톡에 과징금과 과태료를 부과하기로 결정했다.", "fine_or_penalty", "KR"),
    # a headline ending in "왜?" explains a decision, it does not ask whether it will come
    ("캐나다 정부, 틱톡 법인 해산 명령… 왜?", "캐나다 정부는 틱톡의 캐나다 법인에 해산 명령을 내렸다.", "business_wind_up_order", "CA"),
    ("네팔, 틱톡 사용 금지", "네팔 정부는 내각 회의에서 틱톡 사용을 금지하기로 결정했다.", "ban_national", "NP"),
    # an inspection already begun ("나섰다") stays an act
    ("개인정보위, 틱톡 조사 착수", "개인정보보호위원회가 틱톡의 국외 이전 문제에 대해 조사에 나섰다.", "investigation_opened", "KR"),
]

NOT_NEW = [
    ("트럼프, 틱톡 금지법 시행 또 유예", "트럼프 대통령은 틱톡 금지법 시행을 90일 추가 유예하는 행정명령에 서명했다."),
    ("트럼프, 틱톡 금지 중단 검토", "트럼프 당선인은 틱톡 금지를 막으려 행정명령을 검토하고 있다."),
    (None, "미국 주정부들 사이에서 틱톡을 퇴출하는 움직임이 확산되고 있다."),
    ("네팔, 틱톡 금지 조치 철회", "네팔 정부가 틱톡에 대한 금지 조치를 해제하기로 결정했다."),
    # another government named before "정부" is not Korea's: a bill only passed by one chamber
    ("미 하원, 틱톡 금지법 통과", "미국 하원이 틱톡 금지 법안을 통과시켰다. 상원 표결이 남았다."),
    # TikTok itself switching its service off as a law takes effect
    ("틱톡, 주말 미국 서비스 중단 예고", "틱톡은 금지법 시행을 앞두고 미국 내 서비스를 일시 중단할 것이라고 공지했다."),
    # an inspection announced for later is not yet opened
    ("개보위, 틱톡 약관 점검 나선다", "개인정보보호위원회는 틱톡의 광고 동의 방식을 다음 달 살펴볼 예정이라고 밝혔다."),
    (None, "방통위는 틱톡의 정보통신망법 위반 여부에 대해 조사에 나선다."),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("ko", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), NOT_NEW)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("ko", title, text, published="2025-06-01")


# Round 5: a House office notifying staff of a ban is the act (the House is not only a
# chamber voting bills), a ban "on government agencies" is a device ban, and a deadline
# pushed back by a number of days is no new act.
def test_round5_house_office_notice_is_a_device_ban() -> None:
    assert_new_action(
        "ko",
        None,
        "연방하원 사무국은 소속 의원과 보좌진에게 하원 기기에서 틱톡을 쓰지 말라고 통보했다.",
        "ban_government_devices",
        "US",
        published="2025-06-01",
    )


def test_round5_ban_on_government_agencies_is_a_device_ban() -> None:
    assert_new_action("ko", None, "호주 정부는 정부기관에 틱톡 사용을 금지했다.", "ban_government_devices", published="2025-06-01")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the House voting a bill is still a proposal
        (None, "미국 하원이 틱톡 매각 법안을 압도적 찬성으로 통과시켰다. 상원 표결이 남아 있다."),
        # a decree pushing the ban back by a number of days
        (None, "트럼프 대통령은 틱톡 금지법 시행을 60일 더 연장하는 행정명령에 서명했다고 밝혔다."),
    ],
)
def test_round5_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("ko", title, text, published="2025-06-01")


# Round 5 (second batch): states suing over harm TikTok is said to do ("틱톡이 ... 해치고
# 있다며 소송을 제기했다") are government suits, while TikTok suing stays a challenge.
def test_round5_states_suing_over_tiktok_harm_is_a_government_suit() -> None:
    text = "일리노이 등 여러 주가 틱톡이 아이들의 수면을 해치고 있다며 각 주 법원에 소송을 제기했다."
    a = analyze_article(None, text, "2025-06-01", None, "ko")
    assert a.label == "new_action", (a.label, a.actions)
    assert a.actions[0].type == "lawsuit_by_government"


def test_round5_tiktok_suing_is_still_a_challenge() -> None:
    text = "틱톡은 주 금지법이 수정헌법을 위반한다며 연방법원에 소송을 제기했다."
    assert analyze_article(None, text, "2025-06-01", None, "ko").label == "tiktok_challenges_action"


# Round 7: the company pushing back against an order is its reaction, not a new act; the
# order itself stays one.
def test_round7_company_pushing_back_is_not_a_new_act() -> None:
    assert_no_new_action("ko", "틱톡, 호주 사무소 폐쇄 명령에 반발", "회사는 법원에 이의를 제기하겠다고 밝혔다.", published="2025-06-01")


def test_round7_the_order_itself_is_still_an_act() -> None:
    assert_new_action("ko", None, "캐나다 정부는 6일 틱톡의 캐나다 법인에 해산을 명령했다.", published="2025-06-01")


# Round 7: an act "expected" to come is a threat, whatever the verb before "것으로 보인다".
def test_round7_expected_act_is_a_proposal() -> None:
    assert_label(
        "ko",
        None,
        "대통령이 이르면 다음 주 틱톡에 대한 영업금지 조치를 내릴 것으로 보인다.",
        "proposed_or_threatened",
        published="2025-06-01",
    )


# Round 7: "the Irish authority" is Ireland's regulator, not the EU.
def test_round7_irish_authority_is_ireland() -> None:
    assert_new_action(
        "ko",
        "EU, 틱톡 개인정보 처리 실태 조사 착수",
        "유럽에서 틱톡을 담당하는 아일랜드 당국이 아동 개인정보 처리에 대한 조사에 착수했다.",
        code="IE",
        published="2025-06-01",
    )


def test_a_judge_ordering_a_pause_on_an_order_blocks_it() -> None:
    assert_label(
        "ko",
        None,
        "미국 연방 지방법원 판사는 정부의 틱톡 앱 다운로드 금지 행정명령에 대해 일시중단을 명령했다.",
        "court_blocks_action",
        published="2020-09-28",
    )


def test_a_regulator_ordering_a_pause_is_its_own_order() -> None:
    assert_new_action("ko", None, "방송통신위원회는 틱톡에 서비스 일시중단을 명령했다.", published="2020-09-28")
