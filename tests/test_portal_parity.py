"""An article gives the same facts as plain text with a sidecar and as a portal page (tests/portal_pages.py).

Every dev article is wrapped in every template (newspaper, district table portal, Party portal, AMP, print) at test
time; the page store must score on the gold as the text store does, carry the article's publication date and
address, and hold nothing of the decoy teasers, menus and footers around it. The comparison takes about 20 s; if
it ever grows past a minute, `ARTICLE_TEMPLATES` can take the templates in turn (`portal_parity.rotation`).
"""

from __future__ import annotations

import pytest

from tests.portal_parity import GROUPS, HELD_BACK, SHARED_DEV, TEMPLATES, compare

TOLERANCE = 0.005  # micro-F1 of the page store may differ from the text store's by at most this
MAX_DIFFERING_ARTICLES = 2  # articles whose facts differ in any way, per template (0 when this was written)
ARTICLE_TEMPLATES = len(TEMPLATES)  # templates per article: all of them

pytestmark = pytest.mark.skipif(not SHARED_DEV.exists(), reason="the shared dev set is not on this machine")


@pytest.fixture(scope="module")
def comparisons(tmp_path_factory):
    found, _ = compare(tmp_path_factory.mktemp("parity"), ARTICLE_TEMPLATES)
    return found


def _tables(text, page) -> str:
    return ", ".join(f"{name} {text.tables[name].f1:.3f}/{page.tables[name].f1:.3f}" for name in text.tables)


@pytest.mark.parametrize("template", TEMPLATES)
def test_page_scores_as_text(comparisons, template):
    found = comparisons[template]
    assert len(found.names) == len(list(SHARED_DEV.glob("*.txt"))) * ARTICLE_TEMPLATES // len(TEMPLATES)
    for group in ("all",) + tuple(GROUPS):
        text, page = found.text[group], found.page[group]
        assert page.found == page.documents, f"{template} {group}: every page must be stored"
        assert abs(page.micro.f1 - text.micro.f1) <= TOLERANCE, (
            f"{template} {group}: micro-F1 page {page.micro.f1:.3f} vs text {text.micro.f1:.3f} "
            f"(per table text/page: {_tables(text, page)})")
    # facts compared article by article: names of held-back articles are never shown
    shown = sorted(n for n in found.differing if not n.startswith(HELD_BACK))
    assert len(found.differing) <= MAX_DIFFERING_ARTICLES, f"{template}: facts differ in {shown} and others"


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_fact_from_teasers_or_furniture(comparisons, template):
    leaks = comparisons[template].leaks
    assert not leaks, f"{template}: {len(leaks)} decoy lines kept, e.g. " \
                      f"{[m for n, m in leaks if not n.startswith(HELD_BACK)][:3]}"


@pytest.mark.parametrize("template", TEMPLATES)
def test_page_states_the_articles_date_and_address(comparisons, template):
    """Date (with its precision) and address as the sidecar gives them; a page may know a date the sidecar
    lacks (the article's own date line under the headline), never another one."""
    wrong = []
    for name, (text, page) in comparisons[template].meta_differing.items():
        (text_published, text_precision, text_url, _), (published, precision, url, _) = text, page
        if text_url != url or (text_published != "None" and (text_published, text_precision) != (published,
                                                                                                  precision)):
            wrong.append(name)
    assert not wrong, f"{template}: {len(wrong)} articles, e.g. {[n for n in wrong if not n.startswith(HELD_BACK)][:3]}"
