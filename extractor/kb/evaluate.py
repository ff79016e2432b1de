"""Dev-set figures of the knowledge base: how much of the gold KB the pipeline's KB holds.

Gold files (`../shared/eval/dev.jsonl`) have the shape of our own output, so the same
`build_kb` turns them into a *gold KB*; its entities are what "the same person or
organisation in gold terms" means. Gold carries surface forms only (no lexicon ids, no pinyin
links), so the gold KB merges less than the pipeline can: `CCPIT` and its long form stay two
gold organisations. Two figures compare the KBs:

- **gold-role coverage**: a gold role (person, title, organisation or none) is *present* when
  one pipeline role shares a source document with it and each of its three entities shares a
  name with the gold one: some canonical name or alias, NFKC-casefolded with blanks collapsed,
  in both entities' name sets; a gold role without organisation needs one without.
- **duplicates**: pipeline mentions map to gold mentions by exact offsets within the same
  document; a gold PERSON or ORG whose mentions land in more than one pipeline entity is split,
  and each extra entity is a duplicate. The reverse (one pipeline entity over several gold
  entities) is reported as `joined`: either a merge gold's surface forms cannot make or a
  conflation, so it is listed, not scored.
"""

from __future__ import annotations

import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .build import build_kb, opened, stats

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev.jsonl"
LABELS = ("PERSON", "ORG", "REGION", "TITLE")
SPLIT_LABELS = ("PERSON", "ORG")


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


@dataclass
class Report:
    pred: dict
    gold: dict
    roles_present: int = 0
    roles_gold: int = 0
    missing: list[str] = field(default_factory=list)
    split: dict[str, int] = field(default_factory=dict)
    duplicates: dict[str, int] = field(default_factory=dict)
    joined: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)


def _names(s: Session) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for e in s.scalars(select(m.Entity)):
        out[e.id] |= {norm(v) for v in (e.name_en, e.name_zh) if v}
    for a in s.scalars(select(m.Alias)):
        out[a.entity_id].add(norm(a.text))
    return out


def _roles(s: Session) -> list[tuple[str, str, str | None, set[str]]]:
    docs: dict[str, set[str]] = defaultdict(set)
    for rs in s.scalars(select(m.RoleSource)):
        docs[rs.role_id].add(rs.document_id)
    return [(r.person_id, r.title_id, r.org_id, docs[r.id])
            for r in s.scalars(select(m.Role).order_by(m.Role.id))]


def role_coverage(gold: Session, pred: Session, report: Report) -> None:
    gn, pn = _names(gold), _names(pred)
    pred_roles = _roles(pred)

    def same(g: str | None, p: str | None) -> bool:
        return (g is None and p is None) or (g is not None and p is not None and bool(gn[g] & pn[p]))

    for gp, gt, go, gdocs in _roles(gold):
        hit = any(gdocs & pdocs and same(gp, pp) and same(gt, pt) and same(go, po)
                  for pp, pt, po, pdocs in pred_roles)
        report.roles_gold += 1
        report.roles_present += hit
        if not hit:
            shown = " | ".join(_shown(gn, x) for x in (gp, gt, go))
            report.missing.append(f"{shown}  ({', '.join(sorted(gdocs))})")


def _shown(names: dict[str, set[str]], eid: str | None) -> str:
    return min(names[eid], default=eid) if eid else "-"


def _mentions(s: Session) -> dict[tuple[str, int, int], tuple[str, str]]:
    rows = s.execute(select(m.Mention.document_id, m.Mention.start, m.Mention.end, m.Entity.id, m.Entity.label)
                     .join(m.Entity, m.Entity.id == m.Mention.entity_id))
    return {(d, a, b): (eid, label) for d, a, b, eid, label in rows}


def duplicates(gold: Session, pred: Session, report: Report) -> None:
    gm, pm = _mentions(gold), _mentions(pred)
    over: dict[str, set[str]] = defaultdict(set)   # gold entity -> pipeline entities
    under: dict[str, set[str]] = defaultdict(set)  # pipeline entity -> gold entities
    labels = {}
    for key, (geid, label) in gm.items():
        hit = pm.get(key)
        if label in SPLIT_LABELS and hit and hit[1] == label:
            over[geid].add(hit[0])
            under[hit[0]].add(geid)
            labels[geid] = labels[hit[0]] = label
    gn = _names(gold)
    for label in SPLIT_LABELS:
        split = sorted(g for g, ps in over.items() if labels[g] == label and len(ps) > 1)
        report.split[label] = len(split)
        report.duplicates[label] = sum(len(over[g]) - 1 for g in split)
        report.joined[label] = sum(1 for p, gs in under.items() if labels[p] == label and len(gs) > 1)
        report.examples += [f"{label} {_shown(gn, g)}: {len(over[g])} pipeline entities" for g in split]


def compare(gold_db: str, pred_db: str) -> Report:
    with opened(gold_db) as ge, opened(pred_db) as pe, Session(ge) as g, Session(pe) as p:
        report = Report(pred=stats(pe), gold=stats(ge))
        role_coverage(g, p, report)
        duplicates(g, p, report)
    return report


def evaluate_kb(gold: Path = DEV, pred: Path | None = None, workdir: Path | None = None) -> Report:
    """Annotate `gold` (unless `pred` is given), build both KBs in `workdir` (a temp dir if None)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        if pred is None:
            from ..annotate import annotate_jsonl

            pred = work / "pred.jsonl"
            annotate_jsonl(Path(gold), pred)
        for name in ("gold.sqlite", "pred.sqlite"):
            (work / name).unlink(missing_ok=True)
        build_kb([gold], str(work / "gold.sqlite"))
        build_kb([pred], str(work / "pred.sqlite"))
        return compare(str(work / "gold.sqlite"), str(work / "pred.sqlite"))


def table(r: Report, examples: int = 10) -> str:
    rows = [("", "pipeline KB", "gold KB")]
    for key in ("documents", *(f"entities.{lb}" for lb in LABELS), "entities", "aliases", "roles"):
        rows.append((key, str(r.pred.get(key, 0)), str(r.gold.get(key, 0))))
    width = max(len(a) for a, _, _ in rows)
    lines = [f"{a:<{width}}  {b:>11}  {c:>7}" for a, b, c in rows]
    frac = r.roles_present / r.roles_gold if r.roles_gold else 0.0
    lines += ["", f"gold roles present in the pipeline KB: {r.roles_present}/{r.roles_gold} = {frac:.3f}"]
    for label in SPLIT_LABELS:
        lines.append(f"{label}: {r.split.get(label, 0)} gold entities split, {r.duplicates.get(label, 0)} duplicate "
                     f"pipeline entities; {r.joined.get(label, 0)} pipeline entities join several gold ones")
    lines += [f"  split: {x}" for x in r.examples[:examples]]
    lines += [f"  missing role: {x}" for x in r.missing[:examples]]
    return "\n".join(lines)
