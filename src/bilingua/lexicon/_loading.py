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
def _default() -> Lexicon:
    entries = [entry for item in package_lexicon_files() for entry in read_entries(item)]
    aliases = package_file("aliases.tsv")
    if aliases.is_file():
        entries.extend(read_entries(aliases, kind="alias"))
    return Lexicon(entries)


def default_lexicon() -> Lexicon:
    """The core lexicon (``bilingua/data/lexicon/*.tsv``) merged with the alias table.

    Read on first use and cached; safe to call from several threads (the first call loads,
    the others wait). Alias entries report ``"alias"`` from
    :meth:`~bilingua.lexicon.Lexicon.match_kind`.

    Raises:
        InputError: a packaged file is malformed (the message names file and line).
    """
    with _lock:
        return _default()


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
