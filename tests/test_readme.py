"""Every command of the README runs, in README order, against stores made here (issue: README commands stay true).

Shell lines are taken from the README's ```bash blocks and SQL from its ```sql blocks. `thidua` lines run in-process
with the README's placeholders replaced by real inputs (CRAWL/ is a copy of the bundled corpus, more.warc.gz a WARC
made from one of its pages, GOLD_DIR the corpus gold, a Dask scheduler address a local cluster). Lines that are not
`thidua` commands are the CI's own steps or need the shared dev set; each is listed in NOT_RUN_HERE with the place
that runs it, and a new README line that is neither run nor listed fails the test.
"""

from __future__ import annotations

import io
import re
import shlex
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import CORPUS, ROOT

README = ROOT / "README.md"
NOT_RUN_HERE = {
    "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[dev]' && thidua run":
        ".ci/run makes a fresh venv, installs with pip install -e '.[dev]' and runs thidua run",
    "python -m pytest": "the test suite itself (.ci/run)",
    "ruff check .": ".ci/run",
    "dask scheduler --port 8786 &": "needs a cluster; tests/test_distributed.py runs the same driver on a local one",
    "srun --ntasks 8 --cpus-per-task 4 dask worker tcp://scheduler:8786 --nworkers 4 --nthreads 1":
        "needs a SLURM cluster; tests/test_distributed.py runs the same driver on a local one",
    "./scripts/devscore.sh ../shared/gold/dev --show-errors":
        "needs the shared dev set; tests/test_eval_agrees.py pins thidua eval to the same scorer",
}
PLACEHOLDER_QUERY = '"..."'


def readme_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def shell_lines() -> list[str]:
    lines = []
    for block in readme_blocks("bash"):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()  # trailing comments (never inside quotes here)
            if command:
                lines.append(command)
    return lines


def write_warc(path, page) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://example.vn/tin-tuc/1.html", "response",
                                           payload=io.BytesIO(page.read_bytes()), http_headers=headers)
        writer.write_record(record)


def test_every_readme_command_runs(tmp_path, monkeypatch):
    shutil.copytree(CORPUS, tmp_path / "CRAWL", ignore=shutil.ignore_patterns("gold", "news_*"))
    write_warc(tmp_path / "more.warc.gz", CORPUS / "news_kinhmon_so_ket.html")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    runner = CliRunner()
    ran, skipped = [], []
    for line in shell_lines():
        if line in NOT_RUN_HERE:
            skipped.append(line)
            continue
        assert line.startswith("thidua "), f"README line neither run nor listed in NOT_RUN_HERE: {line}"
        if PLACEHOLDER_QUERY in line:  # `thidua query "..."`: the form of the line above with another --format
            line = line.replace(PLACEHOLDER_QUERY, '"SELECT count(*) AS n FROM model_counts"')
        line = line.replace("tcp://scheduler:8786", "local").replace("GOLD_DIR", str(CORPUS / "gold"))
        args = shlex.split(line)[1:]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"{line}\n{result.output}"
        ran.append(line)
    assert len(ran) >= 15 and set(skipped) == set(NOT_RUN_HERE)

    # what the commands made is there: stores, the review pages, one export file per table and view
    with duckdb.connect("data.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == len(
            list((tmp_path / "CRAWL").glob("*.txt")) + list((tmp_path / "CRAWL").glob("*.html"))) + 1
    assert (tmp_path / "page.html").is_file() and (tmp_path / "review" / "index.html").is_file()
    assert (tmp_path / "exports" / "model_totals.parquet").is_file()
    assert (tmp_path / "dvk_2024" / "codebook.json").is_file()

    # the README's SQL runs on the store `thidua run` made
    with duckdb.connect("thidua.duckdb", read_only=True) as con:
        for sql in readme_blocks("sql"):
            assert con.execute(sql).fetchall(), sql


@pytest.mark.parametrize("line", sorted(NOT_RUN_HERE))
def test_lines_not_run_here_are_in_the_readme_and_in_ci(line):
    assert line in shell_lines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    if "ci/run" in NOT_RUN_HERE[line]:
        assert all(step in ci for step in ("pip install --quiet -e '.[dev]'", "thidua run", "ruff check .",
                                           "python -m pytest"))
