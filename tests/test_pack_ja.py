"""Japanese pack on phrasings written for the project (none taken from any outlet).

New acts of several types with their jurisdiction, and the hard negatives news in Japanese
often carries: a bill passed by one chamber, a fine that "may" come, a ban postponed by
decree, a service coming back, TikTok or its users going to court, a law named only as
"the ban law" in an article about something else.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    ("ネパール、TikTokの利用を禁止", "ネパール政府は13日の閣議で、社会の調和を乱すとしてTikTokの利用を禁止することを決めた。",
     "ban_national", "NP"),
    ("英当局、TikTokに罰金20億円",
     "英国の情報コミッショナー局は、子どもの個人情報を親の同意なく扱ったとしてTikTokに罰金を科したと発表した。",
     "fine_or_penalty", "GB"),
    (None, "米国の複数の州の司法長官は8日、若者に中毒性のある設計だとしてTikTokを相手取り訴訟を起こした。",
     "lawsuit_by_government", "US"),
    ("欧州委、TikTokの調査に乗り出す", "欧州委員会は、選挙関連の偽情報への対応が不十分だとして、TikTokの調査に乗り出した。",
     "investigation_opened", "EU"),
    (None, "アルバニア当局は、国内の通信事業者にTikTokへのアクセスを遮断するよう命じた。", "ban_national", "AL"),
]

NOT_NEW = [
    # a bill passed by one chamber only
    ("米下院、TikTok売却法案を可決", "米下院は20日、バイトダンスに米国事業の売却を迫る修正案を可決した。上院での審議が焦点となる。",
     "proposed_or_threatened"),
    # a fine that may come
    ("TikTok、欧州で巨額罰金に直面", "関係者によると、TikTokはアイルランド当局から巨額の罰金を科される可能性がある。",
     "proposed_or_threatened"),
    ("EU、TikTok禁止の可能性排除せず", "欧州委員長は、TikTokの域内での禁止の可能性を否定しなかった。", "proposed_or_threatened"),
    # a probe announced for later
    ("韓国当局、TikTokを調査へ", "当局者は、TikTokが広告配信で法律に違反した疑いがあり、近く調査を開始すると述べた。",
     "proposed_or_threatened"),
    # a call for a probe
    (None, "米上院議員2人は、連邦取引委員会にTikTokのデータ管理を調査するよう求める書簡を送った。", "proposed_or_threatened"),
    # TikTok goes to court
    (None, "TikTokの運営企業は、州の禁止法の差し止めを求めて連邦地裁に提訴した。", "tiktok_challenges_action"),
    ("TikTok、新法は違憲と主張", "TikTokは、事業売却を迫る新法は違憲だと主張し、法廷で争う考えを示した。", "tiktok_challenges_action"),
]

NOT_ACTION = [
    # a ban postponed or lifted, a service coming back
    ("大統領、TikTok禁止法の施行を再び延期", "大統領はTikTok禁止法の施行を90日間延長する大統領令に署名した。"),
    (None, "大統領は司法長官に対し、TikTok禁止法の執行を75日間停止するよう指示する大統領令に署名した。"),
    ("TikTok、米国でサービス再開", "米国で一時ブロックされていたTikTokは、半日ほどで復旧した。"),
    # users, not a government, go to court
    ("クリエーターら、州司法長官を提訴", "TikTokのクリエーターらは、州のTikTok禁止法は表現の自由を侵害するとして州司法長官を提訴した。"),
    # the ban law named as background to something else
    (None, "投資家らは売却の承認取り消しを求めている。TikTokのサービスを禁止する法律に反すると主張している。"),
    # an explainer
    ("各国のTikTok禁止の動向まとめ", "TikTokを禁止する国が増えている。インドは全面的に禁止した。"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("ja", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_stage_other_than_new(title: str | None, text: str, label: str) -> None:
    assert_label("ja", title, text, label, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), NOT_ACTION)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("ja", title, text, published="2025-06-01")


def test_round3_state_suing_over_tiktok_conduct_is_a_government_suit() -> None:
    # "TikTokが…として提訴": TikTok is the accused inside the clause, the state is the plaintiff
    assert_new_action(
        "ja", "米ユタ州、TikTokを訴える", "ユタ州は、TikTokが子どもを中毒にさせているとして州裁判所に提訴した。", "lawsuit_by_government"
    )


def test_round3_tiktok_suing_is_still_a_challenge() -> None:
    assert_label("ja", "TikTok、禁止法の差し止め求め連邦裁に提訴", "同社は言論の自由の侵害だと主張している。", "tiktok_challenges_action")


def test_round3_issued_phones_make_a_device_ban() -> None:
    assert_new_action(
        "ja",
        "英政府、閣僚の端末でTikTok使用禁じる",
        "政府支給の携帯電話でのアプリの使用を即時禁止すると発表した。",
        "ban_government_devices",
    )


def test_round3_inspection_is_an_investigation() -> None:
    assert_new_action(
        "ja",
        "ベトナム、TikTokを全面検査",
        "ベトナム情報通信省は来月、同社の国内事業について全面的な検査を実施すると発表した。",
        "investigation_opened",
    )


# Round 4: lawmakers cannot ban by themselves: '議員は…禁止' is a proposal; a ministry's ban
# is still an act.
def test_round4_lawmakers_ban_is_a_proposal() -> None:
    assert_label("ja", "韓国の議員は、TikTokなどのアプリの悪用を禁止", "与党は来月にも方針をまとめる。", "proposed_or_threatened")


def test_round4_ministry_ban_still_an_act() -> None:
    assert_new_action("ja", "ネパール政府、TikTokを禁止", "政府は閣議でTikTokの禁止を決定した。")


# Round 5: an explainer saying there is no plan to ban the app is no act; a ban decided
# by a ministry stays one.
def test_round5_no_plan_to_ban_is_not_an_act() -> None:
    assert_no_new_action("ja", None, "政府関係者によると、国内でTikTokの利用を禁止する予定は当分ない。")


def test_round5_ban_decided_is_still_an_act() -> None:
    assert_new_action("ja", "ネパール政府、TikTokを禁止", "ネパール政府は閣議でTikTokの利用を禁止すると決定した。", code="NP")


# Round 6: a list of "countries that banned TikTok" is an explainer, not news; a single new ban stays an act.
def test_round6_country_list_is_not_news() -> None:
    assert_no_new_action("ja", "TikTokを禁止している国はどこ?", "インドは2020年にTikTokを禁止した。", published="2025-06-01")


def test_round6_single_ban_still_an_act() -> None:
    assert_new_action("ja", None, "ネパール政府は13日、TikTokの利用を禁止すると決定した。", published="2025-06-01")


# Round 7: a decree revoked is no new act; a decree issued stays one.
def test_round7_revoked_decree_is_not_an_act() -> None:
    a = analyze_article(
        None,
        "大統領は5日、前政権が出した動画アプリTikTokの利用を禁じる大統領令を撤回した。代わりに商務省にリスクの検証を指示した。",
        "2025-06-05",
        None,
        "ja",
    )
    assert not a.new_action, a
    b = analyze_article("米、TikTok禁止令を取り消し", "大統領は前政権の措置を見直した。", "2025-06-05", None, "ja")
    assert not b.new_action, b


def test_round7_decree_issued_is_still_an_act() -> None:
    assert_new_action("ja", None, "トランプ大統領は6日、TikTokとの取引を禁じる大統領令に署名した。", published="2025-06-07")


# Round 7: TikTok's own step after a ban, an explainer asking whether a ban will come, and
# "why it cannot be banned" are no new acts.
def test_round7_own_step_after_ban_is_not_an_act() -> None:
    assert_no_new_action("ja", "TikTok、政府の禁止後に通販機能を停止", "同社は現地の規則に従うと説明した。", published="2025-06-01")


@pytest.mark.parametrize(
    "title",
    ["TikTokは近く禁止される?各国の規制を解説", "なぜ日本ではTikTokを禁止できないのか", "TikTokを締め出した国々のリスト"],
)
def test_round7_question_and_explainer_headlines(title: str) -> None:
    assert_no_new_action("ja", title, "短い動画アプリは若者に人気がある。", published="2025-06-01")


# Round 7: staff barred from using the app is a device ban; a US federal appeals court is the US.
def test_round7_staff_use_ban_is_a_device_ban() -> None:
    assert_new_action(
        "ja", None, "欧州委員会は23日、職員が業務でTikTokを使用することを禁止した。", "ban_government_devices", "EU", published="2025-06-01"
    )


def test_round7_justice_department_suit_is_federal() -> None:
    assert_new_action(
        "ja",
        None,
        "アメリカ司法省は、子どものデータを違法に集めたとしてカリフォルニア州の連邦地方裁判所にTikTokを相手取り訴訟を起こした。",
        "lawsuit_by_government",
        "US",
        published="2025-06-01",
    )
