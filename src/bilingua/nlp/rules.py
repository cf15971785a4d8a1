"""The built-in rules backend: sentences and tokens for uk and en from regular expressions.

No model, no dependency: this is what runs when stanza models are not installed. Tokens are
matched directly on the document text, so their offsets are exact by construction.

Tokens: URLs, e-mail addresses, @handles, #tags, numbers (``1,4``, ``$2.75``, ``30%``,
``2022-го``), known abbreviations (``Mr.``, ``U.S.``, ``р.``, ``тис.``, ``ст.``), initials before a
capitalised word (``В. Зеленський``), words with inner apostrophes and hyphens (``пам’ять``,
``don't``, ``well-known``: one token each, as stanza's surface tokens are), emoji sequences
(skin tones, ZWJ families, flags), ellipses, dashes, and any other visible character.

Sentences end after ``.``/``!``/``?``/``…`` (plus closing quotes and brackets glued to them) when
the next token does not start with a lowercase letter, and at blank lines. Abbreviations and
initials never end a sentence, except ``etc.``-like ones before a capital: "in the U.S. The…"
stays one sentence, which is the price of keeping "the U.S. President" whole.

Lemmas of words come from simplemma's lemmatisation lists (:mod:`bilingua.lexicon.lemma`) of
their matching form (:func:`bilingua._normal.fold`: NFC, without stress marks, soft hyphens and
zero-width characters, one apostrophe, one script per word); other tokens are that form
lowercased; UPOS and features are None.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bilingua._normal import fold
from bilingua.lexicon.lemma import en_lemma, uk_lemma
from bilingua.model import Sentence, Token
from bilingua.nlp._passage import Passage

__all__ = ["annotate_batch", "lemma_of", "sentences", "tokenize"]

_EN_ABBR = (
    "Mr Mrs Ms Mx Dr Prof St Jr Sr Gen Gov Sen Rep Lt Col Sgt Capt Cmdr Adm Pres Rev Hon "
    "vs etc approx Inc Ltd Co Corp Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos "
    "Fig Vol Ave Blvd Mt Ft Dept Univ est"
)
_UK_ABBR = (
    "р рр ст тис млн млрд трлн грн коп дол вул просп пл обл р-н м с смт див ім св проф акад "
    "доц д-р пп пан пані ін др напр зокр тел хв год сек км кг див ред вид упоряд гл розд "
    "січ лют бер квіт трав черв лип серп вер жовт лист груд"
)
# abbreviations after which a capitalised word starts a new sentence: ones that end a list or
# follow a number as a unit ("1,4 млн грн. Це…"); titles and "р." ("у 2022 р. Президент…") don't
_FINAL_ABBR = frozenset(
    "etc. Inc. Ltd. Corp. Co. т.д. т.п. тис. млн. млрд. трлн. грн. коп. дол. "
    "км. кг. хв. год. сек.".split()
)

_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WCH = rf"(?:\w|[{_MARKS}\u00ad\u200b\u200c\u200d])"  # a word character, marks and joiners too
_LETTER = r"[^\W\d_]"
_UPPER = "A-ZА-ЯІЇЄҐ"
_EMOJI_BASE = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\u2190-\u21ff\u3030\u303d"
    "\u3297\u3299\u00a9\u00ae\u203c\u2049\u2122\u2139"
)
_EMOJI_ONE = rf"[{_EMOJI_BASE}](?:[\U0001f3fb-\U0001f3ff]|\ufe0f|\u20e3|[\U000e0020-\U000e007f])*"


def _alternation(words: str) -> str:
    parts = sorted(set(words.split()), key=len, reverse=True)
    return "|".join(re.escape(w) for w in parts)


_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)\]'’])
  | (?P<email>[\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+)
  | (?P<handle>@\w+)
  | (?P<tag>\#\w+)
  | (?P<numword>\d+(?:[-–]{_LETTER}+)+)
  | (?P<number>[$€£₴]?\d+(?:[.,:/]\d+)*%?)
  | (?P<abbr>(?<![\w.])(?:{_alternation(_EN_ABBR)}|{_alternation(_UK_ABBR)})\.(?!\w))
  | (?P<acronym>(?<![\w.])(?:{_LETTER}\.){{2,}}(?!\w))
  | (?P<initial>(?<![\w.])[{_UPPER}]\.(?=[ \u00a0]?[{_UPPER}]))
  | (?P<word>{_WCH}+(?:[-'’ʼ‘`‐‑]{_WCH}+)*)
  | (?P<emoji>[\U0001f1e6-\U0001f1ff]{{2}}|{_EMOJI_ONE}(?:\u200d{_EMOJI_ONE})*)
  | (?P<ellipsis>\.{{2,}}|…)
  | (?P<dash>-{{2,}}|[—–])
  | (?P<stop>[!?]+|\.)
  | (?P<other>\S)
    """,
    re.VERBOSE,
)
_TERMINAL = re.compile(r"[.!?…]+")
# Words the lemma lists can hold: letters of the passage's script, inner apostrophes and hyphens.
# (п‘ять, п`ять: apostrophes typed as other marks are apostrophes inside a word)
_CYRILLIC_WORD = re.compile(r"[а-яіїєґё]+(?:['’ʼ‘`\-][а-яіїєґё]+)*", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[a-z]+(?:['’\-][a-z]+)*", re.IGNORECASE)
_CLOSERS = frozenset("\"'’”»)]}")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")


def lemma_of(token: str, lang: str = "und") -> str:
    """The rules backend's lemma of a token of a ``lang`` passage.

    The token is put in its matching form (:func:`bilingua._normal.fold`: NFC, no stress marks,
    soft hyphens or zero-width characters, one script); a word in the passage's script then
    gets its dictionary form from :func:`~bilingua.lexicon.lemma.uk_lemma` or
    :func:`~bilingua.lexicon.lemma.en_lemma` (``зброю`` → ``зброя``, ``went`` → ``go``; names
    keep their capital, as stanza's lemmas do); anything else is lowercased.
    """
    text = fold(unicodedata.normalize("NFC", token))
    if lang == "uk" and _CYRILLIC_WORD.fullmatch(text):
        return uk_lemma(text)
    if lang == "en" and _LATIN_WORD.fullmatch(text):
        return en_lemma(text)
    return text.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens of ``text[start:end]`` as ``(start, end, kind)`` with document offsets.

    ``kind`` is the name of the rule that matched (``"word"``, ``"number"``, ``"abbr"``…).
    """
    end = len(text) if end is None else end
    out = []
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup or "other"
        out.append((match.start(), match.end(), kind))
    return out


def _starts_sentence(token: str) -> bool:
    return not token[:1].islower()


def _ends_sentence(text: str, tokens: Sequence[tuple[int, int, str]], i: int) -> tuple[bool, int]:
    """Whether a sentence ends at token ``i``; returns (ends, index of its last token)."""
    s, e, kind = tokens[i]
    word = text[s:e]
    terminal = kind in ("stop", "ellipsis") and _TERMINAL.fullmatch(word) is not None
    if kind == "abbr" or kind == "acronym":
        terminal = word in _FINAL_ABBR
    if not terminal:
        return False, i
    last = i
    # closing quotes and brackets glued to the stop belong to the sentence it ends
    while last + 1 < len(tokens) and tokens[last + 1][0] == tokens[last][1]:
        closer = text[tokens[last + 1][0] : tokens[last + 1][1]]
        if closer not in _CLOSERS:
            break
        last += 1
    # a dash after direct speech leads back into the sentence: «Дякую!» — сказав він.
    nxt = last + 1
    while nxt < len(tokens) and tokens[nxt][2] == "dash":
        nxt += 1
    if nxt == len(tokens):
        return True, last
    return _starts_sentence(text[tokens[nxt][0] : tokens[nxt][1]]), last


def _breaks(text: str, tokens: Sequence[tuple[int, int, str]]) -> list[int]:
    """Indexes of the last token of each sentence."""
    ends: list[int] = []
    i = 0
    while i < len(tokens):
        ends_here, last = _ends_sentence(text, tokens, i)
        if not ends_here and i + 1 < len(tokens):
            gap = text[tokens[i][1] : tokens[i + 1][0]]
            ends_here, last = _PARAGRAPH.search(gap) is not None, i
        if ends_here or last + 1 == len(tokens):
            ends.append(last)
        i = last + 1
    return ends


def sentences(text: str, passage: Passage) -> list[Sentence]:
    """Split one passage into sentences of tokens.

    Args:
        text: the document text.
        passage: the stretch to annotate; its offsets index ``text``.

    Returns:
        Sentences (``lang`` of the passage) with tokens whose lemma is :func:`lemma_of` and
        whose UPOS and features are None; offsets index ``text``.
    """
    tokens = tokenize(text, passage.start, passage.end)
    out: list[Sentence] = []
    first = 0
    for last in _breaks(text, tokens):
        toks = tuple(
            Token.of(text, s, e, lemma=lemma_of(text[s:e], passage.lang))
            for s, e, _ in tokens[first : last + 1]
        )
        out.append(Sentence.of(text, toks[0].start, toks[-1].end, lang=passage.lang, tokens=toks))
        first = last + 1
    return out


def annotate_batch(items: Sequence[tuple[str, Sequence[Passage]]]) -> list[list[Sentence]]:
    """Annotate the passages of several documents (same contract as the stanza backend).

    Args:
        items: ``(text, passages)`` per document; passages already checked.

    Returns:
        Per document, its sentences sorted by offset.
    """
    results = []
    for text, passages in items:
        found = [s for p in passages for s in sentences(text, p)]
        found.sort(key=lambda s: (s.start, s.end))
        results.append(found)
    return results
