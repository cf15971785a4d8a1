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
