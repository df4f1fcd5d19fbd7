"""People in the text, shared by the extractors of officials: how a name is cased, what role a sentence gives."""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.textnorm import fold


def title_case(name: str) -> str:
    """"nguyễn văn a" -> "Nguyễn Văn A": names are stored capitalised whatever the casing of the text."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def role_of(sentence_text: str) -> str:
    """Role of the officials of a sentence, from its verbs (`lexicon.ROLES`, first listed cue found wins)."""
    folded = fold(sentence_text)
    for cue, role in lexicon.ROLES:
        if re.search(rf"(?<!\w){cue}(?!\w)", folded):
            return role
    return "other"
