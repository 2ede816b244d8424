"""Quote context: what a quoted stretch is, and speakers carried over from nearby text.

Shape tests tell a quotation from a title or a term (``term_like``, ``short``,
``closes_cleanly``); ``naming`` reads 'Trump called the plan "a disaster"'; a quote with
no cue of its own takes the speaker of the quote or sentence right before it
(``inherit``: ``continues``, ``colon-paragraph``, ``next-paragraph``;
``previous_sentence``) or of a dash line after it (``dash_paragraph``). Each looks at a
bounded window around one quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse._attribution import (
    CUE_RE,
    DASH_RE,
    LEAD,
    Attribution,
    before_quote,
    colon_lead,
    lead_cue,
    sentence_start,
)
from newsparse._lexicon import ACCORDING_TO, NAMING_VERBS
from newsparse._patterns import lazy_compile
from newsparse._speakers import read_speaker
from newsparse._subjects import read_subject

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._quote_marks import Marked
    from newsparse._types import Paragraph

__all__ = [
    "closes_cleanly",
    "dash_paragraph",
    "inherit",
    "naming",
    "previous_sentence",
    "short",
    "term_before",
    "term_like",
    "title_like",
    "verb_before",
    "word_before",
    "work_before",
]


# Words of a quoted stretch, for the shape tests below.
_WORD_RE = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*+")

# Small words a title keeps in lower case ("Guardians of the Galaxy").
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from",
     "by", "vs", "is", "de", "la", "le", "el", "y", "et", "und", "der", "die", "das"}
)  # fmt: skip


def term_like(text: str, start: int, end: int) -> bool:
    """True for a quoted title ("Morning Joe") or a term of at most two words.

    Inside a sentence these are names, titles of works and scare quotes, not speech.
    """
    stop = min(end, start + 200)
    if "a" <= text[start] <= "z":
        # 'says he is "not worried about it"': three words or more, the first in lower
        # case, settle it. A piece between spaces opening with an ASCII letter or digit
        # holds a word of its own.
        pieces = text[start:stop].split(None, 3)
        if len(pieces) > 2 and all(p[0].isascii() and p[0].isalnum() for p in pieces[1:3]):
            return False
    words: list[str] = []
    for match in _WORD_RE.finditer(text, start, stop):
        words.append(match.group())
        if len(words) == 3 and not words[0][0].isupper():
            return False  # three words or more, the first in lower case: no title
        if len(words) > 8:
            return False  # read no further: too long for a title
    if len(words) <= 2:
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _TITLE_SMALL for w in words)


# The longest title read as one (ten words of fifteen characters).
_TITLE_REACH = 150


def title_like(text: str, start: int, end: int) -> bool:
    """True for a Title-Case phrase of at most ten words ("War and Peace", "the Hammer").

    Titles of works, nicknames and names are written so; a quotation of speech is not
    (it has lower-case words, or ends in punctuation: "Thank you very much.").
    """
    if end - start > _TITLE_REACH or (text[start].islower() and text[start] not in "ta"):
        return False  # too long for ten words, or opening with a lower-case word
    while end > start and text[end - 1] in ',."”’':
        end -= 1  # 'on "Meet the Press."': American style keeps the sentence's point inside
    if end <= start or text[end - 1] in "!?;:…—–":
        return False
    words = _WORD_RE.findall(text, start, min(end, start + 200))
    if words and words[0] in {"the", "a", "an"} and len(words) > 1:
        words = words[1:]  # "the Hammer", "a Tribe Called Quest"
    if not words or len(words) > 10 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _TITLE_SMALL for w in words)


# Nouns and phrases that present the quoted words as words, not speech: 'the word
# "literally"', 'known as "the Hammer"', 'the hashtag "#MeToo"', 'so-called "deep state"'.
_TERM_NOUNS = frozenset(
    {"word", "words", "term", "terms", "phrase", "phrases", "expression", "slogan",
     "slogans", "hashtag", "nickname", "moniker", "label", "motto", "catchphrase",
     "so-called", "nicknamed", "titled", "entitled", "named", "spelled", "spelt",
     "headlined", "tagline", "acronym", "mantra", "name", "dubbed", "billed"}
)  # fmt: skip


def term_before(text: str, lead_start: int, opener: int) -> bool:
    """True when the words before ``opener`` present a term ("the word", "known as")."""
    words = text[max(lead_start, opener - 40) : opener].casefold().split()
    if not words:
        return False
    if words[-1] in _TERM_NOUNS:
        return True
    if len(words) > 2 and words[-2:] == ["such", "as"]:
        return words[-3] in _TERM_NOUNS  # 'words such as "ambassador,"'
    return len(words) > 1 and words[-1] == "as" and words[-2] in {"known", "referred", "dubbed"}


# Nouns for works with titles: 'its podcast, "So, That Happened."', 'the film "Jaws"'.
_WORK_NOUNS = frozenset(
    {"book", "books", "novel", "memoir", "film", "films", "movie", "movies", "show",
     "shows", "series", "programme", "program", "podcast", "episode", "documentary",
     "album", "song", "single", "play", "musical", "opera", "column", "essay", "op-ed",
     "article", "headline", "poem", "painting", "exhibition", "exhibit", "report",
     "study", "paper", "segment", "sitcom", "drama", "comedy", "game", "video", "track"}
)  # fmt: skip


def work_before(text: str, lead_start: int, opener: int) -> bool:
    """True when the word before ``opener`` (past a comma) names a work ("podcast,")."""
    return word_before(text, lead_start, opener).strip(".,;:") in _WORK_NOUNS


def naming(text: str, lead_start: int, opener: int) -> Attribution | None:
    """'Trump called the plan "a disaster"': the subject of a naming verb said the words."""
    piece = text[max(lead_start, opener - 160) : opener]
    # The last eleven words are all that is read (ten, and "as"): the rest stays one part.
    words = piece.rsplit(None, 11)
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
        cue, _ = lead_cue(text, lead_start, before.end)
        attribution = before_quote(text, lead_start, before.end, cue) if cue is not None else None
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
_TAIL_DOT_RE = lazy_compile(r"[^\n.!?;\"“”«»„]{0,80}+[.:][^\S\n]*+")


def previous_sentence(  # noqa: PLR0917
    text: str,
    paragraphs: Sequence[Paragraph],
    marked: Marked,
    lead: str,
    lead_start: int,
    known_cue: int | None = None,
) -> Attribution | None:
    """A quote opening a sentence after "X agreed." or "X said that ..." takes X.

    The sentence before is the one before the quote in its paragraph, or the last one of
    the paragraph before when the quote opens its paragraph; only its part after its last
    quotation mark counts. It must end with a reporting cue: a short adverbial and a full
    stop ("Lau said in a statement."), or a reported clause ("Carter said that ...").

    When the cue starts at ``known_cue`` (the cue of the speaker a quote continues), the
    speaker is not read and the tests of the cue's place are not run: the attribution
    returned has no speaker, only that cue (the caller keeps the speaker it continues
    whatever this one would be, as it does when there is none).
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
    # After the sentence's last quotation mark: '... an "articulate conservative" ...,
    # the board writes.' (one ``rfind`` per mark: no scan of every match).
    for mark in _MARKS_IN:
        last_mark = text.rfind(mark, start, end)
        if last_mark >= 0:
            start = last_mark + 1  # the later marks are looked for after it
    if start >= end:
        return None
    # The sentence's first cue, in its main clause, must end the sentence or open its
    # reported clause ("Lieberman told the Journal, after de Blasio stated ..." does not).
    cue = CUE_RE.search(text, start, end)
    if cue is None:
        return None
    if cue.start() == known_cue:
        # The continued speaker's cue: whether it passes the tests below changes nothing
        # for the caller (no other cue, no speaker), so they are not run.
        return Attribution(None, known_cue, cue.end(), "previous-sentence")
    if (
        cue.group().casefold() in ACCORDING_TO
        or _subordinate(text, start, cue.start())
        or not (
            _TAIL_DOT_RE.fullmatch(text, cue.end(), end)
            or _REPORTED_TAIL_RE.match(text, cue.end(), end)
        )
    ):
        return None
    speaker = read_speaker(text, start, cue.start(), inverted=False, rule="previous-sentence")
    if speaker is None:
        speaker = read_subject(text, start, cue.start(), rule="previous-sentence")
    if speaker is None:
        return None
    return Attribution(speaker, cue.start(), cue.end(), "previous-sentence")


# Words that open a subordinate clause: its verb is not the sentence's main cue.
_SUBORDINATORS = frozenset(
    {"after", "when", "as", "before", "while", "because", "since", "if", "until", "once",
     "though", "although", "whether", "where", "who", "which", "that"}
)  # fmt: skip


def _subordinate(text: str, start: int, cue_start: int) -> bool:
    """True when one of the three words before the cue opens a subordinate clause."""
    words = text[max(start, cue_start - 40) : cue_start].casefold().split()[-3:]
    return any(word.strip(",") in _SUBORDINATORS for word in words)


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
    dash = DASH_RE.match(text, paragraph.start, paragraph.end)
    if dash is None:
        return None
    speaker = read_speaker(text, dash.start("np"), dash.end("np"), inverted=True, rule="dash-line")
    return None if speaker is None else Attribution(speaker, None, None, "dash-line")


# The double marks a quote before the sentence's cue can end with.
_MARKS_IN = '"“”„«»'
