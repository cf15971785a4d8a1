"""bilingua: Ukrainian and English passages in one text — found, paired, aligned, verified.

Offsets everywhere are code-point indices into the original text, end exclusive, with
``text[span.start:span.end] == span.text``.
"""

from bilingua._version import __version__
from bilingua.detect import detect as detect
from bilingua.errors import BilinguaError as BilinguaError
from bilingua.errors import InputError as InputError
from bilingua.errors import ModelsNotInstalled as ModelsNotInstalled
from bilingua.errors import StanzaNotInstalled as StanzaNotInstalled
from bilingua.lexicon import Lexicon as Lexicon
from bilingua.lexicon import default_lexicon as default_lexicon
from bilingua.lexicon import load_lexicon as load_lexicon
from bilingua.model import Attribution as Attribution
from bilingua.model import Document as Document
from bilingua.model import DocumentAlignment as DocumentAlignment
from bilingua.model import Finding as Finding
from bilingua.model import FindingKind as FindingKind
from bilingua.model import LangHint as LangHint
from bilingua.model import Meta as Meta
from bilingua.model import Pair as Pair
from bilingua.model import PairSide as PairSide
from bilingua.model import Provenance as Provenance
from bilingua.model import Quote as Quote
from bilingua.model import QuoteKind as QuoteKind
from bilingua.model import Script as Script
from bilingua.model import Segment as Segment
from bilingua.model import Sentence as Sentence
from bilingua.model import SentenceLink as SentenceLink
from bilingua.model import Severity as Severity
from bilingua.model import Span as Span
from bilingua.model import Token as Token
from bilingua.model import Verdict as Verdict
from bilingua.model import WordLink as WordLink
from bilingua.nlp import ModelsMissingWarning as ModelsMissingWarning
from bilingua.pipeline import align_documents as align_documents
from bilingua.pipeline import analyze as analyze
from bilingua.pipeline import analyze_many as analyze_many
from bilingua.quotes import find_quotes as find_quotes
from bilingua.reading import Reading as Reading
from bilingua.reading import read as read
from bilingua.reading import read_all as read_all
from bilingua.verify import verify_translation as verify_translation

__all__ = [
    "Attribution",
    "BilinguaError",
    "Document",
    "DocumentAlignment",
    "Finding",
    "FindingKind",
    "InputError",
    "LangHint",
    "Lexicon",
    "Meta",
    "ModelsMissingWarning",
    "ModelsNotInstalled",
    "Pair",
    "PairSide",
    "Provenance",
    "Quote",
    "QuoteKind",
    "Reading",
    "Script",
    "Segment",
    "Sentence",
    "SentenceLink",
    "Severity",
    "Span",
    "StanzaNotInstalled",
    "Token",
    "Verdict",
    "WordLink",
    "__version__",
    "align_documents",
    "analyze",
    "analyze_many",
    "default_lexicon",
    "detect",
    "find_quotes",
    "load_lexicon",
    "read",
    "read_all",
    "verify_translation",
]
