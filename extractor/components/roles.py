"""Person-title-organisation roles from the sequence of entities.

The entities of a text are read as a chain: each pair of neighbours is joined by a gap
whose class (`ADJ`, `APPOS` ", the", `OF` " of the", `AND`, `LIST` "、", `CONCUR` "兼",
`TO` " to ", `ITS` " its ") comes from a per-language data file; a closing bracket at the
start of a gap is set aside so `(CCPIT Beijing)` or `(DDG)` can be stepped over. Three
shapes are linked (GUIDELINES, Relations):

- title first: `[ORG] TITLE (、|兼|及 [ORG] TITLE)* PERSON` (`商务部副部长王某`,
  `Vice Chairman Zhu Jialiang`, `U.S. Ambassador to China X`);
- person first: `PERSON, [ORG] TITLE [of ORG (and ORG)*] (and TITLE of ORG)*`;
- name then title: `[ORG] PERSON TITLE` (`王某会长`);
- a plural title before a list of names: `vice presidents: A, B and C`;
- names listed, then as many posts and `respectively` (`A and B, CEO and CFO of X
  respectively`; Chinese `分别`): paired in order.

An organisation is taken only where the text joins it to the title; the items of a list
(`秘书长甲、副秘书长乙`) share the organisation of the first, up to an item whose title
holds its own body (`经济部长`), and only across `、` (`某会副主任甲及局长乙` says nothing of
乙's body); one holder's titles (`某市委常委、统战部长甲`, `董事长及总经理甲`) share the
body named before the first; a title that belongs to a place never inherits one. Names
listed before a post a verb gives hold it too (`增补甲、乙为某会副会长`); `该公司` after a name
is the company named before it, while the release's own bare `公司`/`本公司` gives no org.
In English an organisation may also be referred to (`the Company's CEO`, `its chairman`) or
be the release's subject, which a bare apposition (`Jane Roe, CFO, said`) takes: see
role_refs.py.

Parts of the linker live in modules of their own (session 20, outputs unchanged): the chain of
entities and classified gaps (role_chain.py); lines that pair a post with names (`副会长：甲、乙`,
`Treasurer: A`, an outline's `Name:` field: role_fields.py); Chinese board notices' and résumés'
set forms (`分别担任`, `由乙接任`, `曾任…现任…`: role_notices.py); the body a Chinese post is held at
by its sentence's context (role_bodies.py); the links and the triples they become (role_links.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc

from .. import memo
from ..memo import Memo
from ..candidates import Ent, doc_text, ext, lower_text, records, set_ext
from ..lexicon import read_tsv
from .base import DataComponent
from .line_fields import FIELD_SEP, LINE_OPENING, LINE_TAIL
from .role_bodies import ROWS as BODY_ROWS
from .role_bodies import SENTENCE_END, ContextBodies
from .role_fields import ROWS as FIELD_ROWS
from .role_chain import REFER_REACH, Chain, referred
from .role_fields import FieldLines
from .role_links import Link, as_role, dedupe, full_name, headline_repeats
from .role_notices import ROWS as NOTICE_ROWS
from .role_notices import BoardNotices, joined_orgs
from .role_pronouns import person_of, pronoun_refs
from .role_refs import OrgRef, OrgReferences, resolved

LINKED = ("PERSON", "TITLE", "ORG", "REGION")

# `The TITLE, NAME`: `the` (after a sentence start or a dateline's dash), a nationality word
DEFINITE_START = re.compile(r"(?:[\n.!?\"”]\s*|^\s*|\s[-–—]{1,2}\s*)The (?:[A-Z][a-z]+ )?\Z")
# `the UAE Minister`, `the state's Secretary of Economy` (a place's post named by a common noun)
DEFINITE = re.compile(r"\b[Tt]he (?:[A-Z][a-z]+ |[A-Z][A-Z.]{1,4} |(?:state|province|city|country|county)['’]s )?\Z")
WORD_BEFORE = re.compile(r"(\S*)\s+([A-Z][\w&.’'-]*) \Z")  # the word before a title, and the one before it
POSSESSIVE_BEFORE = re.compile(r"\w['’]s? \Z")
OPENERS = frozenset({"The", "A", "An", "Former", "Interim", "Acting", "Outgoing", "Incoming", "New"})
LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")  # one line to the next, no blank line
COPULA = re.compile(r"\s+(?:is|was|will be|has been)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?")
# a name that closes its apposition; a member's letters may follow it (`the Hon Jane Roe MP,`)
CLOSED = re.compile(r"(?:\s+(?:MP|MLA|MPP|MHA|MEP|TD|JP))?\s*(?:[,.;:)]|\Z)")
UNIT_AT = re.compile(r"\s+at\s+(?:the\s+)?")  # a unit seated at its parent body
# `, Mr `: an honorific opening an apposition after a title names its holder
# (stacked, and the Commonwealth's and the Gulf's styles: `, the Hon `, `, His Excellency Dr `)
HONORIFIC_APPOSITION = re.compile(
    r",\s*(?:(?:the\s+)?(?:Mr|Ms|Mrs|Miss|Mdm|Madam|Dr|Prof|Professor|Sir|Dame|H\.?E\.?|H\.?H\.?|Hon"
    r"|Honourable|Honorable|(?:His|Her) (?:Royal )?(?:Excellency|Highness))\.?\s+)+")


# `A of Acme as`, `A (Acme) as`, `A of Acme was elected`: the affiliation closed, then the post
# the name takes
AFFILIATED_AS = re.compile(
    r"\)?\s*,?\s+(?:(?:was|is|has been|will be)\s+(?:re-?)?(?:elected|appointed|named|chosen)\s+(?:as\s+)?|as\s)")
# `A, formerly of Acme, as Head of Policy` (session 16): a body the person came from, set apart
# by commas before the post the sentence gives; the words are data (role_gaps.tsv FORMERLY_OF,
# AS_AFTER_AFFILIATION), the linker's affiliated_gap their span with the body between
# `... Vice-President and re-elected B Treasurer`: the sentence's next predicate opens after the post
NEXT_CLAUSE = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:re-?)?[a-z]+(?:ed|s)\s")
# `A, who founded Acme in 2014 and serves as its CEO` (founded_its) and a leaving holder's tenure
# before the post (tenure_post: `, who is retiring after 17 years as `): role_gaps.tsv FOUNDED,
# FOUNDED_ITS, TENURE
BODY_AFTER = re.compile(r"\s+(?:of|at|for|with)\s")  # a post's body named after it (tenure_post)
UNREAD_AFFILIATION = re.compile(r" of (?:[A-Z][\w&'’.-]*\s+){1,4}")  # `A of Varma Tooling` before the post
# a contact line's or a listed line's shape (contact_line): line_fields.py; a signature's post and
# its body on one line (signature)
CONTACT_COMMA = re.compile(r",[ \t]*")
OWN_POST_AT = re.compile(r"\s+(?:at|of|with)\s+(?:the\s+)?")  # `Provost at ORG`, before `, where`
OWN_HOLDER = re.compile(r"\)?,\s+")  # after a bracketed short form too: `President of X (XA), B`
# `A and B, Chairman and President of X respectively`, `A and B were named CEO and CFO,
# respectively` (English coordination, session 14): names joined by commas or `and`; then
# lowercase words only (`, previously`, `were named`, `will serve as the`) before the first post;
# posts joined so; after the last an optional `of|at ORG` the posts share, then `respectively`
EN_NAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
EN_TO_POSTS = re.compile(r"\s*,?\s*(?:[a-z][a-z-]*,?\s+){0,6}")
EN_POST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
EN_POSTS_AT = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
EN_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
# `officials of the Ministry, including ...`: a group of a body's people, then its members
GROUP_OF = re.compile(
    r"\b(?:officials|representatives|executives|members|staff|delegates|delegation|leaders"
    r"|officers|team|leadership|management)\s+(?:of|from)\s+(?:the\s+)?\Z", re.IGNORECASE)
INCLUDING = re.compile(r"\s*,?\s*(?:including|among them|such as|notably)\s+", re.IGNORECASE)
# a title's body: a capitalised name, or one `its` refers to (`chair of its Shanghai chapter`)
TITLE_POSSESSIVE = re.compile(r" of (?:its|their) ")  # `head of its tax practice`
BARE_NOUN = re.compile(r"([A-Z][a-z]+)\s*[,.;:]")  # `the Embassy,`: one word, then the clause goes on
UNREAD_BODY = re.compile(r"\s+(?:of|at)\s+(?:(?:the\s+)?(?P<name>[A-Z])|(?:its|their)\s)")
# the words that set a clause at a body: `a visit to`, `a call at`, `toured the` (before `, where TITLE NAME`)
VISITED = re.compile(r"\b(?:at|to|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+)?\Z")
# `She joins from ORG`: the sentence's subject is the person named before
PRONOUN_FROM = re.compile(
    r"(?:^|[.!?][\"”]?\s+|\n\s*)(?:He|She)\s+(?:(?:has|had|will)\s+)?(?:joins|joined|join|comes|came"
    r"|moves|moved|arrives|arrived|returns|returned)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?\Z")
# `from ORG in Osaka, where ...`, `from ORG, Tromsø, Norway, where ...`: a body's seat after it
SEAT_GAP = re.compile(r"\s+(?:in|based in)\s+|\s*,\s*")
# `A joins Acme from ORG`: the text from the person to the body left, over the body joined
JOINS_FROM = re.compile(
    r"\s+(?:(?:has|had|will)\s+)?(?:joins|joined|join|comes|came|moves|moved|returns|returned)"
    r"\s+(?:the\s+)?[^,.;:!?\n]{1,60}?\s+from\s+(?:the\s+)?")
# `A joins as CMO from Avelyn`, `A joined the company as CFO from Acme`: the body after `from` is the one
# left, not the post's (session 18; `held_where` reads the posts held there: `…, where he was X`); the
# words are data (role_gaps.tsv JOINS_AS, FROM_GAP, JOINS_FROM_BODY, AS_GAP)
UNREAD_OWNER = re.compile(r"(?<![\w.])([A-Z][\w&-]*)['’]s? \Z")  # `Orvell's` before a title
OWNER_ENDS = ("'s ", "’s ", "' ", "’ ")  # every end of an UNREAD_OWNER match
# a verb of appointing before a name: `to` after it gives the post (`promoted A to CFO`)
PROMOTED_BEFORE = re.compile(
    r"\b(?:(?:promot|elevat|appoint|nam|elect)(?:ed|es|e|s)?|(?:promotion|appointment|election)s?"
    r"\s+of|and\s+of)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?\Z")  # (`the promotions of A to X and of B to Y`)
# `Acme Corp. (NYSE: ACM) has named A as CFO`, `Valmora appoints A as Chair`: the body
# that appoints, right before the verb (a ticker in brackets between), gives the post
# (also after an apposition that describes the body, and by the noun: `Acme, the tourism agency,
# today announced the appointment of A as Chief Executive`)
APPOINTED_BY = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:,\s+(?:the|a|an)\s+[^,()\n.;]{1,60},)?\s+"
    r"(?:(?:today|also|recently|has|have|had|announced|that|it)\s+)*"
    r"(?i:(?:appoint|nam|elect|promot|hir)(?:ed|es|e|s)|tap(?:ped|s)|the\s+appointment\s+of)"
    r"\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?\Z")  # (the verb capitalised in a headline: `Acme Names A CFO`)
# `the board elected A Chair`, `Acme Appoints A President and Chief Executive Officer`: a verb of
# appointing, its object (the person), then the post as its complement with no `as` between
# (session 15); an honorific may open the object
COMPLEMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:re-?)?(?:appoint(?:s|ed)?|nam(?:e|es|ed)|elect(?:s|ed)?|promot(?:e|es|ed)|hir(?:e|es|ed))"
    r"\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+)?\Z", re.IGNORECASE)
JOIN_AS_ITS = re.compile(r",?\s+as\s+(?:its|their)\s+(?:(?:new|next|first|incoming|interim|acting)\s+)*")
APPOINTED_REACH = 150
AS_POST = re.compile(r",?\s+(?:as|to)\s+(?:(?:its|their|the|a|an|new|next|interim|acting)\s+)*\Z")
# a company's posts that also head a state (`Acme CEO A and President B`: B may be a country's
# president): too ambiguous to take the body named for the list's first item
STATE_HEAD_POSTS = frozenset(("president", "vice president", "vice-president"))
LIST_BREAK = re.compile(r"[.;:!?\n]")  # where such a list ends
LIST_REACH = 300  # characters from a listed title back to the group's body  # `…, B`: a name right after the title's phrase and a comma


class GapRow(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    gap_class: str = Field(alias="class")
    regex: str


class PlaceTitle(BaseModel):
    value: str


ZH_CLAUSE = re.compile(r"\s*(?:[,，。;；)）]|\Z)")  # where a Chinese apposition ends
ITS_KIND = re.compile(r"(?:该|該)(公司|集团|集團|银行|銀行|协会|協會|商会|商會|大学|大學|学院|學院"
                      r"|中心|机构|機構|基金会|基金會|委员会|委員會|联合会|聯合會|研究院|研究所|会|會)\s*\Z")  # `该公司`, `該中心`, `该会`
ORGANS = frozenset({"board", "council", "committee", "trustees", "governors"})  # a body's governing organs
# the data rows of English clause shapes read whole between two entities (no gap classes)
FORMERLY, AFFILIATION = "FORMERLY_OF", "AS_AFTER_AFFILIATION"
CLAUSES = (FORMERLY, AFFILIATION, "FOUNDED", "FOUNDED_ITS", "TENURE", "JOINS_AS", "FROM_GAP", "JOINS_FROM_BODY",
           "AS_GAP")
NEVER = re.compile(r"(?!)")  # a clause a language's file does not write: it matches nothing
# gaps inside a name's apposition (`A, a partner at ORG`, `A, ORG's CFO`): no item of a list ends there
APPOSED = frozenset({"APPOS", "OF", "ADJ", "POSS", "TO"})
# a firm's team and who leads it (`led_teams`): `ORG's team was led by`, `ORG, led by`
LED_TEAM = re.compile(r"(?:['’]s)?[ \t]+team[ \t]+(?:was|were|is|are|has been|will be)[ \t]+(?:co-)?led[ \t]+by\b"
                      r"|,[ \t]+(?:co-)?led[ \t]+by\b")
LED_BY = re.compile(r"led[ \t]+by\b")  # in every LED_TEAM match: a text without it has no led team
ENGLISH_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
TEAM_REACH = 240
# what may follow a person's apposition that names no organisation (`Jane Roe, CFO, said`,
# `A, a director since 2020,`, `A was named CFO in 2023`), also when the post starts
# (`as CFO effective May 1`, `step down as CEO on June 30`, `as Chair following the AGM`, `at
# the conclusion of the annual meeting`, where: `elected A Chair at its annual general meeting`) or for how long (`elected Chair for a two-year term`,
# `retires as CEO after nine years`, `completes her term as Chair in December`), or until
# when (`as interim COO while the search goes on`), or a clause on the change that opens no
# body (`as interim CFO following the departure of B`, `CFO, who joined in 2019`), or a
# co-holder (`co-head of sales alongside B`), or the post's remit (`Director responsible for
# exports`, `in charge of`: a field, no body; `Senior Adviser on energy transition`, a lowercase remit, session 16), or the release's body's own board (`Lead
# Independent Director of the board`: no other body's board is named)
BARE_END = re.compile(
    r"\s*(?:[,.;:!?)\"”’]|\Z|(?:said|says|added|adds|noted|notes|commented|explained|stated|since"
    r"|effective|following|succeeding|replacing|who|whose|alongside|and\s+of|responsible\s+for|in\s+charge\s+of)\b|(?:in|from)\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}\b"
    r"|in\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:on|from|as of|starting|beginning)\s+(?:(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b|\d{1,2}\s+(?-i:[A-Z][a-z]{2,8})\b"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"|for\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2}term\b"
    r"|(?:after|upon)\s+(?:the|its|this|next|completion)\b|at\s+the\s+(?:conclusion|end|close)\s+of\b"
    r"|at\s+(?:the|its|their|this\s+year['’]s)\s+(?:[\w-]+\s+){0,3}(?:meeting|AGM|assembly|congress|convention)\b"
    r"|(?:after|for)\s+(?:[\w-]+\s+){1,2}(?:years?|months|decades?)\b|(?:while|until|pending)\b"
    r"|with\s+(?:immediate\s+)?effect\b|in\s+(?:his|her|their)\s+place\b"
    r"|(?:on|for)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3}\s*[,.;]"
    r"|of\s+the\s+board(?:\s+of\s+directors)?\b(?!\s+of\b))")
# an apposition that ends its line (a contact block's `Jane Roe, Head of Communications` /
# `press@...`): the next line names no body, so the post is as bare as before a comma
LINE_END = re.compile(r"[ \t]*\n")


def title_head(title: Ent) -> str:
    """The last word of a title's canonical value (its text where it has none): the post's
    head noun, which `Acting Dean` and `Dean of the Faculty` share."""
    words = str(title.value or title.text).lower().split()
    return words[-1] if words else ""


# `and` followed by an article: the next title is another post's, not a second title of one holder
NEW_PHRASE = re.compile(r"\band\s+(?:the|a|an)\s", re.IGNORECASE)


def title_glosses(text: str, ents: list[Ent]) -> dict[int, Ent]:
    """Latin-script titles in brackets right after a Chinese title (`司長（Secretário para a
    Economia e Finanças）`), by the id of the title they gloss: the same post, held by the
    person the Chinese title is linked to, its portfolio in the title (org null)."""
    out: dict[int, Ent] = {}
    for a, b in zip(ents, ents[1:]):
        if a.label_ == b.label_ == "TITLE" and text[a.end_char:b.start_char].strip() in ("(", "（") \
                and b.text[:1].isascii() and b.text[:1].isalpha() and not a.text[:1].isascii():
            out[id(a)] = b
    return out


class RoleLinker(DataComponent):
    FILES = {"gaps": True, "place_titles": True, "topics": False, "references": False,
             "org_patterns": False}

    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["gaps"], GapRow)
        # lines that pair a post with names (`副会长：甲、乙`, `Treasurer: A`): role_fields.py
        self.fields = FieldLines.from_rows({r.gap_class: r.regex for r in rows if r.gap_class in FIELD_ROWS})
        # Chinese board notices' and résumés' clauses (RESUME, HANDOVER, TAKES): role_notices.py
        self.notices = BoardNotices.load({r.gap_class: r.regex for r in rows if r.gap_class in NOTICE_ROWS},
                                         self.place_bound)
        # the body a Chinese post with none joined is held at by its sentence's context: role_bodies.py
        self.bodies = ContextBodies.load({r.gap_class: r.regex for r in rows if r.gap_class in BODY_ROWS},
                                         files.get("topics"), self.fields, self.place_bound)
        clause = {r.gap_class: re.compile(r.regex) for r in rows if r.gap_class in CLAUSES}
        (self.formerly_of, self.as_after_affiliation, self.founded, self.founded_its_re, self.tenure,
         self.joins_as, self.from_gap, self.joins_from_body, self.as_gap) = (clause.get(k, NEVER) for k in CLAUSES)
        self.affiliated_gap = re.compile(
            self.formerly_of.pattern + r"[^,.;:()\n]{1,80}" + self.as_after_affiliation.pattern) \
            if FORMERLY in clause and AFFILIATION in clause else NEVER
        rows = [r for r in rows if r.gap_class not in NOTICE_ROWS and r.gap_class not in BODY_ROWS
                and r.gap_class not in CLAUSES and r.gap_class not in FIELD_ROWS]
        # one alternation: the first class whose pattern matches the whole gap wins, as
        # in the file's order, in one C-level match instead of one per class
        self.gap_re = re.compile("|".join(f"(?P<{r.gap_class}>{r.regex})" for r in rows), re.IGNORECASE)
        # the class of a bare colon (`COLON`; Chinese `APPOS`): the gap after a field's label
        colon = self.gap_re.fullmatch(":")
        self.colon_gap = colon.lastgroup if colon else None
        self.place_titles = {r.value for r in read_tsv(files["place_titles"], PlaceTitle)}
        self.gap_cache = Memo(memo.GAPS)  # gap text -> its class
        self.refs = OrgReferences(files["references"], files.get("org_patterns")) \
            if "references" in files else None

    def classify(self, text: str) -> str | None:
        if len(text) > 60:
            return None
        cls = self.gap_cache.get(text, "?")
        if cls == "?":
            m = self.gap_re.fullmatch(text)
            cls = m.lastgroup if m else None
            self.gap_cache.put(text, cls)
        return cls

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lang = doc.lang_  # read once: each `doc.lang_` goes through the vocab in Cython
        ents = [e for e in records(doc) if e.label_ in LINKED]
        orgs = [e for e in ents if e.label_ == "ORG"]
        subject = None
        if self.refs is not None:
            subject = self.refs.subject(text, orgs)
            if subject is not None:
                subject = self.refs.fullest(subject, orgs, text)
            refs = self.refs.references(text, ents, subject, lower_text(doc, text))
            subject = subject or self.refs.repeated(refs)
            if refs:  # (`ents` is in text order already: `records`)
                ents = sorted(ents + refs, key=lambda e: e.start_char)
        if lang != "zh":  # `She is currently Provost of X`: the person named before
            said = pronoun_refs(text, ents, self.classify)
            if said:
                ents = sorted(ents + said, key=lambda e: e.start_char)
        glosses = title_glosses(text, ents) if lang == "zh" else {}
        if glosses:  # `司長（Secretário para …）甲`: the chain reads the Chinese title alone
            ents = [e for e in ents if all(g is not e for g in glosses.values())]
        chain = Chain(ents, text, lang, self.classify, self.fields)
        company = subject is not None and self.refs.company_subject(subject, text)
        links: list[Link] = []
        list_org: dict[int, Ent | None] = {}  # person index -> org its list items share
        by_person: dict[int, list[Link]] = {}
        for p, ent in enumerate(ents):
            if ent.label_ != "PERSON" or (ent.info or {}).get("part") == "given" \
                    and chain.label(p - 1) == "TITLE" and chain.label(p - 2) == "PERSON":
                continue  # `王部长美花`: the given name's role is the surname's (where a
                # wider name took the surname, `某公司中国区副总裁王明`, the `given` is the name)
            found = self.title_first(chain, p)
            if not found and chain.label(p - 1) == "PERSON" and (chain.gap(p - 1) == "LIST" or (
                    self.listed(chain, p - 1) and not self.titled_after(chain, p))):
                # `会董甲、乙、丙`, `副主席甲、乙和丙`: names listed after one title share it,
                # not a name with its own title after it (`甲会主任乙和丙会长`)
                before = ents[p - 1].start_char
                found = [Link(ent, lk.title, lk.org, explicit=False)
                         for lk in by_person.get(p - 1, []) if lk.title.end_char <= before]
            elif not found and (q := self.fields.noted_before(text, ents, p)) is not None:
                # `副会长：甲（某公司总经理）、乙（某公司）、丙`: each name of the list, its
                # affiliation noted in brackets, holds the post the list opens with
                before = ents[q].start_char
                found = [Link(ent, lk.title, lk.org, explicit=False)
                         for lk in by_person.get(q, []) if lk.title.end_char <= before]
            lead = next((lk.org for lk in found if lk.org is not None and lk.explicit), None)
            found += self.name_then_title(chain, p, lead)
            after = self.person_first(chain, p) + self.complement(chain, p) + self.joined_as(chain, p) \
                + self.held_where(chain, p) \
                + self.affiliated_as(chain, p) \
                + (self.founded_its(chain, p) if text.find("founded", ent.end_char, ent.end_char + 24) >= 0 else []) \
                + (self.tenure_post(chain, p) if text.find(" after ", ent.end_char, ent.end_char + 120) >= 0 else []) \
                + self.signature(chain, p)
            self.contact_line(chain, p, after)
            links += self.listed_before(chain, p, found, after, by_person)
            found += after + self.listed_under(chain, p) + self.listed_as(chain, p)
            links += self.successor(chain, p, found, after)
            # `A was named CFO, succeeding B`: the post is A's; B's is not stated (an
            # interim, a co-holder or another title may have gone before), and the samples
            # annotated to GUIDELINES give B none, so SUCCEEDING links nothing
            self.carry_list_org(chain, p, found, list_org)
            by_person[p] = found
            links += found + self.notices.respectively(chain, p) + self.notices.served_at(chain, p) \
                + self.notices.taken_over(chain, p)
        links += self.notices.resume_posts(chain, links)
        links = self.respectively_en(chain, links)
        links += [Link(lk.person, glosses[id(lk.title)], None) for lk in links if id(lk.title) in glosses]
        if self.bodies.topics:  # matched on the simplified text (`會董` is `会董`)
            self.bodies.topic_orgs(ext(doc, "norm_text") or text, ents, links)
        if chain.lang != "zh":
            self.included(chain, links)
            self.led_teams(text, orgs, links)
        if self.bodies.body_ref_re is not None:
            self.bodies.body_refs(text, ents, links)
        if self.bodies.elector_re is not None:
            self.bodies.elected_posts(text, ents, links)
        for lk in links:
            lk.org = resolved(lk.org)
        if chain.lang != "zh":
            self.predecessor_orgs(chain, links)
        if chain.lang != "zh":
            self.possessive_bodies(text, orgs, links)
        if chain.lang != "zh":
            self.appointing_bodies(text, orgs, links)
        for lk in links:
            if subject is not None and lk.org is None and lk.bare \
                    and self.subject_holds(lk, subject, company):
                lk.org, lk.explicit = self.refs.stated_near(text, orgs, subject, lk.person), False
        for lk in links:
            lk.person = person_of(lk.person)
        if chain.lang != "zh":
            links = headline_repeats(text, links)
            starts, ends = {e.start_char for e in ents}, {e.end_char for e in ents}
            nouns = self.refs.mode if self.refs is not None else {}
            links = [lk for lk in links if lk.org is not None
                     or not self.unread_body(text, lk.title, starts, ends, nouns)]
        full = lang != "zh"
        names = {e.text for e in ents if e.label_ == "PERSON" and e is person_of(e)}
        set_ext(doc, "roles", [as_role(lk, text if full else None, names,
                                            linked=not full and lk.title.start_char != lk.person.end_char)
                               for lk in dedupe(links, text if chain.lang == "zh" else "")])
        return doc

    def subject_holds(self, lk: Link, subject: Ent, company: bool) -> bool:
        """Whether a bare post (no body or place joined to it) is the release's subject's: not a
        place's title (but a chief executive in a company's or members' body's release), not a
        public office nor one naming its own body; a post before the name only in a company's,
        a university's or a members' body's own release."""
        if self.place_bound(lk.title) and not ((company or self.refs.members_body(subject))
                                               and self.refs.corporate_post(lk.title)):
            return False
        if self.refs.office(lk.title, company) or self.refs.own_body(lk.title):
            return False
        return company or not lk.leading or self.refs.academic_body(subject) \
            or self.refs.members_body(subject) and not lk.definite

    # -- title first: [ORG] TITLE (、|兼 [ORG] TITLE)* [to REGION] PERSON ------------------
    def title_first(self, c: Chain, p: int) -> list[Link]:
        t = p - 1
        if c.label(t) == "REGION" and c.gap(t) == "ADJ" and c.gap(t - 1) == "TO":
            t -= 1  # `Ambassador to China Robert Burns`
        elif c.label(t) in ("ORG", "REGION") and c.gap(t) == "APPOS" \
                and c.label((posted := self.posted_from(c, t))[0]) == "TITLE":
            # `Consul General of Fiji, Dr. X`, `Chairman of CCPIT, X`, `Ambassador of Chile
            # to China, X`, unless the title is itself the apposition of the person before
            # (`A, chairman of X, B, ...`)
            k, j = posted
            # `the WFP Representative and Country Director in Chad, X`: titles joined by
            # `and` share the body (or the place) and the holder; not where `and the` opens a
            # post of its own (`Japan's Minister of X and the President of Y, B`)
            first = k
            while c.label(first - 1) == "TITLE" and c.gap(first - 1) == "AND" \
                    and not NEW_PHRASE.search(c.text, c.ents[first - 1].end_char,
                                              c.ents[first].start_char):
                first -= 1
            # `Acme's Director for Asia, X`: a remit's place names no body, so the one
            # joined to the title from the left holds the post
            org = c.ents[j] if c.label(j) == "ORG" else self.org_before(c, first)[0]
            if self.plural(c.ents[k]) or self.apposed_title(c, first - 1):
                return []
            return [Link(c.ents[p], c.ents[i], org) for i in range(first, k + 1)]
        if c.label(t) in ("ORG", "REGION") and c.gap(t) in ("ADJ", "TO") and c.gap(t - 1) == "OF" \
                and c.label(t - 1) == "TITLE" and c.lang != "zh" \
                and (c.ents[t - 1].text[:1].isupper() or self.phrase_holder(c, t - 1)) \
                and not self.plural(c.ents[t - 1]):
            # `Secretary of the X Committee Li Xi`; `Deputy Prime Minister and Minister for
            # Foreign Affairs of Viet Nam X`: titles joined by `and` share the body or place;
            # `Ambassador of Japan to Kenya X` (TO only after the step over the seat above)
            org = c.ents[t] if c.label(t) == "ORG" else None
            k = t - 1
            while c.label(k - 1) == "TITLE" and c.gap(k - 1) == "AND":
                k -= 1
            if not self.apposed_title(c, k - 1) or self.phrase_holder(c, t - 1):
                return [Link(c.ents[p], c.ents[i], org) for i in range(k, t)]
        if c.label(t) == "TITLE" and c.gap(t) == "APPOS" and c.lang != "zh":
            # `Acme's CEO, Jane Roe, said`: a title joined to its body from the left, also
            # titles coordinated after it (`Acme's President and CEO, Jane Roe`), unless it
            # is the apposition of the person before (`A, Acme's CEO, B, ...`)
            k = t
            while c.label(k - 1) == "TITLE" and c.gap(k - 1) == "AND":
                k -= 1
            org, start = self.org_before(c, k)
            if org is not None and not self.plural(c.ents[t]) \
                    and not self.apposed_title(c, start - 1):
                return [Link(c.ents[p], c.ents[i], org) for i in range(k, t + 1)]
            if org is None and self.place_possessive(c, k, start, p):
                return [Link(c.ents[p], c.ents[i], None) for i in range(k, t + 1)]
        if c.label(t) == "TITLE" and c.gap(t) == "APPOS":
            # `the Vice-Chancellor and President, Professor X`: titles joined by `and` share
            # the article; a definite post with no body joined to it is a leading post (a
            # company's or a university's release names its own officers so), but a chamber's
            # release names the officials at its meeting so too (`The Financial Secretary, Mr X`)
            # unless the post is one of a body's organ (`the Chair of Council, X`: its board,
            # council or committee), which a members' body's release gives its own officers
            k = t
            while c.label(k - 1) == "TITLE" and c.gap(k - 1) == "AND":
                k -= 1
            if c.label(k - 1) == "TITLE" and c.gap(k - 1) == "TO" and self.definite_title(c, k - 1, p):
                # `the Special Adviser to the Prime Minister, X`: the post the phrase opens with
                # is the name's; the one it serves is another person's
                return [Link(c.ents[p], c.ents[k - 1], None, explicit=False, bare=True, leading=True,
                             definite=not self.organ_post(c.ents[k - 1]))]
            if self.definite_title(c, k, p):
                return [Link(c.ents[p], c.ents[i], None, explicit=False, bare=True, leading=True,
                             definite=not self.organ_post(c.ents[i])) for i in range(k, t + 1)]
        if c.label(t) == "REGION" and c.gap(t) == "APPOS" and c.gap(t - 1) == "TO" \
                and c.label(t - 1) == "TITLE" and self.definite_title(c, t - 1, p):
            return [Link(c.ents[p], c.ents[t - 1], None)]  # `the Ambassador to Peru, X,`
        if c.label(t) == "REGION" and c.gap(t) == "APPOS" and c.gap(t - 1) == "PAREN" \
                and c.label(t - 1) == "TITLE" and c.text[c.ents[t].end_char:].startswith(")") \
                and self.definite_title(c, t - 1, p):
            # `the Principal Economic and Trade Representative (Jakarta), Ms X`: the post's seat
            return [Link(c.ents[p], c.ents[t - 1], None)]
        if c.label(t) == "TITLE" and c.lang != "zh" \
                and COPULA.fullmatch(c.text, c.ents[t].end_char, c.ents[p].start_char):
            # `The Chamber's new Treasurer is Amit Shah`: the post of the body joined to it,
            # else a bare post (`The chairman is A`) as an apposition's
            org, _ = self.org_before(c, t)
            return [Link(c.ents[p], c.ents[t], org, explicit=org is not None, bare=org is None)]
        if self.colon_gap is not None and c.label(t) == "TITLE" and c.gap(t) == self.colon_gap \
                and not self.plural(c.ents[t]) and self.fields.opens_line(c.text, c.ents[t].start_char):
            return [self.field_post(c, t, p)]  # `Treasurer: A`, `发言人：甲`: a post that labels its line
        if c.label(t) != "TITLE" or c.gap(t) not in ("ADJ", "TO"):
            return []
        items: list[tuple[Ent, Ent | None]] = []
        while c.label(t) == "TITLE":
            org, start = self.org_before(c, t)
            items.append((c.ents[t], org))
            if org is not None and c.gap(start - 1) == "AND" and c.label(start - 1) == "ORG" \
                    and "," not in c.text[c.ents[start - 1].end_char:c.ents[start].start_char]:
                # `the Acme and Orbis chairman X`: the title at both; not across a comma, where
                # `and` opens a clause (`A will chair Acme, and Orbis CEO B ...`)
                start -= 1
                items.append((c.ents[t], c.ents[start]))
            prev = start - 1
            if c.label(prev) == "TITLE" and c.gap(prev) in ("LIST", "CONCUR", "AND") \
                    and not (c.label(prev - 1) == "PERSON" and c.gap(prev - 1) in ("ALSO", "ALSOITS")):
                # `State Councilor and Foreign Minister X`, `执行董事及首席财务官甲`; not a post a
                # verb gave the name before (`甲当选会长，某公司总经理乙`: 会长 is 甲's)
                t = prev
                continue
            break
        if c.lang == "zh" and c.label(start - 1) == "TITLE" and c.gap(start - 1) == "APPOS" \
                and self.fields.opens_line(c.text, c.ents[start - 1].start_char):
            items.append((c.ents[start - 1], None))  # `发言人：财务长甲`: the label's post too
        if c.label(start - 1) == "TITLE" and c.gap(start - 1) == "APPOS" and c.lang != "zh" \
                and self.definite_title(c, start - 1, p):
            # `The Minister for Foreign Affairs, Senator X`: the post the sentence opens with
            # and the rank before the name are both X's
            items.append((c.ents[start - 1], self.org_before(c, start - 1)[0]))
        apposed: Link | None = None
        if c.label(start - 1) == "ORG" and c.gap(start - 1) == "APPOS" and c.lang != "zh":
            # `the Chair of the Committee of X (CPR), H.E. Ambassador Y`: the definite post of
            # a body the apposition opens with is the name's too, beside the rank before it (a
            # body named, not `the Chief Director of the ministry, Ambassador Y`: the samples
            # leave that post's org null)
            k, j = self.posted_from(c, start - 1)
            if k >= 0 and c.label(k) == "TITLE" and c.ents[k].text[:1].isupper() \
                    and not isinstance(c.ents[j], OrgRef) \
                    and DEFINITE.search(c.text, max(0, c.ents[k].start_char - 24), c.ents[k].start_char) \
                    and not self.plural(c.ents[k]) \
                    and not self.apposed_title(c, k - 1):
                apposed = Link(c.ents[p], c.ents[k], c.ents[j])  # its body is no rank's
        out: list[Link] = [apposed] if apposed is not None else []
        carried: Ent | None = None
        # `said Chief Financial Officer Tom Ode`: no body or place joined to the titles, so
        # in a company's release the post is at that company, as a bare apposition's is
        # (a company's only: `President Bush` in a ministry's release is no post there), unless
        # the title is an item after a listed name (`A and Vice President B`: A's context)
        if c.lang != "zh" and all(org is None for _, org in items) \
                and (host := self.visited_body(c, start)) is not None:
            items = [(title, host) for title, _ in items]  # `a visit to ORG, where Director X`
        bare = all(org is None for _, org in items) and c.label(start) == "TITLE" \
            and c.lang != "zh" and not self.unnamed_body(c, start) and not (
                c.label(start - 1) == "PERSON" and c.gap(start - 1) in ("AND", "LIST", "APPOS")
                and self.bodied(c, start - 1))
        if bare and c.gap(p) == "OF" and c.label(p + 1) in ("ORG", "REGION"):
            # `Chief Economist Tom Lee of Polaris Bank`: the body (or place) after the name
            bare = False
            if c.label(p + 1) == "ORG" and not (c.label(p + 2) == "TITLE"
                                                and c.gap(p + 1) in ("ADJ", "POSS")):
                items = [(title, c.ents[p + 1]) for title, _ in items]
        if all(org is None for _, org in items):
            carried = self.listed_body(c, start)
        for title, org in reversed(items):
            carried = org or carried
            if org is not None:
                out.append(Link(c.ents[p], title, org))
            else:  # one holder's titles share the body named before the first, a title
                # fused with a department of it too (`某市委常委、统战部长甲`); a place's does not
                out.append(Link(c.ents[p], title, None if self.place_title(title) else carried,
                                explicit=False, bare=bare, leading=bare))
        return out

    def field_post(self, c: Chain, t: int, p: int) -> Link:
        """The post a field line (`Treasurer: A (Acme Ltd)`, `* Deputy Chair: B`, `4.发言人：甲`)
        gives the name after its label: at the body the block's outline names (`Name: X Co.,
        Ltd.`, `Chairman: A`; role_fields.outline_body), else a leading post with no body joined,
        which the release's subject holds where it holds such posts (a members' body's elected
        board, a company's officers: `subject_holds`)."""
        title = c.ents[t]
        body = self.fields.outline_body(c.text, c.ents, t)
        if body is not None:
            return Link(c.ents[p], title, body)
        return Link(c.ents[p], title, None, explicit=False, bare=True, leading=True)

    @staticmethod
    def visited_body(c: Chain, t: int) -> Ent | None:
        """`a visit to the Example Trade Office in Taipei, where Director X will host`, `a call
        at ORG (ABBR), where Chairman Y`: the body a visit or a stay is at (`at`, `to`, a verb
        of visiting right before it; WHEREAT in role_gaps.tsv) is the one whose post the host
        named in the `where` clause holds, its seat or short form between them stepped over."""
        o = t - 1
        if c.gap(o) != "WHEREAT":
            return None
        if c.label(o) == "REGION" and c.label(o - 1) == "ORG" \
                and SEAT_GAP.fullmatch(c.text, c.ents[o - 1].end_char, c.ents[o].start_char):
            o -= 1  # `at ORG in Osaka, where`
        if c.label(o) == "ORG" and c.closed[o] and c.gap(o - 1) == "PAREN" and c.label(o - 1) == "ORG":
            o -= 1  # `at ORG (ABBR), where`: the full name
        if c.label(o) != "ORG":
            return None
        start = c.ents[o].start_char
        return c.ents[o] if VISITED.search(c.text, max(0, start - 40), start) else None

    def apposed_title(self, c: Chain, q: int) -> bool:
        """Whether the title right after person q is q's apposition (`A, chairman of X, B,
        ...`: B's post is unknown), not the next item of a chain of `title, name` items that q
        belongs to (`the Minister of X, A, the Ambassador of Y to Z, B, and ...`: each name
        takes the title phrase right before it)."""
        return c.label(q) == "PERSON" and c.gap(q) in ("APPOS", "ALSO") and not self.chained(c, q)

    def chained(self, c: Chain, q: int) -> bool:
        """Person q closes an English apposition that names its post before it (`the Vice
        Minister of X, A,`, `Its Director, A,`): an item of a `title, name` chain, so a title
        phrase after it that a comma and a name close is the next name's."""
        if c.lang == "zh" or c.label(q) != "PERSON" or c.gap(q) != "APPOS" \
                or c.gap(q - 1) != "APPOS" or c.label(q - 1) not in ("TITLE", "ORG", "REGION"):
            return False
        if q not in c.items:
            c.items[q] = bool(self.title_first(c, q))
        return c.items[q]

    @staticmethod
    def unnamed_body(c: Chain, t: int) -> bool:
        """`The UAW President X`, `the union's head X`: a capitalised word right before title t
        that no rule read (not a sentence's first word), or a possessive, names a body the
        post is at, so no other body is."""
        start = c.ents[t].start_char
        if t > 0 and c.ents[t - 1].end_char >= start - 1 or c.text[start - 1:start] != " ":
            return False  # (both patterns below end in a space right before the title)
        if POSSESSIVE_BEFORE.search(c.text, max(0, start - 4), start):  # (4: its longest match)
            return True  # `the union's head X`: a body referred to, not named
        m = WORD_BEFORE.search(c.text, max(0, start - 40), start)
        if m is None or (t > 0 and c.ents[t - 1].end_char > m.start(2)):
            return False  # no word, or one an entity holds (`Acme Bank. Director X`)
        return m.group(2) not in OPENERS and not m.group(2).endswith((".", ",", ";", ":")) \
            and not m.group(1).endswith((".", "!", "?", "-", "—", "–", "\"", "“", ":"))

    def bodied(self, c: Chain, q: int) -> bool:
        """Whether the titles before person q (`ORG President A and ...`) are joined to a
        body or place: the next item of the list shares that context. Names a plural title
        heads (`Vice Chairs A and B, Treasurer C`) share the plural's context."""
        t = q - 1
        k = t
        while c.label(k) == "PERSON" and c.gap(k) in ("AND", "APPOS"):
            k -= 1
        if k < t and c.label(k) == "TITLE" and self.plural(c.ents[k]):
            t = k
        if c.label(t) != "TITLE" or c.gap(t) != "ADJ":
            return True  # `A and Vice President B`: A's post unknown, B's context A's
        while c.label(t - 1) == "TITLE" and c.gap(t - 1) in ("AND", "LIST"):
            t -= 1
        return c.label(t - 1) in ("ORG", "REGION") and c.gap(t - 1) in ("ADJ", "POSS", "ITS") \
            or self.unnamed_body(c, t)

    def listed_body(self, c: Chain, start: int) -> Ent | None:
        """`HKTDC Chairman A and Executive Director B`: the body joined to the first item's
        title is the next item's too, when that item's title has none of its own and is no
        public office or place's post (`Acme CEO A and President B`: B's office is no Acme's)."""
        q = start - 1
        if c.lang == "zh" or c.label(q) != "PERSON" or c.gap(q) != "AND" \
                or c.label(q - 1) != "TITLE" or c.gap(q - 1) != "ADJ" or self.refs is None:
            return None
        org, _ = self.org_before(c, q - 1)
        if org is None or any(self.place_title(c.ents[i]) or self.refs.office(c.ents[i])
                              or self.refs.posted(c.ents[i])
                              or c.ents[i].text.lower() in STATE_HEAD_POSTS
                              for i in range(start, q + 2) if c.label(i) == "TITLE"):
            return None
        return org

    @staticmethod
    def posted_from(c: Chain, t: int) -> tuple[int, int]:
        """(title, place or body) indices for the title that `of` or `to` joins to place or
        body t, stepping back over coordinated places (`in Macao and Hong Kong`), the seat
        of a posting (`Ambassador of Chile to China`, `Consul General of Peru in Macao`,
        `Country Director of Oxfam in Kenya`, `Permanent Representative of Peru to the WTO`)
        and a bracketed short form (`President of the Example Agency (EXA)`, also before the
        seat: `Resident Representative of the Example Programme (EXP) in Chad`); (-1, -1) if
        none."""
        if c.label(t) == "REGION" and c.gap(t - 1) == "APPOS" and c.label(t - 1) == "REGION" \
                and c.gap(t - 2) in ("OF", "TO") and c.label(t - 2) in ("TITLE", "REGION", "ORG"):
            t -= 1  # `Governor of Mendoza, Argentina, X`: the country the place lies in
        listed = False  # `Ambassador to Norway, Iceland and Denmark, X`: a list of places the last `and` closes
        while c.label(t) == "REGION" and c.label(t - 1) == "REGION" and (
                c.gap(t - 1) == "AND" or c.gap(t - 1) == "APPOS" and (listed or c.gap(t) == "AND")
                and "," in c.text[c.ents[t - 1].end_char:c.ents[t].start_char]):
            listed = listed or c.gap(t - 1) == "AND"
            t -= 1
        if c.gap(t - 1) == "TO" and (c.gap(t - 2) == "OF" or c.gap(t - 2) == "PAREN"
                                     and c.label(t - 2) == "ORG" and c.gap(t - 3) == "OF") and (
                c.label(t) == "REGION" and c.label(t - 1) in ("REGION", "ORG")
                or c.label(t) == "ORG" and c.label(t - 1) == "REGION"):
            # the seat after the place or the body (`Country Director of Oxfam in Kenya`), the
            # body a country's envoy is accredited to (`Permanent Representative of Chile to the WTO`)
            t -= 1
        if c.label(t) == "ORG" and c.gap(t - 1) == "PAREN" and c.label(t - 1) == "ORG" and c.closed[t]:
            t -= 1
        if c.label(t) == "ORG" and c.gap(t - 1) == "POSS" and c.label(t - 1) in ("REGION", "ORG") \
                and c.gap(t - 2) == "OF" and c.label(t - 2) == "TITLE":
            # `Undersecretary of Foreign Trade at Mexico's Ministry of Economy, X`, `Deputy
            # Director-General of the Commission's Directorate-General for Trade, X`: a country's
            # or a body's possessive before its body or unit; that one holds the post
            return t - 2, t
        if c.label(t) == "ORG" and c.label(t - 1) == "ORG" and c.gap(t - 1) == "OF" \
                and c.gap(t - 2) == "OF" and c.label(t - 2) == "TITLE" \
                and UNIT_AT.fullmatch(c.text, c.ents[t - 1].end_char, c.ents[t].start_char):
            # `the Director of the Division on Trade at UNCTAD, X`: the unit the post is of,
            # seated at its parent body, holds it (GUIDELINES: the body the title is of)
            return t - 2, t - 1
        return (t - 1, t) if c.gap(t - 1) in ("OF", "TO") else (-1, -1)

    def place_possessive(self, c: Chain, k: int, start: int, p: int) -> bool:
        """`Peru's Minister of Energy, Ana Roe, said`: a country's possessive before a
        capitalised title whose apposition the name closes makes the name that post's holder,
        a post of the place (no org), unless the title is the apposition of a person before."""
        return start == k - 1 and c.label(start) == "REGION" and c.gap(start) == "POSS" \
            and c.ents[k].text[:1].isupper() and CLOSED.match(c.text, c.ents[p].end_char) is not None \
            and not self.apposed_title(c, start - 1)

    def definite_title(self, c: Chain, t: int, p: int) -> bool:
        """`The Chief Executive, Mr X, will ...`: a capitalised title that opens its
        sentence with `The` (a nationality word may stand between: `The British Ambassador`)
        and is not itself an apposition names person p after it."""
        title = c.ents[t]
        before = c.text[max(0, title.start_char - 24):title.start_char]
        if not title.text[:1].isupper():
            return False
        # also inside a sentence where an honorific opens the apposition (`a reply by the
        # Secretary for Justice, Mr X,`, `present were the Director of Health, Dr Y,`) or
        # the name closes it (`met the Minister of State, Ali Khan, and ...`)
        honorific = HONORIFIC_APPOSITION.fullmatch(
            c.text, c.ents[p - 1].end_char, c.ents[p].start_char) is not None \
            or bool(CLOSED.match(c.text, c.ents[p].end_char))
        if not DEFINITE_START.search(before) and not (honorific and DEFINITE.search(before)):
            return False
        # after another name's apposition (`Mr A, the Counsellor, Ms B,`) the post is B's
        # where an honorific opens B's name, A's otherwise
        return c.label(t - 1) != "PERSON" or c.gap(t - 1) not in ("APPOS", "ALSO", "ADJ") \
            or t + 1 == p and RoleLinker.honoured_holder(c, t) or self.chained(c, t - 1)

    def listed_under(self, c: Chain, p: int) -> list[Link]:
        """`vice presidents: A, B and C`, `Vice Presidents A and B`, `the new vice presidents are A
        and B`, `副总经理分别是甲、乙`
        (GUIDELINES: a plural shared by a list, one role per person): walk back over the names of the list to a plural title before a
        colon; the title's organisation, if joined to it, is shared."""
        k = p
        while True:
            if c.label(k - 1) == "PERSON" and c.gap(k - 1) in ("APPOS", "AND", "BULLET", "LIST"):
                k -= 1
            elif c.lang != "zh" and c.gap(k - 1) in ("AND", "LIST", "APPOS") \
                    and (j := self.apposed_from(c, k - 1)) is not None:
                k = j  # `A, a partner at X, and B`: the item before carries its own apposition
            elif c.gap(k - 1) in ("AND", "LIST", "APPOS") and self.place_of(c, k - 1):
                k -= 2  # `Ministers A of Chile and B`: the item before names its holder's country
            elif c.lang != "zh" and c.gap(k - 1) in ("AND", "APPOS") and c.closed[k - 1] \
                    and c.label(k - 1) == "ORG" and c.gap(k - 2) == "PAREN" and c.label(k - 2) == "PERSON":
                k -= 2  # `Vice Presidents: A (Acme S.p.A.), B (...)`: the item before names its
                # holder's firm in brackets, not the post's body
            else:
                break
        t = k - 1
        # `Vice Presidents A and B`: written before the names with no colon, a plural
        # still heads a list when it names two people at least; `two new trustees, A, a
        # partner at X, and B, ...`: so does a plural in apposition to such a list
        nxt = self.apposed_to(c, p) if c.lang != "zh" else p
        if self.place_of(c, nxt + 1):
            nxt += 1
        two = k < p or (c.label(nxt + 1) == "PERSON" and c.gap(nxt) in ("APPOS", "AND"))
        if c.label(t) == "TITLE" and c.gap(t) == "RESPECTIVELY":
            pass  # `副总经理分别是甲、乙`: the holders of one post, listed after it
        elif c.label(t) != "TITLE" or not self.plural(c.ents[t]) \
                or not (c.gap(t) in ("COLON", "ARE") or (c.gap(t) in ("ADJ", "APPOS") and two and c.lang != "zh")):
            return []
        org, _ = self.org_before(c, t)
        return [Link(c.ents[p], c.ents[t], org, explicit=org is not None, bare=org is None)]

    @staticmethod
    def place_of(c: Chain, i: int) -> bool:
        """Entity i is the country or firm a listed name is of (`Ministers A of Chile and B of
        Peru`, `four new directors: A of Acme, B of Brightline`): a place or body joined by `of`
        to the name before it, the holder's affiliation, not the post's body."""
        return c.lang != "zh" and c.label(i) in ("REGION", "ORG") and c.gap(i - 1) == "OF" \
            and c.label(i - 1) == "PERSON"

    @staticmethod
    def apposed_from(c: Chain, i: int) -> int | None:
        """The name whose apposition (`, a partner at ORG`, `, CEO of ORG`) ends at entity
        i, if it does: a list item that carries its own post."""
        j = i
        while c.label(j) in ("TITLE", "ORG", "REGION") and c.gap(j - 1) in APPOSED:
            if c.label(j - 1) == "PERSON":
                return j - 1 if c.gap(j - 1) == "APPOS" and c.label(j) == "TITLE" else None
            j -= 1
        return None

    @staticmethod
    def apposed_to(c: Chain, p: int) -> int:
        """The last entity of person p's apposition (p itself if it has none)."""
        if c.gap(p) != "APPOS" or c.label(p + 1) != "TITLE":
            return p
        j = p + 1
        while c.label(j + 1) in ("TITLE", "ORG", "REGION") and c.gap(j) in APPOSED and c.gap(j) != "APPOS":
            j += 1
        return j

    def listed_as(self, c: Chain, p: int) -> list[Link]:
        """`elected A, B and C as their respective chairs`, `A and B were named vice
        presidents`: each name of a list before a plural title holds it, and the plural
        title joined after it (`, all of whom will serve as ...`). `their` or `its` refers
        to a body the text names elsewhere, so only a title without it is bare."""
        k = p
        while True:
            if c.label(k + 1) == "PERSON" and c.gap(k) in ("APPOS", "AND"):
                k += 1
            elif c.lang != "zh" and (j := self.apposed_to(c, k)) > k and c.label(j + 1) == "PERSON" \
                    and c.gap(j) in ("APPOS", "AND"):
                k = j + 1  # `A, CEO of X, and B, a partner at Y, were elected vice chairs`
            else:
                break
        listed = k > p or (c.label(p - 1) == "PERSON" and c.gap(p - 1) in ("APPOS", "AND")) \
            or (c.lang != "zh" and c.gap(p - 1) in ("APPOS", "AND")
                and self.apposed_from(c, p - 1) is not None)
        if c.lang != "zh":
            k = self.apposed_to(c, k)  # the last item's own post is no post the list is given
        t = k + 1
        if not listed or c.label(t) != "TITLE" or c.gap(k) not in ("ALSO", "ASPLURAL") \
                or not self.plural(c.ents[t]):
            return []
        gap = c.text[c.ents[k].end_char:c.ents[t].start_char]
        bare = re.search(r"\b(?:their|its)\b", gap) is None
        out = [Link(c.ents[p], c.ents[t], None, bare=bare)]
        while c.gap(t) == "WHOM" and c.label(t + 1) == "TITLE":
            t += 1
            out.append(Link(c.ents[p], c.ents[t], None, bare=True))
        return out

    def org_before(self, c: Chain, t: int) -> tuple[Ent | None, int]:
        """The ORG joined to title t from the left, and where that title group starts."""
        k = t - 1
        if c.lang == "zh" and c.gap(k) is None and k >= 0 and ITS_KIND.search(
                c.text, max(c.ents[k].end_char, c.ents[t].start_char - 6), c.ents[t].start_char):
            # `…某商会签署备忘录。该商会会长甲`: `该商会` opens the title's sentence, no gap of the chain
            return self.its_body(c, k, t), t
        if c.gap(k) == "ITS":
            return self.its_body(c, k, t), t
        if c.gap(k) not in ("ADJ", "POSS") or c.label(k) not in ("ORG", "REGION"):
            return None, t
        if c.lang != "zh" and "\n" in c.text[c.ents[k].end_char:c.ents[t].start_char]:
            return None, t  # `Treasurer: A (Acme Ltd)\nVice Presidents: ...`: the line before is
            # another item's; a body joined to a title from the left stands on its line
        if c.label(k) == "REGION":
            if c.lang == "zh" and c.gap(k - 1) == "ITS" and c.gap(k) == "ADJ":
                org, _ = self.org_before(c, k)  # `该公司亚太区总裁`: the company's area
                return org, k
            if c.lang == "zh" and c.label(k - 1) == "ORG" and c.gap(k - 1) == "ADJ" \
                    and not self.place_title(c.ents[t]):
                return c.ents[k - 1], k - 1  # `某贸发局日本首席代表`: the body's post for that place
            return None, k
        # `某市贸促会(国际商会)会长`: the name before the bracket is the organisation; in English
        # the short form the title is written against is (`Michigan Economic Development
        # Corporation (MEDC) CEO X`: the annotations take `MEDC`, as they take `KADIN`)
        if c.gap(k - 1) == "PAREN" and c.label(k - 1) == "ORG" and c.closed[k]:
            return (c.ents[k - 1] if c.lang == "zh" else c.ents[k]), k - 1
        return c.ents[k], k

    @staticmethod
    def its_body(c: Chain, k: int, t: int) -> Ent | None:
        """The body `该公司`/`其` before title t stands for, looking back from entity k: the
        nearest body of that kind (`甲厅副厅长乙和该公司副总裁丙`: the company named before, not
        the department joined to the post between), in the title's sentence or the one before
        (`某公司…签约。某管委会副主任甲与该公司总裁乙…`, `…与某商会签署备忘录。该商会会长甲`);
        else the nearest body of its sentence."""
        kind = ITS_KIND.search(c.text, c.ents[k].end_char, c.ents[t].start_char) \
            if c.lang == "zh" else None
        nearest = None
        # sentence ends crossed: a kind looks on through its sentence and the one before
        ends = 1 if SENTENCE_END.search(c.text, c.ents[k].end_char, c.ents[t].start_char) else 0
        for j in range(k, -1, -1):
            if c.label(j) == "ORG":
                if kind is None or kind.group(1) in c.ents[j].text:
                    return c.ents[j]
                nearest = nearest or (c.ents[j] if not ends else None)
            if c.gap(j - 1) is None:
                if kind is None or j == 0 \
                        or c.ents[t].start_char - c.ents[j - 1].end_char > REFER_REACH:
                    break
                if SENTENCE_END.search(c.text, c.ents[j - 1].end_char, c.ents[j].start_char):
                    ends += 1
                    if ends > 1:
                        break
        return nearest

    # -- name then title: [ORG] PERSON TITLE ---------------------------------------------
    def name_then_title(self, c: Chain, p: int, lead: Ent | None) -> list[Link]:
        """`王某会长`; `某国驻华使馆副馆长甲公使` keeps the org of the title before."""
        q = p + 1
        if c.label(q) != "TITLE" or c.gap(p) != "ADJ":
            return []
        if c.lang != "zh" and not (c.ents[q].text[:1].isupper() and c.gap(q) is None):
            return []  # English: only a listing such as `Zhang Yongming Chairman ...`
        org = c.ents[p - 1] if c.label(p - 1) == "ORG" and c.gap(p - 1) == "ADJ" else lead
        return [Link(c.ents[p], c.ents[q], org, explicit=org is not None)]

    # -- person first: PERSON, [ORG] TITLE [of ORG (and ORG)*] (and TITLE ...)* -------------
    def person_first(self, c: Chain, p: int) -> list[Link]:
        if c.gap(p) not in ("APPOS", "ALSO", "ALSOITS", "PAREN") and not self.zh_apposition(c, p) \
                and not self.promoted_to(c, p):
            return []  # `Jane Roe, CEO ...`, `Jane Roe (CEO, Acme)`, `甲,某公司董事长,`
        # `甲现任该公司副总裁`: the company the text named before, not the release's own
        its = referred(c, p) if c.gap(p) == "ALSOITS" else None
        out: list[Link] = []
        pending: list[Ent] = []  # titles still waiting for a shared `of ORG`
        unshared: list[Ent] = []  # org-less titles before a verb: no later `of ORG` is theirs
        shared: Ent | None = None  # `NAME, Acme's chairman and CEO`: both titles at Acme
        j = p + 1
        bare = True  # no place joined to the titles, none left open before a clause goes on
        last_end = c.ents[p].end_char
        while True:
            lead = None
            joined, k = joined_orgs(c, j) if c.lang == "zh" else ([], j)
            if joined and c.label(k) == "TITLE" and c.gap(k - 1) == "ADJ":
                lead, j = joined, k  # `甲现任乙公司和丙公司董事长`: the post at both
                shared = joined[0]
            elif c.label(j) == "ORG" and c.label(j + 1) == "TITLE" and c.gap(j) in ("ADJ", "POSS"):
                lead, j = [c.ents[j]], j + 1  # NAME, ORG TITLE
                shared = lead[0]
            elif c.label(j) == "REGION" and c.label(j + 1) == "TITLE" and c.gap(j) in ("ADJ", "POSS"):
                j, bare = j + 1, False  # NAME, (REGION|REGION's) TITLE: a post of that place, no org
            if c.label(j) != "TITLE":
                break
            if c.lang != "zh" and c.ents[j].text[:1].isupper() and (
                    c.gap(j) == "ADJ" and c.label(j + 1) == "PERSON"
                    or c.gap(j) == "TO" and c.label(j + 1) == "REGION" and c.gap(j + 1) == "ADJ"
                    and c.label(j + 2) == "PERSON"):
                break  # `A, Chief Secretary B, ...`, `A, FAO Representative in Chad B`: B's
            if c.lang != "zh" and c.ents[j].text[:1].isupper() and self.honoured_holder(c, j):
                break  # `Mr A, the Agriculture Counsellor, Ms B,`: an honorific opens B's name
            if (j > p + 1 or self.chained(c, p)) and self.own_holder(c, j):
                break  # `A, CEO of X, and the Ambassador of Y to Z, B`: the second post is B's
            if c.lang != "zh" and self.phrase_holder(c, j):
                break  # `A, Permanent Secretary of the Ministry of X Mrs B, and ...`: B's
            title = c.ents[j]
            j = self.past_abbrev(c, j)
            orgs, j = self.of_orgs(c, j)
            if orgs and j == p + 2 and self.left_from(c, p, title, orgs[0]):
                orgs = []  # `A joins as CMO from Avelyn`: the body left; the post is the subject's
            last_end = c.ents[j].end_char
            bare = bare and c.label(j) != "REGION"
            if lead is not None:
                orgs = lead
            elif not orgs and its is not None:
                orgs = [its]
            elif not orgs and shared is not None and c.gap(j - 1) in ("AND", "CONCUR", "LIST"):
                orgs = [shared]
            if self.plural(title):
                # `X, deputy director and the relevant heads of ORG`: the heads are other
                # people, but their org is shared
                if orgs:
                    out += [Link(c.ents[p], t, orgs[0]) for t in pending if not self.place_bound(t)]
                break
            if orgs:
                if lead is None:  # a shared `of ORG`; not a body named before the next post
                    # (`甲任名誉会长，现任某公司总裁`: the company is the 总裁's alone)
                    out += [Link(c.ents[p], t, orgs[0]) for t in pending if not self.place_bound(t)]
                out += [Link(c.ents[p], title, o) for o in orgs]
                pending = []
            else:
                out.append(Link(c.ents[p], title, None))
                pending.append(title)
            if c.lang != "zh" and c.gap(j) == "APPOS" and c.label(j + 1) == "REGION" \
                    and c.gap(j + 1) in ("ALSO", "AND") and c.label(j + 2) == "TITLE":
                j += 1  # `A, General Manager, Greater China, is promoted to ...`: the post's remit
            if c.gap(j) not in ("AND", "ALSO", "APPOS", "CONCUR") and not self.zh_title_list(c, j) \
                    or c.label(j + 1) not in ("TITLE", "ORG"):
                break
            if c.gap(j) == "ALSO" and c.lang != "zh":
                # `steps down as CMO to become CSO at X`: X is the next post's alone
                unshared, pending = unshared + pending, []
            j += 1
        pending += unshared
        if bare and pending and (BARE_END.match(c.text, last_end)
                                 or c.gap(p) == "APPOS" and LINE_END.match(c.text, last_end)):
            for lk in out:  # the titles no `of ORG` reached
                lk.bare = lk.org is None and any(lk.title is t for t in pending)
        return out

    def appointing_bodies(self, text: str, orgs: list[Ent], links: list[Link]) -> None:
        """`Acme Corp. has named A as Chief Financial Officer`: a post given `as`/`to` after
        a name that a body appoints, names or elects right before is held at that body
        (by its fullest name: a headline's `Acme appoints A as CFO` repeats the lead's
        triple); the text states it, so the release's subject is not carried over."""
        ends: dict[int, Ent] | None = None  # (built at the first post given `as`: few texts have one)
        for lk in links:
            if lk.org is not None or lk.title.start_char < lk.person.end_char:
                continue
            gap = text[lk.person.end_char:lk.title.start_char]
            if gap != " " and not AS_POST.match(gap) and not self.affiliated_gap.fullmatch(gap):
                continue  # (`named A CFO`: the complement, roles.complement)
            if ends is None:
                ends = {o.end_char: o for o in orgs}
            a = lk.person.start_char
            m = APPOINTED_BY.search(text, max(0, a - APPOINTED_REACH), a)
            if m is not None and m.start() in ends:
                org = ends[m.start()]
                if self.refs is not None:
                    org = self.refs.fullest(org, orgs, text)
                lk.org, lk.explicit, lk.bare = org, True, False

    @staticmethod
    def promoted_to(c: Chain, p: int) -> bool:
        """`Acme promoted Jane Roe to Chief Operating Officer`: a verb of appointing before
        the name makes `to` before a title the post given."""
        if c.gap(p) != "TO" or c.label(p + 1) != "TITLE" or c.lang == "zh":
            return False
        start = c.ents[p].start_char
        return PROMOTED_BEFORE.search(c.text, max(0, start - 40), start) is not None

    @staticmethod
    def listed(c: Chain, i: int) -> bool:
        """Whether the gap after entity i joins items of a list: `、`, or in Chinese also
        `和`/`及` (`副会长甲、乙和秘书长丙`)."""
        return c.gap(i) == "LIST" or (c.lang == "zh" and c.gap(i) == "AND")

    @staticmethod
    def zh_title_list(c: Chain, j: int) -> bool:
        """`甲辞去公司董事、副总经理职务`: a `、` after title j lists the same holder's next
        title, unless a name follows that title (`董事、副总经理乙`: 乙's)."""
        return c.lang == "zh" and c.gap(j) == "LIST" and c.label(j + 1) == "TITLE" \
            and not (c.label(j + 2) == "PERSON" and c.gap(j + 1) == "ADJ")

    @staticmethod
    def titled_after(c: Chain, p: int) -> bool:
        """`丙会长`: a title right after name p."""
        return c.label(p + 1) == "TITLE" and c.gap(p) == "ADJ"

    def listed_before(self, c: Chain, p: int, found: list[Link], after: list[Link],
                      by_person: dict[int, list[Link]]) -> list[Link]:
        """`增补甲、乙为某商会副会长`: the names listed before a post a verb gives (ALSO) hold
        it too, each list item with or without its own titles (`某公司董事长甲、某公司总经理乙为`);
        a bracketed post (`甲、乙（现任某局局长）`) is the last name's alone."""
        if c.lang != "zh" or c.gap(p) not in ("ALSO", "ALSOITS") \
                or re.search(r"[(（]", c.text[c.ents[p].end_char:c.ents[p + 1].start_char]):
            return []
        given = [lk for lk in after if lk.title.start_char > c.ents[p].end_char]
        out: list[Link] = []
        q, links = p, found
        while given:
            start = min([q] + [c.position[id(e)] for lk in links for e in (lk.title, lk.org)
                               if e is not None and id(e) in c.position
                               and e.start_char < c.ents[q].start_char])
            if c.label(start - 1) != "PERSON" or not self.listed(c, start - 1):
                break
            q = start - 1
            links = by_person.get(q, [])
            out += [Link(c.ents[q], lk.title, lk.org, lk.explicit, lk.bare, lk.leading) for lk in given]
        return out

    @staticmethod
    def honoured_holder(c: Chain, j: int) -> bool:
        """Title j is followed by `, Ms ` (an honorific opening an apposition) and a name:
        the name holds the title (`the Agriculture Counsellor, Ms B`)."""
        return c.label(j + 1) == "PERSON" and HONORIFIC_APPOSITION.fullmatch(
            c.text, c.ents[j].end_char, c.ents[j + 1].start_char) is not None

    @staticmethod
    def own_holder(c: Chain, j: int) -> bool:
        """Whether title j, with the places and bodies of its phrase (`Ambassador of Chile
        to New Zealand`), is closed by a comma and a name: that name holds it, not the
        person whose titles were being listed."""
        k = j + 1
        while c.label(k) in ("REGION", "ORG") and c.gap(k - 1) != "APPOS":
            k += 1
        return c.label(k) == "PERSON" and OWN_HOLDER.fullmatch(
            c.text, c.ents[k - 1].end_char, c.ents[k].start_char) is not None

    @staticmethod
    def phrase_holder(c: Chain, j: int) -> bool:
        """Whether title j's phrase (`Permanent Secretary of the Ministry of X`, `Minister of
        Foreign Affairs of the Kingdom of Y`) runs on into a name on the same line with no comma
        between: a title-first item whose holder is that name, so it is no apposition of the
        person before (`Also present were Minister A, Permanent Secretary of the Ministry of X
        Mrs B, and ...`; `at the invitation of Minister for X of Viet Nam A, Minister of X of
        Norway B paid a visit`). A lowercase post runs on so only where an honorific opens the
        name (`permanent secretary of the Ministry of X Mrs B`), a capitalised one also into a
        name of two words or more."""
        k = j + 1
        if c.gap(j) != "OF" or c.label(k) not in ("REGION", "ORG"):
            return False
        while c.label(k + 1) in ("REGION", "ORG") and c.gap(k) in ("OF", "TO"):
            k += 1  # `of the Kingdom of Norway`, `of Japan to Kenya`
        if c.label(k + 1) != "PERSON" or c.gap(k) != "ADJ":
            return False
        gap = c.text[c.ents[k].end_char:c.ents[k + 1].start_char]
        if "\n" in gap:
            return False
        if gap.strip():
            return True  # an honorific opens the name
        # with a space alone, a capitalised post before a full name (a one-word `name` right
        # after a body is more likely the body's last word: `Chief Executive of Brightwell Re`)
        return c.ents[j].text[:1].isupper() and " " in c.ents[k + 1].text.strip()

    def complement(self, c: Chain, p: int) -> list[Link]:
        """`Acme today named A President and Chief Executive Officer`, `members elected A
        Vice-Chair and B Treasurer`: the post a verb of appointing gives its object, written
        right after the name (capitalised, one space between); posts joined by `and` are all
        the name's, an `of ORG` after them their body. With none the post is bare: the body
        that appoints (appointing_bodies) or the release's subject holds it."""
        q = p + 1
        if c.lang == "zh" or c.label(q) != "TITLE" \
                or c.ents[q].start_char != c.ents[p].end_char + 1 and not UNREAD_AFFILIATION.fullmatch(
                    c.text, c.ents[p].end_char, c.ents[q].start_char) \
                or not self.appointed_object(c, p):
            return []  # (`elected A of Varma Tooling Vice-President`: a firm no rule read, the
            # holder's affiliation, session 16; one read is affiliated_as')
        lower = not c.ents[q].text[:1].isupper()
        titles = [c.ents[q]]
        while c.gap(q) == "AND" and c.label(q + 1) == "TITLE" and c.ents[q + 1].text[:1].isupper():
            q += 1
            titles.append(c.ents[q])
        orgs, q = self.of_orgs(c, q)
        if orgs:  # (a lowercase post too, with its body: `named A director of its Trade Office`,
            # the press style that writes a post after the name in lower case, session 17)
            return [Link(c.ents[p], t, o) for t in titles for o in orgs]
        if lower:
            return []
        end = c.ents[q].end_char
        bare = bool(BARE_END.match(c.text, end) or LINE_END.match(c.text, end) or NEXT_CLAUSE.match(c.text, end)) \
            or c.gap(q) == "AND" and c.label(q + 1) == "PERSON"
        return [Link(c.ents[p], t, None, bare=bare) for t in titles]

    @staticmethod
    def appointed_object(c: Chain, p: int) -> bool:
        """Whether name p is the object of a verb of appointing, or the next object of one
        (`elected A Chair and B Treasurer`: B after A's post and `and`)."""
        while True:
            start = c.ents[p].start_char
            if COMPLEMENT_BEFORE.search(c.text, max(0, start - 40), start):
                return True
            if c.gap(p - 1) != "AND" or c.label(p - 1) != "TITLE" or c.label(p - 2) != "PERSON" \
                    or c.ents[p - 1].start_char != c.ents[p - 2].end_char + 1:
                return False
            p -= 2

    def joined_as(self, c: Chain, p: int) -> list[Link]:
        """`A joined Acme in 2019 as CFO`, `A, who joined the Bureau as director,`: the post
        taken at the body joined; `A joins from Acme as CRO`: the body left, the post bare (the
        release's subject's)."""
        if c.label(p + 1) == "ORG" and c.label(p + 2) == "TITLE" \
                and self.joins_from_body.fullmatch(c.text, c.ents[p].end_char, c.ents[p + 1].start_char) \
                and self.as_gap.fullmatch(c.text, c.ents[p + 1].end_char, c.ents[p + 2].start_char):
            return [Link(c.ents[p], c.ents[p + 2], None, bare=True)]
        if c.gap(p) != "JOINED" or c.label(p + 1) != "ORG":
            return []
        if c.label(p + 2) == "ORG" and c.label(p + 3) == "TITLE" and isinstance(c.ents[p + 2], OrgRef) \
                and JOIN_AS_ITS.fullmatch(c.text, c.ents[p + 1].end_char, c.ents[p + 3].start_char):
            return [Link(c.ents[p], c.ents[p + 3], c.ents[p + 1])]  # `joins Acme as its new CFO`
        if c.label(p + 2) != "TITLE" or c.gap(p + 1) not in ("JOINAS", "ALSO", "ALSOITS"):
            return []
        return [Link(c.ents[p], c.ents[p + 2], c.ents[p + 1])]

    def founded_its(self, c: Chain, p: int) -> list[Link]:
        """`A, who founded Acme in 2014 and serves as its chief executive`: the post `its`
        gives in the clause that says the person founded the body is held there (session 16;
        the date or place of the founding stands between)."""
        o = p + 1
        if c.lang == "zh" or c.label(o) != "ORG" \
                or not self.founded.fullmatch(c.text, c.ents[p].end_char, c.ents[o].start_char):
            return []
        t = o + 1
        while c.label(t) == "REGION" or c.label(t) == "ORG" and isinstance(c.ents[t], OrgRef):
            t += 1  # over the founding's place and the `its` that refers to the body
        if c.label(t) != "TITLE" or not self.founded_its_re.fullmatch(c.text, c.ents[o].end_char, c.ents[t].start_char):
            return []
        return [Link(c.ents[p], c.ents[t], c.ents[o])]

    def tenure_post(self, c: Chain, p: int) -> list[Link]:
        """`B, who is retiring after 17 years as Executive Director`, `B, who retired in
        August after 14 years with the company, the last six as CFO`: the post a leaving
        holder's tenure names is B's (GUIDELINES count former holders), at the body the tenure
        names (a definite description resolves), else bare: the release's subject (session 16)."""
        if c.lang == "zh":
            return []  # (called only where ` after ` follows the name: a tenure names its length so)
        t = p + 1
        while c.label(t) in ("ORG", "REGION") and t - p <= 2:
            t += 1
        if c.label(t) != "TITLE" or c.ents[t].start_char - c.ents[p].end_char > 160 \
                or not self.tenure.fullmatch(c.text, c.ents[p].end_char, c.ents[t].start_char):
            return []
        org = next((c.ents[k] for k in range(p + 1, t) if c.label(k) == "ORG"), None)
        return [Link(c.ents[p], c.ents[t], org, explicit=org is not None, bare=org is None
                     and not BODY_AFTER.match(c.text, c.ents[t].end_char))]

    def affiliated_as(self, c: Chain, p: int) -> list[Link]:
        """`elected A of Acme as vice president of the association`, `the board includes A
        (Acme) as Treasurer`, `A of Acme was elected chair`, `elected A of Acme as their
        treasurer`, `appointed A, formerly of Acme, as Head of Policy`: the firm after the name
        is the holder's affiliation (now or before), not the post's body; the post is held at
        the body named after it, else (bare) at the release's subject, as a post named with
        no body (or the members' `their`) is. Also with no `as` where a verb of appointing
        makes the post its object's complement (`elected A of Acme Ltd Vice-President`,
        session 16: the electing body's post, as `elected A Vice-President` is)."""
        after = c.label(p + 1)
        if c.lang == "zh" or after not in ("ORG", "TITLE"):
            return []
        if after == "TITLE":
            if self.affiliated_gap.fullmatch(c.text, c.ents[p].end_char, c.ents[p + 1].start_char) \
                    and not self.plural(c.ents[p + 1]):
                # `appointed A, formerly of Seafish, as Head of X` where no rule read the firm
                end = c.ents[p + 1].end_char
                return [Link(c.ents[p], c.ents[p + 1], None,
                             bare=bool(BARE_END.match(c.text, end) or NEXT_CLAUSE.match(c.text, end)))]
            return []
        ref = c.ents[p + 2] if c.label(p + 2) == "ORG" and isinstance(c.ents[p + 2], OrgRef) \
            and c.label(p + 3) == "TITLE" else None  # `elected A of Acme Ltd as its Chair`
        k = p + 3 if ref is not None else p + 2
        if c.label(k) != "TITLE" or self.plural(c.ents[k]):
            return []
        name_end, org, title = c.ents[p].end_char, c.ents[p + 1], c.ents[k]
        if ref is not None:
            if c.gap(p) in ("OF", "PAREN") and AFFILIATED_AS.match(c.text, org.end_char) \
                    and c.text[ref.start_char:ref.end_char].split()[0].lower() in ("its", "their"):
                return [Link(c.ents[p], title, ref)]
            return []
        if c.gap(p) in ("OF", "PAREN"):
            if not (c.gap(p + 1) in ("ALSO", "ALSOITS") and AFFILIATED_AS.match(c.text, org.end_char)
                    or title.start_char == org.end_char + 1 and title.text[:1].isupper()
                    and self.appointed_object(c, p)):
                return []
        elif not (self.formerly_of.fullmatch(c.text, name_end, org.start_char)
                  and self.as_after_affiliation.fullmatch(c.text, org.end_char, title.start_char)):
            return []
        orgs, j = self.of_orgs(c, p + 2)
        if orgs:
            return [Link(c.ents[p], c.ents[p + 2], o) for o in orgs]
        end = c.ents[j].end_char
        return [Link(c.ents[p], c.ents[p + 2], None,
                     bare=bool(BARE_END.match(c.text, end) or NEXT_CLAUSE.match(c.text, end)))]

    def left_from(self, c: Chain, p: int, title: Ent, org: Ent) -> bool:
        """`A joins as CMO from Avelyn`: the post taken by joining, then the body the person comes from."""
        return self.joins_as.fullmatch(c.text, c.ents[p].end_char, title.start_char) is not None \
            and self.from_gap.fullmatch(c.text, title.end_char, org.start_char) is not None

    def held_where(self, c: Chain, p: int) -> list[Link]:
        """`A joins from ORG, where she served as CFO (and COO)`: the posts held at the body
        the same clause names next after the person (no other entity, no sentence break
        between), or at the body an `of` joins to the title. A sentence opening with `He` or
        `She` that joins from the body speaks of the person named last before it."""
        if c.lang == "zh":
            return []
        o = p + 1
        while c.label(o) in ("TITLE", "DATE", "REGION"):
            o += 1  # over the post just given, to a next sentence that opens with `She`
        joins = o == p + 1 and c.label(o) == "ORG" and c.label(o + 1) == "ORG" \
            and JOINS_FROM.fullmatch(c.text, c.ents[p].end_char, c.ents[o + 1].start_char)
        if joins:
            o += 1  # `A joins Acme from ORG, where ...`: the body left, not the one joined
        seat = o  # `from ORG in Osaka, Japan, where ...`: the body's seat stands between
        while c.label(seat + 1) == "REGION" and seat - o < 2 and SEAT_GAP.fullmatch(
                c.text, c.ents[seat].end_char, c.ents[seat + 1].start_char):
            seat += 1
        if c.label(o) != "ORG" or c.gap(seat) != "WHERE" or c.label(seat + 1) != "TITLE":
            return []
        between = c.text[c.ents[p].end_char:c.ents[o].start_char]
        if (o == p + 1 or joins) and len(between) <= 60 and not re.search(r"[.!?;:\n]", between):
            pass  # `A joins from ORG, where ...`
        elif o > p + 1 and all(c.label(k) == "TITLE" for k in range(p + 1, o)) \
                and OWN_POST_AT.fullmatch(c.text, c.ents[o - 1].end_char, c.ents[o].start_char) \
                and len(between) <= 120 and not re.search(r"[.!?;:\n]", between):
            pass  # `A is currently Provost at ORG, where she was Dean`: the body of the person's own
            # post in the same clause (session 16)
        elif o == p + 2 and c.label(p + 1) == "TITLE" and self.left_from(c, p, c.ents[p + 1], c.ents[o]):
            pass  # `A joins as CMO from ORG, where she was ...`
        elif not PRONOUN_FROM.search(c.text, max(0, c.ents[o].start_char - 80), c.ents[o].start_char) \
                or len(between) > 300:
            return []  # `A was named CFO. She joins from ORG, where ...`: A is the `she`
        out: list[Link] = []
        j = seat + 1
        while True:
            title = c.ents[j]
            orgs, j = self.of_orgs(c, self.past_abbrev(c, j))
            out += [Link(c.ents[p], title, org) for org in (orgs or [c.ents[o]])]
            if c.gap(j) != "AND" or c.label(j + 1) != "TITLE":
                return out
            j += 1

    @staticmethod
    def contact_line(c: Chain, p: int, after: list[Link]) -> None:
        """An enquiries block's line `Acme Holdings plc: Jane Roe, Company Secretary`: the
        body that opens the line, before its colon, is the one whose post the name's
        apposition states (the line names it; GUIDELINES, org an ORG mention). So is the body
        that closes it (session 16: `Contact: Jane Roe, Communications Analyst, UNDP Lao PDR,
        jroe@...`, `Jane Roe, Vice President, Investor Relations, Acme Corp.` / phone): a
        contact line lists name, post and body, then only the ways to reach them. A list of
        delegates or speakers writes its lines so (session 17: `- Jane Roe, President, Acme
        Dairy Cooperative`, `Jane Roe – CEO, Acme Foods Inc.`, a table's `Jane Roe | CEO |
        Acme Inc.`): one role a line, the post at the body that closes the line."""
        if c.lang != "zh" and c.label(p + 1) == "TITLE" and c.label(p + 2) == "ORG" \
                and FIELD_SEP.fullmatch(c.text, c.ents[p + 1].end_char, c.ents[p + 2].start_char):
            # (`A, CEO of X` is no contact line)
            name, title, org = c.ents[p], c.ents[p + 1], c.ents[p + 2]
            line = c.text.rfind("\n", 0, name.start_char) + 1
            end = org.end_char
            if c.label(p + 3) == "REGION" and c.text[end:c.ents[p + 3].start_char] == " ":
                end = c.ents[p + 3].end_char  # `UNDP Lao PDR`: the office's country
            if LINE_OPENING.fullmatch(c.text, line, name.start_char) \
                    and FIELD_SEP.fullmatch(c.text, name.end_char, title.start_char) \
                    and LINE_TAIL.match(c.text, end):
                # one line, one role: the post linked already takes the body; a post the
                # chain did not join (a dash or a bar between the fields) is linked here
                own = [lk for lk in after if lk.title is title]
                for lk in own:
                    if lk.org is None:
                        lk.org, lk.explicit, lk.bare = org, True, False
                if not own:
                    after.append(Link(name, title, org))
                return
        o = p - 1
        if c.lang == "zh" or c.label(o) != "ORG" or c.gap(o) != "COLON" \
                or c.text[c.text.rfind("\n", 0, c.ents[o].start_char) + 1:c.ents[o].start_char].strip():
            return
        line_end = c.text.find("\n", c.ents[p].end_char)
        for lk in after:
            if lk.org is None and (line_end < 0 or lk.title.end_char <= line_end):
                lk.org, lk.explicit, lk.bare = c.ents[o], True, False

    @staticmethod
    def signature(c: Chain, p: int) -> list[Link]:
        """A contact block, one field a line: `Jane Roe` / `Vice President, Investor
        Relations` / `Acme Inc.`: the title on the line after the name is at the body on
        the line after it; with no body line it is a bare post (the release's subject)."""
        t = p + 1
        if c.lang == "zh" or c.label(t) != "TITLE" or not (
                on_own_line(c.text, c.ents[p].start_char, c.ents[p].end_char)
                and LINE_BREAK.fullmatch(c.text, c.ents[p].end_char, c.ents[t].start_char)):
            return []
        if not on_own_line(c.text, c.ents[t].start_char, c.ents[t].end_char):
            # `Jane Roe` / `Director of Communications, Acme Inc.` / phone (session 16): the
            # post's line closes with its body
            o = t + 1
            if c.label(o) == "ORG" and CONTACT_COMMA.fullmatch(c.text, c.ents[t].end_char, c.ents[o].start_char) \
                    and on_own_line(c.text, c.ents[t].start_char, c.ents[o].end_char):
                return [Link(c.ents[p], c.ents[t], c.ents[o])]
            return []
        o = t + 1
        if c.label(o) == "ORG" and on_own_line(c.text, c.ents[o].start_char, c.ents[o].end_char) \
                and LINE_BREAK.fullmatch(c.text, c.ents[t].end_char, c.ents[o].start_char):
            return [Link(c.ents[p], c.ents[t], c.ents[o])]
        return [Link(c.ents[p], c.ents[t], None, explicit=False, bare=True)]

    @staticmethod
    def successor(c: Chain, p: int, found: list[Link], after: list[Link]) -> list[Link]:
        """`A succeeded B as CEO of Acme`, `A replaces outgoing envoy B`: the title stated
        for B, the holder before, is A's too."""
        if c.label(p - 1) == "PERSON" and c.gap(p - 1) == "SUCCEED" and c.gap(p) == "ALSO" \
                and c.text[c.ents[p].end_char:c.ents[p + 1].start_char].strip() == "as":
            return [Link(c.ents[p - 1], lk.title, lk.org, lk.explicit, lk.bare, lk.leading) for lk in after]
        before = [lk for lk in found if lk.title.end_char <= c.ents[p].start_char]
        if not before:
            return []
        first = min(c.position[id(e)] for lk in before for e in (lk.title, lk.org)
                    if e is not None and id(e) in c.position)
        if c.label(first - 1) == "PERSON" and c.gap(first - 1) == "SUCCEED":
            return [Link(c.ents[first - 1], lk.title, lk.org, lk.explicit, lk.bare, lk.leading)
                    for lk in before]
        return []

    @staticmethod
    def predecessor_orgs(c: Chain, links: list[Link]) -> None:
        """`She succeeds B, who has been Acting Dean since January`, `A succeeds B, who
        retires as CEO`: the post the clause gives the predecessor B with no body is the one
        the successor takes, so it is at the body of the successor's post of the same head
        (`Dean` of the Faculty named before). The successor is the name (or pronoun) the
        SUCCEED gap joins to B; its posts are matched by the title's last word."""
        for lk in links:
            p = c.position.get(id(lk.person))
            if lk.org is not None or p is None or c.label(p - 1) != "PERSON" \
                    or c.gap(p - 1) != "SUCCEED" or lk.title.start_char < lk.person.end_char:
                continue
            heir = full_name(c.ents[p - 1])
            head = title_head(lk.title)
            same = [o for o in links if o.org is not None and full_name(o.person) == heir
                    and o.title.start_char < lk.title.start_char and title_head(o.title) == head]
            if same:
                lk.org, lk.explicit = same[-1].org, False

    @staticmethod
    def zh_apposition(c: Chain, p: int) -> bool:
        """`甲,某公司董事长,出席`, `甲兼任某会会长。`: a comma (not `、`) or 兼 after a Chinese
        name opens its apposition when the titles end a clause, unless a name follows them
        (`甲,某公司董事长、某会会长乙` lists two people)."""
        if c.lang != "zh" or c.gap(p) not in ("LIST", "CONCUR") or c.label(p + 1) not in ("ORG", "TITLE"):
            return False
        if "、" in c.text[c.ents[p].end_char:c.ents[p + 1].start_char]:
            return False
        j = p + 1
        while c.label(j + 1) in ("ORG", "TITLE") and c.gap(j) in ("ADJ", "CONCUR", "LIST"):
            j += 1  # over `某会副主任、某局局长`: the titles of a list item before its name
        if c.label(j + 1) == "PERSON" and c.gap(j) == "ADJ":
            return False
        return c.label(j) == "TITLE" and bool(ZH_CLAUSE.match(c.text, c.ents[j].end_char))

    def of_orgs(self, c: Chain, j: int) -> tuple[list[Ent], int]:
        """`of (the) ORG (ABBR) (and the ORG (ABBR))*` after title j; also `of REGION's ORG`, `of ORG's ORG`,
        `of [Unit] REGION of ORG`,
        and the signature form `CEO, Acme` / `Director, Asia Pacific, Acme` that ends the
        apposition."""
        if c.gap(j) == "APPOS" and c.lang != "zh":
            k = j + 1
            if c.label(k) == "REGION":  # a remit of places joined by `and` (`UK and Ireland`)
                while c.gap(k) == "AND" and c.label(k + 1) == "REGION":
                    k += 1
                if c.gap(k) in ("APPOS", "OF"):
                    k += 1  # `Director, Asia Pacific, Acme`, `Managing Director, Asia at Acme`
            if c.label(k) == "ORG" and (BARE_END.match(c.text, c.ents[k].end_char)
                                        or LINE_END.match(c.text, c.ents[k].end_char)):
                return [c.ents[k]], k  # (a list's line ends the apposition too: `- A, Secretary
                # and CEO, ORG` before the next item)
            return [], j
        if c.gap(j) not in ("OF", "UNIT"):
            return [], j
        k = j + 1
        if c.label(k) in ("REGION", "ORG") and c.gap(k) == "POSS" and c.label(k + 1) == "ORG":
            k += 1  # `of Acme's Trade Office`: the unit, named by its parent's possessive
        if c.label(k) == "REGION" and c.gap(k) == "OF" and c.label(k + 1) == "ORG":
            # `president of (Foo Works) Greater China of/at ORG`: the body's regional post
            return [c.ents[k + 1]], self.past_abbrev(c, k + 1)
        if c.gap(j) == "UNIT":
            return [], j
        if c.label(k) == "REGION":
            return [], self.past_abbrev(c, k)
        if c.label(k) != "ORG":
            return [], j
        orgs = [c.ents[k]]
        k = self.past_abbrev(c, k)
        while c.gap(k) == "AND" and c.label(k + 1) == "ORG" and c.label(k + 2) != "TITLE":
            orgs.append(c.ents[k + 1])
            k = self.past_abbrev(c, k + 1)
        return orgs, k

    @staticmethod
    def past_abbrev(c: Chain, i: int) -> int:
        """`vice chairman (VC)`, `the Council (CCPIT)`: continue after the bracketed short form."""
        if c.gap(i) == "PAREN" and i + 1 < len(c.closed) and c.closed[i + 1]:
            return i + 1
        if c.gap(i) == "PAREN" and i + 1 == len(c.ents) - 1:
            return i + 1
        return i

    def respectively_en(self, c: Chain, links: list[Link]) -> list[Link]:
        """`A and B, Chairman and President of X respectively`: the names listed hold the posts
        listed, in order, when the two lists are as long and `respectively` closes the posts;
        an `of ORG` after the last post is each post's (a place's title takes none). The links
        the chain made between these names and posts (the nearest name to each post) give way."""
        if c.lang == "zh" or "respectively" not in c.text:
            return links
        pairs: list[Link] = []
        for p in range(len(c.ents) - 1):
            if c.label(p) != "PERSON" or p and c.label(p - 1) == "PERSON" \
                    and EN_NAME_SEP.fullmatch(c.text, c.ents[p - 1].end_char, c.ents[p].start_char):
                continue  # a list starts at its first name
            names = [p]
            while c.label(names[-1] + 1) == "PERSON" and EN_NAME_SEP.fullmatch(
                    c.text, c.ents[names[-1]].end_char, c.ents[names[-1] + 1].start_char):
                names.append(names[-1] + 1)
            t = names[-1] + 1
            if len(names) < 2 or c.label(t) != "TITLE" \
                    or not EN_TO_POSTS.fullmatch(c.text, c.ents[names[-1]].end_char, c.ents[t].start_char):
                continue
            posts = [t]
            while c.label(posts[-1] + 1) == "TITLE" and EN_POST_SEP.fullmatch(
                    c.text, c.ents[posts[-1]].end_char, c.ents[posts[-1] + 1].start_char):
                posts.append(posts[-1] + 1)
            last, org = posts[-1], None
            if c.label(last + 1) == "ORG" and EN_POSTS_AT.fullmatch(
                    c.text, c.ents[last].end_char, c.ents[last + 1].start_char):
                last, org = last + 1, c.ents[last + 1]
            if len(posts) != len(names) or not EN_RESPECTIVELY.match(c.text, c.ents[last].end_char):
                continue
            for q, k in zip(names, posts):
                held = None if self.place_bound(c.ents[k]) else org
                pairs.append(Link(c.ents[q], c.ents[k], held, explicit=held is not None, bare=org is None))
        if not pairs:
            return links
        people = {id(lk.person) for lk in pairs}
        posts_held = {id(lk.title) for lk in pairs}
        return [lk for lk in links if id(lk.person) not in people or id(lk.title) not in posts_held] + pairs

    # -- lists: `秘书长甲、副秘书长乙`, `甲巡视员、乙副巡视员` -------------
    def carry_list_org(self, c: Chain, p: int, found: list[Link], list_org: dict[int, Ent | None]) -> None:
        own = next((lk.org for lk in found if lk.org is not None and lk.explicit), None)
        # the titles right before the name (`秘书长甲`), not one it shares with the name
        # before it (`副会长甲、乙`: 乙's item starts at 乙)
        own_titles = {id(lk.title) for lk in found}
        start = p
        while start > 0 and id(c.ents[start - 1]) in own_titles:
            start -= 1
        prev = start - 1
        prev_person = None
        # only `、` carries it: `甲会副主任乙及局长丙` does not say whose 局长 丙 is
        if c.gap(prev) == "LIST":
            if c.label(prev) == "PERSON":
                prev_person = prev
            elif c.label(prev) == "TITLE" and c.label(prev - 1) == "PERSON" and c.gap(prev - 1) == "ADJ":
                prev_person = prev - 1
        shared = list_org.get(prev_person) if prev_person is not None else None
        # an item whose title holds its own body (`经济部长`) names another body: the items
        # after it no longer share the first item's organisation
        holds_body = any((lk.title._.info or {}).get("fused") for lk in found)
        list_org[p] = own or (None if holds_body else shared)
        if own is None and shared is not None:
            for lk in found:
                if lk.org is None and not self.place_bound(lk.title):
                    lk.org, lk.explicit = shared, False

    # -- `officials of ORG, including TITLE A and TITLE B` -----------------------------------
    def included(self, c: Chain, links: list[Link]) -> None:
        """The people a text lists out of a body's group (`officials of the Ministry,
        including Deputy Secretary A and Chief Negotiator B`) hold their posts at that
        body: the list right after `including` is of its members. A place's post (an
        ambassador in a delegation) takes none."""
        for lk in links:
            t = c.position.get(id(lk.title))
            if lk.org is not None or t is None or self.place_bound(lk.title) \
                    or (self.refs is not None and self.refs.posted(lk.title)):
                continue
            k = t - 1
            floor = lk.title.start_char - LIST_REACH  # a bounded walk: linear in the text
            while c.label(k) in ("PERSON", "TITLE") and c.ents[k].start_char > floor:
                k -= 1
            if c.label(k) != "ORG":
                continue
            org = c.ents[k]
            if INCLUDING.fullmatch(c.text, org.end_char, c.ents[k + 1].start_char) \
                    and GROUP_OF.search(c.text, max(0, org.start_char - 60), org.start_char) \
                    and not LIST_BREAK.search(c.text, org.end_char, lk.title.start_char):
                lk.org, lk.explicit = org, False

    def led_teams(self, text: str, orgs: list[Ent], links: list[Link]) -> None:
        """`The Acme team was led by partner A in London and partner B in Paris`, `advised by
        Acme, led by partner C`: a firm's team named by its members' posts; each post of the
        sentence after `led by` with no body of its own is held at that firm, up to the next
        body the sentence names."""
        if LED_BY.search(text) is None:  # (one search for the literal; most texts have none)
            return
        ends = {o.end_char: o for o in orgs}
        for lk in links:
            if lk.org is not None or self.place_bound(lk.title):
                continue
            start = lk.title.start_char
            lo = max(0, start - TEAM_REACH)
            cut = max((m.end() for m in ENGLISH_SENTENCE_END.finditer(text, lo, start)), default=lo)
            led = None
            for m in LED_TEAM.finditer(text, cut, start):
                led = m
            if led is None or led.start() not in ends \
                    or any(led.end() <= o.start_char < start for o in orgs):
                continue
            lk.org, lk.explicit = ends[led.start()], False

    # -- helpers ------------------------------------------------------------------------
    @staticmethod
    def possessive_bodies(text: str, orgs: list[Ent], links: list[Link]) -> None:
        """`a partner at X and head of its tax practice`: a title that names its field by a
        possessive (`its`, `their`) is held at the body the possessive stands for, the
        nearest one named before it in its sentence (REFER_REACH), not at the release's
        subject; with none there the triple cannot be stated (see `unread_body`)."""
        for lk in links:
            if lk.org is None and TITLE_POSSESSIVE.search(lk.title.text):
                body = next((o for o in reversed(orgs) if o.end_char <= lk.title.start_char), None)
                if body is not None and lk.title.start_char - body.end_char <= REFER_REACH \
                        and not re.search(r"[.!?]\s", text[body.end_char:lk.title.start_char]):
                    lk.org, lk.explicit = body, False
                lk.bare = False

    @staticmethod
    def unread_body(text: str, title: Ent, starts: set[int], ends: set[int],
                    nouns: Collection[str] = ()) -> bool:
        """`COO of Meridian Freight Lines` or `Orvell's Trade Commissioner` where no rule
        read the name, `chair of its Shanghai chapter`: the text joins the post to a body it
        does not name where the role can take it, so an org-less triple would state it
        wrongly (a false triple and a miss, where leaving it out costs the miss alone).
        A reference noun alone (`First Secretary of the Embassy, Ms X` where no embassy is
        named: org_references.tsv `nouns`) is no name left unread: the text names none."""
        m = UNREAD_BODY.match(text, title.end_char)
        if m is not None and (m.group("name") is None or m.start("name") not in starts):
            bare = BARE_NOUN.match(text, m.start("name")) if m.group("name") else None
            if bare is None or bare.group(1).lower() not in nouns:
                return True
        lo = max(0, title.start_char - 40)  # (the possessive it ends with, tested first: most titles have none)
        m = UNREAD_OWNER.search(text, lo, title.start_char) \
            if text.endswith(OWNER_ENDS, lo, title.start_char) else None
        return m is not None and m.end(1) not in ends

    @staticmethod
    def organ_post(title: Ent) -> bool:
        """`Chair of Council`, `Chairman of the Board`, `Chair of the Audit Committee`: a
        title whose listed complement (title_heads.tsv) is an organ of a body."""
        complement = str((title._.info or {}).get("complement") or "")
        return complement.rsplit(" ", 1)[-1] in ORGANS

    def place_bound(self, title: Ent) -> bool:
        """A place's title (`mayor`) or one holding its body (`外长`) inherits no org."""
        return self.place_title(title) or bool((title._.info or {}).get("fused"))

    def place_title(self, title: Ent) -> bool:
        """A place's title (`mayor`): the post of a place, never of an organisation."""
        value = (title._.value or title.text).lower()
        # an acting or interim holder's post is the post's (`代省长`, `Acting Mayor`)
        return value in self.place_titles or value.removeprefix("acting ").removeprefix("interim ") \
            in self.place_titles

    @staticmethod
    def plural(title: Ent) -> bool:
        return bool((title._.info or {}).get("plural"))

def on_own_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] fills its line (but for spaces and tabs)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


@Language.factory("pressner_roles")
def make_roles(nlp: Language, name: str) -> RoleLinker:
    return RoleLinker(nlp, name)
