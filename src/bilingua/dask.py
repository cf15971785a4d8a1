"""Analyse a corpus on a Dask cluster: records as a :class:`dask.bag.Bag`.

The records are exactly those of a local batch run (:mod:`bilingua.batch`) written as JSONL
and read back with :func:`json.loads`: each document is analysed by
:func:`bilingua.batch.analyze_item` and filtered by :func:`bilingua.batch.filter_document`
with the same :class:`~bilingua.batch.BatchOptions`, and records are made by the JSONL
writer. Inputs that cannot be used (undecodable bytes…) are left out, as the batch skips them.

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

from bilingua.batch import (
    BatchOptions,
    Item,
    analyze_item,
    discover,
    filter_document,
    load_items,
)
from bilingua.io._records import Unit, content_sha256
from bilingua.io.jsonl import record_lines
from bilingua.model import Document

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["analyze_bag", "analyze_column"]

Analysed = tuple[str, Document]  #: the input's sha256 and its (unfiltered) document


def _options(fields: dict[str, Any]) -> tuple[BatchOptions, Unit]:
    """Split ``**options`` into batch options and the record unit."""
    unit: Unit = fields.pop("unit", "document")
    if unit not in ("document", "pair", "sentence"):
        raise ValueError(f"unit must be document, pair or sentence, not {unit!r}")
    known = {f.name for f in dataclasses.fields(BatchOptions)}
    unknown = sorted(set(fields) - known)
    if unknown:
        raise TypeError(f"unknown options: {', '.join(unknown)}")
    if "lexicons" in fields:
        fields["lexicons"] = tuple(str(path) for path in fields["lexicons"])
    fields.setdefault("links", unit == "sentence")
    return BatchOptions(**fields), unit


def _items(element: object, text_field: str) -> Iterator[Item]:
    """The items of one bag element: a path, an :class:`Item`, or a ``(name, text)`` pair."""
    if isinstance(element, Item):
        yield element
    elif isinstance(element, str | Path):
        yield from load_items([Path(element)], text_field)
    elif isinstance(element, tuple) and len(element) == 2:
        name, text = element
        yield Item(str(name), content_sha256(str(text)), "line", str(text))
    else:
        raise TypeError(f"cannot analyse a {type(element).__name__}: give paths, Items or tuples")


def _analyse(elements: Iterable[object], options: BatchOptions) -> list[Analysed]:
    """Analyse one partition; unusable inputs are left out."""
    done: list[Analysed] = []
    for element in elements:
        for item in _items(element, options.text_field):
            result = analyze_item(item, options)
            if isinstance(result, Document):
                done.append((item.sha256, result))
    return done


def _records(analysed: Iterable[Analysed], options: BatchOptions, unit: Unit) -> list[Any]:
    """Filter (deduplicating within what is given) and turn into JSONL records."""
    seen: set[tuple[str, str]] = set()
    records: list[Any] = []
    for sha256, document in analysed:
        kept = filter_document(document, options, seen)
        lines = record_lines(kept, unit, sha256)
        records.extend(json.loads(line) for line in lines.split("\n") if line)
    return records


def _finish(bag: dask.bag.Bag, options: BatchOptions, unit: Unit) -> dask.bag.Bag:
    untyped: Any = bag  # dask has no type annotations
    analysed = untyped.map_partitions(_analyse, options)
    if options.dedup:  # needs every earlier document: one ordered partition
        analysed = analysed.repartition(npartitions=1)
    records: dask.bag.Bag = analysed.map_partitions(_records, options, unit)
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
            ``"document"``) and any field of :class:`~bilingua.batch.BatchOptions`
            (``backend``, ``lexicons``, ``min_score``, ``lang_pair``, ``dedup``…).

    Returns:
        A Bag of dicts, in input order, equal to the JSONL records of the local batch.

    Raises:
        TypeError: an unknown option.
        InputError: a path is missing, or a directory holds no input file.
    """
    import dask.bag

    batch_options, unit = _options(dict(options))
    if isinstance(paths_or_bag, dask.bag.Bag):
        bag = paths_or_bag
    else:
        files = [str(path) for path in discover(list(paths_or_bag))]
        from_sequence: Any = dask.bag.from_sequence  # dask has no type annotations
        bag = from_sequence(files, npartitions=npartitions or max(1, (len(files) + 3) // 4))
    return _finish(bag, batch_options, unit)


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
    batch_options, unit = _options(dict(options))
    return _finish(pairs, batch_options, unit)
