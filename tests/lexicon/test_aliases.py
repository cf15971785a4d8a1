"""The packaged alias table: abbreviations and entities, in any case and inflected form."""

from __future__ import annotations

from importlib import resources

import pytest

from bilingua.lexicon import alias_match, alias_targets
from bilingua.lexicon._tsv import parse_lines
from bilingua.lexicon.aliases import alias_lexicon


def table_lines() -> list[str]:
    text = resources.files("bilingua").joinpath("data", "aliases.tsv").read_text(encoding="utf-8")
    return text.splitlines()


def test_the_table_parses_and_is_large_enough() -> None:
    entries = list(parse_lines(table_lines(), "aliases.tsv", kind="alias"))
    assert len(entries) >= 150
    assert len(alias_lexicon()) >= 150
    assert not any(entry.uk.startswith(("@", "#")) for entry in entries)


@pytest.mark.parametrize(
    ("uk", "targets"),
    [
        ("РФ", {"Russia", "Russian Federation"}),
        ("Росія", {"Russia"}),
        ("США", {"US", "USA", "United States", "America"}),
        ("ЗСУ", {"Armed Forces of Ukraine", "UAF", "Ukrainian army"}),
        ("ЄС", {"EU", "European Union"}),
        ("ООН", {"UN", "United Nations"}),
        ("НАТО", {"NATO"}),
        ("МЗС", {"Foreign Ministry", "MFA"}),
        ("СБУ", {"SBU", "Security Service of Ukraine"}),
        ("ВР", {"Verkhovna Rada", "parliament"}),
        ("Верховна Рада", {"Verkhovna Rada", "parliament"}),
        ("ОП", {"Presidential Office"}),
        ("МВФ", {"IMF"}),
        ("ВООЗ", {"WHO"}),
        ("ЗМІ", {"media"}),
        ("ЗАЕС", {"Zaporizhzhia nuclear power plant", "ZNPP"}),
        ("Президент", {"President"}),
    ],
)
def test_required_aliases(uk: str, targets: set[str]) -> None:
    assert targets <= alias_targets(uk)


@pytest.mark.parametrize(
    ("form", "target"),
    [
        ("рф", "Russia"),
        ("сша", "USA"),
        ("Сша", "USA"),
        ("Росії", "Russia"),
        ("Росією", "Russia"),
        ("РОСІЇ", "Russia"),
        ("Верховної Ради", "Verkhovna Rada"),
        ("Верховній Раді", "parliament"),
        ("Зеленського", "Zelensky"),
        ("Києва", "Kyiv"),
        ("Києві", "Kyiv"),
        ("Кремля", "Kremlin"),
        ("Сполучених Штатів", "United States"),
        ("Нацбанку", "NBU"),
    ],
)
def test_case_and_inflected_forms(form: str, target: str) -> None:
    assert target in alias_targets(form)


@pytest.mark.parametrize("handle", ["@ZelenskyyUa", "@POTUS", "#StandWithUkraine", "@СБУ"])
def test_handles_are_not_aliases(handle: str) -> None:
    assert alias_targets(handle) == frozenset()


def test_unknown_words_have_no_targets() -> None:
    assert alias_targets("борщ") == frozenset()
    assert alias_targets("") == frozenset()


def test_abbreviations_are_not_stemmed() -> None:
    assert alias_targets("ПАРЄ") >= {"PACE"}
    assert alias_targets("пара") == frozenset()  # would share a stem with ПАРЄ


@pytest.mark.parametrize(
    ("uk", "en", "score"),
    [
        ("США", "US", 1.0),
        ("США", "U.S.", 1.0),
        ("США", "us", 0.0),  # the pronoun
        ("США", "States", 0.75),
        ("ЗСУ", "UAF", 1.0),
        ("ЗСУ", "Forces", 0.75),
        ("ЗСУ", "army", 0.75),
        ("Росії", "Russia", 1.0),
        ("Росії", "Russia's", 1.0),
        ("ВООЗ", "WHO", 1.0),
        ("ВООЗ", "who", 0.0),
        ("НАТО", "Nato", 1.0),
        ("ЗАЕС", "ZNPP", 1.0),
        ("ЗАЕС", "plant", 0.75),
        ("Києва", "Kiev", 1.0),
        ("МЗС", "ministry", 0.75),
        ("РФ", "Ukraine", 0.0),
        ("@ZelenskyyUa", "Zelensky", 0.0),
    ],
)
def test_alias_match(uk: str, en: str, score: float) -> None:
    assert alias_match(uk, en) == score


def test_alias_lexicon_is_cached_and_of_kind_alias() -> None:
    assert alias_lexicon() is alias_lexicon()
    assert alias_lexicon().match_kind("РФ", "Russia") == (1.0, "alias")
