"""Clock times for program sessions, from the clinic's tracks (morning, afternoon, evening).

A day's group sessions run one after another from the track's start, with the clinic's break between
them. Individual sessions are by appointment and get no fixed time.
"""
from __future__ import annotations

import datetime as dt

from . import programs

DEFAULT = {"start_date": "2027-01-04", "timezone": "America/New_York", "break_minutes": 15,
           "tracks": [{"id": "evening", "name": "Evening", "start": "17:30"}]}


def settings(project) -> dict:
    return {**DEFAULT, **(project.clinic.get("schedule") or {})}


def tracks(project) -> list[dict]:
    return settings(project)["tracks"]


def start_date(project) -> dt.date:
    return dt.date.fromisoformat(settings(project)["start_date"])


def session_date(project, session: dict) -> dt.date:
    return start_date(project) + dt.timedelta(days=7 * (session["week"] - 1) + programs.DAYS.index(session["day"]))


def timed_sessions(project, program, track: dict) -> list[tuple[dt.datetime, dt.datetime, dict]]:
    """(start, end, session) for every group session of the program on this track, in order."""
    pause = dt.timedelta(minutes=settings(project)["break_minutes"])
    hour, minute = (int(part) for part in track["start"].split(":"))
    out, clock = [], {}
    for _, session in programs.ordered(program):
        if session["type"] == "individual":
            continue
        day = session_date(project, session)
        begin = clock.get(day) or dt.datetime.combine(day, dt.time(hour, minute))
        end = begin + dt.timedelta(minutes=session["minutes"])
        out.append((begin, end, session))
        clock[day] = end + pause
    return out


def day_plan(project, program, track: dict) -> list[dict]:
    """The times of a typical first week on this track, for the program page."""
    first_week = [(b, e, s) for b, e, s in timed_sessions(project, program, track) if s["week"] == 1]
    return [{"day": programs.DAY_NAMES[s["day"]], "start": b.strftime("%H:%M"), "end": e.strftime("%H:%M"),
             "type": programs.TYPE_NAMES[s["type"]]} for b, e, s in first_week]
