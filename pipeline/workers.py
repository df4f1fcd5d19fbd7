"""Local worker processes for a batch: bounded, killable, and never outliving the process that started them.

`ProcessPoolExecutor` fell short on hostile crawls in three ways: `map` submits every input up front (a crawl is
read into memory before the first article is written, and Ctrl-C cannot stop "after the current batch"); a task
stuck inside C cannot be cancelled, and killing its worker breaks the whole pool; and after `kill -9` of the
parent its workers stay alive. This pool gives each worker one document at a time over a pipe:
  - at most one document per worker is in flight, so reading stays lazy and stopping early is immediate;
  - a worker that has not answered within `hard_seconds` (the time budget plus a grace period: the budget itself
    is enforced inside the worker by `pipeline.limits.time_budget`, this catches calls into C that a signal
    cannot interrupt) is killed and replaced, and its document becomes an error; so does a worker that dies
    (out of memory, a crash in a C extension);
  - workers ask the kernel to kill them when their parent dies (`limits.die_with_parent`) and ignore SIGINT, so
    Ctrl-C reaches only the parent, which decides when to stop.
Results come back in completion order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait

from pipeline.limits import die_with_parent

GRACE_SECONDS = 10.0


def _serve(conn, fn: Callable, parent: int, initializer: Callable | None) -> None:
    """Worker loop: receive an item, send back `fn(item)`, until told to stop (None) or the pipe closes."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer:
        initializer()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        conn.send(fn(item))


class _Worker:
    def __init__(self, context, fn: Callable, initializer: Callable | None = None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, fn, os.getpid(), initializer), daemon=True)
        self.process.start()
        child.close()
        self.item = None
        self.deadline = float("inf")

    def give(self, item, hard_seconds: float | None) -> None:
        self.item = item
        self.deadline = time.monotonic() + hard_seconds if hard_seconds else float("inf")
        self.conn.send(item)

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


def imap_unordered(fn: Callable, items: Iterable, workers: int, lost: Callable[[object, str], object],
                   hard_seconds: float | None = None, initializer: Callable | None = None) -> Iterator:
    """`fn(item)` for every item, computed in `workers` processes; `lost(item, reason)` stands in for the result
    of an item whose worker was killed at `hard_seconds` or died. `initializer` runs once in each worker."""
    context = multiprocessing.get_context("fork")  # workers inherit the loaded models; nothing is re-imported
    pool = [_Worker(context, fn, initializer) for _ in range(max(1, workers))]
    source = iter(items)
    exhausted = False
    try:
        while True:
            for index, worker in enumerate(pool):
                if worker.item is None and not exhausted:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    try:
                        worker.give(item, hard_seconds)
                    except OSError:  # the worker died while idle: replace it and hand the item to the new one
                        worker.stop(kill=True)
                        pool[index] = worker = _Worker(context, fn, initializer)
                        worker.give(item, hard_seconds)
            busy = [w for w in pool if w.item is not None]
            if not busy:
                return
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = set(wait([w.conn for w in busy], timeout=None if timeout == float("inf") else timeout))
            for worker in busy:
                index = pool.index(worker)
                if worker.conn in ready:
                    try:
                        result = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.process.join(timeout=5)
                        result = lost(worker.item, f"worker process died (exit code {worker.process.exitcode}); "
                                                   "out of memory or a crash inside a library")
                        worker.stop(kill=True)
                        pool[index] = _Worker(context, fn, initializer)
                        yield result
                        continue
                    worker.item = None
                    yield result
                elif time.monotonic() >= worker.deadline:
                    result = lost(worker.item, f"did not finish within {hard_seconds:g} s; its worker process was "
                                               "killed")
                    worker.stop(kill=True)
                    pool[index] = _Worker(context, fn, initializer)
                    yield result
    finally:
        for worker in pool:
            worker.stop(kill=worker.item is not None)
