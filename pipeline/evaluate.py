"""Score a store against gold annotations in the format of ANNOTATION.md, for researchers' own gold sets.

A gold file `DOC.json` belongs to the stored article whose `source` file name starts with `DOC.`. Facts are
matched one to one on a key per table (count + field for model counts, count + recipient for awards, the
normalised name for officials, the kind for events, level + name for units, value + unit for outcomes); for
matched facts, each further attribute is checked for agreement. Text comparisons ignore case, punctuation and
old/new tone placement; titles and issuers must match as written (90% similar), as in the reference scorer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path, PurePath

from pipeline.store import Store

LEVELS = {"tỉnh": "tinh", "thành phố": "thanh_pho", "tp": "thanh_pho", "huyện": "huyen", "thị xã": "thi_xa",
          "quận": "quan", "xã": "xa", "phường": "phuong", "thị trấn": "thi_tran"}
_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ủy": "uỷ", "úy": "uý"}


def norm(value) -> str | None:
    """Case-, punctuation- and tone-placement-insensitive form of a text value."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).casefold()
    for old, new in _TONES.items():
        text = text.replace(old, new)
    text = re.sub(r"[\"'“”‘’.,;:()\-–—]", " ", text)
    return re.sub(r"\s+", " ", text).strip() or None


def split_unit(value) -> tuple[str | None, str | None]:
    """"huyện Hương Sơn" -> ("huyen", "hương sơn")."""
    text = norm(value)
    if not text:
        return None, None
    for word in sorted(LEVELS, key=len, reverse=True):
        if text.startswith(word + " "):
            return LEVELS[word], text[len(word) + 1:]
    return None, text


def same_text(a, b) -> bool:
    a, b = norm(a), norm(b)
    if a is None or b is None:
        return a == b
    # as written, like the shared scorer: a cut-short title ("Trưởng ban" for "Trưởng ban Chỉ đạo ... tỉnh") or
    # issuer does not agree; only near-identical spellings (ratio >= 0.9) do
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.9


def same_unit(a, b) -> bool:
    (la, na), (lb, nb) = split_unit(a), split_unit(b)
    return na == nb and (la is None or lb is None or la == lb)


def period(record: dict):
    if record.get("period") is not None:
        return tuple(record["period"])
    if record.get("period_start") is None and record.get("period_end") is None:
        return None
    return record.get("period_start"), record.get("period_end")


def event_date_agrees(gold: dict, got: dict) -> bool:
    value = gold.get("date")
    if not value:
        return True
    parts = value.split("-")
    want = {"event_year": None if parts[0] == "XXXX" else int(parts[0]),
            "event_month": int(parts[1]) if len(parts) > 1 else None,
            "event_day": int(parts[2]) if len(parts) > 2 else None}
    return all(v is None or got.get(k) == v for k, v in want.items())


def _unset_or(test):
    return lambda name: (lambda g, p: g.get(name) is None or test(g.get(name), p.get(name)))


def _equal(name, default=None):
    return lambda g, p: (g.get(name) or default) == (p.get(name) or default)


_period_agrees = lambda g, p: period(g) is None or period(g) == period(p)  # noqa: E731

TABLES = {
    "model_counts": (lambda r: (int(r["count"]), r.get("field")),
                     {"kind": _equal("kind"), "action": _equal("action"), "approx": _equal("approx", "exact"),
                      "unit": _unset_or(same_unit)("unit"), "period": _period_agrees}),
    "award_counts": (lambda r: (int(r["count"]), r.get("recipient")),
                     {"award": _equal("award"), "issuer": _unset_or(same_text)("issuer")}),
    "officials": (lambda r: norm(r["name"]), {"title": lambda g, p: same_text(g.get("title"), p.get("title"))}),
    "events": (lambda r: r["kind"], {"date": event_date_agrees, "period": _period_agrees,
                                     "unit": _unset_or(same_unit)("unit")}),
    "units": (lambda r: split_unit(r) if isinstance(r, str) else (r.get("level"), norm(r.get("name"))), {}),
    "outcomes": (lambda r: (round(float(r["value"]), 2), r.get("unit")), {}),
}


@dataclass
class TableScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: Counter = field(default_factory=Counter)
    attributes: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def agreement(self, name: str) -> float | None:
        return self.agree[name] / self.tp if self.tp else None


@dataclass
class Report:
    documents: int
    found: int
    tables: dict[str, TableScore]
    errors: list[str]

    @property
    def micro(self) -> TableScore:
        total = TableScore()
        for score in self.tables.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total

    def as_dict(self) -> dict:
        tables = {name: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 3),
                         "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                         "attributes": {a: None if s.agreement(a) is None else round(s.agreement(a), 3)
                                        for a in s.attributes}}
                  for name, s in self.tables.items()}
        micro = self.micro
        return {"docs_gold": self.documents, "docs_stored": self.found, "tables": tables,
                "micro": {"precision": round(micro.precision, 3), "recall": round(micro.recall, 3),
                          "f1": round(micro.f1, 3)}}


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        if not path.name.endswith(".meta.json"):
            gold[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def load_predictions(store: Store, doc_ids: set[str]) -> tuple[dict, set[str]]:
    by_article = {}
    for article_id, source in store.con.execute("SELECT article_id, source FROM articles").fetchall():
        stem = PurePath(str(source).split("#")[0]).name.split(".")[0]
        if stem in doc_ids:
            by_article[article_id] = stem
    predicted: dict = defaultdict(lambda: defaultdict(list))
    for table in TABLES:
        columns, rows = store.query(f"SELECT * FROM {table}")
        for row in rows:
            record = dict(zip(columns, row))
            doc = by_article.get(record["article_id"])
            if doc is not None:
                predicted[doc][table].append(record)
    return predicted, set(by_article.values())


def _match(gold_rows: list, got_rows: list, key) -> tuple[list, list, list]:
    pool = defaultdict(list)
    for row in got_rows:
        pool[key(row)].append(row)
    pairs, missed = [], []
    for row in gold_rows:
        k = key(row)
        if pool.get(k):
            pairs.append((row, pool[k].pop(0)))
        else:
            missed.append(row)
    return pairs, missed, [row for rows in pool.values() for row in rows]


def _where(row: dict) -> str:
    evidence = (row.get("evidence") or "").replace("\n", " ")
    return f"  <- {row.get('extractor')}: “{evidence[:160]}”" if evidence else ""


def _article_texts(store: Store, doc_ids: set[str]) -> dict[str, str]:
    texts = {}
    for source, text in store.con.execute("SELECT source, text FROM articles").fetchall():
        stem = PurePath(str(source).split("#")[0]).name.split(".")[0]
        if stem in doc_ids:
            texts[stem] = text
    return texts


def _number_forms(value) -> list[str]:
    """How a gold number may be written: 1240 -> "1.240", "1240"; 6 -> "06", "6"."""
    number = int(round(float(value)))
    forms = {str(number), f"{number:,}".replace(",", "."), f"{number:02d}"}
    return sorted(forms, key=len, reverse=True)


def _where_missed(text: str | None, row) -> str:
    """The sentence a missed fact is probably in: the first one containing its number or name."""
    if not text:
        return ""
    if isinstance(row, str):
        needles = [split_unit(row)[1] or row]
    elif row.get("name"):
        needles = [row["name"]]
    elif row.get("count") is not None or row.get("value") is not None:
        value = row.get("count") if row.get("count") is not None else row.get("value")
        needles = [rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)" for form in _number_forms(value)]
        for needle in needles:
            match = re.search(needle, text)
            if match:
                return _sentence_around(text, match.start())
        return ""
    else:
        return ""
    folded = text.lower()  # lower() keeps the length of Vietnamese text, so positions stay valid
    for needle in needles:
        position = folded.find(str(needle).lower())
        if position >= 0:
            return _sentence_around(text, position)
    return ""


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    end_candidates = [i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return f"  <- in: “{text[start:end].strip()[:160]}”"


def evaluate(gold_dir: str | Path, store: Store) -> Report:
    """P/R/F1 per table, attribute agreement on matched facts, and one line per error (with evidence)."""
    gold = load_gold(gold_dir)
    predicted, found = load_predictions(store, set(gold))
    texts = _article_texts(store, set(gold))
    tables, errors = {}, []
    for table, (key, attributes) in TABLES.items():
        score = TableScore(attributes=tuple(attributes))
        for doc, annotation in gold.items():
            pairs, missed, extra = _match(annotation.get(table, []), predicted[doc][table], key)
            score.tp, score.fn, score.fp = score.tp + len(pairs), score.fn + len(missed), score.fp + len(extra)
            for gold_row, got_row in pairs:
                for name, test in attributes.items():
                    if test(gold_row, got_row):
                        score.agree[name] += 1
                    else:
                        want = gold_row.get(name, period(gold_row))
                        got = got_row.get(name) if name != "period" else period(got_row)
                        errors.append(f"{doc} {table} {key(gold_row)} {name}: gold={want!r} got={got!r}"
                                      + _where(got_row))
            errors += [f"{doc} {table} missed {key(row)}" + _where_missed(texts.get(doc), row) for row in missed]
            errors += [f"{doc} {table} spurious {key(row)}" + _where(row) for row in extra]
        tables[table] = score
    return Report(len(gold), len(found), tables, errors)
