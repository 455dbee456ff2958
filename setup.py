"""The build: the indicator engine's per-sentence modules compiled with Cython, or pure Python.

Every sentence needs a VADER tone, so VADER alone is the floor of analysis speed, and the engine's target is
at most 1.5x it (docs/benchmarks.md). The engine's time goes in many small rules run on each sentence a
trigger wakes; compiled, their Python overhead drops and the analysis runs about a quarter faster. The
sources stay plain Python, compiled as they are (no C types), so the two builds give the same hits:
tests/test_compiled.py checks it.

The compiled build is optional, never required. Pure Python is built instead, with one warning line, when
``MONITOR_PURE_PYTHON=1`` is set, when Cython or a C compiler is missing, and for editable installs
(``pip install -e .``), whose compiled modules would sit beside the sources and shadow every later edit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
# Every module of the engine is compiled but these two: taxonomy.py is read once per process, and
# __init__.py tells which build is installed. A new module is compiled without being listed anywhere.
NOT_COMPILED = {"__init__", "taxonomy"}


def compiled_modules() -> list[str]:
    return sorted(path.stem for path in (HERE / "monitor" / "indicators").glob("*.py") if path.stem not in NOT_COMPILED)


def _warn(message: str) -> None:
    print(f"monitor: {message}; the indicator engine is installed as pure Python (the same hits, slower)", file=sys.stderr)


def extensions() -> list[Extension]:
    if os.environ.get("MONITOR_PURE_PYTHON") == "1":
        return []
    # Without debug information the compiled modules are a tenth of the size.
    flags = ["-g0"] if os.name == "posix" else []
    return [
        Extension(f"monitor.indicators.{name}", [f"monitor/indicators/{name}.py"], extra_compile_args=flags) for name in compiled_modules()
    ]


class OptionalBuildExt(build_ext):
    """Compiles what it can; a module that will not compile stays pure Python (its .py ships either way)."""

    def run(self) -> None:
        if not self.extensions:
            return
        if getattr(self, "editable_mode", False) or self.inplace:
            _warn("editable install")
            self.extensions = []
            return
        try:
            from Cython.Build import cythonize
        except ImportError:
            _warn("Cython is not installed")
            self.extensions = []
            return
        # Cython's C files go under build/, not beside the sources. Its new Extension objects lack what
        # finalize_options set on ours, so ours only take their C sources.
        try:
            translated = cythonize(
                self.extensions,
                build_dir=str(Path(self.build_temp) / "cython"),
                compiler_directives={
                    "language_level": 3,
                    # Annotations stay hints, as in CPython: `established: set[int] = frozenset()` takes a frozenset.
                    "annotation_typing": False,
                    "binding": False,
                },
                quiet=True,
            )
        except Exception as error:  # a construct this Cython cannot translate
            _warn(f"Cython could not translate the engine ({error})")
            self.extensions = []
            return
        c_sources = {ext.name: ext.sources for ext in translated}
        for ext in self.extensions:
            ext.sources = c_sources[ext.name]
        try:
            super().run()
        except Exception as error:  # no C compiler, no Python headers
            _warn(f"could not compile ({error})")

    def build_extension(self, ext) -> None:
        # A compiler that fails on one module fails on all: say so once, and build the rest as pure Python.
        if self._failed:
            return
        try:
            super().build_extension(ext)
        except Exception as error:
            self._failed = True
            _warn(f"could not compile {ext.name} ({error})")

    _failed = False


setup(
    ext_modules=extensions(),
    cmdclass={"build_ext": OptionalBuildExt},
    # Two cores compile the engine in about half the time.
    options={"build_ext": {"parallel": os.cpu_count() or 1}},
)
