"""Tab-separated values: a header, then a row per pair or per sentence link.

Columns: ``file sha256 pair link score source_lang source_start source_end target_lang
target_start target_end speaker source target`` (``link`` is empty for pairs). Text fields
escape backslash, tab, line feed and carriage return as ``\\\\``, ``\\t``, ``\\n``, ``\\r``, so
that every record is one line; :func:`read_tsv` undoes it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from bilingua.io._records import Unit, pair_records, sentence_records
from bilingua.model import Attribution, Document, PairSide

__all__ = ["COLUMNS", "header", "read_tsv", "tsv_rows", "write_tsv"]

COLUMNS = (
    "file",
    "sha256",
    "pair",
    "link",
    "score",
    "source_lang",
    "source_start",
    "source_end",
    "target_lang",
    "target_start",
    "target_end",
    "speaker",
    "source",
    "target",
)
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {value: key for key, value in _ESCAPES.items()}


def _escape(text: str) -> str:
    return re.sub(r"[\\\t\n\r]", lambda match: _ESCAPES[match.group()], text)


def _unescape(text: str) -> str:
    return re.sub(r"\\[\\tnr]", lambda match: _UNESCAPES[match.group()], text)


def header() -> str:
    """The header line."""
    return "\t".join(COLUMNS) + "\n"


def _row(
    keys: tuple[str | None, str | None, int, int | None, float],
    source: PairSide,
    target: PairSide,
    attribution: Attribution | None,
) -> str:
    file, sha256, pair, link, score = keys
    speaker = attribution.speaker if attribution and attribution.speaker else ""
    cells = [
        _escape(file or ""),
        sha256 or "",
        str(pair),
        "" if link is None else str(link),
        f"{score:.6f}",
        source.lang,
        str(source.start),
        str(source.end),
        target.lang,
        str(target.start),
        str(target.end),
        _escape(speaker),
        _escape(source.text),
        _escape(target.text),
    ]
    return "\t".join(cells) + "\n"


def tsv_rows(document: Document, unit: Unit = "pair", sha256: str | None = None) -> str:
    """The rows of one document, as one string (one write stores them)."""
    if unit == "pair":
        return "".join(
            _row(
                (r.file, r.sha256, r.index, None, r.pair.score),
                r.pair.source,
                r.pair.target,
                r.pair.attribution,
            )
            for r in pair_records(document, sha256)
        )
    if unit == "sentence":
        return "".join(
            _row((r.file, r.sha256, r.pair, r.index, r.score), r.source, r.target, r.attribution)
            for r in sentence_records(document, sha256)
        )
    raise ValueError("TSV holds pairs or sentence links: unit must be 'pair' or 'sentence'")


def write_tsv(documents: Iterable[Document], out: TextIO, unit: Unit = "pair") -> None:
    """Write the header and the rows of ``documents`` to ``out``."""
    out.write(header())
    for document in documents:
        out.write(tsv_rows(document, unit))


def read_tsv(source: str | os.PathLike[str] | TextIO) -> Iterator[dict[str, str]]:
    """The rows of a TSV file written by :func:`write_tsv`, unescaped, keyed by column."""
    if isinstance(source, str | os.PathLike):
        with Path(source).open(encoding="utf-8", newline="\n") as stream:
            yield from read_tsv(stream)
        return
    for number, line in enumerate(source):
        cells = line.rstrip("\n").split("\t")
        if number == 0 and cells[0] == COLUMNS[0]:
            continue
        if len(cells) == len(COLUMNS):
            yield {name: _unescape(cell) for name, cell in zip(COLUMNS, cells, strict=True)}
