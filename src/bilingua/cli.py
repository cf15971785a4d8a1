"""The ``bilingua`` command. It only parses arguments, calls the library and prints.

Exit codes: 0 success (empty input included), 1 unusable input (missing file, a directory,
undecodable bytes), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from bilingua._version import __version__
from bilingua.errors import BilinguaError, InputError
from bilingua.model import Document, DocumentAlignment, Quote, Verdict, escape_surrogates
from bilingua.pipeline import align_documents, analyze
from bilingua.reading import INPUT_FORMATS, Reading, Unread, items, parse, read

__all__ = ["main"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
_CORPUS_FORMATS = ("jsonl", "tmx", "tsv", "moses")


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
    analyze_cmd.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="text files, HTML pages, .jsonl corpora, WARC/WET archives, or - for stdin; with a "
        "corpus format also directories",
    )
    analyze_cmd.add_argument(
        "--format",
        choices=("text", "json", *_CORPUS_FORMATS),
        default="text",
        help="output format; jsonl, tmx, tsv and moses are corpus formats (resumable batch)",
    )
    _add_common(analyze_cmd)
    _add_corpus_options(analyze_cmd)
    analyze_cmd.set_defaults(run=_run_analyze)

    align_cmd = commands.add_parser(
        "align", help="align a Ukrainian document and its English version sentence by sentence"
    )
    align_cmd.add_argument("uk_file", metavar="UK_FILE", help="the Ukrainian document, or -")
    align_cmd.add_argument("en_file", metavar="EN_FILE", help="the English document, or -")
    align_cmd.add_argument("--format", choices=("text", "json", "tsv"), default="text")
    _add_common(align_cmd)
    align_cmd.set_defaults(run=_run_align)

    models_cmd = commands.add_parser("models", help="stanza models: status, download, path")
    models_sub = models_cmd.add_subparsers(dest="models_command", required=True, metavar="ACTION")
    status_cmd = models_sub.add_parser("status", help="what is installed (exit 1 if not enough)")
    status_cmd.set_defaults(run=_run_models_status)
    path_cmd = models_sub.add_parser("path", help="print the model directory")
    path_cmd.set_defaults(run=_run_models_path)
    download_cmd = models_sub.add_parser(
        "download", help="download stanza's official models (needs internet)"
    )
    download_cmd.add_argument("--lang", nargs="+", default=["uk", "en"], choices=("uk", "en"))
    download_cmd.add_argument(
        "--processors",
        nargs="+",
        default=[],
        choices=("depparse", "ner"),
        help="optional processors to add",
    )
    download_cmd.set_defaults(run=_run_models_download)

    lexicon_cmd = commands.add_parser("lexicon", help="bilingual lexicons")
    lexicon_sub = lexicon_cmd.add_subparsers(
        dest="lexicon_command", required=True, metavar="ACTION"
    )
    learn_cmd = lexicon_sub.add_parser(
        "learn",
        help="learn a uk→en lemma lexicon from line-aligned parallel text (IBM Model 1 with a "
        "diagonal prior)",
    )
    learn_cmd.add_argument("uk_file", metavar="UK_FILE")
    learn_cmd.add_argument("en_file", metavar="EN_FILE")
    learn_cmd.add_argument("-o", "--output", required=True, help="TSV file to write")
    learn_cmd.add_argument("--iterations", type=int, default=5)
    learn_cmd.add_argument("--min-prob", type=float, default=0.1)
    learn_cmd.add_argument(
        "--min-count", type=int, default=2, help="least line pairs a kept pair occurs in (2)"
    )
    learn_cmd.add_argument(
        "--model",
        choices=("diagonal", "ibm1"),
        default="diagonal",
        help="diagonal: IBM Model 1 with fast_align's diagonal prior (default); ibm1: plain",
    )
    learn_cmd.set_defaults(run=_run_lexicon_learn)

    _add_verify(commands)
    _add_report(commands)

    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of a Document")
    schema_cmd.set_defaults(run=_run_schema)
    return parser


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how inputs are read (default: auto, by suffix, else by content; see docs/input.md)",
    )
    command.add_argument(
        "--encoding",
        help="charset of the inputs (default: utf-8 for text, the declared one for HTML pages)",
    )


def _add_common(command: argparse.ArgumentParser) -> None:
    _add_input_options(command)
    command.add_argument(
        "--backend",
        choices=("auto", "stanza", "rules"),
        default="auto",
        help="sentence and token annotation (default: stanza when its models are installed)",
    )
    command.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="TSV",
        help="an extra uk→en lexicon (repeatable), e.g. one written by `bilingua lexicon learn`",
    )


# --- analyze ------------------------------------------------------------------------------


def _add_corpus_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--unit",
        choices=("document", "pair", "sentence"),
        help="what one record is (default: document for jsonl, pair for tmx, tsv, moses)",
    )
    command.add_argument(
        "-o", "--out", metavar="PATH", help="output file (moses: prefix of PATH.uk, PATH.en)"
    )
    command.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    command.add_argument(
        "--text-field", default="text", help="field holding the text in .jsonl inputs"
    )
    command.add_argument("--min-score", type=float, default=0.0, help="drop pairs below this")
    command.add_argument("--lang-pair", metavar="SRC-TGT", help="keep only these pairs: uk-en")
    command.add_argument(
        "--keep-duplicates", action="store_true", help="keep pairs whose texts were written"
    )
    command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )


def _run_corpus(args: argparse.Namespace) -> int:
    from bilingua.batch import BatchOptions, run_batch
    from bilingua.io import Unit, open_sink

    unit: Unit = args.unit or ("document" if args.format == "jsonl" else "pair")
    if unit == "document" and args.format != "jsonl":
        print(
            f"bilingua: error: --format {args.format} needs --unit pair or sentence",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.format == "moses" and not args.out:
        print(
            "bilingua: error: --format moses writes two files: give --out PREFIX", file=sys.stderr
        )
        return EXIT_USAGE
    options = BatchOptions(
        backend=args.backend,
        lexicons=tuple(args.lexicon),
        encoding=args.encoding,
        input_format=args.input_format,
        text_field=args.text_field,
        min_score=args.min_score,
        lang_pair=args.lang_pair,
        dedup=not args.keep_duplicates,
        links=unit == "sentence",
    )
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    with open_sink(args.format, args.out, unit) as sink:
        stats = run_batch(args.files, sink, options=options, jobs=args.jobs, progress=progress)
    if args.out:
        print(
            f"bilingua: {stats.documents} documents analysed, {stats.skipped} already in "
            f"{args.out}, {stats.pairs} pairs, {stats.records} records, "
            f"{len(stats.failed)} failed ({stats.seconds:.1f} s)",
            file=sys.stderr,
        )
    _print_passed(stats.passed)
    return EXIT_INPUT if stats.failed else EXIT_OK


def _print_passed(passed: Counter[str]) -> None:
    """Say what archive records gave no document, so that none goes unmentioned."""
    if passed:
        what = ", ".join(f"{count} {reason}" for reason, count in sorted(passed.items()))
        total = sum(passed.values())
        print(f"bilingua: {total} records are no documents ({what})", file=sys.stderr)


def _run_analyze(args: argparse.Namespace) -> int:
    if args.format in _CORPUS_FORMATS:
        return _run_corpus(args)
    failures: list[str] = []
    documents = _frozen_after_first(
        analyze(reading, backend=args.backend, lexicons=args.lexicon)
        for reading in _readings(args.files, args.encoding, args.input_format, failures)
    )
    if args.out:
        with Path(args.out).open("w", encoding="utf-8") as out:
            code = _write_analysis(documents, args.format, out)
    else:
        code = _write_analysis(documents, args.format, sys.stdout)
    return EXIT_INPUT if failures else code


def _frozen_after_first(documents: Iterator[Document]) -> Iterator[Document]:
    """The documents; once the first is done, what it loaded (torch, stanza's models, the
    lexicon) is frozen out of the garbage collector's sight (its full collections would walk
    it again for every document)."""
    for index, document in enumerate(documents):
        if index == 1:
            gc.freeze()
        yield document


def _write_analysis(documents: Iterator[Document], format: str, out: TextIO) -> int:
    if format == "json":
        dumped = [document.model_dump(mode="json") for document in documents]
        written = json.dumps(
            dumped[0] if len(dumped) == 1 else dumped, ensure_ascii=False, indent=2
        )
        out.write(escape_surrogates(written))  # lone surrogates as \\udcxx escapes
        out.write("\n")
    else:
        for document in documents:
            _print_summary(document, out)
    return EXIT_OK


def _readings(
    files: Sequence[str], encoding: str | None, input_format: str, failures: list[str]
) -> Iterator[Reading]:
    """Every document of ``files``; an unusable one is reported on stderr and in ``failures``,
    and the others are still read."""
    # Check every path before analysing any, so a typo in the last argument costs nothing.
    if list(files).count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    for name in files:
        if name != "-":
            _check_file(Path(name))
    passed: Counter[str] = Counter()
    for entry in items(files, input_format=input_format):  # type: ignore[arg-type]
        try:
            if isinstance(entry, Unread) and entry.failed:
                raise InputError(f"{entry.name}: {entry.reason}")
            if isinstance(entry, Unread):
                passed[entry.reason] += 1
                continue
            yield parse(entry, encoding)
        except InputError as error:
            failures.append(str(error))
            print(f"bilingua: error: {error}", file=sys.stderr)
    _print_passed(passed)


def _read_one(name: str, encoding: str | None, input_format: str) -> Reading:
    """The one document of the file ``name`` (or of stdin for ``-``)."""
    if name != "-":
        _check_file(Path(name))
    return read(name, input_format, encoding=encoding)  # type: ignore[arg-type]


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")


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
    out.write(f"pairs: {len(document.pairs)}\n")
    for pair in document.pairs:
        findings = pair.findings
        out.write(
            f"  {pair.source.lang}→{pair.target.lang} score {pair.score:.2f}, "
            f"{len(pair.sentences)} sentence links, {len(pair.words)} word links, "
            f"{len(findings)} findings\n"
        )
        out.write(f"    {_preview(pair.source.text)}\n    {_preview(pair.target.text)}\n")
        for finding in findings:
            out.write(f"    {finding.severity.value}: {finding.message}\n")
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


# --- align ---


def _run_align(args: argparse.Namespace) -> int:
    if args.uk_file == args.en_file == "-":
        raise InputError("standard input ('-') can be read only once")
    for name in (args.uk_file, args.en_file):
        if name != "-":
            _check_file(Path(name))
    uk_text, en_text = (
        _read_one(name, args.encoding, args.input_format).text
        for name in (args.uk_file, args.en_file)
    )
    result = align_documents(uk_text, en_text, backend=args.backend, lexicons=args.lexicon)
    out = sys.stdout
    if args.format == "json":
        out.write(result.model_dump_json(indent=2) + "\n")
    elif args.format == "tsv":
        for link in result.sentences:
            uk, en = (" ".join(side.text.split()) for side in (link.source, link.target))
            out.write(f"{link.score:.4f}\t{uk}\t{en}\n")
    else:
        _print_alignment(result, out)
    return EXIT_OK


def _print_alignment(result: DocumentAlignment, out: TextIO) -> None:
    out.write(
        f"{len(result.sentences)} sentence links, {len(result.words)} word links, "
        f"score {result.score:.2f}\n"
    )
    for link in result.sentences:
        out.write(f"{link.score:.2f}  {_preview(link.source.text, 70)}\n")
        out.write(f"      {_preview(link.target.text, 70)}\n")


# --- models and lexicons ---


def _run_models_status(args: argparse.Namespace) -> int:
    from bilingua.nlp import models

    ready = True
    for lang in models.status():
        ready = ready and lang.ready
        state = "ready" if lang.ready else f"missing {', '.join(lang.missing)}"
        print(
            f"{lang.lang}: {state} — {lang.directory} ({lang.size / 1e6:.1f} MB), "
            f"stanza {lang.stanza_version or 'not installed'}"
        )
        for processor in lang.processors:
            mark = "✓" if processor.installed else "✗"
            package = processor.package or "-"
            print(f"  {mark} {processor.name:<9} {package:<20} {processor.path or ''}")
    return EXIT_OK if ready else EXIT_INPUT


def _run_models_path(args: argparse.Namespace) -> int:
    from bilingua.nlp import models

    print(models.model_dir())
    return EXIT_OK


def _run_models_download(args: argparse.Namespace) -> int:
    from bilingua.nlp import models

    models.download(args.lang, args.processors)
    return _run_models_status(args)


def _run_lexicon_learn(args: argparse.Namespace) -> int:
    from bilingua.lexicon.learn import learn_files

    count = learn_files(
        args.uk_file,
        args.en_file,
        args.output,
        iterations=args.iterations,
        min_prob=args.min_prob,
        min_count=args.min_count,
        model=args.model,
    )
    print(f"wrote {count} entries to {args.output}", file=sys.stderr)
    return EXIT_OK


# --- verify -------------------------------------------------------------------------------


def _add_verify(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify_cmd = commands.add_parser(
        "verify", help="check that a rendering says what its source says: score and findings"
    )
    for side in ("source", "target"):
        verify_cmd.add_argument(
            f"--{side}",
            required=True,
            metavar="FILE_OR_TEXT",
            help=f"the {side} text: a file, - for stdin, or the text itself",
        )
    verify_cmd.add_argument("--source-lang", choices=("uk", "en"), default="uk")
    verify_cmd.add_argument("--target-lang", choices=("uk", "en"), default="en")
    verify_cmd.add_argument("--format", choices=("text", "json"), default="text")
    _add_input_options(verify_cmd)
    verify_cmd.add_argument(
        "--backend", choices=("auto", "stanza", "rules"), default="auto", help="as for analyze"
    )
    verify_cmd.set_defaults(run=_run_verify)


def _file_or_text(value: str, encoding: str | None, input_format: str) -> str:
    """The text of a file (a page's article), of stdin for ``-``, or ``value`` itself when it
    names no file."""
    path = Path(value)
    # A long text is not a path; asking the file system about it can itself fail.
    if value == "-" or (
        value.strip() and len(value) < 4096 and "\n" not in value and path.exists()
    ):
        return _read_one(value, encoding, input_format).text
    return value


def _run_verify(args: argparse.Namespace) -> int:
    from bilingua.verify import verify_translation

    if args.source == "-" and args.target == "-":
        raise InputError("standard input ('-') can be read only once")
    source = _file_or_text(args.source, args.encoding, args.input_format)
    target = _file_or_text(args.target, args.encoding, args.input_format)
    verdict = verify_translation(
        source, target, args.source_lang, args.target_lang, backend=args.backend
    )
    if args.format == "json":
        sys.stdout.write(verdict.model_dump_json(indent=2) + "\n")
    else:
        _print_verdict(verdict, sys.stdout)
    return EXIT_OK


def _print_verdict(verdict: Verdict, out: TextIO) -> None:
    out.write(f"faithfulness {verdict.score:.2f}, {len(verdict.findings)} findings\n")
    for finding in verdict.findings:
        out.write(f"  {finding.severity.value:<7} {finding.kind.value:<16} {finding.message}\n")
        for label, span in (("source", finding.source), ("target", finding.target)):
            if span is not None:
                out.write(f"{'':10}{label} {span.start}–{span.end}: {_preview(span.text, 60)}\n")


# --- report -------------------------------------------------------------------------------


def _add_report(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report_cmd = commands.add_parser(
        "report",
        help="HTML review pages: each pair side by side, findings worst first; a corpus index",
        description="One file gives one page (stdout unless -o). Directories, several files or "
        "a .jsonl (bilingua's own document records, or texts in --text-field) give a page per "
        "document and an index.html in the directory -o names.",
    )
    report_cmd.add_argument(
        "files", nargs="+", metavar="PATH", help="text files, directories, .jsonl files, or -"
    )
    report_cmd.add_argument(
        "-o",
        "--out",
        metavar="PATH",
        help="the page to write (default: stdout); a directory for a corpus",
    )
    report_cmd.add_argument(
        "--title", help="page title (default: the file name); the index's for a corpus"
    )
    report_cmd.add_argument(
        "--text-field", default="text", help="field holding the text in .jsonl text inputs"
    )
    _add_common(report_cmd)
    report_cmd.set_defaults(run=_run_report)


def _is_corpus(files: Sequence[str]) -> bool:
    return len(files) > 1 or any(
        name != "-" and (Path(name).is_dir() or Path(name).suffix.lower() == ".jsonl")
        for name in files
    )


def _run_report(args: argparse.Namespace) -> int:
    from bilingua.io.report import render_report, write_corpus_report

    if _is_corpus(args.files):
        if not args.out or Path(args.out).suffix.lower() in (".html", ".htm"):
            print(
                "bilingua: error: a corpus report is a directory of pages: give -o DIR",
                file=sys.stderr,
            )
            return EXIT_USAGE
        failed: list[str] = []
        documents = _report_documents(args, failed)
        index = write_corpus_report(documents, args.out, args.title or "bilingua corpus report")
        print(f"bilingua: wrote {index}", file=sys.stderr)
        return EXIT_INPUT if failed else EXIT_OK
    (name,) = args.files
    reading = _read_one(name, args.encoding, args.input_format)
    document = analyze(reading, backend=args.backend, lexicons=args.lexicon)
    page = render_report(document, args.title)
    if args.out:
        Path(args.out).write_text(page, encoding="utf-8")
        print(f"bilingua: wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(page)
    return EXIT_OK


def _report_documents(args: argparse.Namespace, failed: list[str]) -> Iterator[Document]:
    """The documents of a corpus report: stored ones read back, the others analysed.

    Unusable inputs are reported on stderr and listed in ``failed``.
    """
    from bilingua.batch import BatchOptions, analyze_item, discover, load_items

    options = BatchOptions(
        backend=args.backend,
        lexicons=tuple(args.lexicon),
        encoding=args.encoding,
        input_format=args.input_format,
        text_field=args.text_field,
    )
    for path in discover(args.files):
        if path.suffix.lower() == ".jsonl" and _holds_documents(path):
            yield from _stored_documents(path)
            continue
        for item in load_items([path], options.text_field, options.input_format):
            if isinstance(item, Unread):
                if item.failed:
                    failed.append(f"{item.name}: {item.reason}")
                    print(f"bilingua: skipped {item.name}: {item.reason}", file=sys.stderr)
                continue
            result = analyze_item(item, options)
            if isinstance(result, str):
                failed.append(result)
                print(f"bilingua: skipped {result}", file=sys.stderr)
            else:
                yield result


def _holds_documents(path: Path) -> bool:
    """Whether a JSONL file holds bilingua's document records (rather than texts to analyse)."""
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return False  # reported as the text corpus's error, with its line
                return isinstance(record, dict) and {"text", "meta", "segments"} <= set(record)
    return False


def _stored_documents(path: Path) -> Iterator[Document]:
    from pydantic import ValidationError

    with path.open(encoding="utf-8", newline="\n") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record.pop("sha256", None)
                document = Document.model_validate(record)
            except (json.JSONDecodeError, AttributeError, ValidationError) as error:
                reason = str(error).splitlines()[0]
                raise InputError(f"{path}:{number}: not a bilingua document ({reason})") from None
            yield (
                document
                if document.source
                else document.model_copy(update={"source": f"{path}#{number}"})
            )


# --- schema -------------------------------------------------------------------------------


def _run_schema(args: argparse.Namespace) -> int:
    json.dump(Document.model_json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK
