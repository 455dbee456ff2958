"""monitor: a conflict-escalation indicator monitor."""

__version__ = "0.1.0"
