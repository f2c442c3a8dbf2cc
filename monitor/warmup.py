"""Imported once by the extraction fork server (``Extractor(preload=...)``): the pipeline and the
analyzer's knowledge are loaded there, so every worker process forked from it, in every
cycle of a long-running ``monitor run``, starts warm instead of loading them again."""

from monitor.extract import extract_article
from monitor.pipeline import article_findings

# trafilatura is imported on first use and sets itself up lazily: do both here, once
_PAGE = "<html><body><article><h1>TikTok banned</h1>" + "<p>The government banned TikTok on Monday, the ministry said.</p>" * 12
extract_article(_PAGE + "</article></body></html>", "https://example.org/warm-up")

article_findings("TikTok banned", "The government banned TikTok on Monday.", None, None, "en")

# every language pack too: a worker forked from here reads any language without loading one
from monitor.packs import available_languages, load_pack  # noqa: E402

for _language in sorted(available_languages()):
    load_pack(_language)
