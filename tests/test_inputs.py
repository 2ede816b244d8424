"""Input forms: odd line ends, invisible and control characters, other scripts.

Each form is the same small article written another way. For every form ``parse`` must
not raise, every item it returns must slice the input *as given* (never a normalized copy),
and the regions must partition the input. Where the form only changes invisible bytes, the
story must come out the same as from the plain article.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._spans import INVISIBLE

PLAIN = (
    "Rain expected across the region\n"
    "\n"
    "Reuters , Tuesday 6 Feb 2018\n"
    "\n"
    "The storm will reach the coast by evening, officials said on Tuesday.\n"
    "\n"
    "\u201cBring a coat and stay indoors,\u201d Ms Lee said.\n"
    "\n"
    "Schools in three towns will close early.\n"
    "\n"
    "Views: 12\n"
)

# One paragraph in each script, for the right-to-left and mixed-script forms.
ARABIC = (
    "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0646\u062d\u0646 "
    "\u0645\u0633\u062a\u0639\u062f\u0648\u0646\u00bb \u064a\u0648\u0645 \u0627\u0644\u062b"
    "\u0644\u0627\u062b\u0627\u0621."
)
CHINESE = "\u90e8\u957f\u8bf4\uff1a\u300c\u6211\u4eec\u51c6\u5907\u597d\u4e86\u3002\u300d"
GREEK = "\u039f \u03c5\u03c0\u03bf\u03c5\u03c1\u03b3\u03cc\u03c2 \u03b5\u03af\u03c0\u03b5."
CYRILLIC = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0441\u043a\u0430\u0437\u0430\u043b."


def _between_words(text: str, spaces: str) -> str:
    """Replace every plain space with the next of ``spaces``, in turn."""
    out = []
    index = 0
    for char in text:
        if char == " ":
            out.append(spaces[index % len(spaces)])
            index += 1
        else:
            out.append(char)
    return "".join(out)


def _inside_words(text: str, marks: str) -> str:
    """Put one of ``marks`` after every third letter."""
    out = []
    count = 0
    for char in text:
        out.append(char)
        if char.isalpha():
            count += 1
            if count % 3 == 0:
                out.append(marks[count // 3 % len(marks)])
    return "".join(out)


#: name -> the article written that way. ``same_story`` forms only change invisible things.
FORMS: dict[str, tuple[str, bool]] = {
    "plain": (PLAIN, True),
    "crlf": (PLAIN.replace("\n", "\r\n"), True),
    "cr": (PLAIN.replace("\n", "\r"), True),
    "u2028-line-separator": (PLAIN.replace("\n", "\u2028"), True),
    "u2029-paragraph-separator": (PLAIN.replace("\n\n", "\u2029"), False),
    "nel-and-form-feeds": (PLAIN.replace("\n\n", "\x85\x0c"), False),
    "mixed-line-ends": (PLAIN.replace("\n\n", "\r\n\r\n", 2).replace("\n", "\r"), False),
    "bom-at-start": ("\ufeff" + PLAIN, True),
    "bom-inside": (
        PLAIN.replace("storm", "st\ufefform").replace("\nSchools", "\n\ufeffSchools"),
        False,
    ),
    "nbsp": (_between_words(PLAIN, "\u00a0"), False),
    "other-spaces": (_between_words(PLAIN, "\u2009\u202f\u3000\u2002\u205f\u1680"), False),
    "zero-width": (_inside_words(PLAIN, "\u200b\u200c\u200d\u2060\u00ad"), False),
    "tabs": (PLAIN.replace("\n\n", "\n\t\n\t").replace(" the ", "\tthe\t"), False),
    "trailing-spaces": (PLAIN.replace("\n", " \t\u00a0\n"), True),
    "control-characters": (
        PLAIN.replace("storm", "st\x00or\x07m\x1b").replace("Views", "\x7fViews"),
        False,
    ),
    "separator-controls": (PLAIN.replace("\n\n", "\n\x1c\x1d\x1e\x1f\n"), False),
    "lone-surrogates": (PLAIN.replace("storm", "st\ud800orm").replace("coat", "co\udfffat"), False),
    "nfd": (unicodedata.normalize("NFD", PLAIN.replace("Lee", "L\u00e9e N\u00fa\u00f1ez")), False),
    "combining-stack": (PLAIN.replace("region", "re\u0301\u0302\u0303\u0304gion"), False),
    "arabic-rtl": (PLAIN.replace("Schools in three towns will close early.", ARABIC), False),
    "bidi-controls": (PLAIN.replace("Ms Lee", "\u202bMs Lee\u202c\u200f"), False),
    "mixed-scripts": (
        PLAIN.replace(
            "Schools in three towns will close early.", f"{CHINESE} {GREEK}\n\n{CYRILLIC}"
        ),
        False,
    ),
    "astral-emoji": (
        PLAIN.replace("coat", "coat \U0001f327\ufe0f").replace("Rain", "\U0001d411ain"),
        False,
    ),
    "no-final-newline": (PLAIN.rstrip("\n"), True),
    "only-invisible": ("\ufeff \u200b\r\n\t\u2028\u00a0", False),
}


def _items(article: newsparse.Article) -> list[tuple[str, Any]]:
    """Every item with a span that the article offers."""
    items: list[tuple[str, Any]] = []
    items += [("paragraph", p) for p in article.paragraphs]
    items += [("quote", q) for q in article.quotes]
    items += [("speaker", q.speaker) for q in article.quotes if q.speaker is not None]
    items += [("chrome", c) for c in article.chrome]
    items += [("region", r) for r in article.regions]
    items += [("evidence", e) for e in article.metadata.evidence]
    return items


def _assert_sound(text: str, article: newsparse.Article) -> None:
    assert article.text is text or article.text == text
    for kind, item in _items(article):
        assert 0 <= item.start <= item.end <= len(text), f"{kind} {item!r} outside the input"
        assert item.text == text[item.start : item.end], f"{kind} text is not the input slice"
    assert article.check_partition()
    position = 0
    for region in article.regions:
        assert region.start == position
        position = region.end
        if region.kind is newsparse.RegionKind.BLANK:
            assert not region.text.strip(INVISIBLE), "a blank region hides visible text"
    assert position == len(text)


@pytest.mark.parametrize("form", FORMS)
def test_parse_is_sound(form: str) -> None:
    text, _ = FORMS[form]
    article = newsparse.parse(text)
    _assert_sound(text, article)
    assert newsparse.parse(text) == article, "same input, same result"


@pytest.mark.parametrize("form", FORMS)
def test_other_functions_slice_the_input(form: str) -> None:
    text, _ = FORMS[form]
    for paragraph in newsparse.split_paragraphs(text):
        assert paragraph.text == text[paragraph.start : paragraph.end]
    for quote in newsparse.attribute_quotes(text):
        assert quote.text == text[quote.start : quote.end]
    stripped = newsparse.strip_chrome(text)
    assert "".join(text[s.start : s.end] for s in stripped.kept) == stripped.text
    for chrome in stripped.chrome:
        assert chrome.text == text[chrome.start : chrome.end]
    for evidence in newsparse.parse_metadata(text).evidence:
        assert evidence.text == text[evidence.start : evidence.end]


def _visible(text: str) -> str:
    return "".join(ch for ch in text if ch not in INVISIBLE)


@pytest.mark.parametrize("form", [name for name, (_, same) in FORMS.items() if same])
def test_invisible_changes_keep_the_story(form: str) -> None:
    """Line ends, a leading BOM, trailing blanks: the same paragraphs, quotes and title."""
    text, _ = FORMS[form]
    plain, got = newsparse.parse(PLAIN), newsparse.parse(text)
    assert [_visible(p.text) for p in got.paragraphs] == [
        _visible(p.text) for p in plain.paragraphs
    ]
    assert [q.text for q in got.quotes] == [q.text for q in plain.quotes]
    assert [q.speaker and q.speaker.mention for q in got.quotes] == [
        q.speaker and q.speaker.mention for q in plain.quotes
    ]
    assert got.metadata.title == plain.metadata.title
    assert [r.kind for r in got.regions if r.kind is not newsparse.RegionKind.BLANK] == [
        r.kind for r in plain.regions if r.kind is not newsparse.RegionKind.BLANK
    ]


@pytest.mark.parametrize("form", FORMS)
def test_no_visible_character_is_lost(form: str) -> None:
    """Every visible character is in a body, metadata or chrome region, once."""
    text, _ = FORMS[form]
    article = newsparse.parse(text)
    kept = "".join(r.text for r in article.regions if r.kind is not newsparse.RegionKind.BLANK)
    assert _visible(kept) == _visible(text)


def test_bom_is_not_part_of_the_title() -> None:
    text, _ = FORMS["bom-at-start"]
    title = newsparse.parse(text).metadata.title
    assert title is not None
    assert not title.startswith("\ufeff")


@pytest.mark.parametrize("form", ["crlf", "cr", "u2028-line-separator", "trailing-spaces"])
def test_no_item_ends_in_a_line_end(form: str) -> None:
    text, _ = FORMS[form]
    article = newsparse.parse(text)
    for paragraph in article.paragraphs:
        assert paragraph.text == paragraph.text.strip(INVISIBLE)


def test_decomposed_name_stays_whole() -> None:
    """A speaker written with combining accents (NFD) is not cut before the accent."""
    text, _ = FORMS["nfd"]
    speakers = [q.speaker.mention for q in newsparse.parse(text).quotes if q.speaker]
    assert unicodedata.normalize("NFD", "Ms L\u00e9e N\u00fa\u00f1ez") in speakers


@pytest.mark.parametrize("form", ["arabic-rtl", "mixed-scripts"])
def test_other_scripts_stay_in_the_body(form: str) -> None:
    text, _ = FORMS[form]
    body = "\n".join(p.text for p in newsparse.parse(text).paragraphs)
    for sample in (ARABIC, CHINESE, GREEK, CYRILLIC):
        if sample in text:
            assert sample in body


def _hostile_module() -> Any:
    """``benchmarks/_hostile.py``, the benchmark's generators (absent from a wheel)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "_hostile.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("_newsparse_hostile", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_HOSTILE = _hostile_module()


@pytest.mark.skipif(_HOSTILE is None, reason="benchmarks/_hostile.py is not here")
@pytest.mark.parametrize("case", sorted(_HOSTILE.CASES) if _HOSTILE is not None else [])
def test_hostile_shapes_are_sound(case: str) -> None:
    """The benchmark's hostile inputs, small: parse is sound on each (their speed is benched)."""
    text = _HOSTILE.generate(case, 3_000)
    _assert_sound(text, newsparse.parse(text))
