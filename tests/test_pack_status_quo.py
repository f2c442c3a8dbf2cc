"""Four kinds of article about the status quo, read alike by every language pack.

A government keeping, maintaining or extending its own ban takes no new act; a fact-check, a rumour or a
denial is no act; someone asking a court or a government to stop or delay a ban is not the ban; and users or
creators fined, arrested or barred are no act against the app. The controls stay new acts. The cases are in
``tests/concept_cases/status_quo_*``.
"""

from __future__ import annotations

import pytest

from tests.concept_cases import (
    status_quo_africa,
    status_quo_asia,
    status_quo_north,
    status_quo_romance,
    status_quo_slavic,
    status_quo_south,
)
from tests.pack_cases import all_groups, assert_label, assert_new_action, assert_no_act

GROUPS = (status_quo_romance, status_quo_north, status_quo_slavic, status_quo_asia, status_quo_south, status_quo_africa)


@pytest.mark.parametrize(("lang", "title", "text", "label"), all_groups(GROUPS, "KEPT", labelled=True))
def test_a_government_keeping_its_ban_is_no_new_act(lang: str, title: str, text: str, label: str | None) -> None:
    assert_no_act(lang, title, text, label, ("not_action", "background_only"))


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "FACT_CHECKS"))
def test_a_fact_check_rumour_or_denial_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "label"), all_groups(GROUPS, "ASKS_TO_STOP", labelled=True))
def test_asking_to_stop_or_delay_a_ban_is_no_new_act(lang: str, title: str, text: str, label: str | None) -> None:
    assert_no_act(lang, title, text, label, ("not_action", "proposed_or_threatened", "tiktok_challenges_action"))


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "USERS"))
def test_users_or_creators_punished_is_no_act_against_the_app(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), all_groups(GROUPS, "ACTS"))
def test_the_real_acts_stay_new_acts(lang: str, title: str, text: str, type_: str | None, code: str | None) -> None:
    assert_new_action(lang, title, text, type_, code)


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "UPHELD"))
def test_a_court_upholding_a_ban_is_a_new_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)
