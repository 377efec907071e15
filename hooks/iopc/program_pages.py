"""Program pages: the week-by-week grid, a page per session, the program index. Model in, Markdown out."""
from __future__ import annotations

from . import links, pages, programs, schedule


def _session_view(project, program, session, index, uri) -> dict:
    slug = programs.session_slug(session)
    module = project.modules.get(session.get("module"))
    return {
        **session, "slug": slug, "number": index, "title": programs.session_title(project, session),
        "type_name": programs.TYPE_NAMES[session["type"]], "day_name": programs.DAY_NAMES[session["day"]],
        "planned": programs.is_planned(project, session), "written": module is not None,
        "link": links.rel(uri, links.session_uri(program.id, slug)),
        "domain": project.domains.get((module.meta["domain"] if module else session.get("planned", {}).get("domain")), {}),
    }


def sessions_in_order(project, program, uri) -> list[dict]:
    return [_session_view(project, program, session, number, uri)
            for number, (_, session) in enumerate(programs.ordered(program), start=1)]


def program_page(project, program) -> str:
    uri = links.program_uri(program.id)
    sessions = sessions_in_order(project, program, uri)
    hours = programs.weekly_hours(program)
    weeks = [{"week": w, "hours": hours[w], "sessions": [s for s in sessions if s["week"] == w]} for w in hours]
    tracks = []
    for track in schedule.tracks(project):
        tracks.append({**track, "ics": links.rel(uri, links.calendar_uri(program.id, track["id"])),
                       "days": schedule.day_plan(project, program, track)})
    written = sum(1 for s in sessions if s["written"])
    return pages.render_template("program.md.j2", p=program.data, weeks=weeks, tracks=tracks,
                                 written=written, total=len(sessions), iop_min=programs.IOP_MIN_HOURS,
                                 start=schedule.start_date(project))


def session_page(project, program, number: int) -> str:
    uri_sessions = sessions_in_order(project, program, links.program_uri(program.id))
    view = uri_sessions[number - 1]
    uri = links.session_uri(program.id, view["slug"])
    here = sessions_in_order(project, program, uri)
    before = here[number - 2] if number > 1 else None
    after = here[number] if number < len(here) else None
    module = project.modules.get(view.get("module"))
    guide, sheets, packet = None, [], None
    if module is not None:
        guide = pages.guide_page(project, module, uri=uri, heading_level=2)
        sheets = pages.sheet_links(project, uri, module.meta["worksheets"])
        if project.pdfs:
            packet = links.rel(uri, links.packet_uri(program.id, view["slug"]))
    return pages.render_template(
        "session.md.j2", p=program.data, s=here[number - 1], total=len(here), before=before, after=after,
        guide=guide, sheets=sheets, packet=packet, program_link=links.rel(uri, links.program_uri(program.id)),
        reading_link=links.rel(uri, module.src_uri) if module else None,
        copies=pages.print_copies(project.clinic.get("group_size", 12)))


def programs_index(project) -> str:
    uri = links.programs_uri()
    items = [{"title": p.data["title"], "summary": p.data["summary"], "weeks": p.data["weeks"],
              "link": links.rel(uri, links.program_uri(p.id))} for p in project.programs.values()]
    return pages.render_template("programs.md.j2", programs=items)
