"""Punjabi (Gurmukhi) pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_sentences, assert_twins

DATE = "2025-03-01"

NEW = [
    # India's 2020 order, as Punjabi outlets word it
    (
        "ਭਾਰਤ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ ਸਮੇਤ 59 ਚੀਨੀ ਐਪਸ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ",
        "ਇਲੈਕਟ੍ਰਾਨਿਕਸ ਅਤੇ ਸੂਚਨਾ ਤਕਨਾਲੋਜੀ ਮੰਤਰਾਲੇ ਨੇ ਆਈਟੀ ਐਕਟ ਦੀ ਧਾਰਾ 69ਏ ਤਹਿਤ ਇਹ ਹੁਕਮ ਜਾਰੀ ਕੀਤਾ।",
        "ban_national",
        "IN",
    ),
    ("ਕੇਂਦਰ ਸਰਕਾਰ ਨੇ ਟਿਕਟਾਕ ਨੂੰ ਬਲੌਕ ਕੀਤਾ", "ਸਰਕਾਰ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਐਪ ਦੇਸ਼ ਦੀ ਪ੍ਰਭੂਸੱਤਾ ਲਈ ਖ਼ਤਰਾ ਹੈ।", "ban_national", "IN"),
    ("ਭਾਰਤ ਵਿੱਚ ਟਿਕ ਟੌਕ ਬੈਨ", "ਕੇਂਦਰ ਨੇ ਸੋਮਵਾਰ ਰਾਤ ਨੂੰ ਐਪ ਬਲੌਕ ਕਰਨ ਦੇ ਹੁਕਮ ਦਿੱਤੇ।", "ban_national", "IN"),
    ("ਮਦਰਾਸ ਹਾਈ ਕੋਰਟ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਰੋਕ ਲਗਾਉਣ ਦਾ ਹੁਕਮ ਦਿੱਤਾ", "ਅਦਾਲਤ ਨੇ ਕੇਂਦਰ ਨੂੰ ਐਪ ਦੀ ਡਾਊਨਲੋਡਿੰਗ ਰੋਕਣ ਲਈ ਕਿਹਾ।", "ban_national", "IN"),
    ("ਨੇਪਾਲ ਵਿੱਚ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ", "ਨੇਪਾਲ ਸਰਕਾਰ ਨੇ ਕੈਬਨਿਟ ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਇਹ ਫ਼ੈਸਲਾ ਲਿਆ।", "ban_national", "NP"),
    ("ਪਾਕਿਸਤਾਨ ਵਿੱਚ ਮੁੜ ਟਿਕਟੌਕ ਬਲੌਕ", "ਪੀਟੀਏ ਨੇ ਅਸ਼ਲੀਲ ਸਮੱਗਰੀ ਕਾਰਨ ਐਪ ਬਲੌਕ ਕਰਨ ਦਾ ਹੁਕਮ ਦਿੱਤਾ।", "ban_national", "PK"),
    ("ਅਲਬਾਨੀਆ ਨੇ ਇੱਕ ਸਾਲ ਲਈ ਟਿਕਟੌਕ ਬੰਦ ਕੀਤਾ", "ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਐਡੀ ਰਾਮਾ ਨੇ ਸਕੂਲ ਵਿੱਚ ਹੋਈ ਹਿੰਸਾ ਤੋਂ ਬਾਅਦ ਇਹ ਫ਼ੈਸਲਾ ਲਿਆ।", "ban_national", "AL"),
    ("ਸੇਨੇਗਲ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਮੁਅੱਤਲ ਕੀਤਾ", "ਸਰਕਾਰ ਨੇ ਨਫ਼ਰਤੀ ਸੁਨੇਹਿਆਂ ਦੇ ਫੈਲਾਅ ਦਾ ਹਵਾਲਾ ਦਿੱਤਾ।", "ban_national", "SN"),
    # the passive, Latin words inside the sentence
    ("ਅਮਰੀਕਾ ਵਿੱਚ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ ਗਈ", "", "ban_national", "US"),
    ("Canada 'ਚ TikTok ban", "", "ban_national", "CA"),
    ("ਮੋਂਟਾਨਾ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", "ban_regional", "US-MT"),
    (
        "ਆਇਰਲੈਂਡ ਦੇ ਡਾਟਾ ਪ੍ਰੋਟੈਕਸ਼ਨ ਕਮਿਸ਼ਨ ਨੇ ਟਿਕਟੌਕ ਨੂੰ 53 ਕਰੋੜ ਯੂਰੋ ਦਾ ਜੁਰਮਾਨਾ ਲਗਾਇਆ",
        "ਰੈਗੂਲੇਟਰ ਨੇ ਕਿਹਾ ਕਿ ਕੰਪਨੀ ਨੇ ਯੂਰਪੀ ਯੂਜ਼ਰਸ ਦਾ ਡਾਟਾ ਚੀਨ ਭੇਜਿਆ।",
        "fine_or_penalty",
        "IE",
    ),
    ("ਬ੍ਰਿਟੇਨ 'ਚ ਟਿਕ-ਟੌਕ ਨੂੰ 1.27 ਕਰੋੜ ਪੌਂਡ ਦਾ ਜ਼ੁਰਮਾਨਾ", "ਸੂਚਨਾ ਕਮਿਸ਼ਨਰ ਦੇ ਦਫ਼ਤਰ ਨੇ ਬੱਚਿਆਂ ਦੇ ਡਾਟਾ ਦੀ ਦੁਰਵਰਤੋਂ ਦਾ ਦੋਸ਼ ਲਾਇਆ।", "fine_or_penalty", "GB"),
    # an EU fine over data sent to China is the Irish regulator's
    (
        "ਯੂਰਪੀ ਸੰਘ ਨੇ ਟਿਕਟੌਕ 'ਤੇ 60 ਕਰੋੜ ਯੂਰੋ ਦਾ ਜੁਰਮਾਨਾ ਠੋਕਿਆ",
        "ਯੂਰਪੀ ਵਰਤੋਂਕਾਰਾਂ ਦਾ ਡਾਟਾ ਚੀਨ ਭੇਜਣ ਦੇ ਮਾਮਲੇ ਵਿੱਚ ਇਹ ਜੁਰਮਾਨਾ ਲੱਗਿਆ।",
        "fine_or_penalty",
        "IE",
    ),
    ("ਵੈਨੇਜ਼ੁਏਲਾ ਦੀ ਸੁਪਰੀਮ ਕੋਰਟ ਨੇ ਟਿਕਟੌਕ 'ਤੇ 1 ਕਰੋੜ ਡਾਲਰ ਦਾ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "", "fine_or_penalty", "VE"),
    (
        "ਯੂਰਪੀ ਕਮਿਸ਼ਨ ਨੇ ਟਿਕਟੌਕ ਵਿਰੁੱਧ ਰਸਮੀ ਜਾਂਚ ਸ਼ੁਰੂ ਕੀਤੀ",
        "ਕਮਿਸ਼ਨ ਦੇਖੇਗਾ ਕਿ ਕੀ ਪਲੇਟਫਾਰਮ ਨੇ ਡਿਜੀਟਲ ਸੇਵਾਵਾਂ ਕਾਨੂੰਨ ਦੀ ਉਲੰਘਣਾ ਕੀਤੀ ਹੈ।",
        "investigation_opened",
        "EU",
    ),
    ("ਪੰਜਾਬ ਪੁਲਿਸ ਨੇ ਟਿਕਟੌਕ ਖ਼ਿਲਾਫ਼ ਮਾਮਲਾ ਦਰਜ ਕੀਤਾ", "ਕੰਪਨੀ 'ਤੇ ਮੰਗੀ ਗਈ ਜਾਣਕਾਰੀ ਨਾ ਦੇਣ ਦਾ ਦੋਸ਼ ਹੈ।", "investigation_opened", "IN-PB"),
    (
        "ਕੈਨੇਡਾ ਨੇ ਟਿਕਟੌਕ ਦੇ ਕਾਰੋਬਾਰਾਂ ਨੂੰ ਬੰਦ ਕਰਨ ਦਾ ਹੁਕਮ ਦਿੱਤਾ",
        "ਕੌਮੀ ਸੁਰੱਖਿਆ ਸਮੀਖਿਆ ਤੋਂ ਬਾਅਦ ਓਟਾਵਾ ਨੇ ਇਹ ਕਦਮ ਚੁੱਕਿਆ।",
        "business_wind_up_order",
        "CA",
    ),
    ("ਟੈਕਸਾਸ ਨੇ ਟਿਕਟੌਕ ਖ਼ਿਲਾਫ਼ ਮੁਕੱਦਮਾ ਦਾਇਰ ਕੀਤਾ", "ਸੂਬੇ ਦੇ ਅਟਾਰਨੀ ਜਨਰਲ ਨੇ ਬੱਚਿਆਂ ਦੀ ਨਿੱਜਤਾ ਦੀ ਉਲੰਘਣਾ ਦਾ ਦੋਸ਼ ਲਾਇਆ।", "lawsuit_by_government", "US-TX"),
    ("ਇੰਡੀਆਨਾ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਦੋ ਮੁਕੱਦਮੇ ਕੀਤੇ", "ਸੂਬੇ ਦਾ ਦੋਸ਼ ਹੈ ਕਿ ਐਪ ਖਪਤਕਾਰਾਂ ਨੂੰ ਗੁੰਮਰਾਹ ਕਰਦੀ ਹੈ।", "lawsuit_by_government", "US-IN"),
    (
        "ਬਾਈਡਨ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਵੇਚਣ ਲਈ ਮਜਬੂਰ ਕਰਨ ਵਾਲੇ ਬਿੱਲ 'ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ",
        "ਹੁਣ ਬਾਈਟਡਾਂਸ ਕੋਲ ਨੌਂ ਮਹੀਨਿਆਂ ਦਾ ਸਮਾਂ ਹੈ।",
        "law_enacted",
        "US",
    ),
    (
        "ਟਰੰਪ ਨੇ ਬਾਈਟਡਾਂਸ ਨੂੰ ਟਿਕਟੌਕ ਦਾ ਅਮਰੀਕੀ ਕਾਰੋਬਾਰ ਵੇਚਣ ਦਾ ਹੁਕਮ ਦਿੱਤਾ",
        "ਰਾਸ਼ਟਰਪਤੀ ਨੇ ਕਾਰਜਕਾਰੀ ਹੁਕਮ 'ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ।",
        "divestiture_order",
        "US",
    ),
    (
        "ਆਈਟੀ ਮੰਤਰਾਲੇ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਨੋਟਿਸ ਜਾਰੀ ਕੀਤਾ, 24 ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਮੰਗੇ",
        "ਮੰਤਰਾਲੇ ਨੇ ਕੰਪਨੀ ਨੂੰ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਜਵਾਬ ਦੇਣ ਲਈ ਕਿਹਾ।",
        "regulatory_order",
        "IN",
    ),
    ("ਬ੍ਰਿਟੇਨ ਨੇ ਸਰਕਾਰੀ ਫ਼ੋਨਾਂ 'ਤੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "ਮੰਤਰੀਆਂ ਅਤੇ ਅਧਿਕਾਰੀਆਂ ਨੂੰ ਐਪ ਹਟਾਉਣੀ ਪਵੇਗੀ।", "ban_government_devices", "GB"),
    ("ਸਰਕਾਰੀ ਮੋਬਾਈਲਾਂ ਤੋਂ ਟਿਕਟੌਕ ਹਟਾਉਣ ਦਾ ਹੁਕਮ", "ਆਸਟ੍ਰੇਲੀਆ ਸਰਕਾਰ ਨੇ ਸੁਰੱਖਿਆ ਕਾਰਨਾਂ ਕਰਕੇ ਇਹ ਨਿਰਦੇਸ਼ ਦਿੱਤਾ।", "ban_government_devices", "AU"),
    (
        "ਕੈਨੇਡਾ ਸਰਕਾਰ ਨੇ ਮੁਲਾਜ਼ਮਾਂ ਦੇ ਸਰਕਾਰੀ ਫ਼ੋਨਾਂ 'ਤੇ ਟਿਕਟੌਕ ਦੀ ਵਰਤੋਂ 'ਤੇ ਰੋਕ ਲਗਾਈ",
        "ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਸਰਕਾਰੀ ਜਾਣਕਾਰੀ ਦੀ ਸੁਰੱਖਿਆ ਲਈ ਹੈ।",
        "ban_government_devices",
        "CA",
    ),
    # under a headline about something else, a lead sentence that names who acted
    (
        "ਟਿਕਟੌਕ ਦੀਆਂ ਮੁਸ਼ਕਲਾਂ ਫਿਰ ਵਧੀਆਂ",
        "ਅਮਰੀਕਾ ਦੇ ਨਿਆਂ ਵਿਭਾਗ ਨੇ ਟਿਕਟੌਕ ਅਤੇ ਬਾਈਟਡਾਂਸ ਖ਼ਿਲਾਫ਼ ਮੁਕੱਦਮਾ ਦਾਇਰ ਕੀਤਾ ਹੈ। ਵਿਭਾਗ ਦਾ ਦੋਸ਼ ਹੈ ਕਿ ਕੰਪਨੀ ਨੇ ਬੱਚਿਆਂ ਦਾ ਡਾਟਾ ਇਕੱਠਾ ਕੀਤਾ।",
        "lawsuit_by_government",
        "US",
    ),
    # the headline says banned, the first lead sentence says whose phones
    ("ਅਮਰੀਕੀ ਸੰਸਦ ਵਿੱਚ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ", "ਸੰਸਦ ਮੈਂਬਰਾਂ ਅਤੇ ਮੁਲਾਜ਼ਮਾਂ ਦੇ ਸਰਕਾਰੀ ਫ਼ੋਨਾਂ 'ਤੇ ਹੁਣ ਇਹ ਐਪ ਨਹੀਂ ਚੱਲੇਗੀ।", "ban_government_devices", "US"),
    # a supreme court keeping a ban in force is news of the ban
    ("ਅਮਰੀਕਾ ਦੀ ਸੁਪਰੀਮ ਕੋਰਟ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਵਾਲਾ ਕਾਨੂੰਨ ਬਰਕਰਾਰ ਰੱਖਿਆ", "ਐਤਵਾਰ ਤੋਂ ਐਪ 'ਤੇ ਪਾਬੰਦੀ ਲਾਗੂ ਹੋਵੇਗੀ।", "other", "US"),
    # a headline's word order: the verb before "ਰੋਕ"
    ("ਟਿਕ-ਟੌਕ 'ਤੇ ਨੇਪਾਲ ਵਿੱਚ ਲੱਗੀ ਰੋਕ", "", "ban_national", "NP"),
    # the app stores told to take the app down
    ("ਪਾਕਿਸਤਾਨ ਨੇ ਗੂਗਲ ਅਤੇ ਐਪਲ ਨੂੰ ਟਿਕਟੌਕ ਹਟਾਉਣ ਦਾ ਹੁਕਮ ਦਿੱਤਾ", "", "ban_national", "PK"),
    # a law (not a bill) passed
    ("ਆਸਟ੍ਰੇਲੀਆ ਦੀ ਸੰਸਦ ਨੇ ਬੱਚਿਆਂ ਲਈ ਟਿਕਟੌਕ ਸਮੇਤ ਸੋਸ਼ਲ ਮੀਡੀਆ 'ਤੇ ਪਾਬੰਦੀ ਦਾ ਕਾਨੂੰਨ ਪਾਸ ਕੀਤਾ", "", "law_enacted", "AU"),
    ("ਮਲੇਸ਼ੀਆ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਲਾਇਸੈਂਸ ਲੈਣ ਦਾ ਹੁਕਮ ਦਿੱਤਾ", "", "regulatory_order", "MY"),
    # a parliament's own phones
    ("ਨਿਊਜ਼ੀਲੈਂਡ ਦੀ ਸੰਸਦ ਨੇ ਆਪਣੇ ਫ਼ੋਨਾਂ ਤੋਂ ਟਿਕਟੌਕ ਹਟਾਉਣ ਦਾ ਹੁਕਮ ਦਿੱਤਾ", "", "ban_government_devices", "NZ"),
    # TikTok says it will go to court: the act is still the news
    ("ਕੈਨੇਡਾ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਦਫ਼ਤਰ ਬੰਦ ਕਰਨ ਦਾ ਹੁਕਮ ਦਿੱਤਾ, ਕੰਪਨੀ ਨੇ ਕਿਹਾ ਉਹ ਚੁਣੌਤੀ ਦੇਵੇਗੀ", "", "business_wind_up_order", "CA"),
    # "already" in another clause is about another country
    ("ਅਮਰੀਕਾ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ, ਭਾਰਤ ਪਹਿਲਾਂ ਹੀ ਅਜਿਹਾ ਕਰ ਚੁੱਕਾ ਹੈ", "", "ban_national", "US"),
]

NOT_NEW = [
    # proposals, threats, bills, questions
    ("ਸੰਸਦ ਮੈਂਬਰਾਂ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਉਣ ਦੀ ਮੰਗ ਕੀਤੀ", "ਇਸ ਬਾਰੇ ਬਿੱਲ ਅਗਲੇ ਸੈਸ਼ਨ ਵਿੱਚ ਪੇਸ਼ ਹੋ ਸਕਦਾ ਹੈ।", "proposed_or_threatened"),
    ("ਟਰੰਪ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਉਣ ਦੀ ਧਮਕੀ ਦਿੱਤੀ", "ਰਾਸ਼ਟਰਪਤੀ ਐਪ ਨੂੰ ਬਲੌਕ ਕਰਨ ਬਾਰੇ ਵਿਚਾਰ ਕਰ ਰਹੇ ਹਨ।", "proposed_or_threatened"),
    ("ਭਾਰਤ ਤੋਂ ਬਾਅਦ ਅਮਰੀਕਾ ਵੀ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਸਕਦਾ ਹੈ", "", "proposed_or_threatened"),
    ("ਅਮਰੀਕੀ ਸੰਸਦ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਵਾਲਾ ਬਿੱਲ ਪਾਸ ਕੀਤਾ", "ਹੁਣ ਸੈਨੇਟ ਇਸ 'ਤੇ ਵੋਟ ਪਾਵੇਗੀ।", "proposed_or_threatened"),
    ("ਕੀ ਕੈਨੇਡਾ ਵੀ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਏਗਾ?", "", "proposed_or_threatened"),
    ("ਪੰਜਾਬ ਸਰਕਾਰ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਉਣ ਦੀ ਤਿਆਰੀ ਵਿੱਚ", "", "proposed_or_threatened"),
    # a plea for a ban ("ਪਾਬੰਦੀ ਲਈ"), a hearing still to come
    ("ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਈ ਵਕੀਲ ਪਹੁੰਚਿਆ ਹਾਈ ਕੋਰਟ", "", "proposed_or_threatened"),
    ("ਟਿਕਟੌਕ ਪਾਬੰਦੀ: ਸੁਪਰੀਮ ਕੋਰਟ ਵਿੱਚ ਅੱਜ ਸੁਣਵਾਈ", "", "proposed_or_threatened"),
    # lifted, extended, postponed
    ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਲੱਗੀ ਪਾਬੰਦੀ ਹਟਾ ਦਿੱਤੀ", "ਨੌਂ ਮਹੀਨਿਆਂ ਬਾਅਦ ਐਪ ਮੁੜ ਉਪਲਬਧ ਹੈ।", "not_action"),
    ("ਟਿਕਟੌਕ ਤੋਂ ਹਟੀ ਪਾਬੰਦੀ", "", "not_action"),
    ("ਅਮਰੀਕਾ ਵਿੱਚ ਟਿਕਟੌਕ ਪਾਬੰਦੀ ਦੀ ਸਮਾਂ-ਸੀਮਾ 75 ਦਿਨ ਵਧਾਈ ਗਈ", "ਟਰੰਪ ਨੇ ਕਾਰਜਕਾਰੀ ਹੁਕਮ 'ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ।", "not_action"),
    ("ਟਰੰਪ ਨੇ ਟਿਕਟੌਕ ਪਾਬੰਦੀ ਦਾ ਅਮਲ 75 ਦਿਨਾਂ ਲਈ ਮੁਲਤਵੀ ਕੀਤਾ", "", "not_action"),
    ("ਟਰੰਪ ਨੇ ਟਿਕਟੌਕ ਪਾਬੰਦੀ ਨੂੰ 90 ਦਿਨਾਂ ਲਈ ਟਾਲ ਦਿੱਤਾ", "", "not_action"),
    ("ਟਿਕਟੌਕ ਨੂੰ ਪਾਬੰਦੀ ਤੋਂ 75 ਦਿਨਾਂ ਦੀ ਹੋਰ ਮੋਹਲਤ", "", "not_action"),
    # negated, in both word orders
    ("ਸਰਕਾਰ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਨਹੀਂ ਲਗਾਏਗੀ", "ਮੰਤਰੀ ਨੇ ਸੰਸਦ ਵਿੱਚ ਕਿਹਾ ਕਿ ਅਜਿਹੀ ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ ਹੈ।", "not_action"),
    ("ਟਿਕਟੌਕ 'ਤੇ ਨਹੀਂ ਲੱਗੇਗੀ ਪਾਬੰਦੀ", "", "not_action"),
    ("ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਉਣ ਤੋਂ ਇਨਕਾਰ ਕੀਤਾ", "", "not_action"),
    # an act against another company, TikTok only named after it
    ("ਯੂਰਪੀ ਕਮਿਸ਼ਨ ਨੇ ਮੈਟਾ ਨੂੰ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "ਕਮਿਸ਼ਨ ਨੇ ਫੇਸਬੁੱਕ 'ਤੇ ਜੁਰਮਾਨਾ ਲਾਇਆ। ਟਿਕਟੌਕ 'ਤੇ ਵੀ ਨਜ਼ਰ ਹੈ।", "not_action"),
    ("ਭਾਰਤ ਵਿੱਚ ਟੈਲੀਗ੍ਰਾਮ 'ਤੇ ਪਾਬੰਦੀ", "ਸਰਕਾਰ ਨੇ ਟੈਲੀਗ੍ਰਾਮ ਨੂੰ ਬਲੌਕ ਕਰਨ ਦਾ ਹੁਕਮ ਦਿੱਤਾ। ਟਿਕਟੌਕ ਵਰਗੀਆਂ ਐਪਸ 'ਤੇ ਨਜ਼ਰ ਰੱਖੀ ਜਾ ਰਹੀ ਹੈ।", "not_action"),
    # a past ban recalled
    ("ਟਿਕਟੌਕ ਨੇ ਕ੍ਰਿਏਟਰਾਂ ਲਈ ਨਵਾਂ ਫੀਚਰ ਪੇਸ਼ ਕੀਤਾ", "2020 ਤੋਂ ਭਾਰਤ ਵਿੱਚ ਪਾਬੰਦੀਸ਼ੁਦਾ ਇਹ ਐਪ ਦੁਨੀਆ ਭਰ ਵਿੱਚ ਤੇਜ਼ੀ ਨਾਲ ਵਧ ਰਹੀ ਹੈ।", "background_only"),
    ("ਟਿਕਟੌਕ ਪਾਬੰਦੀ ਤੋਂ ਬਾਅਦ ਭਾਰਤੀ ਐਪਸ ਨੂੰ ਫਾਇਦਾ", "ਦੇਸੀ ਛੋਟੀ ਵੀਡੀਓ ਐਪਸ ਦੇ ਵਰਤੋਂਕਾਰ ਤੇਜ਼ੀ ਨਾਲ ਵਧੇ।", "background_only"),
    ("ਬਾਈਟਡਾਂਸ ਦਾ ਮੁਨਾਫ਼ਾ ਵਧਿਆ", "ਭਾਰਤ ਨੇ ਜੂਨ 2020 ਵਿੱਚ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ ਸੀ।", "background_only"),
    ("ਭਾਰਤ ਵਿੱਚ ਅਜੇ ਵੀ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਹੈ", "", "background_only"),
    ("ਭਾਰਤ ਪਹਿਲਾਂ ਹੀ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਚੁੱਕਾ ਹੈ", "", "background_only"),
    ("ਟਿਕਟੌਕ ਨੂੰ ਭਾਰਤ ਵਿੱਚ ਬੈਨ ਕਰ ਦਿੱਤਾ ਗਿਆ ਸੀ", "", "background_only"),
    ("ਟਿਕਟੌਕ 'ਤੇ ਬੈਨ ਜਾਰੀ ਰਹੇਗਾ: ਕੇਂਦਰ", "", "background_only"),
    # a court stops the act; TikTok goes to court
    (
        "ਅਦਾਲਤ ਨੇ ਮੋਂਟਾਨਾ ਵਿੱਚ ਟਿਕਟੌਕ ਪਾਬੰਦੀ 'ਤੇ ਰੋਕ ਲਗਾਈ",
        "ਫੈਡਰਲ ਜੱਜ ਨੇ ਕਿਹਾ ਕਿ ਕਾਨੂੰਨ ਬੋਲਣ ਦੀ ਆਜ਼ਾਦੀ ਦੀ ਉਲੰਘਣਾ ਕਰਦਾ ਹੈ।",
        "court_blocks_action",
    ),
    ("ਟਿਕਟੌਕ ਨੇ ਮੋਂਟਾਨਾ ਦੀ ਪਾਬੰਦੀ ਵਿਰੁੱਧ ਮੁਕੱਦਮਾ ਦਾਇਰ ਕੀਤਾ", "ਕੰਪਨੀ ਨੇ ਫੈਡਰਲ ਅਦਾਲਤ ਵਿੱਚ ਕਾਨੂੰਨ ਨੂੰ ਚੁਣੌਤੀ ਦਿੱਤੀ।", "tiktok_challenges_action"),
    ("ਟਿਕਟੌਕ ਨੇ ਕੈਨੇਡਾ ਦੇ ਹੁਕਮ ਨੂੰ ਅਦਾਲਤ ਵਿੱਚ ਚੁਣੌਤੀ ਦਿੱਤੀ", "ਕੰਪਨੀ ਨੇ ਕਿਹਾ ਕਿ ਉਸ ਨੇ ਕੋਈ ਨਿਯਮ ਨਹੀਂ ਤੋੜਿਆ।", "tiktok_challenges_action"),
    # a private suit is no government's
    ("ਤਿੰਨ ਪਰਿਵਾਰਾਂ ਨੇ ਟਿਕਟੌਕ ਖ਼ਿਲਾਫ਼ ਮੁਕੱਦਮਾ ਦਾਇਰ ਕੀਤਾ", "ਪਰਿਵਾਰਾਂ ਦਾ ਦੋਸ਼ ਹੈ ਕਿ ਐਪ ਕਾਰਨ ਬੱਚਿਆਂ ਦੀ ਮੌਤ ਹੋਈ।", "not_action"),
    # the company's own steps, police work on a clip, a case against a creator
    ("ਟਿਕਟੌਕ ਨੇ ਭਾਰਤ ਵਿੱਚ ਆਪਣਾ ਕਾਰੋਬਾਰ ਬੰਦ ਕੀਤਾ", "ਕੰਪਨੀ ਨੇ ਮੁਲਾਜ਼ਮਾਂ ਨੂੰ ਇਸ ਦੀ ਜਾਣਕਾਰੀ ਦਿੱਤੀ।", "not_action"),
    ("ਪੁਲਿਸ ਟਿਕਟੌਕ ਵੀਡੀਓ ਦੀ ਜਾਂਚ ਕਰ ਰਹੀ ਹੈ", "ਵੀਡੀਓ ਵਿੱਚ ਹਥਿਆਰ ਦਿਖਾਏ ਗਏ ਸਨ।", "not_action"),
    ("ਟਿਕਟੌਕ ਸਟਾਰ ਖ਼ਿਲਾਫ਼ ਮਾਮਲਾ ਦਰਜ", "ਨੌਜਵਾਨ ਨੇ ਸੜਕ 'ਤੇ ਖ਼ਤਰਨਾਕ ਸਟੰਟ ਦੀ ਵੀਡੀਓ ਪਾਈ ਸੀ।", "not_action"),
    ("ਜੇਲ੍ਹ ਵਿੱਚੋਂ ਟਿਕਟੌਕ ਵੀਡੀਓ ਵਾਇਰਲ, ਜਾਂਚ ਦੇ ਹੁਕਮ", "", "not_action"),
    ("ਪੁਲਿਸ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਹਥਿਆਰਾਂ ਵਾਲੀ ਵੀਡੀਓ ਪਾਉਣ ਵਾਲੇ ਨੌਜਵਾਨ ਖ਼ਿਲਾਫ਼ ਮਾਮਲਾ ਦਰਜ ਕੀਤਾ", "", "not_action"),
    # opinion, and a list of countries
    ("ਰਾਇ: ਕੀ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਸਹੀ ਹੈ?", "", "not_action"),
    ("ਕਿਹੜੇ ਦੇਸ਼ਾਂ ਵਿੱਚ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਹੈ?", "", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("pa", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("pa", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("ਨੇਪਾਲ ਸਰਕਾਰ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਉਣ ਬਾਰੇ ਵਿਚਾਰ ਕਰ ਰਹੀ ਹੈ", "ਨੇਪਾਲ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "NP"),
    ("ਪੰਜਾਬ ਸਰਕਾਰ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਸਕਦੀ ਹੈ", "ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ", "IN-PB"),
    # lifted / imposed
    ("ਪਾਕਿਸਤਾਨ ਨੇ ਟਿਕਟੌਕ ਤੋਂ ਪਾਬੰਦੀ ਚੁੱਕ ਲਈ", "ਪਾਕਿਸਤਾਨ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ", "PK"),
    ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਲੱਗਿਆ ਬੈਨ ਖ਼ਤਮ ਕੀਤਾ", "ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਬੈਨ ਕਰ ਦਿੱਤਾ", "NP"),
    # another company / TikTok
    ("ਯੂਰਪੀ ਕਮਿਸ਼ਨ ਨੇ ਐਕਸ (ਟਵਿੱਟਰ) ਵਿਰੁੱਧ ਰਸਮੀ ਜਾਂਚ ਸ਼ੁਰੂ ਕੀਤੀ", "ਯੂਰਪੀ ਕਮਿਸ਼ਨ ਨੇ ਟਿਕਟੌਕ ਵਿਰੁੱਧ ਰਸਮੀ ਜਾਂਚ ਸ਼ੁਰੂ ਕੀਤੀ", "EU"),
    ("ਆਸਟ੍ਰੇਲੀਆ ਨੇ ਟੈਲੀਗ੍ਰਾਮ ਨੂੰ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "ਆਸਟ੍ਰੇਲੀਆ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "AU"),
    # a past ban recalled (also in Gurmukhi digits) / the ban itself
    ("ਭਾਰਤ ਨੇ ੨੦੨੦ ਵਿੱਚ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ ਸੀ", "ਭਾਰਤ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "IN"),
    ("ਭਾਰਤ ਨੇ 2020 'ਚ ਟਿਕਟੌਕ ਨੂੰ ਬੈਨ ਕੀਤਾ", "ਭਾਰਤ 'ਚ ਟਿਕਟੌਕ ਨੂੰ ਬੈਨ ਕੀਤਾ ਗਿਆ", "IN"),
    # the pluperfect recalls; the perfect reports
    ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ ਸੀ", "ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ ਹੈ", "NP"),
    # a court blocks the ban / the state bans
    ("ਫੈਡਰਲ ਅਦਾਲਤ ਨੇ ਮੋਂਟਾਨਾ ਦੀ ਟਿਕਟੌਕ ਪਾਬੰਦੀ 'ਤੇ ਰੋਕ ਲਗਾਈ", "ਮੋਂਟਾਨਾ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "US-MT"),
    # TikTok appeals / the government fines
    ("ਟਿਕਟੌਕ ਨੇ ਇਟਲੀ ਦੇ ਜੁਰਮਾਨੇ ਵਿਰੁੱਧ ਅਦਾਲਤ ਵਿੱਚ ਅਪੀਲ ਕੀਤੀ", "ਇਟਲੀ ਨੇ ਟਿਕਟੌਕ ਨੂੰ 1 ਕਰੋੜ ਯੂਰੋ ਦਾ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "IT"),
    # negated / imposed
    ("ਭਾਰਤ ਸਰਕਾਰ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਨਹੀਂ ਲਗਾਏਗੀ", "ਭਾਰਤ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ ਹੈ", "IN"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("pa", negative, positive, code)


def test_named_bodies_are_the_actors() -> None:
    a = analyze_article("ਟਿਕਟੌਕ ਨੂੰ ਵੱਡਾ ਝਟਕਾ", "ਨਵੀਂ ਦਿੱਲੀ: ਕੇਂਦਰ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ ਅਤੇ 58 ਹੋਰ ਚੀਨੀ ਐਪਸ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ ਹੈ।", DATE, None, "pa")
    assert a.label == "new_action"
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Government of India")
    a = analyze_article("ਆਈਟੀ ਮੰਤਰਾਲੇ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਨੋਟਿਸ ਭੇਜਿਆ", "", DATE, None, "pa")
    assert a.actions[0].actor == "MeitY"
    # the Punjab and Haryana High Court, in the ways Punjabi outlets write it
    for court in ("ਪੰਜਾਬ ਅਤੇ ਹਰਿਆਣਾ ਹਾਈ ਕੋਰਟ ਨੇ", "ਪੰਜਾਬ-ਹਰਿਆਣਾ ਹਾਈਕੋਰਟ ਨੇ", "ਪੰਜਾਬ ਤੇ ਹਰਿਆਣਾ ਉੱਚ ਅਦਾਲਤ ਨੇ"):
        a = analyze_article(f"{court} ਟਿਕਟੌਕ ਨੂੰ ਨੋਟਿਸ ਜਾਰੀ ਕੀਤਾ", "", DATE, None, "pa")
        assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN", "Punjab & Haryana High Court"), court
    # the Punjab government (India), also named by its chief minister; Pakistani Punjab is Pakistan's
    for who in ("ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ", "ਮੁੱਖ ਮੰਤਰੀ ਭਗਵੰਤ ਮਾਨ ਨੇ"):
        a = analyze_article(f"{who} ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa")
        assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("IN-PB", "Government of Punjab"), who
    a = analyze_article("ਲਹਿੰਦੇ ਪੰਜਾਬ ਦੀ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Government of Punjab (Pakistan)")
    # "the Supreme Court" alone is India's; another country's is named with its country
    a = analyze_article("ਸੁਪਰੀਮ ਕੋਰਟ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਬਰਕਰਾਰ ਰੱਖੀ", "", DATE, None, "pa")
    assert (a.label, a.actions[0].actor) == ("new_action", "Supreme Court of India")
    a = analyze_article("ਅਮਰੀਕੀ ਸੁਪਰੀਮ ਕੋਰਟ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਵਾਲਾ ਕਾਨੂੰਨ ਬਰਕਰਾਰ ਰੱਖਿਆ", "", DATE, None, "pa")
    assert a.actions[0].actor == "US Supreme Court"
    # Pakistan's regulator and courts are not India's
    a = analyze_article("ਲਾਹੌਰ ਹਾਈ ਕੋਰਟ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Lahore High Court")
    a = analyze_article("ਪਾਕਿਸਤਾਨ ਟੈਲੀਕਮਿਊਨੀਕੇਸ਼ਨ ਅਥਾਰਟੀ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਬਲੌਕ ਕੀਤਾ", "", DATE, None, "pa")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("PK", "Pakistan Telecommunication Authority")
    # Canada's federal government and a province
    a = analyze_article("ਟਰੂਡੋ ਨੇ ਸਰਕਾਰੀ ਫ਼ੋਨਾਂ 'ਤੇ ਟਿਕਟੌਕ ਬੈਨ ਕੀਤਾ", "", DATE, None, "pa")
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "CA")
    a = analyze_article("ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ ਸਰਕਾਰ ਨੇ ਸਰਕਾਰੀ ਡਿਵਾਈਸਾਂ 'ਤੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa")
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "CA-BC")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # postpositions as words of their own, contracted with an apostrophe, or joined
        ("ਭਾਰਤ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "IN"),
        ("ਅਮਰੀਕਾ ਵਿੱਚ ਟਿਕਟੌਕ ਉੱਤੇ ਪਾਬੰਦੀ ਲਗਾਈ ਗਈ", "US"),
        ("ਅਮਰੀਕਾ'ਚ ਟਿਕਟੌਕ'ਤੇ ਪਾਬੰਦੀ ਲੱਗੀ", "US"),
        ("ਕੈਨੇਡਾ ਵਿਚ ਟਿਕਟੌਕ ਤੇ ਪਾਬੰਦੀ ਲਾਈ ਗਈ", "CA"),
        # curly apostrophes, as most outlets type them
        ("ਨੇਪਾਲ ’ਚ ਟਿਕਟੌਕ ’ਤੇ ਪਾਬੰਦੀ", "NP"),
        ("ਨੇਪਾਲੀ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "NP"),
        ("ਅਮਰੀਕੀ ਪ੍ਰਸ਼ਾਸਨ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "US"),
        ("ਬਰਤਾਨੀਆ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "GB"),
        ("ਯੂਰਪੀ ਸੰਘ ਨੇ ਟਿਕਟੌਕ ਵਿਰੁੱਧ ਜਾਂਚ ਸ਼ੁਰੂ ਕੀਤੀ", "EU"),
        ("ਆਸਟਰੇਲੀਆ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "AU"),
        # "South America" is not the United States; Indiana is not India
        ("ਦੱਖਣੀ ਅਮਰੀਕੀ ਦੇਸ਼ ਵੈਨੇਜ਼ੁਏਲਾ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਜੁਰਮਾਨਾ ਲਗਾਇਆ", "VE"),
        ("ਇੰਡੀਆਨਾ ਨੇ ਟਿਕਟੌਕ ਖ਼ਿਲਾਫ਼ ਮੁਕੱਦਮਾ ਦਾਇਰ ਕੀਤਾ", "US-IN"),
    ],
)
def test_places(title: str, code: str) -> None:
    assert_new_action("pa", title, "", code=code)


# Word matching with loose postpositions: a stem matches its suffixed forms, and never starts inside another
# word (the engine counts Gurmukhi vowel signs, tippi, bindi and addak as letters).
@pytest.mark.parametrize(
    ("title", "type_"),
    [
        ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ ਪਾਬੰਦੀ ਦਾ ਹੁਕਮ ਜਾਰੀ ਕੀਤਾ", "ban_national"),
        ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਜੁਰਮਾਨਾ ਕੀਤਾ", "fine_or_penalty"),
        ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ ਨੂੰ ਭਾਰੀ ਜੁਰਮਾਨੇ ਠੋਕੇ", "fine_or_penalty"),
        ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ ਦੀ ਜਾਂਚ ਦੇ ਹੁਕਮ ਦਿੱਤੇ", "investigation_opened"),
        ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਬੰਦੀ ਲਾਈ", "ban_national"),  # a common misspelling
        ("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਧੀ ਲਾਈ", "ban_national"),  # another
    ],
)
def test_suffixed_forms_match(title: str, type_: str) -> None:
    assert_new_action("pa", title, "", type_)


def test_a_fragment_is_not_read_inside_a_longer_word() -> None:
    # "ਬੈਨ" (ban) is not read in "ਬੈਨਰ" (a banner), nor "ਬਲਾਕ" (a block of villages) as a ban
    assert analyze_article("ਟਿਕਟੌਕ ਦੇ ਬੈਨਰ ਹੇਠ ਪ੍ਰੋਗਰਾਮ ਹੋਇਆ", "", DATE, None, "pa").label == "not_action"
    assert analyze_article("ਬਲਾਕ ਸੰਮਤੀ ਦੇ ਮੈਂਬਰ ਟਿਕਟੌਕ 'ਤੇ ਮਸ਼ਹੂਰ", "", DATE, None, "pa").label == "not_action"
    # "ਮੰਗਲਵਾਰ" (Tuesday) is no demand
    a = analyze_article("ਨੇਪਾਲ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa")
    assert a.label == "new_action", (a.label, a.actions)
    # "ਭਾਰਤ" is not read inside "ਮਹਾਭਾਰਤ"; a stem with an ending or an apostrophe is read
    places = load_pack("pa").place_patterns
    assert places is not None and places.search("ਮਹਾਭਾਰਤ ਸੀਰੀਅਲ") is None
    assert places.search("ਭਾਰਤੀ") is not None
    assert places.search("ਅਮਰੀਕਾ'ਚ") is not None


def test_nukta_spellings() -> None:
    # the fine with the nukta as a combining sign, as the precomposed letter, and without it
    for word in ("ਜ\u0a3cੁਰਮਾਨਾ", "\u0a5bੁਰਮਾਨਾ", "ਜੁਰਮਾਨਾ"):
        a = analyze_article(f"ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕ 'ਤੇ {word} ਲਗਾਇਆ", "", DATE, None, "pa")
        assert (a.label, a.actions[0].type) == ("new_action", "fine_or_penalty"), word
    # "against" in three spellings
    for word in ("ਖ\u0a3cਿਲਾਫ\u0a3c", "\u0a59ਿਲਾ\u0a5e", "ਖਿਲਾਫ"):
        a = analyze_article(f"ਯੂਰਪੀ ਕਮਿਸ਼ਨ ਨੇ ਟਿਕਟੌਕ {word} ਜਾਂਚ ਸ਼ੁਰੂ ਕੀਤੀ", "", DATE, None, "pa")
        assert (a.label, a.actions[0].type) == ("new_action", "investigation_opened"), word


def test_spellings_of_the_target() -> None:
    names = ("ਟਿਕਟੌਕ", "ਟਿਕਟਾਕ", "ਟਿੱਕਟੌਕ", "ਟਿਕ ਟੌਕ", "ਟਿਕ-ਟਾਕ", "ਟਿੱਕ-ਟੋਕ", "ਟਿਕਟੋਕ", "TikTok", "Tik Tok", "ਬਾਈਟਡਾਂਸ")
    for name in names:
        assert analyze_article(f"ਨੇਪਾਲ ਨੇ {name} 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa").label == "new_action", name
    # creators ("ਟਿਕਟੌਕਰ") are not the app
    assert analyze_article("ਨੇਪਾਲ ਨੇ ਟਿਕਟੌਕਰਾਂ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ", "", DATE, None, "pa").label == "not_action"


def test_spellings_of_app() -> None:
    for app in ("ਐਪ", "ਐਪਲੀਕੇਸ਼ਨ", "ਪਲੇਟਫਾਰਮ"):
        a = analyze_article("ਟਿਕਟੌਕ ਬਾਰੇ ਵੱਡੀ ਖ਼ਬਰ", f"ਨੇਪਾਲ ਸਰਕਾਰ ਨੇ ਇਸ {app} 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ ਹੈ।", DATE, None, "pa")
        assert a.label == "new_action", (app, a.label, a.actions)


def test_the_danda_ends_a_sentence() -> None:
    text = "ਕੇਂਦਰ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ।ਇਹ ਫ਼ੈਸਲਾ ਸੋਮਵਾਰ ਨੂੰ ਲਿਆ ਗਿਆ। ਕੰਪਨੀ ਨੇ ਜਵਾਬ ਦੇਣ ਦੀ ਗੱਲ ਕਹੀ."
    assert_sentences(
        "pa",
        text,
        [
            "ਕੇਂਦਰ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ।",
            "ਇਹ ਫ਼ੈਸਲਾ ਸੋਮਵਾਰ ਨੂੰ ਲਿਆ ਗਿਆ।",
            "ਕੰਪਨੀ ਨੇ ਜਵਾਬ ਦੇਣ ਦੀ ਗੱਲ ਕਹੀ.",
        ],
    )


def test_punjabi_is_identified() -> None:
    assert_identified("pa", "ਭਾਰਤ ਸਰਕਾਰ ਨੇ ਟਿਕਟੌਕ ਸਮੇਤ 59 ਚੀਨੀ ਐਪਸ 'ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ ਹੈ", "")
