"""Evaluation of the detector against a labelled JSON Lines file.

:func:`run_eval` reads rows with the schema of ``shared/data/articles/labelled.jsonl``
(``id``, ``title``, ``text``, ``published``, ``label``, ``action_type``,
``jurisdiction_codes``), runs :func:`monitor.analyze.analyze_article` on each and
reports:

* precision / recall / F1 of ``new_action`` (the alerting decision);
* action-type and jurisdiction accuracy on the true positives (the jurisdiction counts
  as right when the predicted code is one of ``jurisdiction_codes``; ``US-*`` accepts
  any ``US-XX``);
* a confusion table, gold label x predicted label;
* every misclassified id with the evidence the detector used.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.analyze import LABELS, analyze_article

# The development / lockbox split. Articles are split by ``event_key`` so that every report of
# one real-world action falls on the same side. Events with an article in ``labelled.jsonl`` are
# always development: the rules were written against that file before the split existed. Of the
# other events, those whose SHA-256 (mod 100) is below LOCKBOX_PERCENT form the lockbox, which is
# only ever scored, never read while tuning.
LOCKBOX_PERCENT = 40
SEEN_FILE = "labelled.jsonl"
LABELLED_FILES = ("labelled.jsonl", "labelled-more.jsonl", "multilingual.jsonl")
SPLITS = ("all", "dev", "lockbox")


@dataclass
class Miss:
    """One article the detector got wrong (label, type or jurisdiction)."""

    id: str
    gold_label: str
    predicted_label: str
    problem: str  # "label" | "type" | "jurisdiction"
    gold: str
    predicted: str
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class EvalReport:
    """Metrics of one evaluation run; :meth:`render` prints them as plain text."""

    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    type_correct: int = 0
    jurisdiction_correct: int = 0
    label_correct: int = 0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.tp if self.tp else 0.0

    @property
    def jurisdiction_accuracy(self) -> float:
        return self.jurisdiction_correct / self.tp if self.tp else 0.0

    @property
    def label_accuracy(self) -> float:
        return self.label_correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "new_action": {
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "tn": self.tn,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "action_type_accuracy": round(self.type_accuracy, 4),
            "jurisdiction_accuracy": round(self.jurisdiction_accuracy, 4),
            "label_accuracy": round(self.label_accuracy, 4),
            "confusion": self.confusion,
            "misses": [m.to_dict() for m in self.misses],
            "errors": list(self.errors),
        }

    def render(self, show_misses: bool = True) -> str:
        """The figures and the confusion table; ``show_misses=False`` leaves out which articles were
        missed, so the lockbox can be scored without its errors being read."""
        lines = [
            f"articles: {self.total}",
            "",
            "new_action (alerting decision)",
            f"  precision {self.precision:.3f}   recall {self.recall:.3f}   F1 {self.f1:.3f}"
            f"   (tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})",
            f"  action type accuracy on true positives:   {self.type_accuracy:.3f} ({self.type_correct}/{self.tp})",
            f"  jurisdiction accuracy on true positives:  {self.jurisdiction_accuracy:.3f} ({self.jurisdiction_correct}/{self.tp})",
            f"  six-way label accuracy:                   {self.label_accuracy:.3f} ({self.label_correct}/{self.total})",
            "",
            "confusion (rows: gold label, columns: predicted)",
        ]
        cols = [lab for lab in LABELS if any(self.confusion.get(g, {}).get(lab) for g in self.confusion)] or list(LABELS)
        short = {lab: _short(lab) for lab in cols}
        width = max(len(g) for g in [*LABELS, "gold"])
        lines.append("  " + "gold".ljust(width) + " " + " ".join(short[c].rjust(8) for c in cols))
        for gold in LABELS:
            row = self.confusion.get(gold)
            if not row:
                continue
            lines.append("  " + gold.ljust(width) + " " + " ".join(str(row.get(c, 0)).rjust(8) for c in cols))
        lines.append("  columns: " + ", ".join(f"{short[c]}={c}" for c in cols))
        if self.misses and show_misses:
            lines.append("")
            lines.append("misses")
            for m in self.misses:
                ev = m.evidence.replace("\n", " ")
                if len(ev) > 160:
                    ev = ev[:157] + "..."
                lines.append(f"  {m.id}: {m.problem}: gold {m.gold} / predicted {m.predicted}")
                lines.append(f"      evidence: {ev or '(none)'}")
        if self.errors:
            lines.append("")
            lines.append("errors")
            lines.extend(f"  {e}" for e in self.errors)
        return "\n".join(lines)


def _short(label: str) -> str:
    return {
        "new_action": "new",
        "proposed_or_threatened": "proposed",
        "background_only": "backgr",
        "court_blocks_action": "court",
        "tiktok_challenges_action": "challng",
        "not_action": "not",
    }.get(label, label[:8])


def jurisdiction_matches(predicted: str | None, accepted: list[str]) -> bool:
    """True when ``predicted`` is one of the accepted codes (``US-*`` accepts any US state)."""
    if not predicted:
        return False
    for code in accepted:
        if code == predicted:
            return True
        if code.endswith("-*") and predicted.startswith(code[:-1]) and len(predicted) > len(code) - 1:
            return True
    return False


def in_lockbox(event_key: str, seen: set[str]) -> bool:
    """True when the event belongs to the lockbox (see :data:`LOCKBOX_PERCENT`)."""
    if not event_key or event_key in seen:
        return False
    return int(hashlib.sha256(event_key.encode("utf-8")).hexdigest(), 16) % 100 < LOCKBOX_PERCENT


def split_rows(rows: list[dict[str, Any]], split: str, seen: set[str]) -> list[dict[str, Any]]:
    """The rows of one split: ``all``, ``dev`` or ``lockbox``."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    if split == "all":
        return rows
    want = split == "lockbox"
    return [r for r in rows if in_lockbox(str(r.get("event_key") or ""), seen) == want]


def row_language(row: dict[str, Any]) -> str:
    return str(row.get("lang") or "en")


def evaluate_rows(rows: list[dict[str, Any]]) -> EvalReport:
    """Score already-parsed labelled rows."""
    report = EvalReport()
    confusion: dict[str, Counter[str]] = {}
    for row in rows:
        rid = str(row.get("id"))
        try:
            result = analyze_article(
                row.get("title"), row.get("text") or "", row.get("published"), row.get("url"), language=row.get("lang") or None
            )
        except Exception as exc:  # report, never crash an evaluation
            report.errors.append(f"{rid}: {type(exc).__name__}: {exc}")
            continue
        report.total += 1
        gold = str(row.get("label"))
        pred = result.label
        confusion.setdefault(gold, Counter())[pred] += 1
        if gold == pred:
            report.label_correct += 1
        gold_pos = gold == "new_action"
        main = result.actions[0] if result.actions else None
        evidence = main.evidence if main else ""
        if gold_pos and result.new_action:
            report.tp += 1
            if main is not None and main.type == row.get("action_type"):
                report.type_correct += 1
            else:
                report.misses.append(Miss(rid, gold, pred, "type", str(row.get("action_type")), main.type if main else "-", evidence))
            accepted = [str(c) for c in row.get("jurisdiction_codes") or []]
            if main is not None and jurisdiction_matches(main.jurisdiction, accepted):
                report.jurisdiction_correct += 1
            else:
                report.misses.append(
                    Miss(rid, gold, pred, "jurisdiction", ",".join(accepted), main.jurisdiction if main else "-", evidence)
                )
        elif gold_pos:
            report.fn += 1
            report.misses.append(Miss(rid, gold, pred, "label", gold, pred, evidence))
        elif result.new_action:
            report.fp += 1
            report.misses.append(Miss(rid, gold, pred, "label", gold, pred, evidence))
        else:
            report.tn += 1
            if gold != pred:
                report.misses.append(Miss(rid, gold, pred, "label", gold, pred, evidence))
    report.confusion = {g: dict(c) for g, c in confusion.items()}
    return report


def read_rows(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The JSON objects of a labelled file, and one error line per unreadable line."""
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                errors.append(f"line {n}: not a JSON object")
                continue
            rows.append(obj)
    return rows, errors


def seen_events(paths: list[Path]) -> set[str]:
    """Event keys of the file the rules were first written against (always development)."""
    seen: set[str] = set()
    for path in paths:
        if Path(path).name == SEEN_FILE:
            rows, _ = read_rows(path)
            seen.update(str(r.get("event_key") or "") for r in rows)
    return seen


def load_split(paths: list[Path], split: str = "all") -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of several labelled files, restricted to one split."""
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for path in paths:
        r, e = read_rows(path)
        rows.extend(r)
        errors.extend(f"{Path(path).name}: {x}" for x in e)
    seen = seen_events(paths)
    if split != "all" and not any(Path(p).name == SEEN_FILE for p in paths):
        sibling = Path(paths[0]).parent / SEEN_FILE if paths else None
        if sibling is not None and sibling.exists():
            seen = seen_events([sibling])
    return split_rows(rows, split, seen), errors


def run_eval(path: Path | list[Path], split: str = "all") -> EvalReport:
    """Evaluate the detector on one or more labelled JSON Lines files (optionally one split)."""
    paths = [path] if isinstance(path, Path | str) else list(path)
    rows, errors = load_split([Path(p) for p in paths], split)
    report = evaluate_rows(rows)
    report.errors = errors + report.errors
    return report


def run_eval_by_language(paths: list[Path], split: str = "all") -> dict[str, EvalReport]:
    """One report per language, plus ``en``-less pooled ``other`` and ``all``."""
    rows, errors = load_split([Path(p) for p in paths], split)
    langs = sorted({row_language(r) for r in rows}, key=lambda lg: (lg != "en", lg))
    out: dict[str, EvalReport] = {lg: evaluate_rows([r for r in rows if row_language(r) == lg]) for lg in langs}
    others = [r for r in rows if row_language(r) != "en"]
    if others:
        out["other (pooled)"] = evaluate_rows(others)
    out["all (pooled)"] = evaluate_rows(rows)
    out["all (pooled)"].errors = errors + out["all (pooled)"].errors
    return out


def render_by_language(reports: dict[str, EvalReport]) -> str:
    """A table: one line per language with its article count and the four figures."""
    head = f"{'language':<16}{'articles':>9}{'actions':>9}{'precision':>11}{'recall':>8}{'type':>7}{'juris.':>8}{'label':>7}"
    lines = [head, "-" * len(head)]
    for lg, r in reports.items():
        lines.append(
            f"{lg:<16}{r.total:>9}{r.tp + r.fn:>9}{r.precision:>11.2f}{r.recall:>8.2f}"
            f"{r.type_accuracy:>7.2f}{r.jurisdiction_accuracy:>8.2f}{r.label_accuracy:>7.2f}"
        )
    return "\n".join(lines)
