"""Compare bilingua's stanza pipelines with stanza's own, built with nothing but defaults.

bilingua loads its pipelines with settings of its own (stanza's lemma memo and ours, larger
tagging and lemmatising batches, memoised UFeats vocabularies); none may change an annotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bilingua.nlp import models, stanza_backend


def words(docs: Sequence[Any]) -> list[list[tuple[Any, ...]]]:
    return [
        [
            (w.text, w.lemma, w.upos, w.xpos, w.feats, tok.start_char, tok.end_char)
            for sentence in doc.sentences
            for tok in sentence.tokens
            for w in tok.words
        ]
        for doc in docs
    ]


def assert_same_as_stock(directory: Path, lang: str, texts: Sequence[str]) -> None:
    import stanza

    processors = models.needed_processors(lang, (), directory)
    stock = stanza.Pipeline(
        lang,
        dir=str(directory),
        processors=",".join(processors),
        download_method=None,
        logging_level="WARN",
    )
    ours = stanza_backend._get(lang, directory, ())  # the path annotate takes
    for _ in range(2):  # the second time, every memo is filled
        expected = words(stock.bulk_process([stanza.Document([], text=t) for t in texts]))
        got = words(ours.process([stanza.Document([], text=t) for t in texts]))
        assert got == expected
