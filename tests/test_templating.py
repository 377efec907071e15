"""Content templates: clinic values and worksheet cards, escaped, with located mistakes."""
import pytest

from iopc import load, templating


def test_clinic_values_are_escaped(project):
    loaded, _ = load.load_project(project)
    loaded.clinic["name"] = "A & B <script>alert(1)</script>"
    out = templating.render(loaded, "Call {{ clinic.name }}.", "p.md", 1, "p.md")
    assert out == "Call A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;."


def test_worksheet_card_links_relative_to_the_page(project):
    loaded, _ = load.load_project(project)
    card = templating.render(loaded, '{{ worksheet("walk-log") }}', "p.md", 1, "skills/walk-it-off.md")
    assert "(../worksheets/walk-log.md)" in card and "My walk log" in card


def test_mistakes_name_the_line(project):
    loaded, _ = load.load_project(project)
    with pytest.raises(templating.ContentError) as caught:
        templating.render(loaded, "a\nb\n{{ clinic.fax }}\n", "p.md", 10, "p.md")
    assert caught.value.problem.line == 12


def test_content_cannot_reach_python(project):
    loaded, _ = load.load_project(project)
    with pytest.raises(templating.ContentError):
        templating.render(loaded, "{{ clinic.__class__.__mro__ }}", "p.md", 1, "p.md")
