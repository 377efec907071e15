"""What the site build needs from the pipeline, in the order MkDocs asks for it."""
from __future__ import annotations

from pathlib import Path

from . import calendars, forms, links, load, pages, program_pages, programs, schedule, templating, validate
from .problems import errors


class ProjectErrors(Exception):
    """Problems that stop a build, already formatted one per line."""

    def __init__(self, problems):
        self.problems = list(problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the curriculum; nothing was written:\n{lines}")


def load_for_site(root: Path):
    """Load and validate; any error stops the build before a file is written.

    The version lock is left to `make check`: while editing, `make serve` should show the change.
    """
    project, problems = load.load_project(root)
    problems += validate.validate(project, with_lock=False)
    if errors(problems):
        raise ProjectErrors(errors(problems))
    project.pdfs = True
    return project


def site_clinic(project) -> dict:
    """Clinic settings for the theme, with the phone number as digits for a tel: link."""
    phone = project.clinic.get("phone", "")
    return {**project.clinic, "phone_tel": "".join(c for c in phone if c.isdigit() or c == "+")}


def navigation(project, authored_nav: list) -> list:
    """The site navigation: authored top entries, then the curriculum sections from the model."""
    participant, family = [], []
    for domain_id, domain in project.domains.items():
        modules = project.modules_in(domain_id)
        if not modules:
            continue
        entries = [links.domain_uri(domain_id)] + [{m.meta["title"]: m.src_uri} for m in modules]
        section = {f"{domain['letter']}. {domain['title']}": entries}
        (family if domain["audience"] == "family" else participant).append(section)
    nav = []
    for entry in authored_nav:
        key = next(iter(entry)) if isinstance(entry, dict) else None
        if key == "Topics":
            nav.append({"Topics": participant})
        elif key == "For families":
            nav.append({"For families": family[0][next(iter(family[0]))] if len(family) == 1 else family})
        else:
            nav.append(entry)
    return nav


def generated_pages(project, existing: set) -> list[tuple[str, str]]:
    """(src_uri, Markdown) for every page the model generates, unless an author wrote it."""
    out = []
    for domain_id in project.domains:
        if project.modules_in(domain_id):
            out.append((links.domain_uri(domain_id), pages.domain_page(project, domain_id)))
    for module in project.modules.values():
        out.append((links.guide_uri(module.id), pages.guide_page(project, module)))
    out.append(("facilitators/index.md", pages.facilitator_hub(project)))
    for sheet in project.worksheets.values():
        out.append((links.worksheet_uri(sheet.id), forms.worksheet_page(project, sheet)))
    out.append(("worksheets/index.md", forms.worksheet_index(project)))
    if project.programs:
        out.append((links.programs_uri(), program_pages.programs_index(project)))
    for program in project.programs.values():
        out.append((links.program_uri(program.id), program_pages.program_page(project, program)))
        for number, (_, session) in enumerate(programs.ordered(program), start=1):
            out.append((links.session_uri(program.id, programs.session_slug(session)),
                        program_pages.session_page(project, program, number)))
        for track in schedule.tracks(project):
            out.append((links.calendar_uri(program.id, track["id"]),
                        calendars.program_calendar(project, program, track).decode("utf-8")))
    return [(uri, text) for uri, text in out if uri not in existing]


def generated_files(project) -> list[tuple[str, Path]]:
    """(src_uri, file on disk) for generated binary files: the worksheet PDFs, rendered or cached."""
    if not project.pdfs:
        return []
    from . import pdfs
    jobs = pdfs.worksheet_jobs(project)
    pdfs.ensure(jobs)
    files = [(uri, path) for uri, _, path, _ in jobs]
    if jobs:
        files += [pdfs.worksheet_packet(project, jobs, size) for size in pdfs.SIZES]
    from . import packets
    packet_jobs = packets.session_jobs(project)
    pdfs.ensure(packet_jobs)
    files += [(uri, path) for uri, _, path, _ in packet_jobs]
    return files


def page_markdown(project, src_uri: str, markdown: str, generated: bool) -> str:
    modules = {m.src_uri: m for m in project.modules.values()}
    if src_uri in modules:
        try:
            return pages.reading_page(project, modules[src_uri])
        except templating.ContentError as exc:
            raise ProjectErrors([exc.problem]) from None
    if generated:
        return markdown
    path = f"content/{src_uri}"
    try:
        return templating.render(project, markdown, path, _body_line(project.root / path), src_uri)
    except templating.ContentError as exc:
        raise ProjectErrors([exc.problem]) from None


def _body_line(path: Path) -> int:
    """The line where a page's body starts, after any front matter MkDocs has removed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                return index + 2
    return 1
