"""Analyse a corpus on a Dask cluster: records as a :class:`dask.bag.Bag`.

The records are exactly those of a local batch run (:mod:`bilingua.batch`) written as JSONL
and read back with :func:`json.loads`: each input is read by :mod:`bilingua.reading` (a WARC
path gives one document per HTML response, streamed), analysed by
:func:`bilingua.batch.analyze_item` and filtered by :func:`bilingua.batch.filter_document`
with the same :class:`~bilingua.batch.BatchOptions`, and records are made by the JSONL
writer. Inputs that cannot be used (undecodable bytes, a truncated archive record…) are left
out, as the batch skips them; with ``errors="record"`` each of them, and each archive record
that is no document, gives a record ``{"file": …, "error": …}`` or ``{"file": …, "passed": …}``
instead, so that a run can count them.

A WARC path among the paths is cut into slices of :data:`SLICE_RECORDS` records (a first
pass over the archive on the cluster reads the records' offsets, not their content), and each
partition holds a few slices or files: a worker's memory holds one partition's records, however
large the archives. A Bag given by the caller keeps its partitions (its archives are read whole
by the worker that gets them).

Deduplication (``dedup=True``, the default, as in the batch) needs the documents in input
order: the analysed documents are then gathered into one partition for that cheap last step.
Pass ``dedup=False`` to keep every partition where it is on very large corpora.

Needs the ``dask`` extra (``pip install 'bilingua[dask]'``). Paths are read by the workers, so
on a real cluster they must name files that every worker can read (a shared file system).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilingua.batch import BatchOptions, analyze_item, discover, filter_document
from bilingua.io._records import Unit
from bilingua.io.jsonl import record_lines
from bilingua.model import Document
from bilingua.reading import Item, Unread, items
from bilingua.reading._sniff import HEAD_BYTES, format_of
from bilingua.reading.warc import warc_items, warc_slices

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["SLICE_RECORDS", "WarcSlice", "analyze_bag", "analyze_column"]

SLICE_RECORDS = 64  #: archive records per slice: a partition's memory is a few slices' worth

#: the input's sha256 and its (unfiltered) document, or an input that gave none
Analysed = tuple[str, Document] | Unread


@dataclasses.dataclass(frozen=True)
class _Run:
    """The batch options, the record unit and whether unread inputs give records."""

    options: BatchOptions
    unit: Unit
    record_errors: bool


def _options(fields: dict[str, Any]) -> _Run:
    """Split ``**options`` into batch options, the record unit and ``errors``."""
    unit: Unit = fields.pop("unit", "document")
    if unit not in ("document", "pair", "sentence"):
        raise ValueError(f"unit must be document, pair or sentence, not {unit!r}")
    errors = fields.pop("errors", "skip")
    if errors not in ("skip", "record"):
        raise ValueError(f"errors must be skip or record, not {errors!r}")
    known = {f.name for f in dataclasses.fields(BatchOptions)}
    unknown = sorted(set(fields) - known)
    if unknown:
        raise TypeError(f"unknown options: {', '.join(unknown)}")
    if "lexicons" in fields:
        fields["lexicons"] = tuple(str(path) for path in fields["lexicons"])
    fields.setdefault("links", unit == "sentence")
    return _Run(BatchOptions(**fields), unit, errors == "record")


@dataclasses.dataclass(frozen=True)
class WarcSlice:
    """``records`` consecutive records of the archive ``path``, from byte ``offset``."""

    path: str
    offset: int
    records: int


def _slices(path: str, options: BatchOptions) -> list[object]:
    """A path as bag elements: a WARC as its slices, any other file as itself."""
    with open(path, "rb") as stream:
        chosen = options.input_format
        if chosen == "auto":
            chosen = format_of(path, stream.read(HEAD_BYTES))
            stream.seek(0)
        if chosen != "warc":
            return [path]
        return [WarcSlice(path, at, count) for at, count in warc_slices(stream, SLICE_RECORDS)]


def _items(element: object, options: BatchOptions) -> Iterator[Item | Unread]:
    """The items of one bag element: a path, a :class:`WarcSlice`, an :class:`Item`, or a
    ``(name, text)`` pair."""
    if isinstance(element, Item | Unread):
        yield element
    elif isinstance(element, WarcSlice):
        with open(element.path, "rb") as stream:
            stream.seek(element.offset)
            yield from warc_items(stream, element.path, base=element.offset, limit=element.records)
    elif isinstance(element, str | Path):
        yield from items(
            [element], input_format=options.input_format, text_field=options.text_field
        )
    elif isinstance(element, tuple) and len(element) == 2:
        name, text = element
        yield Item.of(str(name), "text", str(text))
    else:
        raise TypeError(f"cannot analyse a {type(element).__name__}: give paths, Items or tuples")


def _analyse(elements: Iterable[object], options: BatchOptions) -> Iterator[Analysed]:
    """Analyse one partition, one document at a time."""
    for element in elements:
        for item in _items(element, options):
            if isinstance(item, Unread):
                yield item
                continue
            result = analyze_item(item, options)
            yield (
                (item.sha256, result)
                if isinstance(result, Document)
                else Unread(item.name, result, True)
            )


def _records(analysed: Iterable[Analysed], run: _Run) -> list[Any]:
    """Filter (deduplicating within what is given) and turn into JSONL records."""
    seen: set[tuple[str, str]] = set()
    records: list[Any] = []
    for entry in analysed:
        if isinstance(entry, Unread):
            if run.record_errors:
                key = "error" if entry.failed else "passed"
                records.append({"file": entry.name, key: entry.reason})
            continue
        sha256, document = entry
        kept = filter_document(document, run.options, seen)
        lines = record_lines(kept, run.unit, sha256)
        records.extend(json.loads(line) for line in lines.split("\n") if line)
    return records


def _analysed_list(elements: Iterable[object], options: BatchOptions) -> list[Analysed]:
    return list(_analyse(elements, options))


def _analysed_records(elements: Iterable[object], run: _Run) -> list[Any]:
    # One task streams a partition from its inputs to its records: only the records are kept.
    return _records(_analyse(elements, run.options), run)


def _finish(bag: dask.bag.Bag, run: _Run) -> dask.bag.Bag:
    untyped: Any = bag  # dask has no type annotations
    if not run.options.dedup:
        records: dask.bag.Bag = untyped.map_partitions(_analysed_records, run)
        return records
    # Deduplication needs every earlier document: one ordered partition for that last step.
    analysed = untyped.map_partitions(_analysed_list, run.options).repartition(npartitions=1)
    records = analysed.map_partitions(_records, run)
    return records


def analyze_bag(
    paths_or_bag: Iterable[str | Path] | dask.bag.Bag,
    *,
    npartitions: int | None = None,
    **options: Any,
) -> dask.bag.Bag:
    """The records of every document under ``paths_or_bag``, analysed on the current cluster.

    Args:
        paths_or_bag: files and directories (expanded with :func:`bilingua.batch.discover`, as
            the batch does), or a Bag of paths, :class:`~bilingua.batch.Item` objects or
            ``(name, text)`` tuples.
        npartitions: partitions of the Bag built from paths (default: about 4 files each).
        **options: ``unit`` (``"document"``, ``"pair"`` or ``"sentence"``; default
            ``"document"``), ``errors`` (``"skip"``, the default, or ``"record"``: see the
            module docstring) and any field of :class:`~bilingua.batch.BatchOptions`
            (``backend``, ``lexicons``, ``input_format``, ``min_score``, ``dedup``…).

    Returns:
        A Bag of dicts, in input order, equal to the JSONL records of the local batch.

    Raises:
        TypeError: an unknown option.
        InputError: a path is missing, or a directory holds no input file.
    """
    import dask.bag

    run = _options(dict(options))
    if isinstance(paths_or_bag, dask.bag.Bag):
        bag = paths_or_bag
    else:
        files = [str(path) for path in discover(list(paths_or_bag))]
        from_sequence: Any = dask.bag.from_sequence  # dask has no type annotations
        # The archives' slices are found on the cluster, where the files are.
        found = from_sequence(files, npartitions=max(1, len(files)))
        elements = found.map(_slices, run.options).flatten().compute()
        count = npartitions or max(1, (len(elements) + 3) // 4)
        bag = from_sequence(elements, npartitions=count)
    return _finish(bag, run)


def _rows(rows: Iterable[tuple[Any, ...]], named: bool) -> Iterator[tuple[str, str]]:
    for row in rows:
        index, text = row[0], row[1]
        yield (str(row[2]) if named else str(index)), ("" if text is None else str(text))


def analyze_column(
    dataframe: dask.dataframe.DataFrame,
    column: str,
    *,
    name_column: str | None = None,
    **options: Any,
) -> dask.bag.Bag:
    """The records of the texts in ``dataframe[column]``, one document per row.

    Args:
        dataframe: a Dask dataframe.
        column: the column holding the texts (a missing value is analysed as ``""``).
        name_column: the column naming each document (its ``source`` / ``file``); default:
            the row's index value.
        **options: as for :func:`analyze_bag`.

    Returns:
        A Bag of dicts, in row order, equal to the local batch's JSONL records of the same
        named texts.
    """
    columns = [column] if name_column is None else [column, name_column]
    rows = dataframe[columns].to_bag(index=True)
    pairs = rows.map_partitions(lambda part: list(_rows(part, name_column is not None)))
    return _finish(pairs, _options(dict(options)))
