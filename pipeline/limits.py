"""Limits that keep one hostile input from holding a batch: a size cap per input and a time budget per document.

Size: every input (a file, a JSONL line, a WARC record) is measured before it is decoded or handed to
trafilatura, whose pruning grows faster than linearly with the page (a 50 MB page took 4 minutes and 1.3 GB).
Refusing oversize inputs up front bounds the cost of every later stage, including single calls into C (lxml,
`re`) that nothing can interrupt.

Time: `time_budget` arms a real-time interval timer (SIGALRM) around one document. Why a signal and not a
separate process per document: the pipeline's work is Python code (rules, trafilatura's tree walk, the
segmenter's loops), where the signal handler runs at the next bytecode, so the document stops within
milliseconds of its budget, the worker survives and the batch goes on without paying a process start or
pickling per article. A signal cannot interrupt one long call into C; the size limit bounds those, and the local
process pool (`pipeline.workers`) adds a hard limit on top: a worker that has not answered within the budget
plus a grace period is killed and replaced. Signals only reach the main thread, so in any other thread (a Dask
worker runs its tasks in threads) a watcher thread raises the same exception in the document's thread instead
(CPython's PyThreadState_SetAsyncExc, which is also delivered at the next bytecode).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024  # a news page with inline scripts is < 3 MB; 10 MB cleans in ~20 s
DEFAULT_SECONDS_PER_DOCUMENT = 60.0  # a normal article takes ~10 ms; a 1 MB one-line text a few seconds


class TimeBudgetExceeded(BaseException):  # noqa: N818 - raised like KeyboardInterrupt, not an Exception
    """A document ran past its time budget. A BaseException, so library code that catches `Exception`
    (trafilatura has such handlers) cannot swallow it."""


def too_large(size: int, limit: int | None) -> str | None:
    """The error reason for an input of `size` bytes under `limit`, or None when it fits (or no limit)."""
    if limit is None or limit <= 0 or size <= limit:
        return None
    return f"input too large ({human_size(size)} > limit {human_size(limit)}; raise it with --max-input-mb)"


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.2f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} kB"
    return f"{size} bytes"


def _can_signal() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `TimeBudgetExceeded` in the block once `seconds` have passed (see the module docstring).

    The timer repeats every second after it first fires, so code that swallows the first exception is stopped
    at its next check. Nested use is not supported: the outer timer is replaced while the block runs."""
    if not seconds or seconds <= 0:
        yield
        return
    if not _can_signal():
        with _thread_budget(seconds):
            yield
        return

    def expired(signum, frame):
        raise TimeBudgetExceeded(f"took longer than the time budget of {seconds:g} s per document")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def die_with_parent(parent: int) -> None:
    """Make the calling worker process receive SIGKILL when `parent` dies, even by `kill -9` (Linux prctl);
    elsewhere a watcher thread polls the parent id once a second and exits when it changes."""
    if os.getppid() != parent:  # the parent died before this worker got here
        os._exit(1)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1  # PR_SET_PDEATHSIG in <sys/prctl.h>
        if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died between the check and prctl
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """`time_budget` outside the main thread: a watcher raises `TimeBudgetExceeded` asynchronously in this
    thread once `seconds` have passed, then every second (like the repeating timer) until the block ends."""
    import ctypes

    message = f"took longer than the time budget of {seconds:g} s per document"

    class Expired(TimeBudgetExceeded):  # raised by type, without arguments, so the message is its default
        def __init__(self, *args) -> None:
            super().__init__(*(args or (message,)))

    target, done, lock = ctypes.c_ulong(threading.get_ident()), threading.Event(), threading.Lock()

    def watch() -> None:
        wait = seconds
        while not done.wait(wait):
            with lock:
                if done.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(Expired))
            wait = 1.0

    watcher = threading.Thread(target=watch, name="time-budget", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # drop one raised too late to matter
