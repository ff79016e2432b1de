"""DATE values: from the named groups of a matched pattern to an ISO 8601 string.

Pure functions, no spaCy, so the calendar arithmetic is tested apart from matching.
Group names are the contract with the pattern files (models/<lang>/dates.jsonl): `y`,
`yy`, `m`/`mon`, `d`, `H`, `M`/`M2`, `S`, `ampm`, `tz` (UTC), `half`, `part`, their range
ends `y2`, `m2`/`mon2`, `d2`, and `rel`, `relmod`, `wd`, `relwd` (`last Friday`),
`decade`/`dd` (`the 1990s`, `the 70s`: 199X, 197X), `century` (`the 20th century`: 19, ISO 8601's century),
`q`, `nq`, `nm`, `halfyear`, `fy2` (the end of a split fiscal year, FY2025/26) (a quarter or half takes TimeML's `2021-Q3`, `2021-H1`),
`season`, `holiday`, `lm`/`ld` (a month and day of the Chinese lunar calendar), `weekof` (`the week of May 5`: its ISO week), `wkend` (`over the weekend`: by the tense), and `mod`/`fiscal`
(kept in the attributes only: `early 2021` names 2021, `fiscal 2021` the fiscal year
called 2021); `roc` (a year of the Republic of China calendar, 民國113年; `roclead` the
民國 before it), `mpart` (a part of a month: 上旬 is a range of days),
`n`/`unit` (`155 years ago`), `a`/`b` (a numeric date whose day-month order the values
decide: `15/01/09`, `9/18`), `wdj` (a weekday joined to a date: it names nothing more).
A `tense` (-1 past, +1 future, 0 unknown) read around the match picks, for a date that
does not say its year or month, the most recent or the coming one.
Words are looked up in a `Words` table built from the language's word file, so the same
code serves English and Chinese. Anything the text leaves open and no anchor supplies
stays `X` (`XXXX-04-14`).

The package is split by concern: `words` (the language's word tables), `iso` (calendar
arithmetic and ISO strings), `anchors` (the year or month a date leaves implied),
`points`, `ranges` and `relative` (the readings), and this module, which dispatches a
match to its reading. Public names are re-exported here, so callers import from
`extractor.normalise.dates` only.
"""

from __future__ import annotations

from datetime import date

from .anchors import implied_day, implied_month_year, with_year
from .iso import (
    MONTH_DAYS,
    day_of,
    day_time,
    fmt,
    month_of,
    nearest_weekday,
    parse_iso,
    shift_month,
    time_of,
    valid,
    year_in,
    year_of,
)
from .points import holiday, lunar, numeric, point, season, week_of, weekday
from .ranges import date_range, month_part, stretch
from .relative import ago, rel_day, relative, same_period, weekend
from .words import Resolved, Words, date_attrs

__all__ = [
    "MONTH_DAYS",
    "Resolved",
    "Words",
    "day_of",
    "day_time",
    "fmt",
    "implied_day",
    "implied_month_year",
    "month_of",
    "nearest_weekday",
    "parse_iso",
    "resolve",
    "shift_month",
    "time_of",
    "valid",
    "year_in",
    "year_of",
]

STRETCH_KEYS = frozenset(("q", "nq", "nm", "halfyear"))
RANGE_KEYS = frozenset(("d2", "m2", "mon2", "y2"))


def resolve(
    g: dict[str, str],
    w: Words,
    anchor: date | None,
    last_day: date | None = None,
    tense: int = 0,
    last_year: int | None = None,
    year: int | None = None,
    ref: str | None = None,
) -> Resolved | None:
    """The value of one match, or None when the groups do not make a real date.
    `last_day` and `last_year` are the day and the year the text named last, for
    `the same day` and `a year earlier`; `year` is a year the text gives the dates that
    leave only their year implied (where there is no anchor, the year it named last; in a
    list, `今年5月、11月`, the year of the date before); `ref` the value of the
    last month, quarter or day the text named, for `the same month last year`."""
    g = {k: v for k, v in g.items() if v is not None}
    relative_year = "rel" in g
    if year is not None:
        g = with_year(g, w, year)
    try:
        r = (same_period(g, w, anchor, ref) if "shift" in g
             else _resolve(g, w, anchor, last_day, tense, last_year))
    except (ValueError, KeyError):
        return None
    if r is not None and relative_year and "rel" not in g:  # `今年` read with a named year
        r.attrs = dict(r.attrs, relative=True)
    if r is not None and "mod" in g:
        r.attrs = dict(r.attrs, mod=w.get("mod", g["mod"]) or g["mod"].lower())
    if r is not None and "fiscal" in g:
        r.attrs = dict(r.attrs, fiscal=True)
    if r is not None and "fy2" in g:
        r = split_year(r, g["fy2"])
    return r


def split_year(r: Resolved, last: str) -> Resolved | None:
    """A fiscal year written across two calendar years (`FY2025/26`, `2025/26财年`) spans
    both: `2025/2026`, as a range of years is written. `last` is the end year's last two
    digits; one that is not the next year makes no such fiscal year."""
    first = year_in(r.value)
    if first is None or (first + 1) % 100 != int(last):
        return None
    return Resolved(f"{first:04d}/{first + 1:04d}", dict(r.attrs, range=True))


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
        return numeric(g, w, anchor, tense)
    if "unit" in g:
        return ago(g, w, anchor)
    if "century" in g:  # `the 20th century`: the hundred years 1900-1999, ISO 8601's `19`
        first = int(g["century"]) - 1
        return Resolved(f"{first:02d}", date_attrs("century", century=first))
    if "decade" in g or "dd" in g:  # `the 1990s`, `the 70s` (two digits: the 1900s)
        decade = g.get("decade") or "19" + g["dd"]
        return Resolved(f"{decade}X", date_attrs("decade", decade=decade))
    if "weekof" in g:
        return week_of(g, w, anchor, tense)
    if "wkend" in g:
        return weekend(anchor, tense)
    if "holiday" in g:
        return holiday(g, w, anchor, tense)
    if "lm" in g:
        return lunar(g, w, anchor, tense)
    if "season" in g:
        return season(g, w, anchor, tense)
    if "rel" in g and "d" in g:
        return rel_day(g, w, anchor, tense)
    if "rel" in g and w.rel(g["rel"]) and w.rel(g["rel"])[0] != "relyear":
        return relative(g, w, anchor, last_day, last_year)
    if "wd" in g:
        return weekday(g, w, anchor, tense)
    if not STRETCH_KEYS.isdisjoint(g):
        return stretch(g, w, anchor, tense)
    if not RANGE_KEYS.isdisjoint(g) or month_part(g, w):
        return date_range(g, w, anchor, tense)
    return point(g, w, anchor, tense)
