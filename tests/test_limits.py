"""One input never holds a batch: time budget in-process and in workers, hard kill, workers die with the parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

import extractors
from pipeline import orchestrate
from pipeline.ingest import RawDocument
from pipeline.limits import TimeBudgetExceeded, time_budget
from pipeline.workers import imap_unordered
from tests.conftest import CORPUS

ARTICLE = (CORPUS / "seed_002.txt").read_text(encoding="utf-8")
ONE_LINE_UNIT = ("Sáng 15/10, Ban Thường vụ Huyện ủy Hương Sơn tổ chức hội nghị biểu dương 839 mô hình điển hình "
                 "“Dân vận khéo” giai đoạn 2019 - 2024, trao giấy khen cho 19 tập thể, ")


def _spin(*args, **kwargs):
    while True:  # a rule gone quadratic, in Python: the budget's signal stops it at the next bytecode
        sum(range(1000))


def test_time_budget_stops_python_code():
    started = time.monotonic()
    with pytest.raises(TimeBudgetExceeded), time_budget(0.3):
        _spin()
    assert time.monotonic() - started < 2
    with time_budget(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # disarmed after the block


def test_a_slow_document_becomes_an_error_and_the_batch_goes_on(store, tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "slow.txt").write_text(ARTICLE.replace("Thoại Sơn", "Chậm Sơn"), encoding="utf-8")
    orchestrate.process_document(RawDocument("warm-up.txt", "text", ARTICLE))  # models load once, outside the budget
    real = extractors.extract_all
    monkeypatch.setattr(extractors, "extract_all",
                        lambda doc: _spin() if "Chậm Sơn" in doc.text else real(doc))
    started = time.monotonic()
    summary = orchestrate.ingest([tmp_path], store, options=orchestrate.Options(seconds_per_document=1))
    assert time.monotonic() - started < 10
    assert summary.written == 1, summary.errors
    assert [e.source for e in summary.errors] == [str(tmp_path / "slow.txt")]
    assert summary.errors[0].reason == "took longer than the time budget of 1 s per document (stopped in extract)"


def test_time_budget_also_stops_code_in_a_thread(tmp_path, monkeypatch):
    """Dask workers run documents in threads, where no signal arrives: the budget still stops a slow document
    there, as an error naming its file, and a block that ends in time gets nothing raised later."""
    from concurrent.futures import ThreadPoolExecutor

    real = extractors.extract_all
    monkeypatch.setattr(extractors, "extract_all", lambda doc: _spin() if "Chậm Sơn" in doc.text else real(doc))
    slow = RawDocument(str(tmp_path / "slow.txt"), "text", ARTICLE.replace("Thoại Sơn", "Chậm Sơn"))
    good = RawDocument(str(tmp_path / "good.txt"), "text", ARTICLE)
    options = orchestrate.Options(seconds_per_document=1)

    def quick_then_idle() -> str:
        with time_budget(0.2):
            pass
        time.sleep(0.6)  # past the budget of the block that ended: nothing may be raised here
        return "quiet"

    started = time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda doc: orchestrate.process_document(doc, options), [slow, good]))
        assert pool.submit(quick_then_idle).result() == "quiet"
    assert time.monotonic() - started < 10
    assert results[0].error is not None and results[0].error.source == slow.source
    assert results[0].error.reason.startswith("took longer than the time budget of 1 s per document")
    assert results[1].error is None and results[1].result is not None


def _blocked_sleep(seconds):
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # like a long call into C: no signal gets in
    time.sleep(seconds)
    return seconds


def test_pool_kills_a_worker_that_does_not_answer_and_goes_on():
    started = time.monotonic()
    results = list(imap_unordered(_blocked_sleep, [0.1, 30, 0.2, 0.1], 2, lambda item, why: (item, why),
                                  hard_seconds=1.5))
    assert time.monotonic() - started < 10
    assert sorted(r for r in results if not isinstance(r, tuple)) == [0.1, 0.1, 0.2]
    assert [r for r in results if isinstance(r, tuple)] == [
        (30, "did not finish within 1.5 s; its worker process was killed")]


def test_workers_do_not_outlive_their_parent(tmp_path):
    script = textwrap.dedent("""
        import os, sys, time
        from pipeline.workers import imap_unordered
        def work(x):
            os.write(1, b"%d\\n" % os.getpid())  # one write: the two workers share the pipe
            time.sleep(60)
        for _ in imap_unordered(work, [1, 2], 2, lambda i, w: None):
            pass
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              cwd=str(CORPUS.parent))
    lines = [parent.stdout.readline() for _ in range(2)]
    assert all(line.strip().isdigit() for line in lines), lines
    workers = [int(line) for line in lines]
    parent.kill()  # kill -9: no cleanup code runs in the parent
    parent.wait()
    deadline = time.monotonic() + 5
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [pid for pid in workers if _running(pid)]
    assert alive == []


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (dead, not yet reaped by init) is not running
        return open(f"/proc/{pid}/stat").read().split()[2] != "Z"
    except OSError:
        return False


def test_parallel_ingest_keeps_errors_and_results(store, tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4 binary")
    summary = orchestrate.ingest([tmp_path], store, workers=2)
    assert summary.written == 1 and [e.reason for e in summary.errors] == [
        "binary content (PDF document), not a text or HTML article"]


def test_a_one_megabyte_one_line_article_finishes_in_seconds():
    text = ONE_LINE_UNIT * (1_000_000 // len(ONE_LINE_UNIT.encode()) + 1)
    assert "\n" not in text and len(text.encode()) > 1_000_000
    started = time.monotonic()
    processed = orchestrate.process_document(RawDocument("one-line.txt", "text", text, {}, "sha"),
                                             orchestrate.Options(seconds_per_document=20))
    elapsed = time.monotonic() - started
    assert processed.error is None, processed.error
    assert elapsed < 20
    assert {f.count for f in processed.result.facts["model_counts"]} == {839}


def test_a_text_without_full_stops_is_cut_into_bounded_sentences():
    """A crawl that lost its punctuation is one sentence of megabytes: every fact would quote it whole and every
    per-sentence rule scan it whole. Sentences are cut at their last ";", else ",", else space before the bound,
    with offsets that still point into the text; real sentences (at most 805 characters in the dev set) stay."""
    from pipeline.segment import MAX_SENTENCE_CHARS, split_sentences

    lists = "Xã Sơn Kim 1 có 12 mô hình; xã Sơn Tây có 9 mô hình; thị trấn Tây Sơn có 15 mô hình " * 120
    commas = "tặng Giấy khen cho 19 tập thể, 26 cá nhân, 3 hộ gia đình " * 150
    words = "bà con hiến đất làm đường giao thông nông thôn " * 200
    for paragraph, last in ((lists, ";"), (commas, ","), (words, " ")):
        spans = split_sentences(paragraph.strip())
        assert len(spans) > 1 and all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
        assert all(paragraph[end - 1] == last for _, end in spans[:-1]) or last == " "  # a space is stripped
        rejoined = " ".join(paragraph.strip()[start:end] for start, end in spans)
        assert rejoined == paragraph.strip()
    real = "Toàn huyện có 839 mô hình “Dân vận khéo”, trong đó 257 mô hình thuộc lĩnh vực kinh tế. " * 8
    assert len(split_sentences(real.strip())) == 8


def test_facts_of_a_one_line_text_without_full_stops_quote_bounded_evidence():
    from pipeline.segment import MAX_SENTENCE_CHARS

    text = ("Ban Thường vụ Huyện ủy Hương Sơn biểu dương 839 mô hình Dân vận khéo, tặng Giấy khen cho 19 tập thể, "
            ) * (1_000_000 // 110)
    processed = orchestrate.process_document(RawDocument("no-stops.txt", "text", text, {}, "sha"),
                                             orchestrate.Options(seconds_per_document=60))
    assert processed.error is None, processed.error
    facts = [f for rows in processed.result.facts.values() for f in rows]
    assert facts and max(len(f.evidence) for f in facts) <= MAX_SENTENCE_CHARS
    assert all(processed.result.article.text[f.char_start:f.char_end] in f.evidence for f in facts)
