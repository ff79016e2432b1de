"""Region codes and the chain of parents, for the exports.

A region entity stores what the extractor gave it: its code (GB/T 2260 for Chinese
divisions, ISO 3166-1 alpha-2 for countries, ISO 3166-2 for other countries'
subdivisions) and its parent's lexicon id. The parent is often never named in the text
(Yiwu's Jinhua), so the exports would point at nothing; the region lexicon the extractor
itself used (`models/shared/regions.tsv`) names those parents and theirs, up to the
country. They are exported as places, never added to the KB: they
are geography, not something a release stated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import models as m


@dataclass(frozen=True)
class Place:
    """A region as the exports see it: a KB entity or a parent taken from the lexicon."""

    node_id: str           # KB entity id, or `region:<lexicon id>` for a lexicon parent
    lexicon_id: str
    name_en: str | None
    name_zh: str | None
    code: str | None
    parent: str | None     # lexicon id
    in_kb: bool


def code_scheme(lexicon_id: str, code: str | None) -> str | None:
    if not code:
        return None
    if lexicon_id.startswith("CN-"):
        return "GB/T 2260"
    if lexicon_id.startswith("SUB-"):   # another country's subdivision
        return "ISO 3166-2"
    return "ISO 3166-1 alpha-2" if lexicon_id.startswith("ISO-") else None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Place]:
    """The extractor's region table; empty when the models are not installed."""
    from ..components.regions import RegionRow
    from ..lexicon import read_tsv
    from ..pipeline import models_dir

    path = models_dir() / "shared" / "regions.tsv"
    if not path.exists():
        return {}
    return {r.id: Place(f"region:{r.id}", r.id, r.name_en, r.name_zh, r.code or None, r.parent or None, False)
            for r in read_tsv(path, RegionRow)}


def places(ents: list[m.Entity]) -> dict[str, Place]:
    """Every region entity and every ancestor of one, by lexicon id; unknown parents get a bare place."""
    out = {e.key[3:]: Place(e.id, e.key[3:], e.name_en, e.name_zh, e.code, e.parent, True)
           for e in ents if e.label == "REGION" and e.key.startswith("id:")}
    todo = [p.parent for p in out.values() if p.parent]
    table = lexicon()
    while todo:
        pid = todo.pop()
        if pid in out:
            continue
        out[pid] = table.get(pid) or Place(f"region:{pid}", pid, None, None, None, None, False)
        if out[pid].parent:
            todo.append(out[pid].parent)
    return out
