"""Person-name normalisation: pinyin of Chinese names, and checks on romanised ones.

Detection decides where a name is; this layer only turns a found name into its parts.
A romanised Chinese given name must split into valid pinyin syllables, which is what
keeps `Tianjin`-like words from passing as given names only when the region lexicon
also agrees; the split is a small dynamic programme over a string of a dozen letters.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from .pinyin import lazy_pinyin

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
MAX_SYLLABLE = 6  # zhuang, chuang, shuang


def given_letters(given: str) -> str:
    """`Jia-liang`, `YueGang`, `JIALIANG` → `jialiang`."""
    return given.replace("-", "").replace("'", "").replace("’", "").lower()


def split_syllables(word: str, syllables: Collection[str], max_count: int = 3) -> list[str] | None:
    """The split of `word` into at most `max_count` pinyin syllables, or None.

    Prefers the split with fewest syllables, so `xian` stays one syllable rather than
    `xi`+`an`.
    """
    word = word.lower()
    n = len(word)
    if not n or n > MAX_SYLLABLE * max_count or not word.isascii() or not word.isalpha():
        return None
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None or len(best[i]) >= max_count:  # type: ignore[arg-type]
            continue
        for j in range(i + 1, min(n, i + MAX_SYLLABLE) + 1):
            piece = word[i:j]
            if piece in syllables:
                cand = best[i] + [piece]  # type: ignore[operator]
                if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = cand
    return best[n]


def explicit_split(given: str) -> list[str] | None:
    """Syllables the writer already marked (`Jia-liang`, `YueGang`), lowercased."""
    parts = [p for p in re.split(r"[-'’]", _CAMEL.sub("-", given)) if p]
    return [p.lower() for p in parts] if len(parts) > 1 else None


def is_pinyin_given(given: str, syllables: Collection[str], max_count: int = 3) -> bool:
    marked = explicit_split(given)
    if marked is not None:
        return len(marked) <= max_count and all(p in syllables for p in marked)
    return split_syllables(given_letters(given), syllables, max_count) is not None


def title_pinyin(letters: str) -> str:
    return letters[:1].upper() + letters[1:].lower()


def romanised_parts(surname: str, given: str) -> dict[str, str]:
    """Normalised parts of a romanised Chinese name as written (`ZENG`, `Yan`)."""
    s, g = title_pinyin(given_letters(surname)), title_pinyin(given_letters(given))
    return {"pinyin": f"{s} {g}", "surname": s, "given": g}


def han_pinyin(name: str, surname: str, readings: Mapping[str, str]) -> dict[str, str]:
    """Pinyin of a Chinese name in characters, with the surname's own reading (单 Shan)."""
    given = name[len(surname):]
    s = readings.get(surname) or "".join(lazy_pinyin(surname))
    g = "".join(lazy_pinyin(given)) if given else ""
    s, g = title_pinyin(s), title_pinyin(g)
    out = {"surname": surname, "given": given, "pinyin": f"{s} {g}".strip()}
    return out


def split_han_name(name: str, surnames: Collection[str]) -> tuple[str, str]:
    """(surname, given) with compound surnames first; ("", name) when none fits."""
    if len(name) >= 3 and name[:2] in surnames:
        return name[:2], name[2:]
    if len(name) >= 2 and name[:1] in surnames:
        return name[:1], name[1:]
    return "", name
