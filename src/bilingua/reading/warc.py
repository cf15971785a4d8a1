"""Web archives: the documents of a WARC or WET file, one record at a time, through warcio.

Each HTML ``response`` (or ``resource``) record with a 2xx status is one document, named
``archive#offset`` (the record's byte offset in the file, which with the content hash is what
a resumable batch keys it by), with its URL (``WARC-Target-URI``), date (``WARC-Date``) and
the charset of its HTTP ``Content-Type``. Each ``conversion`` record of a WET file is one text
document. Every other record is passed over with its reason (``request record``, ``revisit
record``, ``response image/png``, ``HTTP 301``…), counted, never dropped without a word.

The archive is streamed: one record's content is in memory at a time, so memory stays flat in
the archive's size. A record cut short (the file ends inside it) is reported as a failure with
its offset; the records before it are read.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from typing import IO, Any

from bilingua.reading._items import Item, Unread

__all__ = ["warc_items", "warc_slices"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DOCUMENT_RECORDS = ("response", "resource", "conversion")
_TAIL = 64  # trailing bytes remembered, to tell a truncated last record from final newlines


class _Counting:
    """A binary stream that counts what is read from it and keeps the last bytes."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0
        self.tail = b""

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        self.tail = (self.tail + data)[-_TAIL:]
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self.stream.readline(size)
        self.count += len(data)
        self.tail = (self.tail + data)[-_TAIL:]
        return data


def warc_items(
    stream: IO[bytes], name: str, *, base: int = 0, limit: int | None = None
) -> Iterator[Item | Unread]:
    """The documents and passed-over records of the archive in ``stream`` (see the module).

    Args:
        stream: the archive, positioned at a record's start.
        name: the archive's name; a record is named ``name#offset``.
        base: the offset in the archive where ``stream`` is positioned.
        limit: read at most this many records (a slice of the archive); None: to its end.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counting = _Counting(stream)
    records = ArchiveIterator(counting)
    end = 0  # where the last complete record ends, from ``base``
    try:
        for number, record in enumerate(records):
            if limit is not None and number >= limit:
                return
            entry = _entry(record, name)
            records.read_to_end(record)
            offset = records.get_record_offset()
            missing = getattr(record.raw_stream, "limit", 0)  # what the record still owes
            if missing:
                yield _truncated(name, base + offset, missing)
                return
            end = offset + records.get_record_length()
            yield entry(f"{name}#{base + offset}")
    # warcio meets a damaged header with an ArchiveLoadFailed or a ValueError, a damaged gzip
    # member with zlib's error: each means the archive cannot be read past this point.
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as error:
        yield Unread(
            f"{name}#{base + end}", f"unreadable record ({error}); the archive is damaged", True
        )
        return
    unread = counting.count - end
    if unread > len(counting.tail) or (unread and counting.tail[-unread:].strip()):
        yield _truncated(name, base + end, None)


def warc_slices(stream: IO[bytes], records: int) -> Iterator[tuple[int, int]]:
    """``(offset, count)`` of consecutive runs of ``records`` records of the archive in
    ``stream``, read without their content: work for several workers on one archive.

    A damaged archive ends the slices at the damage; reading the last slice reports it.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    iterator = ArchiveIterator(stream)
    start, count = 0, 0
    try:
        for record in iterator:
            iterator.read_to_end(record)
            if count == records:
                yield start, count
                start, count = iterator.get_record_offset(), 0
            count += 1
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error):
        count += 1  # the damaged record: its slice reports it
    if count:
        yield start, count


def _truncated(name: str, offset: int, missing: int | None) -> Unread:
    short = f", {missing:,} bytes short" if missing else ""
    return Unread(f"{name}#{offset}", f"truncated record{short}: the archive ends inside it", True)


def _entry(record: Any, name: str) -> Any:
    """A function of the record's name giving its Item or Unread (its content read now)."""
    kind = record.rec_type
    if kind not in _DOCUMENT_RECORDS:
        return lambda where: Unread(where, f"{kind} record")
    url = record.rec_headers.get_header("WARC-Target-URI")
    date = _date(record.rec_headers.get_header("WARC-Date"))
    if kind == "conversion":
        content = record.content_stream().read()
        return lambda where: Item.of(where, "wet", content, url=url, date=date)
    http = record.http_headers
    content_type = (http.get_header("Content-Type") if http else record.content_type) or ""
    mime = content_type.split(";")[0].strip().lower()
    if http is not None and not http.get_statuscode().startswith("2"):
        return lambda where: Unread(where, f"HTTP {http.get_statuscode()}, not a page")
    if mime not in _HTML_TYPES:
        return lambda where: Unread(where, f"{kind} {mime or 'without a content type'}")
    content = record.content_stream().read()
    charset = _charset(content_type)
    return lambda where: Item.of(where, "warc", content, url=url, date=date, charset=charset)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def _date(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
