"""The code stays ruff- and mypy-clean (the same checks as `make lint`)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "monitor", "dags", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-5000:]


def test_mypy_is_clean():
    result = subprocess.run([sys.executable, "-m", "mypy", "monitor", "dags"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-5000:]
