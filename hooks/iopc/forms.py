"""Worksheet web pages: an accessible form that saves only in this browser, and the worksheet index."""
from __future__ import annotations

from . import links
from .pages import render_template


def field_view(field: dict) -> dict:
    """Template-ready field: ids for controls, and derived lists (scale points, table rows)."""
    view = dict(field, control=f"ws-{field['id']}")
    if field["type"] == "scale":
        anchors = {int(k): v for k, v in (field.get("anchors") or {}).items()}
        view["points"] = [{"value": n, "anchor": anchors.get(n, "")}
                          for n in range(field["min"], field["max"] + 1)]
    if field["type"] == "table":
        view["row_numbers"] = list(range(1, field["rows"] + 1))
    return view


def sheet_domains(project, sheet) -> list[str]:
    """The domains of the modules that use a worksheet, in teaching order."""
    used = {m.meta["domain"] for m in project.worksheet_modules(sheet.id)}
    return [d for d in project.domains if d in used]


def worksheet_page(project, sheet) -> str:
    uri = links.worksheet_uri(sheet.id)
    data = sheet.data
    modules = [{"title": m.meta["title"], "link": links.rel(uri, m.src_uri)}
               for m in project.worksheet_modules(sheet.id)]
    pdfs = None
    if project.pdfs:
        pdfs = {f"{size}{'-' + kind if kind else ''}": links.rel(uri, links.worksheet_pdf_uri(sheet.id, size, kind))
                for size in ("letter", "a4") for kind in ("", "fillable")}
    return render_template("worksheet-page.md.j2", s=data, fields=[field_view(f) for f in data["fields"]],
                           modules=modules, pdfs=pdfs)


def worksheet_index(project) -> str:
    uri = "worksheets/index.md"
    groups = []
    for domain_id, domain in project.domains.items():
        sheets = [{"title": s.data["title"], "link": links.rel(uri, links.worksheet_uri(s.id))}
                  for s in sorted(project.worksheets.values(), key=lambda s: s.data["title"].lower())
                  if (sheet_domains(project, s) or [None])[0] == domain_id]
        if sheets:
            groups.append({"domain": domain, "sheets": sheets})
    loose = [{"title": s.data["title"], "link": links.rel(uri, links.worksheet_uri(s.id))}
             for s in project.worksheets.values() if not sheet_domains(project, s)]
    packet = links.rel(uri, "worksheets/all-worksheets-letter.pdf") if project.pdfs else None
    return render_template("worksheet-index.md.j2", groups=groups, loose=loose, packet=packet)
