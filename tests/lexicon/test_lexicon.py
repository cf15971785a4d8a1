"""The Lexicon: lookups by lemma and by stem, scores, kinds, merging, loading, immutability."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bilingua.errors import InputError
from bilingua.lexicon import LexEntry, Lexicon, load_lexicon


def test_len_counts_distinct_lemmas(mini: Lexicon) -> None:
    assert len(mini) == 15
    assert len(Lexicon.from_entries([("Безпека", "security"), ("безпека", "safety")])) == 1


def test_translations_by_lemma(mini: Lexicon) -> None:
    assert mini.translations("безпека") == {"security", "safety"}
    assert mini.translations("БЕЗПЕКА") == {"security", "safety"}
    assert mini.translations("безпеки") == frozenset()  # not a lemma
    assert mini.translations("невідоме") == frozenset()


def test_translations_of_any_form(mini: Lexicon) -> None:
    assert mini.translations_of("безпеки") == {"security", "safety"}
    assert mini.translations_of("Ради безпеки") == {"Security Council"}


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        ("безпеки", "security"),
        ("безпекою", "safety"),
        ("України", "Ukraine"),
        ("Україні", "Ukraine's"),
        ("діалогу", "dialog"),
        ("діалог", "dialogues"),
        ("підтримки", "support"),
        ("фінансової", "financial"),
        ("санкційної", "sanctions"),
        ("санкцій", "sanctions"),
        ("держав", "states"),  # the surface form is the lemma's stem
        ("говорила", "talked"),  # a verb form, through the verb stem
        ("говорить", "speaks"),
        ("оборони", "defense"),
    ],
)
def test_match_by_surface_stem(mini: Lexicon, uk: str, en: str) -> None:
    assert mini.match(uk, en) == 1.0
    assert mini.match_kind(uk, en) == (1.0, "lexicon")


def test_match_by_lemma(mini: Lexicon) -> None:
    assert mini.match("безпек", "security", uk_lemma="безпека") == 1.0
    assert mini.match("xyz", "states", uk_lemma="держава", en_lemma="state") == 1.0
    assert mini.match("безпеки", "guarded", en_lemma="security") == 1.0


def test_unknown_lemma_falls_back_to_the_surface_form(mini: Lexicon) -> None:
    assert mini.match("безпеки", "security", uk_lemma="безпекі") == 1.0


def test_no_match(mini: Lexicon) -> None:
    assert mini.match("безпеки", "Ukraine") == 0.0
    assert mini.match_kind("невідоме", "security") == (0.0, None)
    assert mini.match("безпеки", "") == 0.0
    assert mini.match("", "security") == 0.0


def test_multi_word_translations_score_their_head(mini: Lexicon) -> None:
    assert mini.match("сили", "forces") == 0.0  # збройні сили is a phrase
    assert mini.match("ЗАЕС", "plant") == 0.75  # head of Zaporizhzhia nuclear power plant
    assert mini.match("ЗАЕС", "nuclear") == 0.4
    assert mini.match("ЗАЕС", "Zaporizhzhia") == 0.4
    assert mini.match("ЗАЕС", "ZNPP") == 1.0
    assert mini.match("ЗАЕС", "of") == 0.0


def test_head_of_a_verb_phrase_is_the_verb() -> None:
    lexicon = Lexicon.from_entries(
        [("брати участь", "take part"), ("х", "Armed Forces of Ukraine")]
    )
    assert lexicon.translations_of("брати участь") == {"take part"}
    lexicon = Lexicon.from_entries([("участь", "take part"), ("зсу", "Armed Forces of Ukraine")])
    assert lexicon.match("участі", "taking") == 0.75
    assert lexicon.match("участі", "part") == 0.4
    assert lexicon.match("зсу", "forces") == 0.75
    assert lexicon.match("зсу", "armed") == 0.4


def test_whole_phrase_and_hyphenated_compounds() -> None:
    lexicon = Lexicon.from_entries(
        [("державотворення", "state-building"), ("сша", "United States")]
    )
    assert lexicon.match("державотворення", "state-building") == 1.0
    assert lexicon.match("державотворення", "building") == 0.75
    assert lexicon.match("сша", "United States") == 1.0


def test_abbreviations_match_only_as_written(mini: Lexicon) -> None:
    assert mini.match("заес", "ZNPP") == 1.0  # any case on the Ukrainian side
    assert mini.match("ЗАЕСУ", "ZNPP") == 0.0  # no stemming of abbreviations


def test_acronym_targets_need_capitals_when_they_spell_a_word() -> None:
    lexicon = Lexicon.from_entries([("США", "US"), ("ВООЗ", "WHO"), ("НАТО", "NATO")])
    assert lexicon.match("США", "US") == 1.0
    assert lexicon.match("США", "U.S.") == 1.0
    assert lexicon.match("США", "us") == 0.0
    assert lexicon.match("ВООЗ", "who") == 0.0
    assert lexicon.match("НАТО", "Nato") == 1.0
    assert lexicon.match("НАТО", "nato") == 1.0


def test_handles_and_hashtags_never_match() -> None:
    lexicon = Lexicon.from_entries([("зеленський", "Zelensky"), ("@zelenskyyua", "Zelensky")])
    assert lexicon.match("@ZelenskyyUa", "Zelensky") == 0.0
    assert lexicon.match("#Зеленський", "Zelensky") == 0.0


def test_english_candidates(mini: Lexicon) -> None:
    assert mini.english_candidates("безпеки") == {"security", "safety"}
    assert "ZNPP" in mini.english_candidates("ЗАЕС")
    assert "plant" in mini.english_candidates("ЗАЕС")
    assert mini.english_candidates("невідоме") == frozenset()


def test_match_kind_reports_alias_and_prefers_lexicon_on_ties() -> None:
    lexicon = Lexicon(
        [
            LexEntry("Росія", "Russia", "alias"),
            LexEntry("РФ", "Russia|Russian Federation", "alias"),
            LexEntry("РФ", "Russia", "lexicon"),
        ]
    )
    assert lexicon.match_kind("Росії", "Russia") == (1.0, "alias")
    assert lexicon.match_kind("РФ", "Russia") == (1.0, "lexicon")
    assert lexicon.match_kind("РФ", "Federation") == (0.75, "alias")


def test_merged_keeps_both_and_leaves_the_originals(mini: Lexicon) -> None:
    extra = Lexicon.from_entries([("безпека", "safeness"), ("мир", "peace")])
    both = mini.merged(extra)
    assert len(both) == len(mini) + 1
    assert both.translations("безпека") == {"security", "safety", "safeness"}
    assert mini.translations("безпека") == {"security", "safety"}
    assert both.match("ЗАЕС", "ZNPP") == 1.0  # abbreviations stay abbreviations
    assert both.match("ЗАЕСУ", "ZNPP") == 0.0


def test_merge_keeps_the_higher_weight() -> None:
    learned = Lexicon([LexEntry("безпек", "security", weight=0.5, stemmed=True)])
    plain = Lexicon.from_entries([("безпека", "security")])
    assert learned.match("безпеки", "security") == 0.5
    assert learned.merged(plain).match("безпеки", "security") == 1.0


def test_entries_round_trip(mini: Lexicon) -> None:
    again = Lexicon(mini.entries())
    assert list(again.entries()) == list(mini.entries())


def test_immutable(mini: Lexicon) -> None:
    with pytest.raises(AttributeError):
        mini._table = {}
    with pytest.raises(AttributeError):
        mini.anything = 1
    with pytest.raises(AttributeError):
        del mini._exact


def test_repr_and_contains(mini: Lexicon) -> None:
    assert "15 Ukrainian lemmas" in repr(mini)
    assert "Безпека" in mini
    assert "безпеки" not in mini
    assert 3 not in mini


@pytest.mark.parametrize(
    "entry",
    [("", "x"), ("x", ""), ("x", "|"), (" ", "x")],
)
def test_from_entries_rejects_empty_sides(entry: tuple[str, str]) -> None:
    with pytest.raises(InputError, match="empty"):
        Lexicon.from_entries([entry])


def test_bad_weight_and_kind() -> None:
    with pytest.raises(InputError, match="weight"):
        Lexicon([LexEntry("a", "b", weight=0.0)])
    with pytest.raises(InputError, match="kind"):
        Lexicon([LexEntry("a", "b", "other")])  # type: ignore[arg-type]


def test_concurrent_matching_gives_the_same_answers(mini: Lexicon) -> None:
    words = [("безпеки", "security"), ("України", "Ukraine"), ("ЗАЕС", "plant"), ("x", "y")]
    expected = [mini.match(u, e) for u, e in words]
    results: list[list[float]] = []

    def work() -> None:
        results.append([mini.match(u, e) for _ in range(200) for u, e in words][-4:])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 8


# --- load_lexicon -------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "lex.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_two_and_three_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeff# comment\n\nбезпека\tsecurity|safety\r\n"
        "  # indented comment\nсанкц\tsanction\t0.8\n",
    )
    lexicon = load_lexicon(path)
    assert len(lexicon) == 2
    assert lexicon.match("санкцій", "sanctions") == 0.8
    assert lexicon.match("безпеки", "safety") == 1.0
    assert load_lexicon(str(path)).translations("безпека") == {"security", "safety"}


def test_learned_stems_are_matched_as_stems(tmp_path: Path) -> None:
    # en_stem("defens") would be "defen" and uk_stem("автоном") "автон": stems are used as is
    path = write(tmp_path, "автоном\tautonomy\t0.9\nоборон\tdefens\t0.7\n")
    lexicon = load_lexicon(path)
    assert lexicon.match("автономії", "autonomies") == 0.9
    assert lexicon.match("оборони", "defence") == 0.7


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("безпека\n", 1, "1 tab-separated field"),
        ("# ok\nбезпека\tsecurity\ta\tb\n", 2, "4 tab-separated field"),
        ("безпека\t\n", 1, "empty"),
        ("\tsecurity\n", 1, "empty"),
        ("безпека\tsecurity\tlots\n", 1, "probability"),
        ("безпека\tsecurity\t1.5\n", 1, "probability must be in"),
        ("безпека\tsecurity\t0\n", 1, "probability must be in"),
        ("безпека\tsecurity\tnan\n", 1, "probability must be in"),
    ],
)
def test_load_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=message) as caught:
        load_lexicon(path)
    assert f"{path}:{line}:" in str(caught.value)


def test_load_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_lexicon(tmp_path / "absent.tsv")
    with pytest.raises(InputError, match="cannot read"):
        load_lexicon(tmp_path)
    bad = tmp_path / "latin1.tsv"
    bad.write_bytes("безпека\tsecurity\n".encode("cp1251"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_lexicon(bad)


def test_forms_with_a_changing_stem_find_their_lemma() -> None:
    from bilingua.lexicon import default_lexicon

    lexicon = default_lexicon()
    for form, english in [("року", "year"), ("може", "can"), ("дні", "days"), ("двох", "two")]:
        assert lexicon.match_kind(form, english)[0] > 0, form
