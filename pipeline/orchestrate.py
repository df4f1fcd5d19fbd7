"""Run the pipeline over many articles: the per-article unit of work and the batch drivers around it.

`process_document` (clean -> segment -> extract) is the one function every driver runs: in-process, in a local
process pool, or on Dask workers (`pipeline.distributed`). Stages of a batch (`ingest`):
  1. Inputs are read lazily; unreadable files become `IngestError`s (file + reason) and the batch goes on.
  2. A file whose raw bytes (and sidecar's) are those recorded when it was last read, with its records still
     stored as they were, is skipped before it is decoded (unchanged, `pipeline.inputfiles`). Every record of
     the other files gets its source key and content hash (`pipeline.identity`); a record whose key is stored
     with the same hash and pipeline version is skipped (unchanged), one whose exact content is stored under
     another key is recorded as a source of that article without processing (duplicate).
  3. The rest are processed, in parallel when asked, each failure again becoming an `IngestError`; a size limit
     per input and a time budget per document keep one hostile input from holding the batch (`pipeline.limits`,
     `pipeline.workers`); non-Vietnamese articles are stored without facts (`pipeline.language`).
  4. Results are written in batches by the single writer (`pipeline.writer`), each batch of articles with their
     facts and sources in one transaction (see `pipeline.store`).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from pipeline import limits, runlog
from pipeline.identity import content_hash, source_key
from pipeline.ingest import IngestError, RawDocument, warning
from pipeline.inputfiles import FileRead, FileRecord, read_changed
from pipeline.language import VIETNAMESE, detect_language
from pipeline.store import ArticleFacts, Store
from pipeline.version import pipeline_version
from pipeline.warm import ensure_gazetteer, warm
from pipeline.writer import BatchWriter, Link, consume
from schemas import Article

if TYPE_CHECKING:
    from pipeline.clean import CleanArticle

# The cleaning, segmenting and extracting code (trafilatura, lxml, hundreds of compiled rule patterns) is imported
# inside the functions that use it, on the first article to process: a rerun over unchanged inputs needs none of
# it, and importing it would cost more than the rest of such a run.
PIPELINE_VERSION = pipeline_version()
LOOKUP_CHUNK = 500  # inputs checked against the store at once (one query each for keys and hashes)


@dataclass(frozen=True)
class Options:
    """Pipeline switches that change what is extracted (and therefore the recorded pipeline version)."""

    ner: bool = False  # underthesea NER pass: untitled officials (slower: ~8k chars/s)
    # limits on hostile inputs: they decide what is refused, never what is extracted (not part of the version)
    max_input_bytes: int | None = limits.DEFAULT_MAX_INPUT_BYTES
    seconds_per_document: float | None = limits.DEFAULT_SECONDS_PER_DOCUMENT

    @property
    def version(self) -> str:
        return PIPELINE_VERSION + ("+ner" if self.ner else "")


DEFAULT = Options()


def article_id_for(text: str) -> str:
    """Stable id from the cleaned text: the same article ingested twice (from any source) is one row."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Processed:
    """The outcome of processing one input: stored facts or an error, with time spent per stage."""

    source: str
    result: ArticleFacts | None = None
    error: IngestError | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    source_key: str | None = None  # None for a re-extraction of a stored article
    warnings: list[IngestError] = field(default_factory=list)  # stored, but with something not understood


def _extract(cleaned: CleanArticle, source: str, content_sha256: str, seconds: dict,
             options: Options) -> ArticleFacts:
    import extractors
    from extractors.movements import article_movement
    from pipeline.segment import segment

    article_id = article_id_for(cleaned.text)
    ensure_gazetteer()
    started = time.perf_counter()
    doc = segment(cleaned, article_id, with_ner=options.ner)
    seconds["segment"] = time.perf_counter() - started
    started = time.perf_counter()
    lang = detect_language(cleaned.text)
    facts = extractors.extract_all(doc) if lang == VIETNAMESE else {}
    movement = article_movement(doc)
    seconds["extract"] = time.perf_counter() - started
    article = Article(
        article_id=article_id, source=source, url=cleaned.url, outlet=cleaned.outlet, title=cleaned.title,
        published=cleaned.published, published_precision=cleaned.published_precision,
        published_text=cleaned.published_text, dateline=cleaned.dateline, text=cleaned.text, lang=lang,
        movement_code=movement.code, about_movement=movement.about_movement,
        content_sha256=content_sha256, pipeline_version=options.version, ingested_at=datetime.now(),
    )
    return ArticleFacts(article, facts)


STAGES = ("clean", "segment", "extract")


def _warnings(cleaned: CleanArticle, result: ArticleFacts, source: str) -> list[IngestError]:
    found = [warning(source, reason) for reason in cleaned.warnings]
    if result.article.lang != VIETNAMESE:
        found.append(warning(source, f"language detected as '{result.article.lang}', not Vietnamese: stored "
                                     "without facts"))
    return found


def process_document(raw: RawDocument, options: Options = DEFAULT) -> Processed:
    """Clean, segment and extract one raw document; never raises (failures come back as `error`).

    The input is measured against `options.max_input_bytes` before trafilatura sees it, and the whole document
    runs under `options.seconds_per_document` (`pipeline.limits.time_budget`)."""
    from pipeline.clean import clean

    seconds: dict[str, float] = {}
    size = len(raw.content) if len(raw.content) * 4 <= (options.max_input_bytes or 0) else \
        len(raw.content.encode("utf-8", "surrogatepass"))
    problem = limits.too_large(size, options.max_input_bytes)
    if problem:
        return Processed(raw.source, error=IngestError(raw.source, problem))
    try:
        with limits.time_budget(options.seconds_per_document):
            started = time.perf_counter()
            cleaned = clean(raw)
            seconds["clean"] = time.perf_counter() - started
            result = _extract(cleaned, raw.source, raw.content_sha256, seconds, options)
        return Processed(raw.source, result, seconds=seconds, source_key=source_key(raw.source, raw.meta.get("url")),
                         warnings=_warnings(cleaned, result, raw.source))
    except limits.TimeBudgetExceeded as exc:
        stage = next((s for s in STAGES if s not in seconds), STAGES[-1])
        return Processed(raw.source, error=IngestError(raw.source, f"{exc} (stopped in {stage})"), seconds=seconds)
    except Exception as exc:  # one bad article must not stop a batch of thousands
        reason = str(exc) or exc.__class__.__name__
        return Processed(raw.source, error=IngestError(raw.source, f"{exc.__class__.__name__}: {reason}"),
                         seconds=seconds)


def reprocess_stored(row: dict, options: Options = DEFAULT) -> Processed:
    """Re-extract a stored article from its cleaned text (no input re-read), keeping its metadata."""
    from pipeline.clean import CleanArticle, parse_published

    published, precision = parse_published(row.get("published_text") or row.get("published"))
    cleaned = CleanArticle(text=row["text"], title=row["title"], url=row["url"], outlet=row["outlet"],
                           published=published, published_precision=precision,
                           published_text=row.get("published_text"), dateline=row.get("dateline"))
    seconds: dict[str, float] = {}
    try:
        with limits.time_budget(options.seconds_per_document):
            result = _extract(cleaned, row["source"], row["content_sha256"], seconds, options)
        return Processed(row["source"], result, seconds=seconds, warnings=_warnings(cleaned, result, row["source"]))
    except limits.TimeBudgetExceeded as exc:
        return Processed(row["source"], error=IngestError(row["source"], str(exc)))
    except Exception as exc:
        return Processed(row["source"], error=IngestError(row["source"], f"{exc.__class__.__name__}: {exc}"))


@dataclass
class BatchSummary:
    """What a batch did: inputs by outcome, the errors, fact changes, and seconds per stage (for the benchmark).

    Outcomes: `new` (a source never seen), `changed` (a known source with new content or metadata),
    `unchanged` (same content: skipped, or re-extracted by a new pipeline version or on request), `duplicate` (text already stored under another
    source: recorded as one more source of that article); `failed` is the number of errors. `written` counts
    article rows written (a rerun over unchanged inputs writes none)."""

    written: int = 0
    outcomes: Counter = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)
    seconds: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)  # added / changed / removed fact rows

    interrupted: bool = False  # stopped early by Ctrl-C: what was read before is written, the rest not read

    @property
    def failed(self) -> int:
        return len(self.errors)

    def note(self, item: IngestError) -> None:
        """Record a reader's error or warning in its list."""
        (self.warnings if item.is_warning else self.errors).append(item)

    skipped: int = 0  # unchanged inputs not even processed
    run_id: int | None = None


def until(stop: threading.Event | None, items: Iterable, summary: BatchSummary) -> Iterator:
    """`items` until `stop` is set (Ctrl-C): then nothing more is read and the summary says so."""
    for item in items:
        if stop is not None and stop.is_set():
            summary.interrupted = True
            return
        yield item


def pending(items: Iterable[RawDocument | IngestError | FileRead], store: Store, writer: BatchWriter, force: bool,
            version: str) -> Iterator[RawDocument]:
    """The inputs that need processing, each with its content hash; the rest are counted or linked here.

    Inputs are checked against the store a chunk at a time, so memory and time stay proportional to the
    chunk, never to the store. A `FileRead` after a file's records hands that file's fingerprint and records
    to the writer, to be recorded (`pipeline.inputfiles`)."""
    summary = writer.summary
    items = iter(items)
    records: list[tuple[str, str]] = []  # (source key, content hash) of the file being read
    while chunk := list(islice(items, LOOKUP_CHUNK)):
        docs = []
        for item in chunk:
            if isinstance(item, FileRead):
                if item.complete:
                    writer.record_file(FileRecord(item.file_key, item.file_sha256, tuple(records)))
                records = []
            elif isinstance(item, IngestError):
                summary.note(item)
            else:
                doc = replace(item, content_sha256=content_hash(item.kind, item.content, item.meta))
                docs.append((doc, source_key(item.source, item.meta.get("url"))))
                records.append((docs[-1][1], doc.content_sha256))
        known = {} if force else store.known_sources([key for _, key in docs])
        contents = {} if force else store.known_contents(
            [doc.content_sha256 for doc, key in docs if known.get(key) != (doc.content_sha256, version)])
        for doc, key in docs:
            if known.get(key) == (doc.content_sha256, version):
                summary.outcomes["unchanged"] += 1
                summary.skipped += 1
            elif contents.get(doc.content_sha256, (None, None))[1] == version:
                writer.link(Link(key, doc.source, doc.content_sha256, contents[doc.content_sha256][0]))
            else:
                yield doc


def inputs_to_process(paths: list, store: Store, writer: BatchWriter, force: bool,
                      options: Options) -> Iterator[RawDocument]:
    """What every driver processes: unchanged files skipped by their fingerprint before they are decoded, the
    records of the other files checked one by one (`pending`)."""
    files = read_changed(paths, store.con, options.version, options.max_input_bytes, force, writer.summary)
    return pending(files, store, writer, force, options.version)


def _source_of(item) -> str:
    return item["source"] if isinstance(item, dict) else item.source


def _lost(item, reason: str) -> Processed:
    """The result of a document whose worker process was killed or died."""
    return Processed(_source_of(item), error=IngestError(_source_of(item), reason))


def _mapper(workers: int, options: Options = DEFAULT) -> tuple[Callable, Callable]:
    """A lazy `map` running the unit of work in `workers` processes (or in-process for 1) and its closer.

    Workers are `pipeline.workers` processes: one document each at a time, killed and replaced when a document
    overruns its time budget by more than a grace period, and gone when this process dies."""
    if workers <= 1:
        return map, lambda: None
    from pipeline.workers import GRACE_SECONDS, imap_unordered

    budget = options.seconds_per_document
    hard = budget * 1.5 + GRACE_SECONDS if budget else None
    return (lambda fn, items: imap_unordered(fn, items, workers, _lost, hard, initializer=warm)), lambda: None


def make_writer(store: Store, summary: BatchSummary, options: Options, force: bool = False,
                run_id: int | None = None) -> BatchWriter:
    """The single writer of a batch, able to re-extract an article from merged metadata."""
    return BatchWriter(store, summary, options.version, partial(reprocess_stored, options=options), force=force,
                       run_id=run_id)


def logged_run(store: Store, command: str, inputs: list, options: Options, workers: int, force: bool,
               work: Callable[[BatchWriter], Iterable[Processed]],
               on_result: Callable[[Processed], None] | None = None) -> BatchSummary:
    """Run `work` (the results of a driver) through one writer as one logged run (`pipeline.runlog`)."""
    summary = BatchSummary()
    summary.run_id = runlog.start_run(store.con, command, inputs, options.version, workers)
    writer = make_writer(store, summary, options, force, summary.run_id)
    try:
        consume(work(writer), writer, on_result)
        store.log_errors(summary.errors, options.version)
        store.log_warnings(summary.warnings, options.version)
    except BaseException:
        try:
            runlog.finish_run(store.con, summary.run_id, summary, status="failed")
        finally:
            raise
    runlog.finish_run(store.con, summary.run_id, summary, status="interrupted" if summary.interrupted else "finished")
    return summary


def ingest(paths: Iterable, store: Store, workers: int = 1, force: bool = False,
           on_result: Callable[[Processed], None] | None = None, options: Options = DEFAULT,
           stop: threading.Event | None = None) -> BatchSummary:
    """Ingest every article under `paths` into `store` (stages in the module docstring); once `stop` is set
    (Ctrl-C) no further input is read, and what is in flight is written."""
    paths = list(paths)
    mapper, close = _mapper(workers, options)
    work = partial(process_document, options=options)

    def results(writer: BatchWriter) -> Iterable[Processed]:
        return mapper(work, until(stop, inputs_to_process(paths, store, writer, force, options), writer.summary))

    try:
        return logged_run(store, "ingest", paths, options, workers, force, results, on_result)
    finally:
        close()


def _stored_rows(store: Store, article_ids: list[str], chunk: int = LOOKUP_CHUNK) -> Iterator[dict]:
    """Stored article rows, fetched a chunk at a time (memory stays flat however many need re-extraction)."""
    for start in range(0, len(article_ids), chunk):
        yield from store.articles_by_id(article_ids[start:start + chunk])


def reprocess(store: Store, everything: bool = False, workers: int = 1,
              on_result: Callable[[Processed], None] | None = None, options: Options = DEFAULT,
              stop: threading.Event | None = None) -> BatchSummary:
    """Re-extract stored articles whose pipeline version differs (or all), without re-reading inputs."""
    ids = store.article_ids_needing(options.version, everything)
    mapper, close = _mapper(workers, options)
    try:
        return logged_run(store, "reprocess", ["--all"] if everything else [], options, workers, True,
                          lambda writer: mapper(partial(reprocess_stored, options=options),
                                                until(stop, _stored_rows(store, ids), writer.summary)),
                          on_result)
    finally:
        close()
