"""Shared fixtures. Helpers live in support.py so that test folders can import them by name."""
from __future__ import annotations

from pathlib import Path

import pytest

from support import make_project


@pytest.fixture
def project(tmp_path) -> Path:
    """A valid tiny project: two domains, two modules, one worksheet, locked."""
    return make_project(tmp_path)
