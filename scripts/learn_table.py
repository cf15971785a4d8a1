"""Build the packaged learned translation table, ``src/bilingua/data/learned.tsv``.

    .venv/bin/python scripts/learn_table.py [--shared ../shared] [--output PATH] [--check]

Reads, in place, the parallel text whose licence allows a derived table to ship: NTREX-128
(``ntrex128.en-uk.{uk,en}``, CC BY-SA 4.0) and the Tatoeba eng-ukr test set
(``tatoeba.en-uk.tsv``, CC BY 2.0 FR). Never WMT (no licence). Learns uk→en lemma pairs with
:func:`bilingua.lexicon.learn.learn` (IBM Model 1 with fast_align's diagonal prior, 5 EM
iterations each way) and keeps a pair when its estimated precision is at least that of the
learner's defaults (see ``docs/pairing.md``): it co-occurs in ≥ 2 line pairs with probability
≥ 0.1, or in one line pair with probability ≥ 0.3. Names (an English side written with a
capital at least as often as without, sentence starts aside: ``ейлід`` → ``eilidh``) are left
out: lowercased in the table they would read as common words, and names are reached by
transliteration and the curated alias table instead. The result is the same on every run.
``--check`` rebuilds in memory and exits 1 when the packaged file differs.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from bilingua.lexicon._tsv import LEARNED_HEADER
from bilingua.lexicon.learn import LearnedEntry, learn

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "bilingua" / "data" / "learned.tsv"
#: (least co-occurrences, least probability): a pair passing either is kept.
KEEP = ((2, 0.1), (1, 0.3))
_WORD_RE = re.compile(r"[A-Za-z]+(?:['\-][A-Za-z]+)*")

LICENCE = """\
# Learned uk→en translation table of bilingua: Ukrainian lemma, English lemma, probability
# (geometric mean of t(en|uk) and t(uk|en), IBM Model 1 with a diagonal prior, both directions).
# Built by scripts/learn_table.py; do not edit by hand.
#
# Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),
# https://creativecommons.org/licenses/by-sa/4.0/ . This file is a database derived from the
# works below and is licensed apart from bilingua's code (Apache-2.0) and its hand-written
# lexicon (CC0).
#
# Derived from:
# - NTREX-128, News Test References for MT Evaluation of 128 Languages (English-Ukrainian),
#   C. Federmann, T. Kocmi, Y. Xin, Microsoft, 2022, https://github.com/MicrosoftTranslator/NTREX
#   — CC BY-SA 4.0.
# - Tatoeba sentences (https://tatoeba.org), by the Tatoeba contributors, as the eng-ukr test set
#   of the Tatoeba Translation Challenge (J. Tiedemann, 2020,
#   https://github.com/Helsinki-NLP/Tatoeba-Challenge) — CC BY 2.0 FR.
"""


def read_corpus(shared: Path) -> tuple[list[str], list[str]]:
    """The Ukrainian and English lines of NTREX-128 and Tatoeba, in that order."""
    parallel = shared / "data" / "parallel"
    uk = (parallel / "ntrex128.en-uk.uk").read_text(encoding="utf-8").splitlines()
    en = (parallel / "ntrex128.en-uk.en").read_text(encoding="utf-8").splitlines()
    with (parallel / "tatoeba.en-uk.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 4:
                en.append(row[2])
                uk.append(row[3])
    return uk, en


def build(shared: Path) -> list[LearnedEntry]:
    """The entries of the table, as :func:`learn` orders them."""
    uk, en = read_corpus(shared)
    least_count = min(count for count, _ in KEEP)
    least_prob = min(prob for _, prob in KEEP)
    entries = learn(uk, en, min_prob=least_prob, min_count=least_count, model="diagonal")
    names = english_names(en)
    return [
        e
        for e in entries
        if any(e.count >= c and e.prob >= p for c, p in KEEP) and e.en not in names
    ]


def english_names(lines: list[str]) -> frozenset[str]:
    """Lowercase English words written with a capital more often than without, sentence-initial
    uses aside; a word never written in lowercase is a name wherever it stands (Eilidh)."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for line in lines:
        for position, word in enumerate(_WORD_RE.findall(line)):
            if word[0].islower():
                lower[word.lower()] += 1
            elif position > 0:
                capital[word.lower()] += 1
            else:
                capital.setdefault(word.lower(), 0)
    return frozenset(word for word, count in capital.items() if count >= lower[word])


def render(entries: list[LearnedEntry]) -> str:
    """The file's text: the header, the licence, then the entries sorted as ``write_tsv`` does."""
    ordered = sorted(entries, key=lambda entry: (entry.uk, -entry.prob, entry.en))
    lines = [LEARNED_HEADER, *LICENCE.splitlines()]
    lines += [f"{entry.uk}\t{entry.en}\t{entry.prob:.4f}" for entry in ordered]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with the packaged file")
    args = parser.parse_args(argv)
    if not (args.shared / "data" / "parallel").is_dir():
        print(f"no parallel data under {args.shared}", file=sys.stderr)
        return 2
    text = render(build(args.shared))
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.output} differs from a fresh build")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - len(LICENCE.splitlines()) - 1} entries to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
