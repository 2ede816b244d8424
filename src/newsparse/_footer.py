"""The footer of an article and its chrome lines, read as metadata.

Private helpers of :mod:`newsparse.metadata`: sign-offs (" Reuter", "— Jane Doe"),
contributor and reporting credits, where a story first ran ("Article posted with permission
from X"), author bios, and, from chrome lines, counters, the copyright holder and year, and
the site's name. Only the last few visible lines and the chrome lines are read, each by
bounded patterns.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse import _header as h
from newsparse._byline import AGENCY_IN_RE, agency, is_outlet, person, read_names
from newsparse._head_lines import byline_line, date_line
from newsparse._meta_lexicon import BIO_ROLES
from newsparse._patterns import fold, lazy_build, lazy_compile
from newsparse._spans import FIRST, LAST
from newsparse.dates import find_dates

if TYPE_CHECKING:
    from collections.abc import Sequence

    import regex

    from newsparse._found import Found
    from newsparse._spans import Line
    from newsparse._types import ChromeLine, ParseOptions

__all__ = ["origin_line", "read_chrome", "read_counter", "read_tail"]


def read_tail(
    text: str, lines: Sequence[Line], tail: list[int], found: Found, options: ParseOptions
) -> None:
    """Read sign-offs, contributor lines, origins, bios, bylines and dates from the last lines."""
    paragraphs = 0
    footer: set[int] = set()  # positions in ``tail`` read as footer metadata
    for k, i in enumerate(tail):
        a, b = lines[i][FIRST], lines[i][LAST]
        if _tail_line(text, lines, tail, k, found, options=options):
            footer.add(k)
        else:
            end = text[max(a, b - 80) : b].casefold()
            via = (
                h.VIA_END_RE.search(text, max(a, b - 80), b)
                if "via" in end or "h/t" in end or "hat tip" in end
                else None
            )
            if via is not None:
                origin = via.group("origin").strip(" .")
                found.put("source", agency(origin) or origin, via.start("via"), via.end(), "via")
                found.consume(via.start("via"), b)
            if b - a > 300:
                paragraphs += 1
                if paragraphs == 2 or k >= 3:
                    break  # two story-sized paragraphs: the footer is behind us
    _author_lines(text, lines, tail, footer, found)
    _contact_block(text, lines, tail, found)


def _contact_block(text: str, lines: Sequence[Line], tail: list[int], found: Found) -> None:
    """A press release's contact block and the "About X" lines above it are metadata.

    The block is found by its contact lines (a "Contact" label, a phone number, an e-mail
    address); its other short lines (the contact's name, the company) go with it, and so
    do the lines just above that name a company the block names ("X is a ...", "X:").
    """
    last = -1
    for k, i in enumerate(tail):
        a, b = lines[i][FIRST], lines[i][LAST]
        if b - a <= 120 and _contact_shaped(text, a, b) and h.CONTACT_RE.fullmatch(text, a, b):
            last = k
    if last < 0:
        return
    # The contact's name and company above its number ("Ms. Jo Park", "Acme Research"):
    # short lines with no sentence end, also when the "Contact:" label was set aside as
    # chrome.
    while last + 1 < min(len(tail), last + 4):
        a, b = lines[tail[last + 1]][FIRST], lines[tail[last + 1]][LAST]
        if b - a > 60 or text[b - 1] in '.!?:;,"”':
            break
        last += 1
    named: set[str] = set()
    for k in range(last + 1):
        a, b = lines[tail[k]][FIRST], lines[tail[k]][LAST]
        if b - a > 100:
            return  # a paragraph inside the "block": not a contact block after all
        named.add(text[a:b].strip(" :–—-").casefold())
    for k in range(last + 1):
        found.consume(lines[tail[k]][FIRST], lines[tail[k]][LAST])
    for k in range(last + 1, min(len(tail), last + 4)):
        a, b = lines[tail[k]][FIRST], lines[tail[k]][LAST]
        opening = text[a : min(b, a + 60)].casefold()
        if not any(n and opening.startswith(n) for n in named):
            return
        found.consume(a, b)


def _contact_shaped(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` may be a contact line: what each CONTACT_RE line needs.

    An address holds "@"; a number opens with a digit, "+", a dash or colon, or one of the
    labels (:data:`_CONTACT_OPENINGS`), as the "Contact" and "Authors:" lines do.
    """
    first = text[a]
    if "@" in text[a:b] or first.isdigit() or first in "+:–—-" or first.isspace():
        return True
    return fold(text[a : a + 12]).startswith(_CONTACT_OPENINGS)


_CONTACT_OPENINGS = (
    "media", "press", "contact", "e-mail", "email", "tel", "phone", "fax", "mobile", "call",
    "author", "contributor", "credit",
)  # fmt: skip

# The capitalised words a line opens with: "Pamela Geller's commitment ..." -> "Pamela Geller's".
_LEADING_NAME_RE = lazy_compile(r"\p{Lu}[\p{L}.'’\-]{0,30}+(?:\s\p{Lu}[\p{L}.'’\-]{0,30}+){0,3}")


def _author_lines(
    text: str, lines: Sequence[Line], tail: list[int], footer: set[int], found: Found
) -> None:
    """Lines about a known author, next to a footer line: "Pamela Geller's commitment ..."."""
    authors = found.fields.get("authors", ())
    if not authors or not footer:
        return
    names = {n.casefold() for n in authors} | {n.split()[-1].casefold() for n in authors}
    for k in range(min(len(tail), 4)):
        if k in footer or k > max(footer) + 1:
            continue
        a, b = lines[tail[k]][FIRST], lines[tail[k]][LAST]
        head = _LEADING_NAME_RE.match(text, a, min(b, a + 80))
        if head is None:
            continue
        words = head.group().replace("’s", "").replace("'s", "").split()
        if " ".join(words).casefold() in names or (
            len(words) == 1 and words[0].casefold() in names
        ):
            found.consume(a, b)
            footer.add(k)


def origin_line(text: str, a: int, b: int, found: Found, *, consume: bool = True) -> bool:
    """Read "Article posted with permission from X", "Source: URL" and the like.

    ``consume=False`` reads a chrome line without claiming it as metadata.
    """
    if b - a > 200 or not text[a : a + 12].casefold().startswith(_ORIGIN_OPENINGS):
        return False
    origin = h.ORIGIN_RE.fullmatch(text, a, b)
    if origin is None:
        return False
    raw = origin.group("origin").strip(" .")
    dated = find_dates(raw)
    if dated:
        raw = raw[: dated[0].start].strip(" ,.")  # "First published in X on Monday, 6 May"
        if not raw:
            return False
    if "," in raw or ";" in raw:
        if consume:
            found.consume(a, b)  # "Sources: A, B, C": a list, no single origin
        return True
    at = raw.rsplit(" at ", 1)
    if len(at) == 2:
        name = person(at[0])
        if name is not None:
            found.authors([name], a, b, "origin")
        found.put("source", agency(at[1]) or at[1], a, b, "origin")  # "by X at Outlet"
        if consume:
            found.consume(a, b)
        return True
    domain = h.URL_LINE_RE.match(raw)
    if domain is not None:
        host = raw.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")
        found.put("source", host, a, b, "origin-link")
    else:
        # "published in X", "appeared on X": a publication; "from X", "by X": maybe a person.
        publication = text[origin.start("origin") - 4 : origin.start("origin")].strip() in {
            "in",
            "on",
            "at",
        }
        name = None if publication else person(raw)
        if name is not None:
            found.authors([name], a, b, "origin")
        elif agency(raw) is not None or is_outlet(raw) or text[a : a + 6].casefold() != "source":
            found.put("source", agency(raw) or raw, a, b, "origin")
        else:
            return False  # "Source: NATO." under a chart: the data's source, not the story's
    if consume:
        found.consume(a, b)
    return True


# How the footer lines each pattern reads can open (folded): a line opening otherwise is
# not tried, so a story paragraph costs a few prefix tests, not a regex battery.
_ORIGIN_OPENINGS = (
    "this", "article", "report", "story", "post", "piece", "originally", "first",
    "republished", "source", "via", "courtesy",
)  # fmt: skip
_HEAD = 48  # characters of a line folded for the opening tests


def _tail_line(
    text: str,
    lines: Sequence[Line],
    tail: list[int],
    k: int,
    found: Found,
    *,
    options: ParseOptions,
) -> bool:
    """Read one footer line (``tail[k]``); True when it was metadata.

    Cheap opening and keyword tests on a bounded prefix of the line decide which patterns
    are tried, so the cost of a line is bounded by those windows, not by its length.
    """
    a, b = lines[tail[k]][FIRST], lines[tail[k]][LAST]
    size = b - a
    head = text[a : min(b, a + _HEAD)].casefold()
    bare = head.lstrip("([ ")
    if size <= 80 and (short := agency(text[a:b].lstrip("-–— "))) is not None:  # "— Reuters"
        found.put("source", short, a, b, "sign-off")
        found.consume(a, b)
        return True
    if size <= 400:
        # The keywords below are tested on the line as written: they are lower case in
        # running text ("contributed", "appeared first on"), and folding costs more.
        line = text[a:b]
        if bare.startswith(h.REPORTING_OPENINGS) and h.REPORTING_RE.fullmatch(text, a, b):
            named = AGENCY_IN_RE.search(text, a, b)
            if named is not None:
                found.put("source", agency(named.group()), a, b, "reporting-credit")
            found.consume(a, b)
            found.note("authors", a, b, "reporting-credit")
            return True
        if (
            size <= 300
            and "ontribut" in line
            and (contrib := h.CONTRIB_RE.fullmatch(text, a, b)) is not None
        ):
            named = AGENCY_IN_RE.search(text, contrib.start("who"), contrib.end("who"))
            if named is not None:
                found.put("source", agency(named.group()), a, b, "contributed")
            found.consume(a, b)
            return True
        if (
            size <= 250
            and ("©" in head or head.startswith(("copyright", "(")) or _site_words(line))
            and _tail_site(text, a, b, found, head=head, line=line)
        ):
            return True
        if size <= 250 and ("@" in line or "reach" in line) and _contact_author(text, a, b, found):
            return True
        if size <= 200 and bare.startswith(_ORIGIN_OPENINGS) and origin_line(text, a, b, found):
            return True
        if size <= 130 and head[:1] in "-—–" and _sign_off(text, lines, tail, k, found):
            return True
        if (
            size <= 160
            and head.startswith("follow")
            and (follow := h.FOLLOW_RE.fullmatch(text, a, b)) is not None
            and (name := person(follow.group("names"))) is not None
        ):
            found.authors([name], a, b, "follow")
            return True
    if k > 3:
        return False  # bios, bylines and dates close a story: only the last lines
    # "Published February 6, 2018", "By Jane Doe" closing the story: the header's lines,
    # set at the foot by some sites. Only a labelled date: a bare date at the foot may date
    # a correction ("Friday, December 4, 2015." under a correction notice). Only a
    # person's name after "By": "By then, the council had left." is the story.
    if (
        size <= 160
        and fold(text[a : a + 12]).startswith(h.DATE_LABEL_OPENINGS)
        and h.DATE_LABEL_RE.match(text, a, b) is not None
        and date_line(text, a, b, found, options, banner=False)
    ):
        return True
    if (
        size <= 80
        and head.startswith("by ")
        and person(text[a + 3 : b]) is not None
        and byline_line(text, a, b, found, options, header=False)
    ):
        return True
    if text[a : a + 1].isupper() and (name := _bio_name(text, a, b)) is not None:
        found.authors([name], a, b, "bio")
        found.consume(a, b)
        return True
    space = head.find(" ")
    if (
        0 < head.find(".") < space
        and (domain_bio := h.DOMAIN_BIO_RE.match(text, a, b)) is not None
        and domain_bio.end() == b
    ):
        found.put("source", domain_bio.group("names"), a, b, "bio")
        found.consume(a, b)
        return True
    if (
        size <= 300
        and k <= 2
        and head.startswith(("http", "www."))
        and h.URL_LINE_RE.fullmatch(text, a, b)
    ):
        found.consume(a, b)
        return True
    return False


def _contact_author(text: str, a: int, b: int, found: Found) -> bool:
    """The writer's contact line: "Jane Doe can be reached at jdoe@example.com"."""
    match = h.CONTACT_AUTHOR_RE.fullmatch(text, a, b)
    if match is None:
        return False
    how = match.group("how")
    if "@" not in how and sum(map(str.isdigit, how)) < 7:
        return False  # an address or a phone number, not "at the meeting"
    name = person(match.group("names"))
    if name is None:
        return False
    found.authors([name], a, b, "contact")
    found.consume(a, b)
    return True


def _bio_name(text: str, a: int, b: int) -> str | None:
    """The author a closing bio line is about ("Jane Doe is a staff writer ..."), or None.

    A capitalised name of at most six words (and an optional "(@handle)") in the first
    110 characters, then a writer's verb (:data:`~newsparse._header.BIO_VERB_RE`) and, for
    "is"/"was", a role noun within 80 characters; no reported speech in the line ("Jane
    Doe is a teacher who ..., she said." is the story). Bounded: a few finds in the
    opening, then patterns in windows after the verb.
    """
    if not text[a : a + 1].isupper() or b - a > 2100:
        return None
    opening = text[a : min(b, a + 110)]  # a name, a handle, then the verb
    # The second word is a name's, or the verb after a one-word name: any other ("The
    # council is ...", "Trump said ...") would be among the name's words (which end at a
    # space, before the verb), and it is not capitalised. Most story lines stop here.
    words = opening.split(None, 2)
    if len(words) > 1 and not _name_word(words[1]) and words[1] not in _BIO_VERBS:
        return None
    verb = _BIO_VERB_AT_RE.search(opening)  # the first verb (never at 0: a capital is)
    if verb is None:
        return None
    cut = verb.start()
    raw = opening[:cut]
    words = raw.split()
    if "," in raw or len(words) > 6:
        return None
    if not all(map(_name_word, words)):
        return None  # "The council is ...": a name's words are capitalised
    said = h.BIO_VERB_RE.match(text, a + cut, b)
    if said is None:
        return None
    if said.group("direct") is None and (
        not _role_word_in(text, said.end(), min(b, said.end() + 80))
        or h.BIO_ROLE_RE.search(text, said.end(), min(b, said.end() + 80)) is None
    ):
        return None
    if _SPEECH_RE.search(text, a, min(b, a + 600)) is not None:
        return None
    return person(_HANDLE_END_RE.sub("", raw))


# Lower-case words inside personal names ("Jaafar al-Husseini", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    {"al", "el", "de", "da", "di", "du", "del", "van", "von", "bin", "ibn", "la", "le"}
)

# The verbs of _BIO_VERB_AT_RE, as words.
_BIO_VERBS = frozenset({"is", "was", "has", "writes", "covers", "reports"})


def _name_word(word: str) -> bool:
    """True when ``word`` may be part of a bio's name: capitalised, a handle or a particle."""
    return word[:1].isupper() or word[:2] == "(@" or word in _NAME_PARTICLES


def _role_word_in(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` holds no word BIO_ROLE_RE could match there.

    The pattern's roles are ASCII words (some hyphenated) under IGNORECASE, between
    non-letters: a match folds to a run of ASCII letters that is a role, or a hyphenated
    role's first part. One fold and one C-level scan for those runs, where the pattern's
    case-insensitive trie costs some 85 ns a character.
    """
    return not _ROLE_HEADS.isdisjoint(_ASCII_WORD_RE.findall(fold(text[start:end])))


_ROLE_HEADS = frozenset(role.split("-", 1)[0] for role in BIO_ROLES)
_ASCII_WORD_RE = lazy_build(lambda: re.compile("[a-z]+"))


# "(@Mrubin1971)" after a name in a bio.
_HANDLE_END_RE = lazy_compile(r"\s{0,3}\(@[\p{L}\p{N}_]{1,30}\)\Z")


# The verb after a bio's name ("Jane Doe is ...", "... writes about ..."): the first of
# them in a line's opening. Standard ``re``: plain ASCII words on the hot path (every
# footer line with a capital), where ``re`` is the faster engine.
_BIO_VERB_AT_RE = lazy_build(lambda: re.compile(r" (?:is|was|has|writes|covers|reports) "))

# Reported speech: a story line, never an author's bio (a bio may quote a title).
_SPEECH_RE = lazy_compile(r"(?<!\p{L})(?:said|says|told|tells|asked|according\s{1,3}to)(?!\p{L})")


def _site_words(line: str) -> bool:
    """True when a line holds a word :data:`~newsparse._header.SITE_RE` needs.

    "appeared first on X", "Subscribe to X", "endorsed by X", "access to X updates", "sign
    up for X alerts": tested as plain substrings (without their first letter, which may
    be a capital), one C-level test each.
    """
    return (
        "first on" in line
        or "ubscribe" in line
        or "ndorsed by" in line
        or "hared by" in line
        or "ccess to" in line
        or "ign up" in line
    )


def _tail_site(text: str, a: int, b: int, found: Found, *, head: str, line: str) -> bool:
    """A copyright line or a line naming the site at its end ("appeared first on X")."""
    mark = head.find("©")  # "All rights reserved. © 2018 The Daily Ledger"
    if mark > 0:
        # After a full stop or a bar, before a name or a year: not "clichÃ© that ..."
        # (mojibake holds a © too).
        before = head[:mark].rstrip()[-1:]
        after = text[a + mark + 1 : a + mark + 4].lstrip()[:1]
        if before in {".", "|"} and (after.isupper() or after.isdigit()):
            a, head = a + mark, head[mark:]
    if (
        (head[:1] in "©(" or head.startswith("copyright"))
        and (copyright_ := h.COPYRIGHT_RE.match(text, a, b)) is not None
        # "Copyright law was not part of it": the word alone needs a year or a name.
        and (
            copyright_.group("year") is not None
            or head[:1] in "©("
            or copyright_.group("holder")[:1].isupper()
        )
    ):
        _read_copyright(copyright_, found)  # "© 2018 The Daily Ledger. All rights reserved."
        found.consume(a, b)
        return True
    if _site_words(line):
        site = h.SITE_RE.search(text, a, b)
        if site is not None and site.end() >= b - 2:
            s, e = site.span("site")  # "The post X appeared first on Ledger Online."
            found.put("site", site.group("site").rstrip("."), s, e, "names-site")
            found.consume(a, b)
            return True
    return False


def _sign_off(text: str, lines: Sequence[Line], tail: list[int], k: int, found: Found) -> bool:
    """A dash sign-off ("— Jane Doe"), and the outlet on the line below it."""
    a, b = lines[tail[k]][FIRST], lines[tail[k]][LAST]
    sign = h.DASH_SIGNOFF_RE.fullmatch(text, a, b)
    if sign is None:
        return False
    names = read_names(sign.group("names"))
    if not names.people or names.sources:
        return False
    found.authors(names.people, a, b, "sign-off")
    found.consume(a, b)
    if k > 0:  # the outlet on the line after the names
        na, nb = lines[tail[k - 1]][FIRST], lines[tail[k - 1]][LAST]
        outlet = text[na:nb]
        if nb - na <= 60 and outlet[:1].isupper() and outlet[-1:] not in ".!?":
            found.put("source", agency(outlet) or outlet, na, nb, "sign-off")
            found.consume(na, nb)
    return True


def read_chrome(text: str, chrome: Sequence[ChromeLine], found: Found, *, tail_from: int) -> None:
    """Read counters, the copyright holder and year, and the site's name from chrome.

    Chrome lines at the foot of the story (from ``tail_from`` on) may also say where the
    story came from ("This article originally appeared on X") or who wrote it ("Follow X on
    Twitter"); those are read too, and stay chrome.
    """
    fields = found.fields
    counted = False  # every counter field set: no later counter line can change one
    for item in chrome:
        a, b = item.start, min(item.end, item.start + 400)
        if a >= tail_from and b - a <= 200:
            origin_line(text, a, b, found, consume=False)
            follow = h.FOLLOW_RE.fullmatch(text, a, b)
            name = person(follow.group("names")) if follow is not None else None
            if name is not None:
                found.authors([name], a, b, "follow")
        if a >= tail_from and b - a <= 40 and (short := agency(text[a:b])) is not None:
            # "(Reuters)" closing the story, set aside as a credit: the story's source.
            found.put("source", short, a, b, "sign-off")
        if a >= tail_from:
            via = h.VIA_END_RE.search(text, max(a, item.end - 80), item.end)
            if via is not None:
                origin = via.group("origin").strip(" .")
                found.put("source", agency(origin) or origin, via.start("via"), via.end(), "via")
        # Each pattern needs its words (a counter its kind, SITE_RE one of "appeared",
        # "subscribe", "shared", "endorsed", "access", "sign"): looked for in the folded
        # line first, so a chrome line without them costs one fold and a few tests.
        folded = fold(text[a:b])
        if not counted and (
            "view" in folded
            or "share" in folded
            or "comment" in folded
            or "read" in folded
            or "hit" in folded
        ):
            counter = h.COUNTER_RE.search(text, a, b)
            if counter is not None:
                read_counter(counter, found)
                counted = "views" in fields and "shares" in fields and "comments" in fields
        if ("©" in folded or "(c)" in folded or "copyright" in folded) and (
            copyright_ := h.COPYRIGHT_RE.search(text, a, b)
        ) is not None:
            _read_copyright(copyright_, found)
        if (
            "appeared" in folded
            or "subscribe" in folded
            or "shared" in folded
            or "endorsed" in folded
            or "access" in folded
            or "sign" in folded
        ) and (site := h.SITE_RE.search(text, a, b)) is not None:
            s, e = site.span("site")
            found.put("site", site.group("site").rstrip("."), s, e, "names-site")


def _read_copyright(match: regex.Match[str], found: Found) -> None:
    """The copyright holder and year; the holder is the site, or the source if an agency.

    "© 2018 The Associated Press": a wire story carried by a site is the agency's, so the
    agency is the story's ``source`` and says nothing of the site. A holder "distributed
    by" or syndicated is not the site either.
    """
    holder = match.group("holder").strip()
    year = match.group("year")
    rest = match.group("rest").casefold()
    hs, he = match.span("holder")
    he = hs + len(holder)
    ys, ye = match.span("year")
    words = holder.rsplit(" ", 1)
    if year is None and len(words) == 2 and len(words[1]) == 4 and words[1].isdigit():
        holder, year = words[0].rstrip(" ,"), words[1]  # "© Reuters 2018"
        ys, ye = he - 4, he
        he = hs + len(holder)
    found.put("copyright", holder, hs, he, "copyright")
    if year is not None:
        found.put("copyright_year", int(year), ys, ye, "copyright")
    short = agency(holder)
    if short is not None:
        found.put("source", short, hs, he, "copyright")
    elif "distributed by" not in rest and "syndicat" not in rest:
        found.put("site", holder, hs, he, "copyright")


def read_counter(match: regex.Match[str], found: Found) -> None:
    kind = match.group("kind").casefold()
    raw = match.group("n").replace(",", "").replace("\u00a0", "")
    mult = (match.group("mult") or "").casefold()
    try:
        number = float(raw) if mult else float(raw.replace(".", ""))
    except ValueError:
        return
    number *= 1000 if mult == "k" else 1_000_000 if mult == "m" else 1
    field = (
        "views"
        if kind in ("views", "reads", "hits")
        else ("shares" if kind.startswith("share") else "comments")
    )
    found.put(field, int(number), match.start(), match.end(), "counter")
