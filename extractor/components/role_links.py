"""Links and the triples a doc states: what the role linker (roles.py) makes of each pairing of a
person with a post and a body (`Link`), and how its links become the doc's `roles` (session 20:
moved out of roles.py, outputs unchanged).

Several readings of one text may state the same post: a headline repeats the lead's appointment,
a surname after its full name repeats a post, a post with no body repeats the same post stated at
one. The triples keep one statement of each (GUIDELINES, Relations), named as the text names the
person (a surname by the full name it stands for), with the spans they were read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..candidates import DOTS, Ent
from .role_pronouns import person_of
from .role_refs import headline_end

DEPUTY = "副"  # before a Chinese title, a deputy's post: another post than the title alone (dedupe)
MINOR = frozenset(("of", "and", "the", "for"))  # words a title's initials leave out
# the release's own company, bare, right before a post (`为公司总经理`, `本公司原董事长`); not
# `该公司` (a company named before) nor a compound (`子公司`, `分公司`, `控股公司`)
OWN_COMPANY = re.compile(r"(?<![该該其子分母股总總])(?:本)?公司(?:原|前)?\Z")


@dataclass(slots=True)
class Link:
    """A person's post, and the body it is held at where the text gives one, as a rule read it."""

    person: Ent
    title: Ent
    org: Ent | None
    explicit: bool = True  # the org is joined to the title in the text, not carried over
    bare: bool = False  # an apposition with no org or place: the release's subject may hold it
    leading: bool = False  # a bare title before the name: only a company subject holds it
    definite: bool = False  # `the TITLE, NAME`: a leading post a members' body's release gives visitors too

    def key(self) -> tuple[int, int, int]:
        return (self.person.start_char, self.title.start_char, self.org.start_char if self.org else -1)


def ref(span: Ent | None) -> dict | None:
    """A triple's span as the output schema writes it (offsets, text, value)."""
    if span is None:
        return None
    return {"start": span.start_char, "end": span.end_char, "text": span.text, "value": span._.value}


def full_name(person: Ent) -> str:
    """The name a person mention (or pronoun) stands for: the full name the persons component
    linked a surname to, else its text."""
    person = person_of(person)
    value = person._.value
    return value if isinstance(value, str) and len(value) > len(person.text) else person.text


def headline_repeats(text: str, links: list[Link]) -> list[Link]:
    """A headline's appointment (`Acme Names Jane Roe CFO`) repeats one the body states: where
    the body gives the same person the same post at a body, the headline's triple goes (the
    body's names the organisation as the text does where it states the post)."""
    first = headline_end(text)
    if first < 0:
        return links
    heads = [lk for lk in links if lk.person.start_char < first]
    if not heads:
        return links

    def post(lk: Link) -> tuple[str, str]:
        return full_name(lk.person), str(lk.title._.value or lk.title.text).lower()

    stated = set()
    for lk in links:
        if lk.person.start_char > first and lk.org is not None:
            name, value = post(lk)
            stated.add((name, value))
            # and its initials: a headline's `CFO` for the lead's `Chief Financial Officer`
            stated.add((name, "".join(w[0] for w in re.findall(r"[a-z]+", value) if w not in MINOR)))
    return [lk for lk in links if lk.person.start_char > first or post(lk) not in stated]


def dedupe(links: list[Link], text: str = "") -> list[Link]:
    """One triple per statement: an org-less or surname-only repeat adds nothing when the
    same person already holds that title with an organisation or under the full name
    (GUIDELINES, Relations); a surname-only mention with a title not stated before does.
    A Chinese post at the release's own bare `公司` (`text` given) is no repeat: that
    company is another body than the one named with the same title (`公司原董事长甲` and
    `甲将继续担任控股股东某集团董事长`: two posts)."""
    texts = {lk.person.text for lk in links}

    def named_as(lk: Link) -> str:
        value = lk.person._.value or lk.person.text
        if value in texts and value != lk.person.text:
            return value  # linked to a full name the roles state
        return short_form_of(lk.person.text, texts) or value

    names = {id(lk): named_as(lk) for lk in links}  # once a link: a scan of all names

    def who(lk: Link) -> str:
        return names[id(lk)]

    def what(lk: Link) -> str:
        return (lk.title._.value or lk.title.text).lower()

    with_org: dict[str, list[tuple[str, str]]] = {}  # name -> (value, words) of its posts at a body
    for lk in links:
        if lk.org is not None:
            with_org.setdefault(who(lk), []).append((what(lk), lk.title.text.lower()))
    named: dict[str, list[str]] = {}  # full name -> titles stated under it
    named_at: dict[str, set[str]] = {}  # full name -> the bodies its posts are stated at
    for lk in links:
        if lk.person.text == who(lk):  # the title's value and, for `院长` in `行政院长`, its text
            named.setdefault(who(lk), []).extend((what(lk), lk.title.text.lower()))
            if lk.org is not None:
                named_at.setdefault(who(lk), set()).add(lk.org.text)
    seen: set[tuple[str, str, str | None]] = set()
    out = []
    for lk in sorted(links, key=lambda x: x.key()):
        # `甲会长` after `创会会长甲`: a shortened repeat of a stated title
        # (the words too: `董事长` is no shorter `副会长`, though both are a `chairman`;
        # nor is a post given after the name, `委任甲为总经理`, a shorter `副总经理`: the
        # deputy's is another post, though the address `甲局长` drops a deputy's 副 by courtesy)
        if lk.org is None and any(what(lk) in v and lk.title.text.lower() in t
                                  and (DEPUTY + lk.title.text not in t
                                       or lk.title.start_char < lk.person.end_char
                                       or text.endswith(lk.person.text, 0, lk.title.start_char))
                                  for v, t in with_org.get(who(lk), [])) \
                and not (text and OWN_COMPANY.search(
                    text, max(0, lk.title.start_char - 6), lk.title.start_char)):
            continue
        # `Premier Li` after `Premier Li Keqiang`; `Li is chairman` still states a post, and
        # so does `Ng is Chair of X` after `Margaret Ng ... as Chair` of another body
        if lk.person.text != who(lk) and any(what(lk) in t or lk.title.text.lower() in t
                                             for t in named.get(who(lk), [])) \
                and (lk.org is None or lk.org.text in named_at.get(who(lk), ())):
            continue
        k = (lk.person.text, lk.title.text, lk.org.text if lk.org is not None else None)
        if k not in seen:
            seen.add(k)
            out.append(lk)
    return out


def as_role(link: Link, text: str | None = None, names: set[str] = frozenset(),
            linked: bool = False) -> dict:
    """The triple as surface strings. Given the text (English), a surname-only mention
    (`Lee is chairman`) is named by the full name it stands for, which the text states
    (linked before, or the one name of the text it is the short form of); Chinese keeps
    the surname it writes before a title (`王部长`), while one the persons component
    linked to a full name and that a title does not follow (`linked`: `何先生现任某公司
    董事总经理`) is named by that name too."""
    person = link.person.text
    value = link.person._.value
    if (text is not None or linked) and isinstance(value, str) and len(value) > len(person) \
            and (linked and value in names or text is not None and value in text):
        person = value
    elif text is not None:
        person = short_form_of(person, names) or person
    return {"person": person, "title": link.title.text,
            "org": link.org.text if link.org is not None else None,
            "person_span": ref(link.person), "title_span": ref(link.title),
            "org_span": ref(link.org)}


def short_form_of(name: str, names: set[str]) -> str | None:
    """The one longer name of `names` that `name` is the short form of, when nothing
    linked them before (a name the learned source found): a Chinese surname or the first
    part of a transliteration or, family name last, its last part (`卓` of `卓某某`,
    `阿里` of `阿里·哈桑`, `哈里森` of `马克·哈里森`), an English last word (`Kagwe` of
    `Mutahi Kagwe`), else the first of a name written family name first (`Tanaka` of
    `Tanaka Hiroshi`, `Zhou` of `Zhou Min`), else an inner word of a Spanish or Portuguese
    name, the first of its two surnames (`Valenzuela` of `Esteban Valenzuela Rojas`)."""
    if " " in name or not name:
        return None
    if name.isascii():
        found = [n for n in names if n.endswith(" " + name)] \
            or [n for n in names if n.startswith(name + " ")] \
            or [n for n in names if " %s " % name in n]  # family name first: `Tanaka Hiroshi`;
        # a Spanish or Portuguese father's surname before the mother's (`Esteban Valenzuela Rojas`)
    else:
        found = [n for n in names if len(n) > len(name) and (
            n.startswith(name) and (len(name) <= 2 or n[len(name)] in DOTS)
            or n[-len(name) - 1] in DOTS and n.endswith(name))]
    return found[0] if len(found) == 1 else None
