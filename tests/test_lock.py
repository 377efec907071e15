"""The version lock: changed content must come with a new version, recorded by `make lock`."""
from support import edit, relock
from iopc import load, lock

MODULE = "content/skills/walk-it-off.md"


def lock_problems(project):
    loaded, _ = load.load_project(project)
    return lock.check(loaded)


def test_unchanged_content_passes(project):
    assert lock_problems(project) == []


def test_changed_content_without_a_bump_fails_on_the_version_line(project):
    edit(project / MODULE, "The craving\nwill pass.", "The craving\nwill fade.")
    [problem] = lock_problems(project)
    assert (problem.path, problem.line) == (MODULE, 4)
    assert "changed but the version is still 1.0.0" in problem.message


def test_a_bump_asks_for_make_lock_then_passes(project):
    edit(project / MODULE, "The craving\nwill pass.", "The craving\nwill fade.")
    edit(project / MODULE, "version: 1.0.0\ndomain", "version: 1.0.1\ndomain")
    [problem] = lock_problems(project)
    assert "run `make lock`" in problem.message
    relock(project)
    assert lock_problems(project) == []


def test_whitespace_at_line_ends_is_not_a_change(project):
    path = project / MODULE
    path.write_text(path.read_text().replace("\n", "  \n"))
    assert lock_problems(project) == []


def test_versions_only_move_forward(project):
    edit(project / MODULE, "version: 1.0.0\ndomain", "version: 0.9.0\ndomain")
    assert "went back" in lock_problems(project)[0].message


def test_a_removed_file_is_reported(project):
    (project / "content/family/family-walks.md").unlink()
    assert any("its file is gone" in p.message for p in lock_problems(project))
