"""Chinese and Japanese attribution: ``「我们准备好了」，他说。`` and ``「……」と述べた。``.

Quotes in Chinese and Japanese are marked with 「」 or 『』 (and “” in mainland Chinese
text). Words are not separated by spaces, so the English cue patterns (whole words between
word boundaries) do not apply; these patterns read the commonest shapes instead:

- Chinese, speaker after: ``「……」，他说。``, ``「……」王部长表示。``;
- Chinese, speaker before: ``他说：「……」``, ``外交部发言人表示，「……」``;
- Japanese, after: ``「……」と述べた。``, ``「……」と田中氏は語った。``.

The speaker is optional (``「……」と述べた``). The cue lists are the everyday reporting
verbs of news in each language (说/表示/称/指出/强调/…; 述べた/語った/話した/言った/…),
kept short and general. Each pattern runs in a bounded window after or before one quote.
"""

from __future__ import annotations

import regex

from newsparse._lexicon import PRONOUNS
from newsparse._patterns import lazy_compile
from newsparse._types import Speaker, SpeakerKind

__all__ = ["cjk_after", "cjk_before", "is_cjk"]

# Chinese reporting verbs, longest first where one extends another (说道 before 说).
_ZH_CUES = r"说道|说|表示|称|指出|强调|回答|问道|写道|透露|介绍|补充|解释|宣布|承认|坦言|认为"

# After a quote: an optional comma, a short speaker (at most ten Han characters: a name,
# a title, a pronoun), then a cue.
_ZH_AFTER_RE = lazy_compile(
    r"""
    [，,、]?[^\S\n]*+
    (?P<np> \p{Han}{1,10}? )?
    (?P<cue> """
    + _ZH_CUES
    + r""" )
    (?= [。，,！？!?：:\s] | $ )
    """,
    regex.VERBOSE,
)

# Japanese: と (quoting particle), an optional speaker marked with は or が, then a cue.
_JA_AFTER_RE = lazy_compile(
    r"""
    と
    (?: (?P<np> [\p{Han}\p{Katakana}\p{Hiragana}ー・]{1,12}? ) [はが] )?
    (?P<cue> 述べた | 語った | 話した | 言った | 説明した | 強調した | 明らかにした
           | 述べ | 語り | 話し | 答えた | 指摘した | 発表した )
    """,
    regex.VERBOSE,
)

# Before a quote: a speaker and a cue, then a colon or comma right before the mark.
_ZH_BEFORE_RE = lazy_compile(r"(?P<np>\p{Han}{1,10}?)(?P<cue>" + _ZH_CUES + r")[：:，,]?[^\S\n]*+$")

_CJK_RE = lazy_compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def is_cjk(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a Han or kana character."""
    return _CJK_RE.search(text, start, end) is not None


def _speaker(text: str, match: regex.Match[str], rule: str) -> Speaker | None:
    start, end = match.span("np")
    if start < 0 or start == end:
        return None
    name = text[start:end]
    pronoun = name.casefold() in PRONOUNS
    return Speaker(
        name=name,
        mention=name,
        start=start,
        end=end,
        kind=SpeakerKind.UNKNOWN if pronoun else SpeakerKind.PERSON,
        rule=rule,
    )


def cjk_after(text: str, close: int, limit: int) -> tuple[Speaker | None, int, int] | None:
    """The speaker (or None) and cue offsets after a quote closing at ``close``.

    >>> text = "「我们准备好了」，他说。"
    >>> speaker, start, end = cjk_after(text, 8, len(text))
    >>> speaker.name, text[start:end]
    ('他', '说')
    """
    window = min(limit, close + 40)
    match = _ZH_AFTER_RE.match(text, close, window) or _JA_AFTER_RE.match(text, close, window)
    if match is None:
        return None
    return _speaker(text, match, "name-cue-after"), match.start("cue"), match.end("cue")


def cjk_before(text: str, floor: int, opener: int) -> tuple[Speaker | None, int, int] | None:
    """The speaker and cue of a lead-in ending right before ``opener`` (``他说：「``)."""
    match = _ZH_BEFORE_RE.search(text, max(floor, opener - 24), opener)
    if match is None:
        return None
    return _speaker(text, match, "name-cue-before"), match.start("cue"), match.end("cue")
