"""The public surface: names, version, and the errors a caller's mistakes raise."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.metadata
import os
import pkgutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsparse

if TYPE_CHECKING:
    from collections.abc import Callable

#: The contract of issue 2: these names are what the shared scorers and users call.
CONTRACT = (
    "Article",
    "ChromeKind",
    "ChromeLine",
    "InputTypeError",
    "Metadata",
    "NewsparseError",
    "OptionsError",
    "Paragraph",
    "ParseOptions",
    "Quote",
    "Region",
    "RegionKind",
    "Span",
    "Speaker",
    "Stripped",
    "attribute_quotes",
    "parse",
    "parse_metadata",
    "split_paragraphs",
    "strip_chrome",
)

#: The public modules (no leading underscore), each with its own ``__all__`` and ``__dir__``.
MODULES = sorted(
    [
        "newsparse",
        *(
            info.name
            for info in pkgutil.iter_modules(newsparse.__path__, prefix="newsparse.")
            if not info.name.rsplit(".", 1)[1].startswith("_")
        ),
    ]
)

#: Every public function that takes the article text first.
TEXT_FUNCTIONS: tuple[tuple[str, Callable[[Any], object]], ...] = (
    ("parse", newsparse.parse),
    ("parse_metadata", newsparse.parse_metadata),
    ("split_paragraphs", newsparse.split_paragraphs),
    ("attribute_quotes", newsparse.attribute_quotes),
    ("strip_chrome", newsparse.strip_chrome),
    ("parse_date", newsparse.parse_date),
)

#: Every public function that takes ``options=``.
OPTION_FUNCTIONS: tuple[tuple[str, Callable[..., object]], ...] = (
    ("parse", newsparse.parse),
    ("parse_metadata", newsparse.parse_metadata),
    ("strip_chrome", newsparse.strip_chrome),
    ("parse_date", newsparse.parse_date),
)

#: Wrong inputs, and a word the error message must contain to say what to do instead.
BAD_TEXT = [
    pytest.param(b"Headline\n\nBody.", "decode", id="bytes"),
    pytest.param(bytearray(b"Headline"), "decode", id="bytearray"),
    pytest.param(None, "str", id="None"),
    pytest.param(42, "str", id="int"),
    pytest.param(["Headline"], "str", id="list"),
    pytest.param(Path("article.txt"), "str", id="path"),
]


def test_contract_names_are_exported() -> None:
    missing = [name for name in CONTRACT if name not in newsparse.__all__]
    assert missing == []


def test_all_names_exist_and_are_sorted() -> None:
    assert [n for n in newsparse.__all__ if not hasattr(newsparse, n)] == []
    assert list(newsparse.__all__) == sorted(newsparse.__all__)
    assert len(set(newsparse.__all__)) == len(newsparse.__all__)


def test_dir_is_all_plus_version() -> None:
    assert sorted(dir(newsparse)) == sorted([*newsparse.__all__, "__version__"])


@pytest.mark.parametrize("name", MODULES)
def test_module_has_all_and_dir(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} says its single concern in a docstring"
    exported = module.__all__
    assert [n for n in exported if not hasattr(module, n)] == []
    if name != "newsparse":
        assert sorted(dir(module)) == sorted(exported)


def test_private_names_are_not_exported() -> None:
    assert [n for n in newsparse.__all__ if n.startswith("_")] == []


def test_version_equals_metadata() -> None:
    try:
        expected = importlib.metadata.version("newsparse")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("newsparse is not installed (running from src/): no metadata to compare")
    assert newsparse.__version__ == expected


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = newsparse.no_such_name


def test_package_is_typed() -> None:
    assert (Path(newsparse.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize(("name", "function"), TEXT_FUNCTIONS, ids=[n for n, _ in TEXT_FUNCTIONS])
@pytest.mark.parametrize(("value", "hint"), BAD_TEXT)
def test_non_str_text_raises_input_type_error(
    name: str, function: Callable[..., object], value: object, hint: str
) -> None:
    with pytest.raises(newsparse.InputTypeError) as caught:
        function(value)
    error = caught.value
    assert isinstance(error, TypeError)
    assert isinstance(error, newsparse.NewsparseError)
    message = str(error)
    passed = "None" if value is None else type(value).__name__
    assert passed in message, f"{name}: the message names what was passed"
    assert hint in message, f"{name}: the message says what to pass instead"


def test_bytes_message_shows_how_to_decode() -> None:
    with pytest.raises(TypeError, match=r'decode\("utf-8"'):
        newsparse.parse(b"caf\xc3\xa9")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "function"), OPTION_FUNCTIONS, ids=[n for n, _ in OPTION_FUNCTIONS]
)
@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"day_first": True}, id="dict"),
        pytest.param("day_first", id="str"),
        pytest.param(True, id="bool"),
    ],
)
def test_options_must_be_parse_options(
    name: str, function: Callable[..., object], options: object
) -> None:
    with pytest.raises(newsparse.OptionsError) as caught:
        function("Headline\n\nBody.", options=options)
    assert isinstance(caught.value, newsparse.NewsparseError)
    assert "ParseOptions" in str(caught.value), f"{name}: the message names the right type"


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"reference": "2020-01-20"}, id="reference-str"),
        pytest.param({"reference": 1579478400}, id="reference-int"),
        pytest.param({"day_first": "yes"}, id="day-first-str"),
        pytest.param({"strip_chrome": "no"}, id="strip-chrome-str"),
        pytest.param({"chrome": ["Views: 1"]}, id="chrome-list"),
    ],
)
def test_option_values_are_checked(fields: dict[str, Any]) -> None:
    with pytest.raises(newsparse.NewsparseError):
        newsparse.parse("Headline\n\nBody.", options=newsparse.ParseOptions(**fields))


@pytest.mark.parametrize(
    "options",
    [
        pytest.param(newsparse.ParseOptions(), id="default"),
        pytest.param(newsparse.ParseOptions(reference=dt.date(2020, 1, 20)), id="date"),
        pytest.param(
            newsparse.ParseOptions(reference=dt.datetime(2020, 1, 20, 20, 39, tzinfo=dt.UTC)),
            id="aware-datetime",
        ),
        pytest.param(newsparse.ParseOptions(day_first=True), id="day-first"),
        pytest.param(newsparse.ParseOptions(strip_chrome=False), id="keep-chrome"),
    ],
)
def test_valid_options_parse(options: newsparse.ParseOptions) -> None:
    article = newsparse.parse("Headline\n\nBody text here.", options=options)
    assert article.check_partition()


def test_options_are_frozen() -> None:
    options = newsparse.ParseOptions()
    with pytest.raises(AttributeError):
        options.day_first = True  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\n\t", id="blank"),
        pytest.param("\ufeff", id="bom"),
        pytest.param("word", id="one-word"),
    ],
)
def test_any_str_is_valid_input(text: str) -> None:
    article = newsparse.parse(text)
    assert article.text == text
    assert article.check_partition()
    stripped = newsparse.strip_chrome(text)
    assert (stripped.text, stripped.chrome) == (text, ())


def test_api_reference_covers_every_public_name() -> None:
    api = Path(__file__).resolve().parents[1] / "docs" / "api.md"
    if not api.is_file():
        pytest.skip("no docs/api.md beside the tests")
    text = api.read_text(encoding="utf-8")
    assert [n for n in newsparse.__all__ if f"newsparse.{n}\n" not in text] == []


def test_under_ci_the_installed_wheel_is_tested() -> None:
    # .ci/run sets this: the tests must import the installed wheel, never src/.
    if os.environ.get("NEWSPARSE_EXPECT_INSTALLED") != "1":
        pytest.skip("only under .ci/run")
    location = Path(newsparse.__file__).resolve()
    assert "site-packages" in location.parts, location
    assert importlib.metadata.version("newsparse") == newsparse.__version__
