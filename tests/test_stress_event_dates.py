"""Stress suite for events and their dates: invented short articles (headline, lede, one body line) that walk the
space of date shapes, reference dates of every precision, headline/lede layouts, plans and counted gatherings,
event kinds and the event's unit. Every sentence is invented for the test; expected values follow
ANNOTATION.md (events, dates, "Settled conventions").

Each case gives the events as (kind, year, month, day, unit); `event_date` must agree with year, month and day.
"""

from __future__ import annotations

from datetime import date

import pytest


def _events(facts_of, title: str, lede: str, body: str, published: str | None):
    text = "\n".join(part for part in (title, lede, body) if part)
    events = facts_of(text, published=published, title=title or None)["events"]
    for e in events:  # a full date is stored only when day, month and year are all known
        full = e.event_year and e.event_month and e.event_day
        assert e.event_date == (date(e.event_year, e.event_month, e.event_day) if full else None)
    return [(e.kind, e.event_year, e.event_month, e.event_day, e.unit) for e in events]


def case(id_, title, lede, body, published, *expected):
    return pytest.param(title, lede, body, published, list(expected), id=id_)


DATE_SHAPES = [
    case("time-of-day",
         "Huyện Bố Trạch tổng kết phong trào thi đua “Dân vận khéo”",
         "Sáng 13/12, Ban Thường vụ Huyện ủy Bố Trạch tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” "
         "năm 2024.",
         "Năm 2024, toàn huyện xây dựng 126 mô hình “Dân vận khéo”.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Bố Trạch")),
    case("ngay-dashed",
         "Hội Nông dân huyện Yên Thành sơ kết 6 tháng đầu năm",
         "Ngày 8-7, Hội Nông dân huyện Yên Thành tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 "
         "tháng đầu năm 2024.",
         "Hội nghị đã biểu dương 15 hội viên sản xuất, kinh doanh giỏi.", "2024-07-09",
         ("so_ket", 2024, 7, 8, "huyện Yên Thành")),
    case("dotted-full-no-published",
         "Ngày hội Đại đoàn kết toàn dân tộc ở ấp Long Thạnh",
         "Ngày 05.11.2022, Ban Công tác Mặt trận ấp Long Thạnh, xã Phước Hưng tổ chức Ngày hội Đại đoàn kết toàn "
         "dân tộc.",
         "Dịp này, 5 hộ gia đình văn hóa tiêu biểu được tặng Giấy khen.", None,
         ("hoi_nghi", 2022, 11, 5, "xã Phước Hưng")),
    case("dotted-time-of-day",
         "Thị xã Hương Trà biểu dương gương điển hình",
         "Sáng 18.10, Ban Dân vận Thị ủy Hương Trà tổ chức hội nghị biểu dương các điển hình “Dân vận khéo”.",
         "Có 32 tập thể, cá nhân được khen thưởng.", "2023-10-19",
         ("bieu_duong", 2023, 10, 18, "thị xã Hương Trà")),
    case("words-full",
         "Đông Anh biểu dương điển hình “Dân vận khéo”",
         "Vào ngày 8 tháng 7 năm 2024, Huyện ủy Đông Anh tổ chức hội nghị biểu dương các điển hình “Dân vận "
         "khéo” giai đoạn 2021-2024.",
         "Hội nghị tặng Giấy khen cho 40 tập thể.", "2024-07-10",
         ("bieu_duong", 2024, 7, 8, "huyện Đông Anh")),
    case("words-no-year-month-published",
         "Tuy Phước tuyên dương gương điển hình",
         "Ngày 12 tháng 10, Ủy ban MTTQ huyện Tuy Phước tổ chức hội nghị tuyên dương gương điển hình trong cuộc vận "
         "động “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
         "Có 45 gương được tuyên dương.", "2023-10",
         ("bieu_duong", 2023, 10, 12, "huyện Tuy Phước")),
    case("two-days-dash",
         "Sôi nổi Hội thi “Dân vận khéo” tỉnh Quảng Trị",
         "Trong hai ngày 21-22/9, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức Hội thi “Dân vận khéo” năm 2023.",
         "Hội thi có 12 đội tham gia.", "2023-09-23",
         ("giao_luu", 2023, 9, 21, "tỉnh Quảng Trị")),
    case("trong-2-ngay",
         "Liên đoàn Lao động huyện Nghĩa Hành tổ chức hội thi",
         "Trong 2 ngày 8-9/11, Liên đoàn Lao động huyện Nghĩa Hành tổ chức hội thi tìm hiểu phong trào thi đua "
         "yêu nước trong công nhân lao động.",
         "Ban tổ chức trao giấy khen cho 6 đội đạt giải.", "2024-11",
         ("giao_luu", 2024, 11, 8, "huyện Nghĩa Hành")),
    case("tu-ngay-den",
         "Liên hoan mô hình “Dân vận khéo” thị xã Buôn Hồ",
         "Từ ngày 3 đến 5/10, Hội Liên hiệp Phụ nữ thị xã Buôn Hồ tổ chức liên hoan các mô hình “Dân vận khéo” "
         "năm 2024.",
         "Liên hoan có 14 mô hình tham gia.", "2024-10-07",
         ("hoi_nghi", 2024, 10, 3, "thị xã Buôn Hồ")),
    case("days-joined-by-va",
         "Hội thi tuyên truyền viên giỏi huyện Tân Kỳ",
         "Trong các ngày 15 và 16/8, Ban Tuyên giáo Huyện ủy Tân Kỳ tổ chức Hội thi tuyên truyền viên giỏi về phong "
         "trào thi đua “Dân vận khéo”.",
         "Hội thi thu hút 20 đội.", "2024-08-20",
         ("giao_luu", 2024, 8, 15, "huyện Tân Kỳ")),
    case("chieu-qua-bracketed",
         "Quận Hải Châu sơ kết 5 năm phong trào “Dân vận khéo”",
         "Chiều qua (25/6), Ban Dân vận Quận ủy Hải Châu tổ chức hội nghị sơ kết 5 năm thực hiện phong trào thi "
         "đua “Dân vận khéo”.",
         "Toàn quận có 210 mô hình.", "2024-06-26",
         ("so_ket", 2024, 6, 25, "quận Hải Châu")),
    case("hom-nay-bracketed",
         "Vĩnh Yên tổng kết công tác Mặt trận",
         "Hôm nay (12/3), Ủy ban MTTQ Việt Nam thành phố Vĩnh Yên tổ chức hội nghị tổng kết công tác Mặt trận năm "
         "2023 và biểu dương các điển hình tiên tiến.",
         "Có 18 tập thể được tặng Giấy khen.", "2024-03-12",
         ("tong_ket", 2024, 3, 12, "thành phố Vĩnh Yên")),
    case("weekday-with-ngay",
         "Phường Hưng Long biểu dương điển hình “Dân vận khéo”",
         "Sáng thứ Ba (ngày 4/6), Đảng ủy phường Hưng Long tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.",
         "Hội nghị tặng Giấy khen cho 9 tập thể.", "2024-06-05",
         ("bieu_duong", 2024, 6, 4, "phường Hưng Long")),
    case("weekday-bare-bracket",
         "Xã Mường Động tuyên dương 30 điển hình",
         "Chiều thứ Sáu (15/11), Đảng ủy xã Mường Động tổ chức hội nghị tuyên dương 30 điển hình “Dân vận khéo” "
         "năm 2025.",
         "Các điển hình thuộc nhiều lĩnh vực.", "2025-11-17",
         ("bieu_duong", 2025, 11, 15, "xã Mường Động")),
    case("weekday-after-date",
         "Huyện Krông Búk tổng kết công tác dân vận",
         "Sáng 10/1 (thứ Sáu), Ban Dân vận Huyện ủy Krông Búk tổ chức hội nghị tổng kết công tác dân vận năm 2024.",
         "Có 12 tập thể được khen thưởng.", "2025-01-11",
         ("tong_ket", 2025, 1, 10, "huyện Krông Búk")),
    case("date-after-the-verb",
         "Mường Lát tổng kết phong trào thi đua “Dân vận khéo”",
         "Ban Thường vụ Huyện ủy Mường Lát tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” vào sáng "
         "20/12.",
         "Toàn huyện có 64 mô hình.", "2024-12-22",
         ("tong_ket", 2024, 12, 20, "huyện Mường Lát")),
    case("vua-qua-no-date",
         "Krông Pắc tổng kết phong trào thi đua “Dân vận khéo”",
         "Vừa qua, Ban Dân vận Huyện ủy Krông Pắc tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm "
         "2024.",
         "Hội nghị khen thưởng 20 tập thể.", "2024-12-20",
         ("tong_ket", None, None, None, "huyện Krông Pắc")),
    case("moi-day-no-date",
         "Cựu chiến binh xã Ea Kao biểu dương hội viên",
         "Mới đây, Hội Cựu chiến binh xã Ea Kao tổ chức hội nghị biểu dương hội viên điển hình trong phong trào thi "
         "đua “Cựu chiến binh gương mẫu”.",
         "Có 11 hội viên được tặng Giấy khen.", "2024-09-03",
         ("bieu_duong", None, None, None, "xã Ea Kao")),
    case("ngay-date-vua-qua",
         "Hội LHPN huyện Đức Cơ tuyên dương phụ nữ tiêu biểu",
         "Ngày 8/3 vừa qua, Hội Liên hiệp Phụ nữ huyện Đức Cơ tổ chức chương trình tuyên dương phụ nữ tiêu biểu "
         "trong phong trào thi đua.",
         "Có 25 hội viên được biểu dương.", "2024-03-11",
         ("bieu_duong", 2024, 3, 8, "huyện Đức Cơ")),
    case("full-date-other-year-than-published",
         "Huyện Phú Lương tổng kết công tác dân vận",
         "Sáng 28/12/2023, Ban Dân vận Huyện ủy Phú Lương tổ chức hội nghị tổng kết công tác dân vận năm 2023.",
         "Có 15 tập thể được khen thưởng.", "2024-01-03",
         ("tong_ket", 2023, 12, 28, "huyện Phú Lương")),
    case("late-december-published-january",
         "Huyện Chợ Mới tổng kết phong trào thi đua",
         "Chiều 30/12, UBND huyện Chợ Mới tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2024.",
         "Có 40 tập thể được tặng Giấy khen.", "2025-01-02",
         ("tong_ket", 2024, 12, 30, "huyện Chợ Mới")),
    case("month-year-day-less",
         "Huyện Quế Sơn tổng kết phong trào",
         "Tháng 12/2024, Ban Dân vận Huyện ủy Quế Sơn tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Hội nghị biểu dương 30 điển hình.", "2025-01-15",
         ("tong_ket", 2024, 12, None, "huyện Quế Sơn")),
    case("month-without-year",
         "Xã Thăng Phú tôn vinh điển hình “Dân vận khéo”",
         "Trong tháng 10 vừa qua, Đảng ủy xã Thăng Phú tổ chức hội nghị tôn vinh các điển hình “Dân vận khéo”.",
         "Có 14 mô hình được tôn vinh.", "2025-11-02",
         ("bieu_duong", 2025, 10, None, "xã Thăng Phú")),
]

YEARS_FROM_THE_TEXT = [
    case("review-of-last-year-in-january",
         "Cụm thi đua số 4 tổng kết phong trào thi đua năm 2022",
         "Sáng 10/1, Cụm thi đua số 4 của tỉnh Hà Giang tổ chức hội nghị tổng kết phong trào thi đua năm 2022.",
         "Hội nghị đề nghị tặng Cờ thi đua cho 2 đơn vị.", None,
         ("tong_ket", 2023, 1, 10, "tỉnh Hà Giang")),
    case("review-of-the-year-in-december",
         "Huyện Tân Uyên tổng kết công tác dân vận",
         "Ngày 25/12, Ban Dân vận Huyện ủy Tân Uyên tổ chức hội nghị tổng kết công tác dân vận năm 2023.",
         "Hội nghị khen thưởng 14 tập thể.", None,
         ("tong_ket", 2023, 12, 25, "huyện Tân Uyên")),
    case("review-of-last-year-month-published",
         "Thành phố Bảo Lộc tổng kết phong trào thi đua “Dân vận khéo”",
         "Sáng 12/1, Thành ủy Bảo Lộc tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2023.",
         "Có 20 tập thể được khen thưởng.", "2024-01",
         ("tong_ket", 2024, 1, 12, "thành phố Bảo Lộc")),
    case("year-published-wins-over-name",
         "Huyện Hàm Tân tổng kết phong trào",
         "Ngày 10/1, Huyện ủy Hàm Tân tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2022.",
         "Có 15 mô hình được biểu dương.", "2023",
         ("tong_ket", 2023, 1, 10, "huyện Hàm Tân")),
    case("festival-of-its-year",
         "Ngày hội Đại đoàn kết ở xã Vũ Tiên",
         "Sáng 16/11, Ban Công tác Mặt trận thôn Đông, xã Vũ Tiên tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
         "2022.",
         "Dịp này, 8 hộ được tặng Giấy khen.", None,
         ("hoi_nghi", 2022, 11, 16, "xã Vũ Tiên")),
    case("part-year-with-year-june",
         "Huyện Văn Yên sơ kết công tác dân vận 6 tháng",
         "Chiều 28/6, Ban Dân vận Huyện ủy Văn Yên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.",
         "Hội nghị biểu dương 6 mô hình “Dân vận khéo”.", None,
         ("so_ket", 2024, 6, 28, "huyện Văn Yên")),
    case("part-year-with-year-october",
         "Huyện Bảo Yên sơ kết 9 tháng",
         "Ngày 5/10, Ủy ban MTTQ huyện Bảo Yên tổ chức hội nghị sơ kết công tác Mặt trận và phong trào thi đua 9 "
         "tháng đầu năm 2023.",
         "Có 5 tập thể được biểu dương.", None,
         ("so_ket", 2023, 10, 5, "huyện Bảo Yên")),
    case("quarter-with-year-april",
         "Phường Đông A sơ kết quý I",
         "Ngày 3/4, Đảng ủy phường Đông A tổ chức hội nghị sơ kết công tác dân vận quý I năm 2025.",
         "Phường có 8 mô hình “Dân vận khéo”.", None,
         ("so_ket", 2025, 4, 3, "phường Đông A")),
    case("part-year-without-year-no-published",
         "Huyện Mai Sơn sơ kết 6 tháng đầu năm",
         "Sáng 5/7, Ban Dân vận Huyện ủy Mai Sơn tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo” 6 tháng "
         "đầu năm.",
         "Toàn huyện có 55 mô hình.", None,
         ("so_ket", None, 7, 5, "huyện Mai Sơn")),
    case("part-year-without-year-month-published",
         "Huyện Mai Sơn sơ kết 6 tháng đầu năm",
         "Sáng 5/7, Ban Dân vận Huyện ủy Mai Sơn tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo” 6 tháng "
         "đầu năm.",
         "Toàn huyện có 55 mô hình.", "2024-07",
         ("so_ket", 2024, 7, 5, "huyện Mai Sơn")),
    case("phase-in-october",
         "Tuần Giáo tổng kết phong trào “Dân vận khéo”",
         "Sáng 15/10, Ban Dân vận Huyện ủy Tuần Giáo tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” "
         "giai đoạn 2020-2025.",
         "Giai đoạn này, huyện xây dựng 300 mô hình.", None,
         ("tong_ket", 2025, 10, 15, "huyện Tuần Giáo")),
    case("phase-in-january",
         "Huyện Điện Biên Đông tổng kết 5 năm",
         "Ngày 14/1, Huyện ủy Điện Biên Đông tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn "
         "2019 - 2024.",
         "Có 20 tập thể được khen thưởng.", None,
         ("tong_ket", 2025, 1, 14, "huyện Điện Biên Đông")),
    case("lan-thu-roman",
         "Đại hội Thi đua yêu nước huyện Thạch Hà lần thứ V",
         "Sáng 24/8, UBND huyện Thạch Hà long trọng tổ chức Đại hội Thi đua yêu nước lần thứ V, giai đoạn "
         "2020-2025.",
         "Đại hội khen thưởng 50 tập thể, 70 cá nhân.", None,
         ("hoi_nghi", 2025, 8, 24, "huyện Thạch Hà")),
    case("no-year-anywhere",
         "Huyện Than Uyên tổng kết phong trào",
         "Sáng 13/12, Ban Dân vận Huyện ủy Than Uyên tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Năm qua, huyện có 80 mô hình được công nhận.", None,
         ("tong_ket", None, 12, 13, "huyện Than Uyên")),
    case("a-target-year-gives-no-year",
         "Huyện Than Uyên tổng kết phong trào",
         "Sáng 13/12, Ban Dân vận Huyện ủy Than Uyên tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Huyện phấn đấu đến năm 2025 mỗi xã có ít nhất 5 mô hình.", None,
         ("tong_ket", None, 12, 13, "huyện Than Uyên")),
    case("year-published-only",
         "Xã Ô Diên biểu dương điển hình",
         "Ngày 17/11, Đảng ủy xã Ô Diên tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.",
         "Có 10 tập thể được tặng Giấy khen.", "2025",
         ("bieu_duong", 2025, 11, 17, "xã Ô Diên")),
    case("month-published-same-month",
         "Huyện Chư Prông tổng kết",
         "Tối 2/12, Huyện đoàn Chư Prông tổ chức chương trình tổng kết phong trào thanh niên tình nguyện.",
         "Có 12 tập thể được khen thưởng.", "2023-12",
         ("tong_ket", 2023, 12, 2, "huyện Chư Prông")),
    case("month-published-later-month",
         "Huyện Sìn Hồ tổng kết công tác dân vận",
         "Chiều 29/12, Ban Dân vận Huyện ủy Sìn Hồ tổ chức hội nghị tổng kết công tác dân vận.",
         "Có 9 tập thể được khen thưởng.", "2024-01",
         ("tong_ket", 2023, 12, 29, "huyện Sìn Hồ")),
]

LAYOUTS = [
    case("headline-names-lede-dates-without-noun",
         "Hội nghị tổng kết phong trào “Dân vận khéo” thị xã Ba Đồn",
         "Sáng 26/12, Thị ủy Ba Đồn đánh giá kết quả 5 năm thực hiện phong trào thi đua “Dân vận khéo”.",
         "Toàn thị xã có 150 mô hình.", "2024-12-27",
         ("tong_ket", 2024, 12, 26, "thị xã Ba Đồn")),
    case("lede-names-next-sentence-dates",
         "Huyện Ia Grai tổng kết phong trào thi đua “Dân vận khéo”",
         "Ban Dân vận Huyện ủy Ia Grai vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2024. "
         "Hội nghị diễn ra vào sáng 18/12 tại hội trường UBND huyện.",
         "Có 12 tập thể được khen thưởng.", "2024-12-20",
         ("tong_ket", 2024, 12, 18, "huyện Ia Grai")),
    case("caption-dates",
         "Lâm Hà tuyên dương 50 điển hình “Dân vận khéo”",
         "Ban Dân vận Huyện ủy Lâm Hà vừa tổ chức hội nghị tuyên dương 50 điển hình “Dân vận khéo” giai đoạn "
         "2021-2025.",
         "Quang cảnh hội nghị sáng 9/10.", "2025-10-12",
         ("bieu_duong", 2025, 10, 9, "huyện Lâm Hà")),
    case("headline-kind-body-generic",
         "Ngày 15/10, xã Mường Động tuyên dương 30 điển hình “Dân vận khéo”",
         "Hội nghị có sự tham dự của đại diện các thôn, bản trong xã Mường Động.",
         "Dịp này, 12 tập thể được tặng Giấy khen.", "2025-10-16",
         ("bieu_duong", 2025, 10, 15, "xã Mường Động")),
    case("headline-names-lede-with-noun",
         "Hội Nông dân tỉnh Sơn La biểu dương nông dân sản xuất giỏi",
         "Sáng 20/11, Hội Nông dân tỉnh Sơn La tổ chức hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi giai "
         "đoạn 2021-2024.",
         "Có 100 hộ được biểu dương.", "2024-11-21",
         ("bieu_duong", 2024, 11, 20, "tỉnh Sơn La")),
    case("main-and-an-earlier-one",
         "Huyện Đắk Mil tổng kết phong trào “Dân vận khéo”",
         "Sáng 20/12, Huyện ủy Đắk Mil tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2024.",
         "Trước đó, tháng 6/2024, Huyện ủy đã tổ chức hội nghị sơ kết 6 tháng thực hiện phong trào.", "2024-12-21",
         ("tong_ket", 2024, 12, 20, "huyện Đắk Mil")),
    case("main-and-a-cited-ceremony",
         "Xã Bích Hào tổng kết phong trào thi đua",
         "Chiều 27/12, Đảng ủy xã Bích Hào tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2025.",
         "Tại Hội nghị biểu dương điển hình của tỉnh năm 2023, xã được tặng Bằng khen.", "2025-12-28",
         ("tong_ket", 2025, 12, 27, "xã Bích Hào")),
    case("main-and-a-planned-one",
         "Huyện Nông Cống sơ kết phong trào",
         "Sáng 12/7, Ban Dân vận Huyện ủy Nông Cống tổ chức hội nghị sơ kết 3 năm thực hiện phong trào thi đua "
         "“Dân vận khéo”.",
         "Dự kiến, tháng 10/2025, huyện sẽ tổ chức hội nghị biểu dương các điển hình tiêu biểu.", "2025-07-13",
         ("so_ket", 2025, 7, 12, "huyện Nông Cống")),
]

NO_EVENTS = [
    case("plan-du-kien",
         "Huyện Cam Lâm chuẩn bị tổng kết phong trào “Dân vận khéo”",
         "Ban Dân vận Huyện ủy Cam Lâm dự kiến tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” vào ngày "
         "20/12.",
         "Hiện các xã đã lựa chọn 25 mô hình tiêu biểu.", "2024-12-01"),
    case("plan-se-dien-ra",
         "Hội thi “Dân vận khéo” tỉnh Quảng Bình năm 2024",
         "Theo kế hoạch, Hội thi “Dân vận khéo” tỉnh Quảng Bình năm 2024 sẽ diễn ra từ ngày 15 đến 17/10.",
         "Mỗi huyện cử một đội tham gia.", "2024-09-20"),
    case("plan-sap-to-chuc",
         "Tân Châu sắp biểu dương điển hình “Dân vận khéo”",
         "Huyện ủy Tân Châu sắp tổ chức hội nghị biểu dương điển hình “Dân vận khéo” giai đoạn 2020-2025.",
         "Các xã đang hoàn thiện hồ sơ đề nghị khen thưởng.", "2025-09-20"),
    case("counted-with-examples",
         "Hội Nông dân huyện Chư Sê đẩy mạnh phong trào",
         "Năm 2024, Hội Nông dân huyện Chư Sê đã tổ chức 12 hội nghị biểu dương, điển hình là Hội nghị tôn vinh nông "
         "dân sản xuất giỏi.",
         "Hội có 8.000 hội viên.", "2024-12-05"),
    case("counted-spelled",
         "Mặt trận huyện Lục Yên với cuộc vận động",
         "Trong năm, Ủy ban MTTQ huyện Lục Yên đã tổ chức hai hội nghị biểu dương gương điển hình trong cuộc vận "
         "động “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
         "Toàn huyện có 9.000 hộ gia đình văn hóa.", "2024-12-05"),
    case("counted-plural-buoi",
         "Đoàn Thanh niên huyện Bắc Hà với phong trào tình nguyện",
         "Năm 2024, Huyện đoàn Bắc Hà phối hợp tổ chức 25 buổi giao lưu, tọa đàm về phong trào thanh niên tình "
         "nguyện.",
         "Có 1.200 đoàn viên tham gia.", "2024-12-05"),
]

KINDS = [
    case("launch-ceremony",
         "Phát động phong trào thi đua “Dân vận khéo” năm 2025",
         "Sáng 3/3, Ban Thường vụ Đảng ủy xã Vũ Tiên tổ chức lễ phát động phong trào thi đua “Dân vận khéo” năm "
         "2025.",
         "Các chi bộ đăng ký 20 mô hình.", "2025-03-04",
         ("phat_dong", 2025, 3, 3, "xã Vũ Tiên")),
    case("review-then-launch",
         "Huyện Hương Khê tổng kết và phát động thi đua",
         "Ngày 5/1, Huyện ủy Hương Khê tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2024 và phát "
         "động thi đua năm 2025.",
         "Có 22 tập thể được khen thưởng.", "2025-01-06",
         ("tong_ket", 2025, 1, 5, "huyện Hương Khê")),
    case("honouring-ceremony",
         "Tuyên dương gương thanh niên tiêu biểu thành phố Đà Nẵng",
         "Tối 14/10, Thành Đoàn Đà Nẵng tổ chức Lễ tuyên dương 20 gương thanh niên tiêu biểu trong phong trào thi "
         "đua.",
         "Các gương được tặng Bằng khen.", "2025-10-15",
         ("bieu_duong", 2025, 10, 14, "thành phố Đà Nẵng")),
    case("vinh-danh-programme",
         "Phường Tân Sơn Hòa vinh danh điển hình",
         "Tối 18/10, Đảng ủy phường Tân Sơn Hòa tổ chức chương trình vinh danh các điển hình “Dân vận khéo” năm "
         "2025.",
         "Có 16 mô hình được vinh danh.", "2025-10-20",
         ("bieu_duong", 2025, 10, 18, "phường Tân Sơn Hòa")),
    case("ton-vinh-conference",
         "Huyện Cẩm Xuyên tôn vinh điển hình tiên tiến",
         "Sáng 22/9, UBND huyện Cẩm Xuyên tổ chức hội nghị tôn vinh điển hình tiên tiến trong phong trào thi đua "
         "yêu nước.",
         "Có 60 tập thể được tặng Giấy khen.", "2024-09-23",
         ("bieu_duong", 2024, 9, 22, "huyện Cẩm Xuyên")),
    case("exchange-programme",
         "Giao lưu điển hình “Dân vận khéo” xã Quế Sơn Trung",
         "Tối 20/10, Đảng ủy xã Quế Sơn Trung tổ chức chương trình giao lưu các điển hình “Dân vận khéo”.",
         "Có 6 điển hình chia sẻ kinh nghiệm.", "2025-10-21",
         ("giao_luu", 2025, 10, 20, "xã Quế Sơn Trung")),
    case("exchange-session-buoi",
         "Giao lưu điển hình “Dân vận khéo” xã Hiếu Giang",
         "Chiều 12/10, Đảng ủy xã Hiếu Giang tổ chức buổi giao lưu các điển hình “Dân vận khéo” năm 2025.",
         "Có 5 điển hình chia sẻ kinh nghiệm.", "2025-10-14",
         ("giao_luu", 2025, 10, 12, "xã Hiếu Giang")),
    case("contest",
         "Hội thi “Dân vận khéo” phường Sa Huỳnh",
         "Ngày 26/9, Đảng ủy phường Sa Huỳnh tổ chức Hội thi “Dân vận khéo” năm 2025.",
         "Hội thi có 8 đội tham gia.", "2025-09-28",
         ("giao_luu", 2025, 9, 26, "phường Sa Huỳnh")),
    case("review-and-commendation",
         "Huyện Hòn Đất sơ kết và biểu dương",
         "Sáng 9/6, Huyện ủy Hòn Đất tổ chức hội nghị sơ kết 3 năm phong trào thi đua “Dân vận khéo” và biểu dương "
         "điển hình tiên tiến.",
         "Có 30 tập thể được khen thưởng.", "2023-06-10",
         ("so_ket", 2023, 6, 9, "huyện Hòn Đất")),
    case("anniversary-meeting-and-review",
         "Xã Triệu Bình họp mặt kỷ niệm và tổng kết phong trào",
         "Sáng 15/10, Đảng ủy xã Triệu Bình tổ chức họp mặt kỷ niệm 95 năm Ngày truyền thống công tác dân vận và "
         "tổng kết phong trào thi đua “Dân vận khéo” năm 2025.",
         "Có 10 tập thể được khen thưởng.", "2025-10-16",
         ("tong_ket", 2025, 10, 15, "xã Triệu Bình")),
    case("fund-meeting",
         "Ban Vận động Quỹ “Vì người nghèo” huyện Sông Hinh họp",
         "Ngày 16/10, Ban Vận động Quỹ “Vì người nghèo” huyện Sông Hinh tổ chức cuộc họp đánh giá kết quả vận động "
         "Quỹ năm 2024.",
         "Quỹ đã hỗ trợ xây dựng 20 căn nhà Đại đoàn kết.", "2024-10-17",
         ("hoi_nghi", 2024, 10, 16, "huyện Sông Hinh")),
    case("gift-ceremony",
         "Trao nhà Đại đoàn kết ở xã Bến Giằng",
         "Sáng 22/1, Ủy ban MTTQ xã Bến Giằng tổ chức lễ bàn giao 3 căn nhà Đại đoàn kết cho hộ nghèo.",
         "Mỗi căn nhà do Quỹ “Vì người nghèo” hỗ trợ.", "2025-01-23",
         ("hoi_nghi", 2025, 1, 22, "xã Bến Giằng")),
    case("emulation-congress",
         "Đại hội Thi đua yêu nước phường Trà Câu",
         "Sáng 14/8, Đảng ủy phường Trà Câu tổ chức Đại hội Thi đua yêu nước lần thứ I.",
         "Đại hội khen thưởng 15 tập thể.", "2025-08-15",
         ("hoi_nghi", 2025, 8, 14, "phường Trà Câu")),
    case("mass-mobilisation-review",
         "Xã Mai Hoa tổng kết công tác dân vận",
         "Ngày 18/12, Ban Dân vận Đảng ủy xã Mai Hoa tổ chức hội nghị tổng kết công tác dân vận năm 2025.",
         "Xã có 12 mô hình “Dân vận khéo”.", "2025-12-19",
         ("tong_ket", 2025, 12, 18, "xã Mai Hoa")),
    case("village-festival-2025-commune",
         "Ngày hội Đại đoàn kết ở thôn Thượng, xã Thư Trì",
         "Tối 12/11, thôn Thượng, xã Thư Trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
         "Dịp này, 6 hộ gia đình được tặng Giấy khen.", "2025-11-13",
         ("hoi_nghi", 2025, 11, 12, "xã Thư Trì")),
]

MORE_SHAPES = [
    case("sang-ngay-full-no-published",
         "Thị trấn Phù Mỹ tổng kết phong trào",
         "Sáng ngày 13/12/2024, Đảng ủy thị trấn Phù Mỹ tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Thị trấn có 18 mô hình.", None,
         ("tong_ket", 2024, 12, 13, "thị trấn Phù Mỹ")),
    case("toi-dashed",
         "Đoàn Thanh niên thị trấn Phù Mỹ tuyên dương đoàn viên",
         "Tối 30-4, Đoàn Thanh niên thị trấn Phù Mỹ tổ chức chương trình tuyên dương đoàn viên tiêu biểu trong phong "
         "trào thi đua.",
         "Có 20 đoàn viên được tuyên dương.", "2024-05-02",
         ("bieu_duong", 2024, 4, 30, "thị trấn Phù Mỹ")),
    case("sang-nay-dashed",
         "Krông Năng biểu dương điển hình “Dân vận khéo”",
         "Sáng nay 15-10, Ban Dân vận Huyện ủy Krông Năng tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.",
         "Có 30 điển hình được biểu dương.", "2024-10-15",
         ("bieu_duong", 2024, 10, 15, "huyện Krông Năng")),
    case("days-across-months",
         "Hội thi “Dân vận khéo” tỉnh Yên Bái",
         "Trong hai ngày 30/9 và 1/10, Ban Dân vận Tỉnh ủy Yên Bái tổ chức Hội thi “Dân vận khéo”.",
         "Hội thi có 9 đội.", "2024-10-02",
         ("giao_luu", 2024, 9, 30, "tỉnh Yên Bái")),
    case("from-date-to-date",
         "Hội thi “Dân vận khéo” tỉnh Lai Châu",
         "Từ ngày 28/9 đến ngày 1/10, Hội Liên hiệp Phụ nữ tỉnh Lai Châu tổ chức Hội thi “Dân vận khéo”.",
         "Hội thi có 9 đội.", "2024-10-02",
         ("giao_luu", 2024, 9, 28, "tỉnh Lai Châu")),
    case("days-joined-dashed",
         "Hội thi tìm hiểu phong trào thi đua ở huyện Ba Tơ",
         "Ngày 2 và 3-11, Liên đoàn Lao động huyện Ba Tơ tổ chức Hội thi tìm hiểu phong trào thi đua.",
         "Hội thi có 9 đội.", "2024-11-05",
         ("giao_luu", 2024, 11, 2, "huyện Ba Tơ")),
    case("spaced-slash",
         "Mường Nhé tổng kết phong trào",
         "Sáng 13 / 12, Ban Dân vận Huyện ủy Mường Nhé tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Mường Nhé")),
    case("month-opening-cuoi",
         "Xã Ân Hảo biểu dương điển hình",
         "Cuối tháng 11, Đảng ủy xã Ân Hảo tổ chức hội nghị biểu dương các điển hình “Dân vận khéo”.",
         "Có 9 điển hình.", "2025-12-03",
         ("bieu_duong", 2025, 11, None, "xã Ân Hảo")),
    case("month-opening-nay",
         "Hội thi “Dân vận khéo” xã Ân Hảo",
         "Tháng 9 này, Đảng ủy xã Ân Hảo tổ chức hội thi “Dân vận khéo”.",
         "Hội thi có 9 đội.", "2025-09-30",
         ("giao_luu", 2025, 9, None, "xã Ân Hảo")),
    case("month-opening-after-source-tag",
         "Nông dân xã Ân Hảo được tuyên dương",
         "(GL) - Trong tháng 10, Hội Nông dân xã Ân Hảo tổ chức hội nghị tuyên dương nông dân sản xuất giỏi.",
         "Có 9 hội viên.", "2025-11-01",
         ("bieu_duong", 2025, 10, None, "xã Ân Hảo")),
    case("after-arranging-units",
         "Xã Vĩnh Định biểu dương điển hình",
         "Sau khi sắp xếp đơn vị hành chính, sáng 20/10, Đảng ủy xã Vĩnh Định tổ chức hội nghị biểu dương điển hình "
         "“Dân vận khéo”.",
         "Có 9 điển hình.", "2025-10-21",
         ("bieu_duong", 2025, 10, 20, "xã Vĩnh Định")),
    case("part-year-6-thang-nam",
         "Xã Tân Phú Đông sơ kết công tác dân vận",
         "Sáng 30/6, Đảng ủy xã Tân Phú Đông tổ chức hội nghị sơ kết công tác dân vận 6 tháng năm 2023.",
         "Có 9 mô hình.", None,
         ("so_ket", 2023, 6, 30, "xã Tân Phú Đông")),
    case("quarter-and-next-quarter",
         "Huyện Hà Quảng sơ kết quý I",
         "Ngày 2/4, Ban Dân vận Huyện ủy Hà Quảng tổ chức hội nghị sơ kết quý I năm 2024, triển khai nhiệm vụ quý II.",
         "Có 9 mô hình.", None,
         ("so_ket", 2024, 4, 2, "huyện Hà Quảng")),
]

MORE_LAYOUTS = [
    case("next-sentence-held-on",
         "Huyện Mù Cang Chải tổng kết công tác dân vận",
         "Ban Dân vận Huyện ủy Mù Cang Chải vừa tổ chức hội nghị tổng kết công tác dân vận năm 2024.",
         "Hội nghị được tổ chức ngày 27/12 tại hội trường Huyện ủy.", "2024-12-30",
         ("tong_ket", 2024, 12, 27, "huyện Mù Cang Chải")),
    case("next-sentence-opened",
         "Hội thi “Dân vận khéo” huyện Bát Xát",
         "Ban Dân vận Huyện ủy Bát Xát vừa tổ chức Hội thi “Dân vận khéo” năm 2024.",
         "Hội thi khai mạc sáng 10/10 với 12 đội tham gia.", "2024-10-14",
         ("giao_luu", 2024, 10, 10, "huyện Bát Xát")),
    case("caption-speaker",
         "Xã Đăk Plô biểu dương điển hình",
         "Đảng ủy xã Đăk Plô vừa tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2025.",
         "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị chiều 15/10.", "2025-10-18",
         ("bieu_duong", 2025, 10, 15, "xã Đăk Plô")),
    case("next-sentence-after-generic-under-kind-headline",
         "Phường Đông A vinh danh điển hình",
         "Trong hội nghị, Đảng ủy phường Đông A đã trao Giấy khen cho 10 tập thể.",
         "Hội nghị diễn ra sáng 21/10.", "2025-10-23",
         ("bieu_duong", 2025, 10, 21, "phường Đông A")),
    case("lede-verb-without-noun",
         "Hội nghị biểu dương điển hình “Dân vận khéo” xã Tây Trà",
         "Ngày 12/10, Đảng ủy xã Tây Trà đã biểu dương 30 điển hình “Dân vận khéo” năm 2025.",
         "Các điển hình được tặng Giấy khen.", "2025-10-14",
         ("bieu_duong", 2025, 10, 12, "xã Tây Trà")),
    case("lede-assessment-without-noun",
         "Hội nghị sơ kết phong trào “Dân vận khéo” huyện Si Ma Cai",
         "Chiều 4/7, Huyện ủy Si Ma Cai đánh giá kết quả 3 năm thực hiện phong trào thi đua “Dân vận khéo”.",
         "Toàn huyện có 40 mô hình.", "2024-07-05",
         ("so_ket", 2024, 7, 4, "huyện Si Ma Cai")),
    case("generic-in-lede-awards-after-comma",
         "Tổng kết phong trào “Dân vận khéo” huyện Vân Canh",
         "Sáng 18/12, các đại biểu dự hội nghị đánh giá cao kết quả phong trào của huyện Vân Canh.",
         "Tại hội nghị, 20 tập thể được khen thưởng.", "2024-12-19",
         ("tong_ket", 2024, 12, 18, "huyện Vân Canh")),
    case("generic-with-attendance-under-review-headline",
         "Huyện Bảo Lâm sơ kết 3 năm phong trào “Dân vận khéo”",
         "Sáng 9/7, Ban Dân vận Huyện ủy Bảo Lâm tổ chức hội nghị với sự tham dự của 150 đại biểu.",
         "Tại hội nghị, 12 tập thể được tặng Giấy khen.", "2024-07-10",
         ("so_ket", 2024, 7, 9, "huyện Bảo Lâm")),
    case("generic-closed-by-comma",
         "Xã Quế Sơn Trung tổng kết phong trào thi đua",
         "Chiều 26/12, Đảng ủy xã Quế Sơn Trung tổ chức hội nghị, đánh giá kết quả phong trào thi đua “Dân vận "
         "khéo” năm 2025.",
         "Có 9 điển hình.", "2025-12-27",
         ("tong_ket", 2025, 12, 26, "xã Quế Sơn Trung")),
]

MORE_NO_EVENTS = [
    case("plan-long-name-se-duoc",
         "Hội nghị biểu dương điển hình huyện Mộc Châu",
         "Hội nghị biểu dương điển hình tiên tiến huyện Mộc Châu sẽ được tổ chức vào tháng 11.",
         "Các xã đang lựa chọn điển hình.", "2024-10-20"),
    case("plan-du-kien-dien-ra",
         "Hội nghị tổng kết phong trào “Dân vận khéo” dự kiến tổ chức tháng 12",
         "Hội nghị tổng kết phong trào thi đua “Dân vận khéo” của huyện Mường Chà dự kiến diễn ra vào ngày 20/12.",
         "Các xã đang hoàn thiện báo cáo.", "2024-11-20"),
    case("plan-sap-khai-mac",
         "Hội thi “Dân vận khéo” tỉnh Lai Châu sắp khai mạc",
         "Hội thi “Dân vận khéo” tỉnh Lai Châu lần thứ nhất sắp khai mạc tại thành phố Lai Châu.",
         "Có 10 đội đăng ký.", "2024-10-01"),
    case("counted-ba",
         "Mặt trận huyện Lục Yên với cuộc vận động",
         "Năm 2024, Ủy ban MTTQ huyện Lục Yên tổ chức ba hội nghị tuyên dương gương điển hình trong cuộc vận động.",
         "Toàn huyện có 9.000 hộ gia đình văn hóa.", "2024-12-05"),
    case("counted-hang-chuc",
         "Đoàn Thanh niên huyện Bắc Hà với phong trào tình nguyện",
         "Huyện đoàn Bắc Hà đã tổ chức hàng chục buổi giao lưu về phong trào thanh niên tình nguyện.",
         "Có 1.200 đoàn viên tham gia.", "2024-12-05"),
    case("counted-nhieu-coordinated",
         "Phụ nữ huyện Mường Khương thi đua",
         "Năm 2024, Hội Liên hiệp Phụ nữ huyện Mường Khương tổ chức nhiều hội thi, hội nghị biểu dương phụ nữ tiêu "
         "biểu.",
         "Có 500 hội viên tham gia.", "2024-12-05"),
    case("counted-coordinated",
         "Nông dân huyện Văn Bàn thi đua sản xuất",
         "Năm 2024, Hội Nông dân huyện Văn Bàn tổ chức 15 hội nghị, hội thi về phong trào nông dân thi đua sản xuất.",
         "Có 500 hội viên tham gia.", "2024-12-05"),
]

MORE_KINDS = [
    case("session-tuyen-duong",
         "Xã Sơn Tây Hạ tuyên dương điển hình",
         "Chiều 11/10, Đảng ủy xã Sơn Tây Hạ tổ chức buổi tuyên dương các điển hình “Dân vận khéo”.",
         "Có 9 điển hình.", "2025-10-12",
         ("bieu_duong", 2025, 10, 11, "xã Sơn Tây Hạ")),
    case("session-tong-ket",
         "Xã Mỹ Quí tổng kết phong trào",
         "Sáng 22/12, Đảng ủy xã Mỹ Quí tổ chức buổi tổng kết phong trào thi đua “Dân vận khéo” năm 2025.",
         "Có 9 điển hình.", "2025-12-23",
         ("tong_ket", 2025, 12, 22, "xã Mỹ Quí")),
    case("launch-of-a-month",
         "Phát động Tháng cao điểm “Vì người nghèo” huyện Hải Hậu",
         "Sáng 17/10, Ủy ban MTTQ huyện Hải Hậu tổ chức Lễ phát động Tháng cao điểm “Vì người nghèo” năm 2024.",
         "Các cơ quan ủng hộ 500 triệu đồng.", "2024-10-18",
         ("phat_dong", 2024, 10, 17, "huyện Hải Hậu")),
    case("launch-conference",
         "Thị xã Kỳ Anh phát động thi đua",
         "Ngày 3/2, Thị ủy Kỳ Anh tổ chức hội nghị phát động thi đua lập thành tích chào mừng Đại hội Đảng bộ các "
         "cấp.",
         "Các chi bộ đăng ký 30 mô hình.", "2025-02-04",
         ("phat_dong", 2025, 2, 3, "thị xã Kỳ Anh")),
    case("commend-and-reward",
         "Cựu chiến binh huyện Lộc Hà biểu dương hội viên",
         "Chiều 12/9, Hội Cựu chiến binh huyện Lộc Hà tổ chức hội nghị biểu dương, khen thưởng hội viên tiêu biểu.",
         "Có 9 hội viên.", "2024-09-13",
         ("bieu_duong", 2024, 9, 12, "huyện Lộc Hà")),
    case("round-table",
         "Tọa đàm về phong trào “Dân vận khéo” huyện Lộc Hà",
         "Ngày 5/9, Ban Dân vận Huyện ủy Lộc Hà tổ chức tọa đàm về phong trào thi đua “Dân vận khéo”.",
         "Có 9 mô hình.", "2024-09-06",
         ("hoi_nghi", 2024, 9, 5, "huyện Lộc Hà")),
]

# The event named in one sentence and dated in another of the lede (lines joined with "\n" in `lede`).
SPREAD = [
    case("dated-generic-lede-then-named",
         "Huyện Than Uyên nhìn lại 5 năm phong trào",
         "Sáng 13/12, Ban Dân vận Huyện ủy Than Uyên tổ chức hội nghị với sự tham dự của 150 đại biểu.\nTham dự có "
         "đồng chí Bí thư Huyện ủy.\nHội nghị tổng kết phong trào thi đua “Dân vận khéo” là dịp nhìn lại 5 năm thực "
         "hiện phong trào.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Than Uyên")),
    case("dated-generic-then-named-two-lines-on",
         "Nông dân huyện Krông Bông thi đua sản xuất",
         "Chiều 5/11, Hội Nông dân huyện Krông Bông tổ chức hội nghị tại hội trường huyện.\nĐến dự có lãnh đạo "
         "huyện.\nHội nghị biểu dương nông dân sản xuất, kinh doanh giỏi là dịp tôn vinh hội viên.",
         "Có 40 hộ được biểu dương.", "2024-11-06",
         ("bieu_duong", 2024, 11, 5, "huyện Krông Bông")),
    case("dated-generic-then-named-next",
         "Phường Hải Châu nhìn lại một năm",
         "Sáng 26/12, Đảng ủy phường Hải Châu tổ chức hội nghị.\nHội nghị tổng kết công tác dân vận năm 2025 diễn ra "
         "với sự tham dự của 120 đại biểu.",
         "Có 9 mô hình được biểu dương.", "2025-12-27",
         ("tong_ket", 2025, 12, 26, "phường Hải Châu")),
    case("named-then-dated-after-attendance",
         "Huyện Krông Ana tổng kết phong trào",
         "Ban Dân vận Huyện ủy Krông Ana vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm "
         "2024.\nĐến dự có lãnh đạo huyện.\nHội nghị diễn ra trong ngày 20/12 tại hội trường huyện.",
         "Có 9 điển hình.", "2024-12-24",
         ("tong_ket", 2024, 12, 20, "huyện Krông Ana")),
    case("ceremony-named-then-dated",
         "Thành Đoàn Cần Thơ tuyên dương thanh niên",
         "Thành Đoàn Cần Thơ vừa tổ chức Lễ tuyên dương thanh niên tiêu biểu trong phong trào thi đua.\nTham dự có "
         "lãnh đạo thành phố.\nBuổi lễ được tổ chức vào tối 22/3 tại Nhà văn hóa thanh niên.",
         "Có 30 gương được tuyên dương.", "2024-03-25",
         ("bieu_duong", 2024, 3, 22, "thành phố Cần Thơ")),
    case("named-then-dated-without-time-of-day",
         "Huyện Đạ Huoai sơ kết phong trào",
         "Huyện ủy Đạ Huoai vừa tổ chức hội nghị sơ kết 3 năm phong trào thi đua “Dân vận khéo”.\nTham dự có lãnh "
         "đạo các xã.\nHội nghị diễn ra ngày 14/6.",
         "Có 9 mô hình.", "2024-06-20",
         ("so_ket", 2024, 6, 14, "huyện Đạ Huoai")),
    case("another-kinds-date-is-not-the-events",
         "Huyện Krông Ana tổng kết phong trào",
         "Ban Dân vận Huyện ủy Krông Ana vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm "
         "2024.\nĐến dự có lãnh đạo huyện.\nHội nghị sơ kết giữa kỳ được tổ chức ngày 10/6/2022.",
         "Có 9 điển hình.", "2024-12-24",
         ("tong_ket", None, None, None, "huyện Krông Ana")),
    case("caption-before-the-lede",
         "Huyện Kỳ Sơn tổng kết phong trào “Dân vận khéo”",
         "Quang cảnh hội nghị sáng 13/12. Ảnh: Minh Anh\nBan Dân vận Huyện ủy Kỳ Sơn vừa tổ chức hội nghị tổng kết "
         "phong trào thi đua “Dân vận khéo” năm 2024.",
         "Có 9 điển hình.", "2024-12-16",
         ("tong_ket", 2024, 12, 13, "huyện Kỳ Sơn")),
    case("caption-of-the-award-before-the-lede",
         "Huyện Tương Dương tổng kết phong trào “Dân vận khéo”",
         "Đồng chí Bí thư Huyện ủy trao Giấy khen cho các tập thể tại hội nghị chiều 13/12.\nBan Dân vận Huyện ủy "
         "Tương Dương vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2024.",
         "Có 9 điển hình.", "2024-12-16",
         ("tong_ket", 2024, 12, 13, "huyện Tương Dương")),
    case("caption-of-the-award-after-a-line",
         "Huyện Con Cuông tổng kết phong trào “Dân vận khéo”",
         "Ban Dân vận Huyện ủy Con Cuông vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm "
         "2024.\nCó 9 điển hình được khen thưởng.",
         "Đồng chí Bí thư Huyện ủy trao Giấy khen cho các tập thể tại hội nghị chiều 13/12.", "2024-12-16",
         ("tong_ket", 2024, 12, 13, "huyện Con Cuông")),
]

# Dates the event's sentence holds that are not the event's: documents it carries out, reviewed periods; source
# tags before a lede's date.
NOT_THE_EVENTS_DATE = [
    case("plan-document-with-code",
         "Huyện Yên Lập tổng kết phong trào",
         "Thực hiện Kế hoạch 104-KH/HU ngày 25/3/2024 của Huyện ủy, ngày 13/12 Ban Dân vận Huyện ủy Yên Lập tổ chức "
         "hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Yên Lập")),
    case("guidance-document-with-code",
         "Huyện Thanh Sơn tổng kết phong trào",
         "Thực hiện Hướng dẫn 05-HD/BDVTW ngày 15/3/2022, ngày 13/12 Ban Dân vận Huyện ủy Thanh Sơn tổ chức hội nghị "
         "tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Thanh Sơn")),
    case("directive-code-alone",
         "Huyện Tam Nông sơ kết phong trào",
         "Căn cứ Chỉ thị 16/CT-TU ngày 5/3/2024, ngày 10/7 Huyện ủy Tam Nông tổ chức hội nghị sơ kết phong trào thi "
         "đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-07-11",
         ("so_ket", 2024, 7, 10, "huyện Tam Nông")),
    case("decision-with-number",
         "Huyện Cẩm Khê biểu dương điển hình",
         "Theo Quyết định số 1234/QĐ-UBND ngày 2/10/2024, ngày 15/10 UBND huyện Cẩm Khê tổ chức hội nghị biểu dương "
         "điển hình tiên tiến.",
         "Có 40 tập thể được tặng Giấy khen.", "2024-10-16",
         ("bieu_duong", 2024, 10, 15, "huyện Cẩm Khê")),
    case("reviewed-range-of-dates-no-event-date",
         "Công đoàn huyện Yên Lập tổng kết phong trào",
         "Liên đoàn Lao động huyện Yên Lập tổ chức hội nghị tổng kết phong trào thi đua từ ngày 1/10/2023 đến ngày "
         "30/9/2024.",
         "Có 9 tập thể được khen thưởng.", "2024-10-13",
         ("tong_ket", None, None, None, "huyện Yên Lập")),
    case("reviewed-range-after-event-date",
         "Công đoàn huyện Đoan Hùng tổng kết",
         "Ngày 12/10, Liên đoàn Lao động huyện Đoan Hùng tổ chức hội nghị tổng kết phong trào thi đua từ 1/10/2023 "
         "đến 30/9/2024.",
         "Có 9 tập thể được khen thưởng.", "2024-10-13",
         ("tong_ket", 2024, 10, 12, "huyện Đoan Hùng")),
    case("reviewed-range-before-event-date",
         "Hội Cựu chiến binh huyện Hạ Hòa tổng kết",
         "Kết thúc đợt thi đua từ ngày 1/3 đến ngày 30/9, chiều 8/10 Hội Cựu chiến binh huyện Hạ Hòa tổ chức hội "
         "nghị tổng kết phong trào thi đua “Cựu chiến binh gương mẫu”.",
         "Có 12 hội viên được khen thưởng.", "2024-10-09",
         ("tong_ket", 2024, 10, 8, "huyện Hạ Hòa")),
    case("long-source-tag-before-lede-date",
         "Hội nghị tổng kết phong trào “Dân vận khéo” huyện Yên Lập",
         "(Báo Phú Thọ điện tử) - Ngày 13/12, Huyện ủy Yên Lập đánh giá 5 năm thực hiện phong trào.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Yên Lập")),
    case("site-tag-before-lede-date",
         "Hội nghị sơ kết phong trào “Dân vận khéo” huyện Lâm Thao",
         "Baophutho.vn - Ngày 9/7, Huyện ủy Lâm Thao đánh giá 3 năm thực hiện phong trào.",
         "Có 9 điển hình.", "2024-07-10",
         ("so_ket", 2024, 7, 9, "huyện Lâm Thao")),
    case("hour-before-time-of-day",
         "Huyện Yên Lập tổng kết phong trào",
         "Lúc 8 giờ sáng 13/12, Ban Dân vận Huyện ủy Yên Lập tổ chức hội nghị tổng kết phong trào thi đua “Dân vận "
         "khéo”.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Yên Lập")),
]

# The year of the event from its name in the headline; gatherings named as background to the reported one.
HEADLINE_YEARS_AND_BACKGROUND = [
    case("headline-year-december",
         "Huyện Krông Nô tổng kết phong trào “Dân vận khéo” năm 2024",
         "Sáng 20/12, Huyện ủy Krông Nô tổ chức hội nghị tổng kết phong trào thi đua.",
         "Có 9 điển hình.", None,
         ("tong_ket", 2024, 12, 20, "huyện Krông Nô")),
    case("headline-year-january",
         "Hội nghị tổng kết công tác dân vận năm 2023 của huyện Cư Jút",
         "Sáng 10/1, Ban Dân vận Huyện ủy Cư Jút tổ chức hội nghị tổng kết công tác dân vận.",
         "Có 9 điển hình.", None,
         ("tong_ket", 2024, 1, 10, "huyện Cư Jút")),
    case("headline-contest-year",
         "Hội thi “Dân vận khéo” huyện Đắk Glong năm 2024",
         "Ngày 15/4, Ban Dân vận Huyện ủy Đắk Glong tổ chức hội thi.",
         "Hội thi có 9 đội.", None,
         ("giao_luu", 2024, 4, 15, "huyện Đắk Glong")),
    case("headline-part-year",
         "Huyện Tuy Đức sơ kết 6 tháng đầu năm 2024",
         "Chiều 28/6, Ban Dân vận Huyện ủy Tuy Đức tổ chức hội nghị sơ kết công tác dân vận.",
         "Có 9 mô hình.", None,
         ("so_ket", 2024, 6, 28, "huyện Tuy Đức")),
    case("headline-year-of-another-kind-gives-none",
         "Huyện Krông Nô biểu dương điển hình năm 2024",
         "Sáng 20/12, Huyện ủy Krông Nô tổ chức hội nghị tổng kết phong trào thi đua.",
         "Có 9 điển hình.", None,
         ("tong_ket", None, 12, 20, "huyện Krông Nô")),
    case("background-contest-before-review",
         "Huyện Tam Đường tổng kết phong trào",
         "Sau Hội thi “Dân vận khéo” cấp huyện tổ chức hồi tháng 8, sáng 13/12 Ban Dân vận Huyện ủy Tam Đường tổ "
         "chức hội nghị tổng kết phong trào thi đua.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Tam Đường")),
    case("background-interim-review",
         "Huyện Phong Thổ tổng kết phong trào",
         "Tiếp nối hội nghị sơ kết giữa kỳ, sáng 13/12 Ban Dân vận Huyện ủy Phong Thổ tổ chức hội nghị tổng kết "
         "phong trào thi đua.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Phong Thổ")),
    case("background-after-success-of",
         "Xã Thượng Hồng biểu dương điển hình",
         "Sau thành công của Ngày hội Đại đoàn kết, tối 20/11 Đảng ủy xã Thượng Hồng tổ chức chương trình biểu "
         "dương các điển hình “Dân vận khéo”.",
         "Có 9 điển hình.", "2025-11-21",
         ("bieu_duong", 2025, 11, 20, "xã Thượng Hồng")),
    case("after-the-gathering-alone-is-the-gathering",
         "Xã Thượng Hồng tổng kết phong trào",
         "Sau hội nghị tổng kết phong trào thi đua “Dân vận khéo” sáng 26/12, các đại biểu tham quan mô hình của xã "
         "Thượng Hồng.",
         "Có 9 mô hình.", "2025-12-27",
         ("tong_ket", 2025, 12, 26, "xã Thượng Hồng")),
]

TIMES_OF_DAY = [
    case("headline-event-lede-timed-after-venue",
         "Hội nghị tổng kết phong trào “Dân vận khéo” huyện Bảo Thắng",
         "Tại hội trường Huyện ủy, sáng 13/12, Ban Thường vụ Huyện ủy Bảo Thắng đánh giá 5 năm thực hiện phong trào.",
         "Có 9 điển hình.", "2024-12-14",
         ("tong_ket", 2024, 12, 13, "huyện Bảo Thắng")),
    case("headline-event-lede-timed-after-subject",
         "Hội nghị sơ kết phong trào “Dân vận khéo” huyện Bắc Quang",
         "Ban Thường vụ Huyện ủy Bắc Quang chiều 3/7 đã đánh giá 3 năm thực hiện phong trào.",
         "Có 9 điển hình.", "2024-07-04",
         ("so_ket", 2024, 7, 3, "huyện Bắc Quang")),
    case("hom-date",
         "Huyện Văn Chấn tổng kết phong trào",
         "Hôm 13/12, Ban Dân vận Huyện ủy Văn Chấn tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-12-16",
         ("tong_ket", 2024, 12, 13, "huyện Văn Chấn")),
    case("dem-year-end",
         "Huyện đoàn Trạm Tấu tuyên dương thanh niên",
         "Đêm 31/12, Huyện đoàn Trạm Tấu tổ chức chương trình tuyên dương thanh niên tiêu biểu trong phong trào thi "
         "đua.",
         "Có 9 gương.", "2025-01-02",
         ("bieu_duong", 2024, 12, 31, "huyện Trạm Tấu")),
    case("trua-meeting-and-commendation",
         "Cựu chiến binh huyện Lục Ngạn biểu dương hội viên",
         "Trưa 3/2, Hội Cựu chiến binh huyện Lục Ngạn tổ chức buổi gặp mặt và biểu dương hội viên điển hình.",
         "Có 9 hội viên.", "2025-02-04",
         ("bieu_duong", 2025, 2, 3, "huyện Lục Ngạn")),
    case("dotted-timed-full",
         "Huyện Sơn Động tổng kết phong trào",
         "Sáng 13.12.2024, Ban Dân vận Huyện ủy Sơn Động tổ chức hội nghị tổng kết phong trào thi đua “Dân vận "
         "khéo”.",
         "Có 9 điển hình.", None,
         ("tong_ket", 2024, 12, 13, "huyện Sơn Động")),
    case("dashed-full",
         "Huyện Yên Thế tổng kết phong trào",
         "Ngày 13-12-2024, Ban Dân vận Huyện ủy Yên Thế tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", None,
         ("tong_ket", 2024, 12, 13, "huyện Yên Thế")),
    case("timed-words-month-published",
         "Huyện Lục Nam tổng kết phong trào",
         "Sáng ngày 13 tháng 12, Ban Dân vận Huyện ủy Lục Nam tổ chức hội nghị tổng kết phong trào thi đua “Dân vận "
         "khéo”.",
         "Có 9 điển hình.", "2024-12",
         ("tong_ket", 2024, 12, 13, "huyện Lục Nam")),
]

# A date in the sentence before the event's is the event's only when that sentence is about a gathering.
PREVIOUS_SENTENCE = [
    case("previous-date-of-a-recognition",
         "Huyện Tam Đường tổng kết phong trào",
         "Ngày 20/11/2023, xã Bình Lư được công nhận đạt chuẩn nông thôn mới nâng cao.\nBan Dân vận Huyện ủy Tam "
         "Đường vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-12-20",
         ("tong_ket", None, None, None, "huyện Tam Đường")),
    case("previous-date-inside-a-count",
         "Huyện Sìn Hồ tổng kết phong trào",
         "Năm 2024, huyện Sìn Hồ có 120 mô hình, trong đó 15 mô hình được công nhận ngày 5/6.\nBan Dân vận Huyện ủy "
         "Sìn Hồ vừa tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-12-20",
         ("tong_ket", None, None, None, "huyện Sìn Hồ")),
    case("previous-sentence-holds-the-gathering",
         "Huyện Phong Thổ tổng kết phong trào",
         "Ngày 18/12, tại hội trường Huyện ủy, Ban Dân vận Huyện ủy Phong Thổ tổ chức tổng kết công tác năm.\nHội "
         "nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2024 cũng được lồng ghép.",
         "Có 9 điển hình.", "2024-12-20",
         ("tong_ket", 2024, 12, 18, "huyện Phong Thổ")),
    case("previous-sentence-timed",
         "Huyện Mường Tè biểu dương điển hình",
         "Sáng 9/10, đồng chí Bí thư Huyện ủy Mường Tè chủ trì.\nHội nghị biểu dương điển hình “Dân vận khéo” có "
         "150 đại biểu tham dự.",
         "Có 9 điển hình.", "2024-10-10",
         ("bieu_duong", 2024, 10, 9, "huyện Mường Tè")),
]

# An earlier gathering named first (with its own old date or year) is cited; the article's event comes after it.
CITED_FIRST = [
    case("old-month-year-first",
         "Huyện Phù Yên tổng kết phong trào",
         "Tháng 6/2022, Huyện ủy Phù Yên tổ chức hội nghị sơ kết giữa kỳ phong trào thi đua “Dân vận khéo”.\nSáng "
         "20/12, Huyện ủy Phù Yên tổ chức hội nghị tổng kết phong trào.",
         "Có 9 điển hình.", "2024-12-21",
         ("tong_ket", 2024, 12, 20, "huyện Phù Yên")),
    case("old-year-opening-first",
         "Huyện Bắc Yên tổng kết phong trào",
         "Năm 2022, Huyện ủy Bắc Yên tổ chức hội nghị sơ kết giữa kỳ phong trào thi đua “Dân vận khéo”.\nSáng "
         "20/12, Huyện ủy Bắc Yên tổ chức hội nghị tổng kết phong trào.",
         "Có 9 điển hình.", "2024-12-21",
         ("tong_ket", 2024, 12, 20, "huyện Bắc Yên")),
    case("old-full-date-first-undated-event",
         "Huyện Quỳnh Nhai tổng kết phong trào",
         "Ngày 15/6/2022, Huyện ủy Quỳnh Nhai tổ chức hội nghị sơ kết giữa kỳ phong trào thi đua “Dân vận khéo”.\n"
         "Ban Dân vận Huyện ủy Quỳnh Nhai vừa tổ chức hội nghị tổng kết phong trào.",
         "Có 9 điển hình.", "2024-12-21",
         ("tong_ket", None, None, None, "huyện Quỳnh Nhai")),
    case("year-opening-of-this-year-is-reported",
         "Huyện Sốp Cộp biểu dương điển hình",
         "Năm 2024, Huyện ủy Sốp Cộp tổ chức hội nghị biểu dương điển hình “Dân vận khéo” vào sáng 18/10.",
         "Có 9 điển hình.", "2024-10-19",
         ("bieu_duong", 2024, 10, 18, "huyện Sốp Cộp")),
]

PLENUMS_AND_EVENINGS = [
    case("document-named-after-a-plenum",
         "Huyện Mường La đẩy mạnh phong trào “Dân vận khéo”",
         "Thực hiện Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Trung ương khóa XIII, huyện Mường La xây dựng 120 mô "
         "hình “Dân vận khéo”.",
         "Năm 2024, huyện có 40 mô hình mới.", "2024-12-21"),
    case("plenum-of-a-district-committee",
         "Huyện Thuận Châu với phong trào “Dân vận khéo”",
         "Tại Hội nghị Ban Chấp hành Đảng bộ huyện Thuận Châu lần thứ 15, các đại biểu đánh giá cao phong trào “Dân "
         "vận khéo”.",
         "Năm 2024, huyện có 40 mô hình mới.", "2024-12-21"),
    case("numbered-plenum-of-a-standing-board",
         "Huyện Sông Mã với phong trào thi đua",
         "Hội nghị lần thứ 20 Ban Thường vụ Huyện ủy Sông Mã đã thảo luận về phong trào thi đua yêu nước.",
         "Năm 2024, huyện có 40 mô hình mới.", "2024-12-21"),
    case("plenum-that-reviews-is-an-event",
         "Đảng ủy xã Chiềng Khoa tổng kết công tác năm",
         "Sáng 28/12, Hội nghị Ban Chấp hành Đảng bộ xã Chiềng Khoa tổng kết công tác dân vận và phong trào thi đua "
         "“Dân vận khéo” năm 2025.",
         "Có 9 mô hình.", "2025-12-29",
         ("tong_ket", 2025, 12, 28, "xã Chiềng Khoa")),
    case("evening-exchange",
         "Đêm giao lưu điển hình “Dân vận khéo” huyện Mai Châu",
         "Tối 20/11, Ban Dân vận Huyện ủy Mai Châu tổ chức đêm giao lưu các điển hình “Dân vận khéo”.",
         "Có 9 điển hình.", "2024-11-21",
         ("giao_luu", 2024, 11, 20, "huyện Mai Châu")),
    case("evening-of-honour",
         "Đêm tôn vinh điển hình tiên tiến thành phố Hòa Bình",
         "Tối 30/9, UBND thành phố Hòa Bình tổ chức đêm tôn vinh các điển hình tiên tiến trong phong trào thi đua yêu "
         "nước.",
         "Có 50 tập thể được khen thưởng.", "2024-10-01",
         ("bieu_duong", 2024, 9, 30, "thành phố Hòa Bình")),
]


@pytest.mark.parametrize(("title", "lede", "body", "published", "expected"),
                         DATE_SHAPES + YEARS_FROM_THE_TEXT + LAYOUTS + NO_EVENTS + KINDS + MORE_SHAPES + MORE_LAYOUTS
                         + MORE_NO_EVENTS + MORE_KINDS + SPREAD + NOT_THE_EVENTS_DATE
                         + HEADLINE_YEARS_AND_BACKGROUND + TIMES_OF_DAY
                         + PREVIOUS_SENTENCE + CITED_FIRST + PLENUMS_AND_EVENINGS)
def test_stress_event_dates(facts_of, title, lede, body, published, expected):
    assert _events(facts_of, title, lede, body, published) == expected


# --- the date helpers on their own ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Kế hoạch 104-KH/HU ngày 25/3/2024, ngày 13/12 huyện tổ chức", [(None, 12, 13)]),
    ("Căn cứ Chỉ thị 16/CT-TU ngày 5/3/2024 của Tỉnh ủy, sáng 2/4 xã tổ chức", [(None, 4, 2)]),
    ("Nghị quyết số 25 ngày 1/6/2023 và ngày 8/7 hội nghị", [(None, 7, 8)]),
    ("tổng kết thi đua từ ngày 1/10/2023 đến ngày 30/9/2024", []),
    ("từ 1/3 đến 30/9, chiều 8/10", [(None, 10, 8)]),
    ("từ ngày 28/9 đến ngày 1/10", [(None, 9, 28), (None, 10, 1)]),  # days of one event: both kept, first wins
    ("Trong tháng 10 vừa qua, xã tổ chức", [(None, 10, None)]),
    ("(QNO) - Cuối tháng 11, xã tổ chức", [(None, 11, None)]),
    ("Xã tổ chức hội nghị vào tháng 10 tới.", []),  # a month inside the sentence: a plan or a season
])
def test_find_dates(text, expected):
    from extractors.periods import find_dates

    assert [(d.year, d.month, d.day) for d in find_dates(text)] == expected


@pytest.mark.parametrize(("text", "part"), [
    ("sơ kết công tác dân vận 6 tháng đầu năm 2024", True),
    ("sơ kết quý I năm 2025", True),
    ("sơ kết 9 tháng năm 2023", True),
    ("tổng kết công tác dân vận năm 2024", False),
])
def test_part_of_a_year_with_its_year(text, part):
    from extractors.periods import find_periods

    (period,) = find_periods(text)
    assert (period.start, period.end, period.part) == (int(text[-4:]), int(text[-4:]), part)


@pytest.mark.parametrize(("text", "offset"), [
    ("(Báo Phú Thọ điện tử) - Ngày 13/12, ...", 24),
    ("(QNO) - Chiều nay 3/1, ...", 8),
    ("Baophutho.vn - Ngày 9/7, ...", 15),
    ("Sáng 13/12, Huyện ủy ...", 0),
])
def test_opening_offset_skips_a_source_tag(text, offset):
    from extractors.periods import opening_offset

    assert opening_offset(text) == offset


@pytest.mark.parametrize(("lede", "unit", "province"), [
    # units of the 2025 reorganisation and their provinces
    ("Tối 16/10, Đảng ủy phường Bến Thành tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2025.",
     "phường Bến Thành", "Hồ Chí Minh"),
    ("Sáng 26/12, Đảng ủy xã Hòa Vang (TP Đà Nẵng) tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm "
     "2025.", "xã Hòa Vang", "Đà Nẵng"),
    ("Chiều 14/10, Đảng ủy phường Hoàn Kiếm tổ chức chương trình tuyên dương các điển hình “Dân vận khéo”.",
     "phường Hoàn Kiếm", "Hà Nội"),
    ("Sáng 5/12, Hội Nông dân xã Mường Động, tỉnh Phú Thọ tổ chức hội nghị tuyên dương nông dân sản xuất giỏi.",
     "xã Mường Động", "Phú Thọ"),
    ("Tối 20/10, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức chương trình tôn vinh điển hình “Dân vận khéo” năm 2025.",
     "tỉnh Lâm Đồng", "Lâm Đồng"),
])
def test_event_units_of_2025_and_their_provinces(facts_of, lede, unit, province):
    (event,) = facts_of(lede + "\nCó 9 điển hình được khen thưởng.", published="2025-12-30")["events"]
    assert (event.unit, event.province) == (unit, province)
