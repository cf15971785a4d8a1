"""Pairing and alignment on hand-written bilingual documents (rules backend: no model needed)."""

from __future__ import annotations

import os

import pytest

from bilingua import Document, Pair, align_documents, analyze, analyze_many

# Three Ukrainian statements and their English renderings, written for these tests.
UK_AID = (
    "Сьогодні уряд затвердив нову програму допомоги для біженців. "
    "Кожна родина отримає житло та медичну допомогу."
)
EN_AID = (
    "Today the government approved a new aid programme for refugees. "
    "Every family will receive housing and medical care."
)
UK_GRAIN = "Україна відновила експорт зерна через порти Одеси."
EN_GRAIN = "Ukraine has resumed grain exports through the ports of Odesa."
UK_ENERGY = "Росія знову атакувала енергетичну інфраструктуру. Без світла залишилися тисячі людей."
EN_ENERGY = (
    "Russia again attacked the energy infrastructure. Thousands of people were left without power."
)


def pairs_of(text: str) -> list[Pair]:
    return list(analyze(text, backend="rules").pairs)


def find(pairs: list[Pair], uk_start: str) -> Pair:
    for pair in pairs:
        uk_side = pair.source if pair.source.lang == "uk" else pair.target
        if uk_side.text.startswith(uk_start):
            return pair
    raise AssertionError(f"no pair for {uk_start!r} in {[p.source.text[:30] for p in pairs]}")


def english_of(pair: Pair) -> str:
    return pair.target.text if pair.target.lang == "en" else pair.source.text


def test_two_pairs_in_shuffled_order() -> None:
    text = (
        "The minister spoke twice on Monday.\n\n"
        f"«{UK_AID}» — написав міністр.\n\n"
        f"In another post he wrote: «{UK_GRAIN}»\n\n"
        f'"{EN_GRAIN}" the minister said.\n\n'
        f'"{EN_AID}" he said earlier.\n'
    )
    pairs = pairs_of(text)
    assert len(pairs) == 2
    assert english_of(find(pairs, "Сьогодні уряд")) == EN_AID
    assert english_of(find(pairs, "Україна відновила")) == EN_GRAIN


def test_three_pairs_with_unquoted_renderings() -> None:
    text = f"{UK_ENERGY}\n\n{EN_ENERGY}\n\n{UK_GRAIN}\n\n{EN_GRAIN}\n\n{UK_AID}\n\n{EN_AID}\n"
    pairs = pairs_of(text)
    assert len(pairs) == 3
    assert english_of(find(pairs, "Росія знову")) == EN_ENERGY
    assert english_of(find(pairs, "Україна відновила")) == EN_GRAIN
    assert english_of(find(pairs, "Сьогодні уряд")) == EN_AID


def test_partial_rendering_is_paired() -> None:
    first_sentence = EN_AID.split(". ")[0] + "."
    text = f'«{UK_AID}» — написав міністр.\n\n"{first_sentence}" the minister wrote.\n'
    (pair,) = pairs_of(text)
    assert english_of(pair) == first_sentence
    assert len(pair.sentences) == 1
    assert pair.sentences[0].source.text.startswith("Сьогодні уряд")


def test_passage_without_rendering_stays_unpaired() -> None:
    text = (
        f"«{UK_AID}» — написав міністр.\n\n"
        '"We expect the weather to improve by Friday," the forecaster said.\n\n'
        f"«{UK_GRAIN}»\n\n"
        f'"{EN_GRAIN}" the ministry said.\n'
    )
    pairs = pairs_of(text)
    assert len(pairs) == 1
    assert english_of(pairs[0]) == EN_GRAIN


def test_russian_passage_stays_unpaired() -> None:
    text = (
        "«Правительство утвердило новую программу помощи для беженцев», — сказал он.\n\n"
        f'"{EN_AID}" he said.\n'
    )
    assert pairs_of(text) == []


def test_english_original_embed_is_the_source() -> None:
    text = (
        "Посол США написала в Twitter:\n\n"
        "Ukraine has resumed grain exports through the ports of Odesa. "
        "— Bridget Brink (@USAmbKyiv) August 1, 2022\n\n"
        f"«{UK_GRAIN}», — переклала редакція.\n"
    )
    (pair,) = pairs_of(text)
    assert pair.source.lang == "en"
    assert pair.target.lang == "uk"
    assert pair.attribution is not None
    assert pair.attribution.handle == "@USAmbKyiv"


def test_word_links_carry_their_evidence() -> None:
    text = f'«{UK_GRAIN}» — написав він.\n\n"{EN_GRAIN}" he wrote.\n'
    (pair,) = pairs_of(text)
    links = {(w.source.text, w.target.text): w.via for w in pair.words}
    assert links[("Україна", "Ukraine")] in ("lexicon", "alias")
    assert links[("зерна", "grain")] == "lexicon"
    assert links[("Одеси", "Odesa")] in ("lexicon", "transliteration")
    for word in pair.words:
        assert 0.5 <= word.score <= 1.0


def test_result_shape_for_evaluation(example_text: str) -> None:
    dumped = analyze(example_text, backend="rules").model_dump(mode="json")
    assert dumped["pairs"], "the bundled example has pairs"
    for pair in dumped["pairs"]:
        assert set(pair) >= {"source", "target", "score", "sentences", "words", "attribution"}
        for side in ("source", "target"):
            assert set(pair[side]) >= {"start", "end", "lang", "text"}
            assert dumped["text"][pair[side]["start"] : pair[side]["end"]] == pair[side]["text"]
        assert 0.0 <= pair["score"] <= 1.0
        for link in pair["sentences"]:
            assert {"source", "target", "score"} <= set(link)
        for word in pair["words"]:
            assert {"source", "target", "score", "via"} <= set(word)


def test_bundled_example_pairs(example_text: str) -> None:
    document = analyze(example_text, backend="rules")
    assert len(document.pairs) == 2
    embed_pair = find(list(document.pairs), "Поговорив з @JosepBorrell")
    assert english_of(embed_pair).startswith("I spoke with @JosepBorrell")
    assert embed_pair.attribution is not None
    assert embed_pair.attribution.handle == "@DmytroKuleba"
    assert str(embed_pair.attribution.date) == "2022-04-14"
    quote_pair = find(list(document.pairs), "Ми не віддамо")
    assert english_of(quote_pair).startswith("We will not give up")


def check_seed(document: Document) -> None:
    (pair,) = document.pairs
    assert pair.source.lang == "uk" and pair.source.text.startswith("У межах")
    assert pair.target.lang == "en" and pair.target.text.startswith("As part of")
    assert len(pair.sentences) == 2
    assert pair.attribution is not None
    assert pair.attribution.handle == "@ZelenskyyUa"
    assert str(pair.attribution.date) == "2022-03-06"
    links = {(w.source.text, w.target.text) for w in pair.words}
    for expected in [
        ("діалогу", "dialogue"),
        ("безпеки", "security"),
        ("України", "Ukraine"),
        ("РФ", "Russia"),
    ]:
        assert expected in links


def test_seed_article_rules(seed_text: str) -> None:
    check_seed(analyze(seed_text, backend="rules"))


@pytest.mark.slow
def test_seed_article_stanza(seed_text: str) -> None:
    if not os.environ.get("BILINGUA_STANZA_DIR"):
        pytest.skip("BILINGUA_STANZA_DIR is not set: no stanza models to run")
    document = analyze(seed_text, backend="stanza")
    assert document.meta.backend == "stanza"
    check_seed(document)


def test_align_documents_merges_and_skips() -> None:
    # The English merges the two energy sentences into one and leaves one sentence out.
    uk = f"{UK_GRAIN}\n{UK_AID}\nЦе речення не має перекладу.\n{UK_ENERGY}\n"
    en_energy_merged = (
        "Russia again attacked the energy infrastructure, and thousands of people were left "
        "without power."
    )
    en = f"{EN_GRAIN}\n{EN_AID}\n{en_energy_merged}\n"
    result = align_documents(uk, en, backend="rules")
    pairs = [(link.source.text, link.target.text) for link in result.sentences]
    assert (UK_GRAIN, EN_GRAIN) in pairs
    assert ("Кожна родина отримає житло та медичну допомогу.", EN_AID.split(". ")[1]) in pairs
    assert (UK_ENERGY, en_energy_merged) in pairs  # a 2-1 link
    assert not any("Це речення" in s for s, _ in pairs)
    for link in result.sentences:
        assert uk[link.source.start : link.source.end] == link.source.text
        assert en[link.target.start : link.target.end] == link.target.text
    assert 0.0 < result.score <= 1.0


def test_length_only_baseline_runs() -> None:
    uk = f"{UK_GRAIN}\n{UK_ENERGY}\n"
    en = f"{EN_GRAIN}\n{EN_ENERGY}\n"
    result = align_documents(uk, en, backend="rules", lexical=False)
    assert len(result.sentences) >= 2
    assert result.meta.options["lexical"] == "false"


def test_analyze_many_equals_analyze_one_by_one(example_text: str) -> None:
    texts = [example_text, "", f'«{UK_GRAIN}» — написав він.\n\n"{EN_GRAIN}" he wrote.\n']
    sources = ["a.txt", None, "c.txt"]
    batched = list(analyze_many(texts, sources=sources, backend="rules", batch_size=2))
    single = [analyze(t, source=s, backend="rules") for t, s in zip(texts, sources, strict=True)]
    assert batched == single


def test_pairing_stays_local_in_a_long_document() -> None:
    # Forty copies of a two-pair article: every pair is found next to its own original, and
    # the work per copy does not grow with the number of copies.
    block = f'«{UK_GRAIN}» — написав він.\n\n"{EN_GRAIN}" he wrote.\n\n'
    document = analyze(block * 40, backend="rules")
    assert len(document.pairs) == 40
    for pair in document.pairs:
        assert 0 < pair.target.start - pair.source.start < len(block)


def test_one_shared_word_is_not_a_partial_rendering() -> None:
    """A short passage and a long English quote that share one word by chance stay unpaired."""
    text = (
        "«Ніколи знову!» — написала вона.\n\n"
        '"The league never allowed a team to play two matches on the same weekend, '
        'and the schedule for the next season was published in March," the report said.\n'
    )
    assert pairs_of(text) == []


def test_shortlist_ranks_by_both_sides() -> None:
    """Candidates are ranked by how much of both sides they explain: a two-word quote whose
    words all translate passage words explains little of the passage."""
    from bilingua import detect
    from bilingua.lexicon import default_lexicon
    from bilingua.pair import candidates, shortlist
    from bilingua.quotes import find_quotes

    # Short English quotes each share a word with the passage; the rendering is longer.
    text = (
        f"«{UK_AID}» — написав міністр.\n\n"
        '"New aid," he said. "Every family," she said. "Medical care," they said. '
        '"The government approved," it said.\n\n'
        f'"{EN_AID}" the minister wrote.\n'
    )
    segments = detect(text)
    uk, en = candidates(text, segments, find_quotes(text, segments))
    chosen = {text[e.start : e.end] for _, e in shortlist(text, uk, en, default_lexicon())}
    assert EN_AID in chosen
    assert "New aid," not in chosen and "Every family," not in chosen


def test_a_passage_without_a_rendering_nearby_gets_nothing_annotated() -> None:
    """An English paragraph that shares one word with the passage by chance is below the
    shortlist's floor: it is neither scored nor sent to the annotator."""
    from bilingua import detect
    from bilingua.lexicon import default_lexicon
    from bilingua.pair import candidates, shortlist
    from bilingua.quotes import find_quotes

    text = (
        f"«{UK_GRAIN}» — написав міністр.\n\n"
        "Markets in Asia were mixed on Tuesday as investors weighed the latest figures on "
        "factory output, retail sales and lending, while traders in London waited for the "
        "central bank, which meets next week, and analysts said Ukraine was not on the agenda.\n"
    )
    segments = detect(text)
    uk, en = candidates(text, segments, find_quotes(text, segments))
    assert uk and en  # both sides are candidates ...
    assert shortlist(text, uk, en, default_lexicon()) == []  # ... but not worth annotating
    assert analyze(text, backend="rules").sentences == ()


def test_a_quoted_term_inside_a_passage_does_not_replace_the_passage() -> None:
    uk = (
        "Уряд домовився про «зелений коридор» для евакуації. "
        "Автобуси вирушать з Маріуполя до Запоріжжя сьогодні вранці."
    )
    en = (
        'The government agreed on a "green corridor" for the evacuation. '
        "Buses will leave Mariupol for Zaporizhzhia this morning."
    )
    (pair,) = pairs_of(f"{uk}\n\n{en}\n")
    uk_side = pair.source if pair.source.lang == "uk" else pair.target
    assert uk_side.text.startswith("Уряд домовився") and english_of(pair).startswith("The gov")
    assert len(pair.sentences) == 2


def test_common_words_in_a_much_longer_paragraph_are_chance() -> None:
    """A short passage whose words turn up in an English paragraph five times its length is
    not partially rendered there."""
    text = (
        "«Все буде добре, я вдома!» — написала вона.\n\n"
        "The home team played well in the first half, and all the fans were certain the result "
        "would be good for the club, but the visitors scored twice after the break and the "
        "coach was left to explain why the defence had collapsed again in the final minutes.\n"
    )
    assert pairs_of(text) == []


def test_passage_of_short_words_only() -> None:
    """A Ukrainian passage with no word longer than two letters is a candidate like any other."""
    text = '«Я і ти, ми є.»\n\n"You and I, we are." he said.\n'
    document = analyze(text, backend="rules")
    assert all(p.source.lang in ("uk", "en") for p in document.pairs)
