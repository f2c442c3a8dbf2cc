"""Rule matching with 10, 100 and 1,000 rules over one cycle's new documents (one ``_msearch``).

Indexes ``--docs`` synthetic article documents (10% reporting a government action) under a
fresh index prefix, then times ``monitor.rules.match_rules`` for each rule count. Rules are
varied: a query over title and text, some with ``new_action``, jurisdiction or action-type
filters. If a single ``_msearch`` fails at a rule count, that is printed, and the same rules
are timed through a batching wrapper (``--batch`` searches per request) instead. Each count is
also timed with the proposed fix: searches that return ids only, batched, then one ``_mget``
for the union of matched articles.

Needs Elasticsearch (``ELASTICSEARCH_URL``, default http://127.0.0.1:9200); deletes its
indices afterwards. Usage::

    python bench/bench_match.py [--docs 500] [--rules 10,100,1000] [--repeat 5] [--batch 100]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.errors import StoreError  # noqa: E402
from monitor.index import bulk_write  # noqa: E402
from monitor.pipeline import UNMATCHED  # noqa: E402
from monitor.rules import ARTICLE_FIELDS, MatchResult, Rule, match_rules  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from monitor.store import INDICES, make_es, setup  # noqa: E402
from tests.helpers import article_doc  # noqa: E402

WORDS = ["tiktok", "bytedance", "ban", "fine", "court", "government", "ministry", "privacy", "children", "data", "security",
         "app", "video", "creators", "regulator", "order", "law", "election", "platform", "minister"]
COUNTRIES = ["CA", "US", "GB", "FR", "DE", "IN", "PK", "KE", "NP", "JO", "BR", "AL", "SN", "VN", "AU", "NZ", "IT", "ES", "NL", "BE"]
TYPES = ["ban_national", "fine_or_penalty", "business_wind_up_order", "ban_government_devices", "investigation_opened"]


def make_docs(n: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    docs = []
    for i in range(n):
        action = i % 10 == 0
        text = " ".join(rng.choice(WORDS) for _ in range(120))
        docs.append(article_doc(f"https://outlet{i % 37}.example/story/{i}", f"Story {i}: {' '.join(rng.sample(WORDS, 6))}",
                                published=now - timedelta(minutes=i), new_action=action, label="new_action" if action else "not_action",
                                jurisdiction=rng.choice(COUNTRIES), action_type=rng.choice(TYPES), text=text))
    return docs


def make_rules(n: int, rng: random.Random) -> list[Rule]:
    rules = []
    for i in range(n):
        query = " | ".join(rng.sample(WORDS, 2)) if i % 4 else f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
        rules.append(Rule(
            name=f"rule-{i:04d}", query=query,
            new_action=True if i % 3 == 0 else None,
            jurisdictions=tuple(rng.sample(COUNTRIES, 3)) if i % 5 == 0 else (),
            action_types=(rng.choice(TYPES),) if i % 7 == 0 else (),
        ))
    return rules


def match_batched(es: Any, settings: Settings, rules: Sequence[Rule], filters: Sequence[dict[str, Any]], batch: int) -> MatchResult:
    """``match_rules`` in slices of ``batch`` rules: one ``_msearch`` per slice, results merged."""
    result = MatchResult()
    for start in range(0, len(rules), batch):
        result.hits.update(match_rules(es, settings, rules[start : start + batch], filters).hits)
    return result


def match_ids_then_mget(es: Any, settings: Settings, rules: Sequence[Rule], filters: Sequence[dict[str, Any]], batch: int,
                       size: int = 1000) -> MatchResult:
    """The proposed fix, for comparison: each rule's search returns ids only (batched
    ``_msearch``), then one ``_mget`` fetches the union of matched articles once."""
    active = [r for r in rules if r.enabled]
    ids_by_rule: dict[str, list[str]] = {}
    for start in range(0, len(active), batch):
        chunk = active[start : start + batch]
        searches: list[dict[str, Any]] = []
        for rule in chunk:
            searches.append({"index": settings.index("articles")})
            searches.append({"query": rule.query_body(filters), "size": size, "_source": False,
                             "sort": [{"published": {"order": "asc", "missing": "_last"}}]})
        response = es.msearch(searches=searches)
        for rule, answer in zip(chunk, response["responses"], strict=True):
            ids_by_rule[rule.name] = [h["_id"] for h in answer["hits"]["hits"]]
    union = sorted({i for ids in ids_by_rule.values() for i in ids})
    docs: dict[str, dict[str, Any]] = {}
    if union:
        got = es.mget(index=settings.index("articles"), ids=union, source_includes=ARTICLE_FIELDS)
        docs = {d["_id"]: dict(d["_source"], id=d["_id"]) for d in got["docs"] if d.get("found")}
    return MatchResult(hits={name: [docs[i] for i in ids if i in docs] for name, ids in ids_by_rule.items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="new documents in the cycle (default 500)")
    parser.add_argument("--rules", default="10,100,1000", help="rule counts (default 10,100,1000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per rule count; median reported (default 5)")
    parser.add_argument("--batch", type=int, default=100, help="rules per _msearch in the batching wrapper (default 100)")
    args = parser.parse_args(argv)
    rng = random.Random(42)
    settings = Settings(elasticsearch_url=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
                        index_prefix=f"benchm{uuid.uuid4().hex[:8]}")
    es = make_es(settings)
    setup(es, settings)
    try:
        docs = make_docs(args.docs, rng)
        bulk_write(es, settings.index("articles"), [(d["id"], d) for d in docs], refresh=True)
        print(f"{args.docs} new documents ({sum(1 for d in docs if d['new_action'])} with an action)")
        for n in (int(x) for x in args.rules.split(",")):
            rules = make_rules(n, rng)
            mode = "one _msearch"
            try:
                result = match_rules(es, settings, rules, [UNMATCHED])
                run = lambda rules=rules: match_rules(es, settings, rules, [UNMATCHED])  # noqa: E731
            except StoreError as exc:
                print(f"  {n} rules: match_rules failed in one _msearch: {str(exc)[:300]}")
                mode = f"batched, {args.batch} rules per _msearch"
                run = lambda rules=rules: match_batched(es, settings, rules, [UNMATCHED], args.batch)  # noqa: E731
                result = run()
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                result = run()
                times.append(time.perf_counter() - start)
            med = statistics.median(times)
            print(f"{n:5d} rules ({mode}): median {med * 1000:8.1f} ms, min {min(times) * 1000:8.1f} ms; "
                  f"{result.total()} rule-article matches; {n / med:8.0f} rules/s, {args.docs * n / med / 1e6:6.2f} M doc-rule pairs/s")
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                proposed = match_ids_then_mget(es, settings, rules, [UNMATCHED], args.batch)
                times.append(time.perf_counter() - start)
            assert proposed.total() == result.total()
            med = statistics.median(times)
            print(f"{n:5d} rules (ids per rule, {args.batch} per _msearch, one _mget): median {med * 1000:8.1f} ms, "
                  f"min {min(times) * 1000:8.1f} ms")
    finally:
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{settings.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
