"""The stanza backend: one lazily loaded pipeline per language, passages annotated in batches.

Pipelines are built only from files already in the model directory (``download_method=None``
always: stanza's default would fetch ``resources.json`` on every construction). They are
cached per (directory, language, processors) for the life of the process, because loading
takes seconds and each holds tens of megabytes. Building one is guarded by a lock, and so is
running one: stanza does not document its processors as thread-safe, so two threads share a
pipeline by taking turns (the uk and en pipelines still run side by side).

Annotations are stanza's own, bit for bit (the tests compare with a stock pipeline), only
faster: lemmas are remembered per (word, UPOS) (``_lemma_memo``), the tagger's UFeats
vocabularies are memoised, the tagger and the lemmatizer take larger batches, and torch runs in
inference mode.

Surface tokens, not syntactic words, become :class:`~bilingua.model.Token`: where stanza's
MWT processor splits a token into words (en "don't" → "do" + "n't"), the token's ``lemma``,
``upos`` and ``feats`` join the words' values with ``+`` ("do+not", "AUX+PART"), a missing
feats value standing as ``_``. A single-word token carries its word's values unchanged.
"""

from __future__ import annotations

import os
import re
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilingua.model import Sentence, Token
from bilingua.nlp import models
from bilingua.nlp._lemma_memo import LemmaMemo
from bilingua.nlp._offsets import locate
from bilingua.nlp._passage import Passage

__all__ = ["CHUNK_CHARS", "MWT_JOINER", "annotate_batch", "chunks", "clear_cache", "load_pipeline"]

#: Joins the lemmas/UPOS/feats of the words of a multi-word token.
MWT_JOINER = "+"


@dataclass
class _Loaded:
    pipeline: Any
    lock: threading.Lock = field(default_factory=threading.Lock)
    lemma_memo: LemmaMemo | None = None

    def __post_init__(self) -> None:
        lemma = self.pipeline.processors.get("lemma")
        self.lemma_memo = LemmaMemo(lemma) if lemma is not None else None

    def process(self, docs: list[Any]) -> list[Any]:
        """``pipeline.bulk_process(docs)`` with lemmas from the memo, one caller at a time."""
        import torch

        memo = self.lemma_memo
        # inference mode, not just stanza's no_grad: no autograd bookkeeping on any tensor,
        # about a tenth of the annotation time on these small models
        with self.lock, torch.inference_mode():
            # what Pipeline.process does with a list of documents, the lemmatizer behind the
            # memo (which runs it as it is when it cannot stand in for it)
            for processor in self.pipeline.loaded_processors:
                if memo is not None and processor is memo.processor:
                    docs = memo(docs)
                else:
                    docs = processor.bulk_process(docs)
            return docs


#: Sentences the POS tagger takes per step (it also stops at 5,000 words).
_POS_BATCH_SENTENCES = 1000
#: Words the seq2seq lemmatizer decodes together.
_LEMMA_BATCH_WORDS = 1000

_PIPELINES: dict[tuple[str, str, tuple[str, ...]], _Loaded] = {}
_CREATE_LOCK = threading.Lock()


def _directory(dir: str | os.PathLike[str] | None) -> Path:
    return (Path(dir).expanduser() if dir is not None else models.model_dir()).resolve()


def _get(
    lang: str,
    dir: str | os.PathLike[str] | None,
    extra: Sequence[str],
) -> _Loaded:
    directory = _directory(dir)
    processors = models.needed_processors(lang, extra, directory)
    key = (str(directory), lang, processors)
    loaded = _PIPELINES.get(key)
    if loaded is not None:
        return loaded
    with _CREATE_LOCK:
        loaded = _PIPELINES.get(key)
        if loaded is None:
            loaded = _Loaded(_build(lang, directory, processors, extra))
            _PIPELINES[key] = loaded
    return loaded


def _build(lang: str, directory: Path, processors: tuple[str, ...], extra: Sequence[str]) -> Any:
    # checked before stanza is asked: its own error for a missing file names one file, and
    # without download_method=None it would try to fetch what is missing
    models.require([lang], directory, extra)
    import stanza

    pipeline = stanza.Pipeline(
        lang,
        dir=str(directory),
        processors=",".join(processors),
        download_method=None,  # never fetch resources.json or models
        logging_level="WARN",
        # stanza remembers each seq2seq lemma itself: this is what spares the seq2seq decoder
        # where our (word, UPOS) memo cannot stand in (a lemmatizer with contextual models)
        lemma_store_results=True,
        # the compact models keep their training batch of 32 sentences; a batch of passages
        # from many documents tags in fewer, larger steps (still capped at 5,000 words by the
        # tagger), with the same tags
        pos_batch_size=_POS_BATCH_SENTENCES,
        # the seq2seq lemmatizer decodes its batch step by step: 1,000 new words at a time
        # instead of 50 take a twentieth of the steps (lemma time down by a third)
        lemma_batch_size=_LEMMA_BATCH_WORDS,
    )
    _memoize_composite_vocabs(pipeline)
    return pipeline


def _memoize_composite_vocabs(pipeline: Any) -> None:
    """Remember what the tagger's composite vocabularies (UFeats, composite XPOS) compute.

    stanza parses and formats these values field by field for every word, both ways
    ("Case=Nom|Number=Sing" <-> one id per feature): for the Ukrainian tagger that is a tenth
    of the annotation time. Both directions are pure functions of their argument and the set of
    values is small, so each is worked out once per pipeline. Only this pipeline's vocabulary
    objects change, never stanza's classes; a vocabulary that does not look as expected is left
    as it is.
    """
    from stanza.models.common.vocab import CompositeVocab

    for processor in pipeline.processors.values():
        vocabs = getattr(getattr(processor, "vocab", None), "_vocabs", None)
        if isinstance(vocabs, dict):
            for vocab in vocabs.values():
                if isinstance(vocab, CompositeVocab):
                    _memoize(vocab)


def _memoize(vocab: Any) -> None:
    vocab.unit2id = _remembered(vocab.unit2id, lambda unit: unit)
    vocab.id2unit = _remembered(
        vocab.id2unit, lambda ids: tuple(ids) if isinstance(ids, list) else ids
    )


def _remembered(compute: Any, key_of: Any) -> Any:
    """``compute`` worked out once per key; lists are copied out, since callers may change them."""
    seen: dict[Any, Any] = {}

    def lookup(value: Any) -> Any:
        key = key_of(value)
        try:
            found = seen.get(key)
        except TypeError:  # unhashable: not a value this vocabulary parses
            return compute(value)
        if found is None:
            found = seen[key] = compute(value)
        return list(found) if isinstance(found, list) else found

    return lookup


def load_pipeline(
    lang: str,
    dir: str | os.PathLike[str] | None = None,
    extra: Sequence[str] = (),
) -> Any:
    """Return the cached stanza Pipeline for ``lang``, building it on first use.

    Args:
        lang: ``"uk"`` or ``"en"``.
        dir: stanza resources directory; default :func:`bilingua.nlp.models.model_dir`.
        extra: optional processors to load as well (``"depparse"``, ``"ner"``).

    Returns:
        A ``stanza.Pipeline`` (tokenize, pos, lemma; en also mwt; plus ``extra``).

    Raises:
        ModelsNotInstalled: a needed model file is not in the directory.
        InputError: an unknown language or processor.
    """
    return _get(lang, dir, extra).pipeline


def clear_cache() -> None:
    """Forget every loaded pipeline (they are freed once no caller holds them)."""
    with _CREATE_LOCK:
        _PIPELINES.clear()


def _joined(values: Sequence[str | None], missing: str | None) -> str | None:
    if all(v is None for v in values):
        return None
    if len(values) == 1:
        return values[0]
    return MWT_JOINER.join(v if v is not None else (missing or "") for v in values)


def _token(text: str, start: int, end: int, stanza_token: Any) -> Token:
    words = stanza_token.words
    if len(words) == 1:  # nearly every token: its word's values as they are
        word = words[0]
        lemma = word.lemma if word.lemma is not None else word.text
        upos, feats = word.upos, word.feats
    else:
        lemma = _joined([w.lemma if w.lemma is not None else w.text for w in words], None)
        upos = _joined([w.upos for w in words], "X")
        feats = _joined([w.feats for w in words], "_")
    ner = getattr(stanza_token, "ner", None)
    return Token.of(text, start, end, lemma=lemma, upos=upos, feats=feats, ner=ner)


def _sentences(text: str, passage: Passage, doc: Any) -> list[Sentence]:
    """Turn a stanza Document of one passage into Sentences with document offsets."""
    out: list[Sentence] = []
    cursor = passage.start
    for sent in doc.sentences:
        tokens: list[Token] = []
        for tok in sent.tokens:
            start, end = tok.start_char, tok.end_char
            hint = (
                passage.start + start if start is not None else None,
                passage.start + end if end is not None else None,
            )
            span = locate(text, tok.text, hint, cursor, passage.end)
            if span is None:
                continue
            cursor = span[1]
            tokens.append(_token(text, span[0], span[1], tok))
        if tokens:
            out.append(
                Sentence.of(
                    text, tokens[0].start, tokens[-1].end, lang=passage.lang, tokens=tuple(tokens)
                )
            )
    return out


#: Characters of a passage stanza reads as one document; a longer passage (a transcript of one
#: paragraph) is cut into pieces at sentence ends, so memory is bounded by the piece.
CHUNK_CHARS = 20_000
_CUT_RE = re.compile(r"[.!?…][\"'’”»)\]]*\s+|\n")


def chunks(text: str, passage: Passage, limit: int = CHUNK_CHARS) -> list[Passage]:
    """``passage`` cut into pieces of at most ``limit`` characters, each ending at the last
    sentence end (else line break, else space) before the limit; a text without any is cut at
    the limit. A passage within the limit is returned as it is."""
    pieces: list[Passage] = []
    start = passage.start
    while passage.end - start > limit:
        window_end = start + limit
        cut = None
        for found in _CUT_RE.finditer(text, start + limit // 2, window_end):
            cut = found.end()
        if cut is None:
            space = text.rfind(" ", start + limit // 2, window_end)
            cut = space + 1 if space >= 0 else window_end
        pieces.append(Passage(start, cut, passage.lang))
        start = cut
    pieces.append(Passage(start, passage.end, passage.lang))
    return pieces


def annotate_batch(
    items: Sequence[tuple[str, Sequence[Passage]]],
    dir: str | os.PathLike[str] | None = None,
    extra: Sequence[str] = (),
) -> list[list[Sentence]]:
    """Annotate the passages of several documents, one ``bulk_process`` call per language.

    Passages must already be checked (inside their text, uk or en, not blank).

    Args:
        items: ``(text, passages)`` per document; passage offsets index that text.
        dir: stanza resources directory; default :func:`bilingua.nlp.models.model_dir`.
        extra: optional processors to run as well.

    Returns:
        Per document, its sentences sorted by offset.

    Raises:
        ModelsNotInstalled: a model needed for a language present in the passages is missing.
    """
    jobs: dict[str, list[tuple[int, Passage]]] = defaultdict(list)
    for index, (text, passages) in enumerate(items):
        for passage in passages:
            pieces = chunks(text, passage, CHUNK_CHARS)
            jobs[passage.lang].extend((index, piece) for piece in pieces)
    # load every needed pipeline first, so a missing model fails before any work is done
    loaded = {lang: _get(lang, dir, extra) for lang in sorted(jobs)}
    import stanza

    results: list[list[Sentence]] = [[] for _ in items]
    for lang, lang_jobs in sorted(jobs.items()):
        docs = [stanza.Document([], text=items[i][0][p.start : p.end]) for i, p in lang_jobs]
        docs = loaded[lang].process(docs)
        for (index, passage), doc in zip(lang_jobs, docs, strict=True):
            results[index].extend(_sentences(items[index][0], passage, doc))
    for sentences in results:
        sentences.sort(key=lambda s: (s.start, s.end))
    return results
