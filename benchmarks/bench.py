"""Benchmark newsparse: throughput, import time, scaling, hostile inputs, memory.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench.py            # full run (~2-4 min)
    PYTHONPATH=src .venv/bin/python benchmarks/bench.py --quick    # short run (~30 s)
    PYTHONPATH=src .venv/bin/python benchmarks/bench.py --json     # machine-readable

Every figure is printed beside a *floor*: a naive single pass over the same text
(``str.splitlines`` and one simple regex scan per line), so a slow machine shows as a slow
floor, not as a slow library. Targets (issue 5): parse >= 2,000 articles/s on one core,
scaling ratio <= 1.3, worst hostile input <= 3x a real article's per-character time,
``import newsparse`` < 100 ms, peak memory for a 10 MB input < 20x its size.

Hostile cases run in a child process each, on a size ladder (2 K, 10 K, 50 K, 200 K
characters), and the worst step stands for the case (a fixed cost shows at 2 K, a growing
one at 200 K). A case is first run once at the smallest size, the ladder stops growing when
a step takes more than 5 s, and a child that runs past its time limit is stopped and
reported, so a catastrophic case shows up as a finding instead of a hang.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import tracemalloc
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

sys.path.insert(0, str(Path(__file__).parent))

from _hostile import CASES, generate

import newsparse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "polnear" / "dev.jsonl"

TARGETS = {
    "parse_articles_per_s": 2000.0,
    "scaling_ratio": 1.3,
    "worst_hostile_ratio": 3.0,
    "import_ms": 100.0,
    "memory_multiple": 20.0,
}

# The floor's one simple regex: a quote mark, or a capitalised word before "said".
_FLOOR_RE = regex.compile(r"[\"“”]|\p{Lu}\p{Ll}++\s(?=said\b)")

# Up to 800 K: a cost paid per item times a whole-text scan shows as growth only when the
# items are many (a quadratic term at 1% of the cost at 50 K is 16% at 800 K).
LADDER = (2_000, 10_000, 50_000, 200_000, 800_000)
QUICK_LADDER = (2_000, 10_000, 50_000)
STEP_LIMIT_S = 5.0


def floor_pass(text: str) -> int:
    """The naive single pass: split lines, scan each once. Returns a count (kept alive)."""
    count = 0
    for line in text.splitlines():
        for _ in _FLOOR_RE.finditer(line):
            count += 1
    return count


def _parse_with_regions(text: str) -> object:
    """``parse``, then read ``Article.regions`` (built on first access)."""
    return newsparse.parse(text).regions


def best_time(function: Callable[[], object], *, repeat: int, budget: float = 2.0) -> float:
    """The best of ``repeat`` timings of ``function()``, stopping early past ``budget`` s."""
    best = float("inf")
    spent = 0.0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        if spent > budget:
            break
    return best


def load_corpus(limit: int | None) -> tuple[list[str], str]:
    """The polnear dev texts, or synthetic articles when the corpus is absent."""
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
        source = f"polnear dev ({CORPUS.name})"
    else:
        texts = [generate("mixture-lines", 4600, seed) for seed in range(200)]
        source = "SYNTHETIC (corpus absent: figures are not comparable)"
    if limit:
        texts = texts[:limit]
    return texts, source


def throughput(texts: Sequence[str], function: Callable[[str], object], repeat: int) -> float:
    """Seconds for one pass of ``function`` over all ``texts`` (best of ``repeat``)."""

    def run() -> None:
        for text in texts:
            function(text)

    return best_time(run, repeat=repeat, budget=20.0)


def import_time(repeat: int) -> tuple[float, float]:
    """Wall time of ``import newsparse`` in a fresh interpreter: (warm best, cold), seconds.

    Warm is what an installed package costs: bytecode already compiled (into a private
    ``PYTHONPYCACHEPREFIX``, so the source tree is left alone, even where the environment
    sets ``PYTHONDONTWRITEBYTECODE``). Cold is the first import, compiling the sources.
    """
    src = str(Path(newsparse.__file__).resolve().parents[1])
    code = "import time; t = time.perf_counter(); import newsparse; print(time.perf_counter() - t)"
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPATH": src, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        times = []
        for _ in range(repeat + 1):
            out = subprocess.run(  # noqa: S603 (our own interpreter, fixed code)
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            )
            times.append(float(out.stdout))
    return min(times[1:]), times[0]


def scaling(texts: Sequence[str], sample: int, repeat: int) -> dict[str, Any]:
    """Per-character cost of articles repeated 32 times over the articles alone."""
    by_length = sorted(texts, key=len)
    # Articles spread evenly over the length distribution (deterministic).
    chosen = [by_length[(i * (len(by_length) - 1)) // max(1, sample - 1)] for i in range(sample)]
    single_time = repeated_time = 0.0
    single_chars = repeated_chars = 0
    worst = 0.0
    for text in chosen:
        big = "\n\n".join([text] * 32)
        t1 = best_time(partial(newsparse.parse, text), repeat=repeat * 4)
        t32 = best_time(partial(newsparse.parse, big), repeat=repeat)
        single_time += t1
        repeated_time += t32
        single_chars += len(text)
        repeated_chars += len(big)
        worst = max(worst, (t32 / len(big)) / (t1 / len(text)))
    ratio = (repeated_time / repeated_chars) / (single_time / single_chars)
    return {"ratio": ratio, "worst_article_ratio": worst, "articles": len(chosen)}


def memory(texts: Sequence[str], size: int) -> dict[str, Any]:
    """Peak traced memory while parsing a ``size``-character input, and its multiples."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        parts.append(texts[index % len(texts)])
        total += len(parts[-1]) + 2
        index += 1
    text = "\n\n".join(parts)[:size]
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    article = newsparse.parse(text)
    _ = article.regions  # the whole result, its lazily built partition included
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del article
    utf8 = len(text.encode("utf-8", "surrogatepass"))
    in_memory = sys.getsizeof(text)
    return {
        "chars": len(text),
        "utf8_bytes": utf8,
        "str_bytes": in_memory,
        "peak_bytes": peak,
        "multiple_of_utf8": peak / utf8,
        "multiple_of_str": peak / in_memory,
    }


def _child(name: str, ladder: Sequence[int], reference_ns: float, floor_ns: float) -> None:
    """Run one hostile case's ladder (in a child process); print one JSON line per step."""
    for index, size in enumerate(ladder):
        text = generate(name, size)
        start = time.perf_counter()
        article = newsparse.parse(text)  # once at this size first: is it sane at all?
        first = time.perf_counter() - start
        ok = article.check_partition()
        # Best of several runs, more of them for a short step (a 2 K input parses in a few
        # ms, where one scheduling hiccup doubles a single timing): about 0.1 s of runs.
        repeat = 1 if first > 1.0 else max(3, min(25, int(0.1 / max(first, 1e-4))))
        elapsed = min(first, best_time(partial(newsparse.parse, text), repeat=repeat - 1))
        floor = best_time(partial(floor_pass, text), repeat=max(3, repeat))
        step = {
            "case": name,
            "size": size,
            "seconds": elapsed,
            "ns_per_char": elapsed / size * 1e9,
            "ratio": elapsed / size * 1e9 / reference_ns,
            "floor_ns_per_char": floor / size * 1e9,
            "floor_ratio": floor / size * 1e9 / floor_ns,
            "partition_ok": ok,
        }
        print(json.dumps(step), flush=True)
        if first > STEP_LIMIT_S:
            break
        # Stop before a step that a quadratic cost would make take minutes.
        if index + 1 < len(ladder):
            growth = ladder[index + 1] / size
            if first * growth * growth > 60 and first * growth > STEP_LIMIT_S:
                break


def hostile(
    names: Sequence[str], ladder: Sequence[int], reference_ns: float, floor_ns: float, limit: float
) -> list[dict[str, Any]]:
    """Every case's largest completed step (or its time-out), worst first."""
    results = []
    for name in names:
        command = [
            sys.executable, __file__, "--child", name,
            "--ladder", ",".join(map(str, ladder)),
            "--reference-ns", repr(reference_ns), "--floor-ns", repr(floor_ns),
        ]  # fmt: skip
        env = _child_env()
        timed_out = False
        try:
            done = subprocess.run(  # noqa: S603 (our own script)
                command, capture_output=True, text=True, timeout=limit, env=env, check=False
            )
            output, error = done.stdout, done.stderr if done.returncode else ""
        except subprocess.TimeoutExpired as expired:
            timed_out = True
            output = _decode(expired.stdout)
            error = ""
        steps = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        # The worst step stands for the case: a fixed cost shows at 2 K, a growing one at 200 K.
        worst = max(steps, key=lambda step: step["ratio"]) if steps else None
        result: dict[str, Any] = dict(worst) if worst else {"case": name, "size": 0}
        result["steps"] = [(s["size"], round(s["ns_per_char"], 1)) for s in steps]
        result["timed_out"] = timed_out
        result["error"] = error.strip().splitlines()[-1] if error.strip() else ""
        if timed_out:
            # The next step did not finish: its per-character time is at least this.
            reached = ladder[len(steps)] if len(steps) < len(ladder) else ladder[-1]
            result["size"] = reached
            result["ratio"] = limit / reached * 1e9 / reference_ns
        if result["error"]:
            result["ratio"] = float("inf")
        results.append(result)
    results.sort(key=lambda r: -r.get("ratio", 0.0))
    return results


def _child_env() -> dict[str, str]:
    """The environment for a child: this newsparse first on the path, the rest kept."""
    paths = [str(Path(newsparse.__file__).resolve().parents[1])]
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _decode(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="short run: subsets, small sizes")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--limit", type=int, help="use only the first N corpus articles")
    parser.add_argument("--case", action="append", help="run only these hostile cases")
    parser.add_argument("--skip", action="append", default=[], help="sections to skip")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--ladder", help=argparse.SUPPRESS)
    parser.add_argument("--reference-ns", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--floor-ns", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        ladder = tuple(int(x) for x in args.ladder.split(","))
        _child(args.child, ladder, args.reference_ns, args.floor_ns)
        return 0

    quick = args.quick
    texts, source = load_corpus(args.limit or (200 if quick else None))
    chars = sum(len(t) for t in texts)
    megabytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    repeat = 2 if quick else 3
    report: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()} {platform.processor() or ''} "
        f"{os.cpu_count()} cpus, Python {platform.python_version()}, regex {regex.__version__}",
        "corpus": source,
        "articles": len(texts),
        "avg_chars": chars / len(texts),
        "quick": quick,
    }

    # Throughput: the whole parse, each public function, and the floor.
    functions: dict[str, Callable[[str], object]] = {
        "parse": newsparse.parse,
        # the partition into regions is built when first read: what reading it costs too
        "parse+regions": _parse_with_regions,
        "strip_chrome": newsparse.strip_chrome,
        "parse_metadata": newsparse.parse_metadata,
        "split_paragraphs": newsparse.split_paragraphs,
        "attribute_quotes": newsparse.attribute_quotes,
        "floor": floor_pass,
    }
    rates = {}
    for name, function in functions.items():
        seconds = throughput(texts, function, repeat)
        rates[name] = {
            "articles_per_s": len(texts) / seconds,
            "mb_per_s": megabytes / seconds,
            "ns_per_char": seconds / chars * 1e9,
            "ms_per_article": seconds / len(texts) * 1e3,
        }
    report["throughput"] = rates
    reference_ns = rates["parse"]["ns_per_char"]
    floor_ns = rates["floor"]["ns_per_char"]

    if "import" not in args.skip:
        warm, cold = import_time(3 if quick else 7)
        report["import_ms"] = warm * 1e3
        report["import_cold_ms"] = cold * 1e3
    if "scaling" not in args.skip:
        report["scaling"] = scaling(texts, 5 if quick else 12, repeat)
    if "hostile" not in args.skip:
        names = args.case or list(CASES)
        ladder = QUICK_LADDER if quick else LADDER
        report["hostile"] = hostile(names, ladder, reference_ns, floor_ns, 30 if quick else 90)
    if "memory" not in args.skip:
        report["memory"] = memory(texts, 2_000_000 if quick else 10_000_000)
    report["targets"] = check_targets(report)

    if args.json:
        print(json.dumps(report, indent=1, default=str))
    else:
        print_report(report)
    return 0


def check_targets(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each issue-5 target: the measured value, the limit, and whether it is met."""
    checks: dict[str, dict[str, Any]] = {}

    def check(name: str, value: float, *, at_least: bool = False) -> None:
        limit = TARGETS[name]
        met = value >= limit if at_least else value <= limit
        checks[name] = {"value": value, "limit": limit, "met": met}

    check("parse_articles_per_s", report["throughput"]["parse"]["articles_per_s"], at_least=True)
    if "scaling" in report:
        check("scaling_ratio", report["scaling"]["ratio"])
    if report.get("hostile"):
        check("worst_hostile_ratio", report["hostile"][0]["ratio"])
    if "import_ms" in report:
        check("import_ms", report["import_ms"])
    if "memory" in report:
        check("memory_multiple", report["memory"]["multiple_of_utf8"])
    return checks


def print_report(report: dict[str, Any]) -> None:
    """The human-readable report."""
    print(f"newsparse benchmark, {report['date']}{' (--quick)' if report['quick'] else ''}")
    print(f"machine: {report['machine']}")
    print(f"corpus:  {report['corpus']}: {report['articles']} articles, "
          f"{report['avg_chars']:,.0f} chars on average")  # fmt: skip
    print()
    print(f"{'function':<18}{'articles/s':>12}{'MB/s':>9}{'ms/article':>12}{'ns/char':>9}")
    for name, rate in report["throughput"].items():
        label = "floor (naive)" if name == "floor" else name
        print(
            f"{label:<18}{rate['articles_per_s']:>12,.0f}{rate['mb_per_s']:>9.2f}"
            f"{rate['ms_per_article']:>12.3f}{rate['ns_per_char']:>9.1f}"
        )
    parse_rate = report["throughput"]["parse"]
    floor_rate = report["throughput"]["floor"]
    print(f"parse costs {parse_rate['ns_per_char'] / floor_rate['ns_per_char']:.1f}x the floor")
    if "import_ms" in report:
        print(
            f"\nimport newsparse (fresh interpreter, bytecode cached, best): "
            f"{report['import_ms']:.1f} ms (first, compiling the sources: "
            f"{report['import_cold_ms']:.0f} ms)"
        )
    if "scaling" in report:
        s = report["scaling"]
        print(
            f"scaling (article x32 vs alone, per char, {s['articles']} articles): "
            f"{s['ratio']:.2f} (worst article {s['worst_article_ratio']:.2f})"
        )
    if report.get("hostile"):
        print("\nhostile inputs: per-char time vs a real article's (floor: the naive pass's own)")
        print(f"{'case':<28}{'size':>9}{'seconds':>9}{'x real':>8}{'floor x':>9}  ladder ns/char")
        for r in report["hostile"]:
            ladder = " ".join(f"{size // 1000}K:{ns:g}" for size, ns in r["steps"])
            note = " TIMED OUT" if r["timed_out"] else ""
            note += f" ERROR {r['error']}" if r["error"] else ""
            note += "" if r.get("partition_ok", True) else " PARTITION BROKEN"
            print(
                f"{r['case']:<28}{r['size']:>9,}{r.get('seconds', float('nan')):>9.3f}"
                f"{r['ratio']:>8.2f}{r.get('floor_ratio', float('nan')):>9.2f}  {ladder}{note}"
            )
        worst = report["hostile"][0]
        print(f"worst hostile case: {worst['case']} at {worst['ratio']:.2f}x a real article")
    if "memory" in report:
        m = report["memory"]
        print(
            f"\npeak memory, {m['chars'] / 1e6:.0f} M-char input ({m['utf8_bytes'] / 1e6:.1f} MB "
            f"UTF-8, {m['str_bytes'] / 1e6:.1f} MB as str): {m['peak_bytes'] / 1e6:.1f} MB = "
            f"{m['multiple_of_utf8']:.1f}x the UTF-8 size ({m['multiple_of_str']:.1f}x the str)"
        )
    print("\ntargets (issue 5):")
    for name, check in report["targets"].items():
        sign = ">=" if name == "parse_articles_per_s" else "<="
        verdict = "met" if check["met"] else "MISSED"
        print(f"  {name:<22}{check['value']:>10.2f} {sign} {check['limit']:<8g} {verdict}")


if __name__ == "__main__":
    sys.exit(main())
