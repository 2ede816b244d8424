"""The public API as a type checker sees it: checked by ``mypy --strict``, never run.

Each line states the type a user's code gets back. A change that loosens a return type to
``Any``, or breaks a documented signature, fails the type check here first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, assert_type

import attrs

import newsparse
from newsparse.cli import main


def parse_and_read(text: str) -> None:
    article = newsparse.parse(text)
    assert_type(article, newsparse.Article)
    assert_type(article.text, str)
    assert_type(article.body, str)
    assert_type(article.paragraphs, tuple[newsparse.Paragraph, ...])
    assert_type(article.quotes, tuple[newsparse.Quote, ...])
    assert_type(article.chrome, tuple[newsparse.ChromeLine, ...])
    assert_type(article.regions, tuple[newsparse.Region, ...])
    assert_type(article.check_partition(), bool)
    assert_type(article.to_dict(), dict[str, Any])
    assert_type(newsparse.Article.from_dict(article.to_dict()), newsparse.Article)


def metadata(text: str) -> None:
    meta = newsparse.parse_metadata(text)
    assert_type(meta, newsparse.Metadata)
    assert_type(meta.title, str | None)
    assert_type(meta.site, str | None)
    assert_type(meta.source, str | None)
    assert_type(meta.authors, tuple[str, ...])
    assert_type(meta.dateline, str | None)
    assert_type(meta.published, dt.date | dt.datetime | None)
    assert_type(meta.updated, dt.date | dt.datetime | None)
    assert_type(meta.views, int | None)
    assert_type(meta.evidence, tuple[newsparse.Evidence, ...])
    if meta.published_value is not None:
        assert_type(meta.published_value.precision, newsparse.Precision)
        assert_type(meta.published_value.iso, str)


def quotes(text: str) -> None:
    for quote in newsparse.attribute_quotes(text):
        assert_type(quote.text, str)
        assert_type(quote.start, int)
        assert_type(quote.end, int)
        assert_type(quote.cue, str | None)
        assert_type(quote.kind, newsparse.QuoteKind)
        speaker = quote.speaker
        assert_type(speaker, newsparse.Speaker | None)
        if speaker is not None:
            assert_type(speaker.name, str)
            assert_type(speaker.mention, str)
            assert_type(speaker.title, str | None)
            assert_type(speaker.role, str | None)


def paragraphs_and_chrome(text: str) -> None:
    assert_type(newsparse.split_paragraphs(text), tuple[newsparse.Paragraph, ...])
    stripped = newsparse.strip_chrome(text)
    assert_type(stripped, newsparse.Stripped)
    assert_type(stripped.text, str)
    assert_type(stripped.kept, tuple[newsparse.Span, ...])
    for line in stripped.chrome:
        assert_type(line.kind, newsparse.ChromeKind)
        assert_type(line.rule, str)
    assert_type(stripped.to_source(0), int)


def options(text: str) -> None:
    base = newsparse.ParseOptions(reference=dt.date(2020, 1, 20), day_first=True)
    derived = attrs.evolve(base, strip_chrome=False)
    assert_type(derived, newsparse.ParseOptions)
    assert_type(newsparse.parse(text, options=derived), newsparse.Article)
    assert_type(newsparse.parse_metadata(text, options=derived), newsparse.Metadata)
    assert_type(newsparse.parse_date(text), newsparse.DateValue | None)


def errors(value: object) -> None:
    try:
        newsparse.parse(str(value))
    except newsparse.InputTypeError as error:
        assert_type(error, newsparse.InputTypeError)
        type_error: TypeError = error
        base: newsparse.NewsparseError = error
        del type_error, base


def interop_and_pictures(texts: list[str]) -> None:
    article = newsparse.parse(texts[0])
    assert_type(newsparse.to_html(article), str)
    assert_type(newsparse.quote_rows(article), list[dict[str, object]])
    profile = newsparse.learn_chrome(texts, name="example.org")
    assert_type(profile, newsparse.ChromeProfile)
    assert_type(newsparse.ChromeProfile.from_dict(profile.to_dict()), newsparse.ChromeProfile)


def command_line() -> None:
    assert_type(main(["--demo"]), int)
