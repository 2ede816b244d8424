"""Indirect speech, first version: "Braga said that even if ..." without quotation marks.

A sentence is reported speech when a speaker phrase and a reporting verb open it
("Braga said (that) ...", "Officials told reporters that ...") or close it ("..., the
minister said."). The content is the rest of the sentence; sentences holding quotation
marks are left to the quote rules. One pass over the cues of each paragraph, each
looked at in its own sentence (bounded windows), so the work is linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from newsparse._attribution import SENTENCE_CUES, sentence_start, trie
from newsparse._lexicon import ACCORDING_TO, SPEECH_VERBS
from newsparse._patterns import lazy_compile
from newsparse._speakers import read_speaker
from newsparse._types import Quote, QuoteKind, Speaker

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._types import Paragraph

__all__ = ["indirect_in"]

# The verbs that report speech indirectly ("said that", "told reporters that"): the
# plain reporting verbs, and the verbs of stance that news uses the same way ("X believes
# that ...", "X warned that ..."); not the manner verbs ("shouted") that rarely take a
# clause. Verbs of stance count only with "that" (``_STANCE``): "he thinks" alone is
# often no report ("I think so").
_STANCE = frozenset(
    {"believes", "believed", "believe", "thinks", "thought", "think", "argued", "argues",
     "warned", "warns", "predicted", "predicts", "suggested", "suggests", "contends",
     "contended", "fears", "feared", "hopes", "hoped", "estimated", "estimates",
     "concluded", "concludes", "alleged", "alleges", "reported", "reports", "wrote",
     "writes", "testified", "denied", "denies", "conceded", "concedes", "stressed",
     "stresses", "emphasized", "emphasised", "promised", "promises", "vowed", "vows",
     "pledged", "pledges", "revealed", "reveals", "indicated", "indicates", "agreed",
     "agrees", "recalled", "recalls", "assured", "assures", "informed", "reminded",
     "ruled", "found", "finds"}
)  # fmt: skip
_REPORTING = frozenset(
    {"said", "says", "told", "tells", "told reporters", "added", "adds", "stated",
     "states", "argued",
     "argues", "claimed", "claims", "insisted", "insists", "noted", "notes", "explained",
     "explains", "warned", "warns", "announced", "announces", "acknowledged",
     "admitted", "confirmed", "maintained", "believes", "believed", "thinks", "thought",
     "dijo", "afirmó", "aseguró", "explicó", "a dit", "a déclaré", "a affirmé", "sagte",
     "erklärte", "disse", "afirmou", "ha detto", "ha affermato"}
)  # fmt: skip

# Every cue this module reads: the speech verbs, the verbs of stance, "according to".
# Standard ``re`` (as ``CUE_RE``): a large alternation, faster there.
_CUE_RE = re.compile(
    r"(?<![\w'’-])(?:" + trie(SPEECH_VERBS | SENTENCE_CUES | _STANCE) + r")(?![\w'’-])"
)

# The end of a sentence after a point: ". ", "? " or the paragraph's end.
_SENTENCE_END_RE = lazy_compile(
    r"""
    (?<! \b (?: Mr | Mrs | Ms | Dr | Sen | Rep | Gov | Gen | Lt | Col | St | Jr | Sr | No
             | Prof | Capt | Sgt | Brig | Rev | Mt | Ft | \p{Lu} ) )
    [.!?…] (?= \s | $ )
    """,
    regex.VERBOSE,
)

# Between the cue and the reported clause: an object and "that" ("told reporters that"),
# or "that" alone, or nothing.
_OPENING_RE = lazy_compile(
    r"""
    (?: [^\S\n]++ [^\n.,;:!?"“”«»]{1,60}? )? [^\S\n]++ that [^\S\n]++   # told reporters that
    | [^\S\n]++ (?: (?: on [^\S\n]++ )?                                # on Monday
          (?: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday )
        | yesterday | today | tonight | last [^\S\n]++ \p{L}++
        | in [^\S\n]++ a [^\S\n]++ (?: statement | tweet | speech | interview )
      )
      [^\S\n]*+ ,?+ [^\S\n]*+ (?: that [^\S\n]++ )?+
    | [^\S\n]++
    """,
    regex.VERBOSE,
)

# Quotation marks: a sentence holding one is left to the quote rules.
_MARK_RE = lazy_compile(r"[\"“”„«»「」]")

_MIN_WORDS = 3


def indirect_in(
    text: str, paragraphs: Sequence[Paragraph], taken: Sequence[tuple[int, int]]
) -> list[Quote]:
    """Reported speech without marks in ``paragraphs``, as ``QuoteKind.INDIRECT`` quotes.

    ``taken`` lists ``(start, end)`` spans already used by quotes and their attributions
    (sorted); a cue inside one is skipped.

    >>> from newsparse.paragraphs import split_paragraphs
    >>> text = "Braga said that the coalition would stay in Iraq."
    >>> [(q.text, q.speaker.name, q.cue) for q in indirect_in(text, split_paragraphs(text), [])]
    [('the coalition would stay in Iraq', 'Braga', 'said')]
    """
    out: list[Quote] = []
    pointer = 0
    for paragraph in paragraphs:
        done = paragraph.start  # cues before this point belong to a sentence already read
        for cue in _CUE_RE.finditer(text, paragraph.start, paragraph.end):
            word = cue.group().casefold()
            if cue.start() < done or not (
                word in _REPORTING or word in _STANCE or word in ACCORDING_TO
            ):
                continue
            while pointer < len(taken) and taken[pointer][1] <= cue.start():
                pointer += 1
            if pointer < len(taken) and taken[pointer][0] <= cue.start():
                continue
            start = sentence_start(text, max(paragraph.start, cue.start() - 300), cue.start())
            end_match = _SENTENCE_END_RE.search(
                text, cue.end(), min(paragraph.end, cue.end() + 600)
            )
            end = end_match.start() if end_match else paragraph.end
            done = end
            if _MARK_RE.search(text, start, end):
                continue
            if word in ACCORDING_TO:
                quote = _according(text, start, cue, end)
            else:
                quote = _read(text, start, cue, end, stance=word in _STANCE)
            if quote is not None:
                out.append(quote)
    return out


def _according(text: str, start: int, cue: re.Match[str], end: int) -> Quote | None:
    """'According to X, ...' or '..., according to X.': the source and what it says."""
    if text[start : cue.start()].strip() == "":
        comma = text.find(",", cue.end(), min(end, cue.end() + 120))
        if comma < 0:
            return None
        speaker = read_speaker(text, cue.end(), comma, inverted=True, rule="indirect")
        content_start, content_end = comma + 1, end
    elif text[cue.start() - 2 : cue.start()].strip() == ",":
        speaker = read_speaker(text, cue.end(), end, inverted=True, rule="indirect")
        content_start, content_end = start, cue.start() - 2
    else:
        return None
    if speaker is None:
        return None
    return _quote(text, content_start, content_end, speaker, cue)


def _read(text: str, start: int, cue: re.Match[str], end: int, *, stance: bool) -> Quote | None:
    """One sentence of reported speech: speaker before the cue, content after (or before)."""
    speaker = read_speaker(text, start, cue.start(), inverted=False, rule="indirect")
    if speaker is not None and text[start : speaker.start].strip(" ,") == "":
        opening = _OPENING_RE.match(text, cue.end(), end)
        if stance and (opening is None or not opening.group().rstrip().endswith("that")):
            return None  # "he thinks so": a verb of stance reports with "that" only
        content_start = opening.end() if opening else cue.end()
        content_end = end
    elif stance:
        return None
    else:
        # "..., the minister said.": content first, then the speaker and the cue.
        tail = text[cue.end() : end].strip()
        comma = text.rfind(",", start, cue.start())
        if tail or comma < 0:
            return None
        speaker = read_speaker(text, comma + 1, cue.start(), inverted=False, rule="indirect")
        if speaker is None:
            return None
        content_start, content_end = start, comma
    return _quote(text, content_start, content_end, speaker, cue)


def _quote(
    text: str, content_start: int, content_end: int, speaker: Speaker, cue: re.Match[str]
) -> Quote | None:
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    while content_end > content_start and text[content_end - 1] in " \t,":
        content_end -= 1
    if len(text[content_start:content_end].split()) < _MIN_WORDS:
        return None
    return Quote(
        start=content_start,
        end=content_end,
        text=text[content_start:content_end],
        speaker=speaker,
        cue=cue.group(),
        cue_start=cue.start(),
        cue_end=cue.end(),
        kind=QuoteKind.INDIRECT,
        rule="indirect",
    )
