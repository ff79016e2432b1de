"""Where a Chinese organisation name starts and ends: the grammar shared by the head-word
walk (`org_han`) and by any other source of ORG candidates (a learned recogniser).

The left edge stops at verbs, adverbs and function words: the listed stops of
`org_patterns.jsonl`, and, for a general reach, jieba dictionary words whose part of
speech is a function class (prepositions, conjunctions, particles, pronouns, adverbs,
locatives, time words). Three exceptions keep names whole:
- a content word right before the head is the name's field (`联合委员会`, `光电股份有限公司`),
- a stop character inside a dictionary noun is not a stop (`微电子`),
- a short field joined to the next by 与/及/暨/、 before a department head is one name
  (`环境与能源部`), while two full names joined so are two (`商务部与外交部`).
The right edge takes in a bracketed place and a legal form (`某某科技(苏州)有限公司`).
"""

from __future__ import annotations

import jieba
from jieba import posseg

from .org_patterns import OrgData

FUNCTION_TAGS = set("pcurdftmqyezs")  # first letter of jieba tags that never name a body
CONTENT_TAGS = {"n", "nz", "vn", "an", "j", "b", "nt"}
CONJ = set("与及暨和、")
VERB_FREQ = 500  # ... and a verb or function word
WORD_FREQ = 100  # jieba frequency from which a two-character noun is a word
ACTOR_ENDS = set("方们者人")  # `中方与财政部`: the first of two actors, not a field
FIELD_MAX = 6  # longest field before a conjunction (`自然环境`, `商务`)
CLOSE = ")）"
OPEN = "(（"


class OrgEdges:
    def __init__(self, data: OrgData) -> None:
        jieba.initialize()
        self.freq = jieba.dt.FREQ
        self.tags = posseg.dt.word_tag_tab
        self.stops = data.texts("stop")
        self.function_stops = {w for w in self.stops if self.is_function(w)}
        self.units = data.texts("prefix") | set(data.region_forms)
        self.regions = set(data.region_forms)
        self.legal = sorted((p.text for p in data.of_kind("suffix") if p.legal),
                            key=len, reverse=True)

    def is_function(self, word: str) -> bool:
        tag = self.tags.get(word)
        return not tag or tag[0] in FUNCTION_TAGS

    def noun(self, word: str) -> bool:
        return self.tags.get(word) in CONTENT_TAGS and self.freq.get(word, 0) >= WORD_FREQ

    # -- the walk's decisions -------------------------------------------------------------
    def verb_before(self, text: str, p: int) -> bool:
        """A dictionary verb or function word ends at `p` (`主持`, `助力`): the name
        cannot start before it."""
        for word in (text[p - 2:p], text[p - 3:p]):
            if len(word) > 1 and word not in self.units and self.freq.get(word, 0) >= VERB_FREQ \
                    and (self.tags.get(word) == "v" or self.is_function(word)):
                return True
        return False

    def trim_verbs(self, text: str, p: int, head: int) -> int:
        """Past the dictionary verbs and function words (two or more characters) that
        open the stretch [p, head) and are no name part."""
        while head - p >= 2:
            word = next((text[p:p + k] for k in (3, 2) if p + k <= head
                         and text[p:p + k] not in self.units
                         and self.freq.get(text[p:p + k], 0) >= VERB_FREQ
                         and (self.tags.get(text[p:p + k]) == "v"
                              or self.is_function(text[p:p + k]))), None)
            if word is None:
                return p
            p += len(word)
        return p

    def cross(self, text: str, stop: int, p: int, head: int, pat, found,
              units) -> tuple[int, str] | None:
        """Whether the left walk at `p` goes on over the stop word `text[stop:p]`: the new
        position and how (`crossed`: a field word by the head, `word`: inside a noun,
        `coord`: a coordinated field), or None where the name starts at `p`."""
        word = text[stop:p]
        if word in self.function_stops:
            return None
        if p == head and self.tags.get(word) in CONTENT_TAGS:
            return stop, "crossed"
        if len(word) == 1:
            if p < head and self.noun(text[stop:p + 1]):
                return stop, "word"  # 微电子: 电 starts a noun the name holds
            if stop > 0 and self.noun(text[stop - 1:p]):
                return stop - 1, "word"
        return None

    def coordinated(self, text: str, conj: int, p: int, head: int, pat, found,
                    units, coord_seen: bool = False) -> int | None:
        """The start of a field joined by 与/及/暨/、 to the one the walk holds, when the
        two are parts of one department's name."""
        if not pat.coord or head - p < 2 or conj in found \
                or text[conj] == "、" and not coord_seen:  # 、 only inside `A、B与C`
            return None
        for size in range(min(FIELD_MAX, conj), 1, -1):
            q = conj - size
            field = text[q:conj]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in field):
                continue
            if any(ch in CONJ for ch in field) or field[-1] in ACTOR_ENDS:
                continue
            if not self.words(field) or field in self.regions \
                    or self.tags.get(field, "").startswith(("r", "nr", "ns")):
                continue
            if any(text[i:i + k] in self.stops for i in range(q, conj) for k in (1, 2)):
                continue
            if self.boundary(text, q, found, units):
                return q
        return None

    def words(self, field: str) -> bool:
        """`环境`, `自然环境`: one or two dictionary words (a person's name is not)."""
        if self.freq.get(field, 0) >= WORD_FREQ:
            return True
        return any(self.freq.get(field[:i], 0) >= WORD_FREQ
                   and self.freq.get(field[i:], 0) >= WORD_FREQ for i in range(2, len(field) - 1))

    def boundary(self, text: str, q: int, found, units) -> bool:
        """A name part may start at `q`: text start, punctuation, a stop, a place or an
        organisation just before it."""
        if q == 0 or not "\u4e00" <= text[q - 1] <= "\u9fff" or text[q - 1] in CONJ:
            return True
        if q in found or q in units:
            return True
        return any(text[q - k:q] in self.stops for k in (1, 2, 3, 4) if q >= k)

    @staticmethod
    def bracketed_place(text: str, p: int, units: dict[int, int]) -> int | None:
        """Where `(place)` ending at `p` opens, when the brackets hold exactly one place
        (`units`: end -> start of the name parts found in the text)."""
        q = max(text.rfind("(", max(0, p - 10), p - 1), text.rfind("（", max(0, p - 10), p - 1))
        if q < 0 or units.get(p - 1) != q + 1:
            return None
        return q

    def core(self, name: str, legal: str) -> str | None:
        """A company's name without its legal form, bracketed place, `集团` and leading
        region (`浙江某某光电股份有限公司` → `某某光电`), when that is still a name:
        three or more characters, not a dictionary word and not a place."""
        core = name[:-len(legal)] if name.endswith(legal) else name
        if core[-1:] in CLOSE:
            cut = max(core.rfind("("), core.rfind("（"))
            core = core[:cut] if cut > 0 else core
        for tail in self.legal:
            if core.endswith(tail) and len(core) > len(tail):
                core = core[:-len(tail)]
                break
        for size in range(min(len(core) - 1, 8), 1, -1):
            if core[:size] in self.regions:
                core = core[size:]
                break
        if len(core) < 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in core) \
                or core in self.regions or self.freq.get(core, 0) >= WORD_FREQ:
            return None
        return core

    # -- edges for a span from another source ---------------------------------------------
    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The guidelines' edges for an ORG span [start, end) proposed elsewhere: take in
        a following bracketed place and legal form, drop leading verbs and function
        words (whole jieba words). None where nothing of a name is left."""
        end = self.extend_right(text, end)
        while start < end:
            for size in (4, 3, 2, 1):
                word = text[start:start + size]
                if len(word) == size and (word in self.stops and word not in self.units
                                          or size > 1 and self.is_function(word)
                                          and word in self.tags and word not in self.units):
                    start += size
                    break
            else:
                break
        return (start, end) if end - start >= 2 else None

    def extend_right(self, text: str, end: int) -> int:
        """`某某科技` + `(苏州)` + `有限公司`: a bracketed place, then a legal form."""
        if end < len(text) and text[end] in OPEN:
            close = min((i for i in (text.find(")", end), text.find("）", end)) if i > 0),
                        default=-1)
            inner = text[end + 1:close] if close > 0 else ""
            if 0 < len(inner) <= 8 and inner in self.units \
                    and any(text.startswith(f, close + 1) for f in self.legal):
                end = close + 1
        for form in self.legal:
            if text.startswith(form, end):
                return end + len(form)
        return end
