"""The real stanza path on tiny models that the suite trains itself (see conftest.py).

These run on any machine, with or without ../shared: the models come from a synthetic
treebank, so in-vocabulary words have known lemmas and tags.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bilingua.model import Sentence
from bilingua.nlp import (
    ModelsMissingWarning,
    Passage,
    annotate,
    annotate_many,
    resolve_backend,
    stanza_backend,
)

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("tiny_model_dir")]

INTRO = "The president spoke on Sunday. He wrote:\n\n"
EN = (
    "The leaders discussed the talks with Congress. They don't support sanctions! "
    "Mr. Biden said that the U.S. president supports security."
)
MIDDLE = "\n\nIn Ukrainian:\n\n"
UK = (
    "Президент України провів розмову з Байденом. У 2022 р. Зеленський отримав допомогу. "
    "Ми зберігаємо пам’ять про героїв."
)
TEXT = INTRO + EN + MIDDLE + UK + "\n\nDobrý den."
PASSAGES = [
    Passage(TEXT.index(EN), TEXT.index(EN) + len(EN), "en"),
    Passage(TEXT.index(UK), TEXT.index(UK) + len(UK), "uk"),
    Passage(TEXT.index("Dobrý"), len(TEXT), "cs"),
]
WEIRD_UK = (
    "Він\u00a0сказав:\r\n«Ми\u00a0дякуємо партнерам за підтримку!»\t"
    "й\u0306ого 👍🏽 👨\u200d👩\u200d👧 zero\u200bwidth."
)
WEIRD_EN = (
    "They\u00a0don't\r\nsupport 👍🏽 the\ttalks\u200d. It's cafe\u0301 time.\u2028"
    "Biden\u3000said\u00adso."
)


def check_invariants(text: str, sentences: list[Sentence], passages: list[Passage]) -> None:
    previous = -1
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert (
            sentence.start == sentence.tokens[0].start and sentence.end == sentence.tokens[-1].end
        )
        assert any(
            p.start <= sentence.start and sentence.end <= p.end and p.lang == sentence.lang
            for p in passages
        )
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
            assert token.start >= previous and token.end > token.start
            previous = token.end


def visible(text: str) -> str:
    return "".join(
        ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")
    )


def by_text(sentences: list[Sentence]) -> dict[str, Any]:
    return {t.text: t for s in sentences for t in s.tokens}


def test_auto_picks_stanza_without_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ModelsMissingWarning)
        assert resolve_backend("auto") == "stanza"
        out = annotate(TEXT, PASSAGES)
    assert out[0].tokens[1].upos == "NOUN"


def test_sentences_offsets_and_languages() -> None:
    out = annotate(TEXT, PASSAGES, backend="stanza")
    check_invariants(TEXT, out, PASSAGES)
    assert [s.text for s in out] == [
        "The leaders discussed the talks with Congress.",
        "They don't support sanctions!",
        "Mr. Biden said that the U.S. president supports security.",
        "Президент України провів розмову з Байденом.",
        "У 2022 р. Зеленський отримав допомогу.",
        "Ми зберігаємо пам’ять про героїв.",
    ]
    assert [s.lang for s in out] == ["en"] * 3 + ["uk"] * 3


@pytest.mark.parametrize(
    ("word", "lemma", "upos"),
    [
        ("leaders", "leader", "NOUN"),
        ("discussed", "discuss", "VERB"),
        ("talks", "talk", "NOUN"),
        ("sanctions", "sanction", "NOUN"),
        ("supports", "support", "VERB"),
        ("U.S.", "U.S.", "PROPN"),
        ("України", "Україна", "PROPN"),
        ("провів", "провести", "VERB"),
        ("розмову", "розмова", "NOUN"),
        ("Байденом", "Байден", "PROPN"),
        ("р.", "рік", "NOUN"),
        ("пам’ять", "пам’ять", "NOUN"),
        ("героїв", "герой", "NOUN"),
    ],
)
def test_lemmas_and_tags_of_known_words(word: str, lemma: str, upos: str) -> None:
    token = by_text(annotate(TEXT, PASSAGES, backend="stanza"))[word]
    assert (token.lemma, token.upos) == (lemma, upos)


def test_feats_come_through() -> None:
    token = by_text(annotate(TEXT, PASSAGES, backend="stanza"))["України"]
    assert token.feats is not None and "Case=Gen" in token.feats


def test_multi_word_token_is_one_surface_token() -> None:
    dont = by_text(annotate(TEXT, PASSAGES, backend="stanza"))["don't"]
    assert (dont.lemma, dont.upos) == ("do+not", "AUX+PART")
    assert dont.feats is not None and dont.feats.endswith("+Polarity=Neg")


def test_same_document_structure_as_rules() -> None:
    def shape(sentences: list[Sentence]) -> list[tuple[str, int, int]]:
        return [(s.lang, s.start, s.end) for s in sentences]

    stanza_out = annotate(TEXT, PASSAGES, backend="stanza")
    rules_out = annotate(TEXT, PASSAGES, backend="rules")
    assert shape(stanza_out) == shape(rules_out)
    check_invariants(TEXT, rules_out, PASSAGES)


@pytest.mark.parametrize(("text", "lang"), [(WEIRD_UK, "uk"), (WEIRD_EN, "en")])
def test_unusual_characters_keep_every_span_exact(text: str, lang: str) -> None:
    passages = [Passage(0, len(text), lang)]
    out = annotate(text, passages, backend="stanza")
    check_invariants(text, out, passages)
    covered = "".join(t.text for s in out for t in s.tokens)
    assert visible(covered) == visible(text), "no visible character is lost"


def corrupting(real: Callable[[list[Any]], list[Any]]) -> Callable[[list[Any]], list[Any]]:
    """Wrap a processor's bulk_process so stanza's answer looks like a normalising,
    offset-less pipeline."""

    def bulk_process(docs: list[Any]) -> list[Any]:
        out = real(docs)
        for doc in out:
            for sentence in doc.sentences:
                for i, token in enumerate(sentence.tokens):
                    token.text = unicodedata.normalize("NFKC", token.text).replace("\u200d", "")
                    if i % 2:
                        token._start_char = token._end_char = None
                    else:
                        token._start_char, token._end_char = (
                            token._start_char + 3,
                            token._end_char + 3,
                        )
        return out

    return bulk_process


@pytest.mark.parametrize(("text", "lang"), [(WEIRD_UK, "uk"), (WEIRD_EN, "en"), (TEXT, "en")])
def test_wrong_offsets_from_stanza_give_the_same_spans(
    text: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    passages = [Passage(0, len(text), lang)]
    expected = annotate(text, passages, backend="stanza")
    tagger = stanza_backend.load_pipeline(lang).processors["pos"]  # runs after tokenize (and mwt)
    monkeypatch.setattr(tagger, "bulk_process", corrupting(tagger.bulk_process))
    got = annotate(text, passages, backend="stanza")
    check_invariants(text, got, passages)
    assert [(t.start, t.end) for s in got for t in s.tokens] == [
        (t.start, t.end) for s in expected for t in s.tokens
    ]


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_same_annotations_as_stanzas_own_pipeline(tiny_model_dir: Path, lang: str) -> None:
    from _nlp_stock import assert_same_as_stock

    passages = {"uk": [UK, WEIRD_UK, UK + " " + UK], "en": [EN, WEIRD_EN, EN + " " + EN]}[lang]
    assert_same_as_stock(tiny_model_dir, lang, passages)


def test_lemmatizer_reads_only_words_it_has_not_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    stanza_backend.clear_cache()
    lemmatizer = stanza_backend.load_pipeline("uk").processors["lemma"]
    asked: list[list[str]] = []
    real = lemmatizer.process

    def spy(doc: Any) -> Any:
        asked.append([w.text for w in doc.iter_words()])
        return real(doc)

    monkeypatch.setattr(lemmatizer, "process", spy)
    passage = [Passage(0, len(UK), "uk")]
    first = annotate(UK, passage, backend="stanza")
    assert asked and len(asked[0]) == len(set(asked[0]))  # each new word once
    assert annotate(UK, passage, backend="stanza") == first
    assert len(asked) == 1  # nothing new the second time
    more = UK + " Зеленський провів нараду."
    annotate(more, [Passage(0, len(more), "uk")], backend="stanza")
    assert len(asked) == 2 and "нараду" in asked[1]  # the new word is read ...
    assert "Зеленський" not in asked[1] and "провів" not in asked[1]  # ... the known ones not


def test_contextual_lemmatizer_is_left_to_do_its_own_work() -> None:
    from bilingua.nlp._lemma_memo import LemmaMemo

    class Trainer:
        def __init__(self, contextual: bool) -> None:
            self.contextual = contextual

        def has_contextual_lemmatizers(self) -> bool:
            return self.contextual

    class Processor:
        def __init__(self, contextual: bool) -> None:
            self.trainer = Trainer(contextual)

        def bulk_process(self, docs: list[Any]) -> list[Any]:
            return [*docs, "processed"]

    assert LemmaMemo(Processor(contextual=False)).applies
    contextual = LemmaMemo(Processor(contextual=True))
    assert not contextual.applies
    assert contextual(["doc"]) == ["doc", "processed"]
    assert not LemmaMemo(object()).applies  # not the processor it expects: hands off


def test_batched_equals_one_by_one_and_calls_stanza_once_per_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = [
        (TEXT, PASSAGES),
        (UK, [Passage(0, len(UK), "uk")]),
        (EN + " " + UK, [Passage(0, len(EN), "en")]),
    ]
    one_by_one = [annotate(text, passages, backend="stanza") for text, passages in docs]
    calls: list[tuple[str, int]] = []
    for lang in ("uk", "en"):
        # the tokenizer is the first processor: one call of it is one pass through stanza
        tokenizer = stanza_backend.load_pipeline(lang).processors["tokenize"]
        real = tokenizer.bulk_process

        def spy(batch: list[Any], real: Any = real, lang: str = lang) -> Any:
            calls.append((lang, len(batch)))
            return real(batch)

        monkeypatch.setattr(tokenizer, "bulk_process", spy)
    assert annotate_many(docs, backend="stanza") == one_by_one
    assert sorted(calls) == [("en", 2), ("uk", 2)]


def test_pipelines_are_built_once_and_shared_between_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import stanza

    stanza_backend.clear_cache()
    built: list[str] = []
    real_pipeline = stanza.Pipeline

    def counting(lang: str, **kwargs: Any) -> Any:
        built.append(lang)
        assert kwargs["download_method"] is None
        return real_pipeline(lang, **kwargs)

    monkeypatch.setattr(stanza, "Pipeline", counting)
    texts = [
        (f"{EN} {i}.", [Passage(0, len(EN), "en")]) if i % 2 else (UK, [Passage(0, len(UK), "uk")])
        for i in range(16)
    ]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda item: annotate(item[0], item[1], backend="stanza"), texts))
    assert sorted(built) == ["en", "uk"]
    assert all(r == results[i % 2] for i, r in enumerate(results))
    assert len(results[0]) == 3 and len(results[1]) == 3


def test_no_network_during_load_and_annotate(no_network: list[str]) -> None:
    stanza_backend.clear_cache()  # so the pipelines are built while sockets are blocked
    out = annotate(TEXT, PASSAGES, backend="stanza")
    assert len(out) == 6
    assert no_network == []


def test_missing_models_fail_before_stanza_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stanza

    monkeypatch.setattr(
        stanza, "Pipeline", lambda *a, **k: pytest.fail("Pipeline built without models")
    )
    from bilingua.errors import ModelsNotInstalled

    with pytest.raises(ModelsNotInstalled) as info:
        stanza_backend.load_pipeline("en", dir=tmp_path)
    assert info.value.missing == {"en": ["tokenize", "mwt", "pos", "lemma"]}
    assert info.value.directory == str(tmp_path.resolve())


@pytest.mark.usefixtures("fresh_warnings")
def test_optional_processor_not_installed_is_skipped_with_a_warning() -> None:
    with pytest.warns(ModelsMissingWarning, match="'ner'"):
        out = annotate(TEXT, PASSAGES, backend="stanza", processors=["ner"])
    assert len(out) == 6 and all(t.ner is None for s in out for t in s.tokens)


def test_pipeline_is_cached_per_directory_and_processors() -> None:
    first = stanza_backend.load_pipeline("uk")
    assert stanza_backend.load_pipeline("uk") is first
    assert [p for p in first.processors] == ["tokenize", "pos", "lemma"]
    en = stanza_backend.load_pipeline("en")
    assert list(en.processors) == ["tokenize", "mwt", "pos", "lemma"]
