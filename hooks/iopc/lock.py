"""The version lock: each module's, worksheet's and program's version and content hash.

``make check`` compares the files with ``curriculum/content.lock``. Content that changed while its
version stayed the same is an error: readers and clinics rely on a version naming one text.
``make lock`` rewrites the lock after a proper bump.
"""
from __future__ import annotations

import hashlib

import yaml

from .problems import Problem

LOCK = "curriculum/content.lock"
KINDS = ("modules", "worksheets", "programs")


def content_hash(text: str) -> str:
    normalized = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().splitlines())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def current(project) -> dict:
    entries = {kind: {} for kind in KINDS}
    for kind in KINDS:
        for key, item in sorted(getattr(project, kind).items()):
            data = item.meta if kind == "modules" else item.data
            entries[kind][key] = {"version": str(data.get("version")), "hash": content_hash(item.text),
                                  "path": item.path, "line": item.line("version")}
    return entries


def read(project) -> tuple[dict, list[Problem]]:
    path = project.root / LOCK
    if not path.exists():
        return {}, [Problem(LOCK, 1, "the version lock is missing; run `make lock` to create it")]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return {}, [Problem(LOCK, 1, "the version lock is not valid YAML; run `make lock` to rewrite it")]
    return data, []


def write(project) -> None:
    header = ("# Written by `make lock`: the version and content hash of each module, worksheet and\n"
              "# program. Do not edit by hand. `make check` fails when content changed but its version did not.\n")
    entries = {kind: {k: {"version": v["version"], "hash": v["hash"]} for k, v in items.items()}
               for kind, items in current(project).items()}
    (project.root / LOCK).write_text(header + yaml.safe_dump(entries, sort_keys=True), encoding="utf-8")


def check(project) -> list[Problem]:
    locked, problems = read(project)
    if problems:
        return problems
    found = []
    for kind, items in current(project).items():
        for key, now in items.items():
            before = (locked.get(kind) or {}).get(key)
            if before is None:
                found.append(Problem(now["path"], now["line"], f"'{key}' is new and not in the version lock; "
                                     "run `make lock` to record it"))
            elif now["hash"] != before.get("hash"):
                if now["version"] == str(before.get("version")):
                    found.append(Problem(now["path"], now["line"], f"the content changed but the version is still "
                                         f"{now['version']}; bump `version`, add a `changes` entry, then run `make lock`"))
                elif _semver(now["version"]) < _semver(str(before.get("version"))):
                    found.append(Problem(now["path"], now["line"], f"the version went back from {before.get('version')} "
                                         f"to {now['version']}; versions only move forward"))
                else:
                    found.append(Problem(now["path"], now["line"], f"version {now['version']} is not in the version "
                                         "lock yet; run `make lock` to record it"))
        for key in sorted(set((locked.get(kind) or {})) - set(items)):
            found.append(Problem(LOCK, 1, f"{kind[:-1]} '{key}' is in the lock but its file is gone; "
                                 "run `make lock` if it was removed on purpose"))
    return found


def _semver(version: str) -> tuple:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (0,)
