"""Turning an article into clean sentences: the title, then the body in reading order.

Extracted news text carries furniture that misleads a sentence-level detector: the
headline repeated as the first line, photo captions ("... (Photo by X/Getty Images)"),
bylines, datelines ("TORONTO — (AP) —", "KABUL:"), timestamps and share widgets.
:func:`split_article` drops or strips those and splits what is left into sentences,
keeping abbreviations ("U.S.", "Gov.", "Ltd.", "Jan.") and initials inside sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " "})

_ABBREVIATION_TEXT = """mr mrs ms dr prof gov sen rep reps gen lt col capt sgt st jr sr inc ltd co corp llc plc no nos vs v etc approx dept
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u d.c a.m p.m e.g i.e u.s.a n.y n.j n.h n.m n.c n.d s.c s.d r.i w.va p.r
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex
    vt va wash wis wyo mt ft pres atty supt no fig ed eds op cf ste pte"""
ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())

_CAPTION = re.compile(
    r"\((?:AP |AFP |Reuters )?Photo\b|\bPhoto(?:graph)?:|\bPhoto by\b|\bphoto illustration\b|\bGetty Images\b|\bPictures?:\s|"
    r"\bImage:\s|\bCredit:\s|\bFile photo\b|\bPHOTO:|\bIllustration:|\bAlamy\b|\bShutterstock\b|\bEPA-EFE\b|"
    r"\bSave Story\b|\bLeer en español\b|\bEstimated read time\b|\bAdvertisement\b|\bSign up for\b|\bAll rights reserved\b",
    re.IGNORECASE,
)
_CAPTION_STEMS = (
    "photo",
    "getty",
    "picture",
    "image:",
    "credit:",
    "illustration",
    "alamy",
    "shutterstock",
    "epa-efe",
    "save story",
    "leer en",
    "read time",
    "advertisement",
    "sign up for",
    "rights reserved",
)
_BOILERPLATE_LINE = re.compile(
    r"^(?:By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}(?:\s+and\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})?|By|Posted\b.*|Last Updated\b.*|"
    r"Updated\b.*|Published\b.*|\[\.\.\.\]|\W*|NEWS RELEASE:?|News Releases?|Share\b.*|Read more\b.*|Related\b.*|"
    r"Explained in 60 seconds:.*|This is a developing story.*|Dive Brief:|Dive Insight:|Key Highlights)$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^\[?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}(?:\s+\d{1,2}:\d{2}\s*[AP]M)?)\]?"
    r"(?:\s*\[.*\])?(?:\s+By\b.*)?$"
)
_DATELINE = re.compile(
    r"^(?:"
    r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*(?:\([^)]{1,40}\)\s*)?(?:[:—–]|\s-)\s*(?:\([^)]{1,30}\)\s*[—–-]+\s*)?"
    r"|\((?:[A-Z][\w .&-]{1,30})\)\s*[—–-]?\s*"
    r"|[A-Z][a-z]+ \d{1,2} \((?:Reuters|AP|AFP|Bloomberg)\)\s*[—–-]\s*"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?\.-\s*"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\s*[—–-]\s*\([^)]{1,40}\)\s*"
    r")"
)
_BOUNDARY = re.compile(r"([.!?]+)([\"')\]]*)(\s+)(?=[\"'(\[]?[A-Z0-9])|([a-z]{3,}[.!?])(?=[A-Z](?:[a-z]{2,}|\s))|(\s+[•·▪]\s+)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article."""

    text: str
    index: int  # order in the article (title sentences first)
    body_index: int  # order among body sentences; -1 for the title
    paragraph: int  # paragraph number (-1 for the title)
    is_title: bool


def normalize(text: str) -> str:
    """Straight quotes and plain spaces (same length: offsets are kept)."""
    return text.translate(_QUOTES)


def _norm_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _dateline_end(paragraph: str) -> int:
    """Where a leading dateline such as ``TORONTO — (AP) —`` ends (0 when there is none, or
    when the paragraph is little more than the dateline)."""
    m = _DATELINE.match(paragraph)
    return m.end() if m and m.end() < len(paragraph) - 20 else 0


def strip_dateline(paragraph: str) -> str:
    """Remove a leading dateline such as ``TORONTO — (AP) —`` or ``(Bloomberg) —``."""
    end = _dateline_end(paragraph)
    return paragraph[end:].lstrip() if end else paragraph


def dateline(text: str) -> str:
    """The dateline of the article's first paragraph of news ("WEST LAFAYETTE, Ind. —"), or ""."""
    for raw in normalize(text).split("\n"):
        line = raw.strip()
        if line and not is_furniture(line):
            return line[: _dateline_end(line)]
    return ""


def is_furniture(line: str) -> bool:
    """Captions, bylines, timestamps and widgets: lines that carry no news."""
    s = line.strip()
    if not s:
        return True
    if _BOILERPLATE_LINE.match(s) or _DATE_LINE.match(s):
        return True
    low = s.lower()
    if any(stem in low for stem in _CAPTION_STEMS) and _CAPTION.search(s):
        return True
    words = s.split()
    # slugs, section labels and lone names ("tiktok-coo-steps-down", "Bytedance")
    return len(words) <= 3 and not re.search(r"[.!?\"]$", s)


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, keeping abbreviations and initials."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(4):  # "app.A number" (missing space after a full stop)
            cut = m.end()
            nxt = m.end()
        elif m.group(5):  # bullet
            cut = m.start()
            nxt = m.end()
        else:
            before = _WORD_BEFORE.search(text, 0, m.start())
            word = before.group(1).lower().rstrip(".") if before else ""
            if m.group(1) == "." and not m.group(2):
                if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
                if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):  # U.S, e.g
                    continue
            cut = m.end(2) if m.group(2) else m.end(1)
            nxt = m.end()
        piece = text[start:cut].strip()
        if piece:
            out.append(piece)
        start = nxt
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_article(title: str | None, text: str) -> list[Sentence]:
    """Title sentences then body sentences, with furniture removed."""
    sentences: list[Sentence] = []
    title_keys: set[str] = set()
    if title and title.strip():
        t = normalize(title.strip())
        title_keys.add(_norm_key(t))
        for piece in split_sentences(t):
            sentences.append(Sentence(piece, len(sentences), -1, -1, True))
    body_index = 0
    paragraph_no = 0
    seen: set[str] = set()
    captions: list[str] = []
    for raw in normalize(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        key = _norm_key(line)
        if key in title_keys or key in seen:  # headline repeated, standfirst repeated
            continue
        if is_furniture(line):
            if len(line.split()) > 12 and _CAPTION.search(line):
                captions.append(line)
            continue
        seen.add(key)
        line = strip_dateline(line)
        line = line.replace("[...]", " ").strip()
        for piece in split_sentences(line):
            if len(piece) < 3:
                continue
            sentences.append(Sentence(piece, len(sentences), body_index, paragraph_no, False))
            body_index += 1
        paragraph_no += 1
    if body_index == 0 and captions:
        # a page whose only text is a news photo's caption ("FILE - ... Regulators fined TikTok on Friday ...
        # (AP Photo/File)"): the caption, less its credit, is all the news there is
        for line in captions:
            line = _CAPTION_CREDIT.sub("", _FILE_PREFIX.sub("", line)).strip()
            for piece in split_sentences(line):
                if len(piece) >= 3:
                    sentences.append(Sentence(piece, len(sentences), body_index, paragraph_no, False))
                    body_index += 1
            paragraph_no += 1
    return sentences


_FILE_PREFIX = re.compile(r"^(?:FILE|FILE PHOTO)\s*[-–—:]\s*")
_CAPTION_CREDIT = re.compile(r"\s*\((?:AP |AFP |Reuters )?Photo[^)]*\)\s*$|\s*\((?:[A-Z][\w.]*\s*){1,4}/[^)]*\)\s*$", re.IGNORECASE)
