"""Throughput of ``newsparse.attribute_quotes`` over the polnear development set.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/quotes_throughput.py [--repeat 5]

Prints articles per second on one core (CPU time, best of ``--repeat`` passes over all
articles, after one warm-up pass), and the split between ``split_paragraphs`` and the
quote attribution proper. Target (issue 3): >= 2,000 articles/s; the quotes owner aims at
4,000. Skips with a message when the shared corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsparse import attribute_quotes
from newsparse.paragraphs import split_paragraphs
from newsparse.quotes import attribute_in

DEV = Path(__file__).parents[1] / ".." / "shared" / "corpora" / "polnear" / "dev.jsonl"


def _best(function: object, texts: list[str], repeat: int) -> float:
    """Best CPU seconds of ``repeat`` passes of ``function`` over ``texts``."""
    assert callable(function)  # noqa: S101 (a benchmark script)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not DEV.exists():
        print(f"skipped: {DEV} is absent")
        return 0
    with DEV.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    for text in texts:
        attribute_quotes(text)  # warm-up
    paragraphs = {id(t): split_paragraphs(t) for t in texts}
    total = _best(attribute_quotes, texts, args.repeat)
    split = _best(split_paragraphs, texts, args.repeat)
    attribution = _best(lambda t: attribute_in(t, paragraphs[id(t)]), texts, args.repeat)
    count = len(texts)
    print(
        f"attribute_quotes: {count / total:,.0f} articles/s over {count} articles "
        f"({total / count * 1e6:.0f} us/article: split_paragraphs "
        f"{split / count * 1e6:.0f} us, attribute_in {attribution / count * 1e6:.0f} us)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
