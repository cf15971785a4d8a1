"""Exports of analysed documents: JSONL, TMX 1.4b, Moses parallel text, TSV, HTML review pages.

Every record names its document (``file``) and the SHA-256 of the input (``sha256``);
offsets are code-point indices into the document text, end exclusive.
"""

from bilingua.io._records import PairRecord as PairRecord
from bilingua.io._records import SentenceRecord as SentenceRecord
from bilingua.io._records import Unit as Unit
from bilingua.io._records import content_sha256 as content_sha256
from bilingua.io._records import pair_records as pair_records
from bilingua.io._records import sentence_records as sentence_records
from bilingua.io.jsonl import read_documents as read_documents
from bilingua.io.jsonl import read_pair_records as read_pair_records
from bilingua.io.jsonl import read_sentence_records as read_sentence_records
from bilingua.io.jsonl import write_jsonl as write_jsonl
from bilingua.io.moses import write_moses as write_moses
from bilingua.io.report import render_report as render_report
from bilingua.io.report import write_corpus_report as write_corpus_report
from bilingua.io.report import write_report as write_report
from bilingua.io.sinks import FORMATS as FORMATS
from bilingua.io.sinks import Format as Format
from bilingua.io.sinks import Sink as Sink
from bilingua.io.sinks import open_sink as open_sink
from bilingua.io.tmx import read_tmx as read_tmx
from bilingua.io.tmx import write_tmx as write_tmx
from bilingua.io.tsv import read_tsv as read_tsv
from bilingua.io.tsv import write_tsv as write_tsv

__all__ = [
    "FORMATS",
    "Format",
    "PairRecord",
    "SentenceRecord",
    "Sink",
    "Unit",
    "content_sha256",
    "open_sink",
    "pair_records",
    "read_documents",
    "read_pair_records",
    "read_sentence_records",
    "read_tmx",
    "read_tsv",
    "render_report",
    "sentence_records",
    "write_corpus_report",
    "write_jsonl",
    "write_moses",
    "write_report",
    "write_tmx",
    "write_tsv",
]
