"""The ``monitor`` command line: the same functions the DAGs call, for people and tests."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from monitor.errors import MonitorError
from monitor.settings import Settings

app = typer.Typer(
    help="Find new government actions against TikTok in the news, index them, alert on Slack.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="Watch rules: list, sync, test, silence.", no_args_is_help=True)
feeds_app = typer.Typer(help="The feed registry and feed health.", no_args_is_help=True)
alerts_app = typer.Typer(help="The alert outbox.", no_args_is_help=True)
kibana_app = typer.Typer(help="Kibana saved objects.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(feeds_app, name="feeds")
app.add_typer(alerts_app, name="alerts")
app.add_typer(kibana_app, name="kibana")
console = Console()
err = Console(stderr=True)


def _settings() -> Settings:
    return Settings.from_env()


def _es(settings: Settings) -> Any:
    from monitor.store import check_health, make_es

    es = make_es(settings)
    check_health(es)
    return es


def _duration(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)\s*([smhdw])", text.strip())
    if not match:
        raise typer.BadParameter(f"expected a duration like 30m, 6h, 30d; got {text!r}")
    value, unit = int(match.group(1)), match.group(2)
    return timedelta(**{{"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[unit]: value})


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every event.")] = False) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if not verbose:  # the client logs every retry with a traceback; our own error line says it once
        logging.getLogger("elastic_transport").setLevel(logging.CRITICAL)


@app.command()
def setup() -> None:
    """Create or update the index templates and indices, and sync the rules. Idempotent."""
    from monitor.rules import load_rules, sync_rules
    from monitor.store import setup as do_setup

    settings = _settings()
    es = _es(settings)
    for index, status in do_setup(es, settings).items():
        console.print(f"{index}: {status}")
    count = sync_rules(es, settings, load_rules(settings.rules_file))
    console.print(f"rules synced: {count}")


def _print_report(report: Any) -> None:
    for line in report.lines():
        console.print(line, highlight=False, markup=False)


@app.command()
def run(
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and exit.")] = False,
    interval: Annotated[int, typer.Option(help="Seconds between cycles when not --once.")] = 300,
    all_feeds: Annotated[
        bool, typer.Option("--all-feeds", help="Poll every enabled feed now, whatever its next poll time (the first cycle only).")
    ] = False,
) -> None:
    """Run the monitoring cycle (poll → fetch → extract → analyze → index → match → alert)."""
    from monitor.alerts import make_sender
    from monitor.pipeline import run_cycle
    from monitor.rules import active_rules
    from monitor.store import setup as do_setup

    settings = _settings()
    es = _es(settings)
    do_setup(es, settings)
    sender = make_sender(settings, echo=lambda line: console.print(line, highlight=False, markup=False))
    first = True
    while True:
        report = run_cycle(es, settings, sender, rules=active_rules(es, settings), all_feeds=all_feeds and first)
        _print_report(report)
        if once:
            return
        first = False
        time.sleep(interval)


@app.command()
def demo(
    runs: Annotated[int, typer.Option(help="How many cycles to run over the demo feeds (the second adds nothing).")] = 1,
    port: Annotated[int, typer.Option(help="Port of the local demo server (fixed, so article URLs stay the same between runs).")] = 8765,
) -> None:
    """Serve the bundled demo feeds and pages on 127.0.0.1 and run the cycle over them."""
    from monitor.alerts import make_sender
    from monitor.demo import DemoServer
    from monitor.pipeline import run_cycle
    from monitor.rules import active_rules, load_rules, sync_rules
    from monitor.store import setup as do_setup

    settings = _settings()
    settings = settings.with_(allow_hosts=settings.allow_hosts | {"127.0.0.1", "localhost"})
    es = _es(settings)
    do_setup(es, settings)
    sync_rules(es, settings, load_rules(settings.rules_file))
    sender = make_sender(settings, echo=lambda line: console.print(line, highlight=False, markup=False))
    with DemoServer(port=port) as server:
        console.print(f"demo feeds served at {server.base}/feeds/", highlight=False)
        for i in range(runs):
            console.rule(f"cycle {i + 1}")
            report = run_cycle(es, settings, sender, feeds=server.feeds(), rules=active_rules(es, settings))
            _print_report(report)


@app.command()
def analyze() -> None:
    """Read JSON Lines (id, title, text, url?, published?) on stdin; write one finding per line."""
    from monitor.analyze import analyze_jsonl

    for line in analyze_jsonl(sys.stdin):
        sys.stdout.write(line + "\n")


@app.command("eval")
def evaluate(
    files: Annotated[list[Path], typer.Argument(help="Labelled JSON Lines files.", exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    by_language: Annotated[bool, typer.Option("--by-language", help="One line of figures per language.")] = False,
    lockbox: Annotated[bool, typer.Option("--lockbox", help="Score only the lockbox split (held out from tuning).")] = False,
    dev: Annotated[bool, typer.Option("--dev", help="Score only the development split.")] = False,
) -> None:
    """Precision, recall and F1 of new_action detection, plus type and jurisdiction accuracy."""
    from monitor.evaluate import render_by_language, run_eval, run_eval_by_language

    if lockbox and dev:
        raise typer.BadParameter("--lockbox and --dev exclude each other")
    split = "lockbox" if lockbox else "dev" if dev else "all"
    if by_language:
        reports = run_eval_by_language(files, split)
        if as_json:
            sys.stdout.write(json.dumps({k: r.to_dict() for k, r in reports.items()}, indent=2, default=str) + "\n")
        else:
            sys.stdout.write(f"split: {split}\n" + render_by_language(reports) + "\n")
        return
    report = run_eval(files, split)
    if as_json:
        figures = report.to_dict()
        if lockbox:  # the lockbox is scored for its figures only: which articles it missed stays unread
            figures.pop("misses")
        sys.stdout.write(json.dumps(figures, indent=2, default=str) + "\n")
    else:
        sys.stdout.write(f"split: {split}\n" + report.render(show_misses=not lockbox) + "\n")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in titles and texts.")] = "",
    new_only: Annotated[bool, typer.Option("--new-action", help="Only articles reporting a new action.")] = False,
    jurisdiction: Annotated[str | None, typer.Option(help="ISO code, e.g. CA or US-MT.")] = None,
    size: int = 20,
) -> None:
    """Search indexed articles."""
    settings = _settings()
    es = _es(settings)
    filters: list[dict[str, Any]] = []
    if new_only:
        filters.append({"term": {"new_action": True}})
    if jurisdiction:
        filters.append({"term": {"jurisdictions": jurisdiction}})
    must = [{"simple_query_string": {"query": query, "fields": ["title^2", "text"]}}] if query else [{"match_all": {}}]
    response = es.search(
        index=settings.index("articles"),
        query={"bool": {"must": must, "filter": filters}},
        size=size,
        sort=[{"published": {"order": "desc", "missing": "_last"}}],
        source=["title", "url", "published", "label", "jurisdictions", "action_types"],
    )
    table = Table("published", "label", "jurisdiction", "type", "title")
    for hit in response["hits"]["hits"]:
        s = hit["_source"]
        table.add_row(
            str(s.get("published") or "")[:16],
            s.get("label"),
            ",".join(s.get("jurisdictions") or []),
            ",".join(s.get("action_types") or []),
            s.get("title"),
        )
    console.print(table)


@app.command()
def tracker(
    jurisdiction: Annotated[list[str] | None, typer.Option(help="ISO code; US includes its states, US-* only them.")] = None,
    stage: Annotated[list[str] | None, typer.Option(help="proposed, enacted, challenged, blocked, upheld or lifted.")] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", help="Action type, e.g. ban_regional.")] = None,
    since: Annotated[str | None, typer.Option(help="Only actions that changed since: a duration (30d) or a date (2026-01-31).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the same data as JSON.")] = False,
    html: Annotated[Path | None, typer.Option(help="Write a self-contained HTML page to this file.", dir_okay=False)] = None,
) -> None:
    """Where each government action stands now: a table by jurisdiction (or --json, --html FILE)."""
    from monitor.tracker import load_actions, select, table_rows, to_json
    from monitor.tracker_page import write_page

    settings = _settings()
    now = datetime.now(UTC)
    start = None
    if since:
        start = now - _duration(since) if since[-1:].isalpha() else datetime.fromisoformat(since)
        start = start if start.tzinfo else start.replace(tzinfo=UTC)
    actions = load_actions(_es(settings), settings)
    actions = select(actions, jurisdictions=jurisdiction or (), stages=stage or (), types=type_ or (), since=start)
    if html is not None:
        write_page(html, actions, now)
        err.print(f"wrote {html} ({len(actions)} actions)", highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(to_json(actions, now), ensure_ascii=False, indent=2) + "\n")
    elif html is None:
        rows = table_rows(actions)
        table = Table(*(rows[0] if rows else ["jurisdiction", "act", "stage", "since"]), title=f"{len(rows)} actions")
        for row in rows:
            table.add_row(*(Text(v) for v in row.values()))
        console.print(table)


# --------------------------------------------------------------------------- rules


@rules_app.command("list")
def rules_list() -> None:
    """Show the rules file."""
    from monitor.rules import load_rules

    table = Table("name", "enabled", "severity", "channel", "query", "filters")
    for r in load_rules(_settings().rules_file):
        filters = {
            k: v
            for k, v in (("new_action", r.new_action), ("types", r.action_types), ("jurisdictions", r.jurisdictions), ("stages", r.stages))
            if v not in (None, ())
        }
        table.add_row(r.name, str(r.enabled), r.severity, r.channel or "(default)", r.query, json.dumps(filters))
    console.print(table)


@rules_app.command("sync")
def rules_sync() -> None:
    """Validate the rules file and write it to monitor-rules."""
    from monitor.rules import load_rules, sync_rules

    settings = _settings()
    console.print(f"rules synced: {sync_rules(_es(settings), settings, load_rules(settings.rules_file))}")


@rules_app.command("test")
def rules_test(
    rule: Annotated[str, typer.Argument(help="Rule name.")],
    since: Annotated[str, typer.Option(help="How far back to look, e.g. 30d.")] = "30d",
) -> None:
    """Show which indexed articles the rule would have fired on. Posts nothing."""
    from monitor.rules import load_rules, match_rules

    settings = _settings()
    es = _es(settings)
    rules = {r.name: r for r in load_rules(settings.rules_file)}
    if rule not in rules:
        raise MonitorError(f"no rule named {rule!r}; known: {', '.join(sorted(rules))}")
    start = datetime.now(UTC) - _duration(since)
    found = match_rules(es, settings, [rules[rule]], [{"range": {"published": {"gte": start.isoformat()}}}])
    hits = found.hits.get(rule, [])
    table = Table("published", "jurisdiction", "type", "title", "url", title=f"{rule}: {len(hits)} would have fired since {start:%Y-%m-%d}")
    for h in hits:
        action = (h.get("actions") or [{}])[0]
        table.add_row(str(h.get("published") or "")[:16], action.get("jurisdiction"), action.get("type"), h.get("title"), h.get("url"))
    console.print(table)


@rules_app.command("silence")
def rules_silence(
    rule: Annotated[str, typer.Argument(help="Rule name.")],
    for_: Annotated[str, typer.Option("--for", help="How long, e.g. 2h; 0m lifts the silence.")] = "2h",
) -> None:
    """Silence a rule for a while: it keeps matching and indexing but posts nothing."""
    from monitor.rules import silence_rule

    settings = _settings()
    delta = _duration(for_)
    until = datetime.now(UTC) + delta if delta.total_seconds() > 0 else None
    silence_rule(_es(settings), settings, rule, until)
    console.print(f"{rule}: " + (f"silenced until {until:%Y-%m-%d %H:%M} UTC" if until else "silence lifted"))


# --------------------------------------------------------------------------- feeds


@feeds_app.command("list")
def feeds_list() -> None:
    """Show the feed registry."""
    from monitor.feeds import load_feeds

    table = Table("name", "url", "interval", "enabled", "official", "tags")
    for f in load_feeds(_settings().feeds_file):
        table.add_row(f.name, f.url, f"{f.interval_minutes}m", str(f.enabled), str(f.official), ",".join(f.tags))
    console.print(table)


@feeds_app.command("status")
def feeds_status(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per feed.")] = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="Only the counts of feeds healthy/failing/disabled per language and jurisdiction.")
    ] = False,
) -> None:
    """Every feed's state: status, last success, failures, next poll, items, last error; then
    how many feeds are healthy, failing or disabled per language and per jurisdiction."""
    from monitor.feeds import HEALTH, feed_health_counts, feed_status_rows, load_feeds
    from monitor.index import language_counts
    from monitor.pipeline import load_feed_states

    settings = _settings()
    es = _es(settings)
    feeds = load_feeds(settings.feeds_file)
    rows = feed_status_rows(feeds, load_feed_states(es, settings, feeds))
    languages = language_counts(es, settings.index("articles"))
    for row in rows:
        counts = dict(languages.get(row["name"], {}))
        row["unsupported_language"] = counts.pop("unsupported_language", 0)
        row["languages"] = counts
    health = feed_health_counts(rows)
    if as_json:
        if summary:
            sys.stdout.write(json.dumps(health) + "\n")
            return
        for row in rows:
            sys.stdout.write(json.dumps(row) + "\n")
        return
    if summary:
        _print_health_counts(health, HEALTH)
        return
    table = Table("feed", "status", "last success", "failures", "next poll", "items", "languages", "unreadable", "last error")
    for row in rows:
        error = row["disabled_reason"] or row["last_error"] or ""
        table.add_row(
            row["name"],
            row["status"],
            (row["last_success"] or "never")[:19],
            str(row["failures"]),
            "due" if row["due"] else (row["next_poll"] or "")[:19],
            str(row["items"]),
            " ".join(f"{k}:{v}" for k, v in sorted(row["languages"].items())),
            str(row["unsupported_language"]),
            error[:100],
        )
    console.print(table)
    _print_health_counts(health, HEALTH)


def _print_health_counts(counts: dict[str, dict[str, dict[str, Any]]], health: tuple[str, ...]) -> None:
    for dimension, groups in counts.items():
        table = Table(dimension, *health, "last success", title=f"feeds per {dimension}")
        for key, group in groups.items():
            table.add_row(key, *(str(group[h]) for h in health), (group["last_success"] or "never")[:19])
        console.print(table)


@feeds_app.command("enable")
def feeds_enable(url: Annotated[str, typer.Argument(help="URL of a feed that was disabled after repeated failures.")]) -> None:
    """Re-enable a feed disabled after repeated failures; it is polled on the next cycle."""
    from monitor.feeds import feed_health, load_feeds, reenable
    from monitor.pipeline import feed_doc_id, load_feed_states

    settings = _settings()
    es = _es(settings)
    feeds = [f for f in load_feeds(settings.feeds_file) if f.url == url]
    if not feeds:
        raise MonitorError(f"{url} is not in the feeds file {settings.feeds_file}")
    state = load_feed_states(es, settings, feeds).get(url)
    if state is None:
        console.print(f"{url}: never polled; nothing to re-enable")
        return
    again = reenable(state)
    es.update(index=settings.index("feeds"), id=feed_doc_id(url), doc={**again.to_doc(), "health": feed_health(again)}, refresh=True)
    console.print(f"{url}: re-enabled (was: {state.disabled_reason or state.last_error or 'ok'})", highlight=False, markup=False)


@feeds_app.command("import-opml")
def feeds_import(file: Annotated[Path, typer.Argument(help="OPML exported by a feed reader.", exists=True, dir_okay=False)]) -> None:
    """Print an OPML file as a feeds.yaml registry (validated), to review and save."""
    import yaml

    from monitor.feeds import load_feeds

    items = []
    for f in load_feeds(file):
        item: dict[str, Any] = {"name": f.name, "url": f.url}
        if f.tags:
            item["tags"] = list(f.tags)
        for key in ("language", "jurisdiction"):
            if getattr(f, key):
                item[key] = getattr(f, key)
        if f.official:
            item["official"] = True
        items.append(item)
    sys.stdout.write(yaml.safe_dump({"feeds": items}, allow_unicode=True, sort_keys=False))


@feeds_app.command("export-opml")
def feeds_export() -> None:
    """Print the registry as OPML."""
    from monitor.feeds import export_opml, load_feeds

    sys.stdout.write(export_opml(load_feeds(_settings().feeds_file)) + "\n")


# --------------------------------------------------------------------------- alerts


@alerts_app.command("dispatch")
def alerts_dispatch() -> None:
    """Deliver pending alerts from the outbox (also resolves alerts left uncertain by a crash)."""
    from monitor.alerts import Dispatcher, make_sender

    settings = _settings()
    report = Dispatcher(_es(settings), settings, make_sender(settings)).dispatch()
    console.print(report.summary())


@alerts_app.command("list")
def alerts_list(size: int = 20) -> None:
    """The latest alerts and their delivery status."""
    settings = _settings()
    response = _es(settings).search(index=settings.index("alerts"), size=size, sort=[{"created": "desc"}], query={"match_all": {}})
    table = Table("created", "status", "kind", "channel", "title")
    for hit in response["hits"]["hits"]:
        s = hit["_source"]
        table.add_row(str(s.get("created"))[:19], s.get("status"), s.get("kind"), s.get("channel"), s.get("title"))
    console.print(table)


@kibana_app.command("import")
def kibana_import(
    url: Annotated[str, typer.Option(envvar="KIBANA_URL", help="Kibana base URL.")] = "http://127.0.0.1:5601",
    username: Annotated[str | None, typer.Option(envvar="KIBANA_USERNAME")] = None,
    password: Annotated[str | None, typer.Option(envvar="KIBANA_PASSWORD", show_default=False)] = None,
    api_key: Annotated[str | None, typer.Option(envvar="KIBANA_API_KEY", show_default=False)] = None,
    space: Annotated[str | None, typer.Option(envvar="KIBANA_SPACE", help="Kibana space (default space if unset).")] = None,
) -> None:
    """Import the data views, saved searches and dashboard in mappings/kibana/ (overwrite, idempotent)."""
    from monitor.kibana import import_saved_objects

    summary = import_saved_objects(
        url, username=username, password=password, api_key=api_key, space=space, index_prefix=_settings().index_prefix
    )
    console.print(f"imported {summary.success_count} Kibana saved objects into {url}")


def main() -> None:
    """Console entry point: clear one-line errors instead of tracebacks for known failures."""
    try:
        app()
    except MonitorError as exc:
        err.print("[bold red]error:[/]", Text(str(exc)), highlight=False, soft_wrap=True)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
