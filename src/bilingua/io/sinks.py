"""Streaming, resumable writers: one ``write`` per document, records never cut in half.

A sink stores each document's records with one write and a flush, so an interrupted run keeps
every document it reported and never a truncated record. Opened on an existing JSONL, TSV or
TMX file, a sink first drops what an interruption may have left half-written (a trailing
partial line, a TMX tail after the last complete ``tu``), then reads back the ``(file,
sha256)`` of every record (:meth:`Sink.done`) and the texts already written
(:meth:`Sink.texts`), and appends. Moses files carry no keys: they are always rewritten.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import BinaryIO, Literal

from bilingua.io import jsonl, moses, tmx, tsv
from bilingua.io._records import PairRecord, Unit
from bilingua.model import Document

__all__ = ["FORMATS", "Format", "Sink", "default_unit", "open_sink"]

Format = Literal["jsonl", "tmx", "tsv", "moses"]
FORMATS: tuple[Format, ...] = ("jsonl", "tmx", "tsv", "moses")
Key = tuple[str, str]


def default_unit(format: str) -> Unit:
    """``document`` for JSONL, ``pair`` for the parallel formats."""
    return "document" if format == "jsonl" else "pair"


class Sink:
    """Where a run's records go. Subclasses implement :meth:`_chunk` (and may add a header)."""

    resumable = True

    def __init__(self, path: str | os.PathLike[str] | None, unit: Unit) -> None:
        self.path = Path(path) if path is not None else None
        self.unit = unit
        self._done: set[Key] = set()
        self._texts: set[tuple[str, str]] = set()
        self._stream: BinaryIO | None = None
        self._stdout = False
        self.records = 0

    def done(self) -> set[Key]:
        """``(file, sha256)`` of the documents already in the output."""
        return self._done

    def texts(self) -> set[tuple[str, str]]:
        """``(source text, target text)`` of the pairs (or links) already in the output."""
        return self._texts

    def open(self) -> Sink:
        """Prepare the output (resume an existing file); returns ``self``."""
        if self.path is None:
            self._stdout = True
            self._emit(self._head())
            return self
        existing = self.path.is_file() and self.path.stat().st_size > 0
        if existing:
            existing = self._resume(self.path)
        self._stream = self.path.open("ab", buffering=0)
        if not existing:
            self._emit(self._head())
        return self

    def write(self, document: Document, sha256: str) -> int:
        """Store every record of ``document`` with one write; returns how many."""
        chunk = self._chunk(document, sha256)
        self._emit(chunk)
        count = self._count(chunk)
        self.records += count
        return count

    def close(self) -> None:
        """Finish the output (TMX writes its footer) and close it."""
        if self._stream is None and not self._stdout:
            return
        self._emit(self._tail())
        if self._stream is not None:
            self._stream.close()
        self._stream, self._stdout = None, False

    def __enter__(self) -> Sink:
        return self  # open_sink() has opened it

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self._stdout:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        assert self._stream is not None, "open() the sink first"
        data = memoryview(text.encode("utf-8"))
        while data:  # a regular file takes it in one call; the loop covers pipes
            written = self._stream.write(data)
            data = data[written or 0 :]
        self._stream.flush()

    def _count(self, chunk: str) -> int:
        return chunk.count("\n")  # one record a line: text newlines are escaped

    def _head(self) -> str:
        return ""

    def _tail(self) -> str:
        return ""

    def _chunk(self, document: Document, sha256: str) -> str:
        raise NotImplementedError

    def _resume(self, path: Path) -> bool:
        raise NotImplementedError


class _JsonlSink(Sink):
    def _chunk(self, document: Document, sha256: str) -> str:
        return jsonl.record_lines(document, self.unit, sha256)

    def _resume(self, path: Path) -> bool:
        jsonl.drop_partial_line(path)
        self._done = jsonl.read_keys(path)
        if self.unit == "document":
            for document in jsonl.read_documents(path):
                self._texts.update((p.source.text, p.target.text) for p in document.pairs)
        elif self.unit == "pair":
            for record in jsonl.read_pair_records(path):
                self._texts.add((record.pair.source.text, record.pair.target.text))
        else:
            for line in jsonl.read_sentence_records(path):
                self._texts.add((line.source.text, line.target.text))
        return path.stat().st_size > 0


class _TsvSink(Sink):
    def _head(self) -> str:
        return tsv.header()

    def _chunk(self, document: Document, sha256: str) -> str:
        return tsv.tsv_rows(document, self.unit, sha256)

    def _resume(self, path: Path) -> bool:
        jsonl.drop_partial_line(path)
        for row in tsv.read_tsv(path):
            self._done.add((row["file"], row["sha256"]))
            self._texts.add((row["source"], row["target"]))
        return path.stat().st_size > 0


class _TmxSink(Sink):
    def _head(self) -> str:
        return tmx.header(self.unit)

    def _tail(self) -> str:
        return tmx.FOOTER

    def _count(self, chunk: str) -> int:
        return chunk.count("</tu>\n")

    def _chunk(self, document: Document, sha256: str) -> str:
        return tmx.tmx_units(document, self.unit, sha256)

    def _resume(self, path: Path) -> bool:
        if not tmx.repair_tmx(path):
            return False
        data = io.BytesIO(path.read_bytes() + tmx.FOOTER.encode())
        for record in tmx.read_tmx(data):
            self._done.add((record.file or "", record.sha256 or ""))
            sides = record.pair if isinstance(record, PairRecord) else record
            self._texts.add((sides.source.text, sides.target.text))
        return True


class _MosesSink(Sink):
    resumable = False

    def open(self) -> Sink:
        if self.path is None:
            raise ValueError("Moses output is two files: give a prefix (--out PREFIX)")
        self._files = [path.open("wb", buffering=0) for path in moses.moses_paths(self.path)]
        return self

    def write(self, document: Document, sha256: str) -> int:
        blocks = moses.moses_lines(document, self.unit)
        for stream, block in zip(self._files, blocks, strict=True):
            stream.write(block.encode("utf-8"))
        self.records += blocks[0].count("\n")
        return blocks[0].count("\n")

    def close(self) -> None:
        for stream in getattr(self, "_files", []):
            stream.close()
        self._files = []


def open_sink(
    format: Format, path: str | os.PathLike[str] | None, unit: Unit | None = None
) -> Sink:
    """An opened sink for ``format`` writing to ``path`` (stdout when None).

    Args:
        format: ``jsonl``, ``tmx``, ``tsv`` or ``moses`` (``path`` is then a prefix).
        path: the output file; an existing JSONL, TSV or TMX file is resumed and appended to.
        unit: ``document`` (JSONL only), ``pair`` or ``sentence``; default per format.

    Raises:
        ValueError: a unit the format cannot hold, or Moses without a path.
    """
    unit = unit or default_unit(format)
    if unit == "document" and format != "jsonl":
        raise ValueError(f"--format {format} holds pairs or sentence links, not whole documents")
    kinds: dict[str, type[Sink]] = {
        "jsonl": _JsonlSink,
        "tmx": _TmxSink,
        "tsv": _TsvSink,
        "moses": _MosesSink,
    }
    return kinds[format](path, unit).open()
