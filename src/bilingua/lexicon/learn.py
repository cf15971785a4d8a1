"""Learn a uk→en lemma lexicon from line-aligned parallel text.

Each line is split into simple word tokens (letters, with inner apostrophes and hyphens) and
each token becomes its dictionary lemma, lowercased (:func:`~bilingua.lexicon.lemma.uk_lemma`,
:func:`~bilingua.lexicon.lemma.en_lemma`), so one learned entry covers every form of a word
(``зброю``, ``зброї``, ``зброєю`` → ``зброя``). A translation model is trained by EM in both
directions, ``t(en|uk)`` and ``t(uk|en)``, each with a NULL word on the source side, from
uniform starting values: no randomness, and every iteration walks the corpus in order, so the
result is the same on every run. Two models:

- ``"diagonal"`` (the default): IBM Model 1 with the alignment prior of fast_align (Dyer et al.,
  2013): a target word at relative position ``j/n`` is explained by a source word at ``i/m``
  with weight ``exp(-λ·|i/m - j/n|)`` (λ = :data:`DIAGONAL_TENSION`), and by NULL with
  probability :data:`NULL_PROB`. Translations keep roughly their place in a sentence, so the
  prior parts words that co-occur in every sentence of a set (``Tom`` and ``Том`` beside
  ``is`` and ``у``).
- ``"ibm1"``: plain IBM Model 1, every position alike.

A pair is kept when the *geometric mean* of its two translation probabilities,
``sqrt(t(en|uk) · t(uk|en))``, is at least ``min_prob``, it co-occurs in at least ``min_count``
line pairs and neither side is a function word (``в``, ``the``). The geometric mean is the
symmetric choice: a frequent English word that every Ukrainian word "explains" a little
(``the``) has a low ``t(uk|the)`` and ranks low, while one direction alone would keep it; unlike
the product it stays on the probability scale, so ``min_prob`` reads the same whichever
direction dominates. The mean is what ``prob`` holds.

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
from functools import lru_cache
from pathlib import Path
from typing import Literal

from bilingua.errors import InputError
from bilingua.lexicon._english import needs_capital
from bilingua.lexicon._function_words import EN_FUNCTION_WORDS, UK_FUNCTION_WORDS
from bilingua.lexicon._tsv import LEARNED_HEADER
from bilingua.lexicon.lemma import en_lemma, uk_lemma
from bilingua.lexicon.stem import normalize_apostrophes

__all__ = [
    "DIAGONAL_TENSION",
    "NULL_PROB",
    "LearnedEntry",
    "Model",
    "learn",
    "learn_files",
    "tokens",
    "write_tsv",
]

#: The alignment models :func:`learn` can train.
Model = Literal["diagonal", "ibm1"]
#: λ of the diagonal prior (fast_align's default tension).
DIAGONAL_TENSION = 4.0
#: The probability that a target word is explained by NULL under the diagonal prior
#: (fast_align's default).
NULL_PROB = 0.08

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_NULL = 0
#: Line pairs as Ukrainian and English word ids.
_Pairs = Sequence[tuple[tuple[int, ...], tuple[int, ...]]]


@dataclass(frozen=True)
class LearnedEntry:
    """One learned pair of lemmas.

    Attributes:
        uk: the Ukrainian lemma, lowercase.
        en: the English lemma, lowercase.
        prob: the geometric mean of ``t(en|uk)`` and ``t(uk|en)``, in (0, 1].
        count: the number of line pairs in which both occur.
    """

    uk: str
    en: str
    prob: float
    count: int


def tokens(line: str, lang: str) -> list[str]:
    """The lemmas of the words of one line, as :func:`learn` sees them.

    Args:
        line: one line of text.
        lang: ``"uk"`` (lemmas by :func:`~bilingua.lexicon.lemma.uk_lemma`, apostrophes folded
            to ’) or anything else (:func:`~bilingua.lexicon.lemma.en_lemma`).

    Returns:
        The lowercase lemmas, in order.
    """
    lemma = _uk_token if lang == "uk" else _en_token
    return [lemma(word) for word in _TOKEN_RE.findall(line)]


@lru_cache(maxsize=131072)
def _uk_token(word: str) -> str:
    return normalize_apostrophes(uk_lemma(word).lower())


@lru_cache(maxsize=131072)
def _en_token(word: str) -> str:
    return en_lemma(word).lower()


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


def _uniform(pairs: _Pairs) -> dict[int, dict[int, float]]:
    """``t[source][target]``, uniform over what each source word (NULL: 0) co-occurs with."""
    t: dict[int, dict[int, float]] = {}
    for source, target in pairs:
        for s in (_NULL, *set(source)):
            row = t.setdefault(s, {})
            for w in set(target):
                row[w] = 1.0
    for row in t.values():
        share = 1.0 / len(row)
        for w in row:
            row[w] = share
    return t


@lru_cache(maxsize=65536)
def _diagonal(j: int, m: int, n: int) -> tuple[float, ...]:
    """p(a_j = i) of fast_align's prior for target word ``j`` of ``n`` and a source of ``m``
    words: NULL first, then the source positions."""
    weights = [math.exp(-DIAGONAL_TENSION * abs((i + 0.5) / m - (j + 0.5) / n)) for i in range(m)]
    scale = (1.0 - NULL_PROB) / sum(weights)
    return (NULL_PROB, *(weight * scale for weight in weights))


def _train(pairs: _Pairs, iterations: int, model: Model) -> dict[int, dict[int, float]]:
    """EM for ``t[source][target]`` = p(target | source), NULL as source 0."""
    t = _uniform(pairs)
    for _ in range(iterations):
        counts: dict[int, dict[int, float]] = {s: dict.fromkeys(row, 0.0) for s, row in t.items()}
        for source, target in pairs:
            sources = (_NULL, *source)
            rows = [t[s] for s in sources]
            count_rows = [counts[s] for s in sources]
            m, n = len(source), len(target)
            for j, w in enumerate(target):
                if model == "diagonal":
                    shares = [p * row[w] for p, row in zip(_diagonal(j, m, n), rows, strict=True)]
                else:
                    shares = [row[w] for row in rows]
                denominator = sum(shares)
                if denominator <= 0.0:
                    continue
                for share, count_row in zip(shares, count_rows, strict=True):
                    count_row[w] += share / denominator
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
    model: Model = "diagonal",
) -> list[LearnedEntry]:
    """Learn uk→en lemma pairs from line-aligned text, training ``model`` in both directions.

    Args:
        uk_lines: Ukrainian lines; line *i* renders English line *i*.
        en_lines: English lines, as many as Ukrainian ones.
        iterations: EM iterations per direction (≥ 1).
        min_prob: the least geometric mean of ``t(en|uk)`` and ``t(uk|en)`` kept, in (0, 1].
        min_count: the least number of line pairs in which a kept pair co-occurs (≥ 1).
        model: ``"diagonal"`` (IBM Model 1 with fast_align's diagonal prior) or ``"ibm1"``.

    Returns:
        The kept pairs, best first: by ``prob`` descending, then ``count`` descending, then
        ``uk`` and ``en``.

    Raises:
        InputError: the two sides have different numbers of lines, or an option is out of
            range.
    """
    if iterations < 1 or not 0.0 < min_prob <= 1.0 or min_count < 1 or model not in _MODELS:
        raise InputError(
            f"learn needs iterations ≥ 1, 0 < min_prob ≤ 1, min_count ≥ 1 and a model of "
            f"{', '.join(_MODELS)}; got iterations={iterations}, min_prob={min_prob}, "
            f"min_count={min_count}, model={model!r}"
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
    forward = _train(pairs, iterations, model)  # t(en | uk)
    backward = _train([(en, uk) for uk, en in pairs], iterations, model)  # t(uk | en)
    kept = _symmetric(forward, backward, min_prob)
    kept = {
        (u, e): prob
        for (u, e), prob in kept.items()
        if _entry_shaped(uk_vocab.words[u], en_vocab.words[e])
    }
    together = _co_occurrences(pairs, kept)
    entries = [
        LearnedEntry(uk_vocab.words[u], en_vocab.words[e], round(prob, 6), together[(u, e)])
        for (u, e), prob in kept.items()
        if together[(u, e)] >= min_count
    ]
    entries.sort(key=lambda entry: (-entry.prob, -entry.count, entry.uk, entry.en))
    return entries


_MODELS: tuple[Model, ...] = ("diagonal", "ibm1")
_UK_WORD_RE = re.compile(r"[а-яіїєґ]+(?:[’\-][а-яіїєґ]+)*")
_EN_WORD_RE = re.compile(r"[a-z]+(?:['\-][a-z]+)*")


def _entry_shaped(uk: str, en: str) -> bool:
    """Whether a pair can be an entry: a Ukrainian and an English word of two letters or more,
    neither a function word (Latin words inside Ukrainian text match as they are, not here),
    nor an English word that is also an acronym (``us``/``US``, ``who``/``WHO``: lowercased,
    learning cannot tell them apart)."""
    return (
        len(uk) >= 2
        and len(en) >= 2
        and _UK_WORD_RE.fullmatch(uk) is not None
        and _EN_WORD_RE.fullmatch(en) is not None
        and uk not in UK_FUNCTION_WORDS
        and en not in EN_FUNCTION_WORDS
        and not needs_capital(en.upper())
    )


def _symmetric(
    forward: dict[int, dict[int, float]], backward: dict[int, dict[int, float]], min_prob: float
) -> dict[tuple[int, int], float]:
    """The pairs whose geometric mean of ``t(en|uk)`` and ``t(uk|en)`` reaches ``min_prob``."""
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
    return kept


def _co_occurrences(pairs: _Pairs, kept: dict[tuple[int, int], float]) -> Counter[tuple[int, int]]:
    """In how many line pairs each kept pair occurs together."""
    by_uk: dict[int, list[int]] = {}
    for u, e in kept:
        by_uk.setdefault(u, []).append(e)
    together: Counter[tuple[int, int]] = Counter()
    for uk_ids, en_ids in pairs:
        en_set = set(en_ids)
        together.update((u, e) for u in set(uk_ids) if u in by_uk for e in by_uk[u] if e in en_set)
    return together


def write_tsv(entries: Iterable[LearnedEntry], path: str | os.PathLike[str]) -> None:
    """Write learned pairs as ``uk<TAB>en<TAB>prob`` lines, which :func:`load_lexicon` reads.

    Lines are sorted by Ukrainian lemma, then by probability descending, then English lemma, so
    that files diff well; the first line is ``LEARNED_HEADER``, which tells
    :func:`~bilingua.lexicon.load_lexicon` that the file holds learned lemma pairs.

    Args:
        entries: the pairs.
        path: the output file (UTF-8, overwritten).

    Raises:
        InputError: the file cannot be written.
    """
    ordered = sorted(entries, key=lambda entry: (entry.uk, -entry.prob, entry.en))
    lines = [LEARNED_HEADER]
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
    model: Model = "diagonal",
) -> int:
    """Learn from two line-aligned UTF-8 files and write the lexicon with :func:`write_tsv`.

    Args:
        uk_path: the Ukrainian side.
        en_path: the English side, line *i* rendering Ukrainian line *i*.
        out_path: where to write the TSV.
        iterations: as for :func:`learn`.
        min_prob: as for :func:`learn`.
        min_count: as for :func:`learn`.
        model: as for :func:`learn`.

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
        uk_lines,
        en_lines,
        iterations=iterations,
        min_prob=min_prob,
        min_count=min_count,
        model=model,
    )
    write_tsv(entries, out_path)
    return len(entries)
