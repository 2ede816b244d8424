"""The fields, evidence and metadata spans found while reading one article.

Private to :mod:`newsparse.metadata`: one :class:`Found` is made per call and never shared,
so the library keeps no state between calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse._patterns import lazy_compile
from newsparse._types import DateValue, Evidence, ParseOptions, Span
from newsparse.dates import find_dates

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Found"]

_YEAR_RE = lazy_compile(r"\d{4}")


class Found:
    """The fields, evidence and metadata spans found so far (one per call, never shared).

    A *dry* Found (:meth:`scratch` with ``dry=True``) sets nothing: it keeps the calls made
    on it in ``journal``, so a reader's dry run can be replayed on the real Found
    (:meth:`replay`) instead of being read again.
    """

    __slots__ = ("_dates", "dry", "evidence", "fields", "journal", "journals", "spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.fields: dict[str, Any] = {}
        self.evidence: list[Evidence] = []
        self.spans: list[Span] = []
        self._dates: dict[tuple[int, int], tuple[DateValue, ...]] = {}
        # What dry runs found, by the line read and the reader: whether a line reads as
        # a byline or a date line depends on the line alone, never on what was found;
        # and, for a line that read as one, the calls its reading made.
        self.dry: dict[tuple[object, ...], bool] = {}
        self.journals: dict[tuple[object, ...], list[tuple[str, tuple[Any, ...]]]] = {}
        self.journal: list[tuple[str, tuple[Any, ...]]] | None = None

    def scratch(self, *, dry: bool = False) -> Found:
        """An empty Found that shares this call's dates and dry runs (``dry``: see above)."""
        other = Found(self.text)
        other._dates = self._dates
        other.dry = self.dry
        other.journals = self.journals
        if dry:
            other.journal = []
        return other

    def replay(self, journal: list[tuple[str, tuple[Any, ...]]]) -> None:
        """Make the calls a dry Found kept, in order, on this Found."""
        for name, args in journal:
            getattr(self, name)(*args)

    def dates(self, start: int, end: int, options: ParseOptions) -> tuple[DateValue, ...]:
        """The dates of ``text[start:end]``, found once per stretch for this call."""
        key = (start, end)
        found = self._dates.get(key)
        if (
            found is None
            and options.reference is None
            and not _YEAR_RE.search(self.text, start, end)
        ):
            found = self._dates[key] = ()  # every date without a reference has a year
        if found is None:
            found = self._dates[key] = find_dates(self.text, start, end, options=options)
        return found

    def put(self, field: str, value: object, start: int, end: int, rule: str) -> bool:
        """Set ``field`` unless already set; record its evidence. True when it was set."""
        if self.journal is not None:
            self.journal.append(("put", (field, value, start, end, rule)))
            return False
        if field in self.fields or value is None or value in ("", ()):
            return False
        self.fields[field] = value
        self._note(field.removesuffix("_value"), start, end, rule)  # "published", not "..._value"
        return True

    def note(self, field: str, start: int, end: int, rule: str) -> None:
        """Record evidence for ``field`` without setting a value."""
        if self.journal is not None:
            self.journal.append(("note", (field, start, end, rule)))
            return
        self._note(field, start, end, rule)

    def _note(self, field: str, start: int, end: int, rule: str) -> None:
        self.evidence.append(
            Evidence(field=field, start=start, end=end, text=self.text[start:end], rule=rule)
        )

    def authors(self, names: Sequence[str], start: int, end: int, rule: str) -> None:
        """Add authors (no duplicates), with evidence."""
        if self.journal is not None:
            self.journal.append(("authors", (names, start, end, rule)))
            return
        current = list(self.fields.get("authors", ()))
        added = [n for n in names if n.casefold() not in {c.casefold() for c in current}]
        if added:
            self.fields["authors"] = (*current, *added)
            self._note("authors", start, end, rule)

    def consume(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as metadata (not body)."""
        if self.journal is not None:
            self.journal.append(("consume", (start, end)))
        elif end > start:
            self.spans.append(Span(start, end))
