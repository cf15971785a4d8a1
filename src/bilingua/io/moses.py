"""Moses-style parallel text: two files whose line ``i`` render each other.

``PREFIX.uk`` holds the Ukrainian side of each pair (or sentence link), ``PREFIX.en`` the
English side, whichever side is the pair's source. Line breaks inside a passage (anything
``str.splitlines`` breaks on) become single spaces, so the files stay line-aligned.
Pairs of other languages are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bilingua.io._records import Unit, sentence_records
from bilingua.model import Document, PairSide

__all__ = ["flatten", "moses_lines", "moses_paths", "write_moses"]

_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
LANGS = ("uk", "en")


def flatten(text: str) -> str:
    """``text`` on one line: each run of line breaks becomes one space."""
    return _BREAKS.sub(" ", text)


def moses_paths(prefix: str | Path) -> tuple[Path, Path]:
    """The two files written for ``prefix``: ``PREFIX.uk`` and ``PREFIX.en``."""
    return Path(f"{prefix}.uk"), Path(f"{prefix}.en")


def _by_lang(source: PairSide, target: PairSide) -> tuple[str, str] | None:
    sides = {source.lang: source.text, target.lang: target.text}
    if set(sides) != set(LANGS):
        return None
    return flatten(sides["uk"]), flatten(sides["en"])


def moses_lines(document: Document, unit: Unit = "pair") -> tuple[str, str]:
    """The Ukrainian and the English lines of one document, each block ending in ``\\n``."""
    if unit == "pair":
        found = [_by_lang(pair.source, pair.target) for pair in document.pairs]
    elif unit == "sentence":
        found = [_by_lang(r.source, r.target) for r in sentence_records(document)]
    else:
        raise ValueError("Moses files hold pairs or sentence links: unit must be pair or sentence")
    lines = [line for line in found if line is not None]
    return "".join(uk + "\n" for uk, _ in lines), "".join(en + "\n" for _, en in lines)


def write_moses(documents: Iterable[Document], prefix: str | Path, unit: Unit = "pair") -> int:
    """Write ``PREFIX.uk`` and ``PREFIX.en``; returns the number of lines in each."""
    uk_path, en_path = moses_paths(prefix)
    count = 0
    with (
        uk_path.open("w", encoding="utf-8", newline="\n") as uk,
        en_path.open("w", encoding="utf-8", newline="\n") as en,
    ):
        for document in documents:
            uk_block, en_block = moses_lines(document, unit)
            uk.write(uk_block)
            en.write(en_block)
            count += uk_block.count("\n")
    return count
