"""Acts in TikTok's favour and acts against others, read alike by every language pack.

A reprieve, a delay or a deal in TikTok's favour is no act against it, and nor is an act against another
company, or against content posted on TikTok, that names TikTok. The controls (bans, suspensions of the app,
fines, orders to sell, suspensions of TikTok Shop as regulatory orders) stay new acts of the right type and
jurisdiction. The cases are in ``tests/concept_cases/favours_*``.
"""

from __future__ import annotations

import pytest

from tests.concept_cases import favours_africa, favours_asia, favours_north, favours_romance, favours_slavic, favours_south
from tests.pack_cases import all_groups, assert_label, assert_new_action

GROUPS = (favours_romance, favours_north, favours_slavic, favours_asia, favours_south, favours_africa)


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "REPRIEVES"))
def test_a_reprieve_delay_or_deal_in_tiktoks_favour_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text"), all_groups(GROUPS, "OTHER_TARGETS"))
def test_an_act_against_another_company_or_content_naming_tiktok_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), all_groups(GROUPS, "ACTS"))
def test_the_real_acts_stay_new_acts(lang: str, title: str | None, text: str, type_: str | None, code: str) -> None:
    assert_new_action(lang, title, text, type_, code)
