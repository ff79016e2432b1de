"""The English ORG conventions applied to a span another source proposed.

A learned recogniser finds names the grammar cannot (no head noun, no legal form), but
it draws their edges its own way: `the Acme Corp`, `Acme (Suzhou) Co.` without `, Ltd.`,
`Texas-based Acme`. The resolver asks this module to bring such a span to the
guidelines' edges, or to veto it, with the same data the grammar uses (legal forms,
lead adjectives, generic words), so both sources meet on one convention.

Call it through the pipeline's ORG component:
`nlp.get_pipe("pressner_orgs").refine(text, start, end)` → `(start, end)` or None.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..lexicon import literal_alternation
from .org_latin import COUNTRY_MODIFIERS, LatinOrgFinder, legal_token_pattern

_LEADING_THE = re.compile(r"(?:the|The|THE)\s+")
_WORD = re.compile(r"[A-Z][a-z]+\b")
_PLACE_OF = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) of (?:the )?(?=[A-Z])")
# a name in quotes right after a body's name or a legal form (`… "Atameken"`, `JSC «Altyn»`)
QUOTED = r'(?:"[A-Z][^"\n]{0,48}"|“[A-Z][^”\n]{0,48}”|«[A-Z][^»\n]{0,48}»)'
_QUOTED_AFTER = re.compile(" " + QUOTED)
_QUOTES = frozenset('"“«')
# `the Building and ` right before a name: the first field of a name that coordinates two
_THE_FIELD_AND = re.compile(r"(?<![\w'’-])[Tt]he ([A-Z][a-z]+) and \Z")
# ... searched from its literal `he ` (a pattern opening on a class or a look-behind is tried at
# every position), the article's capital or not and the boundary before it tested after
_THE_FIELD_AND_ANY = re.compile(r"he ([A-Z][a-z]+) and (?=[A-Z])")
_WORD_BEFORE = re.compile(r"[\w'’-]")
_FIELD_REACH = 32  # characters looked back for it
_PLACE = re.compile(r" \([A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2}\)")


class OrgSpanRules:
    """Edges and vetoes for an external ORG span (English script only)."""

    def __init__(self, finder: LatinOrgFinder, generic: set[str],
                 board_functions: Collection[str] = ()) -> None:
        self.finder = finder
        self.generic = generic
        self.legal = re.compile(r"[ ]?" + legal_token_pattern(finder.legal))
        # `Audit and Risk Committee`, `Risk Committee of the Board`: a board's committee named by
        # its functions alone (`board_function` rows), a generic organ (`board_committee`)
        alt = literal_alternation(board_functions) if board_functions else None
        self.board = re.compile(
            rf"(?:the |The )?(?:Board['’]s )?(?:{alt})(?:(?:, | and | & )(?:{alt}))*"
            r" Committees?(?: of the Board(?: of Directors)?)?") if alt else None

    def board_committee(self, surface: str) -> bool:
        """Whether the span is a board's committee named by its functions only (samples and
        the UK and US governance codes: an organ of the board, no name of a body)."""
        return self.board is not None and "Committee" in surface \
            and self.board.fullmatch(surface) is not None

    def board_owner(self, surface: str) -> int | None:
        """`Audit Committee of Acme plc`: a board committee of a company closed by its legal
        form; the ORG is the company, as after `the Board of` (`company_boards`): where it
        starts in the surface, or None."""
        if self.board is None or "Committee" not in surface:
            return None
        m = self.board.match(surface)
        if m is None or not surface.startswith(" of ", m.end()):
            return None
        at = m.end() + 4
        return at if self.finder.legal_ending(surface, at, len(surface)) else None

    def refine(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The span brought to the conventions: no leading `the` or `X-based`, the legal
        form and a bracketed place that follow it taken in. None when what is left is no
        name (empty, a generic reference such as `the Committee`, an excluded venue)."""
        while True:
            m = _LEADING_THE.match(text, start, end)
            if m is not None:
                start = m.end()
                continue
            word = re.match(r"\S+\s+", text[start:end])
            if word and word.group().rstrip().endswith(self.finder.lead_adjectives):
                start += word.end()
                continue
            m = _PLACE_OF.match(text, start, end)
            if m is not None and m.group(1) in self.finder.region_set:
                start = m.end()  # `CEO, Hong Kong and Macau of Meridian Bank`: a post's
                continue  # market, then the body (no name opens with a place and `of`)
            break
        start = self.coordinated_start(text, start)
        end = self.finder.seat_cut(text, start, self.before_verb(text, start, self.extend(text, end)))
        if start >= end:
            return None
        return None if self.vetoed(text[start:end]) else (start, end)

    def before_verb(self, text: str, start: int, end: int) -> int:
        """A title-case headline's verb ends the name before it (`Acme and Instituto
        Tecnológico Launch Lab` → `… Instituto Tecnológico`), as it ends the grammar's runs."""
        for m in _WORD.finditer(text, start, end):
            if m.start() > start and m.group() in self.finder.verbs:
                return m.start() - 1
        return end

    def coordinated_start(self, text: str, start: int) -> int:
        """`the Soil and Crop Research Trust`, `the Building and Construction Authority`: after
        `the`, one capitalised word and `and` before a name are the first field of that name,
        not a name of their own (samples: 29 names so of 29, `the Securities and Exchange
        Commission`; an article before one firm's name and not the next one's is not written).
        A place there is one of two places (`the Netherlands and Acme`): the name starts after."""
        if not text.endswith(" and ", 0, start):
            return start
        m = _THE_FIELD_AND.search(text, max(0, start - _FIELD_REACH), start)
        if m is None or m.group(1) in self.finder.region_set:
            return start
        return m.start(1)

    def field_starts(self, text: str) -> dict[int, int]:
        """`coordinated_start` for every name of a text at once: where a name would start
        after `the W and ` → where it starts instead (one pass of a pattern with a literal)."""
        out = {}
        for m in _THE_FIELD_AND_ANY.finditer(text):
            t = m.start() - 1  # the article's first letter
            if t >= 0 and text[t] in "Tt" and (not t or not _WORD_BEFORE.match(text, t - 1)) \
                    and m.group(1) not in self.finder.region_set:
                out[m.end()] = m.start(1)
        return out

    @staticmethod
    def quoted_end(text: str, end: int) -> int:
        """`National Chamber of Entrepreneurs "Atameken"`: the name in quotes that the
        releases of Kazakhstan, Russia and their neighbours print after a body's full name
        is part of it (its `quoted_form` rows say the same after a legal form)."""
        if text[end + 1:end + 2] not in _QUOTES or text[end:end + 1] != " ":
            return end  # (a slice test first: most names have no quote after them)
        m = _QUOTED_AFTER.match(text, end)
        return end if m is None else m.end()

    def extend(self, text: str, end: int) -> int:
        """Over ` (Suzhou)`, `, Ltd.` / ` GmbH` and a quoted name right after the span."""
        end = self.quoted_end(text, end)
        place = _PLACE.match(text, end)
        at = place.end() if place else end
        legal = self.legal.match(text, at)
        # a bracket with no legal form after it is a gloss (`Acme (Beijing) said`)
        return legal.end() if legal is not None and legal.group()[:1] in ", " else end

    def vetoed(self, surface: str) -> bool:
        f = self.finder
        if surface in self.generic or surface in f.exclude or surface in f.stops or f.is_venue(surface) \
                or self.board_committee(surface):
            return True
        words = surface.split()
        cond = f.conditions.get(words[-1])
        if cond is not None and cond.needs_name and (len(words) == 1 or not cond.closes
                                                    and " ".join(words[:-1]) in f.region_set):
            return True  # `Shanghai Party` (chief): a place and the head make a post's body; the
            # head alone names none (`Partnership pairs X with Y`, `Logistics` as a field). A trade
            # word that closes a firm's name names one after a place (`Salta Foods`, `Qatar Airways`)
        if len(words) >= 2 and " ".join(words[1:]) in f.in_place \
                and (words[0] in f.region_set or words[0] in COUNTRY_MODIFIERS):
            return False  # a mission named by its country (`Chinese Embassy`, `China Consulate`)
        return all(w in f.modifiers or f.is_head(w) or w in f.connectors for w in words)
