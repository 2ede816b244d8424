"""Transcripts: speaker labels in capitals ("SMITH: We are not going anywhere.").

Broadcast and hearing transcripts print each turn as a paragraph that opens with the
speaker's name in capitals and a colon, and quote nothing with marks. Such a paragraph is
a direct quote of its label's speaker. A text counts as a transcript only when at least
two paragraphs open with a speaker label (one "LONDON: ..." is a dateline), and labels
that name no speaker ("UPDATE:", "EDITOR'S NOTE:") never count. A paragraph that holds
quotation marks is left to the mark rules. One look at the start of each paragraph: linear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._lexicon import TITLES
from newsparse._patterns import lazy_compile
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._types import Paragraph

__all__ = ["transcript_turns"]

# A label: one to four words in capitals (initials, hyphens, apostrophes and a title's
# period allowed: "SEN. MARIA ORTIZ", "O'BRIEN", "UNIDENTIFIED MALE"), a colon, the turn.
_LABEL_RE = lazy_compile(
    r"""
    (?P<np> \p{Lu}[\p{Lu}.'’-]*+ (?: [ ] \p{Lu}[\p{Lu}.'’-]*+ ){0,3}+ )
    (?: [ ] \( [^()\n]{1,40}+ \) )?+        # "SMITH (voice-over):"
    [ ]*+ : [ ]++
    (?= \S )
    """,
    regex.VERBOSE,
)

# Labels that name a part of the page, not a speaker.
_NOT_SPEAKERS = frozenset(
    {"update", "updated", "note", "editor's note", "editor’s note", "correction", "photo",
     "video", "watch", "read more", "related", "source", "sources", "credit", "warning",
     "breaking", "exclusive", "opinion", "analysis", "live", "advertisement", "caption",
     "transcript", "disclaimer", "clarification", "tags", "topics", "share", "listen",
     "audio", "image", "images", "graphic", "map", "chart", "ps", "p.s.", "faq", "tl;dr",
     "bottom line", "why it matters", "the big picture", "what's next", "what’s next",
     "go deeper", "driving the news", "between the lines", "by the numbers", "flashback",
     "yes", "no", "fact", "claim", "verdict", "rating", "quote"}
)  # fmt: skip

# Quotation marks: a paragraph holding one is read by the mark rules instead.
_MARKS = '"“”«»„「'


def transcript_turns(
    text: str, paragraphs: Sequence[Paragraph]
) -> list[tuple[int, int, int, Speaker]]:
    """The turns of a transcript: ``(paragraph index, start, end, speaker)`` each.

    >>> from newsparse.paragraphs import split_paragraphs
    >>> text = "SMITH: We stay.\\n\\nJONES: Then we lose."
    >>> [(text[s:e], sp.name) for _, s, e, sp in transcript_turns(text, split_paragraphs(text))]
    [('We stay.', 'SMITH'), ('Then we lose.', 'JONES')]
    """
    turns: list[tuple[int, int, int, Speaker]] = []
    # Driven by the colons (few per text): a label's colon stands near a line's start,
    # and the line opens with two capitals. Single-character finds: fast on any text.
    candidates: list[int] = []
    colon = text.find(":")
    while colon >= 0:
        line = text.rfind("\n", max(0, colon - 60), colon) + 1
        if (
            (line > 0 or colon <= 60)
            and text[colon + 1 : colon + 2] == " "
            and text[line : line + 2].isupper()
            and (not candidates or candidates[-1] != line)
        ):
            candidates.append(line)
        colon = text.find(":", colon + 1)
    if len(candidates) < 2:
        return turns
    index = 0
    count = len(paragraphs)
    for line in candidates:  # both in text order: one pointer walks the paragraphs
        while index < count and paragraphs[index].start < line:
            index += 1
        if index >= count or paragraphs[index].start != line:
            continue
        paragraph = paragraphs[index]
        start = paragraph.start
        if not (text[start].isupper() and text[start + 1 : start + 2].isupper()):
            continue
        match = _LABEL_RE.match(text, start, paragraph.end)
        if match is None:
            continue
        np_start, np_end = match.span("np")
        label = text[np_start:np_end]
        if (
            label.casefold().rstrip(".") in _NOT_SPEAKERS
            or sum(c.isalpha() for c in label) < 2
            or any(text.find(mark, match.end(), paragraph.end) >= 0 for mark in _MARKS)
        ):
            continue
        first, _, rest = label.partition(" ")
        title = None
        if rest and first.casefold().rstrip(".") in TITLES:
            title = first  # "SEN. ANA PINTO": the title apart from the name
            np_start += len(first) + 1
        speaker = Speaker(
            name=text[np_start:np_end],
            mention=text[np_start:np_end],
            start=np_start,
            end=np_end,
            title=title,
            kind=SpeakerKind.PERSON,
            rule="transcript",
        )
        turns.append((index, match.end(), paragraph.end, speaker))
    if len({speaker.name for _, _, _, speaker in turns}) < 2 and len(turns) < 3:
        return []  # one label is a dateline or a heading, not a transcript
    return turns
