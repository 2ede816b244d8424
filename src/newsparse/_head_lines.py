"""Header lines read one by one: date lines, bylines, credit lines, segments, datelines.

Private helpers of :mod:`newsparse.metadata`. Each reader takes one line's visible part
(``text[a:b]``), records what it finds in a :class:`~newsparse._found.Found` and returns
whether the line was metadata; every pattern runs inside the line's bounds, so a call
costs time bounded by the line (lines longer than a few hundred characters are refused
at once).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse import _header as h
from newsparse._byline import (
    DATELINE_RE,
    agency,
    is_job,
    is_label,
    is_outlet,
    person,
    read_names,
)
from newsparse._meta_lexicon import JOB_TITLES
from newsparse._patterns import fold, lazy_build, lazy_compile
from newsparse._spans import FIRST, LAST
from newsparse.dates import yearless_date

if TYPE_CHECKING:
    from collections.abc import Sequence

    import regex

    from newsparse._found import Found
    from newsparse._spans import Line
    from newsparse._types import DateValue, ParseOptions

__all__ = [
    "byline_line",
    "date_line",
    "date_residue",
    "dateline",
    "first_body",
    "header_line_follows",
    "is_byline",
    "is_date_line",
    "only_names",
    "put_dates",
    "put_names",
    "segmented_line",
    "wire_dateline",
]


def wire_dateline(text: str, a: int, b: int) -> bool:
    """A line opening with a wire dateline that names a day or an agency: body, not a title."""
    match = _dateline_at(text, a, b)
    if match is None:
        return False
    return match.group("day") is not None or agency(match.group("agency") or "") is not None


def _dateline_at(text: str, a: int, b: int) -> regex.Match[str] | None:
    """DATELINE_RE at the start of ``text[a:b]`` (its first 120 characters), or None.

    A dateline opens with "(" or a capital; a place in capitals has a second capital (or
    "'", ".", "-"), and a place in ordinary case is one to three words followed by a
    comma, a bracket or a dash within a few spaces (:data:`_PLACE_HINT_RE`). A line
    shaped otherwise ("The council said ...") is refused by those tests, without the
    full pattern. Characters outside ASCII are left to the pattern.
    """
    end = min(b, a + 120)
    first = text[a]
    if first != "(":
        if first.isascii() and not "A" <= first <= "Z":
            return None
        second = text[a + 1 : a + 2]
        capitals = not second.isascii() or "A" <= second <= "Z" or second in "'.-"
        if not capitals and _PLACE_HINT_RE.match(text, a, end) is None:
            return None
    return DATELINE_RE.match(text, a, end)


# What an ordinary-case place of DATELINE_RE needs: one to three words (any letters: every
# character outside ASCII may be one, but for the no-break space and the dashes that may
# follow a place), then a comma, or a bracket or dash after at most two spaces. A looser
# pattern than the dateline's own, so it refuses no dateline; its runs are possessive, as
# a place's words end where these runs do. Standard ``re``: run on most first paragraphs,
# where ``re`` is the faster engine.
_PLACE_HINT_RE = lazy_build(
    lambda: re.compile(
        r"""
        [^\x00-\x40\x5b-\x60\x7b-\x7f\u00a0\u2013\u2014]{2,21}+
        (?:[\ \-][^\x00-\x40\x5b-\x60\x7b-\x7f\u00a0\u2013\u2014]{2,21}+){0,2}+
        (?:,|[\ \u00a0]{0,2}(?:\(|--|[-–—:]))
        """,
        re.VERBOSE,
    )
)


def first_body(
    text: str, lines: Sequence[Line], first: list[int], found: Found, options: ParseOptions
) -> None:
    """Read the dateline of the first body line (or, credited "(CNN)", of the next one)."""
    for k, i in enumerate(first):
        if dateline(text, lines[i][FIRST], lines[i][LAST], found, options, credited=k > 0):
            return


def header_line_follows(
    text: str, lines: Sequence[Line], following: list[int], found: Found, options: ParseOptions
) -> bool:
    """True when a byline, credit or date line comes within the next lines (a dry run)."""
    for k, i in enumerate(following):
        a, b = lines[i][FIRST], lines[i][LAST]
        if b - a > 200:
            return False
        nxt = lines[following[k + 1]] if k + 1 < len(following) else None
        if is_byline(
            text, a, b, found, options, following=(nxt[FIRST], nxt[LAST]) if nxt else None
        ):
            return True
        if is_date_line(text, a, b, found, options):
            return True
    return False


def is_byline(
    text: str,
    a: int,
    b: int,
    found: Found,
    options: ParseOptions,
    *,
    following: tuple[int, int] | None,
) -> bool:
    """Whether a header line reads as a byline (``named``), by a dry run made once a call.

    What :func:`byline_line` returns depends on the line (and the one after it) alone, so
    a line read once here need not be read again: a caller may skip a line known not to
    be one.
    """
    key = ("byline", a, b, following)
    known = found.dry.get(key)
    if known is None:
        dry = found.scratch(dry=True)
        known = found.dry[key] = byline_line(
            text, a, b, dry, options, header=True, named=True, following=following
        )
        if known and dry.journal is not None:
            found.journals[key] = dry.journal  # replayed when the line is read for real
    return known


def is_date_line(text: str, a: int, b: int, found: Found, options: ParseOptions) -> bool:
    """Whether a line reads as a date line, by a dry run made once a call."""
    key = ("date", a, b)
    known = found.dry.get(key)
    if known is None:
        dry = found.scratch(dry=True)
        known = found.dry[key] = date_line(text, a, b, dry, options, banner=False)
        if known and dry.journal is not None:
            found.journals[key] = dry.journal
    return known


def date_line(
    text: str, a: int, b: int, found: Found, options: ParseOptions, *, banner: bool
) -> bool:
    """Read a line that is only dates and their labels; True when it was one."""
    if b - a > 160:
        return False
    dates = found.dates(a, b, options)
    if not dates:
        # "Updated Dec. 25 at 3:53 pm E.T.": a labelled stamp without a year is still a
        # date line (never a headline), though it gives no date.
        # "Published Tuesday", "Updated 2 hours ago" with no reference to resolve them.
        if b - a > 60:
            return False
        label = (
            h.DATE_LABEL_RE.match(text, a, b)
            if fold(text[a : a + 12]).startswith(h.DATE_LABEL_OPENINGS)
            else None
        )
        # "February 6 at 10:45 AM": a day without a year, dated by the reference if any.
        day_start = label.end() if label is not None else a
        while day_start < b and text[day_start] in " \t\u00a0":
            day_start += 1
        whole, value = yearless_date(text, day_start, b, options.reference)
        if whole:
            found.consume(a, b)
            if value is not None and not banner:
                kind = "updated" if label is not None and label.group("updated") else "published"
                found.put(f"{kind}_value", value, value.start, value.end, "yearless-date-line")
            return True
        folded = fold(text[a:b])  # RELATIVE_RE needs "ago", "day" or "just" (just now)
        if ("ago" in folded or "day" in folded or "just" in folded) and h.RELATIVE_RE.search(
            text, a, b
        ) is not None:
            if date_residue(text[a:b]) > 3:
                return False
        elif label is None or not any(map(str.isdigit, text[label.end() : b])):
            return False
        found.consume(a, b)
        return True
    residue = 0
    position = a
    kinds: list[tuple[str, DateValue]] = []
    for value in dates:
        gap = text[position : value.start]
        label = h.DATE_LABEL_RE.search(gap)
        kind = "updated" if label is not None and label.group("updated") else "published"
        residue += date_residue(gap)
        kinds.append((kind, value))
        position = value.end
    residue += date_residue(text[position:b])
    if residue > 3:
        return False
    found.consume(a, b)
    if banner:
        return True  # the day's date beside a site clock: when the page was fetched
    for kind, value in kinds:
        if value.day is None:
            continue
        rule = "date-line" if kind == "published" else "updated-line"
        found.put(f"{kind}_value", value, value.start, value.end, rule)
    return True


def date_residue(gap: str) -> int:
    """Letters and digits of a stretch of a date line that are no date label or relative date."""
    count = sum(map(str.isalnum, gap))  # counted in C: no Python frame per character
    if count:
        for pattern in (h.DATE_LABEL_RE, h.RELATIVE_RE):
            for match in pattern.finditer(gap):
                count -= sum(map(str.isalnum, match.group()))
    return count


def byline_line(
    text: str,
    a: int,
    b: int,
    found: Found,
    options: ParseOptions,
    *,
    header: bool,
    named: bool = False,
    following: tuple[int, int] | None = None,
) -> bool:
    """Read a byline or credit line; True when it was one.

    ``named`` admits a line that is only a person's name ("Jane Doe" under a headline)
    when the ``following`` line is a date line; above the headline, or alone, a name may
    be a short headline or a subhead ("Migraine Nightmare").
    """
    if b - a > 220:
        return False
    match = (
        h.BYLINE_RE.fullmatch(text, a, b)
        if fold(text[a : a + 12]).startswith(h.BYLINE_OPENINGS)
        else None
    )
    if match is not None:
        # "Posted on February 6, 2018 by janedoe": the date may come before the names.
        dates = found.dates(a, b, options)
        later = [d for d in dates if d.start >= match.start("names")]
        names_end = later[0].start if later else b
        listed = text[match.start("names") : names_end]
        if "•" in listed or "·" in listed or "|" in listed or "@" in listed:  # a stop needs one
            stop = h.NAMES_STOP_RE.search(text, match.start("names"), names_end)
            if stop is not None:
                names_end = stop.start()
        raw = text[match.start("names") : names_end]
        dangling = h.DANGLING_RE.search(raw)
        raw = raw[: dangling.start()] if dangling else raw
        names = read_names(raw, single=True)
        if not names.people and not names.sources:
            # "By Jane Doe in London": the place the writer filed from follows the names.
            place = h.NAME_IN_PLACE_RE.fullmatch(raw)
            if place is not None:
                names = read_names(place.group("names"), single=True)
        if not names.people and not names.sources:
            return False
        put_names(found, names.people, names.sources, a=a, b=b, rule="byline")
        put_dates(found, dates, "byline")
        found.consume(a, b)
        return True
    line = text[a:b]
    short = agency(line)
    if short is not None or (
        line.startswith("(")
        and (credit := h.CREDIT_PREFIX_RE.fullmatch(text, a, b)) is not None
        and (short := agency(credit.group("agency"))) is not None
    ):
        found.put("source", short, a, b, "credit-agency")
        found.consume(a, b)
        return True
    dates = found.dates(a, b, options)
    if dates and dates[-1].end >= b - 1 and dates[0].start > a + 1:
        who = text[a : dates[0].start].rstrip(" \t\u00a0,|–—-:")
        if who and not any(map(str.isdigit, who)) and len(who) <= 120:
            names = read_names(who)
            if names.people or names.sources:
                put_names(found, names.people, names.sources, a=a, b=b, rule="credit-line")
                put_dates(found, dates, "credit-line")
                found.consume(a, b)
                return True
    if named and b - a <= 100 and line[-1:].isalpha() and following is not None:
        fa, fb = following
        if fb - fa <= 160 and is_date_line(text, fa, fb, found, options):
            # Over a date line: "Jane Doe", "Jane Doe and John Smith in Washington".
            place = h.NAME_IN_PLACE_RE.fullmatch(text, a, b)
            raw = place.group("names") if place is not None else line
            names = read_names(raw)
            if names.people and not names.sources and only_names(raw, names.people):
                put_names(found, names.people, [], a=a, b=b, rule="name-line")
                found.consume(a, b)
                return True
    if header and segmented_line(text, a, b, found, options):
        return True
    if header and named and b - a <= 40 and line.casefold().endswith(" staff"):
        short = agency(line[:-6])
        if short is not None:  # "Reuters Staff": the agency's own staff
            found.put("source", short, a, b, "staff-byline")
            found.consume(a, b)
            return True
    if (
        header
        and 3 <= (comma := line.find(",")) <= 63  # the names and spaces before the comma
        and len(line) - comma <= _LONGEST_JOB + 4  # then spaces, a job title and a stop
        and (job := h.JOB_BYLINE_RE.fullmatch(text, a, b)) is not None
    ):
        name = person(job.group("names"))
        if name is not None:
            put_names(found, [name], [], a=a, b=b, rule="job-byline")
            found.consume(a, b)
            return True
    if header and ("/" in line or "|" in line):
        slash = h.SLASH_BYLINE_RE.fullmatch(text, a, b)
        if slash is not None:
            name = person(slash.group("names"))
            outlet = slash.group("outlet").strip()
            if name is not None and is_job(outlet):
                put_names(found, [name], [], a=a, b=b, rule="slash-byline")  # "| Staff Writer"
                found.consume(a, b)
                return True
            if name is not None and (
                is_outlet(outlet) or person(outlet) is None or outlet.isupper()
            ):
                source = agency(outlet) or (outlet.title() if outlet.isupper() else outlet)
                put_names(found, [name], [source], a=a, b=b, rule="slash-byline")
                found.consume(a, b)
                return True
    return False


# The longest job title JOB_BYLINE_RE reads after the comma (one character a letter).
_LONGEST_JOB = max(map(len, JOB_TITLES))

# Separators between the segments of a header line: "Jane Doe | Feb 6, 2018 | 3 min read".
_SEGMENT_RE = lazy_compile(r"[\ \u00a0]{1,3}[|•·][\ \u00a0]{1,3}")


def segmented_line(text: str, a: int, b: int, found: Found, options: ParseOptions) -> bool:
    """A header line of segments, each a name, a job, a date, a reading time or a counter.

    "Jane Doe | Feb 6, 2018 | 3 min read", "Jane Doe · Senior Writer · Feb 6, 2018": read
    segment by segment with the byline, job and date grammars; one segment of anything else
    (a clause of a sentence) and the line is not a header line. Bounded by the line.
    """
    if not 0 < b - a <= 200 or (
        "|" not in text[a:b] and "•" not in text[a:b] and "·" not in text[a:b]
    ):
        return False
    spans: list[tuple[int, int]] = []
    start = a
    for sep in _SEGMENT_RE.finditer(text, a, b):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, b))
    if len(spans) < 2:
        return False
    scratch = found.scratch()
    people: list[str] = []
    sources: list[str] = []
    for s, e in spans:
        raw = text[s:e]
        if not raw or h.READING_TIME_RE.fullmatch(text, s, e) or h.COUNTER_RE.fullmatch(text, s, e):
            continue
        if is_job(raw) or date_line(text, s, e, scratch, options, banner=False):
            continue
        byline = h.BYLINE_RE.fullmatch(text, s, e)
        names = read_names(
            byline.group("names") if byline is not None else raw, single=byline is not None
        )
        if byline is None and not (
            (names.people and not names.sources and only_names(raw, names.people))
            or (not names.people and agency(raw) is not None)
        ):
            return False
        if not names.people and not names.sources:
            return False
        people.extend(names.people)
        sources.extend(names.sources)
    if not people and not sources and not scratch.fields:
        return False
    put_names(found, people, sources, a=a, b=b, rule="segmented-line")
    for field in ("published_value", "updated_value"):
        value = scratch.fields.get(field)
        if value is not None:
            found.put(field, value, value.start, value.end, "segmented-line")
    found.consume(a, b)
    return True


def only_names(raw: str, people: Sequence[str]) -> bool:
    """True when ``raw`` is the names and their joins, nothing else ("A, B and C")."""
    words = [w for w in raw.replace(",", " ").casefold().split() if w not in {"and", "&"}]
    return " ".join(people).casefold().split() == words


def put_names(
    found: Found, people: Sequence[str], sources: Sequence[str], *, a: int, b: int, rule: str
) -> None:
    if people:
        found.authors(people, a, b, rule)
    if sources:
        found.put("source", sources[0], a, b, rule)


def put_dates(found: Found, dates: Sequence[DateValue], rule: str) -> None:
    for value in dates:
        if value.day is not None:
            found.put("published_value", value, value.start, value.end, rule)
            return


def dateline(
    text: str, a: int, b: int, found: Found, options: ParseOptions, *, credited: bool = False
) -> bool:
    """Cut a dateline ("CAIRO, Feb 6 (Reuters) - ") off the first body line.

    ``credited`` asks for an agency in brackets (used on the line after the first). A
    dateline with a whole date ("NEW YORK, Feb. 6, 2018 /PRNewswire/ -- ") dates the story.
    """
    match = _dateline_at(text, a, b)
    if match is None:
        return False
    if match.end() >= b and not match.group("dash"):
        return False  # only a dateline alone on its line ("NEW YORK, March 3 -") is whole
    if match.group("dash") == ":" and len(match.group("place").split()) > 2:
        return False  # "FIX IS IN: ...": a kicker; "BENGALURU: ", "NEW DELHI: " are places
    place_start, place_end = match.span("place")
    raw_agency = match.group("agency")
    plain = match.group("place") or ""
    # "Washington — The council ...", "Bengaluru: The city ...": a place in ordinary case
    # is a dateline only when it is no label ("Analysis: ...") and a paragraph in sentence
    # case follows: ten words or more after a dash; after a colon, twelve words, not
    # opening with a quotation, on a line of a paragraph's length (100 characters).
    # "Sanders: Clinton needs to 'get away' from it." is a headline in the "Speaker:
    # statement" form, and "Headline: Bitcoin Searches Exceed Trump!" a label.
    if raw_agency is None and plain and not plain.split(",")[0].isupper():
        rest = text[match.end() : min(b, match.end() + 200)]
        colon = match.group("dash") == ":"
        if (
            is_label(plain)
            or len(rest.split()) < (12 if colon else 10)
            or (colon and b - a < 100)
            or (colon and rest[:1] in "\"“‘'«")
            or h.title_case_ratio(rest[:120]) >= 0.5
        ):
            return False
    source = None
    if raw_agency is not None:
        source = agency(raw_agency)
        place = text[match.start("place") : match.end("place")] if match.start("place") >= 0 else ""
        if source is None and place.isupper() and raw_agency[:1].isupper():
            source = raw_agency.strip()  # "NEW YORK (The Borowitz Report)—": a wire-style credit
        if source is None or len(source.split()) > 5:
            return False
    if source is None and (credited or match.group("dash") is None):
        return False
    if (
        source is None
        and match.group("day") is None
        and text[match.end() : match.end() + 1].islower()
    ):
        return False  # "FBI — the bureau that ...": an acronym in a sentence, no dateline
    if place_start >= 0:
        place = text[place_start:place_end].strip()
        found.put("dateline", place, place_start, place_end, "dateline")
    if source is not None:
        s, e = match.span("agency")
        found.put("source", source, s, e, "dateline")
    if match.group("year") is not None:
        dated = found.dates(match.start("day"), match.end("year"), options)
        if dated and dated[0].day is not None:
            found.put("published_value", dated[0], dated[0].start, dated[0].end, "dateline")
    found.consume(a, match.end())
    return True
