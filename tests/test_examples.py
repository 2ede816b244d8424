"""The ``pycon`` examples in the README and the docs run, and print what they say they print.

Prose examples (```` ```python ````) show how to call things; ```` ```pycon ```` blocks show
real output, and this test keeps that output true. One test per file; the blocks of a file
share one namespace, in order.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_PYCON_RE = re.compile(r"```pycon\n(.*?)```", re.DOTALL)


def _examples(path: Path) -> str:
    return "\n".join(_PYCON_RE.findall(path.read_text(encoding="utf-8")))


FILES = [
    path
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    if path.is_file() and _examples(path)
]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_pycon_examples_run(path: Path) -> None:
    test = doctest.DocTestParser().get_doctest(_examples(path), {}, path.name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    result = runner.run(test, out=report.append)
    assert result.attempted > 0
    assert result.failed == 0, "".join(report)


def test_the_readme_has_an_example() -> None:
    if not (ROOT / "README.md").is_file():
        pytest.skip("no README.md beside the tests")
    assert ROOT / "README.md" in FILES
