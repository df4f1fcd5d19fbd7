"""Unchanged input files recognised before they are decoded: a fingerprint of each file's raw bytes.

An unchanged rerun used to read, decode, check and hash every input before finding it stored (about 1 ms per
file, most of the rerun). Now each input file is first fingerprinted and compared with what the store recorded
the last time that file was read:
  - the *fingerprint* is a sha256 over the file's bytes and its sidecar's bytes (or their absence), salted with
    what turns bytes into a source key and content hash: the reader, decoder and identity code, the versions of
    the libraries they use and the size limit. Equal fingerprints therefore mean the reader would produce exactly
    the records it produced then; for a JSONL or WARC file, the whole file's hash stands for all its records.
  - the file is known by its resolved path, so any spelling of it (relative, absolute, through a symlink) finds
    the record. `input_files` holds one row per record the file gave: its source key and content hash.
  - a file is *unchanged* when its fingerprint equals the recorded one and every recorded record is still stored
    as it was: its source key points at that content hash, in an article of the current pipeline version. That
    is exactly the test the pipeline makes after decoding (`orchestrate.pending`), so the fast path skips what
    the full path would skip and nothing else: a source whose row another input has since taken over, an article
    re-extracted by another version, or a row deleted by hand sends the file down the full path.
Everything else is read, decoded and checked in full, as before.

Why the bytes are always hashed rather than trusted from size and modification time: copies with `cp -p`,
`rsync -t`, `tar` or `unzip` restore times, an edit of one digit in a sidecar keeps the size, and timestamps
have a coarse granularity; any of these would leave a changed article stale. Hashing costs a read and about
20 µs per file, a small part of an unchanged rerun. File status (size, times, inode) is used only to notice a
file that changed *while it was being read*: its fingerprint is then not recorded, so the next run reads it again.

A file is recorded only when the reader met no error in it (a bad JSONL line is reported again on every run, as
before), after its records went through the skip check; the rows are written with the next batch of the writer.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import islice
from pathlib import Path

from pipeline.ingest import META_SUFFIX, IngestError, RawDocument, discover, input_kind, read_file, sidecar_path
from pipeline.limits import too_large

FILES_SQL = """CREATE TABLE IF NOT EXISTS input_files (
  file_key VARCHAR NOT NULL,
  file_sha256 VARCHAR NOT NULL,
  source_key VARCHAR NOT NULL,
  content_sha256 VARCHAR NOT NULL,
  recorded TIMESTAMP
)"""
# Code and libraries that decide which records a file's bytes become (source keys, content hashes).
READER_MODULES = ("ingest.py", "encoding.py", "identity.py")
READER_LIBRARIES = ("charset-normalizer", "warcio")
CHECK_CHUNK = 1000  # files fingerprinted and looked up at once (one query)
CONTAINERS = ("jsonl", "warc")


@dataclass(frozen=True)
class FileRead:
    """Marks the end of one file's records in the stream of inputs. `complete`: the reader met no error in it
    and the file did not change while it was read, so its fingerprint may be recorded."""

    file_key: str
    file_sha256: str
    complete: bool


@dataclass(frozen=True)
class FileRecord:
    """A file to record in `input_files`: its fingerprint and the (source key, content hash) of each record."""

    file_key: str
    file_sha256: str
    records: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Fingerprint:
    """A discovered input file, its resolved path, its fingerprint ("" when it cannot be taken: the reader will
    say why) and the status of the file and its sidecar when it was taken."""

    path: Path
    file_key: str
    file_sha256: str
    status: tuple


def create_table(con) -> None:
    con.execute(FILES_SQL)


@cache
def reader_salt(max_bytes: int | None) -> bytes:
    """What besides the bytes decides a file's records: reader code, library versions, the size limit."""
    from importlib import metadata

    digest = hashlib.sha256(f"max_bytes={max_bytes}".encode())
    here = Path(__file__).resolve().parent
    for name in READER_MODULES:
        digest.update(name.encode() + b"\0" + hashlib.sha256((here / name).read_bytes()).digest())
    for library in READER_LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{library}={version}".encode())
    return digest.digest()


def _status(st: os.stat_result) -> tuple:
    """Size, modification and change times, inode: any write to a file changes its change time."""
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def _file_status(path: Path, kind: str) -> tuple:
    """The status of a file and, for an article file, of its sidecar (empty when missing)."""
    found = []
    for name in (path,) if kind in CONTAINERS else (path, sidecar_path(path)):
        try:
            found.append(_status(os.stat(name)))
        except OSError:
            found.append(())
    return tuple(found)


def _hash_open(handle, digest) -> tuple:
    """Hash an open file into `digest` (its length first, so file and sidecar bytes cannot run together)."""
    st = os.fstat(handle.fileno())
    digest.update(st.st_size.to_bytes(8, "little"))
    while block := handle.read(1 << 20):
        digest.update(block)
    return _status(st)


def fingerprint(path: Path, max_bytes: int | None, dirs: dict[str, str] | None = None) -> Fingerprint:
    """The fingerprint of one discovered input file (a plain file with its sidecar, or a whole container), or
    "" when it cannot be taken (missing, unreadable or too large: the reader reports why)."""
    name = os.fspath(path)
    kind = input_kind(path) or ""
    key = resolved_path(name, dirs)
    digest = hashlib.sha256(reader_salt(max_bytes) + kind.encode())
    try:
        with open(name, "rb") as handle:
            if kind not in CONTAINERS and too_large(os.fstat(handle.fileno()).st_size, max_bytes):
                return Fingerprint(path, key, "", ())
            status = [_hash_open(handle, digest)]
        if kind not in CONTAINERS:
            try:
                with open(sidecar_name(name), "rb") as handle:
                    status.append(_hash_open(handle, digest))
            except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
                digest.update(b"no sidecar")
                status.append(())
    except OSError:
        return Fingerprint(path, key, "", ())
    return Fingerprint(path, key, digest.hexdigest(), tuple(status))


def sidecar_name(name: str) -> str:
    """`ingest.sidecar_path` on a string (a walk yields thousands of names; pathlib costs more than the read)."""
    folder, base = os.path.split(name)
    dot = base.rfind(".")
    return os.path.join(folder, (base[:dot] if 0 < dot < len(base) - 1 else base) + META_SUFFIX)


def resolved_path(name: str, dirs: dict[str, str] | None = None) -> str:
    """The absolute, symlink-free path of a file; folders resolved once (`dirs` caches them), since a walk
    yields many files per folder and resolving costs a system call per path component."""
    if dirs is None or os.path.islink(name):
        return os.path.realpath(name)
    folder, base = os.path.split(name)
    if folder not in dirs:
        dirs[folder] = os.path.realpath(folder or ".")
    return os.path.join(dirs[folder], base)


UNCHANGED_SQL = """
SELECT f.file_key, f.file_sha256, count(*) AS records,
       count(*) FILTER (WHERE s.content_sha256 = f.content_sha256 AND a.pipeline_version = ?) AS current
FROM input_files f
LEFT JOIN article_sources s ON s.source_key = f.source_key
LEFT JOIN articles a ON a.article_id = s.article_id
WHERE f.file_key IN (SELECT unnest(?))
GROUP BY f.file_key, f.file_sha256
"""


def unchanged_files(con, fingerprints: Iterable[Fingerprint], version: str) -> dict[str, int]:
    """file key -> number of records, for the files whose fingerprint is recorded and whose records are all
    stored as they were, in articles of `version` (see the module docstring)."""
    wanted = {f.file_key: f.file_sha256 for f in fingerprints if f.file_sha256}
    if not wanted:
        return {}
    rows = con.execute(UNCHANGED_SQL, [version, sorted(wanted)]).fetchall()
    groups: dict[str, list[tuple]] = {}
    for key, sha, records, current in rows:
        groups.setdefault(key, []).append((sha, records, current))
    return {key: found[0][1] for key, found in groups.items()
            if len(found) == 1 and found[0][0] == wanted[key] and found[0][1] == found[0][2]}


def read_changed(paths: Iterable[str | Path], con, version: str, max_bytes: int | None, force: bool,
                 summary) -> Iterator[RawDocument | IngestError | FileRead]:
    """The records of every input under `paths` whose file is not unchanged, each file's followed by a
    `FileRead`; unchanged files are counted in `summary` (an `orchestrate.BatchSummary`) and not read."""
    items = discover(paths)
    dirs: dict[str, str] = {}
    while chunk := list(islice(items, CHECK_CHUNK)):
        found = [fingerprint(item, max_bytes, dirs) if isinstance(item, Path) else item for item in chunk]
        hits = {} if force else unchanged_files(con, (f for f in found if isinstance(f, Fingerprint)), version)
        for item in found:
            if isinstance(item, IngestError):
                yield item
            elif item.file_key in hits:
                summary.outcomes["unchanged"] += hits[item.file_key]
                summary.skipped += hits[item.file_key]
            else:
                yield from _read(item, max_bytes)


def _read(found: Fingerprint, max_bytes: int | None) -> Iterator[RawDocument | IngestError | FileRead]:
    errors = 0
    for result in read_file(found.path, max_bytes):
        if isinstance(result, IngestError) and not result.is_warning:
            errors += 1
        yield result
    kind = input_kind(found.path) or ""
    same = _file_status(found.path, kind) == found.status
    yield FileRead(found.file_key, found.file_sha256, bool(found.file_sha256) and not errors and same)


def write_records(con, files: list[FileRecord], now: datetime | None = None) -> None:
    """Replace the rows of these files in `input_files` (inside the caller's transaction)."""
    if not files:
        return
    import pyarrow as pa

    latest = {f.file_key: f for f in files}
    con.execute("DELETE FROM input_files WHERE file_key IN (SELECT unnest(?))", [sorted(latest)])
    rows = [(f.file_key, f.file_sha256, key, sha) for f in latest.values() for key, sha in f.records]
    if not rows:
        return
    keys, shas, sources, contents = (list(column) for column in zip(*rows))
    table = pa.table({"file_key": keys, "file_sha256": shas, "source_key": sources, "content_sha256": contents,
                      "recorded": [now or datetime.now()] * len(rows)})
    con.register("_new_files", table)
    try:
        con.execute("INSERT INTO input_files SELECT file_key, file_sha256, source_key, content_sha256, recorded "
                    "FROM _new_files")
    finally:
        con.unregister("_new_files")

