"""Interop: quote rows for tables, the JSON Schema of ``to_dict()``, and the round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._serialize import to_plain
from newsparse.export import QUOTE_COLUMNS, article_schema, quote_rows

if TYPE_CHECKING:
    from collections.abc import Callable

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "schema.json"

NEWS_PAGE = (
    'Storm hits coast\n\nBy Jane Roe, Reuters\n\nMarch 3, 2024 10:15 EST\n\n"Stay inside '
    'tonight," Mayor Ann Diaz said on Sunday.\n\n"Bring a coat," Ms Lee said.\n\n'
    "Share on Facebook\n\nCopyright 2024 Example News"
)

#: Texts written for these tests: quotes with and without speakers, metadata of every kind,
#: chrome, and the odd characters a scraped page brings.
TEXTS = [
    pytest.param("", id="empty"),
    pytest.param("Only a headline", id="one-line"),
    pytest.param(NEWS_PAGE, id="news-page"),
    pytest.param(
        "Last Update 20:39\nMonday, 20 January 2020\n\nCouncil votes\n\nReuters , Tuesday 6 Feb"
        ' 2018\nViews: 2154\n\n"We are ready," the mayor said.\n\nHe added: "It is done."\n\n'
        "© 2010 Example News.",
        id="header-footer",
    ),
    pytest.param(
        "Updated: 2018-02-06T10:15:00+02:00\r\n\r\nTitle\r\n\r\nSmith said: “It works.”\u2028"
        "Next\u00a0line «c'est ça», dit-il.",
        id="crlf-zone-unicode",
    ),
    pytest.param('"""""\n\n"\u0000<b>&amp;</b>" said he\ud800.', id="odd-characters"),
]

_ROW_TYPES = (str, int, type(None))


def _at(text: str, row: dict[str, object], start: str = "start", end: str = "end") -> str:
    """``text[row[start]:row[end]]``, checking the offsets are ints."""
    first, last = row[start], row[end]
    assert isinstance(first, int)
    assert isinstance(last, int)
    return text[first:last]


def _schema_validator() -> Any:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


# --- quote_rows -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", TEXTS)
def test_quote_rows_are_flat_and_point_into_the_text(text: str) -> None:
    article = newsparse.parse(text)
    rows = quote_rows(article)
    assert len(rows) == len(article.quotes)
    for row, quote in zip(rows, article.quotes, strict=True):
        assert tuple(row) == QUOTE_COLUMNS
        assert all(type(value) in _ROW_TYPES for value in row.values()), row
        assert _at(text, row) == row["text"] == quote.text
        assert row["kind"] == quote.kind.value
        assert row["rule"] == quote.rule
        if quote.speaker is None:
            assert all(row[k] is None for k in QUOTE_COLUMNS if k.startswith("speaker"))
        else:
            assert row["speaker"] == quote.speaker.name
            assert _at(text, row, "speaker_start", "speaker_end") == row["speaker_mention"]
        if row["cue_start"] is not None:
            assert _at(text, row, "cue_start", "cue_end") == row["cue"]


def test_quote_rows_name_the_speaker() -> None:
    article = newsparse.parse('"Bring a coat," Ms Lee said.')
    rows = quote_rows(article)
    assert [(r["text"], r["kind"]) for r in rows] == [("Bring a coat,", "direct")]
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert "Lee" in speaker.name
    assert (rows[0]["speaker"], rows[0]["speaker_mention"]) == (speaker.name, speaker.mention)


def test_quote_rows_feed_csv_without_pandas() -> None:
    rows = quote_rows(newsparse.parse(NEWS_PAGE))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=QUOTE_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["text"] for r in back] == [r["text"] for r in rows]
    assert json.loads(json.dumps(rows)) == rows


def test_quote_rows_are_new_each_call() -> None:
    article = newsparse.parse('"Yes," she said.')
    first = quote_rows(article)
    first[0]["text"] = "changed"
    assert quote_rows(article)[0]["text"] == "Yes,"


@pytest.mark.parametrize("bad", [None, "text", b"bytes", {"quotes": []}], ids=repr)
def test_quote_rows_reject_what_is_not_an_article(bad: object) -> None:
    with pytest.raises(newsparse.InputTypeError, match=r"newsparse\.parse"):
        quote_rows(bad)  # type: ignore[arg-type]


# --- to_dict: JSON-ready with ISO dates ---------------------------------------------------------


def _plain_json(value: object) -> bool:
    """True when ``value`` is made of exactly dict, list, str, int, bool and None."""
    if type(value) in (str, int, bool, type(None)):
        return True
    if type(value) is list:
        return all(_plain_json(v) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _plain_json(v) for k, v in value.items())
    return False


@pytest.mark.parametrize("text", TEXTS)
def test_to_dict_holds_only_exact_json_types(text: str) -> None:
    data = newsparse.parse(text).to_dict()
    assert _plain_json(data)  # no StrEnum, tuple or date hiding behind a JSON-like type
    json.dumps(data, allow_nan=False)


def _with_dates(
    published: newsparse.DateValue, updated: newsparse.DateValue | None = None
) -> newsparse.Article:
    article = newsparse.parse("Title\n\nBody text here.")
    metadata = attrs.evolve(article.metadata, published_value=published, updated_value=updated)
    return attrs.evolve(article, metadata=metadata)


def _date(**fields: object) -> newsparse.DateValue:
    base: dict[str, object] = {
        "year": 2024,
        "month": None,
        "day": None,
        "time": None,
        "precision": newsparse.Precision.YEAR,
        "start": 0,
        "end": 5,
        "text": "Title",
        "rule": "test",
    }
    return newsparse.DateValue(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "published", "iso"),
    [
        pytest.param(_date(), None, "2024", id="year"),
        pytest.param(
            _date(month=3, precision=newsparse.Precision.MONTH), None, "2024-03", id="month"
        ),
        pytest.param(
            _date(month=3, day=9, precision=newsparse.Precision.DAY),
            "2024-03-09",
            "2024-03-09",
            id="day",
        ),
        pytest.param(
            _date(month=3, day=9, time=dt.time(7, 5), precision=newsparse.Precision.MINUTE),
            "2024-03-09T07:05:00",
            "2024-03-09T07:05:00",
            id="naive-minute",
        ),
        pytest.param(
            _date(
                month=3,
                day=9,
                time=dt.time(7, 5, 30, tzinfo=dt.timezone(-dt.timedelta(hours=5), "EST")),
                precision=newsparse.Precision.SECOND,
            ),
            "2024-03-09T07:05:30-05:00",
            "2024-03-09T07:05:30-05:00",
            id="aware-second",
        ),
        pytest.param(
            _date(
                month=3,
                day=9,
                time=dt.time(23, 59, tzinfo=dt.UTC),
                precision=newsparse.Precision.MINUTE,
            ),
            "2024-03-09T23:59:00+00:00",
            "2024-03-09T23:59:00+00:00",
            id="utc",
        ),
    ],
)
def test_dates_are_iso_strings_and_round_trip(
    value: newsparse.DateValue, published: str | None, iso: str
) -> None:
    article = _with_dates(value, updated=value)
    data = json.loads(json.dumps(article.to_dict()))
    assert data["metadata"]["published"] == published
    assert data["metadata"]["updated"] == published
    assert data["metadata"]["published_value"]["iso"] == iso
    assert newsparse.Article.from_dict(data) == article
    assert _schema_validator().is_valid(data)


def test_from_dict_ignores_derived_keys_and_fills_defaults() -> None:
    article = newsparse.parse('Title\n\n"Yes," she said.')
    data = article.to_dict()
    data["body"] = "anything"  # derived: never read back
    del data["speakers"]  # written by an older version: takes the default
    rebuilt = newsparse.Article.from_dict(data)
    assert rebuilt.body == article.body
    assert rebuilt.speakers == ()
    assert attrs.evolve(rebuilt, speakers=article.speakers) == article


@pytest.mark.parametrize(
    "data",
    [
        pytest.param([], id="list"),
        pytest.param({"text": "x"}, id="missing-fields"),
        pytest.param(
            {
                **newsparse.parse("x").to_dict(),
                "chrome": [{"start": 0, "end": 1, "text": "x", "kind": "x", "rule": "r"}],
            },
            id="bad-kind",
        ),
        pytest.param({**newsparse.parse("x").to_dict(), "metadata_spans": [{}]}, id="bad-span"),
        pytest.param({**newsparse.parse("x").to_dict(), "quotes": 3}, id="not-a-list"),
    ],
)
def test_from_dict_rejects_what_to_dict_never_writes(data: Any) -> None:
    with pytest.raises(newsparse.InputTypeError, match=r"to_dict\(\) output"):
        newsparse.Article.from_dict(data)


def test_to_plain_refuses_unknown_objects() -> None:
    with pytest.raises(TypeError, match="cannot serialize"):
        to_plain(object())


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_round_trips_and_pickles(text: str) -> None:
    article = newsparse.parse(text)
    data = json.loads(json.dumps(article.to_dict()))
    assert newsparse.Article.from_dict(data) == article
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301 (our own bytes)


# --- the JSON Schema ------------------------------------------------------------------------------


def test_schema_file_is_current() -> None:
    """docs/schema.json is what scripts/make_schema.py writes from the installed classes."""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == article_schema()


def test_schema_is_valid_draft_2020_12() -> None:
    schema = article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("text", TEXTS)
def test_real_output_matches_the_schema(text: str) -> None:
    data = json.loads(json.dumps(newsparse.parse(text).to_dict()))
    errors = [e.message for e in _schema_validator().iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize(
    ("change", "path"),
    [
        pytest.param(lambda d: d.update(extra=1), "extra", id="unknown-key"),
        pytest.param(lambda d: d.pop("regions"), "regions", id="missing-key"),
        pytest.param(lambda d: d["regions"][0].update(kind="sidebar"), "sidebar", id="bad-kind"),
        pytest.param(lambda d: d["regions"][0].update(start=-1), "-1", id="negative-offset"),
        pytest.param(
            lambda d: d["metadata"].update(published="06/02/2018"), "06/02", id="non-iso-date"
        ),
    ],
)
def test_schema_rejects_wrong_output(change: Callable[[Any], object], path: str) -> None:
    data = newsparse.parse('Title\n\n"Yes," she said.').to_dict()
    change(data)
    messages = " ".join(e.message for e in _schema_validator().iter_errors(data))
    assert path in messages


def _corpus_texts(shared: Path, limit: int) -> list[str]:
    texts: list[str] = []
    for name in ("corpora/polnear/dev.jsonl", "corpora/scraped/articles.jsonl"):
        path = shared / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in itertools.islice(lines, limit))
    seed = shared / "seeds" / "000_b2ce160810e34635.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    if not texts:
        pytest.skip("no shared corpora")
    return texts


def test_corpus_output_matches_schema_and_round_trips(shared: Path) -> None:
    validator = _schema_validator()
    for text in _corpus_texts(shared, limit=40):
        article = newsparse.parse(text)
        data = json.loads(json.dumps(article.to_dict()))
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], text[:80]
        assert newsparse.Article.from_dict(data) == article
        rows = quote_rows(article)
        assert [_at(text, r) for r in rows] == [r["text"] for r in rows]
