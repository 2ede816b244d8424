"""Learn a site's boilerplate from a sample of its articles: :func:`learn_chrome`.

A line that recurs, as it is or in the same *shape* (its digits generalised: "Views:
2154" and "Views: 6338"), across a good share of one site's articles is that site's
chrome: a banner, a counter, a sign-up prompt, a footer. Story lines do not recur across
articles. The result is a :class:`ChromeProfile` the caller keeps (``to_dict`` /
``from_dict``) and passes to :func:`newsparse.parse` through :class:`ParseOptions`.

Lines whose shape holds a date (a month or weekday name) or only numbers are never learned
as patterns: every article has a date or credit line, and it is metadata, not chrome.

:func:`compiled_profile` makes a profile ready for :func:`newsparse.chrome.find_chrome`
(lines normalized, patterns compiled, once per profile), and :func:`profile_rule` names
the lines it takes.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

import regex

from newsparse._patterns import lazy_compile
from newsparse._spans import INVISIBLE
from newsparse._types import ChromeProfile
from newsparse.errors import OptionsError, check_text

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Profile", "compiled_profile", "learn_chrome", "normalize_line", "profile_rule"]

_SPACES_RE = lazy_compile(r"\s++")

# A run of digits, with the separators numbers are written with ("2,154", "2.3", "20:39").
_DIGITS_RE = lazy_compile(r"\d++(?:[.,:/]\d++){0,4}+")

# Month and weekday names, English, full and abbreviated: generalised with the digits so
# "Last Update 20:39 Monday" and "Last Update 09:12 Friday" share a shape.
_CALENDAR_RE = lazy_compile(
    r"""
    (?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
    |sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?
    |wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?
    """,
    regex.VERBOSE,
)

# A letter that is not part of a month or weekday name: a shape needs some to be learned.
_WORD_RE = lazy_compile(r"\p{L}{2,}")

#: The placeholders a shape uses; they never occur in normalized text.
_NUMBER = "\x00"
_CALENDAR = "\x01"


def normalize_line(line: str) -> str:
    """A line as profiles compare it: trimmed, spaces collapsed, case-folded.

    >>> normalize_line("  Views:\\u00a0 2154 ")
    'views: 2154'
    """
    return _SPACES_RE.sub(" ", line.strip(INVISIBLE)).casefold()


def _shape(line: str) -> str:
    """The line with digit runs and calendar names replaced by placeholders."""
    return _CALENDAR_RE.sub(_CALENDAR, _DIGITS_RE.sub(_NUMBER, line))


def _shape_pattern(shape: str) -> str:
    """A ``regex`` pattern matching every line of ``shape`` (case-insensitive)."""
    parts: list[str] = ["(?i)"]
    for char in shape:
        if char == _NUMBER:
            parts.append(r"\d{1,12}(?:[.,:/]\d{1,12}){0,4}")
        elif char == _CALENDAR:
            parts.append(r"\p{L}{3,9}\.?")
        elif char == " ":
            parts.append(r"\s{1,8}")
        else:
            parts.append(regex.escape(char))
    return "".join(parts)


def learn_chrome(
    texts: Iterable[str],
    *,
    min_share: float = 0.3,
    min_documents: int = 3,
    max_length: int = 200,
    name: str | None = None,
) -> ChromeProfile:
    """Learn a site's chrome from a sample of its articles.

    A line (trimmed, spaces collapsed, case-folded) that occurs in at least ``min_share``
    of the texts, and in at least ``min_documents`` of them, becomes a profile line. Lines
    that differ only in their numbers, month and weekday names ("Views: 2154", "Views:
    6338") are learned as one pattern when their shape recurs as often and keeps at least
    one other word. A line longer than ``max_length`` is never learned.

    :param texts: articles from one site (at least ``min_documents`` of them).
    :param min_share: the share of texts a line or shape must occur in, in ``(0, 1]``.
    :param min_documents: the least number of texts a line or shape must occur in.
    :param max_length: the longest line (in characters) that may be learned.
    :param name: a name for the profile, such as the site's domain.
    :returns: a :class:`ChromeProfile`; empty when nothing recurs.
    :raises InputTypeError: when an item of ``texts`` is not a ``str``.
    :raises OptionsError: when ``min_share`` is not in ``(0, 1]`` or ``min_documents`` < 1.

    >>> stories = ("Rain fell.", "The vote passed.", "Prices rose.")
    >>> pages = [f"Views: {n}\\n{s}\\nSubscribe to Example News" for n, s in enumerate(stories)]
    >>> profile = learn_chrome(pages)
    >>> sorted(profile.lines), len(profile.patterns)
    (['subscribe to example news'], 1)

    .. versionadded:: 0.1.0
    """
    if not 0 < min_share <= 1:
        msg = f"min_share must be in (0, 1], not {min_share!r}"
        raise OptionsError(msg)
    if min_documents < 1:
        msg = f"min_documents must be at least 1, not {min_documents!r}"
        raise OptionsError(msg)
    line_counts: Counter[str] = Counter()
    shape_counts: Counter[str] = Counter()
    documents = 0
    for text in texts:
        check_text(text, argument="each text")
        documents += 1
        seen: set[str] = set()
        for raw in text.splitlines():
            line = normalize_line(raw)
            if line and len(line) <= max_length:
                seen.add(line)
        line_counts.update(seen)
        shape_counts.update({_shape(line) for line in seen})
    needed = max(min_documents, min_share * documents)
    learned = frozenset(line for line, count in line_counts.items() if count >= needed)
    patterns: list[str] = []
    for shape, count in sorted(shape_counts.items()):
        if count < needed or (_NUMBER not in shape and _CALENDAR not in shape):
            continue
        if _CALENDAR in shape or not _WORD_RE.search(shape):
            # A line with a month or weekday is a date line ("Reuters , Tuesday 6 Feb 2018"),
            # metadata the article needs; a line of numbers alone is no site's boilerplate.
            continue
        if shape in learned:
            continue
        patterns.append(_shape_pattern(shape))
    return ChromeProfile(lines=learned, patterns=tuple(patterns), name=name)


class Profile:
    """A caller's profile made ready to use: normalized lines and compiled patterns."""

    __slots__ = ("lines", "max_length", "patterns")

    def __init__(self, lines: frozenset[str], patterns: tuple[regex.Pattern[str], ...]) -> None:
        self.lines = lines
        self.patterns = patterns
        self.max_length = max((len(x) for x in lines), default=0) * 2 + 16


@functools.lru_cache(maxsize=64)
def compiled_profile(profile: ChromeProfile) -> Profile:
    """Normalize a profile's lines and compile its patterns, once per profile."""
    compiled: list[regex.Pattern[str]] = []
    for pattern in profile.patterns:
        try:
            compiled.append(regex.compile(pattern))
        except regex.error as error:
            msg = f"ChromeProfile pattern {pattern!r} is not a valid regular expression: {error}"
            raise OptionsError(msg) from error
    return Profile(frozenset(normalize_line(x) for x in profile.lines), tuple(compiled))


def profile_rule(text: str, first: int, last: int, profile: Profile) -> str | None:
    """``profile_line`` or ``profile_pattern`` when the caller's profile names this line."""
    if (
        profile.lines
        and last - first <= profile.max_length
        and normalize_line(text[first:last]) in profile.lines
    ):
        return "profile_line"
    for pattern in profile.patterns:
        if pattern.fullmatch(text, first, last):
            return "profile_pattern"
    return None
