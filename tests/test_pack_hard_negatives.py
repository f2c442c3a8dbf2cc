"""Six kinds of hard negative, and the real acts beside them, read alike by every language pack.

Talk about a ban and a ban with no reason or plan behind it are no act (or at most a proposal); a bill
only introduced or debated and an act only considered, prepared or studied are proposals; a court putting a
ban on hold blocks it; accounts, channels or videos blocked on TikTok are no act against the app. The
controls (a national ban, a fine or an investigation, a ban on government devices, a court upholding a ban)
stay new acts of the right type and jurisdiction. The cases are in ``tests/concept_cases/hard_negatives_*``.
"""

from __future__ import annotations

import pytest

from tests.concept_cases import (
    hard_negatives_africa,
    hard_negatives_asia,
    hard_negatives_north,
    hard_negatives_romance,
    hard_negatives_slavic,
    hard_negatives_south,
)
from tests.pack_cases import all_groups, assert_label, assert_new_action, assert_no_act

GROUPS = (
    hard_negatives_romance,
    hard_negatives_north,
    hard_negatives_slavic,
    hard_negatives_asia,
    hard_negatives_south,
    hard_negatives_africa,
)
NO_ACT = ("not_action", "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "title", "text", "label"), all_groups(GROUPS, "TALK", labelled=True))
def test_talk_about_a_ban_is_no_act(lang: str, title: str, text: str, label: str | None) -> None:
    assert_no_act(lang, title, text, label, NO_ACT)


@pytest.mark.parametrize(("lang", "title", "text", "label"), all_groups(GROUPS, "NO_REASON", labelled=True))
def test_no_reason_no_plan_or_unlikely_is_no_act(lang: str, title: str, text: str, label: str | None) -> None:
    assert_no_act(lang, title, text, label, NO_ACT)


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "BILLS"))
def test_a_bill_to_ban_only_introduced_or_debated_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "CONSIDERING"))
def test_an_act_considered_prepared_or_studied_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "ON_HOLD"))
def test_a_court_putting_a_ban_on_hold_blocks_it(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "court_blocks_action")


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "ACCOUNTS"))
def test_accounts_channels_or_videos_on_tiktok_are_not_the_app(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), all_groups(GROUPS, "ACTS"))
def test_the_real_acts_stay_new_acts(lang: str, title: str | None, text: str, type_: str | None, code: str) -> None:
    assert_new_action(lang, title, text, type_, code)


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "UPHELD"))
def test_a_court_upholding_a_ban_is_a_new_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)
