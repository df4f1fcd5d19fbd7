"""The pipeline version, derived from content: what decides whether a stored article must be re-extracted.

Hand-set version strings stay unchanged through rule edits (they did, through six rounds), so the version is a
hash of what actually determines the facts:
  - every source and data file of the `extractors` package (rules, lexicon, patterns), walked on disk and
    sorted by relative path, so it does not matter how the package is organised into modules;
  - the segmenter (`pipeline/segment.py`), which cuts the text the extractors read, and the reader of dates in
    URLs (`pipeline/urldates.py`), which gives them a reference date;
  - the gazetteer data (the installed `vietnamadminunits` version);
  - the installed versions of trafilatura (cleaning) and underthesea (sentences, words, NER).
Nothing is imported to compute it (package files are located with `importlib.util.find_spec`), so asking for
the version costs a few milliseconds and never loads the NLP libraries.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import cache
from importlib import metadata
from pathlib import Path

from pipeline import __version__

RULE_PACKAGES = ("extractors",)
RULE_MODULES = ("pipeline.segment", "pipeline.urldates")
DEPENDENCIES = ("vietnamadminunits", "trafilatura", "underthesea")
SKIPPED_DIRS = {"__pycache__"}
SKIPPED_SUFFIXES = (".pyc", ".pyo")


def package_dir(name: str) -> Path:
    """The directory of an importable package, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name!r} not found")
    return Path(next(iter(spec.submodule_search_locations)))


def module_file(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"module {name!r} not found")
    return Path(spec.origin)


def package_files(root: Path) -> list[Path]:
    """Every source and data file under `root` (compiled files and caches excluded), sorted by relative path."""
    files = [p for p in root.rglob("*") if p.is_file() and not SKIPPED_DIRS & set(p.relative_to(root).parts)
             and not p.name.endswith(SKIPPED_SUFFIXES)]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def tree_fingerprint(root: Path) -> str:
    """sha256 over the relative path and bytes of every file of a package directory."""
    digest = hashlib.sha256()
    for path in package_files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


@cache
def components() -> dict[str, str]:
    """What the version is made of: a fingerprint per rule package/module and each dependency's version."""
    parts = {f"{name}/": tree_fingerprint(package_dir(name)) for name in RULE_PACKAGES}
    for name in RULE_MODULES:
        parts[name] = hashlib.sha256(module_file(name).read_bytes()).hexdigest()
    parts |= {name: installed_version(name) for name in DEPENDENCIES}
    return parts


def fingerprint(parts: dict[str, str]) -> str:
    text = "\n".join(f"{k}={v}" for k, v in sorted(parts.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@cache
def pipeline_version() -> str:
    """`0.1.0+<12 hex>`: changes with any rule, lexicon, pattern, segmenter or dependency change."""
    return f"{__version__}+{fingerprint(components())}"
