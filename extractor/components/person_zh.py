"""Chinese person names in characters: a surname plus one or two given-name characters,
kept only where context confirms them, and transliterated foreign names after titles.

Only positions next to a context word (title, reporting verb, byline, list comma) are
examined, so the work is proportional to the context matches, not to every surname
character. Each reading of a position (two or three characters, compound surname)
gets a score from its left context, right context and edges; overlapping readings keep
the best score, then the longer one. Boundaries come from characters only: jieba's
dictionary is consulted just to reject common words (`高度`, `江南`), never to cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick
import jieba

from ..candidates import Candidate

HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
DOTS = "·・•‧"
LIST_SEP = "、"
BYLINE_OPEN = re.compile(r"(?:电|讯)[ ]?\(")  # 新华社北京7月17日电(张弛、刘红霞)
COMMON_FREQ = 50  # jieba frequency from which a non-name dictionary word is "common"
CROSS_FREQ = 200  # ... and from which a word across the name's end blocks the reading

STRONG = {"title", "honorific_after", "verb_after"}
CLAUSE_PUNCT = set("，,：:。“\"")
# Dictionary tags of ordinary words that are never a given name (`企业`, `包括`, `客人`).
PLAIN_TAGS = {"n", "v", "vn", "d", "c", "p", "r", "a", "ad", "f", "m", "q", "t", "u"}
GIVEN_FREQ = 500


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@dataclass(slots=True)
class Reading:
    start: int
    end: int
    surname: str
    left: int = 0  # 2 title/verb before, 1 weaker (ORG end, list comma after a person)
    right: int = 0  # 2 context word after, 1 single-character word or list comma
    edge: int = 0  # non-Han characters around the name
    source: str = "zh.person.context"
    list_left: bool = False
    list_right: bool = False

    @property
    def score(self) -> int:
        return self.left + self.right + self.edge

    def confirmed(self) -> bool:
        strong = self.left >= 2 or self.right >= 2 or self.source != "zh.person.context"
        return self.score >= 2 and strong


@dataclass
class HanContext:
    """Context-word positions in one text: types of words starting/ending at each index."""

    starts: dict[int, set[str]] = field(default_factory=dict)
    ends: dict[int, set[str]] = field(default_factory=dict)
    long_start: set[int] = field(default_factory=set)  # multi-character words

    def add(self, start: int, end: int, types: set[str] | frozenset[str]) -> None:
        if start in self.starts:
            self.starts[start] = self.starts[start] | types
        else:
            self.starts[start] = set(types)
        if end in self.ends:
            self.ends[end] = self.ends[end] | types
        else:
            self.ends[end] = set(types)
        if end - start > 1:
            self.long_start.add(start)


class HanNames:
    def __init__(self, surnames: dict[str, str], context: dict[str, set[str]],
                 translit: set[str]) -> None:
        self.surnames = surnames
        self.first_chars = {s[0] for s in surnames}
        self._checked: dict[tuple[str, str], bool] = {}
        self.context = context
        self.translit = translit
        self.nongiven = context.get("nongiven", set())
        self.common = context.get("common", set())
        self.automaton = ahocorasick.Automaton()
        words: dict[str, set[str]] = {}
        for t in ("title", "honorific_after", "verb_after", "verb_before", "byline"):
            for w in context.get(t, ()):
                words.setdefault(w, set()).add(t)
        for w, types in words.items():
            self.automaton.add_word(w, (len(w), frozenset(types)))
        self.automaton.make_automaton()
        jieba.initialize()
        self.freq = jieba.dt.FREQ
        from jieba import posseg
        self.tags = posseg.dt.word_tag_tab

    # -- context ------------------------------------------------------------------------
    def scan(self, text: str, others: list[Candidate]) -> HanContext:
        ctx = HanContext()
        for end_idx, (length, types) in self.automaton.iter(text):
            ctx.add(end_idx + 1 - length, end_idx + 1, types)
        for m in BYLINE_OPEN.finditer(text):
            ctx.add(m.start(), m.end(), {"byline"})
        for c in others:
            if c.label == "TITLE":
                ctx.add(c.start, c.end, {"title"})
            elif c.label == "ORG":
                ctx.ends.setdefault(c.end, set()).add("org")
        return ctx

    def common_word(self, word: str) -> bool:
        if word in self.common:
            return True
        tag = self.tags.get(word, "")
        return self.freq.get(word, 0) >= COMMON_FREQ and not tag.startswith("nr")

    def valid(self, text: str, start: int, end: int, surname: str,
              ctx: HanContext) -> bool:
        if not self.name_ok(text[start:end], surname):
            return False
        if end < len(text) and self.plain_word(text[end - 1:end + 1], CROSS_FREQ) \
                and not ("title" in ctx.starts.get(end, ()) and end in ctx.long_start):
            return False  # `江泽民主席`: a title after the name outweighs `民主`
        if start > 0 and start not in ctx.ends \
                and self.plain_word(text[start - 1:start + 1], CROSS_FREQ):
            return False
        return True

    def name_ok(self, name: str, surname: str) -> bool:
        """The position-free checks, cached: names repeat within and across documents."""
        key = (name, surname)
        ok = self._checked.get(key)
        if ok is None:
            given = name[len(surname):]
            ok = bool(given) and all(is_han(ch) and ch not in self.nongiven for ch in given) \
                and not self.common_word(name) \
                and not (len(given) == 2 and self.plain_word(given, GIVEN_FREQ, PLAIN_TAGS))
            if len(self._checked) > 200_000:
                self._checked.clear()
            self._checked[key] = ok
        return ok

    def plain_word(self, word: str, min_freq: int, tags: set[str] | None = None) -> bool:
        """A dictionary word of some frequency that is not a name (only `tags` if given)."""
        tag = self.tags.get(word, "")
        if self.freq.get(word, 0) < min_freq:
            return False
        return tag in tags if tags is not None else not tag.startswith("nr")

    def surname_at(self, text: str, pos: int) -> list[str]:
        out = []
        if text[pos:pos + 2] in self.surnames:
            out.append(text[pos:pos + 2])
        if text[pos:pos + 1] in self.surnames:
            out.append(text[pos:pos + 1])
        return out

    @staticmethod
    def clause_verb(text: str, pos: int, types: set[str]) -> bool:
        """`王伟说，…`: a one-character reporting verb closed by punctuation."""
        return "verb_after" in types and text[pos + 1:pos + 2] in CLAUSE_PUNCT

    @staticmethod
    def single_word(ctx: HanContext, pos: int) -> bool:
        return bool(ctx.starts.get(pos, set()) & STRONG) and pos not in ctx.long_start

    # -- readings -----------------------------------------------------------------------
    def readings_from(self, text: str, start: int, ctx: HanContext) -> list[Reading]:
        out = []
        for s in self.surname_at(text, start):
            for g in (1, 2):
                end = start + len(s) + g
                if end <= len(text) and self.valid(text, start, end, s, ctx):
                    out.append(self.rate(text, Reading(start, end, s), ctx))
        return out

    def rate(self, text: str, r: Reading, ctx: HanContext) -> Reading:
        before = ctx.ends.get(r.start, set())
        if r.start >= 1 and text[r.start - 1] in " 了:":
            before = before | ctx.ends.get(r.start - 1, set())
        if before & {"title", "verb_before", "byline"}:
            r.left = 2
        elif "org" in before:
            r.left = 1
        after = ctx.starts.get(r.end, set())
        if after & STRONG:
            r.right = 2 if r.end in ctx.long_start or self.clause_verb(text, r.end, after) else 1
        at_start = r.start == 0 or not is_han(text[r.start - 1])
        at_end = r.end >= len(text) or not is_han(text[r.end])
        r.edge = int(at_start) + int(at_end)
        # a one-character function word at either end is more likely not part of the name
        # (`向章钢`, `章钢和`)
        r.edge -= 2 * (self.single_word(ctx, r.start) + self.single_word(ctx, r.end - 1))
        if r.start > 0 and self.single_word(ctx, r.start - 1):
            r.left = max(r.left, 1)  # 会长向章钢主任
        r.list_left = r.start > 0 and text[r.start - 1] == LIST_SEP
        r.list_right = r.end < len(text) and text[r.end] == LIST_SEP
        return r

    def readings(self, text: str, ctx: HanContext) -> list[Reading]:
        positions: set[int] = set()
        for end, types in ctx.ends.items():
            if types & {"title", "verb_before", "byline", "org"}:
                positions.add(end)
                if end < len(text) and text[end] in " 了:":  # 记者 王磊, 会见了X, 编辑:X
                    positions.add(end + 1)
        for start, types in ctx.starts.items():
            if types & STRONG:
                positions.update(range(max(0, start - 4), start - 1))
        for m in re.finditer(LIST_SEP, text):
            positions.update((m.end(), *range(max(0, m.start() - 4), m.start() - 1)))
        out: list[Reading] = []
        n = len(text)
        first = self.first_chars
        for p in sorted(positions):
            if 0 <= p < n and text[p] in first:
                out += self.readings_from(text, p, ctx)
        out += self.transliterations(text, ctx)
        return out

    def transliterations(self, text: str, ctx: HanContext) -> list[Reading]:
        """`杜苏里`, `艾伦·卡朋特`: a run of transliteration characters after a title,
        cut where a context word or a non-Han character starts."""
        out = []
        for end, types in ctx.ends.items():
            if "title" not in types:
                continue
            if end < len(text) and self.single_word(ctx, end):
                end += 1  # 副局长向卡萨弗兰卡公参
            stop = end
            while stop < len(text) and stop - end < 12 and (
                    text[stop] in self.translit or (text[stop] in DOTS and stop > end)):
                stop += 1
            for cut in range(stop, end + 1, -1):
                if text[cut - 1] in DOTS:
                    continue
                boundary = cut >= len(text) or not is_han(text[cut]) and text[cut] not in DOTS
                strong = boundary or bool(ctx.starts.get(cut, set()) & STRONG) \
                    or text[cut] in self.nongiven  # `普京与…`: a function character
                if strong or self.plain_word(text[cut:cut + 2], CROSS_FREQ):
                    name = text[end:cut]  # the name ends where a common word starts (`批准`)
                    long_enough = cut - end >= 3 or any(ch in DOTS for ch in name) \
                        or cut - end == 2  # `拜登` before a verb, function character or comma
                    if long_enough and not self.common_word(name):
                        r = Reading(end, cut, "", left=2, right=2, source="zh.person.translit")
                        out.append(r)
                    break
        return out

    # -- choice -------------------------------------------------------------------------
    @staticmethod
    def propagate(rs: list[Reading]) -> None:
        """Names in a `、` list confirm their neighbours: one pass each way. A list of
        three or more readings with context at either end confirms itself."""
        by_end = {r.end: r for r in rs}
        by_start = {r.start: r for r in rs}
        for r in rs:
            if r.list_right and not r.list_left:
                chain = [r]
                while chain[-1].list_right and (nxt := by_start.get(chain[-1].end + 1)) is not None:
                    chain.append(nxt)
                if len(chain) >= 3 and (chain[0].left or chain[-1].right or chain[-1].edge > 0):
                    for c in chain:
                        c.left = max(c.left, 2)
        for r in sorted(rs, key=lambda r: r.start):
            prev = by_end.get(r.start - 1)
            if r.list_left and prev is not None and prev.confirmed():
                r.left = max(r.left, 2)
        for r in sorted(rs, key=lambda r: -r.start):
            nxt = by_start.get(r.end + 1)
            if r.list_right and nxt is not None and nxt.confirmed():
                r.right = max(r.right, 2)

    def find(self, text: str, others: list[Candidate]) -> tuple[list[Reading], HanContext]:
        """Confirmed, non-overlapping readings, and the context they were judged by."""
        if not HAN.search(text):
            return [], HanContext()
        ctx = self.scan(text, others)
        rs = self.readings(text, ctx)
        self.drop_regions(rs, others)
        self.propagate(rs)
        good = [r for r in rs if r.confirmed()]
        good.sort(key=lambda r: (-r.score, -(r.end - r.start), r.start))
        taken = bytearray(len(text) + 1)
        chosen = []
        for r in good:
            if not any(taken[r.start:r.end]):
                taken[r.start:r.end] = b"\x01" * (r.end - r.start)
                chosen.append(r)
        return sorted(chosen, key=lambda r: r.start), ctx

    @staticmethod
    def drop_regions(rs: list[Reading], others: list[Candidate]) -> None:
        """A place name at the reading's start (`常州`, `宁夏`) wins unless a title precedes."""
        region_starts = {c.start: c.end for c in others if c.label == "REGION"}
        for r in rs:
            end = region_starts.get(r.start)
            if end is None or end < r.start + 2:
                continue
            if r.left < 2 or r.source == "zh.person.translit" and end >= r.end:
                r.left = r.right = r.edge = 0
