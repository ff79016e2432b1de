"""Which year or month a date that does not say it belongs to.

A date without its year (`December 28`, `29日`, `last September`) takes it from the
anchor (the dateline day or document date) and from the tense of its sentence: a reader
means the most recent one in a report of the past, the coming one in an announcement.
"""

from __future__ import annotations

from datetime import date

from .iso import shift_month, valid, year_of
from .words import Words

# months: a month named alone with no tense stays in the anchor's year unless it lies more
# than this far from the anchor's month, then the nearer year's (`in January` in a December
# release is the coming one; `in May` there, with no verb near, this year's)
FAR_MONTHS = 8
HALF_YEAR = 183  # days: a month-day without a year takes the year that puts it nearer the anchor
TENSE_GAP = (
    14  # days: a month-day this close after the anchor stays in its year, whatever the tense
)


def year_from_context(g: dict[str, str], w: Words, anchor: date | None) -> tuple[int | None, bool]:
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


YEARLESS = frozenset(("m", "mon", "m2", "mon2", "a", "season", "q", "nq", "nm", "halfyear",
                      "holiday"))  # groups of a reading whose year alone is implied
NO_YEAR_READING = frozenset(("relmod", "relwd", "wd", "unit", "decade", "dd", "century"))


def with_year(g: dict[str, str], w: Words, year: int) -> dict[str, str]:
    """The groups with a year written in, where the text gives the year: a text that states
    no day to count from but names a year (narrative reading, as TimeML normalisers read
    texts without a document date: the year last named), or a date listed after another
    (`今年5月、11月`). `September 4` -> that year's, `今年4月` and `this year` -> that year,
    `去年` -> the one before. What needs a day or a month to count from (`yesterday`,
    `Monday`, `last November`, `本月`, a day without its month) is left as it is."""
    if year_of(g, w) is not None or not NO_YEAR_READING.isdisjoint(g):
        return g
    if "rel" in g:
        offset = w.get("relyear", g["rel"])
        if offset is None:
            return g
        g = {k: v for k, v in g.items() if k != "rel"}
        return dict(g, y=str(year + int(offset)))
    if YEARLESS.isdisjoint(g):
        return g
    return dict(g, y=str(year))


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
    try:
        day = date(anchor.year, m, d)
    except ValueError:  # 29 February of another year: the anchor's year decides nothing
        return anchor.year, m
    return implied_year(anchor, day, tense), m


def implied_year(anchor: date, day: date, tense: int) -> int:
    """The year of a day named without it (`December 28`, `Christmas`, `春节`), given that
    day in the anchor's year: the tense asks for the most recent or the coming one, else
    the one nearer the anchor."""
    y = anchor.year
    gap = (day - anchor).days
    if (tense < 0 and gap > TENSE_GAP) or (tense == 0 and gap > HALF_YEAR):
        y -= 1
    elif (tense > 0 and gap < -TENSE_GAP) or (tense == 0 and gap < -HALF_YEAR):
        y += 1
    return y


def implied_month_year(anchor: date, m: int, tense: int) -> int:
    """The year of a month named alone: a later month in the past tense is last year's,
    an earlier one in the future tense next year's; with no tense, the anchor's, unless
    another year's is much nearer (FAR_MONTHS)."""
    if (tense < 0 or tense == 0 and m - anchor.month > FAR_MONTHS) and m > anchor.month:
        return anchor.year - 1
    if (tense > 0 or tense == 0 and anchor.month - m > FAR_MONTHS) and m < anchor.month:
        return anchor.year + 1
    return anchor.year


def relmod_month_year(g: dict[str, str], w: Words, anchor: date, m: int) -> int:
    """`last September` is the most recent September before this month, `next March` the
    coming one, `this July` this year's: a reader's meaning, not a year offset."""
    k = int(w.get("relmod", g["relmod"]) or 0)
    if k < 0:
        return anchor.year if m < anchor.month else anchor.year - 1
    if k > 0:
        return anchor.year if m > anchor.month else anchor.year + 1
    return anchor.year
