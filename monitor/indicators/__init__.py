"""The indicator engine, usable without a database: ``Analyser().analyse(text).hits``."""

from importlib.machinery import EXTENSION_SUFFIXES

from . import engine
from .engine import Analyser, Analysis, Hit, shared_analyser
from .taxonomy import Indicator, Taxonomy, load_taxonomy

# Whether this install runs the engine's modules compiled by Cython (setup.py) or as pure Python: the
# same hits either way, the compiled build faster. `monitor --version` says which.
COMPILED = engine.__file__ is not None and engine.__file__.endswith(tuple(EXTENSION_SUFFIXES))
BUILD = "compiled" if COMPILED else "pure Python"

__all__ = ["BUILD", "COMPILED", "Analyser", "Analysis", "Hit", "Indicator", "Taxonomy", "load_taxonomy", "shared_analyser"]
