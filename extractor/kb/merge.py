"""Conservative, explainable merging of mentions into entities.

ORG, REGION and TITLE mentions merge on their canonical value (lexicon id, canonical English
name, title value); the abbreviation the text defines is already resolved to its long form by
the extractor. Persons are harder: a name is not an identity. Occurrences of a person (one per
document and name) join only on evidence, and every join is recorded with its reason:
  - `linked in text`: the extractor linked both script forms inside one document;
  - `same name, same organisation` / `pinyin match, same organisation`;
  - `same name, same title` / `pinyin match, same title`: only if one side names no
    organisation, so two same-name persons in different organisations stay apart;
  - `same name, single bearer`: an occurrence without any role joins a same-name person only
    when exactly one such person is known.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .ids import name_key, norm_key


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        lo, hi = min(ra, rb), max(ra, rb)
        self.parent[hi] = lo
        return True


def entity_key(ent: dict) -> str:
    """Canonical key of a non-person entity: lexicon id first, then the normalised value."""
    info = ent.get("info") or {}
    if info.get("id"):
        return f"id:{info['id']}"
    label = ent["label"]
    if label == "ORG" and info.get("name_en"):
        return norm_key(info["name_en"])
    return norm_key(ent.get("value") or ent["text"])


def merge_reason(ent: dict, key: str) -> str:
    info = ent.get("info") or {}
    if info.get("abbreviation") == ent["text"] or (ent["text"].isupper() and len(ent["text"]) <= 8
                                                   and ent["label"] == "ORG"):
        return "abbreviation defined in text"
    if key.startswith("id:"):
        return "same lexicon entry"
    return "same canonical value"


@dataclass
class Occurrence:
    """All mentions of one person name in one document."""

    idx: int
    doc: str
    lang: str
    form: str
    rn: str
    pinyin: str | None
    orgs: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    mentions: list[dict] = field(default_factory=list)


@dataclass
class Join:
    a: int
    b: int
    reason: str
    evidence: str


def person_rn(ent: dict, lang: str) -> tuple[str, str | None]:
    info = ent.get("info") or {}
    form = ent.get("value") or ent["text"]
    pinyin = info.get("pinyin") if any("\u4e00" <= c <= "\u9fff" for c in form) else None
    return (name_key(pinyin) if pinyin else name_key(form) or form), pinyin


def _index_join(group, occs, uf, joins, index, reason_of, pred):
    """Joins the occurrences of `group` that share an index key. `first` is an index into
    the full `occs` list (an `Occurrence.idx`), never a position in `group`."""
    for o in group:
        for k in index_keys(o, pred):
            first = index.setdefault(k, o.idx)
            if first != o.idx and uf.union(first, o.idx):
                joins.append(Join(first, o.idx, reason_of(occs[first], o), k[1]))


def index_keys(o: Occurrence, kind: str):
    if kind == "org":
        return [(o.rn, f"org:{x}") for x in sorted(o.orgs)]
    return [(o.rn, f"title:{x}") for x in sorted(o.titles)]


def _reason(a: Occurrence, b: Occurrence, what: str) -> str:
    return f"{'same name' if a.form == b.form else 'pinyin match'}, same {what}"


def cluster_persons(occs: list[Occurrence], links: list[tuple[int, int, str]]) -> tuple[UnionFind, list[Join]]:
    uf, joins = UnionFind(), []
    for a, b, ev in links:
        if uf.union(a, b):
            joins.append(Join(a, b, "linked in text", ev))
    with_role = [o for o in occs if o.orgs or o.titles]
    _index_join(with_role, occs, uf, joins, {}, lambda a, b: _reason(a, b, "organisation"), "org")
    # A shared title joins only where one side names no organisation.
    no_org = [o for o in with_role if not o.orgs]
    by_title: dict[tuple[str, str], int] = {}
    for o in with_role:
        for k in index_keys(o, "title"):
            by_title.setdefault(k, o.idx)
    for o in no_org:
        for k in index_keys(o, "title"):
            first = by_title[k]
            if first != o.idx and uf.union(first, o.idx):
                joins.append(Join(first, o.idx, _reason(occs[first], o, "title"), k[1]))
    _join_bare(occs, uf, joins)
    return uf, joins


def _join_bare(occs: list[Occurrence], uf: UnionFind, joins: list[Join]) -> None:
    """Role-less occurrences of a name join the one known bearer of that exact name, if unique."""
    bearers: dict[str, set[int]] = defaultdict(set)
    for o in occs:
        if o.orgs or o.titles:
            bearers[o.form].add(uf.find(o.idx))
    bare: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occs:
        if not (o.orgs or o.titles) and uf.find(o.idx) == o.idx:
            bare[o.form].append(o)
    for form, group in bare.items():
        roots = bearers.get(form, set())
        if len(roots) > 1:
            target = group[0].idx
            rest = group[1:]
            reason = "same name, no role"
        elif roots:
            target, rest, reason = min(roots), group, "same name, single bearer"
        else:
            target, rest, reason = group[0].idx, group[1:], "same name, no role"
        for o in rest:
            if uf.union(target, o.idx):
                joins.append(Join(target, o.idx, reason, form))
