"""Verification: does a rendering say what its source says, and where does it not?

For a source passage and its rendering, already split into sentences and aligned
(:mod:`bilingua.align`), with their coverage map (:mod:`bilingua.coverage`), :func:`verify_sides`
returns a :class:`~bilingua.model.Verdict`: a faithfulness score in [0, 1] and itemised
:class:`~bilingua.model.Finding` objects, each with a kind, a severity, a plain-language message
and the spans on both sides. One module per family of checks:

- :mod:`~bilingua.verify.numbers`: quantities with scale and unit (``350 мільйонів`` ~
  ``$350 million``), clock times, unit conversions;
- :mod:`~bilingua.verify.names`: names and entities (through the matcher: transliteration,
  aliases, lexicon), one counterpart per mention;
- :mod:`~bilingua.verify.dates`: months and weekdays compared as values;
- :mod:`~bilingua.verify.negation`: a predicate negated on one side of the pair only;
- :mod:`~bilingua.verify.sentences`: source sentences without a counterpart (omitted), target
  sentences without one (added);
- :mod:`~bilingua.verify.gaps`: words inside sentences that the other side does not explain
  (omission, addition), and a name, number or date where the other side says something else;
- :mod:`~bilingua.verify.surface`: @handles, #hashtags and URLs, an implausible length ratio,
  text left in the source language's script.

:mod:`~bilingua.verify.score` multiplies the share of words explained by one factor per finding
(docs/verify.md). :func:`verify_translation` does the whole job for two plain strings. The
package imports align, coverage, match, lexicon, nlp and model, never the pipeline: the
pipeline calls it.
"""

from __future__ import annotations

from bilingua.coverage import Side
from bilingua.verify.check import verify_sides, verify_translation
from bilingua.verify.score import SEVERITY_FACTOR, explained, faithfulness

__all__ = [
    "SEVERITY_FACTOR",
    "Side",
    "explained",
    "faithfulness",
    "verify_sides",
    "verify_translation",
]
