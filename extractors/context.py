"""What an article says about where and when, shared by the extractors: the one argument of every `extract`.

An `ArticleContext` holds the segmented article and two kinds of shared knowledge:
  - analyses computed on first use and then kept (`mentions`, `province`, `quantities`, `movement`, periods):
    pure functions of the article that several extractors read;
  - records provided by extractors that already ran (`units`, `event`, `officials`), which the registry
    (`extractors.registry`) stores with `provide` after running the extractor that declares them. Reading one
    before it was provided raises `MissingNeed`, so an extractor cannot silently depend on another one that
    happened to run first: it declares what it reads in `NEEDS` and the registry orders the extractors by that.
On top of these it answers the questions of attribution: which unit "toàn huyện" means, which period a sentence
or paragraph is about, which unit a clause names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from extractors import lexicon
from extractors.gazetteer import LEVEL_WORD, RANK
from extractors.movements import ArticleMovement, article_movement
from extractors.periods import Period, find_periods
from extractors.quantities import SentenceQuantities, find_quantities
from extractors.textnorm import fold, key
from extractors.unit_mentions import UnitMention, find_mentions, vote_province
from schemas import Event, Official, SegmentedArticle, Unit

# What an extractor may declare in NEEDS without another extractor providing it: computed on first use.
ANALYSES = ("mentions", "province", "quantities", "movement", "periods")


class MissingNeed(RuntimeError):
    """An extractor read a context slot that no extractor run before it provided (an undeclared need)."""


# "toàn huyện", "huyện đã ...", "Bộ CHQS tỉnh": a level word with no name refers to the article's unit of that
# level ("các xã", "từng xã", "15 phường", "xã nông thôn mới" refer to no one unit).
_GENERIC_LEVEL = re.compile(r"(?<!\w)(?<!\d )(?<!cấp )(?<!các )(?<!những )(?<!mọi )(?<!nhiều )(?<!từng )(toàn |cả |trên địa bàn |của )?("
                            + "|".join(lexicon.GENERIC_LEVEL_WORDS) + r")"
                            r"(?!\s*(?:uỷ|đoàn|hội|[^\W\d_]*[A-ZĐ]))(?!\w)"
                            # a kind of unit, not the article's: "tiêu chí xây dựng xã nông thôn mới nâng cao"
                            r"(?!\s+(?:nông thôn mới|đạt chuẩn|kiểu mẫu|văn minh))")
# A level word ending a list is plural too: "các cơ quan, đơn vị, phường", "100 mô hình cấp xã, phường".
_LISTED = re.compile(r"(?:(?:các|những)\s(?!năm|tháng|ngày|tuần|lần|kỳ|đợt|thời)[^.;:]{0,40}|cấp \w+(?: \w+)?)"
                     r"(?:,|\svà)\s*$")


# How far before a level word its list or its organisation is looked for: "các cơ quan, đơn vị, phường" (a list
# opened by "các" up to 40 characters earlier, _LISTED, plus the separator) and "Ban Chỉ đạo huyện" (the longest
# organisation of lexicon.ORGANISATIONS_BEFORE_LEVEL, 17 characters, and its space).
LIST_REACH = 50
ORGANISATION_REACH = 25
_ORGANISATION_BEFORE = re.compile(r"(?:" + "|".join(lexicon.ORGANISATIONS_BEFORE_LEVEL) + r")\s+$")
_CENTRAL = re.compile("|".join(lexicon.CENTRAL_BODIES))


def generic_levels(folded: str):
    """Level words standing for the article's unit of that level, without those that name several units."""
    for match in _GENERIC_LEVEL.finditer(folded):
        if not _LISTED.search(folded[max(0, match.start() - LIST_REACH):match.start()]):
            yield match


_GENERIC_TO_LEVEL = {word: lexicon.LEVEL_OF_WORD[word] for word in lexicon.GENERIC_LEVEL_WORDS}


@dataclass
class ArticleContext:
    doc: SegmentedArticle
    provided: dict[str, object] = field(default_factory=dict)
    _periods: dict[int, list[Period]] = field(default_factory=dict)
    _reviewed: dict[int, tuple[list[int], list[Period]]] = field(default_factory=dict)
    _paragraph_periods: dict[int, Period | None] = field(default_factory=dict)
    _most_named: dict[str, str | None] = field(default_factory=dict)
    _units_by_key: tuple[int, dict[str, Unit]] | None = None
    # per-article caches of the extractors' own (keyed by "module.what"), so no rule recomputes per count what
    # depends only on the article
    memo: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: SegmentedArticle) -> ArticleContext:
        return cls(doc)

    # --- analyses: computed once, on first use -------------------------------------------------------------
    @cached_property
    def mentions(self) -> list[UnitMention]:
        """Every unit mention in the article, in text order."""
        return find_mentions(self.doc)

    @cached_property
    def province(self) -> str | None:
        """The province that explains most of the article's units (None on a tie)."""
        return vote_province(self.mentions)

    @cached_property
    def quantities(self) -> list[SentenceQuantities]:
        """Numbers with their counted nouns, grouped, of every body sentence."""
        return find_quantities(self.doc)

    @cached_property
    def movement(self) -> ArticleMovement:
        """The movement the article is about and whether it reports one at all."""
        return article_movement(self.doc)

    # --- records provided by extractors that ran before ----------------------------------------------------
    def provide(self, slot: str, value: object) -> None:
        self.provided[slot] = value

    def _slot(self, slot: str):
        if slot not in self.provided:
            raise MissingNeed(f"context slot {slot!r} read before any extractor provided it (declare it in NEEDS)")
        return self.provided[slot]

    @property
    def units(self) -> list[Unit]:
        return self._slot("units")

    @property
    def event(self) -> Event | None:
        """The event the article reports (None when it reports none)."""
        return self._slot("event")

    @property
    def officials(self) -> list[Official]:
        return self._slot("officials")

    # --- units ------------------------------------------------------------------------------------------------
    def unit_record(self, label: str | None) -> Unit | None:
        """The unit record a label ("huyện Hương Sơn") names, in any spelling; the first one when several do."""
        if not label:
            return None
        units = self.units
        if self._units_by_key is None or self._units_by_key[0] != id(units):
            index: dict[str, Unit] = {}
            for unit in units:
                index.setdefault(key(f"{LEVEL_WORD[unit.level]} {unit.name}"), unit)
            self._units_by_key = (id(units), index)
        return self._units_by_key[1].get(key(label))

    def main_unit(self, level: str) -> str | None:
        """The unit of `level` the article is about: the event's, else the most named one."""
        # `events` itself attributes units before the event is known: the event counts once provided, and the
        # extractors that rely on it declare "event" in NEEDS (tests/test_registry.py checks that they do).
        event = self.provided.get("event")
        if event and event.unit and self.unit_record(event.unit) and self.unit_record(event.unit).level == level:
            return event.unit
        if level not in self._most_named:
            self._most_named[level] = self._most_named_unit(level)
        return self._most_named[level]

    def _most_named_unit(self, level: str) -> str | None:
        counts = Counter(m.label for m in self.mentions if m.level == level and not m.qualifier) or Counter(
            m.label for m in self.mentions if m.level == level)  # "xã Đại Bái (huyện Gia Bình)": the only huyện
        if not counts:
            return None
        first = {m.label: m.start for m in reversed(self.mentions)}
        return max(counts, key=lambda label: (counts[label], -first[label]))

    @cached_property
    def _named_by_rank(self) -> dict[int, tuple[list[int], list[UnitMention]]]:
        """Named units (not qualifiers) by rank of their level: offsets and mentions, in text order."""
        by_rank: dict[int, tuple[list[int], list[UnitMention]]] = {}
        for m in self.mentions:
            if not m.qualifier:
                starts, mentions = by_rank.setdefault(RANK[m.level], ([], []))
                starts.append(m.start)
                mentions.append(m)
        return by_rank

    def explicit_unit_in(self, start: int, end: int) -> UnitMention | None:
        """The most specific named unit in [start, end) (qualifiers in parentheses excluded)."""
        # the highest rank with a mention in the span, and its last mention there (the first of equal offsets)
        for rank in sorted(self._named_by_rank, reverse=True):
            starts, mentions = self._named_by_rank[rank]
            last = bisect_left(starts, end) - 1
            if last >= 0 and starts[last] >= start:
                return mentions[bisect_left(starts, starts[last])]
        return None

    def implied_unit(self, start: int, end: int) -> str | None:
        """The article's unit that "toàn huyện" / "cả tỉnh" / "trên địa bàn xã" in [start, end) stands for."""
        for match in generic_levels(fold(self.doc.text[start:end])):
            if match.group(1) and match.group(1) != "của ":
                label = self.main_unit(_GENERIC_TO_LEVEL[match.group(2)])
                if label:
                    return label
        return None

    def unit_of_organisation(self, name: str | None) -> str | None:
        """The unit an organisation's name places it in: "UBND huyện Thoại Sơn" names it, "Chủ tịch UBND tỉnh"
        means the article's province-level unit; "Trung ương" bodies belong to no unit."""
        if not name or _CENTRAL.search(fold(name)):
            return None
        # units named inside the name: its word sequences that are the key of a mention's label
        words = key(name).split(" ")
        spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        named = [first for label_key, first in self._first_mention_by_label.items() if label_key in spans]
        if named:  # the narrowest, the first named of equals
            return min(named, key=lambda first: (-RANK[first[1].level], first[0]))[1].label
        levels = [_GENERIC_TO_LEVEL[m.group(2)] for m in generic_levels(fold(name))]
        for level in reversed(levels):  # "Ban Thường vụ Huyện ủy" -> huyện: the last level word is the narrowest
            label = self.main_unit(level) or (self.province_label() if level == "tinh" else None)
            if label:
                return label
        for word, level in lexicon.ORGANISATION_COMMITTEES:
            if word in fold(name):
                return self.main_unit(level) or (self.province_label() if level == "tinh" else None)
        return None

    @cached_property
    def _first_mention_by_label(self) -> dict[str, tuple[int, UnitMention]]:
        """Label key -> (position in `mentions`, mention) of its first mention."""
        first: dict[str, tuple[int, UnitMention]] = {}
        for index, m in enumerate(self.mentions):
            first.setdefault(key(m.label), (index, m))
        return first

    def province_label(self) -> str | None:
        return f"tỉnh {self.province}" if self.province else None

    def unit_for(self, start: int, end: int) -> str | None:
        """Unit a clause is about: a named unit in it, else the article's unit for a bare level word (not one
        inside an organisation's name: "được Ban Chỉ đạo huyện công nhận" says who, not where)."""
        mention = self.explicit_unit_in(start, end)
        if mention:
            return mention.label
        folded = fold(self.doc.text[start:end])
        for match in generic_levels(folded):
            if _ORGANISATION_BEFORE.search(folded[max(0, match.start() - ORGANISATION_REACH):match.start()]):
                continue
            label = self.main_unit(_GENERIC_TO_LEVEL[match.group(2)])
            if label:
                return label
        return None

    # --- periods ----------------------------------------------------------------------------------------------
    def periods_of(self, sentence_index: int) -> list[Period]:
        if sentence_index not in self._periods:
            s = self.doc.sentences[sentence_index]
            ref = self.doc.reference_date
            self._periods[sentence_index] = find_periods(s.text, s.start, ref.year if ref else None)
        return self._periods[sentence_index]

    def periods_in(self, start: int, end: int, sentence_index: int) -> list[Period]:
        """Reviewed (not planned) periods of a sentence that start in [start, end)."""
        starts, reviewed = self._reviewed_periods(sentence_index)
        return reviewed[bisect_left(starts, start):bisect_left(starts, end)]

    def last_period_in(self, start: int, end: int, sentence_index: int) -> Period | None:
        """The last of `periods_in(start, end, sentence_index)`, found without listing the others."""
        starts, reviewed = self._reviewed_periods(sentence_index)
        last = bisect_left(starts, end) - 1
        return reviewed[last] if last >= 0 and starts[last] >= start else None

    def _reviewed_periods(self, sentence_index: int) -> tuple[list[int], list[Period]]:
        """A sentence's reviewed periods and their offsets, in text order (find_periods sorts them)."""
        if sentence_index not in self._reviewed:
            reviewed = [p for p in self.periods_of(sentence_index) if not p.plan]
            self._reviewed[sentence_index] = ([p.char_start for p in reviewed], reviewed)
        return self._reviewed[sentence_index]

    def paragraph_period(self, sentence_index: int) -> Period | None:
        """The nearest reviewed period stated earlier in the same paragraph (remembered for every sentence
        walked past, so a long paragraph is walked once)."""
        sentences, walked, index, result = self.doc.sentences, [], sentence_index, None
        while index not in self._paragraph_periods:
            walked.append(index)
            previous = index - 1
            if previous < 0 or sentences[previous].paragraph != sentences[index].paragraph:
                break
            found = [p for p in self.periods_of(previous) if not p.plan]
            if found:
                result = found[-1]
                break
            index = previous
        else:
            result = self._paragraph_periods[index]
        for index in walked:
            self._paragraph_periods[index] = result
        return result

