"""The lines the metadata reader looks at: visible, not chrome, in bounded windows.

Private helpers of :mod:`newsparse.metadata`. :class:`Visible` finds header lines as the
reader asks for them, :func:`visible` collects footer lines from the end, and
:class:`ChromeIndex` answers whether chrome covers a line by binary search, so the cost
follows the lines read, not the length of the text.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsparse._spans import FIRST, LAST

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from newsparse._spans import Line
    from newsparse._types import ChromeLine

__all__ = ["ChromeIndex", "Visible", "visible"]


class ChromeIndex:
    """Whether chrome covers most of a line, answered per line by binary search.

    Only the lines the reader looks at are asked about, so the cost follows the windows
    read, not the length of the text: ``O(log c)`` per line for ``c`` chrome items.
    """

    __slots__ = ("_ends", "_lines", "_reach", "_starts", "empty")

    def __init__(self, lines: Sequence[Line], chrome: Sequence[ChromeLine]) -> None:
        self._lines = lines
        self._reach: dict[int, int] = {}
        if not chrome:  # a short text often has none: nothing to index
            self._starts: list[int] = []
            self._ends: list[int] = []
            self.empty = True
            return
        items = sorted((c.start, c.end) for c in chrome)
        self._starts = [s for s, _ in items]
        self._ends = [e for _, e in items]
        self.empty = False  # (no chrome: every line is answered False without a call)
        # How far the chrome starting at an offset reaches: most chrome is a whole line,
        # answered by one look-up (a line one item covers is covered, whatever else is).
        for start, end in items:
            if end > self._reach.get(start, start):
                self._reach[start] = end

    def __getitem__(self, index: int) -> bool:
        if not self._starts:
            return False
        line = self._lines[index]
        if line[FIRST] == line[LAST]:
            return False
        if self._reach.get(line[FIRST], 0) >= line[LAST]:
            return True
        k = max(0, bisect.bisect_right(self._starts, line[FIRST]) - 1)
        covered = 0
        while k < len(self._starts) and self._starts[k] < line[LAST]:
            covered += max(0, min(self._ends[k], line[LAST]) - max(self._starts[k], line[FIRST]))
            k += 1
        return covered * 2 >= line[LAST] - line[FIRST]


class Visible:
    """The visible, non-chrome lines from ``start`` on, found as the reader asks for them.

    The header reader mostly stops at the second or third line, so the lines below are
    never looked at: the cost follows what is read, up to ``limit`` lines. ``shown`` lists
    the lines that show something (:func:`newsparse._spans.visible_indices`): blank lines
    are never visited.
    """

    __slots__ = ("_is_chrome", "_limit", "_next", "_out", "_shown")

    def __init__(
        self, shown: Sequence[int], is_chrome: ChromeIndex, start: int, limit: int
    ) -> None:
        self._shown = shown
        self._is_chrome = is_chrome
        self._next = bisect.bisect_left(shown, start)  # position in ``shown``
        self._limit = limit
        self._out: list[int] = []

    def get(self, k: int) -> int | None:
        """The ``k``-th visible line's index, or None past the window or the text."""
        out = self._out
        if k < len(out):
            return out[k]
        if k >= self._limit:
            return None
        shown, is_chrome = self._shown, self._is_chrome
        position, stop, want = self._next, len(shown), k + 1
        if is_chrome.empty:
            take = min(stop, position + want - len(out))
            out.extend(shown[position:take])
            position = take
        else:
            while position < stop:
                index = shown[position]
                position += 1
                if not is_chrome[index]:
                    out.append(index)
                    if len(out) == want:
                        break
        self._next = position
        return out[k] if k < len(out) else None

    def has(self, k: int) -> bool:
        """True when there is a ``k``-th visible line in the window."""
        return self.get(k) is not None

    def take(self, start: int, stop: int) -> list[int]:
        """The visible lines ``start`` to ``stop`` (fewer at the end of the window)."""
        self.get(stop - 1)
        return self._out[start:stop]

    def __getitem__(self, k: int) -> int:
        i = self.get(k)
        if i is None:
            raise IndexError(k)
        return i

    def __iter__(self) -> Iterator[int]:
        k = 0
        while (i := self.get(k)) is not None:
            yield i
            k += 1


def visible(is_chrome: ChromeIndex, order: Iterable[int], limit: int) -> list[int]:
    """Up to ``limit`` of the line indices in ``order`` that chrome does not cover.

    ``order`` gives the lines that show something, in the order wanted (the footer reader
    walks them from the end).
    """
    out: list[int] = []
    for i in order:
        if is_chrome.empty or not is_chrome[i]:
            out.append(i)
            if len(out) == limit:
                break
    return out
