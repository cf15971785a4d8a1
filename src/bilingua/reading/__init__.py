"""Reading inputs as users have them: plain text, HTML pages, JSON Lines, WARC and WET archives.

One layer serves the command line, the batch runner and the Python API. :func:`items` splits
files (and standard input) into :class:`Item`\\s — one per document: a file, a JSONL line, an
archive's HTML response — and :class:`Unread` records that give none; :func:`parse` reads an
item into a :class:`Reading`: the text every offset indexes into, with its
:class:`~bilingua.model.Provenance` (source, format, URL, date, charset, language hints).
:func:`read` and :func:`read_all` do both for the Python API::

    page = bilingua.read("page.html")
    document = bilingua.analyze(page)            # offsets index into page.text

The format is the one asked for, or by the file's suffix, or by sniffing its first bytes
(:mod:`bilingua.reading._sniff`). Modules: ``_items`` (the objects), ``_sniff`` (formats),
``_charset`` (decoding), ``_text`` (text built block by block), ``widgets`` (embedded posts),
``html`` (pages), ``jsonl``, ``warc``. This package imports only :mod:`bilingua.model` and
:mod:`bilingua.errors`; the stages after it take its hints as data.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from bilingua.errors import InputError
from bilingua.model import LangHint, Provenance
from bilingua.reading._charset import decode, html_charset
from bilingua.reading._items import (
    INPUT_FORMATS,
    Format,
    InputFormat,
    Item,
    Reading,
    SourceFormat,
    Unread,
)
from bilingua.reading._sniff import HEAD_BYTES, SUFFIXES, check_html, format_of
from bilingua.reading.html import page_text
from bilingua.reading.jsonl import jsonl_items
from bilingua.reading.warc import warc_items

__all__ = [
    "INPUT_FORMATS",
    "STDIN",
    "SUFFIXES",
    "Format",
    "InputFormat",
    "Item",
    "Reading",
    "Unread",
    "decode",
    "items",
    "parse",
    "read",
    "read_all",
]

STDIN = "-"  #: the name standing for standard input among paths


def items(
    paths: Iterable[str | os.PathLike[str]],
    *,
    input_format: InputFormat = "auto",
    text_field: str = "text",
) -> Iterator[Item | Unread]:
    """The documents of ``paths``, in order, lazily: each file, JSONL line or archive record.

    Args:
        paths: files, or ``"-"`` for standard input.
        input_format: ``auto`` (by suffix, else by content), or the format of every input.
        text_field: the field of a JSONL line that holds the text.

    Yields:
        An :class:`Item` per document, an :class:`Unread` per record that gives none.

    Raises:
        InputError: a path cannot be opened.
    """
    for path in paths:
        name = str(path)
        stream = _open(name)
        with stream if name != STDIN else contextlib.nullcontext(stream):
            head = stream.peek(HEAD_BYTES)[:HEAD_BYTES]
            chosen: SourceFormat = format_of(name, head) if input_format == "auto" else input_format
            if chosen == "warc":
                yield from warc_items(stream, _display(name))
            elif chosen == "jsonl":
                yield from jsonl_items(stream, _display(name), text_field)
            else:
                yield Item.of(_display(name), chosen, stream.read())


def _display(name: str) -> str:
    return "<stdin>" if name == STDIN else name


def _open(name: str) -> io.BufferedReader:
    """A buffered binary stream of the file ``name`` or of stdin, able to ``peek``."""
    if name == STDIN:
        stdin = sys.stdin.buffer
        return stdin if isinstance(stdin, io.BufferedReader) else io.BufferedReader(stdin)  # type: ignore[arg-type]
    path = Path(name)
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a file")
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def parse(item: Item, encoding: str | None = None) -> Reading:
    """Read ``item`` into its text and provenance.

    Args:
        item: a document from :func:`items`.
        encoding: the charset of every input, overriding what pages declare; by default text
            is UTF-8 and a page is read in the charset it declares (docs/input.md).

    Raises:
        InputError: undecodable bytes, an unknown charset, content that is not HTML for an
            HTML item, a page with no article text.
    """
    provenance = Provenance(source=item.name, format=item.format, url=item.url, date=item.date)
    if isinstance(item.content, str):
        return Reading(item.content, provenance)
    if item.format in ("html", "warc"):
        return _parse_html(item.content, item, encoding, provenance)
    charset = encoding or "utf-8"
    text = decode(item.content, item.name, charset)
    if item.format == "wet":  # each line of a WET record is a block of the page
        text = text.replace("\r\n", "\n").replace("\n", "\n\n")
    return Reading(text, provenance.model_copy(update={"encoding": charset}))


def _parse_html(data: bytes, item: Item, encoding: str | None, base: Provenance) -> Reading:
    check_html(data, item.name)
    charset, declared_by = html_charset(data, item.charset, encoding)
    page = page_text(decode(data, item.name, charset, declared_by), item.name)
    hints = tuple(LangHint.of(page.text, start, end, lang=lang) for start, end, lang in page.hints)
    provenance = base.model_copy(
        update={
            "encoding": charset,
            "hints": hints,
            "unread_embeds": tuple(page.unread_embeds),
            "url": base.url or page.url,
        }
    )
    return Reading(page.text, provenance)


def read_all(
    source: str | os.PathLike[str] | bytes,
    format: InputFormat = "auto",
    *,
    encoding: str | None = None,
    text_field: str = "text",
) -> Iterator[Reading]:
    """Every document of a file (or of ``bytes``): one for a page, one per line or record.

    Records that are no documents (requests, revisits, images) are passed over; an unusable
    record raises, after the documents before it.

    Args:
        source: a path, ``"-"`` for stdin, or the content itself as ``bytes``.
        format: ``auto`` (by suffix, else by content), ``text``, ``html``, ``jsonl``, ``warc``.
        encoding: as for :func:`parse`.
        text_field: the field of a JSONL line that holds the text.

    Raises:
        InputError: the source cannot be read, or a document in it cannot be used.
    """
    if format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {format!r}: use one of {', '.join(INPUT_FORMATS)}")
    if isinstance(source, bytes):
        entries = _items_of_bytes(source, format, text_field)
    else:
        entries = items([source], input_format=format, text_field=text_field)
    for entry in entries:
        if isinstance(entry, Unread):
            if entry.failed:
                raise InputError(f"{entry.name}: {entry.reason}")
            continue
        yield parse(entry, encoding)


def _items_of_bytes(data: bytes, format: InputFormat, text_field: str) -> Iterator[Item | Unread]:
    chosen: SourceFormat = format_of("<bytes>", data[:HEAD_BYTES]) if format == "auto" else format
    stream: IO[bytes] = io.BytesIO(data)
    if chosen == "warc":
        return warc_items(stream, "<bytes>")
    if chosen == "jsonl":
        return jsonl_items(stream, "<bytes>", text_field)
    return iter([Item.of("<bytes>", chosen, data)])


def read(
    source: str | os.PathLike[str] | bytes,
    format: InputFormat = "auto",
    *,
    encoding: str | None = None,
    text_field: str = "text",
) -> Reading:
    """The one document of a file (or of ``bytes``): a text file, a page, a one-record archive.

    Args:
        source: a path, ``"-"`` for stdin, or the content itself as ``bytes`` (a ``str`` is
            always a path: pass markup as ``markup.encode()``).
        format: as for :func:`read_all`.
        encoding: as for :func:`parse`.
        text_field: as for :func:`read_all`.

    Returns:
        A :class:`Reading`: pass it to :func:`bilingua.analyze`.

    Raises:
        InputError: the source cannot be read, or it holds no document or several (use
            :func:`read_all` for corpora and archives).
    """
    documents = read_all(source, format, encoding=encoding, text_field=text_field)
    first = next(documents, None)
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    if first is None:
        raise InputError(f"{name}: holds no document")
    if next(documents, None) is not None:
        raise InputError(f"{name}: holds several documents; read them with bilingua.read_all")
    return first
