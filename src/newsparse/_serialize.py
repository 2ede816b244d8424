"""Plain-data forms of the results: ``to_dict`` and ``from_dict``, in one place."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from newsparse._types import (
    Article,
    ChromeKind,
    ChromeLine,
    DateValue,
    Evidence,
    Metadata,
    Paragraph,
    Precision,
    Quote,
    QuoteKind,
    Region,
    RegionKind,
    Speaker,
    SpeakerKind,
    SpeakerSummary,
)

__all__ = ["article_from_dict", "article_to_dict"]


def _plain(_instance: Any, _field: Any, value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    """``Article`` as JSON-ready data; ``published``/``updated`` appear as ISO strings."""
    data = attrs.asdict(article, value_serializer=_plain)
    meta = data["metadata"]
    for name in ("published", "updated"):
        value = getattr(article.metadata, name)
        meta[name] = None if value is None else value.isoformat()
    data["body"] = article.body
    return data


def _date(data: dict[str, Any] | None) -> DateValue | None:
    if data is None:
        return None
    fields = dict(data)
    fields["time"] = None if fields["time"] is None else dt.time.fromisoformat(fields["time"])
    fields["precision"] = Precision(fields["precision"])
    return DateValue(**fields)


def _speaker(data: dict[str, Any] | None) -> Speaker | None:
    if data is None:
        return None
    return Speaker(**{**data, "kind": SpeakerKind(data["kind"])})


def _quote(data: dict[str, Any]) -> Quote:
    return Quote(
        **{**data, "speaker": _speaker(data["speaker"]), "kind": QuoteKind(data["kind"])}
    )


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an ``Article`` from :func:`article_to_dict` output."""
    meta = {k: v for k, v in data["metadata"].items() if k not in ("published", "updated")}
    meta["published_value"] = _date(meta["published_value"])
    meta["updated_value"] = _date(meta["updated_value"])
    meta["authors"] = tuple(meta["authors"])
    meta["evidence"] = tuple(Evidence(**e) for e in meta["evidence"])
    quotes = tuple(_quote(q) for q in data["quotes"])
    speakers = [
        SpeakerSummary(
            name=s["name"],
            title=s["title"],
            role=s["role"],
            kind=SpeakerKind(s["kind"]),
            mentions=tuple(Speaker(**{**m, "kind": SpeakerKind(m["kind"])}) for m in s["mentions"]),
            quotes=tuple(_quote(q) for q in s["quotes"]),
        )
        for s in data.get("speakers", ())
    ]
    return Article(
        text=data["text"],
        metadata=Metadata(**meta),
        paragraphs=tuple(Paragraph(**p) for p in data["paragraphs"]),
        quotes=quotes,
        chrome=tuple(ChromeLine(**{**c, "kind": ChromeKind(c["kind"])}) for c in data["chrome"]),
        regions=tuple(Region(**{**r, "kind": RegionKind(r["kind"])}) for r in data["regions"]),
        speakers=tuple(speakers),
    )
