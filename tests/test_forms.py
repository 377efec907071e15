"""Worksheet web pages: labelled controls, and YAML text that lands as inert text."""
from __future__ import annotations

import markdown as md

from support import edit
from iopc import forms, load

EXTENSIONS = ["attr_list", "md_in_html", "tables"]


def page_html(project) -> str:
    loaded, _ = load.load_project(project)
    return md.markdown(forms.worksheet_page(loaded, loaded.worksheets["walk-log"]), extensions=EXTENSIONS)


def test_every_control_has_a_label_or_a_group_name(project):
    html = page_html(project)
    for control_id in ("ws-day", "ws-place", "ws-notes", "ws-walks-1-1", "ws-walks-2-2", "ws-helped-other"):
        assert f'<label for="{control_id}">' in html and f'id="{control_id}"' in html, control_id
    assert "<legend>How did I feel after?</legend>" in html     # radio group named by its legend
    assert html.count('type="radio" name="mood"') == 5           # 0 to 4


def test_yaml_text_is_shown_as_text_in_the_page(project):
    edit(project / "worksheets/walk-log.yml", "title: My walk log", 'title: "<script>alert(1)</script> {{ 7*7 }}"')
    edit(project / "worksheets/walk-log.yml", "instructions: Write down each walk you take.",
         'instructions: "<img src=x onerror=alert(1)> {% if 1 %}"')
    html = page_html(project)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
