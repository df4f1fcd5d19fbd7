"""Cut a cleaned article into paragraphs, sentences and words with underthesea, keeping character offsets.

underthesea returns strings, not spans; each piece is located in the text from a moving cursor, so every
sentence and word keeps `start`/`end` offsets into the article text (the provenance of every fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.clean import CleanArticle
from schemas import SegmentedArticle, Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")


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
        glued = previous_end == start and (paragraph[start].islower() or paragraph[start].isdigit())
        fixed[-1:] = [(previous_start, end)] if glued else [fixed[-1], (start, end)]
    return fixed


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


def segment(article: CleanArticle, article_id: str, with_words: bool = True,
            with_pos: bool = False) -> SegmentedArticle:
    """The segmented article for the extractors; the headline paragraph is flagged `is_title`."""
    text = article.text
    sentences: list[Sentence] = []
    for paragraph_index, match in enumerate(_PARAGRAPH.finditer(text)):
        paragraph = match.group()
        is_title = paragraph_index == 0 and article.title is not None and paragraph.strip() == article.title
        for start, end in split_sentences(paragraph):
            abs_start, abs_end = match.start() + start, match.start() + end
            body = text[abs_start:abs_end]
            tokens = tokenize(body, abs_start, with_pos) if with_words else ()
            sentences.append(Sentence(len(sentences), abs_start, abs_end, body, paragraph_index, is_title, tokens))
    return SegmentedArticle(
        article_id=article_id, text=text, sentences=tuple(sentences), title=article.title,
        published=article.published, published_precision=article.published_precision,
        dateline=article.dateline, outlet=article.outlet, url=article.url,
    )
