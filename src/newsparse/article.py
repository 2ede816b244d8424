"""The whole parse: chrome, metadata, paragraphs and quotes, and the partition of the input.

:func:`parse` runs each concern once over the same line index, in time linear in the text,
and proves the no-loss guarantee: :attr:`Article.regions` covers every input character,
each as body, metadata, chrome or blank.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING

from newsparse._fast import new_region
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
    quotes = attribute_in(text, paragraphs, kinds=options.quote_kinds)
    regions = partition(
        text,
        body=[(p.start, p.end) for p in paragraphs],
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
    text: str,
    *,
    body: Sequence[tuple[int, int]],
    metadata: Sequence[Span],
    chrome: Sequence[Span],
) -> tuple[Region, ...]:
    """Cut ``text`` into regions: chrome over metadata over body; the rest is blank.

    ``body`` holds ``(start, end)`` pairs (one per paragraph, built cheaply); metadata and
    chrome are few, and come as :class:`Span`. Where kinds overlap, chrome wins, then metadata. A
    stretch that no span covers is blank when it is invisible and body otherwise, so the
    regions always cover the input. ``body`` must be sorted by start; each step is one
    pointer walk, so this is linear in the number of spans plus the length of the gaps.

    >>> [(r.kind.value, r.text) for r in partition("T\\n\\nBody", body=[(3, 7)],
    ...     metadata=[Span(0, 1)], chrome=[])]
    [('metadata', 'T'), ('blank', '\\n\\n'), ('body', 'Body')]
    """
    chrome_spans = [(span.start, span.end) for span in merge(chrome)]
    metadata_spans = _subtract([(span.start, span.end) for span in merge(metadata)], chrome_spans)
    # Chrome and what metadata is left beside it are disjoint: sorted, they cut the body.
    claimed = sorted([*chrome_spans, *metadata_spans])
    labelled = [(start, end, RegionKind.CHROME) for start, end in chrome_spans]
    labelled.extend((start, end, RegionKind.METADATA) for start, end in metadata_spans)
    labelled.extend((start, end, RegionKind.BODY) for start, end in _subtract(body, claimed))
    labelled.sort(key=itemgetter(0))
    blank, body_kind = RegionKind.BLANK, RegionKind.BODY
    pieces: list[tuple[int, int, RegionKind]] = []
    position = 0
    for start, end, kind in labelled:
        if start > position:
            # An uncovered stretch: blank if invisible, else body (never dropped).
            visible = text[position:start].strip(INVISIBLE)
            pieces.append((position, start, body_kind if visible else blank))
        if pieces and pieces[-1][2] is kind and pieces[-1][1] == start and kind is not body_kind:
            pieces[-1] = (pieces[-1][0], end, kind)  # touching chrome reads as one region
        else:
            pieces.append((start, end, kind))
        position = end
    if position < len(text):
        visible = text[position:].strip(INVISIBLE)
        pieces.append((position, len(text), body_kind if visible else blank))
    return tuple([new_region(s, e, text[s:e], k) for s, e, k in pieces])


def _subtract(
    spans: Sequence[tuple[int, int]], cuts: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``spans`` (sorted by start) less the sorted, merged ``cuts``; one pointer walk."""
    if not cuts:
        return [span for span in spans if span[1] > span[0]]
    out: list[tuple[int, int]] = []
    pointer = 0
    n_cuts = len(cuts)
    for start, end in spans:
        while pointer < n_cuts and cuts[pointer][1] <= start:
            pointer += 1
        cursor = pointer
        while start < end and cursor < n_cuts and cuts[cursor][0] < end:
            cut_start, cut_end = cuts[cursor]
            if cut_start > start:
                out.append((start, cut_start))
            start = max(start, cut_end)  # noqa: PLW2901 (walking the span forward)
            cursor += 1
        if start < end:
            out.append((start, end))
    return out
