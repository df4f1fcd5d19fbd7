"""Page layouts trafilatura misreads: layout tables of old portals, the lede ("sapo") and photo captions.

Many district and commune portals (DotNetNuke and similar) still lay the whole page out with one big `<table>`:
banner, left menu, visitor counter, article and footer are cells of it. trafilatura takes such a table for data
and returns the whole page as one table row, furniture and article glued together with "|". A table whose cells
hold blocks (paragraphs, headings, lists, other tables) or long text is a layout table; its rows and cells become
`<div>`s so the main-text extraction can tell the article from the menu. Data tables (cells of short text, such as
a list of communes with their model counts) are left alone.

Newspapers print the lede in a block of its own (`<div class="sapo">`) and captions in `<figcaption>`; trafilatura
drops both, though the lede dates the event and a caption may be the only place an official is named.
`read_page` parses the page once and returns the page for trafilatura with both put aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree, html

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
_SAPO_CLASS = re.compile(r"(?:sapo|chapeau|(?:^|[_-])(?:lead|lede|summary|excerpt|description)$)", re.IGNORECASE)
_SAPO_HINT = re.compile(r"class=[\"'][^\"']*(?:sapo|chapeau|lead|lede|summary|excerpt|description)", re.IGNORECASE)
SAPO_MIN_CHARS, SAPO_MAX_CHARS = 40, 1200  # a lede is a sentence or two; shorter is a label, longer is a body


_CAPTION_CLASS = re.compile(r"caption|chu-thich|chuthich|desc-image|image-desc", re.IGNORECASE)
CAPTION_MAX_CHARS = 400


def _sapo(root) -> str | None:
    """Text of the page's lede block, or None (no such block, or not of a lede's length)."""
    body = root.find("body")
    for element in (body.iter() if body is not None else ()):
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "style", "a", "img"):
            continue
        if any(_SAPO_CLASS.search(token) for token in (element.get("class") or "").split()):
            text = " ".join(element.text_content().split())
            if SAPO_MIN_CHARS <= len(text) <= SAPO_MAX_CHARS:
                return text
    return None


def _captions(root) -> list[str]:
    """Photo captions (<figcaption>, caption classes) inside the article: officials named only in a caption
    count (ANNOTATION.md). Captions inside related-article lists, menus, headers and footers are skipped."""
    captions = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        classes = element.get("class") or ""
        if element.tag != "figcaption" and not any(_CAPTION_CLASS.search(t) for t in classes.split()):
            continue
        if any(a.tag in ("aside", "nav", "footer", "header") for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if 10 <= len(text) <= CAPTION_MAX_CHARS and text not in captions:
            captions.append(text)
    return captions


@dataclass(frozen=True)
class Page:
    html: str                # the page for trafilatura (layout tables unwrapped)
    sapo: str | None         # the lede block, which trafilatura may drop
    captions: list[str]      # photo captions, which trafilatura drops


def read_page(page: str) -> Page:
    """Parse a page once and return what the cleaner needs beyond trafilatura's own reading."""
    lowered = page.lower()
    if "<table" not in lowered and not _SAPO_HINT.search(page) and "figcaption" not in lowered \
            and not _CAPTION_CLASS.search(page):
        return Page(page, None, [])
    try:
        root = html.document_fromstring(page.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return Page(page, None, [])
    sapo = _sapo(root) if _SAPO_HINT.search(page) else None
    captions = _captions(root)
    changed = "<table" in lowered and _unwrap_layout_tables(root)
    return Page(html.tostring(root, encoding="unicode") if changed else page, sapo, captions)
