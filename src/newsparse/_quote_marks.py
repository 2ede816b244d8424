"""Quotation marks: pair them into quoted stretches, paragraph by paragraph.

Marks are paired by family (double: ``" “ ” „ « » 「 」 『 』``; single: ``' ‘ ’ ‚ ‹ ›``)
with one small stack per family. Whether a mark can open or close is read from its
neighbours (an opening mark is followed by a visible character and not preceded by a
letter; a closing mark is preceded by a visible character). A closing mark pairs with a
compatible opening mark among the top few of its stack, so a stray mark affects only its
own stretch. An opening mark still open at the end of a paragraph becomes a quote that
runs to the paragraph's end, unless a later pair in that paragraph shows it was a stray;
when the next paragraph opens with a mark of the same family, the quote continues there
(newswire multi-paragraph quotes).

Two apostrophes standing for a double mark (``''Yes,'' he said``, an old wire and
newspaper-archive convention) are not paired.

Time: each mark is looked at once and each stack search is bounded (``_REACH``), so the
work is linear in the number of marks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from newsparse._types import Paragraph

__all__ = ["Marked", "find_marked", "uses_single_quotes"]

# Every quotation mark newsparse pairs; the double marks alone, for texts that do not
# use single quotes for speech (apostrophes are then never looked at).
_MARKS = "\"“”„«»「」『』'‘’‚‹›"
_DOUBLE_MARKS = '"“”„«»「」『』'

_DOUBLE = frozenset('"“”„«»「」『』')

# For each mark, the opening marks it can close: "“" closes „ (German) and itself (texts
# that use one mark both ways); "«" closes » (German »...«).
_CLOSES: Mapping[str, str] = MappingProxyType(
    {
        '"': '"“„',
        "”": '“„”"',
        "“": "„“",
        "»": "«",
        "«": "»",
        "」": "「",
        "』": "『",
        "’": "‘‚",
        "‘": "‚",
        "'": "'‘",
        "›": "‹",
        "‹": "›",
    }
)

# Marks whose direction is fixed whatever their neighbours, and marks that pair by
# stack alone (guillemets take inner spaces in French: « Bonjour »).
_OPEN_ONLY = frozenset("„「『‚")
_CLOSE_ONLY = frozenset("」』")
_BY_STACK = frozenset("«»‹›")

# How deep a closing mark looks into its stack; the stack itself is capped too.
_REACH = 3
_DEPTH = 12

# Characters after which a mark looks like an opener: spaces, opening brackets, dashes.
_OPENER_AFTER = frozenset(" \t\n\r\xa0([{—–―/\u2028\u2029\u3000")


class Marked(NamedTuple):
    """A quoted stretch found by pairing marks.

    ``open`` is the opening mark's offset; ``start:end`` the quoted words; ``close`` the
    offset just past the closing mark (``end`` when the quote runs to a paragraph's end
    without one); ``first`` and ``last`` the indices of the paragraphs it spans.
    """

    open: int
    start: int
    end: int
    close: int
    closed: bool
    first: int
    last: int


def uses_single_quotes(text: str) -> bool:
    """True when ``text`` marks speech with single quotes (more single openers than doubles).

    Counts with ``str.count`` (single characters only where it can: the two-character
    counts are several times slower), or a walk over a few straight apostrophes.

    >>> uses_single_quotes("‘We won,’ she said. It’s ‘over’.")
    True
    >>> uses_single_quotes('"We won," she said, "it\\'s over."')
    False
    """
    curly = _count(text, "‘") + _count(text, "‚") + _count(text, "‹")
    walked = _straight_openers(text)
    if walked is None:
        # Many apostrophes: the counts (two-character counts are several times slower
        # than one-character ones, so only now).
        straight = text.count('"')
        if curly + text.count("'") < (straight + 1) // 2 + text.count("“"):
            return False  # an upper bound on single openers settles most texts
        openers = text.count(" '") + text.count("\n'")
        apostrophe_pairs = text.count("''")
    else:
        openers, apostrophe_pairs = walked
    singles = curly + openers + text.startswith("'") - 2 * apostrophe_pairs
    if singles <= 0:
        return False  # no single opener: nothing to weigh (the commonest case)
    doubles = (_count(text, '"') + 1) // 2 + _count(text, "“")  # straight: two per quote
    doubles += _count(text, "„") + _count(text, "«") + _count(text, "「") + apostrophe_pairs
    if singles == doubles and singles > 0:
        # As many of each: single quotes are speech when one opens a paragraph before any
        # double mark ("'He told me "never again",' said Mrs Clarke"); a headline's single
        # quotes stand inside its line ("Laura Bush sees 'Hope'").
        first_double = min(
            (i for i in (text.find('"'), text.find("“")) if i >= 0), default=len(text)
        )
        return any(
            0 <= i < first_double
            for i in (0 if text[0] in "'‘" else -1, text.find("\n'"), text.find("\n‘"))
        )
    return singles > doubles


def _count(text: str, mark: str) -> int:
    """``text.count(mark)``, settled by a ``find`` when the mark is absent (the usual case).

    ``str.find`` stops at the first hit and scans several times faster than
    ``str.count``, which always reads the whole text.
    """
    return 0 if text.find(mark) < 0 else text.count(mark)


# Up to this many straight apostrophes are looked at one by one (the text split at
# them); more are counted. The counts read the whole text five times (two of them slower
# two-character counts), so reading even a hundred marks is cheaper on an article of a
# few kilobytes (measured on polnear dev: 10 -> 7 us per article against a limit of 24;
# splitting instead of a ``find`` per mark: 7.9 -> 6.8 us).
_WALK = 100


def _straight_openers(text: str) -> tuple[int, int] | None:
    """``(text.count(" '") + text.count("\\n'"), text.count("''"))`` from the pieces between marks.

    ``None`` when the text has more than ``_WALK`` straight apostrophes (then the counts
    are cheaper). One ``split`` (C speed, at most ``_WALK`` cuts) and a look at the end
    of each piece, where each count scans the text.

    >>> _straight_openers("'a' b 'c'' d''"), _straight_openers("x")
    ((1, 2), (0, 0))
    """
    pieces = text.split("'", _WALK + 1)
    if len(pieces) > _WALK + 1:
        return None
    openers = pairs = 0
    pairing = False  # the mark before this one is the first of a run of marks, unpaired
    for at in range(len(pieces) - 1):  # piece ``at`` is the text before mark ``at``
        piece = pieces[at]
        if piece:
            if piece[-1] in " \n":
                openers += 1
            pairing = True  # a new run of marks starts here
        elif at == 0 or not pairing:
            pairing = True  # the text's first character, or a mark after a pair
        else:
            pairs += 1  # "''": the second mark of a pair
            pairing = False
    return openers, pairs


def _mark_offsets(text: str, start: int, end: int, *, singles: bool) -> list[int]:
    """Offsets of the quotation marks in ``text[start:end]``, in order.

    ``str.find`` per mark character (C speed; a regex character class scan is several
    times slower on long texts), each character skipped at once when absent.
    """
    offsets: list[int] = []
    for mark in _MARKS if singles else _DOUBLE_MARKS:
        found = text.find(mark, start, end)
        while found >= 0:
            offsets.append(found)
            found = text.find(mark, found + 1, end)
    offsets.sort()
    return offsets


def _pairs(
    text: str, marks: Sequence[int], start: int, end: int
) -> tuple[list[tuple[int, int]], list[int]]:
    """Pair the marks at offsets ``marks`` inside ``start:end``.

    Returns the pairs ``(open, close)`` and the offsets of the openers left unclosed.

    Linear: one pass over the marks; stack search bounded by ``_REACH``, stack size by
    ``_DEPTH``.
    """
    pairs: list[tuple[int, int]] = []
    double_stack: list[tuple[str, int]] = []
    single_stack: list[tuple[str, int]] = []
    # The last single closing mark: a plural possessive before it is no closer.
    last_single = -1
    for i in reversed(marks):
        if text[i] in "’'":
            last_single = i
            break
    closes = _CLOSES
    opener_after = _OPENER_AFTER
    for i in marks:
        mark = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before == mark == after:
            continue  # inside a run of one mark: decoration, not quoting
        if mark in _DOUBLE:
            stack = double_stack
        else:
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe: don't, O’Neill
            if mark in "'’" and after.isdigit():
                continue  # ’90s
            if mark == "'" and (before == "'" or after == "'"):
                continue  # '' for a double mark (old wire style) is not paired
            if (
                before in "sS"
                and after == " "
                and i < last_single
                and text[i + 2 : i + 3].islower()
            ):
                continue  # "the players’ fault": a plural possessive, a later mark closes
            stack = single_stack
        if mark in _OPEN_ONLY:
            stack.append((mark, i))
            if len(stack) > _DEPTH:
                del stack[0]
            continue
        # Where the closing mark's partner sits in the stack (-1: none within reach).
        found = -1
        if stack:
            openers = closes[mark]
            depth = len(stack) - 1
            floor = depth - _REACH if depth >= _REACH else -1
            while depth > floor:
                if stack[depth][0] in openers:
                    found = depth
                    break
                depth -= 1
        opening_side = before in opener_after
        looks_opening = opening_side and not after.isspace()
        if mark in _CLOSE_ONLY or mark in _BY_STACK or mark in "”’":
            close = found >= 0
        elif mark == "“":
            close = found >= 0 and (stack[found][0] == "„" or not opening_side)
        else:  # straight marks
            close = found >= 0 and not looks_opening
        if close:
            pairs.append((stack[found][1], i))
            del stack[found:]
            continue
        if mark in "”’'":
            opens = looks_opening and mark != "’"
        else:
            opens = mark in _BY_STACK or (
                (not after.isspace() or mark == "“") and not before.isalnum()
            )
        if opens and mark not in _CLOSE_ONLY:
            stack.append((mark, i))
            if len(stack) > _DEPTH:
                del stack[0]
    unclosed = sorted(i for _, i in double_stack + single_stack)
    return pairs, unclosed


def _straight_pair(text: str, first: int, second: int, start: int, end: int) -> bool:
    """True when ``_pairs`` pairs the only two straight marks at ``first`` and ``second``.

    The first opens (a visible character after it, no letter or digit before it); the
    second closes (it does not look like an opener: after a space with a word following).
    """
    before = text[first - 1] if first > start else " "
    after = text[first + 1] if first + 1 < end else " "
    if after.isspace() or before.isalnum():
        return False
    before = text[second - 1]
    after = text[second + 1] if second + 1 < end else " "
    return not (before in _OPENER_AFTER and not after.isspace())


def _simple_pairs(text: str, marks: Sequence[int], start: int, end: int) -> bool:
    """True when ``_pairs`` pairs the marks two by two, in order, and leaves none open.

    So it does for curly pairs (“ then ”, the opener after no letter or digit) or
    straight pairs (each as :func:`_straight_pair` reads it), no two marks side by side
    (a run of one mark is decoration): each closer meets its opener alone on the stack.
    """
    if len(marks) % 2:
        return False
    opening = text[marks[0]]
    if opening not in _SIMPLE_CLOSER:
        return False
    closing = _SIMPLE_CLOSER[opening]
    curly = opening == "“"
    previous = -2  # the last closer: a mark right after it is side by side
    for at in range(0, len(marks), 2):
        opener, closer = marks[at], marks[at + 1]
        if (
            text[opener] != opening
            or text[closer] != closing
            or opener == previous + 1
            or closer == opener + 1
        ):
            return False
        if curly:
            if opener > start and text[opener - 1].isalnum():
                return False
        elif not _straight_pair(text, opener, closer, start, end):
            return False
        previous = closer
    return True


#: The pairs :func:`_simple_pairs` reads: curly and straight double marks.
_SIMPLE_CLOSER = {"“": "”", '"': '"'}


def _paragraph_quotes(
    text: str, paragraph: Paragraph, index: int, marks: Sequence[int], *, curly: bool
) -> list[Marked]:
    """Top-level quoted stretches of one paragraph, in order (nested quotes dropped)."""
    if (
        len(marks) == 2
        and text[marks[0]] == "“"
        and text[marks[1]] == "”"
        and (marks[0] == paragraph.start or not text[marks[0] - 1].isalnum())
    ):
        # The commonest paragraph of all, one curly pair: what ``_pairs`` would give.
        return _one_pair(text, marks[0], marks[1], index)
    if (
        len(marks) == 2
        and text[marks[0]] == text[marks[1]] == '"'
        and (_straight_pair(text, marks[0], marks[1], paragraph.start, paragraph.end))
    ):
        # The commonest paragraph in straight-quoted text: one pair, as ``_pairs`` pairs it.
        return _one_pair(text, marks[0], marks[1], index)
    if len(marks) > 2 and _simple_pairs(text, marks, paragraph.start, paragraph.end):
        # Several pairs one after another, each as ``_pairs`` pairs it (no nesting).
        simple: list[Marked] = []
        for at in range(0, len(marks), 2):
            simple.extend(_one_pair(text, marks[at], marks[at + 1], index))
        return simple
    if (
        len(marks) > 2
        and len(marks) % 2
        and text[marks[-1]] in _DOUBLE
        and _simple_pairs(text, marks[:-1], paragraph.start, paragraph.end)
    ):
        # Simple pairs, then one double mark more (a quote running on into the next
        # paragraph: '"A," he said. "B ...'): ``_pairs`` leaves both stacks empty after
        # the pairs, so the last mark meets what it meets alone (a double mark reads no
        # single-mark state).
        pairs = [(marks[at], marks[at + 1]) for at in range(0, len(marks) - 1, 2)]
        unclosed = _pairs(text, marks[-1:], paragraph.start, paragraph.end)[1]
    else:
        pairs, unclosed = _pairs(text, marks, paragraph.start, paragraph.end)
    # A value in markup (tweet-id="...") is no quote.
    spans: list[tuple[int, int, bool]] = [
        (o, c, True) for o, c in pairs if o == 0 or text[o - 1] != "="
    ]
    if unclosed:
        # An unclosed opener is a quote running to the paragraph's end only when no
        # pair opens after it (else it was a stray); keep the first such opener.
        last_pair_open = max((o for o, _ in pairs), default=-1)
        for opener in unclosed:
            if curly and text[opener] == '"':
                continue  # a straight mark left open in a text that quotes with curly ones
            if opener > last_pair_open:
                spans.append((opener, paragraph.end, False))
                break
    spans.sort()  # by opener: each opener stands in one span only, so no ties
    out: list[Marked] = []
    new = tuple.__new__
    reach = -1
    for opener, closer, closed in spans:
        if opener < reach:
            continue  # nested in the previous top-level quote
        reach = closer
        body_start = opener + 1
        while body_start < closer and text[body_start].isspace():
            body_start += 1
        body_end = closer if closed else paragraph.end
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        # open, start, end, close, closed, first, last (built directly: several times
        # faster than the keyword constructor)
        close = closer + 1 if closed else body_end
        out.append(new(Marked, (opener, body_start, body_end, close, closed, index, index)))
    return out


def _one_pair(text: str, opener: int, closer: int, index: int) -> list[Marked]:
    """The stretch of a paragraph's only pair, as the general walk below reads it."""
    if opener and text[opener - 1] == "=":
        return []  # a value in markup (tweet-id="...")
    body_start = opener + 1
    while body_start < closer and text[body_start].isspace():
        body_start += 1
    body_end = closer
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    return [tuple.__new__(Marked, (opener, body_start, body_end, closer + 1, True, index, index))]


def find_marked(text: str, paragraphs: Sequence[Paragraph], *, singles: bool) -> list[Marked]:
    """Every top-level quoted stretch in ``paragraphs``, multi-paragraph quotes joined.

    A quote left open at the end of a paragraph continues into the next paragraph when
    that paragraph starts with the same opening mark; the joined quote spans from the
    first paragraph's words to the last one's closing mark. In a text that quotes with
    curly marks, a straight mark left open is a stray (scrapers add them).

    >>> from newsparse.paragraphs import split_paragraphs
    >>> text = '"One,\\n\\n"two," he said. A "term" here.'
    >>> [text[m.start : m.end] for m in find_marked(text, split_paragraphs(text), singles=False)]
    ['One,\\n\\n"two,', 'term']
    """
    out: list[Marked] = []
    if not paragraphs:
        return out
    pending: Marked | None = None
    curly = _count(text, "“") > _count(text, '"')
    positions = _mark_offsets(text, paragraphs[0].start, paragraphs[-1].end, singles=singles)
    starts = [paragraph.start for paragraph in paragraphs]
    pointer = 0
    count = len(positions)
    while pointer < count:
        # From mark to mark: each paragraph holding marks is found by bisection, the
        # others are never visited (most paragraphs hold no mark).
        index = bisect_right(starts, positions[pointer]) - 1
        paragraph = paragraphs[index]
        if index < 0 or positions[pointer] >= paragraph.end:
            pointer += 1  # a mark between paragraphs
            continue
        first = pointer
        pointer = bisect_left(positions, paragraph.end, pointer)
        if pending is not None and pending.last != index - 1:
            out.append(pending)  # a paragraph without marks came between
            pending = None
        opener = positions[first]
        if pointer - first == 2 and (
            (
                text[opener] == "“"
                and text[positions[first + 1]] == "”"
                and (opener == paragraph.start or not text[opener - 1].isalnum())
            )
            or (
                text[opener] == text[positions[first + 1]] == '"'
                and _straight_pair(
                    text, opener, positions[first + 1], paragraph.start, paragraph.end
                )
            )
        ):
            # The commonest paragraphs of all, one curly or straight pair (as
            # ``_paragraph_quotes`` reads them).
            found = _one_pair(text, opener, positions[first + 1], index)
        else:
            found = _paragraph_quotes(text, paragraph, index, positions[first:pointer], curly=curly)
        if pending is not None:
            if (
                found
                and found[0].open == paragraph.start
                and text[found[0].open] == text[pending.open]
            ):
                head = found[0]
                found[0] = head._replace(
                    open=pending.open, start=pending.start, first=pending.first
                )
            else:
                out.append(pending)
            pending = None
        if found and not found[-1].closed:
            pending = found.pop()
        out.extend(found)
    if pending is not None:
        out.append(pending)
    return out
