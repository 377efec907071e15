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


def programs_uri() -> str:
    return "facilitators/programs/index.md"


def program_uri(program_id: str) -> str:
    return f"facilitators/programs/{program_id}/index.md"


def session_uri(program_id: str, slug: str) -> str:
    return f"facilitators/programs/{program_id}/{slug}.md"


def packet_uri(program_id: str, slug: str) -> str:
    """The packet PDF sits beside its session page: .../<slug>/<program>-<slug>-packet.pdf"""
    return f"facilitators/programs/{program_id}/{slug}/{program_id}-{slug}-packet.pdf"


def calendar_uri(program_id: str, track_id: str) -> str:
    return f"facilitators/programs/{program_id}/{program_id}-{track_id}.ics"
