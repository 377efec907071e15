"""Phone calendars: one iCalendar (.ics, RFC 5545) file per program and track, from clinic.yml times."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from . import programs, schedule


def program_calendar(project, program, track: dict) -> bytes:
    settings = schedule.settings(project)
    zone = ZoneInfo(settings["timezone"])
    calendar = Calendar()
    calendar.add("prodid", "-//Open IOP Curriculum//Program calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{program.data['title']}, {track['name']}")
    calendar.add("x-wr-timezone", settings["timezone"])
    # A fixed stamp keeps the file the same from build to build while nothing changed.
    stamp = dt.datetime.combine(schedule.start_date(project), dt.time(0, 0), tzinfo=dt.timezone.utc)
    for begin, end, session in schedule.timed_sessions(project, program, track):
        event = Event()
        event.add("uid", f"{program.id}-{track['id']}-{programs.session_slug(session)}@open-iop-curriculum")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin.replace(tzinfo=zone))
        event.add("dtend", end.replace(tzinfo=zone))
        event.add("summary", f"{programs.TYPE_NAMES[session['type']]}: {programs.session_title(project, session)}")
        event.add("location", project.clinic.get("address") or project.clinic["name"])
        event.add("description", f"{program.data['title']}, week {session['week']}. "
                                 f"Questions: {project.clinic['name']}, {project.clinic['phone']}.")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
