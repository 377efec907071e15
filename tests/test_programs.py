"""Programs: checks with located errors, the week grid, session pages, packets and calendars."""
from __future__ import annotations

import datetime as dt
import io

from icalendar import Calendar
from pypdf import PdfReader

from support import edit, relock
from iopc import calendars, links, load, packets, pdfs, program_pages, programs, validate

PROGRAM = "curriculum/programs/mini.yml"


def problems_after(project, old, new):
    edit(project / PROGRAM, old, new)
    relock(project)
    loaded, found = load.load_project(project)
    return found + validate.validate(loaded)


def test_a_missing_module_names_the_line_and_the_fix(project):
    found = problems_after(project, "module: family-walks}", "module: family-talks}")
    [problem] = [p for p in found if p.is_error]
    assert (problem.path, problem.line) == (PROGRAM, 14)
    assert "module 'family-talks' does not exist" in problem.message and "planned" in problem.message


def test_a_planned_module_is_a_warning_not_an_error(project):
    found = problems_after(project, "module: family-walks}",
                           'module: family-talks, planned: {title: "Talking together", domain: family}}')
    assert [p.level for p in found] == ["warning"]
    assert "planned, not written yet" in found[0].message


def test_a_version_out_of_range(project):
    found = problems_after(project, '">=1.0.0,<2.0.0"', '">=2.0.0"')
    [problem] = [p for p in found if p.is_error]
    assert problem.line == 13 and "outside the planned range" in problem.message


def test_minutes_must_match_the_module_or_be_explained(project):
    found = problems_after(project, "{week: 2, day: Mon, type: skills, minutes: 60,", "{week: 2, day: Mon, type: skills, minutes: 45,")
    assert any("plans 60" in p.message and p.line == 16 for p in found)
    found = problems_after(project, "minutes: 45, module: walk-it-off}", 'minutes: 45, module: walk-it-off, minutes_note: "A short week."}')
    assert not [p for p in found if p.is_error]


def test_an_iop_week_with_too_few_hours(project):
    found = problems_after(project, "iop: false", "iop: true")
    weeks = [p for p in found if "needs at least 9" in p.message]
    assert [(p.line, p.message.split(" has ")[0]) for p in weeks] == [(13, "week 1"), (16, "week 2")]


def test_sessions_after_the_last_week(project):
    found = problems_after(project, "weeks: 2", "weeks: 1")
    assert any("after the last week" in p.message and p.line == 16 for p in found)


def test_the_grid_matches_the_yaml(project):
    loaded, _ = load.load_project(project)
    program = loaded.programs["mini"]
    assert programs.weekly_hours(program) == {1: 3.5, 2: 1.0}
    page = program_pages.program_page(loaded, program)
    week1, week2 = page.split("### Week 1 (3.5 hours)")[1].split("### Week 2 (1.0 hours)")
    assert "| Monday | Skills group | 60 | [Walk it off](week-1-mon-skills.md) |" in week1
    assert "| Monday | Family education | 90 | [Walking together](week-1-mon-family-education.md) |" in week1
    assert "| Wednesday | Individual session | 60 | [Check-in](week-1-wed-individual.md) |" in week1
    assert "| Monday | Skills group | 60 | [Walk it off](week-2-mon-skills.md) |" in week2
    assert "How this program is built" in page and "Smaller than any real program." in page


def test_session_pages_link_before_and_after(project):
    loaded, _ = load.load_project(project)
    program = loaded.programs["mini"]
    second = program_pages.session_page(loaded, program, 2)
    assert "session 2 of 4" in second
    assert "Before this: [Walk it off](week-1-mon-skills.md)" in second
    assert "Next: [Check-in](week-1-wed-individual.md)" in second
    first = program_pages.session_page(loaded, program, 1)
    assert "Before this" not in first and "## Timed agenda" in first and "14 copies" in first


def test_packet_has_the_guide_the_reading_page_and_the_worksheet(project):
    loaded, _ = load.load_project(project)
    loaded.pdfs = True
    [job] = [j for j in packets.session_jobs(loaded) if "week-1-mon-skills" in j[0]]
    assert job[0] == links.packet_uri("mini", "week-1-mon-skills")
    pdfs.ensure([job])
    reader = PdfReader(io.BytesIO(job[2].read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 3
    assert "Timed agenda" in text and "SECRET-FACILITATOR-NOTE" in text     # the guide, with its notes
    assert "Walk where it is safe" in text                                  # the reading page
    assert "My walk log" in text and "Where I will walk next" in text       # the worksheet
    assert not [j for j in packets.session_jobs(loaded) if "individual" in j[0]]  # no module, no packet


def test_calendar_parses_back_with_the_clinic_times(project):
    loaded, _ = load.load_project(project)
    loaded.clinic["schedule"] = {"start_date": "2027-01-04", "timezone": "America/Chicago", "break_minutes": 15,
                                 "tracks": [{"id": "evening", "name": "Evening", "start": "17:30"}]}
    ics = calendars.program_calendar(loaded, loaded.programs["mini"], loaded.clinic["schedule"]["tracks"][0])
    calendar = Calendar.from_ical(ics)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert len(events) == 3                       # the individual session is by appointment
    first, second, third = (e.decoded("dtstart") for e in events)
    assert first.isoformat() == "2027-01-04T17:30:00-06:00"
    assert second == first + dt.timedelta(minutes=60 + 15)
    assert third.date() == dt.date(2027, 1, 11)
    assert str(events[0]["summary"]) == "Skills group: Walk it off"
    assert len({str(e["uid"]) for e in events}) == 3
    assert calendar.walk("VTIMEZONE"), "times with a TZID need their VTIMEZONE (RFC 5545)"
