"""Portfolios written after an English title: `Secretary for Home Affairs`, `Minister of
Finance`, `head of global banking and markets` (GUIDELINES, TITLE: one span, org null).

Two shapes, because they are told apart differently:

- capitalised (`Minister for Foreign Affairs Dr Vivian Lee`): the capitalised words run on
  into the holder's name, so the portfolio ends at its last portfolio noun (`Affairs`,
  `Security`, a field noun of title_modifiers.tsv), never at an unknown word; a word that
  names a body (`Department`, `Group`, `Ltd`) in the capitalised run means the phrase
  is an organisation's name;
- a region, after management heads (`Head of Asia Pacific`, `General Manager for North
  Asia`, `Director for Korea`): the post's remit, written as a place, is part of the post
  (one TITLE span, as samples annotate it), while a place after a place's post stays a
  REGION (`Chief Executive of Hong Kong`, `Special Representative for Syria`): which head
  classes take which kinds of place after which preposition is data (`area_class`);
- lowercase, after heads that take a field (`head of …`, `director of …`): an open run of
  lowercase content words, ended by a function word (spaCy's English stop words), a verb
  of reporting, punctuation or a capital (`head of flight test engineering of Airbus`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from .. import memo
from ..memo import Memo
from ..normalise.persons import is_pinyin_given

# (`R&D`, `M&A`: an ampersand between capitals is one word)
_CAP_WORD = re.compile(r"(?:[A-Z]&[A-Z]\b|[A-Z][\w'’\-]*|&|and|the)(?= |,|\.|;|:|\)|\Z|\n)")
_LOW_WORD = re.compile(r"[a-z][a-z\-]*(?![\w'’])")
_JOIN = ("and", "&", "the")  # `Financial Services and the Treasury`: never a portfolio's end
_LISTED = re.compile(r", (?=[A-Z])")  # `Economy, Trade and Industry`: a list of fields
# a series of fields: items of capitalised words (an acronym's plural too: `SMEs`), an item may
# open with `the` (`Climate Change, Energy, the Environment and Water`); the last item after
# `and`/`&` may open with `a` (`… and a Competitive Circular Economy`)
_SERIES_WORD = r"(?:[A-Z][\w'’\-]*|[A-Z]&[A-Z])"
_SERIES_ITEM = r"(?:the )?%s(?: %s){0,3}" % (_SERIES_WORD, _SERIES_WORD)
_SERIES = re.compile(r"(%s)((?:, %s)*),? (?:and|&) (?:the |a )?(%s(?: %s)*)"
                     % (_SERIES_ITEM, _SERIES_ITEM, _SERIES_WORD, _SERIES_WORD))
_SERIES_LAST = 4  # words of the last item where nothing else ends it
_NEXT_NAME_WORD = re.compile(r",? ([A-Z][\w.]*)")
FUNCTION_WORDS = frozenset(STOP_WORDS) - {"and"}
_DIVISION_CLOSE = re.compile(r",? (?:at|of|in) (?:the )?[A-Z]")  # the body a division belongs to
_SENTENCE_END = re.compile(r"\.(?:\s+[A-Z\"“]|[ \t]*\n|\s*\Z)")  # a full stop that ends a sentence
# `Vice President, Farming Operations since 2021`: the time the post was held closes the field
_SINCE = re.compile(r" (?:since|until|till|from|between|in) (?:(?:early|mid|late|[A-Z][a-z]+\.?) )?\d{4}\b")
_CLAUSE_GOES_ON = re.compile(r", (?!and\b|or\b)[a-z]+ ")  # `, becomes`, `, reporting to`: the sentence's clause resumes
# `Vice President, Clinical Operations on January 4`, `Managing Director, Credit Risk there`, `…, Europe
# and led`: a lowercase word right after the run resumes the clause as `, becomes` does (the words are
# data: title_context.tsv word_goes_on)
# `A, Vice President, Customer Success,`, `as Vice President, Customer Success.`: a post in apposition to its
# holder or given by `as` (not `its managing director, Jens Albrecht,`: a post followed by its holder)
# `where she was Vice President, Clinical Development`: a post that a copula gives its holder is
# read as `as` gives it (career clauses); the adverbs and copulas are data (title_context.tsv function_before)
_FUNCTION_MARKS = r"\w,|\bas"
NEVER = re.compile(r"(?!)")


def word_alternation(words: Collection[str]) -> str:
    """`(?:w1|w2|...)` of the words as written, for a regex that asks whether one of them stands there."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


_POSSESSIVE = re.compile(r"(?:its|their|our) (?=[a-z])")
# `Vice President of Advanced Packaging at Acme`: the body the post is held at, right after
# the capitalised run (`at Acme`, `at the University of ...`)
# (`at its Singapore office`, `at the company's Lyon site`: the body named before)
HELD_AT = re.compile(r" at (?:(?:the|its|their) )?[A-Z]| at the [a-z]+['’]s ")
_BRANCH = re.compile(r" \(((?:[A-Z][\w'’\-]*)(?:(?:, | and | & | )[A-Z][\w'’\-]*){0,6})\)")

# what closes a regional remit: punctuation, the body it is at (`Head of Asia at Acme`), a
# verb of reporting or a coordinated post (`Head of Asia and CEO`)
_AREA_JOIN = re.compile(r"(?:,?[ \t]+(and|&)[ \t]+|,[ \t]+)(?:the[ \t]+)?")  # between places of a list
AREA_END = re.compile(r"[ \t]*(?:[,.;:)\n]|\Z)| (?:at|of|in|and|with|from|for|to|since|based|said|says|will|is|was)\b")


def area_classes(rows: list[str]) -> dict[str, dict[str, frozenset[str]]]:
    """`head of area`, `head for country` -> {"head": {"of": {area}, "for": {country}}}."""
    out: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        klass, prep, kind = row.split()
        out.setdefault(klass, {}).setdefault(prep, set()).add(kind)
    return {k: {p: frozenset(v) for p, v in by.items()} for k, by in out.items()}


class Portfolios:
    def __init__(self, nouns: set[str], body_words: set[str], open_classes: set[str],
                 verbs: set[str], classes: set[str],
                 areas: dict[str, dict[str, frozenset[str]]] | None = None,
                 branch_classes: Collection[str] = (), company_tails: set[str] = frozenset(),
                 adjectives: set[str] = frozenset(), divisions: set[str] = frozenset(),
                 goes_on: Collection[str] = (), function_before: Collection[str] = ()) -> None:
        self.nouns = nouns  # lowercase portfolio nouns and field phrases
        self.body_words = body_words  # capitalised words that make the phrase a body's name
        self.open_classes = open_classes  # head classes that take a lowercase field
        self.classes = classes  # head classes that take a capitalised portfolio
        self.verbs = verbs
        self.areas = areas or {}  # head class -> preposition -> kinds of place it takes
        self.branch_classes = frozenset(branch_classes)  # heads whose offices any bracket names
        self.company_tails = frozenset(company_tails)  # `Energy`, `Logistics`: a company's last word too
        self.adjectives = adjectives  # `global`, `renewable`: words a field noun takes before it
        self.divisions = frozenset(divisions)  # `Group`, `Division`: a department's branches
        # a lowercase word that resumes the clause after a field's run (`… on January 4`, `… there`)
        self.goes_on = re.compile(" " + word_alternation(goes_on) + r"\b") if goes_on else NEVER
        # what gives a post to its holder before it, as `as` does (`, `, `as`, `formerly`, `was`)
        self.function_before = re.compile(
            "(?:" + _FUNCTION_MARKS + (r"|\b" + word_alternation(function_before) if function_before else "")
            + r")[ \t]+\Z")
        self.longest = max((len(n.split()) for n in nouns), default=1)
        self.org_heads: frozenset[str] = frozenset()  # `Authority`, `Inc.`: the words that close a body's name
        self.given: frozenset[str] = frozenset()  # given names: a holder's name after the post
        self.syllables: frozenset[str] = frozenset()  # pinyin: `Weiming` ends in -ing, no gerund
        self.title_words: frozenset[str] = frozenset()  # `Officer`, `President`: a post's last word
        self._noun_ends = Memo(memo.RUNS)  # capitalised words -> where their noun phrases end

    def extend(self, text: str, end: int, klass: str,
               places: Collection[int] = frozenset(),
               preps: tuple[str, ...] = (" for ", " of "), start: int = -1) -> tuple[int, str] | None:
        """Where the title ending at `end` really ends, and its portfolio (`for home
        affairs`), or None when no portfolio follows. `, ` goes on with a listed portfolio
        (`Minister of Economy, Trade and Industry`). `places` maps where REGION candidates
        start to (end, kind); a bare set of starts reads no regional remit."""
        for prep in preps:
            if text.startswith(prep, end):
                at = end + len(prep)
                remit = self.area(text, at, klass, prep.strip(), places)
                if remit is not None:
                    return remit, prep.strip() + " " + " ".join(text[at:remit].split()).lower()
                got = self.series(text, at, places, comma=prep != ", ") \
                    if klass in self.classes else None
                if got is not None:
                    branch = self._branch(text, got) if prep == " for " else got
                    return branch, prep.strip() + " " + " ".join(text[at:branch].split()).lower()
                if prep == " of " and klass in self.classes and text.startswith("the ", at) \
                        and text[at + 4:at + 5].isupper() and at + 4 not in places:
                    # `Minister of the Economy`, `Minister of the Interior`: the article before
                    # a portfolio of nouns only (a body's word still makes it a name)
                    got = self._capitalised(text, at + 4, places=places, cross=False)
                    if got is not None and got == self._run_end(text, at + 4):
                        return got, prep.strip() + " " + " ".join(text[at:got].split()).lower()
                    got = None
                if klass in self.classes and text[at:at + 1].isupper():
                    got = self._capitalised(text, at, prep == " for ", places)
                elif klass in self.open_classes and text[at:at + 1].islower() and prep != ", ":
                    got = self._lowercase(text, at)
                if got is not None and (prep == ", " or "," in text[at:got]) \
                        and not self._listed(text[at:got]):
                    # no list of fields: the portfolio ends before the comma, if it has one
                    got = None if prep == ", " else self._capitalised(
                        text, at, prep == " for ", places, cross=False)
                if got is not None and prep == " of " and isinstance(places, Mapping) \
                        and places.get(at, (0,))[0] >= got:
                    got = None  # `Governor of Lagos State`: the run is a place (its `State` no
                    # portfolio), a REGION after a place's post
                if got is not None:
                    branch = self._branch(text, got) if prep == " for " else got
                    return branch, prep.strip() + " " + " ".join(text[at:branch].split()).lower()
        if " of " in preps and text.startswith(", ", end) and klass in self.classes \
                and text[end + 2:end + 3].isupper():
            # `Vice President, Investor Relations,`: a corporate signature line puts the
            # field after a comma; only a run of field nouns closed by punctuation (or by
            # the body it is at: `Vice President, Digital Commerce at Acme`) counts, a
            # full stop too where a sentence ends (`Vice President, Technical Operations. He`)
            at = end + 2
            got = self._capitalised(text, at, places=places, cross=False)
            if got is not None and got == self._run_end(text, at) \
                    and (text[got:got + 1] in (",", "\n", ")", "", "\t") or text.startswith(" at ", got)
                         or text.startswith(" | ", got)  # (a table's field: `Director, Sales | Acme`)
                         or _SENTENCE_END.match(text, got) or _SINCE.match(text, got)):
                return got, " ".join(text[at:got].split()).lower()
            got = self._division(text, at)
            if got is None:
                got = self._activity(text, at, places)
            if got is None and start >= 0 and self.function_before.search(text, max(0, start - 20), start):
                got = self._function(text, at, places)
            if got is not None:
                return got, " ".join(text[at:got].split()).lower()
        if " of " in preps and text.startswith(" ", end) and klass in self.classes \
                and text[end + 1:end + 2].isupper():
            # `Vice President Investor Relations,`: a signature line may drop the comma too;
            # then only a run that is one field phrase whole, closed by punctuation, is the
            # field (a name after a title is no field phrase)
            at = end + 1
            got = self._run_end(text, at)
            field = " ".join(text[at:got].split()).lower()
            if self.is_noun(field) and (text[got:got + 1] in (",", "\n", ")", "")
                                        or _SENTENCE_END.match(text, got)):
                return got, field
        return None

    def _division(self, text: str, at: int) -> int | None:
        """`Deputy Secretary, Trade and Investment Group, at the Department of ...`,
        `First Assistant Secretary, Market Access Division, of the ministry`: the branch of
        a department that the post heads, written after a comma and closed by the body it
        belongs to, is the post's function as a field is (the public services' signature
        form), not an organisation of its own. Only a short capitalised run ending in a
        division word (`division_word`) after a field noun, that a comma and `at`/`of`/`in`
        close."""
        end = self._run_end(text, at)
        words = text[at:end].split()
        if not 2 <= len(words) <= 6 or words[-1] not in self.divisions \
                or words[0] in _JOIN or not _DIVISION_CLOSE.match(text, end) \
                or not any(self.is_noun(w.lower()) for w in words[:-1]):
            return None  # a field names the branch (`Trade`), not a person (`Jane Roe Group`)
        return end

    def _activity(self, text: str, at: int, places: Collection[int] = frozenset()) -> int | None:
        """`Senior Vice President, Clinical Testing,`, `Managing Director, Freight Forwarding.`:
        a signature line's field after a comma that ends in a gerund names an activity (the
        function the post heads), as the field nouns do: two or three capitalised words,
        closed by punctuation, the end of a sentence or `and`, none a given name (a holder's
        name), a body's word, a company's last word (`Acme Trading`) or a place; nor a
        romanised Chinese given name in pinyin (`Chairman, Chen Weiming,`)."""
        end = self._run_end(text, at)
        words = text[at:end].split()
        while words and words[-1] in _JOIN:  # (`Clinical Testing and, before that, ...`)
            end = text.rindex(" ", at, end)
            words.pop()
        if not 2 <= len(words) <= 3 or any(w in _JOIN for w in words) \
                or not re.fullmatch(r"[A-Z][a-z]{2,}ing", words[-1]) \
                or is_pinyin_given(words[-1], self.syllables, 3) \
                or not (text[end:end + 1] in (",", "\n", ")", "") or _SENTENCE_END.match(text, end)
                        or re.match(r" and\b", text[end:end + 5]) is not None) \
                or any(not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*", w) for w in words) \
                or any(w in self.given or w in self.body_words or w in self.company_tails
                       for w in words) \
                or any(p in places for p in range(at, end)):
            return None
        return end

    def _function(self, text: str, at: int, places: Collection[int] = frozenset()) -> int | None:
        """`Vice President, Customer Success, becomes ...`, `Director, Platform Engineering.`:
        the function a corporate post heads, written between commas, is part of the title even
        where no field noun ends it (session 17: wire releases name a unit by any noun). Only
        two or three plain capitalised words, none a given name (a holder), a body's word, a
        company's last word (`Acme Foods`: the body) or a place, not all pinyin (`Chen Weiming`;
        `Site Engineering` is no name), closed by a
        comma before a lowercase word (the sentence goes on: `, becomes`, `, reporting to`), a
        word that resumes the clause (`… on January 4`, `… there`, `… and led`), the body it is
        held at (`… at Acme`) or a sentence's full stop; not a list's line (`- Jane Roe, President, Acme Dairy Cooperative`
        closes with the body, roles.contact_line). A post is held at one body: where the clause
        names it (`…, Warehouse Automation at Acme`, `… there`), a company's last word in the run
        (`Engineering`, `Automation`) names the function, not a second body."""
        end = self._run_end(text, at)
        words = text[at:end].split()
        while words and words[-1] in _JOIN:  # (`Clinical Development and led ...`)
            end = text.rindex(" ", at, end)
            words.pop()
        body_named = HELD_AT.match(text, end) is not None or text.startswith(" there", end)
        if not 2 <= len(words) <= 3 \
                or not (_CLAUSE_GOES_ON.match(text, end) or _SENTENCE_END.match(text, end)
                        or self.goes_on.match(text, end) or HELD_AT.match(text, end)) \
                or any(not re.fullmatch(r"[A-Z][a-z]{2,}(?:-[A-Za-z][a-z]*)*", w) or w in _JOIN for w in words) \
                or any(w in self.given or w in self.body_words or w in self.org_heads
                       or w in self.company_tails and not body_named for w in words) \
                or all(is_pinyin_given(w, self.syllables, 3) for w in words) \
                or any(p in places for p in range(at, end)):
            return None
        return end

    def is_noun(self, phrase: str) -> bool:
        """A portfolio noun or its plural (`Trade Promotions`, `Investments`)."""
        return phrase in self.nouns or phrase.endswith("s") and phrase[:-1] in self.nouns

    def body_follows(self, text: str, end: int, places: Collection[int] = frozenset()) -> bool:
        """Whether a capitalised body word (`Department`, `Ltd`) follows at `end`, or a
        place right after a capitalised field (`director of Business Oregon`, `head of
        Enterprise Estonia`): a sector word and a place with nothing between them name an
        agency (org_agency), as a field run on into a place does in `_capitalised`."""
        if not text.startswith(" ", end):
            return False
        m = _CAP_WORD.match(text, end + 1)
        if m is not None and m.group() in self.body_words:
            return True
        field = text.rfind(" ", 0, end) + 1
        return end + 1 in places and text[field:field + 1].isupper()

    def area(self, text: str, at: int, klass: str, prep: str, places) -> int | None:
        """The end of a regional remit starting at `at` (`Asia Pacific` of `Head of Asia
        Pacific`), if the head's class takes that kind of place after `prep` and the place
        closes the title. A coordination of places (`for the Middle East and Africa`, `for
        Australia and New Zealand`, `for Cambodia, Lao PDR and Myanmar`) is one remit: several
        countries together are an area, so a class that takes a world area takes them too."""
        kinds = self.areas.get(klass, {}).get(prep)
        place = places.get(at) if kinds and isinstance(places, Mapping) else None
        if place is None:
            return None
        items, end, joined = [place], place[0], False
        while True:  # `A, B and C`, `A, the B and C`, `A and the B`
            m = _AREA_JOIN.match(text, end)
            nxt = places.get(m.end()) if m is not None else None
            if nxt is None:
                break
            items.append(nxt)
            end = nxt[0]
            if m.group(1) is not None:  # `and` closes the list
                joined = True
                break
        ok = {*kinds, "country"} if joined and "area" in kinds else kinds
        if joined and all(p[1] in ok for p in items) and AREA_END.match(text, end):
            return end
        if place[1] not in kinds or not AREA_END.match(text, place[0]):
            return None
        return place[0]

    def joined_field(self, text: str, end: int) -> tuple[int, str] | None:
        """`and Trade` after a title whose field the heads list (`minister of industry`):
        a second capitalised field joined by `and`/`&` is part of the portfolio."""
        for join in (" and ", " & "):
            if text.startswith(join, end) and text[end + len(join):end + len(join) + 1].isupper():
                at = end + len(join)
                got = self._capitalised(text, at)
                if got is not None:
                    return got, join.strip() + " " + " ".join(text[at:got].split()).lower()
        return None

    def _branch(self, text: str, end: int) -> int:
        """`Permanent Secretary for Commerce and Economic Development (Commerce, Industry
        and Tourism)`, `Pro-Vice-Chancellor (Research)`: a bracketed branch of the portfolio
        or of the post, one field or a list of them, names which of its posts the holder
        has (as `常任秘书长（库务）` does in Chinese): part of the title. Brackets holding anything else (an acronym, a place) are not."""
        m = _BRANCH.match(text, end)
        if m is None:
            return end
        items = re.split(r", | and | & ", m.group(1))
        known = all(any(self.is_noun(" ".join(item.lower().split()[i:]))
                        for i in range(len(item.split()))) for item in items)
        return m.end() if known else end

    def branch(self, text: str, end: int, klass: str,
               places: Collection[int] = frozenset()) -> int:
        """`Deputy Vice-Chancellor (Research)`, `Permanent Secretary (Trade)`: a bracket right
        after a head names which of its offices the holder has, part of the title as after
        a portfolio (`_branch`). Heads of `branch_class` (the academic offices, whose brackets
        name any function: `(Academic)`, `(Students)`) take any capitalised words, others
        only portfolio nouns; never an acronym (`(DVC)`) or a place (`(China)`)."""
        got = self._branch(text, end)
        if got > end or klass not in self.branch_classes:
            return got
        m = _BRANCH.match(text, end)
        if m is None or any(w.isupper() and len(w) > 1 for w in m.group(1).split()) \
                or any(p in places for p in range(m.start(1), m.end(1))):
            return end
        return m.end()

    def series(self, text: str, at: int, places: Collection[int] = frozenset(),
               comma: bool = True) -> int | None:
        """The end of a portfolio written as a series of fields (`Minister of Export Promotion,
        International Trade and Economic Development`, `Commissioner for Environment, Water
        Resilience and a Competitive Circular Economy`, `Executive Vice-President for Clean,
        Just and Competitive Transition`): official registers name cabinet posts and their
        ministries so (EU Commissioners' portfolios, Commonwealth cabinets, Japan's and
        Korea's ministries). The commas and the closing `and` delimit the items, so an item
        needs no listed noun, only the grammar of a field: capitalised words, none a given
        name, a place, a body's or a post's word (`President of Acme, Jane Roe and John Doe`,
        `Chairman of the Board, Chief Executive Officer and President` are lists of names or
        posts), with a portfolio noun somewhere in the series. The last item runs to the
        punctuation or lowercase word that closes it, cut before a holder's name (a given
        name, or two words after its last portfolio noun: `… Circular Economy Jessika
        Roswall`). `comma=False`: the first item is the listed portfolio before `, ` (`Minister
        of Agriculture, Food and Consumer Protection`), so no comma is needed in the rest."""
        m = _SERIES.match(text, at)
        if m is None or comma and not m.group(2):
            return None
        items = [m.group(1), *(i for i in m.group(2).split(", ") if i)]
        words = [w for item in items for w in item.split() if w != "the"]
        last = m.group(3).split()
        pos, cut = m.start(3), len(last)
        for k, w in enumerate(last):  # the holder's name after the series
            if (w in self.given or pos in places) and not self.is_noun(w.lower()):
                cut = k
                break
            pos += len(w) + 1
        last = last[:cut]
        if not last or any(self._foreign(item.split()) for item in [*items, " ".join(last)]) \
                or any(p in places for p in range(at, m.start(3))) \
                or any(item.split()[-1] in self.title_words for item in items) \
                or last[-1] in self.title_words:
            return None
        ends = self.noun_ends(tuple(last))
        if not ends and not any(e for item in items for e in self.noun_ends(tuple(item.split()))) \
                and not self._holder_after(text, m, cut):
            return None  # no field noun and no holder after it: names of something else
        if ends and len(last) - ends[-1][0] >= 2:
            last = last[:ends[-1][0]]  # `… Economy Jessika Roswall`: a name after the field
        elif cut == len(m.group(3).split()) and len(last) > _SERIES_LAST:
            if not ends:
                return None
            last = last[:ends[-1][0]]
        end = m.start(3)
        for w in last:
            end = text.index(w, end) + len(w)
        after = _NEXT_NAME_WORD.match(text, end)
        if after is not None and after.group(1) in self.org_heads:
            return None  # `Investor Relations, Tarnby Rail & Finch, Inc.`: a firm's name, closed
            # by its legal form, after the post's field
        return end

    def _holder_after(self, text: str, m: re.Match, cut: int) -> bool:
        """Whether a holder's given name follows the series (`… Competitive Transition Teresa
        Ribera`, `…, Jane Roe,`): the series is then a post's portfolio even where none of its
        fields is a listed noun (`Clean, Just and Competitive Transition`)."""
        if cut < len(m.group(3).split()):
            return True
        after = _NEXT_NAME_WORD.match(text, m.end(3))
        return after is not None and text[m.end(3)] == "," and after.group(1) in self.given

    def _foreign(self, words: list[str]) -> bool:
        """Whether an item's words name no field: a given name (not a field noun: `Justice`),
        or a body's word or head noun not made a field by a field word before it (`Local
        Government`, `Capital Markets Union` are fields, `Acme Group` a body)."""
        for k, w in enumerate(words):
            if w == "the":
                continue
            if w in self.given and not self.is_noun(w.lower()):
                return True
            if (w in self.body_words or w in self.org_heads) and not (
                    k and (words[k - 1].lower() in self.adjectives or self.is_noun(words[k - 1].lower()))):
                return True
        return False

    def _listed(self, words: str) -> bool:
        """A portfolio that crosses a comma is a list of fields ending with `and`, each
        item a portfolio noun (`Economy, Trade and Industry`); else the comma ends the title
        (`President of Acme, Jane Roe, ...`)."""
        *items, last = words.split(", ")
        if not re.search(r" (?:and|&) ", last):
            return False
        return all(any(" ".join(item.lower().split()[i:]) in self.nouns
                       for i in range(len(item.split()))) for item in items)

    @staticmethod
    def _run_end(text: str, at: int) -> int:
        """Where the capitalised words from `at` end."""
        pos = at
        while (m := _CAP_WORD.match(text, pos)) is not None:
            pos = m.end()
            if not text.startswith(" ", pos):
                break
            pos += 1
        return pos if text[pos - 1:pos] != " " else pos - 1

    def _capitalised(self, text: str, at: int, closed_ok: bool = False,
                     places: Collection[int] = frozenset(), cross: bool = True) -> int | None:
        """The end of a capitalised portfolio. With `for`, a short run that punctuation
        closes is a portfolio whatever its nouns (`Minister for Manpower,`): no name runs
        on after it to be cut from it, unless a place starts in it (`Special
        Representative for Syria,`: the place is a REGION)."""
        words: list[tuple[str, int]] = []
        pos = at
        first = 0  # words before the first comma crossed
        while len(words) < 8:
            m = _CAP_WORD.match(text, pos)
            if m is None:
                break
            words.append((m.group(), m.end()))
            listed = _LISTED.match(text, m.end()) if cross else None
            if listed is not None:
                first = first or len(words)
                pos = listed.end()  # a comma goes on only to a capital, ended at a noun like any word
                continue
            if not text.startswith(" ", m.end()):
                break
            pos = m.end() + 1
        best = self._last_noun_end(words, places)
        if best is not None and best < len(words) or best is None and not first:
            held = self._held_at(text, at, words, places)
            best = held if held is not None else best
        closed = first or len(words)  # the run a comma or other punctuation closes
        if best is None and closed_ok and 0 < closed <= 3 and words[closed - 1][0] not in _JOIN \
                and (text[words[closed - 1][1]:words[closed - 1][1] + 1] in (",", ";", ")", "", "\n")
                     or _SENTENCE_END.match(text, words[closed - 1][1])) \
                and not any(p in places for p in range(at, words[closed - 1][1])):
            best = closed
        if best is None:
            return None
        if best < len(words) and words[best - 1][1] + 1 in places:
            return None  # `Chief Executive of Immigration New Zealand`, `CFO of Lumen Health
            # Asia`: portfolio words run on into a place, so they name a body, no portfolio
        if self._names_body(words[:closed], best) and not (
                best == 1 and closed == 1):  # `for Administration,`: the portfolio alone
            return None  # `Director of Finance Department`, `VP of Acme Energy Group Ltd`
        return words[best - 1][1]

    def _names_body(self, words: list[tuple[str, int]], best: int) -> bool:
        """Whether a body's word (`Department`, `Group`) in the run names a body: not where
        a field noun the portfolio takes follows it (`Government Relations`, `Group
        Strategy`: a function named after the body it deals with or spans, not that body).
        `words` stop at the first comma crossed: a body's word after it belongs to the next
        name (`Vice President of Investor Relations, Acme Inc.`: a signature line)."""
        return any(w in self.body_words and not (
            k + 1 < best and self.is_noun(words[k + 1][0].lower()))
            for k, (w, _) in enumerate(words))

    def _held_at(self, text: str, at: int, words: list[tuple[str, int]],
                 places: Collection[int]) -> int | None:
        """`Vice President of Advanced Packaging at Acme`, `Head of Business Area Wind at
        Acme`, `Pro-Vice-Chancellor for International at the University of ...`: a person
        holds a post at one body, so a short capitalised run (no comma) that `at` + the body
        closes is the post's function whatever its nouns: it is no organisation of its own
        (that would leave the post two bodies) nor a name (a name would stand before the
        post). Not a run that opens with a place (`Managing Director, Asia at ...` keeps the
        remit a region; `Head of Business Area Nordics at ...` is one post), a body's word
        (`Director of Finance Department at ...`) or a company's name (`Chief Executive of
        Tasman Energy at the launch`)."""
        if not 1 <= len(words) <= 5 or words[-1][0] in _JOIN or words[0][0] in _JOIN \
                or not HELD_AT.match(text, words[-1][1]) \
                or any(w in self.body_words for w, _ in words) \
                or any(p in places for p in range(at, words[0][1] + 1)) \
                or self.company_name(words, len(words), len(words) - 1, places) \
                or any(w in self.given for w, _ in words[:-1]):
            return None  # (`led by Secretary of Trade Maria Santos at the Ministry`: a name)
        return len(words)

    def _last_noun_end(self, words: list[tuple[str, int]],
                       places: Collection[int] = frozenset()) -> int | None:
        """How many of the capitalised `words` the portfolio takes: up to a portfolio noun,
        going on to a later one only across at most one word that is neither a noun nor a
        join (`Constitutional and Mainland Affairs`). Two unknown words in a row are the
        holder's name, and what follows them is another title (`Minister-Counsellor for
        Economic Affairs Jean Roe and Commercial Counsellor ...`)."""
        key = tuple(w for w, _ in words)
        ends = self._noun_ends.get(key)
        if ends is None:
            ends = self._noun_ends.put(key, self.noun_ends(key))
        if ends and self.company_name(words, *ends[0], places):
            return None
        best = None
        for k, first in ends:
            if best is not None:
                gap = [w for w, _ in words[best:first] if w not in _JOIN]
                if len(gap) > 1:
                    break
            best = k
        return best

    def noun_ends(self, words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
        """(k, first word the noun phrase takes) for every k where a portfolio noun ends
        the first k `words`: a pure function of the words, so `_last_noun_end` remembers it
        for each run of words (runs recur across a corpus)."""
        ends = []
        lows = [w.lower() for w in words]  # once: each word is in up to `longest` tails
        for k in range(1, len(words) + 1):
            if words[k - 1] in _JOIN:
                continue
            tail = lows[max(0, k - self.longest):k]
            for i in range(len(tail)):
                if self.is_noun(" ".join(tail[i:])):
                    ends.append((k, k - len(tail) + i))
                    break
        return tuple(ends)

    def company_name(self, words: list[tuple[str, int]], k: int, first: int,
                     places: Collection[int] = frozenset()) -> bool:
        """`Chief Executive of Tasman Energy`, `Head of Kestrel Marine`: a sector noun that
        also ends companies' names (org_patterns' short tails), after a word that is no field
        noun, an adjective fields take or a place (`Head of Global Markets`, `Minister for
        Renewable Energy`, `Director of Asia-Pacific Markets`), is the last word of a company's
        name, not a portfolio."""
        if first != k - 1 or words[first][0] not in self.company_tails:
            return False
        return any(w not in _JOIN and w.lower() not in self.nouns and w.lower() not in self.adjectives
                   and end - len(w) not in places for w, end in words[:first])

    def _lowercase(self, text: str, at: int) -> int | None:
        """The end of a lowercase field (`head of retail banking`); after a possessive
        (`head of its tax practice`, `director of our wealth business`) the field is the
        body's own, named before, and the possessive is part of the title; not where the
        phrase names its bodies (`heads of its regional councils`, `chair of its board`)."""
        m = _POSSESSIVE.match(text, at)
        if m is not None:
            end = self._lowercase(text, m.end())
            last = text[:end].rsplit(" ", 1)[-1].rsplit("-", 1)[-1] if end else ""
            return None if end is None or last.title() in self.body_words \
                or last.endswith("s") and last[:-1].title() in self.body_words else end
        end, pos, n = None, at, 0
        while n < 6:
            m = _LOW_WORD.match(text, pos)
            if m is None:
                break
            word = m.group()
            if word in FUNCTION_WORDS or word in self.verbs:
                break
            if word not in _JOIN:
                end = m.end()
            n += 1
            if not text.startswith(" ", m.end()):
                break
            pos = m.end() + 1
        return end
