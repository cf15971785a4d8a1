"""Lemmas of words already seen, so stanza's lemmatizer only reads the new ones.

stanza's lemma processor prepares every word of a batch for its seq2seq model (characters to
ids, twice over) before its dictionary says most of them need no model at all; with short
passages from many documents that preparation is most of the lemma time. A lemmatizer without
contextual models gives a word its lemma from the word and its UPOS alone, so the memo below
returns what the processor would: the first time a ``(text, upos)`` is met, it is lemmatised
by the processor itself, as a one-word sentence; after that it is looked up. A processor with
contextual lemmatizers (whose lemma depends on the sentence) is always run as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["LemmaMemo"]

# Distinct (word, UPOS) pairs remembered; past this the memo starts again (a corpus of news
# has a few hundred thousand, each a short string).
_MAX_ENTRIES = 500_000


class LemmaMemo:
    """Lemmatise stanza Documents through ``processor``, remembering each (word, UPOS)."""

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        self._lemmas: dict[tuple[str, str | None], str | None] = {}
        trainer = getattr(processor, "trainer", None)
        contextual = getattr(trainer, "has_contextual_lemmatizers", None)
        # anything unexpected about the processor: leave it to do its own work
        self.applies = callable(contextual) and not contextual()

    def __call__(self, docs: list[Any]) -> list[Any]:
        """Set the lemma of every word of ``docs`` (which are changed in place and returned)."""
        if not self.applies:
            return self.processor.bulk_process(docs)  # type: ignore[no-any-return]
        words = [word for doc in docs for sentence in doc.sentences for word in sentence.words]
        lemmas = self._lemmas
        new = list(dict.fromkeys(key for w in words if (key := (w.text, w.upos)) not in lemmas))
        if new:
            if len(lemmas) + len(new) > _MAX_ENTRIES:
                lemmas.clear()
            lemmas.update(zip(new, self._lemmatise(new), strict=True))
        for word in words:
            word.lemma = lemmas[(word.text, word.upos)]
        return docs

    def _lemmatise(self, keys: Sequence[tuple[str, str | None]]) -> list[str | None]:
        import stanza

        probe = stanza.Document([[{"id": 1, "text": text, "upos": upos}] for text, upos in keys])
        probe = self.processor.process(probe)
        return [sentence.words[0].lemma for sentence in probe.sentences]
