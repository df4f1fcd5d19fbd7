"""`thidua check`: verify that a store is internally consistent, so a wrong fact is never stored silently.

What is checked, each as SQL over the whole store (facts are never loaded one by one, except the numbers):
  - schema: every table and column of the contract (`schemas`) is present with its type, and the schema version
    recorded in the store is the one this thidua writes;
  - spans: every fact's `char_start`/`char_end` lie inside its article's text, its `evidence` is a piece of that
    text around the span, and the span lies inside the evidence;
  - numbers: a count or outcome's span contains its number (digits "1.240", decimals "2,45 tỷ", spelled "ba",
    hectares stored as m²; a count of 1 may be a single award named without a number);
  - orphans: no fact, and no article source, points at an article that is not stored;
  - duplicates: no fact id twice, and no two facts of one table with the same article, span and key values;
  - text: no NUL or other control character in an article's text; no facts for an article not in Vietnamese.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

from schemas import FACT_MODELS, TABLE_MODELS, column_types

FACT_TABLES = tuple(m.table for m in FACT_MODELS)
NUMBER_COLUMNS = {"model_counts": "count", "award_counts": "count", "outcomes": "value"}
EXAMPLES = 3


@dataclass(frozen=True)
class Violation:
    """One kind of inconsistency in one table: how many rows and a few of their ids."""

    table: str
    rule: str
    count: int
    examples: tuple[str, ...] = ()

    def __str__(self) -> str:
        shown = f" (e.g. {', '.join(self.examples)})" if self.examples else ""
        return f"{self.table}: {self.count} row{'s' if self.count != 1 else ''} {self.rule}{shown}"


def schema_version() -> str:
    """A fingerprint of the contract: every table of `schemas` with its columns and types, in order."""
    parts = [f"{name}:{column}:{sql_type}" for name, model in TABLE_MODELS.items()
             for column, sql_type in column_types(model).items()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def record_schema_version(con) -> None:
    """Write the schema version into the store as a macro, `SELECT thidua_schema_version()` (no table for
    readers to skip, no comment the codebook owns); called whenever a store is opened for writing, after its
    tables were created or migrated."""
    version = schema_version()
    if recorded_schema_version(con) != version:
        con.execute(f"CREATE OR REPLACE MACRO thidua_schema_version() AS '{version}'")


def recorded_schema_version(con) -> str | None:
    found = con.execute("SELECT count(*) FROM duckdb_functions() WHERE function_name = 'thidua_schema_version' "
                        "AND schema_name = 'main'").fetchone()[0]
    return con.execute("SELECT thidua_schema_version()").fetchone()[0] if found else None


def _tables(con) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for table, column, data_type in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns").fetchall():
        found.setdefault(table, {})[column] = data_type
    return found


def _check_schema(con, tables: dict[str, dict[str, str]]) -> list[Violation]:
    problems = []
    for name, model in TABLE_MODELS.items():
        if name not in tables:
            problems.append(Violation(name, "table missing", 1))
            continue
        wrong = [f"{c} {t}" for c, t in column_types(model).items() if tables[name].get(c) != t]
        if wrong:
            problems.append(Violation(name, "columns missing or of another type", len(wrong), tuple(wrong[:5])))
    recorded = recorded_schema_version(con) if "articles" in tables else None
    if recorded != schema_version():
        problems.append(Violation("articles", f"schema version {recorded or 'not recorded'}, this thidua writes "
                                                f"{schema_version()} (any ingest or reprocess migrates the store)", 1))
    return problems


def _query_violations(con, table: str, rule: str, sql: str) -> list[Violation]:
    rows = con.execute(sql).fetchall()
    if not rows:
        return []
    return [Violation(table, rule, len(rows), tuple(str(r[0]) for r in rows[:EXAMPLES]))]


def _check_spans(con, table: str) -> list[Violation]:
    base = f"FROM {table} f JOIN articles a USING (article_id)"
    problems = _query_violations(con, table, "with a span outside the article text", f"""
        SELECT f.fact_id {base}
        WHERE f.char_start < 0 OR f.char_end < f.char_start OR f.char_end > length(a.text)""")
    # the evidence must occur in the text starting at most at char_start and ending at least at char_end: it then
    # lies inside text[char_end - len(evidence) : char_start + len(evidence)]
    problems += _query_violations(con, table, "whose evidence is not the text around its span", f"""
        SELECT f.fact_id {base}
        WHERE f.char_start >= 0 AND f.char_end <= length(a.text) AND NOT contains(
            substr(a.text, greatest(f.char_end - length(f.evidence), 0) + 1,
                   f.char_start + length(f.evidence) - greatest(f.char_end - length(f.evidence), 0)),
            f.evidence)""")
    return problems


# Words after a number that multiply it: scales ("2,45 tỷ đồng") and hectares, stored as m² ("1,2 ha" = 12 000).
_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "trăm triệu": 1e8, "tỷ": 1e9, "tỉ": 1e9, "ha": 1e4,
           "héc-ta": 1e4, "hecta": 1e4}
_SCALE_AFTER = re.compile(r"\s*(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


def _numbers_in(span: str) -> set[float]:
    """Every value a number in `span` can stand for: as written, times a scale word after it ("2,45 tỷ"), a
    compound amount of scales ("102 tỷ 140 triệu"), and a number written against its unit ("9.600m2", "1ha")."""
    from extractors.numbers import NUMBER, parse_number

    values = set()
    compound, compound_scale, compound_end = 0.0, None, -1
    for match in re.finditer(rf"(?<!\w)(?:{NUMBER})(?:(?!\w)|(?=(?:m2|m²|ha|km)(?!\w)))", span, re.IGNORECASE):
        value = parse_number(match.group(0))
        if value is None:
            continue
        values.add(value)
        scale = _SCALE_AFTER.match(span, match.end())
        if scale:
            factor = _SCALES[scale.group(1).lower()]
            values.add(value * factor)
            joined = compound_scale is not None and factor < compound_scale and not span[compound_end:match.start()].strip()
            compound = (compound if joined else 0.0) + value * factor
            compound_scale, compound_end = factor, scale.end()
            values.add(compound)
        else:
            compound_scale = None
    return values


def _check_numbers(con, table: str, column: str) -> list[Violation]:
    rows = con.execute(f"""
        SELECT f.fact_id, f.{column}, substr(a.text, f.char_start + 1, f.char_end - f.char_start)
        FROM {table} f JOIN articles a USING (article_id)
        WHERE f.{column} IS NOT NULL AND f.char_start >= 0 AND f.char_end <= length(a.text)""").fetchall()
    # a count of 1 may have no number: one award named without one ("tặng Bằng khen cho tập thể ..."); nor may a
    # count of recipients named in a list ("tặng Ban Tổ chức Huyện uỷ, Phòng Nội vụ huyện" is 2), whose span then
    # holds no number at all
    named = table == "award_counts" and column == "count"
    bad = []
    for fact_id, value, span in rows:
        numbers = _numbers_in(span)
        if not (column == "count" and value == 1 or named and not numbers) \
                and not any(math.isclose(value, found, rel_tol=1e-9) for found in numbers):
            bad.append(fact_id)
    return [Violation(table, f"whose span does not contain its {column}", len(bad), tuple(bad[:EXAMPLES]))] \
        if bad else []


def _check_links(con, tables: dict[str, dict[str, str]], present: list[str]) -> list[Violation]:
    problems = []
    for table in present:
        problems += _query_violations(con, table, "pointing at no stored article (orphans)", f"""
            SELECT f.fact_id FROM {table} f ANTI JOIN articles a USING (article_id)""")
        problems += _query_violations(con, table, "with a fact id used more than once", f"""
            SELECT fact_id FROM {table} GROUP BY fact_id HAVING count(*) > 1""")
        model = next(m for m in FACT_MODELS if m.table == table)
        keys = ", ".join(("article_id", "char_start", "char_end") + model.key_fields)
        problems += _query_violations(con, table, "duplicating another fact (same article, span and key values)",
                                      f"SELECT any_value(fact_id) FROM {table} GROUP BY {keys} HAVING count(*) > 1")
    if "article_sources" in tables:
        problems += _query_violations(con, "article_sources", "pointing at no stored article (orphans)", """
            SELECT s.source_key FROM article_sources s ANTI JOIN articles a USING (article_id)""")
    return problems


def _check_texts(con, present: list[str]) -> list[Violation]:
    problems = _query_violations(con, "articles", "with NUL or control characters in their text", r"""
        SELECT article_id FROM articles WHERE regexp_matches(text, '[\x00-\x08\x0b\x0e-\x1f\x7f]')""")
    for table in present:
        problems += _query_violations(con, table, "extracted from an article not in Vietnamese", f"""
            SELECT f.fact_id FROM {table} f JOIN articles a USING (article_id) WHERE a.lang IS DISTINCT FROM 'vi'""")
    return problems


def check_store(con) -> list[Violation]:
    """Every violation found in the store behind `con` (empty: the store is consistent)."""
    tables = _tables(con)
    problems = _check_schema(con, tables)
    if "articles" not in tables:
        return problems
    present = [t for t in FACT_TABLES if t in tables]
    for table in present:
        problems += _check_spans(con, table)
    for table, column in NUMBER_COLUMNS.items():
        if table in present:
            problems += _check_numbers(con, table, column)
    problems += _check_links(con, tables, present)
    problems += _check_texts(con, present)
    return problems
