"""IBM Model 1 learning on a synthetic parallel corpus, file handling, and (if present) NTREX."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest

from bilingua.errors import InputError
from bilingua.lexicon import en_stem, load_lexicon, uk_stem
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


EXPECTED = {uk_stem(u): en_stem(e) for u, e in (*SUBJECTS, *VERBS, *OBJECTS, ("сьогодні", "today"))}


def test_the_right_pairs_come_out_on_top() -> None:
    uk, en = corpus()
    assert len(uk) == len(en) == 40
    entries = learn(uk, en, iterations=8)
    best: dict[str, LearnedEntry] = {}
    for entry in entries:  # entries are best first
        best.setdefault(entry.uk, entry)
    for uk_word, en_word in EXPECTED.items():
        assert best[uk_word].en == en_word, (uk_word, best[uk_word])
    top = {(entry.uk, entry.en) for entry in entries[: len(EXPECTED)]}
    assert top == set(EXPECTED.items())
    assert all(entry.prob < 0.5 for entry in entries[len(EXPECTED) :])  # "the" and the like


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
    [{"iterations": 0}, {"min_prob": 0.0}, {"min_prob": 1.5}, {"min_count": 0}],
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


def test_tokens() -> None:
    assert tokens("Президент підтримує санкції, 2022!", "uk") == ["президент", "підтрим", "санкц"]
    assert tokens("The President's sanctions-list", "en") == ["the", "president", "sanctions-list"]


def test_write_tsv_and_load_it_back(tmp_path: Path) -> None:
    uk, en = corpus()
    entries = learn(uk, en)
    path = tmp_path / "learned.tsv"
    write_tsv(entries, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == len(entries)
    assert rows == sorted(rows, key=lambda row: (row[0], -float(row[2]), row[1]))
    lexicon = load_lexicon(path)
    assert lexicon.match("санкцій", "sanction") > 0.5
    assert lexicon.match("президента", "presidents") > 0.5
    assert lexicon.match("президента", "budget") == 0.0


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
    assert {("президент", "president"), ("трамп", "trump"), ("він", "he")} <= pairs
