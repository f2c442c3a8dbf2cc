"""Extraction in worker processes: real pages, charsets, and the time and memory budget."""

from __future__ import annotations

import codecs
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from monitor.extract import Extractor, decode_html, extract_article
from tests.fakes import hostile

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "pages"
ARTICLE = (
    "<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
    "<article><h1>{title}</h1>{body}</article><footer>©</footer></body></html>"
)
PARAGRAPHS = (
    "<p>The regulator ordered the company to stop processing the data of minors within thirty days, the ministry said on Tuesday.</p>"
    "<p>Officials said the decision followed a two-year investigation into how the application handled transfers abroad.</p>"
    "<p>The company said it would appeal the order in court and that it disagreed with the findings of the inquiry.</p>"
)


def _page(title: str, body: str = PARAGRAPHS, extra: str = "") -> str:
    return ARTICLE.format(title=title, body=body + extra)


def _real_pages(n: int) -> list[tuple[bytes, str, str]]:
    truth = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(truth)[:n]:
        html = gzip.decompress((PAGES / "html" / f"{key}.html.gz").read_bytes())
        out.append((html, truth[key]["url"], truth[key]["articleBody"]))
    return out


def test_real_pages_in_workers() -> None:
    pages = _real_pages(4)
    with Extractor(processes=2, timeout=60) as extractor:
        results = extractor.extract_many([(html, url) for html, url, _ in pages])
    for result, (_html, url, gold) in zip(results, pages, strict=True):
        assert result.ok, (url, result.error)
        first_words = " ".join(gold.split()[:6]).rstrip(".…")
        assert first_words[:30] in result.text, url


def _overlap(gold: str, got: str) -> tuple[float, float]:
    g, e = Counter(re.findall(r"\w+", gold.lower())), Counter(re.findall(r"\w+", got.lower()))
    common = sum((g & e).values())
    return common / max(1, sum(e.values())), common / max(1, sum(g.values()))


def test_fast_pass_keeps_the_quality_of_the_full_comparison_on_real_pages() -> None:
    # The fast pass is kept only when it finds enough text; on every real page with gold text
    # the result must stay as close to the gold body as trafilatura's full comparison gets
    # (0.96 / 0.96 token precision / recall when measured; bench/bench_extract.py).
    scores = [_overlap(gold, extract_article(html, url).text or "") for html, url, gold in _real_pages(181)]
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    assert len(scores) == 181
    assert precision >= 0.93 and recall >= 0.93, (precision, recall)
    assert sum(1 for p, r in scores if r == 0) <= 2


def test_short_fast_result_falls_back_to_the_full_comparison() -> None:
    # A page whose article element holds one line but whose text sits in plain divs: the fast
    # pass finds too little, and the full comparison is run instead of returning the line.
    body = "".join(f"<div class='c'>{line}</div>" for line in PARAGRAPHS.replace("<p>", "").split("</p>") if line)
    html = f"<html><body><article><p>Short teaser line about the app.</p></article>{body * 3}</body></html>"
    import trafilatura

    fast = trafilatura.bare_extraction(html, fast=True, favor_precision=True, include_tables=False)
    assert fast is not None and fast.text == "Short teaser line about the app."  # what the fast pass alone keeps
    result = extract_article(html, "https://example.org/a")
    assert result.ok and "stop processing the data of minors" in (result.text or "")


def test_light_metadata_keeps_the_text_and_reads_the_meta_tags() -> None:
    # A feed that gives the title and date spares trafilatura's search of the page for them:
    # the text is the same as with full metadata, the site name and author come from the
    # page's meta tags, and no date is guessed from the page.
    head = (
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta name="author" content="Mira Okafor">'
        '<meta property="article:published_time" content="2024-11-06T09:00:00Z">'
    )
    html = _page("Regulator orders a pause", extra="<p>The order takes effect next month, officials added in a statement.</p>")
    html = html.replace("<head>", "<head>" + head)
    full = extract_article(html, "https://example.org/a")
    light = extract_article(html, "https://example.org/a", light_metadata=True)
    assert full.ok and light.ok
    assert light.text == full.text
    assert (light.site, light.author) == ("Harbour Gazette", "Mira Okafor")
    assert full.date == "2024-11-06" and light.date is None
    for html_, url, _gold in _real_pages(12):
        assert extract_article(html_, url, light_metadata=True).text == extract_article(html_, url).text, url


@pytest.mark.parametrize(
    ("text", "encoding", "charset", "meta"),
    [
        ("Суд обязал TikTok удалить материалы", "windows-1251", "windows-1251", False),  # HTTP header only
        ("Суд обязал TikTok удалить материалы", "koi8-r", None, True),  # <meta charset> only
        ("监管机构对TikTok处以罚款", "gb18030", "gb2312", False),  # gb2312 label, gb18030 bytes
        ("监管机构对TikTok处以罚款", "gb2312", None, True),
        ("Le régulateur a infligé une amende à TikTok – « sévère »", "cp1252", "iso-8859-1", False),  # browsers read latin-1 as cp1252
        ("Die Behörde verhängt ein Bußgeld gegen TikTok", "utf-8", None, False),  # no label at all
        ("Die Behörde verhängt ein Bußgeld gegen TikTok", "latin-1", "utf-8", False),  # wrong label: falls back
        ("ٹک ٹاک پر پابندی عائد کر دی گئی", "utf-8", "iso-8859-1", False),  # servers' default label on a UTF-8 page
        ("ティックトックに制裁金", "shift_jis", None, True),
    ],
)
def test_decode_html(text: str, encoding: str, charset: str | None, meta: bool) -> None:
    head = f'<meta charset="{encoding}">' if meta else ""
    html = f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"
    assert text in decode_html(html.encode(encoding), charset)


def test_decode_html_byte_order_marks() -> None:
    html = "<html><body><p>Регулятор</p></body></html>"
    for bom, codec in [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]:
        assert "Регулятор" in decode_html(bom + html.encode(codec), "iso-8859-1")


def test_non_utf8_page_extracts_right_text() -> None:
    body = "<p>Роскомнадзор потребовал от TikTok удалить запрещённые материалы в течение суток, сообщило ведомство.</p>" * 4
    html = _page("Роскомнадзор и TikTok", body).encode("windows-1251")
    with Extractor(processes=1, timeout=60) as extractor:
        (with_header,) = extractor.extract_many([(html, "https://example.ru/a", "windows-1251")])
    assert with_header.ok and "Роскомнадзор потребовал от TikTok" in with_header.text
    direct = extract_article(decode_html(html, "windows-1251"), "https://example.ru/a")
    assert "Роскомнадзор" in direct.text


def test_a_hanging_page_is_killed_and_the_others_complete() -> None:
    pages: list[tuple[bytes | str, str | None]] = [
        (_page("Before"), "https://example.com/before"),
        (_page("Hangs", extra=hostile.HANG_MARK), "https://example.com/hang"),
        (_page("After"), "https://example.com/after"),
        (_page("Last"), "https://example.com/last"),
    ]
    with Extractor(processes=2, timeout=2, worker=hostile.marked_worker) as extractor:
        started = time.monotonic()
        results = extractor.extract_many(pages)
        elapsed = time.monotonic() - started
        assert extractor.killed == 1
        # The extractor still works after its pool was killed.
        (again,) = extractor.extract_many([(_page("Again"), "https://example.com/again")])
    assert results[1].error is not None and "timed out" in results[1].error and not results[1].ok
    assert [r.ok for r in results] == [True, False, True, True]
    assert "regulator ordered the company" in results[3].text
    assert again.ok
    assert elapsed < 2 + 15, elapsed  # the budget, plus starting worker processes twice


def test_a_page_that_is_simply_too_slow() -> None:
    # No hook: a real 3.5 MB article page on which trafilatura needs several seconds.
    with Extractor(processes=1, timeout=60) as extractor:
        (warm,) = extractor.extract_many([(_page("Warm-up"), "https://example.com/warm")])  # trafilatura imported
        assert warm.ok
        extractor.timeout = 1.0
        started = time.monotonic()
        (result,) = extractor.extract_many([(hostile.slow_page(), "https://example.com/long")])
        elapsed = time.monotonic() - started
    assert result.error is not None and "timed out" in result.error
    assert elapsed < 1.0 + 10, elapsed


def test_memory_budget() -> None:
    pages: list[tuple[bytes | str, str | None]] = [
        (_page("Hog", extra=hostile.HOG_MARK), "https://example.com/hog"),
        (_page("Fine"), "https://example.com/fine"),
    ]
    with Extractor(processes=1, timeout=30, memory_mb=768, worker=hostile.marked_worker) as extractor:
        hog, fine = extractor.extract_many(pages)
    assert hog.error is not None and "MemoryError" in hog.error, hog
    assert fine.ok


def test_no_main_text_is_a_clear_error() -> None:
    result = extract_article("<html><head><title>t</title></head><body></body></html>", "https://example.com/")
    assert not result.ok and result.error == "no main text found"


def _extract_in_daemon(queue) -> None:  # runs in a daemonic child, like a Celery prefork worker
    from monitor.extract import Extractor, in_daemon_process

    page = b"<html><body><article><p>" + b"Regulators ordered the company to close its offices. " * 20 + b"</p></article></body></html>"
    with Extractor(processes=1, timeout=30) as extractor:
        [result] = extractor.extract_many([(page, "https://example.com/a")])
    queue.put((in_daemon_process(), result.ok, result.text[:40]))


def test_extraction_works_inside_a_daemonic_process() -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_extract_in_daemon, args=(queue,), daemon=True)
    child.start()
    daemonic, ok, text = queue.get(timeout=60)
    child.join(timeout=30)
    assert daemonic is True and ok is True
    assert text.startswith("Regulators ordered the company")
