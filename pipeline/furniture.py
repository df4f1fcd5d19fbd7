"""Site furniture rules, kept as data: lines of a page that are not the article and must never yield facts.

Each pattern was taken from the navigation, counters and teaser blocks of real Vietnamese government portals and
newspapers (the seed articles and the pages in corpus/); they match whole lines only, so a body sentence that
merely contains one of these words is never touched.
"""

import re

_I = re.IGNORECASE

# Whole lines dropped wherever they appear.
DROP_LINES = [re.compile(p, _I) for p in (
    r"đánh giá:?",
    r"lượt đánh giá:.*",
    r"(thống kê|lượt truy cập|đang truy cập|tổng truy cập|online|trực tuyến|hôm nay|hôm qua)\s*:\s*[\d.,]+",
    r"bản đồ hành chính",
    r"(số )?(lượt xem|lượt đọc|lượt thích|bình luận)\s*:?\s*[\d.,]+",   # view counters under the headline
    r"liên kết website",
    r"tìm kiếm( tin tức)?",
    r"[\w()-]+\.(jpe?g|png|gif|webp|bmp)",                  # image file names left by the crawler
    r"hôm nay,?\s.*\d{1,2}/\d{1,2}/\d{4}",                    # the portal's "today", not the article date
    r"tin tức trong (huyện|tỉnh|xã|thành phố|phường)",
    r"(trang chủ|giới thiệu|liên hệ|sơ đồ trang|đăng nhập|in bài|chia sẻ|gửi bài|bình luận|phản hồi)",
    r"(trang chủ|tin tức|thời sự)( [>»/|] .*)+",              # breadcrumbs
    r"!\[[^\]]*\]\([^)]*\)\s*\|?",                            # empty markdown images from converters
    r"[|\s]*",                                                # table borders
    r":?\s*\S+@\S+\.\w+.*",                                   # contact lines with an e-mail address
    r"(liên hệ quảng cáo|đường dây nóng|hotline|điện thoại|fax|email)\s*:.*",
    r"banner .*",
    r"(print|in trang)\b.*",
    r"chủ đề\s.*",
    r"\(ảnh:[^)]*\)",
    r"ảnh:\s.{0,60}",
    # Page foot of portals and newspapers (seen on print versions and layout-table portals, where the footer is
    # no <footer> element the extraction knows): the outlet's address with its phone, the licence, the editor in
    # charge, the copyright, the outlet's name as a line of its own, and the print version's own address.
    r"(địa chỉ|trụ sở|tòa soạn|toà soạn)\s*:.*\b(điện thoại|đt|tel|fax|email|hotline)\b.*",
    r"giấy phép (số|xuất bản|thiết lập|hoạt động)\b.*",
    r"(người )?chịu trách nhiệm (chính|nội dung|xuất bản)\s*:?.*",
    # a rights notice ("© Bản quyền thuộc Báo ...", "Copyright © 2024 ...") states no quantity: a line opened by
    # the mark that counts something ("© 839 mô hình ...", a stray symbol before a sentence) is the article's
    r"(bản quyền|copyright|©)(?!.*\d[\d.,]*\s+(mô hình|điển hình|tập thể|cá nhân|hộ|người|nhà|tỷ|triệu)\b).{0,200}",
    r"(cổng|trang) thông tin( điện tử)?[^.,;:!?]{0,60}",
    r"báo [^.,;:]{2,40}\s[-–]\s(cơ quan|tiếng nói)\b.*",
    r"(địa chỉ bài viết|đường dẫn bài viết|link bài viết)\s*:.*",
)]

# A line equal to one of these starts the related-articles block: everything after it is teasers of other
# articles (titles, dates and summaries that would otherwise yield foreign facts).
TEASER_MARKERS = [re.compile(p, _I) for p in (
    r"đọc thêm:?",
    r"xem thêm:?",
    r"tin liên quan:?",
    r"bài liên quan:?",
    r"tin cùng chuyên mục:?",
    r"các tin (khác|đã đưa|cùng chuyên mục):?",
    r"tin (khác|mới|mới nhất|nổi bật|nóng|đọc nhiều|xem nhiều):?",
    r"xem nhiều nhất:?",
    r"bài viết (liên quan|khác):?",
    r"(tin )?cùng chuyên mục:?",
    r"(các )?tin bài (khác|liên quan|cùng chuyên mục):?",
    r"(các )?bài (khác|liên quan|đọc nhiều|xem nhiều):?",
    r"có thể bạn quan tâm:?",
    r"tin (cùng loại|tiêu điểm|đã đăng):?",
)]

# A page title that is the name of the site, not a headline: the <title> of a page that prints no headline of its
# own ("Cổng thông tin điện tử huyện Cẩm Xuyên" would otherwise head the article and name a unit it never does).
SITE_TITLES = [re.compile(p, _I) for p in (
    r"(cổng|trang) thông tin( điện tử)?\b.*",
    r"báo( điện tử)? [^.,;:]{2,40}( điện tử| online)?",
    r"(đảng cộng sản việt nam|trang chủ|home|untitled|your website title)\b.*",
)]

# A teaser marker only truncates once this share of the text has been seen; earlier it is a header menu and is
# just dropped. 0.3 keeps every seed and corpus body intact while cutting all their teaser blocks.
TEASER_MIN_POSITION = 0.3

# Datelines printed in page headers: (pattern, groups are day, month, year).
DATELINES = [re.compile(p, _I) for p in (
    r"^(?:(?:thứ\s+\w+|chủ nhật|t[2-7]|cn)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$",
    r"^(?:ngày cập nhật|đăng ngày|cập nhật|ngày đăng|ngày)\s*:?\s*(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    r"^\d{1,2}:\d{2}(?::\d{2})?\s*[-|]?\s*(?:\w+,\s*)?(\d{1,2})/(\d{1,2})/(\d{4})$",
    r"^(?:print\s+)?(?:thứ\s+\w+|chủ nhật)\s*,\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    r"^[\w\s]{0,30},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$",
)]
# ISO-ordered datelines ("T6, 2018-09-28 09:22"): groups are year, month, day.
ISO_DATELINES = [re.compile(r"^.{0,40}?\b(\d{4})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")]
# Datelines are only looked for in the first lines of a page.
DATELINE_SEARCH_LINES = 8

# A byline closing the article: an all-caps name, or "Name – Outlet"; at most this many words.
BYLINE_MAX_WORDS = 8

# A crawl that lost the line break after the headline: "Nghệ An biểu dương 151 điển hình ... giai đoạn 2021 – 2025
# Sáng 13/10, Ban chỉ đạo ... tổ chức ...". The lede's date-led opening marks where the body starts; the headline
# before it must be at least RUN_ON_MIN_HEADLINE characters and hold no full stop.
RUN_ON_LEDE = re.compile(r"\s(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\s+(?:ngày\s+)?\(?\d{1,2}\s*[/-]\s*\d{1,2}\b)")
RUN_ON_MIN_HEADLINE = 30
