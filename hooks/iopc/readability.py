"""Reading grade of what a participant or family member actually reads.

The text is the page as rendered (Markdown to HTML, then the text of each block: paragraph, list
item, heading, table cell), with facilitator blocks, code and template expressions removed. Each block
ends a sentence, so a list of short items is not measured as one endless sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

import markdown as md
import textstat

from .blocks import strip_facilitator_blocks

TARGET = 6.0   # a warning above this
LIMIT = 8.0    # an error above this

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "summary"}
SKIP = {"pre", "code", "script", "style"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.current, self.skipping = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def _flush(self):
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            self.blocks.append(text if text[-1] in ".!?:;" else text + ".")


def reading_text(markdown: str) -> str:
    source = strip_facilitator_blocks(markdown)
    source = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", source, flags=re.S)
    html = md.markdown(source, extensions=["admonition", "tables", "attr_list", "def_list", "md_in_html"])
    parser = _Text()
    parser.feed(html)
    parser._flush()
    return "\n".join(parser.blocks)


@lru_cache(maxsize=512)
def grade(markdown: str) -> float:
    """Flesch-Kincaid grade of a module body (cached: guides, hubs and session pages all show it)."""
    text = reading_text(markdown)
    if len(text.split()) < 30:
        return 0.0  # too little text to measure
    return round(textstat.flesch_kincaid_grade(text), 1)
