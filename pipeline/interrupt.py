"""Ctrl-C during a batch: finish the documents in flight, write them, log the errors, print the summary, stop.

The first SIGINT only sets a flag that the batch driver checks before reading the next input; what was already
read is processed and written (each article with its facts in one transaction), so nothing half-done is left
and the summary says what was stored. A second Ctrl-C aborts at once (KeyboardInterrupt), which the store's
transactions also survive.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def stop_on_interrupt(notify: Callable[[str], None] | None = None) -> Iterator[threading.Event]:
    """An event set by the first SIGINT inside the block (main thread only; elsewhere it is never set)."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def interrupted(signum, frame):
        if stop.is_set():
            signal.signal(signal.SIGINT, signal.default_int_handler)
            raise KeyboardInterrupt
        stop.set()
        if notify:
            notify("interrupted: finishing the documents in progress and writing them (Ctrl-C again to abort)")

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
