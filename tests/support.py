"""Test helpers: the repository root, the tiny site, and small editing and running helpers."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "tests" / "sites" / "minimal"
sys.path.insert(0, str(ROOT / "hooks"))

from iopc import load, lock  # noqa: E402


def write_site_config(project: Path) -> None:
    """The real mkdocs.yml, pointed at this repo's hook and theme, with a nav for the tiny site."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    config["hooks"] = [str(ROOT / "hooks" / "site.py")]
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["nav"] = [{"Home": "index.md"}, {"Topics": []}, {"For families": []},
                     {"Worksheets": "worksheets/index.md"}, {"For facilitators": "facilitators/index.md"}]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    for folder in ("stylesheets", "javascripts"):
        shutil.copytree(ROOT / "content" / folder, project / "content" / folder, dirs_exist_ok=True)


def relock(project: Path) -> None:
    loaded, _ = load.load_project(project)
    lock.write(loaded)


def make_project(tmp_path: Path) -> Path:
    """A valid tiny project: two domains, two modules, one worksheet, locked."""
    target = tmp_path / "project"
    shutil.copytree(MINIMAL, target)
    write_site_config(target)
    relock(target)
    return target


def run_iopc(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "iopc", *args, str(project)], capture_output=True,
                          text=True, cwd=project, env={"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"})


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text not found in {path.name}: {old!r}"
    path.write_text(text.replace(old, new, 1))
