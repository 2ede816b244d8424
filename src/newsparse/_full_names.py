"""Full names in running text: the first full name that ends in a given surname.

A bare surname ("Braga said") stands for the full name the text gave before it
("Jonathan Braga"). :func:`full_name` finds it with ``str.find`` in a bounded window and
reads each occurrence's capitalised words with ``_FULL_NAME_RE``.

Plain text, ASCII and the typographic marks of ``PLAIN_MARKS`` only (:func:`plain`), is
read by ``re`` twins of the ``regex`` patterns: there ``\\p{Lu}`` is ``[A-Z]``,
``\\p{L}\\p{N}`` is ``[A-Za-z0-9]``, ``\\p{M}`` is nothing, and ``re``'s
``[^\\S\\n\\x1c-\\x1f]`` is ``regex``'s ``[^\\S\\n]`` (no mark is a space but U+00A0, which
both read as one), so a twin finds the same matches, some four times faster than
``regex`` reads Unicode properties (tests/test_resolve_fast_paths.py checks them).
"""

from __future__ import annotations

import re

from newsparse._lexicon import DETERMINERS, TITLES
from newsparse._patterns import lazy_build, lazy_compile

__all__ = ["PLAIN_MARKS", "full_name", "plain"]

PLAIN_MARKS = "‘’“”–—―…\xa0"  # neither letters, digits nor marks; U+00A0 a space
_NOT_PLAIN_RE = lazy_build(lambda: re.compile(f"[^\\x00-\\x7f{PLAIN_MARKS}]"))


def plain(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is plain: ASCII and ``PLAIN_MARKS`` only.

    There the ``_PLAIN_`` twins of the patterns match as the patterns do (a pattern run
    from ``start + 1`` to ``end`` reads ``text[start]`` at most, in a lookbehind).

    >>> plain("“Ann Diaz,” he said", 0, 19), plain("Ann Díaz", 0, 8)
    (True, False)
    """
    start = max(start, 0)
    return text[start:end].isascii() or _NOT_PLAIN_RE.search(text, start, end) is None


# A full name in running text: two to four capitalised words ("Jonathan Braga",
# "Luiz Inácio Lula da Silva" keeps its particles out: the run ends at one).
_FULL_NAME_RE = lazy_compile(
    r"(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}\p{M}'’-]++(?:[^\S\n]++\p{Lu}[\p{Ll}\p{M}'’-]++){1,3}+(?![\p{L}\p{N}])"
)
# Its twin for plain text (see the module), the capital tested first.
_PLAIN_FULL_NAME_RE = lazy_build(
    lambda: re.compile(
        r"[A-Z](?<![A-Za-z0-9'’.-][A-Z])[a-z'’-]++(?:[^\S\n\x1c-\x1f]++[A-Z][a-z'’-]++){1,3}+(?![A-Za-z0-9])"
    )
)


def full_name(text: str, surname: str, start: int, end: int) -> str | None:
    """The first full name in ``text[start:end]`` ending in the word ``surname``.

    >>> full_name("Ann Diaz spoke. Diaz left.", "Diaz", 0, 16)
    'Ann Diaz'
    """
    found = text.find(surname, start, end)
    if found < 0:
        return None
    # Most occurrences stand alone ("Diaz said"): an ASCII reading rules them out at once.
    one_word = not surname or surname.split(None, 1)[0] == surname  # no space inside
    size = len(text)
    length = len(surname)
    while found >= 0:
        after = found + length
        low = max(start, found - 60)
        if (after >= size or not text[after].isalnum()) and (
            not one_word or _may_follow_name(text, found, low)
        ):
            search = (_PLAIN_FULL_NAME_RE if plain(text, low - 1, after) else _FULL_NAME_RE).search
            match = search(text, low, after)
            while match is not None and match.end() != after:  # the matches in turn
                match = search(text, match.end(), after)
            if match is not None:
                name = _name_of(match.group().split())
                if name is not None:
                    return name
        found = text.find(surname, after, end)
    return None


def _name_of(words: list[str]) -> str | None:
    """The personal name in a run of capitalised words, titles and openers left out.

    The words hold no period (they are a ``_FULL_NAME_RE`` match's).

    >>> _name_of(["Ann", "Diaz"]), _name_of(["Treasury", "Secretary", "Steven", "Mnuchin"])
    ('Ann Diaz', 'Steven Mnuchin')
    """
    if len(words) == 2:  # most often: a name unless the first word is a title or an opener
        return None if words[0].casefold() in _NOT_FIRST_ANY else f"{words[0]} {words[1]}"
    folded = [word.casefold() for word in words]
    lead = 0
    while lead < len(words) and folded[lead] in _NOT_FIRST_ANY:
        lead += 1  # "President Barack Obama" -> "Barack Obama"
    # "Treasury Secretary Steven Mnuchin": the name follows the last title.
    for i in range(len(words) - 2, lead - 1, -1):
        if folded[i] in TITLES:
            lead = i + 1
            break
    if len(words) - lead >= 2:
        return " ".join(words[lead:])
    return None


def _may_follow_name(text: str, found: int, low: int) -> bool:
    """False when no name of two words or more can end with the word at ``found``.

    The word at ``found`` (no space inside) would be the last word of a
    ``_FULL_NAME_RE`` match starting at or after ``low``: when it opens with an ASCII
    capital, a space and a capitalised word must come right before it. Read on ASCII
    characters only; anything else may be a name (the pattern decides).

    >>> _may_follow_name("said Diaz", 5, 0), _may_follow_name("Ann Diaz", 4, 0)
    (False, True)
    """
    if not "A" <= text[found] <= "Z":
        return True  # the pattern decides
    before = text[low:found]
    spaced = before.rstrip(_SPACES)
    if len(spaced) == len(before):  # no space right before: the word cannot be a last word
        return bool(before) and not before[-1].isascii()
    word = spaced.rstrip(_LOWER)  # up to the capital of the word before, if any
    return bool(word) and ("A" <= word[-1] <= "Z" or not word[-1].isascii())


_SPACES = " \t\x0b\x0c\r"  # the ASCII spaces of ``[^\S\n]``
_LOWER = "abcdefghijklmnopqrstuvwxyz'’-"  # ASCII word letters after a capital


# Capitalised words that open a sentence or a title, not a first name.
_NOT_FIRST = frozenset(
    {"the", "a", "an", "but", "and", "in", "on", "at", "when", "if", "as", "after", "mr",
     "mrs", "ms", "dr", "president", "senator", "sen", "gov", "governor", "rep", "secretary",
     "general", "minister", "prime", "former", "vice", "judge", "mayor", "chairman"}
)  # fmt: skip
_NOT_FIRST_ANY = _NOT_FIRST | TITLES | DETERMINERS  # words before a first name


def __dir__() -> list[str]:
    return __all__
