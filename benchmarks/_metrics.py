"""Character-level scores of language labelling against gold spans. Pure functions.

Only letters (``str.isalpha()``) that lie inside a gold span count; punctuation, spaces, digits
and text outside every gold span (attributions, quotation marks) are ignored. A rate whose
denominator is zero is ``nan``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

__all__ = ["Confusion", "LangSpan", "char_labels", "confusion", "metrics", "score"]

#: ``(gold label, predicted label) -> letter count``; predicted is None where nothing was said.
Confusion = Counter[tuple[str, str | None]]


class LangSpan(Protocol):
    """Anything with ``start``/``end`` offsets and a ``lang`` code (GoldSpan, Segment…)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def lang(self) -> str: ...


def char_labels(text: str, spans: Iterable[LangSpan]) -> list[str | None]:
    """The language of every character of ``text``: its span's ``lang``, or None outside spans.

    Where spans overlap, the later one wins.

    Raises:
        ValueError: a span lies outside the text or ends before it starts.
    """
    labels: list[str | None] = [None] * len(text)
    for span in spans:
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError(f"span {span.start}..{span.end} is outside a text of {len(text)}")
        labels[span.start : span.end] = [span.lang] * (span.end - span.start)
    return labels


def confusion(
    gold_labels: Sequence[str | None], pred_labels: Sequence[str | None], text: str
) -> Confusion:
    """Count ``(gold, predicted)`` over the letters of ``text`` that have a gold label."""
    if not len(gold_labels) == len(pred_labels) == len(text):
        raise ValueError(
            f"label lists ({len(gold_labels)}, {len(pred_labels)}) do not match "
            f"the text length {len(text)}"
        )
    return Counter(
        (gold, pred)
        for gold, pred, char in zip(gold_labels, pred_labels, text, strict=True)
        if gold is not None and char.isalpha()
    )


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else math.nan


def _f1(precision: float, recall: float) -> float:
    if math.isnan(precision) or math.isnan(recall):
        return math.nan
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _prf(counts: Mapping[tuple[str, str | None], int], lang: str) -> dict[str, float]:
    true_pos = counts.get((lang, lang), 0)
    predicted = sum(n for (_, pred), n in counts.items() if pred == lang)
    actual = sum(n for (gold, _), n in counts.items() if gold == lang)
    precision, recall = _ratio(true_pos, predicted), _ratio(true_pos, actual)
    return {
        f"{lang}_precision": precision,
        f"{lang}_recall": recall,
        f"{lang}_f1": _f1(precision, recall),
    }


def _share(counts: Mapping[tuple[str, str | None], int], gold: str, pred: str) -> float:
    """The share of gold-``gold`` letters labelled ``pred``."""
    actual = sum(n for (g, _), n in counts.items() if g == gold)
    return _ratio(counts.get((gold, pred), 0), actual)


def metrics(counts: Mapping[tuple[str, str | None], int]) -> dict[str, float]:
    """Scores from a confusion count (which may sum several documents).

    Returns:
        ``uk_f1``, ``uk_precision``, ``uk_recall``, the same for ``en``, ``ru_as_uk`` (share of
        gold-Russian letters labelled uk), ``cs_as_en`` (share of gold-Czech letters labelled
        en) and ``letters`` (letters counted).
    """
    return {
        **_prf(counts, "uk"),
        **_prf(counts, "en"),
        "ru_as_uk": _share(counts, "ru", "uk"),
        "cs_as_en": _share(counts, "cs", "en"),
        "letters": float(sum(counts.values())),
    }


def score(
    gold_labels: Sequence[str | None], pred_labels: Sequence[str | None], text: str
) -> dict[str, float]:
    """Scores of ``pred_labels`` against ``gold_labels`` over the letters of ``text``.

    See :func:`metrics` for the keys.
    """
    return metrics(confusion(gold_labels, pred_labels, text))
