"""thidua's pipeline: ingest -> clean -> segment -> extract -> store, driven from `pipeline.orchestrate`."""

__version__ = "0.1.0"
