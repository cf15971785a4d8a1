"""The model directory: where it is, what it holds, and the one download path."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bilingua.errors import InputError
from bilingua.nlp import models

UK = ("tokenize", "pos", "lemma")
EN = ("tokenize", "mwt", "pos", "lemma")


def make_dir(
    root: Path, langs: dict[str, dict[str, str]], *, extra: dict[str, Any] | None = None
) -> Path:
    """A fake stanza resources dir: ``{lang: {processor: package}}``, files of 10 bytes each."""
    resources: dict[str, Any] = {"url": "https://example.invalid/{lang}/{filename}"}
    for lang, procs in langs.items():
        entry: dict[str, Any] = {"lang_name": lang, "packages": {"default": dict(procs)}}
        for proc, package in procs.items():
            entry[proc] = {package: {"md5": f"md5-{proc}"}}
            path = root / lang / proc / f"{package}.pt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"0123456789")
        resources[lang] = entry
    for lang, patch in (extra or {}).items():
        resources[lang].update(patch)
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return root


def full_dir(root: Path) -> Path:
    return make_dir(root, {"uk": dict.fromkeys(UK, "iu"), "en": dict.fromkeys(EN, "ewt")})


def test_model_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BILINGUA_STANZA_DIR", str(tmp_path))
    assert models.model_dir() == tmp_path
    monkeypatch.setenv("BILINGUA_STANZA_DIR", "~/somewhere")
    assert models.model_dir() == Path.home() / "somewhere"


def test_model_dir_defaults_to_stanzas(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BILINGUA_STANZA_DIR")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "st"))
    assert models.model_dir() == tmp_path / "st"


@pytest.mark.parametrize(
    "env",
    [
        {"HOME": "{tmp}/home"},
        {"HOME": "{tmp}/home", "XDG_CACHE_HOME": "{tmp}/xdg"},
        {"HOME": "{tmp}/home", "STANZA_RESOURCES_DIR": "{tmp}/explicit"},
    ],
)
def test_default_dir_matches_stanzas_own_rule(env: dict[str, str], tmp_path: Path) -> None:
    """stanza computes DEFAULT_MODEL_DIR at import; ours is computed without importing it."""
    clean = {
        k: v for k, v in os.environ.items() if k not in ("STANZA_RESOURCES_DIR", "XDG_CACHE_HOME")
    }
    clean.update({k: v.format(tmp=tmp_path) for k, v in env.items()})
    code = (
        "import sys\n"
        "from bilingua.nlp.models import stanza_default_dir\n"
        "ours = str(stanza_default_dir())\n"
        "assert 'stanza' not in sys.modules\n"
        "from stanza.resources.common import DEFAULT_MODEL_DIR\n"
        "print(ours); print(DEFAULT_MODEL_DIR)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=clean, check=True
    )
    ours, theirs = out.stdout.splitlines()
    assert ours == theirs


def test_required_processors() -> None:
    assert models.required_processors("uk") == UK
    assert models.required_processors("en") == EN
    with pytest.raises(InputError, match="'de'"):
        models.required_processors("de")


def test_status_of_a_full_dir(tmp_path: Path) -> None:
    full_dir(tmp_path)
    uk, en = models.status(tmp_path)
    assert (uk.lang, uk.ready, uk.missing) == ("uk", True, ())
    assert [p.name for p in en.processors] == list(EN)
    mwt = en.processors[1]
    assert mwt.package == "ewt" and mwt.installed and mwt.md5 == "md5-mwt"
    assert mwt.path == tmp_path / "en" / "mwt" / "ewt.pt" and mwt.size == 10
    assert en.size == 40 and en.directory == tmp_path
    assert uk.stanza_version == models.stanza_version()
    assert models.missing(dir=tmp_path) == {}


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    full_dir(tmp_path)
    (tmp_path / "en" / "mwt" / "ewt.pt").unlink()
    uk, en = models.status(tmp_path)
    assert uk.ready and not en.ready
    assert en.missing == ("mwt",)
    assert models.missing(["uk", "en"], tmp_path) == {"en": ["mwt"]}


def test_an_empty_dir_misses_everything(tmp_path: Path) -> None:
    assert models.missing(dir=tmp_path) == {"uk": list(UK), "en": list(EN)}
    assert [s.ready for s in models.status(tmp_path)] == [False, False]


def test_dependencies_must_be_there_too(tmp_path: Path) -> None:
    deps = {
        "pos": {"iu": {"md5": "x", "dependencies": [{"model": "pretrain", "package": "fasttext"}]}}
    }
    full_dir(tmp_path)
    resources = json.loads((tmp_path / "resources.json").read_text())
    resources["uk"].update(deps)
    (tmp_path / "resources.json").write_text(json.dumps(resources))
    assert models.missing(["uk"], tmp_path) == {"uk": ["pos"]}
    pretrain = tmp_path / "uk" / "pretrain" / "fasttext.pt"
    pretrain.parent.mkdir(parents=True)
    pretrain.write_bytes(b"x" * 5)
    assert models.missing(["uk"], tmp_path) == {}
    pos = models.status(tmp_path, ["uk"])[0].processors[1]
    assert pos.dependencies == (pretrain,) and pos.size == 15


def test_optional_processors_are_listed_but_not_needed(tmp_path: Path) -> None:
    make_dir(tmp_path, {"uk": dict.fromkeys((*UK, "ner"), "iu"), "en": dict.fromkeys(EN, "ewt")})
    (tmp_path / "uk" / "ner" / "iu.pt").unlink()
    uk = models.status(tmp_path, ["uk"])[0]
    assert [p.name for p in uk.processors] == [*UK, "ner"]
    assert uk.ready
    assert models.missing(["uk"], tmp_path) == {}
    assert models.missing(["uk"], tmp_path, extra=["ner"]) == {"uk": ["ner"]}
    assert models.missing(["en"], tmp_path, extra=["depparse"]) == {"en": ["depparse"]}


def test_mwt_is_needed_when_the_default_package_has_it(tmp_path: Path) -> None:
    # some official releases pair the uk tokenizer with an mwt model; stanza then loads it
    make_dir(tmp_path, {"uk": dict.fromkeys((*UK, "mwt"), "iu"), "en": dict.fromkeys(EN, "ewt")})
    assert models.needed_processors("uk", (), tmp_path) == ("tokenize", "mwt", "pos", "lemma")
    (tmp_path / "uk" / "mwt" / "iu.pt").unlink()
    assert models.missing(["uk"], tmp_path) == {"uk": ["mwt"]}


def test_language_alias_is_followed(tmp_path: Path) -> None:
    full_dir(tmp_path)
    resources = json.loads((tmp_path / "resources.json").read_text())
    resources["ukrainian"] = {"alias": "uk"}
    (tmp_path / "resources.json").write_text(json.dumps(resources))
    assert models._lang_resources(resources, "ukrainian") is resources["uk"]


def test_unknown_processor_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="sentiment"):
        models.missing(["en"], tmp_path, extra=["sentiment"])


def test_status_of_the_shared_models(shared_model_dir: Path) -> None:
    uk, en = models.status()
    assert uk.ready and en.ready
    tok = uk.processors[0]
    assert (tok.name, tok.package) == ("tokenize", "iu_compact")
    assert tok.size == (shared_model_dir / "uk" / "tokenize" / "iu_compact.pt").stat().st_size


class FakeDownload:
    """Stands in for stanza.download: records calls after checking them against the real one."""

    def __init__(self, real: Any) -> None:
        self.signature = inspect.signature(real)
        self.calls: list[dict[str, Any]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> list[Any]:
        bound = self.signature.bind(*args, **kwargs)  # raises if stanza would reject the call
        self.calls.append(dict(bound.arguments))
        return []


@pytest.fixture
def fake_download(monkeypatch: pytest.MonkeyPatch) -> FakeDownload:
    import stanza

    fake = FakeDownload(stanza.download)
    monkeypatch.setattr(stanza, "download", fake)
    return fake


def test_download_asks_stanza_for_what_annotation_needs(
    fake_download: FakeDownload, tmp_path: Path
) -> None:
    target = tmp_path / "models"
    result = models.download(dir=target)
    assert target.is_dir()
    assert [(c["lang"], c["model_dir"], c["processors"]) for c in fake_download.calls] == [
        ("uk", str(target), "tokenize,pos,lemma"),
        ("en", str(target), "tokenize,mwt,pos,lemma"),
    ]
    # resources.json is fetched once, with the first language
    assert [c.get("download_json", True) for c in fake_download.calls] == [True, False]
    assert all(c["logging_level"] == "INFO" for c in fake_download.calls)
    assert [s.lang for s in result] == ["uk", "en"]


def test_download_defaults_to_the_model_dir_and_adds_processors(
    fake_download: FakeDownload, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BILINGUA_STANZA_DIR", str(tmp_path))
    models.download(["en"], processors=["ner", "depparse"])
    (call,) = fake_download.calls
    assert call["model_dir"] == str(tmp_path)
    assert call["processors"] == "tokenize,mwt,pos,lemma,depparse,ner"


def test_download_rejects_unknown_languages_before_going_online(
    fake_download: FakeDownload,
) -> None:
    with pytest.raises(InputError):
        models.download(["uk", "xx"])
    assert fake_download.calls == []


def test_require_raises_with_what_is_missing(tmp_path: Path) -> None:
    from bilingua.errors import ModelsNotInstalled

    full_dir(tmp_path)
    models.require(dir=tmp_path)  # all there: no error
    (tmp_path / "uk" / "lemma" / "iu.pt").unlink()
    with pytest.raises(ModelsNotInstalled) as info:
        models.require(["uk", "en"], tmp_path, extra=["ner"])
    assert info.value.missing == {"uk": ["lemma", "ner"], "en": ["ner"]}
    assert info.value.directory == str(tmp_path)
