"""Every docstring example in the package runs, against the newsparse under test.

The examples are collected from the imported package (the installed wheel in CI, ``src/``
in development), never from files by path, so CI checks the code users get. One test per
docstring with examples, named by the object it documents.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsparse

#: Modules that only run as programs and hold no examples.
SKIP = frozenset({"newsparse.__main__"})


def _modules() -> list[str]:
    names = [newsparse.__name__]
    names.extend(
        info.name
        for info in pkgutil.walk_packages(newsparse.__path__, prefix=f"{newsparse.__name__}.")
        if info.name not in SKIP
    )
    return sorted(names)


def _cases() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    cases: list[doctest.DocTest] = []
    for name in _modules():
        module = importlib.import_module(name)
        cases.extend(case for case in finder.find(module) if case.examples)
    return sorted(cases, key=lambda case: case.name)


CASES = _cases()


def test_there_are_examples() -> None:
    documented = {case.name.rsplit(".", 1)[0] for case in CASES}
    assert "newsparse" in {case.name for case in CASES}
    assert len(CASES) >= 20, sorted(documented)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_docstring_examples_run(case: doctest.DocTest) -> None:
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    globs = dict(case.globs)
    try:
        result = runner.run(
            doctest.DocTest(
                case.examples, globs, case.name, case.filename, case.lineno, case.docstring
            ),
            out=report.append,
            clear_globs=True,
        )
    finally:
        globs.clear()
    assert result.failed == 0, "".join(report)
