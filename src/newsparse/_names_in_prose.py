"""People named in running text, for pronoun resolution: person-shaped names only.

A "he" or "she" whose speaker is not among the attributed speakers before it stands,
in news prose, for the person the text has just named: "Ann Diaz spoke to reporters on
Monday. "We will rebuild," she said." This module finds that person in a bounded window
before the pronoun (its paragraph and the two before it, at most ``_PERSON_WINDOW``
characters, read back a stretch at a time), leaving quoted words out. Only
person-shaped names count: a title and a name ("Sen. Ted Cruz", "Ms. Diaz"), a first
name and a surname ("Ann Diaz") not led by a determiner or a preposition of place and
holding no organisation, place or calendar word ("the White House", "Little Rock"), or
a lone surname that a full name before it completes ("Clinton" after "Hillary
Clinton"). Of the names whose gender does not contradict the pronoun, the latest
sentence naming one gives the name before a speech verb, else the first that is no
possessive (the subject, most often).

Every function works in a bounded window, so the cost per pronoun is constant.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

import regex

from newsparse._fast import new_speaker
from newsparse._full_names import full_name, plain
from newsparse._lexicon import (
    CALENDAR_WORDS,
    CLAUSE_WORDS,
    CONNECTORS,
    DETERMINERS,
    FEMALE_TITLES,
    MALE_TITLES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PLACE_OPENERS,
    PLACE_WORDS,
    PRONOUNS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from newsparse._patterns import lazy_build, lazy_compile
from newsparse._tokens import is_abbreviation
from newsparse._types import SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._types import Speaker

__all__ = ["Context", "person_before"]

_PERSON_WINDOW = 1500  # characters before a pronoun searched for a person named in prose
_PERSON_PARAGRAPHS = 3  # the pronoun's paragraph and the two before it
_MAX_NAME_WORDS = 3
_MAX_RUNS = 16  # runs of capitals read back from a pronoun
_CHUNK = 300  # characters searched at a time, back from a pronoun
_SUBJECT_REACH = 120  # characters from a sentence's start that hold its subject's name
_CUE_GAP = 40  # at most this between a quote's end and its speaker's pronoun

# A run of capitalised words on one line: a person named in running text is one of
# them ("Ann Diaz", "Sen. Ted Cruz"). Every repetition is bounded and possessive.
_CAPITAL_RUN_RE = lazy_compile(
    r"""
    \p{Lu}(?<![\p{L}\p{N}'’.-]\p{Lu})              # a capital not inside a word or an
                                                   # abbreviation (tested after the capital:
                                                   # the engine then skips to capitals)
    [\p{L}\p{M}'’.-]{0,40}+                        # the capitalised word ("Ann", "Mr.", "O'Neil")
    (?:[^\S\n]\p{Lu}[\p{L}\p{M}'’.-]{0,40}+){0,5}+  # more, each after one space
    """,
    regex.VERBOSE,
)

# Its twin for plain text (:func:`newsparse._full_names.plain`, where the module tells
# why the twins match as the patterns do): ``re`` reads it faster than ``regex`` reads
# Unicode properties.
_PLAIN_CAPITAL_RUN_RE = lazy_build(
    lambda: re.compile(
        r"""
        [A-Z](?<![A-Za-z0-9'’.-][A-Z])                           # a capital, as above
        [A-Za-z'’.-]{0,40}+                                      # the capitalised word
        (?:[^\S\n\x1c-\x1f][A-Z][A-Za-z'’.-]{0,40}+){0,5}+   # more, each after one space
        """,
        re.VERBOSE,
    )
)


# The end of the sentence before a position is the nearest stop (and a closing mark)
# before a space, or line break: ``_sentence_bounds`` finds it with ``str.rfind`` (a
# backward regex search, ``(?r)[.!?]["”’']?[^\S\n]|\n``, is five times slower).
_CLOSING = frozenset("\"”’'")  # a closing mark between a stop and its space
_NOT_SPACES = frozenset("\n\x1c\x1d\x1e\x1f")  # ``str.isspace`` but not ``[^\S\n]``


# Words after which a capitalised run names a place, not a person ("in Little Rock",
# "from Ann Arbor").
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "near", "into", "across", "outside", "inside", "toward",
     "towards", "through", "around", "throughout", "of", "to"}
)  # fmt: skip


class _Person(NamedTuple):
    start: int
    end: int
    name: str
    title: str | None
    gender: str | None


_LAST = sys.maxsize  # after every end: ``(start, _LAST)`` sorts after the quotes starting there


class Context(NamedTuple):
    quotes: Sequence[tuple[int, int]]  # sorted spans of quoted words: no names read there
    genders: dict[str, str]  # name -> gender learned so far
    full_names: dict[str, str | None]  # surname -> full name in the text, once per surname


def person_before(
    text: str, speaker: Speaker, gender: str, context: Context, floor: int, *, subject: bool
) -> Speaker | None:
    """The person named in the prose just before a pronoun (and after ``floor``).

    The window is the pronoun's paragraph and the two before it (at most
    ``_PERSON_WINDOW`` characters), quoted words left out. Only person-shaped names are
    taken (:func:`_read_person`); of the names whose gender does not contradict the
    pronoun, the latest sentence holding one gives its first (the subject, most often).
    With ``subject``, that name must open its sentence, after at most a few words of
    title or role and before a lower-case word.
    """
    if subject:
        return _subject_before(text, speaker, gender, context, floor)
    low = _window_start(text, speaker.start)
    high = speaker.start
    people: list[_Person] = []
    read = 0
    while high > low and not people and read < _MAX_RUNS:
        # Back from the pronoun a stretch at a time, each opening at a sentence start.
        chunk = _sentence_bounds(text, low, max(low, high - _CHUNK))[0]
        pattern = _PLAIN_CAPITAL_RUN_RE if plain(text, chunk - 1, high) else _CAPITAL_RUN_RE
        runs = [m.span() for m in pattern.finditer(text, chunk, high)]
        begin = chunk
        # The runs backwards: the latest naming a person, then the others of its sentence.
        for run_start, run_end in reversed(runs):
            read += 1
            if (people and run_start < begin) or read > _MAX_RUNS:
                break
            found = _people_in(text, run_start, run_end, gender, context)
            if found and not people:
                begin = _sentence_bounds(text, chunk, found[-1].start)[0]
            people[:0] = [p for p in found if p.start >= begin]
        high = chunk
    if not people:
        return None
    chosen = next(
        (p for p in people if _before_speech_verb(text, p)),
        next((p for p in people if not _possessive(text, p)), people[0]),
    )
    return new_speaker(
        name=chosen.name,
        mention=speaker.mention,
        start=speaker.start,
        end=speaker.end,
        title=chosen.title,
        kind=SpeakerKind.PERSON,
        rule=speaker.rule,
    )


def _subject_before(
    text: str, speaker: Speaker, gender: str, context: Context, floor: int
) -> Speaker | None:
    """The person named as subject of the sentence before a pronoun, after ``floor``.

    Only that sentence (the pronoun's quote looked past) and its first words are read:
    "Trump spokesman Hope Hicks confirmed ... "...," she said" gives Hope Hicks (a name
    before a role noun only qualifies it).
    """
    high = speaker.start
    low = max(floor, high - _PERSON_WINDOW)
    at = bisect_right(context.quotes, (high, _LAST)) - 1  # the last quote starting by ``high``
    if at >= 0 and 0 <= high - context.quotes[at][1] <= _CUE_GAP:
        high = context.quotes[at][0] - 1
    while high > low and text[high - 1].isspace():
        high -= 1
    if high <= low:
        return None  # nothing after the matched speaker: nobody new
    # (With no capitalised word in ``text[low:high]`` the runs below find none either.)
    begin, _ = _sentence_bounds(text, low, high)
    if begin < floor or (begin == low and low > 0):
        return None  # the matched speaker's own sentence, or no sentence start in reach
    reach = min(high, begin + _SUBJECT_REACH)
    pattern = _PLAIN_CAPITAL_RUN_RE if plain(text, begin - 1, reach) else _CAPITAL_RUN_RE
    for match in pattern.finditer(text, begin, reach):
        after = text[match.end() : match.end() + 30].split(None, 1)
        if after and (after[0] in SPEAKER_NOUNS or after[0] in TITLES):
            continue  # "Trump spokesman": an owner of a role, no subject
        found = _people_in(text, match.start(), match.end(), gender, context)
        if not found or not _opens_sentence(text, begin, found[0]):
            return None
        return new_speaker(
            name=found[0].name,
            mention=speaker.mention,
            start=speaker.start,
            end=speaker.end,
            title=found[0].title,
            kind=SpeakerKind.PERSON,
            rule=speaker.rule,
        )
    return None


def _sentence_bounds(text: str, low: int, high: int) -> tuple[int, int]:
    """Where the sentence holding ``high - 1`` starts, and where the stop before it is.

    The sentence before ends at the last line break, or at a later stop (``.!?``) with
    at most one closing mark after it and then a space (no line break), inside
    ``text[low:high]``; a period after an abbreviation ("Mr. Smith", "George W. Bush")
    is no stop. The stops are found back from ``high`` with ``str.rfind``, each once (a
    backward regex search, ``(?r)[.!?]["”’']?[^\\S\\n]|\\n``, is five times slower).

    >>> _sentence_bounds('Hi. "No." he said', 0, 17), _sentence_bounds("a\\nb. c", 0, 4)
    ((10, 7), (2, 1))
    >>> _sentence_bounds("He met Mr. Smith. Then", 0, 22)
    (18, 16)
    """
    high = min(high, len(text))
    line = text.rfind("\n", low, high)
    floor = max(low, line + 1)  # a stop before the line break ends before it
    dot = text.rfind(".", floor, high)
    question = text.rfind("?", floor, high)
    exclamation = text.rfind("!", floor, high)
    while True:
        found = max(dot, question, exclamation)
        if found < 0:
            break
        end = -1  # where the sentence end starting at ``found`` ends, if it is one
        if found + 2 <= high and _spaced(text[found + 1]):
            end = found + 2
        elif found + 3 <= high and text[found + 1] in _CLOSING and _spaced(text[found + 2]):
            end = found + 3
        if end >= 0:
            if text[found] != "." or not is_abbreviation(
                text[text.rfind(" ", low, found) + 1 : found]
            ):
                return end, found
            high = found  # "Mr.": the sentence end is before it
        if found == dot:
            dot = text.rfind(".", floor, found)
        elif found == question:
            question = text.rfind("?", floor, found)
        else:
            exclamation = text.rfind("!", floor, found)
    if line >= 0:
        return line + 1, line
    return low, low


def _spaced(char: str) -> bool:
    """True for a space of ``[^\\S\\n]`` (``regex``'s white space but a line break)."""
    return char.isspace() and char not in _NOT_SPACES


def _people_in(text: str, start: int, end: int, gender: str, context: Context) -> list[_Person]:
    """The person-shaped names in one run of capitals outside quotes, of a fitting gender."""
    single = text.find(" ", start, end) < 0
    if single and _bare(text[start:end]) in _NO_NAME:
        return []  # "The", "But", "He": the common lone capitals, at once
    quotes = context.quotes
    people: list[_Person] = []
    at = bisect_right(quotes, (start, _LAST)) - 1
    if at >= 0 and quotes[at][1] > start:
        return people  # words inside a quotation
    if single:  # one word: read as ``_split_run`` reads it (one reading, stop or not)
        person = _read_person(text, [(start, end)], start, context.full_names)
        found = [] if person is None else [person]
    else:
        found = _split_run(text, start, end, context.full_names)
    for person in found:
        known = person.gender or context.genders.get(person.name)
        if known is None or known == gender:
            people.append(person)
    return people


def _possessive(text: str, person: _Person) -> bool:
    """True when the name is written as an owner ("Clinton's email"): no subject."""
    return text[person.end - 2 : person.end] in {"'s", "’s"} or text[
        person.end : person.end + 2
    ] in {"'s", "’s"}


def _before_speech_verb(text: str, person: _Person) -> bool:
    """True when a speech verb follows the name ("Kunin said in an interview")."""
    after = text[person.end : person.end + 40].split(None, 1)
    return bool(after) and after[0].rstrip(".,;:") in SPEECH_VERBS


def _opens_sentence(text: str, begin: int, person: _Person) -> bool:
    """True when ``person`` is the subject of the sentence starting at ``begin``.

    At most three words before it, none a pronoun or a past tense ("He criticized
    Donald Trump"); a lower-case word right after it, not a possessive.
    """
    before = text[begin : person.start].split()
    if len(before) > 3 or any(
        w.casefold() in PRONOUNS or w.casefold().endswith("ed") or w.endswith(",") for w in before
    ):
        return False
    after = text[person.end : person.end + 40].split(None, 1)
    if after and after[0].startswith(","):
        return True  # "Elizabeth Warren, the progressive icon, invoked"
    return (
        bool(after)
        and after[0][:1].islower()
        and after[0] not in CONNECTORS
        and after[0] not in _PLACE_PREPOSITIONS
    )


def _window_start(text: str, position: int) -> int:
    """Where the paragraph ``_PERSON_PARAGRAPHS - 1`` before ``position`` starts."""
    floor = max(0, position - _PERSON_WINDOW)
    end = position
    seen = 0
    while True:
        cut = text.rfind("\n", floor, end)
        if cut < 0:
            return floor
        if seen == 0 or not text[cut + 1 : end].isspace():
            seen += 1  # blank lines between paragraphs are no paragraph
            if seen >= _PERSON_PARAGRAPHS:
                return cut + 1
        end = cut


def _split_run(text: str, start: int, end: int, full_names: dict[str, str | None]) -> list[_Person]:
    """The person-shaped names in a run of capitalised words, cut at sentence stops."""
    out: list[_Person] = []
    words: list[tuple[int, int]] = []
    position = start
    while position < end:
        stop = text.find(" ", position, end)
        stop = end if stop < 0 else stop
        words.append((position, stop))
        word = text[position:stop]
        if word.endswith(".") and not is_abbreviation(word[:-1]):
            person = _read_person(text, words, start, full_names)
            if person is not None:
                out.append(person)
            words = []
            start = stop + 1
        position = stop + 1
    if words:
        person = _read_person(text, words, start, full_names)
        if person is not None:
            out.append(person)
    return out


def _bare(word: str) -> str:
    """A word case-folded, without a trailing stop or possessive."""
    folded = word.casefold().rstrip(".")
    return folded[:-2] if folded.endswith(("'s", "’s")) else folded


def _read_person(
    text: str, words: list[tuple[int, int]], start: int, full_names: dict[str, str | None]
) -> _Person | None:
    """A person named by ``words``: a title and a name, or a first name and a surname.

    The name follows the last title ("House Speaker Paul D. Ryan"). Not a place, an
    organisation, a building, an event or a law: a name holding a word of
    ``ORGANIZATION_WORDS``, ``PLACE_WORDS`` or ``CALENDAR_WORDS``, opening with a word
    of ``PLACE_OPENERS``, holding an acronym, or (without a title) led by a determiner or
    a preposition of place is none. A lone surname without a title is a person only
    when a full name ending in it comes before ("Clinton" after "Hillary Clinton").
    """
    for owner in range(len(words) - 1, 0, -1):
        end = words[owner - 1][1]
        if text[end - 2 : end] in _POSSESSIVE:
            words = words[owner:]  # "Univision's Los Angeles", "Ohio's John Kasich"
            start = words[0][0]
            break
    bare = []
    for a, b in words:  # each word as ``_bare`` gives it
        folded = text[a:b].casefold().rstrip(".")
        bare.append(folded[:-2] if folded.endswith(("'s", "’s")) else folded)
    lead = 0
    while lead < len(bare) and bare[lead] in NOT_NAMES and bare[lead] not in TITLES:
        lead += 1  # "But Ann Diaz": a sentence opener
    if lead == len(bare) or bare[lead] in PLACE_OPENERS or bare[lead] in DETERMINERS:
        return None
    split = lead  # just after the last title before the last word
    for i in range(len(bare) - 2, lead - 1, -1):
        if bare[i] in TITLES:
            split = i + 1
            break
    first_title = split
    while first_title > lead and bare[first_title - 1] in TITLES:
        first_title -= 1
    if split > first_title and all(w in _MODIFIERS for w in bare[first_title:split]):
        return None  # "Former Pennsylvania governor": a modifier is no title
    names = bare[split:]
    rejected = split  # just after the last word no name holds, before the last two
    for i in range(len(bare) - 3, split - 1, -1):
        if bare[i] in _NOT_PERSON:
            rejected = i + 1
            break
    if rejected > split and split == first_title:
        # "former Secretary of State Hillary Clinton": a body before a full name.
        words, bare = words[rejected:], bare[rejected:]
        split = first_title = lead = 0
        start = words[0][0]
        names = bare
    if not names or len(names) > _MAX_NAME_WORDS or not _person_words(text, words, bare, split):
        return None
    titled = split > first_title
    if not titled:
        before = text[max(0, start - 20) : start].split()
        if (
            lead == 0
            and before
            and (before[-1] in DETERMINERS or before[-1] in _PLACE_PREPOSITIONS)
        ):
            return None
    name = text[words[split][0] : words[-1][1]].rstrip(".")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    if not titled and len(names) == 1:
        if name not in full_names:
            full_names[name] = full_name(text, name, max(0, start - _PERSON_WINDOW), start)
        full = full_names[name]
        if full is None or full.count(" ") >= _MAX_NAME_WORDS or not _first_names(full):
            return None  # "Is Sanders", "Understated Perez": no first name
        name = full
    gender = None
    for word in bare[first_title:split]:
        if word in MALE_TITLES:
            gender = "male"
        elif word in FEMALE_TITLES:
            gender = "female"
    title = text[words[first_title][0] : words[split - 1][1]] if titled else None
    return _Person(words[first_title][0], words[-1][1], name, title, gender)


_POSSESSIVE = frozenset({"'s", "’s"})

# Title words that only qualify another title ("former", "acting"): alone, no title.
_MODIFIERS = frozenset(
    {"former", "acting", "deputy", "senior", "assistant", "associate", "managing", "vice",
     "foreign", "interior", "defense", "defence", "finance", "treasury", "minority",
     "majority", "field", "air", "private", "st", "saint", "executive", "chief", "leader"}
)  # fmt: skip

# Words no personal name holds.
_NOT_PERSON = (
    ORGANIZATION_WORDS | PLACE_WORDS | CALENDAR_WORDS | NOT_NAMES | TITLES | frozenset(PRONOUNS)
)


# Lone capitalised words that are never a person's name.
_NO_NAME = _NOT_PERSON | DETERMINERS | PLACE_OPENERS | CLAUSE_WORDS


def _person_words(
    text: str, words: Sequence[tuple[int, int]], bare: Sequence[str], first: int
) -> bool:
    """True when no word from ``first`` on is of ``_NOT_PERSON`` or an acronym ("FBI").

    ``bare`` is each word as :func:`_bare` gives it; "D." is no acronym.
    """
    for at in range(first, len(words)):
        if bare[at] in _NOT_PERSON:
            return False
        a, b = words[at]
        word = text[a:b].rstrip(".")
        if len(word) > 1 and word.isupper():
            return False
    return True


def _first_names(full: str) -> bool:
    """True when every word of a full name may be a name ("Understated Perez" is none).

    No word is of ``_NOT_PERSON`` or ``CLAUSE_WORDS``, none ends in "ed".
    """
    for word in full.split():
        bare = _bare(word)
        if bare in _NOT_PERSON or bare in CLAUSE_WORDS or bare.endswith("ed"):
            return False
    return True


def __dir__() -> list[str]:
    return __all__
