"""The exceptions newsparse raises: only for caller mistakes, never for odd text.

Every ``str`` is valid input. What raises is a wrong *kind* of argument (bytes, ``None``,
a number) or an option that cannot mean anything. Each concrete error also subclasses the
matching builtin, so ``except TypeError`` works as well as ``except NewsparseError``.

>>> import newsparse
>>> try:
...     newsparse.parse(b"bytes")
... except newsparse.InputTypeError as error:
...     print(isinstance(error, TypeError))
True
"""

from __future__ import annotations

__all__ = ["InputTypeError", "NewsparseError", "OptionsError"]


def __dir__() -> list[str]:
    return __all__


class NewsparseError(Exception):
    """Base class of every exception newsparse raises.

    >>> import newsparse
    >>> issubclass(newsparse.InputTypeError, NewsparseError)
    True

    .. versionadded:: 0.1.0
    """


class InputTypeError(NewsparseError, TypeError):
    """The text argument is not a ``str``.

    The message says what to pass instead; for bytes it gives the line that decodes them.

    >>> import newsparse
    >>> try:
    ...     newsparse.parse(b"Views: 12")
    ... except InputTypeError as error:
    ...     print(error)
    text must be str, not bytes: decode it first, for example text.decode("utf-8", errors="replace")

    .. versionadded:: 0.1.0
    """


class OptionsError(NewsparseError, ValueError):
    """An option has a value that cannot be used (a ``reference`` that is not a date, say).

    >>> import newsparse
    >>> try:
    ...     newsparse.ParseOptions(reference="2018-02-06")
    ... except OptionsError as error:
    ...     print(isinstance(error, ValueError))
    True

    .. versionadded:: 0.1.0
    """


def check_text(text: object, *, argument: str = "text") -> str:
    """Return ``text`` unchanged when it is a ``str``; raise :class:`InputTypeError` if not.

    :param text: the value a caller passed as the article text.
    :param argument: the parameter's name, used in the message.
    :returns: ``text``, typed as ``str``.
    :raises InputTypeError: for bytes, ``None`` and every other non-``str`` value.

    >>> check_text("ok")
    'ok'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        msg = (
            f"{argument} must be str, not {type(text).__name__}: decode it first, for "
            f'example {argument}.decode("utf-8", errors="replace")'
        )
    elif text is None:
        msg = f"{argument} must be str, not None: pass the article's text ('' for none)"
    else:
        msg = (
            f"{argument} must be str, not {type(text).__name__}: pass the article's "
            "plain text as a str"
        )
    raise InputTypeError(msg)
