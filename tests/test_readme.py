"""The README's Python example runs, and prints what the README says it prints."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
_PYCON_RE = re.compile(r"```pycon\n(.*?)```", re.DOTALL)


def test_readme_examples_run() -> None:
    if not README.is_file():
        pytest.skip("no README.md beside the tests")
    blocks = _PYCON_RE.findall(README.read_text(encoding="utf-8"))
    assert blocks, "the README has a pycon example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    for number, block in enumerate(blocks, 1):
        test = parser.get_doctest(block, {}, f"README block {number}", str(README), 0)
        runner.run(test, out=report.append)
    assert runner.summarize(verbose=False).failed == 0, "".join(report)
