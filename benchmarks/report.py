"""The review report on a 200-pair document: build time, page size, and speed in Chromium.

    python benchmarks/report.py [--pairs 200] [--seed 0] [--repeat 5] [--no-browser]

One document is built from generated news-like documents (``benchmarks/_corpus.py`` with
renderings, a third of multi-line renderings partial, so that findings fire) joined until the
rules-backend analysis holds ``--pairs`` pairs; the pairs beyond are dropped. Two variants are
measured: the analysis as ``analyze`` gives it (no coverage map on this branch), and the same
with a stand-in coverage map on every pair (every run of unlinked content words a gap), the
heavier page the coverage map will give.

For each: ``render_report`` time (fastest of ``--repeat``), page size (bytes, and gzip), and
element count, beside the named peer ``Document.model_dump_json()`` (the JSONL record of the
same document) timed the same way. In headless Chromium (when /usr/bin/chromium and
chromedriver are there): time to the load event, and the page script's response to ``j`` (next
finding) and to a word hover, style and layout included (median of 20).

Needs ``../shared`` (or ``$BILINGUA_SHARED``); without it the script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bilingua
from benchmarks._corpus import SharedDataMissing, make_documents
from benchmarks._machine import cpu_name, version_of
from benchmarks.nlp import timed
from bilingua.io import render_report
from bilingua.match import content_words
from bilingua.model import Coverage, Document, Gap, Pair, Span

TARGET_BUILD_SECONDS = 1.0  # a page a reviewer waits for: under a second to write
TARGET_LOAD_MS = 1000.0  # and under a second to open


def build_document(pairs: int, seed: int) -> Document:
    """One analysed document with exactly ``pairs`` pairs, from generated documents."""
    texts: list[str] = []
    batch = 0
    while True:
        generated = make_documents(20, seed=seed + batch, with_renderings=True, partial_share=0.3)
        texts.extend(doc.text for doc in generated)
        batch += 1
        document = bilingua.analyze("\n\n".join(texts), source="200 pairs", backend="rules")
        if len(document.pairs) >= pairs:
            return document.model_copy(update={"pairs": document.pairs[:pairs]})


def _gaps(document: Document, pair: Pair, side: str) -> tuple[list[Gap], int]:
    extent = pair.source if side == "source" else pair.target
    linked = {(w.source if side == "source" else w.target).start for w in pair.words}
    words = [
        token
        for sentence in document.sentences
        if extent.start <= sentence.start and sentence.end <= extent.end
        for token in content_words(sentence.tokens, sentence.lang)
    ]
    runs: list[list[Span]] = [[]]
    for token in words:  # a linked word ends a run
        if token.start in linked:
            runs.append([])
        else:
            runs[-1].append(token)
    runs = [run for run in runs if run]
    gaps = [
        Gap.of(
            document.text,
            run[0].start,
            run[-1].end,
            side=side,
            words=tuple(Span.of(document.text, t.start, t.end) for t in run),
        )
        for run in runs
    ]
    return gaps, len(words)


def with_stand_in_coverage(document: Document) -> Document:
    """Every pair with a coverage map whose gaps are its runs of unlinked content words."""
    pairs = []
    for pair in document.pairs:
        source, source_words = _gaps(document, pair, "source")
        target, target_words = _gaps(document, pair, "target")
        coverage = Coverage(
            source_words=source_words,
            source_explained=source_words - sum(len(g.words) for g in source),
            target_words=target_words,
            target_explained=target_words - sum(len(g.words) for g in target),
            gaps=tuple(sorted((*source, *target), key=lambda g: g.start)),
        )
        pairs.append(pair.model_copy(update={"coverage": coverage}))
    return Document.model_validate(document.model_copy(update={"pairs": tuple(pairs)}).model_dump())


_TIME_KEY = """
var t = performance.now();
document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}));
void document.body.offsetHeight;
return performance.now() - t;
"""
_TIME_HOVER = """
var words = document.querySelectorAll('.sbs .w');
var word = words[arguments[0] % words.length];
var t = performance.now();
word.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
void document.body.offsetHeight;
var spent = performance.now() - t;
word.dispatchEvent(new MouseEvent('mouseout', {bubbles: true}));
return spent;
"""


def in_browser(page: str) -> dict[str, float]:
    """Load event and interaction times of ``page`` in headless Chromium, in milliseconds."""
    from tests.browser import chromium, load

    with tempfile.TemporaryDirectory() as scratch, chromium(1280, 1000) as driver:
        path = Path(scratch) / "page.html"
        path.write_text(page, encoding="utf-8")
        loads = []
        for _ in range(3):
            load(driver, path)
            loads.append(
                driver.execute_script(
                    "var n = performance.getEntriesByType('navigation')[0];"
                    "return n.loadEventEnd - n.startTime;"
                )
            )
        keys = [driver.execute_script(_TIME_KEY) for _ in range(20)]
        hovers = [driver.execute_script(_TIME_HOVER, i * 7) for i in range(20)]
        elements = driver.execute_script("return document.getElementsByTagName('*').length")
    return {
        "load": min(loads),
        "key": statistics.median(keys),
        "hover": statistics.median(hovers),
        "elements": float(elements),
    }


def rows(name: str, document: Document, repeat: int, browser: bool) -> list[str]:
    """The table rows of one variant: the report, then the peer."""
    page = render_report(document)
    seconds = timed(lambda: render_report(document), repeat)
    size = len(page.encode("utf-8"))
    packed = len(gzip.compress(page.encode("utf-8")))
    cells = ["—"] * 4
    if browser:
        measured = in_browser(page)
        passed = "PASS" if measured["load"] < TARGET_LOAD_MS else "FAIL"
        cells = [
            f"{measured['elements']:,.0f}",
            f"{measured['load']:.0f} {passed}",
            f"{measured['key']:.1f}",
            f"{measured['hover']:.1f}",
        ]
    passed = "PASS" if seconds < TARGET_BUILD_SECONDS else "FAIL"
    json_seconds = timed(document.model_dump_json, repeat)
    json_size = len(document.model_dump_json().encode("utf-8"))
    return [
        f"| report, {name} | {seconds:.3f} {passed} | {size / 1000:,.0f} | "
        f"{packed / 1000:,.0f} | {' | '.join(cells)} |",
        f"| peer: `model_dump_json`, {name} | {json_seconds:.3f} | {json_size / 1000:,.0f} "
        "| | | | | |",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    try:
        plain = build_document(args.pairs, args.seed)
    except SharedDataMissing as error:
        print(f"skipped: {error}")
        return 0
    from tests.browser import missing

    browser = not args.no_browser and missing() is None
    variants = (
        ("analyze output", plain),
        ("+ stand-in coverage map", with_stand_in_coverage(plain)),
    )
    findings = sum(len(p.findings) for p in plain.pairs)
    print(
        f"document: {len(plain.text):,} characters, {len(plain.pairs)} pairs, {findings} findings, "
        f"{sum(len(p.words) for p in plain.pairs):,} word links\n"
    )
    print(
        "| page | build (s) | size (kB) | gzip (kB) | elements | load in Chromium (ms) "
        "| `j` (ms) | hover (ms) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, document in variants:
        print("\n".join(rows(name, document, args.repeat, browser)))
    print(f"| *target* | < {TARGET_BUILD_SECONDS:.0f} | | | | < {TARGET_LOAD_MS:.0f} | | |")
    print(
        f"\npython {platform.python_version()} · bilingua {version_of('bilingua')} · "
        f"selenium {version_of('selenium')} · {platform.system()} {platform.machine()}, "
        f"{cpu_name()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} · "
        f"seed {args.seed} · build: fastest of {args.repeat}; load: fastest of 3; keys and "
        "hover: median of 20, style and layout included"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
