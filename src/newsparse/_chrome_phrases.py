"""Phrase rules, glued fragments and line shapes of site chrome.

- :data:`PHRASES`: a stock phrase anywhere in a short line makes the whole line chrome
  ("... sign up for our newsletter.", "You may opt out at any time."). A line is split
  into words once; only the phrases keyed by one of its words are tried, each matched *at*
  its trigger, so no pattern scans a line.
- :data:`HEAD_RE` and :data:`TAIL_RE`: chrome glued to the start or the end of a story
  line, cut at the right character.
- The shapes the context rules read: sentence ends, headline-like lines, date-only lines,
  video durations, pull-quote sources.

Linear time: every quantifier over free text is bounded or possessive; reverse (``(?r)``)
patterns are anchored at the line's end and only run on lines a cheap test selected.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsparse._chrome_rules import AGENCY, PICTURE, SHARE_WORD
from newsparse._patterns import lazy_compile

__all__ = [
    "AGENCY_CAPTION_RE",
    "CREDIT_GAP_RE",
    "DATE_ONLY_RE",
    "DURATION_RE",
    "ENDS_SENTENCE_RE",
    "HEADLINE_LIKE_RE",
    "HEAD_RE",
    "LINK_CTA_RE",
    "MAX_PHRASE_LINE",
    "PHRASES",
    "PHRASES_BY_WORD",
    "PHRASE_GATE",
    "PHRASE_NUMBERS_BY_WORD",
    "PULL_QUOTE_SOURCE_RE",
    "REPORTING_RE",
    "SENTENCE_BREAK_RE",
    "SENTENCE_END_RE",
    "TAIL_PARTS",
    "TAIL_RE",
    "Phrase",
]

#: Phrase rules (a stock phrase anywhere in the line) are tried on lines up to this long:
#: a long paragraph that mentions a comment policy is a story about one.
MAX_PHRASE_LINE = 450

# ---------------------------------------------------------------------------------------
# Phrase rules: a stock phrase anywhere in a short line makes the whole line chrome. Each
# rule is keyed by lower-case trigger strings; the caller finds a trigger in the lowered
# line with ``str.find`` and matches the pattern *at* the trigger, to the line's end, so no
# pattern ever scans a line.
# ---------------------------------------------------------------------------------------


class Phrase(NamedTuple):
    """A phrase rule, tried on lines that hold one of its ``triggers``.

    ``pattern`` must match from the trigger's position to the end of the line. ``last``
    rules look at the last occurrence of their trigger (credits end a caption);
    ``max_before`` bounds how far into the line the trigger may stand; ``from_start`` rules
    match from the line's start, the trigger only gating them; ``max_line`` is the longest
    line the rule takes whole.
    """

    name: str
    triggers: tuple[str, ...]
    pattern: regex.Pattern[str]
    last: bool = False
    max_before: int = 250
    from_start: bool = False
    max_line: int = MAX_PHRASE_LINE


def _phrase(
    name: str,
    triggers: str,
    pattern: str,
    *,
    last: bool = False,
    max_before: int = 250,
    from_start: bool = False,
    max_line: int = MAX_PHRASE_LINE,
) -> Phrase:
    return Phrase(
        name,
        tuple(t.replace("_", " ") for t in triggers.split()),
        lazy_compile(pattern, regex.I | regex.X),
        last,
        max_before,
        from_start,
        max_line,
    )


#: A caption line ending in its credit is taken whole up to this long; a longer paragraph
#: ending in a credit keeps its story and loses only the credit (a glued cut).
_CAPTION_LINE = 260

# Phrases matched from the line's start allow a short lead-in before their stock words
# ("jlandau@example.com Follow on Twitter ..."), never a sentence: a story sentence followed
# by a prompt keeps the sentence, and the prompt is cut as glued chrome.
PHRASES: tuple[Phrase, ...] = (
    # An affiliate shop widget: "Celestron ... Buy New $309.95 (as of 04:50 EDT - Details)"
    # (the caller keeps the line when a story sentence comes before the widget).
    _phrase("shop_widget", "buy_new", r"buy\s+new\s+\$[\d.,]{1,12}\s*\(as\s+of\s[^)]{1,40}\)"),
    # Newsletter sign-ups: "sign up for our newsletter", "register for the daily alerts".
    _phrase(
        "newsletter",
        "newsletter newsletters",
        # the sign-up opens a sentence or a clause ("To get more ..., sign up for our
        # newsletter."), unlike a story's "She urged readers to sign up for the newsletter"
        r"""(?:[^.!?\n]{0,150}?[:,;]\s+)?(?:sign(?:ing)?\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the|my)
            \s+(?:[\w-]+\s+){0,4}?newsletters?\b.{0,200}+""",
        from_start=True,
        max_line=220,
    ),
    # A poll or sign-up form's fine print (its question and options are found in context).
    _phrase(
        "poll",
        "take_our_poll completing_this_poll this_field_is opt_out opt-out agree_to",
        r"""(?:take\s+our\s+poll|completing\s+this\s+poll|this\s+field\s+is\s+for
            \s+validation\s+purposes|opt[\s-]?out\s+at\s+any\s?time|(?<=you\s+(?:also\s+)?)agree\s+to
            \s+(?:this\s+site's|our|the\s+site's)\s+(?:privacy|terms))\b.{0,300}+""",
    ),
    # "Click here to ...", "Tap to watch" near the line's start ...
    _phrase(
        "click_here",
        "click tap",
        r"""(?:click|tap)\s+(?:here|to\s+(?:watch|see|read|view|listen|learn|download
            |subscribe|play))\b.{0,250}+""",
        max_before=80,
    ),
    # ... or "... CLICK HERE" ending it (inside a long sentence it is the story's aside).
    _phrase("click_here", "click_here tap_here", r"(?:click|tap)\s+here\W{0,3}", last=True),
    # "Follow the Fraser Institute on Twitter | Like us on Facebook", "Follow on Twitter @x",
    # "jlandau@example.com Follow on Twitter @jl": from the line's start, gated by the network.
    _phrase(
        "follow_us",
        "twitter facebook instagram linkedin youtube tiktok",
        r"""(?:[^.!?\n]|\.(?=\S)){0,80}?\b(?:(?:follow|like|find|join)\s+(?:us|me|(?-i:\p{Lu})[^\n]{0,50}?|@\w{1,30})
            \s+on|follow\s+on)\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b.{0,160}+""",
        max_before=140,
        from_start=True,
    ),
    # "Spread the word! LIKE and SHARE this article", "Share this story everywhere."
    _phrase(
        "share_prompt",
        "share_this like_and_share",
        r"(?:share\s+this\s+(?:story|article|post|page)|like\s+and\s+share)\b.{0,300}+",
    ),
    # "Spread the word!" opens a share prompt; inside a sentence it is the story's own words.
    _phrase("share_prompt", "spread_the_word", r"spread\s+the\s+word\s*!.{0,300}+", max_before=4),
    # The site speaking about itself: opinion disclaimers, submission and comment policies.
    _phrase(
        "site_notice",
        "the_views_expressed read_our our_submission adhere_to our_comment our_commenting",
        # (a story's "... violated our guidelines," he said" is no notice: see _phrase_rule)
        r"""(?:the\s+views\s+expressed\s+(?:in\s+this\s+.{0,40}?)?\s*are\s+(?:solely\s+)?
            (?:those\s+of|the\s+author)|read\s+our\s+(?:submission\s+)?guidelines
            |our\s+submission\s+guidelines|adhere\s+to\s+our\s+comment(?:ing)?\s+polic(?:y|ies)
            |our\s+comment(?:ing)?\s+polic(?:y|ies)\s+(?:is|are|applies|apply|here))\b.{0,400}+""",
    ),
    # A caption that ends in its credit: "... Nov. 9, 2016. (Photo: Matt Rourke, AP)",
    # "... St Bernard Parish, Louisiana. Photograph: Gerald Herbert/AP".
    _phrase(
        "caption_credit",
        "(photo (image (picture (video (credit",
        rf"\((?:{PICTURE}|credit)\s*:\s*[^)]{{1,100}}\)\s*+",
        last=True,
        max_line=_CAPTION_LINE,
    ),
    _phrase(
        "caption_credit",
        "photograph: photo: picture: image:",
        r"(?:photograph|photo|picture|image)\s*:\s*[^.]{1,100}",
        last=True,
        max_line=_CAPTION_LINE,
    ),
    # A comment form's fine print (WordPress and the like): "Your email address will not be
    # published.", "Required fields are marked *", "Notify me of follow-up comments by email.",
    # "You must be logged in to post a comment."
    _phrase(
        "comment_form",
        "will_not_be_published required_fields notify_me logged_in_to for_the_next_time_i_comment",
        r"""(?:[^.!?\n]|\.(?=\S)){0,120}?\b(?:e-?mail(?:\s+address)?\s+will\s+not\s+be\s+published
            |required\s+fields\s+are\s+marked
            |notify\s+me\s+of|logged\s+in\s+to\s+(?:post|comment|reply)
            |for\s+the\s+next\s+time\s+i\s+comment)\b.{0,200}+""",
        from_start=True,
        max_before=160,
        max_line=260,
    ),
    # Newsletter blurbs: "Get the day's headlines delivered to your inbox.", "Thanks for
    # signing up!", "Unsubscribe at any time."
    _phrase(
        "newsletter",
        "your_inbox signing_up subscribing unsubscribe",
        r"""(?:[^.!?\n]|\.(?=\S)){0,150}?\b(?:(?:delivered|sent|straight)\s+(?:\w+\s+){0,2}?(?:to|in|into)\s+your
            \s+inbox|thanks?\s+(?:you\s+)?for\s+
            (?:signing\s+up|subscribing)|unsubscribe\s+at\s+any\s?time)\b.{0,150}+""",
        from_start=True,
        max_before=180,
        max_line=240,
    ),
    # A player or page that needs what the scraper lacked: "Your browser does not support
    # the video tag.", "Please enable JavaScript to view the comments."
    _phrase(
        "video",
        "does_not_support",
        r"(?:[^.!?\n]|\.(?=\S)){0,40}?\bbrowser\s+does\s+not\s+support\b.{0,120}+",
        from_start=True,
        max_before=80,
        max_line=200,
    ),
    _phrase(
        "site_notice",
        "enable_javascript",
        r"(?:[^.!?\n]|\.(?=\S)){0,80}?\b(?:enable|turn\s+on)\s+javascript\b.{0,200}+",
        from_start=True,
        max_before=120,
        max_line=260,
    ),
    # "This entry was posted in Politics and tagged budget. Bookmark the permalink."
    _phrase(
        "tags",
        "bookmark_the_permalink",
        r"[^\n]{0,300}?\bbookmark\s+the\s+permalink\b.{0,10}",
        from_start=True,
        max_before=320,
        max_line=340,
    ),
    # A comment form's spam-filter notice: "This site uses Akismet to reduce spam. Learn how
    # your comment data is processed."
    _phrase(
        "comment_form",
        "reduce_spam comment_data",
        r"(?:[^.!?\n]|\.(?=\S)){0,80}?\b(?:to\s+reduce\s+spam|your\s+comment\s+data)\b.{0,160}+",
        from_start=True,
        max_before=120,
        max_line=240,
    ),
    # "These are external links and will open in a new window", "Share or comment on this
    # article:"
    _phrase(
        "site_notice",
        "open_in_a_new_window opens_in_a_new_window",
        r"(?:[^.!?\n]|\.(?=\S)){0,80}?\bopens?\s+in\s+a\s+new\s+(?:window|tab)\W{0,3}",
        from_start=True,
        max_before=100,
        max_line=140,
    ),
    _phrase(
        "share_prompt",
        "comment_on_this",
        r"(?:[^.!?\n]|\.(?=\S)){0,40}?\bshare\s+or\s+comment\s+on\s+this\s+(?:article|story|post)\b.{0,40}+",
        from_start=True,
        max_before=60,
        max_line=120,
    ),
    # CNN-style video teasers: "... Replay More Videos ...".
    _phrase("video", "replay_more", r"replay\s+more\s+videos\b.{0,300}+"),
    # "Have something to add to this story? Share it in the comments."
    _phrase("comments", "share_it_in", r"share\s+it\s+in\s+the\s+comments\b.{0,100}+"),
    # Cookie and consent notices.
    _phrase(
        "cookie",
        "we_use_cookies uses_cookies cookie_policy cookie_settings accept_cookies "
        "accept_all_cookies manage_cookies reject_cookies decline_cookies cookie_preferences "
        "cookies_help",
        r"""(?:we\s+use\s+cookies|uses\s+cookies|cookie\s+(?:policy|settings|preferences)
            |(?:accept|manage|reject|decline|customi[sz]e)\s+(?:all\s+)?cookies
            |cookies\s+help\s+us)\b.{0,300}+""",
    ),
    # Rights and syndication footers: "All rights reserved", "Distributed by Tribune Content
    # Agency, LLC.", "The post ... appeared first on Example News."
    # ("All rights reserved by the treaty remain ..." goes on as a sentence: the story's.)
    _phrase(
        "copyright", "all_rights_reserved", r"all\s+rights\s+reserved(?:\s*+[.,;:|].{0,150}+)?"
    ),
    # The wire services' rights line: "This material may not be published, broadcast,
    # rewritten or redistributed."
    _phrase(
        "copyright",
        "or_redistributed",
        r"""(?:[^.!?\n]|\.(?=\S)){0,200}?\brewritten\s*,?\s+(?:and/)?or\s+redistributed\b.{0,150}+""",
        from_start=True,
        max_before=220,
        max_line=400,
    ),
    # Consent by browsing: "By continuing to use this site you agree to our use of cookies."
    _phrase(
        "cookie",
        "by_continuing",
        r"""by\s+continuing\s+to\s+(?:use|browse|visit|navigate)\b.{0,250}+""",
        max_before=0,
        max_line=300,
    ),
    _phrase("syndication", "appeared_first_on", r"appeared\s+first\s+on\b.{0,200}+"),
)

# Words too common in stories to key a phrase rule by.
_COMMON_KEYS = frozenset(
    ("take", "here", "like", "find", "join", "settings", "sign", "all", "accept", "uses")
)

#: The phrase rules a line's words call for: a line is split into words once, and only the
#: phrases keyed by one of its words are tried (most lines have none). The key of a trigger
#: is its longest (rarest) word, with the punctuation it is written with where it sticks.
PHRASES_BY_WORD: dict[str, tuple[Phrase, ...]] = {}
for _phrase_rule in PHRASES:
    for _trigger in _phrase_rule.triggers:
        _longest = max(  # the rarest word of the trigger
            (w for w in _trigger.split() if w.strip("(:") not in _COMMON_KEYS), key=len
        )
        for _key in {_longest, _longest.strip("(:")}:
            for _variant in (_key, _key + ".", _key + ",", _key + ":", "(" + _key):
                if _phrase_rule not in PHRASES_BY_WORD.get(_variant, ()):
                    PHRASES_BY_WORD[_variant] = (*PHRASES_BY_WORD.get(_variant, ()), _phrase_rule)
del _phrase_rule, _trigger, _longest, _key, _variant

#: The words of :data:`PHRASES_BY_WORD`, for one C-level set intersection per line.
PHRASE_GATE = frozenset(PHRASES_BY_WORD)

#: :data:`PHRASES_BY_WORD` as positions in :data:`PHRASES`: a line's phrases are gathered
#: and ordered as small integers (a :class:`Phrase` hashes all its fields, pattern included).
PHRASE_NUMBERS_BY_WORD: dict[str, tuple[int, ...]] = {
    word: tuple(PHRASES.index(phrase) for phrase in called)
    for word, called in PHRASES_BY_WORD.items()
}

# ---------------------------------------------------------------------------------------
# Glued chrome: fragments stuck to the start or the end of a story line.
# ---------------------------------------------------------------------------------------

#: Chrome at the start of a line, followed by the story; ``cut`` ends where the story
#: starts (the story must start with a capital, a digit or a quotation mark).
HEAD_RE = lazy_compile(
    r"""(?ix)
    (?P<cut>
      # "Continued below... The newspaper ...": the ad-slot marker glued to a paragraph.
      (?P<glued_continues>(?:advertisement\s*[-–—:]?\s*)?(?:(?:the\s+)?(?:story|article)\s+)?
        continue[sd]?\s+below\s*[.…:]*
      # "ADVERTISEMENT The council voted ...": an ad label glued to a paragraph (the story
      # goes on with a capital: "Advertisement revenue rose" is the story's own).
        |advertisements?\s*[-–—:]?)
    )
    \s++(?=(?-i:[\p{Lu}\p{N}"“‘']))
    """
)

# Where glued chrome may start: after a sentence's end (and closing marks), so a story's
# own "... shown in a video by activists" is never cut.
_AFTER_SENTENCE = r"(?<=[.!?…\"”’)\]]\s{0,3})"

# The last word of each of SHARE_WORD's alternatives: a share row ends in one.
_SHARE_ENDS = tuple(
    """page article story post with friend this on via shares sharing share facebook twitter
    tweets tweet pinterest linkedin reddit stumbleupon tumblr whatsapp telegram + plus
    flipboard pocket messenger mix vk digg delicious mail print send embed it link sms
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# The kinds of chrome glued to the end of a line, in the order they are tried: a rule's
# name, its pattern (from where the chrome starts to the line's end), words one of which
# every match holds, or else ends one of which every match ends in (case-folded: a rule
# whose words a line lacks, and whose ends it does not end in, cannot match).
_TAIL_PARTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    # "... the White House. Featured image via Flickr", "(Photo: AP)", "Image: Getty".
    (
        "glued_credit",
        rf"""{_AFTER_SENTENCE}
        (?:(?:featured\s+|top\s+|header\s+)?{PICTURE}\s*(?:credits?)?\s*
        (?::|via|by|courtesy(?:\s+of)?)\s*[^.!?\n]{{1,80}}
        |\(\s*{PICTURE}\s*(?:credit)?\s*:\s*[^)\n]{{1,80}}\)
        # "... the market. (Getty Images)", "(AP Photo/Jane Roe)": an agency's bracketed credit
        |\(\s*(?:getty\s+images|{AGENCY}(?:\s+{PICTURE})?\s*/\s*[^)\n]{{1,60}})\s*\))""",
        # (a picture's word, or the agency's bracketed credit ending the line)
        ("photo", "image", "pic", "video", "graphic", "illustration", "footage"),
        (")",),
    ),
    # "... in September.—More…", "... (more…)", "Read more", "Continue reading →".
    (
        "glued_more",
        rf"""{_AFTER_SENTENCE}(?:[—–-]?\s*\(?more\s*(?:\.{{3}}|…)\)?
        |read\s+more\s*[.…→»›]*|continue\s+reading\s*[.…→»›]*
        # "... the mayor said. Read more: Council to vote on bridge"
        |(?:read\s+more|(?:also\s+)?read\s+also|also\s+read|see\s+also|related)\s*:\s*[^\n]{{1,150}})""",
        ("more", "read", "see", "related"),
        (),
    ),
    # "... the mayor said. Click here to subscribe", "Sign up for our daily newsletter."
    (
        "glued_prompt",
        rf"""{_AFTER_SENTENCE}(?:(?:click|tap)\s+here\b[^\n]{{0,100}}
        |sign\s+up\s+(?:for|to)\s+(?:our|the)\s+[^\n]{{0,60}}?(?:newsletters?|e-?mails?|alerts)
        \b[^\n]{{0,60}}|subscribe\s+(?:now|today|here|to\s+(?:our|the)\b)[^\n]{{0,80}})""",
        ("here", "sign", "subscribe"),
        (),
    ),
    # An ad label or marker after the story: "... the mayor said. ADVERTISEMENT", "...
    # on Monday. Story continues below".
    (
        "glued_ad",
        rf"""{_AFTER_SENTENCE}(?:advertisements?|(?:the\s+)?(?:story|article)\s+continues
        \s+below(?:\s+(?:the\s+)?advertisement)?)\s*[.…:]*""",
        ("advertisement", "below"),
        (),
    ),
    # "... great unknown. copyright by: Joseph P. Martino", "© 2017 Example Media".
    (
        "glued_copyright",
        rf"""{_AFTER_SENTENCE}
        (?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{{4}}|by\b|:))[^\n]{{1,100}}""",
        ("©", "(c)", "copyright"),
        (),
    ),
    # "... she said. Follow Jane Roe on Twitter @janeroe": the author's follow prompt.
    (
        "glued_follow",
        rf"""{_AFTER_SENTENCE}follow\s+[^.!?\n]{{1,50}}?\s+on\s+(?:twitter|facebook
        |instagram)\b[^.!?\n]{{0,40}}\.?""",
        ("follow",),
        (),
    ),
    # "... Appointment Facebook Twitter Google Plus Embed": a share row after a teaser.
    (
        "glued_share",
        rf"""(?<=\s)(?:{SHARE_WORD})(?:\s+(?:{SHARE_WORD})){{2,8}}
        |{_AFTER_SENTENCE}share\s+this\s+(?:article|story|post|page)\b[^\n]{{0,60}}""",
        # (a row of share words ends in one; "Share this story" holds "share")
        ("share",),
        _SHARE_ENDS,
    ),
)

#: Chrome at the end of a line, after the story. Searched with ``(?r)`` from the line's
#: end, in a window of the line's last characters; ``cut`` starts where the chrome starts,
#: and the group named after a rule of :data:`TAIL_PARTS` holds it.
TAIL_RE = lazy_compile(
    "(?rix)(?P<cut>"
    + "|".join(f"(?P<{name}>{part})" for name, part, _, _ in _TAIL_PARTS)
    + ")\\s*+\\Z"
)

#: :data:`TAIL_RE` one rule at a time, in its order, as ``(name, pattern, words, ends)``:
#: anchored at the window's end, the first rule that matches is the one the whole pattern
#: matches, so a rule whose ``words`` the window lacks, and whose ``ends`` it does not end
#: in (past its trailing spaces), is skipped unsearched (each search costs tens of
#: microseconds). Each pattern's ``cut`` group is the chrome.
TAIL_PARTS: tuple[tuple[str, regex.Pattern[str], tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (name, lazy_compile(f"(?rix)(?P<cut>{part})\\s*+\\Z"), words, ends)
    for name, part, words, ends in _TAIL_PARTS
)

# ---------------------------------------------------------------------------------------
# Shapes used by the context rules.
# ---------------------------------------------------------------------------------------

#: A caption that ends in its agency's credit and holds no sentence break:
#: "Deputy Supreme Guide of Muslim Brotherhood Mahmoud Ezzat (Reuters)". Searched in
#: reverse from the line's end; the caller checks the line has no sentence break.
AGENCY_CAPTION_RE = lazy_compile(rf"(?ri)\(\s*{AGENCY}(?:\s*/\s*[^()\n]{{1,60}})?\s*\)\Z")

#: A video teaser's running time ending a title: "See Protester Interrupt Wisconsin
#: Electoral College Vote 0:42", "... win election  Play Video2:37". Searched in reverse from
#: the line's end; the caller checks the title has no sentence break.
DURATION_RE = lazy_compile(
    r"""(?rix)
    # a time of day after a preposition is the story's ("The meeting starts at 10:30"), and
    # after a weekday or a publication word the header's ("Updated Tuesday 10:45")
    (?<!\b(?:at|by|from|until|till|to|and|about|around|before|after|since|on|in|is|was|of|past
      |published|updated|posted|edited|today|yesterday
      |(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))
    (?<=[\p{L}'’”"?!)])\s{1,3}(?:play\s*video\s*)?\d{1,2}:\d{2}\Z
    """
)

#: A picture agency's short credit set off by a wide gap before its caption: "CEN   Bare
#: cheek: Down come the trousers".
CREDIT_GAP_RE = lazy_compile(r"\p{Lu}{2,8}(?:\s?/\s?\p{Lu}[\p{L}.]{1,20})?[ \t\xa0]{3,}\S.{2,200}")

#: A call to action pointing at a link with "@": "Get Sample PDF of report@ http://...",
#: "Purchase this report @ https://...". ("Source: http://..." is a credit: metadata.)
LINK_CTA_RE = lazy_compile(r"[^\n@]{3,200}+@\s{0,3}https?://\S{1,300}+")

#: The source line under a pull quote: a name and who they are ("Thomas Wright, Brookings
#: Institution", "Andrei Kozyrev, former Russian foreign minister").
PULL_QUOTE_SOURCE_RE = lazy_compile(
    r"\p{Lu}[\p{L}.'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{0,20}){1,3},\s[\p{L}\s,.'’-]{2,60}\p{L}"
)

#: A verb that reports speech: a sentence holding one is the story's, not a caption's.
REPORTING_RE = lazy_compile(
    r"(?i)\b(?:said|says|told|added|asked|announced|wrote|according\s+to)\b"
)

#: A sentence break inside a line: end punctuation followed by a space and a capital.
SENTENCE_BREAK_RE = lazy_compile(r"[.!?…]['\"”’)]{0,2}\s+[\p{Lu}\"“‘]")

#: The end of a sentence inside a line: end punctuation or a closing quotation mark, then a
#: space ("Thank you.” No Place to Hide ...").
SENTENCE_END_RE = lazy_compile(r"(?<!\.)[.!?](?!\.)[\"”’)]{0,2}\s|[\"”]\s")

#: A line that ends a sentence: end punctuation, perhaps followed by closing quotes or
#: brackets. Searched in a window of the line's last few characters.
ENDS_SENTENCE_RE = lazy_compile(r"[.!?…]['\"”’»)\]]{0,3}+\Z")

#: A headline-like line: starts with a capital, digit or quotation mark, is not a sentence
#: ending in a full stop, and has no sentence break inside ("word. Word").
HEADLINE_LIKE_RE = lazy_compile(
    r"""(?x)
    [\p{Lu}\p{N}"“‘'\[]
    (?:(?![.!]\s+\p{Lu})[^\n]){2,180}+
    (?<![.!;,])
    """
)

#: A date and nothing else, as a page banner shows the day ("Monday, 20 January 2020",
#: "Tue, 09/10/2012"): weekday and/or day, month, year, perhaps a time.
DATE_ONLY_RE = lazy_compile(
    r"""(?ix)
    (?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}{0,6}\.?,?\s+)?
    (?:
      \d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}
    | \p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
    | \d{1,4}[./-]\d{1,2}[./-]\d{1,4}
    )
    (?:\s*[-–|,]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?
    """
)
