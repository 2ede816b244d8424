"""Hypothesis strategies shared by the property tests.

Three families of input, because the invariants must hold for all of them:

- :func:`any_text`: arbitrary ``str``, including lone surrogates, every Unicode line end,
  invisible characters and control characters;
- :func:`article_text`: text assembled from the pieces scraped news pages are made of
  (banners, headlines, credit lines, counters, quotes with speakers, share bars, footers)
  joined by the separators scrapers leave, so the rules actually fire;
- :func:`quote_heavy_text`: text thick with quotation marks of every language and with
  reporting verbs, to stress the quote pairing and attribution.

The pieces are written for these tests (invented names and places).
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["any_text", "article_text", "quote_heavy_text", "texts"]

#: Every kind of quotation mark newsparse pairs, and the straight ones it must not mis-pair.
QUOTE_MARKS = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」")

#: Characters that break naive code: every line end ``str.splitlines`` knows, invisible
#: characters, a byte-order mark, quotation marks, dashes, and a lone surrogate.
SPECIAL = (
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
    " ",
    "\t",
    "\xa0",
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u3000",
    *QUOTE_MARKS,
    "—",
    "-",
    ":",
    "©",
    "\ud800",
)

#: Lines of the kinds a scraped page is made of.
PIECES = (
    "Last Update 20:39",
    "Monday, 20 January 2020",
    "Updated: 2021-03-04T10:15:00+01:00",
    "Published 5 hours ago",
    "Harbour town votes to keep its ferry running",
    "Council approves new budget after long debate",
    "Reuters , Tuesday 6 Feb 2018",
    "By Anna Berg and Tom Hale | 3 March 2021",
    "AFP, Sunday 12 May 2019",
    "Views: 2154",
    "1.2k shares",
    "12 comments",
    "Short link:",
    "Share this article: Facebook Twitter WhatsApp Email",
    "Read more: Island school to stay open",
    "© 2010 Example Online.",
    "Copyright 2020 The Daily Example. All rights reserved.",
    "PORT ELLISON — Voters backed the levy on Tuesday.",
    "LONDON (Reuters) - Shares rose on Monday.",
    '"We will keep the boat running," Mayor Tomas Brekke said.',
    '"It is not enough," he added.',
    'A county spokeswoman said: "We will study the result."',
    "“The route matters,” said Ingrid Solberg, a teacher.",
    "Brigadier General Ann Lee said the plan would hold.",
    "The committee met on 09/10/2012 and again in January 2015.",
    "He said that the vote was fair.",
    "« Nous restons », a déclaré le maire.",
    "„Wir bleiben“, sagte die Bürgermeisterin.",
    "It rained.",
    "",
)

SEPARATORS = ("\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", " ", "\u2028", "\n \n", "\n\xa0\n")


def any_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Arbitrary strings, with the troublesome characters made frequent."""
    piece = st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from(SPECIAL),
    )
    return st.lists(piece, max_size=max_size).map("".join)


def article_text(max_pieces: int = 30) -> st.SearchStrategy[str]:
    """Article-like text: scraped-page pieces (and some noise) joined by scraper separators."""
    piece = st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(PIECES).map(str.upper),
        any_text(max_size=30),
    )
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=max_pieces).map(
        lambda parts: "".join(p + s for p, s in parts)
    )


def quote_heavy_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Text thick with quotation marks, reporting verbs, pronouns and names."""
    token = st.sampled_from(
        (
            *QUOTE_MARKS,
            " said",
            " told",
            " added",
            " says",
            " he",
            " she",
            " Smith",
            " Anna Berg",
            " the minister",
            ",",
            ".",
            ":",
            " ",
            "\n",
            "\n\n",
            " We",
            " will",
            " win",
        )
    )
    return st.lists(token, max_size=max_size // 4).map("".join)


def texts() -> st.SearchStrategy[str]:
    """Any of the three families."""
    return st.one_of(any_text(), article_text(), quote_heavy_text())
