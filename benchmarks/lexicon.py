"""Lexicon and morphology: lemmas, lexicon look-up, coverage, names, load cost.

    python benchmarks/lexicon.py [--backend rules|stanza] [--only SECTION] [--uncovered N]

1. **Lemmas** on UD_Ukrainian-IU and UD_English-EWT dev+test (``../shared/data/ud``), content
   words (not PUNCT, SYM, NUM, X), lowercase comparison: the rules backend before simplemma (the
   lowercased word), simplemma (``bilingua.lexicon.lemma``), and stanza's compact models on gold
   tokens. The compact models were trained on 90 % of these very files: stanza is scored on the
   held-out tenth only (sentence index % 10 == 9), and every candidate is shown on that tenth
   too. The hand-written stemmers make no lemmas; their row counts a word as right when its stem
   equals the stem of its gold lemma (the same meeting point the lexicon needs).
2. **Lexicon look-up** on UD_Ukrainian-IU: of the content words whose gold lemma is a lexicon
   lemma, the share for which ``Lexicon.lemmas_of`` reaches that lemma — by the hand-written
   stems and the irregular table alone (simplemma switched off), with simplemma's lemma, with
   stanza's (held-out tenth), with the gold lemma (the ceiling).
3. **Coverage** of Ukrainian content words on WMT22 uk-en (nothing is learned from it) and
   NTREX-128 (training data of the learned table): with the hand-written lexicon only and with
   the learned table; see ``coverage_table`` for the columns.
4. **Names**: capitalised Cyrillic words not opening a sentence, on both corpora: the share the
   matcher links to a word of the reference, and the share of those it links by transliteration.
5. **Load**: time and memory of ``default_lexicon()`` and of the first lemma look-ups, each in a
   fresh process.

Needs ``../shared`` (or ``$BILINGUA_SHARED``); without it the script says so and exits with 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpus import SharedDataMissing, load_parallel, parallel_dir, shared_dir
from benchmarks._machine import cpu_name, version_of
from benchmarks.pairing import content_tokens

TARGET_TRANSLATED = 0.92
TARGET_REFERENCE = 0.75
TARGET_LOAD_SECONDS = 0.5
CORPORA = ("wmt22.uk-en", "ntrex128.en-uk")
TREEBANKS = {"uk": "uk_iu", "en": "en_ewt"}
CONTENT_UPOS = frozenset(("NOUN", "VERB", "ADJ", "ADV", "PROPN"))
SECTIONS = ("lemmas", "lookup", "coverage", "names", "load")

Word = tuple[str, str, str]  # form, gold lemma, UPOS


# --------------------------------------------------------------------------- UD


def read_conllu(path: Path) -> list[list[Word]]:
    """Sentences of (form, lemma, UPOS), multi-word token ranges and empty nodes left out."""
    sentences: list[list[Word]] = []
    current: list[Word] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if current:
                sentences.append(current)
            current = []
        elif not line.startswith("#"):
            fields = line.split("\t")
            if "-" not in fields[0] and "." not in fields[0]:
                current.append((fields[1], fields[2], fields[3]))
    if current:
        sentences.append(current)
    return sentences


def treebank(lang: str) -> list[list[Word]]:
    """dev then test, as the compact stanza models saw them."""
    folder = shared_dir() / "data" / "ud"
    name = TREEBANKS[lang]
    return [
        s for split in ("dev", "test") for s in read_conllu(folder / f"{name}-ud-{split}.conllu")
    ]


def held_out(sentences: list[list[Word]]) -> list[list[Word]]:
    return [s for i, s in enumerate(sentences) if i % 10 == 9]


def content(sentences: Iterable[list[Word]]) -> list[Word]:
    return [w for s in sentences for w in s if w[2] not in ("PUNCT", "SYM", "NUM", "X")]


def stanza_lemmas(lang: str, sentences: list[list[Word]]) -> list[list[str]] | None:
    """stanza's lemmas of gold-tokenised sentences, or None without stanza or models."""
    models = os.environ.get("BILINGUA_STANZA_DIR")
    if not models:
        return None
    try:
        import stanza
    except ImportError:
        return None
    processors = "tokenize,pos,lemma"
    pipeline = stanza.Pipeline(
        lang,
        dir=models,
        processors=processors,
        tokenize_pretokenized=True,
        download_method=None,
        logging_level="WARN",
    )
    document = pipeline([[w[0] for w in s] for s in sentences])
    return [[word.lemma or word.text for word in s.words] for s in document.sentences]


@dataclass
class LemmaRow:
    system: str
    scores: dict[tuple[str, str], float] = field(default_factory=dict)  # (lang, split) → acc


def _accuracy(words: Sequence[Word], guess: Callable[[str], str]) -> float:
    return sum(guess(f).lower() == lemma.lower() for f, lemma, _ in words) / len(words)


def run_lemmas() -> list[LemmaRow]:
    from bilingua.lexicon.lemma import en_lemma, uk_lemma
    from bilingua.lexicon.stem import en_stem, uk_stem

    rows = {name: LemmaRow(name) for name in ("lowercase (rules backend before)", "simplemma")}
    stems = LemmaRow("hand-written stems (stem of word = stem of lemma)")
    stanza_row = LemmaRow("stanza compact models (gold tokens)")
    for lang in ("uk", "en"):
        sentences = treebank(lang)
        lemma = uk_lemma if lang == "uk" else en_lemma
        stem = uk_stem if lang == "uk" else en_stem
        for split, chosen in (("dev+test", sentences), ("held-out tenth", held_out(sentences))):
            words = content(chosen)
            rows["lowercase (rules backend before)"].scores[lang, split] = _accuracy(
                words, str.lower
            )
            rows["simplemma"].scores[lang, split] = _accuracy(words, lemma)
            stems.scores[lang, split] = sum(stem(f) == stem(gold) for f, gold, _ in words) / len(
                words
            )
        tagged = stanza_lemmas(lang, held_out(sentences))
        if tagged is not None:
            pairs = [
                (guess, gold)
                for sentence, guesses in zip(held_out(sentences), tagged, strict=True)
                for (_, gold, upos), guess in zip(sentence, guesses, strict=True)
                if upos not in ("PUNCT", "SYM", "NUM", "X")
            ]
            stanza_row.scores[lang, "held-out tenth"] = sum(
                g.lower() == gold.lower() for g, gold in pairs
            ) / len(pairs)
    return [*rows.values(), stems, stanza_row]


def lemma_table(rows: list[LemmaRow]) -> str:
    columns = [(lang, split) for lang in ("uk", "en") for split in ("dev+test", "held-out tenth")]
    lines = [
        "### 1. Lemma accuracy on UD (content words)",
        "",
        "| system | " + " | ".join(f"{lang} {split}" for lang, split in columns) + " |",
        "| --- |" + " ---: |" * len(columns),
    ]
    for row in rows:
        cells = [f"{100 * row.scores[c]:.1f} %" if c in row.scores else "—" for c in columns]
        lines.append(f"| {row.system} | " + " | ".join(cells) + " |")
    sizes = {lang: len(content(treebank(lang))) for lang in ("uk", "en")}
    held = {lang: len(content(held_out(treebank(lang)))) for lang in ("uk", "en")}
    lines += [
        "",
        f"Words: uk {sizes['uk']:,} (held-out {held['uk']:,}), en {sizes['en']:,} "
        f"(held-out {held['en']:,}). stanza: '—' on dev+test, which it was trained on.",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- look-up


def run_lookup() -> list[tuple[str, str, float, float, int]]:
    """(way, split, right lemma reached, wrong lemma only, words) rows."""
    from bilingua.lexicon import _core, default_lexicon
    from bilingua.lexicon._core import split_tag, uk_key

    lexicon = default_lexicon(learned=False)
    sentences = treebank("uk")
    rows = []

    def score(words: list[Word], lemma_of: Callable[[Word], str | None]) -> tuple[float, float]:
        right = wrong = 0
        for word in words:
            reached = {split_tag(k)[0] for k in lexicon.lemmas_of(word[0], lemma_of(word))}
            if uk_key(word[1]) in reached:
                right += 1
            elif reached:
                wrong += 1
        return right / len(words), wrong / len(words)

    def known(chosen: list[list[Word]]) -> list[Word]:
        return [w for s in chosen for w in s if w[2] in CONTENT_UPOS and uk_key(w[1]) in lexicon]

    all_words, held_words = known(sentences), known(held_out(sentences))
    original = _core.dictionary_lemma
    try:
        _core.dictionary_lemma = lambda word: ""  # type: ignore[assignment]  # stems only
        for split, words in (("dev+test", all_words), ("held-out tenth", held_words)):
            rows.append(
                (
                    "without simplemma (stems, irregular table)",
                    split,
                    *score(words, lambda w: None),
                    len(words),
                )
            )
    finally:
        _core.dictionary_lemma = original
    for split, words in (("dev+test", all_words), ("held-out tenth", held_words)):
        rows.append(
            ("simplemma lemma, then stems", split, *score(words, lambda w: None), len(words))
        )
        rows.append(
            ("gold lemma, then stems (ceiling)", split, *score(words, lambda w: w[1]), len(words))
        )
    tagged = stanza_lemmas("uk", held_out(sentences))
    if tagged is not None:
        guesses = {
            id(word): guess
            for sentence, lemmas in zip(held_out(sentences), tagged, strict=True)
            for word, guess in zip(sentence, lemmas, strict=True)
        }
        rows.append(
            ("stanza lemma, then simplemma and stems", "held-out tenth",
             *score(held_words, lambda w: guesses.get(id(w))), len(held_words))
        )  # fmt: skip
    return rows


def lookup_table(rows: list[tuple[str, str, float, float, int]]) -> str:
    lines = [
        "### 2. Lexicon look-up on UD_Ukrainian-IU (content words whose gold lemma is listed)",
        "",
        "| way | words | reaches the gold lemma | reaches only other lemmas |",
        "| --- | --- | ---: | ---: |",
    ]
    for way, split, right, wrong, count in rows:
        lines.append(f"| {way} | {split} ({count:,}) | {100 * right:.1f} % | {100 * wrong:.1f} % |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- coverage


@dataclass
class Coverage:
    corpus: str
    lexicon: str
    tokens: int = 0
    translated: int = 0  # the lexicon (curated, alias, learned) gives an English rendering
    named: int = 0  # ... or it is a name, which transliteration renders
    reference: int = 0  # the matcher links it to a word of the reference
    phrase: int = 0  # ... or a phrase match covers it
    learned: int = 0  # linked only through a learned entry
    untranslated: Counter[str] = field(default_factory=Counter)
    unmatched: Counter[str] = field(default_factory=Counter)


def annotate(corpus: str, backend: str) -> list[tuple[list[Any], list[Any]]]:
    """Per line pair, the tokens of the Ukrainian and of the English side."""
    from bilingua import nlp

    parallel = load_parallel(corpus)
    pairs = [
        (u.strip(), e.strip())
        for u, e in zip(parallel.lines("uk"), parallel.lines("en"), strict=True)
        if u.strip() and e.strip()
    ]
    sides = []
    for k, lang in ((0, "uk"), (1, "en")):
        docs = nlp.annotate_many(
            [(p[k], [nlp.Passage(0, len(p[k]), lang)]) for p in pairs], backend=backend
        )
        sides.append([[t for s in doc for t in s.tokens] for doc in docs])
    return list(zip(sides[0], sides[1], strict=True))


def run_coverage(corpus: str, lines: list[tuple[list[Any], list[Any]]], learned: bool) -> Coverage:
    from bilingua.lexicon import default_lexicon
    from bilingua.match import Matcher, WordView

    lexicon = default_lexicon(learned=learned)
    matcher = Matcher(lexicon)
    result = Coverage(corpus, "curated + learned" if learned else "curated only")
    for uk_tokens, en_tokens in lines:
        uk_views = [WordView.of(t) for t in uk_tokens]
        en_views = [WordView.of(t) for t in en_tokens]
        links = matcher.matches(uk_views, en_views)
        linked = {i: max(hit for (k, _), hit in links.items() if k == i) for i, _ in links}
        in_phrase = {i for m in matcher.phrase_matches(uk_views, en_views) for i in m.uk}
        position = {id(t): i for i, t in enumerate(uk_tokens)}
        first = next((t for t in uk_tokens if any(ch.isalpha() for ch in t.text)), None)
        for token in content_tokens(uk_tokens):
            i = position[id(token)]
            view = uk_views[i]
            result.tokens += 1
            has = bool(lexicon.english_candidates(view.lower, view.lemma))
            result.translated += has
            result.named += has or _is_name(token, token is first)
            if i in linked:
                result.reference += 1
                result.learned += linked[i][1] == "learned"
            elif has:
                result.unmatched[(view.lemma or view.lower)] += 1
            if i in linked or i in in_phrase:
                result.phrase += 1
            if not has:
                result.untranslated[(view.lemma or view.lower)] += 1
    return result


def _is_name(token: Any, first: bool) -> bool:
    """Capitalised, and not only because it opens the line: a word there is a name when the
    lemma lists give it a capital lemma (Володимир, Харкова → Харків)."""
    from bilingua.lexicon.lemma import uk_lemma

    return token.text[:1].isupper() and (not first or uk_lemma(token.text)[:1].isupper())


def coverage_table(results: Sequence[Coverage], show: int) -> str:
    lines = [
        "### 3. Coverage of Ukrainian content words",
        "",
        "Content word: a Cyrillic token of letters (inner ’ or - allowed), ≥ 3 characters, not a "
        "function word (`benchmarks/pairing.py`). *translation*: the lexicon gives it an English "
        "rendering (`english_candidates(word, lemma)`); *or a name*: it has none but is "
        "capitalised, and does not open the line or has a capitalised lemma in simplemma's lists "
        "(transliteration renders it); *reference*: the "
        "matcher (lexicon, alias, learned, transliteration, number, identical) links it to a word "
        "of the English reference; *+ phrases*: or a phrase match covers it; *learned*: linked "
        "only through the learned table.",
        "",
        "| corpus | lexicon | content words | translation | translation or a name "
        "| reference | reference + phrases | learned |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.corpus} | {r.lexicon} | {r.tokens:,} | {_pct(r.translated, r.tokens)} "
            f"| {_pct(r.named, r.tokens)} | {_pct(r.reference, r.tokens)} "
            f"| {_pct(r.phrase, r.tokens)} | {_pct(r.learned, r.tokens)} |"
        )
    lines.append(
        f"| *target (WMT22)* | | | | ≥ {100 * TARGET_TRANSLATED:.0f} % "
        f"| ≥ {100 * TARGET_REFERENCE:.0f} % | | |"
    )
    if show and results:
        last = [r for r in results if r.corpus == CORPORA[0]][-1]
        lines += [
            "",
            f"{last.corpus}, {last.lexicon} — most frequent words without a translation: "
            + ", ".join(f"{w} {n}" for w, n in last.untranslated.most_common(show)),
            "",
            "most frequent words with a translation the reference does not use: "
            + ", ".join(f"{w} {n}" for w, n in last.unmatched.most_common(show)),
        ]
    return "\n".join(lines)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "n/a"


# --------------------------------------------------------------------------- names


def run_names(
    corpus: str, lines: list[tuple[list[Any], list[Any]]]
) -> tuple[str, int, float, float]:
    """(corpus, names, share linked to the reference, share of those by transliteration)."""
    from bilingua.match import WordView, default_matcher

    matcher = default_matcher()
    names = linked = translit = 0
    for uk_tokens, en_tokens in lines:
        en_views = [WordView.of(t) for t in en_tokens]
        words = [t for t in uk_tokens if any(ch.isalpha() for ch in t.text)]
        for token in words[1:]:
            if not (
                token.text[:1].isupper() and any("\u0400" <= ch <= "\u04ff" for ch in token.text)
            ):
                continue
            if token.text.isupper():
                continue  # abbreviations are the alias table's
            names += 1
            hits = [matcher.score(WordView.of(token), e) for e in en_views]
            best = max(hits, default=(0.0, None), key=lambda hit: hit[0])
            if best[0] > 0:
                linked += 1
                translit += best[1] == "transliteration"
    return corpus, names, linked / max(names, 1), translit / max(linked, 1)


def names_table(rows: list[tuple[str, int, float, float]]) -> str:
    lines = [
        "### 4. Names (capitalised Cyrillic words not opening a line, abbreviations aside)",
        "",
        "| corpus | names | linked to the reference | of those, by transliteration |",
        "| --- | ---: | ---: | ---: |",
    ]
    for corpus, count, linked, translit in rows:
        lines.append(f"| {corpus} | {count:,} | {100 * linked:.1f} % | {100 * translit:.1f} % |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- load

_LOAD = """
import json, sys, time, tracemalloc
traced = sys.argv[1] == "memory"  # tracemalloc slows Python down: time and memory apart
if traced:
    tracemalloc.start()
import bilingua.lexicon as lexicon_module
from bilingua.lexicon.lemma import uk_lemma, en_lemma
imported = tracemalloc.get_traced_memory()[0]
t, c = time.perf_counter(), time.process_time()
lexicon = lexicon_module.default_lexicon()
load, cpu = time.perf_counter() - t, time.process_time() - c
loaded = tracemalloc.get_traced_memory()[0]
t = time.perf_counter()
uk_lemma("зброю"); en_lemma("went")
first = time.perf_counter() - t
lemmas = tracemalloc.get_traced_memory()[0]
print(json.dumps({"load": load, "cpu": cpu, "memory": loaded - imported, "first_lemmas": first,
                  "lemma_memory": lemmas - loaded, "size": len(lexicon)}))
"""


def _fresh(mode: str) -> dict[str, float]:
    import json

    done = subprocess.run(
        [sys.executable, "-c", _LOAD, mode], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def run_load(repeat: int = 3) -> tuple[list[dict[str, float]], dict[str, float]]:
    """Timed runs and one traced run, each in a fresh process: nothing cached or imported."""
    return [_fresh("time") for _ in range(repeat)], _fresh("memory")


def load_table(runs: list[dict[str, float]], traced: dict[str, float]) -> str:
    best = min(runs, key=lambda run: run["load"])
    loads = ", ".join(f"{run['load']:.3f}" for run in runs)
    cpus = ", ".join(f"{run['cpu']:.3f}" for run in runs)
    firsts = ", ".join(f"{run['first_lemmas']:.3f}" for run in runs)
    verdict = "PASS" if best["load"] < TARGET_LOAD_SECONDS else "FAIL"
    return "\n".join(
        [
            "### 5. Load (a fresh process each run; memory from one run under tracemalloc)",
            "",
            "| measure | value | target |",
            "| --- | ---: | --- |",
            f"| `default_lexicon()`, seconds (runs: {loads}) | {best['load']:.3f} {verdict} "
            f"| < {TARGET_LOAD_SECONDS} |",
            f"| the same, CPU seconds of the process (runs: {cpus}; what a busy machine "
            f"changes least) | {min(r['cpu'] for r in runs):.3f} | |",
            f"| memory of the loaded lexicon | {traced['memory'] / 2**20:.1f} MB | |",
            f"| Ukrainian lemmas of the lexicon | {int(best['size']):,} | |",
            f"| first `uk_lemma` + `en_lemma` calls (lemma lists read), seconds (runs: {firsts})"
            f" | {min(r['first_lemmas'] for r in runs):.3f} | |",
            f"| memory of the lemma lists | {traced['lemma_memory'] / 2**20:.1f} MB | |",
        ]
    )


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("rules", "stanza"), default="rules")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="repeatable")
    parser.add_argument("--uncovered", type=int, default=25, metavar="N")
    args = parser.parse_args(argv)
    try:
        parallel_dir()
    except SharedDataMissing as missing:
        print(f"skipped: {missing}")
        return 0
    if args.backend == "stanza" and not os.environ.get("BILINGUA_STANZA_DIR"):
        os.environ["BILINGUA_STANZA_DIR"] = str(shared_dir() / "models" / "stanza")
    sections = set(args.only or SECTIONS)
    verdicts = []
    if "lemmas" in sections:
        print(lemma_table(run_lemmas()), end="\n\n")
    if "lookup" in sections:
        print(lookup_table(run_lookup()), end="\n\n")
    annotated = {}
    if sections & {"coverage", "names"}:
        annotated = {corpus: annotate(corpus, args.backend) for corpus in CORPORA}
    if "coverage" in sections:
        results = [
            run_coverage(corpus, annotated[corpus], learned)
            for corpus in CORPORA
            for learned in (False, True)
        ]
        print(coverage_table(results, args.uncovered), end="\n\n")
        wmt = results[1]
        verdicts.append(
            f"WMT22 translation or a name {_verdict(wmt.named / wmt.tokens, TARGET_TRANSLATED)}"
        )
        verdicts.append(f"WMT22 reference {_verdict(wmt.reference / wmt.tokens, TARGET_REFERENCE)}")
    if "names" in sections:
        print(names_table([run_names(c, annotated[c]) for c in CORPORA]), end="\n\n")
    if "load" in sections:
        runs, traced = run_load()
        print(load_table(runs, traced), end="\n\n")
        verdicts.append(f"load {_verdict(TARGET_LOAD_SECONDS - min(r['load'] for r in runs), 0)}")
    print(environment(args))
    if verdicts:
        print("targets: " + " · ".join(verdicts))
    return 0


def _verdict(value: float, target: float) -> str:
    return "PASS" if value >= target else "FAIL"


def environment(args: argparse.Namespace) -> str:
    parts = [
        f"python {platform.python_version()}",
        f"bilingua {version_of('bilingua')}",
        f"simplemma {version_of('simplemma')}",
        f"backend {args.backend}",
    ]
    if args.backend == "stanza" or os.environ.get("BILINGUA_STANZA_DIR"):
        parts.append(f"stanza {version_of('stanza')} ({os.environ.get('BILINGUA_STANZA_DIR')})")
    parts.append(
        f"{platform.system()} {platform.machine()}, {cpu_name()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    return " · ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
