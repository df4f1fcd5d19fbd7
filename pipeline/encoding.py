"""Bytes of one input to text: binary formats refused by content, encodings detected, control characters removed.

Crawls mislabel files: a PDF saved as `.txt`, a Word file as `.html`, UTF-16 exported from Windows, Windows-1258
from old portals, a stray NUL in the middle of a good page. The suffix is only a hint; these functions look at the
bytes. Order matters:
  1. known binary signatures (PDF, Office, ZIP, images, archives, ...) are refused by name, so the error says what
     the file really is;
  2. a byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE, UTF-32);
  3. strict UTF-8, the encoding of nearly every page;
  4. otherwise charset-normalizer guesses, trying the encodings Vietnamese sites used (Windows-1258) first;
  5. the decoded text must be mostly printable: a few NULs or control characters are removed, many mean a binary
     file that has no signature we know.
"""

from __future__ import annotations

import codecs
import re

# Leading bytes of binary formats that turn up in crawls, with the name used in error messages.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document (.doc/.xls)"),
    (b"{\\rtf", "RTF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"\x7fELF", "executable (ELF)"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
# RIFF containers and ISO media say what they are a few bytes in.
_OFFSET_SIGNATURES = ((0, b"RIFF", 8, b"WEBP", "WebP image"), (0, b"RIFF", 8, b"WAVE", "WAV audio"),
                      (0, b"RIFF", 8, b"AVI ", "AVI video"), (4, b"ftyp", None, None, "MP4/QuickTime media"))
BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings tried first when a file is not UTF-8: what Vietnamese and Western sites actually used.
PREFERRED_ENCODINGS = ["cp1258", "utf_16", "utf_16_le", "utf_16_be", "cp1252", "latin_1"]
# Control characters removed from text: C0 and C1 except tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01  # more than 1 % control characters: a binary file, not text with a few stray bytes


class DecodeError(ValueError):
    """The bytes are not a text or HTML article; the message says why in one line."""


def binary_format(data: bytes) -> str | None:
    """The name of the binary format `data` starts with, or None for anything that may be text."""
    head = data[:64].lstrip(b"\r\n\t ") if data[:1] in b"\r\n\t " else data[:64]
    for signature, name in SIGNATURES:
        if head.startswith(signature):
            if name == "Windows executable" and b"This program" not in data[:512]:
                continue  # "MZ" alone also starts plain text
            return name
    for offset, magic, offset2, magic2, name in _OFFSET_SIGNATURES:
        if data[offset:offset + len(magic)] == magic and (magic2 is None or data[offset2:offset2 + 4] == magic2):
            return name
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best reading of non-UTF-8 bytes, trying the usual encodings of news sites first."""
    from charset_normalizer import from_bytes

    for isolation in (PREFERRED_ENCODINGS, None):
        best = from_bytes(data[:200_000], cp_isolation=isolation).best()
        if best is not None:
            try:
                return data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    return None


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    return len(_CONTROL_BYTES.findall(sample)) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark (NUL in every other byte for Latin letters), or None."""
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) > 0.3 * len(high):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(_CONTROL.findall(text)) <= MAX_CONTROL_SHARE * len(text):
                return text
    return None


def strip_control(text: str) -> str:
    """Text without NULs and other control characters (tab, newline and carriage return stay)."""
    return _CONTROL.sub("", text)


def decode(data: bytes) -> str:
    """The text of one input file or record; raises `DecodeError` with a one-line reason (module docstring)."""
    if not data.strip():
        raise DecodeError("empty file")
    kind = binary_format(data)
    if kind:
        raise DecodeError(f"binary content ({kind}), not a text or HTML article")
    encoding = _bom_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()} "
                              f"(byte {exc.start})") from None
    elif _control_share(data) > MAX_CONTROL_SHARE:
        text = _utf16_without_bom(data)
        if text is None:
            nuls = data.count(0)
            what = f"{nuls} NUL bytes" if nuls else "control characters"
            raise DecodeError(f"binary content ({what} in {len(data)} bytes), not a text or HTML article")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess(data)
            if text is None:
                raise DecodeError("binary content: not decodable as UTF-8, UTF-16 or Windows-1258") from None
    text = sanitize(text)
    if not text.strip():
        raise DecodeError("empty file")
    return text


def sanitize(text: str, what: str = "", check_format: bool = True) -> str:
    """`text` without control characters; `DecodeError` when there are so many that it is binary content
    (also for binary data pasted into a JSON string field, named by `what`)."""
    prefix = f"{what}: " if what else ""
    kind = binary_format(text[:64].encode("utf-8", "surrogatepass")) if check_format else None
    if kind:
        raise DecodeError(f"{prefix}binary content ({kind}), not a text or HTML article")
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        reason = "NUL bytes" if "\x00" in text else "control characters"
        raise DecodeError(f"{prefix}binary content ({controls} {reason} in {len(text)} characters), not a text or "
                          "HTML article")
    return strip_control(text) if controls else text
