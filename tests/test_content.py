"""The real curriculum in this repository: valid, locked, plain enough, and it builds."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import ROOT
from iopc import load, readability, validate


@pytest.fixture(scope="module")
def curriculum():
    project, problems = load.load_project(ROOT)
    return project, problems + validate.validate(project)


def test_the_curriculum_has_no_errors(curriculum):
    _, problems = curriculum
    assert [str(p) for p in problems if p.is_error] == []


def test_every_reader_page_is_grade_8_or_below(curriculum):
    project, _ = curriculum
    grades = {m.id: readability.grade(m.body) for m in project.modules.values()}
    assert grades and all(0 < g <= readability.LIMIT for g in grades.values()), grades


def test_every_module_has_a_worksheet_and_a_session_that_adds_up(curriculum):
    project, _ = curriculum
    for module in project.modules.values():
        assert module.meta["worksheets"], module.id
        session = module.meta["session"]
        assert sum(a["minutes"] for a in session["agenda"]) == session["minutes"], module.id


def test_the_real_site_builds_strict(tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT / "hooks"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "facilitators" / "modules" / "lapse-and-relapse" / "index.html").exists()
