"""Phrasings of officials, one test per shape of `extractors.officials` / `extractors.titles`: each carries the
shape in sentences written for the test (other provinces, titles, orders and punctuation than the article that
prompted the rule)."""

from __future__ import annotations

import pytest


def titles_of(facts) -> dict[str, str]:
    return {o.name: o.title for o in facts["officials"]}


# --- a body named with its purpose runs on to the level word that closes it ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Dự hội nghị có đồng chí Lê Thị Hạnh – Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phong trào thi đua "
     "“Dân vận khéo” tỉnh; đồng chí Vi Văn Tú - Trưởng Ban Dân vận Tỉnh ủy.",
     {"Lê Thị Hạnh": "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh",
      "Vi Văn Tú": "Trưởng Ban Dân vận Tỉnh ủy"}),
    ("Phó Trưởng ban Thường trực Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Trần Văn Bảy phát biểu "
     "tại hội nghị.",
     {"Trần Văn Bảy": "Phó Trưởng ban Thường trực Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện"}),
    ("Ông Đỗ Minh Quân, Trưởng ban vận động quỹ “Vì người nghèo” xã, cho biết năm nay quỹ tăng mạnh.",
     {"Đỗ Minh Quân": "Trưởng ban vận động quỹ “Vì người nghèo” xã"}),
    ("Bà Lò Thị Mai - Phó Trưởng Ban tổ chức Hội thi “Dân vận khéo” huyện Mường Tè trao giải Nhất cho đội xã "
     "Bum Nưa.",
     {"Lò Thị Mai": "Phó Trưởng Ban tổ chức Hội thi “Dân vận khéo” huyện Mường Tè"}),
])
def test_body_named_with_its_purpose(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- lists "NAME, TITLE; NAME, TITLE" and "NAME - TITLE; ..." after a colon ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tham dự có các đồng chí: Văn Đức Thành, Phó Bí thư Tỉnh ủy; Cấn Thị Hoa, nguyên Chủ tịch HĐND tỉnh; "
     "Ksor Phước, Phó Chủ tịch UBND tỉnh.",
     {"Văn Đức Thành": "Phó Bí thư Tỉnh ủy", "Cấn Thị Hoa": "nguyên Chủ tịch HĐND tỉnh",
      "Ksor Phước": "Phó Chủ tịch UBND tỉnh"}),
    ("Dự buổi lễ có: Rơ Chăm Long - Bí thư Huyện ủy; Điểu Đam - Chủ tịch UBND huyện; Lâm Thị Út - Chủ tịch "
     "Hội LHPN huyện.",
     {"Rơ Chăm Long": "Bí thư Huyện ủy", "Điểu Đam": "Chủ tịch UBND huyện",
      "Lâm Thị Út": "Chủ tịch Hội LHPN huyện"}),
    ("Đến dự có các đồng chí: Thạch Sa Rươne, Trưởng Ban Dân tộc tỉnh; Trần Thị Bé Ba, Giám đốc Sở Văn hóa, "
     "Thể thao và Du lịch.",
     {"Thạch Sa Rươne": "Trưởng Ban Dân tộc tỉnh",
      "Trần Thị Bé Ba": "Giám đốc Sở Văn hóa, Thể thao và Du lịch"}),
])
def test_lists_after_a_colon(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a plural title before several names ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Dự lễ có các Phó Chủ tịch UBND huyện Hà Văn Tư, Lò Thị Én và Cầm Văn Sơn.",
     {n: "Phó Chủ tịch UBND huyện" for n in ("Hà Văn Tư", "Lò Thị Én", "Cầm Văn Sơn")}),
    ("Dự có các Phó Chủ tịch UBND tỉnh: Ksor Phước, Rơ Chăm Long và Y Khút Niê.",
     {n: "Phó Chủ tịch UBND tỉnh" for n in ("Ksor Phước", "Rơ Chăm Long", "Y Khút Niê")}),
    ("Tham dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Đặng Văn Hải - Trưởng Ban Tổ chức Huyện ủy; "
     "Lục Thị Nga - Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.",
     {"Đặng Văn Hải": "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy",
      "Lục Thị Nga": "Ủy viên Ban Thường vụ Huyện ủy, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"}),
    ("Hội nghị có sự tham dự của hai Phó Bí thư Thị ủy Huỳnh Văn Bé và Trần Thanh Sơn.",
     {n: "Phó Bí thư Thị ủy" for n in ("Huỳnh Văn Bé", "Trần Thanh Sơn")}),
])
def test_plural_title_before_several_names(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a place that locates the title's unit is no part of the title -------------------------------------------------
@pytest.mark.parametrize("text, name, title, unit", [
    ("Bí thư Đảng ủy xã Tân Lập, huyện Đồng Phú (Bình Phước) Nguyễn Văn Mười trao giấy khen cho 12 tập thể.",
     "Nguyễn Văn Mười", "Bí thư Đảng ủy xã Tân Lập", "xã Tân Lập"),
    ("Chủ tịch UBND phường Hưng Long (thị xã Chơn Thành) Lê Thị Hoa phát biểu khai mạc.",
     "Lê Thị Hoa", "Chủ tịch UBND phường Hưng Long", "phường Hưng Long"),
    ("Ông Trần Văn Út, Chủ tịch Hội Nông dân huyện Phong Điền, TP Cần Thơ cho hay, hội đã vận động 40 hộ.",
     "Trần Văn Út", "Chủ tịch Hội Nông dân huyện Phong Điền", "huyện Phong Điền"),
    ("Bà Hồ Thị Lệ - Phó Chủ tịch UBND xã Đắk Ring (huyện Nam Trà My, tỉnh Quảng Nam) cho biết.",
     "Hồ Thị Lệ", "Phó Chủ tịch UBND xã Đắk Ring", "xã Đắk Ring"),
])
def test_place_tail_left_out_of_the_title(facts_of, text, name, title, unit):
    (o,) = facts_of(text)["officials"]
    assert (o.name, o.title, o.unit) == (name, title, unit)


@pytest.mark.parametrize("text, name, title, unit", [
    ("Ông Giàng A Lử, Trưởng bản Tả Phìn, xã Sà Phìn chia sẻ kinh nghiệm vận động bà con.",
     "Giàng A Lử", "Trưởng bản Tả Phìn", "xã Sà Phìn"),
    ("Bà Nguyễn Thị Sáu, Chi hội trưởng Chi hội Phụ nữ ấp Mỹ Phú, xã Mỹ Đức cho biết chi hội có 80 hội viên.",
     "Nguyễn Thị Sáu", "Chi hội trưởng Chi hội Phụ nữ ấp Mỹ Phú", "xã Mỹ Đức"),
    ("Ông Vũ Văn Thanh - Tổ trưởng tổ dân phố 5 (phường Cẩm Trung) nói.",
     "Vũ Văn Thanh", "Tổ trưởng tổ dân phố 5", "phường Cẩm Trung"),
])
def test_commune_of_a_village_is_the_unit_not_the_title(facts_of, text, name, title, unit):
    (o,) = facts_of(text)["officials"]
    assert (o.name, o.title, o.unit) == (name, title, unit)


# --- names of the ethnic minorities, and places that end in a surname -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND xã Đạ Chais Ka Điệp phát biểu tại buổi lễ.", {"Ka Điệp": "Chủ tịch UBND xã Đạ Chais"}),
    ("Theo Bí thư Huyện ủy Mai Sơn Y Nhi, huyện đã xây dựng 40 mô hình.", {"Y Nhi": "Bí thư Huyện ủy Mai Sơn"}),
    ("Đồng chí Danh Sol, Bí thư Chi bộ ấp Cái Nước được tặng Bằng khen.", {"Danh Sol": "Bí thư Chi bộ ấp Cái Nước"}),
    ("Phó Chủ tịch HĐND tỉnh Ksor H'Bơ Khăp trao quà cho các hộ.", {"Ksor H'Bơ Khăp": "Phó Chủ tịch HĐND tỉnh"}),
    ("Chủ tịch UBND huyện Phan Văn Hùng dự lễ.", {"Phan Văn Hùng": "Chủ tịch UBND huyện"}),
])
def test_ethnic_minority_names_and_places_ending_in_a_surname(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anh Nguyễn Văn Tám, thành viên tổ hợp tác, cho biết thu nhập đã tăng.",
     {"Nguyễn Văn Tám": "thành viên tổ hợp tác"}),
    ("Chị Lò Thị Xuân, thành viên CLB Phụ nữ bản Hua Nà nói rằng mô hình giúp chị thoát nghèo.",
     {"Lò Thị Xuân": "thành viên CLB Phụ nữ bản Hua Nà"}),
    ("Ủy ban MTTQ tỉnh tặng bằng khen cho đồng chí Kim Sa Rưm, thành viên Ban Công tác Mặt trận ấp Trà Sết vì "
     "đã có thành tích xuất sắc.",
     {"Kim Sa Rưm": "thành viên Ban Công tác Mặt trận ấp Trà Sết"}),
])
def test_member_of_a_group_after_the_name(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


def test_bodies_are_not_people(facts_of):
    f = facts_of("Sáng 9-4, Đoàn ĐBQH tỉnh do Trưởng đoàn ĐBQH tỉnh Nay Phi La dẫn đầu đã tiếp xúc cử tri. "
                 "Hội LHPN huyện và Hà UBND phối hợp tổ chức. Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh "
                 "Đinh Thị Phương Lan phát biểu.")
    assert titles_of(f) == {"Nay Phi La": "Trưởng đoàn ĐBQH tỉnh",
                            "Đinh Thị Phương Lan": "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"}


# --- where a title after the name ends ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Năm nay đã 70 tuổi, ông Hà Văn Khởi - nguyên Bí thư Chi bộ thôn Đồng Mới - vẫn đi vận động từng nhà.",
     {"Hà Văn Khởi": "nguyên Bí thư Chi bộ thôn Đồng Mới"}),
    ("Bà Lục Thị Hoa, Chủ tịch Hội Nông dân xã Thạch Đà giới thiệu mô hình trồng rau sạch.",
     {"Lục Thị Hoa": "Chủ tịch Hội Nông dân xã Thạch Đà"}),
    ("Đồng chí Trần Văn Mạnh, Trưởng Ban Dân vận Huyện ủy Yên Mỹ về kết quả thực hiện phong trào.",
     {"Trần Văn Mạnh": "Trưởng Ban Dân vận Huyện ủy Yên Mỹ"}),
    ("Dự có ông Võ Văn Sang - Giám đốc Trung tâm Văn hóa Thể thao huyện và toàn thể cán bộ, hội viên.",
     {"Võ Văn Sang": "Giám đốc Trung tâm Văn hóa Thể thao huyện"}),
    ("Ông Nguyễn Hữu Lộc, Chủ tịch UBND xã Hòa Bình -cho hay, xã đã hoàn thành 100 căn nhà.",
     {"Nguyễn Hữu Lộc": "Chủ tịch UBND xã Hòa Bình"}),
    ("Ông Lê Văn Tư (bên phải), Phó Chủ tịch UBND huyện trao giấy khen cho các tập thể.",
     {"Lê Văn Tư": "Phó Chủ tịch UBND huyện"}),
    ("Đồng chí Hoàng Thị Thu - Bí thư Huyện ủy (thứ 2 từ trái sang) trao Bằng khen cho các điển hình.",
     {"Hoàng Thị Thu": "Bí thư Huyện ủy"}),
    ("Bà Mai Thị Lan, Chủ tịch Hội Phụ nữ xã khẳng định, phong trào đã lan tỏa.",
     {"Mai Thị Lan": "Chủ tịch Hội Phụ nữ xã"}),
    ("Ông Đinh Văn Hạnh, Bí thư Chi bộ; Trưởng thôn Đồng Tâm kể lại những ngày đầu vận động hiến đất.",
     {"Đinh Văn Hạnh": "Bí thư Chi bộ; Trưởng thôn Đồng Tâm"}),
    ("Bà Trương Thị Ngọc, Giám đốc Trung tâm Dịch vụ việc làm tỉnh chia sẻ.",
     {"Trương Thị Ngọc": "Giám đốc Trung tâm Dịch vụ việc làm tỉnh"}),
])
def test_where_a_title_after_the_name_ends(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a title before the name and a second function after it ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Phó Chủ tịch UBND huyện Lâm Văn Phú, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện phát "
     "biểu chỉ đạo.",
     {"Lâm Văn Phú": "Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện"}),
    ("Theo Trưởng Ban Dân vận Tỉnh ủy Bế Thị Hồng - Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh, năm qua "
     "đã có 300 mô hình.",
     {"Bế Thị Hồng": "Trưởng Ban Dân vận Tỉnh ủy - Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh"}),
    ("Chủ tịch UBND huyện Nguyễn Văn Bình, Phó Chủ tịch UBND huyện Trần Thị Hương cùng dự.",
     {"Nguyễn Văn Bình": "Chủ tịch UBND huyện", "Trần Thị Hương": "Phó Chủ tịch UBND huyện"}),
])
def test_second_function_after_the_name(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


def test_two_heads_joined_by_and_are_two_people(facts_of):
    f = facts_of("Các em học sinh trò chuyện với Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Hầu A Lềnh.")
    assert titles_of(f) == {"Hầu A Lềnh": "Chủ tịch UBND tỉnh"}


# --- a title set off from its name by a comma, or in brackets; one-word names ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND xã Phú Lộc, ông Nguyễn Văn Bảy cho biết xã đã làm 20 km đường.",
     {"Nguyễn Văn Bảy": "Chủ tịch UBND xã Phú Lộc"}),
    ("Theo Bí thư Huyện ủy Lạc Dương, bà K'Mák, huyện đã có 300 mô hình.", {"K'Mák": "Bí thư Huyện ủy Lạc Dương"}),
    ("Trưởng Công an xã Ea Tul, Thiếu tá Y Bhin Niê khẳng định an ninh được giữ vững.",
     {"Y Bhin Niê": "Trưởng Công an xã Ea Tul"}),
    ("Ông Nguyễn Văn Tư (Chủ tịch UBND xã Tân Hòa) trao quà cho các hộ.", {"Nguyễn Văn Tư": "Chủ tịch UBND xã Tân Hòa"}),
    ("Bà Hà Thị Nguyệt (Phó Bí thư Đảng ủy phường Đông Thọ, bên trái) tặng hoa.",
     {"Hà Thị Nguyệt": "Phó Bí thư Đảng ủy phường Đông Thọ"}),
    ("Chị K'Bình, thành viên tổ hợp tác dệt thổ cẩm, cho biết thu nhập đã tăng.",
     {"K'Bình": "thành viên tổ hợp tác dệt thổ cẩm"}),
])
def test_title_set_off_by_a_comma_or_in_brackets(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a former position in brackets after the title is part of it ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ông Lâm Văn Tài, Bí thư Đảng uỷ, Chủ tịch HĐND xã Khánh An (nguyên Phó Chủ tịch UBND huyện U Minh), cho "
     "biết mô hình được nhân rộng.",
     {"Lâm Văn Tài": "Bí thư Đảng uỷ, Chủ tịch HĐND xã Khánh An (nguyên Phó Chủ tịch UBND huyện U Minh)"}),
    ("Bà Hà Thị Nga - Chủ tịch Hội LHPN huyện (nguyên Bí thư Huyện Đoàn) trao quà cho các hộ.",
     {"Hà Thị Nga": "Chủ tịch Hội LHPN huyện (nguyên Bí thư Huyện Đoàn)"}),
    ("Đồng chí Vi Văn Sơn (nguyên Trưởng Ban Dân vận Huyện ủy Kỳ Sơn) phát biểu tại buổi gặp mặt.",
     {"Vi Văn Sơn": "nguyên Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"}),
])
def test_a_former_position_in_brackets_is_part_of_the_title(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


def test_a_caption_note_in_brackets_still_ends_the_title(facts_of):
    text = "Ông Lê Văn Hai - Chủ tịch UBND xã Tân Phú (bên phải) trao giấy khen cho các hộ."
    assert titles_of(facts_of(text)) == {"Lê Văn Hai": "Chủ tịch UBND xã Tân Phú"}


# --- a name after a level, village or street word is a place named after a person ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Út, Chủ tịch UBND xã Nguyễn Việt Khái (Phú Tân), cho biết xã có 12 mô hình.",
     {"Trần Văn Út"}),
    ("Bà Võ Thị Hoa, Tổ trưởng tổ dân phố đường Lê Lợi (Chủ tịch Hội Phụ nữ phường) chia sẻ kinh nghiệm.",
     {"Võ Thị Hoa"}),
    ("Bà Lê Thị Ba, Chi hội trưởng Chi hội Phụ nữ ấp Trần Phú, Bí thư Chi bộ ấp cho biết ấp có 40 hộ.",
     {"Lê Thị Ba"}),
    ("Tổ trưởng tổ tự quản đường Nguyễn Trãi Lò Văn Minh cho biết tuyến đường đã sáng đèn.", {"Lò Văn Minh"}),
    ("Ông Nguyễn Văn Mười, Bí thư Chi bộ thôn Phan Bội Châu (nguyên Chủ tịch UBND xã) phát biểu.",
     {"Nguyễn Văn Mười"}),
])
def test_a_place_named_after_a_person_is_no_official(facts_of, text, expected):
    assert set(titles_of(facts_of(text))) == expected


# --- bodies whose name opens with a surname-like syllable hold no person --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ông Y Jút Niê – Phó trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh trình bày báo cáo.",
     {"Y Jút Niê": "Phó trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh"}),
    ("Bà Lò Thị Xuân, Trưởng đoàn công tác Đoàn Thanh niên tỉnh, trao quà cho học sinh.",
     {"Lò Thị Xuân": "Trưởng đoàn công tác Đoàn Thanh niên tỉnh"}),
    ("Thay mặt Đoàn Đại biểu Quốc hội tỉnh, ông Hoàng Văn Quý, Phó Trưởng đoàn, tiếp thu ý kiến cử tri.",
     {"Hoàng Văn Quý": "Phó Trưởng đoàn"}),
])
def test_bodies_opened_by_a_surname_syllable_are_no_names(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a title ends at the verb of a visit ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Các đại biểu gồm: ông Lê Văn Nam – Phó Chủ tịch HĐND tỉnh; bà Đinh Thị Hoa – Chủ tịch Hội LHPN tỉnh tiếp xúc "
     "cử tri huyện Krông Pa.",
     {"Lê Văn Nam": "Phó Chủ tịch HĐND tỉnh", "Đinh Thị Hoa": "Chủ tịch Hội LHPN tỉnh"}),
    ("Đồng chí Phạm Minh Đức, Bí thư Huyện ủy khảo sát mô hình dân vận khéo ở xã Tân Lập.",
     {"Phạm Minh Đức": "Bí thư Huyện ủy"}),
    ("Ông Hồ Văn Lực - Chủ tịch Ủy ban MTTQ tỉnh đối thoại với đoàn viên, hội viên ở thị trấn Krông Kmar.",
     {"Hồ Văn Lực": "Chủ tịch Ủy ban MTTQ tỉnh"}),
    ("Bà Nông Thị Hà, Phó Bí thư Tỉnh ủy gặp gỡ người có uy tín trong đồng bào dân tộc thiểu số.",
     {"Nông Thị Hà": "Phó Bí thư Tỉnh ủy"}),
])
def test_a_title_ends_at_the_verb_of_a_visit(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a photo caption repeats the body: the body's title stands -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Sáng 5-11, đồng chí Lê Quang Hùng, Bí thư Tỉnh ủy, thăm người dân vùng lũ.\n"
     "Bí thư Tỉnh ủy Quảng Trị Lê Quang Hùng tặng quà người dân. Ảnh: T.H",
     "Bí thư Tỉnh ủy"),
    ("Ông Đặng Văn Tư, Chủ tịch UBND huyện, dự ngày hội.\n"
     "Chủ tịch UBND huyện Tam Nông Đặng Văn Tư trao quà cho các hộ (Ảnh: Minh Tâm).",
     "Chủ tịch UBND huyện"),
    ("Ảnh: Đồng chí Bùi Thị Lan, Phó Chủ tịch UBND tỉnh Hà Tĩnh trao quà.\n\n"
     "Phát biểu tại buổi lễ, đồng chí Bùi Thị Lan, Phó Chủ tịch UBND tỉnh, ghi nhận kết quả của xã.",
     "Phó Chủ tịch UBND tỉnh"),
])
def test_a_photo_caption_does_not_replace_the_bodys_title(facts_of, text, expected):
    (official,) = facts_of(text)["officials"]
    assert official.title == expected


def test_a_fuller_title_later_in_the_body_still_wins(facts_of):
    text = ("Tới dự có đồng chí Vũ Văn Hải – Bí thư Quận ủy.\nĐồng chí Vũ Văn Hải – Bí thư Quận ủy Ngô Quyền trao Cờ "
            "thi đua cho các phường.")
    (official,) = facts_of(text)["officials"]
    assert official.title == "Bí thư Quận ủy Ngô Quyền"


@pytest.mark.parametrize("text, expected", [
    # a level word closing a title ("UBND thành phố", "Huyện ủy") before a name the gazetteer does not know as a
    # unit: the unit is implied and the name is a person's
    ("Tham dự có Phó Bí thư Thành ủy, Phó Chủ tịch UBND thành phố Lương Văn Tám; Trưởng ban Dân vận Thành ủy Hà Thị "
     "Mai.", {"Lương Văn Tám": "Phó Bí thư Thành ủy, Phó Chủ tịch UBND thành phố",
              "Hà Thị Mai": "Trưởng ban Dân vận Thành ủy"}),
    ("Chủ tịch UBND huyện Mai Thị Hạnh trao quà.", {"Mai Thị Hạnh": "Chủ tịch UBND huyện"}),
    ("Phó Chủ tịch UBND thị xã Vũ Thị Lành phát biểu.", {"Vũ Thị Lành": "Phó Chủ tịch UBND thị xã"}),
])
def test_a_name_after_a_titles_closing_level_word_is_a_person(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- a typo in a surname is corrected by the article's other spelling of the same person ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("Bà Cụt Thị Hợi đại biểu Quốc hội đã giải trình ý kiến cử tri.\n\nBà Cù Thị Hợi tại buổi tiếp xúc",
     {"Cù Thị Hợi": "đại biểu Quốc hội"}),
    ("Ông Nguyễ Văn Toàn, Chủ tịch UBND xã, phát biểu.\n\nÔng Nguyễn Văn Toàn trao quà cho các hộ.",
     {"Nguyễn Văn Toàn": "Chủ tịch UBND xã"}),
    ("Đồng chí Trầm Thị Ánh Tuyết - Phó Bí thư Huyện ủy dự hội nghị. Ảnh: Trần Thị Ánh Tuyết trao giấy khen.",
     {"Trần Thị Ánh Tuyết": "Phó Bí thư Huyện ủy"}),
])
def test_a_misspelled_surname_takes_the_articles_other_spelling(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


def test_two_people_with_the_same_given_names_keep_their_surnames(facts_of):
    text = "Bà Nông Thị Hà, Chủ tịch Hội LHPN xã, và bà Đồng Thị Hà, Bí thư Chi bộ thôn, trao quà."
    assert titles_of(facts_of(text)) == {"Nông Thị Hà": "Chủ tịch Hội LHPN xã", "Đồng Thị Hà": "Bí thư Chi bộ thôn"}


# --- a delegation's name holds no title ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Thay mặt đoàn đại biểu Quốc hội tỉnh Hà Giang, bà Lò Thị Lan báo cáo kết quả kỳ họp.", {}),
    ("Thay mặt Đoàn đại biểu HĐND tỉnh ông Trịnh Văn Bình tiếp thu ý kiến.", {}),
    ("Trưởng đoàn đại biểu Quốc hội tỉnh Lê Văn Dũng chủ trì buổi tiếp xúc.",
     {"Lê Văn Dũng": "Trưởng đoàn đại biểu Quốc hội tỉnh"}),
    ("Ông Nguyễn Văn Bình – Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam phát biểu.",
     {"Nguyễn Văn Bình": "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}),
])
def test_a_delegations_name_is_no_title(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected
