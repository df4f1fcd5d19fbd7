"""Readers on dirty crawls: record by record, encodings by content, sidecars by full stem, dates, language."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

import pytest

from pipeline import orchestrate
from pipeline.dates import parse_published
from pipeline.encoding import DecodeError, decode
from pipeline.ingest import RawDocument, read_inputs, sidecar_path
from pipeline.language import detect_language
from pipeline.store import FACT_TABLES
from tests.conftest import CORPUS
from tests.hostile_corpus import windows_1258

ARTICLE = (CORPUS / "seed_002.txt").read_text(encoding="utf-8")


def _split(items):
    docs = [i for i in items if isinstance(i, RawDocument)]
    return docs, [i for i in items if not isinstance(i, RawDocument)]


def _jsonl_lines():
    good = [json.dumps({"url": f"https://a.vn/{i}", "text": ARTICLE.replace("Thoại Sơn", f"Thoại Sơn {i}")},
                       ensure_ascii=False).encode() for i in range(12)]
    good[4] = b'{"text": 12345}'
    good[7] = b'{"url": ["https://a.vn/x"], "text": "abc"}'
    good[9] = b'{"text": "\xff\xfe broken utf-8"}'
    return good


def test_bad_jsonl_records_are_errors_with_line_numbers_and_the_rest_is_kept(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(b"\n".join(_jsonl_lines()) + b"\n")
    docs, errors = _split(list(read_inputs([path])))
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["1", "2", "3", "4", "6", "7", "9", "11", "12"]
    assert {str(e) for e in errors} == {
        f"{path}#5: field 'text' must be a string, not a number",
        f"{path}#8: field 'url' must be a string, not a list",
        f"{path}#10: line is not valid UTF-8 (byte 10)",
    }


def test_jsonl_gz_is_discovered_and_truncation_reported(tmp_path):
    data = gzip.compress(b"\n".join(_jsonl_lines()[:4]) + b"\n")
    (tmp_path / "whole.jsonl.gz").write_bytes(data)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) - 40])
    items = list(read_inputs([tmp_path]))
    docs, errors = _split(items)
    assert sum(d.source.startswith(str(tmp_path / "whole.jsonl.gz")) for d in docs) == 4
    cut = [e for e in errors if "cut.jsonl.gz" in e.source]
    assert len(cut) == 1 and cut[0].source == str(tmp_path / "cut.jsonl.gz") and "truncated" in cut[0].reason


def test_empty_and_non_json_files_are_one_error_each(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    (tmp_path / "prose.jsonl").write_text("\n".join(["không phải JSON"] * 30), encoding="utf-8")
    (tmp_path / "report.jsonl").write_bytes(b"%PDF-1.4\n%binary\n")
    errors = {e.source.rsplit("/", 1)[1]: e.reason for e in read_inputs([tmp_path])}
    assert errors == {"empty.jsonl": "no records (empty JSONL file)",
                      "prose.jsonl": "not a JSONL file (none of its first 5 lines is JSON)",
                      "report.jsonl": "binary content (PDF document), not a JSONL file"}


def _warc(path, pages: int, other_only: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for i in range(pages):
        ctype = "image/png" if other_only else "text/html; charset=utf-8"
        payload = f"<html><body><p>{ARTICLE}</p><p>Trang {i}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://a.vn/{i}", "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


@pytest.mark.parametrize("cut", [40, 600])
def test_truncated_warc_is_reported(tmp_path, cut):
    data = _warc(tmp_path / "full.warc.gz", 3)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - cut])
    docs, errors = _split(list(read_inputs([path])))
    assert len(docs) == 2 and len(errors) == 1
    assert "truncated" in errors[0].reason


def test_warc_without_html_and_files_that_are_no_warc(tmp_path):
    _warc(tmp_path / "images.warc.gz", 2, other_only=True)
    (tmp_path / "empty.warc").write_bytes(b"")
    errors = {e.source.rsplit("/", 1)[1]: e.reason for e in read_inputs([tmp_path])}
    assert errors["images.warc.gz"] == "no HTML responses among its 2 WARC records"
    assert errors["empty.warc"] == "no WARC records (not a WARC file?)"


def test_folder_contents_are_all_accounted_for(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "gold.json").write_text("{}")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    items = {i.source.rsplit("/", 1)[1] if not isinstance(i, RawDocument) else "doc": i
             for i in read_inputs([tmp_path])}
    assert set(items) == {"doc", "scan.pdf", "dangling.txt"}
    assert items["scan.pdf"].is_warning and "not an input type (.pdf)" in items["scan.pdf"].reason
    assert not items["dangling.txt"].is_warning and items["dangling.txt"].reason == "broken symbolic link"


def test_sidecar_is_matched_by_the_full_stem(tmp_path):
    (tmp_path / "34_dotted.name.v2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "34_dotted.meta.json").write_text('{"title": "Không phải của bài này"}', encoding="utf-8")
    (raw,) = read_inputs([tmp_path])
    assert raw.meta == {} and sidecar_path(tmp_path / "34_dotted.name.v2.txt").name == "34_dotted.name.v2.meta.json"
    (tmp_path / "34_dotted.name.v2.meta.json").write_text('{"title": ["a"]}', encoding="utf-8")
    (error,) = read_inputs([tmp_path / "34_dotted.name.v2.txt"])
    assert error.reason == (f"sidecar {tmp_path / '34_dotted.name.v2.meta.json'}: field 'title' must be a string, "
                            "not a list")


def test_size_limit_per_input(tmp_path):
    (tmp_path / "big.txt").write_text(ARTICLE * 40, encoding="utf-8")
    (error,) = read_inputs([tmp_path / "big.txt"], max_bytes=50_000)
    assert error.reason.startswith("input too large (") and "limit 48.8 kB" in error.reason
    line = json.dumps({"text": ARTICLE * 40}, ensure_ascii=False)
    (tmp_path / "big.jsonl").write_text(f"{line}\n{json.dumps({'text': ARTICLE}, ensure_ascii=False)}\n",
                                        encoding="utf-8")
    docs, errors = _split(list(read_inputs([tmp_path / "big.jsonl"], max_bytes=50_000)))
    assert len(docs) == 1 and [e.source.rsplit("#")[1] for e in errors] == ["1"]
    oversize = RawDocument("x.txt", "text", ARTICLE * 40, {}, "sha")
    processed = orchestrate.process_document(oversize, orchestrate.Options(max_input_bytes=50_000))
    assert processed.error and processed.error.reason.startswith("input too large")


def test_encodings_are_detected_by_content():
    assert decode(ARTICLE.encode("utf-16")) == ARTICLE  # with BOM
    assert decode(b"\xef\xbb\xbf" + ARTICLE.encode()) == ARTICLE
    assert decode(ARTICLE.encode("utf-16-le")) == ARTICLE  # no BOM, recognised by its NUL pattern
    with_nul = ARTICLE[:3000] + "\x00" + ARTICLE[3000:]
    assert decode(with_nul.encode()) == ARTICLE
    for data, kind in ((b"%PDF-1.1\n1 0 obj\n" + ARTICLE.encode(), "PDF document"),
                       (b"PK\x03\x04\x14\x00", "ZIP archive"), (b"\x89PNG\r\n\x1a\n\x00", "PNG image"),
                       (b"\x00\x01\x02\x03" * 100, "NUL bytes")):
        with pytest.raises(DecodeError, match=kind):
            decode(data)


def test_windows_1258_decodes_to_the_same_text(store, tmp_path):
    (tmp_path / "utf8.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "win.txt").write_bytes(windows_1258(ARTICLE))
    summary = orchestrate.ingest([tmp_path], store)
    assert summary.written == 1 and not summary.errors  # one article: the same cleaned text from both files
    assert store.con.execute("SELECT text FROM articles").fetchone()[0].startswith("Thoại Sơn tiếp tục")


@pytest.mark.parametrize(("value", "expected", "precision"), [
    ("2025/10/13", date(2025, 10, 13), "day"), ("20251013", date(2025, 10, 13), "day"),
    ("2025.10.13", date(2025, 10, 13), "day"), ("13/10/2025", date(2025, 10, 13), "day"),
    ("Thứ Hai, 13/10/2025 08:30", date(2025, 10, 13), "day"), ("13 tháng 10 năm 2025", date(2025, 10, 13), "day"),
    ("2024-10-16T08:00:00+07:00", date(2024, 10, 16), "day"), ("2023-12", date(2023, 12, 1), "month"),
    ("tháng 12/2023", date(2023, 12, 1), "month"), ("2023", date(2023, 1, 1), "year"),
])
def test_published_dates(value, expected, precision):
    found = parse_published(value)
    assert (found.value, found.precision, found.warning) == (expected, precision, None)


@pytest.mark.parametrize("value", ["2023-13-45", "hôm qua", "2024-02-30", "ngày 5/3", "1800-01-01", "x" * 500])
def test_unreadable_dates_are_warnings(value):
    found = parse_published(value)
    assert found.value is None and found.warning and "stored without a date" in found.warning


def test_unreadable_date_is_stored_with_a_warning(store, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "hôm qua"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Thoại Sơn", "Thoại Sơn B"), encoding="utf-8")
    (tmp_path / "b.meta.json").write_text('{"published": "2023-12"}', encoding="utf-8")
    summary = orchestrate.ingest([tmp_path], store)
    assert summary.written == 2 and not summary.errors
    assert [(w.source, w.reason) for w in summary.warnings] == [
        (str(tmp_path / "a.txt"), "published date 'hôm qua' not understood; stored without a date")]
    rows = store.con.execute("SELECT regexp_extract(source, '[ab].txt'), published, published_precision, "
                             "published_text FROM articles ORDER BY 1").fetchall()
    assert rows == [("a.txt", None, None, "hôm qua"), ("b.txt", date(2023, 12, 1), "month", "2023-12")]
    assert store.con.execute("SELECT source, reason FROM ingest_warnings").fetchall() == [
        (str(tmp_path / "a.txt"), "published date 'hôm qua' not understood; stored without a date")]


def test_language_detection():
    assert detect_language(ARTICLE) == "vi"
    assert detect_language("The district committee held a conference to honour 839 models of skilled mass "
                           "mobilisation and awarded certificates of merit to 19 collectives.") == "en"
    assert detect_language("2024 2025 100.000 12 15 839 19 | 20 | 31") == "zxx"


def test_non_vietnamese_articles_are_stored_without_facts(store, tmp_path):
    (tmp_path / "en.txt").write_text(
        "District honours 839 models\n\nThe district committee held a conference on 15 October to honour 839 "
        "models of skilled mass mobilisation and awarded certificates of merit to 19 collectives.", encoding="utf-8")
    summary = orchestrate.ingest([tmp_path], store)
    assert summary.written == 1 and summary.warnings[0].reason.startswith("language detected as 'en'")
    assert store.con.execute("SELECT lang FROM articles").fetchall() == [("en",)]
    assert sum(n for t, n in store.counts().items() if t in FACT_TABLES) == 0
