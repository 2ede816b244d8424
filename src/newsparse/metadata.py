"""Metadata: the article's title, credit, byline, dates and counters, with evidence.

The header is read from the first visible lines that are not chrome (at most
:data:`_HEAD_LINES`), the footer from the last few (:data:`_TAIL_LINES`); counters, the
copyright holder and the site's name come from the chrome lines as well. Nothing is read
from the middle of the story, so a date or a name mentioned in the story never becomes
metadata, and the cost per article is bounded by those windows. Every field found records
its span and rule in ``Metadata.evidence``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from newsparse import _header as h
from newsparse._byline import (
    AGENCY_IN_RE,
    DATELINE_RE,
    agency,
    is_job,
    is_label,
    is_outlet,
    person,
    read_names,
)
from newsparse._footer import origin_line, read_chrome, read_counter, read_tail
from newsparse._found import Found
from newsparse._spans import Line, split_lines
from newsparse._types import (
    ChromeLine,
    DateValue,
    Metadata,
    ParseOptions,
    Span,
)
from newsparse.chrome import find_chrome
from newsparse.dates import options_or_default, yearless_date
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["parse_metadata"]


def __dir__() -> list[str]:
    return __all__


_HEAD_LINES = 15  # visible, non-chrome lines read at the top
_TAIL_LINES = 8  # visible lines read at the bottom
_MAX_DECKS = 4  # deck lines taken under (or over) a headline


def extract_metadata(
    text: str, lines: Sequence[Line], chrome: Sequence[ChromeLine], options: ParseOptions
) -> tuple[Metadata, tuple[Span, ...]]:
    """Metadata of ``text`` and the spans its header and footer metadata take up (not body).

    Only the first and last few visible lines (blank and chrome lines skipped on the way)
    and the chrome lines are read, each by bounded patterns: linear in the text at worst
    (a text of blank lines), bounded by the windows on an ordinary article.
    """
    found = Found(text)
    is_chrome = _ChromeIndex(lines, chrome)
    first = _page_title(text, lines, found)
    head = _Visible(lines, is_chrome, first, _HEAD_LINES)
    tail = _visible(lines, is_chrome, range(len(lines) - 1, -1, -1), _TAIL_LINES)
    top = head.get(0)
    clock = _clock_above(text, lines, is_chrome, len(lines) if top is None else top)
    body_start = _read_head(text, lines, head, found, options, clock=clock)
    tail_lines = [i for i in tail if body_start is None or i > body_start]
    read_tail(text, lines, tail_lines, found)
    tail_from = lines[tail_lines[-1]].first if tail_lines else len(text)
    read_chrome(text, chrome, found, tail_from=tail_from)
    found.evidence.sort(key=lambda e: (e.start, e.field))
    metadata = Metadata(evidence=tuple(found.evidence), **found.fields)
    return metadata, tuple(sorted(found.spans))


def parse_metadata(text: str, *, options: ParseOptions | None = None) -> Metadata:
    """Read the article's metadata: title, source, authors, dates, counters, site.

    :param text: any ``str``.
    :param options: :class:`ParseOptions` (``reference``, ``day_first``, ``chrome``).
    :returns: a :class:`Metadata`; fields the text does not give are ``None`` or ``()``.
    :raises InputTypeError: when ``text`` is not a ``str``.
    :raises OptionsError: when ``options`` is not a :class:`ParseOptions`.

    >>> md = parse_metadata("A headline\\n\\nReuters , Tuesday 6 Feb 2018\\n\\nBody text here.")
    >>> md.title, md.source, md.published
    ('A headline', 'Reuters', datetime.date(2018, 2, 6))
    >>> parse_metadata("By Jane Doe and John Smith\\n\\nBody.").authors
    ('Jane Doe', 'John Smith')

    .. versionadded:: 0.1.0
    """
    check_text(text)
    options = options_or_default(options)
    lines = split_lines(text)
    chrome = find_chrome(text, lines, options.chrome)
    return extract_metadata(text, lines, chrome, options)[0]


class _ChromeIndex:
    """Whether chrome covers most of a line, answered per line by binary search.

    Only the lines the reader looks at are asked about, so the cost follows the windows
    read, not the length of the text: ``O(log c)`` per line for ``c`` chrome items.
    """

    __slots__ = ("_ends", "_lines", "_starts")

    def __init__(self, lines: Sequence[Line], chrome: Sequence[ChromeLine]) -> None:
        items = sorted((c.start, c.end) for c in chrome)
        self._starts = [s for s, _ in items]
        self._ends = [e for _, e in items]
        self._lines = lines

    def __getitem__(self, index: int) -> bool:
        if not self._starts:
            return False
        line = self._lines[index]
        if line.first == line.last:
            return False
        k = max(0, bisect.bisect_right(self._starts, line.first) - 1)
        covered = 0
        while k < len(self._starts) and self._starts[k] < line.last:
            covered += max(0, min(self._ends[k], line.last) - max(self._starts[k], line.first))
            k += 1
        return covered * 2 >= line.last - line.first


class _Visible:
    """The visible, non-chrome lines from ``start`` on, found as the reader asks for them.

    The header reader mostly stops at the second or third line, so the lines below are
    never looked at: the cost follows what is read, up to ``limit`` lines.
    """

    __slots__ = ("_is_chrome", "_limit", "_lines", "_next", "_out")

    def __init__(
        self, lines: Sequence[Line], is_chrome: _ChromeIndex, start: int, limit: int
    ) -> None:
        self._lines = lines
        self._is_chrome = is_chrome
        self._next = start
        self._limit = limit
        self._out: list[int] = []

    def get(self, k: int) -> int | None:
        """The ``k``-th visible line's index, or None past the window or the text."""
        out = self._out
        if k < len(out):
            return out[k]
        if k >= self._limit:
            return None
        lines, is_chrome = self._lines, self._is_chrome
        i, stop, want = self._next, len(lines), k + 1
        while i < stop:
            line = lines[i]
            i += 1
            if line.first != line.last and not is_chrome[i - 1]:
                out.append(i - 1)
                if len(out) == want:
                    break
        self._next = i
        return out[k] if k < len(out) else None

    def has(self, k: int) -> bool:
        """True when there is a ``k``-th visible line in the window."""
        return self.get(k) is not None

    def take(self, start: int, stop: int) -> list[int]:
        """The visible lines ``start`` to ``stop`` (fewer at the end of the window)."""
        self.get(stop - 1)
        return self._out[start:stop]

    def __getitem__(self, k: int) -> int:
        i = self.get(k)
        if i is None:
            raise IndexError(k)
        return i

    def __iter__(self) -> Iterator[int]:
        k = 0
        while (i := self.get(k)) is not None:
            yield i
            k += 1


def _visible(lines: Sequence[Line], is_chrome: _ChromeIndex, order: range, limit: int) -> list[int]:
    """Up to ``limit`` indices of visible, non-chrome lines, in the given order."""
    out: list[int] = []
    for i in order:
        line = lines[i]
        if line.first != line.last and not is_chrome[i]:
            out.append(i)
            if len(out) == limit:
                break
    return out


# -- header -------------------------------------------------------------------------------

# How far below a page title ("Headline - Section - Site") its headline may repeat.
_PAGE_TITLE_REACH = 80


def _page_title(text: str, lines: Sequence[Line], found: Found) -> int:
    """Where the header starts: below a page title whose headline repeats further down.

    A whole-page scrape opens with the page's title, "Headline - Section - Site" (or with
    "|"), then navigation; the headline itself comes again above the story. When the first
    segment of the first line recurs as a line of its own within :data:`_PAGE_TITLE_REACH`
    lines, the header is read from there, and the title's last segment names the site.
    Bounded: one split of one line and at most that many comparisons.
    """
    start = next((i for i in range(min(len(lines), 5)) if not lines[i].blank), None)
    if start is None:
        return 0
    line = lines[start]
    if line.last - line.first > 300:
        return 0
    page = text[line.first : line.last]
    if "|" not in page and "-" not in page and "–" not in page and "—" not in page:
        return 0
    parts = [p.strip() for p in _SEGMENT_SPLIT_RE.split(page)]
    if len(parts) < 2 or not parts[0] or not parts[-1]:
        return 0
    headline = " ".join(parts[0].split())
    size = len(headline)
    for i in range(start + 1, min(len(lines), start + _PAGE_TITLE_REACH)):
        other = lines[i]
        width = other.last - other.first
        # Folding spaces only shortens a line: a longer headline or a much shorter one
        # cannot be a repeat.
        if width < size or (width != size and (" " not in headline or width > 2 * size + 8)):
            continue
        if " ".join(text[other.first : other.last].split()) == headline:
            site = parts[-1]
            found.consume(line.first, line.last)
            if len(site) <= 60 and site[:1].isupper():
                s = line.first + page.rindex(site)
                found.put("site", site, s, s + len(site), "page-title")
            return i
    return 0


_SEGMENT_SPLIT_RE = regex.compile(r"\s{1,4}[-|–—]\s{1,4}")


def _clock_above(text: str, lines: Sequence[Line], is_chrome: _ChromeIndex, stop: int) -> bool:
    """True when a chrome line above the header is a site clock ("Last Update 20:39")."""
    for i in range(min(stop, 40)):
        line = lines[i]
        if is_chrome[i] and h.CLOCK_RE.fullmatch(text, line.first, min(line.last, line.first + 60)):
            return True
    return False


def _read_head(
    text: str,
    lines: Sequence[Line],
    head: _Visible,
    found: Found,
    options: ParseOptions,
    *,
    clock: bool,
) -> int | None:
    """Read title, decks, bylines, credits and dates; return the first body line's index."""
    clock_seen = clock
    title_n = -2
    highlights = False
    decks: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []  # sentence-like lines above a headline
    skip = -1
    for n, i in enumerate(head):
        if n == skip:
            continue
        line = lines[i]
        a, b = line.first, line.last
        title_set = "title" in found.fields
        if title_set and _name_and_job(text, lines, head, n, found):
            skip = n + 1
            continue
        if h.CLOCK_RE.fullmatch(text, a, b):
            clock_seen = True  # a site clock: its line and the date beside it are chrome
            found.consume(a, b)
            continue
        if _date_line(text, a, b, found, options, banner=clock_seen and not title_set):
            continue
        nxt = lines[head[n + 1]] if head.has(n + 1) else None
        if _byline_line(
            text, a, b, found, options, header=True, named=title_set,
            following=(nxt.first, nxt.last) if nxt is not None else None,
        ):  # fmt: skip
            continue
        if origin_line(text, a, b, found):
            continue
        if (
            b - a <= 200
            and text[a : a + 16].lstrip("([ ").casefold().startswith(h.REPORTING_OPENINGS)
            and h.REPORTING_RE.fullmatch(text, a, b)
        ):
            named = AGENCY_IN_RE.search(text, a, b)
            if named is not None:
                found.put("source", agency(named.group()), a, b, "reporting-credit")
            found.consume(a, b)  # "From wire reports" under the headline
            continue
        if h.HIGHLIGHTS_RE.match(text, a, b):
            highlights = True
            decks.append((a, b))
            found.consume(a, b)
            continue
        if _head_chrome(text, a, b, found):
            continue
        if not title_set and _captioned_title(text, a, b, found):
            title_n = n
            continue
        shaped = h.headline_shaped(text, a, b) and not _wire_dateline(text, a, b)
        if not title_set and not shaped and not decks and _labelled_promo(text, a, b):
            found.consume(a, b)  # "Headline: X! Y!" over the story's headline: a promotion
            continue
        if not title_set and highlights and _deck_under(text, a, b):
            decks.append((a, b))
            found.consume(a, b)
            continue
        if not title_set:
            if _label_above(text, lines, head, n, options):
                found.consume(a, b)  # "Politics", "EXCLUSIVE", a site's name: not the title
                continue
            if (
                shaped
                and len(pending) < _MAX_DECKS
                and _deck_over_headline(text, lines, head, n, options)
            ):
                pending.append((a, b))  # a sentence-case deck over a title-case headline
                continue
            if shaped and not h.deck_like(text[a:b]):
                title_n = n
                _put_title(text, a, b, found)
                found.consume(a, b)
                decks.extend(pending)
                for s, e in pending:
                    found.consume(s, e)
                continue
            following = head.get(n + 1)
            if (
                shaped
                and following is not None
                and len(pending) < _MAX_DECKS
                and h.headline_shaped(text, lines[following].first, lines[following].last)
            ):
                pending.append((a, b))  # a deck above the headline, if one follows
                continue
            if shaped and not pending and _standfirst(text, lines, head, n):
                decks.append((a, b))  # a standfirst with no headline above it
                found.consume(a, b)
                continue
            _first_body(text, lines, head.take(n, n + 2), found)
            _record_decks(decks, found)
            return i
        # Under the headline: decks until the byline, credit or date that closes the header.
        if (
            len(decks) < _MAX_DECKS
            and not _wire_dateline(text, a, b)
            and (
                (highlights and _deck_under(text, a, b))
                or _parenthesised(text, a, b)
                or (n == title_n + 1 and shaped and _standfirst(text, lines, head, n))
                or _header_line_follows(text, lines, head.take(n + 1, n + 3), options)
            )
        ):
            decks.append((a, b))
            found.consume(a, b)
            continue
        _first_body(text, lines, head.take(n, n + 2), found)
        _record_decks(decks, found)
        return i
    _record_decks(decks, found)
    return None


# "Headline: ", "Sponsored: ", "Trending: ": a label word and a colon opening a line.
_LABEL_OPENING_RE = regex.compile(r"(?P<label>\p{Lu}[\p{L}'’]{1,15}+(?:\ \p{L}{1,15}+)?):\ ")


def _labelled_promo(text: str, a: int, b: int) -> bool:
    """A labelled line of headlines above the header ("Headline: A! B!"): not the story.

    Only a line that is not headline-shaped itself, holds two sentences or more (a list of
    headlines) and opens with an editorial or navigation label
    (:data:`~newsparse._meta_lexicon.LABEL_WORDS`). "Poll: Clinton leads in Ohio." is one
    headline with its kicker, and stays.
    """
    if b - a > 200:
        return False
    label = _LABEL_OPENING_RE.match(text, a, min(b, a + 40))
    if label is None or not is_label(label.group("label")):
        return False
    # Two headlines or more: a sentence end inside the line, another at its end.
    return text[b - 1] in "!?.…" and h.TWO_SENTENCES_RE.search(text, label.end(), b) is not None


def _deck_over_headline(
    text: str, lines: Sequence[Line], head: _Visible, n: int, options: ParseOptions
) -> bool:
    """A long sentence-case line right over a shorter title-case headline: a deck.

    "I am tired of being told I am the bad guy and America is the problem" over "Illegal
    Means Illegal: Close the Border": both could be headlines, but a site sets its
    headline in title case (or capitals) when it sets its deck in sentence case, and the
    deck runs longer. A long sentence-case line alone stays the title: headlines in
    sentence case run long too ("British actor poised to take the lead in Jobs, ...").
    """
    following = head.get(n + 1)
    if following is None:
        return False
    a, b = lines[head[n]].first, lines[head[n]].last
    na, nb = lines[following].first, lines[following].last
    line, under = text[a:b], text[na:nb]
    words = len(line.split())
    if words < 12 or line.isupper() or h.title_case_ratio(line) >= 0.5:
        return False
    return (
        h.headline_shaped(text, na, nb)
        and len(under.split()) < words
        and (under.isupper() or h.title_case_ratio(under) >= 0.75)
        and not _header_line_follows(text, lines, [following], options)  # not a byline
    )


def _label_above(
    text: str, lines: Sequence[Line], head: _Visible, n: int, options: ParseOptions
) -> bool:
    """A section name, kicker or site name over the headline ("Politics", "EXCLUSIVE").

    Up to three words, over a headline-shaped line of more words. The short line must read
    as a label: a known label word, an outlet's name, capitals or a closing colon (one
    unknown word may be a short headline: "Al-Karama"). A short headline over a deck
    ("Et Tu, Benedict?") has punctuation a label does not, a deck in brackets or in
    sentence form is no headline, and a short line over a byline is the headline.
    """
    a, b = lines[head[n]].first, lines[head[n]].last
    if b - a > 40 or not head.has(n + 1):
        return False
    line = text[a:b]
    words = line.split()
    if len(words) > 3 or any(c in line for c in ",?!\"“”'‘’()"):
        return False
    na, nb = lines[head[n + 1]].first, lines[head[n + 1]].last
    following = text[na:nb]
    if (
        not h.headline_shaped(text, na, nb)
        or following[:1] == "("
        or len(following.split()) < len(words) + 2
        or h.deck_like(following)
        or _wire_dateline(text, na, nb)
        or _header_line_follows(text, lines, head.take(n + 1, n + 2), options)
    ):
        return False  # over a byline or a credit line, a short line is the headline
    if line.endswith(":") or line.isupper() or is_label(line) or is_outlet(line):
        return True
    # "The Ledger" over "Council approves city budget after long debate": a name of one or
    # two words over a headline of four words more is a banner or a section, as headlines
    # of two words over headline-shaped decks are rare (a short headline over its byline
    # or its story is kept, above).
    return len(words) <= 2 and len(following.split()) >= len(words) + 4


# The last segment of a headline line, after " | " or a spaced dash: "Headline - Site".
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ")


def _put_title(text: str, a: int, b: int, found: Found) -> None:
    """Set the title; a trailing " - Site Name" or " | Site" naming an outlet is the site.

    Only a last segment that names an outlet (an outlet word, a domain or an agency) is
    split off: "Liberals agree – the mayor was right" keeps its dash.
    """
    line = text[a:b]
    cut = max(line.rfind(sep) for sep in _TITLE_SEPARATORS)
    if cut > 0:
        site = line[cut + 3 :].strip()
        head = line[:cut].rstrip()
        if (
            site
            and len(site.split()) <= 5
            and site[:1].isupper()
            and (is_outlet(site) or agency(site) is not None)
            and h.headline_shaped(head, 0, len(head))
        ):
            found.put("title", head, a, a + len(head), "headline")
            s = a + cut + 3 + (len(line[cut + 3 :]) - len(line[cut + 3 :].lstrip()))
            found.put("site", site, s, s + len(site), "headline-site")
            return
    found.put("title", line, a, b, "headline")


def _wire_dateline(text: str, a: int, b: int) -> bool:
    """A line opening with a wire dateline that names a day or an agency: body, not a title."""
    match = DATELINE_RE.match(text, a, min(b, a + 120))
    if match is None:
        return False
    return match.group("day") is not None or agency(match.group("agency") or "") is not None


def _first_body(text: str, lines: Sequence[Line], first: list[int], found: Found) -> None:
    """Read the dateline of the first body line (or, credited "(CNN)", of the next one)."""
    for k, i in enumerate(first):
        if _dateline(text, lines[i].first, lines[i].last, found, credited=k > 0):
            return


def _head_chrome(text: str, a: int, b: int, found: Found) -> bool:
    """A counter or site line in the header ("12k SHARES", "Subscribe to X"): never a title."""
    if b - a > 120:
        return False
    if h.READING_TIME_RE.fullmatch(text, a, b) is not None:
        found.consume(a, b)  # "6 Min Read"
        return True
    counter = h.COUNTER_RE.match(text, a, b)
    if counter is not None:
        read_counter(counter, found)
        found.consume(a, b)
        return True
    site = h.SITE_RE.match(text, a, b)
    if site is not None:
        s, e = site.span("site")
        found.put("site", site.group("site").rstrip("."), s, e, "names-site")
        found.consume(a, b)
        return True
    return False


def _captioned_title(text: str, a: int, b: int, found: Found) -> bool:
    """A photo caption and its credit glued before the headline: take the headline only.

    "Tim Kaine visits the club. | Burgess Everett/POLITICO Kaine visits site of shooting":
    the caption ends at " | ", the credit is a name with "/OUTLET", "AP Photo" or an outlet
    in capitals, and the headline follows it.
    """
    if b - a > 400 or " | " not in text[a:b]:
        return False
    match = h.CAPTIONED_TITLE_RE.fullmatch(text, a, b)
    if match is None or not h.headline_shaped(text, *match.span("title")):
        return False
    s, e = match.span("title")
    found.put("title", text[s:e], s, e, "captioned-headline")
    found.consume(a, b)
    return True


def _name_and_job(text: str, lines: Sequence[Line], head: _Visible, n: int, found: Found) -> bool:
    """A byline over two lines under the headline: "John Smith" then "Staff Writer"."""
    if not head.has(n + 1):
        return False
    a, b = lines[head[n]].first, lines[head[n]].last
    na, nb = lines[head[n + 1]].first, lines[head[n + 1]].last
    if b - a > 60 or nb - na > 60:
        return False
    if not is_job(text[na:nb]):
        return False
    byline = h.BYLINE_RE.fullmatch(text, a, b)
    name = person(byline.group("names") if byline is not None else text[a:b])
    if name is None:
        return False
    found.authors([name], a, b, "name-and-job")
    found.consume(a, b)
    found.consume(na, nb)
    return True


def _record_decks(decks: list[tuple[int, int]], found: Found) -> None:
    """Put the first deck in ``Metadata.deck`` (all are recorded as evidence)."""
    for k, (s, e) in enumerate(decks):
        if k == 0:
            found.put("deck", found.text[s:e], s, e, "deck")
        else:
            found.note("deck", s, e, "deck")


def _deck_under(text: str, a: int, b: int) -> bool:
    """A summary line in a highlights block: short, no final full stop."""
    return b - a <= 300 and text[b - 1] not in '.!?"”'


def _standfirst(text: str, lines: Sequence[Line], head: _Visible, n: int) -> bool:
    """A summary line over the story: six words or more, no sentence end, then a paragraph.

    The story's first paragraph ends a sentence; a line above it that does not, and is not
    a headline (or sits right under one), is the standfirst that introduces it.
    """
    a, b = lines[head[n]].first, lines[head[n]].last
    if not 0 < b - a <= 250 or len(text[a:b].split()) < 6:
        return False
    if text[b - 1] in ".!?\"”’':;,…":
        return False
    if not head.has(n + 1):
        return False
    na, nb = lines[head[n + 1]].first, lines[head[n + 1]].last
    return nb - na > b - a and text[nb - 1] in '.!?"”’)…'


def _parenthesised(text: str, a: int, b: int) -> bool:
    """A bracketed line under a headline: "(Some final thoughts on X)"."""
    return b - a <= 200 and text[a] == "(" and text[b - 1] == ")"


def _header_line_follows(
    text: str, lines: Sequence[Line], following: list[int], options: ParseOptions
) -> bool:
    """True when a byline, credit or date line comes within the next lines."""
    for k, i in enumerate(following):
        a, b = lines[i].first, lines[i].last
        if b - a > 200:
            return False
        scratch = Found(text)  # a dry run: nothing is recorded
        nxt = lines[following[k + 1]] if k + 1 < len(following) else None
        if _byline_line(
            text, a, b, scratch, options, header=True, named=True,
            following=(nxt.first, nxt.last) if nxt is not None else None,
        ):  # fmt: skip
            return True
        if _date_line(text, a, b, scratch, options, banner=False):
            return True
    return False


def _date_line(
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
        label = h.DATE_LABEL_RE.match(text, a, b)
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
        if h.RELATIVE_RE.search(text, a, b) is not None:
            if _residue(text[a:b]) > 3:
                return False
        elif label is None or not any(c.isdigit() for c in text[label.end() : b]):
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
        residue += _residue(gap)
        kinds.append((kind, value))
        position = value.end
    residue += _residue(text[position:b])
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


def _residue(gap: str) -> int:
    """Letters and digits of a stretch of a date line that are no date label or relative date."""
    count = sum(1 for c in gap if c.isalnum())
    if count:
        for pattern in (h.DATE_LABEL_RE, h.RELATIVE_RE):
            for match in pattern.finditer(gap):
                count -= sum(1 for c in match.group() if c.isalnum())
    return count


def _byline_line(
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
    match = h.BYLINE_RE.fullmatch(text, a, b)
    if match is not None:
        # "Posted on February 6, 2018 by janedoe": the date may come before the names.
        dates = found.dates(a, b, options)
        later = [d for d in dates if d.start >= match.start("names")]
        names_end = later[0].start if later else b
        stop = h.NAMES_STOP_RE.search(text, match.start("names"), names_end)
        if stop is not None:
            names_end = stop.start()
        raw = text[match.start("names") : names_end]
        dangling = h.DANGLING_RE.search(raw)
        names = read_names(raw[: dangling.start()] if dangling else raw, single=True)
        if not names.people and not names.sources:
            return False
        _put_names(found, names.people, names.sources, a=a, b=b, rule="byline")
        _put_dates(found, dates, "byline")
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
        if who and not any(c.isdigit() for c in who) and len(who) <= 120:
            names = read_names(who)
            if names.people or names.sources:
                _put_names(found, names.people, names.sources, a=a, b=b, rule="credit-line")
                _put_dates(found, dates, "credit-line")
                found.consume(a, b)
                return True
    if named and b - a <= 100 and line[-1:].isalpha() and following is not None:
        fa, fb = following
        if fb - fa <= 160 and _date_line(text, fa, fb, Found(text), options, banner=False):
            # Over a date line: "Jane Doe", "Jane Doe and John Smith in Washington".
            place = h.NAME_IN_PLACE_RE.fullmatch(text, a, b)
            raw = place.group("names") if place is not None else line
            names = read_names(raw)
            if names.people and not names.sources and _only_names(raw, names.people):
                _put_names(found, names.people, [], a=a, b=b, rule="name-line")
                found.consume(a, b)
                return True
    if header and _segmented_line(text, a, b, found, options):
        return True
    if header and named and b - a <= 40 and line.casefold().endswith(" staff"):
        short = agency(line[:-6])
        if short is not None:  # "Reuters Staff": the agency's own staff
            found.put("source", short, a, b, "staff-byline")
            found.consume(a, b)
            return True
    if header and "," in line and (job := h.JOB_BYLINE_RE.fullmatch(text, a, b)) is not None:
        name = person(job.group("names"))
        if name is not None:
            _put_names(found, [name], [], a=a, b=b, rule="job-byline")
            found.consume(a, b)
            return True
    if header and ("/" in line or "|" in line):
        slash = h.SLASH_BYLINE_RE.fullmatch(text, a, b)
        if slash is not None:
            name = person(slash.group("names"))
            outlet = slash.group("outlet").strip()
            if name is not None and is_job(outlet):
                _put_names(found, [name], [], a=a, b=b, rule="slash-byline")  # "| Staff Writer"
                found.consume(a, b)
                return True
            if name is not None and (
                is_outlet(outlet) or person(outlet) is None or outlet.isupper()
            ):
                source = agency(outlet) or (outlet.title() if outlet.isupper() else outlet)
                _put_names(found, [name], [source], a=a, b=b, rule="slash-byline")
                found.consume(a, b)
                return True
    return False


# Separators between the segments of a header line: "Jane Doe | Feb 6, 2018 | 3 min read".
_SEGMENT_RE = regex.compile(r"[\ \u00a0]{1,3}[|•·][\ \u00a0]{1,3}")


def _segmented_line(text: str, a: int, b: int, found: Found, options: ParseOptions) -> bool:
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
    scratch = Found(text)
    people: list[str] = []
    sources: list[str] = []
    for s, e in spans:
        raw = text[s:e]
        if not raw or h.READING_TIME_RE.fullmatch(text, s, e) or h.COUNTER_RE.fullmatch(text, s, e):
            continue
        if is_job(raw) or _date_line(text, s, e, scratch, options, banner=False):
            continue
        byline = h.BYLINE_RE.fullmatch(text, s, e)
        names = read_names(
            byline.group("names") if byline is not None else raw, single=byline is not None
        )
        if byline is None and not (
            (names.people and not names.sources and _only_names(raw, names.people))
            or (not names.people and agency(raw) is not None)
        ):
            return False
        if not names.people and not names.sources:
            return False
        people.extend(names.people)
        sources.extend(names.sources)
    if not people and not sources and not scratch.fields:
        return False
    _put_names(found, people, sources, a=a, b=b, rule="segmented-line")
    for field in ("published_value", "updated_value"):
        value = scratch.fields.get(field)
        if value is not None:
            found.put(field, value, value.start, value.end, "segmented-line")
    found.consume(a, b)
    return True


def _only_names(raw: str, people: Sequence[str]) -> bool:
    """True when ``raw`` is the names and their joins, nothing else ("A, B and C")."""
    words = [w for w in raw.replace(",", " ").casefold().split() if w not in {"and", "&"}]
    return " ".join(people).casefold().split() == words


def _put_names(
    found: Found, people: Sequence[str], sources: Sequence[str], *, a: int, b: int, rule: str
) -> None:
    if people:
        found.authors(people, a, b, rule)
    if sources:
        found.put("source", sources[0], a, b, rule)


def _put_dates(found: Found, dates: Sequence[DateValue], rule: str) -> None:
    for value in dates:
        if value.day is not None:
            found.put("published_value", value, value.start, value.end, rule)
            return


def _dateline(text: str, a: int, b: int, found: Found, *, credited: bool = False) -> bool:
    """Cut a dateline ("CAIRO, Feb 6 (Reuters) - ") off the first body line.

    ``credited`` asks for an agency in brackets (used on the line after the first).
    """
    match = DATELINE_RE.match(text, a, min(b, a + 120))
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
    found.consume(a, match.end())
    return True
