"""The result model: ``Span`` and every frozen result class newsparse returns.

Every extracted item carries ``start`` and ``end``, a half-open range of code-point offsets
into the exact ``str`` the caller passed, and ``text == source[start:end]``. Cleaned values
(a speaker's name, a date) sit in fields of their own beside the raw span.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import TYPE_CHECKING, Any, Final

import attrs

from newsparse.errors import InputTypeError, OptionsError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "Article",
    "ChromeKind",
    "ChromeLine",
    "ChromeProfile",
    "DateValue",
    "Evidence",
    "Metadata",
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
]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into the input.

    >>> Span(4, 9).slice("the quick fox")
    'quick'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int

    def __len__(self) -> int:
        """The number of characters covered."""
        return self.end - self.start

    def slice(self, source: str) -> str:
        """Return ``source[start:end]``."""
        return source[self.start : self.end]


class RegionKind(enum.StrEnum):
    """What a stretch of the input is: story, metadata, chrome, or only whitespace.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> [r.kind.value for r in article.regions]
    ['metadata', 'blank', 'chrome', 'blank', 'body']

    .. versionadded:: 0.1.0
    """

    BODY = "body"
    METADATA = "metadata"
    CHROME = "chrome"
    BLANK = "blank"


class ChromeKind(enum.StrEnum):
    """The kind of site chrome a line or fragment was recognised as.

    >>> ChromeKind("counter") is ChromeKind.COUNTER
    True

    .. versionadded:: 0.1.0
    """

    BANNER = "banner"
    COUNTER = "counter"
    SHARE = "share"
    NAVIGATION = "navigation"
    AD = "ad"
    PROMPT = "prompt"
    RELATED = "related"
    CAPTION = "caption"
    COMMENTS = "comments"
    TAGS = "tags"
    COOKIE = "cookie"
    COPYRIGHT = "copyright"
    SHORT_LINK = "short link"
    SOURCE_LINK = "source link"
    PROFILE = "profile"
    OTHER = "other"


class QuoteKind(enum.StrEnum):
    """Whether a quote is a whole quotation, a quoted fragment, or reported speech.

    >>> sorted(kind.value for kind in QuoteKind)
    ['direct', 'indirect', 'partial']

    .. versionadded:: 0.1.0
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class SpeakerKind(enum.StrEnum):
    """What sort of source a speaker is.

    >>> SpeakerKind("person").value
    'person'

    .. versionadded:: 0.1.0
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    DESCRIPTION = "description"
    UNKNOWN = "unknown"


class Precision(enum.StrEnum):
    """How much of a date the text actually gave.

    >>> import newsparse
    >>> newsparse.parse_date("January 2015").precision
    <Precision.MONTH: 'month'>

    .. versionadded:: 0.1.0
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


def _check_span(instance: Any, _attribute: Any, end: int) -> None:
    if not 0 <= instance.start <= end:
        msg = f"bad span: start {instance.start}, end {end}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Paragraph:
    """One body paragraph: ``text == source[start:end]``, no leading or trailing blanks.

    ``rule`` names how its bounds were found (``"blank-line"``, ``"line"``, ...).

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> paragraph = article.paragraphs[0]
    >>> paragraph.text == article.text[paragraph.start : paragraph.end]
    True

    .. versionadded:: 0.1.0
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    rule: str = "blank-line"

    @property
    def span(self) -> Span:
        """The paragraph's offsets as a :class:`Span`."""
        return Span(self.start, self.end)


@attrs.frozen(kw_only=True)
class ChromeLine:
    """A stretch of site chrome set aside: usually a whole line, sometimes a glued fragment.

    ``kind`` says what it is, ``rule`` names the pattern that matched.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> [(c.kind.value, c.text) for c in article.chrome]
    [('counter', 'Views: 12')]

    .. versionadded:: 0.1.0
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    kind: ChromeKind
    rule: str

    @property
    def span(self) -> Span:
        """The chrome's offsets as a :class:`Span`."""
        return Span(self.start, self.end)


@attrs.frozen(kw_only=True)
class Region:
    """One piece of the partition of the input: body, metadata, chrome or blank.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> region = article.regions[2]
    >>> region.kind.value, region.text
    ('chrome', 'Views: 12')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    kind: RegionKind

    @property
    def span(self) -> Span:
        """The region's offsets as a :class:`Span`."""
        return Span(self.start, self.end)


@attrs.frozen(kw_only=True)
class Speaker:
    """Who said a quote, as attributed near that quote.

    ``mention`` is the attributing words as written (``"he"``, ``"Braga"``), at
    ``source[start:end]``; ``name`` is who that is, as a reader would name them (the full
    proper name where the article gives one, else the description). ``title`` and ``role``
    are set where the text gives them.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> speaker = article.quotes[0].speaker
    >>> speaker.name, speaker.mention, article.text[speaker.start : speaker.end]
    ('Tom Hale', 'Tom Hale', 'Tom Hale')

    .. versionadded:: 0.1.0
    """

    name: str
    mention: str
    start: int
    end: int = attrs.field(validator=_check_span)
    title: str | None = None
    role: str | None = None
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    rule: str = ""

    @property
    def text(self) -> str:
        """The mention as written: ``source[start:end]``."""
        return self.mention

    @property
    def span(self) -> Span:
        """The mention's offsets as a :class:`Span`."""
        return Span(self.start, self.end)


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: the quoted words without their marks, and who said them.

    ``text == source[start:end]`` is the quoted words; a quote that runs over paragraphs
    keeps the marks between them inside its span. ``cue`` is the reporting verb as written
    (``"said"``), at ``cue_start:cue_end``. ``kind`` is direct, partial or indirect; ``rule``
    names the attribution pattern.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> quote = article.quotes[0]
    >>> quote.text, quote.cue, quote.kind.value
    ('It will reopen,', 'said', 'direct')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    speaker: Speaker | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = QuoteKind.DIRECT
    rule: str = ""

    @property
    def span(self) -> Span:
        """The quoted words' offsets as a :class:`Span`."""
        return Span(self.start, self.end)


@attrs.frozen(kw_only=True)
class SpeakerSummary:
    """One distinct speaker of an article, with every mention and every quote.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> [(s.name, len(s.quotes)) for s in article.speakers]
    [('Tom Hale', 1)]

    .. versionadded:: 0.1.0
    """

    name: str
    title: str | None
    role: str | None
    kind: SpeakerKind
    mentions: tuple[Speaker, ...]
    quotes: tuple[Quote, ...]


@attrs.frozen(kw_only=True)
class DateValue:
    """A date as the text gave it, with honest precision.

    ``year`` is always set; ``month``, ``day`` and ``time`` only where the text gave them.
    ``value`` is a ``datetime.date`` for day precision, a ``datetime.datetime`` when a time
    was given (aware only when the text named a zone), and ``None`` for a year or a month
    alone (never promoted to the first of January).

    >>> import newsparse
    >>> value = newsparse.parse_date("Reuters , Tuesday 6 Feb 2018")
    >>> value.value, value.precision.value, value.text
    (datetime.date(2018, 2, 6), 'day', 'Tuesday 6 Feb 2018')

    .. versionadded:: 0.1.0
    """

    year: int
    month: int | None
    day: int | None
    time: dt.time | None
    precision: Precision
    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    rule: str

    @property
    def value(self) -> dt.date | dt.datetime | None:
        """The date as a ``date`` or ``datetime``, or ``None`` below day precision."""
        if self.month is None or self.day is None:
            return None
        if self.time is None:
            return dt.date(self.year, self.month, self.day)
        return dt.datetime.combine(dt.date(self.year, self.month, self.day), self.time)

    @property
    def iso(self) -> str:
        """ISO 8601 at the given precision: ``2018``, ``2018-02``, ``2018-02-06``, ..."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        value = self.value
        assert value is not None  # noqa: S101 (month and day are set)
        return value.isoformat()


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a metadata field came from: its span of the input and the rule that found it.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> [(e.field, e.text, e.rule) for e in article.metadata.evidence_for("views")]
    [('views', 'Views: 12', 'counter')]

    .. versionadded:: 0.1.0
    """

    field: str
    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    rule: str


@attrs.frozen(kw_only=True)
class Metadata:
    """The article's header and footer as data.

    Plain values for everyday use; ``evidence`` holds, for each field found, the span it
    came from and the rule that found it. ``published`` and ``updated`` are a ``date`` when
    the text gives a day and a ``datetime`` when it gives a time too; the full
    :class:`DateValue` (any precision) is in ``published_value`` and ``updated_value``.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> article.metadata.title, article.metadata.views
    ('Storm shuts road', 12)

    .. versionadded:: 0.1.0
    """

    title: str | None = None
    deck: str | None = None
    site: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    published_value: DateValue | None = None
    updated_value: DateValue | None = None
    views: int | None = None
    comments: int | None = None
    shares: int | None = None
    copyright: str | None = None
    copyright_year: int | None = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def published(self) -> dt.date | dt.datetime | None:
        """The publication date (``None`` when absent or coarser than a day)."""
        return None if self.published_value is None else self.published_value.value

    @property
    def updated(self) -> dt.date | dt.datetime | None:
        """The last-updated date (``None`` when absent or coarser than a day)."""
        return None if self.updated_value is None else self.updated_value.value

    def evidence_for(self, field: str) -> tuple[Evidence, ...]:
        """Return the evidence recorded for one field, in input order."""
        return tuple(e for e in self.evidence if e.field == field)


@attrs.frozen(kw_only=True)
class ChromeProfile:
    """Site chrome the caller knows about, merged with the built-in rules.

    ``lines`` are exact lines (compared after trimming spaces, case-folded); ``patterns``
    are regular expressions (``regex`` syntax) that must match a whole line. Build one by
    hand or with :func:`newsparse.learn_chrome`; keep it with :meth:`to_dict`.

    >>> profile = ChromeProfile(lines=frozenset({"Listen to this story"}))
    >>> ChromeProfile.from_dict(profile.to_dict()) == profile
    True

    .. versionadded:: 0.1.0
    """

    lines: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ()
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form that :meth:`from_dict` reads back."""
        return {"name": self.name, "lines": sorted(self.lines), "patterns": list(self.patterns)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChromeProfile:
        """Rebuild a profile from :meth:`to_dict` output."""
        return cls(
            lines=frozenset(str(x) for x in data.get("lines", ())),
            patterns=tuple(str(x) for x in data.get("patterns", ())),
            name=data.get("name"),
        )


def _check_reference(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, dt.date):
        msg = (
            "ParseOptions.reference must be a datetime.date or datetime.datetime, not "
            f"{type(value).__name__}"
        )
        raise OptionsError(msg)


def _check_day_first(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, bool):
        msg = f"ParseOptions.day_first must be True, False or None, not {value!r}"
        raise OptionsError(msg)


def _check_profile(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, ChromeProfile):
        msg = (
            "ParseOptions.chrome must be a newsparse.ChromeProfile (see learn_chrome), not "
            f"{type(value).__name__}"
        )
        raise OptionsError(msg)


def _check_strip(_instance: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, bool):
        msg = f"ParseOptions.strip_chrome must be True or False, not {value!r}"
        raise OptionsError(msg)


def _check_quote_kinds(_instance: Any, _attribute: Any, value: frozenset[Any]) -> None:
    wrong = [kind for kind in value if not isinstance(kind, QuoteKind)]
    if wrong:
        msg = f"ParseOptions.quote_kinds must hold newsparse.QuoteKind values, not {wrong[0]!r}"
        raise OptionsError(msg)


@attrs.frozen(kw_only=True)
class ParseOptions:
    """Every setting of :func:`newsparse.parse`, with documented defaults.

    - ``reference``: the moment the text is read against: resolves relative dates
      ("2 hours ago", "Yesterday") and rules out dates after it. ``None`` (the default)
      means relative dates are not resolved; the clock is never read.
    - ``day_first``: settle ``03/04/2018`` as 3 April (``True``) or 4 March (``False``);
      ``None`` lets the text decide and leaves truly ambiguous numeric dates out.
    - ``chrome``: a :class:`ChromeProfile` of site chrome added to the built-in rules.
    - ``strip_chrome``: set chrome aside (default ``True``); ``False`` keeps every line.
    - ``quote_kinds``: the kinds of quote :attr:`Article.quotes` holds: direct and partial
      by default; add ``QuoteKind.INDIRECT`` for reported speech without marks.

    Derive variants with ``attrs.evolve(options, day_first=True)``. A value of the wrong
    type raises :class:`~newsparse.OptionsError` when the options are made.

    >>> import attrs, datetime as dt
    >>> options = ParseOptions(reference=dt.date(2020, 1, 20))
    >>> attrs.evolve(options, day_first=True).day_first
    True

    .. versionadded:: 0.1.0
    """

    reference: dt.date | dt.datetime | None = attrs.field(default=None, validator=_check_reference)
    day_first: bool | None = attrs.field(default=None, validator=_check_day_first)
    chrome: ChromeProfile | None = attrs.field(default=None, validator=_check_profile)
    strip_chrome: bool = attrs.field(default=True, validator=_check_strip)
    quote_kinds: frozenset[QuoteKind] = attrs.field(
        default=frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL}),
        converter=frozenset,
        validator=_check_quote_kinds,
    )

    @classmethod
    def resolve(cls, options: object) -> ParseOptions:
        """``options`` checked at a public boundary: ``None`` gives the defaults.

        :raises OptionsError: when ``options`` is neither ``None`` nor a ``ParseOptions``.

        >>> ParseOptions.resolve(None).strip_chrome
        True
        """
        if options is None:
            return _DEFAULT_OPTIONS if cls is ParseOptions else cls()
        if not isinstance(options, cls):
            msg = f"options must be a newsparse.ParseOptions, not {type(options).__name__}"
            raise OptionsError(msg)
        return options


#: The defaults, made once: a frozen value every call without options shares (building
#: one runs every field's validator, a few microseconds a parse).
_DEFAULT_OPTIONS: Final = ParseOptions()


@attrs.frozen(kw_only=True)
class Stripped:
    """The result of :func:`newsparse.strip_chrome`.

    ``text`` is the input without its chrome; ``kept`` lists the spans of the input it is
    made of, in order; ``chrome`` lists what was removed, with offsets into the input.

    >>> import newsparse
    >>> stripped = newsparse.strip_chrome("Views: 12\\nThe story.")
    >>> stripped.text, stripped.kept, stripped.to_source(0)
    ('The story.', (Span(start=10, end=20),), 10)

    .. versionadded:: 0.1.0
    """

    text: str
    kept: tuple[Span, ...]
    chrome: tuple[ChromeLine, ...]

    def to_source(self, offset: int) -> int:
        """Map an offset in :attr:`text` to the matching offset in the input."""
        consumed = 0
        for span in self.kept:
            if offset < consumed + len(span):
                return span.start + (offset - consumed)
            consumed += len(span)
        return self.kept[-1].end if self.kept else 0


@attrs.frozen(kw_only=True)
class Article:
    """A parsed article: the input, its metadata, body, quotes and chrome.

    :attr:`regions` partitions the whole input in order and without gaps, each region body,
    metadata, chrome or blank: the no-loss guarantee made visible
    (:meth:`check_partition` proves it). The regions are derived from the paragraphs,
    ``metadata_spans`` and ``chrome``, and built the first time they are asked for: a
    pipeline that never reads them never pays for them.

    >>> import newsparse
    >>> article = newsparse.parse(
    ...     'Storm shuts road\\n\\nViews: 12\\n\\n"It will reopen," Tom Hale said.'
    ... )
    >>> article.check_partition(), article.body
    (True, '"It will reopen," Tom Hale said.')

    .. versionadded:: 0.1.0
    """

    text: str
    metadata: Metadata
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    chrome: tuple[ChromeLine, ...]
    speakers: tuple[SpeakerSummary, ...] = ()
    #: The stretches of the input the metadata was read from (header, credit and footer
    #: lines), sorted, disjoint and apart from the chrome: exactly the metadata regions.
    metadata_spans: tuple[Span, ...] = ()

    @functools.cached_property
    def regions(self) -> tuple[Region, ...]:
        """The input cut into body, metadata, chrome and blank regions, in order, no gaps.

        Chrome over metadata over body; a stretch nothing covers is blank when it shows
        nothing and body otherwise. Built on first access (linear in the text), then kept.

        >>> import newsparse
        >>> article = newsparse.parse("Title\\n\\nViews: 12\\n\\nBody text.")
        >>> [(region.kind.value, region.text) for region in article.regions][:3]
        [('metadata', 'Title'), ('blank', '\\n\\n'), ('chrome', 'Views: 12')]
        """
        from newsparse.article import partition  # noqa: PLC0415 (avoid a cycle)

        return partition(
            self.text,
            body=[(p.start, p.end) for p in self.paragraphs],
            metadata=self.metadata_spans,
            chrome=self.chrome,
        )

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def check_partition(self) -> bool:
        """Return ``True`` when the regions cover the input exactly, in order, no gaps."""
        position = 0
        for region in self.regions:
            if region.start != position or region.end <= region.start:
                return False
            if region.text != self.text[region.start : region.end]:
                return False
            position = region.end
        return position == len(self.text)

    def iter_regions(self, kind: RegionKind) -> Iterator[Region]:
        """Yield the regions of one kind, in input order."""
        return (r for r in self.regions if r.kind is kind)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO strings, kinds as their string values."""
        from newsparse._serialize import article_to_dict  # noqa: PLC0415 (avoid a cycle)

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an :class:`Article` from :meth:`to_dict` output, unchanged."""
        from newsparse._serialize import article_from_dict  # noqa: PLC0415 (avoid a cycle)

        return article_from_dict(data)


def check_article(article: object) -> Article:
    """Return ``article`` when it is an :class:`Article`; raise ``InputTypeError`` if not.

    >>> try:
    ...     check_article("text")
    ... except TypeError as error:
    ...     print(str(error).split(":")[0])
    article must be a newsparse.Article, not str
    """
    if isinstance(article, Article):
        return article
    msg = (
        f"article must be a newsparse.Article, not {type(article).__name__}: "
        "pass the result of newsparse.parse(text)"
    )
    raise InputTypeError(msg)
