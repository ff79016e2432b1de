"""DATE values: from the named groups of a matched pattern to an ISO 8601 string.

Pure functions, no spaCy, so the calendar arithmetic is tested apart from matching.
Group names are the contract with the pattern files (models/<lang>/dates.jsonl): `y`,
`yy`, `m`/`mon`, `d`, `H`, `M`/`M2`, `S`, `ampm`, `half`, `part`, their range ends `y2`,
`m2`/`mon2`, `d2`, and `rel`, `relmod`, `wd`, `relwd` (`last Friday`), `decade`, `q`, `nq`,
`nm`, `halfyear`, `season`, `holiday`, and `mod`/`fiscal` (kept in the attributes only:
`early 2021` names 2021, `fiscal 2021` the fiscal year called 2021).
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
RANGE_KEYS = frozenset(("d2", "m2", "mon2", "y2"))


@dataclass
class Words:
    """Word tables of one language: lowercased surface form -> value, per kind."""

    kinds: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, kind: str, word: str) -> str | None:
        return self.kinds.get(kind, {}).get(word.lower())

    def rel(self, word: str) -> tuple[str, int] | None:
        for kind in ("relday", "relweek", "relmonth", "relyear", "anaphor"):
            v = self.get(kind, word)
            if v is not None:
                return kind, int(v)
        return None

    def number(self, text: str) -> int:
        """Arabic or Chinese numerals: `12`, `十二`, `二十三`, and digit strings `二〇二一`."""
        if text.isdigit() and text.isascii():
            return int(text)
        digits = [self.get("numeral", ch) for ch in text]
        if None in digits:
            raise ValueError(f"not a number: {text!r}")
        vals = [int(d) for d in digits if d is not None]
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
    if g.get(key):
        return w.number(g[key])
    if key == "y" and g.get("yy"):
        yy = int(g["yy"])
        return 2000 + yy if yy < 50 else 1900 + yy
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
    minute = g.get("M") or g.get("M2")
    out = f"T{h:02d}"
    if minute is not None or g.get("half"):
        out += f":{int(minute) if minute is not None else 30:02d}"
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
    g: dict[str, str], w: Words, anchor: date | None, last_day: date | None = None
) -> Resolved | None:
    """The value of one match, or None when the groups do not make a real date."""
    g = {k: v for k, v in g.items() if v is not None}
    try:
        r = _resolve(g, w, anchor, last_day)
    except (ValueError, KeyError):
        return None
    if r is not None and "mod" in g:
        r.attrs = dict(r.attrs, mod=w.get("mod", g["mod"]) or g["mod"].lower())
    if r is not None and "fiscal" in g:
        r.attrs = dict(r.attrs, fiscal=True)
    return r


def _resolve(
    g: dict[str, str], w: Words, anchor: date | None, last_day: date | None
) -> Resolved | None:
    """Dispatch on the groups present: the most specific reading first."""
    if "decade" in g:
        return Resolved(f"{g['decade']}X", _attrs("decade", decade=g["decade"]))
    if "holiday" in g:
        return _holiday(g, w, anchor)
    if "season" in g:
        return _season(g, w, anchor)
    if "rel" in g and w.rel(g["rel"]) and w.rel(g["rel"])[0] != "relyear":
        return _relative(g, w, anchor, last_day)
    if "wd" in g:
        return _weekday(g, w, anchor)
    if not STRETCH_KEYS.isdisjoint(g):
        return _stretch(g, w, anchor)
    if not RANGE_KEYS.isdisjoint(g):
        return _range(g, w, anchor)
    return _point(g, w, anchor)


def _year_from_context(g: dict[str, str], w: Words, anchor: date | None) -> tuple[int | None, bool]:
    """Explicit year, else a `rel`/`relmod` offset from the anchor, else the anchor's year."""
    y = year_of(g, w)
    if y is not None:
        return y, False
    offset = None
    if "rel" in g:
        offset = int(w.get("relyear", g["rel"]) or 0)
    elif "relmod" in g:
        offset = int(w.get("relmod", g["relmod"]) or 0)
    if anchor is None:
        return None, offset is not None
    return anchor.year + (offset or 0), offset is not None


def _point(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    y, rel = _year_from_context(g, w, anchor)
    m = month_of(g, w)
    d = w.number(g["d"]) if "d" in g else None
    if d is not None and m is None:
        m = anchor.month if anchor else None
        if anchor and y is not None:
            y = anchor.year
    if not valid(y, m, d):
        return None
    value = fmt(y, m, d)
    t = time_of(g, w) if d is not None else None
    gran = "day" if d is not None else "month" if m is not None else "year"
    if t:
        value += t
        gran = "second" if t.count(":") == 2 else "minute" if ":" in t else "hour"
    return Resolved(value, _attrs(gran, rel, year=y, month=m, day=d, part=g.get("part")))


def _range(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    y1, y2 = year_of(g, w), year_of(g, w, "y2")
    m1, m2 = month_of(g, w), month_of(g, w, "2")
    d1 = w.number(g["d"]) if "d" in g else None
    d2 = w.number(g["d2"]) if "d2" in g else None
    if m1 is None and d1 is not None:  # `25-26 March`: the month is written once, at the end
        m1 = m2 if m2 is not None else anchor.month if anchor else None  # `5日至7日`: this month
    m2 = m2 if m2 is not None else m1 if d2 is not None else None
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1 and m2 and m1 > m2) else y2
    if y1 is None:
        y1, _ = _year_from_context(g, w, anchor)
    if y2 is None and y1 is not None:
        y2 = y1 + 1 if (m1 and m2 and m2 < m1) else y1
    if not (valid(y1, m1, d1) and valid(y2, m2, d2)):
        return None
    start, end = fmt(y1, m1, d1), fmt(y2, m2, d2)
    if y1 is not None and y2 is not None and start > end:
        return None
    gran = "day" if d1 is not None else "month" if m1 is not None else "year"
    return Resolved(f"{start}/{end}", _attrs(gran, "rel" in g, True, start=start, end=end))


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


def _weekday(g: dict[str, str], w: Words, anchor: date | None) -> Resolved | None:
    """A bare weekday is the nearest one; `last`/`this`/`next Friday` the Friday of the
    week before, of, or after the document date's (Monday to Sunday)."""
    wd = int(w.get("weekday", g["wd"]) or 0)
    week = int(w.get("relmod", g["relwd"]) or 0) if "relwd" in g else None
    attrs = _attrs("day", True, weekday=wd, part=g.get("part"), week=week)
    if anchor is None:
        return Resolved("XXXX-XX-XX", attrs)
    if week is None:
        return Resolved(nearest_weekday(anchor, wd).isoformat(), attrs)
    monday = anchor - timedelta(days=anchor.weekday())
    return Resolved((monday + timedelta(weeks=week, days=wd)).isoformat(), attrs)


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


def _relative(
    g: dict[str, str], w: Words, anchor: date | None, last_day: date | None
) -> Resolved | None:
    kind, k = w.rel(g["rel"]) or ("relday", 0)
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
        return Resolved(
            (base + timedelta(days=k)).isoformat(),
            _attrs("day", True, offset=k, part=g.get("part")),
        )
    if kind == "relmonth":
        y, m = shift_month(base.year, base.month, k)
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
