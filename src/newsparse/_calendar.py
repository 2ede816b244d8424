"""Calendar rules the date grammar leans on: weekdays and United States daylight time.

Private helpers of :mod:`newsparse.dates`, pure functions of their arguments (no clock, no
zone database): which reading of an ambiguous numeric date its weekday fits, and whether
US daylight-saving time applies on a day, to settle "ET" or "PT".
"""

from __future__ import annotations

import datetime as dt

from newsparse._meta_lexicon import WEEKDAY_NUMBERS

__all__ = ["us_daylight", "weekday_order"]


def weekday_order(weekday: str, first: int, second: int, year: int) -> bool | None:
    """Day-first (True) or month-first (False), as the weekday named before the date says.

    "Tue, 09/10/2012": 9 October 2012 is a Tuesday and 10 September a Monday, so the date
    is day-first. None when both readings or neither fit the weekday.
    """
    number = WEEKDAY_NUMBERS.get(weekday.casefold().rstrip("."))
    if number is None:
        return None
    fits = []
    for day_first, (day, month) in ((True, (first, second)), (False, (second, first))):
        try:
            if dt.date(year, month, day).weekday() == number:
                fits.append(day_first)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    """The ``n``-th Sunday of a month (``n = -1``: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def us_daylight(day: dt.date, hour: int) -> bool | None:
    """Whether US daylight-saving time applies at ``hour`` on ``day``; None before 1967.

    The Uniform Time Act rules: from 2007 the second Sunday of March to the first Sunday of
    November; 1987-2006 the first Sunday of April to the last Sunday of October; 1967-1986
    the last Sunday of April to the last Sunday of October (the 1974-75 energy-crisis
    years aside). The switch is at 2 a.m. local time; the repeated hour in the autumn is
    read as daylight time.
    """
    year = day.year
    if year >= 2007:
        begin, end = _nth_sunday(year, 3, 2), _nth_sunday(year, 11, 1)
    elif year >= 1987:
        begin, end = _nth_sunday(year, 4, 1), _nth_sunday(year, 10, -1)
    elif year >= 1967:
        begin, end = _nth_sunday(year, 4, -1), _nth_sunday(year, 10, -1)
    else:
        return None
    after_begin = day > begin or (day == begin and hour >= 2)
    before_end = day < end or (day == end and hour < 2)
    return after_begin and before_end
