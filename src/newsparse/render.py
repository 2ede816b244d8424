"""A picture of the parse: one self-contained HTML page showing what newsparse found.

:func:`to_html` lays the whole input out in order, each region coloured by its kind (body,
metadata, chrome, blank), each quote highlighted and labelled with its speaker, speakers'
mentions and reporting verbs marked, and every item's rule in its ``title`` (shown on
hover). A metadata table and a legend sit on top, a table of the quotes below. The page is
plain HTML with inline CSS: no scripts, no fonts, images or style sheets from elsewhere (its
Content-Security-Policy forbids them), so it opens the same offline, in a mail or in a
notebook's ``IPython.display.HTML``.

The marked-up text is built in one pass over the sorted item boundaries; overlapping items
(a quote across two paragraphs, a metadata field inside a chrome line) are closed and
reopened at the boundary so the HTML stays well formed. Work is linear in the text plus the
items times the (small, fixed) nesting depth.
"""

from __future__ import annotations

import html
import itertools
import types
from typing import TYPE_CHECKING, Final

import attrs

from newsparse._types import Article, DateValue, Metadata, Quote, check_article

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["to_html"]


def __dir__() -> list[str]:
    return __all__


# Characters a page cannot show as they are: C0 controls other than tab, newline and carriage
# return become their visible Control Pictures (U+2400 block), DEL its picture, C1 controls
# and lone surrogates U+FFFD. One character for one, so offsets stay aligned with the input.
_VISIBLE: Final = types.MappingProxyType(
    {
        **{c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)},
        0x7F: 0x2421,
        **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
        **dict.fromkeys(range(0xD800, 0xE000), 0xFFFD),
    }
)

# The page's colours. Every rule is scoped to .np-page, so the page can also be embedded in
# another (a notebook's output cell) without restyling it. The quote highlight is also what
# the browser test looks for.
_CSS: Final = """
.np-page { color-scheme: light; max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem;
  background: #f4f5f7; color: #1c1e21;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.np-page h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
.np-page .np-brand { font-size: .8rem; color: #5f6368; letter-spacing: .04em;
  text-transform: uppercase; }
.np-page table { border-collapse: collapse; width: 100%; background: #fff; margin: 0 0 1rem; }
.np-page th, .np-page td { text-align: left; vertical-align: top; padding: .3rem .6rem;
  border-bottom: 1px solid #e3e5e8; overflow-wrap: anywhere; }
.np-page th { width: 9rem; color: #5f6368; font-weight: 600; }
.np-page td.np-none { color: #9aa0a6; }
.np-page caption { text-align: left; font-weight: 600; padding: .3rem 0; }
.np-page .np-legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none;
  padding: .5rem .75rem; margin: 0 0 1rem; background: #fff; border: 1px solid #e3e5e8; }
.np-page .np-legend li { display: flex; align-items: center; gap: .35rem; font-size: .85rem; }
.np-page .np-swatch { display: inline-block; width: 1.6rem; height: 1rem;
  border: 1px solid #c4c7cc; }
.np-page .np-stats { color: #5f6368; font-size: .85rem; margin: 0 0 1rem; }
.np-page .np-doc { display: block; background: #fff; border: 1px solid #e3e5e8;
  padding: 1.25rem 1.5rem; font: 16px/2.1 Georgia, "Times New Roman", serif;
  white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1.5rem; }
.np-page .r-body { background: #eef7e8; }
.np-page .r-metadata { background: #dcecfb; color: #0b3d78; }
.np-page .r-chrome { background: #e6e8eb; color: #6b7178; font-style: italic; }
.np-page .r-blank { background: #fafafa; }
.np-page .np-ev { border-bottom: 2px solid #5b9bd5; }
.np-page .np-p:hover, .np-page .np-c:hover, .np-page .np-ev:hover {
  outline: 1px dotted #8a9099; }
.np-page mark.np-q { background: #ffd54f; color: inherit; padding: .1em 0;
  border-radius: 2px; }
.np-page .np-who { display: inline-block; font: 600 11px/1.3 system-ui, sans-serif;
  color: #fff; background: #6a1b9a; border-radius: 3px; padding: 0 .35em;
  margin-right: .3em; vertical-align: .25em; white-space: nowrap; user-select: none; }
.np-page .np-anon .np-who { background: #8a9099; }
.np-page .np-spk { font-weight: 700; border-bottom: 3px solid #6a1b9a; }
.np-page .np-cue { font-style: italic; color: #006874; border-bottom: 2px dotted #006874; }
.np-page .np-quotes th, .np-page .np-quotes td { width: auto; overflow-wrap: normal; }
.np-page .np-quotes .np-text { width: 55%; overflow-wrap: anywhere; }
.np-page .np-quotes .np-rule { white-space: nowrap; }
"""

_LEGEND: Final = (
    ("r-body", "body"),
    ("r-metadata", "metadata"),
    ("r-chrome", "chrome"),
    ("r-blank", "blank"),
    ("np-q-swatch", "quote"),
    ("np-spk-swatch", "speaker"),
    ("np-cue-swatch", "reporting verb"),
)
_SWATCH_CSS: Final = """
.np-page .np-q-swatch { background: #ffd54f; }
.np-page .np-spk-swatch { background: #fff; border-bottom: 3px solid #6a1b9a; }
.np-page .np-cue-swatch { background: #fff; border-bottom: 2px dotted #006874; }
"""

# Nesting levels, outermost first: a region holds paragraphs, chrome lines and metadata
# fields, which hold quotes, which hold speaker mentions and reporting verbs.
_REGION, _ITEM, _QUOTE, _WORD = range(4)


@attrs.frozen
class _Mark:
    """One element to wrap around ``text[start:end]``; ``label`` is shown once, at its start."""

    start: int
    end: int
    level: int
    tag: str
    attributes: str
    label: str = ""


def _esc(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute, showing unprintable characters."""
    return html.escape(str(value).translate(_VISIBLE), quote=True)


def to_html(article: Article) -> str:
    """Render a parsed article as one self-contained HTML page.

    The page shows the whole input in order: each region is a span coloured by its kind
    (body, metadata, chrome, blank); each quote a highlighted ``<mark>`` that starts with a
    small label naming its speaker; each speaker's mention and reporting verb are marked
    too; every paragraph, chrome line, metadata field, quote, mention and verb carries its
    rule in a ``title`` attribute, which browsers show on hover. A metadata table and a
    legend come first, a table of the quotes last. All text is HTML-escaped; there is no
    JavaScript and nothing is loaded from elsewhere.

    :param article: the result of :func:`newsparse.parse` (or of
        :meth:`~newsparse.Article.from_dict`).
    :returns: the page, a complete HTML5 document; write it as UTF-8.
    :raises InputTypeError: when ``article`` is not an :class:`~newsparse.Article`.

    >>> import newsparse
    >>> page = to_html(newsparse.parse('Storm hits\\n\\n"Stay inside," Mayor Ann Diaz said.'))
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page
    (True, False)
    >>> page.count('<mark class="np-q')
    1

    .. versionadded:: 0.1.0
    """
    check_article(article)
    meta = article.metadata
    heading = meta.title or "Untitled article"
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        (
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'\">\n"
        ),
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="newsparse">\n',
        f"<title>{_esc(heading)} · newsparse</title>\n",
        f"<style>{_CSS}{_SWATCH_CSS}</style>\n</head>\n",
        '<body style="margin: 0; background: #f4f5f7">\n<div class="np-page">\n',
        '<header>\n<div class="np-brand">newsparse · what the parser found</div>\n',
        f"<h1>{_esc(heading)}</h1>\n",
        _metadata_table(meta),
        _legend(),
        _stats(article),
        "</header>\n",
        '<main class="np-doc">',
        _marked_text(article),
        "</main>\n",
        _quotes_table(article.quotes),
        "</div>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _metadata_table(meta: Metadata) -> str:
    """One row per metadata field found, the evidence in each ``title``; then what is missing."""
    rows = ['<table class="np-meta">\n<caption>Metadata</caption>\n']
    missing: list[str] = []
    for field in attrs.fields(Metadata):
        if field.name == "evidence":
            continue
        name = field.name.removesuffix("_value")
        label = name.replace("_", " ")
        value = getattr(meta, field.name)
        if isinstance(value, DateValue):
            shown = f"{value.iso} ({value.precision.value})"
        elif isinstance(value, tuple):
            shown = ", ".join(str(v) for v in value)
        else:
            shown = "" if value is None else str(value)
        if not shown:
            missing.append(label)
            continue
        # Evidence is recorded under the field's name ("published_value") or its plain
        # form ("published"); take whichever is there.
        evidence = meta.evidence_for(field.name) or meta.evidence_for(name)
        tips = [f"rule: {e.rule} · “{e.text}” at {e.start}–{e.end}" for e in evidence]
        if isinstance(value, DateValue):
            tips.append(f"date rule: {value.rule} · “{value.text}” at {value.start}–{value.end}")
        title = f' title="{_esc(" · ".join(tips))}"' if tips else ""
        rows.append(f"<tr><th>{_esc(label)}</th><td{title}>{_esc(shown)}</td></tr>\n")
    if missing:
        rows.append(
            f'<tr><th>not found</th><td class="np-none">{_esc(", ".join(missing))}</td></tr>\n'
        )
    rows.append("</table>\n")
    return "".join(rows)


def _legend() -> str:
    items = "".join(
        f'<li><span class="np-swatch {css}"></span>{_esc(name)}</li>' for css, name in _LEGEND
    )
    return f'<ul class="np-legend" aria-label="legend">{items}</ul>\n'


def _stats(article: Article) -> str:
    counts = (
        f"{len(article.text):,} characters · {len(article.paragraphs)} paragraphs · "
        f"{len(article.quotes)} quotes · {len(article.chrome)} chrome"
    )
    return f'<p class="np-stats">{_esc(counts)}</p>\n'


def _quote_title(number: int, quote: Quote) -> str:
    speaker = quote.speaker
    who = "speaker: unattributed"
    if speaker is not None:
        extra = ", ".join(filter(None, (speaker.title, speaker.role)))
        who = f"speaker: {speaker.name}" + (f" ({extra})" if extra else "")
        who += f" · mention “{speaker.mention}” · speaker rule: {speaker.rule or '-'}"
    cue = f" · cue: {quote.cue}" if quote.cue else ""
    return f"quote {number} · {quote.kind.value} · rule: {quote.rule or '-'} · {who}{cue}"


def _marks(article: Article) -> list[_Mark]:
    """Every element to draw, from regions down to reporting verbs."""
    marks = [
        _Mark(
            r.start,
            r.end,
            _REGION,
            "span",
            f'class="r r-{r.kind.value}" title="{_esc(r.kind.value)}"',
        )
        for r in article.regions
    ]
    marks.extend(
        _Mark(p.start, p.end, _ITEM, "span", f'class="np-p" title="{_esc(_p_title(n, p.rule))}"')
        for n, p in enumerate(article.paragraphs, 1)
    )
    marks.extend(
        _Mark(
            c.start,
            c.end,
            _ITEM,
            "span",
            f'class="np-c" title="{_esc(f"chrome: {c.kind.value} · rule: {c.rule}")}"',
        )
        for c in article.chrome
    )
    marks.extend(
        _Mark(
            e.start,
            e.end,
            _ITEM,
            "span",
            f'class="np-ev" title="{_esc(f"metadata: {e.field} · rule: {e.rule}")}"',
        )
        for e in article.metadata.evidence
    )
    words: dict[tuple[int, int, str], list[str]] = {}
    for number, quote in enumerate(article.quotes, 1):
        speaker = quote.speaker
        css = "np-q" if speaker is not None else "np-q np-anon"
        label = speaker.name if speaker is not None else "unattributed"
        marks.append(
            _Mark(
                quote.start,
                quote.end,
                _QUOTE,
                "mark",
                f'class="{css}" id="q{number}" title="{_esc(_quote_title(number, quote))}"',
                label,
            )
        )
        if speaker is not None:
            key = (speaker.start, speaker.end, "np-spk")
            words.setdefault(key, []).append(
                f"speaker of quote {number}: {speaker.name} · rule: {speaker.rule or '-'}"
            )
        if quote.cue_start is not None and quote.cue_end is not None:
            key = (quote.cue_start, quote.cue_end, "np-cue")
            words.setdefault(key, []).append(f"reporting verb of quote {number}")
    marks.extend(
        _Mark(start, end, _WORD, "span", f'class="{css}" title="{_esc(" · ".join(tips))}"')
        for (start, end, css), tips in words.items()
    )
    return marks


def _p_title(number: int, rule: str) -> str:
    return f"paragraph {number} · rule: {rule}"


def _marked_text(article: Article) -> str:
    """The input with every mark applied, kept well formed by closing and reopening."""
    text = article.text.translate(_VISIBLE)
    size = len(text)
    marks = [
        attrs.evolve(m, start=max(0, m.start), end=min(size, m.end))
        for m in _marks(article)
        if max(0, m.start) < min(size, m.end)
    ]
    # Stack order: outer level first, then earlier start, then longer; the index breaks ties.
    ranked = sorted(
        range(len(marks)), key=lambda i: (marks[i].level, marks[i].start, -marks[i].end)
    )
    rank = {index: position for position, index in enumerate(ranked)}
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        starts.setdefault(mark.start, []).append(index)
        ends.setdefault(mark.end, []).append(index)
    bounds = sorted({0, size, *starts, *ends})
    out: list[str] = []
    active: set[int] = set()
    stack: list[int] = []
    labelled: set[int] = set()
    for here, there in itertools.pairwise(bounds):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        wanted = sorted(active, key=rank.__getitem__)
        keep = _common_prefix(stack, wanted)
        _close(out, marks, stack[keep:])
        del stack[keep:]
        for index in wanted[keep:]:
            mark = marks[index]
            out.append(f"<{mark.tag} {mark.attributes}>")
            if mark.label and index not in labelled:
                labelled.add(index)
                out.append(f'<span class="np-who">{_esc(mark.label)}</span>')
            stack.append(index)
        out.append(html.escape(text[here:there], quote=False))
    _close(out, marks, stack)
    return "".join(out)


def _order(mark: _Mark) -> tuple[int, int, int]:
    return (mark.level, mark.start, -mark.end)


def _common_prefix(left: Sequence[int], right: Sequence[int]) -> int:
    count = 0
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        count += 1
    return count


def _close(out: list[str], marks: Sequence[_Mark], indices: Iterable[int]) -> None:
    out.extend(f"</{marks[i].tag}>" for i in reversed(list(indices)))


def _quotes_table(quotes: Sequence[Quote]) -> str:
    if not quotes:
        return '<p class="np-stats">No quotes found.</p>\n'
    rows = [
        '<table class="np-quotes">\n<caption>Quotes</caption>\n',
        (
            '<tr><th>#</th><th>speaker</th><th class="np-text">quote</th><th>verb</th>'
            "<th>kind</th><th>rule</th></tr>\n"
        ),
    ]
    for number, quote in enumerate(quotes, 1):
        speaker = quote.speaker
        who = "—"
        if speaker is not None:
            who = ", ".join(filter(None, (speaker.name, speaker.title, speaker.role)))
        rows.append(
            f'<tr><td><a href="#q{number}">{number}</a></td><td>{_esc(who)}</td>'
            f'<td class="np-text">{_esc(quote.text)}</td><td>{_esc(quote.cue or "—")}</td>'
            f"<td>{_esc(quote.kind.value)}</td>"
            f'<td class="np-rule">{_esc(quote.rule or "—")}</td></tr>\n'
        )
    rows.append("</table>\n")
    return "".join(rows)
