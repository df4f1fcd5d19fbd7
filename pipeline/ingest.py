"""Read crawled inputs into `RawDocument`s: HTML pages, text articles with sidecar metadata, JSONL, WARC.

Reading never raises for a bad input: it yields an `IngestError` naming the file (and the line or record inside a
JSONL or WARC file) and the reason, so one broken input cannot stop a batch of thousands. Containers are read
record by record: a bad JSONL line or WARC record is one error and the records around it are kept; a file that
ends early (a truncated `.gz`, a cut WARC record) is reported, never silently shortened. Every input is measured
against the size limit before it is decoded (`pipeline.limits`), and bytes become text through
`pipeline.encoding` (binary formats refused by content, encodings detected, control characters removed).
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.encoding import DecodeError, binary_format, decode, sanitize
from pipeline.limits import DEFAULT_MAX_INPUT_BYTES, too_large

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
META_SUFFIX = ".meta.json"
META_KEYS = ("url", "published", "outlet", "title")
# Files a crawl folder holds besides articles that are not worth a warning: sidecars, annotations, notes.
QUIET_SUFFIXES = (".json", ".md", ".duckdb", ".duckdb.wal")
SUPPORTED = ".html, .htm, .txt, .jsonl[.gz], .ndjson[.gz], .warc[.gz]"
MAX_REASON = 300


@dataclass(frozen=True)
class RawDocument:
    """One article as read from the input: `kind` is "html" or "text"; `meta` holds url/published/outlet/title."""

    source: str
    kind: str
    content: str
    meta: dict = field(default_factory=dict)
    content_sha256: str = ""


@dataclass(frozen=True)
class IngestError:
    """An input that could not be read or processed, with a one-line reason.

    `severity` "warning" marks something reported but not failed: a file of another type in a crawl folder, or an
    article stored with a date that could not be read."""

    source: str
    reason: str
    severity: str = "error"

    def __post_init__(self) -> None:
        # one line, whatever a library put in its exception message (warcio quotes the offending lines)
        reason = " ".join(str(self.reason).split())
        object.__setattr__(self, "reason", reason if len(reason) <= MAX_REASON else reason[:MAX_REASON - 3] + "...")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"


def warning(source: str, reason: str) -> IngestError:
    return IngestError(source, reason, "warning")


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def input_kind(path: Path) -> str | None:
    """The reader for a path from its suffix, or None for files that are not inputs (sidecars, gold, images)."""
    return _kind_of(path.name)


def _kind_of(filename: str) -> str | None:
    name = filename.lower()
    if name.endswith(META_SUFFIX):
        return None
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("html", HTML_SUFFIXES), ("text", TEXT_SUFFIXES),
                           ("jsonl", JSONL_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def _walk(folder: str | Path) -> Iterator[os.DirEntry]:
    """Every entry below `folder` that is not a folder, sorted by name, files of a folder before its subfolders;
    hidden folders and symbolic links to folders are not entered (no cycles). Entries carry their type from the
    directory listing, so a crawl of many files costs no system call per file to classify them."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:  # an unreadable folder is passed over, as os.walk does
        return
    subfolders = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            yield entry
        elif not entry.name.startswith(".") and not entry.is_symlink():
            subfolders.append(entry)
    for entry in subfolders:
        yield from _walk(entry.path)


def _in_folder(entry: os.DirEntry) -> Path | IngestError | None:
    """What a file found inside a folder is: an input, an error (broken link), a warning, or nothing to say."""
    if entry.is_symlink() and not os.path.exists(entry.path):
        return IngestError(str(Path(entry.path)), "broken symbolic link")
    if _kind_of(entry.name):
        child = Path(entry.path)
        return child if entry.is_file() else warning(str(child), "not a regular file; skipped")
    name = entry.name.lower()
    if name.startswith(".") or name.endswith(QUIET_SUFFIXES):
        return None
    child = Path(entry.path)
    return warning(str(child), f"not an input type ({child.suffix or 'no suffix'}); skipped (inputs: {SUPPORTED})")


def discover(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Expand files and directories (walked recursively, sorted) into input files; report what is not one."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in _walk(path):
                found = _in_folder(child)
                if found is not None:
                    yield found
        elif path.is_symlink() and not path.exists():
            yield IngestError(str(path), "broken symbolic link")
        elif path.exists() and not path.is_file():
            yield IngestError(str(path), "not a regular file (a pipe or device)")
        elif path.is_file():
            if input_kind(path):
                yield path
            else:
                yield IngestError(str(path), f"unsupported file type (expected {SUPPORTED})")
        else:
            yield IngestError(str(path), "no such file or directory")


def missing_paths(paths: Iterable[str | Path]) -> list[str]:
    """Given paths that do not exist (a typo on the command line is a usage error, checked before any work)."""
    return [str(p) for p in paths if not Path(p).exists() and not Path(p).is_symlink()]


# --- fields of metadata and records ---------------------------------------------------------------------------
def _check_fields(record: dict, where: str) -> dict:
    """The metadata keys of a JSON object, each a string (a number is accepted for `published`)."""
    meta = {}
    for key in META_KEYS:
        value = record.get(key)
        if value is None or value == "":
            continue
        if key == "published" and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"{where}field '{key}' must be a string, not {_json_type(value)}")
        meta[key] = sanitize(value, what=f"field '{key}'", check_format=False)
    return meta


def _json_type(value) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)


def sidecar_path(path: Path) -> Path:
    """`NAME.meta.json` for `NAME.txt` or `NAME.html`: the full name without its last suffix, dots and all."""
    return path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX if path.suffix else path.name + META_SUFFIX)


def read_sidecar(path: Path) -> dict:
    """Metadata from the sidecar of `path`, restricted to the known keys; ValueError names the sidecar."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"sidecar {sidecar}: not valid UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"sidecar {sidecar}: invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") \
            from None
    if not isinstance(meta, dict):
        raise ValueError(f"sidecar {sidecar}: not a JSON object")
    return _check_fields(meta, f"sidecar {sidecar}: ")


def _read_single(path: Path, kind: str, max_bytes: int | None) -> RawDocument | IngestError:
    problem = too_large(path.stat().st_size, max_bytes)
    if problem:
        return IngestError(str(path), problem)
    data = path.read_bytes()
    content = decode(data)
    return RawDocument(str(path), kind, content, read_sidecar(path), _sha256(data))


# --- JSONL ----------------------------------------------------------------------------------------------------
def _lines(handle, max_bytes: int | None) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when longer than `max_bytes`, size): an oversize line is skipped, not read."""
    cap = max_bytes + 1 if max_bytes and max_bytes > 0 else -1
    lineno = 0
    while True:
        line = handle.readline(cap)
        if not line:
            return
        lineno += 1
        if cap > 0 and len(line) >= cap and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the oversize line in bounded pieces
                rest = handle.readline(1 << 20)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None, size
        else:
            yield lineno, line, len(line)


def _record(line: bytes, source: str) -> RawDocument | IngestError:
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return IngestError(source, f"line is not valid UTF-8 (byte {exc.start})")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return IngestError(source, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return IngestError(source, f"record is {_json_type(record)}, not a JSON object")
    try:
        for key in ("html", "text"):
            if record.get(key) is not None and not isinstance(record[key], str):
                raise ValueError(f"field '{key}' must be a string, not {_json_type(record[key])}")
        html, body = record.get("html"), record.get("text")
        if not ((html and html.strip()) or (body and body.strip())):
            raise ValueError("record has neither 'html' nor 'text'")
        kind, content = ("html", html) if html and html.strip() else ("text", body)
        content = sanitize(content, what=f"field '{kind}'")
        meta = _check_fields(record, "")
    except ValueError as exc:
        return IngestError(source, str(exc))
    return RawDocument(source, kind, content, meta, _sha256(content.encode("utf-8")))


NOT_JSONL_AFTER = 5


def _not_json(result) -> bool:
    return isinstance(result, IngestError) and result.reason.startswith(("invalid JSON", "line is not valid UTF-8"))


def _read_jsonl(path: Path, max_bytes: int | None) -> Iterator[RawDocument | IngestError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    lineno, records, opening = 0, 0, []
    try:
        with opener(path, "rb") as handle:
            kind = binary_format(handle.peek(64)[:64])
            if kind:
                yield IngestError(str(path), f"binary content ({kind}), not a JSONL file")
                return
            for lineno, line, size in _lines(handle, max_bytes):
                source = f"{path}#{lineno}"
                if line is None:
                    yield IngestError(source, too_large(size, max_bytes) or "line too long")
                    continue
                if not line.strip():
                    continue
                records += 1
                result = _record(line, source)
                if records <= NOT_JSONL_AFTER:  # hold the first results: a file of no JSON at all is one error
                    opening.append(result)
                    if records == NOT_JSONL_AFTER and all(_not_json(r) for r in opening):
                        yield IngestError(str(path), f"not a JSONL file (none of its first {records} lines is JSON)")
                        return
                    if records == NOT_JSONL_AFTER:
                        yield from opening
                    continue
                yield result
    except (EOFError, OSError, zlib.error) as exc:
        yield from opening if records < NOT_JSONL_AFTER else ()
        where = f"after line {lineno}" if lineno else "before the first line"
        yield IngestError(str(path), f"truncated or corrupt {where} ({exc.__class__.__name__}: {exc})")
        return
    if records == 0:
        yield IngestError(str(path), "no records (empty JSONL file)")
    elif records < NOT_JSONL_AFTER:
        if records > 1 and all(_not_json(r) for r in opening):
            yield IngestError(str(path), f"not a JSONL file (none of its {records} lines is JSON)")
        else:
            yield from opening


# --- WARC -----------------------------------------------------------------------------------------------------
def _gzip_is_complete(path: Path) -> str | None:
    """None when a `.gz` file decompresses to its end; otherwise the reason it does not."""
    try:
        with gzip.open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return f"{exc.__class__.__name__}: {exc}"
    return None


def _read_warc(path: Path, max_bytes: int | None) -> Iterator[RawDocument | IngestError]:
    """HTML responses of a WARC file, record by record; requests, images and metadata records are skipped.

    A record cut short (its block shorter than its Content-Length), a gzip stream that ends early, a file
    without records and a file without any HTML response are each reported once."""
    from warcio.archiveiterator import ArchiveIterator

    records, pages, truncated = 0, 0, False
    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in content_type:
                    continue
                pages += 1
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or f"record-{records}").strip("<>")
                source = f"{path}#{record_id}"
                problem = too_large(record.length or 0, max_bytes)
                if problem:
                    yield IngestError(source, problem)
                    continue
                data = record.content_stream().read()
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing:
                    truncated = True
                    yield IngestError(source, f"truncated record ({missing} of {record.length} bytes missing)")
                    continue
                try:
                    content = decode(data)
                except DecodeError as exc:
                    yield IngestError(source, str(exc))
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield RawDocument(source, "html", content, {"url": url} if url else {}, _sha256(data))
    except Exception as exc:  # warcio raises assorted errors on damaged files
        yield IngestError(str(path), f"corrupt or truncated WARC after {records} records "
                                     f"({exc.__class__.__name__}: {exc})")
        return
    if not truncated and path.name.lower().endswith(".gz"):
        broken = _gzip_is_complete(path)
        if broken:
            yield IngestError(str(path), f"truncated: the gzip stream ends early, after {records} records ({broken})")
            return
    if records == 0:
        yield IngestError(str(path), "no WARC records (not a WARC file?)")
    elif pages == 0:
        yield IngestError(str(path), f"no HTML responses among its {records} WARC records")


def read_file(path: Path, max_bytes: int | None = DEFAULT_MAX_INPUT_BYTES) -> Iterator[RawDocument | IngestError]:
    """Every article of one input file found by `discover`, an `IngestError` in place of each unreadable one."""
    kind = input_kind(path)
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, max_bytes)
        elif kind == "warc":
            yield from _read_warc(path, max_bytes)
        else:
            yield _read_single(path, kind, max_bytes)
    except (OSError, ValueError) as exc:
        yield IngestError(str(path), str(exc) or exc.__class__.__name__)
    except Exception as exc:  # a reader bug must still not stop the batch
        yield IngestError(str(path), f"{exc.__class__.__name__}: {exc}")


def read_inputs(paths: Iterable[str | Path],
                max_bytes: int | None = DEFAULT_MAX_INPUT_BYTES) -> Iterator[RawDocument | IngestError]:
    """Every article in `paths`, in a stable order, with an `IngestError` in place of each unreadable one and
    warnings for files that are not inputs."""
    for item in discover(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item, max_bytes)


__all__ = ["IngestError", "RawDocument", "binary_format", "discover", "input_kind", "missing_paths", "read_file", "read_inputs",
           "read_sidecar", "sidecar_path", "warning"]
