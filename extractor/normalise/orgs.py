"""Canonical values for ORG spans and abbreviations that a document defines for itself.

A span that is a lexicon form gets the lexicon's canonical name; a short form defined in
the text (`… Beijing Sub-council (CCPIT Beijing)`, `…促进会(简称"跨促会")`) gets the value
of its defining long form everywhere in the document; anything else keeps its own text.
"""

from __future__ import annotations

import re

# After a name: an opening bracket, an optional "short for" phrase and quotes, the short
# form, a closing bracket. Bounded repeats only, so the match is linear.
_DEF_HAN = re.compile(
    r"\s{0,2}[(（]\s{0,2}(?:以下简称|以下称|下称|简称)?[:：]?\s{0,2}[\"“”'‘’「『]?"
    r"([^\s()（）\"“”'‘’「」『』,，、。;；:：]{2,12}?)[\"“”'‘’」』]?\s{0,2}[)）]"
)
# `(以下简称"公司"或"某某")`: two quoted short forms joined by 或/、/及, both defined.
_FORM_HAN = r"[\"“”'‘「『]([^\s()（）\"“”'‘’「」『』,，、。;；:：或]{2,12}?)[\"”'’」』]"
_DEF_HAN_PAIR = re.compile(
    r"\s{0,2}[(（]\s{0,2}(?:以下简称|以下称|下称|简称)[:：]?\s{0,2}" + _FORM_HAN
    + r"\s{0,2}(?:或|、|及|和)\s{0,2}" + _FORM_HAN + r"\s{0,2}[)）]"
)
# `(以下简称"某某"，股票代码：600000)`: a labelled, quoted short form the bracket goes on
# after, with a listing code or another note (listed companies' releases)
_DEF_HAN_NOTE = re.compile(
    r"\s{0,2}[(（]\s{0,2}(?:以下简称|以下称|下称|简称)[:：]?\s{0,2}" + _FORM_HAN
    + r"\s{0,2}[,，;；][^()（）\n]{1,40}[)）]"
)
_DEF_LATIN = re.compile(
    r"\s{0,2}[(（]\s{0,2}(?:hereinafter(?: referred to as)?|hereafter|or|also known as)?\s{0,2}"
    r"(?P<quote>[\"“'‘])?([A-Z][A-Za-z0-9&.\-]{0,15}(?: [A-Z][A-Za-z0-9&.\-]{0,15}){0,3}|[a-z]{1,2}[A-Z][A-Za-z0-9&.\-]{0,13})"
    r"[\"”'’]?\s{0,2}[)）]"
)
# `(aT)`, `(eKMA)`: a short form opening on a lowercase letter and then a capital, as Korean and
# Japanese public agencies coin theirs; its letters must still spell the name (OrgRecognizer.spells_name)
_LOWER_OPENED = re.compile(r"[a-z]{1,2}[A-Z]")


def find_definition(text: str, end: int, script: str, long_form: str | None = None) -> tuple[str, int] | None:
    """The short form defined in brackets right after a name ending at `end`, if any.
    With the name (`long_form`), a one-capital word is also a definition when it is
    coined from the name (`coined`)."""
    pattern = _DEF_LATIN if script == "latin" else _DEF_HAN
    m = pattern.match(text, end)
    if m is None and script != "latin":
        m = _DEF_HAN_NOTE.match(text, end)
    if m is None:
        return None
    short = m.group(1) if script != "latin" else m.group(2)
    if script == "latin" and sum(ch.isupper() for ch in short) < 2 and not m.group("quote") \
            and not (long_form and coined(long_form, short)) \
            and not (long_form and _LOWER_OPENED.match(short) and spelled(long_form, short)):
        return None  # "(Tianjin)" is a part of a name, not an abbreviation; ("Acme") defines one
    if script == "han" and short.isdigit():
        return None
    return short, m.start(1 if script != "latin" else 2)


def spelled(long_form: str, short: str) -> bool:
    """Whether the letters of `short` appear in order in the name, the first at a word's
    start (`Korea Agro-Fisheries and Food Trade Corporation (aT)`); a unit in brackets
    (`(pH)`, `(eV)`) spells no name."""
    low = long_form.lower()
    letters = [ch for ch in short.lower() if ch.isalnum()]
    at = next((i for i, ch in enumerate(low) if ch == letters[0] and (i == 0 or not low[i - 1].isalnum())), -1)
    for ch in letters[1:]:
        if at < 0:
            break
        at = low.find(ch, at + 1)
    return at >= 0


def coined(long_form: str, short: str) -> bool:
    """Whether one word is a clipped blend of a name (`Australian Trade and Investment
    Commission (Austrade)`, `Federal Express Corporation (Fedex)`): it opens
    with the first three letters of the name, and its letters appear in order in the
    name, the last of them past the first word. A place in brackets (`(Tianjin)`) is
    no blend of the name before it."""
    if " " in short or len(short) < 5 or not short[1:].islower():
        return False
    low, word = long_form.lower(), short.lower()
    if not low.startswith(word[:3]):
        return False
    at = 2
    for ch in word[3:]:
        at = low.find(ch, at + 1)
        if at < 0:
            return False
    return " " in low[:at]


def clean_value(surface: str) -> str:
    """The span's own text as a value: whitespace collapsed, curly apostrophes made plain."""
    return " ".join(surface.replace("’", "'").split())


def find_definitions(text: str, end: int, script: str, long_form: str | None = None) -> list[tuple[str, int]]:
    """Every short form defined in brackets right after a name ending at `end`: the one
    of `find_definition`, or both of a Chinese pair (`(以下简称"公司"或"某某")`), which the
    caller sorts out (a bare head word like 公司 stays a common noun)."""
    if script != "latin":
        m = _DEF_HAN_PAIR.match(text, end)
        if m is not None:
            return [(m.group(k), m.start(k)) for k in (1, 2)]
    hit = find_definition(text, end, script, long_form)
    return [] if hit is None else [hit]
