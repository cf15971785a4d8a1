"""Analyse a corpus: files and directories in, records out, resumable, on a process pool.

Inputs are ``.txt`` and ``.md`` files (read as text), ``.html``/``.htm`` files (the article's
main text, extracted with trafilatura: boilerplate such as menus and footers is left out, so
offsets index into the extracted text), and ``.jsonl`` files (one document per line, its text
in ``text_field``; the document is named ``path#line``). Directories are searched recursively
for those suffixes. Each input is keyed by its name and the SHA-256 of its raw content (the file's
bytes, or the UTF-8 of a JSONL line's text); a run on an existing output skips every key already
in it (see :mod:`bilingua.io.sinks`), so an interrupted run resumes where it stopped.

With ``jobs > 1`` documents are analysed on a :class:`~concurrent.futures.ProcessPoolExecutor`
whose initializer sets up one pipeline per worker; results are written in input order.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from bilingua.errors import InputError
from bilingua.io._records import content_sha256
from bilingua.io.sinks import Sink
from bilingua.model import Document, Pair
from bilingua.pipeline import analyze

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

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
STDIN = Path("-")  #: standing for standard input among the paths (read as text)
Kind = Literal["text", "html", "line"]


@dataclass(frozen=True)
class BatchOptions:
    """What every document of a run is analysed and filtered with.

    Attributes:
        backend: as for :func:`bilingua.analyze`.
        lexicons: extra lexicon TSV paths, as for :func:`bilingua.analyze`.
        encoding: encoding of text and HTML files.
        text_field: the field of a JSONL input line that holds the text.
        min_score: pairs scoring below this are dropped.
        lang_pair: ``"uk-en"`` keeps pairs with a Ukrainian source and an English target.
        dedup: drop a pair (or link, with ``unit="sentence"``) whose source and target texts
            were already written.
        links: deduplicate sentence links rather than pairs.
    """

    backend: Literal["auto", "stanza", "rules"] = "auto"
    lexicons: tuple[str, ...] = ()
    encoding: str = "utf-8"
    text_field: str = "text"
    min_score: float = 0.0
    lang_pair: str | None = None
    dedup: bool = True
    links: bool = False


@dataclass(frozen=True)
class Item:
    """One input document: its name, content hash, kind and raw content."""

    name: str
    sha256: str
    kind: Kind
    content: bytes | str


@dataclass
class BatchStats:
    """What a run did. ``failed`` holds ``(name, message)`` of unusable inputs."""

    documents: int = 0
    skipped: int = 0
    pairs: int = 0
    records: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)


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
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
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


def _kind(path: Path) -> Kind:
    suffix = path.suffix.lower()
    return "html" if suffix in (".html", ".htm") else "line" if suffix == ".jsonl" else "text"


def load_items(files: Iterable[Path], text_field: str = "text") -> Iterator[Item]:
    """Read each file (each line of a JSONL file) into an :class:`Item`, lazily.

    Raises:
        InputError: a JSONL line is not an object with a string ``text_field``.
    """
    for path in files:
        kind = _kind(path)
        if path == STDIN:
            data = sys.stdin.buffer.read()
            yield Item("<stdin>", content_sha256(data), "text", data)
        elif kind != "line":
            data = path.read_bytes()
            yield Item(str(path), content_sha256(data), kind, data)
        else:
            yield from _lines(path, text_field)


def _lines(path: Path, text_field: str) -> Iterator[Item]:
    """One item per non-blank line of a JSONL corpus."""
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}: not JSON ({error.msg})") from None
            text = record.get(text_field) if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise InputError(
                    f"{path}:{number}: no string field {text_field!r} (see --text-field)"
                )
            yield Item(f"{path}#{number}", content_sha256(text), "line", text)


def count_items(files: Iterable[Path]) -> int:
    """How many documents :func:`load_items` will give (a JSONL file counts its lines)."""
    total = 0
    for path in files:
        if _kind(path) == "line" and path != STDIN:
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        else:
            total += 1
    return total


def decode(data: bytes, name: str, encoding: str) -> str:
    """Bytes to text, naming the file and byte offset of undecodable input; drops a BOM."""
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (see --encoding)") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode byte {data[error.start]:#04x} at byte offset {error.start} "
            f"as {encoding}; pass the file's encoding with --encoding"
        ) from None


def item_text(item: Item, encoding: str = "utf-8") -> str:
    """The text to analyse: decoded, or the article extracted from HTML."""
    if isinstance(item.content, str):
        return item.content
    text = decode(item.content, item.name, encoding)
    if item.kind == "html":
        import trafilatura  # imported at use: a heavy import that plain-text runs never need

        return trafilatura.extract(text, include_comments=False, include_tables=False) or ""
    return text


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
        text = item_text(item, options.encoding)
        return analyze(text, source=item.name, backend=options.backend, lexicons=options.lexicons)
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
    bar = tqdm(
        total=count_items(files), unit="doc", file=sys.stderr, disable=not progress, smoothing=0.1
    )

    def todo() -> Iterator[Item]:
        for item in load_items(files, options.text_field):
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
