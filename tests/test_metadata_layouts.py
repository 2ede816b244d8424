"""Metadata across site layouts: headers and footers as wire services and news sites write them.

A table of invented articles (copied from no site), each in the shape of a kind of site:
wire copy, broadcasters, tabloids, broadsheets, blogs, regional papers. Every case says what
the reader must find (title, authors, source, dateline, published, updated, site, deck) and
which lines are metadata; fields not named must come back empty, so a false positive fails
as loudly as a miss.

The header reader is tested directly (``extract_metadata`` with no chrome), so a chrome rule
cannot hide a header line from it; :func:`test_end_to_end` runs the same cases through
:func:`newsparse.parse`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

import newsparse
from newsparse._spans import split_lines
from newsparse._types import ParseOptions
from newsparse.metadata import extract_metadata

TITLE = "Council approves city budget after long debate"
FIRST = "The council voted on Tuesday to approve the budget, officials said."
LEDE = (
    "The city council voted on Tuesday to approve the budget after a debate that ran late "
    "into the night, officials said."
)
REST = (
    "Critics said the plan would raise taxes for most residents of the city.\n\n"
    "The mayor is expected to sign the measure into law later this week."
)
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))
PST = dt.timezone(dt.timedelta(hours=-8))
UTC = dt.UTC


class Case(NamedTuple):
    """One article: lines above the story, a prefix of its first line, lines below it."""

    id: str
    head: str
    lead: str = ""  # glued before the first body line (a dateline); metadata
    foot: str = ""
    first: str = FIRST  # the first body line, after ``lead``
    expect: dict[str, Any] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)
    loose: tuple[str, ...] = ()  # header lines that may be metadata or body (chrome)
    reference: dt.date | dt.datetime | None = None
    keep: tuple[str, ...] = ()  # lines below the story that are story, not metadata

    @property
    def text(self) -> str:
        parts = [self.head] if self.head else []
        parts.append(self.lead + self.first + "\n\n" + REST)
        if self.foot:
            parts.append(self.foot)
        return "\n\n".join(parts) + "\n"


def case(
    id_: str,
    head: str,
    *,
    lead: str = "",
    foot: str = "",
    first: str = FIRST,
    loose: tuple[str, ...] = (),
    reference: dt.date | dt.datetime | None = None,
    keep: tuple[str, ...] = (),
    **expect: Any,
) -> Case:
    expect.setdefault("title", TITLE if head.startswith(TITLE) else None)
    return Case(id_, head, lead, foot, first, expect, loose, reference, keep)


# -- wire copy and datelines ----------------------------------------------------------------

WIRE = [
    case("reuters place", TITLE, lead="WASHINGTON (Reuters) - ", dateline="WASHINGTON",
         source="Reuters"),
    case("reuters place and day", TITLE, lead="LONDON, March 3 (Reuters) - ",
         dateline="LONDON", source="Reuters"),
    case("ap credit alone", TITLE, lead="(AP) — ", source="AP"),
    case("ap place", TITLE, lead="NEW YORK (AP) — ", dateline="NEW YORK", source="AP"),
    case("afp place", TITLE, lead="PARIS (AFP) - ", dateline="PARIS", source="AFP"),
    case("cnn credit", TITLE, lead="(CNN) -- ", source="CNN"),
    case("cnn credit no dash", TITLE, lead="(CNN) ", source="CNN"),
    case("ordinary case place and dash", TITLE, lead="Washington — ", dateline="Washington"),
    case("ordinary case place and double hyphen", TITLE, lead="Kansas City -- ",
         dateline="Kansas City"),
    # A colon after a place in ordinary case is a dateline only before a whole paragraph:
    # "Sanders: Clinton needs to get away from all this." is a headline.
    case("ordinary case place and colon", TITLE, lead="Bengaluru: ", first=LEDE,
         dateline="Bengaluru"),
    case("speaker and colon is no dateline", "",
         first="Sanders: Clinton needs to get away from all this.", title=None),
    case("speaker and quotation is no dateline", TITLE,
         first="Trump: 'We are going to win so much, you will get tired of winning, believe "
         "me,' he told the crowd."),
    case("capitals place and colon", TITLE, lead="NEW DELHI: ", dateline="NEW DELHI"),
    case("xinhua place and day", TITLE, lead="BEIJING, Jan. 5 (Xinhua) -- ",
         dateline="BEIJING", source="Xinhua"),
    case("place with state", TITLE, lead="PELHAM, N.C. — ", dateline="PELHAM, N.C."),
    case("ordinary place with state", TITLE, lead="Springfield, Ill. — ",
         dateline="Springfield, Ill."),
    case("ordinary place with agency", TITLE, lead="Kiev (CNN) ", dateline="Kiev",
         source="CNN"),
    case("dpa place and day", TITLE, lead="BERLIN, 6 February (dpa) - ", dateline="BERLIN",
         source="dpa"),
    case("two-word capitals place", TITLE, lead="LOS ANGELES (Reuters) - ",
         dateline="LOS ANGELES", source="Reuters"),
    case("three-word capitals place", TITLE, lead="RIO DE JANEIRO (Reuters) - ",
         dateline="RIO DE JANEIRO", source="Reuters"),
    case("abbreviated place", TITLE, lead="ST. LOUIS (AP) — ", dateline="ST. LOUIS",
         source="AP"),
    case("place and country", TITLE, lead="SAN JUAN, Puerto Rico (AP) — ",
         dateline="SAN JUAN, Puerto Rico", source="AP"),
    case("two places", TITLE, lead="GENEVA/LONDON (Reuters) - ", dateline="GENEVA/LONDON",
         source="Reuters"),
    case("capitals place alone", TITLE, lead="LONDON — ", dateline="LONDON"),
    case("ordinary place, day and agency", TITLE, lead="Moscow, March 3 (Reuters) - ",
         dateline="Moscow", source="Reuters"),
    case("press release dateline", TITLE, lead="NEW YORK, Feb. 6, 2018 /PRNewswire/ -- ",
         dateline="NEW YORK", source="PRNewswire", published=dt.date(2018, 2, 6)),
    case("dateline with a whole date", TITLE, lead="WASHINGTON, Feb. 6, 2018 — ",
         dateline="WASHINGTON", published=dt.date(2018, 2, 6)),
    case("agency alone with em dash", TITLE, lead="(Reuters) — ", source="Reuters"),
    case("acronym and dash in a sentence", TITLE,
         first="FBI — the bureau that ran the inquiry — said on Tuesday the council acted "
         "within the law."),
    # Not datelines: a kicker, a label, a name before a dash in a sentence.
    case("kicker is no dateline", TITLE, first=f"UPDATE: {FIRST}"),
    case("label with colon is no dateline", TITLE, first=f"Background: {FIRST}"),
    case("name and dash in a sentence", TITLE, first="Obama — who spoke for an hour — "
         "said the plan was fair to most residents of the city."),
    case("acronym opening a sentence", TITLE, first="U.S. stocks fell on Tuesday after "
         "the council voted to approve the budget."),
]  # fmt: skip

# -- bylines ---------------------------------------------------------------------------------

BYLINES = [
    case("by two people", f"{TITLE}\nBy John Smith and Jane Doe",
         authors=("John Smith", "Jane Doe")),
    case("capitals and job after bar", f"{TITLE}\nBy JOHN SMITH | Staff Writer",
         authors=("John Smith",)),
    case("daily mail reporter", f"{TITLE}\nBy . Daily Mail Reporter .", source="Daily Mail"),
    case("name and job without by", f"{TITLE}\n\nJane Doe, Staff Writer",
         authors=("Jane Doe",)),
    case("name and agency", f"{TITLE}\n\nBy Jane Doe, Associated Press", authors=("Jane Doe",),
         source="AP"),
    case("written by", f"{TITLE}\n\nWritten by Jane Doe", authors=("Jane Doe",)),
    case("author label", f"{TITLE}\n\nAuthor: Jane Doe", authors=("Jane Doe",)),
    case("authors label", f"{TITLE}\n\nAuthors: Jane Doe and John Smith",
         authors=("Jane Doe", "John Smith")),
    case("name slash agency", f"{TITLE}\n\nJohn Smith / Reuters", authors=("John Smith",),
         source="Reuters"),
    case("name then job line", f"{TITLE}\n\nBy John Smith\nChief Political Correspondent",
         authors=("John Smith",)),
    case("name then bureau line", f"{TITLE}\n\nBy Jane Doe\nWashington Bureau Chief",
         authors=("Jane Doe",)),
    case("three with commas and and", f"{TITLE}\n\nBy Ann Lee, Bo Chan and Cy Diaz",
         authors=("Ann Lee", "Bo Chan", "Cy Diaz")),
    case("oxford comma", f"{TITLE}\n\nBy Ann Lee, Bo Chan, and Cy Diaz",
         authors=("Ann Lee", "Bo Chan", "Cy Diaz")),
    case("capitals and AND", f"{TITLE}\n\nBY JOHN SMITH AND JANE DOE",
         authors=("John Smith", "Jane Doe")),
    case("ampersand", f"{TITLE}\n\nBy Ann Lee & Bo Chan", authors=("Ann Lee", "Bo Chan")),
    case("name and broadcaster", f"{TITLE}\n\nBy Jane Doe, CNN", authors=("Jane Doe",),
         source="CNN"),
    case("name, job and outlet", f"{TITLE}\n\nBy Jane Doe, Senior Writer, The Daily Ledger",
         authors=("Jane Doe",), source="The Daily Ledger"),
    case("byline with date", f"{TITLE}\n\nBy Jane Doe on February 6, 2018",
         authors=("Jane Doe",), published=dt.date(2018, 2, 6)),
    case("posted by with date and time",
         f"{TITLE}\n\nPosted by Jane Doe on Feb 6, 2018 at 10:45 am", authors=("Jane Doe",),
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    case("name bar date", f"{TITLE}\n\nJane Doe | February 6, 2018", authors=("Jane Doe",),
         published=dt.date(2018, 2, 6)),
    case("byline job and date", f"{TITLE}\n\nBy John Smith, Staff Writer | Feb. 6, 2018",
         authors=("John Smith",), published=dt.date(2018, 2, 6)),
    case("honorific", f"{TITLE}\n\nBy Dr. Jane Doe", authors=("Jane Doe",)),
    case("middle initial and particle", f"{TITLE}\n\nBy Jane Q. van der Berg",
         authors=("Jane Q. van der Berg",)),
    case("byline with bullet and ago", f"{TITLE}\n\nBy John Smith • 2 hours ago",
         authors=("John Smith",)),
    case("agency byline", f"{TITLE}\n\nBy The Associated Press", source="AP"),
    case("staff byline", f"{TITLE}\n\nBy Ledger Staff", source="Ledger"),
    case("two people and agency", f"{TITLE}\n\nBy Jane Doe and John Smith, Reuters",
         authors=("Jane Doe", "John Smith"), source="Reuters"),
    case("name bar outlet", f"{TITLE}\n\nBy Jane Doe | The Daily Ledger",
         authors=("Jane Doe",), source="The Daily Ledger"),
    case("name then agency line", f"{TITLE}\n\nBy JANE DOE\nAssociated Press",
         authors=("Jane Doe",), source="AP"),
    case("name and the agency", f"{TITLE}\n\nBy Jane Doe, The Associated Press",
         authors=("Jane Doe",), source="AP"),
    case("story by", f"{TITLE}\n\nStory by Jane Doe", authors=("Jane Doe",)),
    case("words by", f"{TITLE}\n\nWords by Jane Doe", authors=("Jane Doe",)),
    case("byline then two date lines",
         f"{TITLE}\n\nBy Jane Doe\nPublished 10:45 AM EST Feb 6, 2018\n"
         "Updated 11:30 AM EST Feb 6, 2018", authors=("Jane Doe",),
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=EST),
         updated=dt.datetime(2018, 2, 6, 11, 30, tzinfo=EST)),
    case("name in place", f"{TITLE}\n\nJane Doe in Washington\nTue 6 Feb 2018 10.45 GMT",
         authors=("Jane Doe",), published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC)),
    case("two names in place",
         f"{TITLE}\n\nJane Doe and John Smith in Washington\nTue 6 Feb 2018 10.45 GMT",
         authors=("Jane Doe", "John Smith"),
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC)),
    case("subhead in place is no byline", f"{TITLE}\n\nStorm Damage in Florida",
         keep=("Storm Damage in Florida",)),
    case("two jobs", f"{TITLE}\n\nBy Jane Doe, Staff Writer, and John Smith, Correspondent",
         authors=("Jane Doe", "John Smith")),
    case("name bar job", f"{TITLE}\n\nJane Doe | Staff Writer", authors=("Jane Doe",)),
    case("written by bar published",
         f"{TITLE}\n\nWritten by Jane Doe | Published February 6, 2018",
         authors=("Jane Doe",), published=dt.date(2018, 2, 6)),
    case("name and handle", f"{TITLE}\n\nBy Jane Doe @janedoe", authors=("Jane Doe",)),
    case("name for domain", f"{TITLE}\n\nBy JANE DOE FOR DAILYLEDGER.COM",
         authors=("Jane Doe",), source="dailyledger.com"),
    case("name and outlet reporter", f"{TITLE}\n\nBy Jane Doe, Daily Mail Reporter",
         authors=("Jane Doe",), source="Daily Mail"),
    case("agency staff", f"{TITLE}\n\nBy Reuters Staff", source="Reuters"),
    case("name, agency and beat without commas",
         f"{TITLE}\n\nBy JOHN SMITH AP Economics Writer", authors=("John Smith",),
         source="AP"),
    case("name then agency without comma", f"{TITLE}\n\nBy JANE DOE Associated Press",
         authors=("Jane Doe",), source="AP"),
    case("two names and plural job", f"{TITLE}\n\nBy Jane Doe and John Smith, Staff Writers",
         authors=("Jane Doe", "John Smith")),
    case("two names bar plural job", f"{TITLE}\n\nBy Jane Doe and John Smith | Staff Writers",
         authors=("Jane Doe", "John Smith")),
    case("by name in place", f"{TITLE}\n\nBy Jane Doe in London", authors=("Jane Doe",)),
    case("name and the agency joined by and",
         f"{TITLE}\n\nBy Jane Doe and The Associated Press", authors=("Jane Doe",),
         source="AP"),
    # Header lines of segments set apart by bars or bullets: every segment a name, a job,
    # a date, a reading time or a counter.
    case("name, date and reading time", f"{TITLE}\n\nJane Doe | Feb 6, 2018 | 3 min read",
         authors=("Jane Doe",), published=dt.date(2018, 2, 6)),
    case("posted by, date and comments",
         f"{TITLE}\n\nPosted by Jane Doe • February 6, 2018 • 5 Comments",
         authors=("Jane Doe",), published=dt.date(2018, 2, 6)),
    case("name, job and date in segments",
         f"{TITLE}\n\nJane Doe · Senior Writer · Feb 6, 2018", authors=("Jane Doe",),
         published=dt.date(2018, 2, 6)),
    case("agency staff alone", f"{TITLE}\n\nReuters Staff\n\n3 Min Read", source="Reuters"),
    case("segments that are a story are no header", TITLE,
         first="Taxes | the mayor said | will rise for most residents of the city this year."),
    # Not bylines: story sentences that open with "By" or a name and a comma.
    case("by the time sentence", TITLE, first="By the time the council voted on Tuesday, "
         "most residents had left the hall."),
    case("by a year sentence", TITLE, first="By 2020, the city will have spent $3 million "
         "on the new hall, officials said."),
    case("name and apposition sentence", TITLE, first="John Smith, a reporter for the paper, "
         "said the council had voted on Tuesday."),
]  # fmt: skip

# -- dates -------------------------------------------------------------------------------------

DATES = [
    case("tabloid published and updated bar",
         f"{TITLE}\n\nPUBLISHED: 10:45 EST, 5 March 2013 | UPDATED: 12:01 EST, 6 March 2013",
         published=dt.datetime(2013, 3, 5, 10, 45, tzinfo=EST),
         updated=dt.datetime(2013, 3, 6, 12, 1, tzinfo=EST)),
    case("broadcaster published ET winter",
         f"{TITLE}\n\nPublished 6:02 PM ET, Tue February 6, 2018",
         published=dt.datetime(2018, 2, 6, 18, 2, tzinfo=EST)),
    case("broadcaster updated ET summer",
         f"{TITLE}\n\nUpdated 9:15 AM ET, Mon July 2, 2018",
         updated=dt.datetime(2018, 7, 2, 9, 15, tzinfo=EDT)),
    case("pacific time", f"{TITLE}\n\nFeb. 6, 2018 10:45 a.m. PT",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=PST)),
    case("four digit time with zones", f"{TITLE}\n\nUpdated 0739 GMT (1539 HKT) February 6, 2018",
         updated=dt.datetime(2018, 2, 6, 7, 39, tzinfo=UTC)),
    case("date at time", f"{TITLE}\n\nFebruary 6, 2018 at 3:45 pm",
         published=dt.datetime(2018, 2, 6, 15, 45)),  # noqa: DTZ001 (no zone named)
    case("day month bullet time", f"{TITLE}\n\n6 February 2018 • 10:45am",
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    case("iso stamp", f"{TITLE}\n\n2018-02-06T10:45:00Z",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC)),
    case("weekday settles numeric order", f"{TITLE}\n\nTue, 09/10/2012 - 22:34",
         published=dt.datetime(2012, 10, 9, 22, 34)),  # noqa: DTZ001 (no zone named)
    case("posted on", f"{TITLE}\n\nPosted on Feb 6, 2018", published=dt.date(2018, 2, 6)),
    case("last updated only", f"{TITLE}\n\nLast updated: 6 Feb 2018",
         updated=dt.date(2018, 2, 6)),
    case("first published dotted time",
         f"{TITLE}\n\nFirst published on Tue 6 Feb 2018 10.45 GMT",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC)),
    case("date, time and relative update",
         f"{TITLE}\n\nFeb. 6, 2018 / 10:45 AM / Updated 2 hours ago",
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    case("relative update with reference",
         f"{TITLE}\n\nFeb. 6, 2018 / 10:45 AM / Updated 2 hours ago",
         reference=dt.datetime(2018, 2, 6, 15, 0),  # noqa: DTZ001 (a naive reference)
         published=dt.datetime(2018, 2, 6, 10, 45),  # noqa: DTZ001 (no zone named)
         updated=dt.datetime(2018, 2, 6, 13, 0)),  # noqa: DTZ001 (no zone named)
    case("hours ago without reference", f"{TITLE}\n\nPublished 3 hours ago"),
    case("hours ago with reference", f"{TITLE}\n\nPublished 3 hours ago",
         reference=dt.datetime(2018, 2, 6, 15, 0),  # noqa: DTZ001 (a naive reference)
         published=dt.datetime(2018, 2, 6, 12, 0)),  # noqa: DTZ001 (no zone named)
    case("yesterday with reference", f"{TITLE}\n\nBy Jane Doe\nYesterday",
         reference=dt.date(2018, 2, 7), authors=("Jane Doe",),
         published=dt.date(2018, 2, 6)),
    case("relative weekday with reference", f"{TITLE}\n\nPublished Tuesday",
         reference=dt.date(2018, 2, 8), published=dt.date(2018, 2, 6)),
    case("relative weekday and time with reference", f"{TITLE}\n\nUpdated Tuesday 3:45 PM",
         reference=dt.date(2018, 2, 8),
         updated=dt.datetime(2018, 2, 6, 15, 45)),  # noqa: DTZ001 (no zone named)
    case("relative weekday without reference", f"{TITLE}\n\nPublished Tuesday"),
    case("ambiguous IST stays naive", f"{TITLE}\n\nPublished 3:45 PM IST, 6 February 2018",
         published=dt.datetime(2018, 2, 6, 15, 45)),  # noqa: DTZ001 (IST is ambiguous)
    case("eastern standard", f"{TITLE}\n\nFeb 6, 2018 10:45 AM EST",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=EST)),
    case("dotted numeric day first", f"{TITLE}\n\n06.02.2018 10:45",
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    case("date label", f"{TITLE}\n\nDate: 2018-02-06", published=dt.date(2018, 2, 6)),
    case("published and updated labels",
         f"{TITLE}\n\nPublished: Feb 6, 2018 | Updated: Feb 7, 2018",
         published=dt.date(2018, 2, 6), updated=dt.date(2018, 2, 7)),
    case("updated ET only", f"{TITLE}\n\nUpdated: February 6, 2018 3:45 PM ET",
         updated=dt.datetime(2018, 2, 6, 15, 45, tzinfo=EST)),
    case("weekday long form", f"{TITLE}\n\nTuesday 6 February 2018 10.45 GMT",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC)),
    case("date alone", f"{TITLE}\n\nFeb 6, 2018", published=dt.date(2018, 2, 6)),
    case("weekday, date and time", f"{TITLE}\n\nTuesday, February 6, 2018 10:45 AM",
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    case("published and updated with times",
         f"{TITLE}\n\nFebruary 6, 2018 10:45 AM EST | Updated February 7, 2018 9:00 AM EST",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=EST),
         updated=dt.datetime(2018, 2, 7, 9, 0, tzinfo=EST)),
    case("time before date", f"{TITLE}\n\nUpdated: 6:02 PM EST Feb 6, 2018",
         updated=dt.datetime(2018, 2, 6, 18, 2, tzinfo=EST)),
    case("posted date slash time", f"{TITLE}\n\nPosted: Feb 6, 2018 / 06:02 PM EST",
         published=dt.datetime(2018, 2, 6, 18, 2, tzinfo=EST)),
    case("last modified with zone",
         f"{TITLE}\n\nLast Modified: Tuesday, 6 February 2018, 10:45 CET",
         updated=dt.datetime(2018, 2, 6, 10, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
    case("iso with space and seconds", f"{TITLE}\n\n2018-02-06 10:45:00",
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    # "02/06/2018" reads as 2 June or 6 February: left out, but the line is still a date
    # line, never a headline or a deck.
    case("ambiguous numeric date line", f"{TITLE}\n\nPublished 02/06/2018"),
    case("day without a year", f"{TITLE}\n\nUpdated Feb. 6"),
    case("first published and last modified on one line",
         f"{TITLE}\n\nFirst published on Tue 6 Feb 2018 10.45 GMT Last modified on Tue 6 Feb "
         "2018 11.30 GMT", published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC),
         updated=dt.datetime(2018, 2, 6, 11, 30, tzinfo=UTC)),
    # A day and a time without a year: a date line; its year comes from the reference
    # (the latest such day on or before it), else it gives no date.
    case("day without year under byline", f"{TITLE}\n\nBy Jane Doe\nFebruary 6 at 10:45 AM",
         authors=("Jane Doe",)),
    case("day without year and reference",
         f"{TITLE}\n\nBy Jane Doe\nFebruary 6 at 10:45 AM", authors=("Jane Doe",),
         reference=dt.date(2018, 2, 8),
         published=dt.datetime(2018, 2, 6, 10, 45)),  # noqa: DTZ001 (no zone named)
    case("published and updated without separator",
         f"{TITLE}\n\nPublished Feb 6, 2018 Updated Feb 7, 2018",
         published=dt.date(2018, 2, 6), updated=dt.date(2018, 2, 7)),
    case("date then lower-case updated", f"{TITLE}\n\nFeb 6, 2018, updated Feb 7, 2018",
         published=dt.date(2018, 2, 6), updated=dt.date(2018, 2, 7)),
    case("year alone is no date", f"{TITLE}\n\nBy Jane Doe\n2018", authors=("Jane Doe",),
         loose=("2018",)),
    case("date in story is not published", TITLE,
         first="On February 6, 2018, the council voted to approve the budget, officials said."),
    case("date after reference is dropped", f"{TITLE}\n\nFeb 9, 2018",
         reference=dt.date(2018, 2, 8), loose=("Feb 9, 2018",)),
]  # fmt: skip

LEDE_LINE = "Residents say the plan would raise property taxes for most homeowners in the city."
STANDFIRST = (
    "The council's plan would raise property taxes for most homeowners in the city, critics say"
)

# -- titles, section labels, kickers, decks -----------------------------------------------------

TITLES = [
    case("headline alone", TITLE),
    case("site line above", f"The Daily Ledger\n{TITLE}\nBy Jane Doe", authors=("Jane Doe",),
         title=TITLE, loose=("The Daily Ledger",)),
    case("unknown site name above", f"The Ledger\n{TITLE}\nBy Jane Doe", authors=("Jane Doe",),
         title=TITLE, loose=("The Ledger",)),
    case("one-word section above", f"Brexit\n\n{TITLE}", title=TITLE, loose=("Brexit",)),
    case("short headline over its byline", "Budget Passes\n\nBy Jane Doe",
         title="Budget Passes", authors=("Jane Doe",)),
    case("section label above", f"Politics\n\n{TITLE}\n\nBy Jane Doe", authors=("Jane Doe",),
         title=TITLE, loose=("Politics",)),
    case("two word section above", f"World News\n{TITLE}", title=TITLE, loose=("World News",)),
    case("opinion label above", f"Opinion\n\n{TITLE}\n\nBy Jane Doe", authors=("Jane Doe",),
         title=TITLE, loose=("Opinion",)),
    case("capitals section above", f"WORLD NEWS\n{TITLE}", title=TITLE,
         loose=("WORLD NEWS",)),
    case("headline in capitals", "COUNCIL APPROVES CITY BUDGET AFTER LONG DEBATE",
         title="COUNCIL APPROVES CITY BUDGET AFTER LONG DEBATE"),
    case("trailing site after dash", f"{TITLE} - The Daily Ledger", title=TITLE,
         site="The Daily Ledger"),
    case("trailing site after bar", f"{TITLE} | Ledger Online", title=TITLE,
         site="Ledger Online"),
    case("trailing site named by the copyright", f"{TITLE} | The Ledger", title=TITLE,
         foot="© 2018 The Ledger. All rights reserved.", site="The Ledger"),
    case("dash inside headline kept", "Liberals agree – the mayor was right on taxes",
         title="Liberals agree – the mayor was right on taxes"),
    case("kicker above", f"EXCLUSIVE\n{TITLE}", title=TITLE, loose=("EXCLUSIVE",)),
    case("labelled promotion above", f"Trending: Markets Rally! Stocks Soar!\n\n{TITLE}",
         title=TITLE, loose=("Trending: Markets Rally! Stocks Soar!",)),
    case("ordinary case label is no dateline", TITLE, first=f"Headline: {FIRST}"),
    case("kicker with colon above", f"Analysis:\n{TITLE}", title=TITLE, loose=("Analysis:",)),
    case("deck under headline", f"{TITLE}\n\nThe plan would raise property taxes for most "
         "homeowners in the city, critics say\n\nBy Jane Doe", authors=("Jane Doe",),
         deck="The plan would raise property taxes for most homeowners in the city, critics say"),
    case("headline-shaped deck under headline", f"{TITLE}\nVote Comes After Months Of Debate "
         "Over Property Taxes\nBy Jane Doe", authors=("Jane Doe",),
         deck="Vote Comes After Months Of Debate Over Property Taxes"),
    case("deck with full stop", f"{TITLE}\n\nThe vote came after months of debate over "
         "property taxes.\n\nBy Jane Doe | Feb 6, 2018", authors=("Jane Doe",),
         published=dt.date(2018, 2, 6),
         deck="The vote came after months of debate over property taxes."),
    # A standfirst with no headline over it is never the title. Over a first paragraph
    # shorter than itself it may be a long lede, so it stays in the body (losing a story
    # line is worse than keeping a deck).
    case("sentence deck above title-case headline",
         "Residents say the plan would raise property taxes for most homeowners in the city\n\n"
         "Council Approves City Budget After Long Debate\n\nBy Jane Doe",
         title="Council Approves City Budget After Long Debate", authors=("Jane Doe",),
         deck="Residents say the plan would raise property taxes for most homeowners in the "
         "city"),
    case("sentence-case headline over a byline with a date",
         "Council approves the city budget after a long debate over property taxes\n\n"
         "By Jane Doe , Wednesday 7 February 2018", authors=("Jane Doe",),
         title="Council approves the city budget after a long debate over property taxes",
         published=dt.date(2018, 2, 7)),
    # A sentence with a full stop over a title-case line is kept as the story's first
    # paragraph: a lede over a subhead or a related link reads the same.
    case("lede over a title-case line", f"{LEDE_LINE}\n\nWhat Happens Next For The Budget",
         title=None, keep=(LEDE_LINE, "What Happens Next For The Budget")),
    case("title-case headline of two sentences",
         "Reckless! Council Just Made A Bold Budget Move You Won't Believe",
         title="Reckless! Council Just Made A Bold Budget Move You Won't Believe"),
    case("long sentence-case headline", "Council approves the city budget after a long debate "
         "over property taxes, as the mayor promises relief",
         title="Council approves the city budget after a long debate over property taxes, as "
         "the mayor promises relief"),
    case("standfirst without headline", STANDFIRST, title=None,
         loose=(STANDFIRST,)),
    case("standfirst over a long lede", STANDFIRST, title=None,
         first="The council voted on Tuesday to approve the budget after a debate that ran "
         "late into the night, officials said.",
         deck=STANDFIRST),
    case("story only", "", title=None),
    case("byline without headline", "By Jane Doe", title=None, authors=("Jane Doe",)),
    case("date over headline", f"February 6, 2018\n\n{TITLE}\n\nBy Jane Doe",
         title=TITLE, authors=("Jane Doe",), published=dt.date(2018, 2, 6)),
    case("headline, byline and wire dateline lede", f"{TITLE}\nBy Jane Doe, Associated Press",
         lead="NEW YORK (AP) — ", authors=("Jane Doe",), source="AP", dateline="NEW YORK"),
    case("short first sentence is no title", "", first="It was a cold morning.", title=None),
    case("question headline", "Will the council raise taxes again next year?",
         title="Will the council raise taxes again next year?"),
    case("quoted headline", "'We will not back down,' mayor says of budget",
         title="'We will not back down,' mayor says of budget"),
    case("headline with kicker", "BREAKING: Council approves city budget after long debate",
         title="BREAKING: Council approves city budget after long debate"),
    case("headline with video tag", f"{TITLE} (VIDEO)", title=f"{TITLE} (VIDEO)"),
    case("headline ending in abbreviation", "Council approves budget for Washington, D.C.",
         title="Council approves budget for Washington, D.C."),
]  # fmt: skip

CLAUSE = (
    "Although Smith is not yet a candidate, the senator has said he would run for mayor if "
    "the budget failed."
)
PERSON_LINE = "Jane Doe is a teacher who has lived in the city for twenty years, she said."
CONTRIBUTION = (
    "Residents who contributed to the fund said they would ask for their money back if the "
    "plan went ahead."
)
CORRECTION = "An earlier version of this article misstated the date of the council's vote."
BY_THEN = "By then, the council had left."
MOJIBAKE = "It's a clichÃ© that the budget always passes, the mayor said."
COPYRIGHT_TALK = (
    "Copyright law was not part of the debate, though several members raised it in passing."
)

# -- footers ------------------------------------------------------------------------------------

FOOTERS = [
    case("ap copyright", TITLE, foot="© 2018 The Associated Press. All rights reserved.",
         source="AP"),
    case("reuters copyright", TITLE, foot="Copyright 2017 Reuters", source="Reuters"),
    case("site copyright", TITLE, foot="© 2018 The Daily Ledger. All rights reserved.",
         site="The Daily Ledger"),
    case("originally appeared", TITLE,
         foot="This article originally appeared on The Daily Ledger", source="The Daily Ledger"),
    case("appeared first on", TITLE,
         foot=f"The post {TITLE} appeared first on Ledger Online.", site="Ledger Online"),
    case("reporting and editing", TITLE,
         foot="Reporting by Jane Doe; Editing by John Smith"),
    case("bracketed reporting and editing", TITLE,
         foot="(Reporting by Jane Doe in London; Editing by John Smith)"),
    case("additional reporting", TITLE,
         foot="Additional reporting by Ann Lee in Paris and Bo Chan in Berlin"),
    case("contributed with dash", TITLE, foot="— Jane Doe contributed to this report."),
    case("agency contributed", TITLE, foot="The Associated Press contributed to this report.",
         source="AP"),
    case("dash sign-off", TITLE, foot="— Jane Doe", authors=("Jane Doe",)),
    case("follow line", TITLE, foot="Follow Jane Doe on Twitter: @janedoe",
         authors=("Jane Doe",), loose=("Follow Jane Doe on Twitter: @janedoe",)),
    case("bio line", TITLE, foot="Jane Doe is a staff writer covering city hall for the "
         "Daily Ledger.", authors=("Jane Doe",)),
    case("reached at", TITLE, foot="Jane Doe can be reached at jdoe@ledger.example.com.",
         authors=("Jane Doe",)),
    case("contact author", TITLE, foot="Contact Jane Doe at jdoe@ledger.example.com.",
         authors=("Jane Doe",)),
    case("writes about bio", TITLE, foot="Jane Doe writes about city hall for the Ledger.",
         authors=("Jane Doe",)),
    case("wire sign-off", TITLE, foot="Reuters", source="Reuters"),
    case("dash wire sign-off", TITLE, foot="— Reuters", source="Reuters"),
    case("bracketed wire sign-off", TITLE, foot="(Reuters)", source="Reuters"),
    case("copyright symbol and word", TITLE, foot="Copyright © 2018 The Daily Ledger",
         site="The Daily Ledger"),
    case("copyright holder then year", TITLE, foot="© Reuters 2018", source="Reuters"),
    case("rights then copyright", TITLE,
         foot="All rights reserved. © 2018 The Daily Ledger", site="The Daily Ledger"),
    case("story originally published by", TITLE,
         foot="This story was originally published by The Daily Ledger.",
         source="The Daily Ledger"),
    case("republished with permission", TITLE,
         foot="Republished with permission from The Daily Ledger.",
         source="The Daily Ledger"),
    case("editing alone", TITLE, foot="Editing by John Smith"),
    case("bio with follow", TITLE, foot="Jane Doe is the Ledger's Washington correspondent. "
         "Follow her on Twitter @janedoe.", authors=("Jane Doe",)),
    case("source label", TITLE, foot="Source: Reuters", source="Reuters"),
    case("date at the foot", TITLE, foot="Published February 6, 2018",
         published=dt.date(2018, 2, 6)),
    case("byline at the foot", TITLE, foot="By Jane Doe", authors=("Jane Doe",)),
    case("bare date at the foot is no publication date", TITLE,
         foot=f"{CORRECTION}\n\nFriday, February 9, 2018.", keep=(CORRECTION,),
         loose=("Friday, February 9, 2018.",)),
    case("story line opening with by at the foot", TITLE, foot=BY_THEN, keep=(BY_THEN,)),
    # Story lines at the foot that look like footers: none is metadata.
    case("clause is no bio", TITLE, foot=CLAUSE, keep=(CLAUSE,)),
    case("person in the story is no bio", TITLE, foot=PERSON_LINE, keep=(PERSON_LINE,)),
    case("contribution in the story", TITLE, foot=CONTRIBUTION, keep=(CONTRIBUTION,)),
    case("copyright in the story", TITLE, foot=COPYRIGHT_TALK, keep=(COPYRIGHT_TALK,)),
    case("mojibake copyright sign in the story", TITLE, foot=MOJIBAKE, keep=(MOJIBAKE,)),
]  # fmt: skip

# -- whole headers ------------------------------------------------------------------------------

WHOLE = [
    case("wire story header", f"{TITLE}\n\nBy Jane Doe\n\n6 Min Read\n\nFeb 6, 2018",
         lead="WASHINGTON (Reuters) - ", foot="Reporting by Jane Doe; Editing by John Smith",
         authors=("Jane Doe",), source="Reuters", dateline="WASHINGTON",
         published=dt.date(2018, 2, 6), loose=("6 Min Read",)),
    case("tabloid header",
         f"{TITLE}\n\nBy . Daily Mail Reporter .\n\nPUBLISHED: 10:45 EST, 5 March 2013 | "
         "UPDATED: 12:01 EST, 6 March 2013", source="Daily Mail",
         published=dt.datetime(2013, 3, 5, 10, 45, tzinfo=EST),
         updated=dt.datetime(2013, 3, 6, 12, 1, tzinfo=EST)),
    case("broadcaster header",
         f"{TITLE}\n\nBy Jane Doe, CNN\n\nUpdated 0739 GMT (1539 HKT) February 6, 2018",
         lead="(CNN) ", authors=("Jane Doe",), source="CNN",
         updated=dt.datetime(2018, 2, 6, 7, 39, tzinfo=UTC)),
    case("broadsheet header",
         f"Politics\n{TITLE}\nThe vote came after months of debate over property taxes\n"
         "Jane Doe\nFirst published on Tue 6 Feb 2018 10.45 GMT", authors=("Jane Doe",),
         title=TITLE, loose=("Politics",),
         deck="The vote came after months of debate over property taxes",
         published=dt.datetime(2018, 2, 6, 10, 45, tzinfo=UTC)),
    case("blog header", f"{TITLE}\n\nPosted on February 6, 2018 by janedoe",
         authors=("janedoe",), published=dt.date(2018, 2, 6)),
    case("regional header", f"{TITLE}\n\nBy JOHN SMITH\nStaff Writer\n\nFeb 6, 2018",
         lead="Springfield, Ill. — ", authors=("John Smith",), dateline="Springfield, Ill.",
         published=dt.date(2018, 2, 6)),
]  # fmt: skip

CASES = WIRE + BYLINES + DATES + TITLES + FOOTERS + WHOLE

FIELDS = ("title", "authors", "source", "dateline", "published", "updated", "site", "deck")
DEFAULTS: dict[str, Any] = {"authors": ()}


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def _check(c: Case, metadata: newsparse.Metadata, spans: list[tuple[int, int]]) -> None:
    for field in FIELDS:
        want = c.expect.get(field, DEFAULTS.get(field))
        got = getattr(metadata, field)
        assert got == want, f"{field}: {got!r} != {want!r}"
        if isinstance(want, dt.datetime):
            assert isinstance(got, dt.datetime)
            assert (got.tzinfo is None) == (want.tzinfo is None), f"{field}: zone"
        elif isinstance(want, dt.date):
            assert not isinstance(got, dt.datetime), f"{field}: a day, not a time"
    text = c.text
    for *_, first, last in split_lines(text):
        if first == last:
            continue
        raw = text[first:last]
        if raw in c.loose:
            continue
        covered = _covered(spans, first, last)
        if raw.startswith(c.lead + c.first):
            assert covered == len(c.lead.rstrip()) or covered == len(c.lead), (
                f"only the dateline is metadata: {raw!r}"
            )
        elif raw in REST or raw in c.keep:
            assert covered == 0, f"story line taken as metadata: {raw!r}"
        else:
            assert covered * 2 >= len(raw), f"header or footer line left in the body: {raw!r}"


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_layout(c: Case) -> None:
    text = c.text
    options = ParseOptions(reference=c.reference)
    metadata, spans = extract_metadata(text, split_lines(text), (), options)
    _check(c, metadata, [(s.start, s.end) for s in spans])


# Cases whose header line the chrome rules set aside before the metadata reader sees it,
# marked xfail (not strict) while they do. Empty since chrome.py spares header lines
# (dates, bylines, credits) from its menu, tag, counter and photo-credit rules: twelve
# cases failed end to end before that ("By JOHN SMITH | Staff Writer", "PUBLISHED: ... |
# UPDATED: ...", "John Smith / Reuters" and the like).
CHROME_CONFLICTS: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    "c",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason="chrome takes the line", strict=False))
        if c.id in CHROME_CONFLICTS
        else c
        for c in CASES
    ],
    ids=[c.id for c in CASES],
)
def test_end_to_end(c: Case) -> None:
    """Through parse(): the same fields, and no header or footer line in the body."""
    text = c.text
    article = newsparse.parse(text, options=ParseOptions(reference=c.reference))
    spans = [(p.start, p.end) for p in article.paragraphs]
    for field in FIELDS:
        want = c.expect.get(field, DEFAULTS.get(field))
        assert getattr(article.metadata, field) == want, field
    for *_, first, last in split_lines(text):
        raw = text[first:last]
        if first == last or raw in c.loose or raw.startswith(c.lead + c.first) or raw in REST:
            continue
        if raw in c.keep:
            assert _covered(spans, first, last) * 2 >= len(raw), f"lost: {raw!r}"
            continue
        assert _covered(spans, first, last) * 2 < len(raw), f"in the body: {raw!r}"


HOSTILE = [
    ("many bylines", "By Jane Doe and John Smith\n" * 2000),
    ("many date lines", "Published 6:02 PM ET, Tue February 6, 2018\n" * 2000),
    ("many segments", "Jane Doe | Feb 6, 2018 | " * 2000),
    ("many labels", "Politics\n" * 2000 + TITLE),
    ("long dateline line", "Washington — The " + "council voted " * 5000),
    ("long bio line", "Jane Doe is a writer " + "and more " * 5000),
    ("copyright signs", "© " * 5000),
    ("yearless days", "February 6 at 10:45 AM\n" * 2000),
    ("wire times", "0739 GMT (1539 HKT) " * 2000),
]


@pytest.mark.parametrize("text", [row[1] for row in HOSTILE], ids=[row[0] for row in HOSTILE])
def test_hostile_headers_and_footers(text: str) -> None:
    """Header-shaped input in bulk: no exception, and every span lies inside the text."""
    options = ParseOptions(reference=dt.datetime(2018, 2, 8, 12, 0))  # noqa: DTZ001 (naive)
    metadata, spans = extract_metadata(text, split_lines(text), (), options)
    assert all(0 <= s.start <= s.end <= len(text) for s in spans)
    assert all(e.text == text[e.start : e.end] for e in metadata.evidence)
