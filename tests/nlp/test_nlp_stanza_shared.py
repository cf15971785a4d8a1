"""The real stanza path on the compact UD-trained models in ../shared/models/stanza.

Skipped (with the reason) when ../shared is not beside the repository. The expected lemmas
are ones these compact models get right; they are weaker than stanza's official models
(e.g. they lemmatise uk "провів" wrongly), so only robust cases are asserted.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bilingua.model import Sentence
from bilingua.nlp import Passage, annotate, annotate_many, stanza_backend

pytestmark = [pytest.mark.slow, pytest.mark.shared, pytest.mark.usefixtures("shared_model_dir")]

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_9af9b8adf236328a.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Passage]]:
    """The seed article with its English quote and the Ukrainian tweet as passages."""
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    en_start = text.index("As part of the constant dialogue")
    en_end = text.index(', "Zelensky said')
    uk_start = text.index("У межах")
    uk_end = text.index(" — Володимир")
    return text, [Passage(en_start, en_end, "en"), Passage(uk_start, uk_end, "uk")]


def check_invariants(text: str, sentences: list[Sentence]) -> None:
    previous = -1
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end
            assert token.start >= previous
            previous = token.end


def lemmas(sentences: list[Sentence]) -> dict[str, str | None]:
    return {t.text: t.lemma for s in sentences for t in s.tokens}


def test_seed_article_quotes(seed: tuple[str, list[Passage]]) -> None:
    text, passages = seed
    out = annotate(text, passages, backend="stanza")
    check_invariants(text, out)
    assert [(s.lang, s.text[:20]) for s in out] == [
        ("en", "As part of the const"),
        ("en", "The agenda included "),
        ("uk", "У межах постійного д"),
        ("uk", "На порядку денному б"),
    ]
    found = lemmas(out)
    assert found["України"] == "Україна"
    assert found["розмову"] == "розмова"
    assert found["підтримки"] == "підтримка"
    assert found["sanctions"] == "sanction"
    assert found["included"] == "include"
    assert found["had"] == "have"


def test_two_sentence_passages() -> None:
    uk = "Президент України провів розмову. Він сказав, що пам’ять важлива."
    en = "I think the talks went well. Biden said so."
    text = f"{en}\n{uk}"
    out = annotate(
        text, [Passage(0, len(en), "en"), Passage(len(en) + 1, len(text), "uk")], backend="stanza"
    )
    check_invariants(text, out)
    assert [s.text for s in out] == [
        "I think the talks went well.",
        "Biden said so.",
        "Президент України провів розмову.",
        "Він сказав, що пам’ять важлива.",
    ]
    assert lemmas(out)["talks"] == "talk"
    assert lemmas(out)["went"] == "go"
    assert lemmas(out)["сказав"] == "сказати"


def test_mwt_tokens_stay_whole() -> None:
    text = "I don't know why they can't come."
    out = annotate(text, [Passage(0, len(text), "en")], backend="stanza")
    tokens = {t.text: t for t in out[0].tokens}
    assert (tokens["don't"].lemma, tokens["don't"].upos) == ("do+not", "AUX+PART")
    assert tokens["can't"].lemma == "can+not"
    assert tokens["don't"].end - tokens["don't"].start == 5


def test_unusual_whitespace_and_marks() -> None:
    text = "Зміна\u00a0й\u0306 кращого\r\nдня 🇺🇦 1,4 млн\ttis.\u200b 👨\u200d👩\u200d👧 кінець."
    out = annotate(text, [Passage(0, len(text), "uk")], backend="stanza")
    check_invariants(text, out)
    assert "й\u0306" in [t.text for s in out for t in s.tokens]


def test_threads_share_the_pipelines(seed: tuple[str, list[Passage]]) -> None:
    text, passages = seed
    stanza_backend.clear_cache()
    expected = annotate(text, passages, backend="stanza")
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda _: annotate(text, passages, backend="stanza"), range(12)))
    assert all(r == expected for r in results)


def test_batch_of_documents(seed: tuple[str, list[Passage]]) -> None:
    text, passages = seed
    batch = annotate_many([(text, passages), (text, passages[:1]), (text, [])], backend="stanza")
    assert batch[0] == annotate(text, passages, backend="stanza")
    assert batch[1] == [s for s in batch[0] if s.lang == "en"]
    assert batch[2] == []


def test_lemma_memo_does_not_change_results() -> None:
    """stanza remembers seq2seq lemmas (lemma_store_results): later documents must not differ."""
    first = "Уряди союзників погодили нові санкції. Міністри обговорили подальші кроки."
    second = "Союзники погодили санкції, а міністри обговорили кроки й подальші рішення."
    one, two = [Passage(0, len(first), "uk")], [Passage(0, len(second), "uk")]
    stanza_backend.clear_cache()
    fresh = annotate(second, two, backend="stanza")
    stanza_backend.clear_cache()
    annotate(first, one, backend="stanza")  # fills the memo with overlapping words
    assert annotate(second, two, backend="stanza") == fresh


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_same_annotations_as_stanzas_own_pipeline(
    seed: tuple[str, list[Passage]], shared_model_dir: Path, lang: str
) -> None:
    """Tags, UFeats and lemmas of the whole seed article equal stock stanza's, word by word."""
    from _nlp_stock import assert_same_as_stock

    text, _ = seed
    paragraphs = [p for p in text.split("\n") if p.strip()]
    assert len(paragraphs) > 5
    assert_same_as_stock(shared_model_dir, lang, paragraphs)
