"""A validator for the DATE values the guidelines allow.

ISO 8601 calendar dates and date-times, reduced precision (`2021-04`, `2021`), ISO weeks
(`2021-W14`, `上周` with no anchor: `XXXX-WXX`), the partial form with unknown parts as X
(`XXXX-04-14`, `XXXX-XX-14` for a day alone, also with a time: `XXXX-04-14T10:00`,
`XXXX-XX-14T17:00`, as the guidelines' "leave what is known" and TIMEX3 read it), a UTC
time's `Z`, the TimeML codes the guidelines take for seasons and, by analogy, quarters,
halves and weekends (`2009-SP`, `2021-Q3`, `XXXX-Q1`, `2021-H1`, `2021-W23-WE`), decades
with X for the unknown digit (`197X`) and centuries as ISO 8601 writes them (`19`: 1900-1999), and ranges `a/b` of any two
of these.
Weekday-only or otherwise unresolvable values are not in the contract, so they fail.
"""

from __future__ import annotations

import datetime as dt
import re

PART = re.compile(
    r"(?P<y>\d{4}|XXXX)"
    r"(?:-(?P<m>\d{2}|XX)"
    r"(?:-(?P<d>\d{2}|XX)"
    r"(?:T(?P<H>\d{2})(?::(?P<M>\d{2})(?::(?P<S>\d{2}))?)?)?)?)?"
)

WEEK = re.compile(r"(?:\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])|XXXX-WXX)(?:-WE)?")
TIMEML = re.compile(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|H[12])|\d{3}X|\d{2}")


def valid_part(value: str) -> bool:
    if WEEK.fullmatch(value) or TIMEML.fullmatch(value):
        return True
    if value.endswith("Z") and "T" in value:
        value = value[:-1]
    m = PART.fullmatch(value)
    if not m:
        return False
    y, mo, d = m["y"], m["m"], m["d"]
    if mo and mo != "XX" and not 1 <= int(mo) <= 12:
        return False
    if d and d != "XX":
        if not 1 <= int(d) <= 31:
            return False
        if "X" not in y + (mo or "X"):
            try:
                dt.date(int(y), int(mo), int(d))
            except ValueError:
                return False
    if m["H"] is not None:  # a time needs its day; an unknown year or month may stay X
        if not d or "X" in d:
            return False
        if int(m["H"]) > 23 or int(m["M"] or 0) > 59 or int(m["S"] or 0) > 59:
            return False
    return True


def valid_date_value(value: str) -> bool:
    parts = value.split("/")
    return len(parts) in (1, 2) and all(valid_part(p) for p in parts)
