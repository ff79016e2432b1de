"""Lines of a release's frame read by their grammar: the wire dateline's firm, address
lines, labelled share bars and copyright lines (used by components/page.py).

A wire dateline is places, a date, the wire in its slot (`(BUSINESS WIRE)--`, `/PRNewswire/ --`,
`/ ACCESSWIRE / December 4, 2026 /`), then the firm that issues the release, whose name the
learned recogniser cuts or runs into the dateline: whatever its words, a capitalised name in
that slot, followed by what a subject is followed by (`today`, its ticker, `, a ...`), names
the firm. A postal address ends `Town, ST 12345` (a state's or province's postal code, then a
ZIP or Canadian postcode): the code is the state and the name before it the town, whether or
not a gazetteer lists it. A line opening with a share or follow label lists buttons, not
organisations. A copyright line's holder is an organisation; the label and year are not in it.
Each reader is prefiltered by a literal the form must contain (one C-level `in` or compiled
search per text) and looks only at the few places that hold it.
"""

from __future__ import annotations

import re

from ..candidates import Candidate

# after the wire's name: its closing bracket or slash, then the dash that opens the story, or
# (ACCESSWIRE) the date between slashes
WIRE_CLOSE = re.compile(r"(?:\)|[ \t]?/)[ \t]*(?:[-–—]{1,2}[ \t]*|(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}"
                        r"|\d{1,2}/\d{1,2}/\d{4})[ \t]*/[ \t]+)")
# a capitalised name: words that start with a capital or digit, `&` and `of` between them
FIRM = re.compile(r"[A-Z][\w'’&.\-]*(?:[ \t](?:[A-Z0-9][\w'’&.\-]*|&|of)(?=[ \t(,]|$))*")
# what follows a release's subject: its ticker, an apposition, or the verb of the lead
FIRM_NEXT = re.compile(r"(?: today\b| \(|, (?:a|an|the|one)\b| announced\b| reported\b| has\b"
                       r"| have\b| will\b| is\b)")
FIRM_WORDS = 6
WIRE_REACH = 3000  # characters from the start of the text a dateline stands in, after a page's header
# `Town, ST 12345` / `Town, BC V6E 2E9`: the state's code then a ZIP or Canadian postcode (a UK
# postcode's town, `Leeds LS1 4AP`, is left to the gazetteer: no literal opens that form, and a
# scan for it costs more than the towns it would add)
STATE_ZIP = re.compile(r", ([A-Z]{2})[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b")
# the town before it: one to three capitalised words after a comma, a colon or the line's start
TOWN_BEFORE = re.compile(r"(?:(?<=, )|(?<=: )|(?<![^\n]))((?:[A-Z][a-z][\w'’.\-]*[ \t]){0,2}"
                         r"[A-Z][a-z][\w'’.\-]*)\Z")
TOWN_REACH = 40
# a copyright line: the label, the sign, the years; then the holder up to `All rights`, a bar,
# a year or the line's end
COPYRIGHT_HEAD = re.compile(r"(?:Copyright|COPYRIGHT)?[ \t]*(?:©|\([cC]\))?[ \t]*"
                            r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?,?[ \t]*)?")
COPYRIGHT_BODY = re.compile(r"(?!All\b)[A-Z][^\n|]*?(?=\.?[ \t]+All [Rr]ights|[ \t]*\||[ \t]+\d{4}\b"
                            r"|\.?[ \t]*(?:\n|$))")
COPYRIGHT_WORDS = 8
# a holder's last word keeps its full stop where it is an abbreviation (`Inc.`, `Co.`, `S.A.`)
ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+[A-Z])\Z")


# a house number before a road's name in an address (`89 Queensway,`, `No. 8 Jinshi Road`), at the
# start of the line or of a comma's segment; no year (`in 2026 Kenya, ...`)
HOUSE_NUMBER = re.compile(r"(?:(?<![^\n])|(?<=[,:] ))(?:No\. ?)?(?!(?:19|20)\d\d )\d{1,4}[A-Za-z]? \Z")
# a numbered road after a building's name (`Lippo Centre, 89 Queensway`)
NEXT_ROAD = re.compile(r", (?:No\. ?)?\d{1,5}[A-Za-z]?[ \t][A-Z]")


def numbered(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a road after its house number, the address going on after it."""
    return text[end:end + 1] == "," and HOUSE_NUMBER.search(text, max(0, start - 12), start) is not None


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1  # (a dateline's line is short: slots are few)


def wire_firms(text: str, slots: list[Candidate], cands: list[Candidate],
               not_first: frozenset[str]) -> list[Candidate]:
    """The firm named right after a dateline's wire (an ORG in the wire's slot, `slots`, on a
    line that opens with a capitalised place), where no candidate reads that name whole."""
    out = []
    for w in slots:
        if not text[line_start(text, w.start)].isupper():
            continue
        m = WIRE_CLOSE.match(text, w.end)
        f = FIRM.match(text, m.end()) if m else None
        if f is None or not FIRM_NEXT.match(text, f.end()):
            continue
        a, b = f.span()
        name = text[a:b]
        if name.split(" ", 1)[0] in not_first or len(name.split()) > FIRM_WORDS:
            continue
        if any(c.start == a and (c.end >= b if c.label == "ORG" else c.end == b and c.label in ("PERSON", "REGION"))
               or c.label == "TITLE" and a <= c.start < b and not c.tier for c in cands):
            continue
        out.append(Candidate(a, b, "ORG", name, "page.dateline.firm", {"found_by": "page.dateline.firm"}, 1))
    return out


def addresses(text: str, postal: dict[str, str]) -> list[Candidate]:
    """The state and town of each `Town, ST 12345` in the text. A town has no value, as other
    unlisted places: no list vouches for one."""
    out = []
    for m in STATE_ZIP.finditer(text):
        state = postal.get(m.group(1))
        if state is None:
            continue
        a, b = m.span(1)
        out.append(Candidate(a, b, "REGION", state, "page.address",
                             {"id": None, "name_en": state, "name_zh": None, "type": "state", "code": None,
                              "parent": None}, 1))
        t = TOWN_BEFORE.search(text, max(0, m.start() - TOWN_REACH), m.start())
        if t is not None:
            out.append(town(t, 1))
    return out


def town(m: re.Match, group: int) -> Candidate:
    return Candidate(m.start(group), m.end(group), "REGION", None, "page.address",
                     {"id": None, "name_en": m.group(group), "name_zh": None, "type": "city", "code": None,
                      "parent": None}, 1)


def copyright_holders(text: str, words: tuple[str, ...]) -> dict[tuple[int, int], int]:
    """{(start, end) of a copyright line's holder: where its label starts}
    (`Copyright © 2026 Kestrel Data Ltd.` -> `Kestrel Data Ltd.`)."""
    out: dict[tuple[int, int], int] = {}
    for w in words:
        i = text.find(w)
        while i >= 0:
            h = COPYRIGHT_HEAD.match(text, i)
            m = COPYRIGHT_BODY.match(text, h.end())
            if m is not None:
                a, b = m.span()
                if text[b:b + 1] == "." and ABBREVIATION.search(text, a, b):
                    b += 1
                if len(text[a:b].split()) <= COPYRIGHT_WORDS:
                    out[(a, b)] = min(i, out.get((a, b), i))
            i = text.find(w, max(i + len(w), h.end()))
    return out
