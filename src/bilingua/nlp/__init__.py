"""Sentences and tokens for the Ukrainian and English passages of a document.

Two backends produce the same :class:`~bilingua.model.Sentence`/:class:`~bilingua.model.Token`
objects, with offsets into the document text:

- ``"stanza"``: stanza pipelines (uk: tokenize, pos, lemma; en: tokenize, mwt, pos, lemma),
  loaded lazily from the model directory (``BILINGUA_STANZA_DIR`` or stanza's default). They
  never download anything; models come from ``bilingua models download``
  (:func:`bilingua.nlp.models.download`).
- ``"rules"``: regular expressions, no model; lemmas are lowercased tokens, UPOS is None.

``"auto"`` picks stanza when models for both languages are installed and stanza can be
imported, and otherwise falls back to rules with a one-time :class:`ModelsMissingWarning`.

Importing this package imports neither stanza nor torch.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from bilingua.errors import InputError, StanzaNotInstalled
from bilingua.model import Sentence
from bilingua.nlp import models, rules
from bilingua.nlp._passage import ANNOTATED_LANGS, Passage, check_passages, line_passages, wanted

__all__ = [
    "ANNOTATED_LANGS",
    "Backend",
    "ModelsMissingWarning",
    "Passage",
    "Processor",
    "StanzaNotInstalled",
    "annotate",
    "annotate_many",
    "line_passages",
    "resolve_backend",
]

#: Which annotator to use; ``"auto"`` is stanza when its models are installed, else rules.
Backend = Literal["auto", "stanza", "rules"]
#: Optional stanza processors that :func:`annotate` can add when their models are installed.
Processor = Literal["depparse", "ner"]


class ModelsMissingWarning(UserWarning):
    """The ``"auto"`` backend fell back to rules, or an optional processor was skipped."""


_warned: set[tuple[str, ...]] = set()
_warned_lock = threading.Lock()
_PACKAGE_DIR = str(Path(__file__).resolve().parent.parent)


def _outside_stacklevel() -> int:
    """The ``stacklevel`` of the first caller outside bilingua, seen from ``_warn_once``."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def _warn_once(key: tuple[str, ...], message: str) -> None:
    # our own bookkeeping: the warnings module's "once per location" is undone by filters
    # such as "always" or pytest's capture, and a batch job should see this exactly once
    with _warned_lock:
        if key in _warned:
            return
        _warned.add(key)
    # point at the user's line, whichever entry point (annotate, annotate_many…) led here
    warnings.warn(message, ModelsMissingWarning, stacklevel=_outside_stacklevel())


def _stanza_importable() -> bool:
    return (
        importlib.util.find_spec("stanza") is not None
        and importlib.util.find_spec("torch") is not None
    )


def resolve_backend(name: Backend = "auto") -> Literal["stanza", "rules"]:
    """Decide which backend :func:`annotate` will run.

    Args:
        name: ``"rules"``, ``"stanza"`` or ``"auto"``.

    Returns:
        ``"stanza"`` or ``"rules"``. ``"auto"`` gives ``"stanza"`` when stanza is importable
        and the model directory has every uk and en model; otherwise ``"rules"``, warning
        once per process with :class:`ModelsMissingWarning` how to install the models.

    Raises:
        ModelsNotInstalled: ``"stanza"`` was asked for and models are missing.
        StanzaNotInstalled: ``"stanza"`` was asked for and the package is not installed.
        InputError: an unknown backend name.
    """
    if name == "rules":
        return "rules"
    if name not in ("auto", "stanza"):
        raise InputError(f"unknown backend {name!r}; expected 'auto', 'stanza' or 'rules'")
    importable = _stanza_importable()
    if name == "stanza" and not importable:
        raise StanzaNotInstalled(
            "backend 'stanza' needs the stanza package: pip install 'bilingua[stanza]'"
        )
    directory = models.model_dir()
    if name == "stanza":
        models.require(models.LANGS, directory)
        return "stanza"
    gaps = models.missing(models.LANGS, directory) if importable else {}
    if importable and not gaps:
        return "stanza"
    if not importable:
        reason = "the stanza package is not installed (pip install 'bilingua[stanza]')"
    else:
        reason = f"stanza models are missing in {directory} ({_describe(gaps)})"
    _warn_once(
        ("auto",),
        f"bilingua falls back to its rules backend (no UPOS, lowercase lemmas): {reason}. "
        "Install models with `bilingua models download`, or set BILINGUA_STANZA_DIR to a "
        "stanza resources directory that has uk and en models.",
    )
    return "rules"


def _describe(gaps: dict[str, list[str]]) -> str:
    return "; ".join(f"{lang}: {', '.join(procs)}" for lang, procs in gaps.items())


def _installed_extras(processors: Sequence[Processor] | None) -> tuple[str, ...]:
    """The optional processors installed for both languages; warn once about the others."""
    if not processors:
        return ()
    directory = models.model_dir()
    kept = []
    for proc in dict.fromkeys(processors):
        gaps = models.missing(models.LANGS, directory, extra=(proc,))
        if any(proc in procs for procs in gaps.values()):
            _warn_once(
                ("extra", str(directory), proc),
                f"stanza processor {proc!r} is not installed in {directory}; annotating without "
                f"it. Install it with `bilingua models download --processors {proc}`.",
            )
        else:
            kept.append(proc)
    return tuple(kept)


def annotate_many(
    items: Sequence[tuple[str, Sequence[Passage]]],
    backend: Backend = "auto",
    processors: Sequence[Processor] | None = None,
) -> list[list[Sentence]]:
    """Annotate the uk and en passages of several documents in one batch.

    With stanza, all passages of one language, across every document, go through the
    pipeline in one ``bulk_process`` call, which is much faster than one call per document.

    Args:
        items: ``(text, passages)`` per document; passage offsets are code-point offsets into
            that document's text (end exclusive).
        backend: ``"auto"``, ``"stanza"`` or ``"rules"`` (see :func:`resolve_backend`).
        processors: optional stanza processors to add (``"depparse"``, ``"ner"``); those not
            installed are skipped with a one-time :class:`ModelsMissingWarning`. The rules
            backend ignores them. NER tags land in ``Token.ner``.

    Returns:
        Per document, its sentences sorted by start offset. Passages in other languages and
        blank passages give no sentences. Every span satisfies
        ``text[span.start:span.end] == span.text``.

    Raises:
        InputError: a passage lies outside its text, or an argument has the wrong type.
        ModelsNotInstalled: backend ``"stanza"`` and models are missing.
        StanzaNotInstalled: backend ``"stanza"`` and stanza is not installed.
    """
    for text, passages in items:
        check_passages(text, passages)
    jobs = [(text, wanted(text, passages)) for text, passages in items]
    chosen = resolve_backend(backend)
    if not any(passages for _, passages in jobs):
        return [[] for _ in jobs]
    if chosen == "rules":
        return rules.annotate_batch(jobs)
    from bilingua.nlp import stanza_backend

    return stanza_backend.annotate_batch(jobs, extra=_installed_extras(processors))


def annotate(
    text: str,
    passages: Sequence[Passage],
    backend: Backend = "auto",
    processors: Sequence[Processor] | None = None,
) -> list[Sentence]:
    """Split the uk and en passages of one text into sentences and tokens.

    Args:
        text: the document text.
        passages: stretches of ``text`` with their language; only ``"uk"`` and ``"en"`` ones
            are annotated.
        backend: ``"auto"``, ``"stanza"`` or ``"rules"`` (see :func:`resolve_backend`).
        processors: optional stanza processors (see :func:`annotate_many`).

    Returns:
        Sentences sorted by start offset, each with its tokens; offsets index ``text``.

    Raises:
        InputError: a passage lies outside ``text``.
        ModelsNotInstalled: backend ``"stanza"`` and models are missing.
        StanzaNotInstalled: backend ``"stanza"`` and stanza is not installed.
    """
    return annotate_many([(text, passages)], backend=backend, processors=processors)[0]
