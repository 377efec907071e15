"""WCAG 2.2 AA by axe-core in real Chromium, on every page type, at phone and desktop width."""
from __future__ import annotations

import pytest

from conftest import DESKTOP, PHONE
from pages import PAGE_TYPES


def describe(violations) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} -> "
                     + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                                 for n in v["nodes"][:4]) for v in violations)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_axe_violations(visit, name, viewport):
    v = visit(PAGE_TYPES[name], viewport)
    violations = v.axe()
    assert violations == [], describe(violations)


def test_axe_finds_an_unlabelled_input(visit):
    """The check can fail: an input without a label is reported."""
    v = visit("/", PHONE)
    v.page.evaluate("document.querySelector('article').insertAdjacentHTML('beforeend', '<input type=text>')")
    assert "label" in [violation["id"] for violation in v.axe()]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_sideways_scrolling_at_phone_width(visit, name):
    """WCAG 1.4.10 reflow: at 390 px nothing is wider than the screen."""
    v = visit(PAGE_TYPES[name], PHONE)
    wide = v.page.evaluate("""[...document.querySelectorAll('article *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 3).map(e => e.tagName + ' ' + (e.innerText || '').slice(0, 40))""")
    assert v.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], wide
