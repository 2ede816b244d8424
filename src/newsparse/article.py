"""The whole parse: chrome, metadata, paragraphs and quotes, and the partition of the input.

:func:`parse` runs each concern once over the same line index, in time linear in the text,
and proves the no-loss guarantee: :attr:`Article.regions` covers every input character,
each as body, metadata, chrome or blank.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING

from newsparse._fast import new_region, new_span
from newsparse._spans import INVISIBLE, Spanned, merge, merged_pairs, split_lines, visible_indices
from newsparse._types import Article, ParseOptions, Region, RegionKind
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
    shown = visible_indices(lines)  # the lines that show something, found once
    metadata, header = extract_metadata(text, lines, chrome, options, shown)
    excluded = merge([*chrome, *header])
    paragraphs = paragraphs_between(text, lines, excluded, shown)
    quotes = attribute_in(text, paragraphs, kinds=options.quote_kinds)
    # The metadata's stretches less the chrome's: the metadata regions, from which (with
    # the paragraphs and the chrome) Article.regions is cut when it is first asked for.
    metadata_spans = _subtract(merged_pairs(header), merged_pairs(chrome)) if header else ()
    return Article(
        text=text,
        metadata=metadata,
        paragraphs=paragraphs,
        quotes=quotes,
        chrome=chrome,
        speakers=summarize_speakers(quotes),
        metadata_spans=tuple([new_span(start, end) for start, end in metadata_spans]),
    )


def partition(
    text: str,
    *,
    body: Sequence[tuple[int, int]],
    metadata: Sequence[Spanned],
    chrome: Sequence[Spanned],
) -> tuple[Region, ...]:
    """Cut ``text`` into regions: chrome over metadata over body; the rest is blank.

    ``body`` holds ``(start, end)`` pairs (one per paragraph, built cheaply); metadata and
    chrome come as anything with ``start`` and ``end`` (a :class:`Span`, a
    :class:`ChromeLine`). Where kinds overlap, chrome wins, then metadata. A
    stretch that no span covers is blank when it is invisible and body otherwise, so the
    regions always cover the input. ``body`` must be sorted by start; each step is one
    pointer walk, so this is linear in the number of spans plus the length of the gaps.

    >>> from newsparse import Span
    >>> [(r.kind.value, r.text) for r in partition("T\\n\\nBody", body=[(3, 7)],
    ...     metadata=[Span(0, 1)], chrome=[])]
    [('metadata', 'T'), ('blank', '\\n\\n'), ('body', 'Body')]
    """
    chrome_spans = merged_pairs(chrome)
    metadata_spans = _subtract(merged_pairs(metadata), chrome_spans)
    # Chrome and what metadata is left beside it are disjoint: sorted, they cut the body.
    claimed = sorted([*chrome_spans, *metadata_spans])
    labelled = [(start, end, RegionKind.CHROME) for start, end in chrome_spans]
    labelled.extend((start, end, RegionKind.METADATA) for start, end in metadata_spans)
    labelled.extend((start, end, RegionKind.BODY) for start, end in _subtract(body, claimed))
    labelled.sort(key=itemgetter(0))
    blank, body_kind = RegionKind.BLANK, RegionKind.BODY
    regions: list[Region] = []
    emit = regions.append
    position = 0
    # The labelled piece last seen, not yet emitted: touching chrome (or metadata) after it
    # extends it, so touching chrome reads as one region.
    held: RegionKind | None = None
    held_start = 0
    for start, end, kind in labelled:
        if start > position:
            if held is not None:
                emit(new_region(held_start, position, text[held_start:position], held))
                held = None
            # An uncovered stretch: blank if invisible, else body (never dropped).
            gap = text[position:start]
            emit(new_region(position, start, gap, body_kind if gap.strip(INVISIBLE) else blank))
        elif held is kind and kind is not body_kind:
            position = end
            continue
        elif held is not None:
            emit(new_region(held_start, position, text[held_start:position], held))
        held, held_start, position = kind, start, end
    if held is not None:
        emit(new_region(held_start, position, text[held_start:position], held))
    if position < len(text):
        gap = text[position:]
        emit(new_region(position, len(text), gap, body_kind if gap.strip(INVISIBLE) else blank))
    return tuple(regions)


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
