"""The extractor registry: one interface, an order derived from declared needs, and needs that are complete."""

from __future__ import annotations

from dataclasses import replace

import pytest

import extractors
from extractors.context import ANALYSES, ArticleContext, MissingNeed
from extractors.registry import Extractor, RegistryError, required_by, run_order
from pipeline.clean import clean
from pipeline.ingest import RawDocument, read_inputs
from pipeline.orchestrate import article_id_for
from pipeline.segment import segment
from tests.conftest import CORPUS, ROOT


def _fake(name: str, needs=(), provides=(), movement_facts=False) -> Extractor:
    return Extractor(name, "1", f"{name}.rules@1", name, tuple(needs), tuple(provides), movement_facts,
                     lambda ctx: [])


def test_every_extractor_runs_after_the_providers_of_its_needs():
    order = extractors.RUN_ORDER
    assert [e.name for e in order] == ["units", "events", "officials", "officials_ner", "model_counts",
                                       "award_counts", "outcomes"]
    for position, extractor in enumerate(order):
        provided_before = {slot for e in order[:position] for slot in e.provides}
        for need in extractor.needs:
            assert need in ANALYSES or need in provided_before, (extractor.name, need)


def test_every_extractor_declares_the_interface():
    for module in extractors.EXTRACTOR_MODULES:
        extractor = Extractor.from_module(module)
        assert extractor.label.startswith(f"{extractor.name}.") and extractor.label.endswith(f"@{extractor.version}")
        assert extractor.table in {"units", "events", "officials", "model_counts", "award_counts", "outcomes"}


def test_order_follows_needs_not_registration():
    a, b, c = _fake("a", needs=("y",)), _fake("b", needs=("x",), provides=("y",)), _fake("c", provides=("x",))
    assert [e.name for e in run_order([a, b, c])] == ["c", "b", "a"]
    # independent extractors keep their registration order
    assert [e.name for e in run_order([_fake("p"), _fake("q"), _fake("r")])] == ["p", "q", "r"]


@pytest.mark.parametrize("declared, message", [
    ([_fake("a", needs=("nothing",))], "nothing provides"),
    ([_fake("a", needs=("y",), provides=("x",)), _fake("b", needs=("x",), provides=("y",))], "cyclic"),
    ([_fake("a", provides=("x",)), _fake("b", provides=("x",))], "provided by b and by a"),
    ([_fake("a", provides=("quantities",))], "provided by a and by the context"),
])
def test_bad_declarations_are_refused(declared, message):
    with pytest.raises(RegistryError, match=message):
        run_order(declared)


def test_required_by_follows_needs_transitively():
    units, events, officials, counts = (_fake("units", provides=("units",)),
                                        _fake("events", needs=("units",), provides=("event",), movement_facts=True),
                                        _fake("officials", needs=("event",)),
                                        _fake("counts", needs=("event",), movement_facts=True))
    chosen = required_by([units, events, officials, counts], [units, officials])
    assert [e.name for e in chosen] == ["units", "events", "officials"]


def test_reading_a_slot_nobody_provided_is_an_error():
    ctx = ArticleContext.build(_docs()[0])
    with pytest.raises(MissingNeed, match="'event'"):
        _ = ctx.event
    ctx.provide("event", None)
    assert ctx.event is None


_DOCS: list = []


def _docs():
    """The bundled corpus and the written suite, segmented (cached for the module)."""
    if not _DOCS:
        for raw in read_inputs([CORPUS, ROOT / "tests" / "written"]):
            cleaned = clean(raw)
            _DOCS.append(segment(cleaned, article_id_for(cleaned.text)))
    return _DOCS


def _full_run(doc) -> tuple[ArticleContext, dict[str, list]]:
    ctx, by_extractor = ArticleContext.build(doc), {}
    for extractor in extractors.RUN_ORDER:
        if extractor.applies is not None and not extractor.applies(ctx):
            continue
        records = extractor.extract(ctx)
        by_extractor[extractor.name] = records
        for slot, value in extractor.slots(records).items():
            ctx.provide(slot, value)
    return ctx, by_extractor


def test_declared_needs_are_enough():
    """Each extractor, given only the slots it declares, extracts exactly what it extracts in a full run: no
    extractor depends on something an earlier one happened to leave in the context."""
    docs = _docs()
    assert len(docs) >= 40
    for doc in docs:
        full_ctx, expected = _full_run(doc)
        for extractor in extractors.RUN_ORDER:
            if extractor.name not in expected:
                continue
            ctx = ArticleContext.build(doc)
            for need in extractor.needs:
                if need not in ANALYSES:
                    ctx.provide(need, full_ctx.provided[need])
            assert extractor.extract(ctx) == expected[extractor.name], (extractor.name, doc.title)


def test_articles_about_no_movement_keep_units_and_officials_only():
    text = ("Sáng 12/3, Chủ tịch UBND huyện Hương Sơn Nguyễn Văn A đã đến thăm các hộ dân bị ảnh hưởng bởi lũ tại "
            "xã Sơn Hồng và trao 50 suất quà, mỗi suất 500 nghìn đồng.")
    cleaned = clean(RawDocument("flood.txt", "text", text, {"published": "2024-03-12"}, "sha"))
    doc = segment(cleaned, article_id_for(cleaned.text))
    facts = extractors.extract_all(doc)
    assert [o.name for o in facts["officials"]] == ["Nguyễn Văn A"]
    assert {u.label for u in facts["units"]} == {"huyện Hương Sơn", "xã Sơn Hồng"}
    assert facts["events"] == facts["model_counts"] == facts["award_counts"] == facts["outcomes"] == []
    about = replace(doc, title="Phong trào thi đua Dân vận khéo")  # the same text in a movement article
    assert extractors.extract_all(about)["outcomes"]
