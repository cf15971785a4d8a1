"""Analyse a corpus: files and directories in, records out, resumable, on a process pool.

Inputs are read by :mod:`bilingua.reading`: text files, HTML pages (the article, its blocks as
paragraphs, embeds with their signatures; offsets index into that text), JSON Lines (one
document per line, its text in ``text_field``, named ``path#line``) and WARC/WET web archives
(one document per HTML response record, named ``path#offset``), by suffix or by content, or all
in the ``input_format`` given. Directories are searched recursively for the suffixes the
reading layer knows (:data:`SUFFIXES`). Each document is keyed by its name and the SHA-256 of its
raw content (the file's bytes, a JSONL line's text as UTF-8, an archived response's payload); a
run on an existing output skips every key already in it (see :mod:`bilingua.io.sinks`), so an
interrupted run resumes where it stopped.

Unusable inputs (undecodable bytes, a page with no article, a truncated archive record) are
counted in :attr:`BatchStats.failed` and do not stop the run; archive records that are no
documents (requests, revisits, images, redirects) are counted in :attr:`BatchStats.passed`.

With ``jobs > 1`` documents are analysed on a :class:`~concurrent.futures.ProcessPoolExecutor`
whose initializer sets up one pipeline per worker; results are written in input order.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bilingua.errors import InputError
from bilingua.io.sinks import Sink
from bilingua.model import Document, Pair
from bilingua.pipeline import analyze
from bilingua.reading import STDIN as _STDIN_NAME
from bilingua.reading import SUFFIXES as _READ_SUFFIXES
from bilingua.reading import InputFormat, Item, Unread, decode, items, parse
from bilingua.reading._sniff import HEAD_BYTES, format_of

__all__ = [
    "SUFFIXES",
    "BatchOptions",
    "BatchStats",
    "Item",
    "analyze_item",
    "decode",
    "discover",
    "filter_document",
    "load_items",
    "run_batch",
]

SUFFIXES = tuple(_READ_SUFFIXES)  #: what a directory is searched for
STDIN = Path(_STDIN_NAME)  #: standing for standard input among the paths


@dataclass(frozen=True)
class BatchOptions:
    """What every document of a run is read, analysed and filtered with.

    Attributes:
        backend: as for :func:`bilingua.analyze`.
        lexicons: extra lexicon TSV paths, as for :func:`bilingua.analyze`.
        encoding: charset of every input; default: UTF-8 for text, the declared one for pages.
        input_format: ``auto`` (by suffix, else by content) or the format of every input.
        text_field: the field of a JSONL input line that holds the text.
        min_score: pairs scoring below this are dropped.
        lang_pair: ``"uk-en"`` keeps pairs with a Ukrainian source and an English target.
        dedup: drop a pair (or link, with ``unit="sentence"``) whose source and target texts
            were already written.
        links: deduplicate sentence links rather than pairs.
    """

    backend: Literal["auto", "stanza", "rules"] = "auto"
    lexicons: tuple[str, ...] = ()
    encoding: str | None = None
    input_format: InputFormat = "auto"
    text_field: str = "text"
    min_score: float = 0.0
    lang_pair: str | None = None
    dedup: bool = True
    links: bool = False


@dataclass
class BatchStats:
    """What a run did.

    ``failed`` holds ``(name, message)`` of unusable inputs and records; ``passed`` counts the
    archive records that are no documents, by what they are (``"request record": 12``).
    """

    documents: int = 0
    skipped: int = 0
    pairs: int = 0
    records: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)
    passed: Counter[str] = field(default_factory=Counter)


def _is_input(path: Path) -> bool:
    return path.is_file() and path.name.lower().endswith(SUFFIXES)


def discover(paths: Sequence[str | Path]) -> list[Path]:
    """The input files: files as given, directories searched for :data:`SUFFIXES`, sorted.

    Raises:
        InputError: a path does not exist, or a directory holds no input file.
    """
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if str(name) == "-":
            found.append(STDIN)
        elif path.is_dir():
            inside = sorted(p for p in path.rglob("*") if _is_input(p))
            if not inside:
                raise InputError(
                    f"{path}: is a directory with no {', '.join(SUFFIXES)} files in it"
                )
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        elif not path.exists():
            raise InputError(f"{path}: no such file")
        else:
            raise InputError(f"{path}: not a regular file")
    return found


def load_items(
    files: Iterable[Path], text_field: str = "text", input_format: InputFormat = "auto"
) -> Iterator[Item | Unread]:
    """The documents of each file, lazily (see :func:`bilingua.reading.items`)."""
    return items(files, input_format=input_format, text_field=text_field)


def count_items(files: Iterable[Path], input_format: InputFormat = "auto") -> int | None:
    """How many documents :func:`load_items` will give (a JSONL file counts its lines);
    None when an archive is among them (counting its records would read it twice)."""
    total = 0
    for path in files:
        if path == STDIN:
            total += 1
            continue
        chosen = _format_of_file(path, input_format)
        if chosen == "warc":
            return None
        if chosen == "jsonl":
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        else:
            total += 1
    return total


def _format_of_file(path: Path, input_format: InputFormat) -> str:
    """The format a file will be read in, from its suffix (sniffing what has none)."""
    if input_format != "auto":
        return input_format
    with path.open("rb") as stream:
        return format_of(str(path), stream.read(HEAD_BYTES))


_OPTIONS = BatchOptions()


def init_worker(options: BatchOptions) -> None:
    """Process-pool initializer: keep the options and build this worker's pipeline once."""
    global _OPTIONS
    _OPTIONS = options
    analyze("Warm-up. «Дякую!»", backend=options.backend, lexicons=options.lexicons)
    # what is loaded now (torch, stanza's models, the lexicon) lives as long as the worker: out
    # of the collector's sight, its full collections stop walking it for every document
    gc.freeze()


def analyze_item(item: Item, options: BatchOptions | None = None) -> Document | str:
    """Analyse one input; an unusable one gives its error message instead of a Document."""
    options = options or _OPTIONS
    try:
        reading = parse(item, options.encoding)
        return analyze(reading, backend=options.backend, lexicons=options.lexicons)
    except InputError as error:
        return str(error)


def filter_document(
    document: Document, options: BatchOptions, seen: set[tuple[str, str]]
) -> Document:
    """``document`` with the pairs (or links) that the options drop removed.

    ``seen`` holds the ``(source text, target text)`` already written and is updated.
    """
    kept: list[Pair] = []
    for pair in document.pairs:
        if pair.score < options.min_score:
            continue
        if options.lang_pair and f"{pair.source.lang}-{pair.target.lang}" != options.lang_pair:
            continue
        if options.dedup and options.links:
            links = []
            for link in pair.sentences:
                if (link.source.text, link.target.text) not in seen:
                    seen.add((link.source.text, link.target.text))
                    links.append(link)
            pair = pair.model_copy(update={"sentences": tuple(links)})
        elif options.dedup:
            texts = (pair.source.text, pair.target.text)
            if texts in seen:
                continue
            seen.add(texts)
        kept.append(pair)
    if len(kept) == len(document.pairs) and all(
        a is b for a, b in zip(kept, document.pairs, strict=True)
    ):
        return document
    return document.model_copy(update={"pairs": tuple(kept)})


def _results(
    items: Iterable[Item], options: BatchOptions, jobs: int
) -> Iterator[tuple[Item, Document | str]]:
    """Each item with its analysis, in input order; on a pool of ``jobs`` processes if > 1."""
    if jobs <= 1:
        init_worker(options)
        for item in items:
            yield item, analyze_item(item, options)
        return
    context = multiprocessing.get_context("spawn")  # no inherited threads or state
    with ProcessPoolExecutor(jobs, context, init_worker, (options,)) as pool:
        window: deque[tuple[Item, Future[Document | str]]] = deque()
        for item in items:
            window.append((item, pool.submit(analyze_item, item)))
            if len(window) >= 4 * jobs:  # bounded: memory stays flat on any corpus size
                first, future = window.popleft()
                yield first, future.result()
        while window:
            first, future = window.popleft()
            yield first, future.result()


def run_batch(
    paths: Sequence[str | Path],
    sink: Sink,
    *,
    options: BatchOptions | None = None,
    jobs: int = 1,
    progress: bool = True,
) -> BatchStats:
    """Analyse every document under ``paths`` not yet in ``sink`` and write its records.

    Args:
        paths: files and directories (see the module docstring for what is read).
        sink: an opened :class:`~bilingua.io.sinks.Sink`; its ``done()`` keys are skipped.
        options: analysis and filter options.
        jobs: worker processes; 1 analyses in this process.
        progress: show a progress bar on stderr (documents, pairs, documents/s).

    Returns:
        Counts of the run; unusable inputs are listed in ``failed`` and do not stop it.

    Raises:
        InputError: a path is missing, or a directory holds no input file.
    """
    from tqdm import tqdm

    options = options or BatchOptions()
    files = discover(paths)
    done = sink.done()
    seen = set(sink.texts())
    stats = BatchStats()
    started = time.perf_counter()
    total = count_items(files, options.input_format)
    bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not progress, smoothing=0.1)

    def todo() -> Iterator[Item]:
        for item in load_items(files, options.text_field, options.input_format):
            if isinstance(item, Unread):
                _count_unread(item, stats, bar)
                continue
            if (item.name, item.sha256) in done:
                stats.skipped += 1
                bar.update(1)
                continue
            yield item

    with bar:
        for item, result in _results(todo(), options, jobs):
            if isinstance(result, str):
                stats.failed.append((item.name, result))
                bar.write(f"bilingua: skipped {result}", file=sys.stderr)
            else:
                document = filter_document(result, options, seen)
                stats.records += sink.write(document, item.sha256)
                stats.pairs += len(document.pairs)
                stats.documents += 1
            bar.update(1)
            bar.set_postfix(pairs=stats.pairs, skipped=stats.skipped, refresh=False)
    stats.seconds = time.perf_counter() - started
    return stats


def _count_unread(record: Unread, stats: BatchStats, bar: Any) -> None:
    if record.failed:
        stats.failed.append((record.name, record.reason))
        bar.write(f"bilingua: skipped {record.name}: {record.reason}", file=sys.stderr)
        bar.update(1)
    else:
        stats.passed[record.reason] += 1
