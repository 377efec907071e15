"""Where each generated page lives, and relative links between pages (MkDocs checks them)."""
from __future__ import annotations

import posixpath


def guide_uri(module_id: str) -> str:
    return f"facilitators/modules/{module_id}.md"


def worksheet_uri(worksheet_id: str) -> str:
    return f"worksheets/{worksheet_id}.md"


def worksheet_pdf_uri(worksheet_id: str, size: str, kind: str = "") -> str:
    """PDFs sit beside the worksheet's page: worksheets/<id>/<id>-letter.pdf, -a4-fillable.pdf..."""
    suffix = f"-{kind}" if kind else ""
    return f"worksheets/{worksheet_id}/{worksheet_id}-{size}{suffix}.pdf"


def domain_uri(domain_id: str) -> str:
    return f"{domain_id}/index.md"


def rel(from_uri: str, to_uri: str) -> str:
    """A link from page ``from_uri`` to page ``to_uri`` (both paths under content/)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
