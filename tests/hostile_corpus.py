"""A generated hostile crawl: more than 40 kinds of bad or odd input, written by the tests (nothing committed).

`make(folder, good)` writes the inputs under `folder` and returns what each must give:
  - `errors`: source (a path, or `path#line` / `path#record` inside a container) -> a fragment of its reason;
  - `warnings`: source -> a fragment of its warning (stored but not understood, or skipped);
  - `stored`: sources that must be stored without any message (odd encodings and names of good articles).
Good-but-odd inputs are copies of the good articles in `good`, so they must come out as the same articles.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import unicodedata
from pathlib import Path

MAX_INPUT_MB = 1  # the limit the hostile run uses, so an oversize input is cheap to make

ENGLISH = ("District honours 839 models\n\nThe district party committee held a conference on 15 October to honour "
           "839 models of skilled mass mobilisation and awarded certificates of merit to 19 collectives and 26 "
           "individuals. The models cover the economy, culture and society, defence and security.")


def windows_1258(text: str) -> bytes:
    """Windows-1258 as old portals wrote it: base letters precomposed, tone marks combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            keep = "".join(m for m in marks if m in "\u0302\u0306\u031b")
            tone = "".join(m for m in marks if m not in "\u0302\u0306\u031b")
            out.append(unicodedata.normalize("NFC", base + keep).encode("cp1258") + tone.encode("cp1258"))
    return b"".join(out)


def _warc(records: list[tuple[str, str, bytes]], gzip_it: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_it)
    for uri, ctype, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


def _record_id(data: bytes, index: int) -> str:
    from warcio.archiveiterator import ArchiveIterator

    for i, record in enumerate(ArchiveIterator(io.BytesIO(data))):
        if i == index:
            return record.rec_headers.get_header("WARC-Record-ID").strip("<>")
    raise IndexError(index)


def make(folder: Path, good: Path) -> dict:
    """Write the hostile inputs under `folder` (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = sorted(good.glob("*.txt"))  # the longest two: a NUL goes after their first 4 kB
    first, second = sorted(texts, key=lambda p: p.stat().st_size)[-2:]
    article, other = first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")
    sidecars = {text: (good / f"{text.stem}.meta.json") for text in (first, second)}
    page = next(iter(sorted(good.glob("*.html")))).read_text(encoding="utf-8")
    rng = random.Random(9)
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    stored: list[str] = []

    def write(name: str, data: bytes | str) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def bad(name: str, data: bytes | str, reason: str) -> None:
        errors[str(write(name, data))] = reason

    # --- files that are no article ------------------------------------------------------------------------------
    bad("empty.txt", b"", "empty file")
    bad("blank.html", b"  \n\t \n", "empty file")
    bad("nul.html", b"\x00\x00binary\x00" * 50, "binary content")
    bad("report_pdf.txt", b"%PDF-1.1\n1 0 obj\n" + article.encode() + b"\n%%EOF", "binary content (PDF document)")
    bad("logo_png.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(500), "binary content (PNG image)")
    bad("photo_jpeg.html", b"\xff\xd8\xff\xe0" + rng.randbytes(500), "binary content (JPEG image)")
    bad("letter_docx.txt", b"PK\x03\x04\x14\x00\x06\x00" + rng.randbytes(500), "binary content (ZIP archive")
    bad("old_doc.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(500), "Microsoft Office document")
    bad("compressed.txt", gzip.compress(article.encode()), "binary content (gzip-compressed data)")
    bad("program.txt", b"\x7fELF\x02\x01\x01" + rng.randbytes(500), "binary content (executable (ELF))")
    bad("database.html", b"SQLite format 3\x00" + rng.randbytes(500), "binary content (SQLite database)")
    bad("noise.txt", bytes(rng.randrange(256) for _ in range(4000)), "binary content")
    bad("controls.txt", "".join(chr(rng.randrange(1, 32)) + "a" for _ in range(2000)), "binary content")
    bad("broken_bom.txt", b"\xff\xfe" + b"\x00\xd8" * 3, "byte-order mark")
    bad("short.txt", "Tin ngắn.", "too short")
    bad("menu_only.html", "<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a>"
                          "</nav><footer>Điện thoại: 0239 3856 123</footer></body></html>", "no article text")
    bad("script_only.html", "<html><body><script>var a = 1;</script><style>p{}</style></body></html>",
        "CleaningError")
    bad("deep.html", "<html><body>" + "<div>" * 20000 + f"<p>{article}</p>" + "</div>" * 20000 + "</body></html>",
        "no article text")
    bad("oversize.txt", (article + "\n") * (MAX_INPUT_MB * 2**20 // len(article.encode()) + 1), "input too large")
    link = folder / "dangling.txt"
    link.symlink_to(folder / "gone.txt")
    errors[str(link)] = "broken symbolic link"

    # --- sidecars -------------------------------------------------------------------------------------------------
    write("side_invalid.meta.json", "{bad json")
    bad("side_invalid.txt", article, "side_invalid.meta.json: invalid JSON")
    write("side_list.meta.json", "[1, 2]")
    bad("side_list.txt", article, "side_list.meta.json: not a JSON object")
    write("side_title.meta.json", json.dumps({"title": ["a", "b"]}))
    bad("side_title.txt", article, "field 'title' must be a string, not a list")

    # --- JSONL, record by record ------------------------------------------------------------------------------
    lines = [json.dumps({"url": "https://a.vn/good-1", "text": article}, ensure_ascii=False).encode(),
             b"{not json",
             b'["a", "list"]',
             b'{"text": 12345}',
             json.dumps({"url": ["https://a.vn/x"], "text": article}, ensure_ascii=False).encode(),
             b'{"url": "https://a.vn/empty", "published": "2024-10-16"}',
             b'{"text": "\xff\xfe invalid utf-8 ' + b"x" * 50 + b'"}',
             json.dumps({"text": "%PDF-1.4 " + "x" * 100}).encode(),
             json.dumps({"text": "x" * (MAX_INPUT_MB * 2**20 + 10)}).encode(),
             json.dumps({"url": "https://a.vn/good-2", "html": page}, ensure_ascii=False).encode()]
    records = write("records.jsonl", b"\n".join(lines) + b"\n")
    for line, reason in ((2, "invalid JSON"), (3, "record is a list, not a JSON object"),
                         (4, "field 'text' must be a string, not a number"),
                         (5, "field 'url' must be a string, not a list"), (6, "neither 'html' nor 'text'"),
                         (7, "line is not valid UTF-8"), (8, "binary content (PDF document)"),
                         (9, "input too large")):
        errors[f"{records}#{line}"] = reason
    stored += [f"{records}#1", f"{records}#10"]
    bad("empty.jsonl", b"\n\n", "no records")
    bad("prose.jsonl", "\n".join(["không phải JSON"] * 8), "not a JSONL file")
    bad("image.jsonl", b"\x89PNG\r\n\x1a\n" + rng.randbytes(200), "binary content (PNG image)")
    whole = gzip.compress(b"\n".join([lines[0], lines[-1]]) + b"\n")
    bad("cut.jsonl.gz", whole[:-30], "truncated")
    zipped = write("crawl.jsonl.gz", gzip.compress(json.dumps({"url": "https://a.vn/gz-1", "text": other},
                                                               ensure_ascii=False).encode() + b"\n"))
    stored.append(f"{zipped}#1")

    # --- WARC -------------------------------------------------------------------------------------------------
    pages = [(f"https://a.vn/w{i}", "text/html; charset=utf-8", page.replace("</body>", f"<p>{i}</p></body>").encode())
             for i in range(3)]
    data = _warc(pages)
    cut = write("cut.warc.gz", data[:-40])  # the last record loses its end: that record is the error
    errors[f"{cut}#{_record_id(data, 2)}"] = "truncated record"
    stored += [f"{cut}#{_record_id(data, 0)}", f"{cut}#{_record_id(data, 1)}"]
    bad("images.warc.gz", _warc([("https://a.vn/a.png", "image/png", b"\x89PNG\r\n\x1a\n")]), "no HTML responses")
    bad("garbage.warc", "không phải WARC\n" * 20, "WARC")
    bad("text_gz.warc.gz", gzip.compress(b"just text, not a WARC\n" * 20), "WARC")
    mixed = _warc([("https://a.vn/m0", *pages[0][1:]), ("https://a.vn/binary", "text/html", b"%PDF-1.4\n" + rng.randbytes(300))])
    mixed_path = write("mixed.warc.gz", mixed)
    errors[f"{mixed_path}#{_record_id(mixed, 1)}"] = "binary content (PDF document)"
    stored.append(f"{mixed_path}#{_record_id(mixed, 0)}")

    # --- stored with a warning ----------------------------------------------------------------------------------
    for name, published, reason in (("yesterday", "hôm qua", "published date 'hôm qua' not understood"),
                                    ("impossible", "2023-13-45", "published date '2023-13-45' does not exist")):
        write(f"{name}.meta.json", json.dumps({"published": published}, ensure_ascii=False))
        warnings[str(write(f"{name}.txt", article))] = reason
    warnings[str(write("english.txt", ENGLISH))] = "language detected as 'en'"
    warnings[str(write("figures.txt", "\n".join(f"{i} | {i * 37} | {i * 1.5:.1f}" for i in range(60))))] = \
        "language detected as 'zxx'"
    warnings[str(write("scan.pdf", b"%PDF-1.4\n"))] = "not an input type (.pdf)"
    warnings[str(write("page.php", page))] = "not an input type (.php)"
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    warnings[str(fifo)] = "not a regular file"

    # --- odd but good: the same articles must come out ------------------------------------------------------------
    for name, data, of in (("utf16_bom.txt", article.encode("utf-16"), first),
                           ("utf8_bom.txt", b"\xef\xbb\xbf" + article.encode(), first),
                           ("windows1258.txt", windows_1258(article), first),
                           ("decomposed.txt", unicodedata.normalize("NFD", article).encode(), first),
                           ("crlf.txt", article.replace("\n", "\r\n").encode(), first),
                           ("nul_after_4kb.txt", (other[:4100] + "\x00" + other[4100:]).encode(), second),
                           ("Bài viết có dấu cách.txt", other.encode(), second),
                           ("dotted.name.v2.txt", other.encode(), second)):
        stored.append(str(write(name, data)))
        if sidecars[of].exists():  # the same metadata as the original, so the same article must come out
            write(name[: -len(".txt")] + ".meta.json", sidecars[of].read_bytes())
    write("dotted.meta.json", json.dumps({"title": "Tiêu đề của một bài khác"}, ensure_ascii=False))
    return {"errors": errors, "warnings": warnings, "stored": stored}
