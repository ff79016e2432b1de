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
from collections.abc import Collection, Iterator

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
TICKER = re.compile(r": ?[A-Z][A-Z0-9.]{0,7}\)")  # `(NYSE: ABC)`, `(TSX: HMC)`
TICKER_AFTER = re.compile(r" \((?:[A-Z][A-Za-z]*[ -]?){1,3}" + TICKER.pattern)  # `X (NYSE: ABC)`
NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]+) \Z")  # a lowercase word, one space before
# a capitalised word (`O'Neill`, not the possessive `Acme's`), and a run of one to five of them
# (`&`/`+` between them) that no capitalised word continues
_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
ALL_SLOTS = frozenset({"agent", "role", "plus", "ticker", "noun", "post"})  # what `present_slots` may hold
RUN = re.compile(r"(?<![\w&'’.+-])%s(?:(?: [&+])? %s){0,4}(?![\w&+-])(?!['’](?!s\b))(?! [A-Z&+])" % (_WORD, _WORD))


def cue_ends_at(text: str, a: int, words: Collection[str]) -> bool:
    """Whether one of `words` (lower case) ends right before `a` as whole words (`advised by X`)."""
    before = text[max(0, a - 30):a].rstrip(" ").lower()
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in words)


class FirmSlots:
    """The firm slots of one language's data: `agents` (`agent_before` rows), `roles` (`firm_role` rows)."""

    def __init__(self, agents: Collection[str], roles: Collection[str], nouns: Collection[str] = ()) -> None:
        self.agents = frozenset(agents)
        self.roles = frozenset(roles)
        self.nouns = frozenset(nouns)  # `org_apposition` rows: what kind of firm a name is

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
        return cue_ends_at(text, a, self.agents)

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
        `present`: the slots the text can hold at all (`present_slots`); the others are not tried."""
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

    def present_slots(self, text: str, title_starts: Collection[int]) -> frozenset[str]:
        """The slots `text` can hold, each found by the words it cannot do without (a cue
        phrase, a role word, ` + `, a ticker's ` (` and `:`, a description noun, a post the
        rules read): one substring search per word for the whole text, where `holds` would
        try every slot at each of its thousands of capitalised runs. A slot left out here
        cannot match anywhere in the text, so the runs found are the same."""
        lower = text.lower()
        return frozenset(k for k, on in (
            ("agent", any(w in lower for w in self.agents)),
            ("role", any(w in text for w in self.roles)),
            ("plus", " + " in text),
            ("ticker", " (" in text and ":" in text),
            ("noun", any(w in text for w in self.nouns)),
            ("post", bool(title_starts))) if on)

    def runs(self, text: str, title_starts: Collection[int] = ()) -> Iterator[tuple[int, int]]:
        """The capitalised runs of `text` that stand in a firm's slot."""
        present = self.present_slots(text, title_starts)
        if not present:
            return
        for m in RUN.finditer(text):
            if self.holds(text, m.start(), m.end(), title_starts, present):
                yield m.start(), m.end()
