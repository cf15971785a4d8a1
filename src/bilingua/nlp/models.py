"""Where stanza models live, what is installed there, and the one explicit way to download them.

The model directory is a standard stanza resources directory (``resources.json`` plus
``<lang>/<processor>/<package>.pt``). Everything here reads ``resources.json`` and the files on
disk; nothing imports stanza or torch except :func:`download`, which is also the only code in
bilingua that may reach the network.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from bilingua.errors import InputError, ModelsNotInstalled

__all__ = [
    "ENV_DIR",
    "LANGS",
    "OPTIONAL_PROCESSORS",
    "LangStatus",
    "ProcessorStatus",
    "download",
    "missing",
    "model_dir",
    "needed_processors",
    "require",
    "required_processors",
    "stanza_default_dir",
    "stanza_version",
    "status",
]

#: Environment variable that points bilingua at a stanza resources directory.
ENV_DIR = "BILINGUA_STANZA_DIR"
#: The languages bilingua runs stanza for.
LANGS: tuple[str, ...] = ("uk", "en")
#: Processors that are loaded only when asked for (and installed).
OPTIONAL_PROCESSORS: tuple[str, ...] = ("depparse", "ner")

_REQUIRED: dict[str, tuple[str, ...]] = {
    "uk": ("tokenize", "pos", "lemma"),
    "en": ("tokenize", "mwt", "pos", "lemma"),
}
# stanza's own order, so that a processor string lists prerequisites first
_ORDER = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")


@dataclass(frozen=True)
class ProcessorStatus:
    """One processor of one language in a model directory.

    Attributes:
        name: stanza processor name (``"tokenize"``, ``"pos"``…).
        package: the package ``resources.json`` selects for it, or None when it lists none.
        path: the model file, or None when there is no package (or none is needed).
        size: bytes of the model file plus its dependencies (pretrained vectors…) on disk.
        installed: the model file and every dependency file exist.
        md5: the checksum ``resources.json`` records for the model, if any.
        dependencies: files the model needs besides its own (pretrain, charlm).
    """

    name: str
    package: str | None
    path: Path | None
    size: int
    installed: bool
    md5: str | None = None
    dependencies: tuple[Path, ...] = ()


@dataclass(frozen=True)
class LangStatus:
    """What a model directory holds for one language.

    Attributes:
        lang: ``"uk"`` or ``"en"``.
        directory: the stanza resources directory that was read.
        processors: required processors first, then any optional ones the directory lists.
        stanza_version: version of the installed stanza package (None when not installed).
        ready: every processor that annotation needs for this language is installed.
    """

    lang: str
    directory: Path
    processors: tuple[ProcessorStatus, ...]
    stanza_version: str | None
    ready: bool

    @property
    def missing(self) -> tuple[str, ...]:
        """Names of the needed processors that are not installed."""
        needed = needed_processors(self.lang, (), self.directory)
        have = {p.name for p in self.processors if p.installed}
        return tuple(name for name in needed if name not in have)

    @property
    def size(self) -> int:
        """Bytes on disk of every installed processor of this language."""
        return sum(p.size for p in self.processors if p.installed)


def stanza_version() -> str | None:
    """The installed stanza version, read from package metadata (stanza is not imported)."""
    try:
        return version("stanza")
    except PackageNotFoundError:
        return None


def _stanza_source(relative: str) -> str | None:
    """Text of a file inside the installed stanza package, found without importing it."""
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def stanza_default_dir() -> Path:
    """stanza's own default resources directory, computed without importing stanza.

    Mirrors ``stanza.resources.common.DEFAULT_MODEL_DIR``: ``$STANZA_RESOURCES_DIR`` if set;
    otherwise, for stanza releases that use platformdirs (1.15 does),
    ``user_cache_dir("stanza", "StanfordNLP", <resources version>)/resources``; for older
    releases ``~/stanza_resources``. Importing stanza would import torch (seconds), which
    ``resolve_backend("auto")`` must not pay just to learn that no models are installed.
    """
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    common = _stanza_source("resources/common.py")
    if common is None or "user_cache_dir" not in common:
        return Path.home() / "stanza_resources"
    match = re.search(
        r"__resources_version__\s*=\s*['\"]([^'\"]+)", _stanza_source("_version.py") or ""
    )
    resources_version = match.group(1) if match else (stanza_version() or "")
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # platformdirs comes with stanza; this is the Linux rule it applies
        cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(cache) / "stanza" / resources_version / "resources"
    return Path(user_cache_dir("stanza", "StanfordNLP", resources_version)) / "resources"


def model_dir() -> Path:
    """The stanza resources directory bilingua uses.

    Returns:
        ``$BILINGUA_STANZA_DIR`` when set (``~`` expanded), else :func:`stanza_default_dir`.
    """
    env = os.environ.get(ENV_DIR)
    return Path(env).expanduser() if env else stanza_default_dir()


def required_processors(lang: str) -> tuple[str, ...]:
    """The stanza processors annotation needs for ``lang``.

    Args:
        lang: ``"uk"`` or ``"en"``.

    Returns:
        uk: tokenize, pos, lemma; en: tokenize, mwt, pos, lemma.

    Raises:
        InputError: for any other language.
    """
    try:
        return _REQUIRED[lang]
    except KeyError:
        raise InputError(
            f"no stanza processors for language {lang!r}; expected one of {LANGS}"
        ) from None


def _as_dir(directory: str | os.PathLike[str] | None) -> Path:
    return Path(directory).expanduser() if directory is not None else model_dir()


@lru_cache(maxsize=16)
def _read_resources(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    # keyed on mtime and size: stanza's official resources.json is several hundred kB, and
    # resolve_backend("auto") runs for every annotate() call
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data if isinstance(data, dict) else {}


def _resources(directory: Path) -> dict[str, Any]:
    path = directory / "resources.json"
    try:
        stat = path.stat()
        return _read_resources(str(path), stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError):
        return {}


def _lang_resources(resources: dict[str, Any], lang: str) -> dict[str, Any]:
    entry = resources.get(lang)
    seen = set()
    while isinstance(entry, dict) and "alias" in entry and entry["alias"] not in seen:
        seen.add(entry["alias"])
        entry = resources.get(entry["alias"])
    return entry if isinstance(entry, dict) else {}


def _package(lang_res: dict[str, Any], processor: str) -> str | None:
    """The package stanza's Pipeline picks for ``processor`` when asked by name.

    Mirrors ``maintain_processor_list`` for ``processors="a,b,c"``: a package literally named
    "default", else ``packages.default[processor]``, else ``packages.default.optional``.
    """
    if "default" in lang_res.get(processor, {}):
        return "default"
    default = lang_res.get("packages", {}).get("default", {})
    value = default.get(processor) or default.get("optional", {}).get(processor)
    if isinstance(value, list):  # NER may list several models; bilingua loads the first
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def needed_processors(
    lang: str, extra: Iterable[str] = (), directory: str | os.PathLike[str] | None = None
) -> tuple[str, ...]:
    """The processors a pipeline for ``lang`` loads: required ones, mwt if stanza adds it, extra.

    stanza adds mwt by itself when the directory's default package pairs tokenize with mwt
    (Ukrainian in some official releases), so it must be installed too.
    """
    names = set(required_processors(lang)) | set(extra)
    lang_res = _lang_resources(_resources(_as_dir(directory)), lang)
    if "mwt" in lang_res.get("packages", {}).get("default", {}):
        names.add("mwt")
    unknown = names - set(_ORDER)
    if unknown:
        raise InputError(f"unknown stanza processors {sorted(unknown)}; known: {_ORDER}")
    return tuple(name for name in _ORDER if name in names)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _processor_status(
    directory: Path, lang: str, lang_res: dict[str, Any], name: str
) -> ProcessorStatus:
    package = _package(lang_res, name)
    if package is None:
        return ProcessorStatus(name, None, None, 0, installed=False)
    if name == "lemma" and package == "identity":  # stanza's identity lemmatizer has no file
        return ProcessorStatus(name, package, None, 0, installed=True)
    info = lang_res.get(name, {}).get(package, {})
    path = directory / lang / name / f"{package}.pt"
    deps = tuple(
        directory / lang / dep["model"] / f"{dep['package']}.pt"
        for dep in info.get("dependencies", [])
        if isinstance(dep, dict) and "model" in dep and "package" in dep
    )
    files = (path, *deps)
    installed = all(f.is_file() for f in files)
    size = sum(_file_size(f) for f in files)
    return ProcessorStatus(name, package, path, size, installed, info.get("md5"), deps)


def status(
    dir: str | os.PathLike[str] | None = None,
    langs: Sequence[str] = LANGS,
) -> list[LangStatus]:
    """Report what a model directory holds for each language.

    Args:
        dir: stanza resources directory; default :func:`model_dir`.
        langs: languages to report, default uk and en.

    Returns:
        One :class:`LangStatus` per language: required processors (installed or not) and the
        optional ones (depparse, ner) the directory's ``resources.json`` lists.
    """
    directory = _as_dir(dir)
    resources = _resources(directory)
    installed_stanza = stanza_version()
    out = []
    for lang in langs:
        lang_res = _lang_resources(resources, lang)
        needed = needed_processors(lang, (), directory)
        names = [
            *needed,
            *(p for p in OPTIONAL_PROCESSORS if _package(lang_res, p) and p not in needed),
        ]
        procs = tuple(_processor_status(directory, lang, lang_res, name) for name in names)
        ready = all(p.installed for p in procs if p.name in needed)
        out.append(LangStatus(lang, directory, procs, installed_stanza, ready))
    return out


def missing(
    langs: Iterable[str] = LANGS,
    dir: str | os.PathLike[str] | None = None,
    extra: Iterable[str] = (),
) -> dict[str, list[str]]:
    """Processors that are needed but not installed.

    Args:
        langs: languages to check.
        dir: stanza resources directory; default :func:`model_dir`.
        extra: optional processors (``"depparse"``, ``"ner"``) to require as well.

    Returns:
        ``{lang: [processor, …]}`` for languages with something missing; empty when all is there.
        A directory without ``resources.json`` misses everything.
    """
    directory = _as_dir(dir)
    resources = _resources(directory)
    extra = tuple(extra)
    gaps: dict[str, list[str]] = {}
    for lang in langs:
        lang_res = _lang_resources(resources, lang)
        names = needed_processors(lang, extra, directory)
        absent = [n for n in names if not _processor_status(directory, lang, lang_res, n).installed]
        if absent:
            gaps[lang] = absent
    return gaps


def require(
    langs: Iterable[str] = LANGS,
    dir: str | os.PathLike[str] | None = None,
    extra: Iterable[str] = (),
) -> None:
    """Raise unless every processor the languages need is installed.

    Args:
        langs: languages to check.
        dir: stanza resources directory; default :func:`model_dir`.
        extra: optional processors to require as well.

    Raises:
        ModelsNotInstalled: naming the missing ``{lang: [processor, …]}`` and the directory.
    """
    directory = _as_dir(dir)
    gaps: dict[str, Sequence[str]] = dict(missing(langs, directory, extra))
    if gaps:
        raise ModelsNotInstalled(gaps, str(directory))


def download(
    langs: Sequence[str] = LANGS,
    processors: Sequence[str] | None = None,
    dir: str | os.PathLike[str] | None = None,
) -> list[LangStatus]:
    """Download stanza models: the only function in bilingua that goes online.

    Calls ``stanza.download`` once per language with stanza's progress output, fetching the
    processors annotation needs plus ``processors`` (e.g. ``["ner"]``) and their dependencies.
    The first call refreshes ``resources.json`` from stanza's servers.

    Args:
        langs: languages to download, default uk and en.
        processors: optional processors to add (``"depparse"``, ``"ner"``).
        dir: target stanza resources directory; default :func:`model_dir`.

    Returns:
        The directory's status after the download.

    Raises:
        InputError: for an unknown language or processor.
    """
    directory = _as_dir(dir)
    extra = tuple(processors or ())
    wanted = {lang: needed_processors(lang, extra, directory) for lang in langs}
    import stanza  # only here: importing stanza imports torch

    directory.mkdir(parents=True, exist_ok=True)
    for index, (lang, names) in enumerate(wanted.items()):
        stanza.download(
            lang,
            model_dir=str(directory),
            processors=",".join(names),
            logging_level="INFO",
            download_json=index == 0,
        )
    return status(directory, tuple(langs))
