"""Stress suite of units (issue 7, failure class 5): invented sentences that enumerate the space of unit mentions.

Every level word and its abbreviations, capitalised and not; every province of both eras (iterated from the
gazetteer, not picked by hand), one unit created in 2025 per new province, numbered wards, look-alike letters and
curly apostrophes, names that are also common words; lists, bodies and qualifiers; what is no unit (newspapers,
movements, streets, schools, companies, people, villages); and the unit other facts take from a mention.
Values follow ANNOTATION.md ("units", "Bodies name their unit", "What a unit is not", "Village events",
"Typos and look-alike letters", "Mixed lists of units"); codes are the gazetteer's (vietnamadminunits).
"""

from __future__ import annotations

import pytest

from extractors.gazetteer import gazetteer
from extractors.textnorm import key, strip_accents

# (level, name, province, legacy code) of the units the cases below name; codes read from the gazetteer once.
BA_VI = ("huyen", "Ba Vì", "Hà Nội", "271")
HOAN_KIEM = ("quan", "Hoàn Kiếm", "Hà Nội", "002")
HONG_LINH = ("thi_xa", "Hồng Lĩnh", "Hà Tĩnh", "437")
VINH = ("thanh_pho", "Vinh", "Nghệ An", "412")
NAM_DAN = ("huyen", "Nam Đàn", "Nghệ An", "430")
BINH_THANH = ("quan", "Bình Thạnh", "Hồ Chí Minh", "765")
BEN_THANH = ("phuong", "Bến Thành", "Hồ Chí Minh", "26743")
SON_TIEN = ("xa", "Sơn Tiến", "Hà Tĩnh", "18142")
PHO_CHAU = ("thi_tran", "Phố Châu", "Hà Tĩnh", "18133")
HA_NOI = ("thanh_pho", "Hà Nội", "Hà Nội", "01")
HCM = ("thanh_pho", "Hồ Chí Minh", "Hồ Chí Minh", "79")
HA_TINH = ("tinh", "Hà Tĩnh", "Hà Tĩnh", "42")
NGHE_AN = ("tinh", "Nghệ An", "Nghệ An", "40")


def _code(name: str, level: str) -> str:
    return next(p.code for p in gazetteer().lookup(name) if p.level == level and p.era == "legacy")


HUONG_SON = ("huyen", "Hương Sơn", "Hà Tĩnh", _code("Hương Sơn", "huyen"))


# A second paragraph that names no unit: the cleaner refuses articles under 40 characters.
FILLER = "\n\nPhong trào được đông đảo cán bộ, đảng viên và nhân dân hưởng ứng tích cực."


def quads(facts) -> list[tuple]:
    return [(u.level, u.name, u.province, u.code) for u in facts["units"]]


def units_of(facts_of, text: str) -> list[tuple]:
    return quads(facts_of(text + FILLER))


def labels(facts) -> list[str]:
    return [u.label for u in facts["units"]]


# --- every province of both eras, with and without its level word -------------------------------------------
def _provinces(era: str):
    seen = {}
    for places in gazetteer().by_key.values():
        for p in places:
            if p.tier == "province" and p.era == era:
                seen[p.name] = p
    return sorted(seen.values(), key=lambda p: p.code)


LEGACY_PROVINCES = _provinces("legacy")
PROVINCES_2025 = _provinces("2025")


def test_the_gazetteer_has_every_province_of_both_eras():
    assert len(LEGACY_PROVINCES) == 63
    assert len(PROVINCES_2025) == 34
    assert {p.level for p in PROVINCES_2025 if p.level == "thanh_pho"} == {"thanh_pho"}
    assert sorted(p.name for p in PROVINCES_2025 if p.level == "thanh_pho") == [
        "Cần Thơ", "Huế", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"]


def _legacy_code(name: str) -> str:
    return next(p.code for p in LEGACY_PROVINCES if p.name == name)


@pytest.mark.parametrize("place", LEGACY_PROVINCES + PROVINCES_2025, ids=lambda p: f"{p.era}-{p.name}")
def test_every_province_with_its_level_word(facts_of, place):
    word = "thành phố" if place.level == "thanh_pho" else "tỉnh"
    f = facts_of(f"Hội nghị tổng kết phong trào thi đua Dân vận khéo của {word} {place.name} diễn ra sáng 12/10.")
    # a province of 2025 keeps the name of one before it: its code is that province's (legacy) code
    assert quads(f) == [(place.level, place.name, place.name, _legacy_code(place.name))]
    assert f["units"][0].label == f"{word} {place.name}"


@pytest.mark.parametrize("place", [p for p in LEGACY_PROVINCES if " " in p.name and p.name != "Hồ Chí Minh"],
                         ids=lambda p: p.name)
def test_every_province_without_its_level_word(facts_of, place):
    # the gazetteer is certain of a province's name standing alone (not of "Hồ Chí Minh", a person's name too)
    f = facts_of(f"Năm 2024, {place.name} có hơn 500 mô hình Dân vận khéo được công nhận.")
    assert quads(f) == [(place.level, place.name, place.name, place.code)]


@pytest.mark.parametrize("place", [p for p in LEGACY_PROVINCES if p.level == "tinh"], ids=lambda p: p.name)
def test_every_provincial_party_committee(facts_of, place):
    f = facts_of(f"Ban Thường vụ Tỉnh ủy {place.name} biểu dương các điển hình trong phong trào thi đua.")
    assert quads(f) == [("tinh", place.name, place.name, place.code)]


def _new_unit_per_province():
    """For each province of 2025, its first commune or ward (by code) whose name no other unit of either era has:
    units that exist only since the reorganisation. Sơn La and Lai Châu kept every name of a commune: there, the
    first whose name is found in no other province."""
    gaz, unique, kept = gazetteer(), {}, {}
    for places in gaz.by_key.values():
        for p in places:
            if p.era != "2025" or p.tier != "ward":
                continue
            if len(places) == 1:
                table = unique
            elif all(o.province == p.province for o in places):
                table = kept
            else:
                continue
            if p.province not in table or p.code < table[p.province].code:
                table[p.province] = p
    return sorted((kept | unique).values(), key=lambda p: p.code)


NEW_UNITS = _new_unit_per_province()


def test_a_new_unit_for_every_province_of_2025():
    assert len(NEW_UNITS) == 34


@pytest.mark.parametrize("place", NEW_UNITS, ids=lambda p: f"{p.province}-{p.name}")
def test_units_created_in_2025(facts_of, place):
    word = {"xa": "xã", "phuong": "phường"}[place.level]
    province_word = "thành phố" if place.full_province.startswith("Thành phố") else "tỉnh"
    f = facts_of(f"Sáng 20/9, Đảng ủy {word} {place.name}, {province_word} {place.province} tổ chức hội nghị "
                 "sơ kết phong trào thi đua Dân vận khéo.")
    assert [(u.level, u.name, u.province, u.code_2025) for u in f["units"]][0] == \
        (place.level, place.name, place.province, place.code)
    assert labels(f)[1] == f"{province_word} {place.province}"
    assert f["events"][0].unit == f"{word} {place.name}"


# --- level words and their abbreviations -------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Huyện Ba Vì tổ chức hội nghị tổng kết phong trào Dân vận khéo.", [BA_VI]),
    ("Hội nghị do huyện Ba Vì tổ chức đã biểu dương 30 tập thể.", [BA_VI]),
    ("Quận Hoàn Kiếm có nhiều mô hình Dân vận khéo tiêu biểu.", [HOAN_KIEM]),
    ("Các mô hình của quận Hoàn Kiếm được nhân rộng.", [HOAN_KIEM]),
    ("Thị xã Hồng Lĩnh biểu dương các điển hình Dân vận khéo.", [HONG_LINH]),
    ("Mô hình của thị xã Hồng Lĩnh được biểu dương.", [HONG_LINH]),
    ("Mô hình của TX. Hồng Lĩnh được biểu dương.", [HONG_LINH]),
    ("Mô hình của TX Hồng Lĩnh được biểu dương.", [HONG_LINH]),
    ("Mô hình của Tx. Hồng Lĩnh được biểu dương.", [HONG_LINH]),
    ("Thành phố Vinh tổ chức hội nghị biểu dương điển hình.", [VINH]),
    ("Hội nghị của thành phố Vinh diễn ra sáng nay.", [VINH]),
    ("Hội nghị của TP. Vinh diễn ra sáng nay.", [VINH]),
    ("Hội nghị của TP Vinh diễn ra sáng nay.", [VINH]),
    ("Hội nghị của Tp. Vinh diễn ra sáng nay.", [VINH]),
    ("Hội nghị của Tp Vinh diễn ra sáng nay.", [VINH]),
    ("Hội nghị của TP.Vinh diễn ra sáng nay.", [VINH]),
    ("Mô hình của H. Nam Đàn được nhân rộng.", [NAM_DAN]),
    ("Mô hình của Q. Bình Thạnh được nhân rộng.", [BINH_THANH]),
    ("Mô hình của P. Bến Thành được nhân rộng.", [BEN_THANH]),
    ("Mô hình của X. Sơn Tiến được nhân rộng.", [SON_TIEN]),
    ("Mô hình của TT. Phố Châu được nhân rộng.", [PHO_CHAU]),
    ("Thị trấn Phố Châu có 12 mô hình Dân vận khéo.", [PHO_CHAU]),
    ("Mô hình của thị trấn Phố Châu được nhân rộng.", [PHO_CHAU]),
    ("Xã Sơn Tiến có 23 mô hình Dân vận khéo.", [SON_TIEN]),
    ("Phường Bến Thành có 15 mô hình Dân vận khéo.", [BEN_THANH]),
    ("Tỉnh Hà Tĩnh tổ chức hội nghị tổng kết phong trào.", [HA_TINH]),
    ("Thành phố Hà Nội tổ chức hội nghị tổng kết phong trào.", [HA_NOI]),
    ("Hội nghị của TP Hồ Chí Minh diễn ra sáng nay.", [HCM]),
    ("Hội nghị của TP. Hồ Chí Minh diễn ra sáng nay.", [HCM]),
    ("Hội nghị của TP.HCM diễn ra sáng nay.", [HCM]),
    ("Hội nghị của TPHCM diễn ra sáng nay.", [HCM]),
    ("Hội nghị của TP. HCM diễn ra sáng nay.", [HCM]),
    ("UBND Huyện Ba Vì tổ chức hội nghị.", [BA_VI]),
    ("Đảng Ủy Xã Sơn Tiến tổ chức hội nghị.", [SON_TIEN]),
    ("Hội nghị tại huyện Ba vì diễn ra sáng nay.", [BA_VI]),  # a later syllable typed in lower case
    ("Thành phố Thủ Đức có 40 mô hình Dân vận khéo.", [("thanh_pho", "Thủ Đức", "Hồ Chí Minh", "769")]),
    # a city under a province shares the province's name: the level word says which
    ("Thành phố Thanh Hóa có 40 mô hình Dân vận khéo.", [("thanh_pho", "Thanh Hóa", "Thanh Hóa", "380")]),
])
def test_level_words_and_abbreviations(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Toàn tỉnh có 210 mô hình: thị xã Nghĩa Lộ 60, huyện Văn Chấn 150.", ["thị xã Nghĩa Lộ", "huyện Văn Chấn"]),
    ("Số mô hình: huyện Lệ Thủy 45, huyện Quảng Ninh 30 và thành phố Đồng Hới 25.",
     ["huyện Lệ Thủy", "huyện Quảng Ninh", "thành phố Đồng Hới"]),
    ("Huyện Văn Yên 12 mô hình, huyện Văn Chấn 15 mô hình.", ["huyện Văn Yên", "huyện Văn Chấn"]),
])
def test_names_followed_by_a_number(facts_of, text, expected):
    # a number after a name ends it: "Văn Chấn 150" is no person (Văn is a surname) nor a unit "Văn Chấn 150"
    assert labels(facts_of(text + FILLER)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Phường 12, thành phố Đà Lạt có nhiều mô hình Dân vận khéo.",
     [("phuong", "12", "Lâm Đồng", "24775"), ("thanh_pho", "Đà Lạt", "Lâm Đồng", "672")]),
    ("Mô hình của phường 10, thành phố Vũng Tàu được biểu dương.",
     [("phuong", "10", "Bà Rịa - Vũng Tàu", "26536"), ("thanh_pho", "Vũng Tàu", "Bà Rịa - Vũng Tàu", "747")]),
    ("UBND Quận 1 tổ chức hội nghị biểu dương điển hình Dân vận khéo.", [("quan", "1", "Hồ Chí Minh", "760")]),
    ("Mô hình của phường Bến Thành, quận 1, TP Hồ Chí Minh được nhân rộng.",
     [BEN_THANH, ("quan", "1", "Hồ Chí Minh", "760"), HCM]),
    # lists of numbered units go on in numbers
    ("Các phường 1, 2 và 5 của thành phố Sóc Trăng có mô hình hay.",
     [("phuong", "1", "Sóc Trăng", "31522"), ("phuong", "2", "Sóc Trăng", "31510"), ("phuong", "5", "Sóc Trăng", "31498"),
      ("thanh_pho", "Sóc Trăng", "Sóc Trăng", "941")]),
    ("Quận 1, 3, 5 có nhiều mô hình hay.",
     [("quan", "1", "Hồ Chí Minh", "760"), ("quan", "3", "Hồ Chí Minh", "770"), ("quan", "5", "Hồ Chí Minh", "774")]),
    ("Phường 5, Quận 3 tổ chức hội nghị.", [("phuong", "5", "Hồ Chí Minh", "27151"), ("quan", "3", "Hồ Chí Minh", "770")]),
    # a number after an unknown name is no part of it
    ("Xã Tân Phú 2 năm liền đạt chuẩn nông thôn mới.", [("xa", "Tân Phú", None, None)]),
])
def test_numbered_wards_and_districts(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


def test_numbered_labels(facts_of):
    f = facts_of("Phường 12, thành phố Đà Lạt và Quận 3 có nhiều mô hình Dân vận khéo.")
    assert labels(f) == ["phường 12", "thành phố Đà Lạt", "quận 3"]


# --- units of 2025, look-alike letters, apostrophes, names that are also words -------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Phường Thành Sen, tỉnh Hà Tĩnh sơ kết phong trào Dân vận khéo.",
     [("phuong", "Thành Sen", "Hà Tĩnh", "18073"), HA_TINH]),
    # a xã of 2025 named after the huyện it replaced
    ("Xã Đức Thọ (Hà Tĩnh) tổ chức hội nghị biểu dương điển hình.", [("xa", "Đức Thọ", "Hà Tĩnh", "18229"), HA_TINH]),
    ("Huyện ủy Ia H’Drai phát động phong trào thi đua.", [("huyen", "Ia H'Drai", "Kon Tum", "618")]),
    ("Đoàn công tác làm việc tại huyện M’Đrắk và huyện Cư M’gar.",
     [("huyen", "M'Đrắk", "Đắk Lắk", "652"), ("huyen", "Cư M'gar", "Đắk Lắk", "648")]),
    # the spelling of the legacy gazetteer, whose unit the name resolves to ("B'Lao" since 2025)
    ("Phường B’Lao có 9 mô hình Dân vận khéo.", [("phuong", "B'lao", "Lâm Đồng", "24826")]),
    ("Tỉnh ủy \u00d0ắk Lắk biểu dương các điển hình.", [("tinh", "Đắk Lắk", "Đắk Lắk", "66")]),
    ("Thị xã \u00d0ông Hòa tổ chức hội nghị.", [("thi_xa", "Đông Hòa", "Phú Yên", "564")]),
    ("Mô hình ở xã Quang Trung, huyện Thạch Thất được nhân rộng.",
     [("xa", "Quang Trung", "Hà Nội", "10006"), ("huyen", "Thạch Thất", "Hà Nội", "276")]),
    ("Xã Đoàn Kết, huyện Đà Bắc có nhiều mô hình hay.",
     [("xa", "Đoàn Kết", "Hòa Bình", "04858"), ("huyen", "Đà Bắc", "Hòa Bình", "150")]),
    ("Xã Hòa Bình, huyện Thường Tín biểu dương 20 tập thể.",
     [("xa", "Hòa Bình", "Hà Nội", "10198"), ("huyen", "Thường Tín", "Hà Nội", _code("Thường Tín", "huyen"))]),
    # a name of 2025 that an older unit of another province had: the article's province decides
    ("Đảng ủy phường Ba Đình, thành phố Hà Nội tổ chức hội nghị.", [("phuong", "Ba Đình", "Hà Nội", "00004"), HA_NOI]),
    ("Phường Hoàn Kiếm tổ chức hội nghị sơ kết.", [("phuong", "Hoàn Kiếm", "Hà Nội", "00070")]),
    # a xã of 2025 named after the huyện it replaced; a ward of 2025 named with a number
    ("Xã Mường La (Sơn La) tổ chức hội nghị.", [("xa", "Mường La", "Sơn La", "03808"), ("tinh", "Sơn La", "Sơn La", "14")]),
    ("Phường Móng Cái 1, tỉnh Quảng Ninh tổ chức hội nghị.",
     [("phuong", "Móng Cái 1", "Quảng Ninh", "06712"), ("tinh", "Quảng Ninh", "Quảng Ninh", "22")]),
    # names of people that are names of units
    ("Phường Trần Hưng Đạo, thành phố Thái Bình có 10 mô hình.",
     [("phuong", "Trần Hưng Đạo", "Thái Bình", "12452"), ("thanh_pho", "Thái Bình", "Thái Bình", "336")]),
    ("Phường Trần Phú, thành phố Hà Tĩnh có 8 mô hình.",
     [("phuong", "Trần Phú", "Hà Tĩnh", "18094"), ("thanh_pho", "Hà Tĩnh", "Hà Tĩnh", "436")]),
])
def test_names_of_2025_look_alikes_apostrophes_and_common_words(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


# --- lists ---------------------------------------------------------------------------------------------------
SON_LE = ("xa", "Sơn Lễ", "Hà Tĩnh", "18148")
SON_LINH = ("xa", "Sơn Lĩnh", "Hà Tĩnh", "18160")
SON_HONG = ("xa", "Sơn Hồng", "Hà Tĩnh", "18139")


@pytest.mark.parametrize("text, expected", [
    ("Các xã Sơn Tiến, Sơn Lễ, Sơn Lĩnh và Sơn Hồng xây dựng nhiều mô hình.", [SON_TIEN, SON_LE, SON_LINH, SON_HONG]),
    ("Huyện đã chọn 3 xã: Sơn Tiến, Sơn Lễ, Sơn Lĩnh để làm điểm.", [SON_TIEN, SON_LE, SON_LINH]),
    ("Huyện đã chọn 03 xã Sơn Tiến, Sơn Lễ và Sơn Lĩnh để làm điểm.", [SON_TIEN, SON_LE, SON_LINH]),
    ("Hai xã Sơn Tiến và Sơn Lễ được biểu dương.", [SON_TIEN, SON_LE]),
    ("Các xã: Sơn Tiến, Sơn Lễ; thị trấn Phố Châu được biểu dương.", [SON_TIEN, SON_LE, PHO_CHAU]),
    ("Huyện Ba Vì, Phúc Thọ có nhiều mô hình hay.", [BA_VI, ("huyen", "Phúc Thọ", "Hà Nội", "272")]),
    ("Huyện Ba Vì và Phúc Thọ có nhiều mô hình hay.", [BA_VI, ("huyen", "Phúc Thọ", "Hà Nội", "272")]),
    ("Các huyện: Nam Đàn, Hưng Nguyên tổ chức sơ kết.", [NAM_DAN, ("huyen", "Hưng Nguyên", "Nghệ An", "431")]),
    ("Các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình ký kết giao ước thi đua.",
     [NGHE_AN, HA_TINH, ("tinh", "Quảng Bình", "Quảng Bình", "44")]),
    ("Các xã, thị trấn: Phố Châu, Sơn Tiến, Sơn Lễ đạt chuẩn.", [PHO_CHAU, SON_TIEN, SON_LE]),
    ("Các huyện, thị xã: Hương Sơn, Hồng Lĩnh tổ chức sơ kết.", [HUONG_SON, HONG_LINH]),
    ("Các thị trấn Phố Châu, Tây Sơn có mô hình hay.", [PHO_CHAU, ("thi_tran", "Tây Sơn", "Hà Tĩnh", "18136")]),
    ("Hai huyện Hương Sơn, Đức Thọ và thị xã Hồng Lĩnh có mô hình hay.",
     [HUONG_SON, ("huyen", "Đức Thọ", "Hà Tĩnh", "440"), HONG_LINH]),
    ("Các xã Sơn Tiến, Sơn Lễ (huyện Hương Sơn) có mô hình hay.", [SON_TIEN, SON_LE, HUONG_SON]),
])
def test_lists(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


# --- bodies name their unit; qualifiers ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("UBND huyện Ba Vì biểu dương 50 tập thể.", [BA_VI]),
    ("Huyện ủy Hương Sơn tổ chức hội nghị.", [HUONG_SON]),
    ("Huyện uỷ Hương Sơn tổ chức hội nghị.", [HUONG_SON]),
    ("Đảng ủy xã Sơn Tiến tổ chức hội nghị.", [SON_TIEN]),
    ("Thị ủy Hồng Lĩnh tổ chức hội nghị.", [HONG_LINH]),
    ("Thành ủy Vinh tổ chức hội nghị.", [VINH]),
    ("Quận ủy Hoàn Kiếm tổ chức hội nghị.", [HOAN_KIEM]),
    ("Thành ủy Hà Nội tổ chức hội nghị.", [HA_NOI]),
    ("Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị.", [NGHE_AN]),
    ("HĐND tỉnh Hà Tĩnh biểu dương các điển hình.", [HA_TINH]),
    ("Ủy ban MTTQ Việt Nam huyện Nam Đàn phát động phong trào.", [NAM_DAN]),
    ("Đảng bộ huyện Hương Sơn có 40 mô hình.", [HUONG_SON]),
    ("Hội LHPN xã Sơn Tiến có mô hình hay.", [SON_TIEN]),
    ("Mặt trận Tổ quốc phường Bến Thành có mô hình hay.", [BEN_THANH]),
    ("Đoàn Thanh niên xã Sơn Tiến ra quân hưởng ứng.", [SON_TIEN]),
    ("Huyện ủy, UBND huyện Ba Vì tổ chức hội nghị.", [BA_VI]),
])
def test_bodies(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Xã Sơn Tiến, huyện Hương Sơn, tỉnh Hà Tĩnh có 23 mô hình.", [SON_TIEN, HUONG_SON, HA_TINH]),
    # a commune name of many provinces is pinned down by its district
    ("Xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội có 5 mô hình.",
     [("xa", "Tân Lập", "Hà Nội", "09820"), ("huyen", "Đan Phượng", "Hà Nội", _code("Đan Phượng", "huyen")), HA_NOI]),
    ("Thị trấn Phố Châu (Hương Sơn) có 12 mô hình.", [PHO_CHAU, HUONG_SON]),
    ("Xã Sơn Tiến (huyện Hương Sơn, tỉnh Hà Tĩnh) có 23 mô hình.", [SON_TIEN, HUONG_SON, HA_TINH]),
    ("Xã Sơn Tiến, Hương Sơn, Hà Tĩnh có 23 mô hình.", [SON_TIEN, HUONG_SON, HA_TINH]),
    ("Phường 3, thành phố Tân An có 6 mô hình.",
     [("phuong", "3", "Long An", "27697"), ("thanh_pho", "Tân An", "Long An", "794")]),
])
def test_qualifiers(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


# --- provinces and districts without a level word ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tại Hà Tĩnh, phong trào được hưởng ứng.", [HA_TINH]),
    ("Ở Nghệ An, phong trào phát triển mạnh.", [NGHE_AN]),
    ("Ở Bà Rịa-Vũng Tàu phong trào phát triển mạnh.", [("tinh", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "77")]),
    ("Mô hình ở Thủ đô Hà Nội được nhân rộng.", [HA_NOI]),
    # a district standing alone, placed by the province in parentheses
    ("Đoàn công tác làm việc tại Nam Đàn (Nghệ An).", [NAM_DAN, NGHE_AN]),
])
def test_units_without_level_words(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


# --- what is no unit -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Báo Hà Tĩnh đưa tin về phong trào thi đua.", []),
    ("Theo phóng viên Báo Nghệ An, phong trào được hưởng ứng.", []),
    ("Đài Phát thanh - Truyền hình Thanh Hóa đưa tin về hội nghị.", []),
    ("Cổng thông tin điện tử Quảng Trị đăng tải các gương điển hình.", []),
    ("Chương trình “Vì Hà Giang xanh” thu hút đông đảo đoàn viên.", []),
    ("Cuộc thi “Tìm hiểu Quảng Nam 25 năm” thu hút 3.000 thí sinh.", []),
    ("Các hộ dân trên đường Lê Lợi tham gia phong trào.", []),
    ("Các hộ dân trên đường Trần Phú, phường Bến Thành tham gia phong trào.", [BEN_THANH]),
    ("Trường THPT Nguyễn Du và Trường Đại học Vinh tham gia phong trào.", []),
    ("Công ty Cổ phần Sữa Hà Nội ủng hộ 50 triệu đồng.", []),
    ("Hợp tác xã Quyết Thắng được biểu dương trong phong trào.", []),
    ("Các hộ kinh doanh trên phố Huế tham gia phong trào.", []),
    ("Tuyến đường Hà Nội được trồng hoa.", []),
    ("Trường Tiểu học Sơn Tiến tham gia phong trào.", []),
    ("Công ty Điện lực Hà Tĩnh ủng hộ 50 triệu đồng.", []),
    ("Hợp tác xã Nông nghiệp Sơn Tiến được biểu dương trong phong trào.", []),
    ("Đồng chí Nguyễn Thái Bình, Bí thư Đoàn xã phát biểu.", []),
    ("Anh Phạm Hải Dương và chị Vũ Bình Dương được tuyên dương.", []),
    ("Bà Trần Hòa Bình là điển hình của phong trào.", []),
])
def test_no_unit(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thôn Tân Hòa, xã Sơn Tiến có mô hình “Đường hoa nông thôn mới”.", [SON_TIEN]),
    ("Bản Lác, xã Chiềng Châu, huyện Mai Châu là điểm du lịch cộng đồng.",
     [("xa", "Chiềng Châu", "Hòa Bình", "05248"), ("huyen", "Mai Châu", "Hòa Bình", "156")]),
    ("Khu phố 3, phường Bến Thành ra mắt mô hình tự quản.", [BEN_THANH]),
    ("Làng Sen, xã Kim Liên, huyện Nam Đàn đón nhiều đoàn khách.", [("xa", "Kim Liên", "Nghệ An", "17971"), NAM_DAN]),
    ("Ấp Bình Minh có mô hình tự quản.", []),
    ("Thôn Quang Trung có mô hình “Đường hoa”.", []),
    ("Thôn Nghệ An có mô hình hay.", []),
    ("Chi bộ thôn Tân Hòa, xã Sơn Tiến có mô hình hay.", [SON_TIEN]),
])
def test_villages_are_no_units(facts_of, text, expected):
    assert units_of(facts_of, text) == expected


# --- the unit other facts take from a mention -----------------------------------------------------------------
@pytest.mark.parametrize("text, unit, province", [
    ("Sáng 12/10, UBND huyện Ba Vì tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2019-2024.",
     "huyện Ba Vì", "Hà Nội"),
    ("Sáng 5/11, tại nhà văn hóa thôn Tân Hòa, xã Sơn Tiến, Đảng ủy xã tổ chức hội nghị sơ kết phong trào Dân vận "
     "khéo.", "xã Sơn Tiến", "Hà Tĩnh"),
    ("Sáng 20/9, Đảng ủy phường Hạc Thành tổ chức hội nghị biểu dương điển hình Dân vận khéo năm 2025.",
     "phường Hạc Thành", "Thanh Hóa"),
    ("Chiều 3/8, Thị ủy Hồng Lĩnh tổ chức hội nghị sơ kết phong trào thi đua Dân vận khéo.",
     "thị xã Hồng Lĩnh", "Hà Tĩnh"),
])
def test_events_take_the_unit(facts_of, text, unit, province):
    f = facts_of(text, published="2025-10-15")
    assert [(e.unit, e.province) for e in f["events"]] == [(unit, province)]


@pytest.mark.parametrize("text, unit", [
    ("Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã Sơn Tiến phát biểu tại hội nghị.", "xã Sơn Tiến"),
    ("Đồng chí Trần Thị Lan, Bí thư Thị ủy Hồng Lĩnh dự hội nghị.", "thị xã Hồng Lĩnh"),
    ("Đồng chí Lê Văn Nam, Bí thư Đảng ủy phường Thành Sen phát biểu.", "phường Thành Sen"),
    ("Đồng chí Nguyễn Văn Nam, Chủ tịch UBND phường 3, thành phố Tân An phát biểu.", "phường 3"),
    ("Ông Nguyễn Văn Hải, Bí thư Chi bộ thôn 5, xã Sơn Tiến dự hội nghị.", "xã Sơn Tiến"),
])
def test_officials_take_the_unit(facts_of, text, unit):
    f = facts_of(text)
    assert [o.unit for o in f["officials"]] == [unit]


@pytest.mark.parametrize("text, unit", [
    ("Năm 2024, huyện Hương Sơn xây dựng 120 mô hình Dân vận khéo.", "huyện Hương Sơn"),
    ("Năm 2024, TX. Hồng Lĩnh xây dựng 45 mô hình Dân vận khéo.", "thị xã Hồng Lĩnh"),
    ("Năm 2025, phường Thành Sen xây dựng 18 mô hình Dân vận khéo.", "phường Thành Sen"),
])
def test_model_counts_take_the_unit(facts_of, text, unit):
    f = facts_of(text)
    assert [m.unit for m in f["model_counts"]] == [unit]


# --- Central Highlands names written with other marks ----------------------------------------------------------
def _other_marks(name: str) -> str:
    """The name as articles also write it: "Đắk" as "Đăk" and back, "Đak" as "Đắk", "Búk" as "Buk"."""
    words = []
    for word in name.split(" "):
        if word.lower().endswith("k"):
            if "ắ" in word:
                word = word.replace("ắ", "ă")
            elif "ă" in word:
                word = word.replace("ă", "ắ")
            elif word.startswith("Đak"):
                word = "Đắk" + word[3:]
            else:
                word = word[0] + strip_accents(word[1:])
        words.append(word)
    return " ".join(words)


K_NAMED = sorted({p.code: p for places in gazetteer().by_key.values() for p in places
                  if p.era == "legacy" and p.tier in ("province", "district")
                  and any(w.endswith("k") for w in key(p.name).split(" "))}.values(), key=lambda p: p.code)


def test_k_named_units_are_the_highland_provinces_and_districts():
    assert len(K_NAMED) == 14
    assert {p.province for p in K_NAMED} == {"Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông"}


@pytest.mark.parametrize("place", K_NAMED, ids=lambda p: p.name)
def test_k_named_units_written_with_other_marks(facts_of, place):
    written = _other_marks(place.name)
    assert written != place.name
    if place.tier == "province":
        text, expected = f"Tỉnh {written} tổ chức hội nghị biểu dương điển hình.", [("tinh", written, place.name, place.code)]
    else:
        word = {"huyen": "huyện", "thi_xa": "thị xã", "thanh_pho": "thành phố"}[place.level]
        text = f"Đoàn công tác làm việc với {word} {written}, tỉnh {place.province} về phong trào Dân vận khéo."
        expected = [(place.level, written, place.province, place.code),
                    ("tinh", place.province, place.province, _legacy_code(place.province))]
    # the name as written (ANNOTATION.md: both spellings are in official use), the gazetteer's unit and code
    assert units_of(facts_of, text) == expected
