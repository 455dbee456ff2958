"""What a wheel install needs ships inside the package: migrations, templates, taxonomy."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from importlib import resources

import pytest
from conftest import REPO

DATA = [
    ("monitor.indicators", "taxonomy.toml"),
    ("monitor.indicators", "actors.toml"),
    ("monitor.digest", "templates/digest.html.j2"),
    ("monitor.migrations", "env.py"),
    ("monitor.migrations", "script.py.mako"),
    ("monitor.migrations", "versions/0001_initial_schema.py"),
]


def test_package_data_is_reachable_from_the_installed_package():
    for package, name in DATA:
        assert resources.files(package).joinpath(name).is_file(), (package, name)


def _can_build_wheels() -> bool:
    if importlib.util.find_spec("setuptools") is None:
        return False
    import setuptools

    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.mark.skipif(not _can_build_wheels(), reason="no setuptools>=70.1 here (the [test] extra installs it), so no wheel can be built offline")
def test_the_wheel_holds_the_data_files(tmp_path):
    # The pure Python build: quick, and what an install without a C compiler gets (setup.py).
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MONITOR_PURE_PYTHON": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("monitor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package, name in DATA:
        assert f"{package.replace('.', '/')}/{name}" in names
    assert "monitor/migrations/versions/0001_initial_schema.py" in names
    assert not any(n.startswith(("tests/", "bench/", "seeds/")) for n in names)
    # Every module of the engine ships as Python source, and nothing compiled was asked for.
    assert {"monitor/indicators/engine.py", "monitor/indicators/actors.py", "monitor/indicators/tone.py"} <= names
    assert not any(n.endswith((".so", ".pyd", ".c")) for n in names)
