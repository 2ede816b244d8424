"""Plain speaker names: the commonest phrase, read without the general machinery.

One to three capitalised words in no word table ("Nuri", "Jane Roe") or a subject
pronoun, alone before its cue, name the speaker as written: what
:func:`newsparse._speakers.read_speaker` would read, found with one pattern and a set
lookup per word (checked equal to the general reading on every call of the polnear
development set).
"""

from __future__ import annotations

import re

import regex

from newsparse._fast import new_speaker
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
from newsparse._patterns import lazy_compile
from newsparse._tokens import is_abbreviation
from newsparse._types import Speaker, SpeakerKind

__all__ = ["TITLE_WORDS", "plain_name", "titled_name", "titled_reading"]

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
    np_start, np_end = match.span(1)  # the "np" group
    name = text[np_start:np_end]
    words = name.split()
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        kind = SpeakerKind.UNKNOWN
    else:
        for w in words:
            if (
                not w[0].isupper()
                or not w[1:2].islower()
                or w.endswith(("'s", "’s", "s'", "s’"))  # a possessive: "Fox's Chris Wallace"
                or w.casefold() in _NOT_SIMPLE
            ):
                return None
        kind = SpeakerKind.PERSON
    return new_speaker(
        name=name,
        mention=name,
        start=np_start,
        end=np_end,
        kind=kind,
        rule=rule,
    )


# A title and a plain name, alone before its cue: "Sen. Jim Clyburn", "Mr. Barrett",
# "Ms Lee". Name words are title-case words of letters (apostrophes and hyphens inside).
_TITLED_RE = lazy_compile(
    r"""
    [^\S\n]*+
    (?P<title> \p{Lu}\p{Ll}++ \.? )                                     # "Sen.", "Ms"
    (?P<names> (?: [^\S\n]++ \p{Lu}\p{Ll}[\p{Ll}'’-]*+ (?<=[\p{Ll}-]) ){1,3}+ )  # "Jim Clyburn"
    [^\S\n]*+
    """,
    regex.VERBOSE,
)

# The longest phrase looked at: a title and three long names (within ``_REACH`` of
# :mod:`newsparse._speakers`, so no window cut applies).
_TITLED_REACH = 80

# Name words that make the general reading differ: it decides those phrases.
_NOT_TITLED_NAME = (
    TITLES
    | ORGANIZATION_WORDS
    | DETERMINERS
    | CALENDAR_WORDS
    | CONNECTORS
    | CLAUSE_WORDS
    | VERB_ADVERBS
    | RELATIVE_PRONOUNS
    | frozenset(PRONOUNS)
)

# Titles read as one: none of them steers the general reading another way.
TITLE_WORDS = TITLES - (
    DETERMINERS | CONNECTORS | CALENDAR_WORDS | CLAUSE_WORDS | RELATIVE_PRONOUNS
)


def titled_name(text: str, start: int, end: int, rule: str) -> Speaker | None:
    """A title and a plain name filling ``text[start:end]``, as ``read_speaker`` reads it.

    One title word (of ``TITLES``) and one to three name words in none of the tables
    that steer the general reading (``_NOT_TITLED_NAME``): the title is split off, the
    rest is the name ("Sen. Jim Clyburn" -> "Jim Clyburn", title "Sen."); the title
    keeps its period where that is an abbreviation's, as the tokens keep it.

    >>> s = titled_name("Sen. Jim Clyburn said", 0, 17, "t")
    >>> s.name, s.title, s.mention
    ('Jim Clyburn', 'Sen.', 'Sen. Jim Clyburn')
    """
    if end - start > _TITLED_REACH:
        return None  # longer than a title and three names: no need to look
    head = text[start:end].split(None, 1)
    if not head or head[0].rstrip(".").casefold() not in TITLES:
        return None  # no title first (most phrases): settled without the pattern
    match = _TITLED_RE.fullmatch(text, start, end)
    if match is None:
        return None
    title_start, title_end = match.span("title")
    return titled_reading(text, title_start, title_end, match.end("names"), rule)


def titled_reading(
    text: str, title_start: int, title_end: int, names_end: int, rule: str
) -> Speaker | None:
    """:func:`titled_name` for a phrase already matched by ``_TITLED_RE``'s groups.

    ``text[title_start:title_end]`` is the title group, ``text[title_end:names_end]``
    the names group (with the space before them).
    """
    title = text[title_start:title_end]
    if title.endswith("."):
        title = title[:-1]
        if is_abbreviation(title):
            title += "."  # "Sen.": an abbreviation keeps its period
    folded = title.casefold().rstrip(".")
    if folded not in TITLE_WORDS:
        return None
    words = text[title_end:names_end].split()
    if any(w.casefold() in _NOT_TITLED_NAME or w.endswith(("'s", "’s")) for w in words):
        return None
    if folded in NOT_NAMES and all(w.casefold() in NOT_NAMES for w in words):
        return None  # every word capitalised but no name ("However", "What")
    name_start = text.find(words[0], title_end)
    return new_speaker(
        name=text[name_start:names_end],
        mention=text[title_start:names_end],
        start=title_start,
        end=names_end,
        title=title,
        kind=SpeakerKind.PERSON,
        rule=rule,
    )
