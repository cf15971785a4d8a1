"""Helpers of the reading tests: the fixtures, and the command line run in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilingua.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
# What markup leaves in text read as text: none of it may reach a document read as HTML.
MARKUP = ("<", ">", "href", "class=", "&mdash;", "&nbsp;", "&amp;", "src=", "{", "ref_src")


def analyze_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    """``bilingua analyze --backend rules --format json ARGV``: exit code, JSON, stderr."""
    code = main(["analyze", "--backend", "rules", "--format", "json", *argv])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def sides(document: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Each pair as (source lang, source text, target lang, target text)."""
    return [
        (p["source"]["lang"], p["source"]["text"], p["target"]["lang"], p["target"]["text"])
        for p in document["pairs"]
    ]


def attribution(pair: dict[str, Any]) -> tuple[str | None, str | None, str | None, str | None]:
    found = pair["attribution"] or {}
    return found.get("speaker"), found.get("handle"), found.get("date"), found.get("platform")


def assert_no_markup(document: dict[str, Any]) -> None:
    text = document["text"]
    for residue in MARKUP:
        assert residue not in text, residue
    for segment in document["segments"]:
        assert text[segment["start"] : segment["end"]] == segment["text"]
