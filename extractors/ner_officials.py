"""Officials recovered from underthesea's NER when no title anchors them (optional pass, `--ner`).

underthesea tags "Bí thư Huyện uỷ Hương Sơn Bùi Nhân Sâm" as one location, so its entities are never trusted
for titled officials (the rules in `officials` handle those). This pass only adds PER entities the rules did not
find, in the contexts of `data/ner_official_patterns.json` (spaCy Matcher over a Doc built from underthesea's
words), with no title and the role of their sentence.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from extractors import lexicon
from extractors.context import ArticleContext
from extractors.people import role_of, title_case
from extractors.textnorm import key
from schemas import Official, Sentence

NAME = "officials_ner"
VERSION = "1"
EXTRACTOR = f"{NAME}.underthesea+spacy@{VERSION}"
TABLE = "officials"
NEEDS = ("officials",)  # names the rules found are not added again
PROVIDES = ()
MOVEMENT_FACTS = False
PATTERNS = Path(__file__).parent / "data" / "ner_official_patterns.json"


@cache
def _matcher():
    import spacy
    from spacy.matcher import Matcher

    vocab = spacy.blank("xx").vocab  # a vocab with lexical attribute getters (LOWER), no model
    matcher = Matcher(vocab)
    for label, patterns in json.loads(PATTERNS.read_text(encoding="utf-8")).items():
        if not label.startswith("_"):
            matcher.add(label, patterns)
    return vocab, matcher


def _doc(sentence: Sentence):
    """A spaCy Doc of the sentence's underthesea words, with its PER entities as `doc.ents`."""
    from spacy.tokens import Doc, Span

    vocab, _ = _matcher()
    tokens = sentence.tokens
    words = [t.text for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].start > t.end for i, t in enumerate(tokens)]
    doc = Doc(vocab, words=words, spaces=spaces)
    ents = []
    for entity in sentence.entities:
        if entity.label != "PER":
            continue
        first = next((i for i, t in enumerate(tokens) if t.start >= entity.start), None)
        last = next((i for i, t in reversed(list(enumerate(tokens))) if t.end <= entity.end), None)
        if first is not None and last is not None and last >= first:
            ents.append(Span(doc, first, last + 1, label="PER"))
    doc.ents = ents
    return doc


def _plausible(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and key(name) not in lexicon.EXCLUDED_NAMES


def applies(ctx: ArticleContext) -> bool:
    """Only when the segmenter ran the optional NER pass (`--ner`)."""
    return any(sentence.entities for sentence in ctx.doc.sentences)


def extract(ctx: ArticleContext) -> list[Official]:
    """Officials without title from NER entities in trusted contexts, skipping names the rules found."""
    _, matcher = _matcher()
    seen = {key(o.name) for o in ctx.officials}
    records = []
    for sentence in ctx.doc.sentences:
        if not sentence.entities or sentence.is_title:
            continue
        doc = _doc(sentence)
        for _, start, end in matcher(doc):
            for ent in doc.ents:
                if not (start <= ent.start < end):
                    continue
                tokens = sentence.tokens[ent.start:ent.end]
                char_start, char_end = tokens[0].start, tokens[-1].end
                name = title_case(ctx.doc.text[char_start:char_end])
                if not _plausible(name) or key(name) in seen:
                    continue
                seen.add(key(name))
                records.append(Official(
                    article_id=ctx.doc.article_id, evidence=sentence.text, char_start=char_start, char_end=char_end,
                    extractor=EXTRACTOR, name=name, title=None, unit=None, role=role_of(sentence.text)))
    return records
