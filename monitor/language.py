"""Language of an article: the feed's declared language when it has one, else identified.

:func:`detect_language` returns an ISO 639-1 code. The feed's ``language`` (``fr``,
``pt-BR``) wins when set, because a feed knows what it publishes; otherwise the script
decides where it is unambiguous (Hangul is Korean, kana Japanese, Han without kana Chinese),
and py3langid's classifier decides the rest from the title and the first paragraphs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"\w", re.UNICODE)
SAMPLE_CHARS = 600  # enough for a stable guess, cheap on long pages


# Codes feeds still use for a language whose pack is filed under another code.
# Bosnian and Montenegrin in Latin script (which the identifier calls "bs") are read by the Croatian pack
ALIASES = {"fil": "tl", "in": "id", "iw": "he", "ji": "yi", "nb": "no", "nn": "no", "bs": "hr", "zh-hant": "zh", "zh-hans": "zh"}


def normalise_language(code: str | None) -> str | None:
    """``pt-BR`` → ``pt``, ``EN`` → ``en``, ``fil`` → ``tl``; ``None`` or junk → ``None``."""
    if not code:
        return None
    head = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    head = ALIASES.get(head, head)
    return head if re.fullmatch(r"[a-z]{2,3}", head) else None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    import py3langid  # imported on first use: loading its model takes a moment

    return py3langid


def detect_language(title: str | None, text: str, declared: str | None = None) -> str:
    """The article's language: ``declared`` when valid, else from its script and words."""
    hinted = normalise_language(declared)
    if hinted:
        return hinted
    sample = f"{title or ''}\n{text or ''}"[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample)) or 1
    if len(_HANGUL.findall(sample)) / letters > 0.15:
        return "ko"
    if len(_KANA.findall(sample)) / letters > 0.05:
        return "ja"
    if len(_HAN.findall(sample)) / letters > 0.2:
        return "zh"
    if not sample.strip():
        return "en"
    code, _score = _identifier().classify(sample)
    return ALIASES.get(str(code), str(code))  # Nynorsk ("nn") is read by the Norwegian pack
