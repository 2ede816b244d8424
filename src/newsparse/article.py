"""The whole parse: chrome, metadata, paragraphs and quotes, and the partition of the input.

:func:`parse` runs each concern once over the same line index, in time linear in the text,
and proves the no-loss guarantee: :attr:`Article.regions` covers every input character,
each as body, metadata, chrome or blank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._spans import INVISIBLE, merge, split_lines
from newsparse._types import Article, ParseOptions, Region, RegionKind, Span
from newsparse.chrome import find_chrome
from newsparse.errors import check_text
from newsparse.metadata import extract_metadata
from newsparse.paragraphs import paragraphs_between
from newsparse.quotes import attribute_in, summarize_speakers

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["parse"]


def __dir__() -> list[str]:
    return __all__


def parse(text: str, *, options: ParseOptions | None = None) -> Article:
    """Parse a scraped article: metadata, body paragraphs, quotes and chrome.

    :param text: the article as plain text; any ``str`` is valid.
    :param options: a :class:`ParseOptions`; ``None`` for the defaults.
    :returns: an :class:`Article` whose every item carries offsets into ``text``.
    :raises InputTypeError: when ``text`` is not a ``str`` (decode bytes first).
    :raises OptionsError: when ``options`` is not a :class:`ParseOptions`.

    >>> article = parse('Headline here\\n\\n"We won," Smith said.\\n\\nViews: 12')
    >>> article.metadata.title, article.metadata.views
    ('Headline here', 12)
    >>> [(q.text, q.speaker.name) for q in article.quotes]
    [('We won,', 'Smith')]

    .. versionadded:: 0.1.0
    """
    check_text(text)
    options = ParseOptions.resolve(options)
    lines = split_lines(text)
    chrome = find_chrome(text, lines, options.chrome) if options.strip_chrome else ()
    metadata, header = extract_metadata(text, lines, chrome, options)
    chrome_spans = [Span(c.start, c.end) for c in chrome]
    excluded = merge([*chrome_spans, *header])
    paragraphs = paragraphs_between(text, lines, excluded)
    quotes = attribute_in(text, paragraphs)
    regions = partition(
        text,
        body=[Span(p.start, p.end) for p in paragraphs],
        metadata=header,
        chrome=chrome_spans,
    )
    return Article(
        text=text,
        metadata=metadata,
        paragraphs=paragraphs,
        quotes=quotes,
        chrome=chrome,
        regions=regions,
        speakers=summarize_speakers(quotes),
    )


def partition(
    text: str, *, body: Sequence[Span], metadata: Sequence[Span], chrome: Sequence[Span]
) -> tuple[Region, ...]:
    """Cut ``text`` into regions: chrome over metadata over body; the rest is blank.

    Where kinds overlap, chrome wins, then metadata. A stretch that no span covers is blank
    when it is invisible and body otherwise, so the regions always cover the input.
    """
    labelled: list[tuple[int, int, RegionKind]] = []
    for kind, spans in (
        (RegionKind.CHROME, chrome),
        (RegionKind.METADATA, metadata),
        (RegionKind.BODY, body),
    ):
        labelled.extend((s.start, s.end, kind) for s in spans if s.end > s.start)
    rank = {RegionKind.CHROME: 0, RegionKind.METADATA: 1, RegionKind.BODY: 2}
    labelled.sort(key=lambda item: (item[0], rank[item[2]]))
    pieces: list[tuple[int, int, RegionKind]] = []
    position = 0
    for start, end, kind in _flatten(labelled, rank):
        if start > position:
            pieces.extend(_gap(text, position, start))
        pieces.append((start, end, kind))
        position = end
    if position < len(text):
        pieces.extend(_gap(text, position, len(text)))
    merged: list[tuple[int, int, RegionKind]] = []
    for start, end, kind in pieces:
        touching = merged and merged[-1][2] is kind and merged[-1][1] == start
        if touching and kind is not RegionKind.BODY:
            merged[-1] = (merged[-1][0], end, kind)
        else:
            merged.append((start, end, kind))
    return tuple(Region(start=s, end=e, text=text[s:e], kind=k) for s, e, k in merged)


def _flatten(
    labelled: list[tuple[int, int, RegionKind]], rank: dict[RegionKind, int]
) -> list[tuple[int, int, RegionKind]]:
    """Resolve overlaps among sorted labelled spans by rank; the result is disjoint."""
    out: list[tuple[int, int, RegionKind]] = []
    for span_start, end, kind in labelled:
        start = span_start
        while out and start < out[-1][1]:
            last_start, last_end, last_kind = out[-1]
            if rank[kind] >= rank[last_kind]:
                start = last_end  # the earlier, stronger span keeps the overlap
                break
            out.pop()  # the new span is stronger: cut the earlier one back
            if last_start < start:
                out.append((last_start, start, last_kind))
            if last_end > end:
                out.append((start, end, kind))
                out.append((end, last_end, last_kind))
                start = end
                break
        if start < end:
            out.append((start, end, kind))
    out.sort()
    return out


def _gap(text: str, start: int, end: int) -> list[tuple[int, int, RegionKind]]:
    """Label an uncovered stretch: blank if invisible, else body (never dropped)."""
    kind = RegionKind.BLANK if not text[start:end].strip(INVISIBLE) else RegionKind.BODY
    return [(start, end, kind)]
