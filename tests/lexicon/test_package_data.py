"""The packaged core lexicon (bilingua/data/lexicon/*.tsv) loads and works, when it is there."""

from __future__ import annotations

import threading

import pytest

from bilingua.lexicon import Lexicon, default_lexicon
from bilingua.lexicon._tsv import package_lexicon_files


@pytest.fixture(scope="module")
def core() -> Lexicon:
    if not package_lexicon_files():
        pytest.skip("src/bilingua/data/lexicon/ has no *.tsv files yet")
    return default_lexicon()


def test_default_lexicon_loads_every_core_file(core: Lexicon) -> None:
    files = package_lexicon_files()
    assert all(item.name.endswith(".tsv") for item in files)
    assert len(core) >= len(files)


def test_default_lexicon_is_cached() -> None:
    assert default_lexicon() is default_lexicon()


def test_default_lexicon_from_many_threads() -> None:
    seen: list[Lexicon] = []
    threads = [threading.Thread(target=lambda: seen.append(default_lexicon())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(lexicon) for lexicon in seen}) == 1


def test_aliases_are_part_of_the_default_lexicon() -> None:
    lexicon = default_lexicon()
    score, kind = lexicon.match_kind("ЗСУ", "UAF")
    assert score == 1.0
    assert kind in ("alias", "lexicon")
    assert lexicon.match("Росії", "Russia") == 1.0


@pytest.mark.parametrize(
    ("uk", "en"),
    [("безпеки", "security"), ("фінансової", "financial"), ("уряду", "government")],
)
def test_core_words(core: Lexicon, uk: str, en: str) -> None:
    if not core.english_candidates(uk):
        pytest.skip(f"{uk} is not in the core lexicon (yet)")
    assert core.match(uk, en) > 0.0


def test_the_learned_table_ships_with_its_licence() -> None:
    from bilingua.lexicon._tsv import LEARNED_HEADER, package_file

    table = package_file("learned.tsv")
    assert table.is_file()
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[0] == LEARNED_HEADER
    header = "\n".join(line for line in lines if line.startswith("#"))
    for needed in ("CC BY-SA 4.0", "NTREX-128", "Tatoeba", "CC BY 2.0 FR", "learn_table.py"):
        assert needed in header
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert len(rows) > 3000 and all(len(row) == 3 and 0 < float(row[2]) <= 1 for row in rows)
    assert rows == sorted(rows, key=lambda row: (row[0], -float(row[2]), row[1]))


def test_learned_entries_are_weighed_below_curated_ones() -> None:
    full, curated = default_lexicon(), default_lexicon(learned=False)
    assert len(full) > len(curated)
    learned = [e for e in full.entries() if e.kind == "learned"]
    assert learned and not any(e.kind == "learned" for e in curated.entries())
    for entry in learned[:200]:
        value, kind = full.match_kind(entry.uk, entry.en)
        assert kind == "lexicon" or 0.5 <= value <= 0.7, (entry, value, kind)
