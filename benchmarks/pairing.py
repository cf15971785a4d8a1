"""Pairing and alignment: in-document pairs, two-document alignment, lexicon coverage.

    python benchmarks/pairing.py [--docs N] [--seed S] [--runon SHARE] [--backend rules|stanza]
    python benchmarks/pairing.py --sample-links 50       # also print word links to judge by hand
    python benchmarks/pairing.py --failures 10           # also print failure examples

1. **In-document pairing** on generated documents (``benchmarks/_corpus.py``): one to three
   Ukrainian passages (WMT22 uk-en) with their English reference as a rendering, before or after,
   quoted or as a bare paragraph, sometimes partial; Ukrainian passages without a rendering;
   Russian and Czech distractors; embed signatures and reporting clauses; ``--runon`` (0.3) of
   the Ukrainian passages written with their renderings without sentence-final punctuation, on
   one line or line by line. Scores ``bilingua.analyze``: pair P/R/F1, sentence links inside
   correct pairs (also as line pairs, punctuated and run-on passages apart), attribution.
2. **Two-document mode** on NTREX-128: per document, the Ukrainian and the English lines with
   adjacent lines joined on some positions (gold 1-2 and 2-1 links); ``align_documents`` against
   its Gale–Church length-only baseline (``lexical=False``).
3. **Lexicon coverage** of Ukrainian content words (NTREX-128, WMT22 uk-en).

Needs ``../shared`` (or ``$BILINGUA_SHARED``); without it the script says so and exits with 0.
With ``--backend stanza`` the models come from ``--models`` (default ``$BILINGUA_STANZA_DIR``,
else ``../shared/models/stanza``).
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import (
    GoldDoc,
    GoldPair,
    GoldSpan,
    SharedDataMissing,
    Style,
    load_parallel,
    make_documents,
    parallel_dir,
    shared_dir,
)
from benchmarks._machine import cpu_name, version_of
from bilingua.errors import ModelsNotInstalled, StanzaNotInstalled

TARGET_PAIR_F1 = 0.97
TARGET_LINK_F1 = 0.97
TARGET_LINE_F1 = {"punctuated": 0.98, "run-on": 0.95}  # line-pair link F1 by layout
TWO_DOC_CORPUS = "ntrex128.en-uk"
COVERAGE_CORPORA = ("ntrex128.en-uk", "wmt22.uk-en")

#: What the in-document documents hold (see ``CorpusOptions``).
PAIRING_OPTIONS: dict[str, Any] = {
    "with_renderings": True,
    "uk_passages": (1, 3),  # passages with a rendering
    "unrendered": (0, 1),  # Ukrainian passages without one
    "distractors": (0, 2),
    "partial_share": 0.3,
    "plain_rendering_share": 0.35,
    "one_sentence_lines": True,  # every line one sentence: exact gold sentence links
    "one_speaker": True,
    "no_double_marks": True,
    "runon_share": 0.3,  # passages and renderings without end punctuation (``--runon``)
}

PAIR_RULE = (
    "A predicted pair is correct when its Ukrainian side overlaps the gold Ukrainian passage by "
    "≥ 50 % of the shorter of the two spans and its English side overlaps the gold rendering "
    "likewise; pairs are matched one to one"
)
LINK_RULE = (
    "A predicted sentence link is correct when its Ukrainian side overlaps the gold Ukrainian "
    "sentence by ≥ 50 % of the longer of the two spans and its English side the gold English "
    "sentence likewise (so a link that merges two sentences of similar length is wrong); "
    "links are matched one to one; only pairs found correctly count"
)
LINE_RULE = (
    "Line-pair link F1 (as ../shared/eval/score.py counts it): a predicted link stands for every "
    "(uk line, en line) pair it touches, the gold for one pair per rendered line; a link over "
    "two lines on each side is four pairs, two of them wrong"
)
TWO_DOC_RULE = (
    "predicted links are mapped to the lines they touch and merged where they share a line; a "
    "link is correct when it has exactly the Ukrainian lines and the English lines of a gold "
    "link. Soft F1: over the (uk line, en line) pairs that links imply"
)

# Function words of three letters or more; shorter words are not content words anyway.
UK_STOP = frozenset(
    """
    але або для про від під над між через після перед при без біля серед щодо поки
    він вона воно вони його її їх їхній їхня їхні ним нею ними них нього неї ній нам вам нас
    вас мене тебе себе собі мені тобі йому їй їм свій своя своє свої наш наша наше наші ваш
    мій моя моє мої твій цей ця це ці цього цієї цих цьому цим той та те ті того тієї тих
    тому тим який яка яке які якого якої яких якому яким якій хто що чого чому чим
    був була було були бути буде будуть буду є також ще вже лише тільки навіть саме тобто
    бо адже хоча проте однак тощо якщо коли щоб там тут так дуже ось теж чи
    """.split()
)

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_BREAK_RE = re.compile(r"\n[^\S\n]*\n")

Span2 = tuple[int, int]


# --------------------------------------------------------------------------- small helpers


def _overlap(a: Span2, b: Span2) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _close_shorter(a: Span2, b: Span2) -> bool:
    """Overlap of at least half the shorter span."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and _overlap(a, b) >= 0.5 * shorter


def _close_longer(a: Span2, b: Span2) -> bool:
    """Overlap of at least half the longer span."""
    longer = max(a[1] - a[0], b[1] - b[0])
    return longer > 0 and _overlap(a, b) >= 0.5 * longer


@dataclass
class Counts:
    """True positives, predictions and gold items; P/R/F1 from them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else math.nan

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else math.nan

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if math.isnan(p) or math.isnan(r):
            return math.nan
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _number(value: float, digits: int = 4) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def _percent(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{100 * value:.1f} %"


def _verdict(value: float, target: float) -> str:
    return "PASS" if not math.isnan(value) and value >= target else "FAIL"


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _match(
    predicted: Sequence[tuple[Span2, Span2]],
    gold: Sequence[tuple[Span2, Span2]],
    close: Callable[[Span2, Span2], bool],
) -> list[int | None]:
    """For each prediction (in the given order), the gold item it matches, one to one."""
    taken: set[int] = set()
    result: list[int | None] = []
    for uk, en in predicted:
        hit = next(
            (
                k
                for k, (gold_uk, gold_en) in enumerate(gold)
                if k not in taken and close(uk, gold_uk) and close(en, gold_en)
            ),
            None,
        )
        if hit is not None:
            taken.add(hit)
        result.append(hit)
    return result


def _paragraph_distance(text: str, a: Span2, b: Span2) -> int:
    first, second = sorted((a, b))
    return len(_BREAK_RE.findall(text, first[1], max(first[1], second[0])))


# --------------------------------------------------------------------------- 1. in-document


@dataclass
class PredPair:
    """A predicted pair seen from the Ukrainian side."""

    uk: Span2
    en: Span2
    score: float
    links: list[tuple[Span2, Span2]]
    words: list[tuple[Span2, Span2, str, float]]
    handle: str | None
    date: Any
    speaker: str | None


def _oriented(pair: Any) -> PredPair:
    swap = pair.source.lang != "uk"
    uk, en = (pair.target, pair.source) if swap else (pair.source, pair.target)

    def side(link: Any) -> tuple[Span2, Span2]:
        a, b = (link.target, link.source) if swap else (link.source, link.target)
        return (a.start, a.end), (b.start, b.end)

    words = []
    for word in pair.words:
        a, b = side(word)
        words.append((a, b, word.via, word.score))
    attribution = pair.attribution
    return PredPair(
        (uk.start, uk.end),
        (en.start, en.end),
        pair.score,
        [side(link) for link in pair.sentences],
        words,
        attribution.handle if attribution else None,
        attribution.date if attribution else None,
        attribution.speaker if attribution else None,
    )


@dataclass
class DocResult:
    doc: GoldDoc
    predicted: list[PredPair]
    matches: list[int | None]  # per prediction, index of the gold pair
    sentences: list[Any]  # the document's annotated sentences
    seconds: float


@dataclass
class InDocReport:
    pairs: Counts = field(default_factory=Counts)
    strict_pairs: Counts = field(default_factory=Counts)  # ≥ 50 % of the longer span
    links: Counts = field(default_factory=Counts)
    links_all: Counts = field(default_factory=Counts)  # over every gold pair (missed pairs too)
    line_pairs: dict[str, Counts] = field(default_factory=dict)  # by layout, see LINE_RULE
    handle_date: Counts = field(default_factory=Counts)  # tp = both right, gold = pairs with them
    speaker: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    false_positive_kinds: Counter[str] = field(default_factory=Counter)
    word_links_in_gold_link: Counts = field(default_factory=Counts)
    seconds: float = 0.0
    chars: int = 0
    docs: int = 0


def _rendering_kind(pair: GoldPair) -> str:
    return "bare paragraph" if pair.target.style is Style.PLAIN else "quoted"


def _size_kind(pair: GoldPair) -> str:
    lines = pair.source.origin.stop - pair.source.origin.start if pair.source.origin else 1
    if len(pair.sentences) < lines:
        return f"partial rendering ({len(pair.sentences)} of {lines} sentences)"
    return "multi-sentence" if lines > 1 else "one sentence"


def layout_kind(pair: GoldPair) -> str:
    """How the passage is written: "punctuated", "run-on, one line" or "run-on, line per line"."""
    origin = pair.source.origin
    if origin is None or not origin.runon:
        return "punctuated"
    return "run-on, line per line" if origin.separator == "\n" else "run-on, one line"


def line_pair_counts(
    predicted: Sequence[tuple[Span2, Span2]], gold: Sequence[tuple[Span2, Span2]]
) -> tuple[int, int, int]:
    """True positives, predicted and gold (uk line, en line) pairs under :data:`LINE_RULE`."""
    expected = {(i, i) for i in range(len(gold))}
    implied: set[tuple[int, int]] = set()
    for uk, en in predicted:
        uk_lines = [i for i, (line, _) in enumerate(gold) if _overlap(uk, line)]
        en_lines = [j for j, (_, line) in enumerate(gold) if _overlap(en, line)]
        implied |= {(i, j) for i in uk_lines for j in en_lines}
    return len(expected & implied), len(implied), len(expected)


def _length_kind(chars: int) -> str:
    return "uk < 60 chars" if chars < 60 else "uk 60–119 chars" if chars < 120 else "uk ≥ 120 chars"


def _gold_kinds(pair: GoldPair) -> list[str]:
    """The categories a gold pair belongs to, for the breakdown table."""
    source, target = pair.source, pair.target
    kinds = [
        f"uk {source.style.value if source.style else '?'}",
        f"rendering {_rendering_kind(pair)}",
        _size_kind(pair).split(" (")[0],
        "rendering before" if target.start < source.start else "rendering after",
        _length_kind(source.end - source.start),
        layout_kind(pair),
    ]
    if pair.attribution and pair.attribution.handle:
        kinds.append("with embed signature")
    return kinds


def _false_positive_kind(doc: GoldDoc, pred: PredPair) -> str:
    for gold in doc.pairs:
        if _close_shorter(pred.uk, (gold.source.start, gold.source.end)):
            return "gold passage, wrong English side"
    for span in doc.passages():
        if _close_shorter(pred.uk, (span.start, span.end)):
            if span.lang == "uk":
                return "Ukrainian passage without a rendering"
            return f"{span.lang} distractor taken for Ukrainian"
    return "Ukrainian side is no gold passage"


def _speaker_ok(predicted: str | None, names: Iterable[str | None]) -> bool:
    if not predicted:
        return False
    key = " ".join(predicted.casefold().split())
    return any(name and key == " ".join(name.casefold().split()) for name in names)


def run_in_document(docs: Sequence[GoldDoc], backend: str) -> tuple[InDocReport, list[DocResult]]:
    import bilingua

    bilingua.analyze(docs[0].text, backend=backend)  # warm-up: lexicon, models
    report = InDocReport(docs=len(docs))
    results: list[DocResult] = []
    for doc in docs:
        started = time.perf_counter()
        analysed = bilingua.analyze(doc.text, backend=backend)
        seconds = time.perf_counter() - started
        report.seconds += seconds
        report.chars += len(doc.text)
        predicted = sorted((_oriented(p) for p in analysed.pairs), key=lambda p: -p.score)
        gold = [((g.source.start, g.source.end), (g.target.start, g.target.end)) for g in doc.pairs]
        matches = _match([(p.uk, p.en) for p in predicted], gold, _close_shorter)
        results.append(DocResult(doc, predicted, matches, list(analysed.sentences), seconds))
        _score_document(report, doc, predicted, matches)
    return report, results


def _score_document(
    report: InDocReport, doc: GoldDoc, predicted: list[PredPair], matches: list[int | None]
) -> None:
    found = {k: pred for pred, k in zip(predicted, matches, strict=True) if k is not None}
    report.pairs.add(len(found), len(predicted), len(doc.pairs))
    gold_sides = [
        ((g.source.start, g.source.end), (g.target.start, g.target.end)) for g in doc.pairs
    ]
    strict = _match([(p.uk, p.en) for p in predicted], gold_sides, _close_longer)
    report.strict_pairs.add(sum(k is not None for k in strict), len(predicted), len(doc.pairs))
    for pred, k in zip(predicted, matches, strict=True):
        if k is None:
            report.false_positive_kinds[_false_positive_kind(doc, pred)] += 1
    for k, gold in enumerate(doc.pairs):
        for kind in _gold_kinds(gold):
            report.by_kind.setdefault(kind, Counts()).add(int(k in found), 0, 1)
        gold_links = [((a.start, a.end), (b.start, b.end)) for a, b in gold.sentences]
        pred = found.get(k)
        if pred is None:
            report.links_all.add(0, 0, len(gold_links))
        else:
            layout = report.line_pairs.setdefault(layout_kind(gold), Counts())
            layout.add(*line_pair_counts(pred.links, gold_links))
            hits = _match(pred.links, gold_links, _close_longer)
            tp = sum(hit is not None for hit in hits)
            report.links.add(tp, len(pred.links), len(gold_links))
            report.links_all.add(tp, len(pred.links), len(gold_links))
            for uk, en, _, _ in pred.words:
                inside = any(_overlap(uk, a) and _overlap(en, b) for a, b in gold_links)
                report.word_links_in_gold_link.add(int(inside), 1, 0)
        attribution = gold.attribution
        if pred is not None and attribution is not None:
            if attribution.handle and attribution.date:
                right = pred.handle == attribution.handle and pred.date == attribution.date
                report.handle_date.add(int(right), 0, 1)
            if attribution.speaker:
                names = (attribution.speaker, attribution.speaker_en)
                report.speaker.add(int(_speaker_ok(pred.speaker, names)), 0, 1)
    for pred, k in zip(predicted, matches, strict=True):  # predicted links outside gold pairs
        if k is None:
            report.links_all.add(0, len(pred.links), 0)


def in_document_tables(report: InDocReport) -> str:
    p, link = report.pairs, report.links
    docs_per_s = report.docs / report.seconds if report.seconds else math.nan
    kchars = report.chars / report.seconds / 1000 if report.seconds else math.nan
    lines = [
        "### 1. In-document pairing (`bilingua.analyze`)",
        "",
        "| measure | value | P | R | counts | target |",
        "| --- | ---: | ---: | ---: | --- | --- |",
        f"| pair F1 | {_number(p.f1)} {_verdict(p.f1, TARGET_PAIR_F1)} | {_number(p.precision)} "
        f"| {_number(p.recall)} | {p.tp} right of {p.predicted} predicted, {p.gold} gold "
        f"| ≥ {TARGET_PAIR_F1} |",
        f"| pair F1, strict (≥ 50 % of the longer span) | {_number(report.strict_pairs.f1)} "
        f"| {_number(report.strict_pairs.precision)} | {_number(report.strict_pairs.recall)} "
        f"| {report.strict_pairs.tp} right |  |",
        f"| sentence-link F1 (correct pairs) | {_number(link.f1)} "
        f"{_verdict(link.f1, TARGET_LINK_F1)} | {_number(link.precision)} "
        f"| {_number(link.recall)} | {link.tp} right of {link.predicted} predicted, "
        f"{link.gold} gold | ≥ {TARGET_LINK_F1} |",
        f"| sentence-link F1 (all gold pairs) | {_number(report.links_all.f1)} "
        f"| {_number(report.links_all.precision)} | {_number(report.links_all.recall)} "
        f"| {report.links_all.tp} / {report.links_all.predicted} / {report.links_all.gold} |  |",
        f"| attribution: handle and date | {_number(report.handle_date.recall)} |  |  "
        f"| {report.handle_date.tp} of {report.handle_date.gold} correct pairs with a signature "
        "|  |",
        f"| attribution: speaker | {_number(report.speaker.recall)} |  |  "
        f"| {report.speaker.tp} of {report.speaker.gold} correct pairs naming a speaker |  |",
        f"| word links inside a gold sentence link | "
        f"{_number(report.word_links_in_gold_link.precision)} |  |  "
        f"| {report.word_links_in_gold_link.tp} of {report.word_links_in_gold_link.predicted} "
        "(correct pairs; an upper bound on word-link precision) |  |",
        *_line_pair_rows(report),
        f"| speed | {docs_per_s:.1f} docs/s |  |  | {kchars:.1f} kchars/s, "
        f"{report.seconds:.1f} s for {report.docs} docs |  |",
        "",
        f"Rules: {PAIR_RULE}. {LINK_RULE}. {LINE_RULE}.",
        "",
        "| gold pairs by kind | recall | found / gold |",
        "| --- | ---: | ---: |",
        *(
            f"| {kind} | {_number(c.recall, 3)} | {c.tp} / {c.gold} |"
            for kind, c in sorted(report.by_kind.items())
        ),
    ]
    if report.false_positive_kinds:
        lines += [
            "",
            "| wrong predicted pairs: Ukrainian side is… | count |",
            "| --- | ---: |",
            *(f"| {kind} | {n} |" for kind, n in report.false_positive_kinds.most_common()),
        ]
    return "\n".join(lines)


def line_pair_f1(report: InDocReport, group: str) -> Counts:
    """Line-pair link counts of punctuated passages, or of run-on ones (both layouts)."""
    total = Counts()
    for layout, counts in report.line_pairs.items():
        if (layout == "punctuated") == (group == "punctuated"):
            total.add(counts.tp, counts.predicted, counts.gold)
    return total


def _line_pair_rows(report: InDocReport) -> list[str]:
    rows = []
    for group, target in TARGET_LINE_F1.items():
        c = line_pair_f1(report, group)
        if not c.gold:
            continue  # no such passages (``--runon 0``)
        rows.append(
            f"| line-pair link F1, {group} passages | {_number(c.f1)} {_verdict(c.f1, target)} "
            f"| {_number(c.precision)} | {_number(c.recall)} | {c.tp} right of {c.predicted} "
            f"implied, {c.gold} gold | ≥ {target} |"
        )
    for layout, c in sorted(report.line_pairs.items()):
        if layout != "punctuated":
            rows.append(
                f"| line-pair link F1, {layout} | {_number(c.f1)} | {_number(c.precision)} "
                f"| {_number(c.recall)} | {c.tp} / {c.predicted} / {c.gold} |  |"
            )
    return rows


# --------------------------------------------------------------------------- 1b. diagnostics


class Diagnoser:
    """Why a gold pair was missed: candidates, word coverage, length ratio, distance, score.

    Uses ``bilingua.pair.candidates`` and ``score_pair`` as the pipeline does, with the
    candidates annotated on their own (the pipeline annotates merged passages, so a score can
    differ slightly).
    """

    def __init__(self, backend: str) -> None:
        from bilingua import nlp
        from bilingua.pipeline import matcher_for

        self.nlp = nlp
        self.backend = backend
        self.matcher = matcher_for()

    def sentences(self, text: str, span: Span2, lang: str) -> list[Any]:
        return self.nlp.annotate(text, [self.nlp.Passage(span[0], span[1], lang)], self.backend)

    def coverage(self, text: str, uk: Span2, en: Span2) -> tuple[float, float]:
        """Share of uk content words with an English counterpart in ``en``, and the reverse."""
        from bilingua.match import WordView, content_words

        uk_words = [
            WordView.of(t)
            for s in self.sentences(text, uk, "uk")
            for t in content_words(s.tokens, "uk")
        ]
        en_words = [
            WordView.of(t)
            for s in self.sentences(text, en, "en")
            for t in content_words(s.tokens, "en")
        ]
        if not uk_words or not en_words:
            return 0.0, 0.0
        grid = [[self.matcher.score(u, e)[0] for e in en_words] for u in uk_words]
        cover_uk = sum(max(row) for row in grid) / len(uk_words)
        cover_en = sum(max(col) for col in zip(*grid, strict=True)) / len(en_words)
        return cover_uk, cover_en

    def missed(self, result: DocResult, gold: GoldPair) -> dict[str, Any]:
        import bilingua
        from bilingua.pair import _THRESHOLD, candidates, score_pair

        text = result.doc.text
        uk, en = (gold.source.start, gold.source.end), (gold.target.start, gold.target.end)
        analysed = bilingua.analyze(text, backend=self.backend)
        uk_cands, en_cands = candidates(text, analysed.segments, analysed.quotes)
        uk_cand = max(uk_cands, key=lambda c: _overlap((c.start, c.end), uk), default=None)
        en_cand = max(en_cands, key=lambda c: _overlap((c.start, c.end), en), default=None)
        cover_uk, cover_en = self.coverage(text, uk, en)
        info: dict[str, Any] = {
            "cover_uk": cover_uk,
            "cover_en": cover_en,
            "ratio": (en[1] - en[0]) / max(uk[1] - uk[0], 1),
            "distance": _paragraph_distance(text, uk, en),
            "score": math.nan,
            "threshold": _THRESHOLD,
        }
        rival_en = next((p for p in result.predicted if _close_shorter(p.uk, uk)), None)
        rival_uk = next((p for p in result.predicted if _close_shorter(p.en, en)), None)
        info["uk_paired_with"] = text[rival_en.en[0] : rival_en.en[1]] if rival_en else None
        info["en_paired_with"] = text[rival_uk.uk[0] : rival_uk.uk[1]] if rival_uk else None
        for side, cand, span in (("Ukrainian passage", uk_cand, uk), ("rendering", en_cand, en)):
            covered = _overlap((cand.start, cand.end), span) if cand else 0
            if covered >= 0.5 * (span[1] - span[0]):
                continue
            if covered:
                info["signal"] = (
                    f"candidate construction (the best {side} candidate covers "
                    f"{covered / (span[1] - span[0]):.0%} of it)"
                )
                info["closest_candidate"] = text[cand.start : cand.end] if cand else None
            else:
                info["signal"] = f"candidate construction (no {side} candidate)"
            return info
        assert uk_cand is not None and en_cand is not None
        info["score"] = score_pair(
            text,
            uk_cand,
            en_cand,
            self.sentences(text, (uk_cand.start, uk_cand.end), "uk"),
            self.sentences(text, (en_cand.start, en_cand.end), "en"),
            self.matcher,
        )
        info["shortlisted"] = self._shortlisted(text, uk_cands, en_cands, uk_cand, en_cand)
        info["signal"] = self._signal(info)
        return info

    @staticmethod
    def _shortlisted(
        text: str, uk_cands: Sequence[Any], en_cands: Sequence[Any], uk: Any, en: Any
    ) -> bool | None:
        """Whether the pipeline's pre-filter (``bilingua.pair.shortlist``, if any) keeps it."""
        from bilingua import pair as pairing
        from bilingua.lexicon import default_lexicon

        pick = getattr(pairing, "shortlist", None)
        if pick is None:
            return None
        return (uk, en) in pick(text, uk_cands, en_cands, default_lexicon())

    @staticmethod
    def _signal(info: dict[str, Any]) -> str:
        if info["score"] >= info["threshold"]:
            if info["shortlisted"] is False:
                return "shortlist (would score above the threshold; the pre-filter dropped it)"
            if info["uk_paired_with"] or info["en_paired_with"]:
                return "competition (scored above the threshold, a side went to another pair)"
            return "dropped after scoring (above the threshold, yet not in the output)"
        reasons = []
        if max(info["cover_uk"], info["cover_en"]) < 0.45:
            reasons.append("lexicon coverage")
        if not 0.6 <= info["ratio"] / 0.95 <= 1.6:
            reasons.append("length ratio")
        if info["distance"] > 1:
            reasons.append("distance")
        return " + ".join(reasons) or "score below threshold (several weak signals)"


def _gold_line_ok(sentences: Sequence[Any], line: GoldSpan) -> bool:
    """Some annotated sentence covers this gold line (≥ 50 % of the longer)."""
    return any(
        s.lang == line.lang and _close_longer((s.start, s.end), (line.start, line.end))
        for s in sentences
    )


def failure_examples(results: Sequence[DocResult], backend: str, limit: int) -> str:
    """Missed pairs, wrong pairs and wrong sentence links, with the signal that failed."""
    diagnoser = Diagnoser(backend)
    missed: list[str] = []
    signals: Counter[str] = Counter()
    wrong: list[str] = []
    wrong_links: list[str] = []
    link_signals: Counter[str] = Counter()
    attributions: list[str] = []
    for result in results:
        text = result.doc.text
        found = {k for k in result.matches if k is not None}
        for k, gold in enumerate(result.doc.pairs):
            if k in found:
                continue
            info = diagnoser.missed(result, gold)
            signals[info["signal"].split(" (")[0]] += 1
            if len(missed) < limit:
                missed.append(_missed_entry(text, gold, info))
        for pred, k in zip(result.predicted, result.matches, strict=True):
            if k is None and len(wrong) < limit:
                wrong.append(_wrong_entry(result.doc, pred, diagnoser))
        for pred, k in zip(result.predicted, result.matches, strict=True):
            if k is None:
                continue
            gold = result.doc.pairs[k]
            entry, signal = _link_entry(text, gold, pred, result.sentences)
            if entry:
                link_signals[signal] += 1
                if len(wrong_links) < limit:
                    wrong_links.append(entry)
            entry = _attribution_entry(text, gold, pred)
            if entry and len(attributions) < limit:
                attributions.append(entry)
    lines = [
        "### Failure examples",
        "",
        "Missed gold pairs by failing signal: "
        + ", ".join(f"{name} {n}" for name, n in signals.most_common())
        + ".",
    ]
    lines += [
        "",
        "Pairs with wrong sentence links by cause: "
        + ", ".join(f"{name} {n}" for name, n in link_signals.most_common())
        + ".",
    ]
    for title, entries in (
        ("Missed gold pairs", missed),
        ("Wrong predicted pairs", wrong),
        ("Wrong sentence links (in correct pairs)", wrong_links),
        ("Wrong attributions (in correct pairs)", attributions),
    ):
        lines += ["", f"#### {title}", "", *(entries or ["none"])]
    return "\n".join(lines)


def _attribution_entry(text: str, gold: GoldPair, pred: PredPair) -> str:
    expected = gold.attribution
    if expected is None:
        return ""
    signature_ok = not (expected.handle and expected.date) or (
        pred.handle == expected.handle and pred.date == expected.date
    )
    speaker_ok = not expected.speaker or _speaker_ok(
        pred.speaker, (expected.speaker, expected.speaker_en)
    )
    if signature_ok and speaker_ok:
        return ""

    def around(span: GoldSpan) -> str:
        return _short(text[max(0, span.start - 100) : span.end + 100].replace("\n\n", " ¶ "), 300)

    return "\n".join(
        [
            f"- gold: {expected.speaker!r} {expected.handle} {expected.date} — predicted: "
            f"{pred.speaker!r} {pred.handle} {pred.date}",
            f"  - around the uk passage: {around(gold.source)}",
            f"  - around the rendering: {around(gold.target)}",
        ]
    )


def _missed_entry(text: str, gold: GoldPair, info: dict[str, Any]) -> str:
    uk = text[gold.source.start : gold.source.end]
    en = text[gold.target.start : gold.target.end]
    style = gold.source.style.value if gold.source.style else "?"
    lines = [
        f"- **{info['signal']}** — uk {style}, rendering {_rendering_kind(gold)}, "
        f"{_size_kind(gold)}; "
        f"coverage uk {info['cover_uk']:.2f} / en {info['cover_en']:.2f}, "
        f"en/uk chars {info['ratio']:.2f}, {info['distance']} paragraph break(s), "
        f"score {_number(info['score'], 3)} (threshold {info['threshold']})",
        f"  - uk: {_short(uk)}",
        f"  - en (gold): {_short(en)}",
    ]
    if info.get("closest_candidate"):
        lines.append(f"  - closest candidate: {_short(info['closest_candidate'])}")
    if info["uk_paired_with"]:
        lines.append(f"  - uk was paired with: {_short(info['uk_paired_with'])}")
    if info["en_paired_with"]:
        lines.append(f"  - gold en was paired with: {_short(info['en_paired_with'])}")
    return "\n".join(lines)


def _wrong_entry(doc: GoldDoc, pred: PredPair, diagnoser: Diagnoser) -> str:
    text = doc.text
    kind = _false_positive_kind(doc, pred)
    cover_uk, cover_en = diagnoser.coverage(text, pred.uk, pred.en)
    gold = next(
        (g for g in doc.pairs if _close_shorter(pred.uk, (g.source.start, g.source.end))), None
    )
    lines = [
        f"- **{kind}** — score {pred.score:.3f}, coverage uk {cover_uk:.2f} / en {cover_en:.2f}, "
        f"{_paragraph_distance(text, pred.uk, pred.en)} paragraph break(s)",
        f"  - uk: {_short(text[pred.uk[0] : pred.uk[1]])}",
        f"  - en (predicted): {_short(text[pred.en[0] : pred.en[1]])}",
    ]
    if gold is not None:
        lines.append(f"  - en (gold): {_short(text[gold.target.start : gold.target.end])}")
    return "\n".join(lines)


def _link_entry(
    text: str, gold: GoldPair, pred: PredPair, sentences: Sequence[Any]
) -> tuple[str, str]:
    gold_links = [((a.start, a.end), (b.start, b.end)) for a, b in gold.sentences]
    hits = _match(pred.links, gold_links, _close_longer)
    if all(hit is not None for hit in hits) and len(pred.links) == len(gold_links):
        return "", ""
    split_ok = all(_gold_line_ok(sentences, a) for a, _ in gold.sentences) and all(
        _gold_line_ok(sentences, b) for _, b in gold.sentences
    )
    lines_uk = (gold.source.origin.stop - gold.source.origin.start) if gold.source.origin else 1
    partial = len(gold.sentences) < lines_uk
    truncated = not (
        _close_longer(pred.uk, (gold.source.start, gold.source.end))
        and _close_longer(pred.en, (gold.target.start, gold.target.end))
    )
    if truncated:
        signal = "pair side truncated (candidate construction: a side covers < 50 % of gold)"
    elif not split_ok:
        signal = "sentence splitting (annotated sentences ≠ gold lines)"
    elif partial:
        signal = "partial rendering (unrendered uk sentence linked or merged)"
    else:
        signal = "sentence alignment (length / lexical cost)"
    out = [
        f"- **{signal}** — {len(gold_links)} gold link(s), {len(pred.links)} predicted",
        f"  - pair: {_short(text[pred.uk[0] : pred.uk[1]], 60)} ⇄ "
        f"{_short(text[pred.en[0] : pred.en[1]], 60)}",
    ]
    for a, b in gold_links:
        out.append(f"  - gold: {_short(text[a[0] : a[1]], 60)} ⇄ {_short(text[b[0] : b[1]], 60)}")
    for (a, b), hit in zip(pred.links, hits, strict=True):
        mark = "ok" if hit is not None else "WRONG"
        out.append(
            f"  - pred {mark}: {_short(text[a[0] : a[1]], 60)} ⇄ {_short(text[b[0] : b[1]], 60)}"
        )
    return "\n".join(out), signal.split(" (")[0]


def sample_word_links(results: Sequence[DocResult], count: int, seed: int) -> str:
    links = []
    for result in results:
        for pred, k in zip(result.predicted, result.matches, strict=True):
            for uk, en, via, score in pred.words:
                links.append((result.doc.text, uk, en, via, score, k is not None))
    if not links:
        return "### Word-link sample\n\nno word links"
    chosen = random.Random(seed).sample(links, min(count, len(links)))
    lines = [
        f"### Word-link sample ({len(chosen)} of {len(links)} links, seed {seed})",
        "",
        "`uk_word → en_word (via, score) | uk context ‖ en context`; * marks a link in a pair "
        "that is not a gold pair. Judge by hand and write the precision into the docs.",
        "",
        "```",
    ]
    for number, (text, uk, en, via, score, right) in enumerate(chosen, 1):
        lines.append(
            f"{number:2}. {text[uk[0] : uk[1]]} → {text[en[0] : en[1]]} ({via}, {score:.2f})"
            f"{'' if right else ' *'} | {_context(text, uk)} ‖ {_context(text, en)}"
        )
    lines.append("```")
    return "\n".join(lines)


def _context(text: str, span: Span2, width: int = 28) -> str:
    lo, hi = max(0, span[0] - width), min(len(text), span[1] + width)
    before = " ".join(text[lo : span[0]].split("\n")[-1:])
    after = text[span[1] : hi].split("\n")[0]
    return f"…{before}[{text[span[0] : span[1]]}]{after}…"


# --------------------------------------------------------------------------- 2. two documents


@dataclass
class TwoDoc:
    docid: str
    uk: list[str]
    en: list[str]
    gold: list[tuple[frozenset[int], frozenset[int]]]


def damaged_documents(seed: int, share: float, limit: int | None) -> list[TwoDoc]:
    """NTREX-128 documents with adjacent uk lines joined on ``share`` of the positions and
    adjacent en lines on another ``share``: gold links become 1-2 or 2-1 (in damaged lines)."""
    parallel = load_parallel(TWO_DOC_CORPUS)
    uk_lines, en_lines, docids = parallel.lines("uk"), parallel.lines("en"), parallel.docids()
    if docids is None:
        raise FileNotFoundError(f"{TWO_DOC_CORPUS}.docids is missing")
    rng = random.Random(seed)
    documents: list[TwoDoc] = []
    start = 0
    for stop in range(1, len(docids) + 1):
        if stop < len(docids) and docids[stop] == docids[start]:
            continue
        uk_doc, en_doc = uk_lines[start:stop], en_lines[start:stop]
        documents.append(_damage(rng, docids[start], uk_doc, en_doc, share))
        start = stop
    return documents[:limit] if limit else documents


def _damage(
    rng: random.Random, docid: str, uk: Sequence[str], en: Sequence[str], share: float
) -> TwoDoc:
    out_uk: list[str] = []
    out_en: list[str] = []
    gold: list[tuple[frozenset[int], frozenset[int]]] = []
    i = 0
    while i < len(uk):
        draw = rng.random()
        u, e = len(out_uk), len(out_en)
        if i + 1 < len(uk) and draw < share:  # one uk line for two en lines
            out_uk.append(f"{uk[i].strip()} {uk[i + 1].strip()}")
            out_en += [en[i].strip(), en[i + 1].strip()]
            gold.append((frozenset({u}), frozenset({e, e + 1})))
            i += 2
        elif i + 1 < len(uk) and draw < 2 * share:  # two uk lines for one en line
            out_uk += [uk[i].strip(), uk[i + 1].strip()]
            out_en.append(f"{en[i].strip()} {en[i + 1].strip()}")
            gold.append((frozenset({u, u + 1}), frozenset({e})))
            i += 2
        else:
            out_uk.append(uk[i].strip())
            out_en.append(en[i].strip())
            gold.append((frozenset({u}), frozenset({e})))
            i += 1
    return TwoDoc(docid, out_uk, out_en, gold)


def _line_of(starts: Sequence[int], ends: Sequence[int], span: Span2) -> set[int]:
    return {k for k, (a, b) in enumerate(zip(starts, ends, strict=True)) if _overlap((a, b), span)}


def _line_bounds(lines: Sequence[str]) -> tuple[list[int], list[int]]:
    starts, ends, offset = [], [], 0
    for line in lines:
        starts.append(offset)
        ends.append(offset + len(line))
        offset += len(line) + 1
    return starts, ends


def predicted_groups(
    doc: TwoDoc, links: Sequence[Any]
) -> list[tuple[frozenset[int], frozenset[int]]]:
    """Links as line groups, merged where two links share a line (union-find)."""
    uk_bounds, en_bounds = _line_bounds(doc.uk), _line_bounds(doc.en)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links:
        nodes = [("u", k) for k in _line_of(*uk_bounds, (link.source.start, link.source.end))]
        nodes += [("e", k) for k in _line_of(*en_bounds, (link.target.start, link.target.end))]
        for node in nodes[1:]:
            parent[find(node)] = find(nodes[0])
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for node in list(parent):
        uk_set, en_set = groups.setdefault(find(node), (set(), set()))
        (uk_set if node[0] == "u" else en_set).add(node[1])
    return [(frozenset(u), frozenset(e)) for u, e in groups.values() if u and e]


def _implied(groups: Iterable[tuple[frozenset[int], frozenset[int]]]) -> set[tuple[int, int]]:
    return {(u, e) for uk, en in groups for u in uk for e in en}


@dataclass
class TwoDocRun:
    name: str
    exact: Counts = field(default_factory=Counts)
    soft: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)


def _bead(group: tuple[frozenset[int], frozenset[int]]) -> str:
    return f"{len(group[0])}-{len(group[1])}"


def run_two_documents(docs: Sequence[TwoDoc], backend: str, examples: int) -> list[TwoDocRun]:
    import bilingua

    runs = [TwoDocRun("align_documents (lexical)"), TwoDocRun("Gale–Church (lexical=False)")]
    bilingua.align_documents(docs[0].uk[0], docs[0].en[0], backend=backend)  # warm-up
    for doc in docs:
        uk_text, en_text = "\n".join(doc.uk), "\n".join(doc.en)
        for run, lexical in zip(runs, (True, False), strict=True):
            started = time.perf_counter()
            alignment = bilingua.align_documents(uk_text, en_text, backend=backend, lexical=lexical)
            run.seconds += time.perf_counter() - started
            predicted = predicted_groups(doc, alignment.sentences)
            gold = set(doc.gold)
            right = gold & set(predicted)
            run.exact.add(len(right), len(predicted), len(gold))
            soft_pred, soft_gold = _implied(predicted), _implied(gold)
            run.soft.add(len(soft_pred & soft_gold), len(soft_pred), len(soft_gold))
            for group in doc.gold:
                run.by_type.setdefault(_bead(group), Counts()).add(int(group in right), 0, 1)
            if lexical and len(run.examples) < examples:
                run.examples += _two_doc_examples(doc, gold - right, predicted, examples)
    return runs


def _two_doc_examples(
    doc: TwoDoc,
    missed: set[tuple[frozenset[int], frozenset[int]]],
    predicted: Sequence[tuple[frozenset[int], frozenset[int]]],
    limit: int,
) -> list[str]:
    out = []
    for uk, en in sorted(missed, key=lambda g: min(g[0]))[:2]:
        near = [g for g in predicted if g[0] & uk or g[1] & en]
        uk_text = " / ".join(doc.uk[k] for k in sorted(uk))
        en_text = " / ".join(doc.en[k] for k in sorted(en))
        lines = [
            f"- {doc.docid}: gold {_bead((uk, en))} uk{sorted(uk)} ({len(uk_text)} chars) "
            f"⇄ en{sorted(en)} ({len(en_text)} chars)",
            f"  - uk: {_short(uk_text)}",
            f"  - en: {_short(en_text)}",
        ]
        for p_uk, p_en in near:
            lines.append(
                f"  - predicted {_bead((p_uk, p_en))}: uk{sorted(p_uk)} ⇄ en{sorted(p_en)}"
            )
        if not near:
            lines.append("  - predicted: nothing (left as 1-0 / 0-1)")
        out.append("\n".join(lines))
    return out[:limit]


def two_document_table(runs: Sequence[TwoDocRun], docs: Sequence[TwoDoc], share: float) -> str:
    gold = Counter(_bead(g) for doc in docs for g in doc.gold)
    types = sorted(gold)
    lines = [
        f"### 2. Two-document mode (NTREX-128, {len(docs)} documents, "
        f"{sum(len(d.uk) for d in docs)} uk / {sum(len(d.en) for d in docs)} en lines)",
        "",
        f"Damage: adjacent uk lines joined on {share:.0%} of positions, adjacent en lines on "
        f"another {share:.0%}; gold links (uk lines-en lines): "
        + ", ".join(f"{t} {gold[t]}" for t in types)
        + ".",
        f"Rule: {TWO_DOC_RULE}.",
        "",
        "| system | link F1 | P | R | soft F1 | "
        + " | ".join(f"R {t}" for t in types)
        + " | docs/s |",
        "| --- | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in types) + " | ---: |",
    ]
    for number, run in enumerate(runs):
        verdict = f" {_verdict(run.exact.f1, TARGET_LINK_F1)}" if number == 0 else ""
        rate = len(docs) / run.seconds if run.seconds else math.nan
        lines.append(
            f"| {run.name} | {_number(run.exact.f1)}{verdict} | {_number(run.exact.precision)} "
            f"| {_number(run.exact.recall)} | {_number(run.soft.f1)} | "
            + " | ".join(_number(run.by_type[t].recall, 3) for t in types)
            + f" | {rate:.2f} |"
        )
    lines.append(
        f"| *target* | ≥ {TARGET_LINK_F1} |  |  |  | " + " | ".join("" for _ in types) + " |  |"
    )
    if runs and runs[0].examples:
        lines += ["", "Missed gold links (lexical run):", "", *runs[0].examples]
    return "\n".join(lines)


# --------------------------------------------------------------------------- 3. coverage


@dataclass
class Coverage:
    corpus: str
    sentences: int = 0
    tokens: int = 0
    translated: int = 0
    lexicon_match: int = 0
    matcher_match: int = 0
    untranslated: Counter[str] = field(default_factory=Counter)
    unmatched: Counter[str] = field(default_factory=Counter)  # translated, reference has none


def content_tokens(tokens: Iterable[Any]) -> list[Any]:
    """Cyrillic tokens of letters (inner ’ or -), three or more long, not in :data:`UK_STOP`."""
    return [
        t
        for t in tokens
        if len(t.text) >= 3
        and _WORD_RE.fullmatch(t.text)
        and _CYRILLIC_RE.search(t.text)
        and t.text.lower() not in UK_STOP
    ]


def run_coverage(corpus: str, backend: str) -> Coverage:
    from bilingua import nlp
    from bilingua.lexicon import default_lexicon
    from bilingua.match import WordView
    from bilingua.pipeline import matcher_for

    lexicon = default_lexicon()
    matcher = matcher_for()
    parallel = load_parallel(corpus)
    uk_lines = [line.strip() for line in parallel.lines("uk")]
    en_lines = [line.strip() for line in parallel.lines("en")]
    keep = [k for k, (u, e) in enumerate(zip(uk_lines, en_lines, strict=True)) if u and e]
    uk_sents = nlp.annotate_many(
        [(uk_lines[k], [nlp.Passage(0, len(uk_lines[k]), "uk")]) for k in keep], backend=backend
    )
    en_sents = nlp.annotate_many(
        [(en_lines[k], [nlp.Passage(0, len(en_lines[k]), "en")]) for k in keep], backend=backend
    )
    result = Coverage(corpus, sentences=len(keep))
    for uk_doc, en_doc in zip(uk_sents, en_sents, strict=True):
        en_tokens = [t for s in en_doc for t in s.tokens if any(ch.isalnum() for ch in t.text)]
        en_views = [WordView.of(t) for t in en_tokens]
        for token in content_tokens(t for s in uk_doc for t in s.tokens):
            lemma = token.lemma if token.lemma and token.lemma != token.text.lower() else None
            result.tokens += 1
            if lexicon.english_candidates(token.text, lemma):
                result.translated += 1
                if any(
                    lexicon.match_kind(token.text, e.text, lemma, e.lemma)[0] > 0 for e in en_tokens
                ):
                    result.lexicon_match += 1
                else:
                    result.unmatched[token.text.lower()] += 1
            else:
                result.untranslated[(lemma or token.text).lower()] += 1
            view = WordView.of(token)
            if any(matcher.score(view, e)[0] > 0 for e in en_views):
                result.matcher_match += 1
    return result


def coverage_table(results: Sequence[Coverage], show: int) -> str:
    lines = [
        "### 3. Lexicon coverage of Ukrainian content words",
        "",
        "Content word: a Cyrillic token of letters (inner ’ or - allowed), ≥ 3 characters, not "
        f"in a stop list of {len(UK_STOP)} function words. *has a translation*: "
        "`default_lexicon().english_candidates(word, lemma)` is not empty; *matches reference*: "
        "`match_kind(word, en_word)` > 0 for some token of the English reference; *matcher*: "
        "the pipeline's `Matcher` (lexicon, alias, transliteration, numbers, identical).",
        "",
        "| corpus | sentences | content tokens | has a translation | matches reference (lexicon) "
        "| matches reference (matcher) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.corpus} | {r.sentences} | {r.tokens:,} | {_percent(r.translated / r.tokens)} "
            f"| {_percent(r.lexicon_match / r.tokens)} | {_percent(r.matcher_match / r.tokens)} |"
        )
    if show:
        untranslated = sum((r.untranslated for r in results), Counter())
        unmatched = sum((r.unmatched for r in results), Counter())
        lines += [
            "",
            "Most frequent content words without a translation: "
            + ", ".join(f"{w} {n}" for w, n in untranslated.most_common(show)),
            "",
            "Most frequent words with a translation that the reference does not match: "
            + ", ".join(f"{w} {n}" for w, n in unmatched.most_common(show)),
        ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def environment_line(args: argparse.Namespace, sections: set[str]) -> str:
    """Machine, versions and inputs: what the figures depend on."""
    from bilingua.lexicon import default_lexicon

    parts = [
        f"python {platform.python_version()}",
        f"bilingua {version_of('bilingua')}",
        f"backend {args.backend}",
    ]
    if args.backend == "stanza":
        parts.append(f"stanza {version_of('stanza')} ({os.environ.get('BILINGUA_STANZA_DIR')})")
    parts += [
        f"core lexicon {len(default_lexicon()):,} lemmas",
        f"{platform.system()} {platform.machine()}, {cpu_name()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}",
        f"seed {args.seed}",
    ]
    if "pairing" in sections:
        options = ", ".join(f"{k}={v}" for k, v in _pairing_options(args).items())
        parts.append(f"{args.docs} generated docs ({options})")
    if "documents" in sections:
        parts.append(f"two-document damage {args.damage:g} per side")
    return " · ".join(parts)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="generated documents (200)")
    parser.add_argument("--seed", type=int, default=0, help="seed of generator and damage (0)")
    parser.add_argument("--backend", choices=("rules", "stanza"), default="rules")
    parser.add_argument("--models", help="stanza model directory (for --backend stanza)")
    parser.add_argument(
        "--runon",
        type=float,
        default=PAIRING_OPTIONS["runon_share"],
        help="share of Ukrainian passages (and renderings) without end punctuation (0.3)",
    )
    parser.add_argument(
        "--two-docs", type=int, default=0, help="NTREX documents in two-document mode (0: all)"
    )
    parser.add_argument(
        "--damage", type=float, default=0.15, help="share of positions joined per side (0.15)"
    )
    parser.add_argument(
        "--sample-links", type=int, default=0, metavar="N", help="print N random word links"
    )
    parser.add_argument(
        "--failures", type=int, default=0, metavar="N", help="print N examples of each failure"
    )
    parser.add_argument(
        "--uncovered", type=int, default=25, metavar="N", help="uncovered words to list (25)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=("pairing", "documents", "coverage"),
        help="run only these sections (repeatable)",
    )
    return parser.parse_args(argv)


def _pairing_options(args: argparse.Namespace) -> dict[str, Any]:
    return {**PAIRING_OPTIONS, "runon_share": args.runon}


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not 0 <= args.runon <= 1:
        print("--runon takes a share between 0 and 1", file=sys.stderr)
        return 2
    try:
        parallel_dir()
    except SharedDataMissing as missing:
        print(f"skipped: {missing}")
        return 0
    if args.backend == "stanza":
        default = os.environ.get("BILINGUA_STANZA_DIR") or str(shared_dir() / "models" / "stanza")
        os.environ["BILINGUA_STANZA_DIR"] = str(args.models or default)
    sections = set(args.only or ("pairing", "documents", "coverage"))
    try:
        verdicts = run_sections(args, sections)
    except (ModelsNotInstalled, StanzaNotInstalled) as error:
        print(f"cannot run backend {args.backend}: {error}", file=sys.stderr)
        return 2
    print(environment_line(args, sections))
    if verdicts:
        print("targets: " + " · ".join(verdicts))
    return 0


def run_sections(args: argparse.Namespace, sections: set[str]) -> list[str]:
    """Print the tables of the chosen sections; return the PASS/FAIL verdicts."""
    verdicts: list[str] = []
    if "pairing" in sections:
        docs = make_documents(args.docs, seed=args.seed, **_pairing_options(args))
        report, results = run_in_document(docs, args.backend)
        print(in_document_tables(report))
        print()
        verdicts.append(f"pair F1 {_verdict(report.pairs.f1, TARGET_PAIR_F1)}")
        verdicts.append(f"sentence-link F1 {_verdict(report.links.f1, TARGET_LINK_F1)}")
        for group, target in TARGET_LINE_F1.items():
            f1 = line_pair_f1(report, group).f1
            if not math.isnan(f1):
                verdicts.append(f"line-pair link F1 {group} {_verdict(f1, target)}")
        if args.failures:
            print(failure_examples(results, args.backend, args.failures))
            print()
        if args.sample_links:
            print(sample_word_links(results, args.sample_links, args.seed))
            print()
    if "documents" in sections:
        two = damaged_documents(args.seed, args.damage, args.two_docs or None)
        runs = run_two_documents(two, args.backend, args.failures)
        print(two_document_table(runs, two, args.damage))
        print()
        verdicts.append(f"two-document link F1 {_verdict(runs[0].exact.f1, TARGET_LINK_F1)}")
    if "coverage" in sections:
        results_cov = [run_coverage(corpus, args.backend) for corpus in COVERAGE_CORPORA]
        print(coverage_table(results_cov, args.uncovered))
        print()
    return verdicts


if __name__ == "__main__":
    sys.exit(main())
