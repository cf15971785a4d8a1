"""Benchmark of bilingua.nlp: documents and words per second, stanza vs rules.

Documents look like the seed article (about 2 kB of English with 1-3 quoted passages: a
Ukrainian post and its English rendering), built from ``../shared/data/parallel`` (NTREX-128,
CC BY-SA). Each backend annotates them one by one (``annotate``) and batched
(``annotate_many``). A 50 kB article with the same passages as a short one checks that the
cost follows the passages, not the article. Prints a markdown table.

    python benchmarks/nlp.py                       # compact models in ../shared/models/stanza
    python benchmarks/nlp.py --models DIR --docs 600 --threads 1

Target: stanza at least 30 docs/s on one core.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# bilingua.nlp reads BILINGUA_STANZA_DIR when called and imports torch only when stanza runs,
# so importing it here is fine: main() sets the environment before either happens
import bilingua
from bilingua.nlp import Backend, Passage, annotate, annotate_many, resolve_backend, stanza_backend
from bilingua.nlp import models as nlp_models

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PARALLEL = SHARED / "data" / "parallel"
PAIR = "ntrex128.en-uk"

Doc = tuple[str, list[Passage]]

# Embed signatures vary as in a real corpus (a fixed one would be detected once and cached).
_SIGNATURES = [
    ("Володимир Зеленський", "@ZelenskyyUa"),
    ("Дмитро Кулеба", "@DmytroKuleba"),
    ("Віталій Кличко", "@Vitaliy_Klychko"),
    ("Міністерство оборони України", "@DefenceU"),
    ("Олена Зеленська", "@ZelenskaUA"),
    ("Андрій Єрмак", "@AndriyYermak"),
]
_MONTHS = "January February March April May June July August September October November December"
_MONTHS = _MONTHS.split()


@dataclass
class Row:
    backend: str
    mode: str
    docs: int
    words: int
    seconds: float
    rss_mb: float

    def cells(self) -> list[str]:
        rate = self.docs / self.seconds if self.seconds else float("inf")
        words = self.words / self.seconds if self.seconds else float("inf")
        return [
            self.backend,
            self.mode,
            str(self.docs),
            f"{self.seconds:.2f}",
            f"{rate:,.1f}",
            f"{words:,.0f}",
            f"{self.rss_mb:,.0f}",
        ]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def read_pairs() -> tuple[list[str], list[str]]:
    en = (PARALLEL / f"{PAIR}.en").read_text(encoding="utf-8").splitlines()
    uk = (PARALLEL / f"{PAIR}.uk").read_text(encoding="utf-8").splitlines()
    return en, uk


def make_doc(
    rng: random.Random, en: list[str], uk: list[str], size: int
) -> tuple[str, list[tuple[int, int, str]]]:
    """An English article of about ``size`` characters quoting 1-3 passages."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []

    def add(piece: str, lang: str | None = None) -> None:
        start = sum(len(p) for p in parts)
        parts.append(piece)
        if lang is not None:
            spans.append((start, start + len(piece), lang))

    add(" ".join(rng.choice(en) for _ in range(3)) + "\n\n")
    i = rng.randrange(len(en) - 3)
    quotes = rng.randint(1, 3)
    add('"')
    add(" ".join(en[i : i + 2]), "en")
    add('," the president said in a post.\n\n')
    if quotes >= 2:
        add(" ".join(uk[i : i + 2]), "uk")
        name, handle = rng.choice(_SIGNATURES)
        date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"
        add(f" — {name} ({handle}) {date}\n\n")
    if quotes == 3:
        add("He added: «")
        add(uk[i + 2], "uk")
        add("»\n\n")
    while sum(len(p) for p in parts) < size:
        add(rng.choice(en) + " ")
    return "".join(parts), spans


def build_docs(n: int, size: int, seed: int = 7) -> list[tuple[str, list[tuple[int, int, str]]]]:
    en, uk = read_pairs()
    rng = random.Random(seed)
    return [make_doc(rng, en, uk, size) for _ in range(n)]


def words_in(docs: Sequence[Doc]) -> int:
    return sum(len(text[p.start : p.end].split()) for text, passages in docs for p in passages)


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def to_docs(raw: Sequence[tuple[str, list[tuple[int, int, str]]]]) -> list[Doc]:
    return [(text, [Passage(s, e, lang) for s, e, lang in spans]) for text, spans in raw]


def run_backend(backend: Backend, sets: Sequence[Sequence[Doc]], batch: int) -> list[Row]:
    """One by one on the first set, batched on the second: different documents, so the
    stanza lemma memo (filled by the warm-up) helps only as much as vocabulary repeats."""
    one_docs, batch_docs = sets
    one = timed(lambda: [annotate(t, p, backend=backend) for t, p in one_docs])
    rows = [
        Row(backend, "one by one (annotate)", len(one_docs), words_in(one_docs), one, peak_rss_mb())
    ]

    def batched() -> None:
        for i in range(0, len(batch_docs), batch):
            annotate_many(batch_docs[i : i + batch], backend=backend)

    seconds = timed(batched)
    rows.append(
        Row(
            backend,
            f"batched x{batch} (annotate_many)",
            len(batch_docs),
            words_in(batch_docs),
            seconds,
            peak_rss_mb(),
        )
    )
    return rows


def run_analyze(backend: Backend, sets: Sequence[Sequence[Doc]], batch: int) -> list[Row]:
    """The whole of ``analyze`` (detection, quotes, annotation, pairing, verification), each
    mode on documents it has not seen (timed once: a second pass would find memos full)."""
    one_docs, batch_docs = sets
    one = timed(lambda: [bilingua.analyze(t, backend=backend) for t, _ in one_docs])
    many = timed(
        lambda: list(
            bilingua.analyze_many([t for t, _ in batch_docs], backend=backend, batch_size=batch)
        )
    )
    return [
        Row(backend, "analyze, one by one", len(one_docs), words_in(one_docs), one, peak_rss_mb()),
        Row(
            backend,
            f"analyze_many, batches of {batch}",
            len(batch_docs),
            words_in(batch_docs),
            many,
            peak_rss_mb(),
        ),
    ]


def run_cold(docs: Sequence[Doc], batch: int) -> Row:
    """Batched on fresh pipelines: no lemma memo yet (the load itself is not timed)."""
    stanza_backend.clear_cache()
    annotate("Hi.", [], backend="stanza")
    for lang in ("uk", "en"):
        stanza_backend.load_pipeline(lang)

    def batched() -> None:
        for i in range(0, len(docs), batch):
            annotate_many(docs[i : i + batch], backend="stanza")

    return Row(
        "stanza",
        f"batched x{batch}, fresh pipelines",
        len(docs),
        words_in(docs),
        timed(batched),
        peak_rss_mb(),
    )


def long_article_check(
    backend: Backend, short: Doc, long: Doc, repeat: int = 20
) -> tuple[float, float]:
    t_short = timed(lambda: annotate(short[0], short[1], backend=backend), repeat)
    t_long = timed(lambda: annotate(long[0], long[1], backend=backend), repeat)
    return t_short, t_long


def print_table(header: list[str], rows: list[list[str]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--models", type=Path, default=None, help="stanza resources dir")
    parser.add_argument("--docs", type=int, default=200, help="number of ~2 kB documents")
    parser.add_argument("--batch", type=int, default=64, help="documents per annotate_many call")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default 1 core)")
    return parser.parse_args(argv)


def warm_up(warmup: Sequence[Doc]) -> bool:
    """Load stanza (if its models are there) and fill its lemma memo; False without models."""
    if resolve_backend("auto") != "stanza":
        return False
    start = time.perf_counter()
    annotate(warmup[0][0], warmup[0][1], backend="stanza")  # import stanza, load both pipelines
    print(f"stanza import + pipeline load: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    annotate_many(warmup, backend="stanza")
    print(f"warm-up: {len(warmup)} other documents in {time.perf_counter() - start:.2f} s\n")
    return True


def long_article_table(backends: Sequence[Backend]) -> None:
    """The same passages in a 2 kB and in a 50 kB article should cost the same."""
    short_text, short_spans = make_doc(random.Random(1), *read_pairs(), 2000)
    filler = " ".join(read_pairs()[0][:400])
    long_text = short_text + "\n\n" + filler[: 50_000 - len(short_text)]
    (short,) = to_docs([(short_text, short_spans)])
    long = (long_text, short[1])
    print(
        f"\nLong article: {len(long_text):,} characters vs {len(short_text):,}, "
        f"same {len(short[1])} passages\n"
    )
    checks = []
    for backend in backends:
        t_short, t_long = long_article_check(backend, short, long)
        checks.append(
            [backend, f"{t_short * 1000:.1f}", f"{t_long * 1000:.1f}", f"{t_long / t_short:.2f}"]
        )
    print_table(["backend", "short ms", "50 kB ms", "ratio"], checks)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not (PARALLEL / f"{PAIR}.en").is_file():
        print(f"benchmark data not found in {PARALLEL} (../shared is absent)", file=sys.stderr)
        return 2
    default = os.environ.get("BILINGUA_STANZA_DIR") or str(SHARED / "models" / "stanza")
    os.environ["BILINGUA_STANZA_DIR"] = str(args.models or default)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import torch

    torch.set_num_threads(args.threads)
    warmup, one_docs, batch_docs, cold_docs = (
        to_docs(build_docs(args.docs, 2000, seed)) for seed in (1, 7, 8, 9)
    )
    # analyze gets documents no earlier row has seen, per backend: the stanza lemma memo and
    # detection's langdetect memo would otherwise already know their words and runs
    analyze_sets = {
        backend: tuple(to_docs(build_docs(args.docs, 2000, seed)) for seed in seeds)
        for backend, seeds in (("rules", (10, 11)), ("stanza", (12, 13)))
    }
    size = sum(len(t) for t, _ in one_docs) / len(one_docs)
    passages = sum(len(p) for _, p in one_docs) / len(one_docs)
    words = words_in(one_docs) / len(one_docs)
    print(
        f"{len(one_docs)} documents per run, {size:,.0f} characters, {passages:.1f} passages and "
        f"{words:.0f} passage words each on average; torch threads: {torch.get_num_threads()}"
    )
    ready = [s.lang for s in nlp_models.status() if s.ready]
    print(f"models: {os.environ['BILINGUA_STANZA_DIR']} (ready: {ready})\n")

    # rules first, so that its peak RSS is measured before stanza and torch are loaded
    rows = run_backend("rules", (one_docs, batch_docs), args.batch)
    backends: list[Backend] = ["rules"]
    if warm_up(warmup):
        backends.append("stanza")
        rows += run_backend("stanza", (one_docs, batch_docs), args.batch)
        rows.append(run_cold(cold_docs, args.batch))
    header = ["backend", "mode", "docs", "seconds", "docs/s", "words/s", "peak RSS MB"]
    print_table(header, [r.cells() for r in rows])
    print("\nThe whole of analyze (words/s counts the words of the quoted passages):\n")
    analyze_rows = [row for b in backends for row in run_analyze(b, analyze_sets[b], args.batch)]
    print_table(header, [r.cells() for r in analyze_rows])
    long_article_table(backends)
    return 0


if __name__ == "__main__":
    sys.exit(main())
