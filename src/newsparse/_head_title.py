"""The headline among the header's lines: labels, banners, decks and the title itself.

Private helpers of :mod:`newsparse.metadata`: whether a line is a section label or a
site's banner over the headline, a deck over or under it, a standfirst, a captioned
headline, a counter or site line in the header, or a name over its job line. Each looks at
one line and at most the next two, inside their bounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse import _header as h
from newsparse._byline import agency, is_job, is_label, is_outlet, person
from newsparse._footer import read_counter
from newsparse._head_lines import header_line_follows, wire_dateline
from newsparse._patterns import fold, lazy_compile
from newsparse._spans import FIRST, LAST

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._found import Found
    from newsparse._spans import Line
    from newsparse._types import ParseOptions
    from newsparse._window import Visible

__all__ = [
    "captioned_title",
    "deck_over_headline",
    "deck_under",
    "head_chrome",
    "label_above",
    "labelled_promo",
    "name_and_job",
    "parenthesised",
    "put_title",
    "record_decks",
    "standfirst",
]


# "Headline: ", "Sponsored: ", "Trending: ": a label word and a colon opening a line.
_LABEL_OPENING_RE = lazy_compile(r"(?P<label>\p{Lu}[\p{L}'’]{1,15}+(?:\ \p{L}{1,15}+)?):\ ")


def labelled_promo(text: str, a: int, b: int) -> bool:
    """A labelled line of headlines above the header ("Headline: A! B!"): not the story.

    Only a line that is not headline-shaped itself, holds two sentences or more (a list of
    headlines) and opens with an editorial or navigation label
    (:data:`~newsparse._meta_lexicon.LABEL_WORDS`). "Poll: Clinton leads in Ohio." is one
    headline with its kicker, and stays.
    """
    if b - a > 200:
        return False
    if text.find(": ", a, min(b, a + 40)) < 0:
        return False  # the label's colon and space, which _LABEL_OPENING_RE needs
    label = _LABEL_OPENING_RE.match(text, a, min(b, a + 40))
    if label is None or not is_label(label.group("label")):
        return False
    # Two headlines or more: a sentence end inside the line, another at its end.
    return text[b - 1] in "!?.…" and h.TWO_SENTENCES_RE.search(text, label.end(), b) is not None


def deck_over_headline(
    text: str, lines: Sequence[Line], head: Visible, n: int, *, found: Found, options: ParseOptions
) -> bool:
    """A long sentence-case line right over a shorter title-case headline: a deck.

    "I am tired of being told I am the bad guy and America is the problem" over "Illegal
    Means Illegal: Close the Border": both could be headlines, but a site sets its
    headline in title case (or capitals) when it sets its deck in sentence case, and the
    deck runs longer. A long sentence-case line alone stays the title: headlines in
    sentence case run long too ("British actor poised to take the lead in Jobs, ...").
    A line ending in a full stop is left out: a story's first paragraph over a title-case
    subhead or link would be lost.
    """
    following = head.get(n + 1)
    if following is None:
        return False
    a, b = lines[head[n]][FIRST], lines[head[n]][LAST]
    na, nb = lines[following][FIRST], lines[following][LAST]
    line, under = text[a:b], text[na:nb]
    words = len(line.split())
    if words < 12 or line.isupper() or h.title_case_ratio(line) >= 0.5:
        return False
    return (
        h.headline_shaped(text, na, nb)
        and len(under.split()) < words
        and (under.isupper() or h.title_case_ratio(under) >= 0.75)
        and not header_line_follows(text, lines, [following], found, options)  # not a byline
    )


def label_above(
    text: str, lines: Sequence[Line], head: Visible, n: int, *, found: Found, options: ParseOptions
) -> bool:
    """A section name, kicker or site name over the headline ("Politics", "EXCLUSIVE").

    Up to three words, over a headline-shaped line of more words. The short line must read
    as a label: a known label word, an outlet's name, capitals or a closing colon (one
    unknown word may be a short headline: "Al-Karama"). A short headline over a deck
    ("Et Tu, Benedict?") has punctuation a label does not, a deck in brackets or in
    sentence form is no headline, and a short line over a byline is the headline.
    """
    a, b = lines[head[n]][FIRST], lines[head[n]][LAST]
    if b - a > 40 or not head.has(n + 1):
        return False
    line = text[a:b]
    words = line.split()
    if len(words) > 3 or any(c in line for c in ",?!\"“”'‘’()"):
        return False
    na, nb = lines[head[n + 1]][FIRST], lines[head[n + 1]][LAST]
    following = text[na:nb]
    if (
        not h.headline_shaped(text, na, nb)
        or following[:1] == "("
        or len(following.split()) < len(words) + 2
        or h.deck_like(following)
        or wire_dateline(text, na, nb)
        or header_line_follows(text, lines, head.take(n + 1, n + 2), found, options)
    ):
        return False  # over a byline or a credit line, a short line is the headline
    if line.endswith(":") or line.isupper() or is_label(line) or is_outlet(line):
        return True
    # "The Ledger" over "Council approves city budget after long debate": a name of one or
    # two words over a headline of four words more is a banner or a section, as headlines
    # of two words over headline-shaped decks are rare (a short headline over its byline
    # or its story is kept, above).
    return len(words) <= 2 and len(following.split()) >= len(words) + 4


# The last segment of a headline line, after " | " or a spaced dash: "Headline - Site".
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ")


def put_title(text: str, a: int, b: int, found: Found) -> None:
    """Set the title; a trailing " - Site Name" or " | Site" naming an outlet is the site.

    Only a last segment that names an outlet (an outlet word, a domain or an agency) is
    split off: "Liberals agree – the mayor was right" keeps its dash.
    """
    line = text[a:b]
    cut = max(line.rfind(sep) for sep in _TITLE_SEPARATORS)
    if cut > 0:
        site = line[cut + 3 :].strip()
        head = line[:cut].rstrip()
        if (
            site
            and len(site.split()) <= 5
            and site[:1].isupper()
            and (is_outlet(site) or agency(site) is not None)
            and h.headline_shaped(head, 0, len(head))
        ):
            found.put("title", head, a, a + len(head), "headline")
            s = a + cut + 3 + (len(line[cut + 3 :]) - len(line[cut + 3 :].lstrip()))
            found.put("site", site, s, s + len(site), "headline-site")
            return
    found.put("title", line, a, b, "headline")


def head_chrome(text: str, a: int, b: int, found: Found) -> bool:
    """A counter or site line in the header ("12k SHARES", "Subscribe to X"): never a title."""
    if b - a > 120:
        return False
    # Each pattern opens with a number or one of its words: tested on the folded opening.
    digit = text[a].isdigit() or not text[a].isascii()
    opening = fold(text[a : a + 10])
    if (digit or opening.startswith(_READING_OPENINGS)) and h.READING_TIME_RE.fullmatch(
        text, a, b
    ) is not None:
        found.consume(a, b)  # "6 Min Read"
        return True
    counter = (
        h.COUNTER_RE.match(text, a, b) if digit or opening.startswith(_COUNTER_OPENINGS) else None
    )
    if counter is not None:
        read_counter(counter, found)
        found.consume(a, b)
        return True
    site = (
        h.SITE_RE.match(text, a, b)
        if opening.startswith(_SITE_OPENINGS) or text[a].isspace()
        else None
    )
    if site is not None:
        s, e = site.span("site")
        found.put("site", site.group("site").rstrip("."), s, e, "names-site")
        found.consume(a, b)
        return True
    return False


# How the lines of READING_TIME_RE, COUNTER_RE and SITE_RE can open (folded), besides a
# number: "Reading time: 4 minutes", "one minute read"; "Views: 12"; "Subscribe to X".
_READING_OPENINGS = ("estimated", "reading", "one", "two", "three", "four", "five", "ten")
_COUNTER_OPENINGS = ("view", "read", "hit", "share", "comment")
_SITE_OPENINGS = ("appeared", "subscribe", "shared", "endorsed", "access", "sign")


def captioned_title(text: str, a: int, b: int, found: Found) -> bool:
    """A photo caption and its credit glued before the headline: take the headline only.

    "Tim Kaine visits the club. | Burgess Everett/POLITICO Kaine visits site of shooting":
    the caption ends at " | ", the credit is a name with "/OUTLET", "AP Photo" or an outlet
    in capitals, and the headline follows it.
    """
    if b - a > 400 or " | " not in text[a:b]:
        return False
    match = h.CAPTIONED_TITLE_RE.fullmatch(text, a, b)
    if match is None or not h.headline_shaped(text, *match.span("title")):
        return False
    s, e = match.span("title")
    found.put("title", text[s:e], s, e, "captioned-headline")
    found.consume(a, b)
    return True


def name_and_job(text: str, lines: Sequence[Line], head: Visible, n: int, found: Found) -> bool:
    """A byline over two lines under the headline: "John Smith" then "Staff Writer"."""
    if not head.has(n + 1):
        return False
    a, b = lines[head[n]][FIRST], lines[head[n]][LAST]
    na, nb = lines[head[n + 1]][FIRST], lines[head[n + 1]][LAST]
    if b - a > 60 or nb - na > 60:
        return False
    if not is_job(text[na:nb]):
        return False
    byline = h.BYLINE_RE.fullmatch(text, a, b)
    name = person(byline.group("names") if byline is not None else text[a:b])
    if name is None:
        return False
    found.authors([name], a, b, "name-and-job")
    found.consume(a, b)
    found.consume(na, nb)
    return True


def record_decks(decks: list[tuple[int, int]], found: Found) -> None:
    """Put the first deck in ``Metadata.deck`` (all are recorded as evidence)."""
    for k, (s, e) in enumerate(decks):
        if k == 0:
            found.put("deck", found.text[s:e], s, e, "deck")
        else:
            found.note("deck", s, e, "deck")


def deck_under(text: str, a: int, b: int) -> bool:
    """A summary line in a highlights block: short, no final full stop."""
    return b - a <= 300 and text[b - 1] not in '.!?"”'


def standfirst(text: str, lines: Sequence[Line], head: Visible, n: int) -> bool:
    """A summary line over the story: six words or more, no sentence end, then a paragraph.

    The story's first paragraph ends a sentence; a line above it that does not, and is not
    a headline (or sits right under one), is the standfirst that introduces it.
    """
    a, b = lines[head[n]][FIRST], lines[head[n]][LAST]
    if not 0 < b - a <= 250 or len(text[a:b].split()) < 6:
        return False
    if text[b - 1] in ".!?\"”’':;,…":
        return False
    if not head.has(n + 1):
        return False
    na, nb = lines[head[n + 1]][FIRST], lines[head[n + 1]][LAST]
    return nb - na > b - a and text[nb - 1] in '.!?"”’)…'


def parenthesised(text: str, a: int, b: int) -> bool:
    """A bracketed line under a headline: "(Some final thoughts on X)"."""
    return b - a <= 200 and text[a] == "(" and text[b - 1] == ")"
