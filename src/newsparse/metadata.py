"""Metadata: the article's title, credit, byline, dates and counters, with evidence.

The header is read from the first visible lines that are not chrome (at most
:data:`_HEAD_LINES`), the footer from the last few (:data:`_TAIL_LINES`); counters, the
copyright holder and the site's name come from the chrome lines as well. Nothing is read
from the middle of the story, so a date or a name mentioned in the story never becomes
metadata, and the cost per article is bounded by those windows. Every field found records
its span and rule in ``Metadata.evidence``.

The reading is split over private modules: ``_window`` (which lines are read),
``_head_lines`` (date lines, bylines, credits, datelines), ``_head_title`` (headline,
labels, decks), ``_footer`` (sign-offs, credits, bios, copyright), ``_byline`` (name and
dateline grammar) and ``_header`` (the line patterns).
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

import attrs

from newsparse import _header as h
from newsparse._byline import AGENCY_IN_RE, agency
from newsparse._footer import origin_line, read_chrome, read_tail
from newsparse._found import Found
from newsparse._head_lines import (
    byline_line,
    date_line,
    first_body,
    header_line_follows,
    wire_dateline,
)
from newsparse._head_title import (
    captioned_title,
    deck_over_headline,
    deck_under,
    head_chrome,
    label_above,
    labelled_promo,
    name_and_job,
    parenthesised,
    put_title,
    record_decks,
    standfirst,
)
from newsparse._patterns import fold, lazy_compile
from newsparse._spans import FIRST, LAST, split_lines, visible_indices
from newsparse._types import Metadata, ParseOptions, Span
from newsparse._window import ChromeIndex, Visible, visible
from newsparse.chrome import find_chrome
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._spans import Line
    from newsparse._types import ChromeLine

__all__ = ["parse_metadata"]


def __dir__() -> list[str]:
    return __all__


_HEAD_LINES = 15  # visible, non-chrome lines read at the top
_TAIL_LINES = 8  # visible lines read at the bottom
_MAX_DECKS = 4  # deck lines taken under (or over) a headline


def extract_metadata(
    text: str,
    lines: Sequence[Line],
    chrome: Sequence[ChromeLine],
    options: ParseOptions,
    shown: Sequence[int] | None = None,
) -> tuple[Metadata, tuple[Span, ...]]:
    """Metadata of ``text`` and the spans its header and footer metadata take up (not body).

    Only the first and last few visible lines (blank and chrome lines skipped on the way)
    and the chrome lines are read, each by bounded patterns: linear in the text at worst
    (a text of blank lines), bounded by the windows on an ordinary article. ``shown`` is
    :func:`~newsparse._spans.visible_indices` of ``lines`` when the caller has it already.
    """
    found = Found(text)
    is_chrome = ChromeIndex(lines, chrome)
    first = _page_title(text, lines, found)
    if shown is None:  # the lines that show something: blank lines are never visited
        shown = visible_indices(lines)
    head = Visible(shown, is_chrome, first, _HEAD_LINES)
    tail = visible(is_chrome, reversed(shown), _TAIL_LINES)
    top = head.get(0)
    clock = _clock_above(text, lines, is_chrome, len(lines) if top is None else top)
    body_start = _read_head(text, lines, head, found, options, clock=clock)
    tail_lines = tail if body_start is None else [i for i in tail if i > body_start]
    read_tail(text, lines, tail_lines, found, options)
    tail_from = lines[tail_lines[-1]][FIRST] if tail_lines else len(text)
    read_chrome(text, chrome, found, tail_from=tail_from)
    _title_without_site(found)
    found.evidence.sort(key=lambda e: (e.start, e.field))
    metadata = Metadata(evidence=tuple(found.evidence), **found.fields)
    return metadata, tuple(sorted(found.spans, key=attrgetter("start", "end")))


def _title_without_site(found: Found) -> None:
    """Cut " | The Ledger" off the title when the page names The Ledger as its site.

    Only the site found elsewhere (a copyright or "appeared first on" line) is cut, after
    " | " or a spaced dash: the title's own words are never guessed to be a site's name.
    """
    title, site = found.fields.get("title"), found.fields.get("site")
    if not title or not site or len(title) <= len(site) + 3:
        return
    for sep in (" | ", " - ", " – ", " — "):
        if title.endswith(sep + site):
            head = title[: -len(sep + site)].rstrip()
            evidence = next(e for e in found.evidence if e.field == "title")
            found.fields["title"] = head
            found.evidence[found.evidence.index(evidence)] = attrs.evolve(
                evidence, end=evidence.start + len(head), text=head
            )
            return


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
    options = ParseOptions.resolve(options)
    lines = split_lines(text)
    chrome = find_chrome(text, lines, options.chrome)
    return extract_metadata(text, lines, chrome, options)[0]


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
    for start in range(min(len(lines), 5)):
        line = lines[start]
        if line[FIRST] != line[LAST]:  # the first line that shows something
            break
    else:
        return 0
    if line[LAST] - line[FIRST] > 300:
        return 0
    page = text[line[FIRST] : line[LAST]]
    if "|" not in page and "-" not in page and "–" not in page and "—" not in page:
        return 0
    parts = [p.strip() for p in _SEGMENT_SPLIT_RE.split(page)]
    if len(parts) < 2 or not parts[0] or not parts[-1]:
        return 0
    headline = " ".join(parts[0].split())
    size = len(headline)
    for i in range(start + 1, min(len(lines), start + _PAGE_TITLE_REACH)):
        other = lines[i]
        width = other[LAST] - other[FIRST]
        # Folding spaces only shortens a line: a longer headline or a much shorter one
        # cannot be a repeat.
        if width < size or (width != size and (" " not in headline or width > 2 * size + 8)):
            continue
        if " ".join(text[other[FIRST] : other[LAST]].split()) == headline:
            site = parts[-1]
            found.consume(line[FIRST], line[LAST])
            if len(site) <= 60 and site[:1].isupper():
                s = line[FIRST] + page.rindex(site)
                found.put("site", site, s, s + len(site), "page-title")
            return i
    return 0


_SEGMENT_SPLIT_RE = lazy_compile(r"\s{1,4}[-|–—]\s{1,4}")


def _clock_above(text: str, lines: Sequence[Line], is_chrome: ChromeIndex, stop: int) -> bool:
    """True when a chrome line above the header is a site clock ("Last Update 20:39")."""
    if is_chrome.empty:
        return False
    for i in range(min(stop, 40)):
        line = lines[i]
        if is_chrome[i] and h.CLOCK_RE.fullmatch(
            text, line[FIRST], min(line[LAST], line[FIRST] + 60)
        ):
            return True
    return False


def _read_head(
    text: str,
    lines: Sequence[Line],
    head: Visible,
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
        a, b = line[FIRST], line[LAST]
        title_set = "title" in found.fields
        if title_set and name_and_job(text, lines, head, n, found):
            skip = n + 1
            continue
        if text.find(":", a, b) >= 0 and h.CLOCK_RE.fullmatch(text, a, b):  # "20:39"
            clock_seen = True  # a site clock: its line and the date beside it are chrome
            found.consume(a, b)
            continue
        # A line a dry run read as no date line or byline is not read again; one it read
        # as one, with the same arguments, has the calls of that reading replayed.
        dry, journals = found.dry, found.journals
        banner = clock_seen and not title_set
        key: tuple[object, ...] = ("date", a, b)
        if not banner and key in journals:
            found.replay(journals[key])
            continue
        if dry.get(key) is not False and date_line(text, a, b, found, options, banner=banner):
            continue
        following = head.get(n + 1)
        below = (lines[following][FIRST], lines[following][LAST]) if following is not None else None
        key = ("byline", a, b, below)
        if title_set and key in journals:
            found.replay(journals[key])
            continue
        if dry.get(key) is not False and byline_line(
            text, a, b, found, options, header=True, named=title_set, following=below
        ):
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
        if fold(text[a : a + 5]) == "story" and h.HIGHLIGHTS_RE.match(text, a, b):
            highlights = True
            decks.append((a, b))
            found.consume(a, b)
            continue
        if head_chrome(text, a, b, found):
            continue
        if not title_set and captioned_title(text, a, b, found):
            title_n = n
            continue
        shaped = h.headline_shaped(text, a, b) and not wire_dateline(text, a, b)
        if not title_set and not decks and labelled_promo(text, a, b):
            found.consume(a, b)  # "Headline: X! Y!" over the story's headline: a promotion
            continue
        if not title_set and highlights and deck_under(text, a, b):
            decks.append((a, b))
            found.consume(a, b)
            continue
        if not title_set:
            if label_above(text, lines, head, n, found=found, options=options):
                found.consume(a, b)  # "Politics", "EXCLUSIVE", a site's name: not the title
                continue
            if (
                shaped
                and len(pending) < _MAX_DECKS
                and deck_over_headline(text, lines, head, n, found=found, options=options)
            ):
                pending.append((a, b))  # a sentence-case deck over a title-case headline
                continue
            if shaped and not h.deck_like(text[a:b]):
                title_n = n
                put_title(text, a, b, found)
                found.consume(a, b)
                decks.extend(pending)
                for s, e in pending:
                    found.consume(s, e)
                continue
            if (
                shaped
                and following is not None
                and len(pending) < _MAX_DECKS
                and h.headline_shaped(text, lines[following][FIRST], lines[following][LAST])
            ):
                pending.append((a, b))  # a deck above the headline, if one follows
                continue
            if shaped and not pending and standfirst(text, lines, head, n):
                decks.append((a, b))  # a standfirst with no headline above it
                found.consume(a, b)
                continue
            first_body(text, lines, head.take(n, n + 2), found, options)
            record_decks(decks, found)
            return i
        # Under the headline: decks until the byline, credit or date that closes the header.
        if (
            len(decks) < _MAX_DECKS
            and not wire_dateline(text, a, b)
            and (
                (highlights and deck_under(text, a, b))
                or parenthesised(text, a, b)
                or (n == title_n + 1 and shaped and standfirst(text, lines, head, n))
                or header_line_follows(text, lines, head.take(n + 1, n + 3), found, options)
            )
        ):
            decks.append((a, b))
            found.consume(a, b)
            continue
        first_body(text, lines, head.take(n, n + 2), found, options)
        record_decks(decks, found)
        return i
    record_decks(decks, found)
    return None
