"""Cleaning rules for portal pages (pipeline.layout, pipeline.pagemeta, pipeline.furniture), each on several
layouts written for these tests: teaser blocks, the article's own date and address, headlines, ledes, captions,
page feet."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.clean import clean
from pipeline.ingest import RawDocument

BODY = ("<p>Sáng 15/10, Ban Thường vụ Huyện ủy Hương Sơn tổ chức hội nghị biểu dương mô hình điển hình tiêu biểu "
        "trong phong trào thi đua Dân vận khéo giai đoạn 2019 - 2024, với sự tham dự của 200 đại biểu.</p>"
        "<p>Toàn huyện đã xây dựng và nhân rộng được 839 mô hình, điển hình Dân vận khéo trên tất cả các lĩnh vực, "
        "trong đó lĩnh vực kinh tế có 257 mô hình, văn hóa - xã hội 434 mô hình.</p>"
        "<p>Tại hội nghị, 19 tập thể điển hình về công tác Dân vận khéo giai đoạn 2019 - 2024 đã được trao tặng "
        "giấy khen của Ban Thường vụ Huyện ủy.</p>")
HEADLINE = "Hương Sơn biểu dương 19 mô hình Dân vận khéo giai đoạn 2019 - 2024"
TEASER = "Huyện Yên Thành biểu dương 127 mô hình Dân vận khéo giai đoạn 2020 - 2025"


def page(body: str, head: str = "", title: str = f"{HEADLINE} | Báo Hà Tĩnh") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>')


def cleaned(html: str):
    return clean(RawDocument("page.html", "html", html, {}, "sha"))


TEASER_BLOCKS = {
    "related section after the body": f'<h1>{HEADLINE}</h1>{BODY}<section class="box"><h3>Tin liên quan</h3>'
                                      f'<ul><li><a href="/a.html">{TEASER}</a> (12/07/2025)</li></ul></section>',
    "inline read-more box inside the body": f'<h1>{HEADLINE}</h1>{BODY[:BODY.index("<p>Toàn")]}'
                                            f'<div class="inline"><p>Đọc thêm</p><a href="/a.html">{TEASER}</a></div>'
                                            f'{BODY[BODY.index("<p>Toàn"):]}',
    "same-category list in a table cell": f'<table><tr><td><h2>{HEADLINE}</h2>{BODY}</td></tr><tr><td>'
                                          f'<div>Cùng chuyên mục</div><a href="/a.html">{TEASER}</a><br>'
                                          f'<a href="/b.html">Thị xã Hoàng Mai vận động 3,7 tỷ đồng</a></td></tr></table>',
    "related headlines with a summary each": f'<h1>{HEADLINE}</h1>{BODY}<div class="rel"><h4>Bài liên quan</h4>'
                                             f'<div><a href="/a.html">{TEASER}</a><p>Dự hội nghị có 180 đại biểu của '
                                             f'huyện Yên Thành và các xã.</p></div><div><a href="/b.html">Thị xã '
                                             f'Hoàng Mai vận động 3,7 tỷ đồng</a><p>Sáng 12/6, thị xã Hoàng Mai trao '
                                             f'Giấy khen cho 21 tập thể.</p></div></div>',
    "see-also paragraph": f'<h1>{HEADLINE}</h1>{BODY[:BODY.index("<p>Tại")]}<p>Xem thêm: <a href="/a.html">'
                          f'{TEASER}</a></p>{BODY[BODY.index("<p>Tại"):]}',
}


@pytest.mark.parametrize("layout", sorted(TEASER_BLOCKS))
def test_teaser_blocks_are_removed_and_the_body_kept(layout):
    text = cleaned(page(TEASER_BLOCKS[layout])).text
    assert "Yên Thành" not in text and "Hoàng Mai" not in text
    assert "839 mô hình" in text and "19 tập thể" in text  # the paragraphs after an inline box stay


WIDGET = '<header><div class="today">Thứ Hai, 14/7/2025</div></header>'
FOOT = '<div class="foot"><p>Giấy phép số 128/GP-BTTTT ngày 05/4/2021 của Bộ Thông tin và Truyền thông</p></div>'
DATED = {
    "meta tag": (page(WIDGET + f"<h1>{HEADLINE}</h1>{BODY}",
                      '<meta property="article:published_time" content="2024-10-16T08:30:00+07:00">'),
                 date(2024, 10, 16), "day"),
    "JSON-LD": (page(WIDGET + f"<h1>{HEADLINE}</h1>{BODY}", '<script type="application/ld+json">{"@type": '
                     '"NewsArticle", "datePublished": "2024-10-16"}</script>'), date(2024, 10, 16), "day"),
    "month only": (page(f"<h1>{HEADLINE}</h1>{BODY}", '<meta itemprop="datePublished" content="2023-12">'),
                   date(2023, 12, 1), "month"),
    "date line under the headline": (page(WIDGET + f'<h1>{HEADLINE}</h1><div class="meta">Thứ Tư, 16/10/2024 '
                                          f'08:30 | Lượt xem: 1.342</div>{BODY}'), date(2024, 10, 16), "day"),
    "author and date": (page(f'<div class="date-now">Thứ Hai, 14/7/2025</div><h2>{HEADLINE}</h2>'
                             f'<span>MINH NGUYỆT | 16/10/2024 16:05</span>{BODY}'), date(2024, 10, 16), "day"),
    "labelled": (page(f'<div class="today">14/07/2025</div><div>Ngày đăng: Thứ Tư, 16/10/2024</div>{BODY}',
                      title="Cổng thông tin điện tử"), date(2024, 10, 16), "day"),
    "no date: not the widget, a teaser's or the licence's": (
        page(WIDGET + f"<h1>{HEADLINE}</h1>{BODY}" + FOOT + '<div><div>Tin liên quan</div><ul><li><a href="/a">'
             f'{TEASER}</a> (12/07/2025)</li></ul></div>'), None, None),
}


@pytest.mark.parametrize("layout", sorted(DATED))
def test_the_articles_own_date(layout):
    html, published, precision = DATED[layout]
    article = cleaned(html)
    assert (article.published, article.published_precision) == (published, precision)


TITLED = {
    "site after a bar": (f"{HEADLINE} | Báo Hà Tĩnh điện tử", f'<div class="title">{HEADLINE}</div>{BODY}',
                         HEADLINE),
    "site after a dash, dash in the headline": (
        "Huyện Cờ Đỏ - TP Cần Thơ phát huy mô hình dân vận khéo - Ban Dân vận Thành ủy",
        f'<h2>Huyện Cờ Đỏ - TP Cần Thơ phát huy mô hình dân vận khéo</h2>{BODY}',
        "Huyện Cờ Đỏ - TP Cần Thơ phát huy mô hình dân vận khéo"),
    "headline ending in a dash": (f"{HEADLINE} (QNO) - | Đảng Cộng sản Việt Nam - Đảng bộ tỉnh",
                                  f'<div class="title-detail">{HEADLINE} (QNO) -</div>{BODY}', f"{HEADLINE} (QNO) -"),
    "no headline: the site's name is none": ("Cổng thông tin điện tử huyện Cẩm Xuyên", BODY, None),
    "newspaper name as the only title": ("Báo Nghệ An điện tử", BODY, None),
}


@pytest.mark.parametrize("layout", sorted(TITLED))
def test_headline_without_the_site_name(layout):
    title, body, headline = TITLED[layout]
    article = cleaned(page(body, title=title))
    assert article.title == headline
    assert "Cẩm Xuyên" not in article.text and "Đảng Cộng sản Việt Nam" not in article.text
    if headline:
        assert article.text.count(headline) == 1  # neither lost nor doubled


LEDE = "Năm 2024, toàn huyện Hương Sơn có thêm 64 mô hình Dân vận khéo được công nhận ở cấp huyện."
LEDES = {
    "div.des in bold": f'<div class="title-detail">{HEADLINE}</div><div class="des"><b>{LEDE}</b></div>'
                       f'<div class="content">{BODY}</div>',
    "bold block without a class": f'<h1>{HEADLINE}</h1><div class="share">Chia sẻ</div><div><strong>{LEDE}'
                                  f'</strong></div><div class="detail-content">{BODY}</div>',
    "sapo class": f'<h1>{HEADLINE}</h1><h2 class="article__sapo">{LEDE}</h2><article>{BODY}</article>',
}


@pytest.mark.parametrize("layout", sorted(LEDES))
def test_the_lede_is_kept_after_the_headline(layout):
    text = cleaned(page(LEDES[layout])).text
    assert text.count(LEDE) == 1 and text.index(HEADLINE) < text.index(LEDE) < text.index("839 mô hình")


CAPTION = "Bí thư Huyện ủy Hương Sơn Bùi Nhân Sâm trao giấy khen cho các tập thể. Ảnh: Thu Hà"
CAPTIONED = {
    "figure": f'<figure class="image"><img src="/a.jpg"><figcaption>{CAPTION}</figcaption></figure>',
    "caption class": f'<div class="img"><img src="/a.jpg"></div><p class="image-desc">{CAPTION}</p>',
    "table of a photo": f'<table class="image"><tr><td><img src="/a.jpg"></td></tr><tr><td class="caption">'
                        f'{CAPTION}</td></tr></table>',
}


@pytest.mark.parametrize("layout", sorted(CAPTIONED))
def test_captions_stay_where_they_stand(layout):
    first, rest = BODY[:BODY.index("<p>Toàn")], BODY[BODY.index("<p>Toàn"):]
    text = cleaned(page(f"<h1>{HEADLINE}</h1>{first}{CAPTIONED[layout]}{rest}")).text
    assert text.count(CAPTION) == 1 and text.index("200 đại biểu") < text.index(CAPTION) < text.index("839 mô hình")


FEET = [
    "Địa chỉ: Số 12 đường Lê Hồng Phong, phường Trần Phú, thành phố Hà Tĩnh. Điện thoại: 0239.3855.412",
    "Trụ sở: 27 Đại lộ Lê Lợi, phường Điện Biên, thành phố Thanh Hóa - ĐT: 0237.3852.146 - Email: bdv@thanhhoa.vn",
    "Giấy phép số 45/GP-TTĐT ngày 15/3/2019 của Sở Thông tin và Truyền thông tỉnh Thanh Hóa",
    "Chịu trách nhiệm chính: Trưởng Ban Dân vận Tỉnh ủy",
    "Cổng thông tin điện tử huyện Cẩm Xuyên",
    "Bản quyền thuộc về Ủy ban nhân dân huyện Đô Lương",
]


def test_page_feet_are_furniture_and_a_printed_address_is_the_url():
    feet = "".join(f"<p>{line}</p>" for line in FEET)
    article = cleaned(page(f'<h3>{HEADLINE}</h3>{BODY}<div class="print-url">Địa chỉ bài viết: '
                           f'https://huyen.example.vn/tin/a-123.html</div><div class="print-foot">{feet}</div>',
                           title="In bài viết"))
    assert not any(line[:30] in article.text for line in FEET)
    assert article.url == "https://huyen.example.vn/tin/a-123.html" and "Địa chỉ bài viết" not in article.text


def test_a_line_opened_by_a_copyright_mark_that_counts_something_is_the_article():
    """A rights notice states no quantity; a stray mark before a sentence of counts leaves the sentence in place."""
    from pipeline.clean import _is_furniture as furniture_line

    assert furniture_line("Copyright © 2024 Báo Quảng Ninh. All rights reserved.")
    assert furniture_line("© Bản quyền thuộc Cổng thông tin điện tử tỉnh Lào Cai")
    assert not furniture_line("© Toàn huyện có 839 mô hình “Dân vận khéo”.")
    assert not furniture_line("©Năm 2024, quận trao Giấy khen cho 25 tập thể và 40 cá nhân.")
