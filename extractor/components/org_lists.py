"""Chinese lists of firms closed by a count of firms: `鸿海、台达电等逾百家台商`.

A company's short trade name is an open class: no lexicon holds every `鸿海` or `蔚来`. But
Chinese business prose often lists them and closes the list with `等` and a noun of firms
(`等企业`, `等知名车企`) or a count with the classifier 家, which counts firms, shops and
institutions (`等37家德资企业`, `等逾百家台商`, `等多家`). The members of such a list are
organisations whatever their words. Members are the runs between the list's separators;
the first one starts after an opener word (`已有`, `包括`, `吸引了`) or punctuation, on a
word boundary of the segmenter. A member must be short, hold no stop word (`的`, `在`,
a title) and not be read as a place already (`北京、上海等地` is no list of firms: 地 is no
firm noun; a place listed before 家 stays a REGION all the same).

The same nouns open a list when an opener word follows them (`参展业者包括甲、乙、丙`,
`厂商包括甲、乙等`): what the opener introduces are the firms the noun counts, up to the
clause's end (`，`, `。`, `等`, `以及`); at least two members, each of them a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import jieba

SEPARATOR = "、"  # between members (a conjunction may be part of a name: 和黄, 中和)
CONJUNCTIONS = "与及"  # before the last member, where the segmenter cuts them as words
ITEM_MIN, ITEM_MAX = 2, 10  # characters of one member
COUNT = r"(?:逾|超过|近|约|多达|共)?(?:[0-9０-９]+|[一二两三四五六七八九十百千几数]+)[余多]?"
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&\-]")
OPENING = re.compile(r"(?:包括|包含|计有|例如)[:：]?")  # after a noun of firms, opens a list
LIST_END = re.compile(r"等|以及|[，,。；;：:\n（(]")  # where an opened list ends at the latest


class FirmLists:
    def __init__(self, firm_nouns: set[str], openers: set[str], stops: set[str],
                 prepositional: set[str] = frozenset()) -> None:
        nouns = "|".join(map(re.escape, sorted(firm_nouns, key=len, reverse=True)))
        # `等` then a count of 家 (any noun may follow), or a firm noun, maybe qualified
        self.close = re.compile(rf"等(?:{COUNT}家|多家|(?:知名|龙头|头部|重点|领军|大型|整车|外资|合资|民营|国有|骨干|配套|领先|优质)?(?:{nouns}))") \
            if nouns else None
        self.openers = openers
        self.nouns = tuple(firm_nouns)
        # adverbs that make a conjunction after them a preposition (`某区分别与甲、乙等企业签约`:
        # each with): the list opens after it and what stands before is no member
        self.prepositional = tuple(prepositional)
        # a stop word of several characters stops a member anywhere in it; one of one
        # character only where the segmenter reads it as a word before the member's end
        # (美的, 日立, 台达电 are names)
        self.stops = tuple(s for s in stops if len(s) > 1)
        self.char_stops = frozenset(s for s in stops if len(s) == 1)

    def find(self, text: str, starts: list[int]) -> list[tuple[int, int]]:
        """Spans of the members of every closed list of firms in `text`; `starts` are the
        segmenter's word starts (sorted)."""
        if self.close is None:
            return []
        out: list[tuple[int, int]] = []
        if "等" in text:
            for m in self.close.finditer(text):
                out += self.members(text, m.start(), starts)
        for m in OPENING.finditer(text):
            if text.endswith(self.nouns, 0, m.start()):
                out += [s for s in self.opened(text, m.end(), starts) if s not in out]
        return out

    def opened(self, text: str, a: int, starts: list[int]) -> list[tuple[int, int]]:
        """The members of the list a noun of firms and an opener word open at `a`
        (`参展业者包括甲、乙和丙`); none unless every member is a name."""
        end = LIST_END.search(text, a)
        b = end.start() if end else len(text)
        word_starts = set(starts)
        spans, at = [], a
        for item in text[a:b].split(SEPARATOR):
            spans.append((at, at + len(item)))
            at += len(item) + 1
        s, e = spans[-1]  # the last member may follow a conjunction the segmenter cuts
        cut = next((i for i in range(s + 1, e - 1) if self.joins(i, e, text, word_starts)
                    or text[i] == "和" and i in word_starts and i + 1 in word_starts), None)
        if cut is not None:
            spans[-1:] = [(s, cut), (cut + 1, e)]
            word_starts.add(cut + 1)
        if len(spans) < 2 or not all(self.member(text, s, e, word_starts) for s, e in spans):
            return []
        return spans

    def members(self, text: str, end: int, starts: list[int]) -> list[tuple[int, int]]:
        """The members of the list that ends at `end`, last first; none where a member
        after the first is no name."""
        found: list[tuple[int, int]] = []
        word_starts = set(starts)
        while True:
            a = end
            while a > 0 and text[a - 1] != SEPARATOR and NAME_CHAR.match(text[a - 1]) \
                    and not self.joins(a - 1, end, text, word_starts):
                a -= 1
            if a > 0 and (text[a - 1] == SEPARATOR or self.joins(a - 1, end, text, word_starts)):
                word_starts.add(a)  # a member starts after a conjunction the segmenter glued
                if not self.member(text, a, end, word_starts):
                    if found and end < len(text) and text[end] in CONJUNCTIONS:
                        return found  # `理事长某某及甲、乙等企业代表`: the conjunction joined a
                        # person to the firms' representatives; the list opens after it
                    return []
                found.append((a, end))
                if text[a - 1] != SEPARATOR and text.endswith(self.prepositional, 0, a - 1):
                    return found  # `分别与`: the conjunction opened the list
                end = a - 1
                continue
            first = self.first_member(text, a, end, starts, word_starts)
            return found + [first] if first else found

    @staticmethod
    def joins(i: int, end: int, text: str, word_starts: set[int]) -> bool:
        """`华为、某某云与某某集团等企业`: a conjunction the segmenter reads as a word of its
        own joins the list's last members as its separator does; so does one it glued to
        a neighbour that makes no dictionary word with it (`某德客及某立`: 客及, 及盟 are none;
        埃及, 参与, 与会 are words)."""
        if text[i] not in CONJUNCTIONS or not 0 < i < end - 1 or text[i - 1] == SEPARATOR:
            return False
        if i in word_starts and i + 1 in word_starts:
            return True
        return not jieba.dt.FREQ.get(text[i - 1:i + 1]) and not jieba.dt.FREQ.get(text[i:i + 2])

    def member(self, text: str, a: int, b: int, word_starts: set[int]) -> bool:
        name = text[a:b]
        if not ITEM_MIN <= len(name) <= ITEM_MAX or a not in word_starts \
                or any(s in name for s in self.stops):
            return False
        return not any(ch in self.char_stops and i in word_starts and i + 1 in word_starts
                       for i, ch in enumerate(name[:-1], a))

    def first_member(self, text: str, a: int, b: int, starts: list[int],
                     word_starts: set[int]) -> tuple[int, int] | None:
        """The first member: the words before the first separator that follow the last
        opener word (`已有`, `包括`, `了`) of the run, or the whole run."""
        cut = a
        i = bisect_left(starts, a)
        while i < len(starts) and starts[i] < b:
            nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
            if text[starts[i]:min(nxt, b)] in self.openers:
                cut = min(nxt, b)
            i += 1
        return (cut, b) if cut < b and self.member(text, cut, b, word_starts) else None
