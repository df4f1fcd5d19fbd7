"""Opening the DuckDB file, with one-line reasons when it cannot be opened.

DuckDB allows one writing process per file. A second `thidua ingest`, or a notebook holding a connection,
used to end in a 30-line traceback around DuckDB's lock error; a file that is not a DuckDB store likewise. Here
both become a `StoreError` whose message names the file, the other process (its PID and command line, read from
/proc where available) and what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


class StoreError(RuntimeError):
    """The store cannot be opened; the message is one line for the user."""


def _command_line(pid: int) -> str | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    words = [w for w in raw.decode("utf-8", "replace").split("\0") if w]
    if words and Path(words[0]).name.startswith("python") and len(words) > 1:
        words = words[1:]  # "python /venv/bin/thidua ingest ..." reads better as "thidua ingest ..."
    if words:
        words[0] = Path(words[0]).name
    line = " ".join(" ".join(words).split())  # one line, whatever the arguments hold
    return line if len(line) <= 120 else line[:117] + "..."


def describe(path: str, exc: Exception) -> str:
    """The one-line reason a store could not be opened."""
    message = " ".join(str(exc).split())
    lock = _LOCK_HOLDER.search(message)
    if lock or "Could not set lock" in message:
        if lock:
            pid = int(lock.group(2))
            what = _command_line(pid) or Path(lock.group(1)).name
            holder = f"another process (PID {pid}: {what})"
        else:
            holder = "another process"
        return (f"{path}: store in use by {holder}; wait for it to finish or close its connection "
                "(a notebook: con.close()), then run this again")
    if "not a valid DuckDB database" in message or "Invalid Input Error: The file" in message:
        return (f"{path}: not a thidua store (the file exists but is not a DuckDB database); give --db a new "
                "file name or a store made by thidua")
    return f"{path}: cannot open the store ({message})"


def connect(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect`, with `StoreError` (one line) in place of DuckDB's errors."""
    if Path(path).is_dir():
        raise StoreError(f"{path}: is a folder; give --db a file name such as data.duckdb")
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(describe(path, exc)) from None
