"""The whole-line rules of site chrome, one named and commented rule set per kind.

:data:`RULES` holds one :class:`Rule` per named rule: its :class:`ChromeKind`, the first
words (or first-character classes) a line it matches can start with, and a pattern that
must match the line's whole visible part. :func:`newsparse.chrome.find_chrome` looks up a
line's first word in :data:`RULES_BY_START` and tries only those few rules, so a story
line usually costs one dictionary look-up. The rule's name is reported in
:attr:`ChromeLine.rule`; :data:`RULE_KIND` maps every rule name (line, phrase, glued and
context rules) to its kind.

Rules are written by *kind* and by the typography and stock phrasing every site uses
("Advertisement", "Read more", "Photo: ...", "© 2010 ..."), never by one site's sentence.
Lines that only carry the article's own metadata (headline, byline, date, credit, dateline,
"(Reporting by ...)") are deliberately left alone: :mod:`newsparse.metadata` reads them.

Linear time: every quantifier over free text is bounded (``{0,300}``) or possessive, and no
pattern nests unbounded repetition; each pattern runs within one line
(``pos``/``endpos``), on lines up to ``MAX_WHOLE_LINE`` characters.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsparse._patterns import lazy_compile
from newsparse._types import ChromeKind

__all__ = [
    "AGENCY",
    "CLOCK_RULES",
    "MAX_WHOLE_LINE",
    "PICTURE",
    "RULES",
    "RULES_BY_START",
    "RULE_FLAGS",
    "RULE_KIND",
    "SHARE_WORD",
    "Rule",
]

#: Whole-line rules are tried on lines up to this many characters: chrome lines are short,
#: and the rare long one (a sponsor's message, a newsletter's blurb) still fits.
MAX_WHOLE_LINE = 800

# ---------------------------------------------------------------------------------------
# Shared fragments.
# ---------------------------------------------------------------------------------------

# Share targets and share-bar words: the social networks and the page's own "Print /
# Send / Email" buttons. A line made only of these (and counts) is a share bar. Longer
# alternatives come first: the bars repeat possessively and never backtrack into them.
SHARE_WORD = r"""
    (?:(?:print|email|e-mail|save|share)\s+(?:this\s+)?(?:page|article|story|post)
    |share\s+this\s+with
    |(?:email|e-mail|send)\s+(?:this\s+)?(?:to\s+)?a\s+friend|tweet\s+this
    |share\s+(?:this|on)(?:\s+(?:story|article|post|page))?|share\s+via|shares|sharing|share
    |facebook|twitter|tweets|tweet|pinterest|linkedin|reddit|stumbleupon|tumblr|whatsapp
    |telegram|google\s?\+|google\s+plus|flipboard|pocket|messenger|mix|vk|digg|delicious
    |e-mail|email|mail|print|send|embed|pin\s+it|copy\s+link|sms)
"""

# A counter: "2154 views", "2.3k SHARES", "16,738 16,738 Retweets" (the number twice is a
# rendering of the same button), "1 Comment".
COUNT = r"\d[\d.,]{0,12}+[kKmM]?"
COUNTER_ITEM = rf"""
    (?:{COUNT}(?:\s+{COUNT})?\s*
       (?:views?|reads|hits|visits|shares?|comments?|likes?|retweets?|reactions?
       |responses?|replies|votes?|favou?rites?|followers?|pins?)
     |(?:views?|reads|hits|visits|page\s?views)\s*:?\s*{COUNT})
"""

# Separators between the items of a bar or menu.
SEP = r"[\s/|•·,:»›()\[\]-]{1,12}+"

# A photograph or picture word, as credits and captions name it.
PICTURE = (
    r"(?:photo\s+illustrations?|photo(?:graph)?s?|images?|pictures?|pics?|videos?|graphics?"
    r"|illustrations?|footage)"
)

# Agencies and picture services that sign photographs ("AP Photo/...", "AFP PHOTO/...").
AGENCY = r"(?:AP|AFP|EPA|Reuters|Getty(?:\s+Images)?|Xinhua|UPI|PA|ANSA|dpa|Shutterstock|iStock)"

# ---------------------------------------------------------------------------------------
# Whole-line rules, one block per ChromeKind. Group names are the rule names.
# ---------------------------------------------------------------------------------------


class Rule(NamedTuple):
    """One whole-line rule, tried on lines whose first word is one of its ``starts``.

    ``name`` is reported as ``ChromeLine.rule``; ``starts`` holds lower-cased first words or
    first-character classes; ``pattern`` must match the line's whole visible part (its
    ``source`` compiled with ``IGNORECASE`` and ``VERBOSE``).
    """

    name: str
    kind: ChromeKind
    starts: frozenset[str]
    pattern: regex.Pattern[str]
    source: str


def _rule(name: str, kind: ChromeKind, starts: str, pattern: str) -> Rule:
    return Rule(name, kind, frozenset(starts.split()), lazy_compile(pattern, RULE_FLAGS), pattern)


#: The flags every rule's pattern is compiled with.
RULE_FLAGS = regex.I | regex.X


# First-character classes for lines that do not start with a letter: "0" a digit, "(" an
# opening bracket, "-" a dash or rule, "*" another symbol.
_SHARE_STARTS = (
    "facebook twitter tweet tweets pinterest linkedin reddit stumbleupon tumblr whatsapp "
    "telegram google flipboard pocket messenger mix vk digg delicious email e mail print "
    "send share shares sharing embed pin copy sms save"
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
        rf"(?:{COUNTER_ITEM})(?:{SEP}(?:{COUNTER_ITEM}|{SHARE_WORD})){{0,12}}+[\s»›]*+",
    ),
    # A bare number or vote count: comment numbers and "0+", "0-" buttons, "906".
    # (A year alone, "2018", may be the article's date: the metadata's to read.)
    _rule("number", ChromeKind.COUNTER, "0 -", r"(?!(?:19|20)\d{2}\Z)[+-]?\d{1,7}[+-]?"),
    # Reading time: "3 min read", "Reading time: 4 minutes".
    _rule(
        "reading_time",
        ChromeKind.COUNTER,
        "0 reading read estimated",
        r"""\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+read(?:ing)?(?:\s+time)?
            |(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?""",
    ),
    # A reader poll's score whose number was an image: "% of readers think ...".
    _rule("reader_score", ChromeKind.COUNTER, "%", r"%\s+of\s+readers\b.{0,200}+"),
    # ----- SHARE: bars made only of share buttons: "Print / Send / Tweet", "Facebook
    # Twitter Pinterest", "Share this: Reddit".
    _rule(
        "share_bar",
        ChromeKind.SHARE,
        _SHARE_STARTS,
        rf"(?:{SHARE_WORD})(?:{SEP}(?:{COUNTER_ITEM}|{SHARE_WORD}|{COUNT})){{0,12}}+[\s:»›]*+",
    ),
    # Share links spelled out: "Click to share on Twitter (Opens in new window)".
    _rule(
        "share_bar",
        ChromeKind.SHARE,
        "click",
        r"click\s+to\s+(?:share|email|print|tweet)\b.{0,80}+",
    ),
    # A tweet embed's own time stamp: "9:07 AM - 28 Dec 2016" (kept by the context rules
    # unless an embedded post's "@handle" stands in the lines above: alone, it may be the
    # article's own date line).
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
        "sections jump open go return our editorial corrections correction ethics accessibility "
        "skip back next previous prev close more rss site sitemap privacy terms advertise "
        "careers faq help archive archives full fullscreen enlarge expand collapse toggle "
        "submit please loading follow subscribe newsletter newsletters view show hide get you "
        "text font cancel website bookmark like reuse copy post load",
        r"""(?:home|sign\s*in|sign\s*up|sign\s*out|log\s*in|log\s*out|register|my\s+account
          |about(?:\s+us)?|contact(?:\s+(?:us|the\s+(?:newsroom|editors?)|our\s+newsroom))?
          |accessibility(?:\s+(?:statement|help))?|menu|main\s+menu|search|sections
          |(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer)
          |(?:open|close|toggle)\s+(?:the\s+)?(?:menu|navigation|search)
          |(?:back|go|return)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?
          |register\s+(?:now|today|here|for\s+free)
          # the newsroom's policy links: "Our Standards: ...", "Corrections policy"
          |(?:our|editorial)\s+standards(?:\s*:.{0,100})?|(?:corrections?|ethics|editorial)\s+polic(?:y|ies)
          |back\s+to\s+top|next|previous|prev|close|close\s+(?:dialog|window|ad)|more|rss
          |site\s*map|privacy(?:\s+(?:policy|notice|settings|statement))?|terms\s+of\s+(?:use|service)|advertise(?:\s+with\s+us)?
          |careers|faq|help|archives?|next\s+(?:slide|page|article|story|post)
          |previous\s+(?:slide|page|article|story|post)|full\s?screen|enlarge|expand|collapse
          |toggle\s+navigation|submit|please\s+wait|loading|follow|subscribe|newsletters?
          |view\s+gallery|view\s+comments|show\s+comments|hide\s+comments|get\s+access
          |follow\s+us|you\s+are\s+here\s*:.{0,200}|search\s+for\s*:?|(?:text|font)\s+size
          |terms\s+(?:&|and)\s+conditions|cancel\s+reply|website|bookmark|like\s+this
          |like\s+loading|reuse\s+this\s+content|copy\s+this\s+link|post\s+comment
          |(?:load|show)\s+more)[.…:]{0,3}""",
    ),
    # ----- AD: advertising labels and the "story continues" markers around ad slots.
    _rule(
        "ad_label",
        ChromeKind.AD,
        "advertisement advertisements advert ad ads sponsored paid promoted partner recommended "
        "adchoices around from supported report presented brought -",
        r"""[-–—•·*\s]{0,6}+
          (?:advertisements?\s*[-–—:·]?\s*continue\s+reading(?:\s+the\s+main\s+story)?
          # sponsors: "Presented by Example Bank", "Brought to you by Example Bank"
          |(?:presented|brought\s+to\s+you)\s+by\s+(?-i:\p{Lu})[^.!?,;\n]{0,60}
          |advertisements?(?:\s*[-–—:·]?\s*(?:scroll|continue)\s+(?:down\s+)?to\s+continue
          (?:\s+(?:reading|with\s+content))?)?
          |ad\s+feedback|report\s+(?:this\s+)?ad|ads\s+by\s+\w{2,20}
          |advertisements?|advert|ads?|sponsored(?:\s+(?:content|links?|stories|posts?))?
          |paid\s+(?:content|post|partner(?:\s+content)?)|promoted(?:\s+(?:content|stories|links))?
          |partner\s+content|ad\s+feature|ad\s?choices|supported\s+by
          # content-recommendation widgets: "Promoted Links by Taboola", "Recommended by Outbrain"
          |(?:sponsored|promoted|recommended)(?:\s+(?:links?|stories|content|posts?))?\s+by\s+\w{2,20}
          |(?:around|from)\s+the\s+web)\s*[:.]?[-–—•·*\s]{0,6}""",
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
    # (a quotation mark before it makes it someone's words: '"Subscribe," she said')
    _rule(
        "subscribe",
        ChromeKind.PROMPT,
        "subscribe *",
        # (a line reporting speech is the story's: "Subscribe to the view ..., he said")
        r"""[^\w\n\"“”'‘’«»„]{0,6}subscribe\b
          (?!.{0,700}?\b(?:said|says|told|argued|added|wrote)\b).{0,700}+""",
    ),
    # Membership, app and log-in prompts: "Already a subscriber? Log in", "Become a member
    # today", "Support our journalism", "Download our app". Short and closed: a story's
    # "Download speeds rose" or "Support our troops, she said" never matches.
    _rule(
        "subscribe",
        ChromeKind.PROMPT,
        "already become support download get create receive sign newsletter you enjoy start donate",
        r"""already\s+(?:have\s+an\s+account|(?:an?\s+)?(?:subscriber|member|registered))\s*\?.{0,80}+
          |(?:get|enjoy)\s+unlimited\s+(?:digital\s+)?access(?:\s+(?:now|today))?\s*[.!]?
          |start\s+(?:your|a)\s+free\s+trial(?:\s+(?:now|today))?\s*[.!]?
          |(?:donate|support\s+us)(?:\s+(?:now|today))?\s*[.!]?
          |become\s+an?\s+(?:member|subscriber|supporter|patron)(?:\s+(?:today|now))?\s*[.!]?
          |support\s+(?:our|independent|quality|local)\s+(?:journalism|reporting|newsroom
          |work)(?:\s+(?:today|now))?\s*[.!]?
          |(?:download|get)\s+(?:our|the)\s+(?:free\s+)?(?:[\p{L}'’-]{1,20}\s+){0,4}?apps?\b
          # (only a store or a device after it: "Download the app to your phone and ..."
          # in a how-to story goes on as a sentence)
          (?:\s+(?:for|on|from)\s+(?:ios|android|iphone|ipad|(?:the\s+)?app\s+store
          |google\s+play|your\s+(?:phone|device|mobile))\b[^.!?\n,]{0,30})?\s*[.!]?
          # "Get our newsletter", "Sign up to our daily email", "Get breaking news alerts"
          |(?:get|receive|sign\s+up\s+(?:for|to))\s+(?:our\s+|the\s+)?(?:free\s+)?
          (?:[\p{L}'’-]{1,20}\s+){0,3}?(?:newsletters?|e-?mails?|alerts|briefings?|digest)
          (?:\s+(?:here|now|today))?\s*[.!:]?
          |newsletter\s+sign[\s-]?up\s*[.!:]?
          |create\s+(?:a|your)\s+(?:free\s+)?account(?:\s+(?:now|today))?\s*[.!]?
          # a paywall's count: "You've read 3 of 5 free articles this month."
          |you(?:'ve|’ve|\s+have)\s+(?:reached|read|used|viewed)\b[^.!?\n]{0,60}
          \bfree\s+(?:articles?|stories|reads|views)\b.{0,150}+""",
    ),
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
        "see spot spotted found notice report got send have",
        r"""(?:see|spot(?:ted)?|found|notice|report)\s+an?\s+(?:error|typo|mistake|correction)\b.{0,150}+
          # tip lines: "Got a news tip?", "Send us a tip"
          |(?:got|have)\s+a\s+(?:news\s+)?tip\b.{0,150}+|send\s+us\s+(?:a\s+)?(?:news\s+)?tips?\b.{0,150}+""",
    ),
    # ----- RELATED: "Read more" and related-link lines and their list headers.
    _rule(
        "read_more",
        ChromeKind.RELATED,
        "read see view watch continue keep full more (",
        r"""(?:read|see|view|watch)\s+(?:more|the\s+(?:whole|full)\s+(?:article|story|post)
          |full\s+(?:article|story))(?:\s+(?:here|at\s+.{1,60}))?\s*[:.…→»›]*
          |continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article|post))?\s*[.…→»›]*
          |keep\s+reading\s*[.…→»›]*|full\s+story\s*[:→»›]*
          |\(?more[.…]{1,3}\)?""",
    ),
    _rule(
        "related_header",
        ChromeKind.RELATED,
        "related recommended trending popular most readers reader editor editors latest more "
        "you see previous top what read up don in elsewhere latest",
        r"""(?:related|recommended|trending|popular|most\s+(?:viewed|read|popular|commented
          |shared|emailed|recent)|readers?'?\s+picks|editor'?s'?\s+picks
          |latest(?:\s+(?:news|stories|headlines|videos|articles|posts|updates))?|see\s+also
          |more\s+(?:stories|news|articles|videos|from\s+.{1,40}|in\s+.{1,40})|top\s+(?:stories|news|videos)
          |(?:what\s+to\s+)?read\s+next|up\s+next|don'?t\s+miss|in\s+case\s+you\s+missed\s+it
          |elsewhere\s+on\s+.{1,40}|more\s+on\s+this\s+(?:story|topic|subject)|you\s+(?:may|might)\s+(?:also\s+)?
          (?:like|enjoy|be\s+interested\s+in)|see\s+all\s+related|previous\s+polls?)
          (?:\s+(?:articles?|stories|posts|links|content|coverage|news|reading|resources|videos?
          |topics|for\s+you|now))?\s*:?""",
    ),
    _rule(
        "related_link",
        ChromeKind.RELATED,
        "related also read see more watch",
        r"""(?:related|more\s+on\s+this|(?:read|see|watch)\s+more)\s*:\s*.{3,250}+
            |(?:also\s+(?:read|see|watch)|read\s+also|see\s+also)\s*(?::\s*|\s+(?-i:\p{Lu})).{3,250}+""",
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
        "footage credit credits media courtesy",
        rf"""(?:featured\s+|top\s+|header\s+|cover\s+|lead\s+)?{PICTURE}\s*(?:credits?)?\s*
          (?::|source\s*:)\s*.{{1,160}}+|credits?\s*(?::|\.{{2,3}}|…)\s*.{{1,120}}+
          # "Photo by Jane Roe/Getty", "Image via Flickr": a name, not a sentence ("Footage by
          # the BBC showed the crowd." stays)
          |(?:featured\s+|top\s+|header\s+|cover\s+|lead\s+)?{PICTURE}\s*(?:credits?)?\s*
          (?:via|by|courtesy(?:\s+of)?)\s*(?:[^.!?\n]|\.(?=\S)){{1,120}}+
          # "Courtesy of the city council": a lender's credit, a name and no sentence
          |courtesy\s+(?:of\s+)?(?:the\s+)?(?-i:\p{{Lu}})[^.!?,\n]{{1,60}}
          # BBC-style "Image copyright Reuters Image caption Protesters gathered ..."
          |(?:{PICTURE}|media)\s+(?:copyright|caption|source)\b.{{1,400}}+""",
    ),
    _rule(
        "bracketed_credit",
        ChromeKind.CAPTION,
        "(",
        rf"""[\[(]\s*(?:[\p{{L}}.]{{1,20}}\s+){{0,3}}{PICTURE}\s*(?:credit)?\s*
          (?::|/|via|by|courtesy)[^\])\n]{{1,160}}[\])]
          # "(File Photo)", "(Video)": a picture's label alone
          |[\[(]\s*(?:(?:file|stock|archive)\s+)?{PICTURE}\s*[\])]
          # "(REUTERS/Jonathan Ernst)", "(Getty Images)": an agency's credit alone
          |[\[(]\s*{AGENCY}(?:\s*/[^\])\n]{{1,80}})?\s*[\])]""",
    ),
    _rule(
        "agency_photo",
        ChromeKind.CAPTION,
        "ap afp epa reuters getty xinhua upi pa ansa dpa shutterstock istock istockphoto alamy",
        rf"""(?-i:{AGENCY})\s*{PICTURE}\s*/.{{1,300}}+
          # "REUTERS/Jonathan Ernst", "Getty Images/Drew Angerer": agency, slash, photographer
          |{AGENCY}\s*/\s*(?-i:\p{{Lu}})[\p{{L}}.'’ -]{{1,60}}(?:/\s*{AGENCY})?
          # a picture library alone ("Getty Images"); a news agency alone ("Reuters") is the
          # header's credit, left to the metadata
          |getty\s+images|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?""",
    ),
    _rule(
        "caption_label",
        ChromeKind.CAPTION,
        "file photo photos image images picture pictures video videos representational "
        "expand enlarge pictured gallery slideshow",
        rf"""(?:file\s+)?(?:{PICTURE}|pictured|gallery|slideshow)\s*:\s*.{{3,500}}+
          |representational\s+{PICTURE}.{{0,120}}+
          |(?:expand|enlarge)\s*\|\s*collapse.{{0,400}}+""",
    ),
    _rule(
        "gallery",
        ChromeKind.CAPTION,
        "hide show toggle 0 view see enlarge expand click",
        r"""(?:hide|show|toggle)\s+caption(?:\s+\d{1,4}\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}
          |(?:enlarge|expand)\s+(?:this\s+)?(?:image|photo|picture|graphic)
          |click\s+(?:here\s+)?to\s+(?:enlarge|expand|zoom)
          |view\s+(?:image|photo|picture)\s+in\s+full\s?screen
          |\d{1,4}\s+(?:photos|images|pictures|slides)|(?:view|see)\s+(?:the\s+)?(?:gallery|slideshow)""",
    ),
    _rule(
        "video",
        ChromeKind.CAPTION,
        "scroll play just must click watch video listen using media",
        r"""scroll\s+down\s+for\s+(?:the\s+)?video|play\s+video.{0,12}|play(?-i:\p{Lu}).{3,250}+
          |(?:just|must)\s+watch(?:ed)?\b.{0,300}+|(?:click\s+to\s+)?(?:watch|video|listen)\s*:\s*.{3,250}+
          |using\s+a\s+mobile\s+device.{0,150}+|media\s+playback\s+is\s+unsupported.{0,80}+
          |listen\s+to\s+this\s+(?:story|article|episode|podcast)\b.{0,80}+
          |listen\s+to\s+(?:the\s+)?(?:article|story)(?:\s*\(?\d{1,2}\s*min(?:ute)?s?\)?)?
          |watch\s+(?:now|live)\s*[:.!]?
          # "Watch the full speech here," "Listen to the interview below:"
          |(?:watch|listen\s+to)\s+[^.!?\n]{0,80}?\b(?:here|below|above)\s*[:.,!]?""",
    ),
    _rule(
        "embed_url",
        ChromeKind.CAPTION,
        "https http www youtu youtube vimeo pic instagram twitter",
        r"""(?:https?://)?(?:www\.)?(?:youtu\.be|youtube\.com|vimeo\.com|pic\.twitter\.com
          |instagram\.com/p|twitter\.com/\w{1,30}/status)\S{0,200}+""",
    ),
    # (RELATED, tried after the captions.) A related link in square brackets, headline-style,
    # four words or more: "[Trump denies CIA report that Russia intervened]". An editor's
    # note in brackets ends in a full stop, and "[Emphasis added]" is too short: both stay.
    _rule(
        "bracketed_link",
        ChromeKind.RELATED,
        "(",
        r"\[\s*(?-i:\p{Lu})[^\]\n.!?\s]{0,30}+(?:\s++[^\]\n.!?\s]{1,30}+){3,40}\??\s*\]",
    ),
    # ----- COMMENTS: comment headers, forms and counts.
    _rule(
        "comments",
        ChromeKind.COMMENTS,
        "0 comments comment replies responses leave post add write submit join code have show "
        "view load hide log login sign signin be sort report",
        r"""(?:\d{1,6}\s+)?(?:comments?|replies|responses)(?:\s*\(\d{1,6}\))?\s*[:»›]?
          |(?:leave|post|add|write|submit)\s+a\s+(?:comment|reply|response).{0,100}+
          |join\s+the\s+(?:discussion|conversation).{0,100}+|comment'?s\s+title|code
          |have\s+something\s+to\s+add\b.{0,200}+
          |(?:show|view|load|hide)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+)?(?:comments|replies).{0,20}
          |sort\s+by\s*:?\s*(?:newest|oldest|best|top|most\s+\w{1,12}|recent|popular)\b.{0,30}
          |report\s+(?:abuse|(?:this\s+)?comment)\s*[.!]?
          # "Log in to comment", "Sign in to join the conversation"
          |comments\s+(?:are|have\s+been)\s+(?:now\s+)?closed
          (?:\s+for\s+this\s+(?:article|story|post))?\.?
          |be\s+the\s+first\s+to\s+(?:comment|reply|respond)\b.{0,40}+
          |comment\s+on\s+this\s+(?:story|article|post)\s*[.:!]?
          |(?:log|sign)\s*in\s+to\s+(?:comment|reply|post\s+a\s+comment|join\s+the
          \s+(?:discussion|conversation))\b.{0,60}+""",
    ),
    # ----- TAGS: keyword and category lines ("Search Keywords:", "Filed under: ...").
    _rule(
        "tags",
        ChromeKind.TAGS,
        "search tags tag keywords keyword topics topic categories category filed tagged labels "
        "label more posted related in",
        r"""(?:tags|topics|keywords|categories|filed\s+under|tagged)\s*
          |(?:search\s+)?(?:tags?|keywords?|topics?(?:\s+covered)?|categories|category|filed\s+under
          |tagged(?:\s+with)?|labels?|more\s+about|related\s+topics?|in\s+this\s+(?:article|story))
          \s*:.{0,400}+
          # "Posted in Politics | Tagged budget, council"
          |posted\s+in\s+.{1,150}?\btagged\b.{0,300}+""",
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
        "this reprinted republished reposted",
        r"""this\s+(?:article|story|post|piece)\s+(?:was\s+|is\s+)?(?:(?:originally|first)
          \s+(?:appeared|ran|published|posted)|republished)\s+(?:on|in|at|by|from)\s.{1,150}+
          # "Reprinted with permission from Example Weekly."
          |re(?:printed|published|posted)\s+with\s+(?:kind\s+)?permission\b.{0,200}+""",
    ),
    # A syndicate's footer: "Distributed by Tribune Content Agency", "Distributed by Example
    # Features, LLC." Names only (capitalised words): "Distributed by the ministry, the
    # leaflets ..." is the story's.
    _rule(
        "syndication",
        ChromeKind.COPYRIGHT,
        "distributed",
        r"""distributed\s+by\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}.&'’-]{0,30}
          (?:[\s,]{1,3}(?-i:\p{Lu})[\p{L}.&'’-]{0,30}){0,6}\.?""",
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
    "name_credit": ChromeKind.CAPTION,
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
    "credit_gap": ChromeKind.CAPTION,
    "link_cta": ChromeKind.AD,
    "bracketed_link": ChromeKind.RELATED,
    "comment_form": ChromeKind.COMMENTS,
    "reading_time": ChromeKind.COUNTER,
    "gallery_title": ChromeKind.CAPTION,
    "pull_quote": ChromeKind.OTHER,
    # Glued fragments (HEAD_RE, TAIL_RE).
    "glued_continues": ChromeKind.AD,
    "glued_credit": ChromeKind.CAPTION,
    "glued_more": ChromeKind.RELATED,
    "glued_copyright": ChromeKind.COPYRIGHT,
    "glued_share": ChromeKind.SHARE,
    "glued_follow": ChromeKind.PROMPT,
    "glued_prompt": ChromeKind.PROMPT,
    "glued_ad": ChromeKind.AD,
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
