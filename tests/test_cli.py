"""The ``newsparse`` command line: summaries, JSONL, corpora, jobs, progress, bad inputs."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsparse
from newsparse import cli
from newsparse._demo import DEMO_ARTICLE, DEMO_NAME

if TYPE_CHECKING:
    from collections.abc import Sequence

ARTICLE = (
    "Last Update 08:12\n\n"
    "Storm closes the coast road\n\n"
    "By Anna Berg , Tuesday 6 Feb 2018\n"
    "Views: 2154\n\n"
    "The coast road was closed on Monday after waves washed over it.\n\n"
    '"We will reopen it when it is safe," a council spokesman said.\n\n'
    "© 2018 Example News."
)

OTHER = "Second story\n\nIt rained all day in the valley, and the river rose.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str | os.PathLike[str]) -> tuple[int, str, str]:
    """Run ``main`` in this process; return the exit status, stdout and stderr."""
    status = cli.main([os.fspath(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def jsonl(out: str) -> list[dict[str, Any]]:
    lines = out.splitlines()
    assert all(line.startswith("{") for line in lines), "one JSON object a line"
    return [json.loads(line) for line in lines]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def subprocess_env() -> dict[str, str]:
    """The environment for a child python: this one's, plus src/ when testing from source."""
    env = dict(os.environ)
    package_parent = str(Path(newsparse.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    return env


def run_python(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "-m", "newsparse", *argv],
        input=stdin,
        capture_output=True,
        env=subprocess_env(),
        check=False,
        timeout=120,
    )


# --- one article ----------------------------------------------------------------------------


def test_summary_of_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    status, out, err = run(capsys, path)
    assert (status, err) == (0, "")
    article = newsparse.parse(ARTICLE)
    assert out.startswith(f"== {path} ==\n")
    for name in ("title", "site", "source", "authors", "dateline", "published", "updated"):
        assert f"\n{name} " in out
    assert f"paragraphs  {len(article.paragraphs)} " in out
    assert f"quotes      {len(article.quotes)}\n" in out
    assert f"chrome      {len(article.chrome)}\n" in out
    for chrome in article.chrome:
        assert f"  {chrome.kind.value}" in out
        assert chrome.text in out
    for quote in article.quotes:
        assert quote.text[:40] in out


def test_summary_shows_speakers_and_values() -> None:
    quote = newsparse.Quote(
        start=1,
        end=8,
        text="We won.",
        speaker=newsparse.Speaker(
            name="Jonathan Braga",
            mention="he",
            start=20,
            end=22,
            title="Brigadier General",
            role="director of operations",
        ),
        cue="added",
    )
    article = newsparse.parse("Title\n\nBody text.")
    article = newsparse.Article(
        text=article.text,
        metadata=newsparse.Metadata(title="Title", authors=("Ann Lee", "Tom Hale"), views=2154),
        paragraphs=article.paragraphs,
        quotes=(quote,),
        chrome=(),
    )
    from newsparse._report import summary  # noqa: PLC0415 (the CLI's private view)

    text = summary(article, "x")
    assert "authors     Ann Lee, Tom Hale\n" in text
    assert "views       2,154\n" in text
    assert (
        '   1. Jonathan Braga (Brigadier General; director of operations) [as "he"] - added\n'
        "      “We won.”"
    ) in text


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    status, out, err = run(capsys, "-", "--json")
    assert (status, err) == (0, "")
    assert jsonl(out) == [newsparse.parse(ARTICLE).to_dict()]


def test_json_is_to_dict_with_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    status, out, _ = run(capsys, "--json", path)
    assert status == 0
    [record] = jsonl(out)
    assert record == {"path": str(path), **newsparse.parse(ARTICLE).to_dict()}
    assert newsparse.Article.from_dict(record) == newsparse.parse(ARTICLE)


def test_json_keeps_non_ascii(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Café opens\n\n“Welcome,” said Zoë.")
    status, out, _ = run(capsys, "--json", path)
    assert status == 0
    assert "Zoë" in out
    assert "“" in out


def test_regions_view(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    status, out, _ = run(capsys, "--regions", path)
    assert status == 0
    article = newsparse.parse(ARTICLE)
    annotated = out.split("\n\n== ")[0].splitlines()
    assert len(annotated) == len(ARTICLE.splitlines())
    for line, source in zip(annotated, ARTICLE.splitlines(), strict=True):
        margin, _, shown = line.partition("|")
        assert shown.strip() == source.strip()
        if not source.strip():
            assert margin.strip() == ""
    kinds = {r.kind.value for r in article.regions} - {"blank"}
    margins = {k.strip() for line in annotated for k in line.split("|")[0].split("+")}
    assert kinds == margins - {""}


# --- the demo -------------------------------------------------------------------------------


def test_demo(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--demo")
    assert (status, err) == (0, "")
    assert f"== {DEMO_NAME} ==" in out
    assert "Island ferry to keep sailing" in out
    assert "paragraphs" in out
    assert "quotes" in out


def test_demo_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--demo", "--json")
    assert status == 0
    [record] = jsonl(out)
    assert record["text"] == DEMO_ARTICLE
    assert newsparse.Article.from_dict(record) == newsparse.parse(DEMO_ARTICLE)


def test_demo_takes_no_file(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--demo", str(write(tmp_path / "a.txt", ARTICLE))])
    assert exited.value.code == 2


def test_python_dash_m_demo() -> None:
    done = run_python("--demo")
    assert done.returncode == 0, done.stderr
    assert DEMO_NAME.encode() in done.stdout
    assert done.stderr == b""


def test_console_script_demo() -> None:
    script = Path(sys.executable).parent / "newsparse"
    if not script.is_file():
        found = shutil.which("newsparse")
        if found is None:
            pytest.skip("the newsparse script is not installed (running from src/)")
        script = Path(found)
    done = subprocess.run(  # noqa: S603 (our own script)
        [str(script), "--demo"], capture_output=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert DEMO_NAME.encode() in done.stdout


# --- what the demo is there to show (the rules are general; these are its expected values) --


@pytest.fixture(scope="module")
def demo() -> newsparse.Article:
    return newsparse.parse(DEMO_ARTICLE)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        pytest.param(
            "title",
            "Island ferry to keep sailing after harbour town votes to pay for it",
            id="title",
        ),
        pytest.param("authors", ("Maren Odell",), id="authors"),
        pytest.param("site", "Harbour Gazette", id="site"),
        pytest.param("dateline", "PORT ELLISON", id="dateline"),
        pytest.param("views", 3418, id="views"),
        pytest.param("updated", None, id="updated-is-not-the-banner-clock"),
    ],
)
def test_demo_metadata(demo: newsparse.Article, field: str, expected: object) -> None:
    assert getattr(demo.metadata, field) == expected


def test_demo_chrome(demo: newsparse.Article) -> None:
    kinds = {c.text: c.kind for c in demo.chrome}
    assert kinds.get("Last Update 08:12") is newsparse.ChromeKind.BANNER
    assert kinds.get("Thursday, 12 March 2026") is newsparse.ChromeKind.BANNER
    assert kinds.get("Views: 3,418") is newsparse.ChromeKind.COUNTER
    assert kinds.get("Share this article: Facebook Twitter WhatsApp Email") is (
        newsparse.ChromeKind.SHARE
    )
    assert kinds.get("Read more: Island school to stay open for another year") in {
        newsparse.ChromeKind.RELATED,
        newsparse.ChromeKind.PROMPT,
    }
    assert kinds.get("© 2026 Harbour Gazette. All rights reserved.") is (
        newsparse.ChromeKind.COPYRIGHT
    )


def test_demo_body(demo: newsparse.Article) -> None:
    assert len(demo.paragraphs) == 8
    assert "Voters in this harbour town" in demo.paragraphs[0].text
    assert demo.paragraphs[-1].text.startswith("The levy adds")


@pytest.mark.parametrize(
    ("number", "name", "mention", "title", "cue"),
    [
        pytest.param(0, "Tomas Brekke", "Brekke", "Mayor", "said", id="title-and-name-after"),
        pytest.param(1, "Ingrid Solberg", "Solberg", None, "said", id="name-before-colon"),
        pytest.param(2, "Olav Lind", "Lind", None, "told", id="told"),
        pytest.param(3, "Olav Lind", "he", None, "added", id="he-added"),
        pytest.param(4, "a county spokeswoman", "spokeswoman", None, "said", id="description"),
    ],
)
def test_demo_quotes(
    demo: newsparse.Article, number: int, name: str, mention: str, title: str | None, cue: str
) -> None:
    assert len(demo.quotes) == 5
    quote = demo.quotes[number]
    assert quote.speaker is not None
    assert quote.speaker.name.casefold() == name.casefold()
    assert mention in quote.speaker.mention
    assert quote.speaker.title == title
    assert quote.cue == cue


# --- corpora --------------------------------------------------------------------------------


def test_many_files_give_jsonl_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", f"Story {n}\n\nBody of story {n}.") for n in range(5)]
    status, out, err = run(capsys, "--json", *reversed(paths))
    assert (status, err) == (0, "")
    assert [r["path"] for r in jsonl(out)] == [str(p) for p in reversed(paths)]


def test_many_summaries_are_separated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    one, two = write(tmp_path / "1.txt", ARTICLE), write(tmp_path / "2.txt", OTHER)
    status, out, _ = run(capsys, one, two)
    assert status == 0
    assert f"\n\n== {two} ==\n" in out


def test_directory_is_read_recursively(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "b.txt", OTHER)
    write(tmp_path / "a" / "z.txt", ARTICLE)
    write(tmp_path / "a" / "notes.md", "not an article")
    write(tmp_path / "c.json", "{}")
    status, out, err = run(capsys, "--json", tmp_path)
    assert (status, err) == (0, "")
    assert [r["path"] for r in jsonl(out)] == [
        str(tmp_path / "a" / "z.txt"),
        str(tmp_path / "b.txt"),
    ]


def test_jsonl_input_carries_fields_through(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    records = [
        {"id": 1, "url": "https://example.org/1", "text": ARTICLE},
        {"id": 2, "text": OTHER, "tags": ["x"]},
    ]
    path = write(tmp_path / "in.jsonl", "".join(json.dumps(r) + "\n" for r in records) + "\n")
    status, out, err = run(capsys, path, "--json")
    assert (status, err) == (0, "")
    first, second = jsonl(out)
    assert first == {"id": 1, "url": "https://example.org/1", **newsparse.parse(ARTICLE).to_dict()}
    assert second == {"id": 2, "tags": ["x"], **newsparse.parse(OTHER).to_dict()}


def test_jsonl_flag_reads_any_file_as_jsonl(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "records.txt", json.dumps({"text": OTHER}) + "\n")
    status, out, _ = run(capsys, "--jsonl", "--json", path)
    assert status == 0
    assert jsonl(out) == [newsparse.parse(OTHER).to_dict()]


def test_jsonl_summary_labels_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "in.jsonl", json.dumps({"text": OTHER}) + "\n")
    status, out, _ = run(capsys, path)
    assert status == 0
    assert out.startswith(f"== {path}:1 ==\n")


BAD_RECORDS = [
    pytest.param("{not json", "not valid JSON", id="invalid-json"),
    pytest.param('["text"]', "JSON object", id="not-an-object"),
    pytest.param('{"body": "x"}', '"text" field', id="no-text"),
    pytest.param('{"text": 3}', '"text" field', id="text-not-str"),
    pytest.param('{"text": null}', '"text" field', id="text-null"),
]


@pytest.mark.parametrize(("line", "message"), BAD_RECORDS)
def test_bad_jsonl_record_is_reported_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, message: str
) -> None:
    good = json.dumps({"id": "ok", "text": OTHER})
    path = write(tmp_path / "in.jsonl", f"{good}\n{line}\n{good}\n")
    status, out, err = run(capsys, "--json", path)
    assert status == 1
    assert [r["id"] for r in jsonl(out)] == ["ok", "ok"]
    first, summary = err.splitlines()
    assert first.startswith(f"newsparse: {path}:2: ")
    assert message in first
    assert summary == "newsparse: 1 of 3 inputs failed"


def test_missing_file_is_reported_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = write(tmp_path / "good.txt", OTHER)
    status, out, err = run(capsys, "--json", tmp_path / "missing.txt", good)
    assert status == 1
    assert [r["path"] for r in jsonl(out)] == [str(good)]
    assert err.splitlines() == [
        f"newsparse: {tmp_path / 'missing.txt'}: no such file",
        "newsparse: 1 of 2 inputs failed",
    ]


def test_missing_jsonl_file_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, tmp_path / "missing.jsonl")
    assert status == 1
    assert "missing.jsonl: no such file" in err


def test_undecodable_bytes_are_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café opens\n\nIt is open.".encode("latin-1"))
    status, out, err = run(capsys, path)
    assert status == 1
    assert out == ""
    assert f"newsparse: {path}: cannot decode byte 3 as utf-8" in err
    assert "--encoding" in err


def test_encoding_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café opens\n\nIt is open.".encode("latin-1"))
    status, out, _ = run(capsys, "--encoding", "latin-1", "--json", path)
    assert status == 0
    assert jsonl(out)[0]["text"] == "Café opens\n\nIt is open."


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param([], "give a FILE", id="no-input"),
        pytest.param(["--encoding", "no-such-codec", "x"], "unknown encoding", id="encoding"),
        pytest.param(["--jobs", "-1", "x"], "--jobs", id="jobs"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(None, b"no such file", id="missing"),
        pytest.param(b"caf\xe9\n", b"cannot decode", id="undecodable"),
    ],
)
def test_bad_input_never_shows_a_traceback(
    tmp_path: Path, content: bytes | None, expected: bytes
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    done = run_python(str(path))
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert expected in done.stderr.splitlines()[0]


def test_directory_as_jsonl_file_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "dir.jsonl").mkdir()
    status, out, err = run(capsys, "--json", tmp_path / "dir.jsonl")
    assert (status, out) == (1, "")
    assert "no article found" in err or "is a directory" in err


# --- jobs and progress ----------------------------------------------------------------------


def test_jobs_give_the_same_output_in_the_same_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    texts = [ARTICLE, OTHER, DEMO_ARTICLE, "", "Title only"] * 8
    paths = [write(tmp_path / f"{n:02d}.txt", t) for n, t in enumerate(texts)]
    missing = tmp_path / "missing.txt"
    argv: Sequence[str | os.PathLike[str]] = ["--json", *paths[:7], missing, *paths[7:]]
    one = run(capsys, *argv)
    two = run(capsys, "--jobs", "2", *argv)
    assert one == two
    assert one[0] == 1
    assert len(jsonl(one[1])) == len(paths)


def test_no_progress_bar_when_piped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", OTHER)
    status, _, err = run(capsys, path)
    assert (status, err) == (0, "")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paths = [write(tmp_path / f"{n}.txt", OTHER) for n in range(3)]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = cli.main(["--json", *map(str, paths)])
    assert status == 0
    bar = terminal.getvalue()
    assert "3/3" in bar
    assert "/s" in bar
    assert "left" in bar
    assert bar.endswith("\r\x1b[K"), "the bar is erased at the end"
    assert len(jsonl(capsys.readouterr().out)) == 3


def test_progress_can_be_forced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "in.jsonl", json.dumps({"text": OTHER}) + "\n")
    status, _, err = run(capsys, "--progress", path)
    assert status == 0
    assert "1/1" in err


# --- html -----------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(newsparse, "to_html"), reason="newsparse.to_html not built yet")
def test_html_writes_the_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = write(tmp_path / "a.txt", ARTICLE)
    target = tmp_path / "a.html"
    status, _, err = run(capsys, "--html", target, source)
    assert status == 0
    assert f"wrote {target}" in err
    page = target.read_text(encoding="utf-8")
    assert page == newsparse.to_html(newsparse.parse(ARTICLE))


@pytest.mark.skipif(not hasattr(newsparse, "to_html"), reason="newsparse.to_html not built yet")
def test_html_needs_one_article(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    one, two = write(tmp_path / "1.txt", ARTICLE), write(tmp_path / "2.txt", OTHER)
    with pytest.raises(SystemExit) as exited:
        cli.main(["--html", str(tmp_path / "x.html"), str(one), str(two)])
    assert exited.value.code == 2
    assert "exactly one" in capsys.readouterr().err


@pytest.mark.skipif(hasattr(newsparse, "to_html"), reason="newsparse.to_html exists")
def test_html_without_renderer_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--html", str(tmp_path / "x.html"), "--demo"])
    assert exited.value.code == 2
    assert "to_html" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("newsparse ")


# --- text that no encoding can write, and bugs --------------------------------------------


def test_lone_surrogates_in_jsonl_give_valid_json() -> None:
    record = json.dumps({"id": 7, "text": "Title\n\nBroken \ud800 text, and café."})
    done = run_python("--jsonl", "--json", "-", stdin=record.encode())
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.decode("utf-8").splitlines()
    data = json.loads(line)
    assert data["id"] == 7
    assert data["text"] == "Title\n\nBroken \ud800 text, and café."


def test_lone_surrogates_in_a_summary_are_escaped() -> None:
    record = json.dumps({"text": "Title \ud800\n\nBody."})
    done = run_python("--jsonl", "-", stdin=record.encode())
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"\\ud800" in done.stdout


def test_a_bug_on_one_input_is_reported_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = newsparse.parse

    def parse(text: str) -> newsparse.Article:
        if "boom" in text:
            msg = "simulated bug"
            raise RuntimeError(msg)
        return real(text)

    monkeypatch.setattr(newsparse, "parse", parse)
    bad, good = write(tmp_path / "bad.txt", "boom"), write(tmp_path / "good.txt", OTHER)
    status, out, err = run(capsys, "--json", bad, good)
    assert status == 1
    assert [r["path"] for r in jsonl(out)] == [str(good)]
    assert f"newsparse: {bad}: newsparse failed on this input (RuntimeError: simulated bug)" in err


# --- failures of the machinery ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "message"),
    [
        pytest.param(PermissionError(13, "Permission denied"), "permission denied", id="perm"),
        pytest.param(IsADirectoryError(21, "Is a directory"), "is a directory", id="dir"),
        pytest.param(OSError(5, "Input/output error"), "cannot read: Input/output error", id="io"),
    ],
)
def test_unreadable_file_is_reported(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    error: OSError,
    message: str,
) -> None:
    path = write(tmp_path / "a.txt", OTHER)

    def read_bytes(_self: Path) -> bytes:
        raise error

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    status, out, err = run(capsys, path)
    assert (status, out) == (1, "")
    assert err.splitlines()[0] == f"newsparse: {path}: {message}"


def test_progress_without_a_known_total(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(OTHER.encode())))
    status, _, err = run(capsys, "--progress", "-")
    assert status == 0
    assert "1 parsed" in err


def test_progress_counts_directories_and_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path / "dir" / "a.txt", OTHER)
    write(tmp_path / "dir" / "b" / "c.txt", OTHER)
    records = write(tmp_path / "in.jsonl", json.dumps({"text": OTHER}) + "\n\n")
    status, _, err = run(
        capsys, "--progress", "--json", tmp_path / "dir", records, tmp_path / "gone.jsonl"
    )
    assert status == 1
    assert "4/4" in err


@pytest.mark.parametrize(
    ("error", "status", "message"),
    [
        pytest.param(KeyboardInterrupt(), 130, "newsparse: interrupted", id="interrupt"),
        pytest.param(BrokenProcessPool("gone"), 1, "worker process died", id="dead-worker"),
    ],
)
def test_interruptions_end_with_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    error: BaseException,
    status: int,
    message: str,
) -> None:
    def stop(*_: object, **__: object) -> int:
        raise error

    monkeypatch.setattr(cli, "_run", stop)
    result, out, err = run(capsys, write(tmp_path / "a.txt", OTHER))
    assert (result, out) == (status, "")
    assert len(err.splitlines()) == 1
    assert message in err


def test_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    records = "".join(json.dumps({"n": n, "text": DEMO_ARTICLE}) + "\n" for n in range(300))
    path = write(tmp_path / "in.jsonl", records)
    child = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "-m", "newsparse", "--json", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    assert child.stdout is not None
    assert child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()
    status = child.wait(timeout=120)
    err = child.stderr.read()
    child.stderr.close()
    assert json.loads(first)["n"] == 0
    assert status == 1
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err


def test_text_field_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "in.jsonl", json.dumps({"id": 1, "body": OTHER, "text": "x"}) + "\n")
    status, out, _ = run(capsys, "--json", "--text-field", "body", path)
    assert status == 0
    assert jsonl(out) == [{"id": 1, "text": OTHER, **newsparse.parse(OTHER).to_dict()}]
    status, _, err = run(capsys, "--text-field", "content", path)
    assert status == 1
    assert 'no "content" field' in err


def test_progress_bar_on_a_real_terminal(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    paths = [str(write(tmp_path / f"{n}.txt", OTHER)) for n in range(3)]
    leader, follower = pty.openpty()
    try:
        child = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            [sys.executable, "-m", "newsparse", "--json", *paths],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=subprocess_env(),
        )
        out, _ = child.communicate(timeout=120)
    finally:
        os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: everything was read
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert child.returncode == 0
    assert len(out.splitlines()) == 3
    assert b"3/3" in seen
    assert b"left" in seen
