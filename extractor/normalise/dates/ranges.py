"""Stretches of time: written ranges (`March 25-26`), parts of a month (`中旬`), quarters
and halves of a year.
"""

from __future__ import annotations

import calendar
from datetime import date

from .anchors import implied_day, implied_month_year, year_from_context
from .iso import MONTH_DAYS, fmt, month_of, valid, year_of
from .words import Resolved, Words, date_attrs

# months after a quarter ends in which its results are still to be reported
REPORT_LAG = 3


def month_part(g: dict[str, str], w: Words, key: str = "mpart") -> tuple[int, int] | None:
    """Days of a part of a month (`上旬` 1-10, `中旬` 11-20, `下旬` 21-end), if one is named
    (`key` `mpart2`: the part that ends a range, `1月下旬至2月中旬`)."""
    v = w.get("month_part", g.get(key, "")) if g.get(key) else None
    if not v or "-" not in v:
        return None
    first, last = v.split("-")
    return int(first), int(last)


def month_last(y: int | None, m: int, day: int) -> int:
    """`day`, or the month's last day if it has fewer (`下旬` of February ends on the 28th)."""
    return min(day, MONTH_DAYS[m - 1] + (m == 2 and calendar.isleap(y or 2000)))


def from_now(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """`即日起至5月31日`: from the anchor's day to the day named, the first such day on or
    after the anchor where the text writes no year (a deadline is ahead)."""
    m2, d2, y2 = month_of(g, w, "2"), w.number(g["d2"]), year_of(g, w, "y2")
    if anchor is None:
        if not valid(y2, m2, d2):
            return None
        return Resolved(f"XXXX-XX-XX/{fmt(y2, m2, d2)}", date_attrs("day", True, True))
    if y2 is None:
        y2 = anchor.year + ((m2, d2) < (anchor.month, anchor.day))
    if not valid(y2, m2, d2) or date(y2, m2, d2) < anchor:
        return None
    start, end = anchor.isoformat(), fmt(y2, m2, d2)
    return Resolved(f"{start}/{end}", date_attrs("day", True, True, start=start, end=end))


def date_range(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    if "fromnow" in g:
        return from_now(g, w, anchor)
    y1, y2 = year_of(g, w), year_of(g, w, "y2")
    m1, m2 = month_of(g, w), month_of(g, w, "2")
    d1 = w.number(g["d"]) if "d" in g else None
    d2 = w.number(g["d2"]) if "d2" in g else None
    part = month_part(g, w)
    if part and m1 is not None and d1 is None:  # `9月中旬`: days 11 to 20 of the month
        y, _ = year_from_context(g, w, anchor)
        if y1 is None and anchor is not None and "rel" not in g:
            y = implied_month_year(anchor, m1, tense)
        end = month_part(g, w, "mpart2")
        if "mpart2" in g and (end is None or m2 is None):
            return None  # `下旬至2月初`: no range of days to end on
        if end is not None and m2 is not None:  # `1月下旬至2月中旬`: to a part of a later month
            y_end = y2 if y2 is not None else None if y is None else y + (m2 < m1)
            value = f"{fmt(y, m1, part[0])}/{fmt(y_end, m2, month_last(y_end, m2, end[1]))}"
            if y is not None and y_end is not None and value[:10] > value[11:]:
                return None
            return Resolved(value, date_attrs("day", "rel" in g, True, start=part[0], end=end[1]))
        last = month_last(y, m1, part[1])
        value = f"{fmt(y, m1, part[0])}/{fmt(y, m1, last)}"
        return Resolved(value, date_attrs("day", "rel" in g, True, start=part[0], end=last))
    if m1 is None and m2 is None and d1 is not None and anchor is not None and y1 is None:
        y1, m1 = implied_day(anchor, None, d1, tense)  # `5日至7日`: the most recent month
    if m1 is None and d1 is not None:  # `25-26 March`: the month is written once, at the end
        m1 = m2 if m2 is not None else anchor.month if anchor else None
    m2 = m2 if m2 is not None else m1 if d2 is not None else None
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1 and m2 and m1 > m2) else y2
    if y1 is None:
        y1, _ = year_from_context(g, w, anchor)
        if anchor is not None and "rel" not in g and m1 is not None and tense:
            y1 = (
                implied_day(anchor, m1, d1, tense)[0]
                if d1
                else implied_month_year(anchor, m1, tense)
            )
    if y2 is None and y1 is not None:
        y2 = y1 + 1 if (m1 and m2 and m2 < m1) else y1
    if not (valid(y1, m1, d1) and valid(y2, m2, d2)):
        return None
    start, end = fmt(y1, m1, d1), fmt(y2, m2, d2)
    if y1 is not None and y2 is not None and start > end:
        return None
    gran = "day" if d1 is not None else "month" if m1 is not None else "year"
    return Resolved(f"{start}/{end}", date_attrs(gran, "rel" in g, True, start=start, end=end))


def stretch(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A quarter or a half of a year takes TimeML's code (`2021-Q3`, `2021-H1`): ISO 8601
    has none, and the season codes the guidelines use are of the same family. A stretch
    from the start of the year (`前三季度`, `前5个月`) is a range of months. A quarter or
    half without its year is read like a month named alone: in the past tense one begun after
    the anchor's month is last year's, in the future tense one ended before it next year's."""
    y, rel = year_from_context(g, w, anchor)
    code = None
    if "q" in g:
        q = int(w.get("quarter", g["q"]) or w.number(g["q"]))
        first, last, code = 3 * q - 2, 3 * q, f"Q{q}"
    elif "nq" in g:
        first, last = 1, 3 * w.number(g["nq"])
    elif "nm" in g:
        first, last = 1, w.number(g["nm"])
    else:
        half = w.get("halfyear", g["halfyear"])
        first, last, code = (1, 6, "H1") if half == "1" else (7, 12, "H2")
    if not (1 <= first <= last <= 12):
        return None
    if anchor is not None and tense and year_of(g, w) is None and not rel:
        # a stretch under way is this year's in either tense: past reads its first month,
        # future its last (`will report third-quarter results` in August: this Q3); in the
        # future tense a quarter that ended a quarter or less ago is still the one meant
        # (results are reported after it ends: `will report third-quarter results` in
        # November is this Q3, `fourth-quarter` in February last year's Q4); a half is not
        # (`the second half` in January is this year's, an outlook)
        since = (anchor.month - last) % 12
        if tense > 0 and code is not None and "q" in g and 0 < since <= REPORT_LAG:
            y = anchor.year - (last > anchor.month)
        else:
            y = implied_month_year(anchor, first if tense < 0 else last, tense)
    parts = {"year": y, "start": first, "end": last}
    if code is not None:
        gran = "quarter" if "q" in g else "half"
        return Resolved(f"{fmt(y)}-{code}", date_attrs(gran, rel, **parts))
    value = f"{fmt(y, first)}/{fmt(y, last)}"
    return Resolved(value, date_attrs("month", rel, True, **parts))
