"""Assertions shared by the language-pack tests (``tests/test_pack_*.py``, ``tests/test_packs_*.py``).

Each language file keeps its own cases (``NEW``, ``NOT_NEW``, ``TWINS`` …) and its own parametrized
tests; the bodies of those tests call the functions here, which say in their failure message which
language, which article, what was expected and what came. An expectation given as ``None`` is not
checked, so one function serves a test that checks only the place, or only the type.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

import py3langid

from monitor.analyze import analyze_article
from monitor.language import detect_language
from monitor.models import Analysis
from monitor.pack_engine import split_lead
from monitor.packs import Pack, load_pack

DATE = "2025-03-01"  # the publication date most cases are read on


def _article(lang: str, title: str | None, text: str) -> str:
    """The case as a failure message names it: its language and its headline (or its lead)."""
    return f"[{lang}] {title!r}" if title else f"[{lang}] lead {text!r}"


def _found(a: Analysis) -> str:
    """What the analysis found, for a failure message."""
    actions = "; ".join(f"{x.type} in {x.jurisdiction} by {x.actor!r} ({x.stage})" for x in a.actions)
    return f"label {a.label!r}, actions: {actions or 'none'}"


def assert_new_action(
    lang: str,
    title: str | None,
    text: str,
    type_: str | None = None,
    code: str | None = None,
    *,
    actor: str | None = None,
    stage: str | None = None,
    published: str = DATE,
) -> Analysis:
    """The article is news of a new act, and its first action has this type, jurisdiction, actor and stage
    (each one given as ``None`` is not checked)."""
    a = analyze_article(title, text, published, None, lang)
    case = _article(lang, title, text)
    assert a.label == "new_action" and a.new_action and a.actions, f"{case}: expected a new action, got {_found(a)}"
    first = a.actions[0]
    got = {"type": first.type, "jurisdiction": first.jurisdiction, "actor": first.actor, "stage": first.stage}
    wanted = {"type": type_, "jurisdiction": code, "actor": actor, "stage": stage}
    checked = {field: value for field, value in wanted.items() if value is not None}
    assert checked == {field: got[field] for field in checked}, f"{case}: expected {checked}, got {got}; {_found(a)}"
    return a


def assert_label(lang: str, title: str | None, text: str, label: str, *, published: str = DATE) -> Analysis:
    """The article gets ``label``: how the ``NOT_NEW`` hard negatives (a proposal, a court block …) are checked."""
    a = analyze_article(title, text, published, None, lang)
    assert a.label == label, f"{_article(lang, title, text)}: expected label {label!r}, got {_found(a)}"
    assert a.new_action == (label == "new_action"), f"{_article(lang, title, text)}: new_action flag disagrees: {_found(a)}"
    return a


def assert_no_new_action(lang: str, title: str | None, text: str, *, published: str = DATE) -> Analysis:
    """The article is not news of a new act, whatever else it is."""
    a = analyze_article(title, text, published, None, lang)
    assert a.label != "new_action" and not a.new_action, f"{_article(lang, title, text)}: expected no new action, got {_found(a)}"
    return a


def assert_no_act(lang: str, title: str, text: str, label: str | None, accepted: Sequence[str]) -> Analysis:
    """The article is not news of a new act: it gets ``label`` when one is given, else one of ``accepted``."""
    if label is not None:
        return assert_label(lang, title, text, label)
    a = assert_no_new_action(lang, title, text)
    assert a.label in accepted, f"{_article(lang, title, text)}: expected one of {list(accepted)}, got {_found(a)}"
    return a


def all_groups(groups: Iterable[ModuleType], name: str, *, labelled: bool = False) -> list[tuple[Any, ...]]:
    """The list ``name`` of every module in ``groups`` (``tests/concept_cases``), one after the other.

    With ``labelled``, a case of three items gets a fourth, ``None``: it may get any of the labels its test
    accepts, where a case of four names the one it must get.
    """
    cases: list[tuple[Any, ...]] = []
    for module in groups:
        for case in getattr(module, name):
            cases.append((*case, None) if labelled and len(case) == 3 else tuple(case))
    return cases


def assert_twins(lang: str, negative: str, positive: str, code: str | None = None, *, published: str = DATE) -> None:
    """Two headlines a few words apart: ``negative`` is no new act, ``positive`` is one (in ``code`` when given)."""
    assert_no_new_action(lang, negative, "", published=published)
    assert_new_action(lang, positive, "", code=code, published=published)


def assert_identified(lang: str, title: str | None, text: str) -> None:
    """An article with no declared language is identified as ``lang``, and read by that pack."""
    identified = detect_language(title, text)
    assert identified == lang, f"{_article(lang, title, text)}: identified as {identified!r}"
    a = analyze_article(title, text, DATE)
    assert a.language == lang, f"{_article(lang, title, text)}: analyzed as {a.language!r}"


def assert_py3langid_says(lang: str, text: str) -> None:
    """py3langid alone (the identifier behind :func:`detect_language`) classifies ``text`` as ``lang``."""
    got = py3langid.classify(text)[0]
    assert got == lang, f"py3langid: expected {lang!r}, got {got!r} for {text!r}"


def load_word_pack(lang: str) -> Pack:
    """Load the pack for ``lang``, asserting that it matches whole words (``matching: word``), not substrings."""
    pack = load_pack(lang)
    assert pack.matching == "word", f"[{lang}] pack matching is {pack.matching!r}, expected 'word'"
    return pack


def assert_places(lang: str, text: str, codes: list[str]) -> None:
    """The pack reads these place codes in ``text``, in this order."""
    got = [code for _, code in load_pack(lang).find_places(text)]
    assert got == codes, f"[{lang}] places in {text!r}: expected {codes}, got {got}"


def assert_sentences(lang: str, text: str, sentences: list[str]) -> None:
    """The pack splits the lead ``text`` into exactly these sentences."""
    got = [s.text for s in split_lead(load_pack(lang), None, text)]
    assert got == sentences, f"[{lang}] sentences of {text!r}: expected {sentences}, got {got}"
