"""What the reading layer hands on: an input before it is read, one it passes over, and a text.

An :class:`Item` is one document as found in its source (a file, a line of a JSONL file, a
record of a web archive): its name, the SHA-256 of its raw content (what resumable batch runs
key it by), its format and its raw content. :func:`bilingua.reading.parse` turns it into a
:class:`Reading`: the text that every offset of the analysis indexes into, with its
:class:`~bilingua.model.Provenance`. An :class:`Unread` is a record that gives no document,
with why: one that is not a document (a request record) or one that cannot be used (a
truncated record), so that nothing is dropped without being counted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Literal

from bilingua.model import Provenance

__all__ = ["Format", "InputFormat", "Item", "Reading", "SourceFormat", "Unread", "sha256_of"]

#: The format of one document: ``warc`` is an HTML response record, ``wet`` a text record.
Format = Literal["text", "html", "jsonl", "warc", "wet"]
#: The format of a whole input (a file): what ``--input-format`` names.
SourceFormat = Literal["text", "html", "jsonl", "warc"]
#: What ``--input-format`` accepts: ``auto`` goes by the file's suffix, else by its content.
InputFormat = Literal["auto", "text", "html", "jsonl", "warc"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html", "jsonl", "warc")


def sha256_of(content: bytes | str) -> str:
    """The hex SHA-256 of ``content`` (a ``str`` is hashed as UTF-8)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Item:
    """One input document before it is read.

    Attributes:
        name: the file, ``path#line`` for a JSONL line, ``path#offset`` for an archive record
            (the byte offset of the record in the archive): with ``sha256`` the resume key.
        sha256: SHA-256 of the raw content (bytes as stored; a ``str`` as UTF-8).
        format: how the content is read.
        content: raw bytes, or text already decoded (a JSONL line's field).
        url: the page's URL, where the source tells it (WARC-Target-URI, a JSONL ``url``).
        date: when the page was captured (WARC-Date).
        charset: the charset an HTTP header declares for the content.
    """

    name: str
    sha256: str
    format: Format
    content: bytes | str
    url: str | None = None
    date: dt.datetime | None = None
    charset: str | None = None

    @classmethod
    def of(
        cls,
        name: str,
        format: Format,
        content: bytes | str,
        *,
        url: str | None = None,
        date: dt.datetime | None = None,
        charset: str | None = None,
    ) -> Item:
        """An item with its hash computed from ``content``."""
        return cls(name, sha256_of(content), format, content, url, date, charset)


@dataclass(frozen=True)
class Unread:
    """A record that gives no document, and why.

    Attributes:
        name: as for :class:`Item` (the archive and the record's byte offset).
        reason: what it is (``"request record"``) or what is wrong with it.
        failed: True when the input is unusable (a truncated record, a line that is not JSON):
            counted as a failure; False when it is simply not a document.
    """

    name: str
    reason: str
    failed: bool = False


@dataclass(frozen=True)
class Reading:
    """A document's text, as read, and where it came from.

    ``text`` is what the analysis runs on and what every offset indexes into: for HTML, the
    page's article with one blank line between blocks (docs/input.md). Pass it to
    :func:`bilingua.analyze` as it is: the provenance and its language hints go along.
    """

    text: str
    provenance: Provenance

    @property
    def source(self) -> str | None:
        """The file (and record) the text was read from."""
        return self.provenance.source
