"""Worksheet PDFs with WeasyPrint: US Letter and A4, print and fillable, and a filled facilitator copy.

A PDF is cached under .cache/pdf/ by the hash of the HTML it is made from (which holds the text, the
clinic's name, the stylesheet and the page size) and the WeasyPrint version, so an unchanged worksheet
is never rendered again.
"""
from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from . import links
from .forms import field_view
from .pages import render_template

SIZES = {"letter": "letter", "a4": "A4"}
MODES = ("print", "fillable")
CACHE = Path(".cache") / "pdf"


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (Path(__file__).parent / "templates" / "print.css").read_text(encoding="utf-8")


def crisis_line(clinic: dict) -> str:
    first = clinic["crisis"][0]
    return f"In crisis? {first['how']} ({first['name']})"


def print_fields(sheet_data: dict, mode: str) -> list[dict]:
    """Fields with the value to show: the example's in "example" mode, blanks otherwise."""
    example = sheet_data.get("example") or {} if mode == "example" else {}
    fields = []
    for field in sheet_data["fields"]:
        view = field_view(field)
        view["value"] = example.get(field["id"])
        if field["type"] == "table":
            filled = [list(map(str, row)) for row in (view["value"] or [])][: field["rows"]]
            width = len(field["columns"])
            rows = [row + [""] * (width - len(row)) for row in filled]
            view["table_rows"] = rows + [[""] * width] * (field["rows"] - len(rows))
        fields.append(view)
    return fields


def worksheet_html(project, sheet, size: str, mode: str) -> str:
    return render_template(
        "worksheet-print.html.j2", s=sheet.data, fields=print_fields(sheet.data, mode), mode=mode,
        page_size=SIZES[size], css=stylesheet(), clinic=project.clinic, crisis_line=crisis_line(project.clinic),
        lang=project.clinic.get("locale", "en-US"),
    )


def _weasyprint_version() -> str:
    import weasyprint
    return weasyprint.__version__


def cache_path(root: Path, html: str, fillable: bool) -> Path:
    key = hashlib.sha256(f"{_weasyprint_version()}|{fillable}|{html}".encode("utf-8")).hexdigest()[:24]
    return Path(root) / CACHE / f"{key}.pdf"


def render_pdf(html: str, target: Path, fillable: bool) -> None:
    """Render HTML to a PDF file, written aside and moved in so a cache file is never half-written."""
    from weasyprint import HTML
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    HTML(string=html).write_pdf(partial, pdf_forms=fillable)
    partial.replace(target)


def _render_job(job) -> None:
    html, target, fillable = job
    render_pdf(html, Path(target), fillable)


def worksheet_jobs(project) -> list[tuple[str, str, Path, bool]]:
    """(src_uri, html, cached file, fillable) for every worksheet PDF the site offers."""
    jobs = []
    for sheet in project.worksheets.values():
        variants = [(size, mode) for size in SIZES for mode in MODES]
        if sheet.data.get("example"):
            variants += [(size, "example") for size in SIZES]
        for size, mode in variants:
            html = worksheet_html(project, sheet, size, mode)
            fillable = mode == "fillable"
            kind = "" if mode == "print" else mode
            jobs.append((links.worksheet_pdf_uri(sheet.id, size, kind), html,
                         cache_path(project.root, html, fillable), fillable))
    return jobs


def ensure(jobs) -> int:
    """Render the PDFs whose cache file is missing, on every core; return how many were rendered."""
    todo = {str(path): (html, str(path), fillable) for _, html, path, fillable in jobs if not path.exists()}
    if len(todo) > 1 and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
            list(pool.map(_render_job, todo.values()))
    else:
        for job in todo.values():
            _render_job(job)
    return len(todo)


def worksheet_packet(project, jobs, size: str = "letter") -> tuple[str, Path]:
    """All print worksheets in one PDF, joined from the cached files (no re-rendering)."""
    from pypdf import PdfWriter
    parts = [path for uri, _, path, fillable in jobs
             if not fillable and uri.endswith(f"-{size}.pdf")]
    key = hashlib.sha256("|".join(p.name for p in parts).encode()).hexdigest()[:24]
    target = Path(project.root) / CACHE / f"packet-{key}.pdf"
    if not target.exists():
        writer = PdfWriter()
        for part in parts:
            writer.append(str(part))
        partial = target.with_suffix(".part")
        with open(partial, "wb") as out:
            writer.write(out)
        partial.replace(target)
    return f"worksheets/all-worksheets-{size}.pdf", target
