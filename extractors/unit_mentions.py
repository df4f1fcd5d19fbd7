"""Where an article names administrative units: mentions with level, name and offsets (shared helper).

Every extractor attributes its facts to units, so the mentions are found once per article (`ArticleContext`
computes them on first use) and the `units` extractor turns them into records. Stages:
  1. Explicit mentions: a level word and a capitalised name ("huyện Hương Sơn", "TP Hà Nội", "H. Nam Đàn").
  2. Party committees named after their unit ("Huyện uỷ Hương Sơn", "Tỉnh uỷ Thanh Hoá").
  3. Continuations of a mention ("xã Vĩnh Khương, Tuấn Đạo", "các huyện: Quan Sơn, Như Thanh và Mường Lát")
     and provinces in parentheses ("Cẩm Xuyên (Hà Tĩnh)").
  4. Bare names that are clearly units: the headline's leading place ("Tuyên Quang: ...") and known names after
     a place preposition ("tại Nam Đàn").
  5. The article's province is voted from all mentions (`vote_province`).
A name is only taken without a level word when the gazetteer knows it; with a level word, unknown names are kept
(new or renamed units), except for provinces, which are a closed list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

from extractors import lexicon
from extractors.gazetteer import DISTRICT_LEVELS, LEVEL_WORD, PROVINCE_LEVELS, WARD_LEVELS, gazetteer
from extractors.textnorm import fold, key
from schemas import SegmentedArticle

# A syllable of a name; an apostrophe between letters belongs to it, straight or curly ("M'Đrắk", "M’Đrắk",
# "Ea H’leo": ANNOTATION.md "look-alike letters").
_SYLLABLE = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
PREVIOUS_WORD_REACH = 20  # the word before a bare province name, if it is capitalised the name is part of another
ORGANISATION_REACH = 40  # "Trường Cao đẳng Công nghiệp " before "Thanh Hoá": an organisation's words before a place
PARENTHESIS_REACH = 60  # a qualifier aside "(huyện Gia Bình, tỉnh Bắc Ninh)" opens within 60 characters
MAX_NAME_SYLLABLES = 4
# A level word before a name: followed by a space or colon, or, abbreviated, by the name itself ("TP.Vinh", "P.5").
_LEVEL_RE = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(w) for w in sorted(lexicon.UNIT_LEVEL_WORDS, key=len, reverse=True))
    + r")(?:(?=[\s:])|(?<=\.)(?=[^\W_]))"
)
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.PLURAL_DETERMINERS) + r"|\d+)\s+$")
_COMPOUND_END = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.LEVEL_WORD_COMPOUNDS)) + r")$")
# Between two syllables of one name: a space, or a hyphen with or without spaces ("Bà Rịa - Vũng Tàu").
_NAME_JOINT = re.compile(r" ?[-–] ?(?=[^\W\d_])| (?=[^\W_])")
# A number that ends a name created in 2025 ("phường Hà Giang 1", "xã Tân Phước 1"), not one that starts a
# decimal, a thousands group, a date or a share ("Sơn Tiến 1.200", "12/10", "5%").
_TRAILING_NUMBER = re.compile(r"\d+(?![\d.,/%]\d|[/%\w])")
# Party committees and other bodies named after their unit ("Huyện uỷ Lục Ngạn", "Huyện Đoàn Yên Thế").
_BODY_LEVELS = lexicon.COMMITTEE_LEVELS | lexicon.BODIES_NAMING_UNIT
_COMMITTEE_RE = re.compile(r"(?<!\w)(" + "|".join(_BODY_LEVELS) + r")(?=\s)")
_CONTRACTION_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(
    lexicon.CITY_CONTRACTIONS, key=len, reverse=True)) + r")(?!\w)")


@dataclass(frozen=True)
class UnitMention:
    """One place in the text where a unit is named; `qualifier` marks "(Hà Tĩnh)"-style asides."""

    level: str
    name: str
    start: int
    end: int
    how: str
    qualifier: bool = False

    @property
    def label(self) -> str:
        return f"{LEVEL_WORD[self.level]} {self.name}"


def tier_levels(level: str) -> tuple[str, ...]:
    """Levels a gazetteer entry may have for a mention written with `level` (thành phố is two tiers)."""
    if level == "thanh_pho":
        return PROVINCE_LEVELS + DISTRICT_LEVELS
    if level in PROVINCE_LEVELS:
        return PROVINCE_LEVELS
    return DISTRICT_LEVELS if level in DISTRICT_LEVELS else WARD_LEVELS


def _capitalised_run(text: str, pos: int, numbered: bool = False) -> list[re.Match]:
    """Capitalised syllables starting at `pos`, separated by single spaces or hyphens ("Bà Rịa - Vũng Tàu"), and
    a number that ends a name ("Hà Giang 1"); with `numbered`, a leading number too ("Phường 1", "Quận 3": only
    wards and urban districts are numbered)."""
    run = []
    while len(run) < MAX_NAME_SYLLABLES + 2:
        match = _SYLLABLE.match(text, pos)
        if match and run and match.group()[0].isdigit():
            match = _TRAILING_NUMBER.match(text, pos)
            if match:
                run.append(match)
            break
        if not match or not (match.group()[0].isupper() or (numbered and match.group().isdigit() and not run
                                                             and not re.match(r"[.,]\d", text[match.end():]))):
            break
        run.append(match)
        pos = match.end()
        joint = _NAME_JOINT.match(text, pos)
        if match.group().isdigit() or not joint:
            break  # "Phường 5 Thạch Sô Phal": a numbered ward's name is its number
        pos = joint.end()
    return run


def _plain_run(text: str, run: list[re.Match]) -> list[re.Match]:
    """The part of a run an unknown name may take: up to a hyphen and without a trailing number (only a name the
    gazetteer knows joins parts by a hyphen or ends in a number)."""
    plain = run[:1]
    for previous, match in zip(run, run[1:], strict=False):
        if text[previous.end():match.start()] != " " or match.group().isdigit():
            break
        plain.append(match)
    return plain


def known_places(name: str, levels: tuple[str, ...]) -> list:
    """Places called `name` at `levels`; the province levels alone mean the province tier ("tỉnh Bà Rịa - Vũng
    Tàu" is no district-level "thành phố Bà Rịa", "các tỉnh, thành phố: A, B" lists provinces)."""
    places = gazetteer().lookup(name, levels)
    return [p for p in places if p.tier == "province"] if levels == PROVINCE_LEVELS else places


def _best_name(text: str, run: list[re.Match], levels: tuple[str, ...], known_only: bool) -> tuple[str, int] | None:
    """The longest prefix of `run` that the gazetteer knows at `levels`, else (if allowed) a plausible unknown."""
    if not run:
        return None
    for size in range(min(len(run), MAX_NAME_SYLLABLES), 0, -1):
        name = text[run[0].start():run[size - 1].end()].translate(_APOSTROPHES)
        # old names of provinces ("Sài Gòn", "Thừa Thiên Huế") only where a province is meant: "phường Sài Gòn" is a
        # ward created in 2025
        alias = lexicon.PROVINCE_ALIASES.get(key(name)) if set(levels) & set(PROVINCE_LEVELS) else None
        if alias:
            return alias, run[size - 1].end()
        if known_places(name, levels):
            if size < len(run) and _looks_like_person(run) and key(run[size].group()) not in lexicon.SURNAMES:
                return None  # "Bí thư Đảng ủy xã Phan Thị Thanh Hoa": a name, though "Phan" is also a commune
            return name, run[size - 1].end()
    run = _plain_run(text, run)
    if known_only or key(run[0].group()) in lexicon.NOT_UNIT_NAMES or _looks_like_person(run):
        return None
    size = len(run) if len(run) <= 3 else 2
    if any(len(m.group()) > 1 and m.group().isupper() for m in run[:size]):
        return None  # acronyms: "xã NTM", "huyện CHQS"
    return text[run[0].start():run[size - 1].end()].translate(_APOSTROPHES), run[size - 1].end()


def _miscased_name(text: str, pos: int, levels: tuple[str, ...]) -> tuple[str, int] | None:
    """A known name after a level word typed with a later syllable in lower case ("tỉnh Kon tum", "huyện Chư
    păh"), in the gazetteer's spelling: only when its first syllable is capitalised and the capitalised syllables
    alone name no unit of that level."""
    run = []
    while len(run) < MAX_NAME_SYLLABLES:
        match = _SYLLABLE.match(text, pos)
        if not match or not run and not match.group()[0].isupper():
            break
        run.append(match)
        if text[match.end():match.end() + 1] != " ":
            break
        pos = match.end() + 1
    for size in range(len(run), 1, -1):
        if all(m.group()[0].isupper() for m in run[:size]):
            return None  # nothing mis-cased: the capitalised run was tried already
        if size < len(run) and run[size].group()[0].isupper():
            continue  # the name goes on ("thị trấn Nông trường Mộc Châu" is no "Nông Trường")
        places = known_places(text[run[0].start():run[size - 1].end()], levels)
        if places:
            return places[0].name, run[size - 1].end()
    return None


def _looks_like_person(run: list[re.Match]) -> bool:
    """"thành phố Nguyễn Chí Tài": a title followed by a name, not a unit ("Văn"/"Thị" are middle names)."""
    words = [m.group() for m in run if not m.group().isdigit()]  # a number ends a unit's name, never a person's
    return len(words) >= 3 and (key(words[0]) in lexicon.SURNAMES or key(words[1]) in ("văn", "thị"))


def _explicit_mentions(text: str, folded: str) -> list[UnitMention]:
    mentions = []
    for match in _LEVEL_RE.finditer(folded):
        word = match.group(1)
        level = lexicon.UNIT_LEVEL_WORDS[word]
        pos = match.end()
        before = folded[max(0, match.start() - PREVIOUS_WORD_REACH):match.start()]
        if _COMPOUND_END.search(before + word):
            continue  # "Hợp tác xã Quyết Thắng": a cooperative
        plural = _PLURAL_BEFORE.search(before) is not None
        while pos < len(text) and (text[pos] == " " or text[pos] == ":" and plural):
            pos += 1
        abbreviated = word.endswith(".") or word in ("tp",)
        known_only = level in PROVINCE_LEVELS and level != "thanh_pho" or (abbreviated and word != "tp")
        numbered = level in ("phuong", "quan")  # "Phường 12", "quận 1", "P.5", "Q. 3"
        found = _best_name(text, _capitalised_run(text, pos, numbered), tier_levels(level), known_only)
        if found is None or not known_places(found[0], tier_levels(level)):
            found = _miscased_name(text, pos, tier_levels(level)) or found
        if found:
            name, end = found
            mentions.append(UnitMention(level, name, match.start(), end, "level_word"))
    for match in _CONTRACTION_RE.finditer(folded):
        mentions.append(UnitMention("thanh_pho", lexicon.CITY_CONTRACTIONS[match.group(1)], match.start(),
                                    match.end(), "contraction"))
    return mentions


def _committee_mentions(text: str, folded: str) -> list[UnitMention]:
    mentions = []
    for match in _COMMITTEE_RE.finditer(folded):
        level = _BODY_LEVELS[match.group(1)]
        found = _best_name(text, _capitalised_run(text, match.end() + 1), tier_levels(level), known_only=True)
        if found:
            mentions.append(UnitMention(level, found[0], match.end() + 1, found[1], "committee"))
    return mentions


_CONTINUATION = re.compile(r"\s*(?:,|;|và|,\s*và)\s+")
_ORGANISATION_REACH = max(map(len, lexicon.ORGANISATIONS_LIKE_UNITS))  # the longest such name, in characters


def _containing(mention: UnitMention, name: str) -> UnitMention | None:
    """`name` as the unit that contains `mention` (its district, or its province), or None: the parts of an
    address written without level words ("xã Trà Ka, Bắc Trà My, Quảng Nam", "xã Trà Ka (Bắc Trà My)")."""
    gaz = gazetteer()
    own = gaz.lookup(mention.name, tier_levels(mention.level))
    if mention.level in WARD_LEVELS:
        districts = [p for p in gaz.lookup(name, DISTRICT_LEVELS) if p.era == "legacy"
                     and any(o.district and key(o.district) == key(p.name) and o.province == p.province for o in own)]
        if districts:
            return UnitMention(districts[0].level, districts[0].name, 0, 0, "address")
    provinces = [p for p in gaz.lookup(lexicon.PROVINCE_ALIASES.get(key(name), name), PROVINCE_LEVELS)
                 if p.tier == "province" and (not own or any(o.province == p.province for o in own))]
    if provinces and mention.level not in PROVINCE_LEVELS:
        return UnitMention(provinces[0].level, provinces[0].name, 0, 0, "address")
    return None


def _continuations(text: str, mention: UnitMention) -> list[UnitMention]:
    """Further names listed after a mention: of the same level ("xã Bó Sinh, Mường Lầm"), or the units that
    contain it, written as an address without level words ("xã Trà Ka, Bắc Trà My, Quảng Nam")."""
    found, end, gaz, last = [], mention.end, gazetteer(), mention
    while True:
        sep = _CONTINUATION.match(text, end)
        if not sep:
            break
        numbered = mention.name.isdigit()  # "các phường 1, 2 và 5": a list of numbered wards goes on in numbers
        run = _capitalised_run(text, sep.end(), numbered)
        container = None
        for size in range(min(len(run), MAX_NAME_SYLLABLES) if run and not run[0].group().isdigit() else 0, 0, -1):
            container = _containing(last, text[run[0].start():run[size - 1].end()])
            if container:
                container = replace(container, start=sep.end(), end=run[size - 1].end())
                break
        if container:
            found.append(container)
            end, last = container.end, container
            continue
        if last is not mention:
            break
        name = _best_name(text, run, tier_levels(mention.level), known_only=True)
        if not name or gaz.is_province(name[0]) and mention.level not in PROVINCE_LEVELS:
            break
        if fold(text[sep.end():sep.end() + _ORGANISATION_REACH]).startswith(lexicon.ORGANISATIONS_LIKE_UNITS):
            break  # "xã Tân Phú Đông, Ban Công tác Mặt trận ấp ...": an organisation's name, not a listed xã
        found.append(UnitMention(mention.level, name[0], sep.end(), name[1], "list"))
        end = name[1]
    return found


# A list under several level words: "các xã, phường: Nghi Hải, Nghi Hoà, Thu Thuỷ", "các xã và thị trấn A, B".
_LEVEL_WORDS_ALT = "|".join(re.escape(w) for w in sorted(lexicon.LEVEL_OF_WORD, key=len, reverse=True))
_MIXED_LIST = re.compile(rf"(?<!\w)(?:các|những)\s+((?:{_LEVEL_WORDS_ALT})(?:\s*(?:,|và|/)\s*(?:{_LEVEL_WORDS_ALT}))+)"
                         r"\s*:?\s*")


def _mixed_lists(text: str, folded: str) -> list[tuple[tuple[str, ...], str, int, int, int]]:
    """(levels listed, name, start, end, start of the list) of each name under several level words; the level of
    each is chosen once the other mentions are known (`_mixed_level`)."""
    found, gaz = [], gazetteer()
    for match in _MIXED_LIST.finditer(folded):
        levels = tuple(dict.fromkeys(lexicon.LEVEL_OF_WORD[w] for w in re.findall(_LEVEL_WORDS_ALT, match.group(1))))
        pos = match.end()
        while True:
            name = _best_name(text, _capitalised_run(text, pos), levels, known_only=True)
            if not name or gaz.is_province(name[0]) and not set(levels) & set(PROVINCE_LEVELS):
                break
            found.append((levels, name[0], pos, name[1], match.start()))
            sep = _CONTINUATION.match(text, name[1])
            if not sep:
                break
            pos = sep.end()
    return found


def _mixed_level(levels: tuple[str, ...], name: str, mentions: list[UnitMention]) -> str:
    """The level a listed name has in the gazetteer among the levels listed ("các xã, phường: A, B"), in the
    districts, else the provinces, the article names when they decide it; else the first level listed."""
    places = gazetteer().lookup(name, levels)
    districts = {key(m.name) for m in mentions if m.level in DISTRICT_LEVELS}
    provinces = article_provinces(mentions) | {vote_province(mentions)}
    in_article = [p for p in places if p.district and key(p.district) in districts] or \
        [p for p in places if p.province in provinces] or places
    for era in ("legacy", "2025"):
        found = {p.level for p in in_article if p.era == era}
        if len(found) == 1:
            return found.pop()
    return levels[0]


# Names listed as examples of a plural level word, with words between: "một số xã có tiến độ gieo cấy nhanh như Phúc
# Sơn, Xuân Quang", "nhiều huyện đã hoàn thành, gồm: A, B", "các phường tiêu biểu là A và B". The words between stay
# in one clause (no ".;:") and within EXAMPLES_REACH characters; each listed name must be a known unit of that tier,
# in one of the article's provinces when it names any (ANNOTATION.md: "a bare name that is clearly a unit takes its
# level word").
EXAMPLES_REACH = 100
_PLURAL_EXAMPLES = re.compile(rf"(?<!\w)(?:các|một số|nhiều|những|hầu hết các)\s+({_LEVEL_WORDS_ALT})(?!\w)"
                              rf"[^.;:]{{0,{EXAMPLES_REACH}}}?\s(?:như|gồm có|gồm|tiêu biểu là|là)(?!\w)\s*:?\s*(?=[^\W\d_])")


def _plural_examples(text: str, folded: str, provinces: set[str]) -> list[UnitMention]:
    found, gaz = [], gazetteer()
    for match in _PLURAL_EXAMPLES.finditer(folded):
        level = lexicon.LEVEL_OF_WORD[match.group(1)]
        pos = match.end()
        while True:
            name = _best_name(text, _capitalised_run(text, pos), tier_levels(level), known_only=True)
            places = gaz.lookup(name[0], tier_levels(level)) if name else []
            if not places or provinces and not any(p.province in provinces for p in places):
                break
            in_article = [p for p in places if not provinces or p.province in provinces]
            found.append(UnitMention(in_article[0].level if len({p.level for p in in_article}) == 1 else level,
                                     name[0], pos, name[1], "list"))
            sep = _CONTINUATION.match(text, name[1])
            if not sep:
                break
            pos = sep.end()
    return found


_PAREN = re.compile(r"\s*\(([^()]{2,40})\)")
_PAREN_PARTS = re.compile(r"[^,;\-–]+")


def _qualifiers(text: str, mention: UnitMention) -> list[UnitMention]:
    """The units that contain a mention, in parentheses right after it: "huyện Mường La (Sơn La)", "xã Trà Ka
    (Bắc Trà My)", "xã Tân Lập (Mộc Châu, Sơn La)"."""
    match = _PAREN.match(text, mention.end)
    if not match:
        return []
    found, inner = [], mention
    for part in _PAREN_PARTS.finditer(text, match.start(1), match.end(1)):
        name = part.group().strip()
        if not name:
            continue
        start = part.start() + len(part.group()) - len(part.group().lstrip())
        container = _containing(inner, name)
        if container is None:
            return found
        container = replace(container, start=start, end=start + len(name), how="qualifier", qualifier=True)
        found.append(container)
        inner = container
    return found


_NAME_OPENERS = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.ORGANISATION_PREFIXES
                                                         + lexicon.NAMED_THING_NOUNS)) + r")(?!\w)")
# Between the word that opens a name and a place, a preposition or a clause break shows that the place is where,
# not part of the name: "Báo Nam Định" vs "phóng viên Báo X cho biết, ở Nam Định ...".
_PLACE_BREAK = re.compile(r"[,;:.()”]|(?<!\w)(?:" + "|".join(lexicon.PLACE_PREPOSITIONS + lexicon.NAME_BREAK_WORDS)
                          + r")(?!\w)")
_NAME_OPENER_BEFORE_QUOTE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.NAMED_THING_NOUNS))
                                       + r")(?:\s+[^\W\d_]+){0,3}\s*$")
# A quoted name is at most this long ("Thanh niên Lào Cai lập nghiệp", "Dân vận khéo trong xây dựng nông thôn mới").
QUOTED_NAME_REACH = 80


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a place name at `start` is part of the name of a newspaper, company or movement (ANNOTATION.md
    "What a unit is not"): inside the quoted name of a movement ("phong trào “Thanh niên Lào Cai lập nghiệp”"), or
    after a word that opens
    such a name with no preposition or clause break in between ("Báo Nam Định", "Công ty Cấp nước Thanh Hoá",
    "phong trào Thanh niên Quảng Ninh tình nguyện")."""
    quoted = text[max(0, start - QUOTED_NAME_REACH):start]
    opening = quoted.rfind("“")  # curly quotes only: straight ones do not say which side they open
    if opening > quoted.rfind("”") and _NAME_OPENER_BEFORE_QUOTE.search(fold(quoted[:opening])):
        return True  # a quoted movement or contest ("phong trào “Thanh niên Lào Cai lập nghiệp”"); a quoted model
        # may be named after a body, which names its unit ("mô hình “LLVT Quảng Bình hướng về ...”")
    if _in_quoted_list(text, start):
        return True
    folded = fold(text[max(0, start - ORGANISATION_REACH):start])
    openers = list(_NAME_OPENERS.finditer(folded))
    return bool(openers) and not _PLACE_BREAK.search(folded, openers[-1].end())


# A list of quoted names after the noun that names them: "các phong trào: "Toàn dân đoàn kết ...”, "Cựu chiến binh
# gương mẫu”, "Thanh niên Yên Bái lập nghiệp, tuổi trẻ giữ nước”" (quotes straight, curly or mixed). How far back
# the list may open: a handful of movement names.
QUOTED_LIST_REACH = 600
_QUOTE_CHARS = "“”\"‘’"
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(:,;]))[“\"‘](?=\S)")
_QUOTED_ITEM_BEFORE = re.compile(r"[“\"‘][^“”\"‘’]{1,120}[”\"’]\s*(?:,|;|và|,\s*và)?\s*$")


def _in_quoted_list(text: str, start: int) -> bool:
    """Whether `start` lies inside a quoted name that is an item of a list of quoted names opened by a noun of
    named things ("các phong trào: “A”, “B”, “C”"): each earlier item is skipped back to the noun."""
    before = text[max(0, start - QUOTED_LIST_REACH):start]
    last_quote = max(before.rfind(c) for c in _QUOTE_CHARS)
    if last_quote < 0 or not _OPENING_QUOTE.match(before, last_quote) or len(before) - last_quote > QUOTED_NAME_REACH:
        return False
    rest = before[:last_quote].rstrip()
    rest = rest[:-1].rstrip() if rest.endswith((",", ";")) else rest
    while True:
        item = _QUOTED_ITEM_BEFORE.search(rest)
        if item is None:
            break
        rest = rest[:item.start()].rstrip()
    return _NAME_OPENER_BEFORE_QUOTE.search(fold(rest.rstrip(" :"))) is not None


# A street, square or village named after a province ("phố Huế", "đường Hà Nội", "thôn Nghệ An"): the word before
# the name says what it is. "phố" alone is a street, not the end of "thành phố".
_PLACE_NOUN_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.STREET_WORDS + lexicon.VILLAGE_WORDS))
                                + r"|(?<!thành )phố)\s+$")


def _bare_provinces(text: str) -> list[UnitMention]:
    """Province names standing alone ("Công an Nghệ An", "(LLVT) Quảng Bình"): the whole capitalised run must be
    the name, and it must not be part of the name of a newspaper, company or movement (`_inside_a_name`)."""
    gaz, found = gazetteer(), []
    for match in _province_names_re().finditer(text):
        start, end = match.span()
        previous = re.search(r"([^\W\d_]+)\s$", text[max(0, start - PREVIOUS_WORD_REACH):start])
        following = _SYLLABLE.match(text, end + 1) if text[end:end + 1] == " " else None
        if previous and previous.group(1)[0].isupper() and fold(previous.group(1)) not in lexicon.PLACE_PREPOSITIONS \
                or following and following.group()[0].isupper():  # ("Ở Nghệ An": a sentence opens with "Ở")
            continue  # part of a longer name: "Hải Huế" (a byline), "Nguyễn Hà Nam"
        if _inside_a_name(text, start) or _PLACE_NOUN_BEFORE.search(fold(text[max(0, start - PREVIOUS_WORD_REACH):start])):
            continue
        place = next(p for p in gaz.lookup(match.group()) if p.tier == "province")
        found.append(UnitMention(place.level, place.name, start, end, "bare"))
    return found


@cache
def _province_names_re() -> re.Pattern:
    names = {p.name for places in gazetteer().by_key.values() for p in places
             if p.tier == "province" and (" " in p.name or p.name == "Huế") and p.name not in lexicon.PERSON_NAMED_PLACES}
    # "Bà Rịa - Vũng Tàu" is also written "Bà Rịa-Vũng Tàu"
    alternatives = (re.escape(n).replace(r"\ \-\ ", r"\s*[-–]\s*") for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w])(" + "|".join(alternatives) + r")(?!\w)")


def _inside_parentheses(text: str, start: int) -> bool:
    """An aside: a "(" less than PARENTHESIS_REACH characters before, not closed in between."""
    opened = text.rfind("(", max(0, start - PARENTHESIS_REACH + 1), start)
    return opened >= 0 and text.rfind(")", opened, start) < 0


def _bare_mentions(doc: SegmentedArticle, provinces: set[str], known: dict[str, UnitMention]) -> list[UnitMention]:
    """Known unit names without a level word: the headline's leading place, names after "tại"/"ở"."""
    text, gaz, mentions = doc.text, gazetteer(), []
    spots = []
    if doc.title and doc.sentences and doc.sentences[0].is_title:
        spots.append((doc.sentences[0].start, True))
    folded = fold(text)
    for prep in lexicon.PLACE_PREPOSITIONS:
        for match in re.finditer(rf"(?<!\w){prep}\s+(?=[^\W\d_])", folded):
            spots.append((match.end(), False))
    for pos, is_headline in spots:
        run = _capitalised_run(text, pos)
        for size in range(min(len(run), MAX_NAME_SYLLABLES), 1, -1):
            name = text[run[0].start():run[size - 1].end()]
            if key(name) in known:
                mentions.append(replace(known[key(name)], start=run[0].start(), end=run[size - 1].end(), how="bare"))
                break
            places = [p for p in gaz.lookup(name) if p.era == "legacy" and p.tier in ("province", "district")]
            province_level = [p for p in places if p.tier == "province"]
            if province_level and (is_headline or not provinces or province_level[0].province in provinces):
                mentions.append(UnitMention(province_level[0].level, province_level[0].name, run[0].start(),
                                            run[size - 1].end(), "bare"))
                break
            in_article = [p for p in places if p.tier == "district" and p.province in provinces]
            if len({p.level for p in in_article}) == 1:
                mentions.append(UnitMention(in_article[0].level, in_article[0].name, run[0].start(),
                                            run[size - 1].end(), "bare"))
                break
    return mentions


def find_mentions(doc: SegmentedArticle) -> list[UnitMention]:
    """Every unit mention in the article, in text order (stages 1-4 of the module docstring)."""
    text, folded = doc.text, fold(doc.text)
    mentions = _explicit_mentions(text, folded) + _committee_mentions(text, folded)
    extra = []
    for mention in mentions:
        extra += _continuations(text, mention)
        extra += _qualifiers(text, mention)
    mentions += extra
    mentions = [replace(m, qualifier=m.qualifier or _inside_parentheses(text, m.start)) for m in mentions]
    provinces = article_provinces(mentions)
    mixed = _mixed_lists(text, folded)
    if mixed:  # a mixed list's names replace what its last level word read alone ("các phường và xã A, B")
        spans = [(head, end) for _, _, _, end, head in mixed]
        named = [m for m in mentions if not any(head <= m.start < end for head, end in spans)]
        mentions = named + [UnitMention(_mixed_level(levels, name, named), name, start, end, "list")
                            for levels, name, start, end, _ in mixed]
    mentions += [m for m in _plural_examples(text, folded, provinces | {vote_province(mentions)} - {None})
                 if not any(o.start <= m.start < o.end for o in mentions)]
    known = {key(m.name): m for m in mentions}
    bare_provinces = _bare_provinces(text)
    # a province standing alone places a bare district too: "tại Nam Đàn (Nghệ An)"
    mentions += _bare_mentions(doc, provinces | {m.name for m in bare_provinces}, known)
    covered = sorted((m.start, m.end) for m in mentions)
    starts, reach = [s for s, _ in covered], list(accumulate((e for _, e in covered), max))

    def is_covered(pos: int) -> bool:  # inside a mention found already (the spans starting before, furthest end)
        index = bisect_right(starts, pos) - 1
        return index >= 0 and reach[index] > pos

    mentions += [m for m in bare_provinces if not is_covered(m.start)]
    unique = {(m.start, m.level): m for m in mentions}
    return sorted(unique.values(), key=lambda m: m.start)


def article_provinces(mentions: list[UnitMention]) -> set[str]:
    """Provinces the article names, directly or through units that only one province has."""
    gaz, found = gazetteer(), set()
    for m in mentions:
        places = [p for p in gaz.lookup(m.name, tier_levels(m.level)) if p.era == "legacy"]
        if m.level in PROVINCE_LEVELS and any(p.tier == "province" for p in places):
            found.add(next(p.province for p in places if p.tier == "province"))
    return found


def vote_province(mentions: list[UnitMention]) -> str | None:
    """The province that explains most of the article's units (ties -> None: never guessed)."""
    gaz, votes = gazetteer(), Counter()
    for label in {(m.level, key(m.name)): m for m in mentions}.values():
        provinces = {p.province for p in gaz.lookup(label.name, tier_levels(label.level)) if p.era == "legacy"}
        weight = 3 if label.level in PROVINCE_LEVELS and len(provinces) == 1 else 1
        for province in provinces:
            votes[province] += weight / max(1, len(provinces)) if len(provinces) > 3 else weight
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
