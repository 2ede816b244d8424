"""Metadata: titles, bylines, credits, datelines, decks, dates, counters, copyright, site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsparse
from newsparse import parse_metadata
from newsparse._byline import person, read_names
from newsparse._spans import split_lines
from newsparse.metadata import extract_metadata

BODY = (
    "The council voted on Tuesday to approve the budget, officials said.\n\n"
    "Critics said the plan would raise taxes for most residents of the city.\n"
)

SEED = Path(__file__).parents[1] / ".." / "shared" / "seeds" / "000_b2ce160810e34635.txt"


BYLINES = [
    ("two people", "By John Smith and Jane Doe", ("John Smith", "Jane Doe"), None),
    ("daily mail reporter", "By . Daily Mail Reporter .", (), "Daily Mail"),
    ("job title removed", "Jane Doe, Staff Writer", ("Jane Doe",), None),
    ("1987 wire byline", "    By Jeremy Clift, Reuters", ("Jeremy Clift",), "Reuters"),
    ("capitals", "BY NAILENE CHOU WIEST, Reuters", ("Nailene Chou Wiest",), "Reuters"),
    ("posted by handle", "Posted on by willyloman", ("willyloman",), None),
    ("agency byline", "By AFP", (), "AFP"),
    ("name and outlet", "PETER KORZUN / STRATEGIC CULTURE", ("Peter Korzun",), "Strategic Culture"),
    ("three people", "By Ann Lee, Bo Chan & Cy Diaz", ("Ann Lee", "Bo Chan", "Cy Diaz"), None),
    ("honorific dropped", "Written by Dr. Jane Doe", ("Jane Doe",), None),
    ("bullet and relative time", "By John Smith • 2 hours ago", ("John Smith",), None),
    ("name then job line", "John Smith\nStaff Writer", ("John Smith",), None),
    (
        "outlet after comma",
        "By John Smith and Jane Doe, The Washington Post",
        ("John Smith", "Jane Doe"),
        "The Washington Post",
    ),
    ("by the agency", "By The Associated Press", (), "AP"),
    ("wire reports", "From wire reports", (), None),
]


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [row[1:] for row in BYLINES],
    ids=[row[0] for row in BYLINES],
)
def test_bylines(line: str, authors: tuple[str, ...], source: str | None) -> None:
    text = f"Council approves city budget\n\n{line}\n\n{BODY}"
    article = newsparse.parse(text)
    assert article.metadata.title == "Council approves city budget"
    assert article.metadata.authors == authors
    assert article.metadata.source == source
    assert article.paragraphs[0].text.startswith("The council voted"), "the byline is no body"


CREDITS = [
    ("agency and day", "Reuters , Tuesday 6 Feb 2018", "Reuters", (), dt.date(2018, 2, 6)),
    ("outlet and day", "Ahram Online, Monday 27 Jun 2011", "Ahram Online", (),
     dt.date(2011, 6, 27)),
    ("people and day", "Mustafa Ali and Salma El-Wardani, Sunday 24 Jul 2011", None,
     ("Mustafa Ali", "Salma El-Wardani"), dt.date(2011, 7, 24)),
    ("cnn credit", "(CNN) --", "CNN", (), None),
    ("ap credit", "(AP) —", "AP", (), None),
    ("agency alone", "AFP", "AFP", (), None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "source", "authors", "published"),
    [row[1:] for row in CREDITS],
    ids=[row[0] for row in CREDITS],
)
def test_credit_lines(
    line: str, source: str | None, authors: tuple[str, ...], published: dt.date | None
) -> None:
    text = f"Council approves city budget\n\n{line}\n\n{BODY}"
    metadata = parse_metadata(text)
    assert metadata.source == source
    assert metadata.authors == authors
    assert metadata.published == published


DATELINES = [
    ("wire", "CAIRO, Feb 6 (Reuters) - ", "CAIRO", "Reuters"),
    ("place and agency", "WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"),
    ("em dash", "WASHINGTON — ", "WASHINGTON", None),
    ("region", "PELHAM, N.C. — ", "PELHAM, N.C.", None),
    ("two places", "WEST PALM BEACH, Fla./WASHINGTON (Reuters) - ",
     "WEST PALM BEACH, Fla./WASHINGTON", "Reuters"),
    ("agency only", "(Reuters) - ", None, "Reuters"),
    ("cnn", "(CNN) ", None, "CNN"),
    ("city and cnn", "Kiev (CNN) ", "Kiev", "CNN"),
    ("1987 day first", "AMSTERDAM, 2 March - ", "AMSTERDAM", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prefix", "dateline", "source"),
    [row[1:] for row in DATELINES],
    ids=[row[0] for row in DATELINES],
)
def test_datelines_are_cut_off_the_first_paragraph(
    prefix: str, dateline: str | None, source: str | None
) -> None:
    text = f"Council approves city budget\n\n{prefix}{BODY}"
    article = newsparse.parse(text)
    assert article.metadata.dateline == dateline
    assert article.metadata.source == source
    first = article.paragraphs[0]
    assert first.text.startswith("The council voted"), "the rest of the line stays body"


def test_one_line_wire_story() -> None:
    text = "WASHINGTON (Reuters) - " + BODY.replace("\n", " ").strip()
    article = newsparse.parse(text)
    assert article.metadata.title is None
    assert (article.metadata.dateline, article.metadata.source) == ("WASHINGTON", "Reuters")
    assert article.paragraphs[0].text.startswith("The council voted")


def test_a_1987_dateline_gives_no_published_date() -> None:
    text = "DUTCH ADVANCES TOTAL 4.8 BILLION\n    AMSTERDAM, March 2 - The bank said.\n Reuter\n"
    metadata = parse_metadata(text)
    assert metadata.published is None
    assert (metadata.dateline, metadata.source) == ("AMSTERDAM", "Reuters")


TITLES = [
    ("plain", "Council approves city budget\n\n", "Council approves city budget"),
    ("question", "Et Tu, Benedict?\n\n", "Et Tu, Benedict?"),
    ("capitals with abbreviation", "TAIWAN TO SEEK HIGHER EXPORTS TO U.S.\n\n",
     "TAIWAN TO SEEK HIGHER EXPORTS TO U.S."),
    ("no headline", "", None),
    ("a sentence is no headline", "The mayor said the vote was close.\n\n", None),
    ("caption is no headline", "The mayor, left, at City Hall (Photo: Reuters/Jo Ann)\n\n", None),
    ("site clock is no headline", "Last Update 20:39\nMonday, 20 January 2020\n\n", None),
    ("counter is no headline", "12k SHARES SHARE THIS STORY\n\n", None),
    ("section label is no headline", "TRANSPORTATION\n\n", None),
    ("date stamp is no headline", "Updated Dec. 25 at 3:53 pm E.T.\n\n", None),
    ("caption and credit before the headline",
     "The mayor at City Hall on Monday. | AP Photo Council approves city budget\n\n",
     "Council approves city budget"),
    ("deck-like sentence is no headline",
     "The council has approved a budget that raises taxes for most residents\n\n", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "title"), [row[1:] for row in TITLES], ids=[row[0] for row in TITLES]
)
def test_titles(header: str, title: str | None) -> None:
    assert parse_metadata(header + BODY).title == title


def test_page_title_names_the_site_and_finds_the_headline() -> None:
    text = (
        "Council approves budget - Politics - City Gazette Online\n\nSign in\n\nHome\n\n"
        "Council approves budget\n\nJane Doe, Friday 3 May 2013\n\n" + BODY
    )
    metadata = parse_metadata(text)
    assert metadata.title == "Council approves budget"
    assert metadata.site == "City Gazette Online"
    assert metadata.authors == ("Jane Doe",)
    assert metadata.published == dt.date(2013, 5, 3)


def test_decks_under_and_over_the_headline() -> None:
    text = (
        "Council approves city budget\n\nThe vote ends a months-long fight over taxes\n\n"
        "By Jane Doe\n\n" + BODY
    )
    article = newsparse.parse(text)
    assert article.metadata.deck == "The vote ends a months-long fight over taxes"
    assert not any("months-long" in p.text for p in article.paragraphs)
    over = "The vote has ended a months-long fight over taxes\n\nCouncil Approves City Budget\n\n"
    metadata = parse_metadata(over + BODY)
    assert metadata.title == "Council Approves City Budget"
    assert metadata.deck == "The vote has ended a months-long fight over taxes"


def test_story_highlights_are_decks_not_the_title() -> None:
    text = (
        "Story highlights The council voted 5-4\n"
        "Taxes will rise for most residents\n\n(CNN) " + BODY
    )
    metadata = parse_metadata(text)
    assert metadata.title is None
    assert metadata.source == "CNN"
    assert metadata.deck is not None


DATE_LINES = [
    ("published and updated",
     "PUBLISHED: 10:45 EST, 5 March 2013 | UPDATED: 12:01 EST, 6 March 2013",
     "2013-03-05T10:45:00-05:00", "2013-03-06T12:01:00-05:00"),
    ("last updated", "Last updated 2018-02-06T14:05:00+02:00", None, "2018-02-06T14:05:00+02:00"),
    ("plain day", "Feb. 6, 2018", "2018-02-06", None),
    ("drupal stamp", "Tue, 25/10/2012 - 22:34", "2012-10-25T22:34:00", None),
    ("weekday settles numeric order", "Tue, 09/10/2012 - 22:34", "2012-10-09T22:34:00", None),
    ("ambiguous numeric left out", "09/10/2012 - 22:34", None, None),
    ("dotted numeric is day-first", "06.02.2018 10:45", "2018-02-06T10:45:00", None),
    ("bullet before time", "6 February 2018 • 10:45am", "2018-02-06T10:45:00", None),
    ("byline with date", "by Jane Doe on February 6, 2018", "2018-02-06", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [row[1:] for row in DATE_LINES],
    ids=[row[0] for row in DATE_LINES],
)
def test_date_lines(line: str, published: str | None, updated: str | None) -> None:
    # Read without chrome, to test the header reader alone (a date line is never chrome).
    text = f"Council approves city budget\n\n{line}\n\n{BODY}"
    metadata, _ = extract_metadata(text, split_lines(text), (), newsparse.ParseOptions())
    assert (metadata.published_value.iso if metadata.published_value else None) == published
    assert (metadata.updated_value.iso if metadata.updated_value else None) == updated


def test_dates_inside_the_story_are_not_published() -> None:
    text = "Council approves city budget\n\nThe council voted on 5 March 2013 to approve it.\n"
    assert parse_metadata(text).published is None


def test_site_clock_and_its_date_are_not_published() -> None:
    text = "Last Update 20:39\n\nMonday, 20 January 2020\n\nCouncil approves budget\n\n" + BODY
    metadata = parse_metadata(text)
    assert metadata.title == "Council approves budget"
    assert metadata.published is None
    assert metadata.updated is None


def test_never_after_the_reference() -> None:
    text = "Council approves city budget\n\nFeb. 6, 2018\n\n" + BODY
    options = newsparse.ParseOptions(reference=dt.date(2018, 1, 1))
    assert parse_metadata(text, options=options).published is None
    assert parse_metadata(text).published == dt.date(2018, 2, 6)


FOOTERS = [
    ("sign-off agency", " Reuter", "source", "Reuters"),
    ("contributed", "The Associated Press contributed to this report.", "source", "AP"),
    ("writer contributed", "Associated Press writer Ann Lee contributed to this report.",
     "source", "AP"),
    ("additional reporting", "Additional reporting from Reuters", "source", "Reuters"),
    ("permission", "Article posted with permission from Pamela Geller", "authors",
     ("Pamela Geller",)),
    ("origin with outlet", "This report was originally published by Tyler Durden at Zero Hedge",
     "source", "Zero Hedge"),
    ("source link", "Source: http://example.com/2018/01/23/a-story/", "source", "example.com"),
    ("bio", "Judi McLeod is an award-winning journalist with 30 years in print.", "authors",
     ("Judi McLeod",)),
    ("not a bio", "Food Investigations is a series of short documentaries.", "authors", ()),
    ("dash sign-off", "— Noah Bierman and Chris Megerian\nLos Angeles Times", "authors",
     ("Noah Bierman", "Chris Megerian")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("footer", "field", "value"),
    [row[1:] for row in FOOTERS],
    ids=[row[0] for row in FOOTERS],
)
def test_footers(footer: str, field: str, value: object) -> None:
    metadata = parse_metadata(f"Council approves city budget\n\n{BODY}\n{footer}\n")
    assert getattr(metadata, field) == value


def test_press_release_contact_block_is_metadata() -> None:
    footer = (
        "Acme Research is the leading source of market reports.\n\nContact:\n\n"
        "Ms. Jo Park\n\nAcme Research\n\n+1 408 520 9750\n\nEmail: sales@acme.example.com\n"
    )
    article = newsparse.parse(f"Council approves city budget\n\n{BODY}\n{footer}")
    assert [p.text for p in article.paragraphs][-1].startswith("Critics said")


def test_a_phone_number_inside_the_story_is_kept() -> None:
    text = f"Council approves city budget\n\n{BODY}\nResidents can call 555 0100 1234 to vote.\n"
    article = newsparse.parse(text)
    assert article.paragraphs[-1].text.startswith("Residents can call")


def test_dash_sign_off_names_the_outlet() -> None:
    text = f"Council approves city budget\n\n{BODY}\n— Tracy Wilkinson\nLos Angeles Times\n"
    assert parse_metadata(text).source == "Los Angeles Times"


CHROME = [
    ("views", "Views: 2154", "views", 2154),
    ("shares with k", "12k SHARES", "shares", 12000),
    ("copyright site", "© 2010 Ahram Online.", "site", "Ahram Online"),
    ("copyright year", "© 2010 Ahram Online.", "copyright_year", 2010),
    ("copyright holder", "Copyright © Canada Free Press", "copyright", "Canada Free Press"),
    ("syndicated copyright is no site",
     "©2018 Los Angeles Times, Distributed by Tribune Content Agency, LLC.", "site", None),
    ("appeared first", "The post Council approves budget appeared first on City Gazette.", "site",
     "City Gazette"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "field", "value"), [row[1:] for row in CHROME], ids=[row[0] for row in CHROME]
)
def test_counters_copyright_and_site(line: str, field: str, value: object) -> None:
    metadata = newsparse.parse(f"Council approves city budget\n\n{BODY}\n{line}\n").metadata
    assert getattr(metadata, field) == value


def test_a_counter_never_gives_a_date() -> None:
    metadata = parse_metadata("Council approves city budget\n\nViews: 2018\n\n" + BODY)
    assert metadata.published is None


def test_site_is_never_taken_from_the_story() -> None:
    text = "Council approves city budget\n\nThe mayor told City Gazette she was pleased.\n"
    assert parse_metadata(text).site is None


def test_evidence_slices_the_input() -> None:
    text = (
        "Council approves city budget\n\nReuters , Tuesday 6 Feb 2018\n\nViews: 12\n\n"
        "CAIRO (Reuters) - " + BODY + "\n© 2010 City Gazette.\n"
    )
    metadata = newsparse.parse(text).metadata
    fields = {e.field for e in metadata.evidence}
    assert {"title", "source", "published", "dateline", "site"} <= fields
    for evidence in metadata.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.rule


NAMES = [
    ("person", "Joseph P. Martino", "Joseph P. Martino"),
    ("hyphen", "Salma El-Wardani", "Salma El-Wardani"),
    ("particle", "Jaafar al-Husseini", "Jaafar al-Husseini"),
    ("capitals", "PETER KORZUN", "Peter Korzun"),
    ("outlet", "Ahram Online", None),
    ("noun phrase", "The Affordable Care Act", None),
    ("agency", "Associated Press", None),
    ("one word", "Madonna", None),
]


@pytest.mark.parametrize(("raw", "name"), [r[1:] for r in NAMES], ids=[r[0] for r in NAMES])
def test_person_names(raw: str, name: str | None) -> None:
    assert person(raw) == name


def test_read_names_splits_people_from_organisations() -> None:
    names = read_names("Giovani – Liveanddare.com", single=True)
    assert (names.people, names.sources) == (["Giovani"], ["Liveanddare.com"])


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not available")
def test_reference_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    metadata = article.metadata
    assert metadata.title == (
        "Iran-backed Iraqi groups urge full US withdrawal, hardliners threaten attacks"
    )
    assert metadata.source == "Reuters"
    assert metadata.published == dt.date(2018, 2, 6)
    assert type(metadata.published) is dt.date, "a day, not midnight"
    assert metadata.updated is None, "the banner's 'Last Update' is the site clock"
    assert metadata.views == 2154
    assert metadata.site == "Ahram Online"
    assert metadata.copyright_year == 2010
    banner = text.index("Monday, 20 January 2020")
    assert all(not e.start <= banner < e.end for e in metadata.evidence if e.field == "published")
