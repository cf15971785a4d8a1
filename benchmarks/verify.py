"""Verification: the faithfulness score and its findings on clean and damaged translations.

    python benchmarks/verify.py [--pairs N] [--da-rows N] [--seed S] [--backend rules|stanza]

1. **Clean vs damaged.** Passages of two to four consecutive segments of one document from
   NTREX-128 and WMT22 uk-en (Ukrainian source, English reference), and damaged copies of the
   English side: a number changed, a segment dropped, a name swapped for another, or another
   passage's English substituted. ROC AUC of ``verify_translation(...).score`` for clean against
   damaged, and the precision and recall of the finding each damage should raise (number change
   → ``number_mismatch``, dropped segment → ``omitted_sentence``, name swap → ``name_mismatch``;
   a finding "fires" at severity warning or error). Precision counts the clean copies of the
   same passages as the negatives (one clean per damaged copy).
2. **Human scores.** Spearman correlation of the score (Ukrainian source against the system
   output) with the WMT22 DA scores (``raw`` and ``z``), beside a length-ratio baseline and chrF
   of the output against the reference (sacrebleu), in the same run.

A name swap needs a name on both sides: an English capitalised word, not sentence-initial, that
bilingua's own matcher links to a Ukrainian one; the swap takes a name from a fixed list that the
source does not contain. The data is read in place from ``../shared/data/parallel`` (or
``$BILINGUA_SHARED``); without it the script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import csv
import math
import platform
import random
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import SharedDataMissing, load_parallel, parallel_dir

TARGET_AUC = 0.95
TARGET_RECALL = 0.9
TARGET_PRECISION = 0.9
_NUMBER_RE = re.compile(r"(?<![\w@#/.,])\d+(?![\w/])")
_NAME_POOL = ("Johnson", "Macron", "Berlin", "Tokyo", "Microsoft", "Brazil", "Merkel", "Oslo")
DAMAGES = ("number", "drop", "name", "substitute")
EXPECTED = {"number": "number_mismatch", "drop": "omitted_sentence", "name": "name_mismatch"}
# A changed number leaves two differing values, which is an error; a number on one side only
# is a warning. Both levels are reported.
ERROR_ROWS = (("number", "number_mismatch", "error"), ("name", "name_mismatch", "error"))


@dataclass(frozen=True)
class Passage:
    """A Ukrainian passage and its English rendering, one segment per list item."""

    corpus: str
    uk: tuple[str, ...]
    en: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    """A passage, clean or damaged, and its verdict."""

    damage: str  # "clean" or one of DAMAGES
    passage: int  # index of the passage it comes from
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
            found.append(Passage(name, tuple(uk[i:j]), tuple(en[i:j])))
    return found


def _change_number(rng: random.Random, en: str) -> str | None:
    matches = list(_NUMBER_RE.finditer(en))
    if not matches:
        return None
    match = rng.choice(matches)
    value = int(match.group())
    new = value + rng.choice((1, 2, 3, 5, 7)) if value < 10 else int(match.group()[::-1]) + 1
    if new == value:
        new += 10
    return en[: match.start()] + str(new) + en[match.end() :]


def _swap_name(
    rng: random.Random, uk: str, en: str, names: Callable[[str, str], list[str]]
) -> str | None:
    found = names(uk, en)
    if not found:
        return None
    name = rng.choice(found)
    replacement = rng.choice([n for n in _NAME_POOL if n != name and n not in en])
    return re.sub(rf"\b{re.escape(name)}\b", replacement, en)


def damaged(
    rng: random.Random, items: Sequence[Passage], names: Callable[[str, str], list[str]]
) -> list[Case]:
    """Clean cases and every damage that applies to each passage."""
    cases = []
    for index, item in enumerate(items):
        uk, en = "\n".join(item.uk), "\n".join(item.en)
        cases.append(Case("clean", index, uk, en))
        number = _change_number(rng, en)
        if number is not None:
            cases.append(Case("number", index, uk, number))
        long_lines = [k for k, line in enumerate(item.en) if len(line.split()) >= 4]
        if long_lines:
            k = rng.choice(long_lines)
            cases.append(Case("drop", index, uk, "\n".join(item.en[:k] + item.en[k + 1 :])))
        swapped = _swap_name(rng, uk, en, names)
        if swapped is not None:
            cases.append(Case("name", index, uk, swapped))
        other = rng.choice([i for i in range(len(items)) if items[i].en != item.en])
        cases.append(Case("substitute", index, uk, "\n".join(items[other].en)))
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


def damage_table(results: Sequence[Result]) -> list[str]:
    """AUC of clean against each damage and against all, as markdown rows."""
    clean = [r.score for r in results if r.case.damage == "clean"]
    rows = [
        "| clean vs | cases | AUC | mean score | target | |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    rows.append(f"| (clean) | {len(clean)} | | {sum(clean) / len(clean):.3f} | | |")
    for damage in (*DAMAGES, "all damaged"):
        scores = [
            r.score
            for r in results
            if r.case.damage == damage or (damage == "all damaged" and r.case.damage != "clean")
        ]
        auc = roc_auc(clean, scores)
        verdict = _mark(auc >= TARGET_AUC) if damage == "all damaged" else ""
        target = f"≥ {TARGET_AUC}" if damage == "all damaged" else ""
        mean = sum(scores) / len(scores)
        rows.append(f"| {damage} | {len(scores)} | {auc:.4f} | {mean:.3f} | {target} | {verdict} |")
    return rows


def finding_table(results: Sequence[Result]) -> list[str]:
    """Precision and recall of the finding each damage should raise, as markdown rows."""
    rows = [
        "| damage → finding | damaged | recall | clean FP rate | precision | target | |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    clean = {r.case.passage: r for r in results if r.case.damage == "clean"}
    for damage, kind, level in (*((d, k, "warning") for d, k in EXPECTED.items()), *ERROR_ROWS):
        hits = [r for r in results if r.case.damage == damage]
        negatives = [clean[r.case.passage] for r in hits]
        tp = sum(kind in (r.errors if level == "error" else r.fired) for r in hits)
        fp = sum(kind in (r.errors if level == "error" else r.fired) for r in negatives)
        recall = tp / len(hits) if hits else math.nan
        precision = tp / (tp + fp) if tp + fp else math.nan
        fp_rate = fp / len(negatives) if negatives else math.nan
        gated = damage in ("number", "drop")
        ok = recall >= TARGET_RECALL and precision >= TARGET_PRECISION
        target = f"R ≥ {TARGET_RECALL} at P ≥ {TARGET_PRECISION}" if gated else "(reported)"
        rows.append(
            f"| {damage} → {kind} (≥ {level}) | {len(hits)} | {recall:.3f} | {fp_rate:.3f} "
            f"| {precision:.3f} | {target} | {_mark(ok) if gated else ''} |"
        )
    return rows


def clean_findings_table(results: Sequence[Result]) -> list[str]:
    """How often each finding kind fires on clean passages (false alarms, or real slips)."""
    clean = [r for r in results if r.case.damage == "clean"]
    kinds = sorted({kind for r in clean for kind in r.fired})
    rows = ["| finding on clean passages | share |", "| --- | ---: |"]
    rows += [
        f"| {kind} | {sum(kind in r.fired for r in clean) / len(clean):.3f} |" for kind in kinds
    ]
    return rows


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


def versions(backend: str) -> str:
    """One line naming what produced the figures."""
    names = ("bilingua", "sacrebleu", "pydantic", "babel")
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return f"versions: Python {platform.python_version()}, {', '.join(found)}; backend {backend}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print markdown tables; 0 also when ../shared is absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=400, help="passages (half per corpus)")
    parser.add_argument("--da-rows", type=int, default=3000, help="DA rows to correlate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--backend", choices=("rules", "stanza", "auto"), default="rules")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # the rules fallback warning says nothing new here
    try:
        parallel_dir()
    except SharedDataMissing as error:
        print(f"skipped: {error}")
        return 0
    rng = random.Random(args.seed)
    cases = damaged(rng, passages(rng, args.pairs), name_finder(args.backend))
    results, seconds = verify_cases(cases, args.backend)
    print(f"## Clean vs damaged ({len(cases)} cases, {seconds:.1f} s)\n")
    print("\n".join(damage_table(results)), end="\n\n")
    print("\n".join(finding_table(results)), end="\n\n")
    print("\n".join(clean_findings_table(results)), end="\n\n")
    print("## Correlation with WMT22 human scores (DA)\n")
    print("\n".join(da_table(args.da_rows, rng, args.backend)), end="\n\n")
    print(versions(args.backend))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
