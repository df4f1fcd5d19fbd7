"""Portal pages made at test time: each article of a text suite wrapped in the page layouts of Vietnamese sites.

An article must give the same facts whether it arrives as plain text with a sidecar or as a page of the portal
that published it. The templates here are written for the project, modelled on the layouts common among
Vietnamese provincial newspapers and local-government portals:

  - `newspaper`: a provincial newspaper (h1 headline, the lede in bold in `div.sapo`, photos in
    figure/figcaption, an author line, an inline "Đọc thêm" box inside the body, "Tin liên quan" and "Cùng
    chuyên mục" teaser blocks (related items with a summary sentence each), a "Tin đọc nhiều" sidebar, share bar, breadcrumb, a header date widget, a footer
    with the outlet's address and phone); date and address in `article:published_time` and `og:url`;
  - `district`: a district or commune portal laid out with tables (DotNetNuke style: banner row, left menu with
    "Dân vận khéo" links, visitor counter, article cell, "Tin mới"/"Tin đọc nhiều" side lists, "Các tin khác"
    with dates); the date only in visible text ("Thứ Hai, 14/7/2025 08:30"), the address only in
    `<link rel="canonical">` (a month or year only known in an itemprop meta tag);
  - `party`: a Party committee portal (dcs.vn / ubkt style): the article in `div.content`, photos as tables
    with the caption in a cell, related news as a `ul` of links with dates, the date in `meta name="pubdate"` and the address in `og:url`;
  - `amp`: an AMP version: `amp-img` photos, `amp-social-share`, JSON-LD `NewsArticle` carrying
    `datePublished`, the canonical address pointing at the regular page, a related list after the body;
  - `print`: a print version (PrintItem.aspx style): no navigation, the date and the address printed in the
    page ("Ngày đăng", "Địa chỉ bài viết"), the outlet's address at the foot.

Every teaser, menu, widget and footer is a decoy: headlines with numbers, movement words, officials' names,
units and dates that no fact of the article may come from (`DECOYS`, `SUMMARIES`, `FURNITURE_MARKERS`).

Nothing third-party is written into the repository: `write_pages` reads `NAME.txt` and `NAME.meta.json` of a
suite in place and writes `NAME.html` into a temporary folder. The article's parts are read from the text the
way a reader sees them: a first line without a full stop is the headline (split from a date-led lede glued to
it), the next paragraph of lede length the lede, lines ending in a photo credit ("Ảnh: ...") or set in a
crawled table cell are captions, a short closing line is the byline. Published dates keep their precision: a
month-only "2023-12" is written as such, never as a made-up day, and an article without a date gets none
(only the header widget's other date).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

TEMPLATES = ("newspaper", "district", "party", "amp", "print")

# Teaser headlines of other articles: numbers, movement words, officials with titles, units, dates. None may
# yield a fact of the article it surrounds.
DECOYS = (
    "Huyện Yên Thành biểu dương 127 mô hình “Dân vận khéo” giai đoạn 2020 - 2025",
    "Đồng chí Nguyễn Văn Quýnh, Phó Bí thư Tỉnh ủy dự hội nghị tổng kết phong trào thi đua tại xã Diễn Châu",
    "Sáng 21/9, Ban Dân vận Huyện ủy Krông Búk sơ kết 3 năm thực hiện Kết luận 114, khen thưởng 16 tập thể",
    "Thị xã Hoàng Mai vận động 3,7 tỷ đồng xây dựng 48 nhà đại đoàn kết cho hộ nghèo",
    "Chủ tịch UBND tỉnh Trà Vinh tặng Bằng khen cho 23 tập thể, 31 cá nhân điển hình tiên tiến",
    "Phường Tân Lập có 65 mô hình dân vận khéo được công nhận năm 2024",
    "Ngày 14/6, Hội nghị biểu dương 250 điển hình “Dân vận khéo” cấp tỉnh với sự tham dự của 400 đại biểu",
    "Huyện Mường Tè phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025",
    "Ông Lê Minh Tuấn - Bí thư Đảng ủy xã Phú Lộc trao Giấy khen cho 12 hộ gia đình tiêu biểu",
    "Quận Hải Châu hiến 1.250 m2 đất làm đường giao thông, trao 520 suất quà Tết",
    "Thành phố Bảo Lộc tuyên dương 45 tập thể, 60 cá nhân trong phong trào “Vì người nghèo”",
    "Bà Trần Thị Hoa, Trưởng ban Dân vận Thị ủy Sơn Tây: Lan tỏa 18 mô hình ở khu dân cư",
    "Đảng ủy xã Tam Nông tổng kết 10 năm Chỉ thị 05, biểu dương 9 tập thể và 14 cá nhân",
    "Huyện Châu Thành xây dựng 1.120 mô hình dân vận khéo trên lĩnh vực kinh tế",
    "Hội thi “Dân vận khéo” cụm thi đua số 4 thu hút 300 thí sinh của 7 huyện",
    "Đồng chí Hà Văn Thạch, Chủ tịch UBND huyện Bá Thước thăm, tặng 80 suất quà cho hộ nghèo",
)
# Lines of site furniture every template prints, with units, numbers and dates of their own.
# Summaries printed under a related headline (less link text than a plain list of headlines).
SUMMARIES = (
    "Sáng 12/6, Ban Thường vụ Huyện ủy tổ chức hội nghị, tặng Giấy khen cho 21 tập thể và 34 cá nhân tiêu biểu.",
    "Toàn huyện đã xây dựng 865 mô hình, trong đó 312 mô hình trên lĩnh vực kinh tế, huy động 12,5 tỷ đồng.",
    "Dự hội nghị có đồng chí Phạm Văn Hòa, Phó Chủ tịch UBND tỉnh và 180 đại biểu của các xã, thị trấn.",
)
FOOTER = ("Địa chỉ: Số 12 đường Lê Hồng Phong, phường Trần Phú, thành phố Hà Tĩnh, tỉnh Hà Tĩnh. "
          "Điện thoại: 0239.3855.412 - Fax: 0239.3856.110")
LICENCE = "Giấy phép số 128/GP-BTTTT ngày 05/4/2021 của Bộ Thông tin và Truyền thông"
MENU = ("Dân vận khéo", "Mô hình Dân vận khéo huyện Cẩm Xuyên", "Gương điển hình tiên tiến", "Thi đua yêu nước",
        "Văn bản chỉ đạo", "Lịch công tác tuần")
FURNITURE_MARKERS = (FOOTER[:40], LICENCE[:40], "Mô hình Dân vận khéo huyện Cẩm Xuyên", "Lượt truy cập")

_CAPTION = re.compile(r"(?:\(?\s*Ảnh\s*:\s*[^.()]{1,40}\.?\s*\)?\.?)$")
_TABLE_CELL = re.compile(r"^\|\s*(.+?)\s*\|$")
_IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?$")
_RUN_ON = re.compile(r"\s(?=(?:Sáng|Chiều|Tối|Trưa|Ngày)\s+(?:ngày\s+)?\(?\d{1,2}\s*[/-]\s*\d{1,2}\b)")
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Article:
    """One article's parts as a portal prints them."""

    name: str
    headline: str | None
    lede: str | None
    blocks: tuple[tuple[str, str], ...]  # ("p" | "caption", text) in reading order
    byline: str | None
    url: str | None
    published: str | None  # as the sidecar gives it: "2025-10-13", "2023-12", "2025" or None
    outlet: str | None


def _looks_like_headline(line: str) -> bool:
    return len(line) <= 250 and not line.endswith((".", ";", ",", ":"))


def read_article(text_path: Path) -> Article:
    """The parts of a text article and its sidecar (see the module docstring for how they are told apart)."""
    meta_path = text_path.with_name(text_path.name[: -len(".txt")] + ".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    lines = [line.strip() for line in text_path.read_text(encoding="utf-8").split("\n")]
    lines = [line for line in lines if line and not _IMAGE_LINE.match(line)]
    headline = None
    if len(lines) > 1 and _looks_like_headline(lines[0]):
        headline = lines.pop(0)
    elif lines and (match := _RUN_ON.search(lines[0])) and match.start() >= 30 \
            and ". " not in lines[0][: match.start()]:
        headline, lines[0] = lines[0][: match.start()].strip(), lines[0][match.end():].strip()
    lede = None
    if lines and 40 <= len(lines[0]) <= 600 and lines[0].endswith((".", "!", "?", "”", '"')) and len(lines) > 2:
        lede = lines.pop(0)
    byline = None
    if len(lines) > 2 and len(lines[-1].split()) <= 5 and not lines[-1].endswith((".", ":", ";")):
        byline = lines.pop()
    blocks = []
    for line in lines:
        cell = _TABLE_CELL.match(line)
        if cell:
            blocks.append(("caption", cell.group(1)))
        elif len(line) <= 300 and _CAPTION.search(line):
            blocks.append(("caption", line))
        else:
            blocks.append(("p", line))
    return Article(text_path.name[: -len(".txt")], headline, lede, tuple(blocks), byline, meta.get("url"),
                   meta.get("published"), meta.get("outlet"))


def _seed(article: Article) -> int:
    return int(hashlib.sha256(article.name.encode()).hexdigest()[:8], 16)


def decoys_for(article: Article, count: int, offset: int = 0) -> list[str]:
    """`count` teaser headlines for this article, the same on every run."""
    start = _seed(article) + offset * 5
    return [DECOYS[(start + i) % len(DECOYS)] for i in range(count)]


def _published_date(article: Article) -> tuple[date | None, str | None]:
    value = article.published
    if not value:
        return None, None
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 3:
        return date(*parts), "day"
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), "month"
    return date(parts[0], 1, 1), "year"


def widget_date(article: Article) -> date:
    """The header widget's "today": another day than the article's, in the same year when the article's date is
    coarser than a day (the hardest case: a reference date of that year would accept it)."""
    published, precision = _published_date(article)
    if published is None:
        return date(2025, 7, 14)
    if precision == "day":
        return published + timedelta(days=3)
    return date(published.year, 7 if published.month != 7 else 8, 14)


def _weekday_date(day: date, time: str | None = None) -> str:
    text = f"{_WEEKDAYS[day.weekday()]}, {day.day}/{day.month}/{day.year}"
    return f"{text} {time}" if time else text


def visible_published(article: Article) -> str | None:
    """The article's date as the page prints it; only a date known to the day is printed."""
    published, precision = _published_date(article)
    return _weekday_date(published, "08:30") if precision == "day" else None


def coarse_published(article: Article) -> str:
    """A month or year only known (no page prints one) is given in an itemprop meta tag, at that precision."""
    published, precision = _published_date(article)
    if precision in ("month", "year"):
        return f'<meta itemprop="datePublished" content="{_e(str(article.published))}">'
    return ""


def meta_published(article: Article) -> str | None:
    published, precision = _published_date(article)
    if precision == "day":
        return f"{published.isoformat()}T08:30:00+07:00"
    return str(article.published) if article.published else None


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower())[:40].strip("-") or "tin"


def _teaser_list(headlines: list[str], day: date, with_dates: bool = True) -> str:
    items = []
    for i, headline in enumerate(headlines):
        when = f' <span class="time">({(day - timedelta(days=2 + i)).strftime("%d/%m/%Y")})</span>' if with_dates \
            else ""
        items.append(f'<li><a href="/tin-tuc/{_slug(headline)}-{100 + i}.html">{_e(headline)}</a>{when}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _summarised(headlines: list[str], day: date) -> str:
    """Related articles as headline, date and a summary sentence each."""
    items = [f'<div class="item"><a href="/tin-tuc/{_slug(h)}-{200 + i}.html">{_e(h)}</a>'
             f'<span class="time">{(day - timedelta(days=4 + i)).strftime("%d/%m/%Y")}</span>'
             f'<p class="summary">{_e(SUMMARIES[i % len(SUMMARIES)])}</p></div>' for i, h in enumerate(headlines)]
    return "".join(items)


def _body_blocks(article: Article, image: str, caption_tag: str, inline_box: str = "") -> str:
    """The body paragraphs and photos, with `inline_box` (a teaser box) after the second paragraph."""
    out, paragraphs = [], 0
    for kind, text in article.blocks:
        if kind == "caption":
            tag = caption_tag.split()[0]
            if tag == "table":  # the caption is a cell of the photo's table
                out.append(image.format(n=len(out), caption=_e(text)))
                continue
            closing = "</figure>" if tag == "figcaption" else ""
            out.append(f"{image.format(n=len(out))}<{caption_tag}>{_e(text)}</{tag}>{closing}")
            continue
        out.append(f"<p>{_e(text)}</p>")
        paragraphs += 1
        if paragraphs == 2 and inline_box:
            out.append(inline_box)
    if paragraphs < 2 and inline_box:
        out.append(inline_box)
    return "\n".join(out)


def _head(article: Article, site: str, extra: str) -> str:
    title = f"{article.headline} | {site}" if article.headline else site
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{_e(title)}</title>\n'
            f'{extra}\n</head>\n')


def newspaper(article: Article) -> str:
    site = "Báo Hà Tĩnh điện tử"
    widget = widget_date(article)
    extra = [f'<meta property="og:site_name" content="{site}">', '<meta property="og:type" content="article">']
    if article.headline:
        extra.append(f'<meta property="og:title" content="{_e(article.headline)}">')
    if article.url:
        extra.append(f'<meta property="og:url" content="{_e(article.url)}">')
    if (published := meta_published(article)):
        extra.append(f'<meta property="article:published_time" content="{published}">')
    decoys = decoys_for(article, 7)
    inline = ('<div class="box-related-inline"><p class="box-title">Đọc thêm</p>'
              + _teaser_list(decoys[:2], widget, with_dates=False) + "</div>")
    image = '<figure class="image align-center"><img src="/uploads/anh-{n}.jpg" alt="anh-{n}.jpg">'
    shown = visible_published(article) or ""
    parts = [
        _head(article, site, "\n".join(extra)),
        '<body class="detail">',
        f'<div class="top-bar"><span class="today">{_weekday_date(widget)}</span> '
        '<a href="/rss">RSS</a> <a href="/dang-nhap">Đăng nhập</a></div>',
        '<header><a class="logo" href="/"><img src="/logo.svg" alt="Báo Hà Tĩnh"></a><nav>'
        '<a href="/thoi-su">Thời sự</a> <a href="/chinh-tri">Chính trị</a> <a href="/kinh-te">Kinh tế</a> '
        '<a href="/xa-hoi">Xã hội</a> <a href="/dan-van-kheo">Dân vận khéo</a></nav></header>',
        '<main><div class="article-wrap">',
        '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chinh-tri">Chính trị</a> » '
        '<a href="/chinh-tri/xay-dung-dang">Xây dựng Đảng</a></div>',
        f'<h1 class="article-title">{_e(article.headline)}</h1>' if article.headline else "",
        f'<div class="article-meta"><span class="date">{_e(shown)}</span> <span class="views">Lượt xem: 1.342'
        '</span></div>',
        '<div class="share-bar"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> '
        '<a href="#">In bài</a> <a href="#">Gửi email</a></div>',
        f'<div class="sapo"><strong>{_e(article.lede)}</strong></div>' if article.lede else "",
        '<div class="article-body" itemprop="articleBody">',
        _body_blocks(article, image, "figcaption", inline),
        f'<p class="author"><strong>{_e(article.byline)}</strong></p>' if article.byline else "",
        "</div>",
        '<div class="tags">Từ khóa: <a href="/tag/dan-van-kheo">Dân vận khéo</a> <a href="/tag/thi-dua">thi đua'
        '</a></div>',
        '<section class="related-news"><h3>Tin liên quan</h3>' + _summarised(decoys[2:5], widget) + "</section>",
        '<section class="same-category"><h3>Cùng chuyên mục</h3>' + _teaser_list(decoys[5:7], widget) + "</section>",
        "</div>",
        '<aside class="sidebar"><h3>Tin đọc nhiều</h3>' + _teaser_list(decoys_for(article, 3, 1), widget)
        + "</aside>",
        "</main>",
        f'<footer><p>BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH</p><p>{FOOTER}</p>'
        f"<p>{LICENCE}</p></footer>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def district(article: Article) -> str:
    site = "Cổng thông tin điện tử huyện Cẩm Xuyên"
    widget = widget_date(article)
    extra = (f'<link rel="canonical" href="{_e(article.url)}">' if article.url else "") + coarse_published(article)
    decoys = decoys_for(article, 8, 2)
    menu = "".join(f'<tr><td class="menu-item"><a href="/{_slug(m)}">{_e(m)}</a></td></tr>' for m in MENU)
    shown = visible_published(article)
    image = '<div class="image-center"><img src="/Portals/0/anh-{n}.jpg"></div>'
    article_cell = "\n".join(p for p in (
        f'<div class="news-title"><h2>{_e(article.headline)}</h2></div>' if article.headline else "",
        f'<div class="news-date">{_e(shown)}</div>' if shown else "",
        f'<p><strong>{_e(article.lede)}</strong></p>' if article.lede else "",
        _body_blocks(article, image, 'p class="image-desc"'),
        f'<p style="text-align:right"><strong>{_e(article.byline)}</strong></p>' if article.byline else "",
        '<div class="other-news"><div class="other-title">Các tin khác</div>'
        + _teaser_list(decoys[:4], widget) + "</div>",
    ) if p)
    return "\n".join((
        _head(article, site, extra),
        '<body><form method="post" action="/Default.aspx">',
        '<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center">',
        f'<tr><td colspan="3" class="banner"><img src="/Portals/0/banner.jpg" alt="{site}">'
        f'<div class="date-widget">{_weekday_date(widget, "07:15")}</div></td></tr>',
        '<tr><td colspan="3" class="top-menu"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | '
        '<a href="/tin-tuc">Tin tức</a> | <a href="/lien-he">Liên hệ</a></td></tr>',
        '<tr><td width="200" valign="top" class="left">',
        f'<table class="menu"><tr><td class="menu-head">Chuyên mục</td></tr>{menu}</table>',
        '<table class="counter"><tr><td>Thống kê truy cập</td></tr><tr><td>Đang truy cập: 27</td></tr>'
        '<tr><td>Hôm nay: 1.204</td></tr><tr><td>Tổng truy cập: 2.315.440</td></tr></table>',
        '</td><td width="580" valign="top" class="content">',
        article_cell,
        '</td><td width="220" valign="top" class="right">',
        '<table class="box"><tr><td class="box-title">Tin mới</td></tr><tr><td>'
        + _teaser_list(decoys[4:6], widget) + "</td></tr></table>",
        '<table class="box"><tr><td class="box-title">Tin đọc nhiều</td></tr><tr><td>'
        + _teaser_list(decoys[6:8], widget, with_dates=False) + "</td></tr></table>",
        "</td></tr>",
        f'<tr><td colspan="3" class="footer"><p>{site.upper()}</p><p>{FOOTER}</p>'
        "<p>Lượt truy cập: 2.315.440</p></td></tr>",
        "</table></form></body></html>",
    ))


def party(article: Article) -> str:
    site = "Đảng Cộng sản Việt Nam - Đảng bộ tỉnh"
    widget = widget_date(article)
    extra = []
    if article.url:
        extra.append(f'<meta property="og:url" content="{_e(article.url)}">')
    if article.published:
        extra.append(f'<meta name="pubdate" content="{_e(str(article.published))}">')
    decoys = decoys_for(article, 6, 3)
    image = ('<table class="image center" align="center"><tbody><tr><td><img src="/Uploads/img-{n}.jpg"></td></tr>'
             '<tr><td class="image_desc">{caption}</td></tr></tbody></table>')
    return "\n".join(p for p in (
        _head(article, site, "\n".join(extra)),
        "<body>",
        f'<div id="header"><div class="logo">ĐẢNG BỘ TỈNH</div><div class="ngay">{_weekday_date(widget)}</div>'
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li>'
        '<li><a href="/dan-van">Công tác dân vận</a></li><li><a href="/kiem-tra">Kiểm tra - Giám sát</a></li>'
        "</ul></div>",
        '<div id="main"><div class="col-left">',
        '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/dan-van">Công tác dân vận</a></div>',
        '<div class="detail">',
        f'<div class="title-detail">{_e(article.headline)}</div>' if article.headline else "",
        f'<div class="des"><b>{_e(article.lede)}</b></div>' if article.lede else "",
        '<div class="content">',
        _body_blocks(article, image, "table"),
        f'<p class="tacgia" style="text-align: right;"><b>{_e(article.byline)}</b></p>' if article.byline else "",
        "</div></div>",
        '<div class="tinlienquan"><div class="tit">Tin liên quan</div>' + _teaser_list(decoys[:4], widget)
        + "</div>",
        '</div><div class="col-right"><div class="tit">Tin mới nhất</div>'
        + _teaser_list(decoys[4:6], widget) + "</div></div>",
        f'<div id="footer"><p>{FOOTER}</p><p>{LICENCE}</p></div>',
        "</body></html>",
    ) if p)


def amp(article: Article) -> str:
    site = "Báo Nghệ An"
    widget = widget_date(article)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "Organization",
                                                                                  "name": site}}
    if article.headline:
        ld["headline"] = article.headline
    if article.published:
        ld["datePublished"] = meta_published(article)
    extra = ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
             f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>']
    if article.url:
        extra.insert(0, f'<link rel="canonical" href="{_e(article.url)}">')
    decoys = decoys_for(article, 4, 4)
    image = ('<figure><amp-img src="/uploads/anh-{n}.jpg" width="700" height="420" layout="responsive">'
             "</amp-img>")
    return "\n".join(p for p in (
        _head(article, site, "\n".join(extra)).replace("<html", "<html amp"),
        "<body>",
        f'<header class="amp-header"><a href="/">{site}</a><span class="date">{_weekday_date(widget)}</span>'
        "</header>",
        "<article>",
        f"<h1>{_e(article.headline)}</h1>" if article.headline else "",
        f'<p class="sapo"><strong>{_e(article.lede)}</strong></p>' if article.lede else "",
        _body_blocks(article, image, "figcaption"),
        f'<p class="author">{_e(article.byline)}</p>' if article.byline else "",
        '<div class="share"><amp-social-share type="facebook"></amp-social-share>'
        '<amp-social-share type="zalo"></amp-social-share></div>',
        "</article>",
        '<section class="related"><h2>Tin liên quan</h2>' + _teaser_list(decoys, widget) + "</section>",
        f"<footer><p>{FOOTER}</p></footer>",
        "</body></html>",
    ) if p)


def print_page(article: Article) -> str:
    site = "Cổng thông tin điện tử thành phố"
    shown = visible_published(article)
    image = '<div align="center"><img src="/Images/anh-{n}.jpg"></div>'
    return "\n".join(p for p in (
        _head(article, site, coarse_published(article)),
        '<body onload="window.print()">',
        f'<div class="print-head">{site.upper()}</div>',
        f'<div class="print-date">Ngày đăng: {_e(shown)}</div>' if shown else "",
        f'<h3 class="print-title">{_e(article.headline)}</h3>' if article.headline else "",
        f"<p><b>{_e(article.lede)}</b></p>" if article.lede else "",
        _body_blocks(article, image, 'p class="caption"'),
        f'<p align="right"><b>{_e(article.byline)}</b></p>' if article.byline else "",
        f'<div class="print-url">Địa chỉ bài viết: {_e(article.url)}</div>' if article.url else "",
        f'<div class="print-foot"><p>{FOOTER}</p></div>',
        "</body></html>",
    ) if p)


RENDER = {"newspaper": newspaper, "district": district, "party": party, "amp": amp, "print": print_page}


def write_pages(texts: list[Path], out_dir: Path, templates_for) -> dict[str, list[str]]:
    """Write `NAME.html` for each text in `texts` into `out_dir/TEMPLATE/`, one page per template that
    `templates_for(index)` names; returns the article names per template."""
    written: dict[str, list[str]] = {}
    for index, path in enumerate(sorted(texts)):
        article = read_article(path)
        for template in templates_for(index):
            folder = out_dir / template
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{article.name}.html").write_text(RENDER[template](article), encoding="utf-8")
            written.setdefault(template, []).append(article.name)
    return written
