"""Lint of the lexicon: entries written the way matching expects, no duplicates, no entry that an earlier one
always beats, and one spelling of the administrative levels across every table that names them."""

from __future__ import annotations

import re

import pytest

from extractors import lexicon
from extractors.gazetteer import LEVEL_OF_TYPE, LEVEL_WORD, RANK
from extractors.textnorm import fold, key

# Tables of words matched against `textnorm.fold(text)`: lower case, new-style tones ("uỷ", "hoà").
FOLDED_TABLES = {
    "UNIT_LEVEL_WORDS": list(lexicon.UNIT_LEVEL_WORDS),
    "PLURAL_DETERMINERS": list(lexicon.PLURAL_DETERMINERS),
    "LEVEL_WORD_COMPOUNDS": list(lexicon.LEVEL_WORD_COMPOUNDS),
    "COMMITTEE_LEVELS": list(lexicon.COMMITTEE_LEVELS),
    "GENERIC_LEVEL_WORDS": list(lexicon.GENERIC_LEVEL_WORDS),
    "GRADE_OF_WORD": list(lexicon.GRADE_OF_WORD),
    "ORGANISATION_COMMITTEES": [w for w, _ in lexicon.ORGANISATION_COMMITTEES],
    "TITLE_UNIT_CUES": [w for w, _ in lexicon.TITLE_UNIT_CUES],
    "UNIT_BEFORE_NAME": list(lexicon.UNIT_BEFORE_NAME),
    "VILLAGE_WORDS": list(lexicon.VILLAGE_WORDS),
    "CENTRAL_BODIES": list(lexicon.CENTRAL_BODIES),
    "ORGANISATIONS_BEFORE_LEVEL": list(lexicon.ORGANISATIONS_BEFORE_LEVEL),
    "PLACE_PREPOSITIONS": list(lexicon.PLACE_PREPOSITIONS),
    "ORGANISATION_PREFIXES": list(lexicon.ORGANISATION_PREFIXES),
    "ORGANISATIONS_LIKE_UNITS": list(lexicon.ORGANISATIONS_LIKE_UNITS),
    "ACTION_VERBS": list(lexicon.ACTION_VERBS),
    "NULL_VERBS": list(lexicon.NULL_VERBS),
    "SELECTION_VERBS": list(lexicon.SELECTION_VERBS),
    "CHAIN_FILLERS": list(lexicon.CHAIN_FILLERS),
    "NOT_AWARD_VERBS": list(lexicon.NOT_AWARD_VERBS),
    "ISSUER_HEADS": list(lexicon.ISSUER_HEADS),
    "NOT_ISSUER_BEFORE_HEAD": list(lexicon.NOT_ISSUER_BEFORE_HEAD),
    "EVENT_NOUNS": list(lexicon.EVENT_NOUNS),
    "GATHERING_NOUNS": list(lexicon.GATHERING_NOUNS),
    "SELF_KIND_NOUNS": list(lexicon.SELF_KIND_NOUNS),
    "CONTEST_NOUNS": list(lexicon.CONTEST_NOUNS),
    "PROGRAMME_NOUNS": list(lexicon.PROGRAMME_NOUNS),
    "PROGRAMME_KIND_WORDS": list(lexicon.PROGRAMME_KIND_WORDS),
    "MEETING_NOUNS": list(lexicon.MEETING_NOUNS),
    "MEETING_REVIEW_WORDS": list(lexicon.MEETING_REVIEW_WORDS),
    "MEETING_WORKING_WORDS": list(lexicon.MEETING_WORKING_WORDS),
    "HOLDING_VERBS": list(lexicon.HOLDING_VERBS),
    "JOINED_KIND_WORDS": list(lexicon.JOINED_KIND_WORDS),
    "EVENT_NEGATIVE_CUES": list(lexicon.EVENT_NEGATIVE_CUES),
    "NEGATIVE_CUE_LOOKALIKES": list(lexicon.NEGATIVE_CUE_LOOKALIKES),
    "PLANNED_HOLDING_CUES": list(lexicon.PLANNED_HOLDING_CUES),
    "BACKGROUND_CLAUSE_CUES": list(lexicon.BACKGROUND_CLAUSE_CUES),
    "PLENUM_BODIES": list(lexicon.PLENUM_BODIES),
    "DOCUMENT_OF_A_CONFERENCE": list(lexicon.DOCUMENT_OF_A_CONFERENCE),
    "EVENT_CELEBRATED_CUES": list(lexicon.EVENT_CELEBRATED_CUES),
    "FESTIVAL_NOUNS": list(lexicon.FESTIVAL_NOUNS),
    "LAUNCH_WORDS": list(lexicon.LAUNCH_WORDS),
    "GATHERING_EXAMPLE_CUES": list(lexicon.GATHERING_EXAMPLE_CUES),
    "GATHERING_COUNT_WORDS": list(lexicon.GATHERING_COUNT_WORDS),
    "MOVEMENT_CUES": list(lexicon.MOVEMENT_CUES),
    "ATTENDANCE_CUES": list(lexicon.ATTENDANCE_CUES),
    "MOVEMENT_DEFAULTS": [w for w, _ in lexicon.MOVEMENT_DEFAULTS],
    "OUTCOME_BACKGROUND_BEFORE": list(lexicon.OUTCOME_BACKGROUND_BEFORE),
    "OUTCOME_BACKGROUND_AFTER": list(lexicon.OUTCOME_BACKGROUND_AFTER),
    "OUTCOME_DONE_CUES": list(lexicon.OUTCOME_DONE_CUES),
    "STANDING_BODIES": list(lexicon.STANDING_BODIES),
    "MEMBERS_FORMED_CUES": list(lexicon.MEMBERS_FORMED_CUES),
    "COMMENDATION_WORDS": list(lexicon.COMMENDATION_WORDS),
    "BODIES_NAMING_UNIT": list(lexicon.BODIES_NAMING_UNIT),
    "NAMED_THING_NOUNS": list(lexicon.NAMED_THING_NOUNS),
    "NAME_BREAK_WORDS": list(lexicon.NAME_BREAK_WORDS),
    "TITLE_HEADS": list(lexicon.TITLE_HEADS),
    "HONORIFICS": list(lexicon.HONORIFICS),
    "TITLE_STOPS": list(lexicon.TITLE_STOPS),
    "TITLE_CONTINUATIONS": list(lexicon.TITLE_CONTINUATIONS),
    "DELEGATION_NOUNS": list(lexicon.DELEGATION_NOUNS),
    "STREET_WORDS": list(lexicon.STREET_WORDS),
    "FORMER_WORDS": list(lexicon.FORMER_WORDS),
    "BODIES_OPENED_BY_SURNAMES": list(lexicon.BODIES_OPENED_BY_SURNAMES),
    "BODIES_WITH_PURPOSE": list(lexicon.BODIES_WITH_PURPOSE),
    "NOUNS_HOLDING_STOPS": list(lexicon.NOUNS_HOLDING_STOPS),
    "MIDDLE_NAMES": list(lexicon.MIDDLE_NAMES),
    "LEVEL_BODY_WORDS": list(lexicon.LEVEL_BODY_WORDS),
    "BODIES_HOLDING_COMMAS": list(lexicon.BODIES_HOLDING_COMMAS),
    "FIVE_SYLLABLE_NAME_STARTS": list(lexicon.FIVE_SYLLABLE_NAME_STARTS),
    "ROLES": [w for w, _ in lexicon.ROLES],
}
# Tables looked up with `textnorm.key(...)`: folded, and without punctuation or double spaces.
KEYED_TABLES = {
    "NOT_UNIT_NAMES": list(lexicon.NOT_UNIT_NAMES),
    "CITY_CONTRACTIONS": [w for w in lexicon.CITY_CONTRACTIONS if "." not in w],  # dotted: matched in the text
    "PROVINCE_ALIASES": list(lexicon.PROVINCE_ALIASES),
    "SURNAMES": list(lexicon.SURNAMES),
    "KINH_SURNAMES": list(lexicon.KINH_SURNAMES),
    "MINORITY_NAME_STARTS": list(lexicon.MINORITY_NAME_STARTS),
    "EXCLUDED_NAMES": list(lexicon.EXCLUDED_NAMES),
    "WORDS_OPENED_BY_SURNAMES": list(lexicon.WORDS_OPENED_BY_SURNAMES),
    "CAN_STEMS": list(lexicon.CAN_STEMS),
    "CHI_BRANCHES": list(lexicon.CHI_BRANCHES),
    "DOTTED_ABBREVIATIONS": list(lexicon.DOTTED_ABBREVIATIONS),
}
# Ordered tables where the first listed cue found wins: a later cue that contains an earlier one as a whole word
# can never win. Known cases are listed with the reason they are kept.
ORDERED_CUES = {
    "ROLES": lexicon.ROLES,
    "TITLE_UNIT_CUES": lexicon.TITLE_UNIT_CUES,
    "ORGANISATION_COMMITTEES": lexicon.ORGANISATION_COMMITTEES,
    "MOVEMENT_DEFAULTS": lexicon.MOVEMENT_DEFAULTS,
}
KNOWN_SHADOWED = {
    # matched as whole words, longest first (officials._unit): "thị xã" where written is never "xã"; the order
    # only ranks distinct words, narrowest first
    ("TITLE_UNIT_CUES", "thị xã"),
}


@pytest.mark.parametrize("name", sorted(FOLDED_TABLES))
def test_folded_tables_are_written_folded_without_duplicates(name):
    words = FOLDED_TABLES[name]
    assert [w for w in words if fold(w) != w] == [], f"{name}: write these lower case with new-style tones"
    assert len(words) == len(set(words)), f"{name}: duplicate entries"
    assert all(w == w.strip() and "  " not in w for w in words), name


@pytest.mark.parametrize("name", sorted(KEYED_TABLES))
def test_keyed_tables_are_written_as_keys_without_duplicates(name):
    words = KEYED_TABLES[name]
    assert [w for w in words if key(w) != w] == [], f"{name}: these entries can never match a key"
    assert len(words) == len(set(words)), f"{name}: duplicate entries"


def _contains_word(longer: str, shorter: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


@pytest.mark.parametrize("name", sorted(ORDERED_CUES))
def test_no_cue_is_shadowed_by_an_earlier_one(name):
    cues = [cue for cue, _ in ORDERED_CUES[name]]
    shadowed = {(name, later) for i, later in enumerate(cues) for earlier in cues[:i]
                if _contains_word(later, earlier)}
    assert shadowed - KNOWN_SHADOWED == set()


def test_one_spelling_of_the_administrative_levels():
    words = {word for word, _, _ in lexicon.LEVELS}
    codes = {code for _, code, _ in lexicon.LEVELS}
    assert len(words) == len(codes) == len(lexicon.LEVELS) == 8
    # the gazetteer's unit types are the level words
    assert LEVEL_OF_TYPE == lexicon.LEVEL_OF_WORD and set(LEVEL_WORD) == codes and set(RANK) == codes
    assert set(lexicon.PROVINCE_LEVELS) | set(lexicon.DISTRICT_LEVELS) | set(lexicon.WARD_LEVELS) == codes
    for level in lexicon.PROVINCE_LEVELS:
        assert RANK[level] <= 1
    for level in lexicon.WARD_LEVELS:
        assert RANK[level] == 3
    # every table naming a level says the same level for the same word
    for word, code in list(lexicon.UNIT_LEVEL_WORDS.items()) + list(lexicon.TITLE_UNIT_CUES):
        assert code in codes, word
        if word in words:
            assert lexicon.LEVEL_OF_WORD[word] == code, word
    committees = dict(lexicon.ORGANISATION_COMMITTEES)
    for word, code in lexicon.COMMITTEE_LEVELS.items():
        assert word.endswith(" uỷ") and code in codes
        assert committees.get(word, code) == code, word
    for word, code in lexicon.TITLE_UNIT_CUES:
        assert lexicon.COMMITTEE_LEVELS.get(word, code) == code, word
    for word, code in committees.items():
        assert code in codes and word.endswith((" uỷ", " xã", " phường", " thị trấn")), word
    # abbreviations name the level their full word does ("tp." is thành phố)
    assert lexicon.UNIT_LEVEL_WORDS["tp."] == lexicon.LEVEL_OF_WORD["thành phố"]
    # grades come from the rank of the level word
    assert set(lexicon.GENERIC_LEVEL_WORDS) <= words
    assert set(lexicon.GRADE_OF_WORD) - words == {"cơ sở", "đặc khu"}
    for word, grade in lexicon.GRADE_OF_WORD.items():
        if word in words:
            assert grade == lexicon.GRADE_OF_RANK[RANK[lexicon.LEVEL_OF_WORD[word]]]
    assert set(lexicon.UNIT_BEFORE_NAME) - words <= {"uỷ", "ubnd", "hđnd"}


def test_patterns_of_the_lexicon_compile():
    tables = (lexicon.MODEL_NOUNS, lexicon.RECIPIENT_NOUNS, lexicon.OUTCOME_NOUNS, lexicon.FIELDS, lexicon.AWARDS,
              lexicon.EVENT_KINDS)
    for table in tables:
        for pattern, _ in table:
            re.compile(pattern)
    for _, _, patterns in lexicon.MOVEMENTS:
        for pattern in patterns:
            re.compile(pattern)
    for pattern in (lexicon.POPULATION_BEFORE, lexicon.POPULATION_AFTER, lexicon.ATTENDEE_NOUN,
                    lexicon.EXAMPLE_CUES, lexicon.BREAKDOWN_LABEL, lexicon.FIELD_CUE, lexicon.PERSON_MARKERS,
                    lexicon.COLLECTIVE_NOUNS, lexicon.GIFT_CEREMONY, *lexicon.REVIEW_VERBS, *lexicon.MOVEMENT_ARTICLE_CUES,
                    *lexicon.MOVEMENT_ARTICLE_WEAK_CUES, *lexicon.OUTCOME_TARGET_CUES, lexicon.PER_ITEM,
                    lexicon.PARTICIPATION_VERBS, lexicon.MEMBERS_SIZE_BEFORE):
        re.compile(pattern)
