"""Interop: flat rows of quotes for tables, and the JSON Schema of ``Article.to_dict()``.

Nothing here depends on pandas or any other package: :func:`quote_rows` gives plain dicts
that ``pandas.DataFrame``, ``polars.DataFrame`` or ``csv.DictWriter`` take as they are, and
:func:`article_schema` describes the JSON that :meth:`newsparse.Article.to_dict` writes
(``docs/schema.json`` is this schema, written by ``scripts/make_schema.py``).

>>> QUOTE_COLUMNS[:3]
('speaker', 'speaker_mention', 'speaker_title')
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any, Final

import attrs

from newsparse._serialize import DERIVED
from newsparse._types import Article, DateValue, Metadata, check_article

__all__ = ["QUOTE_COLUMNS", "article_schema", "quote_rows"]


def __dir__() -> list[str]:
    return __all__


QUOTE_COLUMNS: Final[tuple[str, ...]] = (
    "speaker",
    "speaker_mention",
    "speaker_title",
    "speaker_role",
    "speaker_kind",
    "text",
    "start",
    "end",
    "kind",
    "cue",
    "cue_start",
    "cue_end",
    "rule",
    "speaker_start",
    "speaker_end",
    "speaker_rule",
)
"""The keys of every :func:`quote_rows` row, in order (a ready ``fieldnames`` for CSV).

.. versionadded:: 0.1.0
"""


def quote_rows(article: Article) -> list[dict[str, object]]:
    """Flatten an article's quotes into one plain dict per quote, in input order.

    Every row has the keys of :data:`QUOTE_COLUMNS`, in that order, and only ``str``,
    ``int`` or ``None`` values, so a list of rows is ready for ``pandas.DataFrame(rows)``
    or ``csv.DictWriter`` without any newsparse types. ``speaker`` is the speaker's name as
    a reader would give it; ``speaker_mention`` (at ``speaker_start:speaker_end``) the
    attributing words as written; ``text`` (at ``start:end``) the quoted words without
    their marks; ``kind``, ``speaker_kind`` and ``cue`` plain strings; ``rule`` and
    ``speaker_rule`` the rules that found the quote and its speaker. An unattributed quote
    has ``None`` in every ``speaker*`` column. Offsets index ``article.text``.

    :param article: the result of :func:`newsparse.parse`.
    :returns: a new list of new dicts (empty when the article has no quotes).
    :raises InputTypeError: when ``article`` is not an :class:`~newsparse.Article`.

    >>> import newsparse
    >>> article = newsparse.parse('"We won," Maria Lopez said.')
    >>> row = quote_rows(article)[0]
    >>> row["speaker"], row["text"], row["cue"], row["kind"]
    ('Maria Lopez', 'We won,', 'said', 'direct')
    >>> article.text[row["start"] : row["end"]]
    'We won,'

    .. versionadded:: 0.1.0
    """
    check_article(article)
    rows: list[dict[str, object]] = []
    for quote in article.quotes:
        speaker = quote.speaker
        rows.append(
            {
                "speaker": None if speaker is None else speaker.name,
                "speaker_mention": None if speaker is None else speaker.mention,
                "speaker_title": None if speaker is None else speaker.title,
                "speaker_role": None if speaker is None else speaker.role,
                "speaker_kind": None if speaker is None else str(speaker.kind.value),
                "text": quote.text,
                "start": quote.start,
                "end": quote.end,
                "kind": str(quote.kind.value),
                "cue": quote.cue,
                "cue_start": quote.cue_start,
                "cue_end": quote.cue_end,
                "rule": quote.rule,
                "speaker_start": None if speaker is None else speaker.start,
                "speaker_end": None if speaker is None else speaker.end,
                "speaker_rule": None if speaker is None else speaker.rule,
            }
        )
    return rows


# ISO 8601 as ``date.isoformat()``, ``datetime.isoformat()`` and ``time.isoformat()`` write it:
# hours and minutes, optional seconds and microseconds, optional UTC offset (never "Z").
_TIME = r"\d{2}:\d{2}(:\d{2}(\.\d{6})?)?([+-]\d{2}:\d{2}(:\d{2}(\.\d{6})?)?)?"
_DATE = r"\d{4}-\d{2}-\d{2}"
_PATTERNS: Final = types.MappingProxyType(
    {
        dt.datetime: f"^{_DATE}T{_TIME}$",
        dt.date: f"^{_DATE}$",
        dt.time: f"^{_TIME}$",
    }
)
_DATE_OR_DATETIME: Final = f"^{_DATE}(T{_TIME})?$"

# Descriptions and patterns of the keys that are not plain fields, by (class, key).
_NOTES: Final = types.MappingProxyType(
    {
        (Article, "body"): {"description": "The body paragraphs joined by blank lines."},
        (Metadata, "published"): {
            "description": "The publication date in ISO 8601 when the text gives at least "
            "a day (a date, or a date and time); null otherwise.",
        },
        (Metadata, "updated"): {
            "description": "The last-updated date, as for published.",
        },
        (DateValue, "iso"): {
            "description": "The date in ISO 8601 at the precision the text gave: YYYY, "
            "YYYY-MM, YYYY-MM-DD or a full date and time.",
            "pattern": rf"^\d{{4}}(-\d{{2}}(-\d{{2}}(T{_TIME})?)?)?$",
        },
    }
)

# Offsets into the input are never negative.
_OFFSETS: Final = frozenset({"start", "end", "cue_start", "cue_end"})


def article_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :meth:`Article.to_dict` output.

    The schema is built from the result classes themselves, so it always matches the
    installed version: every object lists all its keys as required and allows no others;
    kinds are enums of their string values; dates and times are ISO 8601 strings checked by
    a pattern; offsets are non-negative integers. ``docs/schema.json`` holds this schema
    as JSON.

    :returns: a new dict, ready for ``json.dumps`` or a JSON Schema validator.

    >>> schema = article_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["RegionKind"]["enum"]
    ['body', 'metadata', 'chrome', 'blank']

    .. versionadded:: 0.1.0
    """
    defs: dict[str, Any] = {}
    root = _schema_for(Article, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsparse Article.to_dict()",
        "description": "A parsed news article as JSON: the output of "
        "newsparse.Article.to_dict(), which newsparse.Article.from_dict() reads back. "
        "Every item's start and end are code-point offsets into text.",
        "$comment": "Generated from newsparse's result classes by scripts/make_schema.py.",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _summary(cls: type) -> str:
    doc = cls.__doc__ or ""
    return doc.strip().split("\n\n", 1)[0].replace("\n", " ").replace("``", "")


def _schema_for(hint: object, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of type ``hint``, adding named classes to ``defs``."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        rest = [a for a in args if a is not type(None)]
        if set(rest) == {dt.date, dt.datetime}:
            inner: dict[str, Any] = {"type": "string", "pattern": _DATE_OR_DATETIME}
        elif len(rest) == 1:
            inner = _schema_for(rest[0], defs)
        else:
            inner = {"anyOf": [_schema_for(a, defs) for a in rest]}
        if len(rest) == len(args):
            return inner
        if isinstance(inner.get("type"), str):
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin in (tuple, frozenset):
        items = _schema_for(args[0], defs) if args else {}
        array: dict[str, Any] = {"type": "array", "items": items}
        if origin is frozenset:
            array["uniqueItems"] = True
        return array
    if hint is type(None):
        return {"type": "null"}
    if not isinstance(hint, type):
        return {}  # Any: no constraint
    return _schema_for_class(hint, defs)


def _schema_for_class(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if issubclass(cls, enum.Enum):
        if cls.__name__ not in defs:
            values = [member.value for member in cls]
            defs[cls.__name__] = {
                "description": _summary(cls),
                "type": "string",
                "enum": values,
            }
        return {"$ref": f"#/$defs/{cls.__name__}"}
    if attrs.has(cls):
        if cls.__name__ not in defs:
            defs[cls.__name__] = {}  # placeholder: stops recursion through self-reference
            hints = typing.get_type_hints(cls)
            properties: dict[str, Any] = {}
            for field in attrs.fields(cls):
                schema = _schema_for(hints.get(field.name, Any), defs)
                if field.name in _OFFSETS:
                    schema = _non_negative(schema)
                properties[field.name] = schema
            for name, hint, _getter in DERIVED.get(cls, ()):
                properties[name] = {**_schema_for(hint, defs), **_NOTES.get((cls, name), {})}
            defs[cls.__name__] = {
                "description": _summary(cls),
                "type": "object",
                "properties": properties,
                "required": list(properties),
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{cls.__name__}"}
    for base, pattern in _PATTERNS.items():  # datetime before date: it is a date too
        if issubclass(cls, base):
            return {"type": "string", "pattern": pattern}
    simple = {bool: "boolean", int: "integer", float: "number", str: "string"}
    for base, name in simple.items():  # bool before int: it is an int too
        if issubclass(cls, base):
            return {"type": name}
    return {}


def _non_negative(schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "integer" or schema.get("type") == ["integer", "null"]:
        return {**schema, "minimum": 0}
    return schema
