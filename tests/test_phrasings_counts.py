"""Phrasings of model counts and award counts (issue 7, classes 3 and 7): each rule's shape in invented sentences.

Every sentence here is written for the test; none is taken from an article.
"""

from __future__ import annotations

import pytest


def _fields(facts) -> dict[int, str | None]:
    return {m.count: m.field for m in facts["model_counts"]}


# --- breakdowns: each count takes the field phrase that belongs to it -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    # field after the count, the preposition varying from item to item
    ("Năm 2023, huyện Krông Pắc có 120 mô hình ở lĩnh vực kinh tế; 85 mô hình ở lĩnh vực văn hoá, xã hội; 40 mô "
     "hình về quốc phòng - an ninh và 30 mô hình trên lĩnh vực xây dựng hệ thống chính trị.",
     {120: "kinh_te", 85: "van_hoa_xa_hoi", 40: "quoc_phong_an_ninh", 30: "xay_dung_he_thong_chinh_tri"}),
    ("Toàn thị xã Ba Đồn hiện có 64 mô hình thuộc lĩnh vực kinh tế, 37 mô hình trong lĩnh vực văn hóa - xã hội, "
     "19 mô hình về an ninh, trật tự và 8 mô hình ở lĩnh vực xây dựng Đảng.",
     {64: "kinh_te", 37: "van_hoa_xa_hoi", 19: "quoc_phong_an_ninh", 8: "xay_dung_he_thong_chinh_tri"}),
    ("Các đoàn thể xã Phước Hưng đăng ký 12 mô hình kinh tế, 9 mô hình văn hóa - xã hội và 5 mô hình quốc "
     "phòng - an ninh.",
     {12: "kinh_te", 9: "van_hoa_xa_hoi", 5: "quoc_phong_an_ninh"}),
    # a count of the list without a field of its own does not take its neighbour's
    ("Huyện Đak Đoa có 210 mô hình trên lĩnh vực kinh tế và 75 mô hình khác được duy trì.",
     {210: "kinh_te", 75: None}),
    # field first, with or without "lĩnh vực", "có", a colon
    ("Toàn tỉnh xây dựng 500 mô hình, trong đó lĩnh vực kinh tế 200 mô hình, lĩnh vực văn hóa - xã hội 150 mô "
     "hình, lĩnh vực quốc phòng - an ninh 100 mô hình và lĩnh vực xây dựng hệ thống chính trị 50 mô hình.",
     {500: None, 200: "kinh_te", 150: "van_hoa_xa_hoi", 100: "quoc_phong_an_ninh",
      50: "xay_dung_he_thong_chinh_tri"}),
    ("Quận Ngũ Hành Sơn có 96 mô hình, gồm: kinh tế có 41 mô hình; văn hóa - xã hội có 33 mô hình; quốc phòng - "
     "an ninh có 22 mô hình.",
     {96: None, 41: "kinh_te", 33: "van_hoa_xa_hoi", 22: "quoc_phong_an_ninh"}),
    ("Năm 2024, huyện Tuy Phước công nhận 77 mô hình: về kinh tế 30 mô hình, về văn hóa - xã hội 27 mô hình và "
     "về an ninh - quốc phòng 20 mô hình.",
     {77: None, 30: "kinh_te", 27: "van_hoa_xa_hoi", 20: "quoc_phong_an_ninh"}),
])
def test_each_count_takes_its_own_field(facts_of, text, expected):
    assert _fields(facts_of("Hội nghị tổng kết.\n\n" + text)) == expected


@pytest.mark.parametrize("text, count", [
    ("Trong 20 mô hình tiêu biểu được chọn, ở lĩnh vực kinh tế có mô hình nuôi bò vỗ béo của Hội Nông dân.", 20),
    ("Có 132 mô hình đạt hiệu quả cao, hỗ trợ nhân dân phát triển kinh tế, giữ gìn an ninh trật tự.", 132),
    ("Huyện đã xây dựng 48 mô hình “Dân vận khéo trong xây dựng nông thôn mới” trên địa bàn.", 48),
    ("Trong số 315 mô hình đã đăng ký, trên lĩnh vực quốc phòng - an ninh, nổi bật là mô hình “Camera an ninh”.",
     315),
])
def test_a_field_of_an_example_or_a_verb_is_not_the_counts(facts_of, text, count):
    """A field phrase after a clause break belongs to the example that follows; "phát triển kinh tế" as an
    object of a verb and a quoted movement name are no field phrases."""
    assert _fields(facts_of("Hội nghị sơ kết.\n\nNăm 2022, " + text[0].lower() + text[1:]))[count] is None


@pytest.mark.parametrize("text, whole, parts", [
    ("Năm 2024, huyện Tuy Phước công nhận 77 mô hình: về kinh tế 30 mô hình, về văn hóa - xã hội 27 mô hình.",
     77, (30, 27)),
    ("Năm 2023, toàn huyện xây dựng 96 mô hình, cụ thể: cấp huyện 12 mô hình, cấp xã 84 mô hình.", 96, (12, 84)),
    ("Đến nay, phường Tân Phong có 58 điển hình: lĩnh vực kinh tế 25 điển hình, lĩnh vực an ninh trật tự 33 điển "
     "hình.", 58, (25, 33)),
])
def test_a_breakdown_after_a_colon_points_at_its_whole(facts_of, text, whole, parts):
    found = {m.count: m for m in facts_of("Hội nghị tổng kết.\n\n" + text)["model_counts"]}
    assert found[whole].part_of is None
    assert [found[n].part_of for n in parts] == [found[whole].fact_id] * len(parts)
    assert {found[n].action for n in parts} == {found[whole].action}


# --- verbs of a count ------------------------------------------------------------------------------------------
def _one(facts, count):
    (m,) = [m for m in facts["model_counts"] if m.count == count]
    return m


@pytest.mark.parametrize("text, count, action", [
    # a certificate of recognition is công nhận
    ("Qua thẩm định, Ban Chỉ đạo xã Tân Lập cấp giấy chứng nhận 42 mô hình cấp xã.", 42, "cong_nhan"),
    ("Năm 2023, Ban Dân vận Huyện ủy Hàm Thuận Nam trao giấy chứng nhận cho 17 mô hình “Dân vận khéo”.", 17,
     "cong_nhan"),
    ("Dịp này, Ban Chỉ đạo phường Hòa Cường Bắc cấp chứng nhận 9 mô hình tiêu biểu.", 9, "cong_nhan"),
    ("Đã có 31 mô hình được cấp giấy chứng nhận mô hình “Dân vận khéo” cấp huyện.", 31, "cong_nhan"),
    # selected to be replicated: the purpose clause names the action
    ("Ban Thường vụ Huyện ủy thống nhất chọn 15 mô hình tiêu biểu trên các lĩnh vực để xây dựng kế hoạch nhân "
     "rộng trên địa bàn huyện.", 15, "nhan_rong"),
    ("Ban Chỉ đạo tỉnh lựa chọn 12 mô hình xuất sắc nhằm tuyên truyền, nhân rộng trong toàn tỉnh.", 12,
     "nhan_rong"),
    ("Hội Nông dân huyện đã bình chọn 8 mô hình hiệu quả để nhân rộng ra các xã.", 8, "nhan_rong"),
    ("Ban Dân vận Thị ủy chọn 6 mô hình để giới thiệu tại hội nghị.", 6, None),
    # the verb after the noun, with who made the models between them
    ("Các mô hình này được lựa chọn trong số 3.210 mô hình “Dân vận khéo” toàn tỉnh xây dựng.", 3210, "xay_dung"),
    ("Đây là 1 trong 450 mô hình do Hội Liên hiệp Phụ nữ các cấp xây dựng trong năm 2023.", 450, "xay_dung"),
    ("Toàn huyện có 210 mô hình cả huyện đăng ký thực hiện năm 2024.", 210, "dang_ky"),
    # "N mô hình, với M đơn vị, tổ chức, cá nhân <verb>": the registrants stand between
    ("Từ năm 2016 – 2020, trên địa bàn huyện Tri Tôn có 97 mô hình, với 310 đơn vị, tổ chức, cá nhân đăng ký mới "
     "và duy trì mô hình.", 97, "dang_ky"),
    ("Năm 2022, thị xã Tân Châu có 64 mô hình với 125 cơ quan, đơn vị tham gia xây dựng.", 64, None),
    ("Toàn tỉnh có 1.150 mô hình, với hơn 2.000 tập thể, cá nhân đăng ký thực hiện.", 1150, "dang_ky"),
])
def test_the_verb_of_a_count(facts_of, text, count, action):
    assert _one(facts_of("Hội nghị tổng kết.\n\n" + text), count).action == action


@pytest.mark.parametrize("text, part", [
    # a part with its own non-action verb after a list of fields does not inherit its whole's verb
    ("Năm 2022, toàn tỉnh có 1.500 mô hình được đăng ký xây dựng, trong đó có 1.200 mô hình trên các lĩnh vực "
     "kinh tế, xã hội, quốc phòng, an ninh, xây dựng hệ thống chính trị được triển khai hiệu quả.", 1200),
    ("Năm 2023, huyện Ea Kar xây dựng 340 mô hình, trong đó 290 mô hình thuộc các lĩnh vực kinh tế, văn hóa, xã "
     "hội đang được duy trì tốt.", 290),
    ("Năm 2024, quận Hải Châu công nhận 85 mô hình, trong đó có 60 mô hình ở các lĩnh vực kinh tế, an ninh, trật "
     "tự được phát huy hiệu quả.", 60),
])
def test_a_part_with_its_own_other_verb_has_no_action(facts_of, text, part):
    found = _one(facts_of("Hội nghị.\n\n" + text), part)
    assert (found.action, found.part_of is not None) == (None, True)


@pytest.mark.parametrize("text, first, second", [
    ("Đến nay toàn thành phố có 501 mô hình “Dân vận khéo” được đăng ký và đã công nhận 501 mô hình.",
     "dang_ky", "cong_nhan"),
    ("Năm 2024, huyện Hòa Vang có 96 mô hình được xây dựng, công nhận 96 mô hình cấp huyện.", "xay_dung",
     "cong_nhan"),
    ("Giai đoạn 2020 - 2025, xã Điện Quang có 40 mô hình được đăng ký và biểu dương 40 mô hình.", "dang_ky",
     "bieu_duong"),
])
def test_the_same_number_under_two_verbs_is_two_counts(facts_of, text, first, second):
    """The passive verb after a count belongs to it, not to the next count; a number restated under another
    verb is another quantity."""
    found = facts_of("Hội nghị.\n\n" + text)["model_counts"]
    assert [m.action for m in found] == [first, second]


@pytest.mark.parametrize("text, count, period", [
    ("Năm 2021, toàn tỉnh có 2.300 mô hình (tăng 150 mô hình so với năm 2020).", 2300, (2021, 2021)),
    ("Năm 2023, huyện Mỏ Cày Nam có 312 mô hình, trong đó 250 mô hình hoạt động hiệu quả, nhiều hơn so với năm "
     "2022.", 250, (2023, 2023)),
    ("Năm 2024, thành phố Bảo Lộc xây dựng 96 mô hình, là mức cao nhất so với giai đoạn 2015 - 2020.", 96,
     (2024, 2024)),
])
def test_a_year_compared_with_is_no_period(facts_of, text, count, period):
    found = _one(facts_of("Hội nghị.\n\n" + text), count)
    assert (found.period_start, found.period_end) == period


@pytest.mark.parametrize("text, period", [
    ("Tổng kết phong trào giai đoạn 2009 - 2024, Ban Thường vụ Tỉnh ủy chọn 20 mô hình tiêu biểu để nhân rộng "
     "giai đoạn 2025 - 2030.", (2025, 2030)),
    ("Sơ kết phong trào năm 2023, Ban Chỉ đạo huyện lựa chọn 7 mô hình để nhân rộng trong năm 2024.",
     (2024, 2024)),
    ("Tại hội nghị tổng kết giai đoạn 2019-2024, huyện ủy chọn 11 mô hình điển hình để tiếp tục nhân rộng giai "
     "đoạn 2025-2030.", (2025, 2030)),
])
def test_a_count_selected_to_be_replicated_has_the_period_of_that_purpose(facts_of, text, period):
    (found,) = facts_of("Hội nghị.\n\n" + text)["model_counts"]
    assert (found.action, (found.period_start, found.period_end)) == ("nhan_rong", period)


# --- subsets, ratios, restatements -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, whole, subset", [
    ("Năm 2023, huyện Chợ Mới công nhận 123 mô hình “Dân vận khéo”. Trên cơ sở các mô hình đó, lựa chọn 55 mô hình "
     "tiêu biểu để biểu dương.", 123, 55),
    ("Năm 2022, thị xã Hương Trà xây dựng 214 mô hình. Ban Chỉ đạo đã chọn 30 mô hình tiêu biểu.", 214, 30),
    ("Năm 2021, huyện Cờ Đỏ đăng ký thực hiện 249 mô hình. Qua khảo sát, có 80 mô hình đạt hiệu quả cao.", 249, 80),
    ("Giai đoạn 2019 - 2024, tỉnh Bình Phước có 1.730 mô hình được công nhận; trong số các mô hình trên, Ban Thường "
     "vụ Tỉnh ủy tuyên dương 46 mô hình.", 1730, 46),
    # the whole stated after the subset
    ("Ban Thường vụ Tỉnh ủy chọn 20 mô hình tiêu biểu để nhân rộng giai đoạn 2025 - 2030. Các mô hình này được "
     "lựa chọn trong số 6.540 mô hình toàn tỉnh xây dựng giai đoạn 2009 - 2024.", 6540, 20),
])
def test_a_subset_points_at_its_whole(facts_of, text, whole, subset):
    """Subsets are counts of their own, but `model_totals` must not add them to the total they are taken from."""
    found = {m.count: m for m in facts_of("Hội nghị tổng kết.\n\n" + text)["model_counts"]}
    assert found[subset].part_of == found[whole].fact_id and found[whole].part_of is None


@pytest.mark.parametrize("text", [
    "Năm 2023, huyện Đức Trọng xây dựng 140 mô hình. Năm 2024, huyện xây dựng thêm 60 mô hình mới.",
    "Huyện Lắk có 75 mô hình kinh tế. Có 20 mô hình đạt hiệu quả cao trong lĩnh vực an ninh.",
    "Xã Ea Tiêu đăng ký 12 mô hình, phường Tân Lợi đăng ký 9 mô hình đạt hiệu quả.",
])
def test_counts_that_are_no_subsets_stay_totals(facts_of, text):
    assert all(m.part_of is None for m in facts_of("Hội nghị.\n\n" + text)["model_counts"])


@pytest.mark.parametrize("text, expected", [
    ("Năm 2023, các cơ quan trên địa bàn huyện Núi Thành xây dựng được 88/101 mô hình tập thể và 6/6 mô hình cá "
     "nhân mới.", [(88, "xay_dung"), (101, None), (6, "xay_dung")]),
    ("Qua kiểm tra, thị xã Ninh Hòa có 27/31 mô hình đạt hiệu quả.", [(27, None), (31, None)]),
    ("Năm 2024, xã Hòa Tiến đã công nhận 14/20 mô hình đăng ký.", [(14, "cong_nhan"), (20, None)]),
    ("Năm 2022, huyện Tân Phú đăng ký 45 mô hình; cuối năm đã hoàn thành 40/45 mô hình.", [(45, "dang_ky"),
                                                                                      (40, None)]),
])
def test_a_ratio_counts_its_share_and_its_whole(facts_of, text, expected):
    assert [(m.count, m.action) for m in facts_of("Hội nghị.\n\n" + text)["model_counts"]] == expected


@pytest.mark.parametrize("text, unit", [
    ("Năm 2022, các đoàn thể huyện Phong Điền đăng ký 150 mô hình. Qua kiểm tra, có 96 mô hình đạt hiệu quả. "
     "Riêng xã Phong An có 14 mô hình. Ban Chỉ đạo đề nghị khen thưởng 12 mô hình.", "huyện Phong Điền"),
    ("Năm 2023, thành phố Tam Kỳ có 210 mô hình. Trong năm, Ban Chỉ đạo công nhận 35 mô hình cấp thành phố.",
     "thành phố Tam Kỳ"),
    ("Huyện Krông Nô có 67 mô hình được đăng ký; qua thẩm định có 40 mô hình được công nhận. Cuối năm, 5 mô hình "
     "được biểu dương.", "huyện Krông Nô"),
])
def test_a_count_without_a_unit_takes_its_paragraphs(facts_of, text, unit):
    found = facts_of("Hội nghị.\n\n" + text)["model_counts"]
    assert {m.unit for m in found if m.count in (96, 12, 35, 40, 5)} == {unit}


# --- headlines and captions ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a count only the headline states is a count
    ("Bình Dương: Tuyên dương 74 điển hình “Dân vận khéo”\n\nSáng 9/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị "
     "tuyên dương các điển hình “Dân vận khéo” giai đoạn 2020 - 2025.", [74]),
    # a headline that rounds a body count adds nothing
    ("Thị xã Buôn Hồ có hơn 300 mô hình “Dân vận khéo”\n\nĐến nay, thị xã Buôn Hồ đã xây dựng 312 mô hình.", [312]),
    # nor one that repeats a body count of the collectives behind the models
    ("Huyện Mỹ Tú biểu dương 27 mô hình “Dân vận khéo”\n\nTại hội nghị, 27 tập thể đã được tặng giấy khen.", []),
])
def test_headline_counts(facts_of, text, expected):
    assert [m.count for m in facts_of(text)["model_counts"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị.\n\nSáng 8/10, Ban Dân vận Tỉnh ủy Bến Tre tuyên dương 92 điển hình “Dân vận khéo”.\n\nTuyên dương "
     "93 điển hình\n\nCác đại biểu ôn lại truyền thống.", [92]),
    ("Hội nghị.\n\nNăm 2024, huyện Chợ Gạo xây dựng 250 mô hình.\n\nXây dựng 250 mô hình mới\n\nHội nghị kết thúc.",
     [250]),
    ("Hội nghị.\n\nBan Chỉ đạo công nhận 48 mô hình cấp huyện.\n\nCông nhận gần 50 mô hình\n\nHội nghị kết thúc.",
     [48]),
    # a caption of another kind or verb is another count
    ("Hội nghị.\n\nNăm 2024, huyện Chợ Gạo xây dựng 250 mô hình.\n\nBiểu dương 25 mô hình\n\nHội nghị kết thúc.",
     [250, 25]),
])
def test_a_caption_repeating_or_rounding_a_count_adds_nothing(facts_of, text, expected):
    assert [m.count for m in facts_of(text)["model_counts"]] == expected


# --- award counts ----------------------------------------------------------------------------------------------
def _awards(facts) -> list[tuple]:
    return [(a.count, a.recipient, a.award, a.issuer) for a in facts["award_counts"]]


@pytest.mark.parametrize("text, expected", [
    # collectives and models joined: one award count, one model count
    ("Có 87 tập thể và 45 điển hình “Dân vận khéo” cấp tỉnh được tuyên dương tại hội nghị.",
     [(87, "tap_the", "bieu_duong", None)]),
    ("Tại hội nghị, 36 tập thể, 20 mô hình tiêu biểu được biểu dương.", [(36, "tap_the", "bieu_duong", None)]),
    ("Dịp này, 12 tập thể cùng 9 điển hình được vinh danh.", [(12, "tap_the", "bieu_duong", None)]),
])
def test_collectives_joined_to_models_are_commended_by_the_models_verb(facts_of, text, expected):
    facts = facts_of("Hội nghị.\n\n" + text)
    assert _awards(facts) == expected and len(facts["model_counts"]) == 1


@pytest.mark.parametrize("text, issuer", [
    # the subject of the sentence, up to its verb of organising
    ("Sáng 5/12, Tỉnh ủy Long An tổ chức hội nghị tuyên dương 60 tập thể, 40 cá nhân điển hình.", "Tỉnh ủy Long An"),
    ("Ngày 3/10, Ban Thường vụ Thị ủy Gò Công long trọng tổ chức Lễ biểu dương, khen thưởng 15 tập thể.",
     "Ban Thường vụ Thị ủy Gò Công"),
    ("Dịp này, Ban Thường vụ Huyện ủy Cần Giuộc đã tuyên dương 25 tập thể.", "Ban Thường vụ Huyện ủy Cần Giuộc"),
    # a party committee, not cut to "bộ huyện"
    ("Nhân dịp này, Đảng bộ huyện Gò Công Tây tặng giấy khen cho 12 tập thể.", "Đảng bộ huyện Gò Công Tây"),
    ("Đảng bộ xã Tân Phú Trung đã khen thưởng 7 tập thể.", "Đảng bộ xã Tân Phú Trung"),
    # military and branch bodies
    ("Bộ Chỉ huy Quân sự tỉnh tặng Bằng khen cho 9 tập thể.", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Bộ đội Biên phòng tỉnh Kiên Giang tặng giấy khen cho 11 tập thể.", "Bộ đội Biên phòng tỉnh Kiên Giang"),
    ("Hội Nông dân tỉnh Đồng Tháp trao bằng khen cho 21 tập thể.", "Hội Nông dân tỉnh Đồng Tháp"),
])
def test_the_issuer_is_the_subject_as_written(facts_of, text, issuer):
    assert {a.issuer for a in facts_of("Hội nghị.\n\n" + text)["award_counts"]} == {issuer}


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh tuyên dương điển hình\n\nNgày 19-11, Tỉnh ủy Long An tổ chức hội nghị tuyên dương điển hình “Dân vận "
     "khéo” năm 2024.\n\nDịp này, có 60 tập thể được vinh danh.", [(60, "tap_the", "bieu_duong", "Tỉnh ủy Long An")]),
    ("Tuyên dương điển hình\n\nSáng 3/12, Ban Dân vận Huyện ủy Cần Đước tổ chức hội nghị biểu dương các điển hình "
     "“Dân vận khéo”. Tại hội nghị, 25 tập thể được tuyên dương.",
     [(25, "tap_the", "bieu_duong", "Ban Dân vận Huyện ủy Cần Đước")]),
    # not a count of all levels over the years, and not an award of another giver
    ("Tổng kết phong trào\n\nNgày 5/10, UBND thị xã Kiến Tường tổ chức hội nghị khen thưởng điển hình. Trong 5 "
     "năm, các cấp đã khen thưởng 120 tập thể.", [(120, "tap_the", "khen_thuong", None)]),
    ("Tuyên dương điển hình\n\nNgày 9/9, Huyện ủy Tân Hiệp tổ chức hội nghị tuyên dương điển hình. Dịp này, 4 cá "
     "nhân được tặng kỷ niệm chương “Vì sự nghiệp dân vận”.", [(4, "ca_nhan", "ky_niem_chuong", None)]),
])
def test_a_count_naming_no_giver_takes_the_organiser_of_the_commendation(facts_of, text, expected):
    assert _awards(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; Thủ tướng Chính phủ tặng Cờ thi đua "
     "cho 3 tập thể và Bằng khen cho 7 cá nhân.",
     [(2, "tap_the", "khen_thuong"), (3, "tap_the", "co_thi_dua"), (7, "ca_nhan", "bang_khen")]),
    ("UBND tỉnh tặng Cờ thi đua cho 4 tập thể, Bằng khen cho 15 tập thể và 22 cá nhân.",
     [(4, "tap_the", "co_thi_dua"), (15, "tap_the", "bang_khen"), (22, "ca_nhan", "bang_khen")]),
    ("Có 1 tập thể được tặng Huân chương Lao động hạng Nhì, 5 cá nhân được tặng Bằng khen của Thủ tướng.",
     [(1, "tap_the", "khen_thuong"), (5, "ca_nhan", "bang_khen")]),
])
def test_each_count_of_a_mixed_list_takes_its_own_award(facts_of, text, expected):
    assert [(a.count, a.recipient, a.award) for a in facts_of("Hội nghị.\n\n" + text)["award_counts"]] == expected


@pytest.mark.parametrize("text, expected", [
    # "lượt" counts commendations given
    ("Trong 5 năm, đã có 210 lượt tập thể, cá nhân được khen thưởng.", [(210, "mixed")]),
    ("Giai đoạn 2019 - 2024, huyện đã biểu dương 95 lượt tập thể.", [(95, "tap_the")]),
    ("Các cấp đã tặng giấy khen cho 340 lượt cá nhân.", [(340, "ca_nhan")]),
    # named recipients together under one award are one count
    ("Dịp này, UBND huyện tặng Giấy khen cho Phòng Nội vụ và Đoàn Thanh niên xã Tân Thạnh.", [(2, "tap_the")]),
    ("Ban Dân vận Huyện ủy tặng Giấy khen cho ông Nguyễn Văn An, bà Trần Thị Bình và anh Lò Văn Cường.",
     [(3, "ca_nhan")]),
    ("UBND xã tặng giấy khen cho Chi hội Nông dân ấp 3, Chi đoàn ấp 5 và ông Võ Văn Kiệt.",
     [(2, "tap_the"), (1, "ca_nhan")]),
    # one of many is the many
    ("Hội Nông dân xã Long Hựu là 1 trong 28 tập thể được khen thưởng.", [(28, "tap_the")]),
    ("Chi bộ ấp 4 vinh dự là một trong 15 tập thể được tuyên dương.", [(15, "tap_the")]),
    # no number and no name: no count; prizes are no awards
    ("Ông Lê Văn Tám trao Giấy khen của Trưởng ban Dân vận Tỉnh ủy cho tập thể và cá nhân.", []),
    ("Phó Chủ tịch UBND huyện trao giấy khen cho các tập thể và cá nhân điển hình.", []),
    ("Ban tổ chức trao giải Nhất cho 3 tập thể, giải Nhì cho 4 tập thể.", []),
    ("Kết quả, 5 tập thể đạt giải tại hội thi.", []),
])
def test_what_an_award_count_is(facts_of, text, expected):
    assert [(a.count, a.recipient) for a in facts_of("Hội nghị.\n\n" + text)["award_counts"]] == expected
