"""One alert per real-world action: grouping and dispatch measured on the labelled real articles.

Reads the labelled articles from ``../shared/data/articles/*.jsonl`` (never copied into the
project), runs detection on each article, then feeds the articles in publication order, one
cycle per publication day, through the real pipeline stages (index → match → events → outbox →
dispatch) against Elasticsearch and the fake Slack, with the freshness window opened. Prints:

* actions alerted twice: labelled events (``event_key``) with more than one top-level report
  (a parent message or a digest line) whose article is labelled ``new_action`` (target 0);
* actions found but given no top-level report of their own: merged into another action's event
  (target 0), or first shown by a report of no new action;
* top-level reports whose article is not labelled ``new_action`` (target ≤ 1 in 20);
* what a rerun of every cycle posts (target nothing);
* the same per language of the reporting article.

Usage: ``.venv/bin/python bench/bench_grouping.py [--split dev] [--files labelled,labelled-more,multilingual | path.jsonl,...]
[--rules RULES.yaml]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.alerts import Dispatcher, SlackSender  # noqa: E402
from monitor.pipeline import article_findings, index_articles, match_and_plan  # noqa: E402
from monitor.rules import load_rules  # noqa: E402
from monitor.settings import DEFAULT_RULES_FILE, Settings  # noqa: E402
from monitor.store import INDICES, make_es, setup  # noqa: E402
from monitor.urls import article_id  # noqa: E402
from tests.fakes.slack import FakeSlack  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "articles"


def published(value: str | None) -> datetime | None:
    """``2024-11-06`` as it is; a coarse ``2024-11`` or ``2024`` → the middle of that period (UTC):
    these are labelling shortcuts, where a feed would give the real date."""
    if not value:
        return None
    parts = [int(p) for p in str(value)[:10].split("-")]
    if len(parts) == 1:
        return datetime(parts[0], 7, 1, tzinfo=UTC)
    return datetime(parts[0], parts[1], parts[2] if len(parts) > 2 else 15, tzinfo=UTC)


def article_docs(files: list[str], split: str = "all", same: dict[str, str] | None = None) -> list[dict[str, Any]]:
    from monitor.evaluate import in_lockbox, seen_events

    seen = seen_events([DATA / "labelled.jsonl"])
    docs = []
    for name in files:
        # a name from the labelled set ("labelled-more"), or the path of any file labelled the same way
        path = Path(name) if name.endswith(".jsonl") else DATA / f"{name}.jsonl"
        name = path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            if split != "all" and in_lockbox(str(row.get("event_key") or ""), seen) != (split == "lockbox"):
                continue
            key = str(row.get("event_key") or "")
            when = published(row.get("published"))
            if when is None:
                continue
            url = row.get("url") or f"https://unknown.example/{name}/{n}"
            lang = row.get("lang") or "en"
            findings = article_findings(row.get("title") or "", row.get("text") or "", when, url, lang)
            host = url.split("/")[2].removeprefix("www.")
            docs.append(
                {
                    "id": article_id(url),
                    "url": url,
                    "canonical_url": url,
                    "feed": name,
                    "title": row.get("title") or (row.get("text") or "")[:120],
                    "text": row.get("text") or "",
                    "published": when.isoformat(),
                    "fetched": when.isoformat(),
                    "indexed": when.isoformat(),
                    "source": "page",
                    "site": row.get("outlet") or host,
                    "outlet": host,
                    "official": False,
                    "matched": False,
                    **findings,  # the same fields the pipeline stores (language included)
                    "_truth": {"label": row.get("label"), "event_key": (same or {}).get(key, key), "lang": lang},
                }
            )
    unique = {d["id"]: d for d in docs}  # a URL listed twice is one article
    return sorted(unique.values(), key=lambda d: (d["published"], d["id"]))


def run(
    files: list[str], digest_threshold: int, split: str = "all", same: dict[str, str] | None = None, rules_file: Path = DEFAULT_RULES_FILE
) -> dict[str, Any]:
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    slack = FakeSlack().start()
    settings = Settings(
        index_prefix=prefix,
        freshness_hours=24 * 365 * 30,
        slack_channel="C0ALERTS",
        slack_bot_token="xoxb-bench",
        slack_api_url=slack.base_url,
        digest_threshold=digest_threshold,
    )
    es = make_es(settings)
    setup(es, settings)
    rules = load_rules(rules_file)
    docs = article_docs(files, split, same)
    truth = {d["id"]: d.pop("_truth") for d in docs}
    days: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        days[d["published"][:10]].append(d)
    started = time.monotonic()
    try:
        for day in sorted(days):
            index_articles(es, settings, days[day])
            match_and_plan(es, settings, rules, now=datetime.now(UTC))
            Dispatcher(es, settings, SlackSender(settings), min_interval=0).dispatch()
        elapsed = time.monotonic() - started
        before = len(slack.messages)
        for day in sorted(days):  # the whole feed again: nothing new may appear
            index_articles(es, settings, days[day])
            match_and_plan(es, settings, rules, now=datetime.now(UTC))
            Dispatcher(es, settings, SlackSender(settings), min_interval=0).dispatch()
        rerun_posts = len(slack.messages) - before
        return measure(es, settings, slack, truth, docs, elapsed, rerun_posts, len(days))
    finally:
        slack.stop()
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])


def measure(
    es: Any,
    settings: Settings,
    slack: FakeSlack,
    truth: dict[str, Any],
    docs: list[dict[str, Any]],
    elapsed: float,
    rerun: int,
    cycles: int,
) -> dict[str, Any]:
    es.indices.refresh(index=settings.index("alerts"))
    records = [h["_source"] for h in es.search(index=settings.index("alerts"), size=10000)["hits"]["hits"]]
    parents = [r for r in records if r["kind"] == "parent"]
    # A top-level report: a parent posted on its own, or a line in a digest (posted, or promoted later: counted once).
    top = [r for r in parents if r["status"] in ("posted", "digested")]
    reports_by_key: Counter[str] = Counter()
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    not_new = []
    for r in top:
        t = truth.get(r["article_id"], {})
        per_lang[t.get("lang", "?")]["top-level"] += 1
        if t.get("label") == "new_action":
            reports_by_key[t["event_key"]] += 1
        else:
            not_new.append((t.get("label"), t.get("event_key"), r.get("title", "")[:70]))
            per_lang[t.get("lang", "?")]["not a new action"] += 1
    twice = {k: n for k, n in reports_by_key.items() if n > 1}
    detected = {truth[d["id"]]["event_key"] for d in docs if d["new_action"] and truth[d["id"]]["label"] == "new_action"}
    # A found action with no top-level report of its own: its reports joined another action's
    # event (merged away), or an event first alerted by a report of no new action.
    es.indices.refresh(index=settings.index("events"))
    events = [h["_source"] for h in es.search(index=settings.index("events"), size=10000)["hits"]["hits"]]
    event_of = {a: e["event_id"] for e in events for a in e.get("article_ids") or []}
    top_by_event = {r["event_id"]: truth.get(r["article_id"], {}) for r in top}
    merged_away, under_not_new = set(), set()
    merged_into: dict[str, str] = {}
    for d in docs:
        t = truth[d["id"]]
        if not d["new_action"] or t["label"] != "new_action" or t["event_key"] in reports_by_key:
            continue
        shown_by = top_by_event.get(event_of.get(d["id"], ""), {})
        if shown_by.get("label") == "new_action":
            merged_away.add(t["event_key"])
            merged_into[t["event_key"]] = str(shown_by.get("event_key"))
        elif shown_by:
            under_not_new.add(t["event_key"])
    actions = {t["event_key"] for t in truth.values() if t["label"] == "new_action"}
    for key in twice:
        langs = sorted({truth[r["article_id"]]["lang"] for r in top if truth[r["article_id"]].get("event_key") == key})
        for lang in langs:
            per_lang[lang]["actions alerted twice"] += 1
    doc_of = {d["id"]: d for d in docs}

    def describe(r: dict[str, Any]) -> str:
        d = doc_of.get(r["article_id"], {})
        actor = ((d.get("actions") or [{}])[0] or {}).get("actor")
        return (
            f"{truth[r['article_id']].get('lang')} {str(d.get('published'))[:10]} {r.get('jurisdiction')} "
            f"{r.get('action_type')} ({actor}): {r.get('title', '')[:60]}"
        )

    twice_reports = {key: [describe(r) for r in top if truth[r["article_id"]].get("event_key") == key] for key in twice}
    return {
        "articles": len(docs),
        "cycles": cycles,
        "seconds": round(elapsed, 1),
        "labelled actions": len(actions),
        "actions detection finds": len(detected),
        "actions alerted": len(reports_by_key),
        "top-level reports": len(top),
        "digests": sum(1 for r in records if r["kind"] == "digest"),
        "actions alerted twice": len(twice),
        "actions found but merged into another action's event": len(merged_away - under_not_new),
        "actions found but first shown by a report of no new action": len(under_not_new),
        "twice": twice,
        "twice reports": twice_reports,
        "merged": {k: v for k, v in merged_into.items() if k not in under_not_new},
        "under not new": sorted(under_not_new),
        "top-level reports of no new action": len(not_new),
        "not new": not_new,
        "rerun posts": rerun,
        "slack messages": len(slack.messages),
        "per language": {k: dict(v) for k, v in sorted(per_lang.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--files",
        default="labelled,labelled-more,multilingual",
        help="comma-separated names of the labelled files, or paths to other .jsonl files",
    )
    parser.add_argument("--digest-threshold", type=int, default=10)
    parser.add_argument("--verbose", action="store_true", help="list the duplicated actions and the reports of no new action")
    parser.add_argument(
        "--same-action",
        type=Path,
        help="JSON object mapping event keys to the key they share a real-world action with, for sets labelled by "
        "several people who keyed one action two ways",
    )
    parser.add_argument("--split", choices=("all", "dev", "lockbox"), default="all", help="development / lockbox part of the labels")
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES_FILE, help="watch-rules file (default: the bundled rules)")
    args = parser.parse_args()
    same = json.loads(args.same_action.read_text(encoding="utf-8")) if args.same_action else None
    result = run(args.files.split(","), args.digest_threshold, args.split, same, args.rules)
    twice, not_new, merged = result.pop("twice"), result.pop("not new"), result.pop("merged")
    under_not_new = result.pop("under not new")
    twice_reports = result.pop("twice reports")
    for key, value in result.items():
        print(f"{key}: {value}")
    top = result["top-level reports"] or 1
    print(f"share of top-level reports with no new action: {result['top-level reports of no new action'] / top:.3f} (target ≤ 0.05)")
    if args.verbose:
        for key, n in sorted(twice.items()):
            print(f"  twice: {key} ×{n}")
            for line in twice_reports[key]:
                print(f"      {line}")
        for key, into in sorted(merged.items()):
            print(f"  merged: {key} into the event first shown by {into}")
        for key in under_not_new:
            print(f"  first shown by a report of no new action: {key}")
        for label, key, title in not_new:
            print(f"  not new: {label} {key} {title}")


if __name__ == "__main__":
    main()
