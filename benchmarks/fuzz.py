"""The long fuzzing run: ≥ 100,000 hostile inputs through every stage, exporter and reader.

    python benchmarks/fuzz.py [--inputs 100000] [--pairs 10000] [--stanza 1000] [--seed 0]

Draws from the strategies of ``tests/fuzz/_campaign.py`` (the bounded CI run draws a few
hundred from the same), with hypothesis generating only (no shrinking: every input is run once
and counted), and prints the figures: inputs, distinct inputs, crashes, invalid offsets,
round-trip failures, nondeterminism (all must be zero), and the first problems found. "Exports
not compared" counts texts with a high surrogate followed by a low one, which no JSON can hold
apart (docs/architecture.md): their exports are written but not compared. Stanza
inputs run only when ``BILINGUA_STANZA_DIR`` holds models. Exits 1 when any problem was found.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from tests.fuzz._campaign import Problems, check, check_pair, hostile_text, pair_texts

from benchmarks._machine import cpu_name, version_of

_KINDS = ("crash", "offsets", "roundtrip", "determinism")


def _campaign(
    strategy: st.SearchStrategy[Any],
    run: Callable[[Any, Problems], None],
    examples: int,
    seed: int,
) -> tuple[Problems, int, float]:
    """Run ``examples`` inputs of ``strategy``; returns problems, distinct inputs, seconds."""
    problems = Problems()
    seen: set[int] = set()

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],  # the campaign counts problems; it does not stop at one
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(value: Any) -> None:
        seen.add(hash(value))
        run(value, problems)

    started = time.perf_counter()
    one()
    return problems, len(seen), time.perf_counter() - started


def _row(name: str, problems: Problems, distinct: int, seconds: float) -> str:
    counts = " | ".join(str(problems.counts[kind]) for kind in _KINDS)
    return (
        f"| {name} | {problems.inputs:,} | {distinct:,} | {counts} | {seconds:.0f} "
        f"| {problems.inputs / seconds:.0f} | {problems.unrepresentable:,} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="hostile texts (100000)")
    parser.add_argument("--pairs", type=int, default=10_000, help="spoilt pairs to verify")
    parser.add_argument("--stanza", type=int, default=1_000, help="hostile texts with stanza")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    runs: list[tuple[str, st.SearchStrategy[Any], Callable[[Any, Problems], None], int]] = [
        (
            "analyze (rules), detect, find_quotes, exporters, readers",
            hostile_text(),
            check,
            args.inputs,
        ),
        (
            "verify_translation (rules), both directions",
            pair_texts(),
            lambda texts, problems: check_pair(*texts, problems),
            args.pairs,
        ),
    ]
    if os.environ.get("BILINGUA_STANZA_DIR") and args.stanza:
        runs.append(
            (
                "analyze (stanza), detect, find_quotes, exporters, readers",
                hostile_text(max_pieces=30),
                lambda text, problems: check(text, problems, backend="stanza"),
                args.stanza,
            )
        )
    print(
        "| campaign | inputs | distinct | crashes | invalid offsets | round-trip failures "
        "| nondeterministic | seconds | inputs/s | exports not compared |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = Problems()
    for name, strategy, run, examples in runs:
        problems, distinct, seconds = _campaign(strategy, run, examples, args.seed)
        print(_row(name, problems, distinct, seconds), flush=True)
        total.merge(problems)
    print()
    print(
        f"python {platform.python_version()} · hypothesis {version_of('hypothesis')} · bilingua "
        f"{version_of('bilingua')} · {platform.system()} {platform.machine()}, {cpu_name()}, "
        f"load average {os.getloadavg()[0]:.1f} · seed {args.seed} · generation only, no shrinking"
    )
    for example in total.examples:
        print(f"- {example}")
    return 1 if total.total else 0


if __name__ == "__main__":
    sys.exit(main())
