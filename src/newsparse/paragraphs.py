"""Paragraphs: split text into body paragraphs with offsets into the input.

A paragraph is a run of visible text between line breaks. Lines of one block are joined
into one paragraph when the text is hard-wrapped (a line that ends mid-sentence followed by
one that goes on in lower case, or wire copy whose paragraphs are marked by indentation);
otherwise each line is a paragraph of its own, which is how scrapers write them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._spans import INVISIBLE, Line, split_lines
from newsparse._types import Paragraph, Span
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["split_paragraphs"]


def __dir__() -> list[str]:
    return __all__


# A line that ends a sentence or a heading: end punctuation, perhaps followed by closing
# quotes or brackets. Anchored at the end of the stripped line; bounded lookbehind-free.
_ENDS_SENTENCE_RE = regex.compile(r"[.!?:;…]['\"”’»)\]]{0,3}+$")

# A line that continues the previous one: starts with a lower-case letter or a digit run
# that is no list number, or with punctuation that cannot open a sentence.
_CONTINUES_RE = regex.compile(r"\p{Ll}|[,;)\]]")


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split ``text`` into paragraphs, every visible character in exactly one of them.

    Blank lines always separate paragraphs; single line breaks do unless the text is
    hard-wrapped there. Nothing is set aside as chrome here: use :func:`newsparse.parse`
    for that.

    :param text: any ``str``.
    :returns: the paragraphs in input order; ``()`` for blank text.
    :raises InputTypeError: when ``text`` is not a ``str``.

    >>> [p.text for p in split_paragraphs("One.\\n\\nTwo starts\\nand goes on.\\nThree.")]
    ['One.', 'Two starts\\nand goes on.', 'Three.']

    .. versionadded:: 0.1.0
    """
    check_text(text)
    return paragraphs_between(text, split_lines(text), ())


def _pieces(text: str, lines: Sequence[Line], excluded: Sequence[Span]) -> list[tuple[int, int, int]]:
    """Visible, non-excluded pieces of each line as ``(line index, start, end)``.

    ``excluded`` is sorted and merged; one pointer walks it, so this is linear.
    """
    out: list[tuple[int, int, int]] = []
    pointer = 0
    n_excluded = len(excluded)
    for index, line in enumerate(lines):
        if line.blank:
            continue
        position = line.first
        while pointer < n_excluded and excluded[pointer].end <= position:
            pointer += 1
        cursor = pointer
        while position < line.last:
            if cursor < n_excluded and excluded[cursor].start < line.last:
                span = excluded[cursor]
                if span.start <= position:
                    position = max(position, span.end)
                    cursor += 1
                    continue
                out.append((index, position, span.start))
                position = span.end
                cursor += 1
            else:
                out.append((index, position, line.last))
                break
    stripped: list[tuple[int, int, int]] = []
    for index, start, end in out:
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip(INVISIBLE))
        right = len(piece.rstrip(INVISIBLE))
        if right > left:
            stripped.append((index, start + left, start + right))
    return stripped


def paragraphs_between(
    text: str, lines: Sequence[Line], excluded: Sequence[Span]
) -> tuple[Paragraph, ...]:
    """Paragraphs of ``text`` outside the sorted, merged ``excluded`` spans.

    Every visible character outside ``excluded`` lands in exactly one paragraph (the
    no-loss guarantee rests on this). Linear in the text.
    """
    pieces = _pieces(text, lines, excluded)
    paragraphs: list[Paragraph] = []
    group_start = group_end = -1
    group_line = -1
    rule = "line"
    for index, start, end in pieces:
        joins = (
            group_start >= 0
            and index == group_line + 1
            and _wrapped(text, group_end, start)
        )
        if joins:
            group_end = end
            group_line = index
            rule = "wrapped-lines"
            continue
        if group_start >= 0:
            paragraphs.append(
                Paragraph(start=group_start, end=group_end, text=text[group_start:group_end], rule=rule)
            )
        group_start, group_end, group_line = start, end, index
        rule = "line"
    if group_start >= 0:
        paragraphs.append(
            Paragraph(start=group_start, end=group_end, text=text[group_start:group_end], rule=rule)
        )
    return tuple(paragraphs)


def _wrapped(text: str, previous_end: int, next_start: int) -> bool:
    """True when the line ending at ``previous_end`` runs on into the one at ``next_start``."""
    if _ENDS_SENTENCE_RE.search(text, max(0, previous_end - 4), previous_end):
        return False
    return _CONTINUES_RE.match(text, next_start) is not None
