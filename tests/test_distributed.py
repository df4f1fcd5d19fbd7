"""The Dask driver writes the same rows as the in-process run, and skips unchanged inputs on a rerun."""

from __future__ import annotations

import pytest

from pipeline import orchestrate
from pipeline.store import Store
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def test_dask_matches_local(client, tmp_path):
    from pipeline.distributed import ingest_with_dask

    with Store(tmp_path / "dask.duckdb") as on_dask, Store(tmp_path / "local.duckdb") as local:
        summary = ingest_with_dask([CORPUS], on_dask, "unused", client=client, docs_per_task=2)
        orchestrate.ingest([CORPUS], local)
        assert summary.failed == 0 and summary.written == local.counts()["articles"]
        sql = "SELECT fact_id FROM award_counts UNION ALL SELECT fact_id FROM model_counts ORDER BY 1"
        assert on_dask.query(sql) == local.query(sql)
        again = ingest_with_dask([CORPUS], on_dask, "unused", client=client, docs_per_task=2)
        assert (again.written, again.skipped) == (0, summary.written)
