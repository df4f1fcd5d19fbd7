"""What the command line shows: query results that fit the terminal, and how many inputs a batch will read.

A result table wider than the terminal is unreadable when every cell folds (one row of the articles table runs
to sixty lines at 80 columns), so `layout` picks: the table when it fits; one field a line ("records") when there
are few rows; otherwise one line per row with cells cut to fit and an ellipsis.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

RECORDS_UP_TO = 20  # rows shown one field a line when a table does not fit
MIN_CELL = 6


def _text(value) -> str:
    return "" if value is None else str(value)


def _jsonable(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def natural_width(columns: list[str], rows: list[tuple]) -> int:
    """Width of the table with every cell on one line (rich's box: 3 characters per column, plus 1)."""
    widths = [max([len(c)] + [len(_text(row[i]).split("\n")[0]) for row in rows]) for i, c in enumerate(columns)]
    return sum(widths) + 3 * len(columns) + 1


def layout(columns: list[str], rows: list[tuple], width: int) -> str:
    """"table" when the rows fit in `width` columns, else "records" for a few rows, else "truncated"."""
    if natural_width(columns, rows) <= width:
        return "table"
    if len(rows) <= RECORDS_UP_TO or len(columns) * (MIN_CELL + 3) + 1 > width:
        return "records"  # a few rows, or too many columns for even a short cell each
    return "truncated"


def print_records(console: Console, columns: list[str], rows: list[tuple]) -> None:
    """One field a line, rows separated by a rule: any width of value stays readable."""
    label = max((len(c) for c in columns), default=0)
    for number, row in enumerate(rows, 1):
        console.rule(f"row {number}", style="dim")
        for column, value in zip(columns, row):
            line = Text(f"{column:<{label}}  ", style="bold")
            line.append(_text(value))
            console.print(line, soft_wrap=False, overflow="fold")


def fitted_widths(natural: list[int], available: int) -> list[int]:
    """Column widths that fit `available` characters: short columns keep their width, the widest are cut to
    one common cap (never below MIN_CELL)."""
    if sum(natural) <= available:
        return natural
    low, high = MIN_CELL, max(natural)
    while low < high:  # the largest cap whose widths still fit
        cap = (low + high + 1) // 2
        if sum(min(n, cap) for n in natural) <= available:
            low = cap
        else:
            high = cap - 1
    return [min(n, low) for n in natural]


def _cut(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def print_table(console: Console, columns: list[str], rows: list[tuple], title: str | None = None,
                truncate: bool = False) -> None:
    table = Table(title=title)
    if not truncate:
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*[_text(v) for v in row])
    else:
        natural = [max([len(c)] + [len(_text(row[i])) for row in rows]) for i, c in enumerate(columns)]
        widths = fitted_widths(natural, console.width - 3 * len(columns) - 1)
        for column, width in zip(columns, widths):
            table.add_column(_cut(column, width), width=width, no_wrap=True)
        for row in rows:
            table.add_row(*[_cut(_text(v), w) for v, w in zip(row, widths)])
    console.print(table)


def print_rows(console: Console, columns: list[str], rows: list[tuple], fmt: str, title: str | None = None) -> None:
    """Rows in `fmt`: csv, json, records, table (fitted to the terminal as the module docstring says)."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    elif fmt == "json":
        sys.stdout.write(json.dumps([{c: _jsonable(v) for c, v in zip(columns, row)} for row in rows],
                                    ensure_ascii=False, indent=1) + "\n")
    elif fmt == "records":
        print_records(console, columns, rows)
    else:
        shape = layout(columns, rows, console.width)
        if shape == "records":
            if title:
                console.print(title, style="italic", highlight=False)
            print_records(console, columns, rows)
        else:
            print_table(console, columns, rows, title, truncate=shape == "truncated")


def _jsonl_records(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def _warc_records(path: Path) -> int:
    """HTML responses in a WARC file (what the reader yields as documents)."""
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response" and record.http_headers is not None and \
                    "html" in (record.http_headers.get_header("Content-Type") or "").lower():
                pages += 1
    return pages


def count_inputs(paths: list[str]) -> int:
    """Documents a batch will read: one per file, one per JSONL line, one per HTML response of a WARC file.

    An unreadable container counts as one input (it will be one error). JSONL and WARC files are read once more
    for this, without parsing their records."""
    from pipeline.ingest import discover, input_kind

    total = 0
    for item in discover(paths):
        if not isinstance(item, Path):
            total += 1
            continue
        kind = input_kind(item)
        try:
            count = _jsonl_records(item) if kind == "jsonl" else _warc_records(item) if kind == "warc" else 1
        except Exception:  # damaged container: the reader reports it as one error
            count = 1
        total += max(count, 1)
    return total
