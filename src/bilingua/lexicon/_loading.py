"""The packaged lexicon (core files plus aliases) and user lexicon files."""

from __future__ import annotations

import functools
import os
import threading

from bilingua.lexicon._core import Lexicon
from bilingua.lexicon._tsv import package_file, package_lexicon_files, read_entries

__all__ = ["default_lexicon", "load_lexicon"]

_lock = threading.Lock()


@functools.cache
def _default(learned: bool) -> Lexicon:
    entries = [entry for item in package_lexicon_files() for entry in read_entries(item)]
    aliases = package_file("aliases.tsv")
    if aliases.is_file():
        entries.extend(read_entries(aliases, kind="alias"))
    table = package_file(LEARNED_TABLE)
    if learned and table.is_file():
        entries.extend(read_entries(table))
    return Lexicon(entries)


#: The packaged learned table (CC BY-SA 4.0, from NTREX-128 and Tatoeba; its header says so).
LEARNED_TABLE = "learned.tsv"


def default_lexicon(*, learned: bool = True) -> Lexicon:
    """The core lexicon (``bilingua/data/lexicon/*.tsv``, CC0) merged with the alias table and
    the learned table (``bilingua/data/learned.tsv``, CC BY-SA 4.0).

    Read on first use and cached; safe to call from several threads (the first call loads,
    the others wait). Alias entries report ``"alias"`` from
    :meth:`~bilingua.lexicon.Lexicon.match_kind`, learned ones ``"learned"``, with scores below
    a curated entry's (``LEARNED_FLOOR + LEARNED_SPAN · probability``: 0.5–0.7).

    Args:
        learned: include the learned table; False gives the hand-written data only (CC0).

    Raises:
        InputError: a packaged file is malformed (the message names file and line).
    """
    with _lock:
        return _default(learned)


def load_lexicon(path: str | os.PathLike[str]) -> Lexicon:
    """Read a user lexicon: ``uk<TAB>en[|en…]`` lines, or ``uk<TAB>en<TAB>prob`` as
    :func:`~bilingua.lexicon.learn.write_tsv` writes them; ``#`` starts a comment line.

    Args:
        path: a UTF-8 TSV file.

    Returns:
        The lexicon, of kind ``"lexicon"``; a probability column weights the entry's scores.

    Raises:
        InputError: the file cannot be read, or a line is malformed (message: ``file:line``).
    """
    return Lexicon(read_entries(path))
