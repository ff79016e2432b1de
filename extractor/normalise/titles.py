"""Canonical English values for titles, built from the parsed parts, not the surface.

Composing from parts is what lets `Vice-Chairman`, `vice chairman` and `副会长` meet on
one value: each modifier and head carries its canonical word in the lexicons, so the
value never depends on capitalisation, hyphenation or script.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_WORD_SPLIT = re.compile(r"[\s\-]+")


def compose(modifiers: list[str], head: str, complement: str | None = None,
            post: str | None = None) -> str:
    """`["executive", "vice"]` + `chairman` → `executive vice chairman`; a prefix
    modifier ending in `-` joins the next word (`co-` + `chairman` → `co-chairman`).

    A complement (`of commerce`) belongs to the title; a diplomatic post (`驻华`) is
    rendered the English way, after the head (`ambassador to china`).
    """
    value = ""
    for word in [m for m in modifiers if m] + [head]:
        value += word if not value or value.endswith("-") else f" {word}"
    if complement:  # `of commerce`; a portfolio keeps its own preposition (`for security`)
        value += f" {complement}" if complement.startswith(("of ", "for ", "(")) \
            else f" of {complement}"  # a bracketed branch stands as written: `(research)`
    if post:
        value += f" to {post}"
    return clean(value)


def clean(value: str) -> str:
    """Lowercase with single spaces: values compare across scripts and spellings."""
    return _SPACES.sub(" ", value.strip()).lower()


def initials(surface: str) -> str:
    """`deputy director-general` → `DDG`: what a defining abbreviation must spell."""
    return "".join(w[0] for w in _WORD_SPLIT.split(surface) if w).upper()
