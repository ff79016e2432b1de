"""Townships and villages named after the division that holds them (`某某县某某乡某某村`).

The REGION lexicon stops at county level: the PRC has some 38,000 townships and 490,000
villages, too many to list and too often named like ordinary words. But a release names
them in the order of the administrative hierarchy (county, then township or subdistrict,
then village), so a short name closed by a township or village designator right after a
known division is that division's township or village, and the one after a township its
village. The name must hold no common word (`新农村`, `美丽乡村`, `试点村` are kinds, not
names) and no determiner (`各乡镇`), and end where the segmenter ends a word. The items of
an enumeration that goes on after one (`某某县甲乡、乙乡及丙镇`) are its siblings. A name so
found is a REGION at its later mentions too (`某某村还与…`).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import jieba
from jieba import posseg

LOCAL_DESIGNATORS = ("街道", "乡", "镇", "村")  # township, subdistrict, town; village
DESIGNATOR_FIRSTS = frozenset(d[0] for d in LOCAL_DESIGNATORS)
OPENERS = frozenset("省市县区旗盟州乡镇")  # designators of a division that holds townships
VILLAGE_OPENERS = frozenset("乡镇")  # ... and of one that holds villages only
NOT_IN_NAME = frozenset("各全本该每多两几个的和与及或在是为有等")  # determiners, function words
NAME_TAGS = ("ns", "nr", "nz", "nt")  # jieba tags of name words
COMMON_FREQ = 100  # jieba frequency from which a non-name word is common
# ... and from which a verb is: a village is named by nouns and names, so a rarer verb word in
# the name (`知事`, a post the dictionary tags as a verb: `某县知事木村某` is the governor and his
# name, not a village `知事木村`) shows the characters read as something else
VERB_FREQ = 20
NAME_SIZES = (2, 3)  # characters of a township's or village's own name
# an enumeration after a township or village goes on with its siblings
# (`某某县甲乡、乙乡及丙镇`): each item a division of the same kind
LIST_JOINERS = ("、", "以及", "及", "和", "与")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@lru_cache(maxsize=4096)
def plain_name(name: str, whole: str, min_freq: int = COMMON_FREQ) -> bool:
    """No common non-name word (jieba frequency `min_freq` or more) in `name`, and
    `whole` (name + designator) is no such word."""
    jieba.initialize()
    tags, freq = posseg.dt.word_tag_tab, jieba.dt.FREQ

    def common(word: str) -> bool:
        tag = tags.get(word, "")
        return freq.get(word, 0) >= (min(VERB_FREQ, min_freq) if tag == "v" else min_freq) \
            and not tag.startswith(NAME_TAGS)

    return not common(whole) and not any(
        len(w) > 1 and common(w) for w in jieba.lcut(name, HMM=False))


def word_ends_at(starts: list[int], length: int, end: int) -> bool:
    """The segmenter's word holding the character before `end` ends there."""
    i = bisect_right(starts, end - 1) - 1
    nxt = starts[i + 1] if i + 1 < len(starts) else length
    return nxt <= end


def local_divisions(text: str, ends: list[int], starts: list[int]) -> list[tuple[int, int]]:
    """Townships and villages right after the divisions ending at `ends` (each a known
    place whose last character is its designator), and their later mentions."""
    found: list[tuple[int, int]] = []
    todo: list[tuple[int, bool | None]] = [(e, None) for e in ends if text[e - 1] in OPENERS]
    while todo:
        at, village = todo.pop()  # village: None after a division, else the sibling's kind
        if text[at + 2:at + 3] not in DESIGNATOR_FIRSTS and text[at + 3:at + 4] not in DESIGNATOR_FIRSTS:
            continue  # no designator after a name of either size (most places)
        for size in NAME_SIZES:
            name = text[at:at + size]
            if len(name) < size or not all(_han(ch) and ch not in NOT_IN_NAME for ch in name):
                break
            d = next((d for d in LOCAL_DESIGNATORS if text.startswith(d, at + size)), None)
            if d is None or (village is None and d != "村" and text[at - 1] in VILLAGE_OPENERS):
                continue  # a township holds villages, not townships
            if village is not None and (d == "村") != village:
                continue  # the items of one list are of one kind
            end = at + size + len(d)
            sep = next((w for w in LIST_JOINERS if text.startswith(w, end)), None)
            if any(ch in OPENERS for ch in name) or not plain_name(name, text[at:end]) \
                    or not (sep or word_ends_at(starts, len(text), end)):
                continue  # (the segmenter may glue a joiner to the designator: 乡及)
            found.append((at, end))
            if d != "村":
                todo.append((end, None))
            if sep:
                todo.append((end + len(sep), d == "村"))
            break
    if not found:
        return found
    taken = {s for s, _ in found}
    word_starts = set(starts)
    for name in {text[s:e] for s, e in found}:
        at = text.find(name)
        while at >= 0:
            if at not in taken and word_ends_at(starts, len(text), at + len(name)) \
                    and (at == 0 or not _han(text[at - 1]) or at in word_starts):
                found.append((at, at + len(name)))
                taken.add(at)
            at = text.find(name, at + len(name))
    return found
