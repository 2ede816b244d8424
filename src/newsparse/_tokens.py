"""Tokens of a speaker phrase: words with their offsets, punctuation set apart.

A bracketed aside ("(D-S.C.)") is one token (dropped from names and roles), a comma is
its own token (it separates appositives), and a word keeps an abbreviation's period
("Sen.", "U.S."). At most ``MAX_TOKENS`` tokens are read: bounded work per phrase.

The cuts made on tokens alone live here too: the phrase written after its cue
(:func:`cut_inverted`), the comma-separated parts (:func:`split_segments`), the noun
phrase at a clause's end (:func:`subject_tail`) and the word tests they use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from newsparse._lexicon import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    CLAUSE_WORDS,
    CONNECTORS,
    CUT_WORDS,
    DETERMINERS,
    IRREGULAR_VERBS,
    LINK_WORDS,
    NOT_NAMES,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    VERB_ADVERBS,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "MAX_SUBJECT_TOKENS",
    "MAX_TOKENS",
    "VERB_WORDS",
    "Token",
    "cut_inverted",
    "is_abbreviation",
    "led_by_determiner",
    "split_segments",
    "subject_tail",
    "tokenize",
    "verblike",
]

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

# The longest subject or description read, in tokens.
MAX_SUBJECT_TOKENS = 14

# Words that end a subject as :func:`verblike` finds them, in one table.
VERB_WORDS = SPEECH_VERBS | IRREGULAR_VERBS | CLAUSE_WORDS | VERB_ADVERBS

# The words :func:`subject_tail` looks at: clause words, connectors, relative pronouns.
_TAIL_WORDS = CLAUSE_WORDS | CONNECTORS | RELATIVE_PRONOUNS

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


def cut_inverted(text: str, tokens: list[Token]) -> list[Token]:
    """Keep the speaker phrase written after its cue: "said Nuri on Monday" -> "Nuri"."""
    out: list[Token] = []
    appositives = 0
    for index, token in enumerate(tokens):
        if not token.word:  # a comma (every other token keeps a visible character)
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                appositives == 0
                and following is not None
                and (
                    following.word in DETERMINERS
                    or following.word.isdigit()
                    # "said the mayor, Ann Diaz": a described speaker, then its name
                    or (
                        led_by_determiner(text, out)
                        and text[following.start].isupper()
                        and following.word not in CALENDAR_WORDS
                        and following.word not in NOT_NAMES
                    )
                )
            ):
                appositives += 1
                out.append(token)
                continue
            break
        if out and token.word in CUT_WORDS:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            place = (
                token.word in {"in", "at", "from", "of", "for", "to"}
                and following is not None
                and text[following.start].isupper()
                and following.word not in CALENDAR_WORDS
            )
            if not place and token.word not in {"of", "for", "to"}:
                break
            if (
                token.word in {"of", "for", "to"}
                and following is not None
                and following.word in CUT_WORDS
            ):
                break
        elif (
            not out
            and token.word in CUT_WORDS
            and token.word not in DETERMINERS
            and not text[token.start].isupper()
        ):
            return []  # "said on Monday" (but "said Will Doyle")
        out.append(token)
        # (A token never ends with a sentence's period: ``tokenize`` keeps a period only
        # on an abbreviation, so no sentence end needs looking for here.)
    while out and (not out[-1].word or out[-1].word in {"of", "for", "to", "in", "at", "from"}):
        out.pop()
    return out


def split_segments(tokens: Sequence[Token]) -> list[list[Token]]:
    """The comma-separated parts of ``tokens``, empty ones left out.

    A comma is the token whose word is empty (every other token keeps a visible
    character): tested directly, it spares a property call per token.
    """
    out: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if token.word:
            current.append(token)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def subject_tail(text: str, tokens: list[Token], *, whole: bool = False) -> list[Token]:
    """The noun phrase at the end of a clause, next to its verb.

    What follows the clause's last clause word ("... that New Jersey Gov. Chris Christie
    said"), unless that is no noun phrase; then a relative clause is looked through: "a
    White House official who spoke anonymously ... said" has the official as subject,
    "one which historian John Baick calls" has Baick, "the sign which read" keeps the
    relative pronoun (the mention) after its antecedent.
    """
    if len(tokens) <= 1:
        return tokens
    cut = 0
    relative = -1  # the first relative pronoun after a word that is no link word
    for index, token in enumerate(tokens):
        word = token.word
        if word not in _TAIL_WORDS:
            continue  # most words: one set test
        # A word in capitals is a name ("US Senator"), not the pronoun "us".
        if (word in CLAUSE_WORDS and not text[token.start : token.end].isupper()) or (
            word in CONNECTORS
            and index > 0
            and not (whole and word in {"and", "or"})
            and text[token.start].islower()  # "Elijah E. Cummings": an initial, no "e" (and)
        ):
            cut = index + 1  # (a whole phrase keeps "the senator and candidate")
        if (
            relative < 0
            and word in RELATIVE_PRONOUNS
            and index > 0
            and tokens[index - 1].word not in LINK_WORDS
        ):
            relative = index
    tail = tokens[cut:]
    if relative >= 0 and (not _noun_phrase_start(text, tail) or relative >= cut):
        after = tokens[relative + 1 :]
        if not after:
            tail = tokens[: relative + 1]  # antecedent and relative: "X, who"
        elif (
            after[0].word in PRONOUNS
            or text[after[0].start].isupper()
            or after[0].word in DETERMINERS
        ):
            tail = subject_tail(text, after)  # "which he added", "which Baick calls"
        else:
            tail = tokens[:relative]  # "an official who spoke anonymously ..."
    if len(tail) > MAX_SUBJECT_TOKENS:
        return []
    # A subject opens with a capital, a determiner, a pronoun or a speaker noun; a
    # lower-case verb in the middle ("she then urges her husband") is no subject.
    # "Clinton's aides told" keeps; "he urges her husband" does not.
    for index, token in enumerate(tail):
        if (
            index
            and token.word in DETERMINERS
            and not text[token.start].isupper()
            and any(_verb_or_plural(text, t) for t in tail[1:index])
        ):
            return tail[index:]
    return tail


def _verb_or_plural(text: str, token: Token) -> bool:
    """A lower-case verb-like word, or an "-s" word that is no speaker noun ("urges")."""
    if verblike(text, token):
        return True
    word = token.word
    return word.endswith("s") and not text[token.start].isupper() and word not in SPEAKER_NOUNS


def _noun_phrase_start(text: str, tokens: Sequence[Token]) -> bool:
    """True when ``tokens`` can be a subject: a capital, determiner, pronoun or speaker noun."""
    if not tokens:
        return False
    first = tokens[0]
    return (
        text[first.start].isupper()
        or first.word in DETERMINERS
        or first.word in PRONOUNS
        or first.word[:1].isdigit()
        or any(text[t.start].isupper() for t in tokens)
        or tokens[-1].word in SPEAKER_NOUNS
    )


def verblike(text: str, token: Token) -> bool:
    """A lower-case word that can end a subject: a verb, an auxiliary or an adverb."""
    if text[token.start].isupper():
        return False
    word = token.word
    return word in VERB_WORDS or (len(word) > 3 and word.endswith(("ed", "ly")))


def led_by_determiner(text: str, tokens: Sequence[Token]) -> bool:
    """True when the phrase opens with a lower-case determiner ("its", "a", "the")."""
    return bool(tokens) and tokens[0].word in DETERMINERS and not text[tokens[0].start].isupper()
