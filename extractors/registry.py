"""The extractor registry: every fact extractor behind one interface, run in the order its needs dictate.

Like spaCy's pipeline components (a name, one call signature, declared `requires` and `assigns`), each extractor
is a module that declares
  NAME, VERSION   the extractor's name and rule version, recorded in each fact's `extractor` column (EXTRACTOR)
  TABLE           the table its records go to
  NEEDS           the context slots it reads: analyses (`context.ANALYSES`, computed on first use) or slots
                  that another extractor PROVIDES ("units", "event", "officials")
  PROVIDES        the slots its records fill for the extractors after it
  MOVEMENT_FACTS  True when its facts are kept only for articles that report an emulation movement
  extract(ctx)    ArticleContext -> list of records, the one signature
and optionally `applies(ctx) -> bool` (run only when true) and `provided(records) -> dict` (what each provided
slot holds; by default the list of records). `run_order` sorts the extractors topologically by NEEDS and
PROVIDES, keeping the registration order where the needs leave a choice, so adding an extractor is adding its
module to `EXTRACTORS`, never wiring a call by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from extractors.context import ANALYSES, ArticleContext
from schemas import Fact


@dataclass(frozen=True)
class Extractor:
    """One registered extractor, read from its module's declarations."""

    name: str
    version: str
    label: str  # the `extractor` column: "model_counts.rules@2"
    table: str
    needs: tuple[str, ...]
    provides: tuple[str, ...]
    movement_facts: bool
    extract: Callable[[ArticleContext], list[Fact]]
    applies: Callable[[ArticleContext], bool] | None = None
    provided: Callable[[list[Fact]], dict[str, object]] | None = None

    @classmethod
    def from_module(cls, module: ModuleType) -> Extractor:
        return cls(module.NAME, module.VERSION, module.EXTRACTOR, module.TABLE, tuple(module.NEEDS),
                   tuple(module.PROVIDES), module.MOVEMENT_FACTS, module.extract, getattr(module, "applies", None),
                   getattr(module, "provided", None))

    def slots(self, records: list[Fact]) -> dict[str, object]:
        """What this extractor's records put into the context for the extractors after it."""
        if self.provided is not None:
            return self.provided(records)
        return {slot: records for slot in self.provides}


class RegistryError(ValueError):
    """Extractor declarations that cannot be run: an unknown need, a slot provided twice, a cycle."""


def run_order(extractors: Sequence[Extractor]) -> list[Extractor]:
    """The extractors in an order where each runs after the providers of everything it needs."""
    provider: dict[str, Extractor] = {}
    for extractor in extractors:
        for slot in extractor.provides:
            if slot in provider or slot in ANALYSES:
                raise RegistryError(f"slot {slot!r} provided by {extractor.name} and by "
                                    f"{provider[slot].name if slot in provider else 'the context'}")
            provider[slot] = extractor
    for extractor in extractors:
        unknown = [n for n in extractor.needs if n not in provider and n not in ANALYSES]
        if unknown:
            raise RegistryError(f"{extractor.name} needs {unknown}, which nothing provides")
    ordered: list[Extractor] = []
    pending = list(extractors)
    while pending:
        done = {slot for e in ordered for slot in e.provides}
        ready = next((e for e in pending if all(n in ANALYSES or n in done for n in e.needs)), None)
        if ready is None:
            raise RegistryError(f"cyclic needs among {[e.name for e in pending]}")
        ordered.append(ready)
        pending.remove(ready)
    return ordered


def required_by(extractors: Sequence[Extractor], wanted: Sequence[Extractor]) -> list[Extractor]:
    """`wanted` and every extractor they need, directly or through others, in the order of `extractors`."""
    provider = {slot: e for e in extractors for slot in e.provides}
    keep = {e.name for e in wanted}
    stack = list(wanted)
    while stack:
        for need in stack.pop().needs:
            if need in provider and provider[need].name not in keep:
                keep.add(provider[need].name)
                stack.append(provider[need])
    return [e for e in extractors if e.name in keep]


def run(ctx: ArticleContext, ordered: Sequence[Extractor]) -> dict[str, list[Fact]]:
    """Every table's records for one article.

    An article about no movement (`ctx.movement.about_movement` false: a flood visit, a council session) keeps
    only the facts of extractors with MOVEMENT_FACTS false (units, officials); the movement extractors they need
    still run (officials read the event), but their records are not kept."""
    about_movement = ctx.movement.about_movement
    kept = [e for e in ordered if about_movement or not e.movement_facts]
    facts: dict[str, list[Fact]] = {e.table: [] for e in ordered}
    for extractor in required_by(ordered, kept):
        if extractor.applies is not None and not extractor.applies(ctx):
            continue
        records = extractor.extract(ctx)
        for slot, value in extractor.slots(records).items():
            ctx.provide(slot, value)
        if about_movement or not extractor.movement_facts:
            facts[extractor.table] += records
    return facts
