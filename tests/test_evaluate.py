"""monitor.evaluate: floors on the held-out lockbox, a regression check on the development split,
the split itself, and the metric arithmetic on a tiny synthetic set.

The floors sit just under what the detector achieves; they only ever rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.evaluate import EvalReport, jurisdiction_matches, run_eval

LABELLED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "articles" / "labelled.jsonl"
ALL_FILES = [LABELLED.parent / name for name in ("labelled.jsonl", "labelled-more.jsonl", "multilingual.jsonl")]

# Floors on the LOCKBOX: events never used to write or tune any rule, scored for its figures
# only, when each round of work was finished (its errors have not been read):
#   first look (commit c292913):
#     English                P 0.74  R 0.85  type 0.93  jurisdiction 0.96   (92 articles, 33 new actions)
#     other languages pooled P 0.55  R 0.52  type 0.94  jurisdiction 0.94   (74 articles, 33 new actions)
#   second look, after packs and English rules were broadened on about 770 newly collected articles:
#     English                P 0.74  R 0.85  type 0.93  jurisdiction 0.96
#     other languages pooled P 0.56  R 0.55  type 0.94  jurisdiction 0.94
#   third look, after three more rounds on newly collected articles and four engine changes:
#     English                P 0.72  R 0.85  type 0.93  jurisdiction 0.96
#     other languages pooled P 0.59  R 0.58  type 0.95  jurisdiction 0.95
#   fourth look, after one more round and two engine changes: English the same; others P 0.61, the rest the same
#   fifth look, after two more rounds on about 300 newly collected articles and new English and engine rules:
#     English                P 0.71  R 0.82  type 0.96  jurisdiction 0.96
#     other languages pooled P 0.63  R 0.58  type 0.95  jurisdiction 0.95
#   sixth look, after three more rounds on about 580 newly collected articles (English, engine and grouping rules):
#     English                P 0.71  R 0.82  type 0.96  jurisdiction 0.96
#     other languages pooled P 0.69  R 0.61  type 0.95  jurisdiction 0.95
#   (between the fifth and sixth looks this test failed once, at English recall 0.76: an English rule that did
#   not generalise; it was withdrawn, the lockbox read for its figures only)
#   seventh look, after a twelfth round of 161 newly collected articles (English rules, gazetteer, five packs):
#     English                P 0.73  R 0.82  type 0.96  jurisdiction 0.96
#     other languages pooled P 0.69  R 0.61  type 0.95  jurisdiction 0.95
#   eighth look, after the changes made from rounds 13 and 14: the same figures
#   (ninth to fifteenth looks: the same figures; README and docs/measurement-history.md)
#   sixteenth look, after thirteen hard-negative kinds in every pack and six English rules: the same figures.
#   This test failed once on the way, at English precision 0.71: the English rule reading "restricts TikTok"
#   as a ban added a false alert there; it was withdrawn, the lockbox read for its figures only
# They sit just under those figures, so a change that makes detection worse on unseen news fails here.
# They are far from the targets (English P 0.95 / R 0.92; others P 0.92 / R 0.85): see the README.
LOCKBOX_FLOORS = {
    "en": {"precision": 0.72, "recall": 0.80, "type": 0.88, "jurisdiction": 0.92},
    "other (pooled)": {"precision": 0.66, "recall": 0.58, "type": 0.90, "jurisdiction": 0.90},
}
# The development split is what the rules were tuned on: these only check that nothing broke
# (P 0.97 / R 0.98 English, 0.93 / 0.97 others when last measured); they are no evidence of quality.
DEV_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.95, "type": 0.95, "jurisdiction": 0.97},
    "other (pooled)": {"precision": 0.92, "recall": 0.94, "type": 0.95, "jurisdiction": 0.95},
}


def _figures(r: EvalReport) -> dict[str, float]:
    return {"precision": r.precision, "recall": r.recall, "type": r.type_accuracy, "jurisdiction": r.jurisdiction_accuracy}


@pytest.fixture(scope="module")
def real_report() -> EvalReport:
    if not LABELLED.exists():
        pytest.fail(f"labelled set missing: {LABELLED}")
    return run_eval(LABELLED)


@pytest.mark.parametrize(("split", "floors"), [("lockbox", LOCKBOX_FLOORS), ("dev", DEV_FLOORS)])
def test_floors(split: str, floors: dict[str, dict[str, float]]) -> None:
    from monitor.evaluate import run_eval_by_language

    missing = [p for p in ALL_FILES if not p.exists()]
    if missing:
        pytest.fail(f"labelled set missing: {missing}")
    reports = run_eval_by_language(ALL_FILES, split)
    assert not reports["all (pooled)"].errors
    for group, floor in floors.items():
        got = _figures(reports[group])
        for name, minimum in floor.items():
            # the lockbox's misses are never printed, even on failure: only its figures may be read
            detail = reports[group].render(show_misses=split != "lockbox")
            assert got[name] >= minimum, f"{split} {group} {name} {got[name]:.3f} < {minimum}\n{detail}"


def test_render_and_dict(real_report: EvalReport) -> None:
    text = real_report.render()
    assert "precision" in text and "confusion" in text and "new_action" in text
    d = real_report.to_dict()
    assert d["total"] == real_report.total
    assert set(d["new_action"]) == {"tp", "fp", "fn", "tn", "precision", "recall", "f1"}
    json.dumps(d)  # serialisable
    # the confusion table accounts for every article
    assert sum(sum(row.values()) for row in d["confusion"].values()) == real_report.total


def _row(rid: str, title: str, text: str, label: str, action_type: str | None = None, codes: list[str] | None = None) -> str:
    return json.dumps({
        "id": rid, "title": title, "text": text, "published": "2024-11-06", "label": label,
        "action_type": action_type, "jurisdiction_codes": codes or [],
    })


def test_metric_arithmetic(tmp_path: Path) -> None:
    rows = [
        # true positive, right type, right jurisdiction
        _row("tp-ok", "Canada orders TikTok to wind up its Canadian business",
             "Canada on Wednesday ordered TikTok to wind up its Canadian business.", "new_action", "business_wind_up_order", ["CA"]),
        # true positive, wrong gold type on purpose, jurisdiction via US-* wildcard
        _row("tp-wrong-type", "Montana governor signs TikTok ban",
             "Montana Gov. Greg Gianforte on Wednesday signed a bill banning TikTok statewide.", "new_action", "fine_or_penalty", ["US-*"]),
        # false negative: gold says new, the text has no act
        _row("fn", "TikTok launches a new feature", "TikTok on Tuesday launched a photo feature.", "new_action", "other", ["US"]),
        # false positive: gold says proposed, the text reports an act
        _row("fp", "Italy fines TikTok", "Italy's competition authority fined TikTok €10 million on Thursday.",
             "proposed_or_threatened", None, ["IT"]),
        # true negative
        _row("tn", "TikTok signs music deal", "TikTok and a record label signed a licensing deal on Monday.", "not_action"),
    ]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(rows) + "\n\n{broken\n", encoding="utf-8")
    r = run_eval(path)
    assert (r.tp, r.fp, r.fn, r.tn) == (2, 1, 1, 1)
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(2 / 3)
    assert r.type_accuracy == pytest.approx(1 / 2)
    assert r.jurisdiction_accuracy == pytest.approx(1.0)
    assert r.confusion["new_action"] == {"new_action": 2, "not_action": 1}
    assert r.confusion["proposed_or_threatened"] == {"new_action": 1}
    missed = {(m.id, m.problem) for m in r.misses}
    assert {("tp-wrong-type", "type"), ("fn", "label"), ("fp", "label")} <= missed
    assert any("line 7" in e for e in r.errors)  # the broken line is reported, not fatal
    assert "tp-wrong-type" in r.render()


def test_jurisdiction_matching() -> None:
    assert jurisdiction_matches("US-MT", ["US-MT"])
    assert jurisdiction_matches("US-TX", ["US-*"])
    assert not jurisdiction_matches("US", ["US-*"])
    assert not jurisdiction_matches("CA", ["US", "US-*"])
    assert not jurisdiction_matches(None, ["CA"])
    assert jurisdiction_matches("EU", ["EU", "IE"])


def test_empty_report() -> None:
    r = EvalReport()
    assert r.precision == r.recall == r.f1 == r.type_accuracy == 0.0
    assert "articles: 0" in r.render()


def test_split_is_by_event_and_keeps_the_seen_file_in_development() -> None:
    from monitor.evaluate import LABELLED_FILES, in_lockbox, load_split, seen_events

    paths = [LABELLED.parent / name for name in LABELLED_FILES]
    every, _ = load_split(paths, "all")
    dev, _ = load_split(paths, "dev")
    lock, _ = load_split(paths, "lockbox")
    assert len(dev) + len(lock) == len(every) and lock and dev
    dev_events = {r["event_key"] for r in dev}
    lock_events = {r["event_key"] for r in lock}
    assert not dev_events & lock_events  # one real-world action never straddles the split
    assert not seen_events(paths) & lock_events  # rules were written on labelled.jsonl: never lockbox
    assert all(in_lockbox(k, seen_events(paths)) for k in lock_events)
    # stable: a hash of the key, not an order or a random draw
    assert [r["id"] for r in load_split(list(reversed(paths)), "lockbox")[0]] != [] and {
        r["id"] for r in load_split(list(reversed(paths)), "lockbox")[0]
    } == {r["id"] for r in lock}
    # both English and other languages are held out
    assert {"en"} < {str(r.get("lang") or "en") for r in lock}


def test_eval_cli_by_language_and_split(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from monitor.cli import app

    rows = [
        json.dumps({"id": "a", "event_key": "k-one", "title": "Canada orders TikTok to wind up its Canadian business",
                    "text": "Canada on Wednesday ordered TikTok to wind up its Canadian business.", "published": "2024-11-06",
                    "label": "new_action", "action_type": "business_wind_up_order", "jurisdiction_codes": ["CA"]}),
        json.dumps({"id": "b", "event_key": "k-two", "lang": "fr", "title": "Le Canada ordonne la dissolution de TikTok Canada",
                    "text": "Ottawa a ordonné mercredi la liquidation des activités canadiennes de TikTok.", "published": "2024-11-06",
                    "label": "new_action", "action_type": "business_wind_up_order", "jurisdiction_codes": ["CA"]}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--by-language", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"en", "fr", "other (pooled)", "all (pooled)"}
    assert data["fr"]["new_action"]["tp"] == 1 and data["all (pooled)"]["total"] == 2
    refused = CliRunner().invoke(app, ["eval", str(path), "--dev", "--lockbox"])
    assert refused.exit_code != 0
