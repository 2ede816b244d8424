"""The reference article of issue 2, end to end: every value the issue says it must give.

The article is shared development data (``../shared/seeds``), never copied into the repo:
these tests skip when it is absent. The rules behind the values are general; nothing in the
library knows this article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import newsparse

if TYPE_CHECKING:
    from newsparse import Article

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "000_b2ce160810e34635.txt"

TITLE = "Iran-backed Iraqi groups urge full US withdrawal, hardliners threaten attacks"

#: The chrome lines, in input order, with their kinds.
CHROME = [
    ("Last Update 20:39", newsparse.ChromeKind.BANNER),
    ("Monday, 20 January 2020", newsparse.ChromeKind.BANNER),
    ("Views: 2154", newsparse.ChromeKind.COUNTER),
    ("Views: 2154", newsparse.ChromeKind.COUNTER),
    ("Short link:", newsparse.ChromeKind.SHORT_LINK),
    ("© 2010 Ahram Online.", newsparse.ChromeKind.COPYRIGHT),
]

#: For each quote, in order: how its words start and end, the cue as written, the speaker's
#: name, a word the mention must contain, and the title and role where the text gives them.
QUOTES = [
    pytest.param(
        "The two governments should coordinate",
        "a magnet for terrorists",
        "said",
        "Kareem Nuri",
        "Nuri",
        None,
        "Badr spokesman",
        id="1-kareem-nuri",
    ),
    pytest.param(
        "We are serious about getting the Americans out",
        "don't understand any other language",
        "told",
        "Jaafar al-Husseini",
        "Jaafar al-Husseini",
        None,
        "its spokesman",
        id="2-jaafar-al-husseini",
    ),
    pytest.param(
        "We take anything that sounds like a threat",
        "against Americans seriously.",
        "said",
        "A U.S. official in Baghdad",
        "official",
        None,
        None,
        id="3-us-official",
    ),
    pytest.param(
        "There's not that many of us here",
        "to make broader political points",
        "added",
        "A U.S. official in Baghdad",
        "he",
        None,
        None,
        id="4-he-added",
    ),
    pytest.param(
        "The Coalition will tailor our forces",
        "lasting defeat of Daesh (Islamic State)",
        "said",
        "Jonathan Braga",
        "Braga",
        "Brigadier General",
        "the coalition's director of operations",
        id="5-jonathan-braga",
    ),
]


@pytest.fixture(scope="module")
def text() -> str:
    if not SEED.is_file():
        pytest.skip(f"no reference article at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(text: str) -> Article:
    return newsparse.parse(text)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        pytest.param("title", TITLE, id="title"),
        pytest.param("source", "Reuters", id="source"),
        pytest.param("site", "Ahram Online", id="site"),
        pytest.param("views", 2154, id="views"),
        pytest.param("authors", (), id="authors"),
        pytest.param("dateline", None, id="dateline"),
        pytest.param("published", dt.date(2018, 2, 6), id="published"),
        pytest.param("updated", None, id="updated-is-not-the-banner-clock"),
        pytest.param("copyright_year", 2010, id="copyright-year"),
    ],
)
def test_metadata(article: Article, field: str, expected: object) -> None:
    assert getattr(article.metadata, field) == expected


def test_published_is_a_date_not_midnight(article: Article) -> None:
    published = article.metadata.published
    assert type(published) is dt.date
    assert article.metadata.published_value is not None
    assert article.metadata.published_value.precision is newsparse.Precision.DAY


def test_banner_clock_is_not_a_metadata_date(article: Article, text: str) -> None:
    banner_end = text.index("2020") + 4
    for evidence in article.metadata.evidence:
        if evidence.field in {"published", "updated"}:
            assert evidence.start >= banner_end, evidence


def test_evidence_slices_the_input(article: Article, text: str) -> None:
    assert article.metadata.evidence, "every field found records its evidence"
    for evidence in article.metadata.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    fields = {e.field for e in article.metadata.evidence}
    assert {"title", "source", "published", "views", "site"} <= fields


def test_body_paragraphs(article: Article) -> None:
    paragraphs = article.paragraphs
    assert len(paragraphs) == 13
    assert paragraphs[0].text.startswith("Two major Iraqi Shia groups")
    assert paragraphs[-1].text.startswith("U.S. officials say")
    assert paragraphs[-1].text.endswith("insurgency tactics.")
    assert article.body == "\n\n".join(p.text for p in paragraphs)


def test_chrome(article: Article) -> None:
    assert [(c.text, c.kind) for c in article.chrome] == CHROME
    assert all(c.rule for c in article.chrome)


def test_strip_chrome_agrees_with_parse(article: Article, text: str) -> None:
    assert newsparse.strip_chrome(text).chrome == article.chrome


def test_parse_metadata_agrees_with_parse(article: Article, text: str) -> None:
    assert newsparse.parse_metadata(text) == article.metadata


def test_quote_count(article: Article) -> None:
    assert len(article.quotes) == 5


@pytest.mark.parametrize(("head", "tail", "cue", "name", "mention", "title", "role"), QUOTES)
def test_quote(
    article: Article,
    text: str,
    head: str,
    tail: str,
    cue: str,
    name: str,
    mention: str,
    title: str | None,
    role: str | None,
) -> None:
    matches = [q for q in article.quotes if q.text.startswith(head)]
    assert len(matches) == 1, f"one quote starts {head!r}"
    quote = matches[0]
    assert quote.text.rstrip(",").endswith(tail)
    assert text[quote.start : quote.end] == quote.text
    assert quote.cue == cue
    assert quote.cue_start is not None
    assert text[quote.cue_start : quote.cue_end] == cue
    speaker = quote.speaker
    assert speaker is not None
    assert speaker.name == name
    assert mention in speaker.mention
    assert text[speaker.start : speaker.end] == speaker.mention
    assert (speaker.title, speaker.role) == (title, role)


def test_he_added_is_the_same_speaker_as_before(article: Article) -> None:
    official = [q for q in article.quotes if q.speaker and q.speaker.name.endswith("Baghdad")]
    assert [q.speaker.mention for q in official if q.speaker][-1] == "he"
    summaries = [s for s in article.speakers if s.name == "A U.S. official in Baghdad"]
    assert len(summaries) == 1
    assert len(summaries[0].quotes) == 2


def test_regions_partition_the_input(article: Article, text: str) -> None:
    assert article.check_partition()
    assert "".join(r.text for r in article.regions) == text
    body = [r for r in article.regions if r.kind is newsparse.RegionKind.BODY]
    assert [r.text for r in body] == [p.text for p in article.paragraphs]
    chrome = [r.text for r in article.regions if r.kind is newsparse.RegionKind.CHROME]
    assert all(c.text in "".join(chrome) for c in article.chrome)
    metadata = "".join(r.text for r in article.regions if r.kind is newsparse.RegionKind.METADATA)
    assert TITLE in metadata
    assert "Reuters" in metadata


def test_to_dict_round_trip(article: Article) -> None:
    assert newsparse.Article.from_dict(article.to_dict()) == article
