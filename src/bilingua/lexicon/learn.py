"""Learn a uk→en stem lexicon from line-aligned parallel text with IBM Model 1.

Each line is split into simple word tokens (letters, with inner apostrophes and hyphens),
lowercased and stemmed (:func:`~bilingua.lexicon.uk_stem`, :func:`~bilingua.lexicon.en_stem`).
IBM Model 1 is trained by EM in both directions, ``t(en|uk)`` and ``t(uk|en)``, each with a NULL
word on the source side, from uniform starting values: no randomness, and every iteration walks
the corpus in order, so the result is the same on every run.

A pair is kept when the *geometric mean* of its two translation probabilities,
``sqrt(t(en|uk) · t(uk|en))``, is at least ``min_prob`` and it co-occurs in at least
``min_count`` line pairs. The geometric mean is the symmetric choice: a frequent English word
that every Ukrainian word "explains" a little (``the``) has a low ``t(uk|the)`` and ranks low,
while one direction alone would keep it; unlike the product it stays on the probability scale,
so ``min_prob`` reads the same whichever direction dominates. The mean is what ``prob`` holds.

Memory: the tables are sparse, holding only pairs that co-occur in some line pair (about one
entry per distinct (uk, en) co-occurrence); sentences are stored once as integer ids.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bilingua.errors import InputError
from bilingua.lexicon.stem import en_stem, uk_stem

__all__ = ["LearnedEntry", "learn", "learn_files", "tokens", "write_tsv"]

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_NULL = 0


@dataclass(frozen=True)
class LearnedEntry:
    """One learned pair of stems.

    Attributes:
        uk: the Ukrainian stem.
        en: the English stem.
        prob: the geometric mean of ``t(en|uk)`` and ``t(uk|en)``, in (0, 1].
        count: the number of line pairs in which both occur.
    """

    uk: str
    en: str
    prob: float
    count: int


def tokens(line: str, lang: str) -> list[str]:
    """The stems of the words of one line, as :func:`learn` sees them.

    Args:
        line: one line of text.
        lang: ``"uk"`` (stems by :func:`uk_stem`) or anything else (:func:`en_stem`).

    Returns:
        The stems, in order.
    """
    stem = uk_stem if lang == "uk" else en_stem
    return [stem(word) for word in _TOKEN_RE.findall(line.lower())]


class _Vocabulary:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {"": _NULL}
        self.words: list[str] = [""]

    def encode(self, words: Iterable[str]) -> tuple[int, ...]:
        out = []
        for word in words:
            index = self.ids.get(word)
            if index is None:
                index = self.ids[word] = len(self.words)
                self.words.append(word)
            out.append(index)
        return tuple(out)


def _model1(
    pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]], iterations: int
) -> dict[int, dict[int, float]]:
    """IBM Model 1 by EM: ``t[source][target]`` = p(target | source), NULL as source 0."""
    t: dict[int, dict[int, float]] = {}
    for source, target in pairs:
        for s in (_NULL, *set(source)):
            row = t.setdefault(s, {})
            for w in set(target):
                row[w] = 1.0
    for row in t.values():  # uniform over what each source word co-occurs with
        share = 1.0 / len(row)
        for w in row:
            row[w] = share
    for _ in range(iterations):
        counts: dict[int, dict[int, float]] = {s: dict.fromkeys(row, 0.0) for s, row in t.items()}
        for source, target in pairs:
            sources = (_NULL, *source)
            rows = [t[s] for s in sources]
            count_rows = [counts[s] for s in sources]
            for w in target:
                denominator = sum(row[w] for row in rows)
                if denominator <= 0.0:
                    continue
                for row, count_row in zip(rows, count_rows, strict=True):
                    count_row[w] += row[w] / denominator
        for s, count_row in counts.items():
            total = sum(count_row.values())
            if total > 0.0:
                t[s] = {w: value / total for w, value in count_row.items()}
    return t


def learn(
    uk_lines: Iterable[str],
    en_lines: Iterable[str],
    *,
    iterations: int = 5,
    min_prob: float = 0.1,
    min_count: int = 2,
) -> list[LearnedEntry]:
    """Learn uk→en stem pairs from line-aligned text with IBM Model 1 in both directions.

    Args:
        uk_lines: Ukrainian lines; line *i* renders English line *i*.
        en_lines: English lines, as many as Ukrainian ones.
        iterations: EM iterations per direction (≥ 1).
        min_prob: the least geometric mean of ``t(en|uk)`` and ``t(uk|en)`` kept, in (0, 1].
        min_count: the least number of line pairs in which a kept pair co-occurs (≥ 1).

    Returns:
        The kept pairs, best first: by ``prob`` descending, then ``count`` descending, then
        ``uk`` and ``en``.

    Raises:
        InputError: the two sides have different numbers of lines, or an option is out of
            range.
    """
    if iterations < 1 or not 0.0 < min_prob <= 1.0 or min_count < 1:
        raise InputError(
            f"learn needs iterations ≥ 1, 0 < min_prob ≤ 1 and min_count ≥ 1; got "
            f"iterations={iterations}, min_prob={min_prob}, min_count={min_count}"
        )
    uk_list, en_list = list(uk_lines), list(en_lines)
    if len(uk_list) != len(en_list):
        raise InputError(
            f"parallel text must have as many Ukrainian as English lines: "
            f"{len(uk_list)} Ukrainian, {len(en_list)} English"
        )
    uk_vocab, en_vocab = _Vocabulary(), _Vocabulary()
    pairs = []
    for uk_line, en_line in zip(uk_list, en_list, strict=True):
        uk_ids = uk_vocab.encode(tokens(uk_line, "uk"))
        en_ids = en_vocab.encode(tokens(en_line, "en"))
        if uk_ids and en_ids:
            pairs.append((uk_ids, en_ids))
    forward = _model1(pairs, iterations)  # t(en | uk)
    backward = _model1([(en, uk) for uk, en in pairs], iterations)  # t(uk | en)
    kept: dict[tuple[int, int], float] = {}
    threshold = min_prob * min_prob
    for u, row in forward.items():
        if u == _NULL:
            continue
        for e, p_forward in row.items():
            if p_forward < threshold:
                continue  # the mean cannot reach min_prob: t(uk|en) ≤ 1
            product = p_forward * backward.get(e, {}).get(u, 0.0)
            if product >= threshold:
                kept[(u, e)] = math.sqrt(product)
    by_uk: dict[int, list[int]] = {}
    for u, e in kept:
        by_uk.setdefault(u, []).append(e)
    together: Counter[tuple[int, int]] = Counter()
    for uk_ids, en_ids in pairs:
        en_set = set(en_ids)
        together.update((u, e) for u in set(uk_ids) if u in by_uk for e in by_uk[u] if e in en_set)
    entries = [
        LearnedEntry(uk_vocab.words[u], en_vocab.words[e], round(prob, 6), together[(u, e)])
        for (u, e), prob in kept.items()
        if together[(u, e)] >= min_count
    ]
    entries.sort(key=lambda entry: (-entry.prob, -entry.count, entry.uk, entry.en))
    return entries


def write_tsv(entries: Iterable[LearnedEntry], path: str | os.PathLike[str]) -> None:
    """Write learned pairs as ``uk<TAB>en<TAB>prob`` lines, which :func:`load_lexicon` reads.

    Lines are sorted by Ukrainian stem, then by probability descending, then English stem, so
    that files diff well; a ``#`` header line says what the file is.

    Args:
        entries: the pairs.
        path: the output file (UTF-8, overwritten).

    Raises:
        InputError: the file cannot be written.
    """
    ordered = sorted(entries, key=lambda entry: (entry.uk, -entry.prob, entry.en))
    lines = ["# bilingua learned lexicon (IBM Model 1): uk_stem<TAB>en_stem<TAB>prob"]
    lines.extend(f"{entry.uk}\t{entry.en}\t{entry.prob:.4f}" for entry in ordered)
    try:
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot write the lexicon ({error.strerror or error})") from None


def _read_lines(path: str | os.PathLike[str]) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def learn_files(
    uk_path: str | os.PathLike[str],
    en_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    iterations: int = 5,
    min_prob: float = 0.1,
    min_count: int = 2,
) -> int:
    """Learn from two line-aligned UTF-8 files and write the lexicon with :func:`write_tsv`.

    Args:
        uk_path: the Ukrainian side.
        en_path: the English side, line *i* rendering Ukrainian line *i*.
        out_path: where to write the TSV.
        iterations: as for :func:`learn`.
        min_prob: as for :func:`learn`.
        min_count: as for :func:`learn`.

    Returns:
        The number of entries written.

    Raises:
        InputError: a file cannot be read or written, or the line counts differ (both counts
            are in the message).
    """
    uk_lines, en_lines = _read_lines(uk_path), _read_lines(en_path)
    if len(uk_lines) != len(en_lines):
        raise InputError(
            f"line counts differ: {uk_path} has {len(uk_lines)} lines, "
            f"{en_path} has {len(en_lines)}"
        )
    entries = learn(
        uk_lines, en_lines, iterations=iterations, min_prob=min_prob, min_count=min_count
    )
    write_tsv(entries, out_path)
    return len(entries)
