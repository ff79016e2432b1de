"""Context rules for TITLE: whether a head stands as a word and whether someone holds it.

Kept apart from the grammar because they answer a different question: the grammar
says what a title looks like, this says whether a match is a position held in the text.
All checks look at a bounded window around the match, so they add constant work per
match. Strings come from `title_context.tsv`; code only knows the kinds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from .person_en import PARTICLE, given_name_at

if TYPE_CHECKING:
    from .titles import Head

WINDOW = 40
DETERMINERS = r"(?:The|A|An|Its|His|Her|Their|This|That|These|Those|Our|Both|Each|All)"
# Weak English heads: what follows or precedes them that shows a holder.
GOV_PORTFOLIO = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z]")  # `Councillor for Enterprise`: a post given its portfolio
AFTER_COMPLEMENT = re.compile(r"[ \t]+(?:of|at|for)\s")
AFTER_NAME = re.compile(r"[ \t]+(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?)?\s*[A-Z][A-Za-z'’\-]+")
# `The Chamber's new Treasurer is Amit Shah`: a copula and a full name after the head
# a named_only head's holder after it: an honorific, or a (given) name and a capitalised word
NAMED_AFTER = re.compile(r"[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\b|([A-Z][a-z'’\-]+)[ \t]+[A-Z])")
AFTER_COPULA_NAME = re.compile(
    r"[ \t]+(?:is|was|will be|has been)[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?"
    r"[A-Z][A-Za-z'’\-]+[ \t]+[A-Z][A-Za-z'’\-]+")
# `The Chancellor, the Hon. Julie Roe,`, `its Treasurer, Mr Amit Shah`, `the Alliance, whose Director,
# Jane Roe,`: a definite title and,
# in apposition after it, a full name (honorific first, if any)
# (an opener of a term may stand between: `The Chamber's new Treasurer, A B of X`)
DEFINITE_BEFORE = re.compile(r"(?:(?<![\w\-])(?:[Tt]he|[Ii]ts|[Tt]heir|whose)|['’]s)[ \t]+"
                             r"(?:(?:new|incoming|outgoing|acting|interim)[ \t]+)?\Z")
APPOSED_NAME = re.compile(
    r",[ \t]+(?:the[ \t]+Hon\.?[ \t]+|(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?[ \t]+)?"
    r"[A-Z][a-z'’\-]+[ \t]+[A-Z][A-Za-z'’\-]+[ \t]*(?:[,.;)]|(?:of|at|from)[ \t])")
# `Principal and Vice-Chancellor of the University`: a capitalised head joined by `and` to
# another capitalised post that is held of or at a body shares that post's holder
CO_POST_AFTER = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){0,2}[A-Z][\w'’\-]*[ \t]+(?:of|at)[ \t]")
BEFORE_APPOSITION = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?\Z")
# a post as the label of its holder's name in a list of officers (session 19: `Treasurer: Jane
# Roe`, `Chair – Jane Roe`, `* Chair: Jane Roe, Acme`): a colon or a dash, then a full name
# (a particle may stand before the surname: `Pieter de Wit`)
LABEL_NAME = re.compile(r"[ \t]*(?::|[–—]|[ \t]-)[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]+[ \t]+"
                        r"(?:[a-zà-ÿ]{1,3}[ \t]+)?[A-ZÀ-ÖØ-Þ]")
# a list's or a table's field after a name, set apart by a dash or a bar (session 17:
# `Jane Roe – Secretary, Department of ...`, `Jane Roe | Secretary | ...`)
BEFORE_FIELD = re.compile(r"\w[ \t]+(?:[–—|]|-)[ \t]+\Z|\w[ \t]*\|[ \t]*\Z")
BEFORE_PROPER = re.compile(rf"(?<![\w.])(?!{DETERMINERS}\s)[A-Z][\w.&'’\-]*\s+\Z")
# (`a former partner at X`: the guidelines keep `former` out of the title, not the post out)
STRICT_BEFORE = re.compile(r"(?:,|(?<![\w\-])(?:a|an|as))\s+(?:former\s+)?\Z")
POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]['’]s[ \t]+\Z")
# `she joins as a partner in Hong Kong`, `he was made a partner after six years`, `ending as
# partner.`: a firm's post that `as` gives to a person (a pronoun or `who` before it in the
# sentence; `Acme joins as a partner` is a company's tie) is held, wherever the firm is named
AS_BEFORE = re.compile(r"(?<![\w\-])as[ \t]+(?:an?[ \t]+)?\Z")
AS_AFTER = re.compile(r"(?: (?:in|after|from|with|since|until|based)\b|[,.;]|\Z)")
PERSON_CLAUSE = re.compile(r"(?<![\w\-])(?:he|she|who|his|her)(?![\w\-])")
AS_REACH = 120
CAPITALISED = re.compile(r"[A-Z][a-z]+")
# a firm's team named by its members' posts: `led by partner Jane Roe`, `… in London and partner
# Jane Roe in Paris` (the same post named just before in the sentence)
LED_BY_BEFORE = re.compile(r"(?<![\w\-])(?:led|co-led|headed|advised|assisted|supported|represented)[ \t]+by[ \t]+\Z")
AND_BEFORE = re.compile(r"(?:,|(?<![\w\-])and)[ \t]+\Z")
TEAM_REACH = 160
# `Legislative Council member the Hon Jane Roe`: a seat named by its body's capitalised name
# right before it and its holder's name right after it
SEAT_BODY_BEFORE = re.compile(
    r"\b[A-Z][a-z]+[ \t]+(?:Council|Committee|Assembly|Parliament|Board|Senate|Commission)[ \t]+\Z")
SEAT_HOLDER_AFTER = re.compile(
    r"[ \t]+(?:the[ \t]+Hon\.?[ \t]+|(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?[ \t]+)?[A-Z][a-z'’\-]+[ \t]+[A-Z]")
AFTER_LOWER_NOUN = re.compile(
    r"[ \t]+(?!(?:of|and|or|who|was|is|has|had|said|says|will|would|to|in|at|for|with|from"
    r"|on|also|then|visited|met|attended|delivered|noted|stressed|added"
    # a headline's present-tense verbs: `Premier leads trade mission to Japan`
    r"|leads|opens|visits|meets|welcomes|announces|launches|hosts|signs|unveils|urges|joins)\b)[a-z]")
NAME_BEFORE = re.compile(r"(\b[A-Z][\w'’\-]*|\b[Tt]he)[ \t]+\Z")
LIST_AFTER = re.compile(r"[ \t]*:")
# `the UNICEF Representative in Malawi`, `FAO Representative Jane Roe`: an agency's short form
# written right before a capitalised post names the body whose post it is
ACRONYM_BEFORE = re.compile(r"(?<![\w.&\-])[A-Z]{2,}[ \t]+\Z")
# an adviser a person is to the body that employs them, named generically (`remain an adviser to
# the company`, `as adviser to the board`): a post; a firm advising on a deal names its client
# (`financial adviser to Acme`), so only these generic references make the bare word a post
ADVISER_OF_BODY = re.compile(
    r" to (?:the|its|our) (?:company|board|group|firm|bank|chair|chairman|chief executive|ceo|"
    r"management team)\b", re.I)
ADVISER_BEFORE = re.compile(r"\b(?:an|as)[ \t]+\Z")
# `will take on the additional role of Chief Operating Officer`, `promoted to the position of
# Treasurer`: a post its holder takes on or is named to (the subject holds it), not the common
# noun of `the post of mayor was created`
TAKES_POST_BEFORE = re.compile(
    r"\b(?:assumes?|assumed|assuming|take on|takes on|took on|taking on|adds?|added|adding|"
    r"steps? into|stepped into|to) the (?:additional |new |expanded |combined |permanent )?"
    r"(?:role|post|position|office|title) of[ \t]+\Z", re.I)
# a plural title after a list of names it is given to, one role per person (`elected A, B and
# C as their respective chairs`, `A and B were named vice presidents`), or after a relative
# clause on such a list (`, all of whom will also serve as national vice presidents`)
_NAME = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}"
NAMES_BEFORE = re.compile(
    rf"{_NAME}(?:, {_NAME})*,? and {_NAME} (?:as|(?:were|are|have been) (?:named|elected|appointed|"
    rf"confirmed)(?: as)?) (?:(?:their|its|the) )?(?:respective )?(?:[\w\-]+ ){{0,2}}\Z")
# `Vice Presidents Anna Kowalska and Femi Adeyemi`: a plural title written before the list of
# its holders, each named in full (two capitalised words at least, so `Vice Presidents Forum`
# or one-word bodies do not count)
# (a particle may stand inside a name: `Pieter van Dam`, `Ana de la Cruz`)
_FULL_NAME = rf"[A-Z][\w'’\-]+(?: (?:{PARTICLE} )?[A-Z][\w'’\-]+){{1,3}}"
# (`Ministers A of the United Kingdom and B of Kenya`: each holder's country after the name)
_OF_PLACE = r"(?: of (?:the )?[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,2})?"
NAMES_AFTER = re.compile(  # (also in apposition: `the chamber's vice chairmen, A and B,`)
    rf",?[ \t]+{_FULL_NAME}{_OF_PLACE}(?:, {_FULL_NAME}{_OF_PLACE})*,? and {_FULL_NAME}")
# `Its outside directors are A and B`: a plural copula before the list of its holders, as a colon
# (the same list of full names; a singular post before `is` needs no such rule)
NAMES_ARE = re.compile(rf"[ \t]+(?:are|were|will be|include|included)(?: now)?(?: (?:Mr|Ms|Mrs|Dr|Prof)\.?)?{NAMES_AFTER.pattern}")
# `A, CEO of X, and B, partner of Y, were elected Deputy Chairmen`: a passive verb of
# appointment gives the plural post to the subjects before it, however long their appositions
GIVEN_BEFORE = re.compile(
    r"\b(?:were|have been|are) (?:re-)?(?:elected|named|appointed|confirmed)(?: as)? "
    r"(?:(?:the|its|their) )?(?:respective )?\Z")
WHOM_BEFORE = re.compile(r"\b(?:all|both|each) of whom (?:[a-z]+ ){0,4}(?:as|be|become) (?:[\w\-]+ ){0,2}\Z")
LIST_REACH = 160  # characters before a plural searched for the list of its holders
# The titles of one coordinated list ("the chairman, deputy chairmen and ...").
RUN_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|of)\s+")
RUN_SEP_HAN = re.compile(r"、|和|及|与|以及|兼")
NO_NAME_AFTER = re.compile(r"[，。；、,.;:：！？!?\s（(]|等|和|及|与|\Z")
BOOK_OPEN, BOOK_CLOSE = "《〈", "》〉"
# a résumé's fields (`男，1962年出生，大专学历，高级经济师。`): what delimits one, and how far back
# in its sentence the record's other fields are looked for
FIELD_BEFORE, FIELD_AFTER = frozenset("，,、；;：:（("), frozenset("，,、。；;）)")
BIO_REACH = 60  # Chinese title marks around a document's or work's name


class ContextRow(BaseModel):
    kind: Literal["block_after", "block_before", "neg_before", "neg_after", "holder_before",
                  "org_suffix", "generic_before", "adjective", "plural_before", "surname",
                  "portfolio", "portfolio_class", "open_class", "body_word", "report_verb",
                  "fused", "service", "area_class", "honorific_title", "branch_class",
                  "field_adjective", "division_word", "agency_post", "named_only",
                  "and_title", "post_after", "generic_after", "post_suffix",
                  "bio_cue", "bio_class", "acting_verb", "word_goes_on", "function_before",
                  "field_class", "body_post"]
    form: str
    applies: str = "*"


class PhrasesBefore:
    """Phrases that must end right before a position (English: then whitespace), asked of
    the window before each title candidate. `search` is the regex's search, tried only where
    the window's text ends as one of the phrases does: a search walks every place of the
    window, and before most candidates no phrase ends."""

    def __init__(self, phrases: list[str], edge: bool) -> None:
        alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        self.rx = re.compile(rf"(?<![\w\-])(?:{alt})\s+\Z" if edge else rf"(?:{alt})\Z")
        self.phrases, self.edge = tuple(phrases), edge
        # (a phrase that ends in whitespace would end inside the stripped spaces: no test)
        self.test = all(p and not p[-1].isspace() for p in phrases)

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        if not self.test:
            return self.rx.search(text, lo, hi)
        before = text[lo:hi]
        if self.edge:  # (`\s` and `str.isspace` agree on every character)
            bare = before.rstrip()
            if len(bare) == len(before) or not bare.endswith(self.phrases):
                return None
        elif not before.endswith(self.phrases):
            return None
        return self.rx.search(text, lo, hi)


def _phrases_before(phrases: list[str], *, edge: bool = True) -> PhrasesBefore | None:
    """Phrases that must end right before a position (English: a word and a space)."""
    return PhrasesBefore(phrases, edge) if phrases else None


# A head after 副/代 (`副市长`, `代市长`) or after the designator it repeats (`某某市市长`)
# is a title word of its own: its first character closes no place name, so no place name
# reads on from it (`block_after`: 市长 + 江 is 长江 only in `某某市长江…`).
TITLE_OPENERS = frozenset("副代")


class Context:
    def __init__(self, rows: list[ContextRow], *, latin: bool) -> None:
        self.latin = latin
        after: dict[str, list[str]] = {}
        self.before: dict[str, list[str]] = {}
        for r in rows:
            if r.kind == "block_after":
                after.setdefault(r.applies, []).append(r.form)
            elif r.kind == "block_before":
                self.before.setdefault(r.applies, []).append(r.form)
        self.neg_before = _phrases_before([r.form for r in rows if r.kind == "neg_before"])
        # (Chinese: a verb of appointment right before the post, `聘任某某为教授`, no word edge)
        self.holder_before = _phrases_before([r.form for r in rows if r.kind == "holder_before"],
                                             edge=latin)
        self.holder_reach = max((len(r.form) for r in rows if r.kind == "holder_before"), default=0)
        # `董事长助理`, `董事长秘书`: a post's assistant or secretary is a post of its own, not the
        # post it serves (form -> its English word, in the `applies` column)
        self.post_suffix = {r.form: r.applies for r in rows if r.kind == "post_suffix"}
        cues = "|".join(re.escape(r.form) for r in rows if r.kind == "bio_cue")
        self.bio_cue = re.compile(cues) if cues else None
        self.bio_classes = frozenset(r.form for r in rows if r.kind == "bio_class")
        self.org_suffix = {r.form for r in rows if r.kind == "org_suffix"}
        self.post_after = tuple(r.form for r in rows if r.kind == "post_after")
        # `由副局长某某署理局长职务`: a rank word that is also the verb of acting in a post, read
        # as the verb where the post is its object (the post noun after it), not as the rank
        self.acting_verbs = frozenset(r.form for r in rows if r.kind == "acting_verb")
        neg_after = sorted((r.form for r in rows if r.kind == "neg_after"), key=len, reverse=True)
        self.neg_after = re.compile(
            r"(?:['’]s)?\s*(?:" + "|".join(map(re.escape, neg_after)) + r")(?!\w)", re.IGNORECASE
        ) if neg_after else None
        self.generic_before = _phrases_before(
            [r.form for r in rows if r.kind == "generic_before"], edge=latin)
        # a list of titles closed by a collective of office holders (`监事和高级管理人员`)
        # names a class of people, not holders
        closing = "|".join(re.escape(r.form) for r in rows if r.kind == "generic_after")
        self.generic_after = re.compile(rf"\s*(?:[、,，和及与]|以及)\s*(?:{closing})") if closing else None
        self.adjectives = {r.form for r in rows if r.kind == "adjective"}
        self.surnames = {r.form for r in rows if r.kind == "surname"}
        self.fused = {r.form: r.applies for r in rows if r.kind == "fused"}
        self.services = {r.form for r in rows if r.kind == "service"}
        self.honorific_titles = {r.form for r in rows if r.kind == "honorific_title"}
        self.named_only = {r.form for r in rows if r.kind == "named_only"}
        # `the Principal and Vice-Chancellor of X`: a post joined by `and` to the one it is
        # held with vouches for a weak head before it
        joint = "|".join(re.escape(r.form) for r in rows if r.kind == "and_title")
        self.and_title = re.compile(rf"[ \t]+and[ \t]+(?:{joint})\b") if joint else None
        self.given: frozenset[str] = frozenset()  # given names (set by the recognizer)
        self.agency_posts = {r.form for r in rows if r.kind == "agency_post"}
        # heads that are also given names (person_context.tsv `given_title`: set by the recognizer)
        self.given_names: frozenset[str] = frozenset()
        definite = [r.form for r in rows if r.kind == "plural_before"]
        alt = "|".join(map(re.escape, definite)) or "(?!)"
        # (a possessive between: `the chamber's vice chairmen`)
        self.plural_before = re.compile(rf"(?<![\w\-])(?:{alt})\s+(?:[\w\-'’]+\s+){{0,2}}\Z")

        # block_after forms by key as (words, single characters): tuples for one startswith each
        self.after: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
            k: (tuple(f for f in v if len(f) > 1), tuple(f for f in v if len(f) == 1))
            for k, v in after.items()}

    def _keys(self, form: str) -> tuple[str, ...]:
        return ("*", form, f"~{form[-1]}")

    def blocked(self, hay: str, start: int, end: int, head: "Head") -> bool:
        """The head is part of a longer word (`委员会`, `书记处`, `各有所长`) or names
        something else (`CEO Summit`, `the mayor's office`)."""
        if self.neg_after and self.neg_after.match(hay, end):
            return True
        read_on = not (start and (hay[start - 1] in TITLE_OPENERS or hay[start - 1] == hay[start]))
        for key in self._keys(head.form):
            after = self.after.get(key)
            # a word of its own after the head blocks it after 副 too (`副会长单位`: a member
            # body's rank, `副市长会议`); a character reads on only from a bare head (长江)
            if after and (hay.startswith(after[0], end) or read_on and hay.startswith(after[1], end)):
                return True
            before = self.before.get(key)
            if before and any(hay.endswith(b, max(0, start - len(b)), start) for b in before):
                return True
        return False

    def holder(self, text: str, low: str, start: int, end: int, head: "Head",
               has_mods: bool) -> bool:
        """Is the title at text[start:end] the position of someone in the text?"""
        if head.need_before and not any(
                text.endswith(n, max(0, start - len(n)), start) for n in head.need_before):
            return False
        window = max(0, start - WINDOW)
        # (its phrase ends in `of` and spaces or tabs: searched only where the text does)
        taken = text[start - 1:start] in (" ", "\t") and text[window:start].rstrip(" \t")[-2:].lower() == "of" \
            and TAKES_POST_BEFORE.search(text, window, start) is not None
        if self.neg_before and self.neg_before.search(low, window, start) and not taken:
            return False
        if head.strength == "bound":  # a rank word that is a profession alone (工程师)
            # (a local post given its portfolio: `Councillor for Enterprise`, not the style `Councillor Jo Roe`)
            return has_mods or head.klass == "gov" and GOV_PORTFOLIO.match(text, end) is not None or self._bio_field(text, start, end, head) or (head.form in self.agency_posts and text[start].isupper()
                                and ACRONYM_BEFORE.search(text, window, start) is not None) \
                or (head.klass == "adviser" and ADVISER_OF_BODY.match(text, end) is not None
                    and ADVISER_BEFORE.search(text, window, start) is not None)
        if not self.latin:
            if in_book_title(text, start, end):
                return False
            return head.strength != "weak" or has_mods or self._han_evidence(text, start, end) \
                or self._bio_field(text, start, end, head)
        if not has_mods and head.form in self.given_names \
                and given_name_at(text, start, end, self.given_names):
            return False  # `Dean Gallagher`: a given name, not the post
        if head.form in self.honorific_titles and text[start].isupper() \
                and AFTER_NAME.match(text, end):
            return False  # `Professor Jane Roe`: written before a name, an honorific
        if head.form in self.named_only and AFTER_NAME.match(text, end) \
                and not self._named(text, end):
            return False  # `Principal Investigator`, `Principal Financial Group`: no name after
        if head.strength == "prefix":  # a rank written before a name: General Votel
            # not inside a name (`Annual General Meeting`, `the General Office`)
            m = NAME_BEFORE.search(text, window, start)
            return bool(AFTER_NAME.match(text, end)) and (
                m is None or m.group(1) in self.services) or bool(
                # (or the rank its holder takes: `promoted to Vice Admiral on 1 May`)
                self.holder_before and self.holder_before.search(low, window, start))
        if not has_mods and head.form in self.adjectives and AFTER_LOWER_NOUN.match(text, end):
            return False
        if head.plural:  # `vice presidents: A, B and C` names its holders after it
            return bool(AFTER_COMPLEMENT.match(low, end) or LIST_AFTER.match(low, end)
                        or NAMES_AFTER.match(text, end) or NAMES_ARE.match(text, end)
                        or self.plural_before.search(low, window, start)
                        or NAMES_BEFORE.search(text, max(0, start - LIST_REACH), start)
                        or WHOM_BEFORE.search(low, max(0, start - LIST_REACH), start)
                        or GIVEN_BEFORE.search(low, window, start))
        if head.strength == "strict":  # `a member of the X`, `a partner at X`; capitalised, a post's name
            # a firm's post is held at it (`a partner at X`; `a partner of the fund` is a
            # company's tie); a body's seat is held of it (`a member of the X committee`)
            prep = " at " if head.klass == "corp" else " of "
            # (or before its holder's full name, the firm's possessive or a practice before it:
            # `Acme's partner Jane Roe`, `corporate partner Jane Roe`; bare `partner Jane Roe`
            # may be anyone's partner)
            if head.klass == "corp" and AS_BEFORE.search(low, window, start) \
                    and AS_AFTER.match(low, end) and self._personal(text, low, start):
                return True
            return bool(low.startswith(prep, end) and (  # (`Member of the X Bureau and …`)
                text[start].isupper() or STRICT_BEFORE.search(low, window, start))) or bool(
                head.klass == "corp" and (has_mods or POSSESSIVE_BEFORE.search(text, window, start)
                                          or self._team_post(text, low, start, head))
                and self._named(text, end)) or bool(  # (a capitalised post with its field: `Programme Analyst`)
                head.klass == "corp" and has_mods and text[start].isupper()) or bool(
                head.klass != "corp" and SEAT_BODY_BEFORE.search(text, window, start)
                and SEAT_HOLDER_AFTER.match(text, end))
        if head.strength != "weak" or has_mods or taken:  # (`the role of Treasurer`: taken on)
            return True
        return self._latin_evidence(text, low, window, start, end, head)

    def _personal(self, text: str, low: str, start: int) -> bool:
        """Whether the sentence before `start` speaks of a person: a pronoun (`she`, `who`,
        `his`) or a given name (`Jane Roe joins as …`)."""
        lo = max(0, start - AS_REACH)
        cut = max(low.rfind(". ", lo, start), low.rfind("\n", lo, start))
        return PERSON_CLAUSE.search(low, max(lo, cut + 1), start) is not None or any(
            w in self.given for w in CAPITALISED.findall(text, max(lo, cut + 1), start))

    @staticmethod
    def _team_post(text: str, low: str, start: int, head: "Head") -> bool:
        """`led by partner Jane Roe`; `partner A in London and partner B`: a bare firm's post
        before a full name is a post where the sentence names a team by its members' posts
        (a firm's partner, not anyone's: the business partner of a person is not `led by`)."""
        if LED_BY_BEFORE.search(low, max(0, start - WINDOW), start):
            return True
        if not AND_BEFORE.search(low, max(0, start - WINDOW), start):
            return False
        lo = max(0, start - TEAM_REACH)
        cut = max(low.rfind(". ", lo, start), low.rfind("\n", lo, start))
        return re.search(rf"\b{re.escape(head.form)}\b", low[max(lo, cut + 1):start - 4]) is not None

    def _named(self, text: str, end: int) -> bool:
        """Whether a person's name follows at `end`: an honorific, or a given name and
        another capitalised word (`Principal Jane Roe`)."""
        m = NAMED_AFTER.match(text, end)
        return m is not None and (m.group(1) is None or m.group(1) in self.given)

    def drop_generic_lists(self, text: str,
                           found: list[tuple[Any, "Head"]]) -> list[tuple[Any, "Head"]]:
        """A coordinated list of titles that names posts, not holders: in English one
        with a plural in it ("elected the chairman and deputy chairmen of the
        committee"), in Chinese one after `选举产生` with no name after it, or one closed
        by a collective of office holders (`董事、监事和高级管理人员`)."""
        sep = RUN_SEP if self.latin else RUN_SEP_HAN
        keep: list[tuple[Any, Head]] = []
        run: list[tuple[Any, Head]] = []
        for item in found + [(None, None)]:
            cand = item[0]
            if cand is not None and run and sep.fullmatch(text, run[-1][0].end, cand.start):
                run.append(item)
                continue
            if run and not self._generic(text, run):
                keep += run
            run = [item] if cand is not None else []
        return keep

    def _generic(self, text: str, run: list[tuple[Any, "Head"]]) -> bool:
        if self.latin:
            return len(run) > 1 and any(h.plural for _, h in run)
        first, last = run[0][0], run[-1][0]
        if self.generic_after is not None and self.generic_after.match(text, last.end):
            return True
        return bool(self.generic_before
                    and self.generic_before.search(text, max(0, first.start - WINDOW), first.start)
                    and NO_NAME_AFTER.match(text, last.end))

    def _bio_field(self, text: str, start: int, end: int, head: "Head") -> bool:
        """`男，1962年出生，大专学历，高级经济师。`, `取得工程师职称`: in the résumé of a listed
        company's director or a cadre (the record every Chinese announcement of an appointment
        gives), a professional rank (职称) that stands as a field of its own, delimited as the
        other fields are, is the rank of the record's subject; so is one named as a 职称."""
        if self.latin or head.klass not in self.bio_classes or self.bio_cue is None:
            return False
        if text.startswith("职称", end):
            return True
        if not start or text[start - 1] not in FIELD_BEFORE \
                or end < len(text) and text[end] not in FIELD_AFTER:
            return False
        lo = max(0, start - BIO_REACH)
        cut = max(text.rfind("。", lo, start), text.rfind("\n", lo, start))
        return self.bio_cue.search(text, max(lo, cut + 1), start) is not None

    def _han_evidence(self, text: str, start: int, end: int) -> bool:
        prev = text[start - 1] if start else ""
        nxt = text[end] if end < len(text) else ""
        return prev in self.org_suffix or "、" in (prev, nxt) \
            or bool(self.post_after) and text.startswith(self.post_after, end) \
            or self.holder_before is not None \
            and self.holder_before.search(text, max(0, start - self.holder_reach), start) is not None

    def _latin_evidence(self, text: str, low: str, window: int, start: int, end: int,
                        head: "Head") -> bool:
        if AFTER_COMPLEMENT.match(low, end) or AFTER_NAME.match(text, end) \
                or AFTER_COPULA_NAME.match(text, end):
            return True
        if self.and_title is not None and text[start].isupper() and self.and_title.match(text, end):
            return True
        if APPOSED_NAME.match(text, end) and DEFINITE_BEFORE.search(text, window, start):
            return True
        if text[start].isupper() and CO_POST_AFTER.match(text, end):
            return True
        if BEFORE_APPOSITION.search(text, window, start):
            return True
        if text[start].isupper() and BEFORE_FIELD.search(text, window, start):
            return True
        if text[start].isupper() and LABEL_NAME.match(text, end):
            return True
        if self.holder_before and self.holder_before.search(low, window, start):
            return True
        # `James Dean`, `Stephen King`: a capitalised word before a head that is also a
        # surname is more likely a first name than an organisation
        if text[start].isupper() and head.form in self.surnames:
            return False
        return bool(BEFORE_PROPER.search(text, window, start))


def in_book_title(text: str, start: int, end: int) -> bool:
    """Inside 《…》, the name of a document, motion or work (`《关于聘任公司副总经理的议案》`):
    a title there names the post the document is about, held by no one in the text
    (GUIDELINES, TITLE: a title used as a common noun with no holder is out). Title marks
    enclose one line's short name, so only WINDOW characters each side are read."""
    lo = max(0, start - WINDOW)
    opened = max(text.rfind(c, lo, start) for c in BOOK_OPEN)
    if opened < 0 or any(c in text[opened:start] for c in BOOK_CLOSE + "\n"):
        return False
    closed = min((i for i in (text.find(c, end, end + WINDOW) for c in BOOK_CLOSE) if i >= 0), default=-1)
    return closed >= 0 and "\n" not in text[end:closed] and not any(c in text[end:closed] for c in BOOK_OPEN)
