"""Language detection on generated mixed documents: bilingua, lingua-py and langdetect.

    python benchmarks/detect.py [--docs N] [--seed S]      # accuracy and throughput table
    python benchmarks/detect.py --sizes [100k 1M 10M]      # bilingua.analyze time and memory

Scores are over the letters inside gold spans (see ``benchmarks/_metrics.py``); throughput is
the total text length over the wall time of the detection calls alone. Needs ``../shared``
(or ``$BILINGUA_SHARED``); without it the script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import GoldDoc, SharedDataMissing, make_documents, parallel_dir
from benchmarks._machine import cpu_name, version_of
from benchmarks._metrics import Confusion, LangSpan, char_labels, confusion, metrics

TARGET_UK_F1 = 0.99
TARGET_RU_AS_UK = 0.002
TARGET_CS_AS_EN = 0.005
TARGET_SPEEDUP = 2.0
DEFAULT_SIZES = ("100k", "1M", "10M")


class Label(NamedTuple):
    """A predicted language for ``text[start:end]``."""

    start: int
    end: int
    lang: str


Detector = Callable[[str], Sequence[LangSpan]]


@dataclass
class SystemRun:
    """The summed confusion and detection time of one system over all documents."""

    name: str
    counts: Confusion = field(default_factory=Counter)
    seconds: float = 0.0
    chars: int = 0
    unavailable: str | None = None

    @property
    def kchars_per_second(self) -> float:
        return self.chars / self.seconds / 1000 if self.seconds else math.nan


# --------------------------------------------------------------------------- systems


def bilingua_detector() -> Detector | str:
    """``bilingua.detect``, or the reason it cannot be used."""
    try:
        import bilingua
    except ImportError as error:
        return f"import bilingua failed: {error}"
    detect = getattr(bilingua, "detect", None)
    return detect if callable(detect) else "bilingua.detect does not exist yet"


def lingua_detector() -> Detector:
    """lingua-py's mixed-language detection over the same four candidate languages."""
    from lingua import Language, LanguageDetectorBuilder

    languages = (Language.UKRAINIAN, Language.ENGLISH, Language.RUSSIAN, Language.CZECH)
    detector = LanguageDetectorBuilder.from_languages(*languages).build()

    def detect(text: str) -> list[Label]:
        return [
            Label(r.start_index, r.end_index, r.language.iso_code_639_1.name.lower())
            for r in detector.detect_multiple_languages_of(text)
        ]

    return detect


_SENTENCE = re.compile(r"\S[^\n]*?(?:[.!?…]+[\"'»”’)]*(?=\s)|(?=\n)|\Z)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Lines, cut after ``.!?…`` (and closing quotation marks) that precede white space."""
    return [match.span() for match in _SENTENCE.finditer(text)]


def langdetect_detector() -> Detector:
    """``langdetect.detect`` on each sentence (all 55 of its languages, seed 0)."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0

    def detect_sentences(text: str) -> list[Label]:
        labels = []
        for start, end in sentence_spans(text):
            try:
                labels.append(Label(start, end, detect(text[start:end])))
            except LangDetectException:  # no letters to go by
                continue
        return labels

    return detect_sentences


# --------------------------------------------------------------------------- running


def run_systems(
    detectors: dict[str, Detector | str], docs: Sequence[GoldDoc], repeat: int = 1
) -> list[SystemRun]:
    """Label every document with every system; time only the detector calls.

    The systems take turns document by document, so that load from other processes falls on
    all of them alike. Each system gets one untimed warm-up call first (lazy model loading).
    With ``repeat`` > 1 every document is labelled that many times and each system's fastest
    pass counts; the scores come from the first pass.

    Args:
        detectors: name → detector, or → the reason the system is unavailable.
        docs: the documents.
        repeat: timed passes.
    """
    runs = {name: _new_run(name, detector, docs) for name, detector in detectors.items()}
    usable = {name: d for name, d in detectors.items() if not isinstance(d, str)}
    for detector in usable.values():
        detector(docs[0].text)
    for number in range(max(1, repeat)):
        seconds = dict.fromkeys(usable, 0.0)
        for doc in docs:
            gold = char_labels(doc.text, doc.spans) if number == 0 else None
            for name, detector in usable.items():
                started = time.perf_counter()
                predicted = detector(doc.text)
                seconds[name] += time.perf_counter() - started
                if gold is not None:
                    runs[name].counts += confusion(gold, char_labels(doc.text, predicted), doc.text)
        for name, spent in seconds.items():
            runs[name].seconds = min(runs[name].seconds or math.inf, spent)
    return list(runs.values())


def _new_run(name: str, detector: Detector | str, docs: Sequence[GoldDoc]) -> SystemRun:
    if isinstance(detector, str):
        return SystemRun(name, unavailable=detector)
    return SystemRun(name, chars=sum(len(doc.text) for doc in docs))


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _percent(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{100 * value:.2f} %"


def _number(value: float, digits: int = 4) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def _row(run: SystemRun, speed_target: float | None) -> str:
    if run.unavailable:
        return f"| {run.name} | {run.unavailable} |  |  |  |  |  |  |"
    m = metrics(run.counts)
    cells = [
        _number(m["uk_f1"]),
        _number(m["uk_precision"]),
        _number(m["uk_recall"]),
        _percent(m["ru_as_uk"]),
        _percent(m["cs_as_en"]),
        _number(m["en_f1"]),
        _number(run.kchars_per_second, 0),
    ]
    if speed_target is not None:  # the row judged against the targets
        cells[0] += " " + _verdict(m["uk_f1"] >= TARGET_UK_F1)
        cells[3] += " " + _verdict(m["ru_as_uk"] <= TARGET_RU_AS_UK)
        cells[4] += " " + _verdict(m["cs_as_en"] <= TARGET_CS_AS_EN)
        cells[6] += " " + _verdict(run.kchars_per_second >= speed_target)
    return f"| {run.name} | " + " | ".join(cells) + " |"


def format_table(runs: Sequence[SystemRun], judged: str, baseline: str) -> str:
    """A markdown table; the ``judged`` row gets PASS/FAIL, speed relative to ``baseline``."""
    base = next((run for run in runs if run.name == baseline and not run.unavailable), None)
    speed_target = TARGET_SPEEDUP * base.kchars_per_second if base else math.nan
    lines = [
        "| system | uk F1 | uk P | uk R | ru → uk | cs → en | en F1 | kchars/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(_row(run, speed_target if run.name == judged else None) for run in runs),
        f"| *target ({judged})* | ≥ {TARGET_UK_F1} |  |  | ≤ {_percent(TARGET_RU_AS_UK)} "
        f"| ≤ {_percent(TARGET_CS_AS_EN)} |  | ≥ {TARGET_SPEEDUP:g}× {baseline} "
        f"({_number(speed_target, 0)}) |",
    ]
    return "\n".join(lines)


def _gold_letters(docs: Sequence[GoldDoc]) -> Counter[str]:
    """Scored letters per gold language."""
    counts: Counter[str] = Counter()
    for doc in docs:
        for span in doc.spans:
            counts[span.lang] += sum(ch.isalpha() for ch in doc.text[span.start : span.end])
    return counts


def environment_line(docs: Sequence[GoldDoc], seed: int, repeat: int) -> str:
    """Machine, versions and corpus: what the figures depend on."""
    chars = sum(len(doc.text) for doc in docs)
    letters = ", ".join(f"{lang} {n:,}" for lang, n in _gold_letters(docs).most_common())
    return (
        f"python {platform.python_version()} · "
        f"lingua-language-detector {version_of('lingua-language-detector')} · "
        f"langdetect {version_of('langdetect')} · bilingua {version_of('bilingua')} · "
        f"{platform.system()} {platform.machine()}, {cpu_name()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} · "
        f"{len(docs)} docs, {chars:,} chars, scored letters: {letters} · seed {seed} · "
        f"fastest of {repeat} timed pass(es)"
    )


def run_accuracy(n_docs: int, seed: int, repeat: int) -> int:
    docs = make_documents(n_docs, seed=seed)
    detectors = {
        "bilingua": bilingua_detector(),
        "lingua-py": lingua_detector(),
        "langdetect (per sentence)": langdetect_detector(),
    }
    runs = run_systems(detectors, docs, repeat)
    print(format_table(runs, judged="bilingua", baseline="lingua-py"))
    print()
    print(environment_line(docs, seed, repeat))
    return 0


# --------------------------------------------------------------------------- sizes


def parse_size(text: str) -> int:
    """``"100k"`` → 100 000, ``"1M"`` → 1 000 000 characters."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"size {text!r}: expected a number with k or M")
    factor = {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


def sized_text(chars: int, seed: int) -> str:
    """Generated documents joined by blank lines until the text has ``chars`` characters."""
    parts: list[str] = []
    total, batch = 0, 0
    while total < chars:
        for doc in make_documents(50, seed=seed + batch):
            parts.append(doc.text)
            total += len(doc.text) + 2
            if total >= chars:
                break
        batch += 1
    return "\n\n".join(parts)[:chars]


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _reset_peak_rss() -> float:
    """Restart the peak-RSS count at the current RSS (Linux); return the new baseline in MB.

    Without it, the peak from reading the file (bytes and str at once) would hide the peak of
    ``analyze``. Where the reset is not possible, the baseline is the peak so far.
    """
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")
        status = Path("/proc/self/status").read_text()
    except OSError:
        return _max_rss_mb()
    rss_kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
    return int(rss_kib) / 1024


def size_worker(path: str) -> int:
    """In a fresh process: time ``bilingua.analyze`` on one file, print JSON."""
    import bilingua

    text = Path(path).read_text(encoding="utf-8")
    bilingua.analyze(text[:2000])  # warm-up: lazy imports and resources
    baseline = _reset_peak_rss()
    started = time.perf_counter()
    bilingua.analyze(text)
    seconds = time.perf_counter() - started
    peak = _max_rss_mb()
    print(json.dumps({"chars": len(text), "seconds": seconds, "baseline": baseline, "peak": peak}))
    return 0


def _measure(chars: int, seed: int) -> dict[str, Any]:
    """Run :func:`size_worker` in a subprocess on a generated text of ``chars`` characters."""
    encoded = sized_text(chars, seed).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="bilingua-sizes-") as directory:
        path = Path(directory) / "text.txt"
        path.write_bytes(encoded)
        done = subprocess.run(
            [sys.executable, __file__, "--size-worker", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode:
        raise RuntimeError(f"size worker failed:\n{done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return {**result, "megabytes": len(encoded) / 1e6}


def _size_row(r: dict[str, Any]) -> str:
    growth = r["peak"] - r["baseline"]
    return (
        f"| {r['chars']:,} | {r['megabytes']:.1f} | {r['seconds']:.2f} "
        f"| {r['chars'] / r['seconds'] / 1000:.0f} | {r['peak']:.0f} "
        f"| {growth:.0f} | {growth / r['megabytes']:.1f} |"
    )


def run_sizes(sizes: Sequence[int], seed: int) -> int:
    try:
        import bilingua
    except ImportError as error:
        print(f"skipped: import bilingua failed: {error}")
        return 0
    if not callable(getattr(bilingua, "analyze", None)):
        print("skipped: bilingua.analyze does not exist yet")
        return 0
    print("| chars | UTF-8 MB | seconds | kchars/s | peak RSS MB | RSS growth MB | growth ÷ text |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for chars in sizes:
        print(_size_row(_measure(chars, seed)))
    print()
    print(
        f"python {platform.python_version()} · bilingua {version_of('bilingua')} · "
        f"{platform.system()} {platform.machine()}, {cpu_name()}, load average "
        f"{os.getloadavg()[0]:.1f} · seed {seed} · one process per size; RSS growth = peak RSS "
        "during analyze minus RSS before it (text loaded, one warm-up call done)"
    )
    return 0


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents to generate (200)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (0)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="timed passes per system, fastest counts (1)"
    )
    parser.add_argument(
        "--sizes",
        nargs="*",
        type=parse_size,
        metavar="SIZE",
        help=f"time bilingua.analyze on texts of these sizes in characters "
        f"(default {' '.join(DEFAULT_SIZES)}) instead of the detection table",
    )
    parser.add_argument("--size-worker", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.size_worker:
        return size_worker(args.size_worker)
    try:
        parallel_dir()
    except SharedDataMissing as missing:
        print(f"skipped: {missing}")
        return 0
    if args.sizes is not None:
        return run_sizes(args.sizes or [parse_size(s) for s in DEFAULT_SIZES], args.seed)
    return run_accuracy(args.docs, args.seed, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
