"""The tracker page: one self-contained HTML file for a weekly brief.

Everything is in the file: inline CSS, no scripts, fonts, images or external style sheets, and a
Content-Security-Policy that forbids loading anything, so the page works offline and can be
mailed or pasted as it is. Every title, name and URL comes from articles and is untrusted:
text is HTML-escaped (quotes too, for attributes), and only ``http(s)`` URLs become links.

Sections: what changed in the last 7 days, the current actions grouped by jurisdiction (flag,
act, stage, dates, links to the best and the official source), and a timeline of acts and
developments, newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from html import escape
from itertools import groupby
from pathlib import Path

from monitor.tracker import RECENT, STAGE_LABELS, STAGES, Action, Step, recent_changes

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { --ink: #1c2430; --muted: #5f6b7a; --line: #e3e7ed; --bg: #f6f7f9; --card: #fff; --accent: #24466e; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
       font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 24px 40px; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 22px; }
h1 { margin: 0 0 4px; font-size: 24px; letter-spacing: -0.01em; }
h2 { font-size: 16px; margin: 0 0 10px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--accent); }
.sub { color: var(--muted); margin: 0; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 18px 20px; margin-bottom: 20px; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.count { border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; background: var(--card); }
.count b { font-size: 15px; margin-right: 4px; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
     border-bottom: 2px solid var(--line); padding: 6px 8px; }
td { border-bottom: 1px solid var(--line); padding: 8px; vertical-align: top; }
tr.place td { background: #eef2f7; font-weight: 600; border-bottom: 1px solid #d6dde7; padding: 6px 8px; }
.flag { font-size: 17px; margin-right: 6px; }
.code { display: inline-block; font: 11px/1 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted);
        border: 1px solid var(--line); border-radius: 4px; padding: 2px 4px; margin-left: 6px; vertical-align: 1px; }
.act { font-weight: 600; }
.actor, .title, .date-note { color: var(--muted); font-size: 13px; }
.nowrap { white-space: nowrap; }
.stage { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.stage-proposed { background: #eceff3; color: #3d4754; }
.stage-enacted { background: #dbe8fb; color: #163f7a; }
.stage-challenged { background: #fdf0d5; color: #7a4b00; }
.stage-blocked { background: #fbdcdc; color: #8a1c1c; }
.stage-upheld { background: #d9f2e3; color: #135c32; }
.stage-lifted { background: #ebe3f7; color: #4b2a7b; }
a { color: #1f5fa8; text-decoration: none; }
a:hover { text-decoration: underline; }
.trail { color: var(--muted); font-size: 12px; margin-top: 4px; }
.trail span { white-space: nowrap; }
.links a { margin-right: 10px; white-space: nowrap; }
ul.changes, ol.timeline { list-style: none; margin: 0; padding: 0; }
ul.changes li { padding: 7px 0; border-bottom: 1px solid var(--line); }
ul.changes li:last-child { border-bottom: 0; }
ol.timeline { border-left: 2px solid var(--line); margin-left: 6px; }
ol.timeline li { position: relative; padding: 0 0 14px 18px; }
ol.timeline li::before { content: ""; position: absolute; left: -7px; top: 5px; width: 12px; height: 12px; border-radius: 50%;
                         background: var(--card); border: 2px solid var(--accent); }
.when { display: inline-block; min-width: 92px; font-variant-numeric: tabular-nums; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; margin: 0; }
footer { color: var(--muted); font-size: 12px; margin-top: 8px; }
@media print { body { background: #fff; } section { border: 0; padding: 0; } }
"""


def _e(value: object) -> str:
    return escape(str(value or ""), quote=True)


def _link(url: str, label: str, cls: str = "") -> str:
    """A link for an http(s) URL; anything else (javascript:, data:, garbage) is plain text."""
    if not url.lower().startswith(("http://", "https://")):
        return _e(label)
    klass = f' class="{cls}"' if cls else ""
    return f'<a{klass} href="{_e(url)}" rel="noopener noreferrer">{_e(label)}</a>'


def _stage(stage: str) -> str:
    known = stage if stage in STAGES else "other"
    return f'<span class="stage stage-{known}" data-stage="{_e(stage)}">{_e(STAGE_LABELS.get(stage, stage))}</span>'


def _place(action: Action) -> str:
    code = f'<span class="code">{_e(action.jurisdiction or "?")}</span>'
    return f'<span class="flag">{_e(action.flag)}</span>{_e(action.jurisdiction_name)}{code}'


def _step_line(action: Action, step: Step) -> str:
    return (
        f'<span class="when">{_e(step.day)}</span> {_stage(step.stage)} '
        f'<span class="flag">{_e(action.flag)}</span><b>{_e(action.jurisdiction_name)}</b> · {_e(action.act)}: '
        f'<span class="title">{_link(step.url, step.title or step.url)}</span>'
        + (f' <span class="date-note">({_e(step.outlet)})</span>' if step.outlet else "")
    )


def _trail(action: Action) -> str:
    """The steps so far, oldest first: ``enacted 2026-01-05 → blocked 2026-02-10``."""
    return " → ".join(f"<span>{_e(s.stage)} {_e(s.day)}</span>" for s in action.steps) if len(action.steps) > 1 else ""


def _table(actions: Sequence[Action]) -> str:
    if not actions:
        return '<p class="empty">No actions tracked.</p>'
    rows = []
    for name, group in groupby(actions, key=lambda a: (a.jurisdiction_name, a.jurisdiction)):
        members = list(group)
        rows.append(f'<tr class="place" data-jurisdiction="{_e(name[1])}"><td colspan="5">{_place(members[0])}</td></tr>')
        for a in members:
            links = [_link(a.source_url, "best source")] if a.source_url and a.source_url != a.official_url else []
            if a.official_url:
                links.append(_link(a.official_url, "official source"))
            rows.append(
                f'<tr class="action" data-event-id="{_e(a.event_id)}" data-jurisdiction="{_e(a.jurisdiction)}" data-stage="{_e(a.stage)}">'
                f'<td><div class="act">{_e(a.act)}</div><div class="actor">{_e(a.actor)}</div>'
                f'<div class="title">{_e(a.title)}</div></td>'
                f'<td>{_stage(a.stage)}<div class="trail">{_trail(a)}</div></td>'
                f'<td class="nowrap" data-field="since">{_e(a.stage_date[:10])}</td>'
                f'<td class="nowrap" data-field="first">{_e(a.first_date[:10])}</td>'
                f'<td class="links">{" ".join(links)}</td></tr>'
            )
    head = "<tr><th>Act</th><th>Stage</th><th>Since</th><th>First reported</th><th>Sources</th></tr>"
    return f'<table id="actions"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def render_page(actions: Sequence[Action], now: datetime, *, recent: timedelta = RECENT, title: str = "TikTok action tracker") -> str:
    """The whole page as a string (deterministic for the same actions and ``now``)."""
    changes = recent_changes(actions, now - recent)
    steps = sorted(((a, s) for a in actions for s in a.steps), key=lambda c: (c[1].date, c[0].event_id), reverse=True)
    places = len({a.jurisdiction for a in actions})
    counts = "".join(
        f'<span class="count" data-stage="{s}"><b>{n}</b>{_e(STAGE_LABELS[s])}</span>'
        for s in STAGES
        if (n := sum(1 for a in actions if a.stage == s))
    )
    changed = (
        '<ul class="changes" id="changed">' + "".join(f"<li>{_step_line(a, s)}</li>" for a, s in changes) + "</ul>"
        if changes
        else '<p class="empty" id="changed">Nothing changed in this period.</p>'
    )
    items = "".join(f'<li data-stage="{_e(s.stage)}">{_step_line(a, s)}</li>' for a, s in steps)
    timeline = f'<ol class="timeline" id="timeline">{items}</ol>' if steps else '<p class="empty" id="timeline">No steps yet.</p>'
    days = int(recent.total_seconds() // 86400)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{_e(title)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header>
<h1>{_e(title)}</h1>
<p class="sub">Where each government action against TikTok stands now · {len(actions)} actions in {places} jurisdictions ·
generated {_e(now.strftime("%Y-%m-%d %H:%M"))} UTC</p>
<div class="counts">{counts}</div>
</header>
<section aria-labelledby="h-changed"><h2 id="h-changed">Changed in the last {days} days</h2>{changed}</section>
<section aria-labelledby="h-actions"><h2 id="h-actions">Current actions by jurisdiction</h2>{_table(actions)}</section>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline of acts and developments</h2>{timeline}</section>
<footer>Stages: proposed → enacted (in force) → challenged → blocked, upheld or lifted, each dated by the first article
that reported it. Built from news coverage by the TikTok action monitor; check the sources before quoting.</footer>
</main>
</body>
</html>
"""


def write_page(path: Path, actions: Sequence[Action], now: datetime, *, recent: timedelta = RECENT) -> Path:
    """Write the page to ``path`` (parents created), atomically: a reader never sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(render_page(actions, now, recent=recent), encoding="utf-8")
    tmp.replace(path)
    return path
