"""Dates: find and read the dates in a stretch of text, with honest precision.

The only module that calls ``dateutil``. Nothing here reads the clock: a missing field stays
missing (a year alone is a year, not 1 January), and relative dates need an explicit
reference.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsparse._types import DateValue, ParseOptions, Precision
from newsparse.errors import check_text

__all__ = ["find_dates", "parse_date"]


def __dir__() -> list[str]:
    return __all__


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,7}+\.?"

# Day month year ("6 Feb 2018") and month day, year ("Feb. 6, 2018").
_DATE_RE = regex.compile(
    rf"""(?ix)
    \b(?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\s*,?\s+(?P<y1>\d{{4}})
      | (?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y2>\d{{4}})
      | (?P<y3>\d{{4}})-(?P<n3>\d{{2}})-(?P<d3>\d{{2}})
    )\b
    """
)


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, options: ParseOptions | None = None
) -> tuple[DateValue, ...]:
    """Every date in ``text[start:end]``, in order, with offsets into ``text``.

    >>> [d.iso for d in find_dates("Reuters , Tuesday 6 Feb 2018")]
    ['2018-02-06']

    .. versionadded:: 0.1.0
    """
    del options
    stop = len(text) if end is None else end
    out: list[DateValue] = []
    for match in _DATE_RE.finditer(text, start, stop):
        groups = match.groupdict()
        if groups["y3"]:
            year, month, day = int(groups["y3"]), int(groups["n3"]), int(groups["d3"])
        else:
            year = int(groups["y1"] or groups["y2"])
            month = _MONTHS[(groups["m1"] or groups["m2"])[:3].casefold()]
            day = int(groups["d1"] or groups["d2"])
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        out.append(
            DateValue(
                year=year, month=month, day=day, time=None, precision=Precision.DAY,
                start=match.start(), end=match.end(), text=match.group(), rule="day-month-year",
            )
        )  # fmt: skip
    return tuple(out)


def parse_date(text: str, *, options: ParseOptions | None = None) -> DateValue | None:
    """The first date in ``text``, or ``None`` when there is none.

    :raises InputTypeError: when ``text`` is not a ``str``.

    >>> parse_date("Feb. 6, 2018").iso
    '2018-02-06'

    .. versionadded:: 0.1.0
    """
    check_text(text)
    found = find_dates(text, options=options)
    return found[0] if found else None
