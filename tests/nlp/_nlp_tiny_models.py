"""Train tiny uk/en stanza models from the synthetic treebank and lay them out as a resources dir.

Used by the session fixture in ``conftest.py``; also runnable by hand::

    python tests/nlp/_nlp_tiny_models.py /tmp/tiny-models

Each model is trained with stanza's own training entry point in a subprocess (the same
commands as for real models, with the networks and step counts shrunk so that everything
takes about two minutes on two CPU cores). The two languages train side by side, one thread
each. The result is cached under a folder named after the stanza version and a hash of this
file and the treebank generator, so editing either retrains.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import _nlp_treebank as tb
from stanza.utils.datasets.contract_mwt import contract_mwt
from stanza.utils.datasets.prepare_tokenizer_data import main as prepare_tokenizer_data

__all__ = ["PACKAGE", "build", "cache_dir", "ensure_tiny_models"]

PACKAGE = "tiny"
SEED = 1234
N_TRAIN = {"uk": 360, "en": 400}
N_DEV = 40
SHORTHAND = {"uk": "uk_tiny", "en": "en_tiny"}
LANG_NAME = {"uk": "Ukrainian", "en": "English"}

TOKENIZER_ARGS = [
    "--max_seqlen", "120", "--steps", "300", "--eval_steps", "100", "--batch_size", "24",
    "--emb_dim", "24", "--hidden_dim", "48", "--report_steps", "50",
]  # fmt: skip
TAGGER_ARGS = [
    "--no_pretrain", "--max_steps", "300", "--eval_interval", "150", "--fix_eval_interval",
    "--batch_size", "32", "--hidden_dim", "48", "--char_hidden_dim", "32",
    "--deep_biaff_hidden_dim", "32", "--composite_deep_biaff_hidden_dim", "16",
    "--word_emb_dim", "32", "--char_emb_dim", "16", "--tag_emb_dim", "8",
    "--transformed_dim", "16", "--dropout", "0.2", "--word_dropout", "0.1", "--log_step", "50",
]  # fmt: skip
# the lemmatizer crashes in stanza 1.15 unless --pos_dim equals --emb_dim
LEMMA_ARGS = [
    "--num_epoch", "1", "--hidden_dim", "32", "--emb_dim", "16", "--pos_dim", "16",
    "--batch_size", "50", "--log_step", "100",
]  # fmt: skip
MWT_ARGS = ["--num_epoch", "3", "--hidden_dim", "32", "--emb_dim", "16", "--max_dec_len", "10"]


def cache_dir(root: Path | None = None) -> Path:
    """Where the models for this stanza version and this training recipe are kept.

    ``root`` defaults to ``$BILINGUA_TEST_CACHE`` or ``~/.cache/bilingua-test-models``.
    """
    if root is None:
        env = os.environ.get("BILINGUA_TEST_CACHE")
        root = Path(env) if env else Path.home() / ".cache" / "bilingua-test-models"
    recipe = hashlib.sha256()
    for module in (Path(__file__), Path(tb.__file__)):
        recipe.update(module.read_bytes())
    return root / f"stanza-{version('stanza')}-{recipe.hexdigest()[:12]}"


def _write_data(lang: str, data: Path) -> dict[str, Path]:
    """Generate train/dev CoNLL-U and raw text, and the tokenizer's character labels."""
    data.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    sentences = tb.generate(lang, N_TRAIN[lang] + N_DEV, SEED)
    splits = {"train": sentences[: N_TRAIN[lang]], "dev": sentences[N_TRAIN[lang] :]}
    for split, sents in splits.items():
        paras = tb.paragraphs(sents, SEED)
        conllu, txt = data / f"{split}.conllu", data / f"{split}.txt"
        tb.write_conllu(conllu, paras, f"{lang}-{split}")
        tb.write_text(txt, paras)
        labels, mwt = data / f"{split}.toklabels", data / f"{split}-mwt.json"
        with (data / f"prep-{split}.log").open("w") as log, contextlib.redirect_stdout(log):
            prepare_tokenizer_data([str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)])
        files.update({f"{split}_conllu": conllu, f"{split}_txt": txt, f"{split}_labels": labels})
        files[f"{split}_mwt"] = mwt
    # the MWT trainer's eval input: the dev set with multi-word tokens not yet expanded
    files["dev_mwt_in"] = data / "dev-mwt-in.conllu"
    contract_mwt(str(files["dev_conllu"]), str(files["dev_mwt_in"]))
    return files


def _run(cmd: list[str], log: Path) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONHASHSEED="0")
    with log.open("w") as out:
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, check=False)
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"training step failed ({proc.returncode}): {' '.join(cmd)}\n{tail}")


def _commands(lang: str, work: Path, f: dict[str, Path]) -> list[tuple[str, list[str]]]:
    """The training command of each processor of ``lang``, in the order they run."""
    save = work / "saved"
    py = [sys.executable, "-m"]
    common = ["--shorthand", SHORTHAND[lang], "--save_dir", str(save), "--cpu", "--seed", str(SEED)]
    tokenize = [
        *py, "stanza.models.tokenizer", "--mode", "train", "--lang", lang,
        "--txt_file", str(f["train_txt"]), "--label_file", str(f["train_labels"]),
        # stanza 1.15 needs the MWT file even when it is an empty list
        "--mwt_json_file", str(f["train_mwt"]),
        "--dev_txt_file", str(f["dev_txt"]), "--dev_label_file", str(f["dev_labels"]),
        "--dev_conll_gold", str(f["dev_conllu"]), "--save_name", "tokenize.pt",
        *(["--no_use_mwt"] if lang == "uk" else []), *TOKENIZER_ARGS, *common,
    ]  # fmt: skip
    pos = [
        *py, "stanza.models.tagger", "--mode", "train", "--lang", lang,
        "--train_file", str(f["train_conllu"]), "--eval_file", str(f["dev_conllu"]),
        "--output_file", str(save / "pos-dev.conllu"), "--save_name", "pos.pt",
        *TAGGER_ARGS, *common,
    ]  # fmt: skip
    lemma = [
        *py, "stanza.models.lemmatizer", "--mode", "train",
        "--train_file", str(f["train_conllu"]), "--eval_file", str(f["dev_conllu"]),
        "--output_file", str(save / "lemma-dev.conllu"), "--save_name", "lemma.pt",
        *LEMMA_ARGS, *common,
    ]  # fmt: skip
    if lang != "en":
        return [("tokenize", tokenize), ("pos", pos), ("lemma", lemma)]
    mwt = [
        *py, "stanza.models.mwt_expander", "--mode", "train", "--lang", lang,
        "--train_file", str(f["train_conllu"]), "--eval_file", str(f["dev_mwt_in"]),
        "--gold_file", str(f["dev_conllu"]), "--save_name", "mwt.pt",
        "--output_file", str(save / "mwt-dev.conllu"), *MWT_ARGS, *common,
    ]  # fmt: skip
    return [("tokenize", tokenize), ("mwt", mwt), ("pos", pos), ("lemma", lemma)]


def _train_lang(
    lang: str, work: Path, f: dict[str, Path], out: Path, times: dict[str, float]
) -> None:
    """Train tokenizer (+ mwt for en), tagger and lemmatizer for one language into ``out``."""
    for processor, cmd in _commands(lang, work, f):
        start = time.monotonic()
        _run(cmd, work / f"{processor}.log")
        times[f"{lang}/{processor}"] = time.monotonic() - start
        target = out / lang / processor / f"{PACKAGE}.pt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "saved" / f"{processor}.pt", target)


def _write_resources(out: Path) -> None:
    """resources.json in the format of a stanza resources dir (as in shared/models/stanza)."""
    resources: dict[str, object] = {
        "url": "https://huggingface.co/stanfordnlp/stanza-{lang}/resolve/v{resources_version}/models/{filename}"
    }
    for lang in ("uk", "en"):
        procs = (
            ["tokenize", "mwt", "pos", "lemma"] if lang == "en" else ["tokenize", "pos", "lemma"]
        )
        entry: dict[str, object] = {"lang_name": LANG_NAME[lang]}
        for proc in procs:
            md5 = hashlib.md5((out / lang / proc / f"{PACKAGE}.pt").read_bytes()).hexdigest()
            entry[proc] = {PACKAGE: {"md5": md5}}
        entry["default_processors"] = {proc: PACKAGE for proc in procs}
        entry["default_dependencies"] = {}
        entry["packages"] = {"default": {proc: PACKAGE for proc in procs}}
        resources[lang] = entry
    (out / "resources.json").write_text(json.dumps(resources, indent=2), encoding="utf-8")


def build(dest: Path) -> dict[str, float]:
    """Train everything into ``dest`` (a new stanza resources dir); return wall times."""
    times: dict[str, float] = {}
    work = Path(tempfile.mkdtemp(prefix="bilingua-tiny-"))
    try:
        _build(dest, work, times)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (dest / "training-times.json").write_text(json.dumps(times, indent=2), encoding="utf-8")
    return times


def _build(dest: Path, work: Path, times: dict[str, float]) -> None:
    errors: list[BaseException] = []
    start = time.monotonic()
    # data first, in this thread: stanza's converters print, and redirecting stdout is global
    data = {lang: _write_data(lang, work / lang / "data") for lang in ("en", "uk")}

    def stream(lang: str) -> None:
        try:
            _train_lang(lang, work / lang, data[lang], dest, times)
        except BaseException as exc:  # re-raised in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=stream, args=(lang,)) for lang in ("en", "uk")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    _write_resources(dest)
    times["total"] = time.monotonic() - start


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_tiny_models(root: Path | None = None) -> Path:
    """Return the cached tiny-model resources dir, training it first when absent.

    A file lock keeps parallel test processes from training twice; the models are trained
    into a temporary folder and renamed into place, so a crash never leaves half a cache.
    """
    target = cache_dir(root)
    with _locked(target.with_name(target.name + ".lock")):
        if (target / "resources.json").is_file():
            return target
        tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
        try:
            build(tmp)
            tmp.rename(target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


if __name__ == "__main__":
    destination = Path(sys.argv[1])
    destination.mkdir(parents=True, exist_ok=True)
    print(json.dumps(build(destination), indent=2))
