"""Paragraphs: blank lines, single line breaks, hard-wrapped and indented text, no loss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import Span, split_paragraphs
from newsparse._spans import INVISIBLE, merge, split_lines
from newsparse.paragraphs import paragraphs_between

SCRAPED = Path(__file__).parents[1] / ".." / "shared" / "corpora" / "scraped"

WIRE = (
    "BANK RAISES RATES\n"
    "    By Jane Roe, Reuters\n"
    "    LONDON, March 3 - The central bank raised its key rate by\n"
    "half a point on Tuesday, its first move in more than a year,\n"
    "and said more rises could follow.\n"
    "    The decision surprised most analysts, who had expected\n"
    "the bank to wait until the summer before acting.\n"
    '    "We see no reason for alarm," the governor told\n'
    "reporters.\n"
    " Reuter\n"
)

WRAPPED = (
    "The council voted on Tuesday to close the old bridge over the river, a\n"
    "decision that will force thousands of commuters onto a longer route for\n"
    "at least two years.\n"
    "Engineers said the bridge was no longer safe.\n"
    "The mayor said the city had run out of options after the last survey and\n"
    "that repairs would cost more than a new bridge.\n"
)

CASES = [
    pytest.param("", [], id="empty"),
    pytest.param(" \n\t\n\u200b\n", [], id="blank"),
    pytest.param("One.\n\nTwo.", ["One.", "Two."], id="blank-line"),
    pytest.param("One.\nTwo.\nThree", ["One.", "Two.", "Three"], id="line-per-paragraph"),
    pytest.param(
        "Why it matters\nThe vote was close.",
        ["Why it matters", "The vote was close."],
        id="subhead-stays-apart",
    ),
    pytest.param(
        "The vote was close and\nthe mayor conceded.",
        ["The vote was close and\nthe mayor conceded."],
        id="stray-wrapped-sentence",
    ),
    pytest.param(
        "She said the plan was\n\nthe best one.",
        ["She said the plan was", "the best one."],
        id="never-across-a-blank-line",
    ),
    pytest.param("  One.  \r\n\r\n  Two.  ", ["One.", "Two."], id="crlf-and-spaces"),
    pytest.param(
        "The council met on Tuesday to discuss the future of the old bridge.\n"
        "Engineers told the members that the bridge was no longer safe for cars.\n"
        "The mayor said a decision would be taken before the end of the month.\n"
        "Residents have until Friday to send their views to the town hall.",
        [
            "The council met on Tuesday to discuss the future of the old bridge.",
            "Engineers told the members that the bridge was no longer safe for cars.",
            "The mayor said a decision would be taken before the end of the month.",
            "Residents have until Friday to send their views to the town hall.",
        ],
        id="short-paragraphs-one-to-a-line-are-not-wrapped",
    ),
    pytest.param(
        "- first item\n- second item\n- third item",
        ["- first item", "- second item", "- third item"],
        id="list-items",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_paragraphs(text: str, expected: list[str]) -> None:
    assert [p.text for p in split_paragraphs(text)] == expected


def test_wire_copy_paragraphs_start_at_indented_lines() -> None:
    paragraphs = [p.text for p in split_paragraphs(WIRE)]
    assert paragraphs == [
        "BANK RAISES RATES",
        "By Jane Roe, Reuters",
        (
            "LONDON, March 3 - The central bank raised its key rate by\nhalf a point on "
            "Tuesday, its first move in more than a year,\nand said more rises could follow."
        ),
        (
            "The decision surprised most analysts, who had expected\nthe bank to wait until the "
            "summer before acting."
        ),
        '"We see no reason for alarm," the governor told\nreporters.',
        "Reuter",
    ]


def test_wrapped_text_breaks_after_a_short_sentence_end() -> None:
    paragraphs = [p.text for p in split_paragraphs(WRAPPED)]
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("at least two years.")
    assert paragraphs[1] == "Engineers said the bridge was no longer safe."
    assert paragraphs[2].startswith("The mayor said")


@pytest.mark.parametrize("text", [WIRE, WRAPPED, "One.\n\nTwo.", "a\nb\n\nc\n", "x" * 50])
def test_offsets_slice_the_input(text: str) -> None:
    for paragraph in split_paragraphs(text):
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip(INVISIBLE)


def visible_outside(text: str, excluded: list[Span]) -> list[int]:
    covered: set[int] = set()
    for span in excluded:
        covered.update(range(span.start, span.end))
    return [i for i, c in enumerate(text) if c not in INVISIBLE and i not in covered]


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        pytest.param(WIRE, [Span(0, 17)], id="wire-title-out"),
        pytest.param(WRAPPED, [Span(10, 30), Span(100, 101)], id="holes-inside-lines"),
        pytest.param("Views: 1\nStory here.\nAd\n", [Span(0, 8), Span(21, 23)], id="whole-lines"),
        pytest.param("abc", [Span(0, 3)], id="all-out"),
    ],
)
def test_every_visible_character_outside_excluded_lands_once(
    text: str, excluded: list[Span]
) -> None:
    paragraphs = paragraphs_between(text, split_lines(text), merge(excluded))
    seen: list[int] = []
    for paragraph in paragraphs:
        seen.extend(i for i in range(paragraph.start, paragraph.end) if text[i] not in INVISIBLE)
    covered = {i for s in excluded for i in range(s.start, s.end)}
    assert [i for i in seen if i not in covered] == visible_outside(text, excluded)
    assert len(seen) == len(set(seen))


def test_reuters_records_keep_every_character() -> None:
    path = SCRAPED / "derived.jsonl"
    if not path.is_file():
        pytest.skip("the scraped corpus is not here")
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    wire = [r["text"] for r in records if r["id"].startswith("reuters21578:")]
    assert wire
    paragraph_count = line_count = 0
    for text in wire:
        paragraphs = split_paragraphs(text)
        joined = "".join(p.text for p in paragraphs)
        assert sorted(c for c in joined if c not in INVISIBLE) == sorted(
            c for c in text if c not in INVISIBLE
        )
        paragraph_count += len(paragraphs)
        line_count += len([ln for ln in split_lines(text) if ln[3] != ln[4]])
    # Wrapped wire copy joins its lines: far fewer paragraphs than lines.
    assert paragraph_count * 2 <= line_count


def test_layout_counts_only_real_pairs_of_lines() -> None:
    # Five pairs of adjacent lines, three of them full and open-ended: exactly wrapped
    # (3 * 10 >= 5 * 6). The first line has no line above it: counting one would tip the
    # balance and leave the block unjoined.
    full = [
        "Officials in the capital said on Tuesday that the",
        "Budget talks would go on through the weekend with",
        "Members of both parties expected at the table and",
        "Reporters waiting outside the building for news",
    ]
    text = "Title\n\n" + "\n".join(full) + "\n\nShort one.\nShort two.\nShort three."
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert paragraphs[1] == "\n".join(full)
