"""Errors: a caller's wrong kind of argument raises InputTypeError, which says what to do.

Every public function that takes the article text first checks it at the boundary: any
``str`` (a subclass too) is fine; bytes raise an error whose message carries a line that
decodes them, and that line, run as written, gives text that parses.
"""

from __future__ import annotations

import inspect
import pickle
import re
from collections import UserString
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsparse
from newsparse.errors import check_text

if TYPE_CHECKING:
    from collections.abc import Callable

#: Every public function whose first parameter is the article text.
TEXT_FUNCTIONS: dict[str, Callable[[Any], object]] = {
    "parse": newsparse.parse,
    "parse_metadata": newsparse.parse_metadata,
    "split_paragraphs": newsparse.split_paragraphs,
    "attribute_quotes": newsparse.attribute_quotes,
    "strip_chrome": newsparse.strip_chrome,
    "parse_date": newsparse.parse_date,
    "find_dates": newsparse.find_dates,
}

#: Values that are not text, each with what the message must say about it.
NOT_TEXT = [
    pytest.param(b"Headline\n\n\xe2\x80\x9cHi,\xe2\x80\x9d Lee said.", "bytes", id="bytes"),
    pytest.param(bytearray(b"Headline"), "bytearray", id="bytearray"),
    pytest.param(memoryview(b"Headline"), "memoryview", id="memoryview"),
    pytest.param(None, "None", id="None"),
    pytest.param(0, "int", id="int"),
    pytest.param(4.5, "float", id="float"),
    pytest.param(["Headline", "Body."], "list", id="list"),
    pytest.param(("Headline",), "tuple", id="tuple"),
    pytest.param({"text": "Headline"}, "dict", id="dict"),
    pytest.param(Path("article.txt"), "Path", id="path"),
    pytest.param(UserString("Headline"), "UserString", id="userstring"),
]

BYTES = [
    pytest.param(b"Caf\xc3\xa9 owner says \xe2\x80\x9cno\xe2\x80\x9d\n\nBody.", id="utf-8"),
    pytest.param(b"\xff\xfe broken \x80 bytes", id="invalid-utf-8"),
    pytest.param(b"", id="empty"),
]


def test_every_text_function_is_covered() -> None:
    """A new public function taking ``text`` first must join TEXT_FUNCTIONS."""
    found = set()
    for name in newsparse.__all__:
        obj = getattr(newsparse, name)
        if inspect.isfunction(obj):
            parameters = list(inspect.signature(obj).parameters)
            if parameters and parameters[0] == "text":
                found.add(name)
    assert found == set(TEXT_FUNCTIONS)


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
@pytest.mark.parametrize(("value", "named"), NOT_TEXT)
def test_not_text_raises_input_type_error(name: str, value: object, named: str) -> None:
    with pytest.raises(newsparse.InputTypeError) as caught:
        TEXT_FUNCTIONS[name](value)
    error = caught.value
    assert isinstance(error, TypeError), "except TypeError catches it"
    assert isinstance(error, newsparse.NewsparseError), "except NewsparseError catches it"
    assert not isinstance(error, ValueError)
    message = str(error)
    assert named in message, "the message names what was passed"
    assert "must be str" in message, "the message says what to pass"


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
@pytest.mark.parametrize("value", BYTES)
def test_bytes_message_gives_a_decode_line_that_works(name: str, value: bytes) -> None:
    with pytest.raises(newsparse.InputTypeError) as caught:
        TEXT_FUNCTIONS[name](value)
    message = str(caught.value)
    assert "decode" in message
    # The message shows a line such as text.decode("utf-8", errors="replace"): run it.
    line = re.search(r"(?P<name>\w+)(?P<call>\.decode\([^)]*\))", message)
    assert line is not None, f"no decode line in {message!r}"
    decoded = eval(f"value{line.group('call')}", {}, {"value": value})  # noqa: S307 (our own message)
    assert isinstance(decoded, str)
    assert newsparse.parse(decoded).check_partition()


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_none_message_says_to_pass_empty_text(name: str) -> None:
    with pytest.raises(newsparse.InputTypeError, match="''"):
        TEXT_FUNCTIONS[name](None)


class _Text(str):
    """A str subclass, as some frameworks hand out (markup-safe strings, say)."""

    __slots__ = ()


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param("", id="empty"),
        pytest.param("Headline\n\n\u201cHi,\u201d Lee said.", id="str"),
        pytest.param(_Text("Headline\n\n\u201cHi,\u201d Lee said."), id="str-subclass"),
    ],
)
def test_any_str_is_accepted(name: str, value: str) -> None:
    TEXT_FUNCTIONS[name](value)


def test_error_classes() -> None:
    assert issubclass(newsparse.InputTypeError, newsparse.NewsparseError)
    assert issubclass(newsparse.InputTypeError, TypeError)
    assert issubclass(newsparse.OptionsError, newsparse.NewsparseError)
    assert issubclass(newsparse.NewsparseError, Exception)
    assert not issubclass(newsparse.NewsparseError, (TypeError, ValueError))


def test_error_survives_pickling() -> None:
    """Errors cross process pools (multiprocessing pickles them) unchanged."""
    with pytest.raises(newsparse.InputTypeError) as caught:
        newsparse.parse(b"bytes")  # type: ignore[arg-type]
    copy = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 (our own object)
    assert type(copy) is newsparse.InputTypeError
    assert str(copy) == str(caught.value)


@pytest.mark.parametrize(
    ("argument", "value"),
    [pytest.param("text", b"x", id="text"), pytest.param("body", None, id="other-name")],
)
def test_check_text_names_the_argument(argument: str, value: object) -> None:
    with pytest.raises(newsparse.InputTypeError, match=rf"^{argument} must be str"):
        check_text(value, argument=argument)
