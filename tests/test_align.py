"""Alignment: units cut where punctuation is missing, beads, windows for long passages."""

from __future__ import annotations

import warnings

import pytest

import bilingua
from bilingua import nlp
from bilingua.align import align_sentences
from bilingua.align._units import ordinary_test, units_of
from bilingua.match import default_matcher
from bilingua.model import Sentence


def sentences(text: str, lang: str) -> list[Sentence]:
    return nlp.annotate(text, nlp.line_passages(text, lang), backend="rules")


def cuts(text: str, lang: str) -> list[tuple[str, str | None]]:
    units = units_of(text, sentences(text, lang), lang, ordinary_test(default_matcher().lexicon))
    return [(text[u.start : u.end], u.cut) for u in units]


def test_a_run_on_line_is_cut_before_capitalised_ordinary_words() -> None:
    text = "Сьогодні вже був у яслях Навіть сьогодні там вже спав"
    assert cuts(text, "uk") == [
        ("Сьогодні вже був у яслях", "capital"),
        ("Навіть сьогодні там вже спав", None),
    ]
    english = "They are at the station near the baby care room She says she is tired"
    assert [u for u, _ in cuts(english, "en")] == [
        "They are at the station near the baby care room",
        "She says she is tired",
    ]


def test_names_and_the_polite_you_are_never_cuts() -> None:
    assert len(cuts("Санкції заморожують активи у Сполучених Штатах", "uk")) == 1
    assert len(cuts("Я не зможу у Вас працювати завтра", "uk")) == 1
    assert len(cuts("We met Olena Shevchenko in Lviv", "en")) == 1


def test_a_line_break_inside_a_passage_is_a_cue() -> None:
    text = "Дякую за допомогу\nзавтра буду о восьмій"
    found = nlp.annotate(text, [nlp.Passage(0, len(text), "uk")], backend="rules")
    assert len(found) == 1  # one sentence to the splitter: no end punctuation
    units = units_of(text, found, "uk", ordinary_test(default_matcher().lexicon))
    assert [(text[u.start : u.end], u.cut) for u in units] == [
        ("Дякую за допомогу", "line"),
        ("завтра буду о восьмій", None),
    ]


def align(uk: str, en: str) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = bilingua.align_documents(uk, en, backend="rules")
    return [(link.source.text, link.target.text) for link in result.sentences]


def test_run_on_lines_align_one_to_one_as_transcripts_write_them() -> None:
    uk = "Шанс є у кожного Головне щоб кохання було справжнім та взаємним"
    en = "Everybody has a chance The main thing is that love is true and mutual"
    assert align(uk, en) == [
        ("Шанс є у кожного", "Everybody has a chance"),
        (
            "Головне щоб кохання було справжнім та взаємним",
            "The main thing is that love is true and mutual",
        ),
    ]


def test_three_short_sentences_rendered_as_one() -> None:
    uk = "Росія знову атакувала. Енергетика пошкоджена. Без світла тисячі людей."
    en = (
        "Russia attacked again, the energy system is damaged and thousands of people have no power."
    )
    links = align(uk, en)
    assert links == [(uk, en)]


def test_a_sentence_without_counterpart_is_left_out_of_a_bead() -> None:
    uk = (
        "Україна відновила експорт зерна.\nЦе речення не має перекладу.\n"
        "Кожна родина отримає житло."
    )
    en = "Ukraine has resumed grain exports.\nEvery family will receive housing."
    links = align(uk, en)
    assert not any("речення" in source for source, _ in links)
    assert len(links) == 2


def _long_pair(count: int) -> tuple[str, str]:
    """A transcript of ``count`` sentences as one paragraph a side; numbers tell them apart."""
    uk, en = [], []
    for n in range(count):
        uk.append(f"У {1000 + n} році місто отримало {n % 97 + 3} нових автобусів для школи.")
        en.append(f"In {1000 + n} the city received {n % 97 + 3} new buses for the school.")
    return " ".join(uk), " ".join(en)


def test_a_long_passage_is_aligned_in_windows_between_anchors() -> None:
    uk, en = _long_pair(400)
    found = align_sentences(uk, sentences(uk, "uk"), en, sentences(en, "en"), default_matcher())
    assert found.windowed
    right = sum(
        link.source.text.split()[1] == link.target.text.split()[1] for link in found.sentences
    )
    assert len(found.sentences) == 400 and right == 400


def test_a_short_passage_is_one_search() -> None:
    uk, en = _long_pair(20)
    found = align_sentences(uk, sentences(uk, "uk"), en, sentences(en, "en"), default_matcher())
    assert not found.windowed and len(found.sentences) == 20


@pytest.mark.slow
def test_a_transcript_pair_says_it_was_aligned_in_windows() -> None:
    uk, en = _long_pair(300)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = bilingua.analyze(f"{uk}\n\n{en}\n", backend="rules")
    (pair,) = document.pairs
    assert pair.windowed
    assert bilingua.Document.model_validate_json(document.model_dump_json()).pairs[0].windowed
