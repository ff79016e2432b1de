"""Chinese board notices and résumés (session 20: moved out of roles.py, outputs unchanged).

PRC and Hong Kong listed companies' notices of a change of officers word appointments in set
forms: names listed, then as many posts and 分别 (`聘任甲先生、乙女士分别担任公司副总经理、财务总监`),
a post handed over (`甲不再担任公司总经理职务，由乙接任`), posts given at a body that 在 names
(`甲先生将继续在某集团有限公司担任党委书记、董事长`), and résumé paragraphs whose clauses drop their
subject (`甲先生，男，1978年出生。曾任某公司技术总监，现任公司总经理助理`). The role linker (roles.py)
calls these readers for each name of its chain; the clause words are rows of models/zh/role_gaps.tsv
that are no gap classes (RESUME, HANDOVER, TAKES). A file without them reads none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..candidates import Ent
from .role_chain import Chain, referred
from .role_links import Link

RESUME = "RESUME"  # the data row of the subjectless post clause (role_gaps.tsv)
HANDOVER = "HANDOVER"  # the data row of the text from a post to the name that takes it over (由)
TAKES = "TAKES"  # the data row of the verb after that name (`接任`)
RESUME_REACH = 200  # characters from a résumé's subject to a post its clauses give
ITS_COMPANY = re.compile(r"[该該](?:公司|集团|集團)")  # `现任该公司董事`: the company named before
LISTED_NAME = re.compile(r"\s*(?:先生|女士)?\s*(?:[、,，]|和|及|与|與)\s*")  # `甲先生、乙女士分别`
SENTENCE_OPEN = re.compile(r"(?:\A|[。！？；!?;\n])[ \t\u3000]*\Z")
ROWS = (RESUME, HANDOVER, TAKES)  # the data rows read here (no gap classes)


def joined_orgs(c: Chain, j: int) -> tuple[list[Ent], int]:
    """`甲有限公司和乙有限公司董事长`: ORGs from entity j joined by 和/及 before one title
    (the same post held at each, as résumés word it), and the index after the last;
    none where fewer than two are so joined."""
    k = j
    while c.label(k) == "ORG" and c.gap(k) == "AND" and c.label(k + 1) == "ORG":
        k += 1
    if k == j:
        return [], j
    return c.ents[j:k + 1], k + 1


class BoardNotices:
    """The readers of a notice's and a résumé's set forms, with the clause words they read."""

    def __init__(self, resume_re: re.Pattern[str] | None, handover_re: re.Pattern[str] | None,
                 takes_re: re.Pattern[str] | None, place_bound: Callable[[Ent], bool]) -> None:
        self.resume_re, self.handover_re, self.takes_re = resume_re, handover_re, takes_re
        self.place_bound = place_bound  # a place's post or one fused with its body takes none

    @classmethod
    def load(cls, rows: Mapping[str, str], place_bound: Callable[[Ent], bool]) -> BoardNotices:
        """From the role linker's `class -> regex` rows (ROWS of role_gaps.tsv)."""
        resume, handover, takes = (rows.get(k) for k in ROWS)
        return cls(re.compile(f"(?:{resume})\\Z") if resume is not None else None,
                   re.compile(handover) if handover is not None else None,
                   re.compile(takes) if takes is not None else None, place_bound)

    def respectively(self, c: Chain, p: int) -> list[Link]:
        """`聘任甲先生、乙女士分别担任公司副总经理、财务总监`: the names listed before `分别`
        hold the posts listed after it, in order, when the two lists are as long; each post
        keeps the body joined to it (a bare `公司` is the release's own: no org)."""
        if c.gap(p) != "RESPECTIVELY":
            return []
        names = [p]
        while c.label(names[0] - 1) == "PERSON" and LISTED_NAME.fullmatch(
                c.text, c.ents[names[0] - 1].end_char, c.ents[names[0]].start_char):
            names.insert(0, names[0] - 1)
        posts = self.post_run(c, p + 1, own=False)
        if len(names) < 2 or len(posts) != len(names):
            return []
        return [Link(c.ents[q], title, org) for q, (title, org) in zip(names, posts)]

    def taken_over(self, c: Chain, p: int) -> list[Link]:
        """`甲不再担任公司总经理职务，由乙接任`: the name after 由 takes over the post the
        clause before names, when a verb of taking over follows it (HANDOVER and TAKES in
        role_gaps.tsv, the notice grammar of Chinese appointments); the post keeps the body
        joined to it."""
        if self.handover_re is None or self.takes_re is None or c.label(p - 1) != "TITLE" \
                or not self.handover_re.fullmatch(c.text, c.ents[p - 1].end_char, c.ents[p].start_char) \
                or not self.takes_re.match(c.text, c.ents[p].end_char):
            return []
        org = c.ents[p - 2] if c.label(p - 2) == "ORG" and c.gap(p - 2) in ("ADJ", "POSS") else None
        return [Link(c.ents[p], c.ents[p - 1], org)]

    def served_at(self, c: Chain, p: int) -> list[Link]:
        """`甲先生将继续在某集团有限公司担任党委书记、董事长`: the posts a verb gives at the
        body that `在` names after the name."""
        if c.gap(p) != "AT" or c.label(p + 1) != "ORG" or c.gap(p + 1) != "ALSO":
            return []
        return [Link(c.ents[p], title, org) for title, org in self.post_run(c, p + 1)]

    def post_run(self, c: Chain, j: int, own: bool = True) -> list[tuple[Ent, Ent | None]]:
        """The posts listed from entity j: `[ORG|REGION] TITLE` items (`ORG担任TITLE` too) joined by `、`, `，`,
        `兼` or `及`; a title with no body of its own shares the item's before
        (`某集团董事长、党委书记`, `执行董事兼总经理`), a place's title none. Empty where a
        name follows a title (`曾任某局局长李某`: the post is that name's). With `own`
        false, each title is an item of its own (the lists `分别` pairs)."""
        out: list[tuple[Ent, Ent | None]] = []
        orgs: list[Ent | None] = [None]
        while True:
            joined, k = joined_orgs(c, j)  # `甲公司和乙公司董事长`: the post at both
            if joined and c.label(k) == "TITLE" and c.gap(k - 1) == "ADJ":
                orgs, j = joined, k
            elif c.label(j) in ("ORG", "REGION") and c.label(j + 1) == "TITLE" and (
                    c.gap(j) == "ADJ" or c.label(j) == "ORG" and c.gap(j) == "ALSO"):  # `在某公司担任`
                orgs, j = [c.ents[j] if c.label(j) == "ORG" else None], j + 1
            elif c.label(j) != "TITLE":
                break
            elif not own:
                orgs = [None]
            if c.label(j + 1) == "PERSON" and c.gap(j) == "ADJ":
                return []
            out += [(c.ents[j], None if self.place_bound(c.ents[j]) else o) for o in orgs]
            if c.gap(j) not in ("LIST", "CONCUR", "AND") or c.label(j + 1) not in ("ORG", "REGION", "TITLE"):
                break
            j += 1
        return out


    def resume_posts(self, c: Chain, links: list[Link]) -> list[Link]:
        """`甲先生，男，1978年出生，…。曾任某公司技术总监，现任公司总经理助理。`: a Chinese
        résumé drops the subject of its clauses, so a post that a clause opens with a verb
        (`曾任`, `现任`, `历任`, `2021年起任`; RESUME in role_gaps.tsv) and that no name holds
        is held by the name opening that paragraph or sentence, the nearest name before it
        with no line break between and within RESUME_REACH characters. `该公司` before the
        post puts it at the company named before (`referred`), not the release's own."""
        if c.lang != "zh" or self.resume_re is None:
            return []
        held = {id(lk.title) for lk in links}
        out: list[Link] = []
        for i, ent in enumerate(c.ents):
            if ent.label_ not in ("ORG", "REGION", "TITLE"):
                continue
            if not self.resume_re.search(c.text, c.ents[i - 1].end_char if i else 0, ent.start_char):
                continue
            posts = [(t, o) for t, o in self.post_run(c, i) if id(t) not in held]
            holder = self.resume_subject(c, i) if posts else None
            gap = c.text[c.ents[i - 1].end_char if i else 0:ent.start_char]
            if holder is not None and ITS_COMPANY.search(gap):  # `现任该公司董事`
                its = referred(c, i)
                posts = [(t, its if o is None and not self.place_bound(t) else o) for t, o in posts]
            if holder is not None:
                out += [Link(holder, title, org) for title, org in posts]
        return out

    @staticmethod
    def resume_subject(c: Chain, i: int) -> Ent | None:
        """The name a subjectless post clause at entity i refers to: the nearest PERSON
        before it in the same paragraph, if that name opens its paragraph or sentence."""
        start = c.ents[i].start_char
        for k in range(i - 1, -1, -1):
            e = c.ents[k]
            if start - e.end_char > RESUME_REACH or "\n" in c.text[e.end_char:start]:
                return None
            if e.label_ == "PERSON":
                return e if SENTENCE_OPEN.search(c.text, 0, e.start_char) else None
        return None
