"""The command line, run in-process."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from bilingua.cli import main
from tests.conftest import EXAMPLE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_summary_of_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", str(EXAMPLE))
    assert code == 0
    assert "segments: en" in out
    assert "uk 2" in out or "uk 1" in out
    assert "@DmytroKuleba 2022-04-14" in out
    assert "embed" in out
    assert "pairs: 2" in out
    assert "uk→en score" in out


def test_json_output_is_a_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", "--format", "json", str(EXAMPLE))
    assert code == 0
    document = json.loads(out)
    assert document["source"] == str(EXAMPLE)
    text = document["text"]
    for segment in document["segments"]:
        assert text[segment["start"] : segment["end"]] == segment["text"]


def test_jsonl_has_one_line_per_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Дякую за підтримку!", encoding="utf-8")
    code, out, _ = run(capsys, "analyze", "--format", "jsonl", str(EXAMPLE), str(other))
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(EXAMPLE), str(other)]


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("Слава Україні!".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "analyze", "--format", "json", "-")
    assert code == 0
    assert json.loads(out)["segments"][0]["lang"] == "uk"


def test_empty_input_is_an_empty_result(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = run(capsys, "analyze", "--format", "json", str(empty))
    assert code == 0
    document = json.loads(out)
    assert document["segments"] == [] and document["quotes"] == []


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "analyze", str(tmp_path / "nope.txt"))
    assert code == 1
    assert out == ""
    assert "nope.txt: no such file" in err


def test_directory_instead_of_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "analyze", str(tmp_path))
    assert code == 1
    assert "is a directory" in err


def test_undecodable_bytes_name_the_file_and_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Слава".encode("cp1251"))
    code, _, err = run(capsys, "analyze", str(bad))
    assert code == 1
    assert "cp1251.txt" in err and "byte offset 0" in err and "--encoding" in err
    code, out, _ = run(capsys, "analyze", "--format", "json", "--encoding", "cp1251", str(bad))
    assert code == 0
    assert json.loads(out)["text"] == "Слава"


def test_unknown_encoding(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "analyze", "--encoding", "klingon", str(EXAMPLE))
    assert code == 1
    assert "unknown encoding 'klingon'" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--format", "xml", str(EXAMPLE)])
    assert exit_info.value.code == 2


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Document"
    assert {"text", "segments", "quotes", "pairs", "meta"} <= set(schema["properties"])


def test_align_two_documents(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    uk = tmp_path / "uk.txt"
    en = tmp_path / "en.txt"
    uk.write_text("Україна відновила експорт зерна.\nРосія знову атакувала місто.\n", "utf-8")
    en.write_text("Ukraine has resumed grain exports.\nRussia attacked the city again.\n", "utf-8")
    code, out, _ = run(capsys, "align", "--backend", "rules", "--format", "tsv", str(uk), str(en))
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[1:] for row in rows] == [
        ["Україна відновила експорт зерна.", "Ukraine has resumed grain exports."],
        ["Росія знову атакувала місто.", "Russia attacked the city again."],
    ]
    code, out, _ = run(capsys, "align", "--backend", "rules", "--format", "json", str(uk), str(en))
    assert json.loads(out)["source_lang"] == "uk"


def test_analyze_with_rules_backend_records_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", "--backend", "rules", "--format", "json", str(EXAMPLE))
    assert code == 0
    document = json.loads(out)
    assert document["meta"]["backend"] == "rules"
    assert len(document["pairs"]) == 2


def test_models_path_and_status_on_an_empty_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BILINGUA_STANZA_DIR", str(tmp_path))
    code, out, _ = run(capsys, "models", "path")
    assert code == 0 and out.strip() == str(tmp_path)
    code, out, _ = run(capsys, "models", "status")
    assert code == 1
    assert "uk: missing" in out and "en: missing" in out


def test_lexicon_learn(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    uk = tmp_path / "c.uk"
    en = tmp_path / "c.en"
    uk.write_text("кіт спить\nсобака спить\nкіт їсть\nсобака їсть\n" * 3, "utf-8")
    en.write_text("cat sleeps\ndog sleeps\ncat eats\ndog eats\n" * 3, "utf-8")
    out_file = tmp_path / "lex.tsv"
    code, _, err = run(capsys, "lexicon", "learn", str(uk), str(en), "-o", str(out_file))
    assert code == 0 and "wrote" in err
    rows = [line.split("\t") for line in out_file.read_text("utf-8").splitlines()[1:]]
    assert ["кіт", "cat"] in [row[:2] for row in rows]  # lemmas: спить → спати, sleeps → sleep
    assert ["спати", "sleep"] in [row[:2] for row in rows]
    code, _, err = run(
        capsys, "lexicon", "learn", str(uk), str(en), "-o", str(out_file),
        "--model", "ibm1", "--min-count", "6",
    )  # fmt: skip
    assert code == 0 and "wrote" in err
    with pytest.raises(SystemExit) as caught:
        main(["lexicon", "learn", str(uk), str(en), "-o", str(out_file), "--model", "hmm"])
    assert caught.value.code == 2 and "hmm" in capsys.readouterr().err


def test_lexicon_learn_mismatched_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    uk = tmp_path / "c.uk"
    en = tmp_path / "c.en"
    uk.write_text("кіт\nсобака\n", "utf-8")
    en.write_text("cat\n", "utf-8")
    code, _, err = run(capsys, "lexicon", "learn", str(uk), str(en), "-o", str(tmp_path / "o"))
    assert code == 1 and "2" in err and "1" in err


def test_input_format_is_checked_and_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--input-format", "pdf", str(EXAMPLE)])
    assert exit_info.value.code == 2
    page = tmp_path / "page.txt"  # markup in a .txt file: text unless told otherwise
    page.write_text("<html><body><p>Дякую за підтримку!</p></body></html>", "utf-8")
    code, out, _ = run(capsys, "analyze", "--format", "json", str(page))
    assert code == 0 and json.loads(out)["text"].startswith("<html>")
    code, out, _ = run(capsys, "analyze", "--format", "json", "--input-format", "html", str(page))
    assert code == 0 and json.loads(out)["text"] == "Дякую за підтримку!"
