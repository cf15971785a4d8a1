"""Memory and time of ``analyze`` on hostile shapes of input, stage by stage, one process each.

    python benchmarks/shapes.py [--limit-gb 4] [--timeout 900] [SHAPE ...]

Shapes (``--list`` names them): a Ukrainian transcript as one paragraph followed by its English
rendering as one paragraph (``pair-1.6MB``, ``pair-10MB``; Tatoeba sentences, the pairs whose
sides detect reads as one language each), 10 MB without a single space (``no-spaces-10MB``),
quotation marks by the thousand, paired and unpaired, in both scripts (``quote-storm-2MB``),
and 10 MB of short bilingual paragraphs (``paragraphs-10MB``). Each runs in a fresh process
under an address-space limit (``--limit-gb``) so that a shape that would exhaust the machine
fails with MemoryError instead; the worker prints each stage as it ends — seconds, peak RSS
since the stage began — so a failure says where. The rules backend throughout; the stages are
those of :func:`bilingua.analyze` (detect, quotes, candidates and shortlist, annotation, pair
scoring, alignment in windows between anchors, verification, the Document and its JSON).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import SharedDataMissing, parallel_dir
from benchmarks._machine import cpu_name, version_of

_MB = 1_000_000


def _clean_tatoeba() -> list[tuple[str, str]]:
    """Tatoeba's (uk, en) sentences whose sides detect reads as Ukrainian and English alone."""
    from bilingua import detect

    rows = []
    for line in (parallel_dir() / "tatoeba.en-uk.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            uk, en = parts[3].strip(), parts[2].strip()
            if {s.lang for s in detect(uk)} == {"uk"} and {s.lang for s in detect(en)} == {"en"}:
                rows.append((uk, en))
    return rows


def _pair(megabytes: float) -> str:
    rows = _clean_tatoeba()
    uk, en, size, index = [], [], 0, 0
    while size < megabytes * _MB:
        u, e = rows[index % len(rows)]
        uk.append(u)
        en.append(e)
        size += len(u.encode("utf-8")) + len(e.encode("utf-8")) + 2
        index += 1
    return "Транскрипт розмови.\n\n" + " ".join(uk) + "\n\n" + " ".join(en) + "\n"


def _no_spaces(megabytes: float) -> str:
    rows = _clean_tatoeba()
    parts: list[str] = []
    size = 0
    for index in range(10**9):
        u, e = rows[index % len(rows)]
        word = "".join(ch for ch in u + e if not ch.isspace())
        parts.append(word)
        size += len(word.encode("utf-8"))
        if size >= megabytes * _MB:
            break
    return "".join(parts)


def _quote_storm(megabytes: float) -> str:
    marks = ['"', "«", "»", "„", "“", "”", "'", "‘", "’", "‹", "›", "`"]
    words = ["Слава", "Україні", "він", "сказав:", "the", "said:", "“Kyiv”", "—", "\n"]
    parts: list[str] = []
    size = 0
    index = 0
    while size < megabytes * _MB:
        piece = marks[index % len(marks)] + words[(index * 7) % len(words)]
        piece += " " if index % 3 else marks[(index * 5) % len(marks)] + " "
        parts.append(piece)
        size += len(piece.encode("utf-8"))
        index += 1
    return "".join(parts)


def _paragraphs(megabytes: float) -> str:
    from benchmarks.detect import sized_text

    return sized_text(int(megabytes * _MB * 0.7), seed=0)  # ≈ 1.4 UTF-8 bytes per character


SHAPES: dict[str, Callable[[], str]] = {
    "pair-1.6MB": lambda: _pair(1.6),
    "pair-10MB": lambda: _pair(10),
    "no-spaces-10MB": lambda: _no_spaces(10),
    "quote-storm-2MB": lambda: _quote_storm(2),
    "paragraphs-10MB": lambda: _paragraphs(10),
}


# --------------------------------------------------------------------------- the worker


def _status(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def _stage(name: str, run: Callable[[], Any]) -> Any:
    gc.collect()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # restart the peak count (Linux)
    before = _status("VmRSS:")
    started = time.perf_counter()
    try:
        result = run()
    except MemoryError:
        _emit(
            stage=name,
            error="MemoryError",
            seconds=time.perf_counter() - started,
            peak_mb=_status("VmHWM:"),
            before_mb=before,
        )
        raise SystemExit(3) from None
    _emit(
        stage=name,
        seconds=time.perf_counter() - started,
        peak_mb=_status("VmHWM:"),
        before_mb=before,
    )
    return result


def _emit(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


def worker(shape: str, limit_gb: float) -> int:
    """In a fresh process: build the shape, then run the stages of analyze one by one."""
    from bilingua import Document, nlp
    from bilingua import pipeline as pl
    from bilingua.detect import detect
    from bilingua.lexicon import default_lexicon
    from bilingua.model import Meta
    from bilingua.pair import candidates, pair_passages, score_pair, shortlist
    from bilingua.quotes import find_quotes

    text = SHAPES[shape]()
    pl.analyze("Привіт, це тест. Hello, this is a test.", backend="rules")  # warm-up
    default_lexicon()
    limit = int(limit_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _emit(
        stage="input",
        chars=len(text),
        megabytes=len(text.encode("utf-8")) / _MB,
        rss_mb=_status("VmRSS:"),
    )
    started = time.perf_counter()
    segments = _stage("detect", lambda: detect(text))
    quotes = _stage("quotes", lambda: find_quotes(text, segments))
    uk, en = _stage("candidates", lambda: candidates(text, segments, quotes))
    chosen = _stage("shortlist", lambda: shortlist(text, uk, en, default_lexicon()))
    _emit(
        stage="counts",
        segments=len(segments),
        quotes=len(quotes),
        uk=len(uk),
        en=len(en),
        shortlist=len(chosen),
    )
    prepared = pl._Prepared(text, None, None, segments, quotes, uk, en, chosen)
    passages = prepared.passages
    sentences = _stage("annotation (rules)", lambda: nlp.annotate(text, passages, "rules"))
    starts = [s.start for s in sentences]
    by = _stage(
        "clip to candidates",
        lambda: {(c.start, c.end): pl._clip(text, sentences, starts, c) for p in chosen for c in p},
    )
    matcher = pl.matcher_for(())
    _stage(
        "pair scoring",
        lambda: [
            score_pair(
                text, u, e, by.get((u.start, u.end), []), by.get((e.start, e.end), []), matcher
            )
            for u, e in chosen
        ],
    )
    pairs = _stage("pairing + alignment", lambda: pair_passages(text, chosen, by, matcher))
    pairs = _stage("verification", lambda: [pl._verified(text, p, by, matcher) for p in pairs])
    document = _stage(
        "Document",
        lambda: Document(
            text=text,
            segments=tuple(segments),
            quotes=tuple(quotes),
            sentences=tuple(sentences),
            pairs=tuple(pairs),
            meta=Meta(version="bench", backend="rules"),
        ),
    )
    _stage("JSON", document.model_dump_json)
    _emit(
        stage="total",
        seconds=time.perf_counter() - started,
        peak_mb=_status("VmHWM:"),
        pairs=len(pairs),
    )
    return 0


# --------------------------------------------------------------------------- the driver


def _run(shape: str, limit_gb: float, timeout: float) -> list[dict[str, Any]]:
    command = [sys.executable, __file__, "--worker", shape, "--limit-gb", str(limit_gb)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        out, code = done.stdout, done.returncode
    except subprocess.TimeoutExpired as expired:
        out = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout or ""
        code = -1
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if code == -1:
        rows.append({"stage": "timeout", "seconds": timeout})
    elif code and not any("error" in row for row in rows):
        rows.append({"stage": "crash", "error": f"exit {code}"})
    return rows


def _print(shape: str, rows: list[dict[str, Any]]) -> None:
    head = next((r for r in rows if r["stage"] == "input"), {})
    print(
        f"### {shape}: {head.get('chars', 0):,} characters, "
        f"{head.get('megabytes', 0):.2f} MB UTF-8\n"
    )
    print("| stage | seconds | peak RSS MB | note |")
    print("| --- | ---: | ---: | --- |")
    for row in rows:
        stage = row["stage"]
        if stage in ("input",):
            continue
        note = row.get("error", "")
        if stage == "counts":
            note = ", ".join(f"{k} {v:,}" for k, v in row.items() if k != "stage")
        seconds = f"{row['seconds']:.2f}" if "seconds" in row else ""
        peak = f"{row['peak_mb']:.0f}" if "peak_mb" in row else ""
        print(f"| {stage} | {seconds} | {peak} | {note} |")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapes", nargs="*", help=f"some of {', '.join(SHAPES)} (all)")
    parser.add_argument("--limit-gb", type=float, default=4.0, help="address-space limit (4)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per shape (900)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.limit_gb)
    try:
        parallel_dir()
    except SharedDataMissing as missing:
        print(f"skipped: {missing}")
        return 0
    for shape in args.shapes or SHAPES:
        _print(shape, _run(shape, args.limit_gb, args.timeout))
    print(
        f"python {platform.python_version()} · bilingua {version_of('bilingua')} · "
        f"{platform.system()} {platform.machine()}, {cpu_name()}, load average "
        f"{os.getloadavg()[0]:.1f} · one process per shape, address space limited to "
        f"{args.limit_gb:g} GB · peak RSS per stage counted from the stage's start"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
