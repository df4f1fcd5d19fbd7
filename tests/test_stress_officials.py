"""Stress suite of officials: invented sentences that walk the space of the class instead of the phrasings of any
one article. Each group enumerates one axis: the positions of the Party, the State, the Front, the mass
organisations, the army, the border guard and the police at every level (2025 units included); the shapes of
Kinh and ethnic-minority names; the orders of title and name; where a title stops; what looks like a person and
is not. Values follow ANNOTATION.md: titles as written (organisation included, ranks and honorifics dropped,
"nguyên" kept), names in Title Case, units written as level word + name."""

from __future__ import annotations

import pytest


def titles_of(facts) -> dict[str, str]:
    return {o.name: o.title for o in facts["officials"]}


def units_of(facts) -> dict[str, str | None]:
    return {o.name: o.unit for o in facts["officials"]}


# --- every position, at every level, before the name (TITLE NAME verb) -----------------------------------------------
POSITIONS_BEFORE_NAME = [
    # Party committees, their standing members and boards
    ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Nguyễn Văn Hùng phát biểu khai mạc hội nghị.",
     "Nguyễn Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy"),
    ("Trưởng Ban Dân vận Huyện ủy Hải Hậu Trần Thị Thu Hà trao giấy khen cho các tập thể.",
     "Trần Thị Thu Hà", "Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
    ("Phó Bí thư Thường trực Tỉnh ủy Kiều Văn Lâm chủ trì hội nghị.",
     "Kiều Văn Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
    ("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Khúc Thị Duyên phát biểu chỉ đạo.",
     "Khúc Thị Duyên", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("Chủ nhiệm Ủy ban Kiểm tra Thành ủy Giáp Văn Toàn kết luận hội nghị.",
     "Giáp Văn Toàn", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy"),
    ("Bí thư Quận ủy Ba Đình Doãn Minh Đức trao Cờ thi đua cho các phường.",
     "Doãn Minh Đức", "Bí thư Quận ủy Ba Đình"),
    ("Bí thư Thị ủy Nghiêm Xuân Thành phát biểu tại buổi lễ.", "Nghiêm Xuân Thành", "Bí thư Thị ủy"),
    ("Phó Bí thư Thường trực Đảng ủy xã Tân Thành Âu Thị Mai đọc báo cáo.",
     "Âu Thị Mai", "Phó Bí thư Thường trực Đảng ủy xã Tân Thành"),
    ("Bí thư Chi bộ thôn Trung Hòa Lã Văn Thắng chia sẻ kinh nghiệm.",
     "Lã Văn Thắng", "Bí thư Chi bộ thôn Trung Hòa"),
    ("Bí thư Đảng ủy đặc khu Phú Quốc Trần Minh Khoa phát biểu.",
     "Trần Minh Khoa", "Bí thư Đảng ủy đặc khu Phú Quốc"),
    # the State
    ("Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Thành chủ trì buổi làm việc.",
     "Lê Văn Thành", "Phó Chủ tịch Thường trực UBND tỉnh"),
    ("Chủ tịch HĐND phường Hoàn Kiếm Bế Thị Hằng dự lễ.", "Bế Thị Hằng", "Chủ tịch HĐND phường Hoàn Kiếm"),
    ("Chủ tịch UBND đặc khu Côn Đảo Lê Văn Phong trao quà cho các hộ.",
     "Lê Văn Phong", "Chủ tịch UBND đặc khu Côn Đảo"),
    ("Giám đốc Sở Nội vụ Chu Thị Ngọc Anh báo cáo kết quả.", "Chu Thị Ngọc Anh", "Giám đốc Sở Nội vụ"),
    ("Phó Giám đốc Sở Nông nghiệp và Môi trường Đàm Văn Lợi giới thiệu mô hình.",
     "Đàm Văn Lợi", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
    ("Trưởng phòng Văn hóa - Xã hội phường Tân Định Ông Văn Tùng trình bày tham luận.",
     "Ông Văn Tùng", "Trưởng phòng Văn hóa - Xã hội phường Tân Định"),
    # the Front and the mass organisations
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phạm Thị Hòa phát biểu.",
     "Phạm Thị Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã Ea Tul Y Bhin Niê trao quà.",
     "Y Bhin Niê", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã Ea Tul"),
    ("Bí thư Đoàn xã Mường Nhé Lò Văn Chung phát động ra quân.", "Lò Văn Chung", "Bí thư Đoàn xã Mường Nhé"),
    ("Chủ tịch Hội Cựu chiến binh tỉnh Đặng Văn Minh trao bằng khen.",
     "Đặng Văn Minh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
    ("Chủ tịch Hội Liên hiệp Phụ nữ xã Cư Êbur H'Yâo Knul phát biểu.",
     "H'Yâo Knul", "Chủ tịch Hội Liên hiệp Phụ nữ xã Cư Êbur"),
    ("Chủ tịch Liên đoàn Lao động tỉnh Phùng Thị Thanh dự lễ.", "Phùng Thị Thanh", "Chủ tịch Liên đoàn Lao động tỉnh"),
    # the army, the border guard and the police: the rank is dropped
    ("Chính trị viên Ban CHQS huyện Thiếu tá Lương Văn Hải phát biểu.",
     "Lương Văn Hải", "Chính trị viên Ban CHQS huyện"),
    ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Đại tá Nguyễn Trọng Tuấn trao quà.",
     "Nguyễn Trọng Tuấn", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    ("Đồn trưởng Đồn Biên phòng Sì Lở Lầu Trung tá Hoàng Văn Thái dự buổi lễ.",
     "Hoàng Văn Thái", "Đồn trưởng Đồn Biên phòng Sì Lở Lầu"),
    ("Giám đốc Công an tỉnh Thiếu tướng Lê Văn Hà phát biểu chỉ đạo.", "Lê Văn Hà", "Giám đốc Công an tỉnh"),
    ("Trưởng Công an xã Tân Phú Thượng úy Huỳnh Văn Lộc cho biết.", "Huỳnh Văn Lộc", "Trưởng Công an xã Tân Phú"),
    # villages, schools
    ("Trưởng thôn Đồng Tâm Khổng Văn Dũng trao quà cho các hộ.", "Khổng Văn Dũng", "Trưởng thôn Đồng Tâm"),
    ("Hiệu trưởng Trường THCS Lê Quý Đôn Mạc Thị Hương phát biểu.",
     "Mạc Thị Hương", "Hiệu trưởng Trường THCS Lê Quý Đôn"),
    ("Giám đốc Bệnh viện Phạm Ngọc Thạch Trần Văn Hùng phát biểu tại hội nghị.",
     "Trần Văn Hùng", "Giám đốc Bệnh viện Phạm Ngọc Thạch"),
    ("Thôn trưởng Vũ Văn Hải cho biết thôn có 80 hộ tham gia mô hình.", "Vũ Văn Hải", "Thôn trưởng"),
    ("Trưởng thôn Nguyễn Văn Nam cho biết thôn có 80 hộ tham gia.", "Nguyễn Văn Nam", "Trưởng thôn"),
    ("Trưởng tổ dân phố 3 Nguyễn Văn Ân cho biết tổ có 80 hộ tham gia mô hình.",
     "Nguyễn Văn Ân", "Trưởng tổ dân phố 3"),
    ("Tổng phụ trách Đội Trường Tiểu học Kim Đồng Nguyễn Thị Thu Hà phát biểu tại lễ.",
     "Nguyễn Thị Thu Hà", "Tổng phụ trách Đội Trường Tiểu học Kim Đồng"),
    ("ĐBQH Nguyễn Thị Lan phát biểu tại buổi tiếp xúc cử tri ở xã.", "Nguyễn Thị Lan", "ĐBQH"),
    ("Chủ nhiệm Ủy ban kiểm tra Đảng ủy xã Lê Văn Tùng phát biểu tại hội nghị tổng kết.",
     "Lê Văn Tùng", "Chủ nhiệm Ủy ban kiểm tra Đảng ủy xã"),
    ("Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hoàng Thị Thu phát biểu tại hội nghị.",
     "Hoàng Thị Thu", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện"),
    ("Trưởng đồn Biên phòng Bát Xát Thiếu tá Vàng A Páo phát biểu tại buổi lễ.",
     "Vàng A Páo", "Trưởng đồn Biên phòng Bát Xát"),
    ("Phó Chính trị viên Ban CHQS huyện Lò Văn Pấng phát biểu tại buổi lễ.",
     "Lò Văn Pấng", "Phó Chính trị viên Ban CHQS huyện"),
    ("Trung đội trưởng dân quân cơ động xã Hoàng Văn Pư cho biết đội đã giúp dân 200 ngày công.",
     "Hoàng Văn Pư", "Trung đội trưởng dân quân cơ động xã"),
    # the Party committee of the Front and mass organisations of 2025 holds a comma in its name
    ("Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Lê Thị Hà phát biểu tại hội nghị tổng kết.",
     "Lê Thị Hà", "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"),
    ("Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân "
     "tỉnh Đào Văn Tư phát biểu.", "Đào Văn Tư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban "
     "MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh"),
]


@pytest.mark.parametrize("text, name, title", POSITIONS_BEFORE_NAME)
def test_every_position_before_the_name(facts_of, text, name, title):
    assert titles_of(facts_of(text)) == {name: title}


# --- every position after the name (NAME, TITLE / NAME - TITLE) ------------------------------------------------------
POSITIONS_AFTER_NAME = [
    ("Đồng chí Vương Thị Hạnh - Tỉnh ủy viên, Bí thư Huyện ủy Yên Thế phát biểu.",
     "Vương Thị Hạnh", "Tỉnh ủy viên, Bí thư Huyện ủy Yên Thế"),
    ("Đại tá Tạ Văn Quân, Chỉ huy trưởng Ban CHQS huyện, cho biết lực lượng đã hỗ trợ 40 ngày công.",
     "Tạ Văn Quân", "Chỉ huy trưởng Ban CHQS huyện"),
    ("Thiếu tá Hà Văn Tùng, Đồn trưởng Đồn Biên phòng Mường Nhé cho biết đồn đã xây 3 căn nhà.",
     "Hà Văn Tùng", "Đồn trưởng Đồn Biên phòng Mường Nhé"),
    ("Bà Vũ Thị Thu, Trưởng phòng Văn hóa - Thông tin huyện cho biết.",
     "Vũ Thị Thu", "Trưởng phòng Văn hóa - Thông tin huyện"),
    ("Ông Lò Văn Piêng, Trưởng bản Nà Sản chia sẻ kinh nghiệm.", "Lò Văn Piêng", "Trưởng bản Nà Sản"),
    ("Anh Ma Văn Hoàn, Bí thư Chi đoàn thôn Nà Hin nói.", "Ma Văn Hoàn", "Bí thư Chi đoàn thôn Nà Hin"),
    ("Ông Sùng A Hồ - Người có uy tín ở bản Pa Cheo kể lại.", "Sùng A Hồ", "Người có uy tín ở bản Pa Cheo"),
    ("Bà Chử Thị Lan, Chi hội trưởng Chi hội Cựu chiến binh thôn 3 cho hay.",
     "Chử Thị Lan", "Chi hội trưởng Chi hội Cựu chiến binh thôn 3"),
    ("Ông Hà Văn Hùng, Chủ tịch Hội Người cao tuổi xã, phát biểu.", "Hà Văn Hùng", "Chủ tịch Hội Người cao tuổi xã"),
    ("Đồng chí Thạch Sô Phai, Phó Trưởng Ban Dân tộc tỉnh trao quà.", "Thạch Sô Phai", "Phó Trưởng Ban Dân tộc tỉnh"),
    ("Ông Danh Út, Trưởng ấp Xẻo Đước, cho biết ấp có 40 hộ.", "Danh Út", "Trưởng ấp Xẻo Đước"),
    ("Trung tá Lò Văn Sương - Chính trị viên Đồn Biên phòng Pa Thơm kiểm tra mô hình.",
     "Lò Văn Sương", "Chính trị viên Đồn Biên phòng Pa Thơm"),
    # groups of a village named with what they keep run to the village that closes their name
    ("Ông Lê Văn Tám, Tổ trưởng tổ tự quản về an ninh trật tự thôn 5 cho biết tổ đã lắp 12 camera.",
     "Lê Văn Tám", "Tổ trưởng tổ tự quản về an ninh trật tự thôn 5"),
    ("Ông Lê Văn Tám, Tổ trưởng tổ an ninh xung kích ấp Phú Lợi cho biết tổ có 12 thành viên.",
     "Lê Văn Tám", "Tổ trưởng tổ an ninh xung kích ấp Phú Lợi"),
    ("Ông Lý Văn Tư, Tổ trưởng Tổ hòa giải thôn Bản Mới cho biết tổ đã hòa giải 12 vụ.",
     "Lý Văn Tư", "Tổ trưởng Tổ hòa giải thôn Bản Mới"),
    ("Ông Lê Văn Sơn, Trưởng Chi hội Nông dân ấp 4 cho biết chi hội có 80 hội viên.",
     "Lê Văn Sơn", "Trưởng Chi hội Nông dân ấp 4"),
    ("Đại úy Lê Văn Hòa, Cảnh sát khu vực Công an phường Phú Hội cho biết phường đã lắp 30 camera.",
     "Lê Văn Hòa", "Cảnh sát khu vực Công an phường Phú Hội"),
    ("Đồng chí Nguyễn Văn Anh - Phó phòng Nội vụ huyện cho biết đã có 20 mô hình.",
     "Nguyễn Văn Anh", "Phó phòng Nội vụ huyện"),
    ("Thượng tá Nguyễn Văn Đức - Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh trao quà cho các gia đình.",
     "Nguyễn Văn Đức", "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh"),
    ("Đồng chí Ngô Văn Hải - TUV, Bí thư Huyện ủy Bảo Lâm dự và phát biểu tại hội nghị.",
     "Ngô Văn Hải", "TUV, Bí thư Huyện ủy Bảo Lâm"),
    ("Đ/c Nguyễn Văn Tâm - PCT UBND huyện trao giấy khen cho 12 tập thể có thành tích.",
     "Nguyễn Văn Tâm", "PCT UBND huyện"),
    ("Đồng chí Lê Hoàng Anh - PBT Thường trực Huyện ủy trao giấy khen cho 12 tập thể có thành tích.",
     "Lê Hoàng Anh", "PBT Thường trực Huyện ủy"),
    ("Bà Lê Thị Hà, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh cho biết đã có 200 mô hình.",
     "Lê Thị Hà", "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"),
]


@pytest.mark.parametrize("text, name, title", POSITIONS_AFTER_NAME)
def test_every_position_after_the_name(facts_of, text, name, title):
    assert titles_of(facts_of(text)) == {name: title}


# --- shapes of names: Kinh surnames, ethnic-minority shapes, look-alike letters --------------------------------------
NAME_SHAPES = [
    ("Phó Chủ tịch UBND tỉnh Ksor Phước dự lễ.", "Ksor Phước"),
    ("Chủ tịch UBND xã Ia Pnôn Rơ Mah Tuân trao quà.", "Rơ Mah Tuân"),
    ("Bí thư Huyện ủy Ya Ly phát biểu tại hội nghị.", "Ya Ly"),
    ("Phó Chủ tịch HĐND tỉnh Y Ngông Niê Kdăm phát biểu.", "Y Ngông Niê Kdăm"),
    ("Chủ tịch UBND xã Đinh Thị Lê phát biểu tại hội nghị.", "Đinh Thị Lê"),
    ("Bí thư Đảng ủy xã Rơ Châm Hlin phát biểu.", "Rơ Châm Hlin"),
    ("Chủ tịch Hội Nông dân xã Cầm Thị Phương dự lễ.", "Cầm Thị Phương"),
    ("Trưởng bản Lầu A Sình cho biết bản có 60 hộ.", "Lầu A Sình"),
    ("Phó Chủ tịch UBND xã Ngần Văn Thiêm phát biểu.", "Ngần Văn Thiêm"),
    ("Chủ tịch UBND huyện Bàn Văn Mảy trao quà.", "Bàn Văn Mảy"),
    ("Bí thư Đảng ủy xã Triệu Tài Phúc phát biểu.", "Triệu Tài Phúc"),
    ("Chủ tịch UBND xã Ðinh Văn Hùng phát biểu.", "Đinh Văn Hùng"),  # Icelandic Ð (U+00D0) for Đ
    ("Chủ tịch Hội Phụ nữ xã Điểu Thị Hạnh phát biểu.", "Điểu Thị Hạnh"),
    ("Bí thư Chi bộ buôn Tơng Jú Y Ben Niê cho biết.", "Y Ben Niê"),
    ("Phó Chủ tịch UBND huyện Ôn Văn Nam phát biểu.", "Ôn Văn Nam"),
    # a body named with its level before a name opening with the same syllable
    ("Bí thư Tỉnh Đoàn Đoàn Văn Thái phát biểu tại hội nghị tổng kết năm.", "Đoàn Văn Thái"),
    ("Bí thư Thành Đoàn Cần Thơ Đoàn Thị Mai phát biểu tại hội nghị tổng kết năm.", "Đoàn Thị Mai"),
    ("Bí thư Tỉnh ủy Đoàn Minh Huấn phát biểu chỉ đạo tại hội nghị tổng kết.", "Đoàn Minh Huấn"),
    ("Ông Phó Đức Phương, Chủ tịch Hội Nông dân xã Tân Lập cho biết hội có 20 mô hình.", "Phó Đức Phương"),
    ("Tham dự hội nghị có đồng chí Y Thanh Hà Niê Kdăm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.",
     "Y Thanh Hà Niê Kdăm"),
    ("Ông Chamaléa Điệp, Phó Chủ tịch UBND huyện Bác Ái cho biết huyện đã xây 50 nhà.", "Chamaléa Điệp"),
    ("Ông K'Bròi, Trưởng thôn Đạ Nghịt cho biết thôn có 120 hộ tham gia.", "K'Bròi"),
    ("Bà H’Hen Niê, Chủ tịch Hội LHPN xã Ea Tiêu cho biết hội có 30 mô hình.", "H’Hen Niê"),  # curly apostrophe
    ("Ông Bh’riu Liếc, Phó Chủ tịch UBND huyện Tây Giang cho biết huyện có 30 mô hình.", "Bh’riu Liếc"),
    ("Bí thư Huyện ủy Mai Châu Hà Văn Tuấn phát biểu tại hội nghị tổng kết năm 2024.", "Hà Văn Tuấn"),
    ("Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến phát biểu tại ngày hội.", "Đỗ Văn Chiến"),
]


@pytest.mark.parametrize("text, name", NAME_SHAPES)
def test_name_shapes(facts_of, text, name):
    assert list(titles_of(facts_of(text))) == [name]


# --- orders of title and name, lists, plural titles, joined titles ---------------------------------------------------
ORDERS = [
    ("Đồng chí Nguyễn Văn An - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu.",
     {"Nguyễn Văn An": "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"}),
    ("Ông Hà Văn Hùng (Chủ tịch Hội Cựu chiến binh xã Phúc Sơn) trao quà cho các hộ.",
     {"Hà Văn Hùng": "Chủ tịch Hội Cựu chiến binh xã Phúc Sơn"}),
    ("Dự hội nghị có các đồng chí: Lê Minh Tâm, Phó Bí thư Thường trực Tỉnh ủy; Hoàng Thị Vân, Trưởng Ban "
     "Tuyên giáo và Dân vận Tỉnh ủy; Y Biêr Niê, Phó Chủ tịch UBND tỉnh.",
     {"Lê Minh Tâm": "Phó Bí thư Thường trực Tỉnh ủy",
      "Hoàng Thị Vân": "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Y Biêr Niê": "Phó Chủ tịch UBND tỉnh"}),
    ("Tham dự có các Phó Bí thư Huyện ủy Lường Văn Nam, Quàng Thị Hoa.",
     {"Lường Văn Nam": "Phó Bí thư Huyện ủy", "Quàng Thị Hoa": "Phó Bí thư Huyện ủy"}),
    ("Dự có những Phó Chủ tịch UBND tỉnh Nguyễn Thị Hà và Lê Văn Tâm.",
     {"Nguyễn Thị Hà": "Phó Chủ tịch UBND tỉnh", "Lê Văn Tâm": "Phó Chủ tịch UBND tỉnh"}),
    ("Ông Tòng Văn Pâng, Bí thư Chi bộ; Trưởng bản Hua Nà cho biết.",
     {"Tòng Văn Pâng": "Bí thư Chi bộ; Trưởng bản Hua Nà"}),
    ("Ông Lục Văn Hòa, Bí thư Đảng ủy kiêm Chủ tịch HĐND xã Quang Trung cho biết.",
     {"Lục Văn Hòa": "Bí thư Đảng ủy kiêm Chủ tịch HĐND xã Quang Trung"}),
    ("Bà Lê Thị Mỹ, Phó Chủ tịch UBND xã, kiêm Chủ tịch Hội Chữ thập đỏ xã cho biết.",
     {"Lê Thị Mỹ": "Phó Chủ tịch UBND xã, kiêm Chủ tịch Hội Chữ thập đỏ xã"}),
    ("Bí thư Đảng ủy xã Quảng Phú, huyện Quảng Điền (Thừa Thiên Huế) Lê Văn Hòa trao giấy khen.",
     {"Lê Văn Hòa": "Bí thư Đảng ủy xã Quảng Phú"}),
    ("Ông Khương Văn Tiến (nguyên Chủ tịch UBND xã Bình Minh) chia sẻ.",
     {"Khương Văn Tiến": "nguyên Chủ tịch UBND xã Bình Minh"}),
    ("Ông Trịnh Văn Đông, nguyên Bí thư Đảng ủy xã, Trưởng Ban Công tác Mặt trận thôn Đông cho biết.",
     {"Trịnh Văn Đông": "nguyên Bí thư Đảng ủy xã, Trưởng Ban Công tác Mặt trận thôn Đông"}),
    ("Chủ tịch UBND xã Sơn Kim 1, ông Đinh Văn Hòa cho biết xã có 12 mô hình.",
     {"Đinh Văn Hòa": "Chủ tịch UBND xã Sơn Kim 1"}),
    ("Nguyễn Thị Hằng, Bí thư Đoàn phường Phú Lợi, cho biết đoàn có 20 công trình.",
     {"Nguyễn Thị Hằng": "Bí thư Đoàn phường Phú Lợi"}),
    ("Các đồng chí: Hoàng Văn Quý, Phó Bí thư Thường trực Huyện ủy và Lý Thị Lan, Phó Chủ tịch UBND huyện chủ trì "
     "hội nghị.", {"Hoàng Văn Quý": "Phó Bí thư Thường trực Huyện ủy", "Lý Thị Lan": "Phó Chủ tịch UBND huyện"}),
    ("Tới dự có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh và đồng chí Trần Thị Bích, Giám đốc Sở Tư pháp.",
     {"Nguyễn Văn An": "Phó Chủ tịch UBND tỉnh", "Trần Thị Bích": "Giám đốc Sở Tư pháp"}),
    ("Các đồng chí Phó Chủ tịch UBND huyện: Triệu Văn Lâm, Nông Thị Hà dự hội nghị tổng kết.",
     {"Triệu Văn Lâm": "Phó Chủ tịch UBND huyện", "Nông Thị Hà": "Phó Chủ tịch UBND huyện"}),
    ("Bí thư Đảng ủy xã Vĩnh Phú, huyện Giang Thành Nguyễn Văn Mười trao giấy khen cho 12 tập thể.",
     {"Nguyễn Văn Mười": "Bí thư Đảng ủy xã Vĩnh Phú"}),
    ("Chủ tịch UBND phường 5, quận 8 Nguyễn Văn Hai phát biểu tại hội nghị tổng kết.",
     {"Nguyễn Văn Hai": "Chủ tịch UBND phường 5"}),
    ("Tại buổi lễ, Chỉ huy trưởng Ban CHQS huyện, Thiếu tá Lê Văn An trao quà cho các gia đình.",
     {"Lê Văn An": "Chỉ huy trưởng Ban CHQS huyện"}),
    ("Sáng 5/11, Bí thư Huyện ủy Yên Thế, đồng chí Lê Văn An đã đến thăm xã.", {"Lê Văn An": "Bí thư Huyện ủy Yên Thế"}),
    ("Ông Hà Văn Tư, Chủ tịch UBND xã, ông Lê Văn An và bà Trần Thị Bình cùng dự.", {"Hà Văn Tư": "Chủ tịch UBND xã"}),
    ("Hai đồng chí Phó Chủ tịch UBND huyện là Lê Văn An và Trần Thị Bình cùng dự hội nghị.",
     {"Lê Văn An": "Phó Chủ tịch UBND huyện", "Trần Thị Bình": "Phó Chủ tịch UBND huyện"}),
    ("Dự hội nghị có các Phó Bí thư Tỉnh ủy gồm Lê Văn An, Trần Thị Bình và Hà Văn Cường.",
     {n: "Phó Bí thư Tỉnh ủy" for n in ("Lê Văn An", "Trần Thị Bình", "Hà Văn Cường")}),
    ("Bí thư Chi bộ, Trưởng bản Huổi Lếch Lò Văn Xôm cho biết bản có 80 hộ.",
     {"Lò Văn Xôm": "Bí thư Chi bộ, Trưởng bản Huổi Lếch"}),
    ("Ông Nguyễn Văn Tư – Chủ tịch UBND xã Tân Lộc – cho biết xã đã có 20 mô hình.",
     {"Nguyễn Văn Tư": "Chủ tịch UBND xã Tân Lộc"}),
    ("Ông Trần Văn Bảy, 65 tuổi, Bí thư Chi bộ ấp Phú Hòa cho biết ấp đã làm 3 km đường.",
     {"Trần Văn Bảy": "Bí thư Chi bộ ấp Phú Hòa"}),
    ("Bà Lò Thị Én, sinh năm 1975, Chi hội trưởng Chi hội Phụ nữ bản Hua Nà cho biết.",
     {"Lò Thị Én": "Chi hội trưởng Chi hội Phụ nữ bản Hua Nà"}),
]


@pytest.mark.parametrize("text, expected", ORDERS)
def test_orders_of_title_and_name(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- where a title stops: verbs, reporting verbs, caption notes -------------------------------------------------------
BOUNDARIES = [
    ("Ông Lê Văn Thắng, Chủ tịch UBND xã Hòa Tiến phát biểu tại buổi lễ.", "Chủ tịch UBND xã Hòa Tiến"),
    ("Bà Hồ Thị Hạnh - Bí thư Đảng ủy phường Vĩnh Tuy -cho hay, phường đã làm 3 km đường.",
     "Bí thư Đảng ủy phường Vĩnh Tuy"),
    ("Đồng chí Lê Thị Thủy, Phó Chủ tịch HĐND tỉnh tiếp xúc cử tri xã Tân Hiệp.", "Phó Chủ tịch HĐND tỉnh"),
    ("Ông Phạm Văn Hiếu, Chủ tịch Hội Nông dân tỉnh trao 20 suất quà.", "Chủ tịch Hội Nông dân tỉnh"),
    ("Đồng chí Vũ Đức Thắng - Phó Chủ tịch UBND huyện (thứ 2 từ trái sang) trao giấy khen.",
     "Phó Chủ tịch UBND huyện"),
    ("Bà Nông Thị Hoa (bên phải), Chủ tịch Hội LHPN huyện, tặng quà cho hội viên.", "Chủ tịch Hội LHPN huyện"),
    ("Ông Lê Văn Ba - Chủ tịch UBND thị trấn Phú Hòa (đứng giữa) cắt băng khánh thành.",
     "Chủ tịch UBND thị trấn Phú Hòa"),
    ("Bà Trần Thị Mai, Phó Bí thư Thường trực Huyện ủy nhấn mạnh vai trò của dân vận.",
     "Phó Bí thư Thường trực Huyện ủy"),
    ("Ông Hoàng Văn Quyết, Trưởng thôn Khuổi Nà cùng bà con ra quân làm đường.", "Trưởng thôn Khuổi Nà"),
    # a lower-case word after the unit that closes the title is the sentence going on, whatever the verb or adverb
    ("Ông Lê Văn Hải - Chủ tịch UBND xã Hòa Phú vui vẻ cho biết xã đã hoàn thành 20 km đường.",
     "Chủ tịch UBND xã Hòa Phú"),
    ("Bà Nguyễn Thị Mai, Chủ tịch Hội LHPN xã Tân An xúc động chia sẻ về những ngày đầu vận động.",
     "Chủ tịch Hội LHPN xã Tân An"),
    ("Đồng chí Lê Thị Thu, Phó Bí thư Huyện ủy căn dặn các đoàn viên phải gương mẫu.", "Phó Bí thư Huyện ủy"),
    ("Đồng chí Hà Văn Sơn, Chủ tịch UBND huyện cắt băng khánh thành nhà văn hóa thôn.", "Chủ tịch UBND huyện"),
    ("Đồng chí Lò Văn Muôn, Chủ tịch HĐND tỉnh dẫn đầu đoàn công tác làm việc tại xã.", "Chủ tịch HĐND tỉnh"),
    ("Ông Võ Văn Bé, Trưởng ấp Bình Hòa thừa nhận lúc đầu còn nhiều khó khăn.", "Trưởng ấp Bình Hòa"),
    ("Đồng chí Ngô Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam huyện ân cần hỏi thăm sức khỏe bà con.",
     "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
    ("Ông Lê Văn Hà, Phó Chủ tịch UBND xã Tân Phú trực tiếp xuống từng hộ vận động.", "Phó Chủ tịch UBND xã Tân Phú"),
    # ... but a body named with its level, another place or a second function goes on with it
    ("Ông Lê Văn Thành, Bí thư huyện đoàn Yên Thế cho biết đoàn có 30 công trình.", "Bí thư huyện đoàn Yên Thế"),
    ("Ông Lê Văn Thành, Bí thư Đảng ủy Quân sự tỉnh trao quà cho các gia đình chính sách.",
     "Bí thư Đảng ủy Quân sự tỉnh"),
    ("Ông Lê Văn Thành, Chủ tịch Hội Nông dân xã Nam Cường huyện Chợ Đồn cho biết hội có 30 mô hình.",
     "Chủ tịch Hội Nông dân xã Nam Cường huyện Chợ Đồn"),
    ("Ông Lê Văn Thành, Bí thư Đảng ủy xã kiêm Chủ tịch HĐND xã cho biết xã có 30 mô hình.",
     "Bí thư Đảng ủy xã kiêm Chủ tịch HĐND xã"),
    ("Ông Hoàng Văn Lợi, Thôn trưởng thôn Nà Pài bắt tay cảm ơn bà con.", "Thôn trưởng thôn Nà Pài"),
]


@pytest.mark.parametrize("text, title", BOUNDARIES)
def test_where_a_title_stops(facts_of, text, title):
    assert list(titles_of(facts_of(text)).values()) == [title]


# --- what looks like a person and is not -------------------------------------------------------------------------------
NOT_PERSONS = [
    ("Tổ trưởng tổ dân phố đường Lê Lợi Vũ Văn Hải cho biết tổ có 80 hộ.", {"Vũ Văn Hải": "Tổ trưởng tổ dân phố đường Lê Lợi"}),
    ("Chủ tịch UBND xã Nguyễn Phích Trần Văn Tâm phát biểu.", {"Trần Văn Tâm": "Chủ tịch UBND xã Nguyễn Phích"}),
    ("Ông Trần Văn Lộc – Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự lễ.",
     {"Trần Văn Lộc": "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}),
    ("Đoàn Chủ tịch điều hành hội nghị gồm Bí thư Huyện ủy Hà Văn Tú.", {"Hà Văn Tú": "Bí thư Huyện ủy"}),
    ("Bí thư Đảng ủy phường Trần Hưng Đạo Đỗ Thị Hường phát biểu.",
     {"Đỗ Thị Hường": "Bí thư Đảng ủy phường Trần Hưng Đạo"}),
    ("Đoàn Thanh niên xã Lê Lợi phối hợp với Hội Phụ nữ tổ chức ra quân.", {}),
    ("Trường THPT Phan Bội Châu và Bệnh viện Đa khoa Nguyễn Đình Chiểu nhận bằng khen.", {}),
    ("Ông Lâm Văn Tư, Bí thư Chi bộ ấp Trần Phú cho biết ấp có 80 hộ.", {"Lâm Văn Tư": "Bí thư Chi bộ ấp Trần Phú"}),
]


@pytest.mark.parametrize("text, expected", NOT_PERSONS)
def test_what_is_not_a_person(facts_of, text, expected):
    assert titles_of(facts_of(text)) == expected


# --- the unit of a title: named in it, or the article's unit of the level the title names -----------------------------
UNITS = [
    ("Thị xã Hoài Nhơn tổ chức hội nghị. Phó Chủ tịch UBND thị xã Trần Thị Hoa phát biểu.",
     "Trần Thị Hoa", "thị xã Hoài Nhơn"),
    ("Thị trấn Tân Hiệp tổ chức hội nghị. Chủ tịch UBND thị trấn Lê Văn Sáu phát biểu.",
     "Lê Văn Sáu", "thị trấn Tân Hiệp"),
    ("Quận Hải Châu tổ chức hội nghị. Bí thư Quận ủy Đỗ Văn Nam phát biểu.", "Đỗ Văn Nam", "quận Hải Châu"),
    ("Thị xã Sơn Tây tổng kết phong trào. Bí thư Thị ủy Lê Thị Hạnh trao giấy khen.",
     "Lê Thị Hạnh", "thị xã Sơn Tây"),
    ("Ông Hà Văn Tâm, Chủ tịch UBND xã Ea Tul cho biết.", "Hà Văn Tâm", "xã Ea Tul"),
    ("Huyện Yên Thế tổng kết phong trào. Trưởng Ban Dân vận Huyện ủy Lê Văn An phát biểu.",
     "Lê Văn An", "huyện Yên Thế"),
    # "Xã hội" in a body's name is no level: the unit is the province the title names
    ("Tỉnh Gia Lai tổng kết phong trào. Ông Lê Văn Bình, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh phát biểu.",
     "Lê Văn Bình", "tỉnh Gia Lai"),
    ("Huyện Na Rì tổ chức hội nghị. Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hoàng Thị Thu "
     "phát biểu.", "Hoàng Thị Thu", "huyện Na Rì"),
]


@pytest.mark.parametrize("text, name, unit", UNITS)
def test_the_unit_of_a_title(facts_of, text, name, unit):
    assert units_of(facts_of(text)) == {name: unit}


# --- every position of the State, the Front and the mass organisations at every level, in both orders ---------------
LEVEL_POSITIONS = ("Chủ tịch UBND", "Phó Chủ tịch Thường trực UBND", "Chủ tịch HĐND", "Chủ tịch Ủy ban MTTQ Việt Nam",
                   "Chủ tịch Hội Nông dân", "Chủ tịch Hội Liên hiệp Phụ nữ", "Chủ tịch Hội Cựu chiến binh",
                   "Bí thư Đoàn")
LEVEL_UNITS = ("xã Sơn Kim 1", "phường Hưng Long", "thị trấn Phong Điền", "huyện Mường Tè", "tỉnh Gia Lai")


@pytest.mark.parametrize("position", LEVEL_POSITIONS)
@pytest.mark.parametrize("unit", LEVEL_UNITS)
def test_every_position_at_every_level(facts_of, position, unit):
    before = facts_of(f"{position} {unit} Lò Thị Hoa phát biểu tại hội nghị tổng kết năm 2024.")["officials"]
    after = facts_of(f"Ông Ksor Phước, {position} {unit} cho biết đã có 30 mô hình dân vận khéo.")["officials"]
    assert [(o.name, o.title, o.unit) for o in before] == [("Lò Thị Hoa", f"{position} {unit}", unit)]
    assert [(o.name, o.title, o.unit) for o in after] == [("Ksor Phước", f"{position} {unit}", unit)]


# --- text that looks different and reads the same: no-break spaces, doubled spaces, decomposed tones -----------------
@pytest.mark.parametrize("text", [
    "Chủ tịch\u00a0UBND xã Tân Phú\u00a0Lê Văn An phát biểu tại hội nghị tổng kết.",
    "Chủ tịch UBND xã Tân Phú  Lê  Văn An phát biểu tại hội nghị tổng kết.",
    "Ông Lê Văn An, Chu\u0309 tịch UBND xã Tân Phú cho biết xã đã có 20 mô hình.",
])
def test_spacing_and_decomposed_letters(facts_of, text):
    assert titles_of(facts_of(text)) == {"Lê Văn An": "Chủ tịch UBND xã Tân Phú"}


# --- the 34 provinces and cities after the 2025 merger, before and after the name -----------------------------------
PROVINCES_2025 = ("Tuyên Quang", "Cao Bằng", "Lai Châu", "Lào Cai", "Thái Nguyên", "Điện Biên", "Lạng Sơn", "Sơn La",
                  "Phú Thọ", "Bắc Ninh", "Quảng Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
                  "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Tây Ninh",
                  "Đồng Tháp", "An Giang", "Vĩnh Long", "Cà Mau")
CITIES_2025 = ("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ")
NAMES = ("Hà Văn An", "Lê Thị Bình", "Vi Văn Cường", "Sầm Thị Dung", "Y Khoa Niê", "Ksor Hào", "Đinh Văn Tư",
         "Danh Hùng", "Nông Văn Lập", "Lò Thị Hương")


@pytest.mark.parametrize("place", [f"tỉnh {p}" for p in PROVINCES_2025] + [f"thành phố {c}" for c in CITIES_2025])
def test_every_province_of_2025(facts_of, place):
    name = NAMES[len(place) % len(NAMES)]
    committee = "Tỉnh ủy" if place.startswith("tỉnh") else "Thành ủy"
    province = place.split(" ", 1)[1] if place.startswith("tỉnh") else place.split(" ", 2)[2]
    texts = {f"Phó Chủ tịch UBND {place} {name} phát biểu tại hội nghị tổng kết.": f"Phó Chủ tịch UBND {place}",
             f"Bí thư {committee} {province} {name} trao Bằng khen cho các tập thể.": f"Bí thư {committee} {province}",
             f"Ông {name}, Chủ tịch Ủy ban MTTQ Việt Nam {place} cho biết.": f"Chủ tịch Ủy ban MTTQ Việt Nam {place}"}
    for text, title in texts.items():
        assert [(o.name, o.title, o.unit) for o in facts_of(text)["officials"]] == [(name, title, place)]
