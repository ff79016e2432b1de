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
from functools import cached_property

from .. import memo
from ..memo import Memo
from ..candidates import DOTS, Candidate
from ..lexicon import Occurrences, matches_before
from ..tokenizers import quiet_jieba

HAN_RANGES = "\u4e00-\u9fff\u3400-\u4dbf"
HAN_CHAR = f"[{HAN_RANGES}]"
HAN = re.compile(HAN_CHAR)
# what joins the parts of a foreign name: the name dot, and the hyphen of a compound
# given or family name (让-皮埃尔, 阿吉亚尔-布朗库)
JOINERS = DOTS + "－‐-"
_J = re.escape(JOINERS)
DOTTED = re.compile(rf"{HAN_CHAR}{{1,10}}(?:[{_J}]{HAN_CHAR}{{1,8}})*[{_J}]({HAN_CHAR}{{1,10}})")
JOINER = re.compile(f"{HAN_CHAR}[{_J}]")  # a joiner after Han: where a dotted name's first part ends
DOTTED_REACH = 10  # a dotted name's first part, before its first joiner: at most 10 Han


def dotted_matches(text: str) -> list[re.Match[str]]:
    """`DOTTED.finditer(text)`, tried only within a first part's reach before a joiner:
    opening on any Han character, the pattern was tried at every position of a Chinese
    text that holds a hyphen anywhere (a date's `2020-09-18`)."""
    return matches_before(DOTTED, text, (m.end() - 1 for m in JOINER.finditer(text)), DOTTED_REACH)


LIST_SEP = "、"
LIST_SEP_RE = re.compile(LIST_SEP)
LIST_END = "等和与及"  # function characters that close a name in a list (`王振中等人`)
BRACKET_BYLINE = re.compile(  # a credit alone in brackets at a paragraph's end
    rf"(?:^|(?<=[\n。！？!?”]))[ \t]*[(（]({HAN_CHAR}{{2,4}}?)(?:摄|文|供稿|整理)?[)）][ \t]*$",
    re.M)
# a title's official Latin-script form in brackets after it (`司长（Secretário para …）`): the
# holder's name follows the bracket as it would the title
LATIN_GLOSS = re.compile(r"[(（][A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .,'’&-]{1,80}[)）]")
BYLINE_OPEN = re.compile(r"(?:电|讯)[ ]?\(")  # 新华社北京3月5日电(王一、李二)
COMMON_FREQ = 50  # jieba frequency from which a non-name dictionary word is "common"
CROSS_FREQ = 200  # ... and from which a word across the name's end blocks the reading

# Context types as bits: a position's types are one int, or-ed together in the scan.
TYPES = {"title": 1, "honorific_after": 2, "verb_after": 4, "verb_before": 8, "byline": 16,
         "org": 32}
TITLE, VERB_AFTER, ORG, BYLINE = TYPES["title"], TYPES["verb_after"], TYPES["org"], TYPES["byline"]
HONORIFIC = TYPES["honorific_after"]
STRONG = TITLE | TYPES["honorific_after"] | VERB_AFTER
LEFT_STRONG = TITLE | TYPES["verb_before"] | TYPES["byline"]
LEFT_ANY = LEFT_STRONG | ORG
CLAUSE_PUNCT = set("，,：:。“\"")
# Dictionary tags of ordinary words that are never a given name (`企业`, `包括`, `客人`).
PLAIN_TAGS = {"n", "v", "vn", "d", "c", "p", "r", "a", "ad", "f", "m", "q", "t", "u"}
GIVEN_FREQ = 500
CLAUSE_VERBS = set("说称摄等")
# one-character adverbs between a list of names and its verb (`均出席`, `亦表示`, `都参加`), and
# the contrastive 则 after a clause's subject (`乙则呼吁`, traditional 則): a transliterated run
# that takes one before a verb ends before it
CLAUSE_ADVERBS = set("均亦也都皆则則")
COPULAS = set("为為")  # `选举甲为董事长`: the copula between a name and the post it is given  # one-character verbs that may end a clause right after a name
# verbs that fill posts, whose objects a later clause of the sentence may list (`推选甲为会长，
# 乙为副会长`: parallel_clause), in both scripts; and the marks that end a sentence or a clause
ELECTING = re.compile("推选|推選|选举|選舉|选出|選出|推举|推舉|委任|聘任|任命|增补|增補")
SENTENCE_ENDS = "。！？；\n"
CLAUSE_COMMAS = "，,"
PARALLEL_REACH = 80  # characters back from the copula to the electing verb
WEAK_SOURCES = ("zh.person.context", "zh.person.loose")  # need a strong side to stand
VIET_MIDDLE = "氏"  # the middle name Thị of a Vietnamese woman's name (vietnamese_surnames.tsv)
FUNCTION_TAGS = set("pcurdy")  # jieba tags of function words (of, at, and, this …)


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
        strong = self.left >= 2 or self.right >= 2 or self.source not in WEAK_SOURCES
        return self.score >= 2 and strong


@dataclass
class HanContext:
    """Context-word positions in one text: types (`TYPES` bits) of the words starting and
    ending at each index."""

    starts: dict[int, int] = field(default_factory=dict)
    ends: dict[int, int] = field(default_factory=dict)
    long_start: set[int] = field(default_factory=set)  # multi-character words
    dates: dict[int, int] = field(default_factory=dict)  # DATE candidates: start -> end
    title_ends: list[int] = field(default_factory=list)  # where the TITLE candidates end

    def add(self, start: int, end: int, types: int) -> None:
        self.starts[start] = self.starts.get(start, 0) | types
        self.ends[end] = self.ends.get(end, 0) | types
        if end - start > 1:
            self.long_start.add(start)


class HanNames:
    def __init__(self, surnames: dict[str, str], context: dict[str, set[str]],
                 translit: set[str], japanese: frozenset[str] = frozenset(),
                 viet_men: frozenset[str] = frozenset(),
                 ranks: frozenset[str] = frozenset(),
                 frequent: frozenset[str] = frozenset()) -> None:
        self.surnames = surnames
        # the most frequent surnames: after a function word they open a name of their own
        # (`会长和李明出席`: 和 + 李明, the title's holder unnamed), no given name
        self.frequent = frequent
        self.ranks = ranks  # a title's rank words: no given name (`高级`, `常务`)
        self.japanese = japanese  # Japanese family names: given names end in 一/二 (`浩二`)
        # 阮 + a man's middle name (`阮春`): a Vietnamese given name is often a word (日新)
        self.viet_men = viet_men
        self.first_chars = {s[0] for s in surnames}
        # characters that open a name only as the first of a longer surname (`佐` of 佐藤,
        # `山` of 山田): a position there is read only where that surname is written whole
        self.single = {s for s in surnames if len(s) == 1}
        self.longer = {s for s in surnames if len(s) > 1}
        self.longer_first = {s[0] for s in self.longer}
        self.only_longer = self.first_chars - self.single
        self._checked = Memo(memo.WORDS)  # (name, surname) -> a plausible name
        self._cross = Memo(memo.WORDS)  # character pair -> a plain word
        self._shapes = Memo(memo.WORDS)  # window -> what its characters decide
        self._loose = Memo(memo.WORDS)  # four characters -> loose_heads
        self.context = context
        self.translit = translit
        self.nongiven = context.get("nongiven", set())
        self.common = context.get("common", set())
        # words no name starts with though a surname opens them (`议员包括某某`: not 包 + 括某)
        self.openers = tuple(context.get("opener", ()))
        self.japanese_ends = context.get("japanese_given_end", set())
        # last characters of a Japanese given name of three (`浩一郎`, `真理子`)
        self.japanese_three = context.get("japanese_given_three_end", set())
        # ... and the numerals that make a two-character one with 郎 (`三郎`, `次郎`)
        self.birth_order = context.get("japanese_birth_order", set())
        # ... and what a Japanese given name may hold that a Chinese one does not (`和也`)
        self.japanese_chars = context.get("japanese_given_char", set())
        self.japanese_nongiven = self.nongiven - self.japanese_chars
        self.former = context.get("former", set())
        # surnames that are function words (`和`, `时`), read only in the title frame
        self.frame_only = context.get("frame_surname", set())
        # characters a given name holds in the title frame only (`在` of Korean 在勋)
        self.frame_given = context.get("frame_given", set())
        words: dict[str, int] = {}
        for t in ("title", "honorific_after", "verb_after", "verb_before", "byline"):
            for w in context.get(t, ()):
                words[w] = words.get(w, 0) | TYPES[t]
        self.automaton = Occurrences(words.items())
        # the characters a title-frame name may open with (`frame_readings`): the function
        # words that are surnames, and those read as surnames in the frame only
        self.frame_first = self.frame_only | {w for w in words if len(w) == 1 and w in surnames}
        # every context word holds a Han character, so only stretches near one are scanned
        reach = max(map(len, words), default=1)
        self.near_han = re.compile(rf"{HAN_CHAR}(?:[^{HAN_RANGES}]{{0,{2 * reach - 1}}}+{HAN_CHAR})*")
        self.reach = reach if all(HAN.search(w) for w in words) else None

    # jieba's dictionary (some 1.5 s to load) only once a Han name is weighed: an English
    # pipeline holds this recogniser for names in brackets but rarely needs it.
    @cached_property
    def freq(self) -> dict[str, int]:
        jieba = quiet_jieba()
        jieba.initialize()
        return jieba.dt.FREQ

    @cached_property
    def tags(self) -> dict[str, str]:
        quiet_jieba()
        from jieba import posseg

        return posseg.dt.word_tag_tab

    @cached_property
    def function_chars(self) -> set[str]:
        """Characters never in a given name even where context vouches for the name."""
        return {ch for ch in self.nongiven if self.tags.get(ch, "x")[0] in FUNCTION_TAGS}

    def verb_or_function(self, word: str) -> bool:
        """jieba tags the word as a verb or a function word."""
        tag = self.tags.get(word, "x")[0]
        return tag == "v" or tag in FUNCTION_TAGS

    # -- context ------------------------------------------------------------------------
    def windows(self, text: str) -> list[tuple[int, int]]:
        """Disjoint stretches holding every context word: all of a Chinese text, just
        around the few Han characters of an English one."""
        if self.reach is None or len(text.encode("utf-8")) >= 2 * len(text):
            # (two bytes a character on average: much of the text is Han. Scanning it whole
            # finds the same words, each holding a Han character and so lying inside a
            # window, and spares the window regex its walk over every character)
            return [(0, len(text))]
        w, n = self.reach, len(text)
        return [(max(0, m.start() - w), min(n, m.end() + w)) for m in self.near_han.finditer(text)]

    def scan(self, text: str, others: list[Candidate]) -> HanContext:
        ctx = HanContext()
        starts, ends, long_start = ctx.starts, ctx.ends, ctx.long_start
        for a, b in self.windows(text):
            for s, e, types in self.automaton.find(text[a:b] if a or b < len(text) else text):
                s, e = s + a, e + a
                starts[s] = starts.get(s, 0) | types
                ends[e] = ends.get(e, 0) | types
                if e - s > 1:
                    long_start.add(s)
        for m in BYLINE_OPEN.finditer(text):
            ctx.add(m.start(), m.end(), TYPES["byline"])
        if "(" in text or "（" in text:
            for m in BRACKET_BYLINE.finditer(text):  # `(王大明摄)` closing a paragraph
                ctx.add(m.start(), m.start(1), TYPES["byline"])
        for c in others:
            if c.label == "TITLE":
                ctx.add(c.start, c.end, TITLE)
                ctx.title_ends.append(c.end)
                if text[c.end:c.end + 1] in "(（" and (m := LATIN_GLOSS.match(text, c.end)):
                    ctx.ends[m.end()] = ctx.ends.get(m.end(), 0) | TITLE
                if c.start > 0 and text[c.start - 1] in COPULAS:
                    # `推举甲为名誉会长`: the copula that gives a post ends the name before it,
                    # a one-character word (`甲为` is read as the name only with more evidence)
                    starts[c.start - 1] = starts.get(c.start - 1, 0) | VERB_AFTER
                    for opens in self.parallel_clause(text, c.start - 1):
                        ends[opens] = ends.get(opens, 0) | TYPES["verb_before"]
            elif c.label == "ORG":
                ctx.ends[c.end] = ctx.ends.get(c.end, 0) | ORG
            elif c.label == "DATE":
                # a date starts a word no name runs into (`卓荣泰今天`: not 卓荣泰今); it
                # carries no context type of its own, but passes on a verb after it
                starts.setdefault(c.start, 0)
                ctx.dates[c.start] = max(c.end, ctx.dates.get(c.start, 0))
        return ctx

    @staticmethod
    def parallel_clause(text: str, copula: int) -> tuple[int, ...]:
        """`推选甲为会长，乙、丙及丁为副会长`: a clause of names, a copula and a post after an
        electing or appointing verb earlier in the same sentence takes the verb's objects as
        its own: where such a clause opens (after its comma) and where its last name opens
        (after 及 or 和 within a name's reach of the copula); none elsewhere."""
        lo = max(0, copula - PARALLEL_REACH)
        stop = max(text.rfind(ch, lo, copula) for ch in SENTENCE_ENDS)
        comma = max(text.rfind(ch, lo, copula) for ch in CLAUSE_COMMAS)
        if comma <= stop or copula - comma > 16 or not ELECTING.search(text, stop + 1, comma):
            return ()
        conj = max(text.rfind(ch, max(comma, copula - 5), copula) for ch in "及和")
        return (comma + 1, conj + 1) if conj > comma + 1 else (comma + 1,)

    def common_word(self, word: str) -> bool:
        if word in self.common:
            return True
        tag = self.tags.get(word, "")
        return self.freq.get(word, 0) >= COMMON_FREQ and not tag.startswith("nr")

    def valid(self, text: str, start: int, end: int, surname: str,
              ctx: HanContext, repeat: bool = False) -> bool:
        """Whether a reading of a name at start..end holds against the words across its
        edges. A `repeat` of a name the text has already given in full outweighs a word
        across its end where a verb word follows (`张文华表示` after `副会长张文华`: not 华表),
        as a title does for any name."""
        if not self.name_ok(text[start:end], surname):
            return False
        weigh = self.outweighs(surname) | (VERB_AFTER if repeat else 0)
        if end < len(text) and self.plain_word(text[end - 1:end + 1], CROSS_FREQ) \
                and not (ctx.starts.get(end, 0) & weigh and end in ctx.long_start) \
                and not self.closed_by_numeral(text, start, end, surname, ctx) \
                and not ((repeat or ctx.ends.get(start, 0) & LEFT_STRONG)
                         and self.cross_strands(text, end, ctx)):
            return False  # `王泽民主任`, `松本健一出席`: a title (for a Japanese name, a verb
            # too) after the name outweighs `民主`, `一出`
        if start > 0 and start not in ctx.ends \
                and self.plain_word(text[start - 1:start + 1], CROSS_FREQ):
            return False
        return not self.word_tail(text, start, end)

    def word_at(self, text: str, pos: int) -> bool:
        """A dictionary word of two or three characters, not a name, opens at `pos`."""
        return any(self.plain_word(text[pos:pos + k], COMMON_FREQ) for k in (2, 3)
                   if pos + k <= len(text))

    def cross_strands(self, text: str, end: int, ctx: HanContext) -> bool:
        """`李文杰出席`, `陈国明明日`, `杨光明确表示`: the two readings of a name's end, each
        segmenting what follows. With the name ending at `end`, a word opens there (a context
        word, a date, a dictionary word: 出席, 明日, 明确); with the word across the end
        (杰出, 明明, 光明), the character after that word opens none and would stand alone
        (席, 日, 确). The name's reading segments the text and the crossing word does not:
        it does not block the name. Where both segment (`李强调研发`: 李强 + 调研 or 强调 +
        研发), the crossing word keeps blocking it. Asked only where a title, byline or verb
        before the name, or the name's full reading earlier in the text, vouches for a name
        there: the segmentation decides its length, not whether there is one."""
        nxt = end + 1
        if nxt >= len(text) or not is_han(text[nxt]) or ctx.starts.get(nxt, 0) \
                or nxt in ctx.dates:
            return False  # after the crossing word the text goes on cleanly
        opens = end in ctx.long_start or end in ctx.dates or self.word_at(text, end)
        return opens and not self.word_at(text, nxt) \
            and not self.plain_word(text[end - 1:end + 2], COMMON_FREQ)

    def closed_by_numeral(self, text: str, start: int, end: int, surname: str,
                          ctx: HanContext) -> bool:
        """`审议官中村健一会面`: after a title, a Japanese given name of two characters that
        ends in its numeral (一, 二: japanese_given_end) ends there, whatever word the numeral
        makes with the next character (一会, 二手); without the title the word holds."""
        return surname in self.japanese and end - start == len(surname) + 2 \
            and text[end - 1] in self.japanese_ends and bool(ctx.ends.get(start, 0) & TITLE)

    def word_tail(self, text: str, start: int, end: int) -> bool:
        """`某市长江大桥`: the reading is the tail of a dictionary word that begins one or
        two characters before it (长江大桥), so it names no one, even after a context word
        (市长). Asked of every reading: `plain_word` inlined, its frequency first (most
        such stretches are no word at all)."""
        freq = self.freq
        for k in (1, 2):
            if start >= k:
                word = text[start - k:end]
                if freq.get(word, 0) >= CROSS_FREQ and not self.tags.get(word, "").startswith("nr"):
                    return True
        return False

    def outweighs(self, surname: str) -> int:
        """The context types after a name that outweigh a word across its end: a title
        (`王泽民主任`: not 民主); for a Japanese name, whose given name may end in a numeral
        that makes a word with the next character, a verb word too (`松本健一出席`: not
        一出). A Chinese name keeps the word (`李强调研`: 强调)."""
        return TITLE | VERB_AFTER if surname in self.japanese else TITLE

    def name_ok(self, name: str, surname: str) -> bool:
        """The position-free checks, cached: names repeat within and across documents."""
        key = (name, surname)
        ok = self._checked.get(key)
        if ok is None:
            given = name[len(surname):]
            if surname in self.japanese and len(given) == 2 and given[1] in self.japanese_ends:
                given = given[0]  # `松本浩二`: a numeral closes a Japanese given name
            elif surname in self.japanese and len(given) == 2 and given[0] in self.birth_order \
                    and given[1] in self.japanese_three:
                given = given[1]  # `松田三郎`: a birth-order name, numeral + 郎
            elif len(given) == 3:  # `大西真理子`: its first two may be a word (真理)
                given = given[:1] if surname in self.japanese and given[2] in self.japanese_three \
                    else ""
            if surname.endswith(VIET_MIDDLE) and len(given) == 2 \
                    and self.tags.get(given[1], "x")[0] in FUNCTION_TAGS:
                given = ""  # `阮氏某亦出席`: a function word after a one-character given name
            nongiven = self.japanese_nongiven if surname in self.japanese else self.nongiven
            ok = bool(given) and all(is_han(ch) and ch not in nongiven for ch in given) \
                and name[len(surname):] not in self.ranks \
                and not self.common_word(name) \
                and not name.startswith(self.openers) \
                and not (len(given) == 2 and surname not in self.viet_men
                         and self.plain_word(given, GIVEN_FREQ, PLAIN_TAGS))
            self._checked.put(key, ok)
        return ok

    def plain_word(self, word: str, min_freq: int, tags: set[str] | None = None) -> bool:
        """A dictionary word of some frequency that is not a name (only `tags` if given)."""
        if self.freq.get(word, 0) < min_freq:
            return False  # (most words asked are none: the tag only for those that are)
        tag = self.tags.get(word, "")
        return tag in tags if tags is not None else not tag.startswith("nr")

    def closing_word(self, name: str) -> bool:
        """A transliterated run that ends in a common dictionary word (`列席`, `出席`), not a
        place (`巴马`) nor a word made with the character before it: the run took in the
        verb after the name, since its characters also serve transliteration."""
        word = name[-2:]
        return self.plain_word(word, CROSS_FREQ) and not self.tags.get(word, "").startswith("ns") \
            and not self.plain_word(name[-3:-1], COMMON_FREQ)

    def verb_after_date(self, text: str, pos: int, ctx: HanContext) -> int:
        """Where a verb that follows a date ending at `pos` starts (`王某5日表示`, with one
        dictionary adverb between them: `王某5日共同出席`), or 0: the name before such a
        date is read like one before the verb."""
        if ctx.starts.get(pos, 0) & VERB_AFTER:
            return pos
        for size in (2, 1):
            if self.tags.get(text[pos:pos + size], "").startswith("d") \
                    and ctx.starts.get(pos + size, 0) & VERB_AFTER:
                return pos + size
        return 0

    @staticmethod
    def clause_verb(text: str, pos: int, types: int) -> bool:
        """`王伟说，…`: a one-character reporting verb closed by punctuation (a preposition
        such as 同 or 向 never closes a clause: `张华陪同。` is 张华 + 陪同)."""
        return bool(types & VERB_AFTER) and text[pos:pos + 1] in CLAUSE_VERBS \
            and text[pos + 1:pos + 2] in CLAUSE_PUNCT

    @staticmethod
    def single_word(ctx: HanContext, pos: int) -> bool:
        return bool(ctx.starts.get(pos, 0) & STRONG) and pos not in ctx.long_start

    # -- readings -----------------------------------------------------------------------
    def crosses(self, pair: str) -> bool:
        """`plain_word(pair, CROSS_FREQ)`, cached: asked for the pairs around every reading."""
        got = self._cross.get(pair)
        if got is None:
            got = self._cross.put(pair, self.plain_word(pair, CROSS_FREQ))
        return got

    def shape_at(self, window: str) -> tuple[bool, bool, int, bool, tuple]:
        """What the characters around a position decide, whatever the context: `window`
        is the text from one before the position to five after (NUL before the text)."""
        prev, out = window[0], []
        surnames = [w for w in (window[1:4], window[1:3], window[1:2]) if w in self.surnames]
        for s in surnames:
            three = s in self.japanese and window[len(s) + 3:len(s) + 4] in self.japanese_three
            for size in (len(s) + 1, len(s) + 2, len(s) + 3) if three else (len(s) + 1, len(s) + 2):
                if size + 1 > len(window) or not self.name_ok(window[1:size + 1], s):
                    continue
                nxt = window[size + 1:size + 2]
                out.append((s, size, bool(nxt) and self.crosses(window[size:size + 2]),
                            int(not nxt or not is_han(nxt)), nxt == LIST_SEP))
        shape = (self.crosses(window[:2]), prev in " 了:", int(not is_han(prev)),
                 prev == LIST_SEP, tuple(out))
        self._shapes.put(window, shape)
        return shape

    def readings_from(self, text: str, start: int, ctx: HanContext) -> list[Reading]:
        """The readings at `start`: `valid` and `rate`, with their character checks cached
        by `shape_at`."""
        window = text[start - 1:start + 6] if start else "\0" + text[:6]
        shape = self._shapes.get(window) or self.shape_at(window)
        start_cross, spaced, at_start, list_left, items = shape
        ends, starts, long_start = ctx.ends, ctx.starts, ctx.long_start
        before = ends.get(start, 0)
        if spaced:
            before |= ends.get(start - 1, 0)
        left = 2 if before & LEFT_STRONG else 1 if before & ORG else 0
        items = items + self.loose_items(text, start, ctx, left)  # kept below where context vouches
        if not items:
            return []
        if start_cross and start not in ctx.ends:
            # `落实习某某主任`: a title after the name outweighs the word across its start,
            # unless that word is a context word (`出席`); an honorific that is also a title
            # is not enough (`有关负责同志`), nor a title that a longer one starting inside
            # the reading holds (`公司总经理` is no 司总 + 经理)
            # nor a reading that ends in a word marking a former post (`公司原董事长`: no 司原)
            items = () if start - 1 in starts else tuple(
                i for i in items if starts.get(start + i[1], 0) & TITLE
                and text[start + i[1] - 1] not in self.former
                and not starts.get(start + i[1], 0) & HONORIFIC
                and start + i[1] in long_start
                and not any(starts.get(k, 0) & TITLE for k in range(start + 1, start + i[1])))
            if not items:
                return []
        out: list[Reading] = []
        if start > 0 and self.single_word(ctx, start - 1):
            left = max(left, 1)  # 会长向李明主任
        # a one-character function word at either end is more likely not part of the name
        # (`向章刚`, `章刚和`)
        edge0 = at_start - 2 * self.single_word(ctx, start)
        for s, size, end_cross, at_end, list_right, *loose in items:
            end = start + size
            if start and self.word_tail(text, start, end):
                continue
            after, verb_at = starts.get(end, 0), end
            if not after and end in ctx.dates:  # `王某5日表示`: the verb after the date
                verb_at = ctx.dates[end]
                after = starts.get(verb_at, 0) & VERB_AFTER
                if not after:  # `王某5日共同出席`: one adverb between the date and the verb
                    verb_at = self.verb_after_date(text, verb_at, ctx) or verb_at
                    after = starts.get(verb_at, 0) & VERB_AFTER
            elif text[end:end + 1] == "等":  # `王某、李某等出席`: the verb after 等(人)
                k = end + 2 if text[end + 1:end + 2] == "人" else end + 1
                if starts.get(k, 0) & VERB_AFTER and k in long_start:
                    after, verb_at = after | VERB_AFTER, k
            if end_cross and not (after & self.outweighs(s) and end in long_start) \
                    and not (self.clause_verb(text, end, after)
                             and self.freq.get(text[end - 1:end + 1], 0) < 5 * CROSS_FREQ) \
                    and not (left == 2 and text[end] in LIST_END) \
                    and not self.closed_by_numeral(text, start, end, s, ctx) \
                    and not (left == 2 and self.cross_strands(text, end, ctx)):
                continue  # `王泽民主任`, `松本健一出席`: see `outweighs`
            right = 0
            if after & STRONG:
                right = 2 if verb_at in long_start or self.clause_verb(text, verb_at, after) else 1
            # (a Japanese given name's last 也 is no function word there: `森本和也`)
            edge = edge0 + at_end - 2 * (self.single_word(ctx, end - 1) and not (
                s in self.japanese and text[end - 1] in self.japanese_chars))
            source = "zh.person.loose" if loose else "zh.person.context"
            if loose and left < 2 and not (after & HONORIFIC and end in long_start) \
                    and not (list_right and list_left):
                continue  # a word read as a name needs a title, honorific or list beside it
            out.append(Reading(start, end, s, left, right, edge, source, list_left=list_left,
                               list_right=list_right))
        if len(out) > 1 and out[0].surname in self.japanese:
            # `佐藤达也出席`: a Japanese given name ends in 也 rather than before it (not 佐藤达 + 也出席)
            ends = {r.end for r in out}
            out = [r for r in out if not (text[r.end:r.end + 1] in self.japanese_chars
                                          and r.end + 1 in ends)]
        return out

    def loose_items(self, text: str, start: int, ctx: HanContext, left: int) -> tuple:
        """Readings the position-free checks refuse but a title or a list vouches for:
        a given name that is also a word (`李建成先生`), a last character that is seldom a
        given name (`尉明远`), and in Hong Kong and Macao a married woman's two surnames
        (`陈方安生`). Each must end at a boundary: punctuation, a list comma, `等`, or a
        context word. The checks on the name's own characters are `loose_heads`, cached:
        this runs at every candidate position of every document."""
        heads = text[start:start + 4]
        found = self._loose.get(heads)
        if found is None:
            found = self._loose.put(heads, self.loose_heads(heads))
        if not found:
            return ()
        out = []
        starts = ctx.starts
        for s, size in found:
            end = start + size
            if any(map(starts.__contains__, range(start + 1, end))):
                continue
            nxt = text[end:end + 1]
            if text[end - 1] in CLAUSE_ADVERBS and is_han(nxt):
                continue  # `署长某某若亦于…抵达`: the adverb before the verb ends the name
            married = size == 4 and left == 2 and text[end - 1] not in self.nongiven
            if nxt and is_han(nxt) and nxt not in LIST_END and not starts.get(end, 0) and (
                    self.crosses(text[end - 1:end + 1])  # its last character opens a word (进行)
                    or self.freq.get(text[end:end + 2], 0) < COMMON_FREQ and not married):
                continue
            out.append((s, size, False, int(not nxt or not is_han(nxt)), nxt == LIST_SEP,
                        True))
        return tuple(out)

    def loose_heads(self, heads: str) -> tuple[tuple[str, int], ...]:
        """The (surname, size) readings of `loose_items` at a position whose next four
        characters are `heads`, as far as those characters alone decide: a pure function
        of `heads`, so it can be memoised (the position's context is checked after)."""
        out = []
        for s in (heads[:2], heads[:1]):
            if s not in self.surnames:
                continue
            sizes = [len(s) + 1, len(s) + 2]
            if len(s) == 1 and heads[1:2] in self.surnames:
                sizes.append(4)  # 陈方安生: surname, husband's surname, given name
            for size in sizes:
                name = heads[:size]
                if len(name) < size or not all(is_han(ch) for ch in name[len(s):]):
                    continue
                given = name[len(s):]
                if any(ch in self.nongiven for ch in given[:-1]) \
                        or size == 4 and self.freq.get(given[1:], 0) >= COMMON_FREQ \
                        or any(ch in self.function_chars for ch in given) \
                        or self.common_word(name) or self.name_ok(name, s) and size < 4:
                    continue
                out.append((s, size))
        return tuple(out)

    def readings(self, text: str, ctx: HanContext) -> list[Reading]:
        positions: set[int] = set()
        n = len(text)
        for end, types in ctx.ends.items():
            if types & LEFT_ANY:
                positions.add(end)
                if end < n and text[end] in " 了:":  # 记者 韩蕾, 会见了X, 编辑:X
                    positions.add(end + 1)
        # two to four characters before a title or verb (`王伟表示`), around list commas
        before = [s for s, types in ctx.starts.items() if types & STRONG]
        before += [s for s, e in ctx.dates.items() if self.verb_after_date(text, e, ctx)]
        if LIST_SEP in text:
            for m in LIST_SEP_RE.finditer(text):
                positions.add(m.end())
                before.append(m.start())
        first, longer, longer_first = self.first_chars, self.longer, self.longer_first
        for s in before:
            for p in range(max(0, s - 4), s - 1):
                if text[p] in first:
                    positions.add(p)
            # five before: a family name of two or three characters with its given name
            # (`渡边美穗子表示`, `佐佐木健一表示`)
            if s >= 5 and text[s - 5] in longer_first \
                    and (text[s - 5:s - 3] in longer or text[s - 5:s - 2] in longer):
                positions.add(s - 5)
        out: list[Reading] = []
        only_longer = self.only_longer
        for p in sorted(positions):
            if p < n and text[p] in first and (text[p] not in only_longer or text[p:p + 2] in longer
                                               or text[p:p + 3] in longer):
                out += self.readings_from(text, p, ctx)
        named = {(r.start, r.surname) for r in out if r.surname in self.japanese}
        # a spelled run that is just a Japanese family name with a reading of the full name at
        # its start (`森本` + `和也`, cut at the conjunction-like 和) is that family name's
        out += self.frame_readings(text, ctx)
        out += [r for r in self.transliterations(text, ctx)
                if (r.start, text[r.start:r.end]) not in named]
        return out

    def frame_end(self, text: str, end: int, ctx: HanContext) -> bool:
        """A name in the title frame ends cleanly at `end`: at punctuation, a list comma,
        a conjunction that closes a name in a list (`等和与及`), a reporting verb of two or
        more characters, or a dictionary verb of two (`进行`, `会面`) that makes no word with
        the name's last character; and no title follows (in `会长向李明主任` the title after
        李明 makes 向 a preposition)."""
        if end >= len(text) or not is_han(text[end]):
            return True
        after = ctx.starts.get(end, 0)
        if after & TITLE:
            return False
        if text[end] in LIST_END or after & VERB_AFTER and end in ctx.long_start:
            return True
        return self.tags.get(text[end:end + 2], "x")[0] == "v" \
            and not self.crosses(text[end - 1:end + 1])

    def frame_readings(self, text: str, ctx: HanContext) -> list[Reading]:
        """`副秘书长向东明，`, `主任和晓峰参加`, `会长李在勋、`: right after a title, a
        surname that is also a function word (向, 于, 和: `frame_surname`, or one that
        `single_word` marks) opens a name, and a Korean given name may hold 在 (`frame_given`),
        where the name ends cleanly (`frame_end`). Elsewhere the function word keeps its
        reading (`会长向李明主任`, `王某在北京`)."""
        out = []
        first, given_chars = self.frame_first, self.frame_given
        for start in ctx.title_ends:  # (the title candidates: a few a text, not every context word)
            surname = text[start:start + 1]
            if surname not in first and text[start + 1:start + 2] not in given_chars:
                continue  # (most titles: a name of the ordinary readings follows)
            if ctx.starts.get(start, 0) & TITLE:
                continue
            function = surname in self.frame_only or (
                surname in self.surnames and self.single_word(ctx, start))
            for size in (3, 2):
                end = start + size
                given = text[start + 1:end]
                if len(given) < size - 1 or not all(is_han(ch) for ch in given):
                    continue
                korean = size == 3 and given[0] in self.frame_given and surname in self.surnames
                if not (function or korean) or not self.frame_end(text, end, ctx) \
                        or function and given[0] in self.frequent:
                    continue
                if any(ctx.starts.get(k, 0) & TITLE for k in range(start + 1, end)):
                    continue
                check = given[1:] if korean else given
                if not self.name_ok(surname + check, surname) \
                        or self.common_word(text[start:end]) or function and len(given) == 2 \
                        and self.plain_word(given, COMMON_FREQ, PLAIN_TAGS):
                    continue  # `市长和政要等`: a function word before a word (政要), no name
                out.append(Reading(start, end, surname, left=2, right=2,
                                   edge=int(end >= len(text) or not is_han(text[end])),
                                   source="zh.person.frame"))
                break
        return out

    def spelled_on(self, text: str, p: int, ctx: HanContext) -> bool:
        """`马丁内斯`: a character that is no given name's (内) but spells a syllable, with
        another syllable's character after it, goes on spelling the foreign name."""
        return text[p] in self.translit and text[p + 1:p + 2] in self.translit \
            and p + 1 not in ctx.starts and not self.plain_word(text[p + 1:p + 3], CROSS_FREQ)

    def dotted(self, text: str, ctx: HanContext, region_ends: set[int]) -> list[Reading]:
        """`卡洛斯·阿尔贝托·门德斯`, `让-皮埃尔`: Han parts joined by a name dot (or a hyphen,
        where context vouches for the name) are one foreign name,
        whatever their characters; it ends where a context word (title, honorific, verb)
        or a non-Han character begins."""
        out = []
        for m in dotted_matches(text):
            start, end = m.start(), m.end()
            first = start + min(i for i, ch in enumerate(m.group(0)) if ch in JOINERS)
            for p in range(first - 1, start, -1):  # `总统阿斯卡尔`, `北京曼`, `来自英国的格林`
                if p in ctx.ends:
                    start = p
                    break
                if p in region_ends or text[p - 1] in self.nongiven \
                        and not self.spelled_on(text, p - 1, ctx) \
                        or self.plain_word(text[p - 2:p], CROSS_FREQ):  # (`约翰内斯`: 内 spells)
                    if ctx.ends.get(p - 1, 0) & TITLE:
                        continue  # `会长安娜·某`: a word across a title's end (长安) is none
                    start = p
                    break
            last = m.start(1)  # the last part
            for p in range(last + 1, end):  # `摩根却说`, `维特克的`: a word or particle ends it
                spelled = self.spelled_to_end(text, p, ctx)
                if spelled is not None:
                    end = spelled
                    break  # `马丁·加西亚、`, `加西亚表示`: the name's last syllables (西亚), no word
                if p in ctx.starts or text[p] in self.nongiven and not self.spelled_on(text, p, ctx) \
                        or self.plain_word(text[p:p + 2], CROSS_FREQ) \
                        or self.adverb_verb(text, p, ctx):  # `某·某均出席`
                    end = p
                    break
            if first - start < 1 or end - last < 1:
                continue
            vouched = ctx.ends.get(start, 0) & LEFT_STRONG \
                or ctx.starts.get(end, 0) & (HONORIFIC | TITLE)
            name = text[start:end]
            letters = [ch for ch in name if ch not in JOINERS]
            # hyphens alone join other things too (中-欧班列): such a name needs context
            dotted = any(ch in DOTS for ch in name)
            if vouched or dotted and sum(ch in self.translit for ch in letters) >= 0.6 * len(letters):
                out.append(Reading(start, end, "", left=2, right=2, source="zh.person.translit"))
        return out

    def spelled_to_end(self, text: str, p: int, ctx: HanContext) -> int | None:
        """`加西亚` of `马丁·加西亚`: two or three transliteration characters that close a dotted
        name's last part, right before a context word or a non-Han character, spell its last
        syllables, though they also make a word or a place (西亚; 门内 of 希门内斯): where the
        name ends then, else None."""
        for end in (p + 2, p + 3):
            if end > len(text) or not all(ch in self.translit for ch in text[p:end]):
                return None
            if end == len(text) or not is_han(text[end]) or ctx.starts.get(end, 0):
                return end
        return None

    @staticmethod
    def adverb_verb(text: str, p: int, ctx: HanContext) -> bool:
        """A one-character adverb at `p` right before a verb that follows names (`均出席`)."""
        return text[p:p + 1] in CLAUSE_ADVERBS and bool(ctx.starts.get(p + 1, 0) & VERB_AFTER)

    def transliterations(self, text: str, ctx: HanContext) -> list[Reading]:
        """`杜马尔`, `艾米·卡特`: a run of transliteration characters after a title,
        cut where a context word or a non-Han character starts."""
        out = []
        for end, types in ctx.ends.items():
            if not types & TITLE:
                continue
            if end < len(text) and self.single_word(ctx, end):
                end += 1  # 副局长向多利亚公参
            if ctx.starts.get(end, 0) & TITLE:
                continue  # `大使丹斯里某某`: an honorific title before the name, no name itself
            stop = end
            while stop < len(text) and stop - end < 12 and (
                    text[stop] in self.translit or (text[stop] in DOTS and stop > end)):
                stop += 1
            for cut in range(stop, end + 1, -1):
                if text[cut - 1] in DOTS:
                    continue
                boundary = cut >= len(text) or not is_han(text[cut]) and text[cut] not in DOTS
                strong = boundary or bool(ctx.starts.get(cut, 0) & STRONG) \
                    or text[cut] in self.nongiven \
                    or self.adverb_verb(text, cut, ctx)  # `普京与…`, `某某均出席`
                if strong or self.plain_word(text[cut:cut + 2], CROSS_FREQ):
                    if cut - 1 - end >= 2 and self.adverb_verb(text, cut - 1, ctx):
                        cut -= 1  # `某某均出席`: the adverb opens the predicate
                    name = text[end:cut]  # the name ends where a common word starts (`批准`)
                    if cut - end >= 4 and self.closing_word(name):
                        continue  # `某某曼列席`: the run ends in a verb, not in the name
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
        by_end: dict[int, list[Reading]] = {}
        by_start: dict[int, list[Reading]] = {}
        for r in rs:  # several readings may end at one comma (`顾金池`, `金池`): any may vouch
            by_end.setdefault(r.end, []).append(r)
            by_start.setdefault(r.start, []).append(r)
        for r in rs:
            if r.list_right and not r.list_left:
                chain = [r]
                while chain[-1].list_right and (nxt := by_start.get(chain[-1].end + 1)):
                    chain.append(nxt[-1])
                if len(chain) >= 3 and (chain[0].left or chain[-1].right or chain[-1].edge > 0):
                    for c in chain:
                        c.left = max(c.left, 2)
        for r in sorted(rs, key=lambda r: r.start):
            if r.list_left and any(p.confirmed() for p in by_end.get(r.start - 1, ())):
                r.left = max(r.left, 2)
        for r in sorted(rs, key=lambda r: -r.start):
            if r.list_right and any(n.confirmed() for n in by_start.get(r.end + 1, ())):
                r.right = max(r.right, 2)

    def find(self, text: str, others: list[Candidate]) -> tuple[list[Reading], HanContext]:
        """Confirmed, non-overlapping readings, and the context they were judged by."""
        if not HAN.search(text):
            return [], HanContext()
        ctx = self.scan(text, others)
        rs = self.readings(text, ctx)
        if any(d in text for d in JOINERS):  # no surname is read inside a foreign name
            dotted = self.dotted(text, ctx, {c.end for c in others if c.label == "REGION"})
            rs = [r for r in rs if not any(d.start < r.end and r.start < d.end
                                           for d in dotted)] + dotted
        self.drop_regions(text, rs, others, ctx)
        self.propagate(rs)
        self.drop_stranding(text, rs, ctx)
        self.widen(text, rs)
        good = [r for r in rs if r.confirmed()]
        good.sort(key=lambda r: (-r.score, -(r.end - r.start), r.start))
        taken = bytearray(len(text) + 1)
        chosen = []
        for r in good:
            if not any(taken[r.start:r.end]):
                taken[r.start:r.end] = b"\x01" * (r.end - r.start)
                chosen.append(r)
        return sorted(chosen, key=lambda r: r.start), ctx

    def strands(self, text: str, pos: int, ctx: HanContext) -> bool:
        """A reading ending at `pos` leaves the character there alone: a Han character
        that opens no context word, date or dictionary word and is no function word
        (的, 在, 才), clause adverb (则, 亦) nor one-character reporting verb (说)."""
        return pos < len(text) and is_han(text[pos]) and pos not in ctx.starts \
            and pos not in ctx.dates and not self.word_at(text, pos) \
            and text[pos] not in CLAUSE_VERBS and text[pos] not in CLAUSE_ADVERBS \
            and self.tags.get(text[pos], "x")[0] not in FUNCTION_TAGS

    def numeral_end(self, text: str, r: Reading) -> bool:
        """A Japanese name whose given name ends in its numeral (`中村健一`), which makes a
        word with what follows (一则) as often as not."""
        return r.surname in self.japanese and text[r.end - 1] in self.japanese_ends

    def drop_stranding(self, text: str, rs: list[Reading], ctx: HanContext) -> None:
        """`主任王洁随团出访`, `区长司马晴致辞`, `政委邵明大校`: of two readings at one start
        that differ by the last character, the longer one strands the character after it
        (团, 辞, 校) where the shorter one's end opens a word (随团, 致辞, 大校): the text
        segments with the shorter name, which is kept (`cross_strands` is the converse)."""
        if len(rs) < 2:
            return
        by_span = {(r.start, r.end): r for r in rs if r.surname}
        if len({start for start, _ in by_span}) == len(by_span):
            return  # (most texts: no two readings share a start)
        for (start, end), r in by_span.items():
            short = by_span.get((start, end - 1))
            if short is not None and end - 1 - start > len(short.surname) - 1 \
                    and short.confirmed() and not self.numeral_end(text, r) \
                    and self.strands(text, end, ctx) \
                    and (end - 1 in ctx.long_start or end - 1 in ctx.dates
                         or self.word_at(text, end - 1)):
                r.left = r.right = r.edge = 0

    def widen(self, text: str, rs: list[Reading]) -> None:
        """A name a title vouched for in full (`邓振中`) is read in full wherever a shorter
        reading of its start stands (`邓振` before `中等人`)."""
        full = {text[r.start:r.end] for r in rs if r.source in WEAK_SOURCES and r.left >= 2
                and r.end - r.start >= 3 and r.confirmed() and r.edge >= 0
                and not any(ch in self.nongiven for ch in text[r.start + 1:r.end])}
        # so is a foreign name read in full after its title (`总领事范德伯格`, then `范德伯格表示`)
        full |= {text[r.start:r.end] for r in rs if r.source == "zh.person.translit"
                 and r.end - r.start >= 3 and r.confirmed()}
        if not full:
            return
        for r in rs:
            if r.source in WEAK_SOURCES:
                for name in full:
                    if len(name) > r.end - r.start and text.startswith(name, r.start):
                        r.end, r.source = r.start + len(name), "zh.person.loose"
                        r.left = max(r.left, 2)
                        break

    @staticmethod
    def drop_regions(text: str, rs: list[Reading], others: list[Candidate], ctx: HanContext) -> None:
        """A place name at the reading's start (`常州`, `宁夏`) wins unless a title or a
        byline's credit label precedes (`审核：高平`: a credit names a person): a verb before
        it (`欢迎安哥拉企业`) takes places as often as people."""
        region_starts = {c.start: c.end for c in others if c.label == "REGION"}
        inside = {i for c in others if c.label == "REGION" for i in range(c.start + 1, c.end)}
        for r in rs:
            if r.start in inside and r.source != "zh.person.translit":
                r.left = r.right = r.edge = 0  # `常州城投`: no name starts inside a place
                continue
            end = region_starts.get(r.start)
            if end is None or end < r.start + 2:
                continue
            translit = r.source == "zh.person.translit"  # read after a title only
            before = ctx.ends.get(r.start, 0)
            if r.start and text[r.start - 1] in " :":  # `编辑：某某`, `记者 某某`
                before |= ctx.ends.get(r.start - 1, 0) & BYLINE
            if r.left < 2 or translit and end >= r.end \
                    or not translit and not before & (TITLE | BYLINE):
                r.left = r.right = r.edge = 0
