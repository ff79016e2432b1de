"""Chinese title grammar beyond modifiers + head: fused portfolios, bracketed portfolios
and titles held under another title.

- A title fused with its department is one span (`组织部长`, `交通局长`, `欧洲司长`; the
  guidelines' `商务部长`): a dictionary word right before a fusable head, when it is a
  field noun or verb, not a place (except where the data allows places: departments
  named by region, `北美司`), not a time word (`新任`) and not the word that ends a body's
  name (`协会处长`: ORG + TITLE; title_context.tsv `body_word`). Written in full it is
  ORG + TITLE (`商务部部长`): the character before the head is then the ORG's head
  character, never a word with it.
- A portfolio in brackets after a title is part of it (`助理处长(宣传)`, `(规划及地政)`),
  unless the brackets hold a photo position (`(左二)`).
- An assistant's title after the principal's title is one title (`部长私人秘书`).
- A field or place + 事务/业务 before a post is its portfolio (`亚洲事务主任`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import jieba
from jieba import posseg

from ..candidates import Candidate

FUSE_TAGS = {"n", "nz", "vn", "v", "j", "an"}  # jieba tags of a department's field
NOT_FIELD_TAGS = {"nr", "nrt", "nrfg", "ns", "nt"}  # names of people, places, bodies
NOT_FIELD_ENDS = "任届方"  # `新任`, `本届`, `对方` are not departments
FIELD_JOINS = "与和及"  # conjunctions between two fields of one fused title
FIELD_FREQ = 1000  # jieba frequency of a field word joined so (贸易 6255; not a given name: 建平 528)
PHOTO_WORDS = set("左右中前后排图摄")
OPEN, CLOSE = "(（", ")）"
JOINS = re.compile("[及和与、]")  # between the fields of one portfolio
ASSISTANT = "assistant"
# the nouns of a portfolio between its field and the post: affairs (`经济事务主任`) and business
# lines (`下游业务执行副总裁`)
AFFAIRS = ("事务", "业务")
# jieba tags of what stands before them: a field's (FUSE_TAGS less verbs: not `相关事务`), a
# place's (`亚洲`), a locality's (`海外`, `对外`), a position word's (`下游`) or a
# distinguishing adjective's (`公共`)
PORTFOLIO_TAGS = (FUSE_TAGS - {"v"}) | {"ns", "s", "f", "b"}


class HanTitleGrammar:
    def __init__(self, places: set[str], bodies: set[str] = frozenset()) -> None:
        jieba.initialize()
        self.tags = posseg.dt.word_tag_tab
        self.places = places
        self.bodies = bodies  # words that end a body's name (`协会`): no department field

    def fused_start(self, text: str, start: int, floor: int, applies: str) -> int:
        """Where a title fused with its department starts (`组织` + `部长`)."""
        if start - 2 < floor:
            return start
        field = text[start - 2:start]
        if field[-1] == text[start] or text.startswith(field, start) or field in self.bodies:
            return start  # `科科长`, `总司总司长`, `协会处长`: the body's head, then the title
        place = field in self.places or self.tags.get(field) == "ns"
        if place:
            return start - 2 if applies == "place" else start
        if self.tags.get(field) not in FUSE_TAGS or field[-1] in NOT_FIELD_ENDS:
            return start
        return self.coordinated_field(text, start - 2, floor)

    def affairs_start(self, text: str, start: int, floor: int) -> int:
        """Where a post with an affairs portfolio starts (`亚洲事务主任`, `国际事务总监`,
        `下游业务执行副总裁`): a place or a field noun + 事务/业务 right before the post (or
        its ranks) is the post's portfolio, one title, as `head of global markets` is. A
        place is taken whole (`东南亚事务`, not 南亚); with no place or field before it the
        noun stays out."""
        at = start - 2  # (both nouns are of two characters)
        if at - 2 < floor or text[at:start] not in AFFAIRS:
            return start
        for size in (4, 3, 2):
            if at - size >= floor and text[at - size:at] in self.places:
                return at - size
        field = text[at - 2:at]
        if field in self.bodies or field[-1] in NOT_FIELD_ENDS:
            return start
        if self.tags.get(field) in PORTFOLIO_TAGS or text[at - 2:start] in self.tags:
            return at - 2
        return start

    def coordinated_field(self, text: str, at: int, floor: int) -> int:
        """`贸易与投资部长`: a second field joined by 与/和/及 belongs to the fused title."""
        if at - 3 < floor or text[at - 1] not in FIELD_JOINS:
            return at
        other = text[at - 3:at - 1]
        if self.tags.get(other) not in FUSE_TAGS or other in self.places \
                or other[-1] in NOT_FIELD_ENDS or jieba.dt.FREQ.get(other, 0) < FIELD_FREQ:
            return at
        return at - 3

    def joined(self, text: str, found: list[tuple[Candidate, object]]) -> list[Candidate]:
        """Bracketed portfolios and assistants' titles joined to the title before."""
        out: list[Candidate] = []
        for c, head in found:
            end = self.bracketed(text, c.end)
            if end != c.end:
                c = replace(c, end=end, attrs=dict(c.attrs, zh=text[c.start:end]))
            prev = out[-1] if out else None
            if prev is not None and prev.end == c.start and getattr(head, "klass", "") == ASSISTANT:
                value = f"{c.value} to the {prev.value}"
                out[-1] = replace(c, start=prev.start, value=value,
                                  attrs=dict(c.attrs, zh=text[prev.start:c.end], en=value,
                                             fused=True))
                continue
            out.append(c)
        return out

    def field_tag(self, part: str) -> str:
        """The word class of a bracketed field: the dictionary's, else the tagger's guess for
        a word it reads as one (`库务` n; a name `张三` is nr, a person, no field)."""
        tag = self.tags.get(part)
        if tag is not None:
            return tag
        words = list(posseg.cut(part))
        if len(words) == 2 and all(w.flag[:1] == "n" and w.flag not in NOT_FIELD_TAGS
                                   and len(w.word) == 2 for w in words):
            return "n"  # `财经事务`: two nouns of two characters, one field
        return words[0].flag if len(words) == 1 and words[0].flag not in NOT_FIELD_TAGS else ""

    def bracketed(self, text: str, end: int) -> int:
        if end >= len(text) or text[end] not in OPEN:
            return end
        for close in range(end + 2, min(len(text), end + 7)):
            if text[close] in CLOSE:
                inner = text[end + 1:close]
                if all(self.field_tag(part)[:1] in ("n", "v") for part in JOINS.split(inner)) \
                        and not PHOTO_WORDS & set(inner):
                    return close + 1  # one field, or fields joined (`(规划及地政)`)
                return end
        return end
