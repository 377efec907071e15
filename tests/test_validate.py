"""Validation: every mistake an author can make is one located line that says how to fix it."""
from __future__ import annotations

import pytest

from support import edit, relock
from iopc import load, validate

MODULE = "content/skills/walk-it-off.md"
SHEET = "worksheets/walk-log.yml"


def problems_after(project, path, old, new):
    edit(project / path, old, new)
    relock(project)  # these tests are about the content, not the version lock
    loaded, found = load.load_project(project)
    return found + validate.validate(loaded)


def test_the_minimal_project_is_valid(project):
    loaded, found = load.load_project(project)
    assert found + validate.validate(loaded) == []


# Each case: the file, the text to replace, its replacement, the line named, and words of the message.
CASES = [
    ("unknown field", MODULE, "summary: A short", "sumary: A short", 7, "unknown field 'sumary'"),
    ("missing field", MODULE, "summary: A short walk can help a craving pass.\n", "", 2, "'summary' is missing"),
    ("bad version", MODULE, "version: 1.0.0\n", "version: 1.0\n", 4, "a version like 1.2.0"),
    ("unknown domain", MODULE, "domain: skills", "domain: skils", 5, "unknown domain 'skils'"),
    ("wrong audience", MODULE, "audience: participant", "audience: patients", 6, "use one of: participant, family"),
    ("too few objectives", MODULE, "  - Take one walk this week.\n", "", 8, "give at least 2"),
    ("missing worksheet", MODULE, "worksheets: [walk-log]", "worksheets: [walk-log, no-such-sheet]", 11,
     "worksheet 'no-such-sheet' does not exist"),
    ("missing reference", MODULE, "references: [marlatt-gordon-1985]", "references: [made-up-2020]", 12,
     "reference 'made-up-2020' is not in"),
    ("agenda does not add up", MODULE, "{minutes: 5, title: Check-out", "{minutes: 15, title: Check-out", 18,
     "adds up to 70 minutes but the session is 60"),
    ("agenda minutes not a number", MODULE, "{minutes: 5, title: Check-out", "{minutes: five, title: Check-out", 22,
     "session.agenda[4].minutes: expected a whole number"),
    ("changes out of date", MODULE, "version: 1.0.0\ndomain", "version: 1.1.0\ndomain", 14,
     "newest `changes` entry is 1.0.0 but `version` is 1.1.0"),
    ("id and file name differ", MODULE, "id: walk-it-off", "id: walk-off", 2, "does not match the file name"),
    ("duplicate key", MODULE, "title: Walk it off\n", "title: Walk it off\ntitle: Again\n", 4, "'title' appears twice"),
    ("undefined clinic value", MODULE, "Call {{ clinic.name }}", "Call {{ clinic.nmae }}", 38, "template mistake"),
    ("unknown worksheet in body", MODULE, '{{ worksheet("walk-log") }}', '{{ worksheet("walk-lgo") }}', 40,
     "no worksheet 'walk-lgo'"),
    ("template syntax", MODULE, '{{ worksheet("walk-log") }}', '{{ worksheet("walk-log" }}', 40, "template mistake"),
    ("worksheet field type", SHEET, "type: text, label: Where", "type: textbox, label: Where", 14,
     "'textbox' is not allowed"),
    ("worksheet table without rows", SHEET, "columns: [Where, How long], rows: 2", "columns: [Where, How long]", 10,
     "'rows' is missing"),
    ("worksheet field option from another type", SHEET, "type: text, label: Where I will walk next",
     "type: text, label: Where I will walk next, rows: 3", 14, "unknown field 'rows'"),
    ("worksheet example not a field", SHEET, "  mood: 3", "  mod: 3", 17, "'mod' is not a field id"),
    ("worksheet example out of range", SHEET, "  mood: 3", "  mood: 9", 17, "from 0 to 4"),
    ("worksheet names a missing module", SHEET, "modules: [walk-it-off]", "modules: [walk-it-off, gone]", 6,
     "module 'gone' does not exist"),
]


@pytest.mark.parametrize("name, path, old, new, line, words", CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_one_located_line(project, name, path, old, new, line, words):
    found = [p for p in problems_after(project, path, old, new) if p.is_error]
    assert found, f"{name}: no problem reported"
    matching = [p for p in found if words in p.message]
    assert matching, f"{name}: expected '{words}' in {[str(p) for p in found]}"
    assert matching[0].path == path
    assert matching[0].line == line, str(matching[0])


def test_invalid_yaml_names_the_line(project):
    found = problems_after(project, SHEET, "title: My walk log", "title: [My walk log")
    assert any(p.path == SHEET and "not valid YAML" in p.message and p.line >= 2 for p in found), found


def test_front_matter_that_never_ends(project):
    text = (project / MODULE).read_text().replace("\n---\n\n# Walk it off", "\n\n# Walk it off")
    (project / MODULE).write_text(text)
    _, found = load.load_project(project)
    assert [str(p) for p in found] == [f"{MODULE}:1: error: the front matter never ends: add a '---' line after it"]


def test_duplicate_ids_across_files(project):
    copy = project / "content/skills/walk-it-off-copy.md"
    copy.write_text((project / MODULE).read_text())
    _, found = load.load_project(project)
    assert any("already used by" in p.message for p in found)


def test_reading_grade_above_8_is_an_error(project):
    hard = ("Notwithstanding considerable methodological heterogeneity, contemporary investigations "
            "consistently demonstrate that individualized psychoeducational interventions substantially "
            "ameliorate subsequent maladaptive behavioral manifestations among heterogeneous populations. ")
    found = problems_after(project, MODULE, "# Walk it off\n", "# Walk it off\n\n" + hard * 3)
    grade_errors = [p for p in found if "reading grade" in p.message and p.is_error]
    assert grade_errors and grade_errors[0].line == 27  # the body's first line


def test_facilitator_notes_do_not_count_toward_the_reading_grade(project):
    hard = ("    Notwithstanding considerable methodological heterogeneity, contemporary investigations "
            "consistently demonstrate that individualized psychoeducational interventions substantially "
            "ameliorate subsequent maladaptive behavioral manifestations among heterogeneous populations.\n")
    found = problems_after(project, MODULE, "    SECRET-FACILITATOR-NOTE", hard * 3 + "    SECRET")
    assert not [p for p in found if "reading grade" in p.message]
