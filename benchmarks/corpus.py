"""Batch throughput and memory: documents/s and peak RSS per worker, locally and on Dask.

    python benchmarks/corpus.py [--docs 1000] [--scale-docs 10000] [--backend rules]
    python benchmarks/corpus.py --docs 200 --scale-docs 0 --no-dask      # a quick look

1. ``run_batch`` (JSONL, unit pair) with ``--jobs 1`` and ``--jobs 2`` on ``--docs`` generated
   documents (``benchmarks/_corpus.py`` with renderings, so that they hold pairs; written to a
   temporary directory as ``.txt``). Times include starting the workers.
2. The same documents through ``bilingua.dask.analyze_bag`` on a ``LocalCluster`` of two
   single-threaded worker processes (started and warmed up before the clock starts), the
   records gathered to the client.
3. Memory stays flat as the corpus grows: peak RSS per worker with ``--jobs 2`` on
   ``--docs`` and on ``--scale-docs`` documents (0 skips it).

Peak RSS per worker comes from psutil (sampled every 50 ms) when it is installed, else from
``resource`` (the largest child's peak). For Dask it is read inside each worker with
``resource.getrusage`` after the run. Prints a markdown table.

Needs ``../shared`` (or ``$BILINGUA_SHARED``); without it the script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import SharedDataMissing, make_documents
from bilingua.batch import BatchOptions, run_batch
from bilingua.io import open_sink


@dataclass
class Row:
    """One measured run."""

    name: str
    docs: int
    seconds: float
    rss_mb: list[float]
    pairs: int

    @property
    def rate(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def _write_corpus(root: Path, n: int, seed: int) -> Path:
    folder = root / f"docs-{n}"
    folder.mkdir()
    for number, document in enumerate(make_documents(n, seed=seed, with_renderings=True)):
        (folder / f"{number:06}.txt").write_text(document.text, "utf-8")
    return folder


class _Sampler:
    """Peak RSS of this process's children (or of this process when it has none), in MB."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            for process in [me, *me.children(recursive=True)]:
                try:
                    rss = process.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                self.peaks[process.pid] = max(self.peaks.get(process.pid, 0.0), rss)
            time.sleep(0.05)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def workers(self) -> list[float]:
        children = {pid: mb for pid, mb in self.peaks.items() if pid != os.getpid()}
        # spawn starts a small resource tracker too: the workers are the largest children
        return sorted((children or self.peaks).values(), reverse=True)


@contextmanager
def _peak_rss(jobs: int) -> Iterator[Callable[[], list[float]]]:
    try:
        import psutil  # noqa: F401
    except ImportError:
        yield lambda: [
            resource.getrusage(
                resource.RUSAGE_CHILDREN if jobs > 1 else resource.RUSAGE_SELF
            ).ru_maxrss
            / 1024
        ]
        return
    with _Sampler() as sampler:
        yield lambda: sampler.workers()[:jobs]


def run_local(folder: Path, n: int, jobs: int, backend: str, out: Path) -> Row:
    """``run_batch`` on ``folder`` with ``jobs`` workers."""
    options = BatchOptions(backend=backend)  # type: ignore[arg-type]
    with _peak_rss(jobs) as peaks, open_sink("jsonl", out, "pair") as sink:
        started = time.perf_counter()
        stats = run_batch([folder], sink, options=options, jobs=jobs, progress=False)
        seconds = time.perf_counter() - started
    return Row(f"batch --jobs {jobs}", n, seconds, peaks(), stats.pairs)


def _worker_peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_dask(folder: Path, n: int, backend: str) -> Row | str:
    """``analyze_bag`` on a local two-process cluster."""
    try:
        from distributed import Client, LocalCluster

        from bilingua.dask import analyze_bag
    except ImportError as error:
        return f"dask not installed ({error})"
    cluster = LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        client.run(lambda: __import__("bilingua").analyze("Warm-up. «Дякую!»", backend=backend))
        started = time.perf_counter()
        bag = analyze_bag([folder], unit="pair", backend=backend, npartitions=16)
        records = len(bag.compute())  # gathered to the client, as a run would write them
        seconds = time.perf_counter() - started
        peaks: dict[str, float] = client.run(_worker_peak)
    return Row("dask, 2 workers", n, seconds, sorted(peaks.values(), reverse=True), records)


def _table(rows: list[Row], notes: list[str]) -> str:
    lines = [
        "| run | documents | seconds | documents/s | pairs | peak RSS per worker (MB) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        rss = ", ".join(f"{mb:.0f}" for mb in row.rss_mb)
        lines.append(
            f"| {row.name} | {row.docs:,} | {row.seconds:.1f} | {row.rate:.1f} | {row.pairs:,} "
            f"| {rss} |"
        )
    return "\n".join([*lines, "", *notes])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--scale-docs", type=int, default=10000, help="0 skips the scale run")
    parser.add_argument("--backend", choices=("rules", "stanza"), default="rules")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dask", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bilingua-bench-") as tmp:
        root = Path(tmp)
        try:
            folder = _write_corpus(root, args.docs, args.seed)
        except SharedDataMissing as error:
            print(f"skipped: {error}")
            return 0
        rows: list[Row] = []
        notes = [
            f"{platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
            f"backend {args.backend}; output JSONL, unit pair; peak RSS "
            + ("sampled with psutil" if _has_psutil() else "from resource"),
        ]
        for jobs in (1, 2):
            rows.append(run_local(folder, args.docs, jobs, args.backend, root / f"j{jobs}.jsonl"))
            print(f"  {rows[-1].name}: {rows[-1].rate:.1f} docs/s", file=sys.stderr)
        if args.dask:
            result = run_dask(folder, args.docs, args.backend)
            if isinstance(result, str):
                notes.append(f"Dask skipped: {result}")
            else:
                rows.append(result)
        if args.scale_docs:
            big = _write_corpus(root, args.scale_docs, args.seed)
            rows.append(run_local(big, args.scale_docs, 2, args.backend, root / "big.jsonl"))
            small = max(rows[1].rss_mb or [0.0])
            large = max(rows[-1].rss_mb or [0.0])
            notes.append(
                f"Memory per worker, --jobs 2: {small:.0f} MB at {args.docs:,} documents, "
                f"{large:.0f} MB at {args.scale_docs:,} ({(large / small - 1) * 100:+.0f} %)."
                if small
                else "Memory per worker: not measured."
            )
        print(_table(rows, notes))
    return 0


def _has_psutil() -> bool:
    try:
        import psutil  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
