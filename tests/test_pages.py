"""Generated Markdown: the agenda's running times and the guide's parts."""
from iopc import load, pages

AGENDA = [{"minutes": 10, "title": "In", "what": "a"}, {"minutes": 35, "title": "Teach", "what": "b"},
          {"minutes": 45, "title": "Out", "what": "c"}]


def test_clock_formats_hours_and_minutes():
    assert [pages.clock(m) for m in (0, 5, 60, 85, 125)] == ["0:00", "0:05", "1:00", "1:25", "2:05"]


def test_agenda_start_times_run_on():
    rows, end = pages.agenda_with_times(AGENDA)
    assert [r["start"] for r in rows] == ["0:00", "0:10", "0:45"]
    assert end == "1:30"


def test_guide_has_every_part(project):
    loaded, _ = load.load_project(project)
    guide = pages.guide_page(loaded, loaded.modules["walk-it-off"])
    for part in ("## Goals", "## Before the session", "## Timed agenda", "## Teaching notes",
                 "## Discussion prompts", "## Home practice", "## Hard moments", "## References",
                 "## Version history", "SECRET-FACILITATOR-NOTE", "| 0:35 | 20 | **Practice** |",
                 "| 1:00 | | **End** |", "Reading grade", "[My walk log](../../worksheets/walk-log.md)"):
        assert part in guide, part


def test_reading_page_has_no_notes_and_a_version_line(project):
    loaded, _ = load.load_project(project)
    page = pages.reading_page(loaded, loaded.modules["walk-it-off"])
    assert "SECRET-FACILITATOR-NOTE" not in page
    assert "Call Test Clinic if you need help." in page
    assert "Version 1.0.0, updated 2026-11-26" in page


def test_print_counts_cover_the_group_and_spares():
    assert pages.print_copies(12) == 14
    assert pages.print_copies(6) == 8
    assert pages.print_copies(24) == 28


def test_guide_says_how_many_copies_to_print(project):
    loaded, _ = load.load_project(project)
    loaded.clinic["group_size"] = 10
    guide = pages.guide_page(loaded, loaded.modules["walk-it-off"])
    assert "12 copies of each (10 members and 2 spares)" in guide
