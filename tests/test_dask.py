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


def test_a_bag_of_warc_paths_equals_the_local_batch(client: Any, tmp_path: Path) -> None:
    from tests.read.warcs import write_mixed_warc

    archives = [tmp_path / "a.warc.gz", tmp_path / "b.warc"]
    write_mixed_warc(archives[0])
    write_mixed_warc(archives[1], gzip=False, truncate=True)
    expected = _local(archives, tmp_path / "local.jsonl", "pair", dedup=False)
    assert len(expected) == 4
    records = analyze_bag(archives, unit="pair", backend="rules", dedup=False).compute()
    assert records == expected
    counted = analyze_bag(archives, unit="pair", backend="rules", errors="record").compute()
    errors = [r for r in counted if "error" in r]
    assert [e["file"].split("#")[0] for e in errors] == [str(archives[1])]
    assert "truncated record" in errors[0]["error"]
    assert sum("passed" in r for r in counted) == 10


def test_warc_slices_read_what_the_whole_archive_gives(tmp_path: Path) -> None:
    from bilingua.dask import WarcSlice, _items
    from bilingua.reading import items
    from bilingua.reading.warc import warc_slices
    from tests.read.warcs import write_mixed_warc

    path = tmp_path / "a.warc.gz"
    write_mixed_warc(path, truncate=True)
    with path.open("rb") as stream:
        slices = list(warc_slices(stream, 3))
    assert [count for _, count in slices] == [3, 3, 2]  # the truncated one is no record
    options = BatchOptions()
    pieces = [
        entry for at, count in slices for entry in _items(WarcSlice(str(path), at, count), options)
    ]
    assert pieces == list(items([path]))
