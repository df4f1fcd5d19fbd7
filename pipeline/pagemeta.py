"""An article page's own metadata: headline, publication date and address, read from what the page states.

Why not trafilatura's metadata: its date comes from htmldate, which, finding no date in the markup, takes the
most plausible date printed anywhere in the page. On Vietnamese portals that is the header widget's "today"
("Thứ Hai, 14/7/2025"), a teaser's date in "Tin liên quan" or the licence date in the footer: an article stored
with such a date resolves "Sáng 13/10" to the wrong year. Its title is the `<title>` with only some site names cut
off ("Bài viết | Đảng Cộng sản Việt Nam" stayed glued). Here only what the page states about the article counts:

  - the date: a publication-date meta tag or JSON-LD `datePublished` (kept at the precision written: "2023-12"
    is a month), else a date printed on its own just under the headline (the article's date line, never the
    header widget above the headline; without a headline, the date line just above the body), else a date
    labelled as the publication date ("Ngày đăng: 12/10/2020");
  - the address: `og:url`, `<link rel="canonical">`, else one printed as the article's address ("Địa chỉ bài
    viết: https://...", print versions);
  - the headline: the `<h1>`, else `og:title`, else the `<title>` without the site's name, each taken only when
    the page prints it as the text of one of its elements (so a site name glued by " | " or " - " is dropped).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pipeline.htmltree import elements_after

# Meta tags that carry the publication date: (attribute, lower-cased value).
DATE_TAGS = (
    ("property", "article:published_time"), ("property", "og:published_time"), ("property", "article:published"),
    ("name", "article:published_time"), ("itemprop", "datepublished"), ("name", "pubdate"),
    ("name", "publishdate"), ("name", "publish-date"), ("name", "publish_date"), ("name", "dc.date.issued"),
    ("name", "dc.date"), ("name", "dcterms.created"), ("name", "date"), ("name", "created"),
)
URL_TAGS = (("property", "og:url"), ("name", "og:url"), ("name", "twitter:url"))
# A date written d/m/yyyy (or with "-" or "."), as Vietnamese pages print it.
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
# The article's date line is short ("Thứ Hai, 14/7/2025 08:30", "12/10/2020 | 16:37 | MINH NGUYỆT").
DATE_LINE_MAX_CHARS = 90
# How far after the headline the date line is looked for (elements in document order; title, share bar, date,
# sapo, a photo), and before the body when no headline is found; a paragraph this long has begun the body.
AFTER_HEADLINE_ELEMENTS = 40
BEFORE_BODY_ELEMENTS = 6
BODY_PARAGRAPH_CHARS = 200
FIRST_PARAGRAPH_CHARS = 40  # the shortest lede (as `pipeline.layout.SAPO_MIN_CHARS`)
_LABELS = r"ngày đăng|ngày xuất bản|đăng ngày|xuất bản|ngày cập nhật|cập nhật|đăng lúc|thời gian đăng"
_LABELLED_DATE = re.compile(r"^\W*(?:" + _LABELS + r")\s*:?\s*(?:[\w ]{1,12},\s*)?" + _DMY.pattern, re.IGNORECASE)
# What a date line holds besides its date: weekday, time, time zone, label, separators; an author's name or a
# view counter may remain, at most DATE_LINE_OTHER_CHARS letters ("Giấy phép số 12/GP ngày 5/4/2021 của Bộ ..."
# is no date line).
_DATE_LINE_PARTS = re.compile(r"(?i)" + _DMY.pattern + r"|\d{1,2}:\d{2}(?::\d{2})?|\(?GMT\s*[+-]\s*\d+\)?|"
                              r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|\b(?:t[2-7]|cn)\b|" + _LABELS + r"|ngày")
DATE_LINE_OTHER_CHARS = 30
_LABELLED_URL = re.compile(r"^\W*(?:địa chỉ bài viết|đường dẫn bài viết|link bài viết|đường dẫn|url)\s*:?\s*"
                           r"(https?://\S+)\s*$", re.IGNORECASE)
# Page regions that are never the article (the header's date widget, menus, side lists, the footer).
OUTSIDE = frozenset({"header", "nav", "aside", "footer", "script", "style", "noscript"})
_TITLE_SEPARATORS = re.compile(r"\s(?:\||-|–|—|::|»)(?=\s|$)")


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    published: str | None = None  # as written ("2025-10-13T08:30:00+07:00", "2023-12", "2020-10-12")
    url: str | None = None


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _meta(root, tags) -> str | None:
    for element in root.iter("meta"):
        for attribute, value in tags:
            if (element.get(attribute) or "").strip().lower() == value:
                content = (element.get("content") or element.get("datetime") or "").strip()
                if content:
                    return content
    return None


def _json_ld_dates(root) -> str | None:
    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                yield node["datePublished"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            found = next(walk(json.loads(script.text)), None)
        except (ValueError, RecursionError):
            continue
        if found and found.strip():
            return found.strip()
    return None


def _marked_date(root) -> str | None:
    """`<time itemprop="datePublished" datetime=...>`, `<span itemprop="datePublished" content=...>`, `<time
    pubdate datetime=...>` in the page body."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag == "meta":
            continue
        if (element.get("itemprop") or "").lower() == "datepublished" or (
                element.tag == "time" and element.get("pubdate") is not None):
            value = (element.get("datetime") or element.get("content") or _text(element)).strip()
            if value:
                return value
    return None


def _outside(element) -> bool:
    return any(isinstance(a.tag, str) and a.tag in OUTSIDE for a in element.iterancestors())


def _dmy(text: str) -> str | None:
    match = _DMY.search(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


def find_headline(root, candidates: list[str]):
    """The first element of the page (outside header, menus and footer) whose text is one of `candidates`."""
    wanted = {" ".join(c.split()) for c in candidates if c and len(c.strip()) >= 10}
    body = root.find("body")
    if not wanted or body is None:
        return None, None
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in OUTSIDE or _outside(element):
            continue
        text = _text(element)
        if text in wanted:
            return element, text
    return None, None


def _is_date_line(text: str) -> bool:
    """A short line that is a date ("Thứ Hai, 14/7/2025 08:30", "MINH NGUYỆT | 18/12/2024 16:05")."""
    if len(text) > DATE_LINE_MAX_CHARS or not _DMY.search(text):
        return False
    return sum(c.isalpha() for c in _DATE_LINE_PARTS.sub(" ", text)) <= DATE_LINE_OTHER_CHARS


def _in_teaser(element) -> bool:
    """Inside or holding a link or a list item: a teaser's date ("Tin liên quan" items), not the article's."""
    return element.tag in ("a", "li") or next(element.iter("a"), None) is not None \
        or any(a.tag in ("a", "li") for a in element.iterancestors())


def _date_after(root, headline) -> str | None:
    """A short line with a d/m/yyyy date printed right after the headline element."""
    for element in elements_after(root, headline, AFTER_HEADLINE_ELEMENTS, OUTSIDE):
        text = _text(element)
        if element.tag == "p" and len(text) > BODY_PARAGRAPH_CHARS:
            return None  # the body has begun: the date line stands above it
        if _is_date_line(text) and not _in_teaser(element) and not _outside(element):
            return _dmy(text)
    return None


def _date_before_body(root) -> str | None:
    """For a page whose headline is not found: a date line among the few elements just before the first
    paragraph of the article (lede or body) (the article's date line stands between headline and body; the header widget is far above)."""
    elements = [e for e in root.iter() if isinstance(e.tag, str) and e.tag not in OUTSIDE]
    first = next((i for i, e in enumerate(elements) if e.tag == "p" and len(_text(e)) >= FIRST_PARAGRAPH_CHARS
                  and not _is_date_line(_text(e))), None)
    if first is None:
        return None
    for element in reversed(elements[max(0, first - BEFORE_BODY_ELEMENTS):first]):
        text = _text(element)
        if _is_date_line(text) and not _in_teaser(element) and not _outside(element):
            return _dmy(text)
    return None


def _labelled_date(root) -> str | None:
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in OUTSIDE:
            continue
        text = _text(element)
        if _is_date_line(text) and _LABELLED_DATE.match(text) and not _outside(element):
            return _dmy(text)
    return None


def _title_candidates(root) -> list[str]:
    """Headline candidates in order of trust: h1, og:title, then the <title> cut at each site-name separator."""
    found = [_text(h1) for h1 in root.iter("h1")]
    og = _meta(root, (("property", "og:title"), ("name", "og:title")))
    if og:
        found.append(" ".join(og.split()))
    title = root.find(".//title")
    if title is not None and title.text:
        text = " ".join(title.text.split())
        found.append(text)
        # cut before and after each separator: a headline may itself end in one ("... (QNO) - | Site")
        for match in reversed(list(_TITLE_SEPARATORS.finditer(text))):
            found += [text[:match.end()].strip(), text[:match.start()].strip()]
    return found


def read_meta(root) -> PageMeta:
    """Headline, publication date and address the page states (see the module docstring)."""
    _, title = find_headline(root, _title_candidates(root))
    headline, _ = find_headline(root, [title] if title else [])
    published = _meta(root, DATE_TAGS) or _json_ld_dates(root) or _marked_date(root)
    if not published:
        published = _date_after(root, headline) if headline is not None else _date_before_body(root)
    if not published:
        published = _labelled_date(root)
    url = _meta(root, URL_TAGS)
    if not url:
        canonical = next((link.get("href") for link in root.iter("link")
                          if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
        url = canonical.strip() if canonical else None
    if not url:
        for element in root.iter():
            if isinstance(element.tag, str) and element.tag not in OUTSIDE:
                match = _LABELLED_URL.match(_text(element)) if len(element) == 0 or element.tag == "div" else None
                if match:
                    url = match.group(1)
                    break
    return PageMeta(title=title, published=published, url=url)
