"""Dates relative to the anchor or to the text: `yesterday`, `last week`, `本月20日`,
`155 years ago`, `the same day`, `a year earlier`, `the same month last year`.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .iso import day_time, fmt, shift_month, valid
from .points import point
from .ranges import date_range, month_part
from .words import Resolved, Words, date_attrs


def rel_day(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A day in a relative month (`本月20日`, `上月5日`), or a relative day followed by the
    day it denotes in brackets (`今天(5日)`, `昨(18)日`, `昨(4月10日)`, `today (May 5)`):
    the date written wins."""
    if g.get("m") or g.get("mon"):  # (`本(12)月2日至6日`: a range in the month written)
        # a relative year stays: it gives the month its year (`明年5月15日至17日`)
        yearly = (w.rel(g["rel"]) or ("",))[0] == "relyear"
        rest = g if yearly else {k: v for k, v in g.items() if k != "rel"}
        r = (date_range if "d2" in rest else point)(rest, w, anchor, tense)
        if r is not None:
            r.attrs["relative"] = True
        return r
    kind, k = w.rel(g["rel"]) or ("relday", 0)
    d = w.number(g["d"])
    if anchor is None:
        return Resolved(f"XXXX-XX-{d:02d}", date_attrs("day", True, day=d))
    if kind == "relmonth":
        y, m = shift_month(anchor.year, anchor.month, k)
    elif kind in ("relday", "anaphor"):
        near = anchor + timedelta(days=k)
        y, m = near.year, near.month
        if d > near.day + 3:  # `昨(30)日` on the 1st: the day named is in the month before
            y, m = shift_month(y, m, -1)
    else:
        return None
    if not valid(y, m, d):
        return None
    if "d2" in g:  # `本月3日至5日`: a range of days in that month
        d2 = w.number(g["d2"])
        if kind != "relmonth" or not valid(y, m, d2) or d2 <= d:
            return None
        start, end = fmt(y, m, d), fmt(y, m, d2)
        return Resolved(f"{start}/{end}", date_attrs("day", True, True, start=start, end=end))
    value, gran = day_time(fmt(y, m, d), g, w)
    attrs = date_attrs(gran, True, "/" in value, offset=k, day=d, part=g.get("part"))
    return Resolved(value, attrs)


def relative(
    g: dict[str, str],
    w: Words,
    anchor: date | None,
    last_day: date | None,
    last_year: int | None = None,
) -> Resolved | None:
    kind, k = w.rel(g["rel"]) or ("relday", 0)
    if kind == "anaphor_year":  # `a year earlier`: from the year named last, else the anchor's
        base_year = last_year if last_year is not None else anchor.year if anchor else None
        year = base_year + k if base_year is not None else None
        return Resolved(fmt(year), date_attrs("year", True, offset=k))
    base = last_day if kind == "anaphor" and last_day else anchor
    if base is None:
        unknown = {
            "relday": "XXXX-XX-XX",
            "anaphor": "XXXX-XX-XX",
            "relmonth": "XXXX-XX",
            "relweek": "XXXX-WXX",
            "relweekend": "XXXX-WXX-WE",
            "relquarter": "XXXX-QX",
        }
        return Resolved(unknown[kind], date_attrs(kind, True, offset=k))
    if kind in ("relday", "anaphor"):
        value, gran = day_time((base + timedelta(days=k)).isoformat(), g, w)
        return Resolved(value, date_attrs(gran, True, "/" in value, offset=k, part=g.get("part")))
    if kind == "relmonth":
        y, m = shift_month(base.year, base.month, k)
        part = month_part(g, w)
        if part:  # `本月中旬`: days 11 to 20 of this month
            last = min(part[1], calendar.monthrange(y, m)[1])
            return Resolved(
                f"{fmt(y, m, part[0])}/{fmt(y, m, last)}", date_attrs("day", True, True, offset=k)
            )
        return Resolved(fmt(y, m), date_attrs("month", True, offset=k))
    if kind == "relquarter":  # `last quarter`: TimeML's code, as for a quarter written out
        y, m = shift_month(base.year, base.month, 3 * k)
        return Resolved(f"{y:04d}-Q{(m - 1) // 3 + 1}", date_attrs("quarter", True, offset=k))
    iso = (base + timedelta(weeks=k)).isocalendar()
    week = f"{iso[0]:04d}-W{iso[1]:02d}"
    if kind == "relweekend":  # `this weekend`: TimeML's `-WE` on the week of the anchor
        return Resolved(f"{week}-WE", date_attrs("weekend", True, offset=k))
    return Resolved(week, date_attrs("week", True, offset=k))


def weekend(anchor: date | None, tense: int) -> Resolved:
    """`over the weekend`: TimeML's `-WE` on the week of the weekend meant: the anchor's own
    on a Saturday or Sunday, else the one before it, or in the future tense the coming one
    (a report tells of the weekend just past)."""
    attrs = date_attrs("weekend", True)
    if anchor is None:
        return Resolved("XXXX-WXX-WE", attrs)
    back = anchor.weekday() < 5 and tense <= 0
    iso = (anchor - timedelta(weeks=back)).isocalendar()
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}-WE", dict(attrs, offset=-int(back)))


def ago(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """`155 years ago`, `a week ago`: the year, month or day that far before the anchor."""
    unit = w.get("unit", g["unit"])
    n = int(w.get("count", g["n"]) or w.get("article", g["n"]) or w.number(g["n"]))
    if unit is None or not 0 < n <= 5000:
        return None
    attrs = date_attrs(unit if unit in ("year", "month") else "day", True, offset=-n, unit=unit)
    if anchor is None:
        return Resolved({"year": "XXXX", "month": "XXXX-XX"}.get(unit, "XXXX-XX-XX"), attrs)
    if unit == "year":
        return Resolved(fmt(anchor.year - n), attrs)
    if unit == "month":
        return Resolved(fmt(*shift_month(anchor.year, anchor.month, -n)), attrs)
    days = n * 7 if unit == "week" else n
    if days > 3660:
        return None
    return Resolved((anchor - timedelta(days=days)).isoformat(), attrs)


SAME_UNKNOWN = {"month": "XXXX-XX", "quarter": "XXXX-QX", "day": "XXXX-XX-XX", "period": "XXXX"}


def same_period(
    g: dict[str, str], w: Words, anchor: date | None, ref: str | None
) -> Resolved | None:
    """`the same month last year`, `the same period a year earlier`, `去年同期`: the month,
    quarter, day or period the text named last (`ref`, an ISO value finer than a year),
    moved by the years `shift` says (`this year`: into the anchor's year): a day only for
    `the same day`, and only a day for it (a period compared is not the day of a report).
    With nothing named, the document date's month, quarter or day; a period is then the
    year alone (`last year`). `the prior-year quarter` (a `same_ago` word) is read so too."""
    unit = w.get("same", g["same"]) or w.get("same_ago", g["same"]) or "period"
    k = int(w.get("yearshift", g["shift"]) or -1)
    attrs = date_attrs(unit if unit != "period" else "year", True, offset=k)
    single_day = ref is not None and "/" not in ref and len(ref) >= 10
    if ref is None or (unit in ("day", "period") and (unit == "day") != single_day):
        if anchor is None:
            return Resolved(SAME_UNKNOWN[unit], attrs)
        ref = {"month": fmt(anchor.year, anchor.month), "day": anchor.isoformat(),
               "quarter": f"{anchor.year:04d}-Q{(anchor.month - 1) // 3 + 1}"}.get(unit)
        if ref is None:
            return Resolved(fmt(anchor.year + k), attrs)
    ends = []
    if k == 0 and anchor is not None:  # `the same period this year`: moved into the anchor's year
        k = anchor.year - int(ref[:4])
    for end in ref.split("/"):
        end = end.split("T")[0]
        if unit == "month" and len(end) >= 7 and end[5:7].isdigit():
            end = end[:7]
        elif unit == "quarter" and len(end) >= 7 and end[5:7].isdigit():
            end = f"{end[:4]}-Q{(int(end[5:7]) - 1) // 3 + 1}"
        y, rest = int(end[:4]) + k, end[4:]
        if rest == "-02-29" and not calendar.isleap(y):
            rest = "-02-28"
        ends.append(f"{y:04d}{rest}")
    value = "/".join(dict.fromkeys(ends))
    return Resolved(value, dict(attrs, range="/" in value))
