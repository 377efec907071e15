"""Command line: `python -m iopc check` (validate everything) and `python -m iopc lock`."""
from __future__ import annotations

import sys
from pathlib import Path

from . import load, lock, validate
from .problems import errors


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    root = Path(argv[1]) if len(argv) > 1 else Path.cwd()
    project, problems = load.load_project(root)
    if command == "lock":
        if errors(problems):
            return _report(problems, "fix these first; the lock was not written")
        lock.write(project)
        print(f"wrote {lock.LOCK}: {len(project.modules)} modules, {len(project.worksheets)} worksheets, "
              f"{len(project.programs)} programs")
        return 0
    if command != "check":
        print("usage: python -m iopc [check|lock] [project folder]", file=sys.stderr)
        return 2
    problems += validate.validate(project)
    return _report(problems, "")


def _report(problems, trailer: str) -> int:
    for problem in problems:
        print(problem)
    found = errors(problems)
    warnings = len(problems) - len(found)
    if found:
        print(f"{len(found)} error(s), {warnings} warning(s). {trailer}".rstrip(), file=sys.stderr)
        return 1
    print(f"ok: no errors, {warnings} warning(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
