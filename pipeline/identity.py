"""Which input is which: source keys, content hashes and merged metadata.

An input is known by its *source key*: its URL when it has one (sidecar, JSONL record, WARC target URI), else
its resolved path, so `crawl/a.txt`, `./crawl/a.txt` and `/home/me/crawl/a.txt` are one source. Its *content
hash* covers the text and the metadata read with it (a sidecar edit such as a corrected `published` is a
change). An *article* is known by its cleaned text (`article_id`), so the same text from two sources is one
article with both sources recorded; its metadata is merged so that a known value is never replaced by a
missing one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# Article fields that come from metadata rather than from the text (merged across an article's sources).
METADATA_FIELDS = ("url", "outlet", "title", "published", "published_precision", "published_text")


def normalise_url(url: str) -> str:
    """Scheme and host lowercased, default port and fragment dropped: one spelling per page."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


def resolved_source(source: str) -> str:
    """The absolute, symlink-free spelling of a file source; `FILE#record` keeps its record part."""
    path, _, record = source.rpartition("#")
    if path and Path(path).is_file():
        return f"{Path(path).resolve()}#{record}"
    return str(Path(source).resolve())


def source_key(source: str, url: str | None) -> str:
    """The identity of an input: its URL when known, else its resolved path."""
    if url and urlsplit(url.strip()).scheme in ("http", "https"):
        return normalise_url(url)
    return resolved_source(source)


def content_hash(kind: str, content: str, meta: dict) -> str:
    """sha256 over the input's text and the metadata read with it (sidecar or record fields)."""
    digest = hashlib.sha256(kind.encode("utf-8") + b"\0")
    digest.update(content.encode("utf-8", "surrogatepass"))
    digest.update(b"\0" + json.dumps(meta, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    return digest.hexdigest()


def metadata_of(article) -> dict:
    """The metadata fields of an `Article` (or a stored row as a dict)."""
    get = article.get if isinstance(article, dict) else lambda name: getattr(article, name)
    return {name: get(name) for name in METADATA_FIELDS}


def merge_metadata(known: dict | None, new: dict) -> dict:
    """`new` over `known`, field by field, except that a missing value never replaces a known one.

    `published` and `published_text` travel together (the text is what the date was parsed from)."""
    if not known:
        return dict(new)
    merged = {name: new[name] if new.get(name) is not None else known.get(name) for name in METADATA_FIELDS}
    if new.get("published") is None and known.get("published") is not None:  # an unparsed text erases no date
        merged["published_text"] = known.get("published_text")
    return merged
