"""Paragraphs: split text into body paragraphs with offsets into the input.

A paragraph is a run of visible text between line breaks. Blank lines always separate
paragraphs. A single line break separates them too, which is how scrapers write text,
unless the text is *hard-wrapped*:

- **Wrapped text** (most lines of its blocks run to a similar width, under about 100
  characters, and go on into the next line): lines of a block join into one paragraph. When
  the text marks paragraphs by indenting their first line (wire copy such as Reuters-21578),
  an indented line starts a new one; otherwise a new one starts after a line that ends a
  sentence well short of the wrap width.
- **Otherwise**, a line joins the one above only where it plainly goes on: the line above
  ends mid-sentence and this one starts in lower case (a stray wrapped sentence).

The layout is read once per text, from its lines' lengths and indents: linear time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from newsparse._fast import new_paragraph
from newsparse._patterns import lazy_compile
from newsparse._spans import INVISIBLE, Line, Spanned, split_lines, visible_indices
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newsparse._types import Paragraph

__all__ = ["split_paragraphs"]


def __dir__() -> list[str]:
    return __all__


# A line that ends a sentence or a heading: end punctuation, perhaps followed by closing
# quotes or brackets. Anchored at the end of the stripped line; bounded lookbehind-free.
_ENDS_SENTENCE_RE = lazy_compile(r"[.!?:;…]['\"”’»)\]]{0,3}+$")

# A line that continues the previous one: starts with a lower-case letter or a digit run
# that is no list number, or with punctuation that cannot open a sentence.
_CONTINUES_RE = lazy_compile(r"\p{Ll}|[,;)\]]")


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


def _scan(
    text: str, lines: Sequence[Line], excluded: Sequence[Spanned], shown: Sequence[int]
) -> tuple[list[tuple[int, int, int]], _Layout]:
    """The visible, non-excluded pieces of each line, and the text's layout, in one pass.

    Pieces come as ``(line index, start, end)``. ``excluded`` is sorted and merged; one
    pointer walks it, so this is linear. The layout is read from the pairs of lines with no
    blank between them (see :func:`_read_layout`), in the same walk, which visits only the
    lines that show something (``shown``, :func:`visible_indices`): blank lines cost no
    step of it.
    """
    out: list[tuple[int, int, int]] = []
    append = out.append
    pointer = 0
    n_excluded = len(excluded)
    # Layout counts over the pairs of lines with no blank between them: how many such
    # pairs; how many upper lines are full (45 to 100 characters, a wrapped line), and of
    # those how many stop mid-sentence and how wide the widest is; how many lower lines are
    # indented by a space or tab.
    followed = full = open_ended = widest = indented = 0
    above = -2  # index of the last visible line (none yet: never index - 1)
    above_start = above_first = above_last = 0
    for index in shown:
        start, _end, _next, first, last = lines[index]
        if above == index - 1:
            followed += 1
            if (
                _WRAP_MIN <= above_last - above_first <= _WRAP_MAX
                and above_last - above_start <= _WRAP_MAX + 8
            ):
                full += 1
                widest = max(widest, above_last - above_start)
                open_ended += _open_ended(text, above_first, above_last)
            if first > start and text[start] in " \t":
                indented += 1
        above, above_start, above_first, above_last = index, start, first, last
        while pointer < n_excluded and excluded[pointer].end <= first:
            pointer += 1
        if pointer == n_excluded or excluded[pointer].start >= last:
            # Most lines: nothing excluded in them, and their visible part needs no strip.
            append((index, first, last))
            continue
        position = first
        cursor = pointer
        while position < last:
            if cursor < n_excluded and excluded[cursor].start < last:
                span = excluded[cursor]
                if span.start <= position:
                    position = max(position, span.end)
                    cursor += 1
                    continue
                _append_stripped(text, index, position, span.start, append)
                position = span.end
                cursor += 1
            else:
                _append_stripped(text, index, position, last, append)
                break
    return out, _read_layout(followed, full, open_ended, indented, widest)


def _append_stripped(
    text: str, index: int, start: int, end: int, append: Callable[[tuple[int, int, int]], None]
) -> None:
    """Append the piece ``text[start:end]`` of line ``index`` without its blank ends, if any."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(INVISIBLE))
    right = len(piece.rstrip(INVISIBLE))
    if right > left:
        append((index, start + left, start + right))


class _Layout(NamedTuple):
    """How a text breaks its lines: hard-wrapped or not, paragraphs marked by indents."""

    wrapped: bool
    indented: bool
    width: int

    @property
    def plain(self) -> bool:
        """Neither wrapped nor indented: lines join only where a sentence plainly runs on."""
        return not (self.wrapped or self.indented)


#: Wrapped text: lines of a block at most this long ...
_WRAP_MAX = 100
#: ... and at least this long, for a line to count as a full wrapped line.
_WRAP_MIN = 45


def _open_ended(text: str, first: int, last: int) -> bool:
    """True when the visible line ``text[first:last]`` stops mid-sentence."""
    return _ENDS_SENTENCE_RE.search(text, max(first, last - 4), last) is None


def _read_layout(followed: int, full: int, open_ended: int, indented: int, widest: int) -> _Layout:
    """The layout from the counts over pairs of lines with no blank between them.

    Wrapped: most lines of the blocks are full lines, and half of those stop mid-sentence
    (short paragraphs one to a line end their sentences: they are not wrapped).
    """
    wrapped = full >= 3 and full * 10 >= followed * 6 and open_ended * 2 >= full
    return _Layout(wrapped, wrapped and indented >= 2, widest)


def paragraphs_between(
    text: str,
    lines: Sequence[Line],
    excluded: Sequence[Spanned],
    shown: Sequence[int] | None = None,
) -> tuple[Paragraph, ...]:
    """Paragraphs of ``text`` outside the sorted, merged ``excluded`` spans.

    Every visible character outside ``excluded`` lands in exactly one paragraph (the
    no-loss guarantee rests on this). Linear in the text. ``shown`` is
    :func:`visible_indices` of ``lines`` when the caller has it already.
    """
    pieces, layout = _scan(
        text, lines, excluded, visible_indices(lines) if shown is None else shown
    )
    plain = layout.plain
    groups: list[tuple[int, int, str]] = []  # (start, end, rule) of each paragraph
    group_start = group_end = -1
    group_line = -2
    rule = "line"
    for index, start, end in pieces:
        if index == group_line + 1 and (
            _runs_on(text, group_end, start)
            if plain
            else _joins(
                text,
                lines[index],
                previous=(lines[group_line].start, group_end),
                next_start=start,
                layout=layout,
            )
        ):
            group_end = end
            group_line = index
            rule = "wrapped-lines"
            continue
        if group_start >= 0:
            groups.append((group_start, group_end, rule))
        group_start, group_end, group_line = start, end, index
        rule = "line"
    if group_start >= 0:
        groups.append((group_start, group_end, rule))
    return tuple([new_paragraph(start, end, text[start:end], rule) for start, end, rule in groups])


#: The last character of a line that can end a sentence: ``_ENDS_SENTENCE_RE`` needs one.
_SENTENCE_END_CHARS = frozenset(".!?:;…'\"”’»)]")
#: ASCII characters that open a continuing line (``_CONTINUES_RE`` on ASCII, without regex).
_ASCII_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyz,;)]")


def _joins(
    text: str, line: Line, *, previous: tuple[int, int], next_start: int, layout: _Layout
) -> bool:
    """True when the line above (``previous``: its start, its text's end) runs on into ``line``.

    ``next_start`` is where ``line``'s text starts. Only called for adjacent lines (no blank
    line between). The sentence-end and continuation tests look at one character first and
    run their patterns only when it could match: a line-dense input pays a set look-up.
    """
    previous_start, previous_end = previous
    ends_sentence = text[previous_end - 1] in _SENTENCE_END_CHARS and (
        _ENDS_SENTENCE_RE.search(text, max(0, previous_end - 4), previous_end) is not None
    )
    if layout.indented:
        # Wire copy: an indented line starts a paragraph; any other line goes on.
        return not (line.first > line.start and text[line.start] in " \t")
    if layout.wrapped:
        # A sentence that ends well short of the wrap width ends its paragraph.
        return not (ends_sentence and previous_end - previous_start < layout.width * 3 // 4)
    return not ends_sentence and _continues(text, next_start)


def _runs_on(text: str, previous_end: int, next_start: int) -> bool:
    """:func:`_joins` for text neither wrapped nor indented, called positionally per line."""
    if text[previous_end - 1] in _SENTENCE_END_CHARS and (
        _ENDS_SENTENCE_RE.search(text, max(0, previous_end - 4), previous_end) is not None
    ):
        return False
    return _continues(text, next_start)


def _continues(text: str, start: int) -> bool:
    """True when the line whose text starts at ``start`` plainly continues the one above."""
    opener = text[start]
    if opener < "\x80":
        return opener in _ASCII_CONTINUES
    return _CONTINUES_RE.match(text, start) is not None
