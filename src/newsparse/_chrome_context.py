"""Context rules of site chrome: lines that are chrome because of the lines around them.

:func:`apply_context` takes the per-line verdicts of the line rules (a rule name or
``None`` for each line) and adds lines that only their neighbours reveal:

- ``banner_date``: the date line right under a page banner's clock ("Last Update 20:39" /
  "Monday, 20 January 2020"): the day the page was fetched, not the article's date.
- ``related_list``: the headlines listed under a "Read more:" or "Related" header, and a
  headline standing right above a lone "Read more".
- ``caption_before_credit``: a photo caption directly above its credit line.
- ``repeated_teaser``: a video or gallery title repeated around its "Play VIDEO" line, and
  a caption cut short right above its full version.
- ``form_block`` and ``gallery_block``: the short lines between a poll's or sign-up form's
  own markers (question, options, fine print), and a photo gallery's captions between its
  controls.
- ``wrapped_prompt``: the start of a prompt sentence hard-wrapped over short lines above
  the line the rules matched ("To get more of the latest / stories from ..., / sign up for
  our newsletter.").
- Whole-page scrapes (``page_header``, ``page_caption``, ``page_tail``, ``page_title``):
  when the text opens with menus (a cluster of short link-like lines) above the long-prose
  story block, every line above the story's header is chrome, and so is everything from the
  first keyword, short-link or comment-form line after the story (comment form, comments,
  sidebars, footer).

Every rule looks at a bounded window of lines around a line, so the whole pass is linear;
each walks only the lines of the rules it starts from (found by C-level passes), so a
line-dense text's lines cost no Python-level step of their own.
"""

from __future__ import annotations

import collections
import itertools
import operator
from bisect import bisect_left
from typing import TYPE_CHECKING

from newsparse import _chrome_phrases as phrases
from newsparse import _chrome_rules as rules
from newsparse._spans import FIRST, INVISIBLE, LAST
from newsparse._types import ChromeKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from newsparse._spans import Line

__all__ = ["apply_context"]

#: A line this short without sentence punctuation reads as a link or menu item.
_LINK_LIKE = 40

#: A whole page: a menu of at least this many link-like lines in a row ...
_MENU_RUN = 5
#: ... among at least this many link-like or chrome lines above the story.
_MENU_LINES = 10

#: A story paragraph: at least this long and ending in sentence punctuation (or very long).
_PROSE = 80

#: Rules whose lines open a list of related headlines below them ("Read more" opens a
#: list only when it ends in a colon: alone, it is a link of its own).
_LIST_HEADERS = frozenset({"related_header", "read_more"})

#: Rules that end a story on a whole page: what follows is comment form, comments, sidebar.
_PAGE_TAIL_KINDS = frozenset(
    {ChromeKind.TAGS, ChromeKind.SHORT_LINK, ChromeKind.COMMENTS, ChromeKind.COPYRIGHT}
)

#: Kinds of the chrome line a video or gallery title is repeated around ("Play VIDEO").
_TEASER_KINDS = frozenset({ChromeKind.CAPTION, ChromeKind.SHARE, ChromeKind.RELATED})

#: Rules that mark a poll or sign-up form (its opener, its fields or its fine print). A
#: "Subscribe to ..." line is no form marker: story lines may stand between two of them.
_FORM_RULES = frozenset({"poll", "form_field"})

#: The longest line a form block (question, options) holds ...
_FORM_LINE = 160
#: ... and the longest a gallery block (captions) holds.
_GALLERY_LINE = 300

#: Rules that mark a photo gallery's controls.
_GALLERY_RULES = frozenset({"gallery"})
_GALLERY_WORDS = frozenset({"fullscreen", "full screen", "next slide", "previous slide"})

#: The rules that call for :func:`_blocks`, :func:`_gallery_titles`, :func:`_wrapped_prompts`
#: and the repeated titles of :func:`_repeated_teasers`: without one, each does nothing.
_BLOCK_RULES = _FORM_RULES | _GALLERY_RULES | {"nav_item"}
_GALLERY_TITLE_RULES = frozenset({"gallery", "video", "nav_item"})
_PROMPT_RULES = frozenset(
    name for name, kind in rules.RULE_KIND.items() if kind is ChromeKind.PROMPT
)
_TEASER_RULES = frozenset(name for name, kind in rules.RULE_KIND.items() if kind in _TEASER_KINDS)
_TWEET_STAMP = frozenset({"tweet_stamp"})
_BRACKETED_CREDIT = frozenset({"bracketed_credit"})
_GALLERY_TITLE_MARKERS = frozenset({"gallery", "gallery_block", "video", "nav_item"})


def apply_context(
    text: str,
    lines: Sequence[Line],
    whole: list[str | None],
    pieces: Sequence[str] | None = None,
) -> None:
    """Add context chrome to ``whole`` (one rule name or ``None`` per line), in place.

    ``pieces``: each line's text without its line end (``text.splitlines()``), when the
    caller has it.
    """
    # Per-line facts in C-level passes: no Python-level step per line.
    lengths = list(map(operator.sub, map(_LAST, lines), map(_FIRST, lines)))
    longest = max(lengths, default=0)
    if longest < _PROSE and 0 not in lengths and not any(whole):
        # No line rule fired, no line long enough for a story, no blank line: no page to
        # find (it needs a story) and no pull quote (it starts a block).
        return
    visible = list(itertools.compress(range(len(lines)), lengths))
    if not visible:
        return
    view = _View(
        text, lines, whole, visible=visible, lengths=lengths, longest=longest, pieces=pieces
    )
    first = visible[0]
    if whole[first] == "menu_row" and text.count("|", lines[first][FIRST], lines[first][LAST]) < 3:
        # "Bridge to close | Local | Example News" opening the text: the page's title, which
        # holds the headline (the metadata's to read), unless a whole page's menus take it.
        whole[first] = None
    if not any(whole):
        # No line rule fired (most clean articles): only a whole page's menus or a pull
        # quote can still be found; every other context rule starts from a chrome line.
        _page(view)
        if not any(whole):
            _pull_quotes(view)
            return
    # A rule whose own lines are missing does nothing: the rules present are looked up
    # once (a C-level set of the verdicts) and the others skipped. The context rules add
    # only their own names, and remove only the names of the rules above ``_page``.
    present = set(whole)
    if "number" in present:
        _numbered_lists(view)
    if "tweet_stamp" in present:
        _tweet_stamps(view)
    if "name_credit" in present:
        _header_credits(view)
    if not present.isdisjoint(rules.CLOCK_RULES):
        _banner_dates(view)
    _page(view)
    present = set(whole)
    if not present.isdisjoint(_LIST_HEADERS):
        _related_lists(view)
    if "bracketed_credit" in present:
        _captions_before_credits(view)
    _repeated_teasers(view, titles=not _TEASER_RULES.isdisjoint(whole))
    if not present.isdisjoint(_BLOCK_RULES):
        _blocks(view)
    if not present.isdisjoint(_GALLERY_TITLE_RULES):  # ("gallery_block" comes with them)
        _gallery_titles(view)
    _pull_quotes(view)
    if not present.isdisjoint(_PROMPT_RULES):  # ("form_block" comes with them)
        _wrapped_prompts(view)


_FIRST = operator.itemgetter(FIRST)
_LAST = operator.itemgetter(LAST)


class _View:
    """The lines with something visible, and quick facts about each.

    ``lengths`` holds every line's visible length, made by C-level passes (``longest``: the
    longest); ``visible`` the indices of the lines with something visible; ``pieces`` each
    line's text without its line end, when the caller had it (else ``None``).
    """

    __slots__ = ("lengths", "lines", "longest", "pieces", "text", "visible", "whole")

    def __init__(
        self,
        text: str,
        lines: Sequence[Line],
        whole: list[str | None],
        *,
        visible: list[int],
        lengths: list[int],
        longest: int,
        pieces: Sequence[str] | None = None,
    ) -> None:
        self.text = text
        self.pieces = pieces
        self.lines = lines
        self.whole = whole
        self.visible = visible
        self.lengths = lengths
        self.longest = longest

    def length(self, index: int) -> int:
        return self.lengths[index]

    def texts(self, indices: Iterable[int]) -> Iterator[str]:
        """The visible text of each line of ``indices``, sliced by C-level calls."""
        lines = list(map(self.lines.__getitem__, indices))
        return map(self.text.__getitem__, map(slice, map(_FIRST, lines), map(_LAST, lines)))

    def line_text(self, index: int) -> str:
        line = self.lines[index]
        return self.text[line[FIRST] : line[LAST]]

    def ends_sentence(self, index: int) -> bool:
        line = self.lines[index]
        return (
            phrases.ENDS_SENTENCE_RE.search(self.text, max(line[FIRST], line[LAST] - 5), line[LAST])
            is not None
        )

    def story(self) -> int | None:
        """The index of the first story paragraph (:meth:`prose`), or ``None``.

        Only lines at least ``_PROSE`` long can be one: a C-level pass picks them out.
        """
        if self.longest < _PROSE:
            return None
        long_lines = itertools.compress(range(len(self.lengths)), map(_PROSE.__le__, self.lengths))
        return next(filter(self.prose, long_lines), None)

    def link_like(self, index: int) -> bool:
        """Short, with no sentence punctuation at its end: a menu item or a link."""
        return self.length(index) <= _LINK_LIKE and not self.ends_sentence(index)

    def headline_like(self, index: int) -> bool:
        """A link's title: short, three words or more, no sentence end, no URL."""
        line = self.lines[index]
        if line[LAST] - line[FIRST] > 180 or self.ends_sentence(index):
            return False
        if phrases.HEADLINE_LIKE_RE.fullmatch(self.text, line[FIRST], line[LAST]) is None:
            return False
        words = self.text.count(" ", line[FIRST], line[LAST])
        return words >= 2 and self.text.find("://", line[FIRST], line[LAST]) < 0

    def prose(self, index: int) -> bool:
        length = self.lengths[index]
        return self.whole[index] is None and (
            length >= 2 * _PROSE or (length >= _PROSE and self.ends_sentence(index))
        )

    def adjacent(self, upper: int, lower: int) -> bool:
        """True when no blank line separates line ``upper`` from line ``lower``."""
        return lower == upper + 1

    def mark(self, index: int, rule: str) -> None:
        if self.whole[index] is None:
            self.whole[index] = rule


def _indices(whole: list[str | None], rule: str, start: int, end: int) -> Iterator[int]:
    """The indices of ``rule`` in ``whole[start:end]``, found by C-level list searches."""
    while True:
        try:
            start = whole.index(rule, start, end)
        except ValueError:
            return
        yield start
        start += 1


def _numbered_lists(view: _View) -> None:
    """Bare numbers that count up or down one by one number a list of the story: keep them.

    (On a whole page, numbered comments go with the page's tail all the same.) The numbers
    are read and compared by C-level passes: a long list costs no Python-level step a line.
    """
    whole = view.whole
    indices = list(_where(whole, "number"))
    if view.pieces is None:
        numbers = list(map(_strip_signs, view.texts(indices)))
    else:
        # A number line is its number between signs and invisible characters: stripping
        # them all from the whole line leaves what stripping the signs from its visible
        # part leaves; a line of digits alone (most) is its number as it is.
        numbers = list(map(view.pieces.__getitem__, indices))
        if not all(map(str.isdigit, numbers)):
            numbers = list(map(_strip_signs_and_invisible, numbers))
    if not all(map(str.isdigit, numbers)):
        digits = list(map(str.isdigit, numbers))
        indices = list(itertools.compress(indices, digits))
        numbers = list(itertools.compress(numbers, digits))
    values = list(map(int, numbers))
    # each number one apart from the next (``apart[k]``, for numbers k and k + 1) or from
    # the one before is kept
    apart = list(map((1).__eq__, map(abs, map(operator.sub, values[1:], values))))
    counted = map(operator.or_, [*apart, False], [False, *apart])
    _clear(whole, itertools.compress(indices, counted))


_strip_signs = operator.methodcaller("strip", "+-")
_strip_signs_and_invisible = operator.methodcaller("strip", "+-" + INVISIBLE)


def _where(whole: list[str | None], rule: str) -> Iterator[int]:
    """The indices of ``rule`` in ``whole``, found by C-level passes."""
    return itertools.compress(range(len(whole)), map(operator.eq, whole, itertools.repeat(rule)))


def _clear(whole: list[str | None], indices: Iterable[int]) -> None:
    """Set ``whole[index]`` to ``None`` for every index, in one C-level pass."""
    collections.deque(map(whole.__setitem__, indices, itertools.repeat(None)), maxlen=0)


def _header_credits(view: _View) -> None:
    """A "Name / Agency" line above the story's first paragraph is a byline, not a photo credit."""
    whole = view.whole
    story = view.story()
    end = len(whole) if story is None else story
    for index in _indices(whole, "name_credit", 0, end):
        whole[index] = None


def _tweet_stamps(view: _View) -> None:
    """A tweet's time stamp is chrome only under an embedded post (an "@handle" above it).

    "10:45 AM - 6 Feb 2018" alone is the shape of an article's own date line.
    """
    for position in _positions(view, _TWEET_STAMP):
        index = view.visible[position]
        if view.whole[index] != "tweet_stamp":
            continue
        above = view.visible[max(0, position - 3) : position]
        if not any(
            view.text.find("@", view.lines[i][FIRST], view.lines[i][LAST]) >= 0 for i in above
        ):
            view.whole[index] = None


def _banner_dates(view: _View) -> None:
    """The date line right under a banner clock is the banner's, not the article's."""
    for position in _positions(view, rules.CLOCK_RULES):
        if view.whole[view.visible[position]] not in rules.CLOCK_RULES:
            continue
        for following in view.visible[position + 1 : position + 2]:
            line = view.lines[following]
            if phrases.DATE_ONLY_RE.fullmatch(view.text, line[FIRST], line[LAST]):
                view.mark(following, "banner_date")


def _page(view: _View) -> None:
    """Whole-page scrapes: menus above the story's header, and the tail after the story."""
    visible = view.visible
    story_index = view.story()
    if story_index is None:
        return
    story = bisect_left(visible, story_index)
    if story < _MENU_LINES:
        return  # too few lines above the story for a page's menus (each counts once at most)
    # The last cluster of link-like lines (_MENU_RUN in a row, no blank between) above the
    # story, among _MENU_LINES link-like or chrome lines. A page has menus; an article's
    # header (headline, byline, date, a share bar) has fewer short lines than that.
    last_menu = -1
    menu_lines = 0
    run = 0
    for position in range(story):
        index = visible[position]
        if view.link_like(index) or view.whole[index] is not None:
            menu_lines += 1
            joined = position > 0 and view.adjacent(visible[position - 1], index)
            run = run + 1 if joined and run else 1
            if run >= _MENU_RUN:
                last_menu = position
        else:
            run = 0
    if last_menu < 0 or menu_lines < _MENU_LINES:
        return
    for position in range(last_menu + 1):
        view.mark(visible[position], "page_header")
    # A short caption line standing between the header's share or counter bar and the story.
    for position in range(last_menu + 1, min(len(visible), story + 8)):
        index = visible[position]
        previous = visible[position - 1]
        kind = view.whole[previous]
        if (
            view.whole[index] is None
            and kind is not None
            and rules.RULE_KIND[kind] in {ChromeKind.COUNTER, ChromeKind.SHARE}
            and view.length(index) <= 150
            and not view.ends_sentence(index)
            and " " in view.line_text(index)
        ):
            view.mark(index, "page_caption")
    # The tail: from the first keyword, short-link, comment or copyright line after the story.
    for position in range(story + 1, len(visible)):
        rule = view.whole[visible[position]]
        if rule is not None and rules.RULE_KIND[rule] in _PAGE_TAIL_KINDS:
            for tail in visible[position:]:
                view.mark(tail, "page_tail")
            return


def _related_lists(view: _View) -> None:
    """Headlines under a "Read more:" / "Related" header, and a headline over "Read more"."""
    visible = view.visible
    for position in _positions(view, _LIST_HEADERS):
        index = visible[position]
        rule = view.whole[index]
        if rule not in _LIST_HEADERS:
            continue
        opens_list = rule == "related_header" or view.line_text(index).rstrip().endswith(":")
        listed = 0
        for following in visible[position + 1 : position + 9] if opens_list else ():
            if view.whole[following] is not None:
                break
            if not view.headline_like(following):
                break
            view.mark(following, "related_list")
            listed += 1
        if rule == "read_more" and not listed and position > 1:
            # "Ripples of a revolution: what next?" / "Read more": the link's own title, which
            # may be a question but is no sentence ending in a full stop.
            previous = visible[position - 1]
            if (
                view.whole[previous] is None
                and view.length(previous) <= 180
                and view.text.count(" ", view.lines[previous][FIRST], view.lines[previous][LAST])
                >= 2
                and view.text[view.lines[previous][FIRST]].isalpha()
                and view.text[view.lines[previous][LAST] - 1] not in '.!"”’'
                and view.text.find("://", view.lines[previous][FIRST], view.lines[previous][LAST])
                < 0
            ):
                view.mark(previous, "related_list")


def _captions_before_credits(view: _View) -> None:
    """A caption sentence directly above (no blank between) a bracketed photo credit.

    "(Reuters photo: Giorgio Perottino)" credits the picture the line above describes; a
    "Featured image via ..." line credits the page's lead picture, not the line above.
    """
    visible = view.visible
    for position in _positions(view, _BRACKETED_CREDIT):
        index = visible[position]
        if position < 1 or view.whole[index] != "bracketed_credit":
            continue
        previous = visible[position - 1]
        if (
            position > 1
            and view.adjacent(previous, index)
            and view.whole[previous] is None
            and view.length(previous) <= 250
            and view.length(index) <= 60
            and view.ends_sentence(previous)
        ):
            view.mark(previous, "caption_before_credit")


def _repeated_teasers(view: _View, *, titles: bool) -> None:
    """A title repeated around its chrome line, and a caption cut short above its whole.

    ``titles``: some line is of a teaser's kind (:data:`_TEASER_KINDS`); without one, no
    title is repeated around it. Only the lines next to chrome lines are looked at: their
    positions are found by C-level passes.
    """
    visible = view.visible
    whole = view.whole
    if titles:
        # a title repeated around a teaser's line; a line marked here is such a line too
        teasers = list(map(_TEASER_RULES.__contains__, map(whole.__getitem__, visible)))
        position = 0
        while (position := _find(teasers, position + 1, len(visible) - 1)) >= 0:
            before, after = visible[position - 1], visible[position + 1]
            if (
                view.length(before) <= 150
                and view.text[view.lines[before][LAST] - 1] not in ".!"  # a title, not a sentence
                and view.line_text(before).strip() == view.line_text(after).strip()
            ):
                view.mark(before, "repeated_teaser")
                view.mark(after, "repeated_teaser")
                teasers[position + 1] = whole[after] in _TEASER_RULES
    # A caption cut short right above its whole (a chrome line), which may come one line
    # further down, after a share bar. Each decision reads the lines as they stand before
    # this pass (a mark falls on the line decided, which no later decision reads).
    chrome = list(itertools.compress(range(len(visible)), map(whole.__getitem__, visible)))
    above = sorted({*map((-1).__add__, chrome), *map((-2).__add__, chrome)} - {-1, -2})
    lengths, lines, text = view.lengths, view.lines, view.text
    for position in above:
        index = visible[position]
        if whole[index] is not None or not 12 <= lengths[index] <= 200:
            continue
        short = view.line_text(index).rstrip(" ,;:\t")
        if len(short) < 12:
            continue
        for following in visible[position + 1 : position + 3]:
            if whole[following] is not None and text.startswith(
                short, lines[following][FIRST], lines[following][LAST]
            ):
                view.mark(index, "repeated_teaser")
                break


def _positions(view: _View, names: frozenset[str]) -> list[int]:
    """The positions in ``view.visible`` of the lines whose rule is one of ``names``.

    Found by C-level passes, so a rule walks its own lines only (and still reads each
    line's rule as it stands). Each rule's marks fall on lines that were none of its names,
    or on positions it has passed: the list made before the walk is the walk's.
    """
    rules_of = map(view.whole.__getitem__, view.visible)
    return list(itertools.compress(range(len(view.visible)), map(names.__contains__, rules_of)))


def _find(flags: list[bool], start: int, end: int) -> int:
    """The first position in ``flags[start:end]`` that is true, or -1 (a C-level search)."""
    try:
        return flags.index(True, start, end)
    except ValueError:
        return -1


def _blocks(view: _View) -> None:
    """Short lines between a form's or a gallery's own markers are part of it."""
    visible = view.visible
    markers: list[tuple[int, str]] = []
    for position in _positions(view, _BLOCK_RULES):
        index = visible[position]
        rule = view.whole[index]
        if rule in _FORM_RULES:
            markers.append((position, "form_block"))
        elif rule in _GALLERY_RULES or (
            rule == "nav_item" and view.line_text(index).lower().rstrip(".…") in _GALLERY_WORDS
        ):
            markers.append((position, "gallery_block"))
    for (left, kind), (right, other) in itertools.pairwise(markers):
        if kind != other:
            continue
        limit = 12 if kind == "form_block" else 60
        between = visible[left + 1 : right]
        if not between or len(between) > limit:
            continue
        # A poll's question and options, a gallery's captions: short lines, none of them a
        # story paragraph.
        longest = _FORM_LINE if kind == "form_block" else _GALLERY_LINE
        if all(view.length(i) <= longest for i in between):
            for i in between:
                view.mark(i, kind)


def _gallery_titles(view: _View) -> None:
    """A title line right above or below (no blank between) a gallery or video control."""
    visible = view.visible
    for position in _positions(view, _GALLERY_TITLE_MARKERS):
        index = visible[position]
        rule = view.whole[index]
        if rule not in {"gallery", "gallery_block", "video"} and not (
            rule == "nav_item" and view.line_text(index).lower().rstrip(".…") in _GALLERY_WORDS
        ):
            continue
        for neighbour in (position - 1, position + 1):
            if not 0 < neighbour < len(visible):
                continue
            other = visible[neighbour]
            upper, lower = min(index, other), max(index, other)
            if (
                view.adjacent(upper, lower)
                and view.headline_like(other)
                and view.length(other) <= 120
            ):
                view.mark(other, "gallery_title")


def _pull_quotes(view: _View) -> None:
    """A pull quote: an unfinished quoted line, then (no blank between) "Name, who they are".

    Never among the first lines, where a headline over a byline has the same shape.
    """
    visible = view.visible
    if len(visible) == len(view.lengths):
        return  # no blank line: no block to start
    # The quote starts a block (a blank line above it, so no wrapped text) and its source
    # follows with no blank between: one C-level search of the lines' blank/visible flags.
    # (The two lines are adjacent: no blank between.)
    lengths, whole = view.lengths, view.whole
    flags = bytes(map(bool, lengths))
    found = flags.find(b"\x00\x01\x01")
    while found >= 0:
        previous, index = found + 1, found + 2
        found = flags.find(b"\x00\x01\x01", found + 3)
        if (
            lengths[index] <= 80
            and lengths[previous] <= 250
            and whole[index] is None
            and whole[previous] is None
            and bisect_left(visible, previous) >= 2  # never among the first lines
            and view.text.count(" ", view.lines[previous][FIRST], view.lines[previous][LAST]) >= 6
            and not view.ends_sentence(previous)  # (the costlier tests last)
            and phrases.PULL_QUOTE_SOURCE_RE.fullmatch(
                view.text, view.lines[index][FIRST], view.lines[index][LAST]
            )
        ):
            view.mark(previous, "pull_quote")
            view.mark(index, "pull_quote")


def _wrapped_prompts(view: _View) -> None:
    """Short unfinished lines right above a prompt line that goes on in lower case."""
    visible = view.visible
    for position in _positions(view, _PROMPT_RULES):
        index = visible[position]
        if view.whole[index] not in _PROMPT_RULES:
            continue
        lower = index
        for upper_position in range(position - 1, max(-1, position - 4), -1):
            upper = visible[upper_position]
            if not view.adjacent(upper, lower) or view.whole[upper] is not None:
                break
            if not view.text[view.lines[lower][FIRST]].islower():
                break  # the line below starts a sentence of its own
            if view.length(upper) > 100 or view.ends_sentence(upper):
                break
            if view.text[view.lines[upper][LAST] - 1] == ":":
                break  # a lead-in to what follows ("..., he writes:"), not a wrapped prompt
            view.mark(upper, "wrapped_prompt")
            lower = upper
