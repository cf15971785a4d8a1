"""Learning lemma pairs (IBM Model 1, with and without the diagonal prior) on a synthetic parallel
corpus, file handling, and (if present) NTREX."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest

from bilingua.errors import InputError
from bilingua.lexicon import load_lexicon
from bilingua.lexicon.learn import LearnedEntry, learn, learn_files, tokens, write_tsv

SUBJECTS = [("президент", "president"), ("уряд", "government"), ("міністр", "minister"),
            ("посол", "ambassador")]  # fmt: skip
VERBS = [("підтримує", "supports"), ("критикує", "criticizes"), ("обговорює", "discusses")]
OBJECTS = [("санкції", "sanctions"), ("угоду", "agreement"), ("бюджет", "budget"),
           ("реформу", "reform")]  # fmt: skip
WHEN = [("", ""), ("сьогодні ", "today ")]
NTREX = Path(__file__).resolve().parents[3] / "shared" / "data" / "parallel"


def corpus() -> tuple[list[str], list[str]]:
    """40 sentence pairs: '[Сьогодні] X V Y.' ↔ '[Today] the X V the Y.'"""
    uk, en = [], []
    combos = itertools.product(SUBJECTS, VERBS, OBJECTS)
    for i, ((uk_s, en_s), (uk_v, en_v), (uk_o, en_o)) in enumerate(itertools.islice(combos, 40)):
        uk_when, en_when = WHEN[i % 3 == 0]
        uk.append(f"{uk_when}{uk_s} {uk_v} {uk_o}.".capitalize())
        en.append(f"{en_when}the {en_s} {en_v} the {en_o}.".capitalize())
    return uk, en


EXPECTED = {
    "президент": "president",
    "уряд": "government",
    "міністр": "minister",
    "посол": "ambassador",
    "підтримувати": "support",
    "критикувати": "criticize",
    "обговорювати": "discuss",
    "санкція": "sanction",
    "угода": "agreement",
    "бюджет": "budget",
    "реформа": "reform",
    "сьогодні": "today",
}


@pytest.mark.parametrize("model", ["diagonal", "ibm1"])
def test_the_right_pairs_come_out_on_top(model: str) -> None:
    uk, en = corpus()
    assert len(uk) == len(en) == 40
    entries = learn(uk, en, iterations=8, model=model)  # type: ignore[arg-type]
    best: dict[str, LearnedEntry] = {}
    for entry in entries:  # entries are best first
        best.setdefault(entry.uk, entry)
    for uk_word, en_word in EXPECTED.items():
        assert best[uk_word].en == en_word, (uk_word, best[uk_word])
    top = {(entry.uk, entry.en) for entry in entries[: len(EXPECTED)]}
    assert top == set(EXPECTED.items())
    assert all(entry.prob < 0.5 for entry in entries[len(EXPECTED) :])
    assert not any(entry.en == "the" for entry in entries)  # function words make no entry


def test_the_diagonal_prior_parts_words_that_always_occur_together() -> None:
    # "Tom" and "Том" in every line, with "is"/"був" — and the place of each word is the cue
    uk = ["Том купив хліб", "Том купив молоко", "Том бачив кота", "Том бачив собаку"] * 2
    en = ["Tom bought bread", "Tom bought milk", "Tom saw a cat", "Tom saw a dog"] * 2
    best = {}
    for entry in learn(uk, en, model="diagonal", min_count=1):
        best.setdefault(entry.uk, entry.en)
    assert best["том"] == "tom" and best["купити"] == "buy" and best["бачити"] == "see"


def test_entries_are_sorted_and_bounded() -> None:
    uk, en = corpus()
    entries = learn(uk, en)
    keys = [(-e.prob, -e.count, e.uk, e.en) for e in entries]
    assert keys == sorted(keys)
    assert all(0.1 <= e.prob <= 1.0 and e.count >= 2 for e in entries)


def test_deterministic() -> None:
    uk, en = corpus()
    assert learn(uk, en) == learn(uk, en) == learn(iter(uk), iter(en))


def test_options_filter() -> None:
    uk, en = corpus()
    loose = learn(uk, en, min_prob=0.05, min_count=1)
    strict = learn(uk, en, min_prob=0.5, min_count=5)
    assert {(e.uk, e.en) for e in strict} < {(e.uk, e.en) for e in loose}
    assert all(e.prob >= 0.5 and e.count >= 5 for e in strict)


@pytest.mark.parametrize(
    "options",
    [
        {"iterations": 0},
        {"min_prob": 0.0},
        {"min_prob": 1.5},
        {"min_count": 0},
        {"model": "hmm"},
    ],
)
def test_bad_options(options: dict[str, float]) -> None:
    with pytest.raises(InputError):
        learn(["а"], ["a"], **options)  # type: ignore[arg-type]


def test_mismatched_lines() -> None:
    with pytest.raises(InputError, match="2 Ukrainian, 1 English"):
        learn(["а", "б"], ["a"])


def test_empty_and_wordless_lines() -> None:
    assert learn([], []) == []
    assert learn(["", "123", "!"], ["", "456", "?"]) == []


def test_tokens_are_lowercase_lemmas() -> None:
    assert tokens("Президент підтримує санкції, 2022!", "uk") == [
        "президент",
        "підтримувати",
        "санкція",
    ]
    assert tokens("Зброю передали до Харкова", "uk") == ["зброя", "передати", "до", "харків"]
    assert tokens("The children went home", "en") == ["the", "child", "go", "home"]


def test_write_tsv_and_load_it_back(tmp_path: Path) -> None:
    uk, en = corpus()
    entries = learn(uk, en)
    path = tmp_path / "learned.tsv"
    write_tsv(entries, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# bilingua learned lexicon: uk_lemma<TAB>en_lemma<TAB>prob"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == len(entries)
    assert rows == sorted(rows, key=lambda row: (row[0], -float(row[2]), row[1]))
    lexicon = load_lexicon(path)
    value, kind = lexicon.match_kind("санкцій", "sanctions")
    assert kind == "learned" and 0.5 < value <= 0.7  # below a curated hit (1.0)
    assert lexicon.match("президента", "presidents") > 0.5
    assert lexicon.match("підтримували", "supported") > 0.5  # a form never seen in the corpus
    assert lexicon.match("президента", "budget") == 0.0


def test_an_old_stem_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.tsv"
    path.write_text(
        "# bilingua learned lexicon (IBM Model 1): uk_stem<TAB>en_stem<TAB>prob\n"
        "безпек\tsecurity\t0.8000\n",
        encoding="utf-8",
    )
    value, kind = load_lexicon(path).match_kind("безпеки", "security")
    assert kind == "lexicon" and value == pytest.approx(0.8)


def test_learn_files(tmp_path: Path) -> None:
    uk, en = corpus()
    uk_path, en_path, out = tmp_path / "c.uk", tmp_path / "c.en", tmp_path / "out.tsv"
    uk_path.write_text("\n".join(uk) + "\n", encoding="utf-8")
    en_path.write_text("\n".join(en) + "\n", encoding="utf-8")
    count = learn_files(uk_path, en_path, out, iterations=5, min_prob=0.1)
    assert count == len(learn(uk, en)) == len(out.read_text(encoding="utf-8").splitlines()) - 1


def test_learn_files_errors(tmp_path: Path) -> None:
    uk_path, en_path = tmp_path / "c.uk", tmp_path / "c.en"
    uk_path.write_text("а\nб\nв\n", encoding="utf-8")
    en_path.write_text("a\nb\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        learn_files(uk_path, en_path, tmp_path / "out.tsv")
    assert "3 lines" in str(caught.value) and "has 2" in str(caught.value)
    with pytest.raises(InputError, match="cannot read"):
        learn_files(tmp_path / "absent", en_path, tmp_path / "out.tsv")
    en_path.write_text("a\nb\nc\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot write"):
        learn_files(uk_path, en_path, tmp_path / "no" / "such" / "dir.tsv")


@pytest.mark.shared
@pytest.mark.slow
def test_ntrex_sample_learns_sensible_pairs() -> None:
    uk_file, en_file = NTREX / "ntrex128.en-uk.uk", NTREX / "ntrex128.en-uk.en"
    if not uk_file.is_file() or not en_file.is_file():
        pytest.skip(f"NTREX is not at {NTREX} (../shared is absent)")
    uk = uk_file.read_text(encoding="utf-8").splitlines()[:600]
    en = en_file.read_text(encoding="utf-8").splitlines()[:600]
    started = time.perf_counter()
    entries = learn(uk, en)
    assert time.perf_counter() - started < 60
    pairs = {(e.uk, e.en) for e in entries}
    assert {("президент", "president"), ("трамп", "trump"), ("уряд", "government")} <= pairs


@pytest.mark.shared
@pytest.mark.slow
def test_the_packaged_table_is_what_the_script_builds() -> None:
    """scripts/learn_table.py is deterministic and the shipped file is its current output."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    if not (root.parent / "shared" / "data" / "parallel" / "tatoeba.en-uk.tsv").is_file():
        pytest.skip("../shared/data/parallel is absent: the table cannot be rebuilt")
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "learn_table.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
