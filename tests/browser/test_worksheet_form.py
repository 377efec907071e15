"""A worksheet form in a real browser: answers stay on this device, come back, and can be cleared."""
from __future__ import annotations

PATH = "/worksheets/trigger-chain/"
SECRET = "unique-private-answer-7731"


def test_answers_are_saved_restored_and_cleared_without_leaving_the_device(visit):
    v = visit(PATH)
    page = v.page
    page.get_by_label("My new channel: what I will turn my mind to").fill(SECRET)
    page.get_by_label("Trigger: what set it off").first.fill("payday " + SECRET)
    page.get_by_label("At the first thought").check()
    page.locator("input[name='speed'][value='7']").check()
    assert "Saved on this device" in page.locator(".ws-status").inner_text()

    page.reload(wait_until="networkidle")
    assert page.get_by_label("My new channel: what I will turn my mind to").input_value() == SECRET
    assert page.get_by_label("Trigger: what set it off").first.input_value() == "payday " + SECRET
    assert page.get_by_label("At the first thought").is_checked()
    assert page.locator("input[name='speed'][value='7']").is_checked()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my answers").click()
    assert page.get_by_label("My new channel: what I will turn my mind to").input_value() == ""
    page.reload(wait_until="networkidle")
    assert page.get_by_label("My new channel: what I will turn my mind to").input_value() == ""
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('iop-worksheet:'))") == []

    # Nothing typed ever left the browser, and nothing went anywhere but the site itself.
    for request in v.requests:
        assert SECRET not in request.url and SECRET not in (request.post_data or ""), request.url
        assert request.method == "GET", request.url
    assert v.foreign_requests() == []


def test_cancelling_clear_keeps_the_answers(visit):
    v = visit(PATH)
    field = v.page.get_by_label("People I can call or text (names and numbers)")
    field.fill("Leon")
    v.page.once("dialog", lambda dialog: dialog.dismiss())
    v.page.get_by_role("button", name="Clear my answers").click()
    assert field.input_value() == "Leon"


def test_pressing_enter_does_not_submit_anywhere(visit):
    v = visit(PATH)
    before = len(v.requests)
    field = v.page.get_by_label("My new channel: what I will turn my mind to")
    field.fill("music")
    field.press("Enter")
    v.page.wait_for_timeout(300)
    assert v.page.url.endswith(PATH)
    assert [r.url for r in v.requests[before:] if r.resource_type == "document"] == []
