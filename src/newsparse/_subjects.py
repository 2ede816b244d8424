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

    >>> text = "In a statement, Republican nominee Donald Trump said the following"
    >>> read_speaker_name = read_subject(text, 0, len(text), rule="t")
    >>> read_speaker_name.name, read_speaker_name.role
    ('Donald Trump', 'Republican nominee')
    """
    tokens = tokenize(text, start, end)
    position = 0
    # Skip introductory segments: "In response to ..., ", "Asked about it, ".
    while position < len(tokens):
        token = tokens[position]
        if token.word in CONNECTORS and token.word not in INTRO_WORDS:
            position += 1
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
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
            comma = next((i for i in range(position, len(tokens)) if not tokens[i].word), -1)
            if comma < 0:
                return None
            position = comma + 1
            continue
        break
    verb = next(
        (i for i in range(position, len(tokens)) if tokens[i].word and verblike(text, tokens[i])),
        -1,
    )
    if verb <= position:
        return None
    last = verb
    while last > position and not tokens[last - 1].word:
        last -= 1
    if last <= position:
        return None
    return read_speaker(text, tokens[position].start, tokens[verb].start, inverted=False, rule=rule)
