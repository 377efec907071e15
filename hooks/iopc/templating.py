"""Jinja in content: ``{{ clinic.name }}`` and ``{{ worksheet("id") }}``.

We render it ourselves instead of through mkdocs-macros so that a typo is a located problem
(``content/x.md:42: ...``) in ``make check`` and the build alike, and so no other runner is needed.
Undefined names fail; the sandbox keeps content from reaching Python.
"""
from __future__ import annotations

from markupsafe import escape
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from . import links
from .problems import Problem

_env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


class ContentError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def clinic_context(clinic: dict) -> dict:
    """Clinic values as they land in Markdown: escaped, so a name like 'A & B <Care>' stays text."""
    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return str(escape(value)) if isinstance(value, str) else value
    return clean(clinic)


def _sheet(project, worksheet_id: str):
    sheet = project.worksheets.get(worksheet_id)
    if sheet is None:
        known = ", ".join(sorted(project.worksheets)) or "none yet"
        raise KeyError(f"there is no worksheet '{worksheet_id}' (known: {known})")
    return sheet


def worksheet_card(project, worksheet_id: str, page_uri: str) -> str:
    sheet = _sheet(project, worksheet_id)
    link = links.rel(page_uri, links.worksheet_uri(worksheet_id))
    title = escape(sheet.data["title"])
    buttons = [f"[Fill it in on this device]({link}){{ .md-button .md-button--primary }}"]
    if project.pdfs:
        for size, label in (("letter", "US Letter"), ("a4", "A4")):
            pdf = links.rel(page_uri, links.worksheet_pdf_uri(worksheet_id, size))
            buttons.append(f"[Print it (PDF, {label})]({pdf}){{ .md-button }}")
    return (f'\n<div class="worksheet-card" markdown>\n**Worksheet: {title}**\n\n'
            + " ".join(buttons) + "\n\n</div>\n")


def worksheet_note(project, worksheet_id: str) -> str:
    """On paper, a worksheet card becomes a pointer to the handout printed with it."""
    title = escape(_sheet(project, worksheet_id).data["title"])
    return f"\n**Worksheet: {title}.** It is printed at the end of this packet.\n"


def render(project, markdown: str, path: str, first_line: int, page_uri: str, for_print: bool = False) -> str:
    """Render content Jinja; raise ContentError naming the file and line on any mistake."""
    card = worksheet_note if for_print else (lambda proj, sheet: worksheet_card(proj, sheet, page_uri))
    context = {
        "clinic": clinic_context(project.clinic),
        "worksheet": lambda worksheet_id: card(project, worksheet_id),
    }
    try:
        return _env.from_string(markdown).render(context)
    except TemplateSyntaxError as exc:
        line = first_line + (exc.lineno or 1) - 1
        raise ContentError(Problem(path, line, f"template mistake: {exc.message}; write values as "
                                   "{{ clinic.phone }} and worksheets as {{ worksheet(\"id\") }}"))
    except (UndefinedError, KeyError, TemplateError, TypeError) as exc:
        line = first_line + _template_line(exc) - 1
        message = str(exc.args[0]) if exc.args else str(exc)
        raise ContentError(Problem(path, line, f"template mistake: {message}; clinic values are "
                                   f"{', '.join(sorted(project.clinic)) or 'in clinic.yml'}"))


def _template_line(exc: BaseException) -> int:
    """The template line where a runtime error happened, from the traceback Jinja rewrites."""
    tb, line = exc.__traceback__, 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
