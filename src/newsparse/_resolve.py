"""Speaker resolution: pronouns and bare surnames to the names they stand for.

A pronoun ("he added") takes the nearest earlier speaker whose gender (from titles,
roles and earlier pronouns) and kind do not contradict it; a bare surname ("Braga
said") takes the full name of an earlier speaker with that last name, else the first
full name in the text before it that ends with that surname. ``mention``, ``start`` and
``end`` stay as written; ``name`` (and title, role, kind where missing) change. A "he"
or "she" with no compatible earlier speaker, or after a person named as the subject of
the sentence before it, takes that person's name (:mod:`newsparse._names_in_prose`).

Looks back over at most ``_LOOKBACK`` speakers; the name index over the text is built
once per distinct surname, in a bounded window before the mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._fast import setters
from newsparse._full_names import full_name
from newsparse._lexicon import (
    FEMALE_TITLES,
    MALE_TITLES,
    PRONOUNS,
    THING_NOUNS,
)
from newsparse._names_in_prose import Context, person_before
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["gender_of", "resolve_speakers"]

_LOOKBACK = 12
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_WINDOW = 4000
_PRONOUNS = dict(PRONOUNS)  # a plain dict: faster to look up than the read-only view


def gender_of(speaker: Speaker) -> str | None:
    """``"male"``, ``"female"`` or ``None``, from the title or role words."""
    if not speaker.title and not speaker.role:
        return None  # nothing to read (most speakers)
    return _gender_of(speaker.title, speaker.role)


def _gender_of(title: str | None, role: str | None) -> str | None:
    """:func:`gender_of` by title and role (no cache: the library keeps no global state).

    The first word (title words first) that is a gendered title or ends in a gendered
    noun decides; most titles and roles hold none, which two set and substring tests show.

    >>> _gender_of("Sen.", "the party's spokeswoman"), _gender_of(None, "her lawyer")
    ('female', None)
    """
    folded = f"{title or ''} {role or ''}".casefold().replace(".", "")
    words = folded.split()
    if (
        _GENDERED.isdisjoint(words)
        and "man" not in folded
        and "wife" not in folded
        and "mother" not in folded
    ):
        return None  # no gendered title, and no word can end in a gendered noun
    for word in words:
        if word in MALE_TITLES or word.endswith(("spokesman", "chairman", "congressman")):
            return "male"
        if word in FEMALE_TITLES or word.endswith(("woman", "wife", "mother")):
            return "female"
    return None


_GENDERED = MALE_TITLES | FEMALE_TITLES


def resolve_speakers(
    speakers: Sequence[Speaker | None],
    text: str = "",
    quotes: Sequence[tuple[int, int]] = (),
) -> list[Speaker | None]:
    """Give pronouns and bare surnames the name of the nearest compatible earlier speaker.

    A pronoun takes the nearest earlier speaker whose gender (learned from titles, roles
    and earlier pronouns) does not contradict it; a single-word name takes the full name
    of the latest earlier speaker with that last word (a dict lookup). ``mention``,
    ``start`` and ``end`` stay as written. Pronouns look back at most ``_LOOKBACK``
    speakers, so the work is linear. A "he" or "she" with no such speaker takes the
    person last named in the prose before it (see :func:`_person_before`); ``quotes``
    (sorted ``(start, end)`` spans of quoted words) are not searched for names.
    """
    out: list[Speaker | None] = []
    # The speakers resolved so far (None left out), and which may stand for a pronoun.
    earlier: list[Speaker] = []
    antecedent: list[bool] = []
    genders: dict[str, str] = {}
    full_names: dict[str, str | None] = {}
    # Names read from the prose have a cache of their own (surname -> full name).
    prose_names: dict[str, str | None] = {}
    context: Context | None = None
    by_surname: dict[str, Speaker] = {}  # last word -> latest speaker with a full name
    surnames: dict[str, tuple[str, str]] = {}  # full name -> its last word, and folded
    person = SpeakerKind.PERSON
    for speaker in speakers:
        if speaker is None:
            out.append(None)
            continue
        pronoun = _PRONOUNS.get(speaker.mention.casefold())
        resolved = speaker
        from_prose = False  # a name read from the prose links no later surname
        if pronoun is not None:
            resolved = _resolve_pronoun(speaker, pronoun, earlier, antecedent, genders)
            if text and (pronoun == "male" or pronoun == "female"):  # noqa: PLR1714
                if context is None:
                    context = Context(quotes, genders, prose_names)
                before = resolved
                resolved = _person_or_speaker(text, speaker, pronoun, resolved, earlier, context)
                from_prose = resolved is not before
            gender: str | None = pronoun
            name = resolved.name
            folded = name.casefold()
        else:
            name = speaker.name
            folded = name.casefold()
            if folded in _RELATIVES:
                resolved = _resolve_pronoun(speaker, "any", earlier, antecedent, genders)  # "who"
            elif speaker.kind is person and " " not in name:
                previous = by_surname.get(folded)
                if previous is not None:  # the latest earlier speaker's full name
                    resolved = _renamed(
                        speaker,
                        previous.name,
                        speaker.title or previous.title,
                        speaker.role or previous.role,
                        previous.kind,
                    )
                elif text:
                    resolved = _from_text(speaker, text, full_names)
            if resolved is not speaker:
                name = resolved.name
                folded = name.casefold()
            # Most speakers have neither title nor role: nothing to read a gender from.
            title, role = resolved.title, resolved.role
            gender = _gender_of(title, role) if title or role else None
        if (gender == "male" or gender == "female") and folded not in _PRONOUNS:  # noqa: PLR1714
            genders.setdefault(name, gender)
        out.append(resolved)
        earlier.append(resolved)
        antecedent.append(folded not in _PRONOUNS and folded not in _RELATIVES)
        if " " in name and not from_prose:
            last = surnames.get(name)  # most names come back: split once per name
            if last is None:
                surname = name.rsplit(None, 1)[-1]
                last = surnames[name] = (surname, surname.casefold())
            by_surname[last[1]] = resolved
            if resolved.kind is person:  # "Diaz" in the prose: this speaker
                prose_names[last[0]] = name
    return out


def _resolve_pronoun(
    speaker: Speaker,
    gender: str,
    earlier: Sequence[Speaker],
    antecedent: Sequence[bool],
    genders: dict[str, str],
) -> Speaker:
    personal = gender == "male" or gender == "female"  # noqa: PLR1714
    for at in range(len(earlier) - 1, max(-1, len(earlier) - 1 - _LOOKBACK), -1):
        if not antecedent[at]:
            continue  # itself a pronoun or a relative
        previous = earlier[at]
        if personal:
            if previous.kind is SpeakerKind.ORGANIZATION:
                continue  # "he" is no organisation
            name = previous.name
            known = genders.get(name)
            if known is None and (previous.title or previous.role):
                known = _gender_of(previous.title, previous.role)
            if (known and known != gender) or _is_thing(name):
                continue  # no other gender, no "joint statement"
        elif (gender == "plural" or gender == "neuter") and previous.kind is SpeakerKind.PERSON:  # noqa: PLR1714
            continue
        return _renamed(speaker, previous.name, previous.title, previous.role, previous.kind)
    return speaker


def _is_thing(name: str) -> bool:
    """True when a name ends in a thing noun ("joint statement"): no "he" or "she"."""
    return name.rsplit(None, 1)[-1].casefold() in THING_NOUNS


def _from_text(speaker: Speaker, text: str, cache: dict[str, str | None]) -> Speaker:
    """The first full name ending in the mention's surname in the ``_WINDOW`` before it.

    Occurrences of the surname are found with ``str.find`` in a bounded window; each
    distinct surname is looked up once per call (``cache``).
    """
    surname = speaker.name
    if surname not in cache:
        cache[surname] = full_name(text, surname, max(0, speaker.start - _WINDOW), speaker.start)
    full = cache[surname]
    if full is None:
        return speaker
    return _renamed(speaker, full, speaker.title, speaker.role, speaker.kind)


def _renamed(
    speaker: Speaker, name: str, title: str | None, role: str | None, kind: SpeakerKind
) -> Speaker:
    """``speaker``'s mention (words, offsets, rule) under the name of who it refers to.

    Built as :func:`newsparse._fast.new_speaker` builds it, without its keywords.

    >>> s = Speaker(name="Diaz", mention="Diaz", start=4, end=8, rule="r")
    >>> _renamed(s, "Ann Diaz", None, "mayor", SpeakerKind.PERSON) == Speaker(
    ...     name="Ann Diaz", mention="Diaz", start=4, end=8, role="mayor",
    ...     kind=SpeakerKind.PERSON, rule="r",
    ... )
    True
    """
    renamed = _new(Speaker)
    set_name, set_mention, set_start, set_end, set_title, set_role, set_kind, set_rule = _SPEAKER
    set_name(renamed, name)
    set_mention(renamed, speaker.mention)
    set_start(renamed, speaker.start)
    set_end(renamed, speaker.end)
    set_title(renamed, title)
    set_role(renamed, role)
    set_kind(renamed, kind)
    set_rule(renamed, speaker.rule)
    return renamed


_new = object.__new__
_SPEAKER = setters(Speaker)  # the slot setters, in field order


def _person_or_speaker(  # noqa: PLR0917
    text: str,
    speaker: Speaker,
    gender: str,
    resolved: Speaker,
    earlier: Sequence[Speaker],
    context: Context,
) -> Speaker:
    """A pronoun's person named in the prose, where no earlier speaker is a better match.

    With no compatible earlier speaker, the person last named before the pronoun. With
    one, a person named after that speaker's mention only when the subject of its
    sentence ("Trump spokesman Hope Hicks confirmed ... "..." she said").
    """
    if resolved is speaker:
        return person_before(text, speaker, gender, context, 0, subject=False) or speaker
    title, role = resolved.title, resolved.role
    if context.genders.get(resolved.name) == gender or (
        (title or role) and _gender_of(title, role) == gender
    ):
        return resolved  # a speaker known to be a "she" is the better match for "she"
    floor = 0
    for seen, previous in enumerate(reversed(earlier), 1):
        if previous.name == resolved.name or seen > _LOOKBACK:
            floor = previous.end
            break
    person = person_before(text, speaker, gender, context, floor, subject=True)
    if person is None or resolved.name.endswith(person.name):
        return resolved  # "Mr. Clarke says" after Tom Clarke's quote: the same man
    return person
