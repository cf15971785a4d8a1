"""The first pass: documents that cannot hold a uk–en pair are dismissed, the others are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilingua import analyze, analyze_many
from bilingua.screen import screen

_ENGLISH_NEWS = (
    "LONDON (Reuters) - The Bank of England raised interest rates on Thursday for the third "
    "time this year, saying that inflation was likely to peak above 7% in the spring.\n\n"
    "The decision was widely expected by investors, who had been betting that the bank would "
    "act again as energy prices climbed.\n\n"
    'Governor Andrew Bailey said: "We are seeing a very big shock to the economy."\n'
)
_UKRAINIAN_POST = (
    "Сьогодні в Києві знову лунала повітряна тривога. Люди спускалися в укриття, а діти "
    "малювали на стінах метро.\n\n"
    "Дякуємо всім, хто допомагає нашим захисникам і волонтерам у ці дні!\n"
)
_RUSSIAN_NEWS_WITH_NAMES = (
    "Исследование BioNTech и Pfizer показало, что эффективность вакцины существенно ниже. "
    "Это указывает на то, что две дозы могут не защитить от заражения.\n\n"
    "Эксперты считают, что новый вариант распространяется быстрее, чем Delta.\n"
)
_PAIRED = (
    "Ukraine's president wrote on Telegram on Sunday evening.\n\n"
    "«Київ — це Європа, і ми пам’ятаємо кожного загиблого захисника України», — написав він.\n\n"
    '"Kyiv is Europe, and we remember every fallen defender of Ukraine," he wrote.\n'
)


def test_an_english_article_is_dismissed_with_one_english_segment_per_paragraph() -> None:
    screened = screen(_ENGLISH_NEWS)
    assert screened is not None
    assert screened.reason == "no Cyrillic letters, so no Ukrainian"
    assert [s.lang for s in screened.segments] == ["en", "en", "en"]
    assert screened.segments[0].text.startswith("LONDON (Reuters)")
    assert screened.segments[0].text.endswith("in the spring.")
    assert screened.segments[2].text.endswith("economy.")  # the closing mark stays out


def test_a_ukrainian_post_is_dismissed_as_ukrainian() -> None:
    screened = screen(_UKRAINIAN_POST)
    assert screened is not None and screened.reason == "no Latin letters, so no English"
    assert [s.lang for s in screened.segments] == ["uk", "uk"]


def test_russian_news_naming_companies_in_latin_letters_is_dismissed() -> None:
    screened = screen(_RUSSIAN_NEWS_WITH_NAMES)
    assert screened is not None and screened.reason == "no paragraph in Ukrainian"
    assert [s.lang for s in screened.segments] == ["ru", "ru"]


def test_a_document_with_a_pair_is_not_dismissed_and_pairs() -> None:
    assert screen(_PAIRED) is None
    document = analyze(_PAIRED, backend="rules")
    assert "dismissed" not in document.meta.options
    assert len(document.pairs) == 1


def test_a_dismissed_document_says_so_and_first_pass_false_analyses_it_in_full() -> None:
    dismissed = analyze(_ENGLISH_NEWS, backend="rules")
    assert dismissed.meta.options["dismissed"] == "no Cyrillic letters, so no Ukrainian"
    assert dismissed.quotes == () and dismissed.pairs == ()
    full = analyze(_ENGLISH_NEWS, backend="rules", first_pass=False)
    assert "dismissed" not in full.meta.options
    assert [q.text for q in full.quotes] == ["We are seeing a very big shock to the economy."]
    assert {s.lang for s in full.segments} == {"en"}
    batch = list(analyze_many([_ENGLISH_NEWS, _PAIRED], backend="rules"))
    assert [len(d.pairs) for d in batch] == [0, 1]
    assert batch[0] == dismissed


def test_english_with_one_ukrainian_word_is_dismissed_but_a_ukrainian_sentence_is_not() -> None:
    one_word = _ENGLISH_NEWS.replace("Governor", "Губернатор")
    screened = screen(one_word)
    assert screened is not None and screened.reason == "no paragraph in Ukrainian"
    sentence = _ENGLISH_NEWS + "\nВін сказав, що це дуже великий шок для економіки.\n"
    assert screen(sentence) is None


_PIECES = (
    "«Київ — це Європа, і ми пам’ятаємо кожного загиблого захисника України», — написав він.",
    '"Kyiv is Europe, and we remember every fallen defender of Ukraine," he wrote.',
    "Исследование BioNTech и Pfizer показало, что эффективность вакцины ниже.",
    "The Bank of England raised interest rates on Thursday.",
    "Banka Anglie ve čtvrtek zvýšila úrokové sazby.",
    "Дякуємо всім, хто допомагає нашим захисникам!",
    "Thank you to everyone who helps our defenders!",
    "Sainsbury's",
    "I'm A Celebrity",
    "Зеленський",
    "Zelensky",
    "\n\n",
    "\n",
    " ",
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_dismissed_document_never_had_a_pair(text: str) -> None:
    if screen(text) is not None:
        assert analyze(text, backend="rules", first_pass=False).pairs == ()
