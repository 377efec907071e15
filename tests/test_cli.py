"""`make check` and `make lock`: every problem on its own line, exit 1, and never a traceback."""
from support import edit, run_iopc


def test_check_passes_on_a_good_tree(project):
    result = run_iopc(project, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: no errors" in result.stdout


def test_check_lists_every_problem_as_path_line_message(project):
    edit(project / "content/skills/walk-it-off.md", "domain: skills", "domain: nowhere")
    edit(project / "worksheets/walk-log.yml", "rows: 2", "rows: two")
    result = run_iopc(project, "check")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert "content/skills/walk-it-off.md:5: error: unknown domain 'nowhere'" in result.stdout
    assert "worksheets/walk-log.yml:10: error: fields[2].rows: expected a whole number, found text" in result.stdout
    assert all(line.split(":")[1].isdigit() for line in lines), lines
    assert "Traceback" not in result.stdout + result.stderr


def test_broken_yaml_is_one_line_not_a_traceback(project):
    (project / "clinic.yml").write_text("name: [unclosed\nphone: 1\n")
    result = run_iopc(project, "check")
    assert result.returncode == 1
    assert result.stdout.startswith("clinic.yml:")
    assert "Traceback" not in result.stdout + result.stderr


def test_lock_refuses_a_broken_tree(project):
    (project / "worksheets/walk-log.yml").write_text("id: [\n")
    result = run_iopc(project, "lock")
    assert result.returncode == 1 and "the lock was not written" in result.stderr
