"""Shared fixtures. Tests use real SQLite files in tmp_path and run the real `monitor` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_000 = "000_b5d7e237a3a08510.txt"
SEED_001 = "001_74aa0a76daa058ba.txt"


@pytest.fixture(scope="session")
def analyser():
    from monitor.indicators import Analyser

    return Analyser()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A fresh project folder holding a copy of the seeds, as a new user has after cloning."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def monitor_command() -> list[str]:
    # The console script installed beside this Python, so the installed package is what runs.
    script = Path(sys.executable).with_name("monitor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "monitor"]


@pytest.fixture
def cli(workdir: Path):
    """Run `monitor ARGS` in the work folder; returns the CompletedProcess."""

    def invoke(*args: str, cwd: Path | None = None, env: dict | None = None, input: str | None = None):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        environment.update(env or {})
        return subprocess.run(
            [*monitor_command(), *args],
            cwd=cwd or workdir,
            env=environment,
            input=input,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return invoke
