"""The traditional-script deficit: one Chinese set scored as written and converted to
traditional characters, against the same gold.

    python -m tools.traditional_eval [--set peoples_daily_1998_time] [--limit 1000]
        [--errors ORG] [--variants hk|tw]

Press releases from Hong Kong, Macao and Taiwan are written in traditional characters, and
the public labelled sets are simplified. Converting a simplified set character by
character (OpenCC's STCharacters, the first candidate of each row, as shipped in
opencc-python-reimplemented) keeps every offset, so the mapped gold of the simplified text
is the gold of the converted one; `--variants` also applies OpenCC's character variants of
Hong Kong or Taiwan (HKVariants / TWVariants, also one to one). The difference between the
two scores is what the script alone costs: every component should see the same text after
`pressner_normalizer` folds it. `--errors LABEL` lists the spans on which the two runs
disagree, which is that deficit read document by document.

A developer's tool, outside the runtime package; no dataset text enters the repo.
"""

from __future__ import annotations

import argparse
import os
from importlib import resources
from pathlib import Path

from extractor.extractor import Extractor

from .datasets_eval import (DATASETS, LABELS, Span, Tally, dataset_files, gold_spans,
                            load_mapper, read_docs, report)


def opencc_table(name: str) -> dict[int, str]:
    """An OpenCC character file as a 1:1 table: first candidate, single code points only."""
    src = resources.files("opencc").joinpath(f"dictionary/{name}.txt").read_text("utf-8")
    table: dict[int, str] = {}
    for line in src.splitlines():
        if "\t" not in line:
            continue
        key, vals = line.split("\t", 1)
        first = vals.split()[0]
        if len(key) == 1 and len(first) == 1 and key != first:
            table.setdefault(ord(key), first)
    return table


def s2t_table(variants: str | None) -> dict[int, str]:
    table = opencc_table("STCharacters")
    if variants:
        extra = opencc_table({"hk": "HKVariants", "tw": "TWVariants"}[variants])
        table = {k: extra.get(ord(v), v) for k, v in table.items()}
    return table


def spans(extractor: Extractor, text: str, doc_date: str | None) -> list[Span]:
    res = extractor.extract(text, lang="zh", doc_date=doc_date)
    return [(e.start, e.end, e.label) for e in res.entities]


def diff_lines(simp: str, trad: str, a: list[Span], b: list[Span], label: str) -> list[str]:
    """Spans of `label` only one of the two runs found, shown in the traditional text."""
    sa, sb = {s for s in a if s[2] == label}, {s for s in b if s[2] == label}
    out = [f"  simp-only {trad[s:e]!r} | …{trad[max(0, s - 12):e + 12]}…" for s, e, _ in sorted(sa - sb)]
    out += [f"  trad-only {trad[s:e]!r} | …{trad[max(0, s - 12):e + 12]}…" for s, e, _ in sorted(sb - sa)]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="peoples_daily_1998_time", help="dataset name prefix")
    ap.add_argument("--limit", type=int, default=1000, help="first N documents")
    ap.add_argument("--errors", choices=LABELS, help="list spans the two runs disagree on")
    ap.add_argument("--variants", choices=("hk", "tw"), help="also apply OpenCC's HK/TW variants")
    ap.add_argument("--datasets", type=Path, default=Path(os.environ.get(
        "PRESSNER_DATASETS", DATASETS)))
    a = ap.parse_args(argv)
    mapper = load_mapper(a.datasets)
    path = dataset_files(a.datasets, mapper, [a.set])[0]
    mapping = mapper.mapping_for(str(path))
    table = s2t_table(a.variants)
    extractor = Extractor()
    simp_tally, trad_tally, shown, ndocs, agree, total = Tally(), Tally(), [], 0, 0, 0
    for doc in read_docs(path, a.limit):
        ndocs += 1
        text = doc["text"]
        trad = text.translate(table)
        gold = gold_spans(doc, mapping)
        ps = spans(extractor, text, doc.get("doc_date"))
        pt = spans(extractor, trad, doc.get("doc_date"))
        simp_tally.add(gold, ps)
        trad_tally.add(gold, pt)
        agree += len(set(ps) & set(pt))
        total += len(set(ps) | set(pt))
        if a.errors:
            shown += diff_lines(text, trad, ps, pt, a.errors)
    labels = [lab for lab in LABELS if lab in set(mapping.values())]
    print(report(f"{path.stem} simplified", ndocs, simp_tally, labels))
    print(report(f"{path.stem} traditional{' ' + a.variants if a.variants else ''}",
                 ndocs, trad_tally, labels))
    print(f"spans the two runs share: {agree}/{total} = {agree / total if total else 1:.3f}")
    if shown:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
