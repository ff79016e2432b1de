"""Calendar arithmetic and ISO 8601 strings: pure functions with no language in them.

Values keep `X` for what the text leaves open (`XXXX-04-14`), so formatting and
validity checks take `None` for an unknown year, month or day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .words import Words

PM_PARTS = {"afternoon", "evening", "night"}  # part-of-day labels that shift 1-11 o'clock


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


BUDDHIST_ERA = 543  # years the Buddhist Era counts ahead of the Common Era


def year_of(g: dict[str, str], w: Words, key: str = "y") -> int | None:
    """A written year: four digits, two (`18年`, `'82`: 1950-2049), a year of the
    Republic of China calendar (`民國113年`: 1911 + 113; `roc_y2` the end year of a joined range) or of
    the Buddhist Era."""
    if g.get(key):
        return w.number(g[key])
    if key == "y" and g.get("yy"):
        yy = w.number(g["yy"])
        return 2000 + yy if yy < 50 else 1900 + yy
    roc = (g.get("roc") or g.get("roc2")) if key == "y" else g.get("roc_y2") if key == "y2" else None
    if roc:
        return 1911 + w.number(roc)
    if key == "y" and g.get("be"):  # Buddhist Era (Thai calendar): `B.E. 2569` is 2026
        return w.number(g["be"]) - BUDDHIST_ERA
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
    if g.get("noon"):  # `at noon`: twelve o'clock
        g = dict(g, H=w.get("noon", g["noon"]) or "12", M="00")
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
    if (g.get("tz") or "").upper() == "UTC":  # ISO 8601's designator; `GMT` is also said
        out += "Z"  # of British civil time, an hour off in summer, so it is left unmarked
    return out


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
            "tz": g.get("tz"),
        }
        t2 = time_of({k: v for k, v in end.items() if v}, w)
        if t2 and t2 > t:
            return f"{day}{t}/{day}{t2}", gran
    return day + t, gran


def parse_iso(text: str | None) -> date | None:
    """A caller's or inferred document date; anything unreadable means no anchor."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def year_in(value: str) -> int | None:
    """The calendar year a resolved value starts in, if it names one: `2021-04`, `2021/2022`
    are in 2021; a decade (`199X`) or century (`19`) names none."""
    head = value[:4]
    return int(head) if len(head) == 4 and head.isdigit() else None


def day_of(value: str) -> date | None:
    """The day a resolved value names, if it names exactly one (used for `同日`)."""
    if "/" in value or "X" in value or len(value) < 10:
        return None
    return parse_iso(value)
