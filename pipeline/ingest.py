"""Read crawled inputs into `RawDocument`s: HTML pages, text articles with sidecar metadata, JSONL, WARC.

Reading never raises for a bad file: it yields an `IngestError` naming the file and the reason, so one broken
input cannot stop a batch of thousands.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
META_SUFFIX = ".meta.json"
META_KEYS = ("url", "published", "outlet", "title")


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
    """An input that could not be read or processed, with a one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def input_kind(path: Path) -> str | None:
    """The reader for a path from its suffix, or None for files that are not inputs (sidecars, gold, images)."""
    name = path.name.lower()
    if name.endswith(META_SUFFIX):
        return None
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("html", HTML_SUFFIXES), ("text", TEXT_SUFFIXES),
                           ("jsonl", JSONL_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def discover(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Expand files and directories (walked recursively, sorted) into input files; report missing paths."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if input_kind(child):
                    yield child
        elif path.is_file():
            if input_kind(path):
                yield path
            else:
                yield IngestError(str(path), "unsupported file type (expected .html, .htm, .txt, .jsonl, .warc, .warc.gz)")
        else:
            yield IngestError(str(path), "no such file or directory")


def _decode(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), falling back to Windows-1258/1252 only if UTF-8 fails."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:4096]:
        raise ValueError("binary content (NUL bytes), not a text or HTML article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        for encoding in ("cp1258", "cp1252"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise ValueError("not decodable as UTF-8 or Windows-1258")


def read_sidecar(path: Path) -> dict:
    """Metadata from `NAME.meta.json` next to `NAME.txt`/`NAME.html`, restricted to the known keys."""
    sidecar = path.with_name(path.name.split(".")[0] + META_SUFFIX)
    if not sidecar.exists():
        return {}
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    if not isinstance(meta, dict):
        raise ValueError(f"{sidecar.name} is not a JSON object")
    return {k: meta.get(k) for k in META_KEYS if meta.get(k) is not None}


def _read_single(path: Path, kind: str) -> RawDocument:
    data = path.read_bytes()
    content = _decode(data, str(path))
    return RawDocument(str(path), kind, content, read_sidecar(path), _sha256(data))


def _read_jsonl(path: Path) -> Iterator[RawDocument | IngestError]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            source = f"{path}#{lineno}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestError(source, f"invalid JSON: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield IngestError(source, "record is not a JSON object")
                continue
            html, text = record.get("html"), record.get("text")
            if not (html or text):
                yield IngestError(source, "record has neither 'html' nor 'text'")
                continue
            meta = {k: record.get(k) for k in META_KEYS if record.get(k) is not None}
            content = html or text
            yield RawDocument(source, "html" if html else "text", content, meta, _sha256(content.encode("utf-8")))


def _read_warc(path: Path) -> Iterator[RawDocument | IngestError]:
    """HTML responses of a WARC file; other records (requests, images, metadata) are skipped silently."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = f"{path}#{record_id.strip('<>')}"
            try:
                data = record.content_stream().read()
                content = _decode(data, source)
            except (ValueError, OSError) as exc:
                yield IngestError(source, str(exc))
                continue
            yield RawDocument(source, "html", content, {"url": url} if url else {}, _sha256(data))


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawDocument | IngestError]:
    """Every article in `paths`, in a stable order, with an `IngestError` in place of each unreadable one."""
    for item in discover(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        kind = input_kind(item)
        try:
            if kind == "jsonl":
                yield from _read_jsonl(item)
            elif kind == "warc":
                yield from _read_warc(item)
            else:
                yield _read_single(item, kind)
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            yield IngestError(str(item), str(exc) or exc.__class__.__name__)
        except Exception as exc:  # a corrupt gzip/WARC raises library-specific errors
            yield IngestError(str(item), f"{exc.__class__.__name__}: {exc}")
