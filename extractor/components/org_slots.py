"""Firm slots: where a deal sentence puts a firm and never a person or a place.

`advised by X`, `acquired by X` (the agent of a deal's verb: `agent_before` rows of
en/learned_filters.tsv), `X is serving as financial adviser`, `X acted as legal counsel to`
(a deal role only firms take: `firm_role` rows) and `X + Y` (partners' names joined by `+`,
written so by law and design firms; no person's or place's name holds one). The learned
recogniser (learned.py) reads these slots to turn a model's other reading of a name into a
firm's; the ORG rules (orgs.py `slot_firms`) read a capitalised run standing in one as a
firm's name, so that the rules-only profile finds headless firms (`Ormsby Vale`, `Kromann
Reumert`) too. One reading of the slot for both: this module.
"""

from __future__ import annotations

import re
from itertools import repeat
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

import ahocorasick_rs

from .listing import TICKER_AFTER

# `X is serving as`, `X acted as the`, `and X as`, `X is legal counsel`: the gap before a deal role only firms take
# (`firm_role` rows of learned_filters.tsv: financial adviser, legal counsel, placement agent)
FIRM_ROLE = re.compile(r",?(?:(?: (?:is|are|was|were|will|has been|have been))?(?: (?:serving|served|acting"
                       r"|acted|act|be))?(?: (?:retained|appointed|engaged))? as| (?:is|are|was|were)) "
                       r"(?:(?:the|its|their|a|an|lead|sole|exclusive|joint|independent) )*")
# a `+` between two capitalised names: no person's or place's name holds one, a firm's does
# (`Gilbert + Tobin`-style partners' names, written so by law and design firms)
PLUS_JOIN = re.compile(r"[A-Z][\w'’-]* \+ [A-Z]")
# `X's chief financial officer`, `X CEO`; a possessive relative or pronoun right after the
# name (`X, whose Chief Executive, A,`, `X; its managing director, A,`): no person holds a
# post of a person
POSSESSIVE_GAP = re.compile(r"(?:['’]s)? |[,;] (?:whose|its) ")
# `X, where she was Vice President`, `X, where he has served as CFO`: a career's post held at X
WHERE_HELD = re.compile(r", where (?:she|he|they) (?:(?:has|had|have) )?(?:was|were|is|are|been|served|"
                        r"worked|held the (?:post|position|role) of)(?: as)?(?: (?:the|a|an))? ")
NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]+) \Z")  # a lowercase word, one space before
# a capitalised word (`O'Neill`, not the possessive `Acme's`), and a run of one to five of them
# (`&`/`+` between them) that no capitalised word continues
_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
ALL_SLOTS = frozenset({"agent", "role", "plus", "ticker", "noun", "post"})  # what `SlotMarks.present` may hold
# (the look-behind after the first capital, not before it: the engine then skips in C to
# the capitals, where a pattern opening on a look-behind is tried at every position)
# (a lowercase particle of Romance, Germanic and Dutch names may stand between two of its
# words, one or two of them: `Agroindustrias del Bajío`, `Mendes y Quiroga`, `Van der Berg`;
# Chicago Manual of Style 8.5, the `particle` rows of en/learned_filters.tsv)
# (the look-ahead first: the alternation is tried only before a word that may be one, 0.02 s a MB)
_PARTICLE = r" (?=[dvye])(?:de|del|do|da|dos|das|di|du|der|den|von|van|y|e)(?: (?=[dl])(?:de|del|der|la|los|las))?"
RUN = re.compile(r"[A-Z](?<![\w&'’.+-][A-Z])%s(?:(?: [&+]|%s)? %s){0,4}(?![\w&+/-])(?!['’](?!s\b))(?! [A-Z&+])"
                 % (_WORD[len("[A-Z]"):], _PARTICLE, _WORD))
# the next member of a list a run in a slot opens (`advised by A, B and C`, `trained at A and at
# B`): the slot's cue governs every member of the coordination, as a verb governs its objects
LIST_NEXT = re.compile(r"(?:,? and (?:(?:at|by|from|with|of) )?|, )(?:the )?")
# a name that ends a post's complement (`Minister of Environment, Jane Roe, and ...`): what a
# comma puts after it is the post holder's name, no list's member
APPOSED_AFTER = re.compile(r"\b(?:of|at|for|to)(?: the)? \Z")
NAME_GOES_ON = re.compile(r" (?:in|of|for) [A-Z]")  # (`Invest in Canada`: a longer name's head)
LIST_BEFORE = re.compile(r"(?:,? and (?:(?:at|by|from|with|of) )?|, )(?:the )?\Z")  # a member before a name
SEPARATORS = (",", " and ")  # what a list's separator opens on, and what its end is (before the regexes)
# (every end LIST_BEFORE can have: `, `, ` and `, `and at `, each with `the ` after it)
SEPARATOR_ENDS = tuple(sep + the for sep in (", ", " and ", *("and %s " % w for w in ("at", "by", "from", "with", "of")))
                       for the in ("", "the "))
# a capitalised word after a name's list separator, or a word before one: the names a list may hold
NEXT_MEMBER = re.compile(LIST_NEXT.pattern + "[A-Z]")
PREV_MEMBER = re.compile(r"\w" + LIST_BEFORE.pattern)
# `officials of German and Kenyan companies`, `to acquire Dutch packaging maker X`: a list whose
# last member a content word follows (a noun: not a function word, not a verb's past form) is a
# list of modifiers of that noun, no names; the words a name in a slot is followed by
AFTER_NAME = re.compile(r" ([a-z]+)\b")
FUNCTION_WORDS = frozenset(
    "a about across after against along also an and around as at before between but by during each "
    "for from has had have in including into is its it are was were will would who whose which while "
    "on onto or over per said says since than that the their them these they this those through to "
    "under until up upon via when where with within without "
    # the irregular past forms of the verbs a firm is the subject of (`X met`, `X sold`)
    "met led held made told won took gave sold bought paid built set put saw went came brought began "
    "became left kept found spent sent lent ran grew".split())
# `Ibáñez, Serrano y Castellví`, `Winthrop, Castell & Oyelaran`: one-word surnames before a last
# member joined by `&` or a Romance `y`/`e` are one partnership's name (an English list closes on `and`)
PARTNER_JOIN = re.compile(r" (?:&|y|e) ")


def cue_ends_at(text: str, a: int, words: Collection[str]) -> bool:
    """Whether one of `words` (lower case) ends right before `a` as whole words (`advised by X`)."""
    before = text[max(0, a - 30):a].rstrip(" ").lower()
    if isinstance(words, tuple) and not before.endswith(words):
        return False  # (one C-level test of every cue first: most runs follow none)
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in words)


# the cue automaton's build: a DFA (more memory, a few hundred states) reads the text in half
# the time of the default's NFA once the cues open on most letters (the default's prefilter
# of first bytes then skips little): 0.011 -> 0.005 s a MB of English
CUE_AUTOMATON = ahocorasick_rs.Implementation.DFA
GAP_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz ,")  # every character FIRM_ROLE can match
# the gaps between a name and a post it holds that `holds` accepts, by length (POSSESSIVE_GAP)
POST_GAPS = ((3, frozenset({"'s ", "’s "})), (8, frozenset({", whose ", "; whose "})))
# characters no run (RUN) holds: where RUN.finditer from right after one finds what it finds over the
# whole text (no run found before it reaches past it), so a scan may start there (`scan_start` spells them out)
RUN_BREAKS = (",", ".", ";", ":")
SCAN_REACH = 300  # how far before a position `scan_start` looks for one (a clause's length, many times over)


@dataclass
class SlotMarks:
    """Where runs can stand in a slot (`FirmSlots.marks`): run starts, run ends, (first,
    end) of the gaps a run may end in before a deal role, ` + ` positions, the slots found."""
    starts: set[int] = field(default_factory=set)
    ends: set[int] = field(default_factory=set)
    gaps: list[tuple[int, int]] = field(default_factory=list)
    joins: list[int] = field(default_factory=list)
    present: set[str] = field(default_factory=set)

    def at(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The runs of `spans` (in text order) that stand at one of the marks: looked up
        from the marks, few, rather than each run tested in turn."""
        if self.gaps or self.joins:
            return [(a, b) for a, b in spans if a in self.starts or b in self.ends
                    or any(lo <= b < e for lo, e in self.gaps) or any(a <= j < b for j in self.joins)]
        by_start = dict(spans)
        by_end = {b: a for a, b in spans}
        found = {(a, by_start[a]) for a in self.starts.intersection(by_start)}
        found.update((by_end[b], b) for b in self.ends.intersection(by_end))
        return sorted(found)

    def windows(self, text: str) -> list[tuple[int, int]]:
        """The stretches of `text` that can hold a run at one of the marks: (where a scan may
        start, the last position a run found there may start at), merged, in text order. A run
        at a start, ending at an end or in a gap, or holding a join starts after the last line
        break or RUN_BREAKS character before that mark."""
        wanted = [(a, a) for a in self.starts if text[a:a + 1].isupper()]
        wanted += [(b, b) for b in self.ends]
        wanted += [(lo, e) for lo, e in self.gaps]
        wanted += [(j, j) for j in self.joins]
        out: list[tuple[int, int]] = []
        for at, last in sorted(wanted):
            lo = scan_start(text, at)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], last))
            else:
                out.append((lo, last))
        return out

    def runs(self, text: str) -> list[tuple[int, int]]:
        """The runs of RUN.finditer over the whole text that stand at one of the marks (`at`),
        found by scanning only the `windows` (2% of a text): the same runs, at a fiftieth of the scan."""
        found: list[tuple[int, int]] = []
        for lo, last in self.windows(text):
            for m in RUN.finditer(text, lo):
                if m.start() > last:
                    break
                found.append(m.span())
        return self.at(found)


class FirmSlots:
    """The firm slots of one language's data: `agents` (`agent_before` rows), `roles` (`firm_role` rows)."""

    def __init__(self, agents: Collection[str], roles: Collection[str], nouns: Collection[str] = ()) -> None:
        self.agents = frozenset(agents)
        self._agent_ends = tuple(self.agents)  # `cue_ends_at`'s one-call test
        self.roles = frozenset(roles)
        self.nouns = frozenset(nouns)  # `org_apposition` rows: what kind of firm a name is
        # what each slot cannot do without, lowered as `marks` reads the text (cues are
        # compared lowered, roles and nouns as written: a lowered match is a superset)
        kinds: dict[str, set[str]] = {" + ": {"plus"}, ", where ": {"where"}}
        for kind, words in (("agent", self.agents), ("role", self.roles), ("noun", self.nouns)):
            for w in words:
                kinds.setdefault(w.lower(), set()).add(kind)
        self._cue_kinds = [frozenset(v) for v in kinds.values()]
        self.cue_words = list(kinds)  # the automaton's words, in its order (candidates.WordScan)
        self._cues = ahocorasick_rs.AhoCorasick(self.cue_words, implementation=CUE_AUTOMATON)

    def described_before(self, text: str, a: int) -> bool:
        """Whether a noun of the firm descriptions (`org_apposition` rows, or its plural)
        stands right before the name, in lower case: the description put before the name
        (`the engineering firm X`, `Kenyan processor X`, `dairy exporters X and Y`), as wire
        style puts it after (`X, the engineering firm,`). No person is `the consultancy X`."""
        m = NOUN_BEFORE.search(text, max(0, a - 40), a)
        if m is None:
            return False
        word = m.group(1)
        return word in self.nouns or word.endswith("s") and word[:-1] in self.nouns

    def agent_before(self, text: str, a: int) -> bool:
        """`advised by X`, `acquired by X`: the agent of a deal's verb starts at `a`."""
        return cue_ends_at(text, a, self._agent_ends)

    def role_at(self, text: str, m: re.Match | None) -> bool:
        """Whether a firm's deal role starts where the `FIRM_ROLE` gap `m` ends."""
        return m is not None and any(text.startswith(w, m.end()) and not text[
            m.end() + len(w):m.end() + len(w) + 1].isalnum() for w in self.roles)

    def role_after(self, text: str, b: int) -> bool:
        """`X is acting as financial adviser`: a firm's deal role follows the name ending at `b`."""
        return self.role_at(text, FIRM_ROLE.match(text, b))

    def holds(self, text: str, a: int, b: int, title_starts: Collection[int] = (),
              present: frozenset[str] = ALL_SLOTS) -> bool:
        """Whether the name at a..b stands in a firm's slot: a deal agent's or a firm's deal
        role, a firm's description before it (`the consultancy X`), partners joined by `+`, a listing's ticker after it (`X (NASDAQ: XYZ)`), or a
        post the rules read (`title_starts`) held at it (`X's chief executive`, `X, whose
        CEO`, `X, where she was CFO`): no person or place is listed, and no person holds a post of a person.
        `present`: the slots the text can hold at all (`marks`); the others are not tried."""
        if "agent" in present and self.agent_before(text, a) or "role" in present and self.role_after(text, b) \
                or "plus" in present and PLUS_JOIN.search(text, a, b) \
                or "ticker" in present and TICKER_AFTER.match(text, b) \
                or "noun" in present and self.described_before(text, a):
            return True
        if "post" not in present:
            return False
        m = POSSESSIVE_GAP.match(text, b)
        if m is not None and m.end() in title_starts and m.end() - b > 1 and not m.group().endswith(" its "):
            return True  # (`Jane Roe, its CFO,`: the firm's post, held by the person before it)
        m = WHERE_HELD.match(text, b)
        return m is not None and m.end() in title_starts and not text.endswith(" in ", 0, a)

    def marks(self, text: str, title_starts: Collection[int],
              shared: tuple[list[tuple[int, int, int]], list[int]] | None = None) -> SlotMarks | None:
        """Where in `text` a run can stand in a slot at all, found by what each slot cannot
        do without, in one pass of an automaton over the lowered text (a cue phrase ends
        before the run's start, a description noun one space before it, a deal role after
        a gap of lowercase words, ` + ` inside it, a ticker's bracket, a possessive or
        `, where` before a post the rules read right after its end). `holds` then tries only
        the runs found there: it tried every slot at every capitalised run (0.11 s a MB of
        fast English), and a run that none of these places can hold no slot. None when
        lowering changes the text's length (`İ`): positions differ, every run is tried.
        `shared`: the document's occurrences of the pipeline's words in the lowered text and
        this automaton's table of them (candidates.WordScan), read in place of its own pass."""
        if shared is not None:
            hits, table = shared
            found = [(j, s, e) for i, s, e in hits if (j := table[i]) >= 0]
        else:
            lower = text.lower()
            if len(lower) != len(text):
                return None
            found = self._cues.find_matches_as_indexes(lower, overlapping=True)
        marks = SlotMarks()
        n = len(text)
        for i, s, e in found:
            for kind in self._cue_kinds[i]:
                if kind == "agent":  # `advised by  X`: spaces, then the run (`cue_ends_at`)
                    a = e
                    while a < n and text[a] == " ":
                        a += 1
                    marks.starts.add(a)
                elif kind == "noun":  # `the consultancy X`, `exporters X` (`described_before`)
                    marks.starts.update((e + 1, e + 2))
                elif kind == "role":  # `X is acting as the financial adviser`: FIRM_ROLE's gap
                    lo = s
                    while lo and text[lo - 1] in GAP_CHARS:
                        lo -= 1
                    marks.gaps.append((lo, s))
                elif kind == "plus":
                    marks.joins.append(s)
                elif not title_starts:  # `, where she was` + a post the rules read
                    continue
                else:
                    marks.ends.add(s)
                marks.present.add("post" if kind == "where" else kind)
        for m in TICKER_AFTER.finditer(text):
            marks.ends.add(m.start())
            marks.present.add("ticker")
        if title_starts:  # `X's CEO`, `X, whose CEO`: the gaps POSSESSIVE_GAP takes that `holds` keeps
            # (`'s ` or `, whose ` right before the post: a bare space or `, its ` holds no slot)
            marks.ends.update(t - k for t in title_starts for k, gaps in POST_GAPS if text[t - k:t] in gaps)
            marks.present.add("post")
        return marks

    def runs(self, text: str, title_starts: Collection[int] = (),
             orgs: Collection[tuple[int, int]] = (), places: Collection[int] = (),
             listed: set[tuple[int, int]] | None = None,
             shared: tuple[list[tuple[int, int, int]], list[int]] | None = None) -> Iterator[tuple[int, int]]:
        """The capitalised runs of `text` that stand in a firm's slot, and the members of a list
        that a slot's run or an organisation's name the rules read (`orgs`) opens or closes (put
        in `listed` too, where given: the caller's vetoes of a person may differ there).
        `shared`: as `marks` reads it."""
        marks = self.marks(text, title_starts, shared)
        # a list needs `, ` or `and` at a name's edge: the names that have one (most have none)
        orgs = [(s, e) for s, e in orgs if text.startswith(SEPARATORS, e) and NEXT_MEMBER.match(text, e)
                or text.endswith(SEPARATOR_ENDS, 0, s) and PREV_MEMBER.search(text, max(0, s - 18), s)]
        if marks is not None and not marks.present and not orgs:
            return
        present = ALL_SLOTS if marks is None else frozenset(marks.present)
        every: list[tuple[int, int]] | None = None
        if marks is None:
            every = spans = [m.span() for m in RUN.finditer(text)]
        elif marks.present - {"agent", "noun"}:
            spans = marks.runs(text)
        else:  # a cue before the run: the runs at the cues' ends, not the whole text's (0.04 s a MB)
            spans = [m.span() for m in map(RUN.match, repeat(text), sorted(marks.starts)) if m is not None]
        held = [(a, b) for a, b in spans if self.holds(text, a, b, title_starts, present)
                and not NAME_GOES_ON.match(text, b)]
        if not held and not orgs:
            return
        index = RunIndex(text, every)  # (the runs next to the names, looked up as the lists are read)
        out: set[tuple[int, int]] = set()
        for s, e in orgs:  # `Make UK, the British Ceramic Confederation and Forge Alliance`
            members = self.members_around(text, s, e, index, True, title_starts, places)
            if APPOSED_AFTER.search(text, max(0, s - 10), s) and text.startswith(", ", e) \
                    and not text.startswith(", and ", e):
                members = members[:members.index((s, e)) + 1]  # (`Minister of Environment, Jane Roe, and`)
            members = unmodified(text, members, (s, e))
            if len(members) > 2 or len(members) == 2 and members[0] == (s, e) and " and " in text[e:members[1][0]]:
                joined = [x for x in partners_joined(text, members) if x != (s, e)]
                out.update(joined)
                if listed is not None:
                    listed.update(joined)
        for a, b in held:  # `advised by A, B and C`; `A and B are legal advisers`
            members = self.members_around(text, a, b, index, self.role_after(text, b), title_starts, places)
            if len(members) > 1 or self.agent_before(text, a):
                members = unmodified(text, members, (a, b))
                members = partners_joined(text, members)
            out.update(members)
            if listed is not None:
                listed.update(x for x in members if x != (a, b))
        yield from sorted(out)

    @staticmethod
    def members_around(text: str, a: int, b: int, index: RunIndex, before: bool,
                       title_starts: Collection[int], places: Collection[int] = ()) -> list[tuple[int, int]]:
        """The list the run or name a..b stands in: the runs joined to it by commas and `and`
        (`A, B and C`, `at A and at B`), in text order. The list a name and its members make:
        `Make UK, the British Ceramic Confederation and Forge Alliance`, `Rolls-Royce and MTU Aero
        Engines` (a list joins names of one kind; `A, B` alone is a name and its apposition,
        `Jane Roe, Acme Inc.`, and `X and the Committee on Energy` may be a topic and a body, so
        the callers want three members or the name and `and` first). A post the rules read
        ends the list (`Jane Roe, Head of Media, Acme Inc.`: a contact line); a one-word member
        joined by a bare `and` to the run before it is the tail of a longer name (`New Zealand
        Trade and Enterprise`, after a run opening on a place, `places`), and a member that
        `in`/`of`/`for` + a capital continues is the head of one (`Invest in Canada`): the list
        stops there. So does a member a post follows (`and Jane Roe, managing director of`: a person).
        `index`: the text's runs; `before`: whether members before a..b are read too."""
        members = [(a, b)]
        m = LIST_NEXT.match(text, b)
        while m is not None and (y := index.end_of(m.end())) is not None:
            x = m.end()
            if any(map(title_starts.__contains__, range(x, y))):  # (in C: a run is tens of positions)
                if len(members) > 1:  # (`Acme Europe, Jane Roe, EU General Manager`: her post)
                    del members[-1]
                break
            if NAME_GOES_ON.match(text, y) or y + 2 in title_starts and text.startswith(", ", y) \
                    or m.group() == " and " and " " not in text[x:y] and members[-1][0] in places:
                break
            members.append((x, y))
            m = LIST_NEXT.match(text, y)
        while before:
            m = LIST_BEFORE.search(text, max(0, members[0][0] - 16), members[0][0])
            x = None if m is None else index.start_of(m.start())
            if x is None or x in title_starts:
                break
            if m.group() == " and " and members[0] != (a, b) and " " not in text[slice(*members[0])] \
                    and not PARTNER_JOIN.search(text, members[1][0], members[1][1]):
                del members[0]  # (`Trade and Enterprise`: the tail of a longer name)
                break
            if m.start() + 2 in title_starts and text.startswith(", ", m.start()):
                break  # (`Jane Roe, CEO of Acme, and Acme Bank`: a person before her post)
            members.insert(0, (x, m.start()))
        return members


def scan_start(text: str, at: int) -> int:
    """Where a scan for the runs around `at` may start: right after the last line break or
    RUN_BREAKS character before it (no run holds one, so RUN.finditer from there finds the
    runs that the scan of the whole text finds), looked for in the SCAN_REACH characters before
    `at`; where none stands there (a text of names without a stop), the line's start."""
    lo = max(0, at - SCAN_REACH)  # (RUN_BREAKS spelled out: no generator per lookup)
    k = max(text.rfind("\n", lo, at), text.rfind(",", lo, at), text.rfind(".", lo, at), text.rfind(";", lo, at),
            text.rfind(":", lo, at))
    return k + 1 if k >= 0 else text.rfind("\n", 0, lo) + 1


class RunIndex:
    """The capitalised runs (RUN.finditer over the whole text) by start and by end, found where
    they are asked for: a list's members are the runs next to a name, and scanning the stretch
    before each (`scan_start`) costs a fraction of scanning a text's thousands of runs."""

    def __init__(self, text: str, every: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.by_start = dict(every or ())  # a run's start -> its end
        self.by_end = {b: a for a, b in self.by_start.items()}
        # scan start -> (last position asked for, where the scan goes on: a run's start, in step
        # with the whole text's scan), so that no stretch is scanned twice (linear in a long line)
        self.scanned: dict[int, tuple[int, int]] | None = None if every is not None else {}

    def _scan(self, at: int) -> None:
        """Find the runs that start at or before `at` in its stretch."""
        lo = scan_start(self.text, at)
        seen, resume = self.scanned.get(lo, (-1, lo))
        if seen >= at:
            return
        for m in RUN.finditer(self.text, resume):
            if m.start() > at:
                resume = m.start()
                break
            self.by_start[m.start()] = m.end()
            self.by_end[m.end()] = m.start()
        else:
            resume = len(self.text)
        self.scanned[lo] = (at, resume)

    def end_of(self, a: int) -> int | None:
        """The end of the run starting at `a`, if one does, where `a` follows a list's separator
        (`, `, ` and the `: a comma or a lowercase word no run holds, so no run of the whole
        text's scan starts before `a` and reaches past it, and the run RUN matches at `a` is its)."""
        if self.scanned is None:
            return self.by_start.get(a)
        m = RUN.match(self.text, a)
        return None if m is None else m.end()

    def start_of(self, b: int) -> int | None:
        """The start of the run ending at `b`, if one does."""
        if self.scanned is not None:
            self._scan(b)
        return self.by_end.get(b)


def unmodified(text: str, members: list[tuple[int, int]], anchor: tuple[int, int]) -> list[tuple[int, int]]:
    """The list less its last member where that is one word a content word follows: a modifier
    of a noun (`Kenyan horticulture`), and with it a one-word anchor `and` joins to it (`officials
    of German and Kenyan companies`: no names at all); a noun's head of two words or more is a name."""
    a, b = members[-1]
    m = AFTER_NAME.match(text, b)
    if " " in text[a:b] or m is None or m.group(1) in FUNCTION_WORDS or m.group(1).endswith("ed"):
        return members
    rest = members[:-1]
    if rest and rest[-1] == anchor and " " not in text[slice(*anchor)] and text[anchor[1]:a] == " and ":
        return []
    return rest


def partners_joined(text: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The list's one-word members right before a member whose words `&`/`y`/`e` join, separated
    by commas only, made one name with it (`Ibáñez, Serrano y Castellví`)."""
    out: list[tuple[int, int]] = []
    for a, b in members:
        if PARTNER_JOIN.search(text, a, b):
            while out and " " not in text[out[-1][0]:out[-1][1]] and text[out[-1][1]:a] == ", ":
                a = out.pop()[0]
        out.append((a, b))
    return out
