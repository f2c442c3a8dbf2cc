"""Rule matching with 10, 100 and 1,000 rules over one cycle's new documents.

Indexes ``--docs`` synthetic article documents (10% reporting a government action) under a
fresh index prefix, then times ``monitor.rules.match_rules`` for each rule count. Rules are
varied and deliberately broad (a query over title and text, some with ``new_action``,
jurisdiction or action-type filters). ``match_rules`` sends up to 100 rules per ``_msearch``
(ids only) and fetches the matched articles once with ``_mget``.

Needs Elasticsearch (``ELASTICSEARCH_URL``, default http://127.0.0.1:9200); deletes its
indices afterwards. Usage::

    python bench/bench_match.py [--docs 500] [--rules 10,100,1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.index import bulk_write  # noqa: E402
from monitor.pipeline import UNMATCHED  # noqa: E402
from monitor.rules import RULES_PER_MSEARCH, Rule, match_rules  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from monitor.store import INDICES, make_es, setup  # noqa: E402
from tests.helpers import article_doc  # noqa: E402

WORDS = [
    "tiktok",
    "bytedance",
    "ban",
    "fine",
    "court",
    "government",
    "ministry",
    "privacy",
    "children",
    "data",
    "security",
    "app",
    "video",
    "creators",
    "regulator",
    "order",
    "law",
    "election",
    "platform",
    "minister",
]
COUNTRIES = ["CA", "US", "GB", "FR", "DE", "IN", "PK", "KE", "NP", "JO", "BR", "AL", "SN", "VN", "AU", "NZ", "IT", "ES", "NL", "BE"]
TYPES = ["ban_national", "fine_or_penalty", "business_wind_up_order", "ban_government_devices", "investigation_opened"]


def make_docs(n: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    docs = []
    for i in range(n):
        action = i % 10 == 0
        text = " ".join(rng.choice(WORDS) for _ in range(120))
        docs.append(
            article_doc(
                f"https://outlet{i % 37}.example/story/{i}",
                f"Story {i}: {' '.join(rng.sample(WORDS, 6))}",
                published=now - timedelta(minutes=i),
                new_action=action,
                label="new_action" if action else "not_action",
                jurisdiction=rng.choice(COUNTRIES),
                action_type=rng.choice(TYPES),
                text=text,
            )
        )
    return docs


def make_rules(n: int, rng: random.Random) -> list[Rule]:
    rules = []
    for i in range(n):
        query = " | ".join(rng.sample(WORDS, 2)) if i % 4 else f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
        rules.append(
            Rule(
                name=f"rule-{i:04d}",
                query=query,
                new_action=True if i % 3 == 0 else None,
                jurisdictions=tuple(rng.sample(COUNTRIES, 3)) if i % 5 == 0 else (),
                action_types=(rng.choice(TYPES),) if i % 7 == 0 else (),
            )
        )
    return rules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="new documents in the cycle (default 500)")
    parser.add_argument("--rules", default="10,100,1000", help="rule counts (default 10,100,1000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per rule count; median reported (default 5)")
    args = parser.parse_args(argv)
    rng = random.Random(42)
    settings = Settings(
        elasticsearch_url=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200"), index_prefix=f"benchm{uuid.uuid4().hex[:8]}"
    )
    es = make_es(settings)
    setup(es, settings)
    try:
        docs = make_docs(args.docs, rng)
        bulk_write(es, settings.index("articles"), [(d["id"], d) for d in docs], refresh=True)
        print(f"{args.docs} new documents ({sum(1 for d in docs if d['new_action'])} with an action)")
        for n in (int(x) for x in args.rules.split(",")):
            rules = make_rules(n, rng)
            round_trips = -(-n // RULES_PER_MSEARCH)
            times = []
            result = match_rules(es, settings, rules, [UNMATCHED])
            for _ in range(args.repeat):
                start = time.perf_counter()
                result = match_rules(es, settings, rules, [UNMATCHED])
                times.append(time.perf_counter() - start)
            med = statistics.median(times)
            print(
                f"{n:5d} rules ({round_trips} _msearch + 1 _mget): median {med * 1000:8.1f} ms, min {min(times) * 1000:8.1f} ms; "
                f"{result.total()} rule-article matches; {args.docs * n / med / 1e6:6.2f} M doc-rule pairs/s"
            )
    finally:
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{settings.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
