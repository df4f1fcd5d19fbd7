"""Review pages: an article's cleaned text with every fact highlighted where it was read, and a table of the facts.

A researcher checks a number by seeing it in its sentence. Each fact's span (`char_start`..`char_end` into
`articles.text`) becomes `<mark data-table="model_counts" data-fact="FACT_ID">`. Spans overlap (a unit inside a
model count inside an event), and may even cross, so the text is cut at every span boundary and each piece is
wrapped in one mark per fact covering it, outermost first. A fact thus owns one or more marks with the same
`data-fact`; its first mark carries the anchor `id="fact-FACT_ID"` and a label linking to its row in the table.
Every fact also gets a track (the smallest stacking level no overlapping fact uses), drawn as an underline at
its own depth, so two facts over the same words stay visible as two lines.

Pages are self-contained (inline CSS, no scripts, fonts or images) and every piece of text is HTML-escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from schemas import FACT_MODELS, insert_columns

FACT_TABLES = tuple(m.table for m in FACT_MODELS)
PROVENANCE = ("fact_id", "article_id", "evidence", "char_start", "char_end", "extractor")
# one colour per table: translucent fill (overlaps read darker) and an opaque underline at the fact's track
COLOURS = {
    "events": (255, 179, 0),
    "officials": (156, 39, 176),
    "model_counts": (46, 160, 67),
    "award_counts": (25, 118, 210),
    "units": (0, 150, 136),
    "outcomes": (230, 81, 0),
}
SHORT = {"events": "event", "officials": "official", "model_counts": "models", "award_counts": "awards",
         "units": "unit", "outcomes": "outcome"}
TRACK_PX = 5  # distance between two stacked underlines


class ReviewError(ValueError):
    """The article asked for is not in the store (or the reference names several)."""


@dataclass
class Fact:
    """One fact row as the page needs it: where it is, what it says, and how it is drawn."""

    table: str
    fact_id: str
    start: int
    end: int
    values: dict
    track: int = 0
    in_text: bool = True  # False when the stored offsets fall outside the text (shown in the table only)

    @property
    def label(self) -> str:
        return f"{SHORT.get(self.table, self.table)} {fact_summary(self.table, self.values)}".strip()


@dataclass
class ArticlePage:
    article: dict
    facts: list[Fact] = field(default_factory=list)


def _number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def _cell(value) -> str:
    """A table cell: empty for null, whole floats without '.0' (outcome values are stored as DOUBLE)."""
    if value is None:
        return ""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def fact_summary(table: str, v: dict) -> str:
    """The few values that identify a fact at a glance ("839 mo_hinh_dien_hinh xay_dung")."""
    parts: list = []
    if table == "events":
        parts = [v.get("kind"), v.get("event_date") or v.get("date_text")]
    elif table == "officials":
        parts = [v.get("name"), v.get("role")]
    elif table == "model_counts":
        parts = [_number(v.get("count")), v.get("kind"), v.get("action"), v.get("field"), v.get("level"),
                 "part" if v.get("part_of") else None]
    elif table == "award_counts":
        parts = [_number(v.get("count")), v.get("recipient"), v.get("award")]
    elif table == "units":
        parts = [v.get("label") or v.get("name")]
    elif table == "outcomes":
        parts = [_number(v.get("value")), v.get("unit")]
    return " ".join(str(p) for p in parts if p not in (None, ""))


# --- reading the store ----------------------------------------------------------------------------------------

def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def resolve_article(con: duckdb.DuckDBPyConnection, ref: str) -> str:
    """The article id that `ref` names: an article id, a source (path or URL as stored), a source's file name,
    or an unambiguous prefix of an article id. Raises ReviewError naming the reference otherwise."""
    for sql in ("SELECT article_id FROM articles WHERE article_id = ?",
                "SELECT article_id FROM articles WHERE source = ? OR url = ?",
                "SELECT article_id FROM articles WHERE regexp_extract(source, '[^/\\\\]+$') = ?",
                "SELECT article_id FROM articles WHERE starts_with(article_id, ?)"):
        params = [ref, ref] if "url" in sql else [ref]
        found = sorted({r[0] for r in con.execute(sql, params).fetchall()})
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ReviewError(f"{ref}: names {len(found)} articles ({', '.join(f[:12] for f in found[:5])}); "
                              "give the article id")
    raise ReviewError(f"{ref}: no article with this id or source in the store")


def load_page(con: duckdb.DuckDBPyConnection, article_id: str) -> ArticlePage:
    """The article row and all its facts, ordered by position, with stacking tracks assigned."""
    articles = _rows(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not articles:
        raise ReviewError(f"{article_id}: no such article in the store")
    article = articles[0]
    text = article["text"] or ""
    facts = []
    for table in FACT_TABLES:
        for row in _rows(con, f"SELECT * FROM {table} WHERE article_id = ?", [article_id]):
            start, end = row["char_start"], row["char_end"]
            ok = start is not None and end is not None and 0 <= start <= end <= len(text)
            facts.append(Fact(table, row["fact_id"], start if ok else 0, end if ok else 0, row, in_text=ok))
    facts.sort(key=lambda f: (f.start, -f.end, FACT_TABLES.index(f.table), f.fact_id))
    assign_tracks([f for f in facts if f.in_text])
    return ArticlePage(article, facts)


def assign_tracks(facts: list[Fact]) -> int:
    """Give each fact the lowest track no overlapping fact holds (facts sorted by start, longest first).
    Returns the number of tracks used."""
    ends: list[int] = []  # per track: end of the last fact placed on it
    for fact in facts:
        occupied_to = max(fact.end, fact.start + 1)  # an empty span still takes room for its label
        for track, end in enumerate(ends):
            if end <= fact.start:
                fact.track, ends[track] = track, occupied_to
                break
        else:
            fact.track = len(ends)
            ends.append(occupied_to)
    return len(ends)


# --- rendering ------------------------------------------------------------------------------------------------

def segments(text: str, facts: list[Fact]) -> list[tuple[int, int, list[Fact]]]:
    """Cut the text at every span boundary: (start, end, facts covering the piece, outermost track first)."""
    placed = [f for f in facts if f.in_text]
    bounds = sorted({0, len(text)} | {f.start for f in placed} | {f.end for f in placed})
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        covering = sorted((f for f in placed if f.start <= a and b <= f.end and f.start < f.end),
                          key=lambda f: f.track)
        pieces.append((a, b, covering))
    return pieces


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _mark_open(fact: Fact, first: bool) -> str:
    attrs = f'data-table="{_esc(fact.table)}" data-fact="{_esc(fact.fact_id)}" class="t-{_esc(fact.table)} ' \
            f'k{fact.track}"'
    title = f' title="{_esc(fact.label)}"'
    if not first:
        return f"<mark {attrs}{title}>"
    label = f'<a class="lbl" href="#row-{_esc(fact.fact_id)}">{_esc(fact.label)}</a>'
    return f'<mark id="fact-{_esc(fact.fact_id)}" {attrs}{title}>{label}'


def render_text(text: str, facts: list[Fact]) -> str:
    """The article body: escaped text with nested marks; every character of `text` appears exactly once."""
    out: list[str] = []
    started: set[str] = set()
    empty = [f for f in facts if f.in_text and f.start == f.end]
    for a, b, covering in segments(text, facts):
        for fact in (f for f in empty if f.start == a and f.fact_id not in started):
            started.add(fact.fact_id)
            out.append(_mark_open(fact, True) + "</mark>")
        for fact in covering:
            out.append(_mark_open(fact, fact.fact_id not in started))
            started.add(fact.fact_id)
        out.append(_esc(text[a:b]))
        out.append("</mark>" * len(covering))
    for fact in (f for f in empty if f.fact_id not in started):  # zero-length span at the very end
        out.append(_mark_open(fact, True) + "</mark>")
    return "".join(out)


def _columns(table: str) -> list[str]:
    model = next(m for m in FACT_MODELS if m.table == table)
    return [c for c in insert_columns(model) if c not in PROVENANCE]


def render_fact_tables(page: ArticlePage) -> str:
    """One table per fact table: the span (linking to its mark), the record's values, evidence and extractor."""
    text = page.article["text"] or ""
    out = []
    for table in FACT_TABLES:
        facts = [f for f in page.facts if f.table == table]
        if not facts:
            continue
        columns = _columns(table)
        head = "".join(f"<th>{_esc(c)}</th>" for c in ["span", *columns, "chars", "extractor"])
        rows = []
        for f in facts:
            if f.in_text:
                span = f'<a href="#fact-{_esc(f.fact_id)}">{_esc(text[f.start:f.end]) or "(empty span)"}</a>'
            else:
                v = f.values
                span = f'<span class="bad">offsets {_esc(v["char_start"])}..{_esc(v["char_end"])} outside the text</span>'
            cells = "".join(f"<td>{_esc(_cell(f.values.get(c)))}</td>" for c in columns)
            rows.append(f'<tr id="row-{_esc(f.fact_id)}" data-fact="{_esc(f.fact_id)}"><td>{span}</td>{cells}'
                        f'<td>{_esc(f.values.get("char_start"))}–{_esc(f.values.get("char_end"))}</td>'
                        f'<td>{_esc(f.values.get("extractor"))}</td></tr>')
        out.append(f'<h3><span class="swatch t-{_esc(table)}"></span>{_esc(table)} ({len(facts)})</h3>'
                   f'<div class="scroll"><table class="facts"><thead><tr>{head}</tr></thead>'
                   f'<tbody>{"".join(rows)}</tbody></table></div>')
    return "\n".join(out) or "<p>No facts were extracted from this article.</p>"


def _css(tracks: int) -> str:
    colours = []
    for table, (r, g, b) in COLOURS.items():
        colours.append(f"mark.t-{table}, .swatch.t-{table} {{ background: rgba({r},{g},{b},0.22); "
                       f"border-bottom-color: rgb({r},{g},{b}); }}\n"
                       f"mark.t-{table} > .lbl {{ color: rgb({int(r * .7)},{int(g * .7)},{int(b * .7)}); }}")
    stacks = "\n".join(f"mark.k{t} {{ padding-bottom: {2 + TRACK_PX * t}px; }}" for t in range(max(tracks, 1)))
    line = 1.9 + 0.32 * max(tracks - 1, 0)
    return f"""
body {{ font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0; color: #1d1d1f;
       background: #fafafa; }}
main {{ max-width: 72rem; margin: 0 auto; padding: 1.5rem; }}
header dl {{ display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .9rem; }}
header dt {{ color: #666; }} header dd {{ margin: 0; overflow-wrap: anywhere; }}
.legend span {{ margin-right: 1rem; font-size: .85rem; white-space: nowrap; }}
.swatch {{ display: inline-block; width: .9rem; height: .9rem; border-bottom: 3px solid; margin-right: .3rem;
          vertical-align: -2px; }}
.article {{ white-space: pre-wrap; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.2rem;
           font-size: 1.05rem; line-height: {line:.2f}; }}
mark {{ color: inherit; border-bottom: 3px solid; border-radius: 2px; }}
{stacks}
mark:target {{ outline: 2px solid #d00; }}
mark > .lbl {{ font-size: .62rem; font-weight: 600; text-decoration: none; vertical-align: super; margin: 0 .15rem;
              white-space: nowrap; line-height: 1; }}
.scroll {{ overflow-x: auto; }}
table.facts td:first-child {{ min-width: 14rem; }}
table.facts {{ border-collapse: collapse; width: 100%; font-size: .82rem; margin-bottom: 1rem; background: #fff; }}
table.facts th, table.facts td {{ border: 1px solid #ddd; padding: .2rem .4rem; text-align: left;
                                  vertical-align: top; }}
table.facts tr:target {{ background: #fff3c4; }}
.bad {{ color: #b00020; }}
{chr(10).join(colours)}
"""


def render_page(page: ArticlePage, index_href: str | None = None) -> str:
    """The complete, self-contained HTML page of one article."""
    a = page.article
    tracks = max((f.track for f in page.facts if f.in_text), default=0) + 1
    title = a.get("title") or a.get("source") or a["article_id"]
    meta = [("source", a.get("source")), ("url", a.get("url")), ("outlet", a.get("outlet")),
            ("published", a.get("published")), ("movement", a.get("movement_code")),
            ("article id", a["article_id"]), ("pipeline", a.get("pipeline_version"))]
    meta_html = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in meta if v not in (None, ""))
    counts = {t: sum(f.table == t for f in page.facts) for t in FACT_TABLES}
    legend = "".join(f'<span><span class="swatch t-{t}"></span>{t} ({n})</span>' for t, n in counts.items())
    back = f'<p><a href="{_esc(index_href)}">← all articles</a></p>' if index_href else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)} · thidua review</title>
<style>{_css(tracks)}</style>
</head>
<body>
<main>
{back}
<header>
<h1>{_esc(title)}</h1>
<dl>{meta_html}</dl>
<p class="legend">{legend}</p>
</header>
<h2>Article</h2>
<div class="article" lang="vi">{render_text(a["text"] or "", page.facts)}</div>
<h2>Facts</h2>
{render_fact_tables(page)}
</main>
</body>
</html>
"""


def review_article(con: duckdb.DuckDBPyConnection, ref: str, out: Path) -> Path:
    """Write the review page of the article `ref` names to `out`."""
    page = load_page(con, resolve_article(con, ref))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_page(page), encoding="utf-8")
    return out


def page_name(article: dict) -> str:
    """File name of an article's page in `--all` mode: the source's file stem (readable) plus the id prefix
    (unique even when two crawls use the same file name)."""
    stem = re.sub(r"[^\w.-]+", "_", Path(str(article.get("source") or "")).stem)[:60].strip("._")
    return f"{stem + '-' if stem else ''}{article['article_id'][:12]}.html"


def render_index(entries: Iterable[tuple[dict, str, dict[str, int]]]) -> str:
    """The index page: one row per article with its fact counts and a link to its page."""
    head = "".join(f"<th>{_esc(c)}</th>" for c in ["article", "outlet", "published", "movement", *FACT_TABLES])
    rows = []
    for article, name, counts in entries:
        title = article.get("title") or article.get("source") or article["article_id"]
        cells = "".join(f"<td>{counts.get(t, 0)}</td>" for t in FACT_TABLES)
        rows.append(f'<tr><td><a href="{_esc(name)}">{_esc(title)}</a><br><small>{_esc(article.get("source"))}'
                    f'</small></td><td>{_esc(article.get("outlet"))}</td><td>{_esc(article.get("published"))}</td>'
                    f'<td>{_esc(article.get("movement_code"))}</td>{cells}</tr>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>thidua review: {len(rows)} articles</title>
<style>{_css(1)}</style>
</head>
<body>
<main>
<h1>{len(rows)} articles</h1>
<table class="facts"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>
</main>
</body>
</html>
"""


def review_all(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """One page per stored article plus `index.html` in `out_dir`; returns the pages written (index last)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ids = [r[0] for r in con.execute(
        "SELECT article_id FROM articles ORDER BY published NULLS LAST, source, article_id").fetchall()]
    written, entries = [], []
    for article_id in ids:
        page = load_page(con, article_id)
        name = page_name(page.article)
        (out_dir / name).write_text(render_page(page, index_href="index.html"), encoding="utf-8")
        written.append(out_dir / name)
        entries.append((page.article, name, {t: sum(f.table == t for f in page.facts) for t in FACT_TABLES}))
    (out_dir / "index.html").write_text(render_index(entries), encoding="utf-8")
    return [*written, out_dir / "index.html"]
