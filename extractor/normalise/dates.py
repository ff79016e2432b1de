"""DATE values: from the named groups of a matched pattern to an ISO 8601 string.

Pure functions, no spaCy, so the calendar arithmetic is tested apart from matching.
Group names are the contract with the pattern files (models/<lang>/dates.jsonl): `y`,
`yy`, `m`/`mon`, `d`, `H`, `M`/`M2`, `S`, `ampm`, `half`, `part`, their range ends `y2`,
`m2`/`mon2`, `d2`, and `rel`, `relmod`, `wd`, `relwd` (`last Friday`), `decade`, `q`, `nq`,
`nm`, `halfyear`, `season`, `holiday`, and `mod`/`fiscal` (kept in the attributes only:
`early 2021` names 2021, `fiscal 2021` the fiscal year called 2021); `roc` (a year of the
Republic of China calendar, 民國113年), `mpart` (a part of a month: 上旬 is a range of days),
`n`/`unit` (`155 years ago`), `a`/`b` (a numeric date whose day-month order the values
decide: `15/01/09`, `9/18`), `wdj` (a weekday joined to a date: it names nothing more).
A `tense` (-1 past, +1 future, 0 unknown) read around the match picks, for a date that
does not say its year or month, the most recent or the coming one.
Words are looked up in a `Words` table built from the language's word file, so the same
code serves English and Chinese. Anything the text leaves open and no anchor supplies
stays `X` (`XXXX-04-14`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

PM_PARTS = {"afternoon", "evening", "night"}  # part-of-day labels that shift 1-11 o'clock
STRETCH_KEYS = frozenset(("q", "nq", "nm", "halfyear"))
HALF_YEAR = 183  # days: a month-day without a year takes the year that puts it nearer the anchor
TENSE_GAP = (
    14  # days: a month-day this close after the anchor stays in its year, whatever the tense
)
NEAR = 62  # days: a numeric date this close to the anchor settles its day-month order
RANGE_KEYS = frozenset(("d2", "m2", "mon2", "y2"))


@dataclass
class Words:
    """Word tables of one language: lowercased surface form -> value, per kind."""

    kinds: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, kind: str, word: str) -> str | None:
        return self.kinds.get(kind, {}).get(word.lower())

    def rel(self, word: str) -> tuple[str, int] | None:
        for kind in (
            "relday",
            "relweek",
            "relmonth",
            "relyear",
            "anaphor",
            "anaphor_year",
            "relday1",
        ):
            v = self.get(kind, word)
            if v is not None:
                return ("relday" if kind == "relday1" else kind), int(v)
        return None

    def number(self, text: str) -> int:
        """Arabic or Chinese numerals: `12`, `十二`, `二十三`, and digit strings `二〇二一`."""
        if text.isdigit() and text.isascii():
            return int(text)
        if "百" in text:  # 一百零八 (Republic of China years): hundreds, then the rest
            head, _, rest = text.partition("百")
            rest = rest.lstrip("零〇")
            return (self.number(head) if head else 1) * 100 + (self.number(rest) if rest else 0)
        digits = [self.get("numeral", ch) for ch in text]
        if None in digits:
            raise ValueError(f"not a number: {text!r}")
        vals = [int(d) for d in digits if d is not None]
        if vals[0] in (20, 30):  # 廿九, 卅一
            return vals[0] + sum(vals[1:])
        if 10 not in vals:
            return int("".join(str(v) for v in vals))
        i = vals.index(10)
        tens = vals[i - 1] if i > 0 else 1
        ones = vals[i + 1] if i + 1 < len(vals) else 0
        return tens * 10 + ones


@dataclass
class Resolved:
    value: str
    attrs: dict


def fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}" if y is not None else "XXXX"
    if m is not None:
        out += f"-{m:02d}"
    if d is not None:
        out += f"-{d:02d}" if m is not None else f"-XX-{d:02d}"
    return out


MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None:
            return 1 <= d <= 31
        leap = m == 2 and calendar.isleap(y or 2000)  # a table: monthrange() is slow
        return 1 <= d <= MONTH_DAYS[m - 1] + leap
    return y is None or 1000 <= y <= 2999


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def nearest_weekday(anchor: date, weekday: int) -> date:
    """The closest such day to `anchor`, the past winning a tie; `anchor` itself if it is one."""
    ahead = (weekday - anchor.weekday()) % 7
    back = (7 - ahead) % 7
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def year_of(g: dict[str, str], w: Words, key: str = "y") -> int | None:
    """A written year: four digits, two (`18年`, `'82`: 1950-2049), or a year of the
    Republic of China calendar (`民國113年`: 1911 + 113)."""
    if g.get(key):
        return w.number(g[key])
    if key == "y" and g.get("yy"):
        yy = w.number(g["yy"])
        return 2000 + yy if yy < 50 else 1900 + yy
    roc = g.get("roc") or g.get("roc2") if key == "y" else None
    if roc:
        return 1911 + w.number(roc)
    return None


def month_of(g: dict[str, str], w: Words, suffix: str = "") -> int | None:
    if g.get("m" + suffix):
        return w.number(g["m" + suffix])
    word = g.get("mon" + suffix)
    if word:
        v = w.get("month", word)
        return int(v) if v is not None else None
    return None


def time_of(g: dict[str, str], w: Words) -> str | None:
    if not g.get("H"):
        return None
    h = int(g["H"])
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    part = w.get("part", g["part"]) if g.get("part") else None
    if (ampm == "pm" or part in PM_PARTS) and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23:
        raise ValueError(f"no hour {h}")
    minute = g.get("M") or g.get("M2")
    out = f"T{h:02d}:{int(minute) if minute is not None else 30 if g.get('half') else 0:02d}"
    if g.get("S"):
        out += f":{int(g['S']):02d}"
    return out


def _attrs(gran: str, relative: bool = False, is_range: bool = False, **parts) -> dict:
    return {
        "granularity": gran,
        "relative": relative,
        "range": is_range,
        "parts": {k: v for k, v in parts.items() if v is not None},
    }


def resolve(
    g: dict[str, str],
    w: Words,
    anchor: date | None,
    last_day: date | None = None,
    tense: int = 0,
    last_year: int | None = None,
) -> Resolved | None:
    """The value of one match, or None when the groups do not make a real date.
    `last_day` and `last_year` are the day and the year the text named last, for
    `the same day` and `a year earlier`."""
    g = {k: v for k, v in g.items() if v is not None}
    try:
        r = _resolve(g, w, anchor, last_day, tense, last_year)
    except (ValueError, KeyError):
        return None
    if r is not None and "mod" in g:
        r.attrs = dict(r.attrs, mod=w.get("mod", g["mod"]) or g["mod"].lower())
    if r is not None and "fiscal" in g:
        r.attrs = dict(r.attrs, fiscal=True)
    return r


def _resolve(
    g: dict[str, str],
    w: Words,
    anchor: date | None,
    last_day: date | None,
    tense: int,
    last_year: int | None = None,
) -> Resolved | None:
    """Dispatch on the groups present: the most specific reading first."""
    if "a" in g:
        return _numeric(g, w, anchor, tense)
    if "unit" in g:
        return _ago(g, w, anchor)
    if "decade" in g:
        return Resolved(f"{g['decade']}X", _attrs("decade", decade=g["decade"]))
    if "holiday" in g:
        return _holiday(g, w, anchor)
    if "season" in g:
        return _season(g, w, anchor)
    if "rel" in g and "d" in g:
        return _rel_day(g, w, anchor, tense)
    if "rel" in g and w.rel(g["rel"]) and w.rel(g["rel"])[0] != "relyear":
        return _relative(g, w, anchor, last_day, last_year)
    if "wd" in g:
        return _weekday(g, w, anchor, tense)
    if not STRETCH_KEYS.isdisjoint(g):
        return _stretch(g, w, anchor)
    if not RANGE_KEYS.isdisjoint(g) or _month_part(g, w):
        return _range(g, w, anchor, tense)
    return _point(g, w, anchor, tense)


def _year_from_context(g: dict[str, str], w: Words, anchor: date | None) -> tuple[int | None, bool]:
    """Explicit year, else a `rel`/`relmod` offset from the anchor, else the anchor's year."""
    y = year_of(g, w)
    if y is not None:
        return y, False
    offset = None
    if "rel" in g:
        offset = int(w.get("relyear", g["rel"]) or 0)
    elif "relmod" in g:
        offset = int(w.get("relmod", g["relmod"]) or w.get("relseason", g["relmod"]) or 0)
    if anchor is None:
        return None, offset is not None
    return anchor.year + (offset or 0), offset is not None


def implied_day(anchor: date, m: int | None, d: int, tense: int) -> tuple[int, int]:
    """Year and month of a date that leaves them to the reader: `29日` is the most recent
    29th unless the text speaks of the future; `December 28` (no year) the one the tense
    asks for, else the one nearer the anchor."""
    if m is None:
        step = 0
        if d > anchor.day and tense <= 0:
            step = -1
        elif d < anchor.day and tense > 0:
            step = 1
        y, mo = shift_month(anchor.year, anchor.month, step)
        for _ in range(2):  # `30日` on 5 March: not February, which has none, but January
            if valid(y, mo, d) or not step:
                break
            y, mo = shift_month(y, mo, step)
        return y, mo
    y = anchor.year
    try:
        gap = (date(y, m, d) - anchor).days
    except ValueError:  # 29 February of another year: the anchor's year decides nothing
        return y, m
    if (tense < 0 and gap > TENSE_GAP) or (tense == 0 and gap > HALF_YEAR):
        y -= 1
    elif (tense > 0 and gap < -TENSE_GAP) or (tense == 0 and gap < -HALF_YEAR):
        y += 1
    return y, m


def implied_month_year(anchor: date, m: int, tense: int) -> int:
    """The year of a month named alone: a later month in the past tense is last year's,
    an earlier one in the future tense next year's."""
    if tense < 0 and m > anchor.month:
        return anchor.year - 1
    if tense > 0 and m < anchor.month:
        return anchor.year + 1
    return anchor.year


def _point(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    y, rel = _year_from_context(g, w, anchor)
    m = month_of(g, w)
    d = w.number(g["d"]) if "d" in g else None
    implied = anchor is not None and year_of(g, w) is None and "rel" not in g
    if "relmod" in g and m is not None and anchor is not None and d is None:
        y = _relmod_month_year(g, w, anchor, m)
    elif implied and d is not None and anchor is not None:
        y, m = implied_day(anchor, m, d, tense)
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
        value, _attrs(gran, rel, "/" in value, year=y, month=m, day=d, part=g.get("part"))
    )


def day_time(day: str, g: dict[str, str], w: Words) -> tuple[str, str]:
    """A day's value with the clock time joined to it (`3月10日15时30分`), or a range of
    two times on that day (`2日下午6时至9时`), and its granularity."""
    t = time_of(g, w)
    if not t:
        return day, "day"
    gran = (
        "second"
        if g.get("S")
        else "minute"
        if g.get("M") or g.get("M2") or g.get("half")
        else "hour"
    )
    if g.get("H2"):
        end = {
            "H": g["H2"],
            "M": g.get("M3") or g.get("M4"),
            "part": g.get("part"),
            "ampm": g.get("ampm"),
        }
        t2 = time_of({k: v for k, v in end.items() if v}, w)
        if t2 and t2 > t:
            return f"{day}{t}/{day}{t2}", gran
    return day + t, gran


def _relmod_month_year(g: dict[str, str], w: Words, anchor: date, m: int) -> int:
    """`last September` is the most recent September before this month, `next March` the
    coming one, `this July` this year's: a reader's meaning, not a year offset."""
    k = int(w.get("relmod", g["relmod"]) or 0)
    if k < 0:
        return anchor.year if m < anchor.month else anchor.year - 1
    if k > 0:
        return anchor.year if m > anchor.month else anchor.year + 1
    return anchor.year


def _month_part(g: dict[str, str], w: Words) -> tuple[int, int] | None:
    """Days of a part of a month (`上旬` 1-10, `中旬` 11-20, `下旬` 21-end), if one is named."""
    v = w.get("month_part", g.get("mpart", "")) if g.get("mpart") else None
    if not v or "-" not in v:
        return None
    first, last = v.split("-")
    return int(first), int(last)


def _range(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    y1, y2 = year_of(g, w), year_of(g, w, "y2")
    m1, m2 = month_of(g, w), month_of(g, w, "2")
    d1 = w.number(g["d"]) if "d" in g else None
    d2 = w.number(g["d2"]) if "d2" in g else None
    part = _month_part(g, w)
    if part and m1 is not None and d1 is None:  # `9月中旬`: days 11 to 20 of the month
        y, _ = _year_from_context(g, w, anchor)
        if y1 is None and anchor is not None and "rel" not in g:
            y = implied_month_year(anchor, m1, tense)
        last = min(part[1], MONTH_DAYS[m1 - 1] + (m1 == 2 and calendar.isleap(y or 2000)))
        value = f"{fmt(y, m1, part[0])}/{fmt(y, m1, last)}"
        return Resolved(value, _attrs("day", "rel" in g, True, start=part[0], end=last))
    if m1 is None and m2 is None and d1 is not None and anchor is not None and y1 is None:
        y1, m1 = implied_day(anchor, None, d1, tense)  # `5日至7日`: the most recent month
    if m1 is None and d1 is not None:  # `25-26 March`: the month is written once, at the end
        m1 = m2 if m2 is not None else anchor.month if anchor else None
    m2 = m2 if m2 is not None else m1 if d2 is not None else None
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1 and m2 and m1 > m2) else y2
    if y1 is None:
        y1, _ = _year_from_context(g, w, anchor)
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
    return Resolved(f"{start}/{end}", _attrs(gran, "rel" in g, True, start=start, end=end))


def _numeric(g: dict[str, str], w: Words, anchor: date | None, tense: int) -> Resolved | None:
    """`15/01/09`, `7/8/07`, `9/18 19:28`: the order of day and month is settled by
    validity, then by nearness to the anchor (a header or a report names a day close
    to the document's), then by the `order` group the pattern gives (`dm` or `md`)."""
    a, b = int(g["a"]), int(g["b"])
    order = g.get("order", "dm")
    readings = [(b, a), (a, b)] if order == "dm" else [(a, b), (b, a)]  # (month, day)
    rest = {k: v for k, v in g.items() if k not in ("a", "b", "order")}
    out = [
        r
        for m, d in dict.fromkeys(readings)
        if valid(None, m, d) and (r := _point(dict(rest, m=str(m), d=str(d)), w, anchor, tense))
    ]
    if anchor is not None and len(out) > 1:
        gaps = [abs((day - anchor).days) if (day := parse_iso(r.value[:10])) else NEAR for r in out]
        if min(gaps) < NEAR:
            return out[gaps.index(min(gaps))]
    return out[0] if out else None


def _ago(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """`155 years ago`, `a week ago`: the year, month or day that far before the anchor."""
    unit = w.get("unit", g["unit"])
    n = int(w.get("count", g["n"]) or w.get("article", g["n"]) or w.number(g["n"]))
    if unit is None or not 0 < n <= 5000:
        return None
    attrs = _attrs(unit if unit in ("year", "month") else "day", True, offset=-n, unit=unit)
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


def _stretch(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """Quarters, halves and `前N个月`: month ranges within one year."""
    y, rel = _year_from_context(g, w, anchor)
    if "q" in g:
        q = int(w.get("quarter", g["q"]) or w.number(g["q"]))
        first, last = 3 * q - 2, 3 * q
    elif "nq" in g:
        first, last = 1, 3 * w.number(g["nq"])
    elif "nm" in g:
        first, last = 1, w.number(g["nm"])
    else:
        first, last = (1, 6) if w.get("halfyear", g["halfyear"]) == "1" else (7, 12)
    if not (1 <= first <= last <= 12):
        return None
    value = f"{fmt(y, first)}/{fmt(y, last)}"
    return Resolved(value, _attrs("month", rel, True, year=y, start=first, end=last))


def _weekday(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A bare weekday is the most recent one in the past tense, the coming one in the
    future tense, else the nearest one. `relwd` words say which: `prev` (English `last
    Friday`: the most recent Friday before the anchor, as a reader means it, whatever
    day the anchor is), or a week offset (`上周三`, `next Monday`: the weekday of the
    week, Monday to Sunday, before, of or after the anchor's)."""
    wd = int(w.get("weekday", g["wd"]) or 0)
    rel = w.get("relwd", g["relwd"]) if "relwd" in g else None
    attrs = _attrs("day", True, weekday=wd, part=g.get("part"), week=rel)
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


def _holiday(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """A holiday on a fixed day (`MM-DD`), or a moveable one (`@key`) looked up per year in
    the `holiday_date` words (`key@2021`); a year missing there leaves the day open."""
    y, rel = _year_from_context(g, w, anchor)
    rule = w.get("holiday", g["holiday"])
    if rule is None:
        return None
    attrs = _attrs("day", rel or y is None or "y" not in g, holiday=rule)
    if not rule.startswith("@"):
        m, d = (int(x) for x in rule.split("-"))
        return Resolved(fmt(y, m, d), attrs)
    day = w.get("holiday_date", f"{rule[1:]}@{y}") if y is not None else None
    return Resolved(day or f"{fmt(y)}-XX-XX", attrs)


def _season(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """TimeML's season codes (`2021-SP`): ISO 8601 has none, and a season is no month range."""
    y, rel = _year_from_context(g, w, anchor)
    code = w.get("season", g["season"])
    if code is None:
        return None
    return Resolved(f"{fmt(y)}-{code}", _attrs("season", rel, year=y, season=code))


def _rel_day(g: dict[str, str], w: Words, anchor: date | None, tense: int = 0) -> Resolved | None:
    """A day in a relative month (`本月20日`, `上月5日`), or a relative day followed by the
    day it denotes in brackets (`今天(5日)`, `昨(18)日`, `昨(4月10日)`, `today (May 5)`):
    the date written wins."""
    if g.get("m") or g.get("mon"):
        r = _point({k: v for k, v in g.items() if k != "rel"}, w, anchor, tense)
        if r is not None:
            r.attrs["relative"] = True
        return r
    kind, k = w.rel(g["rel"]) or ("relday", 0)
    d = w.number(g["d"])
    if anchor is None:
        return Resolved(f"XXXX-XX-{d:02d}", _attrs("day", True, day=d))
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
    value, gran = day_time(fmt(y, m, d), g, w)
    return Resolved(value, _attrs(gran, True, "/" in value, offset=k, day=d, part=g.get("part")))


def _relative(
    g: dict[str, str],
    w: Words,
    anchor: date | None,
    last_day: date | None,
    last_year: int | None = None,
) -> Resolved | None:
    kind, k = w.rel(g["rel"]) or ("relday", 0)
    if kind == "anaphor_year":  # `a year earlier`: from the year named last, else the anchor's
        base_year = last_year if last_year is not None else anchor.year if anchor else None
        return Resolved(
            fmt(base_year + k if base_year is not None else None), _attrs("year", True, offset=k)
        )
    base = last_day if kind == "anaphor" and last_day else anchor
    if base is None:
        unknown = {
            "relday": "XXXX-XX-XX",
            "anaphor": "XXXX-XX-XX",
            "relmonth": "XXXX-XX",
            "relweek": "XXXX-WXX",
        }
        return Resolved(unknown[kind], _attrs(kind, True, offset=k))
    if kind in ("relday", "anaphor"):
        value, gran = day_time((base + timedelta(days=k)).isoformat(), g, w)
        return Resolved(value, _attrs(gran, True, "/" in value, offset=k, part=g.get("part")))
    if kind == "relmonth":
        y, m = shift_month(base.year, base.month, k)
        part = _month_part(g, w)
        if part:  # `本月中旬`: days 11 to 20 of this month
            last = min(part[1], calendar.monthrange(y, m)[1])
            return Resolved(
                f"{fmt(y, m, part[0])}/{fmt(y, m, last)}", _attrs("day", True, True, offset=k)
            )
        return Resolved(fmt(y, m), _attrs("month", True, offset=k))
    iso = (base + timedelta(weeks=k)).isocalendar()
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", _attrs("week", True, offset=k))


def parse_iso(text: str | None) -> date | None:
    """A caller's or inferred document date; anything unreadable means no anchor."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def day_of(value: str) -> date | None:
    """The day a resolved value names, if it names exactly one (used for `同日`)."""
    if "/" in value or "X" in value or len(value) < 10:
        return None
    return parse_iso(value)
