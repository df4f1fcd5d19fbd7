"""The Python facade (`thidua.py`): the README example runs as written, and tables come back whole and typed."""

from __future__ import annotations

import re

import duckdb
import pytest

import thidua
from pipeline.views import VIEWS
from schemas import ModelCount
from tests.conftest import CORPUS, ROOT

pd = pytest.importorskip("pandas")


def readme_python() -> str:
    """The README's example of the Python API (other Python blocks show cluster set-ups that need a cluster)."""
    blocks = re.findall(r"```python\n(import thidua\n.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, "the README has one example of the Python API"
    return blocks[0]


def test_readme_example_runs(corpus_db, tmp_path, monkeypatch, capsys):
    code = readme_python()
    assert len(code.strip().splitlines()) == 5
    (tmp_path / "corpus").symlink_to(CORPUS)
    (tmp_path / "thidua.duckdb").symlink_to(corpus_db)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert capsys.readouterr().out.strip() == ("[(839, None), (257, 'kinh_te'), (434, 'van_hoa_xa_hoi'), "
                                               "(78, 'quoc_phong_an_ninh')]")
    totals = namespace["totals"]
    assert isinstance(totals, pd.DataFrame)
    assert int(totals.loc[totals["unit"] == "huyện Hương Sơn", "count"].sum()) == 839
    namespace["con"].close()


def test_extract_text_and_html():
    text = (CORPUS / "seed_001.txt").read_text(encoding="utf-8")
    result = thidua.extract(text, published="2024-05-17")
    assert result.article.published.isoformat() == "2024-05-17"
    assert all(isinstance(m, ModelCount) for m in result.facts["model_counts"])
    html = (CORPUS / "news_kinhmon_so_ket.html").read_text(encoding="utf-8")
    page = thidua.extract(html)
    assert page.article.text and "<" not in page.article.text and page.facts["events"]
    with pytest.raises(ValueError, match="too short"):
        thidua.extract("Xin chào.")


def test_table_round_trips_every_table_and_view(corpus_db):
    names = thidua.tables(corpus_db)
    assert set(VIEWS) | {"articles", "model_counts", "units", "ingest_errors"} <= set(names)
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        for name in names:
            frame = thidua.table(corpus_db, name)
            columns = con.execute(f"DESCRIBE {name}").fetchall() if name not in VIEWS else None
            count = con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
            assert len(frame) == count, name
            for column, sql_type, *_ in columns or []:
                dtype = str(frame[column].dtype)
                if sql_type in ("INTEGER", "BIGINT"):
                    assert dtype in ("Int32", "Int64", "int32", "int64"), (name, column, dtype)
                elif sql_type == "VARCHAR":
                    assert dtype in ("str", "object", "string"), (name, column, dtype)
                elif sql_type in ("DATE", "TIMESTAMP"):
                    assert dtype.startswith("datetime64"), (name, column, dtype)
    units = thidua.table(corpus_db, "units", where="code IS NOT NULL")
    assert units["code"].str.fullmatch(r"\d{2,5}").all()  # codes stay text with their leading zeros
    with pytest.raises(ValueError, match="not a table or view"):
        thidua.table(corpus_db, "nope")


def test_connect_has_the_views_and_stays_read_only(corpus_db):
    con = thidua.connect(corpus_db)
    try:
        assert con.sql("SELECT count(*) FROM model_totals").fetchall()[0][0] > 0
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")
    finally:
        con.close()
    with pytest.raises(FileNotFoundError):
        thidua.connect(corpus_db.parent / "missing.duckdb")
