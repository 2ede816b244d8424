"""Human-readable views of an :class:`~newsparse.Article` for the command line.

Two views: :func:`summary` (the fields, the quotes with their speakers, the chrome with its
kinds) and :func:`annotate` (every line of the input beside the kind of region it fell in,
which shows the no-loss partition at a glance). Both return a ``str``; the CLI prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._types import Article, Quote, RegionKind, Speaker

if TYPE_CHECKING:
    from newsparse._types import DateValue

__all__ = ["annotate", "summary"]

#: What the summary prints for a field the article does not give.
_NONE = "-"

#: Widest quote or chrome text the summary prints before cutting it with an ellipsis.
_WIDTH = 96


def _clip(text: str, width: int = _WIDTH) -> str:
    """One line, at most ``width`` characters: runs of whitespace become one space."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _date(value: DateValue | None) -> str:
    return _NONE if value is None else f"{value.iso} ({value.precision.value})"


def _speaker(speaker: Speaker | None) -> str:
    if speaker is None:
        return "(no speaker found)"
    details = [x for x in (speaker.title, speaker.role) if x]
    text = speaker.name + (f" ({'; '.join(details)})" if details else "")
    if speaker.mention != speaker.name:
        text += f' [as "{speaker.mention}"]'
    return text


def _quote(number: int, quote: Quote) -> list[str]:
    cue = f" - {quote.cue}" if quote.cue else ""
    return [
        f"  {number:>2}. {_speaker(quote.speaker)}{cue}",
        f"      “{_clip(quote.text, _WIDTH - 6)}”",
    ]


def summary(article: Article, label: str | None = None) -> str:
    """The article's fields, quotes and chrome, one item a line, for people to read.

    >>> import newsparse
    >>> print(summary(newsparse.parse("Storm\\n\\nRain fell.\\n\\nViews: 3")))
    title       Storm
    site        -
    source      -
    authors     -
    dateline    -
    published   -
    updated     -
    views       3
    paragraphs  1 (10 characters)
    quotes      0
    chrome      1
      counter      Views: 3
    """
    meta = article.metadata
    out = [f"== {label} =="] if label else []
    fields = (
        ("title", meta.title),
        ("site", meta.site),
        ("source", meta.source),
        ("authors", ", ".join(meta.authors)),
        ("dateline", meta.dateline),
        ("published", _date(meta.published_value)),
        ("updated", _date(meta.updated_value)),
        ("views", None if meta.views is None else f"{meta.views:,}"),
    )
    out.extend(f"{name:<11} {_clip(value) if value else _NONE}" for name, value in fields)
    characters = sum(len(p.text) for p in article.paragraphs)
    out.append(f"{'paragraphs':<11} {len(article.paragraphs)} ({characters:,} characters)")
    out.append(f"{'quotes':<11} {len(article.quotes)}")
    for number, quote in enumerate(article.quotes, 1):
        out.extend(_quote(number, quote))
    out.append(f"{'chrome':<11} {len(article.chrome)}")
    out.extend(f"  {c.kind.value:<12} {_clip(c.text, _WIDTH - 15)}" for c in article.chrome)
    return "\n".join(out)


def annotate(article: Article, width: int = _WIDTH) -> str:
    """Every line of the input, beside the kind of region (or kinds) it belongs to.

    Blank lines print with an empty margin; a line shared by two kinds of region (a credit
    glued to a counter, say) shows both, as ``metadata+chrome``. Linear in the text: lines
    and regions are walked together once.

    >>> import newsparse
    >>> print(annotate(newsparse.parse("Storm\\n\\nRain fell.\\nViews: 3")))
    metadata        | Storm
                    |
    body            | Rain fell.
    chrome          | Views: 3
    """
    text = article.text
    regions = [r for r in article.regions if r.kind is not RegionKind.BLANK]
    out: list[str] = []
    index = 0
    position = 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line)
        position = end
        while index < len(regions) and regions[index].end <= start:
            index += 1
        kinds: list[str] = []
        probe = index
        while probe < len(regions) and regions[probe].start < end:
            kind = regions[probe].kind.value
            if kind not in kinds:
                kinds.append(kind)
            probe += 1
        shown = _clip(line, width) if line.strip() else ""
        out.append(f"{'+'.join(kinds):<15} | {shown}".rstrip())
    return "\n".join(out)
