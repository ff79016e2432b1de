"""Lines and lists that pair a post with names: a board's list (`副会长：甲（某公司总经理）、乙`,
`Treasurer: Jane Roe`), a form's field (`2.發言人：林佳`), a company outline (`Name: X Co., Ltd.` /
`Chairman: A`) and the line that introduces an elected list (`选举产生新一届理事会。当选名单如下：`).

Boards' officer lists, notices' forms and company outlines write one post a line: an item's mark
may open the line (a bullet, `4.`, `(一)`), then the post, a colon, then its holder or holders,
each with an optional bracketed note of its own firm. Session 19 read that shape in three places
of the role linker; this module is the one reader both languages use (session 20). What differs
between the languages is data, rows of models/{en,zh}/role_gaps.tsv that are no gap classes:

- FIELD_OPENING: what may stand between a line's start and the post (the language's item marks);
- OUTLINE_NAME: the label of an outline's name field (`Name`, `Company name`), whose body holds
  the posts the block's other fields give;
- LIST_NOTE: a listed name's bracketed note, then the list's separator before the next name
  (`甲先生（某（中国）有限公司总经理）、`).

A file without a row reads none of that shape (the pattern matches nothing). The role linker
(roles.py) decides what a field gives (a link, a cut in its chain); this module only reads where
the fields are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..candidates import Ent

NEVER = re.compile(r"(?!)")  # a shape a language's file does not write: it matches nothing
ROWS = ("FIELD_OPENING", "OUTLINE_NAME", "LIST_NOTE")  # the data rows read here (no gap classes)
COLONS = (":", "：")  # what closes a field's label
LABEL_END = r"[ \t]*[:：][ \t]*"  # a label's colon, as the name field's is written before its body
LIST_LINES = 12  # lines of a list of posts (`副会长：甲、乙`) read back to the line introducing it
FIELD_ROW = re.compile(r"[^\s:：]{1,10}[:：]")  # a line a post labels (`秘书长：甲`)
NOTE_REACH = 4  # entities a bracketed note may hold (`某（中国）有限公司总经理`: an ORG and a TITLE)


@dataclass(frozen=True, slots=True)
class FieldLines:
    """The field shapes of one language, read from its rows (ROWS)."""

    opening: re.Pattern[str] = NEVER
    outline_name: re.Pattern[str] = NEVER  # a line's start to the body a name field gives
    note: re.Pattern[str] = NEVER

    @classmethod
    def from_rows(cls, rows: Mapping[str, str]) -> FieldLines:
        """The shapes from `class -> regex` rows; a row left out reads nothing."""
        opening = rows.get("FIELD_OPENING")
        label = rows.get("OUTLINE_NAME")
        note = rows.get("LIST_NOTE")
        return cls(
            opening=re.compile(opening) if opening is not None else NEVER,
            outline_name=re.compile(f"{opening}(?:{label}){LABEL_END}")
            if opening is not None and label is not None else NEVER,
            note=re.compile(note) if note is not None else NEVER)

    def opens_line(self, text: str, start: int) -> bool:
        """Whether the text from its line's start to `start` is an item's mark or nothing: a post
        there opens its line, as a field's label does."""
        return self.opening.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None

    def labels_line(self, text: str, start: int, end: int) -> bool:
        """Whether the post at text[start:end] labels its line: it opens the line and a colon
        follows it (`副会长：甲、乙`)."""
        return text[end:end + 1] in COLONS and self.opens_line(text, start)

    def cut_labels(self, text: str, ents: Sequence[Ent], gaps: list[str | None]) -> None:
        """`甲（某公司）\n副会长：乙`: a post that labels its line names the holders after it, so
        it is joined to nothing on the lines before: the gap before it breaks the chain."""
        for i in range(1, len(ents)):
            e = ents[i]
            if e.label_ == "TITLE" and self.labels_line(text, e.start_char, e.end_char):
                gaps[i - 1] = None

    def intro_line(self, text: str, title: Ent, opening: int) -> int:
        """Where the sentence a post's line belongs to opens: for a post that labels its line
        (`副主席：甲、乙`) in a list of such lines, the line that introduces the list
        (`选举产生新一届董事会。当选名单如下：`), whose words say how the posts were filled;
        else `opening`, the sentence's own start."""
        line = text.rfind("\n", 0, title.start_char)
        if line < 0 or not self.labels_line(text, title.start_char, title.end_char):
            return opening
        for _ in range(LIST_LINES):
            prev = text.rfind("\n", 0, line)
            row = text[prev + 1:line].strip()
            if row.endswith(COLONS):
                return prev  # the introducing line
            if not FIELD_ROW.match(row):
                break
            line = prev
        return opening

    def outline_body(self, text: str, ents: Sequence[Ent], t: int) -> Ent | None:
        """The body an outline's name field gives the post field at entity t: the ORG that a
        `Name:` label opens its line with, in t's block (no blank line between), as Japanese and
        Korean timely disclosures outline a company (`Name: X Co., Ltd.`, `Chairman: A`)."""
        if self.outline_name is NEVER:
            return None
        block = text.rfind("\n\n", 0, ents[t].start_char)
        for o in range(t - 1, -1, -1):
            ent = ents[o]
            if ent.start_char <= block:
                break
            if ent.label_ == "ORG" and self.outline_name.fullmatch(
                    text, text.rfind("\n", 0, ent.start_char) + 1, ent.start_char):
                return ent
        return None

    def noted_before(self, text: str, ents: Sequence[Ent], p: int) -> int | None:
        """The person listed before person p with a bracketed note between them
        (`甲（某公司总经理）、乙`): the note's entities are the first name's affiliation, so
        the names are items of one list."""
        if self.note is NEVER:
            return None
        k = p - 1
        while k >= 0 and ents[k].label_ != "PERSON" and p - k <= NOTE_REACH:
            k -= 1
        if k < 0 or ents[k].label_ != "PERSON":
            return None
        return k if self.note.fullmatch(text, ents[k].end_char, ents[p].start_char) else None
