"""Programs: the schedule of sessions by week and day, what each session teaches, and its checks."""
from __future__ import annotations

from collections import defaultdict

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from .problems import Problem

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_NAMES = dict(zip(DAYS, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
TYPE_NAMES = {"early-recovery": "Early recovery group", "relapse-prevention": "Relapse prevention group",
              "skills": "Skills group", "family-education": "Family education", "social-support": "Social support group",
              "individual": "Individual session"}
IOP_MIN_HOURS = 9  # core services a week for adult intensive outpatient care (TIP 47; ASAM level 2.1)


def session_slug(session: dict) -> str:
    return f"week-{session['week']}-{session['day'].lower()}-{session['type']}"


def ordered(program) -> list[tuple[int, dict]]:
    """(index in the file, session) in teaching order: by week, then day, then file order."""
    sessions = list(enumerate(program.data["sessions"]))
    return sorted(sessions, key=lambda pair: (pair[1]["week"], DAYS.index(pair[1]["day"]), pair[0]))


def weekly_hours(program) -> dict[int, float]:
    hours = defaultdict(float)
    for session in program.data["sessions"]:
        hours[session["week"]] += session["minutes"] / 60
    return {week: round(hours.get(week, 0.0), 2) for week in range(1, program.data["weeks"] + 1)}


def is_planned(project, session: dict) -> bool:
    return "module" in session and session["module"] not in project.modules


def session_title(project, session: dict) -> str:
    if "module" not in session:
        return session["title"]
    module = project.modules.get(session["module"])
    return module.meta["title"] if module else session["planned"]["title"] if "planned" in session else session["module"]


def check(project, program, valid: set | None = None) -> list[Problem]:
    """Problems in a program. `valid`: the modules whose own front matter passed its schema."""
    found: list[Problem] = []
    data, path = program.data, program.path
    seen: dict[str, int] = {}
    for index, session in enumerate(data["sessions"]):
        line = program.line("sessions", index)
        if session["week"] > data["weeks"]:
            found.append(Problem(path, line, f"week {session['week']} is after the last week ({data['weeks']}); "
                                 "fix the week or raise `weeks`"))
        slug = session_slug(session)
        if slug in seen:
            found.append(Problem(path, line, f"a second {session['type']} session on {session['day']} of week "
                                 f"{session['week']} (the first is on line {seen[slug]}); move one to another day"))
        seen.setdefault(slug, line)
        if "module" in session and (valid is None or session["module"] in valid
                                    or session["module"] not in project.modules):
            found += _check_module(project, program, index, session, line)
    if data["iop"]:
        for week, hours in weekly_hours(program).items():
            if hours < IOP_MIN_HOURS:
                found.append(Problem(path, _first_line_of_week(program, week), f"week {week} has {hours:g} hours of "
                                     f"sessions; an adult IOP needs at least {IOP_MIN_HOURS} a week (TIP 47, ASAM 2.1). "
                                     "Add sessions, or set `iop: false` if this track is not an IOP"))
    return found


def _first_line_of_week(program, week: int) -> int:
    for index, session in enumerate(program.data["sessions"]):
        if session["week"] == week:
            return program.line("sessions", index)
    return program.line("weeks")


def _check_module(project, program, index, session, line) -> list[Problem]:
    found, path, module_id = [], program.path, session["module"]
    module = project.modules.get(module_id)
    planned = session.get("planned")
    if module is None and planned is None:
        return [Problem(path, line, f"module '{module_id}' does not exist; fix the id, write "
                        f"content/<domain>/{module_id}.md, or mark it `planned: {{title: ..., domain: ...}}`")]
    if module is None:
        if planned["domain"] not in project.domains:
            found.append(Problem(path, program.line("sessions", index, "planned"), f"planned domain "
                                 f"'{planned['domain']}' is not a domain; use one of: {', '.join(project.domains)}"))
        found.append(Problem(path, line, f"module '{module_id}' ({planned['title']}) is planned, not written yet",
                             level="warning"))
        return found
    if planned is not None:
        found.append(Problem(path, program.line("sessions", index, "planned"), f"module '{module_id}' is written "
                             "now; remove `planned` from this session", level="warning"))
    if "versions" in session:
        try:
            spec = SpecifierSet(session["versions"])
        except InvalidSpecifier:
            found.append(Problem(path, program.line("sessions", index, "versions"), f"'{session['versions']}' is "
                                 "not a version range; write it like '>=1.0.0,<2.0.0'"))
        else:
            if Version(module.meta["version"]) not in spec:
                found.append(Problem(path, program.line("sessions", index, "versions"), f"module '{module_id}' is "
                                     f"at version {module.meta['version']}, outside the planned range "
                                     f"'{session['versions']}'; review the session and update the range"))
    planned_minutes = module.meta["session"]["minutes"]
    if session["minutes"] != planned_minutes and "minutes_note" not in session:
        found.append(Problem(path, program.line("sessions", index, "minutes"), f"this session is "
                             f"{session['minutes']} minutes but module '{module_id}' plans {planned_minutes}; "
                             "match them, or say how the plan is adapted in `minutes_note`"))
    return found
