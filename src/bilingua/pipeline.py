"""``analyze``: run the stages in order over one text and return a :class:`Document`.

Data flows one way: text → segments (:mod:`bilingua.detect`) → quotes
(:mod:`bilingua.quotes`) → document.
"""

from __future__ import annotations

from bilingua._version import __version__
from bilingua.detect import detect
from bilingua.errors import InputError
from bilingua.model import Document, Meta
from bilingua.quotes import find_quotes

__all__ = ["analyze"]


def analyze(text: str, *, source: str | None = None) -> Document:
    """Find the language segments and quotations of ``text``.

    Args:
        text: the document, any size; offsets in the result index into it (code points).
        source: where the text came from, recorded on the document (e.g. a file path).

    Returns:
        A :class:`~bilingua.model.Document` whose spans all satisfy
        ``text[span.start:span.end] == span.text``.

    Raises:
        InputError: ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise InputError(f"analyze() takes a str, not {type(text).__name__}")
    segments = detect(text)
    quotes = find_quotes(text, segments)
    return Document(
        text=text,
        source=source,
        segments=tuple(segments),
        quotes=tuple(quotes),
        meta=Meta(version=__version__, backend="none"),
    )
