"""The line rules of site chrome, one named and commented rule set per kind.

Three compiled patterns carry every rule:

- :data:`WHOLE_LINE_RE` must match a line's whole visible part (``fullmatch`` with
  ``pos``/``endpos``); each alternative is a named group whose name is the rule reported in
  :attr:`ChromeLine.rule`, and :data:`RULE_KIND` maps it to its :class:`ChromeKind`.
- :data:`HEAD_RE` matches chrome glued to the *start* of a story line ("Continued below...
  The newspaper said ..."); its ``cut`` group ends where the story resumes.
- :data:`TAIL_RE` matches chrome glued to the *end* of a story line ("... the White House.
  Featured image via Flickr"); it is searched in reverse from the line's end, so it costs one
  anchored attempt per line.

Rules are written by *kind* and by the typography and stock phrasing every site uses
("Advertisement", "Read more", "Photo: ...", "© 2010 ..."), never by one site's sentence.
Lines that only carry the article's own metadata (headline, byline, date, credit, dateline,
"(Reporting by ...)") are deliberately left alone: :mod:`newsparse.metadata` reads them.

Linear time: every quantifier over free text is bounded (``{0,300}``) or possessive, and no
pattern nests unbounded repetition. The patterns are tried on short lines only (see
``MAX_WHOLE_LINE``), so the per-line cost is a few microseconds.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsparse._types import ChromeKind

__all__ = [
    "AGENCY_CAPTION_RE",
    "CLOCK_RULES",
    "COMMON_START_WORDS",
    "DATE_ONLY_RE",
    "ENDS_SENTENCE_RE",
    "FIRST_WORD_RE",
    "HEADLINE_LIKE_RE",
    "HEAD_RE",
    "MAX_WHOLE_LINE",
    "MENU_ROW_RE",
    "PHRASES",
    "PHRASES_BY_WORD",
    "PHRASE_GATE",
    "RULES",
    "RULES_BY_START",
    "RULE_KIND",
    "SENTENCE_BREAK_RE",
    "SENTENCE_END_RE",
    "TAIL_RE",
    "Phrase",
    "Rule",
    "start_class",
]

#: Whole-line rules are tried on lines up to this many characters: chrome lines are short,
#: and the rare long one (a poll's fine print, a disclaimer) still fits.
MAX_WHOLE_LINE = 420

# ---------------------------------------------------------------------------------------
# Shared fragments.
# ---------------------------------------------------------------------------------------

# Share targets and share-bar words: the social networks and the page's own "Print /
# Send / Email" buttons. A line made only of these (and counts) is a share bar.
_SHARE_WORD = r"""
    (?:facebook|twitter|tweet|tweets|pinterest|linkedin|reddit|stumbleupon|tumblr|whatsapp
    |telegram|google\s?\+|google\s+plus|flipboard|pocket|messenger|mix|vk|digg|delicious
    |email|e-mail|mail|print|send|share|shares|sharing|embed|pin\s+it|copy\s+link|sms
    |share\s+(?:this|on)(?:\s+(?:story|article|post|page))?|share\s+via)
"""

# A counter: "2154 views", "2.3k SHARES", "16,738 16,738 Retweets" (the number twice is a
# rendering of the same button), "1 Comment".
_COUNT = r"\d[\d.,]{0,12}+[kKmM]?"
_COUNTER_ITEM = rf"""
    (?:{_COUNT}(?:\s+{_COUNT})?\s*
       (?:views?|reads|hits|visits|shares?|comments?|likes?|retweets?|reactions?
       |responses?|replies|votes?|favou?rites?|followers?|pins?)
     |(?:views?|reads|hits|visits|page\s?views)\s*:?\s*{_COUNT})
"""

# Separators between the items of a bar or menu.
_SEP = r"[\s/|•·,:»›()\[\]-]{1,12}+"

# A photograph or picture word, as credits and captions name it.
_PICTURE = r"(?:photo(?:graph)?s?|images?|pictures?|pics?|videos?|graphics?|illustrations?|footage)"

# Agencies and picture services that sign photographs ("AP Photo/...", "AFP PHOTO/...").
_AGENCY = r"(?:AP|AFP|EPA|Reuters|Getty(?:\s+Images)?|Xinhua|UPI|PA|ANSA|dpa|Shutterstock|iStock)"

# ---------------------------------------------------------------------------------------
# Whole-line rules, one block per ChromeKind. Group names are the rule names.
# ---------------------------------------------------------------------------------------


class Rule(NamedTuple):
    """One whole-line rule, tried on lines whose first word is one of its ``starts``.

    ``name`` is reported as ``ChromeLine.rule``; ``starts`` holds lower-cased first words or
    first-character classes; ``pattern`` must match the line's whole visible part.
    """

    name: str
    kind: ChromeKind
    starts: frozenset[str]
    pattern: regex.Pattern[str]


def _rule(name: str, kind: ChromeKind, starts: str, pattern: str) -> Rule:
    return Rule(name, kind, frozenset(starts.split()), regex.compile(pattern, regex.I | regex.X))


# First-character classes for lines that do not start with a letter: "0" a digit, "(" an
# opening bracket, "-" a dash or rule, "*" another symbol.
_SHARE_STARTS = (
    "facebook twitter tweet tweets pinterest linkedin reddit stumbleupon tumblr whatsapp "
    "telegram google flipboard pocket messenger mix vk digg delicious email e mail print "
    "send share shares sharing embed pin copy sms"
)

RULES: tuple[Rule, ...] = (
    # ----- BANNER: the site's clock at the top of every page ("Last Update 20:39"). A clock
    # with no date is never the article's date; the date line under it is banner too (a
    # context rule in _chrome_context).
    _rule(
        "clock",
        ChromeKind.BANNER,
        "last",
        r"last\s+updated?\s*:?\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|\p{Lu}{2,4}))?",
    ),
    # ----- COUNTER: counts standing alone or beside share buttons: "Views: 2154",
    # "2.3k SHARES", "13.8k SHARES SHARE THIS STORY", "16,738 16,738 Retweets 53,680 likes".
    _rule(
        "counter",
        ChromeKind.COUNTER,
        "0 views view reads hits visits page pageviews",
        rf"(?:{_COUNTER_ITEM})(?:{_SEP}(?:{_COUNTER_ITEM}|{_SHARE_WORD})){{0,12}}+[\s»›]*+",
    ),
    # A bare number or vote count: comment numbers and "0+", "0-" buttons, "906".
    _rule("number", ChromeKind.COUNTER, "0 -", r"[+-]?\d{1,7}[+-]?"),
    # A reader poll's score whose number was an image: "% of readers think ...".
    _rule("reader_score", ChromeKind.COUNTER, "%", r"%\s+of\s+readers\b.{0,200}+"),
    # ----- SHARE: bars made only of share buttons: "Print / Send / Tweet", "Facebook
    # Twitter Pinterest", "Share this: Reddit".
    _rule(
        "share_bar",
        ChromeKind.SHARE,
        _SHARE_STARTS,
        rf"(?:{_SHARE_WORD})(?:{_SEP}(?:{_COUNTER_ITEM}|{_SHARE_WORD})){{0,12}}+[\s:»›]*+",
    ),
    # A tweet embed's own time stamp: "9:07 AM - 28 Dec 2016".
    _rule(
        "tweet_stamp",
        ChromeKind.SHARE,
        "0",
        r"\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[-–—]\s*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}",
    ),
    # ----- NAVIGATION: menu items, page controls and form buttons standing alone.
    _rule(
        "nav_item",
        ChromeKind.NAVIGATION,
        "home sign log login logout signin signup register my about contact menu main search "
        "skip back next previous prev close more rss site sitemap privacy terms advertise "
        "careers faq help archive archives full fullscreen enlarge expand collapse toggle "
        "submit please loading follow subscribe newsletter newsletters view show hide get",
        r"""(?:home|sign\s*in|sign\s*up|sign\s*out|log\s*in|log\s*out|register|my\s+account
          |about(?:\s+us)?|contact(?:\s+us)?|menu|main\s+menu|search|skip\s+to\s+(?:main\s+)?content
          |back\s+to\s+top|next|previous|prev|close|close\s+(?:dialog|window|ad)|more|rss
          |site\s*map|privacy(?:\s+policy)?|terms\s+of\s+(?:use|service)|advertise(?:\s+with\s+us)?
          |careers|faq|help|archives?|next\s+(?:slide|page|article|story|post)
          |previous\s+(?:slide|page|article|story|post)|full\s?screen|enlarge|expand|collapse
          |toggle\s+navigation|submit|please\s+wait|loading|follow|subscribe|newsletters?
          |view\s+gallery|view\s+comments|show\s+comments|hide\s+comments|get\s+access)[.…]{0,3}""",
    ),
    # ----- AD: advertising labels and the "story continues" markers around ad slots.
    _rule(
        "ad_label",
        ChromeKind.AD,
        "advertisement advertisements advert ad ads sponsored paid promoted partner",
        r"""(?:advertisements?|advert|ads?|sponsored(?:\s+(?:content|links?|stories|posts?))?
          |paid\s+(?:content|post|partner(?:\s+content)?)|promoted(?:\s+(?:content|stories|links))?
          |partner\s+content|ad\s+feature)\s*[:.]?""",
    ),
    _rule(
        "continues_below",
        ChromeKind.AD,
        "advertisement the story article text post continued continue",
        r"""(?:advertisement\s*[-–—:]?\s*)?(?:the\s+)?(?:story|article|text|post)
          \s+continues?\s+(?:below|after)(?:\s+(?:the\s+)?(?:ad|advertisement))?[.…]*
          |(?:story\s+|article\s+)?continued\s+below[.…]*|continue\s+reading\s+below[.…]*""",
    ),
    # A sponsor's message: "****** A message from the American Bankers Association: ...".
    _rule(
        "sponsor_message",
        ChromeKind.AD,
        "* a",
        r"\*{0,8}\s*a\s+message\s+from\s+(?-i:\p{Lu}|the\s)[^:\n]{2,80}:.{0,600}+",
    ),
    # ----- PROMPT: subscription, form, petition and correction prompts opening the line.
    _rule("subscribe", ChromeKind.PROMPT, "subscribe *", r"[^\w\n]{0,6}subscribe\b.{0,300}+"),
    _rule(
        "newsletter",
        ChromeKind.PROMPT,
        "enter type",
        r"(?:enter|type)\s+your\s+e-?mail(?:\s+address)?.{0,80}+",
    ),
    _rule(
        "form_field",
        ChromeKind.PROMPT,
        "email e name first last phone website comment zip",
        r"(?:e-?mail|name|first\s+name|last\s+name|phone|website|comment|zip(?:\s+code)?)\s*\*",
    ),
    _rule("poll", ChromeKind.PROMPT, "poll", r"poll\s+loading.{0,3}"),
    _rule(
        "petition",
        ChromeKind.PROMPT,
        "add sign",
        r"(?:add\s+your\s+name|sign\s+(?:the|our)\s+petition)\b.{0,300}+",
    ),
    _rule(
        "correction_prompt",
        ChromeKind.PROMPT,
        "see spot spotted found notice",
        r"(?:see|spot(?:ted)?|found|notice)\s+an?\s+(?:error|typo|mistake)\b.{0,150}+",
    ),
    # ----- RELATED: "Read more" and related-link lines and their list headers.
    _rule(
        "read_more",
        ChromeKind.RELATED,
        "read see view watch continue keep full more (",
        r"""(?:read|see|view|watch)\s+(?:more|the\s+(?:whole|full)\s+(?:article|story|post)
          |full\s+(?:article|story))(?:\s+(?:here|at\s+.{1,60}))?\s*[:.…→»›]*
          |continue\s+reading\s*[.…→»›]*|keep\s+reading\s*[.…→»›]*|full\s+story\s*[:→»›]*
          |\(?more[.…]{1,3}\)?""",
    ),
    _rule(
        "related_header",
        ChromeKind.RELATED,
        "related recommended trending popular most readers reader editor editors latest more "
        "you see previous",
        r"""(?:related|recommended|trending|popular|most\s+(?:viewed|read|popular|commented
          |shared|emailed|recent)|readers?'?\s+picks|editor'?s'?\s+picks|latest\s+news
          |more\s+(?:stories|news|articles|videos|from\s+.{1,40})|you\s+(?:may|might)\s+(?:also\s+)?
          (?:like|enjoy|be\s+interested\s+in)|see\s+all\s+related|previous\s+polls?)
          (?:\s+(?:articles?|stories|posts|links|content|coverage|news|reading|resources|videos?
          |topics|for\s+you|now))?\s*:?""",
    ),
    _rule(
        "related_link",
        ChromeKind.RELATED,
        "related also read see more headline",
        r"""(?:related|also\s+(?:read|see|watch)|read\s+also|see\s+also|more\s+on\s+this
          |headline)\s*:?\s+.{3,250}+""",
    ),
    _rule(
        "author_archive",
        ChromeKind.RELATED,
        "older more recent latest other rss",
        r"""(?:(?:older|more|recent|latest|other)\s+(?:articles|stories|posts|columns)\s+(?:by|from)
          |rss\s+feed\s+for)\s+.{1,80}+""",
    ),
    # ----- CAPTION: photo and video credits, captions, galleries and video teasers.
    _rule(
        "photo_credit",
        ChromeKind.CAPTION,
        "featured top header cover lead photo photos photograph photographs image images "
        "picture pictures pic pics video videos graphic graphics illustration illustrations "
        "footage credit credits",
        rf"""(?:featured\s+|top\s+|header\s+|cover\s+|lead\s+)?{_PICTURE}\s*(?:credits?)?\s*
          (?::|via|by|courtesy(?:\s+of)?|source\s*:)\s*.{{1,160}}+|credits?\s*:\s*.{{1,120}}+""",
    ),
    _rule(
        "bracketed_credit",
        ChromeKind.CAPTION,
        "(",
        rf"""[\[(]\s*(?:[\p{{L}}.]{{1,20}}\s+){{0,3}}{_PICTURE}\s*(?:credit)?\s*
          (?::|/|via|by|courtesy)[^\])\n]{{1,160}}[\])]""",
    ),
    _rule(
        "agency_photo",
        ChromeKind.CAPTION,
        "ap afp epa reuters getty xinhua upi pa ansa dpa shutterstock istock",
        rf"(?-i:{_AGENCY})\s*{_PICTURE}\s*/.{{1,300}}+",
    ),
    _rule(
        "caption_label",
        ChromeKind.CAPTION,
        "file photo photos image images picture pictures video videos representational "
        "expand enlarge",
        rf"""(?:file\s+)?{_PICTURE}\s*:\s*.{{3,300}}+|representational\s+{_PICTURE}.{{0,120}}+
          |(?:expand|enlarge)\s*\|\s*collapse.{{0,400}}+""",
    ),
    _rule(
        "gallery",
        ChromeKind.CAPTION,
        "hide show toggle 0 view see",
        r"""(?:hide|show|toggle)\s+caption(?:\s+\d{1,4}\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}
          |\d{1,4}\s+(?:photos|images|pictures|slides)|(?:view|see)\s+(?:the\s+)?(?:gallery|slideshow)""",
    ),
    _rule(
        "video",
        ChromeKind.CAPTION,
        "scroll play just must click watch video listen using",
        r"""scroll\s+down\s+for\s+(?:the\s+)?video|play\s+video.{0,12}|play(?-i:\p{Lu}).{3,250}+
          |(?:just|must)\s+watch(?:ed)?\b.{0,300}+|(?:click\s+to\s+)?(?:watch|video|listen)\s*:\s*.{3,250}+
          |using\s+a\s+mobile\s+device.{0,150}+""",
    ),
    _rule(
        "embed_url",
        ChromeKind.CAPTION,
        "https http www youtu youtube vimeo pic instagram twitter",
        r"""(?:https?://)?(?:www\.)?(?:youtu\.be|youtube\.com|vimeo\.com|pic\.twitter\.com
          |instagram\.com/p|twitter\.com/\w{1,30}/status)\S{0,200}+""",
    ),
    # ----- COMMENTS: comment headers, forms and counts.
    _rule(
        "comments",
        ChromeKind.COMMENTS,
        "0 comments comment replies responses leave post add write submit join code have show "
        "view load hide",
        r"""(?:\d{1,6}\s+)?(?:comments?|replies|responses)(?:\s*\(\d{1,6}\))?\s*[:»›]?
          |(?:leave|post|add|write|submit)\s+a\s+(?:comment|reply|response).{0,100}+
          |join\s+the\s+(?:discussion|conversation).{0,100}+|comment'?s\s+title|code
          |have\s+something\s+to\s+add\b.{0,200}+
          |(?:show|view|load|hide)\s+(?:all\s+)?(?:\d+\s+)?comments.{0,20}""",
    ),
    # ----- TAGS: keyword and category lines ("Search Keywords:", "Filed under: ...").
    _rule(
        "tags",
        ChromeKind.TAGS,
        "search tags tag keywords keyword topics topic categories category filed tagged labels "
        "label more",
        r"""(?:search\s+)?(?:tags?|keywords?|topics?|categories|category|filed\s+under
          |tagged(?:\s+with)?|labels?|more\s+about)\s*:.{0,400}+""",
    ),
    # ----- COPYRIGHT: copyright and syndication footers opening the line.
    _rule(
        "copyright",
        ChromeKind.COPYRIGHT,
        "© ( copyright",
        r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|by\b|:)).{0,250}+",
    ),
    _rule(
        "syndication",
        ChromeKind.COPYRIGHT,
        "this",
        r"""this\s+(?:article|story|post|piece)\s+(?:was\s+)?(?:originally|first)
          \s+(?:appeared|ran)\s+(?:on|in|at)\s.{1,150}+""",
    ),
    # ----- SHORT_LINK: the page's short URL.
    _rule(
        "short_link",
        ChromeKind.SHORT_LINK,
        "short shortlink permalink",
        r"(?:short\s*(?:link|url)|permalink|shortlink)\s*:?.{0,200}+",
    ),
    # ----- OTHER: separators with no letter or digit ("———", "– –").
    _rule("separator", ChromeKind.OTHER, "- *", r"[-–—_=~•·]{2,80}|(?:[-–—]\s+){1,10}[-–—]"),
)

#: Rules by the first word or character class they can start with.
RULES_BY_START: dict[str, tuple[Rule, ...]] = {}
for _r in RULES:
    for _start in _r.starts:
        RULES_BY_START[_start] = (*RULES_BY_START.get(_start, ()), _r)
del _r, _start

#: First words that also open many story sentences: lines starting with them are tried
#: only when short, since every rule they open is short.
COMMON_START_WORDS = frozenset(
    """
    the a this you have see more other just first found post add get also most latest my
    back next close top lead show keep join using play watch read full last page site main
    home name type file enter notice code help search sign spot story text view load
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: The first word of a line, for the start-word dispatch.
FIRST_WORD_RE = regex.compile(r"[^\W\d_]{1,24}")


#: First-character classes of lines that do not open with a letter.
def start_class(char: str) -> str:
    """The dispatch key of a line opening with the non-letter ``char``."""
    if char.isdigit():
        return "0"
    if char in "([{":
        return "("
    if char in "-–—_=~":
        return "-"
    if char in "©%":
        return char
    return "*"


#: A menu row or breadcrumb: short items joined by pipes or chevrons ("Egypt | Politics |
#: Features", "Home » World » Africa"). A bare ">" is not a separator: wire copy writes
#: tickers as "<CHEM>". Tried only on lines that hold such a separator.
MENU_ROW_RE = regex.compile(
    r"""(?x)
    [^|»›.!?\n]{1,50}+(?:\s*+[|»›]\s*+[^|»›.!?\n]{1,50}+){1,30}+
    """
)

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
    match from the line's start, the trigger only gating them.
    """

    name: str
    triggers: tuple[str, ...]
    pattern: regex.Pattern[str]
    last: bool = False
    max_before: int = 250
    from_start: bool = False


def _phrase(
    name: str,
    triggers: str,
    pattern: str,
    *,
    last: bool = False,
    max_before: int = 250,
    from_start: bool = False,
) -> Phrase:
    return Phrase(
        name,
        tuple(t.replace("_", " ") for t in triggers.split()),
        regex.compile(pattern, regex.I | regex.X),
        last,
        max_before,
        from_start,
    )


PHRASES: tuple[Phrase, ...] = (
    # An affiliate shop widget: "Celestron ... Buy New $309.95 (as of 04:50 EDT - Details)"
    # (the caller keeps the line when a story sentence comes before the widget).
    _phrase("shop_widget", "buy_new", r"buy\s+new\s+\$[\d.,]{1,12}\s*\(as\s+of\s[^)]{1,40}\)"),
    # Newsletter sign-ups: "sign up for our newsletter", "register for the daily alerts".
    _phrase(
        "newsletter",
        "newsletter newsletters",
        r"""[^\n]{0,150}?\b(?:sign(?:ing)?\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the|my)
            \s+(?:[\w-]+\s+){0,4}?newsletters?\b.{0,200}+""",
        from_start=True,
    ),
    # A poll or sign-up form's fine print (its question and options are found in context).
    _phrase(
        "poll",
        "take_our_poll completing_this_poll this_field_is opt_out opt-out agree_to",
        r"""(?:take\s+our\s+poll|completing\s+this\s+poll|this\s+field\s+is\s+for
            \s+validation\s+purposes|opt[\s-]?out\s+at\s+any\s?time|agree\s+to
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
        r"""[^\n]{0,80}?\b(?:(?:follow|like|find|join)\s+(?:us|me|(?-i:\p{Lu})[^\n]{0,50}?|@\w{1,30})
            \s+on|follow\s+on)\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b.{0,160}+""",
        max_before=140,
        from_start=True,
    ),
    # "Spread the word! LIKE and SHARE this article", "Share this story everywhere."
    _phrase(
        "share_prompt",
        "share_this like_and_share spread_the_word",
        r"""(?:share\s+this\s+(?:story|article|post|page)|like\s+and\s+share
            |spread\s+the\s+word)\b.{0,300}+""",
    ),
    # The site speaking about itself: opinion disclaimers, submission and comment policies.
    _phrase(
        "site_notice",
        "the_views_expressed our_guidelines our_submission our_comment our_commenting "
        "the_comment_polic the_commenting_polic",
        r"""(?:the\s+views\s+expressed\s+(?:in\s+this\s+.{0,40}?)?\s*are\s+(?:solely\s+)?
            (?:those\s+of|the\s+author)|our\s+(?:submission\s+)?guidelines
            |(?:our|the)\s+comment(?:ing)?\s+polic(?:y|ies))\b.{0,400}+""",
    ),
    # A caption that ends in its credit: "... Nov. 9, 2016. (Photo: Matt Rourke, AP)",
    # "... St Bernard Parish, Louisiana. Photograph: Gerald Herbert/AP".
    _phrase(
        "caption_credit",
        "(photo (image (picture (video (credit",
        rf"\((?:{_PICTURE}|credit)\s*:\s*[^)]{{1,100}}\)\s*+",
        last=True,
    ),
    _phrase(
        "caption_credit",
        "photograph: photo: picture: image:",
        r"(?:photograph|photo|picture|image)\s*:\s*[^.]{1,100}",
        last=True,
    ),
    # CNN-style video teasers: "... Replay More Videos ...".
    _phrase("video", "replay_more", r"replay\s+more\s+videos\b.{0,300}+"),
    # "Have something to add to this story? Share it in the comments."
    _phrase("comments", "share_it_in", r"share\s+it\s+in\s+the\s+comments\b.{0,100}+"),
    # Cookie and consent notices.
    _phrase(
        "cookie",
        "we_use_cookies uses_cookies cookie_policy cookie_settings accept_cookies "
        "accept_all_cookies",
        r"""(?:we\s+use\s+cookies|uses\s+cookies|cookie\s+(?:policy|settings)
            |accept\s+(?:all\s+)?cookies)\b.{0,300}+""",
    ),
    # Rights and syndication footers: "All rights reserved", "Distributed by Tribune Content
    # Agency, LLC.", "The post ... appeared first on Example News."
    _phrase("copyright", "all_rights_reserved", r"all\s+rights\s+reserved\b.{0,150}+"),
    _phrase(
        "copyright",
        "distributed_by",
        r"distributed\s+by\s+.{1,80}?\b(?:agency|syndicate|services?|llc)\b.{0,60}+",
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

#: The kind of every whole-line rule (and the glued rules below).
RULE_KIND: dict[str, ChromeKind] = {
    "clock": ChromeKind.BANNER,
    "counter": ChromeKind.COUNTER,
    "share_bar": ChromeKind.SHARE,
    "number": ChromeKind.COUNTER,
    "reader_score": ChromeKind.COUNTER,
    "tweet_stamp": ChromeKind.SHARE,
    "nav_item": ChromeKind.NAVIGATION,
    "menu_row": ChromeKind.NAVIGATION,
    "ad_label": ChromeKind.AD,
    "continues_below": ChromeKind.AD,
    "shop_widget": ChromeKind.AD,
    "sponsor_message": ChromeKind.AD,
    "subscribe": ChromeKind.PROMPT,
    "newsletter": ChromeKind.PROMPT,
    "form_field": ChromeKind.PROMPT,
    "poll": ChromeKind.PROMPT,
    "petition": ChromeKind.PROMPT,
    "click_here": ChromeKind.PROMPT,
    "follow_us": ChromeKind.PROMPT,
    "share_prompt": ChromeKind.SHARE,
    "correction_prompt": ChromeKind.PROMPT,
    "site_notice": ChromeKind.OTHER,
    "read_more": ChromeKind.RELATED,
    "related_header": ChromeKind.RELATED,
    "related_link": ChromeKind.RELATED,
    "author_archive": ChromeKind.RELATED,
    "photo_credit": ChromeKind.CAPTION,
    "bracketed_credit": ChromeKind.CAPTION,
    "agency_photo": ChromeKind.CAPTION,
    "caption_label": ChromeKind.CAPTION,
    "gallery": ChromeKind.CAPTION,
    "video": ChromeKind.CAPTION,
    "embed_url": ChromeKind.CAPTION,
    "comments": ChromeKind.COMMENTS,
    "tags": ChromeKind.TAGS,
    "cookie": ChromeKind.COOKIE,
    "copyright": ChromeKind.COPYRIGHT,
    "syndication": ChromeKind.COPYRIGHT,
    "short_link": ChromeKind.SHORT_LINK,
    "separator": ChromeKind.OTHER,
    "caption_credit": ChromeKind.CAPTION,
    # Glued fragments (HEAD_RE, TAIL_RE).
    "glued_continues": ChromeKind.AD,
    "glued_credit": ChromeKind.CAPTION,
    "glued_more": ChromeKind.RELATED,
    "glued_copyright": ChromeKind.COPYRIGHT,
    "glued_share": ChromeKind.SHARE,
    # Context rules (_chrome_context).
    "banner_date": ChromeKind.BANNER,
    "page_header": ChromeKind.NAVIGATION,
    "page_tail": ChromeKind.OTHER,
    "page_caption": ChromeKind.CAPTION,
    "page_title": ChromeKind.BANNER,
    "related_list": ChromeKind.RELATED,
    "caption_before_credit": ChromeKind.CAPTION,
    "repeated_teaser": ChromeKind.CAPTION,
    "form_block": ChromeKind.PROMPT,
    "gallery_block": ChromeKind.CAPTION,
    "wrapped_prompt": ChromeKind.PROMPT,
    "profile_line": ChromeKind.PROFILE,
    "profile_pattern": ChromeKind.PROFILE,
}

#: Rules whose lines are the clock of a page banner: the date line after them is banner too.
CLOCK_RULES = frozenset({"clock"})

# ---------------------------------------------------------------------------------------
# Glued chrome: fragments stuck to the start or the end of a story line.
# ---------------------------------------------------------------------------------------

#: Chrome at the start of a line, followed by the story; ``cut`` ends where the story
#: starts (the story must start with a capital, a digit or a quotation mark).
HEAD_RE = regex.compile(
    r"""(?ix)
    (?P<cut>
      # "Continued below... The newspaper ...": the ad-slot marker glued to a paragraph.
      (?P<glued_continues>(?:advertisement\s*[-–—:]?\s*)?(?:(?:the\s+)?(?:story|article)\s+)?
        continue[sd]?\s+below\s*[.…:]*)
    )
    \s++(?=(?-i:[\p{Lu}\p{N}"“‘']))
    """
)

#: Chrome at the end of a line, after the story. Searched with ``(?r)`` from the line's
#: end, so each line costs one anchored attempt; ``cut`` starts where the chrome starts.
TAIL_RE = regex.compile(
    rf"""(?rix)
    (?<=[.!?…"”’)\]]\s{{0,3}}|\s)
    (?P<cut>
      # "... the White House. Featured image via Flickr", "(Photo: AP)", "Image: Getty".
      (?P<glued_credit>(?:featured\s+|top\s+|header\s+)?{_PICTURE}\s*(?:credits?)?\s*
        (?::|via|by|courtesy(?:\s+of)?)\s*[^.!?\n]{{1,80}}
        |\(\s*{_PICTURE}\s*(?:credit)?\s*:\s*[^)\n]{{1,80}}\))
      # "... in September.—More…", "... (more…)", "Read more", "Continue reading →".
      |(?P<glued_more>[—–-]?\s*\(?more\s*(?:\.{{3}}|…)\)?|read\s+more\s*[.…→»›]*
        |continue\s+reading\s*[.…→»›]*)
      # "... great unknown. copyright by: Joseph P. Martino", "© 2017 Example Media".
      |(?P<glued_copyright>(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{{4}}|by\b|:))[^\n]{{1,100}})
      # "... Appointment Facebook Twitter Google Plus Embed": a share row after a teaser.
      |(?P<glued_share>(?:{_SHARE_WORD})(?:\s+(?:{_SHARE_WORD})){{2,8}})
    )
    \s*+\Z
    """
)

# ---------------------------------------------------------------------------------------
# Shapes used by the context rules.
# ---------------------------------------------------------------------------------------

#: A caption that ends in its agency's credit and holds no sentence break:
#: "Deputy Supreme Guide of Muslim Brotherhood Mahmoud Ezzat (Reuters)". Searched in
#: reverse from the line's end; the caller checks the line has no sentence break.
AGENCY_CAPTION_RE = regex.compile(rf"(?r)\(\s*{_AGENCY}(?:\s*/\s*[^()\n]{{1,40}})?\s*\)\Z")

#: A sentence break inside a line: end punctuation followed by a space and a capital.
SENTENCE_BREAK_RE = regex.compile(r"[.!?…]['\"”’)]{0,2}\s+[\p{Lu}\"“‘]")

#: The end of a sentence inside a line: end punctuation or a closing quotation mark, then a
#: space ("Thank you.” No Place to Hide ...").
SENTENCE_END_RE = regex.compile(r"(?<!\.)[.!?](?!\.)[\"”’)]{0,2}\s|[\"”]\s")

#: A line that ends a sentence: end punctuation, perhaps followed by closing quotes or
#: brackets. Searched in a window of the line's last few characters.
ENDS_SENTENCE_RE = regex.compile(r"[.!?…]['\"”’»)\]]{0,3}+\Z")

#: A headline-like line: starts with a capital, digit or quotation mark, is not a sentence
#: ending in a full stop, and has no sentence break inside ("word. Word").
HEADLINE_LIKE_RE = regex.compile(
    r"""(?x)
    [\p{Lu}\p{N}"“‘'\[]
    (?:(?![.!]\s+\p{Lu})[^\n]){2,180}+
    (?<![.!;,])
    """
)

#: A date and nothing else, as a page banner shows the day ("Monday, 20 January 2020",
#: "Tue, 09/10/2012"): weekday and/or day, month, year, perhaps a time.
DATE_ONLY_RE = regex.compile(
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
