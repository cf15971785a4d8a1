"""Web archives: one document per HTML response, through the batch, the CLI and the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bilingua
from bilingua.batch import BatchOptions, run_batch
from bilingua.cli import main
from bilingua.errors import InputError
from bilingua.io import open_sink, read_documents
from tests.read.conftest import assert_no_markup
from tests.read.warcs import write_mixed_warc

pytest.importorskip("warcio")

BBC = "https://www.bbc.co.uk/news/world-europe-61100000"
UP = "https://www.pravda.com.ua/news/2022/04/14/7339000/"


@pytest.mark.parametrize("gzip", [True, False])
def test_read_all_gives_the_html_responses(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_mixed_warc(path, gzip=gzip)
    readings = list(bilingua.read_all(path))
    assert [r.provenance.url for r in readings] == [BBC, UP]
    assert [r.provenance.format for r in readings] == ["warc", "warc"]
    assert [r.provenance.encoding for r in readings] == ["utf-8", "windows-1251"]
    assert readings[0].provenance.date is not None
    assert readings[0].provenance.date.isoformat() == "2022-04-15T06:30:00+00:00"
    assert all(r.source and r.source.startswith(f"{path}#") for r in readings)
    assert "Поговорив з @JosepBorrell" in readings[0].text
    assert "Сполучені Штати надішлють Україні" in readings[1].text
    with pytest.raises(InputError, match="holds several documents"):
        bilingua.read(path)


def test_cli_batch_counts_every_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_mixed_warc(path, truncate=True)
    out = tmp_path / "docs.jsonl"
    argv = ["analyze", "--backend", "rules", "--format", "jsonl", "-o", str(out), str(path)]
    assert main(argv) == 1  # the truncated record
    err = capsys.readouterr().err
    assert "2 documents analysed, 0 already in" in err and "1 failed" in err
    assert f"skipped {path}#" in err and "truncated record" in err
    assert "5 records are no documents" in err
    for what in (
        "1 HTTP 301, not a page",
        "1 request record",
        "1 response image/png",
        "1 revisit record",
        "1 warcinfo record",
    ):
        assert what in err, what
    documents = list(read_documents(out))
    assert [d.provenance.url for d in documents if d.provenance] == [BBC, UP]
    bbc, up = documents
    assert_no_markup(json.loads(bbc.model_dump_json()))
    assert [p.attribution.handle for p in bbc.pairs if p.attribution] == ["@DmytroKuleba"]
    assert [p.attribution.handle for p in up.pairs if p.attribution] == ["@SecBlinken"]
    # resumed: the two pages are keyed by archive and offset, and not analysed again
    assert main(argv) == 1
    assert "0 documents analysed, 2 already in" in capsys.readouterr().err
    assert len(list(read_documents(out))) == 2


def test_batch_stats_and_pair_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_mixed_warc(path)
    other = tmp_path / "note.txt"
    other.write_text("Дякую за підтримку! Thank you for the support!", "utf-8")
    with open_sink("jsonl", tmp_path / "pairs.jsonl", "pair") as sink:
        stats = run_batch(
            [path, other], sink, options=BatchOptions(backend="rules"), progress=False
        )
    assert (stats.documents, stats.failed) == (3, [])
    assert sum(stats.passed.values()) == 5
    records = [
        json.loads(line) for line in (tmp_path / "pairs.jsonl").read_text("utf-8").splitlines()
    ]
    assert [r["file"].rsplit("#", 1)[0] for r in records] == [str(path), str(path), str(other)]


def test_warc_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    path = tmp_path / "crawl.warc.gz"
    write_mixed_warc(path)
    stdin = io.TextIOWrapper(io.BytesIO(path.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["analyze", "--backend", "rules", "--format", "jsonl", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["provenance"]["url"] for line in lines] == [BBC, UP]


def test_a_damaged_archive_names_the_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    write_mixed_warc(path, gzip=False, truncate=True)
    readings = bilingua.read_all(path)
    assert [r.provenance.url for r in (next(readings), next(readings))] == [BBC, UP]
    with pytest.raises(InputError, match=r"cut\.warc#\d+: truncated record, [\d,]+ bytes short"):
        next(readings)
