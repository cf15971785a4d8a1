"""The unit of annotation: a stretch of one document in one language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bilingua.errors import InputError

__all__ = ["ANNOTATED_LANGS", "Passage", "check_passages", "line_passages", "wanted"]

#: Languages that get sentences and tokens; passages in any other language are skipped.
ANNOTATED_LANGS = frozenset({"uk", "en"})


@dataclass(frozen=True)
class Passage:
    """A stretch of the document text to annotate.

    Attributes:
        start: offset of the first character in the document text (code points).
        end: offset after the last character (exclusive).
        lang: language code; only ``"uk"`` and ``"en"`` passages are annotated.
    """

    start: int
    end: int
    lang: str


def check_passages(text: str, passages: Sequence[Passage]) -> None:
    """Raise :class:`InputError` for a passage that is not inside ``text``."""
    if not isinstance(text, str):
        raise InputError(f"text must be str, got {type(text).__name__}")
    for p in passages:
        if not isinstance(p, Passage):
            raise InputError(f"expected Passage objects, got {type(p).__name__}")
        if not 0 <= p.start <= p.end <= len(text):
            raise InputError(
                f"passage {p.start}..{p.end} ({p.lang}) is outside the text of length {len(text)}"
            )


def wanted(text: str, passages: Sequence[Passage]) -> list[Passage]:
    """The passages worth annotating: uk/en ones with some visible text."""
    return [p for p in passages if p.lang in ANNOTATED_LANGS and text[p.start : p.end].strip()]


def line_passages(text: str, lang: str) -> list[Passage]:
    """One passage per non-blank line, without its surrounding blanks.

    For texts where a line break always ends a sentence: one side of a parallel corpus, or a
    standalone rendering to verify.
    """
    passages = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            passages.append(Passage(start, start + len(stripped), lang))
        offset += len(line)
    return passages
