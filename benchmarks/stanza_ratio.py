"""The whole analysis with stanza beside the rules backend, on documents this project did not make.

    bash ../shared/eval/make_dev.sh /tmp/dev          # mixed uk/en news documents
    BILINGUA_STANZA_DIR=../shared/models/stanza python benchmarks/stanza_ratio.py /tmp/dev

Reads ``DIR/dev_clean.jsonl`` (the documents of ``../shared/eval``'s generator, without their
damaged twins), warms both backends up on the first ``--warm`` documents, then times
``analyze_many`` over the others with each backend in the same process, one torch thread and
one core, each backend's fastest of ``--repeat`` passes (so both see documents their caches
already know equally often). Prints documents/s of each and the ratio stanza ÷ rules (target
≥ 0.45), and how many pairs each found.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._machine import cpu_name, version_of

TARGET_RATIO = 0.45


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", help="a directory made by ../shared/eval/make_dev.sh")
    parser.add_argument("--warm", type=int, default=50, help="warm-up documents (50)")
    parser.add_argument("--repeat", type=int, default=2, help="timed passes per backend (2)")
    args = parser.parse_args(argv)
    path = Path(args.dir) / "dev_clean.jsonl"
    if not path.is_file():
        print(f"skipped: {path} does not exist (run ../shared/eval/make_dev.sh {args.dir})")
        return 0
    if not os.environ.get("BILINGUA_STANZA_DIR"):
        print("skipped: BILINGUA_STANZA_DIR is not set")
        return 0
    import torch

    import bilingua

    torch.set_num_threads(1)
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    warm, timed = texts[: args.warm], texts[args.warm :]
    rows = []
    for backend in ("rules", "stanza"):
        list(bilingua.analyze_many(warm, backend=backend))
    gc.freeze()  # as the CLI and the batch workers do once their pipelines are loaded
    for backend in ("rules", "stanza"):
        best, pairs = float("inf"), 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            documents = list(bilingua.analyze_many(timed, backend=backend))
            best = min(best, time.perf_counter() - started)
            pairs = sum(len(document.pairs) for document in documents)
        rows.append((backend, best, pairs))
    print("| backend | documents | seconds | documents/s | pairs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for backend, seconds, pairs in rows:
        rate = len(timed) / seconds
        print(f"| {backend} | {len(timed)} | {seconds:.2f} | {rate:.1f} | {pairs} |")
    ratio = rows[0][1] / rows[1][1]
    verdict = "PASS" if ratio >= TARGET_RATIO else "below target"
    print(f"\nstanza ÷ rules documents/s: {ratio:.2f} ({verdict}; target ≥ {TARGET_RATIO})")
    print(
        f"python {platform.python_version()} · stanza {version_of('stanza')} · torch "
        f"{version_of('torch')} (1 thread) · bilingua {version_of('bilingua')} · "
        f"{platform.system()} {platform.machine()}, {cpu_name()}, load average "
        f"{os.getloadavg()[0]:.1f} · {args.warm} warm-up documents · fastest of {args.repeat}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
