"""The codebook: every table, view and column of a store with its type, meaning and allowed values.

One source for three outputs, so they cannot disagree: the DuckDB comments (`COMMENT ON`, read with
`SELECT * FROM duckdb_columns()`), `docs/codebook.md` for reading, and `codebook.json` beside every export.
Column meanings come from the pydantic records (`Field(description=...)`), code meanings from `schemas.codes`,
tables kept outside the records (the ingest log, article sources) and views from the descriptions here and in
`pipeline.views`. `thidua codebook` rewrites docs/codebook.md; a test fails
when it is stale or when any column of a fresh store has no description.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path

import duckdb

from pipeline.views import DESCRIPTIONS as VIEW_DESCRIPTIONS
from schemas import TABLE_MODELS
from schemas.codes import MEANINGS

DOCS = Path(__file__).resolve().parent.parent / "docs" / "codebook.md"

TABLE_DESCRIPTIONS = {
    "articles": "One row per cleaned article: its metadata, its text and which pipeline version read it.",
    "events": "Conferences, ceremonies and contests of a movement that the article reports as happening.",
    "officials": "Named people with a title or role in the article.",
    "model_counts": "Numbers of models (mô hình) and exemplars (điển hình) stated in the article; parts of a total "
                    "point at it through part_of, so sum them with care (or use the model_totals view).",
    "award_counts": "Numbers of collectives, individuals, comrades or households commended, with award and issuer.",
    "units": "Administrative units (tỉnh ... thị trấn) the article names, with official codes and coordinates.",
    "outcomes": "Other quantified results of a movement: money, houses, households, area, gifts, people.",
    "ingest_errors": "Inputs that could not be read or processed in the latest run that met them, with the reason.",
    "ingest_warnings": "Inputs stored with something not understood (an unreadable date, another language) and "
                       "files skipped in a folder, with the reason.",
    "article_sources": "Every input an article was read from: the same article from two crawls has two rows.",
    "runs": "One row per ingest or reprocess run: command, times, pipeline version and what it did to the inputs.",
    "changes": "Every article and fact a run added, changed or removed, to follow a rerun or re-sync an export.",
    "input_files": "Bookkeeping for reruns: a fingerprint of each input file read whole, with the records it gave, "
                   "so an unchanged file is skipped without being decoded again.",
}

# Tables created by raw SQL (not pydantic records): their columns' meanings.
RAW_COLUMNS = {
    "ingest_errors": {
        "source": "The input that failed: a file path, or FILE#record for a JSONL or WARC record.",
        "reason": "Why it failed, in one line (\"binary content\", \"no article text left after cleaning\").",
        "pipeline_version": "Pipeline version of the run that met the failure.",
        "logged_at": "When the failure was recorded (local time).",
    },
    "ingest_warnings": {
        "source": "The input concerned: a file path, or FILE#record for a JSONL or WARC record.",
        "reason": "What was not understood or why the file was skipped, in one line.",
        "pipeline_version": "Pipeline version of the run that met it.",
        "logged_at": "When the warning was recorded (local time).",
    },
    "article_sources": {
        "source_key": "Identity of the input: its URL when known, else its resolved file path.",
        "article_id": "The article read from it (articles.article_id).",
        "source": "The input as it was given (path, or FILE#record).",
        "content_sha256": "SHA-256 of the input's text and metadata when last read; empty for inputs recorded "
                          "before sources were tracked.",
        "first_seen": "When the input was first read (local time).",
        "last_seen": "When the input was last read (local time).",
    },
    "runs": {
        "run_id": "Number of the run (1, 2, ... in order).",
        "command": "The command that made the run (ingest, reprocess).",
        "status": "running while it works (or when it was killed), finished at its end.",
        "started": "When the run started (local time).",
        "finished": "When the run ended (local time); null for a run that did not end.",
        "pipeline_version": "Pipeline version the run extracted with.",
        "version_components": "JSON: the versions the pipeline version is made of (rules, lexicon, data, libraries).",
        "inputs": "JSON list of the files and folders given to the run.",
        "host": "Name of the machine that ran it.",
        "workers": "Number of worker processes.",
        "new": "Inputs read for the first time.",
        "changed": "Inputs whose content changed since they were stored.",
        "unchanged": "Inputs skipped because they were stored unchanged by the same pipeline version.",
        "duplicate": "Inputs whose article was already stored from another source.",
        "failed": "Inputs that could not be read or processed (see ingest_errors).",
        "articles_written": "Articles written to the store.",
        "facts_added": "Fact rows added.",
        "facts_changed": "Fact rows whose values changed.",
        "facts_removed": "Fact rows removed.",
    },
    "input_files": {
        "file_key": "The input file: its resolved path (absolute, symbolic links followed).",
        "file_sha256": "SHA-256 of the file's bytes and its sidecar's (and of the reader's code and settings).",
        "source_key": "One record the file gave (article_sources.source_key); a JSONL or WARC file has one row per "
                      "record.",
        "content_sha256": "The record's content hash when the file was read (article_sources.content_sha256).",
        "recorded": "When the fingerprint was recorded (local time).",
    },
    "changes": {
        "run_id": "The run that made the change (runs.run_id).",
        "table_name": "The table of the row changed (articles or a fact table).",
        "fact_id": "Id of the row changed: fact_id for facts, article_id for articles.",
        "article_id": "The article the row belongs to.",
        "change": "added, changed (same id, other values) or removed.",
    },
}

# Columns a view computes itself; the others keep the meaning of the same column in the listed tables.
VIEW_COLUMNS = {
    "fact_table": "The table the fact comes from (events, officials, model_counts, award_counts, units, outcomes).",
    "label": "The fact in a few words: kind, codes and name, for reading.",
    "value": "The fact's number: attendees, count or outcome value; null for officials and units.",
    "place": "The administrative unit the fact is about (the issuer's unit for awards); null when none.",
    "span": "The text the fact was read from: substr(articles.text, char_start + 1, char_end - char_start).",
    "basis": "How count was obtained: stated (the largest total the article states), sum_of_fields or "
             "sum_of_levels (a breakdown the article gives without a total, summed).",
    "rows": "Number of model_counts rows the figure stands for (restatements, subsets or summed parts).",
    "issuer_level": "Administrative level of the issuer (tinh, huyen, xa, ..., trung_uong for central bodies), "
                    "from its unit; null when unknown.",
    "recipients": "Sum of the award counts (recipients commended) in the group.",
    "facts": "Number of fact rows in the group.",
    "articles": "Number of distinct articles in the group.",
    "year": "Year of the event, else year of the article's publication.",
    "year_from": "Where year comes from: event (the event's date) or published (the article's date).",
    "events": "Number of events reported in the group (one event reported by two outlets counts twice).",
}
VIEW_OWN_COLUMNS = {  # a column of one view whose meaning differs from the same name elsewhere
    ("model_totals", "count"): "How many models: the largest total the article states for this unit, action, "
                               "period and kind, or the sum of a breakdown it gives without a total (see basis).",
    ("model_totals", "approx"): "How exact the figure is (at_least for a sum with an inexact part).",
    ("model_totals", "kind"): "What the stated total counts; null for sums of a breakdown.",
    ("model_totals", "fact_id"): "The model_counts row the figure comes from; null for sums of a breakdown.",
    ("model_totals", "province"): "Province of the unit, from the article's units or its event; null when unknown.",
    ("model_totals", "movement_code"): "The movement the article is mainly about (articles.movement_code).",
    ("events_by_province_year", "attendees"): "Sum of the delegates stated for these events.",
    ("events_by_province_year", "movement_code"): "The event's movement, else its article's.",
}
VIEW_BASES = {  # where a view's inherited columns are described, first match wins
    "facts": ("model_counts", "articles"),
    "model_totals": ("model_counts", "events", "articles"),
    "awards_by_issuer": ("award_counts",),
    "events_by_province_year": ("events", "articles"),
}


def _literal(annotation):
    """The Literal type inside `X | None`, or None for other annotations."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = inner[0] if len(inner) == 1 else None
    return annotation if typing.get_origin(annotation) is typing.Literal else None


def column_notes() -> dict[str, dict[str, dict]]:
    """table -> column -> {"description", "values"} for every table the project defines."""
    notes: dict[str, dict[str, dict]] = {}
    for table, model in TABLE_MODELS.items():
        notes[table] = {}
        for name, info in model.model_fields.items():
            literal = _literal(info.annotation)
            values = MEANINGS.get(literal, {code: "" for code in typing.get_args(literal)}) if literal else {}
            notes[table][name] = {"description": info.description or "", "values": dict(values)}
    for table, columns in RAW_COLUMNS.items():
        notes[table] = {name: {"description": text, "values": {}} for name, text in columns.items()}
    return notes


def _view_base(view: str) -> tuple[str, ...]:
    for prefix in ("dvk_",):
        if view.startswith(prefix):
            base = view[len(prefix):]
            return (base,) + VIEW_BASES.get(base, ())
    return VIEW_BASES.get(view, ())


def view_column_note(view: str, column: str, notes: dict[str, dict[str, dict]]) -> dict:
    own = VIEW_OWN_COLUMNS.get((view.removeprefix("dvk_"), column))
    if own:
        values = notes["model_counts"]["approx"]["values"] if column == "approx" else {}
        return {"description": own, "values": values}
    if column in VIEW_COLUMNS:
        return {"description": VIEW_COLUMNS[column], "values": {}}
    for base in _view_base(view):
        if column in notes.get(base, {}):
            return notes[base][column]
    for base in _view_base(view):  # a dvk_ view over another view
        for inner in _view_base(base):
            if column in notes.get(inner, {}):
                return notes[inner][column]
    return {"description": "", "values": {}}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _comment(note: dict) -> str:
    values = "; ".join(f"{code} = {meaning}" if meaning else code for code, meaning in note["values"].items())
    return note["description"] + (f" Values: {values}." if values else "")


def build(con: duckdb.DuckDBPyConnection) -> dict:
    """The codebook of the store behind `con`: its tables and views, each column with type and meaning."""
    notes = column_notes()
    here = "database_name IN (current_database(), 'temp') AND NOT internal"
    names = {row[0] for row in con.execute(
        f"SELECT table_name FROM duckdb_tables() WHERE {here} AND schema_name = 'main' "
        f"UNION SELECT view_name FROM duckdb_views() WHERE {here}").fetchall()}
    # kind by role, not by DuckDB object: an export reads its tables through views
    objects = [(name, "view" if name in VIEW_DESCRIPTIONS else "table") for name in names]
    order = list(TABLE_DESCRIPTIONS) + list(VIEW_DESCRIPTIONS)
    objects.sort(key=lambda o: (order.index(o[0]) if o[0] in order else len(order), o[0]))
    listed = con.execute(f"SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE {here} "
                         "ORDER BY table_name, column_index").fetchall()
    columns: dict[str, dict[str, str]] = {}
    for table, column, sql_type in listed:  # a TEMP view shadowing a stored one lists its columns twice
        columns.setdefault(table, {}).setdefault(column, sql_type)
    book = {"tables": [], "views": []}
    for name, kind in objects:
        entries = []
        for column, sql_type in columns.get(name, {}).items():
            note = notes.get(name, {}).get(column) if kind == "table" else view_column_note(name, column, notes)
            note = note or {"description": "", "values": {}}
            entries.append({"name": column, "type": sql_type, "description": note["description"],
                            "values": note["values"]})
        description = TABLE_DESCRIPTIONS.get(name, "") if kind == "table" else VIEW_DESCRIPTIONS.get(name, "")
        book["tables" if kind == "table" else "views"].append(
            {"name": name, "description": description, "columns": entries})
    return book


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every table, view and column the codebook describes (a store opened for writing)."""
    book = build(con)
    wanted = {}
    for kind in ("tables", "views"):
        for entry in book[kind]:
            word = "TABLE" if kind == "tables" else "VIEW"
            if entry["description"]:
                wanted[(entry["name"], None)] = (word, entry["description"])
            for column in entry["columns"]:
                if column["description"]:
                    wanted[(entry["name"], column["name"])] = ("COLUMN", _comment(column))
    present = {(t, None): c for t, c in con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' UNION ALL "
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'").fetchall()}
    present |= {(t, c): comment for t, c, comment in con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal").fetchall()}
    statements = [f"COMMENT ON {word} {f'{table}.{column}' if column else table} IS {_quote(text)}"
                  for (table, column), (word, text) in wanted.items() if present.get((table, column)) != text]
    if statements:  # one transaction: a new store gets its ~300 comments in one catalog write, not 300
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


def markdown(book: dict) -> str:
    """The codebook as Markdown (docs/codebook.md)."""
    lines = ["# Codebook", "",
             "<!-- generated by `thidua codebook` from schemas/records.py, schemas/codes.py and pipeline/; "
             "do not edit by hand -->", "",
             "Every table and view of a thidua store (DuckDB), each column with its type and meaning, and the "
             "allowed values of coded columns. The same descriptions are stored in the database "
             "(`SELECT table_name, column_name, comment FROM duckdb_columns()`) and written as `codebook.json` "
             "beside every `thidua export`.", "",
             "Conventions: units are written as level word + name (`huyện Hương Sơn`), provinces without level "
             "word (`Hà Tĩnh`); codes are text (`02020` keeps its zero); money is in đồng; every fact row carries "
             "its provenance (`article_id`, `evidence`, `char_start`, `char_end`, `extractor`).", ""]
    lines += ["## Contents", ""]
    for kind in ("tables", "views"):
        lines.append(f"- {kind}: " + ", ".join(f"[`{e['name']}`](#{e['name']})" for e in book[kind]))
    lines.append("")
    for kind, title in (("tables", "Tables"), ("views", "Views")):
        lines += [f"## {title}", ""]
        for entry in book[kind]:
            lines += [f"### {entry['name']}", "", entry["description"], "",
                      "| column | type | meaning |", "| --- | --- | --- |"]
            for column in entry["columns"]:
                meaning = column["description"].replace("|", "\\|")
                if column["values"]:
                    meaning += "<br>" + "<br>".join(f"`{code}`: {text}" if text else f"`{code}`"
                                                    for code, text in column["values"].items())
                lines.append(f"| `{column['name']}` | {column['type']} | {meaning} |")
            lines.append("")
    return "\n".join(lines)


def fresh_codebook() -> dict:
    """The codebook of an empty store made by this version (what docs/codebook.md documents)."""
    import tempfile

    from pipeline.store import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "codebook.duckdb") as store:
            return build(store.con)
