"""Validation: schemas first, then cross-checks, each a small function returning problems.

Cross-checks only look at things whose schema passed, so they can trust the shape of the data.
"""
from __future__ import annotations

from . import language, lock, programs, readability, schemas, templating
from .load import CLINIC, DOMAINS, REFERENCES
from .problems import Problem


def validate(project, with_lock: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    for rel, name in ((CLINIC, "clinic"), (DOMAINS, "domains"), (REFERENCES, "references")):
        if rel in project.sources:
            problems += schemas.check(name, project.sources[rel])
    good_modules = _schema_passed(project.modules.values(), "module", problems)
    good_sheets = _schema_passed(project.worksheets.values(), "worksheet", problems)
    good_programs = _schema_passed(project.programs.values(), "program", problems)

    for module in good_modules:
        problems += check_module_file(project, module)
        problems += check_changes(module.source, module.meta)
        problems += check_agenda(module)
        problems += check_module_links(project, module)
        problems += check_template(project, module)
        problems += check_reading_grade(module)
        problems += language.check_text(module.body, module.path, module.body_line)
    for sheet in good_sheets:
        problems += check_worksheet_file(project, sheet)
        problems += check_changes(sheet.source, sheet.data)
        problems += check_worksheet_example(sheet)
    for program in good_programs:
        problems += check_program_file(program)
        problems += check_changes(program.source, program.data)
        problems += programs.check(project, program, valid={m.id for m in good_modules})
    if with_lock:
        problems += lock.check(project)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))


def _schema_passed(items, schema, problems) -> list:
    passed = []
    for item in items:
        found = schemas.check(schema, item.source)
        problems += found
        if not found:
            passed.append(item)
    return passed


def check_program_file(program) -> list[Problem]:
    stem = program.path.rsplit("/", 1)[-1][:-4]
    if program.id != stem:
        return [Problem(program.path, program.line("id"), f"id '{program.id}' does not match the file name; "
                        f"rename the file to {program.id}.yml or change the id")]
    return []


def check_module_file(project, module) -> list[Problem]:
    meta, found = module.meta, []
    folder, stem = module.path.split("/")[-2:]
    if meta["id"] != stem[:-3]:
        found.append(Problem(module.path, module.line("id"), f"id '{meta['id']}' does not match the file "
                             f"name; rename the file to {meta['id']}.md or change the id"))
    if meta["domain"] not in project.domains:
        found.append(Problem(module.path, module.line("domain"), f"unknown domain '{meta['domain']}'; use one "
                             f"of: {', '.join(project.domains)}"))
    elif folder != meta["domain"]:
        found.append(Problem(module.path, module.line("domain"), f"domain '{meta['domain']}' but the file is "
                             f"in content/{folder}/; move it to content/{meta['domain']}/"))
    return found


def check_changes(source, data) -> list[Problem]:
    changes, found = data["changes"], []
    if changes[0]["version"] != data["version"]:
        found.append(Problem(source.path, source.line("changes", 0, "version"), f"the newest `changes` entry "
                             f"is {changes[0]['version']} but `version` is {data['version']}; add an entry for "
                             f"{data['version']} at the top of `changes`"))
    versions = [lock._semver(c["version"]) for c in changes]
    for index in range(1, len(versions)):
        if versions[index] >= versions[index - 1]:
            found.append(Problem(source.path, source.line("changes", index, "version"), "`changes` must list "
                                 "the newest version first, each older than the one above it"))
    return found


def check_agenda(module) -> list[Problem]:
    session = module.meta["session"]
    total = sum(item["minutes"] for item in session["agenda"])
    if total == session["minutes"]:
        return []
    return [Problem(module.path, module.line("session", "agenda"), f"the agenda adds up to {total} minutes "
                    f"but the session is {session['minutes']}; change an item's minutes or session.minutes")]


def check_module_links(project, module) -> list[Problem]:
    found = []
    for index, sheet in enumerate(module.meta["worksheets"]):
        if sheet not in project.worksheets:
            found.append(Problem(module.path, module.line("worksheets", index), f"worksheet '{sheet}' does not "
                                 f"exist; add worksheets/{sheet}.yml or fix the id"))
    for index, key in enumerate(module.meta["references"]):
        if key not in project.references:
            found.append(Problem(module.path, module.line("references", index), f"reference '{key}' is not in "
                                 f"{REFERENCES}; add it there (a real source you are sure of) or fix the key"))
    return found


def check_template(project, module) -> list[Problem]:
    try:
        templating.render(project, module.body, module.path, module.body_line, module.src_uri)
    except templating.ContentError as exc:
        return [exc.problem]
    return []


def check_reading_grade(module) -> list[Problem]:
    grade = readability.grade(module.body)
    line = module.body_line
    if grade > readability.LIMIT:
        return [Problem(module.path, line, f"reading grade {grade} is above {readability.LIMIT:g}; use "
                        "shorter sentences and everyday words")]
    if grade > readability.TARGET:
        return [Problem(module.path, line, f"reading grade {grade} is above the target of "
                        f"{readability.TARGET:g}", level="warning")]
    return []


def check_worksheet_file(project, sheet) -> list[Problem]:
    found = []
    stem = sheet.path.rsplit("/", 1)[-1][:-4]
    if sheet.id != stem:
        found.append(Problem(sheet.path, sheet.line("id"), f"id '{sheet.id}' does not match the file name; "
                             f"rename the file to {sheet.id}.yml or change the id"))
    for index, module_id in enumerate(sheet.data["modules"]):
        module = project.modules.get(module_id)
        if module is None:
            found.append(Problem(sheet.path, sheet.line("modules", index), f"module '{module_id}' does not exist; "
                                 "fix the id or remove it"))
        elif sheet.id not in (module.meta.get("worksheets") or []):
            found.append(Problem(sheet.path, sheet.line("modules", index), f"module '{module_id}' does not list "
                                 f"this worksheet; add '{sheet.id}' to its `worksheets`"))
    ids = [field["id"] for field in sheet.data["fields"]]
    for index, field_id in enumerate(ids):
        if ids.index(field_id) != index:
            found.append(Problem(sheet.path, sheet.line("fields", index, "id"), f"field id '{field_id}' is used "
                                 "twice; give each field its own id"))
    for index, field in enumerate(sheet.data["fields"]):
        if field["type"] == "scale" and field["min"] >= field["max"]:
            found.append(Problem(sheet.path, sheet.line("fields", index, "max"), "`max` must be larger than `min`"))
    return found


def check_worksheet_example(sheet) -> list[Problem]:
    example, found = sheet.data.get("example") or {}, []
    fields = {field["id"]: field for field in sheet.data["fields"]}
    for key, value in example.items():
        field = fields.get(key)
        if field is None:
            found.append(Problem(sheet.path, sheet.line("example", key), f"example: '{key}' is not a field id; "
                                 f"use one of: {', '.join(fields)}"))
        elif field["type"] == "table" and not (isinstance(value, list) and all(isinstance(r, list) for r in value)):
            found.append(Problem(sheet.path, sheet.line("example", key), f"example: '{key}' is a table; give a "
                                 "list of rows, each a list like [\"6:00 am\", Coffee]"))
        elif field["type"] == "table" and any(len(r) > len(field["columns"]) for r in value):
            found.append(Problem(sheet.path, sheet.line("example", key), f"example: a row of '{key}' has more "
                                 f"cells than its {len(field['columns'])} columns"))
        elif field["type"] == "checklist" and not isinstance(value, list):
            found.append(Problem(sheet.path, sheet.line("example", key), f"example: '{key}' is a checklist; "
                                 "give a list of the items ticked"))
        elif field["type"] == "scale" and not (isinstance(value, int) and field["min"] <= value <= field["max"]):
            found.append(Problem(sheet.path, sheet.line("example", key), f"example: '{key}' must be a whole "
                                 f"number from {field['min']} to {field['max']}"))
    return found
