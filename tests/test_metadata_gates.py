"""The metadata readers' cheap gates never turn away a line their full reading accepts.

Each gate is a necessary condition of the reading it stands before; the references below
are the readings without their gates, compared on drawn lines built from the words the
readings look for.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import _footer
from newsparse import _header as h
from newsparse._byline import person


def bio_name_reference(text: str, a: int, b: int) -> str | None:
    """``_bio_name`` without its second-word gate."""
    if not text[a : a + 1].isupper() or b - a > 2100:
        return None
    opening = text[a : min(b, a + 110)]
    verb = _footer._BIO_VERB_AT_RE.search(opening)
    if verb is None:
        return None
    cut = verb.start()
    raw = opening[:cut]
    words = raw.split()
    if "," in raw or len(words) > 6:
        return None
    if not all(w[:1].isupper() or w[:2] == "(@" or w in _footer._NAME_PARTICLES for w in words):
        return None
    said = h.BIO_VERB_RE.match(text, a + cut, b)
    if said is None:
        return None
    if said.group("direct") is None and (
        h.BIO_ROLE_RE.search(text, said.end(), min(b, said.end() + 80)) is None
    ):
        return None
    if _footer._SPEECH_RE.search(text, a, min(b, a + 600)) is not None:
        return None
    return person(_footer._HANDLE_END_RE.sub("", raw))


WORDS = (
    "Jane", "Doe", "Ana", "Braga", "van", "al", "(@jdoe)", "The", "council", "is", "was",
    "has", "writes", "covers", "reports", "about", "a", "staff", "writer", "journalist",
    "said", "been", "worked", "as", "for", "the", "Ledger", "Is", "IS", "de", "co-founder",
    "CEO", "journalists", "ſtudent", "\u212aeynote", "award-winning", "author-", "-writer",
    "éditor", "editorial", "ﬁrst", "former",
)  # fmt: skip


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    st.lists(
        st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", ", "]), min_size=11, max_size=11
    ),
)
def test_bio_gate_keeps_every_bio(words: list[str], gaps: list[str]) -> None:
    line = words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=False))
    text = f"Story.\n{line}.\n"
    a, b = 7, 7 + len(line) + 1
    assert _footer._bio_name(text, a, b) == bio_name_reference(text, a, b)


def test_bio_gate_examples() -> None:
    for line in (
        "Jane Doe is a staff writer for the Ledger.",
        "Jaafar al Husseini is a journalist.",
        "Jane (@jdoe) writes about city hall.",
        "Trump is expected to sign the bill, officials said.",
        "The council is a body of nine.",
        "Jane\tis a journalist.",
        "Jane Doe is an award-winning reporter.",
        "Jane Doe is the co-founder of the Ledger.",
        "Jane Doe is a former CEO.",
        "Jane Doe is an editorial cartoonist.",
    ):
        text = line + "\n"
        assert _footer._bio_name(text, 0, len(line)) == bio_name_reference(text, 0, len(line))
