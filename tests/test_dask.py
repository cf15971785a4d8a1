"""bilingua.dask on a local two-process cluster gives the local batch's records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilingua.batch import BatchOptions, run_batch
from bilingua.io import open_sink
from tests.conftest import EXAMPLE

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pd = pytest.importorskip("pandas", reason="the dask extra is not installed")

from bilingua.dask import analyze_bag, analyze_column  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Seven documents; the last repeats the first's article, so dedup has work to do."""
    root = tmp_path_factory.mktemp("corpus")
    text = EXAMPLE.read_text("utf-8")
    paths = []
    for number in range(7):
        path = root / f"doc{number}.txt"
        path.write_text(f"Report number {number % 6}.\n\n{text}", "utf-8")
        paths.append(path)
    (root / "bad.txt").write_bytes(b"caf\xe9 \xff")  # undecodable: skipped by both
    return sorted(root.iterdir())


def _local(paths: list[Path], out: Path, unit: str, **options: Any) -> list[Any]:
    with open_sink("jsonl", out, unit) as sink:  # type: ignore[arg-type]
        run_batch(
            paths,  # type: ignore[arg-type]
            sink,
            options=BatchOptions(backend="rules", links=unit == "sentence", **options),
            progress=False,
        )
    return [json.loads(line) for line in out.read_text("utf-8").split("\n") if line]


@pytest.mark.parametrize(
    ("unit", "options"),
    [("document", {}), ("pair", {}), ("sentence", {"min_score": 0.5}), ("pair", {"dedup": False})],
)
def test_bag_equals_local_batch(
    client: Any, corpus: list[Path], tmp_path: Path, unit: str, options: dict[str, Any]
) -> None:
    expected = _local(corpus, tmp_path / "local.jsonl", unit, **options)
    assert expected
    records = analyze_bag(corpus, npartitions=3, unit=unit, backend="rules", **options).compute()
    assert records == expected


def test_directory_and_bag_inputs(client: Any, corpus: list[Path], tmp_path: Path) -> None:
    import dask.bag

    expected = _local(corpus, tmp_path / "local.jsonl", "pair")
    assert analyze_bag([corpus[0].parent], unit="pair", backend="rules").compute() == expected
    bag = dask.bag.from_sequence([str(path) for path in corpus], npartitions=2)
    assert analyze_bag(bag, unit="pair", backend="rules").compute() == expected


def test_column_equals_local_batch(client: Any, corpus: list[Path], tmp_path: Path) -> None:
    import dask.dataframe

    good = [path for path in corpus if path.name != "bad.txt"]
    expected = _local(good, tmp_path / "local.jsonl", "pair")
    frame = pd.DataFrame(
        {"body": [path.read_text("utf-8") for path in good], "name": [str(p) for p in good]}
    )
    ddf = dask.dataframe.from_pandas(frame, npartitions=3)
    records = analyze_column(ddf, "body", name_column="name", unit="pair", backend="rules")
    assert records.compute() == expected
    by_index = analyze_column(ddf, "body", unit="document", backend="rules").compute()
    assert [record["source"] for record in by_index] == [str(i) for i in range(len(good))]


def test_unknown_option() -> None:
    with pytest.raises(TypeError, match="unknown options: colour"):
        analyze_bag([EXAMPLE], colour="red")
