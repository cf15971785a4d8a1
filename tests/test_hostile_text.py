"""Text as people and programs produce it: each kind of noise, with the pair a reader expects.

Every test builds a short news item the way pages and posts carry one — an English report that
quotes a Ukrainian statement and renders it — and then spoils it one way: stress marks, a Latin
letter typed inside a Cyrillic word, lone surrogates from ``surrogateescape`` decoding, control
characters, a BOM, apostrophe variants, soft hyphens, zero-width characters, no-break spaces.
The result must be what the clean text gives a reader: the same pair, offsets into the text
as it came.
"""

from __future__ import annotations

import io
import json

import pytest

from bilingua import Document, analyze, detect
from bilingua.io import read_documents, write_jsonl
from bilingua.match import WordView, default_matcher
from bilingua.model import Token
from bilingua.nlp.rules import tokenize


def _report(uk: str, en: str) -> str:
    return (
        "KYIV, March 6 (Reuters) - The mayor spoke to reporters on Sunday evening.\n\n"
        f"«{uk}», — написав він у Telegram.\n\n"
        f'"{en}," he wrote on Telegram.\n\n'
        "The city council did not comment on the statement.\n"
    )


_UK = "Київ — це Європа, і ми пам’ятаємо кожного загиблого захисника України"
_EN = "Kyiv is Europe, and we remember every fallen defender of Ukraine"


def _only_pair(text: str) -> tuple[str, str]:
    document = analyze(text, backend="rules")
    assert len(document.pairs) == 1, [(p.source.text, p.target.text) for p in document.pairs]
    pair = document.pairs[0]
    for span in document.spans():
        assert text[span.start : span.end] == span.text
    # the English quotation keeps the comma that English puts inside the marks
    return pair.source.text, pair.target.text.removesuffix(",")


def test_the_clean_report_pairs() -> None:
    assert _only_pair(_report(_UK, _EN)) == (_UK, _EN)


def test_stress_marks_stay_in_the_text_and_are_ignored_when_matching() -> None:
    stressed = "Украї́на — це Є́вропа, і ми пам’ята́ємо кожного загиблого захисника"
    rendering = "Ukraine is Europe, and we remember every fallen defender"
    assert _only_pair(_report(stressed, rendering)) == (stressed, rendering)


def test_the_short_stressed_statement_of_the_issue_pairs() -> None:
    text = 'Президент сказав: «Украї́на — це Є́вропа».\n\nThe president said: "Ukraine is Europe."'
    document = analyze(text, backend="rules")
    assert [(p.source.text, p.target.text) for p in document.pairs] == [
        ("Украї́на — це Є́вропа", "Ukraine is Europe.")
    ]


def test_a_latin_letter_inside_a_cyrillic_word_is_read_as_cyrillic() -> None:
    text = "Kиїв — столиця України, і це гарне місто."  # the K is Latin
    segments = detect(text)
    assert [(s.lang, s.text) for s in segments] == [("uk", text)]
    uk = text.replace("Київ", "Kиїв")
    assert _only_pair(_report(uk.replace("Київ", "Kиїв"), _EN))[0] == uk


def test_a_cyrillic_letter_inside_a_latin_word_is_read_as_latin() -> None:
    rendering = _EN.replace("Europe", "Еurope")  # the Е is Cyrillic
    segments = detect(rendering)
    assert [s.lang for s in segments] == ["en"]
    assert _only_pair(_report(_UK, rendering)) == (_UK, rendering)


@pytest.mark.parametrize("apostrophe", ["’", "ʼ", "'", "`", "‘"])
def test_every_apostrophe_matches_the_lexicon(apostrophe: str) -> None:
    uk = _UK.replace("’", apostrophe)
    phrase = f"від п{apostrophe}ятниці"
    assert [phrase[a:b] for a, b, _ in tokenize(phrase)] == ["від", f"п{apostrophe}ятниці"]
    assert [s.lang for s in detect(uk)] == ["uk"]
    assert _only_pair(_report(uk, _EN)) == (uk, _EN)
    word = WordView.of(Token(start=0, end=7, text=f"пам{apostrophe}ять"))
    memory = WordView.of(Token(start=0, end=6, text="memory"))
    assert default_matcher().score(word, memory)[0] > 0


def test_soft_hyphens_from_a_justified_page_keep_words_whole() -> None:
    uk = (
        "Ки\u00adїв — це Єв\u00adро\u00adпа, і ми пам’ятаємо кожного "
        "загиб\u00adлого захисника України"
    )
    segments = detect(uk)
    assert [(s.lang, s.text) for s in segments] == [("uk", uk)]
    assert _only_pair(_report(uk, _EN)) == (uk, _EN)


def test_zero_width_characters_inside_words_are_ignored() -> None:
    uk = "Київ\u200b — це Єв\u200bропа, і ми пам’ятаємо кожного\u200d загиблого захисника України"
    en = "Kyiv is Eu\u200brope, and we remember every\u2060 fallen defender of Ukraine"
    assert _only_pair(_report(uk, en)) == (uk, en)


def test_no_break_spaces_separate_words() -> None:
    uk = _UK.replace(" ", "\u00a0")
    en = _EN.replace(" ", "\u00a0")
    assert _only_pair(_report(uk, en)) == (uk, en)


def test_a_bom_and_control_characters_leave_the_offsets_on_the_original() -> None:
    text = "\ufeff" + _report(
        _UK.replace("Європа", "Європа\x00"), _EN.replace("Europe", "Europe\x07")
    )
    source, target = _only_pair(text)
    assert "\x00" in source and "\x07" in target
    assert detect(text)[0].start == 1  # the BOM belongs to no segment


def test_lone_surrogates_from_surrogateescape_round_trip_through_json() -> None:
    # a page saved in UTF-8 with one stray Latin-1 byte in each passage
    raw = _report(_UK, _EN).replace("Європа", "Європа\udcff").replace("Europe", "Europe\udce9")
    page = raw.encode("utf-8", "surrogateescape")
    text = page.decode("utf-8", "surrogateescape")
    source, target = _only_pair(text)
    assert "\udcff" in source and "\udce9" in target
    document = analyze(text, backend="rules")
    written = document.model_dump_json()
    assert "\\udcff" in written  # the JSON escape, readable by any JSON parser
    written.encode("utf-8")  # and the JSON itself is valid UTF-8
    assert json.loads(written)["text"] == text
    assert Document.model_validate_json(written) == document
    assert Document.model_validate_json(document.model_dump_json(indent=2)) == document
    stream = io.StringIO()
    write_jsonl([document], stream)
    stream.getvalue().encode("utf-8")
    stream.seek(0)
    assert list(read_documents(stream)) == [document]
