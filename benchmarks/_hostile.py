"""Hostile inputs for the benchmark and the fuzz harness, generated deterministically.

Each generator takes a seeded :class:`random.Random` and a length ``n`` and returns a
``str`` of exactly ``n`` characters built to stress one kind of rule: runs of one quote
mark, unbalanced and nested marks, huge lines or huge numbers of lines, repeated speech
verbs, bylines, abbreviations, dates, datelines and counters, and random mixtures of all
of them. Nothing here reads a file; the same seed and ``n`` always give the same text.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    Generator = Callable[[random.Random, int], str]

__all__ = ["CASES", "PIECES", "QUOTE_MARKS", "generate"]

#: Every quotation mark a quote rule might pair, ASCII and typographic, of several languages.
QUOTE_MARKS: dict[str, str] = {
    "ascii-double": '"',
    "ascii-single": "'",
    "left-double": "\u201c",
    "right-double": "\u201d",
    "low-double": "\u201e",
    "reversed-double": "\u201f",
    "left-single": "\u2018",
    "right-single": "\u2019",
    "low-single": "\u201a",
    "guillemet-left": "\u00ab",
    "guillemet-right": "\u00bb",
    "single-guillemet-left": "\u2039",
    "single-guillemet-right": "\u203a",
    "corner-left": "\u300c",
    "corner-right": "\u300d",
    "white-corner-left": "\u300e",
    "white-corner-right": "\u300f",
    "fullwidth-double": "\uff02",
    "prime-double": "\u2033",
    "backtick": "`",
}

_OPENERS = "\"'\u201c\u201e\u2018\u201a\u00ab\u2039\u300c\u300e"
_CLOSERS = "\"'\u201d\u2019\u00bb\u203a\u300d\u300f"

_WORDS = (
    "the", "minister", "said", "on", "Tuesday", "that", "government", "would", "not",
    "accept", "proposal", "officials", "told", "reporters", "in", "a", "statement", "we",
    "are", "ready", "to", "talk", "about", "it", "according", "spokesman", "police",
)  # fmt: skip

_NAMES = ("John Smith", "Ms Lee", "Mohamed Nuri", "Dr. Ana Braga", "Sen. Jim Clyburn")

#: Small pieces of article-like text, chosen from at random by the mixture cases.
PIECES: tuple[str, ...] = (
    *_WORDS,
    *_NAMES,
    *QUOTE_MARKS.values(),
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\u2028",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "(",
    ")",
    "-",
    "\u2014",
    "\u2026",
    "...",
    "said",
    " said ",
    "says",
    "told",
    "added",
    "according to",
    "By ",
    "By\n",
    "By John Smith",
    "Written by ",
    "U.S.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "St.",
    "Jan.",
    "Feb.",
    "e.g.",
    "a.m.",
    "p.m.",
    "No.",
    "6 Feb 2018",
    "Feb. 6, 2018",
    "2018-02-06",
    "06/02/2018",
    "10:30",
    "Tuesday",
    "Last Update 20:39",
    "Updated:",
    "Published:",
    "WASHINGTON (Reuters) - ",
    "CAIRO, Feb 6 (AP) \u2014 ",
    "Views: 2154",
    "2.3k SHARES",
    "12 comments",
    "Share",
    "Tweet",
    "Short link:",
    "\u00a9 2018 Ahram Online",
    "Copyright 2017",
    "http://example.com/a?b=c",
    "@user",
    "#tag",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u65b0\u95fb",
    "e\u0301",
    "\x00",
    "\x07",
    "\ud800",
)


def _fill(make: Callable[[], str], n: int) -> str:
    """Concatenate ``make()`` results until there are ``n`` characters; cut to ``n``."""
    parts: list[str] = []
    size = 0
    while size < n:
        piece = make()
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:n]


def _repeat(unit: str) -> Generator:
    """A generator that repeats ``unit``."""

    def generate(_rng: random.Random, n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return generate


def _choices(options: tuple[str, ...], sep: str = "") -> Generator:
    """A generator that picks from ``options`` at random, joined by ``sep``."""

    def generate(rng: random.Random, n: int) -> str:
        return _fill(lambda: rng.choice(options) + sep, n)

    return generate


def _sentence(rng: random.Random, n: int) -> str:
    """One endless sentence: lower-case words and spaces, no full stop, no line end."""
    return _fill(lambda: rng.choice(_WORDS).lower() + " ", n)


def _random_word(rng: random.Random, n: int) -> str:
    """One 'word' of random letters, no space at all."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(n))


def _numbered_lines(_rng: random.Random, n: int) -> str:
    """Line after line of a counting number: every line different, none blank."""
    return "".join(f"{number}\n" for number in range(n // 2 + 1))[:n]


def _distinct_short_lines(rng: random.Random, n: int) -> str:
    """Lines of one to four random letters: short, and (unlike a repeated line) all different."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return _fill(lambda: "".join(rng.choices(letters, k=rng.randint(1, 4))) + "\n", n)


def _distinct_counter_lines(rng: random.Random, n: int) -> str:
    """Counter lines whose numbers change from line to line, as a real list of them would."""

    def line() -> str:
        label = rng.choice(("Views: ", "Reads ", "Comments: ", "Shares ", ""))
        unit = rng.choice(("", " views", " comments", " shares"))
        return f"{label}{rng.randint(1, 10**6):,}{unit}\n"

    return _fill(line, n)


def _unbalanced_open(rng: random.Random, n: int) -> str:
    """Opening marks followed by words, never closed."""
    return _fill(lambda: rng.choice(_OPENERS) + rng.choice(_WORDS) + " ", n)


def _unbalanced_close(rng: random.Random, n: int) -> str:
    """Words followed by closing marks that were never opened, plus a speech verb."""
    return _fill(lambda: rng.choice(_WORDS) + rng.choice(_CLOSERS) + " said ", n)


def _nested(rng: random.Random, n: int) -> str:
    """Marks nested deep, then closed in reverse, in one paragraph."""

    def block() -> str:
        depth = rng.randint(5, 60)
        opens = [rng.choice(_OPENERS) for _ in range(depth)]
        inner = "".join(f"{mark}{rng.choice(_WORDS)} " for mark in opens)
        closes = "".join(_CLOSERS[_OPENERS.index(m) % len(_CLOSERS)] for m in reversed(opens))
        return f"{inner}{closes}, {rng.choice(_NAMES)} said. "

    return _fill(block, n)


def _many_quotes(rng: random.Random, n: int) -> str:
    """Thousands of short attributed quotes in one paragraph."""
    return _fill(lambda: f"\u201c{rng.choice(_WORDS)},\u201d {rng.choice(_NAMES)} said. ", n)


#: Fillers put right before or right after a quotation, where the attribution rules look.
_FILLERS: dict[str, tuple[str, ...]] = {
    "initials": ("A.", "B.", "U.", "S.", "J."),
    "abbreviations": ("Dr.", "Mr.", "U.S.", "Sen.", "St.", "e.g.", "No."),
    "names": ("John", "Smith", "Ana", "Braga", "Lee", "Al-Nuri", "O'Neill", "McDonald"),
    "lower": ("the", "of", "and", "official", "who", "was", "in", "a", "statement"),
    "commas": (",", ", ", "the", " official,", "who,"),
    "dashes": ("\u2014", "-", "--", "\u2013", " "),
    "parens": ("(", ")", "(D-S.C.)", "(AP)", " "),
    "cues": ("said", "says", "told", "added", "according to", "said:"),
    "dots": (".", "..", "\u2026", " ."),
    "spaces": ("\u2014 A", " ", "   ", "\t", "\u00a0", "the", "\u2028"),
}


def _around_quote(filler: tuple[str, ...], *, after: bool) -> Generator:
    """Quotes with a long run of ``filler`` right after (or before) each of them."""

    def generate(rng: random.Random, n: int) -> str:
        def block() -> str:
            words = [rng.choice(filler) for _ in range(rng.randint(5, 120))]
            joiner = "" if filler is _FILLERS["initials"] else " "
            run = joiner.join(words)
            quote = f"\u201c{rng.choice(_WORDS)} {rng.choice(_WORDS)},\u201d"
            return f"{quote} {run} " if after else f"{run} {quote} "

        return _fill(block, n)

    return generate


def _byline_separators(rng: random.Random, n: int) -> str:
    """Byline lines whose names trail off in separators: "By John, , , , x"."""

    def line() -> str:
        separator = rng.choice((", ", ": ", " - ", " on", " |", "\u2014"))
        return f"By {rng.choice(_NAMES)}{separator * rng.randint(20, 70)}x\n\n"

    return ("Headline\n\n" + _fill(line, n))[:n]


_HEADER_PIECES = (
    "By", "By ", "Posted by", "Written by", "and", "|", " | ", " - ", " \u2014 ", ":", ",", "/",
    "John Smith", "Ms Lee", "Reuters", "AP", "Staff", "Updated", "Published", "on", "at",
    "Feb. 6, 2018", "6 Feb 2018", "10:30 a.m. ET", "2 hours ago", "Tuesday", "WASHINGTON",
    "(Reuters)", "Example News", "www.example.com", "Views: 12", "Share", "\u00a9 2018",
    " ", "  ", "\t", ".", "...", "\u201c", "\u201d", "'", "A.", "U.S.", "Mr.",
)  # fmt: skip


def _header_mixture(rng: random.Random, n: int) -> str:
    """Documents whose first lines are random header-like lines (bylines, dates, sites)."""

    def document() -> str:
        lines = [
            " ".join(rng.choice(_HEADER_PIECES) for _ in range(rng.randint(1, 40)))
            for _ in range(rng.randint(3, 15))
        ]
        body = " ".join(rng.choice(_WORDS) for _ in range(60))
        return "\n".join(lines) + "\n\n" + body + ".\n\n"

    return _fill(document, n)


def _mixture(seed_pieces: tuple[str, ...]) -> Generator:
    def generate(rng: random.Random, n: int) -> str:
        return _fill(lambda: rng.choice(seed_pieces), n)

    return generate


_DATES = (
    "6 Feb 2018", "Feb. 6, 2018", "February 6th, 2018", "2018-02-06", "06/02/2018",
    "Tuesday", "10:30 a.m. ET", "Tue, 06 Feb 2018 10:30:00 GMT", "2018", "Feb 2018",
)  # fmt: skip

_ABBREVIATIONS = (
    "U.S.", "Dr.", "Mr.", "Mrs.", "St.", "Jan.", "Gov.", "Sen.", "Rep.", "e.g.", "i.e.",
    "a.m.", "p.m.", "No.", "Inc.", "Corp.", "Lt.", "Gen.", "vs.", "etc.",
)  # fmt: skip

#: name -> generator. The order is the order of the report.
CASES: dict[str, Generator] = {
    **{f"run-{name}": _repeat(mark) for name, mark in QUOTE_MARKS.items()},
    "run-mark-space": _choices(tuple(QUOTE_MARKS.values()), " "),
    "unbalanced-open": _unbalanced_open,
    "unbalanced-close": _unbalanced_close,
    "nested-marks": _nested,
    "many-quotes": _many_quotes,
    "open-quote-said": _repeat('"a said Smith '),
    "newlines": _repeat("\n"),
    "crlf": _repeat("\r\n"),
    "cr": _repeat("\r"),
    "u2028": _repeat("\u2028"),
    "short-lines": _repeat("a\n"),
    "numbered-lines": _numbered_lines,
    "distinct-short-lines": _distinct_short_lines,
    "word-lines": _choices(_WORDS, "\n"),
    "blank-mess": _choices((" ", "\t", "\n", "\u00a0", "\u200b", "\ufeff", "\r\n")),
    "one-word": _repeat("a"),
    "one-random-word": _random_word,
    "upper-word": _repeat("A"),
    "digits": _repeat("7"),
    "spaces": _repeat(" "),
    "sentence": _sentence,
    "title-case": _choices(("John", "Smith", "Ana", "Braga", "Lee", "Nuri"), " "),
    "said": _repeat("said "),
    "name-said": _choices(tuple(f"{name} said, " for name in _NAMES)),
    "said-lines": _choices(tuple(f"{name} said." for name in _NAMES), "\n"),
    "by": _repeat("By "),
    "byline-separators": _byline_separators,
    "header-mixture": _header_mixture,
    "by-lines": _choices(("By", "By John Smith", "By Ms Lee and Ana Braga", "Written by"), "\n"),
    "abbreviations": _choices(_ABBREVIATIONS, " "),
    "initials": _repeat("A."),
    "dots": _repeat("."),
    "dashes": _repeat("\u2014"),
    "parens": _repeat("("),
    "dates": _choices(_DATES, " "),
    "date-lines": _choices(_DATES, "\n"),
    "datelines": _choices(("WASHINGTON (Reuters) - ", "CAIRO, Feb 6 (AP) \u2014 ")),
    "dateline-lines": _choices(("WASHINGTON (Reuters) -", "CAIRO, Feb 6 (AP) \u2014"), "\n"),
    "counters": _choices(("Views: 2154", "2.3k SHARES", "12 comments", "Reads 1,024"), " "),
    "counter-lines": _choices(("Views: 2154", "2.3k SHARES", "12 comments", "Share"), "\n"),
    "distinct-counter-lines": _distinct_counter_lines,
    "number-commas": _repeat("1,"),
    "colons": _choices(("Title:", "Author:", "Date:", "Source:"), " "),
    "copyright": _repeat("\u00a9 "),
    "urls": _choices(("http://example.com/a?b=c", "www.example.com", "@user", "#tag"), " "),
    **{f"after-quote-{name}": _around_quote(f, after=True) for name, f in _FILLERS.items()},
    **{f"before-quote-{name}": _around_quote(f, after=False) for name, f in _FILLERS.items()},
    "mixture-1": _mixture(PIECES),
    "mixture-2": _mixture(PIECES),
    "mixture-lines": _mixture((*PIECES, *(["\n"] * 40))),
    "mixture-quotes": _mixture((*PIECES, *QUOTE_MARKS.values(), *(["said"] * 10))),
}


def generate(name: str, n: int, seed: int = 0) -> str:
    """The hostile text ``name`` with ``n`` characters (deterministic for a seed).

    >>> len(generate("nested-marks", 1000))
    1000
    >>> generate("said", 12)
    'said said sa'
    """
    # The case name goes into the seed so each case draws its own stream.
    rng = random.Random(f"{seed}:{name}")
    return CASES[name](rng, n)
