"""Quotes: marks, attribution patterns, speakers, kinds, languages and non-quotes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Quote, QuoteKind, SpeakerKind, _quote_marks, attribute_quotes
from newsparse._quote_marks import (
    _mark_offsets,
    _pairs,
    _simple_pairs,
    find_marked,
    uses_single_quotes,
)
from newsparse.paragraphs import split_paragraphs
from newsparse.quotes import DEFAULT_KINDS, attribute_in, summarize_speakers

SHARED = Path(__file__).parents[1] / ".." / "shared"
SEED = SHARED / "seeds" / "000_b2ce160810e34635.txt"
if TYPE_CHECKING:
    from _pytest.mark.structures import ParameterSet

CASES = Path(__file__).parent / "cases" / "quotes.json"

ALL_KINDS = frozenset(QuoteKind)


def _check_offsets(text: str, quotes: tuple[Quote, ...]) -> None:
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.cue is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
        if quote.speaker is not None:
            speaker = quote.speaker
            assert text[speaker.start : speaker.end] == speaker.mention


def _said(text: str, **options: frozenset[QuoteKind]) -> list[tuple[str, str | None]]:
    """Each quote's words and its speaker's name."""
    quotes = attribute_quotes(text, **options)
    _check_offsets(text, quotes)
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


# Attribution patterns: (text, [(quoted words, speaker name)]).
PATTERNS = [
    pytest.param('"We are ready," Nuri said.', [("We are ready,", "Nuri")], id="name-said-after"),
    pytest.param('"We are ready," said Nuri.', [("We are ready,", "Nuri")], id="said-name-after"),
    pytest.param(
        '"We are ready," Nuri said in a statement on Monday.',
        [("We are ready,", "Nuri")],
        id="name-said-adverbials",
    ),
    pytest.param(
        '"Taxes will fall," said the minister, who spoke in Paris.',
        [("Taxes will fall,", "the minister")],
        id="inverted-description",
    ),
    pytest.param(
        'A U.S. official said: "We take threats seriously."',
        [("We take threats seriously.", "A U.S. official")],
        id="before-colon",
    ),
    pytest.param(
        'Nuri told reporters, "We will stay."',
        [("We will stay.", "Nuri")],
        id="before-told-object",
    ),
    pytest.param(
        '"The first half," he said, "and the second."\n\nLater news.',
        [("The first half,", "he"), ("and the second.", "he")],
        id="split-quote-both-halves",
    ),
    pytest.param(
        '"We won," Smith said. "Now we govern."',
        [("We won,", "Smith"), ("Now we govern.", "Smith")],
        id="second-sentence-continues",
    ),
    pytest.param(
        '"We won," Smith said. Jones countered. "We lost."',
        [("We won,", "Smith"), ("We lost.", "Jones")],
        id="new-speaker-in-sentence-between",
    ),
    pytest.param(
        '"We won," Smith told reporters, after Jones stated his view. "We govern now."',
        [("We won,", "Smith"), ("We govern now.", "Smith")],
        id="subordinate-cue-is-no-new-speaker",
    ),
    pytest.param(
        "And from Chairwoman Rosenworcel:\n\n“Today we act.”",
        [("Today we act.", "Rosenworcel")],
        id="colon-line-paragraph",
    ),
    pytest.param(
        "“We must protect the open internet.”\n\n— Commissioner Geoffrey Starks",
        [("We must protect the open internet.", "Geoffrey Starks")],
        id="dash-line-paragraph",
    ),
    pytest.param(
        "“We must protect the open internet.” — Commissioner Geoffrey Starks",
        [("We must protect the open internet.", "Geoffrey Starks")],
        id="dash-line-same-paragraph",
    ),
    pytest.param(
        'According to Smith, "the deal is off."',
        [("the deal is off.", "Smith")],
        id="according-to-before",
    ),
    pytest.param(
        '"The deal is off," according to a senior aide.',
        [("The deal is off,", "a senior aide")],
        id="according-to-after",
    ),
    pytest.param(
        '"Would it be negotiable?" Hannity pressed.',
        [("Would it be negotiable?", "Hannity")],
        id="any-verb-after-question",
    ),
    pytest.param(
        'Caddell continued:\n\n"The health issue is partisan."',
        [("The health issue is partisan.", "Caddell")],
        id="cue-colon-paragraph",
    ),
    pytest.param(
        'Senator Jane Roe, R-Ohio, delivered a message: "It is time to quit."',
        [("It is time to quit.", "Jane Roe")],
        id="colon-subject-with-title",
    ),
    pytest.param(
        'Iowa State University\'s Dianne Bystrom agreed. "Time is running out."',
        [("Time is running out.", "Dianne Bystrom")],
        id="previous-sentence-cue",
    ),
    pytest.param(
        '"We are ready," she said.\n\n"We have been ready for years."\n\nThe vote is Monday.',
        [("We are ready,", "she"), ("We have been ready for years.", "she")],
        id="next-paragraph-continues",
    ),
    pytest.param(
        'Rain fell all day.\n\n"We have been ready for years."',
        [("We have been ready for years.", None)],
        id="no-speaker-stays-unattributed",
    ),
    pytest.param(
        "Sen. Claire McCaskill (D-Mo.) scolded him: “The science is against you.” She left.",
        [("The science is against you.", "Claire McCaskill")],
        id="colon-subject-beats-next-sentence",
    ),
    pytest.param(
        'Feinstein said, "I know nothing about the emails." He said the rest was fine.',
        [("I know nothing about the emails.", "Feinstein")],
        id="lead-in-beats-next-sentence",
    ),
    pytest.param(
        '"This is fantastic!" beamed Donald Hartley of Madison, Alabama.',
        [("This is fantastic!", "Donald Hartley")],
        id="unknown-verb-inverted",
    ),
    pytest.param(
        'Lynch, who testified when asked last month about the inquiry: "That matter is closed."',
        [("That matter is closed.", "Lynch")],
        id="passive-cue-skipped",
    ),
    pytest.param(
        'Four minutes later, a dispatcher said: "We have two officers down."',
        [("We have two officers down.", "a dispatcher")],
        id="time-phrase-not-subject",
    ),
    pytest.param(
        'SAN FRANCISCO (Reuters) - Google said on Monday: "We found no abuse at all."',
        [("We found no abuse at all.", "Google")],
        id="dateline-before-subject",
    ),
    pytest.param(
        "The ad uses footage of Hillary Clinton asking, “Why aren’t I ahead?”",
        [("Why aren’t I ahead?", "Hillary Clinton")],
        id="participle-subject",
    ),
    pytest.param(
        'Indiana Gov. Mike Pence, who spoke on Sunday, said, "He was a hero to us."',
        [("He was a hero to us.", "Mike Pence")],
        id="subject-with-relative-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_attribution_patterns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _said(text) == expected


# Speakers: title, role and kind split from the name.
SPEAKERS = [
    pytest.param(
        '"Ready," Badr spokesman Kareem Nuri said.',
        ("Kareem Nuri", "Kareem Nuri", None, "Badr spokesman", SpeakerKind.PERSON),
        id="role-before-name",
    ),
    pytest.param(
        '"Ready," its spokesman, Jaafar al-Husseini, told al-Mayadeen TV.',
        ("Jaafar al-Husseini", "Jaafar al-Husseini", None, "its spokesman", SpeakerKind.PERSON),
        id="appositive-role-name",
    ),
    pytest.param(
        '"Ready," the coalition\'s director of operations, Brigadier General Jonathan Braga, said.',
        (
            "Jonathan Braga",
            "Brigadier General Jonathan Braga",
            "Brigadier General",
            "the coalition's director of operations",
            SpeakerKind.PERSON,
        ),
        id="title-and-role",
    ),
    pytest.param(
        '"Ready," said Patrick McGinley, a law professor at West Virginia University.',
        (
            "Patrick McGinley",
            "Patrick McGinley",
            None,
            "a law professor at West Virginia University",
            SpeakerKind.PERSON,
        ),
        id="inverted-name-appositive",
    ),
    pytest.param(
        'A U.S. official in Baghdad said: "Ready."',
        (
            "A U.S. official in Baghdad",
            "A U.S. official in Baghdad",
            None,
            None,
            SpeakerKind.DESCRIPTION,
        ),
        id="anonymous-source",
    ),
    pytest.param(
        '"Ready," Mr. Barrett said.',
        ("Barrett", "Mr. Barrett", "Mr.", None, SpeakerKind.PERSON),
        id="honorific",
    ),
    pytest.param(
        '"Stay indoors," police said.',
        ("police", "police", None, None, SpeakerKind.ORGANIZATION),
        id="police",
    ),
    pytest.param(
        '"No comment," the White House said.',
        ("the White House", "the White House", None, None, SpeakerKind.ORGANIZATION),
        id="organisation",
    ),
    pytest.param(
        '"We will win," said the Republican presidential candidate Donald Trump.',
        (
            "Donald Trump",
            "Donald Trump",
            None,
            "the Republican presidential candidate",
            SpeakerKind.PERSON,
        ),
        id="described-role-then-name",
    ),
    pytest.param(
        '"Ready," said Stephen Vladeck of the University of Texas.',
        (
            "Stephen Vladeck",
            "Stephen Vladeck",
            None,
            "of the University of Texas",
            SpeakerKind.PERSON,
        ),
        id="name-of-institution",
    ),
    pytest.param(
        '"We will rebuild," said the mayor, Ann Diaz.',
        ("Ann Diaz", "Ann Diaz", None, "the mayor", SpeakerKind.PERSON),
        id="inverted-description-then-name",
    ),
    pytest.param(
        '"We will rebuild," said the mayor, Ann Diaz, on Monday.',
        ("Ann Diaz", "Ann Diaz", None, "the mayor", SpeakerKind.PERSON),
        id="inverted-description-then-name-then-time",
    ),
    pytest.param(
        '"We will rebuild," said Ann Diaz, the mayor.',
        ("Ann Diaz", "Ann Diaz", None, "the mayor", SpeakerKind.PERSON),
        id="inverted-name-then-description",
    ),
    pytest.param(
        '"Calm," said a spokeswoman for the ministry, Leila Haddad.',
        (
            "Leila Haddad",
            "Leila Haddad",
            None,
            "a spokeswoman for the ministry",
            SpeakerKind.PERSON,
        ),
        id="inverted-long-description-then-name",
    ),
    pytest.param(
        '"Calm," the company\'s chief executive, Tom Reyes, said.',
        ("Tom Reyes", "Tom Reyes", None, "the company's chief executive", SpeakerKind.PERSON),
        id="possessive-role-appositive-name",
    ),
    pytest.param(
        'The company\'s chief executive, Tom Reyes, said: "Calm."',
        ("Tom Reyes", "Tom Reyes", None, "The company's chief executive", SpeakerKind.PERSON),
        id="possessive-role-appositive-name-before",
    ),
    pytest.param(
        '"Calm," said the mayor, Monday.',
        ("the mayor", "the mayor", None, None, SpeakerKind.DESCRIPTION),
        id="inverted-description-then-day-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker_parts(
    text: str, expected: tuple[str, str, str | None, str | None, SpeakerKind]
) -> None:
    (quote,) = attribute_quotes(text)
    speaker = quote.speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention, speaker.title, speaker.role, speaker.kind) == expected
    assert text[speaker.start : speaker.end] == speaker.mention


# Resolution: pronouns to the nearest compatible earlier speaker, surnames to full names.
RESOLUTION = [
    pytest.param(
        'A U.S. official said: "We are careful."\n\n"It is politics," he added.',
        [("We are careful.", "A U.S. official"), ("It is politics,", "A U.S. official")],
        id="he-added-official",
    ),
    pytest.param(
        '"Yes," Mrs. Lee said. "No," Mr. Park said.\n\n"Maybe," she added.',
        [("Yes,", "Lee"), ("No,", "Park"), ("Maybe,", "Lee")],
        id="she-skips-a-man",
    ),
    pytest.param(
        '"We act," Jonathan Braga said.\n\n"We stay," Braga said.',
        [("We act,", "Jonathan Braga"), ("We stay,", "Jonathan Braga")],
        id="surname-to-earlier-speaker",
    ),
    pytest.param(
        'President Barack Obama spoke on Monday.\n\n"We are ready," Obama said.',
        [("We are ready,", "Barack Obama")],
        id="surname-to-name-in-text",
    ),
    pytest.param(
        '"Closed," the ministry said.\n\n"For now," it added.',
        [("Closed,", "the ministry"), ("For now,", "the ministry")],
        id="it-to-organisation",
    ),
]


# A "he" or "she" with no compatible earlier speaker: the person named in the prose.
PROSE_RESOLUTION = [
    pytest.param(
        'Ann Diaz spoke to reporters on Monday. "We will rebuild," she said.',
        "Ann Diaz",
        id="name-in-previous-sentence",
    ),
    pytest.param(
        'Ann Diaz met John Smith on Monday.\n\n"We will rebuild," she said.',
        "Ann Diaz",
        id="subject-preferred",
    ),
    pytest.param(
        'The mayor met Ms. Diaz in Little Rock.\n\n"We will rebuild," she said.',
        "Diaz",
        id="honorific-name-not-place",
    ),
    pytest.param(
        'Mr. Reyes met Ms. Diaz.\n\n"We will rebuild," she said.',
        "Diaz",
        id="gender-from-honorific",
    ),
    pytest.param(
        'House Speaker Paul D. Ryan spoke on Monday.\n\n"We will rebuild," he said.',
        "Paul D. Ryan",
        id="name-after-last-title",
    ),
    pytest.param(
        'Former Secretary of State Hillary Clinton spoke.\n\n"We will rebuild," she said.',
        "Hillary Clinton",
        id="body-before-name-split-off",
    ),
    pytest.param(
        'Hillary Clinton spoke on Monday.\n\nLater, Clinton met voters.\n\n"Yes," she said.',
        "Hillary Clinton",
        id="surname-to-full-name",
    ),
    pytest.param(
        'Officials met in Little Rock at the White House.\n\n"We will rebuild," he said.',
        "he",
        id="places-are-no-people",
    ),
    pytest.param(
        'The Justice Department and New York City Council met.\n\n"No," she said.',
        "she",
        id="organisations-are-no-people",
    ),
    pytest.param(
        '"Meet Ann Diaz," the sign read.\n\n"No," she said.',
        "she",
        id="names-inside-quotes-skipped",
    ),
    pytest.param(
        'Ann Diaz left.\n\nOne.\n\nTwo.\n\nThree.\n\n"No," she said.',
        "she",
        id="window-is-three-paragraphs",
    ),
    pytest.param(
        'Former Pennsylvania governor spoke.\n\n"No," he said.',
        "he",
        id="modifier-is-no-title",
    ),
    pytest.param(
        '"We act," Tom Reyes said.\n\nCompany spokeswoman Ann Diaz agreed.\n\n"Yes," she said.',
        "Ann Diaz",
        id="subject-after-earlier-speaker",
    ),
    pytest.param(
        '"We act," Tom Reyes said.\n\nHe criticized Bill Smith on Monday.\n\n"No," he said.',
        "Tom Reyes",
        id="object-does-not-beat-earlier-speaker",
    ),
]


@pytest.mark.parametrize(("text", "name"), PROSE_RESOLUTION)
def test_pronoun_to_person_in_prose(text: str, name: str) -> None:
    last = attribute_quotes(text)[-1]
    assert last.speaker is not None
    assert last.speaker.name == name
    assert text[last.speaker.start : last.speaker.end] == last.speaker.mention


@pytest.mark.parametrize(("text", "expected"), RESOLUTION)
def test_resolution(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


def test_pronoun_skips_things() -> None:
    text = (
        '"We act," Jane Roe said.\n\nA joint statement said: "This is wrong."\n\n'
        '"I disagree," she said.'
    )
    assert [name for _, name in _said(text)] == ["Jane Roe", "A joint statement", "Jane Roe"]


def test_pronoun_mention_kept_as_written() -> None:
    text = 'A U.S. official said: "We are careful."\n\n"It is politics," he added.'
    second = attribute_quotes(text)[1]
    assert second.speaker is not None
    assert (second.speaker.mention, second.cue) == ("he", "added")
    assert text[second.speaker.start : second.speaker.end] == "he"


# Not quotes: scare quotes, titles of works, nicknames, terms.
NOT_QUOTES = [
    pytest.param('Cats are "cuties" and dogs are not.', id="scare-quote"),
    pytest.param('She appeared on "Morning Joe" on Monday.', id="show-title"),
    pytest.param(
        "He starred in “Parks and Recreation” and “Guardians of the Galaxy.”", id="titles"
    ),
    pytest.param('Marcia "Cia" Price won the seat.', id="nickname"),
    pytest.param('The term "fake news" spread fast.', id="term"),
    pytest.param('"Hamilton" won eleven awards.', id="title-opening-sentence"),
    pytest.param('<tweet author="@someone">Text</tweet>', id="markup-value"),
    pytest.param("''Yes,'' he said.", id="double-apostrophes-not-paired"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text: str) -> None:
    assert attribute_quotes(text) == ()


# Kinds: whole quotations are direct; quoted fragments of reported speech are partial.
KINDS = [
    pytest.param(
        'He says he is "not worried at all" about it.', QuoteKind.PARTIAL, "He", id="partial"
    ),
    pytest.param(
        'Trump called the plan "an absolute disgrace," and left.',
        QuoteKind.PARTIAL,
        "Trump",
        id="partial-naming-verb",
    ),
    pytest.param('He said: "We are not worried."', QuoteKind.DIRECT, "He", id="direct"),
    pytest.param(
        'A 2014 report found "no evidence of wrongdoing at all."',
        QuoteKind.DIRECT,
        "A 2014 report",
        id="direct-after-verb-no-comma",
    ),
]


@pytest.mark.parametrize(("text", "kind", "mention"), KINDS)
def test_kinds(text: str, kind: QuoteKind, mention: str) -> None:
    (quote,) = attribute_quotes(text)
    assert quote.kind is kind
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_indirect_speech_only_on_request() -> None:
    text = "Braga said that even if the force changes, the coalition would stay."
    assert attribute_quotes(text) == ()
    (quote,) = attribute_quotes(text, kinds=ALL_KINDS)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "even if the force changes, the coalition would stay"
    assert (quote.cue, quote.rule) == ("said", "indirect")
    assert quote.speaker is not None
    assert quote.speaker.name == "Braga"
    _check_offsets(text, (quote,))


def test_indirect_speaker_after_content() -> None:
    text = "The coalition will keep its bases in the north, the minister said."
    (quote,) = attribute_quotes(text, kinds=frozenset({QuoteKind.INDIRECT}))
    assert quote.text == "The coalition will keep its bases in the north"
    assert quote.speaker is not None
    assert quote.speaker.name == "the minister"


def test_kinds_filter() -> None:
    text = 'He says he is "not worried at all" about it. "Fine," she said.'
    assert frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL}) == DEFAULT_KINDS
    only_direct = attribute_quotes(text, kinds=frozenset({QuoteKind.DIRECT}))
    assert [q.text for q in only_direct] == ["Fine,"]


# Marks: each family pairs with its own; a stray affects only its own stretch.
MARKS = [
    pytest.param('"Straight," he said.', ["Straight,"], id="straight"),
    pytest.param("“Curly,” he said.", ["Curly,"], id="curly"),
    pytest.param("« Bonjour », a dit Marie.", ["Bonjour"], id="guillemets-spaced"),
    pytest.param("„Wir schaffen das“, sagte Merkel.", ["Wir schaffen das"], id="german-low-high"),
    pytest.param("»Wir schaffen das«, sagte Merkel.", ["Wir schaffen das"], id="german-reversed"),
    pytest.param("「大丈夫です」と彼は言った。", ["大丈夫です"], id="corner-brackets"),
    pytest.param(
        "‘We won,’ she said. ‘It’s over.’",
        ["We won,", "It’s over."],
        id="single-quote-speech",
    ),
    pytest.param(
        "‘It’s the players’ fault,’ she said. ‘Their ‘plan’ failed.’",
        ["It’s the players’ fault,", "Their ‘plan’ failed."],
        id="plural-possessive-is-no-closer",
    ),
    pytest.param(
        "“He told me ‘never again’ twice,” she said.",
        ["He told me ‘never again’ twice,"],
        id="nested-single-in-double",
    ),
    pytest.param(
        'He said "yes. Then "we go," she said.',
        ["we go,"],
        id="stray-opener-only-its-stretch",
    ),
    pytest.param(
        "“Open quote never closed, and it runs on to the end.",
        ["Open quote never closed, and it runs on to the end."],
        id="unclosed-runs-to-paragraph-end",
    ),
    pytest.param(
        '"First paragraph goes on.\n\n"Second one ends," she said.',
        ['First paragraph goes on.\n\n"Second one ends,'],
        id="multi-paragraph-one-quote",
    ),
    pytest.param(
        '"First paragraph goes on.\n\nNarration resumes here.',
        ["First paragraph goes on."],
        id="unclosed-stops-at-paragraph",
    ),
    pytest.param(
        'Text uses “curly” quotes.\n\n"A stray straight mark opens here.\n\n“Real one,” he said.',
        ["Real one,"],
        id="straight-stray-in-curly-text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks(text: str, expected: list[str]) -> None:
    singles = uses_single_quotes(text)
    found = [
        text[m.start : m.end]
        for m in find_marked(text, split_paragraphs(text), singles=singles)
        if text[m.start : m.end] != "curly"
    ]
    assert found == expected


def test_multi_paragraph_quote_has_one_speaker() -> None:
    text = (
        '"The first paragraph of the statement goes on.\n\n'
        '"And the second ends it," the spokesman said.'
    )
    (quote,) = attribute_quotes(text)
    assert quote.text.startswith("The first paragraph")
    assert quote.text.endswith("ends it,")
    assert quote.speaker is not None
    assert quote.speaker.name == "the spokesman"


# Languages: marks and speech verbs beyond English.
LANGUAGES = [
    pytest.param(
        "«Me encantan los gatos», afirmó Burtón.", ("Me encantan los gatos", "Burtón"), id="es"
    ),
    pytest.param(
        "« Nous resterons », a déclaré le ministre.", ("Nous resterons", "le ministre"), id="fr"
    ),
    pytest.param("„Wir schaffen das“, sagte Merkel.", ("Wir schaffen das", "Merkel"), id="de"),
    pytest.param("“Vamos vencer”, disse Lula.", ("Vamos vencer", "Lula"), id="pt"),
    pytest.param("«Andremo avanti», ha detto Meloni.", ("Andremo avanti", "Meloni"), id="it"),
    pytest.param(
        "„Das ist ein großer Tag“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.",
        ("Das ist ein großer Tag", "Olaf Scholz"),
        id="de-title-and-time",
    ),
    pytest.param(
        "“Não vamos desistir”, afirmou o presidente Luiz Inácio Lula da Silva.",
        ("Não vamos desistir", "Luiz Inácio Lula da Silva"),
        id="pt-role-then-name",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Según el ministro, «la economía crece».", ("la economía crece", "el ministro"), id="es"
        ),
        pytest.param(
            "Selon le ministre, « la croissance revient ».",
            ("la croissance revient", "le ministre"),
            id="fr",
        ),
    ],
)
def test_according_to_in_other_languages(text: str, expected: tuple[str, str]) -> None:
    assert _said(text) == [expected]


def test_pronoun_inside_inverted_cue() -> None:
    text = (
        "Le ministre a déclaré : « Nous ne céderons pas. »\n\n« Nous resterons », a-t-il déclaré."
    )
    quotes = attribute_quotes(text)
    _check_offsets(text, quotes)
    second = quotes[1]
    assert second.speaker is not None
    assert (second.speaker.mention, second.speaker.name, second.cue) == (
        "il",
        "Le ministre",
        "a-t-il déclaré",
    )


def test_unread_attribution_does_not_inherit() -> None:
    text = "Le ministre a déclaré : « Nous ne céderons pas. »\n\n« Non », a ronchonné le syndicat."
    quotes = attribute_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Le ministre"]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_languages(text: str, expected: tuple[str, str]) -> None:
    assert _said(text) == [expected]


def test_summarize_speakers() -> None:
    text = (
        '"We act," Jonathan Braga said.\n\n"We stay," Braga said.\n\n'
        '"No comment," the White House said.'
    )
    quotes = attribute_quotes(text)
    summary = summarize_speakers(quotes)
    assert [(s.name, len(s.quotes), len(s.mentions)) for s in summary] == [
        ("Jonathan Braga", 2, 2),
        ("the White House", 1, 1),
    ]
    assert [m.mention for m in summary[0].mentions] == ["Jonathan Braga", "Braga"]


def test_attribute_in_uses_only_given_paragraphs() -> None:
    text = '"Skipped," he said.\n\n"Kept," she said.'
    paragraphs = split_paragraphs(text)[1:]
    assert [q.text for q in attribute_in(text, paragraphs)] == ["Kept,"]


HOSTILE = [
    pytest.param('"' * 5000, id="run-of-marks"),
    pytest.param("“" * 3000 + "”" * 3000, id="deep-nesting"),
    pytest.param(' said "x," said ' * 2000, id="repeated-said"),
    pytest.param("x" * 200_000, id="one-long-word"),
    pytest.param("\n" * 50_000, id="newlines"),
    pytest.param("'" * 3000 + " ‘a’ " * 1000, id="apostrophes"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_parses(text: str) -> None:
    quotes = attribute_quotes(text, kinds=ALL_KINDS)
    _check_offsets(text, quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def _golden_cases() -> list[ParameterSet]:
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    params: list[ParameterSet] = []
    for case in cases:
        marks = () if case["expect"] == "pass" else (pytest.mark.xfail(strict=True),)
        params.append(pytest.param(case, id=case["label"], marks=marks))
    return params


@pytest.mark.parametrize("case", _golden_cases())
def test_golden_cases(case: dict[str, object]) -> None:
    text = str(case["input"])
    got = [
        [q.text, q.speaker.name if q.speaker else None, q.kind.value]
        for q in attribute_quotes(text)
    ]
    assert got == case["expected"]


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the shared seed article is not present")
    return SEED.read_text(encoding="utf-8")


def test_reference_article(seed_text: str) -> None:
    quotes = attribute_quotes(seed_text)
    _check_offsets(seed_text, quotes)
    got = [
        (q.speaker.name, q.speaker.mention, q.speaker.title, q.speaker.role, q.cue)
        for q in quotes
        if q.speaker is not None
    ]
    assert len(quotes) == 5
    assert got == [
        ("Kareem Nuri", "Kareem Nuri", None, "Badr spokesman", "said"),
        ("Jaafar al-Husseini", "Jaafar al-Husseini", None, "its spokesman", "told"),
        ("A U.S. official in Baghdad", "A U.S. official in Baghdad", None, None, "said"),
        ("A U.S. official in Baghdad", "he", None, None, "added"),
        (
            "Jonathan Braga",
            "Brigadier General Jonathan Braga",
            "Brigadier General",
            "the coalition's director of operations",
            "said",
        ),
    ]
    assert all(q.kind is QuoteKind.DIRECT for q in quotes)


def test_reference_article_indirect(seed_text: str) -> None:
    quotes = attribute_quotes(seed_text, kinds=frozenset({QuoteKind.INDIRECT}))
    braga = [q for q in quotes if q.text.startswith("even if the composition")]
    assert len(braga) == 1
    assert braga[0].speaker is not None
    assert (braga[0].speaker.name, braga[0].speaker.mention) == ("Jonathan Braga", "Braga")


# Text built from quote marks, speech verbs, names and punctuation: the pieces the rules
# react to, in any order.
_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "‘",
        "’",
        "'",
        "「",
        "」",
        " ",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        "said",
        "told",
        "he",
        "she",
        "Nuri",
        "Mr.",
        "the minister",
        "according to",
        "a U.S. official",
        "who",
        "that",
        "We won",
        "a-t-il déclaré",
    ]
)


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_quote_invariants(text: str) -> None:
    quotes = attribute_quotes(text, kinds=ALL_KINDS)
    _check_offsets(text, quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all(0 <= q.start <= q.end <= len(text) for q in quotes)
    assert attribute_quotes(text, kinds=ALL_KINDS) == quotes  # deterministic


_PAIR_PIECES = st.sampled_from(
    [
        "“a”",
        '"a"',
        "“we won,”",
        '"no."',
        " said ",
        "a“b”",
        'x"y"',
        "“”",
        '""',
        " ",
        "x",
        "1",
        '"',
        "”",
        "“",
        "«",
        " “b",
    ]
)


@given(st.lists(_PAIR_PIECES, max_size=12).map("".join))
def test_the_simple_pairing_shortcut_reads_what_the_stack_walk_reads(text: str) -> None:
    # ``_simple_pairs`` lets a paragraph skip the stack walk: the quotes must be the same.
    paragraphs = split_paragraphs(text)
    fast = find_marked(text, paragraphs, singles=False)
    with mock.patch.object(_quote_marks, "_simple_pairs", return_value=False):
        walked = find_marked(text, paragraphs, singles=False)
    assert fast == walked
    marks = _mark_offsets(text, 0, len(text), singles=False)
    if len(marks) > 2 and _simple_pairs(text, marks, 0, len(text)):
        pairs, unclosed = _pairs(text, marks, 0, len(text))
        assert pairs == [(marks[at], marks[at + 1]) for at in range(0, len(marks), 2)]
        assert not unclosed
    if len(marks) > 2 and len(marks) % 2 and _simple_pairs(text, marks[:-1], 0, len(text)):
        # Simple pairs and one double mark more: the pairs, and the last mark read alone.
        pairs, unclosed = _pairs(text, marks, 0, len(text))
        assert pairs == [(marks[at], marks[at + 1]) for at in range(0, len(marks) - 1, 2)]
        assert unclosed == _pairs(text, marks[-1:], 0, len(text))[1]
