"""Lexicons of the extractors, kept as data so a researcher can read and extend them without touching code.

Words are written in lower case with new-style tone placement ("uỷ", "hoà"): they are matched against
`textnorm.fold(text)`, so "Huyện ủy" and "Huyện uỷ" both hit. Where a list was tuned on the seed and dev
articles, the comment says so.
"""

# --- administrative levels ---------------------------------------------------------------------------------
# THE table of administrative levels: (level word, level code, rank), rank 0 = province ... 3 = commune. Every
# other spelling of levels (the gazetteer's types, grades "cấp huyện", "toàn huyện", places in titles) is derived
# from it below or checked against it by tests/test_lexicon.py.
LEVELS = (
    ("tỉnh", "tinh", 0), ("thành phố", "thanh_pho", 1), ("huyện", "huyen", 2), ("quận", "quan", 2),
    ("thị xã", "thi_xa", 2), ("xã", "xa", 3), ("phường", "phuong", 3), ("thị trấn", "thi_tran", 3),
)
LEVEL_OF_WORD = {word: code for word, code, _ in LEVELS}
LEVEL_WORD = {code: word for word, code, _ in LEVELS}
LEVEL_RANK = {code: rank for _, code, rank in LEVELS}
# Tiers of the gazetteer: which levels are provinces, districts, communes ("thành phố" is both a province and a
# district: Hà Nội and Thanh Hoá).
PROVINCE_LEVELS = ("tinh", "thanh_pho")
DISTRICT_LEVELS = ("huyen", "quan", "thi_xa", "thanh_pho")
WARD_LEVELS = ("xa", "phuong", "thi_tran")
# Abbreviated level words before a unit name ("TP. Vinh", "H. Nam Đàn", "P. 5", "TX Hoài Nhơn", "Q. Bình Thạnh"):
# every level's initials, dotted, and the two-letter ones also without the dot ("TX", "TP"); not a bare "TT"
# ("TT-Huế" is a province) nor a bare "H", "Q", "P" (initials of people and of anything else). Names after an
# abbreviation are taken only when the gazetteer knows them.
LEVEL_ABBREVIATIONS = {"tp.": "thanh_pho", "tp": "thanh_pho", "tx.": "thi_xa", "tx": "thi_xa", "tt.": "thi_tran",
                       "h.": "huyen", "q.": "quan", "p.": "phuong", "x.": "xa"}
# Words before a level word that make it plural, so that a list may follow a colon ("các xã: A, B", "3 xã: A, B, C",
# "hai huyện: A và B"): determiners, digits and the spelled numbers up to ten.
PLURAL_DETERMINERS = ("các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
# Nouns that end in a level word without naming a level: "Hợp tác xã Quyết Thắng" is a cooperative, not xã Quyết Thắng
# (ANNOTATION.md "What a unit is not": a place inside a company's name).
LEVEL_WORD_COMPOUNDS = ("hợp tác xã",)
# Level words before a unit name; matched longest first so "thị xã" wins over "xã" and "thành phố" over "phố".
UNIT_LEVEL_WORDS = LEVEL_OF_WORD | LEVEL_ABBREVIATIONS
# A level word standing alone for the article's unit of that level ("toàn huyện", "toàn thị trấn", "Bộ CHQS tỉnh"):
# every level word.
GENERIC_LEVEL_WORDS = tuple(word for word, _, _ in LEVELS)
# Grades of models and commendations ("mô hình cấp huyện", "cấp cơ sở"), from the rank of the level word.
GRADE_OF_RANK = {0: "cap_tinh", 1: "cap_tinh", 2: "cap_huyen", 3: "cap_xa"}
# Every level word grades (ANNOTATION.md: "cấp cơ sở" is cap_xa), and so does "đặc khu", the special zone that the
# 2025 reorganisation made a unit of commune rank (Phú Quốc, Côn Đảo, Vân Đồn ...), which the gazetteer's LEVELS do
# not list.
GRADE_OF_WORD = {word: GRADE_OF_RANK[rank] for word, code, rank in LEVELS} | {"cơ sở": "cap_xa", "đặc khu": "cap_xa"}
# "cấp thành phố" is the province's grade in a city of the centre, the district's in a city of a province (ANNOTATION
# "cấp thành phố" of a province-level city is cap_tinh); model_counts decides from the count's unit.
GRADE_OF_DISTRICT_CITY = "cap_huyen"
# Party committees named after their unit: "Huyện uỷ Hương Sơn" names huyện Hương Sơn.
COMMITTEE_LEVELS = {
    "tỉnh uỷ": "tinh", "thành uỷ": "thanh_pho", "huyện uỷ": "huyen", "quận uỷ": "quan", "thị uỷ": "thi_xa",
}
# Other bodies whose name is their level and their unit's name (ANNOTATION.md "Bodies name their unit"): the Youth
# Union's committees ("Huyện Đoàn Yên Thế", "Tỉnh Đoàn Bắc Giang", "Thành Đoàn Cần Thơ").
BODIES_NAMING_UNIT = {"tỉnh đoàn": "tinh", "thành đoàn": "thanh_pho", "huyện đoàn": "huyen", "quận đoàn": "quan",
                      "thị đoàn": "thi_xa"}
# Committees that place an organisation at the article's unit of their level, tried in this order ("Ban Thường vụ
# Huyện uỷ" -> the article's huyện): the Party committee of every level of LEVELS. ("Đặc khu uỷ", of the special
# zones of 2025, names no level of LEVELS.)
ORGANISATION_COMMITTEES = (("tỉnh uỷ", "tinh"), ("huyện uỷ", "huyen"), ("quận uỷ", "quan"), ("thị uỷ", "thi_xa"),
                           ("thành uỷ", "thanh_pho"), ("đảng uỷ xã", "xa"), ("đảng uỷ phường", "phuong"),
                           ("đảng uỷ thị trấn", "thi_tran"))
# Words in an official's title that make the title's unit the article's unit of that level, narrowest first
# ("Chủ tịch UBND huyện" -> the article's huyện): every level word, and the Party committees whose name does not
# open with their level word ("Bí thư Thị uỷ" -> the article's thị xã; "Huyện uỷ" is "huyện"). Matched as whole
# words, longest first, so "thị xã" is never "xã", and "xã hội" ("Ban Văn hoá - Xã hội") is no level.
TITLE_UNIT_CUES = (("xã", "xa"), ("phường", "phuong"), ("thị trấn", "thi_tran"), ("huyện", "huyen"), ("quận", "quan"),
                   ("thị xã", "thi_xa"), ("thị uỷ", "thi_xa"), ("thành phố", "thanh_pho"), ("thành uỷ", "thanh_pho"),
                   ("tỉnh", "tinh"))
# Words ending the text before a capitalised run that make the run a unit, not a person ("Bí thư Quận uỷ Dương
# Kinh"): committees and councils, and level words.
UNIT_BEFORE_NAME = ("uỷ", "ubnd", "hđnd", "huyện", "tỉnh", "xã", "quận", "phường")
# Villages and residential groups below the commune, which the gazetteer does not know.
VILLAGE_WORDS = ("thôn", "ấp", "bản", "xóm", "làng", "khóm", "buôn", "sóc", "phum", "khu phố", "tổ dân phố")
# Bodies of the central state: an organisation named after them belongs to no unit.
CENTRAL_BODIES = ("trung ương", "chính phủ", "quốc hội", "nhà nước")
# Organisations whose name takes a level word without standing for a place ("được Ban Chỉ đạo huyện công nhận"
# says who, not where).
ORGANISATIONS_BEFORE_LEVEL = ("ban chỉ đạo", "ban thường vụ", "ubnd", "hđnd", "uỷ ban nhân dân", "mttq",
                              "uỷ ban mttq", "hội đồng nhân dân", "công an", "ban dân vận")
# Capitalised words that follow a level word without being a unit name ("Bí thư Tỉnh Đoàn", "Huyện Hội").
NOT_UNIT_NAMES = {
    "đoàn", "hội", "đội", "uỷ", "đảng", "công", "ban", "mặt", "nông", "quân", "trường", "bộ", "sở",
    "phòng", "văn", "nhà", "trung", "uỷ ban", "hồ chí minh", "cựu", "liên", "thanh", "phụ",
}
# Contractions of Ho Chi Minh City and Hanoi written as one token.
CITY_CONTRACTIONS = {"tphcm": "Hồ Chí Minh", "tp.hcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh",
                     "tp.hn": "Hà Nội", "tphn": "Hà Nội"}
# Province names used before 2025 that the gazetteer spells differently (looked up by `textnorm.key`, which drops
# punctuation: "Thừa Thiên - Huế" and "TT-Huế" are "thừa thiên huế" and "tt huế").
PROVINCE_ALIASES = {"thừa thiên huế": "Huế", "tt huế": "Huế",
                    "sài gòn": "Hồ Chí Minh", "bà rịa vũng tàu": "Bà Rịa - Vũng Tàu"}
# Place names that, standing alone, name a person: only taken with a level word ("TP Hồ Chí Minh").
PERSON_NAMED_PLACES = {"Hồ Chí Minh"}
# Prepositions after which a bare, known unit name is taken as a place ("báo công với Bác tại Nam Đàn").
PLACE_PREPOSITIONS = ("tại", "ở", "về", "thuộc", "trên địa bàn")
# Organisations named after a place that do not make the place a unit mention on their own
# (dev set: "Báo Yên Bái", "Trường Cao đẳng Công nghiệp Thanh Hoá" are not units of those articles).
ORGANISATION_PREFIXES = ("báo", "đài", "trường", "cao đẳng", "đại học", "bệnh viện", "công ty", "tập đoàn",
                         "ngân hàng", "hội đồng hương", "câu lạc bộ", "clb")
# Organisations whose capitalised opening is also a unit's name ("Ban Công" is a xã of Thanh Hoá): after a listed
# unit ("xã Tân Phú Đông, Ban Công tác Mặt trận ấp ...") they are not one more unit of the list.
ORGANISATIONS_LIKE_UNITS = ("ban công tác",)

# Nouns that open the name of a movement, contest, fund or programme: a place right after them, with no preposition,
# is part of the name ("phong trào Thanh niên Quảng Ninh tình nguyện", "Giải Việt dã Báo Hà Tĩnh").
NAMED_THING_NOUNS = ("phong trào", "cuộc vận động", "giải", "cuộc thi", "hội thi", "chương trình", "quỹ", "đề án",
                     "tạp chí", "cổng thông tin", "nhà xuất bản", "hợp tác xã")
# Words that end a name before a place ("phong trào thi đua của Nghệ An"); not "và", which names join ("Đài Phát
# thanh và Truyền hình Quảng Bình").
NAME_BREAK_WORDS = ("của", "cho", "với", "trong", "toàn", "tỉnh", "thành phố", "huyện")

# --- people ------------------------------------------------------------------------------------------------------
# What a personal name starts with (keys): every Vietnamese (Kinh) family name, common and rare, and the first
# syllables of the name shapes of the ethnic minorities, which put a clan name, a gender prefix or a given-name
# marker first. A name is 2-4 capitalised syllables starting with one of these; the officials extractor also takes
# "H'..." and "K'..." (Ê Đê, Jrai, K'Ho, M'nông women and men: "H'Linh Niê", "K'Bình") as starts.
KINH_SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "đinh", "đào", "lưu", "hà", "mai", "triệu", "phương", "đồng", "cù", "tào", "trịnh", "lâm",
    "vương", "trương", "quách", "thái", "đoàn", "chu", "tô", "tạ", "kiều", "lương", "thân", "lục", "hứa",
    "la", "cao", "từ", "phùng", "kim", "khúc", "nông", "hầu", "vi", "mã", "lại", "tống", "nghiêm", "diệp",
    "âu", "ông", "khổng", "đàm", "châu", "doãn", "khương", "mạc", "quan", "thạch", "lã", "lữ", "giáp", "bế",
    "ninh", "tăng", "ung", "vy", "bạch", "chế", "đồ", "đới", "hàn", "kha", "khuất", "mạnh", "nhữ", "phí",
    "phó", "tôn", "trình", "viên", "ngọc", "dư", "hoa", "mẫn", "hán", "văn", "bành", "biện", "bồ", "cái",
    "cấn", "chung", "chương", "cung", "đái", "đậu", "đống", "hạ", "khâu", "khưu", "lăng", "lều", "liêu",
    "liễu", "lỗ", "mạch", "ngạc", "nhan", "nhâm", "quản", "sái", "sử", "thiều", "tiêu", "trà", "trác",
    "tưởng", "ứng", "uông", "vòng", "khiếu", "lộ", "giả",
    # rarer family names of the civil registers: "Ôn Văn Tuấn", "Chử Thị Hoa", "Ngụy Văn Tám", "Bàng Văn Cẩn"
    "ôn", "chử", "nguỵ", "bàng", "mông",
}
MINORITY_NAME_STARTS = {
    # Tày, Nùng, Thái, Mường, Giáy, Lào, Lự: "Lò Văn Sương", "Cầm Thị Hoa", "Vì Văn Khà"
    "lò", "cầm", "quàng", "lường", "tòng", "điêu", "vì", "khà", "bạc", "lèo", "sầm", "hoàng", "nông", "xa",
    # Thái "Ngần Văn Thiêm", "Cà Văn Nhất", "Lự Văn ..."; Tày and Nùng "Ma Văn Hoàn", "Nịnh Văn ...", "Lành Thị ..."
    "ngần", "cà", "lự", "ma", "nịnh", "lành",
    # Mông: "Sùng Mí Dìn", "Giàng A Páo", "Vàng Mí Lử"; Dao: "Tẩn Láo San", "Bàn Văn Mảy", "Chảo Láo Lở"
    "giàng", "sùng", "vàng", "thào", "lầu", "mùa", "hờ", "cháng", "cứ", "mua", "vừ", "hạng", "tráng", "thò",
    "sình", "lù", "bàn", "chảo", "tẩn", "phàn", "chìu", "phàng", "lồ", "chẻo",
    # Hà Nhì, La Hủ, Si La, Cống: "Ly Xé Chu", "Lỳ A Pạ", "Pờ Dần Xò", "Chà Mí Lùng"
    "ly", "lỳ", "pờ", "chà",
    # Ba Na, Xơ Đăng, Giẻ Triêng, Hrê (A for men, Y for women): "A Thul", "Y Nhi"; Ê Đê and M'nông men: "Y Khút Niê"
    "a", "y", "h", "k",
    # Jrai clan names first: "Ksor Phước", "Rơ Chăm Long", "Siu Hao", "Nay Phi La", "Rmah Hlin", "Kpă Thuyên"
    "ksor", "rơ", "siu", "nay", "rmah", "kpă", "kpuih", "puih", "rahlan", "rcom",
    # K'Ho, Chu Ru, Mạ, Raglai, M'nông, Xtiêng: "Ya Tiong", "Ka Điệp", "Ha Sơn", "Điểu K'Ré", "Pi Năng Thị Thanh"
    "ya", "ka", "ha", "liêng", "điểu", "pi", "katơr", "chamaléa",
    # Khmer: "Danh Uol", "Thạch Sa Phol", "Chau Sóc Khonl", "Néang Sa Rết", "Sơn Thị ..." is left out (a place
    # syllable in hundreds of unit names)
    "danh", "chau", "néang", "neáng",
    # Chăm: "Đàng Năng Thọ", "Trượng Thị ...", "Bá Văn ..."
    "đàng", "trượng", "bá",
    # Cơ Tu: "A Lăng Thị Huệ", "Bh'ling Mia", "Pơloong Plênh", "Zơrâm Đăng", "Clâu Nhím", "Ating Tương"
    "bh", "pơloong", "zơrâm", "clâu", "ating", "alăng", "bríu", "coor", "blúp",
}
SURNAMES = KINH_SURNAMES | MINORITY_NAME_STARTS

# --- counted nouns -------------------------------------------------------------------------------------------
# What follows a number decides which table it belongs to. Longest phrases first; "," may carry spaces.
MODEL_NOUNS = (
    # models and exemplars counted together, in either order and with their qualifiers ("mô hình, gương điển hình",
    # "điển hình, mô hình", "mô hình hay, điển hình tiêu biểu")
    (r"mô hình(?: hay| tiêu biểu)?\s*(?:,|và)\s*(?:gương\s+)?điển hình", "mo_hinh_dien_hinh"),
    (r"mô hình (?:và )?điển hình(?! tiên tiến)", "mo_hinh_dien_hinh"),
    (r"(?:gương\s+)?điển hình(?: tiên tiến)?\s*(?:,|và)\s*mô hình", "mo_hinh_dien_hinh"),
    (r"(?:gương )?điển hình tiên tiến", "dien_hinh_tien_tien"),
    (r"gương điển hình", "dien_hinh"),
    (r"điển hình", "dien_hinh"),
    (r"mô hình", "mo_hinh"),
)
RECIPIENT_NOUNS = (
    # "210 lượt tập thể, cá nhân được khen thưởng" counts commendations given (ANNOTATION.md "lượt" on awards)
    (r"(?:lượt\s+)?(?:tập thể\s*(?:,|và|và các)\s*cá nhân|cá nhân\s*(?:,|và)\s*tập thể)", "mixed"),
    (r"(?:lượt\s+)?tập thể", "tap_the"),
    (r"(?:lượt\s+)?cá nhân", "ca_nhan"),
    (r"đồng chí", "dong_chi"),
    (r"(?:hộ )?gia đình", "ho_gia_dinh"),
)
# Words that may follow a money scale whose currency is left unwritten ("2,5 tỷ để xây nhà"): prepositions,
# conjunctions and the verbs of what the money did; never a noun, which the scale would count instead.
MONEY_SCALE_FOLLOWERS = ("để", "cho", "giúp", "từ", "và", "hỗ trợ", "ủng hộ", "xây", "xây dựng", "làm", "trong",
                         "của", "tiền mặt", "tiền và hiện vật", "gồm", "với", "nhằm", "đóng góp", "góp")
# Outcome units: (pattern after the number, unit). Money and area scales are the patterns' first group. Order
# matters: the first pattern that matches after a number wins ("hộ viên" before "hộ", "căn nhà" before "căn").
OUTCOME_NOUNS = (
    (r"(nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|vnđ|vnd|đ)\s*/\s*người\s*/\s*năm", "dong_per_nguoi_nam"),
    # an amount a year is money too ("doanh thu 1,2 tỷ đồng/năm": a model's yearly revenue or profit); other rates
    # ("đồng/kg", "đồng/tháng") are prices and wages, not results
    # the currency also written "đ" ("150.000.000đ", "2 tỷ đ")
    (r"(nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|vnđ|vnd|đ(?!\w))(?:\s*/\s*năm(?!\w))?(?!\s*/)", "dong"),
    # a money scale with the currency left unwritten ("vận động được 2,5 tỷ để xây nhà", "đóng góp hơn 800 triệu,",
    # "trị giá 100 triệu."): only the scales of millions and up, and only where no noun follows the scale (a clause
    # end or one of MONEY_SCALE_FOLLOWERS), so that "1,2 triệu người" and "2 triệu cây" stay counts of their nouns
    (r"(nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu)(?=\s*(?:[,.;:)]|$)|\s+(?:" + "|".join(MONEY_SCALE_FOLLOWERS) + r")(?!\w))",
     "dong"),
    (r"(?:căn |ngôi )?nhà(?! văn hoá| văn hóa| máy| nước| hàng| khách| trẻ| báo)", "nha"),
    # the noun of a house elided after its classifier: "xây mới 1.387 căn nhà, sửa chữa 823 căn"
    (r"căn(?: hộ)?(?! cứ| bệnh| nguyên)", "nha"),
    # people of a household: members of a group (ANNOTATION: people counted as helped or taking part)
    (r"hộ viên", "nguoi"),
    (r"hộ(?! liền kề| chiếu| lý| tịch| khẩu| trợ| sinh| viên| tống| tang| pháp| đê)", "ho"),
    (r"(triệu|nghìn|ngàn)?\s*(?:m2|m²|mét vuông)", "m2"),
    (r"(nghìn|ngàn)?\s*(?:ha|héc\s*-?\s*ta|hecta)(?!\w)", "ha"),
    (r"km(?!\w)", "km"),
    # gift packages; scholarships ("suất học bổng") and meals are not (their money is `dong`)
    (r"(?:suất quà|phần quà|suất(?! học bổng| ăn| đầu tư))", "suat_qua"),
    # people (not person-times: "45.000 lượt người" matches nothing, ANNOTATION "People", "More on lượt")
    (r"người(?! dân tộc| có công)", "nguoi"),
    (r"(?:học sinh|sinh viên|thí sinh|lao động|đối tượng)", "nguoi"),
    (r"(?:thành viên|hội viên|đoàn viên)", "thanh_vien"),
)
# Verbs that hand over gifts and houses: "một" right after one of them is a count of one ("trao một phần quà").
VERBS_OF_GIVING = ("trao tặng", "trao", "tặng", "bàn giao", "hỗ trợ", "xây tặng", "trao tặng thêm", "tặng thêm")
# Scale words of money and areas ("50,8 tỷ đồng", "1,2 triệu m2"): integers, so that amounts stay exact.
MONEY_SCALES = {None: 1, "": 1, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
                "nghìn tỷ": 10**12, "ngàn tỷ": 10**12}
# Square metres in a hectare (ANNOTATION: 1 ha = 10 000 m2).
M2_PER_HA = 10_000
# Background statistics are not outcomes of a movement. Matched in the quantity's own phrase only, never in a
# neighbour's: a cue at most OUTCOME_BACKGROUND_WORDS words before the number ("dân số trên 30 vạn người", "diện
# tích tự nhiên 1.200 ha") or in its noun phrase after it ("186 hộ với 812 nhân khẩu").
# (What is left to help is no background: the dev gold keeps "toàn tỉnh hiện còn hơn 51.600 hộ nghèo, cận nghèo cần
# giúp đỡ" as an outcome.)
OUTCOME_BACKGROUND_BEFORE = ("dân số", "diện tích tự nhiên", "diện tích đất tự nhiên")
OUTCOME_BACKGROUND_WORDS = 3
OUTCOME_BACKGROUND_AFTER = ("nhân khẩu", "khẩu", "đảng viên", "cử tri", "sinh sống", "cư trú")
# Targets and plans are not results (ANNOTATION "Outcomes are results"): a cue earlier in the quantity's clause
# ("phấn đấu vận động 250 triệu", "kế hoạch gieo cấy 1.200 ha", "chỉ tiêu xây 50 nhà") unless a verb of a
# completed action comes after it ("Thực hiện kế hoạch, huyện đã xây 20 nhà").
OUTCOME_TARGET_CUES = ("phấn đấu", "chỉ tiêu", "mục tiêu(?! quốc gia)", "kế hoạch(?! và đầu tư)", "dự kiến", "đề ra",
                       "sẽ", "định hướng", "dự định", "đặt ra", "nhằm", "chuẩn bị", "kêu gọi")
OUTCOME_DONE_CUES = ("đã", "vừa", "qua đó", "kết quả", "đến nay", "nhờ đó", "từ đó")
# Targets and quotas of models are no counts (ANNOTATION "Targets are not counts": "phấn đấu xây dựng 50 mô hình",
# "mỗi xã ít nhất 1 mô hình"): the cues of a target, read in the count's own clause (from its last comma) and undone
# by a completed action after them (OUTCOME_DONE_CUES). Narrower than OUTCOME_TARGET_CUES: models are built "theo
# Kế hoạch số ..." and "nhằm" a purpose, which make no target of them.
MODEL_TARGET_CUES = ("phấn đấu", "chỉ tiêu", "mục tiêu(?! quốc gia)", "dự kiến", "đề ra", "định hướng", "dự định",
                     "đặt ra", "sẽ")
# A quota per unit right before the number: "mỗi xã ít nhất 1 mô hình", "mỗi cơ quan, đơn vị xây dựng từ 1 đến 2 mô
# hình" (a per-item figure, never a total). Periods ("mỗi năm") are no items. The item runs at most 8 syllables
# ("cơ quan, đơn vị của huyện Bảo Thắng", 7).
MODEL_QUOTA = (r"(?<!\w)mỗi\s+(?!năm|tháng|quý|tuần|ngày|dịp|đợt|kỳ|lần)(?:[^\W\d_]+\s*,?\s+){1,8}?"
               r"(?:(?:phải|có|xây dựng|đăng ký|thực hiện|duy trì)\s+)?(?:(?:ít nhất|tối thiểu|từ)\s+)?"
               r"(?:\d+\s*(?:đến|tới|-|–)\s*)?$")
# A value per item is a rate, not an amount achieved ("mỗi suất quà trị giá 300 nghìn đồng", "mỗi căn 60 triệu
# đồng", "bình quân mỗi hộ 5 triệu đồng"): "mỗi" + a counted noun of up to three words, optionally a verb of
# valuing, right before the number. Periods ("mỗi năm", "mỗi tháng") are not items.
PER_ITEM = (r"(?<!\w)mỗi\s+(?!năm|tháng|quý|tuần|ngày|dịp|đợt|kỳ|lần)(?:[^\W\d_]+\s+){1,3}?"
            r"(?:(?:được\s+)?(?:hỗ trợ|là|khoảng|trị giá|giá trị|có giá trị|tương đương|từ|với|mức)\s+)?$")
# The same rate written after the amount ("50 triệu đồng mỗi căn", "500 nghìn đồng một suất", "3 triệu đồng cho mỗi
# hộ", "1,5 triệu đồng mỗi tháng"): "mỗi"/"một" and an item or a period right after a money amount. A year is the
# one period kept, as "đồng/năm" is (a model's yearly revenue is money achieved); "đồng/tháng" and "mỗi tháng" are
# wages and savings rates.
PER_ITEM_AFTER = r"\s*(?:cho\s+|trên\s+)?(?:mỗi|một)\s+(?!năm(?!\w))[^\W\d_]"
# A count of households given with the people living in them ("thôn có 215 hộ, 870 khẩu", "120 hộ/560 nhân khẩu")
# describes a place: the count of people right after it, with or without a comma, a slash or "với".
POPULATION_PAIR = r"\s*(?:,|/|với|và|gồm)?\s*(?:hơn |gần |khoảng |trên )?\d[\d.]*\s*(?:nhân khẩu|khẩu)(?!\w)"
# Verbs of taking part: "120 cá nhân tham gia tranh tài" counts people (ANNOTATION "People").
PARTICIPATION_VERBS = r"(?:đã\s+|cùng\s+)?(?:tham gia|tham dự|dự thi|tranh tài|thi đấu|về dự)(?!\w)"
# Members count as a result when the group is formed or grows in the movement ("thành lập 12 câu lạc bộ với 480
# thành viên", "Tổ hợp tác hiện có 35 thành viên", "kết nạp 150 hội viên mới"), not as the size of a standing mass
# organisation ("Hội Nông dân xã có 1.500 hội viên"): a count right after "có"/"gồm" whose sentence names such a
# body, and no group or verb of forming, is a size.
MEMBERS_SIZE_BEFORE = r"(?<!\w)(?:hiện\s+|tổng cộng\s+)?(?:có|gồm)\s+(?:tổng số\s+|tổng cộng\s+)?$"
STANDING_BODIES = ("hội nông dân", "hội phụ nữ", "hội liên hiệp phụ nữ", "hội cựu chiến binh", "hội người cao tuổi",
                   "hội chữ thập đỏ", "hội khuyến học", "hội cựu thanh niên xung phong", "hội sinh viên", "chi hội",
                   "đoàn thanh niên", "huyện đoàn", "tỉnh đoàn", "công đoàn", "chi bộ", "đảng bộ", "mặt trận")
MEMBERS_FORMED_CUES = ("thành lập", "ra mắt", "kiện toàn", "hình thành", "kết nạp", "thu hút", "xây dựng", "vận động",
                       "phát triển", "tổ hợp tác", "hợp tác xã", "câu lạc bộ", "clb", "tổ", "nhóm", "mô hình",
                       "ban chỉ đạo")
# Households or people that describe a place, not a result: "Lai Hòa là xã ven biển có hơn 3.500 hộ, trong đó
# đồng bào Khmer chiếm khoảng 76%".
POPULATION_BEFORE = (r"(?<!\w)(?:là|gồm)\s+(?:một\s+)?(?:xã|huyện|thôn|ấp|bản|buôn|làng|phường|thị trấn|địa bàn|"
                     r"vùng)(?!\w)[^,;.]*(?<!\w)có\s*(?:tổng số\s*)?(?:hơn|gần|khoảng|trên)?\s*$")
# ... or given with the units or villages of the place before them: "huyện có 15 xã, 1 thị trấn với 35.000 hộ", "xã có
# 8 thôn với 2.100 hộ".
POPULATION_WITH_PLACES = (r"(?<![\w.,])\d[\d.]*\s+(?:xã|phường|thị trấn|đặc khu|thôn|ấp|bản|buôn|làng|xóm|khóm|sóc|"
                          r"tổ dân phố|khu phố|tổ)(?!\w)[^;.]{0,30}?\s+với\s*(?:tổng số\s*)?(?:hơn|gần|khoảng|trên)?\s*$")
# Money per head is an income (ANNOTATION.md `dong_per_nguoi_nam`): "thu nhập bình quân đầu người đạt 65 triệu đồng/năm",
# "thu nhập bình quân của người dân 72,5 triệu đồng", read in the amount's own clause.
INCOME_PER_HEAD_CUES = ("bình quân đầu người", "thu nhập đầu người", "thu nhập bình quân của người dân",
                        "thu nhập của người dân", "thu nhập bình quân người dân")
POPULATION_AFTER = r"^[^.;]{0,60}(?<!\w)chiếm\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d"
ATTENDEE_NOUN = r"đại biểu(?! quốc hội| hđnd| hội đồng)"

# --- verbs of the counted models -----------------------------------------------------------------------------
# Action of a count: the first of these in the verb chain just before the number ("xây dựng và nhân rộng được
# 839") or just after the noun ("1.240 mô hình ... đăng ký"). NULL_VERBS name other verbs, which make the action
# null when they come first ("triển khai xây dựng ... 8.419", "phát hiện, bồi dưỡng, nhân rộng 381").
ACTION_VERBS = {
    "xây dựng": "xay_dung", "hình thành": "xay_dung", "thành lập": "xay_dung", "xây dựng mới": "xay_dung",
    "đăng ký": "dang_ky", "đăng kí": "dang_ky",
    "công nhận": "cong_nhan",
    # a certificate of recognition: "cấp giấy chứng nhận 42 mô hình", "trao chứng nhận cho 15 mô hình"
    "chứng nhận": "cong_nhan", "giấy chứng nhận": "cong_nhan", "cấp giấy chứng nhận": "cong_nhan",
    "cấp chứng nhận": "cong_nhan", "trao giấy chứng nhận": "cong_nhan",
    "nhân rộng": "nhan_rong",
    "biểu dương": "bieu_duong", "tuyên dương": "bieu_duong", "vinh danh": "bieu_duong", "tôn vinh": "bieu_duong",
    "khen thưởng": "bieu_duong", "đề nghị khen thưởng": "bieu_duong", "đề nghị biểu dương": "bieu_duong",
    # An award given to models is an honour: "tặng Giấy khen cho 30 mô hình" ("tặng", "cho" are fillers).
    "giấy khen": "bieu_duong", "bằng khen": "bieu_duong", "trao thưởng": "bieu_duong",
}
NULL_VERBS = ("triển khai", "duy trì", "phát hiện", "bồi dưỡng", "thực hiện", "đại diện cho", "đại diện",
              "lựa chọn", "chọn", "giới thiệu", "tham gia", "khảo sát", "kiểm tra", "phát huy", "bình chọn",
              "tuyển chọn",
              # keeping models up and watching over them: "củng cố, nhân rộng 15 mô hình" is none of the codes
              "củng cố", "nâng chất", "nâng cao chất lượng", "kiện toàn", "vận hành", "theo dõi", "rà soát",
              "giám sát")
# Verbs that pick a subset of models already counted ("lựa chọn 55 mô hình tiêu biểu"): their count is a part of
# the total before it, and takes the action of its purpose clause ("... để nhân rộng").
SELECTION_VERBS = ("lựa chọn", "chọn", "bình chọn", "tuyển chọn", "chọn ra", "lựa chọn ra")
# Words that may sit inside a verb chain without ending it.
CHAIN_FILLERS = ("được", "đã", "và", "cùng", "thành công", "mới", "tiếp tục", "bình xét", "xét", "công bố",
                 "quyết định", "có quyết định", "đã có quyết định", "tổng số", "có tổng số", "tổng cộng", "có",
                 "hiện có", "gồm", "trên", "hơn", "khoảng", "gần", "tổng", "cho", "trao", "tặng",
                 # how well it was done, between the verb and the number: "triển khai có hiệu quả 128 mô hình"
                 "có hiệu quả", "hiệu quả", "thêm",
                 # the evaluation that leads to a recognition ("đánh giá, công nhận 55 mô hình", as "bình xét"), and
                 # verbs that govern the verb after them ("tổ chức biểu dương", "chỉ đạo xây dựng", "hỗ trợ xây dựng")
                 "đánh giá", "thẩm định", "xét duyệt", "tổ chức", "chỉ đạo", "hướng dẫn", "hỗ trợ", "vận động",
                 "giúp",
                 # a grade between verb and number: "được công nhận cấp tỉnh 46 mô hình"
                 *(f"cấp {word}" for word in GRADE_OF_WORD),
                 # the noun before the number: "Số mô hình ... được công nhận là 1.027", "... lên 356"
                 "là", "lên", "lên đến", "lên tới")

# --- fields ------------------------------------------------------------------------------------------------
# The five fields of ANNOTATION.md and every phrase that names one of them (matched in folded text):
#   van_hoa_xa_hoi: culture and society, and the branches the state files under it when they are named as a field
#     ("lĩnh vực giáo dục", "ngành y tế"; bare "giáo dục" is too often a verb: "tuyên truyền, giáo dục pháp luật");
#   quoc_phong_an_ninh: defence and security in all their names: "an ninh chính trị", "trật tự an toàn xã hội",
#     "giữ gìn an ninh", "an ninh trật tự", "quốc phòng, quân sự địa phương";
#   xay_dung_he_thong_chinh_tri: the political system, "xây dựng Đảng (và hệ thống chính trị)".
# A phrase here that holds a verb ("xây dựng nông thôn mới", "phát triển kinh tế") names a field, never a
# count's action (`clauses` blanks field phrases before it reads verbs).
FIELDS = (
    (r"(?:văn hoá\s*[-–,]?\s*xã hội|(?:lĩnh vực|ngành)\s+(?:giáo dục(?:\s*(?:-|–|,|và)\s*đào tạo)?|y tế))",
     "van_hoa_xa_hoi"),
    (r"(?:quốc phòng\s*[-–,]?\s*an ninh|an ninh\s*[-–,]?\s*quốc phòng|"
     r"(?:(?:giữ gìn|giữ vững|bảo đảm|đảm bảo)\s+)?(?:an ninh\s*[-–,]?\s*trật tự|an ninh chính trị|"
     r"trật tự\s*[-–,]?\s*an toàn xã hội)|(?:giữ gìn|giữ vững|bảo đảm|đảm bảo)\s+(?:an ninh|trật tự)|"
     r"quốc phòng\s*[-–,]?\s*quân sự(?: địa phương)?|quân sự\s*[-–,]?\s*quốc phòng(?: địa phương)?|"
     r"quân sự địa phương)", "quoc_phong_an_ninh"),
    (r"(?:xây dựng hệ thống chính trị|hệ thống chính trị|xây dựng đảng)", "xay_dung_he_thong_chinh_tri"),
    (r"(?:phát triển )?kinh tế(?!\s*[-–,]\s*(?:văn hoá|xã hội))", "kinh_te"),
    (r"(?:xây dựng )?nông thôn mới", "nong_thon_moi"),
)
# Words that open examples after a count: units named there are not the count's unit ("92 mô hình ..., tiêu biểu
# như mô hình ... ở xã Khánh Bình Tây Bắc").
EXAMPLE_CUES = r"(?<!\w)(?:tiêu biểu (?:như|là)|điển hình (?:như|là)|nổi bật (?:như|là)|như mô hình|tiêu biểu|điển hình)(?!\w)"
# The labels of a breakdown: a field ("lĩnh vực kinh tế") or a grade ("cấp huyện").
FIELD_PHRASE = "|".join(p for p, _ in FIELDS)
# A grade names one level word or several of one tier: "cấp huyện", "cấp xã, phường, thị trấn", "cấp phường, xã".
GRADE_WORD = r"(?:" + "|".join(sorted(GRADE_OF_WORD, key=len, reverse=True)) + r")(?!\w)"
GRADE_PHRASE = rf"cấp {GRADE_WORD}(?:\s*(?:,|và|/)\s*{GRADE_WORD})*"
BREAKDOWN_LABEL = rf"(?:(?:lĩnh vực\s+)?(?:{FIELD_PHRASE})|{GRADE_PHRASE})"
FIELD_CUE = r"(?:lĩnh vực|về|trong|ở|trên|đối với)"

# --- awards ------------------------------------------------------------------------------------------------
# Award words, first named wins ("biểu dương khen thưởng" is bieu_duong).
AWARDS = (
    (r"giấy khen", "giay_khen"), (r"bằng khen", "bang_khen"), (r"kỷ niệm chương|huy hiệu", "ky_niem_chuong"),
    (r"cờ thi đua|cờ", "co_thi_dua"),
    # state orders and medals have no code of their own: a commendation ("tặng Huân chương Lao động hạng Ba")
    (r"huân chương|huy chương", "khen_thuong"),
    (r"biểu dương|tuyên dương|tôn vinh|vinh danh|công nhận", "bieu_duong"),
    (r"khen thưởng|danh hiệu|khen", "khen_thuong"),
)
# A count of collectives/individuals is no award when its verb is one of these (registrants, exemplars found).
NOT_AWARD_VERBS = ("đăng ký", "đăng kí", "phát hiện", "bồi dưỡng", "tham gia", "tham dự", "dự thi", "đại diện",
                   "là những", "giới thiệu")
# Words that commend (ANNOTATION "Titles won en masse"): households recognised with a title in bulk ("4.000 hộ gia
# đình được công nhận gia đình văn hoá") are `ho` outcomes; a household count is an award only with one of these.
COMMENDATION_WORDS = ("khen thưởng", "khen", "tặng", "trao", "biểu dương", "tuyên dương", "vinh danh", "tôn vinh",
                      "giấy khen", "bằng khen", "kỷ niệm chương")
# A photo credit marks a sentence as a caption ("... trao Giấy khen cho 10 tập thể. (Ảnh: Hồng Anh)", "– Ảnh: T.L"):
# a caption never adds a count of recipients the body already counts (ANNOTATION.md "Headline counts").
PHOTO_CREDIT = r"(?:^|[\s(\[–-])(?:ảnh|photo)\s*:"
# Organisations that grant awards: an issuer phrase starts with one of these.
ISSUER_HEADS = (
    # party: committees, their boards and heads ("Đảng bộ huyện X", not "bộ huyện X")
    "ban thường vụ", "ban thường trực", "ban chấp hành", "ban dân vận", "ban chỉ đạo", "ban tuyên giáo", "ban thi đua", "bch",
    "btv", "bcđ", "đảng uỷ", "huyện uỷ", "tỉnh uỷ", "thành uỷ", "quận uỷ", "thị uỷ", "đảng bộ", "chi bộ",
    "ban tuyên giáo và dân vận", "ban tổ chức", "ban kiểm tra", "ban nội chính", "thường trực", "bí thư",
    "trưởng ban", "phó trưởng ban", "tổng bí thư",
    # state: people's committees and councils, ministries, departments, heads
    "ubnd", "uỷ ban", "uỷ ban nhân dân", "hđnd", "hội đồng nhân dân", "chủ tịch", "phó chủ tịch", "chủ tịch nước",
    "bộ trưởng", "thủ tướng", "chính phủ", "giám đốc", "bộ", "sở", "cục", "tổng cục", "hội đồng thi đua",
    "văn phòng", "trung ương", "lãnh đạo",
    # front and mass organisations: the Front, the five socio-political organisations and the mass associations the
    # Party and State entrust with tasks (Chữ thập đỏ, Khuyến học, Người cao tuổi, Cựu TNXP, Luật gia, Nạn nhân chất
    # độc da cam, Người mù, Đông y, Nhà báo, Văn học nghệ thuật, Sinh viên, Liên hiệp thanh niên, Liên minh HTX ...),
    # and their provincial and district bodies ("Tỉnh hội", "Huyện hội")
    "mttq", "uỷ ban mttq", "mặt trận", "uỷ ban mặt trận", "hội nông dân", "hội liên hiệp phụ nữ", "hội lhpn",
    "hội phụ nữ", "hội cựu chiến binh", "hội ccb", "đoàn thanh niên", "trung ương đoàn", "thành đoàn",
    "tỉnh đoàn", "huyện đoàn", "quận đoàn", "thị đoàn", "liên đoàn", "liên đoàn lao động", "tổng liên đoàn",
    "công đoàn", "hội chữ thập đỏ", "hội khuyến học", "hội người cao tuổi", "hội cựu thanh niên xung phong",
    "hội luật gia", "hội nạn nhân chất độc da cam", "hội người mù", "hội đông y", "hội nhà báo",
    "hội văn học nghệ thuật", "hội sinh viên", "hội liên hiệp thanh niên", "liên minh hợp tác xã",
    "liên hiệp các hội", "hội doanh nhân", "hội doanh nghiệp", "hội làm vườn", "hội cựu giáo chức",
    "hội bảo trợ", "tỉnh hội", "huyện hội", "thành hội", "quận hội", "thị hội",
    # military and police
    "bộ chỉ huy", "bộ chqs", "ban chỉ huy quân sự", "ban chqs", "bộ tư lệnh", "tư lệnh", "quân khu",
    "quân đoàn", "bộ đội biên phòng", "bđbp", "đảng uỷ quân sự", "quân uỷ", "công an", "chính uỷ",
    "đồn biên phòng", "hải đội", "sư đoàn", "lữ đoàn", "trung đoàn", "vùng cảnh sát biển", "hải quân",
    # branches of the state
    "ngân hàng", "kho bạc", "viện kiểm sát", "toà án", "bảo hiểm xã hội",
)
# Verbs of deciding between an issuer and its verb of giving ("Chủ tịch UBND tỉnh đã ký quyết định tặng ..."): they
# end the issuer's name.
ISSUER_DECIDING_VERBS = ("có quyết định", "ký quyết định", "ban hành quyết định", "ra quyết định", "quyết định")
# Words that name the giver an official hands an award over for ("Thay mặt Ban Thường vụ Tỉnh uỷ, đồng chí X trao
# Bằng khen cho 10 tập thể", "Thừa uỷ quyền của Thủ tướng Chính phủ, ..."): the issuer runs from them to the comma.
ON_BEHALF_CUES = ("thay mặt cho", "thay mặt", "thừa uỷ quyền của", "thừa uỷ quyền", "được sự uỷ quyền của",
                  "uỷ quyền của", "thừa lệnh")
# Phrases that hold an award word without commending anyone: the topic of commendation ("Về khen thưởng, ...") and
# the names of the emulation bodies and their work ("Hội đồng Thi đua - Khen thưởng huyện", "Ban Thi đua, Khen
# thưởng tỉnh", "công tác thi đua, khen thưởng").
EMULATION_BODY_NAME = r"thi đua\s*(?:[-–,]|và)?\s*khen thưởng"
NOT_AWARD_PHRASES = (r"(?:về|công tác|hình thức) khen thưởng", EMULATION_BODY_NAME)
# Words before a head that make it no issuer: "cán bộ", "toàn bộ", "nội bộ" (not "Bộ ...").
NOT_ISSUER_BEFORE_HEAD = ("cán", "toàn", "nội", "cả", "bộ")

# --- events --------------------------------------------------------------------------------------------------
# Nouns that name a gathering; a kind word within EVENT_KIND_WINDOW words after one gives the event's kind.
EVENT_NOUNS = ("hội nghị", "buổi lễ", "lễ", "hội thi", "ngày hội", "buổi gặp mặt", "gặp mặt", "họp mặt",
               "buổi họp mặt", "hội diễn", "liên hoan", "chương trình giao lưu", "đại hội thi đua", "diễn đàn",
               "toạ đàm", "hội nghị gặp mặt")
# Gatherings that take the kind of a review joined to them anywhere in the sentence ("họp mặt kỷ niệm ... và tổng
# kết", ANNOTATION.md).
GATHERING_NOUNS = ("họp mặt", "buổi họp mặt", "gặp mặt", "buổi gặp mặt", "hội nghị gặp mặt")
# Kind words in the order ANNOTATION.md resolves ties (the first named in the text wins, so order here only
# matters for overlapping words). "hội thi" inside "đại hội thi đua" (an emulation congress, hoi_nghi) is no contest.
EVENT_KINDS = (
    (r"sơ kết", "so_ket"), (r"tổng kết", "tong_ket"),
    (r"biểu dương|tuyên dương|tôn vinh|vinh danh|khen thưởng|trao tặng|trao (?:giấy|bằng|kỷ|cờ|danh)|gặp mặt điển hình",
     "bieu_duong"),
    (r"phát động", "phat_dong"), (r"giao lưu|hội thi(?! đua)|thi tìm hiểu", "giao_luu"),
)
EVENT_KIND_WINDOW = 8
# Nouns that are an event kind on their own.
SELF_KIND_NOUNS = {"hội thi": "giao_luu", "chương trình giao lưu": "giao_luu"}
# Event nouns that name a contest: a contest reviews no phase, so its event has no period (ANNOTATION.md "Periods
# of contests").
CONTEST_NOUNS = ("hội thi",)
# "chương trình" is a gathering only when a kind word names what it does ("chương trình tuyên dương điển hình",
# "chương trình tổng kết ..."); otherwise it is a scheme, a plan or an agenda ("Chương trình mục tiêu quốc gia").
# "buổi" (a session) and "đêm" (an evening programme) are ones the same way ("buổi giao lưu các điển hình", "đêm
# tôn vinh"); "buổi sáng", "Đêm 31/12" are not.
PROGRAMME_NOUNS = ("chương trình", "buổi", "đêm")
PROGRAMME_KIND_WORDS = ("tuyên dương", "biểu dương", "tôn vinh", "vinh danh", "sơ kết", "tổng kết", "phát động",
                        "giao lưu")
# A meeting ("cuộc họp") is a conference of the movement when it reviews results (ANNOTATION.md: fund meetings are
# hoi_nghi): one of MEETING_REVIEW_WORDS within EVENT_KIND_WINDOW words after the noun; a working session that
# grades or selects (MEETING_WORKING_WORDS in the same window) is no event (ANNOTATION.md "Working meetings").
MEETING_NOUNS = ("cuộc họp", "buổi họp", "phiên họp")
MEETING_REVIEW_WORDS = ("đánh giá kết quả", "sơ kết", "tổng kết", "kiểm điểm kết quả")
MEETING_WORKING_WORDS = ("phân loại", "chấm điểm", "thẩm định", "bình xét", "xét chọn", "xét duyệt", "lựa chọn")
# A ceremony whose words right after "lễ" hand over the movement's gifts (houses, gift packages, savings books,
# scholarships) is a ceremony of the movement, kind hoi_nghi (ANNOTATION.md "Ceremonies"), whatever else its
# sentence says; "khánh thành" before the handover does not make it a non-event.
GIFT_CEREMONY = (r"(?:khánh thành\s*(?:,|và)?\s*)?(?:bàn giao|trao tặng|trao|tặng|cấp)\s+(?:\d+\s+)?"
                 r"(?:căn |ngôi |suất |phần )?(?:nhà|quà|sổ|học bổng|bò|con giống|xe|thẻ bảo hiểm|công trình)(?!\w)")
# Verbs that hold a gathering: a gathering after one of them is reported as held even when a celebration cue came
# earlier in the sentence ("Hướng tới kỷ niệm ..., Ban Dân vận đã tổ chức Hội thi ...").
HOLDING_VERBS = ("tổ chức", "diễn ra", "khai mạc", "long trọng tổ chức")
# Kind words that a gathering takes when joined to it by "và" ("họp mặt kỷ niệm ... và tuyên dương ...").
JOINED_KIND_WORDS = ("sơ kết", "tổng kết", "biểu dương", "tuyên dương", "tôn vinh", "vinh danh", "khen thưởng")
# Words that make a gathering not (yet) happen or not be a reported conference.
EVENT_NEGATIVE_CUES = ("sẽ", "sắp", "dự kiến", "dự định", "kế hoạch", "chuẩn bị", "tổng duyệt", "khởi công",
                       "khánh thành", "tiếp xúc cử tri", "giao ban")
# A conference that is a body's plenary session ("Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ huyện", "Hội nghị
# Ban Thường vụ Tỉnh uỷ", "Hội nghị Trung ương 8") is an ordinary meeting, no event of a movement unless a kind
# word names it ("Hội nghị Ban Chấp hành ... tổng kết công tác năm"); named after a document word ("Nghị quyết Hội
# nghị Trung ương 5") it is no gathering at all.
PLENUM_BODIES = ("ban chấp hành", "bch", "ban thường vụ", "btv", "trung ương", "thường trực", "hội đồng nhân dân",
                 "hđnd")
DOCUMENT_OF_A_CONFERENCE = ("nghị quyết", "kết luận", "chỉ thị", "thông báo kết luận")
# Words right before the verb that holds a gathering that make the holding a plan: "Hội nghị biểu dương ... huyện
# X sẽ được tổ chức vào tháng 11", "dự kiến diễn ra" (the gathering's long name may put them beyond the window).
PLANNED_HOLDING_CUES = ("sẽ", "sắp", "dự kiến", "dự định")
# Words that open a fronted clause setting the scene for the sentence's gathering: a gathering named in that clause
# ("Sau Hội thi ... hồi tháng 8, sáng 13/12 ... tổ chức hội nghị tổng kết") is background, not the report.
BACKGROUND_CLAUSE_CUES = ("sau", "sau khi", "sau thành công của", "tiếp nối", "tiếp theo", "nối tiếp", "tiếp sau",
                          "trước đó", "trước khi")
# Words that hold a negative cue but plan nothing ("sắp xếp tổ chức bộ máy": arranging).
# "Thực hiện kế hoạch ..., sáng 13/12 ... tổ chức": a gathering that carries out a plan is held.
NEGATIVE_CUE_LOOKALIKES = ("sắp xếp", "thực hiện kế hoạch", "triển khai thực hiện kế hoạch", "căn cứ kế hoạch")
# Gatherings named after these words anywhere earlier in the sentence are being celebrated, not reported
# ("Chương trình nhằm chào mừng Đại hội ...; Đại hội Thi đua yêu nước toàn quốc ...").
# Words that introduce one named person given an award ("cho bà Hoàng Thị Lan", "già làng A Thul được ... tặng").
PERSON_MARKERS = r"ông|bà|anh|chị|đồng chí|em|già làng"
# Collectives named after "tặng Giấy khen cho ...": one recipient each ("cho khu phố Phú Hiệp 2"); villages and
# groups, Party cells, mass organisations, offices of the state ("Thanh tra quận", "UBND phường Hải Thành", "Văn
# phòng Huyện uỷ", "Trung tâm Y tế"), schools, police, the army's units, firms and cooperatives.
COLLECTIVE_NOUNS = (r"khu phố|khu dân cư|thôn|ấp|bản|làng|buôn|xóm|khóm|tổ dân phố|chi hội|chi bộ|chi đoàn|"
                    r"đảng bộ|đảng uỷ|uỷ ban nhân dân|ubnd|uỷ ban mttq|mttq|mặt trận|thanh tra|văn phòng|trung tâm|"
                    r"hội|đoàn|ban|phòng|trường|công an|đồn|tổ|cụm|khối|trạm|hợp tác xã|htx|công ty|ngân hàng")
EVENT_CELEBRATED_CUES = ("chào mừng", "tiến tới", "hướng tới", "hướng về")
# Gatherings that are events by their name alone: a digest paragraph holding one reports an event even without a
# kind word ("khu phố ..., phường ... tổ chức Ngày hội Đại đoàn kết toàn dân tộc").
FESTIVAL_NOUNS = ("ngày hội", "đại hội thi đua", "liên hoan", "hội diễn", "hội thi")
# Words that launch one year's campaign or fund: the event launching "“Quỹ vì người nghèo” năm 2015" is held in 2015.
LAUNCH_WORDS = ("phát động", "ra quân", "khởi động")
# Words (or a colon) that open the examples of counted gatherings: "đã tổ chức 16 hội nghị, biểu dương ..., như: Hội nghị
# biểu dương ...; Hội nghị ..." names some of the 16, not the event the article reports.
# Spelled and vague counts before a gathering noun: "tổ chức hai hội nghị", "hàng chục buổi giao lưu", "nhiều hội
# nghị" are statistics of gatherings, like "12 hội nghị" ("năm" is left out: it is also "year").
GATHERING_COUNT_WORDS = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "chục", "hàng chục", "hàng trăm",
                         "hàng nghìn", "nhiều", "hàng loạt")
GATHERING_EXAMPLE_CUES = ("như", "gồm", "bao gồm", "trong đó", "điển hình là", "tiêu biểu là", "tiêu biểu như")
# A gathering counts only in an article about an emulation movement or mass mobilisation.
MOVEMENT_CUES = ("thi đua", "dân vận", "điển hình", "mô hình", "khen thưởng", "biểu dương", "tuyên dương",
                 "bằng khen", "giấy khen", "kỷ niệm chương", "cuộc vận động", "phong trào", "gia đình văn hoá",
                 "đại đoàn kết")
# A verb that by itself reports a review: "Cụm thi đua số 3 ... vừa tổng kết công tác thi đua".
REVIEW_VERBS = (r"(?:vừa|đã|tổ chức)\s+(sơ kết|tổng kết)",)
# Attendance cues that show a gathering took place even when only the headline names its kind.
ATTENDANCE_CUES = ("tham dự có", "dự hội nghị có", "đến dự có", "tới dự có", "dự lễ có", "cùng dự có")
# Quoted movement names after "phong trào"/"cuộc vận động".
MOVEMENT_DEFAULTS = (("thi đua", "thi đua yêu nước"), ("dân vận", "công tác dân vận"))

# --- officials -----------------------------------------------------------------------------------------------
# Heads of official titles (folded). A title runs from one of these to the name ("Bí thư Huyện uỷ Hương Sơn
# Bùi Nhân Sâm") or from the name's separator to the end of the clause ("Hoàng Văn Thắng – Phó Bí thư ...").
# Every position of the Party, the State, the Front and mass organisations, the army and police, schools, villages
# and cooperatives, by the rank word that opens it; matched longest first, so "phó trưởng ban" wins over "trưởng
# ban" and a body's name after the head ("Ban Dân vận Huyện uỷ") is part of the title.
TITLE_HEADS = (
    # Party
    "tổng bí thư", "bí thư", "phó bí thư", "phó bí thư thường trực", "bí thư chi bộ", "phó bí thư chi bộ",
    "uỷ viên", "uvtv", "uvbtv", "tuv", "huv", "tvtu", "btv", "pbt", "tỉnh uỷ viên", "huyện uỷ viên", "thành uỷ viên",
    "quận uỷ viên", "thị uỷ viên", "đảng uỷ viên", "thường trực",
    # State, courts, procuracy, inspection
    "chủ tịch", "phó chủ tịch", "pct", "chủ tịch nước", "thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng",
    "tổng cục trưởng", "phó tổng cục trưởng", "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng",
    "giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "chánh văn phòng", "phó chánh văn phòng",
    "chánh thanh tra", "phó chánh thanh tra", "chánh án", "phó chánh án", "viện trưởng", "phó viện trưởng",
    "đại biểu quốc hội", "đbqh", "đại biểu hđnd", "đại biểu hội đồng nhân dân", "công chức", "cán bộ", "chuyên viên",
    "chủ nhiệm", "phó chủ nhiệm", "tổng biên tập", "phó tổng biên tập", "tổng thư ký", "phó tổng thư ký",
    "thẩm phán", "kiểm sát viên",
    # heads of boards, delegations, departments, faculties, stations, blocks and clusters
    "trưởng ban", "phó trưởng ban", "phó ban", "trưởng ban thường trực", "phó trưởng ban thường trực",
    "trưởng ban dân vận", "trưởng ban công tác mặt trận", "phó trưởng ban công tác mặt trận",
    "trưởng đoàn", "phó trưởng đoàn", "đoàn trưởng", "trưởng phòng", "phó trưởng phòng", "phó phòng", "trưởng khoa",
    "phó trưởng khoa", "trưởng trạm", "phó trưởng trạm", "trạm trưởng", "trưởng khối", "trưởng cụm", "cụm trưởng",
    "trưởng đài", "phó trưởng đài", "trưởng chi nhánh", "phó trưởng chi nhánh",
    # Front and mass organisations, associations, groups
    "chi hội trưởng", "phó chi hội trưởng", "chi hội phó", "trưởng chi hội", "phó trưởng chi hội", "hội trưởng",
    "phó hội trưởng", "tổ trưởng", "tổ phó", "phó tổ trưởng", "trưởng tổ", "trưởng nhóm", "đội trưởng",
    "phó đội trưởng", "thành viên", "hội viên", "tổng phụ trách",
    # army, border guard and police (ranks are honorifics, dropped)
    "tư lệnh", "phó tư lệnh", "chính uỷ", "phó chính uỷ", "chính trị viên", "chính trị viên phó", "phó chính trị viên",
    "chỉ huy trưởng", "phó chỉ huy trưởng", "chỉ huy phó", "tham mưu trưởng", "phó tham mưu trưởng",
    "sư đoàn trưởng", "trung đoàn trưởng", "lữ đoàn trưởng", "tiểu đoàn trưởng", "đại đội trưởng", "đồn trưởng",
    "phó đồn trưởng", "trưởng đồn", "phó trưởng đồn", "xã đội trưởng", "xã đội phó", "thôn đội trưởng",
    "trung đội trưởng", "tiểu đội trưởng", "trưởng công an", "phó trưởng công an", "thủ trưởng",
    "cảnh sát khu vực", "công an viên",
    # schools
    "hiệu trưởng", "phó hiệu trưởng", "hiệu phó",
    # villages and residential groups (ANNOTATION.md: a named person with a title or role)
    "già làng", "người có uy tín", "trưởng dòng họ", "trưởng thôn", "phó trưởng thôn", "trưởng ấp",
    "phó trưởng ấp", "trưởng bản", "phó trưởng bản", "phó bản", "trưởng khóm", "phó trưởng khóm",
    "trưởng khu phố", "phó trưởng khu phố", "trưởng buôn", "phó trưởng buôn", "trưởng xóm", "phó trưởng xóm",
    "trưởng làng", "trưởng khu", "thôn trưởng", "ấp trưởng", "xóm trưởng", "bản trưởng", "khóm trưởng",
    # former holders keep "nguyên" (ANNOTATION.md)
    "nguyên",
)
# Bodies named with their purpose, whose names run on through verbs and quotes to the level word that closes them:
# "Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh", "Ban vận động quỹ “Vì người nghèo” huyện".
BODIES_WITH_PURPOSE = ("ban chỉ đạo", "ban tổ chức", "ban đại diện", "ban vận động", "ban công tác", "ban liên lạc",
                       "ban quản lý", "ban điều hành", "ban giám khảo", "ban chỉ huy", "hội đồng thi đua",
                       "tổ công tác", "đoàn công tác", "tổ chỉ đạo", "tiểu ban",
                       # groups of a village named with what they keep: "Tổ tự quản về an ninh trật tự thôn 5"
                       "tổ tự quản", "tổ hoà giải", "tổ an ninh", "tổ bảo vệ an ninh")
# Lower-case words after a level word that make it part of a body's name, not a unit that closes a title: "huyện
# đoàn", "xã đội", "tỉnh hội", "huyện uỷ".
LEVEL_BODY_WORDS = ("đoàn", "hội", "đội", "uỷ")
# Names of bodies written with a comma before a lower-case word: the Party committee of the Front and the mass
# organisations of 2025 ("Bí thư Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"). The comma does not end a title.
BODIES_HOLDING_COMMAS = ("mặt trận tổ quốc, các đoàn thể", "mttq, các đoàn thể", "mttq và các đoàn thể",
                         "mặt trận tổ quốc và các đoàn thể")
# Words after a comma that go on with the title before it: "Phó Bí thư Thường trực Thị uỷ, phụ trách Đảng bộ
# phường X", "Chủ tịch UBND xã, kiêm Chủ tịch Hội ...".
TITLE_CONTINUATIONS = ("phụ trách", "kiêm")
# Bodies whose name opens with a syllable that is also a surname, capitalised as the start of a name would be
# ("Phó trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh" holds no person "Đoàn Đại"). Folded, matched at the
# start of a capitalised run followed by a word boundary.
BODIES_OPENED_BY_SURNAMES = ("đoàn đại biểu", "đoàn đbqh", "đoàn chủ tịch", "đoàn thanh niên", "đoàn tncs", "đoàn công tác",
                             "đoàn kiểm tra", "đoàn giám sát", "đoàn khảo sát", "đoàn thể", "đoàn viên",
                             "đoàn luật sư", "đoàn nghệ thuật", "đoàn ca múa")
# Words before a name that make it a place named after a person ("xã Nguyễn Phích", "đường Trần Hưng Đạo", "ấp
# Lê Lợi"): the level words of units, villages and streets. A person's name never follows them directly.
# ("phố" alone is not listed: it ends "thành phố" and "khu phố", which the level and village words cover.)
STREET_WORDS = ("đường", "đại lộ", "ngõ", "ngách", "hẻm", "kiệt", "quảng trường")
# Nouns of delegations: a title head right after one is the delegation's name ("Thay mặt đoàn đại biểu Quốc hội
# tỉnh Nghệ An bà X": X's title is not stated there); "Trưởng đoàn", "Phó trưởng đoàn" are heads of their own.
DELEGATION_NOUNS = ("đoàn",)
# An aside opening with one of these words and a title is a former position, part of the title as written
# ("Bí thư Đảng uỷ xã X (nguyên Bí thư Huyện uỷ, Chủ tịch HĐND huyện Y)"; ANNOTATION.md: titles keep "nguyên").
FORMER_WORDS = ("nguyên",)
# Names that are never officials of an article: Hồ Chí Minh is quoted or cited, not present (ANNOTATION.md).
EXCLUDED_NAMES = {"hồ chí minh"}
# Years of the sexagenary cycle look like names ("Tết Giáp Thìn"): a stem followed by a branch is never a person.
CAN_STEMS = {"giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"}
CHI_BRANCHES = {"tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"}
# Abbreviations whose full stop does not end a clause: "Chủ tịch UBND TP. Sa Đéc Nguyễn Văn Út".
DOTTED_ABBREVIATIONS = {"tp", "tx", "h", "q", "p", "tt", "ths", "ts", "pgs", "gs", "bs"}
# Honorifics and ranks before a name: dropped from name and title (ANNOTATION.md: titles drop military ranks).
HONORIFICS = ("đồng chí", "đ/c", "ông", "bà", "anh", "chị", "cụ",
              # ranks of the army, border guard and police
              "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá",
              "thiếu tá", "đại uý", "thượng uý", "trung uý", "thiếu uý", "chuẩn uý", "thượng sĩ", "trung sĩ",
              "hạ sĩ",
              # academic degrees and titles of honour
              "nhà giáo", "thầy", "cô", "tiến sĩ", "thạc sĩ", "ts.", "ths.", "pgs.ts", "gs.ts", "pgs.ts.",
              "gs.ts.", "pgs.", "gs.")
# Words that end a title written after the name: the verb of the sentence or the start of another phrase. They end
# a title only where the text writes them in lower case ("Ban Chỉ đạo", "Sở Thông tin" are names of bodies).
TITLE_STOPS = ("đã", "đánh giá", "nhấn mạnh", "phát biểu", "chủ trì", "kết luận", "trao", "tặng", "cho biết",
               "đề nghị", "khẳng định", "dự", "tham dự", "vinh danh", "làm", "ghi nhận", "báo cáo", "chỉ đạo",
               "thăm", "gửi", "chúc mừng", "trình bày", "yêu cầu", "cùng", "được", "là", "có", "nói", "phát động",
               "động viên", "kiểm tra", "nêu", "chia sẻ", "bày tỏ", "mong muốn", "đọc", "công bố", "quán triệt",
               "giao", "dâng", "thay mặt", "tại hội nghị", "tại buổi", "vừa", "sẽ", "cũng", "lưu ý", "biểu dương",
               "tuyên dương", "hoan nghênh", "đánh giá cao", "trao đổi", "giải trình", "tiếp thu", "nhận", "và các",
               "cùng các", "với", "các đồng chí", "đồng chí", "đại diện", "lãnh đạo", "thường xuyên",
               # verbs of reporting and feeling that open a quote or a paraphrase ("-cho hay", "tâm sự")
               "cho hay", "cho rằng", "tâm sự", "kể", "kể lại", "nhớ lại", "bộc bạch", "phấn khởi", "vui mừng",
               "hào hứng", "nhận định", "nhận xét", "phân tích", "lý giải", "trả lời", "tự hào", "thông tin",
               "thông báo", "ví dụ", "kiến nghị", "đề xuất", "trăn trở",
               # a cause, an owner or a time after the title: "thành viên Ban ... ấp X vì đã có thành tích",
               # "hội viên ... của ông X", "khi được hỏi"
               "vì", "của", "khi", "luôn", "đang", "thì",
               # what the official does next: "... xã Quang Lịch giới thiệu mô hình", "... Huyện uỷ X về kết quả"
               "giới thiệu", "hướng dẫn", "khai mạc", "bế mạc", "tham luận", "giải thích", "cảm ơn", "kêu gọi",
               "khuyến khích", "chỉ rõ", "điểm lại", "tập trung", "cần", "phải", "để", "nhằm", "nhờ", "mà",
               "về", "tới", "đến", "đi", "xuống", "ký",
               # what a delegation of deputies or leaders does on a visit: "... Hội Nông dân tỉnh tiếp xúc cử tri"
               "tiếp xúc", "khảo sát", "gặp gỡ", "đối thoại", "lắng nghe", "tham quan", "chúc")
# Nouns that hold a word of TITLE_STOPS inside the names of bodies: the stop word does not end the title there
# ("Giám đốc Trung tâm Dịch vụ việc làm", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "Chủ nhiệm Uỷ
# ban kiểm tra Đảng uỷ xã", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội", "Phòng Kinh tế - Hạ tầng và
# giao thông", "Ban Quản lý dự án").
NOUNS_HOLDING_STOPS = ("việc làm", "giáo dục thường xuyên", "người có công", "uỷ ban kiểm tra", "giao dịch",
                       "giao thông", "dự án", "dự toán")
# The second syllable of a personal name that no place name has there: the middle names of Kinh men and women and
# of Mông men ("Văn", "Thị", "A", "Mí", "Seo"), of Dao men ("Láo"). A run after a village word with one of these
# second is the head's name, not the village's ("Trưởng thôn Nguyễn Văn Nam", "Trưởng bản Lầu A Sình").
MIDDLE_NAMES = ("văn", "thị", "a", "mí", "seo", "láo")
# Name starts of the Ê Đê, Jrai and M'nông (a gender prefix), whose names run to five syllables when the clan name
# has two: "Y Thanh Hà Niê Kdăm", "H'Hồng Buôn Yă".
FIVE_SYLLABLE_NAME_STARTS = ("y", "h")
# Nouns opened by a syllable that is also a surname: "Văn hoá Thể thao" is no mis-cased name ("Bùi nhân Sâm").
WORDS_OPENED_BY_SURNAMES = {"văn hoá", "văn phòng", "văn nghệ", "văn minh", "văn bản", "văn học", "văn thư",
                            "đồng bào", "đồng chí", "đồng thời", "cao su", "cao tuổi", "kim loại", "hoa màu",
                            "quan tâm", "quan hệ", "chung cư", "cung cấp", "thân nhân", "tôn giáo", "mai táng",
                            "lâm nghiệp", "lâm sản"}
# Role of an official from the verbs of their sentence (first match wins).
ROLES = (("chủ trì", "chu_tri"), ("kết luận", "ket_luan"), ("phát biểu", "phat_bieu"), ("trao", "trao_thuong"),
         ("tặng", "trao_thuong"), ("vinh danh", "trao_thuong"), ("dự", "du"))

# --- movements ---------------------------------------------------------------------------------------------------
# The emulation movements and campaigns the dataset distinguishes: (movement_code, usual name, folded patterns).
# Order matters: the first code whose pattern matches a movement's name wins, so the specific movements come
# before the generic ones ("phong trào thi đua Dân vận khéo" is dan_van_kheo, not thi_dua_yeu_nuoc). The list
# covers the national movements and campaigns launched by the Party, the State and the Front (Chỉ thị, Nghị quyết
# and Quyết định naming them); `khac` is any other named movement.
MOVEMENTS = (
    ("dan_van_kheo", "Dân vận khéo", (r"dân vận khéo",)),
    ("toan_dan_doan_ket", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
     (r"toàn dân đoàn kết xây dựng", r"đoàn kết xây dựng đời sống văn hoá", r"gia đình văn hoá",
      r"ngày hội đại đoàn kết", r"khu dân cư văn hoá")),
    ("vi_nguoi_ngheo", "Vì người nghèo",
     (r"vì người nghèo", r"nhà đại đoàn kết", r"không để ai bị bỏ lại phía sau", r"xoá nhà tạm")),
    ("nong_thon_moi", "Cả nước chung sức xây dựng nông thôn mới",
     (r"chung sức xây dựng nông thôn mới", r"cả nước chung sức")),
    ("bao_ve_an_ninh_to_quoc", "Toàn dân bảo vệ an ninh Tổ quốc",
     (r"toàn dân bảo vệ an ninh tổ quốc", r"bảo vệ an ninh tổ quốc", r"bảo vệ antq", r"toàn dân bảo vệ")),
    ("hang_viet", "Người Việt Nam ưu tiên dùng hàng Việt Nam", (r"ưu tiên dùng hàng việt nam",)),
    ("hoc_tap_lam_theo_bac", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     (r"học tập và làm theo (?:tư tưởng|tấm gương)",)),
    ("thi_dua_yeu_nuoc", "thi đua yêu nước",
     (r"thi đua yêu nước", r"điển hình tiên tiến", r"thi đua[ ,]+khen thưởng", r"đại hội thi đua",
      r"phong trào thi đua", r"cụm thi đua", r"khối thi đua")),
    ("cong_tac_dan_van", "công tác dân vận", (r"công tác dân vận", r"(?<!ban )(?<!khối )dân vận")),
)
# Codes that name emulation or mass mobilisation in general: an article takes one of them only when it names no
# specific movement.
GENERIC_MOVEMENTS = ("thi_dua_yeu_nuoc", "cong_tac_dan_van")
MOVEMENT_CODES = tuple(code for code, _, _ in MOVEMENTS) + ("khac",)
# Words that show an article reports an emulation movement or mass-mobilisation work even when no movement is
# named: commendation, models and exemplars, emulation. An article with none of these and no named movement (a flood
# visit, a groundbreaking, a council session) yields no movement facts.
MOVEMENT_ARTICLE_CUES = (r"thi đua", r"dân vận", r"phong trào", r"cuộc vận động", r"mô hình", r"điển hình",
                         r"khen thưởng", r"biểu dương", r"tuyên dương", r"tôn vinh", r"vinh danh", r"bằng khen",
                         r"giấy khen", r"kỷ niệm chương", r"đại đoàn kết", r"vì người nghèo")
# Words of mobilising people that also occur in news about no movement: a flood visit "vận động" donations, a
# council session reviews "nông thôn mới", a groundbreaking serves "an sinh xã hội". Without a cue above, an
# article reports a movement only when it uses at least MOVEMENT_ARTICLE_WEAK_NEEDED different ones of these
# ("vận động bà con hiến đất làm đường").
MOVEMENT_ARTICLE_WEAK_CUES = (r"vận động", r"hiến đất", r"thoát nghèo", r"an sinh xã hội", r"nông thôn mới")
MOVEMENT_ARTICLE_WEAK_NEEDED = 2
