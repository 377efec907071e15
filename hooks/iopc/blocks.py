"""Facilitator blocks: the teaching notes inside a module's Markdown.

A block is an admonition ``!!! facilitator "Title"`` (or collapsible ``???``) with its indented body.
The reading page drops them; the facilitator guide shows them, with the section they belong to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

START = re.compile(r'^(?:!!!|\?\?\?\+?)\s+facilitator\b(?:\s+"(?P<title>[^"]*)")?\s*$')
HEADING = re.compile(r"^(#{2,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Note:
    title: str
    text: str       # the block body, dedented Markdown
    section: str    # the heading above it ("" before the first heading)
    line: int       # 1-based line within the Markdown it came from


def _scan(markdown: str):
    """Yield (kind, line_index, payload) for each line: 'text', or a whole facilitator 'note'."""
    lines = markdown.splitlines(keepends=True)
    section, fenced, i = "", False, 0
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            fenced = not fenced
        match = None if fenced else START.match(line.rstrip("\n"))
        if match is None:
            heading = None if fenced else HEADING.match(line.rstrip("\n"))
            if heading:
                section = heading.group(2)
            yield "text", i, line
            i += 1
            continue
        start, i = i, i + 1
        body = []
        while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
            body.append(lines[i])
            i += 1
        # Blank lines after the block belong to the page, not the note.
        while body and not body[-1].strip():
            body.pop()
            i -= 1
        text = "".join(b[4:] if b.startswith("    ") else b for b in body)
        yield "note", start, Note(match.group("title") or "Facilitator note", text.rstrip() + "\n", section, start + 1)


def strip_facilitator_blocks(markdown: str) -> str:
    kept = [payload for kind, _, payload in _scan(markdown) if kind == "text"]
    # Collapse the blank lines a removed block leaves behind.
    return re.sub(r"\n{3,}", "\n\n", "".join(kept))


def facilitator_notes(markdown: str) -> list[Note]:
    return [payload for kind, _, payload in _scan(markdown) if kind == "note"]
