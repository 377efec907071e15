"""Real-browser fixtures: the real site, built once, served by real nginx with the shipped config,
and Debian's Chromium driven by Playwright (never a downloaded browser)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from support import ROOT

CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The repository's own site, built strict into a temporary folder nginx's workers may read
    (pytest's own tmp folders are private to root)."""
    holder = Path(tempfile.mkdtemp(prefix="iop-site-"))
    holder.chmod(0o755)
    out = holder / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT / "hooks"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "--site-dir", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    yield out
    shutil.rmtree(holder, ignore_errors=True)


def nginx_config(site: Path, port: int, prefix: Path) -> str:
    """deploy/nginx.conf as shipped, with only its listen and root lines pointed at this test."""
    server = (ROOT / "deploy" / "nginx.conf").read_text()
    lines = []
    for line in server.splitlines():
        if line.strip().endswith("# listen"):
            line = f"    listen 127.0.0.1:{port};"
        elif "# root:" in line:
            line = f"    root {site};"
        lines.append(line)
    return (f"worker_processes 1;\ndaemon off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
            f"events {{}}\nhttp {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
            + "\n".join(lines) + "\n}\n")


@pytest.fixture(scope="session")
def server(built_site, tmp_path_factory) -> str:
    """nginx in the foreground, with its own prefix, serving the built site. Yields the base URL."""
    if not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists():
        pytest.fail("nginx is not installed: run `make system` (as root) or apt-get install nginx-light")
    prefix = tmp_path_factory.mktemp("nginx")
    port = _free_port()
    shutil.copy(ROOT / "deploy" / "security-headers", prefix / "security-headers")
    (prefix / "nginx.conf").write_text(nginx_config(built_site, port, prefix))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    process = subprocess.Popen([nginx, "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(50):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail("nginx did not start: " + process.stdout.read().decode())
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


class Visit:
    """One page in a fresh context, with everything it requested and every error it raised."""

    def __init__(self, browser, base: str, viewport: dict):
        self.base = base
        self.context = browser.new_context(viewport=viewport)
        self.page = self.context.new_page()
        self.requests, self.console_errors, self.page_errors = [], [], []
        self.page.on("request", lambda request: self.requests.append(request))
        self.page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        # CSP violations, as the page itself sees them.
        self.page.add_init_script(
            "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")

    def go(self, path: str):
        response = self.page.goto(self.base + path, wait_until="networkidle")
        return response

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__csp")

    def foreign_requests(self) -> list[str]:
        return [r.url for r in self.requests if not (r.url.startswith(self.base + "/") or r.url.startswith("data:"))]

    def axe(self, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")) -> list[dict]:
        self.page.evaluate(AXE.read_text())
        result = self.page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", list(tags))
        return result["violations"]

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, server):
    opened = []

    def open_page(path: str = "/", viewport: dict = PHONE) -> Visit:
        v = Visit(browser, server, viewport)
        opened.append(v)
        v.go(path)
        return v

    yield open_page
    for v in opened:
        v.close()
