"""Review pages (`thidua review`): the article text survives intact, every fact is marked exactly over its span,
overlapping spans stay separate, text is escaped, and the command finds articles by id, prefix or source."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline import review
from pipeline.cli import app
from tests.conftest import CORPUS
from tests.review_pages import HOSTILE_TEXT, hostile_store, read_marks

runner = CliRunner()
FACT_TABLES = ("events", "officials", "model_counts", "award_counts", "units", "outcomes")


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("review") / "corpus.duckdb"
    result = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def stored_facts(db, article_id: str) -> dict[str, tuple[str, int, int]]:
    """fact_id -> (table, char_start, char_end) straight from the store."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {fid: (t, s, e) for t in FACT_TABLES for fid, s, e in con.execute(
            f"SELECT fact_id, char_start, char_end FROM {t} WHERE article_id = ?", [article_id]).fetchall()}


def check_page(page: str, text: str, facts: dict[str, tuple[str, int, int]]) -> None:
    """The page's article text is the stored text; each fact's marks cover exactly its span; each fact has
    one anchored mark with a label, and a row in the fact table."""
    reader = read_marks(page)
    assert "".join(reader.text) == text
    assert set(reader.marks) == set(facts)
    for fact_id, (table, start, end) in facts.items():
        marks = reader.marks[fact_id]
        assert {m["data-table"] for m in marks} == {table}
        assert [m.get("id") for m in marks if m.get("id")] == [f"fact-{fact_id}"]
        assert "".join(reader.fact_text[fact_id]) == text[start:end], fact_id
        assert fact_id in reader.rows
    assert not reader.tags & {"script", "link", "img", "iframe"}  # self-contained, nothing fetched
    assert "url(" not in page and "@import" not in page


def test_every_corpus_article_round_trips(corpus_db, tmp_path):
    out = tmp_path / "pages"
    result = runner.invoke(app, ["review", "--all", "--out", str(out), "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        articles = con.execute("SELECT article_id, source, text FROM articles").fetchall()
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(p for p in out.glob("*.html") if p.name != "index.html")
    assert len(pages) == len(articles) == 8
    total = 0
    for article_id, _source, text in articles:
        [page] = [p for p in pages if p.stem.endswith(article_id[:12])]
        assert f'href="{page.name}"' in index
        facts = stored_facts(corpus_db, article_id)
        total += len(facts)
        check_page(page.read_text(encoding="utf-8"), text, facts)
    assert total > 100


@pytest.mark.unchecked_store  # facts made wrong on purpose
def test_hostile_overlaps_and_escaping(tmp_path):
    db = tmp_path / "hostile.duckdb"
    article_id, spans = hostile_store(db)
    out = tmp_path / "hostile.html"
    result = runner.invoke(app, ["review", article_id, "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    facts = stored_facts(db, article_id)
    assert {f: (s, e) for f, (_t, s, e) in facts.items()} == spans
    check_page(page, HOSTILE_TEXT, facts)
    assert "<script" not in page and "&lt;script&gt;" in page and "alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;Tiêu đề&gt; &amp; co" in page and "&lt;i&gt;Nguyễn Văn A&lt;/i&gt;" in page
    # the crossing span is cut into pieces; facts over the same words sit on different tracks
    with duckdb.connect(str(db), read_only=True) as con:
        loaded = review.load_page(con, article_id)
    by_id = {f.fact_id: f for f in loaded.facts}
    for a in loaded.facts:
        for b in loaded.facts:
            if a is not b and a.start < b.end and b.start < a.end:
                assert a.track != b.track, (a.label, b.label)
    crossing = next(f for f in loaded.facts if f.table == "officials")
    assert len(read_marks(page).marks[crossing.fact_id]) >= 3
    assert max(f.track for f in by_id.values()) == 2  # count, crossing span, inner outcome stack three deep


def test_segments_cover_the_text_once():
    facts = [review.Fact("units", "a", 0, 6, {}), review.Fact("units", "b", 3, 9, {}),
             review.Fact("units", "c", 4, 5, {}), review.Fact("units", "d", 9, 9, {})]
    assert review.assign_tracks(facts) == 3
    assert [f.track for f in facts] == [0, 1, 2, 0]
    pieces = review.segments("0123456789", facts)
    assert [(a, b, [f.fact_id for f in fs]) for a, b, fs in pieces] == [
        (0, 3, ["a"]), (3, 4, ["a", "b"]), (4, 5, ["a", "b", "c"]), (5, 6, ["a", "b"]), (6, 9, ["b"]),
        (9, 10, [])]


@pytest.mark.unchecked_store  # facts made wrong on purpose
def test_offsets_outside_the_text_are_listed_not_drawn(tmp_path):
    db = tmp_path / "bad.duckdb"
    article_id, _ = hostile_store(db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE units SET char_end = 10000")
        loaded = review.load_page(con, article_id)
    page = review.render_page(loaded)
    unit = next(f for f in loaded.facts if f.table == "units")
    assert not unit.in_text and f'data-fact="{unit.fact_id}"' not in page.split('<h2>Facts</h2>')[0]
    assert "outside the text" in page and f'id="row-{unit.fact_id}"' in page


def test_review_finds_articles_and_reports_errors(corpus_db, tmp_path):
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        article_id, source = con.execute(
            "SELECT article_id, source FROM articles WHERE source LIKE '%seed_001.txt'").fetchone()
    for ref in (article_id, article_id[:10], source, "seed_001.txt"):
        out = tmp_path / "one.html"
        result = runner.invoke(app, ["review", ref, "--out", str(out), "--db", str(corpus_db)])
        assert result.exit_code == 0, result.output
        assert f"article id</dt><dd>{article_id}</dd>" in out.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["review", "nope.txt", "--out", str(tmp_path / "x.html"), "--db", str(corpus_db)])
    assert missing.exit_code == 1 and "nope.txt: no article with this id or source" in missing.output
    assert not (tmp_path / "x.html").exists()
    both = runner.invoke(app, ["review", "seed_001.txt", "--all", "--out", str(tmp_path), "--db", str(corpus_db)])
    assert both.exit_code == 2 and "either one ARTICLE or --all" in both.output
    no_store = runner.invoke(app, ["review", "--all", "--out", str(tmp_path), "--db", str(tmp_path / "none.duckdb")])
    assert no_store.exit_code == 2 and "no such store" in no_store.output
