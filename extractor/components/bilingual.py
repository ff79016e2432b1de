"""Names given in both scripts: `谭燕玉 (Vivienne Tam)`, `Grace Lam (林雅文)`, `中国贸促会(CCPIT)`.

A person or organisation followed by its other-script form in brackets is one of the
most reliable signals in bilingual releases: the bracketed form gets the same label and
value, and both spans record the other in `info.linked` (the Zhu Jialiang ↔ 朱佳良 link).
A Chinese name with a known surname followed by a bracketed capitalised Latin name is a
person even when neither side was found on its own.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, candidates, han_runs, norm_text
from ..lexicon import read_tsv
from .base import DataComponent
from .person_en import LOW, UP

HAN = r"[\u3400-\u4dbf\u4e00-\u9fff·・]"
# capitalised Latin words, accented letters included (`Boriana Åberg`, `António Costa`
# in Macao and Taiwan releases): the letter classes of the English name rules
LATIN_WORD = rf"[{UP}][A-Z{LOW}'’.\-]*"
LATIN_NAME = rf"{LATIN_WORD}(?:\s+{LATIN_WORD}){{0,4}}"
OPEN, CLOSE = r"\s*[(（]\s*", r"\s*[)）]"
BRACKET = re.compile(r"[(（]")
AND_ACRONYM = r"(?:\s*[,，、;；]\s*[A-Z][A-Z&]{1,7})?"
# a Chinese title's official Latin-script form in brackets right after it (`司長（Secretário para
# a Economia e Finanças）`, `局長（Secretary for Security）`): capitalised first word, a few words
TITLE_GLOSS = re.compile(rf"[(（]\s*({LATIN_WORD}(?:[ ,]+[A-Za-z{LOW}'’&\-]+){{0,11}})\s*[)）]")
WINDOW = 60
HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class Surname(BaseModel):
    surname: str
    pinyin: str
    rank: str


class BilingualNames(DataComponent):
    FILES = {"surnames": True}

    def load(self, files: dict[str, Path]) -> None:
        self.surnames = {r.surname for r in read_tsv(files["surnames"], Surname)}
        self.han_then_latin = re.compile(f"(?P<a>{HAN}{{2,12}}){OPEN}(?P<b>{LATIN_NAME}){CLOSE}")
        # the bracket may give the body's acronym after its Chinese name (`Council (某某協會, ABC)`)
        self.latin_then_han = re.compile(f"(?P<a>{LATIN_NAME}){OPEN}(?P<b>{HAN}{{2,12}}){AND_ACRONYM}{CLOSE}")

    def __call__(self, doc: Doc) -> Doc:
        text = norm_text(doc)
        if doc.lang_ != "zh" and not han_runs(doc, text):
            return doc  # no Han: every pair and gloss holds some
        cands = candidates(doc)
        by_end = {}
        titles: dict[int, int] = {}  # end -> start of a title candidate
        for c in cands:
            if c.label in ("PERSON", "ORG"):
                prev = by_end.get(c.end)
                if prev is None or c.length > prev.length:
                    by_end[c.end] = c
            elif c.label == "TITLE":
                titles[c.end] = min(c.start, titles.get(c.end, c.start))
        seen: set[tuple[int, int]] = set()
        for bracket in BRACKET.finditer(text):  # look only around brackets, which are rare
            if bracket.start() in titles and HAN_CHAR.match(text, bracket.start() - 1):
                self.title_gloss(text, bracket.start(), cands)
            lo, hi = max(0, bracket.start() - WINDOW), min(len(text), bracket.end() + WINDOW)
            for rx in (self.han_then_latin, self.latin_then_han):
                for m in rx.finditer(text, lo, hi):
                    if m.span() not in seen:
                        seen.add(m.span())
                        self.link(m, by_end, titles, cands, han_first=rx is self.han_then_latin)
        return doc

    def link(self, m: re.Match, by_end: dict[int, Candidate], titles: dict[int, int],
             cands: list[Candidate], han_first: bool) -> None:
        a_end, b_start, b_end = m.end("a"), m.start("b"), m.end("b")
        if han_first and a_end not in by_end and a_end in titles:
            # `歐柏莉議員(Boriana Åberg)`: a title after the name, the name before it
            if titles[a_end] not in by_end or by_end[titles[a_end]].label != "PERSON":
                return
            a_end = titles[a_end]
        first = by_end.get(a_end)
        second = by_end.get(b_end) if by_end.get(b_end) and by_end[b_end].start == b_start else None
        if first is None and (second is None or second.label == "PERSON"):
            # a bracketed Latin name found as a person vouches for the Han name before it too
            first = self.han_person(m, a_end) if han_first else self.latin_person(m)
            if first is None:
                return
            cands.append(first)
            if second is not None:  # the bracketed form takes the value, as made below
                second.value = first.value
        label = (first or second).label
        if first is None:
            return  # the bracketed form was found but not what it names: leave it
        if second is None:
            second = Candidate(b_start, b_end, label, first.value, "bilingual.bracket", {}, priority=2)
            cands.append(second)
        first.attrs = dict(first.attrs or {}, linked={"start": second.start, "end": second.end})
        second.attrs = dict(second.attrs or {}, linked={"start": first.start, "end": first.end})

    @staticmethod
    def title_gloss(text: str, at: int, cands: list[Candidate]) -> None:
        """The bracketed Latin form of the Chinese title ending at `at` is a title too; an
        acronym alone (`（CEO）` aside) more often names the body (`會長（HKGCC）`)."""
        m = TITLE_GLOSS.match(text, at)
        if m is None or " " not in m.group(1) and m.group(1).isupper():
            return
        cands.append(Candidate(m.start(1), m.end(1), "TITLE", m.group(1), "bilingual.title_gloss",
                               {}, priority=1))

    def latin_person(self, m: re.Match) -> Candidate | None:
        """`Grace Lam (林雅文)`: a bracketed Chinese name vouches for the Latin one before it
        (its last one to three capitalised words)."""
        han = m.group("b")
        if not (han[:2] in self.surnames or han[0] in self.surnames) or len(han) > 4:
            return None
        words = list(re.finditer(r"\S+", m.group("a")))[-3:]
        start = m.start("a") + words[0].start()
        end = m.end("a")
        return Candidate(start, end, "PERSON", m.string[start:end], "bilingual.latin_name", {}, priority=1)

    def han_person(self, m: re.Match, end: int) -> Candidate | None:
        """The Chinese name right before the bracket: 2-4 characters after a known surname;
        four only after a compound surname or two surnames (a Hong Kong married name),
        not a name and a title (`柏莉議員`)."""
        text = m.string
        latin = m.group("b")
        if latin.isupper() and " " not in latin:
            return None  # `艾某摩尔(ASML)`: an acronym names an organisation, not a person
        for size in (3, 2, 4):
            start = end - size
            if start < m.start("a"):
                continue
            name = text[start:end]
            if size == 4 and not (name[:2] in self.surnames
                                  or (name[0] in self.surnames and name[1] in self.surnames)):
                continue
            if name[:2] in self.surnames or name[0] in self.surnames:
                return Candidate(start, end, "PERSON", name, "bilingual.han_name", {}, priority=1)
        return None


@Language.factory("pressner_bilingual")
def make_bilingual(nlp: Language, name: str) -> BilingualNames:
    return BilingualNames(nlp, name)
