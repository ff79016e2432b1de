"""Bodies being founded or planned: `筹建某某专业委员会`, `拟成立某某分会和某某中心`.

A verb that announces a body not yet set up (`筹建`, `拟成立`: org_patterns.jsonl, kind
`planned`) governs a description of what is to come, not the name of an organisation
(GUIDELINES, ORG: a named organisation); the same holds for a second body coordinated
with the first (`筹建甲委员会和乙分会`). Both the rules' walk (orgs.py) and the learned
recogniser's Chinese filter (learned.py) read the check, so neither source proposes such a
span. The check looks at the few characters before a candidate only: no whole-text scan.
"""

from __future__ import annotations

import re

CLAUSE = "，。；;：:,\n！？!?"  # a governed body and a coordinated one stand in one clause
CONJ = "和及与、"  # between two bodies the verb governs
REACH = 30  # characters back from a coordinated body to the verb


class PlannedBodies:
    def __init__(self, verbs: set[str]) -> None:
        self.verbs = tuple(sorted(verbs, key=len, reverse=True))
        self.longest = max(map(len, verbs), default=0)
        alt = "|".join(map(re.escape, self.verbs))
        # the verb, the first body's words, a conjunction: the end of the window before a
        # coordinated body
        self._coordinated = re.compile(rf"(?:{alt})[^{CLAUSE}]{{2,{REACH}}}[{CONJ}]\Z") if verbs else None

    def planned(self, text: str, start: int) -> bool:
        """Whether the span starting at `start` is a body a planning verb governs."""
        if not self.verbs or start == 0:
            return False
        if text.endswith(self.verbs, max(0, start - self.longest), start):
            return True
        return text[start - 1] in CONJ and self._coordinated.search(
            text, max(0, start - REACH - self.longest - 1), start) is not None
