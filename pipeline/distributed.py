"""Scale-out on Dask: the same `process_document` unit of work, run on a Dask cluster.

The client reads the inputs and checks them against the store exactly as a local run does
(`orchestrate.inputs_to_process`: unchanged files are skipped, duplicates linked), then sends the documents still to do,
`docs_per_task` at a time, to the workers, which clean, segment and extract them and return `Processed`
results. At most `in_flight` tasks are out at once, so client memory stays flat however large the crawl, and
results are written as they complete by the one writer (DuckDB is a single-writer embedded file). Workers need
no access to the input files, and each warms its gazetteer and NLP models once when it starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from distributed import WorkerPlugin

from pipeline import orchestrate
from pipeline.ingest import RawDocument
from pipeline.store import Store

DOCS_PER_TASK = 25
TASKS_PER_WORKER = 3


def process_documents(docs: list[RawDocument], options: orchestrate.Options,
                      client_version: str | None = None) -> list[orchestrate.Processed]:
    """Worker side: every document of a task processed (failures come back as errors).

    A worker whose installed pipeline differs from the client's would store facts under the client's version
    that its rules did not make, so it refuses."""
    if client_version is not None and options.version != client_version:
        raise RuntimeError(f"this worker runs pipeline version {options.version}, the client {client_version}: "
                           "install the same thidua (and trafilatura, underthesea, vietnamadminunits) everywhere")
    return [orchestrate.process_document(doc, options) for doc in docs]


def _client(scheduler: str):
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        return Client(LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None))
    return Client(scheduler)


class WarmPlugin(WorkerPlugin):
    """Runs on every worker, present and future, before its first task."""

    name = "thidua-warm"

    def setup(self, worker) -> None:
        from pipeline.warm import warm

        warm()


def _warm_workers(client) -> None:
    client.register_plugin(WarmPlugin())


def _stream(client, docs: Iterator[RawDocument], options: orchestrate.Options, docs_per_task: int,
            in_flight: int) -> Iterator[orchestrate.Processed]:
    """Results of `docs`, task by task as they complete, with at most `in_flight` tasks submitted."""
    from dask.distributed import as_completed

    def submit_next(queue) -> bool:
        chunk = list(islice(docs, docs_per_task))
        if chunk:
            queue.add(client.submit(process_documents, chunk, options, options.version, pure=False))
        return bool(chunk)

    queue = as_completed()
    for _ in range(in_flight):
        if not submit_next(queue):
            break
    for future in queue:
        results = future.result()
        future.release()
        submit_next(queue)
        yield from results


def ingest_with_dask(paths: Iterable, store: Store, scheduler: str, force: bool = False,
                     on_result: Callable | None = None, docs_per_task: int = DOCS_PER_TASK,
                     client=None, options: orchestrate.Options = orchestrate.DEFAULT,
                     in_flight: int | None = None) -> orchestrate.BatchSummary:
    """Ingest `paths` with a Dask cluster (`scheduler` = "local" or a scheduler address like tcp://host:8786)."""
    paths = list(paths)
    own_client = client is None
    client = client or _client(scheduler)
    try:
        _warm_workers(client)
        threads = sum(client.nthreads().values()) or 1

        def work(writer):
            todo = orchestrate.inputs_to_process(paths, store, writer, force, options)
            return _stream(client, todo, options, docs_per_task, in_flight or TASKS_PER_WORKER * threads)

        return orchestrate.logged_run(store, "ingest --dask", paths, options, threads, force, work, on_result)
    finally:
        if own_client:
            cluster = client.cluster  # a local cluster outlives its client: close it now, not at exit, where its
            client.close()            # shutdown would print into whatever the caller prints last
            if cluster is not None:
                cluster.close()
