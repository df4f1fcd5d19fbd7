"""Start-up work done once per process: the gazetteer index from an on-disk cache, the NLP models loaded.

Building the gazetteer index from the `vietnamadminunits` tables takes about a second; every process-pool or
Dask worker used to pay it again. The index is pickled once into the user's cache directory
(`$THIDUA_CACHE_DIR`, else `$XDG_CACHE_HOME/thidua`, else `~/.cache/thidua`) under a name keyed by the
gazetteer data version, the extractor code and the Python version, and loaded from there in about 50 ms. A
missing or unwritable cache only costs the build; a stale one is never read (its key differs).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

_ready = False


def cache_dir() -> Path:
    if os.environ.get("THIDUA_CACHE_DIR"):
        return Path(os.environ["THIDUA_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "thidua"


def gazetteer_cache_path() -> Path:
    from pipeline.version import components

    parts = components()
    key = f"{parts['vietnamadminunits']}|{parts['extractors/']}|{sys.version_info[0]}.{sys.version_info[1]}"
    return cache_dir() / f"gazetteer-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"


def load_gazetteer() -> None:
    """Give the extractors their gazetteer index: from the disk cache when present, else built and cached."""
    global _ready
    from extractors import gazetteer as places

    path = gazetteer_cache_path()
    try:
        index = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        index = places.build_gazetteer()
        _save(path, index)
    places.use_gazetteer(index)
    _ready = True


def _save(path: Path, index) -> None:
    """Write atomically (a temporary file renamed), so concurrent workers never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as handle:
            handle.write(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(handle.name, path)
    except OSError:
        pass


def ensure_gazetteer() -> None:
    """Cheap after the first call: what every unit of work calls before extracting."""
    if not _ready:
        load_gazetteer()


def warm() -> None:
    """Everything a worker needs before its first article: gazetteer, underthesea's models, trafilatura."""
    ensure_gazetteer()
    from underthesea import sent_tokenize

    sent_tokenize("Khởi động. Xong.")
    import trafilatura  # noqa: F401
