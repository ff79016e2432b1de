"""Latin islands in Chinese text: `与Dubai Chamber of Commerce签署`, `Siemens Energy执行副总裁`.

Releases of Hong Kong, Macao and Taiwan bodies and of companies with foreign partners write
foreign names in Latin letters inside Chinese sentences. The Chinese rules have no English
ORG / TITLE / PERSON grammar, so they read such a name by its parts (`Dubai` a place, the
body lost). Here each stretch of two or more capitalised Latin words (joined by the small
words of names: `of`, `and`, `de`, `van`...) is read by the English pipeline's own
recognisers, loaded from the English data files, on the stretch alone; their candidates
are shifted back into the text, and the resolver's longer-reading rule arbitrates between
them and the Chinese readings. A Chinese reading that cuts such a stretch apart (starts or
ends between two of its words, `Dhabi建设…` of `Abu Dhabi`) is dropped: a name does not
start in the middle of another script's name.

Cheap by construction: one regex scan of the text; the recognisers run only on the few
stretches it finds.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, candidates, norm_text, set_ext
from ..lexicon import read_tsv
from .base import DataComponent
from .orgs import OrgRecognizer, other_reading
from .person_en import LOW, UP
from .persons import PersonRecognizer
from .titles import HeadRow, ModifierRow, TitleRecognizer

# a capitalised word (accented letters, `D'Souza`, `U.S.`, `Co.,`), the small words that join
# the words of a name, and a stretch of two capitalised words or more joined by them
WORD = rf"[{UP}0-9][A-Za-z0-9{LOW}&'’.\-]*"
JOIN = r"(?:of|for|and|the|in|on|at|to|de|da|do|dos|du|des|la|le|van|von|der|den|y|al|el|bin|&)"


# a capitalised word glued to the letter or the dot before it, with no space (`AsiaManaging
# Director`, `Co., Ltd.Regional President`): scraped pages lose the line break or cell border
# between a body and the post under it
GLUED = re.compile(rf"(?:(?<=[{LOW}])|(?<=[{LOW}]\.))[{UP}][{LOW}]+")


def words_run(least: int) -> re.Pattern[str]:
    """Capitalised Latin words joined by the small words of names, `least` + 1 to 12 of
    them, not inside a longer Latin word. (The first word opens on its capital, the edge
    before it checked from after it: a pattern opening on a look-behind is tried at every
    position of a Chinese text, this one only at capitals, a fifth of the scan.)"""
    return re.compile(rf"[{UP}](?<![A-Za-z0-9{LOW}{UP}&'’.\-].)[A-Za-z0-9{LOW}&'’.\-]*"
                      rf"(?:,? (?:{JOIN} ){{0,2}}{WORD}){{{least},11}}(?![A-Za-z0-9{LOW}{UP}])")


ISLAND = words_run(1)
CAPITAL = re.compile(f"[{UP}]")
RUN = words_run(0)  # any run of capitalised Latin words, one word too (`Masdar`, `ASML`)
LATIN_ONLY = re.compile(rf"[A-Za-z0-9{LOW}{UP}&'’.,\- ]+")
# the words that coordinate names in Chinese (`A及B`, `A、B和C`)
AND = ("以及", "及", "和", "与", "、", "暨")
ORG_SOURCES = ("org.han.latin",)  # the Chinese rules' Latin names found by a cue
# a firm noun that ends a description glued before the name it describes (`可再生能源公司Masdar`,
# `物流企业Acme Freight`): the description is no name of its own
FIRM_NOUNS = ("公司", "企业")
LEGAL = "有限"  # `…有限公司`: a registered name, not a description

# the English recognisers an island is read by (pipeline order), with their factories' args
PARTS: dict[str, tuple[type, tuple]] = {
    "titles": (TitleRecognizer, ("latin",)),
    "orgs": (OrgRecognizer, ("latin",)),
    "persons": (PersonRecognizer, ()),
}
SEP = "__"  # file keys are `part__key` (`orgs__patterns`), so the pipeline saves them flat


class LatinIslands(DataComponent):
    # each part's files under its prefix; a part may be left out, its own FILES then checked
    FILES = {f"{part}{SEP}{key}": False for part, (cls, _) in PARTS.items() for key in cls.FILES}

    def load(self, files: dict[str, Path]) -> None:
        self.parts = []
        # the words a post opens with (`managing`, `regional`, `president`): where one is
        # glued to the word before it, the stretch is two (`split_glued`)
        self.post_words = frozenset(
            [r.form.split()[0] for r in read_tsv(files[f"titles{SEP}heads"], HeadRow)]
            + [r.form.split()[0] for r in read_tsv(files[f"titles{SEP}modifiers"], ModifierRow)]
        ) if f"titles{SEP}heads" in files and f"titles{SEP}modifiers" in files else frozenset()
        for part, (cls, args) in PARTS.items():
            own = {k.split(SEP, 1)[1]: p for k, p in files.items() if k.startswith(part + SEP)}
            if not own:
                continue
            rec = cls(self.nlp, f"{self.name}.{part}", *args)
            rec.check_files(own)
            rec.files = own
            rec.load(own)
            self.parts.append(rec)

    def __call__(self, doc: Doc) -> Doc:
        text = norm_text(doc)
        if not self.parts or CAPITAL.search(text) is None:
            return doc
        found = candidates(doc)
        islands = [span for m in ISLAND.finditer(text) for span in self.split_glued(text, *m.span())]
        read: list[Candidate] = []
        whole = {(c.start, c.end) for c in found if c.label in ("ORG", "PERSON")}
        for a, b in islands:
            if (a, b) not in whole:  # a name the lexicon or a cue found whole is read already
                read += self.read(doc, a, b, found)
        if read:
            found[:] = [c for c in found if not cuts(c, islands)] + read
        named = self.named_elsewhere(text, found, read)
        found += named
        found[:] = surnames_again(text, described(text, found, read + named))
        return doc

    def split_glued(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """The stretch a..b, cut where a post's first word is glued to the word before it
        (`Harbor Robotics AsiaManaging Director Susan Park`: the body, then its post and
        holder), each part read on its own; camel-cased names (`McDonald`, `PayPal`) open no
        post and stay whole."""
        if not self.post_words:
            return [(a, b)]
        out = []
        for m in GLUED.finditer(text, a, b):
            if m.group().lower() in self.post_words and m.start() > a:
                out.append((a, m.start()))
                a = m.start()
        return out + [(a, b)]

    def named_elsewhere(self, text: str, found: list[Candidate],
                        read: list[Candidate]) -> list[Candidate]:
        """One reading per document: a Latin name read as an ORG (by the English grammar
        on its stretch, or by a Chinese cue such as a post right after it) names the same
        body wherever the text writes it again, and a capitalised Latin run coordinated
        with it (`A及B`, `A、B和C`) names another body, where no other reading holds it
        and no post stands right before it (a post's holder: `总裁Ana Roe和Acme Inc`)."""
        cued = [c for c in found if c.source in ORG_SOURCES]
        orgs = {text[c.start:c.end]: c for c in read + cued if c.label == "ORG"
                and LATIN_ONLY.fullmatch(text, c.start, c.end)}
        if not orgs:
            return []
        runs = {m.start(): m.end() for m in RUN.finditer(text)}
        by_end = {e: s for s, e in runs.items()}
        spans = {(c.start, c.end) for c in found}
        held = {c.end for c in found if c.label == "TITLE"}  # a run right after a post: its holder
        out: list[Candidate] = []
        todo = [(s, e) for s, e in runs.items() if text[s:e] in orgs]
        while todo:
            s, e = todo.pop()
            if (s, e) not in spans:
                if s in held or other_reading(s, e, found + out):
                    continue
                model = orgs.get(text[s:e])
                c = Candidate(s, e, "ORG", model.value if model else text[s:e],
                              "org.latin.island_named", {}, 1)
                out.append(c)
                spans.add((s, e))
            for word in AND:  # the runs coordinated with it, both ways
                after = e + len(word)
                if text.startswith(word, e) and after in runs and (after, runs[after]) not in spans:
                    todo.append((after, runs[after]))
                before = s - len(word)
                if text.startswith(word, before) and before in by_end \
                        and (by_end[before], before) not in spans:
                    todo.append((by_end[before], before))
        return out

    def read(self, doc: Doc, a: int, b: int, found: list[Candidate]) -> list[Candidate]:
        """The English recognisers' candidates on text[a:b], in the text's offsets; they see
        the readings already inside the stretch (its places, a name found)."""
        stretch = norm_text(doc)[a:b]
        words = stretch.split(" ")
        sub = Doc(doc.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        for key, value in (("raw_text", stretch), ("norm_text", stretch), ("lang", "en"),
                           ("doc_date", doc._.doc_date)):
            set_ext(sub, key, value)
        seed = [Candidate(c.start - a, c.end - a, c.label, c.value, c.source, dict(c.attrs or {}),
                          c.priority, c.tier)
                for c in found if a <= c.start and c.end <= b]
        set_ext(sub, "candidates", list(seed))
        for rec in self.parts:
            rec(sub)
        out = candidates(sub)[len(seed):]
        for c in out:
            c.start += a
            c.end += a
        return out


def surnames_again(text: str, found: list[Candidate]) -> list[Candidate]:
    """One reading per document: the surname of a Latin-script name read as a PERSON, written
    alone after it (`Whitaker副州長指出`, `Mehra則歡迎`), names that person, where nothing
    but a Chinese cue's body reading (a post right after it) holds the word. Its value is
    the full name."""
    people: dict[str, Candidate] = {}
    for c in found:
        if c.label == "PERSON" and " " in text[c.start:c.end] \
                and LATIN_ONLY.fullmatch(text, c.start, c.end):
            people.setdefault(text[c.start:c.end].rsplit(" ", 1)[1], c)
    if not people:
        return found
    drop: set[int] = set()
    added: list[Candidate] = []
    for m in RUN.finditer(text):
        first = people.get(m.group())
        s, e = m.span()
        if first is None or s < first.end:
            continue
        held = [c for c in found if c.start < e and s < c.end]
        if any(c.label != "ORG" or c.source not in ORG_SOURCES or (c.start, c.end) != (s, e)
               for c in held):
            continue
        drop.update(id(c) for c in held)
        added.append(Candidate(s, e, "PERSON", first.value or text[first.start:first.end],
                               "person.latin.surname_again", {}, 1))
    if not added:
        return found
    return [c for c in found if id(c) not in drop] + added


def described(text: str, found: list[Candidate], read: list[Candidate]) -> list[Candidate]:
    """Without the Chinese ORG readings that are descriptions of a Latin ORG right after
    them (`阿联酋可再生能源公司Masdar`: a renewable-energy company, Masdar): a generic firm
    noun ends them, no legal form."""
    latin = {c.start for c in read if c.label == "ORG"} | {
        c.start for c in found if c.label == "ORG" and c.source in ORG_SOURCES}
    if not latin:
        return found
    return [c for c in found if not (c.label == "ORG" and c.end in latin and c.start not in latin
                                     and text.endswith(FIRM_NOUNS, c.start, c.end)
                                     and LEGAL not in text[c.start:c.end])]


def cuts(c: Candidate, islands: list[tuple[int, int]]) -> bool:
    """Whether the Chinese reading `c` cuts a Latin stretch apart: it starts inside the
    stretch and runs on past its end, or ends inside it having started before it."""
    return any(a < c.start < b < c.end or c.start < a < c.end < b for a, b in islands)


@Language.factory("pressner_latin_islands")
def make_latin_islands(nlp: Language, name: str) -> LatinIslands:
    return LatinIslands(nlp, name)
