"""Load every author file into the object model, collecting problems instead of raising.

Loading only parses: a file that is not valid YAML is reported and left out. Whether what parsed is
right (fields, references, sums) is the job of ``validate``.
"""
from __future__ import annotations

from pathlib import Path

from .model import Module, Project, Record
from .problems import Problem
from .yamlsource import Located, YamlError, parse_yaml, split_front_matter

CLINIC = "clinic.yml"
DOMAINS = "curriculum/domains.yml"
REFERENCES = "curriculum/references.yml"
CONTENT = "content"
WORKSHEETS = "worksheets"
PROGRAMS = "curriculum/programs"

# Pages under content/ that are the site's own, not curriculum modules.
SITE_PAGE_DIRS = {"facilitators", "clinics", "worksheets", "about", "assets", "stylesheets", "javascripts"}


def load_project(root: Path) -> tuple[Project, list[Problem]]:
    root = Path(root)
    project = Project(root=root)
    problems: list[Problem] = []

    for rel in (CLINIC, DOMAINS, REFERENCES):
        located = _load_yaml_file(root, rel, problems)
        if located is not None:
            project.sources[rel] = located
    project.clinic = _data(project.sources.get(CLINIC), dict)
    project.domains = {d["id"]: d for d in _data(project.sources.get(DOMAINS), list)
                       if isinstance(d, dict) and isinstance(d.get("id"), str)}
    project.references = _data(project.sources.get(REFERENCES), dict)

    for path in sorted((root / CONTENT).glob("*/*.md")):
        rel = path.relative_to(root).as_posix()
        if path.parent.name in SITE_PAGE_DIRS or path.name == "index.md":
            continue
        module = _load_module(root, rel, problems)
        if module is not None:
            _add(project.modules, _key(module.meta, rel), module, problems)

    for folder, target in ((WORKSHEETS, project.worksheets), (PROGRAMS, project.programs)):
        for path in sorted((root / folder).glob("*.yml")):
            rel = path.relative_to(root).as_posix()
            located = _load_yaml_file(root, rel, problems)
            if located is None:
                continue
            if not isinstance(located.data, dict):
                problems.append(Problem(rel, 1, "expected fields like 'id: ...' and 'title: ...' at the top level"))
                continue
            _add(target, _key(located.data, rel), Record(located.data, located, _read(root / rel)), problems)
    return project, problems


def _add(index: dict, key: str, item, problems: list[Problem]) -> None:
    if key in index:
        problems.append(Problem(item.path, item.line("id"), f"id '{key}' is already used by "
                                f"{index[key].path}; ids must be unique"))
    else:
        index[key] = item


def _key(data: dict, rel: str) -> str:
    """Index by id; a file without a usable id is indexed by its file name so it is still checked."""
    value = data.get("id")
    return value if isinstance(value, str) and value else Path(rel).stem


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("\r\n", "\n")


def _data(located: Located | None, kind: type):
    if located is None or not isinstance(located.data, kind):
        return kind()
    return located.data


def _load_yaml_file(root: Path, rel: str, problems: list[Problem]) -> Located | None:
    path = root / rel
    if not path.exists():
        problems.append(Problem(rel, 1, "this file is missing; restore it from the repository"))
        return None
    parsed = _guarded(rel, problems, lambda: parse_yaml(_read(path), rel))
    if parsed is None:
        return None
    located, found = parsed
    problems.extend(found)
    return located


def _guarded(rel: str, problems: list[Problem], parse):
    """Run a parse step; a YAML or encoding mistake becomes a located problem, and None."""
    try:
        return parse()
    except YamlError as exc:
        problems.append(exc.problem)
    except UnicodeDecodeError:
        problems.append(Problem(rel, 1, "this file is not UTF-8 text; save it as UTF-8"))
    return None


def _parse_module(root: Path, rel: str):
    text = _read(root / rel)
    front, front_line, body, body_line = split_front_matter(text, rel)
    located, found = parse_yaml(front, rel, first_line=front_line)
    return text, front_line, body, body_line, located, found


def _load_module(root: Path, rel: str, problems: list[Problem]) -> Module | None:
    parsed = _guarded(rel, problems, lambda: _parse_module(root, rel))
    if parsed is None:
        return None
    text, front_line, body, body_line, located, found = parsed
    problems.extend(found)
    if not isinstance(located.data, dict):
        problems.append(Problem(rel, front_line, "the front matter must be fields like 'id: ...', 'title: ...'"))
        return None
    return Module(meta=located.data, body=body, body_line=body_line, source=located, text=text)
