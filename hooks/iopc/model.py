"""The curriculum as one object model: what every later stage reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .yamlsource import Located


@dataclass
class Module:
    meta: dict           # the front matter, as written
    body: str            # Markdown after the front matter
    body_line: int       # the body's first line in the file, for located problems
    source: Located      # the front matter with line numbers
    text: str            # the whole file, for the content hash

    @property
    def id(self) -> str:
        return self.meta["id"]

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def src_uri(self) -> str:
        """The page's path under content/, as MkDocs names it."""
        return f"{self.meta['domain']}/{self.meta['id']}.md"

    def line(self, *keys) -> int:
        return self.source.line(*keys)


@dataclass
class Record:
    """A YAML-defined thing (worksheet, program, domain): its data and where it came from."""

    data: dict
    source: Located
    text: str = ""

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def path(self) -> str:
        return self.source.path

    def line(self, *keys) -> int:
        return self.source.line(*keys)


@dataclass
class Project:
    root: Path
    clinic: dict = field(default_factory=dict)
    domains: dict = field(default_factory=dict)        # id -> domain dict, in teaching order
    references: dict = field(default_factory=dict)     # key -> reference dict
    modules: dict = field(default_factory=dict)        # id -> Module
    worksheets: dict = field(default_factory=dict)     # id -> Record
    programs: dict = field(default_factory=dict)       # id -> Record
    sources: dict = field(default_factory=dict)        # relative path -> Located (the YAML files)
    pdfs: bool = False                                 # whether this build renders worksheet PDFs

    def teaching_order(self) -> dict:
        """Module id -> where it is first taught in the programs (week, day), for menus and indexes."""
        days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        order: dict = {}
        for program in self.programs.values():
            for session in program.data.get("sessions") or []:
                if isinstance(session, dict) and isinstance(session.get("module"), str):
                    key = (session.get("week", 99), days.index(session["day"]) if session.get("day") in days else 9)
                    order[session["module"]] = min(order.get(session["module"], key), key)
        return order

    def modules_in(self, domain: str) -> list[Module]:
        """A domain's modules in teaching order (unscheduled ones last, by title)."""
        order = self.teaching_order()
        return sorted((m for m in self.modules.values() if m.meta["domain"] == domain),
                      key=lambda m: (order.get(m.id, (99, 9)), m.meta["title"].lower()))

    def worksheet_modules(self, worksheet_id: str) -> list[Module]:
        return [m for m in self.modules.values() if worksheet_id in m.meta.get("worksheets", [])]
