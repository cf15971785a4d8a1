"""How fast monolingual documents are dismissed, beside CLD2 labelling the same text.

    python benchmarks/dismiss.py [--size 2000] [--repeat 3]

Monolingual news documents of about ``--size`` UTF-8 bytes, built from ``../shared`` in place:
English (NTREX-128 English, WMT22 en-uk English sources), Ukrainian (NTREX-128 Ukrainian
translations, WMT22 uk-en Ukrainian sources), Russian (WMT22 ru-en sources), Czech (WMT22
cs-uk sources), lines grouped by document where the data says which document a line is from,
paragraphs of up to three lines. Each system runs over all of them in one process, its fastest
of ``--repeat`` passes counted, one core:

- ``pycld2.detect`` (CLD2, C++): one language label per document — the peer;
- ``bilingua.analyze_many`` with the first pass (:mod:`bilingua.screen`, the default);
- ``bilingua.analyze_many(first_pass=False)``: the whole analysis, as before the first pass.

Throughput is UTF-8 megabytes per second of wall time. Also printed: how many documents the
first pass dismissed, and whether the dismissed documents' segment labels agree with the
language the document is in. Needs ``../shared`` (else says so and exits 0) and pycld2 (a dev
extra; without it the peer row says so).
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import SharedDataMissing, parallel_dir
from benchmarks._machine import cpu_name, version_of

_SOURCES = {  # language: (file, docids file or None)
    "en": [("ntrex128.en-uk.en", "ntrex128.en-uk.docids"), ("wmt22.en-uk.en", None)],
    "uk": [
        ("ntrex128.en-uk.uk", "ntrex128.en-uk.docids"),
        ("wmt22.uk-en.uk", "wmt22.uk-en.docids"),
    ],
    "ru": [("wmt22.ru-en.ru", None)],
    "cs": [("wmt22.cs-uk.cs", None)],
}


def _doc_ids(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("collection\t"):  # WMT22: a header, the id in column 2
        return [line.split("\t")[1] for line in lines[1:]]
    return lines


def _documents(lines: Sequence[str], ids: Sequence[str] | None, size: int) -> list[str]:
    """Lines of one source document together, cut into documents of about ``size`` bytes."""
    groups = (
        [list(group) for _, group in itertools.groupby(lines, key=lambda _: 0)]
        if ids is None
        else [
            [line for line, _ in group]
            for _, group in itertools.groupby(
                zip(lines, ids, strict=True), key=lambda item: item[1]
            )
        ]
    )
    documents: list[str] = []
    current: list[str] = []
    used = 0
    for line in (line for group in groups for line in (*group, "")):
        if line:
            current.append(line.strip())
            used += len(line.encode("utf-8")) + 1
        if current and (used >= size or (not line and ids is not None and used >= size // 2)):
            paragraphs = [" ".join(current[i : i + 3]) for i in range(0, len(current), 3)]
            documents.append("\n\n".join(paragraphs) + "\n")
            current, used = [], 0
    return documents


def build_documents(size: int) -> dict[str, list[str]]:
    """The monolingual documents per language."""
    directory = parallel_dir()
    corpus: dict[str, list[str]] = {}
    for lang, sources in _SOURCES.items():
        for name, ids_name in sources:
            lines = (directory / name).read_text(encoding="utf-8").splitlines()
            ids = _doc_ids(directory / ids_name) if ids_name else None
            corpus.setdefault(lang, []).extend(_documents(lines, ids, size))
    return corpus


def _fastest(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _cld2() -> Callable[[Iterable[str]], object] | str:
    """CLD2 over the texts; it refuses control characters (WMT22 cs has U+008D), so a text it
    refuses is given again without them (the extra call is timed too)."""
    try:
        import pycld2
    except ImportError:
        return "pycld2 is not installed (pip install 'bilingua[dev]')"

    def label(text: str) -> object:
        try:
            return pycld2.detect(text)
        except pycld2.error:
            return pycld2.detect(_CONTROLS.sub(" ", text))

    return lambda texts: [label(text) for text in texts]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="bytes per document (2000)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per system (3)")
    args = parser.parse_args(argv)
    try:
        corpus = build_documents(args.size)
    except SharedDataMissing as missing:
        print(f"skipped: {missing}")
        return 0
    import bilingua

    texts = [text for docs in corpus.values() for text in docs]
    langs = [lang for lang, docs in corpus.items() for _ in docs]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    list(bilingua.analyze_many(texts[:50], backend="rules"))  # warm-up: imports, lexicon
    cld2 = _cld2()
    systems: list[tuple[str, Callable[[], object] | str]] = [
        (
            "CLD2 (pycld2.detect, one label per document)",
            cld2 if isinstance(cld2, str) else lambda: cld2(texts),
        ),
        (
            "bilingua analyze_many, first pass (default)",
            lambda: list(bilingua.analyze_many(texts, backend="rules")),
        ),
        (
            "bilingua analyze_many, first_pass=False",
            lambda: list(bilingua.analyze_many(texts, backend="rules", first_pass=False)),
        ),
    ]
    print("| system | documents | MB | seconds | MB/s | docs/s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, run in systems:
        if isinstance(run, str):
            print(f"| {name} | — | — | — | {run} | — |")
            continue
        seconds = _fastest(run, args.repeat)
        print(
            f"| {name} | {len(texts):,} | {megabytes:.2f} | {seconds:.3f} "
            f"| {megabytes / seconds:.1f} | {len(texts) / seconds:,.0f} |",
            flush=True,
        )
    documents = list(bilingua.analyze_many(texts, backend="rules"))
    print()
    print("| language | documents | dismissed | letters labelled as the document's language |")
    print("| --- | ---: | ---: | ---: |")
    for lang in corpus:
        chosen = [d for d, doc_lang in zip(documents, langs, strict=True) if doc_lang == lang]
        dismissed = sum("dismissed" in d.meta.options for d in chosen)
        letters: Counter[bool] = Counter()
        for document in chosen:
            for segment in document.segments:
                letters[segment.lang == lang] += sum(ch.isalpha() for ch in segment.text)
        share = letters[True] / max(sum(letters.values()), 1)
        print(f"| {lang} | {len(chosen)} | {dismissed} | {share:.4f} |")
    print()
    print(
        f"python {platform.python_version()} · pycld2 {version_of('pycld2')} · bilingua "
        f"{version_of('bilingua')} · {platform.system()} {platform.machine()}, {cpu_name()}, "
        f"load average {os.getloadavg()[0]:.1f} · ≈{args.size} bytes per document · fastest of "
        f"{args.repeat} passes · rules backend (no annotation happens in dismissed documents)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
