"""Word tries match exactly what the ``\\L<words>`` list they replace matches."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse._patterns import lazy_compile, word_trie

WORDS = ["said", "says", "say", "told", "added", "according to", "a dit", "Said", "é.t"]

TEXTS = [
    pytest.param("he said, she says; they say", id="prefixes"),
    pytest.param("SAID Told ADDED", id="upper-case"),
    pytest.param("sayings and resaid", id="inside-words"),
    pytest.param("according to him, il a dit", id="phrases"),
    pytest.param("é.t é?t", id="metacharacters"),
    pytest.param("", id="empty"),
]


def _list_pattern(words: list[str], flags: int) -> regex.Pattern[str]:
    return regex.compile(r"\b(?:\L<words>)\b", flags, words=sorted(words, key=len, reverse=True))


def _trie_pattern(words: list[str], flags: int) -> regex.Pattern[str]:
    reverse = bool(flags & regex.REVERSE)
    ignore_case = bool(flags & regex.IGNORECASE)
    return regex.compile(
        rf"\b(?:{word_trie(words, reverse=reverse, ignore_case=ignore_case)})\b", flags
    )


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "flags",
    [
        pytest.param(regex.IGNORECASE, id="ignorecase"),
        pytest.param(regex.IGNORECASE | regex.REVERSE, id="ignorecase-reverse"),
        pytest.param(regex.IGNORECASE | regex.VERBOSE, id="ignorecase-verbose"),
        pytest.param(0, id="case-sensitive"),
        pytest.param(regex.REVERSE, id="reverse"),
    ],
)
def test_trie_matches_like_the_list(text: str, flags: int) -> None:
    listed, trie = _list_pattern(WORDS, flags), _trie_pattern(WORDS, flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_no_words_never_matches() -> None:
    assert regex.search(f"(?:{word_trie([])})", "anything") is None


def test_longest_word_first() -> None:
    pattern = regex.compile(f"(?:{word_trie(['say', 'says', 'sa'])})")
    match = pattern.match("says")
    assert match is not None
    assert match.group() == "says"


_WORD = st.text(alphabet="abS .é", min_size=1, max_size=5)


@given(
    words=st.lists(_WORD, min_size=1, max_size=8), text=st.text(alphabet="abSs .éx", max_size=40)
)
def test_trie_equals_list_on_any_words(words: list[str], text: str) -> None:
    for flags in (0, regex.IGNORECASE, regex.REVERSE | regex.IGNORECASE):
        listed = regex.compile(r"(?:\L<words>)", flags, words=sorted(words, key=len, reverse=True))
        fragment = word_trie(
            words, reverse=bool(flags & regex.REVERSE), ignore_case=bool(flags & regex.IGNORECASE)
        )
        trie = regex.compile(f"(?:{fragment})", flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_lazy_pattern_behaves_like_the_compiled_one() -> None:
    source = r"(?P<word>\L<words>)\s++(?P<n>\d{1,3}+)"
    lazy = lazy_compile(source, regex.IGNORECASE, words=["views", "reads"])
    eager = regex.compile(source, regex.IGNORECASE, words=["views", "reads"])
    text = "Views 12, READS 7 and hits 3"
    assert [m.groupdict() for m in lazy.finditer(text)] == [
        m.groupdict() for m in eager.finditer(text)
    ]
    assert lazy.pattern == eager.pattern
    assert lazy.flags == eager.flags
    assert lazy.sub("x", text) == eager.sub("x", text)
    match = lazy.search(text, 5)
    assert match is not None
    assert match.span() == (10, 17)


def test_lazy_pattern_compiles_once_per_instance_and_is_thread_safe() -> None:
    lazy = lazy_compile(r"\bsaid\b")
    texts = ["he said", "unsaid", "said it"] * 50

    def spans(text: str) -> tuple[int, int] | None:
        match = lazy.search(text)
        return match.span() if match else None

    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(spans, texts))
    assert got == [(3, 7), None, (0, 4)] * 50
    assert lazy.search is lazy.search  # the compiled method is kept on the instance


def test_lazy_pattern_reports_a_bad_pattern_on_first_use() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(regex.error):
        lazy.search("x")
