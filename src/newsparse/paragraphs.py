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

from bisect import bisect_left, bisect_right
from collections import deque
from itertools import compress, repeat
from operator import itemgetter, not_, sub
from typing import TYPE_CHECKING, NamedTuple

from newsparse._fast import new_paragraph, setters
from newsparse._patterns import lazy_compile
from newsparse._spans import FIRST, INVISIBLE, START, Line, Spanned, split_lines, visible_indices
from newsparse._types import Paragraph
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Sequence

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


def _pieces(
    text: str,
    excluded: Sequence[Spanned],
    shown: Sequence[int],
    firsts: list[int],
    lasts: list[int],
) -> tuple[Sequence[int], list[int], list[int]]:
    """The visible, non-excluded pieces of the lines ``shown``: line indices, starts, ends.

    ``excluded`` is sorted and merged. A line no excluded span reaches into is one piece,
    its visible part: those lines are copied column-wise, a run at a time. Only the lines
    an excluded span reaches into (found by binary search, per span) are cut piece by
    piece. Linear in the lines plus the spans.
    """
    if not excluded:
        return shown, firsts, lasts
    # A line an excluded span covers exactly (a chrome line) has no piece: such lines, and
    # the spans, are set aside by C-level set and ``compress`` passes first.
    exact = {(span.start, span.end) for span in excluded}.intersection(
        zip(firsts, lasts, strict=True)
    )
    if exact:
        keep = list(map(not_, map(exact.__contains__, zip(firsts, lasts, strict=True))))
        shown = list(compress(shown, keep))
        firsts = list(compress(firsts, keep))
        lasts = list(compress(lasts, keep))
        excluded = [span for span in excluded if (span.start, span.end) not in exact]
        if not excluded:
            return shown, firsts, lasts
    touched: list[int] = []  # positions in ``shown`` of the lines a span reaches into
    for span in excluded:
        # The lines whose visible part ends after the span starts and starts before it ends.
        low = max(bisect_right(lasts, span.start), touched[-1] + 1 if touched else 0)
        touched.extend(range(low, bisect_left(firsts, span.end)))
    if not touched:
        return shown, firsts, lasts
    indices: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    done = pointer = 0
    n_excluded = len(excluded)
    for j in touched:
        indices += shown[done:j]
        starts += firsts[done:j]
        ends += lasts[done:j]
        done = j + 1
        index, first, last = shown[j], firsts[j], lasts[j]
        while excluded[pointer].end <= first:  # a span reaches into this line: never runs out
            pointer += 1
        if excluded[pointer].start <= first and excluded[pointer].end >= last:
            continue  # the whole visible line is excluded: no piece
        position = first
        cursor = pointer
        while position < last:
            if cursor < n_excluded and excluded[cursor].start < last:
                span = excluded[cursor]
                cursor += 1
                if span.start <= position:
                    position = max(position, span.end)
                    continue
                cut = position, span.start
                position = span.end
            else:
                cut = position, last
                position = last
            piece = text[cut[0] : cut[1]]
            left = len(piece) - len(piece.lstrip(INVISIBLE))
            right = len(piece.rstrip(INVISIBLE))
            if right > left:
                indices.append(index)
                starts.append(cut[0] + left)
                ends.append(cut[0] + right)
    indices += shown[done:]
    starts += firsts[done:]
    ends += lasts[done:]
    return indices, starts, ends


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


_PLAIN = _Layout(wrapped=False, indented=False, width=0)  # (the width is read only if wrapped)


def _open_ended(text: str, first: int, last: int) -> bool:
    """True when the visible line ``text[first:last]`` stops mid-sentence."""
    final = text[last - 1]
    if final in _STOPS:
        return False  # (see _ends_sentence)
    # The pattern ends on a stop or a closing mark (or before a final line end).
    return (final not in _SENTENCE_END_CHARS and final != "\n") or (
        _ENDS_SENTENCE_RE.search(text, max(first, last - 4), last) is None
    )


def _read_layout(
    text: str, lines: Sequence[Line], shown: Sequence[int], firsts: list[int], lasts: list[int]
) -> _Layout:
    """The layout, read from the pairs of lines ``shown`` with no blank between them.

    ``firsts`` and ``lasts`` are where the lines ``shown`` show something. Wrapped: at
    least three upper lines of such pairs are full (45 to 100 characters, a wrapped line),
    they are most upper lines (six in ten), and half of them stop mid-sentence (short
    paragraphs one to a line end their sentences: they are not wrapped). Indented:
    wrapped, and two lower lines or more indented by a space or tab. The width is the
    widest full line's. Whole columns are compared at C level; only lines of wrap width are
    looked at one by one, and a text with no such line is read without that.
    """
    n = len(shown)
    if n < 4:
        return _PLAIN  # fewer than three pairs
    if max(map(sub, lasts, firsts)) < _WRAP_MIN:
        return _PLAIN  # no full line
    # Position j is the upper line of a pair when the next shown line is the very next line.
    steps = list(map(sub, shown[1:], shown))
    followed = steps.count(1)
    if followed < 3:
        return _PLAIN
    full = [
        j
        for j in range(n - 1)
        if _WRAP_MIN <= lasts[j] - firsts[j] <= _WRAP_MAX
        and steps[j] == 1
        and lasts[j] - lines[shown[j]][START] <= _WRAP_MAX + 8
    ]
    widest = max([lasts[j] - lines[shown[j]][START] for j in full], default=0)
    if not (len(full) >= 3 and len(full) * 10 >= followed * 6):
        return _Layout(wrapped=False, indented=False, width=widest)
    open_ended = sum(_open_ended(text, firsts[j], lasts[j]) for j in full)
    if open_ended * 2 < len(full):
        return _Layout(wrapped=False, indented=False, width=widest)
    indented = 0
    for j in range(1, n):
        start = lines[shown[j]][START]
        if steps[j - 1] == 1 and firsts[j] > start and text[start] in " \t":
            indented += 1
    return _Layout(wrapped=True, indented=indented >= 2, width=widest)


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
    if shown is None:
        shown = visible_indices(lines)
    firsts = [lines[i][3] for i in shown]  # the columns the readers below work on
    lasts = [lines[i][4] for i in shown]
    indices, starts, ends = _pieces(text, excluded, shown, firsts, lasts)
    layout = _read_layout(text, lines, shown, firsts, lasts)
    if len(starts) < _BULK:
        starts, ends, rules = _stepwise_groups(text, lines, indices, starts, ends, layout=layout)
        return tuple(
            [
                new_paragraph(s, e, text[s:e], rule)
                for s, e, rule in zip(starts, ends, rules, strict=True)
            ]
        )
    if layout.plain:
        return _build(text, *_plain_groups(text, indices, starts, ends))
    return _build(text, *_stepwise_groups(text, lines, indices, starts, ends, layout=layout))


#: From this many pieces on, paragraphs are decided and built column by column: below
#: it, the few C-level passes cost more than they spare.
_BULK = 96


def _plain_groups(
    text: str, indices: Sequence[int], starts: list[int], ends: list[int]
) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and rules of the paragraphs of text neither wrapped nor indented.

    A piece joins the one above when that is on the line just above, this one opens with a
    continuing character and the one above does not end a sentence. Each of the three is
    read for all pieces at once, as a mask of 0 and 1 bytes (the pieces' first and last
    characters looked up in byte tables, the line steps compared), and the masks are
    combined as integers; only the pieces whose last character may end a sentence are
    then tested one by one. The paragraphs are the runs of joined pieces, selected from
    the columns by ``compress``. Two pieces or more.
    """
    n = len(starts)
    # Byte j of each mask is about piece j + 1 and the piece above it.
    opens = _opens_mask("".join(itemgetter(*starts[1:n])(text)))
    if not opens.count(1):
        return starts, ends, [_LINE] * n
    adjacent = bytes(map((1).__eq__, map(sub, indices[1:n], indices)))
    ends_above = _ends_mask("".join(itemgetter(*map(sub, ends[: n - 1], repeat(1)))(text)))
    opens_int, adjacent_int = int.from_bytes(opens, "big"), int.from_bytes(adjacent, "big")
    joined = bytearray((opens_int & adjacent_int).to_bytes(n - 1, "big"))
    maybe = opens_int & adjacent_int & int.from_bytes(ends_above, "big")
    if maybe:  # the pieces above whose last character may end a sentence: read them
        candidates = maybe.to_bytes(n - 1, "big")
        j = candidates.find(1)
        while j >= 0:
            if _ends_sentence(text, ends[j]):
                joined[j] = 0
            j = candidates.find(1, j + 1)
    if not joined.count(1):
        return starts, ends, [_LINE] * n
    opening = b"\x01" + joined.translate(_FLIP)  # the pieces that open a paragraph
    return (
        list(compress(starts, opening)),
        list(compress(ends, opening[1:] + b"\x01")),
        list(map(_RULES.__getitem__, compress(joined + b"\x00", opening))),
    )


def _opens_mask(chars: str) -> bytes:
    """One byte per character of ``chars``: 1 where :func:`_continues` holds, else 0."""
    if chars.isascii():
        return chars.encode("ascii").translate(_CONTINUES_TABLE)
    marked = _LOWER_RE.sub("\x01", chars.translate(_CONTINUES_MAP))
    return _UNMARKED_RE.sub("\x00", marked).encode("ascii")


def _ends_mask(chars: str) -> bytes:
    """One byte per character of ``chars``: 1 where it can end a sentence, else 0."""
    if chars.isascii():
        return chars.encode("ascii").translate(_ENDS_TABLE)
    return _UNMARKED_RE.sub("\x00", chars.translate(_ENDS_MAP)).encode("ascii")


# A lower-case letter (what ``_CONTINUES_RE`` opens with besides ASCII punctuation) and a
# character not yet marked 0 or 1, in a mask under way.
_LOWER_RE = lazy_compile(r"\p{Ll}")
_UNMARKED_RE = lazy_compile(r"[^\x00\x01]")


_FLIP = bytes([1, 0, *range(2, 256)])

_LINE = "line"
_WRAPPED = "wrapped-lines"
_RULES = (_LINE, _WRAPPED)  # a piece's rule by its "joined the one above" byte


def _stepwise_groups(
    text: str,
    lines: Sequence[Line],
    indices: Sequence[int],
    starts: list[int],
    ends: list[int],
    *,
    layout: _Layout,
) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and rules of the paragraphs, deciding piece by piece (any layout)."""
    out_starts: list[int] = []
    out_ends: list[int] = []
    rules: list[str] = []
    group_start = group_end = -1
    group_line = -2
    rule = _LINE
    plain = layout.plain
    for index, start, end in zip(indices, starts, ends, strict=True):
        if index == group_line + 1 and (
            _runs_on(text, group_end, start)
            if plain
            else _joins(
                text,
                lines[index],
                previous=(lines[group_line][START], group_end),
                next_start=start,
                layout=layout,
            )
        ):
            group_end = end
            group_line = index
            rule = _WRAPPED
            continue
        if group_start >= 0:
            out_starts.append(group_start)
            out_ends.append(group_end)
            rules.append(rule)
        group_start, group_end, group_line = start, end, index
        rule = _LINE
    if group_start >= 0:
        out_starts.append(group_start)
        out_ends.append(group_end)
        rules.append(rule)
    return out_starts, out_ends, rules


_PARAGRAPH_SETTERS = setters(Paragraph)


def _build(
    text: str, starts: list[int], ends: list[int], rules: list[str]
) -> tuple[Paragraph, ...]:
    """The paragraphs ``text[start:end]`` with their rules, built column by column.

    What :func:`~newsparse._fast.new_paragraph` does for one paragraph, done for all at C
    level: blank instances, then each slot's setter mapped over its column (the objects
    are the public constructor's, as ``tests/test_paragraphs_fast.py`` checks).
    """
    paragraphs = list(map(object.__new__, repeat(Paragraph, len(starts))))
    set_start, set_end, set_text, set_rule = _PARAGRAPH_SETTERS
    sink: deque[None] = deque(maxlen=0)  # runs the setters, keeps none of their Nones
    sink.extend(map(set_start, paragraphs, starts))
    sink.extend(map(set_end, paragraphs, ends))
    # A comprehension slices faster than ``map`` over slice objects built by call.
    texts = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    sink.extend(map(set_text, paragraphs, texts))
    sink.extend(map(set_rule, paragraphs, rules))
    return tuple(paragraphs)


def _ends_sentence(text: str, end: int) -> bool:
    """True when the text that stops at ``end`` ends a sentence (``_ENDS_SENTENCE_RE``).

    A stop as the last character is a match by itself (no closing mark needed): only a
    closing quote or bracket sends the search back to look for the stop before it.
    """
    last = text[end - 1]
    if last in _STOPS:
        return True
    return last in _SENTENCE_END_CHARS and (
        _ENDS_SENTENCE_RE.search(text, max(0, end - 4), end) is not None
    )


#: The characters ``_ENDS_SENTENCE_RE`` opens with: one of them last is a sentence end.
_STOPS = frozenset(".!?:;…")


#: The last character of a line that can end a sentence: ``_ENDS_SENTENCE_RE`` needs one.
_SENTENCE_END_CHARS = frozenset(".!?:;…'\"”’»)]")
#: ASCII characters that open a continuing line (``_CONTINUES_RE`` on ASCII, without regex).
_ASCII_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyz,;)]")


def _marks(chars: frozenset[str], *, ascii_only: bool) -> dict[int, int]:
    """A ``str.translate`` table marking ``chars`` 1 and the other ASCII characters 0.

    Only the ASCII ``chars`` are marked when ``ascii_only``; characters the table does not
    name are left as they are.
    """
    table = {code: int(chr(code) in chars) for code in range(128)}
    table.update({ord(c): 1 for c in chars if not ascii_only and not c.isascii()})
    return table


#: :func:`_continues` and the sentence-end characters as translation tables: for
#: ``bytes.translate`` (ASCII text), and for ``str.translate`` (any other).
_CONTINUES_MAP = _marks(_ASCII_CONTINUES, ascii_only=True)
_ENDS_MAP = _marks(_SENTENCE_END_CHARS, ascii_only=False)
_CONTINUES_TABLE = bytes(_CONTINUES_MAP.get(code, 0) for code in range(256))
_ENDS_TABLE = bytes(_ENDS_MAP.get(code, 0) for code in range(256))


def _joins(
    text: str, line: Line, *, previous: tuple[int, int], next_start: int, layout: _Layout
) -> bool:
    """True when the line above (``previous``: its start, its text's end) runs on into ``line``.

    ``next_start`` is where ``line``'s text starts. Only called for adjacent lines (no blank
    line between). The sentence-end and continuation tests look at one character first and
    run their patterns only when it could match: a line-dense input pays a set look-up.
    """
    previous_start, previous_end = previous
    ends_sentence = _ends_sentence(text, previous_end)
    if layout.indented:
        # Wire copy: an indented line starts a paragraph; any other line goes on.
        return not (line[FIRST] > line[START] and text[line[START]] in " \t")
    if layout.wrapped:
        # A sentence that ends well short of the wrap width ends its paragraph.
        return not (ends_sentence and previous_end - previous_start < layout.width * 3 // 4)
    return not ends_sentence and _continues(text, next_start)


def _runs_on(text: str, previous_end: int, next_start: int) -> bool:
    """:func:`_joins` for text neither wrapped nor indented, called positionally per piece."""
    return not _ends_sentence(text, previous_end) and _continues(text, next_start)


def _continues(text: str, start: int) -> bool:
    """True when the line whose text starts at ``start`` plainly continues the one above."""
    opener = text[start]
    if opener < "\x80":
        return opener in _ASCII_CONTINUES
    return _CONTINUES_RE.match(text, start) is not None
