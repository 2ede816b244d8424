"""The ``newsparse`` command: parse article files, a directory, or JSONL, and print the results.

This is the one module of newsparse that reads files. It reads each input as bytes, decodes
it (UTF-8 unless ``--encoding`` says otherwise), calls :func:`newsparse.parse` and prints
either a readable summary or, with ``--json``, one JSON object a line (JSONL), each
:meth:`newsparse.Article.to_dict` with a ``path`` field for file inputs, or the input
record's own fields for JSONL input. A bad input (missing, unreadable, undecodable, not a
JSON object with a ``text`` string) is reported on stderr in one line and counted; the run
goes on, and the exit status says whether any input failed:

- ``0``: every input parsed;
- ``1``: at least one input failed (each one was reported on stderr);
- ``2``: the command line itself was wrong (argparse's usage error).

``--jobs N`` parses in N worker processes and still writes the results in input order.
"""

from __future__ import annotations

import argparse
import codecs
import io
import itertools
import json
import multiprocessing
import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib.metadata import PackageNotFoundError
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

import newsparse
from newsparse._demo import DEMO_ARTICLE, DEMO_NAME
from newsparse._report import annotate, summary

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from newsparse._types import Article

__all__ = ["main"]


def __dir__() -> list[str]:
    return __all__


#: Field of a JSONL input record that holds the article text, unless --text-field says.
TEXT_FIELD = "text"

#: Exit statuses (see the module docstring).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: Items handed to a worker process at a time with ``--jobs``: large enough to keep the
#: pipe overhead small, small enough that the progress bar moves.
_CHUNK = 8


class Item(NamedTuple):
    """One article to parse: read from ``path`` in the worker, or given as ``data``.

    ``label`` names it in messages (a path, ``path:line`` for a JSONL record, ``-`` for
    stdin). ``record`` is true when ``data`` is one JSONL line rather than the article.
    """

    label: str
    path: str | None
    data: bytes | None
    record: bool


class Settings(NamedTuple):
    """What every worker needs to know to turn an :class:`Item` into output."""

    json: bool
    encoding: str
    regions: bool
    html: bool
    text_field: str = TEXT_FIELD


class Outcome(NamedTuple):
    """What became of one item: its printed output, or the one-line reason it failed."""

    label: str
    output: str | None
    error: str | None
    html: str | None = None


class InputError(Exception):
    """An input that cannot be parsed; the message is the one line the user sees."""


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        msg = (
            f"cannot decode byte {error.start} as {encoding} ({error.reason}); "
            "give the right --encoding (e.g. --encoding latin-1)"
        )
        raise InputError(msg) from None


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        msg = "no such file"
    except IsADirectoryError:
        msg = "is a directory"
    except PermissionError:
        msg = "permission denied"
    except OSError as error:
        msg = f"cannot read: {error.strerror or error}"
    raise InputError(msg)


def _record(line: bytes, encoding: str, field: str) -> tuple[str, dict[str, Any]]:
    """Split one JSONL line into the article text and the fields carried through."""
    try:
        data = json.loads(_decode(line, encoding))
    except json.JSONDecodeError as error:
        msg = f"not valid JSON ({error.msg} at column {error.colno})"
        raise InputError(msg) from None
    if not isinstance(data, dict):
        msg = f"a JSONL record must be a JSON object, not {type(data).__name__}"
        raise InputError(msg)
    text = data.get(field)
    if not isinstance(text, str):
        found = "no" if text is None else f"a {type(text).__name__} in the"
        msg = f'{found} "{field}" field; each record needs the article as a string there'
        raise InputError(msg)
    return text, {k: v for k, v in data.items() if k != field}


def process(item: Item, settings: Settings) -> Outcome:
    """Read, decode and parse one item, and format its output; never raises for bad input.

    Runs in the worker processes with ``--jobs``, so it is a module-level function of
    picklable arguments.
    """
    try:
        extra: dict[str, Any] = {}
        raw = item.data if item.data is not None else _read(item.path or item.label)
        if item.record:
            text, extra = _record(raw, settings.encoding, settings.text_field)
        else:
            text = _decode(raw, settings.encoding)
            if item.path is not None:
                extra = {"path": item.path}
    except InputError as error:
        return Outcome(item.label, None, str(error))
    try:
        article = newsparse.parse(text)
        html = _render(article) if settings.html else None
    except Exception as error:  # noqa: BLE001 (a bug must not stop a corpus run: report it)
        reason = (
            f"newsparse failed on this input ({type(error).__name__}: {error}); please report it"
        )
        return Outcome(item.label, None, reason)
    if settings.json:
        record = {**extra, **article.to_dict()}
        output = json.dumps(record, ensure_ascii=False)
        if not output.isascii() and not _encodable(output):
            output = json.dumps(record)  # lone surrogates: \u escapes keep the line valid JSON
    else:
        parts = [annotate(article)] if settings.regions else []
        parts.append(summary(article, item.label))
        output = "\n\n".join(parts)
    return Outcome(item.label, output, None, html)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _render(article: Article) -> str:
    render: Callable[[Article], str] | None = getattr(newsparse, "to_html", None)
    if render is None:  # pragma: no cover (checked before any work starts)
        msg = "this newsparse has no to_html"
        raise RuntimeError(msg)
    return render(article)


def _jsonl_items(label: str, lines: Iterable[bytes]) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield Item(f"{label}:{number}", None, line, record=True)


def _expand(paths: Sequence[str], *, jsonl: bool) -> Iterator[Item]:
    """Turn the command line's inputs into items, lazily, in order.

    A directory gives its ``*.txt`` files, recursively, in sorted order; a file ending in
    ``.jsonl`` (or any file with ``--jsonl``) gives one item a line; ``-`` is stdin.
    """
    for path in paths:
        if path == "-":
            stdin = sys.stdin.buffer
            if jsonl:
                yield from _jsonl_items("-", stdin)
            else:
                yield Item("-", None, stdin.read(), record=False)
        elif Path(path).is_dir():
            for found in sorted(p for p in Path(path).rglob("*.txt") if p.is_file()):
                yield Item(str(found), str(found), None, record=False)
        elif jsonl or path.endswith(".jsonl"):
            try:
                handle = Path(path).open("rb")  # noqa: SIM115 (closed below, after the yields)
            except OSError:
                yield Item(path, path, None, record=False)  # the worker reports why
                continue
            with handle:
                yield from _jsonl_items(path, handle)
        else:
            yield Item(path, path, None, record=False)


def _count(paths: Sequence[str], *, jsonl: bool) -> int | None:
    """How many items the inputs hold, for the progress bar; ``None`` when unknown."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        target = Path(path)
        if target.is_dir():
            total += sum(1 for p in target.rglob("*.txt") if p.is_file())
        elif jsonl or path.endswith(".jsonl"):
            try:
                with target.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


class Progress:
    """A one-line progress bar on stderr: count, rate and time left, redrawn in place."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream: IO[str] = stream
        self.total: int | None = total
        self.done: int = 0
        self.started: float = time.monotonic()
        self.drawn: float = 0.0
        self.visible: bool = False

    def step(self) -> None:
        """Count one item and redraw, at most ten times a second."""
        self.done += 1
        now = time.monotonic()
        if now - self.drawn >= 0.1 or self.done == self.total:
            self.drawn = now
            self.draw(now)

    def draw(self, now: float) -> None:
        """Write the bar over the previous one."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total:
            share = self.done / self.total
            filled = int(share * 24)
            left = (self.total - self.done) / rate if rate else 0.0
            line = (
                f"[{'#' * filled}{'.' * (24 - filled)}] {self.done:,}/{self.total:,} "
                f"{rate:,.1f}/s {_clock(elapsed)} elapsed, {_clock(left)} left"
            )
        else:
            line = f"{self.done:,} parsed {rate:,.1f}/s {_clock(elapsed)} elapsed"
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
        self.visible = True

    def clear(self) -> None:
        """Erase the bar, so a message can take its line."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False


def _say(message: str) -> None:
    """One line on stderr: how the command reports a bad input or a summary of failures."""
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def _outcomes(items: Iterable[Item], settings: Settings, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1:
        for item in items:
            yield process(item, settings)
        return
    # Batches of items go to a pool of processes, at most a few batches ahead of the output,
    # so memory stays bounded on any corpus and results come back in input order. spawn, not
    # fork: the same behaviour on every platform, and no fork-with-threads hazard. A worker
    # that dies raises BrokenProcessPool here instead of hanging the run.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        items_iter = iter(items)
        batches = iter(lambda: list(itertools.islice(items_iter, _CHUNK)), [])
        for batch in batches:
            pending.append(pool.submit(_process_batch, batch, settings))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _process_batch(batch: list[Item], settings: Settings) -> list[Outcome]:
    return [process(item, settings) for item in batch]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description=(
            "Parse scraped news articles (plain text) into metadata, body paragraphs, "
            "quotes with speakers, and chrome set aside, with offsets into the input."
        ),
        epilog=(
            "Exit status: 0 when every input parsed, 1 when any input failed (each is "
            "reported on stderr and the run goes on), 2 for a wrong command line."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help=(
            "article text files; '-' for stdin; a directory for its *.txt files "
            "(recursively); a .jsonl file for one article a line"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="parse the bundled example article and show what newsparse finds",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print Article.to_dict() as JSON, one object a line (JSONL)",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read every input as JSONL: one JSON object a line with a 'text' field",
    )
    parser.add_argument(
        "--text-field",
        default=TEXT_FIELD,
        metavar="NAME",
        help="the field of a JSONL record that holds the article (default: text)",
    )
    parser.add_argument(
        "--regions",
        action="store_true",
        help="before each summary, print every input line beside its region's kind",
    )
    parser.add_argument(
        "--html",
        metavar="OUT",
        help="write newsparse.to_html(article) for the single input to OUT",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU); output keeps the input order",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="how input files are encoded (default: utf-8)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: only when stderr is a terminal)",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    return parser


class _Version(argparse.Action):
    """``--version``, looked up only when asked (a source checkout has no metadata)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        try:
            version = str(newsparse.__version__)
        except PackageNotFoundError:
            version = "(not installed: no package metadata)"
        sys.stdout.write(f"newsparse {version}\n")
        parser.exit()


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if not args.inputs and not args.demo:
        parser.error("give a FILE to parse ('-' for stdin), or --demo")
    if args.demo and args.inputs:
        parser.error("--demo parses the bundled example: give no FILE with it")
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r}")
    if args.html is not None:
        if not hasattr(newsparse, "to_html"):
            parser.error("--html needs newsparse.to_html, which this version does not have")
        single = args.demo or (
            len(args.inputs) == 1
            and args.inputs[0] != "-"
            and not Path(args.inputs[0]).is_dir()
            and not (args.jsonl or args.inputs[0].endswith(".jsonl"))
        )
        if not single and args.inputs != ["-"]:
            parser.error("--html writes one page: give exactly one article FILE")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring).

    :param argv: the arguments after the program name; ``None`` for ``sys.argv[1:]``.
    :returns: ``0`` when every input parsed, ``1`` when any failed, ``2`` for bad usage.

    A missing file is reported in one line on stderr and counted; the status says so:

    >>> main(["/nonexistent/article.txt"])
    1

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    _check(parser, args)
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Text from JSONL can hold lone surrogates, which no encoding can write: escape them
        # (and anything else the terminal cannot show) rather than stop the run.
        sys.stdout.reconfigure(errors="backslashreplace")
    settings = Settings(
        json=args.json,
        encoding=args.encoding,
        regions=args.regions or (args.demo and not args.json),
        html=args.html is not None,
        text_field=args.text_field,
    )
    if args.demo:
        items: Iterable[Item] = [Item(DEMO_NAME, None, DEMO_ARTICLE.encode(), record=False)]
        total: int | None = 1
    else:
        items = _expand(args.inputs, jsonl=args.jsonl)
        total = None
    show = sys.stderr.isatty() if args.progress is None else args.progress
    if show and not args.demo:
        total = _count(args.inputs, jsonl=args.jsonl)
    progress = Progress(sys.stderr, total) if show else None
    jobs = args.jobs or os.cpu_count() or 1
    if args.demo and not args.json:
        sys.stdout.write(
            "newsparse --demo: an example article written for newsparse (invented, in the\n"
            "style of a scraped page). Each line of it, beside the kind of region it fell\n"
            "in, then what newsparse found in it:\n\n"
        )
    try:
        status = _run(items, settings, jobs, progress, html_path=args.html)
    except KeyboardInterrupt:
        if progress is not None:
            progress.clear()
        _say("newsparse: interrupted")
        return 130
    except BrokenProcessPool:
        if progress is not None:
            progress.clear()
        _say("newsparse: a worker process died; run again with --jobs 1 to see why")
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``newsparse --json dir | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    if args.demo and not args.json:
        sys.stdout.write(
            "\nOn your own articles: newsparse FILE... (a summary), --json (JSONL),\n"
            "--regions (this line-by-line view), --html OUT (a picture of the parse).\n"
        )
    return status


def _run(
    items: Iterable[Item],
    settings: Settings,
    jobs: int,
    progress: Progress | None,
    *,
    html_path: str | None,
) -> int:
    parsed = failed = 0
    out = sys.stdout
    # The bar is erased before anything is written to the terminal it is drawn on.
    shared = out.isatty()
    for outcome in _outcomes(items, settings, jobs):
        if progress is not None and (shared or outcome.error is not None):
            progress.clear()
        if outcome.error is not None:
            failed += 1
            _say(f"newsparse: {outcome.label}: {outcome.error}")
        else:
            parsed += 1
            if not settings.json and parsed > 1:
                out.write("\n")
            out.write(f"{outcome.output}\n")
            if html_path is not None and outcome.html is not None:
                Path(html_path).write_text(outcome.html, encoding="utf-8")
                if progress is not None:
                    progress.clear()
                _say(f"newsparse: wrote {html_path}")
        out.flush()
        if progress is not None:
            progress.step()
    if progress is not None:
        progress.clear()
    if failed:
        _say(f"newsparse: {failed:,} of {parsed + failed:,} inputs failed")
        return EXIT_FAILED
    if parsed == 0:
        _say("newsparse: no article found in the inputs")
        return EXIT_FAILED
    return EXIT_OK
