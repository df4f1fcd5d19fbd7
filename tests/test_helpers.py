"""Unit tests of the shared helpers of the extractors, called directly on hand-built text (no cleaning, no
segmenter): folding, numbers, periods and dates, unit mentions, quantities and their groups, a count's clause,
people, movements, and the indexes that keep the rules linear (each checked against the plain scan it replaces).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from extractors import award_counts, clauses, officials
from extractors.context import ArticleContext
from extractors.gazetteer import RANK
from extractors.movements import article_movement, movement_code
from extractors.numbers import approx_before, parse_number
from extractors.people import role_of, title_case
from extractors.periods import find_dates, find_periods, resolve_year
from extractors.quantities import find_quantities
from extractors.textnorm import blank_out, fold, key
from extractors.unit_mentions import find_mentions, vote_province
from schemas import SegmentedArticle, Sentence


def article(*sentences: str, published: date | None = date(2024, 3, 20), title: str | None = None) -> SegmentedArticle:
    """An article of the given sentences, one paragraph each, offsets as the segmenter would give them."""
    built, start = [], 0
    text = "\n\n".join(sentences)
    for index, sentence in enumerate(sentences):
        built.append(Sentence(index, start, start + len(sentence), sentence, paragraph=index))
        start += len(sentence) + 2
    return SegmentedArticle("a1", text, tuple(built), title=title, published=published)


# --- textnorm ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("written, folded", [("Huyện ủy Hòa Bình", "huyện uỷ hoà bình"), ("THỦY LỢI", "thuỷ lợi"),
                                             ("Hoàn thành", "hoàn thành"), ("khỏe", "khoẻ")])
def test_fold_lowers_and_moves_tone_marks_without_moving_offsets(written, folded):
    assert fold(written) == folded and len(fold(written)) == len(written)


def test_key_drops_punctuation_and_spacing():
    assert key(" Thừa Thiên - Huế ") == "thừa thiên huế" == key("THỪA   THIÊN–HUẾ".replace("–", " - "))


def test_blank_out_keeps_offsets():
    assert blank_out(re.compile("khen thưởng"), "về khen thưởng, tặng") == "về            , tặng"


# --- numbers ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("written, value", [("1.240", 1240), ("50,8", 50.8), ("06", 6), ("ba", 3), ("mười hai", 12),
                                            ("hai mươi lăm", 25), ("một trăm linh năm", 105), ("1.2.3", None)])
def test_parse_number_follows_vietnamese_conventions(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize("before, approx", [("đạt hơn ", "at_least"), ("khoảng ", "approx"), ("không quá ", "at_most"),
                                            ("có ", "exact"), ("x" * 100 + " gần ", "approx")])
def test_approx_before_reads_the_word_just_before(before, approx):
    assert approx_before(before) == approx


# --- periods and dates ------------------------------------------------------------------------------------------
def test_periods_ranges_plans_and_since():
    periods = find_periods("Giai đoạn 2019-2024, phương hướng nhiệm vụ năm 2025, từ năm 2016 đến nay", 100, 2024)
    assert [(p.start, p.end, p.plan) for p in periods] == [(2019, 2024, False), (2025, 2025, True),
                                                           (2016, 2024, False)]
    assert periods[0].char_start == 100  # offsets shifted into the article
    assert find_periods("ngày 12 tháng 6 năm 2025") == []  # a date, not a year under review
    assert [(p.start, p.end) for p in find_periods("năm 2023 và 2019 - 2023")] == [(2023, 2023), (2019, 2023)]


def test_dates_skip_document_references_and_keep_time_of_day():
    dates = find_dates("Sáng 15/10, theo Kế hoạch số 104 ngày 25/3/2024, tháng 11/2023")
    assert [(d.year, d.month, d.day, d.time_of_day) for d in dates] == [(None, 10, 15, True), (2023, 11, None, False)]
    assert resolve_year(dates[0], date(2024, 3, 20)) == 2023  # mid-October is before a March publication
    assert resolve_year(dates[0], date(2024, 10, 20)) == 2024


# --- unit mentions ----------------------------------------------------------------------------------------------
def test_unit_mentions_level_words_committees_lists_and_qualifiers():
    doc = article("Huyện ủy Hương Sơn và UBND các xã Sơn Tây, Sơn Hồng tổ chức hội nghị tại huyện Cẩm Xuyên (Hà Tĩnh).")
    found = [(m.label, m.how, m.qualifier) for m in find_mentions(doc)]
    assert ("huyện Hương Sơn", "committee", False) in found
    assert ("xã Sơn Hồng", "list", False) in found
    assert ("huyện Cẩm Xuyên", "level_word", False) in found
    assert ("tỉnh Hà Tĩnh", "qualifier", True) in found
    assert vote_province(find_mentions(doc)) == "Hà Tĩnh"


# --- quantities -------------------------------------------------------------------------------------------------
def test_quantities_group_coordinated_counts_and_link_parts():
    doc = article("Năm 2023, toàn huyện xây dựng 120 mô hình, trong đó cấp huyện 20, cấp xã 100.",
                  "Có 19 tập thể, 7 cá nhân được UBND huyện biểu dương.")
    first, second = find_quantities(doc)
    whole, *parts = first.quantities
    assert (whole.value, whole.category, whole.subtype) == (120, "model", "mo_hinh")
    assert [(q.value, q.parent is whole) for q in parts] == [(20, True), (100, True)]
    assert len(second.groups) == 1 and [q.subtype for q in second.groups[0].members] == ["tap_the", "ca_nhan"]
    assert [g.index for g in first.groups] == list(range(len(first.groups)))


# --- a count's clause -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("before, result", [("đã xây dựng và nhân rộng được ", (True, "xay_dung")),
                                            ("triển khai xây dựng ", (True, None)),
                                            ("được công nhận cấp tỉnh ", (True, "cong_nhan")),
                                            ("trong năm ", (False, None))])
def test_verb_chain_action_takes_the_first_verb_of_the_chain(before, result):
    assert clauses.verb_chain_action(before) == result


def test_commends_needs_an_award_and_no_registering_verb():
    doc = article("UBND huyện tặng Giấy khen cho 12 tập thể.", "Có 30 tập thể đăng ký tham gia phong trào.")
    ctx = ArticleContext.build(doc)
    awarded, registered = (sq.quantities[0] for sq in ctx.quantities)
    assert clauses.commends(ctx, awarded) and clauses.award_of(ctx, awarded) == "giay_khen"
    assert not clauses.commends(ctx, registered)


# --- people and movements ---------------------------------------------------------------------------------------
def test_people_helpers():
    assert title_case("nguyễn văn an") == "Nguyễn Văn An"
    assert role_of("Đồng chí A chủ trì hội nghị và phát biểu") == "chu_tri"
    assert role_of("Tham dự có đồng chí B") == "du" and role_of("Đồng chí C nói") == "other"


def test_movements():
    assert movement_code("phong trào thi đua Dân vận khéo") == "dan_van_kheo"
    assert movement_code("Cuộc vận động lạ") == "khac" and movement_code(" ") is None
    flood = article("Lãnh đạo huyện thăm hỏi bà con vùng lũ.")
    assert not article_movement(flood).about_movement
    assert article_movement(article("Biểu dương 20 mô hình Dân vận khéo.")).code == "dan_van_kheo"


# --- the indexes that keep rules linear, checked against the plain scans they replace -----------------------------
SENTENCES = [
    "Đồng chí Lê Văn A – Phó Bí thư Thường trực Huyện uỷ, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” "
    "huyện; ông Trần B (TP. Vinh) chủ trì: hội nghị “Tổng kết. Năm” và “Sơ kết” (lần 2)!",
    "Chủ tịch UBND TP. Sa Đéc Nguyễn Văn Út, “ngắn “lồng” nhau”, kết thúc.",
    "“" + "x" * 45 + "”; “a;b” c.",
]


def _clause_punct_scan(text, start, end, marks=officials.ALL_MARKS):
    """The scan ClauseMarks replaces: quotes found from `start` and places in brackets, then the first mark
    outside them."""
    quoted = [(m.start(), m.end()) for m in officials._SHORT_QUOTE.finditer(text, start, end)]
    if "(" in marks:
        quoted += officials._place_asides(text, fold(text), 0, end)
    for match in re.finditer("[" + re.escape(marks) + "]", text[start:end]):
        pos = start + match.start()
        if any(s <= pos < e for s, e in quoted):
            continue
        if match.group() == ".":
            word = re.search(r"([^\W\d_]+)$", text[max(start, pos - 8):pos])
            if word and key(word.group(1)) in officials.lexicon.DOTTED_ABBREVIATIONS and \
                    text[pos + 1:pos + 3][-1:].isupper():
                continue
        return pos
    return None


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("marks", [officials.ALL_MARKS, officials.END_MARKS])
def test_clause_marks_index_agrees_with_a_scan_from_every_offset(text, marks):
    index = officials.ClauseMarks(text, 0, len(text), marks)
    for start in range(len(text)):
        assert index.first(start) == _clause_punct_scan(text, start, len(text), marks), start


GIVING = [
    "Dịp này, Ban Thường vụ Huyện uỷ đã tặng Giấy khen cho 12 tập thể, UBND huyện khen thưởng 8 cá nhân; "
    "Huyện đoàn tặng 3 tập thể",
    "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 7 cá nhân, đồng thời trao 3 suất quà",
]


def _giving_subject_scan(sentence, upto):
    """The scan `_giving_subject` replaces: every giving subject of the sentence up to the count, the last one."""
    head = sentence[:upto]
    folded = fold(head)
    for match in reversed(list(award_counts._SUBJECT_ISSUER_GIVES.finditer(folded))):
        found = award_counts.ISSUER_HEAD.search(folded, match.start(1), match.end(1))
        if found:
            return head[found.start():match.end(1)]
    return None


@pytest.mark.parametrize("sentence", GIVING)
def test_giving_subject_index_agrees_with_a_scan_from_the_sentence_start(sentence):
    for upto in range(len(sentence) + 1):
        assert award_counts._giving_subject(sentence, upto) == _giving_subject_scan(sentence, upto), upto


def test_context_indexes_agree_with_plain_scans():
    doc = article("Huyện ủy Hương Sơn phối hợp UBND xã Sơn Kim 1, xã Sơn Hồng và huyện Cẩm Xuyên (Hà Tĩnh) tổ chức.",
                  "Toàn huyện có 12 mô hình, xã Sơn Hồng có 3 mô hình.")
    ctx = ArticleContext.build(doc)
    for start in range(0, len(doc.text), 7):
        for end in range(start, len(doc.text) + 1, 11):
            inside = [m for m in ctx.mentions if start <= m.start < end and not m.qualifier]
            expected = max(inside, key=lambda m: (RANK[m.level], m.start)) if inside else None
            assert ctx.explicit_unit_in(start, end) == expected, (start, end)
    ctx.provide("event", None)
    for name in ("UBND huyện Hương Sơn", "UBND xã Sơn Hồng huyện Hương Sơn", "Ban Thường vụ Huyện uỷ", "Sở Nội vụ"):
        named = [m for m in ctx.mentions if f" {key(m.label)} " in f" {key(name)} "]
        if named:
            assert ctx.unit_of_organisation(name) == max(named, key=lambda m: RANK[m.level]).label
    assert ctx.unit_of_organisation("UBND xã Sơn Hồng huyện Hương Sơn") == "xã Sơn Hồng"
