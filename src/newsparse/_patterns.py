"""Shared regex building blocks: word lists as tries, and patterns compiled on first use.

A word list written as ``\\L<words>`` under ``IGNORECASE`` costs the ``regex`` engine a
case-folded set lookup of every candidate length at every position it tries: about a
third of a microsecond per character searched, which made lexicon patterns the largest
cost of a parse. The same words written as a trie (``sa(?:id|ys)``, shared prefixes
merged) let the engine reject a position on its first character. For a pattern run with
``regex.REVERSE`` the trie is built over the words' endings (``(?:sa|tol)d``), so the
reverse scan also decides on its first character. The match is the same as the list's:
the longest word first, then shorter ones, whatever the case.

``regex`` parses a pattern in Python, so compiling the library's patterns is most of the
time ``import newsparse`` takes. :func:`lazy_compile` returns a stand-in that compiles on
first use and then hands out the compiled pattern's own methods, so importing is cheap and
matching costs nothing extra. Compiling is a pure function of the pattern's source: two
threads that race to compile get equal patterns, and no result can differ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import regex

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

_T = TypeVar("_T")

__all__ = ["LazyPattern", "fold", "lazy_build", "lazy_compile", "lazy_tries", "word_trie"]

_Node = dict[str, "_Node"]


def word_trie(words: Iterable[str], *, reverse: bool = False, ignore_case: bool = True) -> str:
    """A regex fragment that matches exactly one of ``words``, longest first.

    Interpolate it in a non-capturing group: ``rf"\\b(?:{word_trie(VERBS)})\\b"``. Spaces
    and metacharacters are escaped, so the fragment works with and without ``VERBOSE``.

    :param words: the words or phrases; empty strings are ignored.
    :param reverse: build for a pattern compiled with ``regex.REVERSE`` (a trie of
        endings), so a backwards search rejects a position on its last character.
    :param ignore_case: merge words that differ only in case (the pattern must then be
        compiled with ``IGNORECASE``).
    :returns: the fragment (``"(?!)"``, which never matches, for no words).

    >>> word_trie(["said", "says", "say", "told"])
    '(?:sa(?:id|ys?)|told)'
    >>> pattern = regex.compile(rf"(?:{word_trie(['said', 'told'], reverse=True)})", regex.REVERSE)
    >>> pattern.search("he told us she said so").group()
    'said'

    .. versionadded:: 0.1.0
    """
    root: _Node = {}
    for word in {w.lower() if ignore_case else w for w in words if w}:
        node = root
        for char in reversed(word) if reverse else word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    if not root:
        return "(?!)"
    return _emit(root, reverse=reverse)


def _emit(node: _Node, *, reverse: bool) -> str:
    """The fragment for one trie node: its branches in order, optional if a word ends here."""
    branches = []
    for char in sorted(key for key in node if key):
        rest = _emit(node[char], reverse=reverse)
        escaped = regex.escape(char)
        branches.append(rest + escaped if reverse else escaped + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # Greedy: the longer words through this node are tried before the word ending here.
        return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else f"{body}?"
    return body


# The characters that ``regex`` under IGNORECASE matches to an ASCII letter besides its
# two cases: "İ" (which ``lower()`` makes two characters), "ſ" and the Kelvin sign.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` in lower case for plain word tests before an IGNORECASE pattern.

    A pattern of ASCII words under IGNORECASE matches only where ``fold(text)`` holds the
    words in lower case, so ``"word" in fold(line)`` is a C-level test that may skip the
    pattern without changing a result. One character in, one character out.

    >>> fold("ſUBSCRİBE to THE \u212aNOT")
    'subscribe to the knot'
    """
    return (text if text.isascii() else text.translate(_ASCII_FOLD)).lower()


class LazyPattern:
    """A compiled ``regex`` pattern that is compiled the first time it is used.

    Any attribute (``match``, ``search``, ``pattern``, ...) compiles the pattern, and the
    compiled pattern's methods are then kept on the instance, so later calls go straight
    to them. Build one with :func:`lazy_compile`.
    """

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> None:
        self._source = (pattern, flags, kwargs)

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        pattern, flags, kwargs = self._source
        return regex.compile(pattern, flags, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet on the instance: compile, keep the hot methods.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.compiled
        for method in ("match", "fullmatch", "search", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]})"


def lazy_compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """Like :func:`regex.compile`, but compile on first use (for module-level patterns).

    Typed as the compiled pattern it stands for, so call sites do not change.

    >>> _SAID_RE = lazy_compile(r"\\bsaid\\b", regex.IGNORECASE)
    >>> _SAID_RE.search("He SAID so").span()
    (3, 7)

    .. versionadded:: 0.1.0
    """
    return LazyPattern(pattern, flags, kwargs)  # type: ignore[return-value]


class _LazyBuilt(LazyPattern):
    """A :class:`LazyPattern` whose pattern a function builds (see :func:`lazy_build`)."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build

    @property
    def compiled(self) -> Any:
        """The built pattern (built now if it was not yet)."""
        return self._build()

    def __repr__(self) -> str:
        return f"lazy_build({self._build!r})"


def lazy_build(build: Callable[[], _T]) -> _T:
    """The pattern ``build()`` returns, built on first use.

    For a pattern whose source costs something to build (tries of long word lists) or a
    standard ``re`` pattern, so importing stays cheap.

    >>> import re
    >>> _DIGITS_RE = lazy_build(lambda: re.compile(r"[0-9]+"))
    >>> _DIGITS_RE.search("page 12").group()
    '12'

    .. versionadded:: 0.1.0
    """
    return _LazyBuilt(build)  # type: ignore[return-value]


def lazy_tries(
    pattern: str, flags: int = 0, *, ignore_case: bool, **lists: Iterable[str]
) -> regex.Pattern[str]:
    """Like :func:`lazy_compile` with named lists, each ``\\L<name>`` written as a trie.

    A named list costs ``regex`` a set look-up of every candidate length at every position
    it tries; the trie (:func:`word_trie`) rejects a position on its first character and
    matches the same words, longest first. ``ignore_case`` says whether the lists are
    matched under IGNORECASE (the whole pattern's or a scoped ``(?i:...)``); the tries are
    built on first use, so importing stays cheap.

    >>> _MONTH_RE = lazy_tries(r"\\L<months>\\b", regex.I, ignore_case=True, months=["march"])
    >>> _MONTH_RE.search("In March").group()
    'March'

    .. versionadded:: 0.1.0
    """
    words = {name: tuple(values) for name, values in lists.items()}

    def build() -> regex.Pattern[str]:
        source = pattern
        for name, values in words.items():
            trie = word_trie(values, ignore_case=ignore_case)
            source = source.replace(f"\\L<{name}>", f"(?:{trie})")
        return regex.compile(source, flags)

    return lazy_build(build)
