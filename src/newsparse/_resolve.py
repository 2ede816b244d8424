"""Speaker resolution: pronouns and bare surnames to the names they stand for.

A pronoun ("he added") takes the nearest earlier speaker whose gender (from titles,
roles and earlier pronouns) and kind do not contradict it; a bare surname ("Braga
said") takes the full name of an earlier speaker with that last name, else the first
full name in the text before it that ends with that surname. ``mention``, ``start`` and
``end`` stay as written; ``name`` (and title, role, kind where missing) change.

Looks back over at most ``_LOOKBACK`` speakers; the name index over the text is built
once per distinct surname, in a bounded window before the mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._lexicon import (
    DETERMINERS,
    FEMALE_TITLES,
    MALE_TITLES,
    PRONOUNS,
    THING_NOUNS,
    TITLES,
)
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["gender_of", "resolve_speakers"]

_LOOKBACK = 12
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_WINDOW = 4000

# A full name in running text: two to four capitalised words ("Jonathan Braga",
# "Luiz Inácio Lula da Silva" keeps its particles out: the run ends at one).
_FULL_NAME_RE = regex.compile(
    r"(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}\p{M}'’-]++(?:[^\S\n]++\p{Lu}[\p{Ll}\p{M}'’-]++){1,3}+(?![\p{L}\p{N}])"
)


def gender_of(speaker: Speaker) -> str | None:
    """``"male"``, ``"female"`` or ``None``, from the title or role words."""
    if not speaker.title and not speaker.role:
        return None  # nothing to read (most speakers)
    words = []
    for part in (speaker.title, speaker.role):
        if part:
            words.extend(part.casefold().replace(".", "").split())
    for word in words:
        if word in MALE_TITLES or word.endswith(("spokesman", "chairman", "congressman")):
            return "male"
        if word in FEMALE_TITLES or word.endswith(("woman", "wife", "mother")):
            return "female"
    return None


def resolve_speakers(speakers: Sequence[Speaker | None], text: str = "") -> list[Speaker | None]:
    """Give pronouns and bare surnames the name of the nearest compatible earlier speaker.

    A pronoun takes the nearest earlier speaker whose gender (learned from titles, roles
    and earlier pronouns) does not contradict it; a single-word name takes the full name
    of the latest earlier speaker with that last word (a dict lookup). ``mention``,
    ``start`` and ``end`` stay as written. Pronouns look back at most ``_LOOKBACK``
    speakers, so the work is linear.
    """
    out: list[Speaker | None] = []
    genders: dict[str, str] = {}
    full_names: dict[str, str | None] = {}
    by_surname: dict[str, Speaker] = {}  # last word -> latest speaker with a full name
    for speaker in speakers:
        if speaker is None:
            out.append(None)
            continue
        mention = speaker.mention.casefold()
        resolved = speaker
        if mention in PRONOUNS:
            resolved = _resolve_pronoun(speaker, PRONOUNS[mention], out, genders)
        elif speaker.name.casefold() in _RELATIVES:
            resolved = _resolve_pronoun(speaker, "any", out, genders)  # "who", no antecedent
        elif speaker.kind is SpeakerKind.PERSON and " " not in speaker.name:
            resolved = _resolve_surname(speaker, by_surname.get(speaker.name.casefold()))
            if resolved is speaker and text:
                resolved = _from_text(speaker, text, full_names)
        gender = PRONOUNS.get(mention) if mention in PRONOUNS else gender_of(resolved)
        if gender in {"male", "female"} and resolved.name.casefold() not in PRONOUNS:
            genders.setdefault(resolved.name, gender)
        out.append(resolved)
        if " " in resolved.name:
            by_surname[resolved.name.rsplit(None, 1)[-1].casefold()] = resolved
    return out


def _resolve_pronoun(
    speaker: Speaker, gender: str, earlier: Sequence[Speaker | None], genders: dict[str, str]
) -> Speaker:
    seen = 0
    for previous in reversed(earlier):
        if previous is None:
            continue
        seen += 1
        if seen > _LOOKBACK:
            break
        if previous.name.casefold() in PRONOUNS or previous.name.casefold() in _RELATIVES:
            continue
        known = genders.get(previous.name) or gender_of(previous)
        if gender in {"male", "female"} and (
            previous.kind is SpeakerKind.ORGANIZATION
            or (known and known != gender)
            or previous.name.rsplit(None, 1)[-1].casefold() in THING_NOUNS
        ):
            continue  # "he" is no organisation, no other gender, no "joint statement"
        if gender in {"plural", "neuter"} and previous.kind is SpeakerKind.PERSON:
            continue
        return speaker.__class__(
            name=previous.name,
            mention=speaker.mention,
            start=speaker.start,
            end=speaker.end,
            title=previous.title,
            role=previous.role,
            kind=previous.kind,
            rule=speaker.rule,
        )
    return speaker


def _resolve_surname(speaker: Speaker, previous: Speaker | None) -> Speaker:
    """The bare surname takes the latest earlier speaker's full name ending in it."""
    if previous is None:
        return speaker
    return Speaker(
        name=previous.name,
        mention=speaker.mention,
        start=speaker.start,
        end=speaker.end,
        title=speaker.title or previous.title,
        role=speaker.role or previous.role,
        kind=previous.kind,
        rule=speaker.rule,
    )


def _from_text(speaker: Speaker, text: str, cache: dict[str, str | None]) -> Speaker:
    """The first full name ending in the mention's surname in the ``_WINDOW`` before it.

    Occurrences of the surname are found with ``str.find`` in a bounded window; each
    distinct surname is looked up once per call (``cache``).
    """
    surname = speaker.name
    if surname not in cache:
        cache[surname] = _full_name(text, surname, max(0, speaker.start - _WINDOW), speaker.start)
    full = cache[surname]
    if full is None:
        return speaker
    return Speaker(
        name=full,
        mention=speaker.mention,
        start=speaker.start,
        end=speaker.end,
        title=speaker.title,
        role=speaker.role,
        kind=speaker.kind,
        rule=speaker.rule,
    )


def _full_name(text: str, surname: str, start: int, end: int) -> str | None:
    found = text.find(surname, start, end)
    while found >= 0:
        after = found + len(surname)
        if after >= len(text) or not text[after].isalnum():
            match = next(
                (
                    m
                    for m in _FULL_NAME_RE.finditer(text, max(start, found - 60), after)
                    if m.end() == after
                ),
                None,
            )
            if match is not None:
                words = match.group().split()
                while words and (
                    words[0].casefold() in _NOT_FIRST
                    or words[0].casefold() in TITLES
                    or words[0].casefold() in DETERMINERS
                ):
                    words.pop(0)  # "President Barack Obama" -> "Barack Obama"
                # "Treasury Secretary Steven Mnuchin": the name follows the last title.
                last_title = max(
                    (i for i, w in enumerate(words[:-1]) if w.casefold().rstrip(".") in TITLES),
                    default=-1,
                )
                words = words[last_title + 1 :]
                if len(words) >= 2:
                    return " ".join(words)
        found = text.find(surname, after, end)
    return None


# Capitalised words that open a sentence or a title, not a first name.
_NOT_FIRST = frozenset(
    {"the", "a", "an", "but", "and", "in", "on", "at", "when", "if", "as", "after", "mr",
     "mrs", "ms", "dr", "president", "senator", "sen", "gov", "governor", "rep", "secretary",
     "general", "minister", "prime", "former", "vice", "judge", "mayor", "chairman"}
)  # fmt: skip
