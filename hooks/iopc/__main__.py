"""Command line: `python -m iopc check|lock|build|csp [project folder]`.

check  validate everything and print each problem as path:line: message
lock   record each module's, worksheet's and program's version and content hash
build  build the site into a fresh folder and swap it in only on success (never a half-written site/)
csp    write the built site's inline-script hashes into the CSP in deploy/nginx.conf
"""
from __future__ import annotations

import os
import shutil
import subprocess
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
    if command == "build":
        return build_site(root)
    if command == "csp":
        from . import csp
        hashes = csp.rewrite(root / "site", root / csp.HEADERS)
        print(f"{csp.HEADERS}: script-src allows {len(hashes)} inline script hash(es) of the built site")
        return 0
    if command != "check":
        print("usage: python -m iopc [check|lock|build|csp] [project folder]", file=sys.stderr)
        return 2
    problems += validate.validate(project)
    return _report(problems, "")


def build_site(root: Path) -> int:
    """mkdocs build --strict into site.new/, then replace site/ with it; on failure site/ is untouched."""
    fresh, final = root / ".site-new", root / "site"
    shutil.rmtree(fresh, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(fresh)],
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(_build_errors(result.stdout + result.stderr), file=sys.stderr)
        print("The build failed; site/ was left as it was.", file=sys.stderr)
        return 1
    shutil.rmtree(final, ignore_errors=True)
    fresh.rename(final)
    print(f"built {final}")
    return 0


def _build_errors(output: str) -> str:
    """MkDocs' own output, minus its banner lines, so our located problems stand out."""
    keep = [line for line in output.splitlines()
            if line.strip() and not line.startswith(("INFO", "  - "))]
    return "\n".join(keep) or output


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
