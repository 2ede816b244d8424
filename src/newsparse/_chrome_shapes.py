"""Line shapes for the chrome rules: menu rows, credits, and the header-line guard.

- The start-word dispatch: :data:`FIRST_WORD_RE`, :data:`CAMEL_RE`,
  :data:`COMMON_START_WORDS`, :func:`start_class`, and :data:`MATCHERS_BY_START` (the
  rules a first word calls for, as one pattern).
- :data:`MENU_ROW_RE` and :data:`SLASH_MENU_RE`: menu rows and breadcrumbs.
- :data:`NAME_AGENCY_RE`: a photographer's credit standing alone ("Jane Doe/AP").
- :data:`METADATA_RE` and :data:`GUARDED_RULES`: a line that carries the article's own
  header data (a date, a byline, a credit, a dateline) is never taken by the looser rules,
  so :mod:`newsparse.metadata` can read it.

Linear time: every pattern runs within one line (``pos``/``endpos``) and every repetition
over free text is bounded or possessive.
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import TYPE_CHECKING, NamedTuple

from newsparse._chrome_phrases import PHRASE_GATE
from newsparse._chrome_rules import AGENCY, RULE_FLAGS, RULES_BY_START
from newsparse._patterns import lazy_build, lazy_compile

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import regex

    from newsparse._chrome_rules import Rule

__all__ = [
    "CAMEL_RE",
    "COMMON_START_WORDS",
    "FIRST_WORD_RE",
    "GUARDED_RULES",
    "MATCHERS_BY_START",
    "MENU_ROW_RE",
    "METADATA_RE",
    "NAME_AGENCY_RE",
    "SLASH_MENU_RE",
    "Matcher",
    "holds_metadata",
    "quick_verdicts",
    "start_class",
]

#: A menu row or breadcrumb: short items joined by pipes or chevrons ("Egypt | Politics |
#: Features", "Home » World » Africa", "Home > World"). A ">" separates only after a space:
#: wire copy writes tickers as "<CHEM>". Tried only on lines that hold such a separator.
MENU_ROW_RE = lazy_compile(
    r"""(?x)
    [^|»›>.!?\n]{1,50}+(?:(?:\s*+[|»›]|(?<=\s)>)\s*+[^|»›>.!?\n]{1,50}+){1,30}+
    """
)

#: A menu row or breadcrumb split by spaced slashes: "Home / World / Europe". Three items at
#: least, each opening with a capital: a story's "and / or" or a lyric's line break is no menu.
SLASH_MENU_RE = lazy_compile(
    r"""(?x)
    (?&item)(?:\s/\s(?&item)){2,30}+
    # an item: a capitalised word and up to five more, single-spaced
    (?(DEFINE)(?P<item>\p{Lu}[^/|.!?\s]{0,30}+(?:\s[^/|.!?\s]{1,30}+){0,5}+))
    """
)

#: A photographer's credit standing alone: "Jane Doe/AP", "Jane Doe / Getty Images". Above
#: the story's first paragraph the same shape is a byline ("John Smith / Reuters"): the
#: context rules give such a line back to the metadata.
NAME_AGENCY_RE = lazy_compile(
    rf"""(?x)
    \p{{Lu}}[\p{{L}}.'’-]{{0,20}}(?:\s\p{{Lu}}[\p{{L}}.'’-]{{0,20}}){{0,3}}\s?/\s?(?-i:{AGENCY})
    (?:\s?/\s?\p{{Lu}}[\p{{L}}.'’ -]{{0,30}}|\s+via\s+(?-i:{AGENCY}))?
    """
)


# ---------------------------------------------------------------------------------------
# Metadata guard: lines that carry the article's own header data are never taken by the
# looser rules of GUARDED_RULES, whatever else they hold ("PUBLISHED: 10:45 EST, 5 March 2013 |
# UPDATED: ...", "By JOHN SMITH | Staff Writer", "Feb 6, 2018 | 10:45 AM", "John Smith |
# Reuters", "Politics | Feb 6, 2018"). The header reader only reads lines that are not
# chrome, so a date or a byline inside a chrome line would be lost to it.
# ---------------------------------------------------------------------------------------

_MONTH = r"""(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
    |sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"""

#: Something only a header line carries: a date, a time of day, a publication verb, a
#: byline, a reporter's title, a news agency's credit or a dateline. Searched in one line
#: (``pos``/``endpos``), only on lines a guarded rule took; every repetition is bounded.
METADATA_RE = lazy_compile(
    rf"""(?ix)
    # a day and a month, either order: "Feb 6", "Feb. 6, 2018", "6 February", "6th of May"
      \b{_MONTH}\.?\s{{0,3}}\d{{1,2}}(?:st|nd|rd|th)?\b
    | \b\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?{_MONTH}\b
    # a numeric or ISO date: "09/10/2012", "2018-02-06", "6.2.2018"
    | \b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b
    # a time of day with its half or zone: "10:45 AM", "9.05 pm", "10:45 EST" (a bare
    # "2:38" is a video's running time)
    | \b\d{{1,2}}(?:[:.]\d{{2}})?\s?[ap]\.?m\b\.?
    | \b\d{{1,2}}:\d{{2}}\s?(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)\b
    # publication words and relative dates: "PUBLISHED:", "Updated", "3 hours ago"
    | \b(?:published|updated|posted\s+(?:on|at|by)|last\s+modified)\b
    | \b\d{{1,3}}\s{{1,3}}(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s{{1,3}}ago\b
    # a byline, opening the line or an item of it: "By JOHN SMITH", "Politics | By Jane Roe"
    | (?:\G|[|•·]\s{{0,3}})by\s{{1,3}}(?-i:\p{{Lu}})
    # a reporter's title or a news agency: "Staff Writer", "John Smith | Reuters"
    | \b(?:staff\s+(?:writer|reporter)|correspondent|contributing\s+writer|reporter
      |reuters|associated\s+press|agence\s+france|bloomberg|(?-i:AP|AFP|UPI|PTI|IANS))\b
    # a dateline: "WASHINGTON —", "CAIRO, Feb 6"
    | \G(?-i:\p{{Lu}}{{3,}}(?:\s\p{{Lu}}{{2,}}){{0,3}}),?\s{{0,3}}[—–]
    """
)

# What every match of METADATA_RE holds, one alternative after another: a digit and a
# month, a date's separator, a half of the day, a zone's colon or "ago" (the alternatives
# with a number); a publication word, "by", a reporter's title or an agency; a dash (the
# dateline). Words are looked for in the case-folded line, as the pattern matches them
# (every character it takes for an ASCII letter folds to it, but "İ", which folds to "i"
# and a combining dot: dropped).
_METADATA_DATE_WORDS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("am", "pm", "a.m", "p.m", "ago"),
)
_METADATA_NUMBER_WORDS = (*_METADATA_DATE_WORDS, ".", "/", "-", ":")
_METADATA_WORDS = (
    "published",
    "updated",
    "posted",
    "last",
    "by",
    "staff",
    "correspondent",
    "contributing",
    "reporter",
    "reuters",
    "associated",
    "agence",
    "bloomberg",
    "—",
    "–",
)
_METADATA_CASED = ("AP", "AFP", "UPI", "PTI", "IANS")  # matched case-sensitively
_DIGITS = "0123456789"


def _any_of(words: tuple[str, ...]) -> Callable[[], re.Pattern[str]]:
    """A builder of the standard ``re`` pattern that finds any of ``words`` as written.

    One C-level search, where a test of each word in turn costs a call per word: same
    answer (the alternation matches wherever one of the words occurs).
    """
    return lambda: re.compile("|".join(map(re.escape, words)))


_METADATA_WORDS_RE = lazy_build(_any_of(_METADATA_WORDS))
_METADATA_CASED_RE = lazy_build(_any_of(_METADATA_CASED))
_METADATA_NUMBER_WORDS_RE = lazy_build(_any_of(_METADATA_NUMBER_WORDS))
_DIGIT_RE = lazy_build(_any_of(tuple(_DIGITS)))
_METADATA_DATE_WORDS_RE = lazy_build(_any_of(_METADATA_DATE_WORDS))
_DIGIT_SEPARATOR_RE = lazy_build(lambda: re.compile(r"[0-9][./:-][0-9]"))


def holds_metadata(text: str, first: int, last: int) -> bool:
    """True when :data:`METADATA_RE` finds header data in the line ``text[first:last]``.

    A few C-level substring tests first: most lines a guarded rule takes ("12 comments",
    "Short link:") hold none of the words every match needs, and skip the pattern.

    >>> holds_metadata("Short link:", 0, 11), holds_metadata("Updated: Feb 6", 0, 14)
    (False, True)
    """
    line = text[first:last]
    ascii_line = line.isascii()
    folded = line.lower() if ascii_line else line.casefold().replace("\u0307", "")
    if not (
        _METADATA_WORDS_RE.search(folded)
        or _METADATA_CASED_RE.search(line)
        or (
            # a digit (any script's, on a line that is not ASCII) and the rest of a date
            _METADATA_NUMBER_WORDS_RE.search(folded)
            if not ascii_line
            # on an ASCII line, a date's or a time's separator stands between two digits
            else _DIGIT_RE.search(line)
            and (_METADATA_DATE_WORDS_RE.search(folded) or _DIGIT_SEPARATOR_RE.search(line))
        )
    ):
        return False
    return METADATA_RE.search(text, first, last) is not None


#: Loose rules, made of separators and common words, that could take a header line: a line
#: they match is kept when :data:`METADATA_RE` finds header data in it. Tag lines are in
#: this set on purpose: "Filed under: Politics | 6 Feb 2018" carries the article's date,
#: which the header reader needs more than the body needs the tags gone. The strict rules
#: (captions, credits, copyright footers, share bars) keep their lines: "Photo: Jane
#: Doe/AP" names an agency and is still a credit.
GUARDED_RULES = frozenset(
    {
        "menu_row",
        "nav_item",
        "tags",
        "number",
        "counter",
        "comments",
        "related_header",
        "related_link",
        "read_more",
        "author_archive",
        "short_link",
    }
)


#: First words that also open many story sentences: lines starting with them are tried
#: only when short, since every rule they open is short.
COMMON_START_WORDS = frozenset(
    """
    the a this you have see more other just first found post add get also most latest my
    back next close top lead show keep join using play watch read full last page site main
    home name type file enter notice code help search sign spot story text view load in
    what up don around from posted save cancel reading estimated font recommended report got
    send supported website like copy post load media bookmark reuse topics
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: A word glued to the next one by a lost space ("PlaySen", "TOIJust"): its first part.
CAMEL_RE = lazy_compile(r"(\p{Lu}?\p{Ll}{2,})\p{Lu}")

#: The first word of a line, for the start-word dispatch.
FIRST_WORD_RE = lazy_compile(r"[^\W\d_]{1,24}")


#: First-character classes of lines that do not open with a letter.
def start_class(char: str) -> str:
    """The dispatch key of a line opening with the non-letter ``char``."""
    if char.isdigit():
        return "0"
    if char in "([{":
        return "("
    if char in "-–—_=~":
        return "-"
    if char in "©%":
        return char
    if char in _QUOTE_MARKS:
        # Someone's words. No line rule opens with a quotation mark (the "*" rules open
        # with "*", a bullet or a rule, or a symbol before "subscribe" that is no quotation
        # mark), so this key calls none and the line costs no pattern.
        return '"'
    return "*"


#: Quotation marks that open a quoted line (see :func:`start_class`).
_QUOTE_MARKS = frozenset("\"“”'‘’«»„")


class Matcher(NamedTuple):
    """The rules a first word calls for, as one pattern: one group per rule, in order.

    The pattern's alternatives are tried in the rules' order, so the first rule whose
    pattern matches the whole line is the one whose group matched: ``names[lastindex - 1]``
    (no rule pattern has a group of its own). One call instead of one per rule.
    """

    pattern: regex.Pattern[str]
    names: tuple[str, ...]


def _matcher(called: tuple[Rule, ...]) -> Matcher:
    # (each alternative on lines of its own: a rule's last comment ends with its line)
    source = "|".join(f"(\n{rule.source}\n)" for rule in called)
    return Matcher(lazy_compile(source, RULE_FLAGS), tuple(rule.name for rule in called))


#: :data:`~newsparse._chrome_rules.RULES_BY_START` as :class:`Matcher` objects (one per
#: distinct set of rules).
MATCHERS_BY_START: dict[str, Matcher] = {}
_made: dict[tuple[int, ...], Matcher] = {}
for _start, _called in RULES_BY_START.items():
    _key = tuple(map(id, _called))
    if _key not in _made:
        _made[_key] = _matcher(_called)
    MATCHERS_BY_START[_start] = _made[_key]
del _start, _called, _key, _made


# ---------------------------------------------------------------------------------------
# Quick verdicts: whole classes of short lines whose verdict the line rules' dispatch
# settles without a pattern, found by C-level passes over a line-dense text's distinct
# lines (lists, counters, hostile inputs): no Python-level step per line.
# ---------------------------------------------------------------------------------------

#: A line of ASCII digits alone (``str.isdigit`` and ``str.isascii``) is the ``number``
#: rule's when it has at most seven digits and is no year; no other rule, phrase or glued
#: chrome can take a line of digits alone. A line of digits this pattern matches is none.
_NOT_NUMBER_RE = lazy_build(lambda: re.compile(r"(?:19|20)[0-9]{2}|[0-9]{8,}"))

#: A line of one to fifteen ASCII letters (too short for glued chrome). Group 1 holds the
#: word a lost space glued to the next one (:data:`CAMEL_RE`, "PlayVideo": "Play"), or
#: nothing. (The poll notice's "agree" looks behind into the line above, but only on a line
#: whose word is its key "agree", which :data:`_LETTER_KEYS` holds.)
_LETTERS_LINE_RE = lazy_build(
    lambda: re.compile(r"(?=((?:[A-Z]?[a-z]{2,}(?=[A-Z]))?))[A-Za-z]{1,15}")
)

#: The lower-case words that may make a line of letters chrome: a first word that calls
#: line rules, and a phrase rule's key word. A line of letters none of whose dispatch words
#: (the line itself, lower-cased, or its glued first word) is one of these is no chrome.
_LETTER_KEYS = frozenset(MATCHERS_BY_START).union(PHRASE_GATE)

_STRING = operator.attrgetter("string")
_GLUED_WORD = operator.methodcaller("group", 1)


def quick_verdicts(lines: Iterable[str]) -> dict[str, str | None]:
    """The verdicts of the ``lines`` that the quick classes settle, by line (the others left out).

    ``lines`` are whole lines (no line end); the verdicts are those of
    :func:`newsparse.chrome._verdict` on them: ``"number"`` for a short bare number, no
    chrome for other digit lines and for short letter lines that no rule's dispatch word
    names. Iterated twice: pass a collection.

    >>> quick_verdicts(["12", "2018", "12345678", "abc", "Home", "PlayVideo", "a b"])
    {'12': 'number', '2018': None, '12345678': None, 'abc': None}
    """
    digits = list(filter(str.isascii, filter(str.isdigit, lines)))
    quick: dict[str, str | None] = dict.fromkeys(digits, "number")
    quick.update(dict.fromkeys(filter(_NOT_NUMBER_RE.fullmatch, digits)))
    words = filter(str.isascii, filter(str.isalpha, lines))
    letters = list(filter(None, map(_LETTERS_LINE_RE.fullmatch, words)))
    dispatch = zip(
        map(str.lower, map(_STRING, letters)),
        map(str.lower, map(_GLUED_WORD, letters)),
        strict=True,
    )
    inert = itertools.compress(map(_STRING, letters), map(_LETTER_KEYS.isdisjoint, dispatch))
    quick.update(dict.fromkeys(inert))
    return quick
