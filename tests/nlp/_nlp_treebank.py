"""A synthetic Ukrainian and English treebank for training tiny stanza models in the tests.

Sentences are drawn from a few templates over a small vocabulary. Every word carries the
UPOS, lemma and features that it has in the sentence, so models trained on it predict
in-vocabulary words correctly; the trees are flat (first word root, the others attached to it)
because no parser is trained. Generation is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = ["TreebankSentence", "Word", "generate", "write_conllu", "write_text"]


@dataclass(frozen=True)
class Word:
    """One syntactic word; ``parts`` makes it a multi-word token (en "don't" → do + n't)."""

    form: str
    lemma: str
    upos: str
    feats: str = "_"
    space_after: bool = True
    parts: tuple[Word, ...] = ()


@dataclass(frozen=True)
class TreebankSentence:
    """A sentence as a list of tokens (each a Word, possibly with parts)."""

    tokens: tuple[Word, ...]

    @property
    def text(self) -> str:
        out = []
        for tok in self.tokens:
            out.append(tok.form)
            if tok.space_after:
                out.append(" ")
        return "".join(out).rstrip()


def W(form: str, lemma: str, upos: str, feats: str = "_") -> Word:
    return Word(form, lemma, upos, feats)


PUNCT = {p: W(p, p, "PUNCT") for p in '.,:!?«»"'}

# --- Ukrainian ---------------------------------------------------------------------------------

_UK_ANIM_M = "Animacy=Anim|Case={case}|Gender=Masc|Number={num}"
_UK_PAST_M = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"
_UK_PAST_F = "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"
_UK_PRES3 = "Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

UK_SUBJ = [
    [W("Президент", "президент", "NOUN", _UK_ANIM_M.format(case="Nom", num="Sing"))],
    [
        W("Президент", "президент", "NOUN", _UK_ANIM_M.format(case="Nom", num="Sing")),
        W("України", "Україна", "PROPN", "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing"),
    ],
    [W("Зеленський", "Зеленський", "PROPN", _UK_ANIM_M.format(case="Nom", num="Sing"))],
    [
        W("Володимир", "Володимир", "PROPN", _UK_ANIM_M.format(case="Nom", num="Sing")),
        W("Зеленський", "Зеленський", "PROPN", _UK_ANIM_M.format(case="Nom", num="Sing")),
    ],
    [
        W("В.", "В.", "PROPN", "Abbr=Yes|Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"),
        W("Зеленський", "Зеленський", "PROPN", _UK_ANIM_M.format(case="Nom", num="Sing")),
    ],
    [W("Байден", "Байден", "PROPN", _UK_ANIM_M.format(case="Nom", num="Sing"))],
    [W("Міністр", "міністр", "NOUN", _UK_ANIM_M.format(case="Nom", num="Sing"))],
    [W("Уряд", "уряд", "NOUN", "Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing")],
]
UK_SUBJ_FEM = [
    [W("Україна", "Україна", "PROPN", "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing")],
    [W("Німеччина", "Німеччина", "PROPN", "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing")],
    [W("Адміністрація", "адміністрація", "NOUN", "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing")],
]
UK_PAST_M = [
    W(f, lemma, "VERB", _UK_PAST_M)
    for f, lemma in [
        ("провів", "провести"),
        ("обговорив", "обговорити"),
        ("підтримав", "підтримати"),
        ("отримав", "отримати"),
        ("запропонував", "запропонувати"),
        ("посилив", "посилити"),
    ]
]
UK_PAST_F = [
    W(f, lemma, "VERB", _UK_PAST_F)
    for f, lemma in [
        ("отримала", "отримати"),
        ("підтримала", "підтримати"),
        ("провела", "провести"),
    ]
]
UK_PRES3 = [
    W(f, lemma, "VERB", _UK_PRES3)
    for f, lemma in [
        ("обговорює", "обговорювати"),
        ("підтримує", "підтримувати"),
        ("отримує", "отримувати"),
        ("посилює", "посилювати"),
    ]
]
_FEM_ACC = "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing"
_ADJ_FEM_ACC = "Case=Acc|Gender=Fem|Number=Sing"
_ADJ_PL_ACC = "Case=Acc|Number=Plur"
UK_ADJ = [
    ("чергов", "черговий"),
    ("нов", "новий"),
    ("важлив", "важливий"),
    ("фінансов", "фінансовий"),
]
UK_OBJ_FEM = [("розмову", "розмова"), ("допомогу", "допомога"), ("підтримку", "підтримка")]
UK_OBJ_PL = [
    W("санкції", "санкція", "NOUN", "Animacy=Inan|Case=Acc|Gender=Fem|Number=Plur"),
    W("питання", "питання", "NOUN", "Animacy=Inan|Case=Acc|Gender=Neut|Number=Plur"),
    W("переговори", "переговори", "NOUN", "Animacy=Inan|Case=Acc|Number=Plur"),
]
UK_PP = [
    [
        W("з", "з", "ADP", "Case=Ins"),
        W("Байденом", "Байден", "PROPN", _UK_ANIM_M.format(case="Ins", num="Sing")),
    ],
    [
        W("з", "з", "ADP", "Case=Ins"),
        W("партнерами", "партнер", "NOUN", _UK_ANIM_M.format(case="Ins", num="Plur")),
    ],
    [W("з", "з", "ADP", "Case=Ins"), W("@POTUS", "@POTUS", "PROPN", "Uninflect=Yes")],
    [
        W("для", "для", "ADP", "Case=Gen"),
        W("України", "Україна", "PROPN", "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing"),
    ],
    [
        W("проти", "проти", "ADP", "Case=Gen"),
        W("Росії", "Росія", "PROPN", "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing"),
    ],
    [
        W("у", "у", "ADP", "Case=Loc"),
        W("Києві", "Київ", "PROPN", "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing"),
    ],
]
UK_DAT_PL = [
    W("партнерам", "партнер", "NOUN", _UK_ANIM_M.format(case="Dat", num="Plur")),
    W("союзникам", "союзник", "NOUN", _UK_ANIM_M.format(case="Dat", num="Plur")),
]


def _uk_obj(rng: random.Random) -> list[Word]:
    if rng.random() < 0.55:
        form, lemma = rng.choice(UK_OBJ_FEM)
        words = [W(form, lemma, "NOUN", _FEM_ACC)]
        if rng.random() < 0.6:
            stem, alemma = rng.choice(UK_ADJ)
            words.insert(0, W(stem + "у", alemma, "ADJ", _ADJ_FEM_ACC))
        return words
    words = [rng.choice(UK_OBJ_PL)]
    if rng.random() < 0.5:
        stem, alemma = rng.choice(UK_ADJ)
        words.insert(0, W(stem + "і", alemma, "ADJ", _ADJ_PL_ACC))
    return words


def _lower_first(words: list[Word]) -> list[Word]:
    first = words[0]
    if first.upos == "PROPN":
        return words
    return [replace(first, form=first.form.lower()), *words[1:]]


def _uk_simple(rng: random.Random) -> list[Word]:
    words = [*rng.choice(UK_SUBJ), rng.choice(UK_PAST_M + UK_PRES3), *_uk_obj(rng)]
    if rng.random() < 0.6:
        words += rng.choice(UK_PP)
    return [*words, PUNCT[rng.choice("..!")]]


def _uk_fem(rng: random.Random) -> list[Word]:
    words = [*rng.choice(UK_SUBJ_FEM), rng.choice(UK_PAST_F)]
    if rng.random() < 0.5:
        num = rng.choice(["1,4", "2,75", "10", "350"])
        words += [
            W(num, num, "NUM", "NumType=Card"),
            W("млн", "млн", "NUM", "Abbr=Yes|NumType=Card|Uninflect=Yes"),
            W("доларів", "долар", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur"),
        ]
    else:
        words += _uk_obj(rng)
    return [*words, PUNCT["."]]


def _uk_clause(rng: random.Random) -> list[Word]:
    subj = rng.choice(UK_SUBJ)
    said = W("сказав", "сказати", "VERB", _UK_PAST_M)
    inner = _lower_first(list(rng.choice(UK_SUBJ[:3] + UK_SUBJ[5:])))
    tail = [W("що", "що", "SCONJ"), *inner, rng.choice(UK_PRES3), *_uk_obj(rng), PUNCT["."]]
    return [*subj, said, PUNCT[","], *tail]


def _uk_quote(rng: random.Random) -> list[Word]:
    we = W("Ми", "ми", "PRON", "Case=Nom|Number=Plur|Person=1|PronType=Prs")
    thank = W(
        "дякуємо",
        "дякувати",
        "VERB",
        "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin",
    )
    obj = rng.choice(UK_OBJ_FEM[1:])
    quote = [
        we,
        thank,
        rng.choice(UK_DAT_PL),
        W("за", "за", "ADP", "Case=Acc"),
        W(obj[0], obj[1], "NOUN", _FEM_ACC),
    ]
    wrote = W("написав", "написати", "VERB", _UK_PAST_M)
    end = PUNCT[rng.choice("!.")]
    return [*rng.choice(UK_SUBJ), wrote, PUNCT[":"], PUNCT["«"], *quote, end, PUNCT["»"]]


def _uk_memory(rng: random.Random) -> list[Word]:
    we = W("Ми", "ми", "PRON", "Case=Nom|Number=Plur|Person=1|PronType=Prs")
    keep = W(
        "зберігаємо",
        "зберігати",
        "VERB",
        "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin",
    )
    memory = W("пам’ять", "пам’ять", "NOUN", _FEM_ACC)
    heroes = W("героїв", "герой", "NOUN", _UK_ANIM_M.format(case="Acc", num="Plur"))
    return [we, keep, memory, W("про", "про", "ADP", "Case=Acc"), heroes, PUNCT["."]]


def _uk_year(rng: random.Random) -> list[Word]:
    year = rng.choice(["2022", "2023"])
    loc = "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing"
    when = [
        W("У", "у", "ADP", "Case=Loc"),
        W(year, year, "ADJ", "Case=Loc|Gender=Masc|NumType=Ord|Number=Sing|Uninflect=Yes"),
        rng.choice([W("р.", "рік", "NOUN", "Abbr=Yes|" + loc), W("році", "рік", "NOUN", loc)]),
    ]
    return [*when, *_uk_simple(rng)]


def _uk_question(rng: random.Random) -> list[Word]:
    will = W(
        "підтримає",
        "підтримати",
        "VERB",
        "Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin",
    )
    subj = _lower_first(list(rng.choice(UK_SUBJ)))
    return [W("Чи", "чи", "PART"), will, *subj, *_uk_obj(rng), PUNCT["?"]]


UK_TEMPLATES: list[tuple[float, Callable[[random.Random], list[Word]]]] = [
    (4, _uk_simple),
    (2, _uk_fem),
    (2, _uk_clause),
    (1.5, _uk_quote),
    (0.7, _uk_memory),
    (1.2, _uk_year),
    (1, _uk_question),
]

# --- English -----------------------------------------------------------------------------------

_EN_PAST = "Mood=Ind|Number={num}|Person=3|Tense=Past|VerbForm=Fin"
_EN_PRES = "Mood=Ind|Number={num}|Person=3|Tense=Pres|VerbForm=Fin"
_THE = W("the", "the", "DET", "Definite=Def|PronType=Art")


def _cap(word: Word) -> Word:
    return replace(word, form=word.form[:1].upper() + word.form[1:])


EN_SUBJ_SG = [
    [_cap(_THE), W("president", "president", "NOUN", "Number=Sing")],
    [
        _cap(_THE),
        W("U.S.", "U.S.", "PROPN", "Number=Sing"),
        W("president", "president", "NOUN", "Number=Sing"),
    ],
    [W("Biden", "Biden", "PROPN", "Number=Sing")],
    [W("Mr.", "Mr.", "PROPN", "Number=Sing"), W("Biden", "Biden", "PROPN", "Number=Sing")],
    [W("Zelensky", "Zelensky", "PROPN", "Number=Sing")],
    [W("He", "he", "PRON", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs")],
    [_cap(_THE), W("government", "government", "NOUN", "Number=Sing")],
]
EN_SUBJ_PL = [
    [_cap(_THE), W("leaders", "leader", "NOUN", "Number=Plur")],
    [W("They", "they", "PRON", "Case=Nom|Number=Plur|Person=3|PronType=Prs")],
    [W("Western", "western", "ADJ", "Degree=Pos"), W("allies", "ally", "NOUN", "Number=Plur")],
]
EN_VERBS = [
    ("discussed", "discusses", "discuss"),
    ("reviewed", "reviews", "review"),
    ("supported", "supports", "support"),
    ("announced", "announces", "announce"),
    ("increased", "increases", "increase"),
]
EN_OBJ = [
    [_THE, W("talks", "talk", "NOUN", "Number=Plur")],
    [W("security", "security", "NOUN", "Number=Sing")],
    [W("sanctions", "sanction", "NOUN", "Number=Plur")],
    [
        W("financial", "financial", "ADJ", "Degree=Pos"),
        W("support", "support", "NOUN", "Number=Sing"),
    ],
    [W("new", "new", "ADJ", "Degree=Pos"), W("aid", "aid", "NOUN", "Number=Sing")],
    [_THE, W("issues", "issue", "NOUN", "Number=Plur")],
    [_THE, W("negotiations", "negotiation", "NOUN", "Number=Plur")],
    [
        W("military", "military", "ADJ", "Degree=Pos"),
        W("equipment", "equipment", "NOUN", "Number=Sing"),
    ],
]
EN_PP = [
    [W("with", "with", "ADP"), W("Congress", "Congress", "PROPN", "Number=Sing")],
    [W("with", "with", "ADP"), W("@POTUS", "@POTUS", "PROPN", "Number=Sing")],
    [W("for", "for", "ADP"), W("Ukraine", "Ukraine", "PROPN", "Number=Sing")],
    [W("against", "against", "ADP"), W("Russia", "Russia", "PROPN", "Number=Sing")],
    [W("in", "in", "ADP"), W("Kyiv", "Kyiv", "PROPN", "Number=Sing")],
]
_NOT = W("n't", "not", "PART", "Polarity=Neg")


def _mwt(form: str, *parts: Word) -> Word:
    return Word(form, "_", "_", parts=parts)


def _en_obj(rng: random.Random) -> list[Word]:
    if rng.random() < 0.15:
        return [
            W("Russia", "Russia", "PROPN", "Number=Sing"),
            W("'s", "'s", "PART"),
            W("aggression", "aggression", "NOUN", "Number=Sing"),
        ]
    return list(rng.choice(EN_OBJ))


def _en_simple(rng: random.Random) -> list[Word]:
    plural = rng.random() < 0.35
    subj = rng.choice(EN_SUBJ_PL if plural else EN_SUBJ_SG)
    past, pres, lemma = rng.choice(EN_VERBS)
    num = "Plur" if plural else "Sing"
    if rng.random() < 0.6:
        verb = W(past, lemma, "VERB", _EN_PAST.format(num=num))
    else:
        verb = W(lemma if plural else pres, lemma, "VERB", _EN_PRES.format(num=num))
    words = [*subj, verb, *_en_obj(rng)]
    if rng.random() < 0.6:
        words += rng.choice(EN_PP)
    return [*words, PUNCT[rng.choice("..!")]]


def _en_money(rng: random.Random) -> list[Word]:
    subj = rng.choice(EN_SUBJ_SG)
    verb = W("authorised", "authorise", "VERB", _EN_PAST.format(num="Sing"))
    amount = rng.choice(["2.75", "350", "10", "1.4"])
    scale = rng.choice(["million", "billion"])
    money = [
        W("$", "$", "SYM"),
        W(amount, amount, "NUM", "NumForm=Digit|NumType=Card"),
        W(scale, scale, "NUM", "NumForm=Word|NumType=Card"),
    ]
    return [*subj, verb, *money, *rng.choice(EN_PP), PUNCT["."]]


def _en_negation(rng: random.Random) -> list[Word]:
    lemma = rng.choice(EN_VERBS)[2]
    inf = W(lemma, lemma, "VERB", "VerbForm=Inf")
    pres_sg = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    choice = rng.randrange(4)
    if choice == 0:
        subj = rng.choice(EN_SUBJ_SG)
        aux = _mwt("doesn't", W("does", "do", "AUX", pres_sg), _NOT)
    elif choice == 1:
        subj = rng.choice(EN_SUBJ_PL)
        aux = _mwt("don't", W("do", "do", "AUX", pres_sg.replace("Sing", "Plur")), _NOT)
    elif choice == 2:
        subj = rng.choice(EN_SUBJ_SG + EN_SUBJ_PL)
        aux = _mwt("can't", W("ca", "can", "AUX", "VerbForm=Fin"), _NOT)
    else:
        subj = rng.choice(EN_SUBJ_SG + EN_SUBJ_PL)
        aux = _mwt("won't", W("wo", "will", "AUX", "VerbForm=Fin"), _NOT)
    return [*subj, aux, inf, *_en_obj(rng), PUNCT["."]]


def _en_its(rng: random.Random) -> list[Word]:
    it = W("It", "it", "PRON", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs")
    be = W("'s", "be", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    adj = rng.choice(["important", "clear", "new"])
    return [_mwt("It's", it, be), W(adj, adj, "ADJ", "Degree=Pos"), PUNCT["."]]


def _en_clause(rng: random.Random) -> list[Word]:
    subj = rng.choice(EN_SUBJ_SG)
    said = W("said", "say", "VERB", _EN_PAST.format(num="Sing"))
    inner = list(rng.choice(EN_SUBJ_SG))
    if inner[0].upos == "DET" or inner[0].upos == "PRON":
        inner = [replace(inner[0], form=inner[0].form.lower()), *inner[1:]]
    _, pres, lemma = rng.choice(EN_VERBS)
    verb = W(pres, lemma, "VERB", _EN_PRES.format(num="Sing"))
    return [*subj, said, W("that", "that", "SCONJ"), *inner, verb, *_en_obj(rng), PUNCT["."]]


def _en_quote(rng: random.Random) -> list[Word]:
    we = W("We", "we", "PRON", "Case=Nom|Number=Plur|Person=1|PronType=Prs")
    thank = W("thank", "thank", "VERB", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin")
    our = W("our", "we", "PRON", "Number=Plur|Person=1|Poss=Yes|PronType=Prs")
    partners = W(rng.choice(["partners", "allies"]), "", "NOUN", "Number=Plur")
    partners = replace(partners, lemma="partner" if partners.form == "partners" else "ally")
    wrote = W("wrote", "write", "VERB", _EN_PAST.format(num="Sing"))
    quote = [
        we,
        thank,
        our,
        partners,
        W("for", "for", "ADP"),
        _THE,
        W("support", "support", "NOUN", "Number=Sing"),
    ]
    q = PUNCT['"']
    return [*rng.choice(EN_SUBJ_SG), wrote, PUNCT[":"], q, *quote, PUNCT[rng.choice("!.")], q]


def _en_question(rng: random.Random) -> list[Word]:
    subj = [
        replace(w, form=w.form.lower()) if w.upos == "DET" else w
        for w in rng.choice(EN_SUBJ_PL[:1] + EN_SUBJ_SG[:3])
    ]
    lemma = rng.choice(EN_VERBS)[2]
    will = W("Will", "will", "AUX", "VerbForm=Fin")
    return [will, *subj, W(lemma, lemma, "VERB", "VerbForm=Inf"), *_en_obj(rng), PUNCT["?"]]


EN_TEMPLATES: list[tuple[float, Callable[[random.Random], list[Word]]]] = [
    (4, _en_simple),
    (1.2, _en_money),
    (2, _en_negation),
    (0.6, _en_its),
    (1.5, _en_clause),
    (1.2, _en_quote),
    (1, _en_question),
]

_NO_SPACE_BEFORE = {".", ",", ":", "!", "?", "»", "n't", "'s"}
_NO_SPACE_AFTER = {"«", "$"}


def _attach_spaces(words: list[Word]) -> tuple[Word, ...]:
    """Set space_after from punctuation conventions; a closing '"' follows its quoted words."""
    out = list(words)
    quotes_open = False
    for i, word in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        glue = word.form in _NO_SPACE_AFTER
        if word.form == '"':
            quotes_open = not quotes_open
            glue = quotes_open
        if nxt is not None and (nxt.form in _NO_SPACE_BEFORE or (nxt.form == '"' and quotes_open)):
            glue = True
        if nxt is not None and nxt.form == "'s" and not nxt.parts:
            glue = True
        out[i] = replace(word, space_after=not glue)
    return tuple(out)


def generate(lang: str, n: int, seed: int) -> list[TreebankSentence]:
    """Return ``n`` sentences of ``lang`` ("uk" or "en") drawn deterministically from ``seed``."""
    rng = random.Random(f"{lang}-{seed}")
    templates = UK_TEMPLATES if lang == "uk" else EN_TEMPLATES
    weights = [w for w, _ in templates]
    makers = [m for _, m in templates]
    return [
        TreebankSentence(_attach_spaces(rng.choices(makers, weights)[0](rng))) for _ in range(n)
    ]


def paragraphs(sentences: Sequence[TreebankSentence], seed: int) -> list[list[TreebankSentence]]:
    """Group sentences into paragraphs of 1-6 sentences (tokenizer training needs paragraphs)."""
    rng = random.Random(seed)
    out: list[list[TreebankSentence]] = []
    i = 0
    while i < len(sentences):
        k = rng.randint(1, 6)
        out.append(list(sentences[i : i + k]))
        i += k
    return out


def _word_line(idx: int, word: Word, misc: str) -> str:
    head, rel = ("0", "root") if idx == 1 else ("1", "dep")
    return "\t".join(
        [str(idx), word.form, word.lemma, word.upos, "_", word.feats, head, rel, "_", misc]
    )


def write_conllu(path: Path, paras: Sequence[Sequence[TreebankSentence]], prefix: str) -> None:
    """Write paragraphs as CoNLL-U with ``# newpar``, ``# text`` and SpaceAfter=No marks."""
    lines: list[str] = []
    n = 0
    for pi, para in enumerate(paras):
        for si, sent in enumerate(para):
            n += 1
            if pi == 0 and si == 0:
                lines.append(f"# newdoc id = {prefix}")
            if si == 0:
                lines.append(f"# newpar id = {prefix}-p{pi + 1}")
            lines += [f"# sent_id = {prefix}-{n}", f"# text = {sent.text}"]
            idx = 1
            for ti, tok in enumerate(sent.tokens):
                last = ti == len(sent.tokens) - 1
                misc = "_" if tok.space_after or last else "SpaceAfter=No"
                if tok.parts:
                    end = idx + len(tok.parts) - 1
                    lines.append(f"{idx}-{end}\t{tok.form}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
                    for part in tok.parts:
                        lines.append(_word_line(idx, part, "_"))
                        idx += 1
                else:
                    lines.append(_word_line(idx, tok, misc))
                    idx += 1
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_text(path: Path, paras: Sequence[Sequence[TreebankSentence]]) -> None:
    """Write raw text: a paragraph's sentences joined by a space, paragraphs by a blank line."""
    text = "\n\n".join(" ".join(s.text for s in para) for para in paras)
    path.write_text(text + "\n", encoding="utf-8")
