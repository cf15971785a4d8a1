"""Batch runs: inputs of every kind, filters, a process pool, resume after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilingua.batch import BatchOptions, discover, run_batch
from bilingua.cli import main
from bilingua.errors import InputError
from bilingua.io import open_sink, read_documents, read_pair_records
from tests.conftest import EXAMPLE, REPO

RULES = BatchOptions(backend="rules")


def _corpus(root: Path, n: int) -> list[Path]:
    """``n`` distinct copies of the example article."""
    text = EXAMPLE.read_text("utf-8")
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(n):
        path = root / f"doc{number:03}.txt"
        path.write_text(f"Report number {number}.\n\n{text}", "utf-8")
        paths.append(path)
    return paths


def _run(paths: list[Path | str], out: Path, unit: str = "document", **options: object) -> int:
    with open_sink("jsonl", out, unit) as sink:  # type: ignore[arg-type]
        stats = run_batch(
            paths, sink, options=BatchOptions(backend="rules", **options), progress=False
        )  # type: ignore[arg-type]
    return stats.documents


def test_every_input_kind(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    text = EXAMPLE.read_text("utf-8")
    (root / "a.txt").write_text(text, "utf-8")
    (root / "sub" / "b.md").write_text("# Title\n\n" + text, "utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n\n"))
    (root / "c.html").write_text(
        f"<html><body><nav>Home | About</nav><article>{paragraphs}</article></body></html>", "utf-8"
    )
    lines = [json.dumps({"body": text}), "", json.dumps({"body": "Just English."})]
    (root / "d.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (root / "ignored.csv").write_text("x", "utf-8")
    out = tmp_path / "out.jsonl"
    assert _run([root], out, text_field="body", dedup=False) == 5
    documents = {doc.source: doc for doc in read_documents(out)}
    names = {str(root / n) for n in ("a.txt", "sub/b.md", "c.html", "d.jsonl#1", "d.jsonl#3")}
    assert set(documents) == names
    html = documents[str(root / "c.html")]
    assert "<p>" not in html.text and "Home | About" not in html.text
    assert len(html.pairs) == 2
    assert len(documents[str(root / "d.jsonl#1")].pairs) == 2


def test_missing_and_empty_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="is a directory with no"):
        discover([tmp_path])


def test_rerun_skips_what_is_done(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    assert _run([tmp_path / "in"], out) == 3
    assert _run([tmp_path / "in"], out) == 0
    paths[1].write_text("Змінений текст. Changed text.", "utf-8")  # new content: new key
    assert _run([tmp_path / "in"], out) == 1
    assert len(list(read_documents(out))) == 4


def test_a_trailing_partial_record_is_dropped(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    _run([tmp_path / "in"], out)
    whole = out.read_bytes()
    last = whole.rstrip(b"\n").rindex(b"\n") + 1
    out.write_bytes(whole[: last + 100])  # the second record cut short
    assert _run([tmp_path / "in"], out) == 1
    assert out.read_bytes() == whole


def test_filters_and_duplicates(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, "utf-8")
    inputs: list[Path | str] = [tmp_path / "a.txt", tmp_path / "b.txt"]
    _run(inputs, tmp_path / "all.jsonl", "pair")
    assert len(list(read_pair_records(tmp_path / "all.jsonl"))) == 2  # b's are duplicates
    _run(inputs, tmp_path / "dups.jsonl", "pair", dedup=False)
    assert len(list(read_pair_records(tmp_path / "dups.jsonl"))) == 4
    scores = [r.pair.score for r in read_pair_records(tmp_path / "all.jsonl")]
    threshold = (min(scores) + max(scores)) / 2 if min(scores) < max(scores) else max(scores) + 1e-9
    _run(inputs, tmp_path / "best.jsonl", "pair", min_score=threshold)
    kept = [r.pair.score for r in read_pair_records(tmp_path / "best.jsonl")]
    assert kept == [score for score in scores if score >= threshold] != scores
    _run(inputs, tmp_path / "none.jsonl", "pair", lang_pair="en-uk")
    assert list(read_pair_records(tmp_path / "none.jsonl")) == []


def test_a_pool_of_two_writes_what_one_process_writes(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 6)
    for jobs in (1, 2):
        with open_sink("jsonl", tmp_path / f"{jobs}.jsonl", "pair") as sink:
            run_batch([tmp_path / "in"], sink, options=RULES, jobs=jobs, progress=False)
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()


def test_progress_bar_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path / "in", 2)
    with open_sink("jsonl", tmp_path / "o.jsonl") as sink:
        run_batch([tmp_path / "in"], sink, options=RULES, progress=True)
    err = capsys.readouterr().err
    assert "2/2" in err and "doc/s" in err and "pairs=2" in err  # copies: pairs deduplicated


def test_cli_batch_resumes_tmx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path / "in", 3)
    out = tmp_path / "out.tmx"
    args = ["analyze", "--backend", "rules", "--format", "tmx", "--keep-duplicates", "-o", str(out)]
    assert main([*args, str(tmp_path / "in" / "doc000.txt")]) == 0
    assert main([*args, "--jobs", "2", str(tmp_path / "in")]) == 0
    err = capsys.readouterr().err
    assert "2 documents analysed, 1 already in" in err
    from bilingua.io import read_tmx

    files = [record.file for record in read_tmx(out)]
    assert len(files) == 6 and len(set(files)) == 3


def test_killed_run_resumes_without_loss_or_repeat(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "in", 80)
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "bilingua", "analyze", "--backend", "rules", "--format", "jsonl",
        "--no-progress", "--out", str(out), str(tmp_path / "in"),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = out.read_bytes().count(b"\n")
    assert 5 <= killed_at < 80
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert f"{80 - killed_at} documents analysed, {killed_at} already in" in resumed.stderr
    sources = [document.source for document in read_documents(out)]
    assert sorted(sources) == sorted(str(path) for path in paths)
