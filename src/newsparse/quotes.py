"""Quotes: find quotations and attribute each to its speaker.

Quotation marks are paired first (:mod:`newsparse._quote_marks`); each quoted stretch is
then read in its sentence:

- a whole quotation (it opens a sentence, or follows a speech verb and a comma or colon)
  is ``direct``; a quoted fragment inside reported speech (``says he is "not worried"``,
  ``called the deal "a disaster"``: a reporting verb at most ``_FRAGMENT_REACH``
  characters before it, or a naming verb) is ``partial``; a quoted word or title in a
  sentence without such a verb is no quote at all (scare quotes, nicknames, ``the word
  "literally"``), nor is a Title-Case phrase right after a verb or a work's noun
  (``read "War and Peace"``, ``its podcast, "So, That Happened."``);
- each turn of a transcript (``SMITH: We are not going anywhere.``, two labels at least)
  is a direct quote of its label; Chinese and Japanese quotes in 「」 and 『』 are read
  with their own cue patterns (:mod:`newsparse._cjk`);
- the speaker is read next to the speech verb: after the quote (``"...," Nuri said``,
  ``said the minister``), before it (``A U.S. official said: "..."``), in an
  ``according to`` phrase or a dash line (``— Commissioner Geoffrey Starks``); a quote with
  no cue of its own continues the previous speaker's quote in the same paragraph, or the
  quote of the paragraph before when the text runs on (newswire style), or follows a line
  ending in a colon;
- pronouns and bare surnames are resolved to the nearest compatible earlier speaker; a
  "he" or "she" with none takes the person last named in the prose before it.

Indirect speech without marks ("Braga said that even if ...") is returned as ``indirect``
only when asked for (``kinds``), as is ``told reporters that``, ``according to X, ...``
and ``X believes/warned that ...`` (the verbs are listed in :mod:`newsparse._indirect`).
Marks: straight and curly double quotes, « », „ “, ‚ ‘, ‹ ›, 「 」 and 『 』; single
quotes for speech where a text uses more single openers than double ones (or as many,
when a single quote opens a paragraph first). Two apostrophes standing for a double mark
(``''Yes,'' he said``, an old newspaper-archive convention) are not paired.

Each quote records the ``rule`` that produced it and its ``cue``. Work per quote is bounded
by a window around it, so the whole is linear in the length of the text. The pieces live
in private modules: :mod:`newsparse._quote_marks` (pairing), :mod:`newsparse._attribution`
(cues and speakers around one quote; the commonest phrases after a quote in
:mod:`newsparse._quick_after`), :mod:`newsparse._context` (what a stretch is, and
speakers carried over), :mod:`newsparse._speakers` (reading speaker phrases),
:mod:`newsparse._subjects` (clause subjects), :mod:`newsparse._resolve` (pronouns and
surnames), :mod:`newsparse._indirect` and the word tables in :mod:`newsparse._lexicon`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._attribution import (
    BEFORE_WORDS,
    LEAD,
    WORDISH_RE,
    Attribution,
    after_quote,
    before_quote,
    colon_lead,
    ends_open,
    lead_cue,
    sentence_start,
)
from newsparse._cjk import cjk_after, cjk_before, is_cjk
from newsparse._context import (
    closes_cleanly,
    dash_paragraph,
    inherit,
    naming,
    previous_sentence,
    short,
    term_before,
    term_like,
    title_like,
    verb_before,
    word_before,
    work_before,
)
from newsparse._fast import new_quote
from newsparse._indirect import indirect_in
from newsparse._quote_marks import Marked, find_marked, uses_single_quotes
from newsparse._resolve import resolve_speakers
from newsparse._transcript import transcript_turns
from newsparse._types import Quote, QuoteKind, Speaker, SpeakerSummary
from newsparse.errors import check_text
from newsparse.paragraphs import split_paragraphs

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._types import Paragraph

__all__ = ["DEFAULT_KINDS", "attribute_quotes"]


def __dir__() -> list[str]:
    return __all__


#: The quote kinds :func:`attribute_quotes` and :func:`newsparse.parse` return by default:
#: whole quotations and quoted fragments of reported speech, not indirect speech.
DEFAULT_KINDS: frozenset[QuoteKind] = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})


# How far after its reporting verb a one- or two-word fragment may stand to count as a
# quoted fragment of the speech ('says he is "not worried"'); further on it is more often
# a scare quote of the writer's ('told POLITICO ... and is an "outsider"').
_FRAGMENT_REACH = 30


def attribute_in(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    kinds: frozenset[QuoteKind] = DEFAULT_KINDS,
) -> tuple[Quote, ...]:
    """Quotes in the given paragraphs of ``text``, in input order.

    :param text: the whole input.
    :param paragraphs: the paragraphs to look in (offsets into ``text``), in order.
    :param kinds: which kinds of quote to return.
    :returns: the quotes, in input order.
    """
    singles = uses_single_quotes(text)
    marked_all = find_marked(text, paragraphs, singles=singles)
    found: list[tuple[Marked, QuoteKind, Attribution | None]] = []
    previous_in_paragraph: tuple[int, Attribution] | None = None
    last_attributed: tuple[int, int, Attribution] | None = None  # paragraph, close, attribution
    previous_close = 0  # where the last attributed quote closed: lead-ins start after it
    for marked in marked_all:
        opener, body_start, body_end, closer, _, first_index, last_index = marked
        if not (body_start < body_end and text[body_start].isalnum()) and not (
            WORDISH_RE.search(text, body_start, body_end)
        ):
            continue  # no word inside (a letter or digit first settles it at once)
        if (text[opener] in "「『" or ord(text[body_start]) >= 0x2E80) and is_cjk(
            text, body_start, min(body_end, body_start + 8)
        ):
            found.append((marked, QuoteKind.DIRECT, _cjk(text, marked, paragraphs)))
            previous_close = closer
            continue
        first_paragraph = paragraphs[first_index]
        floor = max(first_paragraph.start, opener - LEAD)
        last_paragraph = paragraphs[last_index]
        if previous_in_paragraph is not None and previous_in_paragraph[0] != first_index:
            previous_in_paragraph = None
        if previous_in_paragraph is not None:
            floor = max(floor, previous_close)
        lead_start = opener if opener == floor else sentence_start(text, floor, opener)
        # The lead-in's last visible character ("" when there is none): all that is read
        # of it here (no copy of the lead-in is made).
        lead_end = opener
        while lead_end > lead_start and text[lead_end - 1].isspace():
            lead_end -= 1
        lead = text[lead_end - 1] if lead_end > lead_start else ""
        named: Attribution | None = None  # read once: a short fragment's naming verb
        attribution: Attribution | None = None
        cue, introduces = lead_cue(text, lead_start, opener) if lead else (None, False)
        clean_start = not lead or lead in '.?!:;—–―-([…"”’»' or introduces
        if lead == "," and not introduces:
            clean_start = False
        word_introduces = False
        if not clean_start and word_before(text, lead_start, opener) in BEFORE_WORDS:
            clean_start = introduces = word_introduces = True
        if not clean_start and (
            term_before(text, lead_start, opener)
            or (
                term_like(text, body_start, body_end)
                and (
                    title_like(text, body_start, body_end)
                    or (
                        (cue is None or opener - cue.end() > _FRAGMENT_REACH)
                        and (named := naming(text, lead_start, opener)) is None
                    )
                )
            )
        ):
            # A title of a work, a name, a term ('the word "literally"'), or a one- or
            # two-word scare quote with no reporting or naming verb in its sentence ('cats
            # are "cuties"'); 'says he is "not worried"' is a fragment of reported speech.
            continue
        if (
            clean_start
            and lead
            and (lead.isalnum() or work_before(text, lead_start, opener))
            and title_like(text, body_start, body_end)
        ):
            # 'She read "War and Peace"', 'watched "The Wire"': a title after a verb;
            # 'its politics podcast, "So, That Happened."': a title after a work's noun.
            continue
        # The lead-in's speaker is read only when it is used (the costly part).
        after = after_quote(text, marked, last_paragraph.end) if clean_start else None
        # The lead-in's speaker is not needed when the quote hands over to an attribution
        # after it ('"...," he said'): that one wins whatever the lead-in says.
        hands_over = after is not None and after.rule != "dash-line" and ends_open(text, marked)
        before = (
            before_quote(text, lead_start, opener, cue)
            if cue is not None and (introduces or not clean_start) and not hands_over
            else None
        )
        if word_introduces and not hands_over and (before is None or before.speaker is None):
            before = verb_before(text, lead_start, opener) or before
        if clean_start:
            kind = QuoteKind.DIRECT
            introduced = introduces and before is not None and before.speaker is not None
            if after is not None and not (
                introduced and (after.rule == "dash-line" or not ends_open(text, marked))
            ):
                # '"...," Nuri said' (a quote ending in a comma hands over to what follows);
                # but 'Feinstein said, "... emails." He said ...' keeps its lead-in.
                attribution = after
            elif introduces and before is not None:
                attribution = before
            elif after is None and not closes_cleanly(text, marked, last_paragraph.end):
                continue  # "Hamilton" won: a title or term opening a sentence
            if (
                lead == ":"
                and not introduced
                and (attribution is None or not ends_open(text, marked))
            ):
                # "McCaskill scolded him: "...." She ...": the colon's subject, unless the
                # quote hands over to an attribution after it ('"...," he said').
                colon = colon_lead(text, lead_start, opener)
                if colon is not None and cue is not None and introduces:
                    # 'Jones, 52, a teacher from Ohio, said: "..."': the cue stays.
                    colon.cue_start, colon.cue_end = cue.start(), cue.end()
                attribution = colon or attribution
        else:
            kind = QuoteKind.PARTIAL
            attribution = (
                before
                if before is not None and before.speaker is not None
                else after_quote(text, marked, last_paragraph.end)
            )
            if attribution is None:
                attribution = named or naming(text, lead_start, opener)
            if attribution is None:
                continue  # a scare quote or a term: no speaker in the sentence
        if (
            kind is QuoteKind.DIRECT
            and (attribution is None or attribution.speaker is None)
            and (attribution is None or attribution.rule != "came-the-reply")
        ):
            inherited = inherit(text, paragraphs, marked, previous_in_paragraph, last_attributed)
            # A quote that continues the speaker before it only looks at the sentence
            # before for a cue of its own: the speaker of that sentence is not read when
            # its cue is the continued speaker's.
            sentence = (
                previous_sentence(
                    text,
                    paragraphs,
                    marked,
                    lead,
                    lead_start,
                    known_cue=None if inherited is None else inherited.cue_start,
                )
                if inherited is None or inherited.rule == "continues"
                else None
            )
            if (
                inherited is not None
                and sentence is not None
                and inherited.rule == "continues"
                and sentence.cue_start != inherited.cue_start
            ):
                inherited = None  # '"A," Smith said. Jones countered. "B."': Jones
            attribution = (
                inherited or sentence or dash_paragraph(text, paragraphs, marked) or attribution
            )
            if (attribution is None or attribution.speaker is None) and short(text, marked):
                continue  # "Related:", "Benghazi," alone: a label or term, not speech
        found.append((marked, kind, attribution))
        previous_close = closer
        if attribution is not None and attribution.speaker is not None:
            previous_in_paragraph = (last_index, attribution)
            last_attributed = (last_index, closer, attribution)
        elif previous_in_paragraph is None:
            previous_in_paragraph = None
    turns = transcript_turns(text, paragraphs)
    if turns:
        # "SMITH: We are not going anywhere.": each turn of a transcript is a direct quote.
        for index, start, end, speaker in turns:
            turn = Marked(start, start, end, end, False, index, index)  # noqa: FBT003
            found.append((turn, QuoteKind.DIRECT, Attribution(speaker, None, None, "transcript")))
        found.sort(key=lambda item: item[0].start)
    # One row per quote; each Quote is built once, after its speaker is resolved.
    rows: list[tuple[int, int, Speaker | None, int | None, int | None, QuoteKind, str]] = [
        (marked.start, marked.end, None, None, None, kind, "unattributed")
        if attribution is None
        else (
            marked.start,
            marked.end,
            attribution.speaker,
            attribution.cue_start,
            attribution.cue_end,
            kind,
            attribution.rule,
        )
        for marked, kind, attribution in found
    ]
    if QuoteKind.INDIRECT in kinds:
        taken = sorted(
            (a, b)
            for (marked, _, attribution) in found
            for a, b in (
                (marked.open, marked.close),
                _cue_span(attribution),
                _speaker_span(attribution),
            )
            if a < b
        )
        rows.extend(
            (q.start, q.end, q.speaker, q.cue_start, q.cue_end, q.kind, q.rule)
            for q in indirect_in(text, paragraphs, taken)
        )
        rows.sort(key=lambda row: row[0])
    # Pronouns and surnames resolve against every speaker before them, in text order.
    spans = [(row[0], row[1]) for row in rows if row[5] is not QuoteKind.INDIRECT]
    speakers = resolve_speakers([row[2] for row in rows], text, spans)
    return tuple(
        [
            new_quote(
                start=start,
                end=end,
                text=text[start:end],
                speaker=speaker,
                cue=text[cue_start:cue_end] if cue_start is not None else None,
                cue_start=cue_start,
                cue_end=cue_end,
                kind=kind,
                rule=rule,
            )
            for (start, end, _, cue_start, cue_end, kind, rule), speaker in zip(
                rows, speakers, strict=True
            )
            if kind in kinds
        ]
    )


def _cjk(text: str, marked: Marked, paragraphs: Sequence[Paragraph]) -> Attribution | None:
    """The attribution of a Chinese or Japanese quote (speaker optional)."""
    found = cjk_after(text, marked.close, paragraphs[marked.last].end)
    if found is None:
        found = cjk_before(text, paragraphs[marked.first].start, marked.open)
    if found is None:
        return None
    speaker, cue_start, cue_end = found
    return Attribution(speaker, cue_start, cue_end, speaker.rule if speaker else "cue-after")


def _cue_span(attribution: Attribution | None) -> tuple[int, int]:
    if attribution is None or attribution.cue_start is None or attribution.cue_end is None:
        return (0, 0)
    return (attribution.cue_start, attribution.cue_end)


def _speaker_span(attribution: Attribution | None) -> tuple[int, int]:
    if attribution is None or attribution.speaker is None:
        return (0, 0)
    return (attribution.speaker.start, attribution.speaker.end)


def summarize_speakers(quotes: Sequence[Quote]) -> tuple[SpeakerSummary, ...]:
    """Each distinct speaker once, in order of first quote, with mentions and quotes."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            groups.setdefault(quote.speaker.name, []).append(quote)
    out = []
    for name, said in groups.items():
        speakers = [q.speaker for q in said if q.speaker is not None]
        title = role = None
        for speaker in speakers:  # the first title and the first role given
            if title is None and speaker.title:
                title = speaker.title
            if role is None and speaker.role:
                role = speaker.role
        out.append(
            SpeakerSummary(
                name=name,
                title=title,
                role=role,
                kind=speakers[0].kind,
                mentions=tuple(speakers),
                quotes=tuple(said),
            )
        )
    return tuple(out)


def attribute_quotes(
    text: str, *, kinds: frozenset[QuoteKind] = DEFAULT_KINDS
) -> tuple[Quote, ...]:
    """Find the quotations in ``text`` and who said each.

    :param text: any ``str``.
    :param kinds: the kinds of quote to return: by default whole quotations
        (``QuoteKind.DIRECT``) and quoted fragments of reported speech
        (``QuoteKind.PARTIAL``); add ``QuoteKind.INDIRECT`` for reported speech
        without marks.
    :returns: the quotes in input order; ``()`` when there are none.
    :raises InputTypeError: when ``text`` is not a ``str``.

    >>> [(q.text, q.speaker.name) for q in attribute_quotes('"We are ready," Nuri said.')]
    [('We are ready,', 'Nuri')]
    >>> text = "Braga said that the coalition would stay."
    >>> attribute_quotes(text)
    ()
    >>> [(q.kind.value, q.text) for q in attribute_quotes(text, kinds=frozenset(QuoteKind))]
    [('indirect', 'the coalition would stay')]

    .. versionadded:: 0.1.0
    """
    check_text(text)
    return attribute_in(text, split_paragraphs(text), kinds=kinds)
