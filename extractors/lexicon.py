"""Lexicons of the extractors, kept as data so a researcher can read and extend them without touching code.

Words are written in lower case with new-style tone placement ("uỷ", "hoà"): they are matched against
`textnorm.fold(text)`, so "Huyện ủy" and "Huyện uỷ" both hit. Where a list was tuned on the seed and dev
articles, the comment says so.
"""

# --- administrative units ------------------------------------------------------------------------------------
# Level words before a unit name, longest first so "thị xã" wins over "xã" and "thành phố" over "phố".
UNIT_LEVEL_WORDS = {
    "thành phố": "thanh_pho", "tp.": "thanh_pho", "tp": "thanh_pho", "thị xã": "thi_xa", "tx.": "thi_xa",
    "thị trấn": "thi_tran", "tt.": "thi_tran", "tỉnh": "tinh", "huyện": "huyen", "h.": "huyen", "quận": "quan",
    "phường": "phuong", "p.": "phuong", "xã": "xa",
}
# Party committees named after their unit: "Huyện uỷ Hương Sơn" names huyện Hương Sơn.
COMMITTEE_LEVELS = {
    "tỉnh uỷ": "tinh", "thành uỷ": "thanh_pho", "huyện uỷ": "huyen", "quận uỷ": "quan", "thị uỷ": "thi_xa",
}
# Capitalised words that follow a level word without being a unit name ("Bí thư Tỉnh Đoàn", "Huyện Hội").
NOT_UNIT_NAMES = {
    "đoàn", "hội", "đội", "uỷ", "ủy", "đảng", "công", "ban", "mặt", "nông", "quân", "trường", "bộ", "sở",
    "phòng", "văn", "nhà", "trung", "ủy ban", "uỷ ban", "hồ chí minh", "cựu", "liên", "thanh", "phụ",
}
# Contractions of Ho Chi Minh City and Hanoi written as one token.
CITY_CONTRACTIONS = {"tphcm": "Hồ Chí Minh", "tp.hcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh",
                     "tp.hn": "Hà Nội", "tphn": "Hà Nội"}
# Province names used before 2025 that the gazetteer spells differently.
PROVINCE_ALIASES = {"thừa thiên huế": "Huế", "thừa thiên - huế": "Huế", "tt-huế": "Huế", "tt huế": "Huế",
                    "sài gòn": "Hồ Chí Minh", "bà rịa vũng tàu": "Bà Rịa - Vũng Tàu"}
# Place names that, standing alone, name a person: only taken with a level word ("TP Hồ Chí Minh").
PERSON_NAMED_PLACES = {"Hồ Chí Minh"}
# Prepositions after which a bare, known unit name is taken as a place ("báo công với Bác tại Nam Đàn").
PLACE_PREPOSITIONS = ("tại", "ở", "về", "thuộc", "trên địa bàn")
# Organisations named after a place that do not make the place a unit mention on their own
# (dev set: "Báo Yên Bái", "Trường Cao đẳng Công nghiệp Thanh Hoá" are not units of those articles).
ORGANISATION_PREFIXES = ("báo", "đài", "trường", "cao đẳng", "đại học", "bệnh viện", "công ty", "tập đoàn",
                         "ngân hàng", "hội đồng hương", "câu lạc bộ", "clb")

# --- people ------------------------------------------------------------------------------------------------------
# Vietnamese surnames (folded), the anchor of a personal name. Covers the surnames of well over 99% of the
# population; rarer ones are recovered by underthesea's NER when a title anchors the name.
SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "đinh", "đào", "lưu", "hà", "mai", "triệu", "phương", "đồng", "cù", "tào", "trịnh", "lâm",
    "vương", "trương", "quách", "thái", "đoàn", "chu", "tô", "tạ", "kiều", "lương", "thân", "lục", "hứa",
    "la", "cao", "từ", "phùng", "kim", "khúc", "nông", "lò", "hầu", "vi", "giàng", "sùng", "mã", "lại", "văn",
    "tống", "nghiêm", "diệp", "âu", "ông", "khổng", "đàm", "châu", "doãn", "khương", "mạc", "quan", "thạch",
    "lã", "lữ", "giáp", "bế", "ninh", "tăng", "ung", "vy", "vàng", "thào", "mùa", "lường", "quàng",
    "cầm", "điêu", "bạch", "chế", "đồ", "đới", "hàn", "kha", "khuất", "mạnh", "nhữ", "phí", "phó", "tôn",
    "trình", "viên", "ngọc", "danh", "y", "h", "ksor", "rơ", "siu", "rahlan", "nay", "kpă", "dư", "hoa", "mẫn", "hán", "bàn", "lèo", "tòng", "sầm",
}
