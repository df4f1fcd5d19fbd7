"""Run the pipeline over many articles: the per-article unit of work and the batch drivers around it.

`process_document` (clean -> segment -> extract) is the one function every driver runs: in-process, in a local
process pool, or on Dask workers (`pipeline.distributed`). Stages of a batch (`ingest`):
  1. Inputs are read lazily; unreadable files become `IngestError`s (file + reason) and the batch goes on.
  2. Inputs already stored with the same content hash and pipeline version are skipped (incremental reruns).
  3. The rest are processed, in parallel when asked, each failure again becoming an `IngestError`.
  4. Results are written in batches, each article with its facts in one transaction (see `pipeline.store`).
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

import extractors
from extractors.movements import article_movement
from pipeline.clean import CleanArticle, clean, parse_published
from pipeline.ingest import IngestError, RawDocument, read_inputs
from pipeline.segment import segment
from pipeline.store import ArticleFacts, Store
from pipeline.version import pipeline_version
from schemas import Article

PIPELINE_VERSION = pipeline_version()
WRITE_BATCH = 100


@dataclass(frozen=True)
class Options:
    """Pipeline switches that change what is extracted (and therefore the recorded pipeline version)."""

    ner: bool = False  # underthesea NER pass: untitled officials (slower: ~8k chars/s)

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


def _extract(cleaned: CleanArticle, source: str, content_sha256: str, seconds: dict,
             options: Options) -> ArticleFacts:
    article_id = article_id_for(cleaned.text)
    started = time.perf_counter()
    doc = segment(cleaned, article_id, with_ner=options.ner)
    seconds["segment"] = time.perf_counter() - started
    started = time.perf_counter()
    facts = extractors.extract_all(doc)
    movement = article_movement(doc)
    seconds["extract"] = time.perf_counter() - started
    article = Article(
        article_id=article_id, source=source, url=cleaned.url, outlet=cleaned.outlet, title=cleaned.title,
        published=cleaned.published, published_text=cleaned.published_text, dateline=cleaned.dateline,
        text=cleaned.text, movement_code=movement.code, about_movement=movement.about_movement,
        content_sha256=content_sha256, pipeline_version=options.version, ingested_at=datetime.now(),
    )
    return ArticleFacts(article, facts)


def process_document(raw: RawDocument, options: Options = DEFAULT) -> Processed:
    """Clean, segment and extract one raw document; never raises (failures come back as `error`)."""
    seconds: dict[str, float] = {}
    try:
        started = time.perf_counter()
        cleaned = clean(raw)
        seconds["clean"] = time.perf_counter() - started
        return Processed(raw.source, _extract(cleaned, raw.source, raw.content_sha256, seconds, options),
                         seconds=seconds)
    except Exception as exc:  # one bad article must not stop a batch of thousands
        reason = str(exc) or exc.__class__.__name__
        return Processed(raw.source, error=IngestError(raw.source, f"{exc.__class__.__name__}: {reason}"),
                         seconds=seconds)


def reprocess_stored(row: dict, options: Options = DEFAULT) -> Processed:
    """Re-extract a stored article from its cleaned text (no input re-read), keeping its metadata."""
    published, precision = parse_published(row.get("published_text") or row.get("published"))
    cleaned = CleanArticle(text=row["text"], title=row["title"], url=row["url"], outlet=row["outlet"],
                           published=published, published_precision=precision,
                           published_text=row.get("published_text"), dateline=row.get("dateline"))
    seconds: dict[str, float] = {}
    try:
        return Processed(row["source"], _extract(cleaned, row["source"], row["content_sha256"], seconds, options),
                         seconds=seconds)
    except Exception as exc:
        return Processed(row["source"], error=IngestError(row["source"], f"{exc.__class__.__name__}: {exc}"))


@dataclass
class BatchSummary:
    """What a batch did: counts by outcome, the errors, and seconds per stage (for the benchmark)."""

    written: int = 0
    skipped: int = 0
    errors: list[IngestError] = field(default_factory=list)
    seconds: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)  # added / changed / removed fact rows

    @property
    def failed(self) -> int:
        return len(self.errors)


def _pending(paths: Iterable, store: Store, force: bool, summary: BatchSummary,
             version: str) -> Iterator[RawDocument]:
    stored = {} if force else store.stored_inputs()
    for item in read_inputs(paths):
        if isinstance(item, IngestError):
            summary.errors.append(item)
            continue
        if stored.get(item.source) == (item.content_sha256, version):
            summary.skipped += 1
            continue
        yield item


def _mapper(workers: int) -> tuple[Callable, Callable]:
    """A lazy `map` running `process_document` in `workers` processes (or in-process for 1) and its closer."""
    if workers <= 1:
        return map, lambda: None
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers)
    return (lambda fn, items: pool.map(fn, items, chunksize=4)), pool.shutdown


def consume(results: Iterable[Processed], store: Store, summary: BatchSummary,
            on_result: Callable[[Processed], None] | None = None, version: str = PIPELINE_VERSION) -> BatchSummary:
    """Write processed articles in batches and collect errors; shared by every driver."""
    batch: list[ArticleFacts] = []

    def flush() -> None:
        started = time.perf_counter()
        result = store.write(batch)
        summary.written += result.articles
        summary.facts.update(result.fact_counts())
        summary.seconds["store"] += time.perf_counter() - started
        batch.clear()

    for processed in results:
        summary.seconds.update(processed.seconds)
        if processed.error:
            summary.errors.append(processed.error)
        else:
            batch.append(processed.result)
        if len(batch) >= WRITE_BATCH:
            flush()
        if on_result:
            on_result(processed)
    flush()
    store.log_errors(summary.errors, version)
    return summary


def ingest(paths: Iterable, store: Store, workers: int = 1, force: bool = False,
           on_result: Callable[[Processed], None] | None = None, options: Options = DEFAULT) -> BatchSummary:
    """Ingest every article under `paths` into `store` (stages in the module docstring)."""
    summary = BatchSummary()
    mapper, close = _mapper(workers)
    work = partial(process_document, options=options)
    try:
        pending = _pending(paths, store, force, summary, options.version)
        return consume(mapper(work, pending), store, summary, on_result, options.version)
    finally:
        close()


def reprocess(store: Store, everything: bool = False, workers: int = 1,
              on_result: Callable[[Processed], None] | None = None, options: Options = DEFAULT) -> BatchSummary:
    """Re-extract stored articles whose pipeline version differs (or all), without re-reading inputs."""
    summary = BatchSummary()
    rows = store.articles_needing(options.version, everything)
    mapper, close = _mapper(workers)
    try:
        return consume(mapper(partial(reprocess_stored, options=options), rows), store, summary, on_result,
                       options.version)
    finally:
        close()
