"""Threads: parse from 8 threads at once gives exactly what it gives alone.

No module keeps mutable state between calls, so concurrent calls cannot see each other.
The switch interval is cut to a microsecond while the threads run, so they interleave
inside the parse rather than one after another; every thread parses every text, each in
its own order, and each result must equal the one computed alone.
"""

from __future__ import annotations

import json
import random
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest

import newsparse

from .conftest import SHARED

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

THREADS = 8

_TEMPLATES = (
    (
        "Rain expected across the region\n\nReuters , Tuesday 6 Feb 2018\n\n"
        "\u201cBring a coat,\u201d Ms Lee said.\n\nSchools will close early.\n\nViews: 12\n"
    ),
    (
        'Talks resume\n\nBy John Smith\n\nCAIRO, Feb 6 (AP) \u2014 "We are ready," Nuri said.\n'
        "\nA U.S. official said: \u201cNo deal yet.\u201d\n\n\u00a9 2018 Ahram Online"
    ),
    (
        "Last Update 20:39\nShort link:\n\nMarkets fall\n\n2.3k SHARES\n\n"
        "\u201cIt is too early,\u201d said Dr. Ana Braga, an economist.\n"
    ),
    "Headline\r\n\r\n\u00abNous sommes pr\u00eats\u00bb, a dit le ministre.\r\n",
    "",
    "\n" * 50,
    '"' * 40 + "\u201c" * 40,
)

_PIECES = (
    "said", "told", "By ", "Views: 9", "\u201c", "\u201d", '"', "'", "\n", "\n\n", " ",
    "Smith", "Ms Lee", "U.S.", "6 Feb 2018", "Feb. 6, 2018", "WASHINGTON (Reuters) - ",
    "\u00a9 2018", "the", "minister", "we", "ready", ".", ",", ":", "\ufeff", "\u200b",
    "\r\n", "\u2028", "\t", "\u0645\u0631\u062d\u0628\u0627", "e\u0301",
)  # fmt: skip


def _texts() -> list[str]:
    """A few dozen varied texts: templates, seeded mixtures, and corpus articles if present."""
    rng = random.Random(5)  # noqa: S311 (test data, not secrets)
    texts = list(_TEMPLATES)
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(20, 400))) for _ in range(24)]
    corpus = SHARED / "corpora" / "polnear" / "dev.jsonl"
    if corpus.exists():
        with corpus.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for _, line in zip(range(12), handle, strict=False)]
    return texts


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Make the interpreter switch threads every microsecond while the test runs."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


@pytest.mark.usefixtures("fast_switching")
def test_parse_from_eight_threads_equals_parse_alone() -> None:
    texts = _texts()
    alone = [newsparse.parse(text) for text in texts]
    start = threading.Barrier(THREADS)

    def work(offset: int) -> list[tuple[int, newsparse.Article]]:
        order = list(range(len(texts)))
        random.Random(offset).shuffle(order)  # noqa: S311 (an order, not a secret)
        start.wait()  # every thread begins at the same moment
        return [(index, newsparse.parse(texts[index])) for index in order * 2]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))
    assert len(results) == THREADS
    for per_thread in results:
        assert len(per_thread) == 2 * len(texts)
        for index, article in per_thread:
            assert article == alone[index], f"text {index} differs under threads"
            assert article.to_dict() == alone[index].to_dict()


@pytest.mark.usefixtures("fast_switching")
def test_every_public_function_from_threads() -> None:
    texts = _texts()[:16]
    functions: tuple[Callable[[str], object], ...] = (
        newsparse.parse_metadata,
        newsparse.split_paragraphs,
        newsparse.attribute_quotes,
        newsparse.strip_chrome,
        newsparse.parse_date,
        newsparse.find_dates,
    )
    alone = [[function(text) for text in texts] for function in functions]
    start = threading.Barrier(THREADS)

    def work(offset: int) -> list[list[object]]:
        start.wait()
        shifted = functions[offset % len(functions) :] + functions[: offset % len(functions)]
        got = {f: [f(text) for text in texts] for f in shifted}
        return [got[f] for f in functions]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))
    for got in results:
        assert got == alone
