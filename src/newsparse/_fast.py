"""Positional constructors for the result classes the parse builds by the thousand.

A frozen attrs class's ``__init__`` sets each field through ``object.__setattr__`` and
runs the span validator: about 0.8 µs a :class:`Region`. A real article builds some 40
regions and 20 paragraphs, and a line-dense input one per line, so the pipeline's own hot
loops build them here instead: ``object.__new__`` and the slots' own setters, about half
the cost. The objects are the same in every way (type, fields, equality, hash, pickling);
only the validator is skipped, and the callers guarantee what it checks
(``0 <= start <= end``, which the property tests prove on every parse). Users keep the
validating constructors.

>>> from newsparse._types import Region, RegionKind
>>> new_region(0, 2, "ab", RegionKind.BODY) == Region(
...     start=0, end=2, text="ab", kind=RegionKind.BODY
... )
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from newsparse._types import ChromeLine, Paragraph, Quote, Region, Span, Speaker, SpeakerKind

if TYPE_CHECKING:
    from newsparse._types import ChromeKind, QuoteKind, RegionKind

__all__ = [
    "new_chrome_line",
    "new_paragraph",
    "new_quote",
    "new_region",
    "new_span",
    "new_speaker",
    "setters",
]

_new = object.__new__


def setters(cls: type) -> tuple[Any, ...]:
    """The slot setters of ``cls``'s attrs fields, in field order.

    >>> len(setters(Span)) == len(attrs.fields(Span))
    True
    """
    return tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))


_SPAN = setters(Span)
_REGION = setters(Region)
_PARAGRAPH = setters(Paragraph)
_CHROME_LINE = setters(ChromeLine)
_SPEAKER = setters(Speaker)
_QUOTE = setters(Quote)


def new_span(start: int, end: int) -> Span:
    """A :class:`Span`, built without the validator.

    >>> new_span(1, 3)
    Span(start=1, end=3)
    """
    span = _new(Span)
    set_start, set_end = _SPAN
    set_start(span, start)
    set_end(span, end)
    return span


def new_region(start: int, end: int, text: str, kind: RegionKind) -> Region:
    """A :class:`Region`, built without the validator."""
    region = _new(Region)
    set_start, set_end, set_text, set_kind = _REGION
    set_start(region, start)
    set_end(region, end)
    set_text(region, text)
    set_kind(region, kind)
    return region


def new_paragraph(start: int, end: int, text: str, rule: str) -> Paragraph:
    """A :class:`Paragraph`, built without the validator.

    >>> new_paragraph(0, 3, "One", "line") == Paragraph(start=0, end=3, text="One", rule="line")
    True
    """
    paragraph = _new(Paragraph)
    set_start, set_end, set_text, set_rule = _PARAGRAPH
    set_start(paragraph, start)
    set_end(paragraph, end)
    set_text(paragraph, text)
    set_rule(paragraph, rule)
    return paragraph


def new_chrome_line(start: int, end: int, text: str, kind: ChromeKind, rule: str) -> ChromeLine:
    """A :class:`ChromeLine`, built without the validator."""
    line = _new(ChromeLine)
    set_start, set_end, set_text, set_kind, set_rule = _CHROME_LINE
    set_start(line, start)
    set_end(line, end)
    set_text(line, text)
    set_kind(line, kind)
    set_rule(line, rule)
    return line


def new_speaker(
    *,
    name: str,
    mention: str,
    start: int,
    end: int,
    title: str | None = None,
    role: str | None = None,
    kind: SpeakerKind = SpeakerKind.UNKNOWN,
    rule: str = "",
) -> Speaker:
    """A :class:`Speaker`, built without the validator (same keywords and defaults).

    >>> new_speaker(name="Ana Braga", mention="Braga", start=4, end=9) == Speaker(
    ...     name="Ana Braga", mention="Braga", start=4, end=9
    ... )
    True
    """
    speaker = _new(Speaker)
    set_name, set_mention, set_start, set_end, set_title, set_role, set_kind, set_rule = _SPEAKER
    set_name(speaker, name)
    set_mention(speaker, mention)
    set_start(speaker, start)
    set_end(speaker, end)
    set_title(speaker, title)
    set_role(speaker, role)
    set_kind(speaker, kind)
    set_rule(speaker, rule)
    return speaker


def new_quote(
    *,
    start: int,
    end: int,
    text: str,
    speaker: Speaker | None,
    cue: str | None,
    cue_start: int | None,
    cue_end: int | None,
    kind: QuoteKind,
    rule: str,
) -> Quote:
    """A :class:`Quote`, built without the validator (every field given)."""
    quote = _new(Quote)
    (
        set_start,
        set_end,
        set_text,
        set_speaker,
        set_cue,
        set_cue_start,
        set_cue_end,
        set_kind,
        set_rule,
    ) = _QUOTE
    set_start(quote, start)
    set_end(quote, end)
    set_text(quote, text)
    set_speaker(quote, speaker)
    set_cue(quote, cue)
    set_cue_start(quote, cue_start)
    set_cue_end(quote, cue_end)
    set_kind(quote, kind)
    set_rule(quote, rule)
    return quote
