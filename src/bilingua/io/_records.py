"""Flat records of a document's pairs and sentence links, shared by every export format.

A record names the document it comes from by ``file`` (its path, or ``path#line`` for a line
of a JSONL corpus) and ``sha256`` (of the input's raw content), which is what resumable batch
runs read back to tell which documents are done. Offsets are code-point indices into the
document text, end exclusive, exactly as in :class:`~bilingua.model.Document`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bilingua.model import Attribution, Document, Pair, PairSide

__all__ = [
    "PairRecord",
    "SentenceRecord",
    "Unit",
    "content_sha256",
    "pair_records",
    "sentence_records",
]

#: What one output record (JSONL line, TMX ``tu``, TSV row, Moses line) stands for.
Unit = Literal["document", "pair", "sentence"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str | None = Field(default=None, description="The document's path (its source).")
    sha256: str | None = Field(default=None, description="SHA-256 of the input's raw content.")


class PairRecord(_Record):
    """One pair of one document."""

    index: int = Field(ge=0, description="The pair's position in Document.pairs.")
    pair: Pair


class SentenceRecord(_Record):
    """One sentence link of one pair; sides carry the pair sides' languages."""

    pair: int = Field(ge=0, description="The pair's position in Document.pairs.")
    index: int = Field(ge=0, description="The link's position in Pair.sentences.")
    score: float = Field(ge=0.0, le=1.0, description="The sentence link's score.")
    pair_score: float = Field(ge=0.0, le=1.0)
    source: PairSide
    target: PairSide
    attribution: Attribution | None = None


def content_sha256(content: bytes | str) -> str:
    """The hex SHA-256 of ``content`` (a ``str`` is hashed as UTF-8; lone surrogates as the
    bytes ``surrogateescape`` decoding made them from, so a file's text hashes as the file,
    and any other surrogate as its own three bytes)."""
    if isinstance(content, bytes):
        return hashlib.sha256(content).hexdigest()
    try:
        data = content.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = content.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def pair_records(document: Document, sha256: str | None = None) -> Iterator[PairRecord]:
    """One record per pair of ``document``, in order.

    Args:
        document: an analysed document; its ``source`` becomes each record's ``file``.
        sha256: the input's content hash; defaults to the hash of ``document.text``.
    """
    digest = sha256 or content_sha256(document.text)
    for index, pair in enumerate(document.pairs):
        yield PairRecord(file=document.source, sha256=digest, index=index, pair=pair)


def sentence_records(document: Document, sha256: str | None = None) -> Iterator[SentenceRecord]:
    """One record per sentence link of every pair of ``document``, in order.

    Args:
        document: an analysed document; its ``source`` becomes each record's ``file``.
        sha256: the input's content hash; defaults to the hash of ``document.text``.
    """
    digest = sha256 or content_sha256(document.text)
    for number, pair in enumerate(document.pairs):
        for index, link in enumerate(pair.sentences):
            yield SentenceRecord(
                file=document.source,
                sha256=digest,
                pair=number,
                index=index,
                score=link.score,
                pair_score=pair.score,
                source=PairSide(**link.source.model_dump(), lang=pair.source.lang),
                target=PairSide(**link.target.model_dump(), lang=pair.target.lang),
                attribution=pair.attribution,
            )
