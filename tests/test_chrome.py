"""Site chrome: rule sets by kind, glued cuts, context rules, profiles and learn_chrome."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import newsparse
from newsparse import (
    ChromeKind,
    ChromeProfile,
    ParseOptions,
    _chrome_rules,
    _chrome_shapes,
    strip_chrome,
)
from newsparse._spans import split_lines
from newsparse.chrome import find_chrome, learn_chrome

SHARED = Path(__file__).parents[1] / ".." / "shared"
SCRAPED = SHARED / "corpora" / "scraped"


def chrome_of(text: str, profile: ChromeProfile | None = None) -> list[tuple[str, str]]:
    """(text, kind) of every chrome item found in ``text``."""
    return [(c.text, c.kind.value) for c in find_chrome(text, split_lines(text), profile)]


def rules_of(text: str) -> list[str]:
    return [c.rule for c in find_chrome(text, split_lines(text))]


STORY = "The council voted on Tuesday to close the old bridge, officials said."

# One line of chrome between two story paragraphs: (line, expected kind).
CHROME_LINES = [
    # BANNER: the site's clock.
    ("Last Update 20:39", "banner"),
    ("Last updated: 9.05", "banner"),
    # COUNTER
    ("Views: 2154", "counter"),
    ("2.3k SHARES", "counter"),
    ("13.8k SHARES SHARE THIS STORY", "counter"),
    ("53 SHARES Facebook Twitter", "counter"),
    ("16,738 16,738 Retweets   53,680 53,680 likes", "counter"),
    ("906", "counter"),
    ("% of readers think this story is Fact. Add your two cents.", "counter"),
    ("4 min read", "counter"),
    ("Reading time: 6 minutes", "counter"),
    # SHARE
    ("Print / Send / Tweet", "share"),
    ("Facebook Twitter Pinterest", "share"),
    ("Share this: Reddit", "share"),
    ("Tweet", "share"),
    ("Share 123 Tweet 45", "share"),
    ("Print this page", "share"),
    ("Share or comment on this article:", "share"),
    ("Spread the word! Like and share this post with your friends.", "share"),
    # NAVIGATION
    ("Sign in", "navigation"),
    ("About Us", "navigation"),
    ("Skip to main content", "navigation"),
    ("Like this:", "navigation"),
    ("These are external links and will open in a new window", "other"),
    ("Reuse this content", "navigation"),
    ("World | Africa | Middle East", "navigation"),
    ("Next Slide", "navigation"),
    ("Home > News > Local", "navigation"),
    ("You are here: Home / News", "navigation"),
    # AD
    ("Advertisement", "ad"),
    ("ADVERTISEMENTS", "ad"),
    ("Story continues below", "ad"),
    ("Advertisement - story continues below", "ad"),
    ("Story Continued Below", "ad"),
    ("Sponsored Content", "ad"),
    ("Supported by", "ad"),
    ("Promoted Links by Examplewidget", "ad"),
    ("Around the Web", "ad"),
    ("Garden Hose Pro... Buy New $19.95 (as of 04:50 EDT - Details)", "ad"),
    ("Get the full report @ https://example.com/report/123", "ad"),
    # PROMPT
    ("Subscribe to The Example Courier for FREE", "prompt"),
    ("Sign up for our daily newsletter to get the news first.", "prompt"),
    ("Enter your e-mail address.", "prompt"),
    ("Email *", "prompt"),
    ("take our poll - story continues below", "prompt"),
    ("You may opt out at anytime.", "prompt"),
    ("You also agree to this site's Privacy Policy and Terms of Use.", "prompt"),
    ("Add your name to thousands demanding a vote!", "prompt"),
    ("Click here to watch the full interview.", "prompt"),
    ("Follow Jane Roe on Twitter @janeroe", "prompt"),
    ("Like us on Facebook", "prompt"),
    ("See an error in this article? Send us a correction", "prompt"),
    ("Report a typo", "prompt"),
    ("Got a news tip? Email us.", "prompt"),
    ("Poll loading …", "prompt"),
    ("Get the day's top stories delivered to your inbox.", "prompt"),
    ("Thanks for signing up!", "prompt"),
    # RELATED
    ("Read more", "related"),
    ("READ MORE:", "related"),
    ("Continue reading →", "related"),
    ("Continue reading the main story", "related"),
    ("Related: Mayor opens the new market hall", "related"),
    ("Read more: Mayor opens the new market hall", "related"),
    ("Also read: Ten things to know about the budget", "related"),
    ("Most Viewed", "related"),
    ("[Mayor says the bridge will reopen next spring]", "related"),
    ("Older articles by Jane Roe", "related"),
    ("Top Stories", "related"),
    ("In case you missed it", "related"),
    # CAPTION
    ("Featured image via Flickr", "caption"),
    ("Photo Credit: Jane Roe / Example Images", "caption"),
    ("(Photo: AP)", "caption"),
    ("[Image via YouTube]", "caption"),
    ("AP Photo/Jane Roe", "caption"),
    ("Hide Caption 1 of 30", "caption"),
    ("38 Photos", "caption"),
    ("Scroll down for video", "caption"),
    ("Media playback is unsupported on your device", "caption"),
    ("Listen to this article", "caption"),
    ("Play VIDEO", "caption"),
    ("PlayMayor Visits Flooded Streets Facebook Twitter Google Plus Embed", "caption"),
    ("Watch the full speech here:", "caption"),
    ("Sen. Roe Visits the Flooded Streets 1:42", "caption"),
    ("Mayor Visits Flooded Streets 2:38", "caption"),
    ("https://youtu.be/abc123XYZ", "caption"),
    ("The mayor at the flooded market on Monday (Reuters)", "caption"),
    ("The mayor at the market. (Photo: Jane Roe, AP)", "caption"),
    ("CEN   Flooded: The market on Monday", "caption"),
    ("(Reuters/Jane Roe)", "caption"),
    ("Getty Images/Jane Roe", "caption"),
    ("Image copyright Example Images Image caption The market on Monday", "caption"),
    ("Pictured: the market on Monday", "caption"),
    ("Your browser does not support the video tag.", "caption"),
    ("The mayor, right, with Rep. Jane Roe (Reuters/John Doe)", "caption"),
    # COMMENTS
    ("Comments", "comments"),
    ("12 Comments", "counter"),
    ("Leave a comment", "comments"),
    ("Have something to add to this story? Share it in the comments.", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Notify me of follow-up comments by email.", "comments"),
    (
        "This site uses Examplespam to reduce spam. Learn how your comment data is processed.",
        "comments",
    ),
    # TAGS
    ("Search Keywords:", "tags"),
    ("Topics", "tags"),
    ("Tags: budget, council, bridge", "tags"),
    ("Filed under: Local News | Tagged: bridge, council", "tags"),
    ("Posted in Local News | Tagged bridge, council", "tags"),
    ("This entry was posted in News and tagged bridge. Bookmark the permalink.", "tags"),
    # COOKIE
    ("We use cookies to give you the best experience on our site.", "cookie"),
    # COPYRIGHT
    ("© 2010 Example Online.", "copyright"),
    ("Copyright © Example Press", "copyright"),
    ("©2018 The Example Times, Distributed by Example Content Agency, LLC.", "copyright"),
    ("All rights reserved.", "copyright"),
    ("The post Bridge to close appeared first on Example News.", "copyright"),
    ("This article originally appeared on Example.com.", "copyright"),
    # SHORT_LINK
    ("Short link:", "short link"),
    ("Short URL: https://exam.pl/abc", "short link"),
    # OTHER
    ("———", "other"),
    ("The views expressed in this opinion article are solely those of their author.", "other"),
    ("Please adhere to our commenting policy to avoid being banned.", "other"),
]


@pytest.mark.parametrize(("line", "kind"), CHROME_LINES, ids=[c[0][:40] for c in CHROME_LINES])
def test_chrome_line_between_story_paragraphs(line: str, kind: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{STORY}\n"
    assert chrome_of(text) == [(line, kind)]


# Story lines that look like chrome and must stay.
STORY_LINES = [
    "Print and broadcast media were barred from the hearing.",
    "Share prices fell 3 percent on Monday.",
    "Facebook said it would appeal the ruling.",
    "Subscribers to the service will pay more from June.",
    "Related charges were dropped last year.",
    "Comments from the minister angered the opposition.",
    "The views of the residents were ignored, she said.",
    "Advertising revenue rose 12 percent in the quarter.",
    "Follow-up talks are planned for next week.",
    "The Brujas spread the word about events through social media.",
    "Photos of the damage circulated online within hours.",
    "Copyright law does not protect ideas, the judge wrote.",
    "Home prices rose for a sixth month.",
    "More than 200 people attended the vigil.",
    "Read the full statement below:",
    "Report a problem with the app to the company, he said.",
    "Supported by donors, the clinic treats 200 patients a day.",
    "Like this one, many of the bridges are more than 100 years old.",
    "The doors open in a new window of time for the talks, she said.",
    "[Emphasis added]",
    '"The post violated our guidelines," a spokesperson said.',
    "The commenting policy of the site was changed, the editor said.",
    "Footage by the BBC showed the crowd.",
    "Police released footage of the crash and a video by witnesses",
    "Advertisement revenue rose 12 percent in the quarter, the company said.",
    "Phishing emails arrive in your inbox disguised as bank letters.",
    "The film was distributed by Example Services LLC in 2010.",
    "She urged readers to sign up for the newsletter, which has 10,000 subscribers.",
    "Users must agree to our terms before posting, the company said.",
    '"Sign up for our newsletter," the campaign urged its supporters.',
    "[Editor's note: This story was updated on Monday.]",
    "Watch out for ice on the roads, police said.",
    "In case of fire, residents should leave by the east stairs.",
    "Top officials met on Monday.",
    "The ruling will not be published until Friday, the court said.",
    "Prices rose 5 > 3 in the index, economists said.",
    "Reading is a pleasure for many of the town's residents.",
    "Around the city, residents cleared the streets of snow.",
    "Why it matters",
    "What happens next?",
    "I…can’t…even.",
    (
        "Do not let yourself be fooled: arm yourself with the facts by ordering the new book "
        "on the history of the city council — click here to do so now."
    ),
    "Like others on YouTube, the channel earns money from adverts shown on the site.",
    "The meeting starts at 10:30",
    "1. Question from the moderator;",
    "Story highlights The vote was close",
    "By Jane Roe and John Doe",
    "Reuters , Tuesday 6 Feb 2018",
    "CAIRO, Feb 6 (Reuters) - The council met.",
    "(Reporting by Jane Roe; Editing by John Doe)",
    # Header lines built like menu rows or counters: the metadata's to read (issue 4).
    "PUBLISHED: 10:45 EST, 5 March 2013 | UPDATED: 12:01 EST, 6 March 2013",
    "By JOHN SMITH | Staff Writer",
    "Feb 6, 2018 | 10:45 AM",
    "John Smith | Reuters",
    "Politics | Feb 6, 2018",
    "Filed under: Politics | 6 Feb 2018",
    "342 Comments | Feb 6, 2018",
    "Updated Tuesday 10:45",
    "10:45 AM - 6 Feb 2018",
    "2018",
]


@pytest.mark.parametrize("line", STORY_LINES, ids=[s[:40] for s in STORY_LINES])
def test_story_and_metadata_lines_stay(line: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{STORY}\n"
    assert chrome_of(text) == []


# Chrome glued to a story line: (line, the chrome fragment, its offset in the line).
GLUED = [
    (
        "He was seen leaving the building on Monday. Featured image via Flickr",
        "Featured image via Flickr",
        44,
    ),
    (
        f"{STORY} {STORY} {STORY} {STORY} (Photo: Jane Roe)",
        "(Photo: Jane Roe)",
        4 * (len(STORY) + 1),
    ),
    (
        "Continued below... The newspaper gave the remarks front-page coverage on Friday.",
        "Continued below...",
        0,
    ),
    (
        "The hospital will replace its chief executive in September.—More…",
        "—More…",
        59,
    ),
    (
        "ADVERTISEMENT The council voted on Tuesday to close the bridge.",
        "ADVERTISEMENT",
        0,
    ),
    (
        "The bridge will close in June, the mayor said. Follow Jane Roe on Twitter @janeroe",
        "Follow Jane Roe on Twitter @janeroe",
        47,
    ),
    (
        "another day’s journey into the great unknown. copyright by: Jane Roe",
        "copyright by: Jane Roe",
        46,
    ),
]


@pytest.mark.parametrize(("line", "fragment", "offset"), GLUED, ids=[g[1] for g in GLUED])
def test_glued_chrome_is_cut_at_the_right_character(line: str, fragment: str, offset: int) -> None:
    text = f"{STORY}\n\n{line}\n"
    start = len(STORY) + 2
    (item,) = find_chrome(text, split_lines(text))
    assert item.text == fragment
    assert (item.start, item.end) == (start + offset, start + offset + len(fragment))
    assert text[item.start : item.end] == item.text
    # The story part stays in the body.
    body = newsparse.parse(text).body
    assert line.replace(fragment, "").strip() in body
    assert fragment not in body


def test_chrome_items_are_sorted_and_disjoint() -> None:
    text = "\n".join(line for line, _ in CHROME_LINES) + "\n" + "\n".join(g[0] for g in GLUED)
    items = find_chrome(text, split_lines(text))
    assert items
    for left, right in itertools.pairwise(items):
        assert left.end <= right.start
    for item in items:
        assert text[item.start : item.end] == item.text


# Context rules: (text, the lines that are chrome).
CONTEXT = [
    pytest.param(
        "Last Update 20:39\nMonday, 20 January 2020\n\nBridge to close\n\n" + STORY,
        ["Last Update 20:39", "Monday, 20 January 2020"],
        id="banner-date-under-the-clock",
    ),
    pytest.param(
        f"{STORY}\n\nRead more:\n\nMayor opens the new market hall\nTen things to know about the "
        f"budget\n\n{STORY}",
        ["Read more:", "Mayor opens the new market hall", "Ten things to know about the budget"],
        id="headlines-under-read-more",
    ),
    pytest.param(
        f"{STORY}\n\nWhat the closure means for commuters in the city\n Read more\n\n{STORY}",
        ["What the closure means for commuters in the city", "Read more"],
        id="headline-over-read-more",
    ),
    pytest.param(
        f"Bridge to close\n\n{STORY}\n\nThe old bridge at dusk on Monday.\n"
        f"(Example photo: Jane Roe)\n\n{STORY}",
        ["The old bridge at dusk on Monday.", "(Example photo: Jane Roe)"],
        id="caption-over-bracketed-credit",
    ),
    pytest.param(
        f"{STORY}\n\ntake our poll - story continues below\nShould the bridge close?\n"
        f"Should the bridge close?\n* Yes, it should.\nNo, keep it open.\nEmail *\n"
        f"You may opt out at anytime.\n\n{STORY}",
        [
            "take our poll - story continues below",
            "Should the bridge close?",
            "Should the bridge close?",
            "* Yes, it should.",
            "No, keep it open.",
            "Email *",
            "You may opt out at anytime.",
        ],
        id="poll-block",
    ),
    pytest.param(
        f"{STORY}\nclose dialog\nTo get more of the latest\nstories from the Example,\n"
        f"sign up for our newsletter.\n\n{STORY}",
        [
            "close dialog",
            "To get more of the latest",
            "stories from the Example,",
            "sign up for our newsletter.",
        ],
        id="wrapped-newsletter-prompt",
    ),
    pytest.param(
        f"Bridge to close\n\n{STORY}\n\nMayor: the bridge is not safe\nPlay VIDEO\n"
        f"Mayor: the bridge is not safe\n\n{STORY}",
        ["Mayor: the bridge is not safe", "Play VIDEO", "Mayor: the bridge is not safe"],
        id="video-title-around-play",
    ),
    pytest.param(
        f"Bridge to close\n\n{STORY}\n\n{STORY}\n\nWe cannot keep patching a bridge that was built "
        f"for horses\nJane Roe, city engineer\n{STORY}",
        ["We cannot keep patching a bridge that was built for horses", "Jane Roe, city engineer"],
        id="pull-quote",
    ),
    pytest.param(
        f"{STORY}\n\n1\n\nFirst item of the list.\n\n2\n\nSecond item of the list.\n\n3\n\nThird.",
        [],
        id="numbered-list-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_context_rules(text: str, expected: list[str]) -> None:
    assert [t for t, _ in chrome_of(text)] == expected


def whole_page() -> str:
    menu = "Home\nWorld\nBusiness\nOpinion\nSports\nArts & Culture"
    story = "\n\n".join(f"Paragraph {n}: {STORY}" for n in range(6))
    form = "Email\n\nName\n\nComment\n\nPlease Wait"
    comment = (
        "I think the council is wrong about the bridge and should have asked the people who "
        "use it every single day before deciding anything at all."
    )
    return (
        f"Bridge to close - Local - Example Online\n\nSign in\n\nAbout Us\n\n{menu}\n\n"
        f"Bridge to close\n\nThe council says the bridge is unsafe\n\nJane Roe, Tuesday 6 Feb 2018"
        f"\n\nPrint\n\nViews: 120\n\n{story}\n\nSearch Keywords:\n\nbridge | council\n\n"
        f"Short link:\n\n{form}\n\n{comment}\n\nMost Viewed\n\n© 2010 Example Online."
    )


def test_whole_page_keeps_the_story_block_and_its_header() -> None:
    text = whole_page()
    kept = strip_chrome(text).text
    for n in range(6):
        assert f"Paragraph {n}: {STORY}" in kept
    for header in ("Bridge to close\n", "The council says", "Jane Roe, Tuesday 6 Feb 2018"):
        assert header in kept
    for chrome in ("Sign in", "Business", "Views:", "Search Keywords", "Short link", "I think"):
        assert chrome not in kept
    assert "Example Online" not in kept


def test_title_with_site_name_opening_the_text_stays() -> None:
    text = f"Bridge to close | Local | Example News\n\n{STORY}\n\nWorld | Local | Sports\n"
    assert [t for t, _ in chrome_of(text)] == ["World | Local | Sports"]


def test_short_header_lines_are_no_menu() -> None:
    text = (
        "Bridge to close\nBy Jane Roe\nMarch 3, 2017\nUpdated 5:10 pm\nLocal news\n"
        f"Advertisement\n\n{STORY}\n\n{STORY}"
    )
    assert [t for t, _ in chrome_of(text)] == ["Advertisement"]


def test_learn_chrome_leaves_date_and_credit_lines_alone() -> None:
    pages = [
        f"Example Wire , {day} {n} March 2021\n\nStory {word}.\n"
        for n, (day, word) in enumerate(
            [("Monday", "one"), ("Tuesday", "two"), ("Friday", "three"), ("Sunday", "four")]
        )
    ]
    assert learn_chrome(pages).patterns == ()


def test_article_without_menus_is_no_page() -> None:
    text = f"Bridge to close\n\n{STORY}\n\nComments\n\n{STORY}"
    assert [t for t, _ in chrome_of(text)] == ["Comments"]


# Profiles.


def test_profile_lines_and_patterns_merge_with_the_rules() -> None:
    text = f"Example Daily: all the news\n\n{STORY}\n\nViews: 12\n\nIssue 4411 of 5000\n\n{STORY}"
    assert [t for t, _ in chrome_of(text)] == ["Views: 12"]
    profile = ChromeProfile(
        lines=frozenset({"EXAMPLE DAILY:  all the news"}), patterns=(r"Issue \d+ of \d+",)
    )
    found = find_chrome(text, split_lines(text), profile)
    assert [(c.text, c.kind, c.rule) for c in found] == [
        ("Example Daily: all the news", ChromeKind.PROFILE, "profile_line"),
        ("Views: 12", ChromeKind.COUNTER, "counter"),
        ("Issue 4411 of 5000", ChromeKind.PROFILE, "profile_pattern"),
    ]
    stripped = strip_chrome(text, options=ParseOptions(chrome=profile))
    assert "Example Daily" not in stripped.text
    assert "Issue 4411" not in stripped.text


def test_bad_profile_pattern_is_an_options_error() -> None:
    profile = ChromeProfile(patterns=("(unclosed",))
    with pytest.raises(newsparse.OptionsError, match="unclosed"):
        strip_chrome(STORY, options=ParseOptions(chrome=profile))


def test_profile_round_trip() -> None:
    profile = ChromeProfile(lines=frozenset({"a", "b"}), patterns=(r"x\d+",), name="example.com")
    data = json.loads(json.dumps(profile.to_dict()))
    assert ChromeProfile.from_dict(data) == profile


def synthetic_site(n: int) -> list[str]:
    stories = [
        "The council voted to close the bridge.",
        "Rain is expected across the region on Friday.",
        "The school board approved a new budget.",
        "A new library opened in the old market hall.",
        "Police closed the road after the crash.",
        "The museum will stay open late in summer.",
    ]
    return [
        f"Example Gazette - local news\nMonday, {n + 1} March 2021\n\n{stories[n][:-1]}!\n\n"
        f"{stories[n]}\n\nViews: {100 + 37 * n}\n\nGet the Gazette in your inbox every morning\n"
        for n in range(n)
    ]


def test_learn_chrome_finds_recurring_lines_and_shapes() -> None:
    profile = learn_chrome(synthetic_site(6), name="gazette")
    assert profile.name == "gazette"
    assert profile.lines == frozenset(
        {"example gazette - local news", "get the gazette in your inbox every morning"}
    )
    # "Views: 137" and "Views: 174" share a shape; the date line has no other word: not learned.
    assert len(profile.patterns) == 1
    text = f"Example Gazette - local news\n\nA new story\n\n{STORY}\n\nViews: 9999\n"
    found = [c.text for c in find_chrome(text, split_lines(text), profile)]
    assert found == ["Example Gazette - local news", "Views: 9999"]
    # The learned profile survives a JSON round trip and still works.
    again = ChromeProfile.from_dict(json.loads(json.dumps(profile.to_dict())))
    assert [c.text for c in find_chrome(text, split_lines(text), again)] == found


def test_learn_chrome_ignores_what_does_not_recur() -> None:
    profile = learn_chrome(synthetic_site(6), min_share=1.0)
    assert "the council voted to close the bridge!" not in profile.lines
    assert learn_chrome([]).lines == frozenset()
    assert learn_chrome(synthetic_site(2)).lines == frozenset()  # fewer than min_documents


@pytest.mark.parametrize("bad", [{"min_share": 0}, {"min_share": 1.5}, {"min_documents": 0}])
def test_learn_chrome_checks_its_options(bad: dict[str, float]) -> None:
    with pytest.raises(newsparse.OptionsError):
        learn_chrome(synthetic_site(3), **bad)  # type: ignore[arg-type]


def test_learn_chrome_rejects_non_str_texts() -> None:
    with pytest.raises(newsparse.InputTypeError):
        learn_chrome([b"bytes"])  # type: ignore[list-item]


# strip_chrome.


@pytest.mark.parametrize(
    "text",
    [
        "",
        STORY,
        f"Views: 1\n{STORY}\nFeatured image via Flickr\n",
        whole_page(),
        "\n".join(line for line, _ in CHROME_LINES),
        "He left. Featured image via Flickr\r\nAdvertisement\r\n" + STORY,
    ],
    ids=["empty", "story", "small", "page", "all-kinds", "crlf"],
)
def test_strip_chrome_is_idempotent_and_maps_offsets(text: str) -> None:
    once = strip_chrome(text)
    twice = strip_chrome(once.text)
    assert twice.text == once.text
    assert "".join(span.slice(text) for span in once.kept) == once.text
    for item in once.chrome:
        assert text[item.start : item.end] == item.text
    if once.text:
        assert once.to_source(0) == once.kept[0].start


def test_strip_chrome_option_to_keep_chrome() -> None:
    text = f"Views: 1\n{STORY}\n"
    assert strip_chrome(text, options=ParseOptions(strip_chrome=False)).text == text


# The shared corpus: skipped when it is absent.


def labelled() -> list[tuple[str, dict[str, str]]]:
    if not (SCRAPED / "dev.labels.jsonl").is_file():
        pytest.skip("the scraped corpus is not here")
    texts: dict[str, str] = {}
    for name in ("articles.jsonl", "derived.jsonl"):
        with (SCRAPED / name).open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    with (SCRAPED / "dev.labels.jsonl").open(encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    return [(texts[label["id"]], label["lines"]) for label in labels]


def test_labelled_corpus_chrome_without_losing_story() -> None:
    body = lost = chrome = removed = meta_taken = 0
    for text, lines in labelled():
        items = find_chrome(text, split_lines(text))
        spans = [(c.start, c.end) for c in items]
        position = 0
        for number, line in enumerate(text.split("\n")):
            gold = lines.get(str(number))
            visible = [position + i for i, ch in enumerate(line) if not ch.isspace()]
            hit = sum(any(s <= p < e for s, e in spans) for p in visible)
            taken = bool(visible) and hit * 2 > len(visible)
            if gold == "body":
                body += 1
                lost += taken
            elif gold == "chrome":
                chrome += 1
                removed += taken
            elif gold == "meta":
                meta_taken += taken
            position += len(line) + 1
    assert lost <= body * 0.005
    assert meta_taken == 0
    assert removed >= chrome * 0.9


QUOTED_OPENINGS = [
    "Subscribe now, she said.",
    "** A message from The Example Trust: give today",
    "———",
    "- - -",
    "subscribe to our newsletter",
]


@pytest.mark.parametrize("mark", list("\"“”'‘’«»„"))
@pytest.mark.parametrize("rest", QUOTED_OPENINGS, ids=[r[:20] for r in QUOTED_OPENINGS])
def test_no_symbol_rule_opens_with_a_quotation_mark(mark: str, rest: str) -> None:
    # start_class gives a quoted line a key that calls no rule; this holds only while no
    # rule of the "*" class can match a line opening with a quotation mark.
    assert _chrome_shapes.start_class(mark) not in _chrome_rules.RULES_BY_START
    for rule in _chrome_rules.RULES_BY_START["*"]:
        assert rule.pattern.fullmatch(mark + rest) is None, rule.name
