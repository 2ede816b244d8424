"""Site chrome: find the banners, counters, share bars and footers around a story.

Each kind of chrome is a named rule set of whole-line patterns. :func:`strip_chrome` returns
the text without them and every removed stretch with its offsets into the input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._spans import Line, complement, merge, split_lines
from newsparse._types import ChromeKind, ChromeLine, ChromeProfile, ParseOptions, Span, Stripped
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["strip_chrome"]


def __dir__() -> list[str]:
    return __all__


# Whole-line rules, tried in order on a line's visible part. Each alternative is a named
# group; the group's name is the rule reported in ChromeLine.rule.
_LINE_RULES: tuple[tuple[ChromeKind, regex.Pattern[str]], ...] = (
    # Site clock in a page banner: "Last Update 20:39".
    (ChromeKind.BANNER, regex.compile(r"(?i)last\s+update[d]?\s*:?\s*\d{1,2}:\d{2}")),
    # Counters: "Views: 2154", "2.3k SHARES".
    (ChromeKind.COUNTER, regex.compile(r"(?i)(?:views|reads|hits)\s*:?\s*[\d,.]+[km]?")),
    (ChromeKind.COUNTER, regex.compile(r"(?i)[\d,.]+[km]?\s+(?:shares|views|comments)")),
    # "Short link:" with or without the link after it.
    (ChromeKind.SHORT_LINK, regex.compile(r"(?i)short\s+link\s*:.{0,200}+")),
    # Copyright footers: "© 2010 Ahram Online.", "Copyright 2017 ...".
    (ChromeKind.COPYRIGHT, regex.compile(r"(?i)(?:©|\(c\)|copyright\b).{0,200}+")),
)


def find_chrome(
    text: str, lines: Sequence[Line], profile: ChromeProfile | None = None
) -> tuple[ChromeLine, ...]:
    """Chrome stretches of ``text``, sorted and non-overlapping. Linear in the text."""
    found: list[ChromeLine] = []
    for line in lines:
        if line.blank:
            continue
        for kind, pattern in _LINE_RULES:
            if pattern.fullmatch(text, line.first, line.last):
                found.append(
                    ChromeLine(
                        start=line.first,
                        end=line.last,
                        text=text[line.first : line.last],
                        kind=kind,
                        rule=kind.value,
                    )
                )
                break
    del profile
    return tuple(found)


def strip_chrome(text: str, *, options: ParseOptions | None = None) -> Stripped:
    """Remove site chrome from ``text``; report each removed stretch with its offsets.

    :param text: any ``str``.
    :param options: :class:`ParseOptions`; its ``chrome`` profile adds site patterns.
    :returns: a :class:`Stripped` with the kept text, the kept spans and the chrome.
    :raises InputTypeError: when ``text`` is not a ``str``.

    >>> stripped = strip_chrome("Views: 12\\nThe story.\\n")
    >>> stripped.text, [c.kind.value for c in stripped.chrome]
    ('The story.\\n', ['counter'])

    .. versionadded:: 0.1.0
    """
    check_text(text)
    options = options or ParseOptions()
    lines = split_lines(text)
    chrome = find_chrome(text, lines, options.chrome)
    # A whole chrome line goes with its line end, so no empty line is left behind.
    removed: list[Span] = []
    line_at = {line.first: line for line in lines}
    for item in chrome:
        line = line_at.get(item.start)
        if line is not None and item.end == line.last:
            removed.append(Span(line.start, line.next))
        else:
            removed.append(Span(item.start, item.end))
    kept = tuple(complement(merge(removed), len(text)))
    return Stripped(text="".join(s.slice(text) for s in kept), kept=kept, chrome=chrome)
