"""Build the tiny site with the real mkdocs.yml, hook and theme, and read what it wrote."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support import MINIMAL, edit, relock, run_iopc, write_site_config


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("built") / "project"
    shutil.copytree(MINIMAL, project)
    write_site_config(project)
    relock(project)
    result = run_iopc(project, "build")
    assert result.returncode == 0, result.stderr
    return project / "site"


def read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text()


def test_reading_page_has_no_facilitator_notes(built):
    html = read(built, "skills/walk-it-off")
    assert "SECRET-FACILITATOR-NOTE" not in html
    assert "Stay safe" in html                      # safety blocks stay
    assert "Call Test Clinic if you need help." in html


def test_guide_has_the_notes_and_the_timed_agenda(built):
    html = read(built, "facilitators/modules/walk-it-off")
    assert "SECRET-FACILITATOR-NOTE" in html
    starts = re.findall(r"<td>(\d:\d\d)</td>", html)
    assert starts == ["0:00", "0:10", "0:35", "0:55", "1:00"]


def test_every_page_shows_the_clinic_crisis_lines(built):
    for page in built.rglob("index.html"):
        html = page.read_text()
        assert 'href="tel:988"' in html, page
        assert "Test Crisis Line" in html, page


def test_program_pages_and_calendars_are_built(built):
    assert "Walk it off" in read(built, "facilitators/programs/mini")
    assert "session 1 of 4" in read(built, "facilitators/programs/mini/week-1-mon-skills")
    assert (built / "facilitators/programs/mini/week-1-mon-skills/mini-week-1-mon-skills-packet.pdf").exists()
    ics = (built / "facilitators/programs/mini/mini-evening.ics").read_text()
    assert ics.startswith("BEGIN:VCALENDAR") and ics.count("BEGIN:VEVENT") == 3


def test_domain_index_and_hubs_exist(built):
    assert "Walk it off" in read(built, "skills")
    assert "Walking together" in read(built, "family")
    assert "Walk it off" in read(built, "facilitators")
    assert "My walk log" in read(built, "worksheets")


class _Resources(HTMLParser):
    """Every URL the browser would fetch or follow from a page."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "poster", "data") and value:
                self.urls.append(value)
            if name == "srcset" and value:
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]


LOCAL = re.compile(r"^(?:#|\.|/(?!/)|[a-z0-9_-]+[/.#]|tel:|sms:|mailto:|data:)", re.IGNORECASE)


def test_the_built_site_references_no_other_host(built):
    offenders = []
    for page in built.rglob("*.html"):
        parser = _Resources()
        parser.feed(page.read_text())
        offenders += [f"{page.relative_to(built)}: {url}" for url in parser.urls if not LOCAL.match(url)]
    for sheet in list(built.rglob("*.css")) + list(built.rglob("*.js")):
        text = sheet.read_text(errors="ignore")
        offenders += [f"{sheet.relative_to(built)}: {url}" for url in
                      re.findall(r"url\(\s*['\"]?(https?:)?//([^)'\"]+)", text)]
    assert offenders == []


def test_the_host_check_can_fail(tmp_path):
    parser = _Resources()
    parser.feed('<img src="https://tracker.example/p.gif"><a href="//cdn.example/x">')
    assert [url for url in parser.urls if not LOCAL.match(url)] == ["https://tracker.example/p.gif", "//cdn.example/x"]


def test_a_broken_tree_leaves_the_previous_site_intact(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    write_site_config(project)
    relock(project)
    assert run_iopc(project, "build").returncode == 0
    before = sorted(p.relative_to(project) for p in (project / "site").rglob("*"))
    edit(project / "content/skills/walk-it-off.md", "domain: skills", "domain: nowhere")
    result = run_iopc(project, "build")
    assert result.returncode == 1
    assert "content/skills/walk-it-off.md:5: error: unknown domain 'nowhere'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert sorted(p.relative_to(project) for p in (project / "site").rglob("*")) == before
    assert not (project / ".site-new").exists()
