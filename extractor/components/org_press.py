"""A body's press or communications unit: `Press Office`, `Media Centre`, `Corporate
Communications Dept.`, `TAITRA Corporate Communications Office`.

Contact blocks, issuer lines and page navigation name the unit that speaks for a body by
its function (press, media, communications, public relations or affairs) and a unit noun
(office, department, division, centre, service, team). Such a unit is a generic reference
without a name (GUIDELINES, ORG: out, as `the council`): whichever body it serves has it.
So a span made only of function words and a unit noun is no ORG; where a body's acronym
opens it (`HKTDC Communications and Public Affairs Department`), the acronym is the ORG.
Names that hold any other word keep their reading (`Foreign Affairs Office`, `Government
Information Bureau`, `Information Services Department`: public bodies with a portfolio).

Both the rules' proposals and the learned recogniser's (`pressner_orgs.refine`) are read
against one compiled pattern per span: no scan of the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection

ACRONYM = r"[A-Z][A-Z0-9&]{1,9}"  # `HKTDC`, `TAITRA`, `UNIDO`


class PressUnits:
    def __init__(self, functions: Collection[str], units: Collection[str],
                 acronym_units: Collection[str]) -> None:
        fun = "|".join(map(re.escape, sorted(functions, key=len, reverse=True)))
        alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
        items = rf"(?:{fun})(?:(?:,? and |,? & |, )(?:{fun}))*" if fun else "(?!)"
        # the unit alone, or after a body's acronym (a narrower set of unit nouns there:
        # `Acme Media Group` is a firm, `HKTDC Communications Department` a unit of HKTDC)
        self._alone = re.compile(rf"{items} (?:{alt(units)})") if units and fun else None
        self._after = re.compile(rf"({ACRONYM}) {items} (?:{alt(acronym_units)})") \
            if acronym_units and fun else None

    def reading(self, text: str, start: int, end: int) -> tuple[int, int] | None | bool:
        """Whether text[start:end] is a press unit, or the first words of one (a model's
        span may stop inside it: `HKTDC Communications` of `HKTDC Communications and
        Public Affairs Department`). False: no unit (keep the span); None: a unit, no
        ORG; (a, b): the offsets of the body's acronym that opens the unit."""
        if self._alone is None:
            return False
        m = self._alone.match(text, start)
        if m is not None and m.end() >= end:
            return None
        m = self._after.match(text, start) if self._after is not None else None
        if m is not None and m.end() >= end:
            return m.span(1)
        return False
