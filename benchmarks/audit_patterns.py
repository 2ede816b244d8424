"""Pump every regex in newsparse with repeated pieces and report superlinear growth.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/audit_patterns.py
    PYTHONPATH=src .venv/bin/python benchmarks/audit_patterns.py --module quotes --top 20

Every compiled pattern reachable from a ``newsparse`` module's globals (directly, or inside
a tuple, dict or rule object) is searched over ``pump * k + end`` for many pumps (article
pieces: initials, spaces, speech verbs, marks, digits...) at 2,000 characters; where that
is not instant, at 8,000 (and 32,000 to confirm) too. A pattern whose time grows more
than linearly with the text (4x the text, 12x the time or more, twice) is reported as
superlinear with the pump that shows it: nested or overlapping quantifiers, or a run
that every start position rescans; "search-only" when one start (``match``) stays linear,
so the pattern is safe anchored or windowed and must stay so. One that stays linear but
costs over 10 us per character is reported as costly: fine in a bounded window, not over
a whole text.
Each run is in a child process with a time limit, so an exponential case is reported as
such instead of hanging the audit.

This checks patterns alone, searched over the whole input; the library runs many of them
over a bounded window only, so a finding is a pattern to fix or to keep windowed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import regex

import newsparse
from newsparse._patterns import LazyPattern

PUMPS: tuple[str, ...] = (
    " ", "  \t", "a", "A", "ab ", "Ab ", "AB ", "A.", "A. ", "a.", ". ", ".", "...", ",", ", ",
    "a, ", "-", "--", " - ", "\u2014", "(", ")", "(a", "a)", "((", "[", "1", "1,", "1.", "12:",
    "2018 ", "6 Feb ", "Feb. ", "Jan ", "Monday ", "said ", "Smith said ", "said Smith ",
    "according to ", "By ", "by ", "By A ", "is ", "was a ", "the ", "The ", "Mr. ", "Dr. A. ",
    "U.S. ", "al-", "O'", "'s ", "ly ", "ed ", '"', '" ', '"a" ', "\u201c", "\u201d",
    "\u201ca\u201d ", "'", "\u2018", "\u2019", "\u00ab", "\u00bb ", "|", "| ", "\u00bb", ":",
    ": ", "a: ", "http://", "www.", "a.com ", "@a ", "#a ", "\u00a9 ", "(c) ", "Copyright ",
    "Views ", "Share ", "reporting by ", "contributed ", "via ", "is an ", "continue ",
    "Photo: ", "AP ", "\u00a0", "\u200b", "\u2028", "e\u0301", "\u0645",
)  # fmt: skip

ENDS = ("", "x", "\n")
SMALL, LARGE = 2_000, 8_000
SLOW_AT_SMALL = 0.002  # seconds at 2,000 characters before the larger size is tried
QUADRATIC = 12.0  # time growth for 4x the text that counts as superlinear (linear: 4)
COSTLY_NS = 10_000  # ns per character, searched over the whole text: worth a window


def patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled pattern in newsparse, by ``module.name[index]``."""
    found: dict[str, regex.Pattern[str]] = {}
    seen: set[int] = set()

    def visit(name: str, value: object, depth: int) -> None:
        if id(value) in seen or depth > 3:
            return
        seen.add(id(value))
        if isinstance(value, regex.Pattern):
            found[name] = value
        elif isinstance(value, LazyPattern):
            found[name] = value.compiled
        elif isinstance(value, (tuple, list, frozenset, set)):
            for index, item in enumerate(value):
                visit(f"{name}[{index}]", item, depth + 1)
        elif isinstance(value, dict):
            for key, item in value.items():
                visit(f"{name}[{key!r}]", item, depth + 1)
        elif hasattr(value, "__slots__") or hasattr(value, "__attrs_attrs__"):
            for slot in getattr(value, "__slots__", ()):
                visit(f"{name}.{slot}", getattr(value, slot, None), depth + 1)

    for info in pkgutil.iter_modules(newsparse.__path__):
        module = importlib.import_module(f"newsparse.{info.name}")
        for key, value in vars(module).items():
            if not key.startswith("__"):
                visit(f"{info.name}.{key}", value, 0)
    return found


def _time(pattern: regex.Pattern[str], method: str, text: str) -> float:
    start = time.perf_counter()
    getattr(pattern, method)(text)
    return time.perf_counter() - start


def audit_one(name: str) -> None:
    """Print one JSON line per finding for one pattern: superlinear or costly pumps."""
    pattern = patterns()[name]
    for pump in PUMPS:
        for end in ENDS:
            small = pump * (SMALL // len(pump)) + end
            t_small = min(_time(pattern, "search", small) for _ in range(2))
            if t_small < SLOW_AT_SMALL:
                continue
            finding: dict[str, Any] = {"pattern": name, "pump": pump, "end": end}
            if t_small > 1.0:
                finding.update(kind="exponential?", seconds={SMALL: t_small}, growth=None)
            else:
                large = pump * (LARGE // len(pump)) + end
                t_large = min(_time(pattern, "search", large) for _ in range(2))
                growth = t_large / t_small
                kind = "superlinear" if growth >= QUADRATIC else "costly"
                seconds = {SMALL: t_small, LARGE: t_large}
                if kind == "superlinear" and t_large < 1.0:
                    # Confirm at 4x again: timing noise can fake one step, not two.
                    larger = pump * (4 * LARGE // len(pump)) + end
                    t_larger = _time(pattern, "search", larger)
                    seconds[4 * LARGE] = t_larger
                    if t_larger / t_large < QUADRATIC:
                        kind = "costly"
                    elif (
                        _time(pattern, "match", larger) < 4 * _time(pattern, "match", large) + 1e-3
                    ):
                        # From one start it is linear: safe used with match or fullmatch (or
                        # search in a bounded window), quadratic if searched over a text.
                        kind = "search-only"
                if kind == "costly" and t_large / len(large) * 1e9 < COSTLY_NS:
                    continue
                finding.update(kind=kind, seconds=seconds, growth=growth)
            print(json.dumps(finding), flush=True)
            break  # one finding per pump is enough


def main() -> int:
    """Audit every pattern (each in a child with a time limit) and print the findings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--module", help="only patterns of this module (e.g. quotes)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per pattern")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        audit_one(args.child)
        return 0
    names = [n for n in patterns() if not args.module or n.split(".")[0].endswith(args.module)]
    findings: list[dict[str, Any]] = []
    if not args.json:
        print(f"auditing {len(names)} patterns x {len(PUMPS)} pumps x {len(ENDS)} ends (search)")
    for name in names:
        command = [sys.executable, __file__, "--child", name]
        try:
            done = subprocess.run(  # noqa: S603 (our own script)
                command, capture_output=True, text=True, timeout=args.limit, check=False
            )
            output, timed_out = done.stdout, False
        except subprocess.TimeoutExpired as expired:
            output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else ""
            timed_out = True
        found = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        if timed_out:
            found.append({"pattern": name, "kind": f"audit stopped after {args.limit:g} s"})
        findings += found
        if not args.json:
            for item in found:
                _print(item)
    if args.json:
        print(json.dumps(findings, indent=1))
    else:
        worst = [f for f in findings if f["kind"] not in {"costly", "search-only"}]
        print(f"{len(findings)} findings, {len(worst)} superlinear from one start, or stopped")
    return 0


def _print(item: dict[str, Any]) -> None:
    if "pump" not in item:
        print(f"{item['pattern']}: {item['kind']}", flush=True)
        return
    times = " ".join(f"{int(k) // 1000}K:{v * 1e3:.1f}ms" for k, v in item["seconds"].items())
    growth = f"x{item['growth']:.1f} for 4x text" if item["growth"] else ""
    print(
        f"{item['kind']:<12} {item['pattern']}  pump={item['pump']!r} end={item['end']!r}  "
        f"{times}  {growth}",
        flush=True,
    )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
