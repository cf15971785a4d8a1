"""Reading lexicon TSV files: ``uk<TAB>en[|en…]`` or ``uk<TAB>en<TAB>prob``, ``#`` comments.

A file whose comment lines, before its first entry, include :data:`LEARNED_HEADER` holds learned
lemma pairs (kind ``"learned"``); other files with a probability column hold stems as the first
versions of ``bilingua lexicon learn`` wrote them.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from bilingua.errors import InputError
from bilingua.lexicon._core import Kind, LexEntry

__all__ = [
    "LEARNED_HEADER",
    "package_file",
    "package_lexicon_files",
    "parse_lines",
    "read_entries",
]

_FORMAT = "'uk<TAB>en[|en…]' or 'uk<TAB>en<TAB>prob'"
#: The comment line that marks a file of learned lemma pairs (``uk_lemma<TAB>en_lemma<TAB>prob``).
LEARNED_HEADER = "# bilingua learned lexicon: uk_lemma<TAB>en_lemma<TAB>prob"


def parse_lines(lines: Iterable[str], source: str, kind: Kind = "lexicon") -> Iterator[LexEntry]:
    """Parse lexicon lines; blank lines and lines starting with ``#`` are skipped.

    Args:
        lines: the lines, with or without their line ends.
        source: the file name used in error messages.
        kind: the kind given to every entry.

    Yields:
        One entry per data line. A third column becomes the entry's weight; in a file marked
        by :data:`LEARNED_HEADER` (as :func:`~bilingua.lexicon.learn.write_tsv` writes it) the
        entry is a learned pair of lemmas (kind ``"learned"``), elsewhere its two sides are
        taken as stems.

    Raises:
        InputError: a line is malformed; the message names ``source:line``.
    """
    learned = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if number == 1:
            line = line.lstrip("\ufeff")
        if line.strip() == LEARNED_HEADER:
            learned = True
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        where = f"{source}:{number}"
        if len(fields) not in (2, 3):
            raise InputError(
                f"{where}: expected {_FORMAT}, got {len(fields)} tab-separated field(s): {line!r}"
            )
        uk, en = fields[0], fields[1]
        if not uk or not en.replace("|", "").strip():
            raise InputError(f"{where}: empty Ukrainian or English side in {line!r}")
        weight, stemmed = 1.0, len(fields) == 3
        if stemmed:
            try:
                weight = float(fields[2])
            except ValueError:
                raise InputError(
                    f"{where}: the third field must be a probability, got {fields[2]!r}"
                ) from None
            if not (math.isfinite(weight) and 0.0 < weight <= 1.0):
                raise InputError(f"{where}: probability must be in (0, 1], got {fields[2]!r}")
        if stemmed and learned:
            yield LexEntry(uk, en, "learned", weight)
        else:
            yield LexEntry(uk, en, kind, weight, stemmed)


def read_entries(
    path: str | os.PathLike[str] | Traversable, kind: Kind = "lexicon"
) -> list[LexEntry]:
    """Read one lexicon file (UTF-8).

    Args:
        path: a file path, or a package resource.
        kind: the kind given to every entry.

    Returns:
        The entries, in file order.

    Raises:
        InputError: the file cannot be read or decoded, or a line is malformed.
    """
    name = str(path) if isinstance(path, (str, os.PathLike)) else path.name
    try:
        if isinstance(path, (str, os.PathLike)):
            text = Path(path).read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise InputError(
            f"{name}: cannot read the lexicon file ({error.strerror or error})"
        ) from None
    return list(parse_lines(text.splitlines(), name, kind))


def package_file(name: str) -> Traversable:
    """A file under ``bilingua/data`` (it may not exist)."""
    return resources.files("bilingua").joinpath("data", name)


def package_lexicon_files() -> list[Traversable]:
    """The ``*.tsv`` files of ``bilingua/data/lexicon``, sorted by name; empty when absent."""
    folder = resources.files("bilingua").joinpath("data", "lexicon")
    if not folder.is_dir():
        return []
    files = [item for item in folder.iterdir() if item.is_file() and item.name.endswith(".tsv")]
    return sorted(files, key=lambda item: item.name)
