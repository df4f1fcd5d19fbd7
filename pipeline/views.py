"""SQL views every store carries: the questions researchers ask first, answered once in SQL, not in notebooks.

Views are (re)defined with `CREATE OR REPLACE VIEW` each time a store is opened for writing, so a store made by
an older version gets the current definitions. A read-only connection cannot change the file, so there the same
views are created as TEMP views (session-only, shadowing any stored ones); that also works on a store written
by a version that had no views.

The one rule that matters most is in `model_totals`: an article often states a total and then its breakdown
("839 mô hình ..., trong đó lĩnh vực kinh tế 257 ..."), restates it, or names a subset ("55 mô hình tiêu biểu" of
the 123 recognised). Summing `model_counts` counts them twice; `model_totals` keeps one figure per article, unit,
action, period and kind.
"""

from __future__ import annotations

import logging
import re

import duckdb

log = logging.getLogger(__name__)

# Kind of a fact as one readable label, per fact table (used by `facts`).
_FACT_SELECTS = {
    "events": ("f.kind || coalesce(' ' || f.movement, '')", "CAST(f.attendees AS DOUBLE)", "f.unit"),
    "officials": ("f.name || coalesce(', ' || f.title, '')", "NULL", "f.unit"),
    "model_counts": ("f.kind || coalesce(' ' || f.action, '') || coalesce(' ' || f.field, '') "
                     "|| coalesce(' ' || f.level, '')", "CAST(f.count AS DOUBLE)", "f.unit"),
    "award_counts": ("f.recipient || coalesce(' ' || f.award, '') || coalesce(' (' || f.issuer || ')', '')",
                     "CAST(f.count AS DOUBLE)", "f.issuer_unit"),
    "units": ("f.label", "NULL", "f.label"),
    "outcomes": ("f.unit || coalesce(' ' || f.what, '')", "f.value", "NULL"),
}

FACTS = "\nUNION ALL\n".join(
    f"""SELECT '{table}' AS fact_table, f.fact_id, f.article_id, {label} AS label, {value} AS value,
       {place} AS place, f.evidence, f.char_start, f.char_end,
       substr(a.text, f.char_start + 1, f.char_end - f.char_start) AS span, f.extractor,
       a.url, a.outlet, a.published, a.source
FROM {table} f JOIN articles a USING (article_id)"""
    for table, (label, value, place) in _FACT_SELECTS.items())

# Top-level rows are stated totals: not a stated part (`part_of`), not a count of one field or one grade.
# Within one article, unit, action, period and kind the largest stated total wins (restatements and subsets such as
# "trong số đó 55 mô hình tiêu biểu" carry the same keys and a smaller count). Where an article gives only a
# breakdown (fields or grades) and no total for that unit and period under any action, the disjoint parts are
# summed (largest figure per field or grade first) and the row says so in `basis`.
MODEL_TOTALS = """
WITH counts AS (
    SELECT m.*, (m.part_of IS NULL AND m.field IS NULL AND m.level IS NULL) AS top_level
    FROM model_counts m
),
stated AS (
    SELECT article_id, unit, action, period_start, period_end, kind,
           arg_max(fact_id, count) AS fact_id, max(count) AS count, count(*) AS rows
    FROM counts WHERE top_level
    GROUP BY ALL
),
by_part AS (  -- the largest figure per field (or per grade) of groups that have no stated total
    SELECT article_id, unit, action, period_start, period_end,
           CASE WHEN field IS NOT NULL THEN 'field' ELSE 'level' END AS breakdown,
           coalesce(field, level) AS part, max(count) AS count, count(*) AS rows,
           max(CASE approx WHEN 'exact' THEN 0 ELSE 1 END) AS inexact
    FROM counts
    WHERE part_of IS NULL AND NOT top_level AND (field IS NULL OR level IS NULL)
    GROUP BY ALL
),
summed AS (
    SELECT article_id, unit, action, period_start, period_end,
           arg_max(breakdown, total) AS breakdown, max(total) AS count, arg_max(rows, total) AS rows,
           arg_max(inexact, total) AS inexact
    FROM (SELECT article_id, unit, action, period_start, period_end, breakdown, sum(count) AS total,
                 sum(rows) AS rows, max(inexact) AS inexact
          FROM by_part GROUP BY ALL)
    GROUP BY ALL
),
figures AS (
    SELECT s.article_id, s.unit, s.action, s.period_start, s.period_end, s.count, m.approx, m.kind,
           'stated' AS basis, s.rows, s.fact_id, m.evidence, m.char_start, m.char_end
    FROM stated s JOIN model_counts m USING (fact_id, kind)
    UNION ALL
    SELECT p.article_id, p.unit, p.action, p.period_start, p.period_end, CAST(p.count AS INTEGER),
           CASE WHEN p.inexact = 1 THEN 'at_least' ELSE 'exact' END, NULL,
           'sum_of_' || p.breakdown || 's', CAST(p.rows AS BIGINT), NULL, NULL, NULL, NULL
    FROM summed p
    WHERE NOT EXISTS (SELECT 1 FROM stated s WHERE s.article_id = p.article_id
                      AND s.unit IS NOT DISTINCT FROM p.unit AND s.period_start IS NOT DISTINCT FROM p.period_start
                      AND s.period_end IS NOT DISTINCT FROM p.period_end)
)
SELECT f.article_id, f.unit, coalesce(u.province, e.province) AS province, f.action, f.period_start,
       f.period_end, f.count, f.approx, f.kind, f.basis, f.rows, f.fact_id, f.evidence, f.char_start, f.char_end,
       a.movement_code, a.url, a.outlet, a.published
FROM figures f
JOIN articles a USING (article_id)
LEFT JOIN (SELECT article_id, label, min(province) AS province FROM units GROUP BY ALL) u
       ON u.article_id = f.article_id AND lower(u.label) = lower(f.unit)
LEFT JOIN (SELECT article_id, unit, min(province) AS province FROM events GROUP BY ALL) e
       ON e.article_id = f.article_id AND e.unit = f.unit
"""

# Who gave awards: the issuer's administrative level, from the unit it belongs to or from words naming a
# central body. Counts are summed over the facts of all articles: one ceremony reported by two outlets counts
# twice, so `articles` is given beside the sum.
ISSUER_LEVEL = """CASE
    WHEN issuer_unit LIKE 'tỉnh %' THEN 'tinh'
    WHEN issuer_unit LIKE 'thành phố %' THEN 'thanh_pho'
    WHEN issuer_unit LIKE 'huyện %' THEN 'huyen'
    WHEN issuer_unit LIKE 'thị xã %' THEN 'thi_xa'
    WHEN issuer_unit LIKE 'quận %' THEN 'quan'
    WHEN issuer_unit LIKE 'xã %' THEN 'xa'
    WHEN issuer_unit LIKE 'phường %' THEN 'phuong'
    WHEN issuer_unit LIKE 'thị trấn %' THEN 'thi_tran'
    WHEN regexp_matches(lower(issuer), 'trung ương|chính phủ|thủ tướng|chủ tịch nước|quốc hội|^bộ |mặt trận tổ quốc việt nam')
        THEN 'trung_uong'
END"""

AWARDS_BY_ISSUER = f"""
SELECT {ISSUER_LEVEL} AS issuer_level, issuer_unit, issuer, award, recipient,
       CAST(sum(count) AS BIGINT) AS recipients, count(*) AS facts, count(DISTINCT article_id) AS articles
FROM award_counts
GROUP BY ALL
"""

EVENTS_BY_PROVINCE_YEAR = """
SELECT e.province, coalesce(e.event_year, year(a.published)) AS year,
       CASE WHEN e.event_year IS NOT NULL THEN 'event' WHEN a.published IS NOT NULL THEN 'published' END AS year_from,
       e.kind, coalesce(e.movement_code, a.movement_code) AS movement_code,
       count(*) AS events, count(DISTINCT e.article_id) AS articles, CAST(sum(e.attendees) AS BIGINT) AS attendees
FROM events e JOIN articles a USING (article_id)
GROUP BY ALL
"""

DVK = "'dan_van_kheo'"

VIEWS: dict[str, str] = {
    "facts": FACTS,
    "model_totals": MODEL_TOTALS,
    "awards_by_issuer": AWARDS_BY_ISSUER,
    "events_by_province_year": EVENTS_BY_PROVINCE_YEAR,
    # Dân vận khéo only: an event by its own movement (else its article's), other facts by their article's
    "dvk_articles": f"SELECT * FROM articles WHERE movement_code = {DVK}",
    "dvk_events": f"""SELECT e.* FROM events e JOIN articles a USING (article_id)
WHERE coalesce(e.movement_code, a.movement_code) = {DVK}""",
    **{f"dvk_{table}": f"""SELECT f.* FROM {table} f JOIN articles a USING (article_id)
WHERE a.movement_code = {DVK}""" for table in ("model_counts", "award_counts", "outcomes")},
    "dvk_model_totals": f"SELECT * FROM model_totals WHERE movement_code = {DVK}",
    "dvk_events_by_province_year": f"SELECT * FROM events_by_province_year WHERE movement_code = {DVK}",
}

DESCRIPTIONS: dict[str, str] = {
    "facts": "Every fact of every fact table, one row each, with its article's url, outlet and published date, "
             "the sentence (evidence) and the span of text it was read from.",
    "model_totals": "How many models: one row per article, unit, action, period and kind (mô hình and điển hình are "
                    "different quantities); breakdown parts (part_of), "
                    "field and grade breakdowns, restatements and subsets removed. basis says whether the figure "
                    "is stated or a sum of a field or grade breakdown the article gives without a total.",
    "awards_by_issuer": "Award counts summed by issuer level, issuer unit, issuer, award and recipient type.",
    "events_by_province_year": "Events reported per province, year (the event's, else the article's), kind and "
                               "movement.",
    "dvk_articles": "Articles mainly about the Dân vận khéo movement.",
    "dvk_events": "Events of the Dân vận khéo movement (the event's own movement, else its article's).",
    "dvk_model_counts": "Model counts of articles about Dân vận khéo.",
    "dvk_award_counts": "Award counts of articles about Dân vận khéo.",
    "dvk_outcomes": "Outcomes of articles about Dân vận khéo.",
    "dvk_model_totals": "model_totals of articles about Dân vận khéo.",
    "dvk_events_by_province_year": "events_by_province_year for Dân vận khéo events.",
}


def _unchanged(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Stored views whose definition equals the current one (compared after DuckDB's own normalisation), so an
    open for writing rewrites nothing, and their column comments survive."""
    stored = dict(con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND NOT temporary "
                              "AND database_name = current_database() "
                              "AND schema_name = 'main'").fetchall())
    same = set()
    for name, sql in VIEWS.items():
        if name not in stored:
            continue
        body = re.sub(rf"^CREATE VIEW {name} AS ", "", stored[name]).rstrip(";")
        normal = "SELECT json_deserialize_sql(json_serialize_sql(?))"
        if con.execute(normal, [sql]).fetchall() == con.execute(normal, [body]).fetchall():
            same.add(name)
    return same


def create_views(con: duckdb.DuckDBPyConnection, temporary: bool = False) -> list[str]:
    """(Re)create every view on `con`; TEMP views for read-only connections. Returns the views created.

    A view whose tables or columns are missing (a store from an older version opened read-only) is skipped with
    a warning rather than failing the connection: the tables themselves stay readable."""
    created = []
    kind = "TEMP VIEW" if temporary else "VIEW"
    unchanged = set() if temporary else _unchanged(con)
    for name, sql in VIEWS.items():
        if name in unchanged:
            continue
        try:
            con.execute(f"CREATE OR REPLACE {kind} {name} AS {sql}")
        except duckdb.Error as exc:
            log.warning("view %s not created: %s", name, str(exc).splitlines()[0])
            continue
        created.append(name)
    return created
