"""Later mentions of a person already named in the document, and the shared value.

A full name confirmed once by context is a person wherever it recurs (`张明远李华在…`
in a headline). A bare surname is a person only where it stands like a name: in
Chinese before a title (`王主席` after `王志雄`) or before a reporting verb at the start
of a clause; in English as a capitalised word, with surnames that are also English words
(`She`, `Long`) needing a title before them. Every mention's value is the full name as
first given, and names given in both scripts are linked through their pinyin.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..candidates import Candidate
from ..lexicon import occurrences
from .learned import PLACE_BEFORE, QUOTE_GIVEN, headline
from .person_en import PARTICLE, SUFFIXES, Latin, LatinContext, LatinNames
from .person_zh import (COMMON_FREQ, DOTS, PLAIN_TAGS, STRONG, TITLE, HanContext, HanNames, Reading,
                        is_han)

# a capitalised word, accented letters too (`São Paulo` is no mention of a `Paulo`)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]\w*"
NEXT_NAME = re.compile(r" (" + _CAP_WORD + ")")
PREV_NAME = re.compile("(" + _CAP_WORD + r") $")  # `Leopold Bloom` is not a mention of `Bloom`
APOSTROPHES = ("-", "'", "’")
POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    value: str
    source: str
    surname: str  # as written; how later short mentions find this person
    full: bool = True
    attrs: dict[str, Any] = field(default_factory=dict)


def free(taken: bytearray, start: int, end: int) -> bool:
    return taken.find(1, start, end) < 0  # (in C: `taken` holds 0 or 1)


def take(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def split_names(text: str, titles: list[tuple[int, int]], ends: set[int], stops: set[int],
                ctx: HanContext, han: HanNames, taken: bytearray,
                readings: set[tuple[int, int]]) -> list[Mention]:
    """A name written round its title, as Taiwan and Hong Kong releases do in courtesy
    (`經濟部王部長美花`: surname, title, given name): two PERSON spans, the surname and
    the given name. The surname must open a clause or follow another entity candidate
    (`ends`: an organisation, a place), the given
    name (two characters, else one that jieba does not tag as a verb or function word:
    `卓院长请` is a request, not a name; two that are no ordinary word: `市府黄局长致词` is a
    speech) must pass the name checks, start no context word and
    end where a context word, another entity candidate (`stops`: 今天), a non-Han
    character or the text's end follows; it may be what was read as a whole name
    (`readings`: 德华 read as surname 德). The given name is marked `part: given`: it
    names the person with the surname and holds no role of its own."""
    out: list[Mention] = []
    for a, b in titles:
        for surname in (text[max(0, a - 2):a], text[a - 1:a] if a else ""):
            s = a - len(surname)
            if not surname or surname not in han.surnames or not free(taken, s, a):
                continue
            if s > 0 and is_han(text[s - 1]) and s not in ends:
                continue
            if ctx.starts.get(b, 0):
                break
            for size in (2, 1):
                e = b + size
                given = text[b:e]
                if len(given) == size and (free(taken, b, e) or (b, e) in readings) \
                        and (size == 2 or not han.verb_or_function(given)) \
                        and not (size == 2 and han.plain_word(given, COMMON_FREQ, PLAIN_TAGS)) \
                        and split_end(text, e, stops, ctx, han, size) \
                        and han.name_ok(surname + given, surname):
                    take(taken, s, a)
                    take(taken, b, e)
                    out.append(Mention(s, a, surname, "zh.person.split", surname, full=False))
                    out.append(Mention(b, e, given, "zh.person.split", surname, full=False,
                                       attrs={"part": "given"}))
                    break
            break
    return out


def split_end(text: str, end: int, stops: set[int], ctx: HanContext, han: HanNames,
              size: int) -> bool:
    """The given name ends here: the text ends, a non-Han character, a candidate or a
    context word starts, or, after a two-character given name, an ordinary dictionary
    word that the name does not run into (`友宜` + `视察`; not `很` + `关注`)."""
    if end >= len(text) or not is_han(text[end]) or end in stops or ctx.starts.get(end, 0):
        return True
    return size == 2 and han.plain_word(text[end:end + 2], COMMON_FREQ) \
        and not han.crosses(text[end - 1:end + 1])


def han_mentions(text: str, found: list[Reading], ctx: HanContext, han: HanNames,
                 taken: bytearray, others: list[Candidate] = ()) -> list[Mention]:
    titles = [(c.start, c.end) for c in others if c.label == "TITLE"]
    if titles:  # `杨总领事`: a title that begins inside a name and runs past it was cut by
        # the reading (杨总 + 领事); the surname before the whole title is the mention
        spans = sorted(titles)
        found = [r for r in found if not title_inside(spans, r.start, r.end)]
    # `卡洛斯·门德斯` … `门德斯表示`: a reading by the context that spells the family part of a
    # transliterated name of the text is that person's later mention, valued by the full name,
    # not a Han name whose surname (门, 麦) opens it
    foreign = {family(text, r) for r in found if not r.surname and DOTS_RE.search(text, r.start, r.end)}
    repeats = [r for r in found if r.source == "zh.person.context"
               and text[r.start:r.end] in foreign] if foreign else []
    if repeats:
        found = [r for r in found if r.source != "zh.person.context" or text[r.start:r.end] not in foreign]
    if foreign:  # `托克托罗夫表示` after `阿斯卡尔别克·托克托罗夫`: no Han name (罗夫) inside the repeat
        found = inside_foreign(text, found, foreign)
    for r in found + repeats:
        take(taken, r.start, r.end)
    split = split_names(text, titles, {c.end for c in others}, {c.start for c in others}, ctx,
                        han, taken, {(r.start, r.end) for r in found}) if titles else []
    if split:
        given = {(m.start, m.end) for m in split}
        found = [r for r in found if (r.start, r.end) not in given]
    out = [Mention(r.start, r.end, text[r.start:r.end], r.source, family(text, r)) for r in found]
    out += [Mention(r.start, r.end, text[r.start:r.end], "zh.person.surname", text[r.start:r.end], full=False)
            for r in repeats]
    out += split
    # a reading that closes an organisation's name (`某某储能` + title: the firm, or 储能 the
    # person?) is left to the resolver, but vouches for no repeat elsewhere (`储能电池`)
    opens: dict[int, int] = {}  # where an ORG candidate ending here opens (the earliest)
    for o in others:
        if o.label == "ORG":
            opens[o.end] = min(opens.get(o.end, o.start), o.start)
    found = [r for r in found if opens.get(r.end, r.start) >= r.start]
    names = {text[r.start:r.end]: r for r in found}
    if not names and not split:
        return out
    for start, end in occurrences(text, names, False):
        first = names[text[start:end]]
        if free(taken, start, end) and (first.source != "zh.person.context"
                                        or han.valid(text, start, end, first.surname, ctx, repeat=True)):
            take(taken, start, end)
            r = names[text[start:end]]
            out.append(Mention(start, end, text[start:end], "zh.person.repeat", family(text, r)))
    keys = {family(text, r): text[r.start:r.end] for r in found}
    for m in split:
        keys.setdefault(m.surname, m.surname)
    for start, end in occurrences(text, keys, False):
        if free(taken, start, end) and short_han(text, start, end, ctx):
            take(taken, start, end)
            out.append(Mention(start, end, text[start:end], "zh.person.surname",
                               text[start:end], full=False))
    return out + given_han(text, found, keys, ctx, taken)


def inside_foreign(text: str, found: list[Reading], foreign: set[str]) -> list[Reading]:
    """Drop the Han readings (`罗夫`, its surname 罗) that start inside a later mention of a
    transliterated name's family part (`托克托罗夫`) and end within it: the family part,
    repeated, is that person (read below as a surname mention where it stands like one)."""
    parts = [(s, e) for s, e in occurrences(text, foreign, False)]
    if not parts:
        return found
    return [r for r in found if not (r.surname and any(s < r.start and r.end <= e for s, e in parts))]


def given_han(text: str, found: list[Reading], keys: dict[str, str], ctx: HanContext,
              taken: bytearray) -> list[Mention]:
    """`哈立德·本·赛义德·阿勒马祖伊` … `哈立德表示`: Arabic, Persian and Malay names, and
    some others given first, are repeated by their first part, not their last. The first
    part of a transliterated name is that person where it stands like a surname would
    (`short_han`: before a title, or opening a clause before a reporting verb), if it
    opens one such name only; its value is the full name."""
    owners: dict[str, set[str]] = {}
    for r in found:
        name = text[r.start:r.end]
        first = re.split(f"[{DOTS}]", name)[0]
        if not r.surname and 2 <= len(first) < len(name) and first not in keys:
            owners.setdefault(first, set()).add(name)
    out: list[Mention] = []
    for start, end in occurrences(text, set(owners), False) if owners else ():
        names = owners[text[start:end]]
        if len(names) == 1 and free(taken, start, end) and short_han(text, start, end, ctx):
            take(taken, start, end)
            out.append(Mention(start, end, next(iter(names)), "zh.person.given",
                               text[start:end], full=False))
    return out


def title_inside(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a title (sorted by start) begins inside [start, end) and runs past it."""
    i = bisect_right(titles, (start, 1 << 62))
    while i < len(titles) and titles[i][0] < end:
        if titles[i][1] > end:
            return True
        i += 1
    return False


DOTS_RE = re.compile(f"[{DOTS}]")


def family(text: str, r: Reading) -> str:
    """The part a later mention repeats: the surname of a Han name, the last part of a
    transliterated one (`拉斯洛·萨博` … `萨博表示`), else its first character."""
    if r.surname:
        return r.surname
    last = re.split(f"[{DOTS}]", text[r.start:r.end])[-1]
    return last if len(last) >= 2 and last != text[r.start:r.end] else text[r.start]


def short_han(text: str, start: int, end: int, ctx: HanContext) -> bool:
    """A short mention stands like a name: before a title, or opening a clause before a
    reporting verb of two or more characters or a one-character one closed by punctuation
    (`拉希莫夫说，`)."""
    after = ctx.starts.get(end, 0)
    if after & TITLE:
        return True
    clause_start = start == 0 or not is_han(text[start - 1])
    return clause_start and bool(after & STRONG) and (
        end in ctx.long_start or HanNames.clause_verb(text, end, after))


WORD = re.compile(r"\S+")


def headline_names(text: str, found: list[Latin], ctx: LatinContext, latin: LatinNames
                   ) -> list[Latin]:
    """Names in a Title Case headline, read by what the body calls the person. A
    headline capitalises its verbs and nouns, so a run after a title (`Ambassador Ruiz
    Presents Credentials`, `Minister Lee Meets Delegation`) holds the name and the
    words after it; the name is the run's longest beginning that the body gives as a
    name, or one word of a body name (`Carlos Ruiz Peña` ... `Ruiz`). With no body name
    to go by, the readings stay as found."""
    memo = ctx.lines
    heads = [n for n in found if headline(text, n.start, memo)]
    in_head = {id(n) for n in heads}
    names: dict[str, str] = {}  # body name or name word -> surname as written
    for n in found:
        if id(n) not in in_head:
            name = text[n.start:n.end]
            names.setdefault(name, n.surname)
            for w in name.split():
                if w[:1].isupper() and w not in latin.stop:
                    names.setdefault(w, w)
    if not names:
        return found
    out = [n for n in found if id(n) not in in_head]
    for n in heads:
        cut = _cut_to_body(text, n.start, n.end, names)
        out.append(cut if cut is not None and cut.end < n.end else n)
    spans = [(n.start, n.end) for n in out]
    for o, shape in ctx.runs:
        toks = shape.toks
        start = o + toks[0][0]
        opened = "title" in latin.left_context(text, start, ctx)
        if not (opened or shape.inner_title) or not headline(text, start, memo):
            continue  # (no word of the run after a title: the cheaper test first)
        for k in range(len(toks)):
            titled = toks[k - 1][2].lower() in latin.titles if k else opened
            if not titled:
                continue
            got = _cut_to_body(text, o + toks[k][0], o + toks[-1][1], names)
            if got and not any(s < got.end and got.start < e for s, e in spans):
                out.append(got)
                spans.append((got.start, got.end))
    return out


def _cut_to_body(text: str, start: int, end: int, names: dict[str, str]) -> Latin | None:
    """The longest beginning of text[start:end], in whole words, that is in `names`."""
    words = [(start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]
    for i in range(len(words) - 1, -1, -1):
        seg = text[start:words[i][1]].rstrip(".,:;'’")
        if seg in names:
            if i + 1 < len(words) and text[slice(*words[i + 1])].rstrip(".,:;'’") in names:
                return None  # the next word is a name's too (`ZENG Yan` for `Yan ZENG`)
            return Latin(start, start + len(seg), names[seg], {}, "en.person.headline")
    return None


# `Ms de Vries`: an honorific, then a surname's particle written in lowercase
HONORIFIC_PARTICLE = re.compile(rf"(?<![\w.])(?:Mr|Ms|Mrs|Dr|Prof)\.? ({PARTICLE}) \Z")


def with_particle(text: str, n: Latin) -> Latin:
    """A surname repeated after an honorific keeps its particle (`Ms de Vries`, `Mr van
    der Berg`): the name starts at the particle, which the capitalised run left out."""
    m = HONORIFIC_PARTICLE.search(text, max(0, n.start - 16), n.start)
    if m is None:
        return n
    return Latin(m.start(1), n.end, text[m.start(1):n.end], n.attrs, n.source)


def latin_mentions(text: str, found: list[Latin], ctx: LatinContext, latin: LatinNames,
                   taken: bytearray) -> list[Mention]:
    found = [with_particle(text, n) for n in headline_names(text, found, ctx, latin)]
    for n in found:
        take(taken, n.start, n.end)
        if n.surname.rstrip(".,") in SUFFIXES:  # (rare: the call only then)
            n.surname = family_word(text[n.start:n.end], n.surname)
    found = found + latin_echoes(text, ctx, latin, taken)
    out = [Mention(n.start, n.end, text[n.start:n.end], n.source, n.surname,
                   " " in text[n.start:n.end], dict(n.attrs)) for n in found]
    out += latin_repeats(text, found, ctx, latin, taken)
    out += quoted_given(text, found, ctx, latin, taken)
    forms: dict[str, str] = {}
    for n in found:
        if " " in text[n.start:n.end]:
            for f in (n.surname, n.surname.title(), n.surname.upper()):  # (a repeat sets nothing)
                forms.setdefault(f, text[n.start:n.end])
    if not forms:
        return out
    stop = {w.lower() for w in latin.context.get("surname_stop", ())}
    for start, end in occurrences(text, forms, True):
        if not free(taken, start, end) or glued(text, start, end):
            continue
        left = latin.left_context(text, start, ctx)
        if not left & {"title", "honorific"} and prev_name(text, start, latin.stop):
            continue
        if text[start:end].lower() in stop and not left & {"title", "honorific"}:
            continue
        if (not left & {"title", "honorific"} and PLACE_BEFORE.search(text, max(0, start - 12), start)
                and latin.is_place(text[start:end])):
            continue  # `Flights to Nagano` after `Yuki Nagano`: the town, not the person again
        take(taken, start, end)
        out.append(Mention(start, end, text[start:end], "en.person.surname", text[start:end],
                           full=False))
    return out


def without_suffix(words: list[str]) -> list[str]:
    """A name's words without the generational suffix after its surname (`Jr.`, `III`)."""
    while len(words) > 2 and words[-1].rstrip(".,") in SUFFIXES:
        words = words[:-1]
    return words


def family_word(name: str, surname: str) -> str:
    """The surname that later mentions repeat: `Whitfield` of `Marcus T. Whitfield Jr.`, whose
    last word is a generational suffix (GUIDELINES, PERSON: in the name, but no mention's key)."""
    if surname.rstrip(".,") not in SUFFIXES:
        return surname
    words = without_suffix(name.split())
    return words[-1] if len(words) < len(name.split()) else surname


CAPITAL_NEXT = re.compile(r" [A-Z]")  # `Mac OS`: a capitalised word of any shape after it


def quoted_given(text: str, found: list[Latin], ctx: LatinContext, latin: LatinNames,
                 taken: bytearray) -> list[Mention]:
    """`"Ana brings rare experience," said Dan Roe`, `to partner with Ana and her team`: a
    colleague named in full is called by the given name. A word that opens exactly one
    full name given first (surname last: not a romanised Chinese name, whose first word
    is the surname) is that person where it stands alone, neither part of a longer
    capitalised name nor glued to one. Opening a quotation before its verb, any such word
    is; so is one that opens a sentence before a reporting verb (`Somchai invited the
    council`: Thai and other names that are given first are repeated by the given name,
    which no English list holds); elsewhere only a listed given name (public lists) that
    is no place, title or stopword, so that a name's first word that is also a common
    word stays one."""
    owners: dict[str, set[str]] = {}
    listed: set[str] = set()
    for n in found:
        words = without_suffix(text[n.start:n.end].split())
        if 2 <= len(words) <= 3 and words[-1] == n.surname and words[0] != n.surname \
                and words[0][:1].isupper() and "." not in words[0] \
                and not any((latin.not_name(w, place=False) or w in latin.designators)
                            and not (w == n.surname and "-" in words[0])
                            for w in words):  # `Ji-hoon Park`: a surname that is a word
            owners.setdefault(words[0], set()).add(n.surname)
            if latin.is_given(words[0]) and words[0] not in latin.stop \
                    and words[0].lower() not in latin.titles \
                    and not latin.is_place(words[0]):
                listed.add(words[0])
    out: list[Mention] = []
    if not owners:
        return out
    quoted = {m.start(1) for m in QUOTE_GIVEN.finditer(text)}
    unread: list[tuple[int, int]] = []
    for s, e in occurrences(text, set(owners), True):
        word = text[s:e]
        names = owners[word]
        subject = s in quoted or sentence_start(text, s) \
            and "verb_after" in latin.right_context(text, e, ctx)
        if len(names) != 1 or not free(taken, s, e) or (not subject and (
                word not in listed or glued(text, s, e) or prev_name(text, s, latin.stop)
                or CAPITAL_NEXT.match(text, e))):
            if len(names) == 1 and free(taken, s, e):
                unread.append((s, e))
            continue
        take(taken, s, e)
        out.append(Mention(s, e, word, "en.person.given", next(iter(names)), full=False))
    if out and unread:
        out += listed_given(text, out, unread, owners, latin, taken)
    return out


def listed_given(text: str, read: list[Mention], unread: list[tuple[int, int]],
                 owners: dict[str, set[str]], latin: LatinNames, taken: bytearray) -> list[Mention]:
    """`welcome Fiona and Arjun`, `"Winnie, Rajiv, Eleanor and Kwok-leung bring`: a given name
    no list holds, joined by `and` or a comma to one read as a colleague's, is another
    colleague's (one reading of the list); read on along the list until nothing joins."""
    out: list[Mention] = []
    ends, starts = {m.end for m in read}, {m.start for m in read}
    left = list(unread)
    while left:
        rest = []
        for s, e in left:
            if (joined_before(text, s, ends) or joined_after(text, e, starts)) \
                    and not CAPITAL_NEXT.match(text, e) and not prev_name(text, s, latin.stop):
                take(taken, s, e)
                out.append(Mention(s, e, text[s:e], "en.person.given", next(iter(owners[text[s:e]])),
                                   full=False))
                ends.add(e)
                starts.add(s)
            else:
                rest.append((s, e))
        if len(rest) == len(left):
            break
        left = rest
    return out


def joined_before(text: str, s: int, ends: set[int]) -> bool:
    return text[s - 5:s] == " and " and s - 5 in ends or text[s - 2:s] == ", " and s - 2 in ends


def joined_after(text: str, e: int, starts: set[int]) -> bool:
    return text[e:e + 5] == " and " and e + 5 in starts or text[e:e + 2] == ", " and e + 2 in starts


ECHOES = 2  # a surname standing alone this often confirms the full name


def latin_echoes(text: str, ctx: LatinContext, latin: LatinNames, taken: bytearray
                 ) -> list[Latin]:
    """A full name confirmed by its short form: `Astor Vidal` once, then `Vidal` alone at
    least twice, is a person with no title or verb beside it. People are shortened to
    their last word, organisations and products to their first (`Acme Systems` -> `Acme`),
    so the last word standing alone is the evidence, and the first never standing alone
    is required; places, titles and designators never qualify."""
    spans: dict[str, list[tuple[int, int]]] = {}
    heads: dict[str, str] = {}
    for o, shape in ctx.runs:
        toks = shape.toks
        s, e = o + toks[0][0], o + toks[-1][1]
        if shape.echo and free(taken, s, e) and ctx.blocked.get(s, 0) < e \
                and not latin.is_place(text[s:o + toks[-2][1]]) \
                and not (sentence_start(text, s) and toks[0][2].endswith(VERB_ENDINGS)):
            spans.setdefault(toks[-1][2], []).append((s, e))
            heads[toks[-1][2]] = toks[0][2]
    if not spans:
        return []
    counts: dict[str, int] = {}
    for start, end in occurrences(text, set(spans) | set(heads.values()), True):
        if free(taken, start, end) and not glued(text, start, end) \
                and not prev_name(text, start, latin.stop):
            word = text[start:end]
            counts[word] = counts.get(word, 0) + 1
    out = []
    for word, places in spans.items():
        if counts.get(word, 0) >= ECHOES and not counts.get(heads[word]):
            for s, e in places:
                take(taken, s, e)
                out.append(Latin(s, e, word, {}, "en.person.echo"))
    return out


def latin_repeats(text: str, found: list[Latin], ctx: LatinContext, latin: LatinNames,
                  taken: bytearray) -> list[Mention]:
    """One reading per document: a full name found once is a name wherever it recurs,
    unless it is part of a longer capitalised name there (`Walt Disney Pictures`)."""
    first: dict[str, Latin] = {}
    for n in found:
        if " " in text[n.start:n.end]:
            first.setdefault(text[n.start:n.end], n)
    out: list[Mention] = []
    if not first:
        return out
    for start, end in occurrences(text, first, True):
        if not free(taken, start, end) or glued(text, start, end):
            continue
        left = latin.left_context(text, start, ctx)
        if not left & {"title", "honorific"} and prev_name(text, start, latin.stop):
            continue
        n = first[text[start:end]]
        take(taken, start, end)
        out.append(Mention(start, end, text[start:end], "en.person.repeat", n.surname, True,
                           dict(n.attrs)))
    return out


VERB_ENDINGS = ("ing", "ed", "ly")  # `Declaring Mosul ...`, `Reportedly Smith ...`


def sentence_start(text: str, start: int) -> bool:
    """A sentence's first word is capitalised whatever it is."""
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?\n\"“‘'(:;•*-"


def prev_name(text: str, start: int, stop: set[str]) -> bool:
    prev = PREV_NAME.search(text, max(0, start - 30), start)
    return prev is not None and prev.group(1) not in stop


def glued(text: str, start: int, end: int) -> bool:
    """Part of a longer capitalised name (`Wang Yi`) or of a hyphenated word."""
    if text[start - 1:start] in APOSTROPHES:
        return True
    if text[end:end + 1] in APOSTROPHES:  # `Smith's` is a mention, `Han's Laser` a firm
        possessive = POSSESSIVE.match(text, end)
        return possessive is None or NEXT_NAME.match(text, possessive.end()) is not None
    nxt = NEXT_NAME.match(text, end)
    return nxt is not None and nxt.group(1) not in {"Said", "Says"}


def assign_values(mentions: list[Mention]) -> None:
    """Full name as first given: a repeat takes its own first form, a surname takes the
    latest full name before it with that surname (else the first one after)."""
    mentions.sort(key=lambda m: m.start)
    first: dict[str, str] = {}
    latest: dict[str, str] = {}
    pending: set[int] = set()  # ids of surnames seen before any full name
    for m in mentions:
        if m.full:
            key = f"{is_han(m.surname[:1])}:{m.attrs.get('pinyin', m.value).lower()}"
            m.value = first.setdefault(key, m.value)
            latest[m.surname.lower()] = m.value
        elif m.surname.lower() in latest:
            m.value = latest[m.surname.lower()]
        else:
            pending.add(id(m))
    nxt: dict[str, str] = {}
    for m in reversed(mentions):
        if m.full:
            nxt[m.surname.lower()] = m.value
        elif id(m) in pending and m.surname.lower() in nxt:
            m.value = nxt[m.surname.lower()]


def link(mentions: list[Mention]) -> None:
    """`Zhu Jialiang` <-> `朱佳良`: same pinyin, different script."""
    by_pinyin: dict[tuple[str, bool], Mention] = {}
    for m in mentions:
        py = m.attrs.get("pinyin")
        if py:
            by_pinyin.setdefault((py.lower(), is_han(m.surname[:1])), m)
    for m in mentions:
        py = m.attrs.get("pinyin")
        other = by_pinyin.get((py.lower(), not is_han(m.surname[:1]))) if py else None
        if other is not None:
            m.attrs["linked"] = {"start": other.start, "end": other.end, "text": other.value}
