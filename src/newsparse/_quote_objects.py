"""Positional constructors for the speakers and quotes the quote stage builds by the thousand.

A frozen attrs class's ``__init__`` sets each field through ``object.__setattr__`` and
runs the span validator: about 1 µs a :class:`Speaker` or :class:`Quote`. A real article
builds some seven quotes and ten speakers, so the quote stage's own hot paths build them
here instead: ``object.__new__`` and the slots' own setters, about a third of the cost.
The objects are the same in every way (type, fields, equality, hash, pickling); only the
validator is skipped, and the callers guarantee what it checks (``0 <= start <= end``,
offsets of a match or of a span already checked). Users keep the validating constructors.

>>> from newsparse._types import SpeakerKind
>>> new_speaker("Ann Diaz", "she", 3, 6, None, None, SpeakerKind.PERSON, "x") == Speaker(
...     name="Ann Diaz", mention="she", start=3, end=6, kind=SpeakerKind.PERSON, rule="x"
... )
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse._types import Quote, Speaker

if TYPE_CHECKING:
    from newsparse._types import QuoteKind, SpeakerKind

__all__ = ["new_quote", "new_speaker"]

_new = object.__new__
_SPEAKER = tuple(Speaker.__dict__[field.name].__set__ for field in attrs.fields(Speaker))
_QUOTE = tuple(Quote.__dict__[field.name].__set__ for field in attrs.fields(Quote))


def new_speaker(  # noqa: PLR0917
    name: str,
    mention: str,
    start: int,
    end: int,
    title: str | None,
    role: str | None,
    kind: SpeakerKind,
    rule: str,
) -> Speaker:
    """A :class:`Speaker`, built without the validator (fields in declaration order)."""
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


def new_quote(  # noqa: PLR0917
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
    """A :class:`Quote`, built without the validator (fields in declaration order).

    >>> from newsparse._types import QuoteKind
    >>> new_quote(0, 2, "ab", None, None, None, None, QuoteKind.DIRECT, "r") == Quote(
    ...     start=0, end=2, text="ab", kind=QuoteKind.DIRECT, rule="r"
    ... )
    True
    """
    quote = _new(Quote)
    (set_start, set_end, set_text, set_speaker, set_cue, set_cue_start, set_cue_end, set_kind,
     set_rule) = _QUOTE  # fmt: skip
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


def __dir__() -> list[str]:
    return __all__
