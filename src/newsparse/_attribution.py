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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import regex

from newsparse._lexicon import (
    CLAUSE_WORDS,
    DETERMINERS,
    INTRO_WORDS,
    NAMING_VERBS,
    ORGANIZATION_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    SPEECH_VERBS_BEFORE,
    TITLES,
)
from newsparse._speakers import read_speaker, read_subject
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._quote_marks import Marked
    from newsparse._types import Paragraph

__all__ = [
    "BEFORE_WORDS",
    "CUE_RE",
    "LEAD",
    "TRAIL",
    "WORDISH_RE",
    "Attribution",
    "after_quote",
    "before_quote",
    "closes_cleanly",
    "colon_lead",
    "dash_paragraph",
    "ends_open",
    "inherit",
    "naming",
    "previous_sentence",
    "sentence_start",
    "short",
    "term_like",
    "verb_before",
    "word_before",
]

# How far around a quote the attribution is looked for (characters).
LEAD = 320
TRAIL = 240


def _trie(words: frozenset[str]) -> str:
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


# Cues that open a sentence in the inverted order ("Said Ellis: ...", "According to ...").
_SENTENCE_CUES = frozenset({"according to", "According to", "Said", "Says", "Added", "Asked"})

# A speech verb as a whole word (lower case as written in running text), or
# "according to". Forward search only: reverse searches with large alternations are
# slow in ``regex``, so the last cue of a lead-in is found by iterating forwards.
#
# Compiled with the standard library's ``re``, not ``regex``: the pattern uses nothing
# ``regex`` adds, and ``re`` runs this large alternation three to four times faster
# (measured on polnear dev windows); cue search is the hottest loop of attribution.
CUE_RE = re.compile(r"(?<![\w'’-])(?:" + _trie(SPEECH_VERBS | _SENTENCE_CUES) + r")(?![\w'’-])")

# Words that introduce a quotation when they stand right before the opening mark.
BEFORE_WORDS = SPEECH_VERBS_BEFORE | SPEECH_VERBS

# What may stand between a cue and the opening mark of the quotation it introduces: an
# object or adverbial ("told reporters", "said in a statement on Monday") ending in a
# comma, colon or dash; or nothing.
_TAIL_RE = regex.compile(
    r"""
    [^\S\n]*+ (?: [,:—–-] | -- )? [^\S\n]*+                  # said: "  /  said, "  /  found "
    | [^\S\n,]++ [^\n.!?;"“”«»„]{1,160}? [,:—–-] [^\S\n]*+    # told reporters, "
    | [^\S\n]++ that [^\S\n]*+                                  # said that "
    """,
    regex.VERBOSE,
)

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
_NP_TEXT_RE = regex.compile(
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
_AFTER_VERB_RE = regex.compile(
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

# A dash line after a quote: "— Commissioner Geoffrey Starks" up to the paragraph's end.
_DASH_RE = regex.compile(
    r"[^\S\n,]*+(?:[—–―]|--?)[^\S\n]*+(?P<np>\p{Lu}[^\n\"“”«»„!?]{0,100}?)\.?[^\S\n]*+$"
)

# Where the inverted speaker phrase ends: the sentence's end.
_PHRASE_END_RE = re.compile(r"[.!?;:](?=\s|$)|\n")

WORDISH_RE = re.compile(r"[^\W_]")


def sentence_start(text: str, floor: int, point: int) -> int:
    """Where the sentence holding ``point`` starts, looking back no further than ``floor``."""
    ends = [
        m
        for m in _SENTENCE_END_RE.finditer(text, floor, point)
        if not _abbreviated(text, m.start())
    ]
    return ends[-1].end() if ends else floor


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


# The commonest attribution of all, read without the general machinery: '," he said',
# '," Nuri said', '," Jane Roe added' (a pronoun or one to three capitalised words that
# are no title or organisation word, then one of the everyday cues).
_FAST_AFTER_RE = regex.compile(
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


def _fast_after(text: str, marked: Marked, window: int) -> Attribution | None:
    match = _FAST_AFTER_RE.match(text, marked.close, window)
    if match is None:
        return None
    np_start, np_end = match.span("np")
    words = text[np_start:np_end].casefold().split()
    if any(w in TITLES or w in ORGANIZATION_WORDS or w in DETERMINERS for w in words):
        return None  # "Mr. Barrett", "Reuters", "The ...": the general reading
    pronoun = words[0] in PRONOUNS
    speaker = Speaker(
        name=text[np_start:np_end],
        mention=text[np_start:np_end],
        start=np_start,
        end=np_end,
        kind=SpeakerKind.UNKNOWN if pronoun else SpeakerKind.PERSON,
        rule="name-cue-after",
    )
    return Attribution(speaker, match.start("cue"), match.end("cue"), "name-cue-after")


def after_quote(text: str, marked: Marked, limit: int) -> Attribution | None:
    """Attribution written right after the closing mark (bounded by ``TRAIL``)."""
    window = min(limit, marked.close + TRAIL)
    fast = _fast_after(text, marked, window) if marked.closed else None
    if fast is not None:
        return fast
    lead = _AFTER_LEAD_RE.match(text, marked.close, window)
    position = lead.end() if lead else marked.close
    if position >= window:
        return None  # the quote ends its paragraph
    # A cue after the quote stands in the same sentence: search up to its end only.
    reach = _phrase_end(text, position, min(window, position + 170))
    cue = CUE_RE.search(text, position, reach)
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
    dashed = lead is not None and any(c in "—–―-" for c in lead.group())
    dash = _DASH_RE.match(text, marked.close, limit) if marked.closed and dashed else None
    if dash:
        speaker = read_speaker(
            text, dash.start("np"), dash.end("np"), inverted=True, rule="dash-line"
        )
        if speaker is not None:
            return Attribution(speaker, None, None, "dash-line")
    return None


# The subject pronoun inside an inverted cue: "a-t-il déclaré", "sagte er".
_CUE_PRONOUN_RE = regex.compile(r"(?:-t-|-|\s)(?P<pronoun>il|elle|ils|elles|er|sie)\b")


def _pronoun_in_cue(cue: re.Match[str]) -> Speaker | None:
    match = _CUE_PRONOUN_RE.search(cue.string, cue.start(), cue.end())
    if match is None:
        return None
    start, end = match.span("pronoun")
    word = cue.string[start:end]
    return Speaker(
        name=word,
        mention=word,
        start=start,
        end=end,
        kind=SpeakerKind.UNKNOWN,
        rule="cue-name-after",
    )


def _after_cue(text: str, cue: re.Match[str], position: int, window: int) -> Attribution | None:
    """Read the speaker around a cue found after a quote: "said Nuri" or "Nuri said"."""
    if cue.start() == position:
        # Inverted: "said Nuri", "said the minister", "according to police".
        start = cue.end()
        end = _phrase_end(text, start, min(window, start + 200))
        rule = "according-to" if cue.group().casefold() == "according to" else "cue-name-after"
        speaker = read_speaker(text, start, end, inverted=True, rule=rule)
        if speaker is None:
            speaker = _pronoun_in_cue(cue)
        return None if speaker is None else Attribution(speaker, cue.start(), cue.end(), rule)
    if cue.group().casefold() == "according to" or not _NP_TEXT_RE.fullmatch(
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


_ABBREVIATION_BEFORE_RE = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Capt|Sgt|Brig|Rev|Adm|Maj)|(?<![\p{L}])\p{Lu}|\p{Lu}\.\p{Lu})$"
)


def _abbreviation_before(text: str, start: int, point: int) -> bool:
    return _ABBREVIATION_BEFORE_RE.search(text, max(start, point - 6), point) is not None


# Words before a cue that make it passive or subordinate ("when asked", "was told"): the
# cue's subject is not the speaker of a quote that follows.
_NOT_SPEAKING = frozenset(
    {"when", "if", "being", "was", "were", "is", "are", "been", "be", "get", "got"}
)  # fmt: skip


def _passive_or_subordinate(text: str, lead_start: int, cue_start: int) -> bool:
    words = text[max(lead_start, cue_start - 12) : cue_start].split()
    return bool(words) and words[-1].casefold() in _NOT_SPEAKING


def before_quote(text: str, lead_start: int, opener: int) -> tuple[Attribution | None, bool]:
    """Attribution in the lead-in before the opening mark, and whether it introduces it.

    Returns ``(attribution, introduces)``: ``introduces`` is true when the cue stands
    right before the quote ("said:", "told reporters,"), false when the quote is a
    fragment further on in the reported clause ("said the plan was").
    """
    cue = None
    for found in CUE_RE.finditer(text, lead_start, opener):
        if not _passive_or_subordinate(text, lead_start, found.start()):
            cue = found  # the last cue that is no "when asked", "was told"
    if cue is None:
        return None, False
    tail = _TAIL_RE.fullmatch(text, cue.end(), opener)
    introduces = tail is not None
    word = cue.group()
    if word.casefold() == "according to":
        end = _phrase_end(text, cue.end(), opener)
        speaker = read_speaker(text, cue.end(), end, inverted=True, rule="according-to")
        return Attribution(speaker, cue.start(), cue.end(), "according-to"), introduces
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
    if speaker is None and _first_visible(text, lead_start, opener) == cue.start():
        # "Said Smith: ..." opening the sentence: the name after the cue.
        rule = "cue-name-before"
        end = _phrase_end(text, cue.end(), opener)
        speaker = read_speaker(text, cue.end(), end, inverted=True, rule=rule)
    if speaker is None and cue.group()[0].isupper():
        return None, False  # "Asked which county ..., he demurred:": no inverted cue
    return Attribution(speaker, cue.start(), cue.end(), rule), introduces


# A name or pronoun right before a participle cue: "of Trump saying", "she sent ... saying".
_PARTICIPLE_SUBJECT_RE = regex.compile(
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


# Words of a quoted stretch, for the shape tests below.
_WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*+")

# Small words a title keeps in lower case ("Guardians of the Galaxy").
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from",
     "by", "vs", "is", "de", "la", "le", "el", "y", "et", "und", "der", "die", "das"}
)  # fmt: skip


def term_like(text: str, start: int, end: int) -> bool:
    """True for a quoted title ("Morning Joe") or a term of at most two words.

    Inside a sentence these are names, titles of works and scare quotes, not speech.
    """
    words = _WORD_RE.findall(text, start, min(end, start + 200))
    if len(words) <= 2:
        return True
    if len(words) > 8 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _TITLE_SMALL for w in words)


def naming(text: str, lead_start: int, opener: int) -> Attribution | None:
    """'Trump called the plan "a disaster"': the subject of a naming verb said the words."""
    piece = text[max(lead_start, opener - 160) : opener]
    words = piece.split()
    if not words:
        return None
    if words[-1].casefold() == "as" and len(words) > 1:
        words.pop()  # "described as"
    for back in range(1, min(len(words), 10) + 1):
        word = words[-back]
        if back > 1 and word[-1:] in ",.;:!?":
            break
        if word.casefold() in NAMING_VERBS:
            cue_start = text.rfind(word, lead_start, opener)
            cue_end = cue_start + len(word)
            speaker = read_speaker(
                text, lead_start, cue_start, inverted=False, rule="naming"
            ) or read_subject(text, lead_start, cue_end, rule="naming")
            if speaker is None:
                return None
            return Attribution(speaker, cue_start, cue_end, "naming")
    return None


def short(text: str, marked: Marked) -> bool:
    """Four words or fewer, or a title: too little to be a quotation without a speaker."""
    return len(_WORD_RE.findall(text, marked.start, min(marked.end, marked.start + 80))) <= 4 or (
        term_like(text, marked.start, marked.end)
    )


def word_before(text: str, lead_start: int, opener: int) -> str:
    """The word right before an opening mark, case-folded, skipping ", " and ": "."""
    piece = text[max(lead_start, opener - 40) : opener].rstrip(" ,:\xa0\t")
    parts = piece.rsplit(None, 1)
    return parts[-1].casefold() if parts else ""


def verb_before(text: str, lead_start: int, opener: int) -> Attribution | None:
    """'A 2014 report found "..."': the subject of the verb right before the opening mark."""
    piece = text[max(lead_start, opener - 40) : opener].rstrip(" ,:\xa0\t")
    parts = piece.rsplit(None, 1)
    if not parts:
        return None
    cue_end = max(lead_start, opener - 40) + len(piece)
    cue_start = cue_end - len(parts[-1])
    speaker = read_speaker(
        text, lead_start, cue_start, inverted=False, rule="name-cue-before"
    ) or read_subject(text, lead_start, cue_start, rule="subject-cue-before")
    if speaker is None:
        return None
    return Attribution(speaker, cue_start, cue_end, speaker.rule)


def closes_cleanly(text: str, marked: Marked, limit: int) -> bool:
    """True when the quote ends its sentence or clause (no running text right after)."""
    position = marked.close
    while position < limit and text[position] in " \t":
        position += 1
    if position >= limit:
        return True
    char = text[position]
    if CUE_RE.match(text, position, limit):
        return True  # '"...," said one adviser': the attribution follows
    return not ((char.isalnum() and char.islower()) or char.isdigit())


def inherit(
    text: str,
    paragraphs: Sequence[Paragraph],
    marked: Marked,
    previous_in_paragraph: tuple[int, Attribution] | None,
    last_attributed: tuple[int, int, Attribution] | None,
) -> Attribution | None:
    """A cue-less whole quote continues the speaker before it, where the text runs on."""
    if previous_in_paragraph is not None:
        source = previous_in_paragraph[1]
        return Attribution(source.speaker, source.cue_start, source.cue_end, "continues")
    paragraph = paragraphs[marked.first]
    if marked.open != paragraph.start or marked.first == 0:
        return None
    before = paragraphs[marked.first - 1]
    # The paragraph before ends with a colon: "Caddell continued:" / "From Rosenworcel:".
    if text[before.end - 1] == ":":
        lead_start = sentence_start(text, max(before.start, before.end - LEAD), before.end)
        attribution, _ = before_quote(text, lead_start, before.end)
        if attribution is not None and attribution.speaker is not None:
            attribution.rule = "colon-paragraph"
            return attribution
        return colon_lead(text, lead_start, before.end)
    rest = text[marked.close : paragraphs[marked.last].end].lstrip(" \t\xa0.,;")
    if rest and rest[0].isalpha():
        return None  # '"...", a réagi le syndicat': an attribution of its own, unread
    if last_attributed is not None and last_attributed[0] == marked.first - 1:
        _, close, source = last_attributed
        # The previous paragraph ended with that quote's sentence.
        if sentence_start(text, close, max(close, before.end - 1)) == close:
            return Attribution(source.speaker, source.cue_start, source.cue_end, "next-paragraph")
    return None


# What may follow the cue of a sentence that introduces the next one's quote: "Bystrom
# agreed." / "Lau said in a statement." (a short adverbial, then the sentence's end).
_TAIL_DOT_RE = regex.compile(r"[^\n.!?;\"“”«»„]{0,80}+[.:][^\S\n]*+")


def previous_sentence(
    text: str, paragraphs: Sequence[Paragraph], marked: Marked, lead: str, lead_start: int
) -> Attribution | None:
    """A quote opening a sentence after "X agreed." or "X said that ..." takes X.

    The sentence before is the one before the quote in its paragraph, or the last one of
    the paragraph before when the quote opens its paragraph. It must hold no quote of
    its own and end with a reporting cue: a short adverbial and a full stop ("Lau said in
    a statement."), or a reported clause ("Carter said that ... would not happen.").
    """
    if lead:
        return None
    paragraph = paragraphs[marked.first]
    if lead_start > paragraph.start:
        end = lead_start
        floor = paragraph.start
    elif marked.first > 0 and marked.open == paragraph.start:
        before = paragraphs[marked.first - 1]
        end, floor = before.end, before.start
    else:
        return None
    start = sentence_start(text, max(floor, end - LEAD), end - 1)
    if _MARK_IN_RE.search(text, start, end):
        return None  # the sentence before holds a quote of its own
    cue = None
    for cue in CUE_RE.finditer(text, start, end):  # noqa: B007 (the last one)
        pass
    if cue is None or cue.group().casefold() == "according to":
        return None
    if not (
        _TAIL_DOT_RE.fullmatch(text, cue.end(), end)
        or _REPORTED_TAIL_RE.match(text, cue.end(), end)
    ):
        return None
    speaker = read_speaker(text, start, cue.start(), inverted=False, rule="previous-sentence")
    if speaker is None:
        speaker = read_subject(text, start, cue.start(), rule="previous-sentence")
    if speaker is None:
        return None
    return Attribution(speaker, cue.start(), cue.end(), "previous-sentence")


# A reported clause after a cue: "said that", "argued in his email that".
_REPORTED_TAIL_RE = re.compile(r"[^\n.!?;\"“”«»„]{0,60}?\bthat\b")


def dash_paragraph(
    text: str, paragraphs: Sequence[Paragraph], marked: Marked
) -> Attribution | None:
    """Attribute a quote paragraph followed by a dash line ("- Hillary Clinton.")."""
    following = marked.last + 1
    if following >= len(paragraphs) or text[marked.close : paragraphs[marked.last].end].strip():
        return None
    paragraph = paragraphs[following]
    dash = _DASH_RE.match(text, paragraph.start, paragraph.end)
    if dash is None:
        return None
    speaker = read_speaker(text, dash.start("np"), dash.end("np"), inverted=True, rule="dash-line")
    return None if speaker is None else Attribution(speaker, None, None, "dash-line")


_MARK_IN_RE = regex.compile(r"[\"“”„«»]")
