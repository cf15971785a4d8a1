"""Quotations and social-media embeds in a bilingual text, and whom they are attributed to.

:func:`find_quotes` finds words between quotation marks (“…” "…" ‘…’ «…» „…“ „…”), quotations
nested in them, and embedded posts: a passage followed by a ``— Name (@handle) Date`` signature.
Each :class:`~bilingua.model.Quote` has exact offsets, the language that covers most of its
letters (from the language segments of the text) and, where the text tells, an
:class:`~bilingua.model.Attribution`. :func:`parse_date` reads the dates of signatures with
babel's English and Ukrainian month names.

One module per job, each importing only the ones listed before it:

- :mod:`~bilingua.quotes._text`: patterns and offset helpers shared by the others;
- :mod:`~bilingua.quotes.dates`: :func:`parse_date`, dates with babel's month names;
- :mod:`~bilingua.quotes.clauses`: reporting clauses (`, said Zelensky`, `Кулеба написав:`);
- :mod:`~bilingua.quotes.marks`: pairing of quotation marks in one pass;
- :mod:`~bilingua.quotes.speakers`: the speaker's name in a clause, :data:`NameTest` and
  :func:`capitalised_names`;
- :mod:`~bilingua.quotes._context`: what every quote needs to know about its text;
- :mod:`~bilingua.quotes.attribution`: the attribution of a quotation in marks;
- :mod:`~bilingua.quotes.embeds`: embedded posts and their signatures;
- :mod:`~bilingua.quotes.find`: :func:`find_quotes`, the entry point.

Everything is linear in the size of the text. Marks are paired in one pass with a stack of
at most 8 open marks; every look around a mark, a quote or a signature is limited to a fixed
window that stops at the neighbouring marks, so no character is read more than a constant
number of times; no regular expression can backtrack without bound.
"""

from __future__ import annotations

from bilingua.quotes.dates import parse_date
from bilingua.quotes.find import find_quotes
from bilingua.quotes.speakers import NameTest, capitalised_names

__all__ = ["NameTest", "capitalised_names", "find_quotes", "parse_date"]
