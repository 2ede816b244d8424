"""Quotes: find quotations and attribute each to its speaker.

Quotation marks are paired within a paragraph; the words around a quotation decide who said
it (``"...," Nuri said``; ``A U.S. official said: "..."``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._types import Quote, Speaker, SpeakerKind, SpeakerSummary
from newsparse.errors import check_text
from newsparse.paragraphs import split_paragraphs

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._types import Paragraph

__all__ = ["attribute_quotes"]


def __dir__() -> list[str]:
    return __all__


# A double-quoted stretch inside one paragraph.
_QUOTE_RE = regex.compile(r"[\"“](?P<body>[^\"“”\n]{1,5000}+)[\"”]")

# "..., Nuri said": a capitalised name and a speech verb right after the quote.
_AFTER_RE = regex.compile(r"\s*(?P<name>\p{Lu}[\p{L}.'-]*+(?:\s\p{Lu}[\p{L}.'-]*+){0,3})\s+(?P<cue>said|says|told|added)\b")


def attribute_in(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Quote, ...]:
    """Quotes in the given paragraphs of ``text``, in input order."""
    quotes: list[Quote] = []
    for paragraph in paragraphs:
        for match in _QUOTE_RE.finditer(text, paragraph.start, paragraph.end):
            speaker = None
            cue = None
            after = _AFTER_RE.match(text, match.end(), paragraph.end)
            if after:
                speaker = Speaker(
                    name=after.group("name"), mention=after.group("name"),
                    start=after.start("name"), end=after.end("name"),
                    kind=SpeakerKind.PERSON, rule="name-after",
                )  # fmt: skip
                cue = after.group("cue")
            quotes.append(
                Quote(
                    start=match.start("body"), end=match.end("body"), text=match.group("body"),
                    speaker=speaker, cue=cue, rule="quote-marks",
                )  # fmt: skip
            )
    return tuple(quotes)


def summarize_speakers(quotes: Sequence[Quote]) -> tuple[SpeakerSummary, ...]:
    """Each distinct speaker once, in order of first quote, with mentions and quotes."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            groups.setdefault(quote.speaker.name, []).append(quote)
    out = []
    for name, said in groups.items():
        speakers = [q.speaker for q in said if q.speaker is not None]
        out.append(
            SpeakerSummary(
                name=name,
                title=next((s.title for s in speakers if s.title), None),
                role=next((s.role for s in speakers if s.role), None),
                kind=speakers[0].kind,
                mentions=tuple(speakers),
                quotes=tuple(said),
            )
        )
    return tuple(out)


def attribute_quotes(text: str) -> tuple[Quote, ...]:
    """Find the quotations in ``text`` and who said each.

    :param text: any ``str``.
    :returns: the quotes in input order; ``()`` when there are none.
    :raises InputTypeError: when ``text`` is not a ``str``.

    >>> [(q.text, q.speaker.name) for q in attribute_quotes('"We are ready," Nuri said.')]
    [('We are ready,', 'Nuri')]

    .. versionadded:: 0.1.0
    """
    check_text(text)
    return attribute_in(text, split_paragraphs(text))
