"""Helpers shared by the review-page tests: a parser that reads marks back, and a store with hard cases."""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser

from pipeline.store import ArticleFacts, Store
from schemas import Article, Event, ModelCount, Official, Outcome, Unit

# Spans that cross (not nest), nest three deep, touch, are empty, and text that must be escaped.
HOSTILE_TEXT = ("Huyện <b>Hương Sơn</b> & \"Dân vận khéo\": xây dựng 839 mô hình, điển hình\n"
                "<script>alert('x')</script> trong đó 257 mô hình kinh tế.")


def _span(text: str, needle: str, extra: int = 0) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle) + extra


def hostile_store(path) -> tuple[str, dict[str, tuple[int, int]]]:
    """A store with one article whose facts overlap in every way; returns its id and fact_id -> span."""
    text = HOSTILE_TEXT
    article_id = "hostile0000000000000"
    common = {"article_id": article_id, "evidence": text.splitlines()[0], "extractor": "test@1"}
    s_unit = _span(text, "Hương Sơn</b>")
    s_event = (0, _span(text, "khéo")[1])  # covers the unit: nested
    s_count = _span(text, "839 mô hình, điển hình")
    s_cross = (s_count[0] + 4, _span(text, "<script>")[1])  # starts inside the count, ends after it: crossing
    s_inner = _span(text, "mô hình, điển")  # inside both the count and the crossing span
    s_empty = (s_count[1], s_count[1])  # zero-length, right where the count ends
    s_touch = _span(text, "257 mô hình")
    facts = [
        Unit(level="huyen", name="Hương Sơn", label="huyện Hương Sơn", char_start=s_unit[0], char_end=s_unit[1],
             **common),
        Event(kind="so_ket", movement="Dân vận khéo", char_start=s_event[0], char_end=s_event[1], **common),
        ModelCount(count=839, kind="mo_hinh_dien_hinh", action="xay_dung", char_start=s_count[0],
                   char_end=s_count[1], **common),
        Official(name="<i>Nguyễn Văn A</i>", char_start=s_cross[0], char_end=s_cross[1], **common),
        Outcome(value=1.0, unit="ho", what="inner", char_start=s_inner[0], char_end=s_inner[1], **common),
        Outcome(value=2.0, unit="nha", what="empty", char_start=s_empty[0], char_end=s_empty[1], **common),
        ModelCount(count=257, kind="mo_hinh", field="kinh_te", char_start=s_touch[0], char_end=s_touch[1], **common),
    ]
    facts = [f.with_id() for f in facts]
    article = Article(article_id=article_id, source="/crawl/hostile <page>.html", title="<Tiêu đề> & co",
                      text=text, content_sha256="0" * 64, pipeline_version="test", ingested_at=datetime(2025, 1, 1))
    by_table: dict[str, list] = {}
    for fact in facts:
        by_table.setdefault(fact.table, []).append(fact)
    with Store(path) as store:
        store.write([ArticleFacts(article, by_table)])
    return article_id, {f.fact_id: (f.char_start, f.char_end) for f in facts}


class MarkReader(HTMLParser):
    """Reads a review page back: the article text (labels left out) and the text under each fact's marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.in_article = 0
        self.text: list[str] = []
        self.fact_text: dict[str, list[str]] = {}
        self.marks: dict[str, list[dict]] = {}
        self.rows: set[str] = set()
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "tr" and a.get("id", "").startswith("row-"):
            self.rows.add(a["id"][4:])
        if self.in_article or a.get("class") == "article":
            self.in_article += 1
            self.stack.append((tag, a))
            if tag == "mark":
                self.marks.setdefault(a["data-fact"], []).append(a)
                self.fact_text.setdefault(a["data-fact"], [])

    def handle_endtag(self, tag):
        if self.in_article:
            self.in_article -= 1
            open_tag, _ = self.stack.pop()
            assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data):
        if not self.in_article or any(a.get("class") == "lbl" for _, a in self.stack):
            return
        self.text.append(data)
        for tag, a in self.stack:
            if tag == "mark":
                self.fact_text[a["data-fact"]].append(data)


def read_marks(page: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(page)
    reader.close()
    return reader
