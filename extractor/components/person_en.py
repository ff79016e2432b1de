"""Person names in Latin script: romanised Chinese names and Western/other names.

Capitalised runs are found with one bounded regex. A run holding a romanised Chinese
surname next to a given name that splits into pinyin syllables (`Zhu Jialiang`,
`ZENG Yan`, `NI YueGang`) is a name by its form; any other run needs context: a title
or honorific right before it (`Treasury Secretary Janet Yellen`, `Dr.Yok Yee Chan`), an
apposition after it (`Adam Dunnett, secretary-general`) or a reporting verb. Titles at
the start of a run are cut off, since the guidelines keep them out of the name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

import ahocorasick

from ..candidates import Candidate
from ..normalise.persons import is_pinyin_given, romanised_parts

LOW = "a-zß-öø-ÿ"  # `Müller`, `Gonçalves`
TOKEN = (rf"(?:[A-Z][{LOW}]+(?:[-'’][A-Za-z][{LOW}]+)?(?:[A-Z][{LOW}]+)?|[A-Z]{{2,}}"
         rf"(?:-[A-Z]{{2,}})?|[A-Z]\.)")
# name particles inside a name (`Ludwig van Beethoven`, `Mohamed bin Salman`)
PARTICLE = r"(?:van der|van den|van|von|de la|de|der|da|di|du|dos|del|bin|bint|ibn|al|el|le|la)"
RUN = re.compile(rf"(?<![\w’'-]){TOKEN}(?: (?:{PARTICLE} )?{TOKEN}){{0,5}}(?![\w'-])")
TOKEN_RE = re.compile(TOKEN)
APPOSITION = re.compile(r",\s+(?:(?:a|an|the|former|then|now|also)\s+)?")
CAP_WORD = re.compile(r"[A-Z][A-Za-z.]*\s+")  # `, the U.S. ambassador`
LINKER = re.compile(r"(?:to|of|in) $")
NEXT_WORD = re.compile(r" (\S+)")
CREDIT = re.compile(r"\([A-Z][\w .&]*/$")


@dataclass(slots=True)
class Latin:
    start: int
    end: int
    surname: str  # as written, for later short mentions
    attrs: dict = field(default_factory=dict)
    source: str = "en.person.context"


@dataclass
class LatinContext:
    starts: dict[int, set[str]] = field(default_factory=dict)
    ends: dict[int, set[str]] = field(default_factory=dict)


def is_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_"


class LatinNames:
    def __init__(self, surnames: dict[str, str], syllables: Collection[str],
                 context: dict[str, set[str]], regions: Collection[str]) -> None:
        self.surnames = surnames  # lowercase romanised form -> pinyin surname
        self.syllables = syllables
        self.context = context
        self.stop = context.get("stopword", set())
        self.designators = context.get("designator", set())
        self.titles = {w.lower() for w in context.get("title", ())}
        self.regions = set(regions)
        self._given: dict[str, bool] = {}
        self.automaton = ahocorasick.Automaton()
        words: dict[str, set[str]] = {}
        for t in ("title", "honorific", "verb_after", "verb_before"):
            for w in context.get(t, ()):
                words.setdefault(w.lower(), set()).add(t)
        for w, types in words.items():
            self.automaton.add_word(w, (len(w), frozenset(types)))
        self.automaton.make_automaton()

    # -- context ------------------------------------------------------------------------
    def scan(self, text: str, others: list[Candidate]) -> LatinContext:
        low = text.lower()
        if len(low) != len(text):
            low = text
        ctx = LatinContext()
        n = len(low)
        for end_idx, (length, types) in self.automaton.iter(low):
            s, e = end_idx + 1 - length, end_idx + 1
            if s > 0 and is_word(low[s - 1]) or e < n and is_word(low[e]) and is_word(low[e - 1]):
                continue
            ctx.starts.setdefault(s, set()).update(types)
            ctx.ends.setdefault(e, set()).update(types)
        for c in others:
            if c.label == "TITLE":
                ctx.starts.setdefault(c.start, set()).add("title")
                ctx.ends.setdefault(c.end, set()).add("title")
        return ctx

    def left_context(self, text: str, start: int, ctx: LatinContext) -> set[str]:
        out = set(ctx.ends.get(start, ()))
        if start > 0 and text[start - 1] == " ":
            out |= ctx.ends.get(start - 1, set())
        return out

    def right_context(self, text: str, end: int, ctx: LatinContext) -> set[str]:
        m = APPOSITION.match(text, end)
        pos = m.end() if m else -1
        for _ in range(3 if m else 0):
            if "title" in ctx.starts.get(pos, ()):
                return {"apposition"}
            word = CAP_WORD.match(text, pos)
            if not word:
                break
            pos = word.end()
        if text[end:end + 1] == " ":
            return {t for t in ctx.starts.get(end + 1, ()) if t == "verb_after"}
        return set()

    # -- tokens -------------------------------------------------------------------------
    def surname_of(self, token: str) -> str | None:
        return self.surnames.get(token.replace("’", "'").lower())

    def pinyin_pair(self, a: str, b: str) -> tuple[str, str] | None:
        """(surname, given) when the two tokens read as a romanised Chinese name."""
        if b.isupper() and len(b) > 1 and not a.isupper() and self.surname_of(b) \
                and a not in self.stop and a.lower() not in self.titles and not a.endswith("."):
            return (b, a)  # Yan ZENG, Michelle ZHANG
        if b in self.stop or a.endswith(".") or b.endswith("."):
            return None
        if self.surname_of(a) and self.pinyin_given(b):
            return (a, b)
        return None

    def third_syllable(self, pair: tuple[str, str], toks: list[tuple[int, int, str]],
                       i: int) -> bool:
        """A given name written as two one-syllable words, and nothing capitalised after."""
        if i + 2 >= len(toks) or i + 3 < len(toks) or pair[1] != toks[i + 1][2]:
            return False
        word = toks[i + 2][2]
        return word.istitle() and word.lower() in self.syllables and word not in self.stop \
            and pair[1].lower() in self.syllables and word not in self.designators

    def pinyin_given(self, word: str) -> bool:
        ok = self._given.get(word)
        if ok is None:
            ok = self._given[word] = is_pinyin_given(word, self.syllables, 3)
            if len(self._given) > 100_000:
                self._given.clear()
        return ok

    def is_place(self, text: str) -> bool:
        return text in self.regions

    # -- runs ---------------------------------------------------------------------------
    def find(self, text: str, others: list[Candidate]) -> tuple[list[Latin], LatinContext]:
        if not re.search("[A-Z]", text):
            return [], LatinContext()
        ctx = self.scan(text, others)
        blocked = self.blocked(others)
        out: list[Latin] = []
        for m in RUN.finditer(text):
            toks = [(t.start() + m.start(), t.end() + m.start(), t.group())
                    for t in TOKEN_RE.finditer(m.group())]
            out += self.in_run(text, toks, ctx, blocked)
        return out, ctx

    @staticmethod
    def blocked(others: list[Candidate]) -> dict[int, int]:
        """Starts of REGION/ORG candidates and where they end."""
        out: dict[int, int] = {}
        for c in others:
            if c.label in ("REGION", "ORG"):
                out[c.start] = max(out.get(c.start, 0), c.end)
        return out

    def in_run(self, text: str, toks: list[tuple[int, int, str]], ctx: LatinContext,
               blocked: dict[int, int]) -> list[Latin]:
        out: list[Latin] = []
        i = 0
        while i + 1 < len(toks):
            pair = self.pinyin_pair(toks[i][2], toks[i + 1][2])
            s, e = toks[i][0], toks[i + 1][1]
            if pair and self.third_syllable(pair, toks, i):  # Wang Xiao Ming
                e, pair = toks[i + 2][1], (pair[0], f"{pair[1]}{toks[i + 2][2].lower()}")
                i += 1
            after = {w for _, _, w in toks[i + 2:i + 4]} if pair else set()
            if pair and not self.is_place(text[s:e]) and not after & self.designators \
                    and blocked.get(s, 0) < e:
                attrs = romanised_parts(*pair) if self.pinyin_given(pair[1]) \
                    else {"surname": pair[0], "given": pair[1]}
                out.append(Latin(s, e, pair[0], attrs, "en.person.pinyin"))
                i += 2
                continue
            i += 1
        if out:
            return out
        return self.western(text, toks, ctx, blocked)

    def western(self, text: str, toks: list[tuple[int, int, str]], ctx: LatinContext,
                blocked: dict[int, int]) -> list[Latin]:
        cut, lead_stripped = 0, False
        for k, (s, _e, _w) in enumerate(toks):  # everything up to the last title goes
            if self.title_ends_at(text, toks, k, ctx):
                cut = k + 1
        while cut < len(toks) and toks[cut][2] in self.stop:
            cut += 1
            lead_stripped = True
        name = toks[cut:]
        if not name or len(name) > 4 or any(self.not_name(w) for _, _, w in name):
            return []
        s, e = name[0][0], name[-1][1]
        if blocked.get(s, 0) >= e or name[-1][2].endswith(".") and len(name[-1][2]) == 2:
            return []
        after = NEXT_WORD.match(text, e)
        if after and after.group(1) in self.designators:
            return []
        left = self.left_context(text, s, ctx) | ({"title"} if cut and not lead_stripped else set())
        if lead_stripped and LINKER.search(text, max(0, toks[0][0] - 4), toks[0][0]):
            left |= self.left_context(text, toks[0][0] - 3, ctx) & {"title"}
        if CREDIT.search(text, max(0, s - 30), s) and text[e:e + 1] == ")":
            left.add("honorific")  # photo credit: (Reuters/John Smith)
        right = self.right_context(text, e, ctx)
        strong_left = left & {"title", "honorific"}
        if len(name) == 1 and not strong_left:
            return []
        if not (strong_left or left & {"verb_before"} or right):
            return []
        return [Latin(s, e, name[-1][2], {}, "en.person.context")]

    def not_name(self, word: str) -> bool:
        acronym = word.isupper() and len(word) > 1 and word[-1] != "." and not self.surname_of(word)
        return acronym or word in self.stop or self.is_place(word)

    def title_ends_at(self, text: str, toks: list[tuple[int, int, str]], k: int,
                      ctx: LatinContext) -> bool:
        return "title" in ctx.ends.get(toks[k][1], ()) or toks[k][2].lower() in self.titles
