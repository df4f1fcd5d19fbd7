"""Administrative units named in an article, resolved to official codes: one `Unit` record per distinct unit.

The mentions come from `unit_mentions` (shared with every extractor that attributes a fact to a unit); this
module resolves each distinct one in the gazetteer to its province, legacy code, 2025 code and coordinates.
"""

from __future__ import annotations

from bisect import bisect_right

from extractors.context import ArticleContext
from extractors.gazetteer import DISTRICT_LEVELS, LEVEL_WORD, PROVINCE_LEVELS, code_2025
from extractors.textnorm import key
from extractors.unit_mentions import UnitMention, known_places, tier_levels
from schemas import SegmentedArticle, Sentence, Unit

NAME = "units"
VERSION = "4"  # 4: numbered wards and districts, hyphenated and number-ending names, "Đắk"/"Đăk", eras chosen by the
# article's province, streets and cooperatives named after places
# 3: mixed lists, addresses, apostrophes, 2025 wards, names inside names, Youth Union bodies
# 2: no unit from a name after "xã" ("xã Phan Thị Thanh Hoa"); resolution never crosses provinces
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "units"
NEEDS = ("mentions", "province")
PROVIDES = ("units",)
MOVEMENT_FACTS = False  # units are stored for every article


def resolve(mention: UnitMention, province: str | None, districts: frozenset[str] = frozenset()):
    """The gazetteer place of a mention, or None when the article does not pin it down.

    Candidates are places of the mention's tier (a "xã" may have become a "phường", a "huyện" a "thị xã": the
    gazetteer is more recent than many articles) in the article's province, legacy ones first; the written level
    narrows them, then the districts the article names ("xã Yên Thọ" of a Yên Định article); a name left in
    several provinces or districts stays unresolved rather than guessed."""
    places = known_places(mention.name, tier_levels(mention.level))
    if province:  # before the era: "phường Ba Đình" of a Hà Nội article is the ward of 2025, not Thanh Hoá's of old
        places = [p for p in places if key(p.province) == key(province)] or places
    candidates = [p for p in places if p.era == "legacy"] or places
    if len({p.province for p in candidates}) > 1:
        return None
    for narrowed in ([p for p in candidates if p.level == mention.level],
                     [p for p in candidates if p.district and key(p.district) in districts], candidates):
        if narrowed and len({(p.province, p.district) for p in narrowed}) == 1:
            return narrowed[0]
    return None


def _sentence_at(doc: SegmentedArticle, starts: list[int], offset: int) -> Sentence | None:
    """`doc.sentence_at(offset)` by bisection over the sentences' starts (sentences do not overlap)."""
    index = bisect_right(starts, offset) - 1
    return doc.sentences[index] if index >= 0 and offset < doc.sentences[index].end else None


def _official_name(mention: UnitMention, place) -> str:
    """The gazetteer's spelling of the name (tones, case, apostrophes), or the name as written when the gazetteer
    splits its syllables otherwise ("Krông Ana" in the text and the 2025 list, "Krông A Na" in the legacy one)."""
    if place is None or key(place.name) != key(mention.name):
        return mention.name
    return place.name


def extract(ctx: ArticleContext) -> list[Unit]:
    """One `Unit` per distinct unit the article names, at its first mention."""
    doc, mentions, province = ctx.doc, ctx.mentions, ctx.province
    districts = frozenset(key(m.name) for m in mentions if m.level in DISTRICT_LEVELS)
    records, seen = [], set()
    starts = [s.start for s in doc.sentences]  # sentences are in text order
    for mention in mentions:
        ident = (mention.level, key(mention.name))
        if ident in seen:
            continue
        seen.add(ident)
        place = resolve(mention, province, districts)
        sentence = _sentence_at(doc, starts, mention.start)
        name = _official_name(mention, place)
        records.append(Unit(
            article_id=doc.article_id, evidence=sentence.text if sentence else doc.text[mention.start:mention.end],
            char_start=mention.start, char_end=mention.end, extractor=EXTRACTOR, level=mention.level,
            name=name,
            province=place.province if place else (mention.name if mention.level in PROVINCE_LEVELS else province),
            code=place.code if place else None, code_2025=code_2025(place) if place else None,
            latitude=place.latitude if place else None, longitude=place.longitude if place else None,
            label=f"{LEVEL_WORD[mention.level]} {name}",
        ))
    return records
