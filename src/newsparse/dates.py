"""Dates: find and read the dates in a stretch of text, with honest precision.

The only module that calls ``dateutil``. Nothing here reads the clock: a missing field stays
missing (a year alone is a year, not 1 January; a day without a year is no date at all),
and relative dates ("2 hours ago", "Yesterday") need an explicit ``ParseOptions.reference``.

The grammar is a handful of date shapes (ISO stamps, day-month-year, month-day-year, numeric,
month-year), each optionally preceded by a weekday and followed or preceded by a time with
an optional zone abbreviation ("10:45 EST", "10.45 GMT", the wire's "0739 GMT"). Numeric
dates are read day-first or month-first as ``ParseOptions.day_first`` says, else as the
weekday before them fits ("Tue, 09/10/2012" is 9 October, a Tuesday), else as another
numeric date in the same stretch settles it (a component above 12), else left out.

Zones: the unambiguous abbreviations (EST, GMT, CET, ...) give aware times. "ET",
"CT", "MT" and "PT" (US-centred copy that does not say standard or daylight) are settled by
the date, with the United States daylight-saving rules; "IST" (India, Ireland or Israel)
stays naive. Every match is bounded, so finding the dates of a stretch is linear in its
length.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import regex

from newsparse._calendar import us_daylight, weekday_order
from newsparse._meta_lexicon import (
    MONTHS,
    RELATIVE_UNITS,
    RELATIVE_WEEKDAYS,
    US_ZONES,
    WEEKDAYS,
    ZONES,
)
from newsparse._patterns import lazy_build, lazy_compile, lazy_tries
from newsparse._types import DateValue, ParseOptions, Precision
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["find_dates", "parse_date"]


def __dir__() -> list[str]:
    return __all__


# The word lists are matched as tries (``lazy_tries``): a named list under IGNORECASE
# costs a folded set look-up of every length at every position tried (a microsecond a
# character on a line of times and numbers), a trie rejects a position on its first
# character and matches the same words, longest first ("September" before "Sep").
# Zone abbreviations are matched in capitals only: "est" is a French word, "sun" a noun.
_ZONE_LIST = tuple(z.upper() for z in ZONES if z != "z")

# The date shapes. Each alternative has its own groups; the weekday before any of them is
# optional and only widens the span. Letters may not touch a match on either side.
_DATE_RE = lazy_tries(
    r"""
    (?<![\p{L}\p{N}])
    (?:(?P<weekday>\L<weekdays>)\.?,?[\ \t\u00a0]{1,3})?
    (?:
        # ISO 8601 and its slashed cousin: 2018-02-06, 2018/02/06, with an optional
        # "T14:05:00+02:00" time glued on (read by _TIME_AFTER_RE).
        (?P<iy>\d{4})(?P<isep>[-/])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?!\d)
      |
        # Day month year: "6 Feb 2018", "6th of February, 2018", "6. Februar 2018".
        (?P<d1>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?[\ \t\u00a0]{0,3}
        (?:of[\ \t\u00a0]{1,3}|de[\ \t\u00a0]{1,3})?
        (?P<m1>\L<months>)(?!\p{L})\.?,?[\ \t\u00a0]{1,3}(?:de[\ \t\u00a0]{1,3})?(?P<y1>\d{4})(?!\d)
      |
        # Month day, year: "Feb. 6, 2018", "February 6th 2018".
        (?P<m2>\L<months>)(?!\p{L})\.?[\ \t\u00a0]{1,3}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)
        ,?[\ \t\u00a0]{1,3}(?P<y2>\d{4})(?!\d)
      |
        # Numeric: 09/10/2012, 9.10.2012, 09-10-2012 (order settled later; four-digit
        # years only, because a two-digit year needs a century the text does not give).
        (?P<a3>[0-3]?\d)(?P<nsep>[-/.])(?P<b3>[0-3]?\d)(?P=nsep)(?P<y3>\d{4})(?!\d)
      |
        # Month and year: "January 2015" (month precision; the month is capitalised, so
        # "may 2018" in running text is not one).
        (?P<m4>\L<months>)(?!\p{L})\.?,?[\ \t\u00a0]{1,3}(?P<y4>\d{4})(?!\d)
    )
    # No letter or digit may follow, except the "T" of an ISO time.
    (?!\p{N})(?:(?<=\d)(?=T\d)|(?!\p{L}))
    """,
    regex.VERBOSE | regex.IGNORECASE,
    ignore_case=True,
    months=MONTHS,
    weekdays=WEEKDAYS,
)

# A clock time with optional seconds, am/pm and zone: "22:34", "10:45 EST", "3:53 pm",
# "9 AM", "14:05:00+02:00", "10.45 GMT", "0739 GMT". Zones are the unambiguous abbreviations
# of the lexicon, a numeric offset or "Z"; the US zones without standard or daylight ("ET",
# "PT") are settled by the date; "IST" is consumed but gives no offset.
_TIME = r"""
    (?:
        (?P<hour>[01]?\d|2[0-3])
        (?:
            # "22:34", "10:45:00", "3:53 pm".
            :(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d{1,9})?)?
            (?:[\ \t\u00a0]{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?!\p{L}))?
          | # "10.45 GMT", "6.02pm": a dotted time, only with am/pm or a zone (else a decimal).
            \.(?P<minute>[0-5]\d)
            (?=[\ \t\u00a0]{0,2}(?:[AaPp]\.?[Mm]\.?|\L<zones>|ET|PT|GMT)(?!\p{L}))
            (?:[\ \t\u00a0]{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?!\p{L}))?
          | # "9 AM".
            [\ \t\u00a0]{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?!\p{L})
        )
      | # "0739 GMT": four digits, the military style of wire copy, only with a zone.
        (?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=[\ \t\u00a0]{0,2}(?:\L<zones>|Z)(?!\p{L}))
    )
    (?:[\ \t\u00a0]{0,2}(?:
        (?P<zone>\L<zones>)(?!\p{L})
      | (?P<offset>[+-][01]\d(?::?[0-5]\d)?)(?!\d)
      | (?P<utc>Z)(?!\p{L})
      | (?P<us>[ECMP]\.?T\.?)(?![\p{L}\p{N}])
      | (?P<vague>IST)(?!\p{L})
    ))?
"""

# A time right after a date: "6 Feb 2018 10:45", "Tue, 09/10/2012 - 22:34",
# "Dec. 25, 2016 at 3:53 pm", "2018-02-06T14:05".
_TIME_AFTER_RE = lazy_tries(
    rf"""
    (?:T|[\ \t\u00a0]{{0,3}}(?:,|at|@|-|–|\||/|•|·)?[\ \t\u00a0]{{0,3}})
    {_TIME}(?![\p{{N}}])
    """,
    regex.VERBOSE,
    ignore_case=False,
    zones=_ZONE_LIST,
)

# A time right before a date: "10:45 EST, 5 March 2013", "9:07 AM - 28 Dec 2016". The
# pattern must end where the date starts (it is searched in a short window before it).
_TIME_BEFORE_RE = lazy_tries(
    rf"""(?<![\p{{N}}:.]){_TIME}
    # "0739 GMT (1539 HKT) February 6": the same time in another zone, in brackets.
    (?:[\ \t\u00a0]{{1,3}}\([^()\n]{{1,24}}\))?
    [\ \t\u00a0]{{0,3}}(?:,|-|–|\||/|on)?[\ \t\u00a0]{{0,3}}\Z""",
    regex.VERBOSE,
    ignore_case=False,
    zones=_ZONE_LIST,
)

# A day without a year, alone on a header's date line: "February 6 at 10:45 AM", "Tue 6
# Feb", "Feb. 6". Read only by :func:`yearless_date`, never by find_dates.
_YEARLESS_RE = lazy_tries(
    r"""
    (?:(?P<weekday>\L<weekdays>)\.?,?[\ \t\u00a0]{1,3})?
    (?:
        (?P<m1>\L<months>)(?!\p{L})\.?[\ \t\u00a0]{1,3}(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?
      | (?P<d2>[0-3]?\d)(?:st|nd|rd|th|\.)?[\ \t\u00a0]{1,3}(?P<m2>\L<months>)(?!\p{L})\.?
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
    ignore_case=True,
    months=MONTHS,
    weekdays=WEEKDAYS,
)

# The letters month and weekday names open with (all ASCII), for a cheap first test.
_DAY_INITIALS = frozenset(word[0] for word in (*MONTHS, *WEEKDAYS))

# Where a date may start, after no ASCII letter or digit: a digit, or the first three
# letters of a month or weekday name (either case), or a stretch with a character outside
# ASCII in its first three (a letter, a digit or a case variant the grammar knows; left to
# it). Standard ``re``: one pass that skips what cannot open a date, which the grammar
# would try position by position.
_DATE_START_RE = lazy_build(
    lambda: re.compile(
        r"(?<![A-Za-z0-9])(?:[0-9]|(?i:"
        + "|".join(sorted({w[:3] for w in (*MONTHS, *WEEKDAYS) if w[:3].isascii()}))
        + r")|[A-Za-z]{0,2}[^\x00-\x7f])|[^\x00-\x7f]"
    )
)

# Relative dates: "2 hours ago", "an hour ago", "Yesterday", "today". Resolved only
# against ParseOptions.reference; never against the clock.
_RELATIVE_RE = lazy_tries(
    r"""
    (?<![\p{L}\p{N}])
    (?:
        (?P<count>\d{1,3}|an?|one)[\ \t\u00a0]{1,3}(?P<unit>\L<units>)[\ \t\u00a0]{1,3}ago
      | (?P<word>yesterday|today)
      | # "Published Tuesday": the latest such day on or before the reference.
        (?P<weekday>\L<weekdays>)
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
    ignore_case=True,
    units=RELATIVE_UNITS,
    weekdays=RELATIVE_WEEKDAYS,
)

# Two defaults that differ in every field: a field dateutil fills from the default (the
# same in both parses) was not in the text. Neither is "now": dateutil never reads the clock.
_DEFAULT_A = dt.datetime(1904, 1, 1, 0, 0, 0)  # noqa: DTZ001 (a sentinel, not a time)
_DEFAULT_B = dt.datetime(1908, 2, 2, 1, 1, 1)  # noqa: DTZ001 (likewise)

# A string dateutil may try: it holds a four-digit year (so no two-digit year is placed by
# dateutil's clock-based century) and a month name or a date separator (so no bare number).
_FALLBACK_OK_RE = lazy_compile(
    r"(?<!\d)\d{4}(?!\d)(?=.{0,60}?\p{L}|.{0,60}?[-/.])|(?=\p{L}).{0,60}?(?<!\d)\d{4}(?!\d)",
    regex.DOTALL,
)

_WINDOW = 40  # characters searched before a date for a leading time


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, options: ParseOptions | None = None
) -> tuple[DateValue, ...]:
    """Every date in ``text[start:end]``, in order, with offsets into ``text``.

    A date needs a year: "Feb 6" alone gives nothing. Numeric dates such as ``09/10/2012``
    are read as ``options.day_first`` says, else as a weekday before them fits, else as
    another numeric date in the same stretch shows (a component above 12), else left out.
    With ``options.reference``, relative dates ("2 hours ago", "Yesterday", "Tuesday": the
    latest Tuesday on or before the reference) are resolved and dates after the reference
    are dropped.

    :param text: any ``str``.
    :param start: where to start looking.
    :param end: where to stop (``None``: the end of ``text``).
    :param options: :class:`ParseOptions` (``day_first``, ``reference``).
    :returns: a tuple of :class:`DateValue`, possibly empty.
    :raises InputTypeError: when ``text`` is not a ``str``.
    :raises OptionsError: when ``options`` is not a :class:`ParseOptions`.

    >>> [d.iso for d in find_dates("Reuters , Tuesday 6 Feb 2018")]
    ['2018-02-06']
    >>> [d.iso for d in find_dates("PUBLISHED: 10:45 EST, 5 March 2013")]
    ['2013-03-05T10:45:00-05:00']
    >>> [d.iso for d in find_dates("Published 9:15 AM ET, Mon July 2, 2018")]
    ['2018-07-02T09:15:00-04:00']

    .. versionadded:: 0.1.0
    """
    check_text(text)
    options = ParseOptions.resolve(options)
    stop = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    matches = _candidates(text, start, stop)
    day_first = options.day_first
    if day_first is None:
        day_first = _settle_order(matches)
    out: list[DateValue] = []
    for match in matches:
        value = _read(text, match, day_first, start, stop)
        if value is not None and not _after(value, options.reference):
            out.append(value)
    if options.reference is not None:
        # A weekday inside an absolute date ("Tuesday 6 Feb 2018") is not a relative one:
        # one walk over both lists, each in text order.
        absolute = out
        out = []
        k = 0
        for value in _relative(text, start, stop, options.reference):
            while k < len(absolute) and absolute[k].end <= value.start:
                out.append(absolute[k])
                k += 1
            inside = k < len(absolute) and absolute[k].start < value.end
            if not inside and not _after(value, options.reference):
                out.append(value)
        out.extend(absolute[k:])
    return tuple(out)


def parse_date(text: str, *, options: ParseOptions | None = None) -> DateValue | None:
    """The first date in ``text``, or ``None`` when there is none.

    Tries the grammar of :func:`find_dates` first; a short string it does not know (up to
    100 characters) is then given to ``dateutil`` with explicit defaults, so no field is
    ever filled from the clock, and only when it holds a four-digit year.

    :param text: any ``str``.
    :param options: :class:`ParseOptions` (``day_first``, ``reference``).
    :returns: a :class:`DateValue` or ``None``.
    :raises InputTypeError: when ``text`` is not a ``str``.
    :raises OptionsError: when ``options`` is not a :class:`ParseOptions`.

    >>> parse_date("Feb. 6, 2018").value
    datetime.date(2018, 2, 6)
    >>> parse_date("January 2015").precision.value
    'month'
    >>> parse_date("09/10/2012") is None
    True

    .. versionadded:: 0.1.0
    """
    check_text(text)
    options = ParseOptions.resolve(options)
    found = find_dates(text, options=options)
    if found:
        return found[0]
    return _fallback(text, options)


# Every date shape holds a four-digit year: the grammar is only tried around one.
_YEAR_RE = lazy_compile(r"(?<!\d)\d{4}(?!\d)")
_BEFORE_YEAR = 48  # the longest stretch a date shape puts before its year
# Every date shape holds a month name (letters) or a date separator beside its year.
_SHAPE_HINT_RE = lazy_compile(r"[\p{L}\-/.]")
_AFTER_YEAR = 12  # and after it ("2018-02-06": month and day follow the year)


def _candidates(text: str, start: int, stop: int) -> list[regex.Match[str]]:
    """Grammar matches in ``text[start:stop]``, tried only in a window around each year.

    Linear: the year scan is one pass, and each window is bounded and starts after the
    previous match, so no character is tried by the grammar more than a bounded number of
    times.
    """
    out: list[regex.Match[str]] = []
    position = start
    for year in _YEAR_RE.finditer(text, start, stop):
        if year.end() <= position:
            continue
        low = max(position, year.start() - _BEFORE_YEAR)
        high = min(stop, year.end() + _AFTER_YEAR)
        if _SHAPE_HINT_RE.search(text, low, high) is None:
            continue  # no month name and no separator: "0739 1045 2018" holds no date
        # The matches of ``finditer(text, low, high)``; every shape holds a year (four
        # digits, no digit before), so the search stops when no year is left to hold.
        at = low
        while (match := _search(text, at, high)) is not None:
            out.append(match)
            at = position = match.end()
            if _YEAR_RE.search(text, at, high) is None:
                break
        position = max(position, year.start())
    return out


def _search(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """``_DATE_RE.search(text, start, stop)``, tried only where a date can start.

    The grammar is tried at each position in turn, and most positions cannot open a date:
    a date opens with a digit or a month's or weekday's first letter, after no letter or
    digit. :data:`_DATE_START_RE` finds those positions (every one outside ASCII too, left
    to the grammar), and the first position the grammar matches at is the search's match.
    """
    for at in _DATE_START_RE.finditer(text, start, stop):
        match = _DATE_RE.match(text, at.start(), stop)
        if match is not None:
            return match
    return None


def _settle_order(matches: list[regex.Match[str]]) -> bool | None:
    """Day-first (True) or month-first (False) as the numeric dates of a stretch show."""
    verdict: bool | None = None
    for match in matches:
        if match.group("a3") is None:
            continue
        first, second = int(match.group("a3")), int(match.group("b3"))
        if first > 12 >= second:
            if verdict is False:
                return None  # the stretch contradicts itself: decide nothing
            verdict = True
        elif second > 12 >= first:
            if verdict is True:
                return None
            verdict = False
    return verdict


def _read(
    text: str, match: regex.Match[str], day_first: bool | None, start: int, stop: int
) -> DateValue | None:
    """Turn one grammar match into a DateValue (with any adjacent time), or None."""
    # The groups of _DATE_RE in their order (``groups()`` is a tuple: ``groupdict()``
    # builds a dict of all seventeen, which costs more than the rest of this function).
    weekday, iy, _, im, id_, d1, m1, y1, m2, d2, y2, a3, nsep, b3, y3, m4, y4 = match.groups()
    month: int | None
    day: int | None
    if iy is not None:
        year, month, day, rule = int(iy), int(im), int(id_), "iso"
    elif y1 is not None:
        year, month, day, rule = int(y1), MONTHS[m1.casefold()], int(d1), "day-month-year"
    elif y2 is not None:
        year, month, day, rule = int(y2), MONTHS[m2.casefold()], int(d2), "month-day-year"
    elif y3 is not None:
        first, second = int(a3), int(b3)
        if first == second:
            day_first = True  # 05/05/2018 reads the same either way
        elif nsep == "." and day_first is None and weekday is None:
            day_first = True  # 06.02.2018: dotted numeric dates are day-first (CLDR de, ru, ...)
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            day_first = False
        elif day_first is None and weekday is not None:
            day_first = weekday_order(weekday, first, second, int(y3))
        if day_first is None:
            return None  # truly ambiguous: leave it out
        day, month = (first, second) if day_first else (second, first)
        year, rule = int(y3), "numeric"
    else:
        if not m4[0].isupper():
            return None
        year, month, day, rule = int(y4), MONTHS[m4.casefold()], None, "month-year"
    if year < 1000 or not 1 <= month <= 12:
        return None
    try:
        if day is not None:
            dt.date(year, month, day)
    except ValueError:
        return None
    begin, finish = match.start(), match.end()
    clock: dt.time | None = None
    if day is not None:
        day_value = dt.date(year, month, day)
        after = _TIME_AFTER_RE.match(text, finish, min(stop, finish + _WINDOW))
        if after is not None:
            clock = _clock(after, day_value)
            if clock is not None:
                finish = after.end()
        if clock is None and _digit_before(text, max(start, begin - _WINDOW), begin):
            before = _TIME_BEFORE_RE.search(text, max(start, begin - _WINDOW), begin)
            if before is not None:
                clock = _clock(before, day_value)
                if clock is not None:
                    begin = before.start()
    if day is None:
        precision = Precision.MONTH
    elif clock is None:
        precision = Precision.DAY
    else:
        precision = Precision.SECOND if clock.second else Precision.MINUTE
    return DateValue(
        year=year, month=month, day=day, time=clock, precision=precision,
        start=begin, end=finish, text=text[begin:finish], rule=rule,
    )  # fmt: skip


def _digit_before(text: str, low: int, high: int) -> bool:
    """True when a digit sits in ``text[low:high]``: no time can come before the date else."""
    return any(map(str.isdigit, text[low:high]))


def _clock(match: regex.Match[str], day: dt.date | None = None) -> dt.time | None:
    """The time of a _TIME match, aware when it names a zone (a US zone needs ``day``)."""
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    ampm = match.group("ampm")
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        pm = ampm[0] in "pP"
        hour = hour % 12 + (12 if pm else 0)
    elif match.group("minute") is None:
        return None  # a bare number is not a time
    zone: dt.tzinfo | None = None
    if match.group("zone") is not None:
        zone = dt.timezone(dt.timedelta(minutes=ZONES[match.group("zone").casefold()]))
    elif match.group("utc") is not None:
        zone = dt.UTC
    elif match.group("us") is not None and day is not None:
        standard = US_ZONES[match.group("us").replace(".", "").casefold()]
        daylight = us_daylight(day, hour)
        if daylight is not None:
            zone = dt.timezone(dt.timedelta(minutes=standard + (60 if daylight else 0)))
    elif match.group("offset") is not None:
        raw = match.group("offset").replace(":", "")
        sign = -1 if raw[0] == "-" else 1
        minutes = int(raw[1:3]) * 60 + (int(raw[3:5]) if len(raw) > 3 else 0)
        zone = dt.timezone(sign * dt.timedelta(minutes=minutes))
    return dt.time(hour, minute, second, tzinfo=zone)


def _after(value: DateValue, reference: dt.date | dt.datetime | None) -> bool:
    """True when ``value`` lies after ``reference`` (compared at the coarser precision)."""
    if reference is None:
        return False
    ref_date = reference.date() if isinstance(reference, dt.datetime) else reference
    if value.month is None:
        return (value.year, 0) > (ref_date.year, 0)
    if value.day is None:
        return (value.year, value.month) > (ref_date.year, ref_date.month)
    day = dt.date(value.year, value.month, value.day)
    if day != ref_date or value.time is None or not isinstance(reference, dt.datetime):
        return day > ref_date
    moment = dt.datetime.combine(day, value.time)
    if (moment.tzinfo is None) != (reference.tzinfo is None):
        return False  # a naive and an aware time on the same day cannot be ordered
    return moment > reference


def _relative(
    text: str, start: int, stop: int, reference: dt.date | dt.datetime
) -> Iterator[DateValue]:
    """Relative dates in the stretch, resolved against ``reference``."""
    for match in _RELATIVE_RE.finditer(text, start, stop):
        word = match.group("word")
        weekday = match.group("weekday")
        base = reference.date() if isinstance(reference, dt.datetime) else reference
        if weekday is not None:
            days = (base.weekday() - RELATIVE_WEEKDAYS[weekday.casefold()]) % 7
            minutes = 0
        elif word is not None:
            days, minutes = (1 if word.casefold() == "yesterday" else 0), 0
        else:
            raw = match.group("count").casefold()
            count = int(raw) if raw.isdigit() else 1
            per_days, per_minutes = RELATIVE_UNITS[match.group("unit").casefold()]
            days, minutes = count * per_days, count * per_minutes
        if minutes:
            if not isinstance(reference, dt.datetime):
                continue  # "2 hours ago" against a bare day: the day itself is unknown
            moment = reference - dt.timedelta(minutes=minutes)
            clock = moment.timetz().replace(second=0, microsecond=0)
            day = moment.date()
            precision = Precision.MINUTE
        else:
            day = base - dt.timedelta(days=days)
            clock, precision = None, Precision.DAY
        end = match.end()
        if minutes == 0:
            # "Yesterday at 10:45", "Tuesday 3:45 PM": the day is relative, the time is not.
            after = _TIME_AFTER_RE.match(text, end, min(stop, end + _WINDOW))
            clock = _clock(after, day) if after is not None else None
            if clock is not None and after is not None:
                end, precision = after.end(), Precision.MINUTE
        yield DateValue(
            year=day.year, month=day.month, day=day.day, time=clock, precision=precision,
            start=match.start(), end=end, text=text[match.start() : end], rule="relative",
        )  # fmt: skip


def yearless_date(
    text: str, start: int, end: int, reference: dt.date | dt.datetime | None
) -> tuple[bool, DateValue | None]:
    """Read ``text[start:end]`` as a day without a year ("February 6 at 10:45 AM").

    Returns whether the whole stretch is such a day (with an optional time), and its date:
    the latest such day on or before ``reference``, or ``None`` without a reference (the
    year is never guessed from the clock). Private to :mod:`newsparse.metadata`, which
    calls it on header date lines only: in running text "Feb 6" is no publication date.
    """
    if start >= end:
        return False, None
    first = text[start]  # a weekday, a month or a digit: no other ASCII character opens one
    if first.isascii() and not first.isdigit() and first.lower() not in _DAY_INITIALS:
        return False, None
    match = _YEARLESS_RE.match(text, start, end)
    if match is None:
        return False, None
    finish = match.end()
    after = _TIME_AFTER_RE.match(text, finish, end)
    if after is not None and after.end() > finish:
        finish = after.end()
    if text[finish:end].strip(" \t\u00a0.,|") or finish == start:
        return False, None
    if reference is None:
        return True, None
    month = MONTHS[(match.group("m1") or match.group("m2")).casefold()]
    day = int(match.group("d1") or match.group("d2"))
    base = reference.date() if isinstance(reference, dt.datetime) else reference
    for year in (base.year, base.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= base:
            clock = _clock(after, candidate) if after is not None else None
            value = DateValue(
                year=year, month=month, day=day, time=clock,
                precision=Precision.DAY if clock is None else Precision.MINUTE,
                start=match.start(), end=finish, text=text[match.start() : finish],
                rule="yearless",
            )  # fmt: skip
            return True, None if _after(value, reference) else value
    return True, None


def _fallback(text: str, options: ParseOptions) -> DateValue | None:
    """Ask dateutil about a short string the grammar missed; never from the clock."""
    stripped = text.strip()
    if not stripped or len(stripped) > 100 or _FALLBACK_OK_RE.search(stripped) is None:
        return None
    # Imported here, not at module level: dateutil costs ~20 ms of import time and is
    # needed only for the rare string the grammar above does not know.
    from dateutil import parser as _dateutil_parser  # noqa: PLC0415

    day_first = bool(options.day_first)
    try:
        first = _dateutil_parser.parse(
            stripped, default=_DEFAULT_A, dayfirst=day_first, ignoretz=True
        )
        second = _dateutil_parser.parse(
            stripped, default=_DEFAULT_B, dayfirst=day_first, ignoretz=True
        )
    except (_dateutil_parser.ParserError, ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None  # no year in the text
    if options.day_first is None and _numeric_ambiguous(stripped):
        return None
    month = first.month if first.month == second.month else None
    day = first.day if month is not None and first.day == second.day else None
    has_time = day is not None and first.hour == second.hour and first.minute == second.minute
    clock = dt.time(first.hour, first.minute, first.second) if has_time else None
    if day is None:
        precision = Precision.YEAR if month is None else Precision.MONTH
    elif clock is None:
        precision = Precision.DAY
    else:
        precision = (
            Precision.SECOND
            if first.second == second.second and first.second
            else (Precision.MINUTE)
        )
    offset = text.index(stripped)
    value = DateValue(
        year=first.year, month=month, day=day, time=clock, precision=precision,
        start=offset, end=offset + len(stripped), text=stripped, rule="dateutil",
    )  # fmt: skip
    return None if _after(value, options.reference) else value


_NUMERIC_PAIR_RE = lazy_compile(r"(?<!\d)(?P<a>[0-3]?\d)[-/.](?P<b>[0-3]?\d)(?!\d)")


def _numeric_ambiguous(text: str) -> bool:
    """True when the string holds a numeric day/month pair that could be read both ways."""
    for match in _NUMERIC_PAIR_RE.finditer(text):
        first, second = int(match.group("a")), int(match.group("b"))
        if first != second and first <= 12 and second <= 12:
            return True
    return False
