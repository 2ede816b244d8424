"""Chrome's fast paths give the answers of the plain ones they stand for.

- a line-dense text's verdicts worked out once per distinct line (the memo) equal the
  line-by-line ones, context-dependent glued chrome and "agree" lines included;
- a first word's rules matched in one combined pattern name the rule tried one by one;
- the tail pattern tried rule by rule, with its word gates, cuts where the whole pattern
  cuts;
- the header guard's word gate never hides a match of its pattern.
"""

from __future__ import annotations

import itertools
import random

import pytest

from newsparse import _chrome_phrases, _chrome_rules, _chrome_shapes, chrome
from newsparse._spans import split_lines

# Story, chrome and header lines, glued chrome and look-behind traps, casing traps.
LINES = (
    "The council voted on Tuesday to close the old bridge, officials said.",
    "Views: 2154",
    "12 comments",
    "Share",
    "2.3k SHARES",
    "Short link:",
    "Home | World | Politics",
    "Read more:",
    "Bridge to close for repairs next month",
    "Follow us on Twitter",
    # (the poll notice's "you agree to" looks behind into the line above without a bound)
    "By checking this box you",
    "agree to our privacy policy and terms of use.",
    "Agree to the terms",
    "Facebook Twitter Email Print",
    "The mayor spoke. Facebook Twitter Google Plus Embed",
    "Read more",
    "The budget passed. Read more: Council to vote on bridge",
    # (a header line kept whole; its glued cut depends on whether the line above ends a
    # sentence: the look-behind reaches into it)
    "Read more: Feb 6, 2018. Read more: Council vote",
    "The rally ended. Featured image via Flickr",
    "The vote was close. Sign up for our daily newsletter.",
    "Photo: Jane Roe/AP",
    "By JOHN SMITH | Staff Writer",
    "Feb 6, 2018 | 10:45 AM",
    "Updated: 10:45 EST",
    "WASHINGTON —",
    "ſign up for our newsletter",
    "İmage via Flickr",
    "Advertisement",
    "© 2018 Example Media",
    "a",
    ".",
    "",
    "   ",
)


def chrome_without_memo(text: str) -> object:
    """``find_chrome`` with the memo turned off (every line judged on its own)."""
    density = chrome._MEMO_DENSITY
    chrome._MEMO_DENSITY = 0
    try:
        return chrome.find_chrome(text, split_lines(text))
    finally:
        chrome._MEMO_DENSITY = density


@pytest.mark.parametrize("seed", range(12))
def test_the_memo_gives_the_line_by_line_verdicts(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 (reproducible texts, no secrets)
    ends = ("\n", "\n\n", "\r\n", ".\n", " \n")
    text = "".join(rng.choice(LINES) + rng.choice(ends) for _ in range(400))
    lines = split_lines(text)
    assert len(text) < chrome._MEMO_DENSITY * len(lines)  # the memo's path
    assert chrome.find_chrome(text, lines) == chrome_without_memo(text)


def test_rule_patterns_have_no_groups_of_their_own() -> None:
    # MATCHERS_BY_START names the matching rule by the number of the group it matched.
    for rule in _chrome_rules.RULES:
        assert rule.pattern.groups == 0, rule.name


@pytest.mark.parametrize("line", LINES)
def test_a_combined_matcher_names_the_first_rule_that_matches(line: str) -> None:
    for start, called in _chrome_rules.RULES_BY_START.items():
        expected = next((r.name for r in called if r.pattern.fullmatch(line)), None)
        found = _chrome_shapes.MATCHERS_BY_START[start].pattern.fullmatch(line)
        names = _chrome_shapes.MATCHERS_BY_START[start].names
        assert (names[found.lastindex - 1] if found and found.lastindex else None) == expected


@pytest.mark.parametrize(("line", "other"), list(itertools.product(LINES, LINES[:8])))
def test_the_tail_rules_one_by_one_cut_where_the_whole_pattern_cuts(line: str, other: str) -> None:
    text = f"{other}\n{line}"
    whole = _chrome_phrases.TAIL_RE.search(text, len(other) + 1, len(text))
    parts = None
    for name, pattern, _words, _ends in _chrome_phrases.TAIL_PARTS:
        found = pattern.search(text, len(other) + 1, len(text))
        if found is not None:
            parts = (found.start("cut"), name)
            break
    if whole is None:
        assert parts is None
    else:
        assert parts is not None
        assert parts == (whole.start("cut"), parts[1])
        assert whole.group(parts[1]) is not None


@pytest.mark.parametrize("line", LINES)
def test_the_header_guards_word_gate_hides_no_match(line: str) -> None:
    for start in range(len(line)):
        expected = _chrome_shapes.METADATA_RE.search(line, start, len(line)) is not None
        assert _chrome_shapes.holds_metadata(line, start, len(line)) == expected


@pytest.mark.parametrize(("line", "other"), list(itertools.product(LINES, LINES[:8])))
def test_the_tail_rules_word_gates_skip_no_cut(
    line: str, other: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"{other}.\n{line}"
    first, last = len(other) + 2, len(text)
    gated: list[tuple[int, int, str]] = []
    chrome._glued(text, first, last, gated)
    ungated = tuple(
        (name, pattern, ("",), ()) for name, pattern, _, _ in _chrome_phrases.TAIL_PARTS
    )
    monkeypatch.setattr(_chrome_phrases, "TAIL_PARTS", ungated)
    plain: list[tuple[int, int, str]] = []
    chrome._glued(text, first, last, plain)
    assert gated == plain
