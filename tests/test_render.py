"""The HTML picture of a parse: its structure, and how a real browser draws it."""

from __future__ import annotations

import html.parser
import shutil
import struct
import subprocess
import zlib
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.render import _VISIBLE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

NEWS_PAGE = (
    "Last Update 20:39\nStorm hits coast\n\nBy Jane Roe, Reuters\n\nMarch 3, 2024\n"
    'Views: 120\n\n"Stay inside tonight, and keep away from the bridges," Mayor Ann Diaz '
    'said on Sunday.\n\n"Bring a coat," Ms Lee said. "The wind is <cold> & wet."\n\n'
    "Share on Facebook\n\n© 2024 Example News"
)

#: Texts written for these tests: a news page, markup and entities that must stay text,
#: unprintable characters, a quote across paragraphs, nothing at all.
TEXTS = [
    pytest.param(NEWS_PAGE, id="news-page"),
    pytest.param("", id="empty"),
    pytest.param("\n\n  \n", id="blank-only"),
    pytest.param(
        'Breaking <script>alert("x")</script>\n\n"<img src=x onerror=alert(1)>," he said.'
        '\n\n<link rel="stylesheet" href="http://example.com/a.css"> &amp; &lt;',
        id="markup-in-text",
    ),
    pytest.param(
        'Title\n\n"A\u0000b\u0007c\u007f\u0085d\ud800e," Jo Park said.\r\n\r\nEnd\u2028line',
        id="unprintable",
    ),
    pytest.param(
        '"First part of the speech\n\n"Second part," the minister said.', id="quote-across"
    ),
]

VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})


class _Page(html.parser.HTMLParser):
    """Walk the page, check it is well formed, and record what the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.styles: list[str] = []
        # The document's characters, each with the classes and titles of its ancestors.
        self.chars: list[tuple[str, frozenset[str], tuple[str, ...], str]] = []
        self.labels: list[tuple[str, str]] = []  # (quote id, label text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def _classes(self) -> frozenset[str]:
        return frozenset(c for _, a in self.stack for c in a.get("class", "").split())

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "style":
            self.styles.append(data)
            return
        classes = self._classes()
        if "np-doc" not in classes:
            return
        if "np-who" in classes:
            quote = next(a.get("id", "") for t, a in reversed(self.stack) if t == "mark")
            self.labels.append((quote, data))
            return
        titles = tuple(a["title"] for _, a in self.stack if "title" in a)
        quote = next((a.get("id", "") for t, a in self.stack if t == "mark"), "")
        self.chars.extend((ch, classes, titles, quote) for ch in data)


def _page(article: newsparse.Article) -> _Page:
    page = _Page()
    page.feed(newsparse.to_html(article))
    page.close()
    assert page.errors == []
    assert page.stack == []
    return page


def _covered(text: str, spans: Iterator[tuple[int, int]]) -> list[bool]:
    flags = [False] * len(text)
    for start, end in spans:
        flags[start:end] = [True] * (end - start)
    return flags


@pytest.mark.parametrize("text", TEXTS)
def test_page_shows_the_whole_text_in_order_and_escaped(text: str) -> None:
    page = _page(newsparse.parse(text))
    assert "".join(c for c, *_ in page.chars) == text.translate(_VISIBLE)


@pytest.mark.parametrize("text", TEXTS)
def test_page_is_self_contained(text: str) -> None:
    source = newsparse.to_html(newsparse.parse(text))
    page = _page(newsparse.parse(text))
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    for tag, attributes in page.tags:
        assert "src" not in attributes, tag
        assert not any(k.startswith("on") for k in attributes), tag
        assert attributes.get("href", "#").startswith("#"), attributes
    css = "".join(page.styles)
    assert "url(" not in css
    assert "@import" not in css
    assert "Content-Security-Policy" in source
    assert source.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("text", TEXTS)
def test_regions_are_coloured_by_kind(text: str) -> None:
    article = newsparse.parse(text)
    page = _page(article)
    shown = [next(c for c in classes if c.startswith("r-")) for _, classes, _, _ in page.chars]
    expected = [f"r-{r.kind.value}" for r in article.regions for _ in r.text]
    assert shown == expected
    css = "".join(page.styles)
    for kind in newsparse.RegionKind:
        assert f".r-{kind.value} {{ background:" in css


@pytest.mark.parametrize("text", TEXTS)
def test_each_quote_is_highlighted_and_labelled_once(text: str) -> None:
    article = newsparse.parse(text)
    page = _page(article)
    in_mark = [bool(quote) for *_, quote in page.chars]
    quote_spans = ((q.start, q.end) for q in article.quotes)
    assert in_mark == _covered(text, quote_spans)
    expected = [
        (f"q{n}", q.speaker.name if q.speaker else "unattributed")
        for n, q in enumerate(article.quotes, 1)
    ]
    assert page.labels == expected


def test_speakers_and_cues_are_marked() -> None:
    article = newsparse.parse(NEWS_PAGE)
    page = _page(article)
    speakers = [q.speaker for q in article.quotes if q.speaker is not None]
    assert speakers, "the test page has attributed quotes"
    spk = [("np-spk" in classes) for _, classes, _, _ in page.chars]
    assert spk == _covered(NEWS_PAGE, ((s.start, s.end) for s in speakers))
    cue = [("np-cue" in classes) for _, classes, _, _ in page.chars]
    cues = ((q.cue_start, q.cue_end) for q in article.quotes if q.cue_start is not None)
    assert cue == _covered(NEWS_PAGE, ((s, e) for s, e in cues if e is not None))


def test_every_item_shows_its_rule_on_hover() -> None:
    article = newsparse.parse(NEWS_PAGE)
    page = _page(article)
    titles_at = [titles for _, _, titles, _ in page.chars]
    items: list[tuple[int, int, str]] = [
        *((p.start, p.end, f"rule: {p.rule}") for p in article.paragraphs),
        *((c.start, c.end, f"chrome: {c.kind.value} · rule: {c.rule}") for c in article.chrome),
        *(
            (e.start, e.end, f"metadata: {e.field} · rule: {e.rule}")
            for e in article.metadata.evidence
        ),
        *((q.start, q.end, f"rule: {q.rule}") for q in article.quotes),
        *(
            (q.speaker.start, q.speaker.end, f"rule: {q.speaker.rule}")
            for q in article.quotes
            if q.speaker is not None
        ),
    ]
    assert article.chrome
    assert article.metadata.evidence
    for start, end, needle in items:
        for offset in range(start, end):
            assert any(needle in title for title in titles_at[offset]), (needle, offset)


def test_metadata_table_lists_found_fields_with_evidence() -> None:
    article = newsparse.parse(NEWS_PAGE)
    page = _page(article)
    cells = [a.get("title", "") for tag, a in page.tags if tag == "td"]
    for evidence in article.metadata.evidence:
        assert any(f"rule: {evidence.rule}" in title for title in cells), evidence
    assert "<caption>Metadata</caption>" in newsparse.to_html(article)


def test_page_title_is_escaped() -> None:
    article = newsparse.parse("Text.")
    title = '<b>"Bold" & brave</b>'
    article = attrs.evolve(article, metadata=attrs.evolve(article.metadata, title=title))
    source = newsparse.to_html(article)
    assert "<title>&lt;b&gt;&quot;Bold&quot; &amp; brave&lt;/b&gt; · newsparse</title>" in source
    assert "<b>" not in source


def test_to_html_rejects_what_is_not_an_article() -> None:
    with pytest.raises(newsparse.InputTypeError, match=r"newsparse\.parse"):
        newsparse.to_html(NEWS_PAGE)  # type: ignore[arg-type]


@given(st.text(st.characters(exclude_categories=()), max_size=200))
def test_any_parse_renders_well_formed(text: str) -> None:
    page = _page(newsparse.parse(text))
    assert "".join(c for c, *_ in page.chars) == text.translate(_VISIBLE)


# --- a real browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
QUOTE_RGB = (0xFF, 0xD5, 0x4F)  # mark.np-q in render._CSS
LABEL_RGB = (0x6A, 0x1B, 0x9A)  # .np-who


def _png_rows(data: bytes) -> tuple[int, int, Iterator[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG with the stdlib: (width, height, rows of RGB bytes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0), "only 8-bit, non-interlaced PNG"
    channels = {2: 3, 6: 4}[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels

    def rows() -> Iterator[bytes]:
        previous = bytearray(stride)
        for y in range(height):
            kind = raw[y * (stride + 1)]
            line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
            for i in range(stride) if kind else ():
                left = line[i - channels] if i >= channels else 0
                up = previous[i]
                if kind == 1:
                    line[i] = (line[i] + left) & 0xFF
                elif kind == 2:
                    line[i] = (line[i] + up) & 0xFF
                elif kind == 3:
                    line[i] = (line[i] + (left + up) // 2) & 0xFF
                else:
                    corner = previous[i - channels] if i >= channels else 0
                    guess = left + up - corner
                    pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                    best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                    line[i] = (line[i] + best) & 0xFF
            previous = line
            if channels == 4:
                yield bytes(b for i, b in enumerate(line) if i % 4 != 3)
            else:
                yield bytes(line)

    return width, height, rows()


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 10) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")
def test_browser_draws_the_marks(tmp_path: Path) -> None:
    article = newsparse.parse(NEWS_PAGE)
    assert article.quotes
    page = tmp_path / "page.html"
    page.write_text(newsparse.to_html(article), encoding="utf-8")
    shot = tmp_path / "shot.png"
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={shot}",
        "--window-size=1200,2000",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, timeout=180, check=False)  # noqa: S603
    assert shot.exists(), done.stderr.decode(errors="replace")[-2000:]
    width, height, rows = _png_rows(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    colours: set[bytes] = set()
    quote_pixels = label_pixels = 0
    for row in rows:  # decoded lazily: stop once the marks are seen
        for x in range(0, width * 3, 3):
            pixel = row[x : x + 3]
            colours.add(pixel)
            quote_pixels += _near(tuple(pixel), QUOTE_RGB)
            label_pixels += _near(tuple(pixel), LABEL_RGB)
        if quote_pixels > 2000 and label_pixels > 200 and len(colours) > 50:
            break
    assert len(colours) > 50, "the screenshot is blank"
    assert quote_pixels > 2000, "no quote highlight drawn"
    assert label_pixels > 200, "no speaker label drawn"
