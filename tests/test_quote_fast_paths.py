"""Fast paths of quote attribution: each must read what the general reading reads."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import _attribution, _quick_after, _subjects
from newsparse._plain_names import TITLE_WORDS, titled_reading
from newsparse._quote_marks import Marked
from newsparse._subjects import read_subject

_SUFFIX_PIECES = st.sampled_from(
    [
        " ",
        ",",
        "\t",
        "\u2009",
        "\xa0",
        "he",
        "she",
        "they",
        "we",
        "He",
        "said",
        "says",
        "sa",
        "adds",
        "explained",
        "shed",
        "wet",
        "hello",
        "the",
        "they",
        "added",
        "asked",
        "wrote",
        "continued",
        "Nuri",
        "Jane",
        "Roe",
        "Sen.",
        "Dr.",
        "Mr",
        "Gov",
        "Ǆ",
        "Ⓐ",
        "éric",
        "Éric",
        "O'Neil",
        "al",
        ".",
        "on",
        "Monday",
        "who",
        "the",
        "\n",
        "$",
    ]
)


@given(st.lists(_SUFFIX_PIECES, max_size=10).map("".join))
def test_quick_patterns_ruled_out_by_the_first_character_do_not_match(suffix: str) -> None:
    # ``quick_after`` tries only the patterns its first character allows: the others
    # must not match (and the titled pattern must not give a reading) there.
    text = "“We are ready,”" + suffix
    marked = Marked(0, 1, 13, 15, True, 0, 0)  # noqa: FBT003
    window = len(text)
    position = _quick_after.phrase_start(text, marked.close, window)
    if position >= window or text[position] in _quick_after._NO_START:
        return
    first = text[position]
    if _quick_after._FAST_AFTER_RE.match(text, marked.close, window) is not None:
        assert first.isupper() or first in "hstw" or first.isspace()
        if first.islower():  # a pronoun of the pattern
            assert text.startswith(_quick_after._PRONOUNS_FIRST, position)
        if first.isupper():  # a first word with a period is never a name word of it
            dot = text.find(".", position, min(window, position + 6))
            assert dot < 0 or not text[position:dot].isalpha()
    if _quick_after._FAST_INVERTED_RE.match(text, marked.close, window) is not None:
        assert not first.isupper()
        if not first.isspace():  # a cue of the pattern
            assert text.startswith(_quick_after._INVERTED_CUES_FIRST, position)
    titled = _quick_after._FAST_TITLED_RE.match(text, marked.close, window)
    if titled is not None and not first.isspace():
        title_start, title_end = titled.span("title")
        if titled_reading(text, title_start, title_end, titled.end("np"), "t") is not None:
            assert first.isupper()
            head = text[position : min(window, position + 24)].split(None, 1)
            assert head[0].casefold().rstrip(".") in TITLE_WORDS


_CLAUSE_WORDS = st.sampled_from(
    [
        "In",
        "a",
        "statement",
        ",",
        "Republican",
        "nominee",
        "Donald",
        "Trump",
        "said",
        "the",
        "Hours",
        "later",
        "Four",
        "minutes",
        "Meeting",
        "with",
        "Speaking",
        "to",
        "Separately",
        "But",
        "and",
        "he",
        "officials",
        "told",
        "Sen.",
        "(D-S.C.)",
        "quickly",
        "also",
        "who",
        "was",
        "in",
        "response",
        "Mr.",
        "Smith",
        "later,",
        "  ",
        "\n",
    ]
)


@given(st.lists(_CLAUSE_WORDS, max_size=60).map(" ".join), st.integers(2, 120))
def test_subject_read_from_the_clause_start_is_the_whole_clause_reading(
    text: str, prefix: int
) -> None:
    # ``read_subject`` tokenizes the clause's first ``_PREFIX`` characters first.
    with mock.patch.object(_subjects, "_PREFIX", prefix):
        first = read_subject(text, 0, len(text), rule="t")
    with mock.patch.object(_subjects, "_PREFIX", 10**9):
        whole = read_subject(text, 0, len(text), rule="t")
    assert first == whole


def test_quick_patterns_have_the_group_numbers_the_quick_readings_use() -> None:
    # ``_fast_after``, ``_plain_before_comma`` and ``_fast_titled`` read groups by number.
    assert _quick_after._FAST_AFTER_RE.groupindex == {"np": 1, "cue": 2}
    assert _quick_after._FAST_INVERTED_RE.groupindex == {"cue": 1, "np": 2, "next": 3}
    assert _quick_after._FAST_TITLED_RE.groupindex == {"np": 1, "title": 2, "cue": 3}


_TAIL_PIECES = st.sampled_from(
    [" ", "\t", "\xa0", "\u2009", "\n", ",", ":", "—", "–", "-", "--", ".", ";", "that",
     "reporters", "the", "plan", "was", "on", "Monday", "thatch", "in a statement", '"']
)  # fmt: skip


@given(st.lists(_TAIL_PIECES, max_size=12).map("".join))
def test_tail_pattern_is_tried_only_where_it_can_match(tail: str) -> None:
    # ``lead_cue`` tries ``_TAIL_RE`` only on tails ending (spaces aside) in a comma,
    # colon or dash, or in "that": every tail it matches ends so.
    text = "He said" + tail + "“Go.”"
    if _attribution._TAIL_RE.fullmatch(text, 7, 7 + len(tail)) is not None:
        last = tail.rstrip()
        assert not last or last[-1] in ",:—–-" or last.endswith("that")


def _sentence_start_reading_every_mark(text: str, floor: int, point: int) -> int:
    """``sentence_start`` read plainly: the end marks from the right, then one pass."""
    marks = sorted((i for i in range(floor, point) if text[i] in ".?!…"), reverse=True)[
        : _attribution._QUICK_MARKS
    ]
    for found in marks:
        m = _attribution._SENTENCE_END_RE.match(text, found, point)
        if (
            m is not None
            and not _attribution._abbreviated(text, found)
            and not text[m.end() : m.end() + 1].islower()
        ):
            return m.end()
    if len(marks) < _attribution._QUICK_MARKS:
        return floor
    highest = marks[-1] - 1
    ends = [
        m
        for m in _attribution._SENTENCE_END_RE.finditer(text, floor, point)
        if m.start() <= highest
    ]
    for m in reversed(ends):
        if (
            not _attribution._abbreviated(text, m.start())
            and not text[m.end() : m.end() + 1].islower()
        ):
            return m.end()
    return floor


_SENTENCE_PIECES = st.sampled_from(
    [".", "?", "!", "…", " ", "\n", "”", '"', ")", "a", "He", "Mr", "U", "said", "J", "x"]
)


@settings(max_examples=400)
@example("Really? He said x.", 0, 18)  # a question mark before a period that ends nothing
@example("Wait! No… He said. Then x.", 0, 26)
@given(
    st.lists(_SENTENCE_PIECES, max_size=40).map("".join), st.integers(0, 200), st.integers(0, 200)
)
def test_sentence_start_is_the_reading_of_every_mark(text: str, floor: int, point: int) -> None:
    # ``sentence_start`` settles an end mark right before the point without the pattern
    # and takes the end marks one by one from the right before reading the rest at once.
    floor, point = sorted((min(floor, len(text)), min(point, len(text))))
    assert _attribution.sentence_start(text, floor, point) == (
        _sentence_start_reading_every_mark(text, floor, point)
    )


_ABBREVIATION_PIECES = st.sampled_from(
    [
        "Mr",
        "Mrs",
        "OMr",
        "St",
        "st",
        "U",
        "S",
        ".",
        " ",
        "\n",
        "x",
        "é",
        "É",
        "1",
        ")",
        "Maj",
        "Gen",
    ]
)


@example("Mr\n.", 0, 3)  # ``$`` before a last line break
@given(
    st.lists(_ABBREVIATION_PIECES, max_size=8).map("".join), st.integers(0, 40), st.integers(0, 40)
)
def test_abbreviation_before_is_the_pattern_reading(text: str, start: int, point: int) -> None:
    # ``_abbreviation_before`` settles most points without the pattern.
    start, point = min(start, len(text)), min(point, len(text))
    expected = (
        _attribution._ABBREVIATION_BEFORE_RE.search(text, max(start, point - 6), point) is not None
    )
    assert _attribution._abbreviation_before(text, start, point) == expected
