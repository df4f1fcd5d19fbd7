"""Stress suite of award counts and outcomes: invented sentences that walk the space of each class.

Awards: every award form (Bằng khen, Giấy khen, Cờ thi đua, Huân chương, titles, Kỷ niệm chương, biểu dương,
tuyên dương, khen thưởng) with every shape of issuer (a head of government, a people's committee or its chair, a
Party standing board, the Front, a central mass organisation, the army and police, the subject of the sentence or
of the conference), counts in digits and words, "lượt", approximations, breakdowns, named recipients, headline-only
counts, captions, proposals. Outcomes: money in every written form, houses, households, gifts, roads, land, members
and people, and what is no outcome (targets, plans, values per item, background figures, units of no table).

Values follow ANNOTATION.md ("Settled conventions" decides); money is compared as an exact integer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

LEAD = "Hội nghị tổng kết phong trào thi đua “Dân vận khéo”.\n\n"


def awards(facts) -> list[tuple[int, str, str, str, str | None]]:
    return sorted((a.count, a.approx, a.recipient, a.award, a.issuer) for a in facts["award_counts"])


def outcomes(facts) -> list[tuple[int | float, str, str]]:
    return sorted((o.value, o.unit, o.approx) for o in facts["outcomes"])


# --- awards: every form with every shape of issuer ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # the head of government
    ("Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể và 5 cá nhân có thành tích xuất sắc.",
     [(3, "exact", "tap_the", "bang_khen", "Thủ tướng Chính phủ"),
      (5, "exact", "ca_nhan", "bang_khen", "Thủ tướng Chính phủ")]),
    # the chair of a province's people's committee, named province
    ("Tại hội nghị, Chủ tịch UBND tỉnh Nghệ An đã tặng Bằng khen cho 18 tập thể, 24 cá nhân.",
     [(18, "exact", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh Nghệ An"),
      (24, "exact", "ca_nhan", "bang_khen", "Chủ tịch UBND tỉnh Nghệ An")]),
    # a Party standing board
    ("Ban Thường vụ Huyện ủy Yên Thành tặng Giấy khen cho 12 tập thể và 20 cá nhân điển hình.",
     [(12, "exact", "tap_the", "giay_khen", "Ban Thường vụ Huyện ủy Yên Thành"),
      (20, "exact", "ca_nhan", "giay_khen", "Ban Thường vụ Huyện ủy Yên Thành")]),
    # the Front's committee with its full name
    ("Nhân dịp này, Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tặng Bằng khen cho 10 tập thể và 15 cá nhân tiêu biểu.",
     [(10, "exact", "tap_the", "bang_khen", "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình"),
      (15, "exact", "ca_nhan", "bang_khen", "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình")]),
    # a central mass organisation
    ("Trung ương Hội Nông dân Việt Nam đã tặng Bằng khen cho 4 cá nhân có thành tích xuất sắc.",
     [(4, "exact", "ca_nhan", "bang_khen", "Trung ương Hội Nông dân Việt Nam")]),
    # passive: the recipients first, the giver after "được"
    ("Có 07 tập thể và 09 cá nhân được Chủ tịch UBND thành phố Cần Thơ tặng Bằng khen.",
     [(7, "exact", "tap_the", "bang_khen", "Chủ tịch UBND thành phố Cần Thơ"),
      (9, "exact", "ca_nhan", "bang_khen", "Chủ tịch UBND thành phố Cần Thơ")]),
    # "do X trao tặng"
    ("Dịp này, 8 tập thể nhận Giấy khen do UBND huyện Thoại Sơn trao tặng.",
     [(8, "exact", "tap_the", "giay_khen", "UBND huyện Thoại Sơn")]),
    # Cờ thi đua
    ("Chủ tịch UBND tỉnh Bắc Giang tặng Cờ thi đua cho 2 tập thể dẫn đầu phong trào.",
     [(2, "exact", "tap_the", "co_thi_dua", "Chủ tịch UBND tỉnh Bắc Giang")]),
    # a state order: a commendation with no code of its own
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể và 3 cá nhân.",
     [(2, "exact", "tap_the", "khen_thuong", "Chủ tịch nước"),
      (3, "exact", "ca_nhan", "khen_thuong", "Chủ tịch nước")]),
    # titles of emulation
    ("UBND tỉnh tặng danh hiệu “Tập thể lao động xuất sắc” cho 5 tập thể.",
     [(5, "exact", "tap_the", "khen_thuong", "UBND tỉnh")]),
    ("Chủ tịch UBND huyện Hương Sơn tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 14 cá nhân.",
     [(14, "exact", "ca_nhan", "khen_thuong", "Chủ tịch UBND huyện Hương Sơn")]),
    # a commemorative medal to comrades
    ("Ban Dân vận Trung ương trao Kỷ niệm chương “Vì sự nghiệp Dân vận” cho 6 đồng chí.",
     [(6, "exact", "dong_chi", "ky_niem_chuong", "Ban Dân vận Trung ương")]),
    # honoured without a named award, by a youth union's standing board
    ("Ban Thường vụ Tỉnh đoàn Lạng Sơn đã tuyên dương 30 cá nhân tiêu biểu.",
     [(30, "exact", "ca_nhan", "bieu_duong", "Ban Thường vụ Tỉnh đoàn Lạng Sơn")]),
    # two verbs of commendation: the first named wins
    ("Nhân dịp này, Ban Thường vụ Huyện ủy Lục Ngạn đã tuyên dương, khen thưởng 16 tập thể và 21 cá nhân.",
     [(16, "exact", "tap_the", "bieu_duong", "Ban Thường vụ Huyện ủy Lục Ngạn"),
      (21, "exact", "ca_nhan", "bieu_duong", "Ban Thường vụ Huyện ủy Lục Ngạn")]),
    # named households
    ("Dịp này, UBND xã Vĩnh Phú khen thưởng 15 hộ gia đình tiêu biểu trong phong trào hiến đất làm đường.",
     [(15, "exact", "ho_gia_dinh", "khen_thuong", "UBND xã Vĩnh Phú")]),
    # the Party committee's executive board ("Đảng bộ huyện", never cut to "bộ huyện")
    ("Ban Chấp hành Đảng bộ huyện Cẩm Xuyên tặng Giấy khen cho 9 tập thể.",
     [(9, "exact", "tap_the", "giay_khen", "Ban Chấp hành Đảng bộ huyện Cẩm Xuyên")]),
    # the army, the police, the border guard
    ("Bộ Chỉ huy Quân sự tỉnh Kon Tum tặng Giấy khen cho 7 tập thể, 11 cá nhân.",
     [(7, "exact", "tap_the", "giay_khen", "Bộ Chỉ huy Quân sự tỉnh Kon Tum"),
      (11, "exact", "ca_nhan", "giay_khen", "Bộ Chỉ huy Quân sự tỉnh Kon Tum")]),
    ("Giám đốc Công an tỉnh Lâm Đồng tặng Giấy khen cho 10 tập thể và 18 cá nhân.",
     [(10, "exact", "tap_the", "giay_khen", "Giám đốc Công an tỉnh Lâm Đồng"),
      (18, "exact", "ca_nhan", "giay_khen", "Giám đốc Công an tỉnh Lâm Đồng")]),
    ("Bộ Tư lệnh Bộ đội Biên phòng tặng Bằng khen cho 3 tập thể có thành tích trong phong trào.",
     [(3, "exact", "tap_the", "bang_khen", "Bộ Tư lệnh Bộ đội Biên phòng")]),
    # an award of a giver named after it ("Bằng khen của X")
    ("Dịp này, 6 tập thể và 11 cá nhân nhận Bằng khen của UBND tỉnh Hà Tĩnh.",
     [(6, "exact", "tap_the", "bang_khen", "UBND tỉnh Hà Tĩnh"),
      (11, "exact", "ca_nhan", "bang_khen", "UBND tỉnh Hà Tĩnh")]),
    ("Đồng chí Phó Bí thư Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 13 tập thể.",
     [(13, "exact", "tap_the", "bang_khen", "Ban Thường vụ Tỉnh ủy")]),
])
def test_award_forms_and_issuers(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- the issuer's name ends where a verb of deciding begins; a body named "Ban Tổ chức" keeps its name ----------
@pytest.mark.parametrize("sentence, expected", [
    ("Chủ tịch UBND tỉnh Thanh Hóa đã ký quyết định tặng Bằng khen cho 20 tập thể và 35 cá nhân.",
     [(20, "exact", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh Thanh Hóa"),
      (35, "exact", "ca_nhan", "bang_khen", "Chủ tịch UBND tỉnh Thanh Hóa")]),
    ("UBND huyện Nghi Lộc ban hành quyết định khen thưởng 18 tập thể có thành tích xuất sắc.",
     [(18, "exact", "tap_the", "khen_thuong", "UBND huyện Nghi Lộc")]),
    ("Dịp này, Ban Thường vụ Tỉnh ủy Phú Thọ vừa ký quyết định tặng Bằng khen cho 9 tập thể.",
     [(9, "exact", "tap_the", "bang_khen", "Ban Thường vụ Tỉnh ủy Phú Thọ")]),
    ("Có 6 cá nhân được Chủ tịch UBND huyện Vũ Quang có quyết định tặng Giấy khen.",
     [(6, "exact", "ca_nhan", "giay_khen", "Chủ tịch UBND huyện Vũ Quang")]),
    ("Dịp này, Ban Tổ chức đã vinh danh 30 tập thể, cá nhân tiêu biểu.",
     [(30, "exact", "mixed", "bieu_duong", "Ban Tổ chức")]),
    ("Ban Tổ chức Huyện ủy Thanh Chương tặng Giấy khen cho 7 cá nhân.",
     [(7, "exact", "ca_nhan", "giay_khen", "Ban Tổ chức Huyện ủy Thanh Chương")]),
    ("Ban Tổ chức Ngày hội đã biểu dương 20 hộ gia đình tiêu biểu.",
     [(20, "exact", "ho_gia_dinh", "bieu_duong", "Ban Tổ chức Ngày hội")]),
    # standing boards of the Front
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tặng Giấy khen cho 17 tập thể.",
     [(17, "exact", "tap_the", "giay_khen", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng")]),
    ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 2 tập thể và 3 cá nhân.",
     [(2, "exact", "tap_the", "bang_khen", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
      (3, "exact", "ca_nhan", "bang_khen", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")]),
])
def test_issuer_names_end_at_their_verb(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- every kind of granting body: emulation councils, mass associations, border and army units --------------------
@pytest.mark.parametrize("sentence, issuer", [
    ("Dịp này, Hội đồng Thi đua - Khen thưởng tỉnh đã tặng Cờ thi đua cho 3 tập thể.",
     "Hội đồng Thi đua - Khen thưởng tỉnh"),
    ("Hội đồng Thi đua – Khen thưởng huyện Đức Linh tặng Giấy khen cho 3 tập thể.",
     "Hội đồng Thi đua – Khen thưởng huyện Đức Linh"),
    ("Hội đồng Thi đua, Khen thưởng thị xã Ba Đồn đã biểu dương 3 tập thể.",
     "Hội đồng Thi đua, Khen thưởng thị xã Ba Đồn"),
    ("Dịp này, Hội Chữ thập đỏ tỉnh Nam Định tặng Giấy khen cho 3 tập thể.", "Hội Chữ thập đỏ tỉnh Nam Định"),
    ("Hội Khuyến học huyện Thạch Hà tặng Giấy khen cho 3 tập thể.", "Hội Khuyến học huyện Thạch Hà"),
    ("Hội Người cao tuổi tỉnh Bến Tre đã tặng Bằng khen cho 3 tập thể.", "Hội Người cao tuổi tỉnh Bến Tre"),
    ("Dịp này, Đồn Biên phòng Cửa khẩu Lao Bảo tặng Giấy khen cho 3 tập thể.", "Đồn Biên phòng Cửa khẩu Lao Bảo"),
    ("Sư đoàn 324 tặng Giấy khen cho 3 tập thể có thành tích trong công tác dân vận.", "Sư đoàn 324"),
    ("Dịp này, Hải đội 2 Biên phòng tặng Giấy khen cho 3 tập thể.", "Hải đội 2 Biên phòng"),
])
def test_every_kind_of_granting_body(facts_of, sentence, issuer):
    assert [(a.count, a.issuer) for a in facts_of(LEAD + sentence)["award_counts"]] == [(3, issuer)]


# --- givers joined with commas before their verb, as written ---------------------------------------------------
@pytest.mark.parametrize("sentence, issuer", [
    ("Tại lễ tổng kết, Huyện ủy, UBND huyện Ba Vì đã khen thưởng 3 tập thể.", "Huyện ủy, UBND huyện Ba Vì"),
    ("Dịp này, Thường trực Huyện ủy, HĐND, UBND huyện Đô Lương tặng Giấy khen cho 3 tập thể.",
     "Thường trực Huyện ủy, HĐND, UBND huyện Đô Lương"),
    ("Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện Yên Thành đã biểu dương 3 tập thể.",
     "Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện Yên Thành"),
    # an adverbial or a clause before the comma is no giver
    ("Năm 2024, UBND huyện Quỳnh Lưu tặng Giấy khen cho 3 tập thể.", "UBND huyện Quỳnh Lưu"),
    ("Theo UBND huyện, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 3 tập thể.", "Chủ tịch UBND tỉnh"),
])
def test_givers_joined_with_commas(facts_of, sentence, issuer):
    assert [(a.count, a.issuer) for a in facts_of(LEAD + sentence)["award_counts"]] == [(3, issuer)]


# --- the giver an official hands over for ("Thay mặt X, ...") -----------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Văn Long trao Bằng khen cho 10 tập thể.",
     [(10, "exact", "tap_the", "bang_khen", "Ban Thường vụ Tỉnh ủy")]),
    ("Thay mặt Chủ tịch UBND tỉnh, đồng chí Phó Chủ tịch UBND tỉnh Hồ Văn Mừng trao Bằng khen cho 8 tập thể và 12 "
     "cá nhân.",
     [(8, "exact", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh"), (12, "exact", "ca_nhan", "bang_khen",
                                                                   "Chủ tịch UBND tỉnh")]),
    ("Thừa ủy quyền của Thủ tướng Chính phủ, Bí thư Tỉnh ủy trao Bằng khen cho 3 tập thể có thành tích xuất sắc.",
     [(3, "exact", "tap_the", "bang_khen", "Thủ tướng Chính phủ")]),
    ("Dịp này, thay mặt UBND huyện Krông Ana, ông Y Thinh Niê trao Giấy khen cho 11 cá nhân.",
     [(11, "exact", "ca_nhan", "giay_khen", "UBND huyện Krông Ana")]),
    # leaders are no body: the official's own position gives
    ("Thay mặt lãnh đạo tỉnh, Bí thư Tỉnh ủy tặng Bằng khen cho 8 tập thể.",
     [(8, "exact", "tap_the", "bang_khen", "Bí thư Tỉnh ủy")]),
])
def test_the_giver_an_official_hands_over_for(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- award words inside the names of emulation bodies; mixed lists of awards --------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Hội đồng Thi đua - Khen thưởng huyện Bảo Lâm đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể.",
     [(4, "exact", "tap_the", "bang_khen", "UBND tỉnh")]),
    ("Theo Ban Thi đua - Khen thưởng tỉnh, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 30 cá nhân.",
     [(30, "exact", "ca_nhan", "bang_khen", "Chủ tịch UBND tỉnh")]),
    ("Theo Hội đồng Thi đua, Khen thưởng thành phố, có 45 tập thể đăng ký thi đua năm 2025.", []),
    ("Dịp này, đã trao Huân chương Lao động hạng Nhì cho 1 tập thể, Cờ thi đua của Chính phủ cho 2 tập thể và Bằng "
     "khen của Thủ tướng Chính phủ cho 5 cá nhân.",
     [(1, "exact", "tap_the", "khen_thuong", None), (2, "exact", "tap_the", "co_thi_dua", "Chính phủ"),
      (5, "exact", "ca_nhan", "bang_khen", "Thủ tướng Chính phủ")]),
    ("Tại buổi lễ, trao Bằng khen của UBND tỉnh cho 4 tập thể, Giấy khen của UBND huyện Phù Cát cho 9 cá nhân.",
     [(4, "exact", "tap_the", "bang_khen", "UBND tỉnh"), (9, "exact", "ca_nhan", "giay_khen", "UBND huyện Phù Cát")]),
])
def test_award_words_in_names_and_mixed_lists(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- a named official handing an award over is no issuer; an unnamed position is -----------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Tại buổi lễ, Bí thư Tỉnh ủy Lê Quang Tùng đã trao Cờ thi đua cho 2 tập thể dẫn đầu.",
     [(2, "exact", "tap_the", "co_thi_dua", None)]),
    ("Chủ tịch UBND huyện Đam Rông Ya Tiong trao Giấy khen cho 6 tập thể và 9 cá nhân.",
     [(6, "exact", "tap_the", "giay_khen", None), (9, "exact", "ca_nhan", "giay_khen", None)]),
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hoàng Thị Thu trao khen thưởng cho 15 cá nhân tiêu biểu.",
     [(15, "exact", "ca_nhan", "khen_thuong", None)]),
    ("Dịp này, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 28 tập thể.",
     [(28, "exact", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh")]),
])
def test_a_named_official_handing_over(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- one honoured by name after "được X tặng": spelled counts are counts, a capitalised marker is a person --------
@pytest.mark.parametrize("sentence, expected", [
    ("Ba tập thể và bốn cá nhân được UBND tỉnh tặng Bằng khen.",
     [(3, "exact", "tap_the", "bang_khen", "UBND tỉnh"), (4, "exact", "ca_nhan", "bang_khen", "UBND tỉnh")]),
    ("Hai tập thể được Thủ tướng Chính phủ tặng Bằng khen vì thành tích xuất sắc.",
     [(2, "exact", "tap_the", "bang_khen", "Thủ tướng Chính phủ")]),
    ("Sáu cá nhân được Chủ tịch UBND huyện Quế Sơn tặng Giấy khen.",
     [(6, "exact", "ca_nhan", "giay_khen", "Chủ tịch UBND huyện Quế Sơn")]),
    ("Ông Ksor Phước được Chủ tịch UBND tỉnh tặng Bằng khen.",
     [(1, "exact", "ca_nhan", "bang_khen", "Chủ tịch UBND tỉnh")]),
    ("Bà Nguyễn Thị Hạnh vinh dự được Trung ương Hội Liên hiệp Phụ nữ Việt Nam tặng Bằng khen.",
     [(1, "exact", "ca_nhan", "bang_khen", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam")]),
    ("Anh Lò Văn Sơn được Tỉnh đoàn Sơn La tặng Bằng khen.",
     [(1, "exact", "ca_nhan", "bang_khen", "Tỉnh đoàn Sơn La")]),
])
def test_one_honoured_after_duoc(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- the issuer as the subject of the conference -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Sáng 12/5, Thành ủy Đà Lạt tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” giai đoạn 2021-2025. Tại "
     "hội nghị, 20 tập thể và 35 cá nhân được tuyên dương.",
     [(20, "exact", "tap_the", "bieu_duong", "Thành ủy Đà Lạt"),
      (35, "exact", "ca_nhan", "bieu_duong", "Thành ủy Đà Lạt")]),
    ("Ngày 3/9, Ban Thường vụ Huyện ủy Đức Thọ tổ chức hội nghị biểu dương các điển hình dân vận khéo. Dịp này, "
     "khen thưởng 14 tập thể, 19 cá nhân.",
     [(14, "exact", "tap_the", "khen_thuong", "Ban Thường vụ Huyện ủy Đức Thọ"),
      (19, "exact", "ca_nhan", "khen_thuong", "Ban Thường vụ Huyện ủy Đức Thọ")]),
    ("Chiều 20/10, Ủy ban MTTQ Việt Nam huyện Krông Pắc tổ chức lễ tuyên dương điển hình tiên tiến. Nhân dịp "
     "này, đã tuyên dương 25 cá nhân.",
     [(25, "exact", "ca_nhan", "bieu_duong", "Ủy ban MTTQ Việt Nam huyện Krông Pắc")]),
])
def test_the_organiser_of_a_commendation_conference_is_the_issuer(facts_of, text, expected):
    assert awards(facts_of(text)) == expected


# --- counts in words, leading zeros, "lượt", approximations ------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("UBND huyện tặng Giấy khen cho hai tập thể và bảy cá nhân.",
     [(2, "exact", "tap_the", "giay_khen", "UBND huyện"), (7, "exact", "ca_nhan", "giay_khen", "UBND huyện")]),
    ("Dịp này, UBND xã tặng Giấy khen cho mười hai cá nhân tiêu biểu.",
     [(12, "exact", "ca_nhan", "giay_khen", "UBND xã")]),
    ("UBND thị xã Hoài Nhơn tặng Giấy khen cho 05 tập thể và 08 cá nhân.",
     [(5, "exact", "tap_the", "giay_khen", "UBND thị xã Hoài Nhơn"),
      (8, "exact", "ca_nhan", "giay_khen", "UBND thị xã Hoài Nhơn")]),
    ("Trong 5 năm, các cấp đã khen thưởng 1.250 lượt tập thể, cá nhân có thành tích trong phong trào.",
     [(1250, "exact", "mixed", "khen_thuong", None)]),
    ("Giai đoạn 2020-2025, UBND tỉnh tặng Bằng khen cho 86 lượt tập thể và 120 lượt cá nhân.",
     [(86, "exact", "tap_the", "bang_khen", "UBND tỉnh"), (120, "exact", "ca_nhan", "bang_khen", "UBND tỉnh")]),
    ("Dịp này, hơn 300 tập thể, cá nhân được UBND huyện khen thưởng.",
     [(300, "at_least", "mixed", "khen_thuong", "UBND huyện")]),
    ("Dịp này, gần 50 cá nhân được Huyện ủy biểu dương.",
     [(50, "approx", "ca_nhan", "bieu_duong", "Huyện ủy")]),
    ("Hội nghị đã biểu dương trên 120 tập thể và khoảng 40 cá nhân điển hình.",
     [(40, "approx", "ca_nhan", "bieu_duong", None), (120, "at_least", "tap_the", "bieu_duong", None)]),
])
def test_counts_as_written(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- breakdowns, one of many ---------------------------------------------------------------------------------------
def test_a_breakdown_by_giver_counts_the_whole_and_each_part(facts_of):
    f = facts_of(LEAD + "Dịp này, đã khen thưởng 45 tập thể và 67 cá nhân, trong đó UBND tỉnh tặng Bằng khen cho 5 "
                        "tập thể, 7 cá nhân; UBND huyện tặng Giấy khen cho 40 tập thể, 60 cá nhân.")
    assert awards(f) == [(5, "exact", "tap_the", "bang_khen", "UBND tỉnh"),
                         (7, "exact", "ca_nhan", "bang_khen", "UBND tỉnh"),
                         (40, "exact", "tap_the", "giay_khen", "UBND huyện"),
                         (45, "exact", "tap_the", "khen_thuong", None),
                         (60, "exact", "ca_nhan", "giay_khen", "UBND huyện"),
                         (67, "exact", "ca_nhan", "khen_thuong", None)]


def test_a_breakdown_by_award(facts_of):
    f = facts_of(LEAD + "Các cấp đã khen thưởng 52 tập thể, gồm 2 Cờ thi đua của UBND tỉnh, 10 Bằng khen và 40 "
                        "Giấy khen.")
    assert [(a.count, a.recipient) for a in f["award_counts"]] == [(52, "tap_the")]


def test_one_of_many(facts_of):
    f = facts_of(LEAD + "Hội Phụ nữ xã Tân Lập là 1 trong 28 tập thể được UBND huyện khen thưởng.")
    assert awards(f) == [(28, "exact", "tap_the", "khen_thuong", "UBND huyện")]


# --- lists headed by their award and giver ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Cụ thể: Bằng khen của UBND tỉnh: 5 tập thể, 7 cá nhân; Giấy khen của UBND huyện: 20 tập thể, 30 cá nhân.",
     [(5, "exact", "tap_the", "bang_khen", "UBND tỉnh"), (7, "exact", "ca_nhan", "bang_khen", "UBND tỉnh"),
      (20, "exact", "tap_the", "giay_khen", "UBND huyện"), (30, "exact", "ca_nhan", "giay_khen", "UBND huyện")]),
    ("Dịp này, Giấy khen của Ban Thường vụ Huyện ủy Tân Kỳ: 9 tập thể.",
     [(9, "exact", "tap_the", "giay_khen", "Ban Thường vụ Huyện ủy Tân Kỳ")]),
    ("Kỷ niệm chương của Ban Dân vận Trung ương: 4 cá nhân; Bằng khen của Tỉnh ủy Lào Cai: 11 tập thể.",
     [(4, "exact", "ca_nhan", "ky_niem_chuong", "Ban Dân vận Trung ương"),
      (11, "exact", "tap_the", "bang_khen", "Tỉnh ủy Lào Cai")]),
])
def test_lists_headed_by_award_and_giver(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- counts of the same size: two forms of award are two counts, a restatement is one ----------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể; UBND huyện tặng Giấy khen cho 5 tập thể.",
     [(5, "exact", "tap_the", "bang_khen", "UBND tỉnh"), (5, "exact", "tap_the", "giay_khen", "UBND huyện")]),
    ("Dịp này, 3 cá nhân được tặng Kỷ niệm chương, 3 cá nhân được tặng Bằng khen của Tỉnh đoàn.",
     [(3, "exact", "ca_nhan", "bang_khen", "Tỉnh đoàn"), (3, "exact", "ca_nhan", "ky_niem_chuong", None)]),
    ("Dịp này, UBND huyện khen thưởng 12 tập thể. Chủ tịch UBND huyện Yên Định tặng Giấy khen cho 12 tập thể.",
     [(12, "exact", "tap_the", "khen_thuong", "UBND huyện")]),
    ("UBND xã Đông Hòa tặng Giấy khen cho 8 tập thể. Tại buổi lễ, 8 tập thể nhận Giấy khen của UBND xã Đông Hòa.",
     [(8, "exact", "tap_the", "giay_khen", "UBND xã Đông Hòa")]),
])
def test_counts_of_the_same_size(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- named recipients ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Chủ tịch UBND huyện tặng Giấy khen cho Hội Phụ nữ xã Tân Lập, Đoàn Thanh niên xã Tân Lập và Chi bộ thôn Đông.",
     [(3, "exact", "tap_the", "giay_khen", "Chủ tịch UBND huyện")]),
    ("UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn Hùng, bà Lê Thị Mai và ông Rơ Chăm Long.",
     [(3, "exact", "ca_nhan", "bang_khen", "UBND tỉnh")]),
    ("UBND huyện tặng Giấy khen cho Trường Tiểu học Kim Đồng. Chủ tịch UBND xã tặng Giấy khen cho bà Hoàng Thị Lan.",
     [(1, "exact", "ca_nhan", "giay_khen", "Chủ tịch UBND xã"), (1, "exact", "tap_the", "giay_khen", "UBND huyện")]),
])
def test_named_recipients(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- headlines and captions --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tuyên dương 50 tập thể, 80 cá nhân tiêu biểu trong phong trào “Dân vận khéo”\n\nSáng 14/6, Huyện ủy Quỳnh "
     "Lưu tổ chức hội nghị tổng kết phong trào.",
     [(50, "exact", "tap_the", "bieu_duong", None), (80, "exact", "ca_nhan", "bieu_duong", None)]),
    ("Khen thưởng hơn 100 cá nhân điển hình\n\nDịp này, UBND huyện Can Lộc khen thưởng 104 cá nhân.",
     [(104, "exact", "ca_nhan", "khen_thuong", "UBND huyện Can Lộc")]),
    (LEAD + "Dịp này, UBND huyện Nam Đàn tặng Giấy khen cho 12 tập thể.\n\nChủ tịch UBND huyện Nam Đàn trao Giấy "
     "khen cho 12 tập thể. (Ảnh: H.A)",
     [(12, "exact", "tap_the", "giay_khen", "UBND huyện Nam Đàn")]),
])
def test_headline_and_caption_counts(facts_of, text, expected):
    assert awards(facts_of(text)) == expected


# --- a captioned photo shows some of the recipients the body counts ------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    (LEAD + "Dịp này, UBND huyện Nam Đàn khen thưởng 45 tập thể và 60 cá nhân.\n\nLãnh đạo huyện trao Giấy khen cho 10 "
     "tập thể tiêu biểu. (Ảnh: Hồng Anh)",
     [(45, "exact", "tap_the", "khen_thuong", "UBND huyện Nam Đàn"),
      (60, "exact", "ca_nhan", "khen_thuong", "UBND huyện Nam Đàn")]),
    (LEAD + "UBND tỉnh tặng Bằng khen cho 28 cá nhân.\n\nPhó Chủ tịch UBND tỉnh trao Bằng khen cho 6 cá nhân – Ảnh: "
     "Minh Thu",
     [(28, "exact", "ca_nhan", "bang_khen", "UBND tỉnh")]),
    # a caption counting recipients the body does not count is kept
    (LEAD + "UBND tỉnh tặng Bằng khen cho 28 cá nhân.\n\nUBND tỉnh trao Cờ thi đua cho 3 tập thể. (Ảnh: T.L)",
     [(3, "exact", "tap_the", "co_thi_dua", "UBND tỉnh"), (28, "exact", "ca_nhan", "bang_khen", "UBND tỉnh")]),
])
def test_captions_add_no_count_the_body_gives(facts_of, text, expected):
    assert awards(facts_of(text)) == expected


# --- proposals are award counts; registering, prizes and attending are not ----------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể và 12 cá nhân.",
     [(8, "exact", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh"),
      (12, "exact", "ca_nhan", "bang_khen", "Chủ tịch UBND tỉnh")]),
    # the proposer named first is no issuer: the one asked to grant is
    ("UBND huyện đề nghị UBND tỉnh tặng Bằng khen cho 6 tập thể, 9 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho "
     "25 tập thể.",
     [(6, "exact", "tap_the", "bang_khen", "UBND tỉnh"), (9, "exact", "ca_nhan", "bang_khen", "UBND tỉnh"),
      (25, "exact", "tap_the", "giay_khen", "Chủ tịch UBND huyện")]),
    ("Dịp này, Ban Thường vụ Huyện ủy Hưng Nguyên thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập "
     "thể.", [(4, "exact", "tap_the", "bang_khen", "Chủ tịch UBND tỉnh")]),
    ("Ủy ban MTTQ Việt Nam huyện Tân Phú kiến nghị Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 3 cá nhân.",
     [(3, "exact", "ca_nhan", "bang_khen", "Ủy ban MTTQ Việt Nam tỉnh")]),
    ("Có 120 tập thể, 340 cá nhân đăng ký thi đua năm 2025.", []),
    ("Ban Tổ chức trao giải Nhất cho 2 tập thể và giải Khuyến khích cho 5 cá nhân.", []),
    ("Hội nghị có sự tham dự của đại diện 57 tập thể, cá nhân điển hình.", []),
    ("Qua phong trào, đã phát hiện, bồi dưỡng 65 cá nhân điển hình.", []),
])
def test_proposals_and_what_is_no_award(facts_of, sentence, expected):
    assert awards(facts_of(LEAD + sentence)) == expected


# --- outcomes: money in every written form -------------------------------------------------------------------------
@pytest.mark.parametrize("written, value, approx", [
    ("8,3 tỷ đồng", 8_300_000_000, "exact"),
    ("1.250 triệu đồng", 1_250_000_000, "exact"),
    ("hơn 2 tỷ 350 triệu đồng", 2_350_000_000, "at_least"),
    ("150 nghìn đồng", 150_000, "exact"),
    ("500.000 đồng", 500_000, "exact"),
    ("3.500.000 đồng", 3_500_000, "exact"),
    ("1,5 tỉ đồng", 1_500_000_000, "exact"),
    ("700 triệu VNĐ", 700_000_000, "exact"),
    ("gần 900 triệu đồng", 900_000_000, "approx"),
    ("trên 1 nghìn tỷ đồng", 1_000_000_000_000, "at_least"),
    ("khoảng 45,75 triệu đồng", 45_750_000, "approx"),
])
def test_money_written_every_way(facts_of, written, value, approx):
    f = facts_of(f"Hưởng ứng phong trào “Vì người nghèo”, Nhân dân trong xã đã quyên góp được {written}.")
    [outcome] = f["outcomes"]
    assert (outcome.value, outcome.unit, outcome.approx) == (value, "dong", approx)
    assert outcome.value == float(Decimal(value))


@pytest.mark.parametrize("written, value, approx", [
    ("150.000.000đ", 150_000_000, "exact"), ("2 tỷ đ", 2_000_000_000, "exact"), ("hơn 45 triệu đ", 45_000_000, "at_least"),
])
def test_money_written_with_d(facts_of, written, value, approx):
    f = facts_of(f"Phong trào “Vì người nghèo”: năm qua Hội vận động {written} giúp hộ nghèo.")
    assert outcomes(f) == [(value, "dong", approx)]


# The currency left unwritten after a scale of millions or more.
@pytest.mark.parametrize("text, expected", [
    ("Phong trào Vì người nghèo: năm 2024, xã vận động được 2,5 tỷ để xây nhà cho hộ nghèo.",
     [(2_500_000_000, "dong", "exact")]),
    ("Phong trào Vì người nghèo: Nhân dân đóng góp hơn 800 triệu, hiến 2.000 m2 đất.",
     [(2000, "m2", "exact"), (800_000_000, "dong", "at_least")]),
    ("Phong trào Vì người nghèo: trao 200 suất quà, trị giá 100 triệu.",
     [(200, "suat_qua", "exact"), (100_000_000, "dong", "exact")]),
    ("Phong trào nông thôn mới: tổng kinh phí thực hiện hơn 12 tỷ, trong đó Nhân dân đóng góp 3 tỷ.",
     [(3_000_000_000, "dong", "exact"), (12_000_000_000, "dong", "at_least")]),
    ("Phong trào Vì người nghèo: năm 2024 vận động 1 tỷ 200 triệu giúp hộ nghèo.", [(1_200_000_000, "dong", "exact")]),
    # a scale that counts a noun is no money
    ("Phong trào nông thôn mới: Nhân dân trồng 2 triệu cây xanh và hiến 1,2 triệu m2 đất.",
     [(1_200_000, "m2", "exact")]),
    # a target stays a target
    ("Phong trào Vì người nghèo: năm 2025, phấn đấu vận động 250 triệu.", []),
])
def test_money_with_the_currency_unwritten(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


def test_money_a_year(facts_of):
    f = facts_of("Phong trào Dân vận khéo: mô hình nuôi bò sinh sản mang lại doanh thu 1,2 tỷ đồng/năm.")
    assert outcomes(f) == [(1_200_000_000, "dong", "exact")]


# --- houses, households, gifts, roads, land, members, people -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Qua cuộc vận động, huyện đã xây mới 25 căn nhà Đại đoàn kết và sửa chữa 12 căn nhà cho hộ nghèo.",
     [(12, "nha", "exact"), (25, "nha", "exact")]),
    ("Phong trào đền ơn đáp nghĩa: các đoàn thể đã bàn giao 7 ngôi nhà tình nghĩa cho gia đình chính sách.",
     [(7, "nha", "exact")]),
    ("Hưởng ứng phong trào “Vì người nghèo”, Công ty đã xây tặng một căn nhà Đại đoàn kết cho hộ bà Lan.",
     [(1, "nha", "exact")]),
    ("Từ phong trào Dân vận khéo, đã giúp 120 hộ thoát nghèo và hơn 300 hộ cận nghèo có việc làm ổn định.",
     [(120, "ho", "exact"), (300, "ho", "at_least")]),
    ("Dịp Tết, phong trào “Vì người nghèo” đã trao 500 suất quà và 1.200 phần quà cho hộ khó khăn.",
     [(500, "suat_qua", "exact"), (1200, "suat_qua", "exact")]),
    ("Thực hiện phong trào xây dựng nông thôn mới, Nhân dân làm mới 12,5 km đường giao thông và bê tông hóa hơn "
     "30 km kênh mương.",
     [(12.5, "km", "exact"), (30, "km", "at_least")]),
    ("Hưởng ứng phong trào Dân vận khéo, 46 hộ đã hiến 3.500 m2 đất, riêng thôn Đông hiến hơn 2 ha đất làm đường.",
     [(46, "ho", "exact"), (3500, "m2", "exact"), (20000, "m2", "at_least")]),
    ("Qua phong trào Dân vận khéo, Nhân dân đóng góp 1,5 tỷ đồng và hơn 5.000 ngày công làm đường.",
     [(1_500_000_000, "dong", "exact")]),
    ("Phong trào thi đua: Hội Nông dân xã thành lập 15 câu lạc bộ với 450 thành viên và kết nạp 230 hội viên mới.",
     [(230, "thanh_vien", "exact"), (450, "thanh_vien", "exact")]),
    ("Ngày hội Đại đoàn kết toàn dân tộc năm 2024 thu hút hơn 3.000 người tham gia.",
     [(3000, "nguoi", "at_least")]),
])
def test_results_of_every_kind(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


# --- what is not an outcome ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # targets and plans
    ("Phong trào Vì người nghèo: phấn đấu đến năm 2025 vận động 5 tỷ đồng để xây 100 căn nhà.", []),
    ("Cuộc vận động Toàn dân đoàn kết năm 2025 có chỉ tiêu hỗ trợ 60 hộ thoát nghèo.", []),
    ("Theo kế hoạch, năm tới phong trào sẽ trao 2.000 suất quà cho hộ nghèo.", []),
    ("Phong trào thi đua Dân vận khéo: dự kiến làm mới 15 km đường và hiến 8.000 m2 đất.", []),
    # values per item: the count of items is the result
    ("Phong trào Vì người nghèo đã trao 300 suất quà, mỗi suất quà trị giá 500.000 đồng.",
     [(300, "suat_qua", "exact")]),
    ("Phong trào Dân vận khéo: huyện đã xây 20 căn nhà Đại đoàn kết với mức hỗ trợ 50 triệu đồng/căn.",
     [(20, "nha", "exact")]),
    ("Qua cuộc vận động, đã hỗ trợ 40 hộ nghèo, mỗi hộ được hỗ trợ 10 triệu đồng.", [(40, "ho", "exact")]),
    # background figures of a place or body
    ("Phong trào Dân vận khéo ở xã Tân Lập, nơi có 2.350 hộ với 9.400 nhân khẩu, đạt nhiều kết quả.", []),
    ("Phong trào thi đua yêu nước: huyện có diện tích tự nhiên 45.000 ha, dân số hơn 120.000 người.", []),
    ("Phong trào thi đua: Hội Phụ nữ xã hiện có 1.200 hội viên, sinh hoạt ở 9 chi hội.", []),
])
def test_what_is_no_outcome(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


# --- a value per item written after the amount; households given with their people -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Qua phong trào, đã hỗ trợ 20 căn nhà với số tiền 50 triệu đồng mỗi căn.", [(20, "nha", "exact")]),
    ("Phong trào Vì người nghèo trao 300 phần quà, trị giá 500 nghìn đồng một suất.", [(300, "suat_qua", "exact")]),
    ("Phong trào Vì người nghèo: huyện hỗ trợ 3 triệu 500 nghìn đồng cho mỗi hộ khó khăn.", []),
    ("Phong trào Vì người nghèo: mô hình giúp chị em tiết kiệm được 1.500.000 đồng mỗi tháng.", []),
    # a year is the period kept, as "đồng/năm" is
    ("Phong trào Dân vận khéo: mô hình mang lại lợi nhuận 300 triệu đồng mỗi năm.", [(300_000_000, "dong", "exact")]),
    # households with their people describe the place
    ("Phong trào Dân vận khéo: thôn có 215 hộ, 870 khẩu; năm qua có 40 hộ hiến đất.", [(40, "ho", "exact")]),
    ("Phong trào Dân vận khéo: buôn Đôn có 120 hộ/560 nhân khẩu, đã có 35 hộ thoát nghèo.", [(35, "ho", "exact")]),
    ("Phong trào Dân vận khéo: xã có 1.250 hộ dân sinh sống ở 8 thôn, năm qua 60 hộ hiến đất.", [(60, "ho", "exact")]),
])
def test_rates_and_population_after_the_number(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


# --- one value twice in a sentence is two results; again in a later sentence it is the same one ------------------
@pytest.mark.parametrize("text, expected", [
    ("Phong trào Vì người nghèo: huyện xây mới 20 căn nhà và sửa chữa 20 căn nhà cho hộ nghèo.",
     [(20, "nha", "exact"), (20, "nha", "exact")]),
    ("Phong trào Dân vận khéo: Nhân dân hiến 500 m2 đất làm đường và 500 m2 đất xây nhà văn hóa.",
     [(500, "m2", "exact"), (500, "m2", "exact")]),
    ("Phong trào Vì người nghèo đã vận động 2 tỷ đồng. Số tiền 2 tỷ đồng được dùng để xây nhà cho hộ nghèo.",
     [(2_000_000_000, "dong", "exact")]),
    ("Phong trào Vì người nghèo trao 300 suất quà cho hộ nghèo. Mỗi năm, 300 suất quà được trao dịp Tết.",
     [(300, "suat_qua", "exact")]),
])
def test_repeated_values(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


# --- incomes per head; households counted with the units of a place -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Phong trào nông thôn mới: thu nhập bình quân đầu người đạt 65 triệu đồng/năm.",
     [(65_000_000, "dong_per_nguoi_nam", "exact")]),
    ("Phong trào nông thôn mới: thu nhập bình quân đầu người năm 2024 đạt 72,5 triệu đồng.",
     [(72_500_000, "dong_per_nguoi_nam", "exact")]),
    ("Nhờ phong trào Dân vận khéo, thu nhập của người dân tăng lên hơn 50 triệu đồng/người/năm.",
     [(50_000_000, "dong_per_nguoi_nam", "at_least")]),
    ("Phong trào nông thôn mới: năm 2024, thu nhập bình quân đầu người của xã đạt 58,2 triệu đồng, 35 hộ thoát nghèo.",
     [(35, "ho", "exact"), (58_200_000, "dong_per_nguoi_nam", "exact")]),
    # households of a place given with its units and villages are background
    ("Phong trào Dân vận khéo: huyện có 15 xã, 1 thị trấn với 35.000 hộ; năm qua 500 hộ hiến đất.",
     [(500, "ho", "exact")]),
    ("Phong trào Dân vận khéo: xã có 8 thôn với 2.100 hộ, năm 2024 có 42 hộ thoát nghèo.", [(42, "ho", "exact")]),
    ("Phong trào Dân vận khéo: phường có 12 tổ dân phố với hơn 4.000 hộ.", []),
])
def test_incomes_and_households_of_a_place(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Cơn bão số 3 đã làm tốc mái 120 căn nhà, thiệt hại ước tính 6,5 tỷ đồng tại huyện Tiên Yên.",
    "Năm 2024, ngành giao thông tỉnh làm mới 85 km đường, tổng vốn đầu tư 1.200 tỷ đồng.",
    "Chợ đêm thành phố có 320 gian hàng, doanh thu mỗi đêm khoảng 400 triệu đồng.",
])
def test_articles_about_no_movement(facts_of, text):
    f = facts_of(text)
    assert f["outcomes"] == [] and f["award_counts"] == []


# --- grades of models: every level word, 2025 units included -----------------------------------------------------
@pytest.mark.parametrize("grade, level", [
    ("cấp phường", "cap_xa"), ("cấp thị trấn", "cap_xa"), ("cấp đặc khu", "cap_xa"), ("cấp xã", "cap_xa"),
    ("cấp thị xã", "cap_huyen"), ("cấp quận", "cap_huyen"), ("cấp tỉnh", "cap_tinh"),
])
def test_every_grade_extends_a_model_noun(facts_of, grade, level):
    f = facts_of(f"Phong trào “Dân vận khéo”: năm 2024 đã công nhận 16 mô hình dân vận khéo {grade} trên địa bàn.")
    assert [(m.count, m.action, m.level) for m in f["model_counts"]] == [(16, "cong_nhan", level)]
