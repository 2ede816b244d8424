"""The column-wise paragraph reader gives the paragraphs of the line-by-line one.

``paragraphs_between`` reads pieces, layout and joins for whole columns of lines at a time
(byte masks, ``compress``) and builds the paragraphs slot by slot. The reference below is
the plain line-by-line reading it replaced, kept here as the statement of what it must
give; hypothesis draws texts from lines that exercise every rule (sentence ends, lower-case
openings, indents, wrapped widths, non-ASCII letters and marks, blank and invisible lines)
and excluded spans anywhere, whole lines and pieces of lines.
"""

from __future__ import annotations

import pickle
from typing import TYPE_CHECKING

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse import paragraphs as p
from newsparse._fast import new_paragraph
from newsparse._spans import INVISIBLE, merge, split_lines, visible_indices
from newsparse._types import Paragraph, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._spans import Line, Spanned


def reference(text: str, lines: Sequence[Line], excluded: Sequence[Spanned]) -> list[Paragraph]:
    """The line-by-line reading: pieces and layout counts in one walk, then joins in order."""
    pieces: list[tuple[int, int, int]] = []
    pointer = followed = full = open_ended = widest = indented = 0
    above, above_start, above_first, above_last = -2, 0, 0, 0
    for index in visible_indices(lines):
        start, _end, _next, first, last = lines[index]
        if above == index - 1:
            followed += 1
            if 45 <= above_last - above_first <= 100 and above_last - above_start <= 108:
                full += 1
                widest = max(widest, above_last - above_start)
                open_ended += p._open_ended(text, above_first, above_last)
            if first > start and text[start] in " \t":
                indented += 1
        above, above_start, above_first, above_last = index, start, first, last
        while pointer < len(excluded) and excluded[pointer].end <= first:
            pointer += 1
        position, cursor = first, pointer
        while position < last:
            if cursor < len(excluded) and excluded[cursor].start < last:
                span = excluded[cursor]
                cursor += 1
                if span.start <= position:
                    position = max(position, span.end)
                    continue
                cut, position = (position, span.start), span.end
            else:
                cut, position = (position, last), last
            piece = text[cut[0] : cut[1]]
            left = len(piece) - len(piece.lstrip(INVISIBLE))
            right = len(piece.rstrip(INVISIBLE))
            if right > left:
                pieces.append((index, cut[0] + left, cut[0] + right))
    wrapped = full >= 3 and full * 10 >= followed * 6 and open_ended * 2 >= full
    layout = p._Layout(wrapped, wrapped and indented >= 2, widest)
    out: list[Paragraph] = []
    group_start = group_end = -1
    group_line = -2
    rule = "line"
    for index, start, end in pieces:
        if index == group_line + 1 and p._joins(
            text,
            lines[index],
            previous=(lines[group_line][0], group_end),
            next_start=start,
            layout=layout,
        ):
            group_end, group_line, rule = end, index, "wrapped-lines"
            continue
        if group_start >= 0:
            out.append(
                Paragraph(
                    start=group_start, end=group_end, text=text[group_start:group_end], rule=rule
                )
            )
        group_start, group_end, group_line, rule = start, end, index, "line"
    if group_start >= 0:
        out.append(
            Paragraph(start=group_start, end=group_end, text=text[group_start:group_end], rule=rule)
        )
    return out


LINES = (
    "The council voted on Tuesday to close the old bridge over the river, a",
    "decision that will force thousands of commuters onto a longer route for",
    "at least two years.",
    "    LONDON, March 3 - The central bank raised its key rate by half a point on",
    "Engineers said the bridge was no longer safe.",
    "and went on",
    "éternel retour du même, à la ligne suivante sans majuscule ni point final",
    "Ça commence par une capitale…",
    "«Citation» fermée»",
    "“Quoted,” she said”",
    "12",
    "a",
    "B",
    ";",
    ", then",
    ") closing",
    "] bracket",
    "x.",
    "Updated:",
    "\tindented with a tab and long enough to count as a wrapped line, or so",
    "",
    "   ",
    "\u200b",
    " \u00a0 ",
)


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """A text of drawn lines, and excluded spans: whole lines, pieces, anything."""
    chosen = draw(st.lists(st.sampled_from(LINES) | st.text(max_size=12), max_size=40))
    ending = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    text = ending.join(chosen)
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, max(len(text), 1)), st.integers(0, 80)).map(
                lambda s: (
                    Span(s[0], min(len(text), s[0] + s[1])) if s[0] <= len(text) else Span(0, 0)
                )
            ),
            max_size=8,
        )
    )
    return text, spans


@given(texts_and_spans())
def test_column_wise_reading_gives_the_line_by_line_paragraphs(
    case: tuple[str, list[Span]],
) -> None:
    text, spans = case
    lines = split_lines(text)
    excluded = merge(spans)
    assert list(p.paragraphs_between(text, lines, excluded)) == reference(text, lines, excluded)


@given(texts_and_spans(), st.lists(st.booleans(), max_size=40))
def test_lines_excluded_exactly_are_set_aside_as_line_by_line(
    case: tuple[str, list[Span]], chosen: list[bool]
) -> None:
    # Chrome lines: excluded spans that are exactly some lines' visible parts (the bulk
    # set-aside path), beside the drawn spans that cut lines anywhere.
    text, spans = case
    lines = split_lines(text)
    whole = [
        Span(first, last) for (*_, first, last), pick in zip(lines, chosen, strict=False) if pick
    ]
    excluded = merge([*whole, *spans])
    assert list(p.paragraphs_between(text, lines, excluded)) == reference(text, lines, excluded)
    long_text = "\n".join([text] * 12)  # past the bulk threshold too
    long_lines = split_lines(long_text)
    long_whole = [Span(first, last) for *_, first, last in long_lines[::3] if last > first]
    excluded = merge(long_whole)
    got = p.paragraphs_between(long_text, long_lines, excluded)
    assert list(got) == reference(long_text, long_lines, excluded)


@given(texts_and_spans())
def test_plain_groups_are_the_stepwise_groups(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    lines = split_lines(text)
    shown = visible_indices(lines)
    firsts = [lines[i][3] for i in shown]
    lasts = [lines[i][4] for i in shown]
    indices, starts, ends = p._pieces(text, merge(spans), shown, firsts, lasts)
    if len(starts) < 2:
        return
    plain = p._stepwise_groups(text, lines, indices, starts, ends, layout=p._PLAIN)
    assert p._plain_groups(text, indices, starts, ends) == plain


def test_long_line_dense_texts_read_column_wise_as_line_by_line() -> None:
    # Past the bulk threshold, with every kind of line: the masks and ``compress`` path.
    text = "\n".join(LINES * 8 + tuple(str(n) for n in range(60)))
    lines = split_lines(text)
    for excluded in ([], merge([Span(5, 40), Span(300, 310), Span(900, 1400)])):
        got = p.paragraphs_between(text, lines, excluded)
        assert len(got) > p._BULK
        assert list(got) == reference(text, lines, excluded)


def test_built_paragraphs_are_the_constructed_ones() -> None:
    text = "One two\nthree"
    built = p._build(text, [0, 8], [7, 13], ["line", "wrapped-lines"])
    for paragraph, (start, end, rule) in zip(
        built, [(0, 7, "line"), (8, 13, "wrapped-lines")], strict=True
    ):
        constructed = Paragraph(start=start, end=end, text=text[start:end], rule=rule)
        assert type(paragraph) is Paragraph
        assert attrs.asdict(paragraph) == attrs.asdict(constructed)
        assert paragraph == constructed == new_paragraph(start, end, text[start:end], rule)
        assert hash(paragraph) == hash(constructed)
        assert repr(paragraph) == repr(constructed)
        assert pickle.loads(pickle.dumps(paragraph)) == constructed  # noqa: S301 (our own bytes)


@given(st.text(alphabet=".!?:;…'\"”’»)]a \n", min_size=1, max_size=8))
def test_sentence_end_shortcut_is_the_pattern(text: str) -> None:
    for end in range(1, len(text) + 1):
        by_pattern = p._ENDS_SENTENCE_RE.search(text, max(0, end - 4), end) is not None
        assert p._ends_sentence(text, end) == (
            text[end - 1] in p._SENTENCE_END_CHARS and by_pattern
        )
        for first in range(end):
            expected = p._ENDS_SENTENCE_RE.search(text, max(first, end - 4), end) is None
            assert p._open_ended(text, first, end) == expected
