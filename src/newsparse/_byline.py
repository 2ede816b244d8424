"""Byline, credit and dateline grammar: who wrote a story, who sent it, and from where.

Private helpers of :mod:`newsparse.metadata`. Each function reads one line (or the start of
one) inside ``pos``/``endpos`` bounds, so the cost of a call is bounded by the line.

- A *name list* ("John Smith and Jane Doe", "NAILENE CHOU WIEST, Reuters") is split into
  people (authors) and organisations (agencies and outlets, the ``source``); job titles are
  dropped.
- A *dateline* ("CAIRO, Feb 6 (Reuters) - ", "WASHINGTON — ", "(CNN) ") is read at the start
  of the first body line and cut right before the story's first word.
"""

from __future__ import annotations

import regex

from newsparse._meta_lexicon import (
    AGENCIES,
    JOB_HEADS,
    JOB_TITLES,
    LABEL_WORDS,
    MONTHS,
    OUTLET_WORDS,
    WEEKDAYS,
)
from newsparse._patterns import fold, lazy_compile, lazy_tries

__all__ = [
    "AGENCY_IN_RE",
    "DATELINE_RE",
    "Names",
    "agency",
    "is_job",
    "is_label",
    "is_outlet",
    "person",
    "read_names",
]

# Lower-case particles inside personal names ("Jaafar al-Husseini", "Ludwig van Beethoven").
_PARTICLES = frozenset({
    "al", "el", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin",
    "ibn", "la", "le", "y", "dos", "das", "ter", "ten", "abu", "st", "d'", "mac",
})  # fmt: skip

# Words that open a noun phrase, never a personal name ("The Affordable Care Act").
_DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "my", "his", "her", "their",
    "its", "no", "all", "some", "every",
})  # fmt: skip

# Honorifics and titles before a name ("Dr. Jane Doe", "Sen. John Smith"): dropped, so the
# author is the person's name alone. Folded, without the full stop.
_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sen", "senator", "rep",
    "gov", "rev", "fr", "sir", "dame", "lord", "lady", "gen", "col", "capt", "lt", "sgt",
    "maj", "adm", "hon", "judge", "justice", "rabbi", "imam", "sheikh", "pastor",
})  # fmt: skip

# One word of a personal name: a capitalised word (with inner apostrophes or hyphens,
# "O'Brien", "El-Wardani", "McLeod"), an initial ("P." or "J.R."), or a suffix.
_NAME_WORD_RE = lazy_compile(
    r"""
    (?: \p{Lu}\.(?:\p{Lu}\.){0,3}                    # initials: "P.", "J.R."
      | \p{Lu}[\p{L}\p{M}]{0,30}+(?:['’\-]\p{L}[\p{L}\p{M}]{0,30}+){0,3}  # Smith, O'Brien
      | (?:al|el|ad|as|ash|bin|ibn|abu|ben)-\p{Lu}[\p{L}\p{M}]{0,30}+     # al-Husseini
      | (?:jr|sr|ii|iii|iv)\.?                        # suffixes
    )
    """,
    regex.VERBOSE,
)

# A domain used as a name: "LifeNews.com", "silveristhenew.com", "EagleRising.com".
_DOMAIN_RE = lazy_compile(
    r"(?i)(?:https?://)?(?:www\.)?[\p{L}\p{N}\-]{2,60}+(?:\.[\p{L}\p{N}\-]{2,30}+){0,3}\."
    r"(?:com|org|net|info|news|co|uk|us|ca|au|in|de|fr|io|tv|eu)(?![\p{L}\p{N}])"
)

# Separators between the names of a byline: commas, semicolons, "and", "&", "with", and
# the slash or dash that sets an outlet apart ("PETER KORZUN / STRATEGIC CULTURE").
_NAME_SPLIT_RE = lazy_compile(r"(?i)\s*+(?:[,;&|/–—]|-(?=\s)|\band\b|\bwith\b|\bfor\b)\s*+")

# A dateline at the start of the first body line. Alternatives, in order:
_DATELINE_RE = r"""
    (?:
        # A place in capitals, with an optional region ("PELHAM, N.C.", "WEST PALM BEACH,
        # Fla./WASHINGTON"), an optional day without year (", Feb 6"), an optional agency
        # in brackets ("(Reuters)"), then a dash or colon: the wire-copy dateline.
        (?P<place>
            (?!\L<kickers>(?![\p{L}]))
            \p{Lu}[\p{Lu}'’.\-]{1,30}+(?:[\ /]\p{Lu}[\p{Lu}'’.\-]{0,30}+){0,4}
            (?:,\ ?\p{Lu}[\p{L}.]{0,14}(?:\ \p{Lu}[\p{L}.]{0,14})?
               (?:/\p{Lu}{2,30}+(?:\ \p{Lu}{1,30}+){0,3})?)?
        )
        # The day: ", Feb 6", ", 2 March", and in press releases its year: ", Feb. 6, 2018".
        (?:,\ ?(?P<day>\p{L}{3,9}\.?\ \d{1,2}|\d{1,2}\ \p{L}{3,9}\.?)(?:,?\ (?P<year>\d{4}))?)?
        # The agency: "(Reuters)", or a release wire between slashes: "/PRNewswire/".
        (?:,?[\ \u00a0]{0,2}(?:\((?P<agency>[^()\n]{1,40}+)\)|/(?P<agency>[^/\n]{1,40}+)/))?
        [\ \u00a0]{0,2}(?P<dash>--|[-–—:])
      |
        # A place in ordinary case followed by an agency in brackets: "Kiev (CNN) ",
        # "Moscow, March 3 (Reuters) - ".
        (?P<place>\p{Lu}\p{Ll}{1,20}+(?:[\ \-]\p{Lu}\p{Ll}{1,20}+){0,2})
        (?:,\ ?(?P<day>\p{L}{3,9}\.?\ \d{1,2}|\d{1,2}\ \p{L}{3,9}\.?))?
        [\ \u00a0]{1,2}\((?P<agency>[^()\n]{1,40}+)\)(?:[\ \u00a0]{0,2}(?P<dash>--|[-–—]))?
      |
        # An agency alone in brackets: "(Reuters) - ", "(CNN) ".
        \((?P<agency>[^()\n]{1,40}+)\)(?:[\ \u00a0]{0,2}(?P<dash>--|[-–—]))?
      |
        # A place in ordinary case, with an optional state or country ("Washington",
        # "Kansas City", "Springfield, Ill."), then a dash or a colon and the story's first
        # capital: "Washington — The council ...", "Bengaluru: The city ...". The caller
        # rules out labels ("Analysis:", "Opinion —") and asks for a sentence after it.
        (?P<place>\p{Lu}\p{Ll}{1,20}+(?:[\ \-]\p{Lu}\p{Ll}{1,20}+){0,2}
            (?:,\ \p{Lu}[\p{L}.]{1,14}(?:\ \p{Lu}[\p{L}.]{0,14})?)?)
        (?:
            [\ \u00a0]{0,2}(?P<dash>--|[–—])
          | [\ \u00a0](?P<dash>-)(?=[\ \u00a0])
          | (?P<dash>:)(?=[\ \u00a0])
        )
        (?=[\ \u00a0]{0,3}["“‘']?\p{Lu})
    )
    [\ \u00a0]{0,3}
"""

# Labels in capitals that open a first paragraph like a dateline but name no place.
_KICKERS = (
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "OPINION",
    "ANALYSIS",
    "EDITORIAL",
    "COMMENTARY",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITORS NOTE",
    "LIVE",
    "ALERT",
    "URGENT",
    "FLASH",
    "CORRECTION",
    "REVIEW",
    "INTERVIEW",
    "SPONSORED",
    "AD",
    "ADVERTISEMENT",
    "WARNING",
    "SOURCE",
    "SOURCES",
    "PHOTO",
    "IMAGE",
    "READ",
    "MORE",
    "RELATED",
    "UPDATE 1",
    "UPDATE 2",
    "UPDATE 3",
    "FACT CHECK",
    "OP-ED",
    "Q&A",
    "FAQ",
)

DATELINE_RE = lazy_tries(_DATELINE_RE, regex.VERBOSE, ignore_case=False, kickers=_KICKERS)


def _agency_variants() -> list[str]:
    """The ways agency names are written: as listed, capitalised, in capitals."""
    out: set[str] = set()
    for key, short in AGENCIES.items():
        if len(key) <= 3 and key not in ("ap", "afp", "upi", "dpa", "cnn", "bbc"):
            continue  # short acronyms only where unmistakable in running text
        out.update({short, key.title(), key.upper()})
        if key.startswith("the "):
            out.add("The " + key[4:].title())
    return sorted(out, key=len, reverse=True)


# An agency named inside a phrase ("Associated Press writer Julie Pace contributed").
AGENCY_IN_RE = lazy_tries(
    r"(?<![\p{L}\p{N}])\L<agencies>(?![\p{L}\p{N}])",
    ignore_case=False,
    agencies=_agency_variants(),  # as a trie (see _patterns.lazy_tries)
)


class Names:
    """People and organisations read from a name list, in order, without job titles."""

    __slots__ = ("people", "sources")

    def __init__(self) -> None:
        self.people: list[str] = []
        self.sources: list[str] = []


def agency(raw: str) -> str | None:
    """The short form of a news agency ("The Associated Press" -> "AP"), else None.

    >>> agency("Associated Press"), agency("Reuter"), agency("John")
    ('AP', 'Reuters', None)
    """
    if len(raw) > 80:
        return None  # no agency name is that long: spare the folding of a paragraph
    return AGENCIES.get(" ".join(raw.strip(" .,;:()[]").casefold().split()))


# Conjunctions and sentence adverbs that open a clause, never a personal name ("Although
# Bloomberg is not yet a candidate ...").
_CONJUNCTIONS = frozenset({
    "although", "though", "while", "whilst", "when", "whenever", "where", "if", "unless",
    "after", "before", "because", "since", "until", "once", "as", "but", "and", "or", "nor",
    "yet", "so", "meanwhile", "however", "still", "even", "also", "only", "then", "now",
    "today", "yesterday", "here", "there", "in", "on", "at", "for", "with", "by", "from",
    "during", "despite", "instead", "like", "unlike", "what", "why", "how", "who", "whether",
    "perhaps", "maybe", "indeed", "thus", "hence", "besides", "moreover", "furthermore",
    "not", "never", "every", "each", "both", "either", "neither", "many", "most", "few",
    "several", "other", "another", "such", "more", "less", "some", "any", "no",
})  # fmt: skip

# Words that open a sentence, never a place or a name: pronouns and determiners.
_OPENERS = frozenset({
    "he", "she", "it", "we", "they", "i", "you", "there", "here", "then", "but", "and",
    "so", "yet", "or", "if", "as", "in", "on", "at", "for", "by", "to", "of", "with",
})  # fmt: skip


def is_label(raw: str) -> bool:
    """True when a short phrase is an editorial label or a common word, not a place.

    >>> is_label("Analysis"), is_label("The Bottom Line"), is_label("Bengaluru")
    (True, True, False)
    """
    folded = " ".join(raw.strip(" :.-–—").casefold().split())
    if folded in LABEL_WORDS or folded.removeprefix("the ") in LABEL_WORDS:
        return True
    words = folded.split()
    if any(w in LABEL_WORDS for w in words):
        return True  # "Delegate Update", "News Guide"
    first = words[0] if words else ""
    return first in _DETERMINERS or first in _OPENERS or first in MONTHS or first in WEEKDAYS


def is_job(raw: str) -> bool:
    """True when a short phrase is a newsroom job title ("Chief Political Correspondent").

    Up to five words, each capitalised or all in the same case, ending in a job's head
    noun (:data:`JOB_HEADS`), or a listed title.

    >>> is_job("Washington Bureau Chief"), is_job("staff writer"), is_job("Jane Doe")
    (True, True, False)
    """
    folded = " ".join(raw.strip(" .,;:|-–—").casefold().split())
    if folded in JOB_TITLES or folded.removesuffix("s") in JOB_TITLES:
        return True  # "Staff Writers" under two names: the plural of a listed title
    words = folded.split()
    if not 1 <= len(words) <= 5 or (
        words[-1] not in JOB_HEADS and words[-1].removesuffix("s") not in JOB_HEADS
    ):
        return False
    if any(w in OUTLET_WORDS and w not in _DESK_WORDS for w in words[:-1]):
        return False  # "Daily Mail Reporter": an outlet's reporter, the outlet is the source
    if any(agency(w) is not None for w in words[1:-1]):
        return False  # "John Smith AP Economics Writer": a name before the agency's job
    return all(w[:1].isupper() or w in _PARTICLES for w in raw.split()) or raw.islower()


# Outlet words that also name a newsroom's parts, so may qualify a job ("Washington Bureau
# Chief", "News Editor", "Digital Desk Editor").
_DESK_WORDS = frozenset({
    "bureau", "desk", "staff", "team", "editorial", "office", "news", "world", "media",
    "wire", "service", "board",
})  # fmt: skip


def is_outlet(raw: str) -> bool:
    """True when a capitalised name reads as an organisation: an outlet word or a domain.

    >>> is_outlet("Ahram Online"), is_outlet("LifeNews.com"), is_outlet("Dina Ezzat")
    (True, True, False)
    """
    if "." in raw and _DOMAIN_RE.search(raw) is not None:  # a domain has its dot
        return True
    words = _LETTERS_RE.findall(raw.casefold())
    return any(w in OUTLET_WORDS for w in words)


# The words of a name for is_outlet: runs of letters and hyphens.
_LETTERS_RE = lazy_compile(r"[\p{L}\-]+")
# A handle after "By": "@janedoe", "willyloman".
_HANDLE_RE = lazy_compile(r"@?[\p{L}][\p{L}\p{N}_.\-]{1,30}")
# Initials: "J.R.".
_INITIALS_RE = lazy_compile(r"(?:\p{Lu}\.)+")
# A comma with the spaces around it, between a name and a job title.
_COMMA_RE = lazy_compile(r"\s*+,\s*+")


def person(raw: str, *, single: bool = False) -> str | None:
    """The name as a person's name ("PETER KORZUN" -> "Peter Korzun"), else None.

    Two to five name words (one when ``single``: a handle after an explicit "by"), no
    digits, no outlet word, not an agency.

    >>> person("Joseph P. Martino"), person("Salma El-Wardani"), person("Ahram Online")
    ('Joseph P. Martino', 'Salma El-Wardani', None)
    """
    text = raw.strip(" \t.,;:-–—|()[]\u00a0")
    if not text or len(text) > 60 or agency(text) is not None:
        return None
    words = text.split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in _HONORIFICS:
        words = words[1:]  # "Dr. Jane Doe" -> "Jane Doe"
    text = " ".join(words)
    if not (1 if single else 2) <= len(words) <= 5:
        return None
    if single and len(words) == 1:
        return text if _HANDLE_RE.fullmatch(text) else None
    if is_outlet(text):
        return None
    if words[0].casefold() in _DETERMINERS or words[0].casefold() in _CONJUNCTIONS:
        return None  # "The Affordable Care Act", "Although Bloomberg"
    named = 0
    for word in words:
        if word.casefold().rstrip(".") in _PARTICLES:
            continue
        if _NAME_WORD_RE.fullmatch(word) is None:
            return None
        named += 1
    if named < 2:
        return None
    if text.isupper():
        text = " ".join(_title_word(w) for w in words)
    return text


def _title_word(word: str) -> str:
    """Capitalise one name word written in capitals, keeping initials as they are."""
    if _INITIALS_RE.fullmatch(word):
        return word
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def _strip_job(text: str) -> str:
    """Drop a job title after or before the names ("Jane Doe, Staff Writer")."""
    if "," not in text:
        return text if not is_job(text) else ""  # one part: what the split would give
    parts = [p for p in _COMMA_RE.split(text) if p]
    kept = [p for p in parts if not is_job(p)]
    return ", ".join(kept)


def _may_split(text: str) -> bool:
    """True when ``text`` holds a separator :data:`_NAME_SPLIT_RE` splits at."""
    if any(c in text for c in ",;&|/–—-"):
        return True
    folded = fold(text)
    return "and" in folded or "with" in folded or "for" in folded


def read_names(raw: str, *, single: bool = False) -> Names:
    """Split a byline's name list into people and organisations.

    ``single`` admits one-word handles as people (after an explicit "By").

    >>> n = read_names("NAILENE CHOU WIEST, Reuters"); n.people, n.sources
    (['Nailene Chou Wiest'], ['Reuters'])
    >>> n = read_names("Egyptian Elections Watch (Ahram Online and Jadaliyya)"); n.sources
    ['Egyptian Elections Watch (Ahram Online and Jadaliyya)']
    """
    names = Names()
    text = _strip_job(raw.strip(" \t.,;:-–—|\u00a0"))
    if not text:
        return names
    whole = agency(text)
    if whole is not None:
        names.sources.append(whole)
        return names
    if "(" in text and is_outlet(text):
        names.sources.append(text)  # "X Watch (A and B)": one organisation with a gloss
        return names
    for part in _NAME_SPLIT_RE.split(text) if _may_split(text) else (text,):
        piece = part.strip(" \t.,;:()[]\u00a0")
        if not piece:
            continue
        short = agency(piece)
        if short is not None:
            names.sources.append(short)
            continue
        if is_job(piece):
            continue  # "| Staff Writers" after the names
        inner = AGENCY_IN_RE.search(piece)
        if inner is not None and inner.start() > 0:
            # "JOHN SMITH AP Economics Writer", "JANE DOE Associated Press": the name, then
            # the agency (a job after it is dropped).
            name = person(piece[: inner.start()])
            if name is not None:
                names.people.append(name)
                names.sources.append(agency(inner.group()) or inner.group())
                continue
        words = piece.split()
        stripped = False
        while words and " ".join(words[-2:]).casefold() in JOB_TITLES:
            words, stripped = words[:-2], True
        while words and words[-1].casefold() in JOB_TITLES:
            words, stripped = words[:-1], True  # "Daily Mail Reporter" -> "Daily Mail"
        piece = " ".join(words)
        if not piece:
            continue
        # One word left of "Ledger Staff": the staff of an outlet, not a person's handle.
        name = person(piece, single=single and not stripped and len(names.people) == 0)
        if name is not None:
            names.people.append(name)
        elif stripped and len(words) == 1 and piece[:1].isupper():
            names.sources.append(piece)
        elif "." in piece and _DOMAIN_RE.search(piece) and piece.isupper():
            names.sources.append(piece.lower())  # "DAILYLEDGER.COM": a domain, folded
        elif (is_outlet(piece) and piece[:1].isupper()) or (
            "." in piece and _DOMAIN_RE.search(piece)
        ):
            names.sources.append(piece if not piece.isupper() else piece.title())
    return names
