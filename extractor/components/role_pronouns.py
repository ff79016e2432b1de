"""People a role's clause names by a pronoun: `She is currently Provost of X`, `He
previously served as CFO at Y`, `He will succeed Ms Lyle as Chair`.

A release states the career of its subject in sentences that open with `He` or `She`
(GUIDELINES, Relations: the triples the text states, past posts too). The pronoun stands
for a person named before; this module puts a `PersonRef` at the pronoun, a PERSON-labelled
record the role chain links like a name and that carries the mention it stands for, so the
triple names that person. Only a sentence-opening pronoun (or one right after a sentence's
opening time adverbial: `Previously, she was CFO of X`) whose gap to the next entity is
one the chain reads as a post's (a copula, `served as`, `succeeds`) gets one: elsewhere a
pronoun links nothing and stays out of the chain.

The antecedent is the nearest name before, within REACH characters, that the pronoun can
stand for: not of the other sex where an honorific before a mention of it tells (`Ms
Vance` is no `He`), and not the predecessor a succession names as its object (`She
succeeds Tor Eriksen, who retires. She previously ...`: the second `She` is the successor).
English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..candidates import Ent

REACH = 400  # characters from a pronoun back to its antecedent: this sentence's paragraph
# `\b(He|he|She|she)\b`, where the sentence opens is checked after; written to open on a
# character class (the boundary looked back at from it) so that the engine skips in C to
# each h or s: a leading `\b` made it try every position of the text (0.027 -> 0.011 s a MB)
# `He`/`She` as whole words, each regex opening on its literal so the engine skips to it in C
# (one pattern opening on any h or s stopped at a tenth of all letters)
CAPITAL_PRONOUNS = (re.compile(r"He(?<!\wHe)\b"), re.compile(r"She(?<!\wShe)\b"))
# `he`/`she` only after a comma and up to two spaces (group 1): after a sentence's opening
# adverbial (`Previously, she was CFO of X`), the only place a lowercase one is read
AFTER_COMMA = re.compile(r",[ \t]{0,2}(s?he)\b")
OPENS = re.compile(r"(?:[.!?][\"”’]?[ \t]+|\n[ \t]*)\Z")  # the end of the text before an opening word
# `Previously, she was CFO of X`, `From 2015 to 2019, he served as ...`: a time adverbial opens
# the sentence and a comma closes it before the subject
ADVERBIAL = re.compile(
    r"(?:[.!?][\"”’]?\s+|\n\s*)(?:Previously|Earlier|Before that|Prior to that|Most recently|Until"
    r"|From|In|Since|During|Between|Before|After|Prior to)\b[^.!?;\n]{0,50},\s+\Z")
# `Before that she spent six years at X as CFO`: a time adverbial that opens the sentence with
# no comma before the subject (session 16; the adverbial's words as ADVERBIAL's, group 1 the pronoun)
# (read back from each ` he `/` she `, a literal the engine finds in C: a pattern opening on the
# adverbials' words was tried at every position of the text)
ADVERBIAL_BARE = re.compile(
    r"(?:[.!?\n][\"”’]?[ \t\n]*|\A\s*)(?:Before that|Prior to that|Previously|Earlier(?: in (?:his|her) career)?"
    r"|Most recently|Until then|(?:Before|Prior to) joining [^.!?;,\n]{1,40}?|(?:Until|From|Since|In|Between)"
    r" (?:[A-Z][a-z]+ )?\d{4}(?: (?:to|and|until) (?:[A-Z][a-z]+ )?\d{4})?) \Z")
LOWER_PRONOUNS = (re.compile(r" he\b"), re.compile(r" she\b"))
ADVERBIAL_REACH = 64  # characters an opening adverbial takes before the pronoun
# the last words ADVERBIAL_BARE's adverbials can end on (a year's digit aside): a cheap test first
ADVERBIAL_ENDS = ("that", "Previously", "Earlier", "career", "recently", "then")
SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Mdm": "f", "Madam": "f",
       "Sir": "m", "Dame": "f", "Lord": "m", "Lady": "f"}
HONORIFIC_BEFORE = re.compile(r"\b(" + "|".join(SEX) + r")\.?[ \t]+\Z")
PREDECESSOR_BEFORE = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing))\s+(?:(?:the|outgoing|former|retiring|"
    r"long-?time)\s+)*(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\.?\s+)?\Z")
PRONOUN_SEX = {"He": "m", "She": "f"}
LINKING = frozenset({"ALSO", "ALSOITS", "SUCCEED", "JOINED"})  # gaps that give a post


class PersonRef(Ent):
    """A pronoun standing for an earlier PERSON mention (`antecedent`)."""

    __slots__ = ("antecedent",)

    def __init__(self, text: str, start: int, end: int, antecedent: Ent) -> None:
        super().__init__("PERSON", text, start, end, antecedent.value, antecedent.info,
                         antecedent.source)
        self.antecedent = antecedent


def person_of(ent: Ent) -> Ent:
    """The PERSON mention a role's person stands for."""
    return ent.antecedent if isinstance(ent, PersonRef) else ent


def pronoun_refs(text: str, ents: list[Ent], classify: Callable[[str], str | None]) -> list[PersonRef]:
    """A PersonRef for each sentence-opening `He`/`She` whose gap to the next entity
    gives a post, resolved to the nearest fitting name before it. `ents` in text order."""
    if "he " not in text and "He " not in text:  # `she ` and `She ` hold `he `
        return []
    persons = [e for e in ents if e.label_ == "PERSON"]
    if not persons:
        return []
    sex: dict[str, str] | None = None  # read only once a pronoun gives a post
    out: list[PersonRef] = []
    starts = [e.start_char for e in ents]
    k = 0  # the first entity after the pronoun
    # the pronouns in text order; a lowercase one only after a comma (an adverbial's comma
    # comes right before the subject)
    spans = sorted([m.span() for r in CAPITAL_PRONOUNS for m in r.finditer(text)]
                   + [m.span(1) for m in AFTER_COMMA.finditer(text)])
    bare = {m.start() + 1 for r in LOWER_PRONOUNS for m in r.finditer(text)
            if _after_adverbial(text, m.start())}
    spans = sorted(set(spans) | {(a, a + (3 if text[a] == "s" else 2)) for a in bare})
    for a, b in spans:
        word = text[a:b]
        if a in bare:
            pass  # after an adverbial that opens its sentence with no comma
        elif word[0].islower():
            lo = max(0, a - 70)
            if ADVERBIAL.search("\n" + text[:a] if lo == 0 else text[lo:a]) is None:
                continue  # not the subject after a sentence's opening adverbial
        else:
            lo = max(0, a - 8)
            if OPENS.search(text, lo, a) is None and (lo or text[:a].strip()):
                continue  # not the first word of a sentence
        while k < len(ents) and starts[k] < b:
            k += 1
        if k >= len(ents) or ents[k].label_ not in ("TITLE", "ORG", "PERSON") \
                or classify(text[b:ents[k].start_char]) not in LINKING:
            continue
        if sex is None:
            sex = _sexes(text, persons)
        ante = _antecedent(text, persons, a, PRONOUN_SEX[word.title()], sex)
        if ante is not None:
            out.append(PersonRef(word, a, b, ante))
    return out


def _after_adverbial(text: str, space: int) -> bool:
    """Whether an opening adverbial with no comma ends at `space`, the space before a
    lowercase pronoun: the last word tested first, the adverbial's pattern only then."""
    if not (text.endswith(ADVERBIAL_ENDS, 0, space) or text[space - 1:space].isdigit()
            or "joining" in text[max(0, space - ADVERBIAL_REACH):space]):
        return False
    return ADVERBIAL_BARE.search(text, max(0, space + 1 - ADVERBIAL_REACH), space + 1) is not None


def _sexes(text: str, persons: list[Ent]) -> dict[str, str]:
    """Last word of a name -> `m`/`f`, where an honorific before a mention tells."""
    out: dict[str, str] = {}
    for e in persons:
        m = HONORIFIC_BEFORE.search(text, max(0, e.start_char - 8), e.start_char)
        if m is not None and e.text.split():
            out.setdefault(e.text.split()[-1], SEX[m.group(1)])
    return out


def _antecedent(text: str, persons: list[Ent], at: int, sex: str,
                known: dict[str, str]) -> Ent | None:
    for e in reversed(persons):
        if e.end_char > at:
            continue
        if at - e.end_char > REACH:
            return None
        if not e.text.split() or known.get(e.text.split()[-1], sex) != sex:
            continue
        if PREDECESSOR_BEFORE.search(text, max(0, e.start_char - 40), e.start_char):
            continue
        return e
    return None
