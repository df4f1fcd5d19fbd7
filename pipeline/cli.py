"""`thidua` command line: a thin layer over `pipeline.orchestrate`, `pipeline.store` and `pipeline.evaluate`."""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__, orchestrate
from pipeline.display import count_inputs, print_rows
from pipeline.ingest import missing_paths
from pipeline.interrupt import stop_on_interrupt
from pipeline.limits import DEFAULT_MAX_INPUT_BYTES, DEFAULT_SECONDS_PER_DOCUMENT
from pipeline.store import Store
from pipeline.storefile import StoreError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Vietnamese emulation-movement news into a DuckDB dataset of facts with provenance.")
console = Console()
err_console = Console(stderr=True)
DEFAULT_DB = "thidua.duckdb"
BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


log = logging.getLogger("thidua")
QUIET = {"on": False}  # -q: no progress bar and no summary tables, errors only


class Format(StrEnum):
    table = "table"
    records = "records"
    csv = "csv"
    json = "json"


def _show_version(value: bool) -> None:
    if value:
        console.print(f"thidua {__version__} (pipeline {orchestrate.PIPELINE_VERSION})", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit."),
             quiet: bool = typer.Option(False, "-q", "--quiet", help="Errors only: no progress bar or summary."),
             verbose: int = typer.Option(0, "-v", "--verbose", count=True,
                                         help="More detail on stderr (-v: steps, -vv: debug).")) -> None:
    """Turn Vietnamese emulation-movement news into a DuckDB dataset of facts with provenance."""
    QUIET["on"] = quiet
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(message)s", force=True,
                        handlers=[RichHandler(console=err_console, show_time=verbose > 1, show_path=verbose > 1)])


def _error(message) -> None:
    """One unwrapped line on stderr: "error <file>: <reason>" stays greppable in logs."""
    err_console.print(f"error {message}", style="red", highlight=False, markup=False, soft_wrap=True)


def _require_store(db: str) -> None:
    """Commands that only read a store stop with a usage error when there is none, rather than creating one."""
    if not Path(db).is_file():
        _error(f"{db}: no such store (run `thidua ingest` first)")
        raise typer.Exit(EXIT_USAGE)


def _warning(message) -> None:
    err_console.print(f"warning {message}", style="yellow", highlight=False, markup=False, soft_wrap=True)


# Exit codes: 0 every input stored or unchanged; 1 some input failed (the others were processed) or the store is
# in use; 2 usage errors (a missing input path, a --db that is not a store); 130 stopped by Ctrl-C.
EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130


def _store(db: str, read_only: bool = False) -> Store:
    """The store, or one line saying why it cannot be opened (in use by another process, not a store)."""
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        _error(exc)
        raise typer.Exit(EXIT_FAILED if "in use" in str(exc) else EXIT_USAGE) from None


def _exit_code(summary: orchestrate.BatchSummary) -> int:
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if summary.failed else 0


def _run_with_progress(label: str, total: int | None, work) -> orchestrate.BatchSummary:
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn()]
    with Progress(*columns, console=err_console, transient=False, disable=QUIET["on"]) as progress:
        task = progress.add_task(label, total=total)
        shown: set[int] = set()

        def on_result(processed: orchestrate.Processed) -> None:
            progress.advance(task)
            if processed.error:
                shown.add(id(processed.error))
                progress.console.print(f"error {processed.error}", style="red", highlight=False, markup=False,
                                       soft_wrap=True)

        with stop_on_interrupt(lambda message: progress.console.print(message, style="yellow")) as stop:
            summary = work(on_result, stop)
        # every input accounted for, including the unchanged ones that were never processed and the files that
        # could not be read: the bar ends at the number of inputs (short of it when interrupted)
        # (a reprocess counts no input outcomes: its bar ends at the articles it re-extracted)
        accounted = max(sum(summary.outcomes.values()) + summary.failed, int(progress.tasks[0].completed))
        progress.update(task, total=max(total or 0, accounted), completed=accounted)
    for error in summary.errors:  # inputs that could not even be read never reach on_result
        if id(error) not in shown:
            _error(error)
    for warned in summary.warnings:
        _warning(warned)
    return summary


def _report(summary: orchestrate.BatchSummary, store: Store) -> None:
    log.info("run %s: %s articles written to %s", summary.run_id, summary.written, store.path)
    if summary.interrupted:
        console.print("interrupted: inputs not yet read were left out; what is listed here is stored (run the "
                      "same command again to go on: stored inputs are skipped)")
    if QUIET["on"]:
        return
    console.print(f"written {summary.written}, unchanged {summary.skipped}, failed {summary.failed}, "
                  f"warnings {len(summary.warnings)}")
    outcomes = summary.outcomes
    console.print(f"inputs: new {outcomes['new']}, changed {outcomes['changed']}, unchanged {outcomes['unchanged']}, "
                  f"duplicate of another source {outcomes['duplicate']}, failed {summary.failed}")
    facts = summary.facts
    console.print(f"facts added {facts['added']}, changed {facts['changed']}, removed {facts['removed']}")
    table = Table(title=f"{store.path}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, rows in store.counts().items():
        table.add_row(name, str(rows))
    console.print(table)


NER_HELP = "Also run underthesea NER to add officials named without a title (about 10x slower)."


def _ingest(paths: list[str], db: str, workers: int, force: bool, dask: str | None,
            ner: bool = False, options: orchestrate.Options | None = None) -> orchestrate.BatchSummary:
    options = options or orchestrate.Options(ner=ner)
    missing = missing_paths(paths)
    for path in missing:  # a typo on the command line: say so before anything is created or written
        _error(f"{path}: no such file or directory")
    if missing:
        raise typer.Exit(EXIT_USAGE)
    with _store(db) as store:
        if dask:
            from pipeline.distributed import ingest_with_dask

            summary = _run_with_progress("ingest (dask)", count_inputs(paths), lambda cb, stop: ingest_with_dask(
                paths, store, dask, force=force, on_result=cb, options=options))
        else:
            summary = _run_with_progress("ingest", count_inputs(paths), lambda cb, stop: orchestrate.ingest(
                paths, store, workers=workers, force=force, on_result=cb, options=options, stop=stop))
        _report(summary, store)
    return summary


SUMMARY_SQL = """
SELECT regexp_extract(a.source, '[^/]+$') AS article,
       e.kind || ' ' || coalesce(strftime(e.event_date, '%Y-%m-%d'), e.event_day || '/' || e.event_month, '')
           AS event,
       e.unit AS unit,
       (SELECT max(count) FROM model_counts m WHERE m.article_id = a.article_id AND m.field IS NULL)
           AS models,
       (SELECT sum(count) FROM award_counts w WHERE w.article_id = a.article_id) AS awarded,
       (SELECT count(*) FROM officials o WHERE o.article_id = a.article_id) AS officials,
       (SELECT count(*) FROM units u WHERE u.article_id = a.article_id) AS places,
       (SELECT count(*) FROM outcomes x WHERE x.article_id = a.article_id) AS outcomes
FROM articles a LEFT JOIN events e USING (article_id)
ORDER BY article
"""


@app.command()
def run(db: str = typer.Option(DEFAULT_DB, help="DuckDB file to write."),
        corpus: Path = typer.Option(BUNDLED_CORPUS, help="Articles to ingest (default: the bundled corpus)."),
        workers: int = typer.Option(1, min=1, help="Local worker processes.")) -> None:
    """Ingest the bundled corpus into ./thidua.duckdb and print a summary of what was extracted."""
    if not corpus.exists():
        _error(f"{corpus}: corpus directory not found")
        raise typer.Exit(2)
    summary = _ingest([str(corpus)], db, workers, force=False, dask=None)
    with _store(db, read_only=True) as store:
        columns, rows = store.query(SUMMARY_SQL)
        if not QUIET["on"]:
            _print_rows(columns, rows, Format.table, title="Extracted per article")
    if _exit_code(summary):
        raise typer.Exit(_exit_code(summary))


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files or directories (.html .htm .txt .jsonl .warc[.gz])."),
           db: str = typer.Option(DEFAULT_DB, help="DuckDB file to write."),
           workers: int = typer.Option(1, min=1, help="Local worker processes."),
           dask: str | None = typer.Option(None, help="Dask scheduler address, or 'local' for a local cluster."),
           force: bool = typer.Option(False, help="Re-process inputs even if stored unchanged."),
           ner: bool = typer.Option(False, "--ner", help=NER_HELP),
           max_input_mb: float = typer.Option(DEFAULT_MAX_INPUT_BYTES / 2**20, min=0,
                                              help="Refuse inputs (a file, a JSONL line, a WARC record) larger than "
                                                   "this many MB; 0: no limit."),
           time_limit: float = typer.Option(DEFAULT_SECONDS_PER_DOCUMENT, min=0,
                                            help="Seconds one document may take before it is given up as an "
                                                 "error; 0: no limit.")) -> None:
    """Ingest articles; bad files are reported (file + reason) and skipped, never stopping the batch.

    Exit code 0 when every input was stored or unchanged, 1 when any failed (after processing the others),
    2 for usage errors, 130 when stopped by Ctrl-C (after writing what was in progress)."""
    options = orchestrate.Options(ner=ner, max_input_bytes=int(max_input_mb * 2**20) or None,
                                  seconds_per_document=time_limit or None)
    summary = _ingest(paths, db, workers, force, dask, ner, options)
    if _exit_code(summary):
        raise typer.Exit(_exit_code(summary))


@app.command()
def reprocess(db: str = typer.Option(DEFAULT_DB), everything: bool = typer.Option(False, "--all"),
              workers: int = typer.Option(1, min=1), ner: bool = typer.Option(False, "--ner", help=NER_HELP)) -> None:
    """Re-extract stored articles made by another pipeline version (or --all) without re-reading inputs."""
    options = orchestrate.Options(ner=ner)
    with _store(db) as store:
        total = len(store.article_ids_needing(options.version, everything))  # the bar's end, known before work
        summary = _run_with_progress("reprocess", total, lambda cb, stop: orchestrate.reprocess(
            store, everything, workers, on_result=cb, options=options, stop=stop))
        _report(summary, store)
    if _exit_code(summary):
        raise typer.Exit(_exit_code(summary))


@app.command()
def check(db: str = typer.Option(DEFAULT_DB, help="The store to verify.")) -> None:
    """Verify the store: spans inside article text and evidence, numbers in their spans, no orphans, no duplicate
    facts, the schema version. Exit code 1 on any violation."""
    from pipeline.check import check_store

    _require_store(db)
    with _store(db, read_only=True) as store:
        problems = check_store(store.con)
        counts = store.counts()
    for problem in problems:
        err_console.print(f"violation {problem}", style="red", highlight=False, markup=False, soft_wrap=True)
    facts = sum(n for t, n in counts.items() if t not in ("articles", "article_sources", "ingest_errors",
                                                          "ingest_warnings"))
    console.print(f"checked {counts.get('articles', 0)} articles and {facts} facts: "
                  + (f"{len(problems)} kinds of violation" if problems else "no violations"))
    if problems:
        raise typer.Exit(EXIT_FAILED)


def _print_rows(columns: list[str], rows: list[tuple], fmt: Format, title: str | None = None) -> None:
    print_rows(console, columns, rows, fmt.value, title)


@app.command()
def query(sql: str | None = typer.Argument(None, help="SQL over the tables and views (docs/codebook.md); "
                                                      "'-' or nothing reads it from stdin."),
          db: str = typer.Option(DEFAULT_DB), fmt: Format = typer.Option(Format.table, "--format"),
          file: Path | None = typer.Option(None, "--file", "-f", help="Read the SQL from this file.")) -> None:
    """Run SQL against the store and print the rows (a table fitted to the terminal, records, CSV or JSON)."""
    if file is not None:
        if not file.is_file():
            _error(f"{file}: no such SQL file")
            raise typer.Exit(2)
        sql = file.read_text(encoding="utf-8")
    elif sql in (None, "-"):
        if sys.stdin.isatty():
            _error("no SQL given (an argument, --file FILE, or SQL on stdin)")
            raise typer.Exit(2)
        sql = sys.stdin.read()
    if not sql.strip():
        _error("empty SQL")
        raise typer.Exit(2)
    _require_store(db)
    import duckdb

    with _store(db, read_only=True) as store:
        try:
            columns, rows = store.query(sql)
        except duckdb.Error as exc:
            _error(f"query failed: {exc}")
            raise typer.Exit(1) from exc
    _print_rows(columns, rows, fmt)


@app.command()
def review(article: str | None = typer.Argument(None, help="Article id (or a unique prefix), source path/URL, or file name."),
           out: Path = typer.Option(..., "--out", help="HTML file to write (a folder with --all)."),
           db: str = typer.Option(DEFAULT_DB), everything: bool = typer.Option(False, "--all",
                                                                              help="Every article, plus index.html.")
           ) -> None:
    """Write an HTML page showing an article with every fact highlighted in place, and a table of its facts."""
    from pipeline import review as pages

    if everything == (article is not None):
        _error("give either one ARTICLE or --all")
        raise typer.Exit(2)
    _require_store(db)
    with _store(db, read_only=True) as store:
        try:
            written = pages.review_all(store.con, out) if everything else [pages.review_article(store.con, article, out)]
        except pages.ReviewError as exc:
            _error(exc)
            raise typer.Exit(1) from exc
    console.print(f"wrote {written[-1]}" + (f" and {len(written) - 1} article pages" if everything else ""))


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    dta = "dta"


@app.command("export")
def export_command(fmt: ExportFormat = typer.Option(..., "--format", help="File format (dta: Stata 14+)."),
                   out: Path = typer.Option(..., "--out", help="Folder to write (created if missing)."),
                   db: str = typer.Option(DEFAULT_DB, help="Store to export."),
                   where: str | None = typer.Option(None, help="SQL condition on articles, e.g. "
                                                                "\"published >= '2024-01-01'\".")) -> None:
    """Write every table and view as one file each, with codebook.json beside them."""
    from pipeline.export import ExportError, export

    try:
        written = export(db, out, fmt.value, where)
    except ExportError as exc:
        _error(exc)
        raise typer.Exit(2) from exc
    console.print(f"exported {len(written) - 1} tables and views to {out} ({fmt.value}), with codebook.json")


@app.command()
def codebook(out: Path = typer.Option(Path("docs/codebook.md"), help="Markdown file to write."),
             json_out: Path | None = typer.Option(None, "--json", help="Also write the codebook as JSON."),
             db: str | None = typer.Option(None, help="Describe this store (default: the tables of this version).")
             ) -> None:
    """Write the codebook: every table, view and column with its type, meaning and allowed values."""
    from pipeline import codebook as book

    if db:
        with Store(db, read_only=True) as store:
            entries = book.build(store.con)
    else:
        entries = book.fresh_codebook()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(book.markdown(entries), encoding="utf-8")
    if json_out:
        json_out.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    console.print(f"codebook: {sum(len(e['columns']) for k in ('tables', 'views') for e in entries[k])} columns "
                  f"of {len(entries['tables'])} tables and {len(entries['views'])} views -> {out}")


@app.command("eval")
def evaluate_command(gold_dir: Path = typer.Argument(..., help="Folder of DOC.json gold files (ANNOTATION.md)."),
                     db: str = typer.Option(DEFAULT_DB),
                     errors: bool = typer.Option(False, "--errors", help="List each missed/spurious fact."),
                     json_out: Path | None = typer.Option(None, "--json", help="Also write the report as JSON.")
                     ) -> None:
    """Precision/recall/F1 per table and attribute agreement against gold annotations."""
    from pipeline.evaluate import evaluate

    if not gold_dir.is_dir() or not Path(db).exists():
        _error(f"need a gold folder and an existing store ({gold_dir}, {db})")
        raise typer.Exit(2)
    with _store(db, read_only=True) as store:
        report = evaluate(gold_dir, store)
    table = Table(title=f"{report.found} of {report.documents} gold documents found in the store")
    for column in ("table", "P", "R", "F1", "tp", "fp", "fn", "attributes on matched facts"):
        table.add_column(column)
    for name, s in report.tables.items():
        attrs = " ".join(f"{a}={s.agreement(a):.3f}" for a in s.attributes if s.agreement(a) is not None)
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp),
                      str(s.fn), attrs)
    m = report.micro
    table.add_row("micro", f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}", str(m.tp), str(m.fp), str(m.fn), "")
    console.print(table)
    if errors:
        for line in report.errors:
            console.print(line, highlight=False, markup=False, soft_wrap=True)
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    app()
