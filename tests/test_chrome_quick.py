"""Chrome's quick paths give the answers of the plain code they stand for (hypothesis).

- :func:`newsparse._chrome_shapes.quick_verdicts` (bare numbers and short words settled by
  C-level passes) gives :func:`newsparse.chrome._verdict`'s verdict for every line it
  settles, and a line-dense text's chrome is the line-by-line one;
- the header guard's word gates (:func:`newsparse._chrome_shapes.holds_metadata`) never
  hide a match of its pattern;
- the context rules that walk only their candidate lines (found by C-level passes) mark
  what the plain walks over every line marked: the plain walks are kept here as the
  reference.
"""

from __future__ import annotations

import itertools
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _chrome_context as context
from newsparse import _chrome_phrases, _chrome_rules, _chrome_shapes, chrome
from newsparse._spans import split_lines
from tests.test_chrome_fast_paths import chrome_without_memo

_KEYS = sorted(_chrome_shapes.MATCHERS_BY_START) + sorted(_chrome_phrases.PHRASE_GATE)

# Digits, letters in any case, rule and phrase words (whole, cut, glued to more letters),
# "agree" lines, and a few lines that are no quick class at all.
_LINE = st.one_of(
    st.text(alphabet=string.digits, min_size=1, max_size=10),
    st.text(alphabet=string.ascii_letters, min_size=1, max_size=17),
    st.sampled_from(_KEYS).map(str.capitalize),
    st.sampled_from(_KEYS).map(str.upper),
    st.sampled_from(_KEYS),
    st.tuples(st.sampled_from(_KEYS), st.text(alphabet=string.ascii_letters, max_size=4)).map(
        "".join
    ),
    st.tuples(
        st.sampled_from(_KEYS).map(str.capitalize),
        st.sampled_from(string.ascii_uppercase),
        st.text(alphabet=string.ascii_letters, max_size=5),
    ).map("".join),
    st.tuples(st.sampled_from(_KEYS), st.sampled_from(_KEYS)).map(
        lambda words: words[0].capitalize() + words[1].capitalize()
    ),
    st.sampled_from(
        ("agree", "Agreeable", "19", "1999", "2018", "2100", "+12", "12-", "１２", "a b", "Ǆx")
    ),
)


@given(st.lists(_LINE, min_size=1, max_size=30))
def test_quick_verdicts_are_the_line_rules_verdicts(lines: list[str]) -> None:
    quick = _chrome_shapes.quick_verdicts(lines)
    text = "\n".join(lines)
    offset = 0
    for line in lines:
        if line in quick:
            assert quick[line] == chrome._verdict(text, offset, offset + len(line), None), line
        offset += len(line) + 1


# Header-like lines: digits, separators, month and time words, in any order.
_HEADER_PIECES = st.sampled_from(
    (*"0123456789", *"0123456789", ".", "/", "-", ":", ",", " ", "  ", "Feb", "may", "AM",
     "p.m.", "ago", "GMT", "EST", "Views", "by", "of", "٣", "١٢:٣٠", "th", "a", "m", "10:30",
     "6/2", "2018-02-06", "12,345", "6.2.18", "10:30 GMT", "9:05EST", "9.05 pm",
     "3 hours ago", "Feb. 6", "6th of May", "10 a.m.")
)  # fmt: skip


@given(st.lists(_HEADER_PIECES, min_size=1, max_size=12).map("".join))
def test_the_header_guards_gates_hide_no_match(line: str) -> None:
    for start in range(len(line)):
        expected = _chrome_shapes.METADATA_RE.search(line, start, len(line)) is not None
        assert _chrome_shapes.holds_metadata(line, start, len(line)) == expected


@given(
    st.lists(st.one_of(_LINE, st.sampled_from(("", " ", "Views: 12", "Read more:"))), min_size=1)
)
def test_a_line_dense_texts_chrome_is_the_line_by_line_chrome(lines: list[str]) -> None:
    text = "\n".join(lines)
    lines_of = split_lines(text)
    if len(text) < chrome._MEMO_DENSITY * len(lines_of):
        assert chrome.find_chrome(text, lines_of) == chrome_without_memo(text)


# ---------------------------------------------------------------------------------------
# The context rules' plain walks, as they were before they walked only candidate lines.
# ---------------------------------------------------------------------------------------


def _plain_numbered_lists(view: context._View) -> None:
    numbers = [
        (index, int(view.line_text(index).strip("+-")))
        for index in view.visible
        if view.whole[index] == "number" and view.line_text(index).strip("+-").isdigit()
    ]
    for (index, value), (other, following) in itertools.pairwise(numbers):
        if abs(following - value) == 1:
            view.whole[index] = None
            view.whole[other] = None


def _plain_repeated_teasers(view: context._View, *, titles: bool) -> None:
    visible = view.visible
    for position in range(1, len(visible) - 1 if titles else 1):
        index = visible[position]
        rule = view.whole[index]
        if rule is None or _chrome_rules.RULE_KIND[rule] not in context._TEASER_KINDS:
            continue
        before, after = visible[position - 1], visible[position + 1]
        if (
            view.length(before) <= 150
            and view.text[view.lines[before][4] - 1] not in ".!"
            and view.line_text(before).strip() == view.line_text(after).strip()
        ):
            view.mark(before, "repeated_teaser")
            view.mark(after, "repeated_teaser")
    whole = view.whole
    for position in range(len(visible) - 1):
        index = visible[position]
        if whole[index] is not None or not 12 <= view.length(index) <= 200:
            continue
        for following in visible[position + 1 : position + 3]:
            if whole[following] is None:
                continue
            short = view.line_text(index).rstrip(" ,;:\t")
            if len(short) >= 12 and view.line_text(following).startswith(short):
                view.mark(index, "repeated_teaser")
                break


# Lines that make the rules fire: numbers that count or not, titles repeated around a
# teaser, captions cut short above their whole, blank lines.
_CONTEXT_LINES = (
    "1",
    "2",
    "3",
    "+4",
    "5-",
    " 6\u200b",
    "\t+8-",
    "7",
    "",
    "Watch the bridge open",
    "Watch the bridge open ",
    "The bridge opened on Monday, officials",
    "The bridge opened on Monday, officials said.",
    "Play VIDEO",
    "Share",
    "A sentence.",
    "Views: 12",
)
_RULES = (None, None, None, "number", "video", "share_bar", "counter", "repeated_teaser")


@st.composite
def _views(draw: st.DrawFn) -> tuple[str, list[str | None]]:
    """A text of context lines and a verdict for each line (a blank line has none)."""
    # (a few lines of the pool each time, so the same lines meet again)
    pool = draw(st.lists(st.sampled_from(_CONTEXT_LINES), min_size=1, max_size=4, unique=True))
    lines = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=40))
    text = "\n".join(lines)
    verdicts = draw(st.lists(st.sampled_from(_RULES), min_size=len(lines), max_size=len(lines)))
    whole = [rule if line.strip() else None for line, rule in zip(lines, verdicts, strict=True)]
    return text, whole


def _view(text: str, whole: list[str | None], *, pieces: bool = False) -> context._View:
    lines = split_lines(text)
    lengths = [last - first for *_, first, last in lines]
    visible = [index for index, length in enumerate(lengths) if length]
    return context._View(
        text,
        lines,
        whole,
        visible=visible,
        lengths=lengths,
        longest=max(lengths, default=0),
        pieces=text.splitlines() if pieces else None,
    )


@given(_views(), st.booleans())
def test_numbered_lists_walk_as_the_plain_walk(
    case: tuple[str, list[str | None]], pieces: bool
) -> None:
    text, whole = case
    fast, plain = _view(text, list(whole), pieces=pieces), _view(text, list(whole))
    context._numbered_lists(fast)
    _plain_numbered_lists(plain)
    assert fast.whole == plain.whole


@given(_views(), st.booleans())
def test_repeated_teasers_walk_as_the_plain_walk(
    case: tuple[str, list[str | None]], titles: bool
) -> None:
    text, whole = case
    fast, plain = _view(text, list(whole)), _view(text, list(whole))
    context._repeated_teasers(fast, titles=titles)
    _plain_repeated_teasers(plain, titles=titles)
    assert fast.whole == plain.whole


# First words with punctuation or digits glued to them, and what may follow.
_FIRST_WORDS = st.tuples(
    st.sampled_from(_KEYS).map(str.capitalize) | st.text(string.ascii_letters, min_size=1),
    st.text(string.punctuation + string.digits + "é", max_size=4),
    st.sampled_from(("", " 12", " 2,154 views", " Jane Roe/AP", " more", " here")),
).map("".join)


@given(_FIRST_WORDS)
def test_a_first_words_quick_reading_is_the_patterns(line: str) -> None:
    quick = chrome._whole_line_rule(line, 0, len(line))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chrome, "_ASCII_NON_LETTERS", "")  # every word read by FIRST_WORD_RE
        assert chrome._whole_line_rule(line, 0, len(line)) == quick


# Lines the context rules start from (a clock, a tweet's stamp, list headers, a bracketed
# credit, form fields, gallery controls, a video teaser, prompts) and the lines they take.
_PAGE_LINES = (
    "Last Update 20:39",
    "Monday, 20 January 2020",
    "Jane Roe (@janeroe) February 6, 2018",
    "10:45 AM - 6 Feb 2018",
    "Read more:",
    "Related",
    "Bridge to close for repairs next month",
    "Council votes to keep the ferry running",
    "Read more",
    "Protesters gathered outside the council on Monday.",
    "(Reuters photo: Jane Roe)",
    "Name *",
    "Email *",
    "Poll loading...",
    "Yes",
    "No",
    "1 of 5",
    "Fullscreen",
    "The harbour at dawn",
    "Play VIDEO",
    "To get more of the latest",
    "stories from Example News,",
    "sign up for our newsletter.",
    "Subscribe to our newsletter",
    "Tags: council, bridge",
    "The council voted on Tuesday to close the old bridge for repairs, officials said.",
    "",
)


@given(st.lists(st.sampled_from(_PAGE_LINES), min_size=1, max_size=40))
def test_the_context_rules_walk_their_lines_as_a_walk_over_every_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    walked = chrome.find_chrome(text, split_lines(text))
    with pytest.MonkeyPatch.context() as patch:
        # every visible line, each rule reading its rule as it stands
        patch.setattr(context, "_positions", lambda view, _names: range(len(view.visible)))
        assert chrome.find_chrome(text, split_lines(text)) == walked


# A story sentence, then chrome-like words: share rows, credits, agencies, brackets.
_TAIL_WORDS = st.sampled_from(
    (
        "Facebook", "Twitter", "Google +", "Google Plus", "Pin it", "Copy link", "SMS", "Email",
        "E-mail this to a friend", "Share this story", "Share on", "share via", "Tweet this",
        "(Getty Images)", "(AP Photo/Jane Roe)", "(Reuters)", "(AFP/Jane Roe)", "Photo: AP",
        "Image via Flickr",
        "(c) 2018", "© Example", "Read more", "more…", "Click here", "Follow Jane on Twitter",
        "ADVERTISEMENT", "on", "it", "this", "the", "post", ")", "(", ".", " ", "  ",
    )
)  # fmt: skip


_SHARE_ROW = st.sampled_from(
    ("Facebook", "Twitter", "Google +", "Google+", "Google Plus", "Pin it", "Copy link", "SMS",
     "E-MAIL", "Share this post", "Share on", "Share via", "Tweet this", "Email this to a friend",
     "Share this with", "WhatsApp", "Messenger", "Print", "Embed", "Save this page")
)  # fmt: skip


@given(
    st.lists(_TAIL_WORDS, min_size=1, max_size=8).map(" ".join)
    | st.lists(_SHARE_ROW, min_size=3, max_size=6).map(" ".join)
)
def test_the_tail_rules_gates_skip_no_cut(tail: str) -> None:
    # (the story's "Reuters" is one of the words glued chrome is looked for after)
    text = f"Intro.\nThe council voted to close the bridge, Reuters reported. {tail}"
    first, last = text.index("The"), len(text.rstrip())
    gated: list[tuple[int, int, str]] = []
    chrome._glued(text, first, last, gated)
    ungated = tuple(
        (name, pattern, ("",), ()) for name, pattern, _, _ in _chrome_phrases.TAIL_PARTS
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_chrome_phrases, "TAIL_PARTS", ungated)
        plain: list[tuple[int, int, str]] = []
        chrome._glued(text, first, last, plain)
    assert gated == plain


@given(
    st.lists(
        st.sampled_from(chrome._TAIL_TRIGGERS) | st.text(string.ascii_lowercase + " ©()"),
        max_size=6,
    ).map("".join)
)
def test_the_trigger_search_is_the_trigger_tests(window: str) -> None:
    expected = any(trigger in window for trigger in chrome._TAIL_TRIGGERS)
    assert chrome._holds_trigger(window) == expected
    assert (chrome._TAIL_TRIGGERS_RE.search(window) is not None) == expected
