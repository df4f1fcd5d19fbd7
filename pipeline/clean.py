"""Clean one raw document into article text plus metadata.

Stages, in order:
  1. HTML pages go through trafilatura (main text, site name), related-article blocks first removed, layout
     tables of old portals turned into blocks, captions made paragraphs where they stand, and the lede block it
     leaves out put back (`pipeline.layout`); headline, date and address are the ones the page states about the
     article (`pipeline.pagemeta`), never a header widget's or a teaser's date; text articles are used as is.
  2. Unicode is normalised to NFC, invisible characters and non-breaking spaces are removed, look-alike letters
     (Ð U+00D0 typed for Đ) replaced, lines are stripped.
  3. A dateline printed in the page header is read (then dropped): it dates "Sáng 15/10" when metadata does not.
  4. Site furniture lines are dropped and the related-articles block ("Đọc thêm" ...) is cut off
     (rules in `pipeline.furniture`).
  5. A closing byline and repeated lines (image captions that repeat the headline) are dropped.
  6. The headline is identified: metadata title, the HTML title, or a short first line without a full stop (split
     from the lede when the crawl glued them together); a title that is site furniture or a date line is none.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from pipeline import dates, furniture
from pipeline.ingest import RawDocument
from pipeline.layout import read_page

# trafilatura and htmldate log warnings ("discarding data: None") that Python prints to stderr when no handler
# is configured; the pipeline reports each input's outcome itself. A NullHandler keeps them out of the terminal
# and still lets an application that configures logging see them.
for _library in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Letters that look like Vietnamese ones and are typed for them: Icelandic and African D with stroke for "Đ"/"đ"
# ("huyện Cờ Ðỏ", ANNOTATION.md "look-alike letters"). Mapped here, one character for one, so that the stored text,
# every fact's evidence and name, and every offset use the official letter.
_LOOK_ALIKES = {ord("\u00d0"): "\u0110", ord("\u00f0"): "\u0111", ord("\u0189"): "\u0110", ord("\u0256"): "\u0111"}
_CHARACTER_MAP = _INVISIBLE | _LOOK_ALIKES
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u202f\u3000]+")
TITLE_MAX_CHARS = 250


@dataclass(frozen=True)
class CleanArticle:
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    published_precision: str | None
    published_text: str | None
    dateline: date | None
    warnings: tuple[str, ...] = ()  # what was stored but not understood (an unreadable date)


class CleaningError(ValueError):
    """The document has no usable article text."""


def normalize_unicode(text: str) -> str:
    """NFC, no invisible characters, no look-alike letters, single spaces, no trailing spaces, Unix newlines."""
    text = unicodedata.normalize("NFC", text).translate(_CHARACTER_MAP)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def parse_published(value) -> tuple[date | None, str | None]:
    """Metadata `published` in any common shape -> (date, precision); see `pipeline.dates`."""
    found = dates.parse_published(value)
    return found.value, found.precision


def _extract_html(raw: RawDocument) -> tuple[str, dict]:
    """Main text of an HTML page with trafilatura; headline, date and address as the page states them
    (`pipeline.pagemeta`: trafilatura's date guess takes the header widget's or a teaser's date), its title and
    site name where the page states none."""
    import trafilatura

    page = read_page(raw.content)
    document = trafilatura.bare_extraction(
        page.html, url=raw.meta.get("url"), with_metadata=True, include_comments=False,
        include_tables=True, deduplicate=False, date_extraction_params={"extensive_search": False},
    )
    if document is None:
        raise CleaningError("trafilatura found no article text in the page")
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = found.get("text") or ""
    flat = " ".join(text.split())
    if page.sapo and " ".join(page.sapo.split()[:12]) not in flat:
        text = f"{page.sapo}\n{text}"  # the lede trafilatura left out
    captions = [c for c in page.captions if c not in flat]
    if captions:
        text = text + "\n" + "\n".join(captions)  # photo captions it still dropped, after the body
    meta = {"title": page.meta.title or _unless_site_name(found.get("title"), found.get("sitename")),
            "published": page.meta.published,
            "url": page.meta.url or found.get("url"), "outlet": found.get("sitename") or found.get("hostname")}
    return text, meta


def _unless_site_name(title: str | None, site: str | None) -> str | None:
    """A title the page does not print as its headline, unless it is only the site's name (the <title> of a page
    without a headline of its own: `furniture.SITE_TITLES`)."""
    if not title:
        return None
    parts = [" ".join(part.split()) for part in title.split(" | ")]
    site_name = " ".join(site.split()).casefold() if site else None
    while parts and (parts[-1].casefold() == site_name or any(p.fullmatch(parts[-1]) for p in furniture.SITE_TITLES)):
        parts.pop()  # "Headline | Site name": the site's name cut off, and nothing left when it was all
    return " | ".join(parts) or None


def find_dateline(lines: list[str]) -> tuple[date | None, int | None]:
    """A date printed alone on one of the first lines of the page, and that line's index ("(23:14 | 27/11/2024)":
    brackets around the line are no part of it)."""
    for index, line in enumerate(lines[: furniture.DATELINE_SEARCH_LINES]):
        line = line.strip("()[] ")
        for pattern, order in [(p, "dmy") for p in furniture.DATELINES] + [(p, "ymd") for p in furniture.ISO_DATELINES]:
            match = pattern.match(line)
            if not match:
                continue
            a, b, c = (int(g) for g in match.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            try:
                return date(year, month, day), index
            except ValueError:
                continue
    return None, None


def _is_furniture(line: str) -> bool:
    return any(p.fullmatch(line) for p in furniture.DROP_LINES)


def _is_teaser_marker(line: str) -> bool:
    return any(p.fullmatch(line) for p in furniture.TEASER_MARKERS)


def _is_byline(line: str) -> bool:
    words = line.split()
    if not words or len(words) > furniture.BYLINE_MAX_WORDS or line.endswith((".", ":", ";")):
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    return bool(re.fullmatch(r"[\w.\s]{2,40}\s[–-]\s[\w\s.]{2,60}", line)) and line[0].isupper()


def strip_furniture(lines: list[str]) -> list[str]:
    """Drop furniture lines, cut the teaser block, drop repeated lines and a closing byline."""
    total = sum(len(line) for line in lines) or 1
    kept, seen_chars, seen = [], 0, set()
    for line in lines:
        seen_chars += len(line)
        if not line:
            kept.append(line)
            continue
        if _is_teaser_marker(line):
            if seen_chars / total >= furniture.TEASER_MIN_POSITION:
                break
            continue
        if _is_furniture(line):
            continue
        if line in seen and len(line) < TITLE_MAX_CHARS:
            continue
        seen.add(line)
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    if kept and _is_byline(kept[-1]):
        kept.pop()
    return kept


def split_run_on_headline(lines: list[str]) -> list[str]:
    """Put the headline on its own line when the crawl glued it to a date-led lede (rule in `furniture`)."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return lines
    match = furniture.RUN_ON_LEDE.search(lines[first])
    if not match or match.start() < furniture.RUN_ON_MIN_HEADLINE or ". " in lines[first][:match.start()]:
        return lines
    head, lede = lines[first][:match.start()].strip(), lines[first][match.end():].strip()
    return lines[:first] + [head, "", lede] + lines[first + 1:]


def _looks_like_headline(line: str, following: list[str]) -> bool:
    return (0 < len(line) <= TITLE_MAX_CHARS and not line.endswith((".", ";", ","))
            and any(len(x) > len(line) for x in following))


def _join(lines: list[str]) -> str:
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def clean(raw: RawDocument) -> CleanArticle:
    """Cleaned article text (headline first when there is one) and its metadata; see the module docstring."""
    meta = dict(raw.meta)
    if raw.kind == "html":
        body, found = _extract_html(raw)
        meta = {k: meta.get(k) or found.get(k) for k in ("title", "published", "url", "outlet")}
    else:
        body = raw.content
    lines = normalize_unicode(body).split("\n")
    dateline, dateline_index = find_dateline(lines)
    if dateline_index is not None:
        del lines[dateline_index]
    lines = strip_furniture(lines)
    nonblank = [line for line in lines if line]
    if not nonblank:
        raise CleaningError("no article text left after removing site furniture")

    title = normalize_unicode(meta["title"]).strip() if meta.get("title") else None
    title_date = find_dateline([title])[0] if title else None
    if title and (title_date or _is_furniture(title)):
        # a page's first line taken for its headline that is site furniture ("Banner ...") or the date line
        # ("Hải Phòng, ngày 20 tháng 01 năm 2020"): no headline, and the date line dates the article as in a text
        dateline = dateline or title_date
        title = None
    if not title:
        lines = split_run_on_headline(lines)
        nonblank = [line for line in lines if line]
    if title and nonblank[0] != title:
        lines = [title, ""] + lines
    elif not title and _looks_like_headline(nonblank[0], nonblank[1:4]):
        title = nonblank[0]
    text = _join(lines)
    if len(text) < 40:
        raise CleaningError(f"article text too short after cleaning ({len(text)} characters)")
    published = dates.parse_published(meta.get("published"))
    return CleanArticle(text=text, title=title, url=meta.get("url"), outlet=meta.get("outlet"),
                        published=published.value, published_precision=published.precision,
                        published_text=str(meta["published"]) if meta.get("published") else None,
                        dateline=dateline, warnings=(published.warning,) if published.warning else ())
