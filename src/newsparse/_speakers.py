"""Speaker phrases: read who a phrase names, and resolve pronouns and surnames.

A speaker phrase is the noun phrase next to a speech verb: ``Badr spokesman Kareem Nuri``,
``its spokesman, Jaafar al-Husseini,``, ``A U.S. official in Baghdad``, ``he``. It is read
token by token (at most ``newsparse._tokens.MAX_TOKENS``) into a name, a title and a role:

- a trailing run of capitalised words is a proper name; titles at its head ("Brigadier
  General", "Mr.") are split off; lower-case words before it are the role ("Badr
  spokesman");
- a phrase opening with a determiner is a description ("A U.S. official in Baghdad") and
  names the speaker as written;
- an appositive pair ("its spokesman, Jaafar al-Husseini") gives the name from the part
  that is a proper name and the role from the other.

Every step works on a bounded window, so the cost per quote is constant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from newsparse._fast import new_speaker
from newsparse._lexicon import (
    CALENDAR_WORDS,
    CLAUSE_WORDS,
    CONNECTORS,
    DETERMINERS,
    INTRO_WORDS,
    LINK_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_NOUNS,
    TITLES,
    VERB_ADVERBS,
)
from newsparse._plain_names import plain_name, titled_name
from newsparse._tokens import (
    MAX_SUBJECT_TOKENS,
    MAX_TOKENS,
    VERB_WORDS,
    Token,
    cut_inverted,
    led_by_determiner,
    split_segments,
    subject_tail,
    tokenize,
    verblike,
)
from newsparse._types import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Token", "read_speaker", "tokenize", "verblike"]

_REACH = 160

# Nouns that make a described speaker a person even with an organisation's word in it
# ("a White House official").
_DESCRIBED_NOUNS = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide"}
)


def _namelike(text: str, token: Token) -> bool:
    """A word that can stand in a proper name: capitalised, or a particle like "al"."""
    first = text[token.start]
    if first.isupper():
        return True
    head = token.word.split("-", 1)[0]
    return head in NAME_PARTICLES


class _Reading(NamedTuple):
    """One phrase read into a name, its mention's offsets, a title, a role and a kind.

    Built with ``tuple.__new__`` on the hot path (no generated ``__new__`` call), as the
    tokens are.
    """

    name: str
    mention_start: int
    mention_end: int
    title: str | None
    role: str | None
    kind: SpeakerKind


def _span_text(text: str, tokens: Sequence[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _read_segment(text: str, tokens: Sequence[Token]) -> _Reading | None:
    """Read one comma-free phrase into a name, title and role."""
    if not tokens:
        return None
    first = tokens[0]
    size = len(tokens)
    if size > 1 and tokens[-1].word in PRONOUNS and tokens[-2].word not in LINK_WORDS:
        return _read_segment(text, tokens[-1:])  # "In 2014 he": the pronoun is the subject
    if size == 1 and first.word in PRONOUNS:
        return tuple.__new__(
            _Reading,
            (
                text[first.start : first.end],
                first.start,
                first.end,
                None,
                None,
                SpeakerKind.UNKNOWN,
            ),
        )
    # Trailing run of name words.
    run = size
    while run > 0:
        token = tokens[run - 1]  # _namelike, inline: the hottest loop of the reading
        if not (text[token.start].isupper() or token.word.split("-", 1)[0] in NAME_PARTICLES):
            break
        run -= 1
    while run < size and not text[tokens[run].start].isupper():
        run += 1  # a name does not open with a particle
    if run == 0 and first.word not in DETERMINERS:
        # The whole phrase is a run of name words (the commonest reading): with no
        # title, possessive or table word to split it, it is the name as written.
        run_words = [t.word for t in tokens]
        if (
            TITLES.isdisjoint(run_words[:-1])  # no title to split off: "Gov. Mike Pence"
            and CALENDAR_WORDS.isdisjoint(run_words)
            and not NOT_NAMES.issuperset(run_words)
            and not SPEAKER_NOUNS.issuperset(run_words)
            and not any(w.endswith(("'s", "’s")) for w in run_words[:-1])
        ):
            last = tokens[-1]
            organization = not ORGANIZATION_WORDS.isdisjoint(run_words) or (
                size == 1 and last.end - last.start > 1 and text[last.start : last.end].isupper()
            )
            return tuple.__new__(
                _Reading,
                (
                    text[first.start : last.end],
                    first.start,
                    last.end,
                    None,
                    None,
                    SpeakerKind.ORGANIZATION if organization else SpeakerKind.PERSON,
                ),
            )
    if first.word in DETERMINERS and (
        not text[first.start].isupper() or (len(tokens) > 1 and not text[tokens[1].start].isupper())
    ):
        # "the Department of Labor’s OFCCP Director Patricia Shiu": the owner ends at a
        # possessive inside the run.
        owner = run
        for index in range(len(tokens) - 2, run - 1, -1):  # the last possessive, if any
            if tokens[index].word.endswith(("'s", "’s")):
                owner = index + 1
                break
        if owner > run and len(tokens) - owner >= 2:
            run = owner
        elif not _named_after_role(tokens, run):
            return _description(text, tokens)
        # "o presidente Luiz Inácio Lula da Silva", "the company's chief executive John
        # Smith": a described role, then the name.
        reading = _read_segment(text, tokens[run:])
        if reading is None or reading.kind is not SpeakerKind.PERSON:
            return _description(text, tokens)
        return reading._replace(role=_span_text(text, tokens[:run]))
    if run == len(tokens) or first.word in DETERMINERS:
        return _description(text, tokens)
    run_words = [t.word for t in tokens[run:]]
    if not CALENDAR_WORDS.isdisjoint(run_words):
        return None  # "New Hampshire Monday": a place and a day, not a name
    if NOT_NAMES.issuperset(run_words):
        return None  # "However", "Hours", "What": capitalised, but no name
    if run > 0 and tokens[run - 1].word in LINK_WORDS:
        # "Stephen Vladeck of the University of Texas": the name leads, the rest is role.
        lead = 0
        while lead < run and _namelike(text, tokens[lead]):
            lead += 1
        if 0 < lead < run and not all(t.word in TITLES for t in tokens[:lead]):
            tokens, role_tokens = tokens[:lead], tokens[lead:]
            reading = _read_segment(text, tokens)
            if reading is not None and reading.role is None:
                return reading._replace(role=_span_text(text, role_tokens))
            return reading
    name_tokens = list(tokens[run:])
    prefix = list(tokens[:run])
    # A possessive inside the run ends the owner: "Iowa State University's Dianne Bystrom".
    for index in range(len(name_tokens) - 2, -1, -1):
        if name_tokens[index].word.endswith(("'s", "’s")):
            prefix += name_tokens[: index + 1]
            name_tokens = name_tokens[index + 1 :]
            break
    # Titles at the head of the run: "Brigadier General Jonathan Braga", "Mr. Barrett".
    split = 0
    for index, token in enumerate(name_tokens[:-1]):
        if token.word in TITLES:
            split = index + 1
    title_tokens = name_tokens[:split]
    name_tokens = name_tokens[split:]
    # Capitalised words before the titles name the body: "Independence Blue Cross Chief
    # Executive Officer Daniel Hilferty" has the role "Independence Blue Cross".
    body = 0
    while body < len(title_tokens) and title_tokens[body].word not in TITLES:
        body += 1
    if body and not prefix:
        prefix, title_tokens = title_tokens[:body], title_tokens[body:]
    if not title_tokens and prefix and prefix[-1].word in {"of", "for"} and len(name_tokens) > 2:
        prefix.append(name_tokens.pop(0))  # "Secretary of State John Kerry"
    title: str | None = None
    role: str | None = None
    if prefix and all(t.word in TITLES for t in prefix):
        title_tokens = prefix + title_tokens
        prefix = []
    if title_tokens:
        title = _span_text(text, title_tokens)
    if prefix and not (prefix[0].word in INTRO_WORDS or _any_verblike(text, prefix)):
        role = _span_text(text, prefix)  # not "in a session set up with help of"
    words = {t.word for t in name_tokens}
    if not title_tokens and not prefix and words <= SPEAKER_NOUNS:
        return _description(text, name_tokens)  # "Officials said" opening a sentence
    organization = bool(words & ORGANIZATION_WORDS) or (
        len(name_tokens) == 1 and name_tokens[0].end - name_tokens[0].start > 1
        and text[name_tokens[0].start : name_tokens[0].end].isupper()
    )  # fmt: skip
    mention_tokens = title_tokens + name_tokens
    return tuple.__new__(
        _Reading,
        (
            _span_text(text, name_tokens),
            mention_tokens[0].start,
            mention_tokens[-1].end,
            title,
            role,
            SpeakerKind.ORGANIZATION if organization else SpeakerKind.PERSON,
        ),
    )


def _named_after_role(tokens: Sequence[Token], run: int) -> bool:
    """True when a described phrase ends in a name right after a role word.

    Two or more name words after a word that is no preposition ("presidente Luiz Inácio
    Lula da Silva"), or one after a title or speaker noun ("spokesman Jaafar"); not "a
    spokesman for Bernie Sanders" or "the White House".
    """
    if run >= len(tokens) or run < 2:
        return False
    before = tokens[run - 1].word
    if before in LINK_WORDS or before in DETERMINERS or before.endswith(("'s", "’s")):
        return False
    return len(tokens) - run >= 2 or before in TITLES or before in SPEAKER_NOUNS


def _description(text: str, tokens: Sequence[Token]) -> _Reading | None:
    first = tokens[0]
    word = first.word
    if len(tokens) > MAX_SUBJECT_TOKENS or (
        not text[first.start].isupper()
        and (
            word in VERB_WORDS
            or (len(word) > 3 and word.endswith(("ed", "ly")))
            or (len(word) > 4 and word.endswith("ing"))
        )
    ):
        return None  # "followed by many groups": a verb phrase, not a description
    words = [t.word for t in tokens]
    if not CLAUSE_WORDS.isdisjoint(words):
        for index, token in enumerate(tokens):
            if token.word in CLAUSE_WORDS and not text[token.start].isupper():
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if (
                    token.word == "to"
                    and following is not None
                    and (text[following.start].isupper() or following.word in {"both", "the", "a"})
                ):
                    continue  # "an adviser to Bill Clinton", "an adviser to both Clintons"
                return None
    kind = SpeakerKind.DESCRIPTION
    if _DESCRIBED_NOUNS.isdisjoint(words) and not ORGANIZATION_WORDS.isdisjoint(words):
        kind = SpeakerKind.ORGANIZATION  # "the Chicago Police Department", not "an official"
    last = tokens[-1]
    return tuple.__new__(
        _Reading, (text[first.start : last.end], first.start, last.end, None, None, kind)
    )


def _any_verblike(text: str, tokens: Sequence[Token]) -> bool:
    """True when one of ``tokens`` is :func:`verblike`: one loop, no call per word."""
    for token in tokens:
        if not text[token.start].isupper():
            word = token.word
            if word in VERB_WORDS or (len(word) > 3 and word.endswith(("ed", "ly"))):
                return True
    return False


def _is_name_reading(reading: _Reading | None) -> bool:
    return reading is not None and (
        reading.kind is SpeakerKind.PERSON or reading.kind is SpeakerKind.ORGANIZATION
    )


def read_speaker(
    text: str, start: int, end: int, *, inverted: bool, rule: str, whole: bool = False
) -> Speaker | None:
    """Read the speaker phrase in ``text[start:end]``; ``None`` when it names nobody.

    ``inverted`` is for phrases written after their cue ("said the minister, who ..."):
    the phrase is cut at the first word that ends a noun phrase. Otherwise the phrase is
    the subject before a cue and the noun phrase next to the cue is taken; with ``whole``
    the phrase must be that noun phrase and nothing more (the words between a closing mark
    and its cue).

    >>> s = read_speaker("its spokesman, Jaafar al-Husseini,", 0, 34, inverted=False, rule="t")
    >>> s.name, s.role
    ('Jaafar al-Husseini', 'its spokesman')
    """
    if inverted:
        # ``cut_inverted`` stops at the second comma at the latest (one appositive):
        # the words after it are never read, so they are not tokenized. Without a
        # bracket before it, each comma is a token of its own (no aside holds it).
        comma = text.find(",", start, end)
        if comma >= 0:
            comma = text.find(",", comma + 1, end)
            if comma >= 0 and text.find("(", start, comma) < 0:
                end = comma + 1
        picked = _pick_head(text, start, end, inverted=True, whole=False)
    else:
        simple = plain_name(text, start, end, rule)
        if simple is None and whole:
            # '," Sen. Jim Clyburn said': a title and a name between a quote and its cue.
            simple = titled_name(text, start, end, rule)
        if simple is not None:
            return simple
        if end - start > _REACH:
            # The subject sits next to its cue: look at the last ``_REACH`` characters.
            start = text.find(" ", end - _REACH, end) + 1 or end - _REACH
        # A dateline or an aside set off by a spaced dash ends before the subject:
        # "SAN FRANCISCO (Reuters) - Google said".
        dash = max(
            text.rfind(" - ", start, end),
            text.rfind(" — ", start, end),
            text.rfind(" – ", start, end),
        )
        if dash >= 0:
            start = dash + 3
        if whole or not _reads_from_end(text, start, end):
            picked = _pick_head(text, start, end, inverted=False, whole=whole)
        else:
            picked = _pick_subject(text, start, end)
    if picked is None:
        return None
    head, rest, before = picked
    if not head:
        return None
    if head[-1].word in RELATIVE_PRONOUNS:
        # "Indiana Gov. Mike Pence, who called": the relative pronoun is the mention,
        # its antecedent the name.
        if before is None:  # the part before the last, not read yet
            before = [[], [], *_segments_of(text, start, end)][-2]
        antecedent = head[:-1] or before
        found = _read_segment(text, antecedent) if antecedent else None
        relative = head[-1]
        return new_speaker(
            name=found.name if found is not None else text[relative.start : relative.end],
            mention=text[relative.start : relative.end],
            start=relative.start,
            end=relative.end,
            title=found.title if found is not None else None,
            role=found.role if found is not None else None,
            kind=found.kind if found is not None else SpeakerKind.UNKNOWN,
            rule=rule,
        )
    reading = _read_segment(text, head)
    if reading is None and rest and not inverted:
        # "..., after winning Ohio, Gov. John Kasich, said": the phrase before the name
        # is no description; the name alone is the speaker.
        reading = _read_segment(text, rest[0])
        if reading is not None and reading.kind is not SpeakerKind.PERSON:
            reading = None
        rest = []
    if reading is None:
        return None
    role = reading.role
    for segment in rest:
        if (
            segment[0].word in {"who", "which", "whose", "whom", "that"}
            or segment[0].word.isdigit()
        ):
            continue
        other = _read_segment(text, segment)
        if other is None:
            continue
        described = led_by_determiner(text, head)
        if (described or reading.kind is SpeakerKind.DESCRIPTION) and (
            other.kind is SpeakerKind.PERSON
        ):
            # "its spokesman, Jaafar al-Husseini": the name is the second part.
            role = reading.name if reading.role is None else reading.role
            reading = other._replace(role=other.role or role)
            role = reading.role
        elif (
            _is_name_reading(reading)
            and led_by_determiner(text, segment)
            and not _any_verblike(text, segment)
        ):
            role = role or other.name  # "Patrick McGinley, a law professor at ..."
        break
    if (
        reading.kind is SpeakerKind.DESCRIPTION
        and len(head) == 1
        and head[0].word not in SPEAKER_NOUNS
    ):
        return None  # a lone lower-case word is no speaker
    return new_speaker(
        name=reading.name,
        mention=text[reading.mention_start : reading.mention_end],
        start=reading.mention_start,
        end=reading.mention_end,
        title=reading.title,
        role=role,
        kind=reading.kind,
        rule=rule,
    )


def _segments_of(text: str, start: int, end: int) -> list[list[Token]]:
    """The comma-separated parts of a subject window, trailing adverbs and commas dropped."""
    tokens = tokenize(text, start, end)
    # Drop trailing adverbs ("also", "later", "-ly").
    while tokens:
        last = tokens[-1]
        word = last.word
        if word in VERB_ADVERBS or (word.endswith("ly") and not text[last.start].isupper()):
            tokens.pop()
        else:
            break
    while tokens and not tokens[-1].word:  # a comma
        tokens.pop()
    if not tokens:
        return []
    # A window without a comma holds no comma token: one segment, the tokens themselves.
    return split_segments(tokens) if text.find(",", start, end) >= 0 else [tokens]


_Picked = tuple[list[Token], list[list[Token]], "list[Token] | None"]


def _pick_head(text: str, start: int, end: int, *, inverted: bool, whole: bool) -> _Picked | None:
    """The phrase read as the speaker, the parts after it, and the part before the last.

    Every case: an inverted phrase (after its cue), a whole one (between a quote and its
    cue), and a subject window that :func:`_pick_subject` does not take.
    """
    if inverted:
        tokens = cut_inverted(text, tokenize(text, start, end))
        while tokens and not tokens[-1].word:  # a comma
            tokens.pop()
        if not tokens:
            return None
        segments = split_segments(tokens)
    else:
        segments = _segments_of(text, start, end)
        if not segments:
            return None
    before = segments[-2] if len(segments) >= 2 else []
    leading = (
        _read_segment(text, segments[0])
        if whole
        and not inverted
        and len(segments) > 2
        and segments[0][0].word not in INTRO_WORDS
        and segments[0][0].word not in LINK_WORDS
        else None
    )
    if inverted or (leading is not None and leading.kind is SpeakerKind.PERSON):
        # After its cue, or a name with appositives between quote and cue ("Harry Bond,
        # 30, of Raleigh, N.C., who was polled, said"): the name comes first.
        return segments[0], segments[1:], before
    head, rest = _choose(text, start, end, segments[-1], before)
    while head and head[0].word in CONNECTORS and len(head) > 1:
        head = head[1:]
    size = len(head)
    head = subject_tail(text, head, whole=whole)
    if whole and (len(head) != size or len(segments) > 2):
        return None  # the phrase after a quote must be the subject and nothing else
    return head, rest, before


def _choose(
    text: str, start: int, end: int, last: list[Token], before: list[Token]
) -> tuple[list[Token], list[list[Token]]]:
    """The part of a subject window that holds the subject, and the part after it.

    ``last`` is the window's last part, ``before`` the one before it (empty if none).
    """
    if before and _tokens_end_with_comma(text, start, end, last):
        return before, [last]
    if (
        before
        and (last[0].word in DETERMINERS or (last[0].word in {"who", "whose"} and len(last) > 1))
        and before[0].word not in INTRO_WORDS
        and before[0].word not in CONNECTORS
        and _is_name_reading(_read_segment(text, before))
    ):
        # "Sam Lau, the communications director for the party said": an appositive
        # whose closing comma is missing.
        return before, [last]
    return last, []


def _reads_from_end(text: str, start: int, end: int) -> bool:
    """True when a subject window can be tokenized part by part from its end.

    No bracket (an aside can hold a comma) and fewer chunks than ``MAX_TOKENS`` (the
    whole window's tokens are not cut short): every comma is then a token of its own,
    and the tokens of each comma-free part are the whole window's tokens there.
    """
    if text.find("(", start, end) >= 0 or text.find(")", start, end) >= 0:
        return False
    if end - start < MAX_TOKENS:
        return True  # a chunk holds a character at least
    piece = text[start:end]
    return len(piece.split()) + 2 * piece.count(",") < MAX_TOKENS


def _pick_subject(text: str, start: int, end: int) -> _Picked | None:
    """:func:`_pick_head` for a subject window read from its end, part by part.

    The subject is in the last comma-free part, or in the one before it when the window
    ends with a comma or an appositive: the parts before those are never tokenized.
    The part before the last is given when it was read, ``None`` otherwise.
    """
    commas: list[int] = []
    comma = text.find(",", start, end)
    while comma >= 0:
        commas.append(comma)
        comma = text.find(",", comma + 1, end)
    index = len(commas)
    last = tokenize(text, commas[-1] + 1 if commas else start, end)
    # Drop trailing adverbs ("also", "later", "-ly").
    while last:
        token = last[-1]
        word = token.word
        if word in VERB_ADVERBS or (word.endswith("ly") and not text[token.start].isupper()):
            last.pop()
        else:
            break
    while not last and index:  # trailing commas and empty parts
        index -= 1
        last = tokenize(text, commas[index - 1] + 1 if index else start, commas[index])
    if not last:
        return None
    before: list[Token] | None = None
    first = last[0].word
    if index and (
        first in DETERMINERS
        or first in {"who", "whose"}
        or _tokens_end_with_comma(text, start, end, last)
    ):
        before = []
        while not before and index:
            index -= 1
            before = tokenize(text, commas[index - 1] + 1 if index else start, commas[index])
        head, rest = _choose(text, start, end, last, before)
    else:
        head, rest = last, []
    while head and head[0].word in CONNECTORS and len(head) > 1:
        head = head[1:]
    return subject_tail(text, head), rest, before


def _tokens_end_with_comma(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """True when the subject ends "..., Name," or "Name, who ...," before the cue."""
    position = end
    while position > start and text[position - 1].isspace():
        position -= 1
    return position > start and text[position - 1] == "," and len(tokens) > 0
