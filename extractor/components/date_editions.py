"""The year a numbered edition of a recurring event stands for.

A fair's news item often gives a month and a day and no year (`11月5日至10日，第六届进博会
在上海举行`); a reader who knows the event dates it by the edition. Where a text writes no
year of its own and no document date is given, pressner_dates takes the year of the first
edition it reports (models/shared/event_editions.tsv: only events whose editions kept one
rhythm since the first). An edition after `去年` / `last year's` is not the text's year, so
it dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, field_validator

EDITION_ZH = r"第\s?(?P<n>\d{1,3}|[一二三四五六七八九十百零〇两]{1,6})\s?届\s?"
EDITION_EN = r"\b(?P<ne>\d{1,3})(?:st|nd|rd|th)\s(?:(?:session|edition)\sof\s(?:the\s)?)?"
# a relative year right before the edition: it is not the year the text reports from
OTHER_YEAR = re.compile(r"(?:去年|前年|明年|上届|下届|last year's|next year's|last year|next year)\W{0,2}$",
                        re.IGNORECASE)


class EditionRow(BaseModel):
    first: int
    every: float
    names: str

    @field_validator("every")
    @classmethod
    def rhythm(cls, v: float) -> float:
        if v not in (0.5, 1, 2):
            raise ValueError("must be 0.5 (twice a year), 1 or 2")
        return v


class Editions:
    """Finds `第N届<event>` / `the Nth <event>` and the year that edition was held."""

    def __init__(self, rows: list[EditionRow], number: Callable[[str], int]) -> None:
        self.number = number
        self.rows: dict[str, EditionRow] = {}
        for row in rows:
            for name in filter(None, row.names.split("|")):
                self.rows[name] = row
        names = sorted(self.rows, key=len, reverse=True)
        zh = "|".join(re.escape(n) for n in names if not n.isascii())
        en = "|".join(re.escape(n) for n in names if n.isascii())
        parts = [f"{EDITION_ZH}(?P<zh>{zh})" if zh else "", f"{EDITION_EN}(?P<en>{en})\\b" if en else ""]
        self.rx = re.compile("|".join(p for p in parts if p)) if rows else None

    def year(self, text: str) -> int | None:
        """The year of the first edition the text reports as its own, if any."""
        if self.rx is None:
            return None
        for m in self.rx.finditer(text):
            if OTHER_YEAR.search(text, max(0, m.start() - 14), m.start()):
                continue
            try:
                n = self.number(m["n"] or m["ne"])
            except ValueError:
                continue
            row = self.rows[m["zh"] or m["en"]]
            if n >= 1:
                return row.first + int((n - 1) * row.every)
        return None
