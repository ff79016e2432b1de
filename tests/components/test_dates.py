"""pressner_dates: spans, values and the document date, in English and Chinese.

The component runs in a minimal pipeline (normalizer + dates) built from the real data
files, so these tables test the date rules alone; one test checks the full pipeline.
"""

from __future__ import annotations

import datetime

import pytest
import spacy
from spacy.tokens import Doc

from extractor import pipeline
from extractor.candidates import candidates
from extractor.components import dates as dates_module
from tests.conftest import cpu_seconds

FILES = {
    "patterns": "{lang}/dates.jsonl",
    "words": "{lang}/date_words.tsv",
    "header": "{lang}/date_header.tsv",
    "editions": "shared/event_editions.tsv",
}


def build(lang: str) -> spacy.Language:
    root = str(pipeline.models_dir())
    nlp = spacy.blank(lang)
    nlp.max_length = 2_000_000
    nlp.add_pipe("pressner_normalizer")
    nlp.add_pipe("pressner_dates")
    nlp.config["initialize"]["components"] = {
        "pressner_normalizer": {"data_dir": root, "files": {"t2s": "shared/t2s_chars.tsv"}},
        "pressner_dates": {
            "data_dir": root,
            "files": {k: v.format(lang=lang) for k, v in FILES.items()}
            | ({"furniture": "en/page_furniture.tsv", "past_forms": "en/date_past_forms.tsv"}
               if lang == "en" else {}),
        },
    }
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlps() -> dict[str, spacy.Language]:
    return {"en": build("en"), "zh": build("zh")}


def run(nlp: spacy.Language, text: str, doc_date: str | None = None):
    doc = nlp.make_doc(text)
    if doc_date:
        doc._.doc_date, doc._.doc_date_source = doc_date, "given"
    return nlp(doc)


def dates(nlp: spacy.Language, text: str, doc_date: str | None = None) -> list[tuple[str, str]]:
    doc = run(nlp, text, doc_date)
    return [(text[c.start : c.end], c.value) for c in candidates(doc) if c.label == "DATE"]


EN = [
    ("Posted 2021-4-23 11:30:09 here", None, [("2021-4-23 11:30:09", "2021-04-23T11:30:09")]),
    ("stamp 2018/07/17 21:51:48.", None, [("2018/07/17 21:51:48", "2018-07-17T21:51:48")]),
    ("Seen 2022-02-14 16:41 now", None, [("2022-02-14 16:41", "2022-02-14T16:41")]),
    ("BRIEF 10-03-30 notes", None, [("10-03-30", "2010-03-30")]),
    ("Edited: Feb 9,2017 8:05 AM", None, [("Feb 9,2017 8:05 AM", "2017-02-09T08:05")]),
    ("by Jan 27, 2022 04:48 PM.", None, [("Jan 27, 2022 04:48 PM", "2022-01-27T16:48")]),
    ("at 09:29, July 20, 2021 we", None, [("09:29, July 20, 2021", "2021-07-20T09:29")]),
    ("Updated 03 March 2025 14:05 GMT | Business", None, [("03 March 2025 14:05", "2025-03-03T14:05")]),
    ("met on April 14 in town", "2021-04-23", [("April 14", "2021-04-14")]),
    ("met on April 14 in town", None, [("April 14", "XXXX-04-14")]),
    (
        "signed on Aug. 16 and Sept 25",
        "2022-09-30",
        [("Aug. 16", "2022-08-16"), ("Sept 25", "2022-09-25")],
    ),
    (
        "held 14 April 2021 and 6th Sept.",
        None,
        [("14 April 2021", "2021-04-14"), ("6th Sept.", "2021-09-06")],
    ),
    (
        "by November 2nd, 2014 and then May 17th",
        "2015-05-20",
        [("November 2nd, 2014", "2014-11-02"), ("May 17th", "2015-05-17")],
    ),
    ("once more in April 2007 again", None, [("April 2007", "2007-04")]),
    ("a flood in February spread", "2020-09-03", [("February", "2020-02")]),
    ("set up in 1996 by 40 growers", None, [("1996", "1996")]),
    ("since the 1990s the firm", None, [("1990s", "199X")]),
    (
        "from Aug. 31 to Sept. 5 the fair",
        "2022-08-20",
        [("Aug. 31 to Sept. 5", "2022-08-31/2022-09-05")],
    ),
    ("on March 25-26 talks", "2019-03-01", [("March 25-26", "2019-03-25/2019-03-26")]),
    ("June 13 - 16, 2017 - Lyon", None, [("June 13 - 16, 2017", "2017-06-13/2017-06-16")]),
    (
        "Open from January 27 to February 4, the",
        "2022-02-20",
        [("January 27 to February 4", "2022-01-27/2022-02-04")],
    ),
    ("late in the afternoon of June 7.", "2017-06-15", [("afternoon of June 7", "2017-06-07")]),
    ("the morning of June 3rd", "2016-05-14", [("morning of June 3rd", "2016-06-03")]),
    ("reported on Monday in", "2023-08-28", [("Monday", "2023-08-28")]),
    (
        "on Saturday and Sunday",
        "2023-10-15",
        [("Saturday", "2023-10-14"), ("Sunday", "2023-10-15")],
    ),
    ("Yesterday, the mayor", "2024-06-07", [("Yesterday", "2024-06-06")]),
    ("Last October, both sides", "2024-06-07", [("Last October", "2023-10")]),
    (
        "plans for this year and last year",
        "2021-05-01",
        [("this year", "2021"), ("last year", "2020")],
    ),
    ("sales last month rose", "2021-01-15", [("last month", "2020-12")]),
    (
        "On July 8 they met. On the same day",
        "2021-09-01",
        [("July 8", "2021-07-08"), ("the same day", "2021-07-08")],
    ),
    ("The 2019 Pacific Garden Show", None, [("2019", "2019")]),
    ("in May they will meet", "2020-01-01", [("May", "2020-05")]),
    # May coordinated with another month, after or before it
    ("Orders rose in April and May.", "2026-12-01", [("April", "2026-04"), ("May", "2026-05")]),
    ("Trials run in March, April or May 2027.", "2026-12-01",
     [("March", "2027-03"), ("April", "2027-04"), ("May 2027", "2027-05")]),
    ("Talks are set for May and June.", "2026-12-01", [("May", "2026-05"), ("June", "2026-06")]),
    (
        "expected by mid-2021 and in mid-May",
        "2020-01-01",
        [("mid-2021", "2021"), ("mid-May", "2020-05")],
    ),
    ("the 2021-2025 plan", None, [("2021-2025", "2021/2025")]),
    ("Sept. 11-13, 2019 in Xiamen", None, [("Sept. 11-13, 2019", "2019-09-11/2019-09-13")]),
    (
        "from January to October 2021 exports",
        None,
        [("January to October 2021", "2021-01/2021-10")],
    ),
    ("held 25-26 March 2021", None, [("25-26 March 2021", "2021-03-25/2021-03-26")]),
    # quarters, halves, modifiers, fiscal years, seasons, holidays, relative weekdays
    ("Sales in Q1 2021 rose", None, [("Q1 2021", "2021-Q1")]),
    ("results for 2021Q3 are out", None, [("2021Q3", "2021-Q3")]),
    (
        "in the first quarter of last year and the third quarter.",
        "2021-06-16",
        [
            ("the first quarter of last year", "2020-Q1"),
            ("the third quarter", "2021-Q3"),
        ],
    ),
    ("during the first half of 2021.", None, [("the first half of 2021", "2021-H1")]),
    # a yearless quarter follows the tense; relative quarters and weekends (TimeML codes)
    ("Profits fell in the fourth quarter.", "2019-02-12", [("the fourth quarter", "2018-Q4")]),
    ("Output will rise in the first quarter.", "2019-11-04", [("the first quarter", "2020-Q1")]),
    ("Margins widened last quarter, it said.", "2019-02-12", [("last quarter", "2018-Q4")]),
    ("Orders rose during the last quarter.", "2019-08-20", [("the last quarter", "2019-Q2")]),
    ("The rally is this weekend.", "2019-08-20", [("this weekend", "2019-W34-WE")]),
    ("Crowds came last weekend.", "2019-08-20", [("last weekend", "2019-W33-WE")]),
    # a relative word before `of` and a year or month names a part of that: not alone (the
    # last week of a month is that week)
    ("Sales recovered in the last week of June.", "2019-07-02", [("the last week of June", "2019-W26")]),
    ("in the last year of the scheme", "2019-07-02", []),
    ("Orders doubled in the last week, it said.", "2019-07-02", [("the last week", "2019-W26")]),
    # two-digit decades after `the`; `'82` after a preposition
    ("styles of the 60s and 70s returned", None, [("60s", "196X"), ("70s", "197X")]),
    ("music of the '80s", None, [("'80s", "198X")]),
    ("people in their 60s", None, []),
    ("the highest since '91 for", None, [("'91", "1991")]),
    # centuries as a noun phrase of their own, not as a modifier
    ("ideas of the 19th century, when", None, [("19th century", "18")]),
    ("the 21st century workforce", None, []),
    ("open in early 2020.", None, [("early 2020", "2020")]),
    ("before the end of March.", "2021-06-16", [("the end of March", "2021-03")]),
    ("late last July.", "2021-06-16", [("late last July", "2020-07")]),
    ("Earlier this month, it said", "2021-06-16", [("Earlier this month", "2021-06")]),
    ("by the end of this year.", "2021-06-16", [("the end of this year", "2021")]),
    ("fiscal 2021 and FY2022.", None, [("fiscal 2021", "2021"), ("FY2022", "2022")]),
    ("this fiscal year.", "2021-06-16", [("this fiscal year", "2021")]),
    (
        "in spring 2021 and last summer.",
        "2021-06-16",
        [("spring 2021", "2021-SP"), ("last summer", "2020-SU")],
    ),
    ("on Christmas Day 2020.", None, [("Christmas Day 2020", "2020-12-25")]),
    # split fiscal years, `end-March`, `the` before a season, the first N months of a year
    ("Capital spending for FY2027/28 rose.", None, [("FY2027/28", "2027/2028")]),
    ("targets in FY24-25 were met", None, [("FY24-25", "2024/2025")]),
    ("Trials run until end-March 2027.", None, [("end-March 2027", "2027-03")]),
    ("The firm expects to open in March.", "2026-11-05", [("March", "2027-03")]),
    ("a weekend March fair", None, [("March", "XXXX-03")]),
    ("Hiring resumes in the summer of 2028.", None, [("the summer of 2028", "2028-SU")]),
    ("The bridge will reopen in the spring.", "2026-09-14", [("the spring", "2027-SP")]),
    ("The mill closed in the winter.", "2026-10-02", [("the winter", "2025-WI")]),
    ("Tenders go out in the autumn, it said.", "2026-09-14", [("the autumn", "2026-FA")]),
    (
        "Sales in the first nine months of 2026 and the first six months of this year rose.",
        "2026-10-30",
        [("the first nine months of 2026", "2026-01/2026-09"),
         ("the first six months of this year", "2026-01/2026-06")],
    ),
    ("during the Spring Festival.", "2021-01-10", [("Spring Festival", "2021-02-12")]),
    ("around the Dragon Boat Festival.", "2030-01-10", [("Dragon Boat Festival", "2030-06-05")]),
    ("around the Dragon Boat Festival.", "2075-01-10", [("Dragon Boat Festival", "2075-XX-XX")]),
    ("It closed last Friday.", "2021-06-16", [("last Friday", "2021-06-11")]),
    ("see you next Monday morning.", "2021-06-16", [("next Monday morning", "2021-06-21")]),
    ("It arrived on the 5th.", "2021-06-16", [("the 5th", "2021-06-05")]),
    ("March 01 , 2008 was tokenised", None, [("March 01 , 2008", "2008-03-01")]),
    # a weekday joined to its date, a relative day with the date it denotes in brackets
    (
        "SHANGHAI, March 4 (Wire) -- Today the",
        "2019-03-05",
        [("March 4", "2019-03-04"), ("Today", "2019-03-04")],
    ),
    ("Games on Sunday, 12 May 2019 ended.", None, [("Sunday, 12 May 2019", "2019-05-12")]),
    ("It opens Tuesday, March 5.", "2019-03-01", [("Tuesday, March 5", "2019-03-05")]),
    ("It opens March 5 (Tuesday) at", "2019-03-01", [("March 5 (Tuesday)", "2019-03-05")]),
    ("signed today (May 5) in", "2020-05-05", [("today (May 5)", "2020-05-05")]),
    ("in the Council today (May 5):", "2020-05-05", [("today (May 5)", "2020-05-05")]),
    # a colon ending the line closes the sentence (a reply's lead-in); a label's colon has text after it
    ("a written reply in the Council today:\n\nQuestion:", "2020-05-05", [("today", "2020-05-05")]),
    ("Today: markets in Porto rose.", "2020-05-05", []),
    ("they today (12 September) signed", "2024-09-12", [("today (12 September)", "2024-09-12")]),
    # a weekday with its day and month in figures in brackets, no year: one span; the weekday
    # picks the day-month order where both are valid days
    ("The forum opens on Thursday (14/5) at noon.", "2026-05-11", [("Thursday (14/5)", "2026-05-14")]),
    ("Talks resumed on Tuesday (5.12) in the capital.", "2026-09-01", [("Tuesday (5.12)", "2026-05-12")]),
    ("Talks resumed on Saturday (5.12) in the capital.", "2026-09-01", [("Saturday (5.12)", "2026-12-05")]),
    ("Tours run on Friday (9/10).", "2026-10-05", [("Friday (9/10)", "2026-10-09")]),
    ("11 APRIL 2018 IMAGE", None, [("11 APRIL 2018", "2018-04-11")]),
    ("a sheet (2021 年5月7 日) here", None, [("2021 年5月7 日", "2021-05-07")]),
    # clock times joined to a relative day or a weekday
    ("see you tomorrow at 5 pm.", "2021-06-16", [("tomorrow at 5 pm", "2021-06-17T17:00")]),
    ("logged at 09:40 UTC Tuesday in", "2011-03-08", [("09:40 UTC Tuesday", "2011-03-08T09:40Z")]),
    ("set for 14:30 GMT Friday", "2011-03-08", [("14:30 GMT Friday", "2011-03-11T14:30")]),
    ("Call me Monday at 9:30 a.m.", "2021-06-16", [("Monday at 9:30 a.m.", "2021-06-14T09:30")]),
    # `N units ago`
    ("a club formed 120 years ago as", "2020-03-11", [("120 years ago", "1900")]),
    ("the quake hit a week ago.", "2011-03-18", [("a week ago", "2011-03-11")]),
    ("two months ago it fell", "2021-01-15", [("two months ago", "2020-11")]),
    # year references count from the year named last
    (
        "In 2017, output grew 3% on a year earlier.",
        "2018-03-11",
        [("2017", "2017"), ("a year earlier", "2016")],
    ),
    ("sales fell from the previous year.", "2010-01-28", [("the previous year", "2009")]),
    # numeric dates: day-month order by validity, then nearness to the document date
    ("Posted 15/01/2009 by", None, [("15/01/2009", "2009-01-15")]),
    ("stamp 17/02/08 Ltd", None, [("17/02/08", "2008-02-17")]),
    ("written as 7/8/07 in", "2007-07-09", [("7/8/07", "2007-07-08")]),
    ("on 03/04/2015 the", None, [("03/04/2015", "2015-04-03")]),
    ("Stand: 05.03.2019 Augsburg", None, [("05.03.2019", "2019-03-05")]),
    ("version 1.2.2019 and 10-03-30", None, [("10-03-30", "2010-03-30")]),
    (
        "at 11am on Thursday 28 July the",
        "2016-07-20",
        [("11am on Thursday 28 July", "2016-07-28T11:00")],
    ),
    (
        "opens at 10 a.m. on March 5, 2019.",
        None,
        [("10 a.m. on March 5, 2019", "2019-03-05T10:00")],
    ),
    # the tense of the sentence picks the year of a month or day named alone
    ("The coach resigned in August after", "2020-03-11", [("August", "2019-08")]),
    ("The plant will open in February.", "2020-11-11", [("February", "2021-02")]),
    ("The book is due out in May.", "2014-02-10", [("May", "2014-05")]),
    ("the best week since November", "2009-03-13", [("November", "2008-11")]),
    ("The lease was renewed on December 29.", "2021-01-05", [("December 29", "2020-12-29")]),
    ("Talks will resume on January 4.", "2020-12-20", [("January 4", "2021-01-04")]),
    (
        "held 14 April 2021 and 6th Sept.",
        "2021-10-01",
        [("14 April 2021", "2021-04-14"), ("6th Sept.", "2021-09-06")],
    ),
    ("They met on Tuesday.", "2021-06-18", [("Tuesday", "2021-06-15")]),
    # a hyphenated participle is an adjective, no past; with no marker near, a month stays
    # in the document's year unless the next (or last) year's is much nearer
    ("She said the city would hold talks with foreign-invested firms in January.", "2026-12-03",
     [("January", "2027-01")]),
    ("Its deputy head, Ana Ruiz, attended the signing ceremony in Almaty in May.", "2026-12-03",
     [("May", "2026-05")]),
    ("The guide goes online in English, French and Spanish on its website in January.", "2026-12-03",
     [("January", "2027-01")]),
    # a participle after `be` is no past (`will be held`, its `will` out of the window), and
    # a reporting verb after a comma is the sentence's frame, not its event's tense
    ("The fair will be held in Lanzhou, Gansu Province from June 26 to 29.", "2026-04-03",
     [("June 26 to 29", "2026-06-26/2026-06-29")]),
    ("The fair opens on June 26, the ministry said.", "2026-04-03", [("June 26", "2026-06-26")]),
    ("She told reporters in August that it worked.", "2026-04-03", [("August", "2025-08")]),
    # a marker in the that-clause after the date dates what was said, not the saying; a
    # relative `that` (no subject before its verb) keeps the verb the date's
    ("Nora Lind, the port's director, told a regional news conference on Monday that the port would "
     "reopen.", "2026-10-21", [("Monday", "2026-10-19")]),
    ("The chamber announced a members' fair in March that will draw 300 firms.", "2026-10-21",
     [("March", "2027-03")]),
    # the day an appointment takes effect from, named without its year, is still to come
    ("Kestrel plc has appointed Dana Ure as Company Secretary with effect from 1 July.", "2026-06-04",
     [("1 July", "2026-07-01")]),
    ("They will meet on Tuesday.", "2021-06-18", [("Tuesday", "2021-06-22")]),
    # a marker past `and` after the date is the next clause's verb, not the date's
    ("The team toured Osaka in November and plans a fair.", "2027-05-12", [("November", "2026-11")]),
    ("She said a delegation would go to the big autumn expo in November and thanked the hosts.",
     "2027-05-12", [("November", "2027-11")]),
    # the verb a date adverbial attaches to, beyond the near window, up to its clause's start;
    # a date adverbial with no marker shares the verb of the date before it in its clause;
    # a `to` + verb nearer the date than the finite verb is the date's verb: to come
    ("Rina Kobe will speak at the Northern Materials Industry Forum next Tuesday, January 19, at 9 a.m. "
     "and at a second investor gathering in Leeds on the 27th.", "2027-01-14",
     [("next Tuesday, January 19, at 9 a.m.", "2027-01-19T09:00"), ("the 27th", "2027-01-27")]),
    ("The committee endorsed the revised crowd management proposal for the harbour front on the 4th.",
     "2026-12-10", [("the 4th", "2026-12-04")]),
    ('"Our partners invited us to attend their very large regional investment fair in May," he said.',
     "2027-03-03", [("May", "2027-05")]),
    ("The board has declared a dividend of 40 cents a share, payable on 21 May to holders on 18 April.",
     "2027-03-01", [("21 May", "2027-05-21"), ("18 April", "2027-04-18")]),
    ("Halden Group today named Ivo Berg as chief executive, succeeding Maria Lund, who retires in March.",
     "2027-01-22", [("today", "2027-01-22"), ("March", "2027-03")]),
    ("Mayor Ines Walcott today announced that she will take a group of twelve regional food makers "
     "on a week-long trade mission to Chile and Peru from June 8 to June 15.", "2026-05-18",
     [("today", "2026-05-18"), ("June 8 to June 15", "2026-06-08/2026-06-15")]),  # `that`: a clause
    ("The minister praised the harbour authority's well attended November exhibition for exporters.",
     "2019-12-05", [("November", "2019-11")]),  # a month modifying a noun: no verb's tense
    # a week named is a stretch: a schedule's weekdays after it are its days; a day named inside
    # it keeps it, one named outside ends it
    ("Here is what happens next week.\nMonday: the library opens.\nTuesday 9 February: planning."
     "\nWednesday: sessions begin and run until Friday.", "2027-02-05",
     [("next week", "2027-W06"), ("Monday", "2027-02-08"), ("Tuesday 9 February", "2027-02-09"),
      ("Wednesday", "2027-02-10"), ("Friday", "2027-02-12")]),
    ("The visit runs from May 30 to June 4, with a forum on June 2. Firms told us on Monday that "
     "they agree. A briefing will be held on Tuesday.", "2027-05-20",
     [("May 30 to June 4", "2027-05-30/2027-06-04"), ("June 2", "2027-06-02"),
      ("Monday", "2027-05-17"), ("Tuesday", "2027-05-25")]),
    # `last Friday` is the most recent Friday, also from a Sunday (issue 12, item 12)
    ("It closed last Friday.", "2021-06-20", [("last Friday", "2021-06-18")]),
    ("It closed last Friday.", "2021-06-18", [("last Friday", "2021-06-11")]),
    ("sales fell last September", "2009-10-16", [("last September", "2009-09")]),
    (
        "Talks until Friday\nSeptember 18, 2008 Shares",
        None,
        [("Friday", "2008-09-19"), ("September 18, 2008", "2008-09-18")],
    ),
    ("renewed after October of next year", "2009-05-15", [("October of next year", "2010-10")]),
]

EN += [  # ranges written with `between ... and`, clock times after `at`, quarters, weeks
    ("Between April and June, sales rose.", "2025-08-05", [("April and June", "2025-04/2025-06")]),
    ("held on the evening of Tuesday 9 June.", "2026-06-12", [("evening of Tuesday 9 June", "2026-06-09")]),
    ("held on the morning of 3 March.", "2026-06-12", [("morning of 3 March", "2026-03-03")]),
    ("It opens this Saturday, 13 June, at noon.", "2026-06-12", [("this Saturday, 13 June", "2026-06-13")]),
    ("A call on Monday, 6/15/2026, at 9:00 a.m. ET.", "2026-06-12",
     [("Monday, 6/15/2026, at 9:00 a.m.", "2026-06-15T09:00")]),
    ("Grants for academic year 2027 open.", "2026-06-12", [("academic year 2027", "2027")]),
    ("the full moon of B.E. 2569.", "2026-11-20", [("B.E. 2569", "2026")]),  # Buddhist Era
    ("grants are expected in the second half of the year.", "2027-01-14",
     [("the second half of the year", "2027-H2")]),
    ("a briefing on Wednesday, 3 February, at 3pm.", "2027-01-14",
     [("Wednesday, 3 February, at 3pm", "2027-02-03T15:00")]),
    # the joined weekday picks the year next to the tense's one where only that one fits
    ("It will be held on Wednesday, 3 February, at 3pm.", "2027-02-25",
     [("Wednesday, 3 February, at 3pm", "2027-02-03T15:00")]),
    # `effective` before a yearless date looks ahead, whatever the tense of the appointment
    ("The board has appointed her to succeed him effective April 1.", "2027-02-25",
     [("April 1", "2027-04-01")]),
    ("The rule became effective January 1.", "2027-02-25", [("January 1", "2027-01-01")]),
    ("the budget for 2570 B.E. was", "2026-11-20", [("2570 B.E.", "2027")]),
    # an ambiguous numeric date takes the order the text's unambiguous ones show
    ("Filed 11/12/2026; the call is on 12/15/2026.", None,
     [("11/12/2026", "2026-11-12"), ("12/15/2026", "2026-12-15")]),
    ("Filed 11/12/2026; the call is on 15/12/2026.", None,
     [("11/12/2026", "2026-12-11"), ("15/12/2026", "2026-12-15")]),
    ("between January and March last year", "2025-02-12",
     [("January and March last year", "2024-01/2024-03")]),
    ("from January to March last year", "2025-02-12",
     [("January to March last year", "2024-01/2024-03")]),
    ("arrived between January 25 and February 2, compared", "2025-02-12",
     [("January 25 and February 2", "2025-01-25/2025-02-02")]),
    # the same range in day-month order, with a year on either end or none
    ("polled members between 9 January and 3 February, and", "2025-02-12",
     [("9 January and 3 February", "2025-01-09/2025-02-03")]),
    ("Talks ran between 28 November 2024 and 6 January 2025.", "2025-02-12",
     [("28 November 2024 and 6 January 2025", "2024-11-28/2025-01-06")]),
    # `and` joins two dates only after `between`: a list of two days stays two dates
    ("It met on 9 January and 3 February.", "2025-02-12",
     [("9 January", "2025-01-09"), ("3 February", "2025-02-03")]),
    ("Entries close on Sept. 30 at 5 p.m.", "2025-09-08",
     [("Sept. 30 at 5 p.m.", "2025-09-30T17:00")]),
    ("an investor day during the week of September 15", "2025-08-05",
     [("the week of September 15", "2025-W38")]),
    ("Fourth Quarter 2024 Results", None, [("Fourth Quarter 2024", "2024-Q4")]),
    # a quarter under way is this year's also in the future tense
    ("The company will report third quarter results.", "2025-08-05",
     [("third quarter", "2025-Q3")]),
    ("It will publish first-quarter data soon.", "2025-02-12", [("first-quarter", "2025-Q1")]),
    # ... and one ended a quarter or less ago: results are reported after the quarter ends
    ("The firm will report fourth-quarter results.", "2025-02-12", [("fourth-quarter", "2024-Q4")]),
    ("The firm will report first-quarter results.", "2025-05-12", [("first-quarter", "2025-Q1")]),
    ("It expects to report a third-quarter loss.", "2025-11-03", [("third-quarter", "2025-Q3")]),
    ("The firm will report first-quarter results.", "2025-08-12", [("first-quarter", "2026-Q1")]),
    ("He will lead a mission next week, followed by roadshows in the second quarter.",
     "2025-02-12", [("next week", "2025-W08"), ("the second quarter", "2025-Q2")]),
    ("Revenue in H1 2025 rose.", None, [("H1 2025", "2025-H1")]),
    ("It expects growth in the second half.", "2025-06-10", [("the second half", "2025-H2")]),
    ("We expect the second half to be stronger.", "2027-02-24", [("the second half", "2027-H2")]),
    ("It will be held in mid-March.", "2025-06-10", [("mid-March", "2026-03")]),
    ("In 2023, revenue rose, with the fourth quarter strongest.", "2025-08-05",
     [("2023", "2023"), ("the fourth quarter", "2023-Q4")]),
    # a range whose start writes the year; two days joined by `and`
    ("It runs from 3 March 2027 to 5 April.", "2027-03-01", [("3 March 2027 to 5 April", "2027-03-03/2027-04-05")]),
    ("Workshops on 16 and 17 March.", "2027-03-01", [("16 and 17 March", "2027-03-16/2027-03-17")]),
    ("Talks on March 16 and 17 went well.", "2027-03-20", [("March 16 and 17", "2027-03-16/2027-03-17")]),
    # fiscal quarters: the year of the day a quarter ended; `the prior-year quarter`
    ("Results for the fiscal third quarter ended October 31, 2026 rose.", "2026-12-02",
     [("fiscal third quarter", "2026-Q3"), ("October 31, 2026", "2026-10-31")]),
    ("Sales in the second quarter of fiscal 2026 beat the prior-year quarter.", "2026-05-01",
     [("the second quarter of fiscal 2026", "2026-Q2"), ("the prior-year quarter", "2025-Q2")]),
    ("Revenue for the first half of fiscal 2027 rose.", "2027-03-01", [("the first half of fiscal 2027", "2027-H1")]),
    # a weekday, a part of the day or noon joined to a date
    ("The vote is on Friday, May 7, 2027, at 10 a.m.", None, [("Friday, May 7, 2027, at 10 a.m.", "2027-05-07T10:00")]),
    ("Entries close at noon on June 12.", "2027-06-01", [("noon on June 12", "2027-06-12T12:00")]),
    ("It opens on the evening of Tuesday, June 15.", "2027-06-01", [("evening of Tuesday, June 15", "2027-06-15")]),
    ("Bids are due by the end of the month.", "2027-06-10", [("the end of the month", "2027-06")]),
    # a month listed after December is January of the next year
    ("Orders rose in December and January.", "2027-02-20", [("December", "2026-12"), ("January", "2027-01")]),
    # a bare weekday after a few days named as one is among them
    ("The fair runs June 14-18. It opens Monday with a forum.", "2027-06-10",
     [("June 14-18", "2027-06-14/2027-06-18"), ("Monday", "2027-06-14")]),
    # `year-end` after a preposition; holidays on a weekday of a month, and Easter (generated rows)
    ("It will report by year-end.", "2027-05-12", [("year-end", "2027")]),
    ("Offices close on Memorial Day and reopen after Easter Monday.", "2027-05-12",
     [("Memorial Day", "2027-05-31"), ("Easter Monday", "2027-03-29")]),
    # two days joined by a range word are one range, weekdays in it; `the end of year`
    ("Open from Monday, 8 March, to Friday, 12 March.", "2027-03-01",
     [("Monday, 8 March, to Friday, 12 March", "2027-03-08/2027-03-12")]),
    ("The show runs Tuesday, May 4, 2027 through Thursday, May 6, 2027.", "2027-04-01",
     [("Tuesday, May 4, 2027 through Thursday, May 6, 2027", "2027-05-04/2027-05-06")]),
    ("Orders peaked by the end of year.", "2027-04-01", [("the end of year", "2027")]),
    ("Offices close on Lunar New Year's Eve.", "2027-01-10", [("Lunar New Year's Eve", "2027-02-05")]),
    # `the weekend` after over/during: the one just past, or in the future tense the coming one
    ("Over the weekend, the firm closed the deal.", "2026-11-12", [("the weekend", "2026-W45-WE")]),
    ("Talks will continue over the weekend.", "2008-10-15", [("the weekend", "2008-W42-WE")]),
    ("Talks went on during the weekend.", "2008-10-12", [("the weekend", "2008-W41-WE")]),
    ("Sales in 2026 were higher than in 2025, with the fourth quarter strongest.", "2027-02-01",
     [("2026", "2026"), ("2025", "2025"), ("the fourth quarter", "2026-Q4")]),
    # the first or last week of a month: the ISO week of its 4th, or of its last day but three
    ("Sales rebounded in the last week of March.", "2009-04-01", [("the last week of March", "2009-W13")]),
    ("The fair is in the first week of June 2027.", "2027-01-10", [("the first week of June 2027", "2027-W22")]),
    # a fronted time adverbial takes the tense of the main clause after its comma, a
    # reporting verb included; irregular past forms (date_past_forms.tsv) mark the past
    ("On Sunday, police said they had made two arrests.", "2026-09-11", [("Sunday", "2026-09-06")]),
    ("On Tuesday, the company will open a new plant.", "2026-09-11", [("Tuesday", "2026-09-15")]),
    ("In January, the firm brought in a new chief executive.", "2026-10-27",
     [("January", "2026-01")]),
    ("The firm said on Monday it would cut its winter crossings.", "2027-01-12",
     [("Monday", "2027-01-11")]),
    # `a year ago` after a quarter compares with that quarter a year back; a year after a year
    ("Net income was $5 million for the third quarter, against $4 million a year ago.",
     "2026-11-05", [("the third quarter", "2026-Q3"), ("a year ago", "2025-Q3")]),
    ("Sales in 2025 rose 4% from a year earlier.", "2026-11-05",
     [("2025", "2025"), ("a year earlier", "2024")]),
    # page time stamps: a zone between the time and its day; a bracket's clock; numeric ranges
    ("The paper was uploaded at 10:30 a.m. HKT on November 2.", "2026-11-10",
     [("10:30 a.m. HKT on November 2", "2026-11-02T10:30")]),
    ("He lands at 11:45 a.m. (Beijing time) on Wednesday.", "2027-02-16",
     [("11:45 a.m. (Beijing time) on Wednesday", "2027-02-17T11:45")]),
    ("The council said today (February 18, local time) that it had signed.", "2026-02-18",
     [("today (February 18, local time)", "2026-02-18")]),
    ("Gift fair 2026/09/18 – 2026/09/21 open for registration", "2026-06-10",
     [("2026/09/18 – 2026/09/21", "2026-09-18/2026-09-21")]),
    ("Offices closed for Lunar New Year 2026/02/17 and reopened today.", "2026-02-18",
     [("2026/02/17", "2026-02-17"), ("today", "2026-02-18")]),
    # a week named holds the bare weekdays of the schedule after it, not a report's far below
    ("The trade delegation returns next week. " + "Its members visited ports, plants and "
     "laboratories, and met officials of the customs service to discuss rules of origin. " * 7
     + "Ministers will meet again on Thursday.", "2027-01-12",
     [("next week", "2027-W03"), ("Thursday", "2027-01-14")]),
    # a clock time after a numeric date's comma joins it, as after a month-name date's; a
    # time before a date joins it on its own line only
    ("Posted 14-10-2026, 10:30 | Updated 15-10-2026, 09:05", "2026-10-15",
     [("14-10-2026, 10:30", "2026-10-14T10:30"), ("15-10-2026, 09:05", "2026-10-15T09:05")]),
    ("Stamp 2026-03-02, 08:15 by staff", "2026-03-02", [("2026-03-02, 08:15", "2026-03-02T08:15")]),
    ("Filed 03.03.2026 | 10:30\nAugust 27th, 2026 was the launch.", "2026-03-03",
     [("03.03.2026", "2026-03-03"), ("August 27th, 2026", "2026-08-27")]),
    # the first two or three quarters of a year: its months from January
    ("Orders rose in the first three quarters of 2026.", "2026-11-02",
     [("the first three quarters of 2026", "2026-01/2026-09")]),
    ("Sales grew in the first two quarters of this year.", "2027-08-02",
     [("the first two quarters of this year", "2027-01/2027-06")]),
    # a part of a month with the year after it
    ("Figures come out in late February next year.", "2026-12-03", [("late February next year", "2027-02")]),
    # what is agreed, decided or promised is yet to come: its infinitive dates it
    ("Both sides agreed to review progress at the end of June.", "2027-01-08",
     [("the end of June", "2027-06")]),
    ("The council pledged to open an office in March.", "2026-11-20", [("March", "2027-03")]),
    ("They agreed to the terms in March.", "2026-11-20", [("March", "2026-03")]),
    ("Ravel Hartmann on Thursday agreed to sell the unit.", "2026-11-20", [("Thursday", "2026-11-19")]),
    # a verb before the date in its clause: a verb past the comma after it is another clause's
    ("The chamber, which opened an office in December, will open another in February.",
     "2027-01-05", [("December", "2026-12"), ("February", "2027-02")]),
    ("The mission visited Hanoi in late November and is due back in March.", "2027-01-05",
     [("late November", "2026-11"), ("March", "2027-03")]),
    # a year split across a slash (academic, fiscal, season): both years, one span
    ("The chamber launched its Position Paper 2026/2027 today.", "2026-09-20",
     [("2026/2027", "2026/2027"), ("today", "2026-09-20")]),
    ("The 2025/26 season ended.", "2026-09-20", [("2025/26", "2025/2026")]),
    # a clock time (and zone) on a date written day first
    ("Applications close at 5:00 pm on 28 February 2027.", "2026-12-02",
     [("5:00 pm on 28 February 2027", "2027-02-28T17:00")]),
    ("The ceremony will be held at 2:30 p.m. HKT on 9 July.", "2027-06-20",
     [("2:30 p.m. HKT on 9 July", "2027-07-09T14:30")]),
    # years of the 1800s: with a month, or alone after a preposition
    ("The guild, founded in 1892, moved on May 3, 1901.", "2026-11-05",
     [("1892", "1892"), ("May 3, 1901", "1901-05-03")]),
    # a text that counts the quarters of a fiscal year dates its yearless quarters in it
    ("Ardmoor Reports Fiscal First Quarter Results\n\nArdmoor today reported results for the "
     "first quarter of fiscal 2027, which ended July 31, 2026. It expects to finish the program "
     "in the fourth quarter.", "2026-08-27",
     [("Fiscal First Quarter", "2027-Q1"), ("today", "2026-08-27"),
      ("the first quarter of fiscal 2027", "2027-Q1"), ("July 31, 2026", "2026-07-31"),
      ("the fourth quarter", "2027-Q4")]),
    # `the prior-year quarter`: the quarter named last, not the quarter of a day named since
    ("Sales for the third quarter ended October 31, 2026 rose from the prior-year quarter.",
     "2026-11-17", [("the third quarter", "2026-Q3"), ("October 31, 2026", "2026-10-31"),
                    ("the prior-year quarter", "2025-Q3")]),
]

EN_NEGATIVE = [
    "The weekend edition sold out.",  # `the weekend` with no preposition before it
    "It took two days and 18 years.",
    "a 1,845-year-old temple",
    "2000 companies joined",
    "at 09:29 sharp",
    "call +86 10 6513 2021 5",
    "version 2.1.2020",
    "the 20th CIFIT",
    "over recent years and into the future",
    "the Third Development Plan period",
    "May I ask",
    "Theresa May said",
    "Today/All Views",
    "www.example.com/2021/04/story",
    "COVID-19 cases",
    "ISO 9001",
    "the 5th China-Africa Expo",
    "an early start and a late finish",
    "the first time in a quarter century",
    "spring water and the fall of prices",
    "late in the day after falling",
    "a ratio of 1/2 and 3/4",
    "in the second half of the match",
    "the spring collection and the Summer Olympics",
    "the first five months of operation",
    "Sales rose during the month.",
    "Year-end results were strong.",
    "ahead of the Lunar New Year holiday and the Christmas season",
    "The works employ 1850 staff and 1899 contractors.",
]

ZH = [
    ("2011年07月19日 08時25分 发布", None, [("2011年07月19日 08時25分", "2011-07-19T08:25")]),
    ("2021年4月14日举行", None, [("2021年4月14日", "2021-04-14")]),
    ("二〇二一年四月十四日签署", None, [("二〇二一年四月十四日", "2021-04-14")]),
    # the white circle of Hong Kong government text is the numeral zero
    ("預計於二○二七年第二季推出", None, [("二○二七年第二季", "2027-Q2")]),
    ("4月14日上午,会议", "2018-05-01", [("4月14日上午", "2018-04-14")]),
    ("8月14日下午,拜访", None, [("8月14日下午", "XXXX-08-14")]),
    ("2018年是关键一年", None, [("2018年", "2018")]),
    ("拟于今年6月、10月召开", "2015-02-09", [("今年6月", "2015-06"), ("10月", "2015-10")]),
    ("今年六月举行", None, [("今年六月", "XXXX-06")]),
    ("今年7月份组织", "2020-10-28", [("今年7月份", "2020-07")]),
    ("在17日举行", "2018-07-17", [("17日", "2018-07-17")]),
    ("昨(18)日表示", "2021-03-18", [("昨(18)日", "2021-03-18")]),
    ("今年前三季度完成", "2018-09-20", [("今年前三季度", "2018-01/2018-09")]),
    ("今年前5个月,贸易额", "2018-07-17", [("今年前5个月", "2018-01/2018-05")]),
    # without a year, only as the period a statistic reports or is compared with
    ("前4个月，全省出口同比增长8%。", "2026-05-20", [("前4个月", "2026-01/2026-04")]),
    ("增速比前4个月加快1个百分点。", "2026-06-20", [("前4个月", "2026-01/2026-04")]),
    ("会上通报前7个月全市经济运行情况。", "2026-08-20", [("前7个月", "2026-01/2026-07")]),
    ("他介绍前3个月将完成设备调试。", "2026-08-20", []),
    ("设备投产前3个月免收租金。", "2026-05-20", []),
    ("2026/27財年的補助", None, [("2026/27財年", "2026/2027")]),
    ("预计年内完成,三年内建成,一年内投产", "2026-10-20", [("年内", "2026")]),
    ("2025年一季度增长,较去年同季", "2025-05-12", [("2025年一季度", "2025-Q1"), ("去年同季", "2024-Q1")]),
    ("定于8月21日至24日开幕", "2018-06-05", [("8月21日至24日", "2018-08-21/2018-08-24")]),
    ("11月28日至12月2日展出", "2019-01-01", [("11月28日至12月2日", "2019-11-28/2019-12-02")]),
    ("於115年11月17日至21日赴印度", None, [("115年11月17日至21日", "2026-11-17/2026-11-21")]),
    ("5月16日—17日,走访", None, [("5月16日—17日", "XXXX-05-16/XXXX-05-17")]),
    ("11月17-19日,参观", "2020-11-19", [("11月17-19日", "2020-11-17/2020-11-19")]),
    ("昨晚抵达", "2007-06-08", [("昨晚", "2007-06-07")]),
    ("昨天和今天", "2020-03-02", [("昨天", "2020-03-01"), ("今天", "2020-03-02")]),
    ("去年和明年", "2019-05-09", [("去年", "2018"), ("明年", "2020")]),
    ("上周和本月", "2018-07-10", [("上周", "2018-W27"), ("本月", "2018-07")]),
    ("昨(5月8日)迎接", "2013-05-09", [("昨(5月8日)", "2013-05-08")]),
    ("9日表示,当天下午", "2019-05-09", [("9日", "2019-05-09"), ("当天下午", "2019-05-09")]),
    ("2018中国品牌展", None, [("2018", "2018")]),
    ("周二上午开幕", "2021-04-14", [("周二上午", "2021-04-13")]),
    (
        "2018年9月中旬和2019年底",
        None,
        [("2018年9月中旬", "2018-09-11/2018-09-20"), ("2019年底", "2019")],
    ),
    ("今年1-10月,进出口", "2020-11-20", [("今年1-10月", "2020-01/2020-10")]),
    ("2020年以来,我会", None, [("2020年", "2020")]),
    ("2021-2025年规划", None, [("2021-2025年", "2021/2025")]),
    ("当地时间5日至7日", "2022-03-08", [("5日至7日", "2022-03-05/2022-03-07")]),
    (
        "去年上半年和一季度",
        "2022-05-01",
        [("去年上半年", "2021-H1"), ("一季度", "2022-Q1")],
    ),
    ("上季度和本季度", "2022-05-01", [("上季度", "2022-Q1"), ("本季度", "2022-Q2")]),
    ("下周末举办", "2022-05-04", [("下周末", "2022-W19-WE")]),
    ("元月5日开幕", "2021-06-16", [("元月5日", "2021-01-05")]),
    ("今年初和去年底", "2021-06-16", [("今年初", "2021"), ("去年底", "2020")]),
    ("年底前完成,月底上线", "2021-06-16", [("年底", "2021"), ("月底", "2021-06")]),
    ("本月底到期", "2021-06-16", [("本月底", "2021-06")]),
    ("五一前后和国庆节", "2021-06-16", [("五一", "2021-05-01"), ("国庆节", "2021-10-01")]),
    # a holiday before 期间/假期 names that period (out, as the gold sets have it)
    ("五一期间和国庆节", "2021-06-16", [("国庆节", "2021-10-01")]),
    ("2021年春节前后", None, [("2021年春节", "2021-02-12")]),
    ("今年中秋节", "2021-06-16", [("今年中秋节", "2021-09-21")]),
    ("上周三和下周五下午", "2021-06-16", [("上周三", "2021-06-09"), ("下周五下午", "2021-06-25")]),
    (
        "今年3月和今年第二季度",
        "2021-06-16",
        [("今年3月", "2021-03"), ("今年第二季度", "2021-Q2")],
    ),
    # a weekday in brackets, a relative day with the day it denotes in brackets
    ("2014年8月15日(星期五)上午", None, [("2014年8月15日(星期五)上午", "2014-08-15")]),
    ("今天(21日)会见", "2024-09-21", [("今天(21日)", "2024-09-21")]),
    ("昨(30)日表示", "2021-04-01", [("昨(30)日", "2021-03-30")]),
    ("明(6)日舉行", "2021-04-05", [("明(6)日", "2021-04-06")]),
    ("如今明确", "2021-04-05", []),
    ("四月廿九日開幕", "2021-05-03", [("四月廿九日", "2021-04-29")]),
    ("二十八日下午舉行了", "2021-05-03", [("二十八日下午", "2021-04-28")]),
    ("昨開幕,是日簽約", "2014-10-24", [("昨", "2014-10-23"), ("是日", "2014-10-23")]),
    ("中華民國一百零八年三月五日", None, [("中華民國一百零八年三月五日", "2019-03-05")]),
    ("中新网北京3月4日电 昨天", "2019-03-06", [("3月4日", "2019-03-04"), ("昨天", "2019-03-03")]),
    (
        "標題\n(中央社記者王明台北17日電)官員今天抵台,19日將出席。",
        "2020-09-18",
        [("17日", "2020-09-17"), ("今天", "2020-09-17"), ("19日", "2020-09-19")],
    ),
    ("昨(23)日開幕,首日簽約", "2014-10-24", [("昨(23)日", "2014-10-23"), ("首日", "2014-10-23")]),
    # parts of a month, days of a relative month
    ("本月20日举行", "2019-03-04", [("本月20日", "2019-03-20")]),
    ("本月中旬召开", "2019-03-04", [("本月中旬", "2019-03-11/2019-03-20")]),
    # a range of days in a relative month, or in this month glossed with its number
    ("本月3日至5日举行，下月8日-9日闭幕", "2019-03-04",
     [("本月3日至5日", "2019-03-03/2019-03-05"), ("下月8日-9日", "2019-04-08/2019-04-09")]),
    ("於本(5)月12日至15日舉辦", "2023-05-02", [("本(5)月12日至15日", "2023-05-12/2023-05-15")]),
    ("2020年2月下旬", None, [("2020年2月下旬", "2020-02-21/2020-02-29")]),
    # clock times after a relative day; ranges of times on one day
    ("明天下午5点出发", "2021-06-16", [("明天下午5点", "2021-06-17T17:00")]),
    (
        "本月3日下午5時至8時開放",
        "2011-11-06",
        [("本月3日下午5時至8時", "2011-11-03T17:00/2011-11-03T20:00")],
    ),
    # two-digit and Republic of China years, doubled relatives, `N年前`
    ("18年3月5日签约", None, [("18年3月5日", "2018-03-05")]),
    ("民國113年5月20日就職", None, [("民國113年5月20日", "2024-05-20")]),
    ("本(110)年6月9日拜會", "2021-06-10", [("本(110)年6月9日", "2021-06-09")]),
    # next and last year with their ROC number in brackets (Taiwan usage)
    ("明(116)年1月起實施，去(114)年營收", "2026-11-30", [("明(116)年1月", "2027-01"), ("去(114)年", "2025")]),
    # or with the Gregorian year in brackets
    ("明(2027)年設立，去（2025）年營收", "2026-11-30", [("明(2027)年", "2027"), ("去（2025）年", "2025")]),
    ("於110年6月9日拜會", None, [("110年6月9日", "2021-06-09")]),
    ("下下周和上上个月", "2021-06-16", [("下下周", "2021-W26"), ("上上个月", "2021-04")]),
    ("3年前成立", "2020-05-01", [("3年前", "2017")]),
    ("今年春季将举办,今春以来", "2021-05-01", [("今年春季", "2021-SP"), ("今春", "2021-SP")]),
    ("2020年冬季和去冬", "2021-05-01", [("2020年冬季", "2020-WI"), ("去冬", "2020-WI")]),
    ("2018年成立,次年上市", None, [("2018年", "2018"), ("次年", "2019")]),
    ("在2000年前全部脱贫", "1998-05-01", [("2000年", "2000")]),
    # numeric dates; full-width digits
    ("发布 15/04/2019 收藏", None, [("15/04/2019", "2019-04-15")]),
    ("(7/23 16:05 更新)", "2020-07-23", [("7/23 16:05", "2020-07-23T16:05")]),
    ("２０２１年４月１４日舉行", None, [("２０２１年４月１４日", "2021-04-14")]),
    # relative dates count from the dateline's day
    ("本报3月4日讯 今天上午", "2019-03-05", [("3月4日", "2019-03-04"), ("今天上午", "2019-03-04")]),
    # a month-day closed by 电 or 讯 is a dateline, whatever the wire's name before it
    ("北辰财经快报西安3月4日电（记者 王一）公司今天发布年报，昨日签约。", "2019-03-05",
     [("3月4日", "2019-03-04"), ("今天", "2019-03-04"), ("昨日", "2019-03-03")]),
    # the parts of a whole year named before them, listed one after another (其中…较…)
    ("2026年零售额增长，其中四季度增速较三季度加快。", "2027-01-05",
     [("2026年", "2026"), ("四季度", "2026-Q4"), ("三季度", "2026-Q3")]),
    # 首季, 首季度: the first quarter (Hong Kong, Macao, Taiwan usage); 首季报 is no date
    ("政府會在明年首季檢討，今年首季度增長3%。", "2026-12-17",
     [("明年首季", "2027-Q1"), ("今年首季度", "2026-Q1")]),
    # a holiday before a noun of a period, also in traditional characters (春節連假, 春節期間)
    ("公布春節連假疏運成果，春節期間車流增加，春節前完工。", "2027-02-24", [("春節", "2027-02-06")]),
    # a day named alone: the most recent such day, unless the text speaks of the future
    ("29日举行了会议", "2019-04-05", [("29日", "2019-03-29")]),
    ("30日举行了会议", "2019-03-05", [("30日", "2019-01-30")]),
    ("将于29日举行", "2019-03-05", [("29日", "2019-03-29")]),
    ("19日将出席", "2020-09-18", [("19日", "2020-09-19")]),
    # `上周五` is the Friday of the week before, Monday to Sunday, as the words say
    ("上周五", "2021-06-20", [("上周五", "2021-06-11")]),
]

ZH += [
    ("局长说,一三年本地生产总值增长。", "2014-10-24", [("一三年", "2013")]),
    ("九八年起,〇八年止", None, [("九八年", "1998"), ("〇八年", "2008")]),
    ("官员访台。(編輯:張三)1090918", None, [("1090918", "2020-09-18")]),
    ("官员访台。\n（编辑：李四）1121230\n", None, [("1121230", "2023-12-30")]),
]

ZH += [  # ROC years before a quarter, half or month range; 年初 after a year; bracketed days
    ("113年第3季外銷訂單", "2024-10-09", [("113年第3季", "2024-Q3")]),
    ("民國114年上半年出口", "2024-10-09", [("民國114年上半年", "2025-H1")]),
    # a relative year glossed with its ROC year (as 明(23)日): one span, the written year
    ("預估明(116)年第1季仍有變數", "2026-12-01", [("明(116)年第1季", "2027-Q1")]),
    ("去（114）年外銷訂單", "2026-12-01", [("去（114）年", "2025")]),
    # 即日起至: from the document date's day to the day named
    ("报名即日起至8月31日。", "2027-07-15", [("即日起至8月31日", "2027-07-15/2027-08-31")]),
    ("報名自即日起至1月5日止。", "2026-12-20", [("即日起至1月5日", "2026-12-20/2027-01-05")]),
    ("报名即日起至8月31日。", None, [("即日起至8月31日", "XXXX-XX-XX/XXXX-08-31")]),
    ("113年7月至9月訂單", "2024-10-09", [("113年7月至9月", "2024-07/2024-09")]),
    ("筹备工作自今年年初启动", "2024-12-30", [("今年年初", "2024")]),
    ("计划明年年底建成", "2024-12-30", [("明年年底", "2025")]),
    ("2025年年末前完成", None, [("2025年年末", "2025")]),
    ("次長上週五（4日）表示", "2024-10-09", [("上週五（4日）", "2024-10-04")]),
    ("计划于下周一(1月6日)起开放", "2024-12-30", [("下周一(1月6日)", "2025-01-06")]),
    ("确保农历正月初一（1月29日）前后供应", "2025-01-20", [("农历正月初一（1月29日）", "2025-01-29")]),
    ("正月十五闹元宵", "2025-01-20", [("正月十五", "2025-02-12")]),
    ("据悉，2025中日韩产业论坛将举办", None, [("2025", "2025")]),
    ("出席「2024臺日城市交流論壇」", None, [("2024", "2024")]),
    ("公司2025财年营收增长", None, [("2025财年", "2025")]),
    ("元旦前后暂停服务", "2024-12-30", [("元旦", "2025-01-01")]),  # the coming one
    ("春节前完成检查", "2024-12-20", [("春节", "2025-01-29")]),
    ("去年春节", "2024-12-20", [("去年春节", "2023-01-22")]),
    ("發布日期：113-10-09\n", None, [("113-10-09", "2024-10-09")]),
    ("發布時間：113/10/09 14:30", None, [("113/10/09 14:30", "2024-10-09T14:30")]),
    ("去年零售额增长5.2%，其中四季度明显回升。", "2025-01-20", [("去年", "2024"), ("四季度", "2024-Q4")]),
    # a bare ROC year counts where the document dates in that calendar elsewhere
    ("訪團於115年3月2日出發。114年出口成長。", "2026-03-03",
     [("115年3月2日", "2026-03-02"), ("114年", "2025")]),
    # or where the text as written names Taiwan or the ROC in traditional characters
    ("114年臺灣對東歐出口成長。", "2026-03-03", [("114年", "2025")]),
    # a year of accounts in that calendar, as 2024年度 is 2024
    ("決議日期：115/12/07。查核本公司116年度財務報表。", "2026-12-07",
     [("115/12/07", "2026-12-07"), ("116年度", "2027")]),
    ("中華民國工商協進會表示，113年會員增加。", "2026-03-03", [("113年", "2024")]),
    # 首 before the number of months (Hong Kong and Macao usage)
    ("今年首十個月，轉口貨值上升。", "2026-12-02", [("今年首十個月", "2026-01/2026-10")]),
    ("今年首三季，投資額上升。", "2026-12-02", [("今年首三季", "2026-01/2026-09")]),
    # lunar days after 农历 (the generated month table), alone or glossed in brackets
    ("农历九月初九（10月8日），活动举行。", "2027-10-12", [("农历九月初九（10月8日）", "2027-10-08")]),
    ("农历腊月二十三，小年。", "2027-02-18", [("农历腊月二十三", "2027-01-30")]),
    ("农历八月十五举行。", "2040-09-01", [("农历八月十五", "2040-09-20")]),
    # 当天 right after a day names it again; 前(N)日 is the day before yesterday
    ("9月3日当天，会议召开。", "2027-09-10", [("9月3日当天", "2027-09-03")]),
    # a company release's dateline closed by a double dash or 美通社: 今日 is its day
    ("上海，2026年8月4日——云岭材料今日与海川物流签约。", "2026-08-05",
     [("2026年8月4日", "2026-08-04"), ("今日", "2026-08-04")]),
    ("深圳2026年11月25日 /美通社/ -- 云岭材料今日宣布。", "2026-11-26",
     [("2026年11月25日", "2026-11-25"), ("今日", "2026-11-25")]),
    ("前(20)日，代表团抵达。", "2027-04-22", [("前(20)日", "2027-04-20")]),
    # this month with its number in brackets (Macao, Taiwan); two parts of a month at once
    ("本(三)月十四日(星期日)下午舉辦說明會。", "2027-03-15", [("本(三)月十四日(星期日)下午", "2027-03-14")]),
    ("将于本月中下旬举办培训。", "2027-11-03", [("本月中下旬", "2027-11-11/2027-11-30")]),
    # the end of a stretch (持续至) is no day for 同日
    ("2月16日召开座谈会；次日，活动启动，将持续至3月5日。同日，发布线路。", "2027-02-18",
     [("2月16日", "2027-02-16"), ("次日", "2027-02-17"), ("3月5日", "2027-03-05"), ("同日", "2027-02-17")]),
    # a year named as a comparison's base (较前年) is not the year a later 其中四季度 belongs to
    ("去年出口较前年增长9%，其中第四季度增长12%。", "2027-01-22",
     [("去年", "2026"), ("前年", "2025"), ("第四季度", "2026-Q4")]),
    # parts of two months joined by 至 are one range; 除夕 is the day before 春节; 春运 is no spring
    ("将于1月下旬至2月中旬举办。", "2027-01-18", [("1月下旬至2月中旬", "2027-01-21/2027-02-20")]),
    ("2027年12月下旬至1月上旬", None, [("2027年12月下旬至1月上旬", "2027-12-21/2028-01-10")]),
    ("除夕（2月5日）延长售票。", "2027-01-25", [("除夕（2月5日）", "2027-02-05")]),
    ("2027年春运1月23日开始。", "2027-01-25", [("2027年", "2027"), ("1月23日", "2027-01-23")]),
    # a Taiwanese notice's period in the ROC calendar (自…起至…止): one range, the written years
    ("自115年12月1日起至116年2月28日止受理申請。", "2026-12-04",
     [("115年12月1日起至116年2月28日", "2026-12-01/2027-02-28")]),
    ("民國114年3月16日至17日舉行。", "2025-03-01", [("民國114年3月16日至17日", "2025-03-16/2025-03-17")]),
    # 下 glossed with its ROC year (next year), and a glossed year before a range of days or months
    ("下（116）年將加碼補助。", "2026-12-04", [("下（116）年", "2027")]),
    ("將於下（116）年4月19日至23日參展。", "2026-12-01", [("下（116）年4月19日至23日", "2027-04-19/2027-04-23")]),
    ("本（115）年1至10月出口成長。", "2026-12-01", [("本（115）年1至10月", "2026-01/2026-10")]),
    ("去（114）年第3季成長。", "2026-12-01", [("去（114）年第3季", "2025-Q3")]),
    # ... and after 即日起至, or before the months or quarters from the year's start
    ("自即日起至116年1月31日止受理。", "2026-12-09", [("即日起至116年1月31日", "2026-12-09/2027-01-31")]),
    ("本（115）年前三季出口成長。", "2026-12-09", [("本（115）年前三季", "2026-01/2026-09")]),
    # a relative year before a range of days gives the range its year
    ("将于明年5月15日至17日举办。", "2026-12-15", [("明年5月15日至17日", "2027-05-15/2027-05-17")]),
    # a holiday before a street's designator names the street; 街头 is still the street scene
    ("国庆节街头人流如织。", "2026-10-02", [("国庆节", "2026-10-01")]),
    # 上年 / 上一年 (statistical usage: last year), with 度 as 本年度; a span of years takes 年度 as one
    # year does; a span in digits alone (an English-style footer) is one span
    ("比上年增长5%，较上一年度下降3个百分点。", "2026-02-25", [("上年", "2025"), ("上一年度", "2025")]),
    ("选举产生2026—2028年度理事会。", "2026-02-25", [("2026—2028年度", "2026/2028")]),
    ("Copyright © 2019-2026 某某科技股份有限公司 版权所有", None, [("2019-2026", "2019/2026")]),
]

ZH_NEGATIVE = [
    "60岁以上年龄段的消费者",  # 以上 + 年龄, no 上年
    "连续三年以上年度营业收入",
    "上年纪的老人",
    "服务热线：2019-2026",
    "项目建成投产后年产值可达20亿元。",  # 后 (after) + 年产值 (annual output), not 后年
    "5年来发展迅速",
    "成立15周年",
    "连续9年位居",
    "第十一届科博会",
    "2567个项目",
    "2000亿美元",
    "近日召开",
    "目前进展",
    "“十四五”时期",
    "每周一例会",
    "3日内完成",
    "不同日期",
    "两个月",
    "电话:0571-8765 2019",
    "2021亿元",
    "100元-200元",
    "统一部署,进一步推进",
    "连续18年增长",
    "十三年来",
    "每月一次",
    "也是日本最大的在野党",
    "这是日常工作",
    "春季招聘,上下春秋",
    "十日内完成,二十日以内",
    "再过一二年,二三年后再议",  # neighbouring numerals: an estimate of years
    "三四年来,九十年代",
    "电话(02)1090918转3",  # a compact date only ends a line after a bracket
    "腊月初八喝腊八粥",  # a lunar day, not the start of this month
    "九月初九登高",  # a custom's lunar day (no 农历), not September
    "春节假期消费旺，“欢乐春节”活动多",  # a holiday naming a period or an event
    "采购2024台设备",
    "傳真113-10-0912",
    "1,2025",
    "該校創校114年，114年來培育人才",  # no date in the ROC calendar: a count of years
    "台湾同胞回乡，114年历史的老街",  # simplified text: no cue of that calendar
    "臺灣這家老店已有114年歷史",  # a count of years before 歷史
    "臺灣商會創會120年，會員遍布各地",  # a count of years since the founding
    "地址：长沙市芙蓉区五一大道365号",  # a street named by a holiday
    "国庆路与八一路交叉口",
    "位於十月初五日街的商店",
    "服務時間：週一至週五 9:00-17:30",  # office hours: a weekly schedule, no date
    "办公时间：星期一至五上午九时至下午六时",
    "双方每年5月互派代表团，每年3月15日举办展会",  # a yearly recurrence, no date
]


@pytest.mark.parametrize("text,doc_date,expected", EN)
def test_en_dates(nlps, text, doc_date, expected):
    assert dates(nlps["en"], text, doc_date) == expected


@pytest.mark.parametrize("text", EN_NEGATIVE)
def test_en_negatives(nlps, text):
    assert dates(nlps["en"], text) == []


@pytest.mark.parametrize("text,doc_date,expected", ZH)
def test_zh_dates(nlps, text, doc_date, expected):
    assert dates(nlps["zh"], text, doc_date) == expected


@pytest.mark.parametrize("text", ZH_NEGATIVE)
def test_zh_negatives(nlps, text):
    assert dates(nlps["zh"], text) == []


@pytest.mark.parametrize(
    "lang,text,date,rule,evidence",
    [
        (
            "en",
            "Talks end\n\nUpdated: Jul 21, 2020\n\nOn July 14 the",
            "2020-07-21",
            "header.label",
            "Jul 21, 2020",
        ),
        (
            "en",
            "Talks\nLIMA, Oct. 19 (Wire) -- The 2022 talks",
            "2022-10-19",
            "header.dateline",
            "Oct. 19",
        ),
        (
            "en",
            "Talks\nLIMA, Oct. 19 (Wire) -- Delegates met.\na\nb\nc\nd\ne\nThe 2022 budget passed.",
            "2022-10-19",
            "header.dateline",
            "Oct. 19",
        ),
        ("zh", "标题\n新华社杭州5月22日电 会议开幕。\n甲\n乙\n丙\n丁\n戊\n2016年是", "2016-05-22",
         "header.dateline", "5月22日"),
        # ... and after the office or reporter that opens the lead (商务部12月14日发布)
        ("zh", "数据发布\n商务部12月14日发布数据显示,2027年1—11月外资增长。上月召开了圆桌会。",
         "2027-12-14", "header.dateline", "12月14日"),
        # a month-day opening a line of the header dates a Chinese release's lead (6月8日上午，...)
        ("zh", "会议部署工作\n6月8日上午，市政府召开常务会议。\n会议审议了《2026年更新方案》。", "2026-06-08",
         "header.dateline", "6月8日上午"),
        # a scraped page's menu lines take none of the header window; `Posted on` labels the date
        (
            "en",
            "Home > Events > Press\nEnglish | 中文 | 繁體\nSearch | Login\nMobile | Sitemap\nJune 9 - 12, 2026 - Porto\n"
            "Fair opens\nPosted on 2026-06-10 by admin\nOn June 9 the fair",
            "2026-06-10",
            "header.label",
            "2026-06-10",
        ),
        (
            "en",
            "Talks\n2018-05-03 | Porto\nOn 2nd May we",
            "2018-05-03",
            "header.first_date",
            "2018-05-03",
        ),
        (
            "zh",
            "标题\n\n编辑:某 发布时间:2017-06-13 作者:某\n\n6月8日上午",
            "2017-06-13",
            "header.label",
            "2017-06-13",
        ),
        ("zh", "标题\n本报杭州5月22日电 2016年是", "2016-05-22", "header.dateline", "5月22日"),
        (
            "zh",
            "網站使用說明\n甲\n乙\n丙\n丁\n戊\n標題\n\n2019/6/4 10:05(6/4 12:30 更新)\n正文",
            "2019-06-04",
            "header.date_line",
            "2019/6/4 10:05",
        ),
        (
            "zh",
            "2011年07月19日 08時25分 新闻",
            "2011-07-19",
            "header.first_date",
            "2011年07月19日 08時25分",
        ),
        (
            "en",
            "Talks\n\na\nb\nc\nd\ne\n" + "They agreed to meet again. " * 30 + "\n\nMarch 3, 2017",
            "2017-03-03",
            "footer.date_line",
            "March 3, 2017",
        ),
        (
            "zh",
            "标题\n甲\n乙\n丙\n丁\n戊\n" + "会谈后双方共进午餐。" * 70 + "\n\n2016年4月12日(星期二)\n香港时间10时30分",
            "2016-04-12",
            "footer.date_line",
            "2016年4月12日(星期二)",
        ),
        (
            "zh",
            "标题\n甲\n乙\n丙\n丁\n戊\n" + "会谈后双方共进午餐。" * 70 + "\n联系人:某\n(2019 年6月4 日)本会成立于",
            "2019-06-04",
            "footer.date_line",
            "2019 年6月4 日",
        ),
        (
            "en",
            "Talks\n\na\nb\nc\nd\ne\n" + "They agreed to meet again. " * 30
            + "\n\nEnds/Thursday, June 3, 2021\nIssued at HKT 15:30",
            "2021-06-03",
            "footer.date_line",
            "Thursday, June 3, 2021",
        ),
        (
            "en",
            "Talks\n\na\nb\nc\nd\ne\n" + "They agreed to meet again. " * 30
            + "\n\nPort Louis, 3 June 2021",
            "2021-06-03",
            "footer.date_line",
            "3 June 2021",
        ),
        (
            "zh",
            "标题\n甲\n乙\n丙\n丁\n戊\n" + "会谈后双方共进午餐。" * 70 + "\n(来源:某某网 2021-06-03)",
            "2021-06-03",
            "footer.date_line",
            "2021-06-03",
        ),
        (
            "zh",
            "标题\n甲\n乙\n丙\n丁\n戊\n" + "会谈后双方共进午餐。" * 70 + "\n2021年6月4日 星期五",
            "2021-06-04",
            "footer.date_line",
            "2021年6月4日",
        ),
        (  # a body date framed as a deadline loses to a relative day glossed with its date
            "zh",
            "标题\n\n截至2027年9月30日，全市人口达142万。\n\n昨日（10月11日），会议召开。",
            "2027-10-12",
            "text.glossed_day",
            "昨日（10月11日）",
        ),
        # a whole year reported on in the header: the lead's day is in the year after it
        ("zh", "某某集团发布2026年度业绩快报\n\n3月5日晚间，某某集团发布业绩快报。", "2027-03-05",
         "header.dateline", "3月5日晚间"),
        ("zh", "介绍2026年工业经济运行情况\n\n1月20日，市统计局召开发布会。", "2027-01-20",
         "header.dateline", "1月20日"),
        ("zh", "介绍2026年上半年工业经济运行情况\n\n7月20日，市统计局召开发布会。", "2026-07-20",
         "header.dateline", "7月20日"),
    ],
)
def test_doc_date_inferred(nlps, lang, text, date, rule, evidence):
    doc = run(nlps[lang], text)
    assert (doc._.doc_date, doc._.doc_date_source) == (date, "inferred")
    ev = doc._.doc_date_evidence
    assert (ev["rule"], ev["text"], text[ev["start"] : ev["end"]]) == (rule, evidence, evidence)


@pytest.mark.parametrize(
    "lang,text,date,evidence",
    [
        ("en", "Winter fair\n\nFriday 11 December\n\nThe fair opens on Saturday.", "2026-12-11",
         "Friday 11 December"),
        ("zh", "召开推进会\n\n3月18日(星期四)上午,市贸促会召开推进会。", "2027-03-18",
         "3月18日(星期四)上午"),
        ("zh", "召开推进会\n\n3月18日（星期四）上午，市贸促会召开推进会。", "2027-03-18",
         "3月18日（星期四）上午"),
    ],
)
def test_doc_date_from_weekday(nlps, monkeypatch, lang, text, date, evidence):
    """A header that writes no year: the year whose calendar fits the weekday, nearest today."""
    monkeypatch.setattr(dates_module, "CLOCK", lambda: datetime.date(2026, 12, 6))
    doc = run(nlps[lang], text)
    assert (doc._.doc_date, doc._.doc_date_source) == (date, "inferred")
    ev = doc._.doc_date_evidence
    assert (ev["rule"], text[ev["start"] : ev["end"]]) == ("header.weekday_date", evidence)


@pytest.mark.parametrize(
    "lang,text,expected",
    [  # a weekday-named day past the header gives only its year to the dates that lack one
        ("en", "Talks\n\na\nb\nc\nd\ne\nf\nThe vote is on Tuesday, June 8. Entries close on May 3.",
         [("Tuesday, June 8", "2027-06-08"), ("May 3", "2027-05-03")]),
        ("en", "Talks\n\na\nb\nc\nd\ne\nf\nThe vote is on Tuesday, June 9. Entries close on May 3.",
         [("Tuesday, June 9", "2026-06-09"), ("May 3", "2026-05-03")]),
    ],
)
def test_year_from_weekday(nlps, monkeypatch, lang, text, expected):
    monkeypatch.setattr(dates_module, "CLOCK", lambda: datetime.date(2026, 12, 6))
    assert dates(nlps[lang], text) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [  # a numbered edition of a fair with a fixed rhythm dates a text that writes no year
        ("zh", "11月5日至10日，第六届中国国际进口博览会在上海举行。今年参展企业增加。",
         [("11月5日至10日", "2023-11-05/2023-11-10"), ("今年", "2023")]),
        ("zh", "第一百三十五届廣交會4月15日開幕。", [("4月15日", "2024-04-15")]),  # twice a year
        ("zh", "9月12日，第14届中国—东盟博览会在南宁开幕。", [("9月12日", "2017-09-12")]),
        ("en", "On Nov. 6 the 7th CIIE opened; the 136th Canton Fair closes on Oct. 19.",
         [("Nov. 6", "2024-11-06"), ("Oct. 19", "2024-10-19")]),
        ("en", "The 5th China-Arab States Expo opens on Aug. 19.", [("Aug. 19", "2021-08-19")]),
        # a year the text writes is its own; an edition after `last year` is not the text's
        ("zh", "2025年4月，第六届进博会筹备启动。", [("2025年4月", "2025-04")]),
        ("zh", "去年第六届进博会期间，10月23日签约。", [("去年", "XXXX"), ("10月23日", "XXXX-10-23")]),
        ("en", "At the 3rd Hanover Fair on May 2 we met.", [("May 2", "XXXX-05-02")]),  # not listed
    ],
)
def test_year_from_edition(nlps, lang, text, expected):
    assert dates(nlps[lang], text) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The fair was staged on June 9 in Lisbon."),
        ("zh", "4月1日上午,会长会见了客人。"),
        ("en", "Talks\n\na\nb\nc\nd\ne\nLater on, 2020-01-02 was chosen."),
        ("en", "Talks\n\na\nb\nc\nd\ne\nEntries close on\nMarch 3, 2017 at noon."),
        ("en", "Talks\n\na\nb\nc\nd\ne\n" + "They met. " * 60 + "\nIn Lima, 3 June 2021, we met."),
        ("en", "x" * 500 + " 2020-01-02"),
    ],
)
def test_doc_date_not_inferred(nlps, lang, text):
    doc = run(nlps[lang], text)
    assert (doc._.doc_date, doc._.doc_date_source, doc._.doc_date_evidence) == (None, None, None)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The 2020 Expo opens on September 4. Guests came yesterday; more are due this year.",
         [("2020", "2020"), ("September 4", "2020-09-04"), ("yesterday", "XXXX-XX-XX"),
          ("this year", "2020")]),
        ("en", "Talks ran on May 3-4. A 2019 pact was signed. Trade rose in June.",
         [("May 3-4", "2019-05-03/2019-05-04"), ("2019", "2019"), ("June", "2019-06")]),
        ("zh", "6月13日至15日,代表团出席2018国际农业博览会。今年4月,双方曾在成都会面。去年双方签约。",
         [("6月13日至15日", "2018-06-13/2018-06-15"), ("2018", "2018"), ("今年4月", "2018-04"),
          ("去年", "2017")]),
        ("zh", "2015年双方建交,2019年续约。今年9月将举办论坛。", [("2015年", "2015"), ("2019年", "2019"),
                                                   ("今年9月", "2019-09")]),
        ("en", "The group aims to double output by 2030. Its plant opens on September 4.",
         [("2030", "2030"), ("September 4", "XXXX-09-04")]),  # a target is no text's year
        ("en", "Founded in 1998, Acme signed a deal on June 3.",
         [("1998", "1998"), ("June 3", "XXXX-06-03")]),
        ("zh", "115年10月訂單增長。明(116)年第1季仍有變數,將於12月20日公布。",
         [("115年10月", "2026-10"), ("明(116)年第1季", "2027-Q1"), ("12月20日", "2026-12-20")]),
        ("en", "OSLO, June 3 (Wire) -- Talks on the 2030 climate agenda opened on Monday.",
         [("June 3", "XXXX-06-03"), ("2030", "2030"), ("Monday", "XXXX-XX-XX")]),
        ("zh", "公司成立于1998年。6月3日,双方签约。", [("1998年", "1998"), ("6月3日", "XXXX-06-03")]),
        ("zh", "到2025年产值翻番。自2002年起连年增长。6月3日,双方签约。",
         [("2025年", "2025"), ("2002年", "2002"), ("6月3日", "XXXX-06-03")]),
        # a year of a plan, a birth or a founding event is no text's year either
        ("zh", "12月2日,项目签约,预计2028年投产。", [("12月2日", "XXXX-12-02"), ("2028年", "2028")]),
        ("zh", "11月28日,董事会聘任王明为总经理。王明,1971年出生。",
         [("11月28日", "XXXX-11-28"), ("1971年", "1971")]),
        ("zh", "12月4日,两市代表会面。两市于2018年缔结友好城市关系。",
         [("12月4日", "XXXX-12-04"), ("2018年", "2018")]),
        ("en", "Born in 1971, she took office on June 3.", [("1971", "1971"), ("June 3", "XXXX-06-03")]),
        # a clause a year opens and 之后/以来 closes names a reference point, not the text's year
        ("zh", "6月3日,双方签约。他说,在2018年那次考察之后,合作更加紧密。",
         [("6月3日", "XXXX-06-03"), ("2018年", "2018")]),
    ],
)
def test_named_year_without_document_date(nlps, lang, text, expected):
    """No date to count from: the year the text named last (before the first, the first)
    is the year of the dates that leave only their year implied."""
    assert dates(nlps[lang], text) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Sales rose 9% in May compared to the same month last year.",
         [("May", "2021-05"), ("the same month last year", "2020-05")]),
        ("en", "Profit in the second quarter beat the same period a year earlier.",
         [("the second quarter", "2021-Q2"), ("the same period a year earlier", "2020-Q2")]),
        ("en", "Output rose from the same period of last year.", [("the same period of last year",
                                                                "2020")]),
        ("en", "Costs fell last year, and by more than the year previous.",
         [("last year", "2020"), ("the year previous", "2019")]),
        ("zh", "1至5月,出口额比去年同期增长9%。", [("1至5月", "2021-01/2021-05"), ("去年同期", "2020-01/2020-05")]),
        ("zh", "5月份,销量较上年同月下降。", [("5月份", "2021-05"), ("上年同月", "2020-05")]),
        ("en", "Between January and March last year, we sold more; the same period this year",
         [("January and March last year", "2020-01/2020-03"),
          ("the same period this year", "2021-01/2021-03")]),
        ("zh", "去年1-3月出口增长，今年同期预计增长。",
         [("去年1-3月", "2020-01/2020-03"), ("今年同期", "2021-01/2021-03")]),
    ],
)
def test_same_period_a_year_earlier(nlps, lang, text, expected):
    """`the same month last year`, `去年同期`: what the text named last, a year earlier."""
    assert dates(nlps[lang], text, "2021-06-10") == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("zh", "论坛于去年3月、11月两次举办。", [("去年3月", "2020-03"), ("11月", "2020-11")]),
        ("zh", "双方将在今年5月和11月举办论坛。", [("今年5月", "2021-05"), ("11月", "2021-11")]),
        ("en", "Fairs were held on May 5, 2019 and June 7.",
         [("May 5, 2019", "2019-05-05"), ("June 7", "2019-06-07")]),
        ("en", "Sales fell in 2019. In the third quarter, they rose.",  # no list: the tense
         [("2019", "2019"), ("the third quarter", "2020-Q3")]),
    ],
)
def test_listed_dates_share_the_year(nlps, lang, text, expected):
    assert dates(nlps[lang], text, "2021-06-10") == expected


def test_given_doc_date_wins(nlps):
    doc = run(nlps["en"], "Updated: Jul 21, 2020. Talks this year.", "2021-01-05")
    assert doc._.doc_date_source == "given"
    assert [c.value for c in candidates(doc)] == ["2020-07-21", "2021"]


def test_attrs(nlps):
    doc = run(nlps["zh"], "11月17-19日", "2020-11-19")
    (c,) = candidates(doc)
    assert c.source == "zh.date.range_md"
    assert c.attrs["range"] is True and c.attrs["relative"] is False
    assert c.attrs["granularity"] == "day"


@pytest.mark.parametrize(
    "lang,unit",
    [
        ("zh", "4月"),
        ("zh", "年"),
        ("en", "2021 "),
        ("zh", "2021 "),
        ("en", "May 5 "),
        ("zh", "今年"),
    ],
)
def test_linear_on_1mb(nlps, lang, unit):
    # one token: the component reads characters, and jieba on 1 MB would dominate the test
    doc = Doc(nlps[lang].vocab, words=[unit * (1_000_000 // len(unit))])
    nlps[lang].get_pipe("pressner_normalizer")(doc)
    assert cpu_seconds(lambda: nlps[lang].get_pipe("pressner_dates")(doc)) < 20  # seconds


def test_full_pipeline(extractor):
    res = extractor.extract("On July 8 the council met.", lang="en", doc_date="2021-09-01")
    assert [(e.text, e.value, e.source) for e in res.entities if e.label == "DATE"] == [
        ("July 8", "2021-07-08", "en.date.mdy")
    ]


@pytest.mark.parametrize(
    "line,message",
    [
        ('{"id": "en.date.bad", "regex": "(?P<y>\\\\d{4}"}', "pattern en.date.bad"),
        ('{"id": "en.date.bad", "regex": "{{nokind}}"}', "pattern en.date.bad"),
        ('{"id": "en.date.bad"}', "dates.jsonl:2"),
    ],
)
def test_bad_pattern_file(tmp_path, line, message):
    from extractor.components.dates import DateRecognizer
    from extractor.errors import DataFileError

    root = pipeline.models_dir() / "en"
    (tmp_path / "dates.jsonl").write_text("# test\n" + line + "\n", encoding="utf-8")
    files = {
        "patterns": tmp_path / "dates.jsonl",
        "words": root / "date_words.tsv",
        "header": root / "date_header.tsv",
    }
    with pytest.raises(DataFileError, match=message):
        DateRecognizer(None, "pressner_dates").load(files)


@pytest.mark.parametrize("lang,table", [("en", EN), ("zh", ZH)])
def test_windows_change_nothing(nlps, lang, table):
    """Trying patterns only at their anchors finds exactly what a full scan finds."""
    comp = nlps[lang].get_pipe("pressner_dates")
    pad = "x " * 100 if lang == "en" else "会议" * 100
    text = pad.join(t for t, _, _ in table) + pad
    windowed = [(m.start, m.end, m.rule) for m in comp.matches(text)]
    comp.anchored = False
    try:
        full = [(m.start, m.end, m.rule) for m in comp.matches(text)]
    finally:
        comp.anchored = True
    assert windowed == full and len(full) >= len(table)
