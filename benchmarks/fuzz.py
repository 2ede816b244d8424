"""Fuzz newsparse for a fixed time budget: any ``str`` parses, and the result is sound.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/fuzz.py --seconds 300
    PYTHONPATH=src .venv/bin/python benchmarks/fuzz.py --seconds 60 --engine random

The invariant, checked on every input (h11's fuzz invariant, for text):

- :func:`newsparse.parse` and every other public function return without raising;
- every item's ``text`` equals the input sliced at its ``start:end``, inside the input;
- :attr:`Article.regions` partitions the input, in order, without gaps or overlaps;
- parsing the same input again gives an equal result (determinism).

Two engines feed it: ``atheris`` (coverage-guided libFuzzer, when it is installed: ``pip
install atheris``), and ``random``, a seeded mutation loop over article pieces, corpus
snippets and the hostile generators, used when atheris is missing. Half the inputs are raw
Unicode (surrogates, controls, anything); the other half are assembled from article-like
pieces so the rules actually fire. The run prints its budget, the number of inputs run, the
slowest input per character, and stops at the first broken invariant, saving the input.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).parent))

from _hostile import CASES, PIECES, generate

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "polnear" / "dev.jsonl"


class Stats:
    """What the run has done so far."""

    def __init__(self, seconds: float, artifacts: Path) -> None:
        self.seconds = seconds
        self.artifacts = artifacts
        self.started = time.monotonic()
        self.runs = 0
        self.chars = 0
        self.slowest = (0.0, "")  # (ns per character, input) among inputs >= 2,000 chars

    def report(self, engine: str) -> None:
        """Print the budget, the runs done and the slowest input; save that input."""
        elapsed = time.monotonic() - self.started
        ns, text = self.slowest
        print(
            f"fuzz engine={engine} budget={self.seconds:g}s elapsed={elapsed:.1f}s "
            f"runs={self.runs} chars={self.chars:,} failures=0",
            flush=True,
        )
        if text:
            path = self.artifacts / "slowest.txt"
            path.write_text(json.dumps(text), encoding="utf-8")
            print(
                f"slowest input: {ns:,.0f} ns/char (whole check) over {len(text)} chars, "
                f"saved to {path}"
            )


def _spans(article: Any) -> Iterator[tuple[str, int, int, str]]:
    """Every (what, start, end, text) an Article offers, for the slicing check."""
    for kind in ("paragraphs", "quotes", "chrome", "regions"):
        for item in getattr(article, kind):
            yield kind, item.start, item.end, item.text
    for quote in article.quotes:
        if quote.speaker is not None:
            yield "speaker", quote.speaker.start, quote.speaker.end, quote.speaker.mention
    for evidence in article.metadata.evidence:
        yield f"evidence:{evidence.field}", evidence.start, evidence.end, evidence.text


def check(text: str) -> None:
    """Raise ``AssertionError`` when any invariant fails on ``text``."""
    import newsparse  # noqa: PLC0415 (imported under atheris instrumentation by main)

    article = newsparse.parse(text)
    for what, start, end, piece in _spans(article):
        if not 0 <= start <= end <= len(text):
            msg = f"{what} span {start}:{end} outside 0:{len(text)}"
            raise AssertionError(msg)
        if text[start:end] != piece:
            msg = f"{what} text {piece[:40]!r} != input[{start}:{end}] {text[start:end][:40]!r}"
            raise AssertionError(msg)
    if not article.check_partition():
        msg = "regions do not partition the input"
        raise AssertionError(msg)
    if newsparse.parse(text) != article:
        msg = "parse is not deterministic"
        raise AssertionError(msg)
    for quote in newsparse.attribute_quotes(text):
        if text[quote.start : quote.end] != quote.text:
            msg = f"attribute_quotes: quote {quote.text[:40]!r} does not slice"
            raise AssertionError(msg)
    for paragraph in newsparse.split_paragraphs(text):
        if text[paragraph.start : paragraph.end] != paragraph.text:
            msg = f"split_paragraphs: {paragraph.text[:40]!r} does not slice"
            raise AssertionError(msg)
    stripped = newsparse.strip_chrome(text)
    if "".join(text[s.start : s.end] for s in stripped.kept) != stripped.text:
        msg = "strip_chrome: kept spans do not give the stripped text"
        raise AssertionError(msg)
    newsparse.parse_metadata(text)


def run_one(text: str, stats: Stats) -> None:
    """Check one input, timing it; save it and re-raise when an invariant breaks."""
    start = time.perf_counter()
    try:
        check(text)
    except BaseException:
        path = stats.artifacts / f"failure-{stats.runs}.json"
        path.write_text(json.dumps(text), encoding="utf-8")
        print(f"\nFAILURE after {stats.runs} runs; input saved to {path}", flush=True)
        traceback.print_exc()
        raise
    elapsed = time.perf_counter() - start
    stats.runs += 1
    stats.chars += len(text)
    if len(text) >= 2000 and elapsed / len(text) * 1e9 > stats.slowest[0]:
        # Check a candidate again: a pause of the machine is not a finding.
        start = time.perf_counter()
        check(text)
        per_char = min(elapsed, time.perf_counter() - start) / len(text) * 1e9
        if per_char > stats.slowest[0]:
            stats.slowest = (per_char, text)


def structured(rng: random.Random, snippets: list[str], size: int) -> str:
    """Article-like text: pieces, corpus snippets and hostile fragments, shuffled."""
    parts: list[str] = []
    total = 0
    while total < size:
        total += len(parts[-1]) if parts else 0
        roll = rng.random()
        if roll < 0.5:
            parts.append(rng.choice(PIECES))
        elif roll < 0.8 and snippets:
            snippet = rng.choice(snippets)
            start = rng.randrange(len(snippet))
            parts.append(snippet[start : start + rng.randint(1, 400)])
        elif roll < 0.95:
            parts.append(generate(rng.choice(list(CASES)), rng.randint(1, 300), rng.randrange(99)))
        else:
            parts.append(chr(rng.randrange(0x110000)))
    return "".join(parts)


def mutate(rng: random.Random, text: str) -> str:
    """One random edit: delete, duplicate, insert a piece, or swap two stretches."""
    if not text:
        return rng.choice(PIECES)
    i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
    roll = rng.random()
    if roll < 0.25:
        return text[:i] + text[j:]
    if roll < 0.5:
        return text[:j] + text[i:j] + text[j:]
    if roll < 0.75:
        return text[:i] + rng.choice(PIECES) + text[i:]
    return text[j:] + text[i:j] + text[:i]


def load_snippets() -> list[str]:
    """A few hundred corpus articles to cut snippets from; none when the corpus is absent."""
    if not CORPUS.exists():
        return []
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for _, line in zip(range(300), handle, strict=False)]


def random_engine(stats: Stats, seed: int) -> None:
    """The fallback engine: seeded generation plus mutation of earlier inputs."""
    rng = random.Random(seed)
    snippets = load_snippets()
    pool: list[str] = []
    deadline = stats.started + stats.seconds
    while time.monotonic() < deadline:
        roll = rng.random()
        if roll < 0.3:
            length = rng.choice((8, 40, 300, 3000))
            text = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, length)))
        elif roll < 0.7 or not pool:
            text = structured(rng, snippets, rng.choice((20, 200, 2000, 10000)))
        else:
            text = rng.choice(pool)
            for _ in range(rng.randint(1, 8)):
                text = mutate(rng, text)
        run_one(text, stats)
        if len(pool) < 500:
            pool.append(text)
        else:
            pool[rng.randrange(500)] = text
    stats.report("random")


def atheris_engine(stats: Stats, argv: list[str]) -> None:
    """Coverage-guided fuzzing with atheris; stops itself when the budget is spent."""
    import atheris  # type: ignore[import-untyped]  # noqa: PLC0415 (optional)

    with atheris.instrument_imports():
        import newsparse  # noqa: F401, PLC0415 (instrumented for coverage)

    snippets = load_snippets()
    deadline = stats.started + stats.seconds

    def one_input(data: bytes) -> None:
        if time.monotonic() > deadline:
            stats.report("atheris")
            sys.stdout.flush()
            os._exit(0)
        provider = atheris.FuzzedDataProvider(data)
        if provider.ConsumeBool():
            text = provider.ConsumeUnicode(provider.remaining_bytes())
        else:
            # Structure-aware: the fuzzer's bytes pick pieces and snippets.
            rng = random.Random(provider.ConsumeInt(4))
            text = structured(rng, snippets, provider.ConsumeIntInRange(0, 5000))
            for _ in range(provider.ConsumeIntInRange(0, 4)):
                text = mutate(rng, text)
        run_one(text, stats)

    budget = f"-max_total_time={int(stats.seconds) + 30}"
    atheris.Setup([sys.argv[0], budget, "-timeout=60", "-rss_limit_mb=4096", *argv], one_input)
    atheris.Fuzz()


def main() -> int:
    """Parse the command line and fuzz until the budget is spent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, required=True, help="time budget")
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random engine")
    parser.add_argument(
        "--artifacts",
        type=Path,
        default=Path(tempfile.gettempdir()) / "newsparse-fuzz",
        help="where failing and slowest inputs are saved",
    )
    args, rest = parser.parse_known_args()
    args.artifacts.mkdir(parents=True, exist_ok=True)
    stats = Stats(args.seconds, args.artifacts)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401, PLC0415 (probe only)
        except ImportError:
            engine = "random"
        else:
            engine = "atheris"
    print(f"fuzz engine={engine} budget={args.seconds:g}s artifacts={args.artifacts}", flush=True)
    runner: Callable[[], None]
    if engine == "atheris":
        runner = lambda: atheris_engine(stats, rest)  # noqa: E731 (one-line dispatch)
    else:
        runner = lambda: random_engine(stats, args.seed)  # noqa: E731 (one-line dispatch)
    runner()
    return 0


if __name__ == "__main__":
    sys.exit(main())
