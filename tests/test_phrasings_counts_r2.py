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
