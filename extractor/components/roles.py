"""Person-title-organisation roles from the sequence of entities.

The entities of a sentence are read as a chain: each pair of neighbours is joined by a gap
whose class (`ADJ`, `APPOS` ", the", `OF` " of the", `AND`, `LIST` "、", `CONCUR` "兼", ...)
comes from a per-language data file. Chains of `ORG? TITLE` links attach to the person they
lead to (`商务部副部长马秀红`, `Vice Chairman Zhu Jialiang`) or that leads to them
(`Xu Jun, deputy secretary-general of X and deputy director of Y`). An ORG is only taken
when it is joined to the title by the text; a title that belongs to a place keeps no
carried-over organisation (GUIDELINES, Relations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import read_tsv
from .base import DataComponent


class GapRow(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    gap_class: str = Field(alias="class")
    regex: str


class PlaceTitle(BaseModel):
    value: str


@dataclass(slots=True)
class Link:
    person: Span
    title: Span
    org: Span | None

    def key(self) -> tuple[int, int, int]:
        return (self.person.start_char, self.title.start_char, self.org.start_char if self.org else -1)


def ref(span: Span | None) -> dict | None:
    if span is None:
        return None
    return {"start": span.start_char, "end": span.end_char, "text": span.text, "value": span._.value}


class RoleLinker(DataComponent):
    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["gaps"], GapRow)
        self.gaps = [(r.gap_class, re.compile(r.regex, re.IGNORECASE)) for r in rows]
        self.place_titles = {r.value for r in read_tsv(files["place_titles"], PlaceTitle)}

    def gap(self, text: str) -> str | None:
        if len(text) > 40:
            return None
        for cls, rx in self.gaps:
            if rx.fullmatch(text):
                return cls
        return None

    def __call__(self, doc: Doc) -> Doc:
        ents = [e for e in doc.ents if e.label_ in ("PERSON", "TITLE", "ORG", "REGION")]
        gaps = [self.gap(doc.text[a.end_char : b.start_char]) for a, b in zip(ents, ents[1:])]
        links: dict[tuple[int, int, int], Link] = {}
        for i, ent in enumerate(ents):
            if ent.label_ != "PERSON":
                continue
            for link in self.before(ents, gaps, i) + self.after(ents, gaps, i):
                links.setdefault(link.key(), link)
        doc._.roles = [self.as_role(link) for link in self.dedupe(list(links.values()))]
        return doc

    # -- chains leading to the person: [ORG] TITLE (、|兼 [ORG] TITLE)* [Mr.] PERSON ----------
    def before(self, ents: list[Span], gaps: list[str | None], p: int) -> list[Link]:
        out: list[Link] = []
        j = p - 1
        if j < 0 or ents[j].label_ != "TITLE" or gaps[j] not in ("ADJ", "APPOS" if self.is_zh(ents[j]) else "ADJ"):
            return self.person_title(ents, gaps, p)
        carried: Span | None = None
        chain: list[tuple[Span, Span | None, bool]] = []
        while j >= 0 and ents[j].label_ == "TITLE":
            org, explicit = self.org_before(ents, gaps, j)
            chain.append((ents[j], org, explicit))
            k = j - 1 if org is None else j - 1 - self.org_width(ents, gaps, j)
            if k >= 0 and ents[k].label_ == "TITLE" and gaps[k] in ("LIST", "CONCUR", "AND"):
                j = k
                continue
            break
        for title, org, explicit in reversed(chain):
            if org is not None:
                carried = org
            use = org if explicit else (None if self.place_bound(title) else carried)
            out.append(Link(ents[p], title, use))
        return out

    def org_before(self, ents: list[Span], gaps: list[str | None], t: int) -> tuple[Span | None, bool]:
        k = t - 1
        if k >= 0 and gaps[k] in ("ADJ", "POSS") and ents[k].label_ in ("ORG", "REGION"):
            # `ORG (ALIAS) TITLE`: the name before the bracket is the organisation
            if k >= 2 and gaps[k] == "ADJ" and gaps[k - 1] == "PAREN" and ents[k].label_ == "ORG" \
                    and ents[k - 2].label_ == "ORG" and self.closed(ents, k):
                return ents[k - 2], True
            return (ents[k], True) if ents[k].label_ == "ORG" else (None, True)
        if k >= 0 and gaps[k] == "AND" and ents[k].label_ == "ORG":
            return ents[k], True
        return None, False

    def closed(self, ents: list[Span], k: int) -> bool:
        doc = ents[k].doc
        return doc.text[ents[k].end_char : ents[k + 1].start_char].strip()[:1] in (")", "）")

    def org_width(self, ents: list[Span], gaps: list[str | None], t: int) -> int:
        k = t - 1
        if k >= 2 and gaps[k - 1] == "PAREN" and ents[k - 2].label_ == "ORG":
            return 3
        return 1

    # -- person first: PERSON, TITLE of ORG (and TITLE of ORG)* ; PERSON TITLE -------------
    def after(self, ents: list[Span], gaps: list[str | None], p: int) -> list[Link]:
        out: list[Link] = []
        j = p + 1
        if j >= len(ents) or gaps[p] not in ("APPOS", "ALSO"):
            return out
        while j < len(ents) and ents[j].label_ in ("TITLE", "ORG"):
            org = None
            if ents[j].label_ == "ORG" and j + 1 < len(ents) and ents[j + 1].label_ == "TITLE" \
                    and gaps[j] in ("ADJ", "POSS"):
                org, j = ents[j], j + 1  # NAME, ORG TITLE
            title = ents[j]
            if org is None and j + 1 < len(ents) and gaps[j] in ("OF", "ADJ") and ents[j + 1].label_ == "ORG":
                org = ents[j + 1]
                j += 1
            elif j + 1 < len(ents) and gaps[j] == "OF" and ents[j + 1].label_ == "REGION":
                j += 1
            out.append(Link(ents[p], title, org))
            j += 1
            while j < len(ents) and j - 1 < len(gaps) and gaps[j - 1] == "PAREN":
                j += 1  # an abbreviation in brackets: `(CCPIT Beijing)`, `(DDG)`
                if j < len(ents) and gaps[j - 1] == "CLOSE":
                    pass
            if j >= len(ents) or gaps[j - 1] not in ("AND", "ALSO", "APPOS"):
                break
        return out

    def person_title(self, ents: list[Span], gaps: list[str | None], p: int) -> list[Link]:
        """`赵学鸣会长`, `安徽省贸促会刘晓光巡视员`: a title right after the name."""
        q = p + 1
        if q >= len(ents) or ents[q].label_ != "TITLE" or gaps[p] != "ADJ":
            return []
        org = None
        if p >= 1 and ents[p - 1].label_ == "ORG" and gaps[p - 1] == "ADJ":
            org = ents[p - 1]
        return [Link(ents[p], ents[q], org)]

    # -- helpers ------------------------------------------------------------------------
    def place_bound(self, title: Span) -> bool:
        return (title._.value or title.text).lower() in self.place_titles

    @staticmethod
    def is_zh(span: Span) -> bool:
        return span.doc.lang_ == "zh"

    @staticmethod
    def dedupe(links: list[Link]) -> list[Link]:
        """A surname-only repeat adds nothing when its full name already holds the title."""
        full = {(lk.person._.value, (lk.title._.value or lk.title.text).lower())
                for lk in links if lk.person.text == lk.person._.value}
        out = []
        for lk in sorted(links, key=lambda x: x.key()):
            short = lk.person._.value and lk.person.text != lk.person._.value
            if short and (lk.person._.value, (lk.title._.value or lk.title.text).lower()) in full:
                continue
            out.append(lk)
        return out

    @staticmethod
    def as_role(link: Link) -> dict:
        return {"person": link.person.text, "title": link.title.text,
                "org": link.org.text if link.org is not None else None,
                "person_span": ref(link.person), "title_span": ref(link.title),
                "org_span": ref(link.org)}


@Language.factory("pressner_roles")
def make_roles(nlp: Language, name: str) -> RoleLinker:
    return RoleLinker(nlp, name)
