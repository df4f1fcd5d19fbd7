"""Fact records, one model per DuckDB table of SPEC.md.

Every fact carries its provenance (`article_id`, `evidence`, `char_start`, `char_end`, `extractor`), so a number in
the dataset can be traced back to the sentence it was read from. Enumerated values use the words of ANNOTATION.md.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Approx = Literal["exact", "at_least", "approx", "at_most"]
EventKind = Literal["so_ket", "tong_ket", "bieu_duong", "phat_dong", "giao_luu", "hoi_nghi"]
Role = Literal["chu_tri", "ket_luan", "phat_bieu", "du", "trao_thuong", "other"]
ModelKind = Literal["mo_hinh", "dien_hinh", "mo_hinh_dien_hinh", "dien_hinh_tien_tien"]
ModelField = Literal["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri", "nong_thon_moi"]
Action = Literal["xay_dung", "dang_ky", "cong_nhan", "nhan_rong", "bieu_duong"]
Level = Literal["cap_tinh", "cap_huyen", "cap_xa"]
Recipient = Literal["tap_the", "ca_nhan", "mixed", "dong_chi", "ho_gia_dinh"]
Award = Literal["giay_khen", "bang_khen", "ky_niem_chuong", "co_thi_dua", "khen_thuong", "bieu_duong"]
UnitLevel = Literal["tinh", "thanh_pho", "huyen", "thi_xa", "quan", "xa", "phuong", "thi_tran"]
# Movement codes (extractors/lexicon.py MOVEMENTS): the movement an event or article is about, for filtering.
MovementCode = Literal["dan_van_kheo", "toan_dan_doan_ket", "vi_nguoi_ngheo", "nong_thon_moi", "bao_ve_an_ninh_to_quoc",
                       "hang_viet", "hoc_tap_lam_theo_bac", "thi_dua_yeu_nuoc", "cong_tac_dan_van", "khac"]
DatePrecision = Literal["day", "month", "year"]
OutcomeUnit = Literal["dong", "ho", "nha", "m2", "km", "suat_qua", "nguoi", "thanh_vien", "dong_per_nguoi_nam"]


class Article(BaseModel):
    """One cleaned article. `article_id` is derived from the cleaned text, so re-ingesting is idempotent."""

    model_config = ConfigDict(frozen=True)
    table: ClassVar[str] = "articles"

    article_id: str = Field(
        description="Stable id of the article: a hash of its cleaned text, so the same article read twice is one row.")
    source: str = Field(
        description="The input it was read from: a file path as given, or FILE#record for JSONL and WARC records.")
    url: str | None = Field(
        None, description="Address of the page, from the metadata or the page itself; null when unknown.")
    outlet: str | None = Field(
        None, description="The newspaper or portal that published it (e.g. baohatinh.vn); null when unknown.")
    title: str | None = Field(None, description="The headline as printed; null when the page has none.")
    published: date | None = Field(
        None, description="Publication date from the metadata or the page (see published_precision); null when "
                          "unknown.")
    published_precision: DatePrecision | None = Field(
        None, description="How much of published the metadata gave: day, month or year (a month-only date is "
                          "stored as the month's first day).")
    published_text: str | None = Field(
        None, description='The publication date exactly as the metadata gave it ("2023-12", "17/05/2024").')
    dateline: date | None = Field(
        None, description="A date printed at the top of the article body, where there is one (not the site's date "
                          "widget).")
    text: str = Field(
        description="The cleaned article text, headline first; char_start/char_end of every fact point into it.")
    lang: str = Field("vi", description="Language of the text (ISO 639-1 code; vi for Vietnamese).")
    # the movement the article is mainly about (its headline's, else the one its body names most), and whether it
    # reports an emulation movement at all: articles that do not yield officials and units but no movement facts
    movement_code: MovementCode | None = Field(
        None, description="The emulation movement the article is mainly about (its headline's, else the one its body "
                          "names most).")
    about_movement: bool | None = Field(
        None, description="True when the article reports an emulation movement; false for articles about something "
                          "else (they yield officials and units only).")
    content_sha256: str = Field(
        description="SHA-256 of the input's text and metadata: an input stored unchanged is skipped on the next run.")
    pipeline_version: str = Field(
        description="Version of the pipeline and its rules that extracted the facts; thidua reprocess renews older "
                    "ones.")
    ingested_at: datetime = Field(description="When the article was last written to the store (local time).")


class Fact(BaseModel):
    """Provenance shared by every fact row: which article, which sentence, which span, which extractor."""

    model_config = ConfigDict(frozen=True)
    table: ClassVar[str] = ""
    key_fields: ClassVar[tuple[str, ...]] = ()

    fact_id: str = Field("", description="Stable id of the fact: a hash of its article, table, span and key values.")
    article_id: str = Field(description="The article the fact was read from (articles.article_id).")
    evidence: str = Field(description="The sentence the fact was read from, as it stands in the article text.")
    char_start: int = Field(description="Offset (0-based, in characters) of the fact's span in articles.text.")
    char_end: int = Field(description="Offset just past the fact's span: text[char_start:char_end] is the span.")
    extractor: str = Field(
        description="The rule or model that produced the fact, with its version (model_counts.rules@2).")

    @model_validator(mode="after")
    def _span_is_ordered(self):
        if self.char_end < self.char_start:
            raise ValueError(f"char_end {self.char_end} < char_start {self.char_start}")
        return self

    def with_id(self) -> Fact:
        """A copy whose `fact_id` hashes the article, table, span and key values: stable across reruns."""
        parts = [self.table, self.article_id, str(self.char_start), str(self.char_end)]
        parts += [repr(getattr(self, name)) for name in self.key_fields]
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
        return self.model_copy(update={"fact_id": digest})


class Event(Fact):
    table: ClassVar[str] = "events"
    key_fields: ClassVar[tuple[str, ...]] = ("kind",)

    kind: EventKind = Field(description="Kind of conference or ceremony.")
    event_date: date | None = Field(
        None, description="Date of the event (its first day); null unless day, month and year are all known.")
    event_year: int | None = Field(
        None, description="Year of the event: from its date, else from the publication date (metadata, page "
                          "dateline or the date in its URL), else from its own name or the phase it reviews "
                          "(\"Hội thi ... năm 2023\"; a review of 2023 held in January is 2024); null when unknown.")
    event_month: int | None = Field(None, description="Month of the event (1-12); null when not stated.")
    event_day: int | None = Field(None, description="Day of the month of the event; null when not stated.")
    date_text: str | None = Field(None, description='Date of the event as written in the article ("sáng 17/5").')
    movement: str | None = Field(
        None, description='The movement whose event it is, by its usual name ("Dân vận khéo"); null when none is '
                          'named.')
    movement_code: MovementCode | None = Field(
        None, description="The movement as a code, for filtering (see the values).")
    period_start: int | None = Field(
        None, description='First year of the period the event reviews ("giai đoạn 2019-2024" gives 2019); null when '
                          'none.')
    period_end: int | None = Field(
        None, description='Last year of the period the event reviews; a single year ("năm 2023") gives start = end.')
    unit: str | None = Field(
        None, description='The administrative unit whose movement the event is about, level word + name ("huyện Hương '
                          'Sơn").')
    province: str | None = Field(
        None, description='Province of that unit, without level word ("Hà Tĩnh"); null when the text does not pin it '
                          'down.')
    unit_code: str | None = Field(
        None, description="Official code of the unit (General Statistics Office code, text with its leading zeros).")
    attendees: int | None = Field(
        None, description='Number of delegates stated ("hơn 200 đại biểu" gives 200); null when not stated.')


class Official(Fact):
    table: ClassVar[str] = "officials"
    key_fields: ClassVar[tuple[str, ...]] = ("name",)

    name: str = Field(description="Full name in Title Case, without honorifics (đồng chí, ông, bà).")
    title: str | None = Field(
        None, description='Title of the person as written, with the organisation attached ("Bí thư Huyện ủy Hương '
                          'Sơn").')
    unit: str | None = Field(
        None, description='The administrative unit the title belongs to ("huyện Hương Sơn"); null when none.')
    role: Role | None = Field(None, description="What the person did at the event.")


class ModelCount(Fact):
    table: ClassVar[str] = "model_counts"
    key_fields: ClassVar[tuple[str, ...]] = ("count", "kind", "field")

    count: int = Field(description="Number of models or exemplars stated (exact integer; see approx).")
    approx: Approx = Field("exact", description="How exact the number is.")
    kind: ModelKind = Field(description="What is counted.")
    field: ModelField | None = Field(
        None, description="Field of activity when the count is for one field; null for a count across fields.")
    action: Action | None = Field(
        None, description="What was done to the models; null for other verbs (triển khai, duy trì).")
    level: Level | None = Field(None, description="Grade when the text grades the models; null for ungraded counts.")
    unit: str | None = Field(
        None, description="Administrative unit the models belong to, level word + name; null when not stated.")
    period_start: int | None = Field(
        None, description="First year of the period the count covers; null when none is stated.")
    period_end: int | None = Field(
        None, description="Last year of the period the count covers; null when none is stated.")
    # fact_id of the count this one is a part of ("839 mô hình, trong đó ... 257 mô hình"); null for totals.
    # Sum only rows with part_of IS NULL to avoid counting a breakdown twice.
    part_of: str | None = Field(
        None, description='fact_id of the count this one was stated as part of ("839 mô hình, trong đó ... 257"); '
                          'null for totals.')


class AwardCount(Fact):
    table: ClassVar[str] = "award_counts"
    key_fields: ClassVar[tuple[str, ...]] = ("count", "recipient")

    count: int = Field(description="Number of recipients commended (exact integer; see approx).")
    approx: Approx = Field("exact", description="How exact the number is.")
    recipient: Recipient = Field(description="Who was commended.")
    award: Award | None = Field(None, description="The distinction given; null when not stated.")
    issuer: str | None = Field(
        None, description='Who grants it, as written ("Chủ tịch UBND huyện"); null when not stated.')
    # the administrative unit the issuer belongs to ("Chủ tịch UBND huyện" -> "huyện Hương Sơn"), so awards can
    # be grouped by who gave them; null for central bodies and unnamed issuers
    issuer_unit: str | None = Field(
        None, description='Administrative unit the issuer belongs to ("huyện Hương Sơn"); null for central bodies or '
                          'unnamed issuers.')


class Unit(Fact):
    table: ClassVar[str] = "units"
    key_fields: ClassVar[tuple[str, ...]] = ("level", "name")

    level: UnitLevel = Field(description="Administrative level of the unit.")
    name: str = Field(description='Name of the unit without level word ("Hương Sơn").')
    province: str | None = Field(
        None, description="Province the unit lies in, without level word; for a province, its own name.")
    code: str | None = Field(
        None, description="Official code before the 2025 reorganisation (text with leading zeros); null when not in "
                          "the gazetteer.")
    code_2025: str | None = Field(
        None, description="Code of the unit it became part of after the 2025 reorganisation; null where none maps.")
    latitude: float | None = Field(
        None, description="Latitude of the unit's centre (WGS84 degrees, from the offline gazetteer).")
    longitude: float | None = Field(None, description="Longitude of the unit's centre (WGS84 degrees).")
    # level word + name as the other tables write units ("huyện Hương Sơn"): the join key for
    # events.unit, officials.unit and model_counts.unit.
    label: str | None = Field(
        None, description='Level word + name ("huyện Hương Sơn"), the way events.unit, officials.unit and '
                          'model_counts.unit name units.')


class Outcome(Fact):
    table: ClassVar[str] = "outcomes"
    key_fields: ClassVar[tuple[str, ...]] = ("value", "unit")

    value: float = Field(
        description='The quantity, in the unit of measure given by unit (money in đồng: "50,8 tỷ đồng" is '
                    '50800000000).')
    approx: Approx = Field("exact", description="How exact the number is.")
    unit: OutcomeUnit = Field(description="Unit of measure of value (not a place).")
    what: str | None = Field(
        None, description='Short Vietnamese description of what was achieved ("nguồn lực huy động").')


FACT_MODELS: tuple[type[Fact], ...] = (Event, Official, ModelCount, AwardCount, Unit, Outcome)
