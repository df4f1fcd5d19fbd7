"""Stress suite of model counts (issue 7, round 3): invented sentences that enumerate the space of the class.

Every count is checked on all its attributes (ANNOTATION.md "model_counts"): count, approx, kind, field, action,
level, unit, period and the whole it is a part of. The sentences are written for this suite from the language
of local-government reports; none is taken from an article. Sections: verbs of every action code (and verbs of
none, verbs far from the count, verbs inside a field phrase, counts before their verb); kinds; breakdowns of
every shape (after "trong đó", ":", "gồm", fields with varied prepositions or first, levels, units, subsets,
changes, ratios); approximations and spelled numbers; periods; units from the sentence, the paragraph, the
event and abbreviations.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-15"
LEAD = "Sơ kết phong trào thi đua “Dân vận khéo”.\n\n"

# (count, approx, kind, field, action, level, unit, period, count of the whole or None)
Row = tuple


def _rows(facts) -> list[Row]:
    counts = {m.fact_id: m.count for m in facts["model_counts"]}
    return sorted(((m.count, m.approx, m.kind, m.field, m.action, m.level, m.unit,
                    (m.period_start, m.period_end) if m.period_start else None, counts.get(m.part_of))
                   for m in facts["model_counts"]), key=lambda r: (r[0], str(r)))


def _check(facts_of, text: str, expected: list[Row], lead: str = LEAD) -> None:
    assert _rows(facts_of(lead + text, published=PUBLISHED)) == sorted(expected, key=lambda r: (r[0], str(r)))


E, MH, DH = "exact", "mo_hinh", "dien_hinh"

# --- verbs: every action code, in the active and the passive, before and after the count ----------------------
VERBS = [
    ("Năm 2023, huyện Hương Khê đã xây dựng được 245 mô hình “Dân vận khéo”.",
     [(245, E, MH, None, "xay_dung", None, "huyện Hương Khê", (2023, 2023), None)]),
    ("Phong trào đã hình thành 78 mô hình mới tại huyện Con Cuông.",
     [(78, E, MH, None, "xay_dung", None, "huyện Con Cuông", None, None)]),
    ("Giai đoạn 2019-2024, các cơ quan, đơn vị của huyện Can Lộc đã đăng ký 312 mô hình.",
     [(312, E, MH, None, "dang_ky", None, "huyện Can Lộc", (2019, 2024), None)]),
    ("Năm 2022, các chi hội ở xã Nghi Phong đăng kí thực hiện 14 mô hình.",
     [(14, E, MH, None, "dang_ky", None, "xã Nghi Phong", (2022, 2022), None)]),
    ("Ban Chỉ đạo tỉnh Quảng Trị đã công nhận 86 mô hình “Dân vận khéo” cấp tỉnh.",
     [(86, E, MH, None, "cong_nhan", "cap_tinh", "tỉnh Quảng Trị", None, None)]),
    ("Năm 2024, huyện Kỳ Anh có 1.027 mô hình được công nhận.",
     [(1027, E, MH, None, "cong_nhan", None, "huyện Kỳ Anh", (2024, 2024), None)]),
    ("Có 45 mô hình được Ban Chỉ đạo huyện Nam Đàn công nhận trong năm 2023.",
     [(45, E, MH, None, "cong_nhan", None, "huyện Nam Đàn", (2023, 2023), None)]),
    ("Từ năm 2020 đến nay, xã Thạch Hạ đã nhân rộng 18 mô hình hiệu quả.",
     [(18, E, MH, None, "nhan_rong", None, "xã Thạch Hạ", (2020, 2024), None)]),
    ("Dịp này, UBND huyện Yên Thành tuyên dương 42 điển hình tiên tiến.",
     [(42, E, "dien_hinh_tien_tien", None, "bieu_duong", None, "huyện Yên Thành", None, None)]),
    ("Hội nghị biểu dương 35 gương điển hình của thành phố Hà Tĩnh.",
     [(35, E, DH, None, "bieu_duong", None, "thành phố Hà Tĩnh", None, None)]),
    ("Hội nghị đã vinh danh 62 điển hình “Dân vận khéo” của tỉnh Nghệ An.",
     [(62, E, DH, None, "bieu_duong", None, "tỉnh Nghệ An", None, None)]),
    ("UBND huyện Tương Dương đã khen thưởng 24 mô hình tiêu biểu năm 2023.",
     [(24, E, MH, None, "bieu_duong", None, "huyện Tương Dương", (2023, 2023), None)]),
    ("Ban Chỉ đạo huyện Diễn Châu đề nghị khen thưởng 12 mô hình xuất sắc.",
     [(12, E, MH, None, "bieu_duong", None, "huyện Diễn Châu", None, None)]),
    ("Thị xã Hoàng Mai tôn vinh 27 điển hình trong phong trào.",
     [(27, E, DH, None, "bieu_duong", None, "thị xã Hoàng Mai", None, None)]),
    # verbs of no action code: the action is null
    ("Huyện Nghi Xuân hiện đang duy trì 150 mô hình.",
     [(150, E, MH, None, None, None, "huyện Nghi Xuân", None, None)]),
    ("Qua phong trào, huyện Quế Phong đã phát hiện 64 điển hình tiên tiến.",
     [(64, E, "dien_hinh_tien_tien", None, None, None, "huyện Quế Phong", None, None)]),
    ("Năm 2022, Ban Chỉ đạo huyện Vũ Quang đã khảo sát, đánh giá 40 mô hình.",
     [(40, E, MH, None, None, None, "huyện Vũ Quang", (2022, 2022), None)]),
    ("Huyện Thanh Chương triển khai xây dựng 419 mô hình.",
     [(419, E, MH, None, None, None, "huyện Thanh Chương", None, None)]),
    ("Các cấp ở huyện Quỳ Hợp đã phát hiện, bồi dưỡng, nhân rộng 381 điển hình.",
     [(381, E, DH, None, None, None, "huyện Quỳ Hợp", None, None)]),
    ("Đến nay, thị xã Hồng Lĩnh đã có 96 mô hình “Dân vận khéo”.",
     [(96, E, MH, None, None, None, "thị xã Hồng Lĩnh", None, None)]),
    ("Toàn tỉnh Hà Giang hiện có 3.450 mô hình, điển hình “Dân vận khéo”.",
     [(3450, E, "mo_hinh_dien_hinh", None, None, None, "tỉnh Hà Giang", None, None)]),
    # the count restates the object of the verb before it
    ("Năm 2023, các xã của huyện Đăk Hà đăng ký xây dựng mô hình với tổng số 125 mô hình.",
     [(125, E, MH, None, "dang_ky", None, "huyện Đăk Hà", (2023, 2023), None)]),
    ("Các chi hội ở xã Ia Băng đã xây dựng các mô hình kinh tế, với 48 mô hình.",
     [(48, E, MH, "kinh_te", "xay_dung", None, "xã Ia Băng", None, None)]),
    ("Huyện Chư Păh đã công nhận các mô hình tiêu biểu với tổng cộng 37 mô hình.",
     [(37, E, MH, None, "cong_nhan", None, "huyện Chư Păh", None, None)]),
    ("Phong trào ở huyện Bắc Hà lan tỏa với 1.150 mô hình.",
     [(1150, E, MH, None, None, None, "huyện Bắc Hà", None, None)]),
    # two verbs: the first of the action codes named wins ("bình xét" is none)
    ("Huyện Hưng Nguyên đã bình xét, công nhận 55 mô hình.",
     [(55, E, MH, None, "cong_nhan", None, "huyện Hưng Nguyên", None, None)]),
    ("Năm 2023, xã Kỳ Tân đăng ký và được công nhận 16 mô hình.",
     [(16, E, MH, None, "dang_ky", None, "xã Kỳ Tân", (2023, 2023), None)]),
    ("Huyện Thạch Hà đã xây dựng và triển khai có hiệu quả 128 mô hình.",
     [(128, E, MH, None, "xay_dung", None, "huyện Thạch Hà", None, None)]),
    ("Năm 2022, 40 điển hình được Ban Thường vụ Huyện ủy Quỳ Châu tuyên dương.",
     [(40, E, DH, None, "bieu_duong", None, "huyện Quỳ Châu", (2022, 2022), None)]),
    ("Có 18 mô hình được Ban Chỉ đạo phong trào thi đua Dân vận khéo thị xã Thái Hòa công nhận.",
     [(18, E, MH, None, "cong_nhan", None, "thị xã Thái Hòa", None, None)]),
    # a verb inside the agent is the count's own: "được triển khai ... và công nhận" is "triển khai"
    ("Xã Diễn Kim có 26 mô hình được triển khai ở các thôn và công nhận.",
     [(26, E, MH, None, None, None, "xã Diễn Kim", None, None)]),
    # how well, and approximation words, inside a verb chain
    ("Xã Diễn Hoa đã nhân rộng có hiệu quả 40 mô hình.",
     [(40, E, MH, None, "nhan_rong", None, "xã Diễn Hoa", None, None)]),
    ("Năm 2024, xã Diễn Thọ công nhận thêm 18 mô hình.",
     [(18, E, MH, None, "cong_nhan", None, "xã Diễn Thọ", (2024, 2024), None)]),
    ("Các chi hội ở xã Diễn Lâm đã đăng ký không dưới 60 mô hình.",
     [(60, "at_least", MH, None, "dang_ky", None, "xã Diễn Lâm", None, None)]),
    ("Xã Diễn Yên xây dựng chừng 35 mô hình.",
     [(35, "approx", MH, None, "xay_dung", None, "xã Diễn Yên", None, None)]),
    # verbs of keeping models up are none of the codes; evaluating before recognising, and verbs that govern the
    # next verb, stand aside
    ("Huyện Nghĩa Đàn đã xây dựng, củng cố 20 mô hình.",
     [(20, E, MH, None, "xay_dung", None, "huyện Nghĩa Đàn", None, None)]),
    ("Huyện Quế Phong đã củng cố, nhân rộng 15 mô hình.",
     [(15, E, MH, None, None, None, "huyện Quế Phong", None, None)]),
    ("Xã Châu Hạnh đã kiện toàn, nâng chất 11 mô hình.",
     [(11, E, MH, None, None, None, "xã Châu Hạnh", None, None)]),
    ("Ban Chỉ đạo huyện Quỳ Châu đã đánh giá, công nhận 55 mô hình.",
     [(55, E, MH, None, "cong_nhan", None, "huyện Quỳ Châu", None, None)]),
    ("Có 312 mô hình đã được Ban Chỉ đạo huyện Hớn Quản đánh giá, công nhận.",
     [(312, E, MH, None, "cong_nhan", None, "huyện Hớn Quản", None, None)]),
    ("Huyện Kỳ Sơn tổ chức biểu dương 30 điển hình.",
     [(30, E, DH, None, "bieu_duong", None, "huyện Kỳ Sơn", None, None)]),
    ("Huyện Anh Sơn hỗ trợ xây dựng 12 mô hình.",
     [(12, E, MH, None, "xay_dung", None, "huyện Anh Sơn", None, None)]),
    # the verb after the count, near or past qualifiers
    ("Trên địa bàn huyện Quỳnh Lưu, 320 mô hình đã được đăng ký trong năm 2024.",
     [(320, E, MH, None, "dang_ky", None, "huyện Quỳnh Lưu", (2024, 2024), None)]),
    ("Năm 2023, 75 mô hình “Dân vận khéo” của huyện Đô Lương được UBND huyện công nhận.",
     [(75, E, MH, None, "cong_nhan", None, "huyện Đô Lương", (2023, 2023), None)]),
    ("Xã Hòa Hải có 30 mô hình tiêu biểu được biểu dương tại hội nghị.",
     [(30, E, MH, None, "bieu_duong", None, "xã Hòa Hải", None, None)]),
    # a verb that belongs to a field phrase names the field, not the action
    ("Xã Cẩm Bình có 22 mô hình xây dựng nông thôn mới.",
     [(22, E, MH, "nong_thon_moi", None, None, "xã Cẩm Bình", None, None)]),
    ("Huyện Lộc Hà có 31 mô hình phát triển kinh tế được nhân rộng.",
     [(31, E, MH, "kinh_te", "nhan_rong", None, "huyện Lộc Hà", None, None)]),
]


@pytest.mark.parametrize("text, expected", VERBS)
def test_verbs(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- kinds -----------------------------------------------------------------------------------------------------
KINDS = [
    ("Năm 2023, huyện Anh Sơn có 41 mô hình và điển hình được tuyên dương.",
     [(41, E, "mo_hinh_dien_hinh", None, "bieu_duong", None, "huyện Anh Sơn", (2023, 2023), None)]),
    ("Huyện Nghĩa Đàn đã xây dựng 210 mô hình, 48 điển hình tiên tiến.",
     [(210, E, MH, None, "xay_dung", None, "huyện Nghĩa Đàn", None, None),
      (48, E, "dien_hinh_tien_tien", None, "xay_dung", None, "huyện Nghĩa Đàn", None, None)]),
    # models and exemplars together, in either order and with their qualifiers
    ("Huyện Đô Lương có 150 điển hình, mô hình được biểu dương.",
     [(150, E, "mo_hinh_dien_hinh", None, "bieu_duong", None, "huyện Đô Lương", None, None)]),
    ("Huyện Tân Kỳ có 64 mô hình, gương điển hình được tuyên dương.",
     [(64, E, "mo_hinh_dien_hinh", None, "bieu_duong", None, "huyện Tân Kỳ", None, None)]),
    ("Huyện Kỳ Sơn có 21 mô hình hay, điển hình tiêu biểu.",
     [(21, E, "mo_hinh_dien_hinh", None, None, None, "huyện Kỳ Sơn", None, None)]),
    ("Huyện Anh Sơn có 12 điển hình tiên tiến và 30 mô hình.",
     [(12, E, "dien_hinh_tien_tien", None, None, None, "huyện Anh Sơn", None, None),
      (30, E, MH, None, None, None, "huyện Anh Sơn", None, None)]),
    # another movement's models are model counts too; its name gives no field
    ("Xã Nam Thanh có 15 mô hình “Toàn dân bảo vệ an ninh Tổ quốc” và 20 mô hình “Dân vận khéo”.",
     [(15, E, MH, None, None, None, "xã Nam Thanh", None, None),
      (20, E, MH, None, None, None, "xã Nam Thanh", None, None)]),
    # collectives beside exemplars are an award count, the exemplars a model count
    ("Tỉnh Bình Phước có 86 gương điển hình tiên tiến được tuyên dương năm 2024.",
     [(86, E, "dien_hinh_tien_tien", None, "bieu_duong", None, "tỉnh Bình Phước", (2024, 2024), None)]),
    ("Năm 2024, huyện Krông Năng vinh danh 19 tập thể và 26 điển hình tiêu biểu.",
     [(26, E, DH, None, "bieu_duong", None, "huyện Krông Năng", (2024, 2024), None)]),
]


@pytest.mark.parametrize("text, expected", KINDS)
def test_kinds(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- breakdowns --------------------------------------------------------------------------------------------------
U = "huyện Anh Sơn"
BREAKDOWNS = [
    # "trong đó", fields after their counts with varied prepositions
    ("Huyện Anh Sơn có 230 mô hình, trong đó 120 mô hình ở lĩnh vực kinh tế, 60 mô hình về văn hóa - xã hội và "
     "50 mô hình trên lĩnh vực quốc phòng - an ninh.",
     [(230, E, MH, None, None, None, U, None, None), (120, E, MH, "kinh_te", None, None, U, None, 230),
      (60, E, MH, "van_hoa_xa_hoi", None, None, U, None, 230),
      (50, E, MH, "quoc_phong_an_ninh", None, None, U, None, 230)]),
    ("Năm 2023, huyện Anh Sơn xây dựng 98 mô hình, trong đó có 40 mô hình thuộc lĩnh vực kinh tế, 33 mô hình "
     "thuộc lĩnh vực xây dựng hệ thống chính trị.",
     [(98, E, MH, None, "xay_dung", None, U, (2023, 2023), None),
      (40, E, MH, "kinh_te", "xay_dung", None, U, (2023, 2023), 98),
      (33, E, MH, "xay_dung_he_thong_chinh_tri", "xay_dung", None, U, (2023, 2023), 98)]),
    # field first
    ("Huyện Anh Sơn đã công nhận 300 mô hình, trong đó lĩnh vực kinh tế 120 mô hình, lĩnh vực văn hóa - xã hội "
     "100 mô hình, lĩnh vực quốc phòng - an ninh 80 mô hình.",
     [(300, E, MH, None, "cong_nhan", None, U, None, None),
      (120, E, MH, "kinh_te", "cong_nhan", None, U, None, 300),
      (100, E, MH, "van_hoa_xa_hoi", "cong_nhan", None, U, None, 300),
      (80, E, MH, "quoc_phong_an_ninh", "cong_nhan", None, U, None, 300)]),
    ("Huyện Anh Sơn đăng ký 150 mô hình gồm: kinh tế 70 mô hình, văn hóa - xã hội 50 mô hình, xây dựng hệ thống "
     "chính trị 30 mô hình.",
     [(150, E, MH, None, "dang_ky", None, U, None, None), (70, E, MH, "kinh_te", "dang_ky", None, U, None, 150),
      (50, E, MH, "van_hoa_xa_hoi", "dang_ky", None, U, None, 150),
      (30, E, MH, "xay_dung_he_thong_chinh_tri", "dang_ky", None, U, None, 150)]),
    # levels: bare numbers after their grade, after "trong đó", a colon or "gồm"
    ("Toàn huyện Anh Sơn có 839 mô hình được công nhận, trong đó cấp huyện 135, cấp xã 704.",
     [(839, E, MH, None, "cong_nhan", None, U, None, None),
      (135, E, MH, None, "cong_nhan", "cap_huyen", U, None, 839),
      (704, E, MH, None, "cong_nhan", "cap_xa", U, None, 839)]),
    ("Tỉnh Hà Tĩnh đã công nhận 839 mô hình: cấp tỉnh 15, cấp huyện 120, cấp xã 704.",
     [(839, E, MH, None, "cong_nhan", None, "tỉnh Hà Tĩnh", None, None),
      (15, E, MH, None, "cong_nhan", "cap_tinh", "tỉnh Hà Tĩnh", None, 839),
      (120, E, MH, None, "cong_nhan", "cap_huyen", "tỉnh Hà Tĩnh", None, 839),
      (704, E, MH, None, "cong_nhan", "cap_xa", "tỉnh Hà Tĩnh", None, 839)]),
    ("Tỉnh Quảng Bình có 512 mô hình gồm 12 mô hình cấp tỉnh, 100 mô hình cấp huyện và 400 mô hình cấp cơ sở.",
     [(512, E, MH, None, None, None, "tỉnh Quảng Bình", None, None),
      (12, E, MH, None, None, "cap_tinh", "tỉnh Quảng Bình", None, 512),
      (100, E, MH, None, None, "cap_huyen", "tỉnh Quảng Bình", None, 512),
      (400, E, MH, None, None, "cap_xa", "tỉnh Quảng Bình", None, 512)]),
    ("Năm 2024, thị xã Kỳ Anh công nhận 64 mô hình, trong đó cấp thị xã 14 mô hình, cấp phường, xã 50 mô hình.",
     [(64, E, MH, None, "cong_nhan", None, "thị xã Kỳ Anh", (2024, 2024), None),
      (14, E, MH, None, "cong_nhan", "cap_huyen", "thị xã Kỳ Anh", (2024, 2024), 64),
      (50, E, MH, None, "cong_nhan", "cap_xa", "thị xã Kỳ Anh", (2024, 2024), 64)]),
    # units: each part takes its own unit
    ("Toàn tỉnh Nghệ An có 320 mô hình, trong đó huyện Kỳ Sơn có 45 mô hình, huyện Tương Dương có 30 mô hình.",
     [(320, E, MH, None, None, None, "tỉnh Nghệ An", None, None),
      (45, E, MH, None, None, None, "huyện Kỳ Sơn", None, 320),
      (30, E, MH, None, None, None, "huyện Tương Dương", None, 320)]),
    ("Năm 2024, huyện Anh Sơn công nhận 77 mô hình: kinh tế 30, văn hóa - xã hội 27, quốc phòng - an ninh 20.",
     [(77, E, MH, None, "cong_nhan", None, U, (2024, 2024), None),
      (30, E, MH, "kinh_te", "cong_nhan", None, U, (2024, 2024), 77),
      (27, E, MH, "van_hoa_xa_hoi", "cong_nhan", None, U, (2024, 2024), 77),
      (20, E, MH, "quoc_phong_an_ninh", "cong_nhan", None, U, (2024, 2024), 77)]),
    ("Huyện Anh Sơn có 52 mô hình được công nhận (cấp tỉnh 12, cấp huyện 40).",
     [(52, E, MH, None, "cong_nhan", None, U, None, None), (12, E, MH, None, "cong_nhan", "cap_tinh", U, None, 52),
      (40, E, MH, None, "cong_nhan", "cap_huyen", U, None, 52)]),
    # the breakdown in the next sentence, opened by "Trong đó"
    ("Toàn tỉnh Lào Cai có 512 mô hình. Trong đó, cấp tỉnh 15, cấp huyện 120, cấp xã 377.",
     [(512, E, MH, None, None, None, "tỉnh Lào Cai", None, None),
      (15, E, MH, None, None, "cap_tinh", "tỉnh Lào Cai", None, 512),
      (120, E, MH, None, None, "cap_huyen", "tỉnh Lào Cai", None, 512),
      (377, E, MH, None, None, "cap_xa", "tỉnh Lào Cai", None, 512)]),
    ("Huyện Bảo Yên đã xây dựng 140 mô hình. Trong đó, lĩnh vực kinh tế 90, lĩnh vực văn hóa - xã hội 50.",
     [(140, E, MH, None, "xay_dung", None, "huyện Bảo Yên", None, None),
      (90, E, MH, "kinh_te", "xay_dung", None, "huyện Bảo Yên", None, 140),
      (50, E, MH, "van_hoa_xa_hoi", "xay_dung", None, "huyện Bảo Yên", None, 140)]),
    ("Toàn tỉnh Lào Cai có 320 mô hình. Trong đó: huyện Bát Xát 45 mô hình, huyện Mường Khương 30 mô hình.",
     [(320, E, MH, None, None, None, "tỉnh Lào Cai", None, None),
      (45, E, MH, None, None, None, "huyện Bát Xát", None, 320),
      (30, E, MH, None, None, None, "huyện Mường Khương", None, 320)]),
    ("Tỉnh Yên Bái có 210 mô hình: thị xã Nghĩa Lộ 60, huyện Văn Chấn 150.",
     [(210, E, MH, None, None, None, "tỉnh Yên Bái", None, None),
      (60, E, MH, None, None, None, "thị xã Nghĩa Lộ", None, 210),
      (150, E, MH, None, None, None, "huyện Văn Chấn", None, 210)]),
    # units with their numbers, the noun elided after the first
    ("Toàn tỉnh Nghệ An có 320 mô hình, trong đó huyện Kỳ Sơn có 45, huyện Tương Dương có 30.",
     [(320, E, MH, None, None, None, "tỉnh Nghệ An", None, None),
      (45, E, MH, None, None, None, "huyện Kỳ Sơn", None, 320),
      (30, E, MH, None, None, None, "huyện Tương Dương", None, 320)]),
    # parts in parentheses, labelled first
    ("Huyện Anh Sơn có 230 mô hình (kinh tế 120, văn hóa - xã hội 60, quốc phòng - an ninh 50).",
     [(230, E, MH, None, None, None, U, None, None), (120, E, MH, "kinh_te", None, None, U, None, 230),
      (60, E, MH, "van_hoa_xa_hoi", None, None, U, None, 230),
      (50, E, MH, "quoc_phong_an_ninh", None, None, U, None, 230)]),
    # a field that opens the clause
    ("Về lĩnh vực văn hóa - xã hội, huyện Anh Sơn có 85 mô hình được công nhận.",
     [(85, E, MH, "van_hoa_xa_hoi", "cong_nhan", None, U, None, None)]),
    # "cấp thành phố" of a city under a province is the district grade
    ("Thành phố Hà Tĩnh có 86 mô hình, trong đó 20 mô hình cấp thành phố, 66 mô hình cấp phường, xã.",
     [(86, E, MH, None, None, None, "thành phố Hà Tĩnh", None, None),
      (20, E, MH, None, None, "cap_huyen", "thành phố Hà Tĩnh", None, 86),
      (66, E, MH, None, None, "cap_xa", "thành phố Hà Tĩnh", None, 86)]),
    ("Thành phố Yên Bái công nhận 33 mô hình “Dân vận khéo” cấp thành phố.",
     [(33, E, MH, None, "cong_nhan", "cap_huyen", "thành phố Yên Bái", None, None)]),
    ("Thành phố Cần Thơ công nhận 33 mô hình “Dân vận khéo” cấp thành phố.",
     [(33, E, MH, None, "cong_nhan", "cap_tinh", "thành phố Cần Thơ", None, None)]),
    ("Tỉnh Nghệ An có 450 mô hình, trong đó cấp huyện, thành phố 150 mô hình, cấp xã, phường, thị trấn 300 mô hình.",
     [(450, E, MH, None, None, None, "tỉnh Nghệ An", None, None),
      (150, E, MH, None, None, "cap_huyen", "tỉnh Nghệ An", None, 450),
      (300, E, MH, None, None, "cap_xa", "tỉnh Nghệ An", None, 450)]),
    # the grade after the verb that graded the models, or with the grading body's verb before them
    ("Toàn huyện Krông Pắc xây dựng 1.245 mô hình, trong đó có 312 mô hình được công nhận cấp huyện.",
     [(1245, E, MH, None, "xay_dung", None, "huyện Krông Pắc", None, None),
      (312, E, MH, None, "cong_nhan", "cap_huyen", "huyện Krông Pắc", None, 1245)]),
    ("Huyện Ngọc Hồi có 18 mô hình được công nhận là mô hình “Dân vận khéo” cấp tỉnh.",
     [(18, E, MH, None, "cong_nhan", "cap_tinh", "huyện Ngọc Hồi", None, None)]),
    ("Năm 2024, xã Ea Tu có 7 mô hình đã được biểu dương cấp thành phố.",  # Ea Tu is in Buôn Ma Thuột
     [(7, E, MH, None, "bieu_duong", "cap_huyen", "xã Ea Tu", (2024, 2024), None)]),
    ("Tỉnh Kon Tum có 4.567 mô hình; trong đó, cấp tỉnh công nhận 120 mô hình, cấp huyện công nhận 1.234 mô hình.",
     [(4567, E, MH, None, None, None, "tỉnh Kon Tum", None, None),
      (120, E, MH, None, "cong_nhan", "cap_tinh", "tỉnh Kon Tum", None, 4567),
      (1234, E, MH, None, "cong_nhan", "cap_huyen", "tỉnh Kon Tum", None, 4567)]),
    ("Huyện Đăk Tô có 300 mô hình, trong đó cấp huyện đã công nhận 80 mô hình và cấp xã đã công nhận 220 mô hình.",
     [(300, E, MH, None, None, None, "huyện Đăk Tô", None, None),
      (80, E, MH, None, "cong_nhan", "cap_huyen", "huyện Đăk Tô", None, 300),
      (220, E, MH, None, "cong_nhan", "cap_xa", "huyện Đăk Tô", None, 300)]),
    # the grade after the agent of the passive, past the count's qualifiers
    ("Huyện Lộc Ninh có 9 mô hình được Ban Thường vụ Tỉnh ủy Bình Phước công nhận cấp tỉnh.",
     [(9, E, MH, None, "cong_nhan", "cap_tinh", "huyện Lộc Ninh", None, None)]),
    ("Xã Lộc Thái có 4 mô hình được Ban Chỉ đạo huyện công nhận là mô hình “Dân vận khéo” cấp huyện.",
     [(4, E, MH, None, "cong_nhan", "cap_huyen", "xã Lộc Thái", None, None)]),
    ("Năm 2023, ba mô hình “Dân vận khéo” của thị xã Bình Long được công nhận cấp tỉnh.",
     [(3, E, MH, None, "cong_nhan", "cap_tinh", "thị xã Bình Long", (2023, 2023), None)]),
    # a part of graded models has their grade
    ("Tỉnh Sóc Trăng có 245 mô hình được công nhận cấp tỉnh, riêng thị xã Vĩnh Châu có 18 mô hình.",
     [(245, E, MH, None, "cong_nhan", "cap_tinh", "tỉnh Sóc Trăng", None, None),
      (18, E, MH, None, "cong_nhan", "cap_tinh", "thị xã Vĩnh Châu", None, 245)]),
    ("Huyện Mỹ Xuyên có 60 mô hình cấp huyện, trong đó 35 mô hình về kinh tế.",
     [(60, E, MH, None, None, "cap_huyen", "huyện Mỹ Xuyên", None, None),
      (35, E, MH, "kinh_te", None, "cap_huyen", "huyện Mỹ Xuyên", None, 60)]),
    ("Xã Tân Hưng công nhận 14 mô hình cấp xã, tăng 3 mô hình so với năm 2022.",
     [(14, E, MH, None, "cong_nhan", "cap_xa", "xã Tân Hưng", None, None),
      (3, E, MH, None, None, "cap_xa", "xã Tân Hưng", None, 14)]),
    # a qualifier of the noun before its grade
    ("Huyện Châu Thành đã xây dựng 4 mô hình điểm cấp huyện.",
     [(4, E, MH, None, "xay_dung", "cap_huyen", "huyện Châu Thành", None, None)]),
    ("Năm 2023, huyện Mỹ Tú xây dựng 20 mô hình mới cấp xã.",
     [(20, E, MH, None, "xay_dung", "cap_xa", "huyện Mỹ Tú", (2023, 2023), None)]),
    ("Tỉnh Sóc Trăng công nhận 9 mô hình kiểu mẫu cấp tỉnh.",
     [(9, E, MH, None, "cong_nhan", "cap_tinh", "tỉnh Sóc Trăng", None, None)]),
    ("Năm 2023, huyện Quỳnh Lưu công nhận 112 mô hình dân vận khéo cấp xã, thị trấn.",
     [(112, E, MH, None, "cong_nhan", "cap_xa", "huyện Quỳnh Lưu", (2023, 2023), None)]),
    # a subset picked from the total before it
    ("Năm 2023, huyện Chợ Đồn xây dựng 123 mô hình; trên cơ sở các mô hình đó, huyện lựa chọn 55 mô hình tiêu biểu.",
     [(123, E, MH, None, "xay_dung", None, "huyện Chợ Đồn", (2023, 2023), None),
      (55, E, MH, None, None, None, "huyện Chợ Đồn", (2023, 2023), 123)]),
    ("Huyện Ba Bể đăng ký 210 mô hình; qua khảo sát, có 80 mô hình đạt hiệu quả cao.",
     [(210, E, MH, None, "dang_ky", None, "huyện Ba Bể", None, None),
      (80, E, MH, None, None, None, "huyện Ba Bể", None, 210)]),
    # a change of the total
    ("Năm 2024, huyện Na Rì có 356 mô hình, tăng 35 mô hình so với năm 2023.",
     [(356, E, MH, None, None, None, "huyện Na Rì", (2024, 2024), None),
      (35, E, MH, None, None, None, "huyện Na Rì", (2024, 2024), 356)]),
    # parts after a change divide the total, not the change
    ("Năm 2024, huyện Phú Tân có 138 mô hình “Dân vận khéo” được công nhận, tăng 35 mô hình so với năm 2023; trong "
     "đó, có 12 mô hình cấp tỉnh.",
     [(138, E, MH, None, "cong_nhan", None, "huyện Phú Tân", (2024, 2024), None),
      (35, E, MH, None, None, None, "huyện Phú Tân", (2024, 2024), 138),
      (12, E, MH, None, "cong_nhan", "cap_tinh", "huyện Phú Tân", (2024, 2024), 138)]),
    ("Năm 2023, thị xã Tân Châu đã xây dựng 245 mô hình, nhiều hơn 40 mô hình so với năm 2022, trong đó cấp tỉnh 12, "
     "cấp thị xã 80.",
     [(245, E, MH, None, "xay_dung", None, "thị xã Tân Châu", (2023, 2023), None),
      (40, E, MH, None, None, None, "thị xã Tân Châu", (2023, 2023), 245),
      (12, E, MH, None, "xay_dung", "cap_tinh", "thị xã Tân Châu", (2023, 2023), 245),
      (80, E, MH, None, "xay_dung", "cap_huyen", "thị xã Tân Châu", (2023, 2023), 245)]),
    ("Huyện Tri Tôn có 96 mô hình, giảm 4 mô hình so với năm trước. Trong đó, có 30 mô hình về kinh tế.",
     [(96, E, MH, None, None, None, "huyện Tri Tôn", None, None),
      (4, E, MH, None, None, None, "huyện Tri Tôn", None, 96),
      (30, E, MH, "kinh_te", None, None, "huyện Tri Tôn", None, 96)]),
    # a ratio: the share carries the verb, the whole does not
    ("Xã Cẩm Hưng có 105/130 mô hình được công nhận.",
     [(105, E, MH, None, "cong_nhan", None, "xã Cẩm Hưng", None, None),
      (130, E, MH, None, None, None, "xã Cẩm Hưng", None, None)]),
]


@pytest.mark.parametrize("text, expected", BREAKDOWNS)
def test_breakdowns(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- approximations and spelled numbers ---------------------------------------------------------------------------
NUMBERS = [
    ("Huyện Đông Hòa có hơn 500 mô hình.", [(500, "at_least", MH, None, None, None, "huyện Đông Hòa", None, None)]),
    ("Huyện Tây Hòa đã xây dựng trên 300 mô hình.",
     [(300, "at_least", MH, None, "xay_dung", None, "huyện Tây Hòa", None, None)]),
    ("Huyện Sơn Hòa đã công nhận gần 200 mô hình.",
     [(200, "approx", MH, None, "cong_nhan", None, "huyện Sơn Hòa", None, None)]),
    ("Huyện Phú Hòa đăng ký khoảng 150 mô hình.",
     [(150, "approx", MH, None, "dang_ky", None, "huyện Phú Hòa", None, None)]),
    ("Huyện Sông Hinh nhân rộng xấp xỉ 90 mô hình.",
     [(90, "approx", MH, None, "nhan_rong", None, "huyện Sông Hinh", None, None)]),
    ("Xã Hòa Xuân có hơn 300 mô hình, 40 điển hình.",
     [(300, "at_least", MH, None, None, None, "xã Hòa Xuân", None, None),
      (40, E, DH, None, None, None, "xã Hòa Xuân", None, None)]),
    ("Xã Hòa Quang đã xây dựng ba mô hình “Dân vận khéo”.",
     [(3, E, MH, None, "xay_dung", None, "xã Hòa Quang", None, None)]),
    ("Xã Hòa Thịnh đã nhân rộng mười hai mô hình.",
     [(12, E, MH, None, "nhan_rong", None, "xã Hòa Thịnh", None, None)]),
    ("Huyện Đồng Xuân có hai mươi lăm điển hình tiên tiến được tuyên dương.",
     [(25, E, "dien_hinh_tien_tien", None, "bieu_duong", None, "huyện Đồng Xuân", None, None)]),
    ("Năm 2024, xã Hòa Mỹ có 12 mô hình, ít hơn 3 mô hình so với năm 2023.",
     [(12, E, MH, None, None, None, "xã Hòa Mỹ", (2024, 2024), None),
      (3, E, MH, None, None, None, "xã Hòa Mỹ", (2024, 2024), 12)]),
    ("Năm 2024, xã Hòa Phong có 96 mô hình, tăng hơn 20 mô hình so với năm 2023.",
     [(96, E, MH, None, None, None, "xã Hòa Phong", (2024, 2024), None),
      (20, "at_least", MH, None, None, None, "xã Hòa Phong", (2024, 2024), 96)]),
    # spelled hundreds end at their last digit word; a scale word before the noun multiplies
    ("Huyện Quỳnh Phụ có một trăm hai mươi mô hình.",
     [(120, E, MH, None, None, None, "huyện Quỳnh Phụ", None, None)]),
    ("Huyện Kiến Xương đã công nhận ba trăm linh năm mô hình.",
     [(305, E, MH, None, "cong_nhan", None, "huyện Kiến Xương", None, None)]),
    ("Toàn tỉnh Nam Định có hơn 2,1 nghìn mô hình “Dân vận khéo”.",
     [(2100, "at_least", MH, None, None, None, "tỉnh Nam Định", None, None)]),
    ("Toàn tỉnh Thái Bình đã xây dựng 3 nghìn mô hình.",
     [(3000, E, MH, None, "xay_dung", None, "tỉnh Thái Bình", None, None)]),
    ("Năm 2023, xã An Ninh Đông được công nhận 06 mô hình cấp huyện.",
     [(6, E, MH, None, "cong_nhan", "cap_huyen", "xã An Ninh Đông", (2023, 2023), None)]),
]


@pytest.mark.parametrize("text, expected", NUMBERS)
def test_numbers(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- the noun before the number: the verb and the field of the clause between them ------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Số mô hình “Dân vận khéo” được công nhận ở huyện Vị Xuyên là 1.027.",
     [(1027, E, MH, None, "cong_nhan", None, "huyện Vị Xuyên", None, None)]),
    ("Tổng số mô hình do các đoàn thể xã Tả Van đăng ký thực hiện trong năm 2023 là 48.",
     [(48, E, MH, None, "dang_ky", None, "xã Tả Van", (2023, 2023), None)]),
    ("Số điển hình tiên tiến được huyện Bắc Hà biểu dương trong năm 2024 đạt 64.",
     [(64, E, "dien_hinh_tien_tien", None, "bieu_duong", None, "huyện Bắc Hà", (2024, 2024), None)]),
    ("Số mô hình xây dựng nông thôn mới ở xã Bản Hồ đạt 27.",
     [(27, E, MH, "nong_thon_moi", None, None, "xã Bản Hồ", None, None)]),
    ("Số mô hình thuộc lĩnh vực kinh tế của huyện Bát Xát là 120.",
     [(120, E, MH, "kinh_te", None, None, "huyện Bát Xát", None, None)]),
])
def test_noun_first(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- targets and quotas are no counts ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Năm 2024, huyện Văn Bàn phấn đấu xây dựng 50 mô hình.", []),
    ("Huyện Si Ma Cai đặt chỉ tiêu mỗi xã ít nhất 1 mô hình.", []),
    ("Mỗi cơ quan, đơn vị của huyện Bảo Thắng xây dựng từ 1 đến 2 mô hình.", []),
    ("Trong năm 2025, tỉnh Lào Cai dự kiến công nhận thêm 120 mô hình.", []),
    # a target undone by what was done after it
    ("Huyện Bảo Yên đề ra chỉ tiêu xây dựng 60 mô hình và đến nay đã xây dựng được 72 mô hình.",
     [(72, E, MH, None, "xay_dung", None, "huyện Bảo Yên", None, None)]),
    ("Mỗi năm, huyện Bát Xát xây dựng 30 mô hình.",
     [(30, E, MH, None, "xay_dung", None, "huyện Bát Xát", None, None)]),
])
def test_targets_and_quotas(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- periods ---------------------------------------------------------------------------------------------------
PERIODS = [
    ("Giai đoạn 2019 - 2024, huyện Kim Bôi xây dựng 640 mô hình.",
     [(640, E, MH, None, "xay_dung", None, "huyện Kim Bôi", (2019, 2024), None)]),
    ("Huyện Lạc Sơn đã xây dựng 420 mô hình trong giai đoạn 2020–2025.",
     [(420, E, MH, None, "xay_dung", None, "huyện Lạc Sơn", (2020, 2025), None)]),
    ("Từ năm 2021 đến năm 2023, huyện Tân Lạc công nhận 87 mô hình.",
     [(87, E, MH, None, "cong_nhan", None, "huyện Tân Lạc", (2021, 2023), None)]),
    ("Trong 5 năm (2019-2024), huyện Mai Châu đăng ký 256 mô hình.",
     [(256, E, MH, None, "dang_ky", None, "huyện Mai Châu", (2019, 2024), None)]),
    # a start year alone runs to the article's year, as "đến nay" does
    ("Từ năm 2019, huyện Thạch Hà đã xây dựng 180 mô hình.",
     [(180, E, MH, None, "xay_dung", None, "huyện Thạch Hà", (2019, 2024), None)]),
    ("Kể từ năm 2021 trở lại đây, xã Thạch Kênh đã công nhận 14 mô hình.",
     [(14, E, MH, None, "cong_nhan", None, "xã Thạch Kênh", (2021, 2024), None)]),
    ("Huyện Lộc Hà đã nhân rộng 22 mô hình từ đầu năm 2023.",
     [(22, E, MH, None, "nhan_rong", None, "huyện Lộc Hà", (2023, 2024), None)]),
    ("Sáu tháng đầu năm 2024, huyện Yên Thủy xây dựng 34 mô hình.",
     [(34, E, MH, None, "xay_dung", None, "huyện Yên Thủy", (2024, 2024), None)]),
    ("Huyện Lạc Thủy hiện có 150 mô hình.",
     [(150, E, MH, None, None, None, "huyện Lạc Thủy", None, None)]),
    # a year compared with is no period
    ("Huyện Cao Phong có 210 mô hình, nhiều hơn 15 mô hình so với năm 2020.",
     [(210, E, MH, None, None, None, "huyện Cao Phong", None, None),
      (15, E, MH, None, None, None, "huyện Cao Phong", None, 210)]),
]


@pytest.mark.parametrize("text, expected", PERIODS)
def test_periods(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- units: the sentence, the paragraph, the event, abbreviations, units of 2025 ----------------------------------
UNITS = [
    # the paragraph's first count names its unit for the rest of the paragraph
    ("Huyện Hương Sơn đăng ký 249 mô hình. Qua đánh giá, có 120 mô hình được công nhận.",
     [(249, E, MH, None, "dang_ky", None, "huyện Hương Sơn", None, None),
      (120, E, MH, None, "cong_nhan", None, "huyện Hương Sơn", None, None)]),
    # a unit named after the parts' cue is the parts', not the whole's
    ("Toàn tỉnh có 245 mô hình được công nhận, riêng thị xã Vĩnh Châu có 18 mô hình.",
     [(245, E, MH, None, "cong_nhan", None, None, None, None),
      (18, E, MH, None, "cong_nhan", None, "thị xã Vĩnh Châu", None, 245)]),
    ("Các cấp đã xây dựng 140 mô hình, trong đó xã Long Đức có 25 mô hình.",
     [(140, E, MH, None, "xay_dung", None, None, None, None),
      (25, E, MH, None, "xay_dung", None, "xã Long Đức", None, 140)]),
    ("Cả tỉnh có 600 mô hình tiêu biểu, riêng huyện Mỹ Tú 48 mô hình.",
     [(600, E, MH, None, None, None, None, None, None),
      (48, E, MH, None, None, None, "huyện Mỹ Tú", None, 600)]),
    # the article's unit stands for "toàn huyện"
    ("Huyện Đức Thọ tổ chức sơ kết phong trào. Toàn huyện đã xây dựng 210 mô hình.",
     [(210, E, MH, None, "xay_dung", None, "huyện Đức Thọ", None, None)]),
    # abbreviated level words
    ("TP. Vinh đã công nhận 146 mô hình “Dân vận khéo”.",
     [(146, E, MH, None, "cong_nhan", None, "thành phố Vinh", None, None)]),
    ("H. Nam Đàn đã xây dựng 93 mô hình.",
     [(93, E, MH, None, "xay_dung", None, "huyện Nam Đàn", None, None)]),
    ("Năm 2023, TX. Thái Hòa có 57 mô hình được biểu dương.",
     [(57, E, MH, None, "bieu_duong", None, "thị xã Thái Hòa", (2023, 2023), None)]),
    ("TX. Hoàng Mai đã công nhận 21 mô hình.",
     [(21, E, MH, None, "cong_nhan", None, "thị xã Hoàng Mai", None, None)]),
    # units of the 2025 reorganisation
    ("Năm 2025, phường Thành Sen đã xây dựng 48 mô hình.",
     [(48, E, MH, None, "xay_dung", None, "phường Thành Sen", (2025, 2025), None)]),
    ("Năm 2025, tỉnh Phú Thọ có 5.200 mô hình “Dân vận khéo”.",
     [(5200, E, MH, None, None, None, "tỉnh Phú Thọ", (2025, 2025), None)]),
]


@pytest.mark.parametrize("text, expected", UNITS)
def test_units(facts_of, text, expected):
    _check(facts_of, text, expected)


# --- "cấp thành phố" in a ward of a city of a province, named by its number ------------------------------------------
def test_the_city_grade_of_a_numbered_ward(facts_of):
    _check(facts_of, "Năm 2024, các chi bộ phường 5, thành phố Sóc Trăng đăng ký 28 mô hình; trong đó có 3 mô hình "
           "được Ban Chỉ đạo thành phố công nhận cấp thành phố.",
           [(28, E, MH, None, "dang_ky", None, "phường 5", (2024, 2024), None),
            (3, E, MH, None, "cong_nhan", "cap_huyen", "phường 5", (2024, 2024), 28)])


# --- the event gives the unit and period of a count that names neither -----------------------------------------
EVENT_LEAD = ("Huyện Hương Sơn tổng kết 5 năm phong trào thi đua “Dân vận khéo” giai đoạn 2019-2024\n\n"
              "Sáng 14/6, Ban Thường vụ Huyện ủy Hương Sơn tổ chức hội nghị tổng kết phong trào thi đua “Dân vận "
              "khéo” giai đoạn 2019-2024.\n\n")


@pytest.mark.parametrize("text, expected", [
    ("Các cơ quan, đơn vị đã xây dựng 512 mô hình.",
     [(512, E, MH, None, "xay_dung", None, "huyện Hương Sơn", (2019, 2024), None)]),
    ("Dịp này, Ban Thường vụ tuyên dương 36 điển hình tiêu biểu.",
     [(36, E, DH, None, "bieu_duong", None, "huyện Hương Sơn", (2019, 2024), None)]),
    ("Riêng năm 2023, xã Sơn Tây xây dựng 28 mô hình.",
     [(28, E, MH, None, "xay_dung", None, "xã Sơn Tây", (2023, 2023), None)]),
])
def test_event_unit_and_period(facts_of, text, expected):
    _check(facts_of, text, expected, lead=EVENT_LEAD)


# --- headline counts ---------------------------------------------------------------------------------------------
def test_a_count_only_the_headline_states(facts_of):
    _check(facts_of, "Sáng 14/6, UBND huyện Can Lộc tổ chức hội nghị biểu dương các điển hình tiên tiến.",
           [(92, E, DH, None, "bieu_duong", None, "huyện Can Lộc", None, None)],
           lead="Can Lộc tuyên dương 92 điển hình “Dân vận khéo”\n\n")


def test_a_headline_rounding_a_body_count_adds_nothing(facts_of):
    _check(facts_of, "Năm 2023, huyện Can Lộc đã xây dựng 512 mô hình “Dân vận khéo”.",
           [(512, E, MH, None, "xay_dung", None, "huyện Can Lộc", (2023, 2023), None)],
           lead="Can Lộc có hơn 500 mô hình “Dân vận khéo”\n\n")
