"""Phrasings of model counts, units and outcomes found on real text after the first look (issue 7, round 2).

Each test names the general shape it covers; every sentence is written for the test, none is taken from an
article.
"""

from __future__ import annotations

import pytest

from extractors import clauses

LEAD = "Hội nghị sơ kết phong trào thi đua “Dân vận khéo”.\n\n"


def _counts(facts) -> dict[int, tuple[str | None, str | None]]:
    """count -> (field, action)"""
    return {m.count: (m.field, m.action) for m in facts["model_counts"]}


# --- a field phrase that holds a verb never gives the count its action --------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Toàn huyện Krông Búk triển khai 900 mô hình. Trong đó, có 300 mô hình dân vận khéo phát triển kinh tế; 250 "
     "mô hình xây dựng nông thôn mới; 120 mô hình dân vận khéo xây dựng hệ thống chính trị.",
     {900: (None, None), 300: ("kinh_te", None), 250: ("nong_thon_moi", None),
      120: ("xay_dung_he_thong_chinh_tri", None)}),
    ("Năm 2023, thị xã Kỳ Anh có 64 mô hình về xây dựng Đảng và hệ thống chính trị được duy trì.",
     {64: ("xay_dung_he_thong_chinh_tri", None)}),
    ("Xã Quảng Phú có 18 mô hình xây dựng nông thôn mới được công nhận năm 2024.",
     {18: ("nong_thon_moi", "cong_nhan")}),
    ("Huyện Tân Uyên đã đăng ký 75 mô hình, trong đó 40 mô hình gắn với xây dựng nông thôn mới.",
     {75: (None, "dang_ky"), 40: ("nong_thon_moi", "dang_ky")}),
])
def test_a_field_phrase_is_no_verb(facts_of, text, expected):
    assert _counts(facts_of(LEAD + text)) == expected


# --- verb chains: an object owned by the models between the verbs and the number ----------------------------
@pytest.mark.parametrize("before, found, action", [
    ("đến nay thị xã đã xây dựng và phát huy hiệu quả của ", True, "xay_dung"),
    ("các hội đoàn thể đã nhân rộng và nâng cao chất lượng của ", True, "nhan_rong"),
    ("huyện tiếp tục duy trì hoạt động của ", True, None),
    ("đã công nhận kết quả của ", True, "cong_nhan"),
    ("đây là niềm tự hào của ", False, None),
])
def test_a_possessed_object_does_not_break_the_chain(before, found, action):
    assert clauses.verb_chain_action(before) == (found, action)


@pytest.mark.parametrize("text, expected", [
    # the parts after "Trong đó," have no verb of their own: they take their whole's
    ("Đến nay, huyện Ea Súp đã xây dựng và phát huy hiệu quả của 152 mô hình, điển hình. Trong đó, 110 mô hình "
     "tập thể và 42 điển hình cá nhân trên các lĩnh vực khác nhau.",
     {152: (None, "xay_dung"), 110: (None, "xay_dung"), 42: (None, "xay_dung")}),
    ("Thành phố Bến Tre đã công nhận và duy trì chất lượng của 86 mô hình dân vận khéo.",
     {86: (None, "cong_nhan")}),
    # how well the models work stands between the noun and its verb
    ("Phong trào lan tỏa với 240 mô hình hoạt động hiệu quả được nhân rộng trong toàn tỉnh Hà Giang.",
     {240: (None, "nhan_rong")}),
    ("Xã Hòa Tiến có 35 mô hình đạt hiệu quả cao được công nhận.", {35: (None, "cong_nhan")}),
    ("Năm qua, toàn quận có 58 mô hình có hiệu quả được biểu dương.", {58: (None, "bieu_duong")}),
])
def test_the_verb_of_a_count_across_fillers(facts_of, text, expected):
    assert _counts(facts_of(LEAD + text)) == expected


# --- the field lexicon is complete ----------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, field", [
    ("về giữ gìn an ninh chính trị – trật tự an toàn xã hội", "quoc_phong_an_ninh"),
    ("về an ninh chính trị", "quoc_phong_an_ninh"),
    ("về bảo đảm trật tự, an toàn xã hội", "quoc_phong_an_ninh"),
    ("về giữ gìn an ninh thôn xóm", "quoc_phong_an_ninh"),
    ("trên lĩnh vực quốc phòng, quân sự địa phương", "quoc_phong_an_ninh"),
    ("về xây dựng Đảng và hệ thống chính trị", "xay_dung_he_thong_chinh_tri"),
    ("trong lĩnh vực văn hóa, xã hội", "van_hoa_xa_hoi"),
    ("trong lĩnh vực giáo dục", "van_hoa_xa_hoi"),
    ("thuộc lĩnh vực giáo dục và đào tạo", "van_hoa_xa_hoi"),
    ("trong ngành y tế", "van_hoa_xa_hoi"),
])
def test_every_name_of_a_field(facts_of, phrase, field):
    facts = facts_of(LEAD + f"Năm 2024, huyện Chư Sê có 47 mô hình {phrase}.")
    assert _counts(facts)[47][0] == field


def test_a_list_of_fields_after_the_noun_names_no_field(facts_of):
    facts = facts_of(LEAD + "Tỉnh Gia Lai có 630 mô hình về phát triển kinh tế – văn hóa xã hội, hơn 170 mô hình về "
                            "giữ gìn an ninh chính trị – trật tự an toàn xã hội.")
    assert _counts(facts) == {630: (None, None), 170: ("quoc_phong_an_ninh", None)}


# --- a field stated earlier in the paragraph about those models -----------------------------------------------
@pytest.mark.parametrize("paragraph, count, field", [
    ("Năm 2023, nhiều mô hình dân vận khéo trong lĩnh vực phát triển kinh tế được nhân dân hưởng ứng. Bà con "
     "chuyển đổi cây trồng hiệu quả. Đã xây dựng được 412 mô hình, mang lại thu nhập cao.", 412, "kinh_te"),
    ("Về lĩnh vực quốc phòng - an ninh, lực lượng công an xã phối hợp chặt chẽ với nhân dân. Toàn huyện có 57 mô "
     "hình được duy trì.", 57, "quoc_phong_an_ninh"),
    ("Các mô hình về văn hóa - xã hội được các chi hội quan tâm. Hội phụ nữ đã xây dựng 23 mô hình.", 23,
     "van_hoa_xa_hoi"),
])
def test_the_paragraph_states_the_field(facts_of, paragraph, count, field):
    assert _counts(facts_of(LEAD + paragraph))[count][0] == field


@pytest.mark.parametrize("paragraph, count", [
    # all fields, several fields, a field of another paragraph, a counted breakdown's labels
    ("Nhiều mô hình trên các lĩnh vực kinh tế, văn hóa - xã hội được triển khai. Đã xây dựng 300 mô hình.", 300),
    ("Nhiều mô hình về kinh tế và mô hình về quốc phòng - an ninh được nhân rộng. Toàn xã có 44 mô hình.", 44),
    ("Nhiều mô hình trong lĩnh vực kinh tế được triển khai.\n\nToàn huyện đã xây dựng 81 mô hình.", 81),
    ("Huyện có 500 mô hình, trong đó lĩnh vực kinh tế 200 mô hình, văn hóa - xã hội 300 mô hình. Có 120 mô hình "
     "được công nhận.", 120),
])
def test_no_field_from_a_paragraph_that_does_not_state_one(facts_of, paragraph, count):
    assert _counts(facts_of(LEAD + paragraph))[count][0] is None


# --- units: names typed in the wrong case, abbreviations, examples of a plural level word, quoted lists ---------
def _labels(facts) -> list[str]:
    return [u.label for u in facts["units"]]


@pytest.mark.parametrize("text, expected", [
    ("Từ năm 2011, tỉnh Kon tum đã xây dựng nhiều mô hình dân vận khéo.", ["tỉnh Kon Tum"]),
    ("Đến nay, huyện Chư păh có 274 mô hình dân vận khéo.", ["huyện Chư Păh"]),
    ("Hội Nông dân huyện Krông pắc tổ chức hội nghị.", ["huyện Krông Pắc"]),
    ("Mô hình ở xã Hòa bình, thành phố Tuy hòa được nhân rộng.", ["xã Hòa Bình", "thành phố Tuy Hòa"]),
])
def test_a_known_name_typed_in_the_wrong_case(facts_of, text, expected):
    assert _labels(facts_of(text)) == expected


def test_a_known_name_that_goes_on_is_not_cut(facts_of):
    """"Nông Trường" is a commune elsewhere; here the capitalised name goes on ("Nông trường Mộc Châu")."""
    assert "thị trấn Nông Trường" not in _labels(facts_of("Mô hình ở thị trấn Nông trường Mộc Châu được nhân rộng."))


@pytest.mark.parametrize("text, expected", [
    ("Chiều 11/11, phường Hoài Hương (TX Hoài Nhơn) tổ chức Ngày hội Đại đoàn kết.",
     ["phường Hoài Hương", "thị xã Hoài Nhơn"]),
    ("Mô hình được nhân rộng ở TX. Ba Đồn và TX Kỳ Anh.", ["thị xã Ba Đồn", "thị xã Kỳ Anh"]),
    ("Hội Phụ nữ Q. Bình Thạnh và Q. Gò Vấp phối hợp thực hiện.", ["quận Bình Thạnh", "quận Gò Vấp"]),
])
def test_abbreviated_level_words(facts_of, text, expected):
    assert _labels(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Huyện Chiêm Hóa đẩy nhanh gieo cấy, một số xã có tiến độ nhanh như Phúc Sơn, Xuân Quang, Hùng Mỹ.",
     ["huyện Chiêm Hóa", "xã Phúc Sơn", "xã Xuân Quang", "xã Hùng Mỹ"]),
    ("Tại huyện Hương Sơn, nhiều xã đã hoàn thành xây dựng nông thôn mới, gồm: Sơn Tiến, Sơn Lễ và Sơn Ninh.",
     ["huyện Hương Sơn", "xã Sơn Tiến", "xã Sơn Lễ", "xã Sơn Ninh"]),
    ("Thành phố Hội An có các phường làm tốt công tác dân vận như Minh An, Cẩm Phô.",
     ["thành phố Hội An", "phường Minh An", "phường Cẩm Phô"]),
])
def test_names_listed_as_examples_of_a_plural_level_word(facts_of, text, expected):
    assert _labels(facts_of(text)) == expected


def test_examples_that_are_no_units_are_not_taken(facts_of):
    facts = facts_of("Huyện Hương Sơn có nhiều xã làm tốt, như mô hình Dân vận khéo, Tổ tự quản.")
    assert _labels(facts) == ["huyện Hương Sơn"]


@pytest.mark.parametrize("text", [
    'Phong trào gắn với các phong trào: "Toàn dân đoàn kết xây dựng đời sống văn hoá”, "Cựu chiến binh gương mẫu”, '
    '"Thanh niên Nghệ An lập nghiệp, tuổi trẻ giữ nước”.',
    "Huyện gắn với các cuộc vận động “Ngày vì người nghèo”, “Phụ nữ Nghệ An tích cực học tập” và “Nông dân thi đua”.",
    'Tỉnh phát động các phong trào "Vì an ninh Tổ quốc", "Doanh nhân Nghệ An vượt khó".',
])
def test_a_place_inside_a_list_of_quoted_names_is_no_unit(facts_of, text):
    assert _labels(facts_of(text)) == []


def test_a_quoted_place_outside_a_list_of_names_is_a_unit(facts_of):
    assert _labels(facts_of('Ông nói: "Nghệ An luôn đi đầu", rồi về huyện Nam Đàn.')) == ["tỉnh Nghệ An", "huyện Nam Đàn"]


# --- award counts: headline counts, named recipients after "tặng", a single receiver of a giver's award --------
def _awards(facts) -> list[tuple[int, str, str, str | None]]:
    return [(a.count, a.recipient, a.award, a.issuer) for a in facts["award_counts"]]


@pytest.mark.parametrize("text, expected", [
    # counts only the headline states
    ("Khen thưởng 21 tập thể, 35 cá nhân điển hình “Dân vận khéo”\n\nSáng 7/10, Ban Chỉ đạo phong trào thi đua tỉnh "
     "tổ chức hội nghị sơ kết giai đoạn 2020 - 2023.",
     [(21, "tap_the", "khen_thuong", None), (35, "ca_nhan", "khen_thuong", None)]),
    ("Quảng Trị: Tặng Bằng khen cho 16 tập thể có thành tích trong phong trào Dân vận khéo\n\nChiều 3/5, Tỉnh ủy "
     "tổ chức hội nghị tổng kết.", [(16, "tap_the", "bang_khen", None)]),
    ("Biểu dương 48 cá nhân tiêu biểu\n\nHội nghị điển hình tiên tiến huyện Đô Lương diễn ra sáng nay.",
     [(48, "ca_nhan", "bieu_duong", None)]),
    # a headline the body repeats adds nothing
    ("Khen thưởng 12 tập thể\n\nDịp này, UBND huyện Yên Thế tặng Giấy khen cho 12 tập thể có thành tích xuất sắc.",
     [(12, "tap_the", "giay_khen", "UBND huyện Yên Thế")]),
])
def test_headline_award_counts(facts_of, text, expected):
    assert _awards(facts_of(text)) == expected


@pytest.mark.parametrize("sentence, count, award", [
    ("Đồng chí Bí thư Huyện ủy trao danh hiệu “Tập thể lao động xuất sắc” tặng Ban Tổ chức Huyện ủy, Phòng Nội vụ "
     "huyện.", 2, "khen_thuong"),
    ("Chủ tịch UBND huyện trao Giấy khen tặng Trường Tiểu học Kim Đồng và Trạm Y tế xã Hòa Bình.", 2, "giay_khen"),
    ("Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh tặng Thanh tra huyện, UBND xã Tân Lập và Công an xã "
     "Tân Lập.", 3, "co_thi_dua"),
])
def test_named_recipients_after_a_second_give(facts_of, sentence, count, award):
    facts = facts_of(LEAD + sentence)
    assert [(a.count, a.recipient, a.award) for a in facts["award_counts"]] == [(count, "tap_the", award)]


def test_named_recipients_a_numbered_count_counts_add_nothing(facts_of):
    facts = facts_of(LEAD + "Bí thư Huyện ủy trao Cờ thi đua của UBND tỉnh tặng Ban Tuyên giáo Huyện ủy, Thanh tra "
                            "huyện và UBND xã Hải Thành.\n\nNăm qua, 3 tập thể được UBND tỉnh tặng Cờ thi đua.")
    assert _awards(facts) == [(3, "tap_the", "co_thi_dua", "UBND tỉnh")]


@pytest.mark.parametrize("sentence, recipient, award, issuer", [
    ("Với thành tích xuất sắc, chi bộ thôn đã vinh dự nhận Bằng khen của Chủ tịch UBND tỉnh vì đóng góp cho phong "
     "trào.", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh"),
    ("Năm 2024, Hội Phụ nữ xã Tân Lập được nhận Giấy khen của UBND huyện.", "tap_the", "giay_khen", "UBND huyện"),
    ("Bà Lò Thị Hoa vinh dự đón nhận Bằng khen của Trung ương Hội Liên hiệp Phụ nữ Việt Nam.", "ca_nhan",
     "bang_khen", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
    ("Chi đoàn thôn 3 vừa nhận Giấy khen của Huyện đoàn Yên Thế vì thành tích xuất sắc.", "tap_the", "giay_khen",
     "Huyện đoàn Yên Thế"),
])
def test_a_single_receiver_of_a_givers_award(facts_of, sentence, recipient, award, issuer):
    assert _awards(facts_of(LEAD + sentence)) == [(1, recipient, award, issuer)]


@pytest.mark.parametrize("sentence", [
    "Nhiều chi bộ đã nhận Bằng khen của Ban Thường vụ Tỉnh ủy.",
    "Các tập thể nhận Giấy khen của UBND huyện.",
    "Năm qua, bà con trong thôn vui mừng đón nhận Bằng khen của UBND tỉnh trao cho thôn.",
])
def test_no_single_receiver_among_many(facts_of, sentence):
    assert _awards(facts_of(LEAD + sentence)) == []


# --- outcomes: yearly amounts, one gift handed over ------------------------------------------------------------
def _outcomes(facts) -> list[tuple[int, str]]:
    return [(int(o.value), o.unit) for o in facts["outcomes"]]


@pytest.mark.parametrize("sentence, expected", [
    ("Mô hình trồng quế ở xã Phúc Lợi cho doanh thu là 1,2 tỷ đồng/năm.", [(1_200_000_000, "dong")]),
    ("Tổ hợp tác nuôi cá lồng mang lại lợi nhuận 450 triệu đồng/ năm cho các thành viên.", [(450_000_000, "dong")]),
    ("Mỗi hộ tham gia mô hình có thu nhập 60 triệu đồng/người/năm.", [(60_000_000, "dong_per_nguoi_nam")]),
    ("Giá bán quế khô đạt 50 nghìn đồng/kg, lương công nhân 6 triệu đồng/tháng.", []),
])
def test_an_amount_a_year_is_money(facts_of, sentence, expected):
    assert _outcomes(facts_of(LEAD + sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Dịp này, Ủy ban MTTQ tỉnh trao một phần quà trị giá 1 triệu đồng cho Ban quân chính làng.",
     [(1, "suat_qua"), (1_000_000, "dong")]),
    ("Hội Cựu chiến binh huyện bàn giao một căn nhà Đại đoàn kết cho hộ ông Lò Văn Sương.", [(1, "nha")]),
    ("Công ty đã xây tặng một ngôi nhà tình nghĩa cho gia đình chính sách.", [(1, "nha")]),
    ("Một phần quà được gửi tới các hộ; Hội hỗ trợ một số hộ nghèo làm nhà.", []),
])
def test_one_gift_or_house_handed_over(facts_of, sentence, expected):
    assert _outcomes(facts_of(LEAD + sentence)) == expected
