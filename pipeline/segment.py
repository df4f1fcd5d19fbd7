"""Cut a cleaned article into paragraphs, sentences and words with underthesea, keeping character offsets.

underthesea returns strings, not spans; each piece is located in the text from a moving cursor, so every
sentence and word keeps `start`/`end` offsets into the article text (the provenance of every fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors import lexicon
from pipeline.clean import CleanArticle
from pipeline.urldates import url_date
from schemas import Entity, SegmentedArticle, Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")
# The longest sentence a fact may quote as its evidence. The longest real sentence of the dev set and the corpus
# (968 sentences) is 805 characters, a list of honoured collectives; a text with no full stop (a crawl that lost
# its punctuation, a one-line dump) would otherwise be one sentence of megabytes, quoted whole by every fact in it
# and scanned whole by every per-sentence rule. Longer pieces are cut at their last ";", else ",", else space.
MAX_SENTENCE_CHARS = 3000
_CUTS = (";", ",", " ")
_LEADING_SPACE = re.compile(r"\s*")
_DOTTED_INITIALS = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,2})\.$")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _ends_in_level_abbreviation(piece: str) -> bool:
    """A dotted level abbreviation ("TX.", "TP.", "H.", "X.") ends no sentence: the unit's name follows it ("Năm
    2024, TX. Hồng Lĩnh ..."). A one-letter one only after a word that is not capitalised, where no person's
    initial stands ("ông Nguyễn Văn H.")."""
    initials = _DOTTED_INITIALS.search(piece)
    if not initials or initials.group(1).lower() + "." not in lexicon.LEVEL_ABBREVIATIONS:
        return False
    previous = _LAST_WORD.search(piece, 0, initials.start())
    return len(initials.group(1)) > 1 or previous is None or not previous.group(1)[0].isupper()


def _locate(pieces: list[str], text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Spans of `pieces` found in order in `text` (offset by `offset`); a piece not found ends the walk."""
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:
            return
        yield offset + found, offset + found + len(piece)
        cursor = found + len(piece)


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph; falls back to the whole paragraph if alignment fails."""
    from underthesea import sent_tokenize

    spans = list(_locate(sent_tokenize(paragraph), paragraph, 0))
    if not spans:
        return [(0, len(paragraph))]
    # Whatever alignment missed at the end stays attached to the last sentence.
    if spans[-1][1] < len(paragraph.rstrip()):
        spans[-1] = (spans[-1][0], len(paragraph.rstrip()))
    # Keep text between sentences (opening quotes, dashes) with the following sentence.
    fixed = [(0, spans[0][1])] if spans[0][0] > 0 else [spans[0]]
    for start, end in spans[1:]:
        previous_start, previous_end = fixed[-1]
        # underthesea splits "Baohatinh.vn" or "TP.HCM" at the dot: no space before a lowercase or digit start
        # means the same sentence goes on.
        glued = previous_end == start and (paragraph[start].islower() or paragraph[start].isdigit()) or \
            paragraph[start].isupper() and _ends_in_level_abbreviation(paragraph[previous_start:previous_end])
        fixed[-1:] = [(previous_start, end)] if glued else [fixed[-1], (start, end)]
    return [piece for span in fixed for piece in _bounded(paragraph, *span)]


def _bounded(paragraph: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) cut into pieces of at most MAX_SENTENCE_CHARS, each ending after a ";", "," or space."""
    while end - start > MAX_SENTENCE_CHARS:
        window = paragraph[start:start + MAX_SENTENCE_CHARS]
        cut = next((found + 1 for found in map(window.rfind, _CUTS) if found > 0), MAX_SENTENCE_CHARS)
        yield start, start + len(window[:cut].rstrip())
        start = _LEADING_SPACE.match(paragraph, start + cut, end).end()  # slices of the window only: linear
    if end > start:
        yield start, end


def tokenize(sentence: str, offset: int, with_pos: bool = False) -> tuple[Token, ...]:
    """underthesea words of one sentence (POS tags only when asked: they cost a second pass)."""
    if with_pos:
        from underthesea import pos_tag

        tagged = pos_tag(sentence)
        words, tags = [w for w, _ in tagged], [t for _, t in tagged]
    else:
        from underthesea import word_tokenize

        words, tags = word_tokenize(sentence), None
    spans = list(_locate(words, sentence, offset))
    return tuple(Token(w.strip(), s, e, tags[i] if tags else None)
                 for i, (w, (s, e)) in enumerate(zip(words, spans, strict=False)))


def recognise(sentence: str, offset: int) -> tuple[tuple[Token, ...], tuple[Entity, ...]]:
    """underthesea NER over one sentence: its words (with POS) and PER/ORG/LOC entities with offsets."""
    from underthesea import ner

    tagged = ner(sentence)
    spans = list(_locate([w for w, *_ in tagged], sentence, offset))
    tokens = tuple(Token(w.strip(), s, e, pos) for (w, pos, *_), (s, e) in zip(tagged, spans, strict=False))
    entities, current = [], None
    for (_, _, _, tag), (start, end) in zip(tagged, spans, strict=False):
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != tag[2:])):
            if current:
                entities.append(current)
            current = [tag[2:], start, end]
        elif tag.startswith("I-") and current:
            current[2] = end
        else:
            if current:
                entities.append(current)
            current = None
    if current:
        entities.append(current)
    text_of = lambda s, e: sentence[s - offset:e - offset]  # noqa: E731
    return tokens, tuple(Entity(label, s, e, text_of(s, e)) for label, s, e in entities)


def segment(article: CleanArticle, article_id: str, with_words: bool = False, with_pos: bool = False,
            with_ner: bool = False) -> SegmentedArticle:
    """The segmented article for the extractors; the headline paragraph is flagged `is_title`.

    Sentences always come from underthesea. Words cost more than everything else of the pipeline together
    (see scripts/benchmark.py) and no rule extractor reads them, so they are only computed when asked, or
    with the NER pass (`with_ner`), which tags words and entities in one call."""
    text = article.text
    found_in_url, url_precision = url_date(article.url)  # a reference date when the metadata gives none
    sentences: list[Sentence] = []
    for paragraph_index, match in enumerate(_PARAGRAPH.finditer(text)):
        paragraph = match.group()
        is_title = paragraph_index == 0 and article.title is not None and paragraph.strip() == article.title
        for start, end in split_sentences(paragraph):
            abs_start, abs_end = match.start() + start, match.start() + end
            body = text[abs_start:abs_end]
            entities: tuple[Entity, ...] = ()
            if with_ner:
                tokens, entities = recognise(body, abs_start)
            else:
                tokens = tokenize(body, abs_start, with_pos) if with_words or with_pos else ()
            sentences.append(Sentence(len(sentences), abs_start, abs_end, body, paragraph_index, is_title, tokens,
                                      entities))
    return SegmentedArticle(
        article_id=article_id, text=text, sentences=tuple(sentences), title=article.title,
        published=article.published, published_precision=article.published_precision,
        dateline=article.dateline, outlet=article.outlet, url=article.url, url_date=found_in_url,
        url_date_precision=url_precision,
    )
