"""Value resolution of DATE matches: pure calendar logic on named groups."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.normalise.dates import Words, day_of, fmt, nearest_weekday, parse_iso, resolve

W = Words(
    {
        "month": {"april": "4", "november": "11", "sept.": "9"},
        "weekday": {"monday": "0", "friday": "4", "saturday": "5", "sunday": "6"},
        "part": {"afternoon": "afternoon", "下午": "afternoon"},
        "relday": {"yesterday": "-1", "昨晚": "-1"},
        "relmonth": {"last month": "-1"},
        "relweek": {"上周": "-1"},
        "relyear": {"this year": "0", "去年": "-1"},
        "relmod": {"last": "-1"},
        "relwd": {"last": "prev", "next": "1", "上": "-1"},
        "month_part": {"上旬": "1-10", "中旬": "11-20", "下旬": "21-31", "底": "底"},
        "count": {"two": "2"},
        "article": {"a": "1"},
        "unit": {"years": "year", "week": "week", "months": "month", "天": "day"},
        "anaphor": {"同日": "0"},
        "halfyear": {"上半年": "1", "下半年": "2"},
        "numeral": {
            c: str(v)
            for c, v in zip("〇零一二两三四五六七八九十", [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        },
    }
)
A = date(2021, 4, 23)  # a Friday


@pytest.mark.parametrize(
    "groups,anchor,value",
    [
        (
            {"y": "2021", "m": "4", "d": "23", "H": "11", "M": "30", "S": "09"},
            None,
            "2021-04-23T11:30:09",
        ),
        ({"mon": "Sept.", "d": "6"}, A, "2021-09-06"),
        ({"mon": "April", "d": "14"}, None, "XXXX-04-14"),
        ({"mon": "April", "d": "31"}, A, None),
        (
            {"y": "2015", "mon": "November", "d": "12", "H": "9", "M": "20", "ampm": "PM"},
            None,
            "2015-11-12T21:20",
        ),
        (
            {"y": "2015", "mon": "November", "d": "12", "H": "12", "M": "05", "ampm": "a.m."},
            None,
            "2015-11-12T00:05",
        ),
        ({"y": "二〇二一", "m": "四", "d": "十四"}, None, "2021-04-14"),
        ({"m": "十二", "d": "二十三"}, date(2021, 11, 2), "2021-12-23"),
        ({"m": "3", "d": "10", "part": "下午", "H": "3", "M2": "30"}, A, "2021-03-10T15:30"),
        ({"yy": "10", "m": "03", "d": "30"}, None, "2010-03-30"),
        ({"d": "17"}, A, "2021-04-17"),
        ({"d": "17"}, None, "XXXX-XX-17"),
        ({"mon": "November", "relmod": "Last"}, A, "2020-11"),
        ({"rel": "去年"}, A, "2020"),
        ({"rel": "this year"}, None, "XXXX"),
        ({"rel": "去年", "m": "6"}, None, "XXXX-06"),
        ({"rel": "Yesterday"}, A, "2021-04-22"),
        ({"rel": "昨晚"}, None, "XXXX-XX-XX"),
        ({"rel": "last month"}, date(2021, 1, 5), "2020-12"),
        ({"rel": "上周"}, A, "2021-W15"),
        ({"rel": "同日"}, A, "2021-04-23"),
        ({"wd": "Saturday"}, date(2023, 10, 15), "2023-10-14"),
        ({"wd": "Monday"}, date(2023, 8, 28), "2023-08-28"),
        ({"decade": "199"}, None, "199X"),
        ({"mon": "April", "d": "30", "mon2": "November", "d2": "2"}, A, "2021-04-30/2021-11-02"),
        ({"mon": "November", "d": "28", "mon2": "April", "d2": "2"}, A, "2021-11-28/2022-04-02"),
        ({"mon": "April", "d": "19", "d2": "22", "y2": "2016"}, None, "2016-04-19/2016-04-22"),
        ({"d": "25", "d2": "26", "mon2": "April"}, None, "XXXX-04-25/XXXX-04-26"),
        ({"m": "4", "d": "26", "d2": "24"}, A, None),
        ({"y": "2018", "y2": "2020"}, None, "2018/2020"),
        ({"rel": "去年", "nq": "三"}, A, "2020-01/2020-09"),
        ({"nm": "5"}, A, "2021-01/2021-05"),
        ({"q": "二"}, A, "2021-Q2"),
        ({"halfyear": "下半年"}, None, "XXXX-H2"),
        ({"m": "13"}, A, None),
    ],
)
def test_resolve(groups, anchor, value):
    r = resolve(groups, W, anchor)
    assert (r.value if r else None) == value


SUNDAY = date(2021, 6, 20)


@pytest.mark.parametrize(
    "groups,anchor,tense,value",
    [
        # weekdays: `last` is the most recent one (issue 12, item 12), `上` the week before
        ({"wd": "Friday", "relwd": "last"}, SUNDAY, 0, "2021-06-18"),
        ({"wd": "Friday", "relwd": "last"}, date(2021, 6, 18), 0, "2021-06-11"),
        ({"wd": "Saturday", "relwd": "last"}, date(2021, 6, 16), 0, "2021-06-12"),
        ({"wd": "Friday", "relwd": "上"}, SUNDAY, 0, "2021-06-11"),
        ({"wd": "Monday", "relwd": "next"}, date(2021, 6, 16), 0, "2021-06-21"),
        ({"wd": "Monday"}, date(2021, 6, 18), -1, "2021-06-14"),
        ({"wd": "Monday"}, date(2021, 6, 16), 1, "2021-06-21"),
        ({"wd": "Friday"}, date(2021, 6, 18), -1, "2021-06-18"),
        # a month named alone: the tense moves it only across the anchor
        ({"mon": "November"}, A, -1, "2020-11"),
        ({"mon": "November"}, A, 0, "2021-11"),
        ({"mon": "April"}, date(2021, 11, 5), 1, "2022-04"),
        ({"mon": "November", "relmod": "last"}, date(2021, 12, 1), 0, "2021-11"),
        ({"mon": "November", "relmod": "last"}, A, 0, "2020-11"),
        # a month and day: the tense, a short gap forgiven, else the nearer year
        ({"mon": "April", "d": "30"}, A, -1, "2021-04-30"),
        ({"mon": "November", "d": "30"}, A, -1, "2020-11-30"),
        ({"mon": "November", "d": "30"}, date(2022, 1, 4), 0, "2021-11-30"),
        ({"mon": "April", "d": "2"}, date(2021, 12, 20), 1, "2022-04-02"),
        # a day named alone: the most recent month that has it, unless the future is meant
        ({"d": "29"}, date(2019, 4, 5), 0, "2019-03-29"),
        ({"d": "30"}, date(2019, 3, 5), 0, "2019-01-30"),
        ({"d": "29"}, date(2019, 4, 5), 1, "2019-04-29"),
        ({"d": "3"}, date(2019, 4, 5), 1, "2019-05-03"),
        ({"d": "5", "d2": "7"}, date(2022, 3, 4), 0, "2022-02-05/2022-02-07"),
        # parts of a month
        ({"y": "2020", "m": "2", "mpart": "下旬"}, None, 0, "2020-02-21/2020-02-29"),
        ({"m": "9", "mpart": "上旬"}, A, 0, "2021-09-01/2021-09-10"),
        ({"y": "2020", "m": "2", "mpart": "底"}, None, 0, "2020-02"),
        # years: two digits, Republic of China
        ({"yy": "18", "m": "3", "d": "5"}, None, 0, "2018-03-05"),
        ({"yy": "一三", "m": "3"}, None, 0, "2013-03"),
        ({"roc": "113", "m": "5", "d": "20"}, None, 0, "2024-05-20"),
        ({"roc2": "111"}, None, 0, "2022"),
        # `N units ago`
        ({"n": "155", "unit": "years"}, date(2020, 3, 11), 0, "1865"),
        ({"n": "a", "unit": "week"}, date(2011, 3, 18), 0, "2011-03-11"),
        ({"n": "two", "unit": "months"}, date(2021, 1, 15), 0, "2020-11"),
        ({"n": "两", "unit": "天"}, date(2021, 1, 1), 0, "2020-12-30"),
        ({"n": "155", "unit": "years"}, None, 0, "XXXX"),
        # numeric dates: validity, then nearness, then the pattern's order
        ({"a": "15", "b": "1", "yy": "09", "order": "dm"}, None, 0, "2009-01-15"),
        ({"a": "7", "b": "8", "yy": "07", "order": "dm"}, date(2007, 7, 9), 0, "2007-07-08"),
        ({"a": "7", "b": "8", "yy": "07", "order": "dm"}, None, 0, "2007-08-07"),
        (
            {"a": "9", "b": "18", "order": "md", "H": "19", "M": "28"},
            date(2020, 9, 18),
            0,
            "2020-09-18T19:28",
        ),
        ({"a": "31", "b": "31", "y": "2020"}, None, 0, None),
        # a relative day with the date it denotes; times on a day, and ranges of them
        ({"rel": "昨晚", "d": "30"}, date(2021, 4, 1), 0, "2021-03-30"),
        ({"rel": "昨晚", "m": "4", "d": "10"}, date(2013, 4, 11), 0, "2013-04-10"),
        ({"rel": "last month", "d": "20"}, A, 0, "2021-03-20"),
        ({"rel": "Yesterday", "H": "5", "ampm": "pm"}, A, 0, "2021-04-22T17:00"),
        (
            {"d": "2", "part": "下午", "H": "6", "H2": "9"},
            date(2010, 12, 4),
            0,
            "2010-12-02T18:00/2010-12-02T21:00",
        ),
    ],
)
def test_resolve_in_context(groups, anchor, tense, value):
    r = resolve(groups, W, anchor, None, tense)
    assert (r.value if r else None) == value


def test_anaphor_uses_previous_day():
    assert resolve({"rel": "同日"}, W, A, date(2021, 4, 10)).value == "2021-04-10"


@pytest.mark.parametrize(
    "groups,anchor,value",
    [
        ({"mon": "April", "d": "14"}, None, "2020-04-14"),
        ({"mon": "April"}, None, "2020-04"),
        ({"rel": "this year"}, None, "2020"),
        ({"rel": "去年"}, None, "2019"),
        ({"m": "12", "d": "28", "m2": "1", "d2": "3"}, None, "2020-12-28/2021-01-03"),
        ({"halfyear": "下半年"}, None, "2020-H2"),
        ({"y": "2018", "mon": "April", "d": "1"}, None, "2018-04-01"),  # its own year
        ({"rel": "yesterday"}, None, "XXXX-XX-XX"),  # a day needs a day to count from
        ({"wd": "monday"}, None, "XXXX-XX-XX"),
        ({"relmod": "last", "mon": "November"}, None, "XXXX-11"),  # needs the month
        ({"rel": "last month"}, None, "XXXX-XX"),
        ({"mon": "April", "d": "14"}, A, "2020-04-14"),  # listed after a date of 2020
        ({"rel": "yesterday"}, A, "2021-04-22"),
    ],
)
def test_named_year_without_anchor(groups, anchor, value):
    """No document date, but the text names 2020 (or the date before in a list is of
    2020): dates that leave only the year implied take it."""
    assert resolve(groups, W, anchor, None, 0, None, 2020).value == value


SAME = Words(dict(W.kinds, same={"the same month": "month", "the same period": "period",
                                  "the same quarter": "quarter", "the same day": "day"},
                  yearshift={"last year": "-1", "a year earlier": "-1"}))


@pytest.mark.parametrize(
    "same,ref,anchor,value",
    [
        ("the same month", "2021-02", A, "2020-02"),
        ("the same month", "2021-02-14T10:00", A, "2020-02"),  # the month of the day named
        ("the same period", "2021-01/2021-09", A, "2020-01/2020-09"),
        ("the same period", "2021-Q3", A, "2020-Q3"),
        ("the same quarter", "2021-08", A, "2020-Q3"),
        ("the same day", "2020-02-29", A, "2019-02-28"),
        ("the same day", "2021-02", A, "2020-04-23"),  # a month is no day: the anchor's
        ("the same month", None, A, "2020-04"),  # nothing named: the anchor's month
        ("the same period", None, A, "2020"),  # ... and a period is the year before
        ("the same period", "2021-02-14", A, "2020"),  # a day named is no period
        ("the same period", "2021-02-14/2021-02-20", A, "2020-02-14/2020-02-20"),
        ("the same quarter", None, None, "XXXX-QX"),
    ],
)
def test_same_period_a_year_earlier(same, ref, anchor, value):
    g = {"same": same, "shift": "last year"}
    assert resolve(g, SAME, anchor, None, 0, None, None, ref).value == value


@pytest.mark.parametrize(
    "last_year,anchor,value", [(2019, A, "2018"), (None, A, "2020"), (None, None, "XXXX")]
)
def test_anaphor_year_uses_last_year(last_year, anchor, value):
    w = Words(dict(W.kinds, anaphor_year={"a year earlier": "-1"}))
    assert resolve({"rel": "a year earlier"}, w, anchor, None, 0, last_year).value == value


@pytest.mark.parametrize(
    "anchor,weekday,expected",
    [
        (date(2021, 4, 23), 4, date(2021, 4, 23)),  # same day
        (date(2021, 4, 23), 0, date(2021, 4, 26)),  # Monday: 3 ahead beats 4 back
        (date(2021, 4, 23), 1, date(2021, 4, 20)),  # Tuesday: 3 back beats 4 ahead
        (date(2021, 4, 22), 0, date(2021, 4, 19)),  # tie impossible on 7 days; past on 3 vs 4
    ],
)
def test_nearest_weekday(anchor, weekday, expected):
    assert nearest_weekday(anchor, weekday) == expected


@pytest.mark.parametrize(
    "args,out",
    [
        ((2021,), "2021"),
        ((None, 4, 14), "XXXX-04-14"),
        ((None, None, 17), "XXXX-XX-17"),
        ((2021, 4), "2021-04"),
    ],
)
def test_fmt(args, out):
    assert fmt(*args) == out


@pytest.mark.parametrize(
    "text,out",
    [("2021-04-23", date(2021, 4, 23)), ("bad", None), (None, None), ("2021-02-30", None)],
)
def test_parse_iso(text, out):
    assert parse_iso(text) == out


@pytest.mark.parametrize(
    "value,out",
    [
        ("2021-04-23T10:00", date(2021, 4, 23)),
        ("2021-04", None),
        ("XXXX-04-23", None),
        ("2021-04-01/2021-04-03", None),
    ],
)
def test_day_of(value, out):
    assert day_of(value) == out


@pytest.mark.parametrize(
    "text,n",
    [
        ("12", 12),
        ("十二", 12),
        ("二十三", 23),
        ("三十一", 31),
        ("十", 10),
        ("二〇二一", 2021),
        ("两", 2),
    ],
)
def test_numbers(text, n):
    assert W.number(text) == n
