"""The public entry points without models: backend choice, warnings, errors, passages."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import bilingua.nlp as nlp
from bilingua.errors import BilinguaError, InputError, ModelsNotInstalled
from bilingua.nlp import ModelsMissingWarning, Passage, annotate, annotate_many, resolve_backend


def test_import_does_not_import_stanza_or_torch() -> None:
    code = (
        "import sys, bilingua, bilingua.nlp, bilingua.nlp.models, bilingua.nlp.rules, "
        "bilingua.nlp.stanza_backend\n"
        "heavy = sorted(m for m in ('stanza', 'torch') if m in sys.modules)\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_rules_is_rules() -> None:
    assert resolve_backend("rules") == "rules"


def test_unknown_backend() -> None:
    with pytest.raises(InputError, match="unknown backend"):
        resolve_backend("spacy")  # type: ignore[arg-type]


def test_stanza_without_models_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ModelsNotInstalled) as info:
        resolve_backend("stanza")
    err = info.value
    assert err.missing == {
        "uk": ["tokenize", "pos", "lemma"],
        "en": ["tokenize", "mwt", "pos", "lemma"],
    }
    assert "bilingua models download" in str(err)
    assert isinstance(err, FileNotFoundError) and isinstance(err, BilinguaError)


def test_annotate_stanza_without_models_raises() -> None:
    with pytest.raises(ModelsNotInstalled):
        annotate("Hello there.", [Passage(0, 12, "en")], backend="stanza")


@pytest.mark.usefixtures("fresh_warnings")
def test_auto_falls_back_to_rules_with_exactly_one_warning() -> None:
    text = "Hello there. Привіт."
    passages = [Passage(0, 12, "en"), Passage(13, 20, "uk")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # our once-only logic must not lean on the filters
        first = annotate(text, passages)
        annotate(text, passages)
        annotate_many([(text, passages)] * 3)
        assert resolve_backend("auto") == "rules"
    ours = [w for w in caught if issubclass(w.category, ModelsMissingWarning)]
    assert len(ours) == 1
    message = str(ours[0].message)
    assert "bilingua models download" in message and "BILINGUA_STANZA_DIR" in message
    assert issubclass(ModelsMissingWarning, UserWarning)
    assert [s.text for s in first] == ["Hello there.", "Привіт."]
    assert ours[0].filename == __file__, "the warning points at the caller"


@pytest.mark.usefixtures("fresh_warnings")
def test_auto_without_stanza_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "_stanza_importable", lambda: False)
    with pytest.warns(ModelsMissingWarning, match=r"pip install"):
        assert resolve_backend("auto") == "rules"
    with pytest.raises(nlp.StanzaNotInstalled, match=r"bilingua\[stanza\]"):
        resolve_backend("stanza")


def test_other_languages_and_blank_passages_are_ignored() -> None:
    text = "Dobrý den. Hello.   "
    out = annotate(
        text, [Passage(0, 10, "cs"), Passage(11, 17, "en"), Passage(17, 20, "uk")], backend="rules"
    )
    assert [s.text for s in out] == ["Hello."]
    assert annotate(text, [Passage(0, 10, "und")], backend="rules") == []


def test_stanza_is_strict_even_with_nothing_to_annotate() -> None:
    # whether models are needed must not depend on the document's content
    with pytest.raises(ModelsNotInstalled):
        annotate("text", [], backend="stanza")


def test_results_sorted_by_start() -> None:
    text = "One. Два. Three."
    out = annotate(
        text, [Passage(10, 16, "en"), Passage(5, 9, "uk"), Passage(0, 4, "en")], backend="rules"
    )
    assert [s.text for s in out] == ["One.", "Два.", "Three."]
    assert [s.lang for s in out] == ["en", "uk", "en"]


@pytest.mark.parametrize(
    "passage", [Passage(-1, 3, "en"), Passage(3, 2, "en"), Passage(0, 99, "en")]
)
def test_passages_outside_the_text_are_rejected(passage: Passage) -> None:
    with pytest.raises(InputError, match="outside the text"):
        annotate("short text", [passage], backend="rules")


def test_wrong_types_are_rejected() -> None:
    with pytest.raises(InputError):
        annotate(b"bytes", [Passage(0, 1, "en")], backend="rules")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        annotate("text", [(0, 4, "en")], backend="rules")  # type: ignore[list-item]


def test_annotate_many_keeps_documents_apart() -> None:
    docs = [
        ("First doc. Two.", [Passage(0, 15, "en")]),
        ("Інший.", [Passage(0, 6, "uk")]),
        ("", []),
    ]
    out = annotate_many(docs, backend="rules")
    assert [[s.text for s in doc] for doc in out] == [["First doc.", "Two."], ["Інший."], []]


def test_rules_ignore_optional_processors() -> None:
    out = annotate("Hi there.", [Passage(0, 9, "en")], backend="rules", processors=["ner"])
    assert [t.ner for t in out[0].tokens] == [None, None, None]
