"""Single points in time: a day, month or year, written or implied, and named days.

A weekday, a holiday and a season are points too: one day or one TimeML season code.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .anchors import (
    implied_day,
    implied_month_year,
    implied_year,
    relmod_month_year,
    year_from_context,
)
from .iso import day_time, fmt, month_of, nearest_weekday, parse_iso, valid, year_of
from .words import Resolved, Words, date_attrs

NEAR = 62  # days: a numeric date this close to the anchor settles its day-month order


def weekday_year(g: dict[str, str], w: Words, anchor: date, y: int, m: int | None, d: int) -> int:
    """A weekday joined to a month-day without its year (`Wednesday, 3 February`) picks the
    year next to the one the tense chose if only that one puts the day on that weekday."""
    wd = w.get("weekday", g["wdj"]) if g.get("wdj") and m is not None else None
    if wd is None or not valid(y, m, d) or date(y, m, d).weekday() == int(wd):
        return y
    for alt in sorted((y - 1, y + 1), key=lambda a: abs(a - anchor.year)):
        if valid(alt, m, d) and date(alt, m, d).weekday() == int(wd):
            return alt
    return y


def point(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    y, rel = year_from_context(g, w, anchor)
    m = month_of(g, w)
    d = w.number(g["d"]) if "d" in g else None
    implied = anchor is not None and year_of(g, w) is None and "rel" not in g
    if "relmod" in g and m is not None and anchor is not None and d is None:
        y = relmod_month_year(g, w, anchor, m)
    elif implied and d is not None and anchor is not None:
        y, m = implied_day(anchor, m, d, tense)
        y = weekday_year(g, w, anchor, y, m, d)
    elif implied and m is not None and anchor is not None:
        y = implied_month_year(anchor, m, tense)
    elif d is not None and m is None:
        m = anchor.month if anchor else None
    if not valid(y, m, d):
        return None
    if d is not None:
        value, gran = day_time(fmt(y, m, d), g, w)
    else:
        value, gran = fmt(y, m), "month" if m is not None else "year"
    return Resolved(
        value, date_attrs(gran, rel, "/" in value, year=y, month=m, day=d, part=g.get("part"))
    )


def numeric(g: dict[str, str], w: Words, anchor: date | None, tense: int) -> Resolved | None:
    """`15/01/09`, `7/8/07`, `9/18 19:28`: the order of day and month is settled by
    validity, then by a weekday written with it (`Tuesday (3.5)`: only one reading falls on
    a Tuesday), then by nearness to the anchor (a header or a report names a day close
    to the document's), then by the `order` group the pattern gives (`dm` or `md`)."""
    a, b = int(g["a"]), int(g["b"])
    order = g.get("order", "dm")
    readings = [(b, a), (a, b)] if order == "dm" else [(a, b), (b, a)]  # (month, day)
    rest = {k: v for k, v in g.items() if k not in ("a", "b", "order")}
    out = [
        r
        for m, d in dict.fromkeys(readings)
        if valid(None, m, d) and (r := point(dict(rest, m=str(m), d=str(d)), w, anchor, tense))
    ]
    if len(out) > 1 and (wd := w.get("weekday", g["wdj"]) if "wdj" in g else None) is not None:
        out = [r for r in out if (day := parse_iso(r.value[:10])) and day.weekday() == int(wd)] or out
    if anchor is not None and len(out) > 1:
        gaps = [abs((day - anchor).days) if (day := parse_iso(r.value[:10])) else NEAR for r in out]
        if min(gaps) < NEAR:
            return out[gaps.index(min(gaps))]
    return out[0] if out else None


def weekday(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A bare weekday is the most recent one in the past tense, the coming one in the
    future tense, else the nearest one. `relwd` words say which: `prev` (English `last
    Friday`: the most recent Friday before the anchor, as a reader means it, whatever
    day the anchor is), or a week offset (`上周三`, `next Monday`: the weekday of the
    week, Monday to Sunday, before, of or after the anchor's)."""
    wd = int(w.get("weekday", g["wd"]) or 0)
    rel = w.get("relwd", g["relwd"]) if "relwd" in g else None
    attrs = date_attrs("day", True, weekday=wd, part=g.get("part"), week=rel)
    if anchor is None:
        return Resolved("XXXX-XX-XX", attrs)
    if rel == "prev":
        day = anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
    elif rel is not None:
        monday = anchor - timedelta(days=anchor.weekday())
        day = monday + timedelta(weeks=int(rel), days=wd)
    elif tense < 0:
        day = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
    elif tense > 0:
        day = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    else:
        day = nearest_weekday(anchor, wd)
    value, gran = day_time(day.isoformat(), g, w)
    return Resolved(value, dict(attrs, granularity=gran, range="/" in value))


def holiday(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A holiday on a fixed day (`MM-DD`), or a moveable one (`@key`) looked up per year in
    the `holiday_date` words (`key@2021`); a year missing there leaves the day open. Named
    without a year, it is read like a month-day: `元旦` in late December is the coming one."""
    y, rel = year_from_context(g, w, anchor)
    rule = w.get("holiday", g["holiday"])
    if rule is None:
        return None
    attrs = date_attrs("day", rel or y is None or "y" not in g, holiday=rule)
    if anchor is not None and y is not None and not rel and year_of(g, w) is None:
        day = parse_iso(holiday_day(rule, y, w) or "")
        y = implied_year(anchor, day, tense) if day is not None else y
    return Resolved(holiday_day(rule, y, w) or f"{fmt(y)}-XX-XX", attrs)


def holiday_day(rule: str, y: int | None, w: Words) -> str | None:
    """The ISO day of a holiday rule in a year (`XXXX-01-01` where the year is open); a
    moveable feast only in a year its `holiday_date` rows list."""
    if not rule.startswith("@"):
        m, d = (int(x) for x in rule.split("-"))
        return fmt(y, m, d)
    key, _, before = rule[1:].partition("-")  # `@spring-1`: the day before (除夕)
    day = w.get("holiday_date", f"{key}@{y}") if y is not None else None
    if day is None or not before:
        return day
    return (date.fromisoformat(day) - timedelta(days=int(before))).isoformat()


def lunar(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A day of the Chinese lunar calendar (`农历九月初九`, `腊月二十三`): the month `lm`
    (正 1, 冬 11, 腊 12, else a numeral) and the day `ld` (初九, 十五, 廿三) counted from
    the month's first day in the `lunar_month` words (`2027-9` -> `2027-10-01+30`). Named
    without a year it is read like a holiday: in the lunar year that puts it nearer the
    anchor, or the one the tense points to. A day past the month's end is no date."""
    m = int(w.get("lunar_month_word", g["lm"]) or w.number(g["lm"]))
    d = w.number(g["ld"].removeprefix("初"))
    if not (1 <= m <= 12 and 1 <= d <= 30):
        return None
    attrs = date_attrs("day", True, lunar=f"{m:02d}-{d:02d}")
    if anchor is None:
        return Resolved("XXXX-XX-XX", attrs)
    day = lunar_day(anchor.year, m, d, w)
    if day is not None:
        day = lunar_day(implied_year(anchor, day, tense), m, d, w)
    return Resolved(day.isoformat(), attrs) if day is not None else None


def lunar_day(y: int, m: int, d: int, w: Words) -> date | None:
    row = w.get("lunar_month", f"{y}-{m}")
    if row is None:
        return None
    first, days = row.split("+")
    return date.fromisoformat(first) + timedelta(days=d - 1) if d <= int(days) else None


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # WI runs into next year


def season(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """TimeML's season codes (`2021-SP`): ISO 8601 has none, and a season is no month range.
    A season that names no year (`the spring`) is the anchor year's unless the tense says
    otherwise: one already over in a future sentence is next year's (`will start in the
    spring` written in September), one still to come in a past sentence last year's."""
    y, rel = year_from_context(g, w, anchor)
    code = w.get("season", g["season"])
    if code is None:
        return None
    if anchor is not None and tense and not rel and year_of(g, w) is None and code in SEASON_MONTHS:
        first, last = SEASON_MONTHS[code]
        if tense > 0 and anchor.month > last:
            y += 1
        elif tense < 0 and anchor.month < first and not (code == "WI" and anchor.month <= 2):
            y -= 1
    return Resolved(f"{fmt(y)}-{code}", date_attrs("season", rel, year=y, season=code))


def week_of(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """`the week of September 15`: the ISO week of the day named (TimeML's `2025-W38`, as
    for `next week`), or of the week a month's `the first`/`the last week of` names; a day
    whose year is open leaves the week open too."""
    nth = int(w.get("nweek", g["nweek"]) or 0) if "nweek" in g else 0
    g = {k: v for k, v in g.items() if k not in ("weekof", "nweek")}
    if nth:  # `the last week of March`: the week of a day of the month (`nweek` words)
        g["d"] = str(nth if nth > 0 else 28)
    r = point(g, w, anchor, tense)
    if r is None:
        return None
    day = parse_iso(r.value[:10])
    if day is None:
        return Resolved("XXXX-WXX", date_attrs("week", r.attrs["relative"]))
    if nth < 0:
        last = calendar.monthrange(day.year, day.month)[1]
        day = date(day.year, day.month, last + nth)
    year, week, _ = day.isocalendar()
    attrs = date_attrs("week", r.attrs["relative"], day=day.isoformat())
    return Resolved(f"{year:04d}-W{week:02d}", attrs)
