"""The MkDocs hook: wires the iopc pipeline into MkDocs events and holds no logic of its own.

MkDocs puts this folder on sys.path only while this file first loads, so the package is imported here
at the top, not inside an event.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from iopc import build, csp

log = logging.getLogger("mkdocs.plugins.iopc")
_state: dict = {}


def on_config(config):
    root = Path(config.config_file_path).parent
    try:
        project = build.load_for_site(root)
    except build.ProjectErrors as exc:
        raise PluginError(str(exc)) from None
    _state["project"] = project
    config.extra["clinic"] = build.site_clinic(project)
    config.nav = build.navigation(project, config.nav or [])
    return config


def on_files(files, config):
    project = _state["project"]
    for src_uri, content in build.generated_pages(project, files.src_uris):
        files.append(File.generated(config, src_uri, content=content))
    for src_uri, abs_path in build.generated_files(project):
        files.append(File.generated(config, src_uri, abs_src_path=str(abs_path)))
    return files


def on_post_build(config):
    """The shipped CSP must allow the theme's inline scripts, or every page breaks under it."""
    root = Path(config.config_file_path).parent
    headers = root / csp.HEADERS
    if headers.exists() and os.environ.get("IOPC_CSP_CHECK", "1") != "0":   # `make csp` builds without it
        missing = csp.missing(Path(config.site_dir), headers)
        if missing:
            log.warning(f"{csp.HEADERS}: the Content-Security-Policy lacks {len(missing)} inline script "
                        "hash(es) of this build (a theme update?); run `make csp`")


def on_page_markdown(markdown, page, config, files):
    try:
        return build.page_markdown(_state["project"], page.file.src_uri, markdown,
                                   page.file.generated_by is not None)
    except build.ProjectErrors as exc:
        raise PluginError(str(exc)) from None
