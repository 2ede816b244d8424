"""The line index: every line of any text, with offsets into the text as given."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._spans import (
    INVISIBLE,
    Line,
    complement,
    merge,
    merged_pairs,
    split_lines,
    visible_indices,
)
from newsparse._types import Span

LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _reference(text: str) -> list[Line]:
    """The plain definition: what ``split_lines`` computes, written for reading."""
    out = []
    position = 0
    for piece in text.splitlines(keepends=True):
        content = piece.rstrip(LINE_ENDS)
        end = position + len(content)
        left = content.lstrip(INVISIBLE)
        first = end - len(left)
        out.append(
            (position, end, position + len(piece), first, first + len(left.rstrip(INVISIBLE)))
        )
        position += len(piece)
    return out


CASES = [
    pytest.param("", [], id="empty"),
    pytest.param("a", [(0, 1, 1, 0, 1)], id="one-line"),
    pytest.param("\n", [(0, 0, 1, 0, 0)], id="newline"),
    pytest.param("\r\n\r\n", [(0, 0, 2, 0, 0), (2, 2, 4, 2, 2)], id="crlf-blank"),
    pytest.param(" ab \r\n\ncd", [(0, 4, 6, 1, 3), (6, 6, 7, 6, 6), (7, 9, 9, 7, 9)], id="mixed"),
    pytest.param("\ufeffTitle\u2028x", [(0, 6, 7, 1, 6), (7, 8, 8, 7, 8)], id="bom-u2028"),
    pytest.param(" \u200b\t\n", [(0, 3, 4, 3, 3)], id="invisible-only"),
    pytest.param("a\rb\x85c", [(0, 1, 2, 0, 1), (2, 3, 4, 2, 3), (4, 5, 5, 4, 5)], id="cr-nel"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_lines(text: str, expected: list[tuple[int, int, int, int, int]]) -> None:
    lines = split_lines(text)
    assert list(lines) == expected
    # exact tuples: the garbage collector stops tracking a tuple of ints (not a subclass's)
    assert all(type(line) is tuple for line in lines)


_PIECES = st.sampled_from([*"ab .\t", *LINE_ENDS, "\r\n", "\ufeff", "\u200b", "\xa0"])
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


@given(text=_TEXT | st.text())
def test_split_lines_is_the_plain_definition(text: str) -> None:
    lines = split_lines(text)
    assert list(lines) == _reference(text)
    position = 0
    for line in lines:
        assert type(line) is tuple  # exact: the collector stops tracking it
        start, end, following, first, last = line
        assert start == position
        assert start <= first <= last <= end < following or (
            following == len(text) and end == following
        )
        assert not any(char in LINE_ENDS for char in text[start:end])
        assert (first == last) == (not text[start:end].strip(INVISIBLE))
        position = following
    assert position == len(text)


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda p: Span(p[0], p[0] + p[1])),
    max_size=30,
)


@given(spans=_SPANS)
def test_merge_covers_the_union_with_disjoint_sorted_spans(spans: list[Span]) -> None:
    merged = merge(spans)
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert {i for s in merged for i in range(s.start, s.end)} == covered
    assert all(s.end > s.start for s in merged)
    assert all(a.end < b.start for a, b in pairwise(merged))


@given(spans=_SPANS)
def test_merged_pairs_are_merge_without_objects(spans: list[Span]) -> None:
    assert merged_pairs(spans) == [(s.start, s.end) for s in merge(spans)]


@given(spans=_SPANS, length=st.integers(60, 80))
def test_complement_is_the_rest(spans: list[Span], length: int) -> None:
    merged = merge(spans)
    rest = complement(merged, length)
    covered = {i for s in merged for i in range(s.start, s.end)}
    assert {i for s in rest for i in range(s.start, s.end)} == set(range(length)) - covered


@given(st.lists(st.sampled_from(["a", " ", "\n", "\r\n", "\u2028", "\u200b", "b c"])).map("".join))
def test_visible_indices_are_the_lines_that_show_something(text: str) -> None:
    lines = split_lines(text)
    assert visible_indices(lines) == [i for i, line in enumerate(lines) if line[3] != line[4]]
