"""Choosing the format, decoding, bad inputs, stdin, JSONL, hints and the Python API."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import bilingua
from bilingua.cli import main
from bilingua.detect import detect
from bilingua.errors import InputError
from bilingua.model import Document, LangHint, Meta, Provenance
from bilingua.reading import Reading
from bilingua.reading._sniff import sniff
from tests.read.conftest import FIXTURES, analyze_json

PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>t</title></head>'
    "<body><main><p>Kyiv, Tuesday. Officials spoke to reporters.</p>"
    '<blockquote><p lang="uk">Ми вдячні за підтримку.</p></blockquote>'
    "<p>&laquo;Ми вистоїмо&raquo;, &mdash; сказав він.<br>We will stand, he said.</p>"
    "</main></body></html>"
)


KLINGON = "unknown encoding 'x-klingon' (declared by <meta charset>)"
MENU_ONLY = b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024</footer></body></html>"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!doctype html><html>", "html"),
        (b"\xef\xbb\xbf\n  <!-- saved from url=(0042)https://x/ -->\n<html>", "html"),
        (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>", "html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b"2 < 3, said the teacher. <b> is bold.", "text"),
        (b"Volodymyr Zelenskyy\n@ZelenskyyUa\n", "text"),
        (b"{not json at all", "text"),
    ],
)
def test_sniffing(head: bytes, expected: str) -> None:
    assert sniff(head) == expected


def test_stdin_page_is_sniffed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, PAGE.format(charset="utf-8").encode())
    code, document, _ = analyze_json(capsys, "-")
    assert code == 0
    assert document["source"] == "<stdin>" and document["provenance"]["format"] == "html"
    assert document["text"] == (
        "Kyiv, Tuesday. Officials spoke to reporters.\n\nМи вдячні за підтримку.\n\n"
        "«Ми вистоїмо», — сказав він.\nWe will stand, he said."
    )


def test_meta_charset_and_http_less_sniffing(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_bytes(PAGE.format(charset="koi8-u").encode("koi8-u"))
    reading = bilingua.read(page)
    assert reading.provenance.encoding == "koi8-u"
    assert "Ми вдячні за підтримку." in reading.text
    unnamed = tmp_path / "saved_page"  # no suffix: sniffed as HTML
    unnamed.write_bytes(PAGE.format(charset="utf-8").encode())
    assert bilingua.read(unnamed).provenance.format == "html"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is not HTML (a PDF)"),
        ("notes.html", b"Just some notes, no markup.\n", "is not HTML (text without markup)"),
        ("empty.html", b"", "is not HTML (empty)"),
        ("wrong.html", PAGE.format(charset="utf-8").encode("cp1251"), "cannot decode byte 0xcc"),
        ("klingon.html", PAGE.format(charset="x-klingon").encode(), KLINGON),
        ("menu.html", MENU_ONLY, "no article text in the page"),
    ],
)
def test_bad_pages_name_the_file_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Слава Україні! Glory to Ukraine!", "utf-8")
    code = main(["analyze", "--backend", "rules", "--format", "jsonl", str(path), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{path}: " in err and message in err
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(good)]
    with pytest.raises(InputError, match="|".join(["no article", "not HTML", "decode", "unknown"])):
        bilingua.read(path)


def test_a_bad_page_in_a_batch_is_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.html").write_bytes((FIXTURES / "bbc_like.html").read_bytes())
    (root / "b.html").write_bytes(b"%PDF-1.4 binary")
    out = tmp_path / "out.jsonl"
    code = main(["analyze", "--backend", "rules", "--format", "jsonl", "-o", str(out), str(root)])
    assert code == 1
    err = capsys.readouterr().err
    assert "1 documents analysed" in err and "1 failed" in err and "b.html: is not HTML" in err


def test_jsonl_bad_lines_do_not_stop_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"url": "https://example.org/1", "text": "Дякую! Thank you!"}),
        "{broken",
        json.dumps({"body": "no text field"}),
        json.dumps({"text": "Слава Україні!"}),
    ]
    corpus.write_text("\n".join(lines) + "\n", "utf-8")
    code = main(["analyze", "--backend", "rules", "--format", "jsonl", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{corpus}#2: not JSON" in err and f"{corpus}#3: no string field 'text'" in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [f"{corpus}#1", f"{corpus}#4"]
    assert records[0]["provenance"]["url"] == "https://example.org/1"


def test_read_bytes_and_analyze_a_reading() -> None:
    reading = bilingua.read(PAGE.format(charset="utf-8").encode(), "html")
    assert isinstance(reading, Reading) and reading.source == "<bytes>"
    document = bilingua.analyze(reading, backend="rules")
    assert document.text == reading.text and document.source == "<bytes>"
    assert document.provenance == reading.provenance
    hint = document.provenance.hints[0]
    assert (hint.lang, hint.text) == ("uk", "Ми вдячні за підтримку.")
    same = bilingua.analyze(reading.text, provenance=reading.provenance, backend="rules")
    assert same == document
    assert Document.model_validate_json(document.model_dump_json()) == document
    with pytest.raises(InputError, match="unknown input format"):
        bilingua.read(b"x", "pdf")  # type: ignore[arg-type]


def test_a_hint_that_does_not_match_the_text_is_rejected() -> None:
    provenance = Provenance(hints=(LangHint(start=0, end=3, text="abc", lang="uk"),))
    with pytest.raises(ValueError, match="does not match"):
        Document(text="xyz", provenance=provenance, meta=Meta(version="0"))


def test_hints_settle_what_the_words_leave_open() -> None:
    text = "Доброго вечора"  # no letter or word only Ukrainian has: undetermined on its own
    assert [s.lang for s in detect(text)] != ["uk"]
    hint = LangHint.of(text, 0, len(text), lang="uk")
    assert [s.lang for s in detect(text, hints=[hint])] == ["uk"]
    russian = "Это было очень давно"  # Russian letters and words: the text wins over the hint
    assert [s.lang for s in detect(russian, hints=[LangHint.of(russian, 0, 20, lang="uk")])] == [
        "ru"
    ]
    english = "Thank you"  # a hint in another script than the run's is not taken
    assert [s.lang for s in detect(english, hints=[LangHint.of(english, 0, 9, lang="uk")])] != [
        "uk"
    ]
