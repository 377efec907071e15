"""Loading and validating malformed files always ends in located problems, never a traceback."""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings, strategies as st

from support import MINIMAL
from iopc import load, validate

MODULE_TEXT = (MINIMAL / "content/skills/walk-it-off.md").read_text()
SHEET_TEXT = (MINIMAL / "worksheets/walk-log.yml").read_text()
NOISE = ["", ":", "- ", "  ", "[", "]", "{", "}", "'", '"', "---", "!!", "&a", "*a", "{{", "}}", "{%",
         "\t", "minutes: x", "id: 7", "version: 1", "fields: 3", "type: scale", "rows: -1", "null", "~"]


def mutate(text: str, seed: int, edits: int) -> str:
    lines, rng = text.splitlines(), random.Random(seed)
    for _ in range(edits):
        i = rng.randrange(len(lines))
        action = rng.choice(["delete", "duplicate", "insert", "splice"])
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "insert":
            lines.insert(i, rng.choice(NOISE))
        else:
            cut = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:cut] + rng.choice(NOISE) + lines[i][cut:]
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), edits=st.integers(1, 6), which=st.sampled_from(["module", "sheet"]))
def test_mangled_files_give_clean_problems(project, seed, edits, which):
    path = project / ("content/skills/walk-it-off.md" if which == "module" else "worksheets/walk-log.yml")
    original = MODULE_TEXT if which == "module" else SHEET_TEXT
    path.write_text(mutate(original, seed, edits))
    loaded, problems = load.load_project(project)
    problems += validate.validate(loaded)          # must not raise, whatever the file says
    total_lines = path.read_text().count("\n") + 1
    rel = path.relative_to(project).as_posix()
    for problem in problems:
        assert problem.path and problem.message
        if problem.path == rel:
            assert 1 <= problem.line <= total_lines, str(problem)
    path.write_text(original)
