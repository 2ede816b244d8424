"""The validator-free builders make the very objects the public constructors make."""

from __future__ import annotations

import pickle

import attrs
import pytest

from newsparse._fast import (
    new_chrome_line,
    new_paragraph,
    new_quote,
    new_region,
    new_span,
    new_speaker,
    setters,
)
from newsparse._types import (
    ChromeKind,
    ChromeLine,
    Paragraph,
    Quote,
    QuoteKind,
    Region,
    RegionKind,
    Span,
    Speaker,
    SpeakerKind,
)

CASES = [
    pytest.param(new_span(2, 5), Span(2, 5), id="span"),
    pytest.param(
        new_region(0, 3, "abc", RegionKind.CHROME),
        Region(start=0, end=3, text="abc", kind=RegionKind.CHROME),
        id="region",
    ),
    pytest.param(
        new_paragraph(4, 9, "Words", "wrapped-lines"),
        Paragraph(start=4, end=9, text="Words", rule="wrapped-lines"),
        id="paragraph",
    ),
    pytest.param(
        new_chrome_line(1, 6, "Share", ChromeKind.SHARE, "share-word"),
        ChromeLine(start=1, end=6, text="Share", kind=ChromeKind.SHARE, rule="share-word"),
        id="chrome-line",
    ),
    pytest.param(
        new_speaker(name="Ana Braga", mention="Braga", start=3, end=8),
        Speaker(name="Ana Braga", mention="Braga", start=3, end=8),
        id="speaker-defaults",
    ),
    pytest.param(
        new_speaker(
            name="Jim Clyburn",
            mention="Sen. Jim Clyburn",
            start=0,
            end=16,
            title="Sen.",
            role="senator",
            kind=SpeakerKind.PERSON,
            rule="name-cue-after",
        ),
        Speaker(
            name="Jim Clyburn",
            mention="Sen. Jim Clyburn",
            start=0,
            end=16,
            title="Sen.",
            role="senator",
            kind=SpeakerKind.PERSON,
            rule="name-cue-after",
        ),
        id="speaker",
    ),
    pytest.param(
        new_quote(
            start=1,
            end=7,
            text="We won",
            speaker=None,
            cue="said",
            cue_start=10,
            cue_end=14,
            kind=QuoteKind.PARTIAL,
            rule="cue-after",
        ),
        Quote(
            start=1,
            end=7,
            text="We won",
            cue="said",
            cue_start=10,
            cue_end=14,
            kind=QuoteKind.PARTIAL,
            rule="cue-after",
        ),
        id="quote",
    ),
]


@pytest.mark.parametrize(("built", "constructed"), CASES)
def test_builder_gives_the_constructed_object(built: object, constructed: object) -> None:
    assert type(built) is type(constructed)
    # Every field is set (a field added to the class but not to its builder fails here).
    assert attrs.asdict(built) == attrs.asdict(constructed)  # type: ignore[arg-type]
    assert built == constructed
    assert hash(built) == hash(constructed)
    assert repr(built) == repr(constructed)
    assert pickle.loads(pickle.dumps(built)) == constructed  # noqa: S301 (our own bytes)


@pytest.mark.parametrize("cls", [Span, Region, Paragraph, ChromeLine, Speaker, Quote])
def test_one_setter_per_field(cls: type) -> None:
    assert len(setters(cls)) == len(attrs.fields(cls))


def test_built_objects_stay_frozen() -> None:
    region = new_region(0, 1, "a", RegionKind.BODY)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        region.start = 5  # type: ignore[misc]
