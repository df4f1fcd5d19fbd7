"""Fact records, one model per DuckDB table of SPEC.md.

Every fact carries its provenance (`article_id`, `evidence`, `char_start`, `char_end`, `extractor`), so a number in
the dataset can be traced back to the sentence it was read from. Enumerated values use the words of ANNOTATION.md.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, model_validator

Approx = Literal["exact", "at_least", "approx", "at_most"]
EventKind = Literal["so_ket", "tong_ket", "bieu_duong", "phat_dong", "giao_luu", "hoi_nghi"]
Role = Literal["chu_tri", "ket_luan", "phat_bieu", "du", "trao_thuong", "other"]
ModelKind = Literal["mo_hinh", "dien_hinh", "mo_hinh_dien_hinh", "dien_hinh_tien_tien"]
Field = Literal["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri", "nong_thon_moi"]
Action = Literal["xay_dung", "dang_ky", "cong_nhan", "nhan_rong", "bieu_duong"]
Level = Literal["cap_tinh", "cap_huyen", "cap_xa"]
Recipient = Literal["tap_the", "ca_nhan", "mixed", "dong_chi", "ho_gia_dinh"]
Award = Literal["giay_khen", "bang_khen", "ky_niem_chuong", "co_thi_dua", "khen_thuong", "bieu_duong"]
UnitLevel = Literal["tinh", "thanh_pho", "huyen", "thi_xa", "quan", "xa", "phuong", "thi_tran"]
# Movement codes (extractors/lexicon.py MOVEMENTS): the movement an event or article is about, for filtering.
MovementCode = Literal["dan_van_kheo", "toan_dan_doan_ket", "vi_nguoi_ngheo", "nong_thon_moi", "bao_ve_an_ninh_to_quoc",
                       "hang_viet", "hoc_tap_lam_theo_bac", "thi_dua_yeu_nuoc", "cong_tac_dan_van", "khac"]
OutcomeUnit = Literal["dong", "ho", "nha", "m2", "km", "suat_qua", "nguoi", "thanh_vien", "dong_per_nguoi_nam"]


class Article(BaseModel):
    """One cleaned article. `article_id` is derived from the cleaned text, so re-ingesting is idempotent."""

    model_config = ConfigDict(frozen=True)
    table: ClassVar[str] = "articles"

    article_id: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    published_precision: Literal["day", "month", "year"] | None = None
    published_text: str | None = None
    dateline: date | None = None
    text: str
    lang: str = "vi"
    # the movement the article is mainly about (its headline's, else the one its body names most), and whether it
    # reports an emulation movement at all: articles that do not yield officials and units but no movement facts
    movement_code: MovementCode | None = None
    about_movement: bool | None = None
    content_sha256: str
    pipeline_version: str
    ingested_at: datetime


class Fact(BaseModel):
    """Provenance shared by every fact row: which article, which sentence, which span, which extractor."""

    model_config = ConfigDict(frozen=True)
    table: ClassVar[str] = ""
    key_fields: ClassVar[tuple[str, ...]] = ()

    fact_id: str = ""
    article_id: str
    evidence: str
    char_start: int
    char_end: int
    extractor: str

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

    kind: EventKind
    event_date: date | None = None
    event_year: int | None = None
    event_month: int | None = None
    event_day: int | None = None
    date_text: str | None = None
    movement: str | None = None
    movement_code: MovementCode | None = None
    period_start: int | None = None
    period_end: int | None = None
    unit: str | None = None
    province: str | None = None
    unit_code: str | None = None
    attendees: int | None = None


class Official(Fact):
    table: ClassVar[str] = "officials"
    key_fields: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    title: str | None = None
    unit: str | None = None
    role: Role | None = None


class ModelCount(Fact):
    table: ClassVar[str] = "model_counts"
    key_fields: ClassVar[tuple[str, ...]] = ("count", "kind", "field")

    count: int
    approx: Approx = "exact"
    kind: ModelKind
    field: Field | None = None
    action: Action | None = None
    level: Level | None = None
    unit: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    # fact_id of the count this one is a part of ("839 mô hình, trong đó ... 257 mô hình"); null for totals.
    # Sum only rows with part_of IS NULL to avoid counting a breakdown twice.
    part_of: str | None = None


class AwardCount(Fact):
    table: ClassVar[str] = "award_counts"
    key_fields: ClassVar[tuple[str, ...]] = ("count", "recipient")

    count: int
    approx: Approx = "exact"
    recipient: Recipient
    award: Award | None = None
    issuer: str | None = None
    # the administrative unit the issuer belongs to ("Chủ tịch UBND huyện" -> "huyện Hương Sơn"), so awards can
    # be grouped by who gave them; null for central bodies and unnamed issuers
    issuer_unit: str | None = None


class Unit(Fact):
    table: ClassVar[str] = "units"
    key_fields: ClassVar[tuple[str, ...]] = ("level", "name")

    level: UnitLevel
    name: str
    province: str | None = None
    code: str | None = None
    code_2025: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    # level word + name as the other tables write units ("huyện Hương Sơn"): the join key for
    # events.unit, officials.unit and model_counts.unit.
    label: str | None = None


class Outcome(Fact):
    table: ClassVar[str] = "outcomes"
    key_fields: ClassVar[tuple[str, ...]] = ("value", "unit")

    value: float
    approx: Approx = "exact"
    unit: OutcomeUnit
    what: str | None = None


FACT_MODELS: tuple[type[Fact], ...] = (Event, Official, ModelCount, AwardCount, Unit, Outcome)
