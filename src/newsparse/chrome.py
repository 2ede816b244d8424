"""Site chrome: find the banners, counters, share bars, prompts and footers around a story.

Chrome is found in two passes over the line index, both linear in the text:

1. **Line rules** (:mod:`newsparse._chrome_rules`): each kind of chrome is a named,
   commented rule set. A line's first word picks the few rules that could match it, so a
   story line usually costs one dictionary look-up; chrome glued to the start or the end of
   a story line ("... the White House. Featured image via Flickr") is cut at the right
   character and the story part kept.
2. **Context rules** (:mod:`newsparse._chrome_context`): a banner's date line, the
   headlines under "Read more:", a caption over its credit, a poll's question and options,
   a gallery's captions, and whole-page scrapes, where menus sit above the story and the
   comment form and sidebars below it.

Never the story: the rules leave headline, byline, date and credit lines to
:mod:`newsparse.metadata` (a menu, tag, counter, comment or related rule never takes a line
that carries a date, a byline, a credit or a dateline: :mod:`newsparse._chrome_shapes`), a
line that quotes or reports someone is never a stock phrase, and when in doubt a line is
kept. A caller's :class:`ChromeProfile` (hand-written or from :func:`learn_chrome`) adds a
site's own lines.

Cost: one dictionary look-up for the first word (and one combined pattern for the rules
it calls), a few C-level ``str.find`` calls, and one split of the line into words (for
lines not quoting anyone) to look up the phrase keys; patterns run only on lines these
cheap tests select, and the costly tail and header-guard patterns only on lines holding
their words (or ending in a share word or a bracket). A line-dense text (menus, lists,
counters) has each distinct line judged once, bare numbers and short words by C-level
passes, and the context rules read per-line facts made by C-level passes and walk only
their own rules' lines, so a repeated or trivial line costs no Python-level step of its
own.
"""

from __future__ import annotations

import itertools
import operator
import re
import string
from typing import TYPE_CHECKING

from newsparse import _chrome_phrases as phrases
from newsparse import _chrome_rules as rules
from newsparse import _chrome_shapes as shapes
from newsparse._chrome_context import apply_context
from newsparse._fast import new_chrome_line
from newsparse._learn import Profile, compiled_profile, learn_chrome, profile_rule
from newsparse._patterns import lazy_build
from newsparse._spans import (
    FIRST,
    INVISIBLE,
    LAST,
    NEXT,
    START,
    Line,
    complement,
    merge,
    split_lines,
)
from newsparse._types import ChromeLine, ChromeProfile, ParseOptions, Span, Stripped
from newsparse.errors import OptionsError, check_text

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["learn_chrome", "strip_chrome"]


def __dir__() -> list[str]:
    return __all__


#: A line shorter than this holds no story with chrome glued to it.
_GLUED_MIN = 16

#: Glued chrome is looked for in this many characters at the end of a line.
_TAIL_WINDOW = 200

#: Characters that end a sentence: a line ending in one has no glued chrome at its end.
_SENTENCE_END = frozenset(".!?\"”’'")

#: Lower-case words one of which the end of a line holds when chrome is glued there.
_TAIL_TRIGGERS = (
    "photo",
    "image",
    "picture",
    "credit",
    "more",
    "©",
    "copyright",
    "(c)",
    "reading",
    "embed",
    "facebook",
    "twitter",
    "click",
    "tap here",
    "sign up",
    "subscribe",
    "advertisement",
    "continues",
    "share this",
    "related",
    "also",
    "reuters",
)


#: :data:`_TAIL_TRIGGERS` as one pattern, and the longest window it is searched in.
_TAIL_TRIGGERS_RE = lazy_build(lambda: re.compile("|".join(map(re.escape, _TAIL_TRIGGERS))))
_SHORT_WINDOW = 32


def _cased(*words: str) -> dict[str, tuple[str, ...]]:
    """Each word as a line writes it (lower case, capitalised, title case, capitals).

    Keyed by first character: a line's character picks the few worth a ``startswith``.
    """
    by_char: dict[str, set[str]] = {}
    for word in words:
        for variant in (word, word.capitalize(), word.title(), word.upper()):
            by_char.setdefault(variant[0], set()).add(variant)
    return {char: tuple(sorted(variants)) for char, variants in by_char.items()}


#: The first word of a line's last sentence when glued chrome may end the line in a
#: sentence's punctuation ("... she said. Click here to subscribe.", "Read more: ..."); the
#: tail pattern runs on such lines only (one C-level ``str.startswith``).
_TAIL_STARTERS = _cased(
    "click",
    "tap",
    "sign",
    "subscribe",
    "read",
    "also",
    "see",
    "related",
    "share",
    "advertisement",
    "story",
    "article",
    "©",
    "copyright",
    "follow",
)

#: How a line starts when an ad label or a "continued below" marker is glued to its start.
_HEAD_STARTS = _cased("advertisement", "the story", "the article", "story", "article", "continue")

#: A glued fragment ending in a sentence's punctuation is at most this long.
_GLUED_SENTENCE = 160

#: Texts whose lines are on average shorter than this many characters (line-dense texts:
#: menus, lists, hostile inputs) have their line verdicts worked out once per distinct
#: line (:func:`_memo_verdicts`). On a story's long lines the bookkeeping (hashing every
#: line) costs more than it saves.
_MEMO_DENSITY = 40

#: How many characters before a line's visible start a line rule's pattern may look at:
#: glued chrome's "after a sentence" look-behind (a closing mark and up to three spaces).
_CONTEXT = 4

#: What stands for "no character" before the text's start in a memo key: NUL is neither a
#: space, a word character nor punctuation to any look-behind, just like the text's start.
_PAD = "\x00" * _CONTEXT

_FIRST = operator.itemgetter(FIRST)

_MAX_WHOLE_LINE = rules.MAX_WHOLE_LINE
_MAX_PHRASE_LINE = phrases.MAX_PHRASE_LINE
_MATCHERS = shapes.MATCHERS_BY_START

#: ASCII characters that are no letter: a first word's letters end where they start.
_ASCII_NON_LETTERS = string.punctuation + string.digits


def find_chrome(
    text: str, lines: Sequence[Line], profile: ChromeProfile | None = None
) -> tuple[ChromeLine, ...]:
    """Chrome stretches of ``text``, sorted and non-overlapping.

    Each item is a whole line's visible part or a fragment glued to a story line. Linear in
    the text: every line is looked at a bounded number of times, and every pattern runs in
    a window of one line.
    """
    user = None
    if profile is not None:
        if not isinstance(profile, ChromeProfile):
            msg = f"options.chrome must be a newsparse.ChromeProfile, not {type(profile).__name__}"
            raise OptionsError(msg)
        user = compiled_profile(profile)
    whole: list[str | None] = [None] * len(lines)
    glued: list[tuple[int, int, int, str]] = []  # (line index, start, end, rule)
    pieces: list[str] | None = None  # each line's text, when the memo made them
    if (
        user is None
        and len(text) < _MEMO_DENSITY * len(lines)
        and len(split := text.splitlines()) == len(lines)  # one piece per record, always
    ):
        pieces = split
        _memo_verdicts(text, lines, pieces, whole, glued)
    else:
        for index, (_start, _end, _next, first, last) in enumerate(lines):
            if first == last:
                continue
            verdict = _verdict(text, first, last, user)
            if isinstance(verdict, str):
                whole[index] = verdict
            elif verdict is not None:
                glued += [(index, start, end, rule) for start, end, rule in verdict]
    apply_context(text, lines, whole, pieces)
    # In line order: a line's whole-line rule, or else its glued fragments in order.
    chrome_lines = itertools.compress(range(len(whole)), whole)  # C-level: no step per line
    marks = [
        (index, 0, lines[index][FIRST], lines[index][LAST], rule)
        for index, rule in zip(chrome_lines, filter(None, whole), strict=True)
    ]
    marks += [
        (index, 1, start, end, rule) for index, start, end, rule in glued if whole[index] is None
    ]
    marks.sort()
    kinds = rules.RULE_KIND
    return tuple(
        [
            new_chrome_line(start, end, text[start:end], kinds[rule], rule)
            for *_, start, end, rule in marks
        ]
    )


def _verdict(
    text: str, first: int, last: int, user: Profile | None
) -> str | tuple[tuple[int, int, str], ...] | None:
    """What the line rules make of the visible line ``text[first:last]``.

    A rule name when the whole line is chrome; else the fragments of chrome glued to the
    story line, as ``(start, end, rule)`` triples (none: ``None``).
    """
    rule = _whole_line_rule(text, first, last)
    if rule is None and user is not None:
        rule = profile_rule(text, first, last, user)
    if rule is not None:
        return rule
    if _may_glue(text, first, last):
        fragments: list[tuple[int, int, str]] = []
        _glued(text, first, last, fragments)
        if fragments:
            return tuple(fragments)
    return None


def _may_glue(text: str, first: int, last: int) -> bool:
    """Glued chrome's cheap tests, which most story lines fail.

    No closing punctuation, a head word, or a stock word opening the last sentence (the
    same tests :func:`_glued` makes before it looks further).
    """
    length = last - first
    return length >= _GLUED_MIN and (
        text[last - 1] not in _SENTENCE_END
        or ((heads := _HEAD_STARTS.get(text[first])) is not None and text.startswith(heads, first))
        or (
            (
                brk := text.rfind(
                    ". ", last - _GLUED_SENTENCE if length > _GLUED_SENTENCE else first, last - 1
                )
            )
            >= 0
            and text[brk + 2] in _TAIL_STARTERS
        )
    )


def _memo_verdicts(
    text: str,
    lines: Sequence[Line],
    pieces: list[str],
    whole: list[str | None],
    glued: list[tuple[int, int, int, str]],
) -> None:
    """The line rules' verdicts, worked out once per distinct line (line-dense texts).

    A line's verdict depends on its own characters (its line end and the text's start
    look alike to every pattern: neither is a letter, and no pattern sees past the line's
    end), with two exceptions judged line by line: chrome glued to a short line, whose
    "after a sentence" look-behind may reach :data:`_CONTEXT` characters into the lines
    above (such lines share a verdict when those characters match too), and a line opening
    with "agree", which the poll notice's "you agree to" looks behind without a bound. The
    distinct lines are found and their verdicts handed out by C-level ``dict``, ``zip`` and
    ``map`` calls: a repeated line costs no Python-level step, and the distinct lines of
    the quick classes (bare numbers, short words: :func:`newsparse._chrome_shapes.quick_verdicts`)
    none either. ``pieces`` holds the lines' own text (``text.splitlines()``), one per
    record of ``lines``.
    """
    glued_of: dict[str, tuple[tuple[int, int, str], ...]] = {}
    alone: set[str] = set()  # lines whose glued chrome depends on the lines above
    padded = _PAD + text  # ``padded[start : end + _CONTEXT]``: a line and what stands before it
    # glued chrome of such lines, by the line and the _CONTEXT characters before it
    in_context: dict[str, tuple[tuple[int, int, str], ...] | None] = {}
    last_of = dict(zip(pieces, range(len(lines)), strict=True))  # each line's last index
    # bare numbers and short words settled by C-level passes; the others one by one
    rules_of = shapes.quick_verdicts(last_of)
    for piece in itertools.filterfalse(rules_of.__contains__, last_of):
        index = last_of[piece]
        start, end, _next, first, last = lines[index]
        if first == last:
            rules_of[piece] = None
        elif text[first] in "aA" and text[first : first + 5].lower() == "agree":
            alone.add(piece)
        elif (rule := _whole_line_rule(text, first, last)) is not None:
            rules_of[piece] = rule
        else:
            rules_of[piece] = None
            if _may_glue(text, first, last):
                fragments: list[tuple[int, int, str]] = []
                if _glued(text, first, last, fragments):
                    alone.add(piece)
                    in_context[padded[start : end + _CONTEXT]] = _relative(fragments, first)
                elif fragments:
                    glued_of[piece] = tuple((s - first, e - first, r) for s, e, r in fragments)
    whole[:] = map(rules_of.get, pieces)
    if not glued_of and not alone:
        return
    # The lines with glued chrome: a line that occurs once is at its one index; the others
    # are found in one pass over the lines.
    first_of = dict(zip(reversed(pieces), range(len(lines) - 1, -1, -1), strict=True))
    special = [*glued_of, *alone]
    repeated = {piece for piece in special if first_of[piece] != last_of[piece]}
    indices = [last_of[piece] for piece in special if piece not in repeated]
    if repeated:
        indices += [index for index, piece in enumerate(pieces) if piece in repeated]
    for index in indices:
        piece = pieces[index]
        start, end, _next, first, last = lines[index]
        if piece in glued_of:
            glued += [(index, first + s, first + e, r) for s, e, r in glued_of[piece]]
        elif text[first : first + 5].lower() == "agree":
            verdict = _verdict(text, first, last, None)
            if isinstance(verdict, str):
                whole[index] = verdict
            elif verdict is not None:
                glued += [(index, s, e, r) for s, e, r in verdict]
        else:
            # the whole-line rule (none) is the line's own; its glued chrome, the context's
            key = padded[start : end + _CONTEXT]
            if key not in in_context:
                fragments = []
                _glued(text, first, last, fragments)
                in_context[key] = _relative(fragments, first)
            relative = in_context[key]
            if relative is not None:
                glued += [(index, first + s, first + e, r) for s, e, r in relative]


def _relative(
    fragments: list[tuple[int, int, str]], first: int
) -> tuple[tuple[int, int, str], ...] | None:
    """Glued fragments with their offsets counted from ``first`` (none: ``None``)."""
    return tuple((s - first, e - first, r) for s, e, r in fragments) if fragments else None


def _whole_line_rule(text: str, first: int, last: int) -> str | None:
    """The rule that makes the whole visible line ``text[first:last]`` chrome, or ``None``.

    Cheap tests first: the first word picks the line rules; the words of a short line are
    split and matched against the phrase keys only when the line is not someone speaking.
    A header line (a date, a byline, a credit) that a loose rule takes is kept: the
    metadata's to read (:data:`~newsparse._chrome_shapes.GUARDED_RULES`).
    """
    length = last - first
    if length > _MAX_WHOLE_LINE:
        return None
    # The line is sliced once: ``in`` on the slice is a few C-level scans, the commonest
    # first, cheaper than ``find`` with bounds, a regex or a call.
    line = text[first:last]
    char = line[0]
    if char.isalpha():
        # The first word, lower-cased: the letters before the first space (most lines).
        space = line.find(" ", 0, 26)
        word = line[:space] if space > 0 else line[:26]
        if word.isalpha():
            word = word.lower()
        elif (stem := word.rstrip(_ASCII_NON_LETTERS)).isalpha() and stem.isascii():
            word = stem[:24].lower()  # "Views:", "Photo:": FIRST_WORD_RE's match, by C-level calls
        else:
            word_match = shapes.FIRST_WORD_RE.match(text, first, last)
            word = word_match.group().lower() if word_match else char.lower()
        matcher = _MATCHERS.get(word)
        if matcher is None:
            if not line[1 : len(word)].islower():
                # A button glued to its label by a lost space ("PlaySen. Reid To Trump ...",
                # "PlayMayor Visits ..."): dispatch on the button's word.
                glued = shapes.CAMEL_RE.match(text, first, min(last, first + 30))
                if glued is not None:
                    word = glued.group(1).lower()
                    matcher = _MATCHERS.get(word)
        elif length > 160 and word in shapes.COMMON_START_WORDS:
            matcher = None
    else:
        matcher = _MATCHERS.get(shapes.start_class(char))
    # the rules the word calls for, in one call: the first whose pattern matches the line
    if matcher is not None and (found := matcher.pattern.fullmatch(text, first, last)):
        return _guarded(text, first, last, matcher.names[found.lastindex - 1])  # type: ignore[operator]
    if length < 4 or length > _MAX_PHRASE_LINE:
        return None  # too short for any phrase, menu row, duration or credit; or too long
    # A line that quotes or reports someone is the story talking ('"Sign up for our
    # newsletter," she urged'): only a caption ending in its credit (after a colon) may be
    # one; other lines are split into words for the phrase keys.
    voice = (
        '"' in line or "“" in line or "”" in line or " said" in line or "«" in line or "„" in line
    )
    if not voice or ":" in line[-110:]:
        lowered = line.lower()
        tokens = lowered.split()
        # most lines hold no key word: the C-level disjointness test builds no set for them
        if not phrases.PHRASE_GATE.isdisjoint(tokens) and len(lowered) == length:
            words = phrases.PHRASE_GATE.intersection(tokens)
            phrase = _phrase_rule(text, first, last, lowered, words, voice=voice)
            if phrase is not None:
                return _guarded(text, first, last, phrase)
    if ("|" in line or "»" in line or "›" in line or " >" in line) and shapes.MENU_ROW_RE.fullmatch(
        text, first, last
    ):
        return _guarded(text, first, last, "menu_row")
    if length <= 300 and "/" in line:
        if " / " in line and shapes.SLASH_MENU_RE.fullmatch(text, first, last):
            return "menu_row"
        if length <= 80 and shapes.NAME_AGENCY_RE.fullmatch(text, first, last):
            return "name_credit"
    end = line[-1]
    if (
        end.isdigit()
        and line[-3] == ":"  # the pattern ends in "d:dd"
        and length <= 160
        and phrases.DURATION_RE.search(text, first, last)
        and (length <= 100 or not phrases.SENTENCE_BREAK_RE.search(text, first, last))
    ):
        return "video"
    if "@" in line and "http" in line and phrases.LINK_CTA_RE.fullmatch(text, first, last):
        return "link_cta"
    if "   " in line[1:12] and phrases.CREDIT_GAP_RE.fullmatch(text, first, last):
        return "credit_gap"
    if (
        end == ")"
        and length <= 220
        and (credit := phrases.AGENCY_CAPTION_RE.search(text, first, last)) is not None
        # a photographer's name after the agency ("REUTERS/Jane Roe") makes it a credit
        # even after a sentence; a bare "(Reuters)" only ends a one-sentence caption
        and ("/" in credit.group() or not phrases.SENTENCE_BREAK_RE.search(text, first, last))
        # a sentence reporting speech is the story's, with the credit glued to it
        and not phrases.REPORTING_RE.search(text, first, credit.start())
    ):
        return "caption_credit"
    return None


def _guarded(text: str, first: int, last: int, rule: str) -> str | None:
    """``rule``, unless it is a loose rule and the line carries header data (then ``None``)."""
    if rule in shapes.GUARDED_RULES and shapes.holds_metadata(text, first, last):
        return None  # a header line (date, byline, credit): the metadata's to read
    return rule


def _phrase_rule(
    text: str, first: int, last: int, lowered: str, words: frozenset[str], *, voice: bool
) -> str | None:
    """The phrase rule whose trigger and pattern make the line ``text[first:last]`` chrome.

    ``voice``: the line quotes or reports someone; only a caption's credit is tried then.
    """
    numbers = phrases.PHRASE_NUMBERS_BY_WORD
    # the called phrases, in the order of PHRASES (the first that matches names the line)
    for number in sorted({n for word in words for n in numbers[word]}):
        phrase = phrases.PHRASES[number]
        if last - first > phrase.max_line:
            continue
        if voice and phrase.name != "caption_credit":
            continue
        for trigger in phrase.triggers:
            offset = lowered.rfind(trigger) if phrase.last else lowered.find(trigger)
            if offset < 0 or offset > phrase.max_before:
                continue
            start = first if phrase.from_start else first + offset
            if not phrase.pattern.fullmatch(text, start, last):
                continue
            if (
                start > first
                and phrases.SENTENCE_END_RE.search(text, first, start)
                and phrases.REPORTING_RE.search(text, first, start)
            ):
                # A story sentence reporting speech before the phrase ("..., the mayor said.
                # (Photo: AP)"): no caption; the glued pass cuts the phrase alone.
                continue
            if phrase.name == "shop_widget" and phrases.SENTENCE_END_RE.search(text, first, start):
                continue  # a story sentence before the widget: keep the line
            return phrase.name
    return None


def _glued(text: str, first: int, last: int, out: list[tuple[int, int, str]]) -> bool:
    """Append chrome glued to the start or the end of a story line to ``out``.

    True when the answer may depend on the characters before ``first`` (the tail pattern's
    look-behinds ran from the line's visible start).
    """
    if last - first < _GLUED_MIN:
        return False
    story_start = first
    heads = _HEAD_STARTS.get(text[first])
    if heads is not None and text.startswith(heads, first):
        head = phrases.HEAD_RE.match(text, first, last)
        if head is not None and head.end() < last:
            out.append((first, head.end("cut"), "glued_continues"))
            story_start = head.end()
    # Glued chrome mostly ends in a name or a label, not in a sentence's punctuation; a line
    # ending in one pays for the pattern only when its last sentence opens with a stock
    # word ("Click", "Read", "Sign"), and others only when they hold a tail rule's word.
    window = max(story_start, last - _TAIL_WINDOW)
    if text[last - 1] in _SENTENCE_END:
        # one C-level search for the last ". " in the fragment's reach, one word looked up
        brk = text.rfind(". ", max(window, last - _GLUED_SENTENCE), last - 1)
        if brk < 0:
            return False
        starters = _TAIL_STARTERS.get(text[brk + 2])
        if starters is None or not text.startswith(starters, brk + 2):
            return False
    lowered = text[window:last].lower()
    if not _holds_trigger(lowered):
        return False
    # The tail rules one by one, in TAIL_RE's order (the first that matches is the one it
    # would match); a rule none of whose words the window holds is skipped. The words are
    # looked for case-folded, as the patterns match them: every character the patterns
    # take for an ASCII letter folds to it ("ſ" to "s", "K" to "k"), except "İ", which
    # folds to "i" and a combining dot (dropped).
    folded = lowered if lowered.isascii() else text[window:last].casefold().replace("\u0307", "")
    for rule, pattern, words, ends in phrases.TAIL_PARTS:
        if not any(map(folded.__contains__, words)) and not (
            ends and folded.rstrip(INVISIBLE).endswith(ends)
        ):
            continue
        tail = pattern.search(text, window, last)
        if tail is not None:
            if tail.start("cut") > story_start:
                out.append((tail.start("cut"), last, rule))
            break
    return window == first


def _holds_trigger(lowered: str) -> bool:
    """Whether ``lowered`` holds one of :data:`_TAIL_TRIGGERS`.

    One search of their alternation on a short window (one C-level call); on a longer
    one, where the pattern tries every position, one ``in`` test a word (a C-level loop).
    """
    if len(lowered) <= _SHORT_WINDOW:
        return _TAIL_TRIGGERS_RE.search(lowered) is not None
    return any(map(lowered.__contains__, _TAIL_TRIGGERS))


def strip_chrome(text: str, *, options: ParseOptions | None = None) -> Stripped:
    """Remove site chrome from ``text``; report each removed stretch with its offsets.

    A whole chrome line goes with its line end, so no empty line is left where it was; a
    fragment glued to a story line goes alone and the story part stays. Metadata lines
    (headline, byline, dates) are not chrome and stay. Stripping twice changes nothing more
    than stripping once.

    :param text: any ``str``.
    :param options: :class:`ParseOptions`; its ``chrome`` profile adds a site's own lines.
    :returns: a :class:`Stripped` with the kept text, the kept spans and the chrome.
    :raises InputTypeError: when ``text`` is not a ``str``.
    :raises OptionsError: when ``options`` is not a :class:`ParseOptions`, or a profile
        pattern is not a valid regular expression.

    >>> stripped = strip_chrome("Views: 12\\nThe story.\\nFeatured image via Flickr\\n")
    >>> stripped.text, [c.kind.value for c in stripped.chrome]
    ('The story.\\n', ['counter', 'caption'])

    .. versionadded:: 0.1.0
    """
    check_text(text)
    if options is None:
        options = ParseOptions()
    elif not isinstance(options, ParseOptions):
        msg = f"options must be a newsparse.ParseOptions, not {type(options).__name__}"
        raise OptionsError(msg)
    if options.chrome is not None and not isinstance(options.chrome, ChromeProfile):
        msg = (
            f"options.chrome must be a newsparse.ChromeProfile, not {type(options.chrome).__name__}"
        )
        raise OptionsError(msg)
    lines = split_lines(text)
    chrome = find_chrome(text, lines, options.chrome) if options.strip_chrome else ()
    removed: list[Span] = []
    # The line each item starts (a blank line's ``first`` is no visible line's, nor inside
    # one: keyed by ``first``, every line can go in, by C-level calls)
    line_at = dict(zip(map(_FIRST, lines), lines, strict=True))
    for item in chrome:
        line = line_at.get(item.start)
        if line is not None and item.end == line[LAST]:
            removed.append(Span(line[START], line[NEXT]))
        else:
            removed.append(Span(item.start, item.end))
    kept = tuple(complement(merge(removed), len(text)))
    return Stripped(text="".join(s.slice(text) for s in kept), kept=kept, chrome=chrome)
