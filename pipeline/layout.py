"""Page layouts trafilatura misreads: layout tables of old portals, related-article blocks, the lede ("sapo") and
photo captions.

Many district and commune portals (DotNetNuke and similar) still lay the whole page out with one big `<table>`:
banner, left menu, visitor counter, article and footer are cells of it. trafilatura takes such a table for data
and returns the whole page as one table row, furniture and article glued together with "|". A table whose cells
hold blocks (paragraphs, headings, lists, other tables) or long text is a layout table; its rows and cells become
`<div>`s so the main-text extraction can tell the article from the menu. Data tables (cells of short text, such as
a list of communes with their model counts) are left alone.

Newspapers print the lede in a block of its own (`<div class="sapo">`, or a block in bold under the headline) and
captions in `<figcaption>`; trafilatura drops both, though the lede dates the event and a caption may be the only
place an official is named. Captions are turned into paragraphs where they stand, so they keep their place in the
text as in a crawled text; the lede is put back after the headline.

Related-article blocks ("Tin liên quan", "Đọc thêm", "Các tin khác", "Cùng chuyên mục", "Tin đọc nhiều") hold
other articles' headlines, with numbers, officials, units and dates that must never become facts of this one; they
are removed from the tree wherever they stand, an inline box inside the body included.

`read_page` parses the page once and returns the page for trafilatura with these changes, the lede and captions
put aside, and what the page states of its headline, date and address (`pipeline.pagemeta`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree, html

from pipeline import furniture
from pipeline.htmltree import elements_after
from pipeline.pagemeta import PageMeta, find_headline, read_meta

BLOCK_TAGS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "article", "section",
                        "form", "nav", "header", "footer", "aside", "blockquote", "iframe"})
# Longest cell text seen in the data tables of government pages (commune lists, award lists) is about 200
# characters; an article paragraph put straight into a cell is far longer.
LONG_CELL_CHARS = 400
TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption")


def _is_layout_table(table) -> bool:
    for cell in table.iter("td", "th"):
        if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in cell.iterdescendants()):
            return True
        if len(cell.text_content()) > LONG_CELL_CHARS:
            return True
    return False


def _unwrap_layout_tables(root) -> bool:
    """Turn every layout table of the tree into `<div>`s; True when the tree changed."""
    layout = [table for table in root.iter("table") if _is_layout_table(table)]
    for table in layout:
        for part in _own_parts(table):
            part.tag = "div"
        table.tag = "div"
    return bool(layout)


def _own_parts(table) -> list:
    """Rows, cells and sections of `table` itself, not of tables nested in its cells."""
    parts = []
    stack = list(table)
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag == "table":
            continue
        if element.tag in TABLE_PARTS:
            parts.append(element)
        stack.extend(element)
    return parts


# Class names of the lede block ("sapo") that Vietnamese news sites print between headline and body; trafilatura
# often takes it for page furniture (a <div class="article__sapo">), and it holds the event's date and place.
# "des"/"tomtat"/"mota" are the Party and government portals' names for it (dcs.vn style `div.des`).
_SAPO_CLASS = re.compile(r"(?:sapo|chapeau|tomtat|tom-tat|(?:^|[_-])(?:lead|lede|summary|excerpt|description|des|"
                         r"desc|mota|mo-ta)$)", re.IGNORECASE)
SAPO_MIN_CHARS, SAPO_MAX_CHARS = 40, 1200  # a lede is a sentence or two; shorter is a label, longer is a body
# How many elements after the headline a lede printed in bold is looked for (title, date line, share bar, lede).
SAPO_AFTER_HEADLINE_ELEMENTS = 25

_CAPTION_CLASS = re.compile(r"caption|chu-thich|chuthich|desc-image|image-desc|img-desc|photo-desc", re.IGNORECASE)
CAPTION_MAX_CHARS = 400
# A related-articles block is mostly link text: the share of its letters inside links ("Tin liên quan" lists of
# headlines, "Đọc thêm" boxes); a body paragraph that names "Tin liên quan" has few. Lists that print a summary
# under each headline have less link text but little text per link: a sentence or two (the article's own
# container, should a box head it, has thousands of letters per link).
TEASER_LINK_SHARE = 0.4
TEASER_TEXT_PER_LINK = 300


def _letters(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _heading(element) -> str:
    """The first text an element prints (its block title: "Tin liên quan", "Đọc thêm:")."""
    for piece in element.itertext():
        if piece.strip():
            return " ".join(piece.split()).strip(" :")
    return ""


def _drop_teaser_blocks(root) -> bool:
    """Remove related-article blocks wherever they stand: an element headed by a teaser marker of
    `furniture.TEASER_MARKERS` ("Tin liên quan", "Đọc thêm", "Các tin khác", "Cùng chuyên mục", "Tin đọc nhiều")
    whose text is mostly links, or headlines with a summary each. The text rule of `pipeline.clean` cuts everything after such a marker, which
    loses the rest of the article when the box stands inside the body (inline "Đọc thêm" boxes) and keeps the
    teasers when the extraction lost the marker line; removing the block itself does neither."""
    body = root.find("body")
    if body is None:
        return False
    blocks = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "script", "style"):
            continue
        heading = _heading(element)
        if not heading or len(heading) > 40 or not any(p.fullmatch(heading) for p in furniture.TEASER_MARKERS):
            continue
        links = list(element.iter("a"))
        total = _letters(element.text_content())
        linked = sum(_letters(a.text_content()) for a in links)
        if total and (linked / total >= TEASER_LINK_SHARE
                      or (len(links) >= 2 and (total - linked) / len(links) <= TEASER_TEXT_PER_LINK)):
            blocks.append(element)
    outermost = [b for b in blocks if not any(a in blocks for a in b.iterancestors())]
    for block in outermost:
        block.drop_tree()
    return bool(outermost)


def _sapo(root, headline=None) -> str | None:
    """Text of the page's lede block, or None (no such block, or not of a lede's length): a block of a lede
    class, else the first block after the headline printed wholly in bold (how Vietnamese CMSs set the sapo)."""
    body = root.find("body")
    for element in (body.iter() if body is not None else ()):
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "style", "a", "img"):
            continue
        if any(_SAPO_CLASS.search(token) for token in (element.get("class") or "").split()):
            text = " ".join(element.text_content().split())
            if SAPO_MIN_CHARS <= len(text) <= SAPO_MAX_CHARS:
                return text
    return _bold_lede(root, headline) if headline is not None else None


def _bold_lede(root, headline) -> str | None:
    for element in elements_after(root, headline, SAPO_AFTER_HEADLINE_ELEMENTS):
        if element.tag not in ("p", "div", "h2", "h3"):
            continue
        text = " ".join(element.text_content().split())
        if len(text) > SAPO_MAX_CHARS:
            return None  # the body has begun
        bold = " ".join(" ".join(b.text_content() for b in element.iter("b", "strong")).split())
        if SAPO_MIN_CHARS <= len(text) and bold == text:
            return text
    return None


def _captions(root) -> list[str]:
    """Photo captions (<figcaption>, caption classes) inside the article: officials named only in a caption
    count (ANNOTATION.md). Captions inside related-article lists, menus, headers and footers are skipped.
    Each caption is also turned into a plain paragraph where it stands (<figure> into a block), so that the
    extraction keeps it in reading order, beside the paragraph it illustrates, as the text of a crawl shows it;
    the list returned is what is put back at the end should the extraction still drop one."""
    captions = []
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        classes = element.get("class") or ""
        if element.tag != "figcaption" and not any(_CAPTION_CLASS.search(t) for t in classes.split()):
            continue
        if any(a.tag in ("aside", "nav", "footer", "header") for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if 10 <= len(text) <= CAPTION_MAX_CHARS:
            if text not in captions:
                captions.append(text)
            element.tag = "p"
            element.attrib.pop("class", None)
            for figure in element.iterancestors("figure"):
                figure.tag = "div"
    return captions


@dataclass(frozen=True)
class Page:
    html: str                # the page for trafilatura (teaser blocks removed, layout tables unwrapped)
    sapo: str | None         # the lede block, which trafilatura may drop
    captions: list[str]      # photo captions, which trafilatura may drop
    meta: PageMeta = PageMeta()  # headline, date and address the page states (`pipeline.pagemeta`)


def read_page(page: str) -> Page:
    """Parse a page once and return what the cleaner needs beyond trafilatura's own reading."""
    try:
        root = html.document_fromstring(page.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return Page(page, None, [])
    changed = _drop_teaser_blocks(root)
    meta = read_meta(root)
    headline, _ = find_headline(root, [meta.title] if meta.title else [])
    sapo = _sapo(root, headline)
    captions = _captions(root)
    changed = bool(captions) or changed
    changed = ("<table" in page.lower() and _unwrap_layout_tables(root)) or changed
    return Page(html.tostring(root, encoding="unicode") if changed else page, sapo, captions, meta)
