"""Walking a parsed page: the elements that follow the headline, shared by the lede and the date-line finders."""

from __future__ import annotations

from collections.abc import Iterator


def elements_after(root, headline, limit: int, skip_tags: frozenset[str] | set[str] = frozenset()) -> Iterator:
    """The first `limit` elements after `headline` in document order, outside it: what a page prints right under
    its headline (lede, date line, byline). Comments, processing instructions and `skip_tags` are passed over."""
    passed, seen = False, 0
    inside = set(headline.iterdescendants())
    for element in root.iter():
        if element is headline:
            passed = True
            continue
        if not passed or element in inside or not isinstance(element.tag, str) or element.tag in skip_tags:
            continue
        seen += 1
        if seen > limit:
            return
        yield element
