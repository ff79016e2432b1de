"""The body a Chinese post with none joined to it is held at, read from the sentence's context
(session 20: moved out of roles.py, outputs unchanged).

Chinese releases of associations, chambers and departments often name the body once and then its
officers by post alone: `某商会出席者有名誉会长甲，会董乙` (the body the sentence is about),
`会议由联合会执行副会长甲主持` (the body's bare kind word), `某商会第七届会员代表大会……甲当选会长`
(the body whose congress fills the post). The role linker (roles.py) joins what the chain of
entities states; these readers then give such a post with no body its body, each from data:
models/zh/role_topics.tsv (the posts only a kind of body has), and rows of models/zh/role_gaps.tsv
that are no gap classes (BODYREF, ELECTOR, ELECTED, MEETS). A language whose files write none of
them (English) reads none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import BaseModel

from ..candidates import Ent
from ..lexicon import read_tsv
from .role_fields import FieldLines
from .role_links import Link

BODYREF = "BODYREF"  # the data row of an association's bare kind word before a title
LIST_MARKS = ("、",)  # between two titles of one holder
CONCUR_MARKS = ("兼",)  # ... held concurrently (`常务副理事长兼秘书长甲`)
NEXT_ITEM_MARKS = ("、", "，", ",")  # between one `title name` item of a list and the next
# a bare kind word whose body's name ends otherwise: `学校` stands for a university or college
BODY_KINDS = {"学校": ("大学", "学院", "学校"), "學校": ("大學", "學院", "學校")}
ELECTOR = "ELECTOR"  # the data row of a body's congress or council right after its name
ELECTED = "ELECTED"  # the data row of the words that make a post an elected one of that body
MEETS = "MEETS"  # the data row of a meeting verb right after the name of the body that holds it
HOST_COMPANY = re.compile(r"(?:公司|集团|集團|会社|會社|银行|銀行)\Z")  # a company's posts stay at its bare 公司
ROWS = (BODYREF, ELECTOR, ELECTED, MEETS)  # the data rows read here (no gap classes)
SENTENCE_ENDS = "。！？；!?;\n"
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
ELECT_REACH = 600  # characters from the electing body's name to a post its congress gives


class TopicRow(BaseModel):
    """A post only one kind of body has (`会董`), and the end of that kind's names (`商会`)."""

    title: str
    org: str


def title_runs(text: str, ents: list[Ent]) -> dict[int, list[str]]:
    """The titles of one holder written in a row from where each run starts (`党组书记、会长`:
    joined by `、` or nothing), by that start."""
    runs: dict[int, list[str]] = {}
    run: list[str] = []
    start = end = -1
    for e in ents:
        if e.label_ != "TITLE":
            end = -1
            continue
        if end >= 0 and text[end:e.start_char] in ("", "、"):
            run.append(text[e.start_char:e.end_char])
        else:
            start, run = e.start_char, [text[e.start_char:e.end_char]]
            runs[start] = run
        end = e.end_char
    return runs


def named_before_alias(text: str, orgs: list[Ent], org: Ent) -> Ent:
    """The full name a bracketed short form follows (`某某协进会（协进会）`), else the ORG
    itself: a post referred to such a body is stated at its name, as one whose title
    follows the bracket (`某市贸促会(国际商会)会长`)."""
    if text[org.start_char - 1:org.start_char] in ("(", "（") \
            and text[org.end_char:org.end_char + 1] in (")", "）"):
        full = next((o for o in orgs if o.end_char == org.start_char - 1), None)
        if full is not None:
            return full
    return org


class ContextBodies:
    """The readers of a body from a post's context, with the data they read."""

    def __init__(self, topics: list[tuple[str, str]], body_ref_re: re.Pattern[str] | None,
                 elector_re: re.Pattern[str] | None, elected_re: re.Pattern[str] | None,
                 meets_re: re.Pattern[str] | None, fields: FieldLines,
                 place_bound: Callable[[Ent], bool]) -> None:
        self.topics = topics
        self.body_ref_re, self.elector_re, self.elected_re, self.meets_re = \
            body_ref_re, elector_re, elected_re, meets_re
        self.fields = fields  # an elected list's intro line (`当选名单如下：`)
        self.place_bound = place_bound  # a place's post or one fused with its body takes none

    @classmethod
    def load(cls, rows: Mapping[str, str], topics: Path | None, fields: FieldLines,
             place_bound: Callable[[Ent], bool]) -> ContextBodies:
        """From the role linker's `class -> regex` rows (ROWS of role_gaps.tsv) and
        role_topics.tsv."""
        ref = rows.get(BODYREF)
        elector_re, elected_re, meets_re = (
            re.compile(rows[kind]) if kind in rows else None for kind in (ELECTOR, ELECTED, MEETS))
        posts = [(r.title, r.org) for r in read_tsv(topics, TopicRow)] if topics is not None else []
        return cls(posts, re.compile(f"(?:{ref})\\Z") if ref is not None else None, elector_re,
                   elected_re, meets_re, fields, place_bound)

    # -- the body a sentence is about: `某商会出席者有名誉会长甲,会董乙` ----------------
    def topic_orgs(self, text: str, ents: list[Ent], links: list[Link]) -> None:
        """`某商会出席者有名誉会长甲，会董乙`: a post only one kind of body has (role_topics.tsv)
        with no body joined is held at the nearest body of that kind its sentence names before
        it (by its full name where a bracketed short form stands: `named_before_alias`)."""
        # an ORG right before a title is that title's body (`甲会主任乙和丙会长`), not a topic,
        # unless that title is a rank of the same kind (`某会会长甲会见代表团，副会长乙参加`:
        # the body's head then its deputy, one body's office-holders)
        titled_starts = {e.start_char: text[e.start_char:e.end_char] for e in ents
                         if e.label_ == "TITLE"}
        titled_runs = title_runs(text, ents)
        orgs = [e for e in ents if e.label_ == "ORG"]
        for lk in links:
            if lk.org is not None or self.place_bound(lk.title):
                continue
            title = text[lk.title.start_char:lk.title.end_char]
            wanted = tuple(o for t, o in self.topics if title.endswith(t))
            if not wanted:
                continue
            start = lk.title.start_char
            for org in reversed(orgs):
                if org.end_char > start:
                    continue
                if SENTENCE_END.search(text, org.end_char, start):
                    break
                own = titled_starts.get(org.end_char)
                # the posts joined to the body are all its holder's (`某会党组书记、会长甲`)
                if own is not None and not any(
                        title.endswith(t) and run.endswith(t) for t, o in self.topics if o in wanted
                        for run in titled_runs.get(org.end_char, (own,))):
                    break
                if text[org.start_char:org.end_char].endswith(wanted):
                    lk.org, lk.explicit = named_before_alias(text, orgs, org), False
                    break

    def body_refs(self, text: str, ents: list[Ent], links: list[Link]) -> None:
        """`会议由联合会执行副会长甲主持`: an association's bare kind word right before a title
        no body is joined to (BODYREF in role_gaps.tsv) stands for the body named before
        whose name ends in it, the nearest one (`学校`: the nearest university or college).
        The next title of the same holder listed right after it (`分公司总经理、党委副书记甲`)
        is held there too, as after a named body."""
        orgs = [e for e in ents if e.label_ == "ORG"]
        last: Link | None = None  # the link a kind word resolved last
        for lk in sorted(links, key=lambda x: x.title.start_char):
            if lk.org is not None or self.place_bound(lk.title):
                last = None if lk.org is not None else last
                continue
            start = lk.title.start_char
            if last is not None and last.person is lk.person \
                    and text[last.title.end_char:start] in LIST_MARKS + CONCUR_MARKS:
                lk.org, last = last.org, lk
                continue
            if last is not None and self.next_listed(text, last, lk):
                lk.org, last = last.org, lk  # `协会理事长甲，常务副理事长乙`: as after a named body
                continue
            m = self.body_ref_re.search(text, max(0, start - 12), start)
            if m is None:
                continue
            word = m.group(1)
            ends = BODY_KINDS.get(word, (word,))
            lk.org = next((o for o in reversed(orgs) if o.end_char <= m.start(1)
                           and o.text.endswith(ends) and o.text not in ends), None)
            last = lk if lk.org is not None else None

    @staticmethod
    def next_listed(text: str, last: Link, lk: Link) -> bool:
        """The next item of a list of `title name` items (`、` or `，` between them, each
        title before its holder): it names its holder's post at the same body."""
        return last.title.end_char <= last.person.start_char < last.person.end_char \
            <= lk.title.start_char <= lk.person.start_char \
            and text[last.person.end_char:lk.title.start_char].strip() in NEXT_ITEM_MARKS

    def elected_posts(self, text: str, ents: list[Ent], links: list[Link]) -> None:
        """`某商会第七届会员代表大会在京召开。……大会选举产生了新一届理事会。甲当选会长`: a body
        whose congress or council the text names (ELECTOR in role_gaps.tsv: the body's name right
        before `第N届会员代表大会`, `理事会`) gives the posts its election fills, though the post's
        sentence names no body: a post with no org after it, in a sentence that elects (`当选`,
        `推举`) or right after the body's council (`第六届理事会常务副会长`; ELECTED), or one only
        such a body has (`会长`, role_topics.tsv), is held there. Not a place's post, and only within ELECT_REACH of the body's name.
        A body that holds a meeting (MEETS: `某商会召开理事会。会议增补甲为副会长`, `某部举行新闻发布会，
        新闻发言人乙介绍`) is the subject of its sentence and of the next: their posts of those kinds
        are its, unless it is a company (whose notices hold posts at the bare `公司`: no org)."""
        bodies = [e for e in ents if e.label_ == "ORG" and self.elector_re.match(text, e.end_char)]
        hosts = [e for e in ents if e.label_ == "ORG" and self.meets_re is not None
                 and self.meets_re.match(text, e.end_char) and not HOST_COMPANY.search(e.text)]
        if not bodies and not hosts:
            return
        for lk in links:
            if lk.org is not None or self.place_bound(lk.title):
                continue
            start = lk.title.start_char
            opening = max(text.rfind(c, max(0, start - ELECT_REACH), start) for c in SENTENCE_ENDS)
            body = next((o for o in reversed(bodies) if o.end_char <= start), None)
            if body is None or start - body.end_char > ELECT_REACH:
                # a meeting's host holds the posts of its own sentence and of the next
                before = max(text.rfind(c, 0, max(opening, 0)) for c in SENTENCE_ENDS)
                body = next((o for o in reversed(hosts) if before < o.end_char <= start), None)
                if body is None or self.kind_opens(text, opening + 1, body, ents) or (
                        self.body_ref_re is not None
                        and self.body_ref_re.search(text[max(0, start - 8):start])):
                    continue  # (a bare kind word before the post is `body_refs`' to read)
                # the host's nearest mention before the post (`湖北省某厅召开…。省某厅…副厅长甲`)
                body = next((o for o in reversed(ents) if o.label_ == "ORG"
                             and body.start_char <= o.start_char and o.end_char <= start
                             and body.text.endswith(o.text)), body)
            title = text[lk.title.start_char:lk.title.end_char]
            # a post only such a body has (`原会长甲`) needs no election word
            own_post = any(title.endswith(t) and body.text.endswith(o) for t, o in self.topics)
            intro = self.fields.intro_line(text, lk.title, opening)  # an elected list's line
            if own_post or self.elected_re.search(text, intro + 1, start):
                lk.org, lk.explicit = body, False

    @staticmethod
    def kind_opens(text: str, at: int, body: Ent, ents: list[Ent]) -> bool:
        """The sentence from `at` opens on the body's kind word alone before a title
        (`局党组书记、局长甲` after `某局召开会议。`): the text refers to the body by no ORG
        mention there, and the samples annotated to GUIDELINES give such posts no org."""
        while at < len(text) and text[at] in " \t\u3000\n":
            at += 1
        return text[at:at + 1] == body.text[-1:] and any(
            e.start_char == at + 1 and e.label_ == "TITLE" for e in ents)  # not `会议`
