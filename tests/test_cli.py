"""The `monitor` command line, run as a user would (in-process through Typer's runner)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from tests.conftest import ROOT, SHARED

runner = CliRunner()


@pytest.fixture
def env(settings) -> dict[str, str]:
    return {
        "ELASTICSEARCH_URL": settings.elasticsearch_url,
        "MONITOR_INDEX_PREFIX": settings.index_prefix,
        "SLACK_BOT_TOKEN": "",
        "COLUMNS": "250",
    }


def test_setup_is_idempotent(env, settings):
    first = runner.invoke(app, ["setup"], env=env)
    assert first.exit_code == 0, first.output
    assert f"{settings.index('articles')}: created" in first.output
    second = runner.invoke(app, ["setup"], env=env)
    assert second.exit_code == 0 and "created" not in second.output and f"{settings.index('rules')}: unchanged" in second.output


def test_demo_then_rules_test_and_search(env, settings, tmp_path):
    result = runner.invoke(app, ["demo", "--runs", "2", "--port", "0"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output.count("🔔 ALERT") == 1
    assert "Canada · business wind-up order" in result.output
    assert "index: 5 created" in result.output and "index: 0 created" in result.output

    tested = runner.invoke(app, ["rules", "test", "tiktok-government-action", "--since", "30d"], env=env)
    assert tested.exit_code == 0, tested.output
    assert "1 would have fired" in tested.output

    found = runner.invoke(app, ["search", "wind up", "--new-action"], env=env)
    assert found.exit_code == 0 and "Ottawa orders TikTok" in found.output

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - {name: Never polled, url: 'https://news.example/rss'}\n", encoding="utf-8")
    status = runner.invoke(app, ["feeds", "status"], env={**env, "MONITOR_FEEDS": str(feeds)})
    assert status.exit_code == 0, status.output
    assert "Never polled" in status.output and "never polled" in status.output


def test_analyze_reads_jsonl_and_writes_one_line_per_input():
    lines = [
        {
            "id": "a",
            "title": "Ottawa orders TikTok to wind up its Canadian business",
            "text": "The federal government on Wednesday ordered TikTok to wind up its Canadian operations.",
            "published": "2024-11-06",
        },
        {"id": "b", "title": "TikTok adds a feature", "text": "TikTok launched a new editing tool for creators."},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    result = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "analyze"], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", "b", None]
    assert out[0]["new_action"] is True and out[0]["actions"][0]["jurisdiction"] == "CA"
    assert out[1]["new_action"] is False
    assert "error" in out[2]


def test_eval_prints_metrics_for_the_labelled_set():
    result = runner.invoke(app, ["eval", str(SHARED / "articles" / "labelled.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "precision" in json.dumps(data) and "recall" in json.dumps(data)


def test_known_errors_are_one_line_not_a_traceback(tmp_path: Path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("rules: [{name: x, severity: urgent}]", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "rules", "list"],
        env={"MONITOR_RULES": str(bad), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert "error:" in result.stderr and "severity" in result.stderr and "Traceback" not in result.stderr


def test_down_elasticsearch_is_a_clear_error(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "setup"],
        env={"ELASTICSEARCH_URL": "http://127.0.0.1:9", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Elasticsearch not reachable" in result.stderr and "Traceback" not in result.stderr


def test_a_disabled_feed_is_re_enabled_on_command(env, settings, es, tmp_path):
    from monitor.feeds import FeedState
    from monitor.pipeline import feed_doc_id

    url = "https://news.example/rss"
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: Flaky, url: '{url}'}}\n", encoding="utf-8")
    broken = FeedState(
        url=url,
        name="Flaky",
        last_poll="2026-01-01T00:00:00+00:00",
        failures=10,
        last_error="HTTP 500",
        disabled_reason="disabled after 10 consecutive failures; last: HTTP 500",
        next_poll="2026-01-01T06:00:00+00:00",
    )
    es.index(index=settings.index("feeds"), id=feed_doc_id(url), document=broken.to_doc(), refresh=True)
    e = {**env, "MONITOR_FEEDS": str(feeds)}
    before = runner.invoke(app, ["feeds", "status", "--json"], env=e)
    assert json.loads(before.output)["status"] == "disabled"
    result = runner.invoke(app, ["feeds", "enable", url], env=e)
    assert result.exit_code == 0 and "re-enabled" in result.output
    after = json.loads(runner.invoke(app, ["feeds", "status", "--json"], env=e).output)
    assert after["status"] != "disabled" and after["due"] is True and after["failures"] == 0 and after["disabled_reason"] is None
    assert after["last_error"] == "HTTP 500"  # the reason stays visible


def test_opml_export_and_import_round_trip(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n  - {name: FTC, url: 'https://www.ftc.gov/feeds/press-release.xml', tags: [official, us], official: true}\n",
        encoding="utf-8",
    )
    exported = runner.invoke(app, ["feeds", "export-opml"], env={"MONITOR_FEEDS": str(feeds)})
    assert exported.exit_code == 0 and "xmlUrl" in exported.output
    opml = tmp_path / "feeds.opml"
    opml.write_text(exported.output, encoding="utf-8")
    imported = runner.invoke(app, ["feeds", "import-opml", str(opml)])
    assert imported.exit_code == 0, imported.output
    import yaml

    assert yaml.safe_load(imported.output)["feeds"] == [
        {"name": "FTC", "url": "https://www.ftc.gov/feeds/press-release.xml", "tags": ["official", "us"], "official": True}
    ]


def test_run_all_feeds_and_feed_health_per_language_and_jurisdiction(env, settings, es, server, tmp_path):
    from monitor.feeds import FeedState
    from monitor.pipeline import feed_doc_id
    from tests.fakes.http import Reply

    rss = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    server.routes["/en.xml"] = Reply(200, rss, {"Content-Type": "application/rss+xml"})
    server.routes["/ko.xml"] = Reply(500, b"broken")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n"
        f"  - {{name: English, url: '{server.url('/en.xml')}', language: en, jurisdiction: US}}\n"
        f"  - {{name: Korean, url: '{server.url('/ko.xml')}', language: ko, jurisdiction: KR}}\n"
        f"  - {{name: Korean gone, url: '{server.url('/ko-gone.xml')}', language: ko, jurisdiction: KR}}\n",
        encoding="utf-8",
    )
    gone = FeedState(url=server.url("/ko-gone.xml"), name="Korean gone", last_poll="2026-01-01T00:00:00+00:00", failures=10,
                     disabled_reason="disabled after 10 consecutive failures; last: HTTP 500")  # fmt: skip
    es.index(index=settings.index("feeds"), id=feed_doc_id(gone.url), document=gone.to_doc(), refresh=True)
    e = {**env, "MONITOR_FEEDS": str(feeds), "MONITOR_ALLOW_HOSTS": "127.0.0.1"}
    first = runner.invoke(app, ["run", "--once"], env=e)
    assert first.exit_code == 0, first.output
    assert "feeds: 2 polled, 0 not modified, 1 failed" in first.output
    assert "feeds: 0 polled" in runner.invoke(app, ["run", "--once"], env=e).output  # nothing due yet
    now = runner.invoke(app, ["run", "--once", "--all-feeds"], env=e)
    assert "feeds: 2 polled" in now.output  # every enabled feed, the disabled one still not
    assert server.hits("/en.xml") == 2 and server.hits("/ko-gone.xml") == 0

    summary = json.loads(runner.invoke(app, ["feeds", "status", "--json", "--summary"], env=e).output)
    ko, en = summary["language"]["ko"], summary["language"]["en"]
    assert (ko["healthy"], ko["failing"], ko["disabled"], ko["last_success"]) == (0, 1, 1, None)
    assert (en["healthy"], en["failing"], en["disabled"]) == (1, 0, 0) and en["last_success"]
    assert summary["jurisdiction"]["KR"]["failing"] == 1
    table = runner.invoke(app, ["feeds", "status"], env=e).output
    assert "feeds per language" in table and "feeds per jurisdiction" in table
    # the same fields are in monitor-feeds, for Kibana
    es.indices.refresh(index=settings.index("feeds"))
    docs = {h["_source"]["name"]: h["_source"] for h in es.search(index=settings.index("feeds"))["hits"]["hits"]}
    assert (docs["Korean"]["language"], docs["Korean"]["jurisdiction"], docs["Korean"]["health"]) == ("ko", "KR", "failing")
    assert docs["English"]["health"] == "healthy"
