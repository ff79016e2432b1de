"""Toneless pinyin of Han characters, read from pypinyin's character table.

Names are read character by character, so only pypinyin's character table is needed.
Importing the pypinyin package loads its 45 MB phrase dictionary as well, unless the
process sets PYPINYIN_NO_PHRASES, and a library must not change its host's environment.
So the table (`pinyin_dict.json`, pypinyin's own data) is read from the installed
package's files without importing it; a test checks the readings against
`pypinyin.lazy_pinyin` for every character.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

DIAERESIS = "\u0308"


def plain(reading: str) -> str:
    """pypinyin's Style.NORMAL: tone marks dropped, ü written v (`lǚ` -> `lv`)."""
    parts = unicodedata.normalize("NFD", reading).replace("u" + DIAERESIS, "v")
    kept = "".join(ch for ch in parts if not unicodedata.combining(ch) or ch == "\u0302")
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Character -> its first (most common) reading, toneless."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pypinyin is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {chr(int(code)): plain(readings.split(",")[0]) for code, readings in raw.items()}


def lazy_pinyin(text: str) -> list[str]:
    """One toneless reading per Han character; other characters are kept as they are
    (pypinyin.lazy_pinyin without its phrase dictionary)."""
    t = table()
    return [t.get(ch, ch) for ch in text]
