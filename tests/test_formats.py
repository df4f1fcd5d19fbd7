"""Every input format reaches the same facts: HTML pages (trafilatura), JSONL records, WARC crawls."""

from __future__ import annotations

import io
import json
from datetime import date

from pipeline import orchestrate
from pipeline.clean import clean, find_dateline, normalize_unicode
from pipeline.ingest import RawDocument, read_inputs
from tests.conftest import CORPUS

BODY = ("Sáng 15/10, Ban Thường vụ Huyện ủy Hương Sơn tổ chức hội nghị biểu dương mô hình điển hình tiêu biểu "
        "trong phong trào thi đua “Dân vận khéo” giai đoạn 2019 - 2024. Toàn huyện đã xây dựng và nhân rộng được "
        "839 mô hình, điển hình “Dân vận khéo” trên tất cả các lĩnh vực.")
PAGE = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Hương Sơn biểu dương mô hình Dân vận khéo - Báo Thử Nghiệm</title>
<meta property="og:site_name" content="Báo Thử Nghiệm">
<meta property="article:published_time" content="2024-10-16T08:00:00+07:00">
<link rel="canonical" href="https://baothunghiem.vn/huong-son-bieu-duong.html"></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul></nav>
<article><h1>Hương Sơn biểu dương mô hình Dân vận khéo</h1><p>{BODY}</p>
<p>Tại hội nghị, 19 tập thể điển hình đã được trao tặng giấy khen.</p></article>
<aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/x">Bí thư Tỉnh ủy Nguyễn Văn Teaser dự hội nghị
biểu dương 999 mô hình</a></li></ul></aside>
<footer>Điện thoại: 0239 3856 123 - Email: toasoan@baothunghiem.vn</footer></body></html>"""


def _facts(summary_store):
    return {r[0] for r in summary_store.con.execute("SELECT count FROM model_counts").fetchall()}


def test_html_page_metadata_and_body(store, tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    summary = orchestrate.ingest([tmp_path], store)
    assert summary.written == 1
    url, outlet, published, title, text = store.con.execute(
        "SELECT url, outlet, published, title, text FROM articles").fetchone()
    assert url == "https://baothunghiem.vn/huong-son-bieu-duong.html" and outlet == "Báo Thử Nghiệm"
    assert published == date(2024, 10, 16) and title == "Hương Sơn biểu dương mô hình Dân vận khéo"
    assert "839 mô hình" in text and "Trang chủ" not in text and "0239" not in text
    assert _facts(store) == {839}  # not 999 from the related-articles teaser
    event = store.con.execute("SELECT event_date, kind FROM events").fetchone()
    assert event == (date(2024, 10, 15), "bieu_duong")


def test_jsonl_records(store, tmp_path):
    records = [{"url": "https://a.vn/1", "html": PAGE, "published": "2024-10-16"},
               {"url": "https://a.vn/2", "text": BODY.replace("839", "512"), "published": "2024-10-20"}]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    summary = orchestrate.ingest([path], store)
    assert summary.written == 2
    assert {r[0] for r in store.con.execute("SELECT source FROM articles").fetchall()} == {
        f"{path}#1", f"{path}#2"}
    assert _facts(store) == {839, 512}


def _warc(path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, ctype, payload in (("https://a.vn/page.html", "text/html; charset=utf-8", PAGE.encode()),
                                    ("https://a.vn/logo.png", "image/png", b"\x89PNG\r\n")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://a.vn/page.html", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_html_responses_only(store, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    docs = list(read_inputs([path]))
    assert len(docs) == 1 and docs[0].meta["url"] == "https://a.vn/page.html"
    assert orchestrate.ingest([path], store).written == 1
    assert _facts(store) == {839}


def test_corrupt_warc_is_one_error(store, tmp_path):
    (tmp_path / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08not really gzip")
    summary = orchestrate.ingest([tmp_path], store)
    assert summary.written == 0 and len(summary.errors) == 1
    assert summary.errors[0].source.endswith("broken.warc.gz")


def test_text_sidecar_metadata():
    (raw,) = list(read_inputs([CORPUS / "seed_001.txt"]))
    assert raw.meta == {"outlet": "baohatinh.vn"}


def test_unicode_normalised_and_datelines():
    decomposed = "Huye\u0302\u0323n u\u0309y"  # NFD "Huyện ủy"
    assert normalize_unicode(decomposed) == "Huyện ủy"
    assert find_dateline(["Thứ hai, 12/10/2020 16:37"])[0] == date(2020, 10, 12)
    assert find_dateline(["23:07 - 26/01/2024"])[0] == date(2024, 1, 26)
    assert find_dateline(["Hôm nay, Thứ bảy ngày 16/01/2021"]) == (None, None)  # the portal's today


def test_site_furniture_is_dropped():
    text = "\n".join(["Tin tức trong Huyện", "Sơ kết phong trào thi đua", "", BODY, "img-5104-5152.jpg",
                      "Đánh giá:", "Thống kê: 161.145", "Online: 7", "Đọc thêm", "Tin khác: 55 mô hình"])
    cleaned = clean(RawDocument("x.txt", "text", text))
    assert cleaned.title == "Sơ kết phong trào thi đua"
    for furniture in ("Tin tức trong", "img-5104", "Thống kê", "Online", "Đọc thêm", "55 mô hình"):
        assert furniture not in cleaned.text


def test_layout_table_portal_page_keeps_the_article_only():
    """Old portals lay the page out with one <table>: the article must come out as paragraphs, without the menu,
    the visitor counter or the footer cell, while a data table inside the article stays a table."""
    from pipeline.layout import read_page

    page = f"""<html><head><title>Tin tức</title></head><body><table width="100%"><tr>
<td class="left"><div class="box">CHUYÊN MỤC</div><ul><li><a href="/a">Kinh tế</a></li></ul>
<p>Online: 12</p><p>Tổng: 2.034.117</p></td>
<td class="content"><h2>Hương Sơn biểu dương mô hình</h2><p>{BODY}</p>
<table class="data"><tr><td>Xã Sơn Tiến</td><td>23</td></tr></table></td></tr>
<tr><td colspan="2"><p>Cơ quan chủ quản: UBND huyện. Điện thoại: 0239 3856 123</p></td></tr></table></body></html>"""
    unwrapped = read_page(page).html
    assert unwrapped.count("<table") == 1 and '<table class="data">' in unwrapped
    article = clean(RawDocument("portal.html", "html", page, {}))
    assert "|" not in article.text.split("\n")[0] and "839 mô hình" in article.text
    assert "Tổng: 2.034.117" not in article.text
    assert read_page("<p>Không có bảng</p>").html == "<p>Không có bảng</p>"


def test_bundled_pages_keep_body_and_drop_teasers():
    """The corpus pages of the three layouts: related lists, "Đọc thêm" teasers and footers give no text."""
    texts = {path.stem: clean(raw).text for path in sorted(CORPUS.glob("*.html"))
             for raw in read_inputs([path])}
    assert len(texts) == 3
    for text in texts.values():
        assert "Điện thoại" not in text and "Đọc thêm" not in text and "Tin liên quan" not in text
    assert "Tân Hương tổng kết 10 năm" not in texts["district_tanky_tuyen_duong"]
    assert "tặng Giấy khen cho 12 tập thể, 20 cá nhân" in texts["news_kinhmon_so_ket"]


def test_lede_block_and_captions_are_kept():
    """A lede in <div class="article__sapo"> and a <figcaption> are dropped by trafilatura; the date of the event
    and officials named only in a caption are in them."""
    page = f"""<html><head><title>Hương Sơn biểu dương</title>
<meta property="article:published_time" content="2024-10-16T08:00:00+07:00"></head><body>
<nav><a href="/">Trang chủ</a></nav><article><h1>Hương Sơn biểu dương mô hình Dân vận khéo</h1>
<div class="article__sapo">Sáng 15/10, Ban Thường vụ Huyện ủy Hương Sơn tổ chức hội nghị biểu dương mô hình điển hình
tiêu biểu trong phong trào thi đua “Dân vận khéo” giai đoạn 2019 - 2024.</div>
<p>{BODY.split(". ", 1)[1]}</p><p>Các đại biểu thảo luận về nhiệm vụ thời gian tới của phong trào.</p>
<figure><img src="/a.jpg"><figcaption>Bí thư Huyện ủy Hương Sơn Bùi Nhân Sâm kết luận hội nghị.</figcaption></figure>
</article><aside><figure><figcaption>Bí thư Tỉnh ủy Trần Văn Teaser dự hội nghị khác</figcaption></figure></aside>
</body></html>"""
    article = clean(RawDocument("page.html", "html", page, {}))
    assert article.text.index("Sáng 15/10") < article.text.index("839 mô hình")
    assert "Bùi Nhân Sâm kết luận" in article.text and "Teaser" not in article.text


def test_headline_glued_to_the_lede_is_split():
    """A crawl that lost the line break after the headline: the headline's number must not count as a body fact."""
    text = ("Hà Tĩnh biểu dương 75 điển hình “Dân vận khéo” giai đoạn 2021 – 2025 Sáng 14/10, Ban Dân vận Tỉnh ủy Hà "
            "Tĩnh tổ chức hội nghị biểu dương điển hình “Dân vận khéo” giai đoạn 2021 – 2025.\n\n"
            "Giai đoạn 2021 - 2025, toàn tỉnh có 1.320 mô hình được công nhận.")
    article = clean(RawDocument("a.txt", "text", text, {}))
    assert article.title == "Hà Tĩnh biểu dương 75 điển hình “Dân vận khéo” giai đoạn 2021 – 2025"
    assert article.text.split("\n\n")[1].startswith("Sáng 14/10, Ban Dân vận")
