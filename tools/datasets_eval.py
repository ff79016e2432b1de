"""Score the extractor on the public benchmark sets in ../shared/datasets.

    python -m tools.datasets_eval [--sets resume_ner cluener2020 ...] [--limit N]
        [--labels TITLE ...] [--errors TITLE] [--nested Person:TITLE [--verbose]]
        [--datasets DIR]

A developer's tool, outside the runtime package: `python -m tools.evaluate` (`make eval`)
prints the whole report, dev set included; this one reads the errors of one set.

The dev set is small and was used for tuning, so generalisation is checked on data
nobody tuned on. Each set has its own annotation conventions, so its figures compare
versions of this extractor with each other, not with the press-release gold sets; the
`--errors` listing is there to read misses and over-matches, not to chase a number.

Gold labels go through the datasets' own `map_labels.py` (imported by path at run
time), so the mapping is the one everybody uses, and no dataset text enters the repo.
Only labels that both the mapped gold and the extractor produce are scored.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from extractor.extractor import Extractor

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
LABELS = ("DATE", "PERSON", "TITLE", "ORG", "REGION")
ZH_SETS = ("cluener2020", "resume_ner", "peoples_daily_1998_time")

Span = tuple[int, int, str]
Values = dict[Span, str]


def load_module(path: Path, name: str) -> ModuleType:
    """A script of ../shared (map_labels.py, score.py) imported by path, so the figures
    are the ones everybody computes and nothing of ../shared is copied here."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ValueError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_mapper(datasets: Path) -> ModuleType:
    return load_module(datasets / "map_labels.py", "pressner_map_labels")


def dataset_files(datasets: Path, mapper: ModuleType, names: list[str] | None) -> list[Path]:
    files = sorted(datasets.glob("*.jsonl"))
    known = [f for f in files if any(f.name.startswith(k) for k in mapper.MAPS)]
    if not names:
        return known
    chosen = [f for f in known if any(f.name.startswith(n) for n in names)]
    missing = [n for n in names if not any(f.name.startswith(n) for f in known)]
    if missing:
        raise ValueError(f"unknown sets {missing}; known: {[f.stem for f in known]}")
    return chosen


def lang_of(path: Path, doc: dict) -> str:
    if doc.get("lang") in ("en", "zh"):
        return doc["lang"]
    return "zh" if path.name.startswith(ZH_SETS) else "en"


def gold_spans(doc: dict, mapping: dict[str, str], values: Values | None = None) -> list[Span]:
    """The mapping of map_labels.py: unmapped labels dropped, overlaps keep the first.
    Gold `value`s of the kept spans go into `values` when it is given."""
    out: list[Span] = []
    for e in sorted(doc["entities"], key=lambda e: (e["start"], -e["end"])):
        label = mapping.get(e["label"])
        if label and not any(e["start"] < t1 and t0 < e["end"] for t0, t1, _ in out):
            out.append((e["start"], e["end"], label))
            if values is not None and e.get("value"):
                values[out[-1]] = str(e["value"])
    return out


def read_docs(path: Path, limit: int | None) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


class Tally:
    """Exact and one-to-one overlap counts per label, as ../shared/eval/score.py counts,
    and value accuracy where the set gives values: over the exactly matched spans (the
    normaliser's own error) and over the overlapping ones (boundary conventions differ,
    `the last week` vs `last week`, yet the value may still agree)."""

    def __init__(self) -> None:
        self.exact: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.overlap: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.value_exact: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [right, seen]
        self.value_overlap: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, gold: list[Span], pred: list[Span], gold_values: Values | None = None,
            pred_values: Values | None = None) -> None:
        gold_values, pred_values = gold_values or {}, pred_values or {}
        gset, pset = set(gold), set(pred)
        for s in gold:
            self.exact[s[2]][0 if s in pset else 2] += 1
            if s in pset and s in gold_values:
                self.value_exact[s[2]][0] += pred_values.get(s) == gold_values[s]
                self.value_exact[s[2]][1] += 1
        for s in pset - gset:
            self.exact[s[2]][1] += 1
        used: set[int] = set()
        for gs, ge, gl in gold:
            hit = next((i for i, (ps, pe, pl) in enumerate(pred)
                        if i not in used and pl == gl and ps < ge and gs < pe), None)
            self.overlap[gl][0 if hit is not None else 2] += 1
            if hit is not None:
                used.add(hit)
                if (gs, ge, gl) in gold_values:
                    right = pred_values.get(pred[hit]) == gold_values[(gs, ge, gl)]
                    self.value_overlap[gl][0] += right
                    self.value_overlap[gl][1] += 1
        for i, (_, _, pl) in enumerate(pred):
            if i not in used:
                self.overlap[pl][1] += 1


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, ndocs: int, tally: Tally, labels: list[str]) -> str:
    lines = [f"== {name}: {ndocs} documents",
             f"{'label':8} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"
             f" | overlap {'P':>6} {'R':>6} {'F1':>6}"]
    for label in labels:
        e, o = tally.exact[label], tally.overlap[label]
        lines.append(f"{label:8} {e[0] + e[2]:5d} {e[0] + e[1]:5d} "
                     + " ".join(f"{x:6.3f}" for x in prf(*e)) + " | overlap "
                     + " ".join(f"{x:6.3f}" for x in prf(*o)))
    for label in labels:
        (ve, ne), (vo, no) = tally.value_exact[label], tally.value_overlap[label]
        if ne or no:
            lines.append(f"{label:8} value accuracy: exact spans {ve}/{ne} = "
                         f"{ve / ne if ne else 0:.3f}; overlapping spans {vo}/{no} = "
                         f"{vo / no if no else 0:.3f}")
    return "\n".join(lines)


def error_lines(text: str, gold: list[Span], pred: list[Span], label: str,
                gold_values: Values | None = None, pred_values: Values | None = None) -> list[str]:
    g = {s for s in gold if s[2] == label}
    p = {s for s in pred if s[2] == label}
    gv, pv = gold_values or {}, pred_values or {}
    out = [f"  miss {text[s:e]!r} | …{text[max(0, s - 15):e + 15]}…" for s, e, _ in sorted(g - p)]
    out += [f"  over {text[s:e]!r} | …{text[max(0, s - 15):e + 15]}…" for s, e, _ in sorted(p - g)]
    out += [f"  value {text[s[0]:s[1]]!r} gold {gv[s]!r} ours {pv.get(s)!r}"
            for s in sorted(g & p) if s in gv and pv.get(s) != gv[s]]
    out += [f"  bound {text[gs:ge]!r} gold {gv[(gs, ge, lab)]!r} | ours {text[ps:pe]!r} "
            f"{pv.get((ps, pe, lab))!r}"
            for (gs, ge, lab), (ps, pe, _) in boundary_pairs(sorted(g - p), sorted(p - g))
            if (gs, ge, lab) in gv]
    return out


def boundary_pairs(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """Gold and predicted spans that overlap without being equal (`the last week` against
    `last week`): where a set's boundary convention differs, the values can still be read
    side by side, so a value error is not hidden behind a boundary error."""
    return [(gs, ps) for gs in gold for ps in pred if ps[0] < gs[1] and gs[0] < ps[1]]


class Nested:
    """Where a dataset's span holds ours (re3d `Person` = `Gen. Joseph Votel`, title
    included), exact scores say nothing; count instead how many of our spans of one
    label lie inside its spans of another, and how many of its spans hold one of ours."""

    def __init__(self, spec: str) -> None:
        self.gold_label, _, self.pred_label = spec.partition(":")
        self.inside = self.outside = self.holding = self.empty = 0
        self.shown: list[str] = []

    def add(self, doc: dict, pred: list[Span], verbose: bool) -> None:
        text = doc["text"]
        gold = [(e["start"], e["end"]) for e in doc["entities"] if e["label"] == self.gold_label]
        ours = [(s, e) for s, e, lab in pred if lab == self.pred_label]
        for s, e in ours:
            hit = any(gs <= s and e <= ge for gs, ge in gold)
            self.inside += hit
            self.outside += not hit
            if verbose and not hit:
                self.shown.append(f"  outside {text[s:e]!r} | …{text[max(0, s - 25):e + 25]}…")
        for gs, ge in gold:
            hit = any(gs <= s and e <= ge for s, e in ours)
            self.holding += hit
            self.empty += not hit
            if verbose and not hit:
                self.shown.append(f"  empty {text[gs:ge]!r}")

    def summary(self) -> str:
        n = self.inside + self.outside
        return (f"{self.pred_label} inside gold {self.gold_label}: {self.inside}/{n}"
                f" ({self.inside / n if n else 0:.3f}); gold {self.gold_label} holding a"
                f" {self.pred_label}: {self.holding}/{self.holding + self.empty}")


def evaluate_file(extractor: Extractor, path: Path, mapping: dict[str, str], a: argparse.Namespace
                  ) -> tuple[str, list[str]]:
    tally, ndocs, shown = Tally(), 0, []
    nested = Nested(a.nested) if a.nested else None
    for doc in read_docs(path, a.limit):
        ndocs += 1
        res = extractor.extract(doc["text"], lang=lang_of(path, doc), doc_date=doc.get("doc_date"))
        gold_values: Values = {}
        gold = gold_spans(doc, mapping, gold_values)
        pred = [(e.start, e.end, e.label) for e in res.entities]
        pred_values = {(e.start, e.end, e.label): e.value for e in res.entities if e.value}
        tally.add(gold, pred, gold_values, pred_values)
        if a.errors:
            shown += error_lines(doc["text"], gold, pred, a.errors, gold_values, pred_values)
        if nested:
            nested.add(doc, pred, a.verbose)
    labels = [lab for lab in LABELS
              if lab in set(mapping.values()) and (not a.labels or lab in a.labels)]
    table = report(path.stem, ndocs, tally, labels)
    if nested:
        table += "\n" + nested.summary()
        shown += nested.shown
    return table, shown


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", help="dataset name prefixes (default: all mapped sets)")
    ap.add_argument("--limit", type=int, help="first N documents of each set")
    ap.add_argument("--labels", nargs="*", choices=LABELS, help="labels to print")
    ap.add_argument("--errors", choices=LABELS,
                    help="also list misses/over-matches of a label, value errors on exact"
                         " spans (`value`) and the values of overlapping spans of another extent"
                         " (`bound`)")
    ap.add_argument("--nested", metavar="GOLD:PRED",
                    help="count our PRED spans inside the set's own GOLD label (Person:TITLE)")
    ap.add_argument("--verbose", action="store_true", help="list --nested mismatches")
    ap.add_argument("--datasets", type=Path, default=Path(os.environ.get(
        "PRESSNER_DATASETS", DATASETS)))
    a = ap.parse_args(argv)
    try:
        mapper = load_mapper(a.datasets)
        files = dataset_files(a.datasets, mapper, a.sets)
    except (OSError, ValueError) as e:
        ap.exit(2, f"error: {e}\n")
    extractor = Extractor()
    for path in files:
        table, shown = evaluate_file(extractor, path, mapper.mapping_for(str(path)), a)
        print(table)
        if shown:
            print("\n".join(shown))


if __name__ == "__main__":
    main()
