"""The segmented article: what every extractor receives.

Plain frozen dataclasses rather than pydantic models: an article has thousands of tokens and these objects are
built on the hot path, then pickled to worker processes or Dask workers; validation would only cost time here
because the segmenter is the only producer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Token:
    """One underthesea word (may span several syllables) with offsets into the article text."""

    text: str
    start: int
    end: int
    pos: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by a statistical tagger (underthesea NER), with offsets into the article text."""

    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text; `start`/`end` are offsets into `SegmentedArticle.text`."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool = False
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class SegmentedArticle:
    """A cleaned article cut into paragraphs, sentences and words.

    `published` is the publication date from metadata or the page, `published_precision` says how much of it is
    known ("day", "month", "year"), `dateline` is a date printed in the page header, and `url_date` the
    publication date the portal wrote into the article's address (`pipeline.urldates`), with its precision.
    Extractors resolve a year-less "Sáng 15/10" against `reference_date` at `reference_precision`.
    """

    article_id: str
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    published: date | None = None
    published_precision: str | None = None
    dateline: date | None = None
    outlet: str | None = None
    url: str | None = None
    url_date: date | None = None
    url_date_precision: str | None = None
    extras: dict = field(default_factory=dict)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character `offset`, or None."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    @property
    def reference(self) -> tuple[date | None, str | None]:
        """(date, precision) to resolve a year-less "15/10" against: a day-precise metadata date first, then a
        day-precise page dateline or URL date that falls within a coarser metadata date (a header widget showing
        today's date disagrees with it and is skipped), then the coarser metadata date, then a URL month."""
        if self.published and self.published_precision in (None, "day"):
            return self.published, "day"
        for found in (self.dateline, self.url_date if self.url_date_precision == "day" else None):
            if found and (self.published is None or _within(found, self.published, self.published_precision)):
                return found, "day"
        if self.published:
            return self.published, self.published_precision
        if self.url_date:
            return self.url_date, self.url_date_precision or "day"
        return None, None

    @property
    def reference_date(self) -> date | None:
        """The date of `reference`: the first day of what is known."""
        return self.reference[0]

    @property
    def reference_precision(self) -> str | None:
        return self.reference[1]


def _within(day: date, coarse: date, precision: str | None) -> bool:
    return day.year == coarse.year and (precision == "year" or day.month == coarse.month)
