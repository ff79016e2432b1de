"""Person names in Latin script: romanised Chinese names and Western/other names.

Capitalised runs are found with one bounded regex. A run holding a romanised Chinese
surname next to a given name that splits into pinyin syllables (`Zhu Jialiang`,
`ZHAO Lin`, `NI HaiFeng`) is a name by its form; any other run needs context: a title
or honorific right before it (`Treasury Secretary Janet Miller`, `Dr.Kam Wai Chan`), an
apposition after it (`Alan Dorsett, secretary-general`) or a reporting verb. Titles at
the start of a run are cut off, since the guidelines keep them out of the name.

Speed: a single capitalised word can only be a name after a title or honorific, so
one-word runs are looked at only where such context ends; the regex walks the text for
runs of two or more words. What a run's words say by themselves (pinyin pairs, title
words, stopwords) is worked out once per distinct run and cached: only the context
around each occurrence is checked per document.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field

from .. import memo
from ..memo import Memo
from ..candidates import Candidate
from ..lexicon import Occurrences
from .learned import headline
from .line_fields import LINE_OPENING, LINE_TAIL
from ..normalise.persons import (explicit_split, is_pinyin_given, romanised_parts,
                                 split_syllables)

LOW = "a-zß-öø-ÿ\u0100-\u017f"  # `Müller`, `Gonçalves`, `Sapieżyna`
UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠČŘŽŐŰĀŌ"  # `Émile`, `Łukasz`
TOKEN = (rf"(?:[{UP}][{LOW}]+(?:[-'’][A-Za-z][{LOW}]+)?(?:[A-Z][{LOW}]+)?|[A-Z]{{2,}}"
         rf"(?:-[A-Z]{{2,}})?|[A-Z]['’][A-Z][{LOW}]+|(?:[A-Z]\.){{1,3}})")  # `D'Andrea`, `K.K.`
# name particles inside a name (`Ludwig van Beethoven`, `Mohamed bin Salman`)
PARTICLE = r"(?:van der|van den|van|von|de la|de|der|da|di|du|dos|del|bin|binti|bint|ibn|al|el|le|la)"
PARTICLES = frozenset(PARTICLE[3:-1].replace(" ", "|").split("|"))
GLUED = r"(?:al|el|ad|ud)-"  # `Mohammed al-Sabah`
_APOSTROPHES = str.maketrans("", "", "'’")


def unquote(words: str) -> str:
    """`dato' sri` -> `dato sri`: an honorific's apostrophe is no part of its token."""
    return words.translate(_APOSTROPHES)


# a given name (one or two words), a quoted nickname, a surname (person_en.nicknamed)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'’][A-Za-zÀ-ÿ][^\W\d_]*)*"
NICKNAMED = re.compile(rf"(?<![\w\"“])({_NAME_WORD}(?: {_NAME_WORD})?) [\"“]({_NAME_WORD})[\"”] "
                       rf"({_NAME_WORD})(?![\w\"”])")
# `s/o` (son of), `d/o` (daughter of), `a/l` (anak lelaki), `a/p` (anak perempuan) and the
# father's name after a name: Malaysian and Singaporean registered names of Indian families, as
# identity cards (MyKad, NRIC) and official lists print them; part of the person's name
CHILD_OF = re.compile(rf" (?:[sSdD]/[oO]|[aA]/[lLpP]) {_NAME_WORD}(?: {_NAME_WORD}){{0,2}}(?![\w/])")
def quote_starts(text: str):
    """Where an opening quote follows a space (`Rafael "Rafa"`): str.find, no regex scan."""
    for mark in (' "', " “"):
        at = text.find(mark)
        while at >= 0:
            if text[at + 2:at + 3].isupper() and text[at - 1:at].isalpha():  # `Ann "Jo` only
                yield at + 1
            at = text.find(mark, at + 2)


PATRONYMIC = re.compile(r"\b(?:bin|binti|bint|ibn) \Z")  # before the father's name
# Latin letters and digits, not Han characters, join a run: in Chinese text a name stands
# right after its title (`總領事Carmelo Ficarra亦有出席`)
HEAD = rf"(?=[{UP}])(?<![{LOW}{UP}0-9_’'-])"  # the lookahead first lets the engine skip to capitals
END = rf"(?![{LOW}{UP}0-9_-])(?!'(?!s\b))"  # a possessive `'s` ends a run: `Smith's`
# A run of up to ten words (`SBF Chief Executive Officer Tan Wei Ming`, `Enterprise Singapore
# Assistant Chief Executive Officer Lim Wei Ling`: a long title, after its body, before a
# three-word name); MULTI finds those of two or more, SINGLE checks one word at a
# given position. Together they give exactly the runs `RUN.finditer` gives.
NEXT = rf"(?: (?:{PARTICLE} |{GLUED})?{TOKEN})"
RUN = re.compile(rf"{HEAD}{TOKEN}{NEXT}{{0,9}}{END}")
# MULTI scans whole texts: it opens on the capital itself, the look back taken from after
# it and TOKEN's alternatives written on from their second character (each checking the
# first), so the engine skips to capitals in C (same matches; 0.057 -> 0.043 s a MB)
TOKEN_REST = (rf"(?:[{LOW}]+(?:[-'’][A-Za-z][{LOW}]+)?(?:[A-Z][{LOW}]+)?|(?<=[A-Z])[A-Z]+"
              rf"(?:-[A-Z]{{2,}})?|(?<=[A-Z])['’][A-Z][{LOW}]+|(?<=[A-Z])\.(?:[A-Z]\.){{0,2}})")
MULTI = re.compile(rf"[{UP}](?<![{LOW}{UP}0-9_’'-].){TOKEN_REST}{NEXT}{{1,9}}{END}")
SINGLE = re.compile(rf"{HEAD}{TOKEN}{END}")
TOKEN_RE = re.compile(TOKEN)
# (a signature block's next line too: `Contact:\nSydney Mwale\nMedia Relations Officer`)
APPOSITION = re.compile(r"(?:,\s+|[ \t]*\n[ \t]*(?=\S))(?:(?:a|an|the|former|then|now|also)\s+)?")
CAP_WORD = re.compile(r"[A-Z][A-Za-z.]*(?:['’]s)?\s+")  # `, the U.S. ambassador`, `, Ontario's Minister`
LINKER = re.compile(r"(?:to|of|in) $")
NEXT_WORD = re.compile(r" (\S+)")
CREDIT = re.compile(r"\([A-Z][\w .&]*/$")
SLASH = re.compile(r"/(?=[A-Z])")
CAPITAL = re.compile(f"[{UP}]")
ROMAN = re.compile(r"[IVX]{1,5}|L?X{0,3}(?:IX|IV|V?I{0,3})")  # `Paul VI`, `Louis XIII`
INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # `Yuet-ngor`, `Ting-kwok`
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")  # `K.K. Lee`, `TK Lau`
# a listed line (session 17, line_fields.py): after the name, a post (one comma may split its
# function off: `Vice President, Operations`), then the field that closes the line
LISTED_OPEN_REACH = 48  # characters of a list's mark, label and honorific before the line's name
LISTED_POST_REACH = 112  # characters of the post and its separators (LISTED_POST)
LISTED_POST = re.compile(r"[ \t]*(?:,|[–—|\t]|[ \t]-)[ \t]*[A-Z][^,|\n]{1,60}?(?:,[ \t]*[A-Z][^,|\n]{1,40}?)?[ \t]*[,|\t][ \t]*")
# between two items of a list of names: `A, B and C`, bullets
LIST_GAP = re.compile(r" ?(?:,|;)? (?:and )?| ?,|\s*\n\s*[•·▪◦*–-]\s*")
# `Media contact: Jo Roe, Farlow Strategies, jo@farlow.com`: a contact line gives one person and then
# the body they answer for; the run between the name and the phone or e-mail is that body, no second name
CONTACT_AFTER = re.compile(r",[ \t]*(?:\+?\(?\d[\d ()\-.]{5,}|[\w.\-]+@[\w\-]+\.)")
STRONG = frozenset(("title", "honorific"))
# the Chinese context a Latin name glued before it takes (LatinContext.glued): an honorific
# (先生, 女士) follows people only; a reporting verb (表示) follows firms as often
HONORIFIC_AFTER = frozenset(("honorific_after",))
TITLE_TYPE = frozenset(("title",))
ARTICLE_NEXT = re.compile(r" (?:a|an|the)\b", re.I)  # a verb's object after a capitalised word
PLACE_AND = re.compile(r" (?:and|&) ")  # between two places of a post
TITLE_LINK = re.compile(r" (?:of|to|for|in|at)(?: the)? ")  # between a title and its place or body
# how text that either ends with must end: tested before the searches (most places have neither)
PLACE_AND_ENDS, TITLE_LINK_ENDS = (" and ", " & "), (" of ", " to ", " for ", " in ", " at ", " the ")
NO_TYPES: frozenset[str] = frozenset()
# a title-case headline's verb of appointing inside a capitalised run (`Acme Names Jane Roe CFO`)
HEADLINE_APPOINTS = re.compile(r"(?<![^ ])(?:Names|Appoints|Elects|Re-elects|Promotes|Hires|Taps) ")
# the verb_before words that appoint: their object may have its post right after it
APPOINTING = re.compile(r"\b(?:appoint|elect|name|re-elect)[a-z]* (?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?\Z", re.IGNORECASE)
# a verb of appointing, then its object and post, in one clause up to `and` (`elected A Chair and`)
APPOINTED_BEFORE = re.compile(r"\b(?:appoint|elect|name|re-elect)[a-z]*\s[^.;:!?\n]*\Z", re.IGNORECASE)
# the left context of an appointed object (object_complement): the verb, or an honorific after it
APPOINTED_LEFT = frozenset(("verb_before", "honorific"))
SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))  # in the name: `John Smith Jr.`
MAX_FORM = 3  # a name known by its form alone has two or three words


def name_cased(word: str) -> bool:
    """`Smith`, `McNeill`, `DeGraw`: a capital first, lowercase after it."""
    return len(word) > 1 and word[0].isupper() and word[-1].islower()


# `Dean Gallagher`: one capitalised surname-shaped word that ends a name (no second capitalised
# word after it), with no article or possessive before the word that opens it
ONE_SURNAME = re.compile(r"[ \t]+([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’\-]|[ \t]+[A-Z(])")
DETERMINED_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Aa]n?|[Tt]his|[Tt]hat)|['’]s)[ \t]+\Z")
NOT_A_GIVEN = re.compile(r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame|Madam|Mme|Hon|The|the|and|of)\.?")


def given_name_at(text: str, start: int, end: int, given_titles: Collection[str]) -> bool:
    """`Contact: Dean Gallagher, Chair`, `Consul General Dean Hartmann`, `Major Collins`: a
    title word that is also a given name (person_context.tsv `given_title`), capitalised and
    followed by one surname-shaped word that ends the name, opens a person's name, unless an
    article or possessive makes it a post (`the Dean Smith`) or the text names that surname
    with another given name (`Professor Rohan Mistry … Dean Mistry said`: the post of a named
    person). A post written before a full name (`Dean Jane Roe`) has two words after it.
    Shared by the title recogniser (no TITLE there) and the person rules (the name)."""
    word = text[start:end]
    if word.lower() not in given_titles or not word[:1].isupper() or word.isupper():
        return False
    m = ONE_SURNAME.match(text, end)
    if m is None or m.group(1).lower() in given_titles:
        return False
    if DETERMINED_BEFORE.search(text, max(0, start - 20), start):
        return False
    surname = m.group(1)
    for other in re.finditer(rf"\b([A-Z][\w'’\-]+)[ \t]+{re.escape(surname)}\b", text):
        if other.group(1) != word and not NOT_A_GIVEN.fullmatch(other.group(1)):
            return False
    return True


@dataclass(slots=True)
class Latin:
    start: int
    end: int
    surname: str  # as written, for later short mentions
    attrs: dict = field(default_factory=dict)
    source: str = "en.person.context"


@dataclass
class LatinContext:
    """Context word types by start and end offset; read-only (shared frozensets)."""

    starts: dict[int, frozenset[str]] = field(default_factory=dict)
    ends: dict[int, frozenset[str]] = field(default_factory=dict)
    runs: list[tuple[int, "RunShape"]] = field(default_factory=list)  # multi-word runs
    blocked: dict[int, int] = field(default_factory=dict)  # REGION/ORG starts -> ends
    # `learned.headline`'s memo for the document: each line's words are read once, by
    # whichever rule asks first
    lines: dict[tuple[int, int], bool] = field(default_factory=dict)
    # in Chinese text, the Chinese context words by start and the bit of an honorific after a
    # name (`Susan Park女士`: a Latin name is glued to the word after it)
    glued: dict[int, int] | None = None
    glued_bit: int = 0


@dataclass(slots=True)
class RunShape:
    """What a run's words say without context: offsets relative to the run."""

    toks: list[tuple[int, int, str]]
    pairs: list[tuple | None]  # per word: (ok, start, end, surname, attrs, next index)
    title_cut: int  # words up to the last title or honorific go
    honorific: bool = False  # the last word cut was an honorific (`Mrs`, `Dr`, `HE`)
    cuts: dict[int, "NamePart"] = field(default_factory=dict)
    # what the per-document rules would otherwise re-read from the words at every occurrence
    # of the run (set once by LatinNames.shape): whether it can close on a title word that is a
    # given name (`given_title_name`'s tests of the words alone), whether it is an echo's form
    # (`echo_shape`), whether a word before its last is a title (`headline_names`), whether
    # a romanised pair is in it (`in_run`)
    paired: bool = False
    list_first: int = -1  # `LatinNames.list_first`
    given_opens: bool = False
    echo: bool = False
    inner_title: bool = False
    # no cut of the run's words can name a person, whatever stands around it (`LatinNames.mute`):
    # `in_run` finds nothing in it, so the run is not read there (half the runs of English text)
    mute: bool = False


class NameIndex(set):
    """The found names' (start, end) spans, also by edge: whether a found name closes (or
    opens) a run is one lookup, not a walk over every name for every list item."""

    def __init__(self, spans=()) -> None:
        super().__init__()
        self.last_start: dict[int, int] = {}  # end -> the latest start of a name ending there
        self.first_end: dict[int, int] = {}  # start -> the earliest end of a name starting there
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        super().add(span)
        a, b = span
        self.last_start[b] = max(a, self.last_start.get(b, a))
        self.first_end[a] = min(b, self.first_end.get(a, b))

    def closes(self, start: int, end: int) -> bool:
        """A found name ends at `end` and lies inside start..end."""
        return self.last_start.get(end, start - 1) >= start

    def opens(self, start: int, end: int) -> bool:
        """A found name starts at `start` and lies inside start..end."""
        return self.first_end.get(start, end + 1) <= end


@dataclass(slots=True, frozen=True)
class NamePart:
    """The name part of a run from a given word on, judged without context."""

    first: int  # index of its first word (leading stopwords dropped)
    lead: bool  # leading stopwords were dropped
    ok: bool  # its words can be a name
    loose: bool  # they can, if place names may be part of it (`Mr. Harbin Zhou`)
    form: bool  # its form alone says it is a name (`Diana Moreau`, `Lo Man Kwong`)


class LatinNames:
    def __init__(self, surnames: dict[str, str], syllables: Collection[str],
                 context: dict[str, set[str]], regions: Collection[str],
                 given: Collection[str] = (), romanised: Collection[str] = (),
                 family: Collection[str] = (), company_tails: Collection[str] = (),
                 places: Collection[str] = (), given_ja: Collection[str] = (),
                 surnames_ja: Collection[str] = (), common: Collection[str] = ()) -> None:
        self.surnames = surnames  # lowercase romanised form -> pinyin surname
        self.pinyin = set(syllables)
        # pinyin plus Cantonese / Wade-Giles syllable shapes (`Man Kwong`, `Ing-wen`): these
        # are whole words or marked parts, never read into an unmarked word (`Tower`)
        self.syllables = self.pinyin | set(romanised)
        self.context = context
        self.stop = context.get("stopword", set())
        self.word_surnames = context.get("word_surname", set()) & self.stop
        self.postnominals = context.get("postnominal", set())
        self.designators = context.get("designator", set())
        self.titles = {w.lower() for w in context.get("title", ())}
        self.given_titles = frozenset(context.get("given_title", ()))  # `Dean`, `Major`
        # stop words that are also given names (`Per`): they open a name only before another
        # given name (`Per Christian Holm`), as the first of a double given name
        self.given_stops = tuple(w + " " for w in context.get("given_stopword", ()))
        self.honorifics = {w.rstrip(".").lower() for w in context.get("honorific", ())
                           if " " not in w}
        # two-word honorifics (`Tan Sri`, `Datuk Seri`): their second word alone is part of
        # names (`Sri Mulyani`), so it is cut only after the first
        # (keyed without apostrophes: `Dato' Sri` is the token `Dato` and `Sri`)
        self.honorific_pairs = {unquote(w.lower()) for w in context.get("honorific", ()) if " " in w}
        # the second word of a pair by the first words it follows (`Dato' Sri`: the apostrophe
        # ends a run, which then opens on `Sri`)
        self.pair_rest: dict[str, set[str]] = {}
        for pair in self.honorific_pairs:
            first, _, second = pair.partition(" ")
            self.pair_rest.setdefault(second, set()).add(first)
        self.caps_honorifics = context.get("honorific_caps", set())  # `HE` but not `He`
        self.regions = set(regions)
        never = self.stop | self.designators | context.get("surname_stop", set())
        self.given = {g for g in given if g not in never and g.lower() not in self.titles
                      and g.lower() not in self.honorifics}
        self.family = set(family) - never  # census surnames (`Henderson`), not `Park`, `Hall`
        # words that close a company's name (`Sage Communications`, `Acme Capital`), unless a
        # census surname (`Steel`): a run ending in one names no person
        self.company_tails = frozenset(company_tails) - self.family
        self.places = frozenset(places)  # towns named by two words or more (`Ann Arbor`)
        # Japanese given names: many Japanese family names are also towns (`Nagano`, `Sakai`)
        self.given_ja = frozenset(g for g in given_ja if g not in never
                                  and g.lower() not in self.titles and g.lower() not in self.honorifics)
        self.surnames_ja = frozenset(surnames_ja) - never
        # frequent lowercase dictionary words that no name list holds (common_words.tsv): one
        # alone after a post is a Title Case word of a phrase (`Director Container & Breakbulk`,
        # `Deputy Chief Counsel`), not its holder's surname
        self.common = frozenset(common)
        self._given = Memo(memo.WORDS)  # word -> a pinyin given name
        self._shapes = Memo(memo.RUNS)  # capitalised run -> its RunShape
        words: dict[str, set[str]] = {}
        for t in ("title", "honorific", "verb_after", "verb_before"):
            for w in context.get(t, ()):
                words.setdefault(w.lower(), set()).add(t)
        self.automaton = Occurrences((w, frozenset(types)) for w, types in words.items())
        self.context_words = list(words)  # the automaton's words, in its order (candidates.WordScan)

    # -- context ------------------------------------------------------------------------
    def scan(self, text: str, others: list[Candidate], lowered: str | None = None,
             shared: tuple[list[tuple[int, int, int]], list[int]] | None = None) -> LatinContext:
        """Context words standing as whole words (a word-final `.` needs no boundary).
        `lowered`: text.lower(), if taken already; `shared`: the document's occurrences of the
        pipeline's words in it and this rule's table of them (candidates.WordScan), read in
        place of a pass of this automaton."""
        low = text.lower() if lowered is None else lowered
        if len(low) != len(text):
            low = text
        starts: dict[int, frozenset[str]] = {}
        ends: dict[int, frozenset[str]] = {}
        n = len(low)
        if shared is not None:
            hits, table = shared
            payloads = self.automaton.payloads
            found = [(s, e, payloads[j]) for i, s, e in hits if (j := table[i]) >= 0]
        else:
            found = self.automaton.find(low)
        for s, e, types in found:
            if s > 0:
                ch = low[s - 1]
                if ch.isalnum() or ch == "_":
                    continue
            if e < n:
                ch = low[e]
                if ch.isalnum() or ch == "_":
                    ch = low[e - 1]
                    if ch.isalnum() or ch == "_":
                        continue
            # the word's own frozenset, shared; a new one only where two words meet:
            # a set per occurrence was most of what a megabyte of text allocated here
            got = starts.get(s)
            starts[s] = types if got is None else got | types
            got = ends.get(e)
            ends[e] = types if got is None else got | types
        title_ends = set()
        for c in others:
            if c.label == "TITLE":
                starts[c.start] = starts.get(c.start, NO_TYPES) | TITLE_TYPE
                ends[c.end] = ends.get(c.end, NO_TYPES) | TITLE_TYPE
                title_ends.add(c.end)
        linked = sorted((c for c in others if c.label in ("REGION", "ORG")), key=lambda c: c.start) \
            if title_ends else ()
        place_ends = set()
        for c in linked:  # `the Foreign Minister of Indonesia, Retno Marsudi`: the post's
            if text[c.start - 1:c.start] != " ":
                continue  # (both links below end in a space right before the place or body)
            # place or body ends the title phrase (with no title, none); a second one linked
            # to the first goes on with it (`Ambassador of Japan to Kenya Taro Sato`), and a
            # place joined to a linked one (`Consul General of X in Chengdu and Chongqing, A B`)
            lo = max(0, c.start - 9)
            m = TITLE_LINK.search(text, lo, c.start) if text.endswith(TITLE_LINK_ENDS, lo, c.start) else None
            if m is None or m.end() != c.start or m.start() not in title_ends:
                m = PLACE_AND.search(text, lo, c.start) if text.endswith(PLACE_AND_ENDS, lo, c.start) else None
                if m is None or m.end() != c.start or m.start() not in place_ends:
                    continue
            ends[c.end] = ends.get(c.end, NO_TYPES) | TITLE_TYPE
            title_ends.add(c.end)
            if c.label == "REGION":
                place_ends.add(c.end)
        return LatinContext(starts, ends)

    def left_context(self, text: str, start: int, ctx: LatinContext) -> set[str]:
        out = set(ctx.ends.get(start, ()))
        if start > 0 and text[start - 1] == " ":
            out |= ctx.ends.get(start - 1, set())
            if text[start - 2:start - 1] == ",":  # `The CEO, Hiroshi Tanaka, said`
                out |= ctx.ends.get(start - 2, set()) & {"title"}
        return out

    def right_context(self, text: str, end: int, ctx: LatinContext) -> set[str]:
        m = APPOSITION.match(text, end)
        pos = m.end() if m else -1
        for _ in range(3 if m else 0):
            if "title" in ctx.starts.get(pos, ()):
                return {"apposition"}
            word = CAP_WORD.match(text, pos)
            if not word:
                break
            pos = word.end()
        if text[end:end + 1] == " ":
            return {t for t in ctx.starts.get(end + 1, ()) if t == "verb_after"}
        # in Chinese text the word after a name is glued to it (`Susan Park女士表示`): the
        # Chinese recogniser's honorific there (`LatinContext.glued`)
        return HONORIFIC_AFTER if ctx.glued and ctx.glued.get(end, 0) & ctx.glued_bit else set()

    # -- tokens -------------------------------------------------------------------------
    def surname_of(self, token: str) -> str | None:
        return self.surnames.get(token.replace("’", "'").lower())

    def pinyin_pair(self, a: str, b: str) -> tuple[str, str] | None:
        """(surname, given) when the two tokens read as a romanised Chinese name."""
        if b.isupper() and len(b) > 1 and not a.isupper() and self.surname_of(b) \
                and a not in self.stop and a.lower() not in self.titles and not a.endswith("."):
            return (b, a)  # Lin ZHAO, Michelle ZHANG
        if a.count("-") == 1 and not a.isupper() and not b.endswith(".") \
                and self.surname_of(b) and self.pinyin_given(a):
            return (b, a)  # Ji-hoon Park, Ka-chiu Lee: a hyphenated given name put first
        if b in self.stop or a.endswith(".") or b.endswith("."):
            return None
        if self.surname_of(a) and self.pinyin_given(b):
            if a in self.stop and not explicit_split(b) and len(  # `You Mean` is no name,
                    split_syllables(b, self.pinyin) or ()) < 2:  # `She Zhongmin` is
                return None
            return (a, b)
        return None

    def third_syllable(self, pair: tuple[str, str], toks: list[tuple[int, int, str]],
                       i: int) -> bool:
        """A given name written as two one-syllable words, and nothing capitalised after."""
        if i + 2 >= len(toks) or i + 3 < len(toks) or pair[1] != toks[i + 1][2]:
            return False
        word = toks[i + 2][2]  # `On` in `Lei Sai On` is a syllable, not a stopword
        return word.istitle() and word.lower() in self.syllables \
            and pair[1].lower() in self.syllables and word not in self.designators

    def pinyin_given(self, word: str) -> bool:
        ok = self._given.get(word)
        if ok is None:
            ok = self._given.put(word, word.lower() in self.syllables or (
                is_pinyin_given(word, self.syllables, 3) if explicit_split(word)
                else is_pinyin_given(word, self.pinyin, 3)))
        return ok

    def named_otherwise(self, name: str) -> bool:
        """A run with a person's shape that names a firm (`Sage Communications`: a company
        tail closes it) or a town (`Ann Arbor`, `Des Moines`: place_names.tsv)."""
        return name in self.places or name.rsplit(None, 1)[-1] in self.company_tails

    def is_place(self, text: str) -> bool:
        return text in self.regions or text.isupper() and text.title() in self.regions

    def not_name(self, word: str, place: bool = True) -> bool:
        acronym = word.isupper() and len(word) > 1 and word[-1] != "." and not self.surname_of(word)
        return acronym or word in self.stop or place and self.is_place(word)

    # -- runs ---------------------------------------------------------------------------
    def find(self, text: str, others: list[Candidate], lowered: str | None = None,
             shared: tuple[list[tuple[int, int, int]], list[int]] | None = None,
             glued: tuple[dict[int, int], int] | None = None) -> tuple[list[Latin], LatinContext]:
        """The names in `text`; `lowered` and `shared` as `scan` reads them. `glued`: in Chinese
        text, the Chinese recogniser's context types by start offset and the bit of its honorifics
        (先生, 女士), read where a Latin run ends."""
        if not CAPITAL.search(text):
            return [], LatinContext()
        ctx = self.scan(text, others, lowered, shared)
        if glued is not None:
            ctx.glued, ctx.glued_bit = glued
        blocked = self.blocked(others)
        out: list[Latin] = []
        starts: list[int] = []
        ends: list[int] = []
        shapes = self._shapes
        runs: list[tuple[int, RunShape]] = []
        titled = [(c.start, c.end) for c in others if c.label == "TITLE"] if self.given_titles else ()
        ends_at = ctx.ends.get
        for m in MULTI.finditer(text):
            run, o = m.group(), m.start()
            verb = HEADLINE_APPOINTS.search(run) if "s " in run else None
            # (the common run, with no verb of appointing before or in it, as it is: no call)
            items = self.pieces(text, o, run, ctx, verb) if verb is not None or o and (
                ends_at(o - 1, NO_TYPES) & APPOINTED_LEFT or text.startswith(" and ", o - 5)) else ((o, run),)
            for o, run in items:
                cut = self.honorific_rest(text, o, run)
                starts.append(o)  # (the honorific's word too: no single name of its own)
                if cut:
                    o, run = o + cut, run[cut:]
                shape = shapes.get(run) or self.shape(run)
                ends.append(o + len(run))
                runs.append((o, shape))
                opened = self.given_title_name(text, o, shape, titled, blocked) if shape.given_opens else None
                if opened is not None:
                    out.append(opened)
                elif not shape.mute:
                    out += self.in_run(text, o, shape, ctx, blocked)
        if out:
            out += self.listed(text, runs, out, blocked)
            out.sort(key=lambda n: n.start)
            if self.given_stops:
                self.open_given_stops(text, out)
        if self.company_tails or self.places:
            out = [n for n in out if not self.named_otherwise(text[n.start:n.end])]
        if len(out) > 1 and "\n" in text:
            out = closing_bodies(text, out)
        singles = self.singles(text, ctx, starts, ends, blocked)
        if singles:
            out += singles
            out.sort(key=lambda n: n.start)
        if '"' in text or "“" in text:
            out = self.nicknamed(text, out, blocked)
        if "/" in text:
            for n in out:  # `Raj Kumar s/o Ramasamy`: the father's name is in the name
                m = CHILD_OF.match(text, n.end)
                if m is not None and not any(n.end <= b < m.end() for b in blocked):
                    n.end = m.end()
        ctx.runs, ctx.blocked = runs, blocked
        return out, ctx

    def nicknamed(self, text: str, out: list[Latin], blocked: dict[int, int]) -> list[Latin]:
        """`Rafael "Rafa" Domínguez-Ochoa`, `Jose Miguel “Migs” Araneta`: a quoted nickname
        between a listed given name and a surname is part of the name (one span, as the
        public Re-DocRED set annotates `Eduardo " Lalo " Palacios`); it replaces the shorter
        readings the runs made of its parts (a quote ends a run), and the nickname is no place
        (`Rafa`, Rafah) there."""
        found = []
        for q in quote_starts(text):  # (a match at each quote, not a scan of the whole text)
            one = text.rfind(" ", 0, q - 1) + 1  # the given name's start, or of two given names
            two = text.rfind(" ", 0, one - 1) + 1 if one > 1 else one
            m = next((m for at in (two, one) if (m := NICKNAMED.match(text, at)) is not None
                      and m.start(2) == q + 1), None)
            if m is None:
                continue
            s, e = m.start(), m.end()
            if m.group(1).split()[0] not in self.given \
                    or any(s <= b < m.start(2) - 1 or m.start(3) <= b < e for b in blocked) \
                    or self.not_name(m.group(3)) or m.group(3) in self.given:
                continue
            found.append(Latin(s, e, m.group(3), {}, "en.person.nickname"))
        if not found:
            return out
        kept = [n for n in out if not any(n.start < f.end and f.start < n.end for f in found)]
        return sorted(kept + found, key=lambda n: n.start)

    def open_given_stops(self, text: str, names: list[Latin]) -> None:
        """`Per Christian Holm`: a name that opens on a given name right after a stop word that
        is also a given name (person_context.tsv `given_stopword`) starts at that word, the
        first of a double given name; the run finder skipped it as a stop word (`per annum`)."""
        for n in names:
            for w in self.given_stops:
                a = n.start - len(w)
                if a >= 0 and text.startswith(w, a) and (a == 0 or not text[a - 1].isalnum()) \
                        and text[n.start:n.end].split(" ", 1)[0] in self.given:
                    n.start = a
                    break

    def pieces(self, text: str, o: int, run: str, ctx: LatinContext,
               verb: re.Match[str] | None) -> list[tuple[int, str]]:
        """The run at o, as the name recogniser reads it: after a verb of appointing, its object
        without the post written after it (`elected A Chair and B Treasurer`, object_complement);
        a title-case headline's verb inside the run (`Acme Names Jane Roe President`) splits it, the
        words before the verb one run (two words at least), its object another."""
        if verb is not None:
            before, at = run[:verb.start()].rstrip(), o + verb.end()
            after = self.object_complement(at, run[verb.end():], ctx)
            return [(p, r) for p, r in ((o, before), (at, after)) if " " in r]
        if o and (ctx.ends.get(o - 1, NO_TYPES) & APPOINTED_LEFT and APPOINTING.search(text, max(0, o - 22), o)
                  or text.startswith(" and ", o - 5) and TITLE_TYPE <= ctx.ends.get(o - 5, NO_TYPES)
                  and APPOINTED_BEFORE.search(text, max(0, o - 120), o - 5)):
            run = self.object_complement(o, run, ctx)  # (`elected A Chair and B Treasurer`: B too)
        return [(o, run)]

    @staticmethod
    def object_complement(o: int, run: str, ctx: LatinContext) -> str:
        """`the board elected Jane Roe Chair`, `Acme Appoints Jane Roe Chief Executive Officer`:
        after a verb of appointing, the post given stands right after its object, one
        capitalised run with it; the run is cut where a title starts, two words on at least
        (the title recogniser's candidates mark the starts)."""
        first = run.find(" ")
        if first < 0 or TITLE_TYPE <= ctx.starts.get(o, NO_TYPES):
            return run  # (`named Chief Executive Officer Jane Roe`: the title opens the run)
        i = run.find(" ", first + 1)
        while i > 0:
            if TITLE_TYPE <= ctx.starts.get(o + i + 1, NO_TYPES):
                return run[:i]
            i = run.find(" ", i + 1)
        return run

    def given_title_name(self, text: str, o: int, shape: RunShape,
                         titled: Collection[tuple[int, int]], blocked: dict[int, int]) -> Latin | None:
        """`Dean Gallagher` closing its run (after a title too: `Consul General Dean Hartmann`):
        a title word that is also a given name opens the name where `given_name_at` says so
        and the title recogniser proposed no TITLE over it (`Associate Dean Smith`)."""
        if not shape.given_opens:  # (the run's words alone rule it out: `RunShape.given_opens`)
            return None
        (s, e, _), (_, last_e, last) = shape.toks[-2], shape.toks[-1]
        if not given_name_at(text, o + s, o + e, self.given_titles) \
                or any(a < o + e and o + s < b for a, b in titled) or blocked.get(o + s, 0) >= o + last_e:
            return None
        return Latin(o + s, o + last_e, last, {}, "en.person.given_title")

    def echo_shape(self, shape: RunShape) -> bool:
        """Two or three plain name-like words with no title, pinyin pair or place in them:
        a name if its last word recurs alone (see person_mentions.latin_echoes)."""
        toks = shape.toks
        if not 1 < len(toks) <= MAX_FORM or shape.title_cut or any(p and p[0] for p in shape.pairs):
            return False
        if toks[-1][2].lower() in PARTICLES:  # `Abd El`
            return False
        for _, _, w in toks:
            if len(w) < 2 or not w[0].isupper() or w.isupper() or w.endswith(".") \
                    or self.not_name(w) or w in self.designators or w.lower() in self.titles:
                return False
        return True

    def listed(self, text: str, runs: list[tuple[int, RunShape]], found: list[Latin],
               blocked: dict[int, int]) -> list[Latin]:
        """Items of a list that holds a name found on other evidence (`Bettina Weber, Klaus
        Zenkel and Massimo Rossi`, bullet lists): a run that could be a name and is
        separated from a name only by a comma, `and` or a bullet is one too."""
        items: list[tuple[int, int] | None] = []
        for o, shape in runs:
            if shape.list_first < 0:
                items.append(None)
                continue
            toks = shape.toks
            s, e = o + toks[shape.list_first][0], o + toks[-1][1]
            items.append((s, e) if blocked.get(s, 0) < e else None)
        # the neighbours j of each item k near enough for a list separator (under 12
        # characters, `adjacent`) between k and j's run: most runs have none
        near: list[tuple[int, tuple[int, ...]]] = []
        for k, span in enumerate(items):
            if span is not None:
                js = tuple(j for j in (k - 1, k + 1) if 0 <= j < len(runs) and (
                    span[0] - runs[j][0] - runs[j][1].toks[-1][1] if j < k
                    else runs[j][0] + runs[j][1].toks[0][0] - span[1]) < 12)
                if js:
                    near.append((k, js))
        if not near:
            return []
        names = NameIndex((n.start, n.end) for n in found)
        out: list[Latin] = []
        changed = True
        while changed:
            changed = False
            for k, js in near:
                span = items[k]
                if span in names:
                    continue
                for j in js:
                    if j < k and CONTACT_AFTER.match(text, span[1]):
                        continue  # (the body a contact answers for, before its phone or e-mail)
                    if self.adjacent(text, runs, items, names, j, k):
                        names.add(span)
                        out.append(Latin(span[0], span[1], text[span[0]:span[1]].split()[-1],
                                         {}, "en.person.list"))
                        changed = True
                        break
        return out

    @staticmethod
    def adjacent(text: str, runs: list[tuple[int, RunShape]], items: list, names: "NameIndex",
                 j: int, k: int) -> bool:
        """Run j is a found name and only a list separator stands between runs j and k."""
        other = items[j]
        if other is None or other not in names:
            o = runs[j][0]
            toks = runs[j][1].toks
            other = (o + toks[0][0], o + toks[-1][1])
            if other not in names:
                # the name closes (or opens) its run: a title before it (`Deputy Chief
                # Executive Officers Lee Chong Wai and X`) is no part of the list
                if not (names.closes(*other) if j < k else names.opens(*other)):
                    return False
        a, b = (other[1], items[k][0]) if j < k else (items[k][1], other[0])
        return b - a < 12 and LIST_GAP.fullmatch(text, a, b) is not None

    def honorific_rest(self, text: str, o: int, run: str) -> int:
        """How much of the run's start is the rest of a two-word honorific whose first word,
        with its apostrophe, stands before the run (`Dato' Sri Jane Roe`): 0 if none."""
        if o < 2 or text[o - 2] not in "'’" or text[o - 1] != " ":
            return 0  # (most runs: no apostrophe right before them)
        first, sep, rest = run.partition(" ")
        firsts = self.pair_rest.get(first.lower()) if sep and rest[:1].isupper() else None
        if not firsts:
            return 0
        before = text[max(0, o - 12):o].lower().rstrip(" ")
        word = before.rstrip("'’")
        if word == before or not any(word.endswith(f) and not word[:-len(f)][-1:].isalpha()
                                     for f in firsts):
            return 0
        return len(first) + 1

    @staticmethod
    def blocked(others: list[Candidate]) -> dict[int, int]:
        """Starts of REGION/ORG candidates and where they end."""
        out: dict[int, int] = {}
        for c in others:
            if c.label in ("REGION", "ORG"):
                out[c.start] = max(out.get(c.start, 0), c.end)
        return out

    def shape(self, run: str) -> RunShape:
        toks = [(t.start(), t.end(), t.group()) for t in TOKEN_RE.finditer(run)]
        while len(toks) > 2 and toks[-1][2] in self.postnominals:
            toks.pop()  # `Dara Calleary TD`, `Chan Siu-ming JP`: letters after a name are no part of it
        pairs: list[tuple | None] = [None] * len(toks)
        for i in range(len(toks) - 1):
            pair = self.pinyin_pair(toks[i][2], toks[i + 1][2])
            if not pair:
                continue
            s, e, j = toks[i][0], toks[i + 1][1], i
            if self.third_syllable(pair, toks, i):  # Wang Xiao Ming
                e, pair, j = toks[i + 2][1], (pair[0], f"{pair[1]}{toks[i + 2][2].lower()}"), i + 1
            # the given name on; after a given name put first, the words after the surname
            # (`Ji-hoon Park`: the surname Park is also a park's designator)
            first = 2 if pair[0] == toks[i + 1][2] and "-" in pair[1] else 1
            after = {w for _, _, w in toks[j + first:j + 4]}
            ok = not self.is_place(run[s:e]) and not after & self.designators
            attrs = (romanised_parts(*pair) if self.pinyin_given(pair[1])
                     else {"surname": pair[0], "given": pair[1]}) if ok else {}
            pairs[i] = (ok, s, e, pair[0], attrs, j)
        for k in range(len(toks) - 2):  # `HE Wang Hai`, `Hon Wong Kam-fai`: an honorific,
            w = toks[k][2]              # not the surname He or Hon, where a name follows;
            # so too before a listed given name and census surname (`the Hon Kate Whitford`,
            # not the pair Hon Ka-te)
            if (w in self.caps_honorifics or w.lower() in self.honorifics) \
                    and (pairs[k + 1] and pairs[k + 1][0] or self.is_given(toks[k + 1][2])
                         and toks[k + 2][2] in self.family):
                pairs[k] = None
        title_cut, honorific = 0, False
        for k, (_s, _e, w) in enumerate(toks):  # `H.E.` is one token with its last dot
            if w.lower() in self.titles and not PATRONYMIC.search(run, 0, _s):
                # (`Hamdan bin Sultan Al Ketbi`: after bin/ibn a father's name, no title)
                title_cut, honorific = k + 1, False
            elif k + 1 < len(toks) and (w.lower().rstrip(".") in self.honorifics or (
                    w in self.caps_honorifics and not pairs[k])):
                title_cut, honorific = k + 1, True
            if k + 2 < len(toks) and unquote(f"{w} {toks[k + 1][2]}".lower()) in self.honorific_pairs:
                title_cut, honorific = k + 2, True
        shape = RunShape(toks, pairs, title_cut, honorific)
        shape.paired = any(p is not None for p in pairs)
        shape.list_first = self.list_first(shape)
        shape.given_opens = self.given_opens(toks)
        shape.echo = self.echo_shape(shape)
        shape.inner_title = any(w.lower() in self.titles for _, _, w in toks[:-1])
        shape.mute = self.mute(shape)
        return self._shapes.put(run, shape)

    def mute(self, shape: RunShape) -> bool:
        """Whether `in_run` finds nothing in the run wherever it stands: no romanised pair, and
        at every cut `western` can make (the run's title cut or a title's end after it) the words
        left are no name part, not even a loose one (so no context is asked for), and no name by
        its form closes them (`tail`'s tests of the words). Read by the words alone, once per run."""
        if shape.paired:
            return False
        toks = shape.toks
        for cut in range(shape.title_cut, len(toks)):
            part = self.name_part(shape, cut)
            if part.first >= len(toks):
                continue
            if part.ok or part.loose or self.surname_word_end(toks[part.first:]):
                return False  # (`western` takes the last where context vouches for it)
            for i in range(max(cut, 1), len(toks) - 1):
                words = [w for _, _, w in toks[i:]]
                if self.is_given(words[0]) and not self.is_given(toks[i - 1][2]) \
                        and self.by_form(words) and not any(self.not_name(w) for w in words):
                    return False
        return True

    def list_first(self, shape: RunShape) -> int:
        """The first word of the name a run can be as an item of a list of names (`listed`),
        by its words alone: no title, romanised pair or designator in it, two words or more
        and no leading stopword; -1 where it can be none."""
        part = self.name_part(shape, 0)
        toks = shape.toks
        if part.first >= len(toks) or not part.ok or part.lead or len(toks) < 2 or shape.title_cut \
                or any(p and p[0] for p in shape.pairs) or any(w in self.designators for _, _, w in toks):
            return -1
        return part.first

    def given_opens(self, toks: list[tuple[int, int, str]]) -> bool:
        """The tests of `given_title_name` that read the run's words alone."""
        if len(toks) < 2:
            return False
        w, last = toks[-2][2], toks[-1][2]
        if len(toks) > 2 and (word := toks[-3][2].lower().rstrip(".")) not in self.titles \
                and word not in self.honorifics:
            return False  # (`Jane Dean Smith`: a middle name)
        return w.lower() in self.given_titles and not (
            self.not_name(last) or last in self.designators or last.lower() in self.titles)

    def in_run(self, text: str, o: int, shape: RunShape, ctx: LatinContext,
               blocked: dict[int, int]) -> list[Latin]:
        if not shape.paired:
            return self.western(text, o, shape, ctx, blocked)
        out: list[Latin] = []
        pairs = shape.pairs
        i = 0
        while i + 1 < len(pairs):
            p = pairs[i]
            if p is None:
                i += 1
                continue
            ok, s, e, surname, attrs, j = p
            if ok:
                s, e, j = self.hong_kong_form(shape, i, s, e, j)
                longer = self.khmer_end(shape, e)
                if longer != e and not headline(text, o + e, ctx.lines) \
                        and not ARTICLE_NEXT.match(text, o + longer):
                    e = longer
            i = j
            if ok and blocked.get(o + s, 0) < o + e:
                out.append(Latin(o + s, o + e, surname, dict(attrs), "en.person.pinyin"))
                i += 2
                continue
            i += 1
        if out:
            return out
        return self.western(text, o, shape, ctx, blocked)

    def hong_kong_form(self, shape: RunShape, i: int, s: int, e: int, j: int
                       ) -> tuple[int, int, int]:
        """The Hong Kong order of names around a romanised pair starting at token i (its
        last token j + 1): an English given name before it (`Paul Lam Ting-kwok`) and a
        married woman's own surname between her husband's and her hyphenated given name
        (`Carrie Lam Cheng Yuet-ngor`), both only with a hyphenated or three-syllable
        Chinese given name. Returns the whole name's start, end and j."""
        toks = shape.toks
        last = j + 1
        if last + 1 < len(toks) and "-" not in toks[last][2] and self.surname_of(toks[last][2]) \
                and HYPHENATED_GIVEN.fullmatch(toks[last + 1][2]) \
                and toks[last + 1][0] == toks[last][1] + 1:
            last += 1  # Lam | Cheng Yuet-ngor
            e = toks[last][1]
        if i > 0 and ("-" in toks[last][2] or last == i + 2) and (
                self.is_given(toks[i - 1][2]) or self.chosen_name(shape, i - 1, toks[last][2])) \
                and toks[i - 1][2].lower() not in self.titles and toks[i][0] == toks[i - 1][1] + 1:
            s = toks[i - 1][0]
        elif i > 0 and self.family_first(toks[i - 1][2]) and toks[i][0] == toks[i - 1][1] + 1:
            s = toks[i - 1][0]  # `Nguyen Hong Dien`: a family name before a middle and given name
        return s, e, last - 1

    def chosen_name(self, shape: RunShape, k: int, given: str) -> bool:
        """`Ms Alpha Lau Hoi-yan`: an English name Hong Kong people choose for themselves is
        often no listed given name (`Alpha`, `Ronick`); right after the title or honorific
        that opens the run and before a hyphenated Chinese given name, a name-cased word that
        is no stopword or place is that name."""
        w = shape.toks[k][2]
        return "-" in given and k == shape.title_cut and k > 0 and name_cased(w) \
            and not self.not_name(w)

    def khmer_end(self, shape: RunShape, e: int) -> int:
        """`Kao Kim Hourn`, `Chea Vanna Sokha`: a Khmer name is a family name, then a given
        name of one or two words, and romanises them with no pinyin: the pair read as a
        romanised name is the whole name only with the one name-like word that closes the
        run after it (no place, title, designator, listed given name or surname), and not in
        a Title Case headline nor before an article, where that word is a verb with its
        object (`Zhou Bin Gives a Dinner`)."""
        toks = shape.toks
        last = toks[-1]
        if last[0] != e + 1 or len(toks) < 3 or toks[-2][1] != e:
            return e
        w = last[2]
        if not name_cased(w) or "-" in w or self.not_name(w) or w in self.designators \
                or w.lower() in self.titles or w in self.company_tails or self.is_given(w) \
                or self.surname_of(w) or self.pinyin_given(w):
            return e
        return last[1]

    def family_first(self, word: str) -> bool:
        """A census family name that is no romanised Chinese surname or title (`Nguyen`,
        `Tran`): before a pair of syllables it opens a name written family name first, as
        Vietnamese names are (`Nguyen Hong Dien`, `Tran Luu Quang`)."""
        return word in self.family and word.lower() not in self.surnames \
            and word.lower() not in self.titles

    def name_part(self, shape: RunShape, cut: int) -> NamePart:
        got = shape.cuts.get(cut)
        if got is None:
            key, toks, lead = cut, shape.toks, False
            while cut < len(toks) and toks[cut][2] in self.stop:
                cut += 1
                lead = True
            words = [w for _, _, w in toks[cut:]]
            while len(words) > 2 and words[-1] in SUFFIXES:
                words.pop()
            regnal = len(words) == 2 and self.is_given(words[0]) and bool(ROMAN.fullmatch(
                words[1]))  # `Benedict XVI`: the numeral is no acronym
            if regnal:
                words.pop()
            # `Catherine West`: a stopword that is also a surname closes a given name; so does
            # one that is also a designator (`Grace Park`), where context vouches for a person
            tail = len(words) == 2 and words[1] in self.word_surnames and self.is_given(words[0])
            shaped = 0 < len(words) <= 4 and not (words[-1].endswith(".") and len(words[-1]) == 2) \
                and (words[-1] not in self.designators or tail)
            checked = words[:-1] if tail else words
            loose = shaped and not any(self.not_name(w, False) for w in checked)
            ok = loose and (not any(self.is_place(w) for w in words[1:])
                            or self.place_surname(words)) and (
                not self.is_place(words[0]) or self.given_place(words))
            form = ok and (self.by_form(words) or regnal) or shaped and (
                self.cantonese(words) or self.initials(words))
            got = shape.cuts[key] = NamePart(cut, lead, ok or form, loose, form)
        return got

    def surname_word_end(self, toks: list[tuple[int, int, str]]) -> bool:
        """`Grace Park女士`, `Ms Susan Park`: two words ending in a surname that is also a
        designator or stop word (word_surname): a person where an honorific vouches for it,
        though `Park` alone closes a place's name."""
        return len(toks) == 2 and toks[1][2] in self.word_surnames and name_cased(toks[0][2]) \
            and toks[0][2] not in self.stop and toks[0][2] not in self.designators \
            and not self.is_place(toks[0][2])

    def by_form(self, words: list[str]) -> bool:
        """A given name from the public list, then one or two more words (`Diana Moreau`,
        `Mark Yunfeng Wang`). Given names that are also English words are not in the
        list (models/scripts/build_given_names.py), nor places, titles or stopwords."""
        return 1 < len(words) <= MAX_FORM and (self.is_given(words[0]) or self.japanese(words)) \
            and name_cased(words[-1]) and not any(w in self.designators for w in words)

    def japanese(self, words: list[str]) -> bool:
        """`Daisuke Fukushima`, `Ryo Kaneda`: a Japanese given name, then a Japanese family
        name, both from the public lists (build_given_names_ja.py), is a person whatever
        else the words are: many family names are towns too (`Fukushima`, `Sakai`). Only the
        pair: a given name alone may open a firm's name (`Asahi Kasei`, `Seiko Epson`)."""
        return len(words) == 2 and words[0] in self.given_ja and words[1] in self.surnames_ja

    def given_place(self, words: list[str]) -> bool:
        """`Florence Hui`, `Jordan Henderson`, `Victoria Beckham`: an English given name that
        is also a place, then a romanised Chinese surname (the usual form of Hong Kong, Macao,
        Singapore and Taiwan names) or a common census surname, is a person. `Victoria
        Harbour`, `Paris Agreement` or `Georgia Tech` are not: designators and stopwords are
        no surnames here, whatever the census says."""
        return len(words) == 2 and self.is_given(words[0]) and (
            self.surname_of(words[1]) is not None or words[1] in self.family) \
            and words[1] not in self.designators and words[1] not in self.stop \
            and not self.is_place(words[1])

    def given_place_vouched(self, words: list[str], text: str, end: int, ctx: LatinContext
                           ) -> bool:
        """`Florence Okoro-Bassey, Head of ...`, `Victoria Mensah, Director General of ...`:
        a listed given name that is also a place, then a surname no list holds (double-barrelled,
        West African, Arabic), is a person where a title stands in apposition after it or a
        reporting verb follows (`Victoria Mensah said`); a place is not followed by another
        capitalised word and then a post or `said`."""
        return len(words) == 2 and self.is_given(words[0]) and self.is_place(words[0]) \
            and not self.is_place(words[1]) and words[1] not in self.designators \
            and words[1] not in self.stop and name_cased(words[1].split("-")[0]) \
            and bool(self.right_context(text, end, ctx) & {"apposition", "verb_after"})

    def place_surname(self, words: list[str]) -> bool:
        """`Leslie Berlin`, `Ashley Jordan`, `Jack London`: a listed given name that is no
        place, then a place that is also a common census surname, is a person; a place after
        a place (`Sydney Melbourne`) is not. So is a Japanese given name before a Japanese
        family name that is also a town (`Emiko Nagano`, `Hiroshi Sakai`): family names and
        towns come from the same toponyms, and English writes the given name first."""
        return len(words) == 2 and not self.is_place(words[0]) and (
            self.is_given(words[0]) and words[1] in self.family or self.japanese(words))

    def initials(self, words: list[str]) -> bool:
        """Initials, then a surname: `D. L. Menard`, `J.R. Okafor` (two letters at least)."""
        *first, last = words
        letters = sum(len(w) // 2 for w in first)
        return bool(first) and letters >= 2 and all(INITIAL.fullmatch(w) and not self.is_place(w)
                                                    for w in first) \
            and name_cased(last) and not self.not_name(last) and last not in self.designators \
            and last.lower() not in self.titles

    def is_given(self, word: str) -> bool:
        """`José`, `María` and `Zoë` are in the list without their accents."""
        if word in self.given:
            return True
        if word.isascii():
            return False
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        return plain in self.given

    def cantonese(self, words: list[str]) -> bool:
        """Surname first, then a given name in syllables (`Lo Man Kwong`, `Lei Sai On`,
        `Chan Tai-man`): stopword-shaped syllables (`On`, `Man`) are fine here."""
        if len(words) == 2 and INITIALS.fullmatch(words[0]) and self.surname_of(words[1]):
            return True  # `K.K. Lee`, `TK Lau`
        if not 1 < len(words) <= MAX_FORM or not self.surname_of(words[0]):
            return False
        if any(not w.istitle() or self.is_place(w) or w in self.designators for w in words):
            return False
        return all(self.pinyin_given(w) for w in words[1:]) and (
            len(words) == 3 or "-" in words[1])

    def western(self, text: str, o: int, shape: RunShape, ctx: LatinContext,
                blocked: dict[int, int]) -> list[Latin]:
        toks = shape.toks
        cut = shape.title_cut  # everything up to the last title goes
        for k in range(len(toks) - 1, cut - 1, -1):
            if "title" in ctx.ends.get(o + toks[k][1], ()) \
                    and not PATRONYMIC.search(text, max(0, o + toks[k][0] - 6), o + toks[k][0]):
                cut = k + 1
                break
        part = self.name_part(shape, cut)
        first, lead_stripped = part.first, part.lead
        if first >= len(toks):
            return []
        s, e = o + toks[first][0], o + toks[-1][1]
        left = None  # the context before the name: read once (read below too), where needed here
        if cut == shape.title_cut and shape.honorific:
            honorific = not lead_stripped
        elif not cut:
            left = self.left_context(text, s, ctx)
            honorific = "honorific" in left and not lead_stripped
        else:
            honorific = False
        if not honorific and ctx.glued and ctx.glued.get(e, 0) & ctx.glued_bit:
            honorific = not lead_stripped  # `Anil Kumar Mehra先生`: the honorific after it
        if not part.ok and not (part.loose and (honorific or self.given_place_vouched(
                [w for _, _, w in toks[first:]], text, e, ctx))) \
                and not (self.surname_word_end(toks[first:])
                         and (honorific or cut or (left if left is not None
                                                   else self.left_context(text, s, ctx)) & STRONG)):
            return self.tail(o, shape, cut, blocked)
        if toks[-1][2] in ("Jr", "Sr") and text[e:e + 1] == ".":
            e += 1
        if blocked.get(s, 0) >= e:
            return []
        after = NEXT_WORD.match(text, e)
        if after and after.group(1) in self.designators:
            return []
        if left is None:
            left = self.left_context(text, s, ctx)
        if cut and not lead_stripped:
            left.add("title")
        if lead_stripped and LINKER.search(text, max(0, o - 4), o):
            left |= self.left_context(text, o - 3, ctx) & {"title"}
        if text[e:e + 1] == ")" and CREDIT.search(text, max(0, s - 30), s):
            left.add("honorific")  # photo credit: (Reuters/John Smith)
        if first == len(toks) - 1 and toks[-1][2].lower() in self.common:
            return []  # `Director Container & Breakbulk`: a phrase's word after a title (common_words.tsv)
        found = [Latin(s, e, toks[-1][2], {}, "en.person.context")]
        if first == len(toks) - 1 and headline(text, s, ctx.lines) \
                and not self.headline_name(text, s, e, toks[-1][2]):
            return []  # `Announces CFO Succession`: a headline's noun after a title
        if left & STRONG:
            return found
        if first == len(toks) - 1:  # one word needs a title or honorific
            return []
        if "verb_before" in left or self.right_context(text, e, ctx):
            return found
        if part.form:
            found[0].source = "en.person.form"
            return found
        return self.tail(o, shape, cut, blocked)

    def tail(self, o: int, shape: RunShape, cut: int, blocked: dict[int, int]) -> list[Latin]:
        """A name by its form closing a longer run (`... Transport and Housing Peter Lam`,
        a portfolio title the title lexicon does not know)."""
        toks = shape.toks
        for i in range(max(cut, 1), len(toks) - 1):
            words = [w for _, _, w in toks[i:]]
            if self.is_given(words[0]) and not self.is_given(toks[i - 1][2]) \
                    and self.by_form(words) and not any(self.not_name(w) for w in words):
                s, e = o + toks[i][0], o + toks[-1][1]
                if blocked.get(s, 0) < e:
                    return [Latin(s, e, words[-1], {}, "en.person.form")]
                break
        return []

    def singles(self, text: str, ctx: LatinContext, starts: list[int], ends: list[int],
                blocked: dict[int, int]) -> list[Latin]:
        """One-word runs right after a title or honorific, or in a photo credit."""
        at: set[int] = set()
        for e, types in ctx.ends.items():
            if "title" in types or "honorific" in types:
                at.add(e)
                if text[e:e + 1] == " ":
                    at.add(e + 1)
        if "/" in text:
            at.update(m.end() for m in SLASH.finditer(text))
        out = []
        k = -1  # the last run starting at or before s (both ascend: one walk, no search)
        for s in sorted(at):
            while k + 1 < len(starts) and starts[k + 1] <= s:
                k += 1
            if k >= 0 and s < ends[k]:
                continue  # inside a longer run
            m = SINGLE.match(text, s)
            if m is not None:
                name = self.single(text, s, m.end(), m.group(), ctx, blocked)
                if name is not None:
                    out.append(name)
        return out

    def single(self, text: str, s: int, e: int, word: str, ctx: LatinContext,
               blocked: dict[int, int]) -> Latin | None:
        if "title" in ctx.ends.get(e, ()) or word.lower() in self.titles or self.not_name(word) \
                or word.lower() in self.common:
            return None
        if blocked.get(s, 0) >= e or word.endswith(".") and len(word) == 2:
            return None
        after = NEXT_WORD.match(text, e)
        if after and after.group(1) in self.designators:
            return None
        if not self.left_context(text, s, ctx) & STRONG and not (
                text[e:e + 1] == ")" and CREDIT.search(text, max(0, s - 30), s)):
            return None
        if headline(text, s, ctx.lines) and not self.headline_name(text, s, e, word):
            return None
        return Latin(s, e, word, {}, "en.person.context")

    def headline_name(self, text: str, s: int, e: int, word: str) -> bool:
        """In a Title Case headline every word is capitalised, so a capital after a title says
        nothing (`Acme Announces CFO Succession`, `Board Chair Retirement`): one word there is a
        name only as a listed given name or census surname, or where the release writes it
        again outside its headline line (the person the headline names, named in the body)."""
        if self.is_given(word) or word in self.family or word in self.surnames_ja:
            return True
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", e)
        b = len(text) if b < 0 else b
        bounded = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
        return bounded.search(text, 0, a) is not None or bounded.search(text, b) is not None


def closing_bodies(text: str, names: list[Latin]) -> list[Latin]:
    """Drop the run that closes a listed line after a name and a post (`- Jane Roe, President,
    Acme Dairy Cooperative`): the line's last field is the body the post is held at, not a
    second person (session 17: a post's apposition reads a capitalised run after it as a name,
    and a body with no head word the recognisers know is such a run). Only where the line
    opens with a name found here, so `Contact: Acme Corp, Media Relations, Jane Roe` keeps hers."""
    keep = [names[0]]
    for prev, n in zip(names, names[1:]):
        line = text.rfind("\n", 0, n.start) + 1
        # (names in text order: the line's first name is the one before, near the line's start)
        if line <= prev.start < line + LISTED_OPEN_REACH and n.start - prev.end <= LISTED_POST_REACH \
                and LISTED_POST.fullmatch(text, prev.end, n.start):
            opened = LINE_OPENING.match(text, line, prev.start)
            if opened and opened.end() == prev.start and LINE_TAIL.match(text, n.end):
                continue
        keep.append(n)
    return keep
