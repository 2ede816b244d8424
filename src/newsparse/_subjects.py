"""Clause subjects: who a clause is about, read from its start ("Cruz called them on it:").

Introductory phrases set off by commas ("In response to the attack,", "Hours later,",
"Meeting with lawmakers,") are skipped; the subject runs from there to the first
verb-like word and is read as a speaker phrase. Bounded by the clause it is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._lexicon import CONNECTORS, DETERMINERS, INTRO_WORDS, LINK_WORDS, TIME_UNITS
from newsparse._speakers import read_speaker, tokenize, verblike

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._speakers import Token
    from newsparse._types import Speaker

__all__ = ["read_subject"]


def _time_phrase(tokens: Sequence[Token], position: int) -> bool:
    """True when a time phrase opens here: "Hours later,", "Four minutes later,"."""
    for index in range(position, min(position + 4, len(tokens))):
        token = tokens[index]
        if not token.word:  # a comma (no other token is empty)
            return False
        if token.word in {"later", "ago", "earlier"}:
            return index > position and tokens[index - 1].word in TIME_UNITS
    return False


def read_subject(text: str, start: int, end: int, *, rule: str) -> Speaker | None:
    """Read the subject of the clause ``text[start:end]`` ("Cruz called them on it").

    Introductory phrases set off by commas ("In response to the attack,") are skipped;
    the subject runs from there to the first verb-like word.

    The subject and its verb stand near the clause's start: the first ``_PREFIX``
    characters (cut at a space) are tokenized first, and the whole clause only when
    the reading needs a token past them. Without brackets (an aside can hold a space),
    the tokens of those characters are the first tokens of the whole clause, so the
    reading is the same.

    >>> text = "In a statement, Republican nominee Donald Trump said the following"
    >>> read_speaker_name = read_subject(text, 0, len(text), rule="t")
    >>> read_speaker_name.name, read_speaker_name.role
    ('Donald Trump', 'Republican nominee')
    """
    cut = end
    if end - start > _PREFIX and text.find("(", start, end) < 0 and text.find(")", start, end) < 0:
        space = text.rfind(" ", start + 1, start + _PREFIX)
        if space > start:
            cut = space
    span = _subject_span(text, tokenize(text, start, cut), whole=cut == end)
    if span == _MORE:
        span = _subject_span(text, tokenize(text, start, end), whole=True)
    if span is None:
        return None
    return read_speaker(text, span[0], span[1], inverted=False, rule=rule)


# How much of a clause is tokenized first (characters): most subjects and their verbs
# stand in it.
_PREFIX = 100

# What :func:`_subject_span` gives when it needs tokens past those it was given.
_MORE = (-1, -1)


def _subject_span(text: str, tokens: Sequence[Token], *, whole: bool) -> tuple[int, int] | None:
    """Where the subject of a clause runs, from its first tokens: ``(start, verb start)``.

    ``whole`` says ``tokens`` are all the clause's tokens; when they are only the first
    ones, ``_MORE`` is returned where the reading would look past them.
    """
    size = len(tokens)
    position = 0
    # Skip introductory segments: "In response to ..., ", "Asked about it, ".
    while position < size:
        if not whole and position + 4 > size:
            return _MORE  # the tests below look up to three tokens ahead
        token = tokens[position]
        if token.word in CONNECTORS and token.word not in INTRO_WORDS:
            position += 1
            continue
        following = tokens[position + 1] if position + 1 < size else None
        if (
            token.word in INTRO_WORDS
            or (token.word.endswith("ly") and following is not None and not following.word)
            or _time_phrase(tokens, position)
            or (  # "Meeting with lawmakers,", "Speaking to reporters," (not "Boreing said")
                token.word.endswith("ing")
                and following is not None
                and (following.word in LINK_WORDS or following.word in DETERMINERS)
            )
        ):  # "In response to ...,", "Separately,", "Hours later,"
            comma = next((i for i in range(position, size) if not tokens[i].word), -1)
            if comma < 0:
                return None if whole else _MORE
            position = comma + 1
            continue
        break
    if not whole and position >= size:
        return _MORE
    verb = next(
        (i for i in range(position, size) if tokens[i].word and verblike(text, tokens[i])),
        -1,
    )
    if verb < 0 and not whole:
        return _MORE
    if verb <= position:
        return None
    last = verb
    while last > position and not tokens[last - 1].word:
        last -= 1
    if last <= position:
        return None
    return tokens[position].start, tokens[verb].start
