"""Plain speaker names: the commonest phrase, read without the general machinery.

One to three capitalised words in no word table ("Nuri", "Jane Roe") or a subject
pronoun, alone before its cue, name the speaker as written: what
:func:`newsparse._speakers.read_speaker` would read, found with one pattern and a set
lookup per word (checked equal to the general reading on every call of the polnear
development set).
"""

from __future__ import annotations

import re

from newsparse._lexicon import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    CLAUSE_WORDS,
    CONNECTORS,
    CUT_WORDS,
    DETERMINERS,
    INTRO_WORDS,
    IRREGULAR_VERBS,
    LINK_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    TITLES,
    VERB_ADVERBS,
)
from newsparse._types import Speaker, SpeakerKind

__all__ = ["plain_name"]

# The commonest speaker phrase of all, read without the general machinery: one to three
# capitalised words ("Nuri", "Jane Roe") or a subject pronoun, alone before its cue.
_SIMPLE_WORD = r"[^\W\d_][^\W\d_'’-]*+(?:['’-][^\W\d_]++)*+"
_SIMPLE_RE = re.compile(
    rf"[^\S\n]*+(?P<np>{_SIMPLE_WORD}(?:[^\S\n]++{_SIMPLE_WORD}){{0,2}}+)[^\S\n]*+"
)

# Words that make a capitalised run more than a plain name: the general reading decides.
_NOT_SIMPLE = (
    TITLES
    | ORGANIZATION_WORDS
    | DETERMINERS
    | SPEAKER_NOUNS
    | CALENDAR_WORDS
    | NOT_NAMES
    | INTRO_WORDS
    | CONNECTORS
    | CLAUSE_WORDS
    | VERB_ADVERBS
    | NAME_PARTICLES
    | CUT_WORDS
    | RELATIVE_PRONOUNS
    | LINK_WORDS
    | ABBREVIATIONS
    | SPEECH_VERBS
    | IRREGULAR_VERBS
)


def plain_name(text: str, start: int, end: int, rule: str) -> Speaker | None:
    """A plain name or pronoun filling ``text[start:end]``, as ``read_speaker`` reads it.

    Each word is capitalised (a title-case name) and in no word table; a pronoun is
    alone. Anything else (titles, organisations, descriptions, appositives) is left to
    the general reading.
    """
    match = _SIMPLE_RE.fullmatch(text, start, end)
    if match is None:
        return None
    np_start, np_end = match.span("np")
    words = text[np_start:np_end].split()
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        kind = SpeakerKind.UNKNOWN
    elif all(
        w[0].isupper()
        and w[1:2].islower()
        and not w.endswith(("'s", "’s", "s'", "s’"))  # a possessive: "Fox's Chris Wallace"
        and w.casefold() not in _NOT_SIMPLE
        for w in words
    ):
        kind = SpeakerKind.PERSON
    else:
        return None
    return Speaker(
        name=text[np_start:np_end],
        mention=text[np_start:np_end],
        start=np_start,
        end=np_end,
        kind=kind,
        rule=rule,
    )
