"""YAML and front matter that remember the line of every key, so problems can name it.

PyYAML builds plain data and forgets where it came from. Here the node tree is walked once to record
the line of each path (``("session", "agenda", 2, "minutes")``), and duplicate keys, which PyYAML
silently overwrites, become problems.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .problems import Problem


class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates as text: the schemas check them as ISO strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Located:
    """Parsed data plus the 1-based line of each path inside it."""

    data: object
    path: str
    lines: dict = field(default_factory=dict)

    def line(self, *keys) -> int:
        """The line of the deepest prefix of ``keys`` that exists (the file's first line at worst)."""
        for end in range(len(keys), -1, -1):
            found = self.lines.get(tuple(keys[:end]))
            if found:
                return found
        return 1


class YamlError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def parse_yaml(text: str, path: str, first_line: int = 1) -> tuple[Located, list[Problem]]:
    """Parse one YAML document. Raises YamlError with a located problem if it is not valid YAML."""
    offset = first_line - 1
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = offset + (mark.line + 1 if mark else 1)
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(Problem(path, line, f"this is not valid YAML ({what}); check the indentation "
                                "and quote values that contain ': ' or start with a special character"))
    finally:
        loader.dispose()
    located = Located(data, path)
    problems: list[Problem] = []
    if node is not None:
        _record(node, (), located.lines, problems, path, offset, loader)
    return located, problems


def _record(node, keypath, lines, problems, path, offset, loader) -> None:
    lines.setdefault(keypath, node.start_mark.line + 1 + offset)
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = key_node.value
            line = key_node.start_mark.line + 1 + offset
            if key in seen:
                problems.append(Problem(path, line, f"'{key}' appears twice here; keep one of them"))
            seen.add(key)
            lines.setdefault(keypath + (key,), line)
            _record(value_node, keypath + (key,), lines, problems, path, offset, loader)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, keypath + (index,), lines, problems, path, offset, loader)


def split_front_matter(text: str, path: str) -> tuple[str, int, str, int]:
    """Split a Markdown file into (front matter, its first line, body, the body's first line)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise YamlError(Problem(path, 1, "the file must start with a '---' line, then the front matter "
                                "(id, title, version, ...), then another '---' line"))
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), 2, "".join(lines[index + 1:]), index + 2
    raise YamlError(Problem(path, 1, "the front matter never ends: add a '---' line after it"))
