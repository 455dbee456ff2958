"""The indicator engine, usable without a database: ``Analyser().analyse(text).hits``."""

from .engine import Analyser, Analysis, Hit, shared_analyser
from .taxonomy import Indicator, Taxonomy, load_taxonomy

__all__ = ["Analyser", "Analysis", "Hit", "Indicator", "Taxonomy", "load_taxonomy", "shared_analyser"]
