"""Names printed in capitals: `PORT OF ROTTERDAM AUTHORITY`, `MINISTRY OF SUSTAINABILITY AND
THE ENVIRONMENT`, `KAWASHIRO ELECTRIC CO., LTD.`.

Headlines, issuer lines, letterheads and contact blocks print a body's name in capitals.
The head-noun grammar (`org_latin`) reads capitalisation: in capitals every word looks like
a name word and no head or connector is seen. So each stretch of two or more words in
capitals is written again in the case the grammar reads (a capital and lowercase letters;
the connectors of names in lowercase; a legal form as registers print it), a copy of the
same length, so that what the grammar finds in the copy has the same offsets in the text.
One compiled pattern over the text finds the stretches; only they are read again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

# two or more words in capitals (digits, `&`, `'`, `.`, `-`, `,` inside), joined by single spaces
# (two capitals first, then the look back at what stands before them: opening on a class lets
# the engine skip to capitals in C, where a look-behind first is tried at every position)
STRETCH = re.compile(r"[A-Z][A-Z](?<![\w'’&.-]..)[A-Z0-9'’&.,-]*(?: (?:[A-Z0-9][A-Z0-9'’&.,-]*|&))+(?![\w'’])")
_WORD = re.compile(r"[^ ]+")
MIN_WORD_LETTERS = 3  # a stretch of acronyms alone (`NYSE AMEX`) is not rewritten


class CapsStretches:
    def __init__(self, connectors: Collection[str], legal: Collection[str]) -> None:
        self.connectors = {c for c in connectors if c.islower()}
        # a legal form by its capitals (`LTD.` -> `Ltd.`, `GMBH` -> `GmbH`), same length only
        self.legal = {f.upper(): f for f in legal if len(f.upper()) == len(f)}

    def find(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, copy) of each stretch in capitals, `copy` in the grammar's case."""
        for m in STRETCH.finditer(text):
            s = m.group()
            if s.count(" ") < 1 or not any(
                    sum(ch.isalpha() for ch in w) >= MIN_WORD_LETTERS for w in s.split(" ")):
                continue
            yield m.start(), self.recase(s)

    def recase(self, stretch: str) -> str:
        out = []
        for i, m in enumerate(_WORD.finditer(stretch)):
            word = m.group()
            core = word.rstrip(",")
            tail = word[len(core):]
            if core in self.legal:
                out.append(self.legal[core] + tail)
            elif i and core.lower() in self.connectors:
                out.append(core.lower() + tail)
            else:
                out.append("-".join(p[:1] + p[1:].lower() for p in core.split("-")) + tail)
        return " ".join(out)
