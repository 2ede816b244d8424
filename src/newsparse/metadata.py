"""Metadata: the article's title, credit, byline, dates and counters, with evidence.

The header is read from the first visible lines that are not chrome; counters, copyright
and site come from chrome lines too. Every field found records its span and rule in
``Metadata.evidence``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._spans import Line, merge, split_lines
from newsparse._types import ChromeLine, Evidence, Metadata, ParseOptions, Span
from newsparse.chrome import find_chrome
from newsparse.dates import find_dates
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["parse_metadata"]


def __dir__() -> list[str]:
    return __all__


# A headline: no sentence-final full stop, not too long.
_TITLE_RE = regex.compile(r"(?s).{3,300}+(?<![.:,;])")

# "Reuters , Tuesday 6 Feb 2018": an outlet, a comma, then a date.
_CREDIT_RE = regex.compile(r"(?P<source>\p{Lu}[\p{L}&.' ]{1,40}?)\s*,\s*(?P<rest>.{4,60}+)")

_COUNTER_RE = regex.compile(r"(?i)(?:views|reads)\s*:?\s*(?P<n>[\d,]+)")


def extract_metadata(
    text: str, lines: Sequence[Line], chrome: Sequence[ChromeLine], options: ParseOptions
) -> tuple[Metadata, tuple[Span, ...]]:
    """Metadata of ``text`` and the spans its header lines take up (not body).

    Linear in the text: only the first lines and the chrome lines are read.
    """
    evidence: list[Evidence] = []
    consumed: list[Span] = []
    fields: dict[str, object] = {}
    chrome_spans = merge(Span(c.start, c.end) for c in chrome)
    chrome_starts = {s.start for s in chrome_spans}
    header = [ln for ln in lines if not ln.blank and ln.first not in chrome_starts][:4]
    if header:
        first = header[0]
        if _TITLE_RE.fullmatch(text, first.first, first.last):
            fields["title"] = text[first.first : first.last]
            evidence.append(_evidence("title", text, first.first, first.last, "first-line"))
            consumed.append(Span(first.first, first.last))
            for line in header[1:3]:
                credit = _CREDIT_RE.fullmatch(text, line.first, line.last)
                if credit is None:
                    continue
                dates = find_dates(text, credit.start("rest"), credit.end("rest"), options=options)
                if not dates:
                    continue
                fields["source"] = credit.group("source").strip()
                evidence.append(
                    _evidence("source", text, credit.start("source"), credit.end("source"), "credit-line")
                )
                fields["published_value"] = dates[0]
                evidence.append(
                    _evidence("published", text, dates[0].start, dates[0].end, "credit-line")
                )
                consumed.append(Span(line.first, line.last))
                break
    for item in chrome:
        counter = _COUNTER_RE.fullmatch(item.text)
        if counter and "views" not in fields:
            fields["views"] = int(counter.group("n").replace(",", ""))
            evidence.append(_evidence("views", text, item.start, item.end, "counter"))
    evidence.sort(key=lambda e: (e.start, e.field))
    metadata = attrs.evolve(Metadata(evidence=tuple(evidence)), **fields)
    return metadata, tuple(consumed)


def _evidence(field: str, text: str, start: int, end: int, rule: str) -> Evidence:
    return Evidence(field=field, start=start, end=end, text=text[start:end], rule=rule)


def parse_metadata(text: str, *, options: ParseOptions | None = None) -> Metadata:
    """Read the article's metadata: title, source, authors, dates, counters, site.

    :param text: any ``str``.
    :param options: :class:`ParseOptions` (``reference``, ``day_first``, ``chrome``).
    :returns: a :class:`Metadata`; fields the text does not give are ``None`` or ``()``.
    :raises InputTypeError: when ``text`` is not a ``str``.

    >>> parse_metadata("A headline\\n\\nReuters , Tuesday 6 Feb 2018\\n\\nBody.").source
    'Reuters'

    .. versionadded:: 0.1.0
    """
    check_text(text)
    options = options or ParseOptions()
    lines = split_lines(text)
    chrome = find_chrome(text, lines, options.chrome)
    return extract_metadata(text, lines, chrome, options)[0]
