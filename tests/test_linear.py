"""Every extraction rule is linear in its input: a 1 MB article on one line goes through extraction in seconds.

A rule that scans the text before or after each match (the whole sentence before every "hội nghị", the rest of
the sentence after every count) is quadratic, and one-line crawls make one paragraph, sometimes one sentence, of
a whole page: 200 kB took 30 s that way. Two shapes of one-line megabyte are checked: real sentences joined on
one line, and one sentence of 1 MB without a full stop whose counts all differ (nothing deduplicated).
"""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest

import extractors
from pipeline.clean import clean
from pipeline.ingest import RawDocument
from pipeline.orchestrate import article_id_for
from pipeline.segment import segment

WRITTEN = Path(__file__).resolve().parent / "written"
MEGABYTE = 1_000_000
BUDGET_SECONDS = 20  # CPU seconds (a loaded machine stretches wall time): 5-10 s measured; quadratic rules took hours

SENTENCE = ("Hội nghị sơ kết phong trào thi đua “Dân vận khéo” của huyện Hương Sơn (Hà Tĩnh), Bí thư Huyện ủy "
            "Nguyễn Văn An chủ trì, trao {} Giấy khen cho {} tập thể, {} cá nhân; xây dựng {} mô hình, trong đó cấp "
            "huyện {} mô hình, vận động 3,5 tỷ đồng, hỗ trợ {} hộ, ông Trần Văn Bình - Chủ tịch UBND xã Sơn Kim, tại "
            "hội nghị sáng 12/3/2024, năm 2023, ")


def _one_line_articles() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(WRITTEN.glob("*.txt"))]
    base = " ".join(re.sub(r"\s+", " ", t) for t in texts)
    return (base + " ") * (MEGABYTE // len(base) + 1)


def _one_sentence() -> str:
    numbers = itertools.count(1)
    parts, size = [], 0
    while size < MEGABYTE:
        part = SENTENCE.format(*(next(numbers) for _ in range(6)))
        parts.append(part)
        size += len(part)
    return "".join(parts)


@pytest.mark.parametrize("make", [_one_line_articles, _one_sentence], ids=["articles on one line", "one sentence"])
def test_a_megabyte_on_one_line_is_extracted_in_seconds(make):
    text = make()[:MEGABYTE]
    assert "\n" not in text and len(text) == MEGABYTE
    cleaned = clean(RawDocument("big.txt", "text", text, {"published": "2024-03-20"}, "sha"))
    doc = segment(cleaned, article_id_for(cleaned.text))
    started = time.process_time()
    facts = extractors.extract_all(doc)
    seconds = time.process_time() - started
    assert seconds < BUDGET_SECONDS, f"extraction of 1 MB took {seconds:.1f} s"
    assert len(facts["model_counts"]) >= 100 and len(facts["units"]) >= 3 and facts["officials"]
