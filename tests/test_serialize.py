"""Results as data: ``to_dict`` is JSON-ready, ``from_dict`` reads it back, results pickle."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

import newsparse
from newsparse._demo import DEMO_ARTICLE

#: Articles that exercise every part of the result: dates at several precisions, quotes
#: with and without speakers, chrome of several kinds, glued lines, odd whitespace.
ARTICLES = [
    pytest.param(DEMO_ARTICLE, id="demo"),
    pytest.param("", id="empty"),
    pytest.param("Just one line", id="one-line"),
    pytest.param(
        "Last Update 20:39\nMonday, 20 January 2020\n\nStorm hits coast\n\n"
        "Reuters , Tuesday 6 Feb 2018\nViews: 2154\n\n"
        '"We are ready," the mayor said.\n\nMore rain is due.\n\n© 2010 Example News.',
        id="header-and-footer",
    ),
    pytest.param(
        "Updated: 2018-02-06T10:15:00+02:00\r\n\r\nTitle\r\n\r\n"
        "Smith said: “It works.”\u2028Next line\u00a0here.",
        id="crlf-zone-unicode-lines",
    ),
    pytest.param("\ufeff\u200b  \n\n\n\t", id="invisible-only"),
]


def _json_types(value: object, path: str = "$") -> list[str]:
    """Every place in ``value`` that is not a plain JSON type."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return []
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _json_types(v, f"{path}[{i}]")]
    if isinstance(value, dict):
        bad = [f"{path}: key {k!r}" for k in value if not isinstance(k, str)]
        return bad + [p for k, v in value.items() for p in _json_types(v, f"{path}.{k}")]
    return [f"{path}: {type(value).__name__}"]


@pytest.mark.parametrize("text", ARTICLES)
def test_to_dict_is_plain_json(text: str) -> None:
    data = newsparse.parse(text).to_dict()
    assert _json_types(data) == []
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize("text", ARTICLES)
def test_to_dict_round_trips(text: str) -> None:
    article = newsparse.parse(text)
    assert newsparse.Article.from_dict(article.to_dict()) == article


@pytest.mark.parametrize("text", ARTICLES)
def test_to_dict_round_trips_through_json_text(text: str) -> None:
    article = newsparse.parse(text)
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=True))
    assert newsparse.Article.from_dict(data) == article


@pytest.mark.parametrize("text", ARTICLES)
def test_results_pickle(text: str) -> None:
    article = newsparse.parse(text)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(article, protocol=protocol)) == article  # noqa: S301 (our own bytes)


@pytest.mark.parametrize("text", ARTICLES)
def test_a_dict_without_metadata_spans_reads_its_metadata_regions(text: str) -> None:
    # Dicts written before Article.metadata_spans existed carry the regions only.
    article = newsparse.parse(text)
    data = article.to_dict()
    del data["metadata_spans"]
    assert newsparse.Article.from_dict(data) == article


def test_regions_are_built_on_first_access_and_kept() -> None:
    article = newsparse.parse(DEMO_ARTICLE)
    first = article.regions
    assert article.regions is first  # kept, not rebuilt
    assert article.check_partition()
    rebuilt = pickle.loads(pickle.dumps(article))  # noqa: S301 (our own bytes)
    assert rebuilt.regions == first
    assert rebuilt.regions is not first  # derived again, never pickled
    with pytest.raises(AttributeError):
        article.regions = ()


def test_to_dict_has_the_documented_keys() -> None:
    data = newsparse.parse(DEMO_ARTICLE).to_dict()
    keys = {"text", "metadata", "paragraphs", "quotes", "chrome", "metadata_spans", "regions"}
    assert keys | {"body"} <= set(data)
    assert data["text"] == DEMO_ARTICLE
    assert data["body"] == newsparse.parse(DEMO_ARTICLE).body
    assert {"title", "site", "source", "authors", "published", "updated", "views"} <= set(
        data["metadata"]
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(
            newsparse.DateValue(
                year=2018,
                month=2,
                day=6,
                time=None,
                precision=newsparse.Precision.DAY,
                start=0,
                end=10,
                text="6 Feb 2018",
                rule="test",
            ),
            "2018-02-06",
            id="day",
        ),
        pytest.param(
            newsparse.DateValue(
                year=2018,
                month=2,
                day=6,
                time=dt.time(10, 15, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                precision=newsparse.Precision.MINUTE,
                start=0,
                end=10,
                text="x" * 10,
                rule="test",
            ),
            "2018-02-06T10:15:00+02:00",
            id="aware-minute",
        ),
    ],
)
def test_published_is_an_iso_string(value: newsparse.DateValue, expected: str) -> None:
    article = newsparse.parse("Title")
    metadata = newsparse.Metadata(published_value=value)
    rebuilt = newsparse.Article(
        text=article.text,
        metadata=metadata,
        paragraphs=article.paragraphs,
        quotes=article.quotes,
        chrome=article.chrome,
    )
    plain = rebuilt.to_dict()
    assert plain["metadata"]["published"] == expected
    assert newsparse.Article.from_dict(json.loads(json.dumps(plain))) == rebuilt


def test_from_dict_rejects_what_to_dict_never_writes() -> None:
    with pytest.raises(newsparse.NewsparseError):
        newsparse.Article.from_dict({"text": "x"})
