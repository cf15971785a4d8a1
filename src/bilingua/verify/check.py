"""The verdict for one source and rendering: every check, then the score."""

from __future__ import annotations

from bilingua import nlp
from bilingua.align import Alignment, align_sentences
from bilingua.coverage import Side, coverage_map
from bilingua.errors import InputError
from bilingua.match import Matcher, default_matcher
from bilingua.model import Coverage, Finding, Verdict
from bilingua.verify._side import Context
from bilingua.verify.dates import date_findings
from bilingua.verify.gaps import gap_findings
from bilingua.verify.names import name_findings
from bilingua.verify.negation import negation_findings
from bilingua.verify.numbers import number_findings
from bilingua.verify.score import faithfulness, finding_order, without_repeats
from bilingua.verify.sentences import sentence_findings
from bilingua.verify.surface import anchor_findings, length_findings, untranslated_findings

__all__ = ["verify_sides", "verify_translation"]

_LANGS = ("uk", "en")


def verify_sides(
    source: Side,
    target: Side,
    alignment: Alignment,
    matcher: Matcher,
    coverage: Coverage | None = None,
) -> Verdict:
    """Check a rendering against its source.

    Args:
        source: the original side.
        target: the rendering.
        alignment: sentence and word links between the two sides (:func:`align_sentences`),
            source spans into ``source.text``, target spans into ``target.text``.
        matcher: word correspondences (the same matcher the alignment used).
        coverage: the pair's coverage map (:func:`~bilingua.coverage.coverage_map`), when the
            caller has built it already.

    Returns:
        A :class:`Verdict` with the coverage map and without ``source_text``/``target_text``:
        source spans of its findings index into ``source.text``, target spans into
        ``target.text``.
    """
    if coverage is None:
        coverage = coverage_map(source, target, alignment)
    context = Context(source, target, alignment, matcher, coverage)
    found: list[Finding] = [
        *number_findings(context),
        *name_findings(context),
        *date_findings(context),
        *anchor_findings(context),
        *negation_findings(context),
        *sentence_findings(context),
        *gap_findings(context),
        *length_findings(context),
        *untranslated_findings(context),
    ]
    findings = sorted(without_repeats(found), key=finding_order)
    return Verdict(
        score=faithfulness(coverage, findings), findings=tuple(findings), coverage=coverage
    )


def _check_input(source: object, target: object, source_lang: str, target_lang: str) -> None:
    for name, value in (("source", source), ("target", target)):
        if not isinstance(value, str):
            raise InputError(
                f"verify_translation() takes {name} as a str, not {type(value).__name__}"
            )
        if not value.strip():
            raise InputError(f"the {name} text is empty: there is nothing to verify")
    for name, lang in (("source_lang", source_lang), ("target_lang", target_lang)):
        if lang not in _LANGS:
            raise InputError(f"{name} {lang!r} is not supported; expected 'uk' or 'en'")
    if source_lang == target_lang:
        raise InputError(f"source and target are both {source_lang!r}; expected one uk, one en")


def verify_translation(
    source: str,
    target: str,
    source_lang: str = "uk",
    target_lang: str = "en",
    *,
    backend: nlp.Backend = "auto",
) -> Verdict:
    """Check that ``target`` says what ``source`` says.

    Args:
        source: the original text (each line ends a sentence).
        target: its rendering.
        source_lang: ``"uk"`` or ``"en"``.
        target_lang: the other one.
        backend: sentence and token annotation, as for :func:`bilingua.analyze`.

    Returns:
        A :class:`~bilingua.model.Verdict` carrying ``source_text`` and ``target_text``:
        finding source spans index into ``source``, target spans into ``target``.

    Raises:
        InputError: a text is not a ``str`` or is blank, or the languages are not one ``"uk"``
            and one ``"en"``.
        ModelsNotInstalled: ``backend="stanza"`` and models are missing.
    """
    _check_input(source, target, source_lang, target_lang)
    source_sentences, target_sentences = nlp.annotate_many(
        [
            (source, nlp.line_passages(source, source_lang)),
            (target, nlp.line_passages(target, target_lang)),
        ],
        backend=backend,
    )
    matcher = default_matcher()
    alignment = align_sentences(
        source,
        source_sentences,
        target,
        target_sentences,
        matcher,
        source_is_uk=source_lang == "uk",
    )
    verdict = verify_sides(
        Side(source, 0, len(source), source_lang, tuple(source_sentences)),
        Side(target, 0, len(target), target_lang, tuple(target_sentences)),
        alignment,
        matcher,
    )
    return Verdict(
        score=verdict.score,
        findings=verdict.findings,
        coverage=verdict.coverage,
        source_text=source,
        target_text=target,
    )
