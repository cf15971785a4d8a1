"""Verification: the faithfulness score and its findings on clean and damaged translations.

    python benchmarks/verify.py [--pairs N] [--runon SHARE] [--da-rows N] [--seed S]
                                [--backend rules|stanza] [--misses N]

1. **Clean vs damaged.** Passages of two to four consecutive segments of one document from
   NTREX-128 and WMT22 uk-en (Ukrainian source, English reference), and damaged copies of the
   English side (``benchmarks/_damage.py``): a number changed, a segment dropped, a name swapped
   for one of a fixed list (``name``), another passage's English substituted; a clause of 4+
   words cut from inside a sentence, a negation flipped, a month/weekday/year changed, a name
   replaced by a name of another passage of the same corpus (``entity``), a scale word changed,
   a sentence of another passage added. ``--runon SHARE`` of the passages are written without
   sentence-final punctuation on both sides, half of them a segment per line (chat), half on
   one line (transcript). ROC AUC of ``verify_translation(uk, en).score`` for clean against
   damaged, per damage and per layout, and the share of clean passages that score above their
   own damaged twin; the recall and precision of the finding each damage should raise, at
   severity warning or error and at error only (precision counts the clean copies of the same
   passages as the negatives, one clean per damaged copy); how clean passages fare.
2. **Human scores.** Spearman correlation of the score (Ukrainian source against the system
   output) with the WMT22 DA scores (``raw`` and ``z``), beside a length-ratio baseline and chrF
   of the output against the reference (sacrebleu), in the same run.

The ``name`` damage needs a name on both sides: an English capitalised word, not sentence-initial,
that bilingua's own matcher links to a Ukrainian one. The other damages know nothing of bilingua.
The data is read in place from ``../shared/data/parallel`` (or ``$BILINGUA_SHARED``); without it
the script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import math
import os
import platform
import random
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _damage
from benchmarks._corpus import SharedDataMissing, load_parallel, parallel_dir
from benchmarks._damage import Donors, Layout, Segments, lay_out
from benchmarks._machine import cpu_name, version_of

TARGET_AUC = 0.95
TARGET_KIND_AUC = 0.90
TARGET_RECALL = 0.9
TARGET_PRECISION = 0.9
TARGET_CLEAN_ERROR_SHARE = 0.05
TARGET_CLEAN_MEDIAN = 0.9
_NAME_POOL = ("Johnson", "Macron", "Berlin", "Tokyo", "Microsoft", "Brazil", "Merkel", "Oslo")
#: Every damage, in the order it is applied to a passage.
DAMAGES = (
    "number",
    "drop",
    "name",
    "substitute",
    *[d for d in _damage.DAMAGES if d not in ("number", "drop", "substitute")],
)
#: The finding kinds each damage should raise (any one of them counts).
EXPECTED: dict[str, tuple[str, ...]] = {
    "number": ("number_mismatch",),
    "drop": ("omitted_sentence", "omission"),
    "name": ("name_mismatch",),
    "clause": ("omission",),
    "negation": ("negation_flip",),
    "date": ("date_mismatch",),
    "entity": ("name_mismatch",),
    "scale": ("number_mismatch",),
    "added": ("added_sentence", "addition"),
}
#: Damages whose finding must reach R ≥ TARGET_RECALL at P ≥ TARGET_PRECISION (≥ warning).
GATED_FINDINGS = ("number", "drop")
DROP_RUNON = "drop, run-on passages"


@dataclass(frozen=True)
class Passage:
    """A Ukrainian passage and its English rendering, one segment per list item."""

    corpus: str
    uk: Segments
    en: Segments


@dataclass(frozen=True)
class Case:
    """A passage, clean or damaged, as verification sees it."""

    damage: str  # "clean" or one of DAMAGES
    passage: int  # index of the passage it comes from
    layout: Layout
    uk: str
    en: str


# --------------------------------------------------------------------------- data


def passages(rng: random.Random, count: int) -> list[Passage]:
    """``count`` passages, half from each corpus, of 2–4 consecutive segments of one document."""
    found: list[Passage] = []
    for name, uk_side, en_side in (("ntrex128.en-uk", "uk", "en"), ("wmt22.uk-en", "uk", "en")):
        data = load_parallel(name)
        uk, en, docids = data.lines(uk_side), data.lines(en_side), data.docids()
        assert docids is not None and len(docids) == len(uk) == len(en)
        groups: list[tuple[int, int]] = []
        i = 0
        while i < len(uk):
            size = rng.randint(2, 4)
            j = i
            while j < len(uk) and j - i < size and docids[j] == docids[i]:
                j += 1
            if j - i >= 2 and all(uk[k].strip() and en[k].strip() for k in range(i, j)):
                groups.append((i, j))
            i = j
        for i, j in rng.sample(groups, min(count // 2, len(groups))):
            uk_lines = tuple(line.strip() for line in uk[i:j])
            found.append(Passage(name, uk_lines, tuple(line.strip() for line in en[i:j])))
    return found


def layouts(seed: int, count: int, runon_share: float) -> list[Layout]:
    """The layout of each passage, drawn apart from the damages (so that ``--runon`` changes
    how passages are written, not which damages they get)."""
    rng = random.Random(f"layout:{seed}")
    chosen = []
    for _ in range(count):
        runon = rng.random() < runon_share
        lines = rng.random() < 0.5
        chosen.append(
            Layout.PUNCTUATED if not runon else Layout.RUNON_LINES if lines else Layout.RUNON_JOINED
        )
    return chosen


def _swap_name(
    rng: random.Random, uk: str, segments: Segments, names: Callable[[str, str], list[str]]
) -> Segments | None:
    """A name that bilingua links to the source replaced by one of a fixed list."""
    en = "\n".join(segments)
    found = names(uk, en)
    if not found:
        return None
    name = rng.choice(found)
    replacement = rng.choice([n for n in _NAME_POOL if n != name and n not in en])
    return tuple(re.sub(rf"\b{re.escape(name)}\b", replacement, line) for line in segments)


class DonorPool:
    """What the damages of one passage may borrow from the other passages of the sample."""

    def __init__(self, items: Sequence[Passage]) -> None:
        self.items = items
        self.names = [
            sorted({line[a:b] for line in item.en for a, b in _damage.names_in(line)})
            for item in items
        ]

    def donors(self, rng: random.Random, index: int) -> Donors:
        item = self.items[index]
        others = [k for k, other in enumerate(self.items) if k != index and other.en != item.en]
        same_corpus = [k for k in others if self.items[k].corpus == item.corpus]
        names = sorted({name for k in same_corpus for name in self.names[k]})
        sentences = tuple(line for k in others for line in self.items[k].en)
        return Donors(tuple(names), sentences, self.items[rng.choice(others)].en)


def damaged(
    rng: random.Random,
    items: Sequence[Passage],
    names: Callable[[str, str], list[str]],
    layout_of: Sequence[Layout],
) -> list[Case]:
    """Clean cases and every damage that applies to each passage, in each passage's layout."""
    pool = DonorPool(items)
    cases = []
    for index, (item, layout) in enumerate(zip(items, layout_of, strict=True)):
        uk = lay_out(item.uk, layout)
        cases.append(Case("clean", index, layout, uk, lay_out(item.en, layout)))
        donors = pool.donors(rng, index)
        for damage in DAMAGES:
            if damage == "name":
                changed = _swap_name(rng, "\n".join(item.uk), item.en, names)
            else:
                changed = _damage.DAMAGES[damage](rng, item.en, donors)
            if changed is not None and changed != item.en:
                cases.append(Case(damage, index, layout, uk, lay_out(changed, layout)))
    return cases


def name_finder(backend: str) -> Callable[[str, str], list[str]]:
    """English names (capitalised, not sentence-initial) that the matcher links to a source word."""
    from bilingua import nlp
    from bilingua.match import WordView, default_matcher

    matcher = default_matcher()

    def names(uk: str, en: str) -> list[str]:
        uk_sents, en_sents = nlp.annotate_many(
            [(uk, [nlp.Passage(0, len(uk), "uk")]), (en, [nlp.Passage(0, len(en), "en")])],
            backend=backend,  # type: ignore[arg-type]
        )
        uk_tokens = [WordView.of(t) for s in uk_sents for t in s.tokens if t.text[:1].isupper()]
        found = []
        for sentence in en_sents:
            for token in sentence.tokens[1:]:
                if not (token.text[:1].isupper() and token.text.isalpha()):
                    continue
                view = WordView.of(token)
                if any(
                    matcher.score(u, view)[1] in ("transliteration", "alias") for u in uk_tokens
                ):
                    found.append(token.text)
        return found

    return names


# --------------------------------------------------------------------------- metrics


def roc_auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """P(a positive scores above a negative), ties counting half (Mann–Whitney U)."""
    if not positives or not negatives:
        return math.nan
    ranked = sorted([(v, 1) for v in positives] + [(v, 0) for v in negatives])
    ranks = _ranks([v for v, _ in ranked])
    rank_sum = sum(r for r, (_, label) in zip(ranks, ranked, strict=True) if label)
    n_pos, n_neg = len(positives), len(negatives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def _ranks(values: Sequence[float]) -> list[float]:
    """Average 1-based ranks of ``values`` (ties share their mean rank)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson's r of the average ranks)."""
    ra, rb = _ranks(a), _ranks(b)
    mean_a, mean_b = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(ra, rb, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in ra)
    var_b = sum((y - mean_b) ** 2 for y in rb)
    return cov / math.sqrt(var_a * var_b) if var_a and var_b else math.nan


def _mark(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _fmt(value: float, digits: int = 4) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


# --------------------------------------------------------------------------- runs


@dataclass(frozen=True)
class Result:
    """What verification said about one case."""

    case: Case
    score: float
    fired: frozenset[str]  # finding kinds at severity warning or error
    errors: frozenset[str]  # finding kinds at severity error


def verify_cases(cases: Sequence[Case], backend: str) -> tuple[list[Result], float]:
    """Every case verified; the results and the seconds taken."""
    from bilingua import verify_translation

    results = []
    started = time.perf_counter()
    for case in cases:
        verdict = verify_translation(case.uk, case.en, backend=backend)  # type: ignore[arg-type]
        fired = frozenset(f.kind.value for f in verdict.findings if f.severity != "info")
        errors = frozenset(f.kind.value for f in verdict.findings if f.severity == "error")
        results.append(Result(case, verdict.score, fired, errors))
    return results, time.perf_counter() - started


def _of(results: Iterable[Result], damage: str, runon: bool | None = None) -> list[Result]:
    """The results of one damage ("clean" too), of run-on passages or punctuated ones if asked."""
    return [
        r
        for r in results
        if (r.case.damage == damage or (damage == "all damaged" and r.case.damage != "clean"))
        and (runon is None or r.case.layout.runon == runon)
    ]


def _twin_wins(clean: Sequence[Result], damaged: Sequence[Result]) -> float:
    """Share of damaged copies whose own clean passage scores higher (ties count half)."""
    by_passage = {r.case.passage: r.score for r in clean}
    wins = [
        1.0
        if by_passage[r.case.passage] > r.score
        else 0.5
        if by_passage[r.case.passage] == r.score
        else 0.0
        for r in damaged
    ]
    return sum(wins) / len(wins) if wins else math.nan


#: The layout columns of the damage table: punctuated, run-on (both ways), and each way.
LAYOUT_COLUMNS: tuple[tuple[str, frozenset[Layout]], ...] = (
    ("punctuated", frozenset({Layout.PUNCTUATED})),
    ("run-on", frozenset({Layout.RUNON_LINES, Layout.RUNON_JOINED})),
    ("run-on, lines", frozenset({Layout.RUNON_LINES})),
    ("run-on, one line", frozenset({Layout.RUNON_JOINED})),
)


def _auc_cell(results: Sequence[Result], damage: str, layouts: frozenset[Layout]) -> str:
    clean = [r.score for r in _of(results, "clean") if r.case.layout in layouts]
    hits = [r.score for r in _of(results, damage) if r.case.layout in layouts]
    return f"{_fmt(roc_auc(clean, hits), 3)} ({len(hits)})" if hits else "–"


def damage_table(results: Sequence[Result]) -> tuple[list[str], list[str]]:
    """AUC of clean against each damage, overall and per layout; markdown rows and verdicts."""
    columns = " | ".join(f"AUC {name} (n)" for name, _ in LAYOUT_COLUMNS)
    rows = [
        f"| clean vs | cases | AUC | {columns} | clean above twin | mean score | target | |",
        "| --- | ---: | ---: | " + "---: | " * len(LAYOUT_COLUMNS) + "---: | ---: | ---: | --- |",
    ]
    clean = _of(results, "clean")
    mean_clean = sum(r.score for r in clean) / len(clean)
    blank = " |" * len(LAYOUT_COLUMNS)
    rows.append(f"| (clean) | {len(clean)} | |{blank} | {mean_clean:.3f} | | |")
    verdicts = []
    for damage in (*DAMAGES, DROP_RUNON, "all damaged"):
        runon = True if damage == DROP_RUNON else None
        kind = "drop" if damage == DROP_RUNON else damage
        hits = _of(results, kind, runon)
        if not hits:
            rows.append(f"| {damage} | 0 | |{blank} | | | |")
            continue
        negatives = _of(results, "clean", runon)
        auc = roc_auc([r.score for r in negatives], [r.score for r in hits])
        target = TARGET_AUC if damage == "all damaged" else TARGET_KIND_AUC
        verdicts.append(f"AUC {damage} {_mark(auc >= target)}")
        cells = " | ".join(
            "–" if runon and Layout.PUNCTUATED in layouts else _auc_cell(results, kind, layouts)
            for _, layouts in LAYOUT_COLUMNS
        )
        mean = sum(r.score for r in hits) / len(hits)
        rows.append(
            f"| {damage} | {len(hits)} | {auc:.4f} | {cells} | {_twin_wins(clean, hits):.3f} "
            f"| {mean:.3f} | ≥ {target} | {_mark(auc >= target)} |"
        )
    return rows, verdicts


def _fires(result: Result, kinds: Sequence[str], level: str) -> bool:
    raised = result.errors if level == "error" else result.fired
    return any(kind in raised for kind in kinds)


def finding_table(results: Sequence[Result]) -> tuple[list[str], list[str]]:
    """Recall and precision of the finding each damage should raise, at both severities."""
    rows = [
        "| damage → finding | damaged | R (≥ warning) | P (≥ warning) | clean FP (≥ warning) "
        "| R (error) | P (error) | clean FP (error) | target | |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    clean = {r.case.passage: r for r in results if r.case.damage == "clean"}
    verdicts = []
    rows_wanted: list[tuple[str, tuple[str, ...], bool | None]] = [
        (damage, kinds, None) for damage, kinds in EXPECTED.items()
    ]
    rows_wanted.append(("drop", EXPECTED["drop"], True))  # drops from run-on passages alone
    for damage, kinds, runon in rows_wanted:
        hits = _of(results, damage, runon)
        negatives = [clean[r.case.passage] for r in hits]
        cells = []
        ok = True
        for level in ("warning", "error"):
            tp = sum(_fires(r, kinds, level) for r in hits)
            fp = sum(_fires(r, kinds, level) for r in negatives)
            recall = tp / len(hits) if hits else math.nan
            precision = tp / (tp + fp) if tp + fp else math.nan
            fp_rate = fp / len(negatives) if negatives else math.nan
            cells += [_fmt(recall, 3), _fmt(precision, 3), _fmt(fp_rate, 3)]
            if level == "warning":
                ok = recall >= TARGET_RECALL and precision >= TARGET_PRECISION
        gated = damage in GATED_FINDINGS and runon is None
        target = f"R ≥ {TARGET_RECALL} at P ≥ {TARGET_PRECISION} (≥ warning)" if gated else ""
        label = f"{damage}{', run-on passages' if runon else ''} → {' or '.join(kinds)}"
        if gated:
            verdicts.append(f"{damage} → {kinds[0]} {_mark(ok)}")
        rows.append(
            f"| {label} | {len(hits)} | {' | '.join(cells)} | {target} "
            f"| {_mark(ok) if gated else ''} |"
        )
    return rows, verdicts


def clean_table(results: Sequence[Result]) -> tuple[list[str], list[str]]:
    """How clean passages fare: median score, share with an error or a warning, per layout."""
    rows = [
        "| clean passages | n | median score | mean score | with an error finding "
        "| with a warning or error | target | |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    groups: list[tuple[str, list[Result]]] = [("all", _of(results, "clean"))]
    groups += [
        (layout.value, [r for r in groups[0][1] if r.case.layout is layout]) for layout in Layout
    ]
    verdicts = []
    for name, group in groups:
        if not group:
            continue
        scores = [r.score for r in group]
        median = statistics.median(scores)
        errors = sum(bool(r.errors) for r in group) / len(group)
        warned = sum(bool(r.fired) for r in group) / len(group)
        target, verdict = "", ""
        if name == "all":
            ok = errors <= TARGET_CLEAN_ERROR_SHARE and median >= TARGET_CLEAN_MEDIAN
            target = f"errors ≤ {TARGET_CLEAN_ERROR_SHARE:.0%}, median ≥ {TARGET_CLEAN_MEDIAN}"
            verdict = _mark(ok)
            verdicts.append(f"clean errors {_mark(errors <= TARGET_CLEAN_ERROR_SHARE)}")
            verdicts.append(f"clean median {_mark(median >= TARGET_CLEAN_MEDIAN)}")
        rows.append(
            f"| {name} | {len(group)} | {median:.3f} | {sum(scores) / len(scores):.3f} "
            f"| {errors:.1%} | {warned:.1%} | {target} | {verdict} |"
        )
    return rows, verdicts


def clean_findings_table(results: Sequence[Result]) -> list[str]:
    """How often each finding kind fires on clean passages (false alarms, or real slips)."""
    clean = _of(results, "clean")
    punctuated = [r for r in clean if not r.case.layout.runon]
    runon = [r for r in clean if r.case.layout.runon]
    kinds = sorted({kind for r in clean for kind in r.fired})

    def share(group: Sequence[Result], kind: str, errors: bool) -> str:
        if not group:
            return "–"
        return f"{sum(kind in (r.errors if errors else r.fired) for r in group) / len(group):.3f}"

    rows = [
        "| finding on clean passages | ≥ warning | error | error, punctuated | error, run-on |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    rows += [
        f"| {kind} | {share(clean, kind, False)} | {share(clean, kind, True)} "
        f"| {share(punctuated, kind, True)} | {share(runon, kind, True)} |"
        for kind in kinds
    ]
    return rows


def difference(clean: str, damaged: str, context: int = 6) -> str:
    """Where two texts differ, word by word: ``… [-removed-] {+added+} …`` with some context."""
    a, b = clean.split(), damaged.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    parts: list[str] = []
    last = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        lead = a[max(last, i1 - context) : i1]
        if parts and i1 - context > last:
            parts.append("…")
        parts += lead
        if i2 > i1:
            parts.append(f"[-{' '.join(a[i1:i2])}-]")
        if j2 > j1:
            parts.append(f"{{+{' '.join(b[j1:j2])}+}}")
        parts += a[i2 : i2 + context]
        last = i2 + context
    return ("… " if parts else "") + " ".join(parts) + (" …" if parts else "(no difference)")


def misses(results: Sequence[Result], limit: int) -> list[str]:
    """Up to ``limit`` damaged copies per damage that score at least as high as their clean twin."""
    clean = {r.case.passage: r for r in results if r.case.damage == "clean"}
    lines = ["## Damaged copies scoring as high as their clean twin", ""]
    for damage in DAMAGES:
        missed = [r for r in _of(results, damage) if r.score >= clean[r.case.passage].score]
        for r in missed[:limit]:
            twin = clean[r.case.passage]
            lines += [
                f"- **{damage}** ({r.case.layout.value}; {len(missed)} such): score "
                f"{r.score:.3f}, clean {twin.score:.3f}; findings "
                f"{', '.join(sorted(r.fired)) or 'none'} (clean: "
                f"{', '.join(sorted(twin.fired)) or 'none'})",
                f"  - {difference(twin.case.en, r.case.en)[:400]}",
            ]
    return lines


def da_table(rows_wanted: int, rng: random.Random, backend: str) -> list[str]:
    """Spearman correlations with WMT22 DA scores: bilingua, length ratio, chrF."""
    from sacrebleu.metrics import CHRF

    from bilingua import verify_translation

    path = parallel_dir() / "wmt22.uk-en.da_scores.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    rows = [r for r in rows if r["uk_src"].strip() and r["en_hyp"].strip()]
    sample = rng.sample(rows, min(rows_wanted, len(rows)))
    chrf = CHRF()
    systems: dict[str, list[float]] = {
        "bilingua verify (src vs hyp)": [],
        "length ratio": [],
        "chrF (hyp vs ref)": [],
    }
    for row in sample:
        src, ref, hyp = row["uk_src"], row["en_ref"], row["en_hyp"]
        systems["bilingua verify (src vs hyp)"].append(
            verify_translation(src, hyp, backend=backend).score  # type: ignore[arg-type]
        )
        systems["length ratio"].append(-abs(math.log((len(hyp) + 1) / (0.95 * len(src) + 1))))
        systems["chrF (hyp vs ref)"].append(chrf.sentence_score(hyp, [ref]).score)
    raw = [float(r["raw"]) for r in sample]
    z = [float(r["z"]) for r in sample]
    table = [
        f"| system ({len(sample)} rows) | ρ raw | ρ z | reference? |",
        "| --- | ---: | ---: | --- |",
    ]
    for name, values in systems.items():
        uses_ref = "yes" if "ref" in name else "no"
        table.append(
            f"| {name} | {spearman(values, raw):.3f} | {spearman(values, z):.3f} | {uses_ref} |"
        )
    return table


def environment(backend: str, args: argparse.Namespace) -> str:
    """One line naming what produced the figures."""
    names = ("bilingua", "sacrebleu", "pydantic", "babel") + (
        ("stanza",) if backend == "stanza" else ()
    )
    found = ", ".join(f"{name} {version_of(name)}" for name in names)
    return (
        f"python {platform.python_version()} · {found} · backend {backend} · "
        f"{platform.system()} {platform.machine()}, {cpu_name()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} · seed {args.seed}, {args.pairs} passages, "
        f"run-on share {args.runon:g}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print markdown tables; 0 also when ../shared is absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=400, help="passages (half per corpus; 400)")
    parser.add_argument(
        "--runon", type=float, default=0.3, help="share of passages without end punctuation (0.3)"
    )
    parser.add_argument("--da-rows", type=int, default=3000, help="DA rows to correlate (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--backend", choices=("rules", "stanza", "auto"), default="rules")
    parser.add_argument(
        "--misses", type=int, default=0, metavar="N", help="print N missed cases per damage"
    )
    args = parser.parse_args(argv)
    if not 0 <= args.runon <= 1:
        parser.error("--runon takes a share between 0 and 1")
    warnings.simplefilter("ignore")  # the rules fallback warning says nothing new here
    try:
        parallel_dir()
    except SharedDataMissing as error:
        print(f"skipped: {error}")
        return 0
    rng = random.Random(args.seed)
    items = passages(rng, args.pairs)
    cases = damaged(
        rng, items, name_finder(args.backend), layouts(args.seed, len(items), args.runon)
    )
    results, seconds = verify_cases(cases, args.backend)
    print(f"## Clean vs damaged ({len(cases)} cases, {seconds:.1f} s)\n")
    verdicts: list[str] = []
    for table in (damage_table, finding_table, clean_table):
        rows, passed = table(results)
        verdicts += passed
        print("\n".join(rows), end="\n\n")
    print("\n".join(clean_findings_table(results)), end="\n\n")
    if args.misses:
        print("\n".join(misses(results, args.misses)), end="\n\n")
    if args.da_rows:
        print("## Correlation with WMT22 human scores (DA)\n")
        print("\n".join(da_table(args.da_rows, rng, args.backend)), end="\n\n")
    print(environment(args.backend, args))
    print("targets: " + " · ".join(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
