"""Session packets: the facilitator guide, the reading page and the worksheets in one printable PDF.

Rendered with WeasyPrint and cached by content hash exactly like the worksheet PDFs (pdfs.ensure).
"""
from __future__ import annotations

import markdown as md

from . import links, pages, pdfs, programs, templating
from .blocks import strip_facilitator_blocks

EXTENSIONS = ["tables", "admonition", "attr_list", "md_in_html", "def_list"]


def _html(markdown_text: str) -> str:
    return md.markdown(markdown_text, extensions=EXTENSIONS)


def packet_html(project, program, session: dict, number: int, total: int, size: str = "letter") -> str:
    module = project.modules[session["module"]]
    guide = pages.guide_page(project, module, uri=links.guide_uri(module.id))
    reading = templating.render(project, strip_facilitator_blocks(module.body), module.path, module.body_line,
                                module.src_uri, for_print=True)
    sheets = [{"data": project.worksheets[w].data, "fields": pdfs.print_fields(project.worksheets[w].data, "print")}
              for w in module.meta["worksheets"]]
    return pages.render_template(
        "packet.html.j2", css=pdfs.stylesheet(), page_size=pdfs.SIZES[size], clinic=project.clinic,
        crisis_line=pdfs.crisis_line(project.clinic), lang=project.clinic.get("locale", "en-US"),
        title=f"{program.data['title']}: week {session['week']}, {programs.DAY_NAMES[session['day']]}",
        subtitle=f"Session {number} of {total} · {programs.TYPE_NAMES[session['type']]} · {session['minutes']} minutes",
        module=module.meta, guide_html=_html(guide), reading_html=_html(reading), sheets=sheets)


def session_jobs(project) -> list[tuple[str, str, object, bool]]:
    """(src_uri, html, cached file, fillable) for each session whose module is written."""
    jobs = []
    for program in project.programs.values():
        ordered = programs.ordered(program)
        for number, (_, session) in enumerate(ordered, start=1):
            if session.get("module") not in project.modules:
                continue
            html = packet_html(project, program, session, number, len(ordered))
            jobs.append((links.packet_uri(program.id, programs.session_slug(session)), html,
                         pdfs.cache_path(project.root, html, False), False))
    return jobs
