"""Placeholder while the pack engine is written."""

from __future__ import annotations

from datetime import date

from monitor.models import Analysis


def analyze_with_pack(language: str, title: str | None, text: str, published: date | None) -> Analysis:
    del language, title, text, published
    return Analysis(False, (), {}, "not_action")
