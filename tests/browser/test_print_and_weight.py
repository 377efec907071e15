"""Printing a reading page, and the page-weight budget a phone on a slow plan pays for."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from conftest import PHONE
from pages import PAGE_TYPES

BUDGET_KB = 80


def test_printing_expands_collapsed_blocks_and_ends_without_a_blank_page(visit):
    v = visit(PAGE_TYPES["reading page"], PHONE)
    v.page.evaluate("""document.querySelector('article').insertAdjacentHTML('beforeend',
        '<details><summary>More</summary><p>FOLDED-AWAY-TEXT</p></details>')""")
    v.page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(v.page.pdf(format="Letter")))
    text = [page.extract_text() for page in pdf.pages]
    assert "FOLDED-AWAY-TEXT" in "".join(text)
    assert text[-1].strip(), "the last printed page is blank"
    assert "988" in "".join(text), "the crisis lines are printed"
    assert "Skip to content" not in "".join(text) and "Open the menu" not in "".join(text)


def transferred_kb(v) -> tuple[float, list[tuple[str, int]]]:
    sizes = []
    for request in v.requests:
        response = request.response()
        if response is None:
            continue
        measured = request.sizes()
        sizes.append((request.url.replace(v.base, ""), measured["responseBodySize"] + measured["responseHeadersSize"]))
    return sum(size for _, size in sizes) / 1024, sorted(sizes, key=lambda item: -item[1])


@pytest.mark.parametrize("name", ["home", "reading page", "family page"])
def test_page_weight_budget(visit, name):
    """The search index (large, and growing with the curriculum) waits until search is opened."""
    v = visit(PAGE_TYPES[name], PHONE)
    total, largest = transferred_kb(v)
    report = ", ".join(f"{url} {size / 1024:.1f} KB" for url, size in largest[:5])
    print(f"{name}: {total:.1f} KB transferred; largest: {report}")
    assert total <= BUDGET_KB, f"{name} transfers {total:.1f} KB (budget {BUDGET_KB} KB); largest: {report}"


def test_the_budget_check_sees_a_heavy_page(visit):
    """The check can fail: a page that pulls in a large file goes over the budget."""
    v = visit(PAGE_TYPES["home"], PHONE)
    v.page.evaluate("fetch('/worksheets/all-worksheets-letter.pdf').then(r => r.arrayBuffer()).then(b => b.byteLength)")
    total, _ = transferred_kb(v)
    assert total > BUDGET_KB
