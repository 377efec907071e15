"""A keyboard walk at phone width: the menu, search and every worksheet control can be reached, each
with a visible focus indicator, and no hidden link ever takes the focus."""
from __future__ import annotations

from conftest import PHONE

FOCUS_INFO = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  let hidden = box.width === 0 || box.height === 0 || style.visibility === 'hidden';
  for (let node = el; node && !hidden; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.display === 'none' || s.visibility === 'hidden' || node.inert || node.getAttribute('aria-hidden') === 'true') hidden = true;
  }
  return {
    id: el.id || el.dataset.action || '', name: el.getAttribute('name'), tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40),
    forId: el.getAttribute('for'), hidden,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
  };
}"""


def walk(page, presses: int) -> list[dict]:
    """Press Tab up to `presses` times; one entry per element focused (a date input's parts count once)."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        if info is None or (seen and info["id"] and info["id"] == seen[-1]["id"]):
            continue
        if seen and info == seen[0]:
            break  # wrapped around
        seen.append(info)
    return seen


def test_phone_menu_and_search_are_reachable_and_work(visit):
    v = visit("/orientation/trigger-craving-cycle/", PHONE)
    stops = walk(v.page, 8)
    targets = [s.get("forId") for s in stops]
    assert "__drawer" in targets, stops
    assert "__search" in targets, stops
    # Open the menu from the keyboard, tabbing from the top of a fresh page.
    v.page.reload(wait_until="networkidle")
    for _ in range(12):
        v.page.keyboard.press("Tab")
        if v.page.evaluate("document.activeElement.getAttribute('for')") == "__drawer":
            break
    v.page.keyboard.press("Enter")
    assert v.page.evaluate("document.getElementById('__drawer').checked")
    v.page.evaluate("document.getElementById('__drawer').click()")      # close it again
    v.page.focus("label.md-header__button[for=__drawer]")
    v.page.keyboard.press(" ")
    assert v.page.evaluate("document.getElementById('__drawer').checked")


def test_worksheet_controls_all_reachable_with_visible_focus_and_no_hidden_stops(visit):
    v = visit("/worksheets/trigger-chain/", PHONE)
    controls = v.page.evaluate("""() => [...document.querySelectorAll('form.iop-worksheet input, form.iop-worksheet textarea, form.iop-worksheet button')]
        .filter(el => !(el.type === 'radio' && !el.checked && el.name && document.querySelector(`input[name="${el.name}"]`) !== el))
        .map(el => el.id || el.dataset.action || el.name)""")
    stops = walk(v.page, 220)
    reached = {s["id"] for s in stops if s["id"]} | {s["name"] for s in stops if s["name"]}
    missing = [c for c in controls if c not in reached]
    assert missing == [], missing
    hidden = [s for s in stops if s["hidden"]]
    assert hidden == [], hidden
    invisible_focus = [s for s in stops if not (s["outline"] or s["shadow"])]
    assert invisible_focus == [], invisible_focus
