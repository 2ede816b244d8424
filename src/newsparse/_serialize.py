"""Plain-data forms of the results: ``to_dict`` and ``from_dict``, in one place.

Both directions are driven by the result classes' own attrs fields and type hints, so a field
added to a result class is serialized, read back and described in the JSON Schema
(:func:`newsparse.export.article_schema`) without touching this module. The mapping is:

- an attrs result class becomes a JSON object with one key per field, in field order, plus
  the few *derived* keys listed in :data:`DERIVED` (``Article.regions`` and ``body``,
  ``Metadata.published`` and ``updated``, ``DateValue.iso``): conveniences for readers of
  the JSON, which ``from_dict`` ignores because they are computed from the other fields
  (an ``Article`` dict written before ``metadata_spans`` existed has its metadata regions
  read back as ``metadata_spans``);
- an enum becomes its string value; a ``date``, ``datetime`` or ``time`` its ISO 8601 string;
- a tuple becomes a list and a frozenset a sorted list; ``None``, ``str``, ``int`` and
  ``bool`` stay as they are.

So ``json.dumps(article.to_dict())`` always works, and
``Article.from_dict(article.to_dict()) == article`` (also after a trip through JSON text).
Work is linear in the size of the result; the per-class plans are computed once per class
(a bounded cache of a pure function of the class, which can never change a result).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias

import attrs

from newsparse._types import Article, DateValue, Metadata, Region, RegionKind
from newsparse.errors import InputTypeError

__all__ = ["DERIVED", "article_from_dict", "article_to_dict", "from_plain", "to_plain"]

#: The type of any JSON value ``to_plain`` returns.
Json: TypeAlias = bool | int | float | str | list["Json"] | dict[str, "Json"] | None


def _iso_or_none(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


#: Keys ``to_dict`` adds after a class's own fields: name -> (value's Python type, getter).
#: The type feeds the JSON Schema; ``from_dict`` skips these keys (they are derived).
DERIVED: Mapping[type, tuple[tuple[str, object, Callable[[Any], Json]], ...]] = (
    types.MappingProxyType(
        {
            Article: (
                ("regions", tuple[Region, ...], lambda a: to_plain(a.regions)),
                ("body", str, lambda a: a.body),
            ),
            Metadata: (
                ("published", dt.date | dt.datetime | None, lambda m: _iso_or_none(m.published)),
                ("updated", dt.date | dt.datetime | None, lambda m: _iso_or_none(m.updated)),
            ),
            DateValue: (("iso", str, lambda d: d.iso),),
        }
    )
)


#: Values that are already plain JSON (exact types: a StrEnum is not one of them).
_SCALARS: Final = frozenset({str, int, bool, float, type(None)})


def to_plain(value: object) -> Json:
    """Turn a result (or any value inside one) into JSON-ready data; see the module doc."""
    cls = type(value)
    if cls in _SCALARS:
        return typing.cast("Json", value)
    # Enums before str: a StrEnum is also a str, and we want its plain value.
    if isinstance(value, enum.Enum):
        return to_plain(value.value)
    # attrs keeps a class's fields, in order, in __attrs_attrs__ (what attrs.fields reads).
    fields: tuple[attrs.Attribute[object], ...] | None = getattr(cls, "__attrs_attrs__", None)
    if fields is not None:
        data: dict[str, Json] = {}
        for field in fields:
            item = getattr(value, field.name)
            data[field.name] = item if type(item) in _SCALARS else to_plain(item)
        for name, _type, getter in DERIVED.get(cls, ()):
            data[name] = getter(value)
        return data
    if isinstance(value, (tuple, list)):
        return [item if type(item) in _SCALARS else to_plain(item) for item in value]
    for scalar in (str, int, float):  # other subclasses of a scalar: the plain value
        if isinstance(value, scalar):
            return scalar(value)
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((to_plain(item) for item in value), key=repr)
    msg = f"cannot serialize a {cls.__name__}"
    raise TypeError(msg)


def from_plain(cls: type, data: object) -> Any:
    """Rebuild an attrs result class from :func:`to_plain` output.

    Keys that are not fields (the derived ones) are ignored; a missing key takes the field's
    default, so dicts written before a field was added still load.
    """
    if not isinstance(data, Mapping):
        msg = f"expected an object for {cls.__name__}, got {type(data).__name__}"
        raise TypeError(msg)
    kwargs: dict[str, Any] = {}
    for name, alias, convert in _loaders(cls):
        if name in data:
            value = data[name]
            kwargs[alias] = value if convert is _identity else convert(value)
    return cls(**kwargs)


def article_to_dict(article: Article) -> dict[str, Json]:
    """``Article`` as JSON-ready data (see the module docstring for the mapping)."""
    data = to_plain(article)
    assert isinstance(data, dict)  # noqa: S101 (an attrs instance gives an object)
    return data


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an ``Article`` from :func:`article_to_dict` output, unchanged.

    :raises InputTypeError: when ``data`` is not ``Article.to_dict()`` output (the message
        says what is wrong).
    """
    try:
        if "metadata_spans" not in data and "regions" in data:
            data = {**data, "metadata_spans": _metadata_regions(data["regions"])}
        article = from_plain(Article, data)
    except (KeyError, TypeError, ValueError) as error:
        msg = f"data must be Article.to_dict() output (parsed JSON is fine): {error}"
        raise InputTypeError(msg) from error
    assert isinstance(article, Article)  # noqa: S101 (from_plain built the class it was given)
    return article


def _metadata_regions(regions: object) -> list[dict[str, Json]]:
    """The ``metadata_spans`` of an older dict: the spans of its metadata regions."""
    if not isinstance(regions, list):
        msg = f"regions must be a list, not {type(regions).__name__}"
        raise TypeError(msg)
    kind = RegionKind.METADATA.value
    return [
        {"start": region["start"], "end": region["end"]}
        for region in regions
        if isinstance(region, Mapping) and region.get("kind") == kind
    ]


@functools.lru_cache(maxsize=64)
def _plan(cls: type) -> tuple[tuple[str, object], ...]:
    """The fields of an attrs class with their resolved type hints, in order."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints.get(f.name, Any)) for f in attrs.fields(cls))


@functools.lru_cache(maxsize=64)
def _loaders(cls: type) -> tuple[tuple[str, str, Callable[[Any], Any]], ...]:
    """For each field: its key, its ``__init__`` name and the converter from plain data."""
    aliases = {f.name: f.alias for f in attrs.fields(cls)}
    return tuple((name, aliases[name], _converter(hint)) for name, hint in _plan(cls))


def _identity(value: Any) -> Any:
    return value


def _date_or_datetime(value: Any) -> dt.date:
    text = str(value)
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def _converter(hint: object) -> Callable[[Any], Any]:
    """Build the function that turns plain data back into a value of type ``hint``."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        rest = [a for a in args if a is not type(None)]
        if len(rest) == len(args):
            inner = _union(rest)
        else:
            some = _union(rest)

            def inner(value: Any) -> Any:
                return None if value is None else some(value)

        return inner
    if origin in (tuple, frozenset):
        item = _converter(args[0]) if args else _identity
        collection = tuple if origin is tuple else frozenset
        return lambda value: collection(item(v) for v in value)
    if isinstance(hint, type):
        return _leaf(hint)
    return _identity  # Any, and annotations we do not interpret


def _union(members: list[object]) -> Callable[[Any], Any]:
    if len(members) == 1:
        return _converter(members[0])
    if set(members) <= {dt.date, dt.datetime}:
        return _date_or_datetime
    return _identity


def _leaf(hint: type) -> Callable[[Any], Any]:
    """Converters for a plain class: enums, dates and times, nested results, builtins."""
    if issubclass(hint, enum.Enum):
        members = {member.value: member for member in hint}
        return members.__getitem__  # a KeyError for a value that is not a member
    if issubclass(hint, dt.datetime):
        return dt.datetime.fromisoformat
    if issubclass(hint, dt.date):
        return dt.date.fromisoformat
    if issubclass(hint, dt.time):
        return dt.time.fromisoformat
    if attrs.has(hint):
        return functools.partial(from_plain, hint)
    return _identity
