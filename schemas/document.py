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
    known ("day", "month", "year"), and `dateline` is a date printed in the page header when the metadata has
    none: extractors use it to put a year on "Sáng 15/10".
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
    extras: dict = field(default_factory=dict)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character `offset`, or None."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    @property
    def reference_date(self) -> date | None:
        """The best date to resolve a year-less "15/10" against: metadata first, then the page dateline."""
        return self.published or self.dateline
