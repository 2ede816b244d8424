"""Line shapes of an article's header and footer: headline, deck, byline, date, sign-off.

Private helpers of :mod:`newsparse.metadata`. Every pattern is matched on one line's visible
part with ``pos``/``endpos`` bounds (never on a slice of the text), and every quantifier is
bounded, so classifying a line costs time linear in the line.
"""

from __future__ import annotations

import regex

from newsparse._meta_lexicon import BIO_ROLES, JOB_TITLES, ZONES
from newsparse._patterns import lazy_compile, lazy_tries

__all__ = [
    "AUX_RE",
    "BIO_ROLE_RE",
    "BIO_VERB_RE",
    "BYLINE_OPENINGS",
    "BYLINE_RE",
    "CAPTIONED_TITLE_RE",
    "CLOCK_RE",
    "CONTACT_AUTHOR_RE",
    "CONTACT_RE",
    "CONTRIB_RE",
    "COPYRIGHT_RE",
    "COUNTER_RE",
    "CREDIT_PREFIX_RE",
    "DANGLING_RE",
    "DASH_SIGNOFF_RE",
    "DATE_LABEL_OPENINGS",
    "DATE_LABEL_RE",
    "DOMAIN_BIO_RE",
    "FOLLOW_RE",
    "HIGHLIGHTS_RE",
    "JOB_BYLINE_RE",
    "NAMES_STOP_RE",
    "NAME_IN_PLACE_RE",
    "ORIGIN_RE",
    "READING_TIME_RE",
    "RELATIVE_RE",
    "REPORTING_OPENINGS",
    "REPORTING_RE",
    "SITE_RE",
    "SLASH_BYLINE_RE",
    "TWO_SENTENCES_RE",
    "URL_LINE_RE",
    "VIA_END_RE",
    "deck_like",
    "headline_shaped",
    "title_case_ratio",
]

# Zone abbreviations in capitals. The word lists of this module's patterns are matched as
# tries (``lazy_tries``): a named list costs a set look-up of every candidate length at
# every position tried, a trie rejects a position on its first character, and matches the
# same words, longest first.
_ZONES = tuple(z.upper() for z in ZONES if z != "z")

# A site clock: "Last Update 20:39", "Updated 10:32 GMT", "20:39". No date: a line with a
# date is read by the date grammar instead.
CLOCK_RE = lazy_tries(
    r"""
    (?:(?i:last\s{1,3}update[d]?|updated?|modified)\s{0,3}:?\s{0,3})?
    \d{1,2}:\d{1,2}(?::\d{2})?(?:\s{0,2}(?i:[ap]\.?m\.?))?(?:\s{0,2}\L<zones>)?
    """,
    regex.VERBOSE,
    ignore_case=False,
    zones=_ZONES,
)

# A relative date in a header ("Updated 2 hours ago", "Yesterday", "Published Tuesday"):
# part of a date line even when no reference resolves it.
RELATIVE_RE = lazy_compile(
    r"""(?ix)
    (?<![\p{L}\p{N}])
    (?:
        (?:\d{1,3}|an?|one)\s{1,3}(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)
        \s{1,3}ago
      | yesterday | today | just\s{1,3}now
      | monday | tuesday | wednesday | thursday | friday | saturday | sunday
    )
    (?![\p{L}\p{N}])
    """
)

# The label before a date in a header: "PUBLISHED:", "Posted on", "Last updated",
# "Updated:", "Date:". The word decides published or updated.
DATE_LABEL_RE = lazy_compile(
    r"""(?ix)
    (?P<label>
        (?:first\s{1,3}|originally\s{1,3})?published
      | posted | created | date | dated | issued | written | filed
      | (?P<updated>(?:last\s{1,3})?(?:updated?|modified|edited|revised))
    )
    (?:\s{1,3}(?:on|at))?\s{0,3}:?
    """
)

# How the lines DATE_LABEL_RE and BYLINE_RE read open (folded, ``_patterns.fold``): a
# line opening otherwise is not tried ("dated", "updated", "authors", "byline" and
# "writers" open with a word listed).
DATE_LABEL_OPENINGS = (
    "first", "originally", "published", "posted", "created", "date", "issued", "written",
    "filed", "last", "update", "modified", "edited", "revised",
)  # fmt: skip
BYLINE_OPENINGS = (
    "posted", "written", "reported", "published", "compiled", "story", "words", "text", "by",
    "author", "writer",
)  # fmt: skip

# "By John Smith", "By . Daily Mail Reporter .", "Posted on by willyloman", "Written by
# X", "BY NAILENE CHOU WIEST, Reuters". The names run to the end of the line (or to a date,
# which the caller cuts off).
BYLINE_RE = lazy_compile(
    r"""
    (?:
        (?i:(?:(?:posted|written|reported|published|compiled|story|words|text)
              (?:\s{1,3}on\b[^\n]{0,40}?)?\s{1,3})?by)
        (?![\p{L}])
      | # "Author: Jane Doe", "Authors: A and B", "Byline: ...": a labelled byline.
        (?i:authors?|byline|writers?)\s{0,2}:
    )
    [\s.:\u00a0]{0,6}+
    (?P<names>\S[^\n]{0,160}+)
    """,
    regex.VERBOSE,
)

# "Jane Doe, Staff Writer": a name and a job title, without "By".
JOB_BYLINE_RE = lazy_tries(
    r"(?P<names>\p{Lu}[^,\n]{2,60}?)\s{0,2},\s{0,2}(?P<job>(?i:\L<jobs>))\.?",
    ignore_case=True,
    jobs=JOB_TITLES,
)

# Where the names of a byline stop: a bullet, a bar before a number or a handle ("By John
# Smith • 2 hours ago", "By Jane Doe | 10:45 AM", "By Jane Doe @janedoe").
NAMES_STOP_RE = lazy_compile(r"\s{0,2}[•·]|\s\|\s(?=[^|\n]{0,40}\d)|\s{1,3}@[\p{L}\p{N}_]")

# Words left dangling before a date cut off a byline: "by Jane Doe on February 6, 2018".
# Searched in reverse ((?r)): the pattern is anchored at the end, so only the end is tried;
# a forward search would retry the repeated group from every start (quadratic on ", , , ").
DANGLING_RE = lazy_compile(
    r"(?r)(?:\s{1,3}(?i:on|at|in|posted|published|updated)|\s{0,3}[,|\-–—:])+\s*\Z"
)

# "Jane Doe in Washington": a name and where the writer filed from (a Guardian-style
# byline), read under a headline when a date line follows.
NAME_IN_PLACE_RE = lazy_compile(
    r"(?P<names>[^\n]{3,80}?)\s(?:in|from)\s(?P<place>\p{Lu}[\p{L}.\-]{1,30}+(?:\s\p{Lu}[\p{L}.\-]{1,30}+){0,2})"
)

# "PETER KORZUN / STRATEGIC CULTURE": a name, a slash or bar, an outlet, in a header line.
SLASH_BYLINE_RE = lazy_compile(
    r"(?P<names>[^/|\n]{2,60}?\S)\s{0,3}[/|]\s{0,3}(?P<outlet>[^/|\n]{2,60}+)"
)

# "(CNN) --", "(AP) —", "AP", "Reuters": a credit naming only the agency. The caller
# checks the name against the agency table.
CREDIT_PREFIX_RE = lazy_compile(
    r"\(?(?P<agency>[\p{L}][\p{L}\ .\-]{0,40}+(?<![\ .]))\)?\s{0,3}(?:--|[-–—:])?"
)

# The reading time a site prints under a headline: "6 Min Read", "3 minute read",
# "Reading time: 4 minutes", "5 mins". A counter, never a deck or a title.
READING_TIME_RE = lazy_compile(
    r"""(?ix)
    (?:(?:estimated\s{1,3})?reading\s{1,3}time\s{0,2}:?\s{0,3})?
    (?:\d{1,3}|one|two|three|four|five|ten)(?:\s{0,2}(?:-|to|–)\s{0,2}\d{1,3})?
    \s{0,2}(?:min(?:ute)?s?|m)\.?(?:\s{1,3}(?:read|reading|to\s{1,3}read))?
    """
)

# "Story highlights": CNN-style summary blocks under the headline, which are decks.
HIGHLIGHTS_RE = lazy_compile(r"(?i)story\s{1,3}highlights\b")

# "(Reporting by X; Editing by Y)", "Writing by X", "Additional reporting by X": the wire
# service's credit line at the end of a story.
REPORTING_RE = lazy_compile(
    r"""(?ix)
    [(\[]?\s{0,2}
    (?:
        (?:additional\s{1,3})?(?:reporting|writing|editing|compiled|research|graphics|translation)
        \s{1,3}(?:by|from)\b[^\n]{1,400}+
      | # "From wire reports", "Compiled from staff and wire reports".
        (?:compiled\s{1,3})?from\s{1,3}(?:staff\s{1,3}and\s{1,3})?(?:news\s{1,3})?
        (?:wire\s{1,3}reports|wires|agencies|agency\s{1,3}reports)\.?
      | # "With News Wire Services", "With Reuters": the wires the story drew on.
        with\s{1,3}(?:(?:news\s{1,3})?wire\s{1,3}services|wires|agencies|(?:the\s{1,3})?
        (?:associated\s{1,3}press|reuters|afp|ap|agence\s{1,3}france-presse))\.?[)\]]?
    )
    """
)

# How a line that REPORTING_RE reads opens (folded, brackets stripped): a cheap test first.
REPORTING_OPENINGS = (
    "additional", "reporting", "writing", "editing", "compiled", "research", "graphics",
    "translation", "from", "with",
)  # fmt: skip

# "X contributed to this report", "Additional reporting from Reuters", "With News Wire
# Services": contributors, of whom agencies are the source.
CONTRIB_RE = lazy_compile(
    r"""
    (?P<who>[^\n]{2,200}?)\s{1,3}(?i:contributed|also\s{1,3}contributed)
    (?i:
        # "... contributed to this report", "... contributed to the story from Paris."
        \s{1,3}to\s{1,3}(?:this|the|our)\s{1,3}(?:report|story|article|coverage|reporting)
      | # "... contributed reporting", "... contributed additional reporting from Rome."
        \s{1,3}(?:additional\s{1,3})?(?:reporting|research)
      | # "Associated Press writer Jill Colvin contributed from Albuquerque."
        \s{1,3}from\s{1,3}\p{Lu}
      | # "— Jane Doe contributed." alone.
        (?=\s{0,3}\.?\s{0,3}\Z)
    )
    [^\n]{0,80}+
    """,
    regex.VERBOSE,
)

# Where a story first ran: "Article posted with permission from X", "This report was
# originally published by X at Y", "This article originally appeared on X", "Source: URL",
# "Republished from X", "Via: X".
ORIGIN_RE = lazy_compile(
    r"""(?ix)
    (?:
        (?:this\s{1,3})?(?:article|report|story|post|piece)\s{1,3}
        (?:was\s{1,3})?(?:(?:originally|first)\s{1,3})?
        (?:posted|published|appeared|republished|reprinted)
        (?:\s{1,3}with\s{1,3}permission)?\s{1,3}(?:from|by|on|at|in)
      | (?:originally|first)\s{1,3}(?:published|appeared)\s{1,3}(?:on|at|in|by)
      | republished\s{1,3}(?:with\s{1,3}permission\s{1,3})?(?:from|by)
      | source | via | courtesy\s{1,3}of
    )
    \s{0,3}:?\s{0,3}
    (?P<origin>[^\n]{2,200}+)
    """,
    regex.VERBOSE,
)

# "-- via Boston Globe.", "Via: Daily Mail" glued to the end of the last paragraph.
VIA_END_RE = lazy_compile(
    r"""
    (?:(?<=[.!?”"’'])\s{1,3}|^|--\s{0,2})
    (?P<via>
        # "Via: Daily Mail", "-- via Boston Globe."
        (?i:via)\s{0,2}:?\s{1,3}(?P<origin>\p{Lu}[\p{L}\p{N}.&'’\-\ ]{1,50}+(?<![\ ]))\.?
      | # "(h/t Conservative Tribune)": a hat tip to where the story came from.
        \((?i:h/t|hat\s{1,3}tip|via)\s{0,2}:?\s{1,3}
        (?P<origin>\p{Lu}[\p{L}\p{N}.&'’\-\ ]{1,50}?)\)\.?
    )
    \Z
    """,
    regex.VERBOSE,
)

# A sign-off with a dash: "— Johnny Edwards", "— Noah Bierman and Chris Megerian".
DASH_SIGNOFF_RE = lazy_compile(r"(?:--|[—–])\s{0,3}(?P<names>\p{Lu}[^\n]{1,120}+)")

# "Follow Josh Feldman on Twitter: @feldmaniac": the author's own promotion line.
FOLLOW_RE = lazy_compile(
    r"(?i:follow)\s{1,3}(?P<names>\p{Lu}[\p{L}.'’\- ]{2,60}?)\s{1,3}(?i:on)\s{1,3}"
    r"(?i:twitter|facebook|instagram|x)\b[^\n]{0,100}+"
)

# An author's bio at the end: "Judi McLeod is an award-winning journalist ...",
# "Michael Rubin (@Mrubin1971) is a contributor to ...". Read from the verb on, once the
# caller has found a capitalised name before it (``_footer._bio_name``):
BIO_VERB_RE = lazy_compile(
    r"""
    \s{1,3}
    (?:
        # "has authored over 165 poems", "has written for ...": a writer by the verb.
        (?P<direct>has\s{1,3}(?:authored|written)\s)
      | # "writes about city hall for the Ledger", "covers the White House": a beat.
        (?P<direct>(?:writes|reports)\s{1,3}(?:about|on)\s|covers\s)
      | # "is an award-winning journalist", "is Commander of ...": a role noun follows
        # (BIO_ROLE_RE, within 80 characters).
        (?:is|was|has\s{1,3}(?:been|worked\s{1,3}as)|writes)\s
    )
    """,
    regex.VERBOSE,
)

# The role noun of a bio ("journalist", "professor"), searched in a bounded window.
BIO_ROLE_RE = lazy_tries(
    r"(?<![\p{L}])(?i:\L<roles>)(?![\p{L}])", ignore_case=True, roles=BIO_ROLES
)

# How to reach the writer, at the foot: "Jane Doe can be reached at jdoe@example.com",
# "Contact Jane Doe at ...", "Email Jane Doe at ...". The caller asks for an address or a
# number after "at".
CONTACT_AUTHOR_RE = lazy_compile(
    r"""
    (?:
        (?i:contact|e-?mail|reach|write\s{1,3}to)\s{1,3}
        (?P<names>\p{Lu}[\p{L}.'’\-\ ]{2,60}?)\s{1,3}(?i:at|via|on)\s
      | (?P<names>\p{Lu}[\p{L}.'’\-\ ]{2,60}?)\s{1,3}
        (?i:can\s{1,3}be\s{1,3}(?:reached|contacted|emailed)|is\s{1,3}reachable)\s{1,3}
        (?i:at|via|on)\s
    )
    (?P<how>[^\n]{3,200}+)
    """,
    regex.VERBOSE,
)

# A closing line about the outlet a story came from: "LifeNews.com is an independent news
# agency ...". A domain name, then "is a/an/the".
DOMAIN_BIO_RE = lazy_compile(
    r"(?P<names>[\p{L}\p{N}\-]{2,60}+(?:\.[\p{L}\p{N}\-]{2,30}+){1,3})\s{1,3}is\s{1,3}"
    r"(?:an?|the)\s[^\n]{10,2000}+"
)

# A contact block's lines, at the end of a press release: a "Contact" label, a phone
# number, an e-mail address (with an optional label), or a bare "Authors:" label.
CONTACT_RE = lazy_compile(
    r"""
    (?i:(?:media\s{1,3}|press\s{1,3})?contacts?(?:\s{1,3}(?:us|info|information|details))?)
        \s{0,3}[:–—\-]?
  | (?i:e-?mail|tel|telephone|phone|fax|mobile|call)?\s{0,3}[:–—\-]?\s{0,3}
    (?:
        \+?\d[\d\ ().\-]{6,20}\d                                       # +1 408 520 9750
      | [\p{L}\p{N}._%+\-]{1,64}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){1,4}  # mail
    )
  | (?i:authors?|contributors?|credits?)\s{0,2}:
    """,
    regex.VERBOSE,
)

# A line that is only a link.
URL_LINE_RE = lazy_compile(r"(?i)(?:https?://|www\.)\S{3,500}+")

# Counters: "Views: 2154", "12k SHARES", "1 Comment", "2.3k shares". The number may carry
# a k or m multiplier; the kind is the word.
COUNTER_RE = lazy_compile(
    r"""(?ix)
    (?:
        (?P<kind>views|reads|hits|shares|comments|comment|share)\s{0,3}:?\s{0,3}
        (?P<n>\d{1,3}(?:[,.\u00a0]\d{3}){0,4}|\d{1,12})(?P<mult>[km])?(?![\p{L}\p{N}])
      |
        (?P<n>\d{1,3}(?:[,.\u00a0]\d{3}){0,4}|\d{1,12}(?:\.\d)?)(?P<mult>[km])?\s{0,3}
        (?P<kind>views|reads|hits|shares|comments|comment|share)(?!\p{L})
    )
    """
)

# Copyright: "© 2010 Ahram Online.", "Copyright © Canada Free Press", "©2018 Los Angeles
# Times, Distributed by Tribune Content Agency, LLC.". The holder runs to the first full
# stop, comma or "All rights".
COPYRIGHT_RE = lazy_compile(
    r"""
    (?:©|\((?i:c)\)|(?i:copyright))(?:\s{0,3}(?:©|\((?i:c)\)))?\s{0,3}
    (?:(?P<year>\d{4})(?:\s{0,2}[-–]\s{0,2}\d{2,4})?\s{0,3},?\s{0,3})?
    (?i:by\s{1,3})?
    (?P<holder>\p{L}[\p{L}\p{N}&'’\- ]{0,80}?(?:\.(?i:com|org|net|co\.uk))?)
    \s{0,3}(?=[.,;|]|\s(?i:all\s{1,3}rights)|\s{2}|$)
    (?P<rest>[^\n]{0,300}+)
    """,
    regex.VERBOSE,
)

# Lines that name the publishing site outright: "appeared first on X", "Subscribe to X",
# "... not necessarily shared or endorsed by X", "the views of X".
SITE_RE = lazy_compile(
    r"""(?ix)
    (?:
        appeared\s{1,3}first\s{1,3}on
      | (?:^|\s)subscribe\s{1,3}to
      | (?:shared|endorsed)\s{1,3}by
    )
    \s{1,3}(?:the\s{1,3})?
    (?P<site>(?-i:\p{Lu})[\p{L}\p{N}&'’.\-]{0,40}+(?:\s(?-i:\p{Lu})[\p{L}\p{N}&'’.\-]{0,40}+){0,4})
  | # "grants you access to Freedom Outpost updates", "sign up for City Gazette alerts".
    (?:access\s{1,3}to|sign\s{1,3}up\s{1,3}for)\s{1,3}(?:the\s{1,3})?
    (?P<site>(?-i:\p{Lu})[\p{L}\p{N}&'’.\-]{0,40}+(?:\s(?-i:\p{Lu})[\p{L}\p{N}&'’.\-]{0,40}+){0,4})
    \s{1,3}(?:updates|newsletters?|alerts|emails)
    """,
    regex.VERBOSE,
)

# Auxiliary verb groups that mark a full sentence, not headlinese: headlines drop "is",
# "has been", "will be" ("Nigeria agrees truce"), decks and ledes keep them ("Nigeria has
# agreed a truce"). An auxiliary followed by a participle, a gerund or "be".
AUX_RE = lazy_compile(
    r"""
    (?<![\p{L}’'])
    (?:is|are|was|were|has|have|had|will|would|could|should|may|might|must)
    (?:\s{1,3}(?:also|not|now|already|still|just|been|being|never|all))?\s{1,3}
    (?:be|been|being|gone|\p{Ll}{1,20}?(?:ed|en|ing))
    (?!\p{L})
    """,
    regex.VERBOSE,
)

# Two sentences on one line: a lower-case word, a full stop, a space, a capital.
TWO_SENTENCES_RE = lazy_compile(r"(?<!\p{L})\p{L}\p{Ll}{3,20}+[.!?][\"”’)]?\s{1,3}[\"“‘(]?\p{Lu}")

# A caption, its photo credit, then the headline, on one line: "Hillary Clinton said ... |
# AP Photo Clinton: 'The next 50 days ...'", "... | Burgess Everett/POLITICO Kaine visits".
CAPTIONED_TITLE_RE = lazy_compile(
    r"""
    (?P<caption>[^|\n]{10,300}?)\s\|\s
    (?P<credit>
        [\p{L}.'’\-\ ]{2,40}/\p{Lu}[\p{L}]{1,20}      # Burgess Everett/POLITICO
      | \p{Lu}[\p{L}]{0,20}\s(?:Photos?|Images|Pictures) # AP Photo, Getty Images
      | \p{Lu}{2,12}                                  # REUTERS
    )
    \s(?P<title>[\p{Lu}\p{N}"“‘'][^|\n]{3,200}+)
    """,
    regex.VERBOSE,
)

# A photo credit closing a caption: "( REUTERS/Jonathan Ernst/Reuters )", "(Photo: AP)".
_CAPTION_CREDIT_RE = lazy_compile(
    r"(?i)\([^()\n]{0,80}?(?:/|photo|credit|getty|image|file)[^()\n]{0,80}+\)\s{0,3}\Z"
)

# An abbreviation at the end of a headline: "U.S.", "D.C.".
_END_ABBREVIATION_RE = lazy_compile(r"(?:\p{Lu}\.){2,4}\Z|\.\.\.\Z|…\Z")

_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "is", "vs", "via", "into", "over", "after", "than", "its", "it", "be",
})  # fmt: skip


def title_case_ratio(line: str) -> float:
    """The share of words (small function words aside) that start with a capital.

    >>> title_case_ratio("A Weird Week Draws To A Close"), title_case_ratio("It is raining")
    (1.0, 0.0)
    """
    scored = capitals = 0
    for word in _WORD_RE.findall(line):
        if word.lower() in _SMALL_WORDS:
            continue
        scored += 1
        if word[0].isupper() or word[0].isdigit():
            capitals += 1
    return capitals / scored if scored else 0.0


# A word for title_case_ratio: a letter or digit, then letters, digits, apostrophes, hyphens.
_WORD_RE = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*+")


def headline_shaped(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` can be a headline: short, no sentence end, capitalised.

    >>> headline_shaped("Egypt to host talks", 0, 19), headline_shaped("He said so.", 0, 11)
    (True, False)
    """
    length = end - start
    if not 3 <= length <= 220:
        return False
    line = text[start:end]
    if len(line.split()) > 32:
        return False
    first = line.lstrip("\"“‘'([«").lstrip()
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    last = line.rstrip("\"”’')]»")[-1:] or line[-1]
    if last in ":;,-–—|/":
        return False
    if last in ".!?" and line[0] == "(":
        return False  # "(CNN) North Korea went ...": a lede with its credit
    if (
        last == "."
        and not line.isupper()
        # Its matches end the line and span eight characters at most: only those are tried.
        and _END_ABBREVIATION_RE.search(line, max(0, len(line) - 8)) is None
    ):
        return False
    if URL_LINE_RE.match(line) is not None or (
        line[-1] == ")" and _CAPTION_CREDIT_RE.search(line) is not None
    ):
        return False
    if line.isupper() and " " not in line.strip():
        return False  # "TRANSPORTATION": a section label in capitals
    # Two sentences make a lede, unless set in title case or capitals as headlines are:
    # "Reckless! Putin Just Made a Bold Threat".
    return line.isupper() or TWO_SENTENCES_RE.search(line) is None or title_case_ratio(line) >= 0.8


def deck_like(line: str) -> bool:
    """True when a headline-sized line reads as a sentence (a deck or lede), not headlinese.

    >>> deck_like("Nigeria has agreed a truce with Boko Haram"), deck_like("Nigeria agrees truce")
    (True, False)
    """
    if line.isupper():
        return False
    ratio = title_case_ratio(line)
    if ratio >= 0.6:
        return False
    if _ARTICLE_OPENING_RE.match(line) is not None and len(line.split()) >= 10:
        return True  # "The NBC News anchor clears the record on behalf of ...": a sentence
    if _AUX_WORDS.isdisjoint(line.lower().split()):
        return False  # no auxiliary verb at all: no need to look for its group
    return AUX_RE.search(line) is not None


_AUX_WORDS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
    "may", "might", "must",
})  # fmt: skip


# A sentence opening with an article, as decks do and headlines rarely do.
_ARTICLE_OPENING_RE = lazy_compile(r"(?:The|A|An)\s")
