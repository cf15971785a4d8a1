"""Word correspondences, phrase matches and word alignment, on tokens built by hand and on
sentences as the rules backend tokenises them."""

from __future__ import annotations

import pytest

from bilingua.align import align_words
from bilingua.lexicon import default_lexicon
from bilingua.match import Matcher, PhraseMatch, WordView, content_words
from bilingua.model import Token
from bilingua.nlp import Passage
from bilingua.nlp.rules import sentences

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


def views(text: str, lang: str) -> list[WordView]:
    """The words of ``text`` as the rules backend tokenises and lemmatises them."""
    passage = Passage(0, len(text), lang)
    return [WordView.of(t) for s in sentences(text, passage) for t in s.tokens]


def spelled(found: list[PhraseMatch], uk: list[WordView], en: list[WordView]) -> set[tuple]:
    """The runs' words as matching sees them, with one apostrophe (views fold them)."""
    return {
        (" ".join(w.text for w in uk[m.uk.start : m.uk.stop]).replace("’", "'"),
         " ".join(w.text for w in en[m.en.start : m.en.stop]).replace("’", "'"))
        for m in found
    }  # fmt: skip


def test_phrase_matches_in_a_news_sentence() -> None:
    uk = views("На жаль, засідання Верховної Ради перенесли в зв'язку з обстрілами Києва.", "uk")
    en = views(
        "Unfortunately, the session of the Verkhovna Rada was postponed due to the shelling "
        "of Kyiv.",
        "en",
    )
    found = MATCHER.phrase_matches(uk, en)
    assert {
        ("На жаль", "Unfortunately"),
        ("Верховної Ради", "Verkhovna Rada"),
        ("в зв'язку з", "due to"),  # written у зв’язку з in the lexicon
    } <= spelled(found, uk, en)
    assert all(m.via == "phrase" and 0.0 < m.score <= 1.0 for m in found)
    assert found == sorted(found, key=lambda m: (m.uk.start, m.uk.stop, m.en.start, m.en.stop))
    assert all(len(m.uk) > 1 or len(m.en) > 1 for m in found)  # one-word pairs are score()'s


def test_a_phrase_on_one_side_only() -> None:
    uk = views("Верховна Рада ухвалила закон, а ЗСУ відбили атаку", "uk")
    en = views(
        "Parliament passed the law and the Armed Forces of Ukraine repelled the attack", "en"
    )
    pairs = spelled(MATCHER.phrase_matches(uk, en), uk, en)
    assert ("Верховна Рада", "Parliament") in pairs
    assert ("ЗСУ", "Armed Forces of Ukraine") in pairs


def test_no_phrase_match_without_the_whole_phrase() -> None:
    uk = views("Жаль, що він не прийшов", "uk")  # not на жаль
    en = views("Unfortunately he did not come", "en")
    assert ("Жаль", "Unfortunately") not in spelled(MATCHER.phrase_matches(uk, en), uk, en)
    uk = views("Засідання ради перенесли", "uk")
    en = views("The session of the Verkhovna Rada was postponed", "en")  # no Верховна
    assert not any(len(m.uk) > 1 for m in MATCHER.phrase_matches(uk, en))
    assert MATCHER.phrase_matches([], en) == [] and MATCHER.phrase_matches(uk, []) == []


def test_learned_links_report_their_evidence_below_curated_ones() -> None:
    assert MATCHER.score(view("ложкою"), view("spoons")) == (1.0, "lexicon")  # curated
    # words only the learned table (NTREX-128 + Tatoeba) knows, in forms it never saw
    for uk, en in (("аспірину", "aspirin"), ("забобони", "superstitions"), ("водню", "hydrogen")):
        value, via = MATCHER.score(view(uk), view(en))
        assert via == "learned" and 0.5 <= value <= 0.7, (uk, en, value, via)
    assert MATCHER.score(view("аспірину"), view("hydrogen")) == (0.0, None)
    curated_only = Matcher(default_lexicon(learned=False))
    assert curated_only.score(view("аспірину"), view("aspirin")) == (0.0, None)


@pytest.mark.parametrize(("uk", "en"), [("ложкою", "spoon"), ("безпеки", "security")])
def test_a_curated_link_outranks_a_learned_one_for_the_same_word(uk: str, en: str) -> None:
    assert MATCHER.score(view(uk), view(en))[1] == "lexicon"
