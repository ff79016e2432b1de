"""Stable ids: a hash of the label and the canonical key, so rebuilding yields the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_PREFIX = {"PERSON": "per", "ORG": "org", "REGION": "reg", "TITLE": "tit", "ROLE": "rol", "EVENT": "evt"}
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def stable_id(label: str, key: str) -> str:
    digest = hashlib.sha1(f"{label}\x1f{key}".encode("utf-8")).hexdigest()[:16]
    return f"{_PREFIX.get(label, label.lower()[:3])}_{digest}"


def norm_key(text: str) -> str:
    """Case, width and punctuation fold; keeps Han characters as they are."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_ALNUM.sub(" ", t).split())


def name_key(text: str) -> str:
    """Romanised person-name key: `Zhu Jia-liang`, `ZHU Jialiang` and `Zhu Jialiang` agree."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return _NON_ALNUM.sub("", t.casefold())
