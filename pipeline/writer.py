"""The single writer: turns processed inputs into store writes, one batch at a time, and counts outcomes.

Every driver (in-process, process pool, Dask) feeds its `Processed` results here, in the main process, which
alone writes to the DuckDB file. Per batch it:
  1. groups results by article (the same cleaned text from several sources is one article),
  2. merges each article's metadata over what is stored (a known url or date is never replaced by a missing
     one) and keeps the stored facts when nothing changed; when the merged metadata differs from what every
     extraction saw, the article is extracted again from the merged metadata, so facts never depend on which
     source happened to come last,
  3. records every source in `article_sources` and classifies it: new, changed (a known source with new
     content), unchanged (a known source with the same content, re-extracted by a new pipeline version or on
     request), duplicate (its text is already stored under another source); skipped inputs and failures are
     counted by the drivers,
  4. writes articles, facts and sources in one transaction (`Store.write`), with the fingerprints of the input
     files read whole (`pipeline.inputfiles`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.identity import merge_metadata, metadata_of
from pipeline.inputfiles import FileRecord
from pipeline.store import ArticleFacts, SourceRow, Store

if TYPE_CHECKING:
    from pipeline.orchestrate import BatchSummary, Processed

WRITE_BATCH = 1000


@dataclass(frozen=True)
class Link:
    """An input whose exact content (text and metadata) is already stored under another source: recorded as a
    source of that article without being processed."""

    source_key: str
    source: str
    content_sha256: str
    article_id: str


class BatchWriter:
    """Collects results and writes them in batches of `batch_size` articles (see the module docstring)."""

    def __init__(self, store: Store, summary: BatchSummary, version: str,
                 reextract: Callable[[dict], Processed], batch_size: int = WRITE_BATCH, force: bool = False,
                 run_id: int | None = None):
        self.store, self.summary, self.version = store, summary, version
        self.reextract, self.batch_size, self.force, self.run_id = reextract, batch_size, force, run_id
        self.results: list[Processed] = []
        self.links: list[Link] = []
        self.files: list[FileRecord] = []

    def add(self, processed: Processed) -> None:
        self.summary.seconds.update(processed.seconds)
        self.summary.warnings.extend(processed.warnings)
        if processed.error:
            self.summary.errors.append(processed.error)
        else:
            self.results.append(processed)
        if len(self.results) + len(self.links) >= self.batch_size:
            self.flush()

    def link(self, link: Link) -> None:
        self.links.append(link)
        if len(self.results) + len(self.links) >= self.batch_size:
            self.flush()

    def record_file(self, record: FileRecord) -> None:
        """Remember a file's fingerprint with the next batch (`pipeline.inputfiles`)."""
        self.files.append(record)
        if len(self.files) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.results and not self.links and not self.files:
            return
        started = time.perf_counter()
        results, links, files = self.results, self.links, self.files
        self.results, self.links, self.files = [], [], []
        articles, sources = self._plan(results, links)
        written = self.store.write(articles, sources, self.run_id, files)
        self.summary.written += written.articles
        self.summary.facts.update(written.fact_counts())
        self.summary.seconds["store"] += time.perf_counter() - started

    def _plan(self, results: list[Processed], links: list[Link]) -> tuple[list[ArticleFacts], list[SourceRow]]:
        """Articles to (re)write and source rows to record for one batch; counts each input's outcome."""
        groups: dict[str, list[Processed]] = {}
        for processed in results:
            groups.setdefault(processed.result.article.article_id, []).append(processed)
        keys = [p.source_key for p in results if p.source_key] + [link.source_key for link in links]
        previous = self.store.source_articles(keys)  # source key -> article id it pointed at
        stored = self.store.article_states(list(groups))
        articles: list[ArticleFacts] = []
        sources: list[SourceRow] = []
        for article_id, group in groups.items():
            state = stored.get(article_id)
            known = metadata_of(state.row) if state else None
            merged = known
            for processed in group:
                merged = merge_metadata(merged, metadata_of(processed.result.article))
            if self.force or not (state and state.row["pipeline_version"] == self.version and merged == known):
                articles.append(self._article(group, merged, state))
            others = set(state.source_keys) if state else set()
            for processed in group:
                if processed.source_key is None:  # re-extraction of a stored article: no input involved
                    continue
                if others - {processed.source_key}:
                    self.summary.outcomes["duplicate"] += 1
                elif processed.source_key in previous:
                    same = previous[processed.source_key][1] == processed.result.article.content_sha256
                    self.summary.outcomes["unchanged" if same else "changed"] += 1
                else:
                    self.summary.outcomes["new"] += 1
                others.add(processed.source_key)
                sources.append(SourceRow(processed.source_key, article_id, processed.source,
                                         processed.result.article.content_sha256))
        for link in links:
            self.summary.outcomes["duplicate"] += 1
            sources.append(SourceRow(link.source_key, link.article_id, link.source, link.content_sha256))
        return articles, sources

    def _article(self, group: list[Processed], merged: dict, state) -> ArticleFacts:
        """The facts to store for one article: from the extraction that saw the merged metadata, else a new one."""
        chosen = next((p.result for p in group if metadata_of(p.result.article) == merged), None)
        if chosen is None:
            row = group[-1].result.article.model_dump() | merged
            redone = self.reextract(row)
            if redone.error:  # keep the last extraction rather than lose the article
                chosen = group[-1].result
            else:
                chosen = redone.result
        article = chosen.article.model_copy(update=merged | {
            "source": state.row["source"] if state else chosen.article.source})
        return replace(chosen, article=article)


def consume(results: Iterable[Processed], writer: BatchWriter,
            on_result: Callable[[Processed], None] | None = None) -> BatchSummary:
    """Feed every result to `writer`, then write what is left; shared by every driver."""
    for processed in results:
        writer.add(processed)
        if on_result:
            on_result(processed)
    writer.flush()
    return writer.summary
