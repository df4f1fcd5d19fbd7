"""What each code of the enumerated columns means, for the codebook and the DuckDB column comments.

Keyed by the `Literal` types of `schemas.records`, so a code added there without a meaning here fails
`tests/test_codebook.py`. Meanings are the annotation guidelines' in short: the Vietnamese words that give the
code, and what a researcher should read into it.
"""

from __future__ import annotations

from schemas.records import (
    Action,
    Approx,
    Award,
    DatePrecision,
    EventKind,
    Level,
    ModelField,
    ModelKind,
    MovementCode,
    OutcomeUnit,
    Recipient,
    Role,
    UnitLevel,
)

MEANINGS: dict[object, dict[str, str]] = {
    Approx: {
        "exact": "the number as stated",
        "at_least": "a lower bound: hơn, trên (\"hơn 500\" is at least 500)",
        "approx": "about: khoảng, gần, xấp xỉ",
        "at_most": "an upper bound: dưới, không quá",
    },
    EventKind: {
        "so_ket": "sơ kết: interim review of a phase of the movement",
        "tong_ket": "tổng kết: final review of a phase",
        "bieu_duong": "biểu dương, tôn vinh, vinh danh, tuyên dương: ceremony honouring models and people",
        "phat_dong": "phát động: launch of a movement or campaign",
        "giao_luu": "giao lưu, hội thi: exchange or contest",
        "hoi_nghi": "any other conference or ceremony of the movement (đại hội thi đua, festivals, handovers)",
    },
    Role: {
        "chu_tri": "chủ trì: chaired the event",
        "ket_luan": "kết luận: gave the concluding address",
        "phat_bieu": "phát biểu: spoke",
        "du": "dự: attended",
        "trao_thuong": "trao thưởng, trao tặng: handed out awards",
        "other": "another part in the event",
    },
    ModelKind: {
        "mo_hinh": "mô hình: models (practices, projects) of the movement",
        "dien_hinh": "điển hình: exemplars (people or collectives held up as examples)",
        "mo_hinh_dien_hinh": "\"mô hình, điển hình\": one combined count of models and exemplars that cannot be split",
        "dien_hinh_tien_tien": "điển hình tiên tiến: advanced exemplars",
    },
    ModelField: {
        "kinh_te": "economy (lĩnh vực kinh tế)",
        "van_hoa_xa_hoi": "culture and society (văn hóa - xã hội)",
        "quoc_phong_an_ninh": "defence and security (quốc phòng - an ninh)",
        "xay_dung_he_thong_chinh_tri": "building the political system (xây dựng hệ thống chính trị)",
        "nong_thon_moi": "new countryside programme (xây dựng nông thôn mới)",
    },
    Action: {
        "xay_dung": "xây dựng, hình thành: built, set up",
        "dang_ky": "đăng ký: registered (committed to build)",
        "cong_nhan": "công nhận: recognised by a committee",
        "nhan_rong": "nhân rộng: replicated elsewhere",
        "bieu_duong": "biểu dương, tuyên dương, vinh danh, khen thưởng: honoured or proposed for commendation",
    },
    Level: {
        "cap_tinh": "graded at province level (cấp tỉnh; cấp thành phố of a province-level city)",
        "cap_huyen": "graded at district level (cấp huyện)",
        "cap_xa": "graded at commune level (cấp xã, cấp cơ sở)",
    },
    Recipient: {
        "tap_the": "tập thể: collectives (organisations, villages, units)",
        "ca_nhan": "cá nhân: individuals",
        "mixed": "tập thể, cá nhân: collectives and individuals counted together",
        "dong_chi": "đồng chí: comrades given a medal (kỷ niệm chương)",
        "ho_gia_dinh": "hộ gia đình: households commended",
    },
    Award: {
        "giay_khen": "giấy khen: certificate of merit (district or lower)",
        "bang_khen": "bằng khen: certificate of merit (province or central)",
        "ky_niem_chuong": "kỷ niệm chương: commemorative medal",
        "co_thi_dua": "cờ thi đua: emulation flag",
        "khen_thuong": "khen thưởng: commendation of unspecified form",
        "bieu_duong": "biểu dương: honoured without a named award",
    },
    UnitLevel: {
        "tinh": "tỉnh: province",
        "thanh_pho": "thành phố: city (province-level or district-level)",
        "huyen": "huyện: rural district",
        "thi_xa": "thị xã: district-level town",
        "quan": "quận: urban district",
        "xa": "xã: rural commune",
        "phuong": "phường: urban ward",
        "thi_tran": "thị trấn: township",
    },
    MovementCode: {
        "dan_van_kheo": "Dân vận khéo (skilful mass mobilisation)",
        "toan_dan_doan_ket": "Toàn dân đoàn kết xây dựng đời sống văn hóa (all people unite to build a cultural life)",
        "vi_nguoi_ngheo": "Vì người nghèo (for the poor)",
        "nong_thon_moi": "Cả nước chung sức xây dựng nông thôn mới (new countryside)",
        "bao_ve_an_ninh_to_quoc": "Toàn dân bảo vệ an ninh Tổ quốc (all people protect national security)",
        "hang_viet": "Người Việt Nam ưu tiên dùng hàng Việt Nam (buy Vietnamese)",
        "hoc_tap_lam_theo_bac": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "thi_dua_yeu_nuoc": "thi đua yêu nước (patriotic emulation, the general movement)",
        "cong_tac_dan_van": "công tác dân vận (mass mobilisation work in general)",
        "khac": "another named movement",
    },
    DatePrecision: {
        "day": "the full date was given",
        "month": "only month and year were given (published is the month's first day)",
        "year": "only the year was given (published is 1 January)",
    },
    OutcomeUnit: {
        "dong": "money, in đồng (\"50,8 tỷ đồng\" is 50800000000)",
        "ho": "households",
        "nha": "houses (built or repaired)",
        "m2": "square metres (1 ha = 10 000 m2)",
        "km": "kilometres (roads, canals)",
        "suat_qua": "gift packages",
        "nguoi": "people (taking part, supported)",
        "thanh_vien": "members",
        "dong_per_nguoi_nam": "income, in đồng per person per year",
    },
}
