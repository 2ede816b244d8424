"""Scale-out: the docs/scaling.md recipe gives the same results as a local run.

Dask (``dask[bag]``) is a test and docs dependency only; the test skips without it.
"""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsparse

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

SCALING = Path(__file__).resolve().parents[1] / "docs" / "scaling.md"
_BLOCK_RE = re.compile(r"```python\n(# tested:.*?)```", re.DOTALL)

#: A small corpus written for this test: every part of the result appears somewhere.
CORPUS = [
    "",
    "Only a headline",
    (
        'Storm hits coast\n\nBy Jane Roe, Reuters\n\nMarch 3, 2024 10:15 EST\n\n"Stay inside," '
        "Mayor Ann Diaz said on Sunday.\n\nShare on Facebook\n\nCopyright 2024 Example News"
    ),
    (
        'Council votes\n\nViews: 2154\n\n"We are ready," the mayor said.\n\nHe added: "It is done."'
        "\n\n© 2010 Example News."
    ),
    "Updated: 2018-02-06T10:15:00+02:00\r\n\r\nTitle\r\n\r\nSmith said: “It works.”",
    '"""\n\n"\u0000<b>&amp;</b>" said he.',
]


def parse_partition(texts: Iterable[str]) -> Iterator[dict[str, object]]:
    """The docs' ``mapPartitions`` function: parse each text, yield JSON-ready dicts."""
    for text in texts:
        yield newsparse.parse(text).to_dict()


def _corpus(shared: Path | None) -> list[str]:
    texts = list(CORPUS)
    if shared is not None:
        seed = shared / "seeds" / "000_b2ce160810e34635.txt"
        if seed.exists():
            texts.append(seed.read_text(encoding="utf-8"))
    return texts


def test_dask_bag_with_processes_matches_a_local_run() -> None:
    bag = pytest.importorskip("dask.bag")
    local = [newsparse.parse(text) for text in CORPUS]
    distributed = bag.from_sequence(CORPUS, npartitions=3).map(newsparse.parse)
    assert distributed.compute(scheduler="processes", num_workers=2) == local


def test_dask_bag_of_dicts_matches_a_local_run() -> None:
    bag = pytest.importorskip("dask.bag")
    local = [newsparse.parse(text).to_dict() for text in CORPUS]
    # A generator does not pickle back from a worker process: give Dask a list.
    pieces = bag.from_sequence(CORPUS, npartitions=2).map_partitions(
        lambda texts: list(parse_partition(texts))
    )
    result = pieces.compute(scheduler="processes", num_workers=2)
    assert result == local
    assert [newsparse.Article.from_dict(d) for d in result] == [
        newsparse.parse(text) for text in CORPUS
    ]


def test_partition_function_is_what_spark_would_run(shared: Path) -> None:
    """``rdd.mapPartitions(parse_partition)`` is this, once per partition, in a worker."""
    texts = _corpus(shared)
    halves = [texts[: len(texts) // 2], texts[len(texts) // 2 :]]
    # Spark pickles the function and the records to its workers; do the same.
    shipped = pickle.loads(pickle.dumps((parse_partition, halves)))  # noqa: S301 (our own bytes)
    function, partitions = shipped
    rows = [row for partition in partitions for row in function(iter(partition))]
    assert rows == [newsparse.parse(text).to_dict() for text in texts]
    assert json.loads(json.dumps(rows)) == rows


def _recipe() -> dict[str, Any]:
    """Run the blocks of docs/scaling.md marked ``# tested:`` and return what they define."""
    if not SCALING.exists():
        pytest.skip("no docs/scaling.md beside the tests")
    blocks = _BLOCK_RE.findall(SCALING.read_text(encoding="utf-8"))
    assert len(blocks) == 2, "the Dask and the Spark blocks"
    namespace: dict[str, Any] = {"__name__": "scaling_recipe"}
    for block in blocks:
        exec(compile(block, str(SCALING), "exec"), namespace)  # noqa: S102 (our own docs)
    return namespace


def test_documented_dask_recipe_matches_a_local_run() -> None:
    pytest.importorskip("dask.bag")
    recipe = _recipe()
    assert recipe["parse_texts"](CORPUS, partitions=3) == [newsparse.parse(t) for t in CORPUS]


def test_documented_jsonl_recipe_keeps_records_and_order(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    recipe = _recipe()
    source = tmp_path / "in"
    source.mkdir()
    records = [{"id": f"a{n}", "text": text} for n, text in enumerate(CORPUS)]
    for part in (0, 1):
        lines = [json.dumps(r) for r in records[part::2]]
        (source / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    recipe["parse_jsonl"](str(source / "*.jsonl"), str(tmp_path / "out"))
    written = sorted((tmp_path / "out").glob("*.jsonl"))
    assert len(written) == 2
    got = [json.loads(line) for path in written for line in path.read_text().splitlines()]
    want = [r for part in (0, 1) for r in records[part::2]]
    assert [{k: v for k, v in g.items() if k != "article"} for g in got] == want
    assert [newsparse.Article.from_dict(g["article"]) for g in got] == [
        newsparse.parse(r["text"]) for r in want
    ]


def test_documented_spark_function_matches_a_local_run() -> None:
    recipe = _recipe()
    records = [{"id": n, "text": text} for n, text in enumerate(CORPUS)]
    shipped = pickle.loads(pickle.dumps(records))  # noqa: S301 (our own bytes)
    rows = list(recipe["parse_partition"](iter(shipped)))
    assert rows == [
        {**r, "article": newsparse.parse(text).to_dict()}
        for r, text in zip(records, CORPUS, strict=True)
    ]
