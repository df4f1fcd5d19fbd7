"""Official administrative units from vietnamadminunits (offline): names, levels, codes, lat/lon, 2025 codes.

The library ships a SQLite table of the 63-province units (province, district, ward with codes and
coordinates) and one of the 34-province units after the 2025 reorganisation. We read both once into an
in-memory index keyed by folded name, so resolving a name costs a dict lookup. Only unit names are ever given to
the library's converter (never a street), which keeps it offline.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors import lexicon
from extractors.textnorm import key, strip_accents

# The levels of lexicon.LEVELS under the names the extractors use: the gazetteer's unit types are level words.
LEVEL_OF_TYPE = lexicon.LEVEL_OF_WORD
LEVEL_WORD = lexicon.LEVEL_WORD
PROVINCE_LEVELS = lexicon.PROVINCE_LEVELS
DISTRICT_LEVELS = lexicon.DISTRICT_LEVELS
WARD_LEVELS = lexicon.WARD_LEVELS
RANK = lexicon.LEVEL_RANK


@dataclass(frozen=True)
class Place:
    """One official unit. `tier` is "province", "district" or "ward"; `era` is "legacy" or "2025"."""

    level: str
    name: str
    tier: str
    province: str
    district: str | None
    code: str | None
    latitude: float | None
    longitude: float | None
    era: str
    full_province: str
    full_district: str | None = None

    @property
    def label(self) -> str:
        """Level word + name, the convention of ANNOTATION.md ("huyện Hương Sơn")."""
        return f"{LEVEL_WORD[self.level]} {self.name}"


def _database() -> Path:
    import vietnamadminunits

    return Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"


_NUMBERED = re.compile(r"(?:phường|quận)\s+(\d+)", re.IGNORECASE)


def _short_name(short: str | None) -> str | None:
    """The name without its level word: the library keeps it on numbered units ("Phường 12", "Quận 1"), whose name
    is the number ("phường 12", "quận 1" in `Place.label`, the way articles write them)."""
    numbered = _NUMBERED.fullmatch(short or "")
    return numbered.group(1) if numbered else short


def _split_type(full: str, short: str) -> str | None:
    kind = full[: len(full) - len(short)].strip().lower()
    return LEVEL_OF_TYPE.get(kind)


def loose_key(name: str) -> str:
    """`key(name)` with the syllables that end in "k" unaccented. Such syllables are not Vietnamese words but
    Central Highlands names ("Đắk Lắk", "Krông Búk", "M'Đrắk"), whose tone and breve marks are written every way
    (the gazetteer itself has "huyện Đăk Hà" and "huyện Đắk Glei"; articles write "Đăk Mil", "Đak Đoa", "Dak Lak")."""
    return " ".join(strip_accents(word) if word.endswith("k") else word for word in key(name).split(" "))


class Gazetteer:
    """Name -> places index over both eras of Vietnamese administrative units."""

    def __init__(self, rows_legacy: list[sqlite3.Row], rows_2025: list[sqlite3.Row]):
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        # the same names without spaces: spellings that split or join syllables ("Krông Ana" / "Krông A Na")
        self.by_compact: dict[str, list[Place]] = defaultdict(list)
        # the same names with syllables ending in "k" unaccented: "Đắk", "Đăk", "Đak", "Dak" are one word
        self.by_loose: dict[str, list[Place]] = defaultdict(list)
        self._province_key_2025: dict[str, str] = {}
        seen: set[tuple] = set()
        for r in rows_legacy:
            province_level = _split_type(r["province"], r["provinceShort"]) or "tinh"
            self._add(seen, Place(province_level, r["provinceShort"], "province", r["provinceShort"], None,
                                  r["provinceCode"], r["provinceLat"], r["provinceLon"], "legacy", r["province"]))
            district_level = LEVEL_OF_TYPE.get((r["districtType"] or "").lower())
            if district_level:
                self._add(seen, Place(district_level, _short_name(r["districtShort"]), "district",
                                      r["provinceShort"], None, r["districtCode"], r["districtLat"], r["districtLon"], "legacy",
                                      r["province"]))
            ward_level = LEVEL_OF_TYPE.get((r["wardType"] or "").lower())
            if ward_level and r["wardShort"]:
                self._add(seen, Place(ward_level, _short_name(r["wardShort"]), "ward", r["provinceShort"],
                                      _short_name(r["districtShort"]),
                                      r["wardCode"], r["wardLat"], r["wardLon"], "legacy", r["province"],
                                      r["district"]))
        for r in rows_2025:
            province_level = _split_type(r["province"], r["provinceShort"]) or "tinh"
            self._add(seen, Place(province_level, r["provinceShort"], "province", r["provinceShort"], None,
                                  r["provinceCode"], r["provinceLat"], r["provinceLon"], "2025", r["province"]))
            ward_level = LEVEL_OF_TYPE.get((r["wardType"] or "").lower())
            if ward_level:
                self._add(seen, Place(ward_level, r["wardShort"], "ward", r["provinceShort"], None, r["wardCode"],
                                      r["wardLat"], r["wardLon"], "2025", r["province"]))

    def _add(self, seen: set, place: Place) -> None:
        marker = (place.era, place.tier, place.code, place.name)
        if marker not in seen:
            seen.add(marker)
            self.by_key[key(place.name)].append(place)
            self.by_compact[key(place.name).replace(" ", "")].append(place)
            self.by_loose[loose_key(place.name)].append(place)

    def lookup(self, name: str, levels: tuple[str, ...] | None = None, era: str | None = None) -> list[Place]:
        """Places called `name` (any tone placement or case, syllables split otherwise: "Krông Ana" finds
        "Krông A Na", or "k"-final syllables marked otherwise: "Đắk Hà" finds "Đăk Hà"), optionally of some levels
        or one era."""
        folded = key(name)
        for places in (self.by_key.get(folded, []), self.by_compact.get(folded.replace(" ", ""), []),
                       self.by_loose.get(loose_key(name), [])):
            found = [p for p in places if (levels is None or p.level in levels) and (era is None or p.era == era)]
            if found:
                return found
        return []

    def provinces_of(self, name: str, levels: tuple[str, ...] | None = None) -> set[str]:
        """Names of the (legacy) provinces that have a unit called `name`."""
        return {p.province for p in self.lookup(name, levels) if p.era == "legacy"}

    def is_province(self, name: str) -> bool:
        return any(p.tier == "province" for p in self.lookup(name))


_index: Gazetteer | None = None


def build_gazetteer() -> Gazetteer:
    """The index read from the library's SQLite tables (about 1 s: callers keep or cache it)."""
    with sqlite3.connect(f"file:{_database()}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        legacy = conn.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, district, districtShort, "
            "districtType, districtCode, districtLat, districtLon, ward, wardShort, wardType, wardCode, wardLat, "
            "wardLon FROM admin_units_legacy").fetchall()
        new = conn.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, ward, wardShort, wardType, "
            "wardCode, wardLat, wardLon FROM admin_units").fetchall()
    return Gazetteer(legacy, new)


def use_gazetteer(index: Gazetteer) -> None:
    """Serve `index` from now on (the pipeline loads it from its on-disk cache instead of rebuilding it)."""
    global _index
    _index = index


def gazetteer() -> Gazetteer:
    """The shared index, built on first use unless one was provided, then kept for the life of the process."""
    global _index
    if _index is None:
        _index = build_gazetteer()
    return _index


@cache
def code_2025(place: Place) -> str | None:
    """Official code of the unit after the 2025 reorganisation: new ward code for a ward, new province code for
    a province; districts were abolished in 2025 and get None."""
    if place.era == "2025":
        return place.code
    from vietnamadminunits import convert_address

    try:
        if place.tier == "ward" and place.full_district:
            full_ward = f"{LEVEL_WORD[place.level].capitalize()} {place.name}"
            converted = convert_address(f"{full_ward}, {place.full_district}, {place.full_province}")
            return converted.ward_code
        if place.tier == "province":
            converted = convert_address(place.full_province)
            return converted.province_code
    except Exception:  # the converter raises plain exceptions for units it cannot map
        return None
    return None
