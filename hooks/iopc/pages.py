"""Generated pages: reading pages, facilitator guides, domain indexes and the facilitator hub.

Plain functions, model in and Markdown out; the MkDocs hook only places the results.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import links, readability, templating
from .blocks import facilitator_notes, strip_facilitator_blocks

FORMAT_NAMES = {"group": "group session", "individual": "individual session", "family": "family session"}
AUDIENCE_NAMES = {"participant": "people in the program", "family": "family members and friends"}


@lru_cache(maxsize=1)
def _templates() -> Environment:
    # Autoescape: YAML text (titles, agenda items) lands in Markdown as inert text, never as HTML.
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       undefined=StrictUndefined, autoescape=True, keep_trailing_newline=True,
                       trim_blocks=False, lstrip_blocks=False)


def render_template(name: str, **context) -> str:
    return _templates().get_template(name).render(**context)


def clock(minutes: int) -> str:
    """Minutes from the start of a session as h:mm (0:00, 0:10, 1:25)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def agenda_with_times(agenda: list[dict]) -> tuple[list[dict], str]:
    rows, start = [], 0
    for item in agenda:
        rows.append({**item, "start": clock(start)})
        start += item["minutes"]
    return rows, clock(start)


def reading_page(project, module) -> str:
    """The participant or family page: the module text without facilitator blocks."""
    body = strip_facilitator_blocks(module.body)
    body = templating.render(project, body, module.path, module.body_line, module.src_uri)
    footer = render_template("reading-footer.md.j2", m=module.meta,
                             guide_link=links.rel(module.src_uri, links.guide_uri(module.id)))
    return body.rstrip() + "\n" + footer


def sheet_links(project, page_uri: str, worksheet_ids) -> list[dict]:
    sheets = []
    for sheet_id in worksheet_ids:
        sheet = project.worksheets[sheet_id]
        pdfs = None
        if project.pdfs:
            pdfs = {size: links.rel(page_uri, links.worksheet_pdf_uri(sheet_id, size)) for size in ("letter", "a4")}
            if sheet.data.get("example"):
                pdfs["example"] = links.rel(page_uri, links.worksheet_pdf_uri(sheet_id, "letter", "example"))
        sheets.append({"id": sheet_id, "title": sheet.data["title"], "pdfs": pdfs,
                       "pages": sheet.data.get("pages", 1),
                       "link": links.rel(page_uri, links.worksheet_uri(sheet_id))})
    return sheets


def print_copies(group_size: int) -> int:
    """Handouts to print for a group: everyone, plus a few spares (about one in six, at least two)."""
    return group_size + max(2, round(group_size / 6))


def demote(markdown: str, levels: int = 1) -> str:
    """Drop the page title and push every heading down, to embed a page inside another."""
    out, fenced = [], False
    for index, line in enumerate(markdown.splitlines()):
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and line.startswith("# ") and index == 0:
            continue
        if not fenced and line.startswith("#"):
            line = "#" * levels + line
        out.append(line)
    return "\n".join(out).lstrip("\n") + "\n"


def guide_page(project, module, uri: str | None = None, heading_level: int = 1) -> str:
    """The facilitator guide; `uri` is where it will be shown (links are made relative to it)."""
    uri = uri or links.guide_uri(module.id)
    meta = module.meta
    agenda, end = agenda_with_times(meta["session"]["agenda"])
    notes = []
    for note in facilitator_notes(module.body):
        # Notes may use clinic values too; render them as the body would be.
        text = templating.render(project, note.text, module.path, module.body_line + note.line, uri)
        notes.append({"title": note.title, "section": note.section, "text": text})
    return render_template(
        "guide.md.j2", m=meta, domain=project.domains[meta["domain"]], agenda=agenda, end=end,
        notes=notes, grade=readability.grade(module.body),
        format_name=FORMAT_NAMES[meta["session"]["format"]], audience_name=AUDIENCE_NAMES[meta["audience"]],
        reading_link=links.rel(uri, module.src_uri), sheets=sheet_links(project, uri, meta["worksheets"]),
        references=[project.references[key] for key in meta["references"]],
        group_size=project.clinic.get("group_size", 12),
        copies=print_copies(project.clinic.get("group_size", 12)),
    ) if heading_level == 1 else demote(guide_page(project, module, uri), heading_level - 1)


def domain_page(project, domain_id: str) -> str:
    uri = links.domain_uri(domain_id)
    modules = [{"title": m.meta["title"], "summary": m.meta["summary"], "link": links.rel(uri, m.src_uri)}
               for m in project.modules_in(domain_id)]
    return render_template("domain.md.j2", domain=project.domains[domain_id], modules=modules)


def facilitator_hub(project) -> str:
    uri = "facilitators/index.md"
    groups = []
    for domain_id, domain in project.domains.items():
        modules = [{"title": m.meta["title"], "link": links.rel(uri, links.guide_uri(m.id)),
                    "minutes": m.meta["session"]["minutes"], "format": m.meta["session"]["format"],
                    "version": m.meta["version"], "grade": readability.grade(m.body)}
                   for m in project.modules_in(domain_id)]
        if modules:
            groups.append({"domain": domain, "modules": modules})
    programs_link = links.rel(uri, links.programs_uri()) if project.programs else None
    return render_template("facilitators.md.j2", groups=groups, programs_link=programs_link)
