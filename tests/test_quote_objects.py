"""The quote stage's positional builders make the same objects as the constructors."""

from __future__ import annotations

from newsparse._quote_objects import new_quote, new_speaker
from newsparse._types import Quote, QuoteKind, Speaker, SpeakerKind


def test_new_speaker_equals_constructor() -> None:
    built = new_speaker("Ann Diaz", "she", 3, 6, "Sen.", "senator", SpeakerKind.PERSON, "r")
    made = Speaker(
        name="Ann Diaz",
        mention="she",
        start=3,
        end=6,
        title="Sen.",
        role="senator",
        kind=SpeakerKind.PERSON,
        rule="r",
    )
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)


def test_new_quote_equals_constructor() -> None:
    speaker = Speaker(name="Nuri", mention="Nuri", start=10, end=14)
    built = new_quote(1, 8, "We are", speaker, "said", 15, 19, QuoteKind.PARTIAL, "x")
    made = Quote(
        start=1,
        end=8,
        text="We are",
        speaker=speaker,
        cue="said",
        cue_start=15,
        cue_end=19,
        kind=QuoteKind.PARTIAL,
        rule="x",
    )
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)
