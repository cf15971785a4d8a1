"""JSON Lines: one JSON object per line, UTF-8, for documents, pairs or sentence links.

Every record carries where its document came from and the SHA-256 of the input's content:

- ``unit="document"``: a :class:`~bilingua.model.Document` as ``model_dump`` gives it, plus
  ``sha256`` (its ``source`` is the path). :func:`read_documents` gives the Documents back.
- ``unit="pair"``: ``file``, ``sha256``, ``index`` (position in ``Document.pairs``) and the
  :class:`~bilingua.model.Pair`'s own fields (``source``, ``target``, ``score``,
  ``sentences``, ``words``, ``attribution``…). :func:`read_pair_records` reads them back.
- ``unit="sentence"``: one :class:`~bilingua.io.SentenceRecord` per sentence link.

Lines end with ``\\n`` only; text may hold U+2028 and the like, so split on ``\\n``, never with
``str.splitlines``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from bilingua.io._records import (
    PairRecord,
    SentenceRecord,
    Unit,
    content_sha256,
    pair_records,
    sentence_records,
)
from bilingua.model import Document, Pair, escape_surrogates

__all__ = [
    "document_line",
    "drop_partial_line",
    "read_documents",
    "read_keys",
    "read_pair_records",
    "read_sentence_records",
    "record_lines",
    "write_jsonl",
]

_RECORD_KEYS = ("file", "sha256", "index")


def _dumps(data: dict[str, Any]) -> str:
    return escape_surrogates(json.dumps(data, ensure_ascii=False, separators=(",", ":"))) + "\n"


def document_line(document: Document, sha256: str | None = None) -> str:
    """The JSONL line of a whole document (with its trailing ``\\n``)."""
    data = document.model_dump(mode="json")
    data["sha256"] = sha256 or content_sha256(document.text)
    return _dumps(data)


def _pair_line(record: PairRecord) -> str:
    data = {key: getattr(record, key) for key in _RECORD_KEYS}
    data.update(record.pair.model_dump(mode="json"))
    return _dumps(data)


def record_lines(document: Document, unit: Unit, sha256: str | None = None) -> str:
    """Every line ``document`` gives for ``unit``, joined, so that one write can store them."""
    if unit == "document":
        return document_line(document, sha256)
    if unit == "pair":
        return "".join(_pair_line(record) for record in pair_records(document, sha256))
    return "".join(
        _dumps(record.model_dump(mode="json")) for record in sentence_records(document, sha256)
    )


def write_jsonl(documents: Iterable[Document], out: TextIO, unit: Unit = "document") -> int:
    """Write the records of ``documents`` to ``out``; returns the number of lines written."""
    count = 0
    for document in documents:
        lines = record_lines(document, unit)
        out.write(lines)
        count += lines.count("\n")
    return count


def _objects(source: str | os.PathLike[str] | TextIO) -> Iterator[dict[str, Any]]:
    if isinstance(source, str | os.PathLike):
        with Path(source).open(encoding="utf-8", newline="\n") as stream:
            yield from _objects(stream)
        return
    for line in source:
        if line.strip():
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError(f"a JSONL record must be an object, not {type(data).__name__}")
            yield data


def read_documents(source: str | os.PathLike[str] | TextIO) -> Iterator[Document]:
    """The documents of a ``unit="document"`` JSONL file (path or open text stream)."""
    for data in _objects(source):
        data.pop("sha256", None)
        yield Document.model_validate(data)


def read_pair_records(source: str | os.PathLike[str] | TextIO) -> Iterator[PairRecord]:
    """The pair records of a ``unit="pair"`` JSONL file (path or open text stream)."""
    for data in _objects(source):
        keys = {key: data.pop(key, None) for key in _RECORD_KEYS}
        yield PairRecord(**keys, pair=Pair.model_validate(data))


def read_sentence_records(source: str | os.PathLike[str] | TextIO) -> Iterator[SentenceRecord]:
    """The records of a ``unit="sentence"`` JSONL file (path or open text stream)."""
    for data in _objects(source):
        yield SentenceRecord.model_validate(data)


def read_keys(path: str | os.PathLike[str]) -> set[tuple[str, str]]:
    """``(file, sha256)`` of every record in a JSONL file written by bilingua, any unit."""
    keys = set()
    for data in _objects(path):
        name = data.get("file", data.get("source"))
        if isinstance(name, str) and isinstance(data.get("sha256"), str):
            keys.add((name, data["sha256"]))
    return keys


def drop_partial_line(path: str | os.PathLike[str]) -> int:
    """Cut a last line that lacks its ``\\n`` (an interrupted write); returns bytes dropped."""
    with Path(path).open("rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        stream.seek(size - 1)
        if stream.read(1) == b"\n":
            return 0
        keep = 0
        position = size
        while position > 0:  # scan back in blocks for the last newline
            start = max(0, position - 65536)
            stream.seek(start)
            block = stream.read(position - start)
            found = block.rfind(b"\n")
            if found >= 0:
                keep = start + found + 1
                break
            position = start
        stream.truncate(keep)
        return size - keep
