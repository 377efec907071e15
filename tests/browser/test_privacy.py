"""No request leaves the site, no console error, no CSP violation, under the shipped headers."""
from __future__ import annotations

import pytest

from conftest import PHONE
from pages import PAGE_TYPES


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_stays_on_the_site_without_errors(visit, name):
    v = visit(PAGE_TYPES[name], PHONE)
    assert v.foreign_requests() == []
    assert v.csp_violations() == []
    assert v.page_errors == []
    # The 404 page's own status is expected in the console; anything else is an error.
    errors = [e for e in v.console_errors if not (name == "not found" and "404" in e)]
    assert errors == []


def test_search_works_and_stays_on_the_site(visit):
    v = visit("/", {"width": 1280, "height": 800})
    v.page.keyboard.press("/")   # Material's search shortcut
    v.page.keyboard.type("naloxone")
    v.page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert v.page.locator(".md-search-result__item").count() > 0
    assert v.foreign_requests() == [] and v.csp_violations() == []


def test_the_shipped_headers_are_sent(server):
    import urllib.request
    headers = urllib.request.urlopen(server + "/").headers
    csp = headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp and "script-src 'self' 'sha256-" in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in headers["Permissions-Policy"]


def test_an_external_image_would_be_caught(visit):
    """The check can fail: a page that loads another host's image shows up as a foreign request."""
    v = visit("/", PHONE)
    v.page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=\"http://198.51.100.7/p.gif\">')")
    v.page.wait_for_timeout(300)
    assert v.foreign_requests() == ["http://198.51.100.7/p.gif"]


def test_an_inline_script_would_be_blocked(visit):
    """The check can fail: an injected inline script is a CSP violation and does not run."""
    v = visit("/", PHONE)
    v.page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__ran = true'; document.body.appendChild(s); }""")
    v.page.wait_for_timeout(200)
    assert v.page.evaluate("window.__ran === undefined")
    assert any(x.startswith("script-src") for x in v.csp_violations())
