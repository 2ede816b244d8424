"""Lines and span arithmetic over the input, with offsets always into the input as given.

Lines are found once per parse, by ``str.splitlines`` (every Unicode line end: ``\\n``,
``\\r\\n``, ``\\r``, U+2028, ...), in time linear in the text. Each :data:`Line` records
where its content starts and ends and where its visible characters start and end, so no
later step has to strip or search the text again.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Final, Protocol, TypeAlias

from newsparse._types import Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "INVISIBLE",
    "Line",
    "Spanned",
    "complement",
    "is_blank",
    "merge",
    "merged_pairs",
    "split_lines",
    "visible_indices",
]

#: Characters that show nothing: every ``str.isspace`` character, plus the zero-width
#: characters and the byte-order mark, which scrapers leave in text and readers never see.
INVISIBLE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u180e\u200b\u200c\u200d\u2060\ufeff"
)


class Spanned(Protocol):
    """Anything with ``start`` and ``end`` offsets: a :class:`Span` or any result item."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


#: One line of the input, as a plain tuple ``(start, end, next, first, last)``:
#: ``start:end`` is the line without its line end; ``next`` is where the following line
#: starts; ``first:last`` is the line's visible part (``first == last`` on a blank line).
#: A plain tuple, not a named one: CPython's collector stops tracking a tuple of ints,
#: so a million line records of a line-dense input cost it nothing after their first
#: collection (a named tuple it walks at every full collection); and it is built by
#: one instruction. Read the fields by position with the constants below, or unpack.
Line: TypeAlias = tuple[int, int, int, int, int]

#: The fields of a :data:`Line` by position: ``line[FIRST]:line[LAST]`` is what it shows.
START: Final = 0
END: Final = 1
NEXT: Final = 2
FIRST: Final = 3
LAST: Final = 4


_START_END = attrgetter("start", "end")


def visible_indices(lines: Sequence[Line]) -> list[int]:
    """The indices of the lines that show something, in order.

    One comprehension over the records (faster than ``map``/``compress`` over item
    getters), made once per parse: the readers that skip blank lines walk this list
    instead of every line.

    >>> visible_indices(split_lines("a\\n\\n \\nb"))
    [0, 3]
    """
    return [index for index, line in enumerate(lines) if line[3] != line[4]]


#: What ``str.splitlines`` ends a line with, and a line that is nothing but one of them.
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BARE_BREAKS = frozenset(["\r\n", *_LINE_ENDS])


def split_lines(text: str) -> tuple[Line, ...]:
    """Split ``text`` into :data:`Line` records; linear in ``len(text)``.

    One ``str.splitlines`` pass, then constant work per line: an empty line (the blank
    line between paragraphs, or 200,000 newlines in a row) costs one tuple, a line visible
    at both ends one C-level strip, and other lines three; each record is a plain tuple,
    built by one instruction. Text whose only line end is ``\\n`` (most of it) is split
    on that character instead, which spares copying each line once more to cut its end.

    >>> [line[FIRST:] for line in split_lines(" ab \\r\\n\\ncd")]
    [(1, 3), (6, 6), (7, 9)]
    >>> split_lines("ab\\n\\ncd\\n")  # (start, end, next, first, last)
    ((0, 2, 3, 0, 2), (3, 3, 4, 3, 3), (4, 6, 7, 4, 6))
    """
    if not any(end in text for end in _OTHER_LINE_ENDS):  # C-level scans, memchr mostly
        return _split_newlines(text)
    lines: list[Line] = []
    append = lines.append
    position = 0
    for piece in text.splitlines(keepends=True):
        following = position + len(piece)
        # The length test first: hashing a long line for the set look-up costs more.
        if following - position <= 2 and piece in _BARE_BREAKS:
            append((position, position, following, position, position))
        else:
            content = piece.rstrip(_LINE_ENDS)  # never empty: a bare break took the branch above
            end = position + len(content)
            append(_visible(content, position, end, following))
        position = following
    return tuple(lines)


#: The line ends other than ``\\n``: ``str.splitlines`` ends lines at each of these too.
_OTHER_LINE_ENDS = tuple(_LINE_ENDS.replace("\n", ""))


def _split_newlines(text: str) -> tuple[Line, ...]:
    """:func:`split_lines` for text with no line end but ``\\n``: split on it, no copy to cut."""
    lines: list[Line] = []
    append = lines.append
    position = 0
    for content in text.split("\n"):
        end = position + len(content)
        following = end + 1
        if not content:
            append((position, position, following, position, position))
        elif content[0] not in INVISIBLE and content[-1] not in INVISIBLE:
            append((position, end, following, position, end))  # the common case
        else:
            append(_visible(content, position, end, following))
        position = following
    # ``split`` gives one piece more than there are newlines: an empty one when the text
    # ends with a newline (``splitlines`` has no line there), else a last line with no end.
    final = lines.pop()
    start, end, _next, first, last = final
    if end > start:
        append((start, end, end, first, last))
    return tuple(lines)


def _visible(content: str, start: int, end: int, following: int) -> tuple[int, int, int, int, int]:
    """The fields of the line ``content`` (not empty) at ``start:end``, its visible part found."""
    if content[0] not in INVISIBLE and content[-1] not in INVISIBLE:
        return (start, end, following, start, end)  # most lines: nothing to strip
    visible = content.lstrip(INVISIBLE)
    if not visible:
        return (start, end, following, end, end)
    first = end - len(visible)
    return (start, end, following, first, first + len(visible.rstrip(INVISIBLE)))


def is_blank(text: str) -> bool:
    """True when ``text`` has no visible character.

    >>> is_blank(" \\u200b\\n"), is_blank(" x ")
    (True, False)
    """
    return not text.strip(INVISIBLE)


def merge(spans: Iterable[Spanned]) -> list[Spanned]:
    """Sort spans and merge those that overlap or touch; empty spans are dropped.

    Items that merge with none are returned as they are (a chrome item stays itself);
    merged ones become a new :class:`Span`.

    >>> merge([Span(5, 8), Span(0, 2), Span(2, 3), Span(7, 9)])
    [Span(start=0, end=3), Span(start=5, end=9)]
    """
    out: list[Spanned] = []
    # Sorted by a C-level key, not by Span's own ordering: attrs' generated comparison
    # builds two tuples in Python for each of the n log n comparisons. Same order.
    for span in sorted((s for s in spans if s.end > s.start), key=_START_END):
        if out and span.start <= out[-1].end:
            if span.end > out[-1].end:
                out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def merged_pairs(spans: Iterable[Spanned]) -> list[tuple[int, int]]:
    """:func:`merge` as ``(start, end)`` pairs, no object built.

    >>> merged_pairs([Span(5, 8), Span(0, 2), Span(2, 3), Span(7, 9), Span(4, 4)])
    [(0, 3), (5, 9)]
    """
    out: list[tuple[int, int]] = []
    append = out.append
    last_start = last_end = -1
    for start, end in sorted(map(_START_END, spans)):
        if end <= start:
            continue
        if start <= last_end:
            last_end = max(last_end, end)
            continue
        if last_end >= 0:
            append((last_start, last_end))
        last_start, last_end = start, end
    if last_end >= 0:
        append((last_start, last_end))
    return out


def complement(spans: Sequence[Spanned], length: int) -> list[Span]:
    """The parts of ``[0, length)`` that merged, sorted ``spans`` leave uncovered.

    >>> complement([Span(2, 4)], 6)
    [Span(start=0, end=2), Span(start=4, end=6)]
    """
    out: list[Span] = []
    position = 0
    for span in spans:
        if span.start > position:
            out.append(Span(position, span.start))
        position = max(position, span.end)
    if position < length:
        out.append(Span(position, length))
    return out
