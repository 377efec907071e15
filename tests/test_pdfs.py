"""Worksheet PDFs: sizes, pages, form fields, the clinic's name, escaping, and the cache."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from support import ROOT, edit
from iopc import load, pdfs

SIZES_PT = {"letter": (612, 792), "a4": (595, 842)}


@pytest.fixture
def loaded(project):
    project_model, _ = load.load_project(project)
    project_model.pdfs = True
    return project_model


def render(project, sheet_id, size, mode) -> PdfReader:
    sheet = project.worksheets[sheet_id]
    html = pdfs.worksheet_html(project, sheet, size, mode)
    target = pdfs.cache_path(project.root, html, mode == "fillable")
    pdfs.ensure([("x", html, target, mode == "fillable")])
    return PdfReader(io.BytesIO(target.read_bytes()))


@pytest.mark.parametrize("size", ["letter", "a4"])
def test_print_version_has_the_page_size_one_page_and_no_fields(loaded, size):
    pdf = render(loaded, "walk-log", size, "print")
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES_PT[size]
    assert len(pdf.pages) == 1
    assert not pdf.get_fields()
    text = pdf.pages[0].extract_text()
    assert "Test Clinic" in text and "My walk log" in text and "988" in text


def test_fillable_version_has_named_fields(loaded):
    fields = render(loaded, "walk-log", "letter", "fillable").get_fields()
    expected = {"day", "walks.1.1", "walks.1.2", "walks.2.1", "walks.2.2", "mood.0", "mood.4",
                "helped.1", "helped.2", "helped.other", "notes", "place"}
    assert expected <= set(fields), sorted(fields)


def test_example_version_shows_the_example(loaded):
    text = render(loaded, "walk-log", "letter", "example").pages[0].extract_text()
    assert "The park" in text and "20 minutes" in text and "Facilitator copy" in text


def test_an_unchanged_worksheet_is_not_rendered_twice(loaded, monkeypatch):
    jobs = [job for job in pdfs.worksheet_jobs(loaded) if "walk-log" in job[0]]
    assert pdfs.ensure(jobs) == len(jobs)          # first time: every variant rendered
    monkeypatch.setattr(pdfs, "_render_job", lambda job: pytest.fail("re-rendered an unchanged PDF"))
    assert pdfs.ensure(pdfs.worksheet_jobs(loaded)[: len(jobs)]) == 0


def test_a_changed_worksheet_is_rendered_again(project, loaded):
    before = {job[2] for job in pdfs.worksheet_jobs(loaded)}
    edit(project / "worksheets/walk-log.yml", "title: My walk log", "title: My walking log")
    changed, _ = load.load_project(project)
    after = {job[2] for job in pdfs.worksheet_jobs(changed)}
    assert before - after and after - before


def test_yaml_text_is_inert_in_the_pdf(project):
    edit(project / "worksheets/walk-log.yml", "title: My walk log", "title: \"<script>alert(1)</script> {{ 7*7 }}\"")
    hostile, _ = load.load_project(project)
    html = pdfs.worksheet_html(hostile, hostile.worksheets["walk-log"], "letter", "print")
    assert "<script>" not in html and "&lt;script&gt;" in html
    text = render(hostile, "walk-log", "letter", "print").pages[0].extract_text()
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text


def test_every_real_worksheet_fits_its_pages(tmp_path):
    real, _ = load.load_project(ROOT)
    real.root = tmp_path  # cache in tmp, not in the repository
    jobs = [job for job in pdfs.worksheet_jobs(real) if not job[0].endswith("-example.pdf")]
    pdfs.ensure(jobs)
    too_long = []
    for uri, _, path, _ in jobs:
        sheet_id = uri.split("/")[1]
        allowed = real.worksheets[sheet_id].data.get("pages", 1)
        pages = len(PdfReader(str(path)).pages)
        if pages != allowed:
            too_long.append(f"{uri}: {pages} pages, expected {allowed}")
    assert too_long == [], "\n".join(too_long)
