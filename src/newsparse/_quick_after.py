"""Quick attribution after a quote: the commonest phrases, read without the general search.

``'," he said'``, ``'," Nuri said'``, ``'," said Nuri.'``, ``'," said Weaver, who ...'``
and ``'," Sen. Jim Clyburn said'`` make most attributions after a quote. Each is read
here with one anchored pattern and a few set lookups; everything else (and every phrase
these checks turn away) is left to :func:`newsparse._attribution.after_quote`'s general
search. A phrase read here gets what that search would give it where the two overlap
(checked on every call of the development corpora and on generated phrases); the first
two patterns also settle the everyday cue as one word ("told", not "told reporters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._fast import new_speaker
from newsparse._lexicon import (
    ACCORDING_TO,
    CALENDAR_WORDS,
    CUT_WORDS,
    DETERMINERS,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_NOUNS,
    TITLES,
)
from newsparse._patterns import lazy_compile
from newsparse._plain_names import TITLE_WORDS as _TITLE_WORDS
from newsparse._plain_names import titled_reading
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from newsparse._quote_marks import Marked

__all__ = ["SENTENCE_CUES", "phrase_start", "quick_after"]

# What a quick reading finds: the speaker, the cue's offsets and the rule.
_Found = tuple[Speaker, int, int, str]

# Cues that open a sentence in the inverted order ("Said Ellis: ...", "According to ...").
SENTENCE_CUES = (
    ACCORDING_TO | {w[0].upper() + w[1:] for w in ACCORDING_TO} | {"Said", "Says", "Added", "Asked"}
)

# The commonest attribution of all, read without the general machinery: '," he said',
# '," Nuri said', '," Jane Roe added' (a pronoun or one to three capitalised words that
# are no title or organisation word, then one of the everyday cues).
_FAST_AFTER_RE = lazy_compile(
    r"""
    [^\S\n]*+ (?: , [^\S\n]*+ )?
    (?P<np>
        (?: he | she | they | we | He | She | They | We )
      | \p{Lu}\p{Ll}[\p{Ll}'’-]*+ (?: [^\S\n] \p{Lu}\p{Ll}[\p{Ll}'’-]*+ ){0,2}+
    )
    [^\S\n]++ (?P<cue> said | says | added | adds | told | asked | wrote | writes | explained
                      | continued | noted | argued | recalled | insisted | replied )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)

# Its inverted twin: '," said Nuri.' (the name ends at punctuation or a circumstance).
_FAST_INVERTED_RE = lazy_compile(
    r"""
    [^\S\n]*+ (?: , [^\S\n]*+ )?
    (?P<cue> said | says | added | adds | asked | wrote | explained | continued )
    [^\S\n]++
    (?P<np> \p{Lu}\p{Ll}[\p{Ll}'’-]*+ (?: [^\S\n] \p{Lu}\p{Ll}[\p{Ll}'’-]*+ ){0,2}+ )
    (?= [.;!?] | [^\S\n]*+ $ | [^\S\n]++ (?: on | in | at | during | after | before | when ) \b
      | , [^\S\n]++ (?P<next> \p{L}++ ) (?: [^\S\n] | $ ) )     # "said Weaver, who ..."
    """,
    regex.VERBOSE,
)

# What a phrase opening with a lower-case letter starts with when the patterns above can
# match it: one of the pronouns of ``_FAST_AFTER_RE``, one of the cues of
# ``_FAST_INVERTED_RE``.
_PRONOUNS_FIRST = ("he", "she", "they", "we")
_INVERTED_CUES_FIRST = ("said", "says", "added", "adds", "asked", "wrote", "explained", "continued")

# Words that keep a name after its cue from being read as a plain name when a comma
# follows it ("said Nuri, the ..." goes on into an appositive; the general reading
# decides those).
_NOT_PLAIN_INVERTED = CUT_WORDS | RELATIVE_PRONOUNS | frozenset(PRONOUNS)


# Words that leave a phrase after a quote to the general reading.
_NOT_FAST = TITLES | ORGANIZATION_WORDS | DETERMINERS | SPEAKER_NOUNS | CALENDAR_WORDS


def _fast_after(text: str, marked: Marked, window: int, position: int) -> _Found | None:
    """'," Nuri said' or '," said Nuri.'; the phrase opens at ``position``.

    A phrase opening with a capital can be no inverted cue, one opening with a lower-case
    letter a name only when it is a pronoun ("he", "she", "they", "we") and an inverted
    cue only when it is one of that pattern's cues: the pattern that cannot match is not
    tried (the first character is a space only when a space that :func:`quick_after`
    does not skip comes first: then both are).
    """
    first = text[position]
    match = None
    if first.isspace() or (first in "hstw" and text.startswith(_PRONOUNS_FIRST, position)):
        match = _FAST_AFTER_RE.match(text, marked.close, window)
    elif first.isupper():
        # A first word with a period ("Sen.", "Dr.") is no name word of the pattern: the
        # titled reading takes those.
        dot = text.find(".", position, min(window, position + 6))
        if dot < 0 or not text[position:dot].isalpha():
            match = _FAST_AFTER_RE.match(text, marked.close, window)
    rule = "name-cue-after"
    if match is not None:
        np_start, np_end = match.span(1)  # groups by number: "np", "cue"
        cue_start, cue_end = match.span(2)
    elif first.isupper() or not (
        first.isspace() or text.startswith(_INVERTED_CUES_FIRST, position)
    ):
        return None
    else:
        match = _FAST_INVERTED_RE.match(text, marked.close, window)
        if match is None:
            return None
        rule = "cue-name-after"
        cue_start, cue_end = match.span(1)  # groups by number: "cue", "np", "next"
        np_start, np_end = match.span(2)
    name = text[np_start:np_end]
    words = name.casefold().split()
    if not _NOT_FAST.isdisjoint(words):
        return None  # "Mr. Barrett", "Reuters", "The ...", "Officials": the general reading
    if (
        rule == "cue-name-after"
        and match.start(3) >= 0
        and not _plain_before_comma(text, match, words)
    ):
        return None
    pronoun = words[0] in PRONOUNS
    speaker = new_speaker(
        name=name,
        mention=name,
        start=np_start,
        end=np_end,
        kind=SpeakerKind.UNKNOWN if pronoun else SpeakerKind.PERSON,
        rule=rule,
    )
    return speaker, cue_start, cue_end, rule


def _plain_before_comma(text: str, match: regex.Match[str], words: list[str]) -> bool:
    """True when '," said Weaver, who ...' reads as the general reading reads it: "Weaver".

    The comma ends the phrase when the word after it opens no appositive (no determiner:
    "said Nuri, the group's leader" goes on); the name words are none that cut or steer
    the phrase, and the cue stands as a word of its own (the cue pattern finds it).
    """
    cue_start, cue_end = match.span(1)  # groups by number: "cue", "np", "next"
    next_start, next_end = match.span(3)
    before = text[cue_start - 1]
    if before.isalnum() or before in "_'’-" or next_end > cue_end + 200:
        return False
    if text[next_start:next_end].casefold() in DETERMINERS:
        return False
    if text[match.end(2) - 1] in "'’" or any(
        w in _NOT_PLAIN_INVERTED or w.endswith(("'s", "’s")) for w in words
    ):
        return False
    return not all(w in NOT_NAMES for w in words)


# '," Sen. Jim Clyburn said': a title and a plain name before one of the everyday cues
# that no longer cue starts with (the general reading is exact, at more cost).
_FAST_TITLED_RE = lazy_compile(
    r"""
    [^\S\n]*+ (?: , [^\S\n]*+ )?
    (?P<np> (?P<title> \p{Lu}\p{Ll}++ \.? )          # as ``_TITLED_RE`` of _plain_names
            (?: [^\S\n]++ \p{Lu}\p{Ll}[\p{Ll}'’-]*+ (?<=[\p{Ll}-]) ){1,3}+ )
    [^\S\n]++
    (?P<cue> said | says | added | adds | asked | continued | noted | argued | recalled
           | insisted | replied )
    """,
    regex.VERBOSE,
)


def _fast_titled(text: str, marked: Marked, window: int, position: int) -> _Found | None:
    """'," Sen. Jim Clyburn said': what the general reading after a quote gives.

    The cue pattern finds that cue first (no word of the phrase is a cue, the cue is a
    whole word), the phrase end lies past it (a title's period is an abbreviation's) and
    the phrase is read by :func:`newsparse._plain_names.titled_name`, as
    :func:`newsparse._speakers.read_speaker` reads it; anything else is left to the
    general reading. ``position`` is where :func:`quick_after` found the phrase's first
    character.
    """
    first = text[position]
    if not first.isspace():
        # The title is the first word, up to a space, and must be a title word for
        # :func:`newsparse._plain_names.titled_reading` to take it: most phrases are
        # settled here without the pattern.
        if not first.isupper():
            return None
        head = text[position : min(window, position + 24)].split(None, 1)
        if head[0].casefold().rstrip(".") not in _TITLE_WORDS:
            return None
    match = _FAST_TITLED_RE.match(text, marked.close, window)
    if match is None:
        return None
    position, names_end = match.span(1)  # groups by number: "np", "title", "cue"
    title_end = match.end(2)
    cue_start, cue_end = match.span(3)
    following = text[cue_end : cue_end + 1]
    if (
        following.isalnum()
        or following in "_'’-"
        or cue_end > position + 170
        or cue_start - position > 160
    ):
        return None
    if text[title_end - 1] == "." and text[position : title_end - 1] not in _ABBREVIATED:
        return None  # a period the phrase end stops at ("Pres.")
    if not SENTENCE_CUES.isdisjoint(text[position:title_end].rstrip(".").split()) or not (
        SENTENCE_CUES.isdisjoint(text[title_end:names_end].split())
    ):
        return None  # "Said": a cue of its own
    speaker = titled_reading(text, position, title_end, names_end, "name-cue-after")
    if speaker is None:
        return None
    return speaker, cue_start, cue_end, "name-cue-after"


# The words ``_ABBREVIATION_BEFORE_RE`` of :mod:`newsparse._attribution` takes before a
# period, as a set (a title's period, read in ``_fast_titled``): the phrase end passes it.
_ABBREVIATED = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Jr", "Sr",
     "Prof", "Capt", "Sgt", "Brig", "Rev", "Adm", "Maj"}
)  # fmt: skip


def quick_after(text: str, marked: Marked, window: int) -> _Found | None:
    """The speaker and cue right after a closed quote, when a quick pattern reads them.

    ``window`` bounds the text read (the paragraph's end or the trail after the quote).
    ``None`` leaves the quote to the general search.

    >>> from newsparse._quote_marks import Marked
    >>> text = '"We are ready," Nuri said.'
    >>> speaker, cue_start, cue_end, rule = quick_after(text, Marked(0, 1, 14, 15, True, 0, 0), 26)
    >>> speaker.name, text[cue_start:cue_end], rule
    ('Nuri', 'said', 'name-cue-after')
    """
    position = phrase_start(text, marked.close, window)
    if position >= window or text[position] in _NO_START:
        return None  # '" despite ...', '." The ...' ends no pattern here: none is tried
    return _fast_after(text, marked, window, position) or _fast_titled(
        text, marked, window, position
    )


def phrase_start(text: str, close: int, window: int) -> int:
    """Where the phrase after a closing mark at ``close`` starts: past spaces and a comma.

    >>> phrase_start('"Yes,"  , he said', 6, 17)  # at "he"
    10
    """
    position = close
    while position < window and text[position] in " \t\xa0":
        position += 1
    if position < window and text[position] == ",":
        position += 1
        while position < window and text[position] in " \t\xa0":
            position += 1
    return position


# Characters none of the quick patterns can go on with after the spaces and comma that
# follow a closing mark (each pattern's phrase or cue opens with a capital or one of
# "h s t w a e c").
_NO_START = frozenset("bdfgijklmnopqruvxyz0123456789.,;:!?()[]{}\"'“”‘’«»…—–-\n")
