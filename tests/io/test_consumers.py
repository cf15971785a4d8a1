"""Real consumers read the exports: translate-toolkit's TMX reader, Hugging Face datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilingua.io import pair_records, sentence_records, write_jsonl, write_tmx
from bilingua.model import Document


@pytest.mark.parametrize("unit", ["pair", "sentence"])
def test_translate_toolkit_reads_the_tmx(
    documents: list[Document], unit: str, tmp_path: Path
) -> None:
    tmx_storage = pytest.importorskip("translate.storage.tmx")
    path = tmp_path / "out.tmx"
    with path.open("w", encoding="utf-8") as out:
        write_tmx(documents, out, unit)  # type: ignore[arg-type]
    store = tmx_storage.tmxfile.parsefile(str(path))
    units = [unit for unit in store.units if unit.istranslatable()]
    if unit == "pair":
        expected = [
            (r.pair.source.text, r.pair.target.text) for d in documents for r in pair_records(d)
        ]
    else:
        expected = [(r.source.text, r.target.text) for d in documents for r in sentence_records(d)]
    assert [(u.source, u.target) for u in units] == expected
    assert store.getsourcelanguage() == "uk"
    assert units[0].getid() == f"{documents[0].source}#0" + (".0" if unit == "sentence" else "")


def test_datasets_loads_the_jsonl(
    documents: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    datasets = pytest.importorskip("datasets")
    pairs = tmp_path / "pairs.jsonl"
    docs = tmp_path / "docs.jsonl"
    with pairs.open("w", encoding="utf-8") as out:
        write_jsonl(documents, out, "pair")
    with docs.open("w", encoding="utf-8") as out:
        write_jsonl(documents, out, "document")
    cache = str(tmp_path / "cache")
    pair_set = datasets.load_dataset("json", data_files=str(pairs), split="train", cache_dir=cache)
    expected = [r for d in documents for r in pair_records(d)]
    assert pair_set.num_rows == len(expected)
    assert pair_set["file"] == [r.file for r in expected]
    assert [row["source"]["text"] for row in pair_set] == [r.pair.source.text for r in expected]
    assert pair_set[0]["attribution"]["handle"] == "@DmytroKuleba"
    doc_set = datasets.load_dataset("json", data_files=str(docs), split="train", cache_dir=cache)
    assert doc_set["text"] == [d.text for d in documents]
    assert [len(row["pairs"]) for row in doc_set] == [len(d.pairs) for d in documents]
