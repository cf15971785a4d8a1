"""uk↔en lexical knowledge, all offline: a lexicon, lemmas, stems, transliteration, aliases,
numbers.

- :class:`Lexicon` — Ukrainian lemmas with English translations, with stem indexes so that
  :meth:`Lexicon.match` (``безпеки`` ~ ``security``) costs a few dictionary look-ups;
  :func:`default_lexicon` is the packaged core lexicon (CC0) plus the alias table and the
  learned table (CC BY-SA 4.0), :func:`load_lexicon` reads a user TSV.
- :mod:`~bilingua.lexicon.lemma` — :func:`uk_lemma`, :func:`en_lemma` from simplemma's lists.
- :mod:`~bilingua.lexicon.stem` — :func:`uk_stem`, :func:`uk_verb_stem`, :func:`en_stem`.
- :mod:`~bilingua.lexicon.translit` — :func:`transliterate` (KMU 2010), :func:`name_similarity`.
- :mod:`~bilingua.lexicon.aliases` — :func:`alias_targets`, :func:`alias_match` (РФ ~ Russia).
- :mod:`~bilingua.lexicon.numbers` — :func:`find_quantities` (``$350 million`` ~
  ``350 мільйонів доларів``).
- :mod:`~bilingua.lexicon.learn` — :func:`learn`, :func:`learn_files`, :func:`write_tsv`:
  lemma pairs from a line-aligned corpus (IBM Model 1 with a diagonal prior).

Lexicon files are UTF-8 TSV: ``uk_lemma<TAB>en[|en…]`` (or ``uk<TAB>en<TAB>prob`` as learned),
``#`` comment lines. Nothing here downloads anything.
"""

from __future__ import annotations

from bilingua.lexicon._core import Kind as Kind
from bilingua.lexicon._core import LexEntry as LexEntry
from bilingua.lexicon._core import Lexicon as Lexicon
from bilingua.lexicon._loading import default_lexicon as default_lexicon
from bilingua.lexicon._loading import load_lexicon as load_lexicon
from bilingua.lexicon.aliases import alias_match as alias_match
from bilingua.lexicon.aliases import alias_targets as alias_targets
from bilingua.lexicon.learn import LearnedEntry as LearnedEntry
from bilingua.lexicon.learn import learn as learn
from bilingua.lexicon.learn import learn_files as learn_files
from bilingua.lexicon.learn import write_tsv as write_tsv
from bilingua.lexicon.lemma import en_lemma as en_lemma
from bilingua.lexicon.lemma import uk_lemma as uk_lemma
from bilingua.lexicon.numbers import Quantity as Quantity
from bilingua.lexicon.numbers import find_quantities as find_quantities
from bilingua.lexicon.stem import en_stem as en_stem
from bilingua.lexicon.stem import uk_stem as uk_stem
from bilingua.lexicon.stem import uk_verb_stem as uk_verb_stem
from bilingua.lexicon.translit import name_similarity as name_similarity
from bilingua.lexicon.translit import transliterate as transliterate

__all__ = [
    "Kind",
    "LearnedEntry",
    "LexEntry",
    "Lexicon",
    "Quantity",
    "alias_match",
    "alias_targets",
    "default_lexicon",
    "en_lemma",
    "en_stem",
    "find_quantities",
    "learn",
    "learn_files",
    "load_lexicon",
    "name_similarity",
    "transliterate",
    "uk_lemma",
    "uk_stem",
    "uk_verb_stem",
    "write_tsv",
]
