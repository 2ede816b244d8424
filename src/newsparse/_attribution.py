"""Attribution patterns: the speaker and cue of one quoted stretch, read around it.

Each function looks at a bounded window next to one quote (``LEAD`` characters before
it, ``TRAIL`` after it, or the paragraph before), so the work per quote is constant and
the whole is linear in the text. The patterns, by rule name:

- ``name-cue-after`` / ``cue-name-after`` / ``name-verb-after``: '"...," Nuri said',
  '"...," said the minister', '"...?" Hannity pressed';
- ``name-cue-before`` / ``subject-cue-before``: 'A U.S. official said: "..."',
  'Silverman ... joked, "..."';
- ``according-to``, ``dash-line`` ('— Commissioner Geoffrey Starks'), ``colon-line``
  and ``colon-paragraph`` ('And from Chairwoman Rosenworcel:');
- ``naming``: 'Trump called the plan "a disaster"' (a quoted fragment);
- ``continues``, ``next-paragraph``, ``previous-sentence``: a quote with no cue of its
  own takes the speaker of the quote or sentence right before it.

The commonest phrases right after a quote ('," Nuri said', '," said Nuri.') are read
first by :mod:`newsparse._quick_after`, without the general search.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import regex

from newsparse._fast import new_speaker
from newsparse._lexicon import (
    ACCORDING_TO,
    CLAUSE_WORDS,
    CONNECTORS,
    INTRO_WORDS,
    SPEECH_VERBS,
    SPEECH_VERBS_BEFORE,
)
from newsparse._patterns import lazy_compile
from newsparse._quick_after import SENTENCE_CUES, quick_after
from newsparse._speakers import read_speaker
from newsparse._subjects import read_subject
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from newsparse._quote_marks import Marked

__all__ = [
    "BEFORE_WORDS",
    "CUE_RE",
    "DASH_RE",
    "LEAD",
    "SENTENCE_CUES",
    "TRAIL",
    "WORDISH_RE",
    "Attribution",
    "after_quote",
    "before_quote",
    "colon_lead",
    "ends_open",
    "lead_cue",
    "sentence_start",
    "trie",
]

# How far around a quote the attribution is looked for (characters).
LEAD = 320
TRAIL = 240


def trie(words: frozenset[str]) -> str:
    """A regex alternation of ``words`` as a prefix tree: one branch per first letter.

    A flat alternation of hundreds of words makes the engine try each at every position;
    the tree tries one branch. Built once at import from the lexicon.
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# A speech verb as a whole word (lower case as written in running text), or
# "according to". Forward search only: reverse searches with large alternations are
# slow in ``regex``, so the last cue of a lead-in is found by iterating forwards.
#
# Compiled with the standard library's ``re``, not ``regex``: the pattern uses nothing
# ``regex`` adds, and ``re`` runs this large alternation three to four times faster
# (measured on polnear dev windows); cue search is the hottest loop of attribution.
CUE_RE = re.compile(r"(?<![\w'’-])(?:" + trie(SPEECH_VERBS | SENTENCE_CUES) + r")(?![\w'’-])")

# Words that introduce a quotation when they stand right before the opening mark.
BEFORE_WORDS = SPEECH_VERBS_BEFORE | SPEECH_VERBS

# What may stand between a cue and the opening mark of the quotation it introduces: an
# object or adverbial ("told reporters", "said in a statement on Monday") ending in a
# comma, colon or dash; or nothing.
_TAIL_RE = lazy_compile(
    r"""
    [^\S\n]*+ (?: [,:—–-] | -- )? [^\S\n]*+                  # said: "  /  said, "  /  found "
    | [^\S\n,]++ [^\n.!?;"“”«»„]{1,160}? [,:—–-] [^\S\n]*+    # told reporters, "
    | [^\S\n]++ that [^\S\n]*+                                  # said that "
    """,
    regex.VERBOSE,
)

# What may stand alone between a cue and the opening mark, spaces aside: the tails the
# first branch of ``_TAIL_RE`` matches whole ("said: ", "said, ", "said ").
_BARE_TAILS = frozenset({"", ",", ":", "—", "–", "-", "--"})

# A sentence end: ". ", "? ", '." ' (abbreviations are told apart in ``sentence_start``).
# Standard ``re`` here and in the other plain patterns of the hot path: no ``regex``
# feature is needed and ``re`` is faster on these short windows.
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’»)\]]{0,2}+\s")

# Abbreviations whose period ends no sentence ("Mr. Smith", "Sen. Cruz", "U.S. forces").
_NO_END = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr",
     "no", "prof", "capt", "sgt", "brig", "rev", "mt", "ft"}
)  # fmt: skip

# What comes between a closing mark and the attribution: spaces, a comma, a dash.
_AFTER_LEAD_RE = re.compile(r"[^\S\n]*+(?:[,;][^\S\n]*+)?(?:(?:[—–―]|--?)[^\S\n]*+)?")

# A speaker phrase between a closing mark and its cue: no sentence end (a period only
# inside an abbreviation or a word: "Mr.", "U.S."), no quote marks, no line break.
_NP_TEXT_RE = lazy_compile(
    r"""
    (?: [^\n.!?;:"“”«»„]
      | (?<= \b (?: \p{Lu}\p{Ll}{0,3} | \p{Lu} ) ) \.
      | \. (?=\S) ){1,160}+
    (?<=\s)
    """,
    regex.VERBOSE,
)

# Any verb after a quote whose words end in a comma, question or exclamation mark: the
# punctuation says an attribution follows ('"...," Hannity pressed', '"...?" she asked').
_AFTER_VERB_RE = lazy_compile(
    r"""
    [^\S\n]*+
    (?P<np>
        (?i: he | she | they | we | i | it )                    # a pronoun
      | \p{Lu}[\p{L}\p{M}.'’-]*+                                  # a name of 1-5 words
        (?: [^\S\n]++ (?: \p{Lu}[\p{L}\p{M}.'’-]*+ | al | de | van | von | bin ) ){0,4}
      | (?i: the | a | an | one | another | his | her | their | its )  # a description
        [^\S\n]++ [^\n.,;:!?"“”«»„]{1,60}?
    )
    [^\S\n]++ (?: \p{Ll}++ly [^\S\n]++ )?
    (?P<cue> \p{Ll}{2,20}+ ) (?<= ed | [^s']s ) (?![\p{L}\p{N}'’-])
    """,
    regex.VERBOSE,
)

# Any past-tense verb right after a quote that ends open, then a name: '"This is
# fantastic!" beamed Donald Hartley'.
_INVERTED_VERB_RE = lazy_compile(
    r"[^\S\n]*+(?P<cue>\p{Ll}{2,20}+(?<=ed))[^\S\n]++(?=\p{Lu}|the\s|a\s|an\s)"
)

# A dash line after a quote: "— Commissioner Geoffrey Starks" up to the paragraph's end.
DASH_RE = lazy_compile(
    r"[^\S\n,]*+(?:[—–―]|--?)[^\S\n]*+(?P<np>\p{Lu}[^\n\"“”«»„!?]{0,100}?)\.?[^\S\n]*+$"
)

# Where the inverted speaker phrase ends: the sentence's end.
_PHRASE_END_RE = re.compile(r"[.!?;:](?=\s|$)|\n")

WORDISH_RE = re.compile(r"[^\W_]")


def sentence_start(text: str, floor: int, point: int) -> int:
    """Where the sentence holding ``point`` starts, looking back no further than ``floor``."""
    # A sentence end is followed by no lower-case word ("(D-Mo.) scolded him" goes on).
    # The last one counts: candidates are checked from the right, stopping at the first.
    # The candidates are the end marks themselves, found from the right with ``rfind``
    # (a match's closers and space hold no end mark, so these are exactly the matches
    # ``finditer`` gives); most windows are settled by their last one. Past
    # ``_QUICK_MARKS`` marks (a run of initials: "J.J.J."), the rest of the window is
    # read in one pass of the pattern instead of a step per mark.
    if (
        point - floor >= 2
        and text[point - 2] in ".?!…"
        and text[point - 1].isspace()
        and not _abbreviated(text, point - 2)
        and not text[point : point + 1].islower()
    ):
        # 'He agreed. "...': the last candidate stands right before ``point``. The pattern
        # matches it there (an end mark, no closer, then the space), ending at ``point``.
        return point
    dot = text.rfind(".", floor, point)
    question = text.rfind("?", floor, point)
    exclamation = text.rfind("!", floor, point)
    ellipsis = text.rfind("…", floor, point)
    passed = 0
    while True:
        found = max(dot, question, exclamation, ellipsis)
        if found < 0:
            return floor
        m = _SENTENCE_END_RE.match(text, found, point)
        if (
            m is not None
            and not _abbreviated(text, found)
            and not text[m.end() : m.end() + 1].islower()
        ):
            return m.end()
        passed += 1
        if passed == _QUICK_MARKS:
            break
        if found == dot:
            dot = text.rfind(".", floor, found)
        elif found == question:
            question = text.rfind("?", floor, found)
        elif found == exclamation:
            exclamation = text.rfind("!", floor, found)
        else:
            ellipsis = text.rfind("…", floor, found)
    highest = found - 1  # every mark from ``found`` on is looked at
    ends = [m for m in _SENTENCE_END_RE.finditer(text, floor, point) if m.start() <= highest]
    for m in reversed(ends):
        if not _abbreviated(text, m.start()) and not text[m.end() : m.end() + 1].islower():
            return m.end()
    return floor


# End marks looked at one by one before the rest of a window is read in one pass.
_QUICK_MARKS = 8


def _abbreviated(text: str, period: int) -> bool:
    """True when the mark at ``period`` is an abbreviation's period ("Mr.", "U.S.", "J.")."""
    if text[period] != ".":
        return False
    start = period
    while start > 0 and text[start - 1].isalpha() and period - start < 5:
        start -= 1
    word = text[start:period]
    if start > 0 and text[start - 1].isalpha():
        return False  # a longer word
    return word.casefold() in _NO_END or (len(word) == 1 and word.isupper())


class Attribution:
    """A speaker and cue found for one quote (mutable while a quote is being read)."""

    __slots__ = ("cue_end", "cue_start", "rule", "speaker")

    def __init__(
        self, speaker: Speaker | None, cue_start: int | None, cue_end: int | None, rule: str
    ) -> None:
        self.speaker = speaker
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.rule = rule


# A reply with no speaker named: '"Not now," came the reply.' The quote stands whole; its
# speaker is not in the sentence (parsers find no subject here and drop it).
_CAME_RE = re.compile(
    r"[^\S\n]*+(?P<cue>came|comes)[^\S\n]++(?:the|a|an)[^\S\n]++"
    r"(?:reply|response|answer|retort|rejoinder|voice|shout|cry|call)\b"
)


def after_quote(text: str, marked: Marked, limit: int) -> Attribution | None:
    """Attribution written right after the closing mark (bounded by ``TRAIL``)."""
    window = min(limit, marked.close + TRAIL)
    if marked.close >= window:
        return None  # the quote ends its paragraph (the commonest case: nothing to read)
    fast = quick_after(text, marked, window) if marked.closed else None
    if fast is not None:
        return Attribution(*fast)  # '," Nuri said', '," said Nuri.', '," Sen. Jim Clyburn said'
    if text.startswith("c", marked.close + 1) or text.startswith("c", marked.close + 2):
        came = _CAME_RE.match(text, marked.close, window)
        if came is not None:
            return Attribution(None, came.start("cue"), came.end("cue"), "came-the-reply")
    lead = _AFTER_LEAD_RE.match(text, marked.close, window)
    position = lead.end() if lead else marked.close
    if position >= window:
        return None  # the quote ends its paragraph
    # A cue after the quote stands in the same sentence: search up to its end only.
    reach = _phrase_end(text, position, min(window, position + 170))
    cue = CUE_RE.search(text, position, reach)
    if cue is not None and text.endswith(("who ", "which "), position, cue.start()):
        # '"...," one witness, who asked not to be named, told AFP': the relative clause's
        # verb is not the cue; the main clause's verb follows the clause's comma.
        comma = text.find(",", cue.end(), reach)
        main = CUE_RE.search(text, comma + 1, reach) if comma >= 0 else None
        if main is not None:
            cue = main
    if cue is not None:
        found = _after_cue(text, cue, position, window)
        if found is not None:
            return found
    if marked.closed and ends_open(text, marked):
        verb = _AFTER_VERB_RE.match(text, marked.close, window)
        if verb is not None and verb.group("cue").casefold() not in CLAUSE_WORDS:
            speaker = read_speaker(
                text,
                verb.start("np"),
                verb.end("np"),
                inverted=False,
                rule="name-verb-after",
                whole=True,
            )
            if speaker is not None:
                return Attribution(speaker, verb.start("cue"), verb.end("cue"), "name-verb-after")
        inverted = _INVERTED_VERB_RE.match(text, marked.close, window)
        if inverted is not None and inverted.group("cue").casefold() not in CLAUSE_WORDS:
            start = inverted.end()
            end = _phrase_end(text, start, min(window, start + 200))
            speaker = read_speaker(text, start, end, inverted=True, rule="verb-name-after")
            if speaker is not None:
                return Attribution(
                    speaker, inverted.start("cue"), inverted.end("cue"), "verb-name-after"
                )
    dashed = lead is not None and any(c in "—–―-" for c in lead.group())
    dash = DASH_RE.match(text, marked.close, limit) if marked.closed and dashed else None
    if dash:
        speaker = read_speaker(
            text, dash.start("np"), dash.end("np"), inverted=True, rule="dash-line"
        )
        if speaker is not None:
            return Attribution(speaker, None, None, "dash-line")
    return None


# The subject pronoun inside an inverted cue: "a-t-il déclaré", "sagte er".
_CUE_PRONOUN_RE = lazy_compile(r"(?:-t-|-|\s)(?P<pronoun>il|elle|ils|elles|er|sie)\b")


def _pronoun_in_cue(cue: re.Match[str]) -> Speaker | None:
    match = _CUE_PRONOUN_RE.search(cue.string, cue.start(), cue.end())
    if match is None:
        return None
    start, end = match.span("pronoun")
    word = cue.string[start:end]
    return new_speaker(
        name=word,
        mention=word,
        start=start,
        end=end,
        kind=SpeakerKind.UNKNOWN,
        rule="cue-name-after",
    )


# Indefinite pronouns that stand for a speaker of their own after an inverted cue:
# '"We wait," replied another.'
_INDEFINITES = frozenset({"another", "others", "someone", "somebody", "one", "many", "some"})


def _indefinite(text: str, start: int, end: int, rule: str) -> Speaker | None:
    word_start = start
    while word_start < end and text[word_start].isspace():
        word_start += 1
    word_end = word_start
    while word_end < end and text[word_end].isalpha():
        word_end += 1
    if word_end != end or text[word_start:word_end].casefold() not in _INDEFINITES:
        return None
    word = text[word_start:word_end]
    return new_speaker(
        name=word,
        mention=word,
        start=word_start,
        end=word_end,
        kind=SpeakerKind.DESCRIPTION,
        rule=rule,
    )


def _after_cue(text: str, cue: re.Match[str], position: int, window: int) -> Attribution | None:
    """Read the speaker around a cue found after a quote: "said Nuri" or "Nuri said"."""
    if cue.start() == position:
        # Inverted: "said Nuri", "said the minister", "according to police".
        start = cue.end()
        end = _phrase_end(text, start, min(window, start + 200))
        rule = "according-to" if cue.group().casefold() in ACCORDING_TO else "cue-name-after"
        speaker = read_speaker(text, start, end, inverted=True, rule=rule)
        if speaker is None:
            speaker = _pronoun_in_cue(cue) or _indefinite(text, start, end, rule)
        return None if speaker is None else Attribution(speaker, cue.start(), cue.end(), rule)
    if cue.group().casefold() in ACCORDING_TO or not _NP_TEXT_RE.fullmatch(
        text, position, cue.start()
    ):
        return None
    speaker = read_speaker(
        text, position, cue.start(), inverted=False, rule="name-cue-after", whole=True
    )
    return (
        None if speaker is None else Attribution(speaker, cue.start(), cue.end(), "name-cue-after")
    )


def ends_open(text: str, marked: Marked) -> bool:
    """True when the quoted words end in a comma, question or exclamation mark or dash."""
    end = marked.end
    while end > marked.start and text[end - 1] in " \t'’\"”»":
        end -= 1
    return end > marked.start and text[end - 1] in ",?!—–-…"


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and not (text[start].isalnum() or text[start] in "(["):
        start += 1
    return start


def _phrase_end(text: str, start: int, end: int) -> int:
    match = _PHRASE_END_RE.search(text, start, end)
    if match is None:
        return end
    # Keep abbreviation periods ("Sen. Ted Cruz"): look for the next end after them.
    position = start
    while match is not None:
        if text[match.start()] == "." and _abbreviation_before(text, start, match.start()):
            position = match.end()
            match = _PHRASE_END_RE.search(text, position, end)
            continue
        return match.start()
    return end


_ABBREVIATION_BEFORE_RE = lazy_compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Capt|Sgt|Brig|Rev|Adm|Maj)|(?<![\p{L}])\p{Lu}|\p{Lu}\.\p{Lu})$"
)


# The titles of ``_ABBREVIATION_BEFORE_RE``'s first branch.
_ABBREVIATION_WORDS = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Jr", "Sr",
    "Prof", "Capt", "Sgt", "Brig", "Rev", "Adm", "Maj",
)  # fmt: skip


def _abbreviation_before(text: str, start: int, point: int) -> bool:
    floor = max(start, point - 6)
    last = text[point - 1] if point > floor else ""
    if (
        last.isascii()
        and not last.isupper()
        and last != "\n"  # ``$`` also matches before a last line break
        and not text.endswith(_ABBREVIATION_WORDS, floor, point)
    ):
        # The other branches end in a capital: after any other ASCII character (most
        # periods follow a lower-case letter) only a title can match.
        return False
    return _ABBREVIATION_BEFORE_RE.search(text, floor, point) is not None


# Words before a cue that make it passive or subordinate ("when asked", "was told"): the
# cue's subject is not the speaker of a quote that follows.
_NOT_SPEAKING = frozenset(
    {"when", "if", "being", "was", "were", "is", "are", "been", "be", "get", "got"}
)  # fmt: skip


def _passive_or_subordinate(text: str, lead_start: int, cue_start: int) -> bool:
    words = text[max(lead_start, cue_start - 12) : cue_start].split()
    return bool(words) and words[-1].casefold() in _NOT_SPEAKING


def _only_connectors(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds nothing but connectors ("But,", "And") or less."""
    words = text[start:end].replace(",", " ").split()
    return len(words) <= 2 and all(
        w.casefold() in CONNECTORS or w.casefold() in INTRO_WORDS for w in words
    )


def lead_cue(text: str, lead_start: int, opener: int) -> tuple[re.Match[str] | None, bool]:
    """The last cue of the lead-in before the opening mark, and whether it introduces it.

    ``introduces`` is true when the cue stands right before the quote ("said:", "told
    reporters,"), false when the quote is a fragment further on in the reported clause
    ("said the plan was"). Cheap: the speaker is read later, only when needed.
    """
    cue = None
    for found in CUE_RE.finditer(text, lead_start, opener):
        if not _passive_or_subordinate(text, lead_start, found.start()):
            cue = found  # the last cue that is no "when asked", "was told"
    if cue is None:
        return None, False
    # "said: ", "said, ", "said " (the commonest tails) are read without the pattern:
    # its first branch takes them whole.
    tail = text[cue.end() : opener]
    if tail.strip(" \t\xa0") in _BARE_TAILS:
        introduces = True
    else:
        # Every tail ``_TAIL_RE`` takes ends in a comma, colon or dash, or in "that" (spaces
        # aside): the pattern is not tried on others ("said the plan was").
        last = tail.rstrip()
        introduces = (
            not last or last[-1] in ",:—–-" or last.endswith("that")
        ) and _TAIL_RE.fullmatch(text, cue.end(), opener) is not None
    if introduces and cue.group()[0].isupper():
        # "Said Ellis:" introduces only when a name follows; "Asked which county ...,
        # he demurred:" does not.
        attribution = before_quote(text, lead_start, opener, cue)
        introduces = attribution is not None
    return cue, introduces


def before_quote(text: str, lead_start: int, opener: int, cue: re.Match[str]) -> Attribution | None:
    """The attribution a lead-in cue gives: its subject (or the name after it)."""
    word = cue.group()
    if word.casefold() in ACCORDING_TO:
        end = _phrase_end(text, cue.end(), opener)
        speaker = read_speaker(text, cue.end(), end, inverted=True, rule="according-to")
        return Attribution(speaker, cue.start(), cue.end(), "according-to")
    rule = "name-cue-before"
    speaker = None
    if not word.endswith("ing"):
        speaker = read_speaker(text, lead_start, cue.start(), inverted=False, rule=rule)
    else:
        # "footage of Trump saying", "with Donald Trump tweeting": the name right before a
        # participle (no comma between) is its subject.
        speaker = _participle_subject(text, lead_start, cue.start())
    if speaker is None:
        # "Silverman was joined on stage ... and joked," / "..., saying:": the subject of
        # the clause the cue belongs to.
        rule = "subject-cue-before"
        speaker = read_subject(text, lead_start, cue.start(), rule=rule)
    if speaker is None and _only_connectors(text, lead_start, cue.start()):
        # "Said Smith: ..." or "But, said Solovey, ..." opening the sentence: the name
        # after the cue.
        rule = "cue-name-before"
        end = _phrase_end(text, cue.end(), opener)
        speaker = read_speaker(text, cue.end(), end, inverted=True, rule=rule)
    if speaker is None and word[0].isupper():
        return None  # "Asked which county ..., he demurred:": no inverted cue
    return Attribution(speaker, cue.start(), cue.end(), rule)


# A name or pronoun right before a participle cue: "of Trump saying", "she sent ... saying".
_PARTICIPLE_SUBJECT_RE = lazy_compile(
    r"""
    (?<![\p{L}\p{N}'’.-])
    (?P<np>
        (?: \p{Lu}[\p{L}\p{M}'’.-]*+ [^\S\n]++ ){0,3} \p{Lu}[\p{L}\p{M}'’-]*+   # a name
      | (?i: he | she | they | we | i )                                   # a pronoun
    )
    [^\S\n]++
    """,
    regex.VERBOSE,
)


def _participle_subject(text: str, lead_start: int, cue_start: int) -> Speaker | None:
    match = None
    for match in _PARTICIPLE_SUBJECT_RE.finditer(text, max(lead_start, cue_start - 80), cue_start):  # noqa: B007
        pass
    if match is None or match.end() != cue_start:
        return None
    before = text[max(lead_start, match.start() - 6) : match.start()].split()
    if before and before[-1].casefold() in {"on", "to", "in", "at", "via", "for", "from", "into"}:
        return None  # "posted on Twitter reading": a place, not the speaker
    return read_speaker(
        text, match.start("np"), match.end("np"), inverted=False, rule="name-cue-before"
    )


def colon_lead(text: str, lead_start: int, opener: int) -> Attribution | None:
    """A lead-in ending in a colon with no cue ("And from Chairwoman Rosenworcel:")."""
    end = opener
    while end > lead_start and text[end - 1].isspace():
        end -= 1
    if end <= lead_start or text[end - 1] != ":":
        return None
    # "HEADLINE IN CAPITALS - Frank Newport and Jim Harter:": the names follow the dash.
    dash = max(text.rfind(" - ", lead_start, end), text.rfind(" — ", lead_start, end))
    if dash >= 0:
        lead_start = dash + 3
    subject = read_subject(text, lead_start, end - 1, rule="colon-line")
    if subject is not None:
        return Attribution(subject, None, None, "colon-line")
    start = lead_start
    # Drop "And from", "From", "Here is" style openers.
    words = text[start : end - 1].split()
    if not words or len(words) > 8:
        return None
    offset = start
    while words and words[0].casefold() in {
        "and",
        "from",
        "here",
        "is",
        "here's",
        "here’s",
        "via",
        "then",
        "but",
    }:
        offset = text.index(words[0], offset) + len(words[0])
        words.pop(0)
    speaker = read_speaker(text, offset, end - 1, inverted=True, rule="colon-line")
    if (
        speaker is None
        or speaker.kind.value == "description"
        or speaker.name.casefold() in INTRO_WORDS
    ):
        return None
    return Attribution(speaker, None, None, "colon-line")
