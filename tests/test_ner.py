"""The optional NER pass adds officials named without a title, only in trusted contexts."""

from __future__ import annotations

import extractors
from pipeline.clean import clean
from pipeline.ingest import RawDocument
from pipeline.segment import segment

TEXT = ("Tại hội nghị biểu dương điển hình “Dân vận khéo”, đồng chí Nguyễn Văn Phước phát biểu. Mô hình nuôi bò "
        "của gia đình ông Lò Văn Pụt được nhiều người học tập. Phó Chủ tịch UBND huyện Trần Thị Hoa trao giấy khen.")


def officials(with_ner: bool) -> dict:
    cleaned = clean(RawDocument("t.txt", "text", TEXT))
    doc = segment(cleaned, "t", with_ner=with_ner)
    return {o.name: o for o in extractors.extract_all(doc)["officials"]}


def test_rules_alone_keep_titled_officials_only():
    assert set(officials(False)) == {"Trần Thị Hoa"}


def test_ner_adds_the_untitled_speaker_but_not_a_model_owner():
    found = officials(True)
    assert set(found) == {"Trần Thị Hoa", "Nguyễn Văn Phước"}
    speaker = found["Nguyễn Văn Phước"]
    assert (speaker.title, speaker.role) == (None, "phat_bieu")
    assert speaker.extractor.startswith("officials_ner.")
