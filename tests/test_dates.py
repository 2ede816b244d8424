"""Date grammar: formats, precision, zones, ambiguity, relative dates, the reference bound."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import OptionsError, ParseOptions, Precision
from newsparse.dates import find_dates, parse_date

UTC = dt.UTC


def _zone(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# (text, ISO value or None, precision or None)
FORMATS = [
    ("Reuters , Tuesday 6 Feb 2018", "2018-02-06", Precision.DAY),
    ("Feb. 6, 2018", "2018-02-06", Precision.DAY),
    ("February 6th 2018", "2018-02-06", Precision.DAY),
    ("6th of February, 2018", "2018-02-06", Precision.DAY),
    ("Monday, 20 January 2020", "2020-01-20", Precision.DAY),
    ("2018-02-06", "2018-02-06", Precision.DAY),
    ("2018/02/06", "2018-02-06", Precision.DAY),
    ("6 février 2018", "2018-02-06", Precision.DAY),
    ("6. Februar 2018", "2018-02-06", Precision.DAY),
    ("6 de febrero de 2018", "2018-02-06", Precision.DAY),
    ("January 2015", "2015-01", Precision.MONTH),
    ("9:07 AM - 28 Dec 2016", "2016-12-28T09:07:00", Precision.MINUTE),
    ("Dec. 25, 2016 at 3:53 pm", "2016-12-25T15:53:00", Precision.MINUTE),
    ("Tue, 25/10/2012 - 22:34", "2012-10-25T22:34:00", Precision.MINUTE),
    ("2018-02-06T14:05:09", "2018-02-06T14:05:09", Precision.SECOND),
]


@pytest.mark.parametrize(
    ("text", "iso", "precision"), FORMATS, ids=[text for text, _, _ in FORMATS]
)
def test_formats_and_precision(text: str, iso: str, precision: Precision) -> None:
    value = parse_date(text)
    assert value is not None
    assert value.iso == iso
    assert value.precision is precision
    assert text[value.start : value.end] == value.text


def test_a_day_is_a_date_not_midnight() -> None:
    value = parse_date("Tuesday 6 Feb 2018")
    assert value is not None
    assert type(value.value) is dt.date


def test_a_month_is_not_promoted_to_the_first() -> None:
    value = parse_date("January 2015")
    assert value is not None
    assert (value.year, value.month, value.day, value.value) == (2015, 1, None, None)


NO_DATE = [
    ("bare number", "Views: 2154"),
    ("bare year", "2018"),
    ("day without year", "NEW YORK, March 3 -"),
    ("two-digit year", "born 9-17-37"),
    ("weekday alone", "Sunday"),
    ("lower-case may", "they may 2018 return"),
    ("impossible day", "31 February 2018"),
    ("counter", "12k SHARES"),
    ("empty", ""),
]


@pytest.mark.parametrize("text", [t for _, t in NO_DATE], ids=[i for i, _ in NO_DATE])
def test_no_date(text: str) -> None:
    assert parse_date(text) is None
    assert find_dates(text) == ()


ZONES = [
    ("10:45 EST, 5 March 2013", _zone(-5)),
    ("5 March 2013 10:45 GMT", UTC),
    ("5 March 2013 10:45 CET", _zone(1)),
    ("2013-03-05T10:45:00+02:00", _zone(2)),
    ("2013-03-05T10:45:00Z", UTC),
    ("5 March 2013 10:45 PDT", _zone(-7)),
]


@pytest.mark.parametrize(("text", "zone"), ZONES, ids=[t for t, _ in ZONES])
def test_zones_give_aware_datetimes(text: str, zone: dt.timezone) -> None:
    value = parse_date(text)
    assert value is not None
    moment = value.value
    assert isinstance(moment, dt.datetime)
    assert moment.utcoffset() == zone.utcoffset(None)


@pytest.mark.parametrize("text", ["5 March 2013 10:45", "Feb. 6, 2018 at 3:53 pm IST"])
def test_no_zone_or_an_ambiguous_one_stays_naive(text: str) -> None:
    value = parse_date(text)
    assert value is not None
    assert isinstance(value.value, dt.datetime)
    assert value.value.tzinfo is None


US_ZONES = [
    ("eastern in winter", "Dec. 25, 2016 at 3:53 pm E.T.", -5),
    ("eastern in summer", "Published 9:15 AM ET, Mon July 2, 2018", -4),
    ("pacific in winter", "Feb. 6, 2018 10:45 a.m. PT", -8),
    ("central in summer", "June 5, 2018, 8:00 AM CT", -5),
    ("before the switch", "March 11, 2018 1:30 AM ET", -5),
    ("after the switch", "March 11, 2018 3:30 AM ET", -4),
    ("1990s rules", "April 3, 1995 10:00 AM ET", -4),
]


@pytest.mark.parametrize(
    ("text", "hours"), [row[1:] for row in US_ZONES], ids=[row[0] for row in US_ZONES]
)
def test_us_zones_are_settled_by_the_date(text: str, hours: int) -> None:
    value = parse_date(text)
    assert value is not None
    assert isinstance(value.value, dt.datetime)
    assert value.value.utcoffset() == dt.timedelta(hours=hours)


def test_us_zones_before_the_uniform_time_act_stay_naive() -> None:
    value = parse_date("March 3, 1950 10:00 AM ET")
    assert value is not None
    assert isinstance(value.value, dt.datetime)
    assert value.value.tzinfo is None


WIRE_TIMES = [
    ("four digits with a zone", "Updated 0739 GMT (1539 HKT) February 6, 2018",
     "2018-02-06T07:39:00+00:00"),
    ("dotted with a zone", "Tue 6 Feb 2018 10.45 GMT", "2018-02-06T10:45:00+00:00"),
    ("dotted with pm", "6 Feb 2018 6.02pm", "2018-02-06T18:02:00"),
    ("dotted alone is a decimal", "6 Feb 2018 10.45", "2018-02-06"),
    ("four digits alone are a number", "6 Feb 2018 1045", "2018-02-06"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "iso"), [row[1:] for row in WIRE_TIMES], ids=[row[0] for row in WIRE_TIMES]
)
def test_wire_times(text: str, iso: str) -> None:
    value = parse_date(text)
    assert value is not None
    assert value.iso == iso


ORDER = [
    ("ambiguous left out", "09/10/2012", None, None),
    ("weekday settles it", "Tue, 09/10/2012", None, "2012-10-09"),
    ("weekday settles month first", "Mon, 09/10/2012", None, "2012-09-10"),
    ("weekday fitting neither", "Wed, 09/10/2012", None, None),
    ("day-first option", "Tue, 09/10/2012", True, "2012-10-09"),
    ("month-first option", "Tue, 09/10/2012", False, "2012-09-10"),
    ("day above 12 decides", "25/10/2012", None, "2012-10-25"),
    ("month above 12 decides", "10/25/2012", None, "2012-10-25"),
    ("same either way", "05/05/2012", None, "2012-05-05"),
]


@pytest.mark.parametrize(
    ("text", "day_first", "iso"),
    [row[1:] for row in ORDER],
    ids=[row[0] for row in ORDER],
)
def test_day_first_or_month_first(text: str, day_first: bool | None, iso: str | None) -> None:
    value = parse_date(text, options=ParseOptions(day_first=day_first))
    assert (value.iso if value else None) == iso


def test_another_date_in_the_stretch_settles_the_order() -> None:
    found = find_dates("Posted 25/10/2012, updated 09/11/2012")
    assert [d.iso for d in found] == ["2012-10-25", "2012-11-09"]


REFERENCE = dt.datetime(2018, 2, 6, 12, 0)  # noqa: DTZ001 (a naive reference on purpose)

RELATIVE = [
    ("2 hours ago", "2018-02-06T10:00:00"),
    ("an hour ago", "2018-02-06T11:00:00"),
    ("Yesterday", "2018-02-05"),
    ("today", "2018-02-06"),
    ("3 days ago", "2018-02-03"),
]


@pytest.mark.parametrize(("text", "iso"), RELATIVE, ids=[t for t, _ in RELATIVE])
def test_relative_dates_with_a_reference(text: str, iso: str) -> None:
    value = parse_date(text, options=ParseOptions(reference=REFERENCE))
    assert value is not None
    assert value.iso == iso
    assert value.rule == "relative"


RELATIVE_DAYS = [
    ("weekday", "Published Tuesday", "2018-02-06"),
    ("same weekday is the day itself", "Thursday", "2018-02-08"),
    ("weekday and time", "Updated Tuesday 3:45 PM", "2018-02-06T15:45:00"),
    ("yesterday at", "Yesterday at 10:45", "2018-02-07T10:45:00"),
]


@pytest.mark.parametrize(
    ("text", "iso"), [row[1:] for row in RELATIVE_DAYS], ids=[row[0] for row in RELATIVE_DAYS]
)
def test_relative_days(text: str, iso: str) -> None:
    found = find_dates(text, options=ParseOptions(reference=dt.date(2018, 2, 8)))
    assert [d.iso for d in found] == [iso]


def test_a_weekday_inside_a_date_is_not_relative() -> None:
    found = find_dates("Tuesday 6 Feb 2018", options=ParseOptions(reference=dt.date(2018, 3, 1)))
    assert [d.iso for d in found] == ["2018-02-06"]


@pytest.mark.parametrize("text", [t for t, _ in RELATIVE])
def test_relative_dates_without_a_reference_give_nothing(text: str) -> None:
    assert parse_date(text) is None


def test_hours_ago_against_a_bare_day_give_nothing() -> None:
    assert parse_date("2 hours ago", options=ParseOptions(reference=dt.date(2018, 2, 6))) is None


def test_never_after_the_reference() -> None:
    options = ParseOptions(reference=dt.date(2018, 2, 6))
    found = find_dates("6 Feb 2018, 7 Feb 2018, March 2018, 5 Feb 2018", options=options)
    assert [d.iso for d in found] == ["2018-02-06", "2018-02-05"]


def test_window_bounds_and_offsets() -> None:
    text = "Old: 1 Jan 2001. New: 6 Feb 2018. Later: 7 Feb 2019."
    found = find_dates(text, 17, 33)
    assert [d.iso for d in found] == ["2018-02-06"]
    assert text[found[0].start : found[0].end] == "6 Feb 2018"


def test_dateutil_fallback_reads_components_that_were_there() -> None:
    value = parse_date("2018 Feb 6th")
    assert value is not None
    assert (value.iso, value.rule) == ("2018-02-06", "dateutil")
    assert parse_date("Feb 6th") is None  # no year: dateutil is not allowed to invent one


def test_options_of_the_wrong_kind_raise() -> None:
    with pytest.raises(OptionsError):
        parse_date("6 Feb 2018", options={"day_first": True})  # type: ignore[arg-type]
    with pytest.raises(OptionsError):
        find_dates("6 Feb 2018", options={"day_first": True})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"reference": "2018-02-06"}, id="reference-str"),
        pytest.param({"day_first": "yes"}, id="day-first-str"),
    ],
)
def test_bad_option_values_raise_when_the_options_are_made(fields: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        ParseOptions(**fields)  # type: ignore[arg-type]
