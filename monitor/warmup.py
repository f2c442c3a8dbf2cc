"""Imported once by the extraction fork server (``Extractor(preload=...)``): the pipeline and the
analyzer's knowledge are loaded there, so every worker process forked from it, in every
cycle of a long-running ``monitor run``, starts warm instead of loading them again.

Much of it is lazy (trafilatura and its date parsing, the language identifier's model):
one page of each kind goes through the worker's own function here, so it is loaded too.
"""

from monitor.models import Entry
from monitor.pipeline import analyze_page

_PARAGRAPH = "<p>The government banned TikTok on Monday, the ministry said in a statement.</p>"
_PAGE = (
    "<html><head><title>TikTok banned</title></head><body><article><h1>TikTok banned</h1>"
    "<p class='date'>Published 4 November 2024, 10:30</p>{body}</article></body></html>"
)
for _url, _body in (
    ("https://example.org/warm-up", _PARAGRAPH * 12),  # English, the article long enough for the fast pass
    ("https://example.org/court", "<p>Court.</p>"),  # too short: the full comparison runs
    ("https://example.org/unknown", "<p>Le gouvernement a interdit TikTok lundi, a indiqué le ministère.</p>" * 3),
):
    _entry = Entry(feed="warm-up", url=_url, canonical_url=_url, title="", summary="", published=None)
    analyze_page(_PAGE.format(body=_body), _url, _entry)  # no declared language: the identifier runs

# every language pack too: a worker forked from here reads any language without loading one
from monitor.packs import available_languages, load_pack  # noqa: E402

for _language in sorted(available_languages()):
    load_pack(_language)
