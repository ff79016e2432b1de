"""Generate the calendar rows of models/<lang>/date_words.tsv: moveable holidays, lunar months.

Source: the PyPI package lunardate 0.3.0 (GPLv3 code; its month table is the Hong Kong
Observatory's published lunar calendar), run once here: only its dates are kept, as data.

- `holiday_date` rows (both languages): the day each moveable festival falls on, per year
  (`spring@2027` -> 2027-02-06): 春节 (1-1), 元宵 (1-15), 端午 (5-5), 中秋 (8-15).
- `holiday_date` rows (English) of holidays that fall on a weekday of a month (US federal
  holidays by their statutory rule, 5 U.S.C. 6103: Memorial Day the last Monday of May) and
  of Easter (the Gregorian computus, the anonymous algorithm), with Good Friday and Easter
  Monday from it.
- `lunar_month` rows (Chinese): the first day and the length of each ordinary month of
  each lunar year (`2027-9` -> `2027-10-01+30`), so a lunar date written out (`农历九月初九`)
  resolves to its day. Leap months (闰月) are left out: texts name them as such.

The rows stand after the `# generated:` line of each file, which this script rewrites.

    /path/to/venv-with-lunardate/bin/python models/scripts/build_calendar.py
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

from lunardate import LunarDate  # type: ignore[import-not-found]

MODELS = Path(__file__).resolve().parents[1]
YEARS = range(1990, 2051)
FESTIVALS = {"spring": (1, 1), "lantern": (1, 15), "dragonboat": (5, 5), "midautumn": (8, 15)}
MARK = "# generated: models/scripts/build_calendar.py (lunardate 0.3.0; Hong Kong Observatory table)"


def festival_rows() -> list[str]:
    return [
        f"{key}@{y}\tholiday_date\t{LunarDate(y, m, d).to_solar_date().isoformat()}"
        for key, (m, d) in FESTIVALS.items()
        for y in YEARS
    ]


# key: (month, weekday 0=Monday, nth; -1 the last)
WEEKDAY_RULES = {"mlk": (1, 0, 3), "presidents": (2, 0, 3), "memorial": (5, 0, -1),
                 "labor": (9, 0, 1), "thanksgiving": (11, 3, 4)}


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    days = [d for d in range(1, calendar.monthrange(y, m)[1] + 1) if date(y, m, d).weekday() == wd]
    return date(y, m, days[n - 1] if n > 0 else days[n])


def easter(y: int) -> date:
    """Easter Sunday, Gregorian (the anonymous algorithm, as in Meeus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return date(y, month, (h + ell - 7 * m + 114) % 31 + 1)


def weekday_rows() -> list[str]:
    rows = [
        f"{key}@{y}\tholiday_date\t{nth_weekday(y, *rule).isoformat()}"
        for key, rule in WEEKDAY_RULES.items()
        for y in YEARS
    ]
    for key, shift in (("easter", 0), ("goodfriday", -2), ("eastermonday", 1)):
        rows += [f"{key}@{y}\tholiday_date\t{(easter(y) + timedelta(days=shift)).isoformat()}" for y in YEARS]
    return rows


def month_rows() -> list[str]:
    out = []
    for y in YEARS:
        for m in range(1, 13):
            first = LunarDate(y, m, 1).to_solar_date()
            try:
                LunarDate(y, m, 30)
                days = 30
            except ValueError:
                days = 29
            out.append(f"{y}-{m}\tlunar_month\t{first.isoformat()}+{days}")
    return out


def rewrite(path: Path, rows: list[str]) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    head = lines[: lines.index(MARK)] if MARK in lines else lines
    keep = [ln for ln in head if "\tholiday_date\t" not in ln and "\tlunar_month\t" not in ln]
    while keep and not keep[-1]:
        keep.pop()
    path.write_text("\n".join([*keep, MARK, *rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    rewrite(MODELS / "en" / "date_words.tsv", festival_rows() + weekday_rows())
    rewrite(MODELS / "zh" / "date_words.tsv", festival_rows() + month_rows())
