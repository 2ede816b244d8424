"""Fast paths of speaker resolution: each must read what the general reading reads."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import _full_names as names
from newsparse import _names_in_prose as prose
from newsparse._lexicon import TITLES

# Running text as words and what comes between them: ASCII names and words, the
# typographic marks the plain twins allow, and characters they must leave to the general
# patterns (accented letters, a combining mark, a title-case letter, spaces of all kinds).
_PLAIN_WORDS = ["Ann", "Diaz", "Mr.", "Sen.", "President", "the", "said", "O'Neil", "O’Neil",
                "A", "Diaz-Balart", "McDonald", "FBI", "U.S.", "3", "Jr"]  # fmt: skip
_OTHER_WORDS = ["Éric", "éric", "Díaz", "e\u0301", "Ǆ", "中"]
_PLAIN_BETWEEN = [" ", " ", " ", "  ", "\t", "\n", "\xa0", "\x1c", "\x1f", ",", ". ", "'",
                  "’", "‘", "“", "”", "—", "–", "…", "-", ""]  # fmt: skip
_OTHER_BETWEEN = ["\u2009", "\u3000"]


def _texts(words: list[str], between: list[str]) -> st.SearchStrategy[str]:
    pairs = st.tuples(st.sampled_from(words), st.sampled_from(between))
    return st.lists(pairs, max_size=12).map(lambda ps: "".join(w + b for w, b in ps))


_PLAIN_TEXTS = _texts(_PLAIN_WORDS, _PLAIN_BETWEEN)
_TEXTS = _texts(_PLAIN_WORDS + _OTHER_WORDS, _PLAIN_BETWEEN + _OTHER_BETWEEN)


def _spans(pattern: object, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]  # type: ignore[attr-defined]


@given(_PLAIN_TEXTS, st.integers(0, 40), st.integers(0, 80))
@example("Ann\x1cDiaz", 0, 8)
@example("Ann\x1fDiaz Cruz", 0, 13)
@example("Ann\xa0Diaz", 0, 8)
@example("3Ann Diaz", 1, 8)
@example("Ann Diaz3 Cruz", 0, 14)
@settings(max_examples=1500)
def test_plain_twins_match_as_the_patterns_do(text: str, pos: int, length: int) -> None:
    pos = min(pos, len(text))
    endpos = min(pos + length, len(text))
    assert names.plain(text, pos - 1, endpos)
    for twin, pattern in (
        (prose._PLAIN_CAPITAL_RUN_RE, prose._CAPITAL_RUN_RE),
        (names._PLAIN_FULL_NAME_RE, names._FULL_NAME_RE),
    ):
        assert _spans(twin, text, pos, endpos) == _spans(pattern, text, pos, endpos)


@given(_TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_plain_is_ascii_and_the_marks(text: str, pos: int, length: int) -> None:
    pos = min(pos, len(text))
    endpos = min(pos + length, len(text))
    plain = all(c.isascii() or c in names.PLAIN_MARKS for c in text[max(pos - 1, 0) : endpos])
    assert names.plain(text, pos - 1, endpos) == plain
    if plain:  # the twins read mixed text as the patterns do where it is plain
        for twin, pattern in (
            (prose._PLAIN_CAPITAL_RUN_RE, prose._CAPITAL_RUN_RE),
            (names._PLAIN_FULL_NAME_RE, names._FULL_NAME_RE),
        ):
            assert _spans(twin, text, pos, endpos) == _spans(pattern, text, pos, endpos)


def test_plain_marks_are_neither_letters_digits_marks_nor_other_spaces() -> None:
    for char in names.PLAIN_MARKS:
        assert not char.isascii()
        assert unicodedata.category(char)[0] not in "LNM"
        assert not char.isspace() or char == "\xa0"  # both engines' space


def _full_name_reference(text: str, surname: str, start: int, end: int) -> str | None:
    """``full_name`` as first written: every occurrence, the general pattern."""
    found = text.find(surname, start, end)
    while found >= 0:
        after = found + len(surname)
        if after >= len(text) or not text[after].isalnum():
            for match in names._FULL_NAME_RE.finditer(text, max(start, found - 60), after):
                if match.end() == after:
                    words = match.group().split()
                    folded = [word.casefold() for word in words]
                    lead = 0
                    while lead < len(words) and folded[lead] in names._NOT_FIRST_ANY:
                        lead += 1
                    for i in range(len(words) - 2, lead - 1, -1):
                        if folded[i].rstrip(".") in TITLES:
                            lead = i + 1
                            break
                    if len(words) - lead >= 2:
                        return " ".join(words[lead:])
                    break
        found = text.find(surname, after, end)
    return None


_NAME_TEXTS = _texts(
    ["Ann", "Diaz", "Diaz", "Diaz", "Éric", "The", "But", "President", "Mr.", "said", "O'Neil",
     "D'angelo", "McDonald", "Díaz", "Diaz-Balart", "3", "Secretary", "Steven", "A"],
    [*[" "] * 12, "  ", "\xa0", "\x1c", ", ", ". ", "\n", "-", "’", "“", ""],
)  # fmt: skip


@settings(max_examples=1000)
@given(
    _NAME_TEXTS,
    st.sampled_from(["Diaz", "Diaz", "Diaz", "Neil", "Balart", "Donald", "Díaz", "Ann Diaz"]),
    st.integers(0, 30),
    st.integers(0, 200),
)
@example("D'angelo Diaz", "Diaz", 1, 100)
@example("Éric Diaz", "Diaz", 1, 100)
@example("But Diaz", "Diaz", 1, 100)
@example("Secretary Steven Diaz", "Diaz", 1, 100)
def test_full_name_is_the_general_reading(text: str, surname: str, start: int, size: int) -> None:
    # The plain twin, the ASCII look-back and the two-word reading change no answer.
    text = "Tom Diaz said. " + text
    end = start + size
    assert names.full_name(text, surname, start, end) == _full_name_reference(
        text, surname, start, end
    )
