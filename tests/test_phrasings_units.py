"""Units: each class of issue 7 (failure class 5) with phrasings other than the one that prompted it."""

from __future__ import annotations

import pytest

from extractors.gazetteer import gazetteer
from pipeline.clean import normalize_unicode


def labels(facts) -> list[str]:
    return [u.label for u in facts["units"]]


# --- lists ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Phong trào Dân vận khéo được triển khai ở các xã Yên Thọ, Yên Lâm, Yên Phú và Định Hải của huyện Yên Định.",
     ["xã Yên Thọ", "xã Yên Lâm", "xã Yên Phú", "xã Định Hải", "huyện Yên Định"]),
    ("Các huyện Hương Sơn, Đức Thọ, Vũ Quang và thị xã Hồng Lĩnh của tỉnh Hà Tĩnh có nhiều mô hình Dân vận khéo.",
     ["huyện Hương Sơn", "huyện Đức Thọ", "huyện Vũ Quang", "thị xã Hồng Lĩnh", "tỉnh Hà Tĩnh"]),
    ("Hội nghị biểu dương điển hình của các huyện: Lâm Hà, Đam Rông; tỉnh Lâm Đồng tổ chức trang trọng.",
     ["huyện Lâm Hà", "huyện Đam Rông", "tỉnh Lâm Đồng"]),
])
def test_lists_under_one_level_word(facts_of, text, expected):
    assert labels(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ANNOTATION "Mixed lists of units": each name takes its own level, as the gazetteer knows it
    ("Năm 2024, các xã, phường: Minh An, Cẩm Thanh, Cẩm Châu của thành phố Hội An xây dựng mô hình Dân vận khéo.",
     ["phường Minh An", "xã Cẩm Thanh", "phường Cẩm Châu", "thành phố Hội An"]),
    ("Mô hình Dân vận khéo được nhân rộng ở các phường và xã Bắc Hồng, Nam Hồng, Thuận Lộc (thị xã Hồng Lĩnh).",
     ["phường Bắc Hồng", "phường Nam Hồng", "xã Thuận Lộc", "thị xã Hồng Lĩnh"]),
    ("Thị xã Hồng Lĩnh biểu dương điển hình của các xã/phường Thuận Lộc, Bắc Hồng trong phong trào thi đua.",
     ["thị xã Hồng Lĩnh", "xã Thuận Lộc", "phường Bắc Hồng"]),
])
def test_lists_under_several_level_words(facts_of, text, expected):
    assert labels(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an address written without level words after the unit: its district, then its province
    ("Mô hình của xã Sơn Tiến, Hương Sơn, Hà Tĩnh được nhân rộng trong phong trào Dân vận khéo.",
     ["xã Sơn Tiến", "huyện Hương Sơn", "tỉnh Hà Tĩnh"]),
    ("Mô hình trồng cây dược liệu của xã Trà Ka (Bắc Trà My) được biểu dương trong phong trào thi đua.",
     ["xã Trà Ka", "huyện Bắc Trà My"]),
    ("Tổ hợp tác ở phường Bắc Hồng (Hồng Lĩnh, Hà Tĩnh) là điển hình của phong trào Dân vận khéo.",
     ["phường Bắc Hồng", "thị xã Hồng Lĩnh", "tỉnh Hà Tĩnh"]),
])
def test_units_that_contain_a_unit_written_as_an_address(facts_of, text, expected):
    assert labels(facts_of(text)) == expected


# --- look-alike letters and apostrophes ------------------------------------------------------------------------
def test_look_alike_letters_are_cleaned_to_the_official_letter():
    assert normalize_unicode("huyện Cờ \u00d0ỏ, xã \u00f0ông") == "huyện Cờ Đỏ, xã đông"
    assert normalize_unicode("\u0189ảng ủy") == "Đảng ủy"


@pytest.mark.parametrize("text, unit", [
    ("Năm 2021, các đoàn thể huyện Cờ \u00d0ỏ đăng ký thực hiện 249 mô hình Dân vận khéo.", "huyện Cờ Đỏ"),
    ("Phong trào thi đua ở xã \u00d0ông Hiếu, thị xã Thái Hoà được nhân dân hưởng ứng.", "xã Đông Hiếu"),
    ("Huyện \u00d0ắk Mil tổ chức hội nghị tổng kết phong trào Dân vận khéo.", "huyện Đắk Mil"),
])
def test_look_alike_letters_in_every_table(facts_of, text, unit):
    f = facts_of(text)
    assert unit in labels(f)
    assert all("\u00d0" not in u.name for u in f["units"])
    assert all(m.unit is None or "\u00d0" not in m.unit for m in f["model_counts"])


def test_look_alike_letters_in_titles(facts_of):
    f = facts_of("Đồng chí Trần Văn Hùng, Bí thư Huyện ủy Cờ \u00d0ỏ phát biểu tại hội nghị tổng kết phong trào "
                 "Dân vận khéo.")
    assert [(o.name, o.title) for o in f["officials"]] == [("Trần Văn Hùng", "Bí thư Huyện ủy Cờ Đỏ")]


@pytest.mark.parametrize("written", ["M’Đrắk", "M'Đrắk", "Mʼ\u0110rắk"])
def test_apostrophes_in_names(facts_of, written):
    f = facts_of(f"Đoàn công tác làm việc với huyện {written} về phong trào Dân vận khéo năm 2024.")
    assert labels(f) == ["huyện M'Đrắk"]


@pytest.mark.parametrize("text, expected", [
    ("Huyện Ea H’leo và huyện Cư M’gar, tỉnh Đắk Lắk có nhiều mô hình Dân vận khéo.",
     ["huyện Ea H'leo", "huyện Cư M'gar", "tỉnh Đắk Lắk"]),
    ("Hội nghị tổng kết phong trào thi đua của huyện Đắk R’lấp diễn ra sáng 12/10.", ["huyện Đắk R'Lấp"]),
    # syllables split or joined otherwise than in the gazetteer: the name as written
    ("Bí thư Huyện uỷ Krông Ana dự hội nghị tổng kết phong trào thi đua Dân vận khéo.", ["huyện Krông Ana"]),
])
def test_names_with_apostrophes_and_other_spellings(facts_of, text, expected):
    assert labels(facts_of(text)) == expected


def test_gazetteer_finds_names_spelled_with_other_syllable_breaks():
    assert {p.name for p in gazetteer().lookup("Krông Ana", ("huyen",))} == {"Krông A Na"}
    assert {p.name for p in gazetteer().lookup("Cư Mgar", ("huyen",))} == {"Cư M'gar"}
    assert gazetteer().lookup("Hương Sơn", ("huyen",))[0].name == "Hương Sơn"  # an exact key comes first


# --- units of the 2025 reorganisation --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Chương trình diễn ra tại phường Sài Gòn, Thành phố Hồ Chí Minh; phường Bến Thành và phường Tân Định cùng "
     "tham gia phong trào.", ["phường Sài Gòn", "thành phố Hồ Chí Minh", "phường Bến Thành", "phường Tân Định"]),
    ("Phường Hạc Thành, tỉnh Thanh Hóa tổ chức hội nghị biểu dương điển hình Dân vận khéo năm 2025.",
     ["phường Hạc Thành", "tỉnh Thanh Hóa"]),
    ("Sau sắp xếp, phường Trường Vinh và phường Thành Vinh (Nghệ An) sơ kết phong trào thi đua.",
     ["phường Trường Vinh", "phường Thành Vinh", "tỉnh Nghệ An"]),
    # an old province name still names the province
    ("Các mô hình Dân vận khéo của thành phố Sài Gòn được biểu dương.", ["thành phố Hồ Chí Minh"]),
])
def test_units_of_the_2025_reorganisation(facts_of, text, expected):
    assert labels(facts_of(text)) == expected


# --- what a unit is not; bodies name their unit ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Phong trào “Thanh niên Lào Cai lập nghiệp” được phát động, thu hút đông đảo đoàn viên tham gia.", []),
    ("Đoàn viên hưởng ứng phong trào Thanh niên Quảng Ninh tình nguyện vì cộng đồng trong năm qua.", []),
    ("Giải Việt dã Báo Hà Tĩnh lần thứ 20 gắn với phong trào thi đua yêu nước diễn ra sôi nổi.", []),
    ("Công ty Cổ phần Cấp nước Thanh Hóa ủng hộ phong trào Dân vận khéo ở Nghệ An.", ["tỉnh Nghệ An"]),
    ("Đài Phát thanh và Truyền hình Quảng Bình đưa tin về phong trào thi đua ở Hà Tĩnh.", ["tỉnh Hà Tĩnh"]),
    # a quoted model may be named after a body, which names its unit
    ("Mô hình “Lực lượng vũ trang Quảng Bình hướng về cơ sở” được biểu dương trong phong trào.", ["tỉnh Quảng Bình"]),
])
def test_places_inside_names_of_newspapers_companies_and_movements(facts_of, text, expected):
    assert labels(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ban Dân vận Huyện ủy Lục Ngạn, Hội Nông dân huyện Tân Yên và Huyện Đoàn Yên Thế dự hội nghị thi đua.",
     ["huyện Lục Ngạn", "huyện Tân Yên", "huyện Yên Thế"]),
    ("Tỉnh Đoàn Bắc Giang phát động phong trào thi đua trong đoàn viên thanh niên.", ["tỉnh Bắc Giang"]),
    ("Thành Đoàn Cần Thơ tuyên dương 20 gương điển hình trong phong trào thi đua.", ["thành phố Cần Thơ"]),
    ("Đảng ủy xã Vĩnh Phú và UBND huyện Thoại Sơn biểu dương các tập thể trong phong trào.",
     ["xã Vĩnh Phú", "huyện Thoại Sơn"]),
])
def test_bodies_name_their_unit(facts_of, text, expected):
    assert labels(facts_of(text)) == expected
