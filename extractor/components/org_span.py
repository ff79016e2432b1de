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

from .org_latin import COUNTRY_MODIFIERS, LatinOrgFinder, legal_token_pattern

_LEADING_THE = re.compile(r"(?:the|The|THE)\s+")
_WORD = re.compile(r"[A-Z][a-z]+\b")
_PLACE_OF = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) of (?:the )?(?=[A-Z])")
_PLACE = re.compile(r" \([A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2}\)")


class OrgSpanRules:
    """Edges and vetoes for an external ORG span (English script only)."""

    def __init__(self, finder: LatinOrgFinder, generic: set[str]) -> None:
        self.finder = finder
        self.generic = generic
        self.legal = re.compile(r"[ ]?" + legal_token_pattern(finder.legal))

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

    def extend(self, text: str, end: int) -> int:
        """Over ` (Suzhou)` and `, Ltd.` / ` GmbH` right after the span."""
        place = _PLACE.match(text, end)
        at = place.end() if place else end
        legal = self.legal.match(text, at)
        # a bracket with no legal form after it is a gloss (`Acme (Beijing) said`)
        return legal.end() if legal is not None and legal.group()[:1] in ", " else end

    def vetoed(self, surface: str) -> bool:
        f = self.finder
        if surface in self.generic or surface in f.exclude or surface in f.stops or f.is_venue(surface):
            return True
        words = surface.split()
        cond = f.conditions.get(words[-1])
        if cond is not None and cond.needs_name and " ".join(words[:-1]) in f.region_set:
            return True  # `Shanghai Party` (chief): a place and the head make a post's body
        if len(words) >= 2 and " ".join(words[1:]) in f.in_place \
                and (words[0] in f.region_set or words[0] in COUNTRY_MODIFIERS):
            return False  # a mission named by its country (`Chinese Embassy`, `China Consulate`)
        return all(w in f.modifiers or f.is_head(w) or w in f.connectors for w in words)
