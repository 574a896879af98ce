#!/usr/bin/env python3
"""Train the record verifier (analyze/verifier.py) and write its weights (src/enligt/lang/verifier.json).

    python scripts/train_verifier.py --read-sets DIR... --polnear DIR --scorers DIR [--out FILE]

The build in this venv runs over the annotated pages (each DIR holds `*.gold.json` and the pages
they name) and over PolNeAR train (a git copy, `--polnear`) with the verifier off. Each record it
finds is labelled by the project's scorers (`--scorers`: the folder of score.py and
score_polnear.py, imported, never copied): right when the scorer matches it to a gold record
(score.py: content and source; PolNeAR: content overlap), false otherwise. A logistic model over the
features of analyze/verifyfeats.py is fitted with L2-regularised AdaGrad in pure Python. The
threshold is chosen by page-grouped cross-validation on the annotated pages (PolNeAR always in
training): the one that gives the best pooled attribution F1 there without lowering the
cross-validated PolNeAR F1. The data stays outside the repository; only the weights are written.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from enligt.analyze.verifyfeats import page_features
from enligt.models import Analysis
from enligt.pipeline import analyze, analyze_text
from enligt.settings import Options

OPTIONS = Options(verify=False)


@dataclass
class Example:
    features: list[str]
    right: bool  # the scorer matched the record
    counts: bool  # PolNeAR: the matched gold record is in the scorer's scope (recall counts it)
    page: str
    polnear: bool


@dataclass
class PageGold:
    page: str
    n_gold: int  # gold records recall counts
    polnear: bool


def read_set(gold_dir: Path, score: object) -> tuple[list[Example], list[PageGold]]:
    """Examples of one annotated set, labelled with score.py's matching (content, then source)."""
    examples, pages = [], []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = f"{gold_dir}/{gold['id']}"
        result = next(iter(analyze([str(gold_dir / gold["input"])], options=OPTIONS)))
        gat = gold.get("attributions") or []
        pages.append(PageGold(page, len(gat), False))
        if not isinstance(result, Analysis):
            continue
        pat = [a.to_dict() for a in result.attributions]
        right = {i for i, j in score.match_attributions(pat, gat) if score.source_ok(pat[i], gat[j])}  # type: ignore[attr-defined]
        for i, feats in enumerate(page_features(result.article, result.attributions)):
            examples.append(Example(feats, i in right, True, page, False))
    return examples, pages


def polnear_set(polnear: object) -> tuple[list[Example], list[PageGold]]:
    """Examples of PolNeAR train, labelled with score_polnear.py's token-overlap matching."""
    examples, pages = [], []
    for doc in polnear.load_split("train", None):  # type: ignore[attr-defined]
        text = doc["text"]
        gold = [(polnear.tokens(text, g["content"]), polnear.in_scope(text, g)) for g in doc["gold"]]  # type: ignore[attr-defined]
        pages.append(PageGold("polnear/" + doc["id"], sum(1 for _, s in gold if s), True))
        result = analyze_text(text, options=OPTIONS, name=doc["id"])
        conv = polnear.to_file(text, result.article.to_dict())  # type: ignore[attr-defined]
        toks = []
        for a in result.attributions:
            s, e = conv(a.content_span.start), conv(a.content_span.end)
            toks.append(polnear.tokens(text, [(s, e)]) if s is not None and e is not None and s < e else set())  # type: ignore[attr-defined]
        matched = _greedy(polnear, toks, [g for g, _ in gold])
        for i, feats in enumerate(page_features(result.article, result.attributions)):
            j = matched.get(i)
            examples.append(Example(feats, j is not None, j is not None and gold[j][1], "polnear/" + doc["id"], True))
    return examples, pages


def _greedy(polnear: object, pred: list[set[int]], gold: list[set[int]]) -> dict[int, int]:
    """score_polnear.py's one-to-one matching, best Dice first, pairs of Dice >= 0.5."""
    pairs = sorted(((polnear.dice(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),  # type: ignore[attr-defined]
                   reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def fit(examples: list[Example], *, epochs: int, l2: float, rate: float, polnear_weight: float,
        seed: int) -> dict[str, float]:
    """L2-regularised logistic regression by AdaGrad over sparse binary features."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    n = len(examples)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            ex = examples[k]
            z = sum(weights.get(f, 0.0) for f in ex.features)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - float(ex.right)) * (polnear_weight if ex.polnear else 1.0)
            for f in ex.features:
                w = weights.get(f, 0.0)
                grad = g + (l2 / n) * w * (0.0 if f == "bias" else 1.0)
                squares[f] = squares.get(f, 0.0) + grad * grad
                weights[f] = w - rate * grad / math.sqrt(squares[f] + 1e-8)
    return {f: round(w, 4) for f, w in weights.items() if abs(w) >= 1e-4}


def probability(weights: dict[str, float], features: list[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def f1_at(scored: list[tuple[float, Example]], n_gold: int, threshold: float) -> tuple[float, float, float]:
    """Attribution P, R, F1 (the scorer's way) when records below `threshold` are dropped."""
    kept = [ex for p, ex in scored if p >= threshold]
    right = sum(1 for ex in kept if ex.right)
    counted = sum(1 for ex in kept if ex.right and ex.counts)
    prec = right / len(kept) if kept else 1.0
    rec = counted / n_gold if n_gold else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def cross_validate(examples: list[Example], pages: list[PageGold], args: argparse.Namespace) -> float:
    """Page-grouped k-fold: held-out probabilities for every record, then the threshold sweep."""
    names = sorted({p.page for p in pages})
    random.Random(args.seed).shuffle(names)
    fold_of = {name: i % args.folds for i, name in enumerate(names)}
    scored: list[tuple[float, Example]] = []
    for k in range(args.folds):
        train = [ex for ex in examples if fold_of[ex.page] != k]
        weights = fit(train, epochs=args.epochs, l2=args.l2, rate=args.rate, polnear_weight=args.polnear_weight,
                      seed=args.seed)
        scored += [(probability(weights, ex.features), ex) for ex in examples if fold_of[ex.page] == k]
    read = [s for s in scored if not s[1].polnear]
    poln = [s for s in scored if s[1].polnear]
    gold_read = sum(p.n_gold for p in pages if not p.polnear)
    gold_poln = sum(p.n_gold for p in pages if p.polnear)
    base_read, base_poln = f1_at(read, gold_read, 0.0), f1_at(poln, gold_poln, 0.0)
    best, best_f1 = 0.0, base_read[2]
    print("threshold  read P R F1 (held out)       PolNeAR train P R F1 (held out)   dropped read/polnear")
    for step in range(5, 80, 5):
        t = step / 100
        r, q = f1_at(read, gold_read, t), f1_at(poln, gold_poln, t)
        dropped = (sum(1 for p, _ in read if p < t), sum(1 for p, _ in poln if p < t))
        print(f"{t:.2f}       {r[0]:.3f} {r[1]:.3f} {r[2]:.4f}     {q[0]:.3f} {q[1]:.3f} {q[2]:.4f}      {dropped}")
        if r[2] > best_f1 + 1e-9 and q[2] >= base_poln[2]:
            best, best_f1 = t, r[2]
    print(f"no verifier: read {base_read[2]:.4f}, PolNeAR train {base_poln[2]:.4f}; chosen threshold {best:.2f}")
    return best


def label(args: argparse.Namespace, score: object, score_polnear: object) -> tuple[list[Example], list[PageGold]]:
    """Run the build over every set and label its records."""
    examples: list[Example] = []
    pages: list[PageGold] = []
    for gold_dir in args.read_sets:
        ex, pg = read_set(gold_dir, score)
        examples += ex
        pages += pg
        print(f"{gold_dir}: {len(pg)} pages, {len(ex)} records, {sum(1 for e in ex if not e.right)} false",
              file=sys.stderr)
    ex, pg = polnear_set(score_polnear)
    print(f"PolNeAR train: {len(pg)} articles, {len(ex)} records, {sum(1 for e in ex if not e.right)} false",
          file=sys.stderr)
    return examples + ex, pages + pg


def save_examples(path: Path, examples: list[Example], pages: list[PageGold]) -> None:
    data = {"examples": [vars(e) for e in examples], "pages": [vars(p) for p in pages]}
    path.write_text(json.dumps(data), encoding="utf-8")


def load_examples(path: Path) -> tuple[list[Example], list[PageGold]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Example(**e) for e in data["examples"]], [PageGold(**p) for p in data["pages"]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--read-sets", nargs="+", type=Path, required=True, help="annotated page folders (*.gold.json)")
    ap.add_argument("--polnear", type=Path, required=True, help="git copy of PolNeAR (train split is used)")
    ap.add_argument("--scorers", type=Path, default=Path("../shared"), help="folder of score.py, score_polnear.py")
    ap.add_argument("--out", type=Path, default=Path("src/enligt/lang/verifier.json"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--polnear-weight", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--threshold", type=float, help="use this threshold instead of the cross-validated one")
    ap.add_argument("--languages", nargs="+", default=["en"],
                    help="the languages the shipped model checks (others keep every record; default en: only there "
                         "did held-out pages gain, see docs/verifier.md)")
    ap.add_argument("--examples", type=Path, help="labelled records: written after a run, read instead of running "
                    "the build when the file exists (for trying learning settings; delete it after a code change)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.scorers))
    import score  # type: ignore[import-not-found]
    import score_polnear  # type: ignore[import-not-found]
    score_polnear.MIRROR = args.polnear
    if args.examples and args.examples.exists():
        examples, pages = load_examples(args.examples)
    else:
        examples, pages = label(args, score, score_polnear)
        if args.examples:
            save_examples(args.examples, examples, pages)
    threshold = args.threshold if args.threshold is not None else cross_validate(examples, pages, args)
    weights = fit(examples, epochs=args.epochs, l2=args.l2, rate=args.rate, polnear_weight=args.polnear_weight,
                  seed=args.seed)
    model = {"threshold": threshold, "languages": sorted(args.languages), "trained_on": {"read_pages": sum(1 for p in pages if not p.polnear),
             "polnear_articles": sum(1 for p in pages if p.polnear), "records": len(examples)},
             "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, threshold {threshold:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
