"""One accuracy report: the dev set per language and id group, and every public set.

    python -m tools.evaluate [--limit N] [--sets cluener2020 ...] [--no-dev] [--no-public]
        [--profile fast|accurate] [--out docs/accuracy]      (or: make eval)

Prints the report and writes it to OUT.md (the README links it) and the figures to OUT.json.
Every figure comes from ../shared/eval/score.py, imported by path, so it is the scorer the
gold sets are judged by: per label exact-span P/R/F1 and overlap F1, micro F1, DATE value
accuracy (right values over all gold values, a missed date counting as wrong) and roles.
The dev set is also read a second time with every document date withheld: the DATE values
then rest on the date the extractor infers from the text (header, dateline, footer), the
case of a caller who has no date to give; that figure is reported per language.
The public sets in ../shared/datasets are first mapped with their own map_labels.py; only
the labels the mapping yields are scored (micro included), since their other labels are not
annotated there. Their conventions differ from ours: their figures compare versions of this
extractor with each other, not with the press-release gold sets.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from tqdm import tqdm

from extractor.schema import ExtractionResult

from .datasets_eval import DATASETS, LABELS, dataset_files, lang_of, load_mapper, load_module, read_docs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev.jsonl"
ANNOTATED = ROOT / "samples" / "annotated.jsonl"  # releases we wrote, annotated by hand
SCORER = SHARED / "eval" / "score.py"
OUT = ROOT / "docs" / "accuracy"
Figures = dict[str, Any]


def make_extractor(profile: str | None = None, **kwargs: Any):
    """The extractor under test; `profile` is handed on only when given, so the report runs
    on an Extractor that does not know profiles yet."""
    from extractor import Extractor

    if profile:
        kwargs["profile"] = profile
    try:
        return Extractor(**kwargs)
    except TypeError as e:
        raise SystemExit(f"error: this Extractor does not take {sorted(kwargs)}: {e}") from None


def predict(extractor, docs: list[dict], desc: str, progress: bool = True) -> dict[str, dict]:
    """score.py's PRED shape, keyed by id: the documents go through `extract_many` in order."""
    out: dict[str, dict] = {}
    results = extractor.extract_many(
        {"id": d["id"], "text": d["text"], "lang": d["lang"], "doc_date": d.get("doc_date")}
        for d in docs)
    bar = tqdm(results, total=len(docs), desc=desc, unit="doc", disable=not progress,
               file=sys.stderr)
    for res, doc in zip(bar, docs):  # the bar first, so it sees its end and closes
        if isinstance(res, ExtractionResult):
            out[doc["id"]] = res.model_dump(include={"id", "entities", "roles"})
        else:  # an unreadable document scores as empty output
            out[doc["id"]] = {"id": doc["id"], "entities": [], "roles": []}
    return out


def figures(scorer: ModuleType, gold: dict[str, dict], pred: dict[str, dict],
            lang: str | None = None, ids: list[str] | None = None,
            labels: Iterable[str] = LABELS) -> Figures:
    """score.py's counts turned into the report's figures, over `labels` only."""
    labels = [lab for lab in LABELS if lab in set(labels)]
    if len(labels) < len(LABELS):  # predictions of labels the set does not annotate are not errors
        pred = {k: {**p, "entities": [e for e in p["entities"] if e["label"] in labels]}
                for k, p in pred.items()}
    ndocs, exact, part, (dok, dn), roles = scorer.score(gold, pred, lang, ids)
    rows, tot_e, tot_o = {}, [0, 0, 0], [0, 0, 0]
    for lab in labels:
        e, o = exact[lab], part[lab]
        tot_e = [a + b for a, b in zip(tot_e, e)]
        tot_o = [a + b for a, b in zip(tot_o, o)]
        rows[lab] = _row(scorer, e, o)
    return {"documents": ndocs, "labels": rows, "micro": _row(scorer, tot_e, tot_o),
            "date_values": [dok, dn], "date_value_accuracy": dok / dn if dn else None,
            "roles": _row(scorer, roles, None)}


def _row(scorer: ModuleType, e: list[int], o: list[int] | None) -> dict:
    p, r, f = scorer.prf(*e)
    row = {"gold": e[0] + e[2], "pred": e[0] + e[1], "p": round(p, 4), "r": round(r, 4),
           "f1": round(f, 4)}
    if o is not None:
        row["overlap_f1"] = round(scorer.prf(*o)[2], 4)
    return row


def dev_scopes(gold: dict[str, dict]) -> list[tuple[str, str | None, list[str] | None]]:
    """(name, lang, id prefixes): the whole set, each language, each id group (`en-d`)."""
    groups = sorted({"-".join(i.split("-")[:2]) for i in gold})
    return ([("all", None, None), ("en", "en", None), ("zh", "zh", None)]
            + [(g, None, [g + "-"]) for g in groups])


def evaluate_dev(extractor, scorer: ModuleType, path: Path = DEV, progress: bool = True
                 ) -> dict[str, Figures]:
    gold = scorer.load(str(path))
    pred = predict(extractor, list(gold.values()), "dev", progress)
    return {name: figures(scorer, gold, pred, lang, ids) for name, lang, ids in dev_scopes(gold)}


INFERRED_SCOPES = (("all", None), ("en", "en"), ("zh", "zh"))


def evaluate_dev_inferred(extractor, scorer: ModuleType, path: Path = DEV, progress: bool = True
                          ) -> dict[str, Figures]:
    """DATE figures per language with the document date withheld (`doc_date` None): every
    relative or partial date then resolves against the date read from the text."""
    gold = scorer.load(str(path))
    docs = [{**d, "doc_date": None} for d in gold.values()]
    pred = predict(extractor, docs, "dev, no doc date", progress)
    out = {}
    for name, lang in INFERRED_SCOPES:
        fig = figures(scorer, gold, pred, lang, labels=["DATE"])
        out[name] = {"documents": fig["documents"], "DATE": fig["labels"]["DATE"],
                     "date_values": fig["date_values"],
                     "date_value_accuracy": fig["date_value_accuracy"]}
    return out


def mapped_gold(path: Path, mapping: dict[str, str], limit: int | None) -> dict[str, dict]:
    """A public set's documents with map_labels.py's mapping applied (unmapped labels
    dropped, overlaps keep the first), keyed by a line number id."""
    out = {}
    for n, doc in enumerate(read_docs(path, limit)):
        ents, taken = [], []
        for e in sorted(doc["entities"], key=lambda e: (e["start"], -e["end"])):
            label = mapping.get(e["label"])
            if label and not any(e["start"] < t1 and t0 < e["end"] for t0, t1 in taken):
                taken.append((e["start"], e["end"]))
                ents.append({**e, "label": label})
        key = f"{path.stem}:{n}"
        out[key] = {**doc, "id": key, "lang": lang_of(path, doc), "entities": ents, "roles": []}
    return out


def evaluate_public(extractor, scorer: ModuleType, datasets: Path = DATASETS,
                    sets: list[str] | None = None, limit: int | None = None,
                    progress: bool = True) -> dict[str, Figures]:
    mapper = load_mapper(datasets)
    out = {}
    for path in dataset_files(datasets, mapper, sets):
        mapping = mapper.mapping_for(str(path))
        gold = mapped_gold(path, mapping, limit)
        pred = predict(extractor, list(gold.values()), path.stem, progress)
        out[path.stem] = figures(scorer, gold, pred, labels=set(mapping.values()))
        out[path.stem]["lang"] = next(iter(gold.values()))["lang"] if gold else None
    return out


# -- the report ------------------------------------------------------------------------------

def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def table(fig: Figures, roles: bool) -> list[str]:
    lines = ["| label | gold | pred | P | R | F1 | overlap F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for lab, row in [*fig["labels"].items(), ("micro", fig["micro"])]:
        name = f"**{lab}**" if lab == "micro" else lab
        lines.append(f"| {name} | {row['gold']} | {row['pred']} | {_f(row['p'])} | {_f(row['r'])} "
                     f"| {_f(row['f1'])} | {_f(row['overlap_f1'])} |")
    ok, n = fig["date_values"]
    extra = [f"DATE value accuracy {_f(fig['date_value_accuracy'])} ({ok}/{n})"] if n else []
    if roles:
        r = fig["roles"]
        extra.append(f"roles P {_f(r['p'])} R {_f(r['r'])} F1 {_f(r['f1'])} (gold {r['gold']})")
    return lines + ([""] + ["; ".join(extra) + "."] if extra else [])


def summary_dev(dev: dict[str, Figures]) -> list[str]:
    lines = ["| scope | docs | " + " | ".join(LABELS) + " | micro | DATE values | roles |",
             "|---|---:|" + "---:|" * (len(LABELS) + 3)]
    for name, fig in dev.items():
        cells = [_f(fig["labels"][lab]["f1"]) for lab in LABELS]
        lines.append(f"| {name} | {fig['documents']} | " + " | ".join(cells)
                     + f" | {_f(fig['micro']['f1'])} | {_f(fig['date_value_accuracy'])} "
                     f"| {_f(fig['roles']['f1'])} |")
    return lines


def summary_inferred(inferred: dict[str, Figures]) -> list[str]:
    lines = ["| scope | docs | DATE F1 | DATE values | right/gold |", "|---|---:|---:|---:|---:|"]
    for name, fig in inferred.items():
        ok, n = fig["date_values"]
        lines.append(f"| {name} | {fig['documents']} | {_f(fig['DATE']['f1'])} "
                     f"| {_f(fig['date_value_accuracy'])} | {ok}/{n} |")
    return lines


def summary_public(public: dict[str, Figures]) -> list[str]:
    lines = ["| set | lang | docs | " + " | ".join(LABELS) + " | micro | DATE values |",
             "|---|---|---:|" + "---:|" * (len(LABELS) + 2)]
    for name, fig in public.items():
        cells = [_f(fig["labels"][lab]["f1"]) if lab in fig["labels"] else "" for lab in LABELS]
        lines.append(f"| {name} | {fig['lang']} | {fig['documents']} | " + " | ".join(cells)
                     + f" | {_f(fig['micro']['f1'])} | {_f(fig['date_value_accuracy'])} |")
    return lines


def render(report: dict[str, Any]) -> str:
    meta = report["meta"]
    lines = ["# Accuracy", "",
             f"Written by `python -m tools.evaluate` (`make eval`) on {meta['date']}, profile "
             f"`{meta['profile'] or 'default'}`{', first ' + str(meta['limit']) + ' documents of each public set' if meta['limit'] else ''}."
             " Exact-span F1 from ../shared/eval/score.py; the JSON file beside this one holds"
             " every figure.", ""]
    if report.get("dev"):
        lines += ["## Dev set (../shared/eval/dev.jsonl), exact-span F1", "",
                  *summary_dev(report["dev"]), ""]
    if report.get("dev_inferred_dates"):
        lines += ["## Dev set with the document date withheld: DATE values from the date the"
                  " text gives", "", *summary_inferred(report["dev_inferred_dates"]), ""]
    if report.get("annotated"):
        lines += ["## Releases we wrote (samples/annotated.jsonl, annotated by hand), exact-span F1",
                  "", "Kinds the dev set has few of; see samples/README.md for how they were made.",
                  "", *summary_dev(report["annotated"]), ""]
    if report.get("public"):
        lines += ["## Public sets (../shared/datasets, labels mapped by map_labels.py), exact-span F1",
                  "", "Blank: the set does not annotate that label.", "",
                  *summary_public(report["public"]), ""]
    for name, fig in (report.get("dev") or {}).items():
        lines += [f"### dev {name} ({fig['documents']} documents)", "", *table(fig, True), ""]
    for name, fig in (report.get("public") or {}).items():
        lines += [f"### {name} ({fig['documents']} documents)", "", *table(fig, False), ""]
    return "\n".join(lines)


def run(make: Callable[[], Any], dev: bool = True, public: bool = True,
        sets: list[str] | None = None, limit: int | None = None,
        datasets: Path = DATASETS, progress: bool = True) -> dict[str, Any]:
    scorer = load_module(SCORER, "pressner_score")
    extractor = make()
    report: dict[str, Any] = {}
    t0 = time.perf_counter()
    if dev:
        report["dev"] = evaluate_dev(extractor, scorer, progress=progress)
        report["dev_inferred_dates"] = evaluate_dev_inferred(extractor, scorer, progress=progress)
        if ANNOTATED.exists():
            annotated = evaluate_dev(extractor, scorer, ANNOTATED, progress)
            report["annotated"] = {k: annotated[k] for k in ("all", "en", "zh")}
    if public:
        report["public"] = evaluate_public(extractor, scorer, datasets, sets, limit, progress)
    report["seconds"] = round(time.perf_counter() - t0, 1)
    return report


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", help="public set name prefixes (default: every mapped set)")
    ap.add_argument("--limit", type=int, help="first N documents of each public set")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev set")
    ap.add_argument("--no-public", action="store_true", help="skip the public sets")
    ap.add_argument("--profile", help="extraction profile handed to Extractor(profile=...)")
    ap.add_argument("--out", type=Path, default=OUT,
                    help="write OUT.md and OUT.json (default docs/accuracy); '-' writes nothing")
    ap.add_argument("--quiet", action="store_true", help="no progress bars")
    ap.add_argument("--datasets", type=Path, default=Path(os.environ.get(
        "PRESSNER_DATASETS", DATASETS)))
    a = ap.parse_args(argv)
    for path in ([SCORER] + ([DEV] if not a.no_dev else [])
                 + ([a.datasets / "map_labels.py"] if not a.no_public else [])):
        if not path.exists():
            ap.exit(2, f"error: {path} not found (../shared missing?)\n")
    if not a.no_public:
        try:
            dataset_files(a.datasets, load_mapper(a.datasets), a.sets)
        except (OSError, ValueError) as e:
            ap.exit(2, f"error: {e}\n")
    report = run(lambda: make_extractor(a.profile), not a.no_dev, not a.no_public, a.sets,
                 a.limit, a.datasets, not a.quiet)
    report["meta"] = {"date": time.strftime("%Y-%m-%d"), "profile": a.profile, "limit": a.limit,
                      "seconds": report.pop("seconds")}
    text = render(report)
    print(text)
    if str(a.out) != "-":
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.with_suffix(".md").write_text(text + "\n", encoding="utf-8")
        a.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.out.with_suffix('.md')} and {a.out.with_suffix('.json')}", file=sys.stderr)


if __name__ == "__main__":
    main()
