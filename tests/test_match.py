"""Word correspondences and word alignment, on tokens built by hand."""

from __future__ import annotations

from bilingua.align import align_words
from bilingua.lexicon import default_lexicon
from bilingua.match import Matcher, WordView, content_words
from bilingua.model import Token

MATCHER = Matcher(default_lexicon())


def view(text: str, lemma: str | None = None, upos: str | None = None) -> WordView:
    return WordView.of(Token(start=0, end=len(text), text=text, lemma=lemma, upos=upos))


def test_lexicon_match_through_inflection() -> None:
    assert MATCHER.score(view("безпеки"), view("security")) == (1.0, "lexicon")
    assert MATCHER.score(view("діалогу"), view("dialogue"))[1] == "lexicon"


def test_alias_and_acronym_keep_english_case() -> None:
    value, via = MATCHER.score(view("США"), view("US"))
    assert value > 0.5 and via in ("lexicon", "alias")
    assert MATCHER.score(view("США"), view("us")) == (0.0, None)  # the pronoun


def test_transliteration_of_names() -> None:
    value, via = MATCHER.score(view("Зеленського"), view("Zelensky"))
    assert via in ("transliteration", "lexicon", "alias")
    assert value >= 0.7
    assert MATCHER.score(view("Зеленського"), view("Biden")) == (0.0, None)


def test_numbers_and_identical_tokens() -> None:
    assert MATCHER.score(view("1,4"), view("1.4")) == (1.0, "number")
    assert MATCHER.score(view("350"), view("530")) == (0.0, None)
    assert MATCHER.score(view("@POTUS"), view("@POTUS")) == (1.0, "identical")
    assert MATCHER.score(view("@POTUS"), view("@NATO")) == (0.0, None)


def test_content_words_leave_function_words_out() -> None:
    tokens = [Token(start=i, end=i + len(w), text=w) for i, w in enumerate(["і", "зерна", ","])]
    assert [t.text for t in content_words(tokens, "uk")] == ["зерна"]


def test_competitive_linking_is_one_to_one_and_best_first() -> None:
    uk_text = "безпеки безпеки Україна"
    en_text = "security Ukraine"
    uk = [Token(start=0, end=7, text="безпеки"), Token(start=8, end=15, text="безпеки")]
    uk.append(Token(start=16, end=23, text="Україна"))
    en = [Token(start=0, end=8, text="security"), Token(start=9, end=16, text="Ukraine")]
    links = align_words(uk_text, uk, en_text, en, MATCHER.score)
    assert [(w.source.start, w.target.text) for w in links] == [(0, "security"), (16, "Ukraine")]
    assert len({w.target.start for w in links}) == len(links)


def test_matches_equals_scoring_every_pair() -> None:
    """The key-indexed look-up finds exactly the non-zero pairs of the all-pairs loop."""
    from bilingua.nlp import Passage
    from bilingua.nlp.rules import sentences

    def views(text: str, lang: str) -> list[WordView]:
        passage = Passage(0, len(text), lang)
        return [WordView.of(t) for s in sentences(text, passage) for t in s.tokens]

    uk_text = (
        "Президент Зеленський заявив, що США та НАТО виділили $350 млн, 1,4 тис. і 2022 року "
        "@ZelenskyyUa #StandWithUkraine безпеки діалогу Україна РФ Київ Байден U.S. iPhone "
        "говорив мир війна люди Остапчук"
    )
    en_text = (
        "President Zelensky said the US and Nato gave $350 million, 1.4 thousand and in 2022 "
        "@ZelenskyyUa #StandWithUkraine security dialogue Ukraine Russia Kyiv Biden us US "
        "iPhone talked peace war people Armed Forces of Ukraine Ostapchuk"
    )
    uk, en = views(uk_text, "uk"), views(en_text, "en")
    expected = {}
    for i, u in enumerate(uk):
        for j, e in enumerate(en):
            value, via = MATCHER.score(u, e)
            if value > 0 and via is not None:
                expected[i, j] = (value, via)
    found = MATCHER.matches(uk, en)
    assert found == expected
    assert {"lexicon", "transliteration", "number", "identical"} <= {v for _, v in found.values()}
