"""Chrome across site layouts: a broad battery of chrome lines and look-alike story lines.

Every line here is invented, written in the style of many kinds of news sites (wire
services, broadsheets, tabloids, blogs, broadcasters, aggregators) and copied from none.
Each chrome line stands between two story paragraphs and must be found whole, with its
kind; each story line must stay. The story lines are the ones that *look* like chrome:
short quotes, subheads, one-word paragraphs, list items, and sentences about sharing,
subscribing, cookies or copyright in a news sense. Header lines (dates, bylines, credits,
datelines) must stay too: the metadata reader takes them.
"""

from __future__ import annotations

import pytest

from newsparse._spans import split_lines
from newsparse.chrome import find_chrome

STORY = (
    "The council voted on Tuesday to close the old bridge over the river for repairs, "
    "officials said."
)
LATER = "Repairs are expected to take two years and cost about $40 million."


def chrome_of(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind.value) for c in find_chrome(text, split_lines(text))]


# (chrome line, expected kind), grouped by kind.
CHROME = [
    # ----- share bars, in the forms sites write them
    ("Share this article", "share"),
    ("Share this story", "share"),
    ("Share on Facebook Share on Twitter", "share"),
    ("Share on Facebook", "share"),
    ("Facebook Twitter WhatsApp Email", "share"),
    ("Facebook | Twitter | Email | Print", "share"),
    ("SHARE", "share"),
    ("Share", "share"),
    ("Tweet", "share"),
    ("Pin it", "share"),
    ("Email this story", "share"),
    ("Email this article", "share"),
    ("Print this page", "share"),
    ("Print this article", "share"),
    ("Share via Email", "share"),
    ("Copy link", "share"),
    ("Share: Facebook Twitter LinkedIn", "share"),
    ("WhatsApp Telegram Email", "share"),
    ("Share 12 Tweet 3 Email", "share"),
    # ----- counters
    ("1.2K shares", "counter"),
    ("342 Comments", "counter"),
    ("Views 12,345", "counter"),
    ("Views: 12,345", "counter"),
    ("12,345 views", "counter"),
    ("Read time: 4 min", "counter"),
    ("Reading time: 4 minutes", "counter"),
    ("5 min read", "counter"),
    ("5-minute read", "counter"),
    ("17 likes", "counter"),
    # ----- ads and ad-slot markers
    ("ADVERTISEMENT", "ad"),
    ("Advertisement", "ad"),
    ("Sponsored", "ad"),
    ("Sponsored content", "ad"),
    ("Paid content", "ad"),
    ("Continue reading the main story", "related"),
    ("Story continues below advertisement", "ad"),
    ("Article continues below", "ad"),
    ("Story continues below", "ad"),
    ("Ad", "ad"),
    ("Promoted stories", "ad"),
    ("Recommended by Examplewidget", "ad"),
    # ----- prompts
    ("Sign up for our newsletter", "prompt"),
    ("Sign up for our daily newsletter.", "prompt"),
    ("Subscribe now", "prompt"),
    ("Subscribe to our YouTube channel", "prompt"),
    ("Get the latest news delivered to your inbox", "prompt"),
    ("Get our top stories delivered straight to your inbox.", "prompt"),
    ("Download our app", "prompt"),
    ("Download the Example News app", "prompt"),
    ("Follow us on Twitter @examplenews", "prompt"),
    ("Follow us on Facebook", "prompt"),
    ("Join the conversation", "comments"),
    ("Please enable JavaScript to view the comments.", "other"),
    ("Enable JavaScript to watch this video", "other"),
    ("Click here to subscribe", "prompt"),
    ("Click here to read the full report.", "prompt"),
    ("Log in to comment", "comments"),
    ("You must be logged in to post a comment.", "comments"),
    ("Already a subscriber? Log in", "prompt"),
    ("Become a member today", "prompt"),
    ("Support our journalism", "prompt"),
    ("Have a news tip? Email us.", "prompt"),
    # ----- related links and list headers
    ("Related:", "related"),
    ("Related", "related"),
    ("READ MORE:", "related"),
    ("Read more", "related"),
    ("Recommended", "related"),
    ("Recommended for you", "related"),
    ("You may also like", "related"),
    ("You might also like:", "related"),
    ("More from Politics", "related"),
    ("More on this story", "related"),
    ("Most Popular", "related"),
    ("Most Read", "related"),
    ("Trending now", "related"),
    ("Trending", "related"),
    ("Watch: Mayor tours the flooded market", "caption"),
    ("Also read: Ten things to know about the budget", "related"),
    ("READ MORE: Mayor opens the new market hall", "related"),
    ("Related: Council to vote on bridge", "related"),
    ("Related Articles", "related"),
    ("Top Stories", "related"),
    ("Editor's Picks", "related"),
    ("Don't miss", "related"),
    # ----- captions and credits
    ("Photo: Jane Doe/AP", "caption"),
    ("(Getty Images)", "caption"),
    ("Image copyright Reuters", "caption"),
    ("Image caption The market on Monday", "caption"),
    ("Credit: Jane Doe for Example News", "caption"),
    ("Photograph: Jane Doe/Example Agency", "caption"),
    ("Video: The flooded market", "caption"),
    ("1 of 12", "caption"),
    ("Enlarge this image", "caption"),
    ("Toggle caption", "caption"),
    ("Hide caption", "caption"),
    ("Photo by Jane Doe/Getty Images", "caption"),
    ("(AP Photo/Jane Doe)", "caption"),
    ("Jane Doe/AP", "caption"),
    ("Photo courtesy of the city council", "caption"),
    ("(Photo: Jane Doe, Example News)", "caption"),
    ("Image: Example Agency", "caption"),
    ("File photo: The old bridge in 2015", "caption"),
    ("Scroll down for video", "caption"),
    ("Play video", "caption"),
    ("Watch the video below:", "caption"),
    # ----- comments
    ("Comments (12)", "comments"),
    ("Comments", "comments"),
    ("Leave a reply", "comments"),
    ("Leave a Reply Cancel reply", "comments"),
    ("Show comments", "comments"),
    ("View comments", "comments"),
    ("Post a comment", "comments"),
    ("Add a comment", "comments"),
    ("12 Comments", "counter"),
    # ----- tags
    ("Tags: budget, council, bridge", "tags"),
    ("Topics:", "tags"),
    ("Topics: Local government, Transport", "tags"),
    ("Filed under", "tags"),
    ("Filed under: Local news", "tags"),
    ("Tagged: bridge, council", "tags"),
    ("Keywords: bridge, council", "tags"),
    ("Categories: News, Local", "tags"),
    # ----- cookie notices
    ("We use cookies to improve your experience on our website.", "cookie"),
    ("We use cookies", "cookie"),
    ("This site uses cookies. By continuing to browse you agree to our use of cookies.", "cookie"),
    ("By continuing to use this site you agree to our use of cookies.", "cookie"),
    ("By continuing to use this site you agree to our terms of use.", "cookie"),
    ("Accept all cookies", "cookie"),
    ("Cookie settings", "cookie"),
    # ----- copyright and syndication
    ("© 2018 Guardian News and Media Limited", "copyright"),
    ("© Copyright 2018 Example Media Group", "copyright"),
    ("Copyright 2018 Example Broadcasting Inc.", "copyright"),
    ("All rights reserved.", "copyright"),
    ("Copyright 2018 The Example Press. All rights reserved.", "copyright"),
    (
        "This material may not be published, broadcast, rewritten or redistributed.",
        "copyright",
    ),
    (
        (
            "Copyright 2018 Example Press. This material may not be published, broadcast, "
            "rewritten or redistributed."
        ),
        "copyright",
    ),
    ("Distributed by Tribune Content Agency", "copyright"),
    ("Distributed by Example Content Agency, LLC.", "copyright"),
    ("The post Bridge to close appeared first on Example News.", "copyright"),
    ("This article was originally published on Example.com.", "copyright"),
    ("This story originally appeared in The Example Times.", "copyright"),
    # ----- navigation
    ("Home > World > Middle East", "navigation"),
    ("Home » News » Local", "navigation"),
    ("Home / World / Europe", "navigation"),
    ("Skip to main content", "navigation"),
    ("Skip to content", "navigation"),
    ("Menu", "navigation"),
    ("Search", "navigation"),
    ("Sections", "navigation"),
    ("Back to top", "navigation"),
    ("Next article", "navigation"),
    ("Sign in", "navigation"),
    ("Log in", "navigation"),
    ("Toggle navigation", "navigation"),
    ("Close", "navigation"),
    # ----- other
    ("Short link:", "short link"),
    ("Permalink", "short link"),
    # ----- a second round, other sites' wording of the same kinds
    ("Share this:", "share"),
    ("Share this post", "share"),
    ("SHARE THIS ARTICLE", "share"),
    ("Share on WhatsApp", "share"),
    ("Tweet this", "share"),
    ("0 Shares", "counter"),
    ("Reddit Flipboard Email", "share"),
    ("Email a friend", "share"),
    ("Click to share on Twitter (Opens in new window)", "share"),
    ("2 comments", "counter"),
    ("1,234 Views", "counter"),
    ("Estimated reading time: 5 minutes", "counter"),
    ("2 minute read", "counter"),
    ("Advertisement - Scroll to continue", "ad"),
    ("Advertisement:", "ad"),
    ("— Advertisement —", "ad"),
    ("Ad Feedback", "ad"),
    ("Sponsored Links", "ad"),
    ("Article continues after advertisement", "ad"),
    ("Story continues after ad", "ad"),
    ("Subscribe", "prompt"),
    ("Subscribe to our newsletter", "prompt"),
    ("Get our newsletter", "prompt"),
    ("Newsletter sign-up", "prompt"),
    ("Sign up to our daily email", "prompt"),
    ("Follow @examplenews on Twitter", "prompt"),
    ("Like us on Facebook and follow us on Twitter", "prompt"),
    ("Get breaking news alerts", "prompt"),
    ("Get the app", "prompt"),
    ("Create a free account", "prompt"),
    ("You have reached your limit of free articles.", "prompt"),
    ("You've read 3 of 5 free articles this month.", "prompt"),
    ("Subscribe for unlimited access", "prompt"),
    ("Register now", "prompt"),
    ("Privacy Policy", "navigation"),
    ("Terms of Use", "navigation"),
    ("Contact Us", "navigation"),
    ("See also", "related"),
    ("Related stories", "related"),
    ("Related Coverage", "related"),
    ("More stories", "related"),
    ("More Videos", "related"),
    ("Latest Stories", "related"),
    ("Most shared", "related"),
    ("What to read next", "related"),
    ("Up next", "related"),
    ("Next Post", "navigation"),
    ("Previous article", "navigation"),
    ("Read next:", "related"),
    ("Read the full story", "related"),
    ("Photo credit: Jane Doe", "caption"),
    ("Photo illustration: Jane Doe/Example News", "caption"),
    ("Credit...Jane Doe for The Example Times", "caption"),
    ("Image source, Getty Images", "caption"),
    ("Image caption, Protesters gathered outside the hall", "caption"),
    ("Media caption, The mayor spoke to reporters", "caption"),
    ("Picture: Jane Doe", "caption"),
    ("(File Photo)", "caption"),
    ("Jane Doe/AFP via Getty Images", "caption"),
    ("VIDEO: The mayor tours the market", "caption"),
    ("GALLERY: The flooded market", "caption"),
    ("Click to enlarge", "caption"),
    ("View image in fullscreen", "caption"),
    ("Comments are closed.", "comments"),
    ("Be the first to comment", "comments"),
    ("Comment on this story", "comments"),
    ("Related Topics", "tags"),
    ("Related Topics: Politics, Budget", "tags"),
    ("More about: budget", "tags"),
    ("This website uses cookies to ensure you get the best experience.", "cookie"),
    ("Manage cookies", "cookie"),
    ("Cookie Policy", "cookie"),
    ("Copyright © 2018", "copyright"),
    ("(c) 2018 Example Media", "copyright"),
    ("© Example News 2018", "copyright"),
    ("Reprinted with permission from Example Weekly.", "copyright"),
    ("Republished with permission from Example Weekly.", "copyright"),
    (
        "This article is republished from Example Site under a Creative Commons license.",
        "copyright",
    ),
    ("Jump to navigation", "navigation"),
    ("Skip to navigation", "navigation"),
    ("Open menu", "navigation"),
    ("Close menu", "navigation"),
    ("Go to top", "navigation"),
    ("Log out", "navigation"),
    # ----- a third round: broadcasters, magazines, local and regional papers
    ("Share this with Facebook", "share"),
    ("Share this with Twitter", "share"),
    ("Share this with Email", "share"),
    ("Copy this link", "navigation"),
    ("Share page", "share"),
    ("Print article", "share"),
    ("Email article", "share"),
    ("Listen to this article", "caption"),
    ("Listen to article", "caption"),
    ("3 min read", "counter"),
    ("AdvertisementContinue reading the main story", "ad"),
    ("SPONSORED", "ad"),
    ("Paid Post", "ad"),
    ("Presented by Example Bank", "ad"),
    ("Subscribe to our YouTube channel for more videos", "prompt"),
    ("Sign up for free newsletters and get more news delivered to your inbox", "prompt"),
    ("To subscribe, click here.", "prompt"),
    ("Tap here to download our app", "prompt"),
    ("Already have an account? Sign in", "prompt"),
    ("Get unlimited digital access", "prompt"),
    ("Start your free trial", "prompt"),
    ("Donate", "prompt"),
    ("Support us", "prompt"),
    ("You might be interested in", "related"),
    ("Related Posts", "related"),
    ("Related News", "related"),
    ("More Stories", "related"),
    ("Latest News", "related"),
    ("MOST READ", "related"),
    ("Next story", "navigation"),
    ("Previous story", "navigation"),
    ("Watch now", "caption"),
    ("Watch live", "caption"),
    ("Image copyright Getty Images", "caption"),
    ("Image copyright AFP", "caption"),
    ("Getty Images", "caption"),
    ("Photo: Getty Images", "caption"),
    ("Photo: Supplied", "caption"),
    ("Photo: Twitter", "caption"),
    ("Courtesy of the Example Museum", "caption"),
    ("Comments have been closed for this article.", "comments"),
    ("Sort by: Newest", "comments"),
    ("Show 12 more comments", "comments"),
    ("0 Comments", "counter"),
    ("Report abuse", "comments"),
    ("Tags", "tags"),
    ("Keywords", "tags"),
    ("Topics covered: Transport, Local government", "tags"),
    ("This website uses cookies.", "cookie"),
    ("Cookies help us deliver our services.", "cookie"),
    ("Copyright © 2018 Example Newspapers Ltd. All rights reserved.", "copyright"),
    ("Copyright 2018 Example Radio", "copyright"),
    ("© 2018 Example Broadcasting Corporation", "copyright"),
    ("Terms and Conditions", "navigation"),
    ("Privacy Notice", "navigation"),
    ("Accessibility", "navigation"),
    ("Sitemap", "navigation"),
    ("RSS", "navigation"),
    ("Contact the newsroom", "navigation"),
]


# Story lines that look like chrome and must stay.
STORY_LINES = [
    # short quotes and one-word or one-phrase paragraphs
    '"No comment," he said.',
    "“No comment.”",
    "Exactly.",
    "Why?",
    "Nothing.",
    "Not yet.",
    '"Subscribe," she said, "and you will see."',
    "“Share the wealth,” the sign read.",
    # subheads
    "What happens next",
    "The vote",
    "A bridge too far",
    "Who pays?",
    "Background",
    "Reaction",
    # list items
    "1. Close the bridge.",
    "- Repairs start in May.",
    "• Tolls rise by 10%.",
    "Step 2: Sign the petition at city hall.",
    # sentences about sharing, subscribing, cookies, copyright, ads, comments in a news sense
    "The company said it would share the data with regulators.",
    "Subscribers to the service rose 12%.",
    "Facebook and Twitter removed the posts on Monday.",
    "Facebook, Twitter and WhatsApp were blocked for three days.",
    "Twitter said it would comment later.",
    "The app has been downloaded 2 million times, the company said.",
    "Regulators want sites to ask before they use cookies.",
    "The bakery sold 12,000 cookies at the fair.",
    "The copyright case reached the Supreme Court in 2018.",
    "All rights reserved by the treaty remain with the states, the court ruled.",
    "The advertisement ran in 12 newspapers.",
    "Sponsored by the mayor, the bill passed 7-2.",
    "The comments drew a sharp rebuke from the opposition.",
    "Comments on the draft close on Friday.",
    "She declined to comment.",
    "He asked readers to share their stories with the paper.",
    "Read more about the plan on the city's website, the mayor said.",
    "Trending topics on the site included the bridge and the budget.",
    "Most popular among voters was the plan to raise tolls.",
    "The photo was taken in 2015 by a city worker.",
    "Video of the collapse was shared 50,000 times.",
    "Tags on the bags showed they came from the market.",
    "Menu prices rose 5% at the market's cafes.",
    "Search teams found two survivors on Monday.",
    "Home sales fell 3% in March.",
    "Related costs rose by $2 million.",
    "Print runs of the paper fell by half.",
    "Email records show the mayor knew of the cracks.",
    "Click and collect sales doubled, the retailer said.",
    "Join us, the mayor told residents, in rebuilding the town.",
    "The newsletter, which has 10,000 readers, first reported the leak.",
    "She follows 300 people on Twitter.",
    "Sign-ups for the program closed in June.",
    "Download speeds in the county are the slowest in the state.",
    "Log in details of 2,000 users were stolen.",
    "The report was distributed by the ministry to every school.",
    "Continue to monitor the river, officials told residents.",
    "The store's sign read: Closed.",
    "Watch out for ice on the roads, police said.",
    "Recommended reading for the committee included the 2015 report.",
    "Share prices rose 4% on Monday.",
    "Twitter users mocked the post.",
    "Email, he said, was the problem.",
    "Print is dying, he argued.",
    "Most people agreed.",
    "Latest figures show a rise in crime.",
    "Popular support for the plan fell.",
    "Photo ID laws were struck down in 2016.",
    "Photographs of the site were released on Monday.",
    "Credit card fees rose.",
    "Image is everything, she said.",
    "Video games are banned in the school.",
    "Topics included the budget and the bridge.",
    "Cookies are small files that websites store on your computer.",
    "Copyright holders sued the site.",
    "Home is where the heart is, he said.",
    "Search for the missing boy continues.",
    "Sections of the road were closed.",
    "Close to 500 people died.",
    "Back to the drawing board, she said.",
    "Next year, the council will vote again.",
    "Previous attempts failed.",
    "About 200 people attended.",
    "Contact with the ship was lost.",
    "Help arrived on Monday.",
    "Log on to the website to apply, the agency said.",
    "Ad spending fell 3%.",
    "Ads on the site were removed.",
    "Follow the money, he said.",
    "Download the app and register by Friday, the agency told residents.",
    "Subscribe to the view that nothing changes and you will be right, he said.",
    "Comments are closed until the hearing, the judge said.",
    "Register now, the agency urged voters, before the deadline on Friday.",
    "Related Topics in the exam include algebra and geometry.",
    "Up next for the council is the budget.",
    "See also the chart on page 3.",
    "Donate blood if you can, the hospital urged.",
    "Support us, the union told its members, and we will win.",
    "Sources said the talks had failed.",
    "Courtesy of the city, residents will get free parking.",
    "Getty Images photographers were barred from the hall.",
    "Keywords such as “bridge” and “toll” were searched 10,000 times.",
    "Accessibility of the new station was criticised by disability groups.",
    "Listen to the residents, the report urged the council.",
    "Watch out for the diversion signs, police warned.",
    "Paid parking will start in June.",
    "Presented with the report, the mayor resigned.",
    "The RSS, a Hindu nationalist group, held a rally.",
    "Tags and labels on the crates showed their origin.",
    "Next, the council will vote on the tolls.",
    "Published in 2015, the report warned of cracks in the piers.",
    "Updated figures show the cost has doubled.",
    "Sponsored events raised $2 million for the hospital.",
    "Start your day early to avoid the traffic, the police said.",
    "Download the app to your phone and register by Friday.",
    "Get the apps off your phone, experts advise.",
    "Create your account online and wait for the code.",
    "Get unlimited access to the beach for $10 a year.",
    "Start your free trial by calling the clinic.",
    "Presented by Smith, the plan would cut taxes by 2%.",
    # a reader's name in a letter, a signature, bylines, datelines, dates and credits
    "Jane Doe, Springfield",
    "— Jane Doe, Springfield",
    "Sincerely, John Smith",
    "By Jane Doe",
    "By JANE DOE | Staff Writer",
    "Jane Doe | Reuters",
    "John Smith, Associated Press",
    "WASHINGTON (AP) — The Senate voted on Tuesday.",
    "CAIRO, Feb 6 (Reuters) - The council met on Tuesday.",
    "LONDON — The bank raised rates.",
    "February 6, 2018",
    "Feb 6, 2018 | 10:45 AM",
    "Tuesday 6 February 2018 10.45 GMT",
    "Published: 10:45 EST, 5 March 2013 | Updated: 12:01 EST, 6 March 2013",
    "Politics | Feb 6, 2018",
    "Posted by Jane Doe on February 6, 2018",
    "Updated 3 hours ago",
    "Last updated on February 6, 2018",
    "Filed under: Politics | 6 Feb 2018",
    "342 Comments | Feb 6, 2018",
    "2018",
    "NEW YORK (Reuters) -",
    "PARIS —",
    "Feb. 6, 2018",
    "Tuesday, February 6, 2018",
    "6 February 2018 • 10:45am",
    "Updated: Feb. 6, 2018 at 10:45 a.m. ET",
    "Posted: Feb 6, 2018 / 10:45 AM EST",
    "First published on Tue 6 Feb 2018 10.45 GMT",
    "Published 3 hours ago",
    "By Jane Doe, CNN",
    "By Jane Doe • Feb 6, 2018",
    "Jane Doe | February 6, 2018 | 10:45 am",
    "Politics | By Jane Doe",
    "Reporting by Jane Doe; Editing by John Smith",
    "Additional reporting by Jane Doe",
    "— The Associated Press contributed to this report.",
    "John Smith, Springfield, Ill.",
    "Published 2 hours ago",
    "Updated 5 minutes ago",
    "Source: Example Agency",
    "Reuters",
    "AFP",
]

# Kinds that may be reported as one another: a line's kind is a judgment between
# neighbouring kinds ("Join the conversation" opens comments and prompts for them).
_SIBLINGS = {
    frozenset({"related", "ad"}),
    frozenset({"prompt", "comments"}),
    frozenset({"prompt", "other"}),
    frozenset({"caption", "related"}),
    frozenset({"copyright", "other"}),
    frozenset({"cookie", "prompt"}),
    frozenset({"cookie", "other"}),
    frozenset({"share", "prompt"}),
    frozenset({"tags", "related"}),
    frozenset({"navigation", "related"}),
    frozenset({"navigation", "tags"}),
    frozenset({"navigation", "prompt"}),
    frozenset({"navigation", "share"}),
    frozenset({"comments", "counter"}),
    frozenset({"short link", "navigation"}),
    frozenset({"comments", "navigation"}),
}


def _same_kind(found: str, expected: str) -> bool:
    return found == expected or frozenset({found, expected}) in _SIBLINGS


@pytest.mark.parametrize(("line", "kind"), CHROME, ids=[c[0][:50] for c in CHROME])
def test_chrome_line_is_found_whole(line: str, kind: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{LATER}\n"
    found = chrome_of(text)
    assert [t for t, _ in found] == [line]
    assert _same_kind(found[0][1], kind), found


@pytest.mark.parametrize(("line", "kind"), CHROME, ids=[c[0][:50] for c in CHROME])
def test_chrome_line_is_found_between_single_line_breaks(line: str, kind: str) -> None:
    # Scrapers often write one paragraph a line, with no blank lines at all.
    text = f"{STORY}\n{line}\n{LATER}\n"
    assert [t for t, _ in chrome_of(text)] == [line]
    del kind


@pytest.mark.parametrize("line", STORY_LINES, ids=[s[:50] for s in STORY_LINES])
def test_story_line_stays(line: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{LATER}\n"
    assert chrome_of(text) == []


@pytest.mark.parametrize("line", STORY_LINES, ids=[s[:50] for s in STORY_LINES])
def test_story_line_stays_at_the_top(line: str) -> None:
    # Where a header sits: the first lines, under a headline.
    text = f"Bridge to close for two years\n{line}\n{STORY}\n\n{LATER}\n"
    assert chrome_of(text) == []


# Lines that are a byline above the story and a photo credit inside it.
HEADER_ONLY = ["John Smith / Reuters", "Jane Doe/AP", "Jane Doe / Getty Images"]


@pytest.mark.parametrize("line", HEADER_ONLY)
def test_name_and_agency_is_a_byline_in_the_header(line: str) -> None:
    text = f"Bridge to close for two years\n\n{line}\n\n{STORY}\n\n{LATER}\n"
    assert chrome_of(text) == []


@pytest.mark.parametrize("line", HEADER_ONLY)
def test_name_and_agency_is_a_credit_in_the_story(line: str) -> None:
    text = f"Bridge to close for two years\n\n{STORY}\n\n{line}\n\n{LATER}\n"
    assert chrome_of(text) == [(line, "caption")]


# Chrome glued to the start or the end of a story line: (line, fragment). The fragment's
# offset is where it stands in the line; the rest of the line is story and stays.
SAID = "The bridge will close in June for two years of repairs, the mayor said."
GLUED = [
    (f"{SAID} Featured image via Jane Doe/Flickr", "Featured image via Jane Doe/Flickr"),
    (f"{SAID} (Photo: AP)", "(Photo: AP)"),
    (f"{SAID} (Getty Images)", "(Getty Images)"),
    (f"{SAID} (AP Photo/Jane Doe)", "(AP Photo/Jane Doe)"),
    (f"{SAID} Photo: Jane Doe/AP", "Photo: Jane Doe/AP"),
    (f"Advertisement {SAID}", "Advertisement"),
    (f"ADVERTISEMENT: {SAID}", "ADVERTISEMENT:"),
    (f"Story continues below {SAID}", "Story continues below"),
    (
        f"{SAID} Read more: Council to vote on bridge repairs",
        "Read more: Council to vote on bridge repairs",
    ),
    (
        f"{SAID} Also read: Ten things to know about the bridge.",
        "Also read: Ten things to know about the bridge.",
    ),
    (f"{SAID} Read more", "Read more"),
    (f"{SAID} Click here to subscribe", "Click here to subscribe"),
    (f"{SAID} Click here to subscribe.", "Click here to subscribe."),
    (f"{SAID} Sign up for our daily newsletter.", "Sign up for our daily newsletter."),
    (f"{SAID} Subscribe now.", "Subscribe now."),
    (f"{SAID} ADVERTISEMENT", "ADVERTISEMENT"),
    (f"{SAID} Story continues below advertisement", "Story continues below advertisement"),
    (f"{SAID} Share this article", "Share this article"),
    (f"{SAID} Facebook Twitter WhatsApp Email", "Facebook Twitter WhatsApp Email"),
    (f"{SAID} © 2018 Example Media Group.", "© 2018 Example Media Group."),
    (f"{SAID} Follow Jane Doe on Twitter @janedoe.", "Follow Jane Doe on Twitter @janedoe."),
    ('"We will reopen it," she said. Continue reading →', "Continue reading →"),
]


@pytest.mark.parametrize(("line", "fragment"), GLUED, ids=[g[1][:40] for g in GLUED])
def test_glued_chrome_is_cut_at_the_right_character(line: str, fragment: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{LATER}\n"
    start = len(STORY) + 2 + line.index(fragment)
    items = find_chrome(text, split_lines(text))
    assert [(i.start, i.end) for i in items] == [(start, start + len(fragment))]
    assert items[0].text == fragment == text[items[0].start : items[0].end]


# Story lines that end or start like glued chrome and must stay whole.
NOT_GLUED = [
    f"{SAID} Read the full statement on the city's website, she added.",
    f"{SAID} The story continues to unfold.",
    f"{SAID} Share prices fell 3%.",
    f"{SAID} Subscribers will pay more.",
    f"{SAID} Related charges were dropped.",
    f"{SAID} Also, the tolls will rise.",
    f"{SAID} See you in court, he told the council.",
    "Advertisement revenue rose 12% in the quarter, the company said.",
    "Advertisements for the show ran in 12 papers.",
    f"{SAID} Click and collect sales doubled.",
    f"{SAID} Sign up sheets were posted at the library.",
    f"{SAID} Photographs of the cracks were published on Monday.",
    f"{SAID} (The photo was taken in 2015.)",
    f"{SAID} Follow-up talks are planned.",
    "He shouted: “Read more books!”",
    f"{SAID} Copyright law was not broken, the judge said.",
]


@pytest.mark.parametrize("line", NOT_GLUED, ids=[s[-40:] for s in NOT_GLUED])
def test_story_line_with_look_alike_ends_stays_whole(line: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{LATER}\n"
    assert chrome_of(text) == []


LEDE = (
    "The old bridge over the river will close for two years after inspectors found deep "
    "cracks in its piers, the council said on Tuesday."
)

# Whole articles laid out as different kinds of sites lay them out: every story paragraph
# stays whole, every chrome line goes. "S:" marks a story line, "C:" a chrome line, and
# "M:" a header line left to the metadata (neither chrome nor checked as story).
LAYOUTS = {
    "tabloid": """
M:Bridge to close for two years after cracks found
M:By JANE DOE | Staff Writer
M:PUBLISHED: 10:45 EST, 6 February 2018 | UPDATED: 12:01 EST, 6 February 2018
C:1.2K shares
C:Share on Facebook Share on Twitter
S:{LEDE}
C:Scroll down for video
S:"We had no choice," the mayor said. "Safety comes first."
C:ADVERTISEMENT
S:Repairs are expected to cost about $40 million, according to the council's estimate.
C:READ MORE:
C:Council votes to raise tolls on the ring road
C:Mayor opens the new market hall
S:Residents will have to use the ferry or the ring road while the work goes on.
C:Comments (12)
C:Share or comment on this article:
""",
    "broadsheet": """
M:Bridge to close for two years after cracks found
M:Jane Doe
M:Tuesday 6 February 2018 10.45 GMT
C:Skip to main content
S:{LEDE}
C:Photograph: Jane Doe/Example Agency
S:The closure, which starts in June, will force 20,000 commuters onto the ferry.
C:Continue reading the main story
S:“It is the right decision,” said John Smith, an engineer who advised the council.
C:Topics: Local government, Transport
C:Reuse this content
""",
    "blog": """
M:Bridge to close for two years
M:Posted by Jane Doe on February 6, 2018
S:So the bridge is closing. Two years, the council says, and at least $40 million.
S:Exactly.
S:I have crossed that bridge every day for twenty years, and I will miss it.
C:Share this:
C:Twitter
C:Facebook
C:Like this:
C:Like Loading...
C:Related
C:Leave a Reply Cancel reply
C:Your email address will not be published. Required fields are marked *
""",
    "wire": """
M:Bridge to close for two years after cracks found
M:By Jane Doe
M:SPRINGFIELD, Feb 6 (Reuters) - {LEDE}
S:Repairs are expected to cost about $40 million, the council said in a statement.
S:The council will vote on a toll increase next month to pay for the work.
M:(Reporting by Jane Doe; Editing by John Smith)
C:Our Standards: The Thomson Trust Principles.
""",
}


def _layout(name: str) -> tuple[str, list[tuple[str, str]]]:
    layout = LAYOUTS[name].replace("{LEDE}", LEDE)
    rows = [(r[0], r[2:]) for r in layout.strip("\n").split("\n")]
    return "\n\n".join(line for _, line in rows) + "\n", rows


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_whole_article_layout(name: str) -> None:
    text, rows = _layout(name)
    chrome = {c.text for c in find_chrome(text, split_lines(text))}
    for mark, line in rows:
        if mark == "S":
            assert line not in chrome, f"story line taken: {line!r}"
        elif mark == "M":
            assert line not in chrome, f"header line taken: {line!r}"
    missed = [line for mark, line in rows if mark == "C" and line not in chrome]
    assert not missed


def test_lead_in_above_a_poll_widget_stays() -> None:
    # "take our poll" opens in lower case, like a prompt hard-wrapped over lines; the line
    # above ends in a colon: it introduces the quote that follows, and is the story's.
    lead = "In a long report for the council, the inspector writes:"
    text = f"{STORY}\n{lead}\ntake our poll - story continues below\n{LATER}\n"
    assert lead not in [t for t, _ in chrome_of(text)]
