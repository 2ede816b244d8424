"""The contract, as properties: any ``str`` parses, offsets slice, regions partition the input.

These hold for every input, whatever the rules find: they are what lets a user trust the
offsets, and what lets an engineer change a rule without fear. The hypothesis profile
(``tests/conftest.py``) makes the examples the same on every CI run.
"""

from __future__ import annotations

import itertools
import pickle
from typing import TYPE_CHECKING, Any

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._spans import INVISIBLE
from tests.property.strategies import any_text, article_text, quote_heavy_text, texts

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


def _visible(text: str) -> bool:
    return bool(text.strip(INVISIBLE))


def _check_slices(source: str, items: Iterable[Any], what: str) -> None:
    for item in items:
        assert 0 <= item.start <= item.end <= len(source), (what, item)
        assert source[item.start : item.end] == item.text, (what, item)


def _check_ordered_disjoint(items: Sequence[Any], what: str) -> None:
    for before, after in itertools.pairwise(items):
        assert before.end <= after.start, (what, before, after)


def _check_article(source: str, article: newsparse.Article) -> None:
    assert article.text == source
    _check_slices(source, article.paragraphs, "paragraph")
    _check_slices(source, article.quotes, "quote")
    _check_slices(source, [q.speaker for q in article.quotes if q.speaker], "speaker")
    _check_slices(source, article.chrome, "chrome")
    _check_slices(source, article.regions, "region")
    _check_slices(source, article.metadata.evidence, "evidence")
    dates = [article.metadata.published_value, article.metadata.updated_value]
    _check_slices(source, [d for d in dates if d is not None], "date")
    for quote in article.quotes:
        if quote.cue is not None:
            assert quote.cue_start is not None
            assert quote.cue_end is not None
            assert source[quote.cue_start : quote.cue_end] == quote.cue, quote
    for summary in article.speakers:
        _check_slices(source, summary.mentions, "speaker summary mention")
        _check_slices(source, summary.quotes, "speaker summary quote")
    # metadata_spans are exactly the metadata regions (the regions are cut from them)
    assert [(s.start, s.end) for s in article.metadata_spans] == [
        (r.start, r.end) for r in article.regions if r.kind is newsparse.RegionKind.METADATA
    ]
    _check_ordered_disjoint(article.paragraphs, "paragraphs")
    _check_ordered_disjoint(article.chrome, "chrome")
    _check_ordered_disjoint(article.quotes, "quotes")
    for paragraph in article.paragraphs:
        assert paragraph.text, paragraph
        assert paragraph.text == paragraph.text.strip(INVISIBLE), paragraph


@given(texts())
def test_parse_never_raises_and_every_span_slices(source: str) -> None:
    _check_article(source, newsparse.parse(source))


@given(texts())
def test_parse_with_chrome_kept(source: str) -> None:
    options = newsparse.ParseOptions(strip_chrome=False)
    article = newsparse.parse(source, options=options)
    _check_article(source, article)
    assert article.chrome == ()


@given(texts())
def test_regions_partition_the_input(source: str) -> None:
    article = newsparse.parse(source)
    assert article.check_partition()
    position = 0
    for region in article.regions:
        assert region.start == position
        assert region.end > region.start
        position = region.end
        if region.kind is newsparse.RegionKind.BLANK:
            assert not _visible(region.text), region
    assert position == len(source)
    assert "".join(r.text for r in article.regions) == source


@given(texts())
def test_every_paragraph_lies_in_body(source: str) -> None:
    article = newsparse.parse(source)
    body = [r for r in article.regions if r.kind is newsparse.RegionKind.BODY]
    index = 0
    for paragraph in article.paragraphs:
        while index < len(body) and body[index].end <= paragraph.start:
            index += 1
        assert index < len(body), paragraph
        assert body[index].start <= paragraph.start, (paragraph, body[index])


@given(texts())
def test_split_paragraphs_keeps_every_visible_character(source: str) -> None:
    paragraphs = newsparse.split_paragraphs(source)
    _check_slices(source, paragraphs, "paragraph")
    _check_ordered_disjoint(paragraphs, "paragraphs")
    position = 0
    for paragraph in paragraphs:
        assert not _visible(source[position : paragraph.start]), paragraph
        position = paragraph.end
    assert not _visible(source[position:])


@given(texts())
def test_attribute_quotes_spans_slice(source: str) -> None:
    quotes = newsparse.attribute_quotes(source)
    _check_slices(source, quotes, "quote")
    _check_slices(source, [q.speaker for q in quotes if q.speaker], "speaker")


@given(texts())
def test_parse_metadata_evidence_slices(source: str) -> None:
    metadata = newsparse.parse_metadata(source)
    _check_slices(source, metadata.evidence, "evidence")
    assert metadata.views is None or metadata.views >= 0


@given(texts())
def test_strip_chrome_is_consistent_and_idempotent(source: str) -> None:
    stripped = newsparse.strip_chrome(source)
    _check_slices(source, stripped.chrome, "chrome")
    _check_ordered_disjoint(stripped.chrome, "chrome")
    _check_ordered_disjoint(stripped.kept, "kept")
    assert "".join(span.slice(source) for span in stripped.kept) == stripped.text
    for chrome in stripped.chrome:
        for span in stripped.kept:
            assert chrome.end <= span.start or span.end <= chrome.start, (chrome, span)
    for offset in range(0, len(stripped.text), max(1, len(stripped.text) // 7)):
        assert source[stripped.to_source(offset)] == stripped.text[offset]
    again = newsparse.strip_chrome(stripped.text)
    assert again.text == stripped.text
    assert again.chrome == ()


@given(texts())
def test_same_input_same_result(source: str) -> None:
    first = newsparse.parse(source)
    copy = "".join(list(source))  # an equal but distinct str object
    assert newsparse.parse(copy) == first
    assert newsparse.parse(source).to_dict() == first.to_dict()
    assert newsparse.strip_chrome(copy) == newsparse.strip_chrome(source)


@given(article_text())
def test_results_round_trip_and_pickle(source: str) -> None:
    article = newsparse.parse(source)
    assert newsparse.Article.from_dict(article.to_dict()) == article
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301 (our own bytes)


@given(st.one_of(any_text(), quote_heavy_text()), st.sampled_from(["\n", "\n\n", " "]))
def test_parsing_a_prefix_never_raises(source: str, separator: str) -> None:
    # Texts cut anywhere (scrapers truncate) and texts glued together stay valid.
    for cut in {0, len(source) // 3, len(source) // 2, len(source)}:
        _check_article(source[:cut], newsparse.parse(source[:cut]))
    glued = source + separator + source
    _check_article(glued, newsparse.parse(glued))


@given(texts(), st.sampled_from([None, True, False]))
def test_dates_slice_and_keep_their_precision(source: str, day_first: bool | None) -> None:
    options = newsparse.ParseOptions(day_first=day_first)
    found = newsparse.find_dates(source, options=options)
    _check_slices(source, found, "date")
    _check_ordered_disjoint(found, "dates")
    for date in found:
        assert (date.value is None) == (date.month is None or date.day is None), date
        assert date.iso.startswith(f"{date.year:04d}"), date
    first = newsparse.parse_date(source, options=options)
    _check_slices(source, [first] if first is not None else [], "parse_date")
