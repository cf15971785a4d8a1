"""JSONL, TMX, TSV and Moses exports: lossless round trips, escaping, the CLI formats."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bilingua.cli import main
from bilingua.io import (
    pair_records,
    read_documents,
    read_pair_records,
    read_sentence_records,
    read_tmx,
    read_tsv,
    sentence_records,
    write_jsonl,
    write_moses,
    write_tmx,
    write_tsv,
)
from bilingua.io.jsonl import drop_partial_line
from bilingua.io.tmx import repair_tmx
from bilingua.model import Document
from tests.conftest import EXAMPLE
from tests.io.conftest import tricky_document


def _jsonl(documents: list[Document], unit: str) -> io.StringIO:
    out = io.StringIO()
    write_jsonl(documents, out, unit)  # type: ignore[arg-type]
    out.seek(0)
    return out


def test_jsonl_documents_round_trip(documents: list[Document]) -> None:
    out = _jsonl(documents, "document")
    assert len(out.getvalue().split("\n")) == len(documents) + 1  # U+2028 does not split
    assert list(read_documents(out)) == documents


def test_jsonl_pair_records_round_trip(documents: list[Document]) -> None:
    expected = [record for doc in documents for record in pair_records(doc)]
    assert len(expected) == 3
    assert list(read_pair_records(_jsonl(documents, "pair"))) == expected


def test_jsonl_pair_record_fields(example_document: Document) -> None:
    first = json.loads(_jsonl([example_document], "pair").readline())
    assert first["file"] == str(EXAMPLE) and len(first["sha256"]) == 64
    assert first["index"] == 0 and 0 <= first["score"] <= 1
    side = first["source"]
    assert example_document.text[side["start"] : side["end"]] == side["text"]
    assert first["attribution"]["handle"] == "@DmytroKuleba"


def test_jsonl_sentence_records_round_trip(documents: list[Document]) -> None:
    expected = [record for doc in documents for record in sentence_records(doc)]
    assert len(expected) == sum(len(p.sentences) for d in documents for p in d.pairs)
    assert list(read_sentence_records(_jsonl(documents, "sentence"))) == expected


@pytest.mark.parametrize("unit", ["pair", "sentence"])
def test_tmx_round_trip(documents: list[Document], unit: str, tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    with path.open("w", encoding="utf-8") as out:
        write_tmx(documents, out, unit)  # type: ignore[arg-type]
    records = pair_records if unit == "pair" else sentence_records
    assert list(read_tmx(path)) == [r for doc in documents for r in records(doc)]


def test_tmx_structure_and_escaping(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    with path.open("w", encoding="utf-8") as out:
        write_tmx([tricky_document()], out)
    raw = path.read_text("utf-8")
    assert "<script>" not in raw and "</div>" not in raw.replace("&lt;/div&gt;", "")
    root = ET.parse(path).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    (tu,) = root.iter("tu")
    langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.iter("tuv")]
    assert langs == ["uk", "en"]
    props = {p.get("type"): p.text for p in tu.findall("prop")}
    assert props["x-bilingua-file"] == "dir/tricky & <odd>.txt"
    assert props["x-bilingua-score"] == "0.625"


def test_tmx_forbidden_characters_stay_well_formed(tmp_path: Path) -> None:
    doc = tricky_document()
    text = doc.text.replace("Intro.", "In\x01ro.")
    bad = doc.model_copy(update={"text": text, "source": "a\x0bb"})
    path = tmp_path / "out.tmx"
    with path.open("w", encoding="utf-8") as out:
        write_tmx([bad], out)
    record = next(read_tmx(path))
    assert record.file == "a\ufffdb"


def test_tmx_repair_cuts_a_partial_unit(documents: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    with path.open("w", encoding="utf-8") as out:
        write_tmx(documents, out)
    whole = path.read_bytes()
    path.write_bytes(whole[: whole.rindex(b"<tu ") + 30])  # killed inside the last tu
    assert repair_tmx(path)
    assert path.read_bytes().endswith(b"</tu>\n")
    assert len(list(read_tmx(io.BytesIO(path.read_bytes() + b"</body></tmx>")))) == 2


def test_tsv_round_trip(documents: list[Document]) -> None:
    out = io.StringIO()
    write_tsv(documents, out, "sentence")
    lines = out.getvalue().split("\n")
    assert lines[0].startswith("file\tsha256\tpair\tlink")
    rows = list(read_tsv(io.StringIO(out.getvalue())))
    expected = [r for doc in documents for r in sentence_records(doc)]
    assert len(rows) == len(lines) - 2 == len(expected)
    for row, record in zip(rows, expected, strict=True):
        assert row["source"] == record.source.text and row["target"] == record.target.text
        assert int(row["source_start"]) == record.source.start


def test_moses_files_are_line_aligned(documents: list[Document], tmp_path: Path) -> None:
    count = write_moses(documents, tmp_path / "corpus")
    uk = (tmp_path / "corpus.uk").read_text("utf-8").split("\n")
    en = (tmp_path / "corpus.en").read_text("utf-8").split("\n")
    assert count == 3 and len(uk) == len(en) == 4 and uk[-1] == en[-1] == ""
    assert uk[2] == " ".join(
        tricky_document().pairs[0].source.text.replace("\r\n", "\n").split("\n")
    ).replace("\u2028", " ")
    assert "\u2028" not in uk[2] and "\r" not in uk[2]


def test_drop_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a":1}\n{"b":')
    assert drop_partial_line(path) == 5
    assert path.read_bytes() == b'{"a":1}\n'
    assert drop_partial_line(path) == 0


# --- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_tmx_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", "--backend", "rules", "--format", "tmx", str(EXAMPLE))
    assert code == 0
    records = list(read_tmx(io.BytesIO(out.encode())))
    assert len(records) == 2 and records[0].file == str(EXAMPLE)


def test_cli_sentence_tsv_and_jsonl_to_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tsv = tmp_path / "out.tsv"
    code, out, _ = run(
        capsys, "analyze", "--backend", "rules", "--format", "tsv", "--unit", "sentence",
        "--out", str(tsv), str(EXAMPLE),
    )  # fmt: skip
    assert code == 0 and out == ""
    assert len(list(read_tsv(tsv))) == 5
    pairs = tmp_path / "pairs.jsonl"
    args = ["analyze", "--backend", "rules", "--format", "jsonl", "--unit", "pair"]
    code, _, _ = run(capsys, *args, "-o", str(pairs), str(EXAMPLE))
    assert code == 0 and len(list(read_pair_records(pairs))) == 2


def test_cli_moses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    prefix = tmp_path / "c"
    args = ["analyze", "--backend", "rules", "--format", "moses", str(EXAMPLE)]
    code, _, err = run(capsys, *args)
    assert code == 2 and "--out PREFIX" in err
    code, _, _ = run(capsys, *args, "--out", str(prefix))
    assert code == 0
    uk, en = ((tmp_path / f"c.{lang}").read_text("utf-8").splitlines() for lang in ("uk", "en"))
    assert len(uk) == len(en) == 2 and uk[0].startswith("Поговорив")


def test_cli_rejects_documents_in_a_parallel_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "analyze", "--format", "tmx", "--unit", "document", str(EXAMPLE))
    assert code == 2 and "--unit pair or sentence" in err
