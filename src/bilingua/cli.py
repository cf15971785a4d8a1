"""The ``bilingua`` command. It only parses arguments, calls the library and prints.

Exit codes: 0 success (empty input included), 1 unusable input (missing file, a directory,
undecodable bytes), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from bilingua._version import __version__
from bilingua.errors import BilinguaError, InputError
from bilingua.model import Document, Quote
from bilingua.pipeline import analyze

__all__ = ["main"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        return result
    except BilinguaError as error:
        print(f"bilingua: error: {error}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:  # `bilingua analyze … | head` closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bilingua",
        description="Find, pair and check Ukrainian and English passages in one text.",
    )
    parser.add_argument("--version", action="version", version=f"bilingua {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze_cmd = commands.add_parser(
        "analyze", help="language segments, quotations and attribution of text files"
    )
    analyze_cmd.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    analyze_cmd.add_argument(
        "--format", choices=("text", "json", "jsonl"), default="text", help="output format"
    )
    analyze_cmd.add_argument(
        "--encoding", default="utf-8", help="encoding of the input files (default: utf-8)"
    )
    analyze_cmd.set_defaults(run=_run_analyze)

    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of a Document")
    schema_cmd.set_defaults(run=_run_schema)
    return parser


# --- analyze ------------------------------------------------------------------------------


def _run_analyze(args: argparse.Namespace) -> int:
    if args.files.count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    documents = (analyze(text, source=name) for name, text in _read_inputs(args))
    out = sys.stdout
    if args.format == "jsonl":
        for document in documents:
            out.write(document.model_dump_json() + "\n")
    elif args.format == "json":
        dumped = [document.model_dump(mode="json") for document in documents]
        json.dump(dumped[0] if len(dumped) == 1 else dumped, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for document in documents:
            _print_summary(document, out)
    return EXIT_OK


def _read_inputs(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    # Check every path before analysing any, so a typo in the last argument costs nothing.
    for name in args.files:
        if name != "-":
            _check_file(Path(name))
    for name in args.files:
        if name == "-":
            yield "<stdin>", _decode(sys.stdin.buffer.read(), "<stdin>", args.encoding)
        else:
            yield name, _decode(Path(name).read_bytes(), name, args.encoding)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")


def _decode(data: bytes, name: str, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (see --encoding)") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode byte {data[error.start]:#04x} at byte offset {error.start} "
            f"as {encoding}; pass the file's encoding with --encoding"
        ) from None
    return text.removeprefix("\ufeff")  # a byte-order mark is not part of the text


def _print_summary(document: Document, out: TextIO) -> None:
    text = document.text
    out.write(f"== {document.source or '<text>'}: {len(text):,} characters ==\n")
    chars: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for segment in document.segments:
        chars[segment.lang] += segment.end - segment.start
        counts[segment.lang] += 1
    summary = ", ".join(
        f"{lang} {counts[lang]} ({chars[lang]:,} chars)" for lang, _ in chars.most_common()
    )
    out.write(f"segments: {summary or 'none'}\n")
    for segment in document.segments:
        out.write(
            f"  {segment.start:>7}–{segment.end:<7} {segment.lang:<3} "
            f"{segment.confidence:.2f}  {_preview(segment.text)}\n"
        )
    out.write(f"quotes: {len(document.quotes)}\n")
    for quote in document.quotes:
        out.write(f"  {quote.start:>7}–{quote.end:<7} {quote.lang:<3} {quote.kind.value:<7} ")
        out.write(f"{_preview(quote.text)}\n")
        out.write(f"{'':19}{_describe_attribution(quote)}\n")
    out.write("\n")


def _describe_attribution(quote: Quote) -> str:
    attribution = quote.attribution
    if attribution is None:
        return "— no attribution"
    parts = [
        attribution.speaker or "unknown speaker",
        attribution.handle or "",
        attribution.date.isoformat() if attribution.date else "",
        f"on {attribution.platform}" if attribution.platform else "",
    ]
    return "— " + " ".join(part for part in parts if part)


def _preview(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[: width - 1] + "…")


# --- schema -------------------------------------------------------------------------------


def _run_schema(args: argparse.Namespace) -> int:
    json.dump(Document.model_json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK
