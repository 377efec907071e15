"""The Content-Security-Policy's script hashes: the inline scripts the theme puts in every page.

The shipped policy (deploy/nginx.conf) allows scripts from the site itself and these few inline
scripts by hash, never 'unsafe-inline'. A theme update can change them: the build checks, and
`make csp` rewrites the hash list from the built site.
"""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

HEADERS = "deploy/nginx.conf"   # the Content-Security-Policy is in its map (HTML only)
JS_TYPES = {"", "text/javascript", "application/javascript", "module"}
SCRIPT_SRC = re.compile(r"script-src 'self'(?P<hashes>(?: (?:'sha256-[^']+'|CSP-SCRIPT-HASHES))*)")


class _InlineScripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.scripts, self._current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and (attrs.get("type") or "").lower() in JS_TYPES:
            self._current = []

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(site_dir: Path) -> set[str]:
    hashes = set()
    for page in Path(site_dir).rglob("*.html"):
        parser = _InlineScripts()
        parser.feed(page.read_text(encoding="utf-8"))
        hashes.update(script_hash(source) for source in parser.scripts)
    return hashes


def allowed_hashes(headers_text: str) -> set[str]:
    match = SCRIPT_SRC.search(headers_text)
    return set(re.findall(r"'sha256-[^']+'", match.group("hashes"))) if match else set()


def missing(site_dir: Path, headers_path: Path) -> set[str]:
    return inline_script_hashes(site_dir) - allowed_hashes(headers_path.read_text(encoding="utf-8"))


def rewrite(site_dir: Path, headers_path: Path) -> set[str]:
    hashes = sorted(inline_script_hashes(site_dir))
    text = headers_path.read_text(encoding="utf-8")
    text = SCRIPT_SRC.sub(lambda m: "script-src 'self' " + " ".join(hashes), text, count=1)
    headers_path.write_text(text, encoding="utf-8")
    return set(hashes)
