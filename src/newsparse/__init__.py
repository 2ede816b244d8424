"""newsparse: turn a scraped news article, as plain text, into clean, typed data.

>>> import newsparse
>>> article = newsparse.parse('Rain expected\\n\\n"Bring a coat," said Mary Lee, a forecaster.')
>>> article.metadata.title
'Rain expected'
>>> article.quotes[0].speaker.name
'Mary Lee'
"""

from __future__ import annotations

from typing import Any

from newsparse._types import (
    Article,
    ChromeKind,
    ChromeLine,
    ChromeProfile,
    DateValue,
    Evidence,
    Metadata,
    Paragraph,
    ParseOptions,
    Precision,
    Quote,
    QuoteKind,
    Region,
    RegionKind,
    Span,
    Speaker,
    SpeakerKind,
    SpeakerSummary,
    Stripped,
)
from newsparse.article import parse
from newsparse.chrome import learn_chrome, strip_chrome
from newsparse.dates import find_dates, parse_date
from newsparse.errors import InputTypeError, NewsparseError, OptionsError
from newsparse.export import quote_rows
from newsparse.metadata import parse_metadata
from newsparse.paragraphs import split_paragraphs
from newsparse.quotes import attribute_quotes
from newsparse.render import to_html

__all__ = [
    "Article",
    "ChromeKind",
    "ChromeLine",
    "ChromeProfile",
    "DateValue",
    "Evidence",
    "InputTypeError",
    "Metadata",
    "NewsparseError",
    "OptionsError",
    "Paragraph",
    "ParseOptions",
    "Precision",
    "Quote",
    "QuoteKind",
    "Region",
    "RegionKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerSummary",
    "Stripped",
    "attribute_quotes",
    "find_dates",
    "learn_chrome",
    "parse",
    "parse_date",
    "parse_metadata",
    "quote_rows",
    "split_paragraphs",
    "strip_chrome",
    "to_html",
]


def __getattr__(name: str) -> Any:
    """Compute ``__version__`` lazily from the installed package's metadata."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 (only when asked)

        return version("newsparse")
    msg = f"module 'newsparse' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
