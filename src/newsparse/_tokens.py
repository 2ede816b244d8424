"""Tokens of a speaker phrase: words with their offsets, punctuation set apart.

A bracketed aside ("(D-S.C.)") is one token (dropped from names and roles), a comma is
its own token (it separates appositives), and a word keeps an abbreviation's period
("Sen.", "U.S."). At most ``MAX_TOKENS`` tokens are read: bounded work per phrase.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse._lexicon import ABBREVIATIONS

__all__ = ["MAX_TOKENS", "Token", "is_abbreviation", "tokenize"]

# Tokens of a speaker phrase: a bracketed aside "(D-S.C.)", a comma, or a word with the
# punctuation around it set apart (quotes, brackets, a sentence's period). The lazy word
# part stops at the first run of punctuation that reaches a space: bounded per token.
# Standard ``re``: a plain pattern on the hot path, where ``re`` is the faster engine.
_TOKEN_RE = re.compile(
    r"""
    \( [^()\n]{0,60}+ \)     # a bracketed aside: party and state, age
    | ,                      # a comma: separates appositives
    | [^\s,()]++             # a word with any punctuation around it (trimmed after)
    """,
    re.VERBOSE,
)

MAX_TOKENS = 40

# Punctuation trimmed from the ends of a word before it is compared with the lexicon.
_TRIM = ".,;:!?\"'“”‘’«»()[]—–―"


class Token(NamedTuple):
    """A word of a speaker phrase: its offsets and its case-folded form ("" for a comma)."""

    start: int
    end: int
    word: str  # case-folded, without surrounding punctuation

    @property
    def comma(self) -> bool:
        return self.word == "" and self.end - self.start == 1


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` (at most ``MAX_TOKENS``), punctuation set apart.

    Without brackets (the usual phrase) the words are the window's whitespace-separated
    chunks, commas set apart: ``str.split`` and one ``str.find`` per word, the tokens
    ``_TOKEN_RE`` gives (it has no lookbehind, so a comma or a space ends every word the
    same way) at less cost than a match object per word.
    """
    piece = text[start:end]
    if "(" in piece or ")" in piece:
        return _tokenize_asides(text, start, end)
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # records built directly: several times faster than Token(...)
    trim = _TRIM
    find = text.find
    position = start
    chunks = (piece.replace(",", " , ") if "," in piece else piece).split()
    capped = len(chunks) >= MAX_TOKENS  # fewer chunks than that: no token count to keep
    for chunk in chunks:
        s = find(chunk, position)  # the next chunk: only spaces or nothing before it
        e = position = s + len(chunk)
        if chunk == ",":
            append(new(Token, (s, e, "")))
            continue
        if chunk[0] in trim or chunk[-1] in trim:
            s, e = _trimmed(text, s, e)
            if s >= e:
                continue
            append(new(Token, (s, e, text[s:e].casefold().rstrip("."))))
        else:  # a plain word (the commonest token): no period to strip
            append(new(Token, (s, e, chunk.casefold())))
        if capped and len(out) >= MAX_TOKENS:
            break
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """``s:e`` without the punctuation around the word; an abbreviation keeps its period."""
    trim = _TRIM
    while s < e and text[s] in trim:
        s += 1
    while e > s and text[e - 1] in trim:
        if text[e - 1] == "." and is_abbreviation(text[s : e - 1]):
            break
        e -= 1
    return s, e


def _tokenize_asides(text: str, start: int, end: int) -> list[Token]:
    """:func:`tokenize` for a window with brackets: asides are matched by ``_TOKEN_RE``."""
    out: list[Token] = []
    append = out.append
    new = tuple.__new__
    trim = _TRIM
    for match in _TOKEN_RE.finditer(text, start, end):
        s, e = match.span()
        first = text[s]
        last = text[e - 1]
        if first in trim or last in trim:  # a plain word (the commonest token) skips all this
            if first == ",":
                append(new(Token, (s, e, "")))
                continue
            if first == "(" and last == ")":
                continue  # asides are dropped from names and roles
            # Punctuation around the word is set apart; an abbreviation keeps its period.
            s, e = _trimmed(text, s, e)
            if s >= e:
                continue
        append(new(Token, (s, e, text[s:e].casefold().rstrip("."))))
        if len(out) >= MAX_TOKENS:
            break
    return out


def is_abbreviation(word: str) -> bool:
    folded = word.casefold()
    return folded in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in folded
