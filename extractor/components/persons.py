"""PERSON: Chinese names in characters and in pinyin, Western and other names in Latin
script, surname-only later mentions, with the full name as value and pinyin attributes.

One component serves both pipelines: the Han recogniser runs only where the text has
Chinese characters and the Latin one only on capitalised words, so an English release
quoting `朱佳良` and a Chinese one quoting `Zhu Jialiang` are both covered and linked.
Titles, organisations and regions proposed earlier in the pipeline are used as context
when present; the component's own context words make it work without them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, field_validator
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, candidates, doc_text, han_runs, lower_text, norm_text, word_scan
from ..lexicon import gazetteer_only, read_jsonl, read_tsv, split_aliases
from ..normalise.persons import han_pinyin
from .base import DataComponent
from .learned import IntlGivenRow
from .org_patterns import OrgPattern
from .person_en import LatinNames
from .person_mentions import Mention, assign_values, han_mentions, latin_mentions, link
from .titles import HeadRow, ModifierRow
from .person_zh import TYPES, HanNames, is_han

# a Chinese honorific vouches for a Latin name glued before it (`Susan Park女士`)
HONORIFIC = TYPES["honorific_after"]
PRIORITY = 1  # a person beats an equally long region reading (`黄山`)


@lru_cache(maxsize=50_000)
def cached_pinyin(name: str, surname: str, owner: "PersonRecognizer") -> dict[str, str]:
    """Names recur across documents; pypinyin is the slowest step for a new one."""
    return han_pinyin(name, surname, owner.readings)


class SurnameRow(BaseModel):
    surname: str
    pinyin: str
    rank: int

    max_chars: ClassVar[int] = 2  # a Chinese family name: one or two characters

    @field_validator("surname")
    @classmethod
    def han_only(cls, v: str) -> str:
        if not v or not all(is_han(ch) for ch in v) or len(v) > cls.max_chars:
            raise ValueError(f"surname must be 1 to {cls.max_chars} Chinese characters")
        return v


class JapaneseSurnameRow(SurnameRow):
    """A Japanese family name in Chinese characters: one to three (`长谷川`, `佐佐木`)."""

    max_chars: ClassVar[int] = 3


class RomanisedRow(BaseModel):
    form: str
    pinyin: str
    system: str


class SyllableRow(BaseModel):
    syllable: str


class GivenRow(BaseModel):
    name: str
    sex: str
    rank: int


class ForeignGivenRow(BaseModel):
    name: str
    sex: str


# The Faker locales whose given names the rules read as the census's (given_names_intl.tsv):
# wire releases of Nordic companies (ASA, AB, A/S, Oyj) name their officers so, and the US census
# list lacks `Anders`, `Lars`, `Mads`, `Jukka`. The lists of other locales hold too many
# words of English text to open a name by form alone; the learned source reads them all.
NORDIC = frozenset({"no_NO", "sv_SE", "da_DK", "fi_FI"})


class FamilyRow(BaseModel):
    name: str
    rank: int


class CommonWordRow(BaseModel):
    word: str


class PlaceRow(BaseModel):
    name: str
    country: str


class ContextRow(BaseModel):
    word: str
    type: str


class CharRow(BaseModel):
    char: str


class RegionNameRow(BaseModel):
    id: str
    name_en: str
    name_zh: str
    aliases_en: str

    model_config = {"extra": "ignore"}


def place_words(row: RegionNameRow) -> list[str]:
    """The forms of a region that are never a person's words. A one-word name of another
    country's subdivision (ISO 3166-2 rows, id SUB-) is a given name as often (Amara,
    Rizal): a person's name that opens with it stays a person's, and the resolver weighs
    the two readings; its names of more words (Lam Dong) and designated forms do veto."""
    forms = [row.name_en, *split_aliases(row.aliases_en)]
    if row.id.startswith("SUB-"):
        return [f for f in forms if " " in f]
    return forms


def read_context(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in read_tsv(path, ContextRow):
        out.setdefault(row.type, set()).add(row.word)
    return out


def head_words(path: Path) -> set[str]:
    """The one-word title heads and their plurals (`treasurer`, `ministers`): written
    before a name they are its title, never its first word (`Treasurer Luke Ferris`)."""
    out: set[str] = set()
    for row in read_tsv(path, HeadRow):
        out.update(w for w in [row.form, *split_aliases(row.plural)]
                   if w and " " not in w and w == w.lower())
    return out


FREQUENT_RANK = 50  # surnames.tsv ranks 1-50 (王 … 沈): some seven in ten Chinese people


class PersonRecognizer(DataComponent):
    # Han names need their surnames and context words; romanised names their pinyin
    # surnames, syllables and context words: each set comes whole or not at all.
    FILES = dict.fromkeys((
        "surnames", "context_zh", "translit", "japanese_surnames", "vietnamese_surnames",  # Han
        "pinyin_surnames", "syllables", "context_en", "romanised",  # romanised Chinese
        "given", "given_intl", "given_ja", "surnames_ja", "family",  # other given and family names
        "common_words",  # ordinary English words no name list holds (no holder after a post)
        "regions", "places", "org_patterns", "title_heads", "title_modifiers",  # what vetoes or frames a name
    ), False)
    FILE_GROUPS = (frozenset({"surnames", "context_zh"}),
                   frozenset({"pinyin_surnames", "syllables", "context_en"}))

    def load(self, files: dict[str, Path]) -> None:
        self.han: HanNames | None = None
        self.latin: LatinNames | None = None
        self.readings: dict[str, str] = {}
        if "surnames" in files and "context_zh" in files:
            rows = read_tsv(files["surnames"], SurnameRow)
            self.readings = {r.surname: r.pinyin for r in rows}
            frequent = frozenset(r.surname for r in rows if r.rank <= FREQUENT_RANK)
            japanese: set[str] = set()
            if "japanese_surnames" in files:  # `松本浩二`: a family name of two characters
                for r in read_tsv(files["japanese_surnames"], JapaneseSurnameRow):
                    self.readings.setdefault(r.surname, r.pinyin)
                    japanese.add(r.surname)
            viet_men: set[str] = set()
            if "vietnamese_surnames" in files:  # `阮氏` + a given name of one or two
                for r in read_tsv(files["vietnamese_surnames"], SurnameRow):
                    self.readings.setdefault(r.surname, r.pinyin)
                    if not r.surname.endswith("氏"):  # `阮春` + a man's given name
                        viet_men.add(r.surname)
            translit = ({r.char for r in read_tsv(files["translit"], CharRow)}
                        if "translit" in files else set())
            # the title recogniser's ranks of two or more characters (`高级`, `常务`) are no
            # given name: before a title they are its first word (`公司高级副总裁`: no 司高级)
            ranks = (frozenset(m.form for m in read_tsv(files["title_modifiers"], ModifierRow)
                               if m.kind == "rank" and len(m.form) > 1)
                     if "title_modifiers" in files else frozenset())
            self.han = HanNames(self.readings, read_context(files["context_zh"]), translit,
                                frozenset(japanese), frozenset(viet_men), ranks, frequent)
        if "pinyin_surnames" in files and "syllables" in files and "context_en" in files:
            rows = read_tsv(files["pinyin_surnames"], RomanisedRow)
            romanised = {r.form.lower(): r.pinyin for r in rows}
            syllables = {r.syllable for r in read_tsv(files["syllables"], SyllableRow)}
            regions: set[str] = set()
            if "regions" in files:
                for r in read_tsv(files["regions"], RegionNameRow):
                    if gazetteer_only(r.name_zh) and not r.id.startswith("SUB-"):
                        continue  # a GeoNames city vetoes no person (`Priya Anand`)
                    regions.update(place_words(r))
            context = read_context(files["context_en"])
            if "title_heads" in files:  # the title recogniser's heads are titles here too
                context["title"] = context.get("title", set()) | head_words(files["title_heads"])
            given = ({r.name for r in read_tsv(files["given"], GivenRow)}
                     if "given" in files else set())
            if "given_intl" in files:  # `Anders`, `Mads`: Nordic names the census lacks
                given |= {r.name for r in read_tsv(files["given_intl"], IntlGivenRow)
                          if not NORDIC.isdisjoint(r.locales.split(","))}
            shapes = ({r.syllable for r in read_tsv(files["romanised"], SyllableRow)}
                      if "romanised" in files else set())
            family = ({r.name for r in read_tsv(files["family"], FamilyRow)}
                      if "family" in files else set())
            tails = ({p.text for p in read_jsonl(files["org_patterns"], OrgPattern)
                      if p.kind in ("short_tail", "legal")} if "org_patterns" in files else set())
            places = ({r.name for r in read_tsv(files["places"], PlaceRow)}
                      if "places" in files else set())
            # Japanese given and family names (build_given_names_ja.py): the pair is a name
            # even where the family name is also a town (`Daisuke Fukushima`)
            given_ja = ({r.name for r in read_tsv(files["given_ja"], ForeignGivenRow)}
                        if "given_ja" in files else set())
            surnames_ja = ({r.name for r in read_tsv(files["surnames_ja"], FamilyRow)}
                           if "surnames_ja" in files else set())
            common = ({r.word for r in read_tsv(files["common_words"], CommonWordRow)}
                      if "common_words" in files else set())
            self.latin = LatinNames(romanised, syllables, context, regions, given, shapes, family,
                                    tails, places, given_ja, surnames_ja, common)
            # its context words are looked for in the pass the pipeline's other readers of
            # lowered English words share (candidates.WordScan)
            self.shared_words = word_scan(self.nlp)
            self.shared_words.register(self.name, self.latin.context_words)

    def pinyin(self, name: str, surname: str) -> dict[str, str]:
        return cached_pinyin(name, surname, self)

    def __call__(self, doc: Doc) -> Doc:
        text = norm_text(doc)
        out = candidates(doc)
        others = [c for c in out if c.label != "PERSON"]
        taken = bytearray(len(text) + 1)
        mentions: list[Mention] = []
        han_ctx = False
        zh = doc.lang_ == "zh"  # read once: each `doc.lang_` goes through the vocab in Cython
        if self.han is not None and (zh or han_runs(doc, text)):
            # (in a text of another language with no Han, the Chinese rules find nothing:
            # every surname they start from is Han, tests/components/test_persons.py)
            found, ctx = self.han.find(text, others)
            han_ctx = True
            han = han_mentions(text, found, ctx, self.han, taken, others)
            pinyin: dict[str, dict[str, str]] = {}
            for m in han:
                if m.full and m.source != "zh.person.translit":
                    if m.value not in pinyin:
                        pinyin[m.value] = self.pinyin(m.value, m.surname)
                    m.attrs = dict(pinyin[m.value])
            mentions += han
        if self.latin is not None:
            shared = None
            if not zh:
                hits = self.shared_words.occurrences(doc, text)
                shared = (hits, self.shared_words.table(self.name)) if hits is not None else None
            lat, lctx = self.latin.find(text, others,
                                        lower_text(doc, text) if not zh else None, shared,
                                        (ctx.starts, HONORIFIC) if zh and han_ctx else None)
            mentions += latin_mentions(text, lat, lctx, self.latin, taken)
        if mentions:  # values as written: traditional characters stay traditional
            written = doc_text(doc)  # taken once per doc (the normalizer already did)
            for m in mentions:
                m.value = written[m.start:m.end]
                if "given" in m.attrs and is_han(m.surname[:1]):
                    cut = m.end - len(m.attrs["given"])
                    m.attrs.update(surname=m.value[:cut - m.start], given=m.value[cut - m.start:])
        assign_values(mentions)
        link(mentions)
        if mentions and self.latin is not None:
            kept = named_people_not_places(out, mentions, text)
            if kept is not out:
                out[:] = kept
        for m in mentions:
            out.append(Candidate(m.start, m.end, "PERSON", m.value, m.source,
                                 m.attrs, PRIORITY))
        return doc


def named_people_not_places(cands: list[Candidate], mentions: list[Mention], text: str
                            ) -> list[Candidate]:
    """Drop the one-word ISO 3166-2 places (region ids SUB-) that are a word of a person
    named in the document: after `Professor Amara Okafor`, `Amara's record` is her, not
    Ethiopia's Amhara (ISO: Amara). Such a name only ever vetoes a person of its own
    (`place_words`), so the document's people are the better evidence."""
    places = [c for c in cands if c.label == "REGION" and c.attrs
              and str(c.attrs.get("id") or "").startswith("SUB-")]
    if not places:  # (most documents: no such place, nothing to read)
        return cands
    words = {w for m in mentions for w in text[m.start:m.end].split()}
    drop = {id(c) for c in places if text[c.start:c.end] in words}
    return [c for c in cands if id(c) not in drop] if drop else cands


@Language.factory("pressner_persons")
def make_persons(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer(nlp, name)
