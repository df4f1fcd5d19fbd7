"""Scale-out on Dask: the same `process_document` unit of work, run on a Dask cluster.

The client sends lists of input *paths* (not contents) to the workers, which read, clean, segment and extract
them and return finished `Processed` results; the client alone writes to DuckDB (a single-writer embedded
file). Workers must see the input paths (shared or network storage, the usual setup for a crawl). Inputs
already stored unchanged are skipped on the worker, from the (source -> hash, version) map the client sends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline import orchestrate
from pipeline.ingest import IngestError, discover, read_inputs
from pipeline.store import Store

FILES_PER_TASK = 25


def process_paths(paths: list[str], stored: dict[str, tuple[str, str]], force: bool,
                  options: orchestrate.Options) -> tuple[list[orchestrate.Processed], int]:
    """Worker side: every article of `paths` processed (read errors included), and how many were skipped."""
    results, skipped = [], 0
    for item in read_inputs(paths):
        if isinstance(item, IngestError):
            results.append(orchestrate.Processed(item.source, error=item))
        elif not force and stored.get(item.source) == (item.content_sha256, options.version):
            skipped += 1
        else:
            results.append(orchestrate.process_document(item, options))
    return results, skipped


def _client(scheduler: str):
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        return Client(LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None))
    return Client(scheduler)


def ingest_with_dask(paths: Iterable, store: Store, scheduler: str, force: bool = False,
                     on_result: Callable | None = None, files_per_task: int = FILES_PER_TASK,
                     client=None, options: orchestrate.Options = orchestrate.DEFAULT) -> orchestrate.BatchSummary:
    """Ingest `paths` with a Dask cluster (`scheduler` = "local" or a scheduler address like tcp://host:8786)."""
    from dask.distributed import as_completed

    summary = orchestrate.BatchSummary()
    files = []
    for item in discover(paths):
        if isinstance(item, IngestError):
            summary.errors.append(item)
        else:
            files.append(str(Path(item)))
    stored = {} if force else store.stored_inputs()
    chunks = [files[i:i + files_per_task] for i in range(0, len(files), files_per_task)]
    own_client = client is None
    client = client or _client(scheduler)
    try:
        futures = [client.submit(process_paths, chunk,
                                 {s: v for s, v in stored.items() if s.split("#")[0] in set(chunk)}, force,
                                 options, pure=False) for chunk in chunks]

        def results():
            for future in as_completed(futures):
                processed, skipped = future.result()
                summary.skipped += skipped
                yield from processed

        return orchestrate.consume(results(), store, summary, on_result, options.version)
    finally:
        if own_client:
            client.close()
