"""Word links beside a statistical aligner: bilingua's links against eflomal's on the same pairs.

    python benchmarks/wordlinks.py [--pairs N] [--seed S]     # needs `pip install eflomal`

There is no gold word alignment for Ukrainian–English here, so the peer is the yardstick:
eflomal (Östling & Tiedemann 2016, a Bayesian HMM aligner with fertility and distortion, the
successor of fast_align in practice) is trained on every sentence pair of ``../shared``'s
parallel sets (NTREX-128, WMT22 uk-en and en-uk, Tatoeba: ~16,000 pairs, unsupervised, as such
aligners are used) and aligns the same sample of sentence pairs that bilingua aligns with
``align_documents``. Both see the same tokens (bilingua's rules tokenizer). Reported, on content
words only:

- *coverage*: the share of content words with a link (bilingua's links of meaning; with links
  by position; eflomal's intersection and union of both directions);
- *agreement*: the share of bilingua's links (of meaning, and by position) that eflomal's union
  also has (a lower bound of their precision: eflomal errs too), and the share of eflomal's
  intersection that bilingua's links of meaning have.

eflomal is a benchmark peer only, never a dependency. Without ``../shared`` or eflomal the
script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import SharedDataMissing, load_parallel, parallel_dir
from benchmarks._machine import cpu_name, version_of

_SETS = (("ntrex128.en-uk", "uk", "en"), ("wmt22.uk-en", "uk", "en"), ("wmt22.en-uk", "uk", "en"))


def _tatoeba() -> list[tuple[str, str]]:
    path = parallel_dir() / "tatoeba.en-uk.tsv"
    if not path.is_file():
        return []
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) >= 4 and columns[2].strip() and columns[3].strip():
            pairs.append((columns[3], columns[2]))  # (Ukrainian, English)
    return pairs


def corpus() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Every (uk, en) sentence pair, and the news pairs a sample is drawn from."""
    news: list[tuple[str, str]] = []
    for name, uk_side, en_side in _SETS:
        data = load_parallel(name)
        news += [
            (u, e)
            for u, e in zip(data.lines(uk_side), data.lines(en_side), strict=True)
            if u.strip() and e.strip() and "\n" not in u
        ]
    return news + _tatoeba(), news


def _tokens(text: str, lang: str) -> list[tuple[int, int, str]]:
    from bilingua.nlp import rules

    return [(a, b, text[a:b]) for a, b, _ in rules.tokenize(text, 0, len(text))]


def _content(tokens: Sequence[tuple[int, int, str]], lang: str) -> set[int]:
    from bilingua.match import content_words
    from bilingua.model import Token

    objects = [Token(start=a, end=b, text=t) for a, b, t in tokens]
    kept = {id(t) for t in content_words(objects, lang)}
    return {k for k, t in enumerate(objects) if id(t) in kept}


def eflomal_links(
    pairs: Sequence[tuple[str, str]], sample: Sequence[int]
) -> tuple[list[set[tuple[int, int]]], list[set[tuple[int, int]]], float]:
    """Intersection and union of eflomal's two directions for the sampled pairs (token
    indices), trained on all ``pairs``; and the seconds it took."""
    import eflomal

    uk = [" ".join(t for *_, t in _tokens(u, "uk")).lower() or "." for u, _ in pairs]
    en = [" ".join(t for *_, t in _tokens(e, "en")).lower() or "." for _, e in pairs]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        forward, reverse = Path(tmp) / "fwd", Path(tmp) / "rev"
        eflomal.Aligner().align(
            uk, en, links_filename_fwd=str(forward), links_filename_rev=str(reverse)
        )
        fwd = forward.read_text().splitlines()
        rev = reverse.read_text().splitlines()
    seconds = time.perf_counter() - started

    def parse(line: str) -> set[tuple[int, int]]:
        return {(int(a), int(b)) for a, b in (item.split("-") for item in line.split())}

    both = [parse(fwd[i]) & parse(rev[i]) for i in sample]
    either = [parse(fwd[i]) | parse(rev[i]) for i in sample]
    return both, either, seconds


def bilingua_links(
    pairs: Sequence[tuple[str, str]], sample: Sequence[int]
) -> tuple[list[set[tuple[int, int]]], list[set[tuple[int, int]]], float]:
    """bilingua's links of meaning and all its links (token indices) for the sampled pairs."""
    from bilingua import align_documents
    from bilingua.model import Evidence

    meaning: list[set[tuple[int, int]]] = []
    every: list[set[tuple[int, int]]] = []
    started = time.perf_counter()
    for i in sample:
        uk, en = pairs[i]
        index_uk = {a: k for k, (a, _, _) in enumerate(_tokens(uk, "uk"))}
        index_en = {a: k for k, (a, _, _) in enumerate(_tokens(en, "en"))}
        result = align_documents(uk, en, backend="rules")
        links = [
            (index_uk[w.source.start], index_en[w.target.start], w.via)
            for w in result.words
            if w.source.start in index_uk and w.target.start in index_en
        ]
        meaning.append({(a, b) for a, b, via in links if via != Evidence.POSITION})
        every.append({(a, b) for a, b, _ in links})
    return meaning, every, time.perf_counter() - started


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison and print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=400, help="sentence pairs compared")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    try:
        import eflomal  # noqa: F401
    except ImportError:
        print("skipped: eflomal is not installed (pip install eflomal)")
        return 0
    try:
        pairs, news = corpus()
    except SharedDataMissing as error:
        print(f"skipped: {error}")
        return 0
    # the news pairs come first in `pairs`: the sample is drawn from them
    sample = sorted(random.Random(args.seed).sample(range(len(news)), args.pairs))
    ours_meaning, ours_all, ours_seconds = bilingua_links(pairs, sample)
    both, either, their_seconds = eflomal_links(pairs, sample)
    content = [
        (_content(_tokens(pairs[i][0], "uk"), "uk"), _content(_tokens(pairs[i][1], "en"), "en"))
        for i in sample
    ]
    rows = []
    for name, links in (
        ("bilingua (links of meaning)", ours_meaning),
        ("bilingua (with links by position)", ours_all),
        ("eflomal (intersection)", both),
        ("eflomal (union)", either),
    ):
        covered = whole = 0
        for found, (cs, ct) in zip(links, content, strict=True):
            covered += len({a for a, _ in found} & cs) + len({b for _, b in found} & ct)
            whole += len(cs) + len(ct)
        rows.append(f"| {name} | {_share(covered, whole)} |")
    agree = total = found_back = peer = placed = placed_total = 0
    for ours, every, theirs_any, theirs_both, (cs, ct) in zip(
        ours_meaning, ours_all, either, both, content, strict=True
    ):
        kept = {(a, b) for a, b in ours if a in cs and b in ct}
        agree += len(kept & theirs_any)
        total += len(kept)
        by_place = {(a, b) for a, b in every - ours if a in cs and b in ct}
        placed += len(by_place & theirs_any)
        placed_total += len(by_place)
        sure = {(a, b) for a, b in theirs_both if a in cs and b in ct}
        found_back += len(sure & ours)
        peer += len(sure)
    print(f"## Word links beside eflomal ({len(sample)} news pairs, {len(pairs)} trained on)\n")
    print("| aligner | content words with a link |\n| --- | ---: |")
    print("\n".join(rows), end="\n\n")
    print("| agreement | share |\n| --- | ---: |")
    print(f"| bilingua's links of meaning that eflomal (union) has | {_share(agree, total)} |")
    by_place = _share(placed, placed_total)
    print(f"| bilingua's links by position that eflomal (union) has | {by_place} |")
    print(f"| eflomal's intersection links that bilingua has | {_share(found_back, peer)} |")
    print(
        f"\nseconds: bilingua {ours_seconds:.1f} (aligning the sample only), eflomal "
        f"{their_seconds:.1f} (training on all pairs and aligning them)"
    )
    print(f"{cpu_name()} · bilingua {version_of('bilingua')} · eflomal {version_of('eflomal')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
